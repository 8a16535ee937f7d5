"""Delivers the event store's outbox to every sink at least once, backing off while one is down."""

from __future__ import annotations

import contextlib
import logging
import random
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, Protocol

from app.backoff import doubling
from app.events import Event, utc_now
from app.forwarding.http import HttpSink, HttpTarget
from app.forwarding.sink import Sink, SinkError
from app.forwarding.syslog import SyslogSink
from app.forwarding.winevent import WinEventSink
from app.privacy import redact

log = logging.getLogger(__name__)

SYSLOG = "syslog"
WINDOWS_EVENT_LOG = "windows-event-log"


class OutboxItem(Protocol):
    """One event waiting for one sink (app.storage's OutboxItem)."""

    @property
    def id(self) -> int: ...
    @property
    def attempts(self) -> int: ...  # failed deliveries so far
    @property
    def event(self) -> Event: ...


class Outbox(Protocol):
    """The outbox half of app.storage.EventStore. Called from the forwarder's thread only."""

    def outbox_pending(self, sink: str, limit: int = 500, /) -> Sequence[OutboxItem]: ...
    def outbox_done(self, ids: list[int], /) -> object: ...
    def outbox_failed(self, ids: list[int], retry_at: datetime, /) -> object: ...
    def outbox_size(self, sink: str | None = None, /) -> int: ...
    def outbox_retry_now(self, sink: str, /) -> object: ...
    def outbox_requeue(self, sink: str, event_ids: list[int], /) -> bool: ...


class ForwardTargets(Protocol):
    """The `[forward]` settings (app.config.ForwardSettings has these attributes)."""

    @property
    def syslog(self) -> str | None: ...
    @property
    def syslog_ca(self) -> str | None: ...
    @property
    def syslog_app_name(self) -> str: ...
    @property
    def http(self) -> Sequence[HttpTarget]: ...
    @property
    def windows_event_log(self) -> bool: ...


@dataclass(frozen=True)
class SinkStatus:
    """What the tray and `pasteguard status` show about one sink."""

    name: str
    backlog: int = 0  # events waiting for this sink
    delivered: int = 0  # since the forwarder started
    last_success: datetime | None = None
    last_error: str | None = None  # the most recent failure, kept after recovery for context
    last_error_at: datetime | None = None
    failures: int = 0  # consecutive failed rounds; 0 when the last attempt worked
    next_attempt: datetime | None = None  # while failing: when the sink is tried again
    proxy: str | None = None  # HTTP: the proxy its requests go through (or why none); None: direct

    @property
    def healthy(self) -> bool:
        return self.failures == 0

    def to_dict(self) -> dict[str, Any]:
        def iso(t: datetime | None) -> str | None:
            return t.isoformat(timespec="seconds") if t else None

        return {
            "name": self.name,
            "healthy": self.healthy,
            "backlog": self.backlog,
            "delivered": self.delivered,
            "last_success": iso(self.last_success),
            "last_error": self.last_error,
            "last_error_at": iso(self.last_error_at),
            "failures": self.failures,
            "next_attempt": iso(self.next_attempt),
            "proxy": self.proxy,
        }


