"""macOS: ~/Library/LaunchAgents/com.pasteguard.PasteGuard.plist, beside the pkg's agent in
/Library/LaunchAgents for every user."""

from __future__ import annotations

import plistlib
from collections.abc import Sequence
from pathlib import Path

from app.platform.autostart import MAX_ENTRY, AutostartState, admin_only, state_of

AGENT_LABEL = "com.pasteguard.PasteGuard"


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
        return state_of(
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
            return admin_only(state)
        return state
