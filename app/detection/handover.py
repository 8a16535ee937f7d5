"""Acts that hand this computer over without a download piped into a shell, and whose pages
may vouch for them.

- A package index of someone else's: pip, uv, npm, yarn, pnpm, bun, gem, poetry and Go told to
  look packages up on a server that is not a public index (an option, an environment variable,
  a config command or a line written into pip.conf / .npmrc / .yarnrc). An extra index beside
  the public one is the dependency-confusion trick: a package of the same name and a higher
  version there wins, so the public index named first clears nothing.
- A hosts-file entry that sends a name to an address on the internet (echo … | sudo tee -a
  /etc/hosts, >> /private/etc/hosts, sed -i, a here-document; on Windows Add-Content,
  Set-Content, Out-File, [IO.File]::AppendAllText or echo >> to drivers\\etc\\hosts, the path
  written out or kept in a variable): every visit to that name, a bank's or a sign-in page's,
  goes to whoever holds the address. Loopback, the local network and 0.0.0.0 (ad blocking) stay
  quiet, and so do placeholder names (example.com, your-domain).
- What names the owner of such an act, for the page it was copied from (`owners`): the domain
  in a public key's comment (alice@corp.example), the forge account whose published keys are
  imported (ssh-import-id gh:alice, github.com/alice.keys), the names a hosts entry points, the
  host of an index. A company's own docs name their own domain and a person's own repository
  their own account; a stranger's page names someone else's.

Pure string work on at most MAX_TEXT characters of a few layers, linear regexes only.
"""

from __future__ import annotations

import ipaddress
import itertools
import re

import re2

from app.detection.analysis import Analysis
from app.detection.indicators import ParsedURL, parse_url
from app.detection.occurs import occurs
from app.detection.provenance import (
    _BAIT_WORDS,
    page_forge_owner,
    registrable_domain,
    repository_page,
)
from app.detection.signals import signal

HANDOVER_TAG = "handover"  # rules whose act lets someone in: a page may own it (engine.py)
# console rules whose act the site's own developer docs may hand out for the site's own API
SITE_OWN_TAG = "site-own"

MAX_TEXT = 16 * 1024  # characters of a layer read
MAX_COMMANDS = 96  # commands of a layer read
MAX_LAYERS = 4  # layers read (the text as written, normalised, decoded)
MAX_OPTIONS = 8  # index options and settings read in one command, entries in one line
MAX_WRITES = 16  # lines naming the hosts file read

