"""Deep windows: which parts of a long text are folded, de-obfuscated and decoded.

Every character of a text is matched by the RE2 rules, in linear time, however long it is.
Folding, de-obfuscation and decoding cost more, so a text longer than the engine's deep cap
gets them only on bounded windows: its head and tail, and the lines around encoded blobs,
obfuscation tricks and command words, found in one RE2 pass. A 300 KiB source file or log is
so judged on what it says, not on its length.

Encoded blobs are the one thing the rules cannot see through, so each one is tried on its own
first: one that decodes to nothing readable (a hash, an image, an integrity digest) needs no
window. An encoded blob that could be readable but did not fit in the windows, or was not
reached in time, makes the analysis incomplete, and the reason names it.
"""

from __future__ import annotations

import binascii
import bisect
import itertools
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import re2

from app.detection.clock import budget_clock
from app.detection.decoders import DECODERS, DIGEST_PREFIXES, MAX_DECODED

HEAD = 4096  # the start and the end of a text are always looked at in depth
TAIL = 4096
CONTEXT = 256  # characters kept on each side of a trigger inside a long line
LINE_CAP = 1024  # a line up to this long is kept whole around its trigger
MAX_TRIGGERS = 4096  # trigger matches looked at before only encoded blobs are looked for
MAX_BLOBS = 32 * 1024  # encoded blobs tried after that (as many as 1 MiB can hold)
MAX_BLOB = 64 * 1024  # escapes or char codes longer than this are not tried on their own
DEADLINE_EVERY = 64  # triggers between two looks at the clock
BULK_AFTER = 64  # base64/hex runs met one by one before the rest of the text is read in bulk

# Priorities: lower comes first when the budget is shared out. A bare address (a URL in a
# log or a lockfile) is read by the rules in the raw text; a window only helps its signals.
ENCODED, TRICK, COMMAND, ADDRESS = 0, 1, 2, 3

