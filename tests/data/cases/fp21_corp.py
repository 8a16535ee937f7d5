"""fpover21 texts: administrators' download-and-run lines on their OWN company's pages (intranet
wiki, Confluence/Notion/SharePoint/GitLab pages of the company, the company's docs site): the
script's host and the page share the registrable domain, or the page is the company's tenant of
its wiki vendor and the script is on the company's own domain (own words, invented companies on
reserved names)."""


def each(source, target, *texts):
    return [(source, target, t) for t in texts]


# --- PowerShell download-and-run from the company's own hosts --------------------------------
IT_WIKI = "https://wiki.northwind.example/display/IT/Workstation+bootstrap"
IT_DOCS = "https://it.fabrikam.example/docs/windows/new-laptop"
GITLAB_PAGE = "https://gitlab.contoso-labs.example/it-ops/bootstrap"
HANDBOOK = "https://handbook.tailspin.example/engineering/onboarding/windows"

OWN_POWERSHELL = [
    *each(
        IT_WIKI,
        "terminal",
        "irm https://tools.northwind.example/bootstrap/win-dev.ps1 | iex",
        "Set-ExecutionPolicy RemoteSigned -Scope CurrentUser -Force\nirm https://tools.northwind.example/bootstrap/win-dev.ps1 | iex",
        "Invoke-RestMethod -Uri https://tools.northwind.example/bootstrap/printers.ps1 | Invoke-Expression",
        "iwr -useb https://tools.northwind.example/bootstrap/fonts.ps1 | iex",
        "& ([scriptblock]::Create((irm https://tools.northwind.example/bootstrap/vpn-profile.ps1))) -Region EU",
    ),
    *each(
        IT_DOCS,
        "terminal",
        "irm https://it.fabrikam.example/scripts/Install-DevTools.ps1 | iex",
        "$s = Invoke-WebRequest -UseBasicParsing https://it.fabrikam.example/scripts/Set-Proxy.ps1\nInvoke-Expression $s.Content",
        "Invoke-WebRequest https://it.fabrikam.example/scripts/Repair-Outlook.ps1 -OutFile $env:TEMP\\Repair-Outlook.ps1\n& $env:TEMP\\Repair-Outlook.ps1 -ResetProfile",
        "Set-ExecutionPolicy Bypass -Scope Process -Force; iex ((New-Object System.Net.WebClient).DownloadString('https://it.fabrikam.example/scripts/Install-DevTools.ps1'))",
        'powershell -NoProfile -ExecutionPolicy Bypass -Command "irm https://it.fabrikam.example/scripts/Clear-TeamsCache.ps1 | iex"',
    ),
    *each(
        GITLAB_PAGE,
        "terminal",
        "irm https://gitlab.contoso-labs.example/it-ops/bootstrap/-/raw/main/windows/setup.ps1 | iex",
        "Invoke-WebRequest -Uri https://gitlab.contoso-labs.example/it-ops/bootstrap/-/raw/main/windows/wsl.ps1 -OutFile wsl.ps1; .\\wsl.ps1 -Distro Ubuntu-24.04",
    ),
    *each(
        HANDBOOK,
        "terminal",
        "irm https://handbook.tailspin.example/scripts/windows-dev.ps1 | iex",
        "# run in an elevated PowerShell\nirm https://get.tailspin.example/win | iex",
    ),
]

# --- curl | bash from the company's own hosts --------------------------------------------------
ENG_WIKI = "https://confluence.northwind.example/display/ENG/Mac+developer+setup"
PLATFORM_DOCS = "https://docs.internal.globex.example/platform/getting-started"
GITLAB_README = "https://gitlab.globex.example/platform/devbox/-/blob/main/README.md"
GITHUB_ENT = "https://github.initech.example/infra/laptop/blob/main/README.md"

