"""Signals: checks that need more than a pattern (structure, URLs, trust), registered by name.

Rule files refer to them with `signal: <name>`; the rule gives the words and the weight, the
signal gives the evidence. A signal returns the evidence it found, or an empty list.
"""

from __future__ import annotations

import functools
import itertools
import re
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

import re2

from app.detection import claimwords
from app.detection.analysis import Analysis
from app.detection.indicators import ParsedURL, find_phone_numbers, parse_ip
from app.detection.interpret.names import load_names
from app.detection.occurs import occurs
from app.detection.provenance import (
    download_shop_word,
    fix_shop_word,
    registrable_domain,
    storage_name,
)
from app.detection.trust import Trust
from app.detection.unicode_fold import (
    fold,
    invisible_characters,
    language_word,
    mixed_script_words,
)

Signal = Callable[[Analysis], list[str]]
DEEP = 64 * 1024  # signals look at as much text as the engine decodes
_UNICODE_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")  # one class: linear
SIGNALS: dict[str, Signal] = {}
# What a signal cannot find anything without, by name (see `needs_present`): the engine does
# not call a signal whose need the text lacks, because the signal itself would return [] at
# once. A need must follow from the signal's own code; its code stays correct without it.
NEEDS: dict[str, str] = {}
NEVER = "never"  # filled in by the engine itself (the installer check, the paste context)
URLS = "urls"  # it only looks at the URLs the text fetches or names
URLS_OR_UNC = "urls-or-unc"  # at those or at its network paths
NON_ASCII = "non-ascii"  # it only looks at characters beyond ASCII
BEHAVIOURS = "behaviours"  # it only reports what the interpreters found the commands do


def needs_present(a: Analysis) -> dict[str, bool]:
    """Which needs this analysis meets; "" (no need) always."""
    return {
        "": True,
        NEVER: False,
        URLS: bool(a.urls),
        URLS_OR_UNC: bool(a.urls or a.unc_paths),
        NON_ASCII: not a.deep.isascii(),
        BEHAVIOURS: bool(a.behaviours),
    }


def signal(name: str, needs: str = "") -> Callable[[Signal], Signal]:
    def register(fn: Signal) -> Signal:
        SIGNALS[name] = fn
        NEEDS[name] = needs
        return fn

    return register


# Programs whose presence makes a text a command rather than prose.
COMMAND_PROGRAMS = frozenset(
    [
        "powershell",
        "pwsh",
        "cmd",
        "conhost",
        "mshta",
        "msiexec",
        "rundll32",
        "regsvr32",
        "certutil",
        "bitsadmin",
        "finger",
        "nslookup",
        "wscript",
        "cscript",
        "curl",
        "wget",
        "bash",
        "sh",
        "zsh",
        "dash",
        "ksh",
        "osascript",
        "python",
        "python3",
        "perl",
        "ruby",
        "node",
        "php",
        "nc",
        "ncat",
        "netcat",
        "socat",
        "pcalua",
        "forfiles",
        "wmic",
        "schtasks",
        "reg",
        "net",
        "explorer",
        "start",
        "iex",
        "invoke-expression",
        "invoke-webrequest",
        "invoke-restmethod",
        "iwr",
        "irm",
        "start-process",
        "chmod",
        "xattr",
        "base64",
        "sudo",
        "dscl",
        "security",
        "launchctl",
        "crontab",
        "nohup",
        "openssl",
        "tar",
        "unzip",
        "expand",
        "cmstp",
        "odbcconf",
        "installutil",
        "regasm",
        "regsvcs",
        "msbuild",
        "hh",
        "control",
        "bash.exe",
        "sc",
    ]
)

