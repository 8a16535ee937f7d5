"""What an encoded blob is: something that could hide a command, or data that cannot run.

The deep windows (windows.py) give a window to every blob that could be live, and call a text
incomplete when one does not fit; so this judgement decides whether a megabyte of ordinary
data is "could not be checked fully". It looks at what the blob decodes to, in C, without
decoding more of it than the engine itself would read:

- text (UTF-8 or UTF-16, as PowerShell's -EncodedCommand): live when it holds a command word,
  an address, shell punctuation or more encoding; but structured data (JSON, XML, PEM: a JWT's
  claims, a SAML answer, a certificate inside a Kubernetes secret) only for a command word or
  a live blob inside it, not for its brackets and addresses;
- gzip (its magic): live when what the start of it inflates to is live;
- anything else (images, fonts, archives, digests, keys, random bytes): dead, unless a stretch
  of it reads as a command (a script after a PNG's end, a polyglot), or, where the text names
  a raw-deflate decompressor (DeflateStream, zlib, gzinflate), it inflates to something live.
  Raw deflate has no magic: without a decompressor in sight nothing could unpack it.

Lists of character codes are live only where the text names a way to turn codes into text
([char], fromCharCode, chr(), -join …): a CSV of sensor readings spells nothing on its own.
"""

from __future__ import annotations

import binascii
import bisect
import itertools
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import compress, repeat
from operator import add, and_, ge, lt, not_, or_
from typing import Any

import re2

from app.detection.clock import budget_clock
from app.detection.decoders import DECODERS, DIGEST_PREFIXES, MAX_DECODED, printable_ratio

MAX_BLOB = 64 * 1024  # escapes or char codes longer than this are not tried on their own
MAX_DEPTH = 2  # blobs inside decoded blobs looked into
INNER_RUNS = 8  # blobs inside one plain decoded text looked into
MAX_INNER = 32 * 1024  # distinct blobs inside structured texts weighed, per call
MAX_LIVE_INNER = 64  # live ones looked for again, to find the texts that carry them
FOREVER = float("inf")
STRUCTURE_BYTES = 64 * 1024  # of a decoded text, read for commands (the engine reads no more)
GZIP_PEEK = 4096  # bytes of a gzip blob inflated to judge it
STRETCH = 24  # printable bytes in a row, inside binary, that are read for a command

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
_ANCHOR: Any = getattr(re2, "_Anchor", None)  # the binding's own, to call RE2 directly
_UNANCHORED = None if _ANCHOR is None else _ANCHOR.UNANCHORED

