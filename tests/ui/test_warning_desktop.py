"""The warning on a real X desktop (Xvfb + openbox), in every shipped language.

Offscreen rendering never resizes a window the way a window manager does, and it hid the
overlap seen when "Why?" or "Report to IT" grew the dialog. Here a real GuardApp raises the
warning for three lures, opens "Why?", presses "Report to IT", and ui.layout_check looks for
overlapping boxes and cut text; in every language but English no text may be left in English.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.desktop import BIN, REPO, Desktop, desktop
from ui.i18n import shipped

pytestmark = pytest.mark.desktop

LANGUAGES = ["en", *shipped()]
# Texts that are the same in every language: names, and what the attacker wrote (shown as is).
SAME_EVERYWHERE = re.compile(
    r"^(PasteGuard|PasteGuard warning|OK|Why\?|ATT&CK.*|.*\[\.\].*|.*hxxps?:.*|powershell.*"
    r"|javascript:.*|curl .*|/tmp/.*|.*\.json|[\W\d_]*)$",
    re.S,
)


@pytest.fixture(scope="module")
def screen() -> Iterator[Desktop]:
    with desktop() as d:
        yield d


_RUNS: dict[tuple[int, str], dict[str, Any]] = {}


def _run(d: Desktop, language: str, tmp: Path) -> dict[str, Any]:
    """The warning's states in `language`, drawn once per desktop."""
    key = (id(d), language)
    if key not in _RUNS:
        _RUNS[key] = _draw(d, language, tmp)
    return _RUNS[key]


def _draw(d: Desktop, language: str, tmp: Path) -> dict[str, Any]:
    folder = tmp / language
    folder.mkdir(parents=True, exist_ok=True)
    env = {
        "QT_QPA_PLATFORM": "xcb", "PASTEGUARD_BACKEND": "none",
        "PASTEGUARD_DATA_DIR": str(folder / "data"), "PASTEGUARD_CONFIG_DIR": str(folder / "cfg"),
        "PASTEGUARD_POLICY": str(folder / "policy.toml"), "XDG_CONFIG_HOME": str(folder / "xdg"),
        "XDG_CONFIG_DIRS": str(folder / "xdg-system"), "QT_SCALE_FACTOR": "1",
    }  # fmt: skip
    saved = dict(d.env)
    d.env.update(env)
    try:
        result = d.run(str(BIN / "python"), "-m", "ui.warning.states", language,
                       str(folder / "out.json"), timeout=240, cwd=str(REPO))  # fmt: skip
    finally:
        d.env.clear()
        d.env.update(saved)
    assert result.returncode == 0, result.stderr[-4000:]
    found: dict[str, Any] = json.loads((folder / "out.json").read_text(encoding="utf-8"))
    return found


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("warning-states")


@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_overlaps_or_is_cut_and_nothing_is_left_in_english(
    screen: Desktop, shots: Path, language: str
) -> None:
    states = _run(screen, language, shots)
    for lure, by_state in states.items():
        for state, seen in by_state.items():
            assert seen["problems"] == [], (language, lure, state)
    if language == "en":
        return
    english = _run(screen, "en", shots)
    for lure, by_state in states.items():
        for state, seen in by_state.items():
            texts = {t.replace("\u200b", "") for t in english[lure][state]["texts"]}
            same = {t for t in texts if not SAME_EVERYWHERE.match(t)}
            left = sorted(t for t in seen["texts"] if t.replace("\u200b", "") in same)
            assert left == [], (language, lure, state)
