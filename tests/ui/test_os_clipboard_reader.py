"""The guard on Windows (and macOS, the same thread): the clipboard is read by the backend's
reader thread and the Qt thread never asks the OS clipboard, not even before it replaces a
dangerous text. The Win32 calls are faked (tests/fakes.py); the guard, its service, the
reader thread and Qt are real."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication

from app.guard.neutralize import neutral_line
from app.platform.win32.backend import Win32Backend
from tests.fakes import FakeOsClipboard, FakeWin32Api
from tests.fakes_win32 import CF_UNICODETEXT, FakeWindowStation, fake_win32_clipboard, utf16
from tests.ui.conftest import MALICIOUS, SUSPICIOUS
from ui.application import GuardApp

PAGE = {"Chromium internal source URL": b"https://captcha.example/verify\x00"}


def until(check: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        QApplication.processEvents()
        time.sleep(0.01)


@pytest.fixture
def board(monkeypatch: pytest.MonkeyPatch) -> FakeOsClipboard:
    board = FakeOsClipboard("meeting at ten")
    monkeypatch.setattr(
        "ui.application.choose_backend", lambda: Win32Backend(FakeWin32Api(), clipboard=board)
    )
    return board


def qt_clipboard() -> str:
    return QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard)


def test_a_dangerous_copy_is_read_off_the_qt_thread_and_replaced(
    make_guard, board: FakeOsClipboard
) -> None:
    guard: GuardApp = make_guard()
    assert guard.reader is not None and guard.status()["clipboard_reader"] is not None
    until(lambda: guard.reader.reads == 1)  # what was there at start
    QGuiApplication.clipboard().setText("not what the OS clipboard holds")
    board.copy(MALICIOUS, PAGE)
    until(lambda: guard.reader.reads == 2)
    guard.service.process_pending()  # judged; block mode replaces it at once
    assert qt_clipboard() == neutral_line(
        "command", guard.service.found_at
    )  # decided by the reader's copy, not a Qt read
    (event,) = [e for e in guard.store.query(limit=10) if e.kind == "clipboard_neutralized"]
    assert event.source == "https://captcha.example/verify"
    assert threading.main_thread().name not in board.read_threads


def test_a_newer_copy_is_never_clobbered(make_guard, board: FakeOsClipboard) -> None:
    guard: GuardApp = make_guard()
    until(lambda: guard.reader.reads == 1)
    QGuiApplication.clipboard().setText("left alone")
    board.copy(MALICIOUS, PAGE)
    until(lambda: guard.reader.reads == 2)
    board.hold_reads = True  # the next copy is being read (its owner is slow) ...
    board.copy("the person's newer text")
    assert board.reading.wait(10)
    guard.service.process_pending()  # ... while the dangerous one is judged and replaced
    assert qt_clipboard() == "left alone"  # the counter moved on: no write over the newer copy
    board.hold_reads = False
    board.release.set()
    until(lambda: guard.reader.reads == 3)  # barrier: the reader was alive throughout
    assert threading.main_thread().name not in board.read_threads


def test_a_dangerous_text_behind_hundreds_of_formats_is_still_replaced(
    make_guard, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real CtypesWin32Clipboard over documented user32/kernel32 fakes (tests/fakes_win32.py):
    a page's copy with 300 formats before the text was read as no text, never judged."""
    station = FakeWindowStation()
    station.copy({CF_UNICODETEXT: utf16("meeting at ten")})
    board, _, _ = fake_win32_clipboard(station)
    monkeypatch.setattr(
        "ui.application.choose_backend", lambda: Win32Backend(FakeWin32Api(), clipboard=board)
    )
    guard: GuardApp = make_guard()
    until(lambda: guard.reader.reads == 1)
    QGuiApplication.clipboard().setText(MALICIOUS)  # what Qt would replace once judged
    junk = {station.register(f"Junk {i}"): b"x" for i in range(300)}
    station.copy({**junk, CF_UNICODETEXT: utf16(MALICIOUS)})
    until(lambda: guard.reader.reads == 2)
    guard.service.process_pending()
    assert qt_clipboard() == neutral_line("command", guard.service.found_at)
    assert [e.kind for e in guard.store.query(limit=10)].count("clipboard_neutralized") == 1


def test_a_format_rendered_for_another_program_is_not_a_new_copy(
    make_guard, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows moves the sequence number when the owner renders a delayed format; clipboard
    history (or a paste target) asking for the page's HTML made the reader hand the same copy
    over again, and the guard logged it as a second copy."""
    station = FakeWindowStation()
    board, _, _ = fake_win32_clipboard(station)
    monkeypatch.setattr(
        "ui.application.choose_backend", lambda: Win32Backend(FakeWin32Api(), clipboard=board)
    )
    guard: GuardApp = make_guard()
    until(lambda: guard.reader.reads == 1)
    html = station.register("HTML Format")
    station.copy({CF_UNICODETEXT: lambda: utf16(SUSPICIOUS), html: lambda: b"<b>run this</b>"})
    until(lambda: guard.reader.reads == 2 and guard.reader.current_text() == SUSPICIOUS)
    guard.service.process_pending()
    flagged = [e for e in guard.store.query(limit=10) if e.kind == "clipboard_flagged"]
    assert len(flagged) == 1
    station.render(html)  # clipboard history reads the HTML: the number moves
    until(lambda: guard.reader.reads == 3)  # the barrier: the reader handed it over again
    guard.service.process_pending()
    again = [e for e in guard.store.query(limit=10) if e.kind == "clipboard_flagged"]
    assert len(again) == 1
    assert guard.service.counts["analysed"] == 1
