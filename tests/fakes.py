"""Fakes for the operating-system layer, so Windows and macOS logic runs on any machine.

The one place for OS fakes: the Win32 and macOS API objects the real backends call, pynput's
key objects and listeners as those backends see them, an X11 window watcher, and a whole
`FakeBackend` that a test drives (set the focused window, press keys, click).
One level lower, under the real ctypes and pyobjc code of api.py, the DLLs and AppKit themselves
are faked as their documentation describes them: tests/fakes_win32.py, tests/fakes_darwin.py.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.platform.base import (
    MODIFIERS,
    KeyCallback,
    KeyEvent,
    MouseCallback,
    MouseEvent,
    WindowInfo,
)
from app.platform.clipboard import ClipboardBusy, ClipboardContent
from app.platform.darwin.api import RunningApp
from app.platform.win32.api import CtypesKeyboardHook
from tests.fakes_darwin import FakeTapListener, FakeWindowServer
from tests.fakes_win32 import FakeDesktop


class FakeClock:
    """A monotonic clock that only moves when told."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> float:
        self.now += seconds
        return self.now


# -- pynput's key objects ------------------------------------------------------------------------


@dataclass(frozen=True)
class FakeKey:
    """Like a pynput.keyboard.Key member: it has a `name` ("ctrl_l", "enter", "f12")."""

    name: str


@dataclass(frozen=True)
class FakeKeyCode:
    """Like pynput.keyboard.KeyCode: a character and/or a virtual key code."""

    char: str | None = None
    vk: int | None = None


@dataclass(frozen=True)
class FakeButton:
    """Like a pynput.mouse.Button member."""

    name: str


# -- Windows -------------------------------------------------------------------------------------


class FakeKeyboard:
    """The person's keyboard on a `FakeDesktop`, once the guard's hook is in: `send` presses or
    releases one key and says whether the hook swallowed it."""

    def __init__(self, desktop: FakeDesktop) -> None:
        self.desktop = desktop

    def send(self, msg: int, vk: int, flags: int = 0) -> bool:
        return self.desktop.press(msg, vk, flags).swallowed


@dataclass
class FakeWin32Window:
    class_name: str
    title: str
    pid: int


class FakeWin32Api:
    """user32/kernel32 as a dictionary; counts calls so tests can check the caching."""

    def __init__(self) -> None:
        self.windows: dict[int, FakeWin32Window] = {}
        self.images: dict[int, str] = {}  # pid -> full executable path
        self.foreground = 0
        self.held: set[int] = set()  # virtual keys GetAsyncKeyState reports as down
        self.calls: dict[str, int] = {}
        self.desktop = FakeDesktop()  # user32's hooks and the input system, as documented
        self.hook: CtypesKeyboardHook | None = None  # the REAL hook, over the desktop's calls
        self.fail_listener: Exception | None = None
        self.fail_window: Exception | None = None
        self._next = itertools.count(0x10010, 0x10)

    def add_window(self, class_name: str, title: str, image: str, pid: int | None = None) -> int:
        hwnd = next(self._next)
        pid = pid if pid is not None else hwnd // 0x10
        self.windows[hwnd] = FakeWin32Window(class_name, title, pid)
        self.images[pid] = image
        return hwnd

    def focus(self, hwnd: int) -> None:
        self.foreground = hwnd

    def _count(self, name: str) -> None:
        self.calls[name] = self.calls.get(name, 0) + 1

    def foreground_window(self) -> int:
        self._count("foreground_window")
        if self.fail_window is not None:
            raise self.fail_window
        return self.foreground

    def class_name(self, hwnd: int) -> str:
        self._count("class_name")
        return self.windows[hwnd].class_name

    def window_text(self, hwnd: int) -> str:
        self._count("window_text")
        return self.windows[hwnd].title

    def window_pid(self, hwnd: int) -> int:
        self._count("window_pid")
        return self.windows[hwnd].pid

    def process_image(self, pid: int) -> str:
        self._count("process_image")
        return self.images.get(pid, "")

    def key_down(self, vk: int) -> bool:
        return vk in self.held

    def tick_count(self) -> int:
        return self.desktop.GetTickCount()

    def hooks_timeout(self) -> int:
        return self.desktop.timeout

    def keyboard_hook(self, proc: Callable[[int, int, int, int], bool]) -> CtypesKeyboardHook:
        if self.fail_listener is not None:
            raise self.fail_listener
        self.hook = CtypesKeyboardHook(proc, user32=self.desktop, kernel32=self.desktop)
        return self.hook

    @property
    def listener(self) -> FakeKeyboard:
        """The keyboard, once the hook the backend started is in (a person types once the guard
        says it is ready); tests of the start itself use `desktop.press` and do not wait."""
        hook = self.hook
        assert hook is not None, "the backend never started its hook"
        deadline = time.monotonic() + 10
        while not hook.installed:
            assert time.monotonic() < deadline, f"the hook was never set ({hook.error})"
            time.sleep(0.002)
        return FakeKeyboard(self.desktop)


