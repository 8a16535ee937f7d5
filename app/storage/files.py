"""The database files on disk: private to their owner, recognised, moved aside when damaged."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from app import paths

SQLITE_HEADER = b"SQLite format 3\x00"
# SQLite keeps these beside the database; the WAL and a rollback journal hold its newest pages.
KEPT_SIDE_FILES = ("-wal", "-journal")
SIDE_FILES = (*KEPT_SIDE_FILES, "-shm")


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def create_private(path: Path) -> None:
    """Make sure `path` exists and only its owner may read or write it, whatever the umask.

    SQLite gives the -wal and -shm files it creates the mode of the database file, so a 0600
    database keeps its side files private too (`restrict` checks them again after opening).

    A file that exists is not opened. Closing any descriptor of a file drops every POSIX lock
    the process holds on it, SQLite's connections' included (SQLite's "How To Corrupt", 2.2):
    a store reconnecting while its readers are open would lose their shared lock, and another
    process closing its connection would then think itself the last one and delete the WAL.
    """
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        os.close(fd)
    restrict(path)


def restrict(path: Path) -> None:
    """chmod 0600 the database and whichever side files exist (POSIX only)."""
    if os.name != "posix":  # pragma: no cover - Windows profiles are private per user already
        return
    for candidate in (path, *(side_file(path, s) for s in SIDE_FILES)):
        try:
            if candidate.stat().st_mode & 0o777 != 0o600:
                candidate.chmod(0o600)
        except FileNotFoundError:
            continue


def looks_like_sqlite(path: Path) -> bool:
    """False when the file holds something else; an empty or missing file is a new database.

    It opens and closes the file: never while this process has SQLite connections to it
    (see `create_private`)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return True
    return head in (b"", SQLITE_HEADER)


def move_aside(path: Path, label: str, now: datetime) -> Path:
    """Rename the database (and its WAL or journal) to `<name>.<label>-<UTC time>`; return it.

    The damaged file is kept, not deleted: it is evidence, and a person may want to recover it.
    """
    target = paths.move_aside(path, now, label)
    for suffix in KEPT_SIDE_FILES:
        old = side_file(path, suffix)
        if old.exists():
            os.replace(old, side_file(target, suffix))
    # The shared-memory index is rebuilt from the WAL; a stale one must not meet the new file.
    side_file(path, "-shm").unlink(missing_ok=True)
    return target


def total_size(path: Path) -> int:
    """Bytes used by the database and its side files."""
    size = 0
    for candidate in (path, *(side_file(path, s) for s in SIDE_FILES)):
        try:
            size += candidate.stat().st_size
        except OSError:  # missing, or its folder is not usable: nothing to count
            continue
    return size
