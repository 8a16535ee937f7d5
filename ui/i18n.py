"""Translations: English is built in (the source strings); others load from ui/translations/.

`ui/translations/pasteguard_<code>.ts` are the sources (made by `make translations`, which runs
pyside6-lupdate and pyside6-lrelease); the compiled `.qm` files are committed beside them so
that a checkout runs without a build step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.config.values import SYSTEM_LANGUAGE
from ui.rule_texts import set_language

TRANSLATIONS = Path(__file__).resolve().parent / "translations"  # pasteguard_<code>.qm
_QT_KEPT: list[QTranslator] = []  # Qt's own strings' translator, alive as long as the app


def shipped() -> list[str]:
    """Codes of the shipped translations, e.g. ["de", "pt-BR", "zh-CN"]."""
    return sorted(p.stem.removeprefix("pasteguard_") for p in TRANSLATIONS.glob("pasteguard_*.qm"))


def available_languages() -> list[tuple[str, str]]:
    """(code, name in that language) of the system choice, English and every translation."""
    found = [(SYSTEM_LANGUAGE, ""), ("en", "English")]
    for code in shipped():
        name = QLocale(code.replace("-", "_")).nativeLanguageName() or code
        found.append((code, name[:1].upper() + name[1:]))
    return found


def resolve(language: str, system: QLocale | None = None) -> str:
    """The shipped language to use for a setting: "system" picks the desktop's, if shipped.

    pt-BR falls back to pt, zh-TW does not fall back to zh-CN (another script), and anything
    not shipped is English.
    """
    codes = set(shipped())
    if language != SYSTEM_LANGUAGE:
        # a chosen code is matched as the desktop's is: "es-419" was English, with Spanish
        # shipped (docs/configuration.md names it), "zh-Hans" too, "pt" and "pt-br" too
        return _match([language], codes)
    locale = system or QLocale.system()
    # most preferred first: "de-CH", "de", "en-US"...
    return _match(list(locale.uiLanguages()), codes)


def _match(preferred: list[str], codes: set[str]) -> str:
    """The first shipped translation that fits the languages asked for, or English."""
    # Chinese in Traditional script, said by any form of the name ("zh-Hant-TW", "zh-TW")
    traditional = any(
        part.lower() in ("hant", "tw", "hk", "mo")
        for name in preferred
        for part in name.replace("_", "-").split("-")
    )
    for name in preferred:
        parts = name.replace("_", "-").split("-")
        lang = parts[0].lower()
        region = next((p.upper() for p in parts[1:] if len(p) == 2), "")
        if lang == "zh":
            candidates = [] if traditional else ["zh-CN"]
        else:
            candidates = [f"{lang}-{region}"] if region else []
            candidates += [lang, *sorted(c for c in codes if c.startswith(lang + "-"))]
        for code in candidates:
            if code in codes:
                return code
        if lang == "en":
            return "en"
    return "en"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load the translation for `language` ("system" or a code) if one is shipped; keep the
    result alive, and install it before any window is built."""
    code = resolve(language)
    set_language("en")
    if code == "en":
        return None
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS / f"pasteguard_{code}.qm")):
        return None
    app.installTranslator(translator)
    _install_qt_strings(app, code)
    set_language(code)
    return translator


def uninstall_translators(app: QCoreApplication, translator: QTranslator | None) -> None:
    """Back to English: take out what `install_translator` put in (tests switch languages)."""
    for installed in [translator, *_QT_KEPT]:
        if installed is not None:
            app.removeTranslator(installed)
    _QT_KEPT.clear()
    set_language("en")


def qt_strings_file(code: str) -> str:
    """Qt's own translation for a shipped language (the Yes/No/Cancel of its standard buttons
    and dialogs): qtbase_de, qtbase_pt_BR, qtbase_zh_CN. The bundle keeps only these."""
    return "qtbase_" + code.replace("-", "_")


def _install_qt_strings(app: QCoreApplication, code: str) -> None:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(qt_strings_file(code), folder):
        app.installTranslator(qt)
        _QT_KEPT.append(qt)
