"""Checkpoints off the appending thread: the WAL is copied into the database by a thread and a
connection of their own, so an append never waits for a checkpoint's fsyncs.

A checkpoint syncs the WAL, copies its pages into the database and syncs that: two fsyncs, 4
to 500 ms each on a 1 GB file here. Left to SQLite (wal_autocheckpoint) it runs in whichever
thread commits the page that crosses the limit: the guard's worker, every 1,250 appends or so,
and in a burst of appends that was about as much time as the appends themselves took.

Here the store pokes the checkpointer every CHECKPOINT_EVENTS events it writes; the
checkpointer then runs a PASSIVE checkpoint (it copies what no reader still needs, and waits
for no one), while the writer goes on: WAL mode lets a checkpoint and a write transaction run
at once. Nothing changes for what a commit promises: an append is committed when it returns
(in the WAL, in the OS's hands, whatever happens to the process after); readers see it; a
checkpoint only moves committed pages, and SQLite's recovery replays a WAL a crash cut short.
The WAL starts over once a checkpoint has copied all of it, at the next write. In a burst of
appends that never happens by itself: a checkpoint copies the WAL as it was when it began, and
by the time it ends the appends have added to it. So once the WAL holds RESTART_FRAMES, the
checkpointer copies what it can with the appends going on, then holds the appends back
(`enter`) while a second PASSIVE checkpoint copies the few pages written meanwhile and syncs
the WAL and the database; the next append then starts the WAL over. An append waits for that
at most HOLD_S: when the syncs take longer (a database whose earlier writes are not on the
disk yet, a slow disk), it goes on, the WAL is not started over this time, and the syncs
already made leave the next try little to do. SQLite's own checkpoint in the appending thread
(app.storage.database.WAL_BACKSTOP_PAGES) is left as a backstop, for when the checkpointer
cannot keep the WAL under its cap at all (its connection fails). Before, that backstop was the
cap: the append that crossed it copied the rest of the WAL and synced the database itself,
755 ms in one append of `make bench` (the 1 M store's first database sync, which also wrote
out the pages the checkpointer had copied and never synced in the burst).

The WAL file keeps the size it grew to (SQLite writes it over from the start), so after a burst
it could stay up to that cap on disk for as long as the guard ran. Once the appends have
paused (EventStore.index_when_idle, from the guard's idle worker) the store asks for one
TRUNCATE checkpoint here, which copies what is left and cuts the file to nothing: the cut, some
170 ms for 160 MiB, happens on this thread, while no one is appending.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from app.storage.database import WAL_PAGES
from app.storage.faults import classify, describe

log = logging.getLogger(__name__)

CHECKPOINT_EVENTS = 100  # events written between two checkpoints (some 1,000 WAL pages)
_JOIN_S = 5.0  # how long closing waits for a checkpoint under way
# The WAL is started over once it holds this many frames: under WAL_PAGES, so that the file
# stays under its size limit (journal_size_limit, WAL_PAGES pages without the frame headers)
# and is written over from the start, never cut back and grown again.
RESTART_FRAMES = WAL_PAGES * 9 // 10
HOLD_S = 0.05  # the longest an append waits while the checkpointer starts the WAL over
# after a try that did not start the WAL over (a reader held on to it), the next waits for
# this many more checkpoints, so that a long read costs the appends one wait, not one per poke
RESTART_RETRY = 10


class Checkpointer:
    """A thread that checkpoints the WAL when poked; started at the first poke."""

    def __init__(self, connect: Callable[[], sqlite3.Connection]) -> None:
        """`connect` opens a connection of the checkpointer's own (a reading one will do:
        checkpoints are allowed on a query_only connection). It stays open from one
        checkpoint to the next: a new connection's first sync of the WAL syncs its folder too,
        an fsync more per checkpoint."""
        self._connect = connect
        self._wake = threading.Condition()
        self._wanted = 0  # pokes not yet served
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._reconnect = False
        self._truncate = False  # the next checkpoint also cuts the WAL file to nothing
        self._running = threading.Lock()  # held while a checkpoint runs
        # held by each write of the store (`enter`), and by the checkpointer while it starts
        # the WAL over: no write is under way then
        self.gate = threading.Lock()
        # True while a try wants the gate or has it: the writes leave the gate alone then and
        # wait for `_tried` instead (so a burst of appends, each taking the gate and letting
        # it go, cannot keep the checkpointer from it)
        self.holding = False
        self._tried = threading.Event()  # cleared while a try is under way
        self._tried.set()
        self._gave_up = False  # a write stopped waiting for the try under way
        self._retry_in = 0  # checkpoints to wait before the next try to start the WAL over
        self.done = 0  # checkpoints run (for tests and the bench)
        self.restarts = 0  # tries to start the WAL over (for tests and the bench)
        self.restarting = False  # a try is under way, the writes held back (for tests)
        self.last: tuple[int, int, int] | None = None  # (busy, WAL frames, frames copied)

    def enter(self) -> bool:
        """The store calls this before each write (and `leave` after it): while the
        checkpointer starts the WAL over, it waits for that, HOLD_S at the most, once (when
        the wait runs out, that try has failed, and the writes after it do not wait either).
        Otherwise it returns at once. Whether `leave` has something to release. (An append
        does the first step itself, `not holding and gate.acquire(False)`, and calls this
        only when that fails: a third of the cost, on every append.)"""
        if not self.holding and self.gate.acquire(False):
            return True
        if self._gave_up:
            return False
        if not self._tried.wait(HOLD_S):
            self._gave_up = True
            return False
        # the try is over; a write that finds the next one begun goes on without the gate
        return self.gate.acquire(False)

    def leave(self, entered: bool) -> None:
        """After the write that `enter` let through."""
        if entered:
            self.gate.release()

    def poke(self) -> None:
        """Checkpoint soon, on the checkpointer's thread; returns at once."""
        with self._wake:
            if self._stopping:
                return
            self._wanted += 1
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._serve, name="pasteguard-checkpoint", daemon=True
                )
                self._thread.start()
            self._wake.notify()

    def truncate(self) -> None:
        """Checkpoint soon and cut the WAL file to nothing (TRUNCATE), on the checkpointer's
        thread; returns at once. It gives up rather than wait when a write or a read is under
        way (the connection waits for no lock): the caller asks again later."""
        with self._wake:
            self._truncate = True
        self.poke()

    def reconnect(self) -> None:
        """The store opened its file again (moved aside, replaced): the next checkpoint opens
        a new connection, to the new file."""
        with self._wake:
            self._reconnect = True

    @contextmanager
    def paused(self) -> Iterator[None]:
        """No checkpoint runs inside the block (one under way finishes first): for a TRUNCATE
        checkpoint, which another checkpointer at work would make fail as busy."""
        with self._running:
            yield

    def stop(self) -> None:
        """Let a checkpoint under way finish, then end the thread. Idempotent."""
        with self._wake:
            self._stopping = True
            thread = self._thread
            self._wake.notify()
        if thread is not None and thread is not threading.current_thread():
            thread.join(_JOIN_S)

    def _serve(self) -> None:
        conn: sqlite3.Connection | None = None
        try:
            while True:
                with self._wake:
                    while not self._wanted and not self._stopping:
                        self._wake.wait()
                    if self._stopping:
                        return
                    self._wanted = 0
                    mode = "TRUNCATE" if self._truncate else "PASSIVE"
                    self._truncate = False
                    if self._reconnect:
                        _close(conn)
                        conn = None
                    self._reconnect = False
                try:
                    if conn is None:
                        conn = self._connect()
                    with self._running:
                        (row,) = conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchall()
                        self.last = (int(row[0]), int(row[1]), int(row[2]))
                        self.done += 1
                        if self._restart_due():
                            self._restart(conn)
                except Exception as exc:  # never let the thread die: the next poke tries again
                    if classify(exc) is None:
                        log.exception("event store: a checkpoint failed")
                    else:
                        log.info("event store: a checkpoint failed: %s", describe(exc))
                    _close(conn)
                    conn = None
        finally:
            _close(conn)

    def _restart_due(self) -> bool:
        """The last checkpoint leaves a WAL of RESTART_FRAMES or more, all of it copied as it
        was when the checkpoint began (a reader's older snapshot would keep it from starting
        over anyway)."""
        assert self.last is not None
        busy, frames, copied = self.last
        if busy or frames < RESTART_FRAMES or copied < frames:
            self._retry_in = 0 if frames < RESTART_FRAMES else self._retry_in
            return False
        if self._retry_in > 0:
            self._retry_in -= 1
            return False
        return True

    def _restart(self, conn: sqlite3.Connection) -> None:
        """Copy what the appends wrote during the last checkpoint, with the appends held
        back (HOLD_S at the most, once: `enter`), so that the WAL is wholly copied and synced
        when the next one begins: SQLite then starts the WAL over. PASSIVE, not RESTART: the
        latter would take SQLite's write lock, and an append that stopped waiting would then
        wait on the lock for as long as the syncs take."""
        self.restarts += 1
        self._retry_in = RESTART_RETRY  # reset by the next checkpoint if it worked
        self._gave_up = False
        self._tried.clear()  # before `holding`: a write that sees it waits for the try
        self.holding = True
        try:
            # once the write under way (if any) has committed; a long one (a retention batch)
            # fails the try rather than hold the appends back for longer
            if not self.gate.acquire(timeout=HOLD_S):
                return
            self.restarting = True
            try:
                (row,) = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            finally:
                self.restarting = False
                self.gate.release()
        finally:
            self.holding = False
            self._tried.set()
        self.last = (int(row[0]), int(row[1]), int(row[2]))
        self.done += 1


def _close(conn: sqlite3.Connection | None) -> None:
    if conn is not None:
        try:
            conn.close()
        except sqlite3.Error as exc:  # a connection to a lost file
            log.info("event store: closing the checkpointer's connection failed: %s", exc)
