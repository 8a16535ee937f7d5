"""Which pattern rules a text's hits make candidates (Engine._triggers, and _raw_triggers for a
text read as its raw layer alone): a rule under the first of its `all` patterns, with the
others tested as a set before it is a candidate, else under each of its `any`. It finds every
rule the text matches, and only those: the same findings as asking every rule one of whose
patterns the hits name."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.detection import Engine
from app.detection.rules import default_rules_dir
from tests.app.detection.test_hsfilter import case_texts

RULES = """\
rules:
  - id: TEST-ALL-THREE
    title: Names three made-up words
    explanation: A test rule that needs all three words.
    action: run a test
    technique: T1059
    weight: 40
    tags: [test]
    match:
      all:
        - '\\bfirstzq\\b'
        - '\\bsecondzq\\b'
        - '\\bthirdzq\\b'
  - id: TEST-ANY-TWO
    title: Names one of two made-up words
    explanation: A test rule that needs one of two words, and one more.
    action: run a test
    technique: T1059
    weight: 40
    tags: [test]
    match:
      all:
        - '\\banchorzq\\b'
      any:
        - '\\bleftzq\\b'
        - '\\brightzq\\b'
  - id: TEST-ONLY-ANY
    title: Names one of two other made-up words
    explanation: A test rule with no pattern it always needs.
    action: run a test
    technique: T1059
    weight: 40
    tags: [test]
    match:
      any:
        - '\\bupzq\\b'
        - '\\bdownzq\\b'
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    folder = tmp_path_factory.mktemp("rules")
    (folder / "test.yaml").write_text(RULES, encoding="utf-8")
    yield Engine(rule_paths=[default_rules_dir(), Path(folder)], strict=True)


def found(engine: Engine, text: str) -> set[str]:
    verdict = engine.analyze(text)
    assert len(verdict.layers) == 1, text  # read as the raw layer alone: the path tested
    return {f.rule_id for f in verdict.findings if f.rule_id.startswith("TEST-")}


def test_a_rule_is_found_whichever_of_its_patterns_comes_first(engine: Engine) -> None:
    assert found(engine, "firstzq secondzq thirdzq") == {"TEST-ALL-THREE"}
    assert found(engine, "thirdzq secondzq firstzq") == {"TEST-ALL-THREE"}
    assert found(engine, "anchorzq rightzq") == {"TEST-ANY-TWO"}
    assert found(engine, "leftzq and anchorzq") == {"TEST-ANY-TWO"}
    assert found(engine, "downzq") == {"TEST-ONLY-ANY"}
    assert found(engine, "upzq") == {"TEST-ONLY-ANY"}


def test_a_rule_short_of_one_pattern_is_not_found(engine: Engine) -> None:
    # each text lacks one pattern the rule needs, the first `all` one (the rule's trigger)
    # as well as the others
    assert found(engine, "secondzq thirdzq") == set()
    assert found(engine, "firstzq thirdzq") == set()
    assert found(engine, "firstzq secondzq") == set()
    assert found(engine, "firstzq secondzq thirdzqx") == set()  # (a word boundary short)
    assert found(engine, "leftzq rightzq") == set()
    assert found(engine, "anchorzq") == set()
    assert found(engine, "anchorzq upzq") == {"TEST-ONLY-ANY"}


def test_every_case_text_gets_the_findings_every_triggered_rule_would_give() -> None:
    engine = Engine(strict=True)  # the shipped rules alone, with their Hyperscan database
    texts = case_texts()[::8]
    shortcut = [engine.analyze(t) for t in texts]
    # every rule under every pattern it names, none ruled out before rule_matches and
    # could_match: what the candidates were before the triggers held each rule's `all`
    every: dict[int, list[tuple[object, frozenset[int]]]] = {}
    every_raw: dict[int, list[tuple[object, frozenset[int]]]] = {}
    index = engine.rules._index
    for rule in engine.rules.pattern_rules:
        for pattern in dict.fromkeys((*rule.all, *rule.any)):
            every.setdefault(index[pattern], []).append((rule, frozenset()))
            if not rule.hidden and rule.layers != "decoded":
                every_raw.setdefault(index[pattern], []).append((rule, frozenset()))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine, "_triggers", {i: tuple(r) for i, r in every.items()})
        patch.setattr(engine, "_raw_triggers", {i: tuple(r) for i, r in every_raw.items()})
        whole = [engine.analyze(t) for t in texts]
    one_layer = layered = 0
    for text, fast, slow in zip(texts, shortcut, whole, strict=True):
        assert [(f.rule_id, f.layer) for f in fast.findings] == [
            (f.rule_id, f.layer) for f in slow.findings
        ], text
        assert (fast.level, fast.score) == (slow.level, slow.score), text
        one_layer += len(fast.layers) == 1 and bool(fast.findings)
        layered += any(f.layer not in ("raw", "signal", "context") for f in fast.findings)
    # texts with findings on the raw layer alone were compared, and on later layers
    assert one_layer > 200 and layered > 50


def test_a_rule_only_a_decoded_layer_shows_is_found_there(engine: Engine) -> None:
    def decoded(words: str) -> set[tuple[str, str]]:
        text = "echo " + base64.b64encode(words.encode()).decode() + " | base64 -d | sh"
        verdict = engine.analyze(text)
        assert len(verdict.layers) > 1, text  # the path of several layers
        return {(f.rule_id, f.layer) for f in verdict.findings if f.rule_id.startswith("TEST-")}

    assert decoded("thirdzq secondzq firstzq") == {("TEST-ALL-THREE", "base64")}
    assert decoded("thirdzq secondzq firstzq anchorzq rightzq") == {
        ("TEST-ALL-THREE", "base64"),
        ("TEST-ANY-TWO", "base64"),
    }
    assert decoded("thirdzq secondzq") == set()  # its first `all` pattern short
    assert decoded("firstzq secondzq") == set()  # another one short