OWN_CURL = [
    *each(
        ENG_WIKI,
        "terminal",
        "curl -fsSL https://tools.northwind.example/bootstrap/mac.sh | bash",
        '/bin/bash -c "$(curl -fsSL https://tools.northwind.example/bootstrap/mac.sh)"',
        "curl -fsSL https://tools.northwind.example/bootstrap/mac.sh -o /tmp/mac.sh && bash /tmp/mac.sh --with-docker",
        "bash <(curl -fsSL https://tools.northwind.example/bootstrap/ssh-ca.sh)",
    ),
    *each(
        PLATFORM_DOCS,
        "terminal",
        "curl -sSfL https://docs.internal.globex.example/install/globexctl.sh | sh",
        "curl -sSfL https://docs.internal.globex.example/install/globexctl.sh | sh -s -- -b /usr/local/bin v2.14.0",
        "wget -qO- https://docs.internal.globex.example/install/kubeconfig.sh | bash -s -- --cluster prod-eu-1",
    ),
    *each(
        GITLAB_README,
        "terminal",
        "curl -fsSL https://gitlab.globex.example/platform/devbox/-/raw/main/install.sh | bash",
        'curl --header "PRIVATE-TOKEN: $GITLAB_TOKEN" -fsSL "https://gitlab.globex.example/api/v4/projects/412/repository/files/install.sh/raw?ref=main" | bash',
    ),
    *each(
        GITHUB_ENT,
        "terminal",
        "curl -fsSL https://github.initech.example/raw/infra/laptop/main/mac | sh",
        'sh -c "$(curl -fsSL https://github.initech.example/raw/infra/laptop/main/linux)"',
    ),
    *each(
        "https://intranet.initech.example/it/linux/enrol",
        "terminal",
        "curl -fsSL https://intranet.initech.example/it/linux/enrol.sh | sudo bash",
        "sudo sh -c 'curl -fsSL https://intranet.initech.example/it/linux/ca.crt -o /usr/local/share/ca-certificates/initech-root.crt && update-ca-certificates'",
    ),
]

# --- Confluence / Notion / SharePoint tenant of the company, script on the company's domain --
CONFLUENCE = "https://northwind.atlassian.net/wiki/spaces/IT/pages/2231451/Laptop+setup"
NOTION = "https://www.notion.so/globex/Engineering-onboarding-8a1f3c2d9e7b4a6c8d0e1f2a3b4c5d6e"
SHAREPOINT = "https://fabrikam.sharepoint.com/sites/IT/SitePages/Install-the-VPN.aspx"

TENANT_WIKI = [
    *each(
        CONFLUENCE,
        "terminal",
        "irm https://tools.northwind.example/bootstrap/win-dev.ps1 | iex",
        "curl -fsSL https://tools.northwind.example/bootstrap/mac.sh | bash",
        "msiexec /i https://tools.northwind.example/msi/NorthwindPrinterPack.msi /qn",
    ),
    *each(
        NOTION,
        "terminal",
        "curl -fsSL https://get.globex.example/devbox | bash",
        "brew tap globex/tools https://gitlab.globex.example/platform/homebrew-tools.git && brew install globexctl",
    ),
    *each(
        SHAREPOINT,
        "terminal",
        "msiexec /i https://downloads.fabrikam.example/vpn/FabrikamVPN-x64.msi /qn /norestart",
        "irm https://it.fabrikam.example/scripts/Install-VPN.ps1 | iex",
    ),
]

# --- msiexec / winget / choco / scoop from the company's pages --------------------------------
SOFTWARE_PAGE = "https://it.fabrikam.example/software-catalogue/approved"
SELF_SERVICE = "https://selfservice.northwind.example/kb/KB0012093"

