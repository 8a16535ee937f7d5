"""Opening the event database: a private file, checked, in WAL mode, at the newest schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from app.paths import private_dir
from app.storage import files, schema, search_index
from app.storage.faults import Damaged
from app.storage.filters import FOLD_FUNCTION, casefold

# The WAL's cap (some 160 MiB of 4 KiB pages). The store's checkpointer thread copies the WAL
# into the database on a connection of its own every CHECKPOINT_EVENTS events (EventStore),
# so the appends never wait for a checkpoint's two fsyncs (4 to 500 ms each on a 1 GB file
# here). The WAL can only start over once a checkpoint has copied all of it; in a burst of
# appends with no pause that takes holding the appends back for a moment, which the
# checkpointer does before the WAL reaches this cap (app.storage.checkpointer.RESTART_FRAMES).
WAL_PAGES = 40_000
# SQLite's own checkpoint, in the writing thread (wal_autocheckpoint): only a backstop for when
# the checkpointer cannot keep the WAL under its cap (its connection fails), and for writers
# other than the store (the command line's `forget`), which have no checkpointer.
WAL_BACKSTOP_PAGES = 2 * WAL_PAGES
# The WAL file is kept at up to the cap's size once it has grown so far, and written over
# from the start, rather than cut back after every round (a cut of a 160 MiB WAL took 170 ms
# in the appending thread here, and growing it again costs block allocations). Deleting
# events empties it whole (empty_wal), so no deleted text stays in it.
WAL_LIMIT_BYTES = WAL_PAGES * 4096

# A commit is in the OS's hands once written to the WAL: it survives the process being
# killed. Only a power cut may lose the last commits (never the file's consistency): those
# since the WAL was last synced, which a checkpoint does. FULL would fsync every commit
# and cap appends near the disk's flush rate. The checkpointer thread syncs the WAL every
# CHECKPOINT_EVENTS events and the guard's sentinel every 20 seconds (EventStore.sync),
# so a power cut loses at most that many, or that long, of events.
SYNCHRONOUS = "synchronous = NORMAL"
# ... except while a new (empty) file is switched to WAL and given its schema: no sync at all.
# Switching an empty file to WAL goes through a rollback journal with four syncs, and the
# new WAL's header and folder are synced again; six syncs, 4 ms or more each here, 50 to 80
# ms per new file under load, before the guard's first start is ready. Nothing is in such a
# file yet: a power cut in those milliseconds loses its schema, or leaves a file that is not
# SQLite, which the next start moves aside and starts again (Damaged). The WAL's header is
# synced by the first checkpoint, before any page of the WAL is copied into the database,
# and every WAL restart after that syncs its header as before. Not when the file system
# refuses WAL (the rollback journal would then be written unsynced).
NEW_FILE_SYNCHRONOUS = "synchronous = OFF"

PRAGMAS = (
    SYNCHRONOUS,
    f"wal_autocheckpoint = {WAL_BACKSTOP_PAGES}",
    "foreign_keys = ON",  # deleting an event deletes its quarantine and outbox rows
    "secure_delete = ON",  # deleted text is overwritten with zeros, not left in free pages
    "temp_store = MEMORY",  # sorts and VACUUM copies never land in /tmp
    f"journal_size_limit = {WAL_LIMIT_BYTES}",  # a WAL grown past the cap is cut back to it
    "cell_size_check = ON",  # notice damaged pages instead of reading garbage
    "trusted_schema = OFF",  # the schema's SQL runs no functions with side effects
)


def lenient_text(raw: bytes) -> str:
    """A TEXT value as str even when it is not UTF-8 (SQLite never checks: a bit flip, another
    program's write): the bad bytes become U+FFFD instead of an OperationalError that stopped
    `log`, `export`, the viewer and the SIEM's queue at that row, for good."""
    return raw.decode("utf-8", "replace")


def undecodable(exc: BaseException) -> bool:
    """`exc` is sqlite3's refusal of a TEXT value that is not UTF-8."""
    return isinstance(exc, sqlite3.OperationalError) and "Could not decode to UTF-8" in str(exc)


def open_database(
    path: Path, *, busy_timeout: float, verify: bool, reopening: bool = False
) -> tuple[Database, str]:
    """The database at `path` and its journal mode ("wal" unless the file system forbids it).

    Creates the folder (0700) and the file (0600) when missing. Raises `Damaged` (or SQLite's
    own DatabaseError) for a damaged file, `SchemaTooNew` for a file of a newer PasteGuard,
    OSError or sqlite3.OperationalError when the file cannot be opened.
    `verify` runs `PRAGMA quick_check` (about 0.7 s per million events).
    `reopening`: the file is the one this process already has connections to (a reconnect
    while its readers stay open); its first bytes are not read (files.create_private says
    why), SQLite finds a damaged file anyway.
    """
    private_dir(path.parent)
    files.create_private(path)
    new = path.stat().st_size == 0
    if not reopening and not files.looks_like_sqlite(path):
        raise Damaged("the file is not an SQLite database")
    conn = sqlite3.connect(
        path,
        timeout=busy_timeout,
        isolation_level=None,  # autocommit: the store begins and ends its transactions itself
        check_same_thread=False,  # the store's lock serialises the threads that use it
    )
    # its reads are small (the outbox's batches, one event): lenient always; the readers
    # (open_reader) keep the faster default and read a page again leniently when it fails
    conn.text_factory = lenient_text
    try:
        # sqlite-utils' plugins are for its command line; the store needs none of them.
        db = Database(conn, execute_plugins=False)
        # A new file is written unsynced until it holds its schema (NEW_FILE_SYNCHRONOUS)
        unsynced = new
        if unsynced:
            db.execute(f"PRAGMA {NEW_FILE_SYNCHRONOUS}")
        journal_mode = str(db.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        unsynced = unsynced and journal_mode == "wal"
        for pragma in PRAGMAS:
            if not (unsynced and pragma == SYNCHRONOUS):
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
        if unsynced:
            db.execute(f"PRAGMA {SYNCHRONOUS}")
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
