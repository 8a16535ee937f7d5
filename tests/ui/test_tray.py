"""The tray (its menu, icon states and notices), and the status window where there is no tray."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.guard.neutralize import COMMAND_LINE, WINDOW, neutral_line
from app.guard.service import ClipboardVerdict
from app.platform.darwin.backend import DarwinBackend
from tests.fakes import FakeBackend, FakeDarwinApi
from tests.ui.conftest import MALICIOUS, clipboard_text, copy, write_policy
from ui.application import GuardApp
from ui.icons import TrayState, tray_icon
from ui.learn import LearnWindow
from ui.settings import SettingsDialog
from ui.tray.tray import GuardTray, TrayHost, tray_state
from ui.viewer.window import ViewerWindow


def texts(guard: GuardApp) -> list[str]:
    return [a.text() for a in guard.tray.menu.actions() if a.isVisible() and not a.isSeparator()]


def test_the_menu_offers_everything_in_order(make_guard) -> None:
    guard: GuardApp = make_guard()
    assert texts(guard)[1:] == [
        "Pause for 15 minutes",
        "Pause for 1 hour",
        "Pause until restart",
        "Resume protection",
        "Restore the last blocked text",
        "Open the event log",
        "Settings…",
        "How paste scams work",
        "Report a suspicious page…",
        "About PasteGuard",
        "Quit PasteGuard",
    ]
    assert texts(guard)[0] == "Partly working: turned off with PASTEGUARD_BACKEND=none"
    assert not guard.tray.status_action.isEnabled()  # a status line, not a command


def test_the_policy_can_take_pause_and_quit_away(make_guard, profile: Path) -> None:
    write_policy(profile, "allow_pause = false\nallow_quit = false\n")
    guard: GuardApp = make_guard()
    shown = texts(guard)
    assert not [t for t in shown if t.startswith("Pause") or t.startswith("Quit")]
    guard.tray._pause(900)  # even a stale menu cannot pause
    assert not guard.service.paused


def test_pausing_shows_in_the_icon_and_the_status_line_until_resumed(make_guard) -> None:
    guard: GuardApp = make_guard()
    guard.tray.pause_actions[0].trigger()
    assert guard.service.paused and guard.tray.state is TrayState.PAUSED
    assert guard.tray.status_action.text().startswith("Paused until ")
    assert guard.tray.resume_action.isEnabled()
    assert not guard.tray.pause_actions[0].isEnabled()
    guard.tray.resume_action.trigger()
    guard.service.process_pending()
    assert not guard.service.paused and guard.tray.state is TrayState.DEGRADED
    kinds = [e.kind for e in guard.store.query(limit=3)]
    assert kinds[:2] == ["protection_resumed", "protection_paused"]


def test_a_week_long_pause_names_the_day_it_ends_and_the_status_line_keeps_up(
    make_guard,
) -> None:
    """A pause from `pasteguard pause --minutes 1e300` once broke the refresh (the status line
    kept its last text, "Paused until 10:35", past that time); the guard now takes pauses of
    up to a week, and a pause that ends on another day says which."""
    from datetime import datetime, timedelta

    from PySide6.QtCore import QLocale

    from app import ipc
    from ui.tray.tray import pause_end

    guard: GuardApp = make_guard()
    assert guard.handle({"cmd": "pause", "seconds": ipc.MAX_PAUSE_SECONDS})["ok"] is True
    guard.tray.refresh()
    text = guard.tray.status_action.text()
    ends = datetime.now() + timedelta(seconds=ipc.MAX_PAUSE_SECONDS - 1)  # a week: same day name
    day = QLocale().dayName(ends.isoweekday(), QLocale.FormatType.ShortFormat)
    assert text.startswith(f"Paused until {day} "), text
    assert guard.tray.window is None or guard.tray.window.text.text() == text
    # today: the clock time alone; far beyond a week (a clock that jumped): capped, no error
    assert pause_end(time.monotonic() + 90, now=datetime(2026, 12, 7, 10, 0)) == "10:01"
    assert pause_end(time.monotonic() + 1e300).count(":") == 1
    assert not guard.handle({"cmd": "pause", "seconds": 1e300})["ok"]


def test_pause_until_restart(make_guard) -> None:
    guard: GuardApp = make_guard()
    guard.tray.pause_actions[2].trigger()
    assert guard.tray.status_text() == "Paused until you resume or restart"


@pytest.mark.parametrize(
    ("paused", "attention", "degraded", "state"),
    [
        (False, False, {}, TrayState.PROTECTED),
        (False, False, {"tray": "no tray"}, TrayState.PROTECTED),  # the window stands in
        (False, False, {"keyboard": "Wayland"}, TrayState.DEGRADED),
        (False, True, {"keyboard": "Wayland"}, TrayState.ATTENTION),
        (True, True, {"keyboard": "Wayland"}, TrayState.PAUSED),
    ],
)
def test_the_icon_state(
    paused: bool, attention: bool, degraded: dict[str, str], state: TrayState
) -> None:
    assert tray_state(paused, attention, degraded) is state


@pytest.mark.parametrize("state", list(TrayState))
@pytest.mark.parametrize("dark", [False, True])
def test_every_icon_is_drawn_sharp_at_high_dpi(qapp, state: TrayState, dark: bool) -> None:
    icon = tray_icon(state, dark)
    assert not icon.isNull()
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    icon.paint(painter, 0, 0, 64, 64)
    painter.end()
    # an SVG renders at the size asked for: a 64 px icon has 64 px of detail, not 16 blown up
    assert image.pixelColor(32, 32).alpha() > 0
    assert icon.pixmap(QSize(32, 32), 2.0).size() == QSize(64, 64)


def test_without_a_tray_a_status_window_stands_in_and_status_says_so(make_guard) -> None:
    guard: GuardApp = make_guard()
    assert not guard.tray.available and guard.tray.window is not None
    assert guard.tray.window.isVisible()
    assert guard.tray.window.menu_button.menu() is guard.tray.menu
    assert "status window" in guard.status()["degraded"]["tray"]
    guard.tray.window.close()  # closing it must not lose the only handle on the guard
    assert guard.tray.window.isMinimized() or guard.tray.window.isVisible()


def test_the_guard_is_not_ready_while_the_server_does_not_record_its_keys_yet(
    make_guard, monkeypatch: pytest.MonkeyPatch
) -> None:
    # X11: pynput's listener starts, then the server begins recording for it; a paste pressed
    # in between goes unseen, so `status` (and `pasteguard status`'s exit code) says starting
    guard: GuardApp = make_guard(use_tray=False)
    guard.backend = FakeBackend(name="xorg", can_suppress_keys=False, starting=True)
    guard.ready_ms = 5.0  # start() has returned
    monkeypatch.setattr(type(guard.intel), "analysis_warming", property(lambda self: False))
    status = guard.status()
    assert status["ready"] is False and status["protection"] == "starting"
    guard.backend.starting = False
    status = guard.status()
    assert status["ready"] is True and status["protection"] == "on"


def test_a_keyboard_that_does_not_work_is_logged_once_not_kept_silent(
    make_guard, caplog: pytest.LogCaptureFixture
) -> None:
    guard: GuardApp = make_guard(use_tray=False)
    guard.backend = FakeBackend(name="xorg", degraded={"keyboard": "not recorded"})
    with caplog.at_level("WARNING", logger="pasteguard"):
        guard._watch()  # the watchdog's round, every 2 s
        guard._watch()
    said = [r.getMessage() for r in caplog.records if "keyboard does not work" in r.getMessage()]
    assert said == ["keyboard does not work: not recorded"]


def test_the_accessibility_permission_granted_later_brings_the_keyboard_back(make_guard) -> None:
    """macOS: without the permission the keyboard is degraded; once the person grants it, the
    watchdog's round makes the tap. (It never did: it restarts only a keyboard not degraded, and
    the backend kept its NOT_TRUSTED entry.)"""
    guard: GuardApp = make_guard(use_tray=False)
    api = FakeDarwinApi(trusted=False)
    guard.backend = DarwinBackend(api)
    guard.backend.start(guard.service.on_key, guard.service.on_mouse)
    guard._watch()
    assert api.tap is None and "Accessibility" in guard.status()["degraded"]["keyboard"]
    api.trusted = True  # the person ticks PasteGuard in System Settings
    guard._watch()  # the watchdog's round, every 2 s
    assert api.listener is not None and api.listener.tap_state() is True
    assert "keyboard" not in guard.status()["degraded"] and guard.backend.alive()
    guard.backend.stop()


def test_no_tray_asked_for_means_no_status_window(make_guard) -> None:
    guard: GuardApp = make_guard(use_tray=False)
    assert guard.tray.window is None
    # what happened: the person asked for it (it said "no system tray on this desktop", seen
    # with `run --no-tray` on a desktop that has one)
    assert guard.status()["degraded"]["tray"] == (
        "started without a tray icon (--no-tray); notifications only"
    )


def harmless(guard: GuardApp) -> str:
    """The line a blocked command leaves on the clipboard of this guard."""
    allowed = guard.service.settings.allow_paste_anyway
    return neutral_line("command", guard.service.found_at, restorable=allowed)


@pytest.mark.parametrize("use_tray", [False, True])
def test_the_harmless_line_points_where_this_guard_is_found(make_guard, use_tray: bool) -> None:
    """It said "Open PasteGuard from its tray icon or window" under `run --no-tray` too, where
    there is neither; where the desktop has no tray (offscreen), the status window stands in."""
    guard: GuardApp = make_guard(use_tray=use_tray)
    assert guard.tray.icon is None and (guard.tray.window is not None) is use_tray
    copy(guard, MALICIOUS)
    line = clipboard_text()
    if use_tray:
        assert line == neutral_line("command", WINDOW) and "status window" in line
    else:
        assert line == neutral_line("command", COMMAND_LINE)
        assert "pasteguard restore --last" in line and "tray" not in line


def put_back_through_the_warning(guard: GuardApp, qtbot: QtBot) -> None:
    """The warning shows the blocked text; a malicious one needs the tick, then the button."""
    guard.service.process_pending()  # the worker finds the quarantined text
    warning = guard.warning
    assert warning.isVisible() and warning.warning is not None
    assert warning.warning.restore_event is not None
    # no paste was stopped: the text was taken off the clipboard, and went nowhere
    assert warning.status.text() == (
        "PasteGuard took this off your clipboard before anything could paste it. Nothing has run."
    )
    assert not warning.target.isVisibleTo(warning)  # "Where it was going:" has no answer
    assert not guard.tray.status_text().startswith("Stopped a risky paste")
    assert clipboard_text() == harmless(guard)  # nothing put back by the click alone
    assert not warning.paste.isEnabled()  # malicious: "I understand the risk" first
    warning.understand.setChecked(True)
    qtbot.mouseClick(warning.paste, Qt.MouseButton.LeftButton)
    guard.service.process_pending()


def test_put_it_back_goes_through_the_warning_and_is_logged_at_the_blocked_level(
    make_guard, qtbot: QtBot
) -> None:
    guard: GuardApp = make_guard()
    copy(guard, MALICIOUS)
    assert clipboard_text() == harmless(guard)
    toast = guard.tray.toast
    assert toast.isVisible() and toast.title.text() == "PasteGuard blocked a dangerous command"
    assert toast.put_back.isVisible() and guard.tray.state is TrayState.ATTENTION
    assert toast.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # no focus taken
    qtbot.mouseClick(toast.put_back, Qt.MouseButton.LeftButton)
    put_back_through_the_warning(guard, qtbot)
    assert clipboard_text() == MALICIOUS
    restored = guard.store.query(limit=1)[0]
    assert restored.kind == "restored" and restored.level == "malicious"
    said = toast.message.text()  # in words a person uses: no event numbers
    assert "back on your clipboard" in said and "event" not in said
    assert guard.tray.state is TrayState.DEGRADED  # attention cleared


def test_the_policy_that_forbids_paste_anyway_forbids_restore(make_guard, profile: Path) -> None:
    """... and nothing offers it: the notice had a "Put it back" button, the menu its
    "Restore" line, and the line on the clipboard said "or to put it back"."""
    write_policy(profile, "allow_paste_anyway = false\n")
    guard: GuardApp = make_guard()
    copy(guard, MALICIOUS)
    assert "put it back" not in clipboard_text() and clipboard_text() == harmless(guard)
    toast = guard.tray.toast
    assert toast.isVisible() and not toast.put_back.isVisible()
    guard.tray._menu_opening()
    assert not guard.tray.restore_action.isVisible()
    guard.tray.restore_action.trigger()  # a stale menu: refused all the same
    guard.service.process_pending()
    assert not guard.warning.isVisible()
    assert clipboard_text() == harmless(guard)
    assert guard.store.query(limit=1)[0].kind != "restored"


def test_put_it_back_in_the_notice_says_why_when_the_policy_forbids_it(
    make_guard, profile: Path, qtbot: QtBot
) -> None:
    """The notice's own "Put it back" hid the notice right after the guard's answer was put
    in it: refused by the policy, the click did nothing a person could see. (The policy
    changed after the notice came: one that forbids it from the start offers no button.)"""
    guard: GuardApp = make_guard()
    copy(guard, MALICIOUS)
    toast = guard.tray.toast
    assert toast.isVisible() and toast.put_back.isVisible()
    line = clipboard_text()  # written while putting it back was allowed
    write_policy(profile, "allow_paste_anyway = false\n")
    guard._watch()
    qtbot.mouseClick(toast.put_back, Qt.MouseButton.LeftButton)
    guard.service.process_pending()
    assert not guard.warning.isVisible() and clipboard_text() == line
    assert toast.isVisible(), "the answer to the click was hidden with the notice"
    assert "policy does not allow" in toast.message.text()
    assert not toast.put_back.isVisible()  # the answer offers no second try


def test_restore_is_offered_only_when_something_is_quarantined(make_guard, qtbot: QtBot) -> None:
    guard: GuardApp = make_guard()
    guard.tray._menu_opening()
    assert not guard.tray.restore_action.isEnabled()
    copy(guard, MALICIOUS)
    guard.tray._menu_opening()
    assert guard.tray.restore_action.isEnabled()
    guard.tray.restore_action.trigger()
    put_back_through_the_warning(guard, qtbot)
    assert clipboard_text() == MALICIOUS


def test_notifications_off_means_no_toast(make_guard, profile: Path) -> None:
    write_policy(profile, "notifications = false\n")
    guard: GuardApp = make_guard()
    guard.tray.notify("PasteGuard", "something", 0)
    assert not guard.tray.toast.isVisible()


def test_notifications_off_still_warns_at_a_risky_paste(
    make_guard, profile: Path, qtbot: QtBot
) -> None:
    """docs/configuration.md said `notifications` turns "warnings and tray notices" off; the
    warning is the protection and shows either way (the docs now say so)."""
    from tests.ui.test_warning import warned

    write_policy(profile, 'notifications = false\nmode = "warn"\n')
    guard: GuardApp = make_guard()
    warned(guard, qtbot)
    assert guard.warning.isVisible() and not guard.tray.toast.isVisible()


def test_the_menu_opens_each_window_once(make_guard) -> None:
    guard: GuardApp = make_guard()
    for action, kind in (
        (guard.tray.viewer_action, ViewerWindow),
        (guard.tray.settings_action, SettingsDialog),
        (guard.tray.learn_action, LearnWindow),
        (guard.tray.about_action, QMessageBox),
    ):
        action.trigger()
        action.trigger()
        windows = [w for w in guard.windows.values() if isinstance(w, kind)]
        assert len(windows) == 1 and windows[0].isVisible()
    assert "PasteGuard" in guard.windows["about"].text()  # type: ignore[attr-defined]


def test_about_says_the_policys_state_in_words(make_guard, profile: Path) -> None:
    """It showed "Policy: /etc/…/policy.toml (invalid-using-defaults)", the code `status`
    uses, to a person."""
    write_policy(profile, 'mode = "nonsense"\n')
    guard: GuardApp = make_guard()
    guard.open_about()
    said = guard.windows["about"].informativeText()  # type: ignore[attr-defined]
    assert "invalid-using-defaults" not in said
    assert "(invalid; the built-in settings apply at their strictest)" in said


def test_the_control_socket_opens_windows_too(make_guard) -> None:
    guard: GuardApp = make_guard()
    assert guard.handle({"cmd": "open", "window": "learn"})["ok"] is True
    assert guard.windows["learn"].isVisible()
    assert guard.handle({"cmd": "open", "window": "nothing"})["ok"] is False


@pytest.mark.parametrize("dark", [False, True])
def test_paused_is_told_from_protected_by_shape_not_only_colour(qapp, dark: bool) -> None:
    def covered(state: TrayState) -> float:
        """The share of a 16 px panel icon that is drawn on (grey levels ignore hue)."""
        image = QImage(16, 16, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        tray_icon(state, dark).paint(painter, 0, 0, 16, 16)
        painter.end()
        return sum(image.pixelColor(x, y).alpha() > 128 for x in range(16) for y in range(16)) / 256

    # the protected shield is filled; the paused one is an outline around a small pause sign
    assert covered(TrayState.PROTECTED) - covered(TrayState.PAUSED) > 0.2


def test_the_menu_says_what_happened_before_the_attention_state_clears(
    make_guard, qtbot: QtBot
) -> None:
    guard: GuardApp = make_guard()
    copy(guard, MALICIOUS)
    tray, menu = guard.tray, guard.tray.menu
    assert tray.state is TrayState.ATTENTION
    menu.popup(menu.pos())  # as a click on the icon opens it
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    assert tray.status_action.text() == "PasteGuard blocked a dangerous command"
    assert tray.state is TrayState.ATTENTION  # still red while the menu says why
    menu.hide()
    assert tray.state is TrayState.DEGRADED and tray.status_action.text().startswith("Partly")


def test_a_left_click_on_the_icon_opens_the_menu(make_guard, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon

    guard: GuardApp = make_guard()
    guard.tray._activated(QSystemTrayIcon.ActivationReason.Trigger)
    qtbot.waitUntil(guard.tray.menu.isVisible, timeout=2000)
    guard.tray.menu.hide()


def test_pause_resume_and_restore_show_under_suspicious_or_worse(make_guard, qtbot: QtBot) -> None:
    from app.storage import EventFilter

    guard: GuardApp = make_guard()
    copy(guard, MALICIOUS)
    guard.tray.restore_action.trigger()
    put_back_through_the_warning(guard, qtbot)
    guard.tray.pause_actions[0].trigger()
    guard.tray.resume_action.trigger()
    worse = EventFilter(levels=frozenset({"suspicious", "malicious"}))

    guard.service.process_pending()  # the worker's queue, run here (no worker thread in tests)
    kinds = [e.kind for e in guard.store.query(worse, limit=10)]
    assert {"protection_paused", "protection_resumed", "restored"} <= set(kinds)
    restored = next(e for e in guard.store.query(worse, limit=10) if e.kind == "restored")
    assert restored.level == "malicious"  # the level of the text it put back


def test_a_block_notice_speaks_the_interface_language(make_guard, profile: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.i18n import uninstall_translators

    write_policy(profile, 'language = "fr"\n')
    guard: GuardApp = make_guard()
    try:
        copy(guard, MALICIOUS)
        toast = guard.tray.toast
        assert toast.title.text() == "PasteGuard a bloqué une commande dangereuse"
        assert "télécharger et exécuter un programme" in toast.message.text()
        # ... and so does the line left on the clipboard (it was English in every language)
        assert clipboard_text() == neutral_line("command", guard.service.found_at, "fr")
        assert "Rien n’a été exécuté" in clipboard_text()
    finally:
        uninstall_translators(QApplication.instance(), guard.translator)  # type: ignore[arg-type]


def test_a_changed_language_applies_at_once_to_every_window(
    make_guard, profile: Path, qtbot: QtBot
) -> None:
    """It applied at the next start (status said so under at_next_start). Now the windows,
    the tray's menu, the status window, the notice, the warning and the harmless line speak
    it at once; an open window opens again where it was. A change made while a question is
    up (the warning) waits for its answer."""
    from PySide6.QtWidgets import QApplication

    from ui.i18n import uninstall_translators

    write_policy(profile, 'mode = "block"\n')
    guard: GuardApp = make_guard()
    try:
        guard.open_viewer()
        viewer = guard.windows["viewer"]
        viewer.move(40, 50)
        assert viewer.windowTitle() == "PasteGuard event log"
        assert guard.tray.viewer_action.text() == "Open the event log"
        write_policy(profile, 'mode = "block"\nlanguage = "de"\n')
        guard._watch()
        (event,) = [e for e in guard.store.query(limit=50) if e.details.get("reloaded")]
        assert event.summary == "The policy changed while PasteGuard ran; it applies now"
        assert guard.status()["at_next_start"] == {}
        qtbot.waitUntil(lambda: guard.tray.viewer_action.text() == "Ereignisprotokoll öffnen")
        again = guard.windows["viewer"]
        assert again is not viewer and again.isVisible()
        assert again.windowTitle() == "PasteGuard-Ereignisprotokoll"
        assert (again.geometry().x(), again.geometry().y()) == (
            viewer.geometry().x(),
            viewer.geometry().y(),
        )
        assert guard.warning.windowTitle() == "PasteGuard-Warnung"
        if guard.tray.window is not None:
            assert guard.tray.window.accessibleName() == "PasteGuard-Status"
        copy(guard, MALICIOUS)
        assert clipboard_text() == neutral_line("command", guard.service.found_at, "de")
        assert guard.tray.toast.title.text() == "PasteGuard hat einen gefährlichen Befehl blockiert"
        guard.tray.toast.hide()

        # a question is up: the windows are not pulled from under it
        guard.warning.show()
        write_policy(profile, 'mode = "block"\nlanguage = "en"\n')
        guard._watch()
        qtbot.wait(100)
        assert guard.tray.viewer_action.text() == "Ereignisprotokoll öffnen"
        guard.open_settings()  # ... nor the settings dialog, its edits not saved yet
        guard.warning.hide()  # answered
        qtbot.wait(700)
        assert guard.tray.viewer_action.text() == "Ereignisprotokoll öffnen"
        guard.windows["settings"].close()
        qtbot.waitUntil(lambda: guard.tray.viewer_action.text() == "Open the event log")
        assert guard.windows["viewer"].windowTitle() == "PasteGuard event log"
        assert guard.service.language == "en"
    finally:
        uninstall_translators(QApplication.instance(), guard.translator)  # type: ignore[arg-type]


# -- the tray against a small stand-in for the guard (its TrayHost interface only) -------------


@dataclass
class FakeHost:
    """The tray's whole view of the guard; the tests above use the real GuardApp."""

    policy: Settings = field(default_factory=Settings)
    until: float | None = None
    problems: dict[str, str] = field(default_factory=dict)
    restorable: bool = False
    asked: list[tuple[str, object]] = field(default_factory=list)

    def settings(self) -> Settings:
        return self.policy

    def paused_until(self) -> float | None:
        return self.until

    def degraded(self) -> dict[str, str]:
        return self.problems

    def current(self) -> ClipboardVerdict | None:
        return None

    def can_restore(self) -> bool:
        return self.restorable

    def pause(self, seconds: float | None) -> None:
        self.asked.append(("pause", seconds))
        self.until = float("inf") if seconds is None else time.monotonic() + seconds

    def resume(self) -> None:
        self.asked.append(("resume", None))
        self.until = None

    def restore(self, event_id: int | None) -> tuple[bool, str]:
        self.asked.append(("restore", event_id))
        return True, "shown in the warning"

    def open_window(self, name: str) -> None:
        self.asked.append(("open", name))

    def report_page(self) -> tuple[str, str]:
        return "Tell your IT team", "which page it was"

    def quit(self) -> None:
        self.asked.append(("quit", None))


