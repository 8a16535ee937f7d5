"""Where the files PasteGuard ships with live: rules, trust, target and remote-access lists,
icons and the awareness pages' drawings (all of `resources/` in the source tree)."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder of shipped data files.

    Installed from a wheel it is the package data folder ``app/resources`` (pyproject.toml maps
    the top-level ``resources/`` there), and the PyInstaller bundle copies it to the same place
    (build.spec). In a source checkout, editable install or not, it is ``resources/`` beside
    ``app/``: the one place that steps outside the package.
    """
    # the package's own folder, as importlib.resources.files("app") gives it for a package on
    # disk (wheel, checkout, PyInstaller's folder), without importing importlib.resources,
    # tempfile and shutil (~4 ms of every `pasteguard scan`)
    package = Path(__file__).resolve().parent
    inside = package / "resources"
    return inside if inside.is_dir() else package.parent / "resources"
