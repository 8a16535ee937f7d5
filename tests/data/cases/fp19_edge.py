"""fpover19 texts close to what lures do, but genuine: banks' fraud alerts, the company's own
remote-support steps, quarantine flags cleared for open-source apps, bypass policies in vendors'
READMEs, run-box entries, verification codes, console snippets on one's own account, parcel and
exchange notices, enterprise licensing, game and desktop tweaks (own words)."""

from fp19_data import each

INBOX = "https://mail.google.com/mail/u/0/#inbox"

FRAUD_ALERTS = [
    *each(
        "https://messages.google.com/web/conversations/12",
        "other",
        "Chase Fraud Alert: Did you attempt a $612.40 purchase at BESTBUY.COM on 12/06? Reply YES or NO. Msg&data rates may apply. To opt out reply STOP.",
        "Capital One: We declined a $249.99 transaction at APPLE.COM/BILL on your card ending 8834 because it looked unusual. If this was you, reply 1. If not, reply 2 and we'll lock your card.",
        "Bank of America: Unusual activity detected on debit card ending 1190. Did you make a $75.00 purchase at WALMART on 12/6? Reply Y or N. Call the number on the back of your card with any questions.",
        "HSBC: a payment of £1,250.00 to J SMITH is on hold for a security check. If you made this payment, confirm in the HSBC UK app. If you didn't, call us using the number on the back of your card.",
        "Revolut: We've blocked a card payment of €389.00 at ONLINE-ELECTRO.DE because it looked suspicious. Check it in the app: if it was you, unblock the card there. We'll never call you asking to move money.",
        "Commerzbank: Wir haben eine ungewöhnliche Kartenzahlung über 499,00 € festgestellt und Ihre Karte vorsorglich gesperrt. Bitte bestätigen oder lehnen Sie die Zahlung in der Commerzbank-App ab. Sperr-Notruf: 116 116.",
        "Crédit Agricole : une opération de 720,00 € chez AMAZON EU a été refusée par mesure de sécurité. Si vous êtes à l'origine de cet achat, validez-le dans l'application Ma Banque. Sinon, faites opposition au 09 69 39 92 91.",
        "BBVA: Hemos detectado un cargo de 299,00 € en MEDIAMARKT con tu tarjeta terminada en 4421. Si no lo reconoces, llama al 91 224 94 26. BBVA nunca te pedirá claves por SMS.",
        "Nubank: Compra de R$ 1.299,00 em MAGAZINE LUIZA foi recusada por segurança. Se foi você, tente de novo após confirmar no app. Se não reconhece, bloqueie o cartão pelo app.",
        "Discover: Is this you? $1,045.00 at DELTA AIR LINES 12/06. Reply YES if it was you or NO if it wasn't. If you reply NO we will call you from 1-800-347-2683.",
        "ANZ: A payment of $2,400 to a new payee was stopped for a security review. To release it, please call ANZ on 13 13 14 and quote reference SR-8821. We will never ask you for your password or a code.",
        "Monzo: We've frozen your card because of a payment attempt we think might be fraud: £899.00 at CURRYS. Tap here in the app to review it. If you need us, chat with us in the app.",
        "PayPal: We noticed a login from a new device (Windows, Chrome, Lagos NG). If this was you, no action needed. If not, change your password at paypal.com and review your recent activity. PayPal will never ask for your password in an email.",
        "Citi Alert: A $3,500.00 wire transfer from your account ending 6612 was requested online. If you did not request this, call 1-888-248-4226 immediately. Citi will never ask you to move money for security reasons.",
    ),
]