_SPACES = r"[\x{00a0}\x{1680}\x{2000}-\x{200a}\x{202f}\x{205f}\x{3000}]"
_PADDING = re2.compile(r"\S[ \t]{12,}\S|\S[ \t]{0,4}(?:" + _SPACES + r"[ \t]{0,4}){3,}\S")
_LURE_WORDS = re2.compile(
    r"(?i)not\s+a\s+r[o0]b[o0]t|\bi'?\s*a?m\s+(?:a\s+)?human|human\s+(?:verif|valid|check|id)"
    r"|\bcaptcha|\bverif(?:y|ied|ication)\b[^\n]{0,40}\b(?:human|robot|press)"
    # a verification token named as one ("Verification ID: 4471", "verify code 88231", "Verified
    # - session hash"), not an instruction to check a file ("verify the SHA256 hash before
    # running it", "verify the code doesn't crash": an install guide's or a test's comment)
    r"|\bverif(?:y|ied|ication)\b[ \t]*[:#-]?[ \t]*(?:(?:session|ray|request|ticket|access|"
    r"security|unique|your|captcha|check|challenge|client|device|user|human)[ \t]+)?"
    r"(?:id|code|hash|uid)\b"
    # ...or further on with its number ("Verified secure download ID 29481")
    r"|\bverif(?:y|ied|ication)\b[^\n]{0,40}\b(?:id|code|hash|uid)\b[ \t]*[:#=]?[ \t]*#?\d"
    r"|\bray\s+id|cloudflare|anti-?(?:bot|robot)"
    r"|\bpress\s+(?:enter|ok)\b|\bbot\s*check|\bidentificat(?:or|ion)\b|\bvalidation\s+(?:id|code)"
    r"|\bverification\s+(?:complete|successful|passed|done|succeeded)|\byou\s+are\s+(?:verified|human)"
    r"|✅|✔|☑|🔒|🛡|"
    + "|".join(
        # "I am not a robot" in the languages of the scam texts (41-scam-calls.yaml)
        [
            r"kein(?:\s+|e[rn]?\s+)roboter",
            r"pas\s+un\s+robot",
            r"no\s+soy\s+un\s+robot",
            r"non\s+sono\s+un\s+robot",
            r"n[aã]o\s+sou\s+um\s+rob[oô]",
            r"geen\s+robot",
            r"nie\s+jestem\s+robotem",
            r"robot\s+de[gğ]il",
            r"не\s+робот",
            r"ロボットではありません",
            r"不是机器人",
            r"不是機器人",
            r"لست\s+روبوت",
        ]
    )
)
# The verification wording that makes a tail after a bare web address a lure: stricter than
# _LURE_WORDS, because notes after links in a list of bookmarks are common.
_URL_TAIL_WORDS = re2.compile(
    r"(?i)not\s+a\s+r[o0]b[o0]t|\bi'?\s*a?m\s+(?:a\s+)?human|verify\s+(?:that\s+)?you(?:'re|\s+are)"
    r"\s+(?:a\s+)?human|human\s+(?:verification|check|validation)|(?:verification|captcha|"
    r"recaptcha|cloudflare|ray|human|validation)\s*(?:id|code|uid|hash|token)\b|[✅✔☑✓][^\n]{0,60}"
    r"(?:robot|human|captcha|verification\s+(?:id|code))"
    # "Confirm you are human", "prove you're not a robot", "I'm not a bot"
    r"|\b(?:confirm|verify|prove|show|check)(?:ing)?\s+(?:that\s+)?you(?:'re|\s+are)\s+(?:a\s+)?"
    r"(?:human|real|not\s+a\s+(?:ro)?bot)\b|\bi'?\s*a?m\s+not\s+a\s+bot\b"
    r"|kein(?:\s+|e[rn]?\s+)roboter|pas\s+un\s+robot|no\s+soy\s+un\s+robot"
    r"|non\s+sono\s+un\s+robot|n[aã]o\s+sou\s+um\s+rob[oô]|geen\s+robot|nie\s+jestem\s+robotem"
    r"|robot\s+de[gğ]il|не\s+робот|ロボットではありません|不是机器人|不是機器人|لست\s+روبوت"
    # a check said to be passed ("reCAPTCHA verification complete ID 4471", "Verifizierung
    # abgeschlossen"), and a brand's "fix" with a ticket number ("Google Meet microphone fix ID
    # 7714"): a bookmark's note names what the link is, not a check or a fix it claims done
    r"|\b(?:verification|verify|human\s+check|bot\s+check)\b[^\n]{0,30}"
    r"\b(?:complete[ds]?|passed|successful|succeeded|success|confirmed)\b"
    r"|(?:verifizierung|[uü]berpr[uü]fung|v[ée]rification|verificaci[oó]n|verifica|verifica[cç][aã]o|"
    r"verificatie|weryfikacja|do[gğ]rulama|проверка)\s+(?:abgeschlossen|erfolgreich|termin[ée]e|"
    r"r[ée]ussie|completada|exitosa|completata|riuscita|conclu[ií]da|voltooid|geslaagd|"
    r"zako[nń]czona|tamamland[ıi]|пройдена|завершена)"
    r"|\b(?:fix|repair|patch|hotfix)\b[^\n]{0,20}\b(?:id|ref|code)\b[ \t]*[:#=]?[ \t]*#?\d{3,}"
)
# A text that starts with a web address, a network path or another locator the Run box opens.
_LOCATOR_HEAD = re2.compile(
    r"(?i)^\s*[\"']?(?:(?:https?|ftps?|file|search-ms|ms-[a-z-]{2,30}):(?://|\\\\)?|\\\\[A-Za-z0-9.\-@]{1,255}\\)"
    r"[^\s\"']*[\"']?"
)
# what _LOCATOR_HEAD's locator starts with, after a quote (RE2's (?i) takes 'ſ' for an 's')
_LOCATOR_FIRST = frozenset("hHfFsSmM\\\u017f")
# an address whose file is a script or installer Windows runs when it opens it
_SCRIPT_FILE = re2.compile(
    r"(?i)\.(?:ps1|psm1|hta|vbs|vbe|js|jse|wsf|bat|cmd|msi|scr|lnk)(?:[?#]\S*)?[\"']?$"
)
# a comment mark (cmd's, VBScript's ', a command's end ; or & rem), a run of blanks, or a check
# mark written straight after the address
_TAIL_MARK = re2.compile(r"(?i)^(?:\s{0,200}(?:#|::|rem\b|//|'|;|&\s{0,4}rem\b|[✅✔☑✓])|\s{8,})")
_FAKE_PATH = re2.compile(
    r"#\s*(?:[A-Za-z]:\\|\\\\|/(?:Users|home|Volumes)/|~/)[^\n]{0,200}\.(?:docx?|xlsx?|pdf|pptx?|txt|csv|zip|png|jpe?g)\b"
    r"|#\s*[A-Za-z]:\\[^\n]{0,200}\\"
)
_SCAM_BRANDS = re2.compile(
    r"(?i)\b(?:microsoft|windows|apple|icloud|defender|mcafee|norton|avast|paypal|amazon|geek\s*squad|"
    r"google|facebook|meta|netflix|coinbase|binance|bank)\b"
    # …with the short case ending a Latin-letter language adds (Nortona, Microsoftu, Microsoftin,
    # Microsofttól): the name and a few letters, never a longer word (not applet)
    r"|\b(?:microsoft|windows|icloud|mcafee|norton|avast|paypal|amazon|google|facebook|"
    r"netflix|coinbase|binance)(?:a|u|e|y|i|om|em|ou|owi|ovi|ie|in|iin|ista|ilta|ille|n|ot|tol|"
    r"nal|nak|hoz|ra|rol|on)\b|\b(?:microsoft|norton|mcafee|avast|paypal|amazon|google)"
    r"(?:tól|nál|ról|ltä|ům)|\bapple(?:n|a|u|em|ovi|ille|lta|ista)\b"
)
_SCAM_WORDS = re2.compile(
    r"(?i)\b(?:virus(?:es)?|infected|infection|malware|spyware|trojan|hack(?:ed|er|ers)|"
    r"compromised|suspended|blocked|locked|unauthori[sz]ed|pornographic|illegal|"
    r"do\s+not\s+(?:shut|turn|restart|close)|call\s+(?:now|immediately|us|support|toll)|"
    r"security\s+(?:alert|warning|breach)|error\s+(?:code|#)|data\s+(?:theft|breach)|"
    r"identity\s+theft|suspicious\s+activity|will\s+be\s+(?:deleted|lost|locked|blocked)|"
    r"certified\s+technician|refund|auto-?renew(?:al|ed)?|did\s+not\s+authori[sz]e|"
    r"has\s+been\s+charged|(?:order|payment)\s+of\s+\$|"
    # the same alarms in Spanish, French, German, Portuguese and Italian
    r"infectad[oa]|infect[ée]e?|infiziert|infetto|alerta|alerte|warnung|bloquead[oa]|bloqu[ée]e?|"
    r"gesperrt|bloccato|llame|appelez|rufen\s+sie|chiami|ligue|no\s+apague|n'[ée]teignez)"
)
# the brands in the scripts that do not write them in Latin letters
_SCAM_BRANDS_SCRIPTS = re2.compile(
    r"マイクロソフト|微软|微軟|майкрософт|Майкрософт|مايكروسوفت|مائیکروسافٹ|مایکروسافت|"
    r"माइक्रोसॉफ्ट|মাইক্রোসফট|மைக்ரோசாஃப்ட்|ไมโครซอฟท์|마이크로소프트|ウィンドウズ|윈도우"
)
# the word for malware as languages borrow it (inside longer words too: virusinfeksie, vīrusa)
_MALWARE_ANY = re2.compile(
    r"(?i)v[iíī]r[uūüú]s|viirus|wirus|вирус|вірус|ভাইরাস|वायरस|வைரஸ்|వైరస్|ವೈರಸ್|വൈറസ്|وائرس|"
    r"ویروس|فيروس|ไวรัส|바이러스|ウイルス|ウィルス|病毒|malware|trojan|spyware|ransomware|троян"
)
# a headline that raises the alarm: a capitalised word (or up to four) before ':' or '!' at the
# start of a line, or, in scripts without capitals, a short first word followed by '!'
_ALARM_HEADLINE = re2.compile(r"(?m)^\s*(?:\p{Lu}{4,}(?:\s+\p{Lu}{2,}){0,3}\s*[:!]|\S{3,25}\s*!)")
# ...but not the headlines of news, notes and release notes
_CALM_HEADLINE = re2.compile(
    r"(?im)^\s*(?:news|note|notes|update|updates|tip|tips|faq|info|fyi|hint|summary|release|changelog)\s*[:!]"
)
# ("never call the number", not a notice's own "we would never call to ask for your PIN")
_ABOUT_SCAMS = re2.compile(
    r"(?i)\bscam|\bfraud|\bbeware\b|\bnever\s+call\s+(?:the|a|an|any|that|this|such|numbers?|them|it|back|unknown)\b|"
    r"\bfake\b|\bphishing\b"
)
# A bank's or a company's own notice says what it will never ask for, or sends you to the number
# on your card: a scam's script has every reason not to ("we will never ask for your PIN or ask
# you to move money"; "call the number on the back of your card")
_OWN_ROUTE = re2.compile(r"(?i)\bnumber\s+(?:on|printed\s+on)\s+the\s+back\s+of\s+your\s+card")
# ...but the promise is a sentence a scammer copies for free: it clears only a notice with no
# push to call (a clock, a threat, "call now", or money with "if this was not you")
_NEVER_ASK = re2.compile(
    r"(?i)(?:\b(?:would|does|do|shall)|ll)\s+never\s+(?:ask|call|request|text|e-?mail)\b"
)
_CALL_PUSH = re2.compile(
    r"(?i)\b(?:immediately|urgent(?:ly)?|right\s+away|asap|as\s+soon\s+as\s+possible|without\s+delay|"
    r"within\s+(?:the\s+next\s+)?\d+\s+(?:minutes?|mins?|hours?|hrs?)|call\s+(?:us\s+)?now|"
    r"or\s+(?:your|you\s+will)|to\s+(?:avoid|prevent|unlock|restore|reactivate|cancel|dispute|reverse|"
    r"remove|secure|protect)|(?:will|may)\s+be\s+(?:lost|deleted|suspended|closed|charged|debited))\b"
)
_NOT_YOU = re2.compile(
    r"(?i)\bif\s+(?:this|that|it)\s+(?:is|was)\s*(?:not|n.?t)\s+you|\bnot\s+you\s*\?|"
    r"\bif\s+you\s+(?:did\s+not|didn.?t|do\s+not|don.?t)\s+(?:authori[sz]e|make|recogni[sz]e|request)"
)
_MONEY = re2.compile(
    r"(?i)[$€£¥₹]\s?\d|\b(?:usd|eur|gbp|cad|aud|chf|inr)\s?\d|\d\s?(?:€|\$|usd\b|eur\b|gbp\b|dollars?\b|euros?\b)"
)


def genuine_notice(text: str) -> bool:
    """A company's own notice: it sends you to the number on your card, or promises what it
    will never ask for and pushes nobody to call (an amount with "if this was not you", a clock,
    a threat or "call now" is a scam's push, promise or not)."""
    if _OWN_ROUTE.search(text):
        return True
    if not _NEVER_ASK.search(text) or _CALL_PUSH.search(text):
        return False
    return not (_MONEY.search(text) and _NOT_YOU.search(text))


