"""Writes tests/data/cases/fpover18.jsonl: fresh benign texts of the kinds people really paste
(infrastructure code, CI and container builds, Windows, macOS and Linux administration from
vendors' own pages, PowerShell Gallery modules, console snippets, OAuth and sign-in docs, local
dev addresses, SOC notes and alert records, incident write-ups, help-desk chats, genuine bank,
telco and shop notices with phone numbers in 30 languages, verification codes, long logs and
source files), each in the context the guard would know, beside the look-alikes that try to
abuse what was cleared for them and must keep their level.

    python tests/data/cases/make_fpover18.py

Deterministic. Written from general knowledge of such pages (no blind set, lure collection or
other detector's fixtures read); the texts live in fp18_*.py beside this script, by kind.
Invented hosts are reserved names (*.example, *.test) or lure-shaped .top/.click hosts, phone
numbers in lures are in 555 blocks. Each line is {id, text, expect, technique, platform, source,
target}. Texts still flagged in their own context are in LEFT (with why), not in the file; texts
already in the dev corpus or another case file word for word are left out.

Cleared here, by technique (each beside the look-alikes that must keep their level):

- `receipt-reference`: a genuine receipt whose only "phone number" is its order number in
  groups of four ("Order number: 7745-1182-0091") beside "you can request a refund" read as the
  callback lure. refnumbers.py: a number right after a reference's label (order, invoice,
  transaction, booking, confirmation, ticket, PIN, Bestellnummer, n° de commande, 注文番号, …)
  is no number to call; a lure's number to call is left unlabelled, or labelled as a phone's.
- `own-app-notice`: a bank's own card or account lock notice ("blocked after three wrong PINs:
  unblock it in the app or call …") read as the tech-support scam in German, Italian,
  Portuguese, Dutch. ownapp.py: the company's own channel offered first (its app, online
  banking, the card's back) and nothing a scam needs (the computer, an infection, hurry,
  "suspicious", money, a remote-access tool).
- `alert-record`, `soc-notes`: an analyst's record (an EDR alert's JSON, a timeline table,
  an incident's `Process: mshta.exe hxxps://…` fields, triage bullets) quoting a lure's command
  with every address defanged, pasted into a ticket or a chat. records.py reads the record's
  shapes; with no live address anywhere (a decoded layer's live copy keeps it a warning) it is
  a report, as a write-up is.
- `advance-notice`: a provider's notice of a charge to come on a named day (an insurance or
  membership renewal, a direct debit) with another way than the call to cancel it, or of an
  appointment with its fee for missing it, read as the callback lure. advancenotice.py: no
  charge already made, nothing disputed, no hurry, no gift card, crypto or remote-access tool,
  and no name the lures borrow (PG-SCAM-BRAND); English only.
- `asked-about-scam`: someone quoting a scam pop-up, text or mail to ask whether it is real ('Hi
  IT, is this real? "Your PC is infected, call …" I did not call'), in 13 languages, was
  blocked as the scam, so the question could not be asked. askedabout.py: every number to call
  inside the quotation (or a mail's `>` lines), no long number outside it, and the words
  outside asking or reporting without telling anyone to call. The same for a quoted device-code
  ask ('"go to microsoft.com/devicelogin and enter FQK5-HW3U"'): every sign-in page inside the
  quotation, no code, page or order to go or enter outside.
- `localhost-code`: `curl -i 'http://localhost:8080/…?code=…'` pasted into a terminal: the code
  goes to this computer's own app, not to a page (`Engine._code_to_own_app`).
"""

from __future__ import annotations

from pathlib import Path

from casefile import (  # beside this script, which runs as tests/data/cases/make_*.py
    Book,
    write,
)
from fp18_admin import LINUX, MAC, PSGALLERY, WINDOWS
from fp18_asked import ASKED, ASKED_DEVICE, ASKED_DEVICE_LURES, ASKED_LURES
from fp18_code import CODE
from fp18_dev import CONSOLE, LOCALDEV, MFA, OAUTH
from fp18_iac import CI, DOCKER, IAC
from fp18_long import LONG
from fp18_lures import ADVANCE, LOCAL_CODE, OWN_APP, RECORDS, REFERENCE
from fp18_misc import CHATS, HOWTO, RELEASE, SOURCE
from fp18_more import MORE
from fp18_near import ALERTS, BLOBS, CODES, EXPORTS, FORWARDED, HISTORY, IT_PASTE, RECEIPTS
from fp18_near2 import AV_NOTES, HOLDS, IT_LANG, SUPPORT_PAGES
from fp18_prose import HELPDESK, NOTICES, SOC, WRITEUP
from fp18_renewals import INVITES, MAILS, RENEWALS, SIGNATURES
from fp18_txn import TXN