# Public indexes and registries, the hosted indexes companies keep their packages on, and the
# mirrors people use: the registrable domain of the host (or the host itself).
PUBLIC_INDEXES = frozenset(
    {
        "pypi.org", "pythonhosted.org", "pytorch.org", "nvidia.com", "jfrog.io", "pkg.dev",
        "amazonaws.com", "azure.com", "visualstudio.com", "gitlab.com", "github.com",
        "anaconda.org", "piwheels.org", "edu.cn", "aliyun.com", "tencent.com",
        "huaweicloud.com", "douban.com", "cloudsmith.io", "fury.io", "packagecloud.io",
        "npmjs.org", "npmjs.com", "yarnpkg.com", "npmmirror.com", "rubygems.org", "golang.org",
        "goproxy.cn", "goproxy.io", "google.com", "intel.com", "amd.com", "nexus.io",
        "sonatype.com", "artifactory.io", "bytedance.com", "bfsu.edu.cn", "pypi.io",
    }
)  # fmt: skip
# labels of a company's own network (pypi.corp.example, nexus.internal)
INTERNAL_LABELS = frozenset(
    {"corp", "local", "lan", "internal", "intra", "intranet", "home", "localdomain", "ad"}
)
_URL = re2.compile(r"(?i)\b(?:https?)://([^/\s\"'`,;)]+)")
# Python's re (no group, no repetition: linear): re2's split is written in Python and cost
# ~5 us per piece, the most of this signal's time on a lure of a few dozen commands
_SPLIT = re.compile(r"&&|\|\||[;&\n|]")
# a package tool at the start of a command (after sudo, env or settings written in front)
_TOOL = re2.compile(
    r"(?i)^(?:(?:sudo|env|command|exec|time|nohup)\s+(?:-\S+\s+)*|[A-Za-z_]\w*=\S*\s+)*"
    r"(?:\S*/)?(pip[0-9.]*|pipx|uv|uvx|poetry|pdm|python[0-9.]*\s+-m\s+pip|py\s+-m\s+pip|"
    r"npm|npx|pnpm|yarn|bun|bunx|gem|bundle|go)(?:\.exe)?\b"
)
# an option that names where packages come from, with its address (= or a blank between)
_INDEX_OPTION = re2.compile(
    r"(?i)(?:^|\s)(?:--(?:extra-)?index-url|--index|--default-index|-i|--registry|--source|"
    r"--extra-index|--trusted-host-index)(?:=|\s+)[\"']?(?:[\w\-]+=)?(https?://[^\s\"']+)"
)
# what configures an index for later: a config command, an environment variable, a line of a
# pip.conf / .npmrc / .yarnrc / .bunfig written with its address
_CONFIG = re2.compile(
    r"(?i)(?:\b(?:pip[0-9.]*|uv)\s+config\s+set\s+(?:global|user|site)\.(?:extra-)?index-url|"
    r"\b(?:npm|pnpm|yarn)\s+config\s+set\s+(?:@[\w\-]+:)?registry|\bnpm\s+set\s+(?:@[\w\-]+:)?registry|"
    r"\bgem\s+sources\s+(?:-a|--add)|\bpoetry\s+source\s+add\s+(?:--\S+\s+)*[\w\-]+|"
    r"\bbundle\s+config\s+(?:set\s+)?(?:--global\s+)?mirror\.\S+|"
    r"\b(?:PIP_(?:EXTRA_)?INDEX_URL|UV_(?:EXTRA_)?INDEX_URL|UV_(?:DEFAULT_)?INDEX|"
    r"NPM_CONFIG_REGISTRY|npm_config_registry|YARN_REGISTRY|BUNDLE_MIRROR__\w+|GOPROXY)\s*=|"
    r"\bgo\s+env\s+-w\s+GOPROXY=|"
    r"(?:^|[\s\"']|\\n)(?:extra-index-url|index-url|(?:@[\w\-]+:)?registry|npmRegistryServer)"
    r"\s*[=:]\s*)"
    r"\s*[\"']?(?:[\w\-]+=)?(https?://[^\s\"',]+)"
)
# where such a line is written: the config files of pip, npm, yarn, bun, uv, gem
_CONFIG_FILE = re2.compile(
    r"(?i)(?:pip\.conf|pip\.ini|\.npmrc|\.yarnrc(?:\.yml)?|bunfig\.toml|uv\.toml|\.gemrc|"
    r"\bconfig\s+set\b|\bsources\s+(?:-a|--add)\b|\bsource\s+add\b|\benv\s+-w\b|"
    r"\bexport\s|\bsetx?\s|\$env:|\bmirror\.)"
)
_CONFIG_NAMES = re2.compile(r"(?i)pip\.conf|pip\.ini|npmrc|yarnrc|bunfig|uv\.toml|gemrc")
# What every match holds, lower-cased: of _CONFIG one of these words (every branch names an
# index-url, a registry, gem's sources, poetry, a mirror, uv's _INDEX or GOPROXY), of
# _INDEX_OPTION "-i" (--index-url, --extra-index, --default-index, --trusted-host-index) or
# --registry or --source. Looked for in an ASCII text only (RE2's (?i) also takes the Kelvin
# sign for k and the long s for s, which lower() does not fold).
_CONFIG_WORDS = ("index-url", "index_url", "_index", "registry", "sources", "poetry", "mirror",
                 "goproxy")  # fmt: skip
