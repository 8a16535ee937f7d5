"""Writes tests/data/cases/fpover21.jsonl: fresh benign texts that sit CLOSE to lures, each in the
context the guard would know: administrators' download-and-run lines on their own company's
pages (intranet wikis, the company's Confluence/Notion/SharePoint/GitLab pages, its docs site:
`irm | iex`, `curl | bash`, msiexec with an address, winget/choco/scoop, MDM enrolment, the
endpoint, VPN and support agents it runs), vendors' own docs pages with their agents' and CLIs'
install lines (Windows, macOS and Linux), tutorials and blog posts quoting well-known
installers, security teams' writing that quotes lures (KQL, SPL, Sigma, YARA, EQL, incident
notes, awareness mails in many languages, sandbox reports; defanged or not), and genuine support
pages, device-code sign-in docs, OAuth redirect docs, "verify your email" and MFA texts; beside
the look-alike lures that try to abuse what was cleared for them and must keep their level.

    python tests/data/cases/make_fpover21.py

Deterministic. Written from general knowledge of such pages (no blind set, lure collection or
other detector's fixtures read); the texts live in fp21_*.py beside this script, by kind.
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
from fp21_blog import BLOG_INSTALLERS
from fp21_corp import (
    MDM,
    MORE_OWN,
    OWN_AGENTS,
    OWN_CURL,
    OWN_PACKAGES,
    OWN_POWERSHELL,
    PRODUCT_DOCS,
    TENANT_WIKI,
    THIRD_ROUND,
)
from fp21_lures import LOOK_ALIKES
from fp21_sec import (
    AWARENESS,
    DETECTIONS,
    INCIDENT_NOTES,
    MORE_AWARENESS,
    MORE_DETECTIONS,
    MORE_NOTES,
    QUOTED_RAW,
    THIRD_SEC,
)
from fp21_support import (
    DEVICE_CODE_DOCS,
    MORE_DEVICE_CODE,
    MORE_SUPPORT,
    OAUTH_DOCS,
    SUPPORT_PAGES,
    VERIFY_MFA,
)
from fp21_vendor import MORE_VENDORS, TOOLCHAIN_DOCS, VENDOR_DOCS

OUT = Path(__file__).with_name("fpover21.jsonl")

# benign kinds: (technique, platform, texts as (source, target, text))
KINDS = [
    ("own-page-powershell", "windows", OWN_POWERSHELL),
    ("own-page-curl-shell", "any", OWN_CURL),
    ("tenant-wiki-own-host", "any", TENANT_WIKI),
    ("own-page-packages", "windows", OWN_PACKAGES),
    ("mdm-enrolment", "any", MDM),
    ("company-agents", "any", OWN_AGENTS),
    ("company-product-docs", "any", PRODUCT_DOCS),
    ("company-more", "any", MORE_OWN),
    ("company-third", "any", THIRD_ROUND),
    ("vendor-agent-docs", "any", VENDOR_DOCS),
    ("vendor-toolchain-docs", "any", TOOLCHAIN_DOCS),
    ("vendor-more-agents", "any", MORE_VENDORS),
    ("blog-installers", "any", BLOG_INSTALLERS),
    ("detection-queries", "any", DETECTIONS),
    ("detection-more", "any", MORE_DETECTIONS),
    ("incident-notes", "any", INCIDENT_NOTES),
    ("incident-more", "any", MORE_NOTES),
    ("awareness-mail", "any", AWARENESS),
    ("awareness-more", "any", MORE_AWARENESS),
    ("security-third", "any", THIRD_SEC),
    ("quoted-live-lure", "any", QUOTED_RAW),
    ("support-phone-page", "any", SUPPORT_PAGES),
    ("device-code-docs", "any", DEVICE_CODE_DOCS),
    ("oauth-redirect-docs", "any", OAUTH_DOCS),
    ("verify-mfa-text", "any", VERIFY_MFA),
    ("support-more", "any", MORE_SUPPORT),
    ("device-code-more", "any", MORE_DEVICE_CODE),
]
# kinds also scanned bare (no page, target unknown): what they are does not hang on the page
BARE = {
    "detection-queries",
    "detection-more",
    "incident-notes",
    "incident-more",
    "awareness-mail",
    "awareness-more",
    "support-phone-page",
    "device-code-docs",
    "verify-mfa-text",
    "security-third",
    "support-more",
}

# look-alikes: (technique, platform, cases as (target, source, expected level, text))
LURES = LOOK_ALIKES

# benign texts that do what a lure does, whoever writes them: kept at the level they must keep
# (technique, level) by text, and why
LURE_LIKE: dict[str, tuple[str, str]] = {
    # a live lure command quoted whole in a note or a mail: pasted into a shell it runs, and
    # nothing in the text stops it (defanged, the same notes are quiet)
    QUOTED_RAW[0][2]: ("quoted-live-lure", "flagged"),
    QUOTED_RAW[1][2]: ("quoted-live-lure", "flagged"),
    # a remote-control tool installed from a page: a callback scam's own step, even from the
    # company's page (a warning, never a block)
    "winget install --id TeamViewer.TeamViewer.Host -e --silent": (
        "remote-tool-install",
        "suspicious",
    ),
    # a root certificate fetched from a page and trusted: what a lure's own server would hand
    # out to read all web traffic (as fpover20 left a page's own web proxy)
    next(t for _, _, t in MORE_OWN if "HooliCerts.cer" in t): ("root-ca-from-page", "flagged"),
}

# texts still flagged in their own context (or bare, for a bare kind), and why they are left
LEFT: dict[str, str] = {
    # a defanged lure command on a line of its own between sentences, bare: its hidden window
    # and minimised start still count without a live address (fpover22 cleared the enrolment
    # link from the company's page, the command after a sentence's colon, inside Japanese
    # sentences and in a lower-case chat line, and the same mail pasted where nothing runs)
    "fp21-ok-awareness-mail-bare-14": "defanged command on a line of its own in a mail, bare",
    # command lines listed as a sandbox shows them, bare (a page's context clears them)
    "fp21-ok-incident-notes-bare-09": "sandbox's list of defanged command lines, bare",
    # a query's regular expression spelling irm … | iex, bare (a page's context clears it)
    "fp21-ok-detection-more-bare-06": "CrowdStrike query with an irm|iex regex, bare",
}


def build() -> list[dict[str, str]]:
    book = Book("fp21")
    book.by_kind(KINDS, BARE, like=LURE_LIKE)
    book.look_alikes(LURES)
    return book.kept(OUT, LEFT)


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
