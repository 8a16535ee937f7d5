"""The administrator's policy: enforced keys, defaults, forwarding, and failing without weakening."""

from __future__ import annotations

import os
import stat
import sys
import time

import pytest

from app.config import (
    HELD_REASON,
    POLICY_REASON,
    PROTECTION_KEYS,
    HttpTarget,
    LockedSettingError,
    Settings,
    describe_locks,
    load_config,
    save_settings,
)
from app.config.policy import USER_GATED
from tests.app.config.conftest import Places

GOOD_POLICY = """\
version = 1
mode = "warn"
allow_paste_anyway = false
language = "en"
trusted_installers = ["https://tools.corp.example/install.sh"]

[defaults]
notifications = false
retention_days = 30

[forward]
syslog = "tcp://127.0.0.1:5514"

[[forward.http]]
url = "https://splunk.corp.example:8088/services/collector/event"
kind = "splunk"
token = "policy-token"
"""


def test_top_level_keys_are_enforced_and_locked(places: Places) -> None:
    places.write_settings('mode = "monitor"\nlanguage = "de"\nallow_quit = false\n')
    places.write_policy(GOOD_POLICY)
    cfg = load_config()
    assert cfg.policy_state == "applied"
    assert cfg.problems == ()
    assert cfg.settings.mode == "warn"
    assert cfg.settings.language == "en"
    assert cfg.settings.allow_paste_anyway is False
    assert cfg.settings.allow_quit is False  # the person's own choice, not locked
    assert cfg.settings.trusted_installers == ("https://tools.corp.example/install.sh",)
    assert cfg.locked == {
        "mode",
        "allow_paste_anyway",
        "language",
        "trusted_installers",
        "forward.syslog",
        "forward.http",
        "rules_dir",  # under a policy a person's own rules need [allow_user]
    }
    assert describe_locks(cfg) == {key: POLICY_REASON for key in cfg.locked}
    assert cfg.policy_digest is not None and len(cfg.policy_digest) == 64


def test_save_refuses_to_change_a_locked_key(places: Places) -> None:
    places.write_policy(GOOD_POLICY)
    cfg = load_config()
    save_settings(
        places.config_dir, Settings(**{**cfg.settings.__dict__, "retention_days": 7}), cfg
    )
    before = places.settings.read_bytes()
    cfg = load_config()
    assert cfg.settings.retention_days == 7
    wanted = Settings(**{**cfg.settings.__dict__, "mode": "monitor"})
    with pytest.raises(LockedSettingError) as caught:
        save_settings(places.config_dir, wanted, cfg)
    assert caught.value.key == "mode"
    assert caught.value.reason == POLICY_REASON
    assert places.settings.read_bytes() == before


def test_save_with_locked_keys_unchanged_saves_the_rest_only(places: Places) -> None:
    places.write_policy(GOOD_POLICY)
    cfg = load_config()
    wanted = Settings(**{**cfg.settings.__dict__, "allow_quit": False})
    save_settings(places.config_dir, wanted, cfg)
    text = places.settings.read_text("utf-8")
    assert "allow_quit = false" in text
    assert "mode" not in text and "token" not in text and "syslog" not in text
    assert load_config().settings.allow_quit is False


def test_policy_defaults_apply_but_the_person_may_change_them(places: Places) -> None:
    places.write_policy(GOOD_POLICY)
    cfg = load_config()
    assert cfg.settings.notifications is False
    assert cfg.settings.retention_days == 30
    assert "notifications" not in cfg.locked and "retention_days" not in cfg.locked
    changed = Settings(**{**cfg.settings.__dict__, "notifications": True})
    save_settings(places.config_dir, changed, cfg)
    assert load_config().settings.notifications is True


def test_a_value_equal_to_the_organisation_default_follows_that_default(places: Places) -> None:
    places.write_policy("[defaults]\nretention_days = 30\n")
    cfg = load_config()
    save_settings(places.config_dir, cfg.settings, cfg)
    places.write_policy("[defaults]\nretention_days = 60\n")
    assert load_config().settings.retention_days == 60


