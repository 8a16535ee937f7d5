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

import bisect
import functools
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import compress, repeat
from operator import ge
from typing import Any

import re2

from app.detection.blobs import (
    ASSUME_THE_WORST,
    FOREVER,
    Cues,
    blob_is_live,
    live_runs,
)
from app.detection.clock import budget_clock
from app.detection.decoders import DIGEST_PREFIXES
from app.detection.fastinit import direct_init

HEAD = 4096  # the start and the end of a text are always looked at in depth
TAIL = 4096
CONTEXT = 256  # characters kept on each side of a trigger inside a long line
LINE_CAP = 1024  # a line up to this long is kept whole around its trigger
MAX_TRIGGERS = 4096  # trigger matches looked at before only encoded blobs are looked for
MAX_BLOBS = 32 * 1024  # encoded blobs tried after that (as many as 1 MiB can hold)
DEADLINE_EVERY = 64  # triggers between two looks at the clock
BULK_AFTER = 64  # base64/hex runs met one by one before the rest of the text is read in bulk
RUN_BYTES_AT_ONCE = 64 * 1024  # bytes of distinct runs weighed in one bulk step (take_runs)

# Priorities: lower comes first when the budget is shared out. A bare address (a URL in a
# log or a lockfile) is read by the rules in the raw text; a window only helps its signals.
ENCODED, TRICK, COMMAND, ADDRESS = 0, 1, 2, 3

_ANCHOR: Any = getattr(re2, "_Anchor", None)  # the binding's own, for scan()
_UNANCHORED = None if _ANCHOR is None else _ANCHOR.UNANCHORED
_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
# Encoded blobs: base64/hex runs, escape sequences, lists of character codes.
_RUN_PATTERN = r"[A-Za-z0-9+/_\-]{32,}={0,2}"  # base64 and hex runs
_ESCAPES_ONLY = (
    r"(?:\\x[0-9a-fA-F]{2}){4,}"
    r"|(?:\\u(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})){3,}|(?:%[0-9a-fA-F]{2}[^%\s]{0,3}){4,}"
)
_CHAR_CODES = (
    r"(?:0x[0-9a-fA-F]{1,6}|\d{2,7})(?:\s{0,4}[,;+]\s{0,4}(?:\[char\]\s{0,4})?"
    r"(?:0x[0-9a-fA-F]{1,6}|\d{2,7})){7,}"
)
_ESCAPES_PATTERN = f"{_ESCAPES_ONLY}|{_CHAR_CODES}"
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


@dataclass(frozen=True)
class _Scans:
    """The trigger scans at each priority: with the runs, and without them once those are
    read in bulk (_Picker.take_runs)."""

    up_to: list[Any]
    no_runs: list[Any]


def _scans(escapes: str) -> _Scans:
    kinds = (f"{_RUN_PATTERN}|{escapes}", *_KINDS[1:])
    return _Scans(
        [re2.compile("|".join(kinds[: p + 1]), _OPTIONS) for p in range(len(kinds))],
        [re2.compile("|".join((escapes, *kinds[1 : p + 1])), _OPTIONS) for p in range(len(kinds))],
    )


# Lists of character codes are blobs only where the text can turn codes into text (blobs.py):
# a CSV of numbers is not scanned as 40,000 candidate blobs.
# Compiled when a text is first long enough to need them (17 RE2s, a few ms): most runs of the
# engine, and every `pasteguard scan` of ordinary texts, never do.
def prepare() -> None:
    """Compile them now: a process that will read long texts (the guard's analysis process)
    does not pay it inside the first one's time budget."""
    _compiled()


@functools.cache
def _compiled() -> tuple[_Scans, _Scans, Any, Any]:
    with_codes = _scans(_ESCAPES_PATTERN)
    return (
        with_codes,
        _scans(_ESCAPES_ONLY),
        with_codes.up_to[ENCODED],
        re2.compile(_TRICK_PATTERN, _OPTIONS),
    )


@direct_init
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


