"""Lures that are not commands: what the verdict says about them, and where it stays quiet.

The hundreds of texts live in tests/data/cases/lures.jsonl; these tests pin the behaviour a
person sees: the kind and the summary sentence, the number shown, the level that does not drop
in a box that runs nothing, and a brand that only counts beside a scam.
"""

from __future__ import annotations

import pytest

from app.detection import Context, Engine, Level, PasteTarget

SCAM = (
    "Your computer has been blocked due to suspicious activity. Call Microsoft Support now: "
    "+1 (888) 555-0199. Do not shut down your PC."
)
CALM_BRAND = "Microsoft Support: for help with your Windows license, call 1-800-555-0150."
CONSENTFIX = (
    "http://localhost:8400/?code=0.AXoA1b2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ&state=Zx81kq"
    "&session_state=2f6d1c9a-41aa"
)
URL_TAIL = (
    "https://verify-session.example/check.hta   # ✅ I am not a robot - Verification ID: 4821"
)


def test_a_scam_text_is_called_a_scam_text_and_its_number_is_shown(engine: Engine) -> None:
    verdict = engine.analyze(SCAM)
    assert verdict.level is Level.MALICIOUS  # the brand it imitates makes it worse
    assert verdict.kind == "scam-text"
    assert verdict.summary == "This is a scam text with a phone number: don't call it."
    assert [i.value for i in verdict.indicators if i.kind == "phone"] == ["+1 (888) 555-0199"]
    assert not [i for i in verdict.indicators if i.kind == "program"]  # its words run nothing


def test_a_page_that_writes_a_scam_text_is_named(engine: Engine) -> None:
    verdict = engine.analyze(SCAM, Context("https://windows-alert.example.net/", PasteTarget.OTHER))
    assert verdict.level is Level.MALICIOUS  # pasting it into a chat box does not make it safer
    assert verdict.summary.startswith("A web page (windows-alert[.]example[.]net) put a scam text")


DEVICE_CODE_CHAT = (
    "hey, before our call IT has to enrol your laptop: open "
    "https://login.microsoftonline.com/common/oauth2/deviceauth and put in K9MZQ2T7B, thanks"
)
RECEIPT = (
    "Receipt from PayPal\nOrder ID: INV-2026-0917   Total: $1,299.00\n"
    "If this wasn't you, call +1 (877) 555-0173 to cancel."
)


def test_a_device_code_someone_hands_over_is_called_a_sign_in_code(engine: Engine) -> None:
    for target in (PasteTarget.UNKNOWN, PasteTarget.OTHER):
        verdict = engine.analyze(DEVICE_CODE_CHAT, Context(None, target))
        assert verdict.level >= Level.SUSPICIOUS, (target, verdict.rule_ids)
        assert verdict.summary == (
            "This is a sign-in code someone wants you to type in at "
            "login[.]microsoftonline[.]com: don't enter it, it would sign their device into "
            "your account."
        )
    from_page = engine.analyze(DEVICE_CODE_CHAT, Context("https://chat.example.net/r/1"))
    assert from_page.summary.startswith("A web page (chat[.]example[.]net) gave you a sign-in code")


def test_a_receipt_that_asks_for_a_call_is_a_scam_text(engine: Engine) -> None:
    verdict = engine.analyze(RECEIPT)
    assert verdict.level is Level.MALICIOUS and verdict.kind == "scam-text", verdict.rule_ids
    assert verdict.summary == "This is a scam text with a phone number: don't call it."
    assert [i.value for i in verdict.indicators if i.kind == "phone"] == ["+1 (877) 555-0173"]
    calm = RECEIPT.replace("If this wasn't you, call", "Questions about your order? Call")
    calm = calm.replace(" to cancel.", " (Mon-Fri).")
    assert engine.analyze(calm).level <= Level.INFO


def test_a_brand_and_a_number_said_calmly_count_for_nothing(engine: Engine) -> None:
    verdict = engine.analyze(CALM_BRAND)
    assert verdict.level is Level.CLEAN, verdict.rule_ids  # the brand rule requires a scam
    assert verdict.kind == "text"


