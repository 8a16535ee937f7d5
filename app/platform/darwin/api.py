"""The few macOS calls the backend makes, behind objects that tests replace with fakes."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, NamedTuple, Protocol

from app.platform.clipboard import ClipboardContent

# CGEventFlags bits (CGEventTypes.h)
FLAG_SHIFT = 0x00020000
FLAG_CONTROL = 0x00040000
FLAG_OPTION = 0x00080000
FLAG_COMMAND = 0x00100000

Intercept = Callable[[int, Any], Any]  # pynput's darwin_intercept(event_type, CGEventRef)

# CGEventType values the tap's callback gets, instead of an event, when macOS turned the tap off:
# it answered too slowly, or the person asked for taps to be turned off (CGEventTypes.h)
TAP_DISABLED_BY_TIMEOUT = 0xFFFFFFFE
TAP_DISABLED_BY_USER_INPUT = 0xFFFFFFFF
TAP_DISABLED = frozenset({TAP_DISABLED_BY_TIMEOUT, TAP_DISABLED_BY_USER_INPUT})


class RunningApp(NamedTuple):
    executable: str  # base name of the executable, as macOS spells it ("Terminal", "iTerm2")
    bundle_id: str  # "com.apple.Terminal"; "" for a bare executable
    pid: int


class TapListener(Protocol):
    """The part of pynput's keyboard.Listener the backend uses, and what it says of its tap."""

    def start(self) -> None: ...
    def stop(self) -> None: ...
    def is_alive(self) -> bool: ...

    def tap_state(self) -> bool | None:
        """None until CGEventTapCreate has answered on the listener's thread; then whether it
        gave a tap (NULL: macOS refused it). Any thread, never blocks."""
        ...

    def enable_tap(self) -> bool:
        """CGEventTapEnable(tap, true), then whether CGEventTapIsEnabled says it is on."""
        ...


class DarwinApi(Protocol):
    def frontmost_application(self) -> RunningApp | None:
        """NSWorkspace's frontmost application: a property read, O(1), never blocks."""
        ...

    def is_trusted(self) -> bool:
        """AXIsProcessTrusted(): whether the Accessibility permission is granted."""
        ...

    def event_flags(self, event: Any) -> int:
        """CGEventGetFlags(event): the modifier flags carried by the event itself."""
        ...

    def keyboard_listener(
        self,
        on_press: Callable[..., None],
        on_release: Callable[..., None],
        intercept: Intercept,
    ) -> TapListener:
        """A pynput keyboard listener (not started).

        pynput calls on_press/on_release first, then `intercept` for the same event on the
        same thread; the event is swallowed when `intercept` returns None.
        """
        ...


