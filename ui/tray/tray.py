"""The tray icon and its menu; where the desktop has no tray, a status window and toasts.

Whether a tray exists is checked once at start (`QSystemTrayIcon.isSystemTrayAvailable`);
`pasteguard status` reports a missing one under `degraded`.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from app import ipc
from app.config import Settings
from app.guard.service import (
    BLOCKED_COMMAND,
    BLOCKED_TEXT,
    LOG_UNREADABLE,
    NOTHING_TO_RESTORE,
    UNWRITTEN,
    ClipboardVerdict,
    PasteWarning,
)
from ui.icons import TrayState, tray_icon
from ui.rule_texts import current_language
from ui.tray.status_window import StatusWindow
from ui.tray.toast import Toast
from ui.warning.wording import summary_text

log = logging.getLogger("pasteguard.tray")

REFRESH_MS = 15_000  # a timed pause ends by itself: the icon follows within this
NOT_DEGRADING = frozenset({"tray"})  # the status window stands in for a missing tray
# The notice when a remote-access tool starts (ui/application.py), translated when shown
REMOTE_ACCESS_ADVICE = (
    "Did someone on the phone or a web page ask you to start it? If you did not call them "
    "yourself, close it and hang up: real support never calls first."
)


class TrayHost(Protocol):
    """What the tray needs of the running guard (ui/application.py GuardApp), and no more."""

    def settings(self) -> Settings:
        """The settings in force now (the policy's allow_pause, allow_quit, ...)."""
        ...

    def paused_until(self) -> float | None:
        """None while protected; else when the pause ends (time.monotonic; inf: never)."""
        ...

    def degraded(self) -> dict[str, str]: ...

    def current(self) -> ClipboardVerdict | None:
        """The verdict on what is on the clipboard now."""
        ...

    def can_restore(self) -> bool:
        """A blocked text is in the guard's memory (never asks the store)."""
        ...

    def pause(self, seconds: float | None) -> None: ...

    def resume(self) -> None: ...

    def restore(self, event_id: int | None) -> tuple[bool, str]:
        """Put a blocked text back (through the warning); what to tell the person."""
        ...

    def open_window(self, name: str) -> None:
        """viewer, settings, learn or about."""
        ...

    def report_page(self) -> tuple[str, str]:
        """ "Report a suspicious page": the title and message to show."""
        ...

    def quit(self) -> None: ...


def tray_state(paused: bool, attention: bool, degraded: dict[str, str]) -> TrayState:
    if paused:
        return TrayState.PAUSED
    if attention:
        return TrayState.ATTENTION
    if set(degraded) - NOT_DEGRADING:
        return TrayState.DEGRADED
    return TrayState.PROTECTED


def pause_end(until: float, now: datetime | None = None) -> str:
    """When a timed pause (`until`, time.monotonic()) ends, as a clock time; with the day's
    short name when that is not today (the guard takes pauses of up to a week)."""
    now = now or datetime.now()
    left = max(0.0, min(until - time.monotonic(), ipc.MAX_PAUSE_SECONDS))
    when = now + timedelta(seconds=left)
    clock = when.strftime("%H:%M")
    if when.date() == now.date():
        return clock
    day = QLocale().dayName(when.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{day} {clock}"


class GuardTray(QObject):
    """The person's handle on the guard, and where its notices appear."""

    def __init__(self, guard: TrayHost, wanted: bool) -> None:
        super().__init__()
        self.guard = guard
        self.wanted = wanted  # False: `run --no-tray`
        self.available = wanted and QSystemTrayIcon.isSystemTrayAvailable()
        self.attention = ""  # what the person may have missed; "" when nothing
        self.state = TrayState.PROTECTED
        self.menu = self._build_menu()
        self.icon: QSystemTrayIcon | None = None
        self.window: StatusWindow | None = None
        self.toast = Toast(restore=self._restore_event)
        if self.available:
            self.icon = QSystemTrayIcon(tray_icon(TrayState.PROTECTED))
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
        elif wanted:
            self.window = StatusWindow(self.menu, lambda: self.guard.open_window("viewer"))
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def _build_menu(self) -> QMenu:
        menu = QMenu()
        menu.setAccessibleName(self.tr("PasteGuard menu"))
        self.status_action = QAction(self.tr("Protected"), menu)
        self.status_action.setEnabled(False)
        menu.addAction(self.status_action)
        menu.addSeparator()
        self.pause_actions: list[QAction] = []
        for label, seconds in (
            (self.tr("Pause for 15 minutes"), 900.0),
            (self.tr("Pause for 1 hour"), 3600.0),
            (self.tr("Pause until restart"), None),
        ):
            action = menu.addAction(label)
            action.triggered.connect(lambda _=False, s=seconds: self._pause(s))
            self.pause_actions.append(action)
        self.resume_action = menu.addAction(self.tr("Resume protection"))
        self.resume_action.triggered.connect(self.guard.resume)
        self.restore_action = menu.addAction(self.tr("Restore the last blocked text"))
        self.restore_action.triggered.connect(lambda: self._restore_event(None))
        menu.addSeparator()
        self.viewer_action = menu.addAction(self.tr("Open the event log"))
        self.viewer_action.triggered.connect(lambda: self.guard.open_window("viewer"))
        self.settings_action = menu.addAction(self.tr("Settings…"))
        self.settings_action.triggered.connect(lambda: self.guard.open_window("settings"))
        self.learn_action = menu.addAction(self.tr("How paste scams work"))
        self.learn_action.triggered.connect(lambda: self.guard.open_window("learn"))
        self.report_page_action = menu.addAction(self.tr("Report a suspicious page…"))
        self.report_page_action.triggered.connect(lambda: self.say(*self.guard.report_page()))
        self.about_action = menu.addAction(self.tr("About PasteGuard"))
        self.about_action.triggered.connect(lambda: self.guard.open_window("about"))
        self.quit_separator = menu.addSeparator()
        self.quit_action = menu.addAction(self.tr("Quit PasteGuard"))
        self.quit_action.triggered.connect(self.guard.quit)
        menu.aboutToShow.connect(self._menu_opening)
        menu.aboutToHide.connect(self._menu_closed)
        return menu

    def retranslate(self) -> None:
        """The interface's language changed while the guard runs: the menu, the status window
        and the notice are built again in it (a Qt widget keeps the words it was given); a
        notice on screen stays up for its time, in the words it came with."""
        old_menu, old_window, old_toast = self.menu, self.window, self.toast
        self.menu = self._build_menu()
        if self.icon is not None:
            self.icon.setContextMenu(self.menu)
        if old_window is not None:
            self.window = StatusWindow(self.menu, lambda: self.guard.open_window("viewer"))
            self.window.setGeometry(old_window.geometry())
            if old_window.isVisible():
                self.window.show()
            old_window.hide()
            old_window.deleteLater()
        self.toast = Toast(restore=self._restore_event)
        if old_toast.isVisible():  # a notice being read stays up for its time, then goes
            old_toast.timer.timeout.connect(old_toast.deleteLater)
        else:
            old_toast.deleteLater()
        old_menu.hide()
        old_menu.deleteLater()
        self.refresh()

    # -- state ------------------------------------------------------------------------------

    def show(self) -> None:
        if self.icon is not None:
            self.icon.show()
        if self.window is not None:
            self.window.show()
        self.timer.start()
        self.refresh()

    def status_text(self) -> str:
        until = self.guard.paused_until()
        if until is not None:
            if until == float("inf"):
                return self.tr("Paused until you resume or restart")
            return self.tr("Paused until {time}").format(time=pause_end(until))
        if self.attention:
            return self.attention
        problems = {k: v for k, v in self.guard.degraded().items() if k not in NOT_DEGRADING}
        if problems:
            key, reason = next(iter(problems.items()))
            if current_language() != "en":
                # the reason is the guard's own English (status and the log keep it): an
                # English clause in a German line ("Eingeschränkt: no window manager is
                # running, …"); what does not work, in words of the interface's language
                reason = self._problem_words(key) or reason
            reason = reason if len(reason) <= 90 else reason[:89] + "…"
            return self.tr("Partly working: {reason}").format(reason=reason)
        modes = {
            "block": self.tr("Protected: dangerous text is blocked"),
            "warn": self.tr("Protected: risky pastes are stopped and explained"),
            "monitor": self.tr("Watching only: pastes are logged, not stopped"),
        }
        return modes.get(self.guard.settings().mode, self.tr("Protected"))

    def _problem_words(self, key: str) -> str:
        """What does not work, by the key of `degraded`, in the interface's language."""
        words = {
            "keyboard": self.tr("the keyboard is not watched, so pastes are not seen as they "
                                "happen"),
            "mouse": self.tr("middle-click pastes are not watched"),
            "window": self.tr("the window in front is not known for certain"),
            "event_log": self.tr("the event log cannot be written as usual"),
            "event_log_changed": self.tr("the event log was changed by another program"),
            "rules": self.tr("a rules folder is not used"),
            "settings": self.tr("the settings or the policy have a problem"),
            "intel": self.tr("your organisation's lists are not all in use"),
            "clipboard_holder": self.tr("the clipboard holder does not work"),
            "clipboard_reader": self.tr("the clipboard reader does not work"),
        }  # fmt: skip
        return words.get(key, "")

    def refresh(self) -> None:
        paused = self.guard.paused_until() is not None
        settings = self.guard.settings()
        self.state = tray_state(paused, bool(self.attention), self.guard.degraded())
        text = self.status_text()
        self.status_action.setText(text)
        for action in self.pause_actions:
            action.setVisible(settings.allow_pause)
            action.setEnabled(not paused)
        self.resume_action.setEnabled(paused)
        # as the pauses: not offered where the policy refuses it (allow_paste_anyway = false)
        self.restore_action.setVisible(settings.allow_paste_anyway)
        self.quit_action.setVisible(settings.allow_quit)
        self.quit_separator.setVisible(settings.allow_quit)
        if self.icon is not None:
            self.icon.setIcon(tray_icon(self.state))
            self.icon.setToolTip(f"PasteGuard: {text}")
        if self.window is not None:
            self.window.update_state(self.state, text)

    def _menu_opening(self) -> None:
        """The menu's first line says what happened; it counts as seen once the menu closes."""
        # the guard's memory, not the store: opening the menu never waits on the event log
        self.restore_action.setEnabled(self.guard.can_restore())
        self.refresh()

    def _menu_closed(self) -> None:
        if self.attention:
            self.attention = ""  # read in the menu's first line
            self.refresh()

    # -- actions ----------------------------------------------------------------------------

    def _pause(self, seconds: float | None) -> None:
        if not self.guard.settings().allow_pause:
            return  # the policy may have changed since the menu was built
        self.guard.pause(seconds)

    def _restore_event(self, event_id: int | None) -> None:
        ok, message = self.guard.restore(event_id)
        if ok:
            self.attention = ""
        self.say(self.tr("PasteGuard"), message)
        self.refresh()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        """A left click opens the menu too (many panels only do that on a right click): its
        first line says what happened, and everything else is one click away."""
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.menu.popup(QCursor.pos())

    # -- notices ----------------------------------------------------------------------------

    def notify(self, title: str, message: str, restore_event_id: int) -> None:
        """A notice from the guard (a block, a remote-access tool): worth the person's eye."""
        log.info("notice: %s - %s", title, message)
        current = self.guard.current()  # the verdict the notice is about
        if (
            current is not None
            # that very text, not a newer one (UNWRITTEN: its event waits for the log)
            and (current.event_id or UNWRITTEN) == restore_event_id
            and title in (BLOCKED_COMMAND, BLOCKED_TEXT)
        ):
            message = summary_text(current.verdict, current.verdict.context.source)
        title = self._translated_title(title)
        message = self._translated_message(message)
        self.attention = title
        self._show_notice(title, message, restore_event_id)
        self.refresh()

    def _translated_title(self, title: str) -> str:
        """The guard's notices come in English from app/; shown in the interface's language."""
        if title == BLOCKED_COMMAND:
            return self.tr("PasteGuard blocked a dangerous command")
        if title == BLOCKED_TEXT:  # a scam text or a sign-in code: no command in it
            return self.tr("PasteGuard took a dangerous text off your clipboard")
        if title.endswith(" just started"):
            return self.tr("{tool} just started").format(tool=title.removesuffix(" just started"))
        return title

    def _translated_message(self, message: str) -> str:
        """The guard's own sentences (app/ speaks English) in the interface's language: they
        were shown in English whatever the language (the remote-access advice, "Nothing to
        restore")."""
        if message == REMOTE_ACCESS_ADVICE:
            return self.tr(
                "Did someone on the phone or a web page ask you to start it? If you did not "
                "call them yourself, close it and hang up: real support never calls first."
            )
        if message == NOTHING_TO_RESTORE:
            return self.tr("Nothing to restore (it may have expired).")
        if message.startswith(LOG_UNREADABLE):
            reason = message.removeprefix(LOG_UNREADABLE)
            return self.tr("The event log cannot be read now: {reason}").format(reason=reason)
        return message

    def say(self, title: str, message: str) -> None:
        """The answer to something the person just did."""
        self._show_notice(title, message, 0)

    def _show_notice(self, title: str, message: str, restore_event_id: int) -> None:
        settings = self.guard.settings()
        if not settings.notifications:
            return
        if not settings.allow_paste_anyway:
            # "To put it back, use the PasteGuard menu" and a "Put it back" button offered
            # what the policy refuses (a policy changed after the notice is still answered)
            restore_event_id = 0
        if self.icon is not None:
            if restore_event_id:
                message += " " + self.tr("To put it back, use the PasteGuard menu.")
            self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Warning, 8000)
        else:
            self.toast.show_message(title, message, restore_event_id)

    def warn(self, warning: PasteWarning) -> None:
        """The warning dialog shows it; the tray only remembers it until seen.

        It says stopped only when the paste really was (a hook or tap that answered too late, or
        a warn-only target, lets the text through: the line must not claim otherwise)."""
        if warning.restore_event is not None:
            return  # the person asked to see a blocked text again: no paste, nothing missed
        time = datetime.now().strftime("%H:%M")
        if warning.suppressed:
            self.attention = self.tr("Stopped a risky paste at {time}").format(time=time)
        else:
            self.attention = self.tr("A risky paste may have gone through at {time}").format(
                time=time
            )
        self.refresh()

    def warning_answered(self) -> None:
        self.attention = ""
        self.refresh()

    def close(self) -> None:
        self.timer.stop()
        self.toast.hide()
        if self.icon is not None:
            self.icon.hide()
        if self.window is not None:
            self.window.hide()
