"""Tamper evidence: what another program does to the event log is noticed and reported (and
forwarded first); what the guard itself does never is."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.events import Event
from app.paths import database_path
from app.storage import EventStore
from tests.app.storage.conftest import make_event


def store_with(tmp_path: Path, n: int = 5) -> tuple[EventStore, list[int]]:
    store = EventStore.open(tmp_path / "data", sinks=["syslog"], verify=False)
    ids = [store.append(make_event()) for _ in range(n)]
    assert all(i is not None for i in ids)
    assert store.check_underneath() == []  # the first check sets what is expected
    return store, [i for i in ids if i is not None]


def other(tmp_path: Path) -> sqlite3.Connection:
    """Someone else's connection: the sqlite3 shell, another program."""
    return sqlite3.connect(database_path(tmp_path / "data"), isolation_level=None)


def tampered(store: EventStore) -> list[Event]:
    return [e for e in store.query() if e.kind == "tampered"]


def test_the_guards_own_work_is_never_reported(tmp_path: Path) -> None:
    store, ids = store_with(tmp_path)
    items = store.outbox_pending("syslog", 3)  # the forwarder takes some, delivers two
    store.outbox_done([items[0].id, items[1].id])
    store.delete([ids[-1]])
    store.append(make_event())
    store.apply_retention()
    assert store.check_underneath() == []
    assert tampered(store) == []
    store.close()


def test_events_deleted_underneath_are_reported_and_forwarded_first(tmp_path: Path) -> None:
    store, ids = store_with(tmp_path)
    with other(tmp_path) as conn:
        conn.execute("DELETE FROM events WHERE id = ?", (ids[1],))
    found = store.check_underneath()
    assert found == ["1 event was deleted from the event log outside PasteGuard."]
    assert len(tampered(store)) == 1
    first = store.outbox_pending("syslog", 1)
    assert first[0].event.kind == "tampered"  # before the older backlog
    assert store.check_underneath() == []  # reported once
    store.close()


def test_a_cursor_moved_forwards_is_reported_and_put_back(tmp_path: Path) -> None:
    store, _ = store_with(tmp_path)
    store.outbox_pending("syslog", 1)  # the guard's own take: the cursor is at the newest
    newer = store.append(make_event())
    assert newer is not None
    with other(tmp_path) as conn:  # skip the newest event for the SIEM
        conn.execute("UPDATE sinks SET cursor = cursor + 1 WHERE name = 'syslog'")
    found = store.check_underneath()
    assert len(found) == 1 and "moved forwards" in found[0]
    pending = {item.event_id for item in store.outbox_pending("syslog", 100)}
    assert newer in pending  # the skipped event is forwarded after all
    store.close()


def test_outbox_items_removed_underneath_are_reported(tmp_path: Path) -> None:
    store, _ = store_with(tmp_path)
    store.outbox_pending("syslog", 100)  # all taken into the outbox
    assert store.check_underneath() == []
    with other(tmp_path) as conn:
        conn.execute("DELETE FROM outbox WHERE id IN (SELECT id FROM outbox LIMIT 2)")
    found = store.check_underneath()
    assert found == ["2 events waiting for syslog were removed from the outbox outside PasteGuard."]
    store.close()


def test_a_deleted_database_is_recreated_with_what_memory_holds(tmp_path: Path) -> None:
    store, ids = store_with(tmp_path)
    path = database_path(tmp_path / "data")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    found = store.check_underneath()
    assert len(found) == 1 and "deleted" in found[0]
    assert path.exists()
    kinds = [e.kind for e in store.query(limit=100)]
    assert kinds.count("paste_blocked") == len(ids)  # written again
    assert "tampered" in kinds
    store.close()


