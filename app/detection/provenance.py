"""Provenance: does the page a command was copied from belong to whoever serves its script?

Two ways to tell, both from parsed URLs only (nothing is fetched, ever):

- the same registrable domain, by the Public Suffix List (`docs.vendor.dev` and
  `get.vendor.dev` are both `vendor.dev`; `a.github.io` and `b.github.io` are not the same);
- the same owner on a code forge (`github.com/o/r` and `raw.githubusercontent.com/o/r/...`,
  its release downloads, `gist.githubusercontent.com/o/...`, `o.github.io`; the same for
  GitLab, Codeberg and Bitbucket).

The list is the `publicsuffixlist` package's bundled snapshot; it is read once per process
(about 40 ms), when the engine starts, never during an analysis and never from the network.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from publicsuffixlist import PublicSuffixList

from app.detection.indicators import ParsedURL, parse_url
from app.detection.projectnames import (
    OWN_SECTIONS,
    account_cores,
    common_core,
    cores,
    domain_cores,
    org_cores,
    own_section,
    word_form_core,
)
from app.detection.suffixlist import public_suffix_list

MAX_HOST = 253  # the longest name DNS allows
MAX_LABEL = 63


@functools.cache
def _psl() -> PublicSuffixList:
    # Punycode forms of the list are not generated (half the load time): hosts are decoded
    # to Unicode before a lookup instead (see registrable_domain). Its parse is kept beside
    # the list file (suffixlist.py).
    return public_suffix_list()


def warm() -> None:
    """Read the Public Suffix List now, so that no analysis pays for it."""
    _psl()


def unicode_host(host: str) -> str:
    """The host with its punycode labels (xn--...) decoded; undecodable labels stay as they are."""
    if "xn--" not in host or len(host) > MAX_HOST:
        return host
    labels = []
    for label in host.split("."):
        if label.startswith("xn--") and len(label) <= MAX_LABEL:  # DNS's own limits
            with contextlib.suppress(UnicodeError, ValueError):
                label = label[4:].encode("ascii").decode("punycode")
        labels.append(label)
    return ".".join(labels)


@functools.lru_cache(maxsize=4096)  # the same hosts come back text after text
def registrable_domain(host: str) -> str | None:
    """`vendor.dev` for `get.vendor.dev`; None for IPs, bare suffixes and single labels."""
    if len(host) > MAX_HOST:
        return None  # no such name in DNS; and decoding it would cost time
    host = unicode_host(host.lower().strip(".").strip("[]"))
    if not host or "." not in host or ":" in host or host.replace(".", "").isdigit():
        return None
    try:
        return _psl().privatesuffix(host)
    except (ValueError, UnicodeError):
        return None


@dataclass(frozen=True)
class Owner:
    """Who owns something on a code forge: the forge, the account, the repository if known."""

    forge: str  # "github", "gitlab", "codeberg", "bitbucket"
    owner: str  # lower case (forges compare account names ignoring case)
    repo: str = ""  # lower case; "" when the URL does not say
    storage: bool = False  # a forge's file storage whose URL names no owner (release assets)

    @property
    def label(self) -> str:
        return f"{self.owner}/{self.repo}" if self.repo else self.owner


# Hosts whose first path segment names the owner (and the second, the repository).
_PATH_OWNER_HOSTS = {
    "github.com": "github",
    "www.github.com": "github",
    "raw.githubusercontent.com": "github",
    "raw.github.com": "github",  # GitHub's first raw host, still answered (old READMEs give it)
    "gist.github.com": "github",
    "gist.githubusercontent.com": "github",
    "codeload.github.com": "github",
    "gitlab.com": "gitlab",
    "www.gitlab.com": "gitlab",
    "codeberg.org": "codeberg",
    "bitbucket.org": "bitbucket",
    "gitea.com": "gitea",
    # sourcehut: the account is written ~owner (git.sr.ht/~owner/repo, sr.ht/~owner/project)
    "sr.ht": "sourcehut",
    "git.sr.ht": "sourcehut",
    "hg.sr.ht": "sourcehut",
}
# Pages sites: the owner is the subdomain (o.github.io).
_PAGES_SUFFIXES = {
    "github.io": "github",
    "gitlab.io": "gitlab",
    "codeberg.page": "codeberg",
    "bitbucket.io": "bitbucket",
    "srht.site": "sourcehut",
}
# CDNs that serve a forge repository's files under /gh/<owner>/<repo>@<ref>/...: the path names
# the forge account as plainly as raw.githubusercontent.com does.
_FORGE_CDN_HOSTS = {
    "cdn.jsdelivr.net": "github",
    "fastly.jsdelivr.net": "github",
    "gcore.jsdelivr.net": "github",
    "testingcf.jsdelivr.net": "github",
}
# A forge's API, whose paths name the repository they read: /repos/<owner>/<repo>/...
_API_HOSTS = {"api.github.com": "github"}
# Package hosts whose install scripts name an account and a repository in the path, after a fixed
# prefix (packagecloud.io/install/repositories/<owner>/<repo>/script.deb.sh): a forge page of
# that very owner and repository vouches for them (a README linking its own package repository).
_PACKAGE_HOSTS = {
    "packagecloud.io": ("install", "repositories"),
    "dl.cloudsmith.io": ("public",),
}
# Package hosts that also serve a repository's files at /<owner>/<repo>/..., and the first path
# words there that are the host's own sections, not accounts.
_PACKAGE_HOST_SECTIONS = {
    "packagecloud.io": frozenset(
        {"install", "docs", "l", "api", "pricing", "about", "blog", "login", "users", "signup",
         "legal", "security", "packages", "search", "orgs", "app"}
    ),
}  # fmt: skip
_PACKAGE_REPOSITORY_FILES = frozenset(
    {"gpgkey", "debian", "ubuntu", "raspbian", "el", "fedora", "ol", "amazon", "sles",
     "opensuse", "any"}
)  # fmt: skip
# Package hosts whose repositories are an account's, named first in the path and nothing after
# it (Gemfury: apt.fury.io/<account>/, yum.fury.io/<account>/): the account is the repository.
_ACCOUNT_PACKAGE_HOSTS = frozenset({"apt.fury.io", "yum.fury.io", "deb.fury.io", "rpm.fury.io"})
# Storage of a forge's release assets: the URL names no owner, only the forge.
_STORAGE_HOSTS = {
    "objects.githubusercontent.com": "github",
    "release-assets.githubusercontent.com": "github",
    "github-releases.githubusercontent.com": "github",
}
# First path segments on a forge that are sections of the site, not accounts.
_NOT_OWNERS = frozenset(
    {
        "about", "apps", "collections", "contact", "customer-stories", "enterprise", "explore",
        "features", "login", "logout", "marketplace", "new", "notifications", "organizations",
        "pricing", "pulls", "issues", "readme", "search", "security", "settings", "site",
        "topics", "trending", "users", "join", "dashboard", "help", "projects", "groups", "api",
        "-",
    }
)  # fmt: skip
# Path sections on a forge where other people write (comments): an account's name there is
# not the page owner's word.
_USER_CONTENT = frozenset(
    {
        "issues", "pull", "pulls", "pull-requests", "merge_requests", "discussions", "commit",
        "commits",
    }
)  # fmt: skip
# Forge hosts: domain equality alone never links a page to a script there.
FORGE_HOSTS = (
    frozenset(_PATH_OWNER_HOSTS)
    | frozenset(_STORAGE_HOSTS)
    | frozenset(_FORGE_CDN_HOSTS)
    | frozenset(_API_HOSTS)
)


def forge_owner(url: ParsedURL) -> Owner | None:
    """The forge account (and repository) a URL belongs to, or None when it is no forge URL."""
    host = url.host
    parts = [p for p in url.path.split("/") if p]
    forge = _PATH_OWNER_HOSTS.get(host)
    if forge:
        if not parts:
            return None
        first = parts[0].lower()
        if forge == "sourcehut":
            if not first.startswith("~") or len(first) < 2:
                return None  # sr.ht's own pages; every account's path starts with ~
            first = first[1:]
        if host.startswith("gist.") and first in {"raw", "anonymous"}:
            return None
        if first in {"orgs", "sponsors"} and len(parts) > 1:
            return Owner(forge, parts[1].lower())
        if first in _NOT_OWNERS or first.startswith(("-", "_")):
            return None
        repo = ""
        if len(parts) > 1 and not host.startswith("gist."):
            repo = parts[1].lower().removesuffix(".git")
        return Owner(forge, first, repo if repo != "-" else "")
    for suffix, forge in _PAGES_SUFFIXES.items():
        if host.endswith("." + suffix):
            account = host[: -len(suffix) - 1]
            if "." in account or not account:
                return None
            repo = parts[0].lower() if parts else ""
            return Owner(forge, account, repo)
    forge = _API_HOSTS.get(host)
    if forge:
        # api.github.com/repos/<owner>/<repo>/releases/latest: the repository the API reads
        if len(parts) < 3 or parts[0].lower() != "repos":
            return None
        return Owner(forge, parts[1].lower(), parts[2].lower())
    forge = _FORGE_CDN_HOSTS.get(host)
    if forge:
        if len(parts) < 3 or parts[0].lower() != "gh":
            return None  # /npm/<package>: a package registry's name, no forge account
        repo = parts[2].split("@", 1)[0].lower()
        return Owner(forge, parts[1].lower(), repo) if repo else None
    forge = _STORAGE_HOSTS.get(host)
    if forge:
        return Owner(forge, "", "", storage=True)
    return None


# Package registries whose page for a module is addressed by the module's forge path
# (pkg.go.dev/github.com/<owner>/<repo>): the page shows that repository's own README, so it
# speaks for that owner as the forge's own page does.
_FORGE_PATH_REGISTRIES = frozenset({"pkg.go.dev"})
_FORGE_BY_HOST = {"github.com": "github", "gitlab.com": "gitlab", "codeberg.org": "codeberg"}


def page_forge_owner(page: ParsedURL) -> Owner | None:
    """forge_owner of a page, or the repository a registry's page for a forge module renders."""
    owner = forge_owner(page)
    if owner or page.host not in _FORGE_PATH_REGISTRIES:
        return owner
    parts = [p.lower() for p in page.path.split("/") if p]
    forge = _FORGE_BY_HOST.get(parts[0]) if len(parts) >= 3 else None
    if not forge or parts[1] in _NOT_OWNERS or parts[1].startswith(("-", "_")):
        return None
    return Owner(forge, parts[1], parts[2].split("@", 1)[0])


def _package_account(url: ParsedURL) -> tuple[str, str] | None:
    """(owner, repository) a package host's install-script address names, or None; the
    repository is "" on a host where the account is the repository (Gemfury)."""
    if url.host in _ACCOUNT_PACKAGE_HOSTS:
        parts = [p.lower() for p in url.path.split("/") if p]
        return (parts[0], "") if parts else None
    prefix = _PACKAGE_HOSTS.get(url.host)
    if prefix is None:
        return None
    parts = [p.lower() for p in url.path.split("/") if p]
    sections = _PACKAGE_HOST_SECTIONS.get(url.host)
    if (
        sections is not None
        and len(parts) >= 3
        and parts[0] not in sections
        and (parts[2] in _PACKAGE_REPOSITORY_FILES or parts[2].startswith("$"))
    ):
        # the repository's signing key or a distribution's tree in it (packagecloud.io/<owner>/
        # <repo>/gpgkey, /<repo>/debian/), as its apt source names them: the same repository as
        # its install script's address (the distribution may be a variable: /${DISTRO}/); any
        # other file there is no shape the host serves
        return parts[0], parts[1]
    n = len(prefix)
    if len(parts) < n + 2 or tuple(parts[:n]) != prefix:
        return None
    return parts[n], parts[n + 1]


def repository_page(page: ParsedURL) -> Owner | None:
    """The forge repository whose own page this is (its README, its files, its releases), or
    None: not a forge page, an account's page with no repository, or a section where anyone
    writes (issues, pull requests, discussions, commits)."""
    owner = page_forge_owner(page)
    if owner is None or not owner.repo or owner.storage or _user_content_page(page):
        return None
    if page.host not in _PATH_OWNER_HOSTS and page.host not in _FORGE_PATH_REGISTRIES:
        return None  # o.github.io/<path>: a pages site, whose first path word is no repository
    return owner


def comment_thread(page_address: str | None) -> bool:
    """Whether a page is a forge repository's issue, pull request, discussion or commit: a
    thread where anyone writes, so nothing posted there speaks for the repository."""
    if not page_address:
        return False
    page = parse_url(page_address[:MAX_PAGE])
    if page is None or page.host not in _PATH_OWNER_HOSTS:
        return False
    owner = forge_owner(page)
    return owner is not None and bool(owner.repo) and _user_content_page(page)


def _user_content_page(page: ParsedURL) -> bool:
    parts = [p.lower() for p in page.path.split("/") if p]
    return any(p in _USER_CONTENT for p in parts[2:4])


def _clean(url: ParsedURL) -> bool:
    """A URL that says plainly where it goes: HTTPS, a named host, no user part, no tricks."""
    return (
        url.scheme == "https"
        and not url.userinfo
        and not url.ip
        and not url.defanged
        and not url.backslashes
        and url.host.isascii()
        and "xn--" not in url.host
    )


# last labels of the names organisations give their own networks (fs01.corp, nas.local): none
# is a public top-level domain (.ad is Andorra's, so it is not here)
_NETWORK_LABELS = frozenset({"corp", "local", "lan", "internal", "intra", "intranet", "home"})
# an address however Windows writes it: dotted, one number (\\3405803781), hex (\\0xcb007105), v6
_ADDRESS = re.compile(
    r"[0-9.]{7,15}|[0-9a-f:]{2,39}|\[[0-9a-f:]{2,39}\]|\d{1,10}|0x[0-9a-f]{1,8}(?:\.[0-9a-fx.]+)?",
    re.I,
)


def on_local_network(host: str) -> bool:
    """A computer of the local network by its plain name (deploy01) or a name under one of the
    labels organisations give their own networks (fs01.corp, nas.local): only the local
    network resolves it. Never an address: a stranger's server is one address away."""
    host = host.lower().rstrip(".")
    if not host or _ADDRESS.fullmatch(host) or not host.isascii() or "xn--" in host:
        return False
    labels = host.split(".")
    return len(labels) == 1 or labels[-1] in _NETWORK_LABELS


