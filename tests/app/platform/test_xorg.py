"""The X11 backend's logic with a fake window watcher and fake pynput listeners."""

from __future__ import annotations

from app.platform.base import KeyEvent, MouseEvent, WindowInfo
from app.platform.xorg.backend import NO_RECORD, RECORD_START_LIMIT, XWAYLAND, XorgBackend
from app.platform.xorg.window import XorgUnavailable
from tests.fakes import FakeClock, FakeKey, FakeKeyCode, FakeWindowWatcher, FakeX11Listeners

XTERM = WindowInfo("xterm", "XTerm", "bash", 42, handle=0x600001)


class Recorder:
    def __init__(self, fail: bool = False) -> None:
        self.keys: list[KeyEvent] = []
        self.clicks: list[MouseEvent] = []
        self.fail = fail

    def on_key(self, event: KeyEvent) -> bool:
        self.keys.append(event)
        if self.fail:
            raise RuntimeError("bug in the guard")
        return True  # asks to swallow: X11 cannot, and the backend must not pretend

    def on_mouse(self, event: MouseEvent) -> None:
        self.clicks.append(event)


def make(**kwargs: object) -> tuple[XorgBackend, FakeWindowWatcher, FakeX11Listeners]:
    watcher = FakeWindowWatcher(**kwargs)  # type: ignore[arg-type]
    listeners = FakeX11Listeners()
    backend = XorgBackend(":0", listeners=listeners, watcher=watcher, clock=FakeClock())
    return backend, watcher, listeners


def test_keys_and_modifiers_are_translated() -> None:
    backend, _, listeners = make()
    rec = Recorder()
    backend.start(rec.on_key, rec.on_mouse)
    assert backend.alive() and not backend.can_suppress_keys
    listeners.press(FakeKey("ctrl_l"))
    listeners.press(FakeKey("shift_r"))
    listeners.press(FakeKeyCode("V", 0x56))
    listeners.release(FakeKeyCode("V", 0x56))
    listeners.release(FakeKey("shift_r"))
    listeners.press(FakeKey("insert"))
    listeners.release(FakeKey("ctrl_l"))
    listeners.press(FakeKeyCode(None, 0xFF8D))  # KP_Enter without a character
    assert [(e.key, e.pressed, sorted(e.modifiers)) for e in rec.keys] == [
        ("ctrl", True, ["ctrl"]),
        ("shift", True, ["ctrl", "shift"]),
        ("v", True, ["ctrl", "shift"]),
        ("v", False, ["ctrl", "shift"]),
        ("shift", False, ["ctrl"]),
        ("insert", True, ["ctrl"]),
        ("ctrl", False, []),
        ("enter", True, []),
    ]


def test_super_is_meta_and_unknown_keys_are_dropped() -> None:
    backend, _, listeners = make()
    rec = Recorder()
    backend.start(rec.on_key, rec.on_mouse)
    listeners.press(FakeKey("cmd"))
    listeners.press(FakeKeyCode(None, None))
    listeners.press(None)
    assert [(e.key, sorted(e.modifiers)) for e in rec.keys] == [("meta", ["meta"])]


def test_the_middle_button_is_reported() -> None:
    backend, _, listeners = make()
    rec = Recorder()
    backend.start(rec.on_key, rec.on_mouse)
    listeners.click("middle")
    listeners.click("middle", pressed=False)
    assert [(c.button, c.pressed) for c in rec.clicks] == [("middle", True), ("middle", False)]


def test_callback_failures_are_counted_not_raised() -> None:
    backend, _, listeners = make()
    rec = Recorder(fail=True)
    backend.start(rec.on_key, rec.on_mouse)
    listeners.press(FakeKeyCode("v"))
    assert backend.errors == 1
    assert backend.alive()


def test_the_foreground_window_is_the_watchers_cache() -> None:
    backend, watcher, _ = make()
    backend.start(Recorder().on_key, Recorder().on_mouse)
    assert backend.foreground_window() is None
    watcher.current = XTERM
    assert backend.foreground_window() is XTERM