_ECHO = re2.compile(r"(?i)\becho\b([^\n&|]{0,300})")
_OAUTH_CODE = re2.compile(r"(?i)(?:^|[?&#])code=[^&\s]{8,}")
_URL_LURE = re2.compile(
    r"(?i)verif|captcha|human|robot|fix-?error|cloudflare|validat|check-?in|update-?(?:driver|browser)"
)
_LOCALHOST = frozenset({"localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0"})


def on_private_network(url: ParsedURL) -> bool:
    """An address of a private network (RFC 1918: 10/8, 172.16/12, 192.168/16) written as the
    dotted quad it is: a router, a NAS, a cluster's service, a lab machine of the user's own
    network, which no server on the internet can answer for (the internet does not route these
    addresses), so it is no stranger's server hiding behind a number, and such devices have no
    public name or certificate to offer. Never one written in disguise (one number, hex,
    octal: PG-OBFUSCATED-IP), a name that starts with such digits, or the documentation and
    public ranges."""
    if not url.ip or url.obfuscated_ip:
        return False
    return private_dotted_quad(url.host)


def private_dotted_quad(host: str) -> bool:
    """`host` is an RFC 1918 address written as a dotted quad (10.20.1.15, 192.168.1.42): a
    computer of a private network, which the internet does not route to."""
    parts = host.split(".")
    if len(parts) != 4 or not all(p.isdigit() and len(p) <= 3 for p in parts):
        return False
    first, second = int(parts[0]), int(parts[1])
    return first == 10 or (first == 172 and 16 <= second <= 31) or (first == 192 and second == 168)


# The rule tags that signals read (command_like, _fetches, the remote-exec checks below). The
# engine runs the signals whose rules give one of them before every other signal, and these read
# none themselves: what a signal sees never depends on where a rule sits in the rule files.
TAGS_SIGNALS_READ = frozenset({"download", "remote-exec", "execute"})


def command_like(a: Analysis) -> bool:
    return bool(a.programs & COMMAND_PROGRAMS) or bool(a.tags & {"execute", "download"})


# In ASCII text only _PADDING's first way can match: twelve blanks in a row
_BLANK_RUN = re.compile(r"[ \t]{12}")


def _blank_run(text: str) -> bool:
    """Whether _BLANK_RUN occurs in text (without a tab, it is twelve spaces: no regex scan)."""
    if "\t" in text:
        return _BLANK_RUN.search(text) is not None
    return " " * 12 in text


def _paddings(text: str) -> Iterator[Any]:
    """_PADDING's matches in text (at most 64), none looked for where none can be."""
    if text.isascii() and not _blank_run(text):
        return iter(())
    return itertools.islice(_PADDING.finditer(text), 64)


_ECHO_TAIL = re.compile(r"(?i)\becho\b([^\n&|]{0,300})")


def _lines_after_padding(text: str) -> list[str]:
    found = _paddings(text[:DEEP])
    return [text[m.end() - 1 : m.end() + 300].split("\n", 1)[0] for m in found]


_LAYOUT_LINES = 12  # lines of a text whose padding is layout (past its first line)
_LAYOUT_SPAN = 4096  # where those lines are counted


@signal("padding")
def padding(a: Analysis) -> list[str]:
    """Blank space that pushes the real command out of the visible part of a box."""
    if not command_like(a) and url_with_tail(a) is None:
        return []
    out = []
    text = a.deep[:DEEP]
    # a box shows one line, and the padding pushes that line's end out of view; in a text of
    # many lines (a source file, a log, a table) aligned columns and comments are its layout
    # (CPython's subprocess.py, turtle.py): only the first line of such a text is what a box
    # would show
    layout = text.count("\n", 0, _LAYOUT_SPAN) + 1 >= _LAYOUT_LINES
    first = len(text) - len(text.lstrip())
    for m in _paddings(text):
        if layout and text.count("\n", first, m.start()):
            continue
        run = m.group(0)[1:-1]
        tail = a.deep[m.end() - 1 : m.end() + 40].split("\n", 1)[0]
        if tail.startswith(("#", "REM", "rem", "::", "'", '"', "-")) or len(run) >= 30:
            label = "Unicode spaces" if any(ord(c) > 127 for c in run) else "spaces"
            out.append(f"{len(run)} {label} before: {tail}")
            break
    return out


@signal("unicode-spaces-in-command", needs=NON_ASCII)
def unicode_spaces(a: Analysis) -> list[str]:
    if not command_like(a) or a.deep.isascii():
        return []
    count = len(_UNICODE_SPACE.findall(a.deep[:DEEP]))
    return [f"{count} non-standard space characters"] if count >= 3 else []


# Commands that let someone in without a download-and-run (a forge account's keys made login
# keys, a package source added): their tail is a command's tail too
_HANDS_OVER = re2.compile(
    r"(?i)\bssh-import-id(?:-gh|-lp)?\b|authorized_keys|\b(?:dnf|yum)(?:-config-manager|\s+config-manager)\b|"
    r"\bzypper\s+(?:ar|addrepo)\b|\bflatpak\s+remote-add\b|/etc/apt/sources\.list|\badd-apt-repository\b"
)


@signal("lure-tail")
def lure_tail(a: Analysis) -> list[str]:
    """A fake 'I am not a robot' / verification text after a comment, REM, :: or echo."""
    if not command_like(a) and not occurs(_HANDS_OVER, a.raw[:65536]):
        return []  # only a command's tail is a lure tail: no text to fold and search
    candidates = list(a.structure.comments)
    folded = a.folded
    head = folded[:65536]
    # in ASCII text (?i) is plain case folding: without "echo" in it lower-cased, no match
    if not head.isascii() or "echo" in head.lower():
        for m in _ECHO_TAIL.finditer(head):
            candidates.append(m.group(1))
    candidates.extend(_lines_after_padding(folded))
    if not candidates:
        return []  # most commands: nothing after a comment, an echo or padding to read
    # a checksum or signature check in the text: its "verification successful" is that check's
    checksum = occurs(_CHECKSUM_TOOL, head)
    for text in candidates[:64]:
        # words shown to a person, not an address or a file path in the tail (an apt source
        # line echoed into a file names pkg.cloudflare.com and cloudflare-main.gpg)
        shown = _ADDRESS_OR_PATH.sub(" ", text)
        if checksum:
            shown = _CHECKSUM_WORDS.sub(" ", shown)
        if _LURE_WORDS.search(fold(shown)) or _LURE_WORDS.search(shown):
            if _checksum_note(a.raw[:65536], text):
                continue
            return [text.strip()[:160]]
    return []


# a program that checks a download's checksum or signature, and what it prints when it passes
_CHECKSUM_TOOL = re2.compile(
    r"(?i)\b(?:sha(?:1|224|256|384|512)sum|shasum|md5sum|b2sum|gpg\s+(?:--\S+\s+)*--verify|gpgv|"
    r"cosign\s+verify|minisign\s+-V|openssl\s+dgst|Get-FileHash|certutil\s+-hashfile)\b"
)
_CHECKSUM_WORDS = re2.compile(
    r"(?i)\b(?:checksum\s+|signature\s+|hash\s+)?verification\s+(?:complete|successful|passed|done|succeeded|ok)\b"
)
# Programs that compute or check a file's digest or signature, and nothing else on their line
# but the words that feed them (echo "<sum>  file" | sha256sum -c)
_CHECKSUM_PROGRAMS = frozenset(
    {
        "shasum", "sha1sum", "sha224sum", "sha256sum", "sha384sum", "sha512sum", "md5sum",
        "b2sum", "cksum", "rhash", "gpg", "gpg2", "get-filehash", "cosign", "minisign",
        "certutil", "openssl",
    }
)  # fmt: skip
_FEEDERS = frozenset({"echo", "printf", "cat", "cd"})
# what a checksum step's note says: verify ... the hash / the checksum / the signature
_HASH_NOTE = re.compile(
    r"(?i)\b(?:sha-?\d{0,3}|hash(?:es)?|checksums?|digests?|signatures?|sums?)\b"
)
_SEGMENT = re.compile(r"[;&|]")


