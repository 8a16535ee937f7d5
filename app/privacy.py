"""What PasteGuard may keep of clipboard text: defanged, with secrets replaced by markers.

Only text of flagged verdicts is ever stored (see `app.events.Event.from_verdict`); this module
makes that text safe to store, show and forward: URLs are defanged so nothing is one click from
running, and credentials someone copied by mistake are redacted.
"""

from __future__ import annotations

import re

from app.detection.indicators import defang

MAX_STORED_CHARS = 16 * 1024  # a flagged text is kept up to this length; the hash covers all

# Each pattern is linear (no nested quantifiers); each secret becomes [REDACTED:<kind>].
# A group named "keep" is kept in front of the marker (the "password=" of "password=hunter2").
_SECRET_PATTERNS = {
    "private-key": r"-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----[\s\S]{0,20000}?"
    r"-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----",
    "url-password": r"(?P<keep>://)[^\s/:@'\"]{1,200}:[^\s/@'\"]{1,200}(?=@)",
    "jwt": r"\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}",
    "aws-key": r"\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b",
    "aws-secret": r"(?i)(?P<keep>aws_secret_access_key\s{0,4}[=:]\s{0,4}['\"]?)[A-Za-z0-9/+=]{40}",
    "github-token": r"\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b",
    "gitlab-token": r"\bglpat-[A-Za-z0-9_\-]{20,}\b",
    "slack-token": r"\bxox[abposr]-[A-Za-z0-9\-]{10,}\b",
    "slack-webhook": r"hooks\.slack\.com/services/[A-Za-z0-9/]{20,}",
    "discord-token": r"\b[MNO][A-Za-z\d_\-]{23,27}\.[A-Za-z\d_\-]{6}\.[A-Za-z\d_\-]{27,40}\b",
    "discord-webhook": r"discord(?:app)?\.com/api/webhooks/\d{5,30}/[A-Za-z0-9_\-]{20,}",
    "google-api-key": r"\bAIza[0-9A-Za-z_\-]{35}\b",
    "stripe-key": r"\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}\b",
    "openai-key": r"\bsk-(?:proj-)?[A-Za-z0-9_\-]{20,}\b",
    "azure-key": r"(?i)(?P<keep>accountkey=)[A-Za-z0-9/+=]{40,100}",
    "password-assignment": r"(?i)(?P<keep>\b(?:password|passwd|pwd|secret|token|api_key|apikey)"
    r"[=:])['\"]?[^\s'\"&;]{4,200}",
}
_SECRETS = [(kind, re.compile(pattern)) for kind, pattern in _SECRET_PATTERNS.items()]


def redact(text: str) -> str:
    """Replace credentials with [REDACTED:kind]."""
    for kind, pattern in _SECRETS:
        marker = f"[REDACTED:{kind}]"
        if "keep" in pattern.groupindex:
            text = pattern.sub(r"\g<keep>" + marker.replace("\\", "\\\\"), text)
        else:
            text = pattern.sub(marker, text)
    return text


def safe_text(text: str) -> str:
    """The form in which flagged text may be stored, shown or forwarded."""
    shortened = text[:MAX_STORED_CHARS]
    out = defang(redact(shortened))
    if len(text) > MAX_STORED_CHARS:
        out += f" [… {len(text) - MAX_STORED_CHARS} more characters not stored]"
    return out
