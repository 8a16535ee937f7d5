"""Two processes on one store, and a writer killed with SIGKILL: nothing committed is lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.storage import EventFilter, EventStore
from tests.app.storage.conftest import Clock

REPO = Path(__file__).resolve().parents[3]
KILL_RUNS = 6


def _writer(data_dir: Path, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.app.storage.writer", str(data_dir), str(count)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def _committed(output: str) -> list[int]:
    """The ids on complete lines (a line cut by the kill does not count)."""
    lines = output.split("\n")[:-1]
    return [int(line) for line in lines if line.isdigit()]


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_writer_killed_at_a_random_moment_loses_no_committed_event(
    data_dir: Path, clock: Clock
) -> None:
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    reported: set[int] = set()
    for run in range(KILL_RUNS):
        child = _writer(data_dir, 0)
        assert child.stdout is not None
        first = child.stdout.readline()  # started and committed one: now the clock runs
        assert first.strip().isdigit(), child.stderr.read() if child.stderr else first
        time.sleep(rng.uniform(0.0, 0.3))
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        ids = _committed(first + rest)
        assert ids, f"run {run} (seed {seed}) reported nothing"
        reported.update(ids)

        with EventStore.open(data_dir, clock=clock) as store:  # runs PRAGMA quick_check
            status = store.status
            assert status["degraded"] is None, f"run {run}, seed {seed}: {status}"
            assert status["moved_aside"] is None
            present = {e.id for e in store.iter_events(EventFilter(), batch=5000)}
            missing = reported - present
            assert not missing, f"run {run}, seed {seed}: {len(missing)} committed events lost"
            # the killed writer's last events were not counted in: counted from the log
            assert store.count() == len(present), f"run {run}, seed {seed}"
            assert sum(n for _, _, n in store.counts_by_day()) == len(present)
        # closing counted them in
        conn = sqlite3.connect(data_dir / "events.db")
        counted = conn.execute(
            "SELECT (SELECT sum(n) FROM event_days), (SELECT sum(n) FROM event_hours), "
            "(SELECT counted FROM summary_state), (SELECT max(id) FROM events)"
        ).fetchone()
        conn.close()
        assert counted == (len(present), len(present), max(present), max(present))
    assert not any(".corrupt-" in p.name for p in data_dir.iterdir())


@pytest.mark.slow
def test_another_process_reads_and_deletes_while_the_guard_writes(
    data_dir: Path, clock: Clock
) -> None:
    total = 3000
    EventStore.open(data_dir, clock=clock).close()
    child = _writer(data_dir, total)
    deleted: set[int] = set()
    reads = 0
    with EventStore.open(data_dir, clock=clock) as reader:
        while child.poll() is None:
            page = reader.query(limit=50)
            reader.count(EventFilter(levels=frozenset({"malicious"})))
            reads += 1
            if page and len(deleted) < 100:
                victims = [e.id for e in page[-3:] if e.id is not None]
                reader.delete(victims)
                deleted.update(victims)
            time.sleep(0.005)
        out, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
        ids = _committed(out)
        assert len(ids) == total, "every append returned an id: none had to wait"
        assert out.rstrip().endswith("done 0")
        assert reads > 5
        assert deleted
        assert reader.count() == total - len(deleted)
        assert reader.status["degraded"] is None
