"""Batch analysis in worker processes: a crash in a native parser costs one retry, not the batch.

`answers` hands each item (a line of `scan --jsonl`) to one of a few worker processes, each
given items in order, and yields their answers in input order. Each worker runs `answer(engine,
item)` and sends the bytes back, one frame per item. When a worker dies (a segfault, a kill)
or gives no answer within `deadline` seconds (it is then killed), the item it was on is tried
once more on a new worker and the items queued behind it are sent again; an item that fails
twice is answered here by `fallback(item)` (the patterns-only engine: at least `suspicious`).

On Linux the workers are forked once the engine is loaded (no threads run in the CLI, and the
rules and grammars are then shared, not loaded again); elsewhere they are spawned and build
their engine from a `WorkerSpec`. A worker leaves when its pipe closes.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import math
import os
import select
import signal
import struct
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol, cast

from app.detection.engine import Engine
from app.detection.hsfilter import READ_AHEAD_THREAD
from app.detection.worker import WorkerSpec, quiet

log = logging.getLogger(__name__)

MAX_WORKERS = 4
DEADLINE = 5.0  # seconds one item may take (the engine's own budget is about 0.1 s)
START_DEADLINE = 30.0  # a spawned worker's first answer waits for its rules and grammars too
DEPTH = 96  # items in flight per worker, so that it never waits for the next one
DEPTH_BYTES = 40 * 1024  # ... and at most this much text (or one item of any size): what is
# in a worker's pipe then always fits, and this process never blocks writing to it
# A worker is given more only once it has at most REFILL_AT items in hand (~15 ms of work on
# short texts; the parent sleeps until about then, _nap): the lines come to each in runs of
# ~DEPTH - REFILL_AT, one after another, not a few at a time in turn. Neighbouring lines are
# often alike (variants of one lure, one text for several targets), and what one reading leaves
# behind (the regular expressions' lazily built automata, the engine's caches) serves the next
# in that worker: dealt a few at a time, both workers built it (callgrind, 1,700 lines of the
# bench corpus: two processes given every other line ran 34 % more instructions than one given
# all, given every other run of 64 lines 11 % more; the workers of `scan --jsonl` 11 % fewer
# than when they were given a few lines at a time).
REFILL_AT = 32
# ... or, for an item with the same key as the one before it (Pool's `key`), which its worker
# has, this many and this much: still below the smallest pipe a worker may get (64 KiB)
FOLLOW_DEPTH, FOLLOW_BYTES = DEPTH + 32, 48 * 1024
# seconds the parent may let answers gather (see _nap): on two cores each wake-up of the parent
# takes a core from a worker (and its caches), and at 2 ms and 16 in flight it woke ~1,500
# times a batch of 5,678 lines; at most 6 ms, ~1,300 times 6,000 lines; now ~470 (_nap)
MAX_NAP, MIN_NAP = 0.05, 0.0002
READ_SIZE = 1 << 16  # bytes of answers taken from a worker's pipe at once
_HEADER = struct.Struct("!i")  # multiprocessing.connection's frame: its length, then the bytes
_HEADER_MAX = 0x7FFFFFFF
_LONG = struct.Struct("!iQ")  # ... or -1 and a 64-bit length, for 2 GiB and more
ERROR = b"!"  # a frame that starts so is a traceback: the worker hit a bug, not a crash

Answer = Callable[[Engine, str], bytes]
PIPE_SIZE = 1 << 20  # bytes a worker's pipes hold (Linux; the most an unprivileged one may)


class _Conn(Protocol):
    """What the pool uses of a worker's end: multiprocessing's Connection, or _Channel."""

    def fileno(self) -> int: ...
    def send_bytes(self, buf: bytes) -> None: ...
    def recv_bytes(self) -> bytes: ...
    def close(self) -> None: ...


class _Channel:
    """One side of a forked worker's two pipes (Linux): Connection's framing, without
    multiprocessing (whose import was a few percent of every scan's start-up)."""

    def __init__(self, read_fd: int, write_fd: int) -> None:
        self.read_fd, self.write_fd = read_fd, write_fd

    def fileno(self) -> int:
        return self.read_fd

    def send_bytes(self, buf: bytes) -> None:
        size = len(buf)
        head = _HEADER.pack(size) if size <= _HEADER_MAX else _LONG.pack(-1, size)
        view = memoryview(head + buf)
        while view:
            view = view[os.write(self.write_fd, view) :]

    def recv_bytes(self) -> bytes:  # pragma: no cover - read through _Frames
        raise NotImplementedError

    def close(self) -> None:
        for fd in (self.read_fd, self.write_fd):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self.read_fd = self.write_fd = -1


class _Forked:
    """A worker forked from this process (Linux): the part of multiprocessing.Process the pool
    uses. The child runs `target` and ends with os._exit, never returning into this process's
    code; a worker's end is waited for with waitpid (its exit code is -N for signal N, as
    multiprocessing gives it)."""

    def __init__(self, target: Callable[..., None], args: tuple[Any, ...]) -> None:
        self._target, self._args = target, args
        self.pid = 0
        self.exitcode: int | None = None

    def start(self) -> None:
        if sys.platform == "win32":  # spawned there (Pool)
            raise NotImplementedError
        for stream in (sys.stdout, sys.stderr):  # nothing buffered here is written twice
            with contextlib.suppress(Exception):
                stream.flush()
        pid = os.fork()
        if pid == 0:  # the worker
            code = 1
            try:
                with contextlib.suppress(OSError, ValueError):
                    sys.stdin.close()  # the batch's input is the parent's to read
                self._target(*self._args)
                code = 0
            except BaseException:
                with contextlib.suppress(Exception):
                    traceback.print_exc()
            finally:
                os._exit(code)
        self.pid = pid

    def _reaped(self) -> bool:
        if sys.platform == "win32":
            raise NotImplementedError
        if self.exitcode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                self.exitcode = -1  # waited for elsewhere: gone
                return True
            if pid == 0:
                return False
            self.exitcode = os.waitstatus_to_exitcode(status)
        return True

    def join(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        pause = 0.0005
        while not self._reaped():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(pause, left))
            pause = min(pause * 2, 0.05)

    def is_alive(self) -> bool:
        return not self._reaped()

    def kill(self) -> None:
        if sys.platform == "win32":
            raise NotImplementedError
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)


