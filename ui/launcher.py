"""The `pasteguard` executable: the command line, plus the Qt guard for `run` (the default).

The core (app/) may not import the UI, so the UI passes its `run` in; every other command stays
free of Qt and starts fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import IO

from app.cli import exit_after_scan
from app.cli import main as cli_main


def _run(args: argparse.Namespace, out: IO[str]) -> int:
    from ui.application import run  # Qt is loaded only when the guard starts

    return run(args, out)


def _viewer(args: argparse.Namespace, out: IO[str]) -> int:
    from ui.viewer.window import run_viewer  # Qt is loaded only for the viewer window

    return run_viewer(args, out)


def main(argv: Sequence[str] | None = None) -> int:
    code = cli_main(argv, desktop={"run": _run, "viewer": _viewer})
    if argv is None and sys.argv[1:2] == ["scan"]:  # this process is the scan: it ends here
        exit_after_scan(code)
    return code


if __name__ == "__main__":
    # the built app: the guard's analysis process is this executable, started by
    # multiprocessing ("spawn"), which runs it from here (app/detection/supervisor.py);
    # imported here only: `pasteguard scan` on Linux forks its workers without it
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
