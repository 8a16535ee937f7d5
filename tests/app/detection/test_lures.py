"""Lures that are not commands: what the verdict says about them, and where it stays quiet.

The hundreds of texts live in tests/data/cases/lures.jsonl; these tests pin the behaviour a
person sees: the kind and the summary sentence, the number shown, the level that does not drop
in a box that runs nothing, and a brand that only counts beside a scam.
"""

from __future__ import annotations

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
