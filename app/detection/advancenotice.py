"""Is this a provider's advance notice? "Your cover renews on 19 January; call us or cancel online."

The callback lure (41-scam-calls.yaml, PG-SCAM-CALLBACK-*) reports a charge that has happened
or is about to, in a hurry ("your subscription has been renewed, $399.99 was charged; if this
was not you, call ..."), and wants the call: the person who answers takes money or the computer.
A provider's own notice says the same words the other way round: a charge that will come on a
named day (a renewal, a direct debit, an appointment with its fee for missing it), the choice
to cancel or change it before then, and a way to do so besides the phone (online, in the app,
the members' area, a chat, Manage Bookings), or the appointment itself. It disputes nothing.

So a short English text that names a future date for the charge or an appointment, offers
another way than the call (an appointment is its own), and says nothing of a charge already
made, an unrecognised payment, hurry, a gift card, crypto or a remote-access tool, is such a
notice: its callback findings are dropped. The lock rules (a blocked account or computer) are
not this module's; ownapp.py and helpdesk.py read those.
"""

from __future__ import annotations

import re

from app.detection.asciitwin import finder

MAX_CHARS = 2048  # an advance notice is a few sentences; a longer text is judged as it is

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# a calendar day: 19/01/2025, 12.12, 14 January, January 14th, Tue 10 Dec
_DATE = (
    r"(?:\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"\b"
    r"|\b" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?\b)"
)
# the charge to come, on a named day: "will renew on 14 January", "renews automatically on
# 12 January", "will be collected on or just after 5 January", "payment of £14.13 will be taken
# on 1 January"
_FUTURE_CHARGE = re.compile(
    r"(?i)\b(?:will\s+(?:auto[- ]?renew|renew|be\s+(?:renewed|collected|taken|debited|charged))"
    r"|renews(?:\s+automatically)?|is\s+due)\b[^.!?\n]{0,60}?\b(?:on|by|from)\s+"
    r"(?:or\s+(?:just\s+)?after\s+)?(?:\w{3}\s+)?" + _DATE
)
# an appointment with its day and time: "appointment with Dr Patel is on Tue 10 Dec at 09:40",
# "check-up and hygienist on 12/12 at 15:00"
_APPOINTMENT = re.compile(
    r"(?i)\b(?:appointment|check-?up|hygienist|consultation|surgery)\b[^.!?\n]{0,80}?"
    + _DATE
    + r"[^.!?\n]{0,20}?\b\d{1,2}[:.]\d{2}\b"
)
# another way than the phone to cancel or change it
_ANOTHER_WAY = re.compile(
    r"(?i)\bonline\b|\bin\s+the\s+app\b|\bchat\s+with\s+us\b|\bor\s+chat\b|\bmembers?['’]?\s+area"
    r"|\bmanage\s+(?:bookings?|my\s+booking|your\s+(?:account|membership|subscription|booking))"
    r"|\bmy\s+account\b|\byour\s+account\s+(?:page|settings)\b|\bon\s+our\s+website\b"
)
# a charge already made, an unrecognised one, or what a lure needs to hurry or to take
_LURE_NEEDS = re.compile(
    r"(?i)\bhas\s+been\s+(?:charged|renewed|debited|deducted|processed|billed|placed|approved)"
    r"|\bhave\s+(?:been\s+)?(?:charged|debited|deducted|billed)\b|\bwas\s+(?:charged|debited|renewed"
    r"|deducted|billed|processed)|\bsuccessfully\b|\border\s+(?:has\s+been\s+)?placed"
    r"|\b(?:did\s+not|didn.?t|do\s+not|don.?t)\s+(?:authori[sz]e|recogni[sz]e|make|place|request)"
    r"|\bnot\s+(?:you|yours)\b|\bwas\s*n.?t\s+you\b|unauthori[sz]ed|\bfraud|suspicious"
    r"|\btoday\b|\btonight\b|\bwithin\s+\d+\s+(?:minutes?|hours?)|\bimmediately\b|\burgent"
    r"|\bright\s+now\b|\bcall\s+now\b|gift\s*card|bitcoin|\bcrypto|\brefund"
    r"|anydesk|teamviewer|ultraviewer|rustdesk|quick\s*assist|logmein|screenconnect"
    r"|\bremote\s+(?:access|support|control|session)|\bvirus|\bantivirus|\bfirewall"
    # the names callback lures borrow most (security software, tech support, payment apps)
    r"|\bgeek\s+squad|\bnorton|\bmcafee|\bavast|\bkaspersky|\bbitdefender|\blifelock|\bdefender"
    r"|\bpaypal|\bcoinbase|\bbinance|\bapple\s*care"
)

# its answer on ASCII text asked of an RE2 twin (asciitwin.py: ~50 times faster, the same)
_has_lure_needs = finder(_LURE_NEEDS)


def advance_notice(text: str) -> bool:
    """A provider's own notice of a charge to come or an appointment (the module's docstring)."""
    if len(text) > MAX_CHARS or _has_lure_needs(text):
        return False
    if _APPOINTMENT.search(text):
        return True
    return bool(_FUTURE_CHARGE.search(text)) and bool(_ANOTHER_WAY.search(text))
