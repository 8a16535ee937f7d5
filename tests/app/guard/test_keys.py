"""The key sequences that reveal a paste target, and the paste gestures themselves."""

from __future__ import annotations

import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection.model import PasteTarget
from app.guard.keys import PasteGesture, PasteSequence, SequenceTimings
from app.guard.targets import TargetClassifier
from app.platform.base import MODIFIERS, KeyEvent, MouseEvent, WindowInfo
from tests.fakes import FakeBackend

BROWSER = WindowInfo(
    "chrome.exe", "Chrome_WidgetWin_1", "Verify you are human - Google Chrome", 11, handle=0x11
)
RUN = WindowInfo("explorer.exe", "#32770", "Run", 22, handle=0x22)
NOTEPAD = WindowInfo("notepad.exe", "Notepad", "Untitled - Notepad", 33, handle=0x33)
EXPLORER = WindowInfo("explorer.exe", "CabinetWClass", "Downloads", 22, handle=0x44)
TERMINAL = WindowInfo(
    "windowsterminal.exe", "CASCADIA_HOSTING_WINDOW_CLASS", "PowerShell", 55, handle=0x55
)
WINX_MENU = WindowInfo("explorer.exe", "Shell_TrayWnd", "", 22, handle=0x66)
SAFARI = WindowInfo("safari", "", "", 77, app_id="com.apple.Safari")
MAC_TERMINAL = WindowInfo("terminal", "", "", 88, app_id="com.apple.Terminal")
NOTES = WindowInfo("notes", "", "", 99, app_id="com.apple.Notes")


class Keyboard:
    """Plays key events into a PasteSequence the way a backend would."""

    def __init__(self, window: WindowInfo | None = BROWSER, **timings: float) -> None:
        self.seq = PasteSequence(SequenceTimings(**timings), strict=True)
        self.now = 100.0
        self.window = window
        self.held: set[str] = set()
        self.gestures: list[PasteGesture] = []

    def wait(self, seconds: float) -> None:
        self.now += seconds

    def focus(self, window: WindowInfo | None) -> None:
        self.window = window
        self.wait(0.05)

    def _feed(self, event: KeyEvent | MouseEvent) -> PasteGesture | None:
        gesture = self.seq.feed(event, self.window)
        if gesture is not None:
            self.gestures.append(gesture)
        return gesture

    def press(self, key: str) -> PasteGesture | None:
        if key in MODIFIERS:
            self.held.add(key)
        self.wait(0.01)
        return self._feed(KeyEvent(key, True, frozenset(self.held), self.now))

    def release(self, key: str) -> PasteGesture | None:
        self.held.discard(key)
        self.wait(0.01)
        return self._feed(KeyEvent(key, False, frozenset(self.held), self.now))

    def chord(self, keys: str) -> PasteGesture | None:
        names = keys.split("+")
        for name in names[:-1]:
            self.press(name)
        gesture = self.press(names[-1])
        for name in reversed(names):
            self.release(name)
        return gesture

    def type(self, text: str) -> None:
        for char in text:
            self.chord("space" if char == " " else char)

    def click(self, button: str) -> PasteGesture | None:
        self.wait(0.01)
        gesture = self._feed(MouseEvent(button, True, self.now))
        self._feed(MouseEvent(button, False, self.now))
        return gesture


# -- paste gestures ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("keys", "name"),
    [
        ("ctrl+v", "ctrl+v"),
        ("shift+insert", "shift+insert"),
        ("ctrl+shift+v", "ctrl+shift+v"),
        ("meta+v", "cmd+v"),
    ],
)
def test_paste_keys_are_pastes(keys: str, name: str) -> None:
    kb = Keyboard(NOTEPAD)
    gesture = kb.chord(keys)
    assert gesture is not None
    assert (gesture.kind, gesture.keys, gesture.hint, gesture.selection) == (
        "paste",
        name,
        None,
        "clipboard",
    )
    assert gesture.time == pytest.approx(100.0 + 0.01 * len(keys.split("+")))  # the V press


@pytest.mark.parametrize(
    "keys", ["v", "shift+v", "ctrl+insert", "ctrl+c", "alt+v", "ctrl+shift+insert", "insert"]
)
def test_other_keys_are_not_pastes(keys: str) -> None:
    kb = Keyboard(NOTEPAD)
    assert kb.chord(keys) is None
    assert kb.gestures == []


