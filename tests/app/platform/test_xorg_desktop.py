"""The X11 backend on a real X server: Xvfb with RECORD, openbox, xterm, keys typed by xdotool."""

from __future__ import annotations

import contextlib
import os
import queue
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from app.detection.model import PasteTarget
from app.guard.keys import PasteGesture, PasteSequence
from app.guard.targets import TargetClassifier
from app.platform.base import KeyEvent, MouseEvent, WindowInfo
from app.platform.xorg.backend import NO_RECORD, XorgBackend
from app.platform.xorg.window import LOST, NO_WM
from tests.desktop import start_xvfb

pytestmark = pytest.mark.desktop

TOOLS = ("Xvfb", "openbox", "xterm", "xdotool")


def _require_tools() -> None:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:  # fail, not skip: CI must never pass these silently (make sysdeps installs them)
        pytest.fail(f"missing {', '.join(missing)}: apt-get install xvfb openbox xterm xdotool")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def _answers(display: str) -> bool:
    from app.platform.xorg.window import XorgUnavailable, open_display

    try:
        open_display(display).close()
    except XorgUnavailable:
        return False
    return True


def wait_for(condition: Callable[[], object], timeout: float = 10.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what or condition}")


class XSession:
    """An Xvfb display on a free number, and the programs started on it."""

    def __init__(self, record: bool = True) -> None:
        _require_tools()
        self.programs: list[subprocess.Popen[bytes]] = []
        self.display, self.server = start_xvfb(dict(os.environ), record=record)
        if not _answers(self.display):
            _stop(self.server)
            raise AssertionError(f"Xvfb on {self.display} does not answer")
        self.env = {**os.environ, "DISPLAY": self.display}

    def run(self, *argv: str) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(
            list(argv), env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.programs.append(process)
        return process

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=10,
            check=True,
        )  # fmt: skip
        return done.stdout.strip()

    def start_openbox(self) -> None:
        self.run("openbox", "--sm-disable")
        from Xlib import display as xdisplay  # type: ignore[import-untyped, unused-ignore]

        probe = xdisplay.Display(self.display)
        try:
            root = probe.screen().root
            check = probe.intern_atom("_NET_SUPPORTING_WM_CHECK")
            wait_for(lambda: root.get_full_property(check, 0) is not None, what="openbox")
        finally:
            probe.close()

    def start_xterm(self, title: str) -> subprocess.Popen[bytes]:
        return self.run("xterm", "-T", title, "-e", "sleep", "120")

    def close(self) -> None:
        for process in reversed(self.programs):
            _stop(process)
        _stop(self.server)


@contextlib.contextmanager
def x_session(monkeypatch: pytest.MonkeyPatch, record: bool = True) -> Iterator[XSession]:
    session = XSession(record=record)
    try:
        # pynput's listeners open the display named in $DISPLAY.
        monkeypatch.setenv("DISPLAY", session.display)
        yield session
    finally:
        session.close()


class Events:
    """What the backend reports, gathered on its threads."""

    def __init__(self) -> None:
        self.queue: queue.Queue[KeyEvent | MouseEvent] = queue.Queue()

    def on_key(self, event: KeyEvent) -> bool:
        self.queue.put(event)
        return True  # X11 cannot swallow; the backend must not break when asked

    def on_mouse(self, event: MouseEvent) -> None:
        self.queue.put(event)

    def drain(self) -> None:
        while not self.queue.empty():
            self.queue.get_nowait()

    def gesture(
        self, backend: XorgBackend, sequence: PasteSequence, timeout: float
    ) -> PasteGesture | None:
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                event = self.queue.get(timeout=left)
            except queue.Empty:
                return None
            gesture = sequence.feed(event, backend.foreground_window())
            if gesture is not None:
                return gesture
        return None


def until_gesture(
    session: XSession, backend: XorgBackend, events: Events, *xdotool_args: str
) -> PasteGesture:
    """Type with xdotool until a gesture arrives (pynput needs a moment to start RECORD)."""
    sequence = PasteSequence(strict=True)
    for _ in range(20):
        events.drain()
        session.xdotool(*xdotool_args)
        gesture = events.gesture(backend, sequence, timeout=0.5)
        if gesture is not None:
            return gesture
    raise AssertionError(f"no paste gesture from xdotool {' '.join(xdotool_args)}")


def x11_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name == "x11-active-window"]


