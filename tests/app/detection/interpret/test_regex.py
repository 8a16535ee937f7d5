"""-split and -replace run on RE2's matcher directly: the same pieces as the RE2 binding's own
split() and sub() give, bounded, and a -replace too big to do leaves the reading incomplete."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection.interpret import interpret, regex
from app.detection.interpret.budget import MAX_ITEMS, Budget

PATTERNS = ["(..)", "..", "", "(.)", "x*", "(a)|(b)", "[^a-z]+", "(?i)AB", "(é)", "\\s", "a|"]
TEMPLATES = ["", "$1", "${1}x", "\\n", "$0", "é$1é", "$$", "a\\b", "$2"]
TEXTS = st.text(alphabet="abxAB é-\u4e2d\n6f", max_size=60)


@pytest.fixture
def slow() -> Iterator[None]:
    """The binding's public split() and sub() (what FAST is checked against)."""
    saved = regex.FAST
    regex.FAST = False
    try:
        yield
    finally:
        regex.FAST = saved


def both(fn: object, *args: object) -> tuple[object, object]:
    def run() -> object:
        try:
            return fn(*args)  # type: ignore[operator]
        except IndexError:
            return IndexError

    fast = run()
    saved, regex.FAST = regex.FAST, False
    try:
        return fast, run()
    finally:
        regex.FAST = saved


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, pattern=st.sampled_from(PATTERNS))
def test_split_gives_the_bindings_pieces(text: str, pattern: str) -> None:
    assert regex.FAST, "the RE2 binding lacks the matcher this module uses"
    fast, slow = both(regex.split, text, pattern)
    assert fast == slow


@settings(max_examples=300, deadline=None)
@given(
    text=TEXTS,
    pattern=st.sampled_from(PATTERNS),
    template=st.sampled_from(TEMPLATES),
    case=st.booleans(),
)
def test_replace_gives_the_bindings_text(
    text: str, pattern: str, template: str, case: bool
) -> None:
    fast, slow = both(regex.replace, text, pattern, template, case)
    if template.isascii():
        assert fast == slow
    else:  # the binding turned the template's 'é' into 'Ã©'
        assert fast == slow.replace("Ã©", "é") if isinstance(slow, str) else fast == slow


def test_hex_pairs_and_groups() -> None:
    assert regex.split("6869", "(..)") == ["", "68", "", "69", ""]
    assert regex.split("aXb", "x") == ["a", "b"]  # -split ignores case
    assert regex.replace("i-X-w-r", "-x-", "", case=False) == "iw-r"
    assert regex.replace("ab", "(a)(b)", "$2$1") == "ba"
    assert regex.split("a", "(") is None


def test_offsets_after_characters_beyond_ascii() -> None:
    assert regex.split("é中a中b", "中") == ["é", "a", "b"]
    assert regex.replace("中x中", "x", "é") == "中é中"
    assert regex.split("a\ud800b", "\\x{d800}|b") is not None  # a lone surrogate: no error


def test_a_split_into_more_pieces_than_an_array_holds_keeps_the_first() -> None:
    pieces = regex.split("ab" * 10_000, "(.)")
    assert pieces is not None and len(pieces) == MAX_ITEMS
    assert pieces[:4] == ["", "a", "", "b"]


def test_a_replace_with_too_many_matches_leaves_the_reading_incomplete() -> None:
    with pytest.raises(regex.TooManyMatches):
        regex.replace("ab" * 10_000, "(.)", "$1x")
    result = interpret("$a=('ab'*30000) -replace '(.)','$1'; iex $a", Budget(ms=5000, strict=True))
    assert not result.complete
    small = interpret("$a=('ab'*30) -replace 'b',''; iex $a", Budget(ms=5000, strict=True))
    assert small.complete and "a" * 30 in "\n".join(small.layers)


def test_a_bad_group_in_the_replacement_is_unknown(slow: None) -> None:
    assert regex.replace("ab", "(a)", "$2") is None


def test_long_patterns_are_not_kept() -> None:
    """Attacker text can make a pattern of up to MAX_STRING characters: only short ones (which
    a -replace over an array's items repeats) are kept compiled."""
    before = regex._compiled.cache_info().currsize
    long = "(a)" * 400
    assert regex.split("aaa", long) == ["aaa"]
    assert regex._compiled.cache_info().currsize == before
    assert regex.split("a-b", "-") == ["a", "b"]
    assert regex.compiled("-", False) is regex.compiled("-", False)
