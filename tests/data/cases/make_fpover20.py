"""Writes tests/data/cases/fpover20.jsonl: fresh benign texts of kinds further from IT than the
earlier sweeps (legal, medical, finance back-office and accounting, insurance letters,
government and tax notices with phone numbers in many languages, school and parent mails,
customer service replies, shipping notices, HR mails, real estate, travel, receipts, long mixed
documents, academic papers, translated UI strings) and developer kinds not written before (Nix,
Bazel, Gradle, adb and fastboot, Xcode, Arduino and PlatformIO, game engines, FFmpeg and
ImageMagick, LaTeX, regex-heavy texts, base64 in config files, JWTs, PEM keys, hashes), each in
the context the guard would know, beside the look-alikes that try to abuse what was cleared for
them and must keep their level.

    python tests/data/cases/make_fpover20.py

Deterministic. Written from general knowledge of such pages (no blind set, lure collection or
other detector's fixtures read); the texts live in fp20_*.py beside this script, by kind.
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
from fp20_dev import (
    ADB,
    BAZEL,
    ENCODED,
    ENGINES,
    FIRMWARE,
    GRADLE,
    LATEX,
    MEDIA,
    NIX,
    REGEX,
    XCODE,
)
from fp20_docs import ACADEMIC, MINUTES, UI_STRINGS
from fp20_edge import ACCOUNTING, ADDRESS_BAR, NON_IT_HELP, NOTICES, PASSWORDS
from fp20_life import (
    CUSTOMER_SERVICE,
    GOV,
    HR,
    REAL_ESTATE,
    RECEIPTS,
    SCHOOL,
    SHIPPING,
    TRAVEL,
)
from fp20_lures import LOOK_ALIKES, OWN_INDEX, OWN_SHARES, QUERY_ADDRESS, SPACED_ADDRESS
from fp20_mail import AUTO_REPLIES, CALENDAR, CODES, CONTACTS, LINKS, SIGNATURES
from fp20_office import FINANCE, INSURANCE, LEGAL, MEDICAL

OUT = Path(__file__).with_name("fpover20.jsonl")

# benign kinds: (technique, platform, texts as (source, target, text))
KINDS = [
    ("legal-prose", "any", LEGAL),
    ("medical-notice", "any", MEDICAL),
    ("finance-back-office", "any", FINANCE),
    ("insurance-letter", "any", INSURANCE),
    ("gov-tax-notice", "any", GOV),
    ("school-parent-mail", "any", SCHOOL),
    ("customer-service-reply", "any", CUSTOMER_SERVICE),
    ("shipping-notice", "any", SHIPPING),
    ("hr-mail", "any", HR),
    ("real-estate", "any", REAL_ESTATE),
    ("travel-booking", "any", TRAVEL),
    ("receipt", "any", RECEIPTS),
    ("meeting-minutes", "any", MINUTES),
    ("academic-paper", "any", ACADEMIC),
    ("ui-strings", "any", UI_STRINGS),
    ("nix", "any", NIX),
    ("bazel", "any", BAZEL),
    ("gradle", "any", GRADLE),
    ("adb-fastboot", "any", ADB),
    ("xcode-ios", "macos", XCODE),
    ("firmware-embedded", "any", FIRMWARE),
    ("game-engine", "any", ENGINES),
    ("ffmpeg-imagemagick", "any", MEDIA),
    ("latex", "any", LATEX),
    ("regex-heavy", "any", REGEX),
    ("encoded-config", "any", ENCODED),
    ("collection-fine-notice", "any", NOTICES),
    ("accounting-software-help", "any", ACCOUNTING),
    ("password-awareness-mail", "any", PASSWORDS),
    ("address-bar-entry", "any", ADDRESS_BAR),
    ("appliance-help", "any", NON_IT_HELP),
    ("mail-links", "any", LINKS),
    ("calendar-invite", "any", CALENDAR),
    ("contact-qr-payload", "any", CONTACTS),
    ("mail-signature", "any", SIGNATURES),
    ("auto-reply", "any", AUTO_REPLIES),
    ("one-time-code-lang", "any", CODES),
    ("own-share-script", "windows", OWN_SHARES),
    ("spaced-web-address", "windows", SPACED_ADDRESS),
    ("own-index-tenant-wiki", "any", OWN_INDEX),
    ("query-web-address", "windows", QUERY_ADDRESS),
]
# kinds also scanned bare (no page, target unknown): what they are does not hang on the page
BARE = {
    "legal-prose",
    "medical-notice",
    "finance-back-office",
    "insurance-letter",
    "gov-tax-notice",
    "school-parent-mail",
    "customer-service-reply",
    "shipping-notice",
    "hr-mail",
    "real-estate",
    "travel-booking",
    "receipt",
    "meeting-minutes",
    "academic-paper",
    "ui-strings",
    "regex-heavy",
    "encoded-config",
    "collection-fine-notice",
    "password-awareness-mail",
    "appliance-help",
    "mail-links",
    "calendar-invite",
    "contact-qr-payload",
    "mail-signature",
    "auto-reply",
    "one-time-code-lang",
}

# look-alikes: (technique, platform, cases as (target, source, expected level, text))
LURES = LOOK_ALIKES

LEFT: dict[str, str] = {}


def build() -> list[dict[str, str]]:
    book = Book("fp20")
    book.by_kind(KINDS, BARE)
    book.look_alikes(LURES)
    return book.kept(OUT, LEFT)


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