class AppKitDarwinApi:
    """The real calls, through pyobjc (which pynput already requires on macOS)."""

    def __init__(self) -> None:
        self._workspace: Any = None
        self._get_flags: Any = None

    def frontmost_application(self) -> RunningApp | None:
        if self._workspace is None:
            import AppKit  # type: ignore[import-not-found, unused-ignore]

            self._workspace = AppKit.NSWorkspace.sharedWorkspace()
        # AppKit refreshes this property from workspace notifications handled by the main run
        # loop, which Qt runs; reading it from the hook thread asks no other process.
        app = self._workspace.frontmostApplication()
        if app is None:
            return None
        url = app.executableURL()
        executable = str(url.lastPathComponent()) if url is not None else ""
        return RunningApp(
            executable, str(app.bundleIdentifier() or ""), int(app.processIdentifier())
        )

    def is_trusted(self) -> bool:
        import HIServices  # type: ignore[import-not-found, unused-ignore]

        return bool(HIServices.AXIsProcessTrusted())

    def event_flags(self, event: Any) -> int:
        if self._get_flags is None:
            import Quartz  # type: ignore[import-not-found, unused-ignore]

            self._get_flags = Quartz.CGEventGetFlags
        return int(self._get_flags(event))

    def keyboard_listener(
        self,
        on_press: Callable[..., None],
        on_release: Callable[..., None],
        intercept: Intercept,
    ) -> TapListener:
        import Quartz  # type: ignore[import-not-found, unused-ignore]
        from pynput import keyboard  # importable on macOS only; the chooser keeps it there

        class Listener(keyboard.Listener):  # type: ignore[misc, name-defined, unused-ignore]
            """pynput's listener, which says whether its tap exists and can turn it back on.

            pynput marks itself ready even when CGEventTapCreate returned NULL (its thread then
            ends), keeps the tap in a local variable, and never re-enables a tap macOS turned off.
            """

            _tap: Any = None
            _tap_made = False

            def _create_event_tap(self) -> Any:
                tap = super()._create_event_tap()
                self._tap, self._tap_made = tap, True
                return tap

            def _handler(self, proxy: Any, event_type: int, event: Any, refcon: Any) -> Any:
                if event_type in TAP_DISABLED:  # no key: straight to the backend, which
                    return intercept(event_type, event)  # turns the tap on again
                return super()._handler(proxy, event_type, event, refcon)

            def tap_state(self) -> bool | None:
                return (self._tap is not None) if self._tap_made else None

            def enable_tap(self) -> bool:
                tap = self._tap
                if tap is None:
                    return False
                Quartz.CGEventTapEnable(tap, True)
                return bool(Quartz.CGEventTapIsEnabled(tap))

        listener: TapListener = Listener(
            on_press=on_press, on_release=on_release, darwin_intercept=intercept
        )
        return listener


TEXT_TYPE = "public.utf8-plain-text"  # NSPasteboardTypeString
MAX_TYPES = 256  # types listed at most (a program can declare any number)
POLL = 0.05  # seconds between looks at changeCount: macOS announces no pasteboard change


class AppKitPasteboard:
    """The clipboard calls of app.platform.clipboard.ClipboardSource, through pyobjc; every
    method runs on the reader thread.

    NSPasteboard.changeCount is the counter (macOS sends no notification, so the thread looks at
    it every POLL seconds). Reading takes the plain text and the wanted types; a promised type
    is asked of its provider, which may take a while, on this thread only. Each read drains its
    own autorelease pool: this thread has no run loop to do it.
    """

    def __init__(self) -> None:
        self._appkit: Any = None
        self._board: Any = None

    def begin(self) -> None:
        import AppKit  # type: ignore[import-not-found, unused-ignore]

        self._appkit = AppKit
        self._board = AppKit.NSPasteboard.generalPasteboard()

    def end(self) -> None:
        self._board = None

    def change_count(self) -> int:
        return int(self._board.changeCount())

    def wait_for_change(self, count: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.change_count() == count:
            time.sleep(POLL)

    def read(self, wanted: frozenset[str], max_text: int, max_format: int) -> ClipboardContent:
        # PyObjC's way on a thread of its own: the pool drains when its last reference goes
        pool = self._appkit.NSAutoreleasePool.alloc().init()
        try:
            board = self._board
            types = tuple(str(t) for t in list(board.types() or ())[:MAX_TYPES])
            formats: dict[str, bytes] = {}
            for name in types:
                if name in wanted:
                    data = board.dataForType_(name)
                    if data is not None:
                        formats[name] = bytes(data)[:max_format]
            # Asked for whether or not the listing above reached it: a program can declare more
            # types than MAX_TYPES with the text last, and a paste takes the text anyway
            # (stringForType: is nil when no item has it).
            value = board.stringForType_(TEXT_TYPE)  # pyobjc: a str subclass already
            text: str | None = None
            if value is not None:
                text = str(value)[:max_text]
                if TEXT_TYPE not in types:
                    types = (*types, TEXT_TYPE)
            return ClipboardContent("clipboard", text, formats, types)
        finally:
            del pool
