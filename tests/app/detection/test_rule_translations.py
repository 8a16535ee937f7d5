"""Every rule speaks every language of the interface: a new rule must bring its words.

The warning explains each finding with its rule's title, explanation and action. A rule with no
words in resources/rules/i18n/<language>.yaml is shown in English, so a German or Japanese
person would read a half-English warning. These tests list what is missing, by rule and field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

from app.detection.engine import Engine
from app.detection.rules import TRANSLATED_FIELDS, Rule, load_translations, translations_dir

# The ten languages the interface speaks besides English (ui/i18n, tests/ui/test_i18n.py).
LANGUAGES = ("de", "fr", "es", "pt-BR", "it", "nl", "pl", "tr", "ja", "zh-CN")

_FIELD = re.compile(r"\{[^{}]*\}")  # a format field such as {host}


def _english(rule: Rule) -> dict[str, str]:
    """The person-facing fields a rule has (an empty action is never shown)."""
    return {f: getattr(rule, f) for f in TRANSLATED_FIELDS if getattr(rule, f).strip()}


def _missing(rules: Sequence[Rule], texts: dict[str, dict[str, str]]) -> list[str]:
    """`rule.field` for every person-facing field a language has no words for."""
    return [
        f"{rule.id}.{field}"
        for rule in rules
        for field in _english(rule)
        if not texts.get(rule.id, {}).get(field)
    ]


def _wrong_placeholders(rules: Sequence[Rule], texts: dict[str, dict[str, str]]) -> list[str]:
    """Translated fields whose format fields ({host}) differ from the English one's."""
    wrong = []
    for rule in rules:
        for field, english in _english(rule).items():
            translated = texts.get(rule.id, {}).get(field)
            if translated is not None and sorted(_FIELD.findall(translated)) != sorted(
                _FIELD.findall(english)
            ):
                wrong.append(f"{rule.id}.{field}: {translated!r}")
    return wrong


def _texts(language: str, engine: Engine) -> dict[str, dict[str, str]]:
    texts, errors = load_translations(translations_dir() / f"{language}.yaml", engine.rules.rules)
    assert errors == [], [str(e) for e in errors]
    return texts


def test_the_ten_languages_each_have_a_rule_file() -> None:
    shipped = {p.stem for p in translations_dir().glob("*.yaml")}
    assert shipped == set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_rule_has_every_field_in_every_language(engine: Engine, language: str) -> None:
    missing = _missing(engine.rules.rules, _texts(language, engine))
    assert missing == [], f"{language}: {len(missing)} rule texts are only in English: {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_rule_text_is_the_english_copied_over(engine: Engine, language: str) -> None:
    """Copying the English in would silence the coverage test and still show English."""
    texts = _texts(language, engine)
    copied = [
        f"{rule.id}.{field}"
        for rule in engine.rules.rules
        for field, english in _english(rule).items()
        if texts.get(rule.id, {}).get(field) == " ".join(english.split())
    ]
    assert copied == [], f"{language}: English copied in as a translation: {copied}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_name_only_real_rules_and_fields_english_has(
    engine: Engine, language: str
) -> None:
    """A renamed or removed rule leaves no orphan words behind, and no action is invented."""
    known = {rule.id: rule for rule in engine.rules.rules}
    document, errors = load_translations(translations_dir() / f"{language}.yaml")
    assert errors == []
    orphans = sorted(set(document) - set(known))
    assert orphans == [], f"{language}: words for rules that do not exist: {orphans}"
    extra = [
        f"{rule_id}.{field}"
        for rule_id, fields in document.items()
        for field in fields
        if field not in _english(known[rule_id])
    ]
    assert extra == [], f"{language}: fields the English rule does not have: {extra}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_english_placeholders(engine: Engine, language: str) -> None:
    wrong = _wrong_placeholders(engine.rules.rules, _texts(language, engine))
    assert wrong == [], f"{language}: placeholders differ from the English: {wrong}"


def test_the_checks_catch_a_rule_without_words_and_a_lost_placeholder(engine: Engine) -> None:
    """The checks above are not vacuous: a new rule with no words is listed field by field, and
    a translated action that drops or renames {host} is reported."""
    texts = _texts("de", engine)
    new = Rule(id="PG-NEW-RULE", title="t", explanation="e", technique="", weight=1, action="")
    assert _missing([*engine.rules.rules, new], texts) == [
        "PG-NEW-RULE.title",
        "PG-NEW-RULE.explanation",
    ]
    sends = Rule(
        id="PG-SENDS", title="t", explanation="e", technique="", weight=1, action="send to {host}"
    )
    for action in ("an einen Fremden senden", "an {Host} senden", "an {host} und {host} senden"):
        said = {"PG-SENDS": {"title": "t", "explanation": "e", "action": action}}
        assert _missing([sends], said) == []
        assert _wrong_placeholders([sends], said) == [f"PG-SENDS.action: {action!r}"]
    good = {"PG-SENDS": {"title": "t", "explanation": "e", "action": "an {host} senden"}}
    assert _wrong_placeholders([sends], good) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_rules_with_their_own_english_title_have_their_own_translated_one(
    engine: Engine, language: str
) -> None:
    """A rule split from another (the redirect acts: the hosts file, a proxy script, DNS
    servers, a web proxy) says what it does itself: its words copied from the rule it came from
    would tell a German reader of a DNS change about the hosts file."""
    texts = _texts(language, engine)
    seen: dict[str, tuple[str, str]] = {}
    shared = []
    for rule in engine.rules.rules:
        translated = texts.get(rule.id, {}).get("title")
        if not translated:
            continue
        other = seen.setdefault(translated, (rule.id, rule.title))
        if other[1] != rule.title:
            shared.append(f"{other[0]} and {rule.id}: {translated!r}")
    assert shared == [], f"{language}: one translated title for different rules: {shared}"
