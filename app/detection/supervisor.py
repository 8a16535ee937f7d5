"""The guard's analysis process, supervised: a crash in a native parser costs one reading.

`Supervisor.read` sends a text to the analysis process (worker.py) and waits for its verdicts.
When the process dies (a segfault, a kill, EOF) or does not answer within `deadline` seconds
(it is then killed), a new one is started and the same text is sent once more: the crashes
seen so far depend on memory layout, not on the text. When that fails too, the text is read
here by the patterns-only engine (`Engine(interpreters=False)`), whose reading is incomplete
and so at least `suspicious`, never `clean`; the log says the full reading failed.

Failures are counted for `pasteguard status`; `burst` failures within `burst_window` seconds
stop the restarts for a doubling pause (app/backoff.py), during which texts are read with the
patterns only. The process is started from a fresh interpreter ("spawn": the guard has
threads, so it is never forked), is daemonic, and leaves when its pipe closes: the guard's
exit, however it happens, ends it.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import replace
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any, Protocol

from app.backoff import doubling
from app.detection.model import Context, Verdict
from app.detection.trust import TrustList
from app.detection.wire import WireError, decode_reply, encode_request
from app.detection.worker import READY, WorkerSpec, serve

if TYPE_CHECKING:
    from app.detection.engine import Engine

log = logging.getLogger(__name__)

DEADLINE = 5.0  # seconds a reading may take there (the engine's own budget is about 0.1 s)
START_DEADLINE = 30.0  # seconds a new process may take to load its rules and grammars
BURST = 3  # failures within BURST_WINDOW seconds that pause the restarts
BURST_WINDOW = 60.0
PAUSE_FIRST = 5.0  # the first pause; doubled after each further burst, at most PAUSE_CEILING
PAUSE_CEILING = 300.0
STOP_WAIT = 2.0  # seconds a process is given to leave on EOF before it is killed
MAX_REPLY = 256 * 1024 * 1024
BIG_FRAME = 16 * 1024  # a frame this long can fill the pipe: a timer backs the deadline up

Target = Callable[[Connection, WorkerSpec], None]


class Reader(Protocol):
    def read(self, text: str | bytes, contexts: Sequence[Context]) -> list[Verdict]: ...


class WorkerFailed(Exception):
    """The analysis process died or did not answer in time."""


class _Process:
    """One analysis process and the parent's end of its pipe."""

    def __init__(self, ctx: Any, target: Target, spec: WorkerSpec) -> None:
        conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=target, args=(child, spec), name="pasteguard-analysis", daemon=True
        )
        self.process.start()
        child.close()  # only the process holds its end: EOF reaches it when ours closes
        self.conn: Connection = conn
        self.started = time.monotonic()
        self.ready = False
        self.timed_out = False
        # one thread at a time waits for its exit: of two threads calling waitpid() the loser
        # gets ECHILD, which multiprocessing reads as "still running" (no exit code)
        self._reaping = threading.Lock()

    @property
    def pid(self) -> int | None:
        pid: int | None = self.process.pid
        return pid

    def kill(self) -> None:
        with contextlib.suppress(OSError, ValueError):  # already gone or closed
            self.process.kill()

    def expire(self) -> None:
        """The deadline timer: a send or receive that blocks on a stopped process ends."""
        self.timed_out = True
        self.kill()

    def end(self, wait: float) -> int | None:
        """Close the pipe (the process leaves on EOF), kill it after `wait` s; its exit code."""
        with contextlib.suppress(OSError):
            self.conn.close()
        try:
            with self._reaping:
                self.process.join(wait)
                if self.process.is_alive():
                    self.kill()
                    self.process.join(STOP_WAIT)
                code: int | None = self.process.exitcode
        except (OSError, ValueError):
            return None
        return code

    def reap(self, wait: float) -> int | None:
        """Its exit code once it has ended (None if it is still running after `wait` s)."""
        with self._reaping:
            self.process.join(wait)
            code: int | None = self.process.exitcode
        return code


def _exit_reason(code: int | None) -> str:
    if code is None:
        return "the analysis process stopped"
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"the analysis process was killed by {name}"
    return f"the analysis process exited with status {code}"


