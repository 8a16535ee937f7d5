"""The replacement line runs nothing in any shell it may be pasted into."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.detection import Engine, Level
from app.guard.neutralize import NEUTRAL_LINE, is_inert


def test_the_line_is_inert_by_construction() -> None:
    assert is_inert(NEUTRAL_LINE)
    assert not is_inert("# fine; rm -rf ~")
    assert not is_inert("PasteGuard blocked it")


@pytest.mark.parametrize("shell", ["sh", "bash", "dash", "zsh"])
def test_posix_shells_do_nothing_with_it(shell: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = shutil.which(shell)
    assert path, f"{shell} is missing: `make test` installs it (Makefile APT_PKGS)"
    result = subprocess.run(
        [path, "-c", NEUTRAL_LINE], capture_output=True, cwd=tmp_path, timeout=10
    )
    assert result.stdout == b""
    assert list(tmp_path.iterdir()) == []  # nothing created


def test_the_engine_finds_nothing_to_block_in_it() -> None:
    assert Engine(strict=True).analyze(NEUTRAL_LINE).level <= Level.INFO


def test_the_line_sends_people_where_pasteguard_is_on_every_desktop() -> None:
    """Where the desktop has no tray, a status window stands in for it (ui/tray): the line
    said "Open PasteGuard from the tray" there too."""
    assert "tray icon or window" in NEUTRAL_LINE