def _pipe() -> tuple[int, int]:
    read_fd, write_fd = os.pipe()
    if sys.platform == "linux":
        import fcntl

        with contextlib.suppress(OSError):  # a smaller limit (pipe-max-size): the default
            fcntl.fcntl(write_fd, fcntl.F_SETPIPE_SZ, PIPE_SIZE)
    return read_fd, write_fd


class WorkerError(RuntimeError):
    """A worker raised (a bug, or the engine in strict mode): raised here as it would be in
    one process."""


def worker_count() -> int:
    """As many workers as CPUs this process may use, at most MAX_WORKERS."""
    if sys.platform == "linux":
        cpus = len(os.sched_getaffinity(0))  # what this process may use, not the machine
    else:
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_WORKERS))


def _serve(
    conn: _Conn, source: Engine | WorkerSpec, answer: Answer, inherited: list[_Conn]
) -> None:
    for other in inherited:  # a forked worker's copies of the parent's ends: EOF must reach
        other.close()  # each worker when the parent closes its end, not when all have ended
    quiet()
    engine = source if isinstance(source, Engine) else source.engine()
    frames = _Frames(conn)
    while True:
        data = frames.next()
        if data is None:
            return
        item = data.decode("utf-8", "surrogatepass")
        try:
            reply = answer(engine, item)
        except Exception:
            reply = ERROR + traceback.format_exc().encode("utf-8", "replace")
        try:
            conn.send_bytes(reply)  # each answer as soon as it is ready: a crash on the next
        except OSError:  # item is then blamed on that item. (The batch has ended: nothing
            return  # to say it to.)


