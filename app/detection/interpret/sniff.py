"""Which interpreters a text could be meant for, decided by cheap markers before any parse.

Each language has markers of the tricks that make it read differently from how it looks. A
text without any of them reads as written and is not parsed at all (most texts: prose, paths,
URLs, plain commands). A text with markers of several languages is read by each whose count
comes near the best one, so that a JavaScript snippet is not also read as a broken shell line.
"""

from __future__ import annotations

import re
from typing import Any

import re2

POWERSHELL = (
    "'+", "+'", '"+', '+"', "' +", '" +', "-f ", "-f'", '-f"', "-join", "-replace", "-split",
    "-bxor", "[char", "gal ", "gcm ", "get-command", "get-alias", "&(", "& (", "&$",
    "& $", "$env:", "${", "reverse", ".replace(", ".substring(", "`", "(gci ",
    "(gi ", "(dir ", "(ls ", "sal ", "set-alias", "new-alias", "invokecommand", "scriptblock",
    ".invoke(", "[convert]", "[string]", "| %", "|%", "[text.encoding]",
)  # fmt: skip
CMD = ("^", "call %", "call !", ":~", "%comspec", "/v:on", "setlocal", "in ('")  # fmt: skip
POSIX = (
    "$'", "base64", "xxd", "| rev", "|rev", "eval ", "<(", "${", '""', "''",
    "$(echo", "$(printf", "chmod +x", "chmod 7", "chmod u+x", "chmod a+x", "$@", "$*", " =(", "$()",
    "$ifs", "${ifs}", "| tr ", "|tr ",
)  # fmt: skip
JAVASCRIPT = (
    "atob(", "fromcharcode", "eval(", "function(", "function (", "['", '["', "$.get",
    "getscript", "fetch(", "javascript:", "unescape(", "createelement", "settimeout(",
    ".split(", "reverse()", "window[", "this[",
)  # fmt: skip
_PERCENT_VAR = re.compile(r"%[a-z_][a-z0-9_]{0,30}(?::[^%\n]{1,20})?%")
# RE2 (linear time) for the two with long bounded gaps: Python's re could backtrack on them
_CMD_STAGING = re2.compile(r"\bset\s+\"?[a-z_]\w*=[^&\n]*&[^\n]*[%!][a-z_]")
_ECHO_SCRIPT = re2.compile(r"\becho\b[^\n]*>>?\s*\S*\.(?:vbs|vbe|jse?|wsf|hta|bat|cmd|ps1)\b")
_SH_ASSIGN = re.compile(r"(?:^|[;&|\s])[a-z_][a-z0-9_]{0,30}=[^=\s]")
_SH_ESCAPE = re.compile(r"[a-z]\\[a-z]")
# spellings only the shell's own expansions undo: a program path written as a glob where a
# command starts (/???/?as?, $(/usr/bin/c?rl), a brace expansion for spaces ({curl,-s,URL})
_SH_GLOB_OR_BRACE = re2.compile(
    r"(?:^|[;|&(`]|\$\()\s{0,4}(?:(?:sudo|env|exec|nohup|command)\s+)?"
    r"(?:/[\w./\-]{0,40}[?*\[][\w./?*\[\]\-]{0,40}(?:\s|$)|\{[\w./:\-]{1,64},)"
)
_WINDOWS_PATH = re.compile(
    r"[a-z]:\\|\\\\|%\\|\\(?:windows|users|system32|temp)\b|\$env:[a-z_][a-z0-9_]{0,40}\\"
)
# an arrow function, a promise chain, the browser's own objects and codecs: never PowerShell
_JS_ONLY = re.compile(r"=>|\.then\(|\b(?:atob|btoa)\(|\b(?:window|document)[.\[]|fromcharcode\(")
_DOT_SOURCE = re.compile(r"(?:^|[;|&{(]|\n)\s{0,4}\.\s{0,2}\(")
# what every _DOT_SOURCE match holds: a pattern that starts with a literal, which Python's re
# looks for with a fast scan (the alternation above is tried at every character, ~5 us a text)
_DOT_PAREN = re.compile(r"\.\s{0,2}\(")
_PS_ASSIGN = re.compile(r"\$[a-z_][a-z0-9_]{0,30}\s{0,4}=")
# PowerShell's "::" follows a type ([convert]::, [type]('con'+'vert')::) or a variable holding
# one ($t::frombase64string): a "::" after a word or a blank is a cmd comment, an IPv6 address
# ([::1]), C++ or Rust's path (std::string, String::new), and reading such a text
# as PowerShell only cost its grammar's error recovery
_PS_STATIC = re.compile(r"[\])]\s{0,4}::|\$\{?[a-z_][a-z0-9_:]{0,40}\}?::")
# a shell's parameter expansion: a name in braces (${VERSION}), with an operator after it
# (${PATH:0:1}, ${HOME:-/root}, ${v:=x}, ${f%.*}, ${s//a/b}, ${a[0]}) or before it (${#v},
# ${!ref}). PowerShell has no such form: there ${PATH:0:1} is one variable's odd name and
# ${VERSION} is $VERSION written the long way, neither a trick that reads differently from
# how it looks (its own forms name a drive or odd characters: ${env:temp}, ${;})
_SH_PARAM = re.compile(r"\$\{[#!]?[a-z_][a-z0-9_]{0,30}(?:\}|:[-=?+0-9]|[#%/^,@\[])")
# Markdown's code: a fence (```) and an inline span (`curl … | sh`), whose backticks sit at a
# word's edges; PowerShell's escapes sit inside a word (i`e`x), before a quote or a $ inside
# a string ("`"…`"", "`$x"), or end a line
_MD_CODE = re.compile(r"`{3,}|(?<![\w`\"'$])`[^`\n]{1,200}`(?![\w`\"'$])")
# A Python source file: its first line that is neither blank nor a comment imports a module or
# opens a function, a class or a decorated one. Python writes '+' between strings, ['…'],
# eval( and .replace( as PowerShell and JavaScript do, but no $ outside a string: such a text
# without a $ is read by neither (their grammars' error recovery on Python: 0.3-1 ms a text)
_PYTHON_START = re.compile(
    r"(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*(?:from[ \t]+[\w.]+[ \t]+import[ \t]|import[ \t]+[\w.]+"
    r"(?:[ \t]+as[ \t]+\w+)?[ \t]*(?:,[ \t]*[\w.]+[ \t]*)*(?:#[^\n]*)?\n|"
    r"(?:async[ \t]+)?def[ \t]+\w+[ \t]*\(|"
    r"class[ \t]+\w+[ \t]*[(:]|@[\w.]+[ \t]*(?:\([^\n]*\))?[ \t]*\n)"
)
# a pair of empty quotes that is part of a run of three (a Python docstring's """)
_TRIPLE = {"''": re.compile(r"(?<!')''(?!')"), '""': re.compile(r'(?<!")""(?!")')}
# A pair of empty quotes hides a word from a shell's reader only inside or beside it (cu''rl,
# ''curl, bas""h); in a text with markers of another language, one between blanks, brackets
# or signs is that language's empty string (x = '', -join '', .join(''), start "" "C:\…"),
# and reading such a text as a shell line too only cost the bash grammar's error recovery
# (~0.7 ms over a 1 KiB script). A shell line with no other language's marker is still read
# as one (osascript -e '… default answer ""' | curl -d @- …: what it sends is the shell's)
_IN_A_WORD = {"''": re.compile(r"\w''|''\w"), '""': re.compile(r'\w""|""\w')}


