"""The weight that makes a finding evidence on its own is one named threshold (scoring.WEIGHTY)."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[3] / "app"


def test_no_weight_is_compared_with_a_bare_number_but_zero() -> None:
    """`f.weight >= 15` in one place and `WEIGHTY = 15` in another drift apart the day one of them
    changes: every comparison of a finding's weight uses the named constant (0 is a sign, not a
    threshold)."""
    found = []
    for path in sorted(APP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Compare):
                continue
            sides = [node.left, *node.comparators]
            if not any(isinstance(s, ast.Attribute) and s.attr == "weight" for s in sides):
                continue
            for s in sides:
                if isinstance(s, ast.Constant) and type(s.value) is int and s.value != 0:
                    found.append(f"{path.relative_to(APP.parent)}:{node.lineno}")
    assert not found, found
