"""A notification where the desktop has no tray: a small box in a corner that takes no focus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

SHOWN_MS = 8000
MARGIN = 16


class Toast(QFrame):
    """Never steals the keyboard: the person may be typing into the window the lure named."""

    def __init__(self, restore: Callable[[int], None] | None = None) -> None:
        super().__init__(None)
        self.restore = restore
        self.event_id = 0
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setObjectName("toast")
        self.setStyleSheet(
            "QFrame#toast { background: palette(window); border: 1px solid palette(mid); "
            "border-radius: 6px; } QFrame#toast QLabel { color: palette(window-text); }"
        )
        self.setFixedWidth(380)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        layout.addLayout(row)
        row.addStretch(1)
        self.put_back = QPushButton(self.tr("Put it back"))
        self.put_back.setAccessibleDescription(
            self.tr("Put the blocked text back on the clipboard")
        )
        self.put_back.clicked.connect(self._restore)
        self.dismiss = QPushButton(self.tr("Dismiss"))
        self.dismiss.setAccessibleDescription(self.tr("Close this notice"))
        self.dismiss.clicked.connect(self.hide)
        row.addWidget(self.put_back)
        row.addWidget(self.dismiss)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)

    def show_message(self, title: str, message: str, restore_event_id: int = 0) -> None:
        self.title.setText(title)
        self.message.setText(message)
        self.setAccessibleName(title)
        self.setAccessibleDescription(message)
        self.event_id = restore_event_id
        self.put_back.setVisible(bool(restore_event_id) and self.restore is not None)
        self.adjustSize()
        self._place()
        self.show()
        self.timer.start(SHOWN_MS)

    def _place(self) -> None:
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.move(area.right() - self.width() - MARGIN, area.bottom() - self.height() - MARGIN)

    def _restore(self) -> None:
        # hidden first: the guard's answer (the warning is up, or the policy forbids it)
        # comes back into this notice, and hiding after it hid the answer
        self.hide()
        if self.restore is not None and self.event_id:
            self.restore(self.event_id)