def _checksum_note(text: str, comment: str) -> bool:
    """A note after a checksum step (`shasum -a 256 eget.sh # verify with hash below`): a
    real verification of a download, not a fake check's words. Only when the comment's line
    runs nothing but a digest or signature tool (certutil only with -hashfile, openssl only
    with dgst) and what is left of the note once its hash words are gone has none of a fake
    check's words (a robot, a human, an ID, 'press Enter' stay the lure's)."""
    note = comment.strip()
    line = next((ln for ln in text.splitlines()[:4096] if note and note in ln), None)
    if line is None:
        return False
    active = line[: line.find(note)]
    programs = []
    for segment in _SEGMENT.split(active):
        words = segment.split()
        if not words:
            continue
        name = words[0].strip("(\"'").lower().removesuffix(".exe")
        if name == "sudo" and len(words) > 1:
            name = words[1].strip("(\"'").lower()
        lowered = segment.lower()
        if name == "certutil" and "-hashfile" not in lowered:
            return False
        if name == "openssl" and " dgst" not in lowered:
            return False
        if name not in _CHECKSUM_PROGRAMS and name not in _FEEDERS:
            return False
        programs.append(name)
    if not any(p in _CHECKSUM_PROGRAMS for p in programs):
        return False
    rest = _HASH_NOTE.sub(" ", _ADDRESS_OR_PATH.sub(" ", note))
    return not (_LURE_WORDS.search(fold(rest)) or _LURE_WORDS.search(rest))


# a word holding a slash: an address (https://…, pkg.example.com/x) or a file path. A word
# starts only after a separator (the look-behind): without it every position of a long run with
# no slash was tried to the run's end, and 8 KiB of one attacker word took 300 ms
_ADDRESS_OR_PATH = re.compile(r"(?<![^\s\[\]'\"=])[^\s\[\]'\"=]*/[^\s\[\]'\"]*")


def url_with_tail(a: Analysis, text: str | None = None) -> tuple[str, str] | None:
    """(locator, tail) when the whole text is one web address or network path and a tail.

    A lure need not be a command: in the Run box a bare address opens a download, and a fake
    verification tail after it hides what it is. `text` defaults to the folded text.
    """
    text = (a.folded if text is None else text).strip()
    if not text or "\n" in text or len(text) > 4096:
        return None
    if ":" not in text and "\\" not in text:
        return None  # every locator has a scheme's ':' or starts with '\\'
    if (text[1:2] if text[0] in "\"'" else text[0]) not in _LOCATOR_FIRST:
        return None  # it does not start the way any locator does
    m = _LOCATOR_HEAD.match(text)
    if not m:
        return None
    return m.group(0).strip(), text[m.end() :]


@signal("url-lure-tail")
def url_lure_tail(a: Analysis) -> list[str]:
    """A fake verification message after a bare web address, behind a comment mark or spaces."""
    # folded for homoglyph tricks, and as it is: folding turns Cyrillic words into Latin
    for found in (url_with_tail(a), url_with_tail(a, a.raw[:4096])):
        if found is None:
            continue
        locator, tail = found
        # the address of a script the Run box would run: its tail needs no mark to be one
        marked = _TAIL_MARK.search(tail) or (_SCRIPT_FILE.search(locator) and tail[:1].isspace())
        if marked and _URL_TAIL_WORDS.search(tail):
            return [tail.strip()[:160]]
    return []


@signal("fake-path-tail")
def fake_path_tail(a: Analysis) -> list[str]:
    """FileFix: a command dressed up as a file path by a comment after it."""
    if not command_like(a):
        return []
    for comment in a.structure.comments:
        if _FAKE_PATH.match(comment.strip()):
            return [comment.strip()[:160]]
    return []


def _disguising(word: str) -> bool:
    """A look-alike word that disguises something: any but a word of a living Latin alphabet
    (a Turkish kullanıcı, tamamlandı), which does only when it spells a program's or a
    PowerShell alias's name (ıex, bıtsadmin: PowerShell takes ı for i in a name)."""
    core = language_word(word)
    if not core:
        return True
    name = fold(core).lower()
    return name in COMMAND_PROGRAMS or name in load_names().aliases


@signal("homoglyphs-in-command", needs=NON_ASCII)
def homoglyphs_in_command(a: Analysis) -> list[str]:
    words = [w for w in mixed_script_words(a.deep[:DEEP]) if _disguising(w)]
    if not words or not command_like(a):
        return []
    return [f"{w} reads as {fold(w)}" for w in words[:3]]


@signal("homoglyph-text", needs=NON_ASCII)
def homoglyph_text(a: Analysis) -> list[str]:
    words = [w for w in mixed_script_words(a.deep[:DEEP]) if not language_word(w)]
    return [f"{w} reads as {fold(w)}" for w in words[:3]] if len(words) >= 2 else []


@signal("invisible-characters", needs=NON_ASCII)
def invisible(a: Analysis) -> list[str]:
    count, bidi = invisible_characters(a.deep[:DEEP])
    if count and command_like(a):
        return [
            f"{count} invisible character(s)" + (", including text-reversing ones" if bidi else "")
        ]
    return []


@signal("url-userinfo", needs=URLS)
def url_userinfo(a: Analysis) -> list[str]:
    return [
        f"{u.url.userinfo}@ hides the real host {u.url.host}"
        for u in a.active_urls
        if u.url.userinfo and "." in u.url.userinfo
    ][:3]


@signal("lookalike-host", needs=URLS)
def lookalike_host(a: Analysis) -> list[str]:
    out = []
    for u in a.active_urls:
        trusted = a.trust.lookalike_of(u.url)
        if trusted and not u.url.userinfo:
            out.append(f"{u.url.host} imitates {trusted}")
    return out[:3]


@signal("imitates-vendor", needs=URLS)
def imitates_vendor(a: Analysis) -> list[str]:
    """A download host dressed up as a known publisher: typo, look-alike letters, its name."""
    if not _fetches(a):
        return []
    out = []
    hosts = {u.url.host: u for u in a.active_urls if u.trust is not Trust.INSTALLER}
    for host, u in itertools.islice(hosts.items(), 8):  # bounded: a text may list thousands
        how = a.trust.imitation_of(u.url)
        if how:
            out.append(f"{host} {how}")
    return out[:2]


@signal("fix-shop-host", needs=URLS)
def fix_shop_host(a: Analysis) -> list[str]:
    """A script fetched to run from a host named for the trouble it offers to fix
    (ll.ledger-fix.test, gpu.driver-patch.test): a fake fix page's own download place."""
    if "remote-exec" not in a.tags:
        return []
    out = []
    hosts = {u.url.host for u in a.active_urls if u.trust is not Trust.INSTALLER and not u.url.ip}
    for host in itertools.islice(sorted(hosts), 8):  # bounded: a text may list thousands
        word = fix_shop_word(host)
        if word:
            out.append(f"{host} is named for a '{word}' it offers")
    return out[:2]


@signal("download-shop-host", needs=URLS)
def download_shop_host(a: Analysis) -> list[str]:
    """A script fetched to run from a host whose registrable name joins a product's name with a
    download place's word (vectorbase-get.…, kubectx-dl.…, crate-mirror.…): a fake download
    site's own. Only hosts of no known publisher: the trust list's installers, never-trusted and
    shared hosts (a tenant of a hosting platform: get-comby.netlify.app, a bucket: tool-dl.s3…,
    findings of their own), the user's own network, and package sources (a distribution's
    mirror) are left alone."""
    if "remote-exec" not in a.tags or "handover" in a.tags:
        return []  # a package source added (a distribution's mirror) is a finding of its own
    out = []
    hosts = {
        u.url.host
        for u in a.active_urls
        if u.trust is Trust.UNKNOWN
        and not u.url.ip
        and u.url.host not in a.trust.shared_hosts
        and not on_private_network(u.url)
        and storage_name(u.url) is None
    }
    for host in itertools.islice(sorted(hosts), 8):  # bounded: a text may list thousands
        word = download_shop_word(host)
        if word:
            out.append(f"{host} is named as a place to '{word}' software")
    return out[:2]


# The port written in a URL's authority (https://host:8443/…): the URL reader keeps the host
# only. IPv6 literals in brackets and user parts are skipped.
_URL_PORT = re2.compile(
    r"(?i)^[a-z][a-z0-9+.-]*://(?:[^@/?#\s]*@)?(?:\[[^\]/]*\]|[^:/?#\s]*):(\d{1,5})"
)
_USUAL_PORTS = frozenset({80, 443})


