"""The few Win32 calls the backend makes, behind objects that tests replace with fakes."""

from __future__ import annotations

import ctypes
import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

from app.platform.base import TITLE_CAP
from app.platform.clipboard import ClipboardBusy, ClipboardContent

log = logging.getLogger(__name__)

PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
VK_SHIFT, VK_CONTROL, VK_MENU, VK_LWIN, VK_RWIN = 0x10, 0x11, 0x12, 0x5B, 0x5C

HookProc = Callable[[int, int, int, int], bool]  # (message, vk, flags, time ms) -> swallow

WH_KEYBOARD_LL = 13
HC_ACTION = 0
LLKHF_INJECTED = 0x10  # KBDLLHOOKSTRUCT.flags: the event came from SendInput / keybd_event
WM_USER = 0x0400
WM_HOOK_PROOF = 0x8001  # WM_APP + 1: posted to the hook thread right after SetWindowsHookEx
WM_HOOK_AGAIN = 0x8002  # WM_APP + 2: unhook and set the hook again
WM_HOOK_STOP = 0x8003  # WM_APP + 3: leave the message loop
WM_TIMER = 0x0113
HOOK_REFRESH_MS = 30_000  # a new hook this often: Windows may have removed the old one unsaid
PM_NOREMOVE = 0
HOOKS_TIMEOUT_DEFAULT = 300  # ms, when LowLevelHooksTimeout is not set
HOOKS_TIMEOUT_MAX = 1000  # ms: Windows 10 1709 and later use at most this


class KeyboardHook(Protocol):
    """A WH_KEYBOARD_LL hook on a thread of its own, which runs the message loop it needs.

    `installed` is 0 until SetWindowsHookEx gave a hook AND the thread's loop then retrieved
    a message posted after it: from then on each key reaches the hook procedure (which Windows
    calls through that loop). It is the number of the setting, so a later `reinstall` shows as
    a larger one. `error` says why SetWindowsHookEx failed (None: it did not).
    """

    installed: int
    error: str | None

    def start(self) -> None:
        """Start the thread, which sets the hook; returns at once (see `installed`)."""
        ...

    def stop(self) -> None: ...
    def is_alive(self) -> bool: ...

    def reinstall(self) -> None:
        """Any thread: the hook thread unhooks and sets the hook again (Windows removes a hook
        silently after it answered too slowly; a new one is called again)."""
        ...


class Win32Api(Protocol):
    """Win32 as the backend sees it. Every method is O(1) and never waits on another process."""

    def foreground_window(self) -> int:
        """GetForegroundWindow(); 0 when no window has the focus (secure desktop, lock)."""
        ...

    def class_name(self, hwnd: int) -> str: ...

    def window_text(self, hwnd: int) -> str:
        """GetWindowTextW, at most TITLE_CAP characters.

        For windows of other processes Windows returns the stored caption without sending
        them a message, so a hung program cannot stall the caller.
        """
        ...

    def window_pid(self, hwnd: int) -> int: ...

    def process_image(self, pid: int) -> str:
        """The full path of the executable of process `pid`; "" when it cannot be read."""
        ...

    def key_down(self, vk: int) -> bool:
        """GetAsyncKeyState: whether the key is held (before the event the hook handles)."""
        ...

    def tick_count(self) -> int:
        """GetTickCount(): milliseconds since the system started, as KBDLLHOOKSTRUCT.time."""
        ...

    def hooks_timeout(self) -> int:
        """LowLevelHooksTimeout in milliseconds: a hook procedure that takes longer has its key
        passed on without it (and, on Windows 7 and later, the hook silently removed)."""
        ...

    def keyboard_hook(self, proc: HookProc) -> KeyboardHook:
        """A low-level keyboard hook (not started) that calls `proc` for every key."""
        ...


