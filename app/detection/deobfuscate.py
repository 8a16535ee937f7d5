"""Static shell de-obfuscation: undo the tricks that hide command words from a plain search.

Nothing here runs the text. Every transformation is a linear-time rewrite of a string: carets,
backticks, inserted quotes, string concatenation, `set x=pow` variables, environment-variable
substrings and index tricks, and PowerShell's format operator.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.detection.rescan import matches_from, occurrences

# Default values of the Windows variables that obfuscated commands slice letters out of.
WINDOWS_ENV = {
    "comspec": r"C:\WINDOWS\system32\cmd.exe",
    "windir": r"C:\WINDOWS",
    "systemroot": r"C:\WINDOWS",
    "systemdrive": "C:",
    "programdata": r"C:\ProgramData",
    "programfiles": r"C:\Program Files",
    "public": r"C:\Users\Public",
    "allusersprofile": r"C:\ProgramData",
    "pathext": ".COM;.EXE;.BAT;.CMD;.VBS;.VBE;.JS;.JSE;.WSF;.WSH;.MSC",
    "psmodulepath": r"C:\Program Files\WindowsPowerShell\Modules",
    "os": "Windows_NT",
    "processor_architecture": "AMD64",
    "pshome": r"C:\Windows\System32\WindowsPowerShell\v1.0",
    "shellid": "Microsoft.PowerShell",
    "verbosepreference": "SilentlyContinue",
}

# The rewrites below use Python's re only with patterns that cannot backtrack badly: fixed-width
# look-arounds and bounded character classes, each applied once over the text.
_BACKTICK = re.compile(r"`(?=[A-Za-z0-9_\-])")
_INNER_QUOTE = re.compile(r"(?<=[A-Za-z0-9_.\-])(?:\"\"|''|[\"'])(?=[A-Za-z0-9_.\-])")
_WORDISH = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-")
_CONCAT = re.compile(r"([\"'])\s{0,8}\+\s{0,8}([\"'])")
_SET_VAR = re.compile(r"(?i)\bset\s{1,8}\"?([A-Za-z_][A-Za-z0-9_]{0,30})=([^&|\"\r\n]{0,200})")
_PS_VAR = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]{0,30})\s{0,8}=\s{0,8}(['\"])([^'\"\r\n]{1,300})\2")
_ENV_SUBSTR = re.compile(r"%([A-Za-z_][A-Za-z0-9_]{0,30}):~(-?\d{1,4})(?:,(-?\d{1,4}))?%")
_ENV_INDEX = re.compile(
    r"(?i)\$(?:env:)?([A-Za-z_][A-Za-z0-9_]{0,30})\[(\s{0,4}-?\d{1,4}(?:\s{0,4},\s{0,4}-?\d{1,4}){0,30}\s{0,4})\]"
    r"(?:\s{0,4}-join\s{0,4}(?:''|\"\"))?"
)
_FORMAT_OP = re.compile(
    r"\(\s{0,4}([\"'])((?:\{\d{1,2}\}){1,40})\1\s{0,4}-f\s{0,4}([^()\r\n]{1,600})\)", re.I
)
_FORMAT_ARG = re.compile(r"[\"']([^\"'\r\n]{0,80})[\"']")
_FORMAT_SLOT = re.compile(r"\{(\d{1,2})\}")
# Win32's long-path spellings of a network and a drive path: \\?\UNC\host\share is \\host\share,
# \\?\C:\x is C:\x (also with \\.\ for the device namespace)
_LONG_UNC = re.compile(r"(?i)\\\\[?.]\\UNC\\")
_LONG_DRIVE = re.compile(r"\\\\[?.]\\(?=[A-Za-z]:\\)")

# A line continued on the next one: a backslash (POSIX shells), a backtick (PowerShell) or a
# caret (cmd) as the line's last character joins the two lines into one command, so that a
# `| bash` or `| iex` moved down a line is still the same pipe.
_CONTINUATION = re.compile(r"[\\`^]\r?\n[ \t]{0,200}")

MAX_VARS = 64
MAX_GROWTH = 64 * 1024  # characters that variable expansion may add in all


def _env_value(name: str, variables: dict[str, str]) -> str | None:
    key = name.lower()
    return variables.get(key) or WINDOWS_ENV.get(key)


def _slice(value: str, start: int, length: int | None) -> str:
    # cmd semantics: %VAR:~start,length% with negative start counting from the end.
    begin = start if start >= 0 else max(0, len(value) + start)
    if length is None:
        return value[begin:]
    if length >= 0:
        return value[begin : begin + length]
    return value[begin : len(value) + length]


class _Growth:
    """How many characters the rewrites may still add: obfuscation shrinks when undone, so
    a rewrite that keeps growing the text is a bomb, not a command."""

    def __init__(self, text: str) -> None:
        self.left = min(MAX_GROWTH, 16 * len(text) + 1024)

    def allow(self, added: int) -> bool:
        self.left -= max(0, added)
        return self.left >= 0


def expand_variables(text: str, growth: _Growth | None = None) -> str:
    """Replace `set x=...`/`$x='...'` variables and env substrings by their values."""
    growth = growth or _Growth(text)
    variables: dict[str, str] = {}
    low = text.lower()
    if "set" in low:
        for m in _set_commands(text, low):
            if len(variables) >= MAX_VARS:
                break
            variables[m.group(1).lower()] = m.group(2).strip()
    if "%" in text or "!" in text:
        if variables:
            pattern = re.compile(
                r"(?i)[%!](" + "|".join(re.escape(k) for k in variables) + r")[%!]"
            )

            def value_of(m: re.Match[str]) -> str:
                # a variable used thousands of times must not blow the text up
                value = variables[m.group(1).lower()]
                return value if growth.allow(len(value) - len(m.group(0))) else m.group(0)

            text = pattern.sub(value_of, text)
        if ":~" in text:
            text = _ENV_SUBSTR.sub(lambda m: _env_sub(m, variables), text)
    if "$" in text:
        ps_vars: dict[str, str] = {}
        for m in _PS_VAR.finditer(text):
            if len(ps_vars) >= MAX_VARS:
                break
            ps_vars[m.group(1).lower()] = m.group(3)
        if "[" in text:
            text = _ENV_INDEX.sub(lambda m: _env_index(m, ps_vars), text)
    return text


def _set_commands(text: str, low: str) -> Iterator[re.Match[str]]:
    """_SET_VAR.finditer(text): in ASCII, every match starts where `low` has 'set' (in other
    text (?i) also takes 'ſ' for an 's')."""
    if not text.isascii():
        return _SET_VAR.finditer(text)
    return matches_from(_SET_VAR, text, occurrences(low, ("set",)))


def _inner_quotes(text: str) -> bool:
    """Whether _INNER_QUOTE may match: a quote with a word character before it and one after
    it or after a doubled quote (most quotes open or close a string: no rewrite to do)."""
    n = len(text)
    for quote in "\"'":
        at = text.find(quote, 1)
        while at >= 0:
            if text[at - 1] in _WORDISH and at + 1 < n:
                after = text[at + 1]
                if after in _WORDISH or (after in "\"'" and text[at + 2 : at + 3] in _WORDISH):
                    return True
            at = text.find(quote, at + 1)
    return False


def _env_sub(m: re.Match[str], variables: dict[str, str]) -> str:
    value = _env_value(m.group(1), variables)
    if value is None:
        return m.group(0)
    length = int(m.group(3)) if m.group(3) is not None else None
    return _slice(value, int(m.group(2)), length)


def _env_index(m: re.Match[str], variables: dict[str, str]) -> str:
    value = _env_value(m.group(1), variables)
    if not value:
        return m.group(0)
    out = []
    for part in m.group(2).split(","):
        index = int(part.strip())
        if -len(value) <= index < len(value):
            out.append(value[index])
    return "".join(out)


def _format_operator(m: re.Match[str], growth: _Growth) -> str:
    args = _FORMAT_ARG.findall(m.group(3))

    def slot(s: re.Match[str]) -> str:
        i = int(s.group(1))
        return args[i] if i < len(args) else s.group(0)

    result = "'" + _FORMAT_SLOT.sub(slot, m.group(2)) + "'"
    return result if growth.allow(len(result) - len(m.group(0))) else m.group(0)


def deobfuscate(text: str) -> str:
    """One pass of every static rewrite; the caller decides whether the result differs."""
    growth = _Growth(text)
    if "\n" in text:
        text = _CONTINUATION.sub(" ", text)
    if "\\\\?\\" in text or "\\\\.\\" in text:
        text = _LONG_DRIVE.sub("", _LONG_UNC.sub(r"\\\\", text))
    if "^" in text:
        text = text.replace("^", "")
    if "`" in text:
        text = _BACKTICK.sub("", text)
    if "-f" in text or "-F" in text:
        text = _FORMAT_OP.sub(lambda m: _format_operator(m, growth), text)
    if "+" in text:
        text = _CONCAT.sub("", text)
    if ('"' in text or "'" in text) and _inner_quotes(text):
        text = _INNER_QUOTE.sub("", text)
    return expand_variables(text, growth)