OUT = Path(__file__).with_name("fpover18.jsonl")
UNKNOWN = "unknown"

# benign kinds: (technique, platform, texts as (source, target, text))
KINDS = [
    ("iac-snippet", "any", IAC),
    ("ci-yaml", "any", CI),
    ("dockerfile", "any", DOCKER),
    ("win-admin-doc", "windows", WINDOWS),
    ("mac-admin-doc", "macos", MAC),
    ("linux-admin-doc", "linux", LINUX),
    ("psgallery-module", "windows", PSGALLERY),
    ("console-dev", "any", CONSOLE),
    ("oauth-doc", "any", OAUTH),
    ("localhost-code", "any", LOCALDEV),
    ("mfa-enrol", "any", MFA),
    ("soc-notes", "any", SOC),
    ("incident-write-up", "any", WRITEUP),
    ("helpdesk-chat", "any", HELPDESK),
    ("long-text", "any", LONG),
    ("source-snippet", "any", SOURCE),
    ("howto-answer", "any", HOWTO),
    ("release-notes", "any", RELEASE),
    ("team-chat", "any", CHATS),
    ("receipt-reference", "any", RECEIPTS),
    ("account-alert", "any", ALERTS),
    ("verification-code", "any", CODES),
    ("it-paste-steps", "any", IT_PASTE),
    ("alert-record", "any", EXPORTS),
    ("encoded-config", "any", BLOBS),
    ("shell-history", "any", HISTORY),
    ("forwarded-phish", "any", FORWARDED),
    ("vendor-support-page", "any", SUPPORT_PAGES),
    ("own-app-notice", "any", HOLDS),
    ("av-notification", "any", AV_NOTES),
    ("it-steps-lang", "any", IT_LANG),
    ("advance-notice", "any", RENEWALS),
    ("meeting-invite", "any", INVITES),
    ("mail-signature", "any", SIGNATURES),
    ("service-mail", "any", MAILS),
    ("check-page-and-misc", "any", MORE),
    ("payment-notice", "any", TXN),
    ("asked-about-scam", "any", ASKED),
    ("asked-about-device-code", "any", ASKED_DEVICE),
    ("markup-and-code", "any", CODE),
]
# kinds also scanned bare (no page, target unknown): what they are does not hang on the page
BARE = {
    "receipt-reference",
    "account-alert",
    "own-app-notice",
    "alert-record",
    "soc-notes",
    "advance-notice",
    "asked-about-scam",
    "asked-about-device-code",
}

# look-alikes: (technique, platform, cases as (target, source, expected level, text))
LURES = [
    ("callback-reference", "any", REFERENCE),
    ("record-quoting-lure", "any", RECORDS),
    ("lock-own-app", "any", OWN_APP),
    ("consentfix-local-fetch", "any", LOCAL_CODE),
    ("callback-advance-notice", "any", ADVANCE),
    ("asked-about-lure", "any", ASKED_LURES),
    ("asked-about-device-code-lure", "any", ASKED_DEVICE_LURES),
]

LEFT = {
    # Helm's apt repository is hosted by Balto (baltocdn.com), a domain that shares nothing
    # with helm.sh: a page handing over a package source on a stranger's host is the lure's
    # way in too (fpover17 left slack-edge, cloudflareclient, duosecurity the same way)
    "fp18-ok-iac-snippet-16": "package source on baltocdn.com from helm.sh",
    # Apple's own page turning on Remote Management (kickstart -activate -access -on -privs
    # -all): the very act a tech-support scammer asks for; a page's word is not enough here
    "fp18-ok-mac-admin-doc-24": "ARD kickstart full remote control from support.apple.com",
    # a network path in a PR's sentence (\\corp\netlogon\vdi.ps1) keeps the write-up of
    # conhost --headless from being read as one when no page is known
    "fp18-ok-soc-notes-bare-11": "UNC path beside a quoted command, bare",
    # Portuguese renewal notice whose only way to cancel is the call: advancenotice.py reads
    # English notices only, and a phone-only "call to cancel" is the lure's own ask
    "fp18-ok-advance-notice-16": "pt renewal, phone the only way",
    "fp18-ok-advance-notice-bare-16": "pt renewal, phone the only way, bare",
}


def build() -> list[dict[str, str]]:
    book = Book("fp18")
    book.by_kind(KINDS, BARE)
    for lang, source, text in NOTICES:
        book.add(f"notice-phone-{lang}", text, "not_flagged", "any", "other", source)
        book.add(f"notice-phone-{lang}-bare", text, "not_flagged", "any", UNKNOWN, None)
    book.look_alikes(LURES)
    return book.kept(OUT, LEFT)


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