_ANCHOR: Any = getattr(re2, "_Anchor", None)  # the binding's own, for scan()
_UNANCHORED = None if _ANCHOR is None else _ANCHOR.UNANCHORED
_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
# Encoded blobs: base64/hex runs, escape sequences, lists of character codes.
_RUN_PATTERN = r"[A-Za-z0-9+/_\-]{32,}={0,2}"  # base64 and hex runs
_ESCAPES_PATTERN = (
    r"(?:\\x[0-9a-fA-F]{2}){4,}"
    r"|(?:\\u(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})){3,}|(?:%[0-9a-fA-F]{2}[^%\s]{0,3}){4,}"
    r"|(?:0x[0-9a-fA-F]{1,6}|\d{2,7})(?:\s{0,4}[,;+]\s{0,4}(?:\[char\]\s{0,4})?"
    r"(?:0x[0-9a-fA-F]{1,6}|\d{2,7})){7,}"
)
_ENCODED_PATTERN = f"{_RUN_PATTERN}|{_ESCAPES_PATTERN}"
# Obfuscation tricks that the de-obfuscator and the Unicode folding undo.
_TRICK_PATTERN = (
    r"[A-Za-z]\^[A-Za-z]|[A-Za-z]`[A-Za-z]|%[A-Za-z_]\w{0,30}:~|(?i:\[char\])"
    r"|(?i:-join|-bxor|fromcharcode|frombase64|::reverse|strreverse|atob\s*\()"
    r"|[\"']\s{0,8}\+\s{0,8}[\"']|\(\s{0,4}[\"'](?:\{\d{1,2}\}){2,}"
    r"|[\x{200b}-\x{200f}\x{202a}-\x{202e}\x{2060}-\x{2069}\x{feff}]"
    r"|[\x{00a0}\x{2000}-\x{200a}\x{202f}\x{205f}\x{3000}]{2,}"
    r"|[A-Za-z][\x{0370}-\x{03ff}\x{0400}-\x{04ff}]|[\x{0370}-\x{03ff}\x{0400}-\x{04ff}][A-Za-z]"
    r"|[\x{ff01}-\x{ff5e}]{3,}|\S[ \t]{12,}\S"
)
# Command words and addresses: the lines that structure reading and the signals need.
_WORDS_PATTERN = (
    r"(?i:\b(?:powershell|pwsh|cmd(?:\.exe)?\s{1,4}/|mshta|rundll32|regsvr32|certutil"
    r"|bitsadmin|msiexec|[wc]script|conhost|curl|wget|iex|iwr|irm|invoke-\w+|start-process"
    r"|bash|zsh|sh\s+-c|osascript|python3?\s+-c|node\s+-e|ncat|netcat|finger|nslookup"
    r"|schtasks|reg\s+add|xattr|base64|eval|javascript:|document\.cookie|localstorage|rem|echo)\b)"
)
_ADDRESS_PATTERN = r"(?i:https?:/)|\\\\[A-Za-z0-9.\-]{1,64}\\"
# One pass without capture groups (RE2 then never leaves its DFA); each match is then sorted
# by which of the patterns it is, on the match alone. Once the windows wanted at a priority
# fill the budget, the scan goes on with the patterns of the stronger priorities only: what
# is weaker could not take a window from them.
_KINDS = (_ENCODED_PATTERN, _TRICK_PATTERN, _WORDS_PATTERN, _ADDRESS_PATTERN)
_UP_TO = [re2.compile("|".join(_KINDS[: p + 1]), _OPTIONS) for p in range(len(_KINDS))]
# The same without base64 and hex runs, once those are read in bulk (_Picker.take_runs).
_NO_RUNS = [
    re2.compile("|".join((_ESCAPES_PATTERN, *_KINDS[1 : p + 1])), _OPTIONS)
    for p in range(len(_KINDS))
]
_TRIGGERS = _UP_TO[ADDRESS]
_ENCODED = _UP_TO[ENCODED]
_TRICK = re2.compile(_TRICK_PATTERN, _OPTIONS)
# What a decoded blob must show to be worth a window: a command word, an address, or more
# encoding (a blob inside a blob).
_READABLE_RISK = re2.compile(
    r"(?i)\b(?:powershell|pwsh|cmd|mshta|rundll32|regsvr32|certutil|bitsadmin|msiexec|[wc]script"
    r"|curl|wget|iex|iwr|irm|invoke-|start-process|new-object|downloadstring|bash|sh|zsh"
    r"|osascript|python|perl|ruby|node|eval|exec|system|function|javascript|fetch|import"
    r"|http|https|ftp|file|\\\\|net\.webclient|frombase64|char|chmod|echo|set|var|let|const)\b"
    r"|[A-Za-z0-9+/]{16,}|[;|&$`<>{}()\[\]]",
    _OPTIONS,
)


@dataclass(frozen=True)
class DeepText:
    """The windows of a long text, joined by newlines, and what could not be looked into."""

    text: str
    windows: int = 0
    undecoded: str = ""  # why the analysis is incomplete: the encoded blob it could not decode


def _line_of(data: bytes, pos: int) -> int:
    return data.count(b"\n", 0, pos) + 1


def describe_blob(data: bytes, start: int, end: int, why: str) -> str:
    """Which blob was left undecoded: where it is, how long, how it starts (the caller's
    finding shows it defanged)."""
    shown = data[start : min(end, start + 24)].decode("utf-8", "replace")
    more = "…" if end - start > 24 else ""
    offset = len(data[:start].decode("utf-8", "ignore"))
    return (
        f"an encoded block of {end - start:,} characters at line {_line_of(data, start):,}, "
        f"character {offset + 1:,} ({shown}{more}) {why}"
    )


_B64_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-="
_HEX_BYTES = b"0123456789abcdefABCDEF"
_ESCAPE_STARTS = b"\\%0123456789"  # how an encoded match that is not a base64 run starts
_URLSAFE = bytes.maketrans(b"-_", b"+/")
_PRINTABLE = bytes(range(32, 127)) + b"\t\r\n"


