"""The viewer's reads, planned so a page costs the same among a thousand or a million events.

A filter on level, kind or target is answered one facet combination at a time: the `facets`
table lists every (level, kind, target) that occurs, and the `events_facets` index holds each
combination's events in time order. Each combination then yields at most one page of keys,
read from the index alone, and the page is the newest of those. A combination that matches
nothing costs one index seek, however many events the other ones hold; that is what a single
`level IN (...) AND kind IN (...)` query cannot promise (SQLite would walk every event of one
of the columns, or sort them all). Without such a filter, or with a free-text search, the
events are walked along the time index instead.

A free-text search is narrowed by the trigram index (app.storage.filters.source), which
costs in proportion to the events that contain the string: little for a rare string, much for
a word on every event. A page of a search therefore first scans the SEARCH_WINDOW events
next in line, which a common word fills at once, and asks the index only when that window
holds less than a page.
"""

from __future__ import annotations

import heapq
import json
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from app.storage import summary, templates
from app.storage.filters import (
    EventFilter,
    facet_terms,
    index_query,
    source,
    time_terms,
    where,
)
from app.storage.rows import DAY_US, from_us, to_us

SEARCH_WINDOW = 10_000  # events a search page scans directly before it asks the index
COMMON_SHARE = 0.1  # a search string on more of those is counted by a scan, not the index
STEP_EVENTS = 20_000  # events one step of a common word's chart reads at most (about 10 ms)
MAX_BRANCHES = 300  # more combinations than this (odd targets?): walk the time index instead
_CHUNK = 100  # branches per compound SELECT (SQLite allows 500)
_BRANCH = "level = ? AND kind = ? AND target IS ?"

Key = tuple[int, int]  # (time, id): the order of pages
Row = tuple[Any, ...]


def _combinations(
    conn: sqlite3.Connection, f: EventFilter, *, always: bool = False
) -> list[Row] | None:
    """The (level, kind, target) combinations `f` allows, or None to walk the time index
    (a free-text search, no filter on them unless `always`, or too many)."""
    if f.search or not (always or f.has_facets):
        return None
    terms, params = facet_terms(f)
    condition = " WHERE " + " AND ".join(terms) if terms else ""
    rows = conn.execute("SELECT level, kind, target FROM facets" + condition, params).fetchall()
    return None if len(rows) > MAX_BRANCHES else rows


def _time_sql(f: EventFilter) -> tuple[str, list[object]]:
    terms, params = time_terms(f)
    return "".join(f" AND {t}" for t in terms), params


def _union(
    conn: sqlite3.Connection, branch_sql: str, combos: Sequence[Row], tail: list[object]
) -> list[Row]:
    """Run `branch_sql` (its first parameters: a combination's level, kind, target; then
    `tail`) for every combination, as few compound SELECTs."""
    out: list[Row] = []
    for start in range(0, len(combos), _CHUNK):
        chunk = combos[start : start + _CHUNK]
        sql = " UNION ALL ".join([f"SELECT * FROM ({branch_sql})"] * len(chunk))
        params: list[object] = []
        for combo in chunk:
            params += [*combo, *tail]
        out += conn.execute(sql, params).fetchall()
    return out


def page(
    conn: sqlite3.Connection,
    f: EventFilter,
    limit: int,
    columns: str,
    *,
    descending: bool,
    after: Key | None = None,
    inclusive: bool = False,
) -> list[Row]:
    """Rows of `SELECT {columns}` (the first column must be `id`) for at most `limit` events
    matching `f`, in (time, id) order, each after `after` in that order (or equal to it when
    `inclusive`)."""
    order = "DESC" if descending else "ASC"
    beyond = "<" if descending else ">"
    key_sql = ""
    key_params: list[object] = []
    if after is not None:
        # `time <= ?` on its own is what lets SQLite seek its index to the key.
        id_test = beyond + ("=" if inclusive else "")
        key_sql = f" AND time {beyond}= ? AND (time {beyond} ? OR id {id_test} ?)"
        key_params = [after[0], after[0], after[1]]
    combos = _combinations(conn, f)
    if combos is None:
        if descending and index_query(f) is not None:
            rows = _search_window(conn, f, limit, columns, after, key_sql, key_params)
            if rows is not None:
                return rows
        events, source_params = source(f)
        condition, params = where(f, facet_prefix="+")
        return conn.execute(
            f"SELECT {columns} FROM {events} WHERE {condition}{key_sql} "
            f"ORDER BY time {order}, id {order} LIMIT ?",
            [*source_params, *params, *key_params, limit],
        ).fetchall()
    if not combos:
        return []
    time_sql, time_params = _time_sql(f)
    keys: list[Key] = _union(
        conn,
        f"SELECT time, id FROM events WHERE {_BRANCH}{time_sql}{key_sql} "
        f"ORDER BY time {order}, id {order} LIMIT ?",
        combos,
        [*time_params, *key_params, limit],
    )
    chosen = (heapq.nlargest if descending else heapq.nsmallest)(limit, keys)
    ids = [event_id for _, event_id in chosen]
    by_id = {
        row[0]: row
        for row in conn.execute(
            f"SELECT {columns} FROM events WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(ids)],
        )
    }
    return [by_id[i] for i in ids if i in by_id]


