"""Which language the windows speak: the desktop's unless set, English when not shipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

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