class CtypesWin32Api:
    """The real calls, through ctypes with argument types declared (64-bit handles)."""

    def __init__(self) -> None:
        self._user32: Any = None
        self._kernel32: Any = None

    def _load(self) -> tuple[Any, Any]:
        if self._user32 is None:
            from ctypes import wintypes

            win_dll = getattr(ctypes, "WinDLL")  # noqa: B009 - exists only on Windows
            user32 = win_dll("user32", use_last_error=True)
            user32.GetForegroundWindow.argtypes = ()
            user32.GetForegroundWindow.restype = wintypes.HWND
            user32.GetClassNameW.argtypes = (wintypes.HWND, wintypes.LPWSTR, ctypes.c_int)
            user32.GetClassNameW.restype = ctypes.c_int
            user32.GetWindowTextW.argtypes = (wintypes.HWND, wintypes.LPWSTR, ctypes.c_int)
            user32.GetWindowTextW.restype = ctypes.c_int
            user32.GetWindowThreadProcessId.argtypes = (
                wintypes.HWND,
                ctypes.POINTER(wintypes.DWORD),
            )
            user32.GetWindowThreadProcessId.restype = wintypes.DWORD
            user32.GetAsyncKeyState.argtypes = (ctypes.c_int,)
            user32.GetAsyncKeyState.restype = ctypes.c_short
            kernel32 = win_dll("kernel32", use_last_error=True)
            kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
            kernel32.OpenProcess.restype = wintypes.HANDLE
            kernel32.QueryFullProcessImageNameW.argtypes = (
                wintypes.HANDLE,
                wintypes.DWORD,
                wintypes.LPWSTR,
                ctypes.POINTER(wintypes.DWORD),
            )
            kernel32.QueryFullProcessImageNameW.restype = wintypes.BOOL
            kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
            kernel32.CloseHandle.restype = wintypes.BOOL
            kernel32.GetTickCount.argtypes = ()
            kernel32.GetTickCount.restype = wintypes.DWORD
            self._user32, self._kernel32 = user32, kernel32
        return self._user32, self._kernel32

    def foreground_window(self) -> int:
        user32, _ = self._load()
        return int(user32.GetForegroundWindow() or 0)

    def class_name(self, hwnd: int) -> str:
        user32, _ = self._load()
        buffer = ctypes.create_unicode_buffer(257)  # class names are at most 256 characters
        length = user32.GetClassNameW(hwnd, buffer, len(buffer))
        return buffer.value[:length]

    def window_text(self, hwnd: int) -> str:
        user32, _ = self._load()
        buffer = ctypes.create_unicode_buffer(TITLE_CAP + 1)
        length = user32.GetWindowTextW(hwnd, buffer, len(buffer))
        return buffer.value[:length]

    def window_pid(self, hwnd: int) -> int:
        from ctypes import wintypes

        user32, _ = self._load()
        pid = wintypes.DWORD(0)
        user32.GetWindowThreadProcessId(hwnd, ctypes.byref(pid))
        return int(pid.value)

    def process_image(self, pid: int) -> str:
        from ctypes import wintypes

        _, kernel32 = self._load()
        handle = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            return ""  # gone, or protected (elevated processes open fine with this right)
        try:
            buffer = ctypes.create_unicode_buffer(1024)
            size = wintypes.DWORD(len(buffer))
            if not kernel32.QueryFullProcessImageNameW(handle, 0, buffer, ctypes.byref(size)):
                return ""
            return buffer.value[: size.value]
        finally:
            kernel32.CloseHandle(handle)

    def key_down(self, vk: int) -> bool:
        user32, _ = self._load()
        return bool(user32.GetAsyncKeyState(vk) & 0x8000)

    def tick_count(self) -> int:
        _, kernel32 = self._load()
        return int(kernel32.GetTickCount())

    def hooks_timeout(self) -> int:
        if sys.platform != "win32":  # the registry exists only there (and mypy reads it so)
            return HOOKS_TIMEOUT_DEFAULT
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Control Panel\Desktop") as key:
                value, _ = winreg.QueryValueEx(key, "LowLevelHooksTimeout")
            timeout = int(value)
        except (OSError, ValueError, TypeError):
            return HOOKS_TIMEOUT_DEFAULT
        return min(timeout, HOOKS_TIMEOUT_MAX) if timeout > 0 else HOOKS_TIMEOUT_DEFAULT

    def keyboard_hook(self, proc: HookProc) -> KeyboardHook:
        return CtypesKeyboardHook(proc)


class KBDLLHOOKSTRUCT(ctypes.Structure):
    _fields_ = (
        ("vkCode", ctypes.c_uint32),
        ("scanCode", ctypes.c_uint32),
        ("flags", ctypes.c_uint32),
        ("time", ctypes.c_uint32),
        ("dwExtraInfo", ctypes.c_size_t),
    )


