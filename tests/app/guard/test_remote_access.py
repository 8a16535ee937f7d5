"""The remote-access notice: new tool processes only, at most one scan a second."""

from __future__ import annotations

import pytest
import yaml

from app.guard.remote_access import RemoteAccessWatcher, load_tools
from app.shipped import resources_dir

TOOLS = resources_dir() / "remote_access.yaml"


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_tool_list_loads_and_names_the_usual_suspects() -> None:
    tools = load_tools(TOOLS)
    for process in ("anydesk.exe", "teamviewer.exe", "quickassist.exe", "rustdesk", "client32.exe"):
        assert process in tools


def test_a_tool_that_starts_is_reported_once() -> None:
    procs = [(1, "explorer.exe")]
    clock = Clock()
    watcher = RemoteAccessWatcher(load_tools(TOOLS), lister=lambda: list(procs), clock=clock)
    assert watcher.poll() == []  # the first scan only learns what already runs
    procs.append((42, "AnyDesk.exe"))
    clock.now = 1.5
    (start,) = watcher.poll()
    assert start.tool == "AnyDesk" and start.pid == 42
    clock.now = 3.0
    assert watcher.poll() == []  # still running: not new


def test_tools_running_before_the_guard_started_are_not_reported() -> None:
    watcher = RemoteAccessWatcher(
        load_tools(TOOLS), lister=lambda: [(7, "TeamViewer.exe")], clock=Clock()
    )
    assert watcher.poll() == []


def test_at_most_one_scan_a_second() -> None:
    calls = []
    clock = Clock()

    def lister() -> list[tuple[int, str]]:
        calls.append(clock.now)
        return []

    watcher = RemoteAccessWatcher({}, lister=lister, clock=clock)
    for step in range(50):
        clock.now = step * 0.1
        watcher.poll()
    assert len(calls) == 5


def test_only_new_processes_are_named() -> None:
    """A scan reads the names of the ids it has not seen, never the others': the idle guard's
    cost must not grow with every process on the machine at every scan."""
    running = {1: "systemd", 2: "bash", 3: "xterm"}
    asked: list[int] = []

    def name_of(pid: int) -> str | None:
        asked.append(pid)
        return running.get(pid)

    clock = Clock()
    watcher = RemoteAccessWatcher(
        load_tools(TOOLS), pids=lambda: list(running), name_of=name_of, clock=clock
    )
    assert watcher.poll() == [] and asked == []  # the first scan only learns the ids
    running[40] = "rustdesk"
    running[41] = "vim"
    clock.now = 5.0
    (start,) = watcher.poll()
    assert (start.tool, start.process, start.pid) == ("RustDesk", "rustdesk", 40)
    assert sorted(asked) == [40, 41]
    asked.clear()
    clock.now = 10.0
    assert watcher.poll() == [] and asked == []  # nothing new: nothing read


def test_a_process_gone_before_it_is_named_is_skipped() -> None:
    running = [1]
    clock = Clock()
    watcher = RemoteAccessWatcher(
        load_tools(TOOLS), pids=lambda: list(running), name_of=lambda pid: None, clock=clock
    )
    watcher.poll()
    running.append(9)
    clock.now = 2.0
    assert watcher.poll() == []


def test_the_real_process_table_names_a_new_process() -> None:
    import subprocess
    import sys

    names: dict[int, str | None] = {}
    from app.guard.remote_access import psutil_name

    def name_of(pid: int) -> str | None:
        names[pid] = psutil_name(pid)
        return names[pid]

    clock = Clock()
    watcher = RemoteAccessWatcher({}, name_of=name_of, clock=clock)
    watcher.poll()
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        clock.now = 2.0
        watcher.poll()
        assert names.get(child.pid), names
    finally:
        child.kill()
        child.wait()
    assert psutil_name(child.pid) is None  # reaped: gone


def test_the_shipped_list_reads_the_same_with_libyaml_and_without(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The guard reads the list with libyaml (a faster start) where PyYAML has it."""
    path = resources_dir() / "remote_access.yaml"
    if yaml.__with_libyaml__:  # the pure-Python loader is not used then
        with monkeypatch.context() as patched:
            patched.setattr(yaml, "SafeLoader", None)
            fast = load_tools(path)
    else:
        fast = load_tools(path)
    assert fast and all(name == name.lower() for name in fast)
    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    assert load_tools(path) == fast
