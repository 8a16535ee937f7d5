"""Listing, in steps, the events written before `events_nul` existed whose text holds a NUL.

Schema version 6 (app.storage.schema) lists every new such event by trigger, and leaves the
older ones to this: `events_nul_scan.pending` is the newest event id not yet looked at. Each
step looks at the STEP_IDS ids below it, newest first, and lists and moves the mark in one
transaction: a step interrupted anywhere (a crash, a full disk, the store closing) leaves
both as they were, and the next one starts there again. Listing an id twice is harmless
(`INSERT OR IGNORE`), so a step repeated over the same ids changes nothing.

Until the mark reaches 0, a search treats every event up to it as if listed (see
app.storage.filters): slower for those, never a missed event.
"""

from __future__ import annotations

import sqlite3

STEP_IDS = 20_000  # ids one step looks at (a rowid range: about 10-20 ms for typical events)
# The newest event id not yet looked at (0: every event is).
PENDING = "(SELECT pending FROM events_nul_scan)"


def pending(conn: sqlite3.Connection) -> int:
    return int(conn.execute(f"SELECT {PENDING}").fetchone()[0])


def step(conn: sqlite3.Connection, ids: int | None = None) -> bool:
    """List the events with a NUL among the next `ids` (STEP_IDS) ids below the mark and move
    it, in the caller's transaction; whether more remain."""
    top = pending(conn)
    if top <= 0:
        return False
    low = max(top - (STEP_IDS if ids is None else ids), 0)
    conn.execute(
        "INSERT OR IGNORE INTO events_nul (id) SELECT id FROM events WHERE id > ? AND id <= ? "
        "AND (instr(summary, char(0)) > 0 OR instr(text, char(0)) > 0 "
        "OR instr(source, char(0)) > 0)",
        (low, top),
    )
    conn.execute("UPDATE events_nul_scan SET pending = ?", (low,))
    return low > 0