OWN_PACKAGES = [
    *each(
        SOFTWARE_PAGE,
        "terminal",
        "winget install --id Microsoft.VisualStudioCode -e --source winget",
        "winget install -e --id Git.Git; winget install -e --id Microsoft.PowerShell; winget install -e --id Microsoft.WindowsTerminal",
        "winget install --id Microsoft.Teams -e --accept-package-agreements --accept-source-agreements",
        "winget source add --name fabrikam https://winget.fabrikam.example/api --type Microsoft.Rest\nwinget install --source fabrikam Fabrikam.TimeTracker",
        'choco source add -n=fabrikam -s="https://nexus.fabrikam.example/repository/choco-hosted/" --priority=1\nchoco install fabrikam-certs -y',
        "choco install 7zip notepadplusplus googlechrome -y --no-progress",
        "scoop bucket add fabrikam https://gitlab.fabrikam.example/it/scoop-bucket.git\nscoop install fabrikam/fabctl",
        "msiexec /i https://downloads.fabrikam.example/agents/FabrikamInventory-3.2.1.msi /qn SERVER=inventory.fabrikam.example",
    ),
    *each(
        SELF_SERVICE,
        "terminal",
        'msiexec.exe /i "https://software.northwind.example/packages/Citrix/CitrixWorkspaceApp.msi" /qn /norestart',
        "msiexec /x {8A1F3C2D-9E7B-4A6C-8D0E-1F2A3B4C5D6E} /qn",
        "winget upgrade --all --silent --accept-source-agreements",
        "Start-Process msiexec.exe -Wait -ArgumentList '/i https://software.northwind.example/packages/Zoom/ZoomInstallerFull.msi /qn ZoomAutoUpdate=1'",
    ),
    *each(
        "https://northwind.atlassian.net/wiki/spaces/IT/pages/991823/Software+Center",
        "run_dialog",
        "softwarecenter:",
        "control smscfgrc",
    ),
]

# --- MDM enrolment -----------------------------------------------------------------------------
INTUNE_KB = "https://it.fabrikam.example/kb/enrol-your-windows-pc"
JAMF_KB = "https://northwind.atlassian.net/wiki/spaces/IT/pages/77123/Enrol+your+Mac+in+Jamf"

MDM = [
    *each(
        INTUNE_KB,
        "run_dialog",
        "ms-device-enrollment:?mode=mdm&username=first.last@fabrikam.example",
        "ms-settings:workplace",
    ),
    *each(
        INTUNE_KB,
        "terminal",
        "dsregcmd /status",
        'Start-Process "ms-device-enrollment:?mode=mdm&username=$env:USERNAME@fabrikam.example"',
        "Get-ScheduledTask | Where-Object {$_.TaskPath -like '*EnterpriseMgmt*'} | Start-ScheduledTask",
        "C:\\Windows\\System32\\DeviceEnroller.exe /c /AutoEnrollMDM",
    ),
    *each(
        JAMF_KB,
        "terminal",
        "sudo profiles renew -type enrollment",
        "sudo jamf recon && sudo jamf policy",
        "sudo jamf policy -event install-crowdstrike",
        "profiles status -type enrollment",
    ),
    *each(
        "https://selfservice.northwind.example/kb/KB0013377",
        "terminal",
        "sudo /usr/local/bin/kandji-cli enroll --token $(cat ~/Downloads/kandji-enrol.txt)",
        'open "https://northwind.jamfcloud.com/enroll"',
    ),
]

# --- agents the company uses, from the company's own page, vendor's host ----------------------
SEC_KB = "https://it.fabrikam.example/kb/security-agents"
SEC_WIKI = "https://wiki.northwind.example/display/SEC/Endpoint+agents"