class FakeOsClipboard:
    """The system clipboard behind the Win32 and macOS clipboard seams (CtypesWin32Clipboard,
    AppKitPasteboard): a change counter, the formats on offer, and an owner that can be made
    slow (`hold_reads`: a read waits until `release`), busy (`busy` reads raise ClipboardBusy,
    as OpenClipboard fails while another program has it open) or broken (`fail`)."""

    def __init__(self, text: str | None = None, formats: Mapping[str, bytes] | None = None) -> None:
        self._lock = threading.Condition()
        self.count = 1
        self.text = text
        self.formats = dict(formats or {})
        self.hold_reads = False
        self.release = threading.Event()
        self.reading = threading.Event()  # set while a read waits on the owner
        self.busy = 0
        self.fail: Exception | None = None
        self.fail_only: str | None = None  # with `fail`: only a read of this text fails
        self.fail_begin: Exception | None = None
        self.read_threads: list[str] = []
        self.began = self.ended = False

    def copy(self, text: str | None, formats: Mapping[str, bytes] | None = None) -> None:
        """Another program puts `text` on the clipboard."""
        with self._lock:
            self.text, self.formats = text, dict(formats or {})
            self.count += 1
            self._lock.notify_all()

    # the seam (app.platform.clipboard.ClipboardSource), called on the reader thread

    def begin(self) -> None:
        if self.fail_begin is not None:
            raise self.fail_begin
        self.began = True

    def end(self) -> None:
        self.ended = True

    def change_count(self) -> int:
        with self._lock:
            return self.count

    def wait_for_change(self, count: int, timeout: float) -> None:
        with self._lock:
            self._lock.wait_for(lambda: self.count != count, timeout)

    def read(self, wanted: frozenset[str], max_text: int, max_format: int) -> ClipboardContent:
        self.read_threads.append(threading.current_thread().name)
        with self._lock:
            text, formats = self.text, dict(self.formats)
        if self.busy:
            self.busy -= 1
            raise ClipboardBusy
        if self.fail is not None and self.fail_only in (None, text):
            raise self.fail
        if self.hold_reads:
            self.reading.set()
            assert self.release.wait(10), "the test never released the slow owner"
            self.reading.clear()
        chosen = {k: v[:max_format] for k, v in formats.items() if k in wanted}
        shown = None if text is None else text[:max_text]
        return ClipboardContent("clipboard", shown, chosen, tuple(["CF_UNICODETEXT", *formats]))


# -- macOS ---------------------------------------------------------------------------------------


class FakeDarwinApi:
    def __init__(self, trusted: bool = True) -> None:
        self.trusted = trusted
        self.frontmost: RunningApp | None = None
        self.server = FakeWindowServer()  # the tap's other side, as documented
        self.tap: FakeTapListener | None = None
        self.fail_frontmost: Exception | None = None

    def frontmost_application(self) -> RunningApp | None:
        if self.fail_frontmost is not None:
            raise self.fail_frontmost
        return self.frontmost

    def is_trusted(self) -> bool:
        return self.trusted

    def event_flags(self, event: Any) -> int:
        return int(event.flags)

    def keyboard_listener(
        self,
        on_press: Callable[..., None],
        on_release: Callable[..., None],
        intercept: Callable[[int, Any], Any],
    ) -> FakeTapListener:
        self.tap = FakeTapListener(
            self.server, lambda: self.trusted, on_press, on_release, intercept
        )
        return self.tap

    @property
    def listener(self) -> FakeTapListener | None:
        """The tap the backend started, once CGEventTapCreate has answered (a person types
        once the guard says it is ready); tests of the start itself use `tap` and do not wait."""
        tap = self.tap
        if tap is not None and tap.started:
            deadline = time.monotonic() + 10
            while tap.tap_state() is None:
                assert time.monotonic() < deadline, "the tap was never made"
                time.sleep(0.002)
        return tap


# -- X11 -----------------------------------------------------------------------------------------


