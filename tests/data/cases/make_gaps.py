"""Writes tests/data/cases/gaps.jsonl: technique families the blind set showed were missed
(bench/blind/README.md), each with our own lures and benign look-alikes.

    python tests/data/cases/make_gaps.py

Deterministic. Hosts are reserved names (*.test, *.invalid, *.example), phone numbers are
fictitious (555 ranges). Each line is {id, text, expect, technique, platform}.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).with_name("gaps.jsonl")

# (id, text, expect, technique)
RAW: list[tuple[str, str, str, str]] = [
    # ConsentFix: loopback sign-in redirects without a scheme, with short codes, in a sentence
    ("g-consentfix-bare-1",
     "localhost:8765/auth/done?code=M.C5a7_BAY.2.U.9f3kQz81LmPx&state=a81",
     "flagged", "consentfix-bare-loopback"),
    ("g-consentfix-bare-2", "127.0.0.1:50311/#code=Zk81mQ2pL0vX9aB4Tt7&state=q1",
     "flagged", "consentfix-bare-loopback"),
    ("g-consentfix-short-1",
     "http://localhost:61022/?code=0.ARwA7kP&client_info=eyJ1aWQiOiI&state=Lk2&session_state=9c1d-aa",
     "flagged", "consentfix-short-code"),
    ("g-consentfix-sentence-1",
     "Almost done! Copy the whole address from your browser and paste it below: "
     "http://localhost:40777/?code=0.AXcB8mPq2zR&state=Tq1&session_state=1f2e-cc",
     "flagged", "consentfix-paste-back"),
    ("g-ok-localhost-dev-1", "npm run dev, then open localhost:5173/settings?tab=profile in your browser.",
     "not_flagged", "benign-localhost-dev"),
    ("g-ok-oauth-doc-1",
     "After consent the provider redirects to localhost:8080/callback?code=AUTHORIZATION_CODE&state=STATE "
     "and your server exchanges the code for tokens at the token endpoint.",
     "not_flagged", "benign-oauth-doc"),
    ("g-ok-oauth-doc-2",
     "Copy the client id into your config. The redirect URI must be "
     "http://localhost:3000/api/auth/callback exactly as registered.",
     "not_flagged", "benign-oauth-doc"),
]  # fmt: skip


def case(cid: str, text: str, expect: str, technique: str) -> dict[str, str]:
    return {"id": cid, "text": text, "expect": expect, "technique": technique, "platform": "any"}


def build() -> list[dict[str, str]]:
    cases = [case(*row) for row in RAW]
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return cases


def render(cases: list[dict[str, str]]) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


CASES = build()

if __name__ == "__main__":
    OUT.write_text(render(CASES), encoding="utf-8")
    sys.stdout.write(f"wrote {len(CASES)} cases to {OUT}\n")