# PowerShell's format operator ("-f ") is also every shell's commonest option (rm -f, cut -f 4,
# [ -f /x ], tail -f, kubectl apply -f, certutil -urlcache -f): in a text another language's
# markers show, such an option is no sign of PowerShell, and reading a shell or cmd.exe script
# as PowerShell too only cost its grammar (its error recovery: 60-190 us) and an evaluation.
# The operator itself stands between a format (a string, a variable, a bracket) and its values
# (a string, a variable, a bracket or an array: '{1}{0}' -f 'ex','i'); an option follows a
# word or is followed by a number, a word or a path. Where it is PowerShell's only sign beside
# no other language's, "-f" still counts, whatever stands around it.
_FORMAT_MARKERS = ("-f ", "-f'", '-f"')
_FORMAT_OPERATOR = re.compile(r"(?:['\"`)\]]|\$[a-z_][\w:]*)\s{0,4}-f\s{0,4}['\"$(@\[]")


def _dotnet_base64(low: str) -> int:
    """How many times the text names .NET's base64 conversions."""
    return low.count("frombase64string") + low.count("tobase64string")


TABLES = {"powershell": POWERSHELL, "cmd": CMD, "posix": POSIX, "javascript": JAVASCRIPT}


def _marker_set() -> tuple[Any, list[list[str]]]:
    """Every marker in one RE2 set of literals (one pass reports all that occur, overlapping
    ones too), and for each the tables that list it."""
    markers: dict[str, list[str]] = {}
    for name, table in TABLES.items():
        for marker in table:
            markers.setdefault(marker, []).append(name)
    options = re2.Options()
    options.log_errors = False
    found = re2.Set.SearchSet(options)
    for marker in markers:
        found.Add(re2.escape(marker))
    found.Compile()
    return found, list(markers.values())


_MARKERS, _MARKER_TABLES = _marker_set()


