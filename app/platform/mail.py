"""Whether a mail draft can be opened here: "Report to IT" must not say a mail is open when
nothing opened it.

On Linux, Qt's openUrl answers True as soon as `xdg-open` starts, and xdg-open then finds no
program for mailto: links (exit 3, "no method available") on a desktop without a mail client,
or hands the link to a web browser that does nothing with it. So the desktop is asked first
which program opens mailto: links, as xdg-open asks it (`xdg-mime query default`, which
reads mimeapps.list, defaults.list and mimeinfo.cache). Windows and macOS answer for
themselves: their openUrl fails when no program is associated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

MAILTO = "x-scheme-handler/mailto"
ASK_TIMEOUT = 3.0  # seconds: xdg-mime is a shell script reading a few small files


def mail_program() -> str | None:
    """The desktop file that opens mailto: links on this Linux desktop ("" when the desktop
    names none or cannot be asked); None where the system's own openUrl tells (not Linux)."""
    if not sys.platform.startswith("linux"):
        return None
    tool = shutil.which("xdg-mime")
    if tool is None:
        return ""
    try:
        answer = subprocess.run(
            [tool, "query", "default", MAILTO],
            capture_output=True,
            text=True,
            timeout=ASK_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return answer.stdout.strip() if answer.returncode == 0 else ""
