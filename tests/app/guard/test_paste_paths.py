"""The paths lures moved to next, end to end through the faked backends: the keys a person
presses, the window the system reports, the target the guard decides, and the stop."""

from __future__ import annotations

import pytest

from app.detection.model import Level, PasteTarget
from app.guard.drops import Drop, DropJudge, shows_web_pages, sign_in_code_url
from app.guard.keys import PasteSequence
from app.guard.provenance import Provenance, read_provenance
from app.guard.targets import TargetClassifier
from app.platform.base import KeyEvent, MouseEvent, WindowInfo
from app.platform.darwin.api import RunningApp
from app.platform.darwin.backend import DarwinBackend
from app.platform.win32.api import VK_CONTROL, VK_LWIN
from app.platform.win32.backend import Win32Backend
from app.platform.win32.keymap import WM_KEYDOWN, WM_KEYUP
from tests.fakes import FakeClock, FakeDarwinApi, FakeKey, FakeKeyCode, FakeWin32Api

VK_V, VK_R, VK_X, VK_I, VK_RETURN, VK_LCONTROL = 0x56, 0x52, 0x58, 0x49, 0x0D, 0xA2


@pytest.fixture(scope="module")
def classifier() -> TargetClassifier:
    return TargetClassifier.load(strict=True)


class Guard:
    """The hook as the guard wires it, with a flagged clipboard: stop pastes into a guarded
    target, remember every decision."""

    def __init__(self, classifier: TargetClassifier, foreground: object) -> None:
        self.classifier = classifier
        self.sequence = PasteSequence(strict=True)
        self.foreground = foreground
        self.decisions: list[tuple[str, PasteTarget]] = []

    def on_key(self, event: KeyEvent) -> bool:
        window = self.foreground()  # type: ignore[operator]
        gesture = self.sequence.feed(event, window)
        if gesture is None:
            return False
        target = self.classifier.classify(window, gesture.hint)
        self.decisions.append((gesture.kind, target))
        return target in (PasteTarget.RUN_DIALOG, PasteTarget.TERMINAL)

    def on_mouse(self, event: MouseEvent) -> None:
        pass


# -- Windows ----------------------------------------------------------------------------------


def _win_chord(api: FakeWin32Api, hook: object, modifier_vk: int, held_vk: int, vk: int) -> bool:
    api.held.add(held_vk)
    hook.send(WM_KEYDOWN, modifier_vk)  # type: ignore[attr-defined]
    swallowed = bool(hook.send(WM_KEYDOWN, vk))  # type: ignore[attr-defined]
    hook.send(WM_KEYUP, vk)  # type: ignore[attr-defined]
    api.held.discard(held_vk)
    hook.send(WM_KEYUP, modifier_vk)  # type: ignore[attr-defined]
    return swallowed


def test_the_redesigned_run_dialog_is_the_run_dialog(classifier: TargetClassifier) -> None:
    api, clock = FakeWin32Api(), FakeClock()
    backend = Win32Backend(api, clock=clock, own_pid=999)
    guard = Guard(classifier, backend.foreground_window)
    backend.start(guard.on_key, guard.on_mouse)
    hook = api.listener
    browser = api.add_window("Chrome_WidgetWin_1", "Verify you are human", "C:\\chrome.exe")
    modern_run = api.add_window(
        "WinUIDesktopWin32WindowClass", "Run", "C:\\Windows\\SystemApps\\Run\\RunDialog.exe"
    )
    api.focus(browser)
    _win_chord(api, hook, 0x5B, VK_LWIN, VK_R)
    clock.advance(0.2)
    api.focus(modern_run)
    assert _win_chord(api, hook, VK_LCONTROL, VK_CONTROL, VK_V) is True
    assert guard.decisions == [("paste", PasteTarget.RUN_DIALOG)]
    # Without the Win+R that opened it (a pinned shortcut), its class and title still tell.
    guard.sequence.reset()
    guard.decisions.clear()
    clock.advance(300)
    assert _win_chord(api, hook, VK_LCONTROL, VK_CONTROL, VK_V) is True
    assert guard.decisions == [("paste", PasteTarget.RUN_DIALOG)]