def test_without_record_keys_and_clicks_are_degraded() -> None:
    backend, _, listeners = make(has_record=False)
    backend.start(Recorder().on_key, Recorder().on_mouse)
    assert backend.degraded == {"keyboard": NO_RECORD, "mouse": NO_RECORD}
    assert listeners.keyboard_listener is None
    assert backend.alive()  # the window watcher runs; a restart would not bring RECORD


def test_without_a_display_everything_is_degraded() -> None:
    backend, _, _ = make(fail=XorgUnavailable("cannot open X display ':0': refused"))
    backend.start(Recorder().on_key, Recorder().on_mouse)
    assert set(backend.degraded) == {"keyboard", "mouse", "window"}
    assert "refused" in backend.degraded["window"]
    assert not backend.alive()


def test_a_wayland_session_says_it_sees_only_xwayland() -> None:
    watcher = FakeWindowWatcher()
    backend = XorgBackend(":0", wayland_session=True, listeners=FakeX11Listeners(), watcher=watcher)
    assert backend.degraded == {"session": XWAYLAND}


def test_stopping_stops_listeners_and_watcher() -> None:
    backend, watcher, listeners = make()
    backend.start(Recorder().on_key, Recorder().on_mouse)
    keyboard, mouse = listeners.keyboard_listener, listeners.mouse_listener
    backend.stop()
    assert keyboard is not None and keyboard.stopped
    assert mouse is not None and mouse.stopped
    assert not watcher.running and not backend.alive()


def test_the_backend_is_starting_until_the_server_records_for_its_listeners() -> None:
    # pynput's start() returns before the server records for it: keys pressed meanwhile are
    # never seen, so until then the guard must not say it is ready
    watcher, listeners, clock = FakeWindowWatcher(), FakeX11Listeners(records=False), FakeClock()
    backend = XorgBackend(":0", listeners=listeners, watcher=watcher, clock=clock)
    assert not backend.starting  # not started at all: nothing to wait for
    backend.start(Recorder().on_key, Recorder().on_mouse)
    assert backend.starting and backend.degraded == {}
    assert listeners.keyboard_listener is not None and listeners.mouse_listener is not None
    listeners.keyboard_listener.records = True
    assert backend.starting  # the mouse (middle-click paste) is not recorded yet
    listeners.mouse_listener.records = True
    assert not backend.starting and backend.degraded == {}


def test_a_listener_the_server_never_records_for_is_degraded_not_starting_forever() -> None:
    watcher, listeners, clock = FakeWindowWatcher(), FakeX11Listeners(records=False), FakeClock()
    backend = XorgBackend(":0", listeners=listeners, watcher=watcher, clock=clock)
    backend.start(Recorder().on_key, Recorder().on_mouse)
    assert listeners.mouse_listener is not None
    listeners.mouse_listener.records = True
    clock.advance(RECORD_START_LIMIT)
    assert not backend.starting  # the guard is ready, and says what does not work
    assert set(backend.degraded) == {"keyboard"}
    assert "not begun recording key presses" in backend.degraded["keyboard"]


def test_a_listener_that_died_is_for_the_watchdog_to_restart_not_a_degraded_keyboard() -> None:
    # GuardApp's watchdog restarts a dead backend unless its keyboard is degraded: a listener
    # that died before the server recorded for it must not pass for one that never records
    watcher, listeners, clock = FakeWindowWatcher(), FakeX11Listeners(records=False), FakeClock()
    backend = XorgBackend(":0", listeners=listeners, watcher=watcher, clock=clock)
    backend.start(Recorder().on_key, Recorder().on_mouse)
    assert listeners.keyboard_listener is not None
    listeners.keyboard_listener.stopped = True  # its thread ended
    clock.advance(RECORD_START_LIMIT)
    assert not backend.alive() and "keyboard" not in backend.degraded
