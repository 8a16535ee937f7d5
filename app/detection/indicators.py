"""Indicators: the URLs, hosts, IPs, UNC paths, programs and shells a piece of text points at."""

from __future__ import annotations

import functools
import ipaddress
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.detection.fastinit import direct_init
from app.detection.rescan import matches_from, occurrences

MAX_URLS = 64
MAX_PROGRAMS = 64

# URLs, also defanged (hxxp, [:], [.]) and with backslashes (http:\\host\path, accepted by msiexec).
_URL = re.compile(
    r"(?i)\b(h[tx]{2}ps?|ftps?|wss?|file)(?:\[:\]|:)(?://|\\\\)"
    r"([^\s\"'`<>|^(){},;]{1,2000})"
)
# Bare host names after a downloader (`irm get.scoop.sh`, `iwr bun.sh/install.ps1`).
_BARE_FETCH = re.compile(
    r"(?i)\b(?:irm|iwr|curl(?:\.exe)?|wget|invoke-restmethod|invoke-webrequest|fetch)"
    r"(?:\s{1,8}-[a-z\-]{1,20}(?:\s{1,8}[^\s\-][^\s]{0,40})?){0,6}\s{1,8}[\"']?"
    # a host name, or an IPv4 address (curl takes `curl 203.0.113.9/m` as http://203.0.113.9/m)
    r"((?:(?:[a-z0-9\-]{1,63}\.){1,6}[a-z]{2,24}|(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?(?![\w.\-]))"
    r"(?:/[^\s\"'|;)]{0,500})?)"
)
# every _BARE_FETCH match starts with one of these (the same engine and flag: exact)
_FETCH_HINT = re.compile(r"(?i)irm|iwr|curl|wget|invoke-|fetch")
_FETCHERS = ("irm", "iwr", "curl", "wget", "invoke-", "fetch")


def _may_fetch(text: str) -> bool:
    """Whether text holds a downloader's name, as _BARE_FETCH's (?i) would find it."""
    if text.isascii():  # lower() then folds exactly what (?i) folds
        low = text.lower()
        return any(name in low for name in _FETCHERS)
    return _FETCH_HINT.search(text) is not None  # (?i) also takes 'ı' and 'İ' for an 'i'


_OUTPUT_FLAGS = frozenset({"-o", "--output", "-outfile", "--output-document", "-p"})
# curl's short options run together, its -o (the file to write) last: `curl -fsSLo install.sh URL`
_OUTPUT_CLUSTER = re.compile(r"-[A-Za-z]{1,8}o")
_UNC = re.compile(
    r"\\\\([A-Za-z0-9.\-_\[\]]{1,255}(?:@(?:SSL|\d{1,5}))*(?:@SSL)?)\\([^\s\"'`|&;]{0,500})"
)
_PHONE = re.compile(
    r"(?:\+?1[\s.\-]?)?\(?(?:8(?:00|33|44|55|66|77|88))\)?[\s.\-]?\d{3}[\s.\-]?\d{4}"
    r"|\+\d{1,3}[\s.\-]\(?\d{2,4}\)?[\s.\-]\d{3}[\s.\-]\d{3,4}"
)


@direct_init
@dataclass(frozen=True)
class ParsedURL:
    """A URL taken apart the way a downloader would, with the tricks that hide its real host."""

    raw: str
    scheme: str  # lower case, refanged (hxxps -> https)
    host: str  # lower case, IPs written as dotted quads
    path: str
    query: str
    userinfo: str  # what stands before '@' in the authority; a classic way to fake a host
    ip: bool
    obfuscated_ip: bool  # the IP was written in hex, octal or as one integer
    defanged: bool
    backslashes: bool
    start: int = -1  # where the URL starts in the text it was found in

    @functools.cached_property
    def full(self) -> str:
        """The URL as a downloader reads it (computed once: every check keys on it)."""
        tail = self.path + ("?" + self.query if self.query else "")
        return f"{self.scheme}://{self.host}{tail}"


def refang(text: str) -> str:
    return text.replace("[.]", ".").replace("(.)", ".").replace("[dot]", ".").replace("[:]", ":")


