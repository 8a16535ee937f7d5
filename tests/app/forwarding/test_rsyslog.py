"""Against a real collector: rsyslogd crashes in the middle of 1,000 events and comes back;
the event store's outbox and the forwarder deliver every event at least once."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from app.events import Event
from app.forwarding.forwarder import Forwarder
from app.forwarding.syslog import SD_ID, SyslogSink
from app.storage import EventStore
from tests.app.forwarding.rsyslog import Rsyslog

EVENTS = 1000


@pytest.mark.slow
def test_collector_outage_loses_nothing(tmp_path: Path, flagged_event: Event) -> None:
    collector = Rsyslog(tmp_path / "rsyslog")
    collector.start()
    store = EventStore.open(tmp_path / "data", sinks=["syslog"], verify=False)
    sink = SyslogSink(f"tcp://127.0.0.1:{collector.port}", timeout=2.0)
    forwarder = Forwarder(
        store,
        {"syslog": sink},
        batch=100,
        max_batches=1,
        base_backoff=0.05,
        max_backoff=0.2,
        strict=True,
    )
    try:
        ids: set[int] = set()
        for n in range(EVENTS):
            when = flagged_event.time + timedelta(milliseconds=n)
            event_id = store.append(replace(flagged_event, id=None, time=when))
            assert event_id is not None
            ids.add(event_id)
        # One event far larger than a stock rsyslog takes (8 KiB): it must arrive as valid JSON.
        huge = store.append(replace(flagged_event, id=None, text="H" * 16000))
        assert huge is not None
        ids.add(huge)
        assert store.outbox_size("syslog") == EVENTS + 1

        for _ in range(3):
            assert forwarder.run_once() == {"syslog": 100}
        first = set(collector.wait_for_ids(set(sorted(ids)[:300])))
        assert len(first) == 300

        collector.kill()  # crash: the connection dies with it
        for _ in range(5):
            assert forwarder.run_once() == {"syslog": 0}
            time.sleep(0.25)  # past the (short) backoff, so each round really tries
        status = forwarder.status()["syslog"]
        assert not status.healthy and status.failures >= 3
        assert status.last_error is not None and "refused" in status.last_error
        assert status.backlog == EVENTS + 1 - 300

        collector.start()  # same port
        deadline = time.monotonic() + 20
        while store.outbox_size("syslog") and time.monotonic() < deadline:
            forwarder.run_once()
            time.sleep(0.05)
        assert store.outbox_size("syslog") == 0
        assert forwarder.status()["syslog"].healthy

        received = collector.wait_for_ids(ids)
        assert set(received) == ids, f"missing: {sorted(ids - set(received))[:20]}"

        records = collector.records()
        for record in records[:5]:
            assert record["msgid"] == "paste_blocked"
            assert record["pri"] == "162"
            assert record["appname"] == "pasteguard"
            assert record["sd"].startswith(f"[{SD_ID} id=")
        big = next(r for r in records if Rsyslog.document(r)["pasteguard"]["id"] == huge)
        assert Rsyslog.document(big)["pasteguard"]["truncated"] is True
    finally:
        forwarder.close()
        store.close()
        collector.stop()