def url_port(raw: str) -> int | None:
    """The port written in the address (None when none is written or it is not a number)."""
    raw = raw[:512]
    if not occurs(_URL_PORT, raw):
        return None  # most addresses: the match and its group are not made
    m = _URL_PORT.search(raw)
    return int(m.group(1)) if m else None


@signal("script-port", needs=URLS)
def script_port(a: Analysis) -> list[str]:
    """A script fetched to run from a host on a port of its own (https://host:8443/a.sh): a
    project publishes its installer on its site's usual port; a stager's panel listens on any.
    Loopback, the user's own network by its private address (a LAN service listens on any
    port, and no stager's panel answers there) and the trust list's installers are left alone."""
    if "remote-exec" not in a.tags:
        return []
    out = []
    for u in itertools.islice(a.active_urls, 16):
        if u.trust is Trust.INSTALLER or u.url.host in _LOCALHOST or on_private_network(u.url):
            continue
        port = url_port(u.url.raw)
        if port is not None and port not in _USUAL_PORTS:
            out.append(f"{u.url.host} on port {port}")
    return out[:2]


# The trouble a fake fix page offers to fix, as a script's file name says it (fix-dns.sh,
# repair_audio.ps1, update-required.sh): a project names its installer for the project.
_FIX_FILE_WORDS = frozenset(
    {"fix", "fixer", "fixes", "repair", "repairs", "repairer", "unblock", "unlock", "hotfix",
     "troubleshoot", "troubleshooter", "autofix", "quickfix"}
)  # fmt: skip
_FIX_FILE_PAIRS = (("update", "required"), ("required", "update"), ("update", "needed"))
_FILE_WORD = re.compile(r"[a-z]+")


# what a script or a program is saved as (a name with no suffix too: /fix, /repair-audio);
# a package, a repository file or a page (fix.repo, printer-fix.rpm) is another matter
_RUN_SUFFIXES = frozenset(
    {"sh", "bash", "zsh", "command", "ps1", "psm1", "bat", "cmd", "vbs", "vbe", "js", "jse",
     "wsf", "hta", "py", "pl", "rb", "msi", "exe", "scr", "txt", "php", "applescript", "scpt"}
)  # fmt: skip


# A git repository pinned to a branch or tag (pip's git+https://…/widget.git@fix-typo): the
# words after the @ name a branch somebody made, not a script's file.
_REPOSITORY_AT_REF = re.compile(r"[a-z0-9][a-z0-9_.-]*\.git@[^/]*$")


def fix_file_word(path: str) -> str:
    """The fix word in the last segment of a URL path (…/fix-dns.sh -> fix), or ""."""
    name = path.rsplit("/", 1)[-1].lower()[:120]
    if _REPOSITORY_AT_REF.match(name):
        return ""  # widget.git@fix-typo: a repository at a branch, as widget.git is no script
    _, dot, suffix = name.rpartition(".")
    if dot and suffix not in _RUN_SUFFIXES and suffix.isalpha() and len(suffix) <= 12:
        return ""
    words: list[str] = _FILE_WORD.findall(name)[:12]
    for w in words:
        if w in _FIX_FILE_WORDS:
            return w
    for first, second in _FIX_FILE_PAIRS:
        if first in words and second in words:
            return f"{first}-{second}"
    return ""


@signal("script-named-fix", needs=URLS)
def script_named_fix(a: Analysis) -> list[str]:
    """A script fetched to run whose file is named for a fix (fix-dns.sh, repair.ps1,
    update-required.sh): what fake fix pages call their stagers. Not on hosts where anyone
    publishes (a short link's or a paste's slug is its sharer's word, and such a host is a
    finding of its own)."""
    if "remote-exec" not in a.tags:
        return []
    out = []
    for u in itertools.islice(a.active_urls, 16):
        if u.trust is not Trust.UNKNOWN:
            continue
        word = fix_file_word(u.url.path)
        if word:
            out.append(f"{u.url.host}{u.url.path[:60]} ({word})")
    return out[:2]


# What a file is named as when it holds text or data, not a script: a note, a log, a table, a
# data file. Whatever fetches it to run it as code (piped into a shell or PowerShell, handed to
# iex) says otherwise: a stager's panel serves its script under a harmless name (…/p440.txt,
# …/update.log) so that a glance at the command or a proxy's log shows a note; a publisher names
# its installer for what it is. (Pictures, sounds, videos, documents and fonts run as code are
# PG-SCRIPT-POSING-AS-MEDIA's, in 25-lure-traits.yaml.)
_TEXT_FILE_SUFFIXES = frozenset({"txt", "log", "csv", "tsv", "rtf", "odt", "dat"})


# A list a package tool reads, written before its address (pip install -r / --requirement,
# -c / --constraint): the tool installs the names it lists, it does not run the file.
_LIST_OPTION = re.compile(r"(?:^|\s)(?:-r|-c|--requirements?|--constraints?)(?:\s+|=)[\"']?$")


def _read_as_list(raw: str, url: str) -> bool:
    """Whether the text hands `url` to a package tool as a list of names to install."""
    at = raw.find(url[:512])
    return at > 0 and _LIST_OPTION.search(raw[max(0, at - 40) : at]) is not None


def text_file_suffix(path: str) -> str:
    """The suffix of the last segment of a URL path when it names a text or data file
    (…/p440.txt -> txt, …/NOTES.LOG -> log), or ""."""
    name = path.rsplit("/", 1)[-1].lower()[:120]
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem or suffix not in _TEXT_FILE_SUFFIXES:
        return ""
    return suffix


@signal("script-named-text", needs=URLS)
def script_named_text(a: Analysis) -> list[str]:
    """A script fetched to run whose file is named as a text or data file (.txt, .log, .csv):
    a stager's disguise. Only hosts of no known publisher (a paste site's raw text, a never-
    trusted host, is a finding of its own; the trust list's installers are left alone), and not
    a requirements or constraints list given to pip (a list of names it installs, not code)."""
    if "remote-exec" not in a.tags:
        return []
    out = []
    for u in itertools.islice(a.active_urls, 16):
        if u.trust is not Trust.UNKNOWN:
            continue
        suffix = text_file_suffix(u.url.path)
        if suffix and not _read_as_list(a.raw, u.url.raw):
            out.append(f"{u.url.host}{u.url.path[:60]} (a .{suffix} file run as code)")
    return out[:2]


# A host named as a server of fonts or pictures (fontcdn-pack.…, img-proxy-cache.…, pics.…):
# what it serves is run as a script. Publishers serve their installers from their own site, a
# release host or a package server; a stager's host is named to pass a glance or a proxy's log
# as page furniture, as PG-SCRIPT-POSING-AS-MEDIA's file names are. A label's first word, perhaps
# with the asset word run on after it (fontcdn, imgcache), a hyphen or a dot after it.
_MEDIA_HOST_WORD = re.compile(
    r"(?:^|[.-])(?:fonts?|webfonts?|img|imgs|images?|pics?|photos?|avatars?|icons?|emojis?|"
    r"thumbs?|thumbnails?|gfx)(?:cdn|cache|static|assets?|proxy|host|store)?(?=[.-]|$)"
)


@signal("script-host-named-media", needs=URLS)
def script_host_named_media(a: Analysis) -> list[str]:
    """A script fetched to run from a host named for fonts or pictures (fontcdn-pack.test,
    img-proxy-cache.example): a stager's disguise. Only hosts of no known publisher (the trust
    list's installers and shared hosts are judged by their own findings), never the loopback
    or the user's own network."""
    if "remote-exec" not in a.tags:
        return []
    out = []
    for u in itertools.islice(a.active_urls, 16):
        if u.trust is not Trust.UNKNOWN or u.url.host in _LOCALHOST or on_private_network(u.url):
            continue
        host = u.url.host.lower()[:253]
        if _MEDIA_HOST_WORD.search(host):
            out.append(f"{host} (a font or picture server's name)")
    return out[:2]


@signal("trusted-url-in-comment", needs=URLS)
def trusted_url_in_comment(a: Analysis) -> list[str]:
    commented = [u for u in a.urls if u.in_comment and u.installer]
    untrusted_active = [u for u in a.active_urls if u.trust is not Trust.INSTALLER]
    if commented and untrusted_active:
        real = untrusted_active[0].url.host
        return [f"{commented[0].url.host} is only in a comment; the command fetches {real}"]
    return []


def _fetches(a: Analysis) -> bool:
    return bool(a.tags & {"download", "remote-exec", "execute"})


