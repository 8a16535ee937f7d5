"""Start-up limits that hold on a busy machine.

A wall-time limit such as "ready within 3 s" measures the machine as much as the app: with the
test suite, a PyInstaller build and other work beside it, a process that needs 1 s of CPU can
wait several seconds for a core. These helpers let a test assert both what the app costs (its
CPU time, which load cannot inflate) and a wall-time limit stretched by how contended the
machine was (the one-minute load average per CPU): on a quiet machine that is the plain limit.
The benchmark (bench/guard.py, bench/package.py) reports the plain wall time.
"""

from __future__ import annotations

import os
from pathlib import Path


def cpu_seconds(pid: int) -> float:
    """User and system CPU time the live process `pid` has used so far (Linux /proc)."""
    # the command name may hold spaces and parentheses: the fields start after the last ')'
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of proc(5)
    return (utime + stime) / os.sysconf("SC_CLK_TCK")


def wall_limit(seconds: float) -> float:
    """`seconds` on a quiet machine; longer in proportion when more processes were runnable than
    there are CPUs over the last minute."""
    cpus = len(os.sched_getaffinity(0)) or 1
    return seconds * max(1.0, os.getloadavg()[0] / cpus)
