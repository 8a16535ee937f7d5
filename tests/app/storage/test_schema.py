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