# Top-level domains a bare word.word is taken as a host name for: the common ones, the ones
# lures favour (the cheap new ones fake-CAPTCHA campaigns register too), the reserved ones of
# examples and tests, and country codes. A country code that is also a common member or file
# name (element.id, README.md, e.to) is left out: defanging must not mangle
# `document.createElement` or `e.id`, and URLs with a scheme are always defanged.
_WORDS_OF = str.split  # a word list reads better than a column of quoted strings
_TLDS = frozenset(
    _WORDS_OF("""
    com net org info biz edu gov mil int io co ai app dev xyz top site online live shop store
    icu cyou sbs lol fun tech cloud pro vip win bid pw cc ws su tk ml ga cf gq buzz rest quest
    monster support help today world life space website best bond cfd beauty zip mov sh me
    click page run digital email group network services solutions systems center agency
    test example invalid localhost local onion xn--p1ai xn--90ais
    lat cam mom homes autos boats hair skin makeup bar club pics guru ink baby asia mobi
    """)
) | frozenset(
    _WORDS_OF("""
    ac ad ae af ag al ar au az ba bd bg bh bo br bw bz ca ch cl cm cn cr cu cy cz de dk dz ec
    ee eg es eu fi fj fr ge gh gr gt hk hn hr hu ie il iq ir jm jo jp ke kg kh kr kw kz la lb
    lk lt lu lv ly ma mk mn mo mt mu mv mx mz na ng ni nl np nz om pa pe ph pk pl pt qa ro rs
    ru rw sa sc se sg si sk sn sv sy th tj tm tn tr tt tv tw tz ua ug uk uy uz ve vn ye za zm zw
    """)
)
_URL_AUTHORITY = re.compile(
    r"(?i)\b(h[tx]{2}ps?|f[tx]ps?|wss?)(\[:\]|:)(//|\\\\)([^\s/\\?#\"'<>`]*)"
)
# a whole run of word characters, dots and hyphens that has a dot in it: only such a run can
# be a host name, and the others (most words) then cost no call (anchored: linear time)
_DOTTED_WORDS = re.compile(r"(?<![\w.\-])[\w\-]*\.[\w.\-]*")
_QUAD = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")


def _ascii_label(label: str) -> str:
    """A host label as DNS sees it: punycode (xn--...) when it is not ASCII."""
    if label.isascii():
        return label
    try:
        return "xn--" + label.lower().encode("punycode").decode("ascii")
    except UnicodeError:
        return label


def _defang_host(host: str) -> str:
    """Every dot of a host (or user@host:port) bracketed, non-ASCII labels as punycode."""
    plain = host.replace("[.]", ".")
    if plain.isascii():  # every label is its own ASCII form
        return plain.replace(".", "[.]")
    return "[.]".join(_ascii_label(label) for label in plain.split("."))


def defang_host(host: str) -> str:
    """A name known to be a host (a URL's, a page's): every dot bracketed, whatever its
    top-level domain. `defang` brackets a bare word.word only for the top-level domains it
    knows, so that code is left alone; a URL's host needs no such guess (rt.cx -> rt[.]cx)."""
    return _defang_host(host) if host else host


def _host_like(word: str) -> bool:
    labels = word.split(".")
    if len(labels) < 2 or not all(labels):
        return False
    if _QUAD.fullmatch(word):
        return all(int(part) <= 255 for part in labels)
    last = labels[-1]
    # createElement, getElementById: camelCase is code, not a top-level domain
    if not (last.islower() or last.isupper() or last.istitle()):
        return False
    return _ascii_label(last).lower() in _TLDS


# a dot with a label character after it: no text without one has a host name to bracket
_DOT_LABEL = re.compile(r"\.[\w\-]")
_PATH_END = re.compile(r"[\s\"'<>`]")
_HTTP_SCHEME_START = re.compile(r"(?i)^http")
_FTP_SCHEME_START = re.compile(r"(?i)^ftp")
_HTTP_SCHEME = re.compile(r"(?i)http(?=s?(?::|\[:\]))")
_FTP_SCHEME = re.compile(r"(?i)ftp(?=s?(?::|\[:\]))")


