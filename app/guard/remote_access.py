"""Notice when a remote-access tool starts: tech-support scammers need one to take over.

At most one process scan a second, and only new process ids are looked at, so a machine with
many processes costs little. The list of tools is data (`resources/remote_access.yaml`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

ProcessLister = Callable[[], Iterable[tuple[int, str]]]  # (pid, process name)
MIN_INTERVAL = 1.0


@dataclass(frozen=True)
class RemoteAccessStart:
    tool: str
    process: str
    pid: int


def load_tools(path: Path) -> dict[str, str]:
    """Lower-case process name → tool name."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    table: dict[str, str] = {}
    for tool in data.get("tools", []):
        for process in tool.get("processes", []):
            table[str(process).lower()] = str(tool["name"])
    return table


def psutil_processes() -> Iterable[tuple[int, str]]:
    import psutil  # imported here: tests inject a lister instead

    for proc in psutil.process_iter(["pid", "name"]):
        info = proc.info
        yield int(info["pid"]), str(info.get("name") or "")


class RemoteAccessWatcher:
    """Call `poll()` often; it scans at most once a second and returns tools that started."""

    def __init__(
        self,
        tools: dict[str, str],
        lister: ProcessLister = psutil_processes,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.tools = tools
        self.lister = lister
        self.clock = clock
        self._seen: set[int] | None = None  # None until the first scan: running tools are old
        self._last = float("-inf")

    def poll(self) -> list[RemoteAccessStart]:
        now = self.clock()
        if now - self._last < MIN_INTERVAL:
            return []
        self._last = now
        current: dict[int, str] = {}
        for pid, name in self.lister():
            current[pid] = name
        started: list[RemoteAccessStart] = []
        if self._seen is not None:
            for pid in current.keys() - self._seen:
                name = current[pid].lower()
                tool = self.tools.get(name)
                if tool:
                    started.append(RemoteAccessStart(tool=tool, process=current[pid], pid=pid))
        self._seen = set(current)
        return started