_DIGEST_PREFIXES = tuple(p.encode() for p in DIGEST_PREFIXES)
_DIGEST_STARTS = frozenset(p[:3] for p in _DIGEST_PREFIXES)
_DIGEST_SIZES = frozenset({16, 20, 28, 32, 48, 64})
_PADDING = (b"", b"", b"==", b"=")


def _mostly_printable(data: bytes) -> bool:
    return len(data.translate(None, _PRINTABLE)) <= 0.15 * len(data)


def _bytes_are_live(data: bytes, inflate: bool = True) -> bool:
    """Whether decoded bytes could be, or could hold, a command (C-speed checks only)."""
    size = len(data)
    if size < 8:
        return False
    if size > 2 * MAX_DECODED:
        data = data[: 2 * MAX_DECODED]  # what the decoders read of it (UTF-16: two bytes a char)
    if data[:2] == b"\x1f\x8b":
        return True  # gzip: the decoder opens it
    if data.count(0) >= 0.3 * size and data[1::2].count(0) >= 0.6 * (size // 2):
        data = data[0::2]  # UTF-16LE, as PowerShell's -EncodedCommand
    if _mostly_printable(data):
        return bool(_READABLE_RISK.search(data))
    if not inflate or size in _DIGEST_SIZES:
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
    return _bytes_are_live(out, inflate=False)


def _base64_bytes(blob: bytes) -> bytes:
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


def _blob_is_live(blob: bytes) -> bool:
    """Whether a blob decodes, on its own, to something that could hide a command.

    Digests, keys and images (most long base64 and hex runs in real files: lockfiles' integrity
    fields, sums files, data: URIs) decode to bytes that read as nothing, and are set aside
    with a few passes in C, however long the run is (a lockfile costs ~2 µs a digest).
    """
    if blob.translate(None, _B64_BYTES):
        return _escapes_are_live(blob)
    if (
        not blob[:64].translate(None, _HEX_BYTES)  # most base64 shows it is not hex by then
        and not blob.translate(None, _HEX_BYTES)
        and not blob.isalpha()
    ):
        # hex (a run of hex letters with no digit is a word: text in hex has a digit in
        # every byte)
        # (decoders.decode_hex reads no deflate stream: neither does this)
        return len(blob) % 2 == 0 and _bytes_are_live(
            bytes.fromhex(blob.decode("ascii")), inflate=False
        )
    if blob.islower() or blob.isupper():
        # identifiers and slugs (test_times_are_stored, PG-WIN-...): base64 mixes cases
        return False
    return _bytes_are_live(_base64_bytes(blob))


def _escapes_are_live(blob: bytes) -> bool:
    """\\x and \\u escapes, %-escapes and lists of char codes, decoded as the engine would."""
    if len(blob) > MAX_BLOB:
        return True  # decoded in Python: too long to try on its own
    text = blob.decode("ascii", "replace")
    if blob.startswith(b"\\x"):
        return _decodes_to_risk("hex", text)
    if blob.startswith(b"\\u"):
        return _decodes_to_risk("unicode-escape", text)
    if blob.startswith(b"%"):
        return _decodes_to_risk("url-escape", text)
    return _decodes_to_risk("charcodes", text)


def _decodes_to_risk(decoder: str, blob: str) -> bool:
    return any(
        decoded != blob and _READABLE_RISK.search(decoded)
        for decoded in itertools.islice(DECODERS[decoder](blob), 4)
    )


class _Blobs:
    """Which blobs of one text need a window, each distinct blob decoded once: a file that
    repeats the same digest or image a thousand times costs one decoding, not a thousand, and
    a live blob repeated needs one window (every copy decodes to the same layer; the rules
    read each copy's surroundings in the raw text)."""

    def __init__(self) -> None:
        self.seen: set[bytes] = set()

    def need_window(self, blob: bytes) -> bool:
        if blob in self.seen:
            return False
        self.seen.add(blob)
        return _blob_is_live(blob)


def _window(data: bytes, start: int, end: int) -> tuple[int, int]:
    """The line around [start, end), or CONTEXT bytes each side when the line is long."""
    line_start = data.rfind(b"\n", max(0, start - LINE_CAP), start) + 1
    if line_start == 0 and start > LINE_CAP:
        line_start = start - CONTEXT
    line_end = data.find(b"\n", end, end + LINE_CAP)
    if line_end < 0:
        line_end = min(len(data), end + CONTEXT)
    if line_end - line_start > LINE_CAP + (end - start):
        line_start = max(line_start, start - CONTEXT)
        line_end = min(line_end, end + CONTEXT)
    return max(0, line_start), min(len(data), line_end)


def scan(pattern: Any, data: bytes, pos: int = 0) -> Iterator[tuple[int, int]]:
    """Spans of the matches of an RE2 pattern in `data` from `pos`, in order.

    On bytes the RE2 binding searches the caller's buffer in place (a search at the end of
    4 MiB costs what one in 16 KiB does, ~2 us); only a str is encoded again on every call.
    So the whole text is searched at once: a match as long as the text (a 1 MiB data: URI)
    is found in one pass.

    WORKAROUND: the binding's finditer builds a Match object and runs a generator of its own
    for every match, half the cost of a match in a file of short ones (a lockfile's 5,000
    digests: 6 ms of 12). The compiled RE2 is called directly when the binding exposes it.
    """
    regexp = getattr(pattern, "_regexp", None)
    if regexp is None or _UNANCHORED is None:
        for m in pattern.finditer(data, pos):
            yield m.span()
        return
    match = regexp.Match
    n = len(data)
    while pos < n:
        start, end = match(_UNANCHORED, data, pos, n)[0]
        if start < 0:
            return
        yield start, end
        pos = end if end > start else end + 1


def select_windows(
    text: str,
    limit: int,
    deadline: float,
    data: bytes | None = None,
    budget: int | None = None,
) -> DeepText:
    """A text up to `limit` characters whole; of a longer one, windows of `budget` bytes.

    `deadline` is a `budget_clock()` value; past it, encoded blobs not yet tried count as
    not decoded. `data` is the text as UTF-8 when the caller has it: the scan runs on bytes,
    and windows are cut at line ends (or, in a very long line, at a character boundary).
    """
    if len(text) <= limit:
        return DeepText(text, 1)
    budget = limit if budget is None else budget
    if data is None:
        data = text.encode("utf-8", "replace")
    picker = _Picker(data, budget)
    pos, done = 0, False
    while not done:
        lowest = picker.lowest()  # the weakest priority that could still get a window
        if lowest <= ENCODED:
            break  # only blobs are left to look for: below, each one tried or named
        done = True
        patterns = _NO_RUNS if picker.bulk else _UP_TO
        for count, (start, end) in enumerate(scan(patterns[lowest], data, pos)):
            if picker.kept >= MAX_TRIGGERS or (
                count % DEADLINE_EVERY == 0 and budget_clock() > deadline
            ):
                pos = start
                break
            pos = end
            if picker.take(start, end) and picker.lowest() < lowest:
                done = False  # narrow the scan to the stronger patterns
                break
            if not picker.bulk and picker.runs >= BULK_AFTER:
                if picker.take_runs(end, deadline):
                    pos, done = len(data), True
                else:
                    done = False  # go on without the runs
                break
    undecoded = picker.undecoded
    for count, (start, end) in enumerate(
        scan(_NO_RUNS[ENCODED] if picker.bulk else _ENCODED, data, pos)
    ):
        if count >= MAX_BLOBS or (count % DEADLINE_EVERY == 0 and budget_clock() > deadline):
            undecoded = undecoded or describe_blob(data, start, end, "was not reached in time")
            break
        picker.take_blob(start, end)
        if not picker.bulk and picker.runs >= BULK_AFTER:
            if picker.take_runs(end, deadline):
                undecoded = picker.undecoded
                break
            pos = end
            for count, (start, end) in enumerate(scan(_NO_RUNS[ENCODED], data, pos)):
                if count % DEADLINE_EVERY == 0 and budget_clock() > deadline:
                    undecoded = describe_blob(data, start, end, "was not reached in time")
                    break
                picker.take_blob(start, end)
            break
    chosen = _fit(picker.wanted, budget)
    if not undecoded:
        spans = sorted((s, e) for _, s, e in chosen)
        reach = list(itertools.accumulate((e for _, e in spans), max))  # chosen windows overlap
        starts = [s for s, _ in spans]
        for start, end in picker.blobs:
            i = bisect.bisect_right(starts, start) - 1
            if i < 0 or reach[i] < end:
                why = (
                    "is longer than the text decoded in depth"
                    if end - start > budget // 2
                    else "did not fit in the text decoded in depth"
                )
                undecoded = describe_blob(data, start, end, why)
                break
    merged = _strongest_first(chosen, sorted(start for start, _ in picker.blobs), len(data))
    deep = b"\n".join(data[s:e] for s, e in merged).decode("utf-8", "ignore")
    return DeepText(deep, len(merged), undecoded)


class _Picker:
    """The windows wanted so far, by priority, counted as `_fit` will count them."""

    def __init__(self, data: bytes, budget: int) -> None:
        self.data = data
        self.budget = budget
        head = (0, min(HEAD, len(data)))
        tail = (max(0, len(data) - TAIL), len(data))
        self.wanted: list[tuple[int, int, int]] = [(ENCODED, *head), (ENCODED, *tail)]
        self.used = [head[1] + tail[1] - tail[0], 0, 0, 0]  # bytes wanted at each priority
        self.covered = [head[1]] * 4  # how far windows of each priority or stronger reach
        self.blobs: list[tuple[int, int]] = []  # live encoded blobs, in order
        self.kept = 0  # triggers that wanted a window (dead blobs count for nothing)
        self.runs = 0  # base64/hex runs met one by one
        self.bulk = False  # the rest of the runs were read in bulk
        self.undecoded = ""  # the blob the bulk reading did not reach in time
        self._checked = _Blobs()

    def lowest(self) -> int:
        """The weakest priority whose windows could still fit (-1: none, only blobs)."""
        total = 0
        for priority, used in enumerate(self.used):
            total += used
            if total >= self.budget:
                return priority - 1
        return ADDRESS

    def take(self, start: int, end: int) -> bool:
        """Look at one trigger; whether it wanted a window."""
        found = self.data[start:end]
        if (len(found) >= 32 and not found.translate(None, _B64_BYTES)) or (
            found[:1] in _ESCAPE_STARTS and _ENCODED.fullmatch(found)
        ):
            return self.take_blob(start, end)
        if end <= self.covered[TRICK]:
            return False  # a window as strong as any trigger's but a blob's holds it already
        if _TRICK.fullmatch(found):
            priority = TRICK
        elif found[-1:] in (b"/", b"\\"):
            priority = ADDRESS
        else:
            priority = COMMAND
        if end <= self.covered[priority]:
            return False
        self._want(priority, start, end)
        return True

    def take_blob(self, start: int, end: int) -> bool:
        # looked at even inside another window: that window may lose its place to stronger ones
        blob = self.data[start:end]
        if blob[:1] not in _ESCAPE_STARTS:
            self.runs += 1
        if not self._checked.need_window(blob):
            return False
        self.blobs.append((start, end))
        if end <= self.covered[ENCODED]:
            return False
        self._want(ENCODED, start, end)
        return True

    def take_runs(self, begin: int, deadline: float) -> bool:
        """Every base64 and hex run from `begin` on, read in bulk; whether time ran out.

        A lockfile or a sums file has a run on every line: met one by one through the trigger
        scan they cost ~5 us each in Python, 60 ms for a megabyte of SHA-256 sums. Here the
        runs are cut out with one translate and one split, decoded together with one call,
        and weighed with two counts each (_live_runs); only the few that could read as text
        are looked at closer, and a live one is found again in the text.
        """
        self.bulk = True
        seen = self._checked.seen
        data = self.data
        tokens = data[begin:].translate(_RUN_CHARS_ONLY).split()
        fresh = [t for t in dict.fromkeys(t for t in tokens if len(t) >= 32) if t not in seen]
        seen.update(fresh)
        live, unreached = _live_runs(fresh, deadline)
        cursor = begin  # live runs come in the order of the text (hex ones first)
        for blob in live:
            if data.find(blob, cursor) < 0:
                cursor = begin
            start, end = _locate(data, blob, cursor)
            cursor = end
            self.blobs.append((start, end))
            if self.used[ENCODED] >= self.budget:
                break  # no room left for it: the fit check names it (fail closed)
            self._want(ENCODED, start, end, cover=False)
        if unreached:
            start, end = _locate(data, unreached, begin)
            self.undecoded = describe_blob(data, start, end, "was not reached in time")
        return bool(unreached)

    def _want(self, priority: int, start: int, end: int, cover: bool = True) -> None:
        window = _window(self.data, start, end)
        self.wanted.append((priority, *window))
        self.used[priority] += window[1] - window[0]
        self.kept += 1
        if not cover:
            return  # found out of order (take_runs): what lies before it is still to be read
        for weaker in range(priority, len(self.covered)):
            self.covered[weaker] = max(self.covered[weaker], window[1])


_RUN_CHARS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-"
_RUN_CHARS_ONLY = bytes(c if c in _RUN_CHARS else 32 for c in range(256))  # others: a space
# decoded bytes: printable ones kept as they are, any other as \x00 (a NUL is not printable)
_PRINTABLE_OR_NUL = bytes(c if c in _PRINTABLE else 0 for c in range(256))


def _live_runs(runs: list[bytes], deadline: float) -> tuple[list[bytes], bytes]:
    """The runs `_blob_is_live` would call live, decoded together, and the first run not
    weighed before the deadline (b"" if none).

    What `_bytes_are_live` accepts is gzip (its magic), UTF-16 text (NULs in at least 60 %
    of its odd bytes), mostly printable bytes, or (base64 of any size but a digest's) a raw
    deflate stream: the first three are counted on each run's part of the decoded bytes, and
    only a run that passes one of them, or may be deflate, is looked at closer.
    """
    hexes: list[bytes] = []
    others: list[bytes] = []
    if not b" ".join(runs).translate(None, _HEX_BYTES + b" "):
        hexes = runs  # a sums file, a hex dump: all of them hex
    else:
        for run in runs:
            is_hex = (
                not run[:16].translate(None, _HEX_BYTES)  # base64 shows it is not, mostly
                and not run.translate(None, _HEX_BYTES)
                and not run.isalpha()
            )
            (hexes if is_hex else others).append(run)
    live: list[bytes] = []
    even = [run for run in hexes if len(run) % 2 == 0]  # odd hex is dead (_blob_is_live)
    if even:
        sizes = [len(run) // 2 for run in even]
        decoded = bytes.fromhex(b" ".join(even).decode("ascii"))
        unreached = _weigh(even, decoded, sizes, sizes, False, deadline, live)
        if unreached:
            return live, unreached
    mixed = [run for run in others if not (run.islower() or run.isupper())]
    if mixed:
        # each run as _base64_bytes decodes it, padded with 'A' to whole quads so that the
        # runs decode one after the other; `own`: how many decoded bytes are really its own
        bodies = [r.partition(b"-")[2] if r.startswith(_DIGEST_PREFIXES) else r for r in mixed]
        bodies = [b[:-1] if len(b) & 3 == 1 else b for b in bodies]
        own = [len(b) * 3 // 4 for b in bodies]
        sizes = [(len(b) + 3) // 4 * 3 for b in bodies]
        joined = b"".join([b + _QUAD_PAD[len(b) & 3] for b in bodies])
        decoded = binascii.a2b_base64(joined.translate(_URLSAFE))
        return live, _weigh(mixed, decoded, sizes, own, True, deadline, live)
    return live, b""


_QUAD_PAD = (b"", b"AAA", b"AA", b"A")  # by length % 4 (1 is cut to 0 first)


def _weigh(
    runs: list[bytes],
    decoded: bytes,
    sizes: list[int],
    owns: list[int],
    inflate: bool,
    deadline: float,
    live: list[bytes],
) -> bytes:
    """Add to `live` the runs whose part of `decoded` `_bytes_are_live` accepts; the first
    run not weighed before the deadline, or b"". `sizes`: how many decoded bytes each run
    takes, `owns`: how many are its own (the rest is padding)."""
    marks = decoded.translate(_PRINTABLE_OR_NUL)  # non-printable: 0, counted with count(0)
    at = 0
    for count, (run, size, own) in enumerate(zip(runs, sizes, owns, strict=True)):
        if count % (4 * DEADLINE_EVERY) == 0 and budget_clock() > deadline:
            return run
        end = at + own
        could_be = own >= 8 and (
            marks.count(0, at, end) <= 0.15 * own
            or decoded.count(0, at, end) >= 0.6 * (own // 2)
            or decoded[at : at + 2] == b"\x1f\x8b"
            or (inflate and own not in _DIGEST_SIZES)
        )
        if could_be and _bytes_are_live(decoded[at:end], inflate):
            live.append(run)
        at += size
    return b""


def _locate(data: bytes, run: bytes, begin: int) -> tuple[int, int]:
    """Where `run` stands on its own (not inside a longer run) from `begin` on, with the
    padding after it, as the trigger scan would have found it."""
    at = data.find(run, begin)
    first = max(at, begin)
    while at >= 0:
        before, after = data[at - 1 : at] if at else b"", data[at + len(run) : at + len(run) + 1]
        if (not before or before not in _RUN_CHARS) and (not after or after not in _RUN_CHARS):
            first = at
            break
        at = data.find(run, at + 1)
    end = first + len(run)
    padding = len(data[end : end + 2]) - len(data[end : end + 2].lstrip(b"="))
    return first, end + padding


def _strongest_first(
    chosen: list[tuple[int, int, int]], starts: list[int], size: int
) -> list[tuple[int, int]]:
    """The merged windows, those holding a live blob first, then the head, then by their
    strongest reason, the tail last.

    Decoders look at a bounded number of candidates per layer, and the URL and command
    readers at a bounded number of URLs: a command or a trick deep in a lockfile must come
    before a thousand of its package addresses."""

    def holds_blob(window: tuple[int, int]) -> bool:
        i = bisect.bisect_left(starts, window[0])
        return i < len(starts) and starts[i] < window[1]

    merged: list[tuple[int, int, int]] = []  # start, end, strongest priority inside
    for priority, start, end in sorted(chosen, key=lambda w: w[1]):
        if merged and start <= merged[-1][1] + 1:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), min(last[2], priority))
        else:
            merged.append((start, end, priority))

    def rank(window: tuple[int, int, int]) -> tuple[bool, int]:
        start, end, priority = window
        place = -1 if start == 0 else len(_KINDS) if end == size else priority  # head, tail
        return not holds_blob((start, end)), place

    return [(start, end) for start, end, _ in sorted(merged, key=rank)]


def _fit(wanted: list[tuple[int, int, int]], budget: int) -> list[tuple[int, int, int]]:
    """Windows by priority, then by position, while the budget lasts."""
    chosen: list[tuple[int, int, int]] = []
    used = 0
    for priority, start, end in sorted(wanted):
        if used + end - start <= budget:
            chosen.append((priority, start, end))
            used += end - start
    return chosen