_OPTION_WORDS = ("-i", "--registry", "--source")


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when no match of the pattern `words` stands for can be in text."""
    if not text.isascii():
        return True
    low = text.lower()
    return any(word in low for word in words)


def _host_domain(host: str) -> str:
    host = host.lower().rsplit("@", 1)[-1].split(":", 1)[0].strip("[]")
    return host


def _public(host: str) -> bool:
    """A public index, a company's hosted index, a mirror, or the local network's own."""
    host = _host_domain(host)
    if not host:
        return True
    if _private_address(host):
        return True
    labels = host.split(".")
    if len(labels) == 1 or INTERNAL_LABELS.intersection(labels) or host.endswith(".home.arpa"):
        return True
    return any(".".join(labels[i:]) in PUBLIC_INDEXES for i in range(len(labels) - 1))


def _private_address(host: str) -> bool:
    """Loopback, the local network, link-local, carrier-grade NAT and the unspecified
    address; any other address is on the internet (documentation ranges count as the
    internet: lures are written with them)."""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if isinstance(ip, ipaddress.IPv4Address):
        if ip in _CGNAT:
            return True
        return bool(
            ip.is_loopback
            or ip.is_link_local
            or ip.is_unspecified
            or ip in _RFC1918[0]
            or ip in _RFC1918[1]
            or ip in _RFC1918[2]
        )
    return bool(ip.is_loopback or ip.is_link_local or ip.is_unspecified or ip in _ULA)


_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_RFC1918 = (
    ipaddress.ip_network("10.0.0.0/8"),
    ipaddress.ip_network("172.16.0.0/12"),
    ipaddress.ip_network("192.168.0.0/16"),
)
_ULA = ipaddress.ip_network("fc00::/7")


def foreign_indexes(text: str) -> list[str]:
    """Hosts of the package indexes that are not public ones, and what sets them: the
    install command's option, or a configuration written for later."""
    return [why for why, _ in _foreign_indexes(text)]


def _foreign_indexes(text: str) -> list[tuple[str, str]]:
    """(what sets it, host) of each package index that is not a public one."""
    text = text[:MAX_TEXT]
    if "://" not in text:
        return []
    configures = _may_hold(text, _CONFIG_WORDS)
    if not configures and not _may_hold(text, _OPTION_WORDS):
        return []
    found: list[tuple[str, str]] = []
    for command in _SPLIT.split(text)[:MAX_COMMANDS]:
        command = command.strip()
        if "://" not in command:
            continue
        tool = _TOOL.match(command) if _may_hold(command, _OPTION_WORDS) else None
        if tool:
            for m in itertools.islice(_INDEX_OPTION.finditer(command), MAX_OPTIONS):
                host = _URL.match(m.group(1))
                if host and not _public(host.group(1)):
                    name = tool.group(1).split()[0].lower()
                    found.append((f"{name} installs from {host.group(1)}", host.group(1)))
        config_file: bool | None = None  # looked for once a command, when first needed
        configs = _CONFIG.finditer(command) if configures else ()
        for m in itertools.islice(configs, MAX_OPTIONS):
            if "=" not in m.group(0):
                if config_file is None:
                    config_file = bool(_CONFIG_FILE.search(command))
                if not config_file:
                    continue
            host = _URL.match(m.group(1))
            if host and not _public(host.group(1)):
                found.append((f"packages will come from {host.group(1)}", host.group(1)))
        if len(found) >= 3:
            break
    # a here-document or printf body: a pip.conf/.npmrc line with its address, written to such
    # a file somewhere in the text
    if not found and configures and _CONFIG_FILE.search(text) and _CONFIG_NAMES.search(text):
        for m in itertools.islice(_CONFIG.finditer(text), MAX_OPTIONS):
            host = _URL.match(m.group(1))
            if host and not _public(host.group(1)):
                found.append((f"packages will come from {host.group(1)}", host.group(1)))
                break
    return list(dict.fromkeys(found))[:3]


@signal("foreign-package-index")
def foreign_package_index(a: Analysis) -> list[str]:
    return a.first_reading(foreign_indexes, MAX_LAYERS) or []


# -- the hosts file --------------------------------------------------------------------------

