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
import itertools
import queue
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


# -- the low-level keyboard hook ---------------------------------------------------------------

WH_KEYBOARD_LL = 13
HOOK_TIMEOUTS_BEFORE_REMOVAL = 10  # see FakeDesktop


class FakeTicks:
    """GetTickCount(): milliseconds, moved only by the test (a slow hook is a tick jump)."""

    def __init__(self, start: int = 5_000_000) -> None:
        self.now = start

    def __call__(self) -> int:
        return self.now & 0xFFFFFFFF

    def advance(self, ms: int) -> None:
        self.now += ms


class _HookCall:
    """The system calling a hook procedure through its thread's message loop (a sent message:
    GetMessage runs it and does not return it)."""

    def __init__(self, proc: Any, wparam: int, data: Any) -> None:
        self.proc, self.wparam, self.data = proc, wparam, data
        self.result: int | None = None
        self.done = threading.Event()


class Delivery:
    """What became of one key the person pressed."""

    def __init__(self, seen: bool, swallowed: bool, timed_out: bool) -> None:
        self.seen, self.swallowed, self.timed_out = seen, swallowed, timed_out

    def __repr__(self) -> str:
        return f"Delivery(seen={self.seen}, swallowed={self.swallowed}, timed_out={self.timed_out})"


class FakeDesktop:
    """user32's hook and thread-message functions, and the input system that calls the hooks,
    as documented for WH_KEYBOARD_LL:

    - "This hook is called in the context of the thread that installed it. The call is made by
      sending a message to the thread that installed the hook. Therefore, the thread that
      installed the hook must have a message loop." Until SetWindowsHookEx has returned, a key
      is not seen at all. https://learn.microsoft.com/en-us/windows/win32/winmsg/lowlevelkeyboardproc
    - KBDLLHOOKSTRUCT.time is the event's time stamp (as GetMessageTime); an injected event
      (LLKHF_INJECTED) carries whatever time its injector gave (KEYBDINPUT.time).
      https://learn.microsoft.com/en-us/windows/win32/api/winuser/ns-winuser-kbdllhookstruct
    - "If the hook procedure times out, the system passes the message to the next hook. However,
      on Windows 7 and later, the hook is silently removed without being called. There is no way
      for the application to know whether the hook is removed." The timeout is
      LowLevelHooksTimeout (HKCU\\Control Panel\\Desktop), 300 ms when it is not set, and a hook
      is removed at its 11th timeout (AutoHotkey's measurements, documented with #IfTimeout:
      https://www.autohotkey.com/docs/v1/lib/_IfTimeout.htm); `removed` says when it happened.
    - A nonzero return from the procedure keeps the key from the rest of the chain and from
      the target window; PostThreadMessage fails for a thread that has no message queue yet
      (a queue is made by the thread's first PeekMessage/GetMessage).
      https://learn.microsoft.com/en-us/windows/win32/api/winuser/nf-winuser-postthreadmessagew

    `hold_setting` (an Event, set by default) keeps SetWindowsHookEx from returning until the
    test sets it: the hook thread not yet scheduled, as right after start. `refuse` makes it
    fail (NULL).
    """

    def __init__(self, ticks: FakeTicks | None = None, timeout: int = 300) -> None:
        self.ticks = ticks or FakeTicks()
        self.timeout = timeout
        self.lock = threading.Lock()
        self.queues: dict[int, queue.Queue[Any]] = {}
        self.hooks: dict[int, tuple[Any, int, int]] = {}  # handle -> (proc, thread id, timeouts)
        self.next_handle = itertools.count(0x1000)
        self.hold_setting = threading.Event()
        self.hold_setting.set()
        self.refuse = False
        self.settings = 0  # SetWindowsHookEx calls that succeeded
        self.removed = 0  # hooks the system removed for timing out
        self.unseen: list[tuple[int, int]] = []  # keys no hook saw: (message, vk)
        self.timers: dict[int, int] = {}  # thread id -> interval (ms)

    # -- kernel32 -------------------------------------------------------------------------------

    def GetCurrentThreadId(self) -> int:
        return threading.get_ident()

    def GetModuleHandleW(self, name: str | None) -> int:
        return 0x400000

    def GetTickCount(self) -> int:
        return self.ticks()

    # -- user32: messages -----------------------------------------------------------------------

    def PeekMessageW(self, msg: Any, hwnd: Any, first: int, last: int, remove: int) -> bool:
        with self.lock:
            self.queues.setdefault(threading.get_ident(), queue.Queue())
        return False

    def PostThreadMessageW(self, thread_id: int, message: int, wparam: int, lparam: int) -> bool:
        with self.lock:
            target = self.queues.get(thread_id)
        if target is None:
            return False  # ERROR_INVALID_THREAD_ID: no message queue
        target.put((message, wparam, lparam))
        return True

    def GetMessageW(self, msg: Any, hwnd: Any, first: int, last: int) -> int:
        with self.lock:
            own = self.queues.setdefault(threading.get_ident(), queue.Queue())
        while True:
            item = own.get()
            if isinstance(item, _HookCall):  # a sent message: handled inside GetMessage
                item.result = int(item.proc(0, item.wparam, ctypes.addressof(item.data)))
                item.done.set()
                continue
            target = msg._obj  # ctypes.byref(MSG())
            target.message, target.wParam, target.lParam = item
            return 0 if item[0] == 0x0012 else 1  # WM_QUIT ends the loop

    def DispatchMessageW(self, msg: Any) -> int:
        return 0

    def SetTimer(self, hwnd: Any, event: int, ms: int, func: Any) -> int:
        """A thread timer (no window, no function): WM_TIMER is posted to the calling thread's
        queue every `ms`; here whenever the test calls `fire_timers`."""
        assert hwnd is None and func is None
        with self.lock:
            self.timers[threading.get_ident()] = ms
        return 1

    def fire_timers(self) -> None:
        """The timers' time has come (the test stands for the clock)."""
        with self.lock:
            threads = list(self.timers)
        for thread_id in threads:
            self.PostThreadMessageW(thread_id, 0x0113, 1, 0)  # WM_TIMER

    def remove_silently(self) -> None:
        """What Windows does to a hook that timed out once too often: gone, without a word."""
        with self.lock:
            self.removed += len(self.hooks)
            self.hooks.clear()

    # -- user32: hooks --------------------------------------------------------------------------

    def SetWindowsHookExW(self, kind: int, proc: Any, module: int, thread_id: int) -> int | None:
        assert kind == WH_KEYBOARD_LL and thread_id == 0 and module
        assert self.hold_setting.wait(10), "the test never let the hook be set"
        if self.refuse:
            return None
        with self.lock:
            handle = next(self.next_handle)
            self.hooks[handle] = (proc, threading.get_ident(), 0)
            self.settings += 1
        return handle

    def UnhookWindowsHookEx(self, handle: int) -> bool:
        with self.lock:
            return self.hooks.pop(handle, None) is not None

    def CallNextHookEx(self, hook: Any, code: int, wparam: int, lparam: int) -> int:
        return 0

    @property
    def hooked(self) -> bool:
        with self.lock:
            return bool(self.hooks)

    # -- the input system -----------------------------------------------------------------------

    def press(
        self, message: int, vk: int, flags: int = 0, late: int = 0, stamp: int | None = None
    ) -> Delivery:
        """A key event: each hook's procedure is called, newest first, on its own thread. `late`:
        the hook thread was busy, so the procedure starts this many ms after the system sent it
        the key; the time the procedure itself takes is the tick jump while it runs. `stamp`: the
        time stamp an injector gave (with LLKHF_INJECTED); otherwise the time the key happened."""
        from app.platform.win32.api import KBDLLHOOKSTRUCT

        with self.lock:
            hooks = sorted(self.hooks.items(), reverse=True)
        if not hooks:
            self.unseen.append((message, vk))
            return Delivery(seen=False, swallowed=False, timed_out=False)
        sent = self.ticks.now - late
        data = KBDLLHOOKSTRUCT(vk, 0, flags, (sent if stamp is None else stamp) & 0xFFFFFFFF, 0)
        swallowed = timed_out = False
        for handle, (proc, thread_id, _) in hooks:
            call = _HookCall(proc, message, data)
            with self.lock:
                target = self.queues[thread_id]
            target.put(call)
            assert call.done.wait(10), "the hook thread never ran the hook procedure"
            if self.ticks.now - sent >= self.timeout:  # the system gave up waiting: passed on
                timed_out = True
                self._timed_out(handle)
                continue
            if call.result:
                swallowed = True
                break
        return Delivery(seen=True, swallowed=swallowed, timed_out=timed_out)

    def _timed_out(self, handle: int) -> None:
        with self.lock:
            entry = self.hooks.get(handle)
            if entry is None:
                return
            proc, thread_id, count = entry
            if count + 1 > HOOK_TIMEOUTS_BEFORE_REMOVAL:
                del self.hooks[handle]  # silently: nothing tells the program
                self.removed += 1
            else:
                self.hooks[handle] = (proc, thread_id, count + 1)