class _Frames:
    """The frames (`Connection.send_bytes`'s) coming in on a pipe, as many as one read
    brings: one system call for a run of small ones instead of two for each."""

    def __init__(self, conn: _Conn) -> None:
        self.conn = conn
        self.fd = conn.fileno()
        self.unread = b""  # the start of a frame not yet whole
        self.ready: deque[bytes] = deque()
        self.gone = False  # the other end is closed

    def next(self) -> bytes | None:
        """The next frame (waiting for it), or None once the other end has closed."""
        while not self.ready:
            if self.gone or not self.read():
                return None
        return self.ready.popleft()

    def read(self) -> bool:
        """Take what has arrived (one read; it waits if nothing has); False at the end."""
        try:
            if sys.platform == "win32":  # a message-mode pipe: a message is a frame
                self.ready.append(self.conn.recv_bytes())
                return True
            data = os.read(self.fd, READ_SIZE)
        except (EOFError, OSError):
            data = b""
        if not data:
            self.gone = True
            return False
        buf = self.unread + data if self.unread else data
        start, end = 0, len(buf)
        while end - start >= 4:
            (size,) = _HEADER.unpack_from(buf, start)
            body = start + 4
            if size == -1:
                if end - start < 12:
                    break
                size = _LONG.unpack_from(buf, start)[1]
                body = start + 12
            if end - body < size:
                break
            self.ready.append(buf[body : body + size])
            start = body + size
        self.unread = buf[start:]
        return True


class _Worker:
    def __init__(
        self, ctx: Any, source: Engine | WorkerSpec, answer: Answer, others: list[_Conn]
    ) -> None:
        forked = isinstance(source, Engine)
        self.process: Any
        self.conn: _Conn
        if forked and sys.platform == "linux":
            items_read, items_write = _pipe()
            answers_read, answers_write = _pipe()
            self.conn = _Channel(answers_read, items_write)
            child: _Conn = _Channel(items_read, answers_write)
            self.process = _Forked(_serve, (child, source, answer, [self.conn, *others]))
            self.fd, self.write_fd = answers_read, items_write
        else:
            self.conn, child = ctx.Pipe()
            inherited = [self.conn, *others] if forked else []
            self.process = ctx.Process(
                target=_serve, args=(child, source, answer, inherited), name="pasteguard-scan",
                daemon=True,
            )  # fmt: skip
            self.fd = self.write_fd = self.conn.fileno()
        self.process.start()
        child.close()
        self.warm = forked  # a spawned worker loads its engine before its first answer
        self.inflight: deque[tuple[int, str]] = deque()
        self.inflight_bytes = 0
        self.due = 0.0  # when the item it is on must be answered by
        self.pace = 0.0  # seconds per answer lately (0: not known yet)
        self._since = 0.0  # when it last answered, or was given work while it had none
        self._queued: list[bytes] = []  # frames of items taken, not yet sent
        self._frames = _Frames(self.conn)  # its answers
        self.gone = False  # its end of the pipe closed: it died
        self.last_key: object = None  # the key of the last new item it was given

    def can_take(self, item: str, follows: bool = False) -> bool:
        """Whether it has room for `item`; more when the item `follows` the last it was given."""
        if not self.inflight:
            return True
        if follows:
            return (
                len(self.inflight) < FOLLOW_DEPTH
                and self.inflight_bytes + len(item) <= FOLLOW_BYTES
            )
        return len(self.inflight) < DEPTH and self.inflight_bytes + len(item) <= DEPTH_BYTES

    def take(self, seq: int, item: str, deadline: float) -> None:
        """Queue an item; `flush` sends what is queued."""
        if not self.inflight:
            self._since = time.monotonic()
            self.due = self._since + (deadline if self.warm else START_DEADLINE)
        self.inflight.append((seq, item))
        self.inflight_bytes += len(item)
        data = item.encode("utf-8", "surrogatepass")
        if sys.platform != "win32":  # a message-mode named pipe there: one message per item
            size = len(data)
            self._queued.append(_HEADER.pack(size) if size <= _HEADER_MAX else _LONG.pack(-1, size))
        self._queued.append(data)

    def flush(self) -> None:
        """The queued items in one write (framed as `Connection.send_bytes` frames them; the
        worker reads them one at a time), not a system call and a wake-up per item."""
        if not self._queued:
            return
        if sys.platform == "win32":  # a named pipe's handle, not a file descriptor
            with contextlib.suppress(OSError):  # it died: found when its pipe reads EOF
                for data in self._queued:
                    self.conn.send_bytes(data)
            self._queued.clear()
            return
        view = memoryview(b"".join(self._queued))
        self._queued.clear()
        try:
            while view:
                view = view[os.write(self.write_fd, view) :]
        except OSError:
            pass  # it died: found when its pipe reads EOF, and what it had is sent again

    def answers(self) -> list[bytes]:
        """The answers that have arrived, as many as one read brings (the pipe is readable);
        `gone` once the worker's end is closed."""
        self._frames.read()
        frames = list(self._frames.ready)
        self._frames.ready.clear()
        self.gone = self._frames.gone
        if frames:
            now = time.monotonic()
            took = (now - self._since) / len(frames)
            self.pace = took if not self.pace else 0.75 * self.pace + 0.25 * took
            self._since = now
        return frames

    def answered(self, deadline: float) -> tuple[int, str]:
        seq, item = self.inflight.popleft()
        self.inflight_bytes -= len(item)
        self.warm = True
        self.due = time.monotonic() + deadline
        return seq, item

    def end(self, wait: float) -> int | None:
        self.conn.close()
        self.process.join(wait)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(2.0)
        code: int | None = self.process.exitcode
        return code


