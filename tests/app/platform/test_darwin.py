"""The macOS backend's logic, on any system: AppKit, Quartz and pynput's event tap are faked
(tests/fakes_darwin.py: the tap is made on its own thread, as pynput makes it)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.platform.base import KeyEvent, MouseEvent
from app.platform.darwin.api import FLAG_COMMAND, FLAG_CONTROL, FLAG_OPTION, FLAG_SHIFT, RunningApp
from app.platform.darwin.backend import NOT_TRUSTED, DarwinBackend, flags_to_modifiers
from tests.fakes import FakeClock, FakeDarwinApi, FakeKey, FakeKeyCode

TERMINAL = RunningApp("Terminal", "com.apple.Terminal", 501)
SAFARI = RunningApp("Safari", "com.apple.Safari", 502)


class Recorder:
    def __init__(self, swallow: set[str] | None = None, fail: bool = False) -> None:
        self.events: list[KeyEvent] = []
        self.swallow = swallow or set()
        self.fail = fail

    def on_key(self, event: KeyEvent) -> bool:
        self.events.append(event)
        if self.fail:
            raise RuntimeError("bug in the guard")
        return event.key in self.swallow

    def on_mouse(self, event: MouseEvent) -> None:
        raise AssertionError("no mouse tap on macOS")


@pytest.fixture
def api() -> FakeDarwinApi:
    return FakeDarwinApi()


@pytest.fixture
def backend(api: FakeDarwinApi) -> Iterator[DarwinBackend]:
    backend = DarwinBackend(api, clock=FakeClock())
    yield backend
    backend.stop()


def test_the_frontmost_application_is_the_window(
    api: FakeDarwinApi, backend: DarwinBackend
) -> None:
    api.frontmost = TERMINAL
    window = backend.foreground_window()
    assert window is not None
    assert (window.process, window.app_id, window.pid, window.title, window.window_class) == (
        "terminal", "com.apple.Terminal", 501, "", "",
    )  # fmt: skip
    assert backend.foreground_window() is window  # unchanged: the same object, no allocation
    api.frontmost = SAFARI
    other = backend.foreground_window()
    assert other is not None and other.app_id == "com.apple.Safari"


def test_no_frontmost_application_or_a_failure_is_none(
    api: FakeDarwinApi, backend: DarwinBackend
) -> None:
    assert backend.foreground_window() is None
    api.fail_frontmost = RuntimeError("objc error")
    assert backend.foreground_window() is None
    assert backend.errors == 1


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        (0, set()),
        (FLAG_COMMAND, {"meta"}),
        (FLAG_COMMAND | FLAG_OPTION, {"meta", "alt"}),
        (FLAG_CONTROL | FLAG_SHIFT, {"ctrl", "shift"}),
        (0x100 | FLAG_SHIFT, {"shift"}),  # device-dependent bits are ignored
    ],
)
def test_flags_to_modifiers(flags: int, expected: set[str]) -> None:
    assert flags_to_modifiers(flags) == frozenset(expected)


def test_cmd_v_is_seen_and_can_be_swallowed(api: FakeDarwinApi, backend: DarwinBackend) -> None:
    rec = Recorder(swallow={"v"})
    backend.start(rec.on_key, rec.on_mouse)
    tap = api.listener
    assert tap is not None and tap.started and backend.alive()
    assert tap.send(FakeKey("cmd"), True, FLAG_COMMAND) is False
    assert tap.send(FakeKeyCode("v", 9), True, FLAG_COMMAND) is True
    assert tap.send(FakeKeyCode("v", 9), False, FLAG_COMMAND) is True
    assert tap.send(FakeKey("cmd"), False, 0) is False
    assert [(e.key, e.pressed, sorted(e.modifiers)) for e in rec.events] == [
        ("meta", True, ["meta"]),
        ("v", True, ["meta"]),
        ("v", False, ["meta"]),
        ("meta", False, []),
    ]


def test_option_symbols_are_read_by_key_position(
    api: FakeDarwinApi, backend: DarwinBackend
) -> None:
    rec = Recorder()
    backend.start(rec.on_key, rec.on_mouse)
    assert api.listener is not None
    api.listener.send(FakeKeyCode("∆", 38), True, FLAG_COMMAND | FLAG_OPTION)  # Cmd+Opt+J
    api.listener.send(FakeKeyCode("ˆ", 34), True, FLAG_COMMAND | FLAG_OPTION)  # Cmd+Opt+I
    assert [(e.key, sorted(e.modifiers)) for e in rec.events] == [
        ("j", ["alt", "meta"]),
        ("i", ["alt", "meta"]),
    ]


def test_modifiers_are_never_swallowed(api: FakeDarwinApi, backend: DarwinBackend) -> None:
    rec = Recorder(swallow={"meta", "alt"})
    backend.start(rec.on_key, rec.on_mouse)
    assert api.listener is not None
    assert api.listener.send(FakeKey("cmd_r"), True, FLAG_COMMAND) is False
    assert api.listener.send(FakeKey("alt"), True, FLAG_COMMAND | FLAG_OPTION) is False


def test_a_failing_guard_lets_the_key_through(api: FakeDarwinApi, backend: DarwinBackend) -> None:
    rec = Recorder(swallow={"v"}, fail=True)
    backend.start(rec.on_key, rec.on_mouse)
    assert api.listener is not None
    assert api.listener.send(FakeKeyCode("v", 9), True, FLAG_COMMAND) is False
    assert backend.errors == 1


def test_an_event_pynput_did_not_translate_passes(
    api: FakeDarwinApi, backend: DarwinBackend
) -> None:
    rec = Recorder(swallow={"v"})
    backend.start(rec.on_key, rec.on_mouse)
    tap = api.listener
    assert tap is not None
    event = object()
    assert tap.intercept(14, event) is event  # a media key: no on_press came before it
    assert tap.send(FakeKeyCode(None, None), True) is False  # a key without a name
    assert rec.events == []


def test_without_the_accessibility_permission_the_keyboard_is_degraded(
    api: FakeDarwinApi, backend: DarwinBackend
) -> None:
    api.trusted = False
    rec = Recorder()
    backend.start(rec.on_key, rec.on_mouse)
    assert backend.degraded == {"keyboard": NOT_TRUSTED}
    assert api.listener is None
    assert backend.alive()  # nothing a restart would fix yet
    api.trusted = True  # the person ticks PasteGuard in System Settings
    assert not backend.alive()  # so the watchdog restarts it, and now it works
    backend.stop()
    backend.start(rec.on_key, rec.on_mouse)
    assert backend.degraded == {}
    assert api.listener is not None and backend.alive()


def test_stop_ends_the_tap(api: FakeDarwinApi, backend: DarwinBackend) -> None:
    backend.start(Recorder().on_key, Recorder().on_mouse)
    listener = api.listener
    backend.stop()
    assert listener is not None and listener.stopped and not backend.alive()
    backend.stop()
