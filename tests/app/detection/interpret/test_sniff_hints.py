"""The cheap looks that come before the sniffer's regular expressions never skip a match."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection.interpret import sniff

# the characters the patterns are made of, and a few words they look for
PIECES = st.sampled_from(
    [".", "..", "(", ")", "[", "|", " ", "\t", "\n", "\u2003", ";", "&", "{", "1", "-", "=",
     "$", "a", "_", "ver", "esrever", "::", "rts", "x"]
)  # fmt: skip
TEXTS = st.lists(PIECES, max_size=24).map("".join)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_a_dot_source_always_holds_a_dot_before_a_parenthesis(text: str) -> None:
    if sniff._DOT_SOURCE.search(text):
        assert sniff._DOT_PAREN.search(text)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_a_backward_hint_always_holds_its_words(text: str) -> None:
    if sniff._BACKWARD_HINT.search(text):
        assert sniff.may_hint_backwards(text)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_a_shell_assignment_always_holds_an_equals_sign(text: str) -> None:
    if sniff._SH_ASSIGN.search(text):
        assert "=" in text


def test_each_way_of_hinting_backwards_is_looked_at() -> None:
    for text in ("[-1..-99]"[::-1], "esrever::]yarra[", ")(esrever.", "esreverrts", "hs | ver |"):
        assert sniff._BACKWARD_HINT.search(text)
        assert sniff.may_hint_backwards(text)
