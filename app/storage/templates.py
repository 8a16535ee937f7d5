"""A common word's chart from the events per day by summary and rules, without reading events.

`event_templates` (schema version 7) counts the events of each UTC day by level, kind,
target, summary and rules. PasteGuard writes summaries and rule lists from few templates, so
a day holds a few dozen such rows whatever its events. The words a person searches the log
for first ("PowerShell", "clipboard", a rule id) are in those: when every row of a day (with
the filter's level, kind and target) has the word in its summary or rules, every event of
that day matches, and the rows' counts are the exact answer. A row without the word says
nothing about the event's text or source, so a day with one is read from the events, as
before; so is the part of a span that is not a whole UTC day.

A row is tested in Python exactly as app.storage.filters tests an event's column: an ASCII
string folds ASCII letters only (SQLite's LIKE), other text casefolds, over the whole text
(a NUL included).

New events are counted in by `catch_up`, in the batch and transaction that indexes them for
search (app.storage.search_index): the few newest above the `counted` mark are read from the
events, grouped the same way. The events written before version 7 are counted in by
`fill_step`, STEP_IDS ids at a time, newest first, each step in one transaction with its
`pending` mark; until that reaches 0 this answers nothing (the chart reads the events, as
before). Both statements group by the table's key, so a batch costs a few upserts.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import replace

from app.storage.filters import EventFilter, facet_terms
from app.storage.rows import DAY_US, storable

STEP_IDS = 5_000  # ids one fill step counts in (it holds the write lock: 20,000 took 135 ms loaded)
PENDING = "(SELECT pending FROM event_templates_fill)"
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def pending(conn: sqlite3.Connection) -> int:
    """The newest event id not yet counted in (0: every event is)."""
    return int(conn.execute(f"SELECT {PENDING}").fetchone()[0])


_GROUPED = (
    "INSERT INTO event_templates (day, level, kind, target, summary, rules, n) "
    f"SELECT time / {DAY_US}, level, kind, ifnull(target, char(0)), summary, rules, "
    "count(*) FROM events WHERE id > ? AND id <= ? GROUP BY 1, 2, 3, 4, 5, 6 "
    "ON CONFLICT DO UPDATE SET n = n + excluded.n"
)


def counted(conn: sqlite3.Connection) -> int:
    """The newest event id counted in."""
    return int(conn.execute("SELECT counted FROM event_templates_fill").fetchone()[0])


def catch_up(conn: sqlite3.Connection, ids: int | None = None) -> None:
    """Count every event above the `counted` mark in (only the next `ids` ids when given), in
    the caller's transaction."""
    newest = int(conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0])
    mark = counted(conn)
    if ids is not None:
        newest = min(newest, mark + max(1, ids))
    if newest > mark:
        conn.execute(_GROUPED, (mark, newest))
        conn.execute("UPDATE event_templates_fill SET counted = ?", (newest,))


def fill_step(conn: sqlite3.Connection, ids: int | None = None) -> bool:
    """Count the next `ids` (STEP_IDS) ids below the mark in and move it, in the caller's
    transaction; whether more remain."""
    top = pending(conn)
    if top <= 0:
        return False
    low = max(top - (STEP_IDS if ids is None else ids), 0)
    conn.execute(_GROUPED, (low, top))
    conn.execute("UPDATE event_templates_fill SET pending = ?", (low,))
    return low > 0


class Matcher:
    """Whether a stored text contains a search, as app.storage.filters.search_terms decides."""

    def __init__(self, search: str) -> None:
        needle = storable(search)
        self.ascii = needle.isascii()
        self.needle = needle.lower() if self.ascii else needle.casefold()
        self._seen: dict[str, bool] = {}

    def __call__(self, text: str) -> bool:
        found = self._seen.get(text)
        if found is None:
            folded = text.translate(_ASCII_LOWER) if self.ascii else text.casefold()
            found = self._seen[text] = self.needle in folded
        return found


def day_counts(
    conn: sqlite3.Connection, f: EventFilter, first_day: int, end_day: int, matcher: Matcher
) -> Counter[str] | None:
    """The events matching `f` (with a search, as `matcher` tests it) by level over the UTC
    days [first_day, end_day), or None when a row of those days lacks the word in its summary
    and rules (then only the events can tell) or not every event is counted in yet.
    `f`'s period is not applied here: the days are the caller's."""
    if first_day >= end_day:
        return Counter()
    if pending(conn) > 0:
        return None
    facets, params = facet_terms(replace(f, search=None))
    facet_sql = "".join(f" AND {t}" for t in facets)
    plus, plus_params = facet_terms(replace(f, search=None), prefix="+")
    plus_sql = "".join(f" AND {t}" for t in plus)
    out: Counter[str] = Counter()
    # one statement: the table and the events above its mark at one moment of the file
    for level, summary, rules, n in conn.execute(
        "SELECT level, summary, rules, sum(n) FROM event_templates WHERE day >= ? AND day < ?"
        f"{facet_sql} GROUP BY level, summary, rules UNION ALL "
        "SELECT level, summary, rules, count(*) FROM events NOT INDEXED "
        "WHERE id > (SELECT counted FROM event_templates_fill) AND +time >= ? AND +time < ?"
        f"{plus_sql} GROUP BY level, summary, rules",  # the few newest ids, by rowid: not
        # the facets index, which SQLite would walk whole for its order by level
        [first_day, end_day, *params, first_day * DAY_US, end_day * DAY_US, *plus_params],
    ):
        if not n:
            continue
        if not (matcher(str(summary)) or matcher(str(rules))):
            return None
        out[str(level)] += int(n)
    return out


Counted = list[tuple[str, str, str | None, int]]  # (level, kind, target, n) of a day


def covered_days(
    conn: sqlite3.Connection, matcher: Matcher, first_day: int, end_day: int, mark: int
) -> dict[int, Counted]:
    """The UTC days of [first_day, end_day) on which every event up to `mark` (an event id)
    matches (every row of the day holds the word in its summary or rules), each with its
    events by level, kind and target (None: no target); the other days are not listed.
    Nothing when the table does not cover every event up to `mark` exactly (not every old
    event counted in yet, or events above `mark` counted in: they are not the caller's).
    Run it inside the caller's read transaction, with its other reads of the moment."""
    if first_day >= end_day or pending(conn) > 0 or counted(conn) > mark:
        return {}
    rows = conn.execute(
        "SELECT day, level, kind, target, summary, rules, sum(n) FROM event_templates "
        "WHERE day >= ? AND day < ? GROUP BY day, level, kind, target, summary, rules "
        "UNION ALL "
        f"SELECT time / {DAY_US}, level, kind, ifnull(target, char(0)), summary, rules, "
        "count(*) FROM events NOT INDEXED WHERE id > (SELECT counted FROM event_templates_fill) "
        "AND id <= ? AND +time >= ? AND +time < ? GROUP BY 1, 2, 3, 4, 5, 6",
        [first_day, end_day, mark, first_day * DAY_US, end_day * DAY_US],
    ).fetchall()
    days: dict[int, Counted] = {}
    lacking: set[int] = set()
    for day, level, kind, target, summary, rules, n in rows:
        if not n or int(day) in lacking:
            continue
        if not (matcher(str(summary)) or matcher(str(rules))):
            lacking.add(int(day))
            days.pop(int(day), None)
            continue
        # the table's char(0) is an event's NULL target (app.storage.schema, version 4)
        days.setdefault(int(day), []).append(
            (str(level), str(kind), None if target == "\x00" else str(target), int(n))
        )
    return days
