"""Start PasteGuard at login for the current user: Run key, LaunchAgent or XDG autostart entry.

Installers also start it for every user (HKLM Run, /Library/LaunchAgents, /etc/xdg/autostart).
Such a system-wide entry counts as "enabled" here. On Linux a person may still hide it for
themselves, as the XDG autostart rules allow; on Windows and macOS only an administrator can
remove it, and the answer says so. The registry and the folders are passed in, so every
system's logic runs in tests anywhere.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath
from typing import Protocol

AGENT_LABEL = "com.pasteguard.PasteGuard"
DESKTOP_FILE = "pasteguard.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Task Manager's Startup tab: a binary value whose first byte is odd when the entry is off
APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
RUN_VALUE = "PasteGuard"
MAX_ENTRY = 64 * 1024  # a desktop entry or plist larger than this is not ours


@dataclass(frozen=True)
class AutostartState:
    """Whether PasteGuard starts at this person's next login, and why."""

    enabled: bool
    user_entry: bool  # the person's own entry starts it
    system_entry: bool  # an entry for all users (an administrator's) starts it
    location: str  # where the person's own entry lives
    detail: str  # one sentence for the person

    def to_dict(self) -> dict[str, object]:
        return {
            "enabled": self.enabled,
            "user_entry": self.user_entry,
            "system_entry": self.system_entry,
            "location": self.location,
            "detail": self.detail,
        }


def _state(user: bool, system: bool, where: str, everyone: str) -> AutostartState:
    """The state from who starts it: the person's own entry wins over the system's."""
    if user:
        return AutostartState(True, True, system, where, f"starts at login ({where})")
    if system:
        return AutostartState(True, False, True, where, everyone)
    return AutostartState(False, False, False, where, "does not start at login")


class Autostart(Protocol):
    """One system's login start for the current user. Called from the command line only."""

    def status(self) -> AutostartState: ...

    def enable(self, command: Sequence[str]) -> AutostartState: ...

    def disable(self) -> AutostartState: ...


