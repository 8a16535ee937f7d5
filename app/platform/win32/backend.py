"""The Windows backend: the foreground window and a keyboard hook that can swallow a key."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Any

from app.platform.base import KeyCallback, KeyEvent, MouseCallback, WindowInfo
from app.platform.clipboard import ClipboardContent, ClipboardSource, ClipboardThread
from app.platform.keynames import ModifierState, modifier_set
from app.platform.win32.api import (
    VK_CONTROL,
    VK_LWIN,
    VK_MENU,
    VK_RWIN,
    VK_SHIFT,
    HookListener,
    Win32Api,
)
from app.platform.win32.keymap import MODIFIER_KEYS, PRESS_MESSAGES, RELEASE_MESSAGES, key_name

log = logging.getLogger(__name__)

PROCESS_CACHE_SIZE = 64
PROCESS_CACHE_SECONDS = 30.0  # a process id can be reused; names are re-read after this


def _base_name(path: str) -> str:
    return path.replace("/", "\\").rsplit("\\", 1)[-1].lower()


class Win32Backend:
    """Foreground window from user32 and keys from a WH_KEYBOARD_LL hook (through pynput)."""

    name = "win32"
    can_suppress_keys = True
    starting = False  # not tracked: pynput installs the hook on its thread just after start()

    def __init__(
        self,
        api: Win32Api,
        clock: Callable[[], float] = time.monotonic,
        own_pid: int | None = None,
        clipboard: ClipboardSource | None = None,
    ) -> None:
        self._api = api
        self._clipboard = clipboard
        self._clock = clock
        self._own_pid = os.getpid() if own_pid is None else own_pid
        self._window: WindowInfo | None = None
        self._processes: dict[int, tuple[str, float]] = {}
        self._modifiers = ModifierState()
        self._on_key: KeyCallback | None = None
        self._listener: HookListener | None = None
        self._degraded: dict[str, str] = {}
        self.errors = 0  # exceptions caught in the hook, for `status`

    @property
    def degraded(self) -> Mapping[str, str]:
        return dict(self._degraded)

    # -- foreground window (hook thread) -------------------------------------------------------

    def foreground_window(self) -> WindowInfo | None:
        try:
            return self._foreground_window()
        except Exception:
            self.errors += 1
            log.exception("cannot read the foreground window")
            return None

    def _foreground_window(self) -> WindowInfo | None:
        api = self._api
        hwnd = api.foreground_window()
        if not hwnd:
            return None
        pid = api.window_pid(hwnd)
        title = self._title(hwnd, pid)
        cached = self._window
        if cached is not None and cached.handle == hwnd and cached.pid == (pid or None):
            if cached.title != title:
                cached = self._window = replace(cached, title=title)
            return cached
        window = WindowInfo(
            process=self._process_name(pid),
            window_class=api.class_name(hwnd),
            title=title,
            pid=pid or None,
            handle=hwnd,
        )
        self._window = window
        return window

    def _title(self, hwnd: int, pid: int) -> str:
        if pid == self._own_pid:
            # WORKAROUND: GetWindowTextW sends WM_GETTEXT to windows of the calling process,
            # which would wait for our own (possibly busy) UI thread; our windows are never
            # paste targets, so their titles are not needed.
            return ""
        return self._api.window_text(hwnd)

    def _process_name(self, pid: int) -> str:
        if pid <= 0:
            return ""
        now = self._clock()
        hit = self._processes.get(pid)
        if hit is not None and now - hit[1] < PROCESS_CACHE_SECONDS:
            return hit[0]
        if len(self._processes) >= PROCESS_CACHE_SIZE:
            self._processes.clear()  # bounded; refilling costs one OpenProcess per window
        name = _base_name(self._api.process_image(pid))
        self._processes[pid] = (name, now)
        return name

    # -- clipboard (its own thread) ------------------------------------------------------------

    def clipboard_reader(
        self, on_change: Callable[[ClipboardContent], None], wanted_formats: Iterable[str]
    ) -> ClipboardThread | None:
        """A reader thread (not started) for the clipboard; None without the clipboard calls.

        A read can wait on the clipboard's owner (delayed rendering): never on the Qt thread.
        """
        if self._clipboard is None:
            return None
        return ClipboardThread(self._clipboard, on_change, wanted_formats, "win32-clipboard")

    # -- keyboard hook ----------------------------------------------------------------------

    def start(self, on_key: KeyCallback, on_mouse: MouseCallback) -> None:
        # Middle click does not paste on Windows: no mouse hook is needed.
        self._on_key = on_key
        self._modifiers.clear()
        try:
            self._listener = self._api.keyboard_listener(self._filter)
            self._listener.start()
            self._degraded.pop("keyboard", None)
        except Exception as exc:
            self._listener = None
            self._degraded["keyboard"] = f"the keyboard hook could not be installed ({exc})"
            log.exception("cannot start the keyboard hook")

    def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            try:
                listener.stop()
            except Exception:
                log.exception("cannot stop the keyboard hook")

    def alive(self) -> bool:
        listener = self._listener
        try:
            return listener is not None and bool(listener.is_alive())
        except Exception:
            return False

    def _filter(self, msg: int, data: Any) -> bool:
        """pynput's win32_event_filter: runs in the hook itself, before the key goes anywhere."""
        suppress = False
        try:
            suppress = self._handle(int(msg), int(data.vkCode))
        except Exception:
            self.errors += 1
            log.exception("keyboard hook callback failed; the key goes through")
        if suppress and self._listener is not None:
            self._listener.suppress_event()  # raises; pynput's hook then returns 1
        return False  # we translated the key ourselves; pynput need not queue it

    def _handle(self, msg: int, vk: int) -> bool:
        if msg in PRESS_MESSAGES:
            pressed = True
        elif msg in RELEASE_MESSAGES:
            pressed = False
        else:
            return False
        on_key = self._on_key
        if on_key is None:
            return False
        modifier = MODIFIER_KEYS.get(vk)
        if modifier is not None:
            mods = self._modifiers.update(modifier[0], modifier[1], pressed)
            on_key(KeyEvent(modifier[0], pressed, mods, self._clock()))
            return False  # a swallowed modifier would leave the system's state stuck
        event = KeyEvent(key_name(vk), pressed, self._held_modifiers(), self._clock())
        return bool(on_key(event))

    def _held_modifiers(self) -> frozenset[str]:
        # The system's own key state, not only what this hook saw: a release missed while
        # the secure desktop (Ctrl+Alt+Del, UAC) had the keyboard would otherwise leave
        # Ctrl "held", and every V typed would look like a paste.
        key_down = self._api.key_down
        return modifier_set(
            ctrl=key_down(VK_CONTROL),
            shift=key_down(VK_SHIFT),
            alt=key_down(VK_MENU),
            meta=key_down(VK_LWIN) or key_down(VK_RWIN),
        )
