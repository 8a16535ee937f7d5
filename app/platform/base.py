"""The interface every operating-system backend offers: foreground window, keys, mouse."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta"})  # meta = Win / Cmd / Super
NO_MODIFIERS: frozenset[str] = frozenset()

# How much of a window title anyone reads: web pages set titles, so they are attacker-controlled
# and unbounded on X11; nothing we classify on needs more than the start of one.
TITLE_CAP = 1024


@dataclass(frozen=True)
class WindowInfo:
    """The window that has the keyboard focus, as far as the system tells.

    `process` is the lower-case base name of the executable ("explorer.exe", "xterm");
    `window_class` the Win32 class name, or the X11 WM_CLASS class part ("XTerm");
    `app_id` the macOS bundle identifier; `handle` the HWND or X11 window id (0 when the
    system has none, as on macOS), used to tell two windows of one program apart.
    """

    process: str
    window_class: str
    title: str
    pid: int | None = None
    app_id: str = ""
    handle: int = 0

    def same_window(self, other: WindowInfo | None) -> bool:
        """Whether `other` is this window (titles change, so they do not count)."""
        if other is None:
            return False
        if other is self:
            return True
        if self.handle and other.handle:
            return self.handle == other.handle
        return (
            self.pid == other.pid
            and self.process == other.process
            and self.window_class == other.window_class
            and self.app_id == other.app_id
        )


@dataclass(frozen=True)
class KeyEvent:
    """One key going down or up.

    `key` is a normalised lower-case name: letters and digits as themselves ("r", "v"), and
    "enter", "escape", "space", "backspace", "tab", "insert", "delete", "f1".."f24", ...;
    modifier keys are named after their modifier ("ctrl", "shift", "alt", "meta"), either side.
    `modifiers` are the modifiers held while this key changed (for a modifier key itself, the
    state after the change). `time` is `time.monotonic()` seconds. `can_suppress` is False when
    this key reached the hook too late for swallowing it to work (Windows passes a key on when
    the hook takes longer than LowLevelHooksTimeout): the guard then warns "not stopped".
    `passed_on` marks no new key but a report after the fact: the key the hook last swallowed
    went on anyway (macOS passes an event on when the event tap answers too late, and then
    sends the tap kCGEventTapDisabledByTimeout; Windows, when the hook procedure took longer
    than LowLevelHooksTimeout): the guard says that paste was not stopped.
    """

    key: str
    pressed: bool
    modifiers: frozenset[str]
    time: float
    can_suppress: bool = True
    passed_on: bool = False


@dataclass(frozen=True)
class MouseEvent:
    """One mouse button going down or up; "middle" pastes the PRIMARY selection on X11."""

    button: str  # "left", "middle", "right", or the system's name for others
    pressed: bool
    time: float


KeyCallback = Callable[[KeyEvent], bool]
MouseCallback = Callable[[MouseEvent], None]


class PlatformBackend(Protocol):
    """What the guard needs from the operating system.

    A backend starts no thread and opens no connection until `start`. Attributes are read
    from any thread.
    """

    name: str  # "win32", "darwin", "xorg", "wayland", "none"
    can_suppress_keys: bool  # Windows and macOS can swallow a key; X11 cannot

    @property
    def starting(self) -> bool:
        """Started, but keys pressed now may not be seen yet (X11: the server has not begun
        recording for the hook). The guard is not ready, and says so, until this is False.
        Read from any thread; never blocks."""
        ...

    @property
    def degraded(self) -> Mapping[str, str]:
        """Features that do not work here, each with the reason in plain words.

        Keys are "keyboard", "mouse", "window" (and "session" for a partial view, such as
        X11 inside a Wayland session). Read from any thread; never blocks.
        """
        ...

    def foreground_window(self) -> WindowInfo | None:
        """The focused window, or None when unknown.

        Called from the hook thread at paste time: O(1) and never blocks. Where the system
        needs a round trip (X11), the backend serves it from a cache its own watcher keeps.
        """
        ...

    def start(self, on_key: KeyCallback, on_mouse: MouseCallback) -> None:
        """Start listening; `on_key` returns True to swallow the key where the system allows.

        Called once from the thread that owns the guard; may block briefly (connecting to
        the display server). The callbacks run on the backend's hook thread: they must
        return fast and must not raise (the backend catches and logs anyway).
        """
        ...

    def stop(self) -> None:
        """Stop listening and release what `start` acquired; idempotent, any thread."""
        ...

    def alive(self) -> bool:
        """Whether the listeners still run (a watchdog restarts a dead one). Never blocks."""
        ...
