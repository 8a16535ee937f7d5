"""Is this text prose? Sentences that mention commands do not run when pasted.

A paragraph pasted into the Run dialog or a terminal runs its first word as a program; when
every line starts like a sentence rather than a command, nothing it quotes would run. The
engine then scales the command findings down, so that security write-ups and warnings about
scams are not flagged as the scams they describe.
"""

from __future__ import annotations

import itertools
import re
from itertools import islice, pairwise

from app.detection.commands import program_name
from app.detection.signals import COMMAND_PROGRAMS

SHELL_WORDS = frozenset(
    [
        "echo",
        "printf",
        "cd",
        "export",
        "eval",
        "source",
        "set",
        "for",
        "if",
        "while",
        "do",
        "call",
        "exec",
        "then",
        "else",
        "fi",
        "done",
        "var",
        "let",
        "const",
        "function",
        "return",
        "new",
        "await",
        "async",
        "import",
        "from",
        "require",
        "def",
        "class",
        "print",
        "sudo",
        "env",
        "nohup",
        # the Windows Python launcher and its kin: `py -c "…"` runs code like `python -c`
        "py",
        "pyw",
        "pythonw",
        "python2",
        "pypy3",
        "cat",
        "ls",
        "mkdir",
        "rm",
        "cp",
        "mv",
        "open",
        "wt",
        "explorer",
        "winget",
        "choco",
        "scoop",
        "brew",
        "apt",
        "apt-get",
        "dnf",
        "yum",
        "pacman",
        "npm",
        "npx",
        "pip",
        "pip3",
        "pipx",
        "uv",
        "deno",
        "bun",
        "bunx",
        "pnpm",
        "yarn",
        "cargo",
        "dotnet",
        "nuget",
        "netsh",
        # the desktop's and the system's network and settings tools (`gsettings set
        # org.gnome.system.proxy …; gsettings set …` on one line is commands, not a sentence)
        "gsettings",
        "dconf",
        "networksetup",
        "nmcli",
        "resolvectl",
        "scutil",
        "pnputil",
        "ipconfig",
        "gem",
        "finger",
        "git",
        "docker",
        "kubectl",
        "ssh",
        "scp",
        "tee",
        "type",
        # PowerShell's aliases that name another command for a later word (`sal e iex; e …`)
        # or run one (`saps`, `icm`): a line starting so is commands, not a sentence
        "sal",
        "nal",
        "saps",
        "icm",
    ]
)
_OPERATORS = re.compile(r"&&|\|\||\s\|\s|\$\(|`|\bjavascript:|=>|[{};]\s*$")
_SPACED_PIPE = re.compile(r"\s\|\s")
_JS_SCHEME = re.compile(r"\bjavascript:")


def _has_operator(line: str) -> bool:
    """_OPERATORS.search(line), its alternatives looked for one by one: plain searches for
    the literal ones, and '[{};]\\s*$' as the last character before trailing blanks (str.rstrip
    strips what \\s matches). The alternation was tried at every character of every line."""
    if "&&" in line or "||" in line or "$(" in line or "`" in line or "=>" in line:
        return True
    if "|" in line and _SPACED_PIPE.search(line):
        return True
    if "javascript:" in line and _JS_SCHEME.search(line):
        return True
    end = line.rstrip()[-1:]
    return bool(end) and end in "{};"


