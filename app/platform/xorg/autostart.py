"""Linux: ~/.config/autostart/pasteguard.desktop, beside /etc/xdg/autostart (the .deb's).

XDG autostart (the Desktop Application Autostart Specification) is read by GNOME, KDE, Xfce and
the others whether the session runs X11 or Wayland; it lives beside the X11 backend because this
is the Linux folder.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from app.platform.autostart import MAX_ENTRY, AutostartState, state_of

DESKTOP_FILE = "pasteguard.desktop"


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
        return state_of(
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
