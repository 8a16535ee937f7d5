"""A common word's matches per UTC day, counted once and kept in memory: its next charts
(another level, kind, target or period, the same word) cost about what the summary's do.

A word on most events can only be counted by reading them (app.storage.queries.chart_steps).
After the viewer has charted one, it reads them once more in the background into a `Tally`:
for each UTC day and (level, kind, target), how many events up to a mark (the newest id when
it started) match, and how many events there were. A few days at a time, newest first, so a
newer filter stops it between two short reads.

What it answers is exact for the log as it is now, not as it was:
- events written since (ids above the mark) are read and checked directly, every time;
- events deleted since (retention, the viewer, another program) are noticed because the
  summary tables (app.storage.summary, with the events above their mark) then hold fewer
  events up to the mark than the tally saw: the days whose totals differ are read again;
- bars that do not start and end at a UTC midnight (local days, the edges of a period) take
  the hours they share with a neighbouring day from the events directly.
An event that another program changes in place (its text, time or level: PasteGuard never
changes an event) is not seen until the word is counted again. Nothing of it is written
anywhere: the searched word stays in the viewer's memory.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from app.storage import summary, templates
from app.storage.filters import EventFilter, facet_terms, where
from app.storage.rows import DAY_US, storable, to_us

STEP_EVENTS = 20_000  # events one step of building reads at most (whole days: at least one)
FRESH_LIMIT = 20_000  # events above the mark read directly; beyond, the word is counted again

Combo = tuple[str, str, str | None]  # (level, kind, target)


@dataclass
class Tally:
    """One word's matches per UTC day and (level, kind, target), for events up to `mark`,
    over the days [first, end); counted from `end` down to `built`."""

    search: str
    mark: int
    first: int
    end: int
    built: int
    matches: dict[Combo, array[int]] = field(default_factory=dict)  # per day from `first`
    totals: array[int] = field(default_factory=lambda: array("q"))  # events per day

    @property
    def complete(self) -> bool:
        return self.built <= self.first

    def covers(self, search: str, start_us: int, end_us: int) -> bool:
        """Whether it is complete and answers for `search` over [start_us, end_us)."""
        return (
            self.complete
            and same_search(search) == same_search(self.search)
            and self.first * DAY_US <= start_us
            and end_us <= self.end * DAY_US
        )


def same_search(search: str) -> tuple[bool, str]:
    """What a search matches by (app.storage.filters.search_terms): searches that give the
    same are the same search. ASCII text folds ASCII letters only; other text casefolds."""
    needle = storable(search)
    return (True, needle.lower()) if needle.isascii() else (False, needle.casefold())


def start(conn: sqlite3.Connection, search: str, start_us: int, end_us: int) -> Tally:
    """An empty tally of `search` over the UTC days around [start_us, end_us) and every day
    that holds events: then it can count the search's matches at any time, too."""
    mark = int(conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0])
    held = summary.day_range(conn, EventFilter())
    first, end = start_us // DAY_US, -(-end_us // DAY_US)
    if held is not None:
        first, end = min(first, held[0]), max(end, held[1] + 1)
    return Tally(
        storable(search), mark, first, end, end, totals=array("q", bytes(8 * (end - first)))
    )


def _count_days(conn: sqlite3.Connection, tally: Tally, first: int, end: int) -> None:
    """Count the days [first, end) (events up to the mark) into the tally, replacing them.
    Inside a read transaction: the events per day come from the summary tables (less those
    above the mark), the matches from the events, and both must be of one moment. Every read
    is done before the tally changes, so a read stopped half-way leaves it as it was."""
    held = summary.day_totals(conn, first, end)
    fresh = conn.execute(
        f"SELECT time / {DAY_US}, count(*) FROM events WHERE id > ? AND +time >= ? "
        "AND +time < ? GROUP BY 1",  # + : the few newest ids, not the time index
        [tally.mark, first * DAY_US, end * DAY_US],
    ).fetchall()
    test, params = where(EventFilter(search=tally.search))
    # days on which every event has the word in its summary or rules are counted from the
    # events per day and template (app.storage.templates); the others are read, a run of
    # days at a time
    covered = templates.covered_days(conn, templates.Matcher(tally.search), first, end, tally.mark)
    matching: list[tuple[int, str, str, str | None, int]] = [
        (day, *one) for day, ones in covered.items() for one in ones
    ]
    runs: list[tuple[int, int]] = []
    for day in range(first, end):
        if day in covered:
            continue
        if runs and runs[-1][1] == day:
            runs[-1] = (runs[-1][0], day + 1)
        else:
            runs.append((day, day + 1))
    for lo, hi in runs:
        # only the matches are grouped: summing the test over every event costs 70 % more
        matching += conn.execute(
            f"SELECT time / {DAY_US}, level, kind, target, count(*) FROM events "
            f"WHERE time >= ? AND time < ? AND +id <= ? AND {test} GROUP BY 1, 2, 3, 4",
            [lo * DAY_US, hi * DAY_US, tally.mark, *params],
        ).fetchall()
    size = tally.end - tally.first
    for counts in tally.matches.values():
        for day in range(first, end):
            counts[day - tally.first] = 0
    for day in range(first, end):
        tally.totals[day - tally.first] = 0
    for day, n in held:
        tally.totals[int(day) - tally.first] += int(n)
    for day, n in fresh:
        tally.totals[int(day) - tally.first] -= int(n)
    for day, level, kind, target, n in matching:
        combo = (str(level), str(kind), target)
        if combo not in tally.matches:
            tally.matches[combo] = array("q", bytes(8 * size))
        tally.matches[combo][int(day) - tally.first] += int(n)