class Forwarder:
    """Moves due outbox items to their sinks. Run it on its own thread (`serve`) with its own
    store connection: a send may block for a sink's timeout, which the engine must never wait
    for. An item is marked done only after its sink confirmed it."""

    def __init__(
        self,
        store: Outbox,
        sinks: Mapping[str, Sink],
        clock: Callable[[], datetime] = utc_now,
        batch: int = 500,
        base_backoff: float = 1.0,
        max_backoff: float = 300.0,
        jitter: Callable[[], float] = random.random,
        max_batches: int = 10,
        strict: bool = False,
    ) -> None:
        self._store = store
        self._sinks = dict(sinks)
        for name, sink in self._sinks.items():
            self._attach(name, sink)
        self._clock = clock
        self._batch = batch
        self._base = base_backoff
        self._max = max_backoff
        self._jitter = jitter
        self._max_batches = max_batches  # per sink and round, so one backlog cannot stall others
        self._lock = threading.Lock()
        self._status = {
            name: SinkStatus(name, proxy=getattr(sink, "route", None))
            for name, sink in self._sinks.items()
        }
        self._kicks = {name: threading.Event() for name in self._sinks}
        # Like the engine: in the tests a bug in a sink must fail loudly, not look like an outage.
        self._strict = strict
        # while `serve` runs: its stop, its interval, and each sink's thread with its own stop
        self._serving: tuple[threading.Event, float] | None = None
        self._threads: dict[str, tuple[threading.Thread, threading.Event]] = {}

    @property
    def sink_names(self) -> list[str]:
        return list(self._sinks)

    def run_once(self) -> dict[str, int]:
        """One round over every sink; returns how many events each one took. Never raises for a
        sink or store failure: those are logged and kept in `status()`."""
        return {name: self._drain(name, sink) for name, sink in self._sinks.items()}

    def serve(self, stop: threading.Event, interval: float = 2.0, grace: float = 1.0) -> None:
        """Each sink on a thread of its own, a round every `interval` seconds, until `stop` is
        set; then requests in flight are cut and this returns within about `grace` seconds.

        One thread per sink: a collector that answers a byte every two seconds delays only
        itself, never the syslog or another HTTP target. The threads are daemons: a collector
        can never keep the process from exiting.
        """
        with self._lock:
            self._serving = (stop, interval)
            for name, sink in self._sinks.items():
                self._start_thread(name, sink)
        stop.wait()
        with self._lock:
            self._serving = None
            threads = [thread for thread, _ in self._threads.values()]
            self._threads = {}
        self.kick()
        self.abort()
        deadline = time.monotonic() + grace
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        stuck = [t.name for t in threads if t.is_alive()]
        if stuck:
            log.warning("forwarding threads still busy at shutdown: %s", ", ".join(stuck))
        self.close()

    def _start_thread(self, name: str, sink: Sink) -> None:
        """With the lock held, while serving: `sink`'s thread, with a stop of its own."""
        assert self._serving is not None
        stop, interval = self._serving
        retired = threading.Event()
        thread = threading.Thread(
            target=self._serve_sink, args=(name, sink, stop, interval, retired),
            name=f"forward-{name}", daemon=True,
        )  # fmt: skip
        self._threads[name] = (thread, retired)
        thread.start()

    def _serve_sink(
        self,
        name: str,
        sink: Sink,
        stop: threading.Event,
        interval: float,
        retired: threading.Event | None = None,
    ) -> None:
        kick = self._kicks[name]
        while not stop.is_set() and not (retired is not None and retired.is_set()):
            kick.clear()
            try:
                self._drain(name, sink)
            except Exception:  # the store's programming errors too: this thread must go on
                if self._strict:
                    raise
                log.exception("forwarding to %s: the round failed", name)
            kick.wait(interval)
        if retired is not None and retired.is_set() and not stop.is_set():
            with contextlib.suppress(Exception):  # replaced: its batch in flight was finished
                sink.close()

    def replace_sinks(self, sinks: Mapping[str, Sink]) -> None:
        """Any thread: forward to `sinks` from now on (the policy's targets changed while the
        guard runs). The sinks it had stop after the batch each has in flight (what it sent is
        marked delivered as usual) and are closed; the new ones start at once, each on a thread
        of its own. A name kept (the syslog collector moved) keeps its outbox: the new sink
        delivers what the old one had not, at once (its failures and backoff start again).
        The store's outbox must be told first (EventStore.set_sinks)."""
        with self._lock:
            for name, (_thread, retired) in self._threads.items():
                retired.set()
                self._kicks[name].set()  # out of its wait now
            self._threads = {}
            old = self._status
            self._sinks = dict(sinks)
            for name, sink in self._sinks.items():
                self._attach(name, sink)
            self._status = {
                name: SinkStatus(
                    name,
                    delivered=old[name].delivered if name in old else 0,
                    proxy=getattr(sink, "route", None),
                )
                for name, sink in self._sinks.items()
            }
            self._kicks = {name: threading.Event() for name in self._sinks}
            kept = [name for name in self._sinks if name in old]
        for name in kept:  # a new sink by an old name: its backlog is due now, not at the
            self._store.outbox_retry_now(name)  # old collector's backoff
        with self._lock:
            if self._serving is not None:
                for name, sink in self._sinks.items():
                    self._start_thread(name, sink)

    def _attach(self, name: str, sink: Sink) -> None:
        """A sink that learns late that its collector never read what it took (syslog) puts
        those events back in `name`'s outbox, where they outlast the process."""
        if isinstance(sink, SyslogSink):
            sink.on_lost = lambda events: self._requeue(name, events)

    def _requeue(self, name: str, events: list[Event]) -> bool:
        if name not in self._sinks:
            return False  # removed from the policy: its outbox is gone
        ids = [e.id for e in events if e.id is not None]
        done = bool(self._store.outbox_requeue(name, ids))
        if done:
            self.kick_one(name)
        return done

    def kick_one(self, name: str) -> None:
        kick = self._kicks.get(name)
        if kick is not None:
            kick.set()

    def kick(self) -> None:
        """Any thread: start a round now on every sink (an event that should leave at once)."""
        for kick in self._kicks.values():
            kick.set()

    def abort(self) -> None:
        """Any thread: cut the requests in flight (the guard is stopping)."""
        for sink in self._sinks.values():
            abort = getattr(sink, "abort", None)
            if abort is not None:
                with contextlib.suppress(Exception):
                    abort()

    def close(self) -> None:
        for sink in self._sinks.values():
            with contextlib.suppress(Exception):
                self._probe(sink)  # a collector that died since the last round: said now
                sink.close()

    @staticmethod
    def _probe(sink: Sink) -> None:
        probe = getattr(sink, "probe", None)
        if probe is not None:
            probe()

    def status(self) -> dict[str, SinkStatus]:
        """A snapshot, safe to call from any thread."""
        with self._lock:
            return dict(self._status)

    def backoff(self, attempts: int) -> float:
        """Seconds to wait after the `attempts`+1-th failure: doubling up to the maximum, with
        "equal jitter" (half fixed, half random) so a fleet of clients does not retry in step."""
        return doubling(attempts + 1, self._base, self._max) * (0.5 + 0.5 * self._jitter())

    def _drain(self, name: str, sink: Sink) -> int:
        now = self._clock()
        status = self._status_of(name, sink)
        if status is None:
            return 0  # replaced (replace_sinks): its thread is ending
        if status.next_attempt is not None and now < status.next_attempt:
            return 0  # still backing off: new events wait with the old ones
        delivered = 0
        try:
            self._probe(sink)  # what it sent lately and was not read waits again, first
            for _ in range(self._max_batches):
                items = list(self._store.outbox_pending(name, self._batch))
                if not items:
                    break
                done = self._deliver(name, sink, items)
                delivered += done
                if done < len(items) or len(items) < self._batch:
                    break
            backlog = self._store.outbox_size(name)
        except (sqlite3.Error, OSError) as exc:  # the store's environment: disk, lock, corruption
            log.warning("forwarding to %s paused: the event store failed: %s", name, exc)
            self._update(name, sink, last_error=f"event store: {exc}", last_error_at=now)
            return delivered
        self._update(name, sink, backlog=backlog)
        return delivered

    def _deliver(self, name: str, sink: Sink, items: list[OutboxItem]) -> int:
        """Send one batch; mark what the sink took as done and the rest as failed."""
        try:
            sink.send([item.event for item in items])
        except SinkError as exc:
            return self._failed(name, sink, items, str(exc), exc.accepted)
        except Exception as exc:
            if self._strict:
                raise
            log.exception("forwarding to %s: the sink failed unexpectedly", name)
            return self._failed(name, sink, items, f"{type(exc).__name__}: {exc}", frozenset())
        self._store.outbox_done([item.id for item in items])
        previous = self._status_of(name, sink)
        if previous is None:
            return len(items)  # replaced while it sent: delivered all the same
        if not previous.healthy:
            log.info("forwarding to %s works again after %d failures", name, previous.failures)
        self._update(
            name,
            sink,
            delivered=previous.delivered + len(items),
            last_success=self._clock(),
            failures=0,
            next_attempt=None,
        )
        return len(items)

    def _failed(
        self,
        name: str,
        sink: Sink,
        items: list[OutboxItem],
        error: str,
        accepted: frozenset[int],
    ) -> int:
        taken = [item.id for i, item in enumerate(items) if i in accepted]
        rest = [item for i, item in enumerate(items) if i not in accepted]
        if taken:
            self._store.outbox_done(taken)
        previous = self._status_of(name, sink)
        if previous is None:  # replaced while it sent: its successor tries them at once
            return len(taken)
        attempts = max([previous.failures, *(item.attempts for item in rest)])
        now = self._clock()
        retry_at = now + timedelta(seconds=self.backoff(attempts))
        if rest:
            self._store.outbox_failed([item.id for item in rest], retry_at)
        wait = (retry_at - now).total_seconds()
        if previous.healthy:
            log.warning("forwarding to %s failed: %s; retrying in %.1f s", name, error, wait)
        else:
            log.debug("forwarding to %s failed again: %s; retrying in %.1f s", name, error, wait)
        self._update(
            name,
            sink,
            delivered=previous.delivered + len(taken),
            last_error=error,
            last_error_at=now,
            failures=previous.failures + 1,
            next_attempt=retry_at,
        )
        return len(taken)

    def _status_of(self, name: str, sink: Sink) -> SinkStatus | None:
        """`name`'s status while `sink` is still the one forwarding to it (else None)."""
        with self._lock:
            return self._status.get(name) if self._sinks.get(name) is sink else None

    def _update(self, name: str, sink: Sink, **changes: Any) -> None:
        with self._lock:
            if self._sinks.get(name) is sink:  # a replaced sink's late answer changes nothing
                self._status[name] = replace(self._status[name], **changes)


