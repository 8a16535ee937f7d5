"""AppKit's pasteboard as the REAL code in app/platform/darwin/api.py calls it (through pyobjc).

tests/fakes.py fakes the seam above api.py (a whole `ClipboardSource`); this fake sits under the
real `AppKitPasteboard`, and behaves as Apple documents NSPasteboard:

- changeCount "increments when the ownership of the pasteboard changes" (clearContents,
  declareTypes:owner:), not when a promised type's data is provided later;
  https://developer.apple.com/documentation/appkit/nspasteboard/changecount
- types: the types the pasteboard's items offer, in the order declared (any number of them);
  https://developer.apple.com/documentation/appkit/nspasteboard/types
- stringForType: / dataForType: return nil when no item has the type; a promised type is asked
  of its provider on the caller's thread. https://developer.apple.com/documentation/appkit/nspasteboard/string(fortype:)
pyobjc hands an NSString over already converted (objc.pyobjc_unicode, a str subclass) and NSData
as a bytes-like object: here a str and bytes.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

TEXT_TYPE = "public.utf8-plain-text"


class FakeNSPasteboard:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0
        self.items: dict[str, bytes | str | Callable[[], bytes | str]] = {}

    def declare(self, items: dict[str, bytes | str | Callable[[], bytes | str]]) -> None:
        """Another program: clearContents, then writeObjects / declareTypes + setData."""
        with self.lock:
            self.items = dict(items)
            self.count += 1

    # the selectors the real code calls

    def changeCount(self) -> int:
        return self.count

    def types(self) -> list[str]:
        return list(self.items)

    def _value(self, kind: str) -> bytes | str | None:
        value = self.items.get(kind)
        if callable(value):  # a promise: the provider answers now; the count stays
            value = self.items[kind] = value()
        return value

    def dataForType_(self, kind: str) -> bytes | None:
        value = self._value(kind)
        if isinstance(value, str):
            return value.encode("utf-8", "surrogatepass")
        return value

    def stringForType_(self, kind: str) -> str | None:
        value = self._value(kind)
        if value is None:
            return None
        return value if isinstance(value, str) else value.decode("utf-8", "replace")


def fake_appkit(board: FakeNSPasteboard) -> Any:
    """The `AppKit` module as AppKitPasteboard uses it."""
    pool = SimpleNamespace(alloc=lambda: SimpleNamespace(init=lambda: object()))
    return SimpleNamespace(
        NSPasteboard=SimpleNamespace(generalPasteboard=lambda: board),
        NSAutoreleasePool=pool,
    )


def fake_pasteboard(board: FakeNSPasteboard | None = None) -> tuple[Any, FakeNSPasteboard]:
    """The REAL AppKitPasteboard over `board` (begin() would import AppKit: done for it)."""
    from app.platform.darwin.api import AppKitPasteboard

    board = board or FakeNSPasteboard()
    pasteboard = AppKitPasteboard()
    pasteboard._appkit = fake_appkit(board)
    pasteboard._board = board
    return pasteboard, board


# -- the keyboard event tap ----------------------------------------------------------------------

KEY_DOWN, KEY_UP = 10, 11  # kCGEventKeyDown, kCGEventKeyUp
TAP_TIMEOUT = 1000  # ms the window server waits for an active tap's answer (not documented)


@dataclass(frozen=True)
class FakeCGEvent:
    flags: int


class FakeWindowServer:
    """The window server's side of a CGEventTap, as Apple documents it:

    - CGEventTapCreate returns NULL when the tap cannot be made (an active tap without the
      Accessibility permission, or Input Monitoring refused); a tap is enabled when created.
      https://developer.apple.com/documentation/coregraphics/cgevent/tapcreate(tap:place:options:eventsofinterest:callback:userinfo:)
    - "If an event tap becomes unresponsive, or if a user requests that event taps be disabled,
      then a kCGEventTapDisabled event is passed to the event tap callback function. Event taps
      may be re-enabled by calling this function." While it is off, keys go on without it.
      https://developer.apple.com/documentation/coregraphics/cgevent/tapenable(tap:enable:)
      https://developer.apple.com/documentation/coregraphics/cgeventtype/tapdisabledbytimeout
    - an active tap's callback returns the event to let it go on, NULL to delete it.
      https://developer.apple.com/documentation/coregraphics/cgeventtapcallback
      A NULL that comes after the window server stopped waiting deletes nothing: the event has
      gone on, the tap is off ("kCGEventTapDisabledByTimeout: Specifies an event indicating the
      event tap is disabled because of timeout"), and the callback is told next, on its run
      loop after the late answer; no key reaches a tap that is off. How long the server waits
      is not documented (TAP_TIMEOUT here).
      https://developer.apple.com/documentation/coregraphics/cgeventtype/tapdisabledbytimeout

    `hold_create` (set by default) keeps CGEventTapCreate from returning until the test sets it
    (the listener's thread not yet scheduled, as right after start); `refuse` makes it NULL;
    `can_enable` False makes CGEventTapEnable leave it off. Time is `ticks` (ms), moved by the
    test: a callback during which it moves by TAP_TIMEOUT made the tap unresponsive.
    """

    def __init__(self) -> None:
        self.hold_create = threading.Event()
        self.hold_create.set()
        self.refuse = False
        self.can_enable = True
        self.ticks = 0
        self.taps_made = 0
        self.unseen: list[Any] = []  # keys that went on with no tap to see them


class FakeTapListener:
    """pynput's darwin keyboard.Listener with the api's subclass (AppKitDarwinApi): a thread that
    makes the tap (CGEventTapCreate) and then runs the run loop that calls back; for each key,
    on_press/on_release first, then the intercept on the same thread. A notification that the tap
    was turned off reaches the intercept only (the subclass keeps it from pynput's key code)."""

    KEY_DOWN, KEY_UP = KEY_DOWN, KEY_UP

    def __init__(
        self,
        server: FakeWindowServer,
        trusted: Callable[[], bool],
        on_press: Callable[..., None],
        on_release: Callable[..., None],
        intercept: Callable[[int, Any], Any],
    ) -> None:
        self.server, self.trusted = server, trusted
        self.on_press, self.on_release, self.intercept = on_press, on_release, intercept
        self.started = self.stopped = False
        self._made = False
        self._tap: int | None = None
        self.enabled = False
        self._loop: queue.Queue[Any] = queue.Queue()
        self._thread: threading.Thread | None = None
        self.timed_out = False  # the last key: the tap answered too slowly

    # pynput's listener
    def start(self) -> None:
        self.started = True
        self._thread = threading.Thread(target=self._run, name="fake-tap", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self.stopped = True
        self._loop.put(None)
        if self._thread is not None:
            self._thread.join(5)

    def is_alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # the subclass in AppKitDarwinApi.keyboard_listener
    def tap_state(self) -> bool | None:
        return (self._tap is not None) if self._made else None

    def enable_tap(self) -> bool:
        if self._tap is not None and self.server.can_enable:
            self.enabled = True
        return self.enabled

    def _run(self) -> None:
        assert self.server.hold_create.wait(10), "the test never let the tap be made"
        refused = self.server.refuse or not self.trusted()
        self._tap = None if refused else self.server.taps_made + 1
        if self._tap is not None:
            self.server.taps_made += 1
            self.enabled = True
        self._made = True
        if self._tap is None:
            return  # pynput: marks itself ready and its thread ends
        while True:
            item = self._loop.get()
            if item is None:
                return
            item()

    def _call(self, work: Callable[[], Any]) -> Any:
        done = threading.Event()
        box: list[Any] = []

        def run() -> None:
            box.append(work())
            done.set()

        self._loop.put(run)
        assert done.wait(10), "the run loop never called back"
        return box[0]

    # the window server
    def send(self, key: Any, pressed: bool, flags: int = 0) -> bool:
        """One key event; True when the tap swallowed it."""
        self.timed_out = False
        if self._tap is None or not self.enabled or self.stopped:
            self.server.unseen.append((key, pressed))
            return False
        event = FakeCGEvent(flags)
        began = self.server.ticks

        def callback() -> Any:
            (self.on_press if pressed else self.on_release)(key, False)
            return self.intercept(self.KEY_DOWN if pressed else self.KEY_UP, event)

        returned = self._call(callback)
        if self.server.ticks - began >= TAP_TIMEOUT:
            self.timed_out = True  # the server stopped waiting: the key went on, the tap is off
            self.turn_off(0xFFFFFFFE)
            return False
        if returned is None:
            return True
        assert returned is event
        return False

    def turn_off(self, why: int) -> None:
        """The window server turns the tap off and tells its callback (on the run loop)."""
        self.enabled = False
        note = FakeCGEvent(0)
        self._call(lambda: self.intercept(why, note))
