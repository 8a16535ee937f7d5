"""Faults of the environment never stop the guard: damaged, full, locked or missing files."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from app.storage import EventStore, StoreUnavailable, search_index
from app.storage.faults import Backoff, Damaged, Fault, classify
from app.storage.schema import SchemaTooNew
from tests.app.storage.conftest import Clock, make_event


def _connection(store: EventStore) -> sqlite3.Connection:
    """The store's own connection, to make its file misbehave from the inside."""
    db = store._db
    assert db is not None
    return db.conn


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def locker(data_dir: Path, clock: Clock) -> Iterator[sqlite3.Connection]:
    """Another process's connection to an existing store, able to hold the write lock."""
    EventStore.open(data_dir, clock=clock).close()
    conn = sqlite3.connect(data_dir / "events.db", isolation_level=None)
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


# ----------------------------------------------------------------------------------------------
# Damaged files
# ----------------------------------------------------------------------------------------------


def _moved_aside(data_dir: Path) -> list[Path]:
    return sorted(p for p in data_dir.iterdir() if ".corrupt-" in p.name)


def test_a_file_that_is_not_a_database_is_moved_aside_and_a_new_one_started(
    data_dir: Path, clock: Clock
) -> None:
    data_dir.mkdir()
    garbage = b"this is not an SQLite database " * 200
    (data_dir / "events.db").write_bytes(garbage)
    with EventStore.open(data_dir, clock=clock) as store:
        [moved] = _moved_aside(data_dir)
        assert moved.name == "events.db.corrupt-20260301T120000Z"
        assert moved.read_bytes() == garbage  # kept as it was, for whoever wants to look
        [notice] = store.query()
        assert notice.kind == "error"
        assert moved.name in notice.summary
        assert store.status["degraded"] is not None
        assert moved.name in str(store.status["degraded"])
        assert store.status["moved_aside"] == str(moved)
        assert store.append(make_event()) is not None
        assert store.count() == 2


def test_a_database_with_damaged_pages_is_moved_aside(data_dir: Path, clock: Clock) -> None:
    with EventStore.open(data_dir, clock=clock) as store:
        for i in range(200):
            store.append(make_event(summary=f"event {i}", text="x" * 500))
    path = data_dir / "events.db"
    data = bytearray(path.read_bytes())
    assert len(data) > 40_000
    data[8192:16384] = b"\xa5" * 8192  # pages 3 and 4: past the header, inside the table
    path.write_bytes(bytes(data))
    with EventStore.open(data_dir, clock=clock) as store:
        assert len(_moved_aside(data_dir)) == 1
        assert [e.kind for e in store.query()] == ["error"]
        assert "quick_check" in str(store.status["degraded"]) or "malformed" in str(
            store.status["degraded"]
        )


@pytest.mark.parametrize("original", [None, "the neutralised text"])
def test_damage_found_while_running_is_survived_too(
    store: EventStore, data_dir: Path, monkeypatch: pytest.MonkeyPatch, original: str | None
) -> None:
    """Whether the event is written alone (its INSERT its own transaction) or with what
    goes with it (a quarantined text: a transaction of several statements)."""
    store.append(make_event(summary="before"))
    real = search_index.insert_event
    calls = {"n": 0}

    def damaged_once(conn: sqlite3.Connection, row: tuple[object, ...]) -> int:
        calls["n"] += 1
        if calls["n"] == 1:
            raise sqlite3.DatabaseError("database disk image is malformed")
        return real(conn, row)

    monkeypatch.setattr(search_index, "insert_event", damaged_once)
    event_id = store.append(make_event(summary="after"), original=original)
    assert event_id is not None
    assert len(_moved_aside(data_dir)) == 1
    # the damaged file's latest events were still in memory: written again into the new one
    assert [e.summary.split()[0] for e in store.iter_events()] == ["The", "before", "after"]
    assert store.pending == 0 and "moved aside" in str(store.status["degraded"])
    quarantined = store.quarantined(event_id)
    assert (quarantined.text if quarantined else None) == original


# ----------------------------------------------------------------------------------------------
# Full and locked files: events wait in memory
# ----------------------------------------------------------------------------------------------


def test_a_full_disk_keeps_events_in_memory_until_there_is_room(store: EventStore) -> None:
    first = store.append(make_event(summary="fits"))
    assert first is not None
    conn = _connection(store)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow: a full disk
    big = "x" * 20_000  # needs new overflow pages
    assert store.append(make_event(summary="waits 1", text=big)) is None
    assert store.append(make_event(summary="waits 2", text=big)) is None
    assert store.pending == 2
    status = store.status
    assert "full" in str(status["degraded"])
    assert status["pending"] == 2
    assert status["events"] == 1  # reading still works

    conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    assert store.flush(force=True) is True
    assert store.pending == 0
    assert store.status["degraded"] is None
    assert [e.summary for e in store.iter_events()] == ["fits", "waits 1", "waits 2"]


