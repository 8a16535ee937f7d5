"""What each command imports: the control commands stay light.

`pasteguard status` is polled (by scripts, by tests and the bench waiting for a guard to be
ready): with the detection engine loaded it was ~0.4 s of CPU a call, taken from the guard
that was starting beside it. Each command line builds only its own command's parsers
(app.cli.COMMAND_MODULES) and `app.detection` loads its engine only when asked for it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import COMMAND_MODULES, build_parser
from app.commands.help import subcommands

REPO = Path(__file__).resolve().parents[2]
_MARK = "--- modules ---"


def _imported(tmp_path: Path, *argv: str) -> set[str]:
    """The modules a fresh `pasteguard ARGV` process had imported when it was done."""
    code = (
        "import sys\n"
        "from ui.launcher import main\n"
        f"main({list(argv)!r})\n"
        f"print({_MARK!r})\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    env = dict(
        os.environ,
        PASTEGUARD_CONFIG_DIR=str(tmp_path / "config"),
        PASTEGUARD_POLICY=str(tmp_path / "no-policy.toml"),
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True,
        timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert _MARK in result.stdout, result.stderr
    return set(result.stdout.split(_MARK, 1)[1].split())


def _under(modules: set[str], *packages: str) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in packages))


@pytest.mark.parametrize(
    "argv", [("status",), ("pause",), ("pause", "--minutes", "5"), ("resume",)]
)
def test_control_commands_load_no_engine_no_store(tmp_path: Path, argv: tuple[str, ...]) -> None:
    modules = _imported(tmp_path, *argv, "--data-dir", str(tmp_path / "data"))
    assert _under(modules, "app.detection", "app.storage", "app.events", "app.privacy") == []
    assert _under(modules, "PySide6", "re2", "yaml") == []


def test_status_still_answers_when_no_guard_runs(tmp_path: Path) -> None:
    env = dict(os.environ, PASTEGUARD_CONFIG_DIR=str(tmp_path / "config"))
    result = subprocess.run(
        [sys.executable, "-m", "app", "status", "--data-dir", str(tmp_path / "data")],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)["running"] is False


@pytest.mark.parametrize("command", ["export", "log", "forget", "restore"])
def test_event_commands_load_no_engine(tmp_path: Path, command: str) -> None:
    argv = {"forget": ("forget", "1"), "restore": ("restore", "1")}.get(command, (command,))
    modules = _imported(tmp_path, *argv, "--data-dir", str(tmp_path / "data"))
    assert "app.storage" in modules  # it did its work
    assert _under(modules, "app.detection.engine", "app.detection.rules", "app.guard") == []


def test_scan_loads_no_guard_store_or_drills(tmp_path: Path) -> None:
    modules = _imported(tmp_path, "scan", "echo hello")
    assert "app.detection.engine" in modules
    assert _under(modules, "app.guard", "app.storage", "app.drills", "app.commands.events") == []


def test_each_command_alone_parses_as_in_the_whole_command_line() -> None:
    """A command's own parser is the one the whole command line has (same options, help)."""
    desktop = {"run": lambda a, o: 0, "viewer": lambda a, o: 0}
    whole = {name: sub for name, sub, _ in subcommands(build_parser(desktop))}
    assert {name.split()[0] for name in whole} == set(COMMAND_MODULES)
    for command in COMMAND_MODULES:
        alone = {name: sub for name, sub, _ in subcommands(build_parser(desktop, command=command))}
        assert command in alone
        for name, sub in alone.items():
            assert sub.format_help() == whole[name].format_help(), name


def test_detection_names_load_when_asked() -> None:
    import app.detection as detection

    assert detection.Engine.__name__ == "Engine"
    assert detection.PasteTarget.RUN_DIALOG.value == "run_dialog"
    assert "Engine" in dir(detection)
    with pytest.raises(AttributeError):
        detection.NoSuchThing  # noqa: B018
