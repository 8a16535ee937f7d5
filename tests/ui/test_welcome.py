"""The first start says what PasteGuard does and how to reach it; later starts do not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.application import GuardApp
from ui.learn import LearnWindow
from ui.welcome import WelcomeWindow


def test_the_first_start_explains_itself_once(make_guard, qtbot: QtBot) -> None:
    guard: GuardApp = make_guard()
    guard.welcome_if_first_run()
    window = guard.windows["welcome"]
    assert isinstance(window, WelcomeWindow) and window.isVisible()
    said = window.body.text()
    assert "stops it and explains why" in said and "nothing you copy leaves" in said
    assert "PasteGuard window stays open" in said  # this test desktop has no tray
    qtbot.mouseClick(window.ok, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    del guard.windows["welcome"]
    guard.welcome_if_first_run()  # the next start
    assert "welcome" not in guard.windows


def test_the_welcome_leads_to_how_paste_scams_work(make_guard, qtbot: QtBot) -> None:
    guard: GuardApp = make_guard()
    guard.welcome_if_first_run()
    window = guard.windows["welcome"]
    assert isinstance(window, WelcomeWindow)
    qtbot.mouseClick(window.learn, Qt.MouseButton.LeftButton)
    assert not window.isVisible() and isinstance(guard.windows["learn"], LearnWindow)
