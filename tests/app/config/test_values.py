"""Every setting is validated with a message that names the key, the value and the reason."""

from __future__ import annotations

import os
from typing import Any

import pytest

from app.config import ALL_KEYS, HttpTarget, Settings, SettingsError
from app.config.load import validated
from app.config.values import VALIDATORS, parse_values


def _error(document: dict[str, Any]) -> str:
    parsed = parse_values(document)
    assert parsed.errors, f"{document} should be refused"
    return str(parsed.errors[0])


def test_every_setting_has_a_validator() -> None:
    assert set(VALIDATORS) == set(ALL_KEYS)


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"mode": "Block"}, "mode = 'Block': must be one of"),
        ({"mode": 1}, "mode = 1: must be text in quotes, not a number"),
        ({"notifications": "yes"}, "notifications = 'yes': must be true or false"),
        ({"retention_days": 0}, "retention_days = 0: must be between 1 and 36,500"),
        ({"retention_days": True}, "retention_days = True: must be a whole number"),
        ({"retention_days": 1.5}, "must be a whole number"),
        ({"max_events": 10}, "max_events = 10: must be between 1,000"),
        ({"language": "english"}, "language = 'english': must be a language code"),
        ({"language": "en_US"}, "must be a language code such as en, de or pt-BR"),
        ({"trusted_sites": "example.com"}, "trusted_sites = 'example.com': must be a list"),
        ({"trusted_sites": ["https://example.com/"]}, "trusted_sites[0] = 'https://example.com/'"),
        ({"trusted_sites": ["exa mple.com"]}, "must be a host name"),
        ({"trusted_sites": ["-bad-.example.com"]}, "is not a valid host name"),
        ({"trusted_installers": ["http://get.example.com/i.sh"]}, "must start with https://"),
        ({"trusted_installers": ["https://get.example.com@evil.test/i.sh"]}, "user name"),
        ({"trusted_installers": ["https://get.example.com/i.sh?x=1"]}, "must not contain ? or #"),
        ({"rules_dir": "rules"}, "rules_dir = 'rules': must be an absolute path"),
        ({"report_mail_to": "it-department"}, "must be a mail address"),
        ({"report_mail_to": "a@b.c\n"}, "contains control characters"),
        (
            {"forward": {"syslog": "syslog.example.com:514"}},
            "must start with tcp://, udp:// or tls://",
        ),
        ({"forward": {"syslog": "http://siem.example.com:514"}}, "forward.syslog = 'http://siem"),
        ({"forward": {"syslog": "tcp://siem.example.com"}}, "needs a port"),
        ({"forward": {"syslog": "tcp://:514"}}, "has no host name"),
        ({"forward": {"syslog": "tcp://siem.example.com:99999"}}, "is not a valid URL"),
        (
            {"forward": {"syslog": "tcp://siem.example.com:514/x"}},
            "must be only scheme://host:port",
        ),
        ({"forward": {"syslog": "tcp://si_em.example.com:514"}}, "has an invalid host"),
        (
            {"forward": {"syslog": "udp://10.0.0.1:514", "syslog_ca": "/ca.pem"}},
            "only applies to a tls://",
        ),
        ({"forward": {"syslog_app_name": "paste guard"}}, "printable ASCII characters, no spaces"),
        (
            {"forward": {"http": {"url": "https://x.example.com"}}},
            "must be [[forward.http]] tables",
        ),
        ({"forward": {"http": [{"kind": "elastic"}]}}, "forward.http[0].url = None: is missing"),
        (
            {"forward": {"http": [{"url": "ftp://x.example.com/"}]}},
            "must start with https:// or http://",
        ),
        (
            {"forward": {"http": [{"url": "https://x.example.com/", "kind": "kafka"}]}},
            "kind = 'kafka'",
        ),
        (
            {"forward": {"http": [{"url": "https://x.example.com/", "kind": "splunk"}]}},
            "Splunk HEC needs a token",
        ),
        (
            {"forward": {"http": [{"url": "http://x.example.com/", "token": "t"}]}},
            "not be sent over plain http",
        ),
        (
            {"forward": {"http": [{"url": "https://x.example.com/", "index": "Pg Events"}]}},
            "index name",
        ),
        (
            {
                "forward": {
                    "http": [{"url": "https://a.example.com/"}, {"url": "https://A.example.com"}]
                }
            },
            "is listed twice",
        ),
        ({"forward": {"windows_event_log": 1}}, "must be true or false"),
        ({"forward": "tcp://x:1"}, "must be a [forward] table"),
    ],
)
def test_bad_values_are_refused_with_key_value_and_reason(
    document: dict[str, Any], message: str
) -> None:
    assert message in _error(document)


