"""How a case file is written: one JSON object per line, in the order its generator builds them.

The generators (run as scripts: `python tests/data/cases/make_<area>.py`) write with it, and the
case-file tests render with it, so a file and the check of it cannot disagree on the format.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path


def case(
    cid: str, text: str, expect: str, technique: str, platform: str, source: str | None, target: str
) -> dict[str, str]:
    """One case line: `source` is left out when the text comes from no page (None or "")."""
    out = {"id": cid, "text": text, "expect": expect, "technique": technique, "platform": platform}
    if source:
        out["source"] = source
    out["target"] = target
    return out


class Book:
    """Numbers each technique's cases, lures and look-alikes apart: `<prefix>-[ok-]<technique>-NN`."""

    def __init__(self, prefix: str, skip: Collection[str] = frozenset()) -> None:
        self.prefix = prefix
        self.skip = skip  # texts other case files already have: lures() and benign() leave them out
        self.cases: list[dict[str, str]] = []
        self.counts: dict[str, int] = {}

    def add(
        self,
        technique: str,
        text: str,
        expect: str,
        platform: str = "any",
        target: str = "unknown",
        source: str | None = None,
    ) -> None:
        benign = expect in ("not_flagged", "clean", "info")
        key = ("ok-" if benign else "") + technique
        self.counts[key] = self.counts.get(key, 0) + 1
        cid = f"{self.prefix}-{key}-{self.counts[key]:02d}"
        self.cases.append(
            case(cid, text, expect, "none" if benign else technique, platform, source, target)
        )

    def lures(
        self,
        technique: str,
        platform: str,
        target: str,
        pages: Sequence[str],
        texts: Iterable[str],
        in_context: str = "malicious",
        bare: str = "flagged",
    ) -> None:
        """Each lure text twice: in its page's context (pages taken in turn, pasted where the page
        says) and bare (from no page, to an unknown target). A text in `skip` is left out, and
        keeps its turn of the pages."""
        for i, text in enumerate(texts):
            if text in self.skip:
                continue
            self.add(technique, text, in_context, platform, target, pages[i % len(pages)])
            self.add(technique, text, bare, platform, "unknown", None)

    def benign(
        self, technique: str, platform: str, target: str, page: str | None, texts: Iterable[str]
    ) -> None:
        """Look-alikes, each from the page a legitimate user would copy it from: not flagged."""
        for text in texts:
            if text in self.skip:
                continue
            self.add(technique, text, "not_flagged", platform, target, page)

    def by_kind(
        self,
        kinds: Iterable[tuple[str, str, Iterable[tuple[str | None, str, str]]]],
        bare: Collection[str] = frozenset(),
        like: Mapping[str, tuple[str, str]] | None = None,
    ) -> None:
        """Benign texts by kind, (technique, platform, [(source, target, text)]): each not flagged
        from its page, and also bare (no page, unknown target) for a kind in `bare`. A text in
        `like` does what a lure does, whoever writes it: kept once at its (technique, level)."""
        for technique, platform, texts in kinds:
            for source, target, text in texts:
                if like and text in like:
                    technique_like, level = like[text]
                    self.add(technique_like, text, level, platform, target, source)
                    continue
                self.add(technique, text, "not_flagged", platform, target, source)
                if technique in bare:
                    self.add(f"{technique}-bare", text, "not_flagged", platform, "unknown", None)

    def look_alikes(
        self, lures: Iterable[tuple[str, str, Iterable[tuple[str, str | None, str, str]]]]
    ) -> None:
        """Lures beside benign kinds, (technique, platform, [(target, source, level, text)])."""
        for technique, platform, cases in lures:
            for target, source, level, text in cases:
                self.add(technique, text, level, platform, target, source)

    def kept(self, out: Path, left: Collection[str] = frozenset()) -> list[dict[str, str]]:
        """The cases but those whose id is in `left` (read and left flagged, said why where
        `left` is written) and those whose text the dev corpus or another case file has. An id
        in `left` that names no case is an error: the reason written for it is stale."""
        stale = set(left) - {c["id"] for c in self.cases}
        assert not stale, f"left names no case: {sorted(stale)}"
        seen = texts_elsewhere(out)
        return [c for c in self.cases if c["id"] not in left and c["text"] not in seen]


def render(cases: Sequence[Mapping[str, object]]) -> str:
    return "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases)


def write(out: Path, cases: Sequence[Mapping[str, object]]) -> None:
    out.write_text(render(cases), encoding="utf-8")
    sys.stdout.write(f"wrote {len(cases)} cases to {out}\n")


DEV = Path(__file__).resolve().parents[1] / "dev"  # the dev corpus, beside the case files


def texts_in(paths: Iterable[Path]) -> set[str]:
    """Every text of these case or corpus files (a file that is missing has none)."""
    out: set[str] = set()
    for path in paths:
        if path.is_file():
            lines = path.read_text(encoding="utf-8").splitlines()
            out.update(json.loads(line)["text"] for line in lines if line.strip())
    return out


def texts_elsewhere(out: Path) -> set[str]:
    """The texts of the dev corpus and of every case file but `out`: a well-known one-liner a
    generator writes may already be there word for word, and is then left out, so the cases
    stay separate from the corpus they are tested beside (test_labelled_cases)."""
    others = [p for p in sorted(out.parent.glob("*.jsonl")) if p != out]
    return texts_in([*sorted(DEV.glob("*.jsonl")), *others])