_COMMAND_WORDS = (
    r"powershell|pwsh|cmd|mshta|rundll32|regsvr32|certutil|bitsadmin|msiexec|[wc]script"
    r"|curl|wget|iex|iwr|irm|invoke-|start-process|new-object|downloadstring|bash|sh|zsh"
    r"|osascript|python|perl|ruby|node|eval|exec|javascript|net\.webclient|frombase64|chmod"
)
# What a decoded text must show to be worth a window: a command word, an address, shell
# punctuation, or more encoding (a blob inside a blob, itself looked into: _text_is_live).
_READABLE_WORDS = (
    rf"(?i)\b(?:{_COMMAND_WORDS}|system|function|fetch|import|http|https|ftp|file|\\\\|char"
    r"|echo|set|var|let|const)\b|[;|&$`<>{}()\[\]]"
)
_READABLE_RISK: Any = re2.compile(rf"{_READABLE_WORDS}|[A-Za-z0-9+/]{{16,}}", _OPTIONS)
_READABLE_WITHOUT_BLOBS: Any = re2.compile(_READABLE_WORDS, _OPTIONS)
_SHORT_RUN: Any = re2.compile(rb"[A-Za-z0-9+/_\-]{16,}={0,2}", _OPTIONS)
# What structured data (or a readable stretch inside binary) must show: a command, not the
# brackets, quotes and addresses every JSON or XML document has.
_COMMAND_RISK: Any = re2.compile(
    rf"(?i)\b(?:{_COMMAND_WORDS}|echo|script|fetch|atob|fromcharcode)\b|document\.cookie"
    r"|\\\\[a-z0-9.\-]+\\|\$\(|&&|\|\s*(?:sh|bash|iex)\b",
    _OPTIONS,
)
_STRUCTURED_STARTS = (b"{", b"[", b"<", b"-----BEGIN ")
_INNER_RUN: Any = re2.compile(
    rb"[A-Za-z0-9+/_\-]{32,}(?:={0,2}\r?\n[A-Za-z0-9+/_\-]{16,})*={0,2}", _OPTIONS
)
_STRETCHES: Any = re2.compile(rb"[\t\n\r\x20-\x7e]{%d,}" % STRETCH, _OPTIONS)
# A decompressor of raw deflate, named anywhere in the text, as a word of its own (base64
# spells `zLIb` or `cHaR` by chance now and then, but seldom between two non-word characters).
_RAW_DEFLATE_PATTERN = (
    rb"(?i)\b(?:deflatestream|deflate|inflateraw|inflate|gzinflate|zlib|decompress\w*)\b"
)
_RAW_DEFLATE_CUE: Any = re2.compile(_RAW_DEFLATE_PATTERN, _OPTIONS)
# A way to turn a list of numbers into text, named anywhere in the text.
_CHAR_CODES_PATTERN = (
    rb"(?i)\b(?:char|chrw?|fromcharcode|fromcodepoint|pack|bytes|bytearray|decode|getstring"
    rb"|printf|byte)\b|-join\b|%c\b|\\[0-7]{3}"
)
_CHAR_CODES_CUE: Any = re2.compile(_CHAR_CODES_PATTERN, _OPTIONS)
_CUES: Any = re2.compile(_RAW_DEFLATE_PATTERN + b"|" + _CHAR_CODES_PATTERN[4:], _OPTIONS)

_B64_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-="
_HEX_BYTES = b"0123456789abcdefABCDEF"
_URLSAFE = bytes.maketrans(b"-_", b"+/")
_PRINTABLE = bytes(range(32, 127)) + b"\t\r\n"
_HIGH = bytes(range(0x80, 0x100))
_ODD = b"\x00"
_MARK_ODD = bytes(c if c in _PRINTABLE else 0 for c in range(256))  # what is not printable: NUL
_DIGEST_PREFIXES = tuple(p.encode() for p in DIGEST_PREFIXES)
_RUN_CHARS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-"
_RUN_CHARS_ONLY = bytes(c if c in _RUN_CHARS else 32 for c in range(256))  # others: a space
_DIGEST_STARTS = frozenset(p[:3] for p in _DIGEST_PREFIXES)
DIGEST_SIZES = frozenset({16, 20, 28, 32, 48, 64})  # MD5 to SHA-512
_PADDING = (b"", b"", b"==", b"=")


@dataclass(frozen=True)
class Cues:
    """What a text names that makes more of its blobs runnable (all True: assume the worst)."""

    raw_deflate: bool = True  # a raw-deflate decompressor
    char_codes: bool = True  # a way to turn character codes into text

    @classmethod
    def of(cls, data: bytes) -> Cues:
        found = _match(_CUES, data, 0)  # one pass when the text names neither (most)
        if found is None:
            return cls(raw_deflate=False, char_codes=False)
        deflate = _RAW_DEFLATE_CUE.fullmatch(data[found[0] : found[1]]) is not None
        return cls(
            raw_deflate=deflate or _match(_RAW_DEFLATE_CUE, data, found[1]) is not None,
            char_codes=not deflate or _match(_CHAR_CODES_CUE, data, found[1]) is not None,
        )


ASSUME_THE_WORST = Cues()


def mostly_printable(data: bytes) -> bool:
    return len(data.translate(None, _PRINTABLE)) <= 0.15 * len(data)


def _match(pattern: Any, data: bytes, pos: int) -> tuple[int, int] | None:
    """The span of the first match of an RE2 pattern in data from `pos`, or None."""
    regexp = getattr(pattern, "_regexp", None)
    if regexp is None or _UNANCHORED is None:
        m = pattern.search(data, pos)
        return None if m is None else (m.start(), m.end())
    start, end = regexp.Match(_UNANCHORED, data, pos, len(data))[0]
    return None if start < 0 else (start, end)


