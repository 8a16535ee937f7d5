"""ConsentFix by drag and drop: a sign-in redirect URL dragged from the address bar onto a page.

ConsentFix asks a person to hand over the URL their browser landed on after signing in — a
loopback address (`http://localhost:PORT/?code=...`) that carries an OAuth authorisation code.
Pasting it is one way; dragging the address onto the lure page's drop box is another, and no
clipboard is involved. This module judges a drop once a platform reports one: the dropped text,
the window under the pointer, and where the text came from.

Which platforms report drops: none of the backends does yet. Windows has no system-wide drop
notification (OLE drag and drop is between two windows); macOS has none either; on X11 the
drag source owns the `XdndSelection` selection during a drag, so a watcher like the PRIMARY one
could read it when the button is released. Until a backend feeds `DropJudge.judge`, the judging
path is here, tested, and waiting.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

from app.detection.model import Finding, Level, PasteTarget
from app.guard.provenance import Provenance
from app.guard.targets import TargetClassifier
from app.platform.base import WindowInfo

MAX_DROP = 16 * 1024  # a redirect URL is short; the rest of a huge drop is not read
MAX_LINES = 64
CODE_KEYS = frozenset({"code", "id_token", "access_token", "refresh_token"})
RULE_ID = "PG-DROP-CONSENTFIX"
TECHNIQUE = "T1528"  # Steal Application Access Token


@dataclass(frozen=True)
class Drop:
    """What a platform saw: the dragged text (`text/uri-list` or text), and where it landed."""

    text: str
    window: WindowInfo | None
    provenance: Provenance = field(default_factory=Provenance)


@dataclass(frozen=True)
class DropVerdict:
    level: Level
    summary: str
    findings: tuple[Finding, ...]
    url: str  # the redirect URL, with the code itself masked


def _loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def sign_in_code_url(text: str) -> str | None:
    """The first loopback URL carrying an authorisation code or token, with its value masked."""
    for line in text[:MAX_DROP].splitlines()[:MAX_LINES]:
        line = line.strip()
        if not line or line.startswith("#"):  # text/uri-list comments
            continue
        try:
            parts = urlsplit(line)
            host = parts.hostname or ""
        except ValueError:
            continue
        if parts.scheme not in ("http", "https") or not _loopback(host):
            continue
        pairs = parse_qsl(parts.query, keep_blank_values=False) + parse_qsl(
            parts.fragment, keep_blank_values=False
        )
        keys = {key.lower() for key, value in pairs if value.strip()}
        if keys & CODE_KEYS:
            masked = "&".join(
                f"{k}=***" if k.lower() in CODE_KEYS else f"{k}={v}" for k, v in pairs
            )
            return f"{parts.scheme}://{parts.netloc}{parts.path}?{masked}"
    return None


class DropJudge:
    """Decides about one drop; `is_web_page` says whether a window shows web content."""

    def __init__(self, is_web_page: Callable[[WindowInfo], bool]) -> None:
        self.is_web_page = is_web_page

    def judge(self, drop: Drop) -> DropVerdict | None:
        """A verdict when the drop hands a sign-in code to a web page; None otherwise."""
        url = sign_in_code_url(drop.text)
        if url is None:
            return None
        onto_page = drop.window is None or self.is_web_page(drop.window)
        if not onto_page:
            return None  # into an editor or a terminal: no page receives it
        finding = Finding(
            rule_id=RULE_ID,
            title="Sign-in code dropped on a web page",
            explanation=(
                "This address carries the code your browser got when you signed in; a page "
                "that asks you to drag or paste it can use it to get into your account."
            ),
            technique=TECHNIQUE,
            weight=80,
            layer="raw",
            evidence=url,
            action="hand your sign-in to whoever runs the page",
        )
        return DropVerdict(
            Level.MALICIOUS,
            "A page asked for the address with your sign-in code: that gives it your account.",
            (finding,),
            url,
        )


def shows_web_pages(classifier: TargetClassifier) -> Callable[[WindowInfo], bool]:
    """Browsers and Electron apps, from the target table: the windows that take the F12 hint."""
    return lambda window: PasteTarget.BROWSER_CONSOLE in classifier.rule_for(window).accepts
