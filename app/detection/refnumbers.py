"""Is every "phone number" of a text a reference it labels as one? "Order number: 7745-1182-0091"

The scam rules (41-scam-calls.yaml) find the number to call with one broad pattern: the ways
numbers are written in forty countries also fit an order number in groups of four, a booking
reference, a ticket or an invoice number. A genuine receipt that says "Order number:
7745-1182-0091" and "you can request a refund within 60 days" then reads as the callback lure
("your order was renewed, call to cancel"), which it is not: nobody is asked to call an order
number. What tells them apart is the label right before the number: a reference's name (order,
invoice, transaction, booking, confirmation, tracking, case, ticket, policy, customer or
account number, reference, ID, PIN), in the languages the scam rules read. A phone number's
labels (call, phone, helpline, support, a refund or billing line, "no.", "ID" alone) are never
among them, so a lure that gives its order ID and then its number to call keeps that number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_CHARS = 16384  # a receipt or a notice is short; a longer text is judged as it is
BEFORE = 48  # how far before a number its label may start

# A reference's name, then at most a short word for "number" and its punctuation, right before
# the number: "Order number: ", "Transaction ID ", "Invoice #", "Bestellnummer ", "n° de
# commande : ", "Ref. ", "PIN: ". Never a word for calling (a phone's label is not a reference).
_LABEL = re.compile(
    r"(?i)(?:"
    # English: a reference's own name, or a noun that needs "number"/"ID" after it
    r"\b(?:order|invoice|transaction|txn|booking|confirmation|reservation|tracking|shipment"
    r"|parcel|ticket|incident|policy|serial|receipt|subscription|licen[cs]e|sku|reference"
    r"|rma|contract|quote|voucher|coupon)"
    r"\s*(?:number|no\.?|nr\.?|num\.?|#|id|code|ref(?:erence)?\.?)?"
    r"|\b(?:case|request|member(?:ship)?|customer|account|acct|product|item|model|statement"
    r"|loyalty)\s*(?:number|no\.?|nr\.?|num\.?|#|id|code)"
    r"|\b(?:pin|ref\.?)"
    # German, Dutch
    r"|(?:bestell|auftrags|rechnungs|kunden|vorgangs|buchungs|sendungs|vertrags|referenz"
    r"|transaktions|ticket|fall|vorgang|order|klant|factuur|bestel|boekings|dossier)"
    r"[- ]?(?:nummer|nr\.?|-nr\.?)"
    # French, Spanish, Italian, Portuguese
    r"|\b(?:n[°º]|num[ée]ro|n[úu]mero|n\.?\s?º|n\.)\s*(?:de\s+|d['’]\s?|do\s+|da\s+)?"
    r"(?:commande|facture|dossier|r[ée]servation|suivi|transaction|client|contrat|pedido"
    r"|factura|reserva|seguimiento|cliente|contrato|ordine|fattura|prenotazione|pratica"
    r"|spedizione|encomenda|fatura|protocolo|rastreamento)"
    r"|\b(?:r[ée]f[ée]rence|referencia|riferimento|refer[êe]ncia|codice|c[óo]digo)"
    # Polish, Turkish, Russian
    r"|\bnumer\s+(?:zam[óo]wienia|faktury|klienta|przesy[łl]ki|sprawy|rezerwacji)"
    r"|\b(?:sipari[şs]|fatura|takip|rezervasyon|m[üu][şs]teri)\s+(?:numaras[ıi]|no\.?)"
    r"|\bномер\s+(?:заказа|сч[её]та|договора|заявки|брони|отслеживания)"
    # Japanese, Chinese, Arabic
    r"|注文番号|予約番号|伝票番号|订单号|订单编号|訂單編號|单号|流水号"
    r"|رقم\s+(?:الطلب|الفاتورة|الحجز|المعاملة|التتبع)"
    r")\s*[:#.：]?\s*(?:is\s+)?$"
)


def labelled(text: str, start: int) -> bool:
    """The number at `start` stands right after a reference's label."""
    return bool(_LABEL.search(text[max(0, start - BEFORE) : start]))


def only_references(text: str, spans: Iterable[tuple[int, int]]) -> bool:
    """Every number found (its spans in `text`) is labelled as a reference: no number left for
    anyone to call. False when there is none, or the text is too long to be a notice."""
    if len(text) > MAX_CHARS:
        return False
    seen = False
    for start, _end in spans:
        seen = True
        while start < len(text) and text[start] in " \t":
            start += 1
        if not labelled(text, start):
            return False
    return seen