def own_share(page_address: str | None, host: str, webdav: bool) -> str | None:
    """Why a share (\\\\host\\share) belongs to the organisation whose page wrote the text, or
    None: a dotted name under the page's own registrable domain (wiki.contoso.com and
    \\\\deploy.contoso.com\\apps), or a computer of the local network by its plain name
    (\\\\deploy01, fs01.corp, nas.local). Never an address (a stranger's server is one address
    away), never WebDAV (host@SSL: fetched over the internet), never an https-less page."""
    page = parse_url(page_address[:MAX_PAGE]) if page_address else None
    host = host.lower().rstrip(".")
    if page is None or not page.host or page.scheme != "https" or webdav or not host:
        return None
    if _ADDRESS.fullmatch(host) or not host.isascii() or "xn--" in host:
        return None
    if on_local_network(host):
        # (fs01.corp, nas.local; never a public name with such a word inside it)
        return f"the share {host} is on the local network"
    domain = registrable_domain(page.host)
    if domain and registrable_domain(host) == domain:
        return f"the share {host} is on the page's own domain ({domain})"
    return None


def _first_label(domain: str) -> str:
    return domain.split(".", 1)[0]


# Maven Central's download hosts: /maven2/<group as folders>/<artifact>/<version>/<file>. Since
# 2021 Sonatype publishes a group only for whoever proves the domain it reverses (a DNS TXT
# record: io.quarkus is quarkus.io's) or the forge account it names (io.github.<user>), so the
# group's first folders name the publisher as surely as a host name would.
_MAVEN_HOSTS = frozenset({"repo1.maven.org", "repo.maven.apache.org"})
_MAVEN_FORGES = {
    ("io", "github"): "github.com", ("com", "github"): "github.com",
    ("io", "gitlab"): "gitlab.com", ("com", "gitlab"): "gitlab.com",
    ("io", "codeberg"): "codeberg.org",
}  # fmt: skip
_MAVEN_SEGMENT = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")


def maven_publisher(url: ParsedURL) -> ParsedURL | None:
    """Where the publisher of a Maven Central address lives: the domain its group reverses
    (repo1.maven.org/maven2/io/quarkus/... -> https://quarkus.io/) or the forge account it names
    (.../io/github/someone/... -> https://github.com/someone), or None."""
    if url.host not in _MAVEN_HOSTS or not _clean(url):
        return None
    parts = [p.lower() for p in url.path.split("/") if p]
    if len(parts) < 3 or parts[0] != "maven2":
        return None
    group = parts[1:4]
    if not all(_MAVEN_SEGMENT.fullmatch(p) for p in group[:2]):
        return None
    forge = _MAVEN_FORGES.get((group[0], group[1]))
    if forge:
        if len(parts) < 4 or not _MAVEN_SEGMENT.fullmatch(group[2]):
            return None  # io/github/<account>
        return parse_url(f"https://{forge}/{group[2]}")
    for n in (2, 3):  # quarkus.io; a name under a two-part suffix: widget.co.uk
        if len(parts) < n + 1 or not all(_MAVEN_SEGMENT.fullmatch(p) for p in group[:n]):
            return None
        domain = ".".join(reversed(group[:n]))
        # a suffix the list knows (commons-io/commons-io, an old group, reverses to no domain)
        if _psl().privatesuffix(domain, accept_unknown=False) == domain:
            return parse_url(f"https://{domain}/")
    return None


# Installer services whose address names the GitHub repository whose release they install
# (a README's `curl https://i.jpillora.com/<owner>/<repo>! | bash`): the service's script
# fetches that repository's own release, so the address is compared as the repository's. Only
# services whose domain belongs to a maintained project or person; the service's one-word form
# (i.jpillora.com/<repo>, which searches the web for a repository) names none.
_REPOSITORY_INSTALLERS = {
    "i.jpillora.com": "path",  # /<owner>/<repo>[@release][!]
    "install.goreleaser.com": "github.com-path",  # /github.com/<owner>/<repo>.sh
}
_REPO_SLUG = re.compile(r"[a-z0-9][a-z0-9_.-]{0,99}")


def installed_repository(url: ParsedURL) -> ParsedURL | None:
    """The GitHub repository an installer service's address installs, or None."""
    shape = _REPOSITORY_INSTALLERS.get(url.host)
    if shape is None or not _clean(url) or url.query:
        return None
    parts = [p.lower() for p in url.path.split("/") if p]
    if shape == "github.com-path":
        if len(parts) != 3 or parts[0] != "github.com" or not parts[2].endswith(".sh"):
            return None
        parts = [parts[1], parts[2].removesuffix(".sh")]
    if len(parts) != 2:
        return None
    owner, repo = parts[0], parts[1].split("@", 1)[0].rstrip("!")
    if not _REPO_SLUG.fullmatch(owner) or not _REPO_SLUG.fullmatch(repo):
        return None
    return parse_url(f"https://github.com/{owner}/{repo}")


# Installer scripts that install the release of the GitHub repository named by their argument
# (`curl -LSfs https://japaric.github.io/trust/install.sh | sh -s -- --git <owner>/<repo>`, which
# many Rust projects' READMEs give): the script only fetches that repository's release, so the
# download is compared as the repository's. Only the script at that very address.
_ARGUMENT_INSTALLERS = {("japaric.github.io", "/trust/install.sh")}
_GIT_ARGUMENT = re.compile(r"(?i)--git[ =]([a-z0-9][a-z0-9-]{0,38})/([a-z0-9_.-]{1,100})(?=\s|$)")


def argument_repository(url: ParsedURL, text: str) -> ParsedURL | None:
    """The GitHub repository an installer script is told to install by `--git <owner>/<repo>`
    in the text, or None (another script, no such argument, or two repositories)."""
    if (url.host, url.path) not in _ARGUMENT_INSTALLERS or not _clean(url) or url.query:
        return None
    named = {(m.group(1).lower(), m.group(2).lower()) for m in _GIT_ARGUMENT.finditer(text)}
    if len(named) != 1:
        return None
    owner, repo = named.pop()
    return parse_url(f"https://github.com/{owner}/{repo.removesuffix('.git')}")


def same_project(
    page_address: str | None,
    url: ParsedURL,
    never_trusted: bool,
    shared: bool,
    known: Callable[[str], bool] | None = None,
) -> str | None:
    """Why the page and the download belong together, or None when they do not.

    `known`: whether a name belongs to a known publisher (the trust list's vendors); a page
    about such a name vouches for no one else's copy of it (a tutorial on installing Homebrew
    does not vouch for github.com/someone-else/homebrew).

    `never_trusted`: the download host lets anyone publish (paste sites, tunnels, free hosting);
    `shared`: the download host serves many owners (a forge, a cloud bucket). On those, only
    the forge-owner comparison can link a page to a file; the domain alone never does. Both
    addresses must be plain HTTPS with a named host and no user part.
    """
    if not page_address or not url.host:
        return None
    page = parse_url(page_address[:2048])
    if page is None or not _clean(page) or not _clean(url):
        return None
    installs = installed_repository(url)
    if installs is not None:
        # an installer service's address for a repository's release is that repository's
        why = same_project(page_address, installs, False, True, known)
        return (
            f"{url.host} installs the release of {installs.path.strip('/')}: {why}" if why else None
        )
    publisher = maven_publisher(url)
    if publisher is not None:
        # a package on Maven Central is its group's publisher's, as if served from its site
        why = same_project(page_address, publisher, False, False, known)
        return (
            f"{url.host} publishes {publisher.host}{publisher.path.rstrip('/')}'s package: {why}"
            if why
            else None
        )
    page_owner = page_forge_owner(page)
    file_owner = forge_owner(url)
    if page_owner and page_owner.repo and not _user_content_page(page):
        package = _package_account(url)
        if package == (page_owner.owner, page_owner.repo):
            return f"{page.host}/{page_owner.label} links its own package repository on {url.host}"
    named = _package_named(page, page_owner, url, known)
    if named:
        return named
    if page_owner and file_owner and page_owner.forge == file_owner.forge:
        if _user_content_page(page) and file_owner.storage:
            return None
        if file_owner.storage and page.host in _PATH_OWNER_HOSTS and page_owner.repo:
            return f"{page.host}/{page_owner.label} links a release file on {url.host}"
        if not file_owner.storage and page_owner.owner == file_owner.owner:
            return f"{page.host}/{page_owner.label} and {url.host} belong to {file_owner.owner}"
        # ...or an organisation's account named for the project (yazi-rs: the project yazi and
        # the organisation's word rs) fetching the repository of that name, whoever holds it
        # (yazi-rs.github.io/docs and github.com/sxyazi/yazi); not from its issues
        repo = _bare(file_owner.repo)
        if (
            repo
            and not file_owner.storage
            and not _user_content_page(page)
            and repo in org_cores(page_owner.owner)
            and not _account_variant(file_owner.owner, page_owner.owner, repo)
            and not (known and known(repo))
        ):
            return f"{page.host} is {page_owner.owner}'s, the project {repo} ({file_owner.label})"
        # ...or the other way round: a repository's page fetching from the account named
        # exactly for that repository, the project's own organisation (github.com/someone/
        # widgetscan and raw.githubusercontent.com/widgetscan/widgetscan-base); the page names
        # it, and an account of that exact name is the project's or nobody's it could trust
        named = _bare(page_owner.repo)
        if (
            named
            and not file_owner.storage
            and not _user_content_page(page)
            and _bare(file_owner.owner) == named
            and _brand(named)
            and len(named) >= MIN_NAMED
            and named not in _DOWNLOAD_WORDS
            and not (known and known(named))
        ):
            return f"{page.host}/{page_owner.label} fetches from its own account {file_owner.owner}"
        # ...or a repository that shows how to use another project, named for it with one of
        # the words such repositories take after the name (a starter, a template, an example:
        # github.com/acme/tflint-starter's README giving raw.githubusercontent.com/terraform-
        # linters/tflint/…/install_linux.sh): the page's owner names the project whose own
        # repository's script it gives, as a tutorial about it would, and a page on the forge
        # is its owner's word (not its issues). Never the same name (a copy of the project's
        # repository under another account is how impostors hand out theirs), never an account
        # named for the project itself (ferroxrs/ferrox-docs: a look-alike of the project's
        # organisation), never a known publisher's name.
        upstream = _bare(file_owner.repo)
        if (
            upstream
            and not file_owner.storage
            and not _user_content_page(page)
            and _usage_repository(page_owner.repo, upstream)
            and _brand(upstream)
            and len(upstream) >= MIN_NAMED
            and upstream not in _DOWNLOAD_WORDS
            and upstream not in _bare(page_owner.owner)
            and not (known and known(upstream))
        ):
            label = f"{page.host}/{page_owner.label}"
            return f"{label} shows how to use {file_owner.repo} ({file_owner.label})"
        return None
    page_domain = registrable_domain(page.host)
    file_domain = registrable_domain(url.host)
    if not page_domain or not file_domain:
        return None
    # A project's own site next to its forge account: vendor.dev <-> github.com/vendor/...
    # (from a project page only: in issues and discussions anyone writes).
    if file_owner and not file_owner.storage and not page_owner:
        site = _first_label(page_domain)
        if file_owner.owner == site:
            return f"{page_domain} and {url.host}/{file_owner.label} are both {file_owner.owner}"
        # ...or next to its repository: widgetctl.dev <-> github.com/acme-tools/widgetctl, or
        # the repository of its installer (vencord.dev <-> github.com/someone/VencordInstaller)
        repo, bare_site = _bare(file_owner.repo), _bare(site)
        if (
            _brand(site)
            and len(site) >= MIN_NAMED
            and (
                repo == bare_site
                or (repo.startswith(bare_site) and repo[len(bare_site) :] in _REPO_PARTS)
            )
        ):
            return f"{page_domain} is the site of the repository {file_owner.label}"
        # ...or by the site's name without a company's affix behind it (anchor-lang.com and
        # github.com/coral-xyz/anchor), or a name of three letters the site's own docs host
        # spells whole (docs.sui.io and github.com/MystenLabs/sui): the product the site is
        # about, from its own sections only and on a page about software
        if _site_repository(page, page_domain, site, repo) and not (known and known(repo)):
            return f"{page_domain} is the site of {file_owner.repo} ({file_owner.label})"
        # ...or an account that spells the site's name its own way, with a company's affix or
        # the whole domain (k3d.io <-> k3d-io, nodered.org <-> node-red, tilt.dev <->
        # tilt-dev, circleci.com <-> CircleCI-Public); from the project's own sections only
        if own_section(page.host, page_domain):
            core = common_core(domain_cores(page_domain), account_cores(file_owner.owner))
            if core:
                return f"{page_domain} and {url.host}/{file_owner.label} both name {core}"
            # ...or in another form of its last word (craftycontrol.com <-> crafty-controller),
            # on a page about software
            core = word_form_core(domain_cores(page_domain), account_cores(file_owner.owner))
            if core and page_about_software(page.raw) is True:
                return f"{page_domain} and {url.host}/{file_owner.label} both name {core}"
            # ...or an organisation's account: the project's name and who keeps the account
            # (openmediavault.org <-> OpenMediaVault-Plugin-Developers, widget.dev <->
            # widget-community); not from a page about something else (a compromised shop's
            # menu spells no project)
            core = common_core(domain_cores(page_domain), org_cores(file_owner.owner))
            if core and page_about_software(page.raw) is not False:
                return f"{page_domain} and {url.host}/{file_owner.label} both name {core}"
            # ...or the repository of its installer named by the site's core (saltproject.io
            # <-> github.com/saltstack/salt-bootstrap, k7sproject.io <-> …/k7s-installer)
            core = _installer_repo_core(domain_cores(page_domain), repo)
            if core and page_about_software(page.raw) is not False:
                return f"{page_domain} is the site of {core}, whose installer is {file_owner.label}"
        # ...or a page about that repository's program: a tutorial, a question, a help article
        # (linuxize.example/how-to-install-widgetctl-on-ubuntu)
        if not (known and known(file_owner.repo)):
            # ...or a registry's page for the package that repository is (pypi.org/project/
            # lazy-object-proxy <-> github.com/ionelmc/python-lazy-object-proxy)
            packaged = registry_package_repository(page_address, url)
            if packaged:
                return packaged
        if _page_names_project(page, file_owner.repo) and not (known and known(file_owner.repo)):
            return f"{page.host}{_shown_path(page)} is about {file_owner.repo} ({file_owner.label})"
        # ...or about the account that publishes it, by its exact name (a registry's page for a
        # scoped package: npmjs.com/package/@acme/cli, a tap's formula page)
        owner = file_owner.owner
        if owner not in _TOPIC_WORDS and page_names(page, owner) and not (known and known(owner)):
            return f"{page.host}{_shown_path(page)} is about {owner} ({file_owner.label})"
        return None
    if page_owner and not file_owner and not _user_content_page(page) and not never_trusted:
        names = {page_owner.owner, page_owner.repo} - {""}
        if _first_label(file_domain) in names and not shared:
            return f"{page.host}/{page_owner.label} names its own site {file_domain}"
        # spelt across the dot or with an affix: github.com/Raphire/x <-> debloat.raphi.re
        core = (
            ""
            if shared
            else common_core(
                account_cores(*names) | org_cores(page_owner.owner), domain_cores(file_domain)
            )
        )
        if core:
            return f"{page.host}/{page_owner.label} and {file_domain} both name {core}"
        # ...or as the first words of the repository's or the account's name: the repository
        # of one part of the project (github.com/acme/widgetctl-cli <-> widgetctl.sh,
        # tuxedo/tuxedo-ci-agent <-> tuxedo-ci.com). A forge page is its owner's own word,
        # and vouching for a domain it names reaches no host the owner could not serve from.
        site = _bare(_first_label(file_domain))
        if not shared and _brand(site) and len(site) >= MIN_NAMED and site not in _NOT_NAMES:
            for name in sorted(names):
                if site in _leading_runs(name):
                    return f"{page.host}/{page_owner.label} names its own site {file_domain}"
            # ...or the repository's words in another order (setup-ipsec-vpn <-> vpnsetup.net)
            if page_owner.repo and site in _reordered_words(page_owner.repo):
                return f"{page.host}/{page_owner.label} names its own site {file_domain}"
            # ...or the repository's whole name with a short word run on in front of it
            # (widgetscan <-> digwidgetscan.example), or the initials of its four
            # words or more (yet-another-widget-script <-> yaws.example)
            if page_owner.repo and _prefixed_or_initials(site, page_owner.repo, known):
                return f"{page.host}/{page_owner.label} names its own site {file_domain}"
        # ...or a first section or a file of a host named exactly for the repository (github.com/
        # someone/widgetdbg <-> someones-site.example/widgetdbg/install.sh, .../widgetdbg.sh):
        # the author's page for that project on a site of theirs
        if (
            not shared
            and page_owner.repo
            and _repository_path(url, page_owner.repo, known, page_owner.owner)
        ):
            return f"{page.host}/{page_owner.label} names its own address {url.host}{url.path}"
        # ...or spelt across the dot of a country suffix as the first words of the repository's
        # or the account's name (github.com/acme/turso-cli <-> tur.so): a domain hack is the
        # project's name as surely as its plain label would be
        spelt = "" if shared else spelt_across_suffix(file_domain)
        if spelt and spelt not in _NOT_NAMES and not (known and known(spelt)):
            for name in sorted(names):
                if spelt in _leading_runs(name):
                    return f"{page.host}/{page_owner.label} names its own site {file_domain}"
        # ...or a host named exactly for the repository under a domain of the author's own
        # (github.com/someone/widgetdbg <-> widgetdbg.someones-site.example): what a person
        # calls their project's section of their own site
        if not shared and page_owner.repo and _repository_host(url.host, file_domain, page_owner):
            return f"{page.host}/{page_owner.label} names its own host {url.host}"
        return None
    if page_owner or file_owner or never_trusted or shared:
        return None
    if page.host in FORGE_HOSTS or url.host in FORGE_HOSTS:
        return None
    if page_domain == file_domain:
        return f"the page and the download are both on {file_domain}"
    tenant = _own_tenant(page, page_domain, url.host, file_domain, known)
    if tenant:
        return tenant
    name = _first_label(file_domain)
    if not _brand(name):
        return None
    # the same name under another suffix: deno.com's docs and deno.land's script
    if _first_label(page_domain) == name:
        return f"the page ({page_domain}) and the download ({file_domain}) carry the same name"
    # ...or the project's own host on its organisation's domain, named for the product whose
    # own domain serves the script (sing-box.sagernet.example's docs and sing-box.example's
    # script): the organisation named a host of its own for the product
    if (
        _product_label(page.host, page_domain) == name
        and len(_bare(name)) >= MIN_NAMED
        and name not in _NOT_NAMES
        and not (known and known(name))
        and page_about_software(page.raw) is not False
    ):
        return f"{page.host} is the product {name}'s host, and {file_domain} its own domain"
    # the same name spelt with an affix or across the dot, from the project's own sections:
    # k0sproject.io and k0s.sh, goteleport.com and teleport.dev, turso.tech and tur.so
    if own_section(page.host, page_domain):
        core = common_core(domain_cores(page_domain), domain_cores(file_domain))
        if core:
            return f"the page ({page_domain}) and the download ({file_domain}) both name {core}"
        # ...or the company's delivery domain: the leading word of its name with a CDN's word
        # run onto it (nordvpn.com's docs and downloads.nordcdn.com, acmeapp.io and
        # acmestatic.net), from a page about software
        stem = _delivery_stem(_first_label(file_domain))
        if (
            stem
            and "-" not in _first_label(page_domain)
            and _first_label(page_domain).startswith(stem)
            and not (known and known(stem))
            and page_about_software(page.raw) is True
        ):
            return f"{file_domain} is the delivery domain of {page_domain} ({stem})"
        # ...or its short domain, the name cut to its first letters and its last word (docs.
        # widgetops.example and wops.example, WidgetOps): from a page about software, never a
        # fix shop's name (winfix and wfix: the word kept is the trouble fake pages offer)
        short = _first_label(file_domain)
        if (
            abbreviates(_first_label(page_domain), short)
            and not any(short.endswith(word) for word in _HOST_FIX_WORDS)
            and not (known and known(short))
            and page_about_software(page.raw) is True
        ):
            return f"{file_domain} is {page_domain}'s short name"
        # ...or the project's own documentation host naming the product whose domain spells
        # it with a company's affix in front (docs.px.dev/installing-pixie/ and withpixie.ai):
        # the project writes there, where a blog's or a tutorial's word in front is a download
        # place's (getwidget.top); never on a site where anyone writes
        below = set(page.host[: -len(page_domain)].strip(".").split("."))
        affixed = [c for c in sorted(domain_cores(file_domain)) if page_names(page, c)]
        if affixed and below & _DOCS_LABELS and page_domain not in _OPEN_SITES:
            return f"{page.host}{_shown_path(page)} is {page_domain}'s own page on {affixed[0]}"
    # A page about a product vouches for the product's own domain, never for a fix shop's
    # (steam-repair, chrome-update-fix: a name joined to the trouble it offers to fix is no
    # product's) nor for a second domain built on a word of the page's own (steam-linux-fix
    # and steam-repair: two names sharing one common word are two owners)
    if _fix_shop(file_domain) or _shared_word_only(page_domain, file_domain):
        return None
    # ...or a versioned docs host and its short script host: the product's name cut to its
    # first letters with the version the docs host carries (v2.hysteria.network and
    # get.hy2.sh), on a page about software
    short = _versioned_short_name(page.host, page_domain, file_domain)
    if short and not (known and known(short)) and page_about_software(page.raw) is True:
        return f"{file_domain} is {page.host}'s short name ({short})"
    # the page is about the product whose own site serves the script: a company's docs at
    # coder.com/docs/code-server/ for code-server.dev, a tutorial, a question or a help article
    # naming it (how-to-install-code-server-on-debian, vendor.zendesk.com/hc/...)
    if _page_names_project(page, name):
        return f"{page.host}{_shown_path(page)} is about {file_domain}, which serves the script"
    # ...or about the name the domain spells across the dot of its country suffix, with a
    # download word in front (getmic.ro for micro, tur.so for turso): from a page about
    # software that offers no fix, since the page is all that ties the two
    spelt = spelt_across_suffix(file_domain)
    if (
        spelt
        and not (known and known(spelt))
        and _page_names_project(page, spelt)
        and page_about_software(page.raw) is True
        and _path_offers_fix(page, page_domain) is None
    ):
        return f"{page.host}{_shown_path(page)} is about {spelt}, which {file_domain} spells"
    # ...or about the product a host of that domain is named after, its author's own domain
    # (debloat.raphi.re from a question about debloating): a page about software only, and a
    # name that is no download place's (get., cdn., install.)
    label = _product_label(url.host, file_domain)
    if label and page_names(page, label) and page_about_software(page.raw) is True:
        return f"{page.host}{_shown_path(page)} is about {label}, which {url.host} serves"
    return None


