"""The warning on a real X desktop (Xvfb + openbox), in every shipped language.

Offscreen rendering never resizes a window the way a window manager does, and it hid the
overlap seen when "Why?" or "Report to IT" grew the dialog. Here a real GuardApp raises the
warning for three lures, opens "Why?", presses "Report to IT", and ui.layout_check looks for
overlapping boxes and cut text; in every language but English no text may be left in English.
"""

from __future__ import annotations

import json
import queue
import re
import subprocess
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
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


# Each language is drawn by a process of its own, as before; they run DESKTOPS at a time, each
# on a desktop of its own (Xvfb + openbox: no shared clipboard, focus or window placement), as
# most of a drawing is waiting for the window manager (ui.warning.states.settle). One language
# after another took ~11 x 14 s of the suite.
DESKTOPS = 3


def _draw(d: Desktop, language: str, tmp: Path) -> dict[str, Any]:
    """The warning's states in `language`, drawn on `d` by `python -m ui.warning.states`."""
    folder = tmp / language
    folder.mkdir(parents=True, exist_ok=True)
    env = {
        **d.env,
        "QT_QPA_PLATFORM": "xcb", "PASTEGUARD_BACKEND": "none",
        "PASTEGUARD_DATA_DIR": str(folder / "data"), "PASTEGUARD_CONFIG_DIR": str(folder / "cfg"),
        "PASTEGUARD_POLICY": str(folder / "policy.toml"), "XDG_CONFIG_HOME": str(folder / "xdg"),
        "XDG_CONFIG_DIRS": str(folder / "xdg-system"), "QT_SCALE_FACTOR": "1",
    }  # fmt: skip
    result = subprocess.run(
        [str(BIN / "python"), "-m", "ui.warning.states", language, str(folder / "out.json")],
        env=env, capture_output=True, text=True, timeout=240, cwd=str(REPO),
    )  # fmt: skip
    assert result.returncode == 0, (language, result.stderr[-4000:])
    found: dict[str, Any] = json.loads((folder / "out.json").read_text(encoding="utf-8"))
    return found


@pytest.fixture(scope="module")
def drawn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[Any]]]:
    """Every language's drawing, under way on DESKTOPS desktops; a test waits for its own."""
    tmp = tmp_path_factory.mktemp("warning-states")
    with ExitStack() as stack:
        free: queue.Queue[Desktop] = queue.Queue()
        for _ in range(DESKTOPS):
            free.put(stack.enter_context(desktop()))

        def draw(language: str) -> dict[str, Any]:
            d = free.get()
            try:
                return _draw(d, language, tmp)
            finally:
                free.put(d)

        # the pool is shut down (its drawings finished) before the desktops stop
        pool = stack.enter_context(ThreadPoolExecutor(DESKTOPS, "warning-states"))
        yield {language: pool.submit(draw, language) for language in LANGUAGES}


@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_overlaps_or_is_cut_and_nothing_is_left_in_english(
    drawn: dict[str, Future[Any]], language: str
) -> None:
    states = drawn[language].result()
    for lure, by_state in states.items():
        for state, seen in by_state.items():
            assert seen["problems"] == [], (language, lure, state)
    if language == "en":
        return
    english = drawn["en"].result()
    for lure, by_state in states.items():
        for state, seen in by_state.items():
            texts = {t.replace("\u200b", "") for t in english[lure][state]["texts"]}
            same = {t for t in texts if not SAME_EVERYWHERE.match(t)}
            left = sorted(t for t in seen["texts"] if t.replace("\u200b", "") in same)
            assert left == [], (language, lure, state)