def _defang_words(text: str) -> str:
    if not _DOT_LABEL.search(text):
        return text  # every dot ends the text or stands before a blank or a mark

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        start, end = m.span()
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        w_core = w.strip(".-")
        if (before and before in "/\\") or after == "(" or not _host_like(w_core):
            return w  # a path, a method call or not a host at all
        return w.replace(w_core, _defang_host(w_core), 1)

    return _DOTTED_WORDS.sub(word, text)


DEFANG_REMEMBERED = 256  # characters: shorter texts (hosts, addresses) are defanged once


def defang(text: str) -> str:
    """Make URLs, host names and IP addresses unclickable for display: hxxps://evil[.]test/x.

    Only the host of a URL is bracketed (its path stays readable), non-ASCII hosts are shown
    as punycode (a look-alike shows itself), and code such as `document.createElement` is
    left alone.
    """
    if len(text) <= DEFANG_REMEMBERED:
        return _defang_short(text)  # the same hosts come back in summary after summary
    return _defang(text)


@functools.lru_cache(maxsize=4096)
def _defang_short(text: str) -> str:
    return _defang(text)


def _defang(text: str) -> str:
    if "." not in text and ":" not in text:
        return text  # no scheme, no host name: nothing to defang
    if "//" not in text and "\\\\" not in text:
        shown = _defang_words(text)  # no scheme:// or scheme:\\ for a URL to start with
    else:
        out: list[str] = []
        at = 0
        urls = list(_URL_AUTHORITY.finditer(text))
        for i, m in enumerate(urls):
            out.append(_defang_words(text[at : m.start()]))
            scheme = _HTTP_SCHEME_START.sub("hxxp", _FTP_SCHEME_START.sub("fxp", m.group(1)))
            out.append(f"{scheme}{m.group(2)}{m.group(3)}{_defang_host(m.group(4))}")
            at = m.end()
            # the path runs to the next blank, or to the next URL (one inside this path's query
            # is shown defanged once, not repeated after the path): left as it is
            stop = _PATH_END.search(text, at)
            path_end = stop.start() if stop else len(text)
            if i + 1 < len(urls):
                path_end = min(path_end, urls[i + 1].start())
            out.append(text[at:path_end])
            at = path_end
        out.append(_defang_words(text[at:]))
        shown = "".join(out)
    if ":" not in shown:
        return shown  # a scheme is followed by ':' (or '[:]')
    # and any scheme left (glued to a word, or inside another URL's path) loses its link
    return _FTP_SCHEME.sub("fxp", _HTTP_SCHEME.sub("hxxp", shown))


# the characters of an IPv4 address in any of the forms below; an IPv6 one has a ':'
_IPV4_CHARS = frozenset("0123456789abcdefxABCDEFX.")


def parse_ip(host: str) -> tuple[str, bool] | None:
    """Dotted quad for an IPv4 written as dotted decimal, hex, octal or one integer."""
    host = host.strip("[]")
    if ":" not in host and not _IPV4_CHARS.issuperset(host):
        return None  # a host name (most hosts): neither form below can read it
    try:
        return str(ipaddress.ip_address(host)), False
    except ValueError:
        pass
    parts = host.split(".")
    if not 1 <= len(parts) <= 4 or not all(parts):
        return None
    values = []
    for part in parts:
        if not (part.isascii() and part.isalnum()):  # int() takes "-1", "1_0", "٣"; no address does
            return None
        try:
            if part.lower().startswith("0x"):
                values.append(int(part, 16))
            elif len(part) > 1 and part.startswith("0"):
                values.append(int(part, 8))
            else:
                values.append(int(part, 10))
        except ValueError:
            return None
    # inet_aton semantics: the last part fills the remaining bytes
    if any(v > 255 for v in values[:-1]) or values[-1] >= 256 ** (5 - len(values)):
        return None
    number = 0
    for v in values[:-1]:
        number = number * 256 + v
    number = number * 256 ** (5 - len(values)) + values[-1]
    if number >= 2**32:
        return None
    return str(ipaddress.IPv4Address(number)), True


