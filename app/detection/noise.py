"""What the rules read of a long text: its random-looking base64 runs blanked out.

The rules match every character of a text, in linear time. Random base64 (integrity hashes,
images in data: URIs, certificates, tokens) is the one kind of text where that costs more than
it finds: three-letter atoms such as `iex`, `irm` and `pwsh` turn up in it by chance, each
sends its patterns over a whole chunk, and the literal pass's DFA thrashes on it. A megabyte of
lockfile or inlined PNG cost 60 to 110 ms of matching, more than the whole analysis's budget,
for hits that mean nothing (a phone number in `+1/234...`, `-nop` in `x-nopQ`).

So the raw layer of a long text is matched on a copy in which every run that looks random is
overwritten with `A`s of the same length. What such a run held is not lost:
a run cannot hold a command (no blank, quote, dot, pipe or bracket fits in one), whatever it
decodes to is looked at by the deep windows (windows.py) and the decoders, and a command word
inside one still opens a window there, whose folded text the rules read. A run still reads as
base64 to the rules (`-enc AAAA…` is still an encoded command). Runs that look like words,
paths or slugs (a URL path such as /verify-human-captcha-2024/) are kept as written.

A run looks random when it mixes cases as base64 of random bytes does: at least a fifth of it
capitals and a fifth small letters (base64 of random bytes has about 41 % of each). Lines of
base64 wrapped as `base64`, MIME and PEM write them are one block, judged and blanked whole.
Hex digests have no capitals and are kept: the rules read hex fast.

Before that, a lock file's lines of data (`"integrity": "sha512-…",`) are left out whole
(datalines.py): there the offsets are not kept, as nothing reads the view but the rules.
"""

from __future__ import annotations

from itertools import compress, repeat
from operator import and_, ge, mul, not_
from typing import Any

import re2

from app.detection.clock import budget_clock
from app.detection.datalines import without_data_lines

MIN_RUN = 32
DEADLINE_EVERY = 256  # runs between two looks at the clock
FEW_CAPITALS = 100  # a text with fewer capitals than one in this many has no random base64
MAX_WORDLIKE = 64  # word-like lines in a block looked at one by one
SAMPLE = 256  # bytes of a run its mix of cases is counted on

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
# A run, or a block of them on consecutive lines (base64 as `base64`, MIME and PEM wrap it):
# one match for a whole wrapped image or certificate, not one per line.
_RUNS: Any = re2.compile(
    rb"[A-Za-z0-9+/_\-]{%d,}(?:={0,2}\r?\n[A-Za-z0-9+/_\-]{%d,})*" % (MIN_RUN, MIN_RUN),
    _OPTIONS,
)
_ANCHOR: Any = getattr(re2, "_Anchor", None)
_UNANCHORED = None if _ANCHOR is None else _ANCHOR.UNANCHORED
# each byte as its class: capital, small letter, line end, anything else
_CLASSES = bytes(
    ord("U") if 65 <= c <= 90 else ord("l") if 97 <= c <= 122 else c if c == 10 else 32
    for c in range(256)
)
# In a block's classes: a stretch of a line with no capital, or no small letter, as words,
# paths and hex have (random base64 has one of 24 characters once in ~250,000 positions).
_WORDLIKE: Any = re2.compile(rb"[^U\n]{24}|[^l\n]{24}", _OPTIONS)
_NOT_CAPITAL = bytes(c for c in range(256) if not 65 <= c <= 90)
_RUN_CHARS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-")
# a run blanked: base64 characters to A, line ends and padding kept
_BLANK = bytes(ord("A") if c in _RUN_CHARS else c for c in range(256))


def looks_random(run: bytes) -> bool:
    """Whether a run of base64 characters mixes cases as base64 of random bytes does: at
    least a fifth capitals and a fifth small letters (random bytes give about 41 % each)."""
    classes = run.translate(_CLASSES)
    return classes.count(b"U") * 5 >= len(run) and classes.count(b"l") * 5 >= len(run)


def _random_lines(block: bytes) -> list[bool]:
    """For each line of a block, whether it looks random (counted in C, line by line: a
    wrapped megabyte has 14,000 lines)."""
    lines = block.translate(_CLASSES).split(b"\n")
    sizes = list(map(len, lines))
    capitals = map(bytes.count, lines, repeat(b"U"))
    smalls = map(bytes.count, lines, repeat(b"l"))
    enough_capitals = map(ge, map(mul, capitals, repeat(5)), sizes)
    enough_smalls = map(ge, map(mul, smalls, repeat(5)), sizes)
    return list(map(and_, enough_capitals, enough_smalls))


def _blank_block(block: bytes) -> bytes:
    """A block of lines with each line that looks random blanked; the others as written (a
    word-like line, such as a URL's path, may follow a line of base64)."""
    classes = block.translate(_CLASSES)
    blanked = bytearray(block.translate(_BLANK))
    match = _WORDLIKE._regexp.Match
    pos, size, looked = 0, len(block), 0
    while pos < size:
        start, end = match(_UNANCHORED, classes, pos, size)[0]
        if start < 0:
            break
        looked += 1
        if looked > MAX_WORDLIKE:  # many word-like lines: judge every line at once
            judged = _random_lines(block)
            lines = bytes(blanked).split(b"\n")
            kept = block.split(b"\n")
            for i in compress(range(len(judged)), map(not_, judged)):
                lines[i] = kept[i]
            return b"\n".join(lines)
        first = classes.rfind(b"\n", 0, start) + 1
        last = classes.find(b"\n", end)
        last = size if last < 0 else last
        width = last - first
        if (
            classes.count(b"U", first, last) * 5 < width
            or classes.count(b"l", first, last) * 5 < width
        ):
            blanked[first:last] = block[first:last]
        pos = last + 1
    return bytes(blanked)


def rules_view(data: bytes, deadline: float) -> bytes | None:
    """`data` without its lines of data (datalines.py) and with its random-looking runs
    overwritten by `A`s, or None when it has neither.

    Past `deadline` (a `budget_clock()` value) the rest of the text is left as it is: the
    view is only quicker to match, never needed for a verdict.
    """
    lines = without_data_lines(data, deadline)
    if lines is not None:
        data = lines
    return _blanked(data, deadline) or lines


def _blanked(data: bytes, deadline: float) -> bytes | None:
    regexp = getattr(_RUNS, "_regexp", None)
    if regexp is None or _UNANCHORED is None:
        return None
    if len(data.translate(None, _NOT_CAPITAL)) * FEW_CAPITALS < len(data):
        return None  # hex, prose, code: nothing that looks random to blank
    match = regexp.Match
    classes = data.translate(_CLASSES)
    count = classes.count
    find = data.find
    pieces: list[bytes] = []
    append = pieces.append
    at = pos = seen = 0
    n = len(data)
    while pos < n:
        start, end = match(_UNANCHORED, data, pos, n)[0]
        if start < 0:
            break
        pos = end
        seen += 1
        if seen % DEADLINE_EVERY == 0 and budget_clock() > deadline:
            break
        if find(b"\n", start, end) >= 0:
            block = data[start:end]
            blanked = _blank_block(block)
            if blanked != block:
                append(data[at:start])
                append(blanked)
                at = end
            continue
        # judged on its first SAMPLE bytes: counting costs ~3 ns a byte
        last = min(end, start + SAMPLE)
        size = last - start
        if count(b"U", start, last) * 5 >= size and count(b"l", start, last) * 5 >= size:
            append(data[at:start])
            append(b"A" * (end - start))
            at = end
    if not pieces:
        return None
    append(data[at:])
    return b"".join(pieces)