_CMDLET = re.compile(r"^[A-Za-z]+-[A-Za-z]+$")
# An English compound at a sentence's start ("Post-incident note:", "Follow-up:", "Sign-in
# failed"): a capital, then lower case on both sides of the hyphen, and a first half that is
# none of PowerShell's verbs (Get-Verb's list, and those of its own cmdlets outside it:
# ForEach-Object, Where-Object, Sort-Object, Tee-Object). A cmdlet spelled so is still one
# (`Invoke-expression`, `Set-item`), and so is every other spelling of a verb-noun.
_COMPOUND = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
POWERSHELL_VERBS = frozenset(
    {
        "add", "clear", "close", "copy", "enter", "exit", "find", "format", "get", "hide",
        "join", "lock", "move", "new", "open", "optimize", "pop", "push", "redo", "remove",
        "rename", "reset", "resize", "search", "select", "set", "show", "skip", "split", "step",
        "switch", "undo", "unlock", "watch", "connect", "disconnect", "read", "receive", "send",
        "write", "backup", "checkpoint", "compare", "compress", "convert", "convertfrom",
        "convertto", "dismount", "edit", "expand", "export", "group", "import", "initialize",
        "limit", "merge", "mount", "out", "publish", "restore", "save", "sync", "unpublish",
        "update", "debug", "measure", "ping", "repair", "resolve", "test", "trace", "approve",
        "assert", "build", "complete", "confirm", "deny", "deploy", "disable", "enable",
        "install", "invoke", "register", "request", "restart", "resume", "start", "stop",
        "submit", "suspend", "uninstall", "unregister", "wait", "block", "grant", "protect",
        "revoke", "unblock", "unprotect", "use", "foreach", "where", "sort", "tee", "sleep",
    }
)  # fmt: skip


def _cmdlet(word: str) -> bool:
    """A verb-noun word PowerShell would run, unless it is spelled as an English compound
    whose first half is no verb of PowerShell's (_COMPOUND)."""
    if not _CMDLET.match(word):
        return False
    return not _COMPOUND.match(word) or word.split("-", 1)[0].lower() in POWERSHELL_VERBS


_WORD = re.compile(r"^[A-Za-z][A-Za-z'’\-]*[.,:;!?)]*$")
MAX_LINES = 200
# A command quoted inside a sentence the way write-ups and answers quote it (Markdown code).
_INLINE_CODE = re.compile(r"`[^`\n]{1,400}`")


# A shell named after a pipe inside a sentence ("the kit serves a curl | bash line"), perhaps
# through sudo: it reads what the words before it print, and they are no command. PowerShell's
# own words for running what a pipe brings ("an irm | iex line", "| Invoke-Expression") are
# named the same way in write-ups, in any case, as PowerShell reads them.
_PIPE_SHELLS = frozenset(
    {"sh", "bash", "zsh", "dash", "ksh", "fish", "iex", "invoke-expression", "powershell", "pwsh"}
)
# What a phrase's words may not hold: a path, an address, a variable, a redirection, a quote of
# code, an option's value; a word with a dot inside it may be a host (curl x.example | sh).
_NOT_PHRASE = re.compile(r"[/\\$=<>`@~*]|\.[A-Za-z0-9]|^-")


def _phrase_pipe(line: str) -> bool:
    """A pipe that a sentence names as words ("serves a curl | bash line to macOS visitors"):
    every command a shell would see there (at the line's start, after a ; or an &) starts with
    a word that is no program, so it fails and prints nothing, and what each pipe feeds is a
    shell given only plain words (a script's name at most, never an address). No word holds a
    path, a live address, a host or a variable (a switch of the failing command and an address
    written defanged are words too), and there is no other operator: nothing is fetched or
    run."""
    if " | " not in line or _has_operator(line.replace(" | ", " ")):
        return False
    if any(
        _NOT_PHRASE.search(core)
        and not _PHRASE_SWITCH.match(core)
        and not _DEFANGED_WORD.search(core)
        for word in line.split()
        if word != "|" and (core := word.rstrip(".,:;!?)'\""))
    ):
        return False
    pieces = _PHRASE_SEPARATORS.split(line)
    for separator, piece in zip(["", *pieces[1::2]], pieces[::2], strict=True):
        words = piece.split()
        if separator != " | ":
            if words and _program_word(words[0]):
                return False
            continue
        if words and words[0] == "sudo":
            words = words[1:]
        # the pipe quoted whole in a sentence ('curl | sh', "irm | iex"): the closing quote is
        # the sentence's, on the shell's word
        if not words or words[0].lower().rstrip(_CLOSING_QUOTES) not in _PIPE_SHELLS:
            return False
        if not all(_WORD.match(word) or _NUMBER.match(word) for word in words[1:]):
            return False
    return True


