"""The first start says what PasteGuard does and how to reach it; later starts do not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import write_policy
from ui.application import GuardApp
from ui.learn import LearnWindow
from ui.welcome import WelcomeWindow


def test_the_first_start_explains_itself_once(make_guard, qtbot: QtBot) -> None:
    guard: GuardApp = make_guard()
    guard.welcome_if_first_run()
    window = guard.windows["welcome"]
    assert isinstance(window, WelcomeWindow) and window.isVisible()
    said = window.body.text()
    assert "stops it and explains why" in said and "Nothing you copy leaves" in said
    assert "PasteGuard window stays open" in said  # this test desktop has no tray
    assert window.headline.text() == "PasteGuard is protecting you"
    assert "pause it from its menu" in said  # how to get out of its way, where it is
    qtbot.mouseClick(window.ok, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    del guard.windows["welcome"]
    guard.welcome_if_first_run()  # the next start
    assert "welcome" not in guard.windows


def test_started_without_a_tray_the_welcome_promises_no_window(make_guard) -> None:
    """Under `run --no-tray` the first start said "a small PasteGuard window stays open
    instead": there is neither a tray icon nor a window. It says how to reach it instead."""
    guard: GuardApp = make_guard(use_tray=False)
    assert guard.tray.icon is None and guard.tray.window is None
    guard.welcome_if_first_run()
    window = guard.windows["welcome"]
    assert isinstance(window, WelcomeWindow)
    said = window.body.text()
    assert "window stays open" not in said and "started without a tray icon" in said
    assert "pasteguard viewer" in said
    assert "run pasteguard pause --minutes 15" in said and "its menu" not in said


def test_the_welcome_leads_to_how_paste_scams_work(make_guard, qtbot: QtBot) -> None:
    guard: GuardApp = make_guard()
    guard.welcome_if_first_run()
    window = guard.windows["welcome"]
    assert isinstance(window, WelcomeWindow)
    qtbot.mouseClick(window.learn, Qt.MouseButton.LeftButton)
    assert not window.isVisible() and isinstance(guard.windows["learn"], LearnWindow)


def test_a_managed_computer_is_not_told_that_nothing_leaves_it(make_guard, profile: Path) -> None:
    """With the policy's [forward], flagged text (defanged, secrets removed) goes to the SIEM:
    the welcome said "nothing you copy leaves this computer" all the same. And in monitor
    mode nothing is stopped: it said "it stops it" all the same."""
    write_policy(
        profile,
        'mode = "monitor"\n[forward]\nsyslog = "tcp://127.0.0.1:9"\nheartbeat_minutes = 0\n',
    )
    guard: GuardApp = make_guard()
    guard.welcome_if_first_run()
    window = guard.windows["welcome"]
    assert isinstance(window, WelcomeWindow)
    said = window.body.text()
    assert "leaves this computer" not in said and "security log gets that" in said
    assert "stops it" not in said and "not to stop" in said
    assert "pause" not in said  # nothing is stopped: nothing to pause for
    # nor does its headline promise protection it does not give there
    assert window.headline.text() == "PasteGuard is watching for risky pastes"


def test_where_the_policy_forbids_pausing_the_welcome_does_not_offer_it(
    make_guard, profile: Path
) -> None:
    write_policy(profile, "allow_pause = false\n")
    guard: GuardApp = make_guard()
    guard.welcome_if_first_run()
    window = guard.windows["welcome"]
    assert isinstance(window, WelcomeWindow)
    assert "pause" not in window.body.text() and "stops it" in window.body.text()
