"""A shared AI-chat conversation as the page a command was copied from.

Anyone can steer an AI assistant into writing a command and share the conversation; 2025's
macOS stealer campaigns did exactly that ("free up disk space on your Mac") and bought search
ads pointing at the shared page. The page is the conversation's, not the software's: it vouches
for no download, and a download-and-run from a host that is neither on the trust list nor the
page's own is a lure trait there (engine: PG-PAGE-SHARED-CHAT), as a fix posted in a forge's
issue thread is. The assistants' own sites (chatgpt.com/share/…, claude.ai/share/…, grok.com,
gemini.google.com, copilot.microsoft.com/shares/…, chat.deepseek.com, perplexity.ai, poe.com)
by host and path, and any host whose name speaks of a chatbot with a share path in front.
"""

from __future__ import annotations

import re2

from app.detection.indicators import parse_web_page

# (host, first path segments that are a shared conversation)
_SHARE_PAGES: dict[str, frozenset[str]] = {
    "chatgpt.com": frozenset({"share", "s", "c"}),
    "chat.openai.com": frozenset({"share", "c"}),
    "claude.ai": frozenset({"share", "public"}),
    "grok.com": frozenset({"share", "chat"}),
    "x.com": frozenset({"i"}),  # x.com/i/grok/share/…: checked further below
    "gemini.google.com": frozenset({"share", "app"}),
    "g.co": frozenset({"gemini"}),
    "copilot.microsoft.com": frozenset({"shares", "share", "chats"}),
    "chat.deepseek.com": frozenset({"share", "a", "s"}),
    "www.perplexity.ai": frozenset({"search", "page"}),
    "perplexity.ai": frozenset({"search", "page"}),
    "poe.com": frozenset({"s"}),
    "chat.mistral.ai": frozenset({"chat", "share"}),
    "huggingface.co": frozenset({"chat"}),
    "www.meta.ai": frozenset({"c"}),
    "meta.ai": frozenset({"c"}),
    "chat.qwen.ai": frozenset({"s", "share"}),
}
# A host naming a chatbot (its own label, or a word of a hyphenated name): chatbot-answers,
# ai-chat, gpt-share; with a share path or a host label that says shared
_CHAT_WORD = re2.compile(
    r"(?:^|[.\-])(?:chatbot|chatbots|aichat|ai-chat|chatgpt|gpt|llm|assistant)(?:[.\-]|$)"
)
_SHARE_SEGMENTS = frozenset({"share", "shares", "shared", "s", "c", "conversation", "chat"})
# ...as a host label or a word of one (share-thread, assistant-conversation)
_SHARE_LABELS = frozenset({"share", "shared", "shares", "conversation", "conversations"})


def shared_chat(page_address: str | None) -> str:
    """Why the page is a shared AI-chat conversation, or ""."""
    page = parse_web_page(page_address)
    if page is None:
        return ""
    segments = [s for s in page.path.lower().split("/") if s][:4]
    first = segments[0] if segments else ""
    known = _SHARE_PAGES.get(page.host)
    if known is not None:
        if page.host == "x.com" and segments[:3] != ["i", "grok", "share"]:
            return ""
        if first in known and len(segments) >= 2:
            return f"the page {page.host}/{first}/… is a shared AI-chat conversation"
        return ""
    labels = page.host.split(".")
    if not _CHAT_WORD.search(page.host):
        return ""
    words = {w for label in labels[:-1][:8] for w in label.split("-")[:8]}
    if (first in _SHARE_SEGMENTS and len(segments) >= 2) or _SHARE_LABELS & words:
        return f"the page {page.host} is a shared AI-chat conversation"
    return ""
