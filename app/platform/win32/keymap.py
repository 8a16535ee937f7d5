"""Windows virtual-key codes to PasteGuard key names, and which of them are modifiers."""

from __future__ import annotations

WM_KEYDOWN = 0x0100
WM_KEYUP = 0x0101
WM_SYSKEYDOWN = 0x0104  # a key with Alt held, or F10
WM_SYSKEYUP = 0x0105
PRESS_MESSAGES = frozenset({WM_KEYDOWN, WM_SYSKEYDOWN})
RELEASE_MESSAGES = frozenset({WM_KEYUP, WM_SYSKEYUP})

# Low-level hooks see the sided codes (VK_LCONTROL ...); the generic ones are kept for
# software that injects them.
MODIFIER_KEYS: dict[int, tuple[str, str]] = {
    0x10: ("shift", "l"), 0xA0: ("shift", "l"), 0xA1: ("shift", "r"),
    0x11: ("ctrl", "l"), 0xA2: ("ctrl", "l"), 0xA3: ("ctrl", "r"),
    0x12: ("alt", "l"), 0xA4: ("alt", "l"), 0xA5: ("alt", "r"),
    0x5B: ("meta", "l"), 0x5C: ("meta", "r"),
}  # fmt: skip

_NAMED = {
    0x08: "backspace", 0x09: "tab", 0x0D: "enter", 0x13: "pause", 0x14: "caps_lock",
    0x1B: "escape", 0x20: "space", 0x21: "page_up", 0x22: "page_down", 0x23: "end",
    0x24: "home", 0x25: "left", 0x26: "up", 0x27: "right", 0x28: "down", 0x2C: "print_screen",
    0x2D: "insert", 0x2E: "delete", 0x5D: "menu",
}  # fmt: skip


def _name(vk: int) -> str:
    if vk in MODIFIER_KEYS:
        return MODIFIER_KEYS[vk][0]
    if vk in _NAMED:
        return _NAMED[vk]
    if 0x30 <= vk <= 0x39 or 0x41 <= vk <= 0x5A:
        return chr(vk).lower()  # VK_0..VK_9, VK_A..VK_Z follow the active keyboard layout
    if 0x60 <= vk <= 0x69:
        return str(vk - 0x60)  # numeric keypad digits
    if 0x70 <= vk <= 0x87:
        return f"f{vk - 0x6F}"
    return f"vk{vk:02x}"


# One name per code, built once: the hook thread only indexes a tuple.
KEY_NAMES: tuple[str, ...] = tuple(_name(vk) for vk in range(256))


def key_name(vk: int) -> str:
    return KEY_NAMES[vk] if 0 <= vk < 256 else ""
