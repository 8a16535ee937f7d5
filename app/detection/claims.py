"""An "official installer" claim whose script is not the maker's: the label of a download that
runs (a comment, an echo, Write-Host, printf) says it installs the official <product>, but the
script host names nothing of that product, or is a free hosting tenant, where a name costs
nothing (lmstudio-app.netlify.app). Fake download pages for well-known apps dress a stealer up
this way; the fixed list of AI tools in PG-NIX-CLAIMS-AI-TOOL was one case of it.

A maker's own script names the maker in its address (ollama.com/install.sh for "the official
Ollama installer", raw.githubusercontent.com/acme/widget for "official widget installer"); a
script the trust list knows as an official installer is never a claim elsewhere.

Pure string work on at most MAX_TEXT characters of the text as written, linear regexes only.
"""

from __future__ import annotations

import itertools

import re2

from app.detection.analysis import Analysis
from app.detection.signals import command_like, signal
from app.detection.trust import Trust

MAX_TEXT = 16 * 1024
MAX_CLAIMS = 4
# a label: a comment, an echo or a message of the script, with the word "official" in it
_LABEL = re2.compile(
    r"(?im)(?:#|//|::|\brem\b|\becho\b|\bwrite-host\b|\bwrite-output\b|\bprintf\b|\bsay\b)"
    r"[^\n]{0,120}?\bofficial\b[^\n]{0,80}"
)
_KIND = (
    r"(?:installer|install(?:ation)?\s+script|install|setup|app|application|client|release|"
    r"build|cli|desktop|download|package|agent|launcher)"
)
# "official <Name> installer" / "<Name> official installer" / "<Name> (official) installer"
_NAMED = re2.compile(
    r"(?i)\bofficial\s+([\w.+-]{2,30}(?:\s+[\w.+-]{2,30}){0,2}?)\s+" + _KIND + r"\b"
    r"|\b([\w.+-]{2,30}(?:\s+[\w.+-]{2,30}){0,2}?)\s+\(?official\)?\s+" + _KIND + r"\b"
)
_GENERIC = frozenset(
    {"the", "our", "your", "this", "latest", "new", "stable", "version", "for", "mac", "macos",
     "linux", "windows", "desktop", "app", "cli", "and", "installing", "install", "download",
     "downloading", "get", "getting", "run", "running", "setup", "script", "tool", "tools",
     "x64", "arm64", "amd64", "intel", "apple", "silicon", "ubuntu", "debian", "from"}
)  # fmt: skip


# hosts whose first path words name the owner (an account and its repository); anywhere else
# a file name is anyone's to choose (cdn.example/ollama.sh)
_FORGE_HOSTS = frozenset(
    {"github.com", "raw.githubusercontent.com", "gitlab.com", "codeberg.org", "bitbucket.org",
     "objects.githubusercontent.com", "gist.githubusercontent.com"}
)  # fmt: skip


def _squash(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def claimed_names(text: str) -> list[str]:
    """The product names a download's labels claim to install officially."""
    out: list[str] = []
    for label in itertools.islice(_LABEL.finditer(text[:MAX_TEXT]), MAX_CLAIMS):
        m = _NAMED.search(label.group(0))
        if m is None:
            continue
        words = [w for w in (m.group(1) or m.group(2) or "").split() if w.lower() not in _GENERIC]
        name = " ".join(words)
        if name and len(_squash(name)) >= 3:
            out.append(name)
    return out


def _names_product(name: str, where: str) -> bool:
    """Whether an address (host and path, squashed) names the product: its whole name or one
    of its words of four letters or more (Visual Studio Code -> visualstudio.com)."""
    if _squash(name) in where:
        return True
    return any(len(w) >= 4 and _squash(w) in where for w in name.split())


@signal("official-claim-elsewhere")
def official_claim_elsewhere(a: Analysis) -> list[str]:
    if "official" not in a.raw[:MAX_TEXT].lower() or not command_like(a):
        return []
    names = claimed_names(a.raw)
    if not names:
        return []
    urls = [u for u in a.active_urls if u.trust is not Trust.INSTALLER]
    for name in names:
        for u in urls[:8]:
            host = u.url.host.lower()
            tenant = any(host.endswith("." + t) for t in a.trust.tenant_sites)
            if tenant or a.trust.is_never_trusted(host):
                return [f"says it installs the official {name}, from {host}, rented by anyone"]
            where = host
            if host in _FORGE_HOSTS:  # the account and repository are the owner there
                where += "/".join(p for p in u.url.path.split("/")[:3])
            if not _names_product(name, _squash(where)):
                return [f"says it installs the official {name}, but the script comes from {host}"]
    return []