def sinks_from_settings(forward: ForwardTargets) -> dict[str, Sink]:
    """The sinks the `[forward]` settings ask for, by stable name: "syslog", "http:<host>",
    "windows-event-log". The name keys the outbox, so it must not change between runs."""
    sinks: dict[str, Sink] = {}
    if forward.syslog:
        try:
            sinks[SYSLOG] = SyslogSink(
                forward.syslog, ca_file=forward.syslog_ca, app_name=forward.syslog_app_name
            )
        except ValueError as exc:
            log.error("syslog forwarding is off: %s", exc)
    for target in forward.http:
        try:
            http_sink = HttpSink(target)
        except ValueError as exc:
            log.error("HTTP forwarding to %s is off: %s", redact(target.url), exc)
            continue
        sinks[_unique_name(f"http:{http_sink.host}", target.kind, sinks)] = http_sink
    if forward.windows_event_log:
        if sys.platform == "win32":
            sinks[WINDOWS_EVENT_LOG] = WinEventSink()
        else:
            log.warning("windows_event_log is set, but this system has no Windows Event Log")
    return sinks


def _unique_name(base: str, kind: str, taken: Mapping[str, object]) -> str:
    """`http:<host>`; a second target on the same host gets its kind, then a number."""
    if base not in taken:
        return base
    candidate = f"{base}-{kind}"
    n = 2
    while candidate in taken:
        candidate = f"{base}-{kind}-{n}"
        n += 1
    return candidate