@pytest.fixture
def fake_tray(qapp) -> Iterator[tuple[GuardTray, FakeHost]]:
    host = FakeHost()
    tray = GuardTray(host, wanted=False)  # notices only: no icon, no status window
    tray.show()
    yield tray, host
    tray.close()


def test_the_real_guard_is_what_the_tray_expects(make_guard) -> None:
    guard: GuardApp = make_guard()
    host: TrayHost = guard  # mypy: GuardApp offers every TrayHost method
    assert host.paused_until() is None and not host.can_restore()
    guard.service.pause(60)
    assert guard.tray.guard.paused_until() == guard.service.paused_until


def test_the_guards_own_notices_speak_the_interface_language(fake_tray, qapp) -> None:
    """The remote-access advice and the answers to "Put it back" that come from the guard
    (app/ speaks English) were shown in English whatever the language."""
    from app.guard.service import LOG_UNREADABLE, NOTHING_TO_RESTORE
    from ui.i18n import install_translator, uninstall_translators
    from ui.tray.tray import REMOTE_ACCESS_ADVICE

    tray, _ = fake_tray
    translator = install_translator(qapp, "de")
    try:
        tray.notify("AnyDesk just started", REMOTE_ACCESS_ADVICE, 0)
        assert tray.toast.title.text() == "AnyDesk wurde gerade gestartet"
        assert tray.toast.message.text().startswith("Hat Sie jemand am Telefon")
        tray.notify("PasteGuard", NOTHING_TO_RESTORE, 0)
        assert tray.toast.message.text() == "Nichts zum Zurücklegen (es ist vielleicht abgelaufen)."
        tray.notify("PasteGuard", f"{LOG_UNREADABLE}the disk is full", 0)
        assert tray.toast.message.text() == (
            "Das Ereignisprotokoll kann gerade nicht gelesen werden: the disk is full"
        )
        tray.notify("PasteGuard", "a sentence of its own", 0)
        assert tray.toast.message.text() == "a sentence of its own"  # as it came
    finally:
        uninstall_translators(qapp, translator)


