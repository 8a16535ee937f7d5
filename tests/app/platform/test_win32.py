"""The Windows backend's logic, on any system: the Win32 calls are faked; the keyboard hook is the
real CtypesKeyboardHook over user32 fakes that behave as documented (tests/fakes_win32.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.detection.model import PasteTarget
from app.guard.keys import PasteSequence
from app.guard.targets import TargetClassifier
from app.platform.base import KeyEvent, MouseEvent
from app.platform.win32.api import VK_CONTROL, VK_LWIN, VK_MENU, VK_SHIFT
from app.platform.win32.backend import Win32Backend
from app.platform.win32.keymap import WM_KEYDOWN, WM_KEYUP, WM_SYSKEYDOWN, key_name
from tests.fakes import FakeClock, FakeWin32Api

VK_V, VK_R, VK_RETURN, VK_LCONTROL, VK_RCONTROL, VK_LSHIFT = 0x56, 0x52, 0x0D, 0xA2, 0xA3, 0xA0
OWN_PID = 999


@pytest.fixture
def api() -> FakeWin32Api:
    return FakeWin32Api()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def backend(api: FakeWin32Api, clock: FakeClock) -> Iterator[Win32Backend]:
    backend = Win32Backend(api, clock=clock, own_pid=OWN_PID)
    yield backend
    backend.stop()


def test_the_foreground_window_is_described(api: FakeWin32Api, backend: Win32Backend) -> None:
    hwnd = api.add_window("#32770", "Run", "C:\\Windows\\Explorer.EXE", pid=4711)
    api.focus(hwnd)
    window = backend.foreground_window()
    assert window is not None
    assert (window.process, window.window_class, window.title, window.pid, window.handle) == (
        "explorer.exe", "#32770", "Run", 4711, hwnd,
    )  # fmt: skip


def test_no_foreground_window_is_none(api: FakeWin32Api, backend: Win32Backend) -> None:
    api.focus(0)  # the secure desktop, or the screen is locked
    assert backend.foreground_window() is None


def test_the_same_window_is_served_from_the_cache(api: FakeWin32Api, backend: Win32Backend) -> None:
    hwnd = api.add_window(
        "Chrome_WidgetWin_1",
        "Page - Google Chrome",
        "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    )
    api.focus(hwnd)
    first = backend.foreground_window()
    for _ in range(100):
        assert backend.foreground_window() is first
    assert api.calls["class_name"] == 1
    assert api.calls["process_image"] == 1
    api.windows[hwnd].title = "DevTools - evil.test/"  # the title is read each time: it changes
    changed = backend.foreground_window()
    assert changed is not None and changed.title == "DevTools - evil.test/"
    assert changed.process == "chrome.exe" and api.calls["class_name"] == 1


def test_process_names_are_cached_per_pid_for_a_while(
    api: FakeWin32Api, backend: Win32Backend, clock: FakeClock
) -> None:
    one = api.add_window("Notepad", "a", "C:\\Windows\\notepad.exe", pid=10)
    two = api.add_window("Notepad", "b", "C:\\Windows\\notepad.exe", pid=10)
    for hwnd in (one, two, one, two):
        api.focus(hwnd)
        backend.foreground_window()
    assert api.calls["process_image"] == 1
    clock.advance(31.0)  # the pid may have been reused since
    api.images[10] = "C:\\Tools\\other.exe"
    api.focus(one)
    backend._window = None
    window = backend.foreground_window()
    assert window is not None and window.process == "other.exe"


def test_the_process_cache_is_bounded(api: FakeWin32Api, backend: Win32Backend) -> None:
    for pid in range(1, 1000):
        api.focus(api.add_window("C", "t", f"C:\\p{pid}.exe", pid=pid))
        backend.foreground_window()
    assert len(backend._processes) <= 64


def test_our_own_windows_titles_are_not_asked_for(api: FakeWin32Api, backend: Win32Backend) -> None:
    api.focus(
        api.add_window(
            "Qt6QWindowIcon", "PasteGuard warning", "C:\\PasteGuard\\pasteguard.exe", pid=OWN_PID
        )
    )
    window = backend.foreground_window()
    assert window is not None and window.title == "" and window.process == "pasteguard.exe"
    assert "window_text" not in api.calls


def test_a_failing_call_gives_none_not_an_exception(
    api: FakeWin32Api, backend: Win32Backend
) -> None:
    api.fail_window = OSError("access denied")
    assert backend.foreground_window() is None
    assert backend.errors == 1


def test_unknown_process_gives_an_empty_name(api: FakeWin32Api, backend: Win32Backend) -> None:
    hwnd = api.add_window("ConsoleWindowClass", "Administrator: cmd", "", pid=12)
    api.focus(hwnd)
    window = backend.foreground_window()
    assert (
        window is not None and window.process == "" and window.window_class == "ConsoleWindowClass"
    )


# -- the keyboard hook ---------------------------------------------------------------------------


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
        raise AssertionError("no mouse hook on Windows")


def started(backend: Win32Backend, api: FakeWin32Api, recorder: Recorder) -> None:
    backend.start(recorder.on_key, recorder.on_mouse)
    assert api.listener is not None  # waits until the hook is in
    assert backend.alive() and not backend.starting


def test_keys_are_translated_with_the_modifiers_windows_reports(
    api: FakeWin32Api, backend: Win32Backend
) -> None:
    rec = Recorder()
    started(backend, api, rec)
    listener = api.listener
    assert listener is not None
    listener.send(WM_KEYDOWN, VK_LCONTROL)
    api.held.add(VK_CONTROL)
    listener.send(WM_KEYDOWN, VK_V)
    listener.send(WM_KEYUP, VK_V)
    api.held.discard(VK_CONTROL)
    listener.send(WM_KEYUP, VK_LCONTROL)
    assert [(e.key, e.pressed, sorted(e.modifiers)) for e in rec.events] == [
        ("ctrl", True, ["ctrl"]),
        ("v", True, ["ctrl"]),
        ("v", False, ["ctrl"]),
        ("ctrl", False, []),
    ]


def test_modifiers_come_from_the_system_so_a_lost_release_does_not_stick(
    api: FakeWin32Api, backend: Win32Backend
) -> None:
    rec = Recorder()
    started(backend, api, rec)
    assert api.listener is not None
    api.listener.send(WM_KEYDOWN, VK_LCONTROL)  # its release happened on the secure desktop
    api.listener.send(WM_KEYDOWN, VK_V)
    assert rec.events[-1].key == "v" and rec.events[-1].modifiers == frozenset()


def test_every_modifier_is_read(api: FakeWin32Api, backend: Win32Backend) -> None:
    rec = Recorder()
    started(backend, api, rec)
    assert api.listener is not None
    api.held.update({VK_CONTROL, VK_SHIFT, VK_MENU, VK_LWIN})
    api.listener.send(WM_SYSKEYDOWN, VK_R)
    assert rec.events[-1].modifiers == frozenset({"ctrl", "shift", "alt", "meta"})


def test_two_ctrl_keys_are_tracked_apart(api: FakeWin32Api, backend: Win32Backend) -> None:
    rec = Recorder()
    started(backend, api, rec)
    assert api.listener is not None
    api.listener.send(WM_KEYDOWN, VK_LCONTROL)
    api.listener.send(WM_KEYDOWN, VK_RCONTROL)
    api.listener.send(WM_KEYUP, VK_LCONTROL)
    assert rec.events[-1] == KeyEvent("ctrl", False, frozenset({"ctrl"}), rec.events[-1].time)


def test_a_key_the_guard_rejects_is_swallowed(api: FakeWin32Api, backend: Win32Backend) -> None:
    rec = Recorder(swallow={"enter"})
    started(backend, api, rec)
    assert api.listener is not None
    assert api.listener.send(WM_KEYDOWN, VK_RETURN) is True
    assert api.listener.send(WM_KEYDOWN, VK_V) is False


def test_modifier_keys_are_never_swallowed(api: FakeWin32Api, backend: Win32Backend) -> None:
    rec = Recorder(swallow={"ctrl", "shift"})
    started(backend, api, rec)
    assert api.listener is not None
    assert api.listener.send(WM_KEYDOWN, VK_LCONTROL) is False
    assert api.listener.send(WM_KEYDOWN, VK_LSHIFT) is False


def test_a_failing_guard_lets_the_key_through_and_keeps_the_hook(
    api: FakeWin32Api, backend: Win32Backend
) -> None:
    rec = Recorder(swallow={"v"}, fail=True)
    started(backend, api, rec)
    assert api.listener is not None
    assert api.listener.send(WM_KEYDOWN, VK_V) is False
    assert backend.errors == 1 and backend.alive()


def test_other_messages_are_ignored(api: FakeWin32Api, backend: Win32Backend) -> None:
    rec = Recorder()
    started(backend, api, rec)
    assert api.listener is not None
    api.listener.send(0x0200, VK_V)  # WM_MOUSEMOVE has no business here
    assert rec.events == []


def test_a_hook_that_cannot_start_is_reported(api: FakeWin32Api, backend: Win32Backend) -> None:
    api.fail_listener = OSError("no hook thread")
    backend.start(Recorder().on_key, Recorder().on_mouse)
    assert "keyboard" in backend.degraded and "no hook thread" in backend.degraded["keyboard"]
    assert not backend.alive() and not backend.starting


def test_a_dead_hook_is_noticed_and_a_restart_works(
    api: FakeWin32Api, backend: Win32Backend
) -> None:
    rec = Recorder()
    started(backend, api, rec)
    assert api.hook is not None
    api.hook.stop()  # the hook thread ended
    assert not backend.alive()
    backend.stop()
    backend.start(rec.on_key, rec.on_mouse)
    assert api.listener.send(WM_KEYDOWN, VK_V) is False and rec.events[-1].key == "v"
    assert backend.alive()
    backend.stop()
    assert not backend.alive() and not api.desktop.hooked
    backend.stop()  # idempotent


@pytest.mark.parametrize(
    ("vk", "name"),
    [
        (0x41, "a"),
        (0x5A, "z"),
        (0x30, "0"),
        (0x0D, "enter"),
        (0x1B, "escape"),
        (0x20, "space"),
        (0x2D, "insert"),
        (0x7B, "f12"),
        (0x73, "f4"),
        (0x87, "f24"),
        (0x5B, "meta"),
        (0xA5, "alt"),
        (0x61, "1"),
        (0xFF, "vkff"),
        (300, ""),
    ],
)
def test_virtual_key_names(vk: int, name: str) -> None:
    assert key_name(vk) == name


def test_clickfix_enter_is_blocked_in_the_run_dialog(
    api: FakeWin32Api, backend: Win32Backend, clock: FakeClock
) -> None:
    """The pieces together, as the guard will wire them: Win+R, Ctrl+V, Enter is stopped."""
    classifier = TargetClassifier.load(strict=True)
    sequence = PasteSequence(strict=True)
    browser = api.add_window("Chrome_WidgetWin_1", "Verify you are human", "C:\\chrome.exe", pid=50)
    run = api.add_window("#32770", "Run", "C:\\Windows\\explorer.exe", pid=60)
    decisions: list[tuple[str, PasteTarget]] = []

    def on_key(event: KeyEvent) -> bool:
        window = backend.foreground_window()
        gesture = sequence.feed(event, window)
        if gesture is None:
            return False
        target = classifier.classify(window, gesture.hint)
        decisions.append((gesture.kind, target))
        return gesture.kind == "execute" and target is PasteTarget.RUN_DIALOG  # a flagged clipboard

    backend.start(on_key, Recorder().on_mouse)
    hook = api.listener
    assert hook is not None
    api.focus(browser)
    api.held.add(VK_LWIN)
    hook.send(WM_KEYDOWN, 0x5B)
    hook.send(WM_KEYDOWN, VK_R)
    clock.advance(0.2)
    api.focus(run)
    hook.send(WM_KEYUP, VK_R)
    api.held.discard(VK_LWIN)
    hook.send(WM_KEYUP, 0x5B)
    api.held.add(VK_CONTROL)
    hook.send(WM_KEYDOWN, VK_LCONTROL)
    assert hook.send(WM_KEYDOWN, VK_V) is False  # the paste itself is let through here
    hook.send(WM_KEYUP, VK_V)
    api.held.discard(VK_CONTROL)
    hook.send(WM_KEYUP, VK_LCONTROL)
    clock.advance(1.0)
    assert hook.send(WM_KEYDOWN, VK_RETURN) is True  # Enter never reaches the Run dialog
    assert decisions == [("paste", PasteTarget.RUN_DIALOG), ("execute", PasteTarget.RUN_DIALOG)]
