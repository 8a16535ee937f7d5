"""Which download sources are known official installers, and which hosts are never trusted.

The lists are data (`resources/trust.yaml`). A URL is a known installer only when its parsed
scheme, host and path match an entry exactly: a user part (`https://sh.rustup.rs@evil.test`),
a longer host (`raw.githubusercontent.com.evil.test`) or plain HTTP never match.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.detection import datafiles
from app.detection.indicators import ParsedURL
from app.detection.provenance import (
    FORGE_HOSTS,
    forge_owner,
    registrable_domain,
    repository_page,
    unicode_host,
)
from app.detection.unicode_fold import fold
from app.shipped import resources_dir


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
    # the entry's name is a vendor's for look-alike hosts (trust.Vendors); not when the name is
    # a word of the language (dagger.io, just.systems), which other people's domains say too
    vendor: bool = True


def default_trust_path() -> Path:
    """The shipped list (resources/trust.yaml)."""
    return resources_dir() / "trust.yaml"


def _parse(text: str) -> Any:
    import yaml  # only when the file's parse is not cached (app/detection/datafiles.py)

    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: faster start-up
    return yaml.load(text, Loader=loader)


@dataclass(frozen=True)
class Publisher:
    """A company that documents its software on some sites and serves it from others (AWS's
    docs and S3, Microsoft Learn and aka.ms): its documentation vouches for those hosts."""

    name: str
    docs: tuple[tuple[str, str], ...]  # (host, path prefix) of pages the company writes itself
    serves: tuple[str, ...]  # hosts; ".domain" for a domain and every host under it
    # forge accounts the company publishes under, as (forge, account): ("github", "rapid7")
    accounts: frozenset[tuple[str, str]] = frozenset()

    def documents(self, page: ParsedURL) -> bool:
        """A page the company writes itself: its documentation, or a repository of one of its
        own forge accounts (github.com/microsoft/<repo>'s README; not its issues, where anyone
        writes)."""
        path = page.path.lower()
        if any(page.host == host and path.startswith(prefix) for host, prefix in self.docs):
            return True
        owner = repository_page(page) if self.accounts else None
        return owner is not None and (owner.forge, owner.owner) in self.accounts

    def hosts(self, host: str) -> bool:
        return any(
            host == h or (h.startswith(".") and (host == h[1:] or host.endswith(h)))
            for h in self.serves
        )

    def publishes(self, url: ParsedURL) -> bool:
        """The URL is a file of one of the company's own forge accounts (its repositories,
        their raw files and releases, its pages site)."""
        owner = forge_owner(url) if self.accounts else None
        return owner is not None and (owner.forge, owner.owner) in self.accounts


def _plain(url: ParsedURL) -> bool:
    return (
        url.scheme == "https"
        and not url.userinfo
        and not url.ip
        and not url.defanged
        and not url.backslashes
        and url.host.isascii()
    )


_AUTHORITY_END = re.compile(r"[/?#\\]")


def _other_port(url: ParsedURL) -> bool:
    """The address names a port other than HTTPS's own (https://get.k3s.io:8443/): the reader
    keeps the host and drops the port, so it is read back from the address as written."""
    rest = url.raw.split("://", 1)[-1]
    authority = _AUTHORITY_END.split(rest, maxsplit=1)[0].rpartition("@")[2]
    if authority.startswith("["):
        authority = authority.partition("]")[2]
    _, colon, port = authority.partition(":")
    return bool(colon) and port.lstrip("0") != "443" and port != ""


# A path segment that is "." or "..", as written or percent-encoded (%2e, as browsers and .NET
# read it): curl and every browser remove it and the segment before it before asking the
# server, so /pyenv/pyenv-installer/../../someone/else/x.sh is fetched as /someone/else/x.sh.
_DOT_SEGMENT = re.compile(r"(?i)(?:^|/)(?:\.|%2e){1,2}(?:/|$)")


@dataclass
class TrustList:
    installers: list[InstallerSource] = field(default_factory=list)
    never_trusted: tuple[str, ...] = ()  # host suffixes
    shared_hosts: frozenset[str] = frozenset()  # hosts where the path decides who owns a file
    # names of companies whose names fake pages borrow (github-security-notice.example)
    borrowed_names: frozenset[str] = frozenset()
    publishers: tuple[Publisher, ...] = ()
    # never-trusted hosting suffixes where each name is one owner's site (ogun.pages.dev)
    tenant_sites: frozenset[str] = frozenset()
    # never-trusted hosts that only redirect: the address hides where the script comes from
    shorteners: frozenset[str] = frozenset()
    # a forge's own short-link hosts -> that forge ("git.io" -> "github")
    forge_shorteners: dict[str, str] = field(default_factory=dict)
    # (host, path prefix) of sign-in services' developer documentation (Google's OAuth guide,
    # Microsoft's identity platform, the RFCs): their example redirects are examples
    sign_in_docs: tuple[tuple[str, str], ...] = ()
    # (host, path prefix) of the CDNs of well-known JavaScript libraries that nobody publishes
    # to for themselves (code.jquery.com, cdnjs's /ajax/libs/): a file there is a library's
    library_cdns: tuple[tuple[str, str], ...] = ()
    # host -> (position of its first entry, its entries in order): built on first use,
    # dropped by add_installer; a lookup per URL instead of a walk over every entry
    _by_host: dict[str, tuple[int, list[InstallerSource]]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _never: tuple[tuple[str, ...], frozenset[str]] = field(
        default=((), frozenset()), init=False, repr=False, compare=False
    )

    # What a copy for another process carries: the lists, not what lookups derived from them.
    # The analysis process is started from a thread (app/detection/supervisor.py) and pickles
    # this list while the guard's own fallback engine may be reading the same object: pickle
    # walking the live __dict__ (or Vendors' answer memo) as that reader adds `vendors` or an
    # answer raised "dictionary changed size during iteration" and the process did not start.
    _DERIVED = ("vendors", "_by_host")

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)  # one C-level copy: no other thread runs in between
        for name in self._DERIVED:
            state.pop(name, None)
        state["_by_host"] = None
        return state

    @classmethod
    def load(cls, path: Path, extra_installers: list[str] | None = None) -> TrustList:
        data: dict[str, Any] = datafiles.load(path, "safe", _parse) or {}
        trust = cls(
            never_trusted=tuple(h.lower().lstrip(".") for h in data.get("never_trusted", [])),
            shared_hosts=frozenset(h.lower() for h in data.get("shared_hosts", [])),
            borrowed_names=frozenset(n.lower() for n in data.get("borrowed_names", [])),
            publishers=tuple(_publisher(entry) for entry in data.get("publishers", [])),
            tenant_sites=frozenset(h.lower().lstrip(".") for h in data.get("tenant_sites", [])),
            shorteners=frozenset(h.lower() for h in data.get("shorteners", [])),
            forge_shorteners={
                str(h).lower(): str(f).lower()
                for h, f in (data.get("forge_shorteners") or {}).items()
            },
            sign_in_docs=tuple(_prefix(url) for url in data.get("sign_in_docs", [])),
            library_cdns=tuple(_prefix(url) for url in data.get("library_cdns", [])),
        )
        for entry in data.get("installers", []):
            for url in entry.get("urls", []):
                trust.add_installer(entry["name"], url, vendor=not entry.get("word", False))
        for url in extra_installers or []:
            trust.add_installer("trusted by policy", url)
        return trust

    def add_installer(self, name: str, url: str, vendor: bool = True) -> None:
        scheme, _, rest = url.partition("://")
        host, _, path = rest.partition("/")
        self.installers.append(
            InstallerSource(name, scheme.lower(), host.lower(), "/" + path if path else "", vendor)
        )
        self._by_host = None

    def _hosts(self) -> dict[str, tuple[int, list[InstallerSource]]]:
        if self._by_host is None:
            index: dict[str, tuple[int, list[InstallerSource]]] = {}
            for position, source in enumerate(self.installers):
                index.setdefault(source.host, (position, []))[1].append(source)
            self._by_host = index
        return self._by_host

    def publisher_vouches(self, page: ParsedURL, url: ParsedURL) -> str | None:
        """Why a page of a publisher's own documentation vouches for a download from one of
        the hosts that publisher serves its software from (even a shared one), or None."""
        if not _plain(page) or not _plain(url):
            return None
        for publisher in self.publishers:
            if not publisher.documents(page):
                continue
            if publisher.hosts(url.host):
                return f"{publisher.name} documents {url.host} as its own ({page.host})"
            if publisher.publishes(url):
                return f"{publisher.name} publishes {url.host}{url.path[:40]} ({page.host})"
        return None

    def documents_sign_in(self, page: ParsedURL) -> bool:
        """The page is a sign-in service's developer documentation (trust.yaml `sign_in_docs`),
        read at its exact host over HTTPS: nobody but that service writes there."""
        path = page.path.lower()
        return _plain(page) and any(
            page.host == host and path.startswith(prefix) for host, prefix in self.sign_in_docs
        )

    def library_file(self, url: ParsedURL) -> bool:
        """The address is a file of a well-known library's CDN (trust.yaml `library_cdns`),
        read at its exact host over HTTPS, with no dot segment to climb out of the prefix."""
        path = url.path.lower()
        return (
            _plain(url)
            and not _other_port(url)
            and not _DOT_SEGMENT.search(url.path)
            and any(url.host == h and path.startswith(prefix) for h, prefix in self.library_cdns)
        )

    def is_never_trusted(self, host: str) -> bool:
        """The host or a parent of it (at a dot) is listed: one set lookup per suffix."""
        host = host.lower()
        if self._never[0] is not self.never_trusted:
            self._never = (self.never_trusted, frozenset(self.never_trusted))
        suffixes = self._never[1]
        if host in suffixes:
            return True
        return any(host[i + 1 :] in suffixes for i, c in enumerate(host) if c == ".")

    def installer_for(self, url: ParsedURL) -> str | None:
        """Name of the installer a URL belongs to, or None."""
        # An entry names one reviewed tenant exactly (fnm.vercel.app/install), so it may sit
        # under a never-trusted suffix; every other tenant of that suffix stays untrusted.
        entry = self._hosts().get(url.host)
        if entry is None:
            return None  # no entry for the host (most addresses): nothing else to read
        if url.userinfo or url.ip or url.defanged or url.backslashes or url.scheme != "https":
            return None
        if _other_port(url):
            return None  # get.k3s.io:8443: not where the vendor documents its script
        path = url.path.lower()  # (once: a forge's host has dozens of entries)
        for source in entry[1]:
            if source.scheme != url.scheme:
                continue
            if not source.path_prefix:
                return source.name
            if path.startswith(source.path_prefix.lower()) and not _DOT_SEGMENT.search(url.path):
                return source.name  # not /prefix/../../someone-else/x.sh: curl fetches that
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
        index = self._hosts()
        if not url.userinfo and "" not in index:
            # only a leading run of whole labels can be an entry's host: look those up
            host, found = url.host, None
            for i, c in enumerate(host):
                if c == "." and host[:i] in index:
                    position = index[host[:i]][0]
                    if found is None or position < found[0]:
                        found = (position, host[:i])
            return found[1] if found else None
        for source in self.installers:
            host = source.host
            if url.host == host:
                continue
            if url.host.startswith(host + ".") or host in url.userinfo.lower():
                return host
        return None

    @functools.cached_property
    def vendors(self) -> Vendors:
        tenancies = (*self.never_trusted, "github.io", "gitlab.io", "codeberg.page")
        return Vendors.from_installers(self.installers, self.shared_hosts, tenancies)

    def imitation_of(self, url: ParsedURL) -> str | None:
        """How the URL's host imitates a known vendor, in a few words; None when it does not."""
        return self.vendors.imitated_by(url.host)


