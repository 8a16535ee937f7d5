"""The replacement line runs nothing in any shell it may be pasted into."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.detection import Engine, Level
from app.guard.neutralize import (
    ALL_LINES,
    FOUND,
    LANGUAGES,
    NEUTRAL_LINE,
    PLACES,
    TAKEN,
    is_inert,
    neutral_line,
)

LINES = sorted(ALL_LINES)
TRANSLATIONS = Path(__file__).resolve().parents[3] / "ui" / "translations"


@pytest.mark.parametrize("line", LINES)
def test_every_line_is_inert_by_construction(line: str) -> None:
    assert is_inert(line)


def test_what_is_not_inert() -> None:
    assert not is_inert("# fine; rm -rf ~")
    assert not is_inert("PasteGuard blocked it")


@pytest.mark.parametrize("shell", ["sh", "bash", "dash", "zsh"])
def test_posix_shells_do_nothing_with_it(shell: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = shutil.which(shell)
    assert path, f"{shell} is missing: `make test` installs it (Makefile APT_PKGS)"
    script = "\n".join(LINES)  # every line, one shell each
    result = subprocess.run([path, "-c", script], capture_output=True, cwd=tmp_path, timeout=10)
    assert result.stdout == b""
    assert list(tmp_path.iterdir()) == []  # nothing created


def test_the_engine_finds_nothing_to_block_in_them() -> None:
    engine = Engine(strict=True)
    assert [line for line in LINES if engine.analyze(line).level > Level.INFO] == []


def test_each_line_says_what_was_taken_and_where_pasteguard_is() -> None:
    """Where the desktop has no tray, a status window stands in for it (ui/tray); under
    `run --no-tray` there is neither: the line said "tray icon or window" in all three, and
    "a dangerous command" for a scam text too."""
    assert neutral_line("scam-text", "tray").startswith("# PasteGuard took a scam text")
    assert "sign-in address" in neutral_line("oauth-code", "window")
    assert "dangerous command" in neutral_line("code", "tray") == NEUTRAL_LINE
    assert neutral_line("unknown kind", "tray") == neutral_line("text", "tray")
    assert "status window" in neutral_line("command", "window")
    cli = neutral_line("command", "command line")
    assert "tray" not in cli and "window" not in cli and "pasteguard restore --last" in cli
    assert len(ALL_LINES) == len(TAKEN) * len(FOUND) * len(LANGUAGES)  # "code" says "command"


def test_every_language_the_app_ships_has_its_own_lines() -> None:
    """The line was English in every language: a person who reads only Japanese found an
    English sentence where their text was. Every shipped translation (ui/translations) has
    its own line for each kind and place, none of them English, and each keeps the commands
    it names as typed."""
    shipped = {p.stem.removeprefix("pasteguard_") for p in TRANSLATIONS.glob("pasteguard_*.qm")}
    assert len(shipped) == 10 and set(LANGUAGES) == shipped | {"en"}
    english = {neutral_line(k, p) for k in TAKEN for p in PLACES}
    for language in shipped:
        lines = {neutral_line(k, p, language) for k in TAKEN for p in PLACES}
        assert len(lines) == len(english) and not lines & english, language
        cli = neutral_line("command", "command line", language)
        assert "pasteguard viewer" in cli and "pasteguard restore --last" in cli, language
        assert all("PasteGuard" in line and "\n" not in line for line in lines), language
    assert neutral_line("command", "tray", "sv") == NEUTRAL_LINE  # not shipped: English
    assert neutral_line("command", "tray", "ja") != NEUTRAL_LINE


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translated_line_is_inert_and_judged_harmless(language: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Inert by construction (no quote, apostrophe, operator: French and Italian use the
    typographic apostrophe), run by a shell without effect, and nothing the engine blocks."""
    lines = sorted({neutral_line(k, p, language) for k in TAKEN for p in PLACES})
    assert all(is_inert(line) for line in lines)
    result = subprocess.run(["bash", "-c", "\n".join(lines)], capture_output=True,
                            cwd=tmp_path, timeout=10)  # fmt: skip
    assert result.returncode == 0 and result.stdout == b"" and result.stderr == b""
    assert list(tmp_path.iterdir()) == []
