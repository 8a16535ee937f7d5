"""A provider's notice of a charge to come is told from the callback lure's charge that was made."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection.advancenotice import advance_notice

NOTICE = (
    "AA Breakdown Cover: your membership will auto-renew on 19/01/2025 at £129.00. If you don't "
    "want it to renew, call 0800 085 2840 or turn off auto-renewal online."
)


@pytest.mark.parametrize(
    "text",
    [
        NOTICE,
        "Your annual subscription will renew on 14 January at $189.00. If you'd like to cancel, "
        "call +1 800 456 6086 or chat with us.",
        "Direct Debit: £84.00 will be collected on or just after 5 January. Manage your account "
        "online or call 0333 202 9802.",
        "Reminder: your appointment with Dr Patel is on Tue 10 Dec at 09:40. A £25 fee is charged "
        "for missed appointments. To cancel, call 0113 496 0777.",
    ],
)
def test_a_charge_to_come_or_an_appointment_is_an_advance_notice(text: str) -> None:
    assert advance_notice(text)


@pytest.mark.parametrize(
    "change",
    [
        ("will auto-renew on 19/01/2025", "has been renewed on 19/01/2025"),
        ("will auto-renew on 19/01/2025", "will auto-renew today"),
        ("If you don't want it to renew", "If you did not authorize this"),
        ("call 0800", "call within 24 hours on 0800"),
        ("call 0800", "call immediately on 0800"),
        ("AA Breakdown Cover", "Norton 360"),
        ("AA Breakdown Cover", "Geek Squad"),
        ("or turn off auto-renewal online.", "to get a refund."),
        ("or turn off auto-renewal online.", "."),
        ("call 0800", "install AnyDesk and call 0800"),
    ],
)
def test_a_charge_made_a_dispute_hurry_a_borrowed_name_or_the_call_alone_is_none(
    change: tuple[str, str],
) -> None:
    old, new = change
    assert old in NOTICE
    assert not advance_notice(NOTICE.replace(old, new))


def test_a_long_text_is_no_notice() -> None:
    assert not advance_notice(NOTICE + " x" * 2000)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=2100))
def test_any_text_is_read_quickly_and_without_error(text: str) -> None:
    started = time.perf_counter()
    advance_notice(text)
    assert time.perf_counter() - started < 0.1


def test_a_hostile_text_is_read_in_linear_time() -> None:
    started = time.perf_counter()
    advance_notice("will renew " + "on " * 600)
    advance_notice("appointment " + "12/12 " * 300)
    assert time.perf_counter() - started < 0.5
