"""A bank's own lock notice sends you to its app first; the scam wants the call."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection.ownapp import own_app_notice, own_way_out

NOTICES = [
    "Your card has been blocked after three wrong PIN attempts. Unblock it in the app or call "
    "us on 0800 555 0123.",
    "Ihre Karte wurde nach dreimaliger falscher PIN-Eingabe gesperrt. Entsperren Sie sie im "
    "Online-Banking oder rufen Sie 069 5555 0100 an.",
    "La sua carta è stata bloccata dopo tre tentativi errati di PIN. Può sbloccarla dall'app o "
    "chiamando il numero verde 800 555 123.",
    "Seu cartão foi bloqueado. Confirme a compra no app ou ligue para 0800 555 0001.",
    "Uw pas is tijdelijk geblokkeerd. U kunt de pas deblokkeren in de app of bel 020 555 4000.",
    "Votre carte a été bloquée par mesure de sécurité. Débloquez-la depuis l'appli ou appelez "
    "le 01 23 45 67 89.",
    "Votre carte est bloquée après trois codes erronés. Vous pouvez la débloquer dans l'appli "
    "ou nous appeler au 09 69 55 55 55.",
    "Votre carte a été bloquée. Débloquez-la sur votre application ou appelez le 01 55 55 12 34.",
    "Your account was locked after too many sign-in attempts. Sign in again in 30 minutes or "
    "call us on 0800 555 0199.",
]


@pytest.mark.parametrize("text", NOTICES)
def test_a_lock_notice_that_names_the_own_app_is_the_companys(text: str) -> None:
    assert own_app_notice(text)


@pytest.mark.parametrize(
    "extra",
    [
        "A virus was detected on your computer.",
        "Suspicious activity was found.",
        "Call immediately.",
        "Do not turn off your phone.",
        "A fee of $49.99 applies.",
        "Buy a gift card to verify.",
        "Our technician will connect with AnyDesk.",
        "Unauthorized access was detected.",
        "Please call Microsoft Support.",
        "Verdächtige Aktivität festgestellt.",
        "Operazione sospetta.",
        "Срочно позвоните.",
    ],
)
@pytest.mark.parametrize("notice", [NOTICES[0], NOTICES[5], NOTICES[8]])
def test_what_a_scam_needs_makes_it_no_own_notice(notice: str, extra: str) -> None:
    assert not own_app_notice(notice + " " + extra)


def test_without_the_own_channel_or_too_long_it_is_no_own_notice() -> None:
    assert not own_app_notice("Your card has been blocked. Call us on 0800 555 0123.")
    assert not own_app_notice(NOTICES[0] + " ." * 3000)


# The bank-lock rule reads the hurry itself (PG-T22-ACCOUNT-LOCKED-CALL, tag own-way-out): the
# same own-channel reading clears it when the call is one choice, not when the call is pressed.
CHOICE = [
    "Your Chase debit card has been locked. Sign in to the Chase app now to unlock it, or call "
    "us at 1-555-010-0100.",
    "Your Barclays card has been blocked. Unlock it now in the Barclays app or visit any branch. "
    "Questions? Call 0345 000 0000.",
    "Su tarjeta Santander ha sido bloqueada. Desbloquéela ahora desde la app o llame al "
    "915 000 000.",
    "Ihre Commerzbank-Karte wurde gesperrt. Entsperren Sie sie jetzt in der App oder rufen Sie "
    "uns unter 069 0000000 an.",
    "Uw Rabobank-pas is geblokkeerd. Deblokkeer hem direct in de app of bel 030 000 0000.",
]
PRESSED = [
    "Your Chase account has been locked. Call 1-555-010-0199 now to unlock it, or use our app.",
    "Your Wells Fargo account has been suspended. Call (555) 010-0142 right away, or sign in to "
    "online banking.",
    "Your HSBC account has been frozen. Please call 0345 000 0000 as soon as possible or visit "
    "any branch.",
    "Your Chase account has been locked and will be permanently closed within 24 hours. To keep "
    "it, call 1-555-010-0100 or open the Chase app.",
    "Votre compte a été bloqué. Appelez immédiatement le 09 70 00 00 00 ou ouvrez l'application.",
    "Su cuenta del BBVA ha sido bloqueada. Llame ahora al 910 000 000 o desbloquéela desde la app.",
    "Il suo conto è stato sospeso. Chiami subito il numero 02 0000 0000 oppure accedi dall'app.",
    "Sua conta foi bloqueada. Ligue agora para 0800 000 0000 ou desbloqueie no app.",
    "Uw rekening is geblokkeerd. Bel onmiddellijk 020 000 0000 of deblokkeer hem in de app.",
    "Ihr Konto wurde gesperrt. Rufen Sie sofort unter 030 0000000 an oder entsperren Sie es in "
    "der App.",
]


@pytest.mark.parametrize("text", CHOICE)
def test_the_own_channel_as_a_choice_is_a_way_out(text: str) -> None:
    assert own_way_out(text)


@pytest.mark.parametrize("text", PRESSED)
def test_a_pressed_call_beside_the_own_channel_is_no_way_out(text: str) -> None:
    assert not own_way_out(text)
    assert not own_app_notice(text)


def test_no_own_channel_or_too_long_is_no_way_out() -> None:
    assert not own_way_out("Your card has been locked. You may call us on 0800 555 0123.")
    assert not own_way_out("Your card has been locked. See www.bank.example or sign in.")
    assert not own_way_out(CHOICE[0] + " ." * 3000)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=5000))
def test_any_text_is_read_quickly_and_without_error(text: str) -> None:
    started = time.perf_counter()
    own_app_notice(text)
    own_way_out(text)
    assert time.perf_counter() - started < 0.1
