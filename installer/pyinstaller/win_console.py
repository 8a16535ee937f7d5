"""PyInstaller runtime hook (Windows, windowed build): give `pasteguard.exe` somewhere to write.

A windowed executable starts with no console, so Python sets sys.stdout and sys.stderr to None
and the first `print` of `pasteguard --version` would raise. Attach to the console of the
command prompt that started it, if any (Picard does the same in win-startup-hook.py), else
write to nothing. Scripts that read the output use pasteguard-cli.exe, a console program.
"""

import os
import sys


def _attach() -> None:
    if sys.stdout is not None and sys.stderr is not None:
        return  # the console build, or output redirected by the caller
    attached = False
    try:
        import ctypes

        attached = bool(ctypes.windll.kernel32.AttachConsole(-1))  # ATTACH_PARENT_PROCESS
    except (AttributeError, OSError):
        attached = False
    target = "CONOUT$" if attached else os.devnull
    if sys.stdout is None:
        sys.stdout = open(target, "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(target, "w", encoding="utf-8", errors="replace")  # noqa: SIM115


_attach()