def test_a_locked_database_is_retried_with_backoff(
    data_dir: Path, clock: Clock, locker: sqlite3.Connection
) -> None:
    monotonic = FakeMonotonic()
    store = EventStore.open(data_dir, clock=clock, busy_timeout=0.05)
    store._backoff = Backoff(first=1.0, monotonic=monotonic)
    try:
        locker.execute("BEGIN EXCLUSIVE")  # the other process holds the write lock
        assert store.append(make_event(summary="one")) is None
        assert "locked" in str(store.status["degraded"])
        assert store.count() == 0  # reading is not blocked in WAL mode

        locker.execute("COMMIT")
        # Within the backoff delay nothing touches the file: the event just queues.
        assert store.append(make_event(summary="two")) is None
        assert store.flush() is False
        assert store.pending == 2

        monotonic.now += 1.0
        third = store.append(make_event(summary="three"))
        assert third is not None
        assert store.pending == 0
        assert store.status["degraded"] is None
        assert [e.summary for e in store.iter_events()] == ["one", "two", "three"]
    finally:
        store.close()


def test_the_memory_queue_is_bounded_and_drops_are_recorded(
    data_dir: Path, clock: Clock, locker: sqlite3.Connection
) -> None:
    with EventStore.open(data_dir, clock=clock, busy_timeout=0.02, max_pending=3) as store:
        locker.execute("BEGIN EXCLUSIVE")
        for i in range(5):
            assert store.append(make_event(summary=f"event {i}")) is None
        assert store.pending == 3
        assert store.status["dropped"] == 2
        locker.execute("COMMIT")
        assert store.flush(force=True) is True
        events = list(store.iter_events())
        assert [e.summary for e in events[:3]] == ["event 2", "event 3", "event 4"]
        notice = events[3]
        assert notice.kind == "error"
        assert notice.details["lost"] == 2
        assert "2 events were lost" in notice.summary


def test_close_writes_what_waits_when_it_can(
    data_dir: Path, clock: Clock, locker: sqlite3.Connection
) -> None:
    store = EventStore.open(data_dir, clock=clock, busy_timeout=0.02)
    locker.execute("BEGIN EXCLUSIVE")
    assert store.append(make_event()) is None
    locker.execute("COMMIT")
    store.close()
    with EventStore.open(data_dir, clock=clock) as again:
        assert again.count() == 1


def test_an_unusable_folder_degrades_then_recovers(tmp_path: Path, clock: Clock) -> None:
    data_dir = tmp_path / "data"
    data_dir.write_text("a file where the folder should be")
    store = EventStore.open(data_dir, clock=clock)
    try:
        assert store.status["degraded"] is not None
        assert store.append(make_event()) is None
        assert store.pending == 1
        with pytest.raises(StoreUnavailable):
            store.query()
        data_dir.unlink()
        assert store.flush(force=True) is True
        assert store.count() == 1
        assert store.status["degraded"] is None
    finally:
        store.close()