@pytest.mark.parametrize(
    ("window_class", "title", "image"),
    [
        ("CASCADIA_HOSTING_WINDOW_CLASS", "Administrator: Windows PowerShell", "C:\\wt.exe"),
        # Terminal (Admin) runs elevated: its executable may be unreadable, the class is not
        ("CASCADIA_HOSTING_WINDOW_CLASS", "Administrator: Windows PowerShell", ""),
        ("HwndWrapper[PowerShell_ISE.exe;;4a1f2c]", "Windows PowerShell ISE", ""),
        # a terminal nobody listed: Win+X then I named it
        ("SomeNewTerminalClass", "PowerShell", "C:\\Tools\\newterm.exe"),
    ],
)
def test_win_x_terminal_and_ise_stop_the_paste(
    classifier: TargetClassifier, window_class: str, title: str, image: str
) -> None:
    api, clock = FakeWin32Api(), FakeClock()
    backend = Win32Backend(api, clock=clock, own_pid=999)
    guard = Guard(classifier, backend.foreground_window)
    backend.start(guard.on_key, guard.on_mouse)
    hook = api.listener
    browser = api.add_window("Chrome_WidgetWin_1", "Fix the error", "C:\\chrome.exe")
    menu = api.add_window("Shell_TrayWnd", "", "C:\\Windows\\explorer.exe")
    terminal = api.add_window(window_class, title, image)
    api.focus(browser)
    _win_chord(api, hook, 0x5B, VK_LWIN, VK_X)
    api.focus(menu)
    hook.send(WM_KEYDOWN, VK_I)
    hook.send(WM_KEYUP, VK_I)
    clock.advance(0.5)
    api.focus(terminal)
    assert _win_chord(api, hook, VK_LCONTROL, VK_CONTROL, VK_V) is True
    assert guard.decisions == [("paste", PasteTarget.TERMINAL)]


# -- macOS --------------------------------------------------------------------------------------


def _mac_chord(api: FakeDarwinApi, *keys: tuple[object, int]) -> bool:
    assert api.listener is not None
    swallowed = False
    for key, flags in keys:
        swallowed = api.listener.send(key, True, flags)
        api.listener.send(key, False, flags)
    return swallowed


@pytest.mark.parametrize(
    "app",
    [
        RunningApp("Script Editor", "com.apple.ScriptEditor2", 601),
        RunningApp("osascript", "", 602),
    ],
)
def test_script_editor_and_osascript_are_guarded(
    classifier: TargetClassifier, app: RunningApp
) -> None:
    api = FakeDarwinApi()
    backend = DarwinBackend(api, clock=FakeClock())
    guard = Guard(classifier, backend.foreground_window)
    backend.start(guard.on_key, guard.on_mouse)
    api.frontmost = app
    command = 1 << 20  # FLAG_COMMAND
    assert _mac_chord(api, (FakeKey("cmd"), command), (FakeKeyCode("v"), command)) is True
    assert guard.decisions == [("paste", PasteTarget.TERMINAL)]


def test_spotlight_to_script_editor_names_a_terminal() -> None:
    sequence = PasteSequence(strict=True)
    safari = WindowInfo("safari", "", "", 77, app_id="com.apple.Safari")
    editor = WindowInfo("script editor", "", "", 78, app_id="com.apple.ScriptEditor2.unknown")
    now = 100.0

    def key(name: str, mods: frozenset[str] = frozenset(), window: WindowInfo = safari) -> object:
        nonlocal now
        now += 0.02
        gesture = sequence.feed(KeyEvent(name, True, mods, now), window)
        sequence.feed(KeyEvent(name, False, mods, now), window)
        return gesture

    key("space", frozenset({"meta"}))
    for char in "script editor":
        key("space" if char == " " else char)
    key("enter")
    gesture = key("v", frozenset({"meta"}), editor)
    assert gesture is not None and gesture.hint is PasteTarget.TERMINAL  # type: ignore[attr-defined]


