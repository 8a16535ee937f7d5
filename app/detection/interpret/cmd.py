"""Read a cmd.exe line the way cmd.exe will: percent expansion, carets, `set`, `call`, `!v!`.

cmd has no grammar worth the name, so this is a tokenizer of our own, in cmd's order: `%var%`,
`%var:~a,b%` and `%var:x=y%` are expanded first, then carets escape and quotes protect while
the line is cut at `&`, `&&`, `||` and `|`; each command then runs in order, so a `set` changes
what later commands read, and delayed `!var!` is expanded when its command runs. `call`,
`cmd /c` and `start` read their rest again. Text echoed into a script file that is then run is
read as that script. Nothing is run.
"""

from __future__ import annotations

import re

from app.detection.deobfuscate import WINDOWS_ENV
from app.detection.interpret.budget import MAX_NESTED_CODE, MAX_STRING, Budget
from app.detection.interpret.facts import Facts
from app.detection.interpret.pswords import USER_ENV
from app.detection.interpret.values import slice_cmd

MAX_COMMANDS = 256
MAX_VARS = 256
_PERCENT = re.compile(
    r"%([A-Za-z_][A-Za-z0-9_#$@.\-]{0,40})(?::(~|[^%=\r\n]{1,64}=)([^%\r\n]{0,64}))?%"
)
# a %variable% left unexpanded between letters of one word (no value: see run_line)
_UNSET_INSIDE_WORD = re.compile(r"(?<=[A-Za-z])%[A-Za-z_][A-Za-z0-9_]{0,30}%(?=[A-Za-z])")
_BANG = re.compile(
    r"!([A-Za-z_][A-Za-z0-9_#$@.\-]{0,40})(?::(~|[^!=\r\n]{1,64}=)([^!\r\n]{0,64}))?!"
)
_SLICE = re.compile(r"^\s*(-?\d{1,5})\s*(?:,\s*(-?\d{1,5})\s*)?$")
_FOR_COMMAND = re.compile(r"(?i)(%%?[a-z])\s+in\s*\(\s*'([^']{1,2000})'\s*\)\s*do\s+(.{0,2000})")
_REDIRECT = re.compile(r"\s*(>>?)\s*(\"[^\"]*\"|[^\s&|<>]+)\s*$")
_CREATEOBJECT = re.compile(r"(?i)createobject\s*\(\s*\"([A-Za-z0-9_.]{3,60})\"")
_URL = re.compile(r"(?i)\bhttps?://[^\s\"'<>]{1,300}")
MAX_LINE = 8191  # cmd.exe's own limit on one command line
# runs of plain text, quoted strings (closed or not), caret escapes, and the separators
_CMD_TOKEN = re.compile(r'[^"^&|]+|"[^"]*"?|\^.?|&&?|\|\|?', re.S)
_ARITH_TOKEN = re.compile(r"\d{1,18}|[-+*/%]")
SCRIPT_EXTENSIONS = (".vbs", ".vbe", ".js", ".jse", ".wsf", ".hta", ".bat", ".cmd", ".ps1")
SCRIPT_HOSTS = ("cscript", "wscript", "mshta", "start", "call", "cmd", "powershell", "pwsh")