# LRESULT CALLBACK LowLevelKeyboardProc(int nCode, WPARAM wParam, LPARAM lParam)
_FUNCTYPE = getattr(ctypes, "WINFUNCTYPE", ctypes.CFUNCTYPE)  # stdcall on Windows
HOOKPROC = _FUNCTYPE(ctypes.c_ssize_t, ctypes.c_int, ctypes.c_size_t, ctypes.c_ssize_t)


def _last_error() -> int:
    return int(getattr(ctypes, "get_last_error", lambda: 0)())


class CtypesKeyboardHook:
    """SetWindowsHookEx(WH_KEYBOARD_LL) on a thread of its own, through ctypes.

    pynput's listener (used here before) marks itself ready before it sets the hook and never
    looks at what SetWindowsHookEx returned: the guard said it was protecting while the first
    Ctrl+V could pass unseen, and a hook that was refused was a running listener that saw
    nothing. This hook is `installed` only once the hook is set and its loop runs, `error`
    says why it was refused, and `reinstall` replaces a hook Windows may have removed; every
    HOOK_REFRESH_MS the thread replaces it anyway (Windows removes a slow hook unsaid).
    """

    def __init__(self, proc: HookProc, user32: Any = None, kernel32: Any = None) -> None:
        self._proc = proc
        self._user32, self._kernel32 = user32, kernel32  # loaded on the hook thread if None
        self._callback = HOOKPROC(self._hook_proc)  # referenced as long as any hook may call it
        self._hook: Any = None
        self._thread: threading.Thread | None = None
        self._thread_id = 0
        self._queue_ready = threading.Event()  # the thread's message queue exists
        self._stopping = False
        self._setting = 0  # the number of the last SetWindowsHookEx call
        self.installed = 0
        self.error: str | None = None
        self.refreshed = 0  # hooks replaced by a new one (every HOOK_REFRESH_MS)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="win32-keyboard-hook", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping = True
        if self.is_alive() and self._queue_ready.wait(1.0):
            self._post(WM_HOOK_STOP)
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=2)

    def is_alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def reinstall(self) -> None:
        if self._queue_ready.is_set():
            self._post(WM_HOOK_AGAIN)

    def _post(self, message: int, wparam: int = 0) -> None:
        user32, _ = self._load()
        user32.PostThreadMessageW(self._thread_id, message, wparam, 0)

    def _load(self) -> tuple[Any, Any]:
        if self._user32 is None:
            from ctypes import wintypes

            win_dll = getattr(ctypes, "WinDLL")  # noqa: B009 - exists only on Windows
            user32 = win_dll("user32", use_last_error=True)
            kernel32 = win_dll("kernel32", use_last_error=True)
            user32.SetWindowsHookExW.argtypes = (
                ctypes.c_int, HOOKPROC, wintypes.HINSTANCE, wintypes.DWORD,
            )  # fmt: skip
            user32.SetWindowsHookExW.restype = wintypes.HHOOK
            user32.UnhookWindowsHookEx.argtypes = (wintypes.HHOOK,)
            user32.UnhookWindowsHookEx.restype = wintypes.BOOL
            user32.CallNextHookEx.argtypes = (
                wintypes.HHOOK, ctypes.c_int, wintypes.WPARAM, wintypes.LPARAM,
            )  # fmt: skip
            user32.CallNextHookEx.restype = ctypes.c_ssize_t
            user32.GetMessageW.argtypes = (
                ctypes.POINTER(wintypes.MSG), wintypes.HWND, wintypes.UINT, wintypes.UINT,
            )  # fmt: skip
            user32.GetMessageW.restype = wintypes.BOOL
            user32.PeekMessageW.argtypes = (
                ctypes.POINTER(wintypes.MSG), wintypes.HWND, wintypes.UINT, wintypes.UINT,
                wintypes.UINT,
            )  # fmt: skip
            user32.PeekMessageW.restype = wintypes.BOOL
            user32.PostThreadMessageW.argtypes = (
                wintypes.DWORD, wintypes.UINT, wintypes.WPARAM, wintypes.LPARAM,
            )  # fmt: skip
            user32.PostThreadMessageW.restype = wintypes.BOOL
            user32.DispatchMessageW.argtypes = (ctypes.POINTER(wintypes.MSG),)
            user32.DispatchMessageW.restype = ctypes.c_ssize_t
            user32.SetTimer.argtypes = (
                wintypes.HWND, ctypes.c_size_t, wintypes.UINT, ctypes.c_void_p,
            )  # fmt: skip
            user32.SetTimer.restype = ctypes.c_size_t
            kernel32.GetCurrentThreadId.argtypes = ()
            kernel32.GetCurrentThreadId.restype = wintypes.DWORD
            kernel32.GetModuleHandleW.argtypes = (wintypes.LPCWSTR,)
            kernel32.GetModuleHandleW.restype = wintypes.HMODULE
            self._user32, self._kernel32 = user32, kernel32
        return self._user32, self._kernel32

    # -- the hook thread ----------------------------------------------------------------------

    def _run(self) -> None:
        from ctypes import wintypes

        user32, kernel32 = self._load()
        self._thread_id = int(kernel32.GetCurrentThreadId())
        msg = wintypes.MSG()
        user32.PeekMessageW(ctypes.byref(msg), None, WM_USER, WM_USER, PM_NOREMOVE)  # the queue
        self._queue_ready.set()
        try:
            if not self._stopping:
                self._install()
                user32.SetTimer(None, 0, HOOK_REFRESH_MS, None)  # WM_TIMER to this queue
            while not self._stopping and self._hook is not None:
                if user32.GetMessageW(ctypes.byref(msg), None, 0, 0) <= 0:
                    break  # WM_QUIT, or the loop failed
                if msg.message == WM_HOOK_PROOF:
                    if int(msg.wParam) == self._setting and self._hook is not None:
                        self.installed = self._setting  # set, and the loop that calls it runs
                elif msg.message == WM_HOOK_AGAIN:
                    self._uninstall()
                    self._install()
                elif msg.message == WM_HOOK_STOP:
                    break
                elif msg.message == WM_TIMER and not msg.hWnd:
                    self._refresh()
                else:
                    user32.DispatchMessageW(ctypes.byref(msg))
        finally:
            self._uninstall()

    def _refresh(self) -> None:
        """A new hook in place of the old one, with no gap and no key seen twice: the new one is
        set before the old one goes, and no hook call is handled until both are done (the calls
        come through this thread's loop). "There is no way for the application to know whether
        the hook is removed", so this bounds how long a silently removed hook stays blind."""
        user32, kernel32 = self._load()
        hook = user32.SetWindowsHookExW(
            WH_KEYBOARD_LL, self._callback, kernel32.GetModuleHandleW(None), 0
        )
        if not hook:
            return  # the old one stays; the next round tries again
        old, self._hook = self._hook, hook
        if old is not None:
            user32.UnhookWindowsHookEx(old)
        self.refreshed += 1

    def _install(self) -> None:
        user32, kernel32 = self._load()
        self._setting += 1
        hook = user32.SetWindowsHookExW(
            WH_KEYBOARD_LL, self._callback, kernel32.GetModuleHandleW(None), 0
        )
        if not hook:
            self.error = f"SetWindowsHookEx refused the keyboard hook (error {_last_error()})"
            return
        self._hook, self.error = hook, None
        self._post(WM_HOOK_PROOF, self._setting)

    def _uninstall(self) -> None:
        hook, self._hook = self._hook, None
        self.installed = 0
        if hook is not None:
            user32, _ = self._load()
            user32.UnhookWindowsHookEx(hook)

    def _hook_proc(self, code: int, wparam: int, lparam: int) -> int:
        """Windows calls this through the loop above, for each key, before any program."""
        if code == HC_ACTION:
            try:
                data = KBDLLHOOKSTRUCT.from_address(lparam)
                if self._proc(int(wparam), data.vkCode, data.flags, data.time):
                    return 1  # swallowed: no program (and no later hook) gets the key
            except Exception:
                log.exception("the keyboard hook procedure failed; the key goes through")
        return int(self._user32.CallNextHookEx(None, code, wparam, lparam))


