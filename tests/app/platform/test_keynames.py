"""pynput key objects to PasteGuard key names, and the modifier state kept from key events."""

from __future__ import annotations

import pytest

from app.platform.keynames import ModifierState, modifier_set, pynput_key_name, pynput_side
from tests.fakes import FakeKey, FakeKeyCode


@pytest.mark.parametrize(
    ("key", "name"),
    [
        (FakeKey("ctrl_l"), "ctrl"),
        (FakeKey("ctrl_r"), "ctrl"),
        (FakeKey("shift"), "shift"),
        (FakeKey("alt_r"), "alt"),
        (FakeKey("alt_gr"), "altgr"),
        (FakeKey("cmd"), "meta"),
        (FakeKey("cmd_r"), "meta"),
        (FakeKey("esc"), "escape"),
        (FakeKey("enter"), "enter"),
        (FakeKey("f12"), "f12"),
        (FakeKey("insert"), "insert"),
        (FakeKey("space"), "space"),
        (FakeKeyCode("v"), "v"),
        (FakeKeyCode("V"), "v"),
        (FakeKeyCode(" "), "space"),
        (FakeKeyCode("\r"), "enter"),
        (FakeKeyCode("é"), "é"),
        (FakeKeyCode(None, 0xFF9E), "insert"),
        (FakeKeyCode(None, 0x1234), ""),
        (FakeKeyCode(None, None), ""),
        (None, ""),
        (object(), ""),
    ],
)
def test_key_names(key: object, name: str) -> None:
    assert pynput_key_name(key) == name


@pytest.mark.parametrize(
    ("key", "name"),
    [
        (FakeKeyCode("∆", 38), "j"),
        (FakeKeyCode("√", 9), "v"),
        (FakeKeyCode(None, 36), "enter"),
        (FakeKeyCode("é", 999), "é"),
    ],
)
def test_mac_option_symbols_fall_back_on_the_key_position(key: object, name: str) -> None:
    assert pynput_key_name(key, mac_keycodes=True) == name


def test_sides() -> None:
    assert pynput_side(FakeKey("ctrl_r")) == "r"
    assert pynput_side(FakeKey("ctrl_l")) == "l"
    assert pynput_side(FakeKeyCode("v")) == "l"


def test_modifier_state_counts_each_side() -> None:
    state = ModifierState()
    assert state.update("ctrl", "l", True) == {"ctrl"}
    assert state.update("ctrl", "r", True) == {"ctrl"}
    assert state.update("ctrl", "l", False) == {"ctrl"}  # the right one is still held
    assert state.update("shift", "l", True) == {"ctrl", "shift"}
    assert state.update("ctrl", "r", False) == {"shift"}
    assert state.update("ctrl", "r", False) == {"shift"}  # a duplicate release is harmless
    assert state.update("v", "l", True) == {"shift"}  # not a modifier
    state.clear()
    assert state.current == frozenset()


def test_modifier_sets_are_shared_objects() -> None:
    assert modifier_set(True, False, False, True) is modifier_set(True, False, False, True)
    assert modifier_set(False, False, False, False) == frozenset()
