"""Where the files PasteGuard ships with live: rules, trust, target and remote-access lists,
icons and the awareness pages' drawings (all of `resources/` in the source tree)."""

from __future__ import annotations

from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder of shipped data files.

    Installed from a wheel it is the package data folder ``app/resources`` (pyproject.toml maps
    the top-level ``resources/`` there), and the PyInstaller bundle copies it to the same place
    (build.spec). In a source checkout, editable install or not, it is ``resources/`` beside
    ``app/``: the one place that steps outside the package.
    """
    package = Path(str(importlib_resources.files("app")))
    inside = package / "resources"
    return inside if inside.is_dir() else package.parent / "resources"
