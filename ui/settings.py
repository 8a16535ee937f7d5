"""The settings dialog: what a person may choose, and what the organisation's policy has locked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.config import LockedSettingError, Settings, SettingsError
from app.guard.grants import Grant, Grants
from ui.i18n import available_languages
from ui.icons import app_icon
from ui.list_editor import ListEditor
from ui.live_config import LiveConfig
from ui.theme import css, hint_color, tinted

if TYPE_CHECKING:
    from app.platform.autostart import Autostart

Saved = Callable[[list[str]], None]  # the keys that changed


class Trust(Protocol):
    """The guard's dated trust grants (app.guard.service.GuardService has these)."""

    @property
    def grants(self) -> Grants: ...

    def revoke_trust(self, site: str) -> Grant | None: ...


def system_autostart() -> Autostart | None:
    """This system's login start for the person, when the packaging's module is installed."""
    try:
        from app.platform.autostart import for_this_system
    except ImportError:
        return None
    return for_this_system()


class SettingsDialog(QDialog):
    """Locked keys are shown, disabled, with the reason; saving never touches them."""

    def __init__(
        self,
        live: LiveConfig,
        saved: Saved | None = None,
        autostart: Callable[[], Autostart | None] = system_autostart,
        trust: Trust | None = None,
    ) -> None:
        super().__init__(None)
        self.live = live
        self.trust = trust
        self.saved = saved or (lambda keys: None)
        self.login_start = autostart()
        self.setWindowTitle(self.tr("PasteGuard settings"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(560)
        self.lock_labels: dict[str, QLabel] = {}
        self._build()
        self.load()
        # the policy changed while the dialog is open (the guard reads it every 2 s): what it
        # locks now is shown locked at once; the person's other edits stay as they are
        live.changed.connect(lambda _config, _keys: self._show_locks())

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.mode = QComboBox()
        for label, mode in (
            (self.tr("Block: disarm dangerous text on the clipboard, stop risky pastes"), "block"),
            (self.tr("Warn: stop risky pastes and explain; never change the clipboard"), "warn"),
            (self.tr("Monitor: only keep a log"), "monitor"),
        ):
            self.mode.addItem(label, mode)
        self.notifications = QCheckBox(self.tr("Show notifications"))
        self.sites = ListEditor(self.tr("Trusted sites"), self.tr("docs.example.com"))
        self.installers = ListEditor(
            self.tr("Trusted installers"), self.tr("https://get.example.com/install.sh")
        )
        self.autostart = QCheckBox(self.tr("Start PasteGuard when I sign in"))
        self.retention = QSpinBox()
        self.retention.setRange(1, 36_500)
        self.retention.setSuffix(self.tr(" days"))
        self.language = QComboBox()
        for code, name in available_languages():
            self.language.addItem(name or self.tr("Same as this computer"), code)

        self.mode.setAccessibleDescription(self.tr("What PasteGuard does with risky text"))
        self.notifications.setAccessibleDescription(
            self.tr("Show a notice when PasteGuard blocks something")
        )
        self.retention.setAccessibleDescription(
            self.tr("Events older than this are deleted for good")
        )
        self.language.setAccessibleDescription(self.tr("The language of PasteGuard's windows"))
        self.autostart.setAccessibleDescription(
            self.tr("Start PasteGuard by itself when you sign in to this computer")
        )
        self._row("mode", self.tr("&Protection:"), self.mode)
        self._row("notifications", self.tr("&Notifications:"), self.notifications)
        self._row(
            "trusted_sites",
            self.tr("Trusted &sites:"),
            self.sites,
            self.tr(
                "Suspicious text from these sites is only logged. Dangerous text is always stopped."
            ),
        )
        self._row(
            "trusted_installers",
            self.tr("Trusted &installers:"),
            self.installers,
            self.tr(
                "Install commands that fetch scripts from these https addresses are not flagged."
            ),
        )
        self._grants_row()
        self._autostart_row()
        self._row("retention_days", self.tr("Keep the event &log for:"), self.retention)
        self._row("language", self.tr("&Language:"), self.language)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {css(tinted(self.palette(), '#cf222e', '#ff7b72'))};")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if save is not None:
            save.setAccessibleDescription(self.tr("Save these settings and close"))
        if cancel is not None:
            cancel.setAccessibleDescription(self.tr("Close without changing anything"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _row(self, key: str, text: str, widget: QWidget, help_text: str = "") -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        if help_text:
            hint = QLabel(help_text)
            hint.setWordWrap(True)
            hint.setStyleSheet(f"color: {css(hint_color(self.palette()))};")
            column.addWidget(hint)
            widget.setAccessibleDescription(help_text)
        lock = QLabel()
        lock.setWordWrap(True)
        lock.setStyleSheet(
            f"color: {css(tinted(self.palette(), '#9a6700', '#d29922'))}; font-style: italic;"
        )
        lock.setVisible(False)
        column.addWidget(lock)
        self.lock_labels[key] = lock
        self.form.addRow(label, box)

    def _grants_row(self) -> None:
        """The sites trusted from a warning, for some days or until restart, each with a Revoke
        that ends the trust at once (the Save button is not needed for it)."""
        if self.trust is None:
            return
        self.grants = QTableWidget(0, 4)
        self.grants.setHorizontalHeaderLabels(
            [self.tr("Site"), self.tr("Trusted until"), self.tr("Why"), ""]
        )
        self.grants.verticalHeader().setVisible(False)
        self.grants.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grants.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grants.setWordWrap(True)
        header = self.grants.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.grants.setMaximumHeight(160)
        self.no_grants = QLabel(self.tr("No site is trusted from a warning."))
        label = QLabel(self.tr("Trusted for no&w:"))
        label.setBuddy(self.grants)
        self.grants.setAccessibleName(self.tr("Sites trusted for now"))
        hint_text = self.tr(
            "Sites you trusted from a warning. Suspicious text from them (and their subdomains) "
            "is let through until the date shown; dangerous text is always stopped. Revoke "
            "ends the trust at once."
        )
        self.grants.setAccessibleDescription(hint_text)
        hint = QLabel(hint_text)
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {css(hint_color(self.palette()))};")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.grants)
        column.addWidget(self.no_grants)
        column.addWidget(hint)
        self.form.addRow(label, box)

    def load_grants(self) -> None:
        """Show the grants in force now (read from memory: never a file on this thread)."""
        if self.trust is None:
            return
        grants = sorted(self.trust.grants.all, key=lambda g: g.granted, reverse=True)
        self.grants.setRowCount(len(grants))
        for row, grant in enumerate(grants):
            site = QTableWidgetItem(grant.site)
            site.setToolTip(self.tr("{site} and every address under it").format(site=grant.site))
            self.grants.setItem(row, 0, site)
            self.grants.setItem(row, 1, QTableWidgetItem(self._until(grant)))
            why = QTableWidgetItem(grant.reason)
            why.setToolTip(grant.reason)
            self.grants.setItem(row, 2, why)
            revoke = QPushButton(self.tr("Revoke"))
            revoke.setAccessibleName(self.tr("Revoke trust in {site}").format(site=grant.site))
            revoke.setAccessibleDescription(
                self.tr("Stop trusting {site} now; its text is judged again").format(
                    site=grant.site
                )
            )
            revoke.clicked.connect(lambda _=False, s=grant.site: self.revoke(s))
            self.grants.setCellWidget(row, 3, revoke)
        self.grants.setVisible(bool(grants))
        self.no_grants.setVisible(not grants)

    def event(self, event: QEvent) -> bool:
        # a site trusted from a warning while this window was open, or a grant that ran out,
        # shows when the person comes back to it (a read of memory, never of a file)
        if event.type() == QEvent.Type.WindowActivate:
            self.load_grants()
        return super().event(event)

    def _until(self, grant: Grant) -> str:
        if grant.until is None:
            return self.tr("PasteGuard restarts")
        when = QDateTime.fromSecsSinceEpoch(int(grant.until))
        return QLocale().toString(when, QLocale.FormatType.ShortFormat)

    def revoke(self, site: str) -> None:
        """End the trust in `site` now and show what is left."""
        if self.trust is not None:
            self.trust.revoke_trust(site)
        self.load_grants()

    def _autostart_row(self) -> None:
        if self.login_start is not None:
            self._row("autostart", self.tr("&Autostart:"), self.autostart)
            self.autostart_detail = QLabel()
            self.autostart_detail.setWordWrap(True)
            self.autostart_detail.setStyleSheet(f"color: {css(hint_color(self.palette()))};")
            self.form.addRow("", self.autostart_detail)
            return
        # without the packaging's app.platform.autostart the row says so instead of offering a
        # switch that does nothing
        self.autostart.setEnabled(False)
        self._row(
            "autostart",
            self.tr("&Autostart:"),
            self.autostart,
            self.tr("Comes with the installer: the packaged PasteGuard starts when you sign in."),
        )

    # -- values -----------------------------------------------------------------------------

    def widgets(self) -> dict[str, QWidget]:
        return {
            "mode": self.mode,
            "notifications": self.notifications,
            "trusted_sites": self.sites,
            "trusted_installers": self.installers,
            "retention_days": self.retention,
            "language": self.language,
        }

    def load(self) -> None:
        """Show the settings in force now and which of them are locked."""
        settings = self.live.settings
        self.mode.setCurrentIndex(max(0, self.mode.findData(settings.mode)))
        self.notifications.setChecked(settings.notifications)
        self.sites.set_values(settings.trusted_sites)
        self.installers.set_values(settings.trusted_installers)
        self.retention.setValue(settings.retention_days)
        index = self.language.findData(settings.language)
        if index < 0:
            self.language.addItem(settings.language, settings.language)
            index = self.language.count() - 1
        self.language.setCurrentIndex(index)
        self._load_autostart()
        self.load_grants()
        self._show_locks()
        self.error.setVisible(False)

    def _show_locks(self) -> None:
        """Each locked setting disabled, with the reason beside it; the others free."""
        locks = self.live.locks()
        for key, widget in self.widgets().items():
            reason = locks.get(key)
            if isinstance(widget, ListEditor):
                widget.set_locked(reason is not None)
            else:
                widget.setEnabled(reason is None)
            label = self.lock_labels[key]
            label.setText(self.tr("Locked: {reason}").format(reason=reason) if reason else "")
            label.setVisible(reason is not None)
            widget.setToolTip(reason or "")

    def _load_autostart(self) -> None:
        if self.login_start is None:
            return
        try:
            state = self.login_start.status()
        except OSError as exc:
            self.autostart.setEnabled(False)
            self.autostart_detail.setText(str(exc))
            return
        self.autostart.setChecked(state.enabled)
        self.autostart_detail.setText(state.detail)
        self.autostart.setAccessibleDescription(state.detail)

    def _save_autostart(self) -> bool | None:
        """Turn the login start on or off as ticked; whether it changed (None: it failed)."""
        if self.login_start is None:
            return False
        from app.platform.autostart import launch_command

        try:
            before = self.login_start.status()
            wanted = self.autostart.isChecked()
            if wanted == before.enabled:
                return False
            state = (
                self.login_start.enable(launch_command()) if wanted else self.login_start.disable()
            )
        except OSError as exc:
            self._show_error(
                self.tr("Autostart could not be changed: {reason}").format(
                    reason=exc.strerror or exc
                )
            )
            return None
        self.autostart.setChecked(state.enabled)
        self.autostart_detail.setText(state.detail)
        if state.enabled != wanted:  # an administrator's entry for all users decides
            self._show_error(state.detail)
            return None
        return True

    def chosen(self) -> Settings:
        """The settings as the dialog shows them; locked keys keep the value in force."""
        locks = self.live.locks()
        values = self._shown()
        return replace(self.live.settings, **{k: v for k, v in values.items() if k not in locks})

    def _shown(self) -> dict[str, Any]:
        """The values the dialog's widgets show now, locked or not."""
        return {
            "mode": self.mode.currentData(),
            "notifications": self.notifications.isChecked(),
            "trusted_sites": self.sites.values(),
            "trusted_installers": self.installers.values(),
            "retention_days": self.retention.value(),
            "language": self.language.currentData(),
        }

    def save(self) -> None:
        chosen, shown = self.chosen(), self._shown()
        # a setting the person changed that the policy locked since the dialog opened: not
        # saved (as any locked one), and said, rather than the dialog closing as if it were
        overruled = [k for k, v in shown.items() if v != getattr(chosen, k)]
        try:
            keys = self.live.save(chosen)
        except LockedSettingError as exc:
            self._show_error(str(exc))
            return
        except SettingsError as exc:
            self._show_error(str(exc))
            return
        except OSError as exc:
            self._show_error(
                self.tr("The settings could not be saved: {reason}").format(
                    reason=exc.strerror or exc
                )
            )
            return
        login = self._save_autostart()
        if login:
            keys.append("autostart")
        if keys:
            self.saved(keys)
        if overruled:  # stays open, showing the value in force and the lock beside it
            self.load()
            said = self.tr(
                "Your organisation's policy now sets these; they were not changed: {keys}"
            )
            self._show_error(said.format(keys=", ".join(overruled)))
            return
        if login is not None:
            self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        self.error.setFocus(Qt.FocusReason.OtherFocusReason)
