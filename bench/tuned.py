"""Which blind sets have cases tuned since they were written, as bench/blind/README.md lists them.

A fixer who changes the product because of a blind case (or reads its verdict) lists its id in a
paragraph of the README that starts "Tuned since written" (or "Tuned in other sets"); a set none
of whose ids is listed there is still untuned. The titles of the blind sections say which.
"""

from __future__ import annotations

import functools
import re

from bench.corpus import REPO_ROOT

BLIND_DIR = REPO_ROOT / "bench" / "blind"
README = BLIND_DIR / "README.md"
# a case id: blind-<name> (the first set) or blind<N>-<name>; `blind-2` names a set, not a case
CASE_ID = re.compile(r"\bblind(\d*)-(?!\d+\b)[a-z0-9][a-z0-9-]*")
TUNED_PARAGRAPH = re.compile(r"^\s*Tuned (?:since written|in other sets)")
LISTED = "written blind; tuned cases listed in bench/blind/README.md"
UNTUNED = "written blind, untuned"


def tuned_ids(readme: str) -> dict[int, set[str]]:
    """The ids listed as tuned, by set number (1 for the first set)."""
    found: dict[int, set[str]] = {}
    for paragraph in re.split(r"\n\s*\n", readme):
        if TUNED_PARAGRAPH.match(paragraph):
            for m in CASE_ID.finditer(paragraph):
                found.setdefault(int(m.group(1) or 1), set()).add(m.group(0))
    return found


@functools.cache
def tuned_sets() -> frozenset[int]:
    return frozenset(tuned_ids(README.read_text(encoding="utf-8")))


def set_numbers() -> list[int]:
    """The sets in bench/blind/ (lures.jsonl is the first, lures-<N>.jsonl the others)."""
    numbers = []
    for path in BLIND_DIR.glob("lures*.jsonl"):
        rest = path.stem.removeprefix("lures")
        if rest == "":
            numbers.append(1)
        elif rest.startswith("-") and rest[1:].isdigit():
            numbers.append(int(rest[1:]))
    return sorted(numbers)


def name(number: int) -> str:
    return "BLIND" if number == 1 else f"BLIND-{number}"


def number(set_name: str) -> int:
    return int(set_name.removeprefix("BLIND").removeprefix("-") or 1)


def status(number: int) -> str:
    """How a blind set's section is titled: written blind, and untuned or partly tuned."""
    return LISTED if number in tuned_sets() else UNTUNED


def short_status(number: int) -> str:
    return "written blind, partly tuned" if number in tuned_sets() else UNTUNED


def spans(numbers: list[int]) -> str:
    """Set names with runs shortened: BLIND to BLIND-15, BLIND-17."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [
        name(r[0]) if len(r) == 1 else f"{name(r[0])}{' to ' if len(r) > 2 else ', '}{name(r[-1])}"
        for r in runs
    ]
    return ", ".join(parts) or "none"


def summary(numbers: list[int], tuned: frozenset[int]) -> str:
    """One sentence for the detection summary: which blind sets are tuned, which are not."""
    untuned = [n for n in numbers if n not in tuned]
    partly = [n for n in numbers if n in tuned]
    return (
        f"**Blind sets:** {len(numbers)}, each written blind (bench/blind/README.md). "
        f"Partly tuned since (their tuned cases are listed in the README): {spans(partly)}. "
        f"Untuned: {spans(untuned)}."
    )