def _own_tenant(
    page: ParsedURL,
    page_domain: str,
    host: str,
    file_domain: str,
    known: Callable[[str], bool] | None,
) -> str | None:
    """The organisation's own tenant at a vendor's service: a host of the vendor's domain
    named exactly for the page's organisation (intranet.globex.example/it/fleet and
    globex.cloud.fleetdm.com, kb.northwind.example and northwind.jamfcloud.com). The vendor
    gives each customer a host of its name, and the company's staff pages hand out what its
    tenant serves; a stranger's page is no tenant's organisation. Never a known publisher's
    name; never a host where anyone publishes (asked before)."""
    org = _first_label(page_domain)
    if len(_bare(org)) < MIN_NAMED or not _brand(org) or (known and known(org)):
        return None
    below = host[: -len(file_domain)].strip(".") if host.endswith("." + file_domain) else ""
    if org not in below.split(".")[:4]:
        return None
    # only from the organisation's site for its own staff, whose paths name the products it
    # runs (intranet.globex.example/it/fleet, which reads as no subject): a public page (a
    # hacked blog's or shop's) beside a host an attacker named for the site is no tenant's
    section = page.host[: -len(page_domain)].strip(".").split(".")
    if not _STAFF_SECTION_LABELS & set(section):
        return None
    return f"{host} is {page_domain}'s own tenant at {file_domain}"


# Host labels of an organisation's sites for its own staff: its intranet, its wiki, its
# knowledge base (intranet.<company>, wiki.<company>, kb.<company>, confluence.<company>)
_STAFF_SECTION_LABELS = frozenset({"intranet", "intra", "wiki", "kb", "confluence"})

_SPELLING_PREFIXES = ("get", "install", "use", "try")
MIN_ABBREVIATION = 4  # letters of a short name (wops): fewer are any name's
MIN_KEPT_END = 3  # letters of the name's end the short name keeps whole (ops)


def abbreviates(name: str, short: str) -> bool:
    """Whether `short` is `name` cut to its first letters and its end (wordops -> wops:
    w + ops), both single words of letters; never a name of fewer than MIN_ABBREVIATION letters,
    nor one that keeps less than MIN_KEPT_END letters of the end."""
    if not (MIN_ABBREVIATION <= len(short) < len(name)):
        return False
    if not (short.isascii() and short.isalpha() and name.isascii() and name.isalpha()):
        return False
    return any(
        name.startswith(short[:k]) and name.endswith(short[k:])
        for k in range(1, len(short) - MIN_KEPT_END + 1)
    )


def spelt_across_suffix(domain: str) -> str:
    """The name a registrable domain spells across the dot of a two-letter country suffix,
    without a download word in front (getmic.ro -> micro, tur.so -> turso), or "" (a name
    of fewer than MIN_NAMED letters, or any other suffix)."""
    label, _, suffix = domain.partition(".")
    if len(suffix) != 2 or not suffix.isalpha() or not label.isalnum():
        return ""
    joined = (label + suffix).lower()
    for word in _SPELLING_PREFIXES:
        if joined.startswith(word) and len(joined) - len(word) >= MIN_NAMED:
            return joined[len(word) :]
    return joined if len(joined) >= MIN_NAMED and _brand(joined) else ""


# The trouble a fix shop's name offers to fix (a product's own hyphenated name, sparrow-wallet
# or obs-video, says what it is, not what is wrong with you).
_FIX_WORDS = frozenset(
    {
        "fix", "fixes", "fixer", "repair", "repairs", "support", "helpdesk", "recovery",
        "restore", "unlock", "unblock", "verify", "verification", "captcha", "error", "errors",
        "alert", "alerts", "warning",
    }
)  # fmt: skip


def _fix_shop(domain: str) -> bool:
    """A registrable name of words joined by hyphens, one of them the trouble, check or help
    that fake fix pages offer or a download place's word (steam-repair, driver-update-help):
    a shop's name, never a product's own domain."""
    pieces = domain.split(".", 1)[0].split("-")[:8]
    return len(pieces) > 1 and any(p in _FIX_WORDS or p in _DOWNLOAD_WORDS for p in pieces)


# The trouble a script host's name offers to fix, for the host itself (a patch shop too:
# driver-patch, proton-patch)
_HOST_FIX_WORDS = _FIX_WORDS | frozenset({"patch", "patcher", "patches", "hotfix", "fixup"})


def fix_shop_word(host: str) -> str:
    """The word of trouble in a script host's registrable name of hyphen-joined words
    (ledger-fix, driver-patch, wallet-recovery), or "": a shop offering a fix, never the
    name of the software it serves (sparrow-wallet, obs-video)."""
    domain = registrable_domain(host)
    pieces = domain.split(".", 1)[0].split("-")[:8] if domain else []
    if len(pieces) < 2:
        return ""
    return next((p for p in pieces if p in _HOST_FIX_WORDS), "")


# The words of a place that hands out other people's software or help with it, in a script
# host's registrable name (vectorbase-get, kubectx-dl, crate-mirror, nvdriver-help)
_HOST_SHOP_WORDS = frozenset(
    {"get", "download", "downloads", "dl", "install", "installer", "installers", "setup",
     "mirror", "mirrors", "help"}
)  # fmt: skip


def download_shop_word(host: str) -> str:
    """The download place's word in a script host's registrable name of hyphen-joined words
    (vectorbase-get, notes-app-dl, crate-mirror, nvdriver-help), or "": a publisher names its
    domain for its software and puts such words in a label in front (get.docker.com,
    dl.dagger.io), while fake download pages register the product's name with them."""
    domain = registrable_domain(host)
    pieces = domain.split(".", 1)[0].split("-")[:8] if domain else []
    if len(pieces) < 2:
        return ""
    return next((p for p in pieces if p in _HOST_SHOP_WORDS), "")


def _shared_word_only(page_domain: str, file_domain: str) -> bool:
    """Two different registrable names, each of hyphen-joined words, that share a word
    (steam-linux-fix and steam-repair): a common word is all they have in common, which is
    how look-alike pairs are built; one owner names its sites the same, not half the same. A
    tutorial site named after a product (deno-tutorial) and the product's one-word domain
    (deno.land) are not such a pair."""
    if page_domain == file_domain:
        return False
    these = set(page_domain.split(".", 1)[0].split("-")[:8])
    those = set(file_domain.split(".", 1)[0].split("-")[:8])
    return len(these) > 1 and len(those) > 1 and bool(these & those)


