"""What PasteGuard may keep of clipboard text: defanged, with secrets replaced by markers.

Only text of flagged verdicts is ever stored (see `app.events.Event.from_verdict`); this module
makes that text safe to store, show and forward: URLs are defanged so nothing is one click from
running, and credentials someone copied by mistake are redacted. The event store applies
`app.events.scrub_event` to every event it writes, so an event built anywhere (the warning's
choices, the tray) cannot carry a secret into the database, an export or a collector.

Matching is RE2 (linear time): the text is attacker-controlled and can be 16 KiB of anything.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, NamedTuple

import re2

from app.detection.indicators import defang

MAX_STORED_CHARS = 16 * 1024  # a flagged text is kept up to this length; the hash covers all
# Redaction looks this far past the cut, so a secret the cut would split is still recognised.
_LOOKAHEAD = 1024

# A secret value: quoted (spaces allowed), or a run up to a separator. The first character is
# never "[" so that a marker is not redacted again (redact(redact(x)) == redact(x)).
_VALUE = r"(?:\"[^\"\n]{1,300}\"|'[^'\n]{1,300}'|[^\s'\"&;|<>\[\]`][^\s'\"&;|<>`]{0,300})"
_FLAG_VALUE = r"(?:\"[^\"\n]{1,300}\"|'[^'\n]{1,300}'|[^\s'\"&;|<>\[\]`\-][^\s'\"&;|<>`]{0,300})"
# Names whose value is a secret: password, PGPASSWORD, db_pass, GITHUB_TOKEN, client_secret …
_SECRET_NAME = (
    r"(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_\-]?key|access[_\-]?key|"
    r"private[_\-]?key|credentials?|sharedaccesskey|accountkey|auth[_\-]?key|session[_\-]?key)"
)
_URL_PARAM = (
    r"(?:[a-z0-9_\-.]{0,30}(?:token|secret|passw(?:or)?d|api[_\-]?key|signature|credential)"
    r"[a-z0-9_\-.]{0,30}|code|key|sig|pass|pwd|auth|session|sessionid|sid|jwt|otp|ticket)"
)

# A pattern's group named "secret" becomes [REDACTED:<kind>] and the rest of the match stays
# (the "password=" of "password=hunter2", the user of "curl -u user:pw"); without such a
# group the whole match is the secret.
# Specific forms come first; the generic name=value forms last.
_SECRET_PATTERNS: dict[str, str] = {
    # a key cut off by the length cap (no END line) is redacted to the end of the text
    "private-key": r"(?P<secret>-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?"
    r"(?:-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----|\z))",
    # scheme://user:SECRET@host, and the user:SECRET@ a finding quotes without its scheme
    # (unbounded runs: {0,200} on both sides made RE2's DFA run out of memory on text full of
    # word boundaries, and its fallback took seconds a megabyte in the guard's event path)
    "url-password": r"(?:://|\b)[^\s/:@'\"]*:(?P<secret>[^\s/@'\"\[][^\s/@'\"]*)@",
    "jwt": r"\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}",
    "aws-key": r"\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b",
    "aws-secret": r"(?i)aws_secret_access_key\s{0,4}[=:]\s{0,4}['\"]?"
    r"(?P<secret>[A-Za-z0-9/+=]{40})",
    "github-token": r"\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b",
    "gitlab-token": r"\bglpat-[A-Za-z0-9_\-]{20,}",
    "slack-token": r"\bxox[abposr]-[A-Za-z0-9\-]{10,}",
    "slack-webhook": r"hooks\.slack\.com/services/(?P<secret>[A-Za-z0-9/]{20,})",
    "discord-token": r"\b[MNO][A-Za-z\d_\-]{23,27}\.[A-Za-z\d_\-]{6}\.[A-Za-z\d_\-]{27,40}\b",
    "discord-webhook": r"discord(?:app)?\.com/api/webhooks/\d{5,30}/"
    r"(?P<secret>[A-Za-z0-9_\-]{20,})",
    "google-api-key": r"\bAIza[0-9A-Za-z_\-]{35}\b",
    "stripe-key": r"\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}",
    "openai-key": r"\bsk-(?:proj-)?[A-Za-z0-9_\-]{20,}",
    "azure-key": r"(?i)accountkey=(?P<secret>[A-Za-z0-9/+=]{40,100})",
    # Authorization: Bearer …, Basic …, token …; X-Api-Key: …; a bearer token anywhere
    "authorization": r"(?i)\bauthorization\s{0,4}[:=]\s{0,4}"
    r"(?:(?:bearer|basic|token|digest|negotiate|ntlm|apikey|sso-key)\s{1,4})?"
    rf"(?P<secret>{_VALUE})",
    "bearer-token": r"(?i)\bbearer\s{1,4}(?P<secret>[A-Za-z0-9\-._~+/]{4,}=*)",
    "api-key-header": r"(?i)\bx-[a-z0-9\-]{0,40}(?:key|token|secret|auth)[a-z0-9\-]{0,40}"
    rf"\s{{0,4}}:\s{{0,4}}(?P<secret>{_VALUE})",
    # mysql -pSECRET (the password is glued to -p; "-p db" prompts, "-P" is the port)
    "mysql-password": r"(?i:\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlcheck|mysqlsh|"
    r"mariadb|mariadb-dump))(?:\.exe)?\b[^\n|;&]{0,300}?\s-p(?P<secret>'[^'\n]{1,300}'|"
    r"\"[^\"\n]{1,300}\"|[^\s'\"][^\s'\"]{0,300})",
    "sshpass": r"(?i:\bsshpass)\b[^\n|;&]{0,200}?\s-p\s{0,4}(?P<secret>" + _VALUE + ")",
    # net user NAME PASSWORD [/add]; "net user NAME *" prompts, "/..." are switches
    "net-user": r"(?i)\bnet1?(?:\.exe)?\s{1,8}user\s{1,8}(?:\"[^\"\n]{1,100}\"|[^\s\"/]{1,100})"
    r"\s{1,8}(?P<secret>\"[^\"\n]{1,300}\"|'[^'\n]{1,300}'|[^\s/*\"'\[][^\s]{0,300})",
    "securestring": r"(?i)\bconvertto-securestring\s{1,8}"
    r"(?:-(?:asplaintext|force|string)(?::\$true)?\s{1,8}){0,3}"
    r"(?P<secret>'[^'\n]{0,300}'|\"[^\"\n]{0,300}\"|[^\s\-'\"|;)\[][^\s|;)]{0,300})",
    # curl -u user:SECRET, --user user:SECRET, -U (proxy) …
    "basic-auth": r"(?i:\b(?:curl|wget|http|https|httpie|xh)(?:\.exe)?)\b[^\n|;&]{0,400}?"
    r"\s(?:-u|-U|--user|--proxy-user|--http-user)(?:\s{1,4}|=)?['\"]?[^\s:'\"]{0,100}:"
    r"(?P<secret>[^\s'\"@\[][^\s'\"]{0,300})",
    # --password SECRET, --db-password=SECRET, -Password SECRET, /password:SECRET, --token …
    "password-argument": r"(?i)(?:^|[\s\"'(])(?:--?|/)[a-z0-9_\-]{0,30}"
    r"(?:pass(?:word|wd|phrase)?|pwd|secret|token|api-?key|credentials?)[a-z0-9_\-]{0,30}"
    rf"(?:\s{{1,4}}|=|:)(?P<secret>{_FLAG_VALUE})",
    # ?token=…, &access_token=…, ;sig=… in URLs and query strings
    "url-parameter": rf"(?i)[?&;#]{_URL_PARAM}=(?P<secret>[^&#;\s'\"\[][^&#;\s'\"]*)",
    # Password: …, PGPASSWORD=…, $env:GITHUB_TOKEN = '…', "client_secret": "…", Pwd=…; (conn str)
    "password-assignment": rf"(?i)[A-Za-z0-9_.\-]{{0,40}}{_SECRET_NAME}[A-Za-z0-9_.\-]{{0,40}}"
    rf"[\"']?\s{{0,4}}[:=]\s{{0,4}}(?P<secret>{_VALUE})",
}
_AUTH_SCHEMES = frozenset({"bearer", "basic", "token", "digest", "negotiate", "ntlm", "apikey"})


def _screens(size: int, max_mem: int) -> list[Any]:
    """The patterns joined `size` at a time into alternations without groups: a text none of
    them finds anything in holds nothing to redact.

    Seven at a time with a 32 MiB budget each (used only as far as a text needs) keeps RE2 on
    its fast DFA even for 16 KiB of hostile text (random, repeated `password=`, `curl -u a:`,
    private-key headers); nine or more, or the default 8 MiB, run out of it on such text, and
    RE2 then falls back to its slower (still linear) engine."""
    options = re2.Options()
    options.max_mem = max_mem
    plain = [p.replace("(?P<secret>", "(?:") for p in _SECRET_PATTERNS.values()]
    return [
        re2.compile("|".join(f"(?:{p})" for p in plain[i : i + size]), options)
        for i in range(0, len(plain), size)
    ]


# WORKAROUND: the binding's `search` runs a generator and builds a Match for each call, most
# of the ~1.5 us a screen costs on an event's few hundred bytes (four screens were half of
# scrubbing an event before the store writes it). The compiled RE2 is called directly when the
# binding exposes it, as app/detection/windows.py does; otherwise through `search`.
_ANCHOR: Any = getattr(re2, "_Anchor", None)
_UNANCHORED = None if _ANCHOR is None else _ANCHOR.UNANCHORED


class _Screening(NamedTuple):
    # Most texts hold no secret, and 26 substitutions one after the other cost about 0.1 ms
    # per field: the largest part of writing an event. Four linear scans tell such texts
    # apart first.
    screens: list[Any]
    matchers: list[Any] | None  # the screens' compiled RE2, when the binding exposes it


@functools.cache
def _screening() -> _Screening:
    """The screens, compiled when first needed (~75 ms of CPU, ~7 MB): not when the module is
    imported, which the guard does before it is ready (its first event, `started`, quotes
    no text and needs none) and every command that opens the event store does. The guard
    compiles them on a thread once it is ready (`warm`): every event it stores is screened."""
    screens = _screens(7, 32 << 20)
    matchers = [getattr(s, "_regexp", None) for s in screens]
    direct = None if _UNANCHORED is None or any(m is None for m in matchers) else matchers
    return _Screening(screens, direct)


@functools.cache
def _secret_patterns() -> list[tuple[str, Any]]:
    """(kind, pattern), in the order they are applied; compiled (~50 ms of CPU, ~4 MB) only
    when a screen first finds something: a guard whose events quote no secret never needs them,
    and the one that does waits for them once, on the thread that writes the event."""
    return [(kind, re2.compile(pattern)) for kind, pattern in _SECRET_PATTERNS.items()]


def warm() -> None:
    """Compile the screens now, so the first event written does not wait for them."""
    _screening()


def __getattr__(name: str) -> Any:
    """`_SECRETS`, `_SCREENS` and `_SCREEN_MATCHERS` as before (the tests read them)."""
    if name == "_SECRETS":
        return _secret_patterns()
    field = {"_SCREENS": 0, "_SCREEN_MATCHERS": 1}.get(name)
    if field is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _screening()[field]


def may_hold_secret(*texts: str) -> bool:
    """False when no pattern matches in any of `texts`: `redact` would return each unchanged.

    The texts are scanned joined by newlines. A pattern that matches in one of them matches
    in the joined text too (a newline before or after it is what the start or end of a text
    is to the patterns: not a word character, a space), so False is exact; True may also
    come from a match across two texts, which only costs the full redaction.
    """
    if not any(texts):  # only empty texts (a `started` event): every pattern needs characters
        return False
    # as UTF-8 bytes: RE2 reads those, and the binding has no offsets to convert back
    try:
        joined = "\n".join(texts).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate in one of them: U+FFFD, as the store has it
        joined = "\n".join(_encodable(t) for t in texts).encode("utf-8")
    compiled = _screening()
    if compiled.matchers is None:  # pragma: no cover - a binding without `_regexp`
        return any(screen.search(joined) is not None for screen in compiled.screens)
    end = len(joined)
    return any(m.Match(_UNANCHORED, joined, 0, end)[0][0] >= 0 for m in compiled.matchers)


def _redact_with(kind: str, pattern: Any, text: str) -> str:
    marker = f"[REDACTED:{kind}]"
    group = pattern.groupindex.get("secret", 0)  # re2's start/end take group numbers only

    def replace_secret(match: Any) -> str:
        whole: str = match.group(0)
        start = match.start(group) - match.start()
        end = match.end(group) - match.start()
        if whole[start:end].lower() in _AUTH_SCHEMES:  # "Bearer [REDACTED:…]" again: done
            return whole
        return whole[:start] + marker + whole[end:]

    out: str = pattern.sub(replace_secret, text)
    return out


def _encodable(text: str) -> str:
    """`text` as RE2 (UTF-8) takes it: lone surrogates (clipboards can hold them) become U+FFFD,
    as the store writes them anyway."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def redact(text: str, known: Sequence[str] = ()) -> str:
    """Replace credentials with [REDACTED:kind].

    `known` are secrets found in the whole original (`secrets_in`): a finding's evidence or a
    summary quotes a piece of it, often without the "--password" or "sshpass" that gave the
    secret away, sometimes cut in the middle of it ("…2222' scp").
    """
    text = _encodable(text)
    if may_hold_secret(text):
        for kind, pattern in _secret_patterns():
            text = _redact_with(kind, pattern, text)
    for secret in known:
        text = _redact_known(secret, text)
    return text


