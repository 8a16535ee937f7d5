"""Events in the Elastic Common Schema (ECS), the one document shape every SIEM sink forwards."""

from __future__ import annotations

import ipaddress
import json
import time
import uuid
from collections.abc import Mapping
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from app.events import Event, EventKind
from app.forwarding import attack
from app.privacy import redact

# The ECS release the mapping follows (fields checked in tests/app/forwarding/test_ecs.py).
# The mapping is our own: Elastic's ecs-logging is a formatter for Python log records (with
# ECS 1.6 log fields), not for security events, and was only ever driven here through a
# made-up LogRecord to turn dotted keys into nested objects, which `_nest` does.
ECS_VERSION = "8.11.0"
DATASET = "pasteguard"
PRODUCT = "PasteGuard"
FLAGGED_LEVELS = frozenset({"suspicious", "malicious"})

# Elastic's detection-rule severities (low 21, medium 47, high 73) so alerts sort with theirs.
SEVERITY = {"clean": 0, "info": 21, "suspicious": 47, "malicious": 73}
# RFC 5424 severities, shared by the syslog and Windows sinks and written to log.level.
SYSLOG_SEVERITY = {"clean": 6, "info": 5, "suspicious": 4, "malicious": 2}
SYSLOG_NAMES = ("emergency", "alert", "critical", "error", "warning", "notice", "info", "debug")

_K = EventKind
# event.category, event.type, event.outcome per PasteGuard kind; the pairs follow ECS's
# "expected event types" per category, except `error` (ECS expects it under database/web only).
KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    _K.CLIPBOARD_FLAGGED: (("intrusion_detection",), ("info",), "unknown"),
    _K.CLIPBOARD_NEUTRALIZED: (("intrusion_detection",), ("denied",), "success"),
    _K.PASTE_BLOCKED: (("intrusion_detection",), ("denied",), "success"),
    _K.PASTE_WARNED: (("intrusion_detection",), ("info",), "success"),
    _K.PASTE_ALLOWED_BY_USER: (("intrusion_detection",), ("allowed",), "success"),
    _K.WARNING_HEEDED: (("intrusion_detection",), ("denied",), "success"),
    _K.RESTORED: (("intrusion_detection",), ("allowed",), "success"),
    _K.REPORTED: (("intrusion_detection",), ("info",), "success"),
    _K.REMOTE_ACCESS_STARTED: (("process",), ("start",), "success"),
    _K.SITE_TRUSTED: (("configuration",), ("change",), "success"),
    _K.PROTECTION_PAUSED: (("configuration",), ("change",), "success"),
    _K.PROTECTION_RESUMED: (("configuration",), ("change",), "success"),
    _K.POLICY_APPLIED: (("configuration",), ("change",), "success"),
    _K.POLICY_INVALID: (("configuration",), ("change",), "failure"),
    _K.SETTINGS_CHANGED: (("configuration",), ("change",), "success"),
    _K.STARTED: (("process",), ("start",), "success"),
    _K.STOPPED: (("process",), ("end",), "success"),
    _K.ERROR: (("process",), ("error",), "failure"),
    _K.HEARTBEAT: (("process",), ("info",), "success"),
    _K.UNCLEAN_STOP: (("process",), ("end",), "failure"),
    _K.TAMPERED: (("configuration",), ("change",), "unknown"),  # the log changed underneath
    _K.INTEL_FEED_UPDATED: (("configuration",), ("change",), "success"),
    _K.INTEL_FEED_FAILED: (("configuration",), ("change",), "failure"),
    # training, not attacks: never alerts, never a threat technique
    _K.DRILL_STARTED: (("intrusion_detection",), ("info",), "success"),
    _K.DRILL_OPENED: (("intrusion_detection",), ("info",), "success"),
    _K.DRILL_COPIED: (("intrusion_detection",), ("info",), "success"),
    _K.DRILL_PASTED: (("intrusion_detection",), ("info",), "success"),
    _K.DRILL_STOPPED: (("intrusion_detection",), ("denied",), "success"),
    _K.DRILL_REPORTED: (("intrusion_detection",), ("info",), "success"),
}
DEFAULT_KIND = (("host",), ("info",), "unknown")
# What happened to a paste or a copied text: the family ATT&CK T1204.004 names.
LURE_KINDS = frozenset(
    {
        _K.CLIPBOARD_FLAGGED,
        _K.CLIPBOARD_NEUTRALIZED,
        _K.PASTE_BLOCKED,
        _K.PASTE_WARNED,
        _K.PASTE_ALLOWED_BY_USER,
        _K.WARNING_HEEDED,
        _K.RESTORED,
        _K.REPORTED,
    }
)

_ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:pasteguard:event")
_TRUNCATED = " [… truncated for forwarding]"


def syslog_severity(event: Event) -> int:
    """RFC 5424 severity: the level's, raised to `error` for errors, `warning` for bad policy."""
    severity = SYSLOG_SEVERITY.get(event.level, 5)
    if event.kind == _K.ERROR:
        return min(severity, 3)
    if event.kind == _K.POLICY_INVALID:
        return min(severity, 4)
    return severity


def event_uid(event: Event) -> str:
    """A stable id for `event.id`: the same event forwarded twice (at-least-once) keeps it, so
    Elastic indexes it once; store ids alone repeat across machines and after a database reset."""
    parts = [event.host, event.user, event.time.isoformat(), str(event.id), event.kind,
             event.sha256 or ""]  # fmt: skip
    revision = _revision(event.details)
    if revision:  # each corrected version is a document of its own (EventStore.amend)
        parts.append(f"revision {revision}")
    return str(uuid.uuid5(_ID_NAMESPACE, "|".join(parts)))


def _revision(details: Mapping[str, Any] | None) -> int:
    value = details.get("revision") if details else None
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def corrected(event: Event) -> dict[str, Any] | None:
    """What a corrected event said before (EventStore.amend): the first version's `event.id`,
    kind and action; None for an event never corrected. A corrected event is sent again to a
    sink that already had the first version: the SIEM then holds both, and this names the
    one that no longer stands. An event corrected again (a text written again and again,
    counted) names the version before it, each version with its own `event.id`."""
    was = event.details.get("corrects") if event.details else None
    if not isinstance(was, Mapping) or not isinstance(was.get("kind"), str):
        return None
    versions = [e for e in was.get("earlier") or () if isinstance(e, Mapping)]
    versions.append(was)  # the version it replaces (revision 0: the first)
    ids = [
        event_uid(replace(event, kind=str(v.get("kind")), details={"revision": _revision(v)}))
        for v in versions
        if isinstance(v.get("kind"), str)
    ]
    return {
        "event_id": ids[-1],
        "event_ids": ids,  # every earlier version, oldest first: some may never have been sent
        "kind": was["kind"],
        "action": str(was.get("action") or ""),
    }


def follows(original: Event) -> dict[str, Any]:
    """For an event that follows up another one (a blocked text put back): that event's local
    id, kind and `event.id` as it stands now (the version a SIEM received last, corrections
    included), so a collector can join the two without the local id, which repeats across
    machines and after a reset. Kept in the follow-up's details (`pasteguard.details.follows`)."""
    return {"event_id": event_uid(original), "id": original.id, "kind": original.kind}


def to_ecs(event: Event) -> dict[str, Any]:
    """The event as one ECS document (nested objects), ready for `json.dumps`."""
    fields = _fields(event)
    fields["log.level"] = SYSLOG_NAMES[syslog_severity(event)]
    doc: dict[str, Any] = {
        "@timestamp": timestamp(event),
        "message": _message(event),
        "ecs": {"version": ECS_VERSION},
    }
    doc.update(_sorted(_nest(fields)))  # sorted keys read (and diff) better
    return doc


def timestamp(event: Event) -> str:
    """ECS @timestamp: UTC, millisecond precision, e.g. 2026-03-01T12:00:00.123Z."""
    when = event.time
    seconds = time.strftime("%Y-%m-%dT%H:%M:%S", when.utctimetuple())
    return f"{seconds}.{when.microsecond // 1000:03d}Z"


