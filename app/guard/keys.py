"""Recognise pastes, and the key sequences that tell where a paste is going, from raw key events.

ClickFix tells people what to press: Win+R, Ctrl+V, Enter. The keys themselves say a lot
about the target before any window is inspected: Win+R opens the Run dialog, Win+X then I a
terminal, Ctrl+L an address bar, F12 the developer console. `PasteSequence` turns those into
a *hint* (a PasteTarget) bound to the window it concerns, and reports each paste gesture with
the hint in force. The classifier decides whether the window accepts the hint.

Runs on the keyboard hook thread: each event is O(1), and all state is a fixed handful of
fields, so months of typing cannot grow it.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from app.detection.model import PasteTarget
from app.platform.base import MODIFIERS, KeyEvent, MouseEvent, WindowInfo

log = logging.getLogger(__name__)

MAX_DOWN = 32  # keys held at once; more means releases were lost (locked screen): start over
MAX_TYPED = 24  # characters remembered while Spotlight is open

# What people type into Spotlight (Cmd+Space) to open a terminal; a prefix of two letters counts.
SPOTLIGHT_TERMINALS = (
    "terminal", "iterm", "iterm2", "warp", "alacritty", "kitty", "wezterm", "hyper", "ghostty",
    "script editor",  # lures moved to Script Editor once Terminal started warning
)  # fmt: skip
_DEVTOOLS_LETTERS = frozenset("jick")  # Console, Inspector, Elements/Picker, Firefox console


@dataclass(frozen=True)
class SequenceTimings:
    """How long each piece of knowledge stays true, in seconds."""

    bind: float = 5.0  # a sequence that opens a window (Win+R) must see it appear within this
    run_dialog: float = 120.0
    terminal: float = 120.0
    explorer_bar: float = 120.0
    browser_console: float = 900.0  # a console stays open while someone works in it
    menu: float = 5.0  # the Win+X menu waits for its letter
    spotlight: float = 20.0  # typing into Spotlight
    execute: float = 120.0  # Enter this soon after a paste, in the same window, runs it


@dataclass(frozen=True)
class PasteGesture:
    """A paste, or Enter after a paste ("execute": the moment the Run dialog runs it)."""

    kind: str  # "paste" or "execute"
    hint: PasteTarget | None  # what the key sequence says about the target
    time: float
    keys: str  # what was pressed, for the event log: "ctrl+v", "shift+insert", "middle-click"
    selection: str = "clipboard"  # "primary" for an X11 middle click
    repeat: bool = False  # the key is held down and repeating


class _Hint:
    """A target the keys pointed at, bound to a window (mutable, reused: no allocation)."""

    __slots__ = ("active", "bind_until", "follows", "origin", "target", "until", "window")

    def __init__(self, target: PasteTarget) -> None:
        self.target = target
        self.active = False
        self.follows = False  # True: the next window to take the focus; False: the current one
        self.origin: WindowInfo | None = None
        self.window: WindowInfo | None = None
        self.until = 0.0
        self.bind_until = 0.0


class PasteSequence:
    """Feed every key and mouse event (with the focused window); get PasteGesture or None.

    `feed` never raises in production (errors are counted and logged); with `strict` they
    surface, for the tests. Safe to feed from two threads (X11 has
    separate keyboard and mouse listeners).
    """

    def __init__(self, timings: SequenceTimings | None = None, strict: bool = False) -> None:
        self.timings = timings or SequenceTimings()
        self._lock = threading.Lock()
        self._strict = strict
        self.errors = 0
        # Highest priority first: when two hints hold for one window, the more dangerous wins.
        self._hints = tuple(
            _Hint(t)
            for t in (
                PasteTarget.RUN_DIALOG,
                PasteTarget.TERMINAL,
                PasteTarget.BROWSER_CONSOLE,
                PasteTarget.EXPLORER_BAR,
            )
        )
        self._by_target = {h.target: h for h in self._hints}
        self._lifetime = {
            PasteTarget.RUN_DIALOG: self.timings.run_dialog,
            PasteTarget.TERMINAL: self.timings.terminal,
            PasteTarget.BROWSER_CONSOLE: self.timings.browser_console,
            PasteTarget.EXPLORER_BAR: self.timings.explorer_bar,
        }
        self.reset()

    def reset(self) -> None:
        """Forget everything (after the listener restarts, or the session unlocks)."""
        with self._lock:
            self._down: set[str] = set()
            for hint in self._hints:
                hint.active = False
                hint.origin = hint.window = None
            self._menu_until = 0.0
            self._spotlight_until = 0.0
            self._typed = ""
            self._paste_at: float | None = None
            self._paste_window: WindowInfo | None = None
            self._paste_hint: PasteTarget | None = None

    def feed(
        self, event: KeyEvent | MouseEvent, window: WindowInfo | None = None
    ) -> PasteGesture | None:
        """One event, and the focused window at that moment (pass it with every event: the
        window changes are how a hint finds the window it is about)."""
        try:
            with self._lock:
                if isinstance(event, KeyEvent):
                    return self._key(event, window)
                if isinstance(event, MouseEvent):
                    return self._mouse(event, window)
                return None
        except Exception:
            self.errors += 1
            if self._strict:
                raise
            log.exception("paste sequence failed on an event; ignoring it")
            return None

    def feed_mouse(
        self, event: MouseEvent, window: WindowInfo | None = None
    ) -> PasteGesture | None:
        """`feed` for a mouse event (for callers that keep the two apart)."""
        return self.feed(event, window)

    def hint_for(self, window: WindowInfo | None, now: float) -> PasteTarget | None:
        """The hint in force for `window` at `now` (monotonic seconds), if any."""
        with self._lock:
            return self._hint(window, now)

    # -- events ------------------------------------------------------------------------------

    def _mouse(self, event: MouseEvent, window: WindowInfo | None) -> PasteGesture | None:
        self._follow_focus(window, event.time)
        if event.button == "middle" and event.pressed:
            return self._paste(event.time, window, "middle-click", "primary", False)
        return None

    def _key(self, event: KeyEvent, window: WindowInfo | None) -> PasteGesture | None:
        now = event.time
        self._follow_focus(window, now)
        name = event.key
        if not event.pressed:
            self._down.discard(name)
            return None
        repeat = name in self._down
        if not repeat:
            if len(self._down) >= MAX_DOWN:
                self._down.clear()
            self._down.add(name)
        if name in MODIFIERS:
            return None
        mods = event.modifiers
        ctrl, shift = "ctrl" in mods, "shift" in mods
        alt, meta = "alt" in mods, "meta" in mods

        # Paste gestures come first: they matter even in the middle of another sequence.
        if name == "v" and (ctrl or meta):
            keys = "cmd+v" if meta else "ctrl+shift+v" if shift else "ctrl+v"
            return self._paste(now, window, keys, "clipboard", repeat)
        if name == "insert" and shift and not ctrl:
            return self._paste(now, window, "shift+insert", "clipboard", repeat)
        if repeat:
            return self._execute(now, window, repeat) if name == "enter" else None
        if self._menu_until:
            letter = name in ("i", "a") and not (ctrl or alt or meta)
            in_time = now <= self._menu_until
            self._menu_until = 0.0  # any key closes the Win+X menu
            if letter and in_time:
                self._set(PasteTarget.TERMINAL, now, window, follows=True)
                return None
        if self._spotlight_until and self._spotlight(name, ctrl or alt or meta, now, window):
            return None
        if name == "enter":
            return self._execute(now, window, repeat)
        if name == "escape":
            self._paste_at = None  # Esc closes the Run dialog; nothing pasted will run
            return None
        self._sequence(name, ctrl, shift, alt, meta, now, window)
        return None

    def _sequence(
        self,
        name: str,
        ctrl: bool,
        shift: bool,
        alt: bool,
        meta: bool,
        now: float,
        window: WindowInfo | None,
    ) -> None:
        if meta and not ctrl and not alt:
            if name == "r":  # Win+R: the Run dialog opens
                self._set(PasteTarget.RUN_DIALOG, now, window, follows=True)
            elif name == "x":  # Win+X: the power-user menu; I or A opens a terminal
                self._menu_until = now + self.timings.menu
            elif name == "e":  # Win+E: a new Explorer window
                self._set(PasteTarget.EXPLORER_BAR, now, window, follows=True)
            elif name == "space":  # Cmd+Space: Spotlight
                self._spotlight_until = now + self.timings.spotlight
                self._typed = ""
        if ctrl and alt and not meta and name == "t":  # Ubuntu and others: a terminal
            self._set(PasteTarget.TERMINAL, now, window, follows=True)
        # The address bar of the focused Explorer window (or of a file dialog)
        if (ctrl and not alt and not meta and name == "l") or (
            alt and not ctrl and not meta and name == "d"
        ):
            self._set(PasteTarget.EXPLORER_BAR, now, window, follows=False)
        if name == "f4" and not (ctrl or alt or meta):  # Alt+F4 closes; F4 opens the bar
            self._set(PasteTarget.EXPLORER_BAR, now, window, follows=False)
        # Developer tools of the focused browser
        if (
            (name == "f12" and not (alt or meta))
            or (ctrl and shift and not alt and not meta and name in _DEVTOOLS_LETTERS)
            or (meta and alt and not ctrl and name in _DEVTOOLS_LETTERS)
        ):
            self._set(PasteTarget.BROWSER_CONSOLE, now, window, follows=False)

    def _spotlight(self, name: str, chord: bool, now: float, window: WindowInfo | None) -> bool:
        """Typing into Spotlight; True when the key was Spotlight's."""
        if now > self._spotlight_until:
            self._spotlight_until, self._typed = 0.0, ""
            return False
        if name == "enter":
            typed = self._typed.strip()
            self._spotlight_until, self._typed = 0.0, ""
            if len(typed) >= 2 and any(
                t.startswith(typed) or typed.startswith(t) for t in SPOTLIGHT_TERMINALS
            ):
                self._set(PasteTarget.TERMINAL, now, window, follows=True)
            return True
        if name == "escape":
            self._spotlight_until, self._typed = 0.0, ""
            return True
        if chord:
            return False
        if name == "backspace":
            self._typed = self._typed[:-1]
            return True
        if (len(name) == 1 or name == "space") and len(self._typed) < MAX_TYPED:
            self._typed += " " if name == "space" else name
            return True
        return False

    # -- state ---------------------------------------------------------------------------------

    def _set(
        self, target: PasteTarget, now: float, window: WindowInfo | None, follows: bool
    ) -> None:
        hint = self._by_target[target]
        hint.active = True
        hint.follows = follows
        hint.until = now + self._lifetime[target]
        hint.bind_until = now + self.timings.bind
        hint.origin = window
        hint.window = None if follows else window

    def _follow_focus(self, window: WindowInfo | None, now: float) -> None:
        """Bind hints to their window; drop a window-opening hint when the focus leaves it.

        Win+R's hint is for one visit to the dialog it opened. A hint about the focused
        window (F12, Ctrl+L) stays with that window while the person looks elsewhere:
        docked developer tools and a focused address bar are still there on return.
        """
        for hint in self._hints:
            if not hint.active:
                continue
            if now > hint.until:
                hint.active = False
            elif window is None:
                continue
            elif hint.window is None:
                if not hint.follows:
                    hint.window = window  # set without knowing the window: take this one
                elif now > hint.bind_until:
                    hint.active = False  # the window it announced never came
                elif not window.same_window(hint.origin):
                    hint.window = window
            elif hint.follows and not window.same_window(hint.window):
                hint.active = False
        if (
            self._paste_window is not None
            and window is not None
            and not window.same_window(self._paste_window)
        ):
            self._paste_at = None
            self._paste_window = None

    def _hint(self, window: WindowInfo | None, now: float) -> PasteTarget | None:
        for hint in self._hints:
            if not hint.active or now > hint.until:
                continue
            if hint.window is None:
                if hint.follows and window is not None and window.same_window(hint.origin):
                    continue  # the announced window has not appeared yet
                return hint.target
            if window is None or window.same_window(hint.window):
                return hint.target
        return None

    def _paste(
        self, now: float, window: WindowInfo | None, keys: str, selection: str, repeat: bool
    ) -> PasteGesture:
        hint = self._hint(window, now)
        self._paste_at, self._paste_window, self._paste_hint = now, window, hint
        return PasteGesture("paste", hint, now, keys, selection, repeat)

    def _execute(self, now: float, window: WindowInfo | None, repeat: bool) -> PasteGesture | None:
        pasted = self._paste_at
        if pasted is None or now - pasted > self.timings.execute:
            return None
        hint = self._paste_hint or self._hint(window, now)
        return PasteGesture("execute", hint, now, "enter", "clipboard", repeat)
