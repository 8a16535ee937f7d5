"""The harmless line that replaces a malicious clipboard, and how to check it stays harmless.

It must do nothing wherever it is pasted and run: the Run dialog and Explorer's address bar
(which report that no such file exists), cmd, PowerShell, bash and zsh (a comment or an unknown
command), and a browser console (a syntax error). So it starts with '#', and it contains no
character any of those treat as an operator, a variable or a quote.

It says what was taken (a command, a scam text, a sign-in address: the verdict's kind) and
where the person finds it: the tray icon, the status window that stands in for a missing tray,
or, under `run --no-tray`, the command line. Every line is built once here, so the guard's own
write is always one of `LINES` (the X11 holder and the clipboard readers recognise it by
its text or its digest).
"""

from __future__ import annotations

FORBIDDEN = set("&|;<>()`$%!^\"'\\{}[]*?~=@\n\r\t")

# What was on the clipboard, by the verdict's kind (app.detection.model.KINDS)
TAKEN = {
    "command": "PasteGuard blocked a dangerous command that was put on your clipboard. "
    "Nothing was run.",
    "code": "PasteGuard blocked a dangerous command that was put on your clipboard. "
    "Nothing was run.",
    "scam-text": "PasteGuard took a scam text off your clipboard. Do not call any number it gave.",
    "oauth-code": "PasteGuard took a sign-in address with a code off your clipboard. "
    "Do not paste it anywhere.",
    "text": "PasteGuard took a dangerous text off your clipboard.",
}
# Where the person finds it (ui/tray: a tray icon, the status window where the desktop has no
# tray, neither under `run --no-tray`)
TRAY, WINDOW, COMMAND_LINE = "tray", "window", "command line"
FOUND = {
    TRAY: "Open PasteGuard from its tray icon to see why or to put it back.",
    WINDOW: "Open PasteGuard from its status window to see why or to put it back.",
    COMMAND_LINE: "Run pasteguard viewer to see why, or pasteguard restore --last to put it back.",
}
LINES = {
    (kind, where): f"# {taken} {FOUND[where]}" for kind, taken in TAKEN.items() for where in FOUND
}
# The line of a command, with a tray icon: the common case (kept for the tests and the docs)
NEUTRAL_LINE = LINES["command", TRAY]
ALL_LINES = frozenset(LINES.values())


def neutral_line(kind: str, found: str = TRAY) -> str:
    """The line that replaces a text of this kind, pointing where PasteGuard is reached."""
    return LINES.get((kind, found)) or LINES.get(("text", found)) or NEUTRAL_LINE


def is_inert(line: str) -> bool:
    """True when the line starts a comment and contains no shell or script operator."""
    return line.startswith("#") and not (set(line) & FORBIDDEN)
