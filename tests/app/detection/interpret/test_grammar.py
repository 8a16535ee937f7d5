"""grammar.parse keeps one parser per grammar and thread: what one parse leaves in it (a parse
stopped by its deadline, a failed one) must never reach the next text."""

from __future__ import annotations

import threading

from app.detection.interpret import grammar
from app.detection.interpret.grammar import parse, text_of

SHORT = 'iwr "https://example.test/a.ps1" -OutFile $env:TEMP\\a.ps1'
# long enough that the deadline is looked at (and found past) before the parse ends
LONG = "; ".join(f'$v{i} = "{i}" + (Get-Item "C:\\dir{i}\\file.txt").Length' for i in range(3000))


def sexp(text: str) -> str:
    found = parse("powershell", text)
    assert found is not None
    tree, data = found
    assert text_of(tree.root_node, data) == text
    return str(tree.root_node)


def test_a_parse_stopped_by_its_deadline_leaves_nothing_for_the_next_text() -> None:
    fresh = sexp(SHORT)
    # the barrier: the long parse really was stopped part way (else this proves nothing)
    assert parse("powershell", LONG, ms=1e-6) is None
    assert sexp(SHORT) == fresh


def test_the_parser_is_kept_per_thread() -> None:
    sexp(SHORT)
    mine = grammar._parsers.by_name["powershell"]
    theirs: list[object] = []
    ready = threading.Event()

    def other() -> None:
        sexp(SHORT)
        theirs.append(grammar._parsers.by_name["powershell"])
        ready.set()

    thread = threading.Thread(target=other)
    thread.start()
    thread.join(timeout=30)
    assert ready.is_set()
    assert theirs[0] is not mine
    assert grammar._parsers.by_name["powershell"] is mine  # kept: the same one next time
