"""Where the UI's shipped files live: icons and the awareness pages' drawings."""

from __future__ import annotations

from pathlib import Path

from app.detection.rules import default_rules_dir

# resources/ sits beside app/ and ui/, in a checkout and in the PyInstaller bundle alike
RESOURCES = default_rules_dir().parent
ICONS = RESOURCES / "icons"
LEARN = RESOURCES / "learn"


def icon_file(name: str) -> Path:
    return ICONS / f"{name}.svg"


def learn_file(name: str) -> Path:
    return LEARN / f"{name}.svg"
