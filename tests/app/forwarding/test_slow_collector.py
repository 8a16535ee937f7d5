"""One collector that answers a byte every two seconds: it delays only itself. The syslog
collector (a real rsyslogd) keeps receiving, status calls the slow one unhealthy, and stopping
takes well under two seconds whatever the slow one does."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from app.config import HttpTarget
from app.events import Event
from app.forwarding.forwarder import Forwarder
from app.forwarding.http import HttpSink
from app.forwarding.syslog import SyslogSink
from app.storage import EventStore
from tests.app.forwarding.rsyslog import Rsyslog
from tests.app.forwarding.servers import HttpCollector, Reply

pytestmark = pytest.mark.slow


def test_a_trickling_collector_delays_only_itself_and_never_the_shutdown(
    tmp_path: Path, flagged_event: Event
) -> None:
    rsyslog = Rsyslog(tmp_path / "rsyslog")
    rsyslog.start()
    slow = HttpCollector()
    slow.default = lambda r: Reply(200, {}, trickle=2.0)  # one byte every two seconds
    store = EventStore.open(tmp_path / "data", sinks=["http:slow", "syslog"], verify=False)
    forwarder = Forwarder(
        store,
        {
            "http:slow": HttpSink(HttpTarget(slow.url, "webhook"), timeout=3.0),
            "syslog": SyslogSink(f"tcp://127.0.0.1:{rsyslog.port}", timeout=2.0),
        },
        base_backoff=0.2,
        max_backoff=0.5,
        strict=True,
    )
    stop = threading.Event()
    serving = threading.Thread(target=forwarder.serve, args=(stop, 0.1))
    try:
        first = store.append(replace(flagged_event, id=None))
        serving.start()
        # barrier: the slow collector has the first request in hand, and is trickling
        deadline = time.monotonic() + 10
        while not slow.requests and time.monotonic() < deadline:
            time.sleep(0.02)
        assert slow.requests, "the HTTP collector never got a request"
        second = store.append(replace(flagged_event, id=None))
        assert first is not None and second is not None
        got = rsyslog.wait_for_ids({first, second}, timeout=2.5)  # sooner than one slow answer
        assert {first, second} <= set(got), "syslog waited for the slow HTTP collector"
        # past its whole-request deadline (3 s) the slow one is reported, not silently stuck
        deadline = time.monotonic() + 8
        while forwarder.status()["http:slow"].healthy and time.monotonic() < deadline:
            time.sleep(0.05)
        status = forwarder.status()
        assert not status["http:slow"].healthy
        assert "timed out" in (status["http:slow"].last_error or "")
        assert status["syslog"].healthy
        # stop while the slow collector holds a request
        while len(slow.requests) < 2 and time.monotonic() < deadline + 8:
            time.sleep(0.05)
        started = time.monotonic()
        stop.set()
        serving.join(timeout=10)
        took = time.monotonic() - started
        assert not serving.is_alive() and took < 2.0, f"stopping took {took:.1f} s"
    finally:
        stop.set()
        serving.join(timeout=10) if serving.is_alive() else None
        store.close()
        slow.close()
        rsyslog.stop()
