"""user32 and kernel32 as the REAL ctypes code in app/platform/win32/api.py calls them.

tests/fakes.py fakes the seams above api.py (a whole `ClipboardSource`, a whole hook listener);
these fakes sit one level lower, under the real `CtypesWin32Clipboard` and `CtypesKeyboardHook`,
so the code that cannot run here (the ctypes calls' order and their results) runs against
functions that behave as Microsoft documents them:

- GetClipboardSequenceNumber: "incremented whenever the contents of the clipboard change or the
  clipboard is emptied ... If clipboard rendering is delayed, the sequence number is not
  incremented until the changes are rendered."
  https://learn.microsoft.com/en-us/windows/win32/api/winuser/nf-winuser-getclipboardsequencenumber
- OpenClipboard fails while another window has the clipboard open; EnumClipboardFormats lists
  the formats in the order they were placed, then the ones the system synthesizes (CF_UNICODETEXT
  from CF_TEXT), and returns 0 at the end; IsClipboardFormatAvailable answers without opening.
  https://learn.microsoft.com/en-us/windows/win32/api/winuser/nf-winuser-openclipboard
  https://learn.microsoft.com/en-us/windows/win32/api/winuser/nf-winuser-enumclipboardformats
  https://learn.microsoft.com/en-us/windows/win32/dataxchg/clipboard-formats (synthesized)
- GetClipboardData on a format placed with a NULL handle (delayed rendering) makes the owner
  render it (WM_RENDERFORMAT) before it returns; NULL when the format is not there.
  https://learn.microsoft.com/en-us/windows/win32/api/winuser/nf-winuser-getclipboarddata
- GlobalSize may be larger than what was asked for when the block was allocated; GlobalLock
  gives the block's address. https://learn.microsoft.com/en-us/windows/win32/api/winbase/nf-winbase-globalsize
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable
from typing import Any

CF_TEXT, CF_UNICODETEXT = 1, 13
FIRST_REGISTERED = 0xC000


class FakeWindowStation:
    """The clipboard of one window station: formats in placing order, a sequence number."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.seq = 1
        self.open_by: int | None = None  # the window (0: a task without one) that has it open
        self.formats: dict[int, bytes | Callable[[], bytes]] = {}  # a callable: delayed
        self.names: dict[str, int] = {}
        self.renders = 0

    def register(self, name: str) -> int:
        with self.lock:
            return self.names.setdefault(name, FIRST_REGISTERED + len(self.names))

    def copy(self, formats: dict[int, bytes | Callable[[], bytes]]) -> None:
        """Another program: OpenClipboard, EmptyClipboard, SetClipboardData..., CloseClipboard."""
        with self.lock:
            self.formats = dict(formats)
            self.seq += 1

    def render(self, fmt: int) -> bytes | None:
        """The owner answers WM_RENDERFORMAT: SetClipboardData with the real handle."""
        with self.lock:
            data = self.formats.get(fmt)
            if callable(data):
                data = self.formats[fmt] = data()
                self.seq += 1  # rendered: only now does the number move (the docs)
                self.renders += 1
            return data


def utf16(text: str) -> bytes:
    """CF_UNICODETEXT as a program places it: UTF-16-LE and a terminating NUL."""
    return text.encode("utf-16-le", "surrogatepass") + b"\x00\x00"


class FakeKernel32:
    """GlobalLock/GlobalSize/GlobalUnlock over real memory blocks (ctypes buffers)."""

    def __init__(self) -> None:
        self.blocks: dict[int, Any] = {}
        self.locked = 0

    def alloc(self, data: bytes, slack: int = 0) -> int:
        """A block holding `data`; `slack` more bytes of garbage, as GlobalSize may report."""
        block = ctypes.create_string_buffer(data + b"\xab" * slack, len(data) + slack)
        handle = ctypes.addressof(block)
        self.blocks[handle] = block
        return handle

    def GlobalSize(self, handle: int) -> int:
        block = self.blocks.get(handle)
        return 0 if block is None else ctypes.sizeof(block)

    def GlobalLock(self, handle: int) -> int | None:
        if handle not in self.blocks:
            return None  # not a global memory handle (a bitmap's, say): NULL
        self.locked += 1
        return handle

    def GlobalUnlock(self, handle: int) -> bool:
        self.locked -= 1
        return True


class FakeUser32Clipboard:
    """The clipboard functions of user32 over a `FakeWindowStation`."""

    def __init__(self, station: FakeWindowStation, kernel32: FakeKernel32, slack: int = 0) -> None:
        self.station = station
        self.kernel32 = kernel32
        self.slack = slack
        self.handles: dict[tuple[int, int], int] = {}  # (seq, format) -> handle, per contents
        self.data_asked: list[int] = []

    def CreateWindowExW(self, *args: object) -> int:
        return 0  # no listener window here: the reader looks at the number every POLL seconds

    def GetClipboardSequenceNumber(self) -> int:
        return self.station.seq

    def OpenClipboard(self, hwnd: int | None) -> bool:
        with self.station.lock:
            if self.station.open_by is not None:
                return False  # another window has it open: ERROR_ACCESS_DENIED
            self.station.open_by = hwnd or 0
            return True

    def CloseClipboard(self) -> bool:
        with self.station.lock:
            self.station.open_by = None
            return True

    def _available(self) -> list[int]:
        formats = list(self.station.formats)
        if CF_TEXT in formats and CF_UNICODETEXT not in formats:
            formats.append(CF_UNICODETEXT)  # synthesized, listed after the placed ones
        return formats

    def EnumClipboardFormats(self, fmt: int) -> int:
        assert self.station.open_by is not None, "EnumClipboardFormats needs the clipboard open"
        formats = self._available()
        if fmt == 0:
            return formats[0] if formats else 0
        index = formats.index(fmt) + 1
        return formats[index] if index < len(formats) else 0

    def IsClipboardFormatAvailable(self, fmt: int) -> bool:
        return fmt in self._available()

    def GetClipboardFormatNameW(self, fmt: int, buffer: Any, size: int) -> int:
        for name, number in self.station.names.items():
            if number == fmt:
                buffer.value = name[: size - 1]
                return len(buffer.value)
        return 0  # a predefined format has no registered name

    def GetClipboardData(self, fmt: int) -> int | None:
        assert self.station.open_by is not None, "GetClipboardData needs the clipboard open"
        self.data_asked.append(fmt)
        if fmt not in self._available():
            return None
        if fmt == CF_UNICODETEXT and CF_UNICODETEXT not in self.station.formats:
            ansi = self.station.render(CF_TEXT) or b"\x00"
            data = utf16(ansi.split(b"\x00", 1)[0].decode("cp1252"))
        else:
            rendered = self.station.render(fmt)
            assert rendered is not None
            data = rendered
        key = (self.station.seq, fmt)
        if key not in self.handles:
            self.handles[key] = self.kernel32.alloc(data, self.slack)
        return self.handles[key]


def fake_win32_clipboard(
    station: FakeWindowStation | None = None, slack: int = 0
) -> tuple[Any, FakeWindowStation, FakeUser32Clipboard]:
    """The REAL CtypesWin32Clipboard with its DLLs replaced by these fakes."""
    from app.platform.win32.api import CtypesWin32Clipboard

    station = station or FakeWindowStation()
    kernel32 = FakeKernel32()
    user32 = FakeUser32Clipboard(station, kernel32, slack)
    board = CtypesWin32Clipboard()
    board._user32, board._kernel32 = user32, kernel32  # what _load() would have loaded
    return board, station, user32
