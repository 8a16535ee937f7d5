"""Events: what PasteGuard did and why, as stored, shown in the viewer and forwarded to a SIEM.

An event never holds clipboard text unless the verdict was `suspicious` or `malicious`; then
only a defanged, redacted copy (`app.privacy.safe_text`). Build events with `Event.from_verdict`
so that rule is applied in one place.
"""

from __future__ import annotations

import enum
import getpass
import hashlib
import socket
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from app import __version__
from app.detection.model import Level, Verdict
from app.privacy import may_hold_secret, redact, redact_optional, safe_text, secrets_in


class EventKind(enum.StrEnum):
    CLIPBOARD_FLAGGED = "clipboard_flagged"
    CLIPBOARD_NEUTRALIZED = "clipboard_neutralized"
    PASTE_BLOCKED = "paste_blocked"
    PASTE_WARNED = "paste_warned"
    PASTE_ALLOWED_BY_USER = "paste_allowed_by_user"
    WARNING_HEEDED = "warning_heeded"  # the person chose "Keep me safe"
    RESTORED = "restored"
    SITE_TRUSTED = "site_trusted"
    REPORTED = "reported"
    REMOTE_ACCESS_STARTED = "remote_access_started"
    PROTECTION_PAUSED = "protection_paused"
    PROTECTION_RESUMED = "protection_resumed"
    POLICY_APPLIED = "policy_applied"
    POLICY_INVALID = "policy_invalid"
    SETTINGS_CHANGED = "settings_changed"
    STARTED = "started"
    STOPPED = "stopped"
    HEARTBEAT = "heartbeat"  # a running guard, every forward.heartbeat_minutes
    UNCLEAN_STOP = "unclean_stop"  # the last run ended without `stopped` (killed, crashed)
    TAMPERED = "tampered"  # the event log changed underneath the guard (app.storage.integrity)
    ERROR = "error"
    # the organisation's lure intelligence (app/intel): a feed bundle used, or refused/unreachable
    INTEL_FEED_UPDATED = "intel_feed_updated"
    INTEL_FEED_FAILED = "intel_feed_failed"
    # lure drills (app/drills): one event per outcome, details carry campaign, drill and style
    DRILL_STARTED = "drill_started"
    DRILL_OPENED = "drill_opened"
    DRILL_COPIED = "drill_copied"
    DRILL_PASTED = "drill_pasted"
    DRILL_STOPPED = "drill_stopped"
    DRILL_REPORTED = "drill_reported"


class Action(enum.StrEnum):
    """What PasteGuard did about it."""

    NONE = "none"
    LOGGED = "logged"
    WARNED = "warned"
    BLOCKED = "blocked"
    NEUTRALIZED = "neutralized"
    ALLOWED = "allowed"
    RESTORED = "restored"
    DELETED = "deleted"


def _host() -> str:
    try:
        return socket.gethostname()
    except OSError:  # pragma: no cover - no hostname configured
        return ""


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # pragma: no cover - no login name
        return ""