def _prefix(url: object) -> tuple[str, str]:
    """(host, path prefix) of a URL prefix as the trust list writes it."""
    _, _, rest = str(url).partition("://")
    host, _, path = rest.partition("/")
    return host.lower(), "/" + path.lower()


def _publisher(entry: dict[str, Any]) -> Publisher:
    docs = [_prefix(url) for url in entry.get("docs", [])]
    serves = tuple(str(h).lower() for h in entry.get("serves", []))
    accounts = set()
    for account in entry.get("accounts", []):
        forge, _, name = str(account).lower().partition(":")
        accounts.add((forge, name))
    return Publisher(str(entry["name"]), tuple(docs), serves, frozenset(accounts))


# Words too common to be a vendor's name on their own (`get.acme.sh` is no claim on "acme").
_GENERIC = frozenset(
    {
        "get", "install", "installer", "installs", "raw", "download", "downloads", "static",
        "apt", "pkg", "pkgs", "packages", "package", "releases", "release", "update", "updates",
        "docs", "www", "repo", "win", "test", "api", "dev", "cloud", "app", "sdk", "cli",
        "community", "script", "scripts", "tools", "files", "cdn", "storage", "builds", "mirror",
        "setup", "code", "ms", "aka", "acme", "activated", "signal", "coder", "my", "tea", "dot",
        "new", "go", "php",
    }
)  # fmt: skip