# the hosts file: Unix's and Windows' (C:\\Windows\\System32\\drivers\\etc\\hosts, %WINDIR%\\…,
# $env:windir\\…), or a variable a line before set to it ($h, %h%, ${h})
_HOSTS_PATH = (
    r"(?:(?:/private)?/etc/hosts\b|drivers[\\/]+etc[\\/]+hosts\b|\$\{?HOSTSVAR\b|%HOSTSVAR%)"
)
_HOSTS_NAMED = re2.compile(r"(?i)/etc/hosts\b|drivers[\\/]+etc[\\/]+hosts\b")
# a write into the hosts file on that line: >> or > to it, tee (-a) to it, sed -i on it, open();
# PowerShell's Add-Content / Set-Content / Out-File / Tee-Object and .NET's File.Append*/Write*
_HOSTS_WRITE_PATTERN = (
    r"(?i)(?:>{1,2}\s*[\"']?(?:[a-z]:|%\w+%|\$\{?env:\w+\}?|\$\w+)?[^\s\"'|;&<>]{0,120}?|"
    r"\btee\s[^\n|;&]*|\bsed\s(?:[^\n|;&]*\s)?-i[^\n|;&]*|"
    r"\b(?:add-content|ac|set-content|sc|out-file|tee-object)\b[^\n|;&]*?|"
    r"\[(?:system\.)?io\.file\]::(?:append|write)all(?:text|lines)\s*\(\s*[\"']?[^\n,]{0,120}?)"
    + _HOSTS_PATH
    # …or a script's open() of it for appending or writing
    + r"|\bopen\s*\(\s*[\"'](?:/private)?/etc/hosts[\"']\s*,\s*[\"'](?:a|w|r\+)"
    # …or a value piped into a writer that names it further on
    + r"|\|\s*(?:add-content|ac|set-content|out-file|tee-object|tee)\b[^\n|;&]*?"
    + _HOSTS_PATH
)
_HOSTS_WRITE = re2.compile(_HOSTS_WRITE_PATTERN.replace("HOSTSVAR", "hostsfile_never_a_name"))
# a variable set to the hosts file's path ($h = "$env:windir\\…\\hosts", set h=%WINDIR%\\…,
# h=/etc/hosts)
_HOSTS_VARIABLE = re2.compile(
    r"(?i)(?:^|[\s;&(])(?:\$|set\s+)?([a-z_]\w{0,30})\s*=\s*[\"']?[^\n\"';&]{0,120}?"
    r"(?:/etc/hosts|drivers[\\/]+etc[\\/]+hosts)\b"
)
_HEREDOC = re2.compile(r"<<-?\s*[\"']?(\w+)[\"']?")
# an entry: an address, blanks (or a printf's \t, PowerShell's `t), a name with a dot; after a
# newline written as \n or `n too
_ENTRY = re2.compile(
    r"(?i)(?:^|[^\w.:]|`n|\\n)(\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7})"
    r"(?:[ \t]|\\t|`t)+([a-z0-9][a-z0-9\-]{0,62}(?:\.[a-z0-9\-]{1,63}){1,8})\b"
)
# names that stand for any name in documentation, and names of the local network
_PLACEHOLDER = re2.compile(
    r"(?i)(?:^|\.)(?:example\.(?:com|net|org)|localhost|local|lan|internal|"
    r"home\.arpa|localdomain|corp|docker\.internal)$|^(?:your|my)[\w\-]*\.|^domain\.tld$"
)


def _may_name_hosts(text: str) -> bool:
    """What every _HOSTS_NAMED match holds: "hosts" in any case (a plain look costs less than
    the pattern's scan). Only in ASCII: elsewhere (?i) also takes the long s (ſ) for an s."""
    return not text.isascii() or "hosts" in text.lower()