def test_middle_click_pastes_the_primary_selection() -> None:
    kb = Keyboard(NOTEPAD)
    gesture = kb.click("middle")
    assert gesture is not None
    assert (gesture.kind, gesture.keys, gesture.selection) == ("paste", "middle-click", "primary")
    assert kb.click("left") is None
    assert kb.click("right") is None
    gesture = kb.seq.feed_mouse(MouseEvent("middle", True, kb.now), NOTEPAD)
    assert gesture is not None and gesture.keys == "middle-click"


def test_modifiers_released_in_any_order_still_make_one_paste() -> None:
    kb = Keyboard(NOTEPAD)
    kb.press("ctrl")
    assert kb.press("v") is not None
    kb.release("ctrl")  # Ctrl up before V up
    assert kb.release("v") is None
    kb.press("shift")
    kb.press("ctrl")
    assert kb.press("v") is not None
    kb.release("shift")
    kb.release("v")
    assert kb.press("v") is not None  # Ctrl still held: a second paste
    kb.release("ctrl")
    kb.release("v")
    assert kb.press("v") is None  # nothing held any more
    assert [g.keys for g in kb.gestures] == ["ctrl+v", "ctrl+shift+v", "ctrl+v"]


def test_auto_repeat_keeps_reporting_pastes_marked_as_repeats() -> None:
    # A held Ctrl+V pastes again and again; a guard that blocked the first must see the rest.
    kb = Keyboard(NOTEPAD)
    kb.press("ctrl")
    first = kb.press("v")
    repeats = [kb.press("v") for _ in range(5)]
    assert first is not None and not first.repeat
    assert all(g is not None and g.repeat for g in repeats)
    kb.release("v")
    again = kb.press("v")
    assert again is not None and not again.repeat


# -- Win+R, paste, Enter -------------------------------------------------------------------------


def open_run_dialog(kb: Keyboard) -> None:
    """Win+R as people press it: the dialog appears before the keys are released."""
    kb.press("meta")
    kb.press("r")
    kb.focus(RUN)
    kb.release("r")
    kb.release("meta")


def clickfix(kb: Keyboard) -> tuple[PasteGesture | None, PasteGesture | None]:
    open_run_dialog(kb)
    paste = kb.chord("ctrl+v")
    kb.wait(1.0)
    execute = kb.chord("enter")
    return paste, execute


def test_win_r_then_paste_then_enter() -> None:
    kb = Keyboard(BROWSER)
    paste, execute = clickfix(kb)
    assert paste is not None and paste.kind == "paste" and paste.hint is PasteTarget.RUN_DIALOG
    assert (
        execute is not None and execute.kind == "execute" and execute.hint is PasteTarget.RUN_DIALOG
    )
    assert execute.keys == "enter"


def test_enter_again_after_a_blocked_enter_is_still_execute() -> None:
    kb = Keyboard(BROWSER)
    clickfix(kb)
    again = kb.chord("enter")  # the guard swallowed the first Enter; the person tries again
    assert again is not None and again.kind == "execute"


def test_ctrl_shift_enter_runs_as_administrator_and_counts_as_execute() -> None:
    kb = Keyboard(BROWSER)
    kb.chord("meta+r")
    kb.focus(RUN)
    kb.chord("ctrl+v")
    gesture = kb.chord("ctrl+shift+enter")
    assert gesture is not None and gesture.kind == "execute"


def test_enter_without_a_paste_is_nothing() -> None:
    kb = Keyboard(BROWSER)
    kb.chord("meta+r")
    kb.focus(RUN)
    kb.type("notepad")
    assert kb.chord("enter") is None


def test_enter_long_after_the_paste_is_nothing() -> None:
    kb = Keyboard(RUN, execute=120.0)
    kb.chord("ctrl+v")
    kb.wait(121.0)
    assert kb.chord("enter") is None


def test_escape_forgets_the_paste() -> None:
    kb = Keyboard(RUN)
    kb.chord("ctrl+v")
    kb.chord("escape")
    assert kb.chord("enter") is None


def test_enter_in_another_window_is_not_the_pasted_command() -> None:
    kb = Keyboard(RUN)
    kb.chord("ctrl+v")
    kb.focus(NOTEPAD)
    assert kb.chord("enter") is None


def test_the_run_hint_ends_when_the_focus_moves_on() -> None:
    kb = Keyboard(BROWSER)
    open_run_dialog(kb)
    assert kb.seq.hint_for(RUN, kb.now) is PasteTarget.RUN_DIALOG
    kb.focus(NOTEPAD)  # the dialog closed, or the person went elsewhere
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is None
    kb.focus(RUN)  # even coming back: the hint was for that one visit
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is None


def test_the_run_hint_does_not_apply_before_the_dialog_appears() -> None:
    kb = Keyboard(BROWSER)
    kb.chord("meta+r")
    gesture = kb.chord("ctrl+v")  # still in the browser: the dialog did not open
    assert gesture is not None and gesture.hint is None


