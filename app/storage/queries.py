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
from typing import Any

from app.storage.filters import (
    EventFilter,
    facet_terms,
    index_query,
    source,
    time_terms,
    where,
)
from app.storage.rows import DAY_US

SEARCH_WINDOW = 10_000  # events a search page scans directly before it asks the index
COMMON_SHARE = 0.1  # a search string on more of those is counted by a scan, not the index
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


def _common(conn: sqlite3.Connection, f: EventFilter) -> bool:
    """Whether `f`'s search string is on more than COMMON_SHARE of the SEARCH_WINDOW newest
    events. Then counting by the index (which lists every candidate first) costs more than
    one pass over all events, so counts scan instead."""
    if index_query(f) is None:
        return False
    edge = conn.execute(
        "SELECT time FROM events ORDER BY time DESC LIMIT 1 OFFSET ?", [SEARCH_WINDOW]
    ).fetchone()
    if edge is None:
        return False  # a small log: either way is quick
    condition, params = where(f, facet_prefix="+")
    row = conn.execute(
        f"SELECT count(*) FROM events WHERE {condition} AND time >= ?", [*params, edge[0]]
    ).fetchone()
    return int(row[0]) > SEARCH_WINDOW * COMMON_SHARE


def count(conn: sqlite3.Connection, f: EventFilter) -> int:
    combos = _combinations(conn, f)
    if combos is None:
        events, source_params = source(f, indexed=not _common(conn, f))
        condition, params = where(f)
        row = conn.execute(
            f"SELECT count(*) FROM {events} WHERE {condition}", [*source_params, *params]
        ).fetchone()
        return int(row[0])
    time_sql, time_params = _time_sql(f)
    counts = _union(
        conn, f"SELECT count(*) FROM events WHERE {_BRANCH}{time_sql}", combos, time_params
    )
    return sum(int(n) for (n,) in counts)


def counts_by_day(
    conn: sqlite3.Connection, f: EventFilter, shift_us: int, bucket_us: int = DAY_US
) -> Counter[tuple[int, str]]:
    """Events per (bucket number, level): days (or `bucket_us` long buckets, e.g. hours)
    starting at midnight UTC + `shift_us`."""
    day = f"(time + {int(shift_us)}) / {int(bucket_us)}"  # integers: cheaper than date() per row
    # Every combination, even without a filter on them: each is counted from the index alone.
    combos = _combinations(conn, f, always=True)
    if combos is None:
        events, source_params = source(f, indexed=not _common(conn, f))
        condition, params = where(f)
        rows = conn.execute(
            f"SELECT {day} AS day, level, count(*) FROM {events} WHERE {condition} "
            "GROUP BY level, day",
            [*source_params, *params],
        ).fetchall()
    else:
        time_sql, time_params = _time_sql(f)
        rows = _union(
            conn,
            f"SELECT {day} AS day, level, count(*) FROM events WHERE {_BRANCH}{time_sql} "
            "GROUP BY day",
            combos,
            time_params,
        )
    totals: Counter[tuple[int, str]] = Counter()
    for number, level, n in rows:
        totals[(int(number), str(level))] += int(n)
    return totals
