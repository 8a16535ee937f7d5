"""Counts without counting: events per UTC day and per UTC hour, by level, kind and target.

`event_days` and `event_hours` (schema version 4) hold how many events each (day or hour,
level, kind, target) has. So the count and the chart of a filter on time, level, kind and
target cost in proportion to the days (and the hours at the edges) they cover, not to the
events: a year of a million events is a few thousand rows.

The events up to a mark are counted in (schema version 8): new ones by `catch_up`, in the
batch and transaction that indexes them for search (app.storage.search_index: when the guard's
worker is idle, in an append once INDEX_LAG events wait, when the store closes), one
grouped upsert per table instead of two per append. Deleting or changing a counted event takes
it out by trigger, whoever writes. Every read here adds the events above the mark (at most
INDEX_LAG, unless another program wrote many), read from the log by id in the same read
transaction as the tables (`one_moment`): an answer is exact before the batch, after it, and
after a crash between the two (the events are in the file; the next batch counts them in).

A range [start, end) is answered as whole UTC days, give or take whole hours at its ends (a
local day starting at 23:00 UTC is the day after, plus one hour, less its own last hour: never
more than 12 hours of corrections on either side), give or take the events of a part of an
hour, read from `events` itself. A free-text search cannot be answered from the summary; see
app.storage.queries.
"""

from __future__ import annotations

import json
import sqlite3
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from app.storage.filters import EventFilter, facet_terms
from app.storage.rows import DAY_US, to_us

HOUR_US = 3_600_000_000  # app.storage.schema's version 4 keeps hours of this length
EVER = (0, (1 << 62) // DAY_US * DAY_US)  # [start, end) of all time, in whole days
# The newest event id counted in (schema version 8); every event above it is read instead.
COUNTED = "(SELECT counted FROM summary_state)"
TABLES = (("event_days", "day", DAY_US), ("event_hours", "hour", HOUR_US))
_TAIL = f"events NOT INDEXED WHERE id > {COUNTED}"  # by rowid: the few newest, not an index


def counted(conn: sqlite3.Connection) -> int:
    """The newest event id counted in."""
    return int(conn.execute(f"SELECT {COUNTED}").fetchone()[0])


def catch_up(conn: sqlite3.Connection, ids: int | None = None) -> int:
    """Count every event above the mark in (only the next `ids` ids when given), one grouped
    upsert per table, and move the mark, in the caller's transaction; the new mark."""
    newest = int(conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0])
    mark = counted(conn)
    if ids is not None:
        newest = min(newest, mark + max(1, ids))
    if newest <= mark:
        return mark
    for table, unit, size in TABLES:
        conn.execute(
            f"INSERT INTO {table} ({unit}, level, kind, target, n) "
            f"SELECT time / {size}, level, kind, ifnull(target, char(0)), count(*) FROM events "
            "WHERE id > ? AND id <= ? GROUP BY 1, 2, 3, 4 "
            "ON CONFLICT DO UPDATE SET n = n + excluded.n",
            (mark, newest),
        )
    conn.execute("UPDATE summary_state SET counted = ?", (newest,))
    return newest


@contextmanager
def one_moment(conn: sqlite3.Connection) -> Iterator[None]:
    """Every read inside sees the file at one moment: a read transaction, unless the caller
    has one open already. (A batch committed between reading a table and reading the events
    above its mark would count its events twice, or not at all.)"""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")  # it only read


def day_range(conn: sqlite3.Connection, f: EventFilter) -> tuple[int, int] | None:
    """The first and the last UTC day (day numbers) with events matching `f`'s level, kind
    and target (its period and search are not applied), or None when there are none."""
    facets, params = facet_terms(f)
    plus, plus_params = facet_terms(f, prefix="+")
    row = conn.execute(  # one statement: the table and the events above its mark at one moment
        "SELECT min(first), max(last) FROM (SELECT min(day) AS first, max(day) AS last "
        "FROM event_days WHERE n > 0" + "".join(f" AND {t}" for t in facets) + " UNION ALL "
        f"SELECT min(time) / {DAY_US}, max(time) / {DAY_US} FROM {_TAIL}"
        + "".join(f" AND {t}" for t in plus)
        + ")",
        [*params, *plus_params],
    ).fetchone()
    return None if row[0] is None else (int(row[0]), int(row[1]))


