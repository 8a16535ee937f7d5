"""Hyperscan as the rule patterns' prefilter: one linear pass over a text names the patterns
that may occur in it, and RE2 confirms each of them (rules.CompiledRules).

RE2's own prefilter (FilteredRE2), the literal guard (literals.py) and the RE2 sets cost
~70-100 us a layer and several passes over it; one Hyperscan database of the rule patterns
costs ~30 us, whatever the number of patterns. Hyperscan's semantics are not RE2's, so the
database holds each pattern rewritten so that it can only match MORE (relax), and compiled in
Hyperscan's prefilter mode (which may report a pattern that does not match, never miss one):

- byte mode, not UTF-8 mode: in UTF-8 mode a wide bounded repeat (`[^\\n]{0,200}`) takes
  9-82 s EACH to compile. Every construct that matches one character of any width in RE2
  (`.`, `[^...]`, `\\W`, `\\S`, `\\D`) is followed by up to three UTF-8 continuation bytes;
- `{m,n}` becomes `*` (or `+`): bounded repeats are what makes a database large and slow;
- `\\s` is RE2's (no vertical tab), spelt out, so that `\\S` and `[^\\s]` stay supersets;
- caseless in byte mode folds ASCII letters only: RE2 also folds U+017F (long s) to `s` and
  U+212A (Kelvin) to `k`, so a text holding one of those is matched without the database;
- anchors (`^`, `$`, `\\A`, `\\z`) are left out: without them a pattern matches in more places;
- a pattern naming a character outside ASCII (the multilingual scam phrasings, other
  scripts' words) stands for itself in ASCII text only: each such character becomes the ASCII
  letters it folds to, or a byte no ASCII text holds, and a way through the pattern that needs
  that byte is left out (_ascii_ways). On ASCII text (most layers) the one pass is then all the
  matching; on other text those patterns are matched as before (RE2's prefilters, the literal
  guard and sets), and the database's reports of them are ignored;
- Unicode classes and syntax the two engines read differently keep a pattern out of the
  database (relax returns None); it is matched as before.

The database is compiled when the app is built (datafiles.compile_shipped, ~6 s, never on the
clipboard's path) and kept beside the rule files with the patterns it holds, the Hyperscan
version and the platform, deflated (zlib): 7.7 MB as Hyperscan serialises it, 1.0 MB kept (the
built app's folder has a size target, bench/package.py). Inflating it costs a process ~20 ms
of CPU once, as it loads the rules (measured on a loaded machine; reading and loading it takes
~9 ms more). When it is missing, damaged, made for other rules (a pattern it holds is no
longer a rule's), for another Hyperscan or platform, or Hyperscan itself is missing or a binding
its database was not proven with (PROVEN_BINDINGS), the rules are matched without it (exactly as
fast as before).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import marshal
import os
import platform
import re
import sys
import threading
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

RELAX_VERSION = 1  # this module's rewriting; a change to relax() changes it
MAGIC = b"PGHSDB03"  # this layout; a new one changes it
_DIGEST = 32
CONT = r"[\x80-\xbf]{0,3}"  # the rest of one UTF-8 character after its first byte
SPACE = r"\t\n\f\r "  # RE2's \s (Hyperscan's has the vertical tab too)
# RE2 folds these to ASCII letters in case-insensitive matching; Hyperscan in byte mode does not
FOLDS_TO_ASCII = (b"\xc5\xbf", b"\xe2\x84\xaa")  # U+017F, U+212A in UTF-8

_TOKEN = re.compile(
    r"""
      \\x\{[0-9a-fA-F]+\} | \\x[0-9a-fA-F]{2} | \\. | \[:\^?[a-z]+:\]
    | \[\^?\]?(?:\\.|\[:\^?[a-z]+:\]|[^\]\\])*\]
    | \{\d*(?:,\d*)?\}\?? | \(\?P?<[A-Za-z_]\w*> | \(\?[a-zA-Z-]*[:)]? | .
    """,
    re.S | re.X,
)
_CLASS_ITEM = re.compile(r"\\x\{[0-9a-fA-F]+\}|\\x[0-9a-fA-F]{2}|\\.|\[:\^?[a-z]+:\]|.", re.S)
# escapes both engines read alike (letters: classes and characters; the rest: themselves)
_SAME_ESCAPES = set("wdbBntrfa") | {c for c in map(chr, range(33, 127)) if not c.isalnum()}
_CHARACTER_ESCAPES = {"n": 10, "t": 9, "r": 13, "f": 12, "a": 7}
_WIDE = {"\\W", "\\S", "\\D"}  # may match a character of any width
NEVER = r"\xff"  # a byte no ASCII text holds


class _Unsuited(Exception):
    """A pattern the database cannot stand for."""


def _ascii_forms(cp: int) -> str:
    """The ASCII letters a caseless match of this character may meet (RE2: `s` for U+017F,
    `k` for U+212A), as a class; NEVER when there are none (most characters)."""
    c = chr(cp)
    found = {f for f in (c.lower(), c.upper(), c.title(), c.casefold()) if len(f) == 1}
    letters = sorted({f.lower() for f in found if f.isascii()})
    return "[" + "".join(letters) + "]" if letters else NEVER


def _character(cp: int) -> str:
    """One character of the pattern, as it can appear in an ASCII text."""
    return f"\\x{cp:02x}" if cp < 0x80 else _ascii_forms(cp)


def _value(item: str) -> int | None:
    """The character a class item or a pattern token stands for, or None (a class, ...)."""
    if item.startswith("\\x"):
        return int(item[3:-1] if item.startswith("\\x{") else item[2:], 16)
    if item.startswith("\\"):
        if item[1] in _CHARACTER_ESCAPES:
            return _CHARACTER_ESCAPES[item[1]]
        if not item[1].isalnum():
            return ord(item[1])
        return None
    if len(item) == 1:
        return ord(item)
    return None


def _relax_class(token: str) -> str:
    negated = token.startswith("[^")
    body = token[2 if negated else 1 : -1]
    items = _CLASS_ITEM.findall(body)
    members: list[str] = []
    wide = negated  # it may match a character of any width
    k = 0
    while k < len(items):
        item = items[k]
        low = _value(item)
        if low is not None and k + 2 < len(items) and items[k + 1] == "-":
            high = _value(items[k + 2])
            if high is None or high < low:
                raise _Unsuited
            k += 3
        else:
            high = low
            k += 1
        if low is not None and high is not None:
            if low < 0x80:
                members.append(f"\\x{low:02x}-\\x{min(high, 0x7F):02x}")
            if high >= 0x80:
                # in an ASCII text, the ASCII letters its characters fold to; a negated class
                # lets every character in that it leaves out, so it can only match more
                if high - low > 0x30000:
                    raise _Unsuited
                for cp in range(max(low, 0x80), high + 1) if not negated else ():
                    forms = _ascii_forms(cp)
                    if forms != NEVER:
                        members.append(forms[1:-1])
            continue
        if item == "\\s":
            members.append(SPACE)
        elif item in _WIDE:
            if negated:  # [^\S] and the like: rare, and not worth getting right
                raise _Unsuited
            wide = True
            members.append(item)
        elif item in ("\\w", "\\d") or (item.startswith("[:") and not item.startswith("[:^")):
            members.append(item)
        else:
            raise _Unsuited  # \b, \pL, [:^alpha:] ...
    if not members:
        return f"(?:.{CONT})" if negated else NEVER
    relaxed = ("[^" if negated else "[") + "".join(members) + "]"
    return f"(?:{relaxed}{CONT})" if wide else relaxed


def relax(pattern: str) -> tuple[str, bool] | None:
    """A Hyperscan (byte mode, DOTALL, caseless) pattern that matches wherever the RE2 pattern
    matches (case-insensitive, UTF-8), and maybe more, in a text without U+017F or U+212A,
    and whether that holds for every such text (True) or only for ASCII ones (False: the
    pattern names a character outside ASCII, which stands for the ASCII letters it folds to
    and else for a byte no ASCII text holds); or None for a pattern it cannot stand for."""
    out: list[str] = []
    wide = not pattern.isascii()  # or an escape names such a character
    try:
        for token in _TOKEN.findall(pattern):
            if token.startswith("\\x"):
                value = _value(token) or 0
                wide = wide or value >= 0x80
                out.append(_character(value))
            elif token == "\\s":
                out.append(f"[{SPACE}]")
            elif token == "\\S":
                out.append(f"(?:[^{SPACE}]{CONT})")
            elif token in _WIDE:
                out.append(f"(?:{token}{CONT})")
            elif token in ("\\A", "\\z"):
                continue  # an assertion left out only widens what matches (so do ^ and $)
            elif token.startswith("\\"):
                if token[1] not in _SAME_ESCAPES:
                    raise _Unsuited  # \pL, \C, \Q, \v, back references ...
                out.append(token)
            elif re.fullmatch(r"\[:\^?[a-z]+:\]", token):  # RE2: a POSIX class outside [...]
                raise _Unsuited
            elif token.startswith("["):
                items = _CLASS_ITEM.findall(token[1:-1])
                wide = wide or any((_value(item) or 0) >= 0x80 for item in items)
                out.append(_relax_class(token))
            elif token.startswith("{"):
                bounds = re.fullmatch(r"\{(\d+)(,\d*)?\}\??", token)
                if bounds is None:  # RE2 reads `{,3}` and a lone `{` literally
                    raise _Unsuited
                out.append("*" if int(bounds.group(1)) == 0 else "+")
            elif token.startswith("(?"):
                if token.endswith(">"):  # a named group: only a group here
                    out.append("(?:")
                elif token == "(?:":
                    out.append(token)
                elif set(token[2:-1]) <= set("ism-"):  # caseless, dotall: the database's
                    out.append("(?:" if token.endswith(":") else "")
                else:
                    raise _Unsuited  # (?U) ...: left as they were
            elif token == ".":
                out.append(f"(?:.{CONT})")
            elif token in ("^", "$"):
                continue
            elif token in ("{", "}"):  # RE2 reads a lone brace literally
                raise _Unsuited
            elif not token.isascii():
                out.append(_character(ord(token)))
            else:
                out.append(token)
    except _Unsuited:
        return None
    relaxed = "".join(out)
    if wide:  # it stands for the pattern in ASCII text only: what needs NEVER is left out
        relaxed = _ascii_ways(relaxed) or relaxed
    return relaxed, not wide


def _ascii_ways(relaxed: str) -> str | None:
    """A relaxed pattern with every way through it that needs NEVER left out: the branches of
    an alternation that need it, and an optional piece (`?`, `*`) that needs it. On ASCII text
    it matches exactly where `relaxed` does (no match there can take such a way); it is used on
    ASCII text only (relax: a pattern naming a character outside ASCII). The multilingual
    phrasings are most of the database, and their other scripts' words only NEVER there: left
    out, a scan in place costs ~15 % less (a ninth less database to fetch into the caches).
    NEVER when every way needs it (a pattern all in another script); None when nothing is left
    (an empty pattern) or the pattern is not read here (unbalanced parentheses)."""
    tokens = _TOKEN.findall(relaxed)
    at = 0

    def branches() -> list[tuple[str, bool]]:
        """The alternatives up to the next unmatched `)`, each with whether it needs NEVER."""
        nonlocal at
        out: list[tuple[str, bool]] = []
        pieces: list[str] = []
        needs = False
        while at < len(tokens) and tokens[at] != ")":
            token = tokens[at]
            at += 1
            if token == "|":
                out.append(("".join(pieces), needs))
                pieces, needs = [], False
                continue
            if token == "(" or token.startswith("(?"):
                inner = branches()
                if at >= len(tokens):
                    raise _Unsuited  # no `)`: not read here
                at += 1
                kept = [text for text, need in inner if not need]
                piece_needs = not kept
                piece = token + "|".join(kept or [text for text, _ in inner]) + ")"
            else:
                piece, piece_needs = token, token == NEVER
            optional = False
            while at < len(tokens) and (tokens[at] in ("*", "+", "?") or tokens[at][0] == "{"):
                quantifier = tokens[at]
                at += 1
                if piece[-1:] not in ("*", "+", "?", "}"):  # (a second one only makes it lazy)
                    optional = quantifier in ("*", "?") or quantifier.startswith(("{0", "{,"))
                piece += quantifier
            if piece_needs and optional:
                continue  # taken zero times on ASCII text
            pieces.append(piece)
            needs = needs or piece_needs
        out.append(("".join(pieces), needs))
        return out

    try:
        top = branches()
    except _Unsuited:
        return None
    if at != len(tokens):
        return None  # an unmatched `)`
    kept = [text for text, need in top if not need]
    if not kept:
        return NEVER
    pattern = "|".join(kept)
    return pattern or None


def _flags() -> int:
    import hyperscan as hs

    return int(
        hs.HS_FLAG_CASELESS
        | hs.HS_FLAG_DOTALL
        | hs.HS_FLAG_SINGLEMATCH
        | hs.HS_FLAG_PREFILTER
        | hs.HS_FLAG_ALLOWEMPTY
    )


def platform_tag() -> str:
    """What a serialised database is bound to besides its patterns."""
    import hyperscan as hs

    version = getattr(hs, "__version__", "unknown")  # the binding's, which pins its library's
    return f"hs{version}-{sys.platform}-{platform.machine().lower()}-r{RELAX_VERSION}"


# The bindings whose bundled library this database was proven with: no report missing on every
# case file, the blind sets, the bench corpus and a long fuzz of their random joins (ASCII and
# not, over 68 KiB too). Later wheels (0.7.23 on) bundle Vectorscan 5.4.12, which misses real
# matches in a many-pattern database, and in a pattern as plain as `@[a-z]+.*\|\s*cmd` alone
# (VectorCamp/vectorscan#382, #358): `… | bash` after tab-indented lines, `@host … | cmd`
# (tests/app/detection/test_hsfilter.py). A prefilter that can miss would let a lure through,
# so with any other binding the rules are matched without the database (log line); its
# Linux and macOS wheels bundle Vectorscan 5.4.11, its Windows wheels Intel's Hyperscan 5.4.2.
PROVEN_BINDINGS = ("0.7.21",)
# PASTEGUARD_HYPERSCAN=0 matches without the database; =1 uses it with any binding (to measure
# one not proven yet)
ENABLE_VARIABLE = "PASTEGUARD_HYPERSCAN"


# A long text is read in chunks, each by the way that reads it faster (suits): Hyperscan's
# one pass where RE2 builds a new DFA state at nearly every byte (random characters: a first
# 64 KiB chunk of random printable ASCII cost RE2's passes 120 ms, 22 ms in one call no clock
# could stop, Hyperscan's pass and confirmations 18) or where a few characters repeat (a
# megabyte of carets, quotes or blanked base64: ~0.3 against ~2.1 ms a chunk); RE2 elsewhere,
# where the database's relaxed patterns stay alive across every word (URLs, logs, scam texts:
# 7-17 against 3-9 ms a chunk) or the text is not ASCII (there it stands for the ASCII
# patterns only, and a megabyte of Unicode spaces cost it 47 against 4 ms a chunk).
SUIT_SAMPLE = 2048  # bytes a chunk is judged on: half from its start, half from its middle
FEW_CHARACTERS = 10  # a sample of at most this many distinct bytes is a few repeated
RANDOM_RATIO = 0.6  # a sample that deflates to no less than this share of it is random


def suits(chunk: bytes) -> bool:
    """Whether Hyperscan's pass (with RE2 confirming what it names) reads this chunk of a
    long text faster than RE2's own passes: ASCII that is random, or a few characters over
    and over. Judged on a sample, with a few translations and one fast deflate (~50 us)."""
    if not chunk.isascii():
        return False
    half = SUIT_SAMPLE // 2
    middle = len(chunk) // 2
    sample = chunk[:half] + chunk[middle : middle + half]
    rest = sample
    for _ in range(FEW_CHARACTERS):
        rest = rest.translate(None, rest[:1])
        if not rest:
            return True
    return len(zlib.compress(sample, 1)) >= RANDOM_RATIO * len(sample)


def enabled() -> bool:
    """Whether rule matching may use the shipped database (on unless PASTEGUARD_HYPERSCAN=0)."""
    return os.environ.get(ENABLE_VARIABLE) != "0"


def proven() -> bool:
    """Whether the installed binding is one the database was proven with (PROVEN_BINDINGS), or
    PASTEGUARD_HYPERSCAN=1 asks for it anyway; False without Hyperscan."""
    try:
        import hyperscan as hs
    except ImportError:
        return False
    version = getattr(hs, "__version__", "unknown")
    if version in PROVEN_BINDINGS or os.environ.get(ENABLE_VARIABLE) == "1":
        return True
    log.info("hyperscan %s is not a proven binding: rules matched without its database", version)
    return False


def shipped_path() -> Path:
    from app.detection.rules import default_rules_dir  # it imports this module

    return shipped_path_of(default_rules_dir())


def shipped_path_of(rules_dir: Path) -> Path:
    return rules_dir / "__pycache__" / f"rules.{sys.platform}.hyperscan"


def _compile(expressions: Sequence[str], ids: Sequence[int]) -> Any:
    import hyperscan as hs

    database = hs.Database(mode=hs.HS_MODE_BLOCK)
    database.compile(
        expressions=[e.encode() for e in expressions],
        ids=list(ids),
        elements=len(expressions),
        flags=_flags(),
    )
    return database


def build(patterns: Iterable[str]) -> tuple[list[tuple[str, bool]], bytes]:
    """The patterns a database can stand for (in its id order), each with whether it stands
    for it in any text (else in ASCII text only: relax), and that database, serialised. A
    relaxed pattern Hyperscan refuses alone is left out."""
    import hyperscan as hs

    kept: list[tuple[str, bool]] = []
    relaxed: list[str] = []
    for pattern in dict.fromkeys(patterns):
        loose = relax(pattern)
        if loose is not None:
            kept.append((pattern, loose[1]))
            relaxed.append(loose[0])
    try:
        database = _compile(relaxed, range(len(relaxed)))
    except hs.error:  # find the ones it refuses, one at a time (slow; only then)
        good = []
        for k, expression in enumerate(relaxed):
            try:
                _compile([expression], [0])
                good.append(k)
            except hs.error:
                log.info("not in the Hyperscan database: %r", kept[k][0])
        kept = [kept[k] for k in good]
        relaxed = [relaxed[k] for k in good]
        database = _compile(relaxed, range(len(relaxed)))
    return kept, bytes(hs.dumpb(database))


def write(path: Path, patterns: Iterable[str]) -> bool:
    """Compile the database of `patterns` into `path`, unless it already holds that very one.
    Whether the file is there afterwards (False: Hyperscan is missing, or no write)."""
    try:
        tag = platform_tag()
    except ImportError:
        return False
    wanted = list(dict.fromkeys(patterns))
    relaxed = [relax(p) for p in wanted]
    current = _read(path)
    if current is not None and current[0] == tag and current[1] == [wanted, relaxed]:
        return True
    kept, blob = build(wanted)
    header = marshal.dumps((tag, [wanted, relaxed], kept))
    # the header's own digest: the database carries zlib's (Adler-32, checked as it inflates)
    # and Hyperscan's (CRC-32C, checked as it loads); a SHA-256 of its 7.7 MB would add ~4 ms
    # to every process's start. Deflated at zlib's best (~1 s, at build time only): inflating
    # takes as long at any level
    blob = zlib.compress(blob, 9)
    head = MAGIC + hashlib.sha256(header).digest() + len(header).to_bytes(4, "little")
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(exist_ok=True)
        partial.write_bytes(head + header + blob)
        os.replace(partial, path)
        ahead = _AHEAD.pop(path, None)  # read before it was written: not the database now
        if ahead is not None:
            ahead[0].join()
        load.cache_clear()
    except OSError as exc:
        log.warning("cannot keep the Hyperscan database at %s: %s", path, exc)
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        return False
    return True


def _read(path: Path) -> tuple[str, list[Any], list[Any], bytes] | None:
    """(platform tag, [patterns it was made from, their relaxed forms], the patterns it holds
    (build), database), or None."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    head = len(MAGIC) + _DIGEST + 4
    if len(blob) < head or not blob.startswith(MAGIC):
        return None
    size = int.from_bytes(blob[head - 4 : head], "little")
    header = blob[head : head + size]
    if hashlib.sha256(header).digest() != blob[len(MAGIC) : len(MAGIC) + _DIGEST]:
        return None  # cut short or damaged: never given to marshal
    try:
        tag, wanted, kept = marshal.loads(header)
    except (EOFError, ValueError, TypeError):
        return None
    return str(tag), list(wanted), list(kept), blob[head + size :]


class Prefilter:
    """A loaded database: `scan(data)` gives the indexes (into `patterns`) of the patterns that
    may occur in data, a superset of those that do: in ASCII data, of all; in other data
    without FOLDS_TO_ASCII, of those `anywhere` says."""

    def __init__(self, database: Any, patterns: Sequence[tuple[str, bool]]) -> None:
        import hyperscan as hs

        self._database = database
        self.patterns = tuple(p for p, _ in patterns)
        # whether it stands for the pattern in any text, or in ASCII text only (relax)
        self.anywhere = tuple(bool(a) for _, a in patterns)
        self._first = hs.Scratch(database)
        self._local = threading.local()  # a scratch space is one thread's at a time

    def _scratch(self) -> Any:
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = self._first.clone()
        return scratch

    def scan(self, data: bytes) -> list[int]:
        found: list[int] = []
        self._database.scan(
            data, match_event_handler=_collect, context=found, scratch=self._scratch()
        )
        return found


def _collect(pattern: int, _start: int, _end: int, _flags: int, found: list[int]) -> None:
    found.append(pattern)


# The shipped database read and inflated on a thread while the process imports the engine
# (read_ahead): its path -> (the thread, [what _read gave, and the database inflated or None]).
_AHEAD: dict[Path, tuple[threading.Thread, list[Any]]] = {}
READ_AHEAD_THREAD = "pasteguard-read-ahead"


def _read_inflated(path: Path, into: list[Any]) -> None:
    read = _read(path)
    inflated = None
    if read is not None:
        with contextlib.suppress(zlib.error):  # said by load, which inflates it again
            inflated = zlib.decompress(read[3])
    into.extend((read, inflated))


def read_ahead() -> None:
    """Start reading and inflating the shipped database on a thread of its own, for `load`.

    Reading the file and inflating it (~30 ms of CPU) let go of the interpreter's lock, so on a
    second CPU they are done while this process imports the engine's modules (`pasteguard
    scan` starts so, its other CPU idle until its workers are forked), instead of after. Only
    when `load` will take it (the database is enabled, the binding proven, not loaded yet): it
    joins the thread, so that none runs when the scan forks its workers."""
    path = shipped_path_of(_rules_dir())
    if path in _AHEAD or load.cache_info().currsize or not enabled() or not proven():
        return
    into: list[Any] = []
    thread = threading.Thread(
        target=_read_inflated, args=(path, into), name=READ_AHEAD_THREAD, daemon=True
    )
    thread.start()
    _AHEAD[path] = (thread, into)


def _rules_dir() -> Path:
    from app.shipped import resources_dir  # (rules.default_rules_dir, without importing rules)

    return resources_dir() / "rules"


@functools.cache
def load(path: Path) -> Prefilter | None:
    """The database kept at `path`, or None (missing, damaged, for another platform or
    Hyperscan, or Hyperscan is not installed); once per process."""
    ahead = _AHEAD.pop(path, None)
    if ahead is not None:
        ahead[0].join()
    try:
        import hyperscan as hs

        tag = platform_tag()
    except ImportError:
        return None
    read, inflated = ahead[1] if ahead is not None and ahead[1] else (_read(path), None)
    if read is None:
        if path.exists():
            log.info("the Hyperscan database %s is damaged: rules matched without it", path)
        return None
    if read[0] != tag:
        log.info("the Hyperscan database %s is for %s, not %s: not used", path, read[0], tag)
        return None
    try:
        database = hs.loadb(inflated or zlib.decompress(read[3]), hs.HS_MODE_BLOCK)
        return Prefilter(database, read[2])
    except (hs.error, zlib.error) as exc:  # another CPU's features, a damaged database
        log.info("the Hyperscan database %s does not load (%s): not used", path, exc)
        return None


def shipped() -> Prefilter | None:
    """The built-in rules' database (see the module's text), or None (also with a binding
    not proven: PROVEN_BINDINGS)."""
    return load(shipped_path()) if proven() else None