class _Cmd:
    def __init__(self, facts: Facts, budget: Budget, nesting: int) -> None:
        self.facts = facts
        self.budget = budget
        self.nesting = nesting
        self.vars: dict[str, str] = {}
        self.files: dict[str, list[str]] = {}  # script files written by echo, by lower-case name
        self.lines: list[str] = []  # each command as cmd runs it, expanded
        self.commands = 0

    def value(self, name: str) -> str | None:
        key = name.lower()
        return self.vars.get(key) or WINDOWS_ENV.get(key) or USER_ENV.get(key)

    def expand(self, text: str, pattern: re.Pattern[str]) -> str:
        def sub(m: re.Match[str]) -> str:
            value = self.value(m.group(1))
            if value is None:
                return m.group(0)
            op, arg = m.group(2), m.group(3) or ""
            if op is None:
                return value
            if op == "~":
                sl = _SLICE.match(arg)
                if not sl:
                    return m.group(0)
                length = int(sl.group(2)) if sl.group(2) is not None else None
                return slice_cmd(value, int(sl.group(1)), length)
            old = op[:-1]
            if old.startswith("*"):
                at = value.lower().find(old[1:].lower())
                return m.group(0) if at < 0 else arg + value[at + len(old) - 1 :]
            return _replace_ci(value, old, arg)

        if "%" not in text and "!" not in text:
            return text
        # typed at a prompt (the Run box, a terminal), %% stays %%: only batch files halve it
        return pattern.sub(sub, text)[:MAX_STRING]

    def run_line(self, line: str) -> None:
        self.budget.tick()
        expanded = self.expand(line, _PERCENT)
        if "%" in expanded and _UNSET_INSIDE_WORD.search(expanded):
            # `ms%x%ht%y%a`: a name cut by variables nobody set. A batch file reads them as
            # nothing (the prompt keeps them), so the name it spells is read too
            self.facts.layer(_UNSET_INSIDE_WORD.sub("", expanded), expanded)
        for command in split_commands(expanded):
            if self.commands >= MAX_COMMANDS:
                self.facts.complete = False
                return
            self.commands += 1
            self.run(command)

    def run(self, command: str) -> None:
        self.budget.tick()
        text = self.expand(command, _BANG).strip().lstrip("@").strip()
        if not text:
            return
        redirect = _REDIRECT.search(text) if ">" in text else None
        if redirect and not text.lower().startswith(("echo", "set")):
            text = text[: redirect.start()].rstrip()
        words = split_words(text)
        if not words:
            return
        head = words[0].strip('"').lower()
        if head.startswith("echo") and redirect:
            self.echo_to_file(text, redirect)
            self.lines.append(text)
            return
        if head in ("rem", "::") or head.startswith("::"):
            return
        self.lines.append(text)
        if head == "set":
            self.set(text[3:].strip())
            return
        if head in ("setlocal", "endlocal", "echo", "title", "color", "cls", "pause", "exit"):
            return
        name = head.rsplit("\\", 1)[-1]
        if name.endswith(".exe"):
            name = name[:-4]
        self.facts.invoke(name, [w.strip('"') for w in words[1:]], "cmd")
        rest = text[len(words[0]) :].strip()
        if name == "call":
            self.nested(self.expand(rest, _PERCENT))
        elif name == "cmd":
            self.nested(_after_switches(rest))
        elif name == "start":
            self.nested(_start_target(rest))
        elif name == "for":
            self.for_loop(rest)
        elif name in ("powershell", "pwsh"):
            from app.detection.interpret.powershell import interpret_powershell

            rendered = interpret_powershell(text, self.facts, self.budget, self.nesting + 1)
            if rendered:
                self.facts.layer(rendered, text)
        self.run_script_file(name, words)

    def for_loop(self, rest: str) -> None:
        """`for /f %i in ('curl ...') do %i`: the command inside runs; if its output is run
        in turn (the loop variable as the command), what it fetched is run."""
        m = _FOR_COMMAND.search(rest)
        if not m:
            return
        inner, var, body = m.group(2), m.group(1), m.group(3).strip()
        before = len(self.facts.invocations)
        self.nested(inner)
        fetched = [
            i
            for i in self.facts.invocations[before:]
            if i.name in ("curl", "wget", "certutil", "nslookup", "finger", "powershell")
        ]
        if fetched and _runs_variable(body, var):
            urls = [a for i in fetched for a in i.args if "://" in a or "@" in a]
            self.facts.remote_code.append(urls[0] if urls else fetched[0].name)
        self.nested(body)

    def set(self, body: str) -> None:
        low = body.lower()
        if low.startswith("/p"):
            return
        arithmetic = low.startswith("/a")
        if arithmetic:
            body = body[2:].strip()
        if body.startswith('"'):
            body = body[1 : body.rfind('"')] if body.rfind('"') > 0 else body[1:]
        name, eq, value = body.partition("=")
        if not eq or not name.strip() or len(self.vars) >= MAX_VARS:
            return
        if arithmetic:
            value = _arith(value.strip().strip('"'))
        self.vars[name.strip().lower()] = value[:MAX_STRING]

    def echo_to_file(self, text: str, redirect: re.Match[str]) -> None:
        target = redirect.group(2).strip('"').replace("/", "\\").rsplit("\\", 1)[-1].lower()
        content = text[4 : redirect.start()].lstrip(" .")
        if len(self.files) < 16 and target:
            lines = self.files.setdefault(target, [])
            if redirect.group(1) == ">":
                lines.clear()
            if sum(len(x) for x in lines) < MAX_STRING:
                lines.append(content)

    def run_script_file(self, name: str, words: list[str]) -> None:
        """`cscript x.vbs`, `start x.hta`, or just `x.bat`: read the file echo wrote."""
        candidates = [name] + [w.strip('"').rsplit("\\", 1)[-1].lower() for w in words[1:4]]
        for candidate in candidates:
            lines = self.files.get(candidate)
            if lines and candidate.endswith(SCRIPT_EXTENSIONS):
                script = "\n".join(lines)
                self.facts.layer(script, "")
                progids = {p.lower() for p in _CREATEOBJECT.findall(script)}
                self.facts.members.update("com:" + p for p in progids)
                low = script.lower()
                fetches = any("xmlhttp" in p or "winhttp" in p for p in progids)
                runs = "wscript.shell" in progids or "shell.application" in progids
                if fetches and runs and (".run" in low or ".exec" in low or "shellexecute" in low):
                    url = _URL.search(script)
                    self.facts.remote_code.append(url.group(0) if url else candidate)
                if candidate.endswith((".bat", ".cmd")):
                    self.nested(script)
                return

    def nested(self, text: str) -> None:
        if not text.strip():
            return
        if self.nesting >= MAX_NESTED_CODE:
            self.facts.complete = False
            return
        self.nesting += 1
        try:
            for line in text.splitlines():
                self.run_line(line)
        finally:
            self.nesting -= 1


