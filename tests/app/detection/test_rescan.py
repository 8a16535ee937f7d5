"""Patterns tried only where their matches can start find exactly what a scan finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection import deobfuscate, indicators

PIECES = st.sampled_from(
    ["set", "SET", "Set ", "ſet", " ", "\t", "=", '"', "'", "''", '""', "a", "Z", "_", ".", "-",
     "&", "|", "\n", "x=1", "http", "hxxps", "ftp", "ws", "file", "://", ":\\\\", "[:]//",
     "[:]\\\\", "//", "irm ", "IWR ", "curl", ".exe", "wget", "invoke-webrequest",
     "Invoke-RestMethod", "fetch", " -o ", "get.example.sh", "/x.ps1", "ı", "İ", "é"]
)  # fmt: skip
TEXTS = st.lists(PIECES, max_size=30).map("".join)


def spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_urls_are_found_as_a_scan_finds_them(text: str) -> None:
    assert spans(indicators._url_matches(text)) == spans(indicators._URL.finditer(text))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_bare_downloads_are_found_as_a_scan_finds_them(text: str) -> None:
    found = spans(indicators._bare_fetches(text))
    assert found == spans(indicators._BARE_FETCH.finditer(text))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_set_commands_are_found_as_a_scan_finds_them(text: str) -> None:
    found = spans(deobfuscate._set_commands(text, text.lower()))
    assert found == spans(deobfuscate._SET_VAR.finditer(text))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_an_inner_quote_is_never_missed(text: str) -> None:
    if deobfuscate._INNER_QUOTE.search(text):
        assert deobfuscate._inner_quotes(text)


def test_the_rewrites_still_happen() -> None:
    assert deobfuscate.deobfuscate("c''url -s h\"t\"tp://x") == "curl -s http://x"
    text = 'cmd /c "set p=power&& set q=shell&& call %p%%q% -c x"'
    assert "powershell -c x" in deobfuscate.deobfuscate(text)
    urls = indicators.find_urls("a http://a.test/x b hxxps[:]//b[.]test/y file:\\\\c\\d")
    assert [u.host for u in urls] == ["a.test", "b.test", "c"]
    assert [u.host for u in indicators.find_urls("iwr get.example.sh | iex")] == ["get.example.sh"]


LINE_PIECES = st.sampled_from(
    ["&&", "&", "||", "|", " | ", "\t|\n", "$(", "$", "(", ")", "`", "javascript:", "xjavascript:",
     "=>", "=", "{", "}", ";", " ", "\n", "\r", "\u2003", "a", "-", "$env:TEMP\\", "$x/", " $",
     "& $", ". $", "\t$y\\"]
)  # fmt: skip
LINES = st.lists(LINE_PIECES, max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_a_prose_line_has_an_operator_as_the_pattern_says(line: str) -> None:
    from app.detection import prose

    assert prose._has_operator(line) == bool(prose._OPERATORS.search(line))


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_commands_are_cut_where_they_were(text: str) -> None:
    from app.detection import commands

    as_written = re.compile(r"\|\||&&|[|&;\n\r(){}`]|\$\(")
    assert commands._SEPARATORS.split(text) == as_written.split(text)


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_path_variables_are_found_as_a_scan_finds_them(text: str) -> None:
    from app.detection.interpret import grammar

    data = text.encode()
    scanned = [m.start() for m in grammar._PS_PATH_VARIABLE.finditer(data)]
    assert grammar.path_variables(data) == scanned
