"""The blind hold-out sets (bench/blind/) are what the bench reports: every set on disk is a
section of `python -m bench` and `make bench`, and each generated set is byte for byte what its
generator writes, so nobody edits a blind text by hand (README: a changed case is a tuned case).

These tests read the sets only to compare them with their generators and the bench's registry;
they never run the engine on them.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from bench import blind
from bench.__main__ import SECTIONS

BLIND = Path(blind.BLIND_DIR)
GENERATORS = sorted(BLIND.glob("make_blind*.py"))


def _set_number(path: Path) -> str:
    match = re.fullmatch(r"(?:lures|benign)(?:-(\d+))?\.jsonl", path.name)
    assert match, f"unexpected file in bench/blind: {path.name}"
    return match.group(1) or ""


def test_every_blind_set_on_disk_is_a_bench_section_with_both_files() -> None:
    numbers = {_set_number(p) for p in BLIND.glob("*.jsonl")}
    names = {s.name for s in SECTIONS}
    for n in sorted(numbers):
        assert f"blind{n}" in names, f"bench/blind set {n or 1} is not a section of python -m bench"
        suffix = f"-{n}" if n else ""
        assert (BLIND / f"lures{suffix}.jsonl").is_file()
        assert (BLIND / f"benign{suffix}.jsonl").is_file()
    expected = {str(n) for n in range(5, 24)}
    assert expected <= numbers, (
        "the fifth, sixth, seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth, "
        "fourteenth, fifteenth, sixteenth, seventeenth, eighteenth, nineteenth, twentieth, "
        "twenty-first, twenty-second or twenty-third blind set is missing"
    )


def _load_generator(path: Path) -> ModuleType:
    # a generator imports its shared checks (blindkit.py) from beside it, as when run as a script
    if str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(f"_blindgen_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("generator", GENERATORS, ids=[p.stem for p in GENERATORS])
def test_generated_blind_set_is_what_its_generator_writes(generator: Path) -> None:
    module = _load_generator(generator)
    for rows, out in (
        (module.lure_rows(), module.LURES_OUT),
        (module.benign_rows(), module.BENIGN_OUT),
    ):
        expected = [json.dumps(row, ensure_ascii=False) for row in rows]
        assert out.read_text(encoding="utf-8").splitlines() == expected, (
            f"{out.name} differs from what {generator.name} writes: run it again, and if a case "
            "changed, list it as tuned in bench/blind/README.md"
        )


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_fifth_set_has_the_promised_size_and_shape() -> None:
    lures = [json.loads(line) for line in _lines(BLIND / "lures-5.jsonl")]
    benign = [json.loads(line) for line in _lines(BLIND / "benign-5.jsonl")]
    assert len(lures) >= 200
    assert len(benign) + len(blind.large_benign_5()) >= 350
    assert sum(b["kind"] == blind.OWN_PAGE_KIND for b in benign) >= 180
    assert {r["target"] for r in lures} >= {
        "run_dialog",
        "explorer_bar",
        "terminal",
        "browser_console",
        "unknown",
    }
    ids = [r["id"] for r in lures + benign]
    assert len(ids) == len(set(ids))
    for text in blind.large_benign_5():
        assert 100 * 1024 <= len(text.text.encode()) <= 400 * 1024, text.id


def test_sixth_set_has_the_promised_size_and_shape() -> None:
    lures = [json.loads(line) for line in _lines(BLIND / "lures-6.jsonl")]
    benign = [json.loads(line) for line in _lines(BLIND / "benign-6.jsonl")]
    assert len(lures) >= 230
    assert len(benign) + len(blind.large_benign_6()) >= 400
    assert sum(b["kind"] == blind.OWN_PAGE_KIND for b in benign) >= 220
    assert {r["target"] for r in lures} >= {
        "run_dialog",
        "explorer_bar",
        "terminal",
        "browser_console",
        "unknown",
    }
    assert {r["expect"] for r in lures} == {"malicious", "flagged"}
    ids = [r["id"] for r in lures + benign]
    assert len(ids) == len(set(ids))
    for text in blind.large_benign_6():
        assert 100 * 1024 <= len(text.text.encode()) <= 400 * 1024, text.id


@dataclass(frozen=True)
class Promise:
    """What a set's README promises: at least this many lures, benign texts, own-page
    installers and lures with no page (commands as IOC files list them)."""

    number: int
    lures: int
    benign: int
    own_page: int
    no_page: int


# From the seventh set on every set is weighted like the hold-out and has the same shape.
PROMISES = (
    Promise(7, lures=240, benign=400, own_page=250, no_page=25),
    Promise(8, lures=240, benign=440, own_page=300, no_page=35),
    Promise(9, lures=250, benign=440, own_page=300, no_page=40),
    Promise(10, lures=250, benign=440, own_page=300, no_page=45),
    Promise(11, lures=250, benign=450, own_page=310, no_page=50),
    Promise(12, lures=260, benign=470, own_page=330, no_page=55),
    Promise(13, lures=260, benign=450, own_page=300, no_page=50),
    Promise(14, lures=260, benign=470, own_page=320, no_page=50),
    # The fifteenth: the own-page long tail is nearly used up (README, "Blind-15").
    Promise(15, lures=260, benign=280, own_page=70, no_page=40),
    # The sixteenth: a benign side big enough to measure 1 % (README, "Blind-16").
    Promise(16, lures=260, benign=700, own_page=65, no_page=40),
    # The seventeenth: the own-page long tail is used up, the benign side is other texts (README,
    # "Blind-17").
    Promise(17, lures=260, benign=700, own_page=17, no_page=40),
    # The eighteenth: own-page installers found anew in public README files (README, "Blind-18").
    Promise(18, lures=260, benign=700, own_page=100, no_page=60),
    # The nineteenth: own-page installers found by other search strings than the eighteenth's
    # (README, "Blind-19").
    Promise(19, lures=260, benign=700, own_page=60, no_page=60),
    # The twentieth: own-page installers found by install styles sets 1-19 did not search (README,
    # "Blind-20").
    Promise(20, lures=260, benign=700, own_page=60, no_page=60),
    # The twenty-first: harder where the hold-out is hard, own-page installers found by install
    # styles and languages sets 1-20 did not search (README, "Blind-21").
    Promise(21, lures=260, benign=700, own_page=60, no_page=60),
    # The twenty-second: harder where the hold-out is hard, own-page installers of projects new to
    # sets 1-21 found by install styles and hosts they did not use (README, "Blind-22").
    Promise(22, lures=260, benign=700, own_page=60, no_page=60),
    # The twenty-third: different rather than bigger, own-page installers of projects new to sets
    # 1-22 found by install styles they did not search (README, "Blind-23").
    Promise(23, lures=260, benign=700, own_page=60, no_page=60),
)


@pytest.mark.parametrize("promise", PROMISES, ids=[f"blind{p.number}" for p in PROMISES])
def test_set_has_the_promised_size_and_shape(promise: Promise) -> None:
    lures = [json.loads(line) for line in _lines(BLIND / f"lures-{promise.number}.jsonl")]
    benign = [json.loads(line) for line in _lines(BLIND / f"benign-{promise.number}.jsonl")]
    assert len(lures) >= promise.lures
    assert len(benign) >= promise.benign
    assert sum(b["kind"] == blind.OWN_PAGE_KIND for b in benign) >= promise.own_page
    assert {r["target"] for r in lures} >= {
        "run_dialog",
        "explorer_bar",
        "terminal",
        "browser_console",
        "unknown",
    }
    assert {r["expect"] for r in lures} == {"malicious", "flagged"}
    # Commands as IOC files list them: no page, so bare and with context differ only by target.
    assert sum("source" not in r for r in lures) >= promise.no_page
    ids = [r["id"] for r in lures + benign]
    assert len(ids) == len(set(ids))