def _search_window(
    conn: sqlite3.Connection,
    f: EventFilter,
    limit: int,
    columns: str,
    after: Key | None,
    key_sql: str,
    key_params: list[object],
) -> list[Row] | None:
    """A newest-first page of a search found among the SEARCH_WINDOW events from `after` on,
    scanned without the index; None when they hold less than a page (ask the index then).

    Exact: every event outside the window is older than every event inside it.
    """
    anchor_sql, anchor_params = ("", []) if after is None else (" WHERE time <= ?", [after[0]])
    edge = conn.execute(
        f"SELECT time FROM events{anchor_sql} ORDER BY time DESC LIMIT 1 OFFSET ?",
        [*anchor_params, SEARCH_WINDOW],
    ).fetchone()
    window_sql, window_params = ("", []) if edge is None else (" AND time >= ?", [edge[0]])
    condition, params = where(f, facet_prefix="+")
    rows = conn.execute(
        f"SELECT {columns} FROM events WHERE {condition}{window_sql}{key_sql} "
        "ORDER BY time DESC, id DESC LIMIT ?",
        [*params, *window_params, *key_params, limit],
    ).fetchall()
    return rows if edge is None or len(rows) >= limit else None


def common(conn: sqlite3.Connection, f: EventFilter) -> bool:
    """Whether `f`'s search string is on more than COMMON_SHARE of the SEARCH_WINDOW newest
    events. Then counting by the index (which lists every candidate first) costs more than
    one pass over all events, so counts scan instead. The string alone decides, whatever
    else `f` asks: the index's candidates are the string's, and a level or a period that
    few of them have makes them no fewer."""
    return _window(conn, f)[0]


def _window(conn: sqlite3.Connection, f: EventFilter) -> tuple[bool, int]:
    """Whether `f`'s search is common (see `common`), and how many of the SEARCH_WINDOW
    newest events match all of `f` (0 when there is no such window), in one pass. A string
    the index cannot narrow (short, beyond ASCII, a NUL) is read in a scan whatever this
    says; common, its chart is still counted in steps, newest first."""
    if not f.search:
        return False, 0
    edge = conn.execute(
        "SELECT time FROM events ORDER BY time DESC LIMIT 1 OFFSET ?", [SEARCH_WINDOW]
    ).fetchone()
    if edge is None:
        return False, 0  # a small log: either way is quick
    condition, params = where(EventFilter(search=f.search))
    rest, rest_params = where(replace(f, search=None), facet_prefix="+")
    word, matching = conn.execute(
        f"SELECT count(*), count(*) FILTER (WHERE {rest}) FROM events "
        f"WHERE {condition} AND time >= ?",
        [*rest_params, *params, edge[0]],
    ).fetchone()
    return int(word) > SEARCH_WINDOW * COMMON_SHARE, int(matching)


def count(conn: sqlite3.Connection, f: EventFilter, *, at_most: int | None = None) -> int:
    """How many events match `f`; with `at_most`, a search stops counting past it (and
    answers at_most + 1): a word on every event would otherwise cost a pass over all."""
    return count_planned(conn, f, at_most=at_most)[0]