def hosts_entries(text: str) -> list[tuple[str, str]]:
    """(address, name) of every entry a text writes into the hosts file, when the address is
    on the internet and the name is not a placeholder."""
    text = text[:MAX_TEXT]
    if not _may_name_hosts(text) or not occurs(_HOSTS_NAMED, text):
        return []
    out: list[tuple[str, str]] = []
    lines = text.split("\n")
    write, names = _HOSTS_WRITE, _HOSTS_NAMED
    variables = [m.group(1) for m in itertools.islice(_HOSTS_VARIABLE.finditer(text), 4)]
    if variables:  # the path kept in a variable: a line that writes to the variable writes it
        held = "|".join(re2.escape(v) for v in variables)
        write = re2.compile(_HOSTS_WRITE_PATTERN.replace("HOSTSVAR", f"(?:{held})"))
        names = re2.compile(
            rf"(?i)/etc/hosts\b|drivers[\\/]+etc[\\/]+hosts\b|\$\{{?(?:{held})\b|%(?:{held})%"
        )
    looked = 0
    for i, line in enumerate(lines[:400]):
        if not names.search(line):
            continue
        looked += 1
        if looked > MAX_WRITES:
            break
        if not write.search(line):
            continue
        body = [line]
        doc = _HEREDOC.search(line)
        if doc:
            end = doc.group(1)
            for following in lines[i + 1 : i + 64]:
                if following.strip() == end:
                    break
                body.append(following)
        for part in body:
            for m in itertools.islice(_ENTRY.finditer(part), MAX_OPTIONS):
                address, name = m.group(1), m.group(2).lower().rstrip(".")
                if not _is_address(address) or _private_address(address):
                    continue
                if _PLACEHOLDER.search(name) or name.replace(".", "").isdigit():
                    continue
                out.append((address, name))
    return list(dict.fromkeys(out))[:8]


def _is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


@signal("hosts-entry-to-stranger")
def hosts_entry_to_stranger(a: Analysis) -> list[str]:
    found = a.first_reading(hosts_entries, MAX_LAYERS) or []
    return [f"{name} -> {address}" for address, name in found[:3]]


# -- who an act names --------------------------------------------------------------------------

# the comment of a public key written in (ssh-ed25519 AAAA… alice@corp.example)
_KEY_COMMENT = re2.compile(
    r"(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d{3}|sk-ssh-ed25519@openssh\.com)\s+AAAA[0-9A-Za-z+/]{40,}={0,3}"
    r"[ \t]+([\w.\-+]{1,64})@([\w\-]{1,63}(?:\.[\w\-]{1,63}){0,6})"
)


# the published keys of a forge account, imported as login keys: ssh-import-id gh:alice /
# lp:alice (Launchpad is its default), ssh-import-id-gh alice, github.com/alice.keys
_IMPORT_ID = re2.compile(r"(?i)\bssh-import-id(-gh|-lp)?\b([^\n;&|]{0,300})")
_IMPORT_TOKEN = re2.compile(r"(?i)^(?:(gh|lp):)?([a-z0-9][a-z0-9\-_.]{0,38})$")
_KEYS_URL = re2.compile(
    r"(?i)https?://(github\.com|gitlab\.com|codeberg\.org)/([a-z0-9][a-z0-9\-_.]{0,38})\.keys\b"
)
_KEY_FORGES = {"gh": "github.com", "lp": "launchpad.net"}
_IMPORT_OPTIONS_WITH_VALUE = frozenset({"-o", "--output"})


def forge_keys_address(host: str, path: str) -> bool:
    """Whether an address is a forge account's published keys (github.com/<account>.keys): the
    account it names is judged by handover_owner, not as a download's project."""
    return bool(_KEYS_URL.match(f"https://{host}{path}"))


def forge_key_accounts(text: str) -> list[tuple[str, str]]:
    """(account, forge host) of every forge account whose published keys the text imports."""
    text = text[:MAX_TEXT]
    out = _import_id_accounts(text)
    for m in itertools.islice(_KEYS_URL.finditer(text), MAX_OPTIONS):
        out.append((m.group(2).lower(), m.group(1).lower()))
    return list(dict.fromkeys(out))


