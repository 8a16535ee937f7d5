"""The free-text search index (`events_fts`), kept in step with `events` by the store's writes.

Triggers cannot do it: the store opens its file with `trusted_schema = OFF`, under which
SQLite refuses triggers that write to a virtual table (a tampered file could otherwise make
them run). So every insert and delete of events goes through here, in the same transaction.

Deleting from an FTS5 index normally leaves the old entries in place under a delete marker
until segments are merged. Where SQLite offers it (3.44 and later) the index is switched to
`secure-delete`, which removes them at once; on older SQLite `purge` rewrites the index when a
person deletes events, so their text leaves no trace in it.
"""

from __future__ import annotations

import sqlite3

from app.storage.rows import INSERT_EVENT, Row

COLUMNS = "summary, text, source, rules"  # app.storage.filters.SEARCHED_COLUMNS
SECURE_DELETE = sqlite3.sqlite_version_info >= (3, 44, 0)


def insert_event(conn: sqlite3.Connection, row: Row) -> int:
    """Insert an `events` row (app.storage.rows.event_row) and index it; its id."""
    event_id = int(conn.execute(INSERT_EVENT, row).lastrowid or 0)
    conn.execute(
        f"INSERT INTO events_fts (rowid, {COLUMNS}) SELECT id, {COLUMNS} FROM events WHERE id = ?",
        (event_id,),
    )
    return event_id


def delete_events(conn: sqlite3.Connection, condition: str, params: list[object]) -> int:
    """`DELETE FROM events WHERE {condition}`, taking them out of the index first; how many."""
    conn.execute(
        f"INSERT INTO events_fts (events_fts, rowid, {COLUMNS}) "
        f"SELECT 'delete', id, {COLUMNS} FROM events WHERE {condition}",
        params,
    )
    return int(conn.execute(f"DELETE FROM events WHERE {condition}", params).rowcount)


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


def purge(conn: sqlite3.Connection) -> None:
    """Without secure-delete: merge the index into one segment, which drops the entries of
    deleted events (with `secure_delete` on, their old pages are zeroed)."""
    if not SECURE_DELETE:
        conn.execute("INSERT INTO events_fts (events_fts) VALUES ('optimize')")