# -- the proposed text/source-url ----------------------------------------------------------------


def _read(formats: dict[str, bytes]) -> Provenance:
    return read_provenance(formats, lambda name: formats[name])


@pytest.mark.parametrize(
    "name",
    [
        "text/source-url",
        'application/x-qt-windows-mime;value="text/source-url"',  # Qt on Windows
        "org.chromium.source-url",  # Chromium on macOS
    ],
)
def test_the_proposed_source_url_format_names_the_page(name: str) -> None:
    for payload in (
        b"https://lure.example/fix",
        "https://lure.example/fix\x00".encode("utf-16-le"),
    ):
        assert _read({"text/plain": b"x", name: payload}).source_url == "https://lure.example/fix"


def test_a_browser_s_own_format_wins_over_the_proposed_one() -> None:
    formats = {
        "text/source-url": b"https://other.example/",
        "chromium/x-source-url": b"https://page.example/",
    }
    assert _read(formats).source_url == "https://page.example/"
    assert _read({"text/source-url": b""}).source_url is None  # empty: no provenance


# -- ConsentFix by drag and drop -----------------------------------------------------------------

CHROME = WindowInfo("chrome.exe", "Chrome_WidgetWin_1", "Verify your account - Chrome", 5)
FIREFOX_X11 = WindowInfo("firefox", "firefox", "Continue sign-in — Mozilla Firefox", 6)
NOTEPAD = WindowInfo("notepad.exe", "Notepad", "notes.txt - Notepad", 7)
XTERM = WindowInfo("xterm", "XTerm", "bash", 8)


@pytest.mark.parametrize(
    "text",
    [
        "http://localhost:8400/?code=0.AXoA1b2c3&state=abc&session_state=x",
        "http://127.0.0.1:53000/callback?state=s&code=M.C5_BAY.2.U.a1b2",
        "# dragged from the address bar\r\nhttp://[::1]:8080/#access_token=eyJ0eXAi&token_type=Bearer",
        "https://app.localhost/auth?id_token=eyJhbGci",
    ],
)
def test_a_sign_in_code_dropped_on_a_page_is_malicious(
    classifier: TargetClassifier, text: str
) -> None:
    judge = DropJudge(shows_web_pages(classifier))
    for window in (CHROME, FIREFOX_X11, None):
        verdict = judge.judge(Drop(text, window))
        assert verdict is not None and verdict.level is Level.MALICIOUS
        assert verdict.findings[0].rule_id == "PG-DROP-CONSENTFIX"
        # the code itself is never repeated (it is a live credential)
        assert "0.AXoA1b2c3" not in verdict.url and "eyJ" not in verdict.url
        assert "***" in verdict.url


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("http://localhost:8400/?code=abc", NOTEPAD),  # into an editor: no page receives it
        ("http://localhost:8400/?code=abc", XTERM),
        ("https://login.example.com/?code=abc", CHROME),  # not a loopback redirect
        ("http://localhost:3000/dashboard?tab=2", CHROME),  # a developer's own app
        ("http://localhost:8400/?code=", CHROME),  # no code in it
        ("localhost:8400/?code=abc", CHROME),  # not a URL
        ("http://[::1/?code=x", CHROME),  # broken
        ("", CHROME),
    ],
)
def test_other_drops_are_not_judged(
    classifier: TargetClassifier, text: str, window: WindowInfo
) -> None:
    assert DropJudge(shows_web_pages(classifier)).judge(Drop(text, window)) is None


def test_a_huge_drop_is_read_only_in_part() -> None:
    text = "x" * 20_000 + "\nhttp://localhost/?code=late"
    assert sign_in_code_url(text) is None
    assert sign_in_code_url("\n" * 10 + "http://localhost/?code=early") is not None
