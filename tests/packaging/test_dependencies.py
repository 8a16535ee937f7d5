"""Every third-party module the app imports is a declared dependency of the package.

An undeclared one works in the development environment (something else pulled it in) and
breaks an installation: python-xlib came only through pynput until it was declared.
"""

from __future__ import annotations

import ast
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parents[2]
# modules of other systems, which are not installed here: the distribution that provides each
OTHER_SYSTEMS = {
    "win32evtlog": "pywin32",
    "AppKit": "pyobjc-framework-Cocoa",
    "Quartz": "pyobjc-framework-Quartz",
    "HIServices": "pyobjc-framework-ApplicationServices",
}


def _normal(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def _imported_top_level_modules() -> dict[str, str]:
    """{top-level module: a file that imports it}, every import in app/ and ui/."""
    found: dict[str, str] = {}
    for path in sorted([*REPO.joinpath("app").rglob("*.py"), *REPO.joinpath("ui").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(REPO)))
    return found


def test_every_imported_third_party_module_is_declared() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {_normal(Requirement(r).name) for r in project["dependencies"]}
    providers = metadata.packages_distributions()
    undeclared = []
    for module, where in sorted(_imported_top_level_modules().items()):
        if module in sys.stdlib_module_names or module in ("app", "ui"):
            continue
        dists = providers.get(module) or [OTHER_SYSTEMS.get(module, f"<unknown: {module}>")]
        if not any(_normal(d) in declared for d in dists):
            undeclared.append(f"{module} ({where}) from {dists}")
    assert not undeclared, "imported but not in pyproject dependencies: " + ", ".join(undeclared)


def test_the_check_sees_a_direct_import() -> None:
    # the walk must find the direct Xlib import, or the test above proves nothing for it
    assert _imported_top_level_modules().get("Xlib", "").startswith("app/platform/xorg/")
