"""A receipt's order number is no number to call; a number left unlabelled still is one."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection.refnumbers import labelled, only_references

NUMBER = re.compile(r"\d{4}-\d{4}-\d{4}|1-8\d\d-555-\d{4}")


def spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in NUMBER.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Order number: 7745-1182-0091",
        "Your order number is 7745-1182-0091.",
        "Transaction ID 7745-1182-0091",
        "Invoice # 7745-1182-0091",
        "Confirmation number: 7745-1182-0091",
        "Bestellnummer: 7745-1182-0091",
        "Rechnungs-Nr. 7745-1182-0091",
        "N° de commande : 7745-1182-0091",
        "Número de pedido: 7745-1182-0091",
        "Numero d'ordine 7745-1182-0091",
        "Numer zamówienia: 7745-1182-0091",
        "Sipariş numarası: 7745-1182-0091",
        "Номер заказа: 7745-1182-0091",
        "注文番号：7745-1182-0091",
        "订单号：7745-1182-0091",
        "Customer number: 7745-1182-0091",
        "PIN: 7745-1182-0091",
    ],
)
def test_a_reference_labelled_as_one_is_no_number_to_call(text: str) -> None:
    assert only_references(text, spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Call 1-855-555-0110 to cancel.",
        "Refund line: 1-855-555-0110",
        "Refund number 1-855-555-0110",
        "Customer service number: 1-855-555-0110",
        "Support number: 1-855-555-0110",
        "Phone no. 1-855-555-0110",
        "Caller ID 1-855-555-0110",
        "Billing department 1-855-555-0110",
        "Customer 1-855-555-0110",
        "Account 1-855-555-0110",
        # the order's number is a reference, the second number is not
        "Order number: 7745-1182-0091. Questions? Call 1-855-555-0110.",
    ],
)
def test_a_number_offered_to_call_is_not_a_reference(text: str) -> None:
    assert not only_references(text, spans(text))


def test_no_number_found_or_a_long_text_clears_nothing() -> None:
    assert not only_references("Order number: none yet", [])
    text = "Order number: 7745-1182-0091 " + "x" * 20000
    assert not only_references(text, spans(text))


def test_the_label_must_stand_right_before_the_number() -> None:
    text = "Your order was placed, and to cancel it call 7745-1182-0091"
    assert not labelled(text, text.index("7745"))


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=600), at=st.integers(min_value=0, max_value=700))
def test_any_text_is_read_quickly_and_without_error(text: str, at: int) -> None:
    started = time.perf_counter()
    labelled(text, min(at, len(text)))
    only_references(text, [(min(at, len(text)), len(text))])
    assert time.perf_counter() - started < 0.05