_PHRASE_SEPARATORS = re.compile(r"( \| |;|&)")
# a program's switch named in the sentence ("piped into base64 -d | bash"): a word of the
# failing command before the pipe, or of the shell's after it, which _WORD refuses there
_PHRASE_SWITCH = re.compile(r"^--?[A-Za-z][A-Za-z0-9-]{0,20}$")
# ...and an address written defanged (hxxps://, [.]): no program fetches from it
_DEFANGED_WORD = re.compile(r"(?i)^(?:hxxps?|fxp)(?:\[:\]|:)//|\[\.\]")
_CLOSING_QUOTES = "'\"’”.,:;!?)"
_NUMBER = re.compile(r"^\d{1,6}[.,:;!?)]*$")  # "fired 14 times": a count, no path or host


def _program_word(word: str) -> bool:
    """Whether a command's first word would run something: a program, a shell word, a
    cmdlet, or a word with a path, a variable or a redirection in it."""
    first = word.lstrip("\"'@&.([{").rstrip(";,")
    if not first or any(c in first for c in "/\\$%=(<>|"):
        return True
    name = program_name(first)
    return name in COMMAND_PROGRAMS or name in SHELL_WORDS or _cmdlet(first)


# An order that hands over a command after a sentence on the same line: "Repair it: Win+R >
# mshta https://…", "In Terminal run: curl …", "To verify, run: powershell -w h …". The
# command starts after a colon, an arrow or the Run box's key combination, with a program that
# runs things and an option, a path or a live address after it (not "Tools: curl and wget").
_ORDER_THEN_COMMAND = re.compile(
    r"(?:[:>→»]|\bwin(?:dows)?\s*\+\s*r\b[,.]?)\s+[\"'`“]?([a-z][\w.\-]{1,20})\s+"
    r"(?:-{1,2}[a-z]|/[a-z?]|[\"'(]?https?://|[a-z]:\\|\\\\)",
    re.IGNORECASE,
)


# ...unless the line speaks of the trick (advice, a write-up quoting what a fake page said)
_ABOUT_THE_TRICK = re.compile(
    r"\b(?:scams?|scammers?|fake|never|phishing|fraud|attackers?|lures?|clickfix|filefix|beware"
    r"|defang(?:ed)?"  # "Observed command (defanged): cmd /c …": an analyst's note of a lure
    r"|arnaque|escroquer\w*|jamais|betrug\w*|niemals|estafa|nunca|truffa|golpe|oszust\w*)\b",
    re.IGNORECASE,
)


def _order_then_command(line: str) -> bool:
    if ":" not in line and ">" not in line and "+" not in line and "→" not in line:
        return False
    if _ABOUT_THE_TRICK.search(line):
        return False
    return any(
        program_name(m.group(1)) in COMMAND_PROGRAMS for m in _ORDER_THEN_COMMAND.finditer(line)
    )


# A sentence whose subject is a command: the program, perhaps with its switches, then a verb
# that only a sentence puts there ("conhost.exe --headless is used to hide the console…",
# "mshta can run an HTA from an address", "certutil -urlcache was abused…"). A shell would hand
# that verb to the program as what to run or open, a name that is nothing; every word after it
# is a plain word (no path, address, host, variable or option), and what follows a `;` or an
# `&` starts with no program: the line is about the command and runs nothing.
_SUBJECT_VERBS = frozenset(
    {
        "is", "was", "are", "were", "can", "could", "may", "might", "will", "would", "should",
        "must", "has", "had", "does", "did", "ist", "wird", "kann", "est", "peut", "es", "puede",
    }
)  # fmt: skip
_SWITCH_WORD = re.compile(r"(?:--?[A-Za-z][A-Za-z-]{0,30}|/[A-Za-z?][A-Za-z]{0,12})$")
MAX_SUBJECT_SWITCHES = 3
MIN_PREDICATE = 5  # words from the verb on: "is used to hide the console"


