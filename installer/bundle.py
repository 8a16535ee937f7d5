"""What goes into the PyInstaller bundle on each system: hidden imports, exclusions, metadata.

build.spec reads it; the tests check it on Linux for all three systems, so a Windows or macOS
build cannot quietly lose its keyboard backend.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from app import __version__

REPO = Path(__file__).resolve().parents[1]
NAME = "pasteguard"
DISPLAY_NAME = "PasteGuard"
BUNDLE_ID = "com.pasteguard.PasteGuard"
PUBLISHER = "PasteGuard"
DESCRIPTION = "PasteGuard: stops copy-and-paste attacks (ClickFix, FileFix, console scams)"
ICONS = REPO / "resources" / "icons"
RESOURCES = REPO / "resources"
# where the bundle carries them: app/resources, the folder app.shipped.resources_dir() looks in
# first, as in an installed wheel
BUNDLED_RESOURCES = "app/resources"
MINIMUM_MACOS = "12.0"

# pynput picks its backend with importlib at run time (`pynput._util.backend`), which
# PyInstaller cannot follow. hooks-contrib's hook-pynput finds them by importing pynput, which
# fails on Linux without an X display (a CI build): it logs a warning and collects nothing.
# python-xlib loads its protocol extensions the same way.
_PYNPUT = {
    "linux": [
        "pynput.keyboard._xorg",
        "pynput.mouse._xorg",
        "pynput._util.xorg",
        "pynput._util.xorg_keysyms",
        "Xlib.ext",
        "Xlib.ext.record",
        "Xlib.ext.xtest",
        "Xlib.XK",
        "Xlib.keysymdef.latin1",
        "Xlib.keysymdef.miscellany",
    ],
    "win32": [
        "pynput.keyboard._win32",
        "pynput.mouse._win32",
        "pynput._util.win32",
        "pynput._util.win32_vks",
    ],
    "darwin": [
        "pynput.keyboard._darwin",
        "pynput.mouse._darwin",
        "pynput._util.darwin",
        "pynput._util.darwin_vks",
        "AppKit",
        "Quartz",
        "HIServices",
        "ApplicationServices",
        "Foundation",
        "objc",
    ],
}

# The guard's backend per system, imported statically by app/platform/chooser.py; listed
# anyway because ui/ reaches some of them only inside functions.
_BACKENDS = {
    "linux": [
        "app.platform.xorg.backend",
        "app.platform.xorg.window",
        "app.platform.xorg.selection_owner",
    ],
    "win32": [
        "app.platform.win32.api",
        "app.platform.win32.backend",
        "app.platform.win32.keymap",
        "win32evtlog",  # pywin32, for the Windows Event Log sink
    ],
    "darwin": ["app.platform.darwin.api", "app.platform.darwin.backend"],
}

# Qt for Python ships far more than the guard uses. Each module left out also drops its Qt
# libraries and plugins, which is most of the size: QML/Quick alone is tens of megabytes.
QT_USED = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtSvg", "QtDBus")
QT_EXCLUDED = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAxContainer",
    "QtBluetooth",
    "QtCanvasPainter",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtPrintSupport",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
)
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "lib2to3",
    "pytest",
    "_pytest",
    "hypothesis",
    "mypy",
    "ruff",
    "setuptools",
    "pkg_resources",
    "PyInstaller",
    *(f"PySide6.{module}" for module in QT_EXCLUDED),
]

# the codes of ui/translations/pasteguard_<code>.qm as Qt names its own files (pt-BR: pt_BR)
_SHIPPED_QT = "|".join(
    sorted(
        p.stem.removeprefix("pasteguard_").replace("-", "_")
        for p in (REPO / "ui" / "translations").glob("pasteguard_*.qm")
    )
)

# Qt files the excluded modules would leave behind anyway: plugins the guard never loads and
# the libraries they pull in, and translations of Qt parts we do not ship. Matched against
# the destination path inside the bundle, with Linux, Windows and macOS file names.
_DROP = re.compile(
    r"(^|/)("
    r"(qml|qmltooling|designer|sqldrivers|printsupport|position|sensors|multimedia|renderers"
    r"|sceneparsers|geometryloaders|webview|texttospeech|canbus|generic|egldeviceintegrations"
    r"|networkinformation|tls)/"
    # framebuffer and kiosk platforms: a desktop session uses xcb, wayland, windows or cocoa
    r"|platforms/(lib)?q(eglfs|linuxfb|minimalegl|vnc|vkkhrdisplay|direct2d)\.(so|dll|dylib)$"
    # the GTK theme would pull the build machine's whole GTK 3 stack (20 MB) into the bundle,
    # and a GTK that does not match the desktop's own themes and modules is worse than none
    r"|platformthemes/(lib)?qgtk3\.(so|dll|dylib)$"
    r"|imageformats/(lib)?q(gif|jpeg|tiff|webp|tga|wbmp|pdf)\.(so|dll|dylib)$"
    # Qt's own strings only in the languages the app is translated into (ui/i18n.py loads
    # qtbase_<code>); in any other the whole window, buttons included, is English
    rf"|translations/(?!qtbase_({_SHIPPED_QT})\.qm$)[^/]*\.qm$"
    r"|(lib)?Qt6?(Qml|Quick|Pdf|Designer|Test|Sql|Concurrent|PrintSupport|Lottie|Labs|Multimedia"
    r"|VirtualKeyboard|ShaderTools|3D|WebEngine|OpenGLWidgets|EglFS|EglFs)[^/]*$"
    r")"
)


def drop(destination: str) -> bool:
    """True for a file the guard never loads (destination path inside the bundle)."""
    return _DROP.search(destination.replace("\\", "/")) is not None


# Linux: the shared libraries of the distribution (X11/xcb, fontconfig, D-Bus, GLib, OpenSSL,
# SQLite, libstdc++ …) are not bundled. The .deb depends on their packages instead
# (installer/linux/build_deb.py asks dpkg which ones), so they get the distribution's security
# updates rather than staying frozen at build time, and the folder is 20 MB smaller.
# Qt, ICU and Python come from the wheels and the build's Python and stay in the bundle.
_SYSTEM_LIBRARY_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")


def from_the_system(source: str, typecode: str, platform: str) -> bool:
    """True for a Linux distribution's shared library (Analysis.binaries source and type)."""
    if system(platform) != "linux" or typecode != "BINARY":
        return False  # EXTENSION entries are Python modules: always bundled
    resolved = os.path.realpath(source)
    if os.path.basename(resolved).startswith("libpython"):
        return False  # Debian's own Python keeps libpython in /usr/lib: it must come along
    if "/site-packages/" in resolved or "/dist-packages/" in resolved:
        return False  # shipped by a wheel (Qt, ICU), never by the distribution
    return resolved.startswith(_SYSTEM_LIBRARY_DIRS)


