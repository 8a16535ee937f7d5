"""Is this text a detection query or rule? The commands it names are strings it matches.

A hunting query or a detection rule names the techniques it looks for (`has_any ("-enc", "iex",
"DownloadString")`, `$b = "powershell -w hidden -enc"`, `CommandLine|contains: '| sh'`), and
analysts copy them between a vendor's page, a repository and their SIEM's query box all day.
Pasted into a shell they run nothing, line by line: a query's source (`DeviceProcessEvents`,
`index=windows EventCode=4688`, `process where …`, `SELECT … FROM processes`) names no program,
a line that begins with a pipe is refused by every shell (bash and zsh: a syntax error; cmd: "|
was unexpected"; PowerShell 7 joins it to a line above that ran nothing), a YARA rule's and a
Sigma rule's lines begin with a key, a `$name =` or an expression, and the named commands sit in
quotes or lists as the values matched.

Recognised by grammar, every line of it: Microsoft's KQL (Defender, Sentinel), Splunk's SPL,
Elastic's EQL and ES|QL, CrowdStrike's LogScale, osquery's SQL, YARA, Sigma's YAML and
Suricata's rules. A line that fits none of them (a command under a query's header), a command a
shell would start anyway (`$(…)`, backticks, `;`, `&&`, `||` outside quotes, a shell or script
host after a pipe, a program word where a query's source stands) makes the whole text no query.
"""

from __future__ import annotations

import re
from itertools import islice

from app.detection.commands import program_name
from app.detection.signals import COMMAND_PROGRAMS

MAX_LINES = 400
MAX_CHARS = 64 * 1024
MAX_LINE = 2048  # a query's or a rule's line is short; a longer one makes the text no query

# quoted strings as the query languages write them: "…", '…', KQL's verbatim @"…" (no escapes)
# a regular expression literal (YARA's /…/, LogScale's field=/…/i): data, like a string
_REGEX_LITERAL = re.compile(r"(?<=[=\s(,])/(?:[^/\\\n]|\\.)+/[a-z]{0,4}(?=[\s),]|$)")
# a Splunk macro (`sysmon`, `security_content_ctime(firstTime)`): a name, perhaps with
# arguments of plain words; in a shell, a name that is no program
_MACRO = re.compile(r"`[A-Za-z_][\w]*(?:\([\w ,.]*\))?`")
MACRO = "@M"  # what a macro reads as, once taken out
# what starts a command in a shell whatever the line's first word is
_SHELL_RUNS = re.compile(r"\$\(|`|&&|\|\||<\(|>\(|;|&")
# after a pipe, what would run the text a pipe brings
_RUNS_INPUT = frozenset({"iex", "invoke-expression", "sh", "bash", "zsh", "dash", "ksh", "fish"})
_PIPE_NEXT = re.compile(r"\|\s*([^\s|()]+)")
# PowerShell's own words for fetching and starting, which no query begins a line with
_RUNNERS = frozenset(
    {"sudo", "env", "eval", "exec", "source", "nohup", "call", "start", "iwr", "irm", "saps",
     "icm", "wget", "curl", "."}
)  # fmt: skip
_CMDLET = re.compile(r"[A-Za-z]+-[A-Za-z]+")
_LEADING = re.compile(r"(?:[(!{\[\s]|\$\w*\s)*")

