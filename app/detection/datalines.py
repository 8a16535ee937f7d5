"""Lines of a long text that are data to every reader: a lock file's or a checksum file's.

A package-lock.json is a megabyte of lines such as `"resolved": "https://registry…/a.tgz",`
and `"integrity": "sha512-…",`: addresses a package manager fetches tarballs from, digests
it checks them against, versions. The rules read every byte of a long text, and on a lock
file's megabyte their passes cost more than the whole analysis's budget (a 1 MiB lock came
back "suspicious: not checked fully", issue 9's "size is not evidence"). So what the rules
match of a long text (noise.rules_view) leaves such lines out, found in one linear RE2 pass.

Only a line that cannot be a command and holds nothing a rule looks for is left out:

- its first word, as a shell splits it, is no command: a key and its colon (`"name":` in
  JSON, `name:` in YAML: the command `name:` does not exist, in cmd.exe and PowerShell it is
  an error), a digest (`sha256sum`'s lines), `pkg==1.0` or `--hash=…` (pip), `SHA256 (`,
  a word with a comma glued to it (an array's element), or one of Cargo.lock's four keys
  before `=`; a bare string (`"curl"`) or brace expansion (`{"curl","-o",…}`) is kept;
- every string or value on it is one word of letters, digits and `@/._~^+:#=<>*-`: no blank,
  quote, `$`, `%`, parenthesis, semicolon, pipe, ampersand, backquote or backslash, so no
  command, script, call or escape fits in it (an npm script `"postinstall": "powershell -enc
  …"`, a version range with blanks, a list of a command's words, anything quoted with a blank
  is kept and read as before);
- its value is such a word, true/false/null, a number, an opening bracket, or a flat object
  or map of those on the same line; else only closing brackets and a comma.

What such a line held is not lost to the rest of the engine: the deep windows (windows.py)
still weigh every encoded run of the whole text and look at its command words and addresses,
and the decoders read them. A text whose lines are all of this shape says nothing a rule
could flag.
"""

from __future__ import annotations

from typing import Any

import re2

from app.detection.clock import budget_clock

DEADLINE_EVERY = 256  # blocks of data lines between two looks at the clock
MIN_SHARE = 4  # data lines are left out only when they are at least 1/MIN_SHARE of the text
SAMPLE = 64 * 1024  # bytes of the text's start that must hold that share before the rest is read

# a string of one word: letters, digits and what package names, versions, ranges, digests and
# addresses hold; no blank, quote, $, %, parenthesis, ;, |, &, `, \, comma, ! or ?
_CH = rb"[A-Za-z0-9@/._~^+:#=<>*\-]"
_WORD = rb'"%s*"' % _CH
_NUMBER = rb"-?[0-9]+(?:\.[0-9]+)?(?:[eE][+\-]?[0-9]+)?"
# JSON (package-lock.json, composer.lock): `"key": value,` where a value is a word, true, false,
# null, a number, an opening bracket, or a flat object of those
_KEY = rb'"[A-Za-z0-9@/._~+\-]*"'
_SCALAR = rb"(?:%s|true|false|null|%s)" % (_WORD, _NUMBER)
_PAIR = rb"%s[ \t]*:[ \t]*%s" % (_KEY, _SCALAR)
_OBJECT = rb"\{[ \t]*(?:%s(?:[ \t]*,[ \t]*%s)*)?[ \t]*\}" % (_PAIR, _PAIR)
_JSON = rb"%s[ \t]*:[ \t]*(?:%s|%s|[\[{])[ \t]*,?|[\]}]{1,4},?" % (_KEY, _SCALAR, _OBJECT)
# YAML (pnpm-lock.yaml, yarn's berry lock): `key:` or `key: value`, a value a word (bare or
# quoted) or a flat map of words: in a shell the first word ends with the colon
_YKEY = rb"(?:[A-Za-z0-9@/._~+][A-Za-z0-9@/._~+\-]*|%s|'%s*')" % (_WORD, _CH)
_YWORD = rb"(?:[A-Za-z0-9@/._~^+=<>*\-]%s*|%s|'%s*')" % (_CH, _WORD, _CH)
_YPAIR = rb"%s:[ \t]+%s" % (_YKEY, _YWORD)
_YMAP = rb"\{[ \t]*%s(?:[ \t]*,[ \t]*%s)*[ \t]*\}" % (_YPAIR, _YPAIR)
_YAML = rb"%s:(?:[ \t]+(?:%s|%s))?" % (_YKEY, _YWORD, _YMAP)
# Cargo.lock: a package's name, version, source, checksum and dependencies (no other key: a
# TOML key is a shell's first word), its header, and a word followed by a comma (an array's
# element: in a shell the comma is part of the first word)
_TOML = (
    rb"(?:name|version|source|checksum)[ \t]+=[ \t]+(?:%s|[0-9]+)|dependencies[ \t]+=[ \t]+\["
    rb"|\[\[package\]\]|%s,"
) % (_WORD, _WORD)
# checksum files: `sha256sum` and `md5sum` (a digest first, no command), BSD's `SHA256 (f) = …`,
# and pip's pinned requirements with hashes (`pkg==1.0 \`, `--hash=sha256:… \`)
_HEX = rb"[0-9A-Fa-f]{32,128}"
_SUMS = (
    rb"%s[ \t]+\*?%s+|(?:MD5|SHA1|SHA224|SHA256|SHA384|SHA512) \(%s+\) = %s"
    rb"|(?:[A-Za-z0-9._\-]+==[A-Za-z0-9.+!\-]+|--hash=[a-z0-9]+:%s)(?:[ \t]+\\)?"
) % (_HEX, _CH, _CH, _HEX, _HEX)
_LINE = rb"[ \t]*(?:%s|%s|%s|%s)?[ \t]*\r?\n" % (_JSON, _YAML, _TOML, _SUMS)

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
    match = regexp.Match
    spans: list[tuple[int, int]] = []
    append = spans.append
    pos = dropped = 0
    n = looked = len(data)
    # the text's start first: a text whose first SAMPLE bytes are not mostly data is not read on
    limit = min(n, SAMPLE)
    while True:
        start, end = match(_UNANCHORED, data, pos, limit)[0]
        if start < 0:
            if limit == n:
                break
            if dropped * MIN_SHARE < limit:
                return []  # the text's start is not mostly data: its rest is not looked at
            limit = n
            continue
        if end == limit < n:  # a block cut by the sample's end: read it whole
            limit = n
            continue
        append((start, end))
        dropped += end - start
        pos = end
        if len(spans) % DEADLINE_EVERY == 0:
            if dropped * MIN_SHARE < end:
                return []  # short blocks between kept lines: not worth a look per line
            if budget_clock() > deadline:
                looked = end
                break
    return spans if dropped * MIN_SHARE >= looked else []


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
