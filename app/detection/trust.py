"""Which download sources are known official installers, and which hosts are never trusted.

The lists are data (`resources/trust.yaml`). A URL is a known installer only when its parsed
scheme, host and path match an entry exactly: a user part (`https://sh.rustup.rs@evil.test`),
a longer host (`raw.githubusercontent.com.evil.test`) or plain HTTP never match.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from app.detection.indicators import ParsedURL


class Trust(enum.Enum):
    INSTALLER = "installer"  # an official installer script
    UNKNOWN = "unknown"
    NEVER = "never"  # paste sites, tunnels, chat CDNs, shared hosting: anyone can put files there


@dataclass(frozen=True)
class InstallerSource:
    name: str
    scheme: str
    host: str
    path_prefix: str  # "" matches any path


@dataclass
class TrustList:
    installers: list[InstallerSource] = field(default_factory=list)
    never_trusted: tuple[str, ...] = ()  # host suffixes
    shared_hosts: frozenset[str] = frozenset()  # hosts where the path decides who owns a file

    @classmethod
    def load(cls, path: Path, extra_installers: list[str] | None = None) -> TrustList:
        data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        trust = cls(
            never_trusted=tuple(h.lower().lstrip(".") for h in data.get("never_trusted", [])),
            shared_hosts=frozenset(h.lower() for h in data.get("shared_hosts", [])),
        )
        for entry in data.get("installers", []):
            for url in entry.get("urls", []):
                trust.add_installer(entry["name"], url)
        for url in extra_installers or []:
            trust.add_installer("trusted by policy", url)
        return trust

    def add_installer(self, name: str, url: str) -> None:
        scheme, _, rest = url.partition("://")
        host, _, path = rest.partition("/")
        self.installers.append(
            InstallerSource(name, scheme.lower(), host.lower(), "/" + path if path else "")
        )

    def is_never_trusted(self, host: str) -> bool:
        host = host.lower()
        return any(host == s or host.endswith("." + s) for s in self.never_trusted)

    def installer_for(self, url: ParsedURL) -> str | None:
        """Name of the installer a URL belongs to, or None."""
        if url.userinfo or url.ip or url.defanged or url.backslashes or url.scheme != "https":
            return None
        # An entry names one reviewed tenant exactly (fnm.vercel.app/install), so it may sit
        # under a never-trusted suffix; every other tenant of that suffix stays untrusted.
        for source in self.installers:
            if source.host != url.host or source.scheme != url.scheme:
                continue
            if not source.path_prefix or url.path.lower().startswith(source.path_prefix.lower()):
                return source.name
        return None

    def classify(self, url: ParsedURL) -> Trust:
        """Installer, never trusted, or unknown."""
        if self.installer_for(url):
            return Trust.INSTALLER
        if self.is_never_trusted(url.host):
            return Trust.NEVER
        return Trust.UNKNOWN

    def lookalike_of(self, url: ParsedURL) -> str | None:
        """A trusted host hidden inside another host or in the user part of a URL."""
        for source in self.installers:
            host = source.host
            if url.host == host:
                continue
            if url.host.startswith(host + ".") or host in url.userinfo.lower():
                return host
        return None
