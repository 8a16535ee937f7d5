"""A tech-support scam said in one sentence, in any language: a brand, the word for malware
(which most languages borrow: virus, vírus, wirus, вирус, ウイルス...) and a phone number in
the same sentence, with an alarm somewhere in the text (an exclamation mark, a word in capitals,
or the English and Romance alarm words). The generic PG-TECH-SUPPORT-SCAM signal needs a warning
headline; scam pages and pop-ups written as one running sentence have none ("Ihr Windows-PC ist
mit einem Virus infiziert, rufen Sie sofort Microsoft unter +49 … an!").

Texts about scams (advice, news) stay quiet, and so does a calm sentence that gives a brand's
number for help with a virus (no alarm anywhere). Linear work on at most MAX_TEXT characters.
"""

from __future__ import annotations

import itertools
import re

from app.detection.analysis import Analysis
from app.detection.indicators import find_phone_numbers
from app.detection.signals import (
    _ABOUT_SCAMS,
    _CALM_HEADLINE,
    _MALWARE_ANY,
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
    phones = find_phone_numbers(text) + [
        m.group(0)
        for m in itertools.islice(_PHONE.finditer(text), 4)
        if 8 <= sum(c.isdigit() for c in m.group(0)) <= 15
    ]
    if not phones or _ABOUT_SCAMS.search(text) or _CALM_HEADLINE.search(text):
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
