"""Tree-sitter grammars for PowerShell, POSIX shells and JavaScript, loaded once, parsed bounded.

Each parse gets at most MAX_PARSE bytes and a deadline, checked by tree-sitter's progress
callback, so a hostile text cannot hold the parser. A grammar that fails to load (a broken
install) makes its interpreter return nothing rather than fail the analysis. A shell text is
screened first for the one shape that makes the bash grammar read outside its memory (below).
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator

from tree_sitter import Language, Node, Parser, Point, Query, QueryCursor, Tree

from app.detection.interpret.budget import WALL_MARGIN_S
from app.detection.rescan import matches_from, occurrences

log = logging.getLogger(__name__)

MAX_PARSE = 12 * 1024  # bytes given to one parse
PARSE_MS = 6.0
MAX_NODES = 30_000  # a tree with more nodes is not walked

# tree-sitter-bash (every release from 0.20.2 to 0.25.1, the newest) can crash the process: its
# external scanner (src/scanner.c, brace_start, the "{1..9}" brace expression) passes the code
# point after "{", and after "{<digits>..", to isdigit(), whose libc table has entries only for
# -128..255. A character above U+00FF there is read up to 2 MiB past the table, which faults when
# that memory is not mapped: it depends on the address layout, so one text crashes one process in
# a few and not the next (tree-sitter/tree-sitter-bash issue 337, not fixed in a release).
# Such a character is replaced, for the grammar only, by characters of at most U+00FF with the
# same UTF-8 length and the role bash gives it (a word character), so every byte offset of the
# tree still holds and the interpreter reads the original text at those offsets.
_BRACE_DIGITS = re.compile(
    rb"\{[0-9]*+(?:\.\.[0-9]*+)?+"
    rb"([\xc4-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})"
)
# letters, marks and digits stand in as a letter (both are \w to the grammar), anything else
# (symbols, format characters, Unicode spaces, unassigned) as a symbol; bash splits words only
# on ASCII blanks, so a Unicode space is a word character to the shell too
_WORDLIKE = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "Pc"})
_STAND_INS = {
    True: {2: "\u00ff".encode(), 3: "\u00ffx".encode(), 4: "\u00ff\u00ff".encode()},
    False: {2: "\u00d7".encode(), 3: "\u00d7@".encode(), 4: "\u00d7\u00d7".encode()},
}


def _stand_in(match: re.Match[bytes]) -> bytes:
    char = match.group(1)
    wordlike = unicodedata.category(char.decode("utf-8")) in _WORDLIKE
    return match.group(0)[: -len(char)] + _STAND_INS[wordlike][len(char)]


# The bash grammar also recovers from some errors by reading the rest of a line as a comment that
# bash does not see: in "a#b; curl ... | sh" the shell runs the command after "a#b;", but the
# grammar reads "#b; curl ... | sh" as a comment, and the command would go unread. A "#" starts a
# comment only at the start of a word (after a blank, a newline or one of these operators); one
# the grammar takes for a comment elsewhere is read again as the word character it is.
_WORD_STARTS = frozenset(b" \t\n;&|()<>`")
MAX_REREADS = 4


@functools.cache
def _comments(language: Language) -> Query:
    return Query(language, "(comment) @comment")


def _misread_comments(tree: Tree, data: bytes) -> list[int]:
    """Where the grammar starts a comment that bash would read as part of a word."""
    found = QueryCursor(_comments(tree.language)).captures(tree.root_node).get("comment", [])
    return [
        node.start_byte
        for node in found
        if node.start_byte > 0 and data[node.start_byte - 1] not in _WORD_STARTS
    ]


# tree-sitter-powershell has no rule for a command argument that starts with a variable and goes
# on as a path ("-OutFile $env:TEMP\\x.zip", "Start-Process $d/setup.exe"): PowerShell reads such
# an argument as one expandable word, the grammar reads a variable, then recovers from an error,
# which costs it ~75 us per argument (most of the time of a typical installer line) and loses the
# rest of the word. The "$" of each such variable after a blank is given to the grammar as "_",
# which makes the argument one bare word (generic_token) at the same offsets; the interpreter
# reads the original text there and expands the variable as PowerShell does. A "$" the grammar
# then reads as anything else than the start of a bare word or a character of a verbatim string
# or a comment (one in a "double-quoted string", whose variables must stay variables) is given
# back and the text parsed again (MAX_REREADS times at most, then as written, all within the
# parse's one deadline).
# (not after "& " or ". ", where the grammar reads "$d\\x.exe" as a command path of its own)
_PS_PATH_VARIABLE = re.compile(
    rb"(?<![&.][ \t])(?<=[ \t])\$(?=(?:env:)?[A-Za-z_][A-Za-z0-9_]{0,40}[\\/])"
)
_PS_VERBATIM = frozenset(
    {"verbatim_string_characters", "verbatim_here_string_characters", "comment"}
)


def path_variables(data: bytes) -> list[int]:
    """Offsets of the "$" of each variable that starts a path-like word after a blank."""
    if b"$" not in data:
        return []
    # every match is a "$": tried there only (rescan.py), not by a scan that tries the
    # look-behinds at every byte
    return [m.start() for m in matches_from(_PS_PATH_VARIABLE, data, occurrences(data, (b"$",)))]


def _replaced(data: bytes, starts: list[int], by: int) -> bytes:
    """data with the byte at each of starts made `by` (same length: offsets stay the text's)."""
    if not starts:
        return data
    screened = bytearray(data)
    for start in starts:
        screened[start] = by
    return bytes(screened)


def screen_powershell(data: bytes, starts: list[int]) -> bytes:
    """data with the "$" at each of starts made a word character (same length)."""
    return _replaced(data, starts, ord("_"))


# A command line that runs powershell.exe with -Command
# (`powershell -w h -c "$p=\"$env:TEMP\x.exe\"; Start-Process $p"`) is split by Windows
# (CommandLineToArgvW), where a backslash before a double quote makes the quote part of the
# word: the interpreter takes the code after -c from the text as written and joins it as
# powershell.exe does (pscommands._argv_joined). The grammar reads the line as PowerShell,
# where a backslash escapes nothing: each such quote ends or opens a string, and its error
# recovery over the rest of the line cost 200-350 us (a third of such a line's whole reading).
# In the rest of such a line, the last backslash of each odd run of them before a double quote
# is given to the grammar as a backtick, PowerShell's own escape of a quote in a string, so
# that the argument reads as the one string Windows makes of it; the interpreter reads the
# original text at the same offsets (the code after -c as before).
_PS_COMMAND_LINE = re.compile(
    rb"(?i)(?:^|[\s;&|(])\"?(?:[^\s\"';&|()]*[\\/])?(?:powershell|pwsh)(?:\.exe)?\"?[ \t]"
    rb"[^\n]*?(?<=[ \t])[-/]c(?:o(?:m(?:m(?:a(?:n(?:d)?)?)?)?)?)?[ \t]"
)
# ...and the program itself is often quoted there (`"PowerShell.exe" -w h -c "…"`, a path with
# blanks in quotes), which PowerShell cannot parse (a string followed by arguments): its error
# recovery cost ~180 us a line against ~10 us for the same line unquoted, and read the code's
# statements as the line's own. At the start of a line, such a quoted powershell or pwsh is
# given to the grammar with blanks for its quotes: the command that cmd.exe or the Run box
# would start, with its arguments, read at the same offsets.
_QUOTED_PS_PROGRAM = re.compile(
    rb'(?im)^[ \t]*(")(?:[^"\s]*[\\/])?(?:powershell|pwsh)(?:\.exe)?(")[ \t]'
)
_ARGV_QUOTE = re.compile(rb'(?<!\\)((?:\\\\)*)\\"')


def argv_quotes(data: bytes) -> list[int]:
    """Offsets of the backslash that makes a double quote part of a word (an odd run of
    backslashes before it), in the rest of each line after a powershell.exe -Command."""
    if b'\\"' not in data:
        return []
    found: list[int] = []
    for line in _PS_COMMAND_LINE.finditer(data):
        end = data.find(b"\n", line.end())
        for m in _ARGV_QUOTE.finditer(data, line.end(), len(data) if end < 0 else end):
            found.append(m.end() - 2)
    return found


def quoted_programs(data: bytes) -> list[int]:
    """Offsets of the two quotes around each quoted powershell or pwsh that starts a line."""
    if b'"' not in data:
        return []
    return [at for m in _QUOTED_PS_PROGRAM.finditer(data) for at in (m.start(1), m.start(2))]


def screen_argv_quotes(data: bytes, starts: list[int], programs: list[int] | None = None) -> bytes:
    """data with the backslash at each of starts made a backtick, and the quotes at programs
    (quoted_programs) made blanks (same length)."""
    return _replaced(_replaced(data, starts, ord("`")), programs or [], ord(" "))


def _misread_words(tree: Tree, starts: list[int]) -> list[int]:
    """The screened offsets the grammar did not read as the start of a bare word, nor as a
    character of a verbatim string or comment (where a "$" means nothing either way)."""
    root = tree.root_node
    misread = []
    for start in starts:
        node: Node | None = root.descendant_for_byte_range(start, start + 1)
        if node is not None and node.type in _PS_VERBATIM:
            continue
        while node is not None and node.start_byte == start and node.type != "generic_token":
            node = node.parent
        if node is None or node.type != "generic_token" or node.start_byte != start:
            misread.append(start)
    return misread


def screen_bash(data: bytes) -> bytes:
    """data with every character the bash scanner would give to isdigit() (a code point above
    U+00FF after "{" or "{<digits>..") replaced by stand-ins of the same byte length."""
    return _BRACE_DIGITS.sub(_stand_in, data) if b"{" in data else data


@functools.cache
def _language(name: str) -> Language | None:
    try:
        if name == "powershell":
            import tree_sitter_powershell

            return Language(tree_sitter_powershell.language())
        if name == "bash":
            import tree_sitter_bash

            return Language(tree_sitter_bash.language())
        if name == "javascript":
            import tree_sitter_javascript

            return Language(tree_sitter_javascript.language())
        return None
    except Exception:  # a missing or incompatible grammar wheel: interpret without it
        log.warning("tree-sitter grammar %s is not available", name, exc_info=True)
        return None


_parsers = threading.local()  # each thread's parser per grammar (a Parser is not thread-safe)


def _parser(name: str, language: Language) -> Parser:
    """This thread's parser of the grammar, made once: a new Parser's first parse allocates its
    stacks afresh (~7 us of a ~30 us parse of a one-line command, and a PowerShell lure is
    parsed several times: as written, decoded, each nested script)."""
    kept: dict[str, Parser] | None = getattr(_parsers, "by_name", None)
    if kept is None:
        kept = _parsers.by_name = {}
    parser = kept.get(name)
    if parser is None:
        parser = kept[name] = Parser(language)
    return parser


def warm() -> None:
    """Load every grammar and name list now (a few ms), so the first paste does not pay."""
    from app.detection.interpret.names import load_names

    for name in ("powershell", "bash", "javascript"):
        _language(name)
    load_names()


def parse(name: str, text: str, ms: float = PARSE_MS) -> tuple[Tree, bytes] | None:
    """The syntax tree of text (cut to MAX_PARSE bytes), or None past the deadline."""
    language = _language(name)
    if language is None or ms <= 0:
        return None
    ms = min(ms, PARSE_MS)
    data = text.encode("utf-8", "replace")[:MAX_PARSE]
    bare = path_variables(data) if name == "powershell" else []
    if name == "powershell":
        data_for_grammar = screen_argv_quotes(data, argv_quotes(data), quoted_programs(data))
        parsed = screen_powershell(data_for_grammar, bare)
    else:
        data_for_grammar = data
        parsed = screen_bash(data)
    deadline = time.thread_time() + ms / 1000.0
    # CPU time cannot pass faster than the wall clock: before this, the deadline has not
    # passed, and the CPU clock (a system call) is not read (budget.py, WALL_MARGIN_S)
    safe_until = time.perf_counter() + ms / 1000.0 - WALL_MARGIN_S

    def read(offset: int, _point: Point) -> bytes:
        return parsed[offset : offset + 4096]

    def progress(_offset: int, _has_error: bool) -> bool:
        # True stops the parse
        return time.perf_counter() >= safe_until and time.thread_time() > deadline

    parser = _parser(name, language)
    try:
        tree = parser.parse(read, progress_callback=progress)
        rereads = 0
        while bare and tree is not None:
            misread = _misread_words(tree, bare)
            if not misread:
                break
            # the "$"s the grammar misread are given back (after a few tries, all of them)
            rereads += 1
            bare = (
                [start for start in bare if start not in misread] if rereads < MAX_REREADS else []
            )
            parsed = screen_powershell(data_for_grammar, bare)
            tree = parser.parse(read, progress_callback=progress)
        for _ in range(MAX_REREADS if name == "bash" and b"#" in parsed else 0):
            misread = _misread_comments(tree, parsed) if tree is not None else []
            if not misread:
                break
            fixed = bytearray(parsed)
            for start in misread:
                fixed[start] = ord(":")  # a plain word character to the grammar, like "#" to bash
            parsed = bytes(fixed)
            tree = parser.parse(read, progress_callback=progress)
    except Exception:
        log.debug("tree-sitter parse of %s failed", name, exc_info=True)
        # a parse stopped by its deadline ends here too (py-tree-sitter raises "Parsing
        # failed"): a parser left so would go on with that parse on its next call
        parser.reset()
        return None
    if tree is None:
        parser.reset()
    if tree is None or tree.root_node.descendant_count > MAX_NODES:
        return None
    return tree, data


def text_of(node: Node, data: bytes) -> str:
    return data[node.start_byte : node.end_byte].decode("utf-8", "replace")


def walk(node: Node, limit: int) -> Iterator[Node]:
    """Every node under node, pre-order, at most limit of them."""
    stack = [node]
    while stack and limit > 0:
        current = stack.pop()
        limit -= 1
        yield current
        stack.extend(reversed(current.children))


def wraps(node: Node) -> bool:
    """Whether node only wraps one child that is the same text (grammar layering)."""
    if node.child_count != 1 or node.type == "command":
        return False
    child = node.children[0]
    return (
        child.is_named and child.start_byte == node.start_byte and child.end_byte == node.end_byte
    )


def unwrap(node: Node) -> Node:
    while wraps(node):
        node = node.children[0]
    return node


Visitor = Callable[[Node], None]
