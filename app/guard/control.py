"""The control channel's server: the running guard's end of app/ipc.py.

One request per connection: a JSON object on one line, answered by one JSON object on one line
(`answer`), by whatever `handle` returns (app/guard/commands.py). On Linux and macOS the server
is a Unix socket of its own, served on threads of its own, so the Qt thread never takes part.
On Windows the application serves a named pipe that Qt restricts to the user, and passes each
line to `answer` (ui/control_pipe.py).

The socket is private to its user: 0600, in the user's 0700 data folder, and bound in a private
folder beside it before it is moved into place, so it is never open to others, not even for
the moment between bind and chmod.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from app import ipc

log = logging.getLogger(__name__)

Handler = Callable[[dict[str, Any]], dict[str, Any]]

READ_TIMEOUT = 5.0  # seconds a client has to send its line
ACCEPT_POLL = 0.25  # seconds between looks at the stop flag
MAX_CLIENTS = 16  # connections answered at once; more are closed unanswered


class Listener(Protocol):
    """A control channel's server (ControlServer here; ui/control_pipe.py on Windows)."""

    def listen(self) -> None:
        """Start answering: AlreadyRunning when another guard answers, OSError when the channel
        cannot be opened."""
        ...

    def close(self) -> None: ...


class AlreadyRunning(Exception):
    """Another guard answers on this data folder's control channel."""

    def __init__(self, answer: dict[str, Any]) -> None:
        super().__init__(f"PasteGuard already runs (pid {answer.get('pid')})")
        self.pid = answer.get("pid")


def check_not_running(data_dir: Path) -> None:
    """Raise AlreadyRunning when a guard answers on `data_dir`'s channel."""
    answer = ipc.request(data_dir, {"cmd": "status"}, timeout=1.0)
    if answer is not None and answer.get("running"):
        raise AlreadyRunning(answer)


def answer(handle: Handler, line: bytes) -> bytes:
    """One request line in, one answer line out; never raises."""
    try:
        reply = handle(ipc.decode(line))
    except ValueError as exc:  # not JSON, or not an object
        reply = {"ok": False, "error": f"bad request: {exc}"}
    except Exception as exc:  # the guard keeps serving; the client hears what went wrong
        log.exception("a control request failed")
        reply = {"ok": False, "error": f"the guard could not answer: {exc}"}
    return ipc.encode(reply)


class ControlServer:
    """A Unix socket at ipc.socket_path(data_dir), answering each connection on a thread."""

    def __init__(self, data_dir: Path, handle: Handler) -> None:
        self.data_dir = data_dir
        self.handle = handle
        self.path = ipc.socket_path(data_dir)
        self._sock: socket.socket | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._clients = threading.BoundedSemaphore(MAX_CLIENTS)

    def listen(self) -> None:
        """Start serving. AlreadyRunning when another guard answers here; OSError when the
        socket cannot be made."""
        check_not_running(self.data_dir)
        self._sock = _bind_private(self.path)
        self._sock.listen(MAX_CLIENTS)
        self._sock.settimeout(ACCEPT_POLL)
        self._thread = threading.Thread(target=self._accept, name="control", daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Stop answering and remove the socket. The thread waiting in accept() is woken at once
        by a connection of our own (the guard's whole shutdown has two seconds), or, when the
        backlog is full, within ACCEPT_POLL."""
        self._stop.set()
        if self._sock is not None:
            _wake(self.path)
        if self._thread is not None:
            self._thread.join(timeout=2 * ACCEPT_POLL + 1)
        if self._sock is not None:
            self._sock.close()
            self._sock = None
            with contextlib.suppress(OSError):
                self.path.unlink()

    def _accept(self) -> None:
        sock = self._sock
        assert sock is not None
        while not self._stop.is_set():
            try:
                conn, _ = sock.accept()
            except TimeoutError:
                continue
            except OSError:
                if self._stop.is_set():
                    return
                log.exception("the control socket failed to accept")
                self._stop.wait(ACCEPT_POLL)
                continue
            if self._stop.is_set():  # close()'s wake, or a client too late to be answered
                conn.close()
                return
            if not self._clients.acquire(blocking=False):
                conn.close()  # a flood of connections: the ones in hand are answered first
                continue
            threading.Thread(target=self._serve, args=(conn,), name="control-client",
                             daemon=True).start()  # fmt: skip

    def _serve(self, conn: socket.socket) -> None:
        try:
            with conn:
                conn.settimeout(READ_TIMEOUT)
                line = _read_line(conn)
                if line is not None:
                    conn.sendall(answer(self.handle, line))
        except OSError:
            pass  # the client left or was too slow: nothing to answer
        finally:
            self._clients.release()


def _wake(path: Path) -> None:
    """Connect once to the socket at `path`, so that its accept() returns now."""
    if sys.platform == "win32":
        return  # no Unix socket is served here (_bind_private)
    with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as wake:
        wake.setblocking(False)  # never waits: a full backlog refuses at once
        wake.connect(str(path))


def _read_line(conn: socket.socket) -> bytes | None:
    """The request line; None when the client leaves without one or sends too much."""
    buffer = b""
    while b"\n" not in buffer:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        buffer += chunk
        if len(buffer) > ipc.MAX_MESSAGE and b"\n" not in buffer[: ipc.MAX_MESSAGE + 1]:
            return None
    return buffer.split(b"\n", 1)[0]


def _bind_private(path: Path) -> socket.socket:
    """A Unix socket bound at `path` that only this user can connect to.

    Bound in a fresh 0700 folder beside `path`, made 0600 there, then renamed into place: no
    other account can connect in the moment between bind and chmod.
    """
    if sys.platform == "win32":
        raise OSError("no Unix sockets here: the application serves a named pipe instead")
    with contextlib.suppress(FileNotFoundError):
        path.unlink()  # a socket left behind by a guard that died
    staging = Path(tempfile.mkdtemp(prefix=".pg", dir=path.parent))
    staged = staging / "s"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(str(staged))
        os.chmod(staged, 0o600)
        os.replace(staged, path)
    except BaseException:
        sock.close()
        with contextlib.suppress(OSError):
            staged.unlink()
        raise
    finally:
        with contextlib.suppress(OSError):
            staging.rmdir()
    return sock