def test_partly_working_says_what_does_not_work_in_the_interface_language(fake_tray, qapp) -> None:
    """The reason is the guard's own English: a German menu read "Eingeschränkt: no window
    manager is running, so the focused window is guessed from the keyboard focus". In a
    translated interface the line says what does not work in its words (the detail stays in
    `status` and the log); in English the detail itself."""
    from ui.i18n import install_translator, uninstall_translators

    tray, host = fake_tray
    host.problems = {"window": "no window manager is running, so the focused window is guessed"}
    assert tray.status_text() == (
        "Partly working: no window manager is running, so the focused window is guessed"
    )
    translator = install_translator(qapp, "de")
    try:
        assert tray.status_text() == (
            "Eingeschränkt: das Fenster im Vordergrund ist nicht sicher bekannt"
        )
        host.problems = {"something_new": "a reason of its own"}
        assert tray.status_text() == "Eingeschränkt: a reason of its own"  # unknown: as it is
    finally:
        uninstall_translators(qapp, translator)


def test_each_menu_entry_asks_the_guard_for_one_thing(fake_tray) -> None:
    tray, host = fake_tray
    for action in (tray.viewer_action, tray.settings_action, tray.learn_action, tray.about_action):
        action.trigger()
    tray.pause_actions[1].trigger()
    tray.refresh()  # what the guard's stateChanged signal does
    tray.resume_action.trigger()
    tray.restore_action.trigger()
    tray.quit_action.trigger()
    assert host.asked == [
        ("open", "viewer"), ("open", "settings"), ("open", "learn"), ("open", "about"),
        ("pause", 3600.0), ("resume", None), ("restore", None), ("quit", None),
    ]  # fmt: skip


