"""The few macOS calls the backend makes, behind an object that tests replace with a fake."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple, Protocol

# CGEventFlags bits (CGEventTypes.h)
FLAG_SHIFT = 0x00020000
FLAG_CONTROL = 0x00040000
FLAG_OPTION = 0x00080000
FLAG_COMMAND = 0x00100000

Intercept = Callable[[int, Any], Any]  # pynput's darwin_intercept(event_type, CGEventRef)


class RunningApp(NamedTuple):
    executable: str  # base name of the executable, as macOS spells it ("Terminal", "iTerm2")
    bundle_id: str  # "com.apple.Terminal"; "" for a bare executable
    pid: int


class TapListener(Protocol):
    """The part of pynput's keyboard.Listener the backend uses."""

    def start(self) -> None: ...
    def stop(self) -> None: ...
    def is_alive(self) -> bool: ...


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
        from pynput import keyboard  # importable on macOS only; the chooser keeps it there

        listener: TapListener = keyboard.Listener(
            on_press=on_press, on_release=on_release, darwin_intercept=intercept
        )
        return listener
