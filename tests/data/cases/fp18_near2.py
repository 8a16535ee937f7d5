"""fpover18 texts next to the tech-support scam: vendors' real support numbers on their own pages,
genuine account holds, outage notices, SIM-registration deadlines, antivirus notifications and
IT's instructions in other languages (own words)."""

SUPPORT_PAGES = [
    (
        "https://support.microsoft.com/en-us/contactus",
        "other",
        "Contact Microsoft Support\nGet help with Microsoft 365, Windows, Xbox and more. Chat with an agent in the Get Help app, or call us: United States 1-800-642-7676 (Mon-Fri 6am-6pm PT). Microsoft will never show a pop-up asking you to call a number.",
    ),
    (
        "https://support.apple.com/en-us/contact",
        "other",
        "Contact Apple Support\nCall 1-800-275-2273 (1-800-APL-CARE), or start a chat from getsupport.apple.com. Have your device's serial number ready. Apple doesn't make unsolicited calls about your account.",
    ),
    (
        "https://www.amazon.co.uk/gp/help/customer/display.html",
        "other",
        "Contact us\nFor help with an order, go to Your Orders and select Problem with order, or use the Customer Service chat. You can also request a call from us from the Help pages; we'll call the phone number you give us. Amazon will never ask for payment outside our website.",
    ),
    (
        "https://www.paypal.com/uk/smarthelp/contact-us",
        "other",
        "PayPal Customer Service: 0800 358 7911 (free from UK landlines and mobiles), Mon–Fri 8am–6pm. Log in first so we can verify your identity quickly. We will never ask for your password or a one-time passcode on the phone.",
    ),
    (
        "https://www.hp.com/us-en/contact-hp/contact.html",
        "other",
        "HP Customer Support – call 1-800-474-6836. Before you call, find your product number and serial number on the label under your laptop. Warranty status can be checked at support.hp.com/checkwarranty.",
    ),
    (
        "https://www.dell.com/support/contents/en-us/article/product-support/self-support-knowledgebase/contact-dell",
        "other",
        "Contact Dell Technical Support: 1-800-624-9897. Have your Service Tag ready (Win+R, type cmd, then wmic bios get serialnumber). Dell technicians will never ask you to pay with gift cards.",
    ),
    (
        "https://www.norton.com/contact-us",
        "other",
        "Need help with your Norton product? Visit support.norton.com to chat with an agent or get a callback. Be careful: scammers advertise fake Norton support numbers. Only use the contact options on norton.com.",
    ),
    (
        "https://support.microsoft.com/de-de/contactus",
        "other",
        'Kontakt zum Microsoft Support\nStarten Sie die App "Hilfe anfordern" oder rufen Sie uns an: Deutschland 0800 808 8014 (Mo–Fr 8–18 Uhr). Microsoft zeigt niemals Pop-ups an, in denen Sie aufgefordert werden, eine Nummer anzurufen.',
    ),
    (
        "https://support.microsoft.com/fr-fr/contactus",
        "other",
        "Contacter le support Microsoft : utilisez l'application Obtenir de l'aide, ou appelez le 09 70 01 90 90 (du lundi au vendredi, 9h-18h). Microsoft ne vous demandera jamais d'appeler un numéro affiché dans une fenêtre pop-up.",
    ),
    (
        "https://www.apple.com/jp/contact/",
        "other",
        "Apple サポートへのお問い合わせ：0120-277-535（受付時間 9:00〜21:00）。シリアル番号をご用意ください。Apple から突然電話をかけてアカウントについて尋ねることはありません。",
    ),
]

