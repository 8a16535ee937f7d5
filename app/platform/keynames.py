"""Turn pynput's key objects into PasteGuard's key names, and keep the modifier state."""

from __future__ import annotations

from typing import Any

# pynput's Key member names that are not already our names.
_RENAMED = {
    "esc": "escape",
    "ctrl": "ctrl",
    "ctrl_l": "ctrl",
    "ctrl_r": "ctrl",
    "shift": "shift",
    "shift_l": "shift",
    "shift_r": "shift",
    "alt": "alt",
    "alt_l": "alt",
    "alt_r": "alt",
    "cmd": "meta",
    "cmd_l": "meta",
    "cmd_r": "meta",
    "super": "meta",
    "alt_gr": "altgr",  # types characters; not a shortcut modifier
}
_CHARS = {" ": "space", "\r": "enter", "\n": "enter", "\t": "tab", "\x1b": "escape"}
# X11 keysyms that pynput leaves as a bare KeyCode(vk=...) without a character.
_X11_KEYSYMS = {0xFF8D: "enter", 0xFF9E: "insert", 0xFF63: "insert", 0xFF0D: "enter"}
# macOS virtual key codes (ANSI positions), for characters that Option turned into symbols:
# with Cmd+Opt held, J arrives as "∆" and I as "ˆ".
_MAC_KEYCODES = {
    0: "a", 11: "b", 8: "c", 2: "d", 14: "e", 3: "f", 5: "g", 4: "h", 34: "i", 38: "j",
    40: "k", 37: "l", 46: "m", 45: "n", 31: "o", 35: "p", 12: "q", 15: "r", 1: "s",
    17: "t", 32: "u", 9: "v", 13: "w", 7: "x", 16: "y", 6: "z", 36: "enter", 76: "enter",
    49: "space", 53: "escape", 51: "backspace", 48: "tab",
}  # fmt: skip


def pynput_key_name(key: Any, mac_keycodes: bool = False) -> str:
    """The name of a pynput `Key` or `KeyCode` ("v", "enter", "ctrl", ...); "" when unknown.

    Duck-typed so that it runs without pynput (which cannot be imported without a display).
    `mac_keycodes`: fall back on the key's position for non-ASCII characters (macOS Option).
    """
    if key is None:
        return ""
    name = getattr(key, "name", None)  # a pynput.keyboard.Key member
    if isinstance(name, str):
        return _RENAMED.get(name, name)
    char = getattr(key, "char", None)
    vk = getattr(key, "vk", None)
    if isinstance(char, str) and char:
        if char in _CHARS:
            return _CHARS[char]
        if char.isascii():
            return char.lower()
        if mac_keycodes and vk in _MAC_KEYCODES:
            return _MAC_KEYCODES[vk]
        return char.lower()
    if isinstance(vk, int):
        if mac_keycodes:
            return _MAC_KEYCODES.get(vk, "")
        return _X11_KEYSYMS.get(vk, "")
    return ""


_BITS = {"ctrl": 1, "shift": 2, "alt": 4, "meta": 8}
_SETS = tuple(
    frozenset(name for name, bit in _BITS.items() if mask & bit) for mask in range(16)
)  # every combination built once, so the hook thread never allocates a set


def modifier_set(ctrl: bool, shift: bool, alt: bool, meta: bool) -> frozenset[str]:
    """The shared frozenset for these modifiers (no allocation)."""
    return _SETS[(1 if ctrl else 0) | (2 if shift else 0) | (4 if alt else 0) | (8 if meta else 0)]


class ModifierState:
    """Which modifiers are held, from the key events themselves.

    Sides are counted apart (left and right Ctrl), so releasing one while the other is held
    keeps Ctrl down. Bounded: at most eight physical keys.
    """

    __slots__ = ("_down",)

    def __init__(self) -> None:
        self._down = 0  # bit per (modifier, side)

    def update(self, name: str, side: str, pressed: bool) -> frozenset[str]:
        """Record a modifier key change (`side` "l" or "r"); return the modifiers now held."""
        bit = _BITS.get(name)
        if bit is not None:
            shift = 4 if side == "r" else 0
            if pressed:
                self._down |= bit << shift
            else:
                self._down &= ~(bit << shift)
        return self.current

    @property
    def current(self) -> frozenset[str]:
        return _SETS[(self._down | (self._down >> 4)) & 15]

    def clear(self) -> None:
        self._down = 0


def pynput_side(key: Any) -> str:
    """ "r" for a right-hand modifier in pynput ("ctrl_r"), else "l"."""
    name = getattr(key, "name", None)
    return "r" if isinstance(name, str) and name.endswith("_r") else "l"
