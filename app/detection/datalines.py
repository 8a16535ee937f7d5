"""Lines of a long text that are data to every reader: a JSON lock file's `"key": "word",`.

A package-lock.json is a megabyte of lines such as `"resolved": "https://registry…/a.tgz",`
and `"integrity": "sha512-…",`: addresses a package manager fetches tarballs from, digests
it checks them against, versions. The rules read every byte of a long text, and on a lock
file's megabyte their passes cost more than the whole analysis's budget (a 1 MiB lock came
back "suspicious: not checked fully", issue 9's "size is not evidence"). So what the rules
match of a long text (noise.rules_view) leaves such lines out, found in one linear RE2 pass.

Only a line that cannot be a command and holds nothing a rule looks for is left out:

- it starts with a quoted key and a colon (`"name":`): pasted into a shell the first word is
  `name:`, a command that does not exist, in cmd.exe and PowerShell an error; a line that is
  a bare string (`"curl"`, an array's element) or brace expansion (`{"curl","-o",…}`) is kept;
- every string on it is one word of letters, digits and `@/._~^+:#=<>*-`: no blank, quote,
  `$`, `%`, parenthesis, semicolon, pipe, ampersand, backquote or backslash, so no command,
  script, call or escape fits in it (an npm script `"postinstall": "powershell -enc …"`,
  a version range with blanks, anything quoted with a space is kept and read as before);
- its value is such a word, true/false/null, a number, an opening bracket, or a flat object
  or array of those on the same line; else only closing brackets and a comma.

What such a line held is not lost to the rest of the engine: the deep windows (windows.py)
still weigh every encoded run of the whole text and look at its addresses, and the decoders
read them. A text whose lines are all of this shape says nothing the rules could flag.
"""

from __future__ import annotations

from typing import Any

import re2

from app.detection.clock import budget_clock

DEADLINE_EVERY = 256  # blocks of data lines between two looks at the clock
MIN_SHARE = 4  # the view is made only when data lines are at least 1/MIN_SHARE of the text
SAMPLE = 64 * 1024  # bytes of the text's start the share is guessed on (one pass, no Python)

_KEY = rb'"[A-Za-z0-9@/._~+\-]*"'
_WORD = rb'"[A-Za-z0-9@/._~^+:#=<>*\-]*"'
_SCALAR = rb"(?:%s|true|false|null|-?[0-9]+(?:\.[0-9]+)?(?:[eE][+\-]?[0-9]+)?)" % _WORD
_PAIR = rb"%s[ \t]*:[ \t]*%s" % (_KEY, _SCALAR)
_OBJECT = rb"\{[ \t]*(?:%s(?:[ \t]*,[ \t]*%s)*)?[ \t]*\}" % (_PAIR, _PAIR)
_ARRAY = rb"\[[ \t]*(?:%s(?:[ \t]*,[ \t]*%s)*)?[ \t]*\]" % (_SCALAR, _SCALAR)
_VALUE = rb"(?:%s|%s|%s|[\[{])" % (_SCALAR, _OBJECT, _ARRAY)
_LINE = rb"[ \t]*(?:%s[ \t]*:[ \t]*%s|[\]}]{1,4})[ \t]*,?[ \t]*\r?\n" % (_KEY, _VALUE)

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
# a block of consecutive data lines, from a line's start: one match for a whole lock file
_BLOCK: Any = re2.compile(rb"(?m)^(?:%s)+" % _LINE, _OPTIONS)
_ANCHOR: Any = getattr(re2, "_Anchor", None)
_UNANCHORED = None if _ANCHOR is None else _ANCHOR.UNANCHORED


def data_blocks(data: bytes, deadline: float) -> list[tuple[int, int]]:
    """The spans of the blocks of data lines in `data`, each from a line's start to the end
    of its last line; none when they are too few to be worth leaving out (most texts: prose,
    code, logs).

    Past `deadline` (a `budget_clock()` value) the rest of the text is not looked at: leaving
    data lines out only makes the rules quicker, it is never needed for a verdict.
    """
    regexp = getattr(_BLOCK, "_regexp", None)
    if regexp is None or _UNANCHORED is None:
        return []
    if data.count(b'":', 0, SAMPLE) * 64 < min(len(data), SAMPLE) // MIN_SHARE:
        return []  # fewer than one key a line of ~64 bytes in a quarter of its start
    match = regexp.Match
    spans: list[tuple[int, int]] = []
    append = spans.append
    pos = dropped = 0
    n = len(data)
    while pos < n:
        start, end = match(_UNANCHORED, data, pos, n)[0]
        if start < 0:
            break
        append((start, end))
        dropped += end - start
        pos = end
        if len(spans) % DEADLINE_EVERY == 0:
            if budget_clock() > deadline:
                break
            if len(spans) == DEADLINE_EVERY and dropped * MIN_SHARE < end:
                break  # short blocks between kept lines: not worth a look per line
    return spans if dropped * MIN_SHARE >= pos else []


def without_data_lines(data: bytes, deadline: float) -> bytes | None:
    """`data` with each block of data lines (data_blocks) as one empty line, or None when it
    has too few."""
    spans = data_blocks(data, deadline)
    if not spans:
        return None
    pieces: list[bytes] = []
    at = 0
    for start, end in spans:
        pieces.append(data[at:start])
        pieces.append(b"\n")
        at = end
    pieces.append(data[at:])
    return b"".join(pieces)
