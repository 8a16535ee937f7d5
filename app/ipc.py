"""The local socket between a running guard and the command line (`status`, `pause`, `restore`).

One request per connection: a JSON object on one line, answered by one JSON object on one line.
The socket lives in the user's private data folder (0700), so another account on the machine can
neither read the state nor change protection; on Windows a named pipe that Qt restricts to the
same user plays that part.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import socket
import sys
import tempfile
from pathlib import Path
from typing import Any

SOCKET_NAME = "pasteguard.sock"
MAX_MESSAGE = 1024 * 1024
TIMEOUT = 3.0
# `pause`'s "seconds": more than 0 and at most a week (left out: until restart). The guard
# refuses anything else, and the command line says so before asking it.
MAX_PAUSE_SECONDS = 7 * 24 * 3600.0


def socket_path(data_dir: Path) -> Path:
    """In the data folder; in the user's runtime folder when the data folder is read-only or
    could not be made (the guard then runs with its log in memory, and the command line must
    still find it). The guard makes the folder before it asks, so a folder that does not exist
    then is one it could not make (under a read-only home, say); the command line asking
    about such a folder finds no guard in either place."""
    try:
        usable = data_dir.is_dir() and os.access(data_dir, os.W_OK | os.X_OK)
    except OSError:  # cannot even look: the caller reports that
        usable = True
    if usable:
        return data_dir / SOCKET_NAME
    key = hashlib.sha256(str(data_dir.absolute()).encode("utf-8", "replace")).hexdigest()[:16]
    base = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    return Path(base) / f"pasteguard-{user_tag()}-{key}.sock"


def user_tag() -> str:
    """Who runs this process, for names in folders every user shares (the temp folder)."""
    if sys.platform == "win32":
        return os.environ.get("USERNAME", "user")
    return str(os.getuid())


def pipe_name(data_dir: Path) -> str:
    """Windows: one pipe per user and data folder, the same name in every process.

    A stable digest (never `hash()`, which Python salts per process): the CLI must find the
    pipe the running guard listens on, and a second guard must find the first.
    """
    user = os.environ.get("USERNAME", "user")
    key = f"{user.lower()}\0{os.path.normcase(str(data_dir.resolve()))}"
    tag = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"PasteGuard-{user}-{tag}"


def server_name(data_dir: Path) -> str:
    """What Qt's QLocalServer listens on: a full socket path, or a pipe name on Windows."""
    return pipe_name(data_dir) if sys.platform.startswith("win") else str(socket_path(data_dir))


def encode(message: dict[str, Any]) -> bytes:
    return json.dumps(message, ensure_ascii=True).encode("ascii") + b"\n"


def decode(line: bytes) -> dict[str, Any]:
    value = json.loads(line.decode("utf-8", errors="replace"))
    if not isinstance(value, dict):
        raise ValueError("a message is a JSON object")
    return value


def request(
    data_dir: Path, message: dict[str, Any], timeout: float = TIMEOUT
) -> dict[str, Any] | None:
    """Ask the running guard; None when no guard runs for this data folder."""
    if sys.platform.startswith("win"):
        return _request_pipe(data_dir, message)
    try:
        exists = data_dir.exists()
    except OSError as exc:  # a folder on the way this user cannot enter
        return {"ok": False, "error": f"cannot look into {data_dir}: {exc.strerror}"}
    path = socket_path(data_dir)
    if not path.exists():
        if exists and not os.access(data_dir, os.X_OK):
            # the folder itself is closed to this user: "no guard runs" would be a guess
            return {
                "ok": False,
                "error": f"cannot look into {data_dir}: {os.strerror(errno.EACCES)}",
            }
        return None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(str(path))
            sock.sendall(encode(message))
            return decode(_read_line(sock))
        except (ConnectionRefusedError, FileNotFoundError):
            return None  # a socket file left by a guard that died
        except (OSError, ValueError) as exc:
            return {"ok": False, "error": f"the running guard did not answer: {exc}"}


def _read_line(sock: socket.socket) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if b"\n" in chunk or size > MAX_MESSAGE:
            break
    return b"".join(chunks).split(b"\n", 1)[0]


def _request_pipe(data_dir: Path, message: dict[str, Any]) -> dict[str, Any] | None:
    path = r"\\.\pipe" + "\\" + pipe_name(data_dir)
    try:
        with open(path, "r+b", buffering=0) as pipe:  # a named pipe, not a path
            pipe.write(encode(message))
            return decode(pipe.readline(MAX_MESSAGE))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        return {"ok": False, "error": f"the running guard did not answer: {exc}"}