@signal("ip-address-host", needs=URLS_OR_UNC)
def ip_address_host(a: Analysis) -> list[str]:
    if not _fetches(a):
        return []
    hosts = [
        u.url.host
        for u in a.active_urls
        if u.url.ip and u.url.host not in _LOCALHOST and not on_private_network(u.url)
    ]
    # (a share on a private network's address is a file server of the user's own network,
    # as a download from one is above; never WebDAV's host@SSL, which goes over the internet)
    hosts += [
        p.host
        for p in a.unc_paths
        if re.fullmatch(r"[\d.]+", p.host) and (p.webdav or not private_dotted_quad(p.host))
    ]
    return [f"connects to the bare IP address {h}" for h in hosts[:2]]


def _unc_ip(host: str) -> str | None:
    """The dotted quad of a network path's host written as one number or in hex
    (\\\\3405803781\\share): Windows resolves it as the address, a name on the network it is not."""
    read = parse_ip(host)
    if read is None or not read[1] or read[0].startswith(("0.", "127.")):
        return None  # a dotted quad or a name; a short number, more likely a name than 0.0.x.y;
        # or this computer (\\\\127.1\\c$), which fetches nothing
    return read[0]


@signal("obfuscated-ip", needs=URLS_OR_UNC)
def obfuscated_ip(a: Analysis) -> list[str]:
    found = [f"{u.url.raw} is the IP address {u.url.host}" for u in a.urls if u.url.obfuscated_ip]
    for p in a.unc_paths:
        ip = _unc_ip(p.host)
        if ip:
            found.append(f"\\\\{p.host} is the IP address {ip}")
    return found[:2]


@signal("never-trusted-host", needs=URLS)
def never_trusted_host(a: Analysis) -> list[str]:
    if not _fetches(a):
        return []
    return [u.url.host for u in a.active_urls if u.trust is Trust.NEVER][:2]


@signal("shared-host-unknown-owner", needs=URLS)
def shared_host_unknown_owner(a: Analysis) -> list[str]:
    if not a.tags & {"remote-exec"}:
        return []
    return [
        u.url.host + u.url.path[:60]
        for u in a.active_urls
        if u.url.host in a.trust.shared_hosts and u.trust is Trust.UNKNOWN
    ][:2]


@signal("plain-http-exec", needs=URLS)
def plain_http_exec(a: Analysis) -> list[str]:
    if not a.tags & {"remote-exec", "download"}:
        return []
    return [
        u.url.full
        for u in a.active_urls
        if u.url.scheme == "http" and u.url.host not in _LOCALHOST and not on_private_network(u.url)
    ][:2]


@signal("lure-words-in-url", needs=URLS)
def lure_words_in_url(a: Analysis) -> list[str]:
    if not _fetches(a):
        return []
    out = []
    for u in a.active_urls:
        if u.trust is Trust.INSTALLER:
            continue
        host = u.url.host
        if registrable_domain(host) in _OWN_NAME_DOMAINS:
            host = ""  # the company's own name in its own domain (cdnjs.cloudflare.com)
        word = url_lure_word(host + u.url.path + "?" + u.url.query)
        if word:
            out.append(f"{u.url.host}{u.url.path[:60]} ({word})")
    return out[:2]


# Domains whose own name is one of a fake check's words: "cloudflare" there is the company's
# name, not a check's (cdnjs.cloudflare.com, developers.cloudflare.com); its tunnels
# (trycloudflare.com) and look-alikes (cloudflare.com.<x>.test) are other domains
_OWN_NAME_DOMAINS = frozenset({"cloudflare.com"})


def url_lure_word(address: str) -> str:
    """The fake check's word in (part of) an address: verify, captcha, human, robot...; ""."""
    if not occurs(_URL_LURE, address):
        return ""  # most addresses: the match and its words are not made
    m = _URL_LURE.search(address)
    return m.group(0) if m else ""


# A loopback address written without its scheme (localhost:4000/cb?code=...): browsers show
# redirects that way and ConsentFix pages accept them, but the URL reader only sees http(s)://.
_BARE_LOOPBACK = re2.compile(
    r"(?i)(?:^|[^\w/.:@-])((?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]):\d{2,5}(/[^\s\"'<>]*)?)"
)


# what every _BARE_LOOPBACK match holds (a cheap search first: most texts have none)
# (RE2's case folding also takes the long s for an s; NFKC has folded it, but be exact)
_LOOPBACK_HINT = re.compile(r"(?i)localho[s\u017f]t:|127\.|\[::1\]:")


def _may_hold_loopback(text: str) -> bool:
    """Whether _LOOPBACK_HINT occurs in text: (?i) is lower-casing and the long s (no other
    character lower-cases to a letter of "localhost"), looked for plainly (the pattern has no
    literal to look for, and was ~25 us over a non-ASCII text)."""
    if "127." in text or "[::1]:" in text:
        return True
    low = text.lower()
    return "localhost:" in low or (not text.isascii() and "localhoſt:" in low)


def _sign_in_addresses(a: Analysis) -> list[tuple[str, str]]:
    """(raw address, masked) for every loopback sign-in redirect carrying a code, with or
    without its scheme (looked for once per text: two signals ask)."""
    found: list[tuple[str, str]] | None = a.memo.get("sign-in-addresses")
    if found is None:
        found = a.memo["sign-in-addresses"] = _find_sign_in_addresses(a)
    return found


def _find_sign_in_addresses(a: Analysis) -> list[tuple[str, str]]:
    out = []
    for u in a.urls:
        masked = sign_in_code_url(u.url.raw, u.url.host, u.url.path)
        if masked:
            out.append((u.url.raw, masked))
    for _, raw, masked in _forwarded_sign_ins(a)[:2]:
        out.append((raw, masked))
    text = a.folded[:20000]
    out += _app_redirects(text)
    if not _may_hold_loopback(text):
        return out  # no loopback address followed by a port
    for m in itertools.islice(_BARE_LOOPBACK.finditer(text), 8):
        raw = m.group(1)
        host = raw.rsplit(":", 1)[0] if raw.startswith("[") else raw.split(":", 1)[0]
        masked = sign_in_code_url("http://" + raw, host, m.group(2) or "/")
        if masked:
            out.append((raw, masked))
    return out


# A loopback sign-in redirect written INSIDE another address's query, as it is or percent-encoded
# once (https://collector.example/cb?u=http%3A%2F%2Flocalhost%3A8400%2Fcb%3Fcode%3D…): what a
# ConsentFix page has a terminal send on with curl or iwr, the code going to whoever runs that
# other host. The URL reader sees only the outer address.
_NESTED_LOOPBACK = re2.compile(
    r"(?i)(?:https?://)?(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]):\d{2,5}"
    r"(?:/[^\s\"'<>&?]*)?(?:\?[^\s\"'<>]*)?"
)


def _forwarded_sign_ins(a: Analysis) -> list[tuple[str, str, str]]:
    """(outer host, inner redirect, masked) for every loopback sign-in redirect carrying a code
    that is written in the query of an address on another host (looked for once per text)."""
    found: list[tuple[str, str, str]] | None = a.memo.get("forwarded-sign-ins")
    if found is not None:
        return found
    found = a.memo["forwarded-sign-ins"] = []
    for u in itertools.islice(a.urls, 16):
        query = u.url.query[:4096]
        if not query or _is_loopback(u.url.host):
            continue
        inner = urllib.parse.unquote(query) if "%" in query else query
        if not _may_hold_loopback(inner):
            continue
        for m in itertools.islice(_NESTED_LOOPBACK.finditer(inner), 4):
            raw = m.group(0)
            if "?" not in raw:
                # a redirect_uri beside the outer address's own code= (a token exchange with the
                # sign-in service, code and redirect as siblings): no landed address handed on
                continue
            full = raw if raw.lower().startswith("http") else "http://" + raw
            try:
                parts = urllib.parse.urlsplit(full)
                host = parts.hostname or ""
            except ValueError:
                continue  # a port out of range, a broken bracket: no address a browser landed on
            masked = sign_in_code_url(full, host, parts.path or "/")
            if masked:
                found.append((u.url.host, raw, masked))
                break
    return found


@signal("sign-in-code-forwarded", needs=URLS)
def sign_in_code_forwarded(a: Analysis) -> list[str]:
    """A command that fetches an address on another host whose query carries a loopback sign-in
    redirect with its code: the code is handed to that host (ConsentFix by terminal)."""
    if not a.tags & {"download", "remote-exec"}:
        return []
    active = {u.url.host for u in a.active_urls}
    sent = [(host, masked) for host, _, masked in _forwarded_sign_ins(a) if host in active]
    return [f"{masked} sent to {host}" for host, masked in sent][:1]


