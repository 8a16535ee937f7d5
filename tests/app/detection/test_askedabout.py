"""Someone quoting a scam to ask about it is told from the scam, whose number stands outside."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection.askedabout import asked_about, asked_about_device_code

PHONE = re.compile(r"1-8\d\d-555-\d{4}|0800 555 \d{4}")
QUESTION = (
    'Hi IT, is this real? "Your PC is infected. Call Microsoft Support at 1-844-555-0123 '
    'immediately." I did not call.'
)


def phones(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in PHONE.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        QUESTION,
        'Should I call this number? My mum got this: "Your account is suspended, call '
        '0800 555 0199"',
        "Forwarded to IT: is this phishing?\n> Your licence has expired. Call 1-866-555-0101.",
        "Ist das echt? „Ihr Computer wurde gesperrt. Rufen Sie 0800 555 0123 an.“",
        "Это правда? «Ваша карта заблокирована, позвоните 0800 555 0123»",
    ],
)
def test_a_quoted_scam_asked_about_is_a_question(text: str) -> None:
    assert asked_about(text, phones(text))


@pytest.mark.parametrize(
    "text",
    [
        # the number outside the quote
        'Is this real? "Your PC is infected." Call Microsoft Support at 1-844-555-0123.',
        'Is this real? "Your PC is infected." Helpline: 1-844-555-0123',
        # an order to call outside the quote
        'Is this real? "Your PC is infected, call 1-844-555-0123." Please call now.',
        'Got this? "Your PC is infected, call 1-844-555-0123." Call immediately.',
        # the question inside the quote: nothing outside asks
        '"Is this real? Your PC is infected. Call 1-844-555-0123 immediately."',
        # no question outside
        'Microsoft Security: "Your PC is infected. Call 1-844-555-0123 immediately."',
        # no quote at all
        "Is this real? Your PC is infected. Call 1-844-555-0123 immediately.",
        # a long number outside the quote that another reading may call a phone
        'Is this real? "Your PC is infected, call 1-844-555-0123." Or: 844 555 0124',
    ],
)
def test_a_number_or_an_order_outside_the_quote_is_no_question(text: str) -> None:
    assert not asked_about(text, phones(text))


def test_no_number_or_a_long_text_is_no_question() -> None:
    assert not asked_about('Is this real? "Your PC is infected."', [])
    long = QUESTION + " ok" * 2000
    assert not asked_about(long, phones(long))


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=4200))
def test_any_text_is_read_quickly_and_without_error(text: str) -> None:
    started = time.perf_counter()
    asked_about(text, [(0, min(3, len(text)))])
    assert time.perf_counter() - started < 0.2


def test_a_hostile_text_is_read_in_linear_time() -> None:
    started = time.perf_counter()
    asked_about('"' * 4000, [(0, 1)])
    asked_about(("is this real? " + '"' + "a" * 30) * 90, [(0, 1)])
    asked_about("1 " * 2000, [(0, 1)])
    assert time.perf_counter() - started < 1.0


DEVICE = (
    'Is this legit? Got this in Teams: "To keep your mailbox, go to '
    'https://microsoft.com/devicelogin and enter the code FQK5-HW3U." I did not do it.'
)


def test_a_quoted_device_code_ask_asked_about_is_a_question() -> None:
    assert asked_about_device_code(DEVICE)
    assert asked_about_device_code(
        "Forwarded to IT: is this phishing?\n> Go to https://microsoft.com/devicelogin and "
        "enter ZT6R-4NVA to keep access."
    )


@pytest.mark.parametrize(
    "text",
    [
        # the page, the code or an order to go or enter outside the quote
        'Is this legit? "Enter the code FQK5-HW3U." Go to https://microsoft.com/devicelogin now.',
        'Is this real? "Go to https://microsoft.com/devicelogin." Your code: FQK5-HW3U',
        'Is this real? "Go to https://microsoft.com/devicelogin and enter FQK5-HW3U." Enter it '
        "within 10 minutes.",
        # nothing outside asks; the question inside the quote
        'IT Support: "Go to https://microsoft.com/devicelogin and enter FQK5-HW3U."',
        '"Is this legit? Go to https://microsoft.com/devicelogin and enter FQK5-HW3U."',
        # no sign-in page named
        'Is this legit? "Enter the code FQK5-HW3U."',
        DEVICE + " x" * 2100,
    ],
)
def test_a_page_code_or_order_outside_the_quote_is_no_question(text: str) -> None:
    assert not asked_about_device_code(text)