# Words a company runs onto its name for the domain that delivers its files (nordcdn.com,
# redditstatic.com): never a user-content word (googleusercontent: anyone's files).
_DELIVERY_WORDS = ("cdn", "static", "assets", "dl", "files")


def _delivery_stem(label: str) -> str:
    """The name in front of a delivery word (nordcdn -> nord), or "" when the label is no such
    name: one word (a hyphen joins words, and a name joined to another word is what look-alike
    hosts are made of: tidepool-cdn.top), at least MIN_NAMED letters, no generic word."""
    bare = label.lower()
    if not bare.isalpha():
        return ""
    for word in _DELIVERY_WORDS:
        stem = bare.removesuffix(word)
        if stem != bare:
            ok = len(stem) >= MIN_NAMED and stem.isalpha() and _brand(stem)
            return stem if ok and stem not in _DOWNLOAD_WORDS and stem not in _TOPIC_WORDS else ""
    return ""


_VERSION_LABEL = re.compile(r"v(\d{1,2})")
MIN_SHORTENED = 5  # letters of a name a short host may cut down (hysteria -> hy)


def _versioned_short_name(host: str, page_domain: str, file_domain: str) -> str:
    """`hy2` when the page's host is a version's section of its site (v2.hysteria.network,
    with at most the site's own section labels besides) and the download's domain is the
    site's name cut to two letters or more with that version's number (hy2.sh); "" otherwise."""
    below = host[: -len(page_domain)].strip(".").split(".") if host != page_domain else []
    versions = [m.group(1) for label in below if (m := _VERSION_LABEL.fullmatch(label))]
    if len(versions) != 1:
        return ""
    digits = versions[0]
    if not set(below) - {f"v{digits}"} <= OWN_SECTIONS:
        return ""
    name, label = _first_label(page_domain), _first_label(file_domain)
    if not name.isalpha() or len(name) < MIN_SHORTENED or not label.endswith(digits):
        return ""
    stem = label[: -len(digits)]
    if len(stem) < 2 or not stem.isalpha() or len(stem) >= len(name) or not name.startswith(stem):
        return ""
    return label


def _leading_runs(name: str) -> set[str]:
    """The name's first word, its first two run together, its first three (tuxedo-ci-agent:
    tuxedo, tuxedoci, tuxedociagent)."""
    words = _WORD.findall(name.lower())[:_MAX_RUN]
    return {"".join(words[:i]) for i in range(1, len(words) + 1)}


def _reordered_words(name: str) -> set[str]:
    """Two or more of the name's words run together in any order (setup-ipsec-vpn: vpnsetup,
    ipsecvpn, vpnipsecsetup ...), when one of them names something (not only get, setup...)."""
    words = list(dict.fromkeys(_WORD.findall(name.lower())[:_MAX_RUN]))
    out: set[str] = set()
    for size in range(2, len(words) + 1):
        for combo in itertools.permutations(words, size):
            if any(_brand(w) and not w.isdigit() for w in combo):
                out.add("".join(combo))
    return out


_MAX_PREFIX = 4  # letters run on in front of a repository's name in its site's (dig, get, my)
_MIN_PREFIXED = 6  # letters the repository's name needs for that: a short one is any word's end
_MIN_INITIALS = 4  # words a repository's name needs for its initials to name it (a site name
# of three letters is any three words' initials)


def _prefixed_or_initials(site: str, repo: str, known: Callable[[str], bool] | None) -> bool:
    """A site's name that is the repository's whole name with a short word in front of it
    (digwidgetscan for widgetscan), or the initials of the repository's words (yaws for
    yet-another-widget-script)."""
    bare = _bare(repo.lower())
    if known and known(bare):
        return False  # a known publisher's name vouches for no one else's site
    if (
        len(bare) >= _MIN_PREFIXED
        and bare not in _NOT_NAMES
        and site.endswith(bare)
        and 0 < len(site) - len(bare) <= _MAX_PREFIX
        and site[: len(site) - len(bare)].isalpha()
    ):
        return True
    words = _WORD.findall(repo.lower())
    return (
        _MIN_INITIALS <= len(words) <= _MAX_RUN
        and all(w.isalpha() for w in words)
        and site == "".join(w[0] for w in words)
    )


_MAX_REPOSITORY_PATH = 3  # path segments of an address that names a repository's section


def _repository_path(
    url: ParsedURL, repo: str, known: Callable[[str], bool] | None, owner: str = ""
) -> bool:
    """An address whose path starts with a section or a file named exactly for the repository
    (/widgetdbg/install.sh, /widgetdbg.sh, /widgetdbg/quickstart), at most three segments, or
    with the account's name and then the repository's (`owner`), at any depth.
    Never on a package host, whose paths are anyone's account (packagecloud.io/<o>/<r>/...),
    nor on an installer service, which serves any repository by its name."""
    bare = _bare(repo.lower())
    if (
        url.host in _PACKAGE_HOSTS
        or url.host in _ACCOUNT_PACKAGE_HOSTS
        or url.host in _REPOSITORY_INSTALLERS
        or len(bare) < MIN_NAMED
        or not _brand(bare)
        or bare in _DOWNLOAD_WORDS
        or bare in _TOPIC_WORDS
        or (known and known(bare))
        or url.query
    ):
        return False
    parts = [p.lower() for p in url.path.split("/") if p]
    if not parts:
        return False
    if (
        owner
        and len(parts) > 2
        and (_bare(parts[0]), _bare(parts[1])) == (_bare(owner), bare)
        and _download_section(url.host)
    ):
        # the forge's own layout under the account's and the repository's names, as a
        # company's download host mirrors it (resource.acme.example/acme/widgetdbg/releases/
        # latest/download/x.sh): both names spell the page's repository, so the depth after
        # them is its own; only on a host that is a download section of its domain, not on
        # one named for anything (widgetdbg-dl.some-mirror.example is a mirror's)
        return True
    if len(parts) > _MAX_REPOSITORY_PATH:
        return False
    first = parts[0].rsplit(".", 1)[0] if len(parts) == 1 and "." in parts[0] else parts[0]
    return _bare(first) == bare


def _download_section(host: str) -> bool:
    """The host is one download section of its registrable domain (dl.vendor.example,
    resource.vendor.example), by the one label in front of it."""
    domain = registrable_domain(host)
    below = host[: -len(domain)].strip(".") if domain and host.endswith("." + domain) else ""
    return below in _DOWNLOAD_LABELS


def _repository_host(host: str, domain: str, owner: Owner) -> bool:
    """The host's label in front of its domain is the repository's whole name (gef.blah.cat
    for the repository gef), with at most the project's own section labels before it."""
    below = host[: -len(domain)].strip(".") if host.endswith("." + domain) else ""
    labels = below.split(".") if below else []
    repo = _bare(owner.repo)
    if not labels or not set(labels[:-1]) <= OWN_SECTIONS:
        return False
    return _bare(labels[-1]) == repo and _brand(repo) and repo not in _DOWNLOAD_WORDS


def _product_label(host: str, domain: str) -> str:
    """The one label of a host left of its registrable domain, when it could name a product:
    not a download place's or a site section's word (get, cdn, install, docs, www...)."""
    below = host[: -len(domain)].strip(".") if host.endswith("." + domain) else ""
    if not below or "." in below:
        return ""
    if below in _DOWNLOAD_LABELS or below in _SITE_LABELS or below in _DEVELOPER_LABELS:
        return ""
    return "" if below in _TOPIC_WORDS else below


def same_tenant_site(
    page_address: str | None,
    url: ParsedURL,
    tenant_sites: frozenset[str],
    known: Callable[[str], bool] | None = None,
) -> str | None:
    """Why a page on a hosting tenant's site vouches for a script that very site serves, or None.

    On web hosting where anyone gets a name (`ogun.pages.dev`, `fernctl.netlify.app`) the
    Public Suffix List's private section makes each name a registrable domain of its own: the
    tenant's whole site, as `vendor.dev` is the vendor's. A project's docs there serving its
    own install script are one owner speaking, as on its own domain; another tenant of the
    same suffix (`other.pages.dev`) is a stranger. A site costs nothing there, so more is asked
    than of a domain: the name is no known publisher's (`rustup.pages.dev` is not proven to be
    rustup's: its home is elsewhere), and the page's address is not about something else than
    software (a shop's menu). Fake check pages and imitations are barred before this is asked
    (engine: page_bars_vouching); the Run box and the console never ask."""
    if not page_address or not url.host:
        return None
    page = parse_url(page_address[:MAX_PAGE])
    if page is None or not _clean(page) or not _clean(url):
        return None
    site = registrable_domain(url.host)
    if not site or registrable_domain(page.host) != site:
        return None
    label, _, suffix = site.partition(".")
    if suffix not in tenant_sites or not label:
        return None
    if known is not None and known(label):
        return None
    if page_about_software(page_address) is False:
        return None
    return f"the page and the download are both on the site {site}"


def own_repository_rest(page_address: str | None, url: ParsedURL) -> str | None:
    """What a file address of the page's own repository says after its owner and repository
    (`/v5/install` of raw.githubusercontent.com/romkatv/zsh4humans/v5/install from
    github.com/romkatv/zsh4humans), or None when the address is not a file of that very
    repository on a host whose path names them, or the page is not the repository's own
    (its issues and discussions are anyone's). The owner and repository's words there are the
    project's name, which the page carries itself: they say nothing of a fake check."""
    if not page_address or url.host not in _PATH_OWNER_HOSTS or url.host.startswith("gist."):
        return None
    page = parse_url(page_address[:MAX_PAGE])
    if page is None or not _clean(page) or not _clean(url) or _user_content_page(page):
        return None
    page_owner, file_owner = page_forge_owner(page), forge_owner(url)
    if page_owner is None or file_owner is None or not page_owner.repo:
        return None
    if (page_owner.forge, page_owner.owner, page_owner.repo) != (
        file_owner.forge,
        file_owner.owner,
        file_owner.repo,
    ):
        return None
    parts = url.path.split("/", 3)  # "", owner, repository, the rest
    return "/" + parts[3] if len(parts) > 3 else "/"


_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{2,62}")
# a short link's own name, which may end in a file's type (git.io/widget.sh)
_SHORT_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{2,62}(?:\.[a-z0-9]{1,4})?")


# A package registry's page for one package, by where its name stands in the address
# (pypi.org/project/<name>/, npmjs.com/package/<name>, crates.io/crates/<name>): the page shows
# that package's own README, written by whoever publishes the package.
_REGISTRY_PACKAGE_PAGES = {
    "pypi.org": ("project",),
    "www.npmjs.com": ("package",),
    "npmjs.com": ("package",),
    "crates.io": ("crates",),
    "rubygems.org": ("gems",),
}
# The word a repository adds to its package's name to say which language it is for
# (python-widget, widget-py, node-widget, widget-js, widget-rs): the same project.
_ECOSYSTEM_WORDS = frozenset(
    {"python", "py", "node", "nodejs", "js", "npm", "rs", "rust", "ruby", "rb"}
)


def _registry_package(page: ParsedURL) -> str:
    """The package a registry's package page is for (the name after a scope: @acme/widget ->
    widget), lower case, or ""."""
    sections = _REGISTRY_PACKAGE_PAGES.get(page.host)
    parts = [p for p in page.path.split("/") if p]
    if not sections or len(parts) < 2 or parts[0].lower() not in sections:
        return ""
    name = parts[1]
    if name.startswith("@") and len(parts) >= 3:
        name = parts[2]
    return name.lower() if _SLUG.fullmatch(name) else ""


def _name_forms(name: str) -> set[str]:
    """A package's or repository's name bare, and without its language's word before or after
    it (python-dateutil: pythondateutil and dateutil)."""
    words = [w for w in re.split(r"[-_.]", name) if w]
    forms = {_bare(name)}
    if len(words) > 1 and words[0] in _ECOSYSTEM_WORDS:
        forms.add(_bare("".join(words[1:])))
    if len(words) > 1 and words[-1] in _ECOSYSTEM_WORDS:
        forms.add(_bare("".join(words[:-1])))
    return forms


def registry_package_repository(page_address: str | None, url: ParsedURL) -> str | None:
    """Why a package registry's page for a package vouches for a forge repository of that
    package, or None: the repository is named as the package is (openapi-spec-validator's
    github.com/python-openapi/openapi-spec-validator), or with its language's word before or
    after (lazy-object-proxy's github.com/ionelmc/python-lazy-object-proxy). The page is the
    package's own README, as the repository's own page is; the repository's words are the
    name the package took, so they say nothing of a fake check (`validator`), while any other
    word of the address (a branch, a file) is the address's own."""
    if not page_address or url.host not in _PATH_OWNER_HOSTS or url.host.startswith("gist."):
        return None
    page = parse_url(page_address[:MAX_PAGE])
    if page is None or not _clean(page) or not _clean(url):
        return None
    package = _registry_package(page)
    owner = forge_owner(url)
    if not package or owner is None or owner.storage or not owner.repo:
        return None
    repo = owner.repo.split("@", 1)[0].removesuffix(".git")  # widget.git@v2: pip's pinned ref
    # either side may carry its language's word: python-lazy-object-proxy for
    # lazy-object-proxy, github.com/dateutil/dateutil for python-dateutil
    names = _name_forms(repo)
    bare = max((p for p in _name_forms(package) if p in names), key=len, default="")
    if len(bare) < MIN_NAMED or not _brand(bare):
        return None
    return f"{page.host}{_shown_path(page)} is the package of {owner.label}"


def package_repository_rest(page_address: str | None, url: ParsedURL) -> str | None:
    """own_repository_rest for a registry's page of the package the repository is
    (registry_package_repository): what the address says after its owner and repository."""
    if registry_package_repository(page_address, url) is None:
        return None
    parts = url.path.split("/", 3)  # "", owner, repository, the rest
    _, at, ref = parts[2].partition("@")  # a pinned ref is a branch's name, the address's own
    return ("/" + ref if at else "") + ("/" + parts[3] if len(parts) > 3 else "/")


