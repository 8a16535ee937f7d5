"""Writes tests/data/cases/tech23.jsonl: the lure techniques a fifth technique sweep (helper
tech23, 2026-12-08 after midnight) wrote cases for, and their genuine look-alikes.

First the bank-lock rule's "another way out" (PG-T22-ACCOUNT-LOCKED-CALL): it is cleared by the
one own-channel reader ownapp.py keeps (the bank's app, online banking, a branch, the card's
back, named as a choice), not by any "app", "sign in" or "www." of its own, so a lure that adds
"or use our app" while it presses the call stays blocked, in seven languages, and a bank's notice
that lets the customer choose stays quiet. Then techniques of the 2025-2026 ClickFix / FileFix
reports and the leftovers of the fourth sweep (make_tech22.py): see the comment above each list.

    python tests/data/cases/make_tech23.py

Deterministic (fixed lists). Hosts are reserved names (.test, .invalid, .example, documentation
address ranges); every text is written here, none copied from a lure collection, another
detector's fixtures or the blind sets. Each lure text is scanned twice: in its context (the
lure page, pasted where the page says) and bare. Look-alikes are scanned from the page a
legitimate user would copy them from (`not_flagged`).
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, texts_elsewhere, write  # beside this script (tests/data/cases/)

OUT = Path(__file__).with_name("tech23.jsonl")
book = Book("t23", skip=texts_elsewhere(OUT))

BANK_LURE = [
    "https://secure-alert.harrowgate-bank.example/notice",
    "https://konto-sicherheit.t23-mail.test/hinweis",
]

# ---- "your <bank> account is locked, call now, or use our app" (T1566.004) -----------------------
# The lure names the bank's own channel as an afterthought and presses the call (a hurry said of
# the call, or the account threatened with closing): the own channel clears nothing then.
book.lures(
    "locked-call-or-app",
    "any",
    "other",
    BANK_LURE,
    [
        "Your Chase account has been locked. Call 1-555-010-0199 now to unlock it, or use our app.",
        "Your Citibank card has been blocked. Call 555-010-0131 immediately. You can also unlock it in the "
        "Citi app.",
        "Your Wells Fargo account has been suspended. Call (555) 010-0142 right away, or sign in to online "
        "banking.",
        "ALERT: Your Capital One account is locked. Call +1 555 010 0166 within 2 hours or log in to the "
        "Capital One app.",
        "Your HSBC account has been frozen. Please call 0345 000 0000 as soon as possible or visit any branch.",
        "Your Chase account has been locked and will be permanently closed within 24 hours. To keep it, call "
        "1-555-010-0100 or open the Chase app.",
        "Votre compte BNP Paribas a été bloqué. Appelez immédiatement le 09 70 00 00 00 ou connectez-vous "
        "dans l'appli.",
        "Votre carte Crédit Agricole a été suspendue. Contactez sans délai le 01 43 00 00 00, ou utilisez "
        "notre application.",
        "Su cuenta del BBVA ha sido bloqueada. Llame ahora al 910 000 000 o desbloquéela desde la app.",
        "Su tarjeta CaixaBank ha sido bloqueada. Llame inmediatamente al 934 000 000 o acuda a cualquier "
        "sucursal.",
        "Il suo conto Intesa Sanpaolo è stato sospeso. Chiami subito il numero 02 0000 0000 oppure accedi "
        "dall'app.",
        "Sua conta Itaú foi bloqueada. Ligue agora para 0800 000 0000 ou use o nosso app.",
        "Uw ING-rekening is tijdelijk geblokkeerd. Bel onmiddellijk 020 000 0000 of gebruik de app.",
        "Ihr Sparkassen-Konto wurde gesperrt. Rufen Sie sofort unter 030 0000000 an oder entsperren Sie es "
        "in der App.",
        "Your Chase account has been locked. Is this real? Call 1-555-010-0199 now.",
    ],
    bare="malicious",
)
# A bank's own notice: the lock, a number and a hurry, but the hurry is the app's ("unlock it now
# in the app") and the call one choice beside it.
book.look_alikes(
    [
        (
            "locked-own-way-out",
            "any",
            [
                ("other", None, "not_flagged", text)
                for text in [
                    "Your Chase debit card has been locked after three wrong PINs. Sign in to the Chase app now "
                    "to unlock it, or call us at 1-555-010-0100.",
                    "Your Barclays card has been blocked for your security. Unlock it now in the Barclays app "
                    "or visit any branch. Questions? Call 0345 000 0000.",
                    "Your Wells Fargo online banking access is temporarily locked. Reset your password now in "
                    "the Wells Fargo app, or call 1-555-010-0155 if you need help.",
                    "Your Monzo card has been frozen. You can unfreeze it right away in the app; our team is "
                    "also on 020 0000 0000.",
                    "Votre carte Société Générale a été bloquée. Débloquez-la dès maintenant dans l'appli ou "
                    "appelez le 01 42 00 00 00.",
                    "Su tarjeta Santander ha sido bloqueada. Desbloquéela ahora desde la app o llame al "
                    "915 000 000.",
                    "Su cuenta de Bankinter está bloqueada temporalmente. Puede desbloquearla ahora en la app "
                    "o en cualquier sucursal; teléfono 913 000 000.",
                    "La sua carta UniCredit è stata bloccata. Può sbloccarla subito dall'app o in filiale; "
                    "numero verde 800 000 000.",
                    "Sua conta Nubank foi bloqueada. Desbloqueie agora no app ou ligue para 0800 000 0000.",
                    "Uw Rabobank-pas is geblokkeerd. Deblokkeer hem direct in de app of bel 030 000 0000.",
                    "Ihre Commerzbank-Karte wurde gesperrt. Entsperren Sie sie jetzt in der App oder rufen "
                    "Sie uns unter 069 0000000 an.",
                    "Ihr Postbank-Zugang wurde vorübergehend gesperrt. Melden Sie sich jetzt im Online-Banking "
                    "an oder rufen Sie 0228 0000000 an.",
                ]
            ],
        ),
    ]
)

CASES = book.kept(OUT)

if __name__ == "__main__":
    write(OUT, CASES)