REMOTE_SUPPORT = [
    *each(
        "https://acme.service-now.com/sp?id=ticket&table=incident&sys_id=8f2c1e",
        "other",
        "Hi Jordan, thanks for calling the Acme Service Desk (INC0049127). To let me see your screen, press Ctrl + Windows + Q to open Quick Assist, choose 'Get help' and type the 6-digit code I read to you. You can end the session at any time.",
        "Hello Maria — for the Outlook issue, please open Company Portal, install 'TeamViewer QuickSupport (Acme)' and tell me the ID shown. The session is logged to your ticket INC0049133 and ends when you close the window.",
        "Remote session request from Acme IT: technician K. Tanaka (ticket RITM0021877) would like to connect with BeyondTrust. Click Allow only if you are expecting this. Questions: call the service desk on ext. 4357 as listed on the intranet.",
        "Per your request, the ScreenConnect session for INC0049140 is ready. Join from the Acme Support icon in your system tray (installed by IT on all laptops). Do not install any remote tool someone sends you by email.",
    ),
    *each(
        "https://learn.microsoft.com/en-us/windows/client-management/client-tools/quick-assist",
        "other",
        "To get help, the person sharing their screen opens Quick Assist from the Start menu (or presses Ctrl+Windows+Q), enters the security code the helper gives them, and chooses whether to allow full control or view only. Only use Quick Assist with someone you trust, like your organisation's help desk.",
    ),
    *each(
        "https://anydesk.com/en/downloads/windows",
        "other",
        "Your AnyDesk address is shown on the left of the main window. Give it only to people you know; AnyDesk will never call you to ask for it. Unattended access can be turned off in Settings > Security.",
    ),
    *each(
        "https://teams.microsoft.com/v2/",
        "other",
        "Hey, IT here 👋 re your ticket about the printer: I pushed the driver through Intune, it should show up in Company Portal > Printers within 15 min. No need to install anything else. If it's still not there after a restart, reply here.",
        "Hi, this is Priya from Desktop Support. I see the VPN client on your laptop is out of date. Please restart once today; the update installs itself at sign-in. You don't need to download anything, and we will never ask for your password.",
    ),
]

QUARANTINE = [
    *each(
        "https://github.com/macvim-dev/macvim/wiki/FAQ",
        "terminal",
        "xattr -d com.apple.quarantine /Applications/MacVim.app",
    ),
    *each(
        "https://github.com/ppy/osu/wiki/Troubleshooting",
        "terminal",
        "xattr -cr /Applications/osu\\!.app",
    ),
    *each(
        "https://github.com/utmapp/UTM/wiki/",
        "terminal",
        "sudo xattr -rd com.apple.quarantine /Applications/UTM.app",
    ),
    *each(
        "https://github.com/ryujinx-mirror/ryujinx/wiki/macOS-FAQ",
        "terminal",
        "xattr -rc ~/Downloads/Ryujinx.app && mv ~/Downloads/Ryujinx.app /Applications/",
    ),
    *each(
        "https://github.com/acme/desktop/blob/main/docs/macos.md",
        "other",
        "**\"App is damaged and can't be opened\"** — our nightly builds are not notarised yet. After checking the SHA-256 on the release page, clear the quarantine flag:\n\n```sh\nxattr -dr com.apple.quarantine /Applications/AcmeDesktop.app\n```\n\nRelease builds are signed and notarised and don't need this.",
    ),
]

BYPASS_README = [
    *each(
        "https://github.com/acme/win-dev-setup/blob/main/README.md",
        "terminal",
        "powershell -NoProfile -ExecutionPolicy Bypass -File .\\setup.ps1 -Profile developer",
        "Set-ExecutionPolicy -Scope Process -ExecutionPolicy Bypass\n.\\Install-AcmeTools.ps1 -Verbose",
    ),
    *each(
        "https://learn.microsoft.com/en-us/mem/intune/apps/intune-management-extension",
        "other",
        "Intune runs platform scripts with: powershell.exe -NoProfile -ExecutionPolicy Bypass -File \"C:\\Program Files (x86)\\Microsoft Intune Management Extension\\Policies\\Scripts\\<guid>.ps1\". If the script is not signed, set 'Enforce script signature check' to No.",
    ),
    *each(
        "https://learn.microsoft.com/en-us/mem/configmgr/apps/deploy-use/create-deploy-scripts",
        "other",
        "Detection method (script):\n```powershell\n$ver = (Get-ItemProperty 'HKLM:\\SOFTWARE\\Acme\\Agent' -ErrorAction SilentlyContinue).Version\nif ($ver -ge [version]'3.2.0') { Write-Output 'Installed' }\n```\nInstall program: `powershell.exe -ExecutionPolicy Bypass -NoProfile -File Install.ps1`",
    ),
    *each(
        "https://github.com/ChrisTitusTech/winutil",
        "other",
        'Launch it from an elevated PowerShell:\n\n```\nirm "https://christitus.com/win" | iex\n```\n\nIf you get a TLS error on old builds of Windows 10, run `[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12` first.',
    ),
    *each(
        "https://spicetify.app/docs/advanced-usage/installation",
        "terminal",
        "iwr -useb https://raw.githubusercontent.com/spicetify/cli/main/install.ps1 | iex",
    ),
    *each(
        "https://scoop.sh/",
        "other",
        "Open a PowerShell terminal (version 5.1 or later) and run:\n\nSet-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser\nInvoke-RestMethod -Uri https://get.scoop.sh | Invoke-Expression",
    ),
    *each(
        "https://ohmyposh.dev/docs/installation/windows",
        "terminal",
        "Set-ExecutionPolicy Bypass -Scope Process -Force; Invoke-Expression ((New-Object System.Net.WebClient).DownloadString('https://ohmyposh.dev/install.ps1'))",
    ),
    *each(
        "https://docs.acme.example/agent/install/windows",
        "terminal",
        "$ProgressPreference = 'SilentlyContinue'\nInvoke-WebRequest -Uri https://downloads.acme.example/agent/3.2.0/AcmeAgent-x64.msi -OutFile $env:TEMP\\AcmeAgent.msi\nStart-Process msiexec.exe -ArgumentList \"/i $env:TEMP\\AcmeAgent.msi /qn TENANT=acme-prod\" -Wait",
    ),
]