def day_totals(conn: sqlite3.Connection, first: int, end: int) -> list[tuple[int, int]]:
    """(day, events) of every UTC day in [first, end) with events, whatever their level."""
    rows = conn.execute(  # one statement: the table and the events above its mark at one moment
        "SELECT day, sum(n) FROM (SELECT day, n FROM event_days WHERE day >= ? AND day < ? "
        f"UNION ALL SELECT time / {DAY_US}, 1 FROM {_TAIL} AND +time >= ? AND +time < ?) "
        "GROUP BY day ORDER BY day",
        [first, end, first * DAY_US, end * DAY_US],
    ).fetchall()
    return [(int(day), int(n)) for day, n in rows]


class _Tail:
    """The events above the mark that match a filter's level, kind and target, by time."""

    def __init__(self, conn: sqlite3.Connection, f: EventFilter) -> None:
        plus, params = facet_terms(f, prefix="+")
        rows = conn.execute(
            f"SELECT time, level FROM {_TAIL}"
            + "".join(f" AND {t}" for t in plus)
            + " ORDER BY time",
            params,
        ).fetchall()
        self.times = [int(time) for time, _ in rows]
        self.levels = [str(level) for _, level in rows]

    def add(self, counter: Counter[str], sign: int, start: int, end: int) -> None:
        """Add (sign 1) or take away (-1) those in [start, end) to `counter`, by level."""
        for at in range(bisect_left(self.times, start), bisect_left(self.times, end)):
            counter[self.levels[at]] += sign


