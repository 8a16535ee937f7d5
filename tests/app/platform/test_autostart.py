"""Starting at login on all three systems, with temporary folders and a fake registry."""

from __future__ import annotations

import io
import json
import plistlib
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.platform import autostart
from app.platform.autostart import launch_command
from app.platform.darwin.autostart import AGENT_LABEL, LaunchAgentAutostart, agent_plist
from app.platform.win32.autostart import APPROVED_KEY, RUN_KEY, RUN_VALUE, RunKeyAutostart
from app.platform.xorg.autostart import XdgAutostart, desktop_exec, read_desktop_entry

COMMAND = ["/opt/Paste Guard/pasteguard"]


class FakeRegistry:
    """The registry as a dict: (hive, key, name) → value."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str, str], object] = {}

    def get(self, hive: str, key: str, name: str) -> object | None:
        return self.values.get((hive, key.lower(), name.lower()))

    def set_string(self, hive: str, key: str, name: str, value: str) -> None:
        self.values[(hive, key.lower(), name.lower())] = value

    def delete(self, hive: str, key: str, name: str) -> None:
        self.values.pop((hive, key.lower(), name.lower()), None)


def exec_words(value: str) -> list[str]:
    """Split an Exec= value the way a desktop environment does (Desktop Entry Specification)."""
    value = value.replace("\\\\", "\\")  # the string-value escape first
    words: list[str] = []
    current, quoted, escaped, started = "", False, False, False
    for char in value:
        if escaped:
            current, escaped = current + char, False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if current or started:
                words.append(current.replace("%%", "%"))
            current, started = "", False
        else:
            current += char
    if current or started:
        words.append(current.replace("%%", "%"))
    return words


# -- Linux -------------------------------------------------------------------------------


@pytest.fixture
def xdg(tmp_path: Path) -> XdgAutostart:
    return XdgAutostart(tmp_path / "config", [tmp_path / "etc-xdg"])


def test_linux_enable_writes_an_entry_that_starts_the_given_program(xdg: XdgAutostart) -> None:
    assert not xdg.status().enabled
    state = xdg.enable(COMMAND)
    assert state.enabled and state.user_entry and not state.system_entry
    entry = read_desktop_entry(xdg.user_file)
    assert entry is not None
    assert entry["Type"] == "Application"
    assert exec_words(entry["Exec"]) == COMMAND


def test_linux_disable_removes_the_entry(xdg: XdgAutostart) -> None:
    xdg.enable(COMMAND)
    state = xdg.disable()
    assert not state.enabled
    assert not xdg.user_file.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["/usr/bin/pasteguard"],
        ["/home/ana/my apps/pasteguard", "run"],
        ["/tmp/we$ird`dir\\x/pasteguard", "--data-dir", 'a "quoted" 100% path'],
    ],
)
def test_exec_lines_run_exactly_the_arguments_given(argv: list[str]) -> None:
    assert exec_words(desktop_exec(argv)) == argv


def test_the_xdg_config_home_of_the_session_is_honoured(tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path / "elsewhere"), "XDG_CONFIG_DIRS": ""}
    entry = XdgAutostart.from_environment(env, tmp_path / "home")
    entry.enable(COMMAND)
    assert (tmp_path / "elsewhere" / "autostart" / "pasteguard.desktop").is_file()
    # a relative value is invalid by the XDG rules: ~/.config then
    relative = XdgAutostart.from_environment({"XDG_CONFIG_HOME": "rel"}, tmp_path / "home")
    assert relative.user_file == tmp_path / "home" / ".config" / "autostart" / "pasteguard.desktop"
    assert relative.system_files == [Path("/etc/xdg/autostart/pasteguard.desktop")]


def test_linux_a_system_entry_can_be_hidden_for_one_person_and_brought_back(
    xdg: XdgAutostart,
) -> None:
    system_file = xdg.system_files[0]
    system_file.parent.mkdir(parents=True)
    system_file.write_text(
        "[Desktop Entry]\nType=Application\nName=PasteGuard\nExec=/usr/bin/pasteguard\n"
    )
    before = system_file.read_bytes()

    state = xdg.status()
    assert state.enabled and state.system_entry and not state.user_entry

    state = xdg.disable()
    assert not state.enabled
    assert read_desktop_entry(xdg.user_file) == {
        "Type": "Application",
        "Name": "PasteGuard",
        "Hidden": "true",
    }
    assert system_file.read_bytes() == before  # the administrator's file is left alone

    state = xdg.enable(COMMAND)
    assert state.enabled and state.system_entry
    assert not xdg.user_file.exists()  # the override is lifted; no second entry


def test_linux_an_entry_switched_off_by_gnome_counts_as_off(xdg: XdgAutostart) -> None:
    xdg.user_file.parent.mkdir(parents=True)
    xdg.user_file.write_text(
        "[Desktop Entry]\nType=Application\nExec=x\nX-GNOME-Autostart-enabled=false\n"
    )
    assert not xdg.status().enabled
    assert xdg.enable(COMMAND).enabled


# -- macOS -------------------------------------------------------------------------------


@pytest.fixture
def agent(tmp_path: Path) -> LaunchAgentAutostart:
    return LaunchAgentAutostart(tmp_path / "home", system_dir=tmp_path / "Library-LaunchAgents")


def test_macos_enable_writes_a_launch_agent_that_runs_at_login(agent: LaunchAgentAutostart) -> None:
    state = agent.enable(["/Applications/PasteGuard.app/Contents/MacOS/pasteguard"])
    assert state.enabled and state.user_entry
    assert agent.user_file.parent.name == "LaunchAgents"
    plist = plistlib.loads(agent.user_file.read_bytes())
    assert plist["Label"] == AGENT_LABEL
    assert agent.user_file.name == f"{AGENT_LABEL}.plist"
    assert plist["ProgramArguments"] == ["/Applications/PasteGuard.app/Contents/MacOS/pasteguard"]
    assert plist["RunAtLoad"] is True
    assert plist["LimitLoadToSessionType"] == "Aqua"

    assert not agent.disable().enabled
    assert not agent.user_file.exists()


def test_macos_an_agent_for_all_users_is_reported_and_left_to_the_administrator(
    agent: LaunchAgentAutostart,
) -> None:
    agent.system_file.parent.mkdir(parents=True)
    agent.system_file.write_bytes(plistlib.dumps(agent_plist(["/x"])))
    assert agent.status().system_entry
    assert agent.enable(COMMAND).enabled
    assert not agent.user_file.exists()  # launchd would refuse a second agent of that label
    state = agent.disable()
    assert state.enabled
    assert "administrator" in state.detail


def test_macos_a_broken_plist_does_not_count(agent: LaunchAgentAutostart) -> None:
    agent.user_file.parent.mkdir(parents=True)
    agent.user_file.write_bytes(b"not a plist")
    assert not agent.status().enabled


# -- Windows -----------------------------------------------------------------------------


def test_windows_enable_sets_the_run_value_of_the_current_user() -> None:
    registry = FakeRegistry()
    state = RunKeyAutostart(registry).enable([r"C:\Program Files\PasteGuard\pasteguard.exe"])
    assert state.enabled and state.user_entry
    assert (
        registry.get("HKCU", RUN_KEY, RUN_VALUE) == r'"C:\Program Files\PasteGuard\pasteguard.exe"'
    )
    assert registry.get("HKLM", RUN_KEY, RUN_VALUE) is None  # never the machine's


def test_windows_an_entry_switched_off_in_task_manager_is_off_until_enabled_again() -> None:
    registry = FakeRegistry()
    entry = RunKeyAutostart(registry)
    entry.enable(COMMAND)
    registry.values[("HKCU", APPROVED_KEY.lower(), RUN_VALUE.lower())] = b"\x03" + bytes(11)
    assert not entry.status().enabled
    assert entry.enable(COMMAND).enabled
    assert registry.get("HKCU", APPROVED_KEY, RUN_VALUE) is None


def test_windows_disable_removes_the_value_and_reports_the_installers_entry() -> None:
    registry = FakeRegistry()
    entry = RunKeyAutostart(registry)
    entry.enable(COMMAND)
    assert not entry.disable().enabled
    assert registry.get("HKCU", RUN_KEY, RUN_VALUE) is None

    registry.values[("HKLM", RUN_KEY.lower(), RUN_VALUE.lower())] = r'"C:\PG\pasteguard.exe"'
    assert entry.enable(COMMAND).system_entry
    assert registry.get("HKCU", RUN_KEY, RUN_VALUE) is None  # one start is enough
    state = entry.disable()
    assert state.enabled and "administrator" in state.detail


def test_each_system_gets_its_own_kind_of_entry(tmp_path: Path) -> None:
    registry = FakeRegistry()
    assert isinstance(
        autostart.for_this_system("win32", {}, tmp_path, lambda: registry), RunKeyAutostart
    )
    assert isinstance(autostart.for_this_system("darwin", {}, tmp_path), LaunchAgentAutostart)
    assert isinstance(autostart.for_this_system("linux", {}, tmp_path), XdgAutostart)


# -- what the entry starts ---------------------------------------------------------------


def test_the_built_app_starts_itself_and_never_the_console_twin(tmp_path: Path) -> None:
    assert launch_command(True, "/opt/pasteguard/pasteguard", "linux") == [
        "/opt/pasteguard/pasteguard"
    ]
    cli = r"C:\Program Files\PasteGuard\pasteguard-cli.exe"
    assert launch_command(True, cli, "win32") == [r"C:\Program Files\PasteGuard\pasteguard.exe"]


def test_a_source_install_starts_its_console_script_or_the_module(tmp_path: Path) -> None:
    python = tmp_path / "bin" / "python"
    python.parent.mkdir()
    assert launch_command(False, str(python), "linux") == [str(python), "-m", "ui.launcher"]
    (tmp_path / "bin" / "pasteguard").write_text("#!/bin/sh\n")
    assert launch_command(False, str(python), "linux") == [str(tmp_path / "bin" / "pasteguard")]


# -- the command -------------------------------------------------------------------------


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    monkeypatch.setenv("PASTEGUARD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PASTEGUARD_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("PASTEGUARD_POLICY", str(tmp_path / "policy.toml"))
    return tmp_path


def run(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.skipif(sys.platform != "linux", reason="drives the XDG entry of this machine's user")
def test_the_command_enables_reports_and_disables(
    profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("autostart", "status", capsys=capsys) == (
        1,
        "PasteGuard does not start at login.\n",
        "",
    )
    status, out, _ = run("autostart", "enable", capsys=capsys)
    entry_file = profile / "home" / ".config" / "autostart" / "pasteguard.desktop"
    assert status == 0 and str(entry_file) in out
    entry = read_desktop_entry(entry_file)
    assert entry is not None
    assert exec_words(entry["Exec"]) == launch_command()
    status, out, _ = run("autostart", "status", "--json", capsys=capsys)
    assert status == 0
    assert json.loads(out) == {
        "enabled": True, "user_entry": True, "system_entry": False,
        "location": str(entry_file), "detail": f"starts at login ({entry_file})",
    }  # fmt: skip
    assert run("autostart", "disable", capsys=capsys)[0] == 0
    assert not entry_file.exists()


@pytest.mark.skipif(sys.platform != "linux", reason="drives the XDG entry of this machine's user")
def test_a_policy_that_forbids_quitting_also_forbids_turning_autostart_off(
    profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("autostart", "enable", capsys=capsys)[0] == 0
    (profile / "policy.toml").write_text("version = 1\nallow_quit = false\n")
    status, _, err = run("autostart", "disable", capsys=capsys)
    assert status == 2
    assert "policy does not allow" in err
    assert (profile / "home" / ".config" / "autostart" / "pasteguard.desktop").is_file()


def test_a_registry_that_cannot_be_written_is_a_clear_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    class Locked(FakeRegistry):
        def set_string(self, hive: str, key: str, name: str, value: str) -> None:
            raise PermissionError("access denied")

    import argparse

    from app.commands import UsageError
    from app.commands import autostart as command

    args = argparse.Namespace(
        action="enable", json=False, autostart_factory=lambda: RunKeyAutostart(Locked())
    )
    with pytest.raises(UsageError, match="cannot change the login start: access denied"):
        command.run_autostart(args, io.StringIO())