HOLDS = [
    (
        "https://mail.google.com/",
        "other",
        "We've placed a temporary hold on your Amazon Seller account because we couldn't verify your bank information. To remove the hold, sign in to Seller Central and update your deposit method under Settings > Account Info. For help, open a case from Seller Central.",
    ),
    (
        "https://outlook.live.com/",
        "other",
        "Your Microsoft account has been temporarily locked because someone may have tried to use it. To unlock it, go to https://account.live.com/acsr or sign in and we'll send a security code to a phone number you added. Need help? Visit support.microsoft.com.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Monzo: we've frozen your card because we noticed a payment that didn't look like you. Open the app to check it — you can unfreeze your card there in one tap. If you need us, chat with us in the app or call 0800 802 1281.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Revolut: your account is temporarily restricted while we review a recent top-up. This usually takes less than 24 hours. You can follow the review in the app under Profile > Help. We'll never call you and ask you to move money.",
    ),
    (
        "https://outlook.live.com/",
        "other",
        "Vodafone: there's a network outage in your area (CF10) affecting broadband and landline. Engineers are on site and we expect service back by 18:00. Check live updates at vodafone.co.uk/network-status or call 191 from a Vodafone mobile. No need to reset your router.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Reminder from MTN: SIM registration with your NIN must be completed by 31 December. Unregistered lines will be barred. Dial *996# to check your status or visit any MTN service centre with your ID. Customer care: 180.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Airtel: Your number 0802xxxx118 is not yet linked to your NIN. Link it before 28 February to avoid disconnection. Dial *996# or visit an Airtel shop. This is an official Airtel message; we'll never ask for your PIN.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Telstra: your mobile service will be suspended on 15 December because the bill for October ($74.00) is overdue. Pay in the My Telstra app or call 13 2200. If you've already paid, please ignore this message.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Kære kunde. Dit internet er midlertidigt afbrudt i dit område på grund af kabelarbejde. Vi forventer at være tilbage kl. 16. Følg status på driftsstatus-siden eller ring 70 70 40 40.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Estimado cliente: su línea ha sido suspendida temporalmente por falta de pago de la factura de noviembre (32,50 €). Puede pagar en Mi Movistar o en cualquier tienda. Para más información llame al 1004. Si ya ha pagado, ignore este mensaje.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Szanowny Kliencie, Twoje konto zostało czasowo zablokowane po trzech błędnych próbach logowania. Odblokujesz je w aplikacji mobilnej lub dzwoniąc pod 19 999. Nigdy nie prosimy o podanie hasła ani kodu BLIK przez telefon.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Gentile cliente, la sua carta è stata bloccata in via precauzionale dopo tre tentativi errati di PIN. Può sbloccarla dall'app o chiamando il numero verde 800 555 123. Non le chiederemo mai codici via SMS.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Caro cliente, seu cartão foi bloqueado preventivamente após uma compra fora do padrão. Confirme a compra no app ou ligue para 4004 0001 (capitais) / 0800 970 0001. Nunca pedimos sua senha.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Beste klant, uw pas is tijdelijk geblokkeerd na drie keer een verkeerde pincode. U kunt de pas deblokkeren in de app of bel ons op 020 343 4000. Wij vragen nooit om uw pincode.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Уважаемый клиент! Ваша карта временно заблокирована после трёх неверных попыток ввода ПИН-кода. Разблокировать её можно в мобильном приложении или по телефону 900. Сотрудники банка никогда не спрашивают коды из СМС.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Değerli müşterimiz, kartınız 3 kez hatalı şifre girişi nedeniyle geçici olarak bloke edilmiştir. Mobil uygulamadan ya da 0850 222 0 800 numaralı müşteri hizmetlerimizden blokeyi kaldırabilirsiniz.",
    ),
]

AV_NOTES = [
    (
        None,
        "other",
        "Virus & threat protection\nThreats found. Microsoft Defender Antivirus found threats. Get details.\nTrojan:Win32/Wacatac.B!ml – Severe – Quarantined\nC:\\Users\\anna\\Downloads\\invoice_8812.zip",
    ),
    (
        None,
        "other",
        "Windows Security: Your device may be open to threats. Windows Defender Firewall is turned off. Turn on > Restore settings. (Shown because the third-party firewall was uninstalled yesterday.)",
    ),
    (
        None,
        "other",
        "Malwarebytes blocked a website: ads.suspicious-tracker.example (Category: Adware). The website was blocked because it's associated with adware. You can add an exclusion if you trust it.",
    ),
    (
        None,
        "other",
        "macOS: \"Example Updater\" will damage your computer. This file was downloaded on an unknown date. macOS couldn't verify that it's free of malware. Move to Bin / Done.",
    ),
    (
        None,
        "other",
        "Chrome: Dangerous download blocked. This file may harm your computer. setup_free_vpn.exe was blocked by Google Safe Browsing.",
    ),
]

