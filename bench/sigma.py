"""The vendored Sigma baseline (bench/sigma_baseline/), run as a subprocess on a JSONL file."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.corpus import SIGMA_BASELINE
from bench.report import BenchError

# Sigma rule levels that we count as "malicious" (block); lower levels only count as flagged.
SEVERE_LEVELS = frozenset({"high", "critical"})
TIMEOUT_S = 300


@dataclass(frozen=True)
class SigmaRun:
    """What the baseline flagged in one file, and how long the whole process took."""

    n: int
    flagged: frozenset[str]
    severe: frozenset[str]  # flagged by at least one high or critical rule
    hits: dict[str, list[str]]
    wall_s: float


def python() -> str:
    """Our own interpreter: a Python 3 that has PyYAML (a project dependency), like ours."""
    return sys.executable


def run(path: Path) -> SigmaRun:
    """Evaluate the baseline on ``path`` (``--json``) and time the whole process."""
    if not SIGMA_BASELINE.is_file():
        raise BenchError(f"missing Sigma baseline {SIGMA_BASELINE}")
    cmd = [python(), str(SIGMA_BASELINE), str(path), "--json"]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise BenchError(f"Sigma baseline failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
    return _parse(proc.stdout, wall)


def _parse(stdout: str, wall: float) -> SigmaRun:
    data = json.loads(stdout)
    hits = {str(k): [str(t) for t in v] for k, v in data.get("hits", {}).items()}
    levels = {str(t): str(a.get("level", "")) for t, a in data.get("attribution", {}).items()}
    severe = {
        i for i, titles in hits.items() if any(levels.get(t) in SEVERE_LEVELS for t in titles)
    }
    return SigmaRun(
        n=int(data["n"]),
        flagged=frozenset(str(i) for i in data["flagged"]),
        severe=frozenset(severe),
        hits=hits,
        wall_s=wall,
    )
