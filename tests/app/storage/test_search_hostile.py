"""Hostile searches against the viewer's counts and kept tallies (search_counts.py): LIKE's
own characters, NULs, lone surrogates, characters whose case folds change their length or
script, bidi controls, and strings as long as the search box holds and longer. Every count,
chart and kept tally is a brute-force count, never an error."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest

from app.events import Event
from app.storage import EventFilter, EventStore, queries
from app.storage.filters import LIKE_MAX
from app.storage.rows import storable
from tests.app.storage.conftest import T0, make_event
from tests.app.storage.test_search_counts import BINS, FIRST, OFFSET, WIDTH

BOX = 32_767  # characters a QLineEdit (the viewer's search box) holds by default
LONG = ("ab_%\\xyZ" * (2 * LIKE_MAX // 8))[: LIKE_MAX + 10_000]
TEXTS = [
    "50% off_sale C:\\Temp\\a.ps1",
    "nul -\x00- inside",
    "Straße ſtraße STRASSE",
    "Kelvin \u212a and k",
    "İstanbul istanbul",
    "bidi \u202egnp.exe\u202c",
    "replacement \ufffd char",
    LONG,
    "%" * BOX,
    "plain text",
]
SEARCHES = [
    "%", "_", "\\", "50%", "off_", "\\Temp", "\x00", "-\x00-", "\ud800", "\ufffd", "ß", "ẞ",
    "STRASSE", "ſ", "\u212a", "İ", "i̇", "\u202e", "gnp.exe", LONG, LONG.upper(), LONG[5:],
    "%" * BOX, "_" * BOX, "\\" * BOX, "x" * (LIKE_MAX + 1), "a" * BOX + "\x00",
]  # fmt: skip


def _contains(event: Event, needle: str) -> bool:
    """As the store compares (filters.search_terms), spelled out in Python."""
    needle = storable(needle)
    fields = [event.summary, event.text or "", event.source or "", '["' + '","'.join(event.rules) + '"]']  # fmt: skip
    if needle.isascii():
        fold = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
        return any(needle.translate(fold) in storable(f).translate(fold) for f in fields)
    return any(needle.casefold() in storable(f).casefold() for f in fields)


def _bars(store: EventStore, f: EventFilter) -> list[Counter[str]]:
    answers = list(store.counts_in_bins_stepwise(f, FIRST, WIDTH, BINS, utc_offset=OFFSET))
    bars: list[Counter[str]] = [Counter() for _ in range(BINS)]
    for when, level, n in answers[-1][1]:
        bars[int((when - FIRST) // WIDTH)][level] += n
    return bars


def _brute(events: list[Event], search: str) -> list[Counter[str]]:
    bars: list[Counter[str]] = [Counter() for _ in range(BINS)]
    for e in events:
        i = int(((e.time + OFFSET).replace(tzinfo=None) - FIRST) // WIDTH)
        if _contains(e, search) and 0 <= i < BINS:
            bars[i][e.level] += 1
    return bars


@pytest.fixture
def events(store: EventStore) -> list[Event]:
    made = []
    for i in range(60):
        event = make_event(
            time=T0 + timedelta(hours=5 * i),
            level=("suspicious", "malicious", "info")[i % 3],
            text=TEXTS[i % len(TEXTS)],
            summary=f"event {i}",
        )
        event_id = store.append(event)
        assert event_id is not None
        made.append(event.with_id(event_id))
    return made


@pytest.mark.parametrize("search", SEARCHES, ids=lambda s: ascii(s[:12]) + f"x{len(s)}")
def test_a_hostile_search_is_counted_charted_and_kept_as_a_brute_force_count(
    store: EventStore, events: list[Event], monkeypatch: pytest.MonkeyPatch, search: str
) -> None:
    f = EventFilter(search=search)
    expected = sum(_contains(e, search) for e in events)
    assert store.count(f) == expected
    assert store.count(f, at_most=3) == min(expected, 4)
    assert len(store.query(f, limit=100)) == expected
    assert _bars(store, f) == _brute(events, search)
    for _ in store.keep_counts(search, FIRST, WIDTH, BINS, utc_offset=OFFSET):
        pass
    assert store.kept_count(f) == expected  # from the kept tally
    monkeypatch.setattr(queries, "common", lambda *a: pytest.fail("not from the tally"))
    assert _bars(store, f) == _brute(events, search)
