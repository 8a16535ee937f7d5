"""The forwarding outbox: per-sink cursors into the event log, and the items in flight.

Appending an event writes nothing here. Each sink has a cursor, the last event id taken into
its outbox; `take` moves every newer event into `outbox` rows when the forwarder asks for work.
That keeps the guard's hot path at one row per event whatever the number of sinks, and events
written by another process (the command line's `restore`) are forwarded as well.
All functions run inside the caller's write transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from app.storage.rows import SELECT_COLUMNS


def _newest_event_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0])


def sinks(conn: sqlite3.Connection) -> list[str]:
    return [name for (name,) in conn.execute("SELECT name FROM sinks ORDER BY name")]


def set_sinks(conn: sqlite3.Connection, wanted: Sequence[str]) -> None:
    """Configure the sinks: a new one receives events appended from now on; a removed one's
    undelivered items are dropped, since nothing will deliver them."""
    current = set(sinks(conn))
    for name in current - set(wanted):
        conn.execute("DELETE FROM outbox WHERE sink = ?", (name,))
        conn.execute("DELETE FROM sinks WHERE name = ?", (name,))
    added = [name for name in wanted if name not in current]
    if added:
        newest = _newest_event_id(conn)
        conn.executemany(
            "INSERT INTO sinks (name, cursor) VALUES (?, ?)", [(n, newest) for n in added]
        )


def _cursor(conn: sqlite3.Connection, sink: str) -> int | None:
    row = conn.execute("SELECT cursor FROM sinks WHERE name = ?", (sink,)).fetchone()
    return None if row is None else int(row[0])


def size(conn: sqlite3.Connection, sink: str) -> int:
    """Undelivered events for `sink`: in its outbox, or newer than its cursor."""
    queued = int(conn.execute("SELECT count(*) FROM outbox WHERE sink = ?", (sink,)).fetchone()[0])
    cursor = _cursor(conn, sink)
    if cursor is None:
        return queued
    newer = conn.execute("SELECT count(*) FROM events WHERE id > ?", (cursor,)).fetchone()[0]
    return queued + int(newer)


def trim(conn: sqlite3.Connection, sink: str, limit: int) -> int:
    """Drop the oldest undelivered items beyond `limit` (leaving room for one more, the notice
    of the drop); how many were dropped."""
    if _cursor(conn, sink) is None:
        return 0
    total = size(conn, sink)
    if total <= limit:
        return 0
    excess = total - max(0, limit - 1)
    dropped = conn.execute(
        "DELETE FROM outbox WHERE id IN "
        "(SELECT id FROM outbox WHERE sink = ? ORDER BY event_id LIMIT ?)",
        (sink, excess),
    ).rowcount
    skip = excess - dropped
    if skip > 0:  # the rest from the events not yet taken: move the cursor past them
        conn.execute(
            "UPDATE sinks SET cursor = coalesce((SELECT id FROM events WHERE id > sinks.cursor "
            "ORDER BY id LIMIT 1 OFFSET ?), sinks.cursor) WHERE name = ?",
            (skip - 1, sink),
        )
    return excess


def take(conn: sqlite3.Connection, sink: str) -> None:
    """Queue for `sink` every event newer than its cursor."""
    cursor = _cursor(conn, sink)
    if cursor is None:
        return
    newest = _newest_event_id(conn)
    if newest <= cursor:
        return
    conn.execute(
        "INSERT INTO outbox (event_id, sink) SELECT id, ? FROM events WHERE id > ? ORDER BY id",
        (sink, cursor),
    )
    conn.execute("UPDATE sinks SET cursor = ? WHERE name = ?", (newest, sink))


def again(conn: sqlite3.Connection, event_id: int) -> list[str]:
    """Queue `event_id` once more for every sink that already took it (an event corrected
    after the fact): a sink that delivered it gets the corrected one too, a sink whose item is
    still waiting (or in flight: marking that done then deletes nothing) sends the corrected
    one with a clean retry schedule. Sinks whose cursor is below it take it in time anyway."""
    taken = [
        name for (name,) in conn.execute("SELECT name FROM sinks WHERE cursor >= ?", (event_id,))
    ]
    for name in taken:
        conn.execute("DELETE FROM outbox WHERE event_id = ? AND sink = ?", (event_id, name))
        conn.execute("INSERT INTO outbox (event_id, sink) VALUES (?, ?)", (event_id, name))
    return taken


def requeue(conn: sqlite3.Connection, sink: str, event_ids: Sequence[int]) -> int:
    """Queue these events for `sink` once more, due now: they were marked delivered, then the
    collector showed it never read them (plain syslog has no receipt). Kept in the file, so a
    guard stopped before that collector is back still sends them. Only events `sink` already
    took (at or below its cursor) and that still exist; how many were queued."""
    queued = 0
    for event_id in event_ids:
        conn.execute("DELETE FROM outbox WHERE event_id = ? AND sink = ?", (event_id, sink))
        queued += conn.execute(
            "INSERT INTO outbox (event_id, sink) SELECT e.id, s.name FROM events AS e, sinks AS s "
            "WHERE e.id = ? AND s.name = ? AND s.cursor >= e.id",
            (event_id, sink),
        ).rowcount
    return queued


# Evidence that something is wrong leaves before the backlog it may explain.
FIRST_KINDS = "'tampered', 'unclean_stop', 'policy_invalid'"
DUE_COLUMNS = "o.id, o.event_id, o.sink, o.attempts, " + ", ".join(
    f"e.{c.strip()}" for c in SELECT_COLUMNS.split(",")
)


def due(conn: sqlite3.Connection, sink: str, now_us: int, limit: int) -> list[tuple[Any, ...]]:
    """Items whose retry time has come, oldest event first, each with its event's columns."""
    rows = conn.execute(
        f"SELECT {DUE_COLUMNS} FROM outbox AS o JOIN events AS e ON e.id = o.event_id "
        "WHERE o.sink = ? AND o.next_attempt <= ? "
        f"ORDER BY e.kind NOT IN ({FIRST_KINDS}), o.event_id, o.id LIMIT ?",
        (sink, now_us, limit),
    ).fetchall()
    return [tuple(r) for r in rows]