def test_values_hidden_by_a_lock_are_kept_for_when_it_goes(places: Places) -> None:
    places.write_settings('mode = "monitor"\n')
    places.write_policy('mode = "block"\n')
    cfg = load_config()
    save_settings(places.config_dir, Settings(language="de"), cfg)
    places.policy.unlink()
    after = load_config()
    assert after.settings.mode == "monitor"
    assert after.settings.language == "de"
    assert after.policy_state == "none"


def test_forwarding_targets_and_tokens_come_from_the_policy(places: Places) -> None:
    places.write_policy(GOOD_POLICY)
    cfg = load_config()
    assert cfg.settings.forward.syslog == "tcp://127.0.0.1:5514"
    (target,) = cfg.settings.forward.http
    assert target.kind == "splunk" and target.token == "policy-token"
    assert "policy-token" not in repr(cfg)


def test_a_token_in_the_user_file_for_a_policy_target_is_refused(places: Places) -> None:
    places.write_settings(
        "[[forward.http]]\n"
        'url = "https://SPLUNK.corp.example:8088/services/collector/event/"\n'
        'kind = "splunk"\ntoken = "stolen-or-stale"\n'
    )
    places.write_policy(GOOD_POLICY)
    cfg = load_config()
    (target,) = cfg.settings.forward.http
    assert target.token == "policy-token"
    assert any("token is refused" in p for p in cfg.problems)
    assert all("stolen-or-stale" not in p for p in cfg.problems)
    assert "forward.http" not in cfg.user_values or cfg.user_values["forward.http"] == ()


def test_person_may_add_forwarding_the_policy_leaves_open(places: Places) -> None:
    places.write_settings('[[forward.http]]\nurl = "http://127.0.0.1:9000/hook"\ntoken = "mine"\n')
    places.write_policy('[forward]\nsyslog = "udp://10.1.2.3:514"\n')
    cfg = load_config()
    assert cfg.settings.forward.http == (HttpTarget("http://127.0.0.1:9000/hook", token="mine"),)
    assert "forward.http" not in cfg.locked


def test_an_empty_string_enforces_not_set(places: Places) -> None:
    places.write_settings('[forward]\nsyslog = "tcp://10.0.0.9:514"\n')
    places.write_policy('[forward]\nsyslog = ""\nhttp = []\n')
    cfg = load_config()
    assert cfg.settings.forward.syslog is None
    assert {"forward.syslog", "forward.http"} <= cfg.locked


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_last_good_copy_is_private_and_only_rewritten_on_change(places: Places) -> None:
    places.write_policy(GOOD_POLICY)
    load_config()
    assert places.last_good.read_text("utf-8") == GOOD_POLICY
    assert stat.S_IMODE(places.last_good.stat().st_mode) == 0o600
    first = places.last_good.stat().st_mtime_ns
    os.utime(places.last_good, ns=(first - 10**9, first - 10**9))
    load_config()
    assert places.last_good.stat().st_mtime_ns == first - 10**9  # same policy: not rewritten
    places.write_policy("allow_quit = false\n" + GOOD_POLICY)
    assert load_config().policy_state == "applied"
    assert places.last_good.read_text("utf-8").startswith("allow_quit = false\n")


LAST_GOOD = """\
mode = "warn"
allow_paste_anyway = false
language = "en"
[defaults]
notifications = false
allow_pause = false
[forward]
syslog = "tls://siem.corp.example:6514"
"""


