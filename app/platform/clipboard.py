"""Reading the clipboard on a thread of its own, newest first: the UI thread never waits on it.

A clipboard read can wait on the program that owns the clipboard: Windows asks a program that
renders on demand for the text (WM_RENDERFORMAT) and waits for its answer, macOS asks a
pasteboard promise's provider. On the Qt thread a slow or hostile owner froze the guard's
windows, its status answer and the warning. X11 has its own reader (xorg/clipboard_reader.py);
Windows and macOS share `ClipboardThread`, which drives an OS seam (`ClipboardSource`, in each
backend's api.py) from its own thread:

- the system's change counter (GetClipboardSequenceNumber, NSPasteboard.changeCount) says
  when there is something new, without opening the clipboard or asking its owner;
- a read that the counter shows was overtaken while it ran is dropped and the newest content
  read instead, so a burst may skip stale texts, never the one on the clipboard now;
- a clipboard another program holds open is tried again shortly, never given up on.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

log = logging.getLogger(__name__)

MAX_TEXT = 4 * 1024 * 1024  # characters of text read at all (the engine reads 1 Mi)
MAX_FORMAT = 64 * 1024  # bytes of a provenance format (a URL, a hint)
WAIT_STEP = 0.25  # seconds a wait for a change lasts before the stop flag is looked at again
BUSY_FIRST, BUSY_MAX = 0.01, 0.2  # seconds between tries while another program holds it open
MAX_FAILED = 3  # reads of one change that fail (not busy) before waiting for the next change
STUCK = 5.0  # seconds a read may wait on the clipboard's owner before status says so


@dataclass(frozen=True)
class ClipboardContent:
    """What the owner gave: the text (None when it offers none) and the formats asked for."""

    selection: str  # "clipboard" or "primary" (X11)
    text: str | None
    formats: dict[str, bytes] = field(default_factory=dict)  # name -> bytes, provenance only
    targets: tuple[str, ...] = ()  # every format the clipboard offers, by name
    owner: int = 0  # X11: the owner's window
    stamp: int = 0  # X11: the server time of the change (0: unknown)


class ClipboardBusy(Exception):
    """Another program has the clipboard open: try again shortly."""


class ClipboardSource(Protocol):
    """The system clipboard as the reader thread sees it. Every method runs on that thread."""

    def begin(self) -> None:
        """Set up before the first wait (Windows: a listener window); raises when it cannot."""
        ...

    def end(self) -> None:
        """Release what `begin` set up."""
        ...

    def change_count(self) -> int:
        """The system's clipboard change counter: O(1), never opens the clipboard or waits.
        The one call that may come from any thread (`ClipboardThread.current_text`)."""
        ...

    def wait_for_change(self, count: int, timeout: float) -> None:
        """Return when the counter may differ from `count`, or after `timeout` seconds."""
        ...

    def read(self, wanted: frozenset[str], max_text: int, max_format: int) -> ClipboardContent:
        """The text and the `wanted` formats present; may wait on the clipboard's owner.
        Raises ClipboardBusy while another program holds the clipboard open."""
        ...


class ClipboardThread:
    """Reports every clipboard change as `ClipboardContent`, newest first, from its thread.

    The same face as the X11 reader: start/stop/alive, `error`, `reads`, `skipped_stale`.
    """

    def __init__(
        self,
        source: ClipboardSource,
        on_change: Callable[[ClipboardContent], None],
        wanted_formats: Iterable[str],
        name: str = "clipboard-reader",
    ) -> None:
        self.source = source
        self.on_change = on_change
        self.wanted = frozenset(wanted_formats)
        self.name = name
        self._error: str | None = None
        self._reading_since: float | None = None  # time.monotonic() when the read began
        self.reads = 0
        self.skipped_stale = 0
        self.busy = 0  # tries that found the clipboard held open by another program
        self._last: tuple[int, str | None] | None = None  # (counter, text) handed over last
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._began = False  # the set-up worked (a read that fails later is another matter)
        self._thread: threading.Thread | None = None

    # -- any thread ---------------------------------------------------------------------------

    def start(self, timeout: float = 5.0) -> bool:
        """Start reading; False (and `error` says why) when the system's clipboard cannot be
        watched so. Waits for the set-up only, never for a read."""
        self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
        self._thread.start()
        self._ready.wait(timeout)
        return self._began and self.alive()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=2)

    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def error(self) -> str | None:
        """Why the reader does not work now (None: it does); any thread. A read that waits on
        an owner that does not answer holds only this thread, and is reported here."""
        since = self._reading_since
        if since is not None:
            waited = time.monotonic() - since
            if waited >= STUCK:
                return (
                    f"the program that owns the clipboard has not answered for {waited:.0f} s; "
                    "newer copies are not read until it does"
                )
        return self._error

    def current_text(self) -> str | None:
        """The text on the clipboard now, as last read, when the system's counter says nothing
        changed since; None otherwise. Any thread, O(1): the UI checks with it that the text it
        is about to replace is still there without asking the clipboard's owner again."""
        last = self._last
        if last is None:
            return None
        try:
            if self.source.change_count() != last[0]:
                return None
        except Exception:
            return None
        return last[1]

    # -- the reader thread --------------------------------------------------------------------

    def _run(self) -> None:
        try:
            self.source.begin()
        except Exception as exc:
            log.exception("the clipboard reader could not start")
            self._error = f"the clipboard cannot be watched: {exc}"
            self._ready.set()
            return
        self._began = True
        try:
            self._loop()
        except Exception:
            log.exception("the clipboard reader stopped")
            self._error = "the clipboard reader stopped unexpectedly"
        finally:
            self._ready.set()
            try:
                self.source.end()
            except Exception:
                log.exception("the clipboard reader did not clean up")

    def _loop(self) -> None:
        source = self.source
        done: int | None = None  # the counter of the last content handed over (None: none yet)
        self._ready.set()
        pause = BUSY_FIRST
        failed = 0  # reads of this change that raised (not busy): a few, then the next change
        while not self._stop.is_set():
            count = source.change_count()
            if count == done:
                source.wait_for_change(count, WAIT_STEP)
                continue
            self._reading_since = time.monotonic()
            try:
                content = source.read(self.wanted, MAX_TEXT, MAX_FORMAT)
            except ClipboardBusy:
                self.busy += 1
                self._stop.wait(pause)  # another program has it open: soon again
                pause = min(pause * 2, BUSY_MAX)
                continue
            except Exception as exc:
                failed += 1
                if failed == 1:
                    log.exception("reading the clipboard failed")
                self._error = f"reading the clipboard failed: {exc}"
                if failed >= MAX_FAILED:
                    done, failed = count, 0  # wait for the next change rather than spin
                    # the text judged last is no longer there: its verdict must not stand for
                    # (or be claimed of) what a paste now gives; `error` says what happened
                    self._last = None
                    self._hand_over(ClipboardContent("clipboard", None))
                else:
                    self._stop.wait(BUSY_MAX)
                continue
            finally:
                self._reading_since = None
            pause, failed = BUSY_FIRST, 0
            if source.change_count() != count:
                self.skipped_stale += 1  # it changed again while read: read the newer one
                continue
            done = count
            self._last = (count, content.text)
            self._error = None
            self.reads += 1
            self._hand_over(content)

    def _hand_over(self, content: ClipboardContent) -> None:
        try:
            self.on_change(content)
        except Exception:
            log.exception("handing a clipboard change over failed")
