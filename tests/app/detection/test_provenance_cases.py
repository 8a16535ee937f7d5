"""Every case of tests/data/cases/provenance.jsonl at its expected level, with its page and target.

The cases are written by tests/data/cases/make_provenance.py (deterministic); the file must be
what the generator writes, so a case is changed in the generator, never by hand.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app.detection import Context, Engine, Level, PasteTarget
from app.detection.model import LEVEL_NAMES

CASES_DIR = Path(__file__).resolve().parents[2] / "data" / "cases"
CASE_FILE = CASES_DIR / "provenance.jsonl"
GENERATOR = CASES_DIR / "make_provenance.py"
FIELDS = {"id", "text", "expect", "technique", "platform"}
OPTIONAL = {"source", "target"}
EXPECTS = {*LEVEL_NAMES, "flagged", "not_flagged"}


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("make_provenance", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CASES = [json.loads(line) for line in CASE_FILE.read_text(encoding="utf-8").splitlines()]


def meets(level: Level, expect: str) -> bool:
    if expect == "flagged":
        return level >= Level.SUSPICIOUS
    if expect == "not_flagged":
        return level <= Level.INFO
    return level is Level.parse(expect)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case_meets_its_expectation_in_its_context(engine: Engine, case: dict[str, Any]) -> None:
    context = Context(source=case.get("source"), target=PasteTarget.parse(case["target"]))
    verdict = engine.analyze(case["text"], context)
    assert meets(verdict.level, case["expect"]), (
        f"{case['id']}: expected {case['expect']}, got {verdict.level.label} "
        f"(score {verdict.score}) from {context.source} into {context.target.value}\n"
        f"  text:  {case['text']!r}\n  rules: {verdict.rule_ids}\n  summary: {verdict.summary}"
    )


def test_case_file_is_what_the_generator_writes() -> None:
    module = _generator()
    assert CASE_FILE.read_text(encoding="utf-8") == module.render(module.CASES), (
        f"{CASE_FILE.name} differs from its generator: run python tests/data/cases/{GENERATOR.name}"
    )


def test_cases_are_well_formed_and_many() -> None:
    problems = []
    for case in CASES:
        if not FIELDS <= set(case) <= FIELDS | OPTIONAL:
            problems.append(f"{case.get('id')}: fields {sorted(case)}")
        elif case["expect"] not in EXPECTS:
            problems.append(f"{case['id']}: expect {case['expect']!r}")
    assert not problems, "\n".join(problems)
    ids = Counter(c["id"] for c in CASES)
    assert not [i for i, n in ids.items() if n > 1]
    benign = [c for c in CASES if c["expect"] in {"clean", "info", "not_flagged"}]
    cleared = [c for c in benign if c["target"] == "terminal" and c.get("source")]
    assert len(CASES) >= 400 and len(cleared) >= 200, (len(CASES), len(cleared))
