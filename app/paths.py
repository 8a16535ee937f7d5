"""Where PasteGuard keeps its data, settings and the administrator's policy, per system.

`PASTEGUARD_DATA_DIR`, `PASTEGUARD_CONFIG_DIR` and `PASTEGUARD_POLICY` override them, so that
tests and portable installs never touch a real profile.
"""

from __future__ import annotations

import os
import sys
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


def policy_path(platform: str = sys.platform) -> Path:
    """The administrator's policy file; only administrators can write it once installed."""
    env = os.environ.get("PASTEGUARD_POLICY")
    if env:
        return Path(env)
    if platform.startswith("win"):
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(base) / APP_NAME / "policy.toml"
    if platform == "darwin":
        return Path("/Library/Application Support") / APP_NAME / "policy.toml"
    return Path("/etc/pasteguard/policy.toml")


def database_path(directory: Path) -> Path:
    return directory / "events.db"


def private_dir(path: Path) -> Path:
    """Create a folder only its owner can enter (0700 on POSIX; per-user profile on Windows)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)
    return path