def _nap(busy: list[_Worker], more: bool) -> float:
    """How long the parent may sleep before it takes the answers (a few dozen at a time, not a
    wake-up per line): half the time the busy worker soonest to need this process is expected
    to take, at its recent pace, to come down to REFILL_AT items in hand (when there are `more`
    to give it), or to finish what it has; at most MAX_NAP. Halved, so that a worker twice as
    fast as its pace said still has REFILL_AT items in hand when it is given more (`scan
    --jsonl` under load: its workers waited for lines no longer than with 6 ms naps)."""
    left = REFILL_AT if more else 0
    soonest = min(
        (len(w.inflight) - left if len(w.inflight) > left else len(w.inflight)) * w.pace
        for w in busy
    )
    return min(MAX_NAP, soonest / 2)


def _readable(workers: list[_Worker], timeout: float) -> list[_Worker]:
    """The workers with answers (or EOF) to read, waiting up to `timeout` seconds."""
    if sys.platform == "win32":
        from multiprocessing.connection import wait

        ready = wait([cast(Any, w.conn) for w in workers], timeout)
        return [w for w in workers if w.conn in ready]
    poller = select.poll()  # no selector object built and torn down per wait
    for worker in workers:
        poller.register(worker.fd, select.POLLIN)
    fds = {fd for fd, _event in poller.poll(math.ceil(timeout * 1000))}
    return [w for w in workers if w.fd in fds]


