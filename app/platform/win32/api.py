"""The few Win32 calls the backend makes, behind an object that tests replace with a fake."""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any, Protocol

from app.platform.base import TITLE_CAP

PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
VK_SHIFT, VK_CONTROL, VK_MENU, VK_LWIN, VK_RWIN = 0x10, 0x11, 0x12, 0x5B, 0x5C

EventFilter = Callable[[int, Any], object]  # pynput's win32_event_filter(msg, KBDLLHOOKSTRUCT)


class HookListener(Protocol):
    """The part of pynput's keyboard.Listener the backend uses."""

    def start(self) -> None: ...
    def stop(self) -> None: ...
    def is_alive(self) -> bool: ...
    def suppress_event(self) -> None:
        """Raise pynput's SuppressException: the hook then swallows the current key."""
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

    def keyboard_listener(self, event_filter: EventFilter) -> HookListener:
        """A pynput keyboard listener (not started) that calls `event_filter` for every key."""
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

    def keyboard_listener(self, event_filter: EventFilter) -> HookListener:
        from pynput import keyboard  # importable on Windows only; the chooser keeps it there

        listener: HookListener = keyboard.Listener(win32_event_filter=event_filter)
        return listener