def test_the_menu_follows_a_policy_change_when_it_opens(fake_tray) -> None:
    tray, host = fake_tray
    assert tray.pause_actions[0].isVisible() and tray.quit_action.isVisible()
    host.policy = replace(Settings(), allow_pause=False, allow_quit=False)
    host.restorable = True
    tray._menu_opening()
    assert not any(a.isVisible() for a in tray.pause_actions)
    assert not tray.quit_action.isVisible() and tray.restore_action.isEnabled()
    tray._pause(900)  # a menu built before the change cannot pause either
    assert host.asked == []


def test_the_status_line_says_what_state_the_guard_is_in(fake_tray) -> None:
    tray, host = fake_tray
    assert tray.status_text() == "Protected: dangerous text is blocked"
    assert tray.state is TrayState.PROTECTED
    host.problems = {"keyboard": "no keyboard hook on Wayland " + "x" * 100}
    tray.refresh()
    assert tray.state is TrayState.DEGRADED
    assert tray.status_text().startswith("Partly working: no keyboard hook on Wayland")
    assert len(tray.status_text()) <= len("Partly working: ") + 90  # cut to fit a menu
    host.until = time.monotonic() + 600
    tray.refresh()
    assert tray.state is TrayState.PAUSED and tray.status_text().startswith("Paused until ")
    assert not tray.pause_actions[0].isEnabled() and tray.resume_action.isEnabled()


