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
from typing import Any

import re2

from app.detection.decoders import DECODERS, DIGEST_PREFIXES, MAX_DECODED, printable_ratio

MAX_BLOB = 64 * 1024  # escapes or char codes longer than this are not tried on their own
MAX_DEPTH = 2  # blobs inside decoded blobs looked into
INNER_RUNS = 8  # blobs inside one decoded blob looked into
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
_INNER_RUN: Any = re2.compile(rb"[A-Za-z0-9+/_\-]{32,}={0,2}", _OPTIONS)
_STRETCHES: Any = re2.compile(rb"[\t\n\r\x20-\x7e]{%d,}" % STRETCH, _OPTIONS)
# A decompressor of raw deflate, named anywhere in the text, as a word of its own (base64
# spells `zLIb` or `cHaR` by chance now and then, but seldom between two non-word characters).
_RAW_DEFLATE_CUE: Any = re2.compile(
    rb"(?i)\b(?:deflatestream|deflate|inflateraw|inflate|gzinflate|zlib|decompress\w*)\b",
    _OPTIONS,
)
# A way to turn a list of numbers into text, named anywhere in the text.
_CHAR_CODES_CUE: Any = re2.compile(
    rb"(?i)\b(?:char|chrw?|fromcharcode|fromcodepoint|pack|bytes|bytearray|decode|getstring"
    rb"|printf|byte)\b|-join\b|%c\b|\\[0-7]{3}",
    _OPTIONS,
)

_B64_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-="
_HEX_BYTES = b"0123456789abcdefABCDEF"
_URLSAFE = bytes.maketrans(b"-_", b"+/")
_PRINTABLE = bytes(range(32, 127)) + b"\t\r\n"
_HIGH = bytes(range(0x80, 0x100))
_DIGEST_PREFIXES = tuple(p.encode() for p in DIGEST_PREFIXES)
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
        return cls(
            raw_deflate=_found(_RAW_DEFLATE_CUE, data),
            char_codes=_found(_CHAR_CODES_CUE, data),
        )


ASSUME_THE_WORST = Cues()


def mostly_printable(data: bytes) -> bool:
    return len(data.translate(None, _PRINTABLE)) <= 0.15 * len(data)


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


def _structure_is_live(texts: list[bytes], depth: int) -> list[bool]:
    """For structured texts (JSON, XML, PEM: a JWT's claims, a SAML answer, a certificate in
    a Kubernetes secret), whether each holds a command or a live blob. All of them are read
    in one pass each for commands and for blobs: a log has a token on every line."""
    texts = [text[:STRUCTURE_BYTES] for text in texts]
    joined = b"\0".join(texts)
    starts = list(itertools.accumulate((len(t) + 1 for t in texts), initial=0))
    live = [False] * len(texts)
    for start, _ in _spans_of(_COMMAND_RISK, joined):
        live[bisect.bisect_right(starts, start) - 1] = True
    inner: dict[int, list[bytes]] = {}
    for start, end in _spans_of(_INNER_RUN, joined):
        i = bisect.bisect_right(starts, start) - 1
        if not live[i] and len(inner.setdefault(i, [])) < INNER_RUNS:
            inner[i].append(joined[start:end])
    for i, runs in inner.items():
        # a blob inside a blob: looked into up to MAX_DEPTH, then taken as live (fail closed)
        live[i] = depth >= MAX_DEPTH or any(
            blob_is_live(run, ASSUME_THE_WORST, depth + 1) for run in runs
        )
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


def pieces_are_live(pieces: list[bytes], inflate: bool = True, depth: int = 0) -> list[bool]:
    """`bytes_are_live` for many decoded pieces at once (the structured ones read together)."""
    live = [False] * len(pieces)
    structured: list[int] = []
    texts: list[bytes] = []
    for i, data in enumerate(pieces):
        readable = len(data) >= 8 and data[:2] != b"\x1f\x8b"
        text = _text(data[: 2 * MAX_DECODED]) if readable else None
        if text is not None and text[1] and _structured(text[0]):
            structured.append(i)
            texts.append(text[0])
        else:
            live[i] = bytes_are_live(data, inflate, depth)
    if structured:
        for i, is_live in zip(structured, _structure_is_live(texts, depth), strict=True):
            live[i] = is_live
    return live


def _text_is_live(data: bytes, depth: int) -> bool:
    """Decoded bytes that read as text (ASCII, after UTF-16 is narrowed)."""
    if _structured(data):
        return _structure_is_live([data], depth)[0]
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
