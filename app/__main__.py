"""Allows `python -m app`."""

import sys

from app.cli import exit_after_scan, main

code = main()
if sys.argv[1:2] == ["scan"]:  # this process is the scan: it ends here
    exit_after_scan(code)
raise SystemExit(code)