def own_short_link(
    page_address: str | None,
    url: ParsedURL,
    shorteners: frozenset[str],
    known: Callable[[str], bool] | None = None,
) -> str | None:
    """Why a project's own page vouches for a short link it hands out, or None.

    A short link (`bit.ly/widgetctl`) hides where the script comes from; only whoever chose it
    knows. The project's own page linking a short link named after that very project is the
    project's choice: its repository page on a forge (not its issues or discussions, where
    anyone writes) whose account or repository the link's one path word names, or its own site
    (the domain or one of its own sections, never a site where anyone writes) whose name the
    word is. Whoever writes such a page could serve the script from it directly, which vouches
    already: this adds no reach. Any other page (a tutorial quoting the link) vouches for
    nothing: the name after the shortener is anyone's to take."""
    if not page_address or url.host not in shorteners:
        return None
    page = parse_url(page_address[:MAX_PAGE])
    if page is None or not _clean(page) or not _clean(url) or url.query:
        return None
    parts = [p for p in url.path.split("/") if p]
    if len(parts) != 1 or not _SLUG.fullmatch(parts[0]):
        return None
    slug = _bare(parts[0].lower())
    if len(slug) < MIN_NAMED or not _brand(slug) or (known is not None and known(slug)):
        return None
    owner = forge_owner(page)
    if owner is not None:
        if not owner.repo or _user_content_page(page):
            return None
        if slug not in {_bare(owner.owner), _bare(owner.repo)}:
            return None
        return f"{page.host}/{owner.label} links its own short link {url.host}/{parts[0]}"
    domain = registrable_domain(page.host)
    if not domain or page.host in FORGE_HOSTS or domain in _OPEN_SITES:
        return None
    if not own_section(page.host, domain) or _bare(_first_label(domain)) != slug:
        return None
    return f"{domain} links its own short link {url.host}/{parts[0]}"


# The sections of a forge repository's page that only its owner writes.
_OWNER_SECTIONS = frozenset({"blob", "tree", "raw", "releases", "tags", "src", "-"})


def forge_short_link(
    page_address: str | None, url: ParsedURL, forge_shorteners: Mapping[str, str]
) -> str | None:
    """Why a repository's own page vouches for its forge's own short link, or None.

    git.io is GitHub's shortener: it only ever led to GitHub's own addresses, and it has taken
    no new link since 2022. A repository's README handing one out (`wget git.io/vpn -O
    openvpn-install.sh`) is that repository's choice, as a file of its own would be: whoever
    writes the README could link any of the repository's files directly, which vouches already,
    so this adds no reach. Not from its issues or discussions (anyone writes there), not from
    another forge's page, and from any other page (a tutorial quoting the link) it is a
    download from an unknown host, a warning, as before."""
    forge = forge_shorteners.get(url.host)
    if not forge or not page_address:
        return None
    page = parse_url(page_address[:MAX_PAGE])
    if page is None or not _clean(page) or not _clean(url) or url.query:
        return None
    parts = [p for p in url.path.split("/") if p]
    if len(parts) != 1 or not _SHORT_SLUG.fullmatch(parts[0]):
        return None
    owner = repository_page(page)
    if owner is None or owner.forge != forge:
        return None
    # the link hides where it leads, so only sections the repository's owner alone writes vouch
    # for it: its README and files, its releases and tags; not its wiki (any signed-in user may
    # edit a public repository's wiki), its workflow runs (a fork's pull request prints there),
    # its advisories or anything else
    section = [p.lower() for p in page.path.split("/") if p][2:3]
    if section and section[0] not in _OWNER_SECTIONS:
        return None
    return f"{page.host}/{owner.label} links {url.host}/{parts[0]}, {forge}'s own short link"


def _page_names_project(page: ParsedURL, name: str) -> bool:
    """page_names for the name, or for its core without a company's affix (a tutorial names
    Elixir, whose site is elixir-lang.org)."""
    if page_names(page, name):
        return True
    name = name.lower()
    if any(piece in _DOWNLOAD_WORDS for piece in _WORD.findall(name)):
        return False  # get-widgetctl: a download host's name, never a product's
    bare = _bare(name)
    # only a suffix comes off (elixir-lang, k0sproject): a word in front (getwidget) is what
    # download hosts put before a product's name
    return any(
        page_names(page, core) for core in cores(name) if core != bare and bare.startswith(core)
    )


# Host labels of a project's own documentation (docs.vendor.dev), not of a blog or a shop.
_DOCS_LABELS = frozenset({"docs", "doc", "developer", "developers", "manual", "guide", "guides"})
# What a project calls the repository of one part of itself: widgetinstaller, widget-cli.
_REPO_PARTS = frozenset(
    {"installer", "install", "cli", "setup", "scripts", "releases", "desktop", "bootstrap"}
)


# Words a repository that shows how to use a project puts after the project's name
# (tflint-starter, grimoire-template, kestrel-demo, wobble-ci-action): never docs, plugins or
# an organisation's words (labs, team, hq), which are the project's own (projectnames.ORG_WORDS).
_USAGE_WORDS = frozenset(
    {
        "starter", "template", "templates", "example", "examples", "demo", "demos", "sample",
        "samples", "boilerplate", "skeleton", "quickstart", "playground", "tutorial", "config",
        "configs", "dotfiles", "setup", "action", "kit", "workshop", "lab", "ci",
    }
)  # fmt: skip


def _usage_repository(repo: str, upstream: str) -> bool:
    """Whether a repository's name is the project's (`upstream`, bare) followed by one to three
    words, one of them at least of _USAGE_WORDS (quillpad-starter-kit, wobble-ci-action)."""
    words = _WORD.findall(repo.lower())[: _MAX_RUN + 1]
    for i in range(1, len(words)):
        if "".join(words[:i]) == upstream:
            rest = words[i:]
            return 1 <= len(rest) <= 3 and any(w in _USAGE_WORDS for w in rest)
    return False


def _account_variant(holder: str, org: str, core: str) -> bool:
    """Whether the account holding a repository is a variant of the project's organisation
    account or name (fenwick-labs-dev, fenwick-labsx, pebble-hq-release for fenwick-labs,
    pebble-hq): a look-alike's account, not the person who keeps the project."""
    return (
        _bare(holder).startswith(_bare(org))
        or core in org_cores(holder)
        or core in account_cores(holder)
    )


def _site_repository(page: ParsedURL, page_domain: str, site: str, repo: str) -> bool:
    """Whether a repository's name is the product of the site the page is on: the site's name
    with a company's affix behind it taken off (anchor-lang -> anchor; never one in front:
    getwidget is what download places are called), or a three-letter name spelt whole by the
    site's own docs host (docs.sui.io -> sui). Only from the site's own sections, on a page
    about software."""
    if not repo or not _brand(repo) or not own_section(page.host, page_domain):
        return False
    bare = _bare(site)
    if len(repo) >= MIN_NAMED and repo != bare:
        named = repo in cores(site) and bare.startswith(repo)
    else:
        below = set(page.host[: -len(page_domain)].strip(".").split("."))
        named = repo == bare and _letters(repo) and bool(below & _DOCS_LABELS)
    return named and page_about_software(page.raw) is True


def _letters(name: str) -> bool:
    return len(name) >= 3 and name.isascii() and name.isalnum() and not name.isdigit()


def _installer_repo_core(site_cores: frozenset[str], repo: str) -> str:
    """The site's core that the repository's name is, with one installer word after it, or ""
    (salt + bootstrap: salt-bootstrap for saltproject.io)."""
    for core in sorted(site_cores, key=len, reverse=True):
        if len(core) >= MIN_NAMED and repo.startswith(core) and repo[len(core) :] in _REPO_PARTS:
            return core
    return ""


def _package_named(
    page: ParsedURL,
    page_owner: Owner | None,
    url: ParsedURL,
    known: Callable[[str], bool] | None = None,
) -> str | None:
    """Why a package host's install script belongs to the page's project: its account or its
    repository there spells the page's project (symfony.com <-> dl.cloudsmith.io/public/symfony/
    stable, github.com/git-lfs/git-lfs <-> packagecloud.io/.../github/git-lfs)."""
    package = _package_account(url)
    if package is None:
        return None
    account, repository = package
    if page_owner:
        if _user_content_page(page) or not page_owner.repo:
            return None
        where = f"{page.host}/{page_owner.label}"
        # the forge's own account there publishing this very repository (GitHub's
        # packagecloud.io/github/git-lfs from github.com/git-lfs/git-lfs)
        if account == page_owner.forge and repository == page_owner.repo:
            return f"{where} is published by {page_owner.forge}'s own account on {url.host}"
        names = account_cores(page_owner.owner)
    else:
        domain = registrable_domain(page.host)
        if not domain or page.host in FORGE_HOSTS:
            return None
        if not own_section(page.host, domain):
            return _package_page_about(page, url, account, repository, known)
        where, names = page.host, domain_cores(domain)
    core = common_core(names, account_cores(account))
    if not core and page_owner is None and page_about_software(page.raw) is True:
        # ...or the repository, named by the site's core alone or with one installer word, as
        # a site vouches for its repository on a forge (speedtest.net/apps/cli and
        # packagecloud.io/install/repositories/<anyone>/speedtest-cli): the site could serve
        # the script itself, and a repository there is its owner's as on a forge
        repo = _bare(repository)
        core = repo if repo in names and len(repo) >= MIN_NAMED else ""
        core = core or _installer_repo_core(names, repo)
    if not core:
        return None if page_owner else _package_page_about(page, url, account, repository, known)
    named = f"{url.host}/{account}/{repository}".rstrip("/")
    return f"{where} and its package repository {named} both name {core}"


def _package_page_about(
    page: ParsedURL,
    url: ParsedURL,
    account: str,
    repository: str,
    known: Callable[[str], bool] | None,
) -> str | None:
    """Why a page about a package repository's program vouches for its install script: a
    tutorial or a question naming the repository (askubuntu.com/…/install-speedtest-cli-…
    and packagecloud.io/…/<anyone>/speedtest-cli) or the account by its exact name, as a page
    about a forge repository's program vouches for it; never a known publisher's name or a
    topic word, never a check page's address (page_names)."""
    where = f"{url.host}/{account}/{repository}".rstrip("/")
    if repository and not (known and known(repository)) and _page_names_project(page, repository):
        return f"{page.host}{_shown_path(page)} is about {repository} ({where})"
    if account not in _TOPIC_WORDS and not (known and known(account)) and page_names(page, account):
        return f"{page.host}{_shown_path(page)} is about {account} ({where})"
    return None


MIN_NAMED = 4  # a product name a page path must carry whole, to vouch for that product's site
# Words that name no one: a page path or a domain made of these says nothing about an owner.
_NOT_NAMES = frozenset(
    {
        "get", "install", "installer", "installers", "download", "downloads", "docs", "doc",
        "www", "web", "app", "apps", "api", "cdn", "static", "assets", "files", "file", "dl",
        "releases", "release", "setup", "update", "updates", "help", "support", "blog", "news",
        "home", "index", "start", "guide", "guides", "learn", "product", "products", "cloud",
        "tools", "tool", "script", "scripts", "cli", "dev", "code", "site", "page", "pages",
        "mirror", "mirrors", "repo", "pkg", "pkgs", "package", "packages", "latest", "stable",
        "verify", "check", "secure", "login", "account", "portal", "online", "free", "fix",
        "captcha", "robot", "human", "verification", "security", "browser", "meeting", "join",
    }
)  # fmt: skip
_MAX_PATH_WORDS = 16


def _bare(name: str) -> str:
    """A name without its separators: oh-my-widget and ohmywidget are one name."""
    return name.replace("-", "").replace("_", "").replace(".", "")


def _brand(name: str) -> bool:
    return len(name) >= 3 and name not in _NOT_NAMES and not name.isdigit()


_WORD = re.compile(r"[a-z0-9]+")
# The words of a segment written in capitals run together: a run of capitals before a capital
# that starts a word (AMP in AMPInstall), a word (digits stay in it: k3s, v2ray), capitals.
_CAMEL_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z0-9]+|[A-Z0-9]+")
# Words that make a host name a download place rather than a product (a product's own domain
# is its name: widget.dev, not widget-install.top).
_DOWNLOAD_WORDS = frozenset(
    {
        "get", "install", "installer", "setup", "download", "downloads", "dl", "cdn", "files",
        "mirror", "update", "updates", "official", "verify", "secure", "release", "releases",
    }
)  # fmt: skip
_MAX_RUN = 4  # words of a page address joined to spell one name (oh-my-widget: three)


def _address_words(page: ParsedURL, camel: bool = False) -> list[list[str]]:
    """The words of a page address, in runs that may spell one name together: each path
    segment's words (`how-to-install-code-server` -> how, to, install, code, server) and the
    host's labels left of its registrable domain (`widgetctl.zendesk.com` -> widgetctl).

    `camel`: a segment written in capitals run together is split where its capitals start
    words (`AMPInstall` -> amp, install; `HowToSetUpGit` -> how, to, set, up, git), as a
    reader reads it; for what the page is about, not for names a page must spell whole."""
    runs = []
    path = page.path if camel else page.path.lower()
    for part in path.split("/")[1 : _MAX_PATH_WORDS + 1]:
        if part.lower().endswith((".html", ".htm", ".md", ".php", ".aspx")):
            part = part.rsplit(".", 1)[0]
        if camel:
            part = " ".join(_CAMEL_WORD.findall(part)).lower()
        words = _WORD.findall(part)[:_MAX_PATH_WORDS]
        if words:
            runs.append(words)
    domain = registrable_domain(page.host) or page.host
    below = page.host[: -len(domain)].strip(".")
    if below:
        runs.append(below.split(".")[:_MAX_PATH_WORDS])
    return runs


def page_names(page: ParsedURL, name: str) -> bool:
    """Whether the page address names `name` (a product, a repository) as a word of its own or
    as a run of its words (`oh-my-widget` in `/setting-up-oh-my-widget`), not inside a longer
    word. Names of fewer than MIN_NAMED letters, generic words and check-page addresses never
    count."""
    name = name.lower()
    bare = _bare(name)
    if len(bare) < MIN_NAMED and not _letters_and_digits(bare):
        return False
    if not _brand(name) or not _brand(bare):
        return False
    if any(piece in _DOWNLOAD_WORDS for piece in _WORD.findall(name)):
        return False  # keelhaul-install, get-widget: a download host's name, not a product's
    if _PAGE_LURE_WORDS.search(page.host + page.path[:MAX_PAGE]):
        return False
    for words in _address_words(page):
        for i in range(len(words)):
            joined = ""
            for word in words[i : i + _MAX_RUN]:
                joined += word
                if joined == bare:
                    return True
                if len(joined) >= len(bare):
                    break
    return False


