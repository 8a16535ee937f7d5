"""The harmless line that replaces a malicious clipboard, and how to check it stays harmless.

It must do nothing wherever it is pasted and run: the Run dialog and Explorer's address bar
(which report that no such file exists), cmd, PowerShell, bash and zsh (a comment or an unknown
command), and a browser console (a syntax error). So it starts with '#', and it contains no
character any of those treat as an operator, a variable or a quote.
"""

from __future__ import annotations

FORBIDDEN = set("&|;<>()`$%!^\"'\\{}[]*?~=@\n\r\t")

NEUTRAL_LINE = (
    "# PasteGuard blocked a dangerous command that was put on your clipboard. "
    "Nothing was run. Open PasteGuard from its tray icon or window to see why or to restore it."
)


def is_inert(line: str) -> bool:
    """True when the line starts a comment and contains no shell or script operator."""
    return line.startswith("#") and not (set(line) & FORBIDDEN)
