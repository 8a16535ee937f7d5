"""Every control a person can reach says what it is and what it does, for screen readers."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.conftest import MALICIOUS, PAGE, copy, press_paste, write_policy
from ui.application import GuardApp

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView, QTextEdit)


def unnamed(window: QWidget) -> list[str]:
    """Controls in `window` whose accessible name or description is empty."""
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget.parent(), CONTROLS):
            continue  # a part of a control (a spin box's line edit, a view's viewport)
        face = QAccessible.queryAccessibleInterface(widget)
        assert face is not None
        name = face.text(QAccessible.Text.Name)
        description = face.text(QAccessible.Text.Description)
        if not name.strip() or not description.strip():
            label = name or widget.objectName() or type(widget).__name__
            missing.append(f"{type(widget).__name__} {label!r}: name={bool(name.strip())} "
                           f"description={bool(description.strip())}")  # fmt: skip
    return missing


def _windows(guard: GuardApp, qtbot: QtBot) -> dict[str, QWidget]:
    copy(guard, MALICIOUS, PAGE)
    press_paste(guard)
    qtbot.waitUntil(guard.warning.isVisible, timeout=2000)
    found: dict[str, QWidget] = {"warning": guard.warning}
    guard.open_settings()
    guard.open_viewer()
    guard.open_learn()
    guard.welcome_if_first_run()
    for name in ("settings", "viewer", "learn", "welcome"):
        found[name] = guard.windows[name]
    if guard.tray.window is not None:
        found["status window"] = guard.tray.window
    found["toast"] = guard.tray.toast
    return found


@pytest.mark.parametrize(
    "window", ["warning", "settings", "viewer", "learn", "welcome", "status window", "toast"]
)
def test_every_control_has_an_accessible_name_and_description(
    make_guard, qtbot: QtBot, profile, window: str
) -> None:
    write_policy(profile, 'mode = "warn"\n')
    guard: GuardApp = make_guard()
    windows = _windows(guard, qtbot)
    # Offscreen there is no system tray, so the status window always stands in for it: a
    # missing one is a fault to see, not a case to pass over.
    assert window in windows, f"no {window} was shown"
    windows[window].show()
    missing = unnamed(windows[window])
    assert missing == [], "\n".join(missing)