# The forges' own names, and the name of the host they serve repositories' files from: joined
# with a delivery word in someone else's registrable name (github-cdn, gitlab-raw) they pose as
# the forge's file host. The forges' own such domains are theirs.
_FORGE_FILE_NAMES = {"githubusercontent": "githubusercontent.com"}
_FORGE_NAMES = frozenset({"github", "githubusercontent", "gitlab", "bitbucket", "codeberg"})
_DELIVERY_PIECES = frozenset(
    {
        "cdn", "raw", "static", "dl", "download", "downloads", "files", "content",
        "usercontent", "assets", "release", "releases", "mirror", "objects", "media",
    }
)  # fmt: skip
_FORGES_OWN = frozenset({"gitlab-static.net", "github-cloud.com"})

MAX_REMEMBERED = 4096  # hosts whose imitation answer is kept

_ACCOUNT = re.compile(r"[a-z0-9][a-z0-9-]{3,38}")


def _one_edit(a: str, b: str) -> bool:
    """True when b is a with one letter changed, added, dropped or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]


def _two_edits(a: str, b: str) -> bool:
    """True when b is at most two single-letter edits away from a (bounded: names <= 63)."""
    if abs(len(a) - len(b)) > 2 or len(a) > 63 or len(b) > 63:
        return False
    # two edits leave at least one of b's three thirds untouched, and so inside a
    third = len(b) // 3
    if third and not any(p in a for p in (b[:third], b[third : 2 * third], b[2 * third :])):
        return False
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        if min(cur) > 2:
            return False
        prev = cur
    return prev[-1] <= 2


@dataclass(frozen=True)
class Vendors:
    """The names and hosts of known installer publishers, for spotting imitations of them."""

    hosts: frozenset[str]  # exact installer hosts (sh.rustup.rs)
    domains: frozenset[str]  # their registrable domains (rustup.rs)
    brands: dict[str, str]  # name -> what it stands for: "rustup" -> "rustup.rs"
    tenancies: frozenset[str] = frozenset()  # suffixes under which anyone gets a name
    # host -> answer: the same hosts come back paste after paste (bounded, cleared when full)
    _answers: dict[str, str | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @classmethod
    def from_installers(
        cls, installers: list[InstallerSource], shared: frozenset[str], tenancies: Iterable[str]
    ) -> Vendors:
        hosts: set[str] = set()
        domains: set[str] = set()
        brands: dict[str, str] = {}
        # the forges' file hosts: raw.githubusercontent.com is what the best-known installers
        # (Homebrew, nvm, Oh My Zsh) are fetched from, so look-alikes of it hand out lures
        # (githubusercontent-cdn.test, raw-githubusercontent.net, githubusercontnet.com)
        for forge_name, forge_domain in _FORGE_FILE_NAMES.items():
            brands.setdefault(forge_name, forge_domain)
        for source in installers:
            if source.host in FORGE_HOSTS:
                owner = source.path_prefix.strip("/").split("/", 1)[0].lower()
                if source.vendor and _ACCOUNT.fullmatch(owner) and owner not in _GENERIC:
                    brands.setdefault(owner, f"{source.host}/{owner}")
                continue
            if source.host in shared:
                continue
            hosts.add(source.host)
            domain = registrable_domain(source.host)
            if not domain:
                continue
            domains.add(domain)
            name, _, suffix = domain.partition(".")
            if source.vendor and name not in _GENERIC and len(name) >= 3:
                brands.setdefault(name, domain)
                # rustup-rs, brew-sh: the name and its suffix run together
                brands.setdefault(f"{name}-{suffix.split('.')[0]}", domain)
        return cls(frozenset(hosts), frozenset(domains), brands, frozenset(tenancies))

    @functools.cached_property
    def _by_length(self) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for brand in self.brands:
            if len(brand) >= 5 and "-" not in brand:
                out.setdefault(len(brand), []).append(brand)
        return out

    def _tenant(self, suffix: str) -> bool:
        return any(suffix == t or suffix.endswith("." + t) for t in self.tenancies)

    def imitated_by(self, host: str) -> str | None:
        """How `host` imitates a known vendor, in a few words; None when it does not."""
        answers = self._answers
        if host in answers:
            return answers[host]
        if len(answers) >= MAX_REMEMBERED:
            answers.clear()
        answers[host] = answer = self._imitated_by(host)
        return answer

    def _imitated_by(self, host: str) -> str | None:
        host = host.lower().rstrip(".")
        if not host or host in self.hosts or host in FORGE_HOSTS or len(host) > 253:
            return None
        decoded = unicode_host(host)
        folded = fold(decoded).lower()
        tricked = decoded != folded or not decoded.isascii()
        domain = registrable_domain(folded) or ""
        if domain in self.domains:
            return f"reads as {folded} but uses look-alike letters" if tricked else None
        # a vendor's (or a forge's) host name inside someone else's
        labels = folded.split(".")
        for i in range(len(labels) - 1):
            for j in range(i + 2, min(len(labels), i + 5) + 1):
                known = ".".join(labels[i:j])
                if (known in self.hosts or known in FORGE_HOSTS) and j < len(labels):
                    return f"puts {known} in front of {domain or folded}"
        if tricked:
            return f"uses look-alike letters (reads as {folded})"
        if not domain:
            return None
        name, _, suffix = domain.partition(".")
        if _FORGE_FILE_NAMES.get(name, domain) != domain:
            # a forge's file host's own name under another suffix (raw.githubusercontent.cc):
            # no forge serves files from such a domain, unlike a company holding its name
            # under several suffixes
            return f"poses as {_FORGE_FILE_NAMES[name]}"
        brands = self.brands
        if name in brands:
            if self._tenant(suffix):
                return None  # microsoft.github.io: the vendor's own account on a forge
            # A name known only as a forge account (github.com/openai, /supabase) says nothing
            # of which domains its owner holds: openai.com is as likely theirs as not.
            # The vendor's own name under another suffix is no imitation: companies hold their
            # name under several (temporal.io and temporal.download, grafana.net, tailscale.io,
            # deno.com and deno.land), and a name known only as a forge account (github.com/
            # openai) holds no domain we know. An imitation changes the name: a typo, look-alike
            # letters, the name run into its suffix (brew-sh), joined with words (get-docker),
            # or the vendor's host inside someone else's domain.
            own = "/" in brands[name] or brands[name].split(".", 1)[0] == name
            if own:
                return None
            return f"takes the name of {brands[name]}"
        pieces = name.split("-")[:8]
        forge = next((p for p in pieces if p in _FORGE_NAMES), None)
        delivery = any(p in _DELIVERY_PIECES for p in pieces)
        if forge and len(pieces) > 1 and delivery and domain not in _FORGES_OWN:
            return f"poses as {forge}'s file host"
        for i in range(len(pieces)):
            for j in range(i + 1, len(pieces) + 1):
                run = "-".join(pieces[i:j])
                if run in brands and (len(run) >= 4 or j - i > 1):
                    return f"takes the name of {brands[run]}"
        for size in range(len(name) - 2, len(name) + 3):
            for brand in self._by_length.get(size, ()):
                # a typo keeps the name's first letter, which is how a name is read: without
                # it the name is another word (llama.com is no typo of ollama.com)
                if brand[0] != name[0]:
                    continue
                if _one_edit(name, brand) or (len(brand) >= 9 and _two_edits(name, brand)):
                    return f"differs by a letter or two from {brands[brand]}"
        for word in _GENERIC:
            for rest in (name.removeprefix(word), name.removesuffix(word)):
                if rest != name and len(rest) >= 4 and rest in brands:
                    return f"takes the name of {brands[rest]}"
        return None