class FakeX11Listener:
    def __init__(self, records: bool = True, **callbacks: Callable[..., None]) -> None:
        self.callbacks = callbacks
        self.started = self.stopped = False
        self.records = records  # the X server has begun recording for it (once started)

    def recording(self) -> bool:
        return self.started and self.records

    def start(self) -> None:
        self.started = True

    def stop(self) -> None:
        self.stopped = True

    def is_alive(self) -> bool:
        return self.started and not self.stopped

    def join(self, timeout: float | None = None) -> None:
        return None


class FakeX11Listeners:
    """pynput's X11 keyboard and mouse listeners, driven by the test."""

    def __init__(self, records: bool = True) -> None:
        self.keyboard_listener: FakeX11Listener | None = None
        self.mouse_listener: FakeX11Listener | None = None
        self.records = records

    def keyboard(
        self, on_press: Callable[..., None], on_release: Callable[..., None]
    ) -> FakeX11Listener:
        self.keyboard_listener = FakeX11Listener(
            self.records, on_press=on_press, on_release=on_release
        )
        return self.keyboard_listener

    def mouse(self, on_click: Callable[..., None]) -> FakeX11Listener:
        self.mouse_listener = FakeX11Listener(self.records, on_click=on_click)
        return self.mouse_listener

    def press(self, key: Any) -> None:
        assert self.keyboard_listener is not None
        self.keyboard_listener.callbacks["on_press"](key, False)

    def release(self, key: Any) -> None:
        assert self.keyboard_listener is not None
        self.keyboard_listener.callbacks["on_release"](key, False)

    def click(self, button: str, pressed: bool = True) -> None:
        assert self.mouse_listener is not None
        self.mouse_listener.callbacks["on_click"](10, 20, FakeButton(button), pressed, False)


class FakeWindowWatcher:
    """Stands for the X11 ActiveWindowWatcher: the test sets `current` and the flags."""

    def __init__(self, has_record: bool = True, fail: Exception | None = None) -> None:
        self.current: WindowInfo | None = None
        self.has_record = has_record
        self.fail = fail
        self.running = False
        self._degraded: dict[str, str] = {}

    @property
    def degraded(self) -> dict[str, str]:
        return dict(self._degraded)

    def start(self) -> None:
        if self.fail is not None:
            raise self.fail
        self.running = True

    def stop(self) -> None:
        self.running = False

    def alive(self) -> bool:
        return self.running


# -- a whole backend ---------------------------------------------------------------------------


@dataclass
class FakeBackend:
    """A PlatformBackend a test drives: `focus` a window, `press`/`release`/`chord`, `click`."""

    name: str = "fake"
    can_suppress_keys: bool = True
    starting: bool = False
    degraded: Mapping[str, str] = field(default_factory=dict)
    window: WindowInfo | None = None
    clock: FakeClock = field(default_factory=FakeClock)
    running: bool = False
    starts: int = 0
    on_key: KeyCallback | None = None
    on_mouse: MouseCallback | None = None
    suppressed: list[KeyEvent] = field(default_factory=list)
    _held: set[str] = field(default_factory=set)

    def foreground_window(self) -> WindowInfo | None:
        return self.window

    def start(self, on_key: KeyCallback, on_mouse: MouseCallback) -> None:
        self.on_key, self.on_mouse = on_key, on_mouse
        self.running = True
        self.starts += 1

    def stop(self) -> None:
        self.running = False

    def alive(self) -> bool:
        return self.running

    def focus(self, window: WindowInfo | None) -> None:
        self.window = window

    def crash(self) -> None:
        """The listener dies (as pynput's does after an exception in a callback)."""
        self.running = False

    def _send(self, key: str, pressed: bool) -> bool:
        assert self.on_key is not None, "start() the backend first"
        if key in MODIFIERS:
            (self._held.add if pressed else self._held.discard)(key)
        event = KeyEvent(key, pressed, frozenset(self._held), self.clock())
        swallowed = bool(self.on_key(event)) and self.can_suppress_keys
        if swallowed:
            self.suppressed.append(event)
        return swallowed

    def press(self, key: str) -> bool:
        return self._send(key, True)

    def release(self, key: str) -> bool:
        return self._send(key, False)

    def chord(self, keys: str) -> bool:
        """Press "ctrl+shift+v" in order and release in reverse; True if the last key was swallowed."""
        names = keys.split("+")
        for name in names[:-1]:
            self.press(name)
        swallowed = self.press(names[-1])
        for name in reversed(names):
            self.release(name)
        return swallowed

    def click(self, button: str = "middle") -> None:
        assert self.on_mouse is not None, "start() the backend first"
        self.on_mouse(MouseEvent(button, True, self.clock()))
        self.on_mouse(MouseEvent(button, False, self.clock()))
