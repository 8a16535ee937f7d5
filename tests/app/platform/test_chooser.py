"""Which backend runs where, and what the do-nothing backends say."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import app.platform.chooser as chooser_module
from app.platform.base import PlatformBackend
from app.platform.chooser import choose_backend
from app.platform.darwin.backend import DarwinBackend
from app.platform.fallback import NO_DISPLAY, WAYLAND_KEYBOARD, NullBackend
from app.platform.win32.backend import Win32Backend
from app.platform.xorg.backend import XWAYLAND, XorgBackend


def answers(name: str) -> str | None:
    return None


def refuses(name: str) -> str | None:
    return f"cannot open X display {name!r}: connection refused"


def test_windows() -> None:
    backend = choose_backend("win32", {})
    assert isinstance(backend, Win32Backend)
    assert backend.name == "win32" and backend.can_suppress_keys


def test_windows_backend_on_another_system_degrades_instead_of_raising() -> None:
    backend = choose_backend("win32", {})
    assert backend.foreground_window() is None  # user32 cannot load here


def test_macos() -> None:
    backend = choose_backend("darwin", {})
    assert isinstance(backend, DarwinBackend)
    assert backend.name == "darwin" and backend.can_suppress_keys


def test_x11() -> None:
    backend = choose_backend("linux", {"DISPLAY": ":5"}, probe_display=answers)
    assert isinstance(backend, XorgBackend)
    assert backend.name == "xorg" and not backend.can_suppress_keys
    assert backend.degraded == {}


def test_x11_inside_wayland_says_it_sees_only_xwayland() -> None:
    env = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    backend = choose_backend("linux", env, probe_display=answers)
    assert isinstance(backend, XorgBackend)
    assert backend.degraded == {"session": XWAYLAND}


@pytest.mark.parametrize(
    "env",
    [
        {"WAYLAND_DISPLAY": "wayland-0"},
        {"XDG_SESSION_TYPE": "wayland"},
        {"XDG_SESSION_TYPE": "Wayland ", "DISPLAY": ""},
    ],
)
def test_wayland_without_xwayland(env: dict[str, str]) -> None:
    backend = choose_backend("linux", env, probe_display=answers)
    assert isinstance(backend, NullBackend) and backend.name == "wayland"
    assert backend.degraded["keyboard"] == WAYLAND_KEYBOARD
    assert set(backend.degraded) == {"keyboard", "mouse", "window"}


def test_wayland_with_a_broken_xwayland_says_why() -> None:
    backend = choose_backend(
        "linux", {"WAYLAND_DISPLAY": "w", "DISPLAY": ":0"}, probe_display=refuses
    )
    assert backend.name == "wayland"
    assert (
        "XWayland is not usable" in backend.degraded["keyboard"]
        and "refused" in backend.degraded["keyboard"]
    )


def test_an_x_display_that_does_not_answer() -> None:
    backend = choose_backend("linux", {"DISPLAY": ":77"}, probe_display=refuses)
    assert backend.name == "none"
    assert "connection refused" in backend.degraded["window"]


@pytest.mark.parametrize("platform", ["linux", "freebsd14", "sunos5"])
def test_no_display_at_all(platform: str) -> None:
    backend = choose_backend(platform, {}, probe_display=answers)
    assert backend.name == "none"
    assert NO_DISPLAY in backend.degraded["keyboard"]


def test_a_real_probe_of_a_display_that_does_not_exist() -> None:
    backend = choose_backend("linux", {"DISPLAY": ":987"})
    assert backend.name == "none" and ":987" in backend.degraded["window"]


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_hooks_can_be_turned_off(platform: str) -> None:
    backend = choose_backend(
        platform, {"PASTEGUARD_BACKEND": "none", "DISPLAY": ":0"}, probe_display=answers
    )
    assert backend.name == "none" and "PASTEGUARD_BACKEND" in backend.degraded["keyboard"]


def test_the_null_backend_does_nothing_and_never_needs_a_restart() -> None:
    backend: PlatformBackend = NullBackend("none", {"keyboard": "why"})
    backend.start(lambda e: True, lambda e: None)
    assert backend.foreground_window() is None
    assert backend.alive()
    backend.stop()
    assert backend.degraded == {"keyboard": "why"}


def test_backends_are_imported_statically() -> None:
    """PyInstaller follows plain import statements only: no importlib in the chooser."""
    tree = ast.parse(Path(chooser_module.__file__).read_text(encoding="utf-8"))
    calls = {
        n.func.attr if isinstance(n.func, ast.Attribute) else getattr(n.func, "id", "")
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
    }
    assert not calls & {"import_module", "__import__"}
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert {
        "app.platform.win32.backend",
        "app.platform.darwin.backend",
        "app.platform.xorg.backend",
    } <= imported
