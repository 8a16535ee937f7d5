"""Writes tests/data/cases/gaps7.jsonl: lures the sixth round left weak and the risks its own
clearing rules opened, closed by technique, each beside the look-alikes that must stay quiet.

    python tests/data/cases/make_gaps7.py

Deterministic (every variant is a product of fixed lists). Phone numbers are fictitious (555
ranges), hosts are reserved names (.example, .test, .invalid) or the real makers' own, brands are
only the names a scammer borrows. No text is copied from a lure collection, another detector's
fixtures or the blind sets. Each line is {id, text, expect, technique, platform[, source], target}.

Techniques:

- `promise-push`: a callback or card notice that copies a bank's promise ("we will never ask
  for your PIN") but pushes you to call about money (an amount with "if this was not you", a
  clock, a threat): the promise clears nothing then. Look-alikes: the promise with a calm number,
  with the number on your card or the app, without a number.
"""

from __future__ import annotations

from pathlib import Path

import casefile  # beside this script (tests/data/cases/make_*.py)

OUT = Path(__file__).with_name("gaps7.jsonl")
MAIL = "https://mail.example.org/inbox"


class Book(casefile.Book):
    def __init__(self) -> None:
        super().__init__("g7")


book = Book()
FLAGGED, QUIET = "flagged", "not_flagged"

# ---- 1. a copied promise clears no push to call ---------------------------------------------
PROMISES = (
    "We will never ask for your PIN or ask you to move money.",
    "We'll never ask for your password.",
    "{brand} will never ask you for your full card number.",
    "Remember: we would never call to ask for your PIN.",
)
PHONES = ("+1 (888) 555-0142", "1-800-555-0199", "+1 877 555 0173", "(866) 555-0110")
BRANDS = ("PayPal", "Amazon", "Coinbase", "Norton", "Harbor Bank", "Apple")
PUSHED = (
    "{brand}: You sent a payment of $749.00 to Northwind Traders. If this was not you, call {ph}.",
    "Receipt from {brand}\nOrder #NL-88213  Total: $499.99\nIf you did not authorize this "
    "purchase, call us at {ph}.",
    "{brand} alert: a charge of USD 1,299.00 is pending on your account. Not you? Call {ph} "
    "within 24 hours.",
    "{brand}: your card ending 4471 was blocked after a suspicious payment of £912.40. If this "
    "wasn't you, call us on {ph}.",
    "{brand}: your account is locked because of suspicious activity. Call us immediately on "
    "{ph} or your account will be closed.",
)
CALM = (
    "Questions about your order from {brand}? Call us on {ph} (Mon-Fri 9-5).",
    "{brand}: your card ending 4471 is temporarily blocked because we noticed suspicious "
    "activity. Call us on {ph}.",
    "{brand}: did you make a payment of $82.10 at CITY MARKET? If this was not you, call the "
    "number on the back of your card.",
    "Thanks for shopping with {brand}. Your order of $82.10 has shipped. Questions? Call {ph}.",
)
for i, push in enumerate(PUSHED):
    for j, promise in enumerate(PROMISES):
        brand, ph = BRANDS[(i + j) % len(BRANDS)], PHONES[(i + 2 * j) % len(PHONES)]
        text = f"{push} {promise}".format(brand=brand, ph=ph)
        book.add("promise-push", text, FLAGGED)
        if j % 2 == 0:  # the promise first, on a line of its own
            text = f"{promise}\n{push}".format(brand=brand, ph=ph)
            book.add("promise-push", text, FLAGGED, target="other", source=MAIL)
for i, calm in enumerate(CALM):
    for j, promise in enumerate(PROMISES):
        brand, ph = BRANDS[(i + j) % len(BRANDS)], PHONES[(i + j) % len(PHONES)]
        book.add("promise-push", f"{calm} {promise}".format(brand=brand, ph=ph), QUIET)

CASES = book.cases

if __name__ == "__main__":
    casefile.write(OUT, CASES)
