"""Writes tests/data/cases/fpover19.jsonl: fresh benign texts of kinds the earlier sweeps left
thin (notebooks and data-science setup, databases, self-hosting and game servers, Steam launch
options, cloud CLIs with real-looking ids, Kubernetes and Helm, network gear CLIs, signature and
checksum checks, Windows enterprise and macOS administration, account recovery codes, bank, tax
and health portal notices with phone numbers, shop replies, travel bookings, school IT mails,
developers' chat in ten languages, emoji chat, markdown, stack traces, CSV and JSON exports),
each in the context the guard would know, beside the look-alikes that try to abuse what was
cleared for them and must keep their level.

    python tests/data/cases/make_fpover19.py

Deterministic. Written from general knowledge of such pages (no blind set, lure collection or
other detector's fixtures read); the texts live in fp19_*.py beside this script, by kind.
Invented hosts are reserved names (*.example, *.test) or lure-shaped hosts; phone numbers in
lures are in 555 blocks. Each line is {id, text, expect, technique, platform, source, target}.
Texts still flagged in their own context are in LEFT (with why), not in the file; texts already
in the dev corpus or another case file word for word are left out.
"""

from __future__ import annotations

from pathlib import Path

from casefile import (  # beside this script, which runs as tests/data/cases/make_*.py
    Book,
    write,
)
from fp19_admin import MACADMIN, WINENT
from fp19_callback import CALL_BACK, NOTICES_MORE, VOICEMAIL
from fp19_chat import DEV_LANG, EMOJI
from fp19_corp import CORP_SETUP, HEADERS, PENTEST
from fp19_data import DATABASE, NOTEBOOK, SELFHOST
from fp19_docs import EXPORTS, MARKDOWN, TRACES
from fp19_edge import (
    BYPASS_README,
    CODES,
    CONSOLE_SNIPPETS,
    DESKTOP_TWEAKS,
    FRAUD_ALERTS,
    LICENSING,
    PARCEL_EXCHANGE,
    QUARANTINE,
    REMOTE_SUPPORT,
    RUNBOX,
)
from fp19_idioms import IDIOMS
from fp19_lures import CRON_PING, DNS_PUBLIC, INDEX_OWN_DOMAIN
from fp19_more import CONSOLE_OWN, GIT_SSH, HOMELAB, SECRETS_CLI, UTILITY
from fp19_notices import PORTALS, RECOVERY, SCHOOL_IT, SHOP_CS, TRAVEL
from fp19_ops import CLOUD, K8S, NETGEAR, VERIFY
from fp19_research import RESEARCH
from fp19_sched import SCHEDULED
from fp19_steps import ABOUT_SCAMS, ONBOARDING, STEPS, URGENT_GENUINE
from fp19_vendor import DEVICE_SIGNIN, VENDOR_SUPPORT

OUT = Path(__file__).with_name("fpover19.jsonl")

# benign kinds: (technique, platform, texts as (source, target, text))
KINDS = [
    ("notebook-data", "any", NOTEBOOK),
    ("database-admin", "any", DATABASE),
    ("self-hosting-games", "any", SELFHOST),
    ("cloud-cli", "any", CLOUD),
    ("kubernetes-helm", "any", K8S),
    ("network-gear", "any", NETGEAR),
    ("verify-signature", "any", VERIFY),
    ("windows-enterprise", "windows", WINENT),
    ("macos-admin", "macos", MACADMIN),
    ("homelab", "any", HOMELAB),
    ("secrets-cli", "any", SECRETS_CLI),
    ("git-ssh-editor", "any", GIT_SSH),
    ("console-own-page", "any", CONSOLE_OWN),
    ("account-recovery", "any", RECOVERY),
    ("portal-notice", "any", PORTALS),
    ("shop-reply", "any", SHOP_CS),
    ("travel-booking", "any", TRAVEL),
    ("school-it-mail", "any", SCHOOL_IT),
    ("utility-notice", "any", UTILITY),
    ("dev-chat-lang", "any", DEV_LANG),
    ("emoji-chat", "any", EMOJI),
    ("markdown-doc", "any", MARKDOWN),
    ("stack-trace", "any", TRACES),
    ("csv-json-export", "any", EXPORTS),
    ("fraud-alert", "any", FRAUD_ALERTS),
    ("own-it-remote-support", "any", REMOTE_SUPPORT),
    ("quarantine-flag-readme", "macos", QUARANTINE),
    ("bypass-policy-readme", "windows", BYPASS_README),
    ("runbox-entry", "windows", RUNBOX),
    ("verification-code", "any", CODES),
    ("console-snippet", "any", CONSOLE_SNIPPETS),
    ("parcel-exchange-notice", "any", PARCEL_EXCHANGE),
    ("enterprise-licensing", "windows", LICENSING),
    ("desktop-tweak", "any", DESKTOP_TWEAKS),
    ("help-steps-keys", "any", STEPS),
    ("urgent-genuine-notice", "any", URGENT_GENUINE),
    ("page-about-scams", "any", ABOUT_SCAMS),
    ("onboarding-mail", "any", ONBOARDING),
    ("shell-idiom-own-tool", "any", IDIOMS),
    ("call-back-request", "any", CALL_BACK),
    ("notice-phone-lang", "any", NOTICES_MORE),
    ("corp-wiki-setup", "any", CORP_SETUP),
    ("mail-headers", "any", HEADERS),
    ("pentest-notes", "any", PENTEST),
    ("vendor-support-line", "any", VENDOR_SUPPORT),
    ("device-sign-in-own", "any", DEVICE_SIGNIN),
    ("scheduled-startup-own", "any", SCHEDULED),
    ("voicemail-transcript", "any", VOICEMAIL),
    ("research-sheets-logs", "any", RESEARCH),
]
# kinds also scanned bare (no page, target unknown): what they are does not hang on the page
BARE = {
    "account-recovery",
    "portal-notice",
    "shop-reply",
    "travel-booking",
    "school-it-mail",
    "utility-notice",
    "dev-chat-lang",
    "emoji-chat",
    "stack-trace",
    "csv-json-export",
    "fraud-alert",
    "own-it-remote-support",
    "verification-code",
    "parcel-exchange-notice",
    "help-steps-keys",
    "urgent-genuine-notice",
    "page-about-scams",
    "onboarding-mail",
    "call-back-request",
    "notice-phone-lang",
    "vendor-support-line",
    "voicemail-transcript",
}