class _Blobs:
    """Which blobs of one text need a window, each distinct blob decoded once: a file that
    repeats the same digest or image a thousand times costs one decoding, not a thousand, and
    a live blob repeated needs one window (every copy decodes to the same layer; the rules
    read each copy's surroundings in the raw text)."""

    def __init__(self, cues: Cues) -> None:
        self.seen: set[bytes] = set()
        self.cues = cues

    def need_window(self, blob: bytes) -> bool:
        if blob in self.seen:
            return False
        self.seen.add(blob)
        return blob_is_live(blob, self.cues)


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
    stop: float | None = None,
) -> DeepText:
    """A text up to `limit` characters whole; of a longer one, windows of `budget` bytes.

    `deadline` is a `budget_clock()` value; past it, encoded blobs not yet tried count as
    not decoded. The bulk weighing of runs, once begun before it, may go on to `stop` (a
    later clock value; by default the deadline) and no further. `data` is the text as
    UTF-8 when the caller has it: the scan runs on bytes, and windows are cut at line ends
    (or, in a very long line, at a character boundary).
    """
    if len(text) <= limit:
        return DeepText(text, 1)
    budget = limit if budget is None else budget
    if data is None:
        data = text.encode("utf-8", "replace")
    cues = Cues.of(data)
    with_codes, without_codes, _encoded, _trick = _compiled()
    scans = with_codes if cues.char_codes else without_codes
    picker = _Picker(data, budget, cues, deadline if stop is None else max(stop, deadline))
    pos, done = 0, False
    while not done:
        lowest = picker.lowest()  # the weakest priority that could still get a window
        if lowest <= ENCODED:
            break  # only blobs are left to look for: below, each one tried or named
        done = True
        patterns = scans.no_runs if picker.bulk else scans.up_to
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
                if picker.take_runs(end):
                    pos, done = len(data), True
                else:
                    done = False  # go on without the runs
                break
    undecoded = picker.undecoded
    for count, (start, end) in enumerate(
        scan(scans.no_runs[ENCODED] if picker.bulk else scans.up_to[ENCODED], data, pos)
    ):
        if count >= MAX_BLOBS or (count % DEADLINE_EVERY == 0 and budget_clock() > deadline):
            undecoded = undecoded or describe_blob(data, start, end, "was not reached in time")
            break
        picker.take_blob(start, end)
        if not picker.bulk and picker.runs >= BULK_AFTER:
            if picker.take_runs(end):
                undecoded = picker.undecoded
                break
            pos = end
            for count, (start, end) in enumerate(scan(scans.no_runs[ENCODED], data, pos)):
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

    def __init__(
        self, data: bytes, budget: int, cues: Cues = ASSUME_THE_WORST, stop: float = FOREVER
    ) -> None:
        self.data = data
        self.stop = stop  # when the bulk weighing of runs stops (take_runs)
        self.cues = cues
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
        self._checked = _Blobs(cues)

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
            found[:1] in _ESCAPE_STARTS and _compiled()[2].fullmatch(found)
        ):
            return self.take_blob(start, end)
        if end <= self.covered[TRICK]:
            return False  # a window as strong as any trigger's but a blob's holds it already
        if _compiled()[3].fullmatch(found):
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

    def take_runs(self, begin: int) -> bool:
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
        long = compress(tokens, map(ge, map(len, tokens), repeat(32)))
        fresh = [t for t in dict.fromkeys(long) if t not in seen]
        seen.update(fresh)
        # in batches of ~64 KiB, with a look at the clock before each: all together, a
        # megabyte of distinct runs (32,000 of 32 characters) was weighed in bulk steps of a
        # few ms each, with no look at the clock between them, ~25 ms past the windows' share
        live: list[bytes] = []
        unreached = b""
        for count, batch in enumerate(_batches(fresh, RUN_BYTES_AT_ONCE)):
            if count and budget_clock() > self.stop:
                unreached = batch[0]
                break
            found, unreached = live_runs(batch, self.stop, self.cues.raw_deflate)
            live += found
            if unreached:
                break
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


def _batches(runs: list[bytes], size: int) -> Iterator[list[bytes]]:
    """`runs` in order, in lists of about `size` bytes (at least one run each)."""
    batch: list[bytes] = []
    held = 0
    for run in runs:
        batch.append(run)
        held += len(run)
        if held >= size:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


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
