"""Which rule patterns RE2's prefilter finds no literal for, kept beside each rule file.

RE2's prefilter (FilteredRE2, used by rules.CompiledRules) runs a pattern only on a text that
holds its "atoms", literals of three or more characters every match must contain. A pattern
with none (`\\\\[a-z0-9.\\-]+\\\\`, a phone number's digits) passes the prefilter of every text
and was matched on its own, one RE2 search per pattern per text layer: ~30 searches a layer,
a third of the rule matching of a typical text. Those patterns are matched together in one RE2
set instead (CompiledRules), which needs to know them before the prefilter is built.

Whether a pattern has an atom depends on the pattern alone (and the case-insensitive options
every rule pattern is compiled with). Finding out compiles it, ~0.2 ms a pattern, so the answer
is kept beside each rule file as its YAML parse is (datafiles.py). Exact either way: a pattern
this reading calls atomless that has an atom is still matched (by the set, on every text), and
one it misses is matched behind the prefilter as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import re2

from app.detection import datafiles

_KIND = "atomless1"  # the kept reading's name; a change to this reading changes it


def find_atomless(patterns: Iterable[str], options: Any) -> set[str]:
    """The patterns (of those RE2 compiles) for which the prefilter finds no atom."""
    matcher = re2.Filter()
    added: list[str] = []
    for pattern in dict.fromkeys(patterns):
        try:
            matcher.Add(pattern, options)
        except re2.error:  # reported with its file and line by whoever compiles it
            continue
        added.append(pattern)
    if not added:
        return set()
    matcher.Compile()
    # with no atom found (an empty text), a prefilter passes exactly its patterns with none
    return {added[j] for j in matcher.Match(b"", True) or ()}


def file_atomless(path: Path, patterns: list[str], options: Any) -> dict[str, bool]:
    """{pattern: whether it has no atom} for the patterns of one rule file, kept beside it.
    A kept reading made from other patterns of the file may lack some (the caller reads
    those)."""

    def read(_text: str) -> dict[str, bool]:
        found = find_atomless(patterns, options)
        return {pattern: pattern in found for pattern in patterns}

    result: dict[str, bool] = datafiles.load(path, _KIND, read)
    return result


def atomless(sources: dict[str, str], options: Any) -> set[str]:
    """The patterns with no atom, of `sources` (each pattern with the rule file it is from)."""
    known: dict[str, bool] = {}
    for where in sorted(set(sources.values())):
        if not where:
            continue
        mine = [p for p, w in sources.items() if w == where]
        try:
            known.update(file_atomless(Path(where), mine, options))
        except Exception:  # no such file (rules made in code), unreadable: read them below
            continue
    found = {p for p, none in known.items() if none and p in sources}
    unknown = [p for p in sources if p not in known]
    if unknown:
        found |= find_atomless(unknown, options)
    return found
