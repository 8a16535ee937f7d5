"""Whether two names (of domains, forge accounts, package accounts) name the same project.

Projects often cannot get their name as a domain, or get it under another suffix, and write it
differently on a forge: `k0sproject.io` and `k0s.sh`, `goteleport.com` and `teleport.dev`,
`turso.tech` and `tur.so`, `k3d.io` and the GitHub account `k3d-io`, `nodered.org` and
`node-red`, `circleci.com` and `CircleCI-Public`. A name is reduced to its core: lower case,
without separators, without one of the words companies put in front of or after their name to
get a domain or an account (`go`, `get`, `project`, `hq`, `lang`, `io`, `public` ...). A
domain's name is also read with its suffix run into it (`tur.so` -> `turso`, `raphi.re` ->
`raphire`), as projects spell their name across the dot.

What this adds no attacker can use cheaply: a page the attacker owns can serve its script from
its own domain, which vouches for it already; what keeps such a page from vouching is what its
address shows (a check page's words, an imitated vendor, a borrowed company name), read before
any name is compared (provenance.page_bars_vouching). A page the attacker does not own (a
compromised blog, a forum) has its own name, which the attacker's host does not carry; and
sections of a site where others write (forum., community.) are not the project's own word
(see `own_section`).
"""

from __future__ import annotations

import re

MIN_CORE = 4  # letters a core needs, unless it mixes letters and digits (k0s, k3d)
MAX_NAME = 63  # a DNS label's limit; longer names are compared as they are, never reduced
# Words put in front of a project's name for a domain or an account (gohugo, getsentry, tryx,
# withpixie).
PREFIXES = ("get", "go", "try", "use", "join", "hello", "my", "with")
# ... and after it (k0sproject, scala-lang, vendorhq, k3d-io, CircleCI-Public; a company's
# word for its product line or itself: widgetconnect's site and widgetsoftware's account; a
# database's: surrealdb's site for the program surreal).
SUFFIXES = (
    "project", "projects", "lang", "hq", "app", "apps", "labs", "dev", "io", "inc", "team",
    "tech", "software", "public", "official", "org", "oss", "sh", "connect", "systems",
    # a database's word after its name (surrealdb for surreal, the program people install)
    "db",
)  # fmt: skip
# Cores that name no one (a download place, a section of a site, a generic word).
NOT_CORES = frozenset(
    {
        "install", "installer", "download", "downloads", "docs", "doc", "www", "web", "apps",
        "static", "assets", "files", "file", "release", "releases", "setup", "update",
        "updates", "help", "support", "blog", "news", "home", "index", "start", "guide",
        "learn", "product", "cloud", "tools", "tool", "script", "scripts", "code", "site",
        "page", "pages", "mirror", "repo", "package", "packages", "latest", "stable", "verify",
        "check", "secure", "login", "account", "portal", "online", "free", "github", "gitlab",
        "codeberg", "bitbucket", "public", "project", "official", "software", "team",
    }
)  # fmt: skip
# Host labels of a project's own sections: docs.vendor.dev is the project writing; forum. or
# community. are its users.
OWN_SECTIONS = frozenset(
    {
        "www", "docs", "doc", "download", "downloads", "get", "install", "learn", "dev",
        "developer", "developers", "manual", "guide", "guides", "stable", "latest",
    }
)  # fmt: skip
_SEPARATORS = re.compile(r"[-_.]")


def _bare(name: str) -> str:
    return _SEPARATORS.sub("", name.lower())


def _valid(core: str) -> bool:
    if core in NOT_CORES or not core.isalnum() or core.isdigit():
        return False
    if len(core) >= MIN_CORE:
        return True
    return len(core) == 3 and any(c.isdigit() for c in core) and any(c.isalpha() for c in core)


def cores(name: str) -> frozenset[str]:
    """The name without separators, and without one affix of PREFIXES or SUFFIXES."""
    bare = _bare(name)
    if not bare or len(bare) > MAX_NAME or not bare.isascii():
        return frozenset()
    out = {bare}
    for prefix in PREFIXES:
        if bare.startswith(prefix):
            out.add(bare[len(prefix) :])
    for suffix in SUFFIXES:
        if bare.endswith(suffix):
            out.add(bare[: -len(suffix)])
    return frozenset(c for c in out if _valid(c))


