"""Which language the windows speak: the desktop's unless set, English when not shipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from ui import i18n
from ui.i18n import available_languages, resolve, shipped

WANTED = {"de", "fr", "es", "pt-BR", "it", "nl", "pl", "tr", "ja", "zh-CN"}


def test_the_ten_languages_are_shipped_and_offered_by_their_own_names(qapp) -> None:
    assert set(shipped()) >= WANTED
    offered = dict(available_languages())
    assert offered["system"] == "" and offered["en"] == "English"
    assert offered["de"] == "Deutsch" and offered["ja"] == "日本語"
    assert offered["pt-BR"].lower().startswith("portugu")


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("de_CH", "de"),  # a region without its own translation: the language's
        ("pt_BR", "pt-BR"),
        ("pt_PT", "pt-BR"),  # the Portuguese there is, rather than English
        ("zh_CN", "zh-CN"),
        ("zh_TW", "en"),  # Traditional Chinese readers do not get Simplified
        ("en_US", "en"),
        ("sv_SE", "en"),  # not shipped
    ],
)
def test_system_follows_the_desktop_locale(qapp, system: str, expected: str) -> None:
    assert resolve("system", QLocale(system)) == expected


def test_a_chosen_language_wins_over_the_desktop(qapp) -> None:
    assert resolve("fr", QLocale("de_DE")) == "fr"
    assert resolve("xx", QLocale("de_DE")) == "en"  # a code nobody translated: English


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        ("es-419", "es"),  # docs/configuration.md's own examples were English
        ("zh-Hans", "zh-CN"),
        ("zh-Hant", "en"),  # Traditional Chinese readers do not get Simplified
        ("zh-tw", "en"),
        ("pt", "pt-BR"),
        ("pt-br", "pt-BR"),
        ("de_AT", "de"),
        ("en-GB", "en"),
        ("sv", "en"),
    ],
)
def test_a_chosen_code_is_matched_as_the_desktops_is(qapp, chosen: str, expected: str) -> None:
    """A policy's `language = "es-419"` (a form docs/configuration.md names) gave English
    with Spanish shipped: only an exact code was looked for."""
    assert resolve(chosen, QLocale("ja_JP")) == expected


@pytest.mark.parametrize(
    ("language", "cancel"), [("de", "Abbrechen"), ("pt-BR", "Cancelar"), ("zh-CN", "取消")]
)
def test_qts_own_buttons_speak_the_chosen_language(qapp, language: str, cancel: str) -> None:
    # the Yes/No/Cancel of a standard dialog (the viewer's "delete these events?") come from
    # Qt's own translation, not ours: without it a German window had English buttons
    from PySide6.QtCore import QCoreApplication

    translator = i18n.install_translator(qapp, language)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    finally:
        i18n.uninstall_translators(qapp, translator)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_bundle_keeps_qts_own_strings_for_exactly_the_shipped_languages() -> None:
    from installer import bundle

    folder = "PySide6/Qt/translations/"
    for code in shipped():
        assert not bundle.drop(folder + i18n.qt_strings_file(code) + ".qm"), code
    for other in ("qtbase_fa", "qtbase_ka", "qtbase_zh_TW", "qtbase_en", "qtmultimedia_de"):
        assert bundle.drop(folder + other + ".qm"), other


def test_every_shipped_language_has_every_string_translated() -> None:
    """A string the app shows arrived "unfinished" in every .ts (the burst's "Versions written"
    heading and the scam text's notice were English in a German window): each is translated."""
    from pathlib import Path

    folder = Path(i18n.__file__).resolve().parent / "translations"
    unfinished = {
        path.name: path.read_text(encoding="utf-8").count('type="unfinished"')
        for path in sorted(folder.glob("pasteguard_*.ts"))
    }
    assert len(unfinished) >= len(WANTED)
    assert not {name: n for name, n in unfinished.items() if n}


def test_the_blocked_notices_speak_the_chosen_language(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    translator = i18n.install_translator(qapp, "de")
    try:
        said = [
            QCoreApplication.translate("GuardTray", title)
            for title in (
                "PasteGuard blocked a dangerous command",
                "PasteGuard took a dangerous text off your clipboard",
            )
        ]
    finally:
        i18n.uninstall_translators(qapp, translator)
    assert said == [
        "PasteGuard hat einen gefährlichen Befehl blockiert",
        "PasteGuard hat einen gefährlichen Text aus Ihrer Zwischenablage genommen",
    ]
