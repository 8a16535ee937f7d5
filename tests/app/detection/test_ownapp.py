"""A bank's own lock notice sends you to its app first; the scam wants the call."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection.ownapp import own_app_notice

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


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=5000))
def test_any_text_is_read_quickly_and_without_error(text: str) -> None:
    started = time.perf_counter()
    own_app_notice(text)
    assert time.perf_counter() - started < 0.1