def test_a_sign_in_address_with_its_code_is_an_oauth_code_wherever_it_goes(
    engine: Engine,
) -> None:
    for target in (PasteTarget.UNKNOWN, PasteTarget.OTHER, PasteTarget.BROWSER_CONSOLE):
        verdict = engine.analyze(CONSENTFIX, Context(None, target))
        assert verdict.level is Level.MALICIOUS, target
        assert verdict.kind == "oauth-code"
        assert "don't paste it into a web page" in verdict.summary
        assert "0.AXoA1b2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ" not in " ".join(
            f.evidence for f in verdict.findings
        )  # the code itself is masked in the evidence


@pytest.mark.parametrize(
    "redirect",
    [
        "vscode://vscode.github-authentication/did-authenticate?windowid=1&code=4f9a8c0b1e2d33ab"
        "&state=a1b2",
        "msauth.com.contoso.chat://auth?code=0.AXoA1b2c3D4e5F6g7H8i9J0kLmNo&client_info=eyJ1&state=k2",
        "com.googleusercontent.apps.1234-abcd:/oauth2redirect?state=x1&code=4/0AeaYSHAbCdEfGh12345678",
        "ms-appx-web://microsoft.aad.brokerplugin/S-1-15-2-1#code=0.AXoA9z8Y7x6W5v4U3t2S1r&state=q",
        "Paste the link your app opened here: vscode://pub.ext/auth?code=9a8b7c6d5e4f3a2b1c0d&state=f",
    ],
    ids=["vscode", "msauth", "google-native", "aad-broker-fragment", "asked-to-paste"],
)
def test_an_apps_own_sign_in_redirect_with_its_code_is_an_oauth_code(
    engine: Engine, redirect: str
) -> None:
    """ConsentFix with a native app's redirect: the code goes back to the app by its own
    scheme, and whoever is given that address can finish the sign-in as you."""
    verdict = engine.analyze(redirect, Context("https://meeting-join.example/", PasteTarget.OTHER))
    assert verdict.level is Level.MALICIOUS and verdict.kind == "oauth-code", verdict.rule_ids
    assert "***" in " ".join(f.evidence for f in verdict.findings)  # the code is masked


@pytest.mark.parametrize(
    "text",
    [
        "Register vscode://publisher.ext/callback?code=AUTH_CODE as the redirect in your settings.",
        "zoommtg://zoom.us/join?confno=1234567890&pwd=abcdEF12",
        "RFC 8252 example: com.example.app:/oauth2redirect/example-provider?code=...&state=...",
        "slack://channel?team=T0123ABCD&id=C0123ABCD",
    ],
    ids=["placeholder", "meeting-link", "rfc-example", "deep-link"],
)
def test_app_links_without_a_real_code_are_not_oauth_codes(engine: Engine, text: str) -> None:
    assert engine.analyze(text, Context(None, PasteTarget.OTHER)).level <= Level.INFO


def test_a_redirect_quoted_in_documentation_is_not_flagged(engine: Engine) -> None:
    docs = (
        "After sign-in the browser is sent to http://localhost:8080/callback?code="
        "SplxlOBeZQQYbYS6WxSbIA&state=xyz and the app exchanges the code for a token at the "
        "token endpoint, as the specification describes."
    )
    assert engine.analyze(docs).level <= Level.INFO


def test_a_bare_address_with_a_fake_verification_tail_is_blocked_in_the_run_box(
    engine: Engine,
) -> None:
    bare = engine.analyze(URL_TAIL)
    assert bare.level >= Level.SUSPICIOUS
    assert "PG-LURE-URL-VERIFICATION-TAIL" in bare.rule_ids
    run_box = engine.analyze(
        URL_TAIL, Context("https://news-today.example.org/a/1", PasteTarget.RUN_DIALOG)
    )
    assert run_box.level is Level.MALICIOUS
    bookmark = "https://developers.cloudflare.com/turnstile/   # Cloudflare Turnstile docs"
    assert engine.analyze(bookmark).level is Level.CLEAN
