"""Which rule patterns can only match a text written partly in another script.

A pattern in Greek, Cyrillic, Thai, Devanagari... (the scam-text rules of the added
languages) cannot match unless the text holds a character of its script. Such patterns sit
behind their own prefilters, run only for a text that has a character of their 256-code-point
pages (CompiledRules in rules.py). Behind the common prefilter their atoms made its literal
DFA too large for its cache: every text in another script rebuilt its states (~0.7 ms for a
300-byte Greek or Thai text, in a process that has read texts in other scripts since).

Exact by construction: a page set is only given to a pattern every match of which must hold
a character of one of those pages, in any case (RE2 matches the rules case-insensitively);
anything this reading is unsure of (a class that may hold an ASCII character, a construct
Python's parser reads differently or not at all) gets None, and the pattern stays behind the
common prefilter that runs on every text.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.detection import datafiles

# Python's own reader of regular expressions (RE2's syntax is, for what is read here, a subset)
_c: Any = importlib.import_module("re._constants")

# characters whose case partner is ASCII in Unicode's case folding (Kelvin sign, long s,
# dotted/dotless i, Angstrom sign): RE2 matches them with ASCII letters
_ASCII_PARTNERS = frozenset("\u212a\u017f\u0130\u0131\u212b")
_MAX_RANGE = 4096  # a wider class is not read (it is not a script's letters)


def _variants(c: str) -> set[str]:
    found = {c}
    for form in (c.lower(), c.upper(), c.casefold(), c.upper().lower()):
        if len(form) == 1:
            found.add(form)
    return found


def char_pages(c: str) -> frozenset[int] | None:
    """The pages (code point >> 8) of a character and of its case partners; None for a
    character that is or matches an ASCII one."""
    forms = _variants(c)
    if c in _ASCII_PARTNERS or any(ord(f) < 128 for f in forms):
        return None
    return frozenset(ord(f) >> 8 for f in forms)


_KNOWN_CHARS = 1 << 16  # characters whose pages are remembered (a hostile text has many)
_char_pages: dict[str, frozenset[int]] = {}


# Past this many bytes a text is not sorted by script: every gated prefilter runs on it, as
# they all did before the gate. Exact (a superset of the pages the text has); finding the pages
# of a megabyte of mixed scripts cost 12 ms a layer, four layers a text, ahead of the budget's
# first look at the clock.
PAGES_READ = 64 * 1024
EVERY_PAGE = frozenset(range(0x1100))  # every page of every plane: disjoint from no gate


def text_pages(data: bytes) -> frozenset[int]:
    """The pages of the non-ASCII characters of a UTF-8 text, and of their case partners
    (for a text longer than PAGES_READ with any non-ASCII byte: every page)."""
    if data.isascii():
        return frozenset()
    if len(data) > PAGES_READ:
        return EVERY_PAGE
    pages: set[int] = set()
    known = _char_pages
    for c in set(data.decode("utf-8", "replace")):
        found = known.get(c)
        if found is None:
            if c <= "\x7f":
                continue
            if len(known) >= _KNOWN_CHARS:
                known.clear()
            found = known[c] = frozenset(ord(f) >> 8 for f in _variants(c))
        pages |= found
    return frozenset(pages)


def _sequence(items: Any) -> frozenset[int] | None:
    best: frozenset[int] | None = None
    for op, arg in items:
        need = _node(op, arg)
        if need is not None and (best is None or len(need) < len(best)):
            best = need
    return best


def _node(op: Any, arg: Any) -> frozenset[int] | None:
    c = _c
    if op is c.LITERAL:
        return char_pages(chr(arg))
    if op is c.SUBPATTERN:
        return _sequence(arg[-1])
    if op is c.BRANCH:
        pages: set[int] = set()
        for branch in arg[1]:
            need = _sequence(branch)
            if need is None:
                return None
            pages |= need
        return frozenset(pages)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, _, body = arg
        return _sequence(body) if low >= 1 else None
    if op is c.IN:
        return _class(arg)
    return None


def _class(items: Any) -> frozenset[int] | None:
    c = _c
    pages: set[int] = set()
    for op, arg in items:
        if op is c.LITERAL:
            codes = [arg]
        elif op is c.RANGE and arg[1] - arg[0] <= _MAX_RANGE:
            codes = list(range(arg[0], arg[1] + 1))
        else:
            return None  # a negated class, \w, \s, \d ...: may match ASCII
        for code in codes:
            need = char_pages(chr(code))
            if need is None:
                return None
            pages |= need
    return frozenset(pages)


def required_pages(pattern: str) -> frozenset[int] | None:
    """Pages one of which every match of the pattern must hold a character of (in any case),
    or None when the pattern may match ASCII text (or cannot be read here)."""
    if pattern.isascii():
        return None
    try:
        tree = importlib.import_module("re._parser").parse(pattern)
    except Exception:  # RE2 syntax Python does not read (\pN, \Q..\E, \x{..}): not gated
        return None
    need = _sequence(list(tree))
    return need or None


_KIND = "pages1"  # the cache of file_pages; a change to this reading changes its name


def file_pages(path: Path, patterns: Iterable[str] | None = None) -> dict[str, list[int] | None]:
    """`required_pages` of every non-ASCII pattern of a rule file (`patterns`, when the caller
    has them from the file, else read from it), kept beside the file as its YAML parse is
    (datafiles.py): Python's parser takes ~20 ms over the shipped rules, which every `scan`
    would pay at start. A value depends on its pattern alone: a pattern missing from a kept
    reading is read by the caller."""

    def parse(_text: str) -> dict[str, list[int] | None]:
        found: dict[str, list[int] | None] = {}
        if patterns is not None:
            for pattern in patterns:
                if not pattern.isascii():
                    pages = required_pages(pattern)
                    found[pattern] = sorted(pages) if pages else None
            return found
        from app.detection.rules import read_yaml  # it imports this module

        document, _ = read_yaml(path)
        raws = document.get("rules") if isinstance(document, dict) else None
        for raw in raws if isinstance(raws, list) else []:
            match = raw.get("match") if isinstance(raw, dict) else None
            if not isinstance(match, dict):
                continue
            for key in ("all", "any", "none"):
                value = match.get(key)
                for pattern in [value] if isinstance(value, str) else value or []:
                    if isinstance(pattern, str) and not pattern.isascii():
                        pages = required_pages(pattern)
                        found[pattern] = sorted(pages) if pages else None
        return found

    result: dict[str, list[int] | None] = datafiles.load(path, _KIND, parse)
    return result


def patterns_pages(sources: dict[str, str]) -> dict[str, frozenset[int] | None]:
    """`required_pages` of each pattern (given with the rule file it comes from), read from
    each file's kept reading when there is one."""
    known: dict[str, list[int] | None] = {}
    for where in sorted({w for p, w in sources.items() if not p.isascii()}):
        try:
            known.update(file_pages(Path(where), [p for p, w in sources.items() if w == where]))
        except Exception:  # no such file (rules built in code), unreadable: read them here
            continue
    out: dict[str, frozenset[int] | None] = {}
    for pattern in sources:
        if pattern.isascii():
            out[pattern] = None
        elif pattern in known:
            pages = known[pattern]
            out[pattern] = frozenset(pages) if pages else None
        else:
            out[pattern] = required_pages(pattern)
    return out
