"""The remote-access notice: new tool processes only, at most one scan a second."""

from __future__ import annotations

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