# A native app's sign-in redirect: the code goes back to the app by its own scheme
# (vscode://…/did-authenticate?code=, msauth.<bundle>://auth?code=,
# com.googleusercontent.apps.<id>:/oauth2redirect?code=). A ConsentFix page can ask for that
# address to be pasted back just as well as for a loopback one.
_APP_REDIRECT = re2.compile(
    r"(?i)(?:^|[^\w.+-])([a-z][a-z0-9+.-]{1,80}:/{0,3}[^\s\"'<>?#]{0,300}[?#][^\s\"'<>]+)"
)
_WEB_SCHEMES = frozenset({"http", "https", "hxxp", "hxxps", "ftp", "ftps", "file", "ws", "wss"})


def _app_redirects(text: str) -> list[tuple[str, str]]:
    low = text.lower()
    if "code=" not in low and "token=" not in low:
        return []  # no authorisation code or token in any query: nothing to look for
    out = []
    for m in itertools.islice(_APP_REDIRECT.finditer(text), 8):
        raw = m.group(1)
        scheme, _, rest = raw.partition(":")
        if scheme.lower() in _WEB_SCHEMES or rest[:1].isdigit():
            continue  # a web address, or a host and its port: read as such above and below
        masked = _code_in(raw)
        if masked:
            out.append((raw, masked))
    return out


@signal("localhost-oauth-code")
def localhost_oauth_code(a: Analysis) -> list[str]:
    """ConsentFix: the address of a sign-in that finished on this computer, carrying its code."""
    return [masked for _, masked in _sign_in_addresses(a)][:1]


# An HTTP request as documentation writes it (`GET http://localhost:8080/callback?code=…`,
# perhaps with its version after it): a method in capitals, then the address. What a person
# copies out of the address bar never starts with a method, and a page that put one in front
# of it has no code of the person's to hand back.
_REQUEST_LINE = re2.compile(r"(?:GET|POST|PUT|HEAD|OPTIONS) +\S+(?: +HTTP/[0-9.]{1,3})?")


@signal("oauth-url-alone")
def oauth_url_alone(a: Analysis) -> list[str]:
    """The text is mostly that address: what a ConsentFix page asks to be pasted (perhaps with
    a word or two), not documentation that quotes a redirect in its sentences, nor an HTTP
    request line of such documentation (`GET http://localhost:8080/callback?code=…`)."""
    text = a.folded.strip()
    found = _sign_in_addresses(a) if text else []
    if not found:
        return []
    if "\n" not in text and _REQUEST_LINE.fullmatch(text[:4100]):
        return []
    size = _written_size(text)
    # "paste <the address> in the field below": the address itself is no distance between the
    # verb and where it goes, so the request is read with each address as two words
    request = text
    for raw, _ in found:
        request = request.replace(raw, "the address")
    # the request is looked for in the first 8 KiB, as written too (folding turns Cyrillic
    # words into Latin look-alikes: вставьте); the address's share is measured whole, so a
    # code padded past 8 KiB (a long state value) is still an address pasted alone
    asked = _asks_to_paste_back(request[:REQUEST_WINDOW]) or (
        not a.raw.isascii() and _asks_to_paste_back(a.raw[:REQUEST_WINDOW])
    )
    if len(a.raw) > len(a.deep):
        # a long text is folded in windows: the address's share is measured on the whole text
        text = a.raw.strip()
        size = _written_size(text)
    for raw, masked in found:
        if asked or _written_size(_whole_word(text, raw)) >= URL_SHARE * size:
            return [masked]
    return []


_REST_OF_ADDRESS = re2.compile(r"[A-Za-z0-9._~%!$&'()*+,;=:@/?#\[\]-]*")


def _whole_word(text: str, raw: str) -> str:
    """The address as written in the text, to its last character an address may hold (ASCII,
    as RFC 3986 lists them; Chinese and Japanese sentences have no blank after it): URLs are
    read up to a few thousand characters, and a code padded beyond that (a long state value)
    is still one address pasted alone."""
    at = text.find(raw)
    if at < 0:
        return raw
    rest = _REST_OF_ADDRESS.match(text, at + len(raw))
    return text[at : rest.end()] if rest else raw


def _written_size(text: str) -> int:
    """A text's length in UTF-8 bytes: Japanese or Chinese says in one character what English
    says in three or four, so by characters a sentence of theirs around an address looks like
    a word or two and a documentation page's explanation like an address pasted alone."""
    return len(text) if text.isascii() else len(text.encode("utf-8", "replace"))


def _asks_to_paste_back(text: str) -> bool:
    """A sentence asking for the address to be pasted (back), not one warning against it: the
    documentation of a sign-in flow says "never ask users to paste it elsewhere", "do not paste
    it anywhere"; a warning with an exception ("do not paste it anywhere but here") still asks."""
    pos = 0
    for _ in range(8):
        m = _PASTE_IT_BACK.search(text, pos)
        if m is None:
            return False
        before, after = text[max(0, m.start() - 48) : m.start()], text[m.end() : m.end() + 48]
        negated = _NEGATED_BEFORE.search(before) or _NEGATED_AFTER.match(after)
        if not negated or _EXCEPT_HERE.search(text[m.start() : m.end() + 48].split(".", 1)[0]):
            return True
        pos = m.start() + 1  # "never copy it; just paste it below": the next verb on its own
    return False


# A short sentence around the address that asks for it to be pasted back (ConsentFix pages
# word it "paste this to continue", "copy the address from the bar and paste it here").
# The same order in the interface's other languages: the verb to paste (or to copy the address
# bar) alone, since the text around it is essentially the sign-in address.
_PASTE_IT_BACK = re2.compile(
    r"(?i)\b(?:paste|copy)\b[^\n]{0,60}\b(?:here|below|back|this|it|address|url|link|continue|box|field)\b"
    r"|\b(?:einf.gen|f.gen\s+sie|kopieren\s+sie|collez|coller|copiez|pegue|p.guelo|pegar|incolla|incollare|"
    r"cole|colar|plak|plakken|kopieer|wklej|skopiuj)\b|yap..t.r|вставьте|скопируйте|"
    r"貼り付け|貼りつけ|コピーして|粘贴|粘貼|复制|複製|الصق|انسخ"
)


# A negation governing the verb just before it (never paste, do not paste, don't ask users to
# paste, ne collez pas, no pegue, non incollare, nie wklejaj, не вставляйте, 不要粘贴, nicht ...
# einfügen), or just after it where the language puts it there (貼り付けないで).
_NEGATED_BEFORE = re2.compile(
    r"(?i)(?:\bnever|\bnot|n['’]t|\bne(?:\s+(?:le|la|les|l['’]))?|\bno(?:\s+(?:lo|la))?|\bnon|\bnie|"
    r"(?:^|\s)(?:не|никогда))\s+"
    r"(?:(?:ask|tell|let|have|get|make|want|need|require|instruct)\w*\s+(?:\w+\s+){0,2}(?:to\s+)?"
    r"|(?:share|send|forward|post|type|copy)\s+(?:or|nor)\s+)?$"
    r"|\b(?:nicht|niemals|nie)\s+(?:\w+\s+){0,3}$"
    r"|(?:不要|请勿|請勿|切勿|勿|不得|别|別)$"
)
_NEGATED_AFTER = re2.compile(r"^\S{0,3}(?:ないで|ません|ないこと)")
# ...but with an exception it still asks for the address: "anywhere but here", "only below"
_EXCEPT_HERE = re2.compile(
    r"(?i)\b(?:except|but|only|just|instead|other\s+than|besides|apart\s+from|save\s+for|sauf|excepto|salvo"
    r"|tranne|außer)\b|кроме|除了|以外"
)


REQUEST_WINDOW = 8192  # characters searched for a request to paste the address back
URL_SHARE = 0.6  # of the text, for a sign-in address to be what is pasted rather than quoted
_CODE_KEYS = frozenset({"code", "id_token", "access_token", "refresh_token"})
# ...and Google's (scope, authuser, prompt) and an authorisation server's name (iss, RFC 9207)
_REDIRECT_COMPANIONS = frozenset(
    {"state", "session_state", "client_info", "scope", "authuser", "prompt", "iss"}
)
_PLACEHOLDER = re2.compile(
    r"(?i)^(?:[<{\[$%]|x{4,}|\.{3}|your|auth|example|sample|placeholder|the_)"
)


