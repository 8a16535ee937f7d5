"""Dependencies point inward: the core (`app`) never imports Qt or the UI.

The engine, the event store, settings and policy must run in any test and any process without a
display; import-linter checks the contracts in pyproject.toml, and a plain walk over the source
catches the imports it cannot see (inside functions, under TYPE_CHECKING, in files it skips).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
APP = REPO / "app"
FORBIDDEN = ("PySide6", "shiboken6", "ui")


def test_import_linter_contracts_hold() -> None:
    lint_imports = Path(sys.executable).parent / "lint-imports"
    assert lint_imports.exists(), f"import-linter is a test dependency; expected {lint_imports}"
    done = subprocess.run(
        [str(lint_imports), "--no-cache", "--no-logo", str(REPO / "pyproject.toml")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def _imported_modules(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
        elif (  # importlib.import_module("PySide6...") or __import__("ui")
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", ""))
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value))
    return found


def _forbidden(module: str) -> bool:
    top = module.split(".", 1)[0]
    return top in FORBIDDEN


def test_no_module_in_app_imports_qt_or_the_ui() -> None:
    sources = sorted(APP.rglob("*.py"))
    assert len(sources) > 5, f"expected the app package at {APP}"
    offences = []
    for path in sources:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, module in _imported_modules(tree):
            if _forbidden(module):
                offences.append(f"{path.relative_to(REPO)}:{line}: imports {module}")
    assert not offences, "app/ must not import Qt or ui:\n" + "\n".join(offences)


@pytest.mark.parametrize(
    ("source", "caught"),
    [
        ("import PySide6.QtCore", True),
        ("from PySide6 import QtWidgets", True),
        ("from ui.application import main", True),
        ("import shiboken6", True),
        ("def f():\n    import ui.dialogs", True),
        ("import importlib\nimportlib.import_module('PySide6.QtGui')", True),
        ("import uinput", False),
        ("from app.ui_text import x", False),
        ("from . import ui", False),  # relative: app's own module, not the top-level ui package
    ],
)
def test_the_source_walk_recognises_forbidden_imports(source: str, caught: bool) -> None:
    # Guards the walk above against passing because it sees nothing.
    modules = [m for _, m in _imported_modules(ast.parse(source))]
    assert any(_forbidden(m) for m in modules) is caught