OWN_AGENTS = [
    *each(
        SEC_KB,
        "terminal",
        "msiexec /i \\\\fabrikam.example\\NETLOGON\\agents\\WindowsSensor.msi /qn CID=4F1A2B3C4D5E6F708192A3B4C5D6E7F8-1A",
        "Start-Process -FilePath .\\WindowsSensor.exe -ArgumentList '/install /quiet /norestart CID=4F1A2B3C4D5E6F708192A3B4C5D6E7F8-1A' -Wait",
        "sudo /opt/CrowdStrike/falconctl -s --cid=4F1A2B3C4D5E6F708192A3B4C5D6E7F8-1A && sudo systemctl start falcon-sensor",
        'msiexec /i SentinelInstaller_windows_64bit_v23_4_4_223.msi SITE_TOKEN="eyJ1cmwiOiAiaHR0cHM6Ly9ldWNlMS0xMDguc2VudGluZWxvbmUubmV0In0=" /q /norestart',
        "sudo /opt/sentinelone/bin/sentinelctl management token set eyJ1cmwiOiAiaHR0cHM6Ly9ldWNlMS0xMDguc2VudGluZWxvbmUubmV0In0= && sudo /opt/sentinelone/bin/sentinelctl control start",
        'msiexec /i "https://downloads.fabrikam.example/security/Zscaler-windows-4.4.0.300-installer-x64.msi" CLOUDNAME=zscalertwo USERDOMAIN=fabrikam.example POLICYTOKEN=3A41B2C3 /quiet',
    ),
    *each(
        SEC_WIKI,
        "terminal",
        "curl -o mde_installer.sh https://raw.githubusercontent.com/microsoft/mdatp-xplat/master/linux/installation/mde_installer.sh\nchmod +x mde_installer.sh\nsudo ./mde_installer.sh --install --channel prod --onboard MicrosoftDefenderATPOnboardingLinuxServer.py",
        "sudo mdatp health --field healthy",
        "curl -so wazuh-agent.deb https://packages.wazuh.com/4.x/apt/pool/main/w/wazuh-agent/wazuh-agent_4.9.0-1_amd64.deb && sudo WAZUH_MANAGER='wazuh.northwind.example' WAZUH_AGENT_GROUP='linux-servers' dpkg -i ./wazuh-agent.deb",
        "Invoke-WebRequest -Uri https://packages.wazuh.com/4.x/windows/wazuh-agent-4.9.0-1.msi -OutFile $env:tmp\\wazuh-agent.msi; msiexec.exe /i $env:tmp\\wazuh-agent.msi /q WAZUH_MANAGER='wazuh.northwind.example' WAZUH_AGENT_GROUP='windows-laptops'",
        "NET START WazuhSvc",
        'DD_API_KEY=<YOUR_KEY> DD_SITE="datadoghq.eu" bash -c "$(curl -L https://install.datadoghq.com/scripts/install_script_agent7.sh)"',
    ),
    *each(
        "https://wiki.northwind.example/display/NET/Remote+access+VPN",
        "terminal",
        'msiexec /i GlobalProtect64.msi PORTAL="vpn.northwind.example" /quiet',
        "msiexec /package cisco-secure-client-win-5.1.2.42-core-vpn-predeploy-k9.msi /norestart /passive",
        "winget install --id WireGuard.WireGuard -e",
        "sudo apt install ./GlobalProtect_UI_deb-6.1.1.0-44.deb && globalprotect connect --portal vpn.northwind.example",
        "sudo openvpn3 session-start --config ~/Downloads/northwind-eu.ovpn",
    ),
    *each(
        "https://it.fabrikam.example/kb/remote-support",
        "terminal",
        "msiexec /i NinjaOneAgent-fabrikamlaptops-mainoffice-windowsdesktop.msi /qn",
        "winget install --id TeamViewer.TeamViewer.Host -e --silent",
    ),
]