@pytest.mark.parametrize(("suppressed", "said"), [
    (True, "Stopped a risky paste at "),
    (False, "A risky paste may have gone through at "),
])  # fmt: skip
def test_the_tray_says_stopped_only_when_the_paste_was(
    make_guard, suppressed: bool, said: str
) -> None:
    """A hook or tap that answered too late lets the paste through: the tray must not say stopped."""
    from app.detection.model import Level, PasteTarget, Verdict
    from app.guard.service import PasteWarning, digest

    guard: GuardApp = make_guard()
    verdict = Verdict(Level.MALICIOUS, 90, "A command that downloads and runs a program.")
    guard.tray.warn(PasteWarning(verdict=verdict, target=PasteTarget.TERMINAL, source=None,
                                 window=None, suppressed=suppressed, neutralized=False,
                                 allow_paste_anyway=True, digest=digest("x")))  # fmt: skip
    assert guard.tray.state is TrayState.ATTENTION
    assert guard.tray.status_action.text().startswith(said)


def test_status_gives_the_start_time_to_a_tenth_of_a_millisecond(make_guard) -> None:
    guard: GuardApp = make_guard()
    guard.ready_ms = 1979.9908320001123
    assert guard.status()["ready_ms"] == 1980.0


def test_a_policy_changed_while_the_guard_runs_applies_now_and_is_recorded(
    make_guard, profile: Path
) -> None:
    """Seen with the real app: an administrator changed policy.toml to `mode = "warn"` and
    `allow_paste_anyway = false` while the guard ran; `status` kept saying "block" and the
    old policy applied until a restart (weeks, on a fleet), or until the person happened to
    save their settings. Now the guard reads it again within WATCHDOG_MS of the change and
    the SIEM hears of it; what only a start can change is named."""
    write_policy(profile, 'mode = "block"\n')
    guard: GuardApp = make_guard()
    assert guard.service.settings.mode == "block" and guard.service.settings.allow_paste_anyway
    # the start's rows say what happened (they were "-" in `log`)
    started, applied = guard.store.query(limit=2)
    assert applied.summary == f"The policy {profile / 'policy.toml'} applies"
    assert started.summary.startswith("PasteGuard started (block mode)")
    guard._watch()  # nothing changed: nothing read, nothing recorded
    before = len(guard.store.query(limit=50))
    write_policy(
        profile,
        'mode = "warn"\nallow_paste_anyway = false\nmax_events = 5000\n# a longer file\n',
    )
    guard._watch()
    assert guard.service.settings.mode == "warn" and not guard.service.settings.allow_paste_anyway
    assert guard.store.max_events == 5000 and guard.config.policy_state == "applied"
    (event,) = [e for e in guard.store.query(limit=50) if e.details.get("reloaded")]
    assert event.kind == "policy_applied" and event.details["at_next_start"] == []
    assert event.summary == "The policy changed while PasteGuard ran; it applies now"
    guard._watch()
    assert len(guard.store.query(limit=50)) == before + 1  # read once per change
    write_policy(profile, 'mode = "nonsense"\n# now a mistake\n')
    guard._watch()
    assert guard.config.policy_state.startswith("invalid")
    assert guard.service.settings.mode == "block"  # protection held at its strictest
    assert guard.store.query(limit=1)[0].kind == "policy_invalid"

    (profile / "policy.toml").unlink()
    guard._watch()
    removed = guard.store.query(limit=1)[0]
    assert removed.kind == "policy_applied" and removed.level == "suspicious"
    assert removed.details["state"] == "none" and "policy was removed" in removed.summary


