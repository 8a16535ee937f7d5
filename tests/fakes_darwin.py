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
pyobjc hands NSString over as a str subclass and NSData as a bytes-like object; here an NSString
is `FakeNSString`, so a test can see whether the whole of a huge one was converted.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

TEXT_TYPE = "public.utf8-plain-text"


class FakeNSString:
    """An NSString: length in UTF-16 units, substringToIndex:, and str() (pyobjc's conversion)."""

    def __init__(self, text: str, made: list[FakeNSString] | None = None) -> None:
        self.text = text
        self.converted = 0  # characters converted to Python strings, all told
        self.made = made if made is not None else []  # every string made, this one included
        self.made.append(self)

    def length(self) -> int:
        return len(self.text.encode("utf-16-le", "surrogatepass")) // 2

    def substringToIndex_(self, index: int) -> FakeNSString:
        return FakeNSString(self.text[:index], self.made)

    def __str__(self) -> str:
        self.converted += len(self.text)
        return self.text


class FakeNSPasteboard:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0
        self.items: dict[str, bytes | str | Callable[[], bytes | str]] = {}
        self.strings: list[FakeNSString] = []

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

    def stringForType_(self, kind: str) -> FakeNSString | None:
        value = self._value(kind)
        if value is None:
            return None
        text = value if isinstance(value, str) else value.decode("utf-8", "replace")
        return FakeNSString(text, self.strings)


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