# The languages' own words that begin a query's stage after a pipe (KQL, SPL, ES|QL, LogScale)
STAGES = frozenset(
    {
        # KQL
        "where", "project", "project-away", "project-keep", "project-rename", "project-reorder",
        "extend", "summarize", "join", "order", "sort", "top", "take", "limit", "distinct",
        "count", "parse", "parse-where", "mv-expand", "mv-apply", "make-series", "render",
        "invoke", "lookup", "union", "evaluate", "as", "sample", "sample-distinct", "serialize",
        "getschema", "search", "filter", "partition", "scan", "top-nested", "facet",
        # SPL
        "stats", "table", "eval", "rex", "tstats", "fields", "dedup", "rename", "inputlookup",
        "outputlookup", "bin", "bucket", "timechart", "chart", "head", "tail", "append",
        "appendcols", "convert", "fillnull", "transaction", "spath", "mvexpand", "rare",
        "eventstats", "streamstats", "makeresults", "regex", "iplocation", "datamodel", "from",
        "addinfo", "collect", "multisearch", "foreach", "xyseries", "untable",
        # ES|QL
        "keep", "drop", "dissect", "grok", "enrich", "mv_expand", "row", "show",
        # LogScale
        "groupby", "select", "case", "match", "in", "format",
    }
)  # fmt: skip
_STAGE = re.compile(r"\|\s*(?:([#@A-Za-z_][\w.]*)\s*!?=|([A-Za-z][\w-]*)\b)")

# KQL / SPL / ES|QL / SQL: what a query's first line may begin with
_KQL_SOURCE = re.compile(r"[A-Z][A-Za-z0-9_]{2,80}(?:\s*\|.*)?$")  # DeviceProcessEvents | where …
_KQL_HEAD = re.compile(r"(?:let\s+[A-Za-z_]\w*\s*=|union\b|datatable\b|print\b|range\b)")
_ESQL_HEAD = re.compile(r"(?i)(?:from|row|show)\s+[\w.*,\-]+(?:\s*\|.*)?$")
_SPL_HEAD = re.compile(
    r"(?:index|sourcetype|source|host|eventtype|tag)\s*="
    r"|\|\s*(?:tstats|inputlookup|from|makeresults)\b|`|search\s"
)
_EQL_HEAD = re.compile(
    r"(?:process|file|network|registry|library|dns|any|authentication|driver|api|sequence|sample)"
    r"\s+(?:where|by|with)\b"
)
_SQL_HEAD = re.compile(r"(?i)select\s")
_SQL_STATEMENT = re.compile(r"(?i)select\s[^\n]{1,1024}?\sfrom\s+[\w.]+")
# EQL on one line: an event category, `where` and a field compared ("process where
# process.name == \"conhost.exe\" and process.args == \"--headless\""); no shell has a program
# called `process`, `file` or `registry`
_EQL_LINE = re.compile(
    r"(?:process|file|network|registry|library|dns|any|authentication|driver|api)\s+where\s+"
    r"[A-Za-z_][\w.]*\s*(?:==|!=|:|=~|like~?\s|in~?\s|>|<)"
)
# a short label in front of a query on its first line ("Elastic rule idea: process where …",
# "KQL: DeviceProcessEvents | …"): a few words and a colon, none of them a program
_LABEL = re.compile(r"([A-Za-z][A-Za-z0-9'()/ -]{0,48}):\s+(?=\S)")
_SQL_CLAUSE = re.compile(
    r"(?i)(?:from|where|and|or|not|join|left|inner|on|group\s+by|order\s+by|having|limit|union"
    r"|select)\b"
)
# a line that goes on with an expression: a boolean word, a bracket, a string, a list's comma,
# or a field compared (`ProcessCommandLine has "http"`, `process.name : "mshta.exe" and`)
_GOES_ON = re.compile(
    r"(?i)(?:and|or|not|by|on|with|in|kind)\b|[,)\](\[{}\"'@]|[A-Za-z_][\w.]*\s*"
    r"(?:,|=~|!~|==|!=|=|:|>|<|has|!has|contains|!contains|in~?|!in|startswith|endswith"
    r"|matches|like|between)"
)

