"""What goes into the build and the installers, checked for all three systems without building."""

from __future__ import annotations

import importlib.util
import plistlib
import re
import struct
import sys
import tomllib
import types
from pathlib import Path

import pytest
import yaml

from app import __version__
from app.config.policy import parse_policy
from app.detection.rules import default_rules_dir
from app.platform.darwin.autostart import AGENT_LABEL, agent_plist
from app.platform.win32.autostart import RUN_VALUE
from app.platform.xorg.autostart import read_desktop_entry
from app.shipped import resources_dir
from installer import bundle, icons
from installer.linux import build_deb

REPO = Path(__file__).resolve().parents[2]
INSTALLER = REPO / "installer"


PYNPUT = Path(str(importlib.util.find_spec("pynput").origin)).parent  # type: ignore[union-attr]


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_each_system_names_its_keyboard_backend_and_the_modules_exist(platform: str) -> None:
    hidden = bundle.hidden_imports(platform)
    name = {"linux": "xorg", "win32": "win32", "darwin": "darwin"}[platform]
    for module in (f"pynput.keyboard._{name}", f"pynput.mouse._{name}", f"pynput._util.{name}"):
        assert module in hidden
        # a file check: importing pynput's X11 backend needs a display
        assert PYNPUT.joinpath(*module.split(".")[1:]).with_suffix(".py").is_file(), module
    others = {"xorg", "win32", "darwin"} - {name}
    assert not [m for m in hidden if m.rsplit(".", 1)[-1].lstrip("_") in others]
    assert f"app.platform.{name}.backend" in hidden and "ui.application" in hidden
    for module in (m for m in hidden if m.startswith(("app.", "ui."))):
        assert REPO.joinpath(*module.split(".")).with_suffix(".py").is_file(), module


@pytest.mark.parametrize(
    "kept",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/imageformats/qico.dll",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt6Widgets.dll",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qtbase_pt_BR.qm",
    ],
)
def test_what_the_guard_loads_stays_in_the_bundle(kept: str) -> None:
    assert not bundle.drop(kept)


@pytest.mark.parametrize(
    "dropped",
    [
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6\\plugins\\imageformats\\qwebp.dll",
        "PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt6Qml.dll",
        "PySide6/Qt/lib/QtWebEngineCore.framework/QtWebEngineCore",
        "PySide6/Qt/translations/qtdeclarative_de.qm",
        "PySide6/Qt/translations/qtbase_fa.qm",  # a language the app is not translated into
    ],
)
def test_qt_parts_the_guard_never_uses_are_left_out(dropped: str) -> None:
    assert bundle.drop(dropped)


def test_the_distributions_libraries_are_left_to_the_package_on_linux_only(tmp_path: Path) -> None:
    assert bundle.from_the_system("/usr/lib/x86_64-linux-gnu/libX11.so.6", "BINARY", "linux")
    assert bundle.from_the_system("/lib/x86_64-linux-gnu/libssl.so.3", "BINARY", "linux")
    assert not bundle.from_the_system(
        "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0", "BINARY", "linux"
    )
    assert not bundle.from_the_system(
        "/usr/lib/python3/dist-packages/PySide6/Qt/lib/libQt6Core.so.6", "BINARY", "linux"
    )
    assert not bundle.from_the_system(
        "/usr/lib/python3.11/lib-dynload/_ssl.so", "EXTENSION", "linux"
    )
    assert not bundle.from_the_system(str(tmp_path / "libicudata.so.73"), "BINARY", "linux")
    assert not bundle.from_the_system("/usr/lib/libz.dylib", "BINARY", "darwin")


def test_the_macos_app_is_a_menu_bar_app_that_explains_its_prompts() -> None:
    plist = bundle.info_plist()
    assert plist["LSUIElement"] is True  # no Dock icon, no app menu
    assert plist["CFBundleShortVersionString"] == __version__
    assert "paste" in plist["NSAppleEventsUsageDescription"]
    plistlib.dumps(plist)  # every value is one a plist can hold


def test_the_windows_version_resource_carries_the_apps_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("PyInstaller", reason="the build extra: pip install -e .[build]")
    if importlib.util.find_spec("pefile") is None:
        # PyInstaller needs pefile on Windows only; its version classes do not use it
        monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    import PyInstaller.compat

    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    from PyInstaller.utils.win32 import versioninfo

    from installer.windows.version_info import version_info

    info = version_info("1.2.3rc1")
    assert isinstance(info, versioninfo.VSVersionInfo)
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == ((1 << 16) | 2, 3 << 16)
    text = str(info)
    assert "'ProductVersion', '1.2.3rc1'" in text
    assert "'OriginalFilename', 'pasteguard.exe'" in text
    # PyInstaller reads version files by evaluating this text, and writes toRaw() into the exe
    assert str(eval(text, vars(versioninfo))) == text
    raw = info.toRaw()
    assert "ProductVersion".encode("utf-16-le") in raw and "1.2.3rc1".encode("utf-16-le") in raw