# --- the company's docs site for customers (its own product, its own hosts) ------------------
PRODUCT_DOCS = [
    *each(
        "https://docs.globex.example/cli/install",
        "terminal",
        "curl -fsSL https://get.globex.example/cli | sh",
        "brew install globex/tap/globex",
        "irm https://get.globex.example/cli.ps1 | iex",
        "npm install -g @globex/cli",
        "docker run --rm -it ghcr.io/globex/cli:latest version",
    ),
    *each(
        "https://developer.initech.example/docs/agent/linux",
        "terminal",
        'curl -fsSL https://packages.initech.example/gpg.key | sudo gpg --dearmor -o /usr/share/keyrings/initech.gpg\necho "deb [signed-by=/usr/share/keyrings/initech.gpg] https://packages.initech.example/apt stable main" | sudo tee /etc/apt/sources.list.d/initech.list\nsudo apt update && sudo apt install initech-agent',
        "sudo rpm --import https://packages.initech.example/gpg.key\nsudo dnf config-manager --add-repo https://packages.initech.example/rpm/initech.repo\nsudo dnf install -y initech-agent",
        "curl -sL https://packages.initech.example/install.sh | sudo INITECH_TOKEN=tok_live_8a1f3c2d bash",
    ),
    *each(
        "https://developer.initech.example/docs/agent/windows",
        "terminal",
        "msiexec /i https://packages.initech.example/windows/initech-agent-x64.msi /qn INITECH_TOKEN=tok_live_8a1f3c2d",
        "[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12; iex (irm https://packages.initech.example/install.ps1)",
    ),
]

# --- more companies: Linux fleet, macOS, GPO / SCCM / Intune scripts, their own wikis -------
OPS_WIKI = "https://wiki.umbrella-corp.example/ops/runbooks/new-server"
MAC_KB = "https://help.umbrella-corp.example/it/mac/setup"
GITEA = "https://git.hooli.example/it/dotfiles"
INTRANET_HOOLI = "https://intranet.hooli.example/it/windows/setup"

