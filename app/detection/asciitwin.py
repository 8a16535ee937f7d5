"""A Python regular expression's yes/no answer on ASCII text, asked of an RE2 twin of it.

A few readers test a short text against one Python `re` alternation of dozens of phrasings in
a dozen languages (helpdesk.py, ownapp.py: ~60-100 us a call, their search tries every branch
at every position). RE2 answers the same question in one linear pass, a few microseconds. The
two engines read some syntax differently, but on a text that is all ASCII the differences that
remain are few and known, and `twin` either writes a pattern RE2 reads exactly as Python reads
it on such a text, or gives up (None, and the caller keeps Python's answer):

- `\\s` is Python's on ASCII: also the vertical tab and \\x1c-\\x1f (RE2's has neither); it is
  spelt out, and so is `\\S` outside a class (inside one it is refused);
- `\\w`, `\\W`, `\\d`, `\\D`, `\\b`, `\\B` and `.` (no DOTALL) mean the same on ASCII text;
- case folding: an ASCII letter folds alike; a non-ASCII character of the pattern is kept only
  when both engines match the same ASCII characters with it (Python matches `ı` and `İ` with
  `i`, RE2 does not: such a pattern is refused; `ſ` and the Kelvin sign fold alike in both);
- what RE2 has not, or reads otherwise, is refused: `$` (Python's also matches before a final
  newline), lookarounds, back references, atomic and possessive forms, `{,n}` (a literal to
  RE2), flags other than IGNORECASE, POSIX classes, escapes outside a short known list.

Only yes/no is asked: which span a match has is not the same question (leftmost-first in both,
but not needed here).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import re2

_ANCHOR: Any = getattr(re2, "_Anchor", None)
_UNANCHORED: Any = None if _ANCHOR is None else _ANCHOR.UNANCHORED

_SPACE = " \\t\\n\\r\\f\\x0b\\x1c-\\x1f"  # Python's \s on ASCII text, as a class's items
# escapes both engines read alike (on ASCII text): classes, anchors, control characters
_SAME_ESCAPES = set("wWdDbBAntrfa")
_CLASS_SAME_ESCAPES = set("wWdDntrfa")
_FLAGS = re.IGNORECASE | re.UNICODE  # the only flags a twin is made for
# The non-ASCII characters that fold to an ASCII letter in Python's caseless matching and not
# in RE2's (Python also has U+017F long s and U+212A Kelvin, as RE2 does; tests/app/detection/
# test_asciitwin.py looks at every character of Unicode for each ASCII letter, in both)
PYTHON_ONLY_FOLDS = "\u0131\u0130"  # dotless i, I with a dot


class _Refused(Exception):
    """The pattern holds something the twin cannot be sure to read as Python does."""


def _character(c: str, caseless: bool) -> str:
    """A literal character of the pattern, as the twin writes it."""
    if caseless and c in PYTHON_ONLY_FOLDS:
        raise _Refused(c)
    return c


def _class(pattern: str, i: int, caseless: bool) -> tuple[str, int]:
    """The class that starts at pattern[i] ("["), rewritten, and the index after it."""
    out = ["["]
    i += 1
    if pattern.startswith("^", i):
        out.append("^")
        i += 1
    if pattern.startswith(("]", "["), i):
        raise _Refused("a class that starts with a bracket")
    first = True
    while i < len(pattern):
        c = pattern[i]
        if c == "]":
            return "".join(out) + "]", i + 1
        if c == "[":
            raise _Refused("a bracket inside a class (a POSIX class to RE2)")
        if c == "\\":
            e = pattern[i + 1 : i + 2]
            if e == "s":
                out.append(_SPACE)
            elif e in _CLASS_SAME_ESCAPES or (e and not e.isalnum() and e.isascii()):
                out.append("\\" + e)
            else:
                raise _Refused("\\" + e)
            i += 2
        elif c == "-" and not first and not pattern.startswith("]", i + 1):
            # a range: both of its ends must be ASCII (a non-ASCII one is not looked at)
            if not pattern[i - 1].isascii() or not pattern[i + 1 : i + 2].isascii():
                raise _Refused("a non-ASCII range")
            out.append(c)
            i += 1
        else:
            out.append(_character(c, caseless))
            i += 1
        first = False
    raise _Refused("an unclosed class")


def rewrite(pattern: str, flags: int = 0) -> str | None:
    """The RE2 pattern that answers as Python's `pattern` (with `flags`) does on ASCII text,
    or None when it cannot be sure of one (see the module's text)."""
    if flags & ~_FLAGS:
        return None
    caseless = bool(flags & re.IGNORECASE)
    out: list[str] = ["(?i)"] if caseless else []
    i = 0
    try:
        if pattern.startswith("(?i)"):
            caseless = True
            out = ["(?i)"]
            i = 4
        while i < len(pattern):
            c = pattern[i]
            if c == "\\":
                e = pattern[i + 1 : i + 2]
                if e == "s":
                    out.append("[" + _SPACE + "]")
                elif e == "S":
                    out.append("[^" + _SPACE + "]")
                elif e in _SAME_ESCAPES or (e and not e.isalnum() and e.isascii()):
                    out.append("\\" + e)
                else:
                    raise _Refused("\\" + e)
                i += 2
            elif c == "[":
                text, i = _class(pattern, i, caseless)
                out.append(text)
            elif c == "(":
                if pattern.startswith("(?", i) and not pattern.startswith("(?:", i):
                    raise _Refused("a group other than (?:...)")
                out.append(c)
                i += 1
            elif c == "{":
                if pattern.startswith("{,", i):
                    raise _Refused("{,n}")
                out.append(c)
                i += 1
            elif c == "$":
                raise _Refused("$")
            else:
                out.append(_character(c, caseless))
                i += 1
    except _Refused:
        return None
    return "".join(out)


def _possessive(pattern: str) -> bool:
    """Whether the pattern has a possessive quantifier or an atomic group (Python 3.11)."""
    return re.search(r"(?<!\\)(?:[*+?}]\+)|\(\?>", pattern) is not None


def twin(compiled: re.Pattern[str]) -> Any | None:
    """The RE2 twin of a compiled Python pattern (see the module's text), or None."""
    if _UNANCHORED is None or _possessive(compiled.pattern):
        return None
    written = rewrite(compiled.pattern, compiled.flags & ~re.UNICODE)
    if written is None:
        return None
    options = re2.Options()
    options.log_errors = False
    try:
        return re2.compile(written, options)
    except re2.error:
        return None


def finder(compiled: re.Pattern[str]) -> Callable[[str], bool]:
    """`lambda text: compiled.search(text) is not None`, asked of the RE2 twin when the text
    is ASCII and there is one (made at the first ASCII text: nothing at import)."""
    search = compiled.search
    made: list[Any] = []

    def found(text: str) -> bool:
        if text.isascii():
            if not made:
                other = twin(compiled)
                made.append(None if other is None else other._regexp.Match)
            match = made[0]
            if match is not None:
                data = text.encode("ascii")
                return bool(match(_UNANCHORED, data, 0, len(data))[0][0] >= 0)
        return search(text) is not None

    return found
