"""The policy's [intel] and [training] tables: read, checked, and kept when the policy breaks."""

from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path

import pytest

from app.config import load_config

KEY = base64.b64encode(bytes(range(32))).decode()
HASH = "a" * 64

GOOD = f"""
mode = "block"

[intel]
block_hosts = ["Verify-Human.example", "*.tunnel.example"]
block_url_patterns = ['^https?://[^/]+/captcha/']
block_text_hashes = ["{HASH.upper()}"]
allow_hosts = ["wiki.corp.example"]
feed_url = "https://intel.corp.example/bundle.json"
feed_keys = ["{KEY}"]
feed_every_minutes = 30

[training]
campaign = "2026-q4"
styles = ["fake-captcha", "filefix"]
start = 2026-12-07
end = 2026-12-18
hours = [9, 16]
weekdays = ["mon", "wed"]
users = ["alice"]
"""


def _load(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    policy = tmp_path / "policy.toml"
    policy.write_text(text, encoding="utf-8")
    return load_config(tmp_path / "config", policy, tmp_path / "data")


def test_a_policy_with_intel_and_training_applies(tmp_path: Path) -> None:
    cfg = _load(tmp_path, GOOD)
    assert cfg.policy_state == "applied", cfg.problems
    intel = cfg.intel
    assert intel is not None
    assert intel.lists.block_hosts == {"verify-human.example", "tunnel.example"}
    assert intel.lists.block_text_hashes == {HASH}
    assert intel.feed_url == "https://intel.corp.example/bundle.json"
    assert intel.feed_keys == (bytes(range(32)),) and intel.feed_every_minutes == 30
    training = cfg.training
    assert training is not None
    assert training.styles == ("fake-captcha", "filefix")
    assert training.start == dt.date(2026, 12, 7) and training.weekdays == (0, 2)
    assert training.includes("Alice") and not training.includes("bob")


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('[intel]\nblock_hosts = ["https://evil.example/x"]', "is not a host name"),
        ("[intel]\nblock_url_patterns = ['(a+)\\1']", "does not compile in RE2"),
        ('[intel]\nblock_text_hashes = ["abc"]', "is not a SHA-256"),
        ('[intel]\nblok_hosts = ["x.example"]', "blok_hosts is not a known list"),
        ('[intel]\nfeed_url = "https://x.example/b.json"', "needs feed_keys"),
        ('[intel]\nfeed_url = "http://x.example/b.json"\nfeed_keys = ["' + KEY + '"]', "https"),
        ('[intel]\nfeed_keys = ["AAAA"]', "not an Ed25519 public key"),
        ("[intel]\nfeed_every_minutes = 1", "feed_every_minutes"),
        ('[training]\ncampaign = "x"\nstart = 2026-12-07\nend = 2026-12-01', "end is before"),
        ('[training]\ncampaign = "x"\nstart = "monday"\nend = 2026-12-01', "must be a date"),
        (
            '[training]\ncampaign = "x"\nstart = 2026-12-07\nend = 2026-12-08\nstyles = ["real"]',
            "styles must be",
        ),
        ("[training]\nstart = 2026-12-07\nend = 2026-12-08", "campaign must name"),
    ],
)
def test_a_bad_table_makes_the_policy_invalid_and_says_why(
    tmp_path: Path, table: str, message: str
) -> None:
    _load(tmp_path, GOOD)  # a last good copy exists
    cfg = _load(tmp_path, table)
    assert cfg.policy_state == "invalid-using-last-good"
    assert any(message in e for e in cfg.policy_errors), cfg.policy_errors
    # the lists of the last good policy keep applying: a typo never opens the fleet up
    assert cfg.intel is not None and "verify-human.example" in cfg.intel.lists.block_hosts
    assert cfg.training is not None and cfg.training.campaign == "2026-q4"


def test_a_policy_without_the_tables_has_none(tmp_path: Path) -> None:
    cfg = _load(tmp_path, 'mode = "warn"\n')
    assert cfg.policy_state == "applied" and cfg.intel is None and cfg.training is None
