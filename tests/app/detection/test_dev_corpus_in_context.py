"""The development corpus as the guard meets it: each text with the context it would know.

Lures are written by a web page and pasted into the box they name (the Run dialog for Windows
commands, the browser console for page scripts, a terminal otherwise); benign commands are
pasted into a terminal and other benign text into an editor, with no page known. The same
assignment is what `make bench` reports (bench/detection.py, `in_context`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.detection import Context, Engine, Level, PasteTarget, Verdict
from bench.corpus import Sample, load
from bench.detection import in_context

Scored = list[tuple[Sample, Verdict]]


@pytest.fixture(scope="module")
def scored(engine: Engine, corpus_dir: Path) -> tuple[Scored, Scored]:
    malicious, benign = in_context(
        load(corpus_dir / "dev_malicious.jsonl"), load(corpus_dir / "dev_benign.jsonl")
    )

    def judge(samples: list[Sample]) -> Scored:
        return [
            (s, engine.analyze(s.text, Context(s.source, PasteTarget.parse(s.target or "unknown"))))
            for s in samples
        ]

    return judge(malicious), judge(benign)


def test_every_lure_from_a_page_into_its_box_is_flagged_and_nine_in_ten_blocked(
    scored: tuple[Scored, Scored],
) -> None:
    lures, _ = scored
    assert {s.target for s, _ in lures} >= {"run_dialog", "terminal"}
    missed = [s.id for s, v in lures if v.level < Level.SUSPICIOUS]
    blocked = sum(v.level is Level.MALICIOUS for _, v in lures)
    assert not missed
    assert blocked >= 0.9 * len(lures), f"{blocked}/{len(lures)}"


def test_benign_texts_in_their_place_are_rarely_flagged_and_never_blocked(
    scored: tuple[Scored, Scored],
) -> None:
    _, benign = scored
    flagged = [(s.id, v.rule_ids) for s, v in benign if v.flagged]
    assert len(flagged) <= 0.005 * len(benign), flagged
    assert not [s.id for s, v in benign if v.level is Level.MALICIOUS]
