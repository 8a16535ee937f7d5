"""The rules' own words in the language the interface speaks, English when not translated."""

from __future__ import annotations

import logging
from functools import cache

from app.detection.rules import load_translations, translations_dir

log = logging.getLogger("pasteguard.i18n")

_language = ["en"]  # set once by install_translator; read on the Qt thread


def set_language(code: str) -> None:
    _language[0] = code


def current_language() -> str:
    return _language[0]


@cache
def _texts(language: str) -> dict[str, dict[str, str]]:
    folder = translations_dir()
    for name in (language, language.split("-")[0]):
        path = folder / f"{name}.yaml"
        if path.exists():
            texts, errors = load_translations(path)
            for error in errors:
                log.warning("rule translation: %s", error)
            return texts
    return {}


def rule_text(rule_id: str, field: str, language: str, english: str) -> str:
    if language == "en":
        return english
    return _texts(language).get(rule_id, {}).get(field) or english
