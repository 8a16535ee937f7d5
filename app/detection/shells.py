"""Which shell or language a text is written for: cmd, PowerShell, POSIX shell, AppleScript, JS."""

from __future__ import annotations

from typing import Any

import re2

_HINTS = {
    "powershell": re2.compile(
        r"(?i)\b(?:powershell|pwsh|iex|irm|iwr|invoke-\w+|new-object|start-process|set-\w+|get-\w+)\b"
        r"|\$env:|\[(?:system\.)?(?:convert|text\.encoding|net\.\w+|char)\]"
    ),
    "cmd": re2.compile(
        r"(?i)\bcmd(?:\.exe)?\s+/[ckv]|%\w+%|\bset\s+\w+=|\bfor\s+/f\b|\bstart\s+\"\"|^\s*rem\b"
    ),
    "sh": re2.compile(
        r"\|\s*(?:sudo\s+)?(?:ba|z|da|k)?sh\b|\$\(|\bchmod\b|\bexport\s+\w+=|/bin/(?:ba|z)?sh\b|\becho\b[^\n|]{0,300}\|\s*base64"
    ),
    "applescript": re2.compile(
        r"(?i)\bosascript\b|do\s+shell\s+script|display\s+dialog|tell\s+application"
    ),
    "javascript": re2.compile(
        r"(?i)^\s*javascript:|\bdocument\.\w+|\bwindow\.\w+|\bfetch\s*\(|=>|\bfunction\s*\(|\bconsole\.\w+|\blocalStorage\b"
    ),
    "python": re2.compile(r"\bpython[23]?(?:\.exe)?\s+-c\b|\bimport\s+\w+|\bexec\s*\("),
}


_NAMES = list(_HINTS)
_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
_ALL = re2.Set.SearchSet(_OPTIONS)
for _hint in _HINTS.values():
    _ALL.Add(_hint.pattern)
_ALL.Compile()


def detect_shells(text: str, programs: set[str]) -> list[str]:
    # one pass of one RE2 set rather than a search per language
    matched: Any = _ALL.Match(text.encode("utf-8", "replace"))  # stubs say bool; it is indexes
    found = [_NAMES[i] for i in sorted(matched or ())]
    if programs & {"bash", "sh", "zsh", "dash"} and "sh" not in found:
        found.append("sh")
    if programs & {"powershell", "pwsh"} and "powershell" not in found:
        found.append("powershell")
    return found
