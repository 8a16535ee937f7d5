"""Opening the event database: a private file, checked, in WAL mode, at the newest schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from app.paths import private_dir
from app.storage import files, schema, search_index
from app.storage.faults import Damaged
from app.storage.filters import FOLD_FUNCTION, casefold

WAL_PAGES = 10_000

PRAGMAS = (
    # A commit is in the OS's hands once written to the WAL: it survives the process being
    # killed. Only a power cut may lose the last commits (never the file's consistency): those
    # since the WAL was last synced, which a checkpoint does. FULL would fsync every commit
    # and cap appends near the disk's flush rate.
    "synchronous = NORMAL",
    # A checkpoint every 10,000 WAL pages (about 1,250 appends) instead of SQLite's 1,000: its
    # two fsyncs took 4 ms and more each here, and every 125th append waited for them (more
    # than half the time of a burst of appends). The guard's sentinel syncs the WAL every 20
    # seconds besides (EventStore.sync), so a power cut loses at most that long of events.
    f"wal_autocheckpoint = {WAL_PAGES}",
    "foreign_keys = ON",  # deleting an event deletes its quarantine and outbox rows
    "secure_delete = ON",  # deleted text is overwritten with zeros, not left in free pages
    "temp_store = MEMORY",  # sorts and VACUUM copies never land in /tmp
    "journal_size_limit = 4194304",  # a WAL left over after a checkpoint is cut back to 4 MiB
    "cell_size_check = ON",  # notice damaged pages instead of reading garbage
    "trusted_schema = OFF",  # the schema's SQL runs no functions with side effects
)


def open_database(path: Path, *, busy_timeout: float, verify: bool) -> tuple[Database, str]:
    """The database at `path` and its journal mode ("wal" unless the file system forbids it).

    Creates the folder (0700) and the file (0600) when missing. Raises `Damaged` (or SQLite's
    own DatabaseError) for a damaged file, `SchemaTooNew` for a file of a newer PasteGuard,
    OSError or sqlite3.OperationalError when the file cannot be opened.
    `verify` runs `PRAGMA quick_check` (about 0.7 s per million events).
    """
    private_dir(path.parent)
    files.create_private(path)
    if not files.looks_like_sqlite(path):
        raise Damaged("the file is not an SQLite database")
    conn = sqlite3.connect(
        path,
        timeout=busy_timeout,
        isolation_level=None,  # autocommit: the store begins and ends its transactions itself
        check_same_thread=False,  # the store's lock serialises the threads that use it
    )
    try:
        # sqlite-utils' plugins are for its command line; the store needs none of them.
        db = Database(conn, execute_plugins=False)
        journal_mode = str(db.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        for pragma in PRAGMAS:
            db.execute(f"PRAGMA {pragma}")
        version = schema.user_version(db)
        if version > schema.SCHEMA_VERSION:  # before the slow check: it does not matter then
            raise schema.SchemaTooNew(version)
        if verify:
            problems = [str(r[0]) for r in db.execute("PRAGMA quick_check").fetchall()]
            if problems != ["ok"]:
                raise Damaged("PRAGMA quick_check: " + "; ".join(problems[:3]))
        schema.migrate(db)
        search_index.use_secure_delete(db.conn)
        db.register_function(casefold, deterministic=True, name=FOLD_FUNCTION)
        files.restrict(path)
    except BaseException:
        conn.close()
        raise
    return db, journal_mode


def open_reader(path: Path, *, busy_timeout: float) -> sqlite3.Connection:
    """A second connection, for reading only: in WAL mode a long query on it (a search, an
    export) never holds up the guard's appends on the first one.

    It never creates the file: if the file went away, that is an error, not a new database.
    """
    conn = sqlite3.connect(
        path.resolve().as_uri() + "?mode=rw",
        uri=True,
        timeout=busy_timeout,
        isolation_level=None,
        check_same_thread=False,
    )
    try:
        for pragma in ("query_only = ON", "temp_store = MEMORY", "trusted_schema = OFF"):
            conn.execute(f"PRAGMA {pragma}")
        conn.create_function(FOLD_FUNCTION, 1, casefold, deterministic=True)
    except BaseException:
        conn.close()
        raise
    return conn


def empty_wal(conn: sqlite3.Connection, *, vacuum: bool = False) -> bool:
    """Copy the WAL into the database and truncate it (after VACUUM when asked), so deleted
    text is gone from both files; False when another connection's reading prevented it.

    With secure_delete the deleted rows are zeroed in the database pages, but the WAL still
    holds the frames that wrote them until it is reset. The last connection to close
    empties it too, so such text lasts at most until the guard stops.
    """
    if vacuum:
        conn.execute("VACUUM")
    for _ in range(3):
        busy, _frames, _copied = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy:
            return True
    return False
