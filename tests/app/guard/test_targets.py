"""The paste-target table: every rule and value in resources/targets.yaml, hints, hostile titles."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection.model import PasteTarget
from app.detection.rules import RuleLoadError
from app.guard.targets import FIELDS, TargetClassifier, default_targets_path, load_target_table
from app.platform.base import TITLE_CAP, WindowInfo

T = PasteTarget


@pytest.fixture(scope="module")
def classifier() -> TargetClassifier:
    return TargetClassifier.load(strict=True)


def win(process: str = "", window_class: str = "", title: str = "", app_id: str = "") -> WindowInfo:
    return WindowInfo(process, window_class, title, pid=4242, app_id=app_id, handle=0x1000)


# Windows as the backends report them, one or more per rule in the table.
CASES: list[tuple[str, WindowInfo, PasteTarget]] = [
    ("windows-run-dialog", win("explorer.exe", "#32770", "Run"), T.RUN_DIALOG),
    ("windows-run-dialog", win("explorer.exe", "#32770", "Ausführen"), T.RUN_DIALOG),
    ("windows-run-dialog", win("explorer.exe", "#32770", "ファイル名を指定して実行"), T.RUN_DIALOG),
    ("windows-run-dialog", win("Explorer.EXE".lower(), "#32770", "EXÉCUTER"), T.RUN_DIALOG),
    (
        "windows-shell-dialog",
        win("explorer.exe", "#32770", "Futuristic language Run"),
        T.RUN_DIALOG,
    ),
    (
        "windows-task-manager-new-task",
        win("taskmgr.exe", "#32770", "Create new task"),
        T.RUN_DIALOG,
    ),
    ("windows-explorer", win("explorer.exe", "CabinetWClass", "Downloads"), T.EXPLORER_BAR),
    ("windows-explorer", win("explorer.exe", "ExploreWClass", "C:\\"), T.EXPLORER_BAR),
    ("windows-browser-file-dialog", win("chrome.exe", "#32770", "Open"), T.EXPLORER_BAR),
    ("windows-browser-file-dialog", win("msedge.exe", "#32770", "File Upload"), T.EXPLORER_BAR),
    (
        "windows-browser-file-dialog",
        win("firefox.exe", "#32770", "Datei hochladen"),
        T.EXPLORER_BAR,
    ),
    ("windows-dialog", win("notepad.exe", "#32770", "Open"), T.OTHER),
    (
        "windows-terminal",
        win("windowsterminal.exe", "CASCADIA_HOSTING_WINDOW_CLASS", "Windows PowerShell"),
        T.TERMINAL,
    ),
    (
        "windows-console-host",
        win("cmd.exe", "ConsoleWindowClass", "C:\\Windows\\system32\\cmd.exe"),
        T.TERMINAL,
    ),
    (
        "windows-console-host",
        win("", "ConsoleWindowClass", "Administrator: Windows PowerShell"),
        T.TERMINAL,
    ),
    (
        "windows-shell-process",
        win("powershell_ise.exe", "HwndWrapper[PowerShell_ISE.exe;;1]", "Windows PowerShell ISE"),
        T.TERMINAL,
    ),
    ("windows-shell-process", win("pwsh.exe", "Whatever", ""), T.TERMINAL),
    ("windows-mintty", win("", "mintty", "MINGW64:/c/Users/me"), T.TERMINAL),
    ("windows-run-dialog-modern", win("", "WinUIDesktopWin32WindowClass", "Run"), T.RUN_DIALOG),
    (
        "windows-run-dialog-modern",
        win("explorer.exe", "WinUIDesktopWin32WindowClass", "Ausführen"),
        T.RUN_DIALOG,
    ),
    (
        "windows-powershell-ise",
        win("", "HwndWrapper[PowerShell_ISE.exe;;4a1f2c]", "Windows PowerShell ISE"),
        T.TERMINAL,
    ),
    ("macos-script-editor", win("script editor", "", "", "com.apple.ScriptEditor2"), T.TERMINAL),
    ("macos-applescript-process", win("osascript", "", "", ""), T.TERMINAL),
    ("macos-applescript-process", win("script editor", "", "", ""), T.TERMINAL),
    ("macos-terminal", win("terminal", "", "", "com.apple.Terminal"), T.TERMINAL),
    ("macos-terminal", win("iterm2", "", "", "com.googlecode.iterm2"), T.TERMINAL),
    ("macos-warp", win("stable", "", "", "dev.warp.Warp-Stable"), T.TERMINAL),
    ("terminal-process", win("xterm", "XTerm", "user@host: ~"), T.TERMINAL),
    ("terminal-process", win("gnome-terminal-server", "Gnome-terminal", "~"), T.TERMINAL),
    ("terminal-process", win("st", "st-256color", "st"), T.TERMINAL),
    ("terminal-window-class", win("", "UXTerm", "uxterm"), T.TERMINAL),
    ("terminal-window-class", win("", "org.wezfurlong.wezterm", "zsh"), T.TERMINAL),
    (
        "devtools-chromium",
        win("chrome.exe", "Chrome_WidgetWin_1", "DevTools - evil.test/verify"),
        T.BROWSER_CONSOLE,
    ),
    (
        "devtools-chromium",
        win("msedge.exe", "Chrome_WidgetWin_1", "DevTools - discord.com/app"),
        T.BROWSER_CONSOLE,
    ),
    (
        "devtools-chromium",
        win("chromium", "Chromium", "DevTools - localhost:8000/"),
        T.BROWSER_CONSOLE,
    ),
    (
        "devtools-chromium-x11-class",
        win("", "Google-chrome", "DevTools - example.test/"),
        T.BROWSER_CONSOLE,
    ),
    (
        "devtools-firefox",
        win("firefox.exe", "MozillaWindowClass", "Browser Console"),
        T.BROWSER_CONSOLE,
    ),
    (
        "devtools-firefox",
        win("firefox", "firefox", "Multiprocess Browser Console"),
        T.BROWSER_CONSOLE,
    ),
    (
        "devtools-firefox",
        win("firefox", "firefox", "Developer Tools - Example - https://example.test/"),
        T.BROWSER_CONSOLE,
    ),
    (
        "browser",
        win("chrome.exe", "Chrome_WidgetWin_1", "Verify you are human - Google Chrome"),
        T.OTHER,
    ),
    ("browser", win("firefox", "firefox", "Mozilla Firefox"), T.OTHER),
    ("browser-macos", win("google chrome", "", "", "com.google.Chrome"), T.OTHER),
    ("browser-x11-class", win("", "Brave-browser", "New Tab - Brave"), T.OTHER),
    ("electron-app", win("discord.exe", "Chrome_WidgetWin_1", "Discord"), T.OTHER),
]

DEFAULT_CASES = [
    win("notepad.exe", "Notepad", "Untitled - Notepad"),
    win("winword.exe", "OpusApp", "Document1 - Word"),
    win("textedit", "", "", "com.apple.TextEdit"),
    win("gedit", "Gedit", "Unsaved Document 1"),
    win("", "", ""),
    # Look-alikes: one property right is not enough.
    win("notepad.exe", "#32770X", "Run"),
    win("explorer.exe", "Progman", "Program Manager"),
    win("evil.exe", "Chrome_WidgetWin_1", "DevTools - evil.test"),
    win("myterminal-notes", "", ""),
    # A WinUI app that is not the Run dialog; a page titled "Run" in a browser.
    win("notepad.exe", "WinUIDesktopWin32WindowClass", "Untitled - Notepad"),
    win("myapp.exe", "HwndWrapper[MyApp.exe;;1]", "Run"),
]


@pytest.mark.parametrize(
    ("rule_id", "window", "expected"),
    CASES,
    ids=[f"{c[0]}:{c[1].title or c[1].app_id or c[1].window_class}" for c in CASES],
)
def test_windows_classify_by_the_table(
    classifier: TargetClassifier, rule_id: str, window: WindowInfo, expected: PasteTarget
) -> None:
    assert classifier.rule_for(window).id == rule_id
    assert classifier.classify(window) is expected


@pytest.mark.parametrize(
    "window", DEFAULT_CASES, ids=lambda w: w.process or w.window_class or w.app_id or "empty"
)
def test_unknown_windows_are_other(classifier: TargetClassifier, window: WindowInfo) -> None:
    assert classifier.rule_for(window) is classifier.table.default
    assert classifier.classify(window) is T.OTHER


def test_every_rule_in_the_table_has_a_case(classifier: TargetClassifier) -> None:
    missing = {r.id for r in classifier.table.rules} - {c[0] for c in CASES}
    assert not missing, f"rules without a test case: {sorted(missing)}"


# A title for rules whose only title test is a regex.
REGEX_SAMPLES = {"title": "DevTools - sample", "app_id": "dev.warp.Warp-Stable"}
FIREFOX_TITLE = "Browser Console"


def _value_cases() -> list[tuple[str, str, str]]:
    """(rule id, property, value) for every value listed anywhere in the table."""
    raw = yaml.safe_load(default_targets_path().read_text(encoding="utf-8"))
    found = []
    for rule in raw["rules"]:
        for field, value in rule["when"].items():
            for item in (
                [value] if isinstance(value, str) else value if isinstance(value, list) else []
            ):
                found.append((rule["id"], field, item))
    return found


@pytest.mark.parametrize(("rule_id", "field", "value"), _value_cases())
def test_every_value_in_the_table_selects_its_rule(
    classifier: TargetClassifier, rule_id: str, field: str, value: str
) -> None:
    rule = next(r for r in classifier.table.rules if r.id == rule_id)
    props = dict.fromkeys(FIELDS, "")
    for name, test in rule.when:  # satisfy the rule's other conditions
        if name == field:
            continue
        if test.exact:
            props[name] = sorted(test.exact)[0]
        else:
            props[name] = FIREFOX_TITLE if rule_id == "devtools-firefox" else REGEX_SAMPLES[name]
    props[field] = value
    window = win(props["process"], props["window_class"], props["title"], props["app_id"])
    assert classifier.classify(window) is rule.target, (
        f"{field}={value!r} in {rule_id} gives {classifier.rule_for(window).id}"
    )
    # the comparison ignores case
    shouted = {**props, field: value.upper()}
    assert (
        classifier.classify(
            win(shouted["process"], shouted["window_class"], shouted["title"], shouted["app_id"])
        )
        is rule.target
    )


# -- hints -----------------------------------------------------------------------------------------

BROWSER = win("chrome.exe", "Chrome_WidgetWin_1", "Lure - Google Chrome")
NOTEPAD = win("notepad.exe", "Notepad", "Untitled - Notepad")
XTERM = win("xterm", "XTerm", "bash")
EXPLORER = win("explorer.exe", "CabinetWClass", "Downloads")
FILE_DIALOG = win("notepad.exe", "#32770", "Open")


@pytest.mark.parametrize(
    ("window", "hint", "expected"),
    [
        (BROWSER, T.BROWSER_CONSOLE, T.BROWSER_CONSOLE),  # docked DevTools: F12 / Ctrl+Shift+J
        (BROWSER, T.EXPLORER_BAR, T.OTHER),  # Ctrl+L in a browser is its own address bar
        (BROWSER, T.RUN_DIALOG, T.OTHER),
        (NOTEPAD, T.RUN_DIALOG, T.RUN_DIALOG),  # Win+R opened a window we do not know
        (NOTEPAD, T.TERMINAL, T.TERMINAL),  # Win+X, I opened a terminal we do not know
        (NOTEPAD, T.BROWSER_CONSOLE, T.OTHER),
        (NOTEPAD, T.EXPLORER_BAR, T.OTHER),
        (XTERM, T.EXPLORER_BAR, T.TERMINAL),  # Ctrl+L clears a terminal
        (XTERM, T.BROWSER_CONSOLE, T.TERMINAL),
        (EXPLORER, T.EXPLORER_BAR, T.EXPLORER_BAR),
        (EXPLORER, T.RUN_DIALOG, T.EXPLORER_BAR),
        (FILE_DIALOG, T.EXPLORER_BAR, T.EXPLORER_BAR),  # Ctrl+L / Alt+D in a file dialog
        (None, None, T.UNKNOWN),
        (None, T.RUN_DIALOG, T.RUN_DIALOG),
        (None, T.BROWSER_CONSOLE, T.BROWSER_CONSOLE),
        (BROWSER, T.OTHER, T.OTHER),
        (BROWSER, T.UNKNOWN, T.OTHER),
    ],
)
def test_hints_win_where_the_window_accepts_them(
    classifier: TargetClassifier,
    window: WindowInfo | None,
    hint: PasteTarget | None,
    expected: PasteTarget,
) -> None:
    assert classifier.classify(window, hint) is expected


# -- hostile titles and the cache ----------------------------------------------------------------


def test_title_patterns_are_re2(classifier: TargetClassifier) -> None:
    regexes = [
        test.regex
        for rule in classifier.table.rules
        for _, test in rule.when
        if test.regex is not None
    ]
    assert len(regexes) >= 4
    for regex in regexes:
        assert type(regex).__module__.startswith("re2"), type(regex)


@pytest.mark.parametrize("filler", ["a", "DevTools - ", "(", "\u202e", "\x00", "🙂"])
def test_a_hostile_megabyte_title_classifies(classifier: TargetClassifier, filler: str) -> None:
    # how fast is measured in bench/guard.py (the hook path), not here
    title = (filler * (1_000_000 // len(filler) + 1))[:1_000_000]
    window = win("chrome.exe", "Chrome_WidgetWin_1", title)
    target = classifier.classify(window, None)
    expected = T.BROWSER_CONSOLE if filler == "DevTools - " else T.OTHER
    assert target is expected
    assert all(len(key[2]) <= TITLE_CAP for key in classifier._cache)


def test_the_cache_is_bounded_and_serves_repeats(classifier: TargetClassifier) -> None:
    small = TargetClassifier(classifier.table, cache_size=64, strict=True)
    for i in range(5_000):
        small.classify(win("xterm", "XTerm", f"user@host: ~/dir{i}"))
    assert len(small._cache) == 64
    window = win("xterm", "XTerm", "user@host: ~/dir4999")
    rule = small.rule_for(window)
    assert small.rule_for(window) is rule


def test_a_classifier_that_fails_reports_unknown_outside_strict_mode(
    classifier: TargetClassifier,
) -> None:
    lenient = TargetClassifier(classifier.table)  # as the guard runs it
    broken = WindowInfo(None, None, None)  # type: ignore[arg-type]
    assert lenient.classify(broken, T.TERMINAL) is T.TERMINAL  # the unknown rule takes any hint
    assert lenient.classify(broken) is T.UNKNOWN
    assert lenient.errors == 2
    with pytest.raises(TypeError):
        classifier.classify(broken)  # strict (the test suite): programming errors surface


# -- the loader ----------------------------------------------------------------------------------


def test_the_shipped_table_loads_cleanly() -> None:
    table, errors = load_target_table(default_targets_path())
    assert errors == []
    assert table is not None and len(table.rules) >= 15
    assert table.default.target is T.OTHER and table.no_window.target is T.UNKNOWN


BAD_TABLE = """\
version: 1
no_window: {target: unknown, accepts: [run_dialog]}
default: {target: other}
rules:
  - id: fine
    target: terminal
    when: {process: xterm}
  - id: bad-target
    target: shell
    when: {process: bash}
  - id: bad-field
    target: terminal
    when: {colour: blue}
  - id: backtracking
    target: terminal
    when:
      title: {regex: '(a+)\\1'}
  - id: fine
    target: other
    when: {process: other}
  - id: no-when
    target: other
  - id: yes-no
    target: other
    when: {process: [yes, 12]}
  - id: bad-accepts
    target: other
    accepts: [everything]
    when: {process: x}