def _found(pattern: Any, data: bytes) -> bool:
    """Whether an RE2 pattern occurs in data (the compiled RE2 called directly: the
    binding's search() costs ~5 us a call, this ~1.5 us)."""
    regexp = getattr(pattern, "_regexp", None)
    if regexp is None or _UNANCHORED is None:
        return pattern.search(data) is not None
    return bool(regexp.Match(_UNANCHORED, data, 0, len(data))[0][0] >= 0)


def _structured(text: bytes) -> bool:
    """JSON, XML or PEM, by how it starts."""
    return text[:64].lstrip().startswith(_STRUCTURED_STARTS)


def _structure_is_live(
    texts: list[bytes], depth: int, deadline: float = FOREVER
) -> tuple[list[bool], int]:
    """For structured texts (JSON, XML, PEM: a JWT's claims, a SAML answer, a certificate in
    a Kubernetes secret), whether each holds a command or a live blob, and the first text
    not weighed before `deadline` (-1 if none).

    All of them are read at once: one RE2 pass for commands (a text found is skipped), and
    the blobs inside them cut out with one translate and one split, each distinct one weighed
    once and all together (`live_runs`, one level deeper); only a live one is looked for
    again, to find the texts that carry it. Too many distinct blobs, or too deep: each text
    that carries one is taken as live (fail closed)."""
    texts = [text[:STRUCTURE_BYTES] for text in texts]
    joined = b"\0".join(texts)
    starts = list(itertools.accumulate((len(t) + 1 for t in texts), initial=0))
    live = [False] * len(texts)
    pos = 0
    while (found := _match(_COMMAND_RISK, joined, pos)) is not None:
        i = bisect.bisect_right(starts, found[0]) - 1
        live[i] = True
        pos = starts[i + 1]
    tokens = joined.translate(_RUN_CHARS_ONLY).split()
    runs = list(dict.fromkeys(compress(tokens, map(ge, map(len, tokens), repeat(32)))))
    if not runs:
        return live, -1
    if depth >= MAX_DEPTH or len(runs) > MAX_INNER:
        return _carrying(joined, starts, live, None), -1
    found_runs, unreached = live_runs(runs, deadline, False, depth + 1)
    if unreached:
        return live, bisect.bisect_right(starts, joined.find(unreached)) - 1
    if len(found_runs) > MAX_LIVE_INNER:
        return _carrying(joined, starts, live, None), -1
    return _carrying(joined, starts, live, found_runs), -1


def _carrying(
    joined: bytes, starts: list[int], live: list[bool], runs: list[bytes] | None
) -> list[bool]:
    """`live`, with every text that carries one of `runs` (None: any blob) set."""
    if runs is None:
        pos = 0
        while (found := _match(_INNER_RUN, joined, pos)) is not None:
            i = bisect.bisect_right(starts, found[0]) - 1
            live[i] = True
            pos = starts[i + 1]
        return live
    for run in runs:
        at = joined.find(run)
        while at >= 0:
            live[bisect.bisect_right(starts, at) - 1] = True
            at = joined.find(run, at + 1)
    return live


def _spans_of(pattern: Any, data: bytes) -> Iterator[tuple[int, int]]:
    regexp = getattr(pattern, "_regexp", None)
    if regexp is None or _UNANCHORED is None:
        for m in pattern.finditer(data):
            yield m.span()
        return
    pos, n = 0, len(data)
    while pos < n:
        start, end = regexp.Match(_UNANCHORED, data, pos, n)[0]
        if start < 0:
            return
        yield start, end
        pos = end if end > start else end + 1