RUNBOX = [
    *each(
        "https://intranet.acme.example/it/howto/printers",
        "run_dialog",
        "\\\\print01.corp.example",
        "\\\\fs01\\Software\\Drivers\\HP",
        "\\\\fs01.corp.example\\Departments\\HR\\Forms",
        "mstsc /v:rds01.corp.example",
        "control printers",
        "appwiz.cpl",
        "ncpa.cpl",
        "%temp%",
        "%appdata%\\Microsoft\\Teams",
        "msinfo32",
        "https://portal.office.com",
        "outlook.exe /safe",
        "winword.exe /safe",
        "excel /r",
        "cleanmgr /sageset:1",
        "msdt.exe /id NetworkDiagnosticsWeb",
        "\\\\fs01\\Software\\Acme\\AgentSetup.exe",
    ),
    *each(
        "https://intranet.acme.example/it/howto/printers",
        "explorer_bar",
        "\\\\fs01.corp.example\\Scans\\jmoreno",
        "C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs",
        "%USERPROFILE%\\AppData\\Local\\Microsoft\\Outlook",
        "ftp://ftp.acme.example/pub/drivers/",
        "https://acme.sharepoint.com/sites/IT/Shared Documents",
    ),
]

CODES = [
    *each(
        "https://messages.google.com/web/conversations/4",
        "other",
        "G-482913 is your Google verification code. Don't share it with anyone.",
        "Your Microsoft account security code is 7391. If you didn't request a code, you can ignore this message.",
        "[Kakao] 인증번호 [482913]를 입력해주세요. 타인에게 절대 알려주지 마세요.",
        "【LINE】認証番号：582013 この番号を他人に教えないでください。",
        "Ihr WhatsApp-Code: 481-903. Teile diesen Code mit niemandem.",
        "Votre code de vérification Doctolib est 729104. Ne le communiquez à personne.",
        "Tu código de verificación de Bizum es 384027. No lo compartas con nadie, ni siquiera con empleados del banco.",
        "Código de segurança Nubank: 552019. Não compartilhe com ninguém. O Nubank nunca liga pedindo este código.",
        "Код подтверждения Госуслуг: 4821. Никому не сообщайте код, даже сотрудникам.",
        "【腾讯科技】您的验证码为 583921，5分钟内有效。请勿泄露给他人。",
        "Trendyol doğrulama kodunuz: 902184. Bu kodu kimseyle paylaşmayın.",
        "Kod BLIK: 482 913. Ważny 2 minuty. Nie podawaj go nikomu przez telefon.",
        "Your Uber code: 4829. Never share this code with anyone, including Uber support.",
        "Apple Account Code for your iPhone: 381 204. Don't share it with anyone.",
        "Your Amazon OTP is 610482. Do not share it with anyone. If you didn't request this, call customer service using the number on amazon.com.",
    ),
]

CONSOLE_SNIPPETS = [
    *each(
        "https://www.youtube.com/playlist?list=WL",
        "browser_console",
        "setInterval(() => { document.querySelector('#primary ytd-playlist-video-renderer yt-icon-button button')?.click(); setTimeout(() => document.querySelector('ytd-menu-service-item-renderer:nth-child(3)')?.click(), 300); }, 1000);",
    ),
    *each(
        "https://github.com/notifications",
        "browser_console",
        "document.querySelectorAll('input.js-notification-bulk-action-check-item').forEach(cb => cb.click())",
    ),
    *each(
        "https://www.instagram.com/",
        "browser_console",
        "console.log(document.title, location.href)",
    ),
    *each(
        "https://app.acme.example/admin/users",
        "browser_console",
        "copy(JSON.stringify([...document.querySelectorAll('tr[data-user-id]')].map(r => r.dataset.userId)))",
        "document.cookie.split('; ').map(c => c.split('=')[0])",
        "fetch('/api/v1/users?limit=500', {credentials: 'same-origin'}).then(r => r.json()).then(d => console.table(d.items))",
    ),
    *each(
        "https://stackoverflow.com/questions/14446447/",
        "browser_console",
        "Array.from(document.querySelectorAll('a')).map(a => a.href).filter(h => h.endsWith('.pdf')).join('\\n')",
    ),
]