# YARA
# (every quantifier here meets a different character class next, so a line that fails is
# given up in linear time: `rule a : ` and thousands of blanks is no hang)
_YARA_RULE = re.compile(
    r"(?:(?:private|global) +){0,2}rule +[A-Za-z_]\w{0,127}(?: *: *\w+(?: \w+)*)?"
    r" *(?:\{ *(?:condition: *\w+ *\})?)?$"
)
# (YARA-L, Google SecOps' rule language, adds events, match, outcome and options)
_YARA_SECTION = re.compile(r"(?:meta|strings|condition|events|match|outcome|options)\s*:$")
_YARA_IMPORT = re.compile(r'(?:import|include)\s+"[^"]+"$')
_YARA_ASSIGN = re.compile(
    # (YARA-L compares an event's dotted fields: `$e.target.process.command_line = /…/ nocase`)
    r"\$?[A-Za-z_]\w*(?:\.[A-Za-z_]\w*){0,12}\s*!?=\s*(?:S|\{[0-9A-Fa-f?\s|()\[\]~-]*\}|R|-?\d+"
    r"|true|false)"
    r"(?:\s+[a-z]+(?:\([^()]*\))?)*$"
)
_YARA_EXPRESSION = re.compile(
    r"(?:[$#@!]\w*|\(|\d|not\b|all\b|any\b|none\b|for\b|filesize\b|u?int(?:8|16|32)(?:be)?\("
    r"|them\b|and\b|or\b|true\b|false\b|entrypoint\b|(?:pe|math|hash|dotnet|elf|magic|console"
    r"|time|cuckoo)\.)"
)

# Sigma (YAML): a key and perhaps its value, a list's item, a document's marks
_YAML_KEY = re.compile(r"(?:-\s+)?[A-Za-z_][\w.\-]*(?:\|[A-Za-z0-9_]+)*\s*:(?:\s+(.*))?$")
_YAML_ITEM = re.compile(r"-\s+(.*)$")
_YAML_BLOCK = re.compile(r"[|>][-+]?$")

# Suricata / Snort: one rule per line, its options in parentheses
_SURICATA = re.compile(
    r"(?:alert|drop|pass|reject|rejectsrc|rejectdst|rejectboth)\s+[a-z0-9-]+\s+\S+\s+\S+\s+"
    r"(?:->|<>)\s+\S+\s+\S+\s+\(.*\)$"
)


def _program(word: str) -> bool:
    """A word a shell would start a program or a script host by."""
    name = program_name(word.strip("\"'(").rstrip(";,"))
    return name in COMMAND_PROGRAMS or name in _RUNS_INPUT


# where a quoted string may begin, by the quote kinds found unclosed on the line so far (a
# kind left unclosed is plain text for the rest of it): `@"` is KQL's verbatim string
_OPENING = {
    frozenset(): re.compile(r"[\"']|@\""),
    frozenset('"'): re.compile(r"'"),
    frozenset("'"): re.compile(r"\"|@\""),
}
# what ends a "…" or '…' string, or escapes the character after it
_CLOSING = {'"': re.compile(r'["\\]'), "'": re.compile(r"['\\]")}


def _strings_out(line: str) -> str:
    """The line with each quoted string as the query languages write them ("…", '…' with
    backslash escapes, KQL's verbatim @"…") as one marker, S. One pass: a quote that no
    closing quote follows is left as it is, and its kind is not looked for again on the line
    (a regular expression tried again from every quote took time in the square of the line).
    The text between strings is copied a run at a time, not a character at a time (it was
    ~1 % of the slowest texts' time, each a line of a PowerShell command)."""
    out: list[str] = []
    i, n = 0, len(line)
    unclosed: frozenset[str] = frozenset()
    while i < n:
        opening = _OPENING.get(unclosed)
        m = opening.search(line, i) if opening is not None else None
        if m is None:
            break
        k = m.start()
        out.append(line[i:k])
        verbatim = line[k] == "@"
        quote = '"' if verbatim else line[k]
        if verbatim:
            j = line.find('"', k + 2)
        else:
            j, closing = k + 1, _CLOSING[quote]
            while True:
                end = closing.search(line, j)
                if end is None:
                    j = -1
                    break
                j = end.start()
                if line[j] == quote:
                    break
                j += 2  # a backslash: the character after it is escaped
        if j < 0 or j >= n:
            unclosed = unclosed | {quote}
            out.append(line[k])
            i = k + 1
            continue
        out.append("S")
        i = j + 1
    out.append(line[i:])
    return "".join(out)


