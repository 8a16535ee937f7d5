"""The ATT&CK table names every technique the shipped rules report."""

from __future__ import annotations

from typing import Any

import yaml

from app.detection.rules import default_rules_dir
from app.forwarding import attack

RULES = default_rules_dir()


def _techniques(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {str(node["technique"])} if node.get("technique") else set()
        return found.union(*(_techniques(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_techniques(v) for v in node))
    return set()


def test_every_rule_technique_has_a_name_and_tactic() -> None:
    used = set().union(*(_techniques(yaml.safe_load(p.read_text())) for p in RULES.glob("*.yaml")))
    assert "T1204.004" in used
    c = attack.classify(used)
    missing = [t for t in c.techniques if t not in attack.TECHNIQUES]
    missing += [t for t in c.subtechniques if t not in attack.SUBTECHNIQUES]
    assert not missing, f"add these to app/forwarding/attack.py: {missing}"
    assert all(
        tactic in attack.TACTICS for _, tactics in attack.TECHNIQUES.values() for tactic in tactics
    )


def test_classify_splits_parents_and_subtechniques() -> None:
    c = attack.classify({"T1059.001", "t1105", " T1204.004 ", ""})
    assert c.techniques == ["T1059", "T1105", "T1204"]
    assert c.subtechniques == ["T1059.001", "T1204.004"]
    assert c.tactics == ["TA0002", "TA0011"]
    assert c.technique_names == [
        "Command and Scripting Interpreter",
        "Ingress Tool Transfer",
        "User Execution",
    ]
    assert attack.reference("T1059.001") == "https://attack.mitre.org/techniques/T1059/001/"


def test_unknown_technique_keeps_its_id() -> None:
    c = attack.classify({"T9999.001"})
    assert c.techniques == ["T9999"] and c.subtechniques == ["T9999.001"]
    assert c.technique_names == [] and c.tactics == []