def domain_cores(domain: str) -> frozenset[str]:
    """The cores a registrable domain's name spells: its first label's, and that label's run
    together with a one-label suffix when that makes five letters or more (tur.so -> turso;
    not wi.io -> wiio). A label with a hyphen is compared as it is written: a hyphen joins
    words, and the project's name with a word added is what look-alike domains are made of
    (goteleport-app, rke2-io, rustup-rs)."""
    label, _, suffix = domain.lower().partition(".")
    if "-" in label:
        return frozenset({label}) if _valid(_bare(label)) else frozenset()
    out = set(cores(label))
    if suffix and "." not in suffix and len(label + suffix) > MIN_CORE:
        out |= cores(label + suffix)
    return frozenset(out)


# Words an organisation's account puts after its project's name, each its own hyphenated word
# (`openmediavault-plugin-developers`, `widget-community`, `widget-contrib`): who keeps the
# account, not what trouble it fixes. The words lure pages add (support, security, update,
# verify, fix, help...) are none of these.
ORG_WORDS = frozenset(
    {
        "plugin", "plugins", "addon", "addons", "extension", "extensions", "module", "modules",
        "contrib", "community", "developer", "developers", "devs", "dev", "maintainers",
        "team", "org", "labs", "hq", "io", "official", "project", "oss", "foundation",
        "extras", "incubator", "ecosystem", "packaging", "packages", "releases", "public",
        "inc", "tools", "js", "py", "rs",
    }
)  # fmt: skip
MAX_ORG_WORDS = 3  # words after the project's name: Plugin-Developers is two


def _org_core(name: str) -> str:
    """The project's name in an organisation's account written with hyphens, without the
    organisation's words after it (`OpenMediaVault-Plugin-Developers` -> `openmediavault`), or
    "" when the account is no such name."""
    words = [w for w in re.split(r"[-_]", name.lower()) if w]
    if len(words) < 2 or len(name) > MAX_NAME:
        return ""
    tail = 0
    while tail < MAX_ORG_WORDS and len(words) - tail > 1 and words[-1 - tail] in ORG_WORDS:
        tail += 1
    if not tail or all(w in ORG_WORDS for w in words[: len(words) - tail]):
        return ""  # nothing but an organisation's words (plugins-community) names no project
    core = "".join(words[: len(words) - tail])
    return core if _valid(core) and core.isascii() else ""


def account_cores(*names: str) -> frozenset[str]:
    """The cores of forge or package account names (a hyphen is how an account spells a dot or
    a space: k3d-io, node-red)."""
    out: set[str] = set()
    for name in names:
        out |= cores(name)
    return frozenset(out)


def org_cores(*names: str) -> frozenset[str]:
    """The project's name in organisation accounts that add their own words after it
    (widget-plugins, Widget-Plugin-Developers, mongodb-js: see ORG_WORDS)."""
    out: set[str] = set()
    for name in names:
        org = _org_core(name)
        if org:
            out |= cores(org) | {org}
    return frozenset(out)


# Endings by which one word names the thing another does (a program that controls: controller;
# the plural of a name): craftycontrol's site and its account crafty-controller.
WORD_ENDINGS = ("s", "er", "ers", "ler", "r")
MIN_WORD_FORM = 8  # letters the shorter name needs: a short name is any longer word's start


def word_form_core(these: frozenset[str], those: frozenset[str]) -> str:
    """The core of one set that a core of the other is, with one of WORD_ENDINGS run onto it
    (craftycontrol and craftycontroller), or ""; never a short name (MIN_WORD_FORM)."""
    for short in sorted(these | those, key=len, reverse=True):
        if len(short) < MIN_WORD_FORM:
            continue
        other = those if short in these else these
        if any(short + ending in other for ending in WORD_ENDINGS):
            return short
    return ""


def common_core(these: frozenset[str], those: frozenset[str]) -> str:
    """The longest core two sets of cores share, or "" when they share none."""
    shared = these & those
    return max(sorted(shared), key=len) if shared else ""


def own_section(host: str, domain: str) -> bool:
    """Whether the host is the domain itself or one of the project's own sections of it."""
    below = host[: -len(domain)].strip(".") if host.endswith(domain) else host
    return not below or set(below.split(".")) <= OWN_SECTIONS
