"""The person's settings: defaults, saving and loading, damage, migrations and folder overrides."""

from __future__ import annotations

import os
import stat
import sys
import time
import tomllib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app import paths
from app.config import (
    ForwardSettings,
    HttpTarget,
    Settings,
    SettingsError,
    load_config,
    save_settings,
)
from app.config import migrate as migrations
from tests.app.config.conftest import Places

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def test_no_files_gives_defaults_and_writes_nothing(places: Places) -> None:
    cfg = load_config()
    assert cfg.settings == Settings()
    assert cfg.locked == frozenset()
    assert cfg.problems == ()
    assert cfg.policy_state == "none"
    assert cfg.policy_path == places.policy
    assert not places.config_dir.exists()
    assert not places.data_dir.exists()


def test_environment_overrides_decide_every_folder(places: Places) -> None:
    assert paths.config_dir() == places.config_dir
    assert paths.policy_path() == places.policy
    places.write_settings('language = "de"\n')
    places.write_policy('mode = "warn"\n')
    cfg = load_config()
    assert cfg.settings.language == "de"
    assert cfg.settings.mode == "warn"
    assert places.last_good.read_bytes() == places.policy.read_bytes()


def test_explicit_folders_beat_the_environment(places: Places, tmp_path: Path) -> None:
    places.write_settings('language = "de"\n')
    other = tmp_path / "other"
    save_settings(other, Settings(language="fr"), load_config(other))
    assert load_config(other).settings.language == "fr"
    assert load_config().settings.language == "de"


def _everything() -> Settings:
    return Settings(
        mode="warn",
        notifications=False,
        trusted_sites=("docs.example.com", "wiki.example.org"),
        trusted_installers=("https://tools.corp.example/install.sh",),
        rules_dir="/opt/rules",
        retention_days=30,
        max_events=50_000,
        allow_paste_anyway=False,
        allow_pause=False,
        allow_quit=False,
        allow_delete_events=False,
        report_mail_to="it@example.com",
        language="pt-BR",
        forward=ForwardSettings(
            syslog="tls://siem.example.com:6514",
            syslog_ca="/etc/ssl/siem.pem",
            syslog_app_name="pg-desk",
            http=(
                HttpTarget(
                    "https://es.example.com:9200/_bulk",
                    kind="elastic",
                    token="abc",
                    index="pasteguard",
                ),
                HttpTarget("https://hooks.example.com/x", verify_tls=False, ca_file="/ca.pem"),
            ),
            windows_event_log=True,
        ),
    )


def test_save_then_load_gives_the_same_settings(places: Places) -> None:
    wanted = _everything()
    save_settings(places.config_dir, wanted, load_config())
    cfg = load_config()
    assert cfg.settings == wanted
    assert cfg.problems == ()
    assert tomllib.loads(places.settings.read_text("utf-8"))["version"] == 1


def test_save_writes_only_what_differs_from_the_defaults(places: Places) -> None:
    save_settings(places.config_dir, Settings(language="de"), load_config())
    assert tomllib.loads(places.settings.read_text("utf-8")) == {"version": 1, "language": "de"}


def test_clearing_an_optional_value_survives_a_reload(places: Places) -> None:
    places.write_policy('[defaults]\nreport_mail_to = "it@example.com"\n')
    cfg = load_config()
    assert cfg.settings.report_mail_to == "it@example.com"
    save_settings(places.config_dir, Settings(report_mail_to=None), cfg)
    assert load_config().settings.report_mail_to is None


def test_save_refuses_an_invalid_value_and_keeps_the_file(places: Places) -> None:
    places.write_settings('language = "de"\n')
    before = places.settings.read_bytes()
    with pytest.raises(SettingsError) as caught:
        save_settings(places.config_dir, Settings(mode="fast"), load_config())
    assert caught.value.key == "mode"
    assert "block" in caught.value.reason
    assert places.settings.read_bytes() == before


@posix_only
def test_settings_file_is_readable_by_the_owner_only(places: Places) -> None:
    save_settings(places.config_dir, Settings(language="de"), load_config())
    assert stat.S_IMODE(places.settings.stat().st_mode) == 0o600
    assert stat.S_IMODE(places.config_dir.stat().st_mode) & 0o077 == 0


