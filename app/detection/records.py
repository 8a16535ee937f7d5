"""Is this text an analyst's record? An alert's JSON, a table of events, `Field: value` notes.

Security people paste what their tools show into tickets, chats and reports: an EDR alert's
JSON with the process's command line as a value, a timeline table (`09:11:58 | WS-0231 |
RunMRU | powershell -w h …`), an incident's entities (`Process: mshta.exe hxxps://…`), triage
notes in bullets. The lure's command sits there as a field's value, a JSON string or a cell,
never at the start of a line, and its addresses are written defanged (hxxps://, [.]) as
analysts write them. prose.py reads sentences; this reads records: every line starts with a
field's label and its colon, a JSON key or bracket, a table's pipe, a log's date or time, a
process tree's row (`└─ powershell.exe … (PID 6644)`), an indicator alone (a defanged host or a
file's hash), or a heading or sentence that names no program, perhaps after a bullet or a
checkbox. No shell,
cmd.exe or Run box starts a program from such a line (`Process:` and `"title":` are no
commands, a line that starts with `|` is refused, a date is no program), so nothing it quotes
runs where it is pasted.

The engine asks only for a text whose every address is defanged (`Engine._defanged_write_up`),
pasted where nothing runs or where the guard does not know: with no live address the quoted
command fetches nothing, and its words that are a lure's own (a paste instruction, a fake
check) keep their weight.
"""

from __future__ import annotations

import re
from itertools import islice

from app.detection.prose import names_only

MAX_LINES = 200  # the first lines with something on them; a longer record is read no further
MAX_LINE = 2048  # a longer line is no field, cell or heading

_BULLET = re.compile(r"^(?:[-*•]|\d{1,2}[.)]|\[[ xX]\])\s+")
# a field's label: a word or a few (letters first, no program's punctuation), then a colon and
# a blank or the line's end; `C:\…` (one letter) and `hxxps://` (no blank) are no labels
_FIELD = re.compile(r"^[A-Za-z][\w .()/#'&-]{1,40}:(?:\s|$)")
_JSON = re.compile(r'^(?:[{}\[\]],?$|[{\[]\s*"|"[^"\n]{1,80}"\s*:)')
_TABLE = re.compile(r"^\|")
_CELLS = re.compile(r"\s\|\s")
# a log's or a timeline's first word: a date, a time, a bracketed stamp, a month's name
_STAMP = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\d{1,2}:\d{2}\b|\[\d"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}\b)"
)
# a heading: a few words of letters and digits, the first capitalised or a number (SOC-4412,
# "Incident 1187 entities", "Timeline (UTC)"); a known program's name in capitals is none
_HEADING = re.compile(r"^[A-Z0-9][\w#.-]{0,30}(?: [\w#()/.-]{1,30}){0,7}:?$")
# a process tree's row, as sandboxes and EDR consoles draw it (`└─ powershell.exe … (PID 6644)`):
# box-drawing branches first (no shell, cmd.exe or Run box has a program called `└─`), or a
# process named with its id after it, as a tree's root is (`explorer.exe (PID 4120)`)
_TREE = re.compile(r"^[│┃|\s]*[├└╰┣┗][─━]{1,3}")
_PID = re.compile(r"(?i)\s[(\[]pid[:=]?\s?\d{1,7}[)\]]$")
# an indicator alone on its line, as IOC lists give them: a defanged host, address or URL, or a
# file's hash, perhaps after its type (`SHA256 8f3a…`, `Domain: x[.]example`)
_DEFANGED_HOST = (
    r"[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})*\[\.\][a-z0-9-]{1,63}"
    r"(?:(?:\.|\[\.\])[a-z0-9-]{1,63})*"
)
_INDICATOR = re.compile(
    r"(?i)^(?:(?:sha-?256|sha-?1|md5|ip|domain|url|host|hash)\b:?\s+)?(?:"
    + _DEFANGED_HOST
    + r"(?::\d{1,5})?|hxxps?(?::|\[:\])//\S{1,300}|[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$"
)
_PROGRAM_HEAD = re.compile(
    r"(?i)^(?:powershell|pwsh|cmd|mshta|curl|wget|bash|sh|zsh|python\d?|node|rundll32|regsvr32"
    r"|msiexec|certutil|bitsadmin|wscript|cscript|conhost|explorer|start|iex|iwr|irm|echo|set"
    r"|call|osascript|open|sudo)(?:\.exe)?\b"
)


def _record_line(line: str) -> bool:
    """A field, a JSON line, a table's row or a log's line: the record's own shapes."""
    if _JSON.match(line) or _TABLE.match(line) or _STAMP.match(line):
        return True
    if _TREE.match(line) or _PID.search(line) or _INDICATOR.match(line):
        return True
    if _FIELD.match(line):
        return not _PROGRAM_HEAD.match(line)
    # a timeline's row without a leading pipe: cells on both sides of two pipes or more, the
    # first a label or a stamp (a shell's `a | b | c` starts with a program)
    if len(_CELLS.findall(line)) >= 2:
        return not _PROGRAM_HEAD.match(line) and bool(re.match(r"[A-Z0-9]", line))
    return False


def _plain_line(line: str) -> bool:
    """A heading or a sentence that starts no program."""
    if _PROGRAM_HEAD.match(line):
        return False
    return bool(_HEADING.match(line)) or names_only(line)


# a web address written live: a scheme, then a host's labels joined by real dots (a defanged
# `hxxps://`, `https://host[.]tld` or `host[.]tld` is none)
_LIVE = re.compile(r"(?i)\b(?:https?|ftps?|wss?)://[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+")
LIVE_WINDOW = 65536  # a layer is looked at this far


def live_address(text: str) -> bool:
    """Whether a layer of the text (as written, or read or decoded from it) holds a live web
    address: a lure may hide a live copy of the address it shows defanged."""
    return _LIVE.search(text[:LIVE_WINDOW]) is not None


# a host written defanged anywhere in a line (`finger x@185.xxx.xxx[.]10`, `relay[.]example`),
# tried only where a dotted name starts (never after a dot: a long a.b.c.… is read once)
_DEFANGED_ANYWHERE = re.compile(r"(?i)(?<![a-z0-9.-])" + _DEFANGED_HOST)


def defanged_host(text: str) -> bool:
    """Whether the text writes a host defanged (`[.]` between its labels), as analysts write
    the hosts they quote: no program resolves such a name."""
    head = text[:LIVE_WINDOW]
    return "[.]" in head and _DEFANGED_ANYWHERE.search(head) is not None


def is_record(text: str) -> bool:
    """True when every line is a record's (a field, JSON, a table's row, a log's line) or a
    heading or sentence among them, two lines or more with at least one record's line."""
    lines = list(islice(filter(None, map(str.strip, text.splitlines())), MAX_LINES))
    if len(lines) < 2:
        return False
    records = 0
    for line in lines:
        if len(line) > MAX_LINE:
            return False
        body = _BULLET.sub("", line, count=1)
        if _record_line(body):
            records += 1
        elif not _plain_line(body):
            return False
    return records > 0
