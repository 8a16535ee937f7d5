"""Windows: the HKCU Run value "PasteGuard", beside the installer's HKLM Run value."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from typing import Protocol

from app.platform.autostart import AutostartState, admin_only, state_of

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Task Manager's Startup tab: a binary value whose first byte is odd when the entry is off
APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
RUN_VALUE = "PasteGuard"


class Registry(Protocol):
    """The few registry calls autostart needs. `hive` is "HKCU" or "HKLM"."""

    def get(self, hive: str, key: str, name: str) -> object | None: ...

    def set_string(self, hive: str, key: str, name: str, value: str) -> None: ...

    def delete(self, hive: str, key: str, name: str) -> None:
        """Remove the value; nothing happens when it is not there."""


class WinRegistry:
    """The real registry, through winreg (Windows only)."""

    def get(self, hive: str, key: str, name: str) -> object | None:
        if sys.platform != "win32":
            raise OSError("the registry exists on Windows only")
        import winreg

        try:
            with winreg.OpenKey(self._hive(hive), key) as handle:
                value: object = winreg.QueryValueEx(handle, name)[0]
                return value
        except FileNotFoundError:
            return None

    def set_string(self, hive: str, key: str, name: str, value: str) -> None:
        if sys.platform != "win32":
            raise OSError("the registry exists on Windows only")
        import winreg

        with winreg.CreateKeyEx(self._hive(hive), key, 0, winreg.KEY_SET_VALUE) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)

    def delete(self, hive: str, key: str, name: str) -> None:
        if sys.platform != "win32":
            raise OSError("the registry exists on Windows only")
        import winreg

        try:
            with winreg.OpenKey(self._hive(hive), key, 0, winreg.KEY_SET_VALUE) as handle:
                winreg.DeleteValue(handle, name)
        except FileNotFoundError:
            pass

    @staticmethod
    def _hive(name: str) -> int:
        if sys.platform != "win32":
            raise OSError("the registry exists on Windows only")
        import winreg

        return {"HKCU": winreg.HKEY_CURRENT_USER, "HKLM": winreg.HKEY_LOCAL_MACHINE}[name]


class RunKeyAutostart:
    """HKCU Run value "PasteGuard", beside the installer's HKLM Run value for all users."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def _starts(self, hive: str) -> bool:
        command = self.registry.get(hive, RUN_KEY, RUN_VALUE)
        if not isinstance(command, str) or not command.strip():
            return False
        approved = self.registry.get(hive, APPROVED_KEY, RUN_VALUE)
        # absent means approved; Task Manager writes 02… when on and 03… when off
        return not (isinstance(approved, bytes) and approved[:1] and approved[0] & 1)

    def status(self) -> AutostartState:
        user = self._starts("HKCU")
        system = self._starts("HKLM")
        where = f"HKCU\\{RUN_KEY}\\{RUN_VALUE}"
        return state_of(
            user,
            system,
            where,
            "starts at login for every user of this computer (set up by the installer)",
        )

    def enable(self, command: Sequence[str]) -> AutostartState:
        if not self._starts("HKLM"):
            self.registry.set_string("HKCU", RUN_KEY, RUN_VALUE, subprocess.list2cmdline(command))
            # an entry switched off in Task Manager would stay off: clear that too
            self.registry.delete("HKCU", APPROVED_KEY, RUN_VALUE)
        return self.status()

    def disable(self) -> AutostartState:
        self.registry.delete("HKCU", RUN_KEY, RUN_VALUE)
        self.registry.delete("HKCU", APPROVED_KEY, RUN_VALUE)
        state = self.status()
        if state.system_entry:
            return admin_only(state)
        return state