def _text(data: bytes) -> tuple[bytes, bool] | None:
    """Decoded bytes as the text they read as (UTF-16 narrowed), and whether that text is
    clean (no control bytes, or valid UTF-8 such as accented or Cyrillic text); None when
    they do not read as text. Text with control bytes here and there is a fragment of a
    binary format (a certificate's names and addresses), not something typed."""
    size = len(data)
    if data.count(0) >= 0.3 * size and data[1::2].count(0) >= 0.6 * (size // 2):
        data = data[0::2]  # UTF-16LE, as PowerShell's -EncodedCommand
    odd = data.translate(None, _PRINTABLE)
    if not odd:
        return data, True
    mostly = len(odd) <= 0.15 * len(data)
    if odd.translate(None, _HIGH):  # control bytes
        return (data, False) if mostly else None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return (data, False) if mostly else None
    if printable_ratio(text) >= 0.85:
        return data, True
    return (data, False) if mostly else None


def pieces_are_live(
    pieces: list[bytes], inflate: bool = True, depth: int = 0, deadline: float = FOREVER
) -> tuple[list[bool], int]:
    """`bytes_are_live` for many decoded pieces at once, and the first piece not weighed
    before `deadline` (-1 if none). The common case, clean ASCII JSON, XML or PEM (a log's
    tokens, a SAML answer), is told apart in C a pass at a time and read together; the rest
    one by one."""
    marked = b"\n".join(pieces).translate(_MARK_ODD)
    sizes = list(map(len, pieces))
    starts = list(itertools.accumulate(map(add, sizes, repeat(1)), initial=0))[:-1]
    odd_at = map(marked.find, repeat(_ODD), starts, map(add, starts, sizes))
    clean = map(lt, odd_at, repeat(0))
    long = map(ge, sizes, repeat(8))
    heads = map(bytes.lstrip, map(bytes.__getitem__, pieces, repeat(slice(0, 64))))
    shaped = map(bytes.startswith, heads, repeat(_STRUCTURED_STARTS))
    structured = list(compress(range(len(pieces)), map(and_, map(and_, clean, long), shaped)))
    live = [False] * len(pieces)
    if structured:
        texts = [pieces[i] for i in structured]
        found, unweighed = _structure_is_live(texts, depth, deadline)
        if unweighed >= 0:
            return live, structured[unweighed]
        for i, is_live in zip(structured, found, strict=True):
            live[i] = is_live
    done = set(structured)
    for count, (i, data) in enumerate(enumerate(pieces)):
        if count % DEADLINE_EVERY == DEADLINE_EVERY - 1 and budget_clock() > deadline:
            return live, i
        if i not in done:
            live[i] = bytes_are_live(data, inflate, depth)
    return live, -1


def _text_is_live(data: bytes, depth: int) -> bool:
    """Decoded bytes that read as text (ASCII, after UTF-16 is narrowed)."""
    if _structured(data):
        return _structure_is_live([data], depth)[0][0]
    if _found(_READABLE_WITHOUT_BLOBS, data):
        return True
    # more encoding inside: looked into (a registry login's user:hex-password is no payload),
    # up to MAX_DEPTH, then taken as live (fail closed)
    inner = [data[s:e] for s, e in itertools.islice(_spans_of(_SHORT_RUN, data), INNER_RUNS + 1)]
    if not inner:
        return False
    if depth >= MAX_DEPTH or len(inner) > INNER_RUNS:
        return True
    return any(blob_is_live(run, ASSUME_THE_WORST, depth + 1) for run in inner)


def bytes_are_live(data: bytes, inflate: bool = True, depth: int = 0) -> bool:
    """Whether decoded bytes could be, or could hold, a command (C-speed checks only).

    `inflate`: whether bytes that read as nothing are tried as raw deflate (only where the
    text names a decompressor for it, Cues.raw_deflate).
    """
    size = len(data)
    if size < 8:
        return False
    if size > 2 * MAX_DECODED:
        data = data[: 2 * MAX_DECODED]  # what the decoders read of it (UTF-16: two bytes a char)
    if data[:2] == b"\x1f\x8b":  # gzip: the decoders open it; so is it judged, by its start
        try:
            out = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, GZIP_PEEK)
        except zlib.error:
            return False  # the decoders read nothing from it either
        return bytes_are_live(out, inflate=False, depth=depth + 1) if depth < MAX_DEPTH else True
    text = _text(data)
    if text is not None:
        clean = text[1]
        return _text_is_live(text[0], depth) if clean else _found(_COMMAND_RISK, text[0])
    # Binary: an image, a font, an archive, a digest, a key. A command inside it would need
    # readable text of its own (a script after an image's end, a polyglot's text part).
    for start, end in itertools.islice(_spans_of(_STRETCHES, data), 256):
        if _found(_COMMAND_RISK, data[start:end]):
            return True
    if not inflate or size in DIGEST_SIZES:
        # A digest's bytes (MD5 to SHA-512: every lockfile, sums file and checksum list) are
        # not inflated: a command squeezed into one would need a visible inflate-and-run
        # beside it, which the rules read and which opens its own window.
        return False
    try:  # PowerShell's DeflateStream: raw deflate
        out = zlib.decompressobj(-zlib.MAX_WBITS).decompress(data, 4096)
    except zlib.error:
        return False
    # arbitrary bytes (a digest, 0xAA over and over) inflate to printable junk now and then:
    # what came out must read like a command too
    return bytes_are_live(out, inflate=False, depth=depth + 1)


