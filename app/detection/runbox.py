"""What a text is, as the Run dialog or Explorer's address bar would take it.

People type three things there: a program's name (`notepad`, `appwiz.cpl`), a path
(`C:\\Users\\me\\Documents`, `\\\\server\\share`, `%APPDATA%`, a file name with spaces) or an
address (`https://…`, `ms-settings:display`, `shell:startup`). Arguments, options, several
commands, more than one line: that is a command, and nothing legitimate asks a person to paste
a command there. Words that name no known program and nothing to open (a sentence, `git
status`) are text: the box fails to run them.
"""

from __future__ import annotations

import enum
import re

from app.detection.signals import COMMAND_PROGRAMS

MAX_CHARS = 4096  # a Run box holds 259 characters; longer text is a command whatever it says


class Shape(enum.Enum):
    EMPTY = "empty"
    PROGRAM = "program"
    PATH = "path"
    URL = "url"
    TEXT = "text"  # words that name no program and nothing to open: fails to run, harmless
    COMMAND = "command"


_METACHARACTERS = re.compile(r"[|&<>^;`\n\r]|\$\(|%[^%\s]{1,40}:~|\s\s{3,}")
_URI = re.compile(r"(?i)[a-z][a-z0-9+.\-]{1,30}:(?://)?\S+")
_PATH_START = re.compile(r"(?i)(?:[a-z]:[\\/]|\\\\|%[a-z_][a-z0-9_()]*%|shell:|~[\\/]|\.\.?[\\/])")
# fmt: off
_RUNNABLE = (".exe", ".com", ".bat", ".cmd", ".ps1", ".vbs", ".vbe", ".js", ".jse", ".wsf",
             ".hta", ".msi", ".scr", ".pif", ".lnk", ".cpl", ".msc", ".reg", ".application")
# fmt: on
_SCHEME = re.compile(r"(?i)[a-z][a-z0-9+.\-]{1,30}:[^\s:]")
_FILE_NAME_END = re.compile(r"\.[A-Za-z0-9]{1,5}$")
_TOKEN = re.compile(r'"[^"]*"|\S+')


def _option(token: str) -> bool:
    return len(token) > 1 and token[0] in "-/" and not token.startswith("//")


def run_box_shape(text: str) -> Shape:
    """Program, path, address or command: how a Run box would take this text."""
    t = text.strip()
    if not t:
        return Shape.EMPTY
    if len(t) > MAX_CHARS or _METACHARACTERS.search(t):
        return Shape.COMMAND
    tokens = _TOKEN.findall(t)
    if len(tokens) == 1:
        word = tokens[0].strip('"')
        if not word or " " in word.strip():
            return Shape.PATH if word and _PATH_START.match(word) else Shape.COMMAND
        if _PATH_START.match(word) or "\\" in word or "/" in word.split(":", 1)[-1]:
            if _URI.fullmatch(word) and not re.match(r"(?i)[a-z]:[\\/]", word):
                return Shape.URL
            return Shape.PATH
        if _URI.fullmatch(word) and not re.match(r"(?i)[a-z]:", word[:2]):
            return Shape.URL
        return Shape.PROGRAM
    first = tokens[0].strip('"')
    address = "://" in first or bool(_SCHEME.match(first))
    if any(_option(tok) for tok in tokens[1:]) or address or "/" in first:
        return Shape.COMMAND
    if _PATH_START.match(t):  # C:\Program Files\Some App (a path with spaces, not quoted)
        return Shape.PATH
    program = first.lower()
    if program in COMMAND_PROGRAMS or program.endswith(_RUNNABLE):
        return Shape.COMMAND
    if program.removesuffix(".exe") in COMMAND_PROGRAMS:
        return Shape.COMMAND
    if any(_PATH_START.match(tok.strip('"')) or _URI.fullmatch(tok) for tok in tokens[1:]):
        return Shape.COMMAND  # a program given something to open: notepad C:\x, mspaint https://…
    if _FILE_NAME_END.search(tokens[-1]) and not tokens[-1].lower().endswith(_RUNNABLE):
        return Shape.PATH  # a file name with spaces: Quarterly report 2024.pdf
    return Shape.TEXT