def redact_optional(text: str | None, known: Sequence[str] = ()) -> str | None:
    return None if text is None else redact(text, known)


MAX_SECRET_SEARCH = 256 * 1024  # `secrets_in` looks this far into a text
_MIN_KNOWN = 4  # shorter values ("abc") are too common to replace wherever they appear
_CUT = "…"  # how an evidence snippet marks where it was cut


def secrets_in(text: str) -> tuple[str, ...]:
    """Every credential value the patterns recognise in `text` (without surrounding quotes)."""
    text = _encodable(text[:MAX_SECRET_SEARCH])
    found: dict[str, None] = {}
    if not may_hold_secret(text):
        return ()
    for _kind, pattern in _secret_patterns():
        group = pattern.groupindex.get("secret", 0)
        for match in pattern.finditer(text):
            value = match.group(group).strip("'\"")
            if len(value) >= _MIN_KNOWN and value.lower() not in _AUTH_SCHEMES:
                found[value] = None
    return tuple(found)


def _redact_known(secret: str, text: str) -> str:
    marker = "[REDACTED]"
    for form in dict.fromkeys((secret, defang(secret))):  # evidence arrives defanged
        text = text.replace(form, marker)
        # a snippet cut inside the secret: "…2222' scp" or "sshpass -p 'a222…"
        for size in range(len(form) - 1, _MIN_KNOWN - 1, -1):
            if text.startswith(_CUT + form[-size:]):
                text = _CUT + marker + text[1 + size :]
                break
        for size in range(len(form) - 1, _MIN_KNOWN - 1, -1):
            if text.endswith(form[:size] + _CUT):
                text = text[: len(text) - size - 1] + marker + _CUT
                break
    return text


def safe_text(text: str, known: Sequence[str] = ()) -> str:
    """The form in which flagged text may be stored, shown or forwarded."""
    out = redact(text[: MAX_STORED_CHARS + _LOOKAHEAD])[:MAX_STORED_CHARS]
    out = defang(out)
    for secret in known:
        out = _redact_known(secret, out)
    if len(text) > MAX_STORED_CHARS:
        out += f" [… {len(text) - MAX_STORED_CHARS} more characters not stored]"
    return out