def system(platform: str) -> str:
    """`sys.platform` folded to the three systems the build knows."""
    if platform.startswith("win"):
        return "win32"
    if platform == "darwin":
        return "darwin"
    return "linux"


def hidden_imports(platform: str) -> list[str]:
    """Modules PyInstaller cannot find by reading imports, for `platform` (a sys.platform)."""
    which = system(platform)
    return [
        "ui.application",  # the launcher imports it inside a function, only for `run`
        "_cffi_backend",  # PyNaCl's compiled libsodium binding loads it from C, out of sight
        "platformdirs." + {"win32": "windows", "darwin": "macos", "linux": "unix"}[which],
        *_PYNPUT[which],
        *_BACKENDS[which],
    ]


def icon(platform: str) -> Path:
    """The icon file each system's executable or bundle takes."""
    suffix = {"win32": "ico", "darwin": "icns", "linux": "png"}[system(platform)]
    return ICONS / f"app.{suffix}"


def info_plist() -> dict[str, Any]:
    """Info.plist of the macOS app: a tray (menu bar) app, with the texts its prompts show."""
    return {
        "CFBundleName": DISPLAY_NAME,
        "CFBundleDisplayName": DISPLAY_NAME,
        "CFBundleShortVersionString": __version__,
        "CFBundleVersion": __version__,
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        # a menu bar app: no Dock icon and no application menu
        "LSUIElement": True,
        "NSHighResolutionCapable": True,
        # Shown if PasteGuard (or a library it loads) sends Apple events to another app.
        # macOS has no Info.plist text for the Accessibility and Input Monitoring prompts that
        # the keyboard hook needs: it names the app only. docs/deployment.md explains them and
        # how an MDM grants them ahead (a PPPC profile) so nobody is asked.
        "NSAppleEventsUsageDescription": (
            "PasteGuard checks which app you are about to paste into, so that it can stop a "
            "dangerous command before it reaches Terminal. It never records what you type."
        ),
        "NSHumanReadableCopyright": f"© {PUBLISHER}",
    }


def version_tuple(version: str = __version__) -> tuple[int, int, int, int]:
    """`0.1.0`, `1.2.3rc1` → four numbers for the Windows version resource."""
    numbers = [int(re.sub(r"\D.*", "", part) or 0) for part in version.split(".")[:4]]
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])
