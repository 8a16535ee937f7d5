"""Checkpoints off the appending thread (app.storage.checkpointer): the WAL reaches the database
file while appends go on, and closing leaves everything in the file."""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.paths import database_path
from app.storage import EventStore, checkpointer
from app.storage import store as store_module
from app.storage.checkpointer import CHECKPOINT_EVENTS, HOLD_S, Checkpointer
from app.storage.database import WAL_BACKSTOP_PAGES, WAL_PAGES, open_reader
from tests.app.storage.conftest import make_event

SUMMARY = "checkpointed"


def in_the_file_alone(data_dir: Path, scratch: Path) -> int:
    """The events with SUMMARY in the database file without its WAL: what a power cut that
    lost the WAL's unsynced tail would leave at the least."""
    # The callers copy inside `paused()`, so no checkpoint of the checkpointer writes to the
    # file meanwhile. Once, under load (a clean clone's `make test` beside other work), such a
    # copy still read as 'database disk image is malformed', and it did not happen again in
    # isolation; what else wrote to the file then is not known. A torn copy says nothing of
    # what reached the file, so it is taken again (a few times, a moment apart), and the
    # count asserted is read from a whole one.
    for attempt in range(5):
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir(parents=True)
        shutil.copy(database_path(data_dir), database_path(scratch))
        conn = sqlite3.connect(database_path(scratch), isolation_level=None)
        try:
            query = "SELECT count(*) FROM events WHERE summary = ?"
            row = conn.execute(query, (SUMMARY,)).fetchone()
            return int(row[0])
        except sqlite3.DatabaseError as exc:
            if "malformed" not in str(exc) or attempt == 4:
                raise
        finally:
            conn.close()
        time.sleep(0.2)
    raise AssertionError("unreachable")


def opened(data_dir: Path) -> EventStore:
    """A store whose file holds its schema (a new file's first pages are in the WAL)."""
    store = EventStore.open(data_dir, sinks=["syslog"])
    store.append(make_event())
    assert store.sync()
    return store


def test_the_appending_connection_checkpoints_only_as_a_backstop_beyond_the_cap(
    tmp_path: Path,
) -> None:
    """The checkpointer starts the WAL over before it reaches its cap; SQLite's own checkpoint
    in the appending thread comes only at twice the cap, if the checkpointer cannot."""
    with EventStore.open(tmp_path / "data") as store:
        store.append(make_event())
        assert store._db is not None
        cap = store._db.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        assert cap == WAL_BACKSTOP_PAGES == 2 * WAL_PAGES
        assert 10 * CHECKPOINT_EVENTS < checkpointer.RESTART_FRAMES < WAL_PAGES


def frames_in_wal(data_dir: Path) -> int:
    """The WAL's frames as its file says (header 32 bytes, each frame 24 + the page size)."""
    size = wal_size(data_dir)
    conn = sqlite3.connect(database_path(data_dir), isolation_level=None)
    try:
        (page,) = conn.execute("PRAGMA page_size").fetchone()
    finally:
        conn.close()
    return max(0, size - 32) // (24 + int(page))