def page_names_repository(page_address: str | None, url: ParsedURL) -> bool:
    """Whether the page's address names the forge repository `url` fetches from, whole or by a
    distinctive word of its name (a forum thread `/comments/…/autoyes_tool/` and
    github.com/<owner>/claude-code-autoyes): the page is about that very project, and so about
    software, whoever wrote it. Generic words (tool, cli, code) and names of fewer than
    MIN_NAMED letters never count (page_names)."""
    owner = forge_owner(url)
    if not page_address or owner is None or not owner.repo:
        return False
    page = parse_url(page_address[:MAX_PAGE])
    if page is None or not page.host:
        return False
    pieces = [w for w in re.split(r"[-_.]", owner.repo) if len(w) >= MIN_NAMED]
    return any(page_names(page, name) for name in dict.fromkeys([owner.repo, *pieces[:8]]))


def _letters_and_digits(name: str) -> bool:
    """A three-character name that mixes letters and digits (k3d, k0s, k9s): a product's, no
    word of a sentence."""
    return (
        len(name) == 3
        and name.isalnum()
        and any(c.isdigit() for c in name)
        and any(c.isalpha() for c in name)
    )


def _shown_path(page: ParsedURL) -> str:
    return page.path[:60]


# What fake check pages put in their addresses (recaptcha-verify…/challenge, prove-human…): a
# project's install page never does.
_PAGE_LURE_WORDS = re.compile(
    r"(?i)captcha|not-?a-?robot|are-?you-?(?:a-?)?human|prove-?(?:you-?are-?)?human|"
    r"verify-?(?:you-?are-?)?human|human-?(?:check|verif)|bot-?check|anti-?bot|"
    r"challenge-platform|cf-?challenge|cdn-cgi/challenge"
)
MAX_PAGE = 2048


# What a check page that verifies YOU (your session, browser, access, that you are human) puts
# in its address, in the languages the product knows: verify-session.<domain>/check,
# <domain>/verificacion, security-check.<domain>. A project's install page never does; its
# pages that verify the SOFTWARE (verify-releases, /verifying/signatures) say what they check.
_CHECK_PAGE_WORDS = frozenset(
    {"verify", "verifying", "verification", "validate", "validation", "checkpoint",
     "challenge", "antibot", "turnstile",
     # de fr es pt it nl pl tr ru ja zh id vi sv fi hu sk/cs, as an address spells them
     "verifizierung", "verifizieren", "ueberpruefung", "uberprufung", "sicherheitspruefung",
     "sicherheitsprufung", "sicherheitscheck", "bestaetigung", "bestatigung", "verifier",
     "verificacion", "verificar", "comprobacion", "verificacao", "verifica", "verificare",
     "verificatie", "verifieren", "weryfikacja", "weryfikuj", "weryfikacji", "dogrulama",
     "dogrula", "proverka", "podtverzhdenie", "kakunin", "ninsho", "yanzheng", "renzheng",
     "verifikasi", "xacminh", "xacthuc", "verifiering", "verifiera", "tarkistus",
     "vahvistus", "ellenorzes", "overenie", "overeni"}
)  # fmt: skip
# "check" (and its translations) is a check page's word only as a host label or a whole path
# segment of its own (check.<domain>, /check) or beside what such pages check
_CHECK_WORDS = frozenset({"check", "kontrolle", "controle", "controllo", "sprawdzenie"})
_CHECKED_THINGS = frozenset(
    {"security", "secure", "session", "browser", "access", "account", "identity", "device",
     "human", "bot", "robot", "login", "signin", "user", "visitor", "ddos", "cloudflare", "cf",
     "sicherheit", "securite", "seguridad", "seguranca", "sicurezza", "beveiliging",
     # a fake interview's or meeting's check of your camera and sound (/video-check,
     # camera-check.<domain>: ClickFake Interview serves its "fix" from its own site)
     "camera", "webcam", "video", "microphone", "mic", "audio"}
)  # fmt: skip
# ...and the words of a page that verifies software (a release's signature, a checksum): a
# project's own docs, or of a page that documents an API's verify call
_SOFTWARE_CHECKED = frozenset(
    {"release", "releases", "signature", "signatures", "signing", "signed", "checksum",
     "checksums", "artifact", "artifacts", "binary", "binaries", "sbom", "provenance",
     "attestation", "attestations", "integrity", "gpg", "pgp", "cosign", "sigstore", "slsa",
     "sha256", "hash", "hashes", "download", "downloads", "docs", "doc", "documentation",
     "reference", "api", "manual", "wiki", "guide", "guides", "tutorial", "blog", "questions",
     "forum", "changelog", "readme", "email", "mail", "domain", "dns", "phone", "sms"}
)  # fmt: skip


def check_page_word(page: ParsedURL) -> str:
    """The word by which a page address names itself a check of its visitor (verify-session.
    <domain>/check, <domain>/weryfikacja, security-check.<domain>), or "". Forge and package
    registry pages are left out (their paths are projects' names: slsa-verifier,
    check-manifest), and so is a page that says it verifies software or documents a check."""
    if page.host in FORGE_HOSTS or page.host in _REGISTRY_PACKAGE_PAGES or page.ip:
        return ""
    domain = registrable_domain(page.host) or page.host
    below = page.host[: -len(domain)].strip(".")
    labels = below.split(".")[:8] if below else []
    segments = [
        s.rsplit(".", 1)[0] if s.endswith((".html", ".htm", ".php", ".aspx", ".asp")) else s
        for s in page.path.lower().split("/")[1:9]
        if s
    ]
    raw: list[list[str]] = [
        [str(w) for w in _WORD.findall(x)[:_MAX_PATH_WORDS]] for x in (*labels, *segments)
    ]
    raw.append([str(w) for w in _WORD.findall(domain.split(".", 1)[0])[:8]])
    words = {w for run in raw for w in run}
    # a number run onto the word (/verify2, /check3, verification1.<domain>) is the same word:
    # lure pages number their steps; a software check's own words keep theirs (sha256)
    runs = [[_unnumbered(w) for w in run] for run in raw]
    words |= {w for run in runs for w in run}
    if words & _SOFTWARE_CHECKED:
        return ""
    # a word of its own or a label's words run together (xac-minh, anti-bot, check-point)
    strong = next((w for run in runs for w in (*run, "".join(run)) if w in _CHECK_PAGE_WORDS), "")
    if strong:
        return strong
    for i, run in enumerate(runs):
        checks = [w for w in run if w in _CHECK_WORDS]
        if not checks:
            continue
        # alone: a host label or the first path segment, never the registrable name (a
        # product's own: check.dev); beside what such pages check: anywhere (session-check)
        alone = run == checks[:1] and i <= len(labels) and i < len(runs) - 1
        if alone or any(w in _CHECKED_THINGS for w in run):
            return checks[0]
    return ""


# What fake pages add to a borrowed company name: the trouble, the check or the help they
# offer (teams-meeting-audio, chrome-update-fix, metamask-support-desk). A tool named after a
# platform (discord-botkit, zoom-notes) says none of these.
_BAIT_WORDS = frozenset(
    {
        "fix", "fixes", "repair", "update", "updates", "upgrade", "verify", "verification",
        "check", "checker", "security", "secure", "alert", "alerts", "warning", "support",
        "help", "helpdesk", "desk", "service", "services", "login", "signin", "account",
        "accounts", "meeting", "meet", "audio", "video", "camera", "mic", "microphone",
        "driver", "drivers", "error", "errors", "recovery", "restore", "unlock", "unblock",
        "billing", "invoice", "refund", "notice", "notification", "portal", "auth", "captcha",
        "human", "robot", "challenge", "validate", "validation", "wallet", "claim", "airdrop",
        "invite", "invitation", "plugin",
        # a meeting brand's "join" page (webex-join, zoom-join): the fake meeting's own site
        "join",
    }
)  # fmt: skip


def page_bars_vouching(
    page_address: str | None,
    imitation_of: Callable[[ParsedURL], str | None],
    borrowed: frozenset[str],
) -> str | None:
    """How the page is dressed up so plainly that it cannot vouch even for a script it serves
    itself, or None: a fake check or fix page is the lure's own site as often as not
    (`teams-meeting-audio.example` serving `/a.ps1`). Its address speaks of captchas, its host
    imitates a known publisher, or its name joins a borrowed company name with the trouble or
    help such pages offer (`chrome-update-fix`, not `discord-botkit`)."""
    how = page_disguise(page_address, imitation_of, frozenset())
    if how:
        return how
    page = parse_url((page_address or "")[:MAX_PAGE])
    if page is None or not page.host or page.host in FORGE_HOSTS:
        return None
    domain = registrable_domain(page.host)
    if not domain:
        return None
    pieces = _WORD.findall(domain.split(".", 1)[0])[:8]
    names = [p for p in pieces if p in borrowed]
    baits = [p for p in pieces if p in _BAIT_WORDS]
    if names and baits:
        return f"the page {page.host} joins {names[0]} with '{baits[0]}'"
    return None


def page_dressed_for_stranger(page_address: str | None, script_hosts: Iterable[str]) -> str | None:
    """How the page dresses up beside a script from a host of another registrable domain, or
    None (and None when any script comes from the page's own domain: a tenant site such as
    lm-studio-app.netlify.app serving its own script is that site's word on itself):

    - its path offers a fix for your trouble (shop.example/fix-dns-error/,
      /update-required): a project's own troubleshooting page serves its own script; a
      developer site's question or tutorial (how-to-fix-…, /questions/, docs.…) is left alone;
    - its registrable name is a product's name joined with a download word
      (notion-desktop-app, get-ledger-live, obsidian-download): a fake download page built on
      the product's name, serving the script from somewhere else."""
    if not page_address or not page_address.lower().startswith(("http://", "https://")):
        return None
    page = parse_url(page_address[:MAX_PAGE])
    if page is None or not page.host or page.ip or page.host in FORGE_HOSTS:
        return None
    domain = registrable_domain(page.host)
    if not domain:
        return None
    if any(registrable_domain(h) == domain for h in itertools.islice(script_hosts, 16)):
        return None
    return _path_offers_fix(page, domain) or _download_named_domain(domain)


# A product's name as an install line or heading writes it (Install QuickDeploy CLI, "installs
# quick-deploy"): the words after install/installing/setup/get in the text's first lines.
_INSTALL_NAMED = re.compile(
    r"(?i)\b(?:install(?:s|ing)?|set\s*up|setting\s+up|get|download|installieren|installez|"
    r"installer|instalar|instale|installa|installare|installeer|zainstaluj)\s+"
    r"(?:(?:the|sie|le|la|el|o|a|il|lo|het|de)\s+)?"
    r"([a-z][a-z0-9]*(?:[-_ ][a-z][a-z0-9]*){0,2})"
)
MIN_PRODUCT = 5  # letters of a page's name the install line must spell: fewer are any word's
_MAX_NAMED_TEXT = 2000


def page_product_elsewhere(
    page_address: str | None, scripts: Iterable[ParsedURL], text: str
) -> str | None:
    """How a product's own-looking page hands out the product's installer from a host that
    names neither the product nor the page, or None: the page's registrable name is the
    product's (quickdeploy-cli.example), the text installs that very product by name ("Install
    QuickDeploy CLI"), and the script comes from a host of another registrable domain whose
    name and path spell nothing of it (m17k.charlton.example/install.ps1). A publisher serves
    its installer from its own site, a forge, a bucket or a CDN named for it (the vouching
    that clears those runs first); a fake product page copies the install line and points it
    at its own throwaway host. A tutorial, a wiki or a blog quoting another project's
    installer installs a product its own name does not spell, and is left alone."""
    if not page_address or not page_address.lower().startswith(("http://", "https://")):
        return None
    page = parse_url(page_address[:MAX_PAGE])
    if page is None or not page.host or page.ip or page.host in FORGE_HOSTS:
        return None
    domain = registrable_domain(page.host)
    if not domain or domain in _DEVELOPER_SITES:
        return None
    pieces = [_unnumbered(p) for p in domain.split(".", 1)[0].split("-")[:8]]
    if any(p in _WRITING_WORDS for p in pieces):
        return None
    names = [
        p
        for p in pieces
        if len(p) >= MIN_PRODUCT
        and p.isalpha()
        and p not in _GETTING_WORDS
        and p not in _HUB_WORDS
        and p not in _SECTION_WORDS
        and p not in _NOT_NAMES
        and p not in _SOFTWARE_WORDS
        and p not in _SOFTWARE_KINDS
    ]
    if not names:
        return None
    installed = {
        re.sub(r"[-_ ]", "", m.group(1).lower())
        for m in itertools.islice(_INSTALL_NAMED.finditer(text[:_MAX_NAMED_TEXT]), 8)
    }
    name = next((n for n in names if any(w.startswith(n) for w in installed)), "")
    if not name:
        return None
    urls = list(itertools.islice(scripts, 16))
    if not urls:
        return None
    for url in urls:
        if registrable_domain(url.host) == domain:
            return None
        spelt = re.sub(r"[^a-z0-9]", "", (url.host + url.path).lower())
        if any(p in spelt for p in pieces if len(p) >= 3) or name[:MIN_PRODUCT] in spelt:
            return None
    return f"the page {page.host} installs {name} from {urls[0].host}, which names nothing of it"


# Words of a page path that offer to fix your trouble (fix-dns-error, repair-your-browser,
# update-required); and the words of a question or a tutorial about such trouble, whose
# quoted commands are other people's (how-to-fix-…, /questions/, /t/…).
_PATH_FIX_WORDS = frozenset(
    {"fix", "fixes", "fixer", "repair", "repairs", "error", "errors", "verify", "verification",
     "unblock", "unlock", "troubleshoot", "troubleshooter", "hotfix", "quickfix", "autofix"}
)  # fmt: skip
# ...and the words of a shop that sells making your computer cleaner or faster, in the page's
# address or its registrable name (mac-cleaner-script, pc-optimizer, ram-booster): the
# scareware's window, whose script comes from elsewhere; a cleaner's maker names its own domain
# in one word (cleanmymac, ccleaner), and a question or tutorial about it is left alone
_CLEANER_WORDS = frozenset(
    {"cleaner", "cleaners", "optimizer", "optimiser", "optimizers", "booster", "speedup",
     "tuneup"}
)  # fmt: skip
_PATH_FIX_PAIRS = (("update", "required"), ("required", "update"), ("update", "needed"))
_PATH_ASKING_WORDS = frozenset(
    {"how", "howto", "tutorial", "tutorials", "guide", "guides", "questions", "question",
     "answers", "forum", "forums", "thread", "threads", "topic", "viewtopic", "discussion",
     "discussions", "issues", "issue", "docs", "doc", "documentation", "wiki", "kb", "faq",
     "help", "manual", "blog", "post", "posts", "article", "articles", "changelog", "release",
     "releases", "news", "til"}
)  # fmt: skip