def test_each_bad_key_is_reported_not_only_the_first() -> None:
    parsed = parse_values({"mode": "x", "language": "y", "retention_days": -1, "allow_quit": True})
    assert [e.key for e in parsed.errors] == ["mode", "language", "retention_days"]
    assert parsed.values == {"allow_quit": True}


def test_a_token_never_appears_in_a_message_or_a_repr() -> None:
    message = _error({"forward": {"http": [{"url": "https://x.example.com/", "token": "s3 cret"}]}})
    assert "s3 cret" not in message and "***" in message
    assert "s3cret" not in repr(HttpTarget("https://x.example.com/", token="s3cret"))


def test_control_and_bidi_characters_are_escaped_in_messages() -> None:
    message = _error({"language": "en\u202egnp.exe"})
    assert "\u202e" not in message and "\\u202e" in message


@pytest.mark.parametrize(
    ("document", "key", "value"),
    [
        ({"trusted_sites": ["Docs.Example.COM."]}, "trusted_sites", ("docs.example.com",)),
        ({"trusted_sites": ["bücher.example"]}, "trusted_sites", ("xn--bcher-kva.example",)),
        ({"trusted_sites": ["a.example", "a.example"]}, "trusted_sites", ("a.example",)),
        ({"language": "zh-Hans-CN"}, "language", "zh-Hans-CN"),
        ({"language": "es-419"}, "language", "es-419"),
        (
            {"rules_dir": "~/pasteguard-rules"},
            "rules_dir",
            os.path.expanduser("~/pasteguard-rules"),
        ),
        ({"rules_dir": ""}, "rules_dir", None),
        (
            {"report_mail_to": "it-security@corp.example"},
            "report_mail_to",
            "it-security@corp.example",
        ),
        ({"forward": {"syslog": "udp://[::1]:514"}}, "forward.syslog", "udp://[::1]:514"),
        (
            {"forward": {"syslog": "tls://siem.example.com:6514"}},
            "forward.syslog",
            "tls://siem.example.com:6514",
        ),
        (
            {
                "forward": {
                    "http": [
                        {
                            "url": "http://localhost:8088/services/collector",
                            "kind": "splunk",
                            "token": "t",
                        }
                    ]
                }
            },
            "forward.http",
            (HttpTarget("http://localhost:8088/services/collector", "splunk", "t"),),
        ),
    ],
)
def test_good_values_are_accepted_in_their_normal_form(
    document: dict[str, Any], key: str, value: object
) -> None:
    parsed = parse_values(document)
    assert parsed.errors == []
    assert parsed.values[key] == value


def test_too_many_entries_are_refused() -> None:
    assert "more than 1000 entries" in _error(
        {"trusted_sites": [f"h{i}.example" for i in range(1001)]}
    )
    targets = [{"url": f"https://h{i}.example/"} for i in range(17)]
    assert "more than 16 targets" in _error({"forward": {"http": targets}})


def test_validated_settings_raise_settings_error() -> None:
    with pytest.raises(SettingsError) as caught:
        validated(Settings(language="Deutsch"))
    assert caught.value.key == "language"
    assert isinstance(caught.value, ValueError)
    assert validated(Settings())["mode"] == "block"


def test_the_language_follows_the_system_unless_set() -> None:
    assert Settings().language == "system"
    assert parse_values({"language": "system"}).values["language"] == "system"
