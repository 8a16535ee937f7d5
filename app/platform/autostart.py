"""Start PasteGuard at login for the current user: what every system's login start shares.

One module per system does the work, with its registry or folders passed in, so every system's
logic runs in tests anywhere: app/platform/win32/autostart.py (the Run key),
app/platform/darwin/autostart.py (a LaunchAgent), app/platform/xorg/autostart.py (an XDG
autostart entry, which Linux desktops read whether they run X11 or Wayland).

Installers also start it for every user (HKLM Run, /Library/LaunchAgents, /etc/xdg/autostart).
Such a system-wide entry counts as "enabled" here. On Linux a person may still hide it for
themselves, as the XDG autostart rules allow; on Windows and macOS only an administrator can
remove it, and the answer says so.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from app.platform.win32.autostart import Registry

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


def state_of(user: bool, system: bool, where: str, everyone: str) -> AutostartState:
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


def admin_only(state: AutostartState) -> AutostartState:
    return AutostartState(
        state.enabled,
        state.user_entry,
        state.system_entry,
        state.location,
        "still starts at login: it is set up for every user, and only an administrator can "
        "change that",
    )


def _windows_registry() -> Registry:
    from app.platform.win32.autostart import WinRegistry

    return WinRegistry()


def for_this_system(
    platform: str = sys.platform,
    env: Mapping[str, str] = os.environ,
    home: Path | None = None,
    registry: Callable[[], Registry] = _windows_registry,
) -> Autostart:
    """The autostart of `platform` for the current user."""
    # imported here: each system's module imports this one for the state it answers with
    from app.platform.darwin.autostart import LaunchAgentAutostart
    from app.platform.win32.autostart import RunKeyAutostart
    from app.platform.xorg.autostart import XdgAutostart

    home = home or Path.home()
    if platform.startswith("win"):
        return RunKeyAutostart(registry())
    if platform == "darwin":
        return LaunchAgentAutostart(home)
    return XdgAutostart.from_environment(env, home)
