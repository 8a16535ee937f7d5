"""Whether an RE2 pattern occurs in a text, asked of the compiled RE2 itself.

The binding's `search()` on a `str` is a generator in Python: it encodes the text, runs the
match, then works out every span's offset in characters and builds a match object; a test
that only needs "is it there" (the gates of most signals, ~10 a text) pays all of it, ~1.5-2
us a call over the scan itself. `occurs` asks the compiled RE2 directly for the first span and
compares it: the same answer, the same scan, none of the rest (blobs._found does the same on
bytes).
"""

from __future__ import annotations

from typing import Any

import re2

_ANCHOR: Any = getattr(re2, "_Anchor", None)
_UNANCHORED: Any = None if _ANCHOR is None else _ANCHOR.UNANCHORED


def occurs(pattern: Any, text: str) -> bool:
    """`pattern.search(text) is not None`, for an RE2 pattern compiled by `re2.compile`."""
    regexp = getattr(pattern, "_regexp", None)
    if regexp is None or _UNANCHORED is None:  # another binding: its own search
        return pattern.search(text) is not None
    data = text.encode("utf-8")  # as the binding encodes it (a lone surrogate raises there too)
    return bool(regexp.Match(_UNANCHORED, data, 0, len(data))[0][0] >= 0)
