"""The `pasteguard` executable: the command line, plus the Qt guard for `run` (the default).

The core (app/) may not import the UI, so the UI passes its `run` in; every other command stays
free of Qt and starts fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import IO

from app.cli import main as cli_main


def _run(args: argparse.Namespace, out: IO[str]) -> int:
    from ui.application import run  # Qt is loaded only when the guard starts

    return run(args, out)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, run_handler=_run)


if __name__ == "__main__":
    sys.exit(main())
