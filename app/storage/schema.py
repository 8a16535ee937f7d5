"""The event database's schema and its migrations, numbered by `PRAGMA user_version`.

Migration N brings a database from version N-1 to N. Each is frozen SQL: once released it never
changes, so a file written by any earlier version ends up with exactly today's schema. To change
the schema, append a function to `MIGRATIONS` (sqlite-utils' `Table.transform` does the
rename-copy-drop dance for changes `ALTER TABLE` cannot make).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlite_utils import Database

Migration = Callable[[Database], None]

# The viewer pages newest first by `time`, filtered by level, kind, target and a time range.
# `events_facets` keeps each (level, kind, target) combination's events in time order, and the
# small `facets` table lists the combinations that occur, kept by a trigger whoever writes:
# app/storage/queries.py reads one page per combination from the index alone.
_V1_INITIAL = (
    """
    CREATE TABLE events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: outbox cursors and SIEMs rely on it
        time INTEGER NOT NULL,  -- microseconds since 1970-01-01 UTC: small, exact, fast to compare
        kind TEXT NOT NULL,
        level TEXT NOT NULL,
        score INTEGER NOT NULL,
        rules TEXT NOT NULL,  -- JSON array of rule ids
        summary TEXT NOT NULL,
        source TEXT,
        target TEXT,
        action TEXT NOT NULL,
        text TEXT,  -- defanged and redacted, flagged events only (see app.events)
        sha256 TEXT,
        indicators TEXT NOT NULL,  -- JSON array of objects
        findings TEXT NOT NULL,  -- JSON array of objects
        details TEXT NOT NULL,  -- JSON object
        host TEXT NOT NULL,
        user TEXT NOT NULL,
        app_version TEXT NOT NULL
    )
    """,
    "CREATE INDEX events_time ON events (time)",
    "CREATE INDEX events_facets ON events (level, kind, target, time)",
    "CREATE TABLE facets (level TEXT NOT NULL, kind TEXT NOT NULL, target TEXT)",
    # Two unique indexes, because a UNIQUE constraint counts every NULL as different.
    "CREATE UNIQUE INDEX facets_with_target ON facets (level, kind, target)",
    "CREATE UNIQUE INDEX facets_without_target ON facets (level, kind) WHERE target IS NULL",
    """
    CREATE TRIGGER events_facets_known AFTER INSERT ON events BEGIN
        INSERT OR IGNORE INTO facets (level, kind, target)
        VALUES (new.level, new.kind, new.target);
    END
    """,
    # The original of a neutralised clipboard text, so one click can put it back.
    """
    CREATE TABLE quarantine (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        created INTEGER NOT NULL,  -- microseconds since 1970-01-01 UTC
        expires INTEGER NOT NULL
    )
    """,
    "CREATE INDEX quarantine_event ON quarantine (event_id)",
    "CREATE INDEX quarantine_expires ON quarantine (expires)",
    # Forwarding targets. Every event with an id above a sink's cursor still has to be queued
    # for it: the event log is the queue, so appending costs no extra write per sink.
    "CREATE TABLE sinks (name TEXT PRIMARY KEY, cursor INTEGER NOT NULL)",
    # Events taken from the log for a sink and not yet delivered, with their retry schedule.
    """
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        sink TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt INTEGER NOT NULL DEFAULT 0  -- microseconds since 1970-01-01 UTC
    )
    """,
    "CREATE INDEX outbox_due ON outbox (sink, next_attempt)",
    "CREATE INDEX outbox_event ON outbox (event_id)",
)


def _v1_initial(db: Database) -> None:
    for statement in _V1_INITIAL:
        db.execute(statement)


# Free-text search. A trigram index answers "which events contain these three letters" for
# summary, text, source and rules; a search asks for every trigram of the searched string and
# checks each candidate with the exact test of app.storage.filters, so the index only narrows
# the scan and never changes what matches. `detail=none` keeps rowids only (no positions):
# a quarter of the size of a full index, fast to build, and all the search needs.
# External content (`content='events'`): the text is stored once, in `events`; the store keeps
# the index in step (app.storage.search_index; triggers cannot, see there).
# sqlite-utils' `enable_fts` cannot write it: it has no `detail` option, creates triggers, and
# runs `executescript`, which commits the migration's transaction half-way.
_V2_SEARCH = (
    """
    CREATE VIRTUAL TABLE events_fts USING fts5 (
        summary, text, source, rules,
        content = 'events', content_rowid = 'id', tokenize = 'trigram', detail = 'none'
    )
    """,
    "INSERT INTO events_fts (events_fts) VALUES ('rebuild')",
)


def _v2_search(db: Database) -> None:
    for statement in _V2_SEARCH:
        db.execute(statement)


# The search index trails the log by a batch of events (app.storage.search_index): the newest
# event id it covers. Version 2 indexed every event as it was written.
def _v3_search_mark(db: Database) -> None:
    db.table("search_state").create({"indexed": int}, not_null={"indexed"})
    db.execute("INSERT INTO search_state (indexed) SELECT coalesce(max(id), 0) FROM events")


# Events per UTC day and per UTC hour by level, kind and target (app.storage.summary), kept by
# triggers in the transaction of every insert and delete, whoever writes: the viewer's count
# and chart cost what the days they cover do, not the events. WITHOUT ROWID: the key is the
# table, one B-tree to write per event and table (sqlite-utils cannot create such a table).
# `target` is the event's target, or char(0) for none: a key column cannot be NULL, and no
# target is called that, so `target IN (...)` means what it means on `events`.
_V4_SUMMARY: list[str] = []
for _table, _unit, _size in (("event_days", "day", 86_400_000_000),
                             ("event_hours", "hour", 3_600_000_000)):  # fmt: skip
    _V4_SUMMARY += [
        f"CREATE TABLE {_table} ({_unit} INTEGER NOT NULL, level TEXT NOT NULL, "
        "kind TEXT NOT NULL, target TEXT NOT NULL, n INTEGER NOT NULL, "
        f"PRIMARY KEY ({_unit}, level, kind, target)) WITHOUT ROWID",
        f"CREATE TRIGGER {_table}_in AFTER INSERT ON events BEGIN "
        f"INSERT INTO {_table} ({_unit}, level, kind, target, n) "
        f"VALUES (new.time / {_size}, new.level, new.kind, ifnull(new.target, char(0)), 1) "
        f"ON CONFLICT DO UPDATE SET n = n + 1; END",
        f"CREATE TRIGGER {_table}_out AFTER DELETE ON events BEGIN "
        f"UPDATE {_table} SET n = n - 1 WHERE {_unit} = old.time / {_size} "
        "AND level = old.level AND kind = old.kind AND target = ifnull(old.target, char(0)); "
        "END",
        f"INSERT INTO {_table} ({_unit}, level, kind, target, n) "
        f"SELECT time / {_size}, level, kind, ifnull(target, char(0)), count(*) FROM events "
        "GROUP BY 1, 2, 3, 4",
    ]


def _v4_summary(db: Database) -> None:
    for statement in _V4_SUMMARY:
        db.execute(statement)


# A summary row whose last event is deleted goes with it, in the same trigger: finding such
# rows afterwards scanned the hour table (30 ms for a year of a million events, under the
# write lock, on every deletion). PasteGuard never changes an event, but another program may:
# an event whose time, level, kind or target changes moves in the summary, and its new
# combination joins `facets` (else a filtered page would not look for it).
_V5_SUMMARY_PRUNED: list[str] = [
    "CREATE TRIGGER events_facets_changed AFTER UPDATE OF level, kind, target ON events BEGIN "
    "INSERT OR IGNORE INTO facets (level, kind, target) "
    "VALUES (new.level, new.kind, new.target); END",
]
for _table, _unit, _size in (("event_days", "day", 86_400_000_000),
                             ("event_hours", "hour", 3_600_000_000)):  # fmt: skip
    _key = (
        f"{_unit} = old.time / {_size} AND level = old.level AND kind = old.kind "
        "AND target = ifnull(old.target, char(0))"
    )
    _out = (
        f"UPDATE {_table} SET n = n - 1 WHERE {_key}; DELETE FROM {_table} WHERE {_key} AND n <= 0;"
    )
    _V5_SUMMARY_PRUNED += [
        f"DROP TRIGGER {_table}_out",
        f"CREATE TRIGGER {_table}_out AFTER DELETE ON events BEGIN {_out} END",
        f"CREATE TRIGGER {_table}_moved AFTER UPDATE OF time, level, kind, target ON events "
        f"BEGIN {_out} "
        f"INSERT INTO {_table} ({_unit}, level, kind, target, n) "
        f"VALUES (new.time / {_size}, new.level, new.kind, ifnull(new.target, char(0)), 1) "
        "ON CONFLICT DO UPDATE SET n = n + 1; END",
        f"DELETE FROM {_table} WHERE n <= 0",
    ]


def _v5_summary_pruned(db: Database) -> None:
    for statement in _V5_SUMMARY_PRUNED:
        db.execute(statement)


# Events whose summary, text or source holds a NUL. SQLite's LIKE and the trigram index both
# end a text at its first NUL, so a page could hide a payload from the administrator's search
# behind one; app.storage.filters checks these events with instr, which reads every byte.
# Listed by triggers, whoever writes (cheap: a NUL search in C, and rarely a row to write).
# The events already in the file are listed in steps afterwards (app.storage.nul_scan),
# newest first, not here: a migration runs in one transaction under the write lock, and a
# million events take seconds. `events_nul_scan.pending` is the newest event id not yet
# looked at (0: done); a search checks every event up to it as if listed, so it never misses
# one meanwhile, and a step interrupted anywhere leaves the mark where it was.
_HAS_NUL = (
    "instr(new.summary, char(0)) > 0 OR instr(new.text, char(0)) > 0 "
    "OR instr(new.source, char(0)) > 0"
)
_V6_NUL_LIST: list[str] = [
    "CREATE TABLE events_nul (id INTEGER PRIMARY KEY)",
    f"CREATE TRIGGER events_nul_in AFTER INSERT ON events WHEN {_HAS_NUL} BEGIN "
    "INSERT OR IGNORE INTO events_nul (id) VALUES (new.id); END",
    "CREATE TRIGGER events_nul_out AFTER DELETE ON events BEGIN "
    "DELETE FROM events_nul WHERE id = old.id; END",
    "CREATE TRIGGER events_nul_changed AFTER UPDATE OF summary, text, source ON events BEGIN "
    "DELETE FROM events_nul WHERE id = old.id; "
    f"INSERT OR IGNORE INTO events_nul (id) SELECT new.id WHERE {_HAS_NUL}; END",
    "CREATE TABLE events_nul_scan (pending INTEGER NOT NULL)",
    "INSERT INTO events_nul_scan (pending) SELECT coalesce(max(id), 0) FROM events",
]


def _v6_nul_list(db: Database) -> None:
    for statement in _V6_NUL_LIST:
        db.execute(statement)


# Events per UTC day by level, kind, target, summary and rules (app.storage.templates). A
# summary and the rules come from few templates, so the table stays small; a word found in
# every summary or rules of a day's events (a common word: "PowerShell", "clipboard") is
# counted there without reading the events. Counted in by the store in batches, with the
# search index (a trigger per insert cost an append 13 % more CPU): `counted` is the newest
# event id counted in. The events already in the file are counted in afterwards, in steps,
# not here (a million events take seconds, and a migration holds the write lock): `pending`
# is the newest of those not yet counted in (0: done). Deleting or changing an event counted
# in (pending < id <= counted) takes it out by trigger, whoever writes, so no step counts an
# event twice or keeps one that is gone.
_TEMPLATE_KEY = (
    "day = {e}.time / 86400000000 AND level = {e}.level AND kind = {e}.kind "
    "AND target = ifnull({e}.target, char(0)) AND summary = {e}.summary AND rules = {e}.rules"
)
_TEMPLATE_IN = (
    "INSERT INTO event_templates (day, level, kind, target, summary, rules, n) "
    "SELECT new.time / 86400000000, new.level, new.kind, ifnull(new.target, char(0)), "
    "new.summary, new.rules, 1 WHERE true ON CONFLICT DO UPDATE SET n = n + 1;"
)
_TEMPLATE_OUT = (
    f"UPDATE event_templates SET n = n - 1 WHERE {_TEMPLATE_KEY.format(e='old')}; "
    f"DELETE FROM event_templates WHERE {_TEMPLATE_KEY.format(e='old')} AND n <= 0;"
)
_COUNTED_IN = (
    "old.id > (SELECT pending FROM event_templates_fill) "
    "AND old.id <= (SELECT counted FROM event_templates_fill)"
)
_V7_TEMPLATES: list[str] = [
    "CREATE TABLE event_templates (day INTEGER NOT NULL, level TEXT NOT NULL, "
    "kind TEXT NOT NULL, target TEXT NOT NULL, summary TEXT NOT NULL, rules TEXT NOT NULL, "
    "n INTEGER NOT NULL, PRIMARY KEY (day, level, kind, target, summary, rules)) WITHOUT ROWID",
    "CREATE TABLE event_templates_fill (pending INTEGER NOT NULL, counted INTEGER NOT NULL)",
    "INSERT INTO event_templates_fill (pending, counted) "
    "SELECT coalesce(max(id), 0), coalesce(max(id), 0) FROM events",
    f"CREATE TRIGGER event_templates_out AFTER DELETE ON events "
    f"WHEN {_COUNTED_IN} BEGIN {_TEMPLATE_OUT} END",
    "CREATE TRIGGER event_templates_moved "
    "AFTER UPDATE OF time, level, kind, target, summary, rules ON events "
    f"WHEN {_COUNTED_IN} BEGIN {_TEMPLATE_OUT} {_TEMPLATE_IN} END",
]


def _v7_templates(db: Database) -> None:
    for statement in _V7_TEMPLATES:
        db.execute(statement)


# The events per day and hour (version 4) are counted in batches, not by a trigger per insert:
# the two upserts cost an append about a fifth of its CPU. `summary_state.counted` is the newest
# event id counted in; app.storage.summary counts the events above it with the search index's
# batch (and the templates': one grouped upsert per table), and every read of the tables adds
# those few events, read from the log in the same statement or read transaction, so a count is
# exact whether the batch has run or not, and an event written by another program (or by a
# guard that stopped before its batch) is counted as soon as it is in the file (with a new id,
# as SQLite gives one: an id chosen below the mark is not counted, nor indexed). A deletion or
# change takes out only events counted in (up to the mark), whoever writes; a change of an id
# across the mark moves the event in or out. The events already in the file were all counted
# by the old triggers: the mark starts at the newest.
_COUNTED = "(SELECT counted FROM summary_state)"
_V8_SUMMARY_BATCHED: list[str] = [
    "CREATE TABLE summary_state (counted INTEGER NOT NULL)",
    "INSERT INTO summary_state (counted) SELECT coalesce(max(id), 0) FROM events",
]
for _table, _unit, _size in (("event_days", "day", 86_400_000_000),
                             ("event_hours", "hour", 3_600_000_000)):  # fmt: skip
    _key = (
        f"{_unit} = old.time / {_size} AND level = old.level AND kind = old.kind "
        "AND target = ifnull(old.target, char(0))"
    )
    _out = "UPDATE {t} SET n = n - 1 WHERE {k}{c}; DELETE FROM {t} WHERE {k} AND n <= 0{c};"
    _V8_SUMMARY_BATCHED += [
        f"DROP TRIGGER {_table}_in",
        f"DROP TRIGGER {_table}_out",
        f"DROP TRIGGER {_table}_moved",
        f"CREATE TRIGGER {_table}_out AFTER DELETE ON events WHEN old.id <= {_COUNTED} "
        f"BEGIN {_out.format(t=_table, k=_key, c='')} END",
        f"CREATE TRIGGER {_table}_moved AFTER UPDATE OF id, time, level, kind, target ON events "
        f"BEGIN {_out.format(t=_table, k=_key, c=f' AND old.id <= {_COUNTED}')} "
        f"INSERT INTO {_table} ({_unit}, level, kind, target, n) "
        f"SELECT new.time / {_size}, new.level, new.kind, ifnull(new.target, char(0)), 1 "
        f"WHERE new.id <= {_COUNTED} ON CONFLICT DO UPDATE SET n = n + 1; END",
    ]


def _v8_summary_batched(db: Database) -> None:
    for statement in _V8_SUMMARY_BATCHED:
        db.execute(statement)


# Event ids without AUTOINCREMENT: its bookkeeping wrote the `sqlite_sequence` row in every
# append's commit, one WAL page (4 KiB, two writes) of the five an append wrote, a tenth of
# its time. Ids are still never reused (outbox cursors and SIEMs rely on it):
# `events_id_floor.id` is the largest id ever deleted (at first: the largest ever given,
# AUTOINCREMENT's own mark), kept by a trigger whoever deletes, and the store's INSERT
# (app.storage.rows.APPEND_EVENT) gives the next id above both it and the newest event.
# Another program that leaves the id to SQLite gets the newest plus one: an id used before
# only if the newest events were deleted (AUTOINCREMENT prevented that for it too). The
# keyword goes from the table's definition the way SQLite documents for changes that leave
# the stored rows as they are (writable_schema, and the schema cookie moved on so every
# connection reads the new definition): rebuilding the table would copy every event under
# the write lock. Where the SQLite build refuses that edit (SQLITE_DBCONFIG_DEFENSIVE),
# AUTOINCREMENT stays: ids are as before, and an append writes one page more.
_V9_ID_FLOOR: list[str] = [
    "CREATE TABLE events_id_floor (id INTEGER NOT NULL)",
    "INSERT INTO events_id_floor (id) SELECT coalesce(max(id), 0) FROM events",
    "CREATE TRIGGER events_id_floor_out AFTER DELETE ON events "
    "WHEN old.id > (SELECT id FROM events_id_floor) "
    "BEGIN UPDATE events_id_floor SET id = old.id; END",
]
_AUTOINCREMENT = "INTEGER PRIMARY KEY AUTOINCREMENT"


def _v9_id_floor(db: Database) -> None:
    for statement in _V9_ID_FLOOR:
        db.execute(statement)
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
        db.execute(
            "UPDATE events_id_floor SET id = max(id, coalesce("
            "(SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0))"
        )
    row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'events'")
    sql = str(row.fetchone()[0])
    if _AUTOINCREMENT not in sql:
        return
    cookie = int(db.execute("PRAGMA schema_version").fetchone()[0])
    db.execute("SAVEPOINT v9_definition")
    try:
        db.execute("PRAGMA writable_schema = ON")
        try:
            db.execute(
                "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'events'",
                [sql.replace(_AUTOINCREMENT, "INTEGER PRIMARY KEY", 1)],
            )
            db.execute(f"PRAGMA schema_version = {cookie + 1:d}")
        finally:
            db.execute("PRAGMA writable_schema = OFF")
    except sqlite3.DatabaseError:  # a build that forbids it: keep the keyword (see above)
        db.execute("ROLLBACK TO v9_definition")
    db.execute("RELEASE v9_definition")


MIGRATIONS: tuple[Migration, ...] = (
    _v1_initial,
    _v2_search,
    _v3_search_mark,
    _v4_summary,
    _v5_summary_pruned,
    _v6_nul_list,
    _v7_templates,
    _v8_summary_batched,
    _v9_id_floor,
)
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(Exception):
    """The file was written by a newer PasteGuard; this one does not know its schema."""

    def __init__(self, found: int) -> None:
        super().__init__(
            f"the event database has schema version {found}; "
            f"this PasteGuard knows versions up to {SCHEMA_VERSION}"
        )
        self.found = found


def user_version(db: Database) -> int:
    row = db.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(db: Database, migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    """Bring the schema up to the newest version, all in one transaction; the version before.

    The connection must be in autocommit mode (`isolation_level=None`).
    """
    latest = len(migrations)
    found = user_version(db)
    if found > latest:
        raise SchemaTooNew(found)
    if found == latest:
        return found
    # IMMEDIATE takes the write lock first, so two processes opening a new file at once
    # migrate it once: the second one reads the new version below and has nothing to do.
    db.execute("BEGIN IMMEDIATE")
    try:
        found = user_version(db)
        if found > latest:
            raise SchemaTooNew(found)
        for version in range(found + 1, latest + 1):
            migrations[version - 1](db)
            db.execute(f"PRAGMA user_version = {version:d}")
        db.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    return found
