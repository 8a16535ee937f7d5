"""Notice when a remote-access tool starts: tech-support scammers need one to take over.

At most one process scan a second, and only new process ids are looked at, so a machine with
many processes costs little: a scan lists the process ids (one read of /proc's folder on
Linux) and reads the name of each id it has not seen before, never of the others. (Reading
every process's name at each scan, as psutil.process_iter does, was most of what the idle
guard spent: ~0.4 % of a CPU with 300 processes, more on a busier machine.) The list of
tools is data (`resources/remote_access.yaml`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ProcessLister = Callable[[], Iterable[tuple[int, str]]]  # (pid, process name)
PidLister = Callable[[], Iterable[int]]
Namer = Callable[[int], str | None]  # a process's name; None when it is gone
MIN_INTERVAL = 1.0


@dataclass(frozen=True)
class RemoteAccessStart:
    tool: str
    process: str
    pid: int


def load_tools(path: Path) -> dict[str, str]:
    """Lower-case process name → tool name.

    Read with libyaml where PyYAML has it, as the rules and the trust list are: the guard
    reads this before it is ready, and the pure-Python loader took 5-7 ms of CPU for these
    2 KB (its first use in the process), libyaml ~1 ms."""
    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}
    table: dict[str, str] = {}
    for tool in data.get("tools", []):
        for process in tool.get("processes", []):
            table[str(process).lower()] = str(tool["name"])
    return table


def psutil_pids() -> Iterable[int]:
    import psutil  # imported here: tests inject their own

    return [int(pid) for pid in psutil.pids()]


def psutil_name(pid: int) -> str | None:
    import psutil

    try:
        return str(psutil.Process(pid).name() or "")
    except psutil.NoSuchProcess:  # ended since it was listed (ZombieProcess is one too)
        return None
    except psutil.Error:  # another user's process we may not read: not one to report
        return ""


class RemoteAccessWatcher:
    """Call `poll()` often; it scans at most once a second and returns tools that started."""

    def __init__(
        self,
        tools: dict[str, str],
        lister: ProcessLister | None = None,
        clock: Callable[[], float] = time.monotonic,
        *,
        pids: PidLister = psutil_pids,
        name_of: Namer = psutil_name,
    ) -> None:
        """The processes come from `pids` and `name_of` (asked for new ids only), or, given
        `lister`, from its (pid, name) pairs, all of them at each scan."""
        self.tools = tools
        self.clock = clock
        if lister is not None:
            names = dict[int, str]()

            def listed() -> Iterable[int]:
                names.clear()
                names.update(lister())
                return names.keys()

            pids, name_of = listed, names.get
        self.pids = pids
        self.name_of = name_of
        self._seen: set[int] | None = None  # None until the first scan: running tools are old
        self._last = float("-inf")

    def poll(self) -> list[RemoteAccessStart]:
        now = self.clock()
        if now - self._last < MIN_INTERVAL:
            return []
        self._last = now
        current = set(self.pids())
        started: list[RemoteAccessStart] = []
        if self._seen is not None:
            for pid in sorted(current - self._seen):
                name = self.name_of(pid)
                tool = self.tools.get(name.lower()) if name else None
                if tool and name:
                    started.append(RemoteAccessStart(tool=tool, process=name, pid=pid))
        self._seen = current
        return started