def scores(low: str) -> dict[str, int]:
    """How many distinct markers of each language the (lower-case) text shows."""
    found = dict.fromkeys(TABLES, 0)
    # the markers are ASCII: they occur in the UTF-8 (lone surrogates passed) as in the text
    for i in _MARKERS.Match(low.encode("utf-8", "surrogatepass")) or ():
        for name in _MARKER_TABLES[i]:
            found[name] += 1
    if found["posix"] and "base64" in low and low.count("base64") == _dotnet_base64(low):
        found["posix"] -= 1  # only [Convert]::FromBase64String: .NET's, not the base64 program
    if "%" in low and _PERCENT_VAR.search(low) and ("set" in low or ":" in low):
        found["cmd"] += 2
    if "set" in low and _CMD_STAGING.search(low):
        found["cmd"] += 2  # set a=pow& ... %a%
    if "echo" in low and _ECHO_SCRIPT.search(low):
        found["cmd"] += 2  # a script written line by line, then run
    if "(" in low and _DOT_PAREN.search(low) and _DOT_SOURCE.search(low):
        found["powershell"] += 1  # .(…) runs a computed name; ". (" in prose does not count
    if "::" in low and _PS_STATIC.search(low):
        found["powershell"] += 1  # [convert]::frombase64string, $t::reverse (_PS_STATIC)
    if "$" in low and _PS_ASSIGN.search(low):
        found["powershell"] += 1  # $h='evil.test'; irm "https://$h/"
    if "nal " in low and (low.startswith("nal ") or "; nal " in low or "\nnal " in low):
        # New-Alias's alias where a command starts (`nal q irm; q …`): not a marker, since
        # "nal " ends half the words of English prose (final, signal, journal)
        found["powershell"] += 1
    if "\\" in low and _SH_ESCAPE.search(low) and not _WINDOWS_PATH.search(low):
        # c\url: a backslash inside a word, in a text with no Windows path (C:\, %TEMP%\,
        # $env:TEMP\: those are PowerShell's or cmd's, and a shell reading of them is noise)
        found["posix"] += 1
    if ("?" in low or "*" in low or "{" in low or "[" in low) and _SH_GLOB_OR_BRACE.search(low):
        found["posix"] += 1
    if "$" in low and "=" in low and _SH_ASSIGN.search(low):
        found["posix"] += 1  # a=cu;b=rl;$a$b
    if found["powershell"] and "${" in low and len(_SH_PARAM.findall(low)) == low.count("${"):
        found["powershell"] -= 1  # every ${ is the shell's expansion: not PowerShell's marker
    if found["powershell"] and "`" in low and "`" not in _MD_CODE.sub("", low):
        found["powershell"] -= 1  # every backtick is Markdown's: not PowerShell's escape
    for quotes, lone in _TRIPLE.items():
        if found["posix"] and quotes in low and not lone.search(low):
            found["posix"] -= 1  # every pair is in a run of three: a docstring's quotes
    if (found["powershell"] or found["javascript"]) and "$" not in low and _PYTHON_START.match(low):
        found["powershell"] = found["javascript"] = 0  # Python source (_PYTHON_START)
    if (
        found["powershell"]
        and "-f" in low
        and any(found[n] for n in ("posix", "cmd", "javascript"))
        and not _FORMAT_OPERATOR.search(low)
    ):
        weak = sum(marker in low for marker in _FORMAT_MARKERS)
        if weak and found["powershell"] <= weak:
            found["powershell"] = 0  # its only signs are options, beside another language's
    if found["powershell"] and found["javascript"] and "$" not in low and _JS_ONLY.search(low):
        found["powershell"] = 0  # fetch('a'+'b').then(r => …), window['ev'+'al']: JavaScript
    return found


def languages(low: str) -> list[str]:
    """The interpreters to run on a text, best guess first; none for most texts."""
    found = scores(low)
    if found["posix"] and (found["powershell"] or found["javascript"] or found["cmd"]):
        for quotes, in_a_word in _IN_A_WORD.items():
            # (a pair in a run of three was taken off in scores: a docstring's quotes)
            lone = quotes in low and _TRIPLE[quotes].search(low)
            if found["posix"] and lone and not in_a_word.search(low):
                found["posix"] -= 1  # every pair is another language's empty string
    best = max(found.values())
    if best == 0:
        return []
    bar = max(1, best // 2)
    return [name for name, n in sorted(found.items(), key=lambda x: -x[1]) if n >= bar]


# A text that reverses a string ('…'[-1..-99] -join '', [array]::Reverse, | rev) is also looked
# at backwards by the decoders, in case all of it was written backwards; when it was not, that
# reversed copy reads as junk that still shows a marker or two ('::' of ']::esreveR'), and the
# grammar's error recovery on it cost 150-250 us. Such a copy shows the reversing way backwards
# and none forwards, and reads better reversed (back to the original): it is not read.
_FORWARD_HINT = re.compile(
    r"\[\s{0,4}-1\s{0,4}\.\.|::reverse|\.reverse\(\)|strreverse|\|\s{0,4}rev\b"
)
_BACKWARD_HINT = re.compile(
    r"\.\.\s{0,4}1-\s{0,4}\[|esrever::|\)\(esrever\.|esreverrts|\bver\s{0,4}\|"
)


def may_hint_backwards(low: str) -> bool:
    """What every _BACKWARD_HINT match holds: '..', 'esrever', or 'ver' and '|' (a plain look
    for them costs less than the regex's scan, ~6 us a text)."""
    return ".." in low or "esrever" in low or ("ver" in low and "|" in low)


def backwards(low: str) -> bool:
    """Whether the (lower-case) text is the reverse of a text that reverses something."""
    if not may_hint_backwards(low) or not _BACKWARD_HINT.search(low) or _FORWARD_HINT.search(low):
        return False
    return sum(scores(low[::-1]).values()) > sum(scores(low).values())
