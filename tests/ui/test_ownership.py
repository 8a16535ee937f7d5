"""Every widget belongs to Qt or to Python, never both: one owned twice is deleted twice at exit."""

from __future__ import annotations

from PySide6.QtCore import QObject
from shiboken6 import Shiboken

from ui.application import GuardApp


def owned_twice() -> list[str]:
    """Objects Python still owns although Qt gave them a parent (a layout filled too early)."""
    return [
        f"{type(o).__name__} in {type(o.parent()).__name__}"
        for o in Shiboken.getAllValidWrappers()
        if isinstance(o, QObject) and Shiboken.ownedByPython(o) and o.parent() is not None
    ]


def test_no_window_leaves_a_widget_owned_twice(make_guard) -> None:
    guard: GuardApp = make_guard()
    for open_window in (guard.open_viewer, guard.open_settings, guard.open_learn,
                        guard.open_about):  # fmt: skip
        open_window()
    guard.tray.toast.show_message("PasteGuard", "a notice", 1)
    assert owned_twice() == []
