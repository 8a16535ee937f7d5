"""The PySide6 6.12.0 workaround: thousands of emits and slot calls never free None or True."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QPushButton

from ui.refcounts import SINGLETONS, Keeper, keep_alive


class Chatty(QObject):
    said = Signal(object)


def test_signals_and_slots_leave_none_and_true_counted(qapp: QApplication) -> None:
    keeper = keep_alive(qapp)
    chatty, button = Chatty(), QPushButton()
    chatty.said.connect(lambda value: None)
    button.clicked.connect(lambda: None)
    for _ in range(20_000):  # more than True's count in a fresh interpreter
        chatty.said.emit(1)
        button.click()
    # still alive here; and the keeper (where this PySide6 needs one) restores the counts
    if keeper is not None:
        keeper.top_up()
        counts = [sys.getrefcount(obj) for obj in SINGLETONS]
        assert all(now >= floor for now, floor in zip(counts, keeper.floor, strict=True))


def test_one_keeper_per_application(qapp: QApplication) -> None:
    assert keep_alive(qapp) is keep_alive(qapp)
    assert len(qapp.findChildren(Keeper)) <= 1