# A switch the sentence names in parentheses, as a description of the program says what its
# switches do ("used to download files (-urlcache -split -f)"): a switch word, perhaps opening
# or closing the parenthesis, perhaps with the sentence's punctuation after it. No value, path,
# address or variable: bash and PowerShell refuse a `(` in the middle of a line, and cmd hands
# the words to a program whose first word is the sentence's verb.
_PAREN_SWITCH = re.compile(
    r"(\(?)(?:--?[A-Za-z][A-Za-z-]{0,30}|/[A-Za-z?][A-Za-z]{0,12})(\)?)[.,;:!?]*$"
)
MAX_PAREN_SWITCHES = 6
# a plain word of a description, which may end in digits ("base64", "x64", "Win32")
_PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9'’\-]*[.,:;!?)]*$")


def _plain_predicate(words: list[str]) -> bool:
    """Every word is a plain word, or a switch named inside parentheses (at most a few)."""
    inside, switches = False, 0
    for word in words:
        if not inside and word.startswith("(") and _PLAIN.match(word[1:]):
            inside = not word.rstrip(".,;:!?").endswith(")")
            continue  # "(for" opens a parenthesis of words
        match = _PAREN_SWITCH.match(word)
        if match is not None and (inside or match.group(1)):
            switches += 1
            inside = not match.group(2)
            if switches > MAX_PAREN_SWITCHES:
                return False
            continue
        if not _PLAIN.match(word):
            return False
        if inside and word.rstrip(".,;:!?").endswith(")"):
            inside = False
    return not inside


def _command_as_subject(line: str) -> bool:
    words = line.split()
    i = 1
    while i < len(words) and i <= MAX_SUBJECT_SWITCHES and _SWITCH_WORD.match(words[i]):
        i += 1
    predicate = words[i:]
    if len(predicate) < MIN_PREDICATE or predicate[0].lower() not in _SUBJECT_VERBS:
        return False
    if not _plain_predicate(predicate):
        return False
    # a shell starts another command after a `;` or an `&`: none of them may name a program
    follows = [b for a, b in pairwise(predicate) if a[-1] in ";&"]
    return not any(_program_word(word) for word in follows)


def _runnable(line: str) -> bool:
    first = line.split(None, 1)[0].lstrip("\"'@&.([{").rstrip(";,")
    if not first or (_has_operator(line) and not _phrase_pipe(line)):
        return True
    if _program_word(first):
        return not _command_as_subject(line)
    return _order_then_command(line)


# A sentence's first word: a capitalised word of letters (See, Then, Docs:), which no program
# is named like (programs are named in lower case; a known one is a program whatever its case)
_SENTENCE_START = re.compile(r"[A-Z][a-z]{1,20}[:,]?")


def names_only(line: str) -> bool:
    """A sentence that fetches and runs nothing it names: it starts with a capitalised word
    that is no program, has three words or more, no operator and no order handing over a
    command ("See https://docs.example/install for other ways."): a shell fails on its first
    word. A line that starts with a name in lower case may be a program this module does not
    know (`flatpak install <address>`)."""
    words = line.split()
    return (
        len(words) >= 3
        and bool(_SENTENCE_START.fullmatch(words[0]))
        and not _runnable(line.strip())
    )


def _sentence(line: str) -> bool:
    words = line.split()
    if len(words) < 6:
        return False
    plain = sum(1 for w in words if _WORD.match(w))
    return plain >= 0.6 * len(words)


def _table_row(line: str) -> bool:
    """A Markdown table's row (`| 2026-12-02 | fake update | powershell iwr/iex |`): a line
    that begins with a pipe is refused whole by every shell (bash and zsh: a syntax error near
    `|`; cmd: "| was unexpected"; PowerShell: an empty pipe element), and the Run box finds no
    program called `|`, so nothing on it runs, whatever its cells name."""
    return line.startswith("|")


