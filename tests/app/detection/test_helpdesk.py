"""An organisation's own help-desk notice is told from the scam by its own way in and what it lacks."""

from __future__ import annotations

import pytest

from app.detection.helpdesk import own_help_desk

NOTICE = (
    "Your account has been locked after several failed sign-in attempts. To unlock it, contact "
    "the IT Service Desk at 020 5555 0142 (ext. 4321) or open a ticket in the IT portal."
)


def test_a_lock_out_notice_with_the_organisations_extension_is_its_own() -> None:
    assert own_help_desk(NOTICE)
    assert own_help_desk("Votre compte a été verrouillé. Appelez le support au poste 4321.")
    assert own_help_desk(
        "アカウントがロックされました。ヘルプデスク（内線4321）までお電話ください。"
    )


@pytest.mark.parametrize(
    "extra",
    [
        "Install AnyDesk so the technician can connect.",
        "A virus was detected on your computer.",
        "Do not turn off your PC.",
        "Call immediately.",
        "A fee of $199 applies, payable by gift card.",
        "Or call toll-free 1-800-555-0199.",
        "Ask for Microsoft Support.",
    ],
)
def test_what_a_scam_needs_makes_it_no_notice(extra: str) -> None:
    assert not own_help_desk(NOTICE + " " + extra)


def test_without_the_organisations_own_way_in_it_is_no_notice() -> None:
    assert not own_help_desk(
        "Your account has been locked. Call the service desk at 020 5555 0142."
    )
