"""What tests/data/cases/provenance.jsonl must keep covering (test_case_files.py checks each
case at its level in its context, and that the file is what make_provenance.py writes)."""

from __future__ import annotations

import json
from pathlib import Path

CASE_FILE = Path(__file__).resolve().parents[2] / "data" / "cases" / "provenance.jsonl"
CASES = [json.loads(line) for line in CASE_FILE.read_text(encoding="utf-8").splitlines()]
BENIGN = {"clean", "info", "not_flagged"}


def test_hundreds_of_installers_from_their_own_page_and_lures_that_borrow_them() -> None:
    cleared = [
        c for c in CASES if c["expect"] == "info" and c["target"] == "terminal" and c.get("source")
    ]
    elsewhere = [c for c in CASES if "-elsewhere-" in c["id"] and c["expect"] == "flagged"]
    run_box = [
        c
        for c in CASES
        if c["target"] in {"run_dialog", "explorer_bar"} and c["expect"] not in BENIGN
    ]
    imitations = [c for c in CASES if c["id"].startswith("p-imitation-")]
    assert len(CASES) >= 400 and len(cleared) >= 200, (len(CASES), len(cleared))
    assert len(elsewhere) >= 50 and len(run_box) >= 100 and len(imitations) >= 40
    # GitHub, GitLab and vendor sites, in PowerShell and POSIX shells
    pages = " ".join(c["source"] for c in cleared)
    texts = " ".join(c["text"] for c in cleared)
    assert "github.com/" in pages and "gitlab.com/" in pages and ".github.io/" in pages
    assert "| iex" in texts and "| sh" in texts and "| bash" in texts