def test_xterm_is_the_foreground_terminal_and_its_pastes_are_seen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    classifier = TargetClassifier.load(strict=True)
    with x_session(monkeypatch) as session:
        session.start_openbox()
        backend = XorgBackend(session.display)
        events = Events()
        backend.start(events.on_key, events.on_mouse)
        try:
            assert backend.degraded == {}
            assert backend.alive()
            xterm = session.start_xterm("pasteguard test")

            def focused_xterm() -> WindowInfo | None:
                window = backend.foreground_window()
                return window if window is not None and window.pid == xterm.pid else None

            wait_for(focused_xterm, what="xterm to be the foreground window")
            window = focused_xterm()
            assert window is not None
            assert "xterm" in window.window_class.lower()
            assert window.process == "xterm"
            assert window.title == "pasteguard test"
            assert window.handle != 0
            assert classifier.classify(window, None) is PasteTarget.TERMINAL

            # The title is followed too (a terminal retitles itself with each command).
            session.xdotool("set_window", "--name", "vim notes.txt", str(window.handle))
            wait_for(
                lambda: getattr(backend.foreground_window(), "title", "") == "vim notes.txt",
                what="the new title",
            )

            gesture = until_gesture(session, backend, events, "key", "ctrl+shift+v")
            assert (gesture.kind, gesture.keys) == ("paste", "ctrl+shift+v")
            target = classifier.classify(backend.foreground_window(), gesture.hint)
            assert target is PasteTarget.TERMINAL

            gesture = until_gesture(session, backend, events, "key", "shift+Insert")
            assert gesture.keys == "shift+insert"

            gesture = until_gesture(session, backend, events, "click", "2")
            assert (gesture.keys, gesture.selection) == ("middle-click", "primary")

            # When the terminal goes, the focus moves on and the cache follows.
            _stop(xterm)
            wait_for(lambda: focused_xterm() is None, what="xterm to lose the focus")
        finally:
            backend.stop()
        assert not backend.alive()
        assert x11_threads() == []


def test_without_a_window_manager_the_keyboard_focus_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with x_session(monkeypatch) as session:
        backend = XorgBackend(session.display)
        events = Events()
        backend.start(events.on_key, events.on_mouse)
        try:
            assert backend.degraded == {"window": NO_WM}
            xterm = session.start_xterm("no wm")
            wid = ""

            def find() -> str:
                nonlocal wid
                with contextlib.suppress(subprocess.CalledProcessError):
                    wid = session.xdotool(
                        "search", "--sync", "--limit", "1", "--pid", str(xterm.pid)
                    )
                return wid

            wait_for(find, what="the xterm window")

            def focus() -> bool:
                # the window exists before it is mapped: until then X refuses it the focus
                # (BadMatch), a race a loaded machine loses
                try:
                    session.xdotool("windowfocus", wid)
                except subprocess.CalledProcessError:
                    return False
                return True

            wait_for(focus, what="the focus on the mapped xterm")
            wait_for(
                lambda: getattr(backend.foreground_window(), "process", "") == "xterm",
                what="the focused xterm",
            )
            assert backend.degraded == {"window": NO_WM}
        finally:
            backend.stop()


def test_without_record_keys_are_degraded_but_windows_still_known(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with x_session(monkeypatch, record=False) as session:
        session.start_openbox()
        backend = XorgBackend(session.display)
        backend.start(Events().on_key, Events().on_mouse)
        try:
            assert backend.degraded == {"keyboard": NO_RECORD, "mouse": NO_RECORD}
            xterm = session.start_xterm("no record")
            wait_for(
                lambda: getattr(backend.foreground_window(), "pid", None) == xterm.pid,
                what="xterm to be the foreground window",
            )
            assert backend.alive()
            # The X server goes away: the watcher notices and says so.
            _stop(session.server)
            wait_for(lambda: not backend.alive(), what="the watcher to notice")
            assert backend.degraded["window"] == LOST
            assert backend.foreground_window() is None
        finally:
            backend.stop()


def test_the_watcher_restarts_after_a_stop(monkeypatch: pytest.MonkeyPatch) -> None:
    with x_session(monkeypatch) as session:
        session.start_openbox()
        xterm = session.start_xterm("restart")
        backend = XorgBackend(session.display)
        events = Events()
        for _ in range(2):  # what the watchdog does with a dead backend: stop, then start
            backend.start(events.on_key, events.on_mouse)
            try:
                wait_for(
                    lambda: getattr(backend.foreground_window(), "pid", None) == xterm.pid,
                    what="xterm to be the foreground window",
                )
                assert backend.alive()
            finally:
                backend.stop()
            assert backend.foreground_window() is None and not backend.alive()
        assert x11_threads() == []


def test_once_the_backend_is_not_starting_the_very_first_key_is_seen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The barrier the guard's "ready" waits for: the server records for the hook. Before it,
    # pynput's listener had started but keys went unseen (until_gesture above retries for that).
    with x_session(monkeypatch) as session:
        session.start_openbox()
        xterm = session.start_xterm("first key")
        backend = XorgBackend(session.display)
        events = Events()
        backend.start(events.on_key, events.on_mouse)
        try:
            wait_for(lambda: not backend.starting, timeout=10, what="the server to record")
            assert backend.degraded == {}
            wait_for(
                lambda: getattr(backend.foreground_window(), "pid", None) == xterm.pid,
                what="xterm to be the foreground window",
            )
            session.xdotool("key", "ctrl+shift+v")  # once: no retry
            gesture = events.gesture(backend, PasteSequence(strict=True), timeout=5.0)
            assert gesture is not None and gesture.keys == "ctrl+shift+v"
        finally:
            backend.stop()
