"""fpover19 texts: shell idioms and Windows' own tools used as their documentation shows (eval of a
tool's own init, completion piped to Invoke-Expression, base64 of one's own config, rundll32
applets, scheduled tasks, dev tunnels), the same binaries lures borrow (own words)."""

from fp19_data import each

IDIOMS = [
    *each(
        "https://starship.rs/guide/",
        "terminal",
        "Invoke-Expression (&starship init powershell)",
        'eval "$(starship init zsh)"',
    ),
    *each(
        "https://ohmyposh.dev/docs/installation/prompt",
        "terminal",
        'oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\\jandedobbeleer.omp.json" | Invoke-Expression',
    ),
    *each(
        "https://kubernetes.io/docs/tasks/tools/install-kubectl-windows/",
        "terminal",
        "kubectl completion powershell | Out-String | Invoke-Expression",
        "source <(kubectl completion bash)\necho 'source <(kubectl completion bash)' >> ~/.bashrc",
    ),
    *each(
        "https://docs.astral.sh/uv/getting-started/installation/#shell-autocompletion",
        "terminal",
        "(& uv generate-shell-completion powershell) | Out-String | Invoke-Expression",
    ),
    *each(
        "https://github.com/pyenv/pyenv#set-up-your-shell-environment-for-pyenv",
        "terminal",
        "echo 'export PYENV_ROOT=\"$HOME/.pyenv\"' >> ~/.zshrc\necho '[[ -d $PYENV_ROOT/bin ]] && export PATH=\"$PYENV_ROOT/bin:$PATH\"' >> ~/.zshrc\necho 'eval \"$(pyenv init - zsh)\"' >> ~/.zshrc",
    ),
    *each(
        "https://docs.brew.sh/Installation",
        "terminal",
        'echo \'eval "$(/opt/homebrew/bin/brew shellenv)"\' >> ~/.zprofile\neval "$(/opt/homebrew/bin/brew shellenv)"',
    ),
    *each(
        "https://github.com/ajeetdsouza/zoxide",
        "terminal",
        'eval "$(zoxide init bash)"\neval "$(direnv hook bash)"\neval "$(fzf --bash)"',
    ),
    *each(
        "https://docs.gitlab.com/ee/ci/variables/",
        "other",
        'deploy:\n  stage: deploy\n  script:\n    - echo "$KUBECONFIG_B64" | base64 -d > kubeconfig\n    - export KUBECONFIG=$PWD/kubeconfig\n    - kubectl apply -f k8s/',
    ),
    *each(
        "https://github.com/acme/api/blob/main/scripts/decode-secret.sh",
        "terminal",
        "kubectl get secret tls-api -n payments -o jsonpath='{.data.tls\\.crt}' | base64 -d | openssl x509 -noout -subject -enddate",
        "echo 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkphbmUifQ.x' | cut -d. -f2 | base64 -d 2>/dev/null; echo",
    ),
    *each(
        "https://ngrok.com/docs/getting-started/",
        "terminal",
        "ngrok config add-authtoken 2abcDEFghiJKLmnoPQRstuVWxyz_4f1e2d3c4b5a6978\nngrok http 3000",
        "cloudflared tunnel --url http://localhost:8080",
        "ssh -R 80:localhost:3000 nokey@localhost.run",
    ),
    *each(
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/schtasks-create",
        "terminal",
        'schtasks /create /tn "Nightly Backup" /tr "C:\\Scripts\\backup.cmd" /sc daily /st 02:00 /ru SYSTEM',
        'schtasks /query /tn "\\Microsoft\\Windows\\WindowsUpdate\\Scheduled Start" /v /fo list',
        "Register-ScheduledTask -TaskName 'Cleanup Temp' -Action (New-ScheduledTaskAction -Execute 'powershell.exe' -Argument '-NoProfile -File C:\\Scripts\\cleanup.ps1') -Trigger (New-ScheduledTaskTrigger -Weekly -DaysOfWeek Sunday -At 3am) -User 'SYSTEM'",
    ),
    *each(
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/wmic",
        "terminal",
        "wmic bios get serialnumber\nwmic csproduct get name,identifyingnumber",
        "wmic product where \"name like 'Java%%'\" get name,version",
        "Get-CimInstance Win32_OperatingSystem | Select-Object Caption, Version, LastBootUpTime",
    ),
    *each(
        "https://www.tenforums.com/tutorials/",
        "run_dialog",
        "rundll32.exe sysdm.cpl,EditEnvironmentVariables",
        "rundll32.exe keymgr.dll,KRShowKeyMgr",
        "rundll32.exe user32.dll,LockWorkStation",
        "rundll32 printui.dll,PrintUIEntry /il",
        "control.exe /name Microsoft.DevicesAndPrinters",
        "SystemPropertiesAdvanced",
        "netplwiz",
        "optionalfeatures",
    ),
    *each(
        "https://learn.microsoft.com/en-us/troubleshoot/windows-client/deployment/",
        "terminal",
        "net stop wuauserv\nnet stop bits\nren C:\\Windows\\SoftwareDistribution SoftwareDistribution.old\nnet start bits\nnet start wuauserv",
        "regsvr32 /s wuaueng.dll\nregsvr32 /s msxml3.dll",
        "certutil -store -user My\ncertutil -verify -urlfetch C:\\Temp\\server.cer",
        "Start-BitsTransfer -Source https://download.microsoft.com/download/4/5/6/456789ab-cdef-0123-4567-89abcdef0123/windows11.0-kb5046617-x64.msu -Destination C:\\Temp\\\nwusa C:\\Temp\\windows11.0-kb5046617-x64.msu /quiet /norestart",
        "bitsadmin /list /allusers /verbose",
    ),
    *each(
        "https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0064484",
        "terminal",
        "msiexec /i ZoomInstallerFull.msi /quiet /qn /norestart ZoomAutoUpdate=1 ZSSOHOST=acme.zoom.us",
        "curl -L -o /tmp/zoomusInstallerFull.pkg https://zoom.us/client/latest/ZoomInstallerIT.pkg && sudo installer -pkg /tmp/zoomusInstallerFull.pkg -target /",
    ),
    *each(
        "https://appimage.org/",
        "terminal",
        "chmod +x ~/Downloads/Obsidian-1.7.7.AppImage\n~/Downloads/Obsidian-1.7.7.AppImage",
        "wget -qO- https://github.com/neovim/neovim/releases/download/v0.10.2/nvim-linux64.tar.gz | tar xz -C ~/.local/",
        "pip install git+https://github.com/openai/whisper.git",
        "npx create-next-app@latest my-app --typescript --eslint",
        "curl -s https://api.ipify.org; echo",
        "python3 -m http.server 8000 --bind 127.0.0.1",
        "nc -zv db01.internal.example 5432\nnc -l 9000 > received.tar",
    ),
    *each(
        "https://developer.apple.com/library/archive/documentation/AppleScript/Conceptual/AppleScriptLangGuide/",
        "terminal",
        'osascript -e \'display notification "Build finished" with title "Xcode"\'',
        "osascript -e 'tell application \"System Events\" to get name of every process whose background only is false'",
        "osascript -e 'set volume output volume 30'",
    ),
]
