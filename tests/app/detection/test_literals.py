"""The literals a pattern's every match needs, and the guard that runs a pattern only on texts
holding them: no text a pattern matches is ever kept from it."""

from __future__ import annotations

import random

import pytest
import re2

from app.detection.literals import LiteralGuard, requirement
from app.detection.rules import CompiledRules, _match_options, default_rules_dir, load_rules
from app.detection.signals import SIGNALS


def clauses(pattern: str) -> set[frozenset[str]] | None:
    need = requirement(pattern)
    return None if need is None else set(need)


def test_short_literals_count() -> None:
    assert clauses(r"(?:;|&&?|\|\|)\s*&?\s*\$\w+") == {
        frozenset({";", "&", "||"}),
        frozenset({"$"}),
    }
    assert clauses(r"\\\\[a-z0-9.\-]+\\") == {frozenset({"\\\\"}), frozenset({"\\"})}
    # a run of exact pieces is crossed: hh.exe or hh, then the scheme's spellings
    assert clauses(r"\bhh(?:\.exe)?\s+h[tx]{2}ps?:") == {
        frozenset({"hh"}),
        frozenset({f"h{a}{b}p{s}:" for a in "tx" for b in "tx" for s in ("", "s")}),
    }


def test_literals_are_case_folded() -> None:
    assert clauses("Invoke-Expression") == {frozenset({"invoke-expression"})}
    assert clauses("STRASSE|Straße") == {frozenset({"strasse"})}


def test_what_needs_nothing_or_is_read_otherwise_by_python_has_no_requirement() -> None:
    for pattern in [
        r"\w+",  # a large class
        r"(?:abc)*",  # may be absent
        r"abc|\d",  # one branch needs nothing
        r"\pL+abc",  # RE2 syntax Python does not read
        r"[[:alpha:]]abc",  # Python reads a class of [, :, a, l... here
        r"ab{,3}c",  # RE2: the literal 'ab{,3}c'; Python: a, up to three b, c
        "(unclosed",
    ]:
        assert requirement(pattern) is None, pattern


def random_pattern(rng: random.Random, depth: int = 0) -> str:
    pieces = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.35 or depth > 2:
            pieces.append(rng.choice(["a", "b", "K", "s", "ß", "\\$", "\\|", "-", " ", "é"]))
        elif roll < 0.5:
            pieces.append(rng.choice(["[ab]", "[a-c]", "[^a]", "\\s", "\\w", ".", "[kS]"]))
        elif roll < 0.75:
            inner = "|".join(random_pattern(rng, depth + 1) for _ in range(rng.randint(1, 3)))
            pieces.append(f"(?:{inner})")
        else:
            pieces.append(
                random_pattern(rng, depth + 1) and f"(?:{random_pattern(rng, depth + 1)})"
            )
        if rng.random() < 0.3:
            pieces[-1] += rng.choice(["?", "*", "+", "{2}", "{1,3}"])
    return "".join(pieces)


def test_every_text_a_random_pattern_matches_holds_its_literals() -> None:
    rng = random.Random(9)
    alphabet = "abcKkSsſ\u212aßẞéÉ$| -\n"
    checked = 0
    for _ in range(200):
        pattern = random_pattern(rng)
        need = requirement(pattern)
        if need is None:
            continue
        regex = re2.compile(pattern, _match_options())
        for _ in range(25):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
            if regex.search(text):
                folded = text.casefold()
                assert all(any(s in folded for s in c) for c in need), (pattern, text, need)
                checked += 1
    assert checked > 200


@pytest.fixture(scope="module")
def shipped() -> CompiledRules:
    rules, errors = load_rules([default_rules_dir()], SIGNALS)
    assert not errors
    # RE2's prefilters, sets and guard, which the Hyperscan database (when built) would stand
    # in for on ASCII text: test_hsfilter.py holds the database to what these find
    return CompiledRules(rules, hyperscan=False)


def test_re2_folds_no_literal_of_a_shipped_pattern_outside_its_casefold(
    shipped: CompiledRules,
) -> None:
    """The guard looks for case-folded literals in the case-folded text: sound only if every
    character RE2 takes for a literal's character (case-insensitive) has its casefold."""
    chars = sorted({c for p in shipped._patterns for c in p if c.isalpha()})
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    options = _match_options()
    alike = re2.compile("[" + "".join(chars) + "]", options).findall(everything)
    others = "".join(alike)
    assert len(others) > len(chars)  # the other cases were found
    for char in chars:
        for other in re2.compile(re2.escape(char), options).findall(others):
            assert other.casefold() == char.casefold(), (char, other)


def test_the_guard_passes_every_text_a_guarded_pattern_matches(shipped: CompiledRules) -> None:
    assert len(shipped._guarded) > 30  # most patterns with no atom have shorter literals
    rng = random.Random(7)
    alphabet = "aAkKsS\u212a\u017fßσςΣ$|&;:/\\.- \n%!\"'()[]+0123456789xhtpHTPé"
    texts = ["", "http://x", "\\\\host\\share", "a | iex", "x && $y"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 50))) for _ in range(1000)]
    for text in texts:
        data = text.encode()
        got = set(shipped._guard.candidates(data)) if shipped._guard else set()
        for i, matcher in shipped._guarded.items():
            if matcher.Match(data):
                assert i in got, (shipped._patterns[i], text)


def test_a_guard_with_one_pattern() -> None:
    guard = LiteralGuard({3: (frozenset({"$"}), frozenset({";", "&&"}))})
    assert guard.candidates(b"a && $b") == [3]
    assert guard.candidates(b"a && b") == []
    assert guard.candidates(b"") == []
