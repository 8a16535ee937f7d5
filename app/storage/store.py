"""The event store: PasteGuard's local log, quarantine and forwarding outbox in one SQLite file.

One `EventStore` per process; the guard's worker thread appends, the viewer and the command line
read and delete, possibly from another process at the same time (WAL mode). Faults of the
environment never reach the guard: a damaged file is moved aside and a new one started, and
while the file is full or locked, events wait in a bounded memory queue and are retried with
backoff. Programming errors (wrong types, wrong SQL) raise as usual.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple, TypeVar

from sqlite_utils import Database

from app.events import Event, EventKind, scrub_event, utc_now
from app.paths import database_path
from app.storage import (
    files,
    integrity,
    nul_scan,
    outbox,
    queries,
    schema,
    search_counts,
    search_index,
    summary,
    templates,
)
from app.storage.checkpointer import CHECKPOINT_EVENTS, Checkpointer
from app.storage.database import (
    empty_wal,
    lenient_text,
    open_database,
    open_reader,
    undecodable,
)
from app.storage.faults import Backoff, Fault, StoreUnavailable, classify, describe
from app.storage.filters import EventFilter
from app.storage.rows import (
    DAY_US,
    RECORD_JSON,
    SELECT_COLUMNS,
    TIME_INDEX,
    Row,
    ascii_json,
    event_from_row,
    event_row,
    from_us,
    storable,
    to_us,
)

__all__ = ["EventFilter", "EventStore", "OutboxItem", "QuarantineItem", "StoreUnavailable"]

log = logging.getLogger(__name__)
T = TypeVar("T")

WAL_IDLE_S = 5.0  # seconds without a write after which a grown WAL file is cut back
WAL_KEEP_BYTES = 16 * 1024 * 1024  # ... when larger than this (some four checkpoints of appends)
RECENT_KEPT = 1000  # latest events kept in memory, written again if the file disappears
DEFAULT_BUSY_TIMEOUT = 1.0  # seconds a write waits for another process before events queue
NO_RETENTION_DAYS = 36_500  # how long quarantine lasts when retention by age is off
_CHUNK = 500  # ids per statement, under the 999-parameter limit of older SQLite builds
# Retention deletes in short transactions, so the guard's appends, the tray and the viewer
# (and other processes) get the lock in between: each batch aims at this long.
RETENTION_BATCH_MS = 25.0
_RETENTION_FIRST_BATCH = 200
_RETENTION_MAX_BATCH = 10_000
_RETENTION_PAUSE_S = 0.001
KEPT_TALLIES = 2  # common words whose counts a store keeps in memory (some 100 KB each)
_MAX_PURGE_STEPS = 100_000  # a bound, never reached: 40 GB of index
ALL_EVENTS = EventFilter()


def _prune_facets(conn: sqlite3.Connection) -> None:
    """Forget (level, kind, target) combinations no event has any more (one seek each).
    (The summary's rows go with their last event: app.storage.schema, version 5.)"""
    conn.execute(
        "DELETE FROM facets WHERE NOT EXISTS (SELECT 1 FROM events AS e WHERE e.level = "
        "facets.level AND e.kind = facets.kind AND e.target IS facets.target)"
    )


@dataclass(frozen=True)
class QuarantineItem:
    """The original of a neutralised clipboard text, restorable until it expires."""

    id: int
    event_id: int
    text: str
    created: datetime
    expires: datetime


@dataclass(frozen=True)
class OutboxItem:
    """One event to deliver to one sink; `attempts` counts the failed deliveries so far."""

    id: int
    event_id: int
    sink: str
    attempts: int
    event: Event


MAIN_LANE = "main"
STATUS_LANE = "status"


def corrected_details(
    details: dict[str, Any], kind: str, action: str, was: dict[str, Any]
) -> dict[str, Any]:
    """The details of an event corrected from one of `kind`, `action` and details `was`:
    what it said (`corrects`) and which version it is now (`revision`). A version that was
    itself a correction passes on the versions before it (`corrects.earlier`: kind and
    revision, oldest first, the last EARLIER_KEPT), so that a SIEM that never received a
    middle version (it was corrected again before it was sent) can still leave out every
    version but the last."""
    revision = _whole(was.get("revision"))
    corrects: dict[str, Any] = {"kind": kind, "action": action}
    if revision:
        corrects["revision"] = revision
        before = was.get("corrects")
        if isinstance(before, dict) and isinstance(before.get("kind"), str):
            earlier = before.get("earlier")
            earlier = (
                [e for e in earlier if isinstance(e, dict)] if isinstance(earlier, list) else []
            )
            earlier.append({"kind": before["kind"], "revision": _whole(before.get("revision"))})
            corrects["earlier"] = earlier[-EARLIER_KEPT:]
    return {**details, "corrects": corrects, "revision": revision + 1}


EARLIER_KEPT = 64  # versions of one event named in its correction (30 s apart: half an hour)


def _whole(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def amended(was: Event, corrected: Event) -> Event:
    """Event `was` as `EventStore.amend(…, corrected, was=was)` leaves it: its kind, action,
    summary and details corrected, everything else as first written."""
    first, scrubbed = scrub_event(was), scrub_event(corrected)
    details = corrected_details(scrubbed.details, was.kind, was.action, was.details)
    return replace(first, kind=scrubbed.kind, action=scrubbed.action, summary=scrubbed.summary,
                   details=details)  # fmt: skip


def _json_object(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


class _Lane:
    """A reading connection and the lock that lets one read use it at a time."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.conn: sqlite3.Connection | None = None
        self.generation = -1

    def close(self) -> None:
        conn, self.conn = self.conn, None
        if conn is not None:
            try:
                conn.close()
            except sqlite3.Error as exc:
                log.warning("event store: closing a reader failed: %s", describe(exc))


class _Waiting(NamedTuple):
    """An event that could not be written yet, already converted (so a bad one raised early).
    (A named tuple: every append makes one, in a third of a frozen dataclass's time.)"""

    row: Row
    original: str | None  # to quarantine with it


class EventStore:
    """The events, quarantine and outbox of one data folder. Safe to share between threads."""

    def __init__(
        self,
        path: Path,
        *,
        retention_days: int,
        max_events: int,
        max_pending: int,
        max_outbox: int,
        clock: Callable[[], datetime],
        busy_timeout: float,
        verify: bool,
        repair: bool = True,
    ) -> None:
        """Use `EventStore.open`."""
        self.path = path
        self.retention_days = retention_days
        self.max_events = max(1, max_events)
        self.max_pending = max(1, max_pending)
        self.max_outbox = max(1, max_outbox)
        self._clock = clock
        self._busy_timeout = busy_timeout
        self._verify = verify
        self._repair = repair  # a damaged file is moved aside (False: left, unavailable)
        self._lock = threading.RLock()  # the writing connection and everything in memory
        self._db: Database | None = None
        self._generation = 0  # counts the writing connection's (re)openings
        # One reading connection per lane (see `reading_lane`), each with its lock, taken
        # without self._lock held, never inside it.
        self._lanes: dict[str, _Lane] = {MAIN_LANE: _Lane()}
        self._lanes_lock = threading.Lock()
        # a few common words' matches per hour, counted once (app.storage.search_counts)
        # (the writing connection's generation then, tally); the lock guards the dict and
        # every read that brings a kept tally up to date (two viewers may share the store)
        self._tallies: dict[str, tuple[int, search_counts.Tally]] = {}
        self._tallies_lock = threading.RLock()
        self._lane = threading.local()
        self._waiting: deque[_Waiting] = deque()
        self._dropped = 0  # waiting events dropped because the queue was full, not yet reported
        self._backoff = Backoff()
        self._fault: str | None = None  # why writing fails now
        self._notice: str | None = None  # what the person should know although writing works
        self._moved_aside: Path | None = None
        self._wanted_sinks: tuple[str, ...] | None = None  # None: keep what the file says
        self._sinks_synced = True
        self._journal_mode = ""
        self._closed = False
        # tamper evidence (app.storage.integrity): the file we opened, what it held at the
        # last check, and the latest events as written, to write again into a new file
        self._identity: tuple[int, int] | None = None
        self._baseline: integrity.Baseline | None = None
        # the ledger's count of this connection's own inserted events (app.storage.integrity):
        # those in commits that succeeded, and those of the transaction under way
        self._inserted = 0
        self._inserting = 0
        self._recent: deque[tuple[int, Row]] = deque(maxlen=RECENT_KEPT)
        self._indexed = 0  # the search index's mark, as last read or set by this connection
        self._newest = 0  # the newest event id this connection wrote, or found on opening
        self._unsynced = False  # a commit since the last `sync`
        # checkpoints run on a thread of their own (app.storage.checkpointer), every
        # CHECKPOINT_EVENTS events written
        self._checkpointer = Checkpointer(lambda: open_reader(self.path, busy_timeout=0.0))
        self._unchecked = 0  # events (and other writes) since the checkpointer was last poked
        # the WAL after a burst (`_trim_wal_when_idle`): when this connection last wrote, and
        # last looked at the WAL's size; settled: small since the last write
        self._written_at = time.monotonic()
        self._wal_looked = 0.0
        self._wal_settled = False

    # ------------------------------------------------------------------------------------------
    # Opening and closing
    # ------------------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        directory: Path,
        *,
        retention_days: int = 90,
        max_events: int = 1_000_000,
        max_pending: int = 10_000,
        max_outbox: int = 100_000,
        sinks: Sequence[str] | None = None,
        clock: Callable[[], datetime] = utc_now,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        verify: bool = True,
        repair: bool = True,
    ) -> EventStore:
        """The store in `directory` (created 0700), opened, checked and migrated.

        Never raises for the environment: when the file cannot be opened the store starts
        degraded (see `status`), keeps appended events in memory and tries again later.
        `sinks=None` keeps the forwarding targets the guard last set in this file (what the
        command line wants); a sequence replaces them (what the guard does).
        `verify` runs `PRAGMA quick_check` (about 0.7 s per million events).
        `retention_days < 1` turns retention by age off.
        `repair=False` (the command line's reading commands) leaves a damaged file as it is:
        the store is then unavailable (its reads raise StoreUnavailable) and the guard, which
        opens with `repair`, moves the file aside and starts a new one.
        """
        store = cls(
            database_path(Path(directory)),
            retention_days=retention_days,
            max_events=max_events,
            max_pending=max_pending,
            max_outbox=max_outbox,
            clock=clock,
            busy_timeout=busy_timeout,
            verify=verify,
            repair=repair,
        )
        with store._lock:
            if sinks is not None:
                store._wanted_sinks = tuple(dict.fromkeys(sinks))
                store._sinks_synced = False
            try:
                store._connect()
            except Exception as exc:
                if classify(exc) is None:
                    raise
                store._failed(exc)
            else:
                if store._waiting or not store._sinks_synced:
                    store._flush_locked()
        return store

    def close(self) -> None:
        """Write what waits if possible, then close the file. Closing twice is harmless."""
        with self._lock:
            if self._closed:
                return
            if self._waiting or self._dropped:
                self._flush_locked()
            self._catch_up_index()
            if self._waiting:
                log.warning("event store closed with %d unwritten events", len(self._waiting))
            self._closed = True
        self._checkpointer.stop()
        for lane in self._all_lanes():
            with lane.lock:
                lane.close()
        with self._lock:
            self._final_checkpoint()
            self._disconnect()

    def _final_checkpoint(self) -> None:
        """Copy the WAL into the database and sync both, so everything written survives a
        power cut from now on. SQLite does it too when the last connection closes, but not
        while another (the viewer, another process) still reads the file."""
        if self._db is None:
            return
        try:
            self._db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except Exception as exc:
            if classify(exc) is None:
                raise
            log.warning("event store: the last checkpoint failed: %s", describe(exc))

    def __enter__(self) -> EventStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _connect(self) -> None:
        """Open the file; move it aside and start a new one when it is damaged."""
        # the file this store opened before, whose readers and checkpointer may be open still
        reopening = self._identity is not None and (
            integrity.file_identity(self.path) == self._identity
        )
        try:
            self._db, self._journal_mode = open_database(
                self.path,
                busy_timeout=self._busy_timeout,
                verify=self._verify,
                reopening=reopening,
            )
        except Exception as exc:
            if classify(exc) is not Fault.CORRUPT or not self._repair:
                raise
            self._recover(exc)
        self._watch_file()
        self._generation += 1
        self._checkpointer.reconnect()
        # A new connection may have met a new file (moved aside by another process, say).
        self._sinks_synced = self._wanted_sinks is None

    def _watch_file(self) -> None:
        """Start the ledger of this connection's own changes, and remember which file it is."""
        if self._db is not None:
            integrity.install_ledger(self._db.conn)
            self._inserted = 0  # the ledger's count of inserts starts with the connection
            self._indexed = search_index.indexed(self._db.conn)
            # events a crash (or another program) left unindexed and not counted in are
            # taken by the first idle batch (`index_when_idle`), not left for the next
            self._newest = int(
                self._db.conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
            )
        self._identity = integrity.file_identity(self.path)
        self._baseline = None

    def _disconnect(self) -> None:
        db, self._db = self._db, None
        if db is not None:
            try:
                db.close()
            except sqlite3.Error as exc:  # closing a connection to a lost file
                log.warning("event store: closing the database failed: %s", describe(exc))

    def _recover(self, exc: BaseException) -> None:
        """Move the damaged file aside, start a new one and record why, as the first event."""
        self._disconnect()
        moved = files.move_aside(self.path, "corrupt", self._clock())
        reason = describe(exc)
        self._moved_aside = moved
        self._notice = (
            f"the event database was damaged ({reason}); it was moved aside to {moved.name} "
            "and a new one was started"
        )
        log.error("event store: %s", self._notice)
        self._db, self._journal_mode = open_database(
            self.path, busy_timeout=self._busy_timeout, verify=self._verify
        )
        self._watch_file()
        self._generation += 1
        self._checkpointer.reconnect()
        notice = self._error_event(
            f"The event database was damaged and was moved aside to {moved.name}; "
            "a new one was started.",
            error=reason,
            moved_to=str(moved),
        )
        # the latest events the damaged file held are still in memory: write them again
        again = [_Waiting(row, None) for _, row in self._recent]
        self._recent.clear()
        self._waiting.extendleft(reversed([_Waiting(event_row(notice), None), *again]))

    def _require_db(self) -> Database:
        if self._closed:
            raise RuntimeError("the event store is closed")
        if self._db is None:
            self._connect()
        assert self._db is not None
        return self._db

    # ------------------------------------------------------------------------------------------
    # Writing
    # ------------------------------------------------------------------------------------------

    def _transaction(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run `work` in one write transaction (sinks are brought up to date first)."""
        db = self._require_db()
        conn = db.conn
        entered = self._checkpointer.enter()  # waits while it starts the WAL over (HOLD_S)
        try:
            # IMMEDIATE: wait for the write lock now (busy_timeout) rather than fail mid-way.
            conn.execute("BEGIN IMMEDIATE")
            self._inserting = 0  # events `work` inserts (`_insert`): counted once committed
            try:
                if not self._sinks_synced and self._wanted_sinks is not None:
                    outbox.set_sinks(conn, self._wanted_sinks)
                result = work(conn)
                conn.execute("COMMIT")
            except BaseException:
                self._inserting = 0
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            self._inserted += self._inserting
            self._inserting = 0
        finally:
            self._checkpointer.leave(entered)
        self._sinks_synced = True
        self._committed()
        return result

    def _committed(self) -> None:
        """After each commit: what `sync`, the WAL's trim and the checkpointer go by."""
        self._unsynced = True
        self._written_at = time.monotonic()
        self._wal_settled = False
        self._unchecked += 1
        if self._unchecked >= CHECKPOINT_EVENTS:
            self._unchecked = 0
            self._checkpointer.poke()

    def _failed(self, exc: BaseException) -> None:
        """Record an environment fault: report it, and wait before the next attempt."""
        fault = classify(exc)
        self._fault = describe(exc)
        delay = self._backoff.failed()
        if fault is Fault.REOPEN:
            self._disconnect()  # the file may be gone or replaced: reconnect next time
        log.warning(
            "event store degraded: %s; %d events wait in memory; next try in %.2f s",
            self._fault,
            len(self._waiting),
            delay,
        )

    def _succeeded(self) -> None:
        if self._fault is not None:
            log.info("event store: writing works again")
        self._fault = None
        self._backoff.succeeded()

    def _write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """`_transaction`, surviving a damaged file once; environment faults still raise."""
        try:
            return self._transaction(work)
        except Exception as exc:
            if classify(exc) is not Fault.CORRUPT or not self._repair:
                raise
            self._recover(exc)
        return self._transaction(work)

    def _enqueue(self, item: _Waiting) -> None:
        if len(self._waiting) >= self.max_pending:
            self._waiting.popleft()
            self._dropped += 1
        self._waiting.append(item)

    def _write_waiting(self, conn: sqlite3.Connection) -> list[int]:
        ids: list[int] = []
        written: list[tuple[int, Row]] = []
        for row, original in self._waiting:
            event_id = self._insert(conn, row)
            if original is not None:
                self._insert_quarantine(conn, event_id, original)
            ids.append(event_id)
            written.append((event_id, row))
        self._recent.extend(written)  # once all are in: a failure part-way keeps none
        if self._dropped:
            notice = self._error_event(
                f"{self._dropped} events were lost: the database could not be written "
                f"and the memory queue ({self.max_pending} events) was full.",
                lost=self._dropped,
                queue_limit=self.max_pending,
            )
            self._insert(conn, event_row(notice))
        if ids:
            self._newest = ids[-1]
            self._unchecked += len(ids) - 1  # `_transaction` counts one
        if ids and ids[-1] - self._indexed >= search_index.INDEX_LAG:
            self._index_batch(conn)  # in this same transaction
        return ids

    def _insert(self, conn: sqlite3.Connection, row: Row) -> int:
        """Insert an event in the transaction under way (`_transaction`); its id."""
        event_id = search_index.insert_event(conn, row)
        self._inserting += 1
        return event_id

    def _index_batch(self, conn: sqlite3.Connection, *, every: bool = False) -> int:
        """Index the next INDEX_BATCH events (`every`: all) for search and count them into
        the templates and the summary tables; the index's new mark."""
        ids = None if every else search_index.INDEX_BATCH
        self._indexed = search_index.catch_up(conn, ids)
        self._unchecked += CHECKPOINT_EVENTS  # many pages: checkpoint after it
        templates.catch_up(conn, ids)  # the same batch
        summary.catch_up(conn, ids)
        return self._indexed

    def index_when_idle(self) -> bool:
        """Index a batch (INDEX_BATCH) of the events the search index does not cover yet (and
        count them into the templates and the summary tables) when half a batch of them wait.
        The guard's worker calls this when it has nothing else to do (each idle round: a
        batch at a time, so no round holds it up longer than one batch), so the append it
        waits on takes a batch only in a burst with no idle moment that left INDEX_LAG
        unindexed. Whether it indexed; faults are recorded in `status`, as for any background
        write."""
        with self._lock:
            if self._closed or self._db is None or self._waiting or self._fault is not None:
                return False
            self._trim_wal_when_idle()
            if self._newest - self._indexed < search_index.INDEX_BATCH // 2:
                return False
            return self._maintain(self._index_batch) is not None

    def _trim_wal_when_idle(self) -> None:
        """A WAL file grown past WAL_KEEP_BYTES in a burst is cut back once nothing was written
        for WAL_IDLE_S: a TRUNCATE checkpoint on the checkpointer's thread (the file otherwise
        keeps the size it grew to, up to WAL_LIMIT_BYTES, for as long as the guard runs).
        Looked at every WAL_IDLE_S at most (a stat), and asked again until it is small."""
        now = time.monotonic()
        if (
            self._wal_settled
            or now - self._written_at < WAL_IDLE_S
            or now - self._wal_looked < WAL_IDLE_S
        ):
            return
        self._wal_looked = now
        try:
            size = os.stat(f"{self.path}-wal").st_size
        except OSError:  # no WAL (not in WAL mode, or the last connection removed it)
            size = 0
        if size <= WAL_KEEP_BYTES:
            self._wal_settled = True
            return
        self._checkpointer.truncate()

    def _catch_up_index(self) -> None:
        """Index every event the search index does not cover yet, and count them in (when the
        store closes)."""
        if self._db is not None and not self._closed:
            every = self._maintain(lambda conn: self._index_batch(conn, every=True))
            self._indexed = every or self._indexed

    def _flush_locked(self) -> list[int] | None:
        """Write every waiting event in one transaction: their ids, or None when it failed."""
        try:
            ids = self._write(self._write_waiting)
        except Exception as exc:
            if classify(exc) is None:
                raise
            self._failed(exc)
            return None
        self._waiting.clear()
        self._dropped = 0
        self._succeeded()
        return ids

    def append(self, event: Event, *, original: str | None = None) -> int | None:
        """Store `event`: its new id, or None when the file cannot be written right now.

        Then the event waits in memory (at most `max_pending`, oldest dropped first) and is
        written by a later `append` or `flush` once the backoff delay has passed. `original`
        quarantines the neutralised clipboard text together with the event, atomically.
        Raises only for programming errors (a field of the wrong type, say).
        """
        # whoever built the event, no secret it quotes is written (or forwarded from here)
        row = event_row(scrub_event(event))
        with self._lock:
            if self._closed:
                raise RuntimeError("the event store is closed")
            if (
                original is None
                and self._db is not None
                and self._fault is None
                and self._sinks_synced
                and not self._waiting
                and not self._dropped
            ):
                return self._append_alone(self._db.conn, row)
            self._enqueue(_Waiting(row, None if original is None else storable(original)))
            if not self._backoff.due():
                return None
            ids = self._flush_locked()
        return ids[-1] if ids else None

    def _append_alone(self, conn: sqlite3.Connection, row: Row) -> int | None:
        """`append` of one event when nothing else is to be written with it (nothing waits,
        no quarantine, the sinks as the file has them): its INSERT alone, which SQLite runs
        as a transaction of its own (autocommit: it takes the write lock as it starts,
        waiting up to the busy timeout, and commits as it ends, exactly as BEGIN IMMEDIATE,
        INSERT and COMMIT would), one statement instead of three. A fault is handled as
        `_flush_locked` handles one: the event waits in memory (a damaged file is moved
        aside and the event written into the new one)."""
        # the checkpointer's gate, free but while it starts the WAL over (then: HOLD_S at most)
        checkpointer = self._checkpointer
        entered = (not checkpointer.holding and checkpointer.gate.acquire(False)) or (
            checkpointer.enter()
        )
        try:
            try:
                event_id = search_index.insert_event(conn, row)
            finally:
                if entered:
                    checkpointer.gate.release()
        except Exception as exc:
            fault = classify(exc)
            if fault is None:
                raise
            if conn.in_transaction:  # never in WAL mode; a rollback journal's busy COMMIT
                conn.execute("ROLLBACK")
            self._enqueue(_Waiting(row, None))
            if fault is Fault.CORRUPT:  # as `_write`: move it aside, write into a new one
                try:
                    self._recover(exc)
                except Exception as again:
                    if classify(again) is None:
                        raise
                    self._failed(again)
                    return None
                ids = self._flush_locked()
                return ids[-1] if ids else None
            self._failed(exc)
            return None
        self._inserted += 1  # committed as the statement ended (autocommit)
        self._recent.append((event_id, row))
        self._newest = event_id
        self._committed()
        if event_id - self._indexed >= search_index.INDEX_LAG:
            self._maintain(self._index_batch)
        return event_id

    def flush(self, *, force: bool = False) -> bool:
        """Try to write what waits (once the backoff delay passed, or now when `force`);
        True when nothing waits."""
        with self._lock:
            if self._closed:
                return not self._waiting
            idle = not self._waiting and not self._dropped and self._sinks_synced
            if idle and self._db is not None:
                return True
            if force or self._backoff.due():
                if idle:  # nothing waits, but the file could not be opened: try again
                    try:
                        self._connect()
                        self._succeeded()
                    except Exception as exc:
                        if classify(exc) is None:
                            raise
                        self._failed(exc)
                else:
                    self._flush_locked()
            return not self._waiting

    def amend(
        self,
        event_id: int | None,
        corrected: Event,
        *,
        was: Event | None = None,
        original: str | None = None,
    ) -> bool:
        """Correct what event `event_id` says happened, after the fact (the OS let through a
        paste the guard had answered too late): one paste stays one event, and the viewer,
        the counts and every sink see the corrected one. Its kind, action, summary and details
        become `corrected`'s; its details also say what it said before (`corrects`: kind and
        action, and the revision when it had been corrected before) and count the versions
        (`revision`: 1 for the first correction), so a sink that already delivered the first
        version sends the corrected one as a correction naming it (app.forwarding.ecs,
        `pasteguard.corrects`). The same event may be corrected again (a text written again
        and again: its count, app.guard.service).

        `original`: the event's quarantined text becomes this one in the same step (a page
        writing versions of one blocked lure: "Put it back" gives the last one written), where
        the event has one.

        `event_id` None: the event `append` could not write yet (it returned None), given as
        `was`, is corrected where it waits in memory.

        False when it could not be done now: the event is neither in the file nor waiting
        (deleted, dropped from a full queue) or the file cannot be written (recorded in
        `status`)."""
        scrubbed = scrub_event(corrected)
        kept = None if original is None else storable(original)
        if event_id is None:
            return was is not None and self._amend_waiting(was, scrubbed, kept)

        def work(conn: sqlite3.Connection) -> bool:
            old = conn.execute(
                "SELECT kind, action, details FROM events WHERE id = ?", (event_id,)
            ).fetchone()
            if old is None:
                return False
            details = corrected_details(scrubbed.details, old[0], old[1], _json_object(old[2]))
            row = event_row(replace(scrubbed, details=details))
            kind, summary, action, details_json = row[1], row[5], row[8], row[13]
            search_index.update_event(
                conn, event_id, "kind = ?, summary = ?, action = ?, details = ?",
                [kind, summary, action, details_json],
            )  # fmt: skip
            outbox.again(conn, event_id)
            if kept is not None:
                conn.execute("UPDATE quarantine SET text = ? WHERE event_id = ?", (kept, event_id))
            self._recent = deque(
                (
                    (i, r if i != event_id else (*r[:1], kind, *r[2:5], summary, *r[6:8],
                                                 action, *r[9:13], details_json, *r[14:]))
                    for i, r in self._recent
                ),
                maxlen=RECENT_KEPT,
            )  # fmt: skip
            return True

        with self._lock:
            if self._closed or self._db is None or self._fault is not None:
                return False
            return bool(self._maintain(work))

    def _amend_waiting(self, was: Event, scrubbed: Event, original: str | None) -> bool:
        """`amend` for an event still waiting in memory (found by its row, as `append` made
        it): its row (and its quarantined text, where it has one) replaced before it is ever
        written."""
        row = event_row(scrub_event(was))
        new = event_row(amended(was, scrubbed))
        with self._lock:
            for i, item in enumerate(self._waiting):
                if item.row == row:
                    kept = item.original if original is None or item.original is None else original
                    self._waiting[i] = _Waiting(new, kept)
                    return True
        return False

    @property
    def pending(self) -> int:
        """Events waiting in memory for the file to be writable again."""
        return len(self._waiting)

    def set_sinks(self, sinks: Sequence[str]) -> None:
        """The forwarding targets: each event appended from now on is queued for each of them.

        A sink no longer listed loses its undelivered items.
        """
        with self._lock:
            self._wanted_sinks = tuple(dict.fromkeys(sinks))
            self._sinks_synced = False
            self._maintain(lambda conn: None)

    def _maintain(self, work: Callable[[sqlite3.Connection], T]) -> T | None:
        """A write the guard makes in the background: environment faults are recorded in
        `status`, not raised (the result is then None)."""
        try:
            result = self._write(work)
        except Exception as exc:
            if classify(exc) is None:
                raise
            self._failed(exc)
            return None
        self._succeeded()
        return result

    def _user_write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """A write a person asked for and waits on: environment faults raise StoreUnavailable
        (and are recorded in `status`)."""
        with self._lock:
            try:
                result = self._write(work)
            except Exception as exc:
                if classify(exc) is None:
                    raise
                self._failed(exc)
                raise StoreUnavailable(describe(exc)) from exc
            self._succeeded()
            return result

    def sync(self) -> bool:
        """Make what was committed since the last sync survive a power cut: a PASSIVE
        checkpoint, which syncs the WAL (and copies it into the database as far as no reader
        needs it). On a connection of its own, without the store's lock: appends go on
        meanwhile (WAL allows both), so its fsyncs never hold up the guard's worker. Nothing
        when nothing was written since. The guard's sentinel calls it every round; whether it
        ran."""
        with self._lock:
            if self._closed or self._db is None or not self._unsynced:
                return False
            self._unsynced = False
        try:
            conn = open_reader(self.path, busy_timeout=0.0)
        except Exception as exc:
            if classify(exc) is None:
                raise
            self._unsynced = True
            return False
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except Exception as exc:
            if classify(exc) is None:
                raise
            self._unsynced = True  # busy or gone: the next round tries again
            return False
        finally:
            conn.close()
        return True

    def check_underneath(self) -> list[str]:
        """Is the file still the one the guard writes, holding what it wrote? What changed
        otherwise is recorded as `tampered` events (forwarded before anything else) and
        returned as sentences. A deleted or swapped file is replaced by a new one, into which
        the latest events still in memory are written again. Run it every few seconds to a
        minute, from any thread."""
        with self._lock:
            if self._closed or self._db is None:
                return []
            identity = integrity.file_identity(self.path)
            if identity != self._identity:
                return self._start_over(deleted=identity is None)
            reading = self._maintain(lambda conn: integrity.read(conn, self._inserted))
            if reading is None:
                return []
            found = integrity.findings(self._baseline, reading) if self._baseline else []
            self._maintain(lambda conn: _settle_cursors(conn, reading))
            self._baseline = reading.baseline()
            for sentence, details in found:
                log.error("event store: %s", sentence)
                self._enqueue(_Waiting(event_row(self._tamper_event(sentence, details)), None))
            if found:
                self._flush_locked()
            return [sentence for sentence, _ in found]

    def _start_over(self, *, deleted: bool) -> list[str]:
        """The file was deleted or swapped: a new one, with what memory still holds."""
        what = "deleted" if deleted else "replaced by another file"
        kept = list(self._recent)
        self._disconnect()
        try:
            self._connect()
        except Exception as exc:
            if classify(exc) is None:
                raise
            self._failed(exc)
            return [f"The event database was {what}; a new one could not be opened yet."]
        assert self._db is not None
        newest = self._db.conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
        again = [row for event_id, row in kept if event_id > int(newest)]
        for row in again:
            self._enqueue(_Waiting(row, None))
        sentence = (
            f"The event database was {what} while PasteGuard ran; a new one was started and "
            f"the {len(again)} latest events still in memory were written again."
        )
        log.error("event store: %s", sentence)
        change = "database_deleted" if deleted else "database_replaced"
        event = self._tamper_event(sentence, {"change": change, "rewritten": len(again)})
        self._enqueue(_Waiting(event_row(event), None))
        self._flush_locked()
        return [sentence]

    def _tamper_event(self, summary: str, details: dict[str, object]) -> Event:
        return Event(
            kind=EventKind.TAMPERED.value, time=self._clock(), level="suspicious",
            summary=summary, details=details,
        )  # fmt: skip

    def _error_event(self, summary: str, **details: object) -> Event:
        return Event(
            kind=EventKind.ERROR.value, time=self._clock(), summary=summary, details=details
        )

    # ------------------------------------------------------------------------------------------
    # Reading
    # ------------------------------------------------------------------------------------------

    def _read(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run `work` on the reading connection; environment faults raise StoreUnavailable.

        The writing connection is opened first (it creates, checks and migrates the file).
        Once it is open a read never takes the store's lock, which a write holds while it
        waits for the file (up to the busy timeout): the viewer's Qt thread reads here.
        """
        for attempt in range(2):
            generation = self._generation
            if self._db is None or self._closed:
                with self._lock:
                    try:
                        self._require_db()
                    except Exception as exc:
                        if classify(exc) is None:
                            raise
                        self._failed(exc)
                        raise StoreUnavailable(describe(exc)) from exc
                    generation = self._generation
            lane = self._current_lane()
            try:
                with lane.lock:
                    if lane.conn is None or lane.generation != generation:
                        lane.close()
                        lane.conn = open_reader(self.path, busy_timeout=self._busy_timeout)
                        lane.generation = generation
                    try:
                        return work(lane.conn)
                    except sqlite3.OperationalError as exc:
                        if not undecodable(exc):
                            raise
                        # a value that is not UTF-8: this read again, its bytes replaced
                        lane.conn.text_factory = lenient_text
                        try:
                            return work(lane.conn)
                        finally:
                            lane.conn.text_factory = str
            except Exception as exc:
                fault = classify(exc)
                if fault is None:
                    raise
                with lane.lock:
                    lane.close()
                with self._lock:
                    if fault is Fault.CORRUPT and attempt == 0:
                        try:
                            self._recover(exc)
                            self._flush_locked()
                            continue
                        except Exception as again:
                            if classify(again) is None:
                                raise
                            exc = again
                    self._failed(exc)
                raise StoreUnavailable(describe(exc)) from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def _all_lanes(self) -> list[_Lane]:
        with self._lanes_lock:
            return list(self._lanes.values())

    def _current_lane(self) -> _Lane:
        name = getattr(self._lane, "name", MAIN_LANE)
        with self._lanes_lock:
            return self._lanes.setdefault(name, _Lane())

    @contextmanager
    def reading_lane(self, name: str) -> Iterator[None]:
        """Reads on this thread inside the block use a connection of their own, named `name`:
        a long count or chart there never makes a page read on another lane wait (each
        connection serves one read at a time). `interrupt(name)` stops what runs on it."""
        before = getattr(self._lane, "name", MAIN_LANE)
        self._lane.name = name
        try:
            yield
        finally:
            self._lane.name = before

    def interrupt(self, name: str) -> None:
        """Stop the read running on lane `name`, if any (it raises sqlite3.OperationalError
        "interrupted"); from any thread."""
        with self._lanes_lock:
            lane = self._lanes.get(name)
        conn = lane.conn if lane is not None else None
        if conn is not None:
            conn.interrupt()

    def get(self, event_id: int) -> Event | None:
        row = self._read(
            lambda c: c.execute(
                f"SELECT {SELECT_COLUMNS} FROM events WHERE id = ?", (event_id,)
            ).fetchone()
        )
        return None if row is None else event_from_row(row)

    def query(
        self, f: EventFilter = ALL_EVENTS, limit: int = 200, before_id: int | None = None
    ) -> list[Event]:
        """A page of events matching `f`, newest first (by time, then id).

        For the next page pass the id of the last event of this one as `before_id`.
        """
        if limit <= 0:
            return []

        def read(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
            anchor, inclusive = None, False
            if before_id is not None:
                anchor = conn.execute(
                    "SELECT time, id FROM events WHERE id = ?", (before_id,)
                ).fetchone()
                if anchor is None:  # deleted meanwhile: continue from the nearest older id
                    inclusive = True
                    anchor = conn.execute(
                        "SELECT time, id FROM events WHERE id < ? ORDER BY id DESC LIMIT 1",
                        (before_id,),
                    ).fetchone()
                    if anchor is None:
                        return []
            return queries.page(
                conn,
                f,
                limit,
                SELECT_COLUMNS,
                descending=True,
                after=anchor,
                inclusive=inclusive,
            )

        return [event_from_row(r) for r in self._read(read)]

    def count(self, f: EventFilter = ALL_EVENTS, *, at_most: int | None = None) -> int:
        """How many events match `f`. With `at_most`, a free-text search stops counting past
        it and answers `at_most + 1` ("more than at_most"); other filters are always counted
        exactly (from the summary tables, app.storage.summary)."""
        return self._read(lambda c: queries.count(c, f, at_most=at_most))

    def count_planned(
        self, f: EventFilter, *, at_most: int | None = None
    ) -> tuple[int, bool | None]:
        """`count`, and whether `f`'s search is a word on many events (for `earliest` and
        `counts_in_bins_stepwise`, which need not ask again); None when not known."""
        found, is_common = self._read(lambda c: queries.count_planned(c, f, at_most=at_most))
        return found, is_common if f.search else None

    def _iter_rows(self, f: EventFilter, batch: int, columns: str) -> Iterator[tuple[Any, ...]]:
        """Rows of `SELECT {columns}` (which start with `id, time`) for `f`, oldest first, read
        `batch` at a time. No transaction stays open between batches, so the guard keeps
        writing meanwhile, and a slow consumer holds nothing."""
        batch = max(1, batch)
        after: tuple[int, int] | None = None
        while True:
            rows = self._read(
                lambda c: queries.page(c, f, batch, columns, descending=False, after=after)  # noqa: B023
            )
            yield from rows
            if len(rows) < batch:
                return
            after = (rows[-1][TIME_INDEX], rows[-1][0])

    def iter_events(self, f: EventFilter = ALL_EVENTS, batch: int = 1000) -> Iterator[Event]:
        """Every event matching `f`, oldest first, streamed `batch` at a time (for export)."""
        for row in self._iter_rows(f, batch, SELECT_COLUMNS):
            yield event_from_row(row)

    def iter_jsonl(
        self, f: EventFilter = ALL_EVENTS, *, ensure_ascii: bool = False, batch: int = 1000
    ) -> Iterator[str]:
        """`json.dumps(event.to_record())` of every event matching `f`, oldest first, without
        the newline, but built by SQLite: `export --format jsonl` several times faster.

        The JSON is compact (no spaces after `,` and `:`); `ensure_ascii` escapes non-ASCII.
        """
        for row in self._iter_rows(f, batch, f"id, time, {RECORD_JSON}"):
            yield ascii_json(row[2]) if ensure_ascii else row[2]

    def counts_by_day(
        self, f: EventFilter = ALL_EVENTS, *, utc_offset: timedelta = timedelta(0)
    ) -> list[tuple[str, str, int]]:
        """(YYYY-MM-DD, level, count) for a chart, by day and level. Days are UTC unless
        `utc_offset` (e.g. the viewer's local offset) shifts them."""
        shift = utc_offset // timedelta(microseconds=1)
        totals = self._read(lambda c: queries.counts_by_day(c, f, shift))
        return sorted(
            (from_us(day * DAY_US).date().isoformat(), level, n)
            for (day, level), n in totals.items()
        )

    def earliest(
        self, f: EventFilter = ALL_EVENTS, *, is_common: bool | None = None
    ) -> datetime | None:
        """When the oldest event matching `f` happened (UTC), or None when none does."""
        found = self._read(lambda c: queries.earliest(c, f, is_common=is_common))
        return None if found is None else from_us(found)

    def counts_in_bins(
        self,
        f: EventFilter,
        first: datetime,
        width: timedelta,
        count: int,
        *,
        utc_offset: timedelta = timedelta(0),
    ) -> list[tuple[datetime, str, int]]:
        """(bin start, level, n) for `count` bins of `width` from `first`, naive local time at
        `utc_offset` (weeks from a Monday, say): what the viewer's chart draws. Without a
        free-text search this costs what the bins' days cost (the summary tables)."""
        first_utc = to_us(first.replace(tzinfo=None) - utc_offset)
        size = width // timedelta(microseconds=1)
        found = self._read(lambda c: queries.counts_in_bins(c, f, first_utc, size, count))
        return _listed(first, width, found)

    def counts_in_bins_stepwise(
        self,
        f: EventFilter,
        first: datetime,
        width: timedelta,
        count: int,
        *,
        utc_offset: timedelta = timedelta(0),
        is_common: bool | None = None,
    ) -> Iterator[tuple[int, list[tuple[datetime, str, int]]]]:
        """`counts_in_bins` as it gets counted: (the number of bins not fully counted yet,
        counts so far) after each step; the last answer has 0, and its counts are complete.

        The bins are counted newest first, so the first `n` bins are the ones not (fully)
        counted yet and every later bin is final. A filter that the summary tables, the
        search index or a word's kept tally (`keep_counts`) answer quickly is answered in one
        step; a word on many events is read a short part of a bin at a time
        (app.storage.queries.chart_steps), each its own read, so whoever draws it can show
        the newest bars in tens of milliseconds and stop early. Parts counted at different
        moments may miss events written in between, as two charts drawn a moment apart
        would."""
        first_utc = to_us(first.replace(tzinfo=None) - utc_offset)
        size = width // timedelta(microseconds=1)
        if f.search:
            bins = [(first_utc + i * size, first_utc + (i + 1) * size) for i in range(count)]
            tally = self._kept_tally(storable(f.search), bins)
            if tally is not None:
                found = self._tally_read(tally, lambda c, t: search_counts.answer(c, t, f, bins))
                if found is not None:
                    yield 0, _listed(first, width, found)
                    return
        if not f.search:
            yield 0, self.counts_in_bins(f, first, width, count, utc_offset=utc_offset)
            return
        if is_common is None:
            is_common = self._read(lambda c: queries.common(c, f))
        if not is_common:  # the index answers at once
            found = self._read(
                lambda c: queries.counts_in_bins(c, f, first_utc, size, count, is_common=False)
            )
            yield 0, _listed(first, width, found)
            return
        steps = self._read(lambda c: queries.chart_steps(c, f, first_utc, size, count))
        counted: list[Counter[str]] = [Counter() for _ in range(count)]
        # a bin whose whole days the word's templates answer is counted at once, its parts
        # skipped; others are read part by part (app.storage.templates)
        matcher = templates.Matcher(f.search)
        tried: set[int] = set()
        answered: set[int] = set()
        for n, (i, start, end) in enumerate(steps):
            if i not in tried:
                tried.add(i)
                lo, hi = first_utc + i * size, first_utc + (i + 1) * size
                whole = self._read(
                    lambda c: queries.bin_from_templates(c, f, lo, hi, matcher)  # noqa: B023
                )
                if whole is not None:
                    counted[i] = whole
                    answered.add(i)
            elif i in answered:
                continue
            if i not in answered:
                counted[i] += self._read(
                    lambda c: queries.span_counts(c, f, start, end)  # noqa: B023
                )
            uncounted = steps[n + 1][0] + 1 if n + 1 < len(steps) else 0
            if uncounted:
                yield uncounted, _listed(first, width, counted)
        yield 0, _listed(first, width, counted)

    def keep_counts(
        self,
        search: str,
        first: datetime,
        width: timedelta,
        count: int,
        *,
        utc_offset: timedelta = timedelta(0),
    ) -> Generator[bool, None, None]:
        """Count `search`'s matches per day over the bins of a chart into a tally kept in
        memory (app.storage.search_counts), so that its next charts in that range are
        answered at once: a short read per step (yields True after each); once done, the
        tally is kept (the KEPT_TALLIES latest). Stop iterating to drop it."""
        search = storable(search)
        first_utc = to_us(first.replace(tzinfo=None) - utc_offset)
        end_utc = first_utc + count * (width // timedelta(microseconds=1))
        if self._kept_tally(search, [(first_utc, end_utc)]) is not None:
            return
        generation = self._generation  # a file opened again may not be the one counted
        tally = self._read(lambda c: search_counts.start(c, search, first_utc, end_utc))
        while self._read(lambda c: search_counts.step(c, tally)):
            yield True
        with self._tallies_lock:
            self._tallies.pop(search_counts.same_search(search)[1], None)
            self._tallies[search_counts.same_search(search)[1]] = (generation, tally)
            while len(self._tallies) > KEPT_TALLIES:
                del self._tallies[next(iter(self._tallies))]

    def kept_count(self, f: EventFilter) -> int | None:
        """How many events match `f`, exactly, when its search's counts are kept (see
        `keep_counts`) and so cost what the summary tables' do; else None."""
        if not f.search:
            return None
        tally = self._kept_tally(storable(f.search), [(0, 0)], anywhere=True)
        if tally is None:
            return None
        return self._tally_read(tally, lambda c, t: search_counts.count(c, t, f))

    def _tally_read(
        self,
        tally: search_counts.Tally,
        work: Callable[[sqlite3.Connection, search_counts.Tally], T | None],
    ) -> T | None:
        """`work` with a kept tally, one read at a time (it brings the tally up to date); a
        tally too far behind the log (`work` answers None) is dropped: counted again."""
        with self._tallies_lock:
            found = self._read(lambda c: work(c, tally))
            if found is None:
                self._tallies.pop(search_counts.same_search(tally.search)[1], None)
        return found

    def _kept_tally(
        self, search: str, bins: Sequence[tuple[int, int]], *, anywhere: bool = False
    ) -> search_counts.Tally | None:
        """The complete tally of `search` that covers `bins`, if one is kept."""
        with self._tallies_lock:
            generation, tally = self._tallies.get(search_counts.same_search(search)[1], (-1, None))
        if tally is None or generation != self._generation or not bins:
            return None
        if anywhere:  # every day with events when it started (search_counts.start)
            start, end = tally.first * DAY_US, tally.end * DAY_US
        else:
            start, end = bins[0][0], bins[-1][1]
        return tally if tally.covers(search, start, end) else None

    def counts_by_bucket(
        self, f: EventFilter, bucket: timedelta, *, utc_offset: timedelta = timedelta(0)
    ) -> list[tuple[datetime, str, int]]:
        """(bucket start, level, count) for a chart with buckets of any length (an hour, five
        minutes); the start is naive local time when `utc_offset` is the local offset."""
        shift = utc_offset // timedelta(microseconds=1)
        size = bucket // timedelta(microseconds=1)
        totals = self._read(lambda c: queries.counts_by_day(c, f, shift, size))
        return sorted(
            (from_us(n * size).replace(tzinfo=None), level, count)
            for (n, level), count in totals.items()
        )

    # ------------------------------------------------------------------------------------------
    # Deleting
    # ------------------------------------------------------------------------------------------

    def _wipe(self, vacuum: bool = False) -> bool:
        """`empty_wal` (after VACUUM when asked); False when it has to wait for later."""
        try:
            with self._checkpointer.paused():
                emptied = empty_wal(self._require_db().conn, vacuum=vacuum)
            if emptied:
                return True
            reason = "another process is reading"
        except Exception as exc:
            if classify(exc) is None:
                raise
            reason = describe(exc)
        log.warning("event store: could not empty the WAL yet (%s)", reason)
        return False

    def delete(self, ids: Iterable[int]) -> int:
        """Delete these events with their quarantine and outbox rows, for good; how many."""
        wanted = sorted({int(i) for i in ids})

        def work(conn: sqlite3.Connection) -> int:
            removed = 0
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start : start + _CHUNK]
                removed += search_index.delete_events(
                    conn, f"id IN ({', '.join('?' * len(chunk))})", list(chunk)
                )
            _prune_facets(conn)
            return removed

        with self._lock:
            removed = self._user_write(work)
        if removed:
            self._purge_search_index()
            with self._lock:
                self._wipe()
        return removed

    def delete_all(self) -> int:
        """Delete every event, quarantined text and outbox item, then VACUUM and empty the WAL
        so nothing of them remains in the files; how many events."""

        def work(conn: sqlite3.Connection) -> int:
            conn.execute("DELETE FROM quarantine")
            conn.execute("DELETE FROM outbox")
            conn.execute("DELETE FROM facets")
            removed = search_index.delete_all_events(conn)
            conn.execute("DELETE FROM event_days")  # every row is at 0 now: no trace left
            conn.execute("DELETE FROM event_hours")
            return removed

        with self._lock:
            self._waiting.clear()
            self._dropped = 0
            removed = self._user_write(work)
            self._wipe(vacuum=True)
        return removed

    def apply_retention(self) -> int:
        """Delete events older than `retention_days` and the oldest beyond `max_events`, expired
        quarantine items, and outbox items beyond `max_outbox`; how many events were deleted.

        The store's lock is taken per step and per batch of deletions, each a short
        transaction (about RETENTION_BATCH_MS), never for the whole run: appends, the tray's
        status and the viewer go on in between, however many events expire at once.
        Environment faults are recorded in `status` and end the run early (the next run
        continues).
        """
        now = to_us(self._clock())
        removed = 0
        if self.retention_days >= 1:
            cutoff = now - self.retention_days * DAY_US
            removed += self._delete_in_batches(
                lambda n: (
                    "id IN (SELECT id FROM events WHERE time < ? ORDER BY time, id LIMIT ?)",
                    [cutoff, n],
                ),
                None,
            )
        total = self._maintain_step(
            lambda c: int(c.execute("SELECT count(*) FROM events").fetchone()[0])
        )
        if total is not None and total > self.max_events:
            removed += self._delete_in_batches(
                lambda n: ("id IN (SELECT id FROM events ORDER BY id LIMIT ?)", [n]),
                total - self.max_events,
            )
        # Also by the retention in force now: it may be shorter than when an item was kept.
        oldest = now - self.retention_days * DAY_US if self.retention_days >= 1 else now
        self._maintain_step(
            lambda c: (
                c.execute(
                    "DELETE FROM quarantine WHERE expires <= ? OR created < ?", (now, oldest)
                ).rowcount
            )
        )
        self._maintain_step(self._trim_outboxes)
        self._maintain_step(_prune_facets)
        self._list_old_nuls()
        if removed:
            self._purge_search_index()
        with self._lock:
            if self._fault is None and not self._closed:
                self._wipe()
        return removed

    def _purge_search_index(self) -> None:
        """Drop deleted events' entries from the search index (SQLite < 3.44 only), a short
        step at a time under the lock, so the guard keeps writing meanwhile."""
        for _ in range(_MAX_PURGE_STEPS):
            if not self._maintain_step(search_index.purge_step):
                return
            time.sleep(_RETENTION_PAUSE_S)

    def _list_old_nuls(self) -> None:
        """List the events written before schema version 6 whose text holds a NUL
        (app.storage.nul_scan), and count those written before version 7 into the templates
        table (app.storage.templates), a short step at a time under the lock; nothing once
        done."""
        while self._maintain_step(nul_scan.step):
            time.sleep(_RETENTION_PAUSE_S)
        while self._maintain_step(templates.fill_step):
            time.sleep(_RETENTION_PAUSE_S)

    def _maintain_step(self, work: Callable[[sqlite3.Connection], T]) -> T | None:
        """`_maintain` under the store's lock; None when the store was closed meanwhile."""
        with self._lock:
            if self._closed:
                return None
            return self._maintain(work)

    def _delete_in_batches(
        self, condition: Callable[[int], tuple[str, list[object]]], limit: int | None
    ) -> int:
        """Delete the events a `LIMIT ?` condition picks, a batch per transaction and per
        holding of the lock; stops at `limit` rows, a fault, or the store closing.

        The batch size follows the time a batch takes, aiming at RETENTION_BATCH_MS: how
        fast rows go depends on the disk, their text (secure_delete overwrites it) and the
        indexes, so no fixed count would keep every batch short.
        """
        removed = 0
        size = _RETENTION_FIRST_BATCH
        while limit is None or removed < limit:
            size = size if limit is None else min(size, limit - removed)
            sql, params = condition(size)
            started = time.perf_counter()
            done = self._maintain_step(
                lambda c: search_index.delete_events(c, sql, params)  # noqa: B023
            )
            elapsed_ms = (time.perf_counter() - started) * 1000
            if not done:
                break
            removed += done
            if done < size:
                break
            if elapsed_ms < RETENTION_BATCH_MS / 2:
                size = min(size * 2, _RETENTION_MAX_BATCH)
            elif elapsed_ms > RETENTION_BATCH_MS:
                size = max(size // 2, 1)
            # A turn for a thread that waits on the lock: without a pause this loop would
            # mostly take it straight back (CPython's locks are not fair).
            time.sleep(_RETENTION_PAUSE_S)
        return removed

    # ------------------------------------------------------------------------------------------
    # Quarantine
    # ------------------------------------------------------------------------------------------

    def _insert_quarantine(self, conn: sqlite3.Connection, event_id: int, original: str) -> int:
        created = self._clock()
        days = self.retention_days if self.retention_days >= 1 else NO_RETENTION_DAYS
        cursor = conn.execute(
            "INSERT INTO quarantine (event_id, text, created, expires) VALUES (?, ?, ?, ?)",
            (event_id, original, to_us(created), to_us(created + timedelta(days=days))),
        )
        return int(cursor.lastrowid or 0)

    def quarantine(self, event_id: int, original: str) -> int:
        """Keep the original of a neutralised text for `event_id`, until retention expires it.

        Raises StoreUnavailable when the file cannot be written; `append(event, original=...)`
        instead keeps both in memory until it can.
        """
        text = storable(original)
        return self._user_write(lambda c: self._insert_quarantine(c, event_id, text))

    def quarantined(self, event_id: int | None = None) -> QuarantineItem | None:
        """The unexpired item of `event_id`, or the latest one when None."""
        now = to_us(self._clock())
        sql = "SELECT id, event_id, text, created, expires FROM quarantine WHERE expires > ?"
        params: list[object] = [now]
        if event_id is not None:
            sql += " AND event_id = ?"
            params.append(event_id)
        sql += " ORDER BY id DESC LIMIT 1"
        row = self._read(lambda c: c.execute(sql, params).fetchone())
        if row is None:
            return None
        return QuarantineItem(
            id=row[0],
            event_id=row[1],
            text=row[2],
            created=from_us(row[3]),
            expires=from_us(row[4]),
        )

    def release(self, item_id: int) -> None:
        """Delete a quarantine item (once its text is back on the clipboard)."""
        self._user_write(lambda c: c.execute("DELETE FROM quarantine WHERE id = ?", (item_id,)))

    # ------------------------------------------------------------------------------------------
    # Outbox
    # ------------------------------------------------------------------------------------------

    def _trim_outboxes(self, conn: sqlite3.Connection) -> None:
        for sink in outbox.sinks(conn):
            self._trim_outbox(conn, sink)

    def _trim_outbox(self, conn: sqlite3.Connection, sink: str) -> None:
        dropped = outbox.trim(conn, sink, self.max_outbox)
        if dropped:
            notice = self._error_event(
                f"{dropped} events were not forwarded to {sink}: its outbox was full "
                f"({self.max_outbox} events).",
                sink=sink,
                lost=dropped,
                outbox_limit=self.max_outbox,
            )
            self._insert(conn, event_row(notice))

    def outbox_pending(self, sink: str, limit: int = 500) -> list[OutboxItem]:
        """Items for `sink` whose retry time has come, oldest first.

        Returns [] when the file cannot be used right now (recorded in `status`).
        """
        now = to_us(self._clock())

        def work(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
            self._trim_outbox(conn, sink)
            outbox.take(conn, sink)
            return outbox.due(conn, sink, now, max(0, limit))

        with self._lock:
            rows = self._maintain(work) or []
        return [
            OutboxItem(
                id=int(r[0]),
                event_id=int(r[1]),
                sink=str(r[2]),
                attempts=int(r[3]),
                event=event_from_row(r[4:]),
            )
            for r in rows
        ]

    def outbox_done(self, ids: Iterable[int]) -> None:
        """These items were delivered. A failure to record it means they are delivered again."""
        self._outbox_update("DELETE FROM outbox WHERE id IN ({})", [], ids)

    def outbox_failed(self, ids: Iterable[int], retry_at: datetime) -> None:
        """Delivering these items failed: count the attempt, try again at `retry_at`."""
        self._outbox_update(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt = ? WHERE id IN ({})",
            [to_us(retry_at)],
            ids,
        )

    def outbox_retry_now(self, sink: str) -> None:
        """`sink` is a new collector (its address changed while the guard ran): what waits for
        it is due now, its attempts at the old one forgotten (they set no backoff for this one)."""

        def work(conn: sqlite3.Connection) -> None:
            conn.execute("UPDATE outbox SET attempts = 0, next_attempt = 0 WHERE sink = ?", (sink,))

        with self._lock:
            self._maintain(work)

    def outbox_requeue(self, sink: str, event_ids: Iterable[int]) -> bool:
        """`sink`'s collector did not read these events it was sent (a syslog reset): they wait
        for it again in the file, due now. False when the file cannot take it now (the caller
        keeps them in memory instead)."""
        wanted = [int(i) for i in event_ids]
        if not wanted:
            return True

        def work(conn: sqlite3.Connection) -> bool:
            outbox.requeue(conn, sink, wanted)
            return True

        with self._lock:
            return bool(self._maintain(work))

    def _outbox_update(self, sql: str, head: list[object], ids: Iterable[int]) -> None:
        wanted = [int(i) for i in ids]
        if not wanted:
            return

        def work(conn: sqlite3.Connection) -> None:
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start : start + _CHUNK]
                conn.execute(sql.format(", ".join("?" * len(chunk))), [*head, *chunk])

        with self._lock:
            self._maintain(work)

    def outbox_size(self, sink: str | None = None) -> int:
        """Undelivered items for `sink`, or for all sinks."""

        def work(conn: sqlite3.Connection) -> int:
            names = outbox.sinks(conn) if sink is None else [sink]
            return sum(outbox.size(conn, name) for name in names)

        return self._read(work)

    @property
    def sinks(self) -> list[str]:
        """The forwarding targets recorded in the file (as set by the guard)."""
        if self._wanted_sinks is not None and not self._sinks_synced:
            return list(self._wanted_sinks)
        return self._read(outbox.sinks)

    # ------------------------------------------------------------------------------------------
    # Status
    # ------------------------------------------------------------------------------------------

    @property
    def status(self) -> dict[str, object]:
        """What the tray and `pasteguard status` show; never raises for the environment."""
        with self._lock:
            state: dict[str, object] = {
                "path": str(self.path),
                "events": None,
                "pending": len(self._waiting),
                "dropped": self._dropped,
                "degraded": self._fault or self._notice,
                "moved_aside": str(self._moved_aside) if self._moved_aside else None,
                "schema_version": schema.SCHEMA_VERSION,
                "journal_mode": self._journal_mode or None,
                "sinks": None,
                "outbox": None,
                "size_bytes": files.total_size(self.path),
                "retention_days": self.retention_days,
                "max_events": self.max_events,
            }
            if self._closed or self._db is None:  # reconnecting is left to the writes' backoff
                return state
        try:
            with self.reading_lane(STATUS_LANE):  # never queued behind a viewer's read
                state["events"] = self.count()
                names = self.sinks
                state["sinks"] = names
                state["outbox"] = {name: self.outbox_size(name) for name in names}
        except StoreUnavailable as exc:
            state["degraded"] = state["degraded"] or str(exc)
        return state


def _listed(
    first: datetime, width: timedelta, found: Sequence[Counter[str]]
) -> list[tuple[datetime, str, int]]:
    """Counts per bin and level as (bin start, level, n), naive local time from `first`."""
    return [
        (first.replace(tzinfo=None) + width * i, level, n)
        for i, levels in enumerate(found)
        for level, n in sorted(levels.items())
    ]


def _settle_cursors(conn: sqlite3.Connection, reading: integrity.Reading) -> None:
    """A cursor moved forwards skips events: put it back. One moved backwards only sends
    events again: keep it, and expect it from now on."""
    for sink, cursor in reading.cursors.items():
        mine = reading.cursors_set.get(sink)
        if mine is None or cursor == mine:
            continue
        if cursor > mine:
            conn.execute("UPDATE sinks SET cursor = ? WHERE name = ?", (mine, sink))
        else:
            conn.execute("UPDATE temp.pg_cursors SET cursor = ? WHERE sink = ?", (cursor, sink))