MORE_OWN = [
    *each(
        OPS_WIKI,
        "terminal",
        "curl -fsSL https://repo.umbrella-corp.example/bootstrap/server.sh | sudo bash -s -- --role web --env prod",
        "curl -fsSL https://repo.umbrella-corp.example/keys/umbrella-apt.gpg | sudo gpg --dearmor -o /usr/share/keyrings/umbrella.gpg\necho 'deb [signed-by=/usr/share/keyrings/umbrella.gpg] https://repo.umbrella-corp.example/apt jammy main' | sudo tee /etc/apt/sources.list.d/umbrella.list",
        "sudo apt update && sudo apt install -y umbrella-baseline umbrella-monitoring",
        "ansible-pull -U https://git.umbrella-corp.example/ops/ansible-baseline.git -i localhost, site.yml",
        "wget -qO- https://repo.umbrella-corp.example/bootstrap/node-exporter.sh | sudo bash",
        'salt-call --local state.apply baseline pillar=\'{"env": "prod"}\'',
    ),
    *each(
        MAC_KB,
        "terminal",
        "curl -fsSL https://help.umbrella-corp.example/it/mac/setup.sh | zsh",
        "sudo installer -pkg /Volumes/UmbrellaIT/UmbrellaTools.pkg -target /",
        "defaults write com.microsoft.autoupdate2 ChannelName -string Current",
        "sudo softwareupdate --install-rosetta --agree-to-license",
        '/bin/zsh -c "$(curl -fsSL https://help.umbrella-corp.example/it/mac/printers.sh)"',
    ),
    *each(
        GITEA,
        "terminal",
        'sh -c "$(curl -fsSL https://git.hooli.example/it/dotfiles/raw/branch/main/install.sh)"',
        "git clone https://git.hooli.example/it/dotfiles.git ~/.dotfiles && ~/.dotfiles/install.sh",
    ),
    *each(
        INTRANET_HOOLI,
        "terminal",
        "irm https://intranet.hooli.example/it/windows/setup.ps1 | iex",
        "Invoke-WebRequest https://intranet.hooli.example/it/windows/HooliCerts.cer -OutFile $env:TEMP\\HooliCerts.cer\nImport-Certificate -FilePath $env:TEMP\\HooliCerts.cer -CertStoreLocation Cert:\\LocalMachine\\Root",
        "gpupdate /force",
        "Add-Printer -ConnectionName \\\\print01.hooli.example\\Floor3-Color",
        "Install-Module -Name HooliTools -Repository HooliPSGallery -Scope CurrentUser\nRegister-PSRepository -Name HooliPSGallery -SourceLocation https://nuget.hooli.example/api/v2 -InstallationPolicy Trusted",
        'Start-Process "C:\\Windows\\CCM\\ClientUX\\SCClient.exe" softwarecenter:Page=AvailableSoftware',
    ),
    *each(
        "https://hooli.atlassian.net/wiki/spaces/IT/pages/11823/Developer+laptop",
        "terminal",
        "irm https://intranet.hooli.example/it/windows/setup.ps1 | iex",
        "curl -fsSL https://intranet.hooli.example/it/mac/setup.sh | bash",
        "winget install --id Hooli.DevCli --source hooli",
    ),
    *each(
        "https://umbrella-corp.sharepoint.com/sites/ITSupport/SitePages/VPN.aspx",
        "terminal",
        "msiexec /i https://repo.umbrella-corp.example/win/UmbrellaVPN.msi /passive",
        "irm https://help.umbrella-corp.example/it/win/vpn.ps1 | iex",
    ),
    *each(
        "https://www.notion.so/hooli/IT-Handbook-2b1e9f8d7c6a4b3e9d8c7b6a5f4e3d2c",
        "terminal",
        "curl -fsSL https://intranet.hooli.example/it/linux/enrol.sh | sudo bash",
    ),
    *each(
        "https://gitlab.com/umbrella-corp/it/laptop-setup/-/blob/main/README.md",
        "terminal",
        "curl -fsSL https://gitlab.com/umbrella-corp/it/laptop-setup/-/raw/main/setup.sh | bash",
        "irm https://gitlab.com/umbrella-corp/it/laptop-setup/-/raw/main/setup.ps1 | iex",
    ),
    *each(
        "https://github.com/hooli-xyz/dev-setup",
        "terminal",
        "curl -fsSL https://raw.githubusercontent.com/hooli-xyz/dev-setup/main/bootstrap.sh | bash",
        "irm https://raw.githubusercontent.com/hooli-xyz/dev-setup/main/bootstrap.ps1 | iex",
    ),
    *each(
        "https://hooli-xyz.github.io/dev-setup/",
        "terminal",
        "curl -fsSL https://raw.githubusercontent.com/hooli-xyz/dev-setup/main/bootstrap.sh | bash",
    ),
]

# --- still more: a bank's, a hospital's, a university's and a retailer's IT pages -------------
BANK_WIKI = "https://confluence.eastbank.example/display/WKS/Analyst+workstation"
HOSPITAL_KB = "https://itservice.stlukes-health.example/kb/article/KB00482"
UNI_PAGE = "https://it.uni-nordstadt.example/services/software/matlab"
RETAIL_DOCS = "https://engineering.shopwell.example/platform/runbooks/pos-terminals"

