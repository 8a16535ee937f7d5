"""The two pages of a drill: the imitation of the lure, and "this was a drill"."""

from __future__ import annotations

import html
import json

from app.detection.model import PasteTarget
from app.drills.styles import DrillStyle

_WHERE = {
    PasteTarget.RUN_DIALOG: "the Windows Run dialog",
    PasteTarget.TERMINAL: "a terminal",
    PasteTarget.EXPLORER_BAR: "File Explorer's address bar",
    PasteTarget.BROWSER_CONSOLE: "the browser's developer console",
}

_STYLE = """
body{font-family:system-ui,Segoe UI,Helvetica,Arial,sans-serif;background:#f4f5f7;color:#1d2126;
margin:0;display:flex;min-height:100vh;flex-direction:column;align-items:center;justify-content:center}
main{background:#fff;border:1px solid #d8dce1;border-radius:10px;padding:32px 40px;max-width:560px}
button{font-size:22px;padding:18px 28px;border-radius:8px;border:1px solid #9aa3ad;background:#fff;
cursor:pointer;width:100%}
ol{font-size:18px;line-height:1.7}
footer{margin-top:18px;font-size:11px;color:#8a9199}
h1{font-size:26px} .done h1{color:#0b6b3a} li{margin-bottom:6px}
"""


def _script_string(text: str) -> str:
    """A JavaScript string literal that is also safe inside <script> (no </script>, no <!--)."""
    return json.dumps(text).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def lure_page(style: DrillStyle, command: str) -> bytes:
    """The imitation: one button that copies the drill command, then the lure's steps."""
    steps = "".join(f"<li>{html.escape(step)}</li>" for step in style.steps)
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<title>{html.escape(style.page_title)}</title><style>{_STYLE}</style></head>
<body><main>
<h1>{html.escape(style.heading)}</h1>
<button id="go" style="min-height:45vh">{html.escape(style.button)}</button>
<ol id="steps" hidden>{steps}</ol>
</main>
<footer>Security awareness training page, served by PasteGuard on this computer.</footer>
<script>
const command = {_script_string(command)};
document.getElementById("go").addEventListener("click", async () => {{
  await navigator.clipboard.writeText(command);
  document.getElementById("steps").hidden = false;
  document.title = "copied";
}});
</script>
</body></html>"""
    return page.encode("utf-8")


def result_page(style: DrillStyle, pasted_in: PasteTarget | None, stopped: bool = True) -> bytes:
    """What the person reads after pasting the drill's command (stopped, where the system
    lets PasteGuard stop it; otherwise it ran, and it only printed a line)."""
    where = _WHERE.get(pasted_in or style.target, "a place that runs commands")
    if stopped:
        heading, outcome = "This was a drill. Nothing was run.", "PasteGuard stopped the paste."
    else:
        heading = "This was a drill. The command only printed a line."
        outcome = (
            "PasteGuard could not stop the paste here, so the command ran, but all it did was "
            "print a line."
        )
    signs = "".join(f"<li>{html.escape(sign)}</li>" for sign in style.signs)
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>This was a drill - PasteGuard</title>
<style>{_STYLE}</style></head>
<body class="done"><main>
<h1>{html.escape(heading)}</h1>
<p><b>What just happened:</b> your IT team sent a practice version of a common scam,
"{html.escape(style.name)}". The page put a command on your clipboard and asked you to paste it
into {html.escape(where)}. {html.escape(outcome)} The command was harmless; a real one would
have installed malware or handed your accounts to criminals.</p>
<p><b>Three signs you could have spotted:</b></p>
<ol>{signs}</ol>
<p><b>What to do next time:</b> {html.escape(style.next_time)}</p>
</main>
<footer>Security awareness training page, served by PasteGuard on this computer.</footer>
</body></html>"""
    return page.encode("utf-8")
