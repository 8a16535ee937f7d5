"""The Windows backend: the foreground window and a keyboard hook that can swallow a key."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from app.platform.base import KeyCallback, KeyEvent, MouseCallback, WindowInfo
from app.platform.clipboard import ClipboardContent, ClipboardSource, ClipboardThread
from app.platform.keynames import ModifierState, modifier_set
from app.platform.win32.api import (
    LLKHF_INJECTED,
    VK_CONTROL,
    VK_LWIN,
    VK_MENU,
    VK_RWIN,
    VK_SHIFT,
    KeyboardHook,
    Win32Api,
)
from app.platform.win32.keymap import MODIFIER_KEYS, PRESS_MESSAGES, RELEASE_MESSAGES, key_name

log = logging.getLogger(__name__)

PROCESS_CACHE_SIZE = 64
PROCESS_CACHE_SECONDS = 30.0  # a process id can be reused; names are re-read after this
HOOK_START_LIMIT = 5.0  # seconds from start until a hook that is not in is a degraded keyboard
# ms: a key whose time stamp is this close to LowLevelHooksTimeout when the hook is called is
# not swallowed (the answer could come after Windows stopped waiting): warned as not stopped
LATE_MARGIN_MS = 50
NOT_INSTALLED = (
    "the keyboard hook was not set {seconds:.0f} s after start: pastes are not seen or stopped"
)
TIMED_OUT = (
    "Windows passed a key on without waiting for PasteGuard's keyboard hook (it answered after "
    "{took} ms; LowLevelHooksTimeout is {timeout} ms){claim} and may have removed the hook: "
    "it is being set again"
)


def _base_name(path: str) -> str:
    return path.replace("/", "\\").rsplit("\\", 1)[-1].lower()


class Win32Backend:
    """Foreground window from user32; keys from a WH_KEYBOARD_LL hook (api.CtypesKeyboardHook)."""

    name = "win32"
    can_suppress_keys = True

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
        self._hook: KeyboardHook | None = None
        self._started_at = 0.0
        self._timeout_ms = 300
        self._rehook: tuple[int, str] | None = None  # (setting it replaces, why): being set again
        self._degraded: dict[str, str] = {}
        self.errors = 0  # exceptions caught in the hook, for `status`
        self.late_keys = 0  # keys Windows passed on without waiting for the hook
        self._key: KeyEvent | None = None  # the key the hook procedure is handling

    @property
    def starting(self) -> bool:
        """Started, but the hook is not in yet: a key pressed now is not seen (the guard is not
        ready). False once it is in, when it was refused, or after HOOK_START_LIMIT."""
        hook = self._hook
        return (
            hook is not None
            and not hook.installed
            and hook.error is None
            and self._rehook is None
            and hook.is_alive()
            and self._clock() - self._started_at < HOOK_START_LIMIT
        )

    @property
    def degraded(self) -> Mapping[str, str]:
        out = dict(self._degraded)
        hook = self._hook
        if hook is None:
            return out
        rehook = self._rehook
        if rehook is not None and hook.installed > rehook[0]:
            self._rehook = rehook = None  # the new hook is in
        if hook.error is not None:
            out["keyboard"] = hook.error
        elif rehook is not None:
            out["keyboard"] = rehook[1]
        elif not hook.installed:
            waited = self._clock() - self._started_at
            if waited >= HOOK_START_LIMIT:
                out["keyboard"] = NOT_INSTALLED.format(seconds=waited)
        return out

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
        self._rehook = None
        self._started_at = self._clock()
        try:
            self._timeout_ms = self._api.hooks_timeout()
            hook = self._api.keyboard_hook(self._filter)
            hook.start()  # the hook is set on its own thread: `starting` until it is in
            self._hook = hook
            self._degraded.pop("keyboard", None)
        except Exception as exc:
            self._hook = None
            self._degraded["keyboard"] = f"the keyboard hook could not be installed ({exc})"
            log.exception("cannot start the keyboard hook")

    def stop(self) -> None:
        hook, self._hook = self._hook, None
        if hook is not None:
            try:
                hook.stop()
            except Exception:
                log.exception("cannot stop the keyboard hook")

    def alive(self) -> bool:
        hook = self._hook
        try:
            return hook is not None and bool(hook.is_alive())
        except Exception:
            return False

    def _filter(self, msg: int, vk: int, flags: int, stamp: int) -> bool:
        """The hook procedure's work, in the hook itself, before the key goes anywhere: True
        swallows the key. O(1), no disk (nothing is logged here unless the guard raised)."""
        injected = bool(flags & LLKHF_INJECTED)  # its time stamp is whatever the injector gave
        late = 0 if injected else _elapsed(self._api.tick_count(), stamp)
        in_time = late + LATE_MARGIN_MS < self._timeout_ms
        suppress = False
        self._key = None
        try:
            suppress = self._handle(msg, vk, in_time) and in_time
        except Exception:
            self.errors += 1
            log.exception("keyboard hook callback failed; the key goes through")
        if not injected:
            took = _elapsed(self._api.tick_count(), stamp)
            if took >= self._timeout_ms:
                self._timed_out(took, suppress)
        return suppress

    def _timed_out(self, took: int, claimed_stopped: bool) -> None:
        """Windows gave up waiting for this key (LowLevelHooksTimeout): it went on whatever the
        hook answers, and the hook may be removed without a word ("There is no way for the
        application to know whether the hook is removed"): set a new one, degraded meanwhile."""
        self.late_keys += 1
        key, on_key = self._key, self._on_key
        if claimed_stopped and key is not None and on_key is not None:
            try:  # the guard called this paste stopped: it says now that it may have gone on
                on_key(replace(key, passed_on=True))
            except Exception:
                self.errors += 1
        hook = self._hook
        if hook is None or self._rehook is not None:
            return
        claim = ", so a paste it reported stopped may have gone through" if claimed_stopped else ""
        reason = TIMED_OUT.format(took=took, timeout=self._timeout_ms, claim=claim)
        self._rehook = (hook.installed, reason)
        hook.reinstall()

    def _handle(self, msg: int, vk: int, in_time: bool = True) -> bool:
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
            on_key(KeyEvent(modifier[0], pressed, mods, self._clock(), in_time))
            return False  # a swallowed modifier would leave the system's state stuck
        event = KeyEvent(key_name(vk), pressed, self._held_modifiers(), self._clock(), in_time)
        self._key = event
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


def _elapsed(now: int, then: int) -> int:
    """Milliseconds from tick `then` to tick `now` (GetTickCount wraps after 49.7 days); a
    stamp from the future (an injector's) counts as none."""
    elapsed = (now - then) & 0xFFFFFFFF
    return 0 if elapsed >= 0x80000000 else elapsed