THIRD_ROUND = [
    *each(
        BANK_WIKI,
        "terminal",
        "irm https://pkg.eastbank.example/wks/Install-AnalystTools.ps1 | iex",
        "Install-Module EastbankPS -Repository EastbankNuget -RequiredVersion 4.2.0 -Scope CurrentUser -Force",
        '& "\\\\eastbank.example\\SYSVOL\\eastbank.example\\scripts\\Map-Drives.ps1"',
        "msiexec /i https://pkg.eastbank.example/wks/BloombergTerminal/sotrt.msi /qb ALLUSERS=1",
        "winget install --source eastbank --id Eastbank.RiskViewer --silent",
        "choco upgrade eastbank-python-bundle -y --source=https://pkg.eastbank.example/choco/",
    ),
    *each(
        HOSPITAL_KB,
        "terminal",
        'msiexec /i "https://software.stlukes-health.example/epic/HyperdriveSetup-x64.msi" /qn INSTALLDIR="C:\\Program Files\\Epic\\Hyperdrive"',
        'Invoke-WebRequest -Uri https://software.stlukes-health.example/scripts/Reset-Citrix.ps1 -OutFile "$env:PUBLIC\\Reset-Citrix.ps1"; & "$env:PUBLIC\\Reset-Citrix.ps1"',
        "irm https://software.stlukes-health.example/scripts/Install-BadgeTap.ps1 | iex",
        "Start-Process -FilePath \"C:\\Program Files (x86)\\Imprivata\\OneSign Agent\\ISXAgent.exe\" -ArgumentList '/resync'",
    ),
    *each(
        UNI_PAGE,
        "terminal",
        "curl -fsSL https://it.uni-nordstadt.example/downloads/matlab/install-matlab.sh | sudo bash -s -- --license-server 27000@lic.uni-nordstadt.example",
        "irm https://it.uni-nordstadt.example/downloads/eduroam/eduroam-setup.ps1 | iex",
        "bash <(curl -fsSL https://it.uni-nordstadt.example/downloads/eduroam/eduroam-linux.sh)",
        "wget https://it.uni-nordstadt.example/downloads/vpn/uni-nordstadt.ovpn && sudo openvpn --config uni-nordstadt.ovpn",
    ),
    *each(
        RETAIL_DOCS,
        "terminal",
        "curl -fsSL https://artifacts.shopwell.example/pos/bootstrap.sh | sudo STORE_ID=0412 bash",
        "ssh pos-0412-01.stores.shopwell.example 'curl -fsSL https://artifacts.shopwell.example/pos/healthcheck.sh | bash'",
        "ansible-playbook -i inventories/stores.yml pos.yml --limit store_0412 --tags agent",
        "kubectl apply -f https://artifacts.shopwell.example/k8s/store-agent/v3.4.1/manifest.yaml",
        "helm upgrade --install store-agent oci://registry.shopwell.example/charts/store-agent --version 3.4.1 -n stores",
    ),
    *each(
        "https://shopwell.atlassian.net/wiki/spaces/PLAT/pages/88231/CLI+setup",
        "terminal",
        "curl -fsSL https://artifacts.shopwell.example/cli/install.sh | sh",
        "irm https://artifacts.shopwell.example/cli/install.ps1 | iex",
        "brew install shopwell/tap/swctl",
    ),
    *each(
        "https://eastbank.sharepoint.com/sites/WorkplaceTech/SitePages/Printers.aspx",
        "terminal",
        "irm https://pkg.eastbank.example/wks/Add-FloorPrinters.ps1 | iex",
        'rundll32 printui.dll,PrintUIEntry /in /n "\\\\print01.eastbank.example\\Floor12-Mono"',
    ),
    *each(
        "https://gitlab.shopwell.example/platform/dev-env/-/blob/main/docs/setup.md",
        "terminal",
        'curl -fsSL --header "PRIVATE-TOKEN: $(cat ~/.gitlab-token)" https://gitlab.shopwell.example/api/v4/projects/77/packages/generic/devenv/1.9.0/devenv-linux-amd64 -o ~/.local/bin/devenv && chmod +x ~/.local/bin/devenv',
        "devenv up --profile backend",
    ),
    *each(
        "https://docs.eastbank.example/developer/sdk/install",
        "terminal",
        "pip install --index-url https://pkg.eastbank.example/pypi/simple eastbank-sdk==7.1.2",
        "npm install @eastbank/sdk --registry https://pkg.eastbank.example/npm/",
        "curl -fsSL https://pkg.eastbank.example/sdk/get-sdk.sh | bash -s -- --version 7.1.2",
    ),
    *each(
        "https://itservice.stlukes-health.example/kb/article/KB00511",
        "run_dialog",
        "\\\\fileserver01\\Software\\Epic\\Setup.exe",
        "https://itservice.stlukes-health.example/kb/article/KB00482",
        "control printers",
    ),
]
