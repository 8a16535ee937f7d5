""" "Report to IT" → a fleet rule: what `pasteguard rules from-report FILE` writes.

A report (ui/warning/report.py) holds the event as `export` writes it: the page the text came from,
the URLs and hosts found in it, and the SHA-256 of the original text. The rule file made from
it blocks all three for the whole fleet: a `lists:` section (checked before the engine by the
guard) and a pattern rule on the hosts (so `pasteguard scan` and any engine finds them too).
An administrator reads it, then puts it in the folder the policy names as `rules_dir`, or
signs it into a feed bundle (`pasteguard rules sign`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import yaml

from app.detection.indicators import parse_url
from app.intel.lists import _hash, _host

TECHNIQUE = "T1204.004"
WEIGHT = 80  # malicious on its own (the engine's threshold is 70)
MAX_HOSTS = 32


class ReportError(ValueError):
    """A file that is not a PasteGuard report, or one with nothing to block."""


def _loopback(host: str) -> bool:
    return host in ("localhost", "127.0.0.1", "::1") or host.endswith(".localhost")


def _good_host(candidate: str) -> str | None:
    parsed = parse_url(candidate)
    if parsed is None or parsed.ip or _loopback(parsed.host):
        return None
    try:
        return _host(parsed.host)
    except ValueError:
        return None


def _report_hosts(document: Mapping[str, Any]) -> tuple[str | None, list[str]]:
    """The page's host (if a web page) and the hosts the text names."""
    source = document.get("source")
    page = None
    if isinstance(source, str) and source.lower().startswith(("http://", "https://")):
        page = _good_host(source)
    named: list[str] = []
    indicators = document.get("indicators")
    for indicator in indicators[:200] if isinstance(indicators, list) else []:
        if not isinstance(indicator, Mapping) or not isinstance(indicator.get("value"), str):
            continue
        value = indicator["value"]
        kind = indicator.get("kind")
        host = (
            _good_host(value if kind == "url" else "https://" + value)
            if kind in ("url", "domain")
            else None
        )
        if host and host not in named:
            named.append(host)
    return page, named[:MAX_HOSTS]


def host_pattern(host: str) -> str:
    """RE2: the host or any name under it, as a whole name (not evil.example.com for
    evil.example, nor notevil.example)."""
    return (
        r"(?i)(?:^|[^a-z0-9.-])(?:[a-z0-9-]{1,63}\.){0,8}"
        + re.escape(host)
        + r"(?:$|[^a-z0-9.-]|\.(?:$|[^a-z0-9-]))"
    )


def rule_file_from_report(document: object) -> str:
    """The YAML text of a rule file that blocks what the report names."""
    if not isinstance(document, Mapping) or document.get("report") != "pasteguard":
        raise ReportError('this is not a PasteGuard report (no "report": "pasteguard")')
    if document.get("version") != 1:
        raise ReportError(f"report version {document.get('version')!r} is not known (only 1)")
    page, text_hosts = _report_hosts(document)
    hosts = list(dict.fromkeys([*([page] if page else []), *text_hosts]))
    digest: str | None = None
    try:
        digest = _hash(document.get("sha256"))
    except ValueError:
        digest = None
    if not hosts and digest is None:
        raise ReportError("the report names no host and no text hash: there is nothing to block")
    ident = (digest or hosts[0].replace(".", "-"))[:12]
    lists: dict[str, list[str]] = {}
    if hosts:
        lists["block_hosts"] = hosts
    if digest:
        lists["block_text_hashes"] = [digest]
    rules: list[dict[str, Any]] = []
    if text_hosts:
        rules.append(
            {
                "id": f"PG-FLEET-{ident}",
                "title": f"Reported scam address ({text_hosts[0]})",
                "explanation": (
                    "Someone in your organisation reported a scam that handed out a command "
                    "with this address; your IT team has blocked it."
                ),
                "action": "run what a reported scam asks for",
                "technique": TECHNIQUE,
                "weight": WEIGHT,
                "tags": ["fleet", "reported"],
                "match": {"any": [host_pattern(h) for h in text_hosts]},
            }
        )
    header = (
        "# Made by `pasteguard rules from-report` from a report sent to IT.\n"
        f"# Reported: {_clean(document.get('time'))} on {_clean(document.get('host'))}; "
        f"level {_clean(document.get('level'))}; came from {_clean(document.get('source'))}.\n"
        "# Read it, then put it in the policy's rules_dir or sign it into a feed bundle.\n"
    )
    body = yaml.safe_dump(
        {"lists": lists, "rules": rules}, sort_keys=False, allow_unicode=False, width=100
    )
    return header + body


def _clean(value: object) -> str:
    """A report value for a comment line: one line, printable, short, defanged dots kept."""
    text = "".join(c if c.isprintable() else "?" for c in str(value or "unknown"))
    return text.replace("://", "[:]//")[:120]
