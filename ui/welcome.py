"""The first-run window: what PasteGuard does, and where to find it afterwards.

Shown once per data folder, when `pasteguard run` first starts; a marker file in the data
folder remembers it. Closing it in any way counts as seen.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.icons import TrayState, app_icon, tray_icon

MARKER = "welcomed"


def first_run(data_dir: Path) -> bool:
    return not (data_dir / MARKER).exists()


def mark_seen(data_dir: Path) -> None:
    with contextlib.suppress(OSError):  # shown again next time: better than failing to start
        (data_dir / MARKER).write_text("1\n", encoding="utf-8")


class WelcomeWindow(QDialog):
    """Three sentences on what it does, where it lives, and two ways on."""

    def __init__(
        self,
        data_dir: Path,
        has_tray: bool,
        open_learn: Callable[[], None],
        parent: QWidget | None = None,
        *,
        forwarded: bool = False,
        monitor_only: bool = False,
        no_tray_asked: bool = False,
        can_pause: bool = True,
    ) -> None:
        """`forwarded`: flagged events go to the organisation's SIEM (the policy's
        [forward]); `monitor_only`: the mode records risky pastes and stops none;
        `no_tray_asked`: started with `run --no-tray`, so neither a tray icon nor a window;
        `can_pause`: the policy lets the person pause it (allow_pause)."""
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("Welcome to PasteGuard"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(520)
        self.setMaximumWidth(640)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        layout.addLayout(top)
        icon = QLabel()
        icon.setPixmap(tray_icon(TrayState.PROTECTED, False).pixmap(QSize(56, 56)))
        icon.setFixedSize(QSize(56, 56))
        icon.setAccessibleName(self.tr("PasteGuard's shield"))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        # monitor mode stops nothing: the headline says what it does there
        self.headline = QLabel(
            self.tr("PasteGuard is watching for risky pastes")
            if monitor_only
            else self.tr("PasteGuard is protecting you")
        )
        self.headline.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.headline.setWordWrap(True)
        top.addWidget(self.headline, 1)
        where = (
            self.tr(
                "Find it as a shield next to the clock: click it for its menu, the event log "
                "and settings. A red shield means it stopped something."
            )
            if has_tray
            else self.tr(
                "PasteGuard was started without a tray icon: run pasteguard viewer for the "
                "event log, and pasteguard status to see how it is doing."
            )
            if no_tray_asked  # it said "a small PasteGuard window stays open": there is none
            else self.tr(
                "This desktop has no tray, so a small PasteGuard window stays open instead: "
                "its menu holds the event log and settings."
            )
        )
        points = [
            self.tr(
                "Some web pages and chats trick people into copying a command and pasting it "
                "into Windows' Run box, a terminal or the browser console."
            ),
            self.tr(
                "PasteGuard checks what you copy and records any paste that could run "
                "something dangerous; on this computer it is set to record them, not to stop "
                "them. Ordinary copying and pasting works as before."
            )
            if monitor_only
            else self.tr(
                "PasteGuard checks what you copy. When a paste would run something dangerous, "
                "it stops it and explains why, in plain words. Ordinary copying and pasting "
                "works as before."
            ),
            # true of this computer: with the policy's [forward], flagged text does leave it
            self.tr(
                "What you copy stays on this computer, except what PasteGuard flags: your IT "
                "team's security log gets that, made safe to read and with secrets such as "
                "passwords and keys removed."
            )
            if forwarded
            else self.tr("Nothing you copy leaves this computer."),
            where,
        ]
        # how to get out of its way for a while (a command they trust): said where it is
        # allowed and where something is stopped at all
        if can_pause and not monitor_only:
            points.append(
                self.tr(
                    "To let pastes through for a while, run pasteguard pause --minutes 15; "
                    "pasteguard resume ends the pause."
                )
                if no_tray_asked and not has_tray
                else self.tr(
                    "To let pastes through for a while, pause it from its menu: for 15 "
                    "minutes, an hour or until it restarts."
                )
            )
        self.body = QLabel(
            "".join(f"<p>{html.escape(point)}</p>" for point in points)
        )  # our own words: no attacker text here
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAccessibleName(self.tr("What PasteGuard does"))
        layout.addWidget(self.body)
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        self.learn = QPushButton(self.tr("&How paste scams work"))
        self.learn.setAccessibleDescription(self.tr("Short illustrated pages on the tricks"))
        self._open_learn = open_learn
        self.learn.clicked.connect(self._learn)
        self.ok = QPushButton(self.tr("Got it"))
        self.ok.setAccessibleDescription(self.tr("Close this window; PasteGuard keeps running"))
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.accept)
        buttons.addWidget(self.learn)
        buttons.addStretch(1)
        buttons.addWidget(self.ok)

    def _learn(self) -> None:
        self.accept()
        self._open_learn()

    def done(self, result: int) -> None:
        mark_seen(self.data_dir)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        mark_seen(self.data_dir)
        super().closeEvent(event)
