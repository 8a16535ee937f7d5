"""A page that rewrites the clipboard in a loop, over the real event store and a real HTTP
collector: one event locally, and a SIEM stream whose latest version tells the count."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.config import ForwardSettings, HttpTarget
from app.detection import Engine, PasteTarget
from app.events import Event, EventKind
from app.forwarding.forwarder import Forwarder, sinks_from_settings
from app.guard.keys import PasteSequence
from app.guard.neutralize import NEUTRAL_LINE
from app.guard.service import (
    BURST_GAP,
    BURST_REPORT_EVERY,
    ClipboardChange,
    GuardService,
    GuardSettings,
)
from app.storage import EventStore
from tests.app.forwarding.servers import HttpCollector
from tests.app.guard.test_service import MALICIOUS, RUN_BOX, WEB, FakeClassifier, FakeUI
from tests.fakes import FakeClock


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(strict=True)


@pytest.fixture
def collector() -> Iterator[HttpCollector]:
    server = HttpCollector()
    yield server
    server.close()


def guard(engine: Engine, store: EventStore, clock: FakeClock) -> tuple[GuardService, FakeUI]:
    ui = FakeUI()
    service = GuardService(
        engine, store, ui, PasteSequence(strict=True), FakeClassifier(PasteTarget.TERMINAL),
        lambda: RUN_BOX, False, GuardSettings(mode="block"), clock=clock,
    )  # fmt: skip
    return service, ui


STEP = 0.25  # seconds between two writes (a real page: 0.04; tests/app/guard/test_service.py)


def write_in_a_loop(service: GuardService, clock: FakeClock, seconds: float) -> None:
    """setInterval(() => navigator.clipboard.writeText(lure), 250), and the guard's worker."""
    for _ in range(round(seconds / STEP)):
        service.clipboard_changed(ClipboardChange(MALICIOUS, WEB))
        service.process_pending(clock.now)
        service.clipboard_changed(ClipboardChange(NEUTRAL_LINE))  # its own write, reported
        service.process_pending(clock.now)
        clock.advance(STEP)


def received(collector: HttpCollector) -> list[dict[str, Any]]:
    docs = [d for r in collector.requests for d in r.json()]
    return [d for d in docs if d["event"]["action"] == "clipboard_neutralized"]


def test_the_siem_is_told_the_count_as_corrections_naming_the_version_they_replace(
    engine: Engine, tmp_path: Path, collector: HttpCollector
) -> None:
    sinks = sinks_from_settings(
        ForwardSettings(http=(HttpTarget(collector.url + "/hook", "webhook"),))
    )
    clock = FakeClock()
    with EventStore.open(tmp_path / "data", sinks=list(sinks)) as store:
        forwarder = Forwarder(store, sinks, strict=True)
        service, ui = guard(engine, store, clock)
        write_in_a_loop(service, clock, 2.0)
        forwarder.run_once()  # the SIEM has the first version meanwhile
        write_in_a_loop(service, clock, BURST_REPORT_EVERY)
        forwarder.run_once()  # ... then the count so far
        write_in_a_loop(service, clock, 2.0)
        clock.advance(BURST_GAP)
        service.process_pending(clock.now)  # the writes stopped: the final count
        forwarder.run_once()

        (local,) = [e for e in store.query() if e.kind == "clipboard_neutralized"]
        assert local.details["writes"] == round((4.0 + BURST_REPORT_EVERY) / STEP)
        assert local.details["burst_ended"] is True
        assert len(ui.notes) == 1
        assert store.quarantined(None) is not None  # "Put it back" still finds the text

    first, update, final = received(collector)
    assert first["pasteguard"]["id"] == update["pasteguard"]["id"] == final["pasteguard"]["id"]
    assert "corrects" not in first["pasteguard"] and "writes" not in first["pasteguard"]["details"]
    assert update["pasteguard"]["details"]["burst_ended"] is False
    ids = [d["event"]["id"] for d in (first, update, final)]
    assert len(set(ids)) == 3  # each version a document of its own
    assert update["pasteguard"]["corrects"]["event_id"] == ids[0]
    assert final["pasteguard"]["corrects"]["event_id"] == ids[1]  # names the one it replaces
    assert final["pasteguard"]["corrects"]["event_ids"] == ids[:2]  # ... and every earlier one
    assert final["pasteguard"]["details"]["writes"] == local.details["writes"]
    assert final["@timestamp"] == first["@timestamp"]  # the burst's start


