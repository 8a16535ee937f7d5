"""The issue's quality targets on the shared development corpus, checked on every run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.detection import Engine, Level, Verdict


def load(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def malicious(engine: Engine, corpus_dir: Path) -> list[tuple[dict[str, str], Verdict]]:
    return [(row, engine.analyze(row["text"])) for row in load(corpus_dir / "dev_malicious.jsonl")]


@pytest.fixture(scope="module")
def benign(engine: Engine, corpus_dir: Path) -> list[tuple[dict[str, str], Verdict]]:
    return [(row, engine.analyze(row["text"])) for row in load(corpus_dir / "dev_benign.jsonl")]


def test_every_malicious_sample_is_flagged(malicious: list[tuple[dict[str, str], Verdict]]) -> None:
    missed = [row["id"] for row, v in malicious if v.level < Level.SUSPICIOUS]
    assert not missed


def test_nine_in_ten_malicious_samples_are_blocked(
    malicious: list[tuple[dict[str, str], Verdict]],
) -> None:
    blocked = sum(1 for _, v in malicious if v.level is Level.MALICIOUS)
    assert blocked >= 0.9 * len(malicious), f"{blocked}/{len(malicious)}"


def test_benign_samples_are_rarely_flagged(benign: list[tuple[dict[str, str], Verdict]]) -> None:
    flagged = [(row["id"], v.rule_ids) for row, v in benign if v.flagged]
    assert len(flagged) <= 0.005 * len(benign), flagged


def test_installers_and_hard_cases_are_rarely_flagged(
    benign: list[tuple[dict[str, str], Verdict]],
) -> None:
    hard = [(row, v) for row, v in benign if row["kind"] in ("install-oneliner", "hard-case")]
    flagged = [(row["id"], v.rule_ids) for row, v in hard if v.flagged]
    assert len(flagged) <= 0.03 * len(hard), flagged


def test_no_benign_sample_is_blocked(benign: list[tuple[dict[str, str], Verdict]]) -> None:
    assert not [(row["id"], v.rule_ids) for row, v in benign if v.level is Level.MALICIOUS]


def test_every_malicious_verdict_is_explained(
    malicious: list[tuple[dict[str, str], Verdict]],
) -> None:
    for row, verdict in malicious:
        assert verdict.findings and verdict.summary.endswith("."), row["id"]
        assert all(f.explanation and f.technique for f in verdict.findings), row["id"]