def base64_bytes(blob: bytes) -> bytes:
    """What a base64 run (standard or URL-safe, padded or not, cut short or not) decodes to,
    as decoders.decode_base64 reads it; in C whatever its length."""
    if blob[:3] in _DIGEST_STARTS and blob.startswith(_DIGEST_PREFIXES):
        blob = blob.partition(b"-")[2]
    core = blob.rstrip(b"=")
    if b"-" in core or b"_" in core:
        core = core.translate(_URLSAFE)
    cut = len(core) % 4
    try:
        if cut == 1:
            return binascii.a2b_base64(core[:-1] + b"==")
        return binascii.a2b_base64(core + _PADDING[cut])
    except binascii.Error:
        return b""


def is_hex(blob: bytes) -> bool:
    """A run of hex digits (a run of hex letters with no digit is a word: text in hex has a
    digit in every byte)."""
    return (
        not blob[:64].translate(None, _HEX_BYTES)  # most base64 shows it is not hex by then
        and not blob.translate(None, _HEX_BYTES)
        and not blob.isalpha()
    )


def blob_is_live(blob: bytes, cues: Cues = ASSUME_THE_WORST, depth: int = 0) -> bool:
    """Whether a blob decodes, on its own, to something that could hide a command.

    Digests, keys and images (most long base64 and hex runs in real files: lockfiles' integrity
    fields, sums files, data: URIs) decode to bytes that read as nothing, and are set aside
    with a few passes in C, however long the run is (a lockfile costs ~2 µs a digest).
    """
    if blob.translate(None, _B64_BYTES):
        return escapes_are_live(blob, cues)
    if is_hex(blob):
        # (decoders.decode_hex reads no deflate stream: neither does this)
        return len(blob) % 2 == 0 and bytes_are_live(
            bytes.fromhex(blob.decode("ascii")), inflate=False, depth=depth
        )
    if blob.islower() or blob.isupper():
        # identifiers and slugs (test_times_are_stored, PG-WIN-...): base64 mixes cases
        return False
    return bytes_are_live(base64_bytes(blob), cues.raw_deflate, depth)


def escapes_are_live(blob: bytes, cues: Cues = ASSUME_THE_WORST) -> bool:
    """\\x and \\u escapes, %-escapes and lists of char codes, decoded as the engine would."""
    if blob.startswith((b"\\x", b"\\u", b"%")):
        if len(blob) > MAX_BLOB:
            return True  # decoded in Python: too long to try on its own
        text = blob.decode("ascii", "replace")
        decoder = {b"\\x": "hex", b"\\u": "unicode-escape", b"%": "url-escape"}[
            blob[:1] if blob[:1] == b"%" else blob[:2]
        ]
        return _decodes_to_risk(decoder, text)
    if not cues.char_codes:
        return False  # numbers, and nothing in the text that turns numbers into text
    if len(blob) > MAX_BLOB:
        return True
    return _decodes_to_risk("charcodes", blob.decode("ascii", "replace"))