def test_the_icons_are_drawn_from_app_svg(qapp: object) -> None:
    png = (bundle.ICONS / "app.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (icons.PNG_SIZE, icons.PNG_SIZE)

    ico = (bundle.ICONS / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    sizes = []
    for i in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i]
        )
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(ico)
        sizes.append(width or 256)
    assert sizes == sorted(icons.ICO_SIZES)

    icns = (bundle.ICONS / "app.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, at = [], 8
    while at < len(icns):
        kinds.append(icns[at : at + 4])
        at += struct.unpack(">I", icns[at + 4 : at + 8])[0]
    assert kinds == [kind for kind, _ in icons.ICNS_TYPES]

    # the committed PNG still shows today's app.svg (run `python -m installer.icons` after editing it)
    from PySide6.QtGui import QImage

    committed, fresh = QImage(), QImage()
    assert committed.loadFromData(png) and fresh.loadFromData(icons.render(icons.PNG_SIZE))
    differing = sum(
        committed.pixel(x, y) != fresh.pixel(x, y)
        for x in range(0, 256, 4)
        for y in range(0, 256, 4)
    )
    assert differing < 64 * 64 // 50, "resources/icons/app.* are stale: python -m installer.icons"


def test_the_example_policy_sets_nothing_and_each_example_line_is_valid() -> None:
    text = (INSTALLER / "policy.example.toml").read_bytes()
    policy = parse_policy(text)
    assert dict(policy.enforced) == {} and dict(policy.defaults) == {}
    # every commented key, switched on at once, is still a valid policy
    uncommented = re.sub(rb"(?m)^# ?(?!#)", b"", text)
    switched_on = parse_policy(uncommented)
    assert switched_on.enforced["mode"] == "block"
    assert "forward.syslog" in switched_on.enforced and "language" in switched_on.defaults


def test_the_debian_version_sorts_like_the_python_version() -> None:
    assert build_deb.deb_version("0.1.0") == "0.1.0"
    assert build_deb.deb_version("1.2.0rc1") == "1.2.0~rc1"  # before 1.2.0, as in Python
    assert build_deb.deb_version("1.2.0.post2") == "1.2.0+post2"
    with pytest.raises(ValueError):
        build_deb.deb_version("one")


@pytest.mark.parametrize("name", ["pasteguard.desktop", "pasteguard-autostart.desktop"])
def test_the_desktop_entries_start_the_installed_program(name: str) -> None:
    entry = read_desktop_entry(INSTALLER / "linux" / name)
    assert entry is not None
    assert entry["Type"] == "Application" and entry["Name"] == "PasteGuard"
    assert entry["Exec"] == "/usr/bin/pasteguard" and entry["Icon"] == "pasteguard"
    assert entry.get("Hidden") is None


def test_the_maintainer_scripts_never_delete_user_data() -> None:
    for name in ("postinst", "postrm"):
        script = (INSTALLER / "linux" / name).read_text()
        assert script.startswith("#!/bin/sh\n") and "set -e" in script
        commands = [
            line
            for line in script.splitlines()
            if line.strip() and not line.lstrip().startswith("#")
        ]
        assert not [
            line for line in commands if re.search(r"\brm\b|/home|\$HOME|\.local|\.config", line)
        ]


def test_the_launch_agent_template_is_the_one_autostart_writes() -> None:
    template = plistlib.loads(
        (INSTALLER / "macos" / "com.pasteguard.PasteGuard.plist").read_bytes()
    )
    program = "/Applications/PasteGuard.app/Contents/MacOS/pasteguard"
    assert template == agent_plist([program])
    assert template["Label"] == bundle.BUNDLE_ID == AGENT_LABEL


def test_the_windows_installer_is_per_machine_and_locks_the_policy() -> None:
    script = (INSTALLER / "windows" / "pasteguard.iss").read_text()
    assert "PrivilegesRequired=admin" in script
    assert re.search(
        r"(?m)^Root: HKLM; Subkey: \"Software\\Microsoft\\Windows\\CurrentVersion\\Run\"", script
    )
    assert r'ValueName: "PasteGuard"' in script and RUN_VALUE == "PasteGuard"
    assert r'DestDir: "{commonappdata}\PasteGuard"; DestName: "policy.toml"' in script
    assert script.count("Permissions: users-readexec admins-full system-full") >= 4
    assert "/inheritance:r" in script  # %ProgramData% lets users create files: cut that
    assert "/VERYSILENT /SUPPRESSMSGBOXES" in script
    # files it names exist
    for source in re.findall(r'(?:Source|SetupIconFile)[:=] ?"?(\.\.[^";\n]+)', script):
        target = (INSTALLER / "windows" / source.strip().replace("\\", "/")).resolve()
        assert target.exists() or "dist" in target.parts, source


def test_the_workflow_builds_and_installs_on_windows_and_macos() -> None:
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "build.yml").read_text())
    assert set(workflow["jobs"]) == {"windows", "macos"}
    windows = "\n".join(str(step.get("run", "")) for step in workflow["jobs"]["windows"]["steps"])
    assert "pytest" in windows and "build.spec" in windows and "pasteguard.iss" in windows
    assert "/VERYSILENT" in windows
    macos = "\n".join(str(step.get("run", "")) for step in workflow["jobs"]["macos"]["steps"])
    assert "pytest" in macos and "build.spec" in macos and "build_pkg.sh" in macos


def test_the_build_extra_brings_pyinstaller_6() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())
    assert any(
        req.startswith("pyinstaller>=6")
        for req in project["project"]["optional-dependencies"]["build"]
    )


def test_resources_are_found_in_the_checkout_and_where_the_bundle_puts_them() -> None:
    # a checkout: resources/ beside app/. In a PyInstaller bundle importlib.resources answers
    # with sys._MEIPASS/app, and build.spec puts resources/ at sys._MEIPASS/app/resources, as a
    # wheel does; the built app's and the wheel's tests check it for real
    assert resources_dir() == REPO / "resources" == bundle.RESOURCES
    assert default_rules_dir() == REPO / "resources" / "rules"
    assert bundle.BUNDLED_RESOURCES == "app/resources"