_SCHEME_REST = re.compile(r"(?i)([a-z]{2,6}):(//|\\\\)(.*)", re.S)


# A NUL written as a string literal's escape (\x00, \u0000, \000): no address holds one, and
# it ends the address in the text (tests of null-byte handling: 'http://a.example\x00http://b').
_NUL_ESCAPE = re.compile(r"\\(?:x00|u0000|000)")


WEB_PAGE_MAX = 2048


def parse_web_page(address: str | None) -> ParsedURL | None:
    """A page's address as the signals read it: http(s) only, with a host, its first 2 KiB."""
    if not address or not address.lower().startswith(("http://", "https://")):
        return None
    page = parse_url(address[:WEB_PAGE_MAX])
    return page if page is not None and page.host else None


# Addresses read with no place in a text (a page's, a host's) are kept, the newest few: the
# checks of one verdict read the page it was copied from a dozen times over (parse_web_page,
# provenance, the summary); the reading is the same each time, and a ParsedURL is frozen
PARSED_KEPT = 16


def parse_url(raw: str, start: int = -1) -> ParsedURL | None:
    """The address as a downloader reads it; `start`: where it stands in its text (-1: none)."""
    if start < 0:
        return _parse_kept(raw)
    return _parse_url(raw, start)


@functools.lru_cache(maxsize=PARSED_KEPT)
def _parse_kept(raw: str) -> ParsedURL | None:
    return _parse_url(raw, -1)


def _parse_url(raw: str, start: int) -> ParsedURL | None:
    written = raw.strip().rstrip(".,;:!?)]}'\"")
    # every defanged mark refang undoes holds a bracket (most addresses have none); only 'H'
    # lower-cases to 'h', 'X' to 'x' and 'P' to 'p', so the first four characters say whether
    # the whole address lower-cased starts with "hxxp"
    text = refang(written) if "[" in written or "(" in written else written
    defanged = text != written or raw[:4].lower() == "hxxp"
    nul = _NUL_ESCAPE.search(text) if "\\" in text else None
    if nul:
        text = text[: nul.start()]
    backslashes = False
    m = _SCHEME_REST.match(text)
    if not m:
        return None
    scheme = m.group(1).lower().replace("xx", "tt")
    rest = m.group(3)
    if m.group(2) == "\\\\" or "\\" in rest.split("/", 1)[0]:
        backslashes = True
        rest = rest.replace("\\", "/")
    authority, _, tail = rest.partition("/")
    path = "/" + tail
    query = ""
    if "#" in authority.split("?", 1)[0]:
        # a fragment ends the host (https://#deb names none: nothing can be fetched from it)
        authority, tail = authority.split("#", 1)[0], ""
        path = "/"
    if "?" in authority:
        authority, _, query = authority.partition("?")
        path = "/"
    elif "?" in path:
        path, _, query = path.partition("?")
    path = path.split("#", 1)[0]
    userinfo, _, hostport = authority.rpartition("@")
    host = hostport
    if hostport.startswith("["):
        host = hostport.split("]", 1)[0] + "]"
    elif hostport.count(":") == 1:
        host = hostport.split(":", 1)[0]
    host = host.lower().rstrip(".")
    if not host:
        return None
    ip = parse_ip(host)
    obfuscated = False
    if ip is not None:
        host, obfuscated = ip
    return ParsedURL(
        raw=raw,
        scheme=scheme,
        host=host,
        path=path,
        query=query,
        userinfo=userinfo,
        ip=ip is not None,
        obfuscated_ip=obfuscated,
        defanged=defanged,
        backslashes=backslashes,
        start=start,
    )


# A URL given as the value of a variable or of an option such as a proxy or a DNS resolver is
# not what the command downloads and runs.
_ARGUMENT_BEFORE = re.compile(
    r"(?i)(?:\b(?P<name>[a-z_][a-z0-9_]*)=|--?(?:proxy|doh-url|referer|header|user-agent|resolve|x|e|h)"
    r"(?:=|\s{1,4})|-proxy\s{1,4})[\"']?$"
)


# Windows Installer properties whose value is a file msiexec fetches and applies to the package
# (a transform or a patch can add custom actions that run code): a download, not a setting.
LOADED_PROPERTIES = frozenset({"transforms", "patch"})


