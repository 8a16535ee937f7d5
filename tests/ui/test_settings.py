"""The settings dialog: saves what the person may choose, shows and keeps what the policy locks."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.config import HELD_REASON, POLICY_REASON
from app.config.policy import USER_GATED
from tests.ui.conftest import write_policy
from ui.application import GuardApp
from ui.live_config import LiveConfig
from ui.settings import SettingsDialog


def saved_file(profile: Path) -> dict[str, object]:
    path = profile / "config" / "settings.toml"
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def dialog_for(qtbot: QtBot, profile: Path) -> tuple[SettingsDialog, LiveConfig]:
    live = LiveConfig(profile / "config", profile / "data")
    dialog = SettingsDialog(live)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, live


def test_it_shows_the_settings_in_force(qtbot: QtBot, profile: Path) -> None:
    write_policy(profile, '[defaults]\nmode = "warn"\nretention_days = 30\n')
    dialog, _ = dialog_for(qtbot, profile)
    assert dialog.mode.currentData() == "warn" and dialog.retention.value() == 30
    assert dialog.notifications.isChecked() and dialog.language.currentData() == "system"
    # only what a policy reserves unless its [allow_user] permits it (app.config.policy)
    shown = {key for key, label in dialog.lock_labels.items() if label.isVisible()}
    assert shown <= set(USER_GATED)


def test_saving_writes_the_persons_choices_and_the_guard_applies_them(
    make_guard, qtbot: QtBot, profile: Path
) -> None:
    guard: GuardApp = make_guard()
    guard.open_settings()
    dialog = guard.windows["settings"]
    assert isinstance(dialog, SettingsDialog)
    dialog.mode.setCurrentIndex(dialog.mode.findData("warn"))
    dialog.notifications.setChecked(False)
    qtbot.keyClicks(dialog.sites.entry, "Docs.Example.com")
    qtbot.keyClick(dialog.sites.entry, Qt.Key.Key_Return)  # adds; must not press Save
    assert dialog.isVisible() and dialog.sites.values() == ("Docs.Example.com",)
    dialog.retention.setValue(30)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert saved_file(profile) == {
        "version": 1,
        "mode": "warn",
        "notifications": False,
        "trusted_sites": ["docs.example.com"],
        "retention_days": 30,
    }
    assert guard.service.settings.mode == "warn" and not guard.service.settings.notifications
    assert guard.service.settings.trusted_sites == ("docs.example.com",)
    assert guard.store.retention_days == 30
    event = guard.store.query(limit=1)[0]
    assert event.kind == "settings_changed"
    assert set(event.details["keys"]) == {"mode", "notifications", "trusted_sites",
                                          "retention_days"}  # fmt: skip


def test_a_language_chosen_here_applies_when_saved(make_guard, qtbot: QtBot, profile: Path) -> None:
    """The dialog said "from the next start"; now Save closes it and the guard's windows and
    menu speak the chosen language; opened again, the dialog does too."""
    from PySide6.QtWidgets import QApplication

    from ui.i18n import uninstall_translators

    guard: GuardApp = make_guard()
    try:
        guard.open_settings()
        dialog = guard.windows["settings"]
        assert isinstance(dialog, SettingsDialog)
        assert "next start" not in dialog.language.accessibleDescription()
        dialog.language.setCurrentIndex(dialog.language.findData("ja"))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        assert not dialog.isVisible() and saved_file(profile)["language"] == "ja"
        qtbot.waitUntil(lambda: "settings" not in guard.windows)  # built again when opened
        assert guard.tray.viewer_action.text() != "Open the event log"
        guard.open_settings()
        again = guard.windows["settings"]
        assert again is not dialog and again.windowTitle() != dialog.windowTitle()
    finally:
        uninstall_translators(QApplication.instance(), guard.translator)  # type: ignore[arg-type]


def test_locked_keys_are_shown_locked_with_the_reason_and_cannot_be_changed(
    qtbot: QtBot, profile: Path
) -> None:
    write_policy(profile, 'mode = "block"\ntrusted_sites = ["intranet.example"]\n')
    dialog, live = dialog_for(qtbot, profile)
    assert not dialog.mode.isEnabled()
    assert not dialog.sites.list.isEnabled() and not dialog.sites.add.isEnabled()
    for key in ("mode", "trusted_sites"):
        label = dialog.lock_labels[key]
        assert label.isVisible() and label.text() == f"Locked: {POLICY_REASON}"
    assert dialog.notifications.isEnabled() and not dialog.lock_labels["notifications"].isVisible()
    # even a value forced into a disabled widget is not saved
    dialog.mode.setCurrentIndex(dialog.mode.findData("monitor"))
    dialog.sites.list.addItem("evil.example")
    dialog.notifications.setChecked(False)
    dialog.save()
    assert saved_file(profile) == {"version": 1, "notifications": False}
    assert live.settings.mode == "block" and live.settings.trusted_sites == ("intranet.example",)


def test_a_lock_that_comes_while_the_dialog_is_open_is_shown_and_said_at_save(
    qtbot: QtBot, profile: Path
) -> None:
    """The administrator locked `mode` while the person had the dialog open and had picked
    "Monitor": Save closed the dialog as if it were done, and the guard went on blocking. Now
    the lock shows as it comes (the guard reads the policy again) and Save says what the policy
    kept; the rest is saved."""
    write_policy(profile, "# nothing locked yet\n")
    dialog, live = dialog_for(qtbot, profile)
    assert dialog.mode.isEnabled()
    dialog.mode.setCurrentIndex(dialog.mode.findData("monitor"))
    dialog.notifications.setChecked(False)
    write_policy(profile, 'mode = "block"\n')
    live.reload()  # the guard's watchdog, within 2 s
    assert not dialog.mode.isEnabled() and dialog.lock_labels["mode"].isVisible()
    dialog.save()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "policy now sets these; they were not changed: mode" in dialog.error.text()
    assert dialog.mode.currentData() == "block" and live.settings.mode == "block"
    assert not live.settings.notifications  # the rest was saved


def test_an_invalid_policy_holds_protection_and_says_why(qtbot: QtBot, profile: Path) -> None:
    write_policy(profile, 'mode = "nonsense"\n')
    dialog, _ = dialog_for(qtbot, profile)
    assert not dialog.mode.isEnabled() and not dialog.notifications.isEnabled()
    assert dialog.lock_labels["mode"].text() == f"Locked: {HELD_REASON}"


def test_a_bad_value_is_refused_with_the_reason_and_nothing_is_saved(
    qtbot: QtBot, profile: Path
) -> None:
    dialog, _ = dialog_for(qtbot, profile)
    dialog.installers.list.addItem("http://plain-http.example/install.sh")
    dialog.save()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "https://" in dialog.error.text()
    assert saved_file(profile) == {}


def test_escape_cancels(qtbot: QtBot, profile: Path) -> None:
    dialog, _ = dialog_for(qtbot, profile)
    dialog.notifications.setChecked(False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and saved_file(profile) == {}


def test_autostart_is_switched_for_this_person(qtbot: QtBot, profile: Path) -> None:
    dialog, _ = dialog_for(qtbot, profile)
    entry = profile / "xdg-home" / "autostart" / "pasteguard.desktop"
    assert dialog.autostart.isEnabled() and not dialog.autostart.isChecked()
    assert dialog.autostart_detail.text() == "does not start at login"
    dialog.autostart.setChecked(True)
    dialog.save()
    assert not dialog.isVisible() and "Exec=" in entry.read_text(encoding="utf-8")
    again, _ = dialog_for(qtbot, profile)
    assert again.autostart.isChecked() and str(entry) in again.autostart_detail.text()
    again.autostart.setChecked(False)
    again.save()
    assert not entry.exists()


def test_an_administrators_login_entry_cannot_be_switched_off_here(
    qtbot: QtBot, profile: Path
) -> None:
    system = profile / "xdg-system" / "autostart"
    system.mkdir(parents=True)
    (system / "pasteguard.desktop").write_text("[Desktop Entry]\nType=Application\nExec=pg\n")
    dialog, _ = dialog_for(qtbot, profile)
    assert dialog.autostart.isChecked()
    assert dialog.autostart_detail.text() == "starts at login for every user of this computer"


def test_without_the_packaging_module_autostart_is_a_placeholder(
    qtbot: QtBot, profile: Path
) -> None:
    dialog = SettingsDialog(LiveConfig(profile / "config", profile / "data"),
                            autostart=lambda: None)  # fmt: skip
    qtbot.addWidget(dialog)
    assert not dialog.autostart.isEnabled()
    assert "installer" in dialog.autostart.accessibleDescription()


def test_every_field_has_a_name_for_screen_readers(qtbot: QtBot, profile: Path) -> None:
    dialog, _ = dialog_for(qtbot, profile)
    for widget in dialog.widgets().values():
        assert widget.accessibleName()
    assert dialog.sites.list.accessibleName() == "Trusted sites"


def test_hints_and_locks_are_readable_in_light_and_dark_themes(qtbot: QtBot, profile: Path) -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    from tests.ui.contrast import dark_palette, rendered_contrast

    write_policy(profile, '[locked]\nmode = "warn"\n')
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    try:
        for palette in (light, dark_palette()):
            app.setPalette(palette)  # the desktop's theme, before the window is built
            dialog, _ = dialog_for(qtbot, profile)
            hints = [label for label in dialog.findChildren(QLabel)
                     if label.isVisible() and "color" in label.styleSheet()]  # fmt: skip
            assert len(hints) >= 3  # the two hints and the lock
            for label in hints:
                assert rendered_contrast(label) >= 4.5, label.text()
            dialog.close()
    finally:
        app.setPalette(light)
