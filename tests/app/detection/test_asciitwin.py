"""asciitwin: an RE2 twin answers as the Python pattern does on ASCII text, or is not made."""

from __future__ import annotations

import re
import sys
import warnings

import pytest
import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection import advancenotice, asciitwin, helpdesk, ownapp
from app.detection.asciitwin import PYTHON_ONLY_FOLDS, finder, rewrite, twin

# every character outside ASCII (no surrogates), once
_NON_ASCII = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_only_the_listed_characters_fold_to_ascii_in_python_alone() -> None:
    only_python: set[str] = set()
    for letter in map(chr, range(ord("a"), ord("z") + 1)):
        python = set(re.findall("(?i)" + letter, _NON_ASCII))
        ours = set(re2.findall("(?i)" + letter, _NON_ASCII))
        assert ours <= python, letter
        only_python |= python - ours
        for c in python:  # and read the other way round, as the twin reads its pattern
            assert re.fullmatch("(?i)" + re.escape(c), letter)
            assert (re2.fullmatch("(?i)" + re.escape(c), letter) is not None) == (c in ours)
    assert only_python == set(PYTHON_ONLY_FOLDS)


PRODUCTION = [
    helpdesk._OWN_CHANNEL,
    ownapp._OWN_CHANNEL,
    advancenotice._LURE_NEEDS,
]

PATTERNS = [
    *PRODUCTION,
    re.compile(r"(?i)\bext\.?\s?\d{3,5}\b|\bself[- ]service\s+portal"),
    re.compile(r"a\sb|c\Sd|[\s,]x|[^\s]y|\w+\W\d\D"),
    re.compile(r"(?i)\bno\s+app\b|k.y|s\.s|[a-c][^d-f]"),
    re.compile(r"^start|\Aalso|\Bmid\B|x{2,3}|y{2}|z{3,}"),
    re.compile("(?i)ſtop|\u212aelvin|caf[ée]|n[°º]" + r"\s*\d"),
    re.compile(r"[\w-]+@[\w.-]+|\[x\]|a\|b|\(\)|\\"),
]

_ASCII = st.text(
    alphabet=st.sampled_from(
        list("abcdeksStxyzABKXY0123456789 -._@[]()|\\,\n\t\r\x0b\x0c\x1c\x1d\x1e\x1f\x00")
    ),
    max_size=40,
)


# ownapp's pattern gained lookaheads in da3cf12 (a site typed by hand, "log in to paypal.com",
# not followed by a path): RE2 has none, so it has no twin and Python answers it, correctly but
# without the speed-up (tests below still compare finder with Python on it)
NO_TWIN = [ownapp._OWN_CHANNEL]


@pytest.mark.parametrize(
    "pattern", [p for p in PATTERNS if p not in NO_TWIN], ids=lambda p: p.pattern[:30]
)
def test_each_pattern_has_a_twin(pattern: re.Pattern[str]) -> None:
    assert twin(pattern) is not None


def test_a_pattern_with_a_lookahead_has_none() -> None:
    for pattern in NO_TWIN:
        assert "(?!" in pattern.pattern
        assert twin(pattern) is None


@settings(max_examples=300, deadline=None)
@given(text=_ASCII)
def test_the_twin_answers_as_python_on_ascii_text(text: str) -> None:
    for pattern in PATTERNS:
        assert finder(pattern)(text) == (pattern.search(text) is not None), pattern.pattern


@pytest.mark.parametrize(
    "text",
    [
        "call the service desk on ext. 4321",
        "x\x0b1234",  # Python's \s has the vertical tab, RE2's does not
        "ext\x1c4321",
        "open a new ticket",
        "SELF SERVICE PORTAL",
        "manage it in the BANK app",
        "call now",
        "kapatmayin",
        "stop",
        "your order #",
        "your order #\n",
        "your order #\n\n",
        "order is \n",
        "NUMARASI",
        "xiy",
        "xay",
        "ab\n",
        "ab\nx",
        "",
    ],
)
def test_known_texts(text: str) -> None:
    for pattern in PATTERNS:
        assert finder(pattern)(text) == (pattern.search(text) is not None), pattern.pattern


def test_non_ascii_text_is_asked_of_python() -> None:
    found = finder(re.compile(r"(?i)kapatmayın"))
    assert found("KAPATMAYIN")  # Python folds the dotless i to I
    assert found("kapatmayın")
    # the same pattern on ASCII: no twin (dotless i), Python's answer
    assert twin(re.compile(r"(?i)kapatmayın")) is None
    assert finder(re.compile(r"(?i)kapatmayın"))("kapatmayin")


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"end$", 0),  # Python's $ also matches before a final newline
        (r"a$b", 0),
        (r"a(?=b)", 0),
        (r"a(?!b)", 0),
        (r"(?<=a)b", 0),
        (r"(a)\1", 0),
        (r"a{,3}", 0),  # {0,3} to Python, a literal to RE2
        (r"a++", 0),
        (r"(?>ab)", 0),
        (r"[[:alpha:]]", 0),
        (r"[^\S]", 0),
        (r"a\Z", 0),
        (r"(?P<name>a)", 0),
        (r"(?x) a b", 0),
        (r"\u0041", 0),
        (r"(?i)ı", 0),
        (r"(?i)[ıi]", 0),
        (r"İ", re.IGNORECASE),
        (r"[а-я]", 0),  # a non-ASCII range
        (r"abc", re.MULTILINE),
        (r"abc", re.DOTALL),
        (r"abc", re.ASCII),
        (r"[abc", 0),
    ],
)
def test_what_is_refused(pattern: str, flags: int) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)  # (a POSIX class: a nested set?)
            compiled = re.compile(pattern, flags)
    except re.error:  # (not Python either)
        assert rewrite(pattern, flags) is None
        return
    assert twin(compiled) is None


def test_dotless_i_is_kept_without_case_folding() -> None:
    assert rewrite("kapatmayın") == "kapatmayın"


def test_spaces_are_pythons() -> None:
    assert rewrite(r"a\sb") == "a[ \\t\\n\\r\\f\\x0b\\x1c-\\x1f]b"
    assert rewrite(r"[\s,]") == "[ \\t\\n\\r\\f\\x0b\\x1c-\\x1f,]"
    assert rewrite(r"\S") == "[^ \\t\\n\\r\\f\\x0b\\x1c-\\x1f]"


def test_no_twin_without_the_bindings_low_level_call(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asciitwin, "_UNANCHORED", None)
    pattern = re.compile("abc")
    assert twin(pattern) is None
    assert finder(pattern)("xabcx")
