"""Checks the detection engine against the project's own labelled malicious and benign cases.

The cases live in tests/data/*.jsonl and are written by tests/data/make_cases.py. They are kept
apart from the dev corpus in tests/data/dev (no text may appear in both), so passing them
means the engine recognises the technique, not a memorised sample.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app.detection import Engine, Level
from app.detection.model import Verdict

HERE = Path(__file__).resolve()
DATA_DIR = HERE.parents[2] / "data"
MALICIOUS_FILE = DATA_DIR / "malicious_cases.jsonl"
BENIGN_FILE = DATA_DIR / "benign_cases.jsonl"
GENERATOR = DATA_DIR / "make_cases.py"
# the development corpus the project carries (tests/data/dev/README.md)
CORPUS_DIR = DATA_DIR / "dev"

MIN_CASES = 380


def _load_generator() -> Any:
    spec = importlib.util.spec_from_file_location("make_cases", GENERATOR)
    assert spec is not None and spec.loader is not None, f"cannot load {GENERATOR}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_cases = _load_generator()
# the generator's own bounds and vocabularies: one definition for writing and checking
MAX_TEXT_BYTES = make_cases.MAX_TEXT_BYTES
PLATFORMS = make_cases.PLATFORMS
KINDS = make_cases.KINDS
MALICIOUS_FIELDS = {"id", "text", "expect", "technique", "platform"}
BENIGN_FIELDS = {"id", "text", "kind", "expect", "platform"}


def _lines(path: Path) -> list[str]:
    if not path.is_file():
        return []
    return path.read_text(encoding="utf-8").splitlines()


def _load(path: Path) -> list[dict[str, Any]]:
    """The well-formed cases of a file; test_case_file_is_well_formed reports the rest."""
    cases = []
    for line in _lines(path):
        try:
            case = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(case, dict) and isinstance(case.get("id"), str) and "text" in case:
            cases.append(case)
    return cases


MALICIOUS_CASES = _load(MALICIOUS_FILE)
BENIGN_CASES = _load(BENIGN_FILE)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(strict=True)


def _explain(case: dict[str, Any], verdict: Verdict) -> str:
    label = case.get("technique") or case.get("kind")
    return (
        f"{case['id']} ({label}, {case.get('platform')}): expected {case['expect']}, "
        f"got {verdict.level.name.lower()} (score {verdict.score})\n"
        f"  text:    {case['text']!r}\n"
        f"  rules:   {verdict.rule_ids}\n"
        f"  summary: {verdict.summary}"
    )


@pytest.mark.parametrize("case", MALICIOUS_CASES, ids=[c["id"] for c in MALICIOUS_CASES])
def test_malicious_case_is_caught(engine: Engine, case: dict[str, Any]) -> None:
    verdict = engine.analyze(case["text"])
    if case["expect"] == "malicious":
        assert verdict.level == Level.MALICIOUS, _explain(case, verdict)
    elif case["expect"] == "flagged":
        assert verdict.level >= Level.SUSPICIOUS, _explain(case, verdict)
    else:
        pytest.fail(f"{case['id']}: unknown expect {case['expect']!r}")


@pytest.mark.parametrize("case", BENIGN_CASES, ids=[c["id"] for c in BENIGN_CASES])
def test_benign_case_is_not_flagged(engine: Engine, case: dict[str, Any]) -> None:
    verdict = engine.analyze(case["text"])
    assert verdict.level <= Level.INFO, _explain(case, verdict)


def _problems(path: Path, malicious: bool) -> list[str]:
    fields = MALICIOUS_FIELDS if malicious else BENIGN_FIELDS
    prefix = "m-" if malicious else "b-"
    problems = []
    for number, line in enumerate(_lines(path), start=1):
        where = f"{path.name}:{number}"
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not valid JSON ({exc})")
            continue
        if not isinstance(case, dict) or set(case) != fields:
            problems.append(f"{where}: expected an object with exactly the fields {sorted(fields)}")
            continue
        if not all(isinstance(value, str) and value for value in case.values()):
            problems.append(f"{where}: every field must be a non-empty string")
            continue
        if len(case["text"].encode("utf-8")) >= MAX_TEXT_BYTES:
            problems.append(f"{where}: text is {MAX_TEXT_BYTES} bytes or longer")
        if case["platform"] not in PLATFORMS:
            problems.append(f"{where}: unknown platform {case['platform']!r}")
        group = case["technique"] if malicious else case["kind"]
        if not case["id"].startswith(f"{prefix}{group}-"):
            problems.append(f"{where}: id {case['id']!r} should start with {prefix}{group}-")
        if malicious and case["expect"] not in {"malicious", "flagged"}:
            problems.append(f"{where}: expect must be 'malicious' or 'flagged'")
        if not malicious and case["expect"] != "not_flagged":
            problems.append(f"{where}: expect must be 'not_flagged'")
        if not malicious and case["kind"] not in KINDS:
            problems.append(f"{where}: unknown kind {case['kind']!r}")
    return problems


@pytest.mark.parametrize(
    ("path", "malicious"),
    [(MALICIOUS_FILE, True), (BENIGN_FILE, False)],
    ids=["malicious", "benign"],
)
def test_case_file_is_well_formed(path: Path, malicious: bool) -> None:
    assert path.is_file(), (
        f"{path} is missing; run: python {GENERATOR.relative_to(HERE.parents[3])}"
    )
    lines = _lines(path)
    assert len(lines) >= MIN_CASES, f"{path.name} has {len(lines)} lines, fewer than {MIN_CASES}"
    problems = _problems(path, malicious)
    assert not problems, "\n".join(problems)


def test_case_ids_and_texts_are_unique() -> None:
    cases = MALICIOUS_CASES + BENIGN_CASES
    repeated_ids = sorted(i for i, n in Counter(c["id"] for c in cases).items() if n > 1)
    assert not repeated_ids, f"ids used more than once: {repeated_ids}"
    benign_texts = {c["text"] for c in BENIGN_CASES}
    both = sorted(c["id"] for c in MALICIOUS_CASES if c["text"] in benign_texts)
    assert not both, f"malicious cases whose text is also a benign case: {both}"


def test_cases_are_not_copied_from_the_dev_corpus() -> None:
    if not CORPUS_DIR.is_dir():
        pytest.fail(
            f"dev corpus not found at {CORPUS_DIR}: the labelled cases cannot be checked "
            "to stay separate from it"
        )
    corpus_files = sorted(CORPUS_DIR.glob("*.jsonl"))
    names = {f.name for f in corpus_files}
    if not {"dev_malicious.jsonl", "dev_benign.jsonl"} <= names:
        pytest.fail(f"the dev corpus in {CORPUS_DIR} is incomplete: {sorted(names)}")
    corpus_texts = set()
    for corpus_file in corpus_files:
        for line in _lines(corpus_file):
            if line.strip():
                corpus_texts.add(json.loads(line)["text"])
    # the project's own cases: the generated files and every area's tests/data/cases/*.jsonl
    own = MALICIOUS_CASES + BENIGN_CASES
    for case_file in sorted((DATA_DIR / "cases").glob("*.jsonl")):
        own += _load(case_file)
    copied = sorted(c["id"] for c in own if c["text"] in corpus_texts)
    assert not copied, f"cases identical to a dev-corpus text (write new ones): {copied}"


def test_case_files_match_their_generator() -> None:
    for path, cases in ((MALICIOUS_FILE, make_cases.MALICIOUS), (BENIGN_FILE, make_cases.BENIGN)):
        assert path.read_text(encoding="utf-8") == make_cases.render(cases), (
            f"{path.name} differs from what {GENERATOR.name} writes; edit the generator and "
            f"run: python {GENERATOR.relative_to(HERE.parents[3])}"
        )
