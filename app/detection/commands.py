"""A light, linear reading of command structure: which programs run, and what is only a comment.

This is not a shell parser. It cuts text at command separators, takes the first word of each
command (looking through wrappers such as `sudo`, `cmd /c` or `start ""`), and sets apart the
comments that lures use to hide a payload behind a harmless-looking tail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_SEGMENTS = 256
MAX_PROGRAMS = 64

# ||, &&, one of |&;\n\r(){}` or $(: each alternative starts with a literal, so that Python's
# re looks for their first characters with a fast scan (a character class among them made it
# try the alternation at every character); the same matches, in the same order of preference
_SEPARATORS = re.compile(r"\|\|?|&&?|;|\n|\r|\(|\)|\{|\}|`|\$\(")
_COMMENT = re.compile(r"(?:^|(?<=\s))#")
_CMD_COMMENT = re.compile(r"(?i)(?:^|&&?|\|\|)\s*(?:@?rem\b|::)")
_REM = re.compile(r"(?i)rem")
_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")

# Words that run the command that follows them; the command after them is the interesting one.
WRAPPERS = frozenset(
    [
        "sudo",
        "doas",
        "env",
        "nohup",
        "exec",
        "command",
        "call",
        "start",
        "time",
        "xargs",
        "nice",
        "ionice",
        "setsid",
        "stdbuf",
        "timeout",
        "watch",
        "builtin",
        "iex",
        "cmd",
        "cmd.exe",
        "powershell",
        "powershell.exe",
        "pwsh",
        "pwsh.exe",
        "bash",
        "sh",
        "zsh",
        "dash",
        "ksh",
        "fish",
        "conhost",
        "conhost.exe",
        "pcalua",
        "pcalua.exe",
        "su",
        "runas",
    ]
)
# Wrapper flags that take a value we must skip (`timeout 5 cmd`, `start "" /min`).
_VALUE_FLAGS = frozenset({"-u", "-g", "/d", "-n", "-c:", "-a"})

SHELL_NAMES = frozenset({"sh", "bash", "zsh", "dash", "ksh", "fish", "ash", "busybox"})
WINDOWS_SHELLS = frozenset({"cmd", "powershell", "pwsh", "conhost"})


@dataclass
class CommandStructure:
    programs: list[str] = field(default_factory=list)  # lower-case base names, in order
    active: str = ""  # the text without comments
    comments: list[str] = field(default_factory=list)


def program_name(token: str) -> str:
    name = token.strip("\"'@;,").replace("\\", "/").rsplit("/", 1)[-1].lower()
    if name == "%comspec%":
        return "cmd"
    return name[:-4] if name.endswith(".exe") else name


def _split_comments(line: str, cmd_comments: bool = True) -> tuple[str, str | None]:
    rem = _CMD_COMMENT.search(line) if cmd_comments else None
    if rem:
        return line[: rem.start()], line[rem.start() :].lstrip("&| ")
    if "#" not in line:
        return line, None
    for m in _COMMENT.finditer(line):
        before = line[: m.start()]
        if before.count('"') % 2 == 0 and before.count("'") % 2 == 0:
            return before, line[m.start() :]
    return line, None


def _programs_of(segment: str, out: list[str]) -> None:
    tokens = segment.split(None, 24)
    i = 0
    while i < len(tokens) and len(out) < MAX_PROGRAMS:
        token = tokens[i]
        stripped = token.strip("\"'")
        if (
            not stripped
            or stripped in {"@", "&", "."}
            or ("=" in stripped and _ASSIGNMENT.match(stripped))
        ):
            i += 1
            continue
        if stripped.startswith(("-", "/")) and len(stripped) < 24 and "/" not in stripped[1:]:
            i += 2 if stripped.lower() in _VALUE_FLAGS else 1
            continue
        if stripped.lower() in {"export", "local", "declare", "readonly"}:
            i += 1
            continue
        if stripped.lower() == "set":
            return
        name = program_name(stripped)
        if not name:
            i += 1
            continue
        out.append(name)
        if name not in WRAPPERS or (
            name in SHELL_NAMES and i + 1 < len(tokens) and not tokens[i + 1].startswith("-")
        ):
            return
        i += 1


def _has_rem(text: str) -> bool:
    """Whether _REM occurs in text (in ASCII, (?i) is plain lower-casing: no regex scan)."""
    if text.isascii():
        return "rem" in text.lower()
    return _REM.search(text) is not None


def read_commands(text: str, memo: dict[str, tuple[str, ...]] | None = None) -> CommandStructure:
    """Programs invoked, comments, and the active (non-comment) text of a command line.

    `memo` (one per text, given by the caller) keeps each command segment's programs: a text's
    layers repeat most of its segments, and a text of character references (&#105;&#119;…)
    is one segment per reference, most of them alike."""
    if memo is None:
        memo = {}
    structure = CommandStructure()
    active_lines = []
    # every cmd.exe comment has a '::' or the letters 'rem' (the same (?i) as _CMD_COMMENT)
    cmd_comments = "::" in text or _has_rem(text)
    for line in text.splitlines()[:MAX_SEGMENTS]:
        # ...and so has every line that holds one: the others are spared _CMD_COMMENT's scan,
        # which has no literal to look for and is tried at every character (~15 ns each)
        in_line = cmd_comments and ("::" in line or _has_rem(line))
        active, comment = _split_comments(line, in_line)
        active_lines.append(active)
        if comment is not None:
            structure.comments.append(comment)
    structure.active = "\n".join(active_lines)
    programs = structure.programs
    for count, segment in enumerate(_SEPARATORS.split(structure.active)):
        if count >= MAX_SEGMENTS or len(programs) >= MAX_PROGRAMS:
            break
        names = memo.get(segment)
        if names is None:
            found: list[str] = []
            if segment.strip():
                _programs_of(segment, found)
            names = memo[segment] = tuple(found)
        # _programs_of stops at MAX_PROGRAMS names in all: what it would add after the
        # programs found so far is the start of what it finds on its own
        programs.extend(names[: MAX_PROGRAMS - len(programs)])
    return structure
