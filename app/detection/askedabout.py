"""Is this someone asking about a scam text they quote? 'Hi IT, is this real? "Your PC is …"'

People who get a scam pop-up, text or mail paste it to their IT desk, a colleague or a family
chat and ask whether it is real. The scam rules (41-scam-calls.yaml) read the quoted scam and
blocked the question, so the person could not even ask. What tells the question from the scam:
the scam's words, and every number to call, stand inside quotation marks (or a mail's `>`
lines), and the words outside them ask about it or report it ("is this real?", "should I call?",
"I did not call", "I got this text", in the languages the scam rules read) without telling
anyone to call. A scam gives its number outside any quote and never asks whether it is real.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_CHARS = 4096  # a question about a pop-up or a text is short; a longer text is judged as it is

# a quotation: straight or typographic double quotes, guillemets, German and Japanese quotes,
# or a mail's quoted lines
_QUOTE = re.compile(
    r'"[^"\n]{10,2000}"|“[^”]{10,2000}”|«[^»]{10,2000}»|„[^“”]{10,2000}[“”]|「[^」]{10,2000}」'
    r"|(?m:^>[^\n]{0,2000}$)"
)

# the words outside asking about it or reporting it
_ASKED = re.compile(
    r"(?i)\bis\s+(?:this|it|that)\s+(?:for\s+)?(?:real|legit(?:imate)?|genuine|true|safe|a\s+scam"
    r"|fake|phishing|really\s+from)\b|\bshould\s+i\s+(?:call|ring|worry|be\s+worried|respond)"
    r"|\b(?:did\s+not|didn.?t|have\s+not|haven.?t|never)\s+(?:call(?:ed)?|ring|rang|respond(?:ed)?)\b"
    r"|\b(?:got|received|saw|get(?:ting)?|keep\s+getting)\s+(?:this|the\s+following|a\s+weird|a\s+strange)"
    r"\s+(?:\w+\s+)?(?:pop-?up|text|sms|message|e-?mail|mail|call|letter|warning|notification)"
    r"|\bmy\s+(?:mum|mom|dad|father|mother|gran\w*|colleague|wife|husband)\s+(?:got|received)"
    # German, French, Spanish, Italian, Portuguese, Dutch
    r"|\bist\s+(?:das|die)\s+(?:echt|seri.s|wirklich|legitim)|\bsoll\s+ich\s+(?:da\s+)?anrufen"
    r"|\bnicht\s+angerufen|\bhabe\s+(?:diese|folgende|eine)\s+(?:\w+\s+)?(?:nachricht|mail|sms"
    r"|meldung|e-mail)\s+(?:bekommen|erhalten)"
    r"|\bc.est\s+(?:vrai|l.gitime|une\s+arnaque|s.rieux)|\best-ce\s+(?:vrai|l.gitime|s.rieux)"
    r"|\bdois-je\s+appeler|\bje\s+n.ai\s+pas\s+appel|\bj.ai\s+re.u\s+(?:ce|cette|le|la)\b"
    r"|\bes\s+(?:real|leg.timo|verdad|seguro)\s*\?|\bdebo\s+llamar|\bno\s+(?:he\s+llamado|llam.)\b"
    r"|\b(?:me\s+lleg.|recib.)\s+(?:este|esta|el\s+siguiente)"
    r"|\b.\s+(?:vero|legittimo|reale|una\s+truffa)\s*\?|\bdevo\s+chiamare|\bnon\s+ho\s+chiamato"
    r"|\bho\s+ricevuto\s+(?:questo|questa|il\s+seguente)"
    r"|\b.\s+(?:verdade|leg.timo|real|golpe)\s*\?|\bdevo\s+ligar|\bn.o\s+liguei"
    r"|\brecebi\s+(?:este|esta|essa|esse)\b"
    r"|\bis\s+dit\s+(?:echt|betrouwbaar|oplichting)|\bmoet\s+ik\s+bellen|\bniet\s+gebeld"
    r"|\bik\s+kreeg\s+(?:dit|deze)\b"
    # Polish, Turkish, Russian
    r"|\bczy\s+to\s+(?:prawda|prawdziwe|legalne|oszustwo)|\bczy\s+mam\s+(?:dzwoni|zadzwoni)"
    r"|\bnie\s+dzwoni[łl]"
    r"|\bbu\s+ger.ek\s+mi|\baramal[ıi]\s+m[ıi]y[ıi]m|\baramad[ıi]m"
    r"|это\s+правда|это\s+(?:настоящ|реальн)|звонить\s+ли|не\s+звонил|(?:пришло|пришла)\s+(?:это|такое)"
    # Japanese, Chinese, Arabic
    r"|本物ですか|本当ですか|電話すべき|電話していません|届きました"
    r"|是真的吗|是真的嗎|要不要打|没有打|沒有打|收到了?(?:这|這)"
    r"|هل\s+(?:هذا|هذه)\s+(?:حقيقي|حقيقية|صحيح)|هل\s+أتصل|لم\s+أتصل|وصلتني"
)

# an order to call outside the quotes: a sentence that starts by telling the reader to call
_CALL_ORDER = re.compile(
    r"(?im)(?:^\s*|[.!:;]\s+)(?:please\s+)?(?:call|dial|ring|phone|contact)\s+(?:us|now|immediately"
    r"|the|our|\+|\d)|\b(?:call|dial)\s+now\b|\burgent"
    r"|(?:^\s*|[.!:]\s+)(?:rufen\s+sie|appelez|llame|chiami|ligue|bel\s+(?:ons|nu|direct)|zadzwo"
    r"|arayın|позвоните|お電話ください|请拨打|اتصل)"
)


# a device sign-in page (Microsoft's, GitHub's, Google's, Amazon's, the short links to them) and
# a user code as those pages show it (FQK5-HW3U, WDJB-MJHT, ABCD1234)
_DEVICE_PAGE = re.compile(
    r"(?i)\b(?:microsoft\.com/devicelogin|aka\.ms/devicelogin"
    r"|login\.microsoftonline\.com/common/oauth2/deviceauth|github\.com/login/device"
    r"|google\.com/device|amazon\.com/(?:us/)?code|[\w.-]+/(?:device|activate)\b)"
)
_USER_CODE = re.compile(
    r"\b[A-Z0-9]{4}-[A-Z0-9]{4}\b|\b(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{8,9}\b"
)
# an order to go to the page or enter the code, outside the quotes
_GO_ORDER = re.compile(
    r"(?im)(?:^\s*|[.!:;]\s+)(?:please\s+)?(?:go\s+to|open|visit|enter|type|sign\s+in|use)\b"
)

# a number long enough to be called, however it is written (seven digits or more)
_LONG_NUMBER = re.compile(r"\d(?:[ .\-/()]{0,3}\d){6,}")


def _quotes_and_outside(text: str) -> tuple[list[tuple[int, int]], str]:
    quotes = [m.span() for m in _QUOTE.finditer(text)]
    outside, last = [], 0
    for q0, q1 in quotes:
        outside.append(text[last:q0])
        last = q1
    outside.append(text[last:])
    return quotes, "\n".join(outside)  # a sentence after a quote starts a line


def asked_about_device_code(text: str) -> bool:
    """Someone quoting a device-code ask ('"go to microsoft.com/devicelogin and enter FQK5-HW3U"')
    to ask whether it is real: every sign-in page it names inside a quotation, no user code,
    page or order to go or enter outside, and the words outside asking about it."""
    if len(text) > MAX_CHARS:
        return False
    quotes, words = _quotes_and_outside(text)
    pages = [m.span() for m in _DEVICE_PAGE.finditer(text)]
    if not quotes or not pages:
        return False
    for start, end in pages:
        if not any(q0 <= start and end <= q1 for q0, q1 in quotes):
            return False
    if _USER_CODE.search(words) or _GO_ORDER.search(words) or _LONG_NUMBER.search(words):
        return False
    return bool(_ASKED.search(words)) and _CALL_ORDER.search(words) is None


def asked_about(text: str, phones: Iterable[tuple[int, int]]) -> bool:
    """Every number to call (their spans in `text`) stands inside a quotation, no long number
    is outside them, and the words outside ask about it without telling anyone to call."""
    phones = list(phones)
    if len(text) > MAX_CHARS or not phones:
        return False
    quotes, words = _quotes_and_outside(text)
    if not quotes:
        return False
    for start, end in phones:
        if not any(q0 <= start and end <= q1 for q0, q1 in quotes):
            return False
    if _LONG_NUMBER.search(words):
        return False  # a number outside the quotes, whichever reading found it
    return bool(_ASKED.search(words)) and _CALL_ORDER.search(words) is None