def step(conn: sqlite3.Connection, tally: Tally) -> bool:
    """Count the next days below what is built, as many as hold at most STEP_EVENTS events
    by the summary (at least one); whether more remain."""
    if tally.complete:
        return False
    first, events = tally.first, 0
    for day, n in reversed(summary.day_totals(conn, tally.first, tally.built)):
        if events and events + int(n) > STEP_EVENTS:
            first = int(day) + 1
            break
        events += int(n)
    conn.execute("BEGIN")
    try:
        _count_days(conn, tally, first, tally.built)
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")  # it only read
    tally.built = first
    return not tally.complete


def _refresh(conn: sqlite3.Connection, tally: Tally) -> bool:
    """Count again the days that lost events up to the mark since they were counted; False
    when more than FRESH_LIMIT events were written since the mark (count the word again)."""
    fresh: Counter[int] = Counter()
    for day, n in conn.execute(
        f"SELECT time / {DAY_US}, count(*) FROM events WHERE id > ? GROUP BY 1", [tally.mark]
    ):
        fresh[int(day)] += int(n)
    if sum(fresh.values()) > FRESH_LIMIT:
        return False
    stale = []
    for day, n in summary.day_totals(conn, tally.first, tally.end):
        fresh[int(day)] -= int(n)  # now: minus the events up to the mark
    for day in range(tally.first, tally.end):
        if -fresh[day] != tally.totals[day - tally.first]:
            stale.append(day)
    for day in stale:
        _count_days(conn, tally, day, day + 1)
    return True


def answer(
    conn: sqlite3.Connection, tally: Tally, f: EventFilter, bins: Sequence[tuple[int, int]]
) -> list[Counter[str]] | None:
    """Matches of `f` (whose search is the tally's, which covers `bins`) by level in each
    [start, end) of `bins`: whole UTC days from the tally, the hours a bar shares with a day
    and the events above the mark read directly. None when the tally is too far behind the
    log (count the word again)."""
    if not bins:
        return []
    conn.execute("BEGIN")  # one moment of the file for the check and every read
    try:
        if not _refresh(conn, tally):
            return None
        allowed = _allowed(conn, tally, f)
        condition, params = where(f, facet_prefix="+")
        out: list[Counter[str]] = [Counter() for _ in bins]
        edges: list[tuple[int, int, int, int]] = []  # (bin, sign, from, to)
        for i, (start, end) in enumerate(bins):
            if f.since is not None:
                start = max(start, to_us(f.since))
            if f.until is not None:
                end = min(end, to_us(f.until))
            if start >= end:
                continue
            days, corrections = summary.split(start, end, DAY_US)
            edges += [(i, sign, lo, hi) for sign, lo, hi in corrections]
            if days is None:
                continue
            # no event up to the mark is outside the tally's days (see `start`)
            first = max(days[0] // DAY_US, tally.first)
            last = min(days[1] // DAY_US, tally.end)
            for combo, counts in allowed.items():
                n = sum(counts[first - tally.first : last - tally.first])
                if n:
                    out[i][combo[0]] += n
        # the edges lie inside the bins as clipped to `f`'s period already: not clipped again
        # (a correction that takes away the part of a day after `until` must find its events)
        unclipped, unclipped_params = where(replace(f, since=None, until=None), facet_prefix="+")
        for i, sign, lo, hi in edges:  # never more than half a day each
            for level, n in conn.execute(
                "SELECT level, count(*) FROM events WHERE time >= ? AND time < ? "
                f"AND +id <= ? AND {unclipped} GROUP BY level",  # + : along the time index
                [lo, hi, tally.mark, *unclipped_params],
            ):
                out[i][str(level)] += sign * int(n)
        width = max(1, bins[0][1] - bins[0][0])
        for time, level in conn.execute(
            f"SELECT time, level FROM events WHERE id > ? AND +time >= ? AND +time < ? "
            f"AND {condition}",  # + : the few newest ids, not the time index
            [tally.mark, bins[0][0], bins[-1][1], *params],
        ):
            out[(int(time) - bins[0][0]) // width][str(level)] += 1
        return out
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")  # it only read


def count(conn: sqlite3.Connection, tally: Tally, f: EventFilter) -> int | None:
    """How many events match `f` (whose search is the tally's, which is complete), or None
    when the tally is too far behind the log."""
    found = answer(conn, tally, f, [(0, 1 << 62)])
    return None if found is None else sum(found[0].values())


def _allowed(conn: sqlite3.Connection, tally: Tally, f: EventFilter) -> dict[Combo, array[int]]:
    """The tally's combinations that `f`'s level, kind and target allow."""
    if not f.has_facets:
        return tally.matches
    terms, params = facet_terms(f)
    ok = {
        (str(level), str(kind), target)
        for level, kind, target in conn.execute(
            "SELECT level, kind, target FROM facets WHERE " + " AND ".join(terms), params
        )
    }
    return {combo: counts for combo, counts in tally.matches.items() if combo in ok}