def _unquoted(line: str) -> str:
    """The line with its strings, macros and regular-expression literals as plain markers."""
    line = _MACRO.sub(MACRO, line)
    line = _strings_out(line)
    return _REGEX_LITERAL.sub("R", line)


def _starts_nothing(bare: str) -> bool:
    """Outside its strings, the line holds no way to start a command whatever its first word
    is, and no pipe hands anything to a shell or a script host."""
    if _SHELL_RUNS.search(bare):
        return False
    return not any(_program(m.group(1)) for m in _PIPE_NEXT.finditer(bare))


def _stage(bare: str) -> bool:
    """`| where …`, `| stats count by host`, `| ImageFileName=/…/i`, `` | `macro` ``: a line
    that begins with a pipe and a stage of a query language."""
    if bare[1:].lstrip().startswith(MACRO):
        return True
    m = _STAGE.match(bare)
    if m is None:
        return False
    return bool(m.group(1)) or m.group(2).lower() in STAGES


def _not_a_program_first(bare: str) -> bool:
    """The word a shell would start the line by (after a subshell's or a block's bracket, a
    `!`, variables that expand to nothing) is no program, script host or cmdlet."""
    words = bare[_LEADING.match(bare).end() :].split(None, 1)  # type: ignore[union-attr]
    if not words:
        return True
    word = words[0].rstrip(";,")
    return not (_program(word) or word.lower() in _RUNNERS or _CMDLET.fullmatch(word))


def _pipe_query(lines: list[tuple[str, str]]) -> bool:
    """KQL, SPL, ES|QL, EQL, LogScale or SQL: a source that names no program, then stages after
    pipes, clauses and expressions that go on."""
    head_seen = False
    stages = 0  # a source alone is one word; a query has stages, or a keyword's own grammar
    for line, bare in lines:
        if line.startswith(("//", "#")):
            continue  # a comment in KQL and in the shells alike; LogScale's #tag filter
        if bare.startswith("|"):
            if not _stage(bare):
                return False
            head_seen, stages = True, stages + 1
            continue
        if not head_seen:
            ok = (
                _KQL_SOURCE.match(bare)
                or _KQL_HEAD.match(bare)
                or _ESQL_HEAD.match(bare)
                or _SPL_HEAD.match(line)
                or _EQL_HEAD.match(bare)
                or _SQL_HEAD.match(bare)
            )
            if not ok or not _not_a_program_first(bare):
                return False
            if _SPL_HEAD.match(line) and not _spl_terms(bare):
                return False
            head_seen = not bare.startswith("let ")
            keyword = _EQL_HEAD.match(bare) or _SQL_HEAD.match(bare) or _SPL_HEAD.match(line)
            stages += bool(keyword) + bare.count("|")
            continue
        if not (_GOES_ON.match(bare) or _SQL_CLAUSE.match(bare) or _KQL_HEAD.match(bare)):
            return False
        if not _not_a_program_first(bare):
            return False
    return head_seen and stages > 0


# a search's term before its first pipe: field=value, a comparison, a boolean, a string, a
# macro, a bracket; a bare word that is a program would run (`index=main curl …` in bash)
_SPL_TERM = re.compile(
    r"(?:[\w.:{}\-]+\s*(?:!=|<=|>=|=|<|>)\s*\S*|OR|AND|NOT|IN|[()]+|S|@M|R|\d+|[\w.*\-]+)$"
)


def _spl_terms(bare: str) -> bool:
    head = bare.split("|", 1)[0]
    return all(
        _SPL_TERM.match(word.strip("(),")) is not None and not _program(word)
        for word in head.split()
        if word.strip("(),")
    )