def test_the_run_hint_gives_up_when_no_window_appears() -> None:
    kb = Keyboard(BROWSER, bind=5.0)
    kb.chord("meta+r")  # a policy disabled the Run dialog
    kb.wait(6.0)
    kb.focus(NOTEPAD)  # much later the person goes to Notepad: not the Run dialog
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is None


def test_the_run_hint_expires() -> None:
    kb = Keyboard(BROWSER, run_dialog=120.0)
    kb.chord("meta+r")
    kb.focus(RUN)
    kb.wait(119.0)
    assert kb.seq.hint_for(RUN, kb.now) is PasteTarget.RUN_DIALOG
    kb.wait(2.0)
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is None


def test_without_window_information_the_hint_holds_until_it_expires() -> None:
    kb = Keyboard(None)
    kb.chord("meta+r")
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is PasteTarget.RUN_DIALOG


def test_win_key_released_before_r_still_opens_the_run_dialog() -> None:
    kb = Keyboard(BROWSER)
    kb.press("meta")
    kb.press("r")
    kb.release("meta")
    kb.release("r")
    kb.focus(RUN)
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is PasteTarget.RUN_DIALOG


def test_r_without_the_win_key_is_typing() -> None:
    kb = Keyboard(BROWSER)
    kb.chord("r")
    kb.chord("ctrl+r")  # reload
    kb.focus(NOTEPAD)
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is None


# -- Win+X, Ctrl+Alt+T, Spotlight -------------------------------------------------------------------


@pytest.mark.parametrize("letter", ["i", "a"])
def test_win_x_then_i_or_a_opens_a_terminal(letter: str) -> None:
    kb = Keyboard(BROWSER)
    kb.chord("meta+x")
    kb.focus(WINX_MENU)
    kb.chord(letter)
    kb.focus(None)  # the UAC prompt of "Terminal (Admin)": no window on the secure desktop
    kb.focus(TERMINAL)
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is PasteTarget.TERMINAL


def test_win_x_then_another_letter_is_not_a_terminal() -> None:
    kb = Keyboard(BROWSER)
    kb.chord("meta+x")
    kb.chord("u")
    kb.chord("i")  # the menu closed with the first letter
    kb.focus(NOTEPAD)
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is None


def test_win_x_menu_times_out() -> None:
    kb = Keyboard(BROWSER, menu=5.0)
    kb.chord("meta+x")
    kb.wait(6.0)
    kb.chord("i")
    kb.focus(NOTEPAD)
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is None


def test_ctrl_alt_t_opens_a_terminal() -> None:
    kb = Keyboard(BROWSER)
    kb.chord("ctrl+alt+t")
    kb.focus(TERMINAL)
    gesture = kb.chord("ctrl+shift+v")
    assert gesture is not None and gesture.hint is PasteTarget.TERMINAL


@pytest.mark.parametrize("typed", ["terminal", "term", "te", "iterm", "Terminal.app"])
def test_spotlight_to_a_terminal(typed: str) -> None:
    kb = Keyboard(SAFARI)
    kb.chord("meta+space")
    kb.type(typed.lower())
    kb.chord("enter")
    kb.focus(MAC_TERMINAL)
    gesture = kb.chord("meta+v")
    assert gesture is not None and gesture.hint is PasteTarget.TERMINAL


@pytest.mark.parametrize("typed", ["notes", "t", "calculator"])
def test_spotlight_to_something_else_is_no_hint(typed: str) -> None:
    kb = Keyboard(SAFARI)
    kb.chord("meta+space")
    kb.type(typed)
    kb.chord("enter")
    kb.focus(NOTES)
    gesture = kb.chord("meta+v")
    assert gesture is not None and gesture.hint is None


def test_spotlight_backspace_escape_and_timeout() -> None:
    kb = Keyboard(SAFARI, spotlight=20.0)
    kb.chord("meta+space")
    kb.type("tex")
    kb.chord("backspace")
    kb.type("rm")  # "term"
    kb.chord("escape")  # closed without opening anything
    kb.chord("enter")
    kb.focus(NOTES)
    assert kb.gestures == []
    assert kb.seq.hint_for(NOTES, kb.now) is None
    kb.focus(SAFARI)
    kb.chord("meta+space")
    kb.type("term")
    kb.wait(21.0)
    kb.chord("enter")
    kb.focus(MAC_TERMINAL)
    assert kb.seq.hint_for(MAC_TERMINAL, kb.now) is None


