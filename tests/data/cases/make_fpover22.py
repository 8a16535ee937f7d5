"""Writes tests/data/cases/fpover22.jsonl: fresh benign texts that sit CLOSE to lures, each in the
context the guard would know: fpover21's leftovers (MDM enrolment links from the company's own
knowledge base into the Run box, agents of vendors the trust list does not know from a company
wiki that names the vendor, defanged lure commands inside CJK prose, lower-case chat lines and
after a sentence's colon in other languages), developer onboarding pages (dotfiles bootstraps
from the developer's own repository, devcontainers and Codespaces, Nix and Guix, version
managers), release managers' signing and verification commands, configuration-management runs
from the company's own servers, SRE runbooks, IT notices in many languages that give the
company's own service-desk number, and browser-console snippets from developers' references;
beside the look-alike lures that try to abuse what was cleared for them and must keep their
level.

    python tests/data/cases/make_fpover22.py

Deterministic. Written from general knowledge of such pages (no blind set, lure collection or
other detector's fixtures read); the texts live in fp22_*.py beside this script, by kind.
Invented companies are on reserved names (*.example); vendors' pages and install lines are the
vendors' own as they document them. Each line is {id, text, expect, technique, platform,
source, target}. Texts still flagged in their own context are in LEFT (with why), not in the
file; texts already in the dev corpus or another case file word for word are left out.
"""

from __future__ import annotations

from pathlib import Path

from casefile import (  # beside this script, which runs as tests/data/cases/make_*.py
    Book,
    write,
)
from fp22_dev import DEVCONTAINERS, DOTFILES, NIX_GUIX, VERSION_MANAGERS
from fp22_left import AGENTS, DEFANGED, MDM
from fp22_lures import LOOK_ALIKES
from fp22_more import (
    CLOUD_RUNBOOKS,
    CONSOLE_MORE,
    DEV_MORE,
    NOTICES_MORE,
    SIGNING_MORE,
    WINDOWS_CONFIG,
    WINDOWS_DEV,
)
from fp22_near import CONSOLE_OWN_API, DEBUG_PODS, INTERNAL, KEYS, NOTICE_STEPS
from fp22_notices import CONSOLE, NOTICES
from fp22_ops import CONFIG_MGMT, RUNBOOKS, SIGNING

OUT = Path(__file__).with_name("fpover22.jsonl")

# benign kinds: (technique, platform, texts as (source, target, text))
KINDS = [
    ("mdm-link-own-kb", "windows", MDM),
    ("agent-named-by-wiki", "any", AGENTS),
    ("defanged-in-prose", "any", DEFANGED),
    ("dotfiles-bootstrap", "any", DOTFILES),
    ("devcontainer-setup", "any", DEVCONTAINERS),
    ("nix-guix-install", "any", NIX_GUIX),
    ("version-manager", "any", VERSION_MANAGERS),
    ("release-signing", "any", SIGNING),
    ("config-management", "any", CONFIG_MGMT),
    ("sre-runbook", "any", RUNBOOKS),
    ("service-desk-notice", "any", NOTICES),
    ("console-snippet", "any", CONSOLE),
    ("windows-dev-onboarding", "windows", WINDOWS_DEV),
    ("dev-bootstrap-more", "any", DEV_MORE),
    ("cloud-runbook", "any", CLOUD_RUNBOOKS),
    ("signing-more", "any", SIGNING_MORE),
    ("windows-config-management", "windows", WINDOWS_CONFIG),
    ("console-more", "any", CONSOLE_MORE),
    ("service-desk-more", "any", NOTICES_MORE),
    ("notice-with-step", "windows", NOTICE_STEPS),
    ("internal-bootstrap", "any", INTERNAL),
    ("debug-pod", "any", DEBUG_PODS),
    ("console-own-api", "any", CONSOLE_OWN_API),
    ("verification-keys", "any", KEYS),
]
# kinds also scanned bare (no page, target unknown): what they are does not hang on the page
BARE = {
    "defanged-in-prose",
    "release-signing",
    "sre-runbook",
    "service-desk-notice",
    "console-snippet",
    "cloud-runbook",
    "signing-more",
    "console-more",
    "service-desk-more",
    "console-own-api",
    "verification-keys",
}

# look-alikes: (technique, platform, cases as (target, source, expected level, text))
LURES = LOOK_ALIKES

# benign texts that do what a lure does, whoever writes them: kept at the level they must keep
# (technique, level) by text, and why
LURE_LIKE: dict[str, tuple[str, str]] = {
    # a remote-management agent (Action1, Level, Atera) installed from a page: what a callback
    # scam has its victim do, and a company's wiki naming the vendor looks the same as a scam's
    # "support" page naming it (fpover21 kept TeamViewer from the company's KB so)
    **{
        t: ("rmm-agent-install", "flagged")
        for _, _, t in AGENTS
        if "action1" in t or "level.io" in t or "atera.com" in t
    },
}

# texts still flagged in their own context (or bare, for a bare kind), and why they are left
LEFT: dict[str, str] = {
    # Fleet's domain (fleetdm.com) is not the word the page names (fleet): no page-to-vendor
    # relation reads a product's name inside its company's ("dm" is no affix the reader knows)
    "fp22-ok-agent-named-by-wiki-04": "Fleet agent from a wiki page naming 'fleet', not fleetdm",
    # a node's debug shell stepping into the node's disk: an admin's repair and a takeover
    # are one command, and the runbook names nothing of its own in it (PG-PAGE-HANDOVER, a
    # warning)
    "fp22-ok-sre-runbook-08": "kubectl debug node … chroot /host from the company's runbook",
    # printing the page's cookies in the console: MDN's own example, and the 'paste this and
    # send me what it prints' scam's step (a warning)
    "fp22-ok-console-snippet-05": "console.log(document.cookie) from MDN",
    "fp22-ok-console-snippet-bare-05": "the same, bare",
    # a module imported from a package CDN into the console runs a third party's code with the
    # page's login: web.dev's own snippet has a lure's shape
    "fp22-ok-console-snippet-09": "import('https://unpkg.com/web-vitals') from web.dev",
    "fp22-ok-console-snippet-bare-09": "the same, bare",
    # fetched over plain http (or from an address) and run: anyone on the path can swap the
    # script, whoever's page gives the line (a warning, never a block)
    "fp22-ok-internal-bootstrap-01": "curl http://tools.lab.<company>/bootstrap.sh | sudo bash",
    "fp22-ok-internal-bootstrap-02": "wget http://10.20.0.15/… | sudo sh from the company wiki",
    "fp22-ok-internal-bootstrap-08": "iwr http://deploy.<company>/….ps1 then run it",
}


def build() -> list[dict[str, str]]:
    book = Book("fp22")
    book.by_kind(KINDS, BARE, like=LURE_LIKE)
    book.look_alikes(LURES)
    return book.kept(OUT, LEFT)


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
