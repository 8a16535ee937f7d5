"""Translations: English is built in (the source strings); others load from ui/translations/."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent / "translations"  # pasteguard_<code>.qm


def available_languages() -> list[tuple[str, str]]:
    """(code, name in that language) of English and every shipped translation."""
    found = [("en", "English")]
    for path in sorted(TRANSLATIONS.glob("pasteguard_*.qm")):
        code = path.stem.removeprefix("pasteguard_")
        name = QLocale(code.replace("-", "_")).nativeLanguageName() or code
        found.append((code, name))
    return found


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load the translation for `language` if one is shipped; keep the result alive."""
    if language == "en":
        return None
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS / f"pasteguard_{language}.qm")):
        return None
    app.installTranslator(translator)
    return translator
