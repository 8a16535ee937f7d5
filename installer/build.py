"""Run PyInstaller on build.spec and measure the result; `make dist`, the tests and bench use it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from installer import bundle

SPEC = bundle.REPO / "build.spec"


def build(dist: Path, work: Path, clean: bool = False) -> Path:
    """Build the app into `dist` and return dist/pasteguard; raise if PyInstaller fails."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    if clean:
        command.append("--clean")  # forget PyInstaller's caches, as a release build should
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    result = subprocess.run(command, cwd=bundle.REPO, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"PyInstaller failed ({result.returncode}):\n{result.stderr[-6000:]}")
    app = dist / bundle.NAME
    if not (app / program_name()).is_file():
        raise RuntimeError(f"PyInstaller left no {program_name()} in {app}")
    return app


def program_name(platform: str = sys.platform) -> str:
    return bundle.NAME + (".exe" if bundle.system(platform) == "win32" else "")


def folder_size(path: Path) -> int:
    """Bytes on disk as a download or package counts them: files, not what symlinks point to."""
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            total += os.lstat(os.path.join(root, name)).st_size
    return total
