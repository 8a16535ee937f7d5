"""Whose server does each redirect setting in a text name? Cleared per setting, not per text.

The redirect rules (PG-WIN-TRAFFIC-REDIRECT, PG-WIN-DNS-REDIRECT, PG-NIX-TRAFFIC-REDIRECT,
PG-NIX-PROXY-REDIRECT; 13-windows-handover.yaml, 23-nix-acts.yaml) find a setting that points
this computer's name lookups or web traffic at an address: a hosts entry, DNS servers, a web
proxy. A rule's `none` clears a whole text, so a local or well-known server named in ONE setting
cleared a stranger's server set in ANOTHER within the same act (`netsh … set dns "Wi-Fi" static
192.168.1.1 & netsh … set dns Ethernet static 203.0.113.53` was clean). So these rules carry no
clearing of their own; the engine keeps their finding only when at least one setting of that
act, read here one by one, names a stranger's address:

- a hosts entry: an address that is not this computer's or the local network's (0/8, 127/8,
  10/8, 172.16/12, 192.168/16: ad blocking, a local test server, the office's own);
- DNS servers: every server of the setting is local (as above) or a well-known public
  resolver (Cloudflare's, Google's, Quad9's, OpenDNS's, AdGuard's, CleanBrowsing's, Comodo's,
  Control D's, NextDNS's anycast addresses), or an IPv6 address or `empty` (macOS);
- a web or SOCKS proxy: a local address or a local name (localhost, .local, .lan, .internal,
  .home.arpa, .corp, .intranet). A proxy script's address (a PAC URL) is never cleared.

When no setting can be read here (a shape the rule's pattern knows and this reader does not),
the finding is kept: only settings read and found harmless clear it. Pure string work on at
most MAX_TEXT characters a layer and MAX_LINE a line; linear patterns only.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

MAX_TEXT = 64 * 1024
MAX_LINE = 4096
MAX_SETTINGS = 64

HOSTS_RULE = "PG-WIN-TRAFFIC-REDIRECT"
WIN_DNS_RULE = "PG-WIN-DNS-REDIRECT"
NIX_DNS_RULE = "PG-NIX-TRAFFIC-REDIRECT"
NIX_PROXY_RULE = "PG-NIX-PROXY-REDIRECT"
RULES = frozenset({HOSTS_RULE, WIN_DNS_RULE, NIX_DNS_RULE, NIX_PROXY_RULE})

_IPV4 = re.compile(r"(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w-]|\.\d)")

# the public resolvers everyone's guides name (as the rules named them before)
_RESOLVERS = re.compile(
    r"1\.[01]\.[01]\.[1-3]|8\.8\.8\.8|8\.8\.4\.4|9\.9\.9\.(?:9|10|11|12)"
    r"|149\.112\.112\.(?:112|10|11|12)|208\.67\.22[02]\.(?:22[02]|123)"
    r"|94\.140\.1[45]\.(?:1[456]|14[01])|185\.228\.16[89]\.\d{1,3}|8\.26\.56\.26|8\.20\.247\.20"
    r"|76\.76\.(?:2|10)\.\d{1,3}|45\.90\.(?:28|30)\.\d{1,3}"
)
_LOCAL_NAME = re.compile(r"(?i)localhost|[\w.-]*\.(?:local|lan|internal|home\.arpa|corp|intranet)")

# a command ends at a newline or at ; & | ) (PowerShell's and the shells' separators)
_REST = r"[^\n;&|)]{0,512}"
_SERVICE = r"(?:\"[^\"\n]{0,80}\"|'[^'\n]{0,80}'|(?:\\\s|[^\s\\]){1,80})"

_HOSTS_LINE = re.compile(r"(?i)\bdrivers[\\/]+etc[\\/]+hosts\b")
_HOSTS_ENTRY = re.compile(
    r"(?i)(?:^|(?<=[\s\"'`n>]))(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\s+[a-z0-9\-]+\.[a-z0-9.\-]+"
)
_WIN_DNS = re.compile(
    r"(?i)\bset-dnsclientserveraddress\b[^\n;&|]{0,400}?-serveraddresses\b([^\n;&|]{0,400}?)"
    r"(?=\s-[a-z]|[\n;&|]|$)"
    r"|\bnetsh(?:\.exe)?\s+interface\s+ip(?:v4)?\s+(?:set|add)\s+dns(?:servers?)?\b(" + _REST + ")"
)
_NIX_DNS = re.compile(r"(?i)\bnetworksetup\s+-setdnsservers\s+" + _SERVICE + "(" + _REST + ")")
_RESOLV_WRITE = re.compile(r"(?i)(?:>|\btee\b)[^\n]{0,400}/etc/resolv\.conf\b")
_NAMESERVER = re.compile(r"(?i)\bnameserver\s+(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\b")
_NIX_PROXY = re.compile(
    r"(?i)\bnetworksetup\s+-set(?:secure)?webproxy\s+" + _SERVICE + r"\s+([^\s;&|)]{1,253})"
    r"|\bnetworksetup\s+-setsocksfirewallproxy\s+" + _SERVICE + r"\s+([^\s;&|)]{1,253})"
    r"|\bgsettings\s+set\s+org\.gnome\.system\.proxy(?:\.https?|\.socks)?\s+host\s+([^\s;&|)]{1,253})"
    r"|\b(networksetup\s+-setautoproxyurl|gsettings\s+set\s+org\.gnome\.system\.proxy\s+autoconfig-url)\b"
    # Windows' own proxy for system services and updates (`netsh winhttp set proxy host:port`)
    r"|\bnetsh(?:\.exe)?\s+winhttp\s+set\s+proxy\s+(?:proxy-server\s*=\s*)?[\"']?(?:https?=)?"
    r"([^\s;&|)\"':]{1,253})"
)


def local_address(ip: str) -> bool:
    """This computer or the local network: 0/8, 127/8, 10/8, 172.16/12, 192.168/16."""
    parts = ip.split(".")
    if len(parts) != 4 or not all(p.isdigit() for p in parts):
        return False
    a, b = int(parts[0]), int(parts[1])
    return a in (0, 10, 127) or (a == 192 and b == 168) or (a == 172 and 16 <= b <= 31)


def harmless_server(ip: str) -> bool:
    """A DNS server nobody needs to be warned about: a local one or a well-known resolver."""
    return local_address(ip) or _RESOLVERS.fullmatch(ip) is not None


def _addresses(text: str) -> list[str]:
    return [".".join(m.groups()) for m in itertools.islice(_IPV4.finditer(text), 16)]


def _lines(texts: Iterable[str], hint: str) -> Iterator[str]:
    for text in texts:
        text = text[:MAX_TEXT]
        if hint not in text.lower():
            continue
        for line in itertools.islice(text.splitlines(), 2000):
            if hint in line.lower():
                yield line[:MAX_LINE]


def _hosts(texts: Iterable[str]) -> Iterator[bool]:
    """The entries on a line that names the hosts file, and the one that starts the line after
    it (a listing under a `# C:\\Windows\\…\\hosts` heading: as far as the rule's pattern reads)."""
    for text in texts:
        text = text[:MAX_TEXT]
        if "hosts" not in text.lower():
            continue
        lines = text.splitlines()[:2000]
        for i, line in enumerate(lines):
            line = line[:MAX_LINE]
            if "hosts" not in line.lower() or not _HOSTS_LINE.search(line):
                continue
            for m in itertools.islice(_HOSTS_ENTRY.finditer(line), 16):
                yield not local_address(m.group(1))
            after = (
                _HOSTS_ENTRY.match(lines[i + 1][:MAX_LINE].lstrip(" \t\"'`"))
                if i + 1 < len(lines)
                else None
            )
            if after is not None:
                yield not local_address(after.group(1))


def _win_dns(texts: Iterable[str]) -> Iterator[bool]:
    for line in _lines(texts, "dns"):
        for m in itertools.islice(_WIN_DNS.finditer(line), 16):
            servers = _addresses(m.group(1) if m.group(1) is not None else m.group(2))
            yield any(not harmless_server(ip) for ip in servers)


def _nix_dns(texts: Iterable[str]) -> Iterator[bool]:
    for line in _lines(texts, "setdnsservers"):
        for m in itertools.islice(_NIX_DNS.finditer(line), 16):
            yield any(not harmless_server(ip) for ip in _addresses(m.group(1)))
    for line in _lines(texts, "nameserver"):
        if _RESOLV_WRITE.search(line) is None:
            continue
        for m in itertools.islice(_NAMESERVER.finditer(line), 16):
            if _RESOLV_WRITE.search(line, m.end()):  # written to resolv.conf after it
                yield not harmless_server(m.group(1))


def _nix_proxy(texts: Iterable[str]) -> Iterator[bool]:
    for line in _lines(texts, "proxy"):
        for m in itertools.islice(_NIX_PROXY.finditer(line), 16):
            if m.group(4):
                yield True  # a proxy script's address: never cleared
                continue
            host = (m.group(1) or m.group(2) or m.group(3) or m.group(5) or "").strip("\"'")
            if _IPV4.fullmatch(host):
                yield not local_address(host)
            else:
                yield _LOCAL_NAME.fullmatch(host) is None and "." in host


def stranger_proxies(texts: Iterable[str]) -> list[str] | None:
    """The proxy names of the web or SOCKS proxy settings that are not local (the ones that
    keep PG-NIX-PROXY-REDIRECT), or None when one of them is an address or a proxy script's
    (those no page's domain can own) or when none was read."""
    names: list[str] = []
    read = False
    for line in _lines(list(texts), "proxy"):
        for m in itertools.islice(_NIX_PROXY.finditer(line), 16):
            read = True
            if m.group(4):
                return None
            host = m.group(1) or m.group(2) or m.group(3) or m.group(5) or ""
            host = host.strip("\"'").lower()
            if _IPV4.fullmatch(host):
                if not local_address(host):
                    return None
                continue
            if _LOCAL_NAME.fullmatch(host) is None and "." in host:
                names.append(host)
            if len(names) >= MAX_SETTINGS:
                return None
    return names if read and names else None


_READERS = {HOSTS_RULE: _hosts, WIN_DNS_RULE: _win_dns, NIX_DNS_RULE: _nix_dns,
            NIX_PROXY_RULE: _nix_proxy}  # fmt: skip


def cleared(rule_id: str, texts: Iterable[str]) -> bool:
    """Whether every setting of the rule's act that the texts hold is harmless (and at least
    one was read): then the rule's finding goes."""
    reader = _READERS.get(rule_id)
    if reader is None:
        return False
    settings = list(itertools.islice(reader(list(texts)), MAX_SETTINGS))
    return bool(settings) and not any(settings)