"""


def test_every_error_is_reported_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "targets.yaml"
    path.write_text(BAD_TABLE, encoding="utf-8")
    with pytest.raises(RuleLoadError) as caught:
        TargetClassifier.load(path, strict=True)
    lines = {(e.line, e.message.split(" ")[0]) for e in caught.value.errors}
    messages = str(caught.value)
    assert f"{path}:8: unknown paste target 'shell'" in messages
    assert f"{path}:13: unknown window property 'colour'" in messages
    assert f"{path}:17:" in messages and "does not compile in RE2" in messages
    assert f"{path}:18: duplicate rule id fine (first at {path}:5)" in messages
    assert f"{path}:21: 'when' must name" in messages
    assert f"{path}:25: 'process' must be a text" in messages
    assert f"{path}:26:" in messages and "'everything'" in messages
    assert len(lines) == 7


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("rules: [\n  - id: x\n", 2, "invalid YAML"),
        ("version: 1\nrules: {}\n", 1, "a mapping with a 'rules' list"),
        (
            "version: 2\nno_window: {target: unknown}\ndefault: {target: other}\nrules: []\n",
            1,
            "'version' must be 1",
        ),
        ("version: 1\ndefault: {target: other}\nrules: []\n", 1, "missing 'no_window'"),
        (
            "version: 1\nno_window: {target: unknown}\ndefault: {target: other, when: {process: x}}\nrules: []\nextra: 1\n",
            1,
            "unknown keys: extra",
        ),
    ],
)
def test_broken_documents_are_reported(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "targets.yaml"
    path.write_text(text, encoding="utf-8")
    table, errors = load_target_table(path)
    assert table is None
    assert any(e.line == line and message in e.message for e in errors), errors


def test_a_missing_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    table, errors = load_target_table(tmp_path / "nope.yaml")
    assert table is None and "cannot read" in errors[0].message


@given(
    st.text(max_size=300),
    st.text(max_size=40),
    st.text(max_size=40),
    st.sampled_from([None, *PasteTarget]),
)
@settings(max_examples=300, deadline=None)
def test_any_window_text_classifies_without_error(
    title: str, process: str, window_class: str, hint: PasteTarget | None
) -> None:
    """Titles come from web pages: any text at all gives a target (its speed: bench/)."""
    classifier = _shared()
    target = classifier.classify(win(process, window_class, title), hint)
    assert isinstance(target, PasteTarget)


_SHARED: list[TargetClassifier] = []


def _shared() -> TargetClassifier:
    if not _SHARED:
        _SHARED.append(TargetClassifier.load(strict=True))
    return _SHARED[0]
