"""Rules written in another script run only for texts holding that script, and every text
still reaches every rule that can match it (the gate never changes a hit)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.detection.rules import CompiledRules, Rule, default_rules_dir, load_rules
from app.detection.scriptgate import file_pages, required_pages, text_pages
from app.detection.signals import SIGNALS

CASES = Path(__file__).parents[2] / "data" / "cases"


def rule(rule_id: str, *patterns: str) -> Rule:
    return Rule(rule_id, "t", "e", "T1204.004", 10, any=patterns)


RULES = [
    rule("GREEK", r"ο\s+υπολογιστής\s+σας"),
    rule("THAI", "(?:คอมพิวเตอร์|บัญชี)ของคุณ"),
    rule("HINDI", r"(?:आपका|आपकी)\s+कंप्यूटर"),
    rule("CYRILLIC", "(?:ваш|ваша)\\s+(?:компьютер|пк)"),
    rule("MIXED", r"(?:\bcall\s+now|позвоните|โทร)"),  # an English branch: never gated
    rule("ASCII", r"\bcall\s+now\b"),
]

TEXTS = [
    "ΠΡΟΣΟΧΗ! Ο ΥΠΟΛΟΓΙΣΤΉΣ ΣΑΣ έχει κλειδωθεί",  # upper case meets a lower-case rule
    "Ο υπολογιστής σας έχει κλειδωθεί",
    "คอมพิวเตอร์ของคุณถูกล็อก โทร 02-123-4567",
    "चेतावनी! आपका कंप्यूटर लॉक हो गया है",
    "ВАШ КОМПЬЮТЕР заблокирован, позвоните",
    "please call now: ваш пк and Ο υπολογιστής σας and บัญชีของคุณ and आपकी कंप्यूटर",
    "call now 1-800-555-0100",
    "Ο υπολογιστής σας µ",  # a micro sign, RE2's case partner of Greek mu
    "",
]


def plain_hits(compiled: CompiledRules, text: str) -> frozenset[int]:
    """What a search with every pattern on its own finds: the hits without any prefilter."""
    data = text.encode("utf-8", "replace")
    return frozenset(i for i in range(len(compiled._regex)) if compiled.regex(i).search(data))


def rules_hit(compiled: CompiledRules, text: str) -> set[str]:
    hits, finished = compiled.hits(text)
    assert finished
    return {r.id for r in compiled.pattern_rules if compiled.rule_matches(r, hits)}


def test_a_pattern_in_one_script_needs_that_script() -> None:
    assert required_pages(r"ο\s+υπολογιστής") == frozenset({0x03})
    assert required_pages("(?:ваш|ваша)\\s+пк") == frozenset({0x04})
    assert required_pages("(?:ваш|ο)\\s+x") == frozenset({0x03, 0x04})


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bcall|позвоните",  # one branch is English
        r"(?:ваш)?\s+pc",  # optional
        "[aб]{3}",  # a class with an ASCII letter
        "\u212a\u212a\u212a",  # Kelvin signs match 'k' case-insensitively
        "\u017fcam",  # a long s matches 's'
        r"\p{Greek}+",  # RE2 syntax Python does not read
        "plain ascii",
    ],
)
def test_a_pattern_that_may_match_ascii_is_not_gated(pattern: str) -> None:
    assert required_pages(pattern) is None


def test_text_pages_include_case_partners() -> None:
    assert text_pages(b"plain") == frozenset()
    assert 0x03 in text_pages("µ".encode())  # micro sign: Greek mu is its upper-case partner
    assert text_pages("\u2126x".encode()) == frozenset({0x03, 0x21})  # Ohm sign: omega


def test_each_script_reaches_its_rules_and_a_mixed_text_reaches_all() -> None:
    compiled = CompiledRules(RULES)
    assert len(compiled._gated) == 4  # Greek, Thai, Hindi, Cyrillic behind their own filters
    assert rules_hit(compiled, TEXTS[0]) == {"GREEK"}
    assert rules_hit(compiled, TEXTS[2]) == {"THAI", "MIXED"}
    assert rules_hit(compiled, TEXTS[3]) == {"HINDI"}
    assert rules_hit(compiled, TEXTS[4]) == {"CYRILLIC", "MIXED"}
    assert rules_hit(compiled, TEXTS[5]) == {"GREEK", "THAI", "HINDI", "CYRILLIC", "MIXED", "ASCII"}
    assert rules_hit(compiled, TEXTS[6]) == {"MIXED", "ASCII"}
    for text in TEXTS:
        assert compiled.hits(text)[0] == plain_hits(compiled, text), text


def test_gated_rules_in_a_long_text_are_found_in_every_chunk() -> None:
    compiled = CompiledRules(RULES)
    text = "x " * 70_000 + TEXTS[3] + " y" * 40_000 + TEXTS[1]
    assert rules_hit(compiled, text) == {"GREEK", "HINDI"}


def test_the_shipped_rules_hit_as_plain_searches_do_on_every_scam_case() -> None:
    rules, errors = load_rules([default_rules_dir()], SIGNALS)
    assert not errors
    compiled = CompiledRules(rules)
    lines = (CASES / "scamtext.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    assert sum(not t.isascii() for t in texts) > 50
    for text in [*texts, *TEXTS]:
        assert compiled.hits(text)[0] == plain_hits(compiled, text), text
    # the added languages' scam rules are gated (made with the Hyperscan database for the first
    # text outside ASCII, rules._finish)
    assert compiled._gated


def test_a_rule_files_kept_reading_is_what_the_patterns_say() -> None:
    rules, _ = load_rules([default_rules_dir()], SIGNALS)
    path = default_rules_dir() / "41-scam-calls.yaml"
    mine = {p for r in rules if r.source.startswith(str(path)) for p in (*r.all, *r.any, *r.none)}
    kept = file_pages(path)
    assert kept and set(kept) == {p for p in mine if not p.isascii()}
    for pattern, pages in kept.items():
        assert pages == (sorted(need) if (need := required_pages(pattern)) else None)


def test_a_text_of_many_distinct_characters_is_read_whole_with_bounded_memory() -> None:
    from app.detection import scriptgate

    text = "".join(chr(c) for c in range(0x3400, 0x3400 + 70_000) if not 0xD800 <= c < 0xE000)
    pages = text_pages(text.encode("utf-8"))
    assert {0x34, 0x4E, 0x9F, 0xAC, 0xFF} <= pages  # CJK, Hangul, forms: every page is seen
    assert len(scriptgate._char_pages) <= scriptgate._KNOWN_CHARS
    assert text_pages("ΑΒΓ".encode()) == frozenset({0x03})  # read again after forgetting


def test_a_long_text_is_not_sorted_by_script_and_reaches_every_gate() -> None:
    from app.detection.scriptgate import PAGES_READ

    long = ("x" * PAGES_READ + "é").encode()
    pages = text_pages(long)
    assert {0x03, 0x04, 0x09, 0x0E} <= pages  # Greek, Cyrillic, Devanagari, Thai gates all run
    assert text_pages(b"x" * (PAGES_READ + 1)) == frozenset()  # ASCII: no gate can match
    compiled = CompiledRules(RULES)
    assert rules_hit(compiled, "x " * PAGES_READ + TEXTS[0]) == {"GREEK"}