def count_planned(
    conn: sqlite3.Connection, f: EventFilter, *, at_most: int | None = None
) -> tuple[int, bool]:
    """`count`, and what `common` answers for `f` (found on the way: the next reads of the
    same filter can skip asking)."""
    if not f.search:
        return sum(summary.level_counts(conn, f, [summary.EVER])[0].values()), False
    is_common, newest = _window(conn, f)
    if at_most is not None and newest > at_most:  # the newest events alone are more
        return at_most + 1, is_common
    return _count(conn, f, at_most, is_common), is_common


def _count(conn: sqlite3.Connection, f: EventFilter, at_most: int | None, is_common: bool) -> int:
    indexed = not is_common
    events, source_params = source(f, indexed=indexed)
    # "+": walking the time index newest first, not the facets index (whose every match
    # would be sorted by time before the first could be counted)
    condition, params = where(f, facet_prefix="" if indexed else "+")
    if at_most is None:
        row = conn.execute(
            f"SELECT count(*) FROM {events} WHERE {condition}", [*source_params, *params]
        ).fetchone()
        return int(row[0])
    # newest first along the time index (a common word), or the index's candidates (rare)
    order = "" if indexed else " ORDER BY time DESC"
    row = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM {events} WHERE {condition}{order} LIMIT ?)",
        [*source_params, *params, at_most + 1],
    ).fetchone()
    return int(row[0])


def _summary_bins(
    conn: sqlite3.Connection, f: EventFilter, shift_us: int, bucket_us: int
) -> list[tuple[int, tuple[int, int]]]:
    """(bucket number, [start, end)) of every bucket from the first day with events matching
    `f` to the last (from the summary: no search)."""
    held = summary.day_range(conn, f)
    if held is None:
        return []
    start, end = held[0] * DAY_US, (held[1] + 1) * DAY_US
    if f.since is not None:
        start = max(start, to_us(f.since))
    if f.until is not None:
        end = min(end, to_us(f.until))
    if start >= end:
        return []
    first = (start + shift_us) // bucket_us
    last = (end - 1 + shift_us) // bucket_us
    return [
        (n, (n * bucket_us - shift_us, (n + 1) * bucket_us - shift_us))
        for n in range(first, last + 1)
    ]


def counts_by_day(
    conn: sqlite3.Connection,
    f: EventFilter,
    shift_us: int,
    bucket_us: int = DAY_US,
    *,
    is_common: bool | None = None,
) -> Counter[tuple[int, str]]:
    """Events per (bucket number, level): days (or `bucket_us` long buckets, e.g. hours)
    starting at midnight UTC + `shift_us`. `is_common`: what `common` answers, if known."""
    if not f.search:
        numbered = _summary_bins(conn, f, shift_us, bucket_us)
        found = summary.level_counts_by_bin(conn, f, [span for _, span in numbered])
        return Counter(
            {(numbered[i][0], level): k for i, levels in found.items()
             for level, k in levels.items()}
        )  # fmt: skip
    day = f"(time + {int(shift_us)}) / {int(bucket_us)}"  # integers: cheaper than date() per row
    if is_common is None:
        is_common = common(conn, f)
    events, source_params = source(f, indexed=not is_common)
    condition, params = where(f)
    rows = conn.execute(
        f"SELECT {day} AS day, level, count(*) FROM {events} WHERE {condition} GROUP BY level, day",
        [*source_params, *params],
    ).fetchall()
    totals: Counter[tuple[int, str]] = Counter()
    for number, level, n in rows:
        totals[(int(number), str(level))] += int(n)
    return totals


def earliest(
    conn: sqlite3.Connection, f: EventFilter, *, is_common: bool | None = None
) -> int | None:
    """The time of the oldest event matching `f` (microseconds), or None when none does.
    `is_common`: what `common` answers, if known."""
    combos = _combinations(conn, f)
    if combos is None:
        if f.search:  # a common word: the oldest events along the time index have it
            if is_common is None:
                is_common = common(conn, f)
            events, source_params = source(f, indexed=not is_common)
            condition, params = where(f, facet_prefix="+")  # not the facets index: unsorted
            row = conn.execute(
                f"SELECT time FROM {events} WHERE {condition} ORDER BY time LIMIT 1",
                [*source_params, *params],
            ).fetchone()
            return None if row is None else int(row[0])
        rows = page(conn, f, 1, "id, time", descending=False)
        return int(rows[0][1]) if rows else None
    if not combos:
        return None
    time_sql, time_params = _time_sql(f)
    found = _union(
        conn, f"SELECT min(time) FROM events WHERE {_BRANCH}{time_sql}", combos, time_params
    )
    times = [int(t) for (t,) in found if t is not None]
    return min(times) if times else None


