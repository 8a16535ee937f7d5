"""A lure drill as a person meets it, on a real X desktop with a real Chromium and xterm.

`pasteguard drill run` makes the running guard open its loopback page in the browser; the
person clicks, the page writes the inert command, the person pastes into a terminal, the guard
refuses the paste and opens "this was a drill". Then a page on another server copies the very
same text (nonce and all): it gets the ordinary verdict and reaches the terminal.
"""

from __future__ import annotations

import contextlib
import http.client
import http.server
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from tests.desktop import BIN, Desktop, desktop, wait_for

pytestmark = pytest.mark.desktop


def pasteguard(d: Desktop, data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return d.run(str(BIN / "pasteguard"), *args, "--data-dir", str(data), timeout=20)


def events(d: Desktop, data: Path) -> list[dict[str, object]]:
    result = pasteguard(d, data, "export", "--format", "jsonl")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def drill_outcomes(d: Desktop, data: Path) -> list[str]:
    return [
        str(e["details"]["outcome"])  # type: ignore[index]
        for e in events(d, data)
        if str(e["kind"]).startswith("drill_")
    ]


def click_page(d: Desktop) -> None:
    # the page's button fills the middle of the window, under Chromium's tab and address bars
    d.run("xdotool", "mousemove", "640", "460", "click", "1")


def kill_browsers(pidfile: Path) -> None:
    """The browsers the guard started for this test (their ids were written by the wrapper)."""
    if not pidfile.exists():
        return
    for line in pidfile.read_text().split():
        with contextlib.suppress(ProcessLookupError, PermissionError, ValueError):
            os.killpg(int(line), signal.SIGTERM)


def test_a_drill_in_chromium_is_stopped_explained_and_cannot_be_borrowed(
    tmp_path: Path,
) -> None:
    chromium = shutil.which("chromium")
    assert chromium, "Debian's chromium is missing: `make test` installs it"
    data = tmp_path / "data"
    pidfile = tmp_path / "browser.pids"
    flags = " ".join(
        shlex.quote(f)
        for f in (
            chromium, "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-features=Translate", f"--user-data-dir={tmp_path / 'chrome'}",
            "--window-position=0,0", "--window-size=1280,800",
        )
    )  # fmt: skip
    # The guard adds the URL as the last word: "$0" of this little shell, which notes its pid.
    script = f'echo $$ >> {pidfile}; exec {flags} "$0"'
    browser = f"sh -c {shlex.quote(script)}"
    term_log = tmp_path / "xterm.log"
    guard_log = tmp_path / "guard.log"
    with desktop() as d, guard_log.open("wb") as log:
        d.env["PASTEGUARD_CONFIG_DIR"] = str(tmp_path / "config")
        d.env["PASTEGUARD_POLICY"] = str(tmp_path / "no-policy.toml")
        d.env["PASTEGUARD_BROWSER"] = browser
        d.start(str(BIN / "pasteguard"), "run", "--no-tray", "--data-dir", str(data),
                stdout=log, stderr=log)  # fmt: skip
        other: http.server.ThreadingHTTPServer | None = None
        try:
            try:
                wait_for(lambda: pasteguard(d, data, "status").returncode == 0, 30, 0.2)
            except TimeoutError:
                pytest.fail("the guard did not start:\n" + guard_log.read_text(errors="replace"))
            d.start(
                "xterm", "-xrm",
                "XTerm*VT100.Translations: #override Ctrl Shift <Key>V: insert-selection(CLIPBOARD)",
                "-l", "-lf", str(term_log), "-e", "bash", "--norc",
                stderr=subprocess.DEVNULL,
            )  # fmt: skip
            wait_for(lambda: d.run("xdotool", "search", "--class", "xterm").stdout.strip(), 10)

            started = pasteguard(d, data, "drill", "run", "fix-error")
            assert started.returncode == 0, started.stderr
            url = re.search(r"(http://127\.0\.0\.1:\d+/drill/[0-9a-f]+)", started.stdout)
            assert url, started.stdout
            wait_for(lambda: "opened" in drill_outcomes(d, data), 40, 0.3)
            time.sleep(1.5)  # the page has drawn its button
            click_page(d)
            wait_for(lambda: "copied" in drill_outcomes(d, data), 15, 0.2)

            d.run("xdotool", "search", "--class", "xterm", "windowactivate", "--sync")
            time.sleep(0.3)
            d.run("xdotool", "key", "ctrl+shift+v")
            wait_for(lambda: "stopped" in drill_outcomes(d, data), 10, 0.2)
            outcomes = drill_outcomes(d, data)
            assert outcomes[:5] == ["started", "opened", "copied", "pasted", "stopped"]
            stopped = next(e for e in events(d, data) if e["kind"] == "drill_stopped")
            assert stopped["target"] == "terminal" and stopped["level"] == "info"
            # the browser shows "this was a drill"
            wait_for(
                lambda: json.loads(pasteguard(d, data, "status").stdout)["drills"][0][
                    "result_shown"
                ],
                20,
                0.3,
            )
            # nothing of the drill reached the terminal (the result page took the focus)
            d.run("xdotool", "search", "--class", "xterm", "windowactivate", "--sync")
            time.sleep(0.3)
            d.run("xdotool", "type", "echo FIRST-BARRIER")
            d.run("xdotool", "key", "Return")
            wait_for(lambda: "FIRST-BARRIER" in term_log.read_text(errors="replace"), 10)
            assert "PGDRILL-" not in term_log.read_text(errors="replace")

            # -- a real page copies the very same text, nonce and all ------------------------
            port = int(url.group(1).split(":")[2].split("/")[0])
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", url.group(1).split(str(port), 1)[1])
            page = conn.getresponse().read().decode()
            conn.close()
            command = json.loads(re.search(r"const command = (\".*?\");", page).group(1))  # type: ignore[union-attr]
            assert "PGDRILL-" in command
            copycat = (  # its title is "ready" once it has drawn a frame
                "<!doctype html><html><head><title>loading</title></head><body style='margin:0' "
                'onload="requestAnimationFrame(()=>requestAnimationFrame(()=>'
                "document.title='ready'))\"><button id=b "
                "style='width:100vw;height:100vh;font-size:40px'>Copy the fix</button><script>"
                f"document.getElementById('b').onclick=()=>navigator.clipboard.writeText("
                f"{json.dumps(command)}).then(()=>document.title='copied');</script></body></html>"
            ).encode()

            class Copycat(http.server.BaseHTTPRequestHandler):
                def do_GET(self) -> None:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    self.wfile.write(copycat)

                def log_message(self, *args: object) -> None:
                    pass

            other = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Copycat)
            threading.Thread(target=other.serve_forever, daemon=True).start()
            d.start(*shlex.split(browser), f"http://127.0.0.1:{other.server_port}/drill/x",
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
            ready = wait_for(
                lambda: d.run("xdotool", "search", "--onlyvisible", "--name", "^ready").stdout,
                30,
                0.1,
            )
            d.run("xdotool", "windowactivate", "--sync", str(ready).split()[-1])
            click_page(d)
            wait_for(lambda: d.clipboard() == command, 15, 0.2)
            d.run("xdotool", "search", "--class", "xterm", "windowactivate", "--sync")
            time.sleep(0.5)
            d.run("xdotool", "key", "ctrl+shift+v")
            d.run("xdotool", "key", "Return")
            # the ordinary verdict (clean in a terminal): the inert echo reaches bash and runs
            wait_for(
                lambda: (
                    "PasteGuard security drill - nothing was run"
                    in term_log.read_text(errors="replace").split("FIRST-BARRIER", 1)[-1]
                ),
                10,
            )
            assert drill_outcomes(d, data).count("copied") == 1
            assert drill_outcomes(d, data).count("stopped") == 1
        finally:
            if other is not None:
                other.shutdown()
                other.server_close()
            kill_browsers(pidfile)
            d.stop()