def _path_offers_fix(page: ParsedURL, domain: str) -> str | None:
    if domain in _DEVELOPER_SITES or page.host in _DEVELOPER_SITES:
        return None
    below = page.host[: -len(domain)].strip(".")
    if below and any(label in _DEVELOPER_LABELS for label in below.split(".")):
        return None
    words = [w for run in _address_words(page) for w in run][: _MAX_PATH_WORDS * 2]
    if any(w in _PATH_ASKING_WORDS for w in words):
        return None
    fix = next((w for w in words if w in _PATH_FIX_WORDS), "")
    if not fix:
        fix = next((f"{a}-{b}" for a, b in _PATH_FIX_PAIRS if a in words and b in words), "")
    if not fix:
        pieces = domain.split(".", 1)[0].split("-")[:8]
        fix = next((w for w in (*words, *pieces) if w in _CLEANER_WORDS), "")
    if fix:
        return f"the page {page.host}{_shown_path(page)} offers a '{fix}'"
    return None


# A download page's words joined to a product's name in the page's own registrable name
# (notion-desktop-app, get-ledger-live): the product's publisher names its site for the
# product, a fake download page names itself for getting it.
_GETTING_WORDS = frozenset(
    {"get", "download", "downloads", "dl", "install", "installer", "setup", "app", "apps",
     "official", "mirror", "mirrors",
     # what a consumer fetches from such a page: a driver or a codec for a device or a player
     # (realtek-wifi-drivers, video-codec-linux); a driver's maker names its site for itself
     "driver", "drivers", "codec", "codecs",
     # ...a game's add-ons and cheats (minecraft-shaders-pack, gta-mods-free): a game's maker
     # names no download site for them, and a mod's author publishes on a forge or a mod hub
     "mod", "mods", "modpack", "modpacks", "shader", "shaders", "cheat", "cheats", "hacks",
     "crack", "cracked", "keygen",
     # ...or a tool for one system (pdf-merge-mac, video-converter-linux): a publisher names its
     # site for its product, a fake download page for the product on your system
     "mac", "macos", "osx", "linux", "windows", "pc"}
)  # fmt: skip


# ...and the words of a site that writes about software (linux-install-notes, setup-tips):
# a tutorial's name, not a product's download page
_WRITING_WORDS = frozenset(
    {"notes", "note", "tips", "tricks", "howto", "howtos", "blog", "blogs", "journal",
     "handbook", "cookbook", "academy", "school", "course", "courses", "lab", "labs", "tutorial",
     "tutorials", "guide", "guides", "docs", "wiki", "learn", "learning", "review", "reviews",
     "news", "weekly", "daily", "digest", "forum", "community", "club", "podcast",
     # a publication about a system (linux-magazine, mac-world, windows-central)
     "magazine", "mag", "times", "today", "world", "central", "insider", "planet", "geek",
     "geeks", "users"}
)  # fmt: skip


# What a fake download page offers for free, written onto the word (freeclient, freevpn)
_FREE_THINGS = frozenset(
    {"client", "clients", "vpn", "proxy", "app", "apps", "download", "downloads", "software",
     "soft", "tool", "tools", "adblock", "adblocker", "antivirus", "cleaner", "ai", "player",
     "converter", "installer", "setup", "games", "game", "mods", "cheats", "hacks", "crack",
     "keygen", "codec", "codecs", "driver", "drivers", "wallet", "miner", "bot", "bots"}
)  # fmt: skip


# A number run onto a word of a registrable name (setup17, get365, vpn24): shops number their
# throwaway names; the word is the same word.
_NUMBERED_WORD = re.compile(r"([a-z]{2,})\d{1,4}")


def _unnumbered(piece: str) -> str:
    m = _NUMBERED_WORD.fullmatch(piece)
    return m.group(1) if m else piece


def _download_named_domain(domain: str) -> str | None:
    pieces = [_unnumbered(p) for p in domain.split(".", 1)[0].split("-")[:8]]
    if len(pieces) < 2 or any(p in _WRITING_WORDS for p in pieces):
        return None
    getting = [p for p in pieces if p in _GETTING_WORDS] or [
        # ...or "free" written onto what the page gives away (securevpn-freeclient, free-vpn-app,
        # freeadblock-pro): the bait of a fake download page for a consumer app, whose maker
        # names its site for the product
        "free"
        for p in pieces
        if p == "free" or (p[:4] == "free" and p[4:] in _FREE_THINGS)
    ][:1]
    names = [
        p
        for p in pieces
        if len(p) >= 3
        and p.isalnum()
        and p not in _GETTING_WORDS
        and p not in _HUB_WORDS
        and p not in _SECTION_WORDS
        and p not in _NOT_NAMES
        and p not in _SOFTWARE_WORDS
    ]
    if getting and names:
        return f"the page {domain} is named for getting {names[0]} ('{getting[0]}')"
    # ...or for getting a kind of software, named by no one (vpn-client-setup, pdf-reader-dl,
    # vpn-mac-free): a publisher names its site for its product; only a shop names itself
    # for the kind, the system and the price, and nothing else
    kinds = [p for p in pieces if p in _SOFTWARE_KINDS]
    if (
        getting
        and kinds
        and len(pieces) >= 3
        and all(p in _SOFTWARE_KINDS or p in _GETTING_WORDS or p == "free" for p in pieces)
    ):
        return f"the page {domain} is named for getting a {' '.join(kinds[:2])} ('{getting[0]}')"
    return None


# Kinds of software a consumer fetches, as a shop's name spells them (vpn-client-setup,
# video-player-download): two of them and a getting word are the whole of such a name.
_SOFTWARE_KINDS = frozenset(
    {"vpn", "client", "proxy", "browser", "player", "reader", "viewer", "editor", "converter",
     "recorder", "downloader", "manager", "messenger", "chat", "video", "audio", "music", "pdf",
     "photo", "media", "screen", "remote", "desktop", "wallet", "crypto", "antivirus", "security",
     "adblock", "cleaner", "driver", "drivers", "codec", "zip", "office", "meeting", "agent"}
)  # fmt: skip


def page_disguise(
    page_address: str | None,
    imitation_of: Callable[[ParsedURL], str | None],
    borrowed: frozenset[str],
) -> str | None:
    """How the page a text was copied from dresses up as something it is not, or None
    (page_dressed_for_stranger adds what counts only beside a stranger's script).

    - its address speaks of captchas and proving you are human (fake check pages);
    - its host imitates a known publisher (`imitation_of`: a typo, look-alike letters, the
      publisher's name in someone else's domain: brew-sh.test);
    - its registrable name joins a company's name that scam pages borrow with other words
      (`github-security-notice`, `teams-meeting-audio`, `metamask-support-desk`): `borrowed`
      lists those names; the company's own domain (github.com) is one word and never matches.
    """
    if not page_address or not page_address.lower().startswith(("http://", "https://")):
        return None
    page = parse_url(page_address[:MAX_PAGE])
    if page is None or not page.host:
        return None
    where = page.host + page.path[:200]
    m = _PAGE_LURE_WORDS.search(where)
    if m:
        return f"the page address speaks of {m.group(0).lower()} checks ({page.host})"
    check = check_page_word(page)
    if check:
        return f"the page address speaks of a check of you ('{check}', {page.host})"
    how = imitation_of(page)
    if how:
        return f"the page {page.host} {how}"
    domain = registrable_domain(page.host)
    if not domain or page.host in FORGE_HOSTS:
        return None
    pieces = domain.split(".", 1)[0].split("-")
    for piece in pieces[:8] if len(pieces) > 1 else ():
        if piece in borrowed:
            return f"the page {page.host} borrows the name {piece}"
    return _named_in_front(page.host, domain, pieces, borrowed)


# What a download or help site's registrable name is made of (app-downloads, mac-apps-hub,
# pkg-get, wallet-support, gamers-help): a place that hands out other people's software or
# help with it, never the name of the software itself.
_HUB_WORDS = (
    _BAIT_WORDS
    | _FIX_WORDS
    | _DOWNLOAD_WORDS
    | frozenset(
        {
            "app", "apps", "hub", "store", "shop", "pkg", "pkgs", "plugin", "plugins", "addon",
            "addons", "extension", "extensions", "mods", "soft", "software", "tools", "center",
            "centre", "free", "dl", "downloads", "installers", "patch", "patches", "helper",
        }
    )
)  # fmt: skip
# Words of a host label that name a section, a platform or a kind of page, not a product.
_SECTION_WORDS = frozenset(
    {
        "www", "web", "mobile", "desktop", "mac", "macos", "osx", "win", "windows", "linux",
        "unix", "ios", "android", "beta", "alpha", "staging", "stage", "preview", "test", "demo",
        "status", "news", "blog", "wiki", "forum", "forums", "community", "faq", "tutorial",
        "tutorials", "guide", "guides", "docs", "doc", "official", "latest", "new", "the",
        "and", "for", "version", "edition", "pro", "plus", "lite", "free", "online", "cloud",
        "portable", "full", "crack", "cracked", "premium", "best", "top",
    }
)  # fmt: skip


def _named_in_front(
    host: str, domain: str, pieces: list[str], borrowed: frozenset[str]
) -> str | None:
    """How a host label left of the page's registrable domain dresses the page up as some
    product's own, or None:

    - a download or help site (its registrable name joins words such as apps, downloads, hub,
      support, help: mac-apps-hub, wallet-support) with a page named for a product in front
      of it (get-arcbrowser.app-downloads, notion-cal.mac-apps-hub, brew-sh.pkg-get): the
      product's name in someone else's domain, which is how fake download pages are made;
      a company's product site (scala-cli.virtuslab.org) is one name, not such a site;
    - a borrowed company's name joined with the trouble or help such pages offer in a label
      of any site (nvidia-driver-fix.<anything>)."""
    below = host[: -len(domain)].strip(".").split(".")[:4] if host != domain else []
    own = set(pieces)
    for label in below:
        words = _WORD.findall(label.lower())[:8]
        names = [w for w in words if w in borrowed and w not in own]
        if names and any(w in _BAIT_WORDS for w in words):
            return f"the page {host} puts {names[0]} beside the trouble it offers to fix"
    product = hub_product(host, domain, pieces)
    if product:
        return f"the page {host} is a page for {product} on a download or help site"
    return None


def hub_product(host: str, domain: str, pieces: list[str]) -> str:
    """The product a download or help site's page is named for (get-arcbrowser.app-downloads
    -> arcbrowser), or "": its registrable name joins words such as apps, downloads, hub,
    support (`pieces`), and a label in front of it names something else."""
    if len(pieces) < 2 or not any(p in _HUB_WORDS for p in pieces[:8]) or host == domain:
        return ""
    own = set(pieces)
    for label in host[: -len(domain)].strip(".").split(".")[:4]:
        for w in _WORD.findall(label.lower())[:8]:
            if (
                len(w) >= 3
                and w.isalpha()
                and w not in own
                and w not in _HUB_WORDS
                and w not in _SECTION_WORDS
                and w not in _NOT_NAMES
                and w not in _DOWNLOAD_LABELS
                and w not in _SITE_LABELS
                and w not in _DEVELOPER_LABELS
            ):
                return str(w)
    return ""


def page_hub_product(page_address: str | None) -> str:
    """hub_product of a page's address ("" when it is none)."""
    page = parse_url((page_address or "")[:MAX_PAGE])
    if page is None or not page.host or page.host in FORGE_HOSTS:
        return ""
    domain = registrable_domain(page.host)
    if not domain:
        return ""
    return hub_product(page.host, domain, domain.split(".", 1)[0].split("-"))


# Sites where developers ask and answer, write tutorials, keep documentation and publish
# packages (registrable domains): a page there is about software whatever its path says.
_DEVELOPER_SITES = frozenset(
    {
        "stackoverflow.com", "stackexchange.com", "superuser.com", "serverfault.com",
        "askubuntu.com", "mathoverflow.net", "dev.to", "medium.com", "hashnode.dev",
        "hashnode.com", "lobste.rs", "ycombinator.com", "readthedocs.io", "readthedocs.org",
        "gitbook.io", "docs.rs", "pypi.org", "npmjs.com", "crates.io", "go.dev", "rubygems.org",
        "packagist.org", "nuget.org", "docker.com", "artifacthub.io", "sourceforge.net",
        "sr.ht", "gitea.com", "notabug.org", "launchpad.net", "archlinux.org", "debian.org",
        "ubuntu.com", "fedoraproject.org", "kernel.org", "microsoft.com", "apple.com",
        "digitalocean.com", "linode.com", "freecodecamp.org", "geeksforgeeks.org",
        "w3schools.com", "mozilla.org", "github.com", "gitlab.com", "codeberg.org",
        "bitbucket.org", "github.io", "gitlab.io", "codeberg.page", "gist.github.com",
        # package registries and extension stores: every page there is a package's
        "pub.dev", "hex.pm", "libraries.io", "deps.dev", "lib.rs", "jsr.io", "deno.land",
        "metacpan.org", "cpan.org", "r-project.org", "anaconda.org", "conda-forge.org",
        "cocoapods.org", "quay.io", "flathub.org", "snapcraft.io", "brew.sh", "scoop.sh",
        "chocolatey.org", "winget.run", "winstall.app", "open-vsx.org", "visualstudio.com",
        "powershellgallery.com", "haskell.org", "ocaml.org", "julialang.org", "elixir-lang.org",
        "erlang.org", "clojars.org", "maven.apache.org", "mvnrepository.com", "opencollective.com",
    }
)  # fmt: skip
# Host labels left of the registrable domain that name a developer section of a site
# (docs.vendor.com, wiki.project.org, kb.company.com).
_DEVELOPER_LABELS = frozenset(
    {
        "docs", "doc", "developer", "developers", "dev", "devs", "wiki", "kb", "learn", "help",
        "support", "community", "forum", "forums", "discuss", "discourse", "answers", "api",
        "git", "code", "manual", "man", "guide", "guides", "tutorials", "blog", "engineering",
        "labs", "download", "downloads", "releases", "packages", "pkg", "repo", "install",
        # an organisation's own Confluence, its wiki (confluence.<company>/display/ENG/...)
        "confluence",
    }
)  # fmt: skip
# Words of a page address that say it is about software, computers or their administration:
# the words tutorials, questions, documentation and download pages put in their addresses.
_SOFTWARE_WORDS = frozenset(
    {
        # what such pages are
        "docs", "doc", "documentation", "manual", "manuals", "guide", "guides", "tutorial",
        "tutorials", "howto", "readme", "wiki", "faq", "kb", "knowledgebase", "questions",
        "answers", "forum", "forums", "discussions", "reference", "changelog", "release",
        "releases", "download", "downloads", "install", "installing", "installation",
        "installer", "setup", "quickstart", "started", "configure", "configuration", "config",
        "cheatsheet", "snippet", "snippets", "gist", "til", "dotfiles",
        # what they are about (not the bait of fake pages: fix, error, update, security, driver)
        "software", "program", "programming", "developer", "developers", "development", "dev",
        "devops", "sysadmin", "admin", "administration", "code", "coding", "script", "scripts",
        "scripting", "cli", "command", "commands", "terminal", "shell", "bash", "zsh", "fish",
        "powershell", "cmd", "console", "linux", "ubuntu", "debian", "fedora", "centos", "rhel",
        "arch", "archlinux", "alpine", "nixos", "nix", "macos", "osx", "homebrew", "brew",
        "windows", "wsl", "unix", "freebsd", "server", "servers", "homelab", "selfhosted",
        "selfhosting", "docker", "container", "containers", "kubernetes", "k8s", "k3s", "helm",
        "aws", "azure", "gcp", "vps", "ssh", "vpn", "networking", "dns", "nginx", "apache",
        "database", "postgres", "postgresql", "mysql", "redis", "git", "github", "gitlab",
        "python", "pip", "nodejs", "npm", "javascript", "typescript", "rust", "cargo", "golang",
        "java", "ruby", "php", "dotnet", "api", "sdk", "package", "packages", "repo",
        "repository", "plugin", "plugins", "toolkit", "raspberry", "raspberrypi", "opensource",
        "oss", "engineering",
        # a software vendor's own sections (not "products": a shop's pages say that too)
        "solutions", "platform", "enterprise", "integrations", "integration", "features",
        "cloud", "agent", "client", "saas",
    }
)  # fmt: skip


