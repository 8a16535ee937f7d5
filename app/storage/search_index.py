"""The free-text search index (`events_fts`), kept in step with `events` by the store's writes.

The index trails the log: `insert_event` writes the event alone, and `catch_up` indexes the
events above the `search_state.indexed` mark, a batch (INDEX_BATCH) at a time: when the
guard's worker is idle and half a batch waits (EventStore.index_when_idle, a batch per idle
round), and when the store closes (all of them). Only a burst with no idle moment that leaves
INDEX_LAG events unindexed has its appends index a batch (one append in INDEX_BATCH then pays
for it), so the appends of a burst up to that long never do. Indexing events one
transaction at a time cost FTS5 a new index segment per event, six times the rest of an
append; a batch costs one. What the index does not hold yet is the newest events, and a
search reads those directly (app.storage.filters.source), so a search never misses an event;
INDEX_LAG bounds what that costs (some 20 to 40 ms on this machine, loaded, for 10,000).

Triggers cannot do it: the store opens its file with `trusted_schema = OFF`, under which
SQLite refuses triggers that write to a virtual table (a tampered file could otherwise make
them run). So every insert and delete of events goes through here, in the same transaction.

Deleting from an FTS5 index normally leaves the old entries in place under a delete marker
until segments are merged. Where SQLite offers it (3.44 and later) the index is switched to
`secure-delete`, which removes them at once; on older SQLite the store merges the index into
one segment after deleting events (`purge_step`, in short steps), so their text leaves no
trace in it.
"""

from __future__ import annotations

import sqlite3

from app.storage.rows import APPEND_EVENT, Row

COLUMNS = "summary, text, source, rules"  # app.storage.filters.SEARCHED_COLUMNS
SECURE_DELETE = sqlite3.sqlite_version_info >= (3, 44, 0)
PURGE_PAGES = 100  # index pages one purge step merges (tens of ms)
INDEX_BATCH = 2000  # events one catch-up indexes (about 16 ms, at once; idle at half of it)
# events left unindexed before an append indexes a batch of them: in a burst with no idle
# moment, the first INDEX_LAG appends never wait for the index (nor the summary's counts)
INDEX_LAG = 5 * INDEX_BATCH
# The newest event id the index covers: every event up to it is indexed, none above it.
INDEXED = "(SELECT indexed FROM search_state)"


def insert_event(conn: sqlite3.Connection, row: Row) -> int:
    """Insert an `events` row (app.storage.rows.event_row); its id. `catch_up` indexes it."""
    return int(conn.execute(APPEND_EVENT, row).lastrowid or 0)


def indexed(conn: sqlite3.Connection) -> int:
    """The newest event id the index covers."""
    return int(conn.execute(f"SELECT {INDEXED}").fetchone()[0])


def catch_up(conn: sqlite3.Connection, ids: int | None = None) -> int:
    """Index every event above the mark (only the next `ids` ids when given), in one
    statement; the new mark."""
    newest = int(conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0])
    mark = indexed(conn)
    if ids is not None:
        newest = min(newest, mark + max(1, ids))
    if newest > mark:
        conn.execute(
            f"INSERT INTO events_fts (rowid, {COLUMNS}) "
            f"SELECT id, {COLUMNS} FROM events WHERE id > ? AND id <= ? ORDER BY id",
            (mark, newest),
        )
        conn.execute("UPDATE search_state SET indexed = ?", (newest,))
    return max(newest, mark)


def delete_events(conn: sqlite3.Connection, condition: str, params: list[object]) -> int:
    """`DELETE FROM events WHERE {condition}`, taking the indexed ones out of the index first
    (FTS5 must never be told to delete a row it does not hold); how many."""
    conn.execute(
        f"INSERT INTO events_fts (events_fts, rowid, {COLUMNS}) "
        f"SELECT 'delete', id, {COLUMNS} FROM events WHERE ({condition}) AND id <= {INDEXED}",
        params,
    )
    return int(conn.execute(f"DELETE FROM events WHERE {condition}", params).rowcount)


def update_event(
    conn: sqlite3.Connection, event_id: int, assignments: str, params: list[object]
) -> int:
    """`UPDATE events SET {assignments} WHERE id = ?`, keeping an indexed event's entry in the
    index in step (out with its old words, in with its new ones); how many (0 or 1)."""
    conn.execute(
        f"INSERT INTO events_fts (events_fts, rowid, {COLUMNS}) "
        f"SELECT 'delete', id, {COLUMNS} FROM events WHERE id = ? AND id <= {INDEXED}",
        (event_id,),
    )
    changed = int(
        conn.execute(f"UPDATE events SET {assignments} WHERE id = ?", [*params, event_id]).rowcount
    )
    conn.execute(
        f"INSERT INTO events_fts (rowid, {COLUMNS}) "
        f"SELECT id, {COLUMNS} FROM events WHERE id = ? AND id <= {INDEXED}",
        (event_id,),
    )
    return changed


def delete_all_events(conn: sqlite3.Connection) -> int:
    """Every event, and the whole index at once."""
    conn.execute("INSERT INTO events_fts (events_fts) VALUES ('delete-all')")
    return int(conn.execute("DELETE FROM events").rowcount)


def use_secure_delete(conn: sqlite3.Connection) -> None:
    """Switch the index to removing deleted entries at once, where SQLite can (a setting kept
    in the file; written only when it changes)."""
    if not SECURE_DELETE:
        return
    row = conn.execute("SELECT v FROM events_fts_config WHERE k = 'secure-delete'").fetchone()
    if row is None or row[0] != 1:
        conn.execute("INSERT INTO events_fts (events_fts, rank) VALUES ('secure-delete', 1)")


def purge_step(conn: sqlite3.Connection) -> bool:
    """Without secure-delete: merge up to PURGE_PAGES pages of the index towards a single
    segment, which holds no entries of deleted events (with `secure_delete` on, the pages
    they were in are zeroed); whether more steps are needed. Each step is short, so the
    store can take one at a time and let the guard write in between."""
    if SECURE_DELETE or segments(conn) <= 1:
        return False
    conn.execute("INSERT INTO events_fts (events_fts, rank) VALUES ('merge', ?)", (-PURGE_PAGES,))
    return segments(conn) > 1


def segments(conn: sqlite3.Connection) -> int:
    """How many segments the index has, from its structure record (FTS5's file format: a
    4-byte cookie, an optional version-2 marker, then varints nLevel and nSegment)."""
    row = conn.execute("SELECT block FROM events_fts_data WHERE id = 10").fetchone()
    if row is None:
        return 0
    block: bytes = row[0]
    at = 8 if block[4:8] == b"\xff\x00\x00\x01" else 4
    _levels, at = _varint(block, at)
    count, _ = _varint(block, at)
    return count


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for _ in range(9):
        byte = data[at]
        at += 1
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            break
    return value, at
