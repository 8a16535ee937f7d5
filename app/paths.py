"""Where PasteGuard keeps its data, settings and the administrator's policy, per system.

`PASTEGUARD_DATA_DIR`, `PASTEGUARD_CONFIG_DIR` and `PASTEGUARD_POLICY` override them, so that
tests and portable installs never touch a real profile; `PASTEGUARD_POLICY` only while no
system policy is installed (a person must not be able to swap the administrator's policy).
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

APP_NAME = "PasteGuard"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override)
    env = os.environ.get("PASTEGUARD_DATA_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override)
    env = os.environ.get("PASTEGUARD_CONFIG_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def system_policy_path(platform: str = sys.platform) -> Path:
    """Where the administrator's policy is installed; only administrators can write there."""
    if platform.startswith("win"):
        return _program_data() / APP_NAME / "policy.toml"
    if platform == "darwin":
        return Path("/Library/Application Support") / APP_NAME / "policy.toml"
    return Path("/etc/pasteguard/policy.toml")


def _program_data() -> Path:
    """C:\\ProgramData as Windows knows it: %PROGRAMDATA% is the person's to change."""
    try:
        import ctypes

        buffer = ctypes.create_unicode_buffer(260)
        shell32 = getattr(ctypes, "windll").shell32  # noqa: B009 - Windows only
        if shell32.SHGetFolderPathW(None, 0x23, None, 0, buffer) == 0:  # CSIDL_COMMON_APPDATA
            return Path(buffer.value)
    except (AttributeError, OSError):
        pass
    return Path(r"C:\ProgramData")


def exists_for_us(path: Path) -> bool:
    """True when `path` exists, also when this user may not look at it (it is still there)."""
    try:
        return os.path.lexists(path) or path.exists()
    except OSError:
        return True


def policy_path(platform: str = sys.platform, system: Path | None = None) -> Path:
    """The administrator's policy file.

    Once a system policy exists, it applies whatever the environment says: `PASTEGUARD_POLICY`
    is set by whoever starts the program, so it is honoured only where no system policy exists
    (development, tests). `system` is the installed location, passed in by the composition
    root or a test; nothing a person controls chooses it.
    """
    system = system or system_policy_path(platform)
    if exists_for_us(system):
        return system
    env = os.environ.get("PASTEGUARD_POLICY")
    return Path(env) if env else system


def database_path(directory: Path) -> Path:
    return directory / "events.db"


def private_dir(path: Path) -> Path:
    """Create a folder only its owner can enter (0700 on POSIX; per-user profile on Windows)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def move_aside(path: Path, now: datetime | None = None, label: str = "corrupt") -> Path:
    """Rename a file that cannot be used to `<name>.<label>-<UTC time>` (`-1`, `-2`, ... when
    taken) and return the new path: kept for the person and as evidence, never read again.
    The one way settings and the event store set a damaged file aside."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{label}-{stamp}-{counter}")
        counter += 1
    os.replace(path, target)
    return target
