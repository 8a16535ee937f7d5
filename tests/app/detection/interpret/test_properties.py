"""Property tests: the parsers and evaluators never raise and stay within their budget.

Every budget here is strict (Budget(strict=True)), so an interpreter that hits a programming error
raises here instead of quietly returning a partial reading.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.detection.interpret import interpret
from app.detection.interpret.budget import MAX_STEPS, MAX_STRING, Budget, OutOfBudget
from app.detection.interpret.cmd import interpret_cmd
from app.detection.interpret.facts import MAX_INVOCATIONS, MAX_LAYERS, Facts
from app.detection.interpret.javascript import interpret_javascript
from app.detection.interpret.names import _fast, wildcard
from app.detection.interpret.posix import interpret_posix
from app.detection.interpret.powershell import interpret_powershell

# Pieces of every language's hiding tricks, glued at random: the shapes the evaluators must
# survive are made of these far more often than of uniformly random characters.
PIECES = [
    "iex", "irm", "& (", ".(", "(gal i*x)", "(gcm *st*)", "'+'", '"+"', "-f ", "'{0}{1}'",
    "-join", "-replace", "'a','b'", "[char]", "[char[]]", "(104,105)", "$env:public[13]",
    "[-1..-9]", "::", "[Convert]::FromBase64String(", "[Text.Encoding]::UTF8.GetString(", ")",
    "(", "{", "}", "[", "]", "$x", "$x=", "'", '"', "`", "|", "| % {", "$_", "-bxor 5", ";",
    "\n", " ", "foreach($c in $x){", "for($i=0;$i -lt 9;$i++){", "sal z iex;", "New-Object ",
    "Net.WebClient", ").DownloadString(", "https://a.test/x", "^", "%comspec:~-7,3%", "set a=",
    "call %a%", "!a!", "&&", "cmd /v:on /c ", "for /f %i in ('", "') do %i", "echo x > a.vbs &",
    "cscript a.vbs", 'c""url', "c\\url", "$'\\x63'", "a=cu;b=rl;$a$b", "${v:1:2}", "$(", "<(",
    "| base64 -d", "| xxd -r -p", "| rev", "| sh", "sh -c ", "eval ", "atob('YQ==')",
    "String.fromCharCode(97)", "window['ev'+'al']", "eval(", "new Function(", "$.getScript(",
    "fetch(u).then(r=>r.text()).then(eval)", "javascript:", "%61", ".split('').reverse().join('')",
    "document.createElement('script')", ".src=", "powershell -enc ", "aQBlAHgA",
    " -OutFile $env:TEMP\\x.exe", " $d\\", "Start-Process $env:TEMP\\", " $a/b",
]  # fmt: skip
code_like = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
any_text = st.text(max_size=2000)
READERS = [interpret_powershell, interpret_cmd, interpret_posix, interpret_javascript]


def _check_facts(facts: Facts) -> None:
    assert len(facts.layers) <= MAX_LAYERS
    assert all(len(layer) <= 2 * MAX_STRING for layer in facts.layers)
    assert len(facts.invocations) <= MAX_INVOCATIONS


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(any_text, code_like))
def test_interpret_never_raises_and_stays_bounded(text: str) -> None:
    budget = Budget(ms=10_000, strict=True)  # the steps bound it here, not the clock
    result = interpret(text, budget)
    _check_facts(result.facts)
    # never overrun by more than the last tick, and the largest tick is a 64 KiB value's copy
    assert budget.steps >= -(MAX_STRING // 1024)
    assert all(isinstance(layer, str) for layer in result.layers)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=code_like, which=st.sampled_from(READERS))
def test_each_reader_never_raises(text: str, which: object) -> None:
    facts = Facts()
    reading = which(text, facts, Budget(ms=10_000, strict=True))  # type: ignore[operator]
    assert reading is None or isinstance(reading, str)
    _check_facts(facts)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=code_like, steps=st.integers(min_value=0, max_value=200))
def test_a_tiny_budget_cuts_the_reading_short_without_raising(text: str, steps: int) -> None:
    budget = Budget(steps=steps, ms=10_000, strict=True)
    result = interpret(text, budget)
    _check_facts(result.facts)
    if budget.exhausted:
        assert not result.complete


@settings(max_examples=500, deadline=None)
@given(pattern=st.text(max_size=40), name=st.text(max_size=40))
def test_wildcards_never_raise(pattern: str, name: str) -> None:
    assert isinstance(wildcard(pattern, name), bool)


def test_the_step_budget_is_the_documented_one() -> None:
    assert Budget(strict=True).steps == MAX_STEPS


@settings(max_examples=500, deadline=None)
@given(
    pattern=st.text(alphabet="ab*?-.", max_size=12),
    name=st.text(alphabet="ab-.", max_size=12),
)
def test_the_fast_wildcard_agrees_with_the_exact_one(pattern: str, name: str) -> None:
    assert _fast(pattern)(name) == wildcard(pattern, name)


def test_the_budget_reads_the_cpu_clock_only_when_its_deadline_may_have_passed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.detection.interpret import budget as budget_module

    reads: list[int] = []
    real = budget_module._clock

    def counted() -> float:
        reads.append(1)
        return real()

    monkeypatch.setattr(budget_module, "_clock", counted)
    roomy = Budget(ms=10_000, strict=True)
    reads.clear()
    for _ in range(1024):
        roomy.tick()
    assert roomy.remaining_ms(6.0) == 6.0
    assert not roomy.expired()
    assert reads == []  # the wall clock says 10 s cannot have passed
    spent = Budget(ms=0.0, strict=True)  # its deadline is now: the CPU clock decides
    with pytest.raises(OutOfBudget):
        for _ in range(256):
            spent.tick()
    assert reads
    assert Budget(ms=2.0).remaining_ms(6.0) <= 2.0