ORG_RULES = """lists:
  block_hosts: [org-lure.example]
rules:
  - id: ORG-TEST-MARKER
    title: The organisation's own marker
    explanation: A word only this folder's rule knows.
    weight: 80
    match:
      any:
        - '\\bzqxmarker\\b'
"""


def test_a_rules_folder_changed_in_the_policy_applies_live(
    make_guard, profile: Path, qtbot: QtBot
) -> None:
    """audit21 left it: a rules folder set in a changed policy waited for the next start (on a
    fleet, weeks). Now it is checked and built on a thread of its own while the rules in use
    go on judging; then its rules and lists are in force and the log says so. A folder that
    does not load is refused whole: the rules in use stay, and the log, `status` and the
    tray say which."""
    rules = profile / "org-rules"
    rules.mkdir()
    (rules / "org.yaml").write_text(ORG_RULES, encoding="utf-8")
    write_policy(profile, 'mode = "block"\n')
    guard: GuardApp = make_guard()
    lure, page = "Thanks! Your ticket number is 4471.", "https://org-lure.example/x"
    copy(guard, lure, source=page)
    assert clipboard_text() == lure  # not listed yet
    write_policy(profile, f'mode = "block"\nrules_dir = "{rules.as_posix()}"\n')
    guard._watch()
    (event,) = [e for e in guard.store.query(limit=50) if e.details.get("reloaded")]
    assert "at the next start" not in event.summary and event.details["at_next_start"] == []
    qtbot.waitUntil(lambda: guard.rules_changing is None, timeout=60_000)
    applied = guard.store.query(limit=1)[0]
    assert (
        applied.summary
        == f"The rules folder changed to {rules.as_posix()}; its rules are in use now."
    )
    assert guard.status()["rules_loading"] is None and "rules" not in guard.degraded()
    copy(guard, lure + " ", source=page)
    assert clipboard_text() == neutral_line("text", guard.service.found_at)  # its list
    assert "ORG-TEST-MARKER" in guard.engine.analyze("echo zqxmarker").rule_ids  # its rule

    broken = profile / "broken-rules"
    broken.mkdir()
    (broken / "bad.yaml").write_text("rules: [this is: not: yaml\n", encoding="utf-8")
    write_policy(profile, f'mode = "block"\nrules_dir = "{broken.as_posix()}"\n')
    guard._watch()
    qtbot.waitUntil(lambda: guard.rules_changing is None, timeout=60_000)
    refused = guard.store.query(limit=1)[0]
    assert refused.kind == "error" and refused.details["applied"] is False
    kept = f"the rules in use until now stay in force (rules folder: {rules.as_posix()})"
    assert refused.summary.startswith(
        f"The rules folder changed to {broken.as_posix()} but is not used; {kept}: "
    )
    assert kept in refused.summary and kept in guard.degraded()["rules"]
    assert "built-in rules protect" not in guard.degraded()["rules"]  # they are not the ones
    assert "ORG-TEST-MARKER" in guard.engine.analyze("echo zqxmarker").rule_ids  # still