CF_UNICODETEXT = 13
HWND_MESSAGE = -3  # the parent that makes a window message-only (never shown, no broadcasts)
QS_ALLINPUT = 0x04FF
PM_REMOVE = 0x0001
MAX_FORMATS = 256  # formats listed at most (a program can offer any number)
POLL = 0.05  # seconds between looks at the counter when no listener window could be made
STANDARD_FORMATS = {1: "CF_TEXT", 7: "CF_OEMTEXT", 13: "CF_UNICODETEXT", 16: "CF_LOCALE"}


def decode_unicode_text(raw: bytes) -> str:
    """CF_UNICODETEXT's bytes as the text a paste gives: UTF-16 up to the first NUL (programs
    read it as a C string; what follows, and GlobalSize's rounding, is never pasted). A lone
    surrogate or an odd last byte is a replacement character, never an exception."""
    return raw.decode("utf-16-le", "replace").split("\x00", 1)[0]


class CtypesWin32Clipboard:
    """The clipboard calls of app.platform.clipboard.ClipboardSource, through ctypes; every
    method runs on the reader thread, which owns the listener window.

    A message-only window registered with AddClipboardFormatListener wakes the thread on each
    change (WM_CLIPBOARDUPDATE); GetClipboardSequenceNumber is the counter. Reading opens the
    clipboard, lists its formats and takes CF_UNICODETEXT and the wanted registered formats;
    GetClipboardData may wait on an owner that renders on demand, on this thread only.
    """

    def __init__(self) -> None:
        self._user32: Any = None
        self._kernel32: Any = None
        self._hwnd: int | None = None
        self._names: dict[int, str] = {}

    def _load(self) -> tuple[Any, Any]:
        if self._user32 is None:
            from ctypes import wintypes

            win_dll = getattr(ctypes, "WinDLL")  # noqa: B009 - exists only on Windows
            user32 = win_dll("user32", use_last_error=True)
            user32.GetClipboardSequenceNumber.argtypes = ()
            user32.GetClipboardSequenceNumber.restype = wintypes.DWORD
            user32.OpenClipboard.argtypes = (wintypes.HWND,)
            user32.OpenClipboard.restype = wintypes.BOOL
            user32.CloseClipboard.argtypes = ()
            user32.CloseClipboard.restype = wintypes.BOOL
            user32.EnumClipboardFormats.argtypes = (wintypes.UINT,)
            user32.EnumClipboardFormats.restype = wintypes.UINT
            user32.GetClipboardFormatNameW.argtypes = (wintypes.UINT, wintypes.LPWSTR, ctypes.c_int)
            user32.GetClipboardFormatNameW.restype = ctypes.c_int
            user32.GetClipboardData.argtypes = (wintypes.UINT,)
            user32.GetClipboardData.restype = wintypes.HANDLE
            user32.IsClipboardFormatAvailable.argtypes = (wintypes.UINT,)
            user32.IsClipboardFormatAvailable.restype = wintypes.BOOL
            user32.CreateWindowExW.argtypes = (
                wintypes.DWORD, wintypes.LPCWSTR, wintypes.LPCWSTR, wintypes.DWORD,
                ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                wintypes.HWND, wintypes.HMENU, wintypes.HINSTANCE, wintypes.LPVOID,
            )  # fmt: skip
            user32.CreateWindowExW.restype = wintypes.HWND
            user32.DestroyWindow.argtypes = (wintypes.HWND,)
            user32.DestroyWindow.restype = wintypes.BOOL
            user32.AddClipboardFormatListener.argtypes = (wintypes.HWND,)
            user32.AddClipboardFormatListener.restype = wintypes.BOOL
            user32.RemoveClipboardFormatListener.argtypes = (wintypes.HWND,)
            user32.RemoveClipboardFormatListener.restype = wintypes.BOOL
            user32.MsgWaitForMultipleObjects.argtypes = (
                wintypes.DWORD,
                ctypes.c_void_p,
                wintypes.BOOL,
                wintypes.DWORD,
                wintypes.DWORD,
            )
            user32.MsgWaitForMultipleObjects.restype = wintypes.DWORD
            user32.PeekMessageW.argtypes = (
                ctypes.POINTER(wintypes.MSG), wintypes.HWND, wintypes.UINT, wintypes.UINT,
                wintypes.UINT,
            )  # fmt: skip
            user32.PeekMessageW.restype = wintypes.BOOL
            user32.DispatchMessageW.argtypes = (ctypes.POINTER(wintypes.MSG),)
            user32.DispatchMessageW.restype = ctypes.c_ssize_t
            kernel32 = win_dll("kernel32", use_last_error=True)
            kernel32.GlobalLock.argtypes = (wintypes.HGLOBAL,)
            kernel32.GlobalLock.restype = wintypes.LPVOID
            kernel32.GlobalUnlock.argtypes = (wintypes.HGLOBAL,)
            kernel32.GlobalUnlock.restype = wintypes.BOOL
            kernel32.GlobalSize.argtypes = (wintypes.HGLOBAL,)
            kernel32.GlobalSize.restype = ctypes.c_size_t
            self._user32, self._kernel32 = user32, kernel32
        return self._user32, self._kernel32

    def begin(self) -> None:
        user32, _ = self._load()
        # the predefined STATIC class: no window procedure of ours to keep alive
        hwnd = user32.CreateWindowExW(0, "STATIC", "PasteGuard clipboard", 0, 0, 0, 0, 0,
                                      HWND_MESSAGE, None, None, None)  # fmt: skip
        if hwnd and user32.AddClipboardFormatListener(hwnd):
            self._hwnd = int(hwnd)
            return
        if hwnd:
            user32.DestroyWindow(hwnd)
        self._hwnd = None  # the counter is looked at every POLL seconds instead

    def end(self) -> None:
        hwnd, self._hwnd = self._hwnd, None
        if hwnd is not None:
            user32, _ = self._load()
            user32.RemoveClipboardFormatListener(hwnd)
            user32.DestroyWindow(hwnd)

    def change_count(self) -> int:
        user32, _ = self._load()
        return int(user32.GetClipboardSequenceNumber())

    def wait_for_change(self, count: int, timeout: float) -> None:
        from ctypes import wintypes

        user32, _ = self._load()
        if self._hwnd is None:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and self.change_count() == count:
                time.sleep(POLL)
            return
        user32.MsgWaitForMultipleObjects(0, None, False, int(timeout * 1000), QS_ALLINPUT)
        msg = wintypes.MSG()
        while user32.PeekMessageW(ctypes.byref(msg), None, 0, 0, PM_REMOVE):
            user32.DispatchMessageW(ctypes.byref(msg))

    def read(self, wanted: frozenset[str], max_text: int, max_format: int) -> ClipboardContent:
        user32, _ = self._load()
        if not user32.OpenClipboard(self._hwnd):
            raise ClipboardBusy
        try:
            names: dict[int, str] = {}
            fmt = 0
            while len(names) < MAX_FORMATS:
                fmt = int(user32.EnumClipboardFormats(fmt))
                if not fmt:
                    break
                names[fmt] = self._format_name(fmt)
            formats: dict[str, bytes] = {}
            for fmt, name in names.items():
                if name in wanted:
                    data = self._global_bytes(user32.GetClipboardData(fmt), max_format)
                    if data is not None:
                        formats[name] = data
            text: str | None = None
            # Asked for whether or not the listing above reached it: a program can offer more
            # formats than MAX_FORMATS with the text last, and a paste takes the text anyway.
            # The system also offers it converted from CF_TEXT / CF_OEMTEXT (synthesized).
            if CF_UNICODETEXT in names or user32.IsClipboardFormatAvailable(CF_UNICODETEXT):
                raw = self._global_bytes(user32.GetClipboardData(CF_UNICODETEXT), max_text * 2)
                if raw is not None:
                    text = decode_unicode_text(raw)
                names.setdefault(CF_UNICODETEXT, STANDARD_FORMATS[CF_UNICODETEXT])
            return ClipboardContent("clipboard", text, formats, tuple(names.values()))
        finally:
            user32.CloseClipboard()

    def _format_name(self, fmt: int) -> str:
        name = self._names.get(fmt)
        if name is None:
            user32, _ = self._load()
            buffer = ctypes.create_unicode_buffer(256)
            length = user32.GetClipboardFormatNameW(fmt, buffer, len(buffer))
            name = buffer.value[:length] if length else STANDARD_FORMATS.get(fmt, f"CF_{fmt}")
            if len(self._names) < 4096:  # registered ids live as long as the session
                self._names[fmt] = name
        return name

    def _global_bytes(self, handle: Any, limit: int) -> bytes | None:
        """The bytes of a clipboard HGLOBAL, at most `limit`; None when it has none."""
        if not handle:
            return None
        _, kernel32 = self._load()
        size = int(kernel32.GlobalSize(handle))
        pointer = kernel32.GlobalLock(handle)
        if not pointer:
            return None
        try:
            return ctypes.string_at(pointer, min(size, limit))
        finally:
            kernel32.GlobalUnlock(handle)