def first_by_risk(candidates: Iterable[str], count: int) -> list[str]:
    """The first `count` of a decoder's candidates, those that read as a command first.

    The engine takes a bounded number of decoded texts from each layer. In a long text whose
    deep windows hold many readable blobs (the text parts of a PDF attachment, a notebook's
    outputs), a payload after the first dozen would be dropped unseen; so when there are
    more than `count`, the ones with a command word go first (otherwise in their order)."""
    taken = list(itertools.islice(candidates, count * 4))
    if len(taken) <= count:
        return taken
    strong = [_COMMAND_RISK.search(text) is not None for text in taken]
    first = [text for text, is_strong in zip(taken, strong, strict=True) if is_strong]
    rest = [text for text, is_strong in zip(taken, strong, strict=True) if not is_strong]
    return (first + rest)[:count]


def _decodes_to_risk(decoder: str, blob: str) -> bool:
    return any(
        decoded != blob and _READABLE_RISK.search(decoded)
        for decoded in itertools.islice(DECODERS[decoder](blob), 4)
    )


# -- many runs at once --------------------------------------------------------------------

DEADLINE_EVERY = 64  # pieces weighed between two looks at the clock
_HEX_TOKEN: Any = re2.compile(rb" [0-9a-fA-F]+ ", _OPTIONS)
_NOT_HEX = b"!"
_MARK_NOT_HEX = bytes(c if c in _HEX_BYTES + b" " else _NOT_HEX[0] for c in range(256))
_QUAD_PAD = (b"", b"AAA", b"AA", b"A")  # by length % 4 (1 is cut to 0 first)
_BYTES_OPTIONS = re2.Options()
_BYTES_OPTIONS.log_errors = False
_BYTES_OPTIONS.encoding = re2.Options.Encoding.LATIN1  # type: ignore[attr-defined]
# What text, UTF-16 text and gzip show in decoded bytes (_weigh), read byte by byte
_MARKS: Any = re2.compile(
    rb"[\t\n\r\x20-\x7e]{16,}|(?:[\x01-\xff]\x00){6}|\x1f\x8b\x08", _BYTES_OPTIONS
)


