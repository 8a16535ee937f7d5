"""Our own obfuscated cases and benign look-alikes (tests/data/cases/interpret.jsonl)."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app.detection import Engine, Level
from tests.data.cases.casefile import render

CASES_DIR = Path(__file__).resolve().parents[3] / "data" / "cases"
FILE = CASES_DIR / "interpret.jsonl"
GENERATOR = CASES_DIR / "make_interpret.py"
FIELDS = {"id", "text", "expect", "technique", "platform"}
EXPECTS = {"malicious", "flagged", "not_flagged"}


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("make_interpret", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CASES = [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line]


def test_the_file_is_what_the_generator_writes() -> None:
    generator = _generator()
    assert FILE.read_text(encoding="utf-8") == render(generator.CASES), (
        "run: python tests/data/cases/make_interpret.py"
    )


def test_cases_are_well_formed_and_many() -> None:
    ids = Counter(case["id"] for case in CASES)
    assert not [i for i, n in ids.items() if n > 1]
    assert all(set(case) == FIELDS and case["expect"] in EXPECTS for case in CASES)
    malicious = [c for c in CASES if c["expect"] != "not_flagged"]
    benign = [c for c in CASES if c["expect"] == "not_flagged"]
    assert len(malicious) >= 250 and len(benign) >= 40
    assert len({c["technique"] for c in malicious}) >= 50


@pytest.fixture(scope="module")
def verdicts(engine: Engine) -> dict[str, Level]:
    return {case["id"]: engine.analyze(case["text"]).level for case in CASES}


def _meets(expect: str, level: Level) -> bool:
    if expect == "malicious":
        return level is Level.MALICIOUS
    if expect == "flagged":
        return level >= Level.SUSPICIOUS
    return level < Level.SUSPICIOUS


def test_every_obfuscated_case_is_blocked_or_flagged_as_expected(
    verdicts: dict[str, Level],
) -> None:
    wrong = [
        (c["id"], c["expect"], verdicts[c["id"]].label)
        for c in CASES
        if c["expect"] != "not_flagged" and not _meets(c["expect"], verdicts[c["id"]])
    ]
    assert not wrong


def test_no_benign_look_alike_is_flagged(verdicts: dict[str, Level]) -> None:
    wrong = [
        (c["id"], verdicts[c["id"]].label)
        for c in CASES
        if c["expect"] == "not_flagged" and verdicts[c["id"]] >= Level.SUSPICIOUS
    ]
    assert not wrong