PARCEL_EXCHANGE = [
    *each(
        INBOX,
        "other",
        "DHL: Your parcel JD014600003812345678 will be delivered today between 13:00 and 15:00. Change delivery at dhl.de/manage or in the DHL app. No customs fee is due on this shipment.",
        "UPS: Your package 1Z999AA10123456784 has a customs charge of $18.42. You can pay it at ups.com/mychoice or to the driver on delivery. UPS will only text you from 69877.",
        "FedEx: Delivery exception for 7712 3456 7890 — recipient not available. We'll try again next business day. Manage delivery at fedex.com/tracking. FedEx never asks for payment by text.",
        "PostNL: Je pakket 3SKABA123456789 ligt klaar bij het PostNL-punt (Albert Heijn, Hoofdstraat 12). Neem je ID en deze code mee: 4821.",
        "La Poste : votre colis 6A12345678901 est disponible en bureau de poste jusqu'au 16/12. Présentez une pièce d'identité.",
        "Correos: Tu envío PQ4F2R0712345670128001K llegará mañana. Puedes seguirlo en correos.es. Correos nunca te pedirá pagos por SMS.",
        "Coinbase: You sent 0.0412 BTC to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh. If you didn't authorise this, lock your account at coinbase.com/lock and contact support from the Help Center.",
        "Kraken: A new API key 'tax-export (read only)' was created on your account. If this wasn't you, disable it in Settings > API and contact support@kraken.com.",
        "Binance: Withdrawal successful. Amount: 250 USDT (TRC20). Address: TQ7h2mvf8Xkz3LrEw4nYc1dB6aP9sJuVoG. If you did not make this withdrawal, disable your account immediately via the app.",
    ),
]

LICENSING = [
    *each(
        "https://learn.microsoft.com/en-us/windows-server/get-started/kms-client-activation-keys",
        "terminal",
        "slmgr /ipk NPPR9-FWDCX-D2C8J-H872K-2YT43\nslmgr /skms kms01.corp.example:1688\nslmgr /ato",
        "slmgr /dlv",
        'cscript "C:\\Program Files\\Microsoft Office\\Office16\\OSPP.VBS" /dstatus',
    ),
    *each(
        "https://learn.microsoft.com/en-us/microsoft-365-apps/deploy/overview-office-deployment-tool",
        "terminal",
        "setup.exe /download configuration-Office365-x64.xml\nsetup.exe /configure configuration-Office365-x64.xml",
        '"C:\\Program Files\\Common Files\\microsoft shared\\ClickToRun\\OfficeC2RClient.exe" /update user updatetoversion=16.0.17928.20216',
    ),
]

DESKTOP_TWEAKS = [
    *each(
        "https://www.reddit.com/r/Windows11/comments/1gq2w3e/how_to_get_the_old_right_click_menu_back/",
        "terminal",
        'reg add "HKCU\\Software\\Classes\\CLSID\\{86ca1aa0-34aa-4e8b-a509-50c905bae2a2}\\InprocServer32" /f /ve\ntaskkill /f /im explorer.exe & start explorer.exe',
        "reg add HKLM\\SYSTEM\\Setup\\LabConfig /v BypassTPMCheck /t REG_DWORD /d 1 /f",
        "Get-AppxPackage *xbox* | Remove-AppxPackage",
        "powercfg -duplicatescheme e9a42b02-d5df-448d-aa00-03f14749eb61",
        "bcdedit /set {current} safeboot minimal",
        "shutdown /r /fw /t 0",
        'netsh advfirewall firewall add rule name="Minecraft 25565" dir=in action=allow protocol=TCP localport=25565',
    ),
    *each(
        "https://wiki.archlinux.org/title/Steam/Troubleshooting",
        "terminal",
        "rm -rf ~/.local/share/Steam/steamapps/shadercache/*\nsteam --reset",
        'find ~/.steam/root/ \\( -name "libgcc_s.so*" -o -name "libstdc++.so*" -o -name "libxcb.so*" \\) -print -delete',
    ),
    *each(
        "https://vencord.dev/download/",
        "terminal",
        'sh -c "$(curl -sS https://raw.githubusercontent.com/Vendicated/VencordInstaller/main/install.sh)"',
    ),
    *each(
        "https://github.com/acme/dotfiles",
        "terminal",
        "git clone https://github.com/acme/dotfiles ~/.dotfiles && ~/.dotfiles/install.sh --no-ssh",
    ),
]