@pytest.mark.parametrize(
    "broken",
    [
        pytest.param('mode = "warn"\nallow_quit = \n', id="toml-error"),
        pytest.param('mode = "off"\n', id="bad-value"),
        pytest.param('mdoe = "block"\n', id="typo"),
    ],
)
def test_invalid_policy_applies_the_strictest_of_last_good_and_defaults(
    places: Places, broken: str
) -> None:
    places.write_policy(LAST_GOOD)
    assert load_config().policy_state == "applied"
    places.write_settings('mode = "monitor"\nnotifications = false\nlanguage = "de"\n')
    places.write_policy(broken)

    cfg = load_config()

    assert cfg.policy_state == "invalid-using-last-good"
    assert cfg.settings.mode == "block"  # stricter than the last good "warn"
    assert cfg.settings.allow_paste_anyway is False  # the last good policy's refusal stands
    assert cfg.settings.allow_pause is False  # its default too, however the person chose
    assert cfg.settings.notifications is True  # the built-in default is stricter
    assert cfg.settings.allow_quit is True
    assert cfg.settings.language == "en"  # locked by the last good policy
    assert cfg.settings.forward.syslog == "tls://siem.corp.example:6514"
    assert cfg.locked == {"language", "forward.syslog", *PROTECTION_KEYS, *USER_GATED}
    locks = describe_locks(cfg)
    assert locks["language"] == POLICY_REASON
    assert all(locks[key] == HELD_REASON for key in PROTECTION_KEYS)
    assert "invalid" in cfg.problems[0] and str(places.policy) in cfg.problems[0]
    assert "last valid policy" in cfg.problems[0]
    assert cfg.policy_errors
    assert places.last_good.read_text("utf-8") == LAST_GOOD  # the broken one is not kept
    with pytest.raises(LockedSettingError) as caught:
        save_settings(places.config_dir, Settings(**{**cfg.settings.__dict__, "mode": "warn"}), cfg)
    assert caught.value.reason == HELD_REASON


def test_never_seen_a_valid_policy_then_defaults_at_their_strictest(places: Places) -> None:
    places.write_settings('mode = "monitor"\nallow_quit = false\nlanguage = "de"\n')
    places.write_policy('mode = "warn"\n[forward]\nsyslog = "http://siem:514"\n')
    cfg = load_config()
    assert cfg.policy_state == "invalid-using-defaults"
    assert cfg.settings.mode == "block"
    assert cfg.settings.allow_quit is True  # held at the default, like every protection key
    assert cfg.settings.language == "de"  # not a protection key: the person's choice stands
    assert cfg.locked == {*PROTECTION_KEYS, *USER_GATED}
    assert cfg.held == set(PROTECTION_KEYS)
    assert "built-in settings at their strictest" in cfg.problems[0]
    assert "forward.syslog = 'http://siem:514'" in cfg.problems[0]
    assert "tcp://, udp:// or tls://" in cfg.problems[0]
    assert not places.last_good.exists()


def test_a_damaged_last_good_copy_falls_back_to_defaults(places: Places) -> None:
    places.data_dir.mkdir(parents=True)
    places.last_good.write_text("mode = ")
    places.write_policy("mode = [")
    cfg = load_config()
    assert cfg.policy_state == "invalid-using-defaults"
    assert any("damaged" in p for p in cfg.problems)


def test_removing_the_policy_ends_management(places: Places) -> None:
    places.write_policy(LAST_GOOD)
    load_config()
    places.policy.unlink()
    cfg = load_config()
    assert cfg.policy_state == "none"
    assert cfg.locked == frozenset()
    assert cfg.settings == Settings()


def test_every_policy_error_is_reported_with_key_value_and_reason(places: Places) -> None:
    places.write_policy(
        'version = 2\nretention_days = -1\nlanguage = "English"\n'
        '[defaults]\nallow_pause = "no"\n[defaults.forward]\nsyslog = "tcp://a:1"\n'
    )
    cfg = load_config()
    errors = "\n".join(cfg.policy_errors)
    assert "version = 2: only version 1 is known" in errors
    assert "retention_days = -1: must be between 1 and 36,500" in errors
    assert "language = 'English': must be a language code" in errors
    assert "defaults.allow_pause = 'no': must be true or false" in errors
    assert "defaults.forward" in errors and "[forward]" in errors
    assert len(cfg.problems) == len(cfg.policy_errors)