def test_a_database_from_a_newer_version_is_left_alone(data_dir: Path, clock: Clock) -> None:
    EventStore.open(data_dir, clock=clock).close()
    conn = sqlite3.connect(data_dir / "events.db")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with EventStore.open(data_dir, clock=clock) as store:
        assert "version 99" in str(store.status["degraded"])
        assert store.append(make_event()) is None
        with pytest.raises(StoreUnavailable):
            store.count()
    assert not _moved_aside(data_dir)
    conn = sqlite3.connect(data_dir / "events.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 99
    conn.close()


# ----------------------------------------------------------------------------------------------
# Programming errors still raise
# ----------------------------------------------------------------------------------------------


def test_wrong_sql_raises_instead_of_degrading(store: EventStore) -> None:
    _connection(store).execute("DROP TABLE quarantine")
    event_id = store.append(make_event())
    assert event_id is not None
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        store.quarantine(event_id, "text")
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        store.quarantined()
    assert store.status["degraded"] is None


@pytest.mark.parametrize(
    ("exc", "fault"),
    [
        (sqlite3.OperationalError("database is locked"), Fault.TRANSIENT),
        (sqlite3.OperationalError("database or disk is full"), Fault.TRANSIENT),
        (sqlite3.DatabaseError("file is not a database"), Fault.CORRUPT),
        (sqlite3.DatabaseError("database disk image is malformed"), Fault.CORRUPT),
        (Damaged("quick_check"), Fault.CORRUPT),
        (PermissionError(13, "Permission denied"), Fault.REOPEN),
        (SchemaTooNew(7), Fault.REOPEN),
        (sqlite3.OperationalError("no such table: events"), None),
        (sqlite3.OperationalError('near "SELEC": syntax error'), None),
        (sqlite3.IntegrityError("FOREIGN KEY constraint failed"), None),
        (sqlite3.ProgrammingError("Cannot operate on a closed database."), None),
        (TypeError("bad"), None),
    ],
)
def test_faults_are_told_from_programming_errors(exc: BaseException, fault: Fault | None) -> None:
    assert classify(exc) is fault


def test_faults_raised_by_sqlite_carry_their_code(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db")
    with pytest.raises(sqlite3.OperationalError) as syntax:
        conn.execute("SELEC 1")
    assert classify(syntax.value) is None
    (tmp_path / "y.db").write_bytes(b"garbage" * 100)
    other = sqlite3.connect(tmp_path / "y.db")
    with pytest.raises(sqlite3.DatabaseError) as notadb:
        other.execute("SELECT * FROM sqlite_master")
    assert classify(notadb.value) is Fault.CORRUPT
    conn.close()
    other.close()


def test_backoff_doubles_up_to_its_ceiling() -> None:
    clock = FakeMonotonic()
    backoff = Backoff(first=0.25, ceiling=2.0, monotonic=clock)
    assert backoff.due()
    assert [backoff.failed() for _ in range(5)] == [0.25, 0.5, 1.0, 2.0, 2.0]
    assert not backoff.due()
    clock.now += 2.0
    assert backoff.due()
    backoff.succeeded()
    assert backoff.failed() == 0.25


def test_an_event_corrected_while_it_waits_in_memory_is_written_once_corrected(
    data_dir: Path, clock: Clock, locker: sqlite3.Connection
) -> None:
    """A late OS answer corrects a paste whose event the locked file could not take yet: the
    waiting event is corrected in place, and written once, corrected."""
    with EventStore.open(data_dir, clock=clock, busy_timeout=0.02) as store:
        locker.execute("BEGIN EXCLUSIVE")
        first = make_event(kind="paste_blocked", action="blocked", summary="a paste")
        assert store.append(first) is None
        corrected = replace(first, kind="paste_warned", action="warned",
                            details={"passed_on_by_os": True})  # fmt: skip
        assert store.amend(None, corrected) is False  # which one? not said
        assert store.amend(None, corrected, was=replace(first, summary="another")) is False
        assert store.amend(None, corrected, was=first) is True
        locker.execute("COMMIT")
        assert store.flush(force=True) is True
        (event,) = store.iter_events()
        assert (event.kind, event.action, event.summary) == ("paste_warned", "warned", "a paste")
        assert event.details == {
            "passed_on_by_os": True, "corrects": {"kind": "paste_blocked", "action": "blocked"},
            "revision": 1,
        }  # fmt: skip


def test_a_correction_can_replace_the_quarantined_text_in_the_file_and_in_memory(
    data_dir: Path, clock: Clock, locker: sqlite3.Connection
) -> None:
    """A page writing versions of one blocked lure is one event; "Put it back" gives the last
    version written (what the person last copied), so the correction that counts them replaces
    the quarantined text in the same step: in the file, and where the event still waits in
    memory. An event without a quarantined text gets none."""
    with EventStore.open(data_dir, clock=clock, busy_timeout=0.02) as store:
        blocked = make_event(kind="clipboard_neutralized", action="neutralized", summary="v1")
        event_id = store.append(blocked, original="lure 1")
        assert event_id is not None and store.quarantined(event_id).text == "lure 1"  # type: ignore[union-attr]
        assert store.amend(event_id, replace(blocked, summary="v3"), original="lure \ud8003")
        item = store.quarantined(event_id)
        assert item is not None and item.text == "lure \ufffd3"  # as any quarantined text
        flagged = make_event(kind="clipboard_flagged", action="logged", summary="f")
        other = store.append(flagged)
        assert other is not None and store.amend(other, flagged, original="not kept")
        assert store.quarantined(other) is None
        assert store.quarantined(event_id) == item

        locker.execute("BEGIN EXCLUSIVE")  # the file cannot take the next one now
        waiting = replace(blocked, summary="w1")
        assert store.append(waiting, original="wait 1") is None
        assert store.amend(None, replace(waiting, summary="w2"), was=waiting, original="wait 2")
        locker.execute("COMMIT")
        assert store.flush(force=True) is True
        last = store.quarantined()
        assert last is not None and last.text == "wait 2" and last.event_id > other