# look-alikes: (technique, platform, cases as (target, source, expected level, text))
LURES = [
    ("dns-redirect-public-resolver", "macos", DNS_PUBLIC),
    ("package-index-own-domain", "any", INDEX_OWN_DOMAIN),
    ("cron-ping-look-alike", "linux", CRON_PING),
]

LEFT = {
    # an npm registry on a host no page vouches for, set from a chat message with no page known:
    # a supply-chain lure's own step (in its chat page it is not flagged)
    "fp19-ok-dev-chat-lang-bare-15": "npm registry on a stranger's host, bare",
    # a genuine bank alert whose only way out is to call a number at once about a transfer the
    # reader did not make: the callback lure's words exactly; its disclaimer is copied by lures
    "fp19-ok-fraud-alert-14": "wire-transfer alert, call at once",
    "fp19-ok-fraud-alert-bare-14": "wire-transfer alert, call at once, bare",
    # Remote Desktop to a computer of another domain than the intranet page's: a rogue RDP
    # server is a lure's way in (bare it is clean)
    "fp19-ok-runbox-entry-04": "mstsc /v: host from a page of another domain",
    # Excel's read-only switch from a page: an Office program with a switch from a page is read
    # as a command unless the switch is one of runbox.yaml's (/safe, /e are; /r alone is not)
    "fp19-ok-runbox-entry-14": "excel /r from a page",
    # msdt from a page: the Follina tool, deprecated by Microsoft; any of its uses from a page
    # stays a warning
    "fp19-ok-runbox-entry-16": "msdt.exe /id from a page",
    # a SharePoint address with a space in the Explorer bar: an address followed by words is
    # read as a program given arguments; the same address with %20 is clean
    "fp19-ok-runbox-entry-22": "URL with a space in the Explorer bar",
    # the company's Go proxy from its wiki on the wiki vendor's domain (acme.atlassian.net):
    # an index named only in GOPROXY is the page's own only on the page's own domain; npm's
    # and pip's, which a download names, are read as the tenant's own (provenance)
    "fp19-ok-corp-wiki-setup-07": "GOPROXY from a tenant wiki",
    # a web proxy by name from the company's own wiki: PG-NIX-TRAFFIC-REDIRECT is no handover
    # a page may own (only local names are cleared), unlike Windows' netsh winhttp
    "fp19-ok-corp-wiki-setup-08": "networksetup -setwebproxy to the company's proxy by name",
    # a crypto exchange's own help page: "account compromised", the exchange's name and a
    # phone line are the crypto callback lure's words; the brand's own domain is no voucher
    # (its community forums are where fake support numbers are posted)
    "fp19-ok-vendor-support-line-08": "exchange's help page with its phone line",
    "fp19-ok-vendor-support-line-bare-08": "exchange's help page with its phone line, bare",
    # a scheduled task at sign-in running PowerShell in a hidden window from a README: the
    # persistence lures set up after dropping their script, word for word
    "fp19-ok-scheduled-startup-own-04": "hidden PowerShell task at logon from a README",
}


def build() -> list[dict[str, str]]:
    book = Book("fp19")
    book.by_kind(KINDS, BARE)
    book.look_alikes(LURES)
    return book.kept(OUT, LEFT)


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
