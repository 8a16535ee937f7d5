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
    # "code" says "command"; each with "put it back" and without (the policy forbids it)
    assert len(ALL_LINES) == len(TAKEN) * len(FOUND) * len(LANGUAGES) * 2


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
    lines = sorted(
        {neutral_line(k, p, language, r) for k in TAKEN for p in PLACES for r in (True, False)}
    )
    assert all(is_inert(line) for line in lines)
    result = subprocess.run(["bash", "-c", "\n".join(lines)], capture_output=True,
                            cwd=tmp_path, timeout=10)  # fmt: skip
    assert result.returncode == 0 and result.stdout == b"" and result.stderr == b""
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_where_the_policy_forbids_putting_it_back_the_line_does_not_offer_it(
    language: str,
) -> None:
    """With allow_paste_anyway = false, `restore` and the tray refuse to put a blocked text
    back: the line said "… or to put it back" / "pasteguard restore --last to put it back"
    all the same. Without it, it says where to see why, shorter than the line with it."""
    for place in PLACES:
        offered = neutral_line("command", place, language)
        withheld = neutral_line("command", place, language, restorable=False)
        assert withheld != offered and len(withheld) < len(offered)
        assert "restore" not in withheld and "pasteguard restore --last" not in withheld
    assert neutral_line("command", "tray", restorable=False) == (
        "# PasteGuard blocked a dangerous command that was put on your clipboard. Nothing was "
        "run. Open PasteGuard from its tray icon to see why."
    )