def test_a_byte_order_mark_from_notepad_is_accepted(places: Places) -> None:
    places.write_policy(b'\xef\xbb\xbfmode = "warn"\r\n')
    cfg = load_config()
    assert cfg.policy_state == "applied"
    assert cfg.settings.mode == "warn"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(b"# x\n" * 100_000, "larger than 256 KiB", id="huge"),
        pytest.param(bytes(range(256)) * 64, "binary", id="binary"),
        pytest.param(b"mode = 'block'\x00\n", "binary", id="nul"),
        pytest.param(b"a = " + b"[" * 100_000 + b"]" * 100_000, "nested", id="deep-arrays"),
        pytest.param(
            b"a = " + b"{b = " * 20_000 + b"1" + b"}" * 20_000, "nested", id="deep-tables"
        ),
        pytest.param(b"[" + b"a." * 100_000 + b"b]\n", "dotted key", id="long-table-name"),
        pytest.param(
            b"trusted_sites = [" + b'"x.example.com",' * 5000 + b"]",
            "more than 1000",
            id="long-list",
        ),
        pytest.param(b'mode = "' + b"A" * 200_000 + b'"', "mode = 'AAAA", id="long-string"),
    ],
)
def test_hostile_policy_gives_a_clear_problem_not_a_crash(
    places: Places, content: bytes, reason: str
) -> None:
    places.write_policy(content)
    started = time.monotonic()
    cfg = load_config()
    assert time.monotonic() - started < 2
    assert cfg.policy_state == "invalid-using-defaults"
    assert cfg.settings.mode == "block"
    assert reason in cfg.problems[0]
    assert max(len(p) for p in cfg.problems) < 1000


def test_a_folder_in_place_of_the_policy_is_invalid(places: Places) -> None:
    places.policy.mkdir(parents=True)
    cfg = load_config()
    assert cfg.policy_state == "invalid-using-defaults"
    assert "not a regular file" in cfg.problems[0]


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_in_place_of_the_policy_does_not_hang(places: Places) -> None:
    places.policy.parent.mkdir(parents=True)
    os.mkfifo(places.policy)
    assert load_config().policy_state == "invalid-using-defaults"


def test_an_unwritable_state_folder_is_reported_and_the_policy_still_applies(
    places: Places,
) -> None:
    places.data_dir.parent.mkdir(parents=True, exist_ok=True)
    places.data_dir.write_text("a file where the data folder should be")
    places.write_policy('mode = "warn"\n')
    cfg = load_config()
    assert cfg.policy_state == "applied"
    assert cfg.settings.mode == "warn"
    assert "copy for emergencies could not be kept" in cfg.problems[0]


def test_a_syslog_url_with_max_bytes_keeps_the_policy_valid(places: Places) -> None:
    """app/forwarding/syslog.py documents ?max_bytes= and ?facility=: the policy check must
    take them, not throw the whole policy away."""
    places.write_policy(
        '[forward]\nsyslog = "tcp://siem.corp.example:514?max_bytes=65000&facility=auth"\n'
    )
    cfg = load_config()
    assert cfg.policy_state == "applied", cfg.problems
    assert (
        cfg.settings.forward.syslog == "tcp://siem.corp.example:514?max_bytes=65000&facility=auth"
    )
    places.write_policy('[forward]\nsyslog = "tcp://siem.corp.example:514?max_bytes=12"\n')
    assert load_config().policy_state.startswith("invalid")


@pytest.mark.parametrize(
    ("content", "said"),
    [(b"\xff\xfem\x00", "is it a binary file? PasteGuard uses"),
     (b'mode = "explode"\n', '"monitor". PasteGuard uses')],
)  # fmt: skip
def test_the_sentence_about_an_invalid_policy_ends_once(
    places: Places, content: bytes, said: str
) -> None:
    """The tray and the SIEM showed "… is it a binary file?. PasteGuard uses …"."""
    places.policy.parent.mkdir(parents=True, exist_ok=True)
    places.policy.write_bytes(content)
    (problem, *_) = load_config().problems
    assert said in problem and "?." not in problem and ".." not in problem
