"""Tamper evidence: notice when the event log changes underneath the guard.

The guard's own writing connection keeps a ledger in TEMP tables, filled by TEMP triggers: a
temporary trigger fires only for statements on the connection that created it, so the ledger
counts exactly the guard's own deletions of events and outbox items and the cursors it set.
The guard's own inserts of events are counted by the store itself (EventStore, as each commit
that holds them succeeds), the one thing it writes on every append: a trigger there cost each
append an update of the TEMP ledger, some 3 % of it. Any other difference between the file
and the ledger was made by someone else (another program, a person with the sqlite3 shell):
deleted events, a sink's cursor moved backwards or forwards, outbox items removed. A file
deleted or swapped for another shows as a new device/inode. None of this stops a determined
local administrator; it makes the change visible to the SIEM, where the person cannot reach.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

LEDGER = (
    "CREATE TEMP TABLE IF NOT EXISTS pg_ledger "
    "(inserted INTEGER NOT NULL, deleted INTEGER NOT NULL)",
    "INSERT INTO temp.pg_ledger SELECT 0, 0 WHERE NOT EXISTS (SELECT 1 FROM temp.pg_ledger)",
    # inside a trigger's body names cannot be qualified: the temp schema is searched first
    "CREATE TEMP TABLE IF NOT EXISTS pg_outbox (sink TEXT PRIMARY KEY, delta INTEGER NOT NULL)",
    "CREATE TEMP TABLE IF NOT EXISTS pg_cursors (sink TEXT PRIMARY KEY, cursor INTEGER NOT NULL)",
    "CREATE TEMP TRIGGER IF NOT EXISTS pg_event_out AFTER DELETE ON main.events "
    "BEGIN UPDATE pg_ledger SET deleted = deleted + 1; END",
    "CREATE TEMP TRIGGER IF NOT EXISTS pg_outbox_in AFTER INSERT ON main.outbox BEGIN "
    "INSERT INTO pg_outbox VALUES (NEW.sink, 1) "
    "ON CONFLICT(sink) DO UPDATE SET delta = delta + 1; END",
    "CREATE TEMP TRIGGER IF NOT EXISTS pg_outbox_out AFTER DELETE ON main.outbox BEGIN "
    "INSERT INTO pg_outbox VALUES (OLD.sink, -1) "
    "ON CONFLICT(sink) DO UPDATE SET delta = delta - 1; END",
    "CREATE TEMP TRIGGER IF NOT EXISTS pg_cursor_new AFTER INSERT ON main.sinks BEGIN "
    "INSERT OR REPLACE INTO pg_cursors VALUES (NEW.name, NEW.cursor); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS pg_cursor_set AFTER UPDATE OF cursor ON main.sinks BEGIN "
    "INSERT OR REPLACE INTO pg_cursors VALUES (NEW.name, NEW.cursor); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS pg_cursor_gone AFTER DELETE ON main.sinks BEGIN "
    "DELETE FROM pg_cursors WHERE sink = OLD.name; END",
)


def install_ledger(conn: sqlite3.Connection) -> None:
    """Start counting this connection's own changes (once per connection)."""
    for statement in LEDGER:
        conn.execute(statement)


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the database file; None when it is gone."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    return info.st_dev, info.st_ino


@dataclass
class Baseline:
    """What the file held at the last check, less the guard's own changes since."""

    events: int  # events in the file minus the ledger's inserted + deleted
    outbox: dict[str, int] = field(default_factory=dict)  # per sink, minus the ledger's delta


@dataclass
class Reading:
    events: int
    inserted: int
    deleted: int
    outbox: dict[str, int]
    outbox_delta: dict[str, int]
    cursors: dict[str, int]  # in the file
    cursors_set: dict[str, int]  # what the guard itself last wrote

    def baseline(self) -> Baseline:
        return Baseline(
            self.events - self.inserted + self.deleted,
            {s: n - self.outbox_delta.get(s, 0) for s, n in self.outbox.items()},
        )


def read(conn: sqlite3.Connection, inserted: int) -> Reading:
    """The file and the ledger, in one read transaction (run under the store's write lock);
    `inserted`: the events this connection inserted, in commits that succeeded."""
    events = int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
    (deleted,) = conn.execute("SELECT deleted FROM temp.pg_ledger").fetchone()
    outbox = dict(conn.execute("SELECT sink, count(*) FROM outbox GROUP BY sink").fetchall())
    sinks = dict(conn.execute("SELECT name, cursor FROM sinks").fetchall())
    for name in sinks:
        outbox.setdefault(name, 0)
    return Reading(
        events=events,
        inserted=int(inserted),
        deleted=int(deleted),
        outbox={str(k): int(v) for k, v in outbox.items()},
        outbox_delta={
            str(k): int(v) for k, v in conn.execute("SELECT sink, delta FROM temp.pg_outbox")
        },
        cursors={str(k): int(v) for k, v in sinks.items()},
        cursors_set={
            str(k): int(v) for k, v in conn.execute("SELECT sink, cursor FROM temp.pg_cursors")
        },
    )


def findings(before: Baseline, now: Reading) -> list[tuple[str, dict[str, object]]]:
    """What changed that the guard did not do: (sentence, details) each."""
    out: list[tuple[str, dict[str, object]]] = []
    after = now.baseline()
    if after.events < before.events:
        missing = before.events - after.events
        what = "1 event was" if missing == 1 else f"{missing} events were"
        out.append((f"{what} deleted from the event log outside PasteGuard.",
                    {"change": "events_deleted", "count": missing}))  # fmt: skip
    for sink, cursor in now.cursors.items():
        mine = now.cursors_set.get(sink)
        if mine is not None and cursor != mine:
            way = "backwards" if cursor < mine else "forwards, skipping events"
            out.append((f"The forwarding position of {sink} was moved {way} outside PasteGuard.",
                        {"change": "cursor_moved", "sink": sink, "expected": mine,
                         "found": cursor}))  # fmt: skip
    for sink, count in after.outbox.items():
        expected = before.outbox.get(sink)
        if expected is not None and count < expected:
            gone = expected - count
            what = "1 event" if gone == 1 else f"{gone} events"
            verb = "was" if gone == 1 else "were"
            out.append((f"{what} waiting for {sink} {verb} removed from the "
                        "outbox outside PasteGuard.",
                        {"change": "outbox_removed", "sink": sink,
                         "count": expected - count}))  # fmt: skip
    return out