def test_a_burst_past_the_restart_mark_starts_the_wal_over_from_the_checkpointer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the appends going on and no pause, the checkpointer holds them back a moment and
    the WAL starts over: its file stops growing near the mark, far below the backstop."""
    monkeypatch.setattr(checkpointer, "RESTART_FRAMES", 400)
    monkeypatch.setattr(checkpointer, "RESTART_RETRY", 2)
    data_dir = tmp_path / "data"
    with opened(data_dir) as store:
        for _ in range(30 * CHECKPOINT_EVENTS):
            store.append(make_event(summary=SUMMARY))
        assert store._checkpointer.restarts >= 1
        # The file keeps the largest size the WAL reached, written over from the start once
        # started over. An append writes 3 to 5 frames: without a new start the burst leaves
        # some 12,000; a try that fails (the syncs outlast HOLD_S on a busy disk) is made
        # again two checkpoints (some 800 frames) later.
        assert frames_in_wal(data_dir) < 30 * CHECKPOINT_EVENTS
        assert store.count() == 30 * CHECKPOINT_EVENTS + 1


class SlowCheckpoints:
    """A connection whose checkpoints take CHECKPOINT_S while the appends are held back (the
    database sync of a file whose earlier writes are not on the disk yet, a slow disk)."""

    CHECKPOINT_S = 2.0

    def __init__(self, conn: sqlite3.Connection, held: Callable[[], bool]) -> None:
        self.conn = conn
        self.held = held
        self.slow = 0

    def execute(self, sql: str) -> sqlite3.Cursor:
        if "wal_checkpoint" in sql and self.held():
            self.slow += 1
            time.sleep(self.CHECKPOINT_S)
        return self.conn.execute(sql)

    def close(self) -> None:
        self.conn.close()


def test_an_append_waits_for_a_slow_restart_of_the_wal_at_most_hold_s_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checkpointer, "RESTART_FRAMES", 200)
    data_dir = tmp_path / "data"
    with opened(data_dir) as store:
        ckpt = store._checkpointer
        slow: list[SlowCheckpoints] = []

        def connect() -> sqlite3.Connection:
            slow.append(SlowCheckpoints(open_reader(store.path, busy_timeout=0.0),
                                        lambda: ckpt.restarting))  # fmt: skip
            return slow[-1]  # type: ignore[return-value]

        ckpt._connect = connect
        ckpt.reconnect()
        laps: list[float] = []
        deadline = time.monotonic() + 30
        while not ckpt.restarting and time.monotonic() < deadline:
            start = time.perf_counter()
            store.append(make_event(summary=SUMMARY))
            laps.append(time.perf_counter() - start)
        assert ckpt.restarts == 1 and ckpt.restarting  # the slow try is under way
        while ckpt.restarting:  # ... and appends go on meanwhile, each at once
            start = time.perf_counter()
            store.append(make_event(summary=SUMMARY))
            laps.append(time.perf_counter() - start)
        assert sum(s.slow for s in slow) == 1
        # the slow checkpoint took 2 s, yet no append waited for it beyond HOLD_S (plus what
        # a busy machine adds), and only one waited at all
        assert max(laps) < HOLD_S + 0.5 < SlowCheckpoints.CHECKPOINT_S
        assert len([lap for lap in laps if lap >= 0.9 * HOLD_S]) <= 5
        assert len(laps) > 10
        assert store.count() == len(laps) + 1  # every one committed


def test_the_checkpointer_copies_the_wal_into_the_file_while_appends_go_on(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    with opened(data_dir) as store:
        done = store._checkpointer.done
        for _ in range(CHECKPOINT_EVENTS - 3):
            store.append(make_event(summary=SUMMARY))
        time.sleep(0.2)
        assert store._checkpointer.done == done  # not poked yet
        with store._checkpointer.paused():  # a copy taken mid-checkpoint is torn (malformed)
            assert in_the_file_alone(data_dir, tmp_path / "copy") == 0  # only in the WAL
        for _ in range(2 * CHECKPOINT_EVENTS):
            store.append(make_event(summary=SUMMARY))
        deadline = time.monotonic() + 20
        while store._checkpointer.done < done + 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert store._checkpointer.done >= done + 2
        # what was written before the last poke reached the file, without a sync or a close;
        # copied while no checkpoint writes to the file (a later poke's may have begun, and a
        # copy taken in the middle of one is torn: 'database disk image is malformed')
        with store._checkpointer.paused():
            assert in_the_file_alone(data_dir, tmp_path / "copy") >= 2 * CHECKPOINT_EVENTS - 10
        assert store.count() == 3 * CHECKPOINT_EVENTS - 2


def test_closing_leaves_every_event_in_the_file_while_another_connection_is_open(
    tmp_path: Path,
) -> None:
    """SQLite checkpoints when the last connection closes; with the viewer (say) still open,
    the store's own last checkpoint is what puts the events into the file."""
    data_dir = tmp_path / "data"
    store = opened(data_dir)
    viewer = sqlite3.connect(database_path(data_dir), isolation_level=None)
    try:
        viewer.execute("SELECT count(*) FROM events").fetchone()
        for _ in range(5):
            store.append(make_event(summary=SUMMARY))
        assert in_the_file_alone(data_dir, tmp_path / "copy") == 0
        store.close()
        assert in_the_file_alone(data_dir, tmp_path / "copy") == 5
        assert viewer.execute(
            "SELECT count(*) FROM events WHERE summary = ?", (SUMMARY,)
        ).fetchone() == (5,)
    finally:
        viewer.close()


def test_a_failing_checkpoint_is_tried_again_at_the_next_poke(tmp_path: Path) -> None:
    calls: list[int] = []

    def connect() -> sqlite3.Connection:
        calls.append(1)
        if len(calls) == 1:
            raise sqlite3.OperationalError("unable to open database file")
        return sqlite3.connect(tmp_path / "x.db", isolation_level=None)

    checkpointer = Checkpointer(connect)
    try:
        checkpointer.poke()
        deadline = time.monotonic() + 10
        while len(calls) < 1 and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.05)
        assert checkpointer.done == 0
        checkpointer.poke()
        while checkpointer.done < 1 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert checkpointer.done == 1 and len(calls) == 2
    finally:
        checkpointer.stop()
    checkpointer.poke()  # after stop: ignored, no new thread
    assert checkpointer.done == 1


def wal_size(data_dir: Path) -> int:
    try:
        return Path(f"{database_path(data_dir)}-wal").stat().st_size
    except FileNotFoundError:
        return 0


def test_a_wal_grown_in_a_burst_is_cut_back_once_the_appends_pause(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The WAL file keeps the size a burst grew it to (up to WAL_LIMIT_BYTES, 160 MiB) while
    the guard runs; once nothing was written for a while, the idle worker's call cuts it back,
    and appends go on after it."""
    monkeypatch.setattr(store_module, "WAL_IDLE_S", 0.3)
    monkeypatch.setattr(store_module, "WAL_KEEP_BYTES", 256 * 1024)
    data_dir = tmp_path / "data"
    with opened(data_dir) as store:
        viewer = sqlite3.connect(database_path(data_dir), isolation_level=None)
        viewer.execute("BEGIN")
        viewer.execute("SELECT count(*) FROM events").fetchone()  # an old snapshot: no reset
        for _ in range(3 * CHECKPOINT_EVENTS):
            store.append(make_event(summary=SUMMARY))
        viewer.execute("COMMIT")
        viewer.close()
        grown = wal_size(data_dir)
        assert grown > 4 * 256 * 1024
        done = store._checkpointer.done
        store.index_when_idle()  # just written: too soon to cut it
        store._checkpointer.poke()  # the barrier: a checkpoint ran after that call
        deadline = time.monotonic() + 20
        while store._checkpointer.done == done and time.monotonic() < deadline:
            time.sleep(0.01)
        assert store._checkpointer.done > done and wal_size(data_dir) == grown
        deadline = time.monotonic() + 20
        while wal_size(data_dir) > 0 and time.monotonic() < deadline:
            store.index_when_idle()  # the guard's worker, each idle round
            time.sleep(0.05)
        assert wal_size(data_dir) == 0
        store.append(make_event(summary=SUMMARY))  # and it is written again as before
        assert store.count() == 3 * CHECKPOINT_EVENTS + 2
        assert 0 < wal_size(data_dir) < grown
