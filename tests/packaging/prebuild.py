"""The packaging tests' builds, made in a process of their own while the rest of the suite runs.

`python -m tests.packaging.prebuild OUT` builds the one-folder app with PyInstaller (as
`installer.build.build` does for `make dist`), then, on a Debian system as root, the .deb
(`installer.linux.build_deb`, xz as `make deb`) and the newer .deb the upgrade test installs
over it. OUT/result.json names each as it is done, or holds the error that stopped them.

The PyInstaller build alone took ~105 s of the suite's wall time and the two .deb builds
~40 s more; tests/packaging/conftest.py starts this when the session has collected the tests
that need it, so on a machine with a free core they are ready by the time those tests run
(the unit tests before them take minutes on one core). The tests wait for what they need
(`result`), and build it themselves if nothing was started (tests/packaging/test_built_app.py).

Under pytest-xdist (`make test`) every worker collects every test, and any of them may run the
packaging tests: the controller begins the one build (tests/conftest.py, once a worker has
collected those tests), passes its folder to each worker, and stops it when all are done; a
worker only reads what is made there (`attach`).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
UPGRADE_SUFFIX = "+upgrade1"  # the newer package's Debian version: the first one's plus this
WAIT_S = 1800.0
# the key of the folder a pytest-xdist controller gives its workers (workerinput)
WORKER_INPUT = "pasteguard_prebuild"
NEEDS_THE_BUILD = "tests/packaging/test_built_app.py"


def debian_root() -> bool:
    """Whether the .deb tests can run here (they skip otherwise: tests/…/test_built_app.py)."""
    return shutil.which("dpkg-deb") is not None and os.geteuid() == 0


class _Seen:
    """The builds as a process that did not start them sees them: through their folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def ended(self) -> bool:
        # the process that started the job reaps it at once (_Job), so a pid that answers is
        # the job's, running
        try:
            os.kill(int((self.folder / "pid").read_text()), 0)
        except ProcessLookupError:
            return True
        return False

    def result(self, name: str) -> dict[str, str]:
        """What is made so far, once `name` is among it or the build has ended; nothing when
        no build was begun in the folder (its pid is written before any test runs)."""
        if not (self.folder / "pid").is_file():
            return {}
        path = self.folder / "result.json"
        deadline = time.monotonic() + WAIT_S
        while True:
            ended = self.ended()  # before reading: no last write missed
            found: dict[str, str] = json.loads(path.read_text()) if path.is_file() else {}
            if name in found or "error" in found or ended or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        if not ended and name not in found and "error" not in found:
            found["error"] = f"no {name} after {WAIT_S:.0f} s"
        elif ended and not found:
            log = (self.folder / "build.log").read_text(errors="replace")[-6000:]
            found["error"] = f"the build ended with no result:\n{log}"
        return found

    def stop(self) -> None:
        """Nothing: the process that started the job stops it."""


class _Job(_Seen):
    def __init__(self, folder: Path | None = None) -> None:
        folder = folder or Path(tempfile.mkdtemp(prefix="pasteguard-prebuild-"))
        self.log = (folder / "build.log").open("wb")
        # below the tests' own priority: the build fills a free core, the tests keep theirs
        self.process = subprocess.Popen(
            ["nice", "-n", "10", sys.executable, "-m", "tests.packaging.prebuild", str(folder)],
            cwd=REPO, stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT,
            start_new_session=True,  # a group of its own: stop() ends PyInstaller and dpkg-deb too
        )  # fmt: skip
        # reaped as soon as it ends, so that other processes see it gone (_Seen.ended)
        self.reaper = threading.Thread(target=self.process.wait, daemon=True)
        self.reaper.start()
        (folder / "pid.part").write_text(str(self.process.pid))
        (folder / "pid.part").replace(folder / "pid")
        super().__init__(folder)

    def ended(self) -> bool:
        return self.process.poll() is not None

    def stop(self) -> None:
        # still building: its whole group (PyInstaller, dpkg-deb), not only the job; the
        # group's id is not given to another process while one of its members lives
        if self.process.poll() is None:
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.killpg(self.process.pid, sig)
                except ProcessLookupError:
                    break
                deadline = time.monotonic() + 10
                while time.monotonic() < deadline and _group_alive(self.process.pid):
                    time.sleep(0.1)
                    self.process.poll()  # reap the job itself
            self.process.wait(timeout=10)
        self.log.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


_job: _Seen | None = None


def start(folder: Path | None = None) -> None:
    """Begin the builds (once a session), in `folder` when given (pytest-xdist's controller:
    `folder` is the one its workers `attach` to); nothing when PyInstaller is missing (tests
    skip)."""
    global _job
    if _job is None and importlib.util.find_spec("PyInstaller") is not None:
        _job = _Job(folder)


def attach(folder: Path) -> None:
    """Read the builds another process begins in `folder` (a pytest-xdist worker, whose
    controller begins them once a worker has collected the tests: maybe after this one did);
    when it began none, as if `start` never was (the tests build what they need themselves)."""
    global _job
    if _job is None:
        _job = _Seen(folder)


def stop() -> None:
    global _job
    if _job is not None:
        _job.stop()
        _job = None


def result(name: str) -> Path | None:
    """What the background build made under `name` ("app", "deb", "newer"), once it is done;
    None when no build was started, or when it made no such thing (a .deb off Debian)."""
    if _job is None:
        return None
    found = _job.result(name)
    if name in found:
        return Path(found[name])
    if "error" in found:
        raise RuntimeError(found["error"])
    return None


def main(argv: list[str]) -> int:
    from installer import build as app_build
    from installer.linux import build_deb

    out = Path(argv[0])
    made: dict[str, str] = {}

    def save() -> None:
        partial = out / "result.json.part"
        partial.write_text(json.dumps(made))
        partial.replace(out / "result.json")

    try:
        app = app_build.build(out / "dist", out / "work")
        made["app"] = str(app)
        save()
        if debian_root():
            made["deb"] = str(build_deb.build(app, out / "deb"))
            save()
            version = build_deb.deb_version() + UPGRADE_SUFFIX
            made["newer"] = str(build_deb.build(app, out / "newer", "gzip", version))
            save()
    except Exception:
        made["error"] = traceback.format_exc()[-6000:]
        save()
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
