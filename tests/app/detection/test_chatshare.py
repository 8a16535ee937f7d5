"""A shared AI-chat conversation as a page: the assistants' share pages by host and path, a
chatbot-named host with a share path, and the pages that only look alike."""

from __future__ import annotations

import pytest

from app.detection.chatshare import shared_chat


@pytest.mark.parametrize(
    "page",
    [
        "https://chatgpt.com/share/6750ab12-0c3e-8000-9f1a-55aa55aa55aa",
        "https://chat.openai.com/share/0f2b9c1e",
        "https://claude.ai/share/0f2b9c1e-55aa",
        "https://grok.com/share/bGVnYWN5_55aa",
        "https://x.com/i/grok/share/Zx55aa",
        "https://gemini.google.com/share/5a5a5a5a5a5a",
        "https://copilot.microsoft.com/shares/55aa55aa55aa",
        "https://chat.deepseek.com/share/q1w2e3r4t5",
        "https://www.perplexity.ai/search/how-to-free-mac-storage-55aa",
        "https://poe.com/s/abc55",
        "https://shared.chatbot-answers.example/c/mac55",
        "https://gpt-share.example/s/abc55",
    ],
)
def test_a_shared_conversation_is_named(page: str) -> None:
    assert "shared AI-chat conversation" in shared_chat(page)


@pytest.mark.parametrize(
    "page",
    [
        None,
        "",
        "about:blank",
        "https://chatgpt.com/",  # the assistant itself, no conversation
        "https://chatgpt.com/share",  # no conversation named
        "https://x.com/someone/status/55",  # x.com but not Grok's share
        "https://docs.example.com/share/x",  # a share path on a host that names no chatbot
        "https://chat.stackexchange.com/transcript/55",
        "https://community.example.org/c/help/55",
        "https://www.chatbot.example/docs/install",  # a chatbot vendor's own docs
        "https://github.com/chatgpt-tools/cli",
    ],
)
def test_other_pages_are_not(page: str | None) -> None:
    assert shared_chat(page) == ""