def test_a_database_swapped_for_an_older_copy_is_noticed(tmp_path: Path) -> None:
    store, _ = store_with(tmp_path, n=2)
    path = database_path(tmp_path / "data")
    store.flush(force=True)
    old = tmp_path / "old.db"
    with other(tmp_path) as conn:
        conn.execute("VACUUM INTO ?", (str(old),))
    for _ in range(3):
        store.append(make_event())
    shutil.move(old, path)  # the person puts back yesterday's copy
    found = store.check_underneath()
    assert len(found) == 1 and "replaced" in found[0]
    events = store.query(limit=100)
    assert sum(e.kind == "paste_blocked" for e in events) == 5  # 2 old + 3 written again
    assert any(e.kind == "tampered" for e in events)
    store.close()


def test_the_sentinel_beats_and_reports_what_changed(tmp_path: Path) -> None:
    from app.storage.sentinel import Sentinel

    store, ids = store_with(tmp_path)
    kicked: list[int] = []
    sentinel = Sentinel(store, 900.0, lambda: {"protection": "on"}, kick=lambda: kicked.append(1))
    sentinel.round(beat=True)
    beats = [e for e in store.query() if e.kind == "heartbeat"]
    assert len(beats) == 1 and beats[0].details["protection"] == "on"
    with other(tmp_path) as conn:
        conn.execute("DELETE FROM events WHERE id = ?", (ids[0],))
    sentinel.round(beat=False)
    assert sentinel.found and "deleted" in sentinel.found[0]
    assert len(kicked) == 2  # the heartbeat and the finding leave at once
    store.close()


def test_each_round_of_the_sentinel_puts_the_new_events_into_the_database_file(
    tmp_path: Path,
) -> None:
    """SQLite syncs the WAL only at a checkpoint (every 100 events here): the sentinel's
    round does one, so the database file itself (what a power cut leaves, with the WAL's
    unsynced tail lost) holds what was written before the round."""
    from app.storage.sentinel import Sentinel

    store, _ids = store_with(tmp_path)
    sentinel = Sentinel(store, 0.0, lambda: {})
    sentinel.round(beat=False)
    for _ in range(20):
        store.append(make_event(summary="after the first round"))

    def in_the_file_alone() -> int:
        copy = tmp_path / "copy"
        shutil.rmtree(copy, ignore_errors=True)
        (copy / "data").mkdir(parents=True)
        shutil.copy(database_path(tmp_path / "data"), database_path(copy / "data"))  # no WAL
        with other(copy) as conn:
            row = conn.execute(
                "SELECT count(*) FROM events WHERE summary = 'after the first round'"
            ).fetchone()
        return int(row[0])

    assert in_the_file_alone() == 0  # still only in the WAL
    sentinel.round(beat=False)
    assert in_the_file_alone() == 20
    assert store.sync() is False  # nothing new since
    store.close()


def test_inserts_count_into_the_ledger_only_once_committed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store counts its own inserts itself (no trigger): an event whose transaction was
    rolled back (the file locked as its quarantined text went in) is not counted, so no
    event seems to have vanished; the same event written later, alone or with its text, is."""
    store, _ids = store_with(tmp_path)
    real = store._insert_quarantine
    calls = {"n": 0}

    def locked_once(conn: sqlite3.Connection, event_id: int, original: str) -> int:
        calls["n"] += 1
        if calls["n"] == 1:  # after the event's INSERT, in the same transaction
            raise sqlite3.OperationalError("database is locked")
        return real(conn, event_id, original)

    monkeypatch.setattr(store, "_insert_quarantine", locked_once)
    assert store.append(make_event(), original="the neutralised text") is None  # waits
    assert store.count() == 5  # rolled back
    assert store.check_underneath() == []
    assert store.flush(force=True)  # the waiting event and its text, in one transaction
    store.append(make_event())  # one alone
    assert store.count() == 7
    assert store.check_underneath() == []
    with other(tmp_path) as conn:  # and someone else's deletion still shows
        conn.execute("DELETE FROM events WHERE id = (SELECT max(id) FROM events)")
    assert store.check_underneath() == [
        "1 event was deleted from the event log outside PasteGuard."
    ]
    store.close()