class Supervisor:
    """One analysis process at a time, restarted when it fails. `read` is for one thread at a
    time (the guard's worker); `start`, `respec`, `stop` and `status` are for any thread and
    never wait on the process."""

    def __init__(
        self,
        spec: WorkerSpec,
        *,
        target: Target = serve,
        deadline: float = DEADLINE,
        start_deadline: float = START_DEADLINE,
        burst: int = BURST,
        burst_window: float = BURST_WINDOW,
        pause_first: float = PAUSE_FIRST,
        pause_ceiling: float = PAUSE_CEILING,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.spec = spec
        self.target = target
        self.deadline = deadline
        self.start_deadline = start_deadline
        self.burst = burst
        self.burst_window = burst_window
        self.pause_first = pause_first
        self.pause_ceiling = pause_ceiling
        self.clock = clock
        self._ctx = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._worker: _Process | None = None
        self._worker_spec: WorkerSpec | None = None
        self._replacing: WorkerSpec | None = None  # the spec a successor is warming for
        self._stopped = False
        self._failures: deque[float] = deque()
        self._pauses = 0  # bursts in a row, for the doubling
        self._resume_at = 0.0
        self._last_failure_at: float | None = None
        self._restart_due = False  # the next start is a restart after a failure
        self.starts = 0
        self.restarts = 0  # starts after a failure
        self.failures = 0
        self.fallbacks = 0  # texts read with the patterns only
        self.readings = 0
        self.last_failure: str | None = None
        self._created = time.monotonic()
        self.ready_ms: float | None = None  # from this supervisor's creation to its first ready

    # -- any thread -------------------------------------------------------------------------

    def start(self) -> None:
        """Start (and warm) the process in the background: the caller does not wait for it."""
        threading.Thread(target=self._refresh, name="analysis-start", daemon=True).start()

    def respec(self, spec: WorkerSpec) -> None:
        """New rules or trust: a process built from `spec` starts now. While it warms (on a
        thread of its own, about a second) a ready process goes on reading with the rules it
        has, and hands over once the new one is ready: a paste meanwhile neither waits nor
        goes unread. A newer `respec` meanwhile wins; a new process that fails to start is
        started again by the next reading, as after any failure."""
        self.spec = spec
        if self._stopped:
            return
        worker = self._worker
        if worker is None or not worker.ready:
            self.start()  # nothing warm to read with meanwhile: the usual start
            return
        self._replacing = spec
        threading.Thread(
            target=self._take_over, args=(spec,), name="analysis-respec", daemon=True
        ).start()

    def _take_over(self, spec: WorkerSpec) -> None:
        """Warm a process for `spec` without the lock (readings go on), then swap it in."""
        new = _Process(self._ctx, self.target, spec)
        try:
            self._await_ready(new)
        except (EOFError, OSError, WorkerFailed) as exc:
            new.end(0.0)
            log.warning("the analysis process for the new rules did not start: %s", exc)
            with self._lock:
                if self._replacing is spec:
                    self._replacing = None  # the next reading starts one (_current)
            return
        with self._lock:
            if self._replacing is spec:
                self._replacing = None
            if self._stopped or self.spec is not spec:
                new.end(0.0)  # stopped, or newer rules came meanwhile
                return
            old, self._worker, self._worker_spec = self._worker, new, spec
            self.starts += 1
            threading.Thread(
                target=self._mind, args=(new,), name="analysis-watch", daemon=True
            ).start()
            log.info("analysis process %s reads with the new rules", new.pid)
        if old is not None:
            old.end(STOP_WAIT)  # its watch sees it replaced and starts nothing

    def reading_with(self) -> WorkerSpec | None:
        """Any thread: the spec of the process that reads now (None: none is ready)."""
        worker = self._worker
        return self._worker_spec if worker is not None and worker.ready else None

    def stop(self) -> None:
        """End the process (EOF, then a kill) and start no other."""
        self._stopped = True
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.end(STOP_WAIT)

    @property
    def pid(self) -> int | None:
        worker = self._worker
        return worker.pid if worker is not None else None

    def status(self) -> dict[str, object]:
        worker = self._worker
        pause = max(0.0, self._resume_at - self.clock())
        if self._stopped:
            state = "stopped"
        elif worker is None:
            state = "paused" if pause > 0 else "not started"
        else:
            state = "ready" if worker.ready else "starting"
        return {
            "state": state,
            "pid": worker.pid if worker is not None else None,
            "readings": self.readings,
            "restarts": self.restarts,
            "failures": self.failures,
            "patterns_only": self.fallbacks,
            "last_failure": self.last_failure,
            "paused_s": round(pause, 1),
            "ready_ms": None if self.ready_ms is None else round(self.ready_ms),
        }

    @property
    def warming(self) -> bool:
        """The first process is still loading (nothing failed yet): a text would wait for it."""
        return not self._stopped and self.ready_ms is None and not self.failures

    # -- the reading thread ------------------------------------------------------------------

    def read(self, text: str, contexts: Sequence[Context], fallback: Reader) -> list[Verdict]:
        """The verdicts of the text in each context, from the process if at all possible."""
        frame = encode_request(text, contexts)
        reason = ""
        with self._lock:
            for _attempt in range(2):
                worker = self._current()
                if worker is None:
                    reason = reason or self._why_not()
                    break
                try:
                    verdicts = decode_reply(self._exchange(worker, frame), text)
                except (WorkerFailed, WireError) as exc:
                    reason = str(exc)
                    self._failed(worker, reason)
                    continue
                self.readings += 1
                quiet = self._last_failure_at is None or (
                    self.clock() - self._last_failure_at > self.burst_window
                )
                if quiet:
                    self._pauses = 0  # the next burst pauses briefly again
                return verdicts
            self.fallbacks += 1
            self._current()  # a new process starts warming for the next text, if allowed
        log.error(
            "the full reading of a text failed (%s): it was read with the patterns only and "
            "reported as not checked fully",
            reason,
        )
        return fallback.read(text, contexts)

    def _why_not(self) -> str:
        if self._stopped:
            return "the analysis process was stopped"
        return f"the analysis process is paused after repeated failures ({self.last_failure})"

    def _refresh(self) -> None:
        """Start a process if none runs, and wait here (not in a reading) until it is warm."""
        with self._lock:
            worker = self._current()
            if worker is None or worker.ready:
                return
            try:
                self._await_ready(worker)
            except (EOFError, OSError):
                self._failed(worker, _exit_reason(worker.end(1.0)))
            except WorkerFailed as exc:
                self._failed(worker, str(exc))

    def _mind(self, worker: _Process) -> None:
        """Wait for the process to end; if it died while idle (between readings), count it and
        start a new one now, so that the next text finds it warm."""
        code: int | None = None
        with contextlib.suppress(OSError, ValueError):
            wait([worker.process.sentinel])
            code = worker.reap(STOP_WAIT)  # its pipe closes a moment before it can be reaped
        with self._lock:
            if self._stopped or self._worker is not worker:
                return  # stopped, replaced, or a reading already dealt with it
            self._failed(worker, _exit_reason(code))
        self._refresh()

    def _current(self) -> _Process | None:
        """The process to ask (started if needed), or None when stopped or paused."""
        if self._stopped:
            return None
        if (
            self._worker is not None
            and self._worker_spec is not self.spec
            and self._replacing is not self.spec
        ):
            self._worker.end(0.0)  # built from old rules or trust (and no successor warming)
            self._worker = None
        if self._worker is None:
            if self.clock() < self._resume_at:
                return None
            self._worker = _Process(self._ctx, self.target, self.spec)
            self._worker_spec = self.spec
            threading.Thread(
                target=self._mind, args=(self._worker,), name="analysis-watch", daemon=True
            ).start()
            self.starts += 1
            if self._restart_due:
                self.restarts += 1
                self._restart_due = False
            log.info("analysis process %s started", self._worker.pid)
        return self._worker

    def _exchange(self, worker: _Process, frame: bytes) -> bytes:
        conn = worker.conn
        timer: threading.Timer | None = None
        try:
            if not worker.ready:
                self._await_ready(worker)
            if len(frame) > BIG_FRAME:
                timer = threading.Timer(2 * self.deadline, worker.expire)
                timer.daemon = True
                timer.start()
            conn.send_bytes(frame)
            if not conn.poll(self.deadline):
                worker.timed_out = True
                raise WorkerFailed(self._late())
            return conn.recv_bytes(MAX_REPLY)
        except (EOFError, OSError):
            if worker.timed_out:
                raise WorkerFailed(self._late()) from None
            raise WorkerFailed(_exit_reason(worker.end(1.0))) from None
        finally:
            if timer is not None:
                timer.cancel()

    def _await_ready(self, worker: _Process) -> None:
        left = worker.started + self.start_deadline - time.monotonic()
        if not worker.conn.poll(max(0.0, left)):
            worker.timed_out = True
            raise WorkerFailed(
                f"the analysis process was not ready within {self.start_deadline:g} s"
            )
        if worker.conn.recv_bytes(len(READY)) != READY:
            raise WorkerFailed("the analysis process did not start as expected")
        worker.ready = True
        if self.ready_ms is None:
            self.ready_ms = (time.monotonic() - self._created) * 1000.0
        log.info("analysis process %s ready", worker.pid)

    def _late(self) -> str:
        return f"the analysis process did not answer within {self.deadline:g} s"

    def _failed(self, worker: _Process, reason: str) -> None:
        code = worker.end(0.0)  # killed at once: it is dead, stuck, or talking nonsense
        if self._worker is worker:
            self._worker = None
        self.failures += 1
        self.last_failure = reason
        self._restart_due = True
        now = self.clock()
        self._last_failure_at = now
        self._failures.append(now)
        while self._failures and now - self._failures[0] > self.burst_window:
            self._failures.popleft()
        if len(self._failures) >= self.burst:
            self._pauses += 1
            pause = doubling(self._pauses, self.pause_first, self.pause_ceiling)
            self._resume_at = now + pause
            self._failures.clear()
            log.error(
                "the analysis process failed %d times within %g s (last: %s); no new one for "
                "%g s, texts are read with the patterns only meanwhile",
                self.burst,
                self.burst_window,
                reason,
                pause,
            )
        else:
            log.warning("%s (pid %s, exit %s); starting a new one", reason, worker.pid, code)


class IsolatedEngine:
    """The engine as the guard uses it: `read` in the supervised process, and the
    patterns-only engine here for the texts that process cannot read.

    That engine is built when a text first needs it, not with this object: the guard made it
    before it was ready, and its import and build were ~0.45 s of CPU there (of ~1.1 s) for
    an engine that reads only after the analysis process failed twice on a text. The first
    such text pays the build (~0.1 s, the import ~0.3 s) on top of the failures' seconds."""

    def __init__(
        self, spec: WorkerSpec, supervisor: Supervisor | None = None, *, start: bool = False
    ) -> None:
        """`start`: the process starts now, loading while this one goes on."""
        self.spec = spec
        self.supervisor = supervisor or Supervisor(spec)
        self._fallback: Engine | None = None
        self._building = threading.Lock()
        self._patterns_only = _PatternsOnly(self)
        if start:
            self.supervisor.start()

    @property
    def fallback(self) -> Engine:
        """The patterns-only engine (built now if it was not yet)."""
        fallback = self._fallback
        if fallback is None:
            with self._building:
                fallback = self._fallback
                if fallback is None:
                    fallback = self._fallback = self.spec.engine(interpreters=False)
        return fallback

    @property
    def trust(self) -> TrustList:
        if self._fallback is None and self.spec.trust is not None:
            return self.spec.trust  # what the fallback would be built with
        return self.fallback.trust

    @trust.setter
    def trust(self, trust: TrustList) -> None:
        with self._building:
            if self._fallback is not None:
                self._fallback.trust = trust
            self.spec = replace(self.spec, trust=trust)
        self.supervisor.respec(self.spec)

    def rebuild(self, spec: WorkerSpec) -> None:
        """New rule folders (a feed bundle): built here first, so a bad rule raises before
        anything is replaced."""
        fallback = spec.engine(interpreters=False)
        with self._building:
            self._fallback, self.spec = fallback, spec
        self.supervisor.respec(spec)

    def read(self, text: str | bytes, contexts: Sequence[Context]) -> list[Verdict]:
        if isinstance(text, bytes | bytearray):
            text = bytes(text).decode("utf-8", errors="replace")
        return self.supervisor.read(text, contexts, self._patterns_only)

    def analyze(self, text: str | bytes, context: Context | None = None) -> Verdict:
        return self.read(text, [context or Context()])[0]

    def start(self) -> None:
        self.supervisor.start()

    def stop(self) -> None:
        self.supervisor.stop()

    def status(self) -> dict[str, object]:
        return self.supervisor.status()

    @property
    def warming(self) -> bool:
        return self.supervisor.warming


class _PatternsOnly:
    """The fallback as the supervisor is handed it: built only when it reads."""

    def __init__(self, isolated: IsolatedEngine) -> None:
        self.isolated = isolated

    def read(self, text: str | bytes, contexts: Sequence[Context]) -> list[Verdict]:
        return self.isolated.fallback.read(text, contexts)
