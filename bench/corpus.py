"""Where the labelled samples live, and how to read and write them as JSONL."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bench.report import BenchError

REPO_ROOT = Path(__file__).resolve().parent.parent
# The development corpus and the Sigma baseline live in the project (tests/data/dev/README.md,
# bench/sigma_baseline/README.md give their sources and licences).
CORPUS_DIR = REPO_ROOT / "tests" / "data" / "dev"
DEV_MALICIOUS = CORPUS_DIR / "dev_malicious.jsonl"
DEV_BENIGN = CORPUS_DIR / "dev_benign.jsonl"
OWN_MALICIOUS = REPO_ROOT / "tests" / "data" / "malicious_cases.jsonl"
OWN_BENIGN = REPO_ROOT / "tests" / "data" / "benign_cases.jsonl"
SIGMA_BASELINE = REPO_ROOT / "bench" / "sigma_baseline" / "sigma_baseline.py"


@dataclass(frozen=True)
class Sample:
    """One labelled text: ``kind`` (benign category), ``technique`` (attack), ``expect``."""

    id: str
    text: str
    kind: str = ""
    technique: str = ""
    expect: str = ""  # a level name, "flagged" or "not_flagged" (the project's own cases)
    platform: str = ""
    source: str | None = None  # the page it was copied from, as the guard would know it
    target: str | None = None  # where it is pasted (a PasteTarget value)


def load(path: Path) -> list[Sample]:
    """Read a JSONL file of ``{"id", "text", ...}`` objects; fail clearly if it is missing."""
    if not path.is_file():
        raise BenchError(f"missing sample file {path}")
    samples = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                samples.append(_sample(json.loads(line), path, number))
    return samples


def _sample(obj: dict[str, object], path: Path, number: int) -> Sample:
    if not isinstance(obj.get("text"), str):
        raise BenchError(f"{path}:{number}: no text")
    return Sample(
        id=str(obj.get("id", f"{path.stem}:{number}")),
        text=str(obj["text"]),
        kind=str(obj.get("kind", "")),
        technique=str(obj.get("technique", "")),
        expect=str(obj.get("expect", "")),
        platform=str(obj.get("platform", "")),
        source=_optional(obj.get("source")),
        target=_optional(obj.get("target")),
    )


def _optional(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def write(path: Path, samples: Iterable[Sample], context: bool = False) -> Path:
    """Write ``{"id", "text"}`` lines, the input both the baseline and our CLI read; with
    ``context``, also each sample's ``source`` and ``target`` (the baseline ignores them)."""
    with path.open("w", encoding="utf-8") as handle:
        for s in samples:
            item: dict[str, str] = {"id": s.id, "text": s.text}
            if context and s.source:
                item["source"] = s.source
            if context and s.target:
                item["target"] = s.target
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path


CASES_DIR = REPO_ROOT / "tests" / "data" / "cases"


def case_files() -> dict[str, list[Sample]]:
    """Every area's labelled cases (tests/data/cases/<area>.jsonl), each with its context."""
    return {path.stem: load(path) for path in sorted(CASES_DIR.glob("*.jsonl"))}


def dev_corpus() -> tuple[list[Sample], list[Sample]]:
    """The development set (tests/data/dev): (malicious, benign)."""
    return load(DEV_MALICIOUS), load(DEV_BENIGN)
