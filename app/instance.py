"""One guard per data folder: an exclusive lock the operating system holds for the process.

Asking the first guard over its socket is not enough: a guard that is stopped (SIGSTOP, a
debugger, a frozen session) does not answer, and a second one used to start beside it on the
same database. A lock held by a process stays held while it is stopped and is dropped by the
kernel when it dies, however it dies, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import tempfile
from pathlib import Path
from typing import IO

from app.ipc import user_tag

LOCK_NAME = "guard.lock"


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_NAME


def _fallback_path(data_dir: Path) -> Path:
    """Where the lock lives when the data folder cannot hold it (read-only, not ours)."""
    key = hashlib.sha256(str(data_dir.resolve()).encode("utf-8", "replace")).hexdigest()[:16]
    base = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    return Path(base) / f"pasteguard-{user_tag()}-{key}.lock"


def _try_lock(handle: IO[bytes]) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class InstanceLock:
    """`acquire()` once at start; held until `release()` or the process ends."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path: Path | None = None
        self._handle: IO[bytes] | None = None
        self.unclean_pid: int | None = None  # the last guard on this folder did not stop cleanly

    def _open(self) -> IO[bytes]:
        for path in (lock_path(self.data_dir), _fallback_path(self.data_dir)):
            with contextlib.suppress(OSError):
                flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
                fd = os.open(path, flags, 0o600)
                self.path = path
                return os.fdopen(fd, "r+b")
        # a read-only folder with a lock file from an earlier run: a shared read is enough
        path = lock_path(self.data_dir)
        self.path = path
        return open(path, "rb")

    def acquire(self) -> bool:
        """True when this process is now the only guard on the folder."""
        handle = self._open()
        if not _try_lock(handle):
            handle.close()
            return False
        self._handle = handle
        with contextlib.suppress(OSError, ValueError):
            handle.seek(0)
            before = handle.read(200).decode("ascii", "replace").split()
            # "<pid> running" left behind: that guard ended without stopping (killed, crashed)
            if len(before) >= 2 and before[1] == "running":
                self.unclean_pid = int(before[0]) if before[0].isdigit() else 0
        self._write("running")
        return True

    def _write(self, state: str) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError, ValueError):  # read-only: the state is a courtesy
            self._handle.seek(0)
            self._handle.truncate()
            self._handle.write(f"{os.getpid()} {state}\n".encode())
            self._handle.flush()

    def holder(self) -> int | None:
        """The pid the running guard wrote, when it can be read."""
        for path in (lock_path(self.data_dir), _fallback_path(self.data_dir)):
            with contextlib.suppress(OSError, ValueError):
                text = path.read_text(encoding="ascii", errors="replace").split()
                if text:
                    return int(text[0])
        return None

    def release(self) -> None:
        """A clean stop: the next start does not report an unclean one."""
        self._write("stopped")
        if self._handle is not None:
            self._handle.close()  # closing drops the lock
            self._handle = None
