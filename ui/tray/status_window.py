"""The small window that stands in for the tray icon on desktops without a tray."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.icons import TrayState, app_icon, tray_icon


class StatusWindow(QWidget):
    """State, the tray's menu behind one button, and the event log one click away."""

    def __init__(self, menu: QMenu, open_log: Callable[[], None]) -> None:
        super().__init__(None)
        self.setWindowTitle(self.tr("PasteGuard"))
        self.setWindowIcon(app_icon())
        self.setAccessibleName(self.tr("PasteGuard status"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        layout.addLayout(top)
        self.icon = QLabel()
        self.icon.setFixedSize(QSize(40, 40))
        top.addWidget(self.icon)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(260)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        self.menu_button = QToolButton()
        self.menu_button.setText(self.tr("Menu"))
        self.menu_button.setAccessibleName(self.tr("PasteGuard menu"))
        self.menu_button.setAccessibleDescription(
            self.tr("Pause, resume, restore a blocked text, settings and help")
        )
        self.menu_button.setMenu(menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.log_button = QPushButton(self.tr("Open the event log"))
        self.log_button.setAccessibleDescription(self.tr("What PasteGuard saw and did"))
        self.log_button.clicked.connect(open_log)
        buttons.addWidget(self.menu_button)
        buttons.addStretch(1)
        buttons.addWidget(self.log_button)
        self.update_state(TrayState.PROTECTED, self.tr("Protected"))

    def update_state(self, state: TrayState, text: str) -> None:
        self.icon.setPixmap(tray_icon(state).pixmap(QSize(40, 40)))
        self.icon.setAccessibleName(text)
        self.text.setText(text)
        self.setWindowTitle(self.tr("PasteGuard: {state}").format(state=text))

    def closeEvent(self, event: QCloseEvent) -> None:
        # the only handle on the guard where there is no tray: closing it must not lose it
        event.ignore()
        self.showMinimized()
