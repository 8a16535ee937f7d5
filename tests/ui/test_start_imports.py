"""What the guard's process loads before it is ready: not the detection engine.

The guard reads texts in its analysis process (app/detection/supervisor.py), which loads the
engine beside it. Its own patterns-only engine is for a text that process failed on twice:
imported and built before ready it was ~0.45 s of the guard's ~1.1 s of CPU there, which
"start to ready" (make bench, guard.runtime) counts in full. It is built on first need (tests/app/detection/test_supervisor.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_MARK = "--- modules ---"


def test_the_guard_start_path_imports_no_engine(tmp_path: Path) -> None:
    # what GuardApp.__init__ imports and calls before it says ready, short of Qt's windows:
    # the modules, the rule folders with no custom one, and the analysis process's engine
    code = (
        "import sys\n"
        "import ui.application\n"
        "from app.commands.rules import guard_rule_folders\n"
        "from app.detection.supervisor import IsolatedEngine, Supervisor\n"
        "from app.detection.trust import TrustList, default_trust_path\n"
        "from app.detection.worker import WorkerSpec\n"
        "paths, problem = guard_rule_folders(None)\n"
        "assert problem is None, problem\n"
        "spec = WorkerSpec(tuple(paths), TrustList.load(default_trust_path()))\n"
        "isolated = IsolatedEngine(spec, Supervisor(spec))\n"
        "assert isolated.trust is spec.trust\n"
        f"print({_MARK!r})\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True,
        timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert _MARK in result.stdout, result.stderr
    modules = set(result.stdout.split(_MARK, 1)[1].split())
    assert "app.detection.supervisor" in modules  # it did get that far
    heavy = {"app.detection.engine", "app.detection.runbox", "app.detection.signals",
             "app.detection.interpret.powershell", "hyperscan"}  # fmt: skip
    assert sorted(heavy & modules) == []