def _runs_variable(body: str, var: str) -> bool:
    """Whether a loop body runs its variable as a command: `do %i`, `do call %i`,
    `do cmd /c %i`, `do start "" %i` (not `do echo %i`)."""
    words = [w.lstrip("@").lower() for w in split_words(body)]
    while words and words[0] in ("call", "start", '""', "cmd", "/c", "/k", "/b", "/min"):
        words = words[1:]
    return bool(words) and words[0] == var.lower()


def _replace_ci(value: str, old: str, new: str) -> str:
    """%v:old=new% replaces every occurrence, ignoring case."""
    if not old:
        return value
    out: list[str] = []
    low, key = value.lower(), old.lower()
    pos = 0
    while True:
        at = low.find(key, pos)
        if at < 0:
            break
        out.append(value[pos:at] + new)
        pos = at + len(old)
    out.append(value[pos:])
    return "".join(out)[:MAX_STRING]


def _arith(expression: str) -> str:
    """`set /a` on integers with + - * / %, precedence as usual; anything else stays as written.

    A tiny evaluator of our own: attacker text is never handed to Python's eval.
    """
    tokens = _ARITH_TOKEN.findall(expression.replace(" ", ""))
    if not tokens or "".join(tokens) != expression.replace(" ", "") or len(tokens) > 64:
        return expression
    total = 0
    term: int | None = None
    sign = 1
    op = "*"
    expect_number = True
    for token in tokens:
        if expect_number:
            if token in "+-":
                sign = -sign if token == "-" else sign
                continue
            if not token.isdigit():
                return expression
            number = sign * int(token[:18])
            sign = 1
            if term is None:
                term = number
            elif op == "*":
                term *= number
            elif number == 0:
                return expression
            elif op == "/":
                term = int(term / number)
            else:
                term = term - number * int(term / number)
            expect_number = False
        else:
            if token in "+-":
                total += term or 0
                term = None
                sign = -1 if token == "-" else 1
            else:
                op = token
            expect_number = True
    if expect_number or term is None:
        return expression
    return str(total + term)


def split_commands(line: str) -> list[str]:
    """Cut at &, &&, ||, | outside quotes; a caret escapes the next character (and is gone)."""
    out: list[str] = []
    current: list[str] = []
    quoted = False
    for token in _CMD_TOKEN.findall(line[:MAX_LINE]):
        first = token[0]
        if first == '"':
            quoted = not quoted if len(token) == 1 or token[-1] != '"' else quoted
            current.append(token)
        elif quoted:
            current.append(token)
        elif first == "^":
            current.append(token[1:])
        elif first in "&|":
            out.append("".join(current))
            current = []
        else:
            current.append(token)
    out.append("".join(current))
    return [x for x in out if x.strip()]


def split_words(text: str) -> list[str]:
    words: list[str] = []
    current: list[str] = []
    quoted = False
    for c in text:
        if c == '"':
            quoted = not quoted
            current.append(c)
        elif c in " \t,;=" and not quoted and c in " \t":
            if current:
                words.append("".join(current))
                current = []
        else:
            current.append(c)
    if current:
        words.append("".join(current))
    return words[:64]


def _after_switches(rest: str) -> str:
    """`cmd /v:on /c "..."`: the command after /c, /k or /r, outer quotes removed."""
    words = split_words(rest)
    for i, word in enumerate(words):
        if word.lower() in ("/c", "/k", "/r"):
            tail = rest[rest.lower().find(word.lower()) + len(word) :].strip()
            if tail.startswith('"') and tail.endswith('"') and len(tail) > 1:
                tail = tail[1:-1]
            return tail
        if not word.startswith("/"):
            return " ".join(words[i:])
    return ""


def _start_target(rest: str) -> str:
    """`start "" /min x.exe args`: the command start runs."""
    words = split_words(rest)
    i = 0
    if words and words[0].startswith('"'):
        i = 1  # the window title
    while i < len(words) and words[i].startswith("/"):
        i += 2 if words[i].lower() == "/d" else 1
    return " ".join(words[i:])


def interpret_cmd(text: str, facts: Facts, budget: Budget) -> str | None:
    """The text as cmd.exe runs it: one expanded command a line. Never raises."""
    reader = _Cmd(facts, budget, 0)
    try:
        for line in text.splitlines()[:MAX_COMMANDS]:
            reader.run_line(line[:MAX_LINE])
    except Exception:
        facts.complete = False
    return "\n".join(reader.lines) if reader.lines else None
