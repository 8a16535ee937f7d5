"""A tech-support scam said in one sentence, in any language: a brand, the word for malware
(which most languages borrow: virus, vírus, wirus, вирус, ウイルス...) and a phone number in
the same sentence, with an alarm somewhere in the text (an exclamation mark, a word in capitals,
or the English and Romance alarm words). The generic PG-TECH-SUPPORT-SCAM signal needs a warning
headline; scam pages and pop-ups written as one running sentence have none ("Ihr Windows-PC ist
mit einem Virus infiziert, rufen Sie sofort Microsoft unter +49 … an!").

Texts about scams (advice, news) stay quiet, and so does a calm sentence that gives a brand's
number for help with a virus (no alarm anywhere). Linear work on at most MAX_TEXT characters.

The same lure written calmly has no alarm word at all ("Microsoft has detected a problem with
your computer. Please call Microsoft Support at +1 …"): `scam_claim` reads the claim instead, a
company that tells you something about YOUR computer, account, licence or address (detected,
flagged, expired, accessed, needs to be verified) and a number to call or contact about it, close
together. The companies named there do not put a number in such a notice; a support page's
number with no claim about you, "if your computer has a virus, call …" (advice, not a claim), a
notice that sends you to the app, your account's settings or the number on your card, and texts
about scams stay quiet.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any

import re2

from app.detection import claimwords
from app.detection.analysis import Analysis
from app.detection.clock import off_the_clock
from app.detection.indicators import find_phone_numbers
from app.detection.occurs import occurs
from app.detection.signals import (
    _ABOUT_SCAMS,
    _CALM_HEADLINE,
    _MALWARE_ANY,
    _OWN_ROUTE,
    _SCAM_BRANDS,
    _SCAM_BRANDS_SCRIPTS,
    _SCAM_WORDS,
    signal,
)

MAX_TEXT = 8 * 1024
MAX_SENTENCES = 64
MAX_SENTENCE = 600  # characters: longer runs are not one sentence of a pop-up
# where a sentence ends: ! ? and their full-width forms, a full stop before a blank, a newline
_END = re.compile(r"[!?。！？\n]|\.(?=\s|$)")
# a word of four or more letters in any script (an alarm when all capitals: ATTENZIONE, ВНИМАНИЕ)
_WORD = re.compile(r"[^\W\d_]{4,}")
MAX_WORDS = 400
# an international number written with any grouping (+421 2 3456 7890, +998 71 123-45-67)
_PHONE = re.compile(r"\+\d{1,3}(?:[ .\-/]?\(?\d{1,4}\)?){2,5}")


# the phone numbers of the last few texts asked about, by the text itself (kept, so its id is
# not reused while it is here): scam_sentence and scam_claim read the same text (normalised,
# and as written when it is not ASCII) and both need its numbers first
_PHONES_KEPT = 4
_phones: list[tuple[str, list[str]]] = []


def phones_in(text: str) -> list[str]:
    """The phone numbers in text that a scam asks you to call: toll-free or international ones
    (indicators.find_phone_numbers) and international ones with any grouping (_PHONE), in that
    order. Found once per text, however many checks ask."""
    for kept, found in _phones:
        if kept is text:
            return found
    found = find_phone_numbers(text)
    if "+" in text:  # every _PHONE number starts with one
        found = found + [
            m.group(0)
            for m in itertools.islice(_PHONE.finditer(text), 4)
            if 8 <= sum(c.isdigit() for c in m.group(0)) <= 15
        ]
    if len(_phones) >= _PHONES_KEPT:
        del _phones[0]
    _phones.append((text, found))
    return found


def _alarm(text: str, brand: str) -> bool:
    """An exclamation mark, a word in capitals, or two alarm words (the malware word alone is
    what a calm sentence about getting help says too)."""
    if (
        "!" in text
        or "！" in text
        or len(list(itertools.islice(_SCAM_WORDS.finditer(text), 2))) >= 2
    ):
        return True
    for m in itertools.islice(_WORD.finditer(text), MAX_WORDS):
        word = m.group(0)
        if word.isupper() and word.lower() != brand.lower():
            return True
    return False


def scam_sentence(text: str) -> str | None:
    """Evidence of a brand, a malware word and a phone number in one sentence, or None."""
    text = text[:MAX_TEXT]
    phones = phones_in(text)
    if not phones or occurs(_ABOUT_SCAMS, text) or occurs(_CALM_HEADLINE, text):
        return None
    start = 0
    for n, end in enumerate(itertools.chain(_END.finditer(text), [None])):
        stop = end.end() if end is not None else len(text)
        sentence = text[start:stop]
        start = stop
        if n >= MAX_SENTENCES:
            break
        if len(sentence) > MAX_SENTENCE or not any(p in sentence for p in phones):
            continue
        brand = _SCAM_BRANDS.search(sentence) or _SCAM_BRANDS_SCRIPTS.search(sentence)
        malware = _MALWARE_ANY.search(sentence)
        if brand and malware and _alarm(text, brand.group(0)):
            phone = next(p for p in phones if p in sentence)
            return f"{brand.group(0)} + '{malware.group(0)}' + phone {phone} in one sentence"
    return None


@signal("scam-sentence")
def scam_sentence_signal(a: Analysis) -> list[str]:
    # as written too: folding turns Cyrillic words into Latin look-alikes (вирус)
    found = scam_sentence(a.normalized) or (
        scam_sentence(a.raw) if not a.raw[:MAX_TEXT].isascii() else None
    )
    return [found] if found else []


# -- the calm claim about you ------------------------------------------------------------------

# the companies tech-support and account scams borrow (not a bank: banks do call about cards)
_CLAIM_BRANDS = re2.compile(
    r"(?i)\b(?:microsoft|windows|apple|icloud|macos|defender|mcafee|norton|avast|kaspersky|"
    r"bitdefender|paypal|amazon|geek\s*squad|google|gmail|facebook|instagram|whatsapp|netflix|"
    r"coinbase|binance|metamask|outlook|office\s*365|microsoft\s*365)\b"
)
_YOURS = (
    r"(?:windows|apple|microsoft|icloud|mac|macbook|pc|computer|device|laptop|system|account|"
    r"ip(?:\s+address)?|network|internet(?:\s+connection)?|router|licen[cs]e|subscription|"
    r"registration|browser|apple\s+id|e-?mail|mailbox|data|files|firewall|antivirus|wallet)"
)
_CLAIM = re2.compile(
    r"(?i)\byour\s+(?:[\w'-]+\s+){0,2}?"
    + _YOURS
    + r"(?:[\w'-]*\s+){0,4}?(?:has|have|was|were|is|are|needs?|will\s+be)\s+"
    r"(?:been\s+|now\s+|temporarily\s+|permanently\s+)?(?:detected|flagged|reported|compromised|"
    r"accessed|blocked|suspended|expired|deactivated|disabled|restricted|hacked|infected|corrupted|"
    r"unregistered|at\s+risk|outdated|locked|breached|exposed|terminated|frozen|hijacked|"
    r"used\s+(?:to|by|from|in)|signed\s+in|logged\s+in|sending|not\s+(?:activated|genuine|"
    r"protected|secure|registered|valid)|to\s+be\s+(?:verified|renewed|reactivated|validated))\b"
    r"|\b(?:detected|found|identified|noticed|observed|recorded|discovered)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:on|from|with|in|for|to)\s+(?:your|this)\s+" + _YOURS + r"\b"
    r"|\b(?:threats?|problems?|issues?|errors?|infections?|virus(?:es)?|malware|spyware|hackers?|"
    r"intrusions?|unusual\s+activity|suspicious\s+activity)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:on|with|in)\s+(?:your|this)\s+" + _YOURS + r"\b"
)
# the order to call (or contact) about it
_CALL_ORDER = re2.compile(
    r"(?i)\b(?:call|dial|phone|ring|contact|reach|speak\s+(?:to|with)|talk\s+to|help\s*line|"
    r"hotline|toll[\s-]?free|support\s+(?:line|number|team|desk|agent|technician)|technician)\b"
)
# a conditional ("if your computer has a virus, call…") is advice, not a claim about you
_IF_BEFORE = re2.compile(r"(?i)\b(?:if|when|whether|should)\s+(?:[\w'-]+\s+){0,2}$")
_CLAIM_REACH = 320  # characters between the claim and the number


def scam_claim(text: str) -> str | None:
    """Evidence of a company's claim about your computer or account beside a number to call,
    in English or one of the twelve other languages of claimwords, or None."""
    text = text[:MAX_TEXT]
    # no number, no claim: the numbers are found once per text (phones_in) and most texts have
    # none, so the scans for a brand (two large patterns over the whole text) are left undone
    phones = phones_in(text)
    if not phones:
        return None
    if not (occurs(_CLAIM_BRANDS, text) or occurs(_CLAIM_BRANDS_SCRIPTS, text)):
        return None
    about = occurs(_ABOUT_SCAMS, text) or occurs(_ABOUT_SCAMS_I18N, text)
    if about or occurs(_CALM_HEADLINE, text):
        return None
    if occurs(_OWN_ROUTE, text) or occurs(_OWN_CHANNEL, text) or occurs(_OWN_CHANNEL_I18N, text):
        return None
    for claims, calls, conditional in claim_languages():
        for claim in itertools.islice(claims.finditer(text), 8):
            if conditional.search(text[max(0, claim.start() - 40) : claim.start()]):
                continue
            if _asked(text, claim.end()):
                continue  # a question ("has your computer been blocked?") is no claim
            lo, hi = max(0, claim.start() - _CLAIM_REACH), claim.end() + _CLAIM_REACH
            near = text[lo:hi]
            phone = next((p for p in phones if p in near), None)
            named = _CLAIM_BRANDS.search(near) or _CLAIM_BRANDS_SCRIPTS.search(near)
            if phone and named and calls.search(near):
                return f"{named.group(0)}: '{claim.group(0)[:60]}' + phone {phone}"
    return None


_SENTENCE_END = re.compile(r"[.!?。！？؟\n]")


def _asked(text: str, at: int) -> bool:
    """Whether the sentence holding text[at] ends with a question mark."""
    end = _SENTENCE_END.search(text, at, at + 200)
    return end is not None and end.group(0) in "?？؟"


@functools.cache
def claim_languages() -> list[tuple[Any, Any, Any]]:
    """The claim, order and conditional in English and the other twelve languages of
    claimwords.py, the English ones first. Compiled when a text first gets this far (a number
    and a brand in it), off the text's clock: the 36 other-language patterns were ~34 ms, a
    ninth of the start-up of every `pasteguard scan`, and most processes never read such a
    text."""
    with off_the_clock():
        return [(_CLAIM, _CALL_ORDER, _IF_BEFORE)] + [
            (
                re2.compile("(?i)" + claim),
                re2.compile("(?i)" + call),
                re2.compile("(?i)(?:" + cond + ")"),
            )
            for claim, call, cond, _own in claimwords.LANGUAGES.values()
        ]


_OWN_CHANNEL_I18N = re2.compile(
    "(?i)" + "|".join(f"(?:{own})" for *_, own in claimwords.LANGUAGES.values())
)
_ABOUT_SCAMS_I18N = re2.compile("(?i)" + claimwords.ABOUT_SCAMS)
_CLAIM_BRANDS_SCRIPTS = re2.compile("(?i)" + claimwords.SCRIPT_BRANDS)

# a notice that sends you to the company's own channel
_OWN_CHANNEL = re2.compile(
    r"(?i)\baccount\s+settings\b|\bin\s+(?:the|our|your)\s+(?:[\w-]+\s+)?app\b|"
    r"\bofficial\s+(?:website|app)\b|\blog\s*(?:in|on)\s+to\s+your\s+account\b|"
    r"\bmanage\s+(?:your\s+)?(?:subscription|plan|membership)"
)


@signal("scam-claim")
def scam_claim_signal(a: Analysis) -> list[str]:
    # as written too: folding turns Cyrillic words into Latin look-alikes (ваш компьютер)
    found = scam_claim(a.normalized) or (
        scam_claim(a.raw) if not a.raw[:MAX_TEXT].isascii() else None
    )
    return [found] if found else []