class Pool:
    """The workers of one batch, and what they were given."""

    def __init__(
        self,
        engine: Engine,
        spec: WorkerSpec,
        answer: Answer,
        fallback: Callable[[str], bytes],
        workers: int | None = None,
        deadline: float = DEADLINE,
        key: Callable[[str], object] | None = None,
    ) -> None:
        """`engine` (loaded here) is what forked workers use; spawned ones build `spec`'s.
        `answer` runs in the workers: a module-level function (or a partial of one), so that
        it can be sent to a spawned worker. `key`: items one after another with the same key
        (not None) go to the same worker while it has some room (FOLLOW_DEPTH), so that what
        it kept of one serves the next (`scan --jsonl`: a text repeated for other targets)."""
        self.forked = sys.platform == "linux"
        self._ctx: Any = None  # forked workers need no multiprocessing (_Forked)
        if not self.forked:
            import multiprocessing

            self._ctx = multiprocessing.get_context("spawn")
        self.source: Engine | WorkerSpec = engine if self.forked else spec
        self.answer = answer
        self.fallback = fallback
        self.size = workers or worker_count()
        self.deadline = deadline
        self.key = key
        self.failures = 0
        self.fallbacks = 0
        self._workers: list[_Worker] = []

    def _start(self) -> _Worker:
        others = [w.conn for w in self._workers]
        worker = _Worker(self._ctx, self.source, self.answer, others)
        self._workers.append(worker)
        return worker

    def answers(self, items: Iterable[str], one_at_a_time: bool = False) -> Iterator[bytes]:
        """Each item's answer, in the order of `items` (read as workers have room).
        `one_at_a_time`: the next item is read only once every answer is out (a person typing
        lines waits for each answer, and reading the next line would wait for them)."""
        if self.forked:
            for thread in threading.enumerate():  # none runs when this process forks
                if thread.name == READ_AHEAD_THREAD:
                    thread.join()
            gc.freeze()  # the engine's objects stay shared: no collection in a worker copies them
        try:
            for _ in range(self.size):
                self._start()
            yield from self._run(iter(items), one_at_a_time)
        finally:
            for worker in self._workers:  # every worker sees EOF now and ends meanwhile
                worker.conn.close()
            for worker in self._workers:
                worker.end(1.0)
            self._workers.clear()
            if self.forked:
                gc.unfreeze()  # collected as before, should this process go on

    def _run(self, items: Iterator[str], one_at_a_time: bool) -> Iterator[bytes]:
        retry: deque[tuple[int, str]] = deque()  # items to send again, before new ones
        attempts: dict[int, int] = {}
        done: dict[int, bytes] = {}
        ahead: tuple[int, str] | None = None  # the next new item, read but not yet sent
        ahead_key: object = None  # its key
        exhausted = False  # every item has been read
        count = 0  # items read
        emitted = 0
        while True:
            for worker in self._workers:
                refill = len(worker.inflight) <= REFILL_AT  # else: only what follows its last
                while True:
                    if retry:
                        nxt = retry[0]
                    else:
                        if ahead is None:
                            if exhausted or (one_at_a_time and emitted < count):
                                break
                            item = next(items, None)
                            if item is None:
                                exhausted = True
                                break
                            ahead = (count, item)
                            ahead_key = self.key(item) if self.key is not None else None
                            count += 1
                        nxt = ahead
                    follows = not retry and ahead_key is not None and ahead_key == worker.last_key
                    if not (refill or follows) or not worker.can_take(nxt[1], follows):
                        break
                    if retry:
                        retry.popleft()
                        worker.last_key = None
                    else:
                        ahead = None
                        worker.last_key = ahead_key
                    worker.take(nxt[0], nxt[1], self.deadline)
                worker.flush()
            while emitted in done:
                yield done.pop(emitted)
                emitted += 1
            busy = [w for w in self._workers if w.inflight]
            if not busy:
                if exhausted and emitted == count and not retry and ahead is None:
                    return
                continue
            timeout = max(0.0, min(w.due for w in busy) - time.monotonic())
            if not one_at_a_time:
                more = not exhausted or ahead is not None or bool(retry)
                nap = min(timeout, _nap(busy, more))
                if nap >= MIN_NAP:
                    time.sleep(nap)
                    timeout -= nap
            ready = _readable(busy, timeout)
            for worker in busy:
                if worker in ready:
                    for frame in worker.answers():
                        seq, _item = worker.answered(self.deadline)
                        if frame.startswith(ERROR):
                            raise WorkerError(frame[len(ERROR) :].decode("utf-8", "replace"))
                        done[seq] = frame
                    if worker.gone and worker.inflight:
                        self._lost(worker, "died", retry, attempts, done)
                    elif worker.gone:
                        self._replace(worker)
                elif time.monotonic() >= worker.due:
                    self._lost(worker, "gave no answer in time", retry, attempts, done)

    def _replace(self, worker: _Worker) -> None:
        """A worker that died with nothing in hand: a new one takes its place."""
        code = worker.end(0.0)
        self._workers.remove(worker)
        log.warning("a scan worker died between items (exit %s); starting a new one", code)
        self._start()

    def _lost(
        self,
        worker: _Worker,
        how: str,
        retry: deque[tuple[int, str]],
        attempts: dict[int, int],
        done: dict[int, bytes],
    ) -> None:
        """A worker died or hung: the item it was on is tried once more (then read here); the
        items behind it go again as they were; a new worker takes its place."""
        code = worker.end(0.0)
        self._workers.remove(worker)
        self.failures += 1
        (seq, item), *behind = worker.inflight
        tries = attempts[seq] = attempts.get(seq, 0) + 1
        log.warning("a scan worker %s on item %d (exit %s); starting a new one", how, seq + 1, code)
        retry.extendleft(reversed(behind))
        if tries >= 2:
            log.error(
                "item %d: the full reading failed twice; it was read with the patterns only "
                "and reported as not checked fully",
                seq + 1,
            )
            self.fallbacks += 1
            done[seq] = self.fallback(item)
        else:
            retry.appendleft((seq, item))
        self._start()
