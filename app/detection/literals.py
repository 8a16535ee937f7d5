"""The literals every match of a rule pattern must contain, read from its syntax tree, and a
guard that runs a pattern only on a text that holds them.

RE2's prefilter (rules.CompiledRules) knows only literals of three or more characters: a
pattern with a shorter one in any branch (`\\|\\s*&`, `\\$\\w+`, a phone number's `+`) has
none, and ~50 such patterns were matched on every layer of every text, in RE2 sets whose
DFAs each process builds afresh: the largest part of a batch worker's first pass over a kind of
text. Read as RE2's prefilter reads a pattern, but keeping literals of any length, nearly all of
them do need some: `(?:;|&&?|\\|\\|)\\s*&?\\s*\\$\\w+` needs `$` and one of `;`, `&`, `||`.

The reading is RE2's (prefilter.cc): a literal is an exact set of strings; a concatenation of
exact sets is their product while it stays small, then an AND; an alternation is the union of
exact sets or an OR; `x?` adds the empty string; `x*` needs nothing; `x+` needs what `x` needs;
a class of a few characters is the set of them, a larger one (`\\w`, `[^\\n]`) needs nothing.
Every literal is case-folded (Python's `casefold`), as is the text it is looked for in: the
rule patterns are case-insensitive, and RE2's case folding of a character never leaves its
casefold (tests/app/detection/test_literals.py checks every cased character against RE2).

Exact either way: a pattern is still matched by RE2 on every text that holds its literals (a
guard only skips texts that cannot match), and a pattern this reading cannot be sure of (RE2
syntax Python's parser reads otherwise: `\\pL`, `[[:alpha:]]`, `x{,3}`) gets no requirement.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

from app.detection import datafiles

_KIND = "literals2"  # the kept reading's name (datafiles.py); a change to this reading, or to which
# patterns of a file are read (since 2: those with an atom too), changes it

# A requirement: None (nothing is needed) or a tuple of clauses, each a frozenset of literals,
# all of them needed: a clause holds when the text contains at least one of its literals.
Requirement = tuple[frozenset[str], ...]

MAX_EXACT = 16  # strings an exact set may hold (RE2's prefilter: 16)
MAX_CLASS = 6  # characters (folded) a class may have and still count as an exact set
MAX_RANGE = 32  # a range wider than this is not spelt out

# RE2 syntax that Python's parser refuses or reads otherwise: such a pattern needs nothing here
_RE2_ONLY = ("\\p", "\\P", "\\C", "\\Q", "\\E", "\\z", "\\x{")
_RE2_ONLY_UNESCAPED = ("[:", "(?U", "(?P=", "(?#", "(?<")  # [[:alpha:]], flags, names
_ESCAPE = re.compile(r"\\.", re.S)
_LOOSE_BRACE = re.compile(r"\{(?!\d+(?:,\d*)?\})")  # RE2: `x{,3}` and a lone `{` are literal


class _Unknown(Exception):
    """A node this reading does not know."""


# A node's reading: ("exact", strings) or ("match", formula). A formula is None (anything) or
# ("atom", s), ("and", formulas), ("or", formulas).
_Formula = Any


def _atoms(strings: Iterable[str]) -> _Formula:
    """What an exact set needs: one of its strings (the shortest suffice: a string holding
    another of the set is dropped); nothing if one is empty."""
    kept: list[str] = []
    for s in sorted(set(strings), key=lambda x: (len(x), x)):
        if not s:
            return None
        if not any(k in s for k in kept):
            kept.append(s)
    if len(kept) == 1:
        return ("atom", kept[0])
    return ("or", tuple(("atom", s) for s in kept))


def _and(parts: Sequence[_Formula]) -> _Formula:
    flat: list[_Formula] = []
    for part in parts:
        if part is None:
            continue
        flat.extend(part[1] if part[0] == "and" else (part,))
    flat = list(dict.fromkeys(flat))
    if not flat:
        return None
    return flat[0] if len(flat) == 1 else ("and", tuple(flat))


def _or(parts: Sequence[_Formula]) -> _Formula:
    flat: list[_Formula] = []
    for part in parts:
        if part is None:
            return None
        flat.extend(part[1] if part[0] == "or" else (part,))
    flat = list(dict.fromkeys(flat))
    return flat[0] if len(flat) == 1 else ("or", tuple(flat))


def _take(reading: tuple[str, Any]) -> _Formula:
    kind, value = reading
    return _atoms(value) if kind == "exact" else value


def _class(items: Sequence[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, value in items:
        if op is C.LITERAL:
            chars.add(chr(value))
        elif op is C.RANGE and value[1] - value[0] <= MAX_RANGE:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        else:  # a negated class, \d \w \s, a wide range
            return None
    folded = {c.casefold() for c in chars}
    return folded if len(folded) <= MAX_CLASS else None


def _sequence(items: Iterable[tuple[Any, Any]]) -> tuple[str, Any]:
    """A concatenation, as RE2's prefilter reads one: a run of exact children is crossed while
    the product stays small; what ends a run is ANDed with it."""
    needs: list[_Formula] = []
    exact: set[str] = {""}
    for op, value in items:
        kind, child = _node(op, value)
        if kind == "exact" and len(child) * len(exact) <= MAX_EXACT:
            exact = {a + b for a in exact for b in child}
            continue
        needs.append(_atoms(exact))
        if kind == "exact":
            exact = set(child)
        else:
            exact = {""}
            needs.append(child)
    if not needs:
        return ("exact", exact)
    needs.append(_atoms(exact))
    return ("match", _and(needs))


def _node(op: Any, value: Any) -> tuple[str, Any]:
    if op is C.LITERAL:
        return ("exact", {chr(value).casefold()})
    if op is C.NOT_LITERAL or op is C.ANY:
        return ("match", None)
    if op is C.IN:
        chars = _class(value)
        return ("match", None) if chars is None else ("exact", chars)
    if op is C.AT:  # ^ $ \b \A: no character
        return ("exact", {""})
    if op is C.SUBPATTERN:
        return _sequence(value[3])
    if op is C.BRANCH:
        branches = [_sequence(b) for b in value[1]]
        if all(kind == "exact" for kind, _ in branches):
            union: set[str] = set().union(*(v for _, v in branches))
            if len(union) <= MAX_EXACT:
                return ("exact", union)
        return ("match", _or([_take(b) for b in branches]))
    if op is C.MAX_REPEAT or op is C.MIN_REPEAT:
        low, high, sub = value
        kind, child = _sequence(sub)
        if low == 0:
            if high == 1 and kind == "exact":
                return ("exact", child | {""})
            return ("match", None)
        if low == high and kind == "exact" and len(child) ** low <= MAX_EXACT:
            strings: set[str] = {""}
            for _ in range(low):
                strings = {a + b for a in strings for b in child}
            return ("exact", strings)
        return ("match", _take((kind, child)))
    raise _Unknown(str(op))


def _clauses(formula: _Formula) -> list[frozenset[str]]:
    """The formula as clauses that all hold whenever it does: an AND's parts each, an OR's
    branches through the literals one of which each branch needs (its cheapest clause)."""
    if formula is None:
        return []
    if formula[0] == "atom":
        return [frozenset([formula[1]])]
    if formula[0] == "and":
        return [c for part in formula[1] for c in _clauses(part)]
    union: set[str] = set()
    for branch in formula[1]:
        options = _clauses(branch)
        if not options:
            return []
        cheapest: frozenset[str] = min(options, key=_clause_cost)
        union.update(cheapest)
    return [frozenset(union)]


def literal_cost(literal: str) -> float:
    """How often a literal is guessed to occur in a text: a longer one less often, a word's
    letters less often than spaces and the punctuation commands are made of."""
    if len(literal) == 1:
        return 1.0 if not literal.isalpha() else 0.5
    return 1.0 / (len(literal) ** 2)


def _clause_cost(clause: frozenset[str]) -> float:
    return sum(literal_cost(s) for s in clause)


def requirement(pattern: str) -> Requirement | None:
    """The literals every match of `pattern` (case-insensitive) contains, as clauses that all
    hold on any text it matches; None when it needs none or this reading cannot tell."""
    plain = _ESCAPE.sub("", pattern)
    if any(s in pattern for s in _RE2_ONLY) or any(s in plain for s in _RE2_ONLY_UNESCAPED):
        return None
    if _LOOSE_BRACE.search(plain):
        return None
    try:
        tree = P.parse(pattern, re.IGNORECASE)
        formula = _take(_sequence(list(tree)))
    except (re.error, _Unknown, RecursionError, OverflowError, ValueError):
        return None
    clauses = tuple(dict.fromkeys(_clauses(formula)))
    return clauses or None


def requirements(sources: dict[str, str]) -> dict[str, Requirement]:
    """The requirement of each pattern that has one, of `sources` (each pattern with the rule
    file it is from). Python's parser takes ~1 ms over a pattern of many words, so the reading
    is kept beside each rule file as its YAML parse is (datafiles.py)."""
    found: dict[str, Requirement | None] = {}
    for where in sorted(set(sources.values())):
        if not where:
            continue
        mine = [p for p, w in sources.items() if w == where]

        def read(_text: str, mine: list[str] = mine) -> dict[str, Requirement | None]:
            return {p: requirement(p) for p in mine}

        try:
            found.update(datafiles.load(Path(where), _KIND, read))
        except Exception:  # no such file (rules made in code), unreadable: read them below
            continue
    for pattern in sources:
        if pattern not in found:  # a kept reading of other patterns of the file, or none
            found[pattern] = requirement(pattern)
    return {p: need for p in sources if (need := found[p])}


class LiteralGuard:
    """Which of some patterns a text may match, from the literals it holds: one Aho-Corasick
    pass over the case-folded text (built once, so no process builds it again) finds them, and
    a pattern is a candidate when each of its clauses has one. Each pattern is looked up only
    through its least common clause (its trigger), then its other clauses are checked."""

    def __init__(self, requirements: dict[int, Requirement]) -> None:
        self._singles: list[str] = sorted(
            {s for clauses in requirements.values() for c in clauses for s in c if len(s) == 1}
        )
        longer = sorted(
            {s for clauses in requirements.values() for c in clauses for s in c if len(s) > 1}
        )
        self._automaton: Any = None
        if longer:
            automaton = ahocorasick.Automaton()
            for literal in longer:
                automaton.add_word(literal, literal)
            automaton.make_automaton()
            self._automaton = automaton
        # by trigger literal: the patterns that need nothing more (most: taken all at once) and
        # the others, with the clauses left to check
        self._plain: dict[str, frozenset[int]] = {}
        self._checked: dict[str, list[tuple[int, Requirement]]] = {}
        plain: dict[str, set[int]] = {}
        for index, clauses in sorted(requirements.items()):
            trigger = min(clauses, key=_clause_cost)
            rest = tuple(c for c in clauses if c is not trigger)
            for literal in trigger:
                if rest:
                    self._checked.setdefault(literal, []).append((index, rest))
                else:
                    plain.setdefault(literal, set()).add(index)
        self._plain = {literal: frozenset(found) for literal, found in plain.items()}
        self._triggers = frozenset((*self._plain, *self._checked))

    def candidates(self, data: bytes) -> list[int]:
        """The indexes (ascending) of the patterns whose literals `data` (UTF-8) all holds."""
        text = data.decode("utf-8", "replace").casefold()
        present = {s for s in self._singles if s in text}
        if self._automaton is not None:
            present.update(literal for _end, literal in self._automaton.iter(text))
        plain, checked = self._plain, self._checked
        chosen: set[int] = set()
        for literal in present & self._triggers:  # most literals found trigger nothing
            found = plain.get(literal)
            if found is not None:
                chosen |= found
            for index, clauses in checked.get(literal, ()):
                if index in chosen:
                    continue
                for clause in clauses:
                    if clause.isdisjoint(present):
                        break
                else:
                    chosen.add(index)
        return sorted(chosen)
