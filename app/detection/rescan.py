"""A regular expression's matches found from the places they can start, not by a scan.

Python's re tries a pattern at every character of a text unless the pattern starts with a
literal it can look for (a case-insensitive pattern never does): a few such patterns over
each layer of a text were ~15 % of the work on the slowest texts. When every match of a
pattern must start at one of a few places that plain string searches find (where the word
`set` is, a few characters before `://`), the pattern is tried at those places only, in
order, each one past the end of the last match: the same matches `finditer` gives, since it
too takes the leftmost match and goes on from its end (a match at a place is tried with
`match`, which sees the text before that place as `search` does, for `\\b` and look-behinds).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import AnyStr


def occurrences(text: AnyStr, words: Iterable[AnyStr]) -> list[int]:
    """Where each of the words occurs in text (overlapping ones too), in order."""
    found: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.add(at)
            at = text.find(word, at + 1)
    return sorted(found)


def matches_from(
    pattern: re.Pattern[AnyStr], text: AnyStr, starts: Iterable[int]
) -> Iterator[re.Match[AnyStr]]:
    """pattern.finditer(text), for a pattern whose every match starts at one of `starts`
    (ascending) and is never empty."""
    end = 0
    for start in starts:
        if start < end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            yield m
            end = m.end()