def _near(moment: int, size: int) -> int:
    """The multiple of `size` nearest to `moment`."""
    return (moment + size // 2) // size * size


Part = tuple[int, int, int]  # (sign, from, to)
Part4 = tuple[int, int, int, int]  # (bin, sign, from, to)


def split(start: int, end: int, size: int) -> tuple[tuple[int, int] | None, list[Part]]:
    """[start, end) as a whole range of `size` units [a, b) (or None) and signed corrections
    (sign, from, to) not longer than half a unit each."""
    a, b = _near(start, size), _near(end, size)
    if a >= b:
        return None, [(1, start, end)]
    parts: list[Part] = []
    if start < a:
        parts.append((1, start, a))
    elif start > a:
        parts.append((-1, a, start))
    if end > b:
        parts.append((1, b, end))
    elif end < b:
        parts.append((-1, end, b))
    return (a, b), parts


def _hours(sign: int, start: int, end: int) -> tuple[list[Part], list[Part]]:
    """[start, end) as whole hours (sign, first, last + 1) and the rest as events (sign, from,
    to): at most a part of an hour at each end."""
    first = -(-start // HOUR_US)
    last = end // HOUR_US
    if first >= last:
        return [], [(sign, start, end)]
    raw = []
    if start < first * HOUR_US:
        raw.append((sign, start, first * HOUR_US))
    if last * HOUR_US < end:
        raw.append((sign, last * HOUR_US, end))
    return [(sign, first, last)], raw


def level_counts(
    conn: sqlite3.Connection, f: EventFilter, bins: Sequence[tuple[int, int]]
) -> list[Counter[str]]:
    """Events matching `f` (which has no search) by level, in each [start, end) of `bins`
    (microseconds, in order and not overlapping), from the summary tables."""
    found = level_counts_by_bin(conn, f, bins)
    return [found.get(i) or Counter() for i in range(len(bins))]


def level_counts_by_bin(
    conn: sqlite3.Connection, f: EventFilter, bins: Sequence[tuple[int, int]]
) -> dict[int, Counter[str]]:
    """`level_counts` of the bins that have events only, by their index in `bins` (a chart
    of five-minute bins has thousands, most of them empty)."""
    if f.search:
        raise ValueError("the summary cannot answer a free-text search")
    with one_moment(conn):
        return _level_counts(conn, f, bins)


def _level_counts(
    conn: sqlite3.Connection, f: EventFilter, bins: Sequence[tuple[int, int]]
) -> dict[int, Counter[str]]:
    facets, facet_params = facet_terms(f)
    facet_sql = "".join(f" AND {t}" for t in facets)
    day_parts: list[Part4] = []  # (bin, 1, first day, last day + 1)
    hour_parts: list[Part4] = []  # (bin, sign, first hour, last hour + 1)
    raw_parts: list[Part4] = []  # (bin, sign, from, to)
    since = None if f.since is None else to_us(f.since)
    until = None if f.until is None else to_us(f.until)
    for i, (start, end) in enumerate(bins):
        if since is not None and since > start:
            start = since
        if until is not None and until < end:
            end = until
        if start >= end:
            continue
        if end - start < 2 * HOUR_US and -(-start // HOUR_US) >= end // HOUR_US:
            # no whole hour in it (a chart's five-minute bin, say): its events, read
            raw_parts.append((i, 1, start, end))
            continue
        days, corrections = split(start, end, DAY_US)
        if days is not None:
            day_parts.append((i, 1, days[0] // DAY_US, days[1] // DAY_US))
        for sign, lo, hi in corrections:
            whole, rest = _hours(sign, lo, hi)
            hour_parts += [(i, s, a, b) for s, a, b in whole]
            raw_parts += [(i, s, a, b) for s, a, b in rest]
    out: defaultdict[int, Counter[str]] = defaultdict(Counter)
    _add(conn, out, day_parts, "event_days", "day", facet_sql, facet_params)
    _add(conn, out, hour_parts, "event_hours", "hour", facet_sql, facet_params)
    plus, plus_params = facet_terms(f, prefix="+")  # read along the time index
    _add(conn, out, raw_parts, "events", "time", "".join(f" AND {t}" for t in plus),
         plus_params, count="1")  # fmt: skip
    # the events above the mark: counted in neither table yet (those in the parts read from
    # the events above were counted there, as all events are)
    if day_parts or hour_parts:
        tail = _Tail(conn, f)
        if tail.times:
            for i, _, first, last in day_parts:
                tail.add(out[i], 1, first * DAY_US, last * DAY_US)
            for i, sign, first, last in hour_parts:
                tail.add(out[i], sign, first * HOUR_US, last * HOUR_US)
    for i, counter in list(out.items()):
        if not all(counter.values()):
            for level in [level for level, n in counter.items() if n == 0]:
                del counter[level]
            if not counter:
                del out[i]
    return dict(out)


def _add(
    conn: sqlite3.Connection,
    out: defaultdict[int, Counter[str]],
    parts: list[Part4],
    table: str,
    column: str,
    facet_sql: str,
    params: list[object],
    *,
    count: str = "n",
) -> None:
    """Add (sign 1) or take away (-1) what `table` counts (its rows' `count`) by level in each
    part's [from, to) of `column` to the part's bin: one statement, which seeks each part along
    the column's index and sums by bin and level (no row per part comes back to Python)."""
    if not parts:
        return
    rows = conn.execute(
        "SELECT json_extract(p.value, '$[0]'), level, "
        f"sum(json_extract(p.value, '$[1]') * {count}) "
        f"FROM json_each(?) AS p CROSS JOIN {table} "  # the parts outside: a seek each
        f"WHERE {column} >= json_extract(p.value, '$[2]') "
        f"AND {column} < json_extract(p.value, '$[3]'){facet_sql} GROUP BY 1, 2",
        [json.dumps(parts, separators=(",", ":")), *params],
    ).fetchall()
    for i, level, n in rows:
        out[int(i)][str(level)] += int(n)