SECOND_RULES = """rules:
  - id: ORG-TEST-SECOND
    title: A rule added later
    explanation: A word only the added file knows.
    weight: 80
    match:
      any:
        - '\\bzqxsecond\\b'
"""


def test_a_rule_file_added_to_the_rules_folder_applies_live(
    make_guard, profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """audit22 left it: only a changed rules_dir reloaded; a file added to the same folder was
    read at the next start. The folder is watched (app/guard/rules_watch.py, its own thread;
    driven here one look at a time) and built as a changed folder is: the new rule is read by
    the analysis process (a real one here: the session's shared processes are keyed by folder
    name, not content), and a broken file is refused whole, the rules read before kept."""
    from app.detection import supervisor as analysis
    from tests.ui.conftest import Supervisor  # the real one (make_guard lends shared ones)

    monkeypatch.setattr(analysis, "Supervisor", Supervisor)  # its own, respec'd for real
    rules = profile / "org-rules"
    rules.mkdir()
    (rules / "org.yaml").write_text(ORG_RULES, encoding="utf-8")
    write_policy(profile, f'mode = "block"\nrules_dir = "{rules.as_posix()}"\n')
    guard: GuardApp = make_guard()
    assert "ORG-TEST-MARKER" in guard.engine.analyze("echo zqxmarker").rule_ids
    assert "ORG-TEST-SECOND" not in guard.engine.analyze("echo zqxsecond").rule_ids
    assert not guard.rules_watch.poll() and not guard.rules_watch.poll()  # nothing changed
    (rules / "second.yaml").write_text(SECOND_RULES, encoding="utf-8")
    assert not guard.rules_watch.poll()  # seen once: it may still be being copied in
    assert guard.rules_watch.poll()  # ... held still: built (here, on this thread)
    applied = guard.store.query(limit=1)[0]
    assert applied.summary == f"The rules in {rules.as_posix()} changed; they are in use now."
    assert applied.details["applied"] is True and applied.details["files_changed"] is True
    assert guard.rules_changing is None and "rules" not in guard.degraded()
    assert "ORG-TEST-SECOND" in guard.engine.analyze("echo zqxsecond").rule_ids  # read now

    (rules / "zz-broken.yaml").write_text("rules: [this is: not: yaml\n", encoding="utf-8")
    assert not guard.rules_watch.poll() and guard.rules_watch.poll()
    refused = guard.store.query(limit=1)[0]
    assert refused.kind == "error" and refused.details["applied"] is False
    assert (
        refused.summary.startswith(
            f"The rules in {rules.as_posix()} changed but are not used; the rules read from it "
            "before stay in force: "
        )
        and "zz-broken.yaml" in refused.summary
    )
    assert "the rules read from it before stay in force" in guard.degraded()["rules"]
    assert "ORG-TEST-SECOND" in guard.engine.analyze("echo zqxsecond").rule_ids  # kept


def test_forwarding_targets_changed_in_the_policy_apply_while_the_guard_runs(
    make_guard, profile: Path
) -> None:
    """audit20 left it: new collectors in a changed policy were used only at the next start
    (the event said "at the next start: forward.http"). Now the new sinks start at once (a real
    HTTP collector gets the policy's own event), a removed one stops and what it had not taken
    is said (a changed rules folder: test_a_rules_folder_changed_in_the_policy_applies_live)."""
    from app.events import Event
    from tests.app.forwarding.servers import HttpCollector, Reply, free_port

    first, second = HttpCollector(), HttpCollector()
    try:
        write_policy(profile, 'mode = "block"\n')
        guard: GuardApp = make_guard()
        assert guard.forwarder.sink_names == []
        write_policy(profile, f'mode = "block"\n[[forward.http]]\nurl = "{first.url}/a"\n')
        guard._watch()
        assert guard.forwarder.sink_names == ["http:127.0.0.1"] == guard.store.sinks
        (event,) = [e for e in guard.store.query(limit=50) if e.details.get("reloaded")]
        assert event.summary == ("The policy changed while PasteGuard ran; it applies now; "
                                 "events now go to http:127.0.0.1")  # fmt: skip
        assert event.details["at_next_start"] == [] and event.details["forwarding"] == [
            "http:127.0.0.1"
        ]
        assert guard.forwarder.run_once() == {"http:127.0.0.1": 1}  # the event itself
        assert b"events now go to http:127.0.0.1" in first.requests[0].body

        first.replies.append(Reply(status=503))  # down when the next one comes
        guard.store.append(Event(kind="error", summary="one for the first collector"))
        guard.forwarder.run_once()
        write_policy(profile, f'[[forward.http]]\nurl = "{second.url}/b"\nkind = "webhook"\n'
                              f'[[forward.http]]\nurl = "http://127.0.0.2:{free_port()}/"\n')  # fmt: skip
        guard._watch()
        assert guard.forwarder.sink_names == ["http:127.0.0.1", "http:127.0.0.2"]
        said = guard.store.query(limit=1)[0].summary
        assert "events now go to http:127.0.0.1, http:" in said
        # the same name, a new address: what the first had not taken goes to the second
        assert guard.forwarder.run_once()["http:127.0.0.1"] == 2
        assert [b"one for the first collector" in r.body for r in second.requests] == [True]

        write_policy(profile, 'mode = "block"\n')  # none again
        guard._watch()
        said = guard.store.query(limit=1)[0].summary
        assert "events are no longer sent; no longer to http:127.0.0.1, http:" in said
        assert "it had not confirmed given up" in said  # 127.0.0.2 never took any
        assert guard.forwarder.sink_names == [] == guard.store.sinks
    finally:
        first.close()
        second.close()
