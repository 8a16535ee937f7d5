"""Telling the store's environment faults (full, locked, corrupt) from programming errors."""

from __future__ import annotations

import enum
import sqlite3
import time
from collections.abc import Callable

from app.backoff import doubling
from app.storage.schema import SchemaTooNew

# SQLite's primary result codes (https://www.sqlite.org/rescode.html).
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_NOMEM = 7
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_PROTOCOL = 15
_SQLITE_NOLFS = 22
_SQLITE_NOTADB = 26

# Busy, locked and full clear up by themselves (the other process finishes, space is freed);
# the connection stays usable. The rest may leave the connection pointing at a file that was
# moved or lost, so the store reconnects before trying again.
_TRANSIENT = {_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_FULL, _SQLITE_NOMEM}
_REOPEN = {_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CANTOPEN, _SQLITE_PROTOCOL}
_REOPEN |= {_SQLITE_NOLFS}
_CORRUPT = {_SQLITE_CORRUPT, _SQLITE_NOTADB}

# Used only when an exception carries no result code (raised by Python's module itself).
_TRANSIENT_MESSAGES = ("database is locked", "database or disk is full", "database table is locked")
_CORRUPT_MESSAGES = ("file is not a database", "database disk image is malformed")


class Fault(enum.Enum):
    """What went wrong around the database, as opposed to a bug in the code that uses it."""

    TRANSIENT = "transient"  # busy, locked, full: wait and try again on the same connection
    REOPEN = "reopen"  # I/O error, read-only, cannot open: reconnect, then try again
    CORRUPT = "corrupt"  # the file is damaged: move it aside and start a new one


class Damaged(Exception):
    """The file is not an SQLite database, or SQLite's own check of it failed."""


class StoreUnavailable(RuntimeError):
    """The event database cannot be read or written right now (full, locked, unreadable).

    Raised by the reading and deleting methods, which a person called and waits for; `append`
    never raises it (events wait in memory instead).
    """


def classify(exc: BaseException) -> Fault | None:
    """The kind of environment fault `exc` is, or None for a programming error."""
    if isinstance(exc, Damaged):
        return Fault.CORRUPT
    if isinstance(exc, OSError | SchemaTooNew):  # making the folder or file; a newer schema
        return Fault.REOPEN
    if type(exc) not in (sqlite3.OperationalError, sqlite3.DatabaseError):
        return None  # IntegrityError, ProgrammingError, InterfaceError...: the caller's bug
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        primary = code & 0xFF
        if primary in _CORRUPT:
            return Fault.CORRUPT
        if primary in _TRANSIENT:
            return Fault.TRANSIENT
        if primary in _REOPEN:
            return Fault.REOPEN
        return None  # SQLITE_ERROR and the like: wrong SQL, no such table
    message = str(exc).lower()
    if any(m in message for m in _CORRUPT_MESSAGES):
        return Fault.CORRUPT
    if any(m in message for m in _TRANSIENT_MESSAGES):
        return Fault.TRANSIENT
    return None


def describe(exc: BaseException) -> str:
    """A short reason for the tray and the error event, without any event content."""
    name = getattr(exc, "sqlite_errorname", None)
    text = str(exc) or type(exc).__name__
    return f"{text} ({name})" if isinstance(name, str) else text


class Backoff:
    """When to try writing again after failures: 0.25 s, 0.5 s, 1 s ... at most `ceiling`."""

    def __init__(
        self,
        first: float = 0.25,
        ceiling: float = 30.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.first = first
        self.ceiling = ceiling
        self.monotonic = monotonic
        self.failures = 0
        self._next = 0.0

    def due(self) -> bool:
        return self.failures == 0 or self.monotonic() >= self._next

    def failed(self) -> float:
        """Record a failure; the delay until the next attempt, in seconds."""
        self.failures += 1
        delay = doubling(self.failures, self.first, self.ceiling)
        self._next = self.monotonic() + delay
        return delay

    def succeeded(self) -> None:
        self.failures = 0
        self._next = 0.0