def _yara(lines: list[tuple[str, str]]) -> bool:
    """One or more YARA rules: imports, `rule name : tags {`, its sections, their keys and
    strings, and the condition's expressions."""
    rules = sections = 0
    for line, bare in lines:
        if line.startswith("//") or line in ("{", "}") or _YARA_IMPORT.match(line):
            continue
        if _YARA_RULE.match(bare):
            rules += 1
            continue
        if _YARA_SECTION.match(bare):
            sections += 1
            continue
        if _YARA_ASSIGN.match(bare) or (
            _YARA_EXPRESSION.match(bare) and _not_a_program_first(bare)
        ):
            continue
        return False
    return rules > 0 and sections > 0


def _sigma(lines: list[tuple[str, str]]) -> bool:
    """A Sigma rule's YAML: keys, values and list items, with a `detection:` and a
    `condition:`; a block of text under a key (`description: |`) only of sentences' words."""
    keys: set[str] = set()
    block_indent = -1
    for line, bare in lines:
        indent = len(line) - len(line.lstrip())
        if block_indent >= 0 and indent > block_indent:
            if not _not_a_program_first(bare):
                return False
            continue
        block_indent = -1
        text = line.strip()
        if text.startswith("#") or text in ("---", "..."):
            continue
        key = _YAML_KEY.match(bare.strip())
        if key is not None:
            keys.add(bare.strip().lstrip("- ").split(":", 1)[0].split("|", 1)[0])
            if key.group(1) and _YAML_BLOCK.match(key.group(1)):
                block_indent = indent
            continue
        if _YAML_ITEM.match(bare.strip()) is None:
            return False
    return {"detection", "condition"} <= keys


def is_detection_content(text: str) -> bool:
    """True when every line of the text belongs to a hunting query or a detection rule of one
    of the languages above, and nothing in it starts a command in a shell."""
    if len(text) > MAX_CHARS:
        return False
    raw = [line.rstrip() for line in islice(text.splitlines(), MAX_LINES + 1) if line.strip()]
    if raw:
        raw[0] = _unlabelled(raw[0])
    # one line is enough for a Suricata rule, a query with a stage, a SQL statement with its
    # FROM (osquery's `SELECT … FROM processes WHERE cmdline LIKE '%…%';`) or an EQL query
    single = raw and (
        _SURICATA.match(raw[0].strip())
        or "|" in raw[0]
        or _SQL_STATEMENT.match(raw[0].strip())
        or _EQL_LINE.match(_unquoted(raw[0].strip()))
    )
    if len(raw) < 2 and not single:
        return False
    if len(raw) > MAX_LINES or any(len(line) > MAX_LINE for line in raw):
        return False
    lines = []
    for line in raw:
        bare = _unquoted(line.strip())
        if not (
            _starts_nothing(bare)
            or _SURICATA.match(line.strip())
            or _let_or_statement_end(line, bare)
        ):
            return False
        lines.append((line.strip(), bare))
    if all(_SURICATA.match(line) for line, _ in lines):
        return True
    indented = [(line, _unquoted(line.strip())) for line in raw]
    return _pipe_query(lines) or _yara(lines) or _sigma(indented)


def _unlabelled(line: str) -> str:
    """The first line without a short label in front of a query's head ("Elastic rule idea:
    process where …"); as it is when no query's head follows or a label's word is a program."""
    m = _LABEL.match(line.strip())
    if m is None or any(_program(word) for word in m.group(1).split()):
        return line
    rest = line.strip()[m.end() :]
    bare = _unquoted(rest)
    head = (
        _EQL_HEAD.match(bare)
        or _KQL_SOURCE.match(bare)
        or _ESQL_HEAD.match(bare)
        or _SPL_HEAD.match(rest)
        or _SQL_HEAD.match(bare)
    )
    return rest if head else line


def _let_or_statement_end(line: str, bare: str) -> bool:
    """A statement's closing `;` (KQL's `let x = …;`, SQL's last clause), nothing after it."""
    body = bare.rstrip().removesuffix(";")
    return bare.rstrip().endswith(";") and _starts_nothing(body)
