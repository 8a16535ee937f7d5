"""bench.tuned: a blind set's title says untuned only while the README lists none of its ids."""

from __future__ import annotations

from bench import tuned
from bench.__main__ import SECTIONS

README = """## Blind-3: a third set

Tuned since written (2026-12-05, helper "x"): blind3-ps-alias-01,
blind3-ok-installer-own-page-66 (now info).

Fixes written before this set was read, so not tuned: blind4-ok-installer-own-page-66.

### blind-4, untuned, 2026-12-06 00:05 UTC

| metric | untuned |
Lures missed: blind4-callback-bank-it-01.

Tuned in other sets by helper "y" (after blind-2 was read): blind-macos-17.
"""


def test_only_ids_in_a_tuned_paragraph_count_and_a_set_name_is_no_id() -> None:
    assert tuned.tuned_ids(README) == {
        3: {"blind3-ps-alias-01", "blind3-ok-installer-own-page-66"},
        1: {"blind-macos-17"},
    }


def test_the_summary_names_the_untuned_sets() -> None:
    text = tuned.summary([1, 2, 3, 4, 5, 16], frozenset({1, 3, 4, 5}))
    assert "(their tuned cases are listed in the README): BLIND, BLIND-3 to BLIND-5." in text
    assert text.endswith("Untuned: BLIND-2, BLIND-16.")
    assert tuned.spans([15, 16]) == "BLIND-15, BLIND-16" and tuned.spans([]) == "none"


def test_the_shipped_sets_are_titled_from_the_readme() -> None:
    numbers = tuned.set_numbers()
    assert numbers[:14] == list(range(1, 15))
    assert set(range(1, 15)) <= tuned.tuned_sets()  # each has a "Tuned since written" list
    titles = {s.name: s.title for s in SECTIONS if s.name.startswith("blind")}
    assert len(titles) == len(numbers)
    assert titles["blind"] == f"Detection quality on the blind set ({tuned.LISTED})"
    assert titles["blind5"] == f"Detection quality on the fifth blind set ({tuned.LISTED})"
    assert not any("not tuned" in t for t in titles.values())
    assert tuned.status(99) == tuned.UNTUNED and tuned.number("BLIND-12") == 12
    assert tuned.number("BLIND") == 1