def _import_id_accounts(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for m in itertools.islice(_IMPORT_ID.finditer(text), MAX_OPTIONS):
        default = (m.group(1) or "-lp")[1:].lower()
        tokens = m.group(2).split()[:MAX_OPTIONS]
        skip = False
        for token in tokens:
            if skip or token.startswith("-"):
                skip = token in _IMPORT_OPTIONS_WITH_VALUE
                continue
            found = _IMPORT_TOKEN.match(token.strip("\"'"))
            if found:
                forge = _KEY_FORGES[(found.group(1) or default).lower()]
                out.append((found.group(2).lower(), forge))
    return out


# names documentation writes for anyone's account
_PLACEHOLDER_ACCOUNTS = frozenset(
    {"user", "username", "user_name", "yourname", "your-username", "your_username", "myuser",
     "yourusername", "name", "login", "handle", "id", "account", "example", "you", "me",
     "github-username", "launchpad-id", "launchpad_id", "your-github-username", "foo", "bar",
     "octocat", "monalisa", "mona", "johndoe", "janedoe", "jdoe", "testuser", "demo", "alice",
     "bob", "carol"}
)  # fmt: skip
# …and the example accounts' spellings (octo-dev, alice-dev, bob_smith)
_PLACEHOLDER_PREFIXES = ("your", "my-", "octo", "alice", "bob", "example")
# a line that writes what it fetched into the login keys
_INTO_LOGIN_KEYS = re2.compile(
    r"(?i)(?:>>?|\btee\b|\s-o\s|--output|add-content|set-content|out-file)[^\n]*authorized_keys"
)
_REMOVE = re2.compile(r"(?i)\bssh-import-id(?:-gh|-lp)?\s+(?:[^\n;&|]*\s)?(?:-r|--remove)\b")


def imported_keys(text: str) -> list[str]:
    """The forge accounts whose published keys the text makes login keys of this account:
    ssh-import-id (not --remove) and a forge's <account>.keys written into authorized_keys.
    Placeholder names are no account."""
    text = text[:MAX_TEXT]
    if ".keys" not in text and "ssh-import-id" not in text.lower():
        return []
    imports = [] if _REMOVE.search(text) else _import_id_accounts(text)
    for m in itertools.islice(_KEYS_URL.finditer(text), MAX_OPTIONS):
        # a .keys address counts when its line writes what it fetched into the login keys
        start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        if _INTO_LOGIN_KEYS.search(text[start : end if end >= 0 else len(text)]):
            imports.append((m.group(2).lower(), m.group(1).lower()))
    out = [
        f"{forge}/{account}"
        for account, forge in imports
        if account not in _PLACEHOLDER_ACCOUNTS and not account.startswith(_PLACEHOLDER_PREFIXES)
    ]
    return list(dict.fromkeys(out))[:3]


@signal("forge-key-import")
def forge_key_import(a: Analysis) -> list[str]:
    found = a.first_reading(imported_keys, MAX_LAYERS) or []
    return [f"the keys of {name} may log in" for name in found]


def public_index(host: str) -> bool:
    """A host the index reader does not count as someone else's index (proxy.golang.org,
    pypi.org, the local network's own): listed beside the company's own in GOPROXY, it is
    no download the page has to vouch for."""
    return _public(host)


def foreign_index_hosts(text: str) -> list[str]:
    """The host of each package index the text sets that is not a public one, in order."""
    return [host.lower() for _, host in _foreign_indexes(text)]


def owners(text: str) -> list[tuple[str, str]]:
    """(user, host) pairs an act names as its owner: a key comment's user and host, a forge
    account whose keys are imported, a hosts entry's name, a package index's host set where no
    download names it (`go env -w GOPROXY=https://athens.corp.example,direct`, `export
    PIP_INDEX_URL=…`: user empty)."""
    text = text[:MAX_TEXT]
    out = [(m.group(1).lower(), m.group(2).lower()) for m in _KEY_COMMENT.finditer(text)]
    out.extend(forge_key_accounts(text))
    out.extend(("", name) for _, name in hosts_entries(text))
    out.extend(("", _host_domain(host)) for _, host in _foreign_indexes(text))
    return out[:16]


# a container tool in the text, and a page whose address is about such tools (the tool's own
# docs, a tutorial on it): a node's repair shell is what they document
_CONTAINER_TOOL = re2.compile(r"\b(?:docker|podman|nerdctl|kubectl)\b")
_CONTAINER_PAGE = re2.compile(
    r"(?i)(?:^|[^a-z])(docker|podman|nerdctl|kubectl|kubernetes|k8s|k3s|openshift|containerd|"
    r"minikube|rancher)(?:[^a-z]|$)"
)


# `docker run` / `podman create` and the options of theirs that take no value: any other
# option takes the next word (`--name x`, `-v a:b`) unless joined to it (`--restart=always`).
# An option missing here takes the image for its value, and the image read is then none: the
# container is nobody's, as before.
_RUN_CONTAINER = re2.compile(
    r"\b(?:docker|podman|nerdctl)\s+(?:container\s+)?(?:run|create)\s+([^\n;&|]+)"
)
_FLAG_OPTIONS = frozenset(
    {
        "--rm", "--privileged", "--detach", "--interactive", "--tty", "--init", "--read-only",
        "--publish-all", "--no-healthcheck", "--oom-kill-disable", "--quiet", "--replace",
    }
)  # fmt: skip
_SHORT_FLAGS = frozenset("ditPq")  # -d -i -t -P -q, alone or run together (-dit)
_IMAGE = re2.compile(
    r"(?i)(?:[a-z0-9.\-]+(?::\d{1,5})?/)?(?:[a-z0-9._\-]+/){0,3}([a-z0-9][a-z0-9._\-]{0,127})"
    r"(?::[\w.\-]{1,128})?(?:@sha256:[0-9a-f]{64})?"
)


def _image_of(arguments: str) -> str:
    """The name of the image a `run`/`create` command's arguments start (cosmos-server for
    azukaar/cosmos-server:latest), or "" when it cannot be told."""
    words = arguments.split()[:64]
    i = 0
    while i < len(words):
        word = words[i]
        if not word.startswith("-"):
            match = _IMAGE.fullmatch(word)
            return match.group(1).lower() if match else ""
        short_flags = len(word) > 1 and word[1] != "-" and set(word[1:]) <= _SHORT_FLAGS
        if "=" in word or word in _FLAG_OPTIONS or short_flags:
            i += 1
        else:
            i += 2  # an option and its value
    return ""


def own_image(text: str, page: ParsedURL) -> str:
    """The image every container the text runs is named after: the repository whose own page
    this is (github.com/o/widget-server running someone/widget-server:latest, whoever's
    account on a registry holds it). A project publishes its image under its own name; a
    stranger's page (an issue, a tutorial, a fix page) is no repository's own page."""
    owner = repository_page(page)
    runs = _RUN_CONTAINER.findall(text[:MAX_TEXT])[:MAX_COMMANDS]
    if owner is None or not runs:
        return ""
    repo = owner.repo.lower().removesuffix(".git")
    images = {_image_of(arguments) for arguments in runs}
    return repo if images == {repo} and len(repo) >= 3 else ""


def handover_owner(text: str, page_address: str) -> str:
    """Why the page owns what the text hands over, or "": the page is on the company's own
    network, or the act names the page's own domain (a key's comment, a hosts entry's name) or
    the page's forge account (a key's comment user on the account's own repository)."""
    page = parse_url(page_address[:2048])
    if page is None or not page.host:
        return ""
    host = page.host.lower()
    labels = host.split(".")
    if (
        _private_address(host)
        or len(labels) == 1
        or INTERNAL_LABELS.intersection(labels)
        or host.endswith(".home.arpa")
    ):
        return f"the page is on the local network ({host})"
    if _CONTAINER_TOOL.search(text[:MAX_TEXT]):
        about = _CONTAINER_PAGE.search(host + page.path[:300])
        if about:
            return f"the page is about {about.group(1).lower()}"
    image = own_image(text, page)
    if image and not owners(text):
        return f"the page is the repository {image}, whose image it runs"
    domain = registrable_domain(host)
    account = page_forge_owner(page)
    keys = forge_key_accounts(text)
    person = _launchpad_person(page)
    if keys and not all(
        (account and user == account.owner) or (person and (user, forge) == person)
        for user, forge in keys
    ):
        return ""  # someone else's keys beside the page's own are someone else's way in
    if keys and person:
        return f"{person[0]} is the page's own Launchpad account"
    indexes = [registrable_domain(_host_domain(host)) for _, host in _foreign_indexes(text)]
    if indexes and (len(indexes) >= 3 or not all(d and d == domain for d in indexes)):
        # someone else's index beside the page's own is someone else's way in (and past the
        # three read, one not read could be)
        return ""
    for user, name in owners(text):
        if domain and registrable_domain(name) == domain and not account:
            return f"{name} is the page's own domain"
        if account and user and user == account.owner:
            return f"{user} is the page's own account"
    return ""


def _launchpad_person(page: ParsedURL) -> tuple[str, str] | None:
    """(account, "launchpad.net") of a Launchpad person's page (launchpad.net/~alice), whose
    published keys `ssh-import-id lp:alice` imports, or None."""
    if page.host.lower() not in ("launchpad.net", "www.launchpad.net"):
        return None
    first = page.path.split("/", 2)[1] if page.path.startswith("/~") else ""
    name = first[1:].lower()
    if not name or not _IMPORT_TOKEN.match(name):
        return None
    return name, "launchpad.net"


# what fake app and fix pages put beside their bait word (mac-fix, browser-update, pc-repair)
PLATFORM_WORDS = frozenset(
    {"mac", "macos", "osx", "windows", "win", "win11", "win10", "browser", "chrome", "edge",
     "safari", "firefox", "pc", "computer", "system", "flash", "player", "codec", "device"}
)  # fmt: skip


def tenant_dressed_as_fix(page_address: str, tenant_sites: frozenset[str]) -> str:
    """Why a page on a hosting tenant's site is named like a fake fix or update page (a bait
    word beside a platform's: browser-update.netlify.app, mac-fix.pages.dev), or "". A name
    costs nothing there, and such a name is all a fake fix page needs."""
    page = parse_url(page_address[:2048])
    if page is None or not page.host:
        return ""
    site = registrable_domain(page.host) or ""
    label, _, suffix = site.partition(".")
    if suffix not in tenant_sites:
        return ""
    words = label.replace("_", "-").split("-")[:8]
    bait = next((w for w in words if w in _BAIT_WORDS), "")
    if bait and any(w in PLATFORM_WORDS for w in words):
        return f"the site {site} is named like a fake {bait} page"
    return ""


# -- a site's own developer docs in the browser console ----------------------------------------

_DEV_LABELS = frozenset({"docs", "doc", "developer", "developers", "dev", "api", "learn"})
_DEV_PATH = re2.compile(r"(?i)/(?:docs?|developers?|api|reference|guides?|sdk)(?:/|$)")


def site_own_addresses(page_address: str, urls: list[ParsedURL]) -> str:
    """Why a console snippet's addresses are the page's own site, when the page is that site's
    developer documentation (docs.<site>, developer.<site>, <site>/docs/…), or "". Every address
    must be written out (a relative fetch goes to whatever site the console is open on) and be
    on the page's registrable domain over HTTPS."""
    page = parse_url(page_address[:2048])
    if page is None or page.scheme != "https" or not page.host or not urls:
        return ""
    labels = page.host.lower().split(".")
    if not (_DEV_LABELS & set(labels[:-2]) or _DEV_PATH.search(page.path[:300])):
        return ""
    domain = registrable_domain(page.host)
    if not domain or any(
        u.scheme != "https" or registrable_domain(u.host) != domain for u in urls[:16]
    ):
        return ""
    return f"{page.host} documents its own site's {domain}"
