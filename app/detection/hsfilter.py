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
- a pattern with a non-ASCII character, Unicode classes or syntax the two engines read
  differently is not in the database (relax returns None); it is matched as before.

The database is compiled when the app is built (datafiles.compile_shipped, ~4 s, never on the
clipboard's path) and kept beside the rule files with the patterns it holds, the Hyperscan
version and the platform; a process loads it in a few ms. When it is missing, damaged, made for
other rules (a pattern it holds is no longer a rule's), for another Hyperscan or platform, or
Hyperscan itself is missing, the rules are matched without it (exactly as fast as before).
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
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

RELAX_VERSION = 1  # this module's rewriting; a change to relax() changes it
MAGIC = b"PGHSDB02"  # this layout; a new one changes it
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
_WIDE = {"\\W", "\\S", "\\D"}  # may match a character of any width


class _Unsuited(Exception):
    """A pattern the database cannot stand for."""


def _hex_ok(token: str) -> None:
    value = int(token[3:-1] if token.startswith("\\x{") else token[2:], 16)
    if value >= 0x80:  # RE2: a code point; Hyperscan in byte mode: a byte
        raise _Unsuited


def _relax_class(token: str) -> str:
    negated = token.startswith("[^")
    body = token[2 if negated else 1 : -1]
    out: list[str] = []
    wide = negated
    for item in _CLASS_ITEM.findall(body):
        if item.startswith("\\x"):
            _hex_ok(item)
            out.append(item)
        elif item == "\\s":
            out.append(SPACE)
        elif item in _WIDE:
            if negated:  # [^\S] and the like: rare, and not worth getting right
                raise _Unsuited
            wide = True
            out.append(item)
        elif item.startswith("\\"):
            if item[1] not in _SAME_ESCAPES or item[1] in "bB":
                raise _Unsuited
            out.append(item)
        elif item.startswith("[:"):
            if item.startswith("[:^"):
                raise _Unsuited
            out.append(item)
        else:
            out.append(item)
    relaxed = ("[^" if negated else "[") + "".join(out) + "]"
    return f"(?:{relaxed}{CONT})" if wide else relaxed


def relax(pattern: str) -> str | None:
    """A Hyperscan (byte mode, DOTALL, caseless) pattern that matches wherever the RE2 pattern
    matches (case-insensitive, UTF-8) in a text without U+017F or U+212A, and maybe more; or
    None for a pattern it cannot stand for."""
    if not pattern.isascii():
        return None
    out: list[str] = []
    try:
        for token in _TOKEN.findall(pattern):
            if token.startswith("\\x"):
                _hex_ok(token)
                out.append(token)
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
                    raise _Unsuited  # (?m), (?U), (?i) alone ... : left as they were
            elif token == ".":
                out.append(f"(?:.{CONT})")
            elif token in ("^", "$"):
                continue
            elif token in ("{", "}"):  # RE2 reads a lone brace literally
                raise _Unsuited
            else:
                out.append(token)
    except _Unsuited:
        return None
    return "".join(out)


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


def shipped_path() -> Path:
    from app.detection.rules import default_rules_dir  # it imports this module

    return default_rules_dir() / "__pycache__" / f"rules.{sys.platform}.hyperscan"


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


def build(patterns: Iterable[str]) -> tuple[list[str], bytes]:
    """The patterns a database can stand for (in its id order) and that database, serialised.
    A relaxed pattern Hyperscan refuses alone is left out."""
    import hyperscan as hs

    kept: list[str] = []
    relaxed: list[str] = []
    for pattern in dict.fromkeys(patterns):
        loose = relax(pattern)
        if loose is not None:
            kept.append(pattern)
            relaxed.append(loose)
    try:
        database = _compile(relaxed, range(len(relaxed)))
    except hs.error:  # find the ones it refuses, one at a time (slow; only then)
        good = []
        for k, loose in enumerate(relaxed):
            try:
                _compile([loose], [0])
                good.append(k)
            except hs.error:
                log.info("not in the Hyperscan database: %r", kept[k])
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
    # the header's own digest: the database carries Hyperscan's (CRC-32C, checked as it loads;
    # a SHA-256 of its 5 MB would add ~4 ms to every process's start)
    head = MAGIC + hashlib.sha256(header).digest() + len(header).to_bytes(4, "little")
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(exist_ok=True)
        partial.write_bytes(head + header + blob)
        os.replace(partial, path)
        load.cache_clear()
    except OSError as exc:
        log.warning("cannot keep the Hyperscan database at %s: %s", path, exc)
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        return False
    return True


def _read(path: Path) -> tuple[str, list[Any], list[str], bytes] | None:
    """(platform tag, [patterns it was made from, their relaxed forms], patterns it holds,
    database), or None."""
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
    may occur in data, a superset of those that do (for text without FOLDS_TO_ASCII)."""

    def __init__(self, database: Any, patterns: Sequence[str]) -> None:
        import hyperscan as hs

        self._database = database
        self.patterns = tuple(patterns)
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


@functools.cache
def load(path: Path) -> Prefilter | None:
    """The database kept at `path`, or None (missing, damaged, for another platform or
    Hyperscan, or Hyperscan is not installed); once per process."""
    try:
        import hyperscan as hs

        tag = platform_tag()
    except ImportError:
        return None
    read = _read(path)
    if read is None:
        if path.exists():
            log.info("the Hyperscan database %s is damaged: rules matched without it", path)
        return None
    if read[0] != tag:
        log.info("the Hyperscan database %s is for %s, not %s: not used", path, read[0], tag)
        return None
    try:
        database = hs.loadb(read[3], hs.HS_MODE_BLOCK)
        return Prefilter(database, read[2])
    except hs.error as exc:  # another CPU's features, a damaged database
        log.info("the Hyperscan database %s does not load (%s): not used", path, exc)
        return None


def shipped() -> Prefilter | None:
    """The built-in rules' database (see the module's text), or None."""
    return load(shipped_path())