def test_a_paste_into_spotlight_is_still_a_paste() -> None:
    kb = Keyboard(SAFARI)
    kb.chord("meta+space")
    gesture = kb.chord("meta+v")
    assert gesture is not None and gesture.kind == "paste"


def test_spotlight_typing_is_bounded() -> None:
    kb = Keyboard(SAFARI)
    kb.chord("meta+space")
    kb.type("t" * 10_000)
    assert len(kb.seq._typed) <= 24


# -- Explorer ------------------------------------------------------------------------------------


@pytest.mark.parametrize("keys", ["ctrl+l", "alt+d", "f4"])
def test_address_bar_keys_hint_the_focused_window(keys: str) -> None:
    kb = Keyboard(EXPLORER)
    kb.chord(keys)
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is PasteTarget.EXPLORER_BAR


def test_alt_f4_is_not_the_address_bar() -> None:
    kb = Keyboard(EXPLORER)
    kb.chord("alt+f4")
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is None


def test_win_e_hints_the_new_explorer_window() -> None:
    kb = Keyboard(BROWSER)
    kb.chord("meta+e")
    kb.focus(EXPLORER)
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is PasteTarget.EXPLORER_BAR


def test_address_bar_hint_stays_with_its_window() -> None:
    kb = Keyboard(EXPLORER)
    kb.chord("ctrl+l")
    kb.focus(NOTEPAD)
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is None
    kb.focus(EXPLORER)  # Windows gives the focus back to the address bar
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is PasteTarget.EXPLORER_BAR


# -- developer tools -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "keys",
    [
        "f12",
        "ctrl+shift+j",
        "ctrl+shift+i",
        "ctrl+shift+c",
        "ctrl+shift+k",
        "meta+alt+j",
        "meta+alt+i",
        "meta+alt+c",
    ],
)
def test_devtools_keys_hint_the_browser_console(keys: str) -> None:
    kb = Keyboard(BROWSER)
    kb.chord(keys)
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is PasteTarget.BROWSER_CONSOLE


def test_console_hint_survives_ctrl_l_which_clears_the_console() -> None:
    kb = Keyboard(BROWSER)
    kb.chord("f12")
    kb.chord("ctrl+l")  # clears the DevTools console; also the address-bar hint
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is PasteTarget.BROWSER_CONSOLE


def test_console_hint_lasts_for_a_working_session_then_ends() -> None:
    kb = Keyboard(BROWSER, browser_console=900.0)
    kb.chord("ctrl+shift+j")
    kb.wait(600.0)
    assert kb.seq.hint_for(BROWSER, kb.now) is PasteTarget.BROWSER_CONSOLE
    kb.wait(301.0)
    assert kb.seq.hint_for(BROWSER, kb.now) is None


def test_a_window_with_a_new_title_is_the_same_window() -> None:
    kb = Keyboard(BROWSER)
    kb.chord("f12")
    kb.focus(
        WindowInfo(
            "chrome.exe", "Chrome_WidgetWin_1", "Another tab - Google Chrome", 11, handle=0x11
        )
    )
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is PasteTarget.BROWSER_CONSOLE


# -- interleaving and robustness -------------------------------------------------------------


def test_interleaved_sequences_keep_the_most_dangerous_hint_for_the_window() -> None:
    kb = Keyboard(BROWSER)
    kb.chord("f12")
    open_run_dialog(kb)
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is PasteTarget.RUN_DIALOG
    kb.chord("escape")
    kb.focus(BROWSER)  # back in the browser: its console is still docked; the Run hint is gone
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is PasteTarget.BROWSER_CONSOLE
    kb.focus(RUN)  # the same dialog again: the Run hint was for one visit
    gesture = kb.chord("ctrl+v")
    assert gesture is not None and gesture.hint is None


def test_lost_releases_do_not_grow_state() -> None:
    kb = Keyboard(NOTEPAD)
    for i in range(10_000):
        kb.press(f"vk{i % 200:02x}")  # presses whose releases never arrive (the screen locked)
    assert len(kb.seq._down) <= 32


def test_reset_forgets_everything() -> None:
    kb = Keyboard(BROWSER)
    kb.chord("meta+r")
    kb.focus(RUN)
    kb.chord("ctrl+v")
    kb.seq.reset()
    assert kb.seq.hint_for(RUN, kb.now) is None
    assert kb.chord("enter") is None