IT_LANG = [
    (
        "https://intranet.beispiel.de/it/drucker",
        "other",
        'So verbinden Sie den Drucker im 2. OG:\n1. Drücken Sie Windows-Taste + R.\n2. Geben Sie \\\\druck01 ein und drücken Sie Enter.\n3. Doppelklicken Sie auf "OG2-Farbe". Der Treiber wird automatisch installiert.\nBei Problemen: IT-Hotline Durchwahl 4711.',
    ),
    (
        "https://intranet.exemple.fr/it/outlook",
        "other",
        "Outlook ne se lance plus ? Fermez Outlook, appuyez sur Windows + R, tapez outlook.exe /safe et validez. Si Outlook démarre, désactivez les compléments dans Fichier > Options > Compléments. Sinon, ouvrez un ticket sur le portail IT.",
    ),
    (
        "https://intranet.ejemplo.es/ti/vpn",
        "other",
        "Para renovar el certificado de la VPN: abre PowerShell (sin permisos de administrador) y ejecuta gpupdate /force. Después reinicia el cliente VPN. Si sigue fallando, llama a la extensión 2200.",
    ),
    (
        "https://intranet.esempio.it/it/teams",
        "other",
        "Teams lento? Chiudi Teams dall'area di notifica, premi Win+R, digita %appdata%\\Microsoft\\Teams e premi Invio. Elimina le cartelle Cache e GPUCache e riavvia Teams. Per assistenza apri un ticket.",
    ),
    (
        "https://intranet.voorbeeld.nl/it/schijf",
        "other",
        "Netwerkschijf koppelen: druk op Windows + R, typ \\\\fs01\\afdelingen\\financien en druk op Enter. Klik daarna met rechts op de map en kies Netwerkverbinding maken, letter F:.",
    ),
    (
        "https://intranet.exemplo.pt/ti/impressora",
        "other",
        "Para instalar a impressora do 3.º piso: prima Windows + R, escreva \\\\print01 e prima Enter. Faça duplo clique em Piso3-Cor. Dúvidas? Ramal 3100.",
    ),
    (
        "https://intranet.przyklad.pl/it/vpn",
        "other",
        "Jeśli VPN nie łączy się: naciśnij Win+R, wpisz cmd i wykonaj ipconfig /flushdns, a następnie uruchom ponownie klienta VPN. W razie problemów utwórz zgłoszenie w portalu IT.",
    ),
    (
        "https://intranet.ornek.com.tr/bt/yazici",
        "other",
        "Yazıcıyı eklemek için Windows + R tuşlarına basın, \\\\yazici01 yazın ve Enter'a basın. Kat2-Renkli yazıcısına çift tıklayın. Sorun olursa dahili 2200'ü arayın.",
    ),
    (
        "https://intranet.example.jp/it/printer",
        "other",
        "プリンターの追加方法：Windows キー + R を押し、\\\\print01 と入力して Enter を押します。「3F-カラー」をダブルクリックするとドライバーが自動でインストールされます。問題があれば内線 2200 までご連絡ください。",
    ),
    (
        "https://intranet.example.cn/it/vpn",
        "other",
        "VPN 连接失败时：按 Win+R，输入 cmd，运行 ipconfig /flushdns，然后重新启动 VPN 客户端。如仍有问题，请提交工单或拨打分机 2200。",
    ),
    (
        "https://intranet.example.ru/it/printer",
        "other",
        "Чтобы подключить принтер: нажмите Win+R, введите \\\\print01 и нажмите Enter. Дважды щёлкните «Этаж3-Цвет», драйвер установится автоматически. Вопросы — по доб. 2200 или через заявку в портале.",
    ),
]