def is_prose(text: str) -> bool:
    """True when no line could run as a command and the lines read as sentences. A Markdown
    table's rows run nothing and are no sentences: the lines around them are weighed, and a
    table alone (two rows or more, every line one) is a report's, not a command."""
    # the first lines with something on them: a command pushed down under hundreds of blank
    # lines is still one of them
    lines = list(islice(filter(None, map(str.strip, text.splitlines())), MAX_LINES))
    if not lines:
        return False
    rest = [line for line in lines if not _table_row(line)]
    if any(_runnable(line) for line in rest):
        return False
    if not rest:
        return len(lines) >= 2
    return sum(1 for line in rest if _sentence(line)) >= max(1, len(rest) // 2)


def is_write_up(text: str) -> bool:
    """True when the text reads as sentences once the commands it quotes in backticks are
    taken out: a write-up or an answer that shows a command (`powershell -w h …`), rather
    than a command with words around it."""
    if "`" not in text:
        return False
    return is_prose(_INLINE_CODE.sub("code", text[: MAX_LINES * 400]))


# How a report sets a sample apart besides backticks: a fenced block (``` … ```), lines
# indented as code (four spaces or a tab), a command in double quotes inside a sentence, and one
# in parentheses after a sentence's word ("a one-liner copied by the page (iwr | iex from
# hxxp://…)"): a shell refuses a `(` in the middle of a command line, so nothing after it runs.
_FENCED = re.compile(r"(?m)^[ \t]*```[^`]*?^[ \t]*```[^\n]*$")
_INDENTED = re.compile(r"(?m)^(?: {4}|\t)[^\n]*$")
_QUOTED = re.compile(
    r"\"[^\"\n]{1,400}\"|“[^”\n]{1,400}”|‘[^’\n]{1,400}’|(?<=[A-Za-z] )\([^()\n]{1,400}\)"
    # in single quotes after a sentence's word ("RunMRU shows 'conhost --headless …' at 10:02"):
    # opened after a blank, closed before a blank or punctuation, so an apostrophe (attacker's,
    # users') opens or closes none
    r"|(?<=[A-Za-z,:] )'[^'\n]{1,400}'(?=$|[\s.,;:!?)])"
)


def is_sample_write_up(text: str) -> bool:
    """is_write_up, with the other ways reports quote a sample taken out too: a fenced or
    indented code block, a command in double quotes ("Observed command: \"powershell -w h
    -c …\"") or in parentheses after a word. Only for a text whose every address is defanged
    (the engine's `_defanged_write_up`): a quote holding a live command is the lure's own
    shape."""
    head = text[: MAX_LINES * 400]
    if not any(mark in head for mark in ("`", '"', "“", "‘", " '", "    ", "\t", " (")):
        return False
    blocks = _INDENTED.sub("", _FENCED.sub("", head))
    return is_prose(_QUOTED.sub(_sample, _INLINE_CODE.sub("code", blocks)))


def _sample(m: re.Match[str]) -> str:
    """A quoted sample stands as one word; a single word in parentheses ("Observed command
    (defanged): …") is the sentence's own, and stays for what it says."""
    quoted = m.group()
    return quoted if quoted.startswith("(") and " " not in quoted else "quoted"


# A placeholder where a command's payload or address would be, as write-ups elide it
# ("powershell -w hidden ... | iex", "mshta https://..."): an ellipsis standing as a word of its
# own, in brackets, or as all there is after an address's scheme. No shell, PowerShell or the
# Run box runs an ellipsis or fetches from it: the command quoted around it is a shape.
_ELLIPSIS = re.compile(r"(?:^|(?<=[\s(\[\"'`]))(?:\.{3}|…|\[(?:\.{3}|…)\])(?=$|[\s)\]\"'`.,;:|])")
MAX_SAMPLES = 64  # quoted samples looked into
_ELIDED_ADDRESS = re.compile(
    r"(?i)\b(?:https?|hxxps?)://(?:\.{3}|…|<[^<>\s]{0,20}>|\[(?:\.{3}|…)\])"
)


def elided_sample(text: str) -> bool:
    """A sample the text sets apart (in backticks, double quotes or parentheses after a word)
    holds an ellipsis or an elided address where the command's words would be."""
    head = text[: MAX_LINES * 400]
    if "..." not in head and "…" not in head and "://<" not in head:
        return False
    samples = itertools.chain(_INLINE_CODE.finditer(head), _QUOTED.finditer(head))
    return any(
        _ELLIPSIS.search(m.group()[1:-1]) or _ELIDED_ADDRESS.search(m.group())
        for m in islice(samples, MAX_SAMPLES)
    )


# Letters of the scripts written without spaces between words (Han, kana, and the full-width
# forms around them) and Hangul: a run of them is sentence words, however few spaces it has.
_CJK = re.compile(
    r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)
CJK_PER_WORD = 3  # characters of such a run counted as one word of a sentence
MAX_REPORT_LINE = 2000  # characters of a line read for it


def _report_sentence(line: str) -> bool:
    """_sentence, with the words of CJK scripts read as what they are: a run of Han or kana
    with no space in it is several words of a sentence (every few characters one), a word of
    Hangul one."""
    total = plain = 0
    for word in line[:MAX_REPORT_LINE].split():
        letters = len(_CJK.findall(word))
        if letters:
            n = max(1, letters // CJK_PER_WORD)
            total, plain = total + n, plain + n
        else:
            total += 1
            plain += bool(_WORD.match(word))
    return total >= 6 and plain >= 0.6 * total


# Words a chat line starts with that shells and JavaScript also know ("new lure variant: …",
# "for the record: …", "set up a rule …"): a sentence's word when a sentence follows
_CHAT_WORDS = frozenset({"new", "for", "if", "then", "set", "type", "open", "print", "from", "do"})


def _led_by_words(line: str) -> bool:
    """A line whose first word runs nothing (no program, shell word or cmdlet; a sentence's
    word in any language or case) and that starts no command of its own inside it (no `$(`):
    a shell fails on its first word, whatever the sentence goes on to quote or pipe. A word
    of _CHAT_WORDS leads a sentence when the line reads as one."""
    first = line.split(None, 1)[0].lstrip("\"'@&.([{").rstrip(";,")
    if not first or "$(" in line:
        return False
    if first in _CHAT_WORDS and _report_sentence(line):
        return True
    return not _program_word(first) or _command_as_subject(line)


def _sample_between(lines: list[str], i: int) -> bool:
    """Line i is a sample set between sentences as a mail sets it: the line before it ends
    with a colon (or an opening parenthesis' close: "(do not run):") and leads by words, the
    line after it is a sentence led by words. A command alone at the end, or first, is no
    quoted sample: it is what is handed over."""
    if i == 0 or i + 1 >= len(lines):
        return False
    before, after = lines[i - 1], lines[i + 1]
    return (
        before.endswith(":")
        and _led_by_words(before)
        and _led_by_words(after)
        and _report_sentence(after)
    )


def reads_as_report(text: str) -> bool:
    """Sentences, in any language and case, that quote a command in their own words: every
    line led by a sentence's word (_led_by_words) but for a sample set between two sentences
    (_sample_between), most of them sentences (CJK runs read as words). Unlike is_prose, a
    command handed over after a colon ("the page copies this: powershell -w h …") or named
    with its pipe counts as quoted: only for a text whose every address is defanged and that
    is pasted where nothing runs (the engine's `_defanged_write_up`), where it fetches nothing
    and runs nowhere."""
    head = text[: MAX_LINES * 400]
    blocks = _INDENTED.sub("", _FENCED.sub("", head))
    quoted = _QUOTED.sub("quoted", _INLINE_CODE.sub("code", blocks))
    lines = list(islice(filter(None, map(str.strip, quoted.splitlines())), MAX_LINES))
    if not lines:
        return False
    samples = 0
    for i, line in enumerate(lines):
        if _led_by_words(line):
            continue
        if not _sample_between(lines, i):
            return False
        samples += 1
    if samples * 3 > len(lines):
        return False  # (more samples than a mail's sentences set apart)
    return sum(1 for line in lines if _report_sentence(line)) >= max(1, len(lines) // 2)