def test_crash_before_the_rename_leaves_the_old_file_whole(
    places: Places, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_settings(places.config_dir, Settings(language="de"), load_config())
    before = places.settings.read_bytes()

    def crash(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        save_settings(places.config_dir, _everything(), load_config())
    monkeypatch.undo()
    assert places.settings.read_bytes() == before
    assert sorted(p.name for p in places.config_dir.iterdir()) == ["settings.toml"]


def test_crash_on_the_first_save_leaves_no_file_at_all(
    places: Places, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(src: object, dst: object) -> None:
        raise OSError(5, "I/O error")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        save_settings(places.config_dir, Settings(language="de"), load_config())
    monkeypatch.undo()
    assert list(places.config_dir.iterdir()) == []
    assert load_config().problems == ()


def test_temp_files_of_a_killed_save_are_cleaned_up_later(places: Places) -> None:
    places.config_dir.mkdir(parents=True)
    stale = places.config_dir / ".settings.toml.abc123.tmp"
    stale.write_text("half")
    old = time.time() - 7200
    os.utime(stale, (old, old))
    fresh = places.config_dir / ".settings.toml.def456.tmp"  # perhaps another save under way
    fresh.write_text("half")
    save_settings(places.config_dir, Settings(language="de"), load_config())
    assert not stale.exists()
    assert fresh.exists()


NOW = datetime(2026, 3, 1, 12, 30, 5, tzinfo=UTC)


def test_corrupt_file_is_moved_aside_and_reported(places: Places) -> None:
    places.write_settings('mode = "warn"\nlanguage = [\n')
    cfg = load_config(now=NOW)
    assert cfg.settings == Settings()
    moved = places.config_dir / "settings.toml.corrupt-20260301T123005Z"
    assert moved.read_text("utf-8") == 'mode = "warn"\nlanguage = [\n'
    assert not places.settings.exists()
    (problem,) = cfg.problems
    assert "not valid TOML" in problem
    assert "settings.toml.corrupt-20260301T123005Z" in problem
    assert "default settings" in problem
    assert load_config().problems == ()  # reported once, not on every start


def test_second_corrupt_file_in_the_same_second_keeps_the_first(places: Places) -> None:
    places.write_settings("mode = \n")
    load_config(now=NOW)
    places.write_settings("mode = \n\n")
    load_config(now=NOW)
    names = sorted(p.name for p in places.config_dir.iterdir())
    assert names == [
        "settings.toml.corrupt-20260301T123005Z",
        "settings.toml.corrupt-20260301T123005Z-1",
    ]


def test_invalid_value_moves_the_file_aside_with_key_value_and_reason(places: Places) -> None:
    places.write_settings('mode = "fast"\nretention_days = 0\nlanguage = "de"\n')
    cfg = load_config(now=NOW)
    assert cfg.settings == Settings()
    (problem,) = cfg.problems
    assert 'mode = \'fast\': must be one of "block", "warn", "monitor"' in problem
    assert "retention_days = 0: must be between 1 and 36,500" in problem
    assert (places.config_dir / "settings.toml.corrupt-20260301T123005Z").exists()


def test_unknown_keys_are_reported_and_ignored(places: Places) -> None:
    places.write_settings(
        'mode = "warn"\ncolour = "red"\n[forward]\nsyslog = "udp://10.0.0.1:514"\nfax = 1\n'
    )
    cfg = load_config()
    assert cfg.settings.mode == "warn"
    assert cfg.settings.forward.syslog == "udp://10.0.0.1:514"
    assert len(cfg.problems) == 2
    assert "'colour'" in cfg.problems[0] and "ignored" in cfg.problems[0]
    assert "'forward.fax'" in cfg.problems[1]
    assert places.settings.exists()


def test_unknown_key_inside_an_http_target_is_ignored(places: Places) -> None:
    places.write_settings('[[forward.http]]\nurl = "https://h.example.com/"\nretries = 3\n')
    cfg = load_config()
    assert cfg.settings.forward.http == (HttpTarget("https://h.example.com/"),)
    assert "'forward.http[0].retries'" in cfg.problems[0]


def test_a_file_from_a_newer_version_is_left_alone(places: Places) -> None:
    places.write_settings('version = 7\nmode = "warn"\n')
    cfg = load_config()
    assert cfg.settings == Settings()
    assert "newer PasteGuard" in cfg.problems[0]
    assert places.settings.read_text("utf-8") == 'version = 7\nmode = "warn"\n'
    # ... also when the settings dialog is saved: that wrote a version 1 file over it, and the
    # newer PasteGuard's settings were gone
    with pytest.raises(SettingsError, match=r"newer PasteGuard.*nothing was saved"):
        save_settings(places.config_dir, Settings(language="de"), cfg)
    assert places.settings.read_text("utf-8") == 'version = 7\nmode = "warn"\n'


def test_a_file_without_version_is_version_one(places: Places) -> None:
    places.write_settings('mode = "monitor"\n')
    assert load_config().settings.mode == "monitor"


def test_migration_steps_upgrade_an_old_file(
    places: Places, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A pretend version 2 renamed `paste_anyway` to `allow_paste_anyway`.
    def v1_to_v2(document: dict[str, object]) -> dict[str, object]:
        document["allow_paste_anyway"] = document.pop("paste_anyway")
        return document

    monkeypatch.setattr(migrations, "CURRENT_VERSION", 2)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: v1_to_v2})
    places.write_settings("version = 1\npaste_anyway = false\n")
    cfg = load_config()
    assert cfg.problems == ()
    assert cfg.settings.allow_paste_anyway is False
    save_settings(places.config_dir, cfg.settings, cfg)
    saved = tomllib.loads(places.settings.read_text("utf-8"))
    assert saved == {"version": 2, "allow_paste_anyway": False}


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"\x00\x01\x02\xff\xfe" * 1000, id="binary"),
        pytest.param(b"a = " + b"[" * 50_000 + b"]" * 50_000, id="deep-arrays"),
        pytest.param(b"a" + b".a" * 100_000 + b" = 1", id="long-dotted-key"),
        pytest.param(b"# filler\n" * 40_000, id="huge"),
    ],
)
def test_hostile_settings_file_is_moved_aside(places: Places, content: bytes) -> None:
    places.config_dir.mkdir(parents=True)
    places.settings.write_bytes(content)
    started = time.monotonic()
    cfg = load_config(now=NOW)
    assert time.monotonic() - started < 2
    assert cfg.settings == Settings()
    assert "could not be used" in cfg.problems[0]
    assert not places.settings.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_in_place_of_the_file_does_not_hang(places: Places) -> None:
    places.config_dir.mkdir(parents=True)
    os.mkfifo(places.settings)
    cfg = load_config()
    assert cfg.settings == Settings()
    assert "not a regular file" in cfg.problems[0]
    assert places.settings.exists()  # not ours to move: it is not a settings file