def test_a_text_put_back_names_the_siems_last_version_of_the_event_that_blocked_it(
    engine: Engine, tmp_path: Path, collector: HttpCollector
) -> None:
    """The person puts the text back in the middle of a burst ("Put it back", the warning's
    choice as ui/warning/outcomes.py records it): the burst's event is brought up to date
    first, and the `restored` record names that version's event.id, which the SIEM has."""
    sinks = sinks_from_settings(
        ForwardSettings(http=(HttpTarget(collector.url + "/hook", "webhook"),))
    )
    clock = FakeClock()
    with EventStore.open(tmp_path / "data", sinks=list(sinks)) as store:
        forwarder = Forwarder(store, sinks, strict=True)
        service, ui = guard(engine, store, clock)
        write_in_a_loop(service, clock, 2.0)
        service.request_restore(None)
        service.process_pending(clock.now)
        (warning,) = ui.warnings
        assert service.let_through(warning.digest)
        service.record(
            Event(kind=EventKind.RESTORED.value, level="malicious", sha256=warning.digest,
                  action="restored", details={"by": "user", "event_id": warning.restore_event})
        )  # fmt: skip
        service.process_pending(clock.now)
        forwarder.run_once()
    docs = [d for r in collector.requests for d in r.json()]
    blocked = [d for d in docs if d["event"]["action"] == "clipboard_neutralized"]
    (restored,) = [d for d in docs if d["event"]["action"] == "restored"]
    assert blocked[-1]["pasteguard"]["details"]["writes"] == round(2.0 / STEP)
    assert restored["pasteguard"]["details"]["follows"] == {
        "event_id": blocked[-1]["event"]["id"], "id": blocked[-1]["pasteguard"]["id"],
        "kind": "clipboard_neutralized",
    }  # fmt: skip


def test_a_loop_while_the_log_cannot_be_written_is_counted_where_the_event_waits(
    engine: Engine, tmp_path: Path
) -> None:
    """A locked (or full) log: the first write's event waits in memory; its count is brought
    up to date there, more than once, and it is written once, counted."""
    data = tmp_path / "data"
    EventStore.open(data).close()
    locker = sqlite3.connect(data / "events.db", isolation_level=None)
    clock = FakeClock()
    with EventStore.open(data, busy_timeout=0.02) as store:
        service, _ui = guard(engine, store, clock)
        locker.execute("BEGIN EXCLUSIVE")
        try:
            write_in_a_loop(service, clock, BURST_REPORT_EVERY + 1.0)  # one update meanwhile
            write_in_a_loop(service, clock, 1.0)
            clock.advance(BURST_GAP)
            service.process_pending(clock.now)  # the final count, still waiting
            assert store.pending >= 1
        finally:
            locker.execute("COMMIT")
            locker.close()
        assert store.flush(force=True)
        (event,) = [e for e in store.query() if e.kind == "clipboard_neutralized"]
        assert event.details["writes"] == round((BURST_REPORT_EVERY + 2.0) / STEP)
        assert event.details["revision"] == 2 and event.details["burst_ended"] is True


def test_versions_a_collector_never_received_are_still_named(
    engine: Engine, tmp_path: Path, collector: HttpCollector
) -> None:
    """The collector is down through an update and the final count (or they come within one
    forwarding round): it receives the first version and then only the last, which must name
    the first too, or "leave out what a later document names" keeps both and counts twice."""
    sinks = sinks_from_settings(
        ForwardSettings(http=(HttpTarget(collector.url + "/hook", "webhook"),))
    )
    clock = FakeClock()
    with EventStore.open(tmp_path / "data", sinks=list(sinks)) as store:
        forwarder = Forwarder(store, sinks, strict=True)
        service, _ui = guard(engine, store, clock)
        write_in_a_loop(service, clock, 1.0)
        forwarder.run_once()  # the first version
        write_in_a_loop(service, clock, BURST_REPORT_EVERY)  # an update, not sent
        clock.advance(BURST_GAP)
        service.process_pending(clock.now)  # the final count
        forwarder.run_once()
    first, last = received(collector)
    assert last["pasteguard"]["details"]["revision"] == 2
    named = last["pasteguard"]["corrects"]["event_ids"]
    assert first["event"]["id"] in named and len(named) == 2


def test_a_lure_with_a_counter_pushes_no_real_event_out_of_a_log_with_max_events(
    engine: Engine, tmp_path: Path, collector: HttpCollector
) -> None:
    """A page appending a counter to its lure, 4 writes a second for 20 s, under max_events =
    20: one event (the SIEM told its count and versions), and the event before it stays."""
    sinks = sinks_from_settings(
        ForwardSettings(http=(HttpTarget(collector.url + "/hook", "webhook"),))
    )
    clock = FakeClock()
    with EventStore.open(tmp_path / "data", sinks=list(sinks), max_events=20) as store:
        forwarder = Forwarder(store, sinks, strict=True)
        service, _ui = guard(engine, store, clock)
        real = store.append(Event(kind=EventKind.CLIPBOARD_FLAGGED.value, summary="earlier"))
        for i in range(80):
            lure = f"{MALICIOUS} # Verification ID: {9000 + i}"
            service.clipboard_changed(ClipboardChange(lure, WEB))
            service.process_pending(clock.now)
            clock.advance(STEP)
        clock.advance(BURST_GAP)
        service.process_pending(clock.now)
        store.apply_retention()
        forwarder.run_once()
        events = list(store.query())
        assert real in [e.id for e in events] and len(events) == 2
    *_, final = received(collector)
    details = final["pasteguard"]["details"]
    assert details["writes"] == 80 and details["versions"] == 80
    assert "9079" in details["version_texts"][-1]["text"]
