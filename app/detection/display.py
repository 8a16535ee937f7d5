"""How attacker text is shown to a person, the same in the terminal and in the windows.

`visible` turns control and invisible characters into marks (so a hidden newline or a
zero-width space shows instead of acting), `defang` makes links unclickable
(hxxps://evil[.]test), and `shown` does both: what the command line, the viewer, the warning
and the evidence of a finding display.
"""

from __future__ import annotations

from typing import IO

from app.detection.indicators import defang
from app.detection.unicode_fold import INVISIBLE_CHARS

__all__ = ["defang", "shown", "visible"]

_VISIBLE: dict[int, str] = {
    code: f"<U+{code:04X}>"
    for code in (*range(32), *range(0x7F, 0xA0), *(ord(c) for c in INVISIBLE_CHARS))
}
_VISIBLE[ord("\n")] = "⏎"
_VISIBLE[ord("\t")] = "→"


def visible(text: str) -> str:
    """Show control and invisible characters instead of letting them act."""
    return text.translate(_VISIBLE)  # one pass in C: evidence is built for every finding


def shown(text: str) -> str:
    """`visible`, then `defang`: safe to print or to put in a label."""
    return defang(visible(text))


def ascii_only(out: IO[str]) -> bool:
    """Escape non-ASCII in JSON unless the output takes UTF-8, so no character is lost."""
    encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("-", "")
    return encoding != "utf8"