def test_garbage_events_do_not_raise_outside_strict_mode() -> None:
    seq = PasteSequence()  # as the guard runs it
    weird: list[object] = [
        KeyEvent("", True, frozenset(), 0.0),
        KeyEvent("v", True, frozenset({"ctrl", "nonsense"}), float("nan")),
        KeyEvent("enter", True, frozenset(), float("inf")),
        MouseEvent("", True, -1.0),
        "not an event",
        None,
        KeyEvent(None, True, None, None),  # type: ignore[arg-type]
    ]
    for event in weird:
        seq.feed(event, None)  # type: ignore[arg-type]
    assert seq.errors >= 1  # the broken one was counted, not raised
    assert seq.feed(KeyEvent("v", True, frozenset({"ctrl"}), 5.0), NOTEPAD) is not None


def test_strict_mode_surfaces_programming_errors() -> None:
    seq = PasteSequence(strict=True)
    with pytest.raises(TypeError):
        seq.feed(KeyEvent(None, True, None, None), None)  # type: ignore[arg-type]


def test_memory_stays_flat_over_a_long_session() -> None:
    kb = Keyboard(BROWSER)
    windows = [BROWSER, RUN, NOTEPAD, EXPLORER, TERMINAL]
    sequences = [
        "meta+r",
        "ctrl+v",
        "enter",
        "f12",
        "ctrl+l",
        "meta+x",
        "i",
        "meta+space",
        "a",
        "b",
        "escape",
    ]

    def a_day(n: int) -> None:
        for i in range(n):
            kb.focus(windows[i % len(windows)])
            kb.chord(sequences[i % len(sequences)])
            kb.gestures.clear()

    a_day(2_000)
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    a_day(20_000)
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    grown = sum(
        s.size_diff
        for s in after.compare_to(before, "filename")
        if "guard/keys.py" in str(s.traceback)
    )
    assert grown < 4096, f"PasteSequence grew by {grown} bytes over 20,000 sequences"


# -- the hook's time budget ---------------------------------------------------------------------


# -- properties and wiring ------------------------------------------------------------------


KEY_NAMES = ["ctrl", "shift", "alt", "meta", "v", "r", "x", "i", "a", "e", "l", "d", "j", "t"]
KEY_NAMES += ["enter", "escape", "insert", "space", "backspace", "f4", "f12", "é", "", "vk07"]
WINDOWS = [None, BROWSER, RUN, NOTEPAD, EXPLORER, TERMINAL, SAFARI]


@given(
    st.lists(
        st.tuples(
            st.sampled_from([*KEY_NAMES, "middle", "left"]),
            st.booleans(),
            st.frozensets(st.sampled_from(sorted(MODIFIERS))),
            st.floats(min_value=0.0, max_value=5000.0),
            st.sampled_from(WINDOWS),
        ),
        max_size=200,
    )
)
@settings(max_examples=300, deadline=None)
def test_any_event_stream_is_handled(
    stream: list[tuple[str, bool, frozenset[str], float, WindowInfo | None]],
) -> None:
    """Whatever order keys, clicks, clocks and windows arrive in: no error, bounded state."""
    seq = PasteSequence(strict=True)
    now = 0.0
    for key, pressed, modifiers, step, window in stream:
        now += step
        event: KeyEvent | MouseEvent
        if key in ("middle", "left"):
            event = MouseEvent(key, pressed, now)
        else:
            event = KeyEvent(key, pressed, modifiers, now)
        gesture = seq.feed(event, window)
        if gesture is not None:
            assert gesture.kind in ("paste", "execute")
            assert gesture.hint is None or isinstance(gesture.hint, PasteTarget)
    assert seq.errors == 0
    assert len(seq._down) <= 32 and len(seq._typed) <= 24


def test_a_backend_drives_the_sequence_and_the_enter_is_swallowed() -> None:
    """FakeBackend, PasteSequence and the classifier wired as the guard does it."""
    backend = FakeBackend()
    sequence = PasteSequence(strict=True)
    classifier = TargetClassifier.load(strict=True)

    def on_key(event: KeyEvent) -> bool:
        window = backend.foreground_window()
        gesture = sequence.feed(event, window)
        if gesture is None:
            return False
        return gesture.kind == "execute" and classifier.classify(window, gesture.hint) in (
            PasteTarget.RUN_DIALOG,
        )

    backend.start(on_key, lambda event: None)
    backend.focus(BROWSER)
    backend.press("meta")
    backend.press("r")
    backend.focus(WindowInfo("explorer.exe", "#32770", "Ejecutar", 22, handle=0x22))
    backend.release("r")
    backend.release("meta")
    assert backend.chord("ctrl+v") is False
    backend.clock.advance(2.0)
    assert backend.chord("enter") is True
    assert [e.key for e in backend.suppressed] == ["enter"]
    backend.crash()
    assert not backend.alive()
