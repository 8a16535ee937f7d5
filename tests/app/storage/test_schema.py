"""Schema versions and migrations: old files are brought up to date, once, atomically."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from app.storage import EventStore
from app.storage.schema import MIGRATIONS, SCHEMA_VERSION, SchemaTooNew, migrate, user_version
from tests.app.storage.conftest import Clock, make_event


def _database(path: Path) -> Database:
    return Database(sqlite3.connect(path, isolation_level=None), execute_plugins=False)


def test_a_version_0_file_is_migrated_to_the_current_schema(data_dir: Path, clock: Clock) -> None:
    # Version 0: an SQLite file PasteGuard never set up (user_version is 0 by default).
    data_dir.mkdir()
    db = _database(data_dir / "events.db")
    db["unrelated"].insert({"x": 1})
    assert user_version(db) == 0
    db.close()
    with EventStore.open(data_dir, clock=clock) as store:
        assert store.append(make_event()) is not None
    db = _database(data_dir / "events.db")
    assert user_version(db) == SCHEMA_VERSION
    assert {"events", "facets", "quarantine", "outbox", "sinks", "unrelated"} <= set(
        db.table_names()
    )
    assert {i.name for i in db["events"].indexes} >= {"events_time", "events_facets"}
    assert "events_facets_known" in db.triggers_dict
    db.close()


def test_migrations_run_in_order_once_each_and_later_ones_append(tmp_path: Path) -> None:
    ran: list[int] = []

    def v2(db: Database) -> None:
        ran.append(2)
        db["events"].add_column("device", str)

    def v3(db: Database) -> None:
        ran.append(3)
        db["events"].create_index(["device"])

    db = _database(tmp_path / "x.db")
    released = len(MIGRATIONS)
    assert migrate(db) == 0
    assert migrate(db, (*MIGRATIONS, v2)) == released
    assert migrate(db, (*MIGRATIONS, v2, v3)) == released + 1
    assert migrate(db, (*MIGRATIONS, v2, v3)) == released + 2
    assert ran == [2, 3]
    assert user_version(db) == released + 2
    assert "device" in db["events"].columns_dict
    db.close()


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    def broken(db: Database) -> None:
        db["events"].add_column("half_done", str)
        raise sqlite3.OperationalError("no such table: missing")

    db = _database(tmp_path / "x.db")
    migrate(db)
    with pytest.raises(sqlite3.OperationalError):
        migrate(db, (*MIGRATIONS, broken))
    assert user_version(db) == SCHEMA_VERSION
    assert "half_done" not in db["events"].columns_dict
    db.close()


def test_a_newer_file_is_refused(tmp_path: Path) -> None:
    db = _database(tmp_path / "x.db")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaTooNew):
        migrate(db)
    db.close()


def _events_sql(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(
            conn.execute("SELECT sql FROM sqlite_master WHERE name = 'events'").fetchone()[0]
        )
    finally:
        conn.close()


def _sequence(path: Path) -> list[tuple[str, int]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name, seq FROM sqlite_sequence").fetchall()
    finally:
        conn.close()


def _version_8_file(path: Path, events: int, deleted_newest: int) -> int:
    """A file as version 8 wrote it (AUTOINCREMENT) holding `events` events, the newest
    `deleted_newest` of them deleted; the largest id it ever gave."""
    db = _database(path)
    migrate(db, MIGRATIONS[:8])
    db.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "INSERT INTO events (time, kind, level, score, rules, summary, action, indicators, "
        "findings, details, host, user, app_version) "
        "SELECT i, 'paste_blocked', 'malicious', 90, '[]', 'old', 'blocked', '[]', '[]', '{}', "
        "'pc', 'al', '0.1' FROM n",
        [events],
    )
    db.execute("DELETE FROM events WHERE id > ?", [events - deleted_newest])
    db.close()
    return events


def test_version_9_drops_autoincrement_and_keeps_ids_above_every_id_ever_given(
    data_dir: Path, clock: Clock
) -> None:
    """A version 8 file whose newest events were deleted: AUTOINCREMENT's mark (sqlite_sequence)
    is above every event left. After the migration the next id is still above it, the table's
    definition has lost the keyword (so an append no longer writes sqlite_sequence) and
    nothing else, and the file is sound."""
    data_dir.mkdir()
    path = data_dir / "events.db"
    given = _version_8_file(path, events=50, deleted_newest=10)
    before = _events_sql(path)
    assert "AUTOINCREMENT" in before and _sequence(path) == [("events", given)]
    with EventStore.open(data_dir, clock=clock) as store:
        assert store.status["schema_version"] == SCHEMA_VERSION
        first = store.append(make_event())
        assert first == given + 1
        assert store.append(make_event()) == given + 2
    after = _events_sql(path)
    assert "AUTOINCREMENT" not in after
    assert after == before.replace(" AUTOINCREMENT", "")  # the rest exactly as it was
    assert _sequence(path) == [("events", given)]  # no longer written by an append
    db = _database(path)
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    db.close()


def test_ids_are_never_reused_when_another_program_deletes_the_newest(
    data_dir: Path, clock: Clock
) -> None:
    with EventStore.open(data_dir, clock=clock) as store:
        ids = [store.append(make_event()) for _ in range(5)]
        assert ids == [1, 2, 3, 4, 5]
        other = sqlite3.connect(data_dir / "events.db", isolation_level=None)
        other.execute("DELETE FROM events WHERE id >= 4")  # the sqlite3 shell, say
        other.close()
        assert store.append(make_event()) == 6
        other = sqlite3.connect(data_dir / "events.db", isolation_level=None)
        other.execute("DELETE FROM events")
        other.close()
        assert store.append(make_event()) == 7
        store.delete_all()
        assert store.append(make_event()) == 8
        assert store.append(make_event()) == 9


def test_where_the_definition_cannot_be_edited_autoincrement_stays_and_ids_are_as_before(
    tmp_path: Path,
) -> None:
    """A SQLite build in defensive mode refuses writes to sqlite_master (here: an authorizer
    refuses writable_schema): the migration keeps AUTOINCREMENT, and everything else of version 9."""
    path = tmp_path / "events.db"
    given = _version_8_file(path, events=20, deleted_newest=5)
    db = _database(path)

    def deny_schema(action: int, name: str | None, value: str | None, *_: object) -> int:
        if action == sqlite3.SQLITE_PRAGMA and name == "writable_schema" and value == "ON":
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    db.conn.set_authorizer(deny_schema)
    assert migrate(db) == 8
    db.conn.set_authorizer(None)
    assert user_version(db) == SCHEMA_VERSION
    assert db.execute("PRAGMA writable_schema").fetchone() == (0,)
    db.close()
    assert "AUTOINCREMENT" in _events_sql(path)
    with EventStore.open(tmp_path, verify=True) as store:
        assert store.append(make_event()) == given + 1
    assert _sequence(path) == [("events", given + 1)]