def live_runs(
    runs: list[bytes], deadline: float, inflate: bool = True, depth: int = 0
) -> tuple[list[bytes], bytes]:
    """The runs `blob_is_live` would call live, and the first run not weighed before the
    deadline (b"" if none).

    The runs are decoded together, one after the other, and one RE2 pass over what they
    decode to finds every place where a run could be live (`_weigh`): a megabyte of wrapped
    base64 has 14,000 runs, and a Python step per run costs ~1 us. Only the few runs found
    there are looked at one by one.
    """
    if not runs:
        return [], b""
    if any(map(bytes.__contains__, runs, repeat(b"="))):
        # padding inside a run (never from take_runs, whose runs stop at '='): one by one
        return [run for run in runs if blob_is_live(run, Cues(inflate, True), depth)], b""
    if _NOT_HEX not in b" ".join(runs).translate(_MARK_NOT_HEX):
        hexness = [True] * len(runs)  # a sums file, a hex dump: all of them hex
    else:
        # the runs of hex digits only (one RE2 pass over them all), but for runs of hex
        # letters alone: those are words (see is_hex)
        hexness = [False] * len(runs)
        joined = b"  ".join(runs)
        starts = list(itertools.accumulate(map(add, map(len, runs), repeat(2)), initial=0))
        for start, _ in _spans_of(_HEX_TOKEN, b" " + joined + b" "):
            i = bisect.bisect_right(starts, start) - 1
            hexness[i] = not runs[i].isalpha()
    live: list[bytes] = []
    even = [run for run in compress(runs, hexness) if len(run) % 2 == 0]  # odd hex is dead
    if even:
        owns = [len(run) // 2 for run in even]
        decoded = binascii.a2b_hex(b"".join(even))
        unreached = _weigh(even, decoded, owns, owns, False, deadline, live, depth)
        if unreached:
            return live, unreached
    others = list(compress(runs, map(not_, hexness)))
    one_case = map(or_, map(bytes.islower, others), map(bytes.isupper, others))
    mixed = list(compress(others, map(not_, one_case)))
    if not mixed:
        return live, b""
    lengths = list(map(len, mixed))
    cuts = list(map(and_, lengths, repeat(3)))
    if 1 not in cuts and not any(map(bytes.startswith, mixed, repeat(_DIGEST_PREFIXES))):
        # no digest's prefix, no lone last character (wrapped base64, data: URIs, tokens):
        # each run padded to whole quads, decoded one after the other
        padded = b"".join(map(add, mixed, map(_QUAD_PAD.__getitem__, cuts)))
        decoded = binascii.a2b_base64(padded.translate(_URLSAFE))
        owns = [n * 3 // 4 for n in lengths]
        sizes = [(n + 3) // 4 * 3 for n in lengths]
        return live, _weigh(mixed, decoded, sizes, owns, inflate, deadline, live, depth)
    # each run as blobs.base64_bytes decodes it (after a digest's prefix, a last lone
    # character dropped), padded with 'A' to whole quads so that they decode one by one
    bodies = [r.partition(b"-")[2] if r.startswith(_DIGEST_PREFIXES) else r for r in mixed]
    bodies = [b[:-1] if len(b) & 3 == 1 else b for b in bodies]
    owns = [len(b) * 3 // 4 for b in bodies]
    sizes = [(len(b) + 3) // 4 * 3 for b in bodies]
    padded = b"".join([b + _QUAD_PAD[len(b) & 3] for b in bodies])
    decoded = binascii.a2b_base64(padded.translate(_URLSAFE))
    return live, _weigh(mixed, decoded, sizes, owns, inflate, deadline, live, depth)


def _spans(parts: list[bytes], gap: int) -> list[slice]:
    """Where each of `parts` is in `parts` joined with `gap` bytes between them."""
    sizes = list(map(len, parts))
    starts = list(itertools.accumulate(map(add, sizes, repeat(gap)), initial=0))[:-1]
    return list(map(slice, starts, map(add, starts, sizes)))


def _weigh(
    runs: list[bytes],
    decoded: bytes,
    sizes: list[int],
    owns: list[int],
    inflate: bool,
    deadline: float,
    live: list[bytes],
    depth: int = 0,
) -> bytes:
    """Add to `live` the runs whose part of `decoded` `bytes_are_live` accepts; the first run
    not weighed before the deadline, or b"". `sizes`: how many decoded bytes each run takes,
    `owns`: how many are its own (the rest is padding).

    What it accepts is readable text (UTF-8, or UTF-16 with a NUL after each ASCII letter),
    gzip, a readable stretch inside binary, or (where inflating is asked for, but for a
    digest's size) raw deflate. Text, UTF-16 and gzip each show a mark that random bytes
    almost never do: STRETCH printable bytes in a row, six UTF-16 letters in a row, gzip's
    magic. One RE2 pass over all the runs' bytes finds those marks; only the runs that have
    one (or may be raw deflate) are looked at closer. (A run of scattered printable bytes
    with no stretch of 16, which the engine would decode to junk anyway, is not one of them.)
    """
    if budget_clock() > deadline:
        return runs[0]
    starts = list(itertools.accumulate(sizes, initial=0))
    could: set[int] = set()
    for count, (start, end) in enumerate(_spans_of(_MARKS, decoded), 1):
        first = bisect.bisect_right(starts, start) - 1
        last = bisect.bisect_right(starts, end - 1) - 1
        could.update(range(first, last + 1))
        if count % 32 == 0 and len(could) * 4 > last + 1:
            could = set(range(len(runs)))  # mostly text (a log's tokens): every run looked at
            break
    if inflate:
        could.update(compress(range(len(owns)), map(not_, map(DIGEST_SIZES.__contains__, owns))))
    if budget_clock() > deadline:
        return runs[min(could)] if could else b""
    chosen = [i for i in sorted(could) if owns[i] >= 8]
    pieces = [decoded[starts[i] : starts[i] + owns[i]] for i in chosen]
    flags, unweighed = pieces_are_live(pieces, inflate, depth, deadline)
    live.extend(compress((runs[i] for i in chosen), flags))
    return runs[chosen[unweighed]] if unweighed >= 0 else b""