def counts_in_bins(
    conn: sqlite3.Connection,
    f: EventFilter,
    first_us: int,
    width_us: int,
    count: int,
    *,
    is_common: bool | None = None,
) -> list[Counter[str]]:
    """Events matching `f` by level in each of `count` bins of `width_us` from `first_us`:
    from the summary tables, or for a free-text search by one pass over its matches in the
    bins' range."""
    bins = [(first_us + i * width_us, first_us + (i + 1) * width_us) for i in range(count)]
    if not f.search:
        return summary.level_counts(conn, f, bins)
    out: list[Counter[str]] = [Counter() for _ in bins]
    if not bins:
        return out
    since, until = from_us(bins[0][0]), from_us(bins[-1][1])
    bounded = replace(
        f,
        since=since if f.since is None else max(f.since, since),
        until=until if f.until is None else min(f.until, until),
    )
    if bounded.since is not None and bounded.until is not None and bounded.since >= bounded.until:
        return out
    by_day = counts_by_day(conn, bounded, -first_us, width_us, is_common=is_common)
    for (n, level), k in by_day.items():
        if 0 <= n < count:
            out[n][level] += k
    return out


Span = tuple[int, int, int]  # (bin, start, end): part of a bin, in microseconds


def chart_steps(
    conn: sqlite3.Connection, f: EventFilter, first_us: int, width_us: int, count: int
) -> list[Span]:
    """How to count a common word's matches in the bins of `counts_in_bins` a step at a time,
    newest first: the parts of bins that hold events (by the summary tables, which know how
    many each holds, whatever the search), each part with at most about STEP_EVENTS of them.

    Every match in the bins is in exactly one part (`span_counts` of each, added up, is what
    `counts_in_bins` answers), and each part is one short read: the viewer can draw the bars
    counted so far, and stop when a newer filter comes."""
    bins = [(first_us + i * width_us, first_us + (i + 1) * width_us) for i in range(count)]
    held = summary.level_counts(conn, replace(f, search=None), bins)
    steps: list[Span] = []
    for i in reversed(range(count)):
        events = sum(held[i].values())
        if not events:
            continue
        start, end = bins[i]
        parts = -(-events // STEP_EVENTS)
        edges = [start + (end - start) * k // parts for k in range(parts + 1)]
        steps += [(i, edges[k], edges[k + 1]) for k in reversed(range(parts))]
    return steps


def span_counts(conn: sqlite3.Connection, f: EventFilter, start: int, end: int) -> Counter[str]:
    """Events matching `f` by level in [start, end) (microseconds), each checked exactly,
    along the time index (a common word: nearly every event there matches)."""
    condition, params = where(f, facet_prefix="+")
    rows = conn.execute(
        f"SELECT level, count(*) FROM events WHERE time >= ? AND time < ? AND {condition} "
        "GROUP BY level",
        [start, end, *params],
    ).fetchall()
    return Counter({str(level): int(n) for level, n in rows})


def bin_from_templates(
    conn: sqlite3.Connection, f: EventFilter, start: int, end: int, matcher: templates.Matcher
) -> Counter[str] | None:
    """Events matching `f` by level in [start, end) when the UTC days nearest its ends are
    answered by app.storage.templates (the word is in every summary or rules there), give or
    take the events of at most half a day at each end, read as `span_counts` reads them (a
    local week from 23:00 UTC reads two hours, not a day); None when they are not."""
    if f.since is not None:
        start = max(start, to_us(f.since))
    if f.until is not None:
        end = min(end, to_us(f.until))
    if start >= end:
        return Counter()
    days, corrections = summary.split(start, end, DAY_US)
    if days is None:
        return None
    found = templates.day_counts(conn, f, days[0] // DAY_US, days[1] // DAY_US, matcher)
    if found is None:
        return None
    # [start, end) is clipped to f's period already: a correction that takes away the part
    # of a day outside it must find its events, so it is read without the period
    unclipped = replace(f, since=None, until=None)
    for sign, lo, hi in corrections:
        for level, n in span_counts(conn, unclipped, lo, hi).items():
            found[level] += sign * n
    return Counter({level: n for level, n in found.items() if n})