def launch_command(
    frozen: bool | None = None,
    executable: str | None = None,
    platform: str = sys.platform,
) -> list[str]:
    """How to start the guard from a login entry: the built app, or this install's script."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    exe = Path(executable or sys.executable)
    windows = platform.startswith("win")
    if frozen:
        program = PureWindowsPath(exe) if windows else exe
        if windows and program.stem.lower().endswith("-cli"):
            # the console twin would open a console window at every login: use the tray program
            return [str(program.with_name(program.stem[: -len("-cli")] + program.suffix))]
        return [str(program)]
    script = exe.with_name("pasteguard.exe" if windows else "pasteguard")
    if script.is_file():
        return [str(script)]
    return [str(exe), "-m", "ui.launcher"]


# -- Linux and other XDG desktops --------------------------------------------------------

_DESKTOP_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def desktop_exec(argv: Sequence[str]) -> str:
    """An Exec= value that runs `argv` as it is (Desktop Entry Specification, "Exec key")."""
    words = []
    for arg in argv:
        arg = arg.replace("%", "%%")  # field codes start with %
        if arg and not set(arg) & _DESKTOP_RESERVED:
            words.append(arg)
            continue
        quoted = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        words.append(f'"{quoted}"')
    # then the string-value escapes of the whole line: a backslash is written twice
    return " ".join(words).replace("\\", "\\\\")


def read_desktop_entry(path: Path) -> dict[str, str] | None:
    """The [Desktop Entry] keys of a .desktop file; None when there is none or it is unreadable."""
    try:
        with path.open("rb") as handle:
            text = handle.read(MAX_ENTRY).decode("utf-8", errors="replace")
    except OSError:
        return None
    keys: dict[str, str] = {}
    group = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
            continue
        if group == "Desktop Entry" and "=" in line:
            key, _, value = line.partition("=")
            keys.setdefault(key.strip(), value.strip())
    return keys


def _starts(entry: Mapping[str, str]) -> bool:
    if entry.get("Hidden", "").lower() == "true":
        return False
    return entry.get("X-GNOME-Autostart-enabled", "true").lower() != "false"


class XdgAutostart:
    """~/.config/autostart/pasteguard.desktop, beside /etc/xdg/autostart (the .deb's)."""

    def __init__(self, config_home: Path, config_dirs: Sequence[Path]) -> None:
        self.user_file = config_home / "autostart" / DESKTOP_FILE
        self.system_files = [d / "autostart" / DESKTOP_FILE for d in config_dirs]

    @classmethod
    def from_environment(cls, env: Mapping[str, str], home: Path) -> XdgAutostart:
        # XDG Base Directory: empty or relative values are ignored
        config_home = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
        if not config_home.is_absolute():
            config_home = home / ".config"
        dirs = [Path(d) for d in (env.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(":")]
        return cls(config_home, [d for d in dirs if d.is_absolute()] or [Path("/etc/xdg")])

    def _system_entry(self) -> bool:
        for path in self.system_files:
            entry = read_desktop_entry(path)
            if entry is not None:
                return _starts(entry)  # the first folder in XDG_CONFIG_DIRS wins
        return False

    def status(self) -> AutostartState:
        system = self._system_entry()
        user = read_desktop_entry(self.user_file)
        where = str(self.user_file)
        if user is not None and not _starts(user):
            # the person's file overrides the system's entry of the same name, either way
            return AutostartState(False, False, system, where, f"turned off for you ({where})")
        return _state(
            user is not None, system, where, "starts at login for every user of this computer"
        )

    def enable(self, command: Sequence[str]) -> AutostartState:
        if self._system_entry():
            # the entry for all users does it: lift the person's own override, if any
            self.user_file.unlink(missing_ok=True)
            return self.status()
        self._write(
            "[Desktop Entry]\n"
            "Type=Application\n"
            "Name=PasteGuard\n"
            "Comment=Stops dangerous commands copied from web pages before they are run\n"
            f"Exec={desktop_exec(command)}\n"
            "Icon=pasteguard\n"
            "Terminal=false\n"
            "NoDisplay=true\n"
            "X-GNOME-Autostart-enabled=true\n"
        )
        return self.status()

    def disable(self) -> AutostartState:
        if self._system_entry():
            # XDG autostart: a Hidden entry of the same name in the person's folder hides it
            self._write("[Desktop Entry]\nType=Application\nName=PasteGuard\nHidden=true\n")
        else:
            self.user_file.unlink(missing_ok=True)
        return self.status()

    def _write(self, text: str) -> None:
        self.user_file.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.user_file.with_name(self.user_file.name + ".tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(self.user_file)


# -- macOS -------------------------------------------------------------------------------


def agent_plist(command: Sequence[str], label: str = AGENT_LABEL) -> dict[str, object]:
    """The LaunchAgent (installer/macos/ has the same one for all users)."""
    return {
        "Label": label,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        # a graphical login only: an ssh session has no clipboard or menu bar to guard
        "LimitLoadToSessionType": "Aqua",
        "ProcessType": "Interactive",
    }


class LaunchAgentAutostart:
    """~/Library/LaunchAgents/<label>.plist, beside /Library/LaunchAgents (the pkg's)."""

    def __init__(self, home: Path, system_dir: Path = Path("/Library/LaunchAgents")) -> None:
        self.user_file = home / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"
        self.system_file = system_dir / f"{AGENT_LABEL}.plist"

    @staticmethod
    def _loads(path: Path) -> bool:
        try:
            with path.open("rb") as handle:
                agent = plistlib.loads(handle.read(MAX_ENTRY))
        except (OSError, ValueError, plistlib.InvalidFileException):
            return False
        return isinstance(agent, dict) and not agent.get("Disabled", False)

    def status(self) -> AutostartState:
        user = self._loads(self.user_file)
        system = self._loads(self.system_file)
        where = str(self.user_file)
        return _state(
            user,
            system,
            where,
            "starts at login for every user of this Mac (set up by your administrator)",
        )

    def enable(self, command: Sequence[str]) -> AutostartState:
        if not self._loads(self.system_file):
            # the same label as the system agent: launchd never starts both
            self.user_file.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.user_file.with_name(self.user_file.name + ".tmp")
            temporary.write_bytes(plistlib.dumps(agent_plist(command)))
            temporary.replace(self.user_file)
        return self.status()

    def disable(self) -> AutostartState:
        self.user_file.unlink(missing_ok=True)
        state = self.status()
        if state.system_entry:
            return _admin_only(state)
        return state


# -- Windows -----------------------------------------------------------------------------


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
        return _state(
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
            return _admin_only(state)
        return state


def _admin_only(state: AutostartState) -> AutostartState:
    return AutostartState(
        state.enabled,
        state.user_entry,
        state.system_entry,
        state.location,
        "still starts at login: it is set up for every user, and only an administrator can "
        "change that",
    )


def for_this_system(
    platform: str = sys.platform,
    env: Mapping[str, str] = os.environ,
    home: Path | None = None,
    registry: Callable[[], Registry] = WinRegistry,
) -> Autostart:
    """The autostart of `platform` for the current user."""
    home = home or Path.home()
    if platform.startswith("win"):
        return RunKeyAutostart(registry())
    if platform == "darwin":
        return LaunchAgentAutostart(home)
    return XdgAutostart.from_environment(env, home)
