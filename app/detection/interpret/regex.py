"""The .NET regular expressions PowerShell's -split and -replace take, run with RE2 (linear time).

The RE2 binding's own split() and sub() build a Python match object per match, sort its offsets
and split the replacement template again each time: about 8 us a match, so a hex string cut in
pairs (`'6874…' -split '(..)'`) cost 250 us, and a 60 000-character string cut in characters a
third of a second, past every budget. Here each match is one call to the binding's matcher,
which gives the spans; the template is read once; and at most MAX_MATCHES matches are looked
for: -split keeps the first MAX_ITEMS pieces as before, -replace with more matches than that is
more work than a reading may do (TooManyMatches). Where the binding lacks the internals used
here (another google-re2 release), its public split() and sub() are used, bounded the same way.
"""

from __future__ import annotations

import codecs
import functools
import itertools
import re
from typing import Any

import re2

from app.detection.interpret.budget import MAX_ITEMS, MAX_STRING

MAX_MATCHES = MAX_ITEMS  # matches one -split or -replace looks for
_NULL = (-1, -1)
_DOTNET_GROUP = re.compile(r"\$\{?(\d)\}?")  # $1, ${1} in a .NET replacement
_Spans = tuple[tuple[int, int], ...]  # the whole match's span, then each group's ((-1, -1): none)

_ANCHOR = getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)
_TEMPLATE = getattr(getattr(re2, "_Match", None), "_split", None)
FAST = _ANCHOR is not None and _TEMPLATE is not None  # tests turn it off to compare


class TooManyMatches(Exception):
    """A -replace with more than MAX_MATCHES matches: more work than a reading may do."""


CACHED_PATTERN = 1024  # characters of a pattern whose compiled form is kept (256 of them)


def compiled(pattern: str, case: bool) -> Any:
    """The pattern compiled once (None if RE2 cannot read it); a -replace over an array's
    items used to compile it again for each item. Long patterns (attacker text can make
    them up to MAX_STRING) are compiled each time, not kept."""
    return _compiled(pattern, case) if len(pattern) <= CACHED_PATTERN else _compile(pattern, case)


@functools.lru_cache(maxsize=256)
def _compiled(pattern: str, case: bool) -> Any:
    return _compile(pattern, case)


def _compile(pattern: str, case: bool) -> Any:
    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = case
    try:
        return re2.compile(pattern, options)
    except re2.error:
        return None


def _char_offsets(text: str, data: bytes) -> list[int]:
    """For each byte offset of data (text in UTF-8), the offset of its character in text."""
    out: list[int] = []
    for i, char in enumerate(text):
        out.extend([i] * len(char.encode("utf-8", "surrogatepass")))
    out.append(len(text))
    assert len(out) == len(data) + 1
    return out


def matches(regex: Any, text: str, limit: int) -> tuple[list[_Spans], bool]:
    """The spans of the first `limit` matches of regex in text (as the binding's finditer
    finds them), and whether there are more."""
    if not FAST:
        found = []
        for m in itertools.islice(regex.finditer(text), limit + 1):
            found.append(tuple(m.span(g) for g in range(regex.groups + 1)))
        return found[:limit], len(found) > limit
    data = text.encode("utf-8", "surrogatepass")
    to_char = None if len(data) == len(text) else _char_offsets(text, data)
    match = regex._regexp.Match
    out: list[_Spans] = []
    pos, end = 0, len(data)
    while True:
        spans = match(_ANCHOR, data, pos, end)
        if spans[0] == _NULL:
            return out, False
        if len(out) == limit:
            return out, True
        if to_char is None:
            out.append(tuple(spans))
        else:
            out.append(tuple(s if s == _NULL else (to_char[s[0]], to_char[s[1]]) for s in spans))
        if pos == end:
            return out, False
        if pos == spans[0][1]:  # an empty match: one character on, as the binding does
            pos += 1
            while pos < end and data[pos] & 0xC0 == 0x80:
                pos += 1
        else:
            pos = spans[0][1]


def split(text: str, pattern: str) -> list[str | None] | None:
    """`text -split pattern` (case-insensitive): the pieces between matches and each match's
    groups (None for a group that took no part), at most MAX_ITEMS of them."""
    regex = compiled(pattern, False)
    if regex is None:
        return None
    found, _more = matches(regex, text, MAX_MATCHES)
    pieces: list[str | None] = []
    last = 0
    for spans in found:
        pieces.append(text[last : spans[0][0]])
        pieces.extend(None if s == _NULL else text[s[0] : s[1]] for s in spans[1:])
        last = spans[0][1]
    pieces.append(text[last:])
    return pieces[:MAX_ITEMS]


def _template(regex: Any, template: str) -> list[str | int] | None:
    """The replacement read as the binding's expand() reads it: literal text (its escapes
    undone) and group numbers; None if it names a group the pattern does not have (IndexError
    from the binding)."""
    assert _TEMPLATE is not None
    pieces: list[str] = list(_TEMPLATE(template))
    out: list[str | int] = []
    for index, piece in enumerate(pieces):
        if not index % 2:
            # the binding undoes escapes with unicode_escape, which reads the text as Latin-1
            # ('é' became 'Ã©'); the same escapes undone over UTF-8 keep every other character
            out.append(codecs.escape_decode(piece.encode("utf-8"))[0].decode("utf-8", "replace"))
            continue
        name = piece[1:] if len(piece) <= 3 else piece[3:-1]
        group = int(name) if name.isdigit() else regex.groupindex.get(name)
        if group is None or not 0 <= group <= regex.groups:
            return None
        out.append(group)
    return out


def replace(text: str, pattern: str, replacement: str, case: bool = False) -> str | None:
    """.NET Regex.Replace: $1 and ${1} in the replacement stand for groups. None if the
    pattern or replacement cannot be read; TooManyMatches past MAX_MATCHES matches."""
    regex = compiled(pattern, case)
    if regex is None:
        return None
    template = replacement.replace("\\", "\\\\")
    template = _DOTNET_GROUP.sub(r"\\\1", template) if "$" in template else template
    if not FAST:
        return _replace_slowly(regex, text, template)
    found, more = matches(regex, text, MAX_MATCHES)
    if more:
        raise TooManyMatches
    if not found:
        return text[:MAX_STRING]
    pieces = _template(regex, template)
    if pieces is None:
        return None
    out: list[str] = []
    last = 0
    for spans in found:
        out.append(text[last : spans[0][0]])
        for piece in pieces:
            if isinstance(piece, str):
                out.append(piece)
            elif spans[piece] != _NULL:
                out.append(text[spans[piece][0] : spans[piece][1]])
        last = spans[0][1]
    out.append(text[last:])
    return "".join(out)[:MAX_STRING]


def _replace_slowly(regex: Any, text: str, template: str) -> str | None:
    _found, more = matches(regex, text, MAX_MATCHES)
    if more:
        raise TooManyMatches
    try:
        return str(regex.sub(template, text))[:MAX_STRING]
    except (re2.error, IndexError):
        return None
