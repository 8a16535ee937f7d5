"""Throwaway local accounts, so that tests about users run as an ordinary (non-root) user.

The guard and the command line run under the system's Python with the project and its
virtualenv on PYTHONPATH: the virtualenv's interpreter lives under root's home, which an
ordinary account cannot enter (and must not: that is what makes it ordinary).
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sysconfig
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SYSTEM_PYTHON = Path("/usr/bin/python3")


@dataclass(frozen=True)
class LocalUser:
    name: str
    uid: int
    gid: int
    home: Path

    def env(self, **extra: str) -> dict[str, str]:
        """A clean environment for this user: its own home and runtime folder, no display."""
        site = sysconfig.get_paths()["purelib"]
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(self.home),
            "XDG_RUNTIME_DIR": str(self.home / "run"),
            "PYTHONPATH": f"{ROOT}{os.pathsep}{site}",
            "QT_QPA_PLATFORM": "offscreen",
            "PASTEGUARD_CONFIG_DIR": str(self.home / "config"),
            "PASTEGUARD_POLICY": str(self.home / "no-policy.toml"),
            "LANG": "C.UTF-8",
        }
        env.update(extra)
        return env

    def argv(self, *args: str) -> list[str]:
        """`pasteguard ARGS` (the launcher with the desktop part), for `run` or after `prefix()`."""
        code = "import sys; from ui.launcher import main; sys.exit(main())"
        return [str(SYSTEM_PYTHON), "-c", code, *args]

    def prefix(self) -> list[str]:
        return ["setpriv", f"--reuid={self.uid}", f"--regid={self.gid}", "--clear-groups"]

    def run(
        self, args: Sequence[str], env: dict[str, str] | None = None, timeout: float = 30
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.prefix(), *args], env=env or self.env(), capture_output=True, text=True,
            timeout=timeout, cwd=self.home,
        )  # fmt: skip


def _make_user() -> LocalUser:
    if os.geteuid() != 0 or not shutil.which("useradd") or not shutil.which("setpriv"):
        pytest.fail("tests about users run as root (as CI does) with useradd and setpriv")
    if not SYSTEM_PYTHON.exists():
        pytest.fail(f"{SYSTEM_PYTHON} is needed to run code as an ordinary user")
    name = "pgt" + secrets.token_hex(4)
    home = Path("/tmp") / f"{name}-home"
    subprocess.run(["useradd", "--no-create-home", "--home-dir", str(home), "--shell",
                    "/usr/sbin/nologin", "--user-group", name], check=True)  # fmt: skip
    import pwd

    entry = pwd.getpwnam(name)
    home.mkdir(mode=0o700)
    (home / "run").mkdir(mode=0o700)
    for path in (home, home / "run"):
        os.chown(path, entry.pw_uid, entry.pw_gid)
    return LocalUser(name, entry.pw_uid, entry.pw_gid, home)


def _remove_user(user: LocalUser) -> None:
    # each test stops the processes it started (by pid) before this runs
    subprocess.run(["userdel", user.name], check=False, capture_output=True)
    shutil.rmtree(user.home, ignore_errors=True)


@pytest.fixture
def local_user() -> Iterator[LocalUser]:
    """An ordinary account that exists for one test."""
    user = _make_user()
    try:
        yield user
    finally:
        _remove_user(user)


@pytest.fixture
def other_user() -> Iterator[LocalUser]:
    """A second ordinary account, for what one user must not do to another."""
    user = _make_user()
    try:
        yield user
    finally:
        _remove_user(user)
