"""Writes tests/data/cases/fpover23.jsonl: fresh benign texts that sit CLOSE to lures, each in the
context the guard would know: fpover22's leftovers (agents from a company's intranet or IT
section whose address names only the product, a bank's own help page about a locked account,
browser-console snippets that only read the page), package maintainers' release runbooks and CI
steps pasted into a terminal, Windows, macOS and Linux administrators' scripts from their
company's own docs, database admins' backup and restore lines, helpdesk mails in many languages
with the company's own number, security-awareness pages quoting lures, and detection engineers'
rules quoting the commands they look for; beside look-alike lures that try to abuse what was
cleared for them and must keep their level.

    python tests/data/cases/make_fpover23.py

Deterministic. Written from general knowledge of such pages (no blind set, lure collection or
other detector's fixtures read); the texts live in fp23_*.py beside this script, by kind.
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
from fp23_admin import DB_ADMIN, LINUX_ADMIN, MAC_ADMIN, WINDOWS_REMEDIATION
from fp23_detect import DETECTIONS
from fp23_extra import ACCOUNT_NOTICES, CONSOLE_OWN, MORE_KINDS, PERSIST_OWN
from fp23_hard import (
    AWARENESS_WHOLE,
    BANK_LOCK_MORE,
    CONSOLE_MORE,
    DB_FETCH,
    INTRANET_FETCH,
    LINUX_FETCH,
    MAC_FETCH,
    RELEASE_FETCH,
    WINDOWS_FETCH,
)
from fp23_left import BANK_LOCK, CONSOLE_READS, INTRANET
from fp23_lures import LOOK_ALIKES
from fp23_mail import AWARENESS, HELPDESK_MAIL
from fp23_release import CI_STEPS, RELEASE

OUT = Path(__file__).with_name("fpover23.jsonl")

# benign kinds: (technique, platform, texts as (source, target, text))
KINDS = [
    ("agent-from-intranet", "any", INTRANET),
    ("bank-lock-own-page", "any", BANK_LOCK),
    ("console-reads-page", "any", CONSOLE_READS),
    ("release-runbook", "any", RELEASE),
    ("ci-step", "any", CI_STEPS),
    ("windows-remediation", "windows", WINDOWS_REMEDIATION),
    ("mac-admin", "macos", MAC_ADMIN),
    ("linux-admin", "linux", LINUX_ADMIN),
    ("db-admin", "any", DB_ADMIN),
    ("helpdesk-mail", "any", HELPDESK_MAIL),
    ("awareness-page", "any", AWARENESS),
    ("detection-rule", "any", DETECTIONS),
    ("agent-from-intranet-fetch", "any", INTRANET_FETCH),
    ("windows-remediation-fetch", "windows", WINDOWS_FETCH),
    ("mac-admin-fetch", "macos", MAC_FETCH),
    ("linux-admin-fetch", "linux", LINUX_FETCH),
    ("db-admin-fetch", "any", DB_FETCH),
    ("ci-toolchain-fetch", "any", RELEASE_FETCH),
    ("console-reads-page-more", "any", CONSOLE_MORE),
    ("bank-lock-more", "any", BANK_LOCK_MORE),
    ("awareness-quoted-whole", "any", AWARENESS_WHOLE),
    ("admin-persists-own", "any", PERSIST_OWN),
    ("account-notice-own", "any", ACCOUNT_NOTICES),
    ("console-own-api", "any", CONSOLE_OWN),
    ("close-to-lures-more", "any", MORE_KINDS),
]
# kinds also scanned bare (no page, target unknown): what they are does not hang on the page
BARE = {
    "console-reads-page",
    "release-runbook",
    "ci-step",
    "db-admin",
    "detection-rule",
    "awareness-page",
    "console-reads-page-more",
    "console-own-api",
}

# look-alikes: (technique, platform, cases as (target, source, expected level, text))
LURES = LOOK_ALIKES

# benign texts that do what a lure does, whoever writes them: kept at the level they must keep
# (technique, level) by text, and why
LURE_LIKE: dict[str, tuple[str, str]] = {
    # a red team's test of a detection, quoted on a line of its own: a hidden PowerShell window
    # fetching a script from an address and running it is the attack itself, whoever pastes it
    t: ("live-cradle-in-test-notes", "flagged")
    for _, _, t in DETECTIONS
    if "10.10.5.20/payload.ps1" in t
}

# texts still flagged in their own context (or bare, for a bare kind), and why they are left
LEFT: dict[str, str] = {
    # an address in an installer's environment (GCLOUD_HOSTED_METRICS_URL=…) is one the trusted
    # script may be told to fetch from (RUSTUP_DIST_SERVER, INSTALL_K3S_MIRROR do so): it needs
    # a page of its own to vouch for it, and the company's intranet is not grafana.net's
    "fp23-ok-agent-from-intranet-fetch-18": "Grafana Alloy's one-liner with a grafana.net URL in its environment",
    # anyone can name a storage account after a company (blob.core.windows.net is never
    # trusted): a wiki's MSI from "northwindeuc" is what a lure's would look like
    "fp23-ok-windows-remediation-fetch-01": "Intune remediation downloading an MSI from an Azure blob and running it",
    # hacked WordPress sites keep attackers' files in their uploads: a download from there is a
    # lure trait even when what is done with it (pg_restore) runs nothing (a warning)
    "fp23-ok-db-admin-fetch-03": "sample database zip from a tutorial's wp-content/uploads",
    # a task that starts PowerShell with its policy bypassed as SYSTEM every day, or a hidden
    # window at every logon: a lure's second step has this shape, and the company's names in
    # it prove nothing (a warning)
    "fp23-ok-admin-persists-own-01": "schtasks /create … powershell -ExecutionPolicy Bypass -File … /RU SYSTEM",
    "fp23-ok-admin-persists-own-12": "Register-ScheduledTask at logon with -WindowStyle Hidden",
    # bare, the paste instructions a write-up quotes keep their weight (they are a lure's own
    # words): from the security team's page it is clean
    "fp23-ok-awareness-page-bare-10": "German awareness text quoting Win+R, Strg+V and a defanged command, bare",
    # "call … now" presses the call, and tech23's reader (04e1bd9) then clears no own way out
    # (a lure adds "or use our app" for nothing); clean before it, blocked since, from the
    # bank's own help page: what would tell them apart is the page, which the rule does not ask
    "fp23-ok-bank-lock-own-page-01": "locked … call us on … now or wait 30 minutes and sign in again",
    "fp23-ok-bank-lock-more-01": "locked … call … now or reset your passcode in the Northbank app",
}


def build() -> list[dict[str, str]]:
    book = Book("fp23")
    book.by_kind(KINDS, BARE, like=LURE_LIKE)
    book.look_alikes(LURES)
    return book.kept(OUT, LEFT)


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
