"""Where the UI's shipped files live: icons and the awareness pages' drawings."""

from __future__ import annotations

from pathlib import Path

from app.shipped import resources_dir

RESOURCES = resources_dir()
ICONS = RESOURCES / "icons"
LEARN = RESOURCES / "learn"


def icon_file(name: str) -> Path:
    return ICONS / f"{name}.svg"


def learn_file(name: str) -> Path:
    return LEARN / f"{name}.svg"
