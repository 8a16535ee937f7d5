"""Which proxy an HTTP sink goes through, from the environment as curl and Python's urllib read it.

Organisations route outgoing traffic, SIEM traffic included, through a proxy named in
`https_proxy` / `http_proxy` (lower case wins over `HTTPS_PROXY` / `HTTP_PROXY`; `all_proxy` is
the fallback for both) and exempt hosts in `no_proxy` / `NO_PROXY`:

- `*` exempts every host;
- a name exempts itself and every host under it (`example.com` and `.example.com` both match
  `example.com` and `siem.example.com`, never `badexample.com`);
- `name:port` exempts that name on that port only;
- an IP address exempts itself, a CIDR block (`10.0.0.0/8`) every address in it.

A collector on this machine (localhost, 127.0.0.0/8, ::1) goes through a proxy only when the
proxy runs on this machine too (a local authenticating relay): a proxy elsewhere would reach
its own loopback.

Only `http://` proxies are spoken to (a schemeless `host:port` is one too, as for curl). For an
https collector the sink asks the proxy for a tunnel (CONNECT) and speaks TLS to the collector
through it, so the proxy sees the collector's host and port, never the request, its token or the
events. Any other proxy scheme (socks5://, https://) is reported, not bypassed: the events wait
in the outbox rather than leave by a route the organisation did not choose.

With none of the variables set, Windows and macOS use the proxy in the system's own settings
(the registry, System Configuration) and its exceptions, as urllib does.
"""

from __future__ import annotations

import base64
import ipaddress
import os
import sys
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

DEFAULT_PORT = 1080  # curl's default proxy port when the variable names none


@dataclass(frozen=True)
class Proxy:
    """An HTTP proxy: where it is and, when the variable carried a user, its credentials."""

    host: str
    port: int
    authorization: str | None = None  # the Proxy-Authorization header value (Basic)
    variable: str = ""  # the environment variable it came from
    problem: str | None = None  # set when the variable names a proxy this sink cannot use

    @property
    def address(self) -> str:
        """`http://host:port` without credentials: what status and the log show."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def describe(self) -> str:
        if self.problem:
            return f"{self.variable}: {self.problem}"
        return f"{self.address} (from {self.variable})"


@dataclass(frozen=True)
class Route:
    """How requests to one collector travel: through `proxy`, or directly (None)."""

    proxy: Proxy | None
    note: str | None = None  # what status and the log say; None: direct, no proxy is set


def proxy_for(url: str, environ: Mapping[str, str] | None = None) -> Proxy | None:
    """The proxy a request to `url` goes through; None for a direct connection."""
    return route_for(url, environ).proxy


SYSTEM_SETTINGS = "the system's proxy settings"


def system_proxies() -> Mapping[str, str]:
    """Windows' (registry) and macOS' (System Configuration) proxy per scheme, as urllib reads
    them when no variable is set; nothing elsewhere (Linux desktops use the variables)."""
    if sys.platform in ("win32", "darwin"):
        return urllib.request.getproxies()
    return {}


def system_bypass(host: str) -> bool:
    """Whether the system's exceptions (Windows ProxyOverride, macOS exceptions) exempt `host`."""
    if sys.platform in ("win32", "darwin"):
        return bool(urllib.request.proxy_bypass(host))
    return False


def route_for(
    url: str,
    environ: Mapping[str, str] | None = None,
    system: Callable[[], Mapping[str, str]] = system_proxies,
    system_exempts: Callable[[str], bool] = system_bypass,
) -> Route:
    """The route to `url`. The variables decide; without any, this process (`environ` None)
    follows the system's own proxy settings on Windows and macOS, as urllib does (a PAC
    script or WPAD is not run: set the variables where only those name the proxy)."""
    env = os.environ if environ is None else environ
    split = urlsplit(url)
    scheme = split.scheme.lower()
    host = (split.hostname or "").lower()
    if not host or scheme not in ("http", "https"):
        return Route(None)
    try:
        port = split.port or (443 if scheme == "https" else 80)
    except ValueError:
        return Route(None)
    found = _variable(env, f"{scheme}_proxy") or _variable(env, "all_proxy")
    if found is None:
        if environ is not None:
            return Route(None)
        value = system().get(scheme, "").strip()
        if not value:
            return Route(None)
        if system_exempts(host):
            return Route(None, f"none: {SYSTEM_SETTINGS} exempt {host}")
        found = SYSTEM_SETTINGS, value
    else:
        exempt = _variable(env, "no_proxy")
        if exempt is not None and bypassed(host, port, exempt[1]):
            return Route(None, f"none: {exempt[0]} exempts {host}")
    proxy = parse_proxy(found[1], found[0])
    if _loopback(host) and not proxy.problem and not _loopback(proxy.host):
        # another machine's proxy would reach its own loopback, not ours (and a token that may
        # go over plain http to this machine only would cross the network to it)
        return Route(None, f"none: {host} is this machine, which {proxy.address} cannot reach")
    return Route(proxy, proxy.describe())


def _loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    address = _ip(host.strip("[]"))
    return address is not None and address.is_loopback


def _variable(env: Mapping[str, str], name: str) -> tuple[str, str] | None:
    """`name` in lower case, else in upper case; an empty value counts as unset."""
    for key in (name, name.upper()):
        value = env.get(key, "").strip()
        if value:
            return key, value
    return None


def parse_proxy(value: str, variable: str = "") -> Proxy:
    """`http://user:password@host:port`, or `host:port` (http assumed, as curl does)."""
    text = value.strip()
    if "://" not in text:
        text = "http://" + text
    try:
        split = urlsplit(text)
        port = split.port
    except ValueError as exc:
        return Proxy("", 0, variable=variable, problem=f"not a proxy address ({exc})")
    scheme = split.scheme.lower()
    host = split.hostname or ""
    if scheme != "http":
        problem = f"{scheme}:// proxies are not supported; use an http:// proxy"
        return Proxy(host, port or 0, variable=variable, problem=problem)
    if not host:
        return Proxy("", 0, variable=variable, problem="the proxy address names no host")
    authorization = None
    if split.username is not None:
        pair = f"{unquote(split.username)}:{unquote(split.password or '')}"
        authorization = "Basic " + base64.b64encode(pair.encode("utf-8")).decode("ascii")
    return Proxy(host, port or DEFAULT_PORT, authorization, variable)


def bypassed(host: str, port: int, no_proxy: str) -> bool:
    """Whether `no_proxy` exempts `host` (lower case, no brackets) on `port`."""
    address = _ip(host)
    for raw in no_proxy.replace(" ", ",").split(","):
        entry = raw.strip().lower()
        if not entry:
            continue
        if entry == "*":
            return True
        name, entry_port = _split_port(entry)
        if entry_port is not None and entry_port != port:
            continue
        name = name.strip("[]")
        if address is not None:
            if "/" in name:
                try:
                    if address in ipaddress.ip_network(name, strict=False):
                        return True
                except ValueError:
                    pass
                continue
            if _ip(name) == address:
                return True
            continue
        name = name.lstrip(".").lstrip("*.")
        if name and (host == name or host.endswith("." + name)):
            return True
    return False


def _split_port(entry: str) -> tuple[str, int | None]:
    """`name:port` → (name, port); an IPv6 address without brackets has no port."""
    if entry.startswith("["):
        inside, _, rest = entry[1:].partition("]")
        return inside, int(rest[1:]) if rest.startswith(":") and rest[1:].isdigit() else None
    if entry.count(":") == 1:
        name, _, port = entry.partition(":")
        if port.isdigit():
            return name, int(port)
    return entry, None


def _ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None
