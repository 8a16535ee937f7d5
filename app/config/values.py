"""Validation of every setting, and the mapping between TOML tables and flat dotted keys."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.config import checks
from app.config.model import (
    ALL_KEYS,
    FORWARD_KEYS,
    HTTP_KINDS,
    MODES,
    TOP_KEYS,
    HttpTarget,
    SettingsError,
)

MAX_ITEMS = 1000
MAX_HTTP_TARGETS = 16

Validator = Callable[[str, object, "Parsed"], Any]


@dataclass
class Parsed:
    """Values read from one TOML document, with what was wrong with it."""

    values: dict[str, Any] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)  # dotted keys nobody knows
    errors: list[SettingsError] = field(default_factory=list)


def _bool(key: str, value: object, _: Parsed) -> bool:
    if not isinstance(value, bool):
        raise SettingsError(key, value, "must be true or false (without quotes)")
    return value


def _int_between(low: int, high: int) -> Validator:
    def check(key: str, value: object, _: Parsed) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise SettingsError(key, value, "must be a whole number (without quotes)")
        if not low <= value <= high:
            raise SettingsError(key, value, f"must be between {low:,} and {high:,}")
        return value

    return check


def _mode(key: str, value: object, _: Parsed) -> str:
    text = checks.text_value(key, value, 32)
    if text not in MODES:
        raise SettingsError(key, value, "must be one of " + ", ".join(f'"{m}"' for m in MODES))
    return text


def _text_list(key: str, value: object, item: Callable[[str, object], str]) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        raise SettingsError(
            key, value, f"must be a list in [brackets], not {checks.kind_of(value)}"
        )
    if len(value) > MAX_ITEMS:
        raise SettingsError(key, f"<{len(value)} entries>", f"has more than {MAX_ITEMS} entries")
    items = [item(f"{key}[{i}]", v) for i, v in enumerate(value)]
    return tuple(dict.fromkeys(items))  # duplicates are harmless; keep the first


def _trusted_sites(key: str, value: object, _: Parsed) -> tuple[str, ...]:
    return _text_list(key, value, checks.host_name)


def _trusted_installers(key: str, value: object, _: Parsed) -> tuple[str, ...]:
    return _text_list(key, value, checks.installer_prefix)


def _optional(check: Callable[[str, object], str]) -> Validator:
    """TOML has no null: an empty string means "not set" (and can override a default)."""

    def optional(key: str, value: object, _: Parsed) -> str | None:
        if value is None or value == "":
            return None
        return check(key, value)

    return optional


SYSTEM_LANGUAGE = "system"  # the language of the desktop session
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?")


def _language(key: str, value: object, _: Parsed) -> str:
    text = checks.text_value(key, value, 16)
    if text != SYSTEM_LANGUAGE and not _LANGUAGE.fullmatch(text):
        raise SettingsError(
            key, value, 'must be a language code such as en, de or pt-BR, or "system"'
        )
    return text


def _app_name(key: str, value: object, _: Parsed) -> str:
    text = checks.text_value(key, value, 48)
    # RFC 5424 APP-NAME: 1 to 48 printable US-ASCII characters, no spaces.
    if not text or not all(33 <= ord(c) <= 126 for c in text):
        raise SettingsError(key, value, "must be 1 to 48 printable ASCII characters, no spaces")
    return text


_TARGET_FIELDS = ("url", "kind", "token", "index", "verify_tls", "ca_file")


def _http_target(key: str, value: object, parsed: Parsed) -> HttpTarget:
    if not isinstance(value, dict):
        raise SettingsError(key, value, "must be a table with at least url = ...")
    parsed.unknown.extend(f"{key}.{name}" for name in value if name not in _TARGET_FIELDS)
    if "url" not in value:
        raise SettingsError(f"{key}.url", None, "is missing")
    url = checks.http_url(f"{key}.url", value["url"])
    kind = checks.text_value(f"{key}.kind", value.get("kind", "webhook"), 16)
    if kind not in HTTP_KINDS:
        raise SettingsError(
            f"{key}.kind", kind, "must be one of " + ", ".join(f'"{k}"' for k in HTTP_KINDS)
        )
    token = _optional(checks.token)(f"{key}.token", value.get("token"), parsed)
    index = _optional(checks.index)(f"{key}.index", value.get("index"), parsed)
    verify_tls = _bool(f"{key}.verify_tls", value.get("verify_tls", True), parsed)
    ca_file = _optional(checks.path)(f"{key}.ca_file", value.get("ca_file"), parsed)
    if kind == "splunk" and token is None:
        raise SettingsError(f"{key}.token", None, "Splunk HEC needs a token")
    if token is not None and url.lower().startswith("http://") and not checks.is_loopback(url):
        raise SettingsError(f"{key}.url", url, "a token must not be sent over plain http://")
    return HttpTarget(url, kind, token, index, verify_tls, ca_file)


def _http_targets(key: str, value: object, parsed: Parsed) -> tuple[HttpTarget, ...]:
    if not isinstance(value, list | tuple):
        raise SettingsError(key, value, "must be [[forward.http]] tables")
    if len(value) > MAX_HTTP_TARGETS:
        raise SettingsError(
            key, f"<{len(value)} targets>", f"has more than {MAX_HTTP_TARGETS} targets"
        )
    targets = tuple(_http_target(f"{key}[{i}]", item, parsed) for i, item in enumerate(value))
    seen: set[str] = set()
    for i, target in enumerate(targets):
        identity = checks.url_identity(target.url)
        if identity in seen:
            raise SettingsError(f"{key}[{i}].url", target.url, "is listed twice")
        seen.add(identity)
    return targets


VALIDATORS: Mapping[str, Validator] = {
    "mode": _mode,
    "notifications": _bool,
    "trusted_sites": _trusted_sites,
    "trusted_installers": _trusted_installers,
    "rules_dir": _optional(checks.path),
    "retention_days": _int_between(1, 36_500),
    "max_events": _int_between(1_000, 100_000_000),
    "allow_paste_anyway": _bool,
    "allow_pause": _bool,
    "allow_quit": _bool,
    "allow_delete_events": _bool,
    "report_mail_to": _optional(checks.mail),
    "language": _language,
    "forward.syslog": _optional(checks.syslog_url),
    "forward.syslog_ca": _optional(checks.path),
    "forward.syslog_app_name": _app_name,
    "forward.http": _http_targets,
    "forward.windows_event_log": _bool,
    "forward.heartbeat_minutes": _int_between(0, 24 * 60),
}
assert set(VALIDATORS) == set(ALL_KEYS), "every setting needs a validator"


def parse_values(
    document: Mapping[str, Any], where: str = "", *, forward_allowed: bool = True
) -> Parsed:
    """Validate a settings document (without `version`) into flat dotted keys.

    `where` prefixes key names in messages (e.g. "defaults."); every key is checked, so one
    reading reports all bad values, one per key.
    """
    parsed = Parsed()
    flat: dict[str, object] = {}
    for name, value in document.items():
        if name == "forward":
            if not isinstance(value, dict):
                parsed.errors.append(
                    SettingsError(where + name, value, "must be a [forward] table")
                )
                continue
            if not forward_allowed:
                parsed.errors.append(
                    SettingsError(
                        where + "forward",
                        "<table>",
                        "forwarding can only be enforced: put it in [forward], not here",
                    )
                )
                continue
            for sub, sub_value in value.items():
                flat[f"forward.{sub}"] = sub_value
        elif name in TOP_KEYS:
            flat[name] = value
        else:
            parsed.unknown.append(where + name)
    for key, value in flat.items():
        if key not in FORWARD_KEYS and key not in TOP_KEYS:
            parsed.unknown.append(where + key)
            continue
        try:
            parsed.values[key] = VALIDATORS[key](where + key, value, parsed)
        except SettingsError as error:
            parsed.errors.append(error)
    ca = parsed.values.get("forward.syslog_ca")
    syslog = parsed.values.get("forward.syslog")
    if ca and syslog and not syslog.startswith("tls://"):
        parsed.errors.append(
            SettingsError(where + "forward.syslog_ca", ca, "only applies to a tls:// syslog")
        )
    return parsed


def _toml_value(value: Any) -> Any:
    if value is None:
        return ""  # TOML has no null; "" reads back as "not set"
    if isinstance(value, tuple | list):
        return [_toml_value(item) for item in value]
    if isinstance(value, HttpTarget):
        return {
            name: getattr(value, name)
            for name in _TARGET_FIELDS
            if getattr(value, name) is not None
        }
    return value


def to_document(values: Mapping[str, Any]) -> dict[str, Any]:
    """The TOML tables for flat dotted values (without `version`)."""
    document: dict[str, Any] = {}
    forward: dict[str, Any] = {}
    for key in ALL_KEYS:
        if key not in values:
            continue
        if key.startswith("forward."):
            forward[key.removeprefix("forward.")] = _toml_value(values[key])
        else:
            document[key] = _toml_value(values[key])
    if forward:
        document["forward"] = forward
    return document