# Words that name a subject or a lure's bait, not one product: an account or a host label
# spelt so (linux, windows, docker, update, support) is not vouched for by a page that names it.
_TOPIC_WORDS = _SOFTWARE_WORDS | _BAIT_WORDS


def page_about_software(page_address: str | None) -> bool | None:
    """What the page's address says about its subject: True when it is about software (a
    developer site, a docs or wiki section, words such as install, linux, docs, cli in its
    path), False when its address has words and none of them is about software (a recipe, a
    match report, an episode, a booking), None when it has no words to judge by (a bare host,
    numbers and ids only)."""
    if not page_address or not page_address.lower().startswith(("http://", "https://")):
        return None
    page = parse_url(page_address[:MAX_PAGE])
    if page is None or not page.host or page.ip:
        return None
    domain = registrable_domain(page.host)
    if not domain:
        return None
    if domain in _DEVELOPER_SITES or page.host in _DEVELOPER_SITES:
        return True
    below = page.host[: -len(domain)].strip(".")
    if below and any(label in _DEVELOPER_LABELS for label in below.split(".")):
        return True
    names = [w for w in _WORD.findall(domain.split(".", 1)[0])]
    words = [w for run in _address_words(page) for w in run] + names
    # a software word may be run together with others in capitals (cubecoders.com/AMPInstall,
    # /HowToInstallDocker); split, those words only ever say software, never another subject
    camel = [w for run in _address_words(page, camel=True) for w in run]
    if any(w in _SOFTWARE_WORDS for w in words + camel):
        return True
    if domain in _NO_SUBJECT_SITES:
        return None  # youtube.com/watch?v=…, x.com/<user>/status/…: ids and names, no subject
    # words to judge by: letters, three or more, not an id mixing letters and digits, not the
    # site's own name in a word of its own (umbrel.com/umbrelos: the product, no subject), and
    # on a site where anyone writes, not the words of the site's own layout (/comments/)
    own = "".join(names)
    layout = _OPEN_SITE_LAYOUT if domain in _OPEN_SITES else frozenset()
    subject = [
        w
        for w in words[: -len(names) or None]
        if len(w) >= 3
        and w.isalpha()
        and not (len(own) >= MIN_NAMED and own in w)
        and w not in layout
    ]
    return False if subject else None


# Video and social sites whose addresses carry ids and account names, never the subject of the
# video or post: their words say nothing either way (a software word still says software).
_NO_SUBJECT_SITES = frozenset(
    {
        "youtube.com", "youtu.be", "x.com", "twitter.com", "facebook.com", "instagram.com",
        "tiktok.com", "linkedin.com", "mastodon.social", "threads.net", "bsky.app", "t.me",
        "discord.com", "vimeo.com", "twitch.tv",
    }
)  # fmt: skip
# Path words of sites where anyone writes that name their own sections, not a page's subject.
_OPEN_SITE_LAYOUT = frozenset(
    {
        "watch", "shorts", "live", "embed", "video", "videos", "channel", "playlist", "status",
        "statuses", "post", "posts", "comments", "comment", "thread", "threads", "user", "users",
        "profile", "reel", "reels", "photo", "photos", "story", "stories", "feed", "pin", "view",
        "wiki", "share", "questions", "question", "answer", "answers", "item", "www",
    }
)  # fmt: skip


# Object stores whose hosts serve everyone's buckets; the bucket's (or account's) name is in the
# host (ngrok-agent.s3.amazonaws.com, acct.blob.core.windows.net) or the first path segment
# (s3.amazonaws.com/bucket/..., storage.googleapis.com/bucket/...).
_S3 = re.compile(
    r"^(?:(?P<bucket>[a-z0-9][a-z0-9.-]{1,62})\.)?s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com$"
)
_LABEL_STORES = (".blob.core.windows.net", ".digitaloceanspaces.com", ".storage.googleapis.com")
_PATH_STORES = frozenset({"storage.googleapis.com"})
# Hosting and CDN services whose customers each get one name under the service's domain, the
# label just left of it (widgetctl.pages.dev, preview-12.widgetctl.pages.dev, widgetctl.b-cdn.net):
# a product's own site may keep its files there under its own name, as in a bucket. (A page ON
# such a host vouches for nothing: anyone publishes there, and fake check pages do.)
_TENANT_STORES = (
    ".pages.dev", ".netlify.app", ".vercel.app", ".web.app", ".firebaseapp.com", ".surge.sh",
    ".onrender.com", ".herokuapp.com", ".fly.dev", ".deno.dev", ".b-cdn.net",
)  # fmt: skip
# What a product adds to its own name to name a bucket or an account for its downloads, run
# together as some stores require (Azure's storage accounts take letters and digits only:
# widgetctlreleases, widgetctlcli).
_STORAGE_WORDS = (
    "releases", "release", "downloads", "download", "dl", "dist", "cli", "bin", "builds",
    "artifacts", "assets", "static", "public", "packages", "pkgs", "files", "cdn", "install",
    "installer", "prod",
)  # fmt: skip
# Labels of a download host (cdn.vendor.io) under which a company serves its products in folders
# named after them (cdn.coollabs.io/coolify/...).
_DOWNLOAD_LABELS = frozenset(
    {
        "cdn", "static", "assets", "files", "dl", "download", "downloads", "releases", "get",
        "pkg", "pkgs", "packages", "artifacts", "mirror", "dist", "resource", "resources",
    }
)  # fmt: skip
# Labels of a product site's own sections: such a host is the site itself, not a tenant.
_SITE_LABELS = frozenset(
    {"www", "docs", "doc", "download", "downloads", "get", "install", "help", "learn", "dev"}
)
# Sites where anyone writes: a page there speaks for its author, not for the site's name.
_OPEN_SITES = _DEVELOPER_SITES | frozenset(
    {
        "reddit.com", "x.com", "twitter.com", "facebook.com", "youtube.com", "quora.com",
        "discord.com", "substack.com", "tumblr.com", "linkedin.com", "mastodon.social",
        "telegram.org", "wikipedia.org", "wikihow.com",
    }
)  # fmt: skip


def storage_name(url: ParsedURL) -> str | None:
    """The bucket or account a shared object store's address names, or None."""
    host = url.host
    parts = [p for p in url.path.split("/") if p]
    m = _S3.match(host)
    if m:
        return m.group("bucket") or (parts[0].lower() if parts else None)
    if host in _PATH_STORES:
        return parts[0].lower() if parts else None
    for suffix in _LABEL_STORES:
        if host.endswith(suffix):
            return host[: -len(suffix)].split(".")[0] or None
    for suffix in _TENANT_STORES:
        if host.endswith(suffix):
            return host[: -len(suffix)].split(".")[-1] or None
    return None


def _storage_named(bucket: str, name: str) -> bool:
    """A bucket or tenant name that is the product's: its first word (widgetctl-dl), its name
    without separators, its name run together with a download word (widgetctlreleases), or
    the name with the word that asks for it in front (get-widgetctl, installwidgetctl: a
    project's install site spelt as its install command reads)."""
    words = _WORD.findall(bucket)
    if not words:
        return False
    if words[0] == name or _bare(bucket) == _bare(name):
        return True
    bare, own = _bare(bucket), _bare(name)
    if bare.startswith(own) and bare[len(own) :] in _STORAGE_WORDS:
        return True
    return any(bare == front + own for front in _SPELLING_PREFIXES)


# What a company runs onto its name for its own domain (datadoghq.com, observeinc.com,
# puppetlabs.com): the name is what is left, if it keeps MIN_NAMED letters.
_COMPANY_SUFFIXES = ("hq", "inc", "labs", "corp")


def _company_names(name: str) -> tuple[str, ...]:
    """The site's name, and the company's name it runs a suffix onto (datadoghq -> datadog)."""
    bare = _bare(name)
    shorter = tuple(
        bare[: -len(suffix)]
        for suffix in _COMPANY_SUFFIXES
        if bare.endswith(suffix) and len(bare) - len(suffix) >= MIN_NAMED
    )
    return (name, *(n for n in shorter if _brand(n)))


def _reverse_domain_bucket(bucket: str, domain: str) -> bool:
    """A bucket named by the company's domain written backwards, as Java packages are
    (com.rapid7.razor.public for rapid7.com): only the domain's owner names a bucket so by
    convention, and the name says whose it is."""
    reverse = ".".join(reversed(domain.split(".")))
    return bucket == reverse or bucket.startswith(reverse + ".")


# an installer's file in a bucket, named after the product it installs (datadog-agent-7.msi)
_INSTALLER_FILES = (".msi", ".exe", ".pkg", ".dmg", ".deb", ".rpm", ".zip", ".ps1", ".sh")


def _file_named(url: ParsedURL, bucket: str, names: tuple[str, ...]) -> bool:
    """The file fetched from the bucket is an installer whose name begins with the company's
    own name as a word of its own (datadog-agent-7-latest.amd64.msi from docs.datadoghq.com),
    at least MIN_NAMED letters: the product's own file, where the page says to get it. The
    bucket's name may be the product's short name (ddagent-windows-stable)."""
    parts = [p for p in url.path.split("/") if p]
    if parts and parts[0].lower() == bucket:
        parts = parts[1:]  # a path-style address names the bucket first
    if not parts or not parts[-1].lower().endswith(_INSTALLER_FILES):
        return False
    words = _WORD.findall(parts[-1].lower())
    return bool(words) and any(words[0] == _bare(n) and len(words[0]) >= MIN_NAMED for n in names)


def named_storage(
    page_address: str | None, url: ParsedURL, known: Callable[[str], bool] | None = None
) -> str | None:
    """Why a product's own site vouches for a download kept in storage named after it: a
    bucket on a shared object store (ngrok.com/download and ngrok-agent.s3.amazonaws.com) or a
    folder of a company's download host (coolify.io/docs and cdn.coollabs.io/coolify/...).

    Only from the product's own site (its domain, or a www/docs section of it; never a site
    where anyone writes), only from a page about software, and only for a name of at least
    MIN_NAMED letters that is no generic word. A compromised product site could serve the
    script from its own domain, which it vouches for already: this adds no reach.

    A forge repository's own page (its README, files or releases; never its issues) vouches
    the same way for a bucket named after the repository (github.com/erlang/rebar3 and
    s3.amazonaws.com/rebar3/rebar3): its owner could serve the file from the repository
    itself, which the page vouches for already (`known`: a name no stranger's repository may
    claim, a known publisher's or one that scam pages borrow: chatgpt.pages.dev)."""
    if not page_address or not url.host:
        return None
    page = parse_url(page_address[:MAX_PAGE])
    if page is None or not _clean(page) or not _clean(url):
        return None
    if page.host in FORGE_HOSTS:
        return _repository_bucket(page, url, known)
    page_domain = registrable_domain(page.host)
    if not page_domain or page_domain in _OPEN_SITES or storage_name(page) is not None:
        return None  # a page on a store's or a hosting service's host is anyone's
    below = page.host[: -len(page_domain)].strip(".")
    if below and not set(below.split(".")) <= _SITE_LABELS:
        return None
    name = _first_label(page_domain)
    if not _brand(name) or len(_bare(name)) < MIN_NAMED:
        return None
    bucket = storage_name(url)
    if bucket is not None:
        names = _company_names(name)
        if not (
            any(_storage_named(bucket, n) for n in names)
            or _reverse_domain_bucket(bucket, page_domain)
            or _file_named(url, bucket, names)
        ):
            return None
        if page_about_software(page_address) is not True:
            return None
        return f"{page_domain} keeps its files in the bucket {bucket} on {url.host}"
    file_domain = registrable_domain(url.host)
    if not file_domain or file_domain == page_domain or url.host in FORGE_HOSTS:
        return None
    labels = url.host[: -len(file_domain)].strip(".").split(".")
    parts = [p for p in url.path.split("/") if p]
    if len(labels) != 1 or labels[0] not in _DOWNLOAD_LABELS or len(parts) < 2:
        return None
    if _bare(parts[0].lower()) != _bare(name) or page_about_software(page_address) is not True:
        return None
    return f"{url.host} serves {page_domain}'s product from its folder /{parts[0]}/"


def _repository_bucket(
    page: ParsedURL, url: ParsedURL, known: Callable[[str], bool] | None
) -> str | None:
    """named_storage from a forge repository's own page: a bucket on an object store named
    after the repository (rebar3, widgetctl-releases), MIN_NAMED letters at least and no
    generic word, never with a word `known` claims (a publisher's or a borrowed name)."""
    owner = repository_page(page)
    bucket = storage_name(url)
    if owner is None or bucket is None or url.host in FORGE_HOSTS:
        return None
    repo = owner.repo.lower()
    if not _brand(repo) or len(_bare(repo)) < MIN_NAMED:
        return None
    if known and any(known(name) for name in (repo, *_WORD.findall(repo))):
        return None
    if not _storage_named(bucket, repo):
        return None
    return f"{page.host}/{owner.label} keeps its files in the bucket {bucket} on {url.host}"
