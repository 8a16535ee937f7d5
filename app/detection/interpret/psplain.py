"""A plain PowerShell command line, cut into its words without the grammar.

Most PowerShell a user is asked to paste is a few commands with plain arguments:
`iwr https://… -OutFile $env:TEMP\\x.zip; Expand-Archive $env:TEMP\\x.zip …; Start-Process …`,
or such a line handed to `powershell -w h -c "…"`. Nothing in it is computed but the
environment variables, and the grammar's parse and the tree's evaluation were most of the time
a line of the slowest hundredth of texts took (tree-sitter ~50 us, the walk ~100 us). Such a
line is cut here into statements of a command name and its elements by one pattern, which
takes only what the grammar reads the same way (a bare word, a -Parameter, $env:NAME alone or
leading a path, a single-quoted string, a double-quoted one whose only expansions are
$env:NAME); the interpreter then reads the statements as it reads the tree (powershell.py,
_Interpreter.run_plain). A text with anything else (a pipe, a bracket, a variable of its own,
a backtick, a comment, a keyword, a command whose reading is more than a call) is not plain,
and is parsed and evaluated as before. tests/app/detection/test_psplain.py checks that both
ways read every case text and generated lines alike.
"""

from __future__ import annotations

import re

MAX_PLAIN = 8 * 1024  # characters of a text read this way (the grammar gets 12 KiB bytes)
_END = r"(?=[ ;\n]|\Z)"
_NAME = r"[A-Za-z_][A-Za-z0-9_]{0,40}"
# an element and what follows it; the first group that matched says which kind it is
_ELEMENT = re.compile(
    rf"(-[A-Za-z]{{1,40}}){_END}"  # 1 a parameter
    rf"|(\$env:{_NAME}\\[A-Za-z0-9_.\\-]*){_END}"  # 2 $env:NAME\path (one bare word)
    rf"|(\$env:{_NAME}){_END}"  # 3 $env:NAME alone (a variable)
    rf"|('[^'#\n]*'){_END}"  # 4 a verbatim string
    rf"|(\"(?:[^\"`$#\n]|\$env:{_NAME}(?=[\\/ \";,=-]))*\"){_END}"  # 5 expandable
    rf"|([A-Za-z_/\\?=%~][A-Za-z0-9_./\\:?=%~+-]*){_END}"  # 6 a bare word
)
_BLANKS = re.compile(r" *")
_COMMAND = re.compile(rf"[A-Za-z][A-Za-z0-9-]{{0,60}}(?:\.exe)?{_END}")
_VARIABLE = re.compile(rf"\$env:{_NAME}")
# words PowerShell reads as its own syntax where a command starts
KEYWORDS = frozenset(
    {"begin", "break", "catch", "class", "clean", "configuration", "continue", "data", "define",
     "do", "dynamicparam", "else", "elseif", "end", "enum", "exit", "filter", "finally", "for",
     "foreach", "from", "function", "hidden", "if", "in", "inlinescript", "parallel", "param",
     "process", "return", "sequence", "static", "switch", "throw", "trap", "try", "until",
     "using", "var", "while", "workflow"}
)  # fmt: skip

# PowerShell's operators, which the grammar reads as such after an argument (`-split -f x`)
_COMPARISONS = ("eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch",
                "contains", "notcontains", "in", "notin", "replace", "split")  # fmt: skip
OPERATORS = frozenset(
    {*_COMPARISONS, *("c" + op for op in _COMPARISONS), *("i" + op for op in _COMPARISONS),
     "f", "join", "is", "isnot", "as", "and", "or", "xor", "not", "band", "bor", "bxor", "bnot",
     "shl", "shr"}
)  # fmt: skip

PARAMETER, ENV_PATH, ENV, VERBATIM, EXPANDABLE, WORD = range(1, 7)
Element = tuple[int, int, int]  # kind, start, end (offsets of the text, which is ASCII)
Statement = tuple[int, int, list[Element]]  # the command name's start and end, its elements


def statements(text: str) -> list[Statement] | None:
    """The text's statements, if it is a plain command line (see above); None if not."""
    if len(text) > MAX_PLAIN or not text.isascii() or '\\"' in text:
        return None  # (a backslash before a quote: grammar.argv_quotes reads it otherwise)
    out: list[Statement] = []
    pos, size = 0, len(text)
    while True:
        pos = _BLANKS.match(text, pos).end()  # type: ignore[union-attr]
        if pos >= size:
            return out
        if text[pos] in ";\n":
            pos += 1
            continue
        name = _COMMAND.match(text, pos)
        if name is None or text[pos : name.end()].lower() in KEYWORDS:
            return None
        elements: list[Element] = []
        pos = name.end()
        while pos < size and text[pos] not in ";\n":
            blanks = _BLANKS.match(text, pos).end()  # type: ignore[union-attr]
            if blanks >= size or text[blanks] in ";\n":
                pos = blanks
                break
            if blanks == pos:
                return None  # (every element ends at a blank, a separator or the end)
            m = _ELEMENT.match(text, blanks)
            if m is None:
                return None
            kind = m.lastindex or 0
            if kind == PARAMETER and text[blanks + 1 : m.end()].lower() in OPERATORS:
                return None
            if kind == ENV_PATH and text[blanks - 2 : blanks - 1] in ("&", "."):
                return None  # (grammar.path_variables leaves `& $env:X\\y` to the grammar)
            elements.append((kind, blanks, m.end()))
            pos = m.end()
        out.append((name.start(), name.end(), elements))


def variables(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where each $env:NAME of an expandable string (text[start:end]) stands."""
    return [(m.start(), m.end()) for m in _VARIABLE.finditer(text, start, end)]
