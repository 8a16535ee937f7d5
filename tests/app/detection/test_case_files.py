"""Every case of every tests/data/cases/*.jsonl at its expected level, in its own context.

Each area writes its cases with a deterministic generator (tests/data/cases/make_<area>.py
beside <area>.jsonl). A case is {id, text, expect, technique, platform} and, when the guard
would know them, the page it was copied from (`source`) and where it is pasted (`target`); it
is scanned with exactly that context. `expect` is a level name (that level exactly),
`flagged` (suspicious or malicious) or `not_flagged` (clean or info). bench/detection.py
reports the same files, per technique.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app.detection import Context, Engine, Level, PasteTarget
from app.detection.engine import Content
from app.detection.model import LEVEL_NAMES
from tests.data.cases.casefile import render

CASES_DIR = Path(__file__).resolve().parents[2] / "data" / "cases"
FIELDS = {"id", "text", "expect", "technique", "platform"}
OPTIONAL = {"source", "target"}
EXPECTS = {*LEVEL_NAMES, "flagged", "not_flagged"}
TARGETS = {t.value for t in PasteTarget}
FILES = sorted(CASES_DIR.glob("*.jsonl"))


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


CASES = [(path.stem, case) for path in FILES for case in load(path)]


def meets(level: Level, expect: str) -> bool:
    if expect == "flagged":
        return level >= Level.SUSPICIOUS
    if expect == "not_flagged":
        return level <= Level.INFO
    return level is Level.parse(expect)


def context_of(case: dict[str, Any]) -> Context:
    return Context(
        source=case.get("source"), target=PasteTarget.parse(case.get("target", "unknown"))
    )


@functools.lru_cache(maxsize=64)
def reading(engine: Engine, text: str) -> Content:
    """One reading a text: a quarter of the cases repeat the text of another (one text for
    several targets, mostly side by side), and a reading knows nothing of source or target,
    so each case takes its verdict from it in its own context, as `Engine.read` does."""
    return engine.examine(text)


@pytest.mark.parametrize(
    "case", [c for _, c in CASES], ids=[f"{area}:{c['id']}" for area, c in CASES]
)
def test_case_meets_its_expectation_in_its_context(engine: Engine, case: dict[str, Any]) -> None:
    context = context_of(case)
    verdict = engine.in_context(reading(engine, case["text"]), context)
    assert meets(verdict.level, case["expect"]), (
        f"{case['id']} ({case['technique']}): expected {case['expect']}, got "
        f"{verdict.level.label} (score {verdict.score}) from {context.source} into "
        f"{context.target.value}\n  text:    {case['text']!r}\n  rules:   {verdict.rule_ids}\n"
        f"  summary: {verdict.summary}"
    )


def test_every_case_is_well_formed_and_ids_are_unique_across_files() -> None:
    assert FILES, f"no case files in {CASES_DIR}"
    problems = []
    for area, case in CASES:
        where = f"{area}:{case.get('id')}"
        if not FIELDS <= set(case) <= FIELDS | OPTIONAL:
            problems.append(f"{where}: fields {sorted(case)}")
            continue
        if not all(isinstance(case[k], str) and case[k] for k in FIELDS):
            problems.append(f"{where}: every field must be a non-empty string")
        if case["expect"] not in EXPECTS:
            problems.append(f"{where}: expect {case['expect']!r} not in {sorted(EXPECTS)}")
        if case.get("target", "unknown") not in TARGETS:
            problems.append(f"{where}: target {case['target']!r} not in {sorted(TARGETS)}")
    repeated = [i for i, n in Counter(c["id"] for _, c in CASES).items() if n > 1]
    assert not problems and not repeated, "\n".join([*problems, f"repeated ids: {repeated}"])


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_case_file_is_what_its_generator_writes(path: Path) -> None:
    generator = path.with_name(f"make_{path.stem}.py")
    if not generator.is_file():
        pytest.fail(f"{path.name} has no generator {generator.name} beside it")
    spec = importlib.util.spec_from_file_location(generator.stem, generator)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(generator.parent))  # as when run as a script: casefile is beside it
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(generator.parent))
    assert path.read_text(encoding="utf-8") == render(module.CASES), (
        f"{path.name} differs from its generator: run python tests/data/cases/{generator.name}"
    )


def test_the_lure_cases_cover_thirteen_languages_and_what_they_are_not() -> None:
    lures = [c for area, c in CASES if area == "lures"]
    techniques = Counter(c["technique"] for c in lures)
    languages = {t.rsplit("-", 1)[1] for t in techniques if t.startswith("scam-call-")}
    assert len(languages) >= 13, sorted(languages)
    assert {"consentfix", "url-fake-tail"} <= set(techniques)
    benign = [c for c in lures if c["expect"] == "not_flagged"]
    assert len(lures) >= 300 and len(benign) >= 80, (len(lures), len(benign))


def test_the_scam_text_cases_cover_the_added_languages_both_ways() -> None:
    """scamtext.jsonl: a lure and a callback lure in each language added beyond the first
    thirteen, a genuine message with a number beside them, and device-code lures beside
    documentation of the flow."""
    cases = [c for area, c in CASES if area == "scamtext"]
    techniques = Counter(c["technique"] for c in cases)
    lock = {t[10:] for t in techniques if t.startswith("scam-call-") and len(t) == 12}
    callback = {t[9:] for t in techniques if t.startswith("callback-") and len(t) == 11}
    assert len(lock) >= 18 and lock <= callback, (sorted(lock), sorted(callback))
    assert techniques["device-code"] >= 20, techniques["device-code"]
    quiet = [c for c in cases if c["expect"] == "not_flagged"]
    assert len(quiet) >= 2 * len(lock), len(quiet)