_LOOPBACK_V4 = re.compile(r"127(?:\.\d{1,3}){3}")


def _is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    return (
        host in _LOCALHOST
        or host in ("::1", "0:0:0:0:0:0:0:1")
        or host.endswith(".localhost")
        or (host.startswith("127") and _LOOPBACK_V4.fullmatch(host) is not None)
    )


def is_loopback(host: str) -> bool:
    """Whether a URL's host is this computer itself (localhost, 127.x.x.x, ::1): nothing is
    downloaded from anyone else there (an install guide's "then open http://localhost:8000")."""
    return _is_loopback(host)


def _looks_like_a_code(value: str, min_length: int = 16) -> bool:
    """A real authorisation code, not a placeholder in documentation (AUTH_CODE, <code>)."""
    value = urllib.parse.unquote(value)
    if len(value) < min_length or _PLACEHOLDER.search(value) or value.endswith(("...", "…")):
        return False
    # a code has digits, or mixes cases over its length; AUTHORIZATION_CODE is a word
    mixed = any(c.islower() for c in value) and any(c.isupper() for c in value)
    digits = any(c.isdigit() for c in value)
    return any(c.isalpha() for c in value) and (digits or (mixed and len(value) >= 20))


def sign_in_code_url(raw: str, host: str, path: str) -> str | None:
    """The URL with its code masked, when it is a loopback (or native-client) sign-in redirect
    carrying an authorisation code or token, in its query or its fragment."""
    if not (_is_loopback(host) or "nativeclient" in path.lower()) or _template_port(raw):
        return None
    return _code_in(raw)


def _template_port(raw: str) -> bool:
    """`http://127.0.0.1:port?code=…`, `localhost:PORT`, `[::1]:$PORT`: a port written as a word
    is documentation's template of a redirect, never an address a browser landed on (the
    address bar shows the number), so it holds no code a page could take."""
    # (a backslash ends the host as a slash does: browsers read http://localhost:8400\?code=…
    # as http://localhost:8400/?code=…, so its port is 8400, no word "8400\")
    after = raw.split("://", 1)[-1].replace("\\", "/")
    netloc = after.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    netloc = netloc.rpartition("@")[2]
    port = netloc.rsplit("]", 1)[-1] if netloc.startswith("[") else netloc
    if ":" not in port:
        return False
    word = port.rsplit(":", 1)[1]
    return bool(word) and not word.isdigit()


def _code_in(raw: str) -> str | None:
    """The redirect address with its code masked, when it carries an authorisation code or
    token (not a placeholder) in its query or its fragment."""
    try:
        parts = urllib.parse.urlsplit(raw.strip().rstrip(".,;:!?)]}'\""))
    except ValueError:  # "http://0[": not an address urllib can read, so no redirect to check
        return None
    params = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    params += urllib.parse.parse_qsl(parts.fragment, keep_blank_values=True)
    # a shorter code still counts when the redirect carries the other sign-in parameters
    # (Microsoft's session_state and client_info, state, Google's scope), as real redirects do
    keys = {k.lower() for k, _ in params}
    min_length = 8 if keys & _REDIRECT_COMPANIONS else 16
    codes = [
        (k, v) for k, v in params if k.lower() in _CODE_KEYS and _looks_like_a_code(v, min_length)
    ]
    if not codes:
        return None
    key = codes[0][0]
    return f"{parts.scheme}://{parts.netloc}{parts.path}?…{key}=***"[:160]


# news and advice in other languages name the trick (estafa, golpe, arnaque): a report that
# scammers say "your PC is infected, call …" is not the scam
_SCAM_TRICK = re2.compile("(?i)" + claimwords.SCAM_TRICK)


@signal("tech-support-scam")
def tech_support_scam(a: Analysis) -> list[str]:
    text = a.normalized[:20000]
    phones = find_phone_numbers(text)
    if not phones:
        return []
    brand = _SCAM_BRANDS.search(text) or _SCAM_BRANDS_SCRIPTS.search(text)
    scare = list(itertools.islice(_SCAM_WORDS.finditer(text), 4))
    if brand and len(scare) >= 2 and not genuine_notice(text) and not _SCAM_TRICK.search(text):
        return [f"{brand.group(0)} + '{scare[0].group(0)}' + phone {phones[0]}"]
    # In a language no rule speaks: the brand, the malware word (which most languages borrow:
    # virus, viirus, vīrus, ভাইরাস, வைரஸ், وائرس...) and an alarm: a
    # warning headline (WAARSKUWING:, ĮSPĖJIMAS:, সতর্কতা!)
    malware = _MALWARE_ANY.search(text)
    calm = occurs(_ABOUT_SCAMS, text) or occurs(_CALM_HEADLINE, text)
    if brand and malware and _ALARM_HEADLINE.search(text) and not calm:
        return [f"{brand.group(0)} + '{malware.group(0)}' + phone {phones[0]}"]
    return []


@signal("deep-encoding")
def deep_encoding(a: Analysis) -> list[str]:
    if a.max_depth_reached >= 3:
        return [f"{a.max_depth_reached} layers of encoding"]
    return []


@signal("analysis-incomplete")
def analysis_incomplete(a: Analysis) -> list[str]:
    return [] if a.complete else [a.incomplete_reason or "the text could not be checked fully"]


# Filled in by the engine itself (the installer check, prose, the paste context); listed so
# that rule files can name them.
@signal("known-installer", needs=NEVER)
def known_installer(a: Analysis) -> list[str]:
    return []


@signal("context", needs=NEVER)
def context(a: Analysis) -> list[str]:
    return []


@signal("backslash-url", needs=URLS)
def backslash_url(a: Analysis) -> list[str]:
    """http:\\\\host\\path: accepted by some Windows tools, written so to slip past filters."""
    return [u.url.raw[:100] for u in a.active_urls if u.url.backslashes][:1]


_CASE_FLIP = re.compile(r"[a-z][A-Z]")
_CASE_TOKEN = re.compile(r"[A-Za-z][A-Za-z.\-]{3,40}")


@signal("random-case-command")
def random_case_command(a: Analysis) -> list[str]:
    """Program names in mIxEd case, a trick against case-sensitive filters."""
    out: list[str] = []
    head = a.deep[:8192]
    first = _CASE_FLIP.search(head)
    # a name needs two flips (which never overlap), so the text needs a second after the first
    if not first or not _CASE_FLIP.search(head, first.end()):
        return out  # no lower-case letter before a capital anywhere: no mixed-case name
    for token in _CASE_TOKEN.findall(head):
        base = token.lower().removesuffix(".exe")
        if base in COMMAND_PROGRAMS and len(_CASE_FLIP.findall(token)) >= 2:
            out.append(token)
            break
    return out


# A wallet address as PG-JS-WALLET-GRANT reads one: EVM hex, Solana base58 handed to a call,
# a Tron T-address in quotes (re2: linear on a hostile text)
_WALLET_ADDRESS = re2.compile(
    r"(?i)\b(0x[0-9a-f]{40})\b|['\"`]([1-9a-z]{32,44})['\"`]\s*\)|['\"`](t[1-9a-z]{33})['\"`]"
)
_WALLET_ADDRESSES_READ = 64


@functools.cache
def wallet_test_accounts() -> frozenset[str]:
    """The local test chains' default accounts, lower-case (resources/wallet_test_accounts.txt);
    empty if the list cannot be read, so that nothing is excused then."""
    from app.detection.rules import default_rules_dir

    path = default_rules_dir().parent / "wallet_test_accounts.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(x.strip().lower() for x in lines if x.strip() and not x.startswith("#"))


@signal("wallet-stranger-address")
def wallet_stranger_address(a: Analysis) -> list[str]:
    """The wallet addresses written in the text that are not a local test chain's account: a
    grant or transfer is a developer's test only when every address in it is one of those."""
    text = (a.folded or a.deep)[:DEEP]
    if "0x" not in text and "0X" not in text and not any(q in text for q in "'\"`"):
        return []  # no hex address and nothing quoted: no address at all
    tests = wallet_test_accounts()
    out: list[str] = []
    for seen, m in enumerate(_WALLET_ADDRESS.finditer(text)):
        if seen == _WALLET_ADDRESSES_READ:  # no test writes this many: fail closed, in bounds
            return [*out, f"more than {_WALLET_ADDRESSES_READ} addresses"][:3]
        address = m.group(1) or m.group(2) or m.group(3)
        if address.lower() not in tests and address not in out:
            out.append(address)
            if len(out) == 3:
                break
    return out