def is_argument_url(text: str, url: ParsedURL) -> bool:
    """True when the URL is the value of a setting, not a download. A shell variable that
    holds it and is used later (`URL=https://…; curl -O "$URL"`) stages a download instead."""
    if url.start < 0:
        return False
    m = _ARGUMENT_BEFORE.search(text[max(0, url.start - 40) : url.start])
    if m is None:
        return False
    name = m.group("name")
    if name and name.lower() in LOADED_PROPERTIES:
        return False  # msiexec TRANSFORMS=<url>: a transform it fetches and applies, with its code
    if name:
        after = text[url.start : url.start + 4096]
        if f"${name}" in after or f"${{{name}}}" in after:
            return False
    return True


# What follows every _URL scheme: a match starts 2 to 5 characters before one of these (the
# scheme: ws .. https), which a plain search finds (rescan.py)
_URL_MARKS = ("://", ":\\\\", "[:]//", "[:]\\\\")


def _url_matches(text: str) -> Iterator[re.Match[str]]:
    """_URL.finditer(text)."""
    marks = occurrences(text, _URL_MARKS)
    starts = sorted({s for at in marks for s in range(max(0, at - 5), at - 1)})
    return matches_from(_URL, text, starts)


def _bare_fetches(text: str) -> Iterator[re.Match[str]]:
    """_BARE_FETCH.finditer(text): in ASCII, every match starts at a downloader's name (in
    other text (?i) also takes 'ı' and 'İ' for an 'i')."""
    if not text.isascii():
        return _BARE_FETCH.finditer(text)
    return matches_from(_BARE_FETCH, text, occurrences(text.lower(), _FETCHERS))


def find_urls(text: str, limit: int = MAX_URLS) -> list[ParsedURL]:
    """URLs with a scheme, then host names that follow a downloader command."""
    found: list[ParsedURL] = []
    seen: set[str] = set()
    # cheap hints first: a URL has '//' or two backslashes after its scheme, and a bare host
    # follows a downloader's name
    urls = "//" in text or "\\\\" in text
    for m in itertools.islice(_url_matches(text) if urls else (), limit):
        parsed = parse_url(m.group(0), m.start())
        if parsed and parsed.full not in seen:
            seen.add(parsed.full)
            found.append(parsed)
    if len(found) < limit and _may_fetch(text):
        for m in itertools.islice(_bare_fetches(text), limit - len(found)):
            before = text[m.start() : m.start(1)].split()
            flag = before[-1].strip("\"'") if before else ""
            if flag.lower() in _OUTPUT_FLAGS or _OUTPUT_CLUSTER.fullmatch(flag):
                continue  # `curl URL -o get-docker.sh` names a file, not a host
            parsed = parse_url("https://" + m.group(1), m.start(1))
            if parsed and parsed.full not in seen and "." in parsed.host:
                seen.add(parsed.full)
                found.append(parsed)
    return found


@dataclass(frozen=True)
class UNCPath:
    host: str
    share: str
    webdav: bool  # host@SSL or host@port: fetched over HTTP(S) by the WebDAV client


def find_unc_paths(text: str, limit: int = 16) -> list[UNCPath]:
    if "\\\\" not in text:
        return []
    out = []
    for m in itertools.islice(_UNC.finditer(text), limit):
        host = m.group(1)
        if host.lower() in {"?", ".", "localhost", "127.0.0.1"}:
            continue
        out.append(UNCPath(host=host.split("@")[0].lower(), share=m.group(2), webdav="@" in host))
    return out


# what every _PHONE match holds: a toll-free prefix or a '+' before a digit
_PHONE_HINT = re.compile(r"8(?:00|33|44|55|66|77|88)|\+\d")


def find_phone_numbers(text: str, limit: int = 4) -> list[str]:
    if ("8" not in text and "+" not in text) or not _PHONE_HINT.search(text):
        return []  # every hint has an '8' or a '+' (a plain look for them costs less)
    return [m.group(0) for m in itertools.islice(_PHONE.finditer(text), limit)]