def utc_now() -> datetime:
    return datetime.now(UTC)


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Event:
    """One thing that happened. `id` is set by the store."""

    kind: str
    time: datetime = field(default_factory=utc_now)  # always UTC
    level: str = Level.CLEAN.label
    score: int = 0
    rules: tuple[str, ...] = ()
    summary: str = ""
    source: str | None = None
    target: str | None = None
    action: str = Action.NONE.value
    text: str | None = None  # defanged and redacted; only for suspicious and malicious verdicts
    sha256: str | None = None  # of the original text, so an admin can match copies
    indicators: tuple[dict[str, str], ...] = ()
    findings: tuple[dict[str, Any], ...] = ()  # rule_id, title, explanation, technique, evidence
    details: dict[str, Any] = field(default_factory=dict)  # anything else, e.g. an error message
    host: str = field(default_factory=_host)
    user: str = field(default_factory=_user)
    app_version: str = __version__
    id: int | None = None

    @classmethod
    def from_verdict(
        cls,
        kind: str,
        verdict: Verdict,
        original: str,
        action: str = Action.LOGGED.value,
        *,
        secret: bool = False,
        **extra: Any,
    ) -> Event:
        """The event for a verdict, keeping text only when the verdict is flagged.

        `secret` marks text a password manager flagged: it is never stored, not even hashed.
        """
        flagged = verdict.level >= Level.SUSPICIOUS and not secret
        # credentials in the whole text, so that a snippet quoting them without context is
        # redacted too
        known = secrets_in(original) if flagged else ()
        # a summary can quote a host from the text: a password manager's secret gets none
        summary = "A password manager's item (not recorded)." if secret else verdict.summary
        return cls(
            kind=kind,
            level=verdict.level.label,
            score=verdict.score,
            rules=tuple(verdict.rule_ids),
            summary=redact(summary, known),  # a summary can quote a URL with a token in it
            source=redact_optional(verdict.context.source),  # ?token=… in a page's address
            target=verdict.context.target.value,
            action=action,
            text=safe_text(original, known) if flagged else None,
            sha256=sha256_of(original) if flagged else None,
            indicators=tuple(
                {
                    "kind": i.kind,
                    "value": redact(i.value, known),
                    "display": safe_text(i.value, known),
                }
                for i in verdict.indicators
                if i.kind != "program"
            )
            if flagged
            else (),
            findings=tuple(
                {
                    "rule_id": f.rule_id,
                    "title": f.title,
                    "explanation": f.explanation,
                    "technique": f.technique,
                    "layer": f.layer,
                    "evidence": safe_text(f.evidence, known) if flagged else "",
                }
                for f in verdict.findings
            ),
            details={"complete": verdict.complete, "elapsed_ms": round(verdict.elapsed_ms, 3)},
            **extra,
        )

    def with_id(self, event_id: int) -> Event:
        return replace(self, id=event_id)

    @property
    def techniques(self) -> list[str]:
        return sorted({str(f.get("technique")) for f in self.findings if f.get("technique")})

    def to_record(self) -> dict[str, Any]:
        """The flat record `export --format jsonl` writes and the viewer shows."""
        return {
            "id": self.id,
            "time": self.time.astimezone(UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "kind": self.kind,
            "level": self.level,
            "score": self.score,
            "action": self.action,
            "source": self.source,
            "target": self.target,
            "rules": list(self.rules),
            "summary": self.summary,
            "text": self.text,
            "sha256": self.sha256,
            "indicators": [dict(i) for i in self.indicators],
            "findings": [dict(f) for f in self.findings],
            "details": dict(self.details),
            "host": self.host,
            "user": self.user,
            "app_version": self.app_version,
        }


def _scrub_mapping(item: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    changed = {k: redact(v) for k in keys if isinstance(v := item.get(k), str)}
    return {**item, **changed} if any(item.get(k) != v for k, v in changed.items()) else item


def scrub_event(event: Event) -> Event:
    """`event` with every field that can quote captured text redacted (idempotent).

    The text, summary, source URL, evidence and indicators: whoever built the event, no
    secret reaches the database, an export, a log or a collector.
    """
    quoted = [event.summary, event.text or "", event.source or ""]
    for item in (*event.findings, *event.indicators):
        quoted += [v for k in ("evidence", "value", "display") if isinstance(v := item.get(k), str)]
    if not may_hold_secret(*quoted):  # one scan of them all, instead of each field's redaction
        return event
    text = redact_optional(event.text)
    summary = redact(event.summary)
    source = redact_optional(event.source)
    findings = tuple(_scrub_mapping(dict(f), ("evidence",)) for f in event.findings)
    indicators = tuple(_scrub_mapping(dict(i), ("value", "display")) for i in event.indicators)
    if (
        text == event.text
        and summary == event.summary
        and source == event.source
        and findings == event.findings
        and indicators == event.indicators
    ):
        return event
    return replace(
        event, text=text, summary=summary, source=source, findings=findings, indicators=indicators
    )