def _nest(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Dotted ECS keys as nested objects (`{"event.kind": x}` is `{"event": {"kind": x}}`).

    Objects among the values are read as dotted keys too, so they merge with their
    siblings; None leaves a field out (ECS has no nulls). A key that is both a value and an
    object is a mapping error and raises TypeError.
    """
    doc: dict[str, Any] = {}
    for key, value in _flatten(fields).items():
        if value is None:
            continue
        *parents, leaf = key.split(".")
        node = doc
        for name in parents:
            node = node.setdefault(name, {})
            if not isinstance(node, dict):
                raise TypeError(f"ECS field {key!r}: {name!r} is a value, not an object")
        if leaf in node:
            raise TypeError(f"ECS field {key!r} is given twice")
        node[leaf] = value
    return doc


# Values that are never a Mapping: checked first, as a C-level type test, because the abstract
# Mapping check costs an ABC lookup per value (a third of to_ecs, which a 1 M-event ECS export
# runs a million times)
_PLAIN = (str, int, float, list, tuple, type(None))


def _is_mapping(value: Any) -> bool:
    return isinstance(value, dict) or (not isinstance(value, _PLAIN) and isinstance(value, Mapping))


def _flatten(fields: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in fields.items():
        if _is_mapping(value):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def to_ecs_json(event: Event, max_bytes: int | None = None) -> str:
    """`to_ecs` as compact JSON; over `max_bytes` (UTF-8) the bulky parts are shortened first
    (evidence, text, findings), so the result stays valid JSON with `pasteguard.truncated`."""
    doc = to_ecs(event)
    out = dumps(doc)
    if max_bytes is None or size(out) <= max_bytes:
        return out
    return _shrink(doc, max_bytes)


def dumps(doc: Mapping[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"), default=str)


def size(text: str) -> int:
    return len(encode(text))


def encode(text: str) -> bytes:
    """UTF-8, with lone surrogates (possible in clipboard text) as JSON \\uXXXX escapes."""
    return text.encode("utf-8", "backslashreplace")


def _message(event: Event) -> str:
    return event.summary or event.kind.replace("_", " ")


def _fields(event: Event) -> dict[str, Any]:
    """Dotted ECS keys (None values are dropped by the formatter)."""
    flagged = event.level in FLAGGED_LEVELS
    categories, types, outcome = KINDS.get(event.kind, DEFAULT_KIND)
    fields: dict[str, Any] = {
        "event.kind": "alert" if flagged else "event",
        "event.category": list(categories),
        "event.type": list(types),
        "event.action": event.kind,
        "event.outcome": outcome,
        "event.severity": SEVERITY.get(event.level, 0),
        "event.risk_score": float(event.score),
        "event.module": DATASET,
        "event.dataset": DATASET,
        "event.id": event_uid(event),
        "host.name": event.host or None,
        "user.name": event.user or None,
        "observer.product": PRODUCT,
        "observer.vendor": PRODUCT,
        "observer.version": event.app_version,
        "observer.hostname": event.host or None,
        "pasteguard.id": event.id,
        "pasteguard.level": event.level,
        "pasteguard.score": event.score,
        "pasteguard.action": event.action,
        "pasteguard.summary": event.summary or None,
        "pasteguard.rules": list(event.rules) or None,
        "pasteguard.paste.target": event.target,
        "pasteguard.details": _safe_keys(event.details) if event.details else None,
        "pasteguard.corrects": corrected(event),
    }
    hosts: list[str] = []
    ips: list[str] = []
    fields.update(_source(event.source, hosts))
    fields.update(_findings(event, flagged))
    if flagged:
        fields.update(_indicators(event, hosts, ips))
        if event.text:
            fields["pasteguard.text"] = event.text
        if event.sha256:
            fields["pasteguard.sha256"] = event.sha256
            fields["related.hash"] = [event.sha256]
    if flagged or event.kind == _K.REMOTE_ACCESS_STARTED:
        fields.update(_threat(event))
    if event.kind in (_K.ERROR, _K.POLICY_INVALID):
        fields.update(_error(event))
    fields["related.hosts"] = _unique(hosts) or None
    fields["related.ip"] = _unique(ips) or None
    fields["related.user"] = [event.user] if event.user else None
    return fields


def _source(source: str | None, hosts: list[str]) -> dict[str, Any]:
    if not source:
        return {}
    safe = redact(source)  # a page URL can carry a token or a password
    out: dict[str, Any] = {"pasteguard.paste.source": safe}
    host = _url_host(safe)
    if host:
        out["pasteguard.paste.source_domain"] = host
        hosts.append(host)
    return out


def _findings(event: Event, flagged: bool) -> dict[str, Any]:
    if not event.findings:
        return {}
    # Evidence quotes the text: only flagged events may carry it (Event.from_verdict already
    # blanks it otherwise; this keeps the rule for events built any other way).
    findings = [{k: v for k, v in f.items() if flagged or k != "evidence"} for f in event.findings]
    top = findings[0]
    return {
        "pasteguard.findings": findings,
        "rule.id": str(top.get("rule_id") or "") or None,
        "rule.name": str(top.get("title") or "") or None,
        "rule.description": str(top.get("explanation") or "") or None,
        "rule.ruleset": DATASET,
        "event.reason": str(top.get("explanation") or "") or None,
    }


def _threat(event: Event) -> dict[str, Any]:
    if event.level == "info":
        return {}  # notable, not a threat: an official installer is no ATT&CK technique
    ids = {str(f.get("technique")) for f in event.findings if f.get("technique")}
    if event.kind in LURE_KINDS:
        ids.add(attack.PASTE_LURE)
    if event.kind == _K.REMOTE_ACCESS_STARTED:
        ids.add(attack.REMOTE_ACCESS)
    if not ids:
        return {}
    c = attack.classify(ids)
    out: dict[str, Any] = {
        "threat.framework": attack.FRAMEWORK,
        "threat.technique.id": c.techniques,
        "threat.technique.name": c.technique_names or None,
        "threat.technique.reference": [attack.reference(t) for t in c.techniques],
    }
    if c.subtechniques:
        out["threat.technique.subtechnique.id"] = c.subtechniques
        out["threat.technique.subtechnique.name"] = c.subtechnique_names or None
        out["threat.technique.subtechnique.reference"] = [
            attack.reference(t) for t in c.subtechniques
        ]
    if c.tactics:
        out["threat.tactic.id"] = c.tactics
        out["threat.tactic.name"] = c.tactic_names
        out["threat.tactic.reference"] = [attack.tactic_reference(t) for t in c.tactics]
    return out


def _indicators(event: Event, hosts: list[str], ips: list[str]) -> dict[str, Any]:
    """The indicators as `threat.indicator` objects; the first URL also as `url.*`."""
    out: dict[str, Any] = {}
    found: list[dict[str, Any]] = []
    for ind in event.indicators:
        kind, value = ind.get("kind", ""), ind.get("value", "")
        if not value:
            continue
        if kind == "url":
            parts = _url_parts(value)
            found.append({"type": "url", "url": {"full": value, **parts}})
            host = parts.get("domain")
            if host:
                (ips if _ip_version(host) else hosts).append(host)
            if "url.full" not in out:
                out.update({"url.full": value, "url.original": value})
                out.update({f"url.{k}": v for k, v in parts.items()})
        elif kind == "domain":
            found.append({"type": "domain-name", "url": {"domain": value}})
            hosts.append(value)
        elif kind == "ip" and _ip_version(value):
            found.append({"type": f"ipv{_ip_version(value)}-addr", "ip": value})
            ips.append(value)
    if event.indicators:
        out["pasteguard.indicators"] = [dict(i) for i in event.indicators]
    if found:
        out["threat.indicator"] = found
    return out


def _error(event: Event) -> dict[str, Any]:
    details = event.details
    message = details.get("error") or details.get("message") or event.summary
    return {
        "error.message": str(message) if message else None,
        "error.type": str(details["type"]) if details.get("type") else None,
    }


def _url_parts(url: str) -> dict[str, str]:
    try:
        split = urlsplit(url)
        host = split.hostname
    except ValueError:  # e.g. an unbalanced "[" in the host: keep the URL, skip its parts
        return {}
    parts = {"scheme": split.scheme.lower(), "domain": host or "", "path": split.path}
    return {k: v for k, v in parts.items() if v}


def _url_host(text: str) -> str | None:
    if "://" not in text:
        return None  # an application name, not a page
    return _url_parts(text).get("domain")


def _ip_version(text: str) -> int | None:
    try:
        return ipaddress.ip_address(text.strip("[]")).version
    except ValueError:
        return None


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _safe_keys(value: Any) -> Any:
    """Dots in keys would be read as ECS nesting (and can clash): write them as underscores."""
    if _is_mapping(value):
        return {str(k).replace(".", "_"): _safe_keys(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_safe_keys(v) for v in value]
    return value


def _sorted(value: dict[str, Any]) -> dict[str, Any]:
    return {k: _sorted(value[k]) if isinstance(value[k], dict) else value[k] for k in sorted(value)}


SMALL_DETAIL = 256  # bytes of JSON: a detail this small is kept while the bulky ones go


def _shrink(doc: dict[str, Any], max_bytes: int) -> str:
    """Cut the parts a SIEM can live without, most expendable first, until the JSON fits.
    Below about 2 KB only the essentials remain and the result may still be larger."""
    pg: dict[str, Any] = doc.setdefault("pasteguard", {})
    pg["truncated"] = True
    pg.pop("summary", None)  # the same as `message`
    for finding in pg.get("findings", []):
        finding.pop("evidence", None)  # an excerpt of the text, which follows
    out = dumps(doc)
    details = pg.get("details")
    if isinstance(details, dict) and size(out) > max_bytes and "version_texts" in details:
        # a burst's other versions (app/guard/service.py) go before its text: the last one
        # alone, then none (`versions` still counts them)
        details["version_texts"] = details["version_texts"][-1:]
        out = dumps(doc)
        if size(out) > max_bytes:
            details.pop("version_texts")
            out = dumps(doc)
    if isinstance(details, dict) and size(out) > max_bytes:
        # then the bulky details, before the text: the small ones (a burst's count, the
        # revision a SIEM keeps the last version of a correction by) stay
        small = {k: v for k, v in details.items() if size(dumps({k: v})) <= SMALL_DETAIL}
        if small != details:
            pg["details"] = small
            out = dumps(doc)
    text = pg.get("text")
    if isinstance(text, str) and size(out) > max_bytes:
        keep = len(text) - (size(out) - max_bytes) - len(_TRUNCATED)
        while keep > 0 and size(out) > max_bytes:
            pg["text"] = text[:keep] + _TRUNCATED
            out = dumps(doc)
            keep = min(keep // 2, keep - (size(out) - max_bytes))
        if size(out) > max_bytes:
            pg.pop("text")
            out = dumps(doc)
    cuts: list[tuple[str, ...]] = [
        ("pasteguard", "details"),
        ("pasteguard", "indicators"),
        ("pasteguard", "findings"),
        ("threat", "indicator"),
        ("threat", "technique", "reference"),
        ("threat", "technique", "subtechnique", "reference"),
        ("threat", "tactic", "reference"),
        ("related",),
        ("url", "original"),  # the same as `url.full`
    ]
    for path in cuts:
        if size(out) <= max_bytes:
            return out
        _cut(doc, path)
        out = dumps(doc)
    for path in (("message",), ("event", "reason"), ("rule", "description")):
        if size(out) <= max_bytes:
            break
        _cut(doc, path, clip=200)
        out = dumps(doc)
    return out


def _cut(doc: dict[str, Any], path: tuple[str, ...], clip: int | None = None) -> None:
    """Remove the field at `path`, or with `clip` shorten its text to that many characters."""
    node: Any = doc
    for key in path[:-1]:
        node = node.get(key) if isinstance(node, dict) else None
    if not isinstance(node, dict) or path[-1] not in node:
        return
    if clip is None:
        del node[path[-1]]
    elif isinstance(node[path[-1]], str) and len(node[path[-1]]) > clip:
        node[path[-1]] = node[path[-1]][:clip] + _TRUNCATED
