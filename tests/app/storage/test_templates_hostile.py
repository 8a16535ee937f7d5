"""Hostile searches against a common word's chart from the events per day and template
(app.storage.templates): summaries that hold NULs, lone surrogates, LIKE's own characters,
characters whose case folds change length or script, and bidi controls, each the only
template of its days (so the table answers them) or beside a plain one (so the events do).
Whatever the search (test_search_hostile's: NULs, surrogates, ß, İ, K, strings longer than
LIKE takes), the chart equals a brute-force count, in whole UTC days and in part days."""

from __future__ import annotations

import sqlite3
from datetime import UTC, timedelta

import pytest

from app.events import Event
from app.storage import EventFilter, EventStore, queries, search_index, templates
from app.storage.rows import storable
from tests.app.storage.conftest import make_event
from tests.app.storage.test_search_hostile import SEARCHES
from tests.app.storage.test_templates import UTC_FIRST, _brute, _chart, _stored, _table

SUMMARIES = [
    "A page put a PowerShell command on the clipboard",
    "nul -\x00- PowerShell after a NUL",
    "\x00PowerShell",
    "50% off_sale C:\\Temp\\a.ps1",
    "Straße ſtraße STRASSE",
    "Kelvin \u212a and k",
    "İstanbul istanbul",
    "bidi \u202egnp.exe\u202c",
    "%" * 5_000 + "_" * 5_000,
    "lone \ud800 surrogate",  # stored as U+FFFD
    "\u212a\u212a sign only",  # lower() makes it "kk sign only", LIKE and ASCII folding do not
    "\u0130\u0130 dotted only",
]
# ASCII searches that only a Unicode fold would find in those
EXTRA = ["k", "KK SIGN", "i", "ii", "ss"]
DAYS = 15
RULES = [("clickfix.run-dialog",), ("other.rule", "a%b_c"), ()]


def _events(days: int = DAYS, per_day: int = 6) -> list[Event]:
    """Day d's events share SUMMARIES[d] (its only template), except on every third day,
    where half the events have the first summary (a row without most words)."""
    events = []
    for d in range(days):
        for i in range(per_day):
            plain = d % 3 == 2 and i % 2
            events.append(
                make_event(
                    time=UTC_FIRST.replace(tzinfo=UTC) + timedelta(days=d, hours=1 + 3 * i),
                    level=("suspicious", "malicious", "info")[(d + i) % 3],
                    target=("run_dialog", None, "terminal")[i % 3],
                    summary=SUMMARIES[0 if plain else d % len(SUMMARIES)],
                    rules=RULES[d % len(RULES)],
                    text="text \x00 " + SUMMARIES[(d + 3) % len(SUMMARIES)],
                )
            )
    return events


@pytest.mark.parametrize("search", SEARCHES + EXTRA, ids=lambda s: ascii(s[:12]) + f"x{len(s)}")
def test_a_hostile_search_charted_from_the_templates_is_a_brute_force_count(
    store: EventStore, monkeypatch: pytest.MonkeyPatch, search: str
) -> None:
    monkeypatch.setattr(queries, "common", lambda *a: True)  # charted a part of a bin at a time
    monkeypatch.setattr(search_index, "INDEX_BATCH", 16)  # some events above the mark
    monkeypatch.setattr(search_index, "INDEX_LAG", 16)  # appends index a batch as soon as one waits
    events = _stored(store, _events())
    _table(store.path)
    answered: list[object] = []
    real = queries.bin_from_templates

    def bin_from_templates(*args: object) -> object:
        found = real(*args)  # type: ignore[arg-type]
        answered.append(found)
        return found

    monkeypatch.setattr(queries, "bin_from_templates", bin_from_templates)
    for f in (EventFilter(search=search), EventFilter(search=search, targets=frozenset({"terminal"}))):  # fmt: skip
        for offset in (timedelta(0), timedelta(hours=5, minutes=30)):
            first = UTC_FIRST + offset
            for width, bins in ((timedelta(days=1), DAYS + 2), (timedelta(days=4), 5)):
                assert _chart(store, f, first, width, bins, offset) == _brute(
                    events, f, first, width, bins, offset
                ), (f, offset, width)
    assert answered  # the table had its chance to answer...
    matcher = templates.Matcher(search)
    if any(matcher(storable(SUMMARIES[d % len(SUMMARIES)])) for d in range(DAYS) if d % 3 != 2):
        assert any(a is not None for a in answered)  # ...and answered the days it could


def test_the_table_counts_hostile_summaries_exactly(store: EventStore) -> None:
    _stored(store, _events())
    store.close()
    rows = _table(store.path)
    assert sum(rows.values()) == len(_events())
    conn = sqlite3.connect(store.path)
    try:
        summaries = {s for (s,) in conn.execute("SELECT DISTINCT summary FROM event_templates")}
    finally:
        conn.close()
    assert "lone \ufffd surrogate" in summaries and "nul -\x00- PowerShell after a NUL" in summaries
