"""fpover18 texts: source snippets that name risky calls, how-to answers, release notes and
everyday instructions that mention Win+R or a terminal (own words)."""

SOURCE = [
    (
        "https://github.com/acme/launcher/blob/main/internal/update/windows.go",
        "other",
        """func restartAfterUpdate(path string) error {
	cmd := exec.Command("powershell.exe", "-NoProfile", "-NonInteractive", "-Command",
		fmt.Sprintf("Start-Sleep -Seconds 2; Start-Process -FilePath '%s'", path))
	cmd.SysProcAttr = &syscall.SysProcAttr{HideWindow: true}
	return cmd.Start()
}""",
    ),
    (
        "https://github.com/acme/agent/blob/main/src/Updater.cs",
        "other",
        """var psi = new ProcessStartInfo
{
    FileName = "msiexec.exe",
    Arguments = $"/i \\"{msiPath}\\" /qn /norestart /l*v \\"{logPath}\\"",
    UseShellExecute = false,
    CreateNoWindow = true,
};
using var proc = Process.Start(psi)!;
await proc.WaitForExitAsync(ct);
if (proc.ExitCode is not (0 or 3010)) throw new InstallException(proc.ExitCode);""",
    ),
    (
        "https://github.com/acme/tools/blob/main/scripts/decode_jwt.py",
        "other",
        """import base64, json, sys

def decode_part(part: str) -> dict:
    padded = part + "=" * (-len(part) % 4)
    return json.loads(base64.urlsafe_b64decode(padded))

header, payload, _sig = sys.argv[1].split(".")
print(json.dumps(decode_part(header), indent=2))
print(json.dumps(decode_part(payload), indent=2))""",
    ),
    (
        "https://github.com/acme/web/blob/main/src/lib/base64.ts",
        "other",
        """export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
  return btoa(binary);
}

export function fromBase64(b64: string): Uint8Array {
  const binary = atob(b64);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}""",
    ),
    (
        "https://github.com/acme/web/blob/main/src/loader.js",
        "other",
        """export function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.async = true;
    s.onload = resolve;
    s.onerror = () => reject(new Error(`failed to load ${src}`));
    document.head.appendChild(s);
  });
}

await loadScript('https://js.stripe.com/v3/');""",
    ),
    (
        "https://github.com/acme/ops/blob/main/tasks.py",
        "other",
        """@task
def deploy(c, env="staging"):
    c.run(f"ansible-playbook -i inventories/{env} site.yml --tags app")
    c.run("curl -fsS -X POST https://hooks.slack.com/services/T000/B000/XXXX -d '{\\"text\\": \\"deployed\\"}'")""",
    ),
    (
        "https://github.com/acme/cli/blob/main/src/main.rs",
        "other",
        """fn open_browser(url: &str) -> std::io::Result<()> {
    #[cfg(target_os = "windows")]
    std::process::Command::new("cmd").args(["/C", "start", "", url]).spawn()?;
    #[cfg(target_os = "macos")]
    std::process::Command::new("open").arg(url).spawn()?;
    #[cfg(target_os = "linux")]
    std::process::Command::new("xdg-open").arg(url).spawn()?;
    Ok(())
}""",
    ),
    (
        "https://github.com/acme/installer/blob/main/install.ps1",
        "other",
        """$ErrorActionPreference = 'Stop'
$version = '2.3.1'
$url = "https://github.com/acme/cli/releases/download/v$version/acme-cli-windows-amd64.zip"
$dest = Join-Path $env:LOCALAPPDATA 'acme-cli'
New-Item -ItemType Directory -Force -Path $dest | Out-Null
Invoke-WebRequest -Uri $url -OutFile "$env:TEMP\\acme.zip" -UseBasicParsing
Expand-Archive "$env:TEMP\\acme.zip" -DestinationPath $dest -Force
$path = [Environment]::GetEnvironmentVariable('Path', 'User')
if ($path -notlike "*$dest*") { [Environment]::SetEnvironmentVariable('Path', "$path;$dest", 'User') }
Write-Host "acme-cli $version installed to $dest""",
    ),
    (
        "https://github.com/acme/electron-app/blob/main/main.js",
        "other",
        """const { app, BrowserWindow, shell } = require('electron');
const { execFile } = require('child_process');

app.whenReady().then(() => {
  const win = new BrowserWindow({ width: 1200, height: 800, webPreferences: { contextIsolation: true } });
  win.loadURL('http://localhost:5173');
  win.webContents.setWindowOpenHandler(({ url }) => { shell.openExternal(url); return { action: 'deny' }; });
  execFile('git', ['--version'], (err, out) => console.log(err ?? out));
});""",
    ),
    (
        "https://github.com/acme/pwsh-profile/blob/main/profile.ps1",
        "other",
        """Set-PSReadLineOption -PredictionSource History -EditMode Windows
Import-Module posh-git
Import-Module Terminal-Icons
function gs { git status -sb }
function ll { Get-ChildItem -Force @args }
Invoke-Expression (&starship init powershell)
Set-Alias -Name k -Value kubectl""",
    ),
    (
        "https://github.com/acme/bookmarklets/blob/main/README.md",
        "other",
        "Drag this to your bookmarks bar to show the page's word count:\n\njavascript:(()=>{const n=document.body.innerText.trim().split(/\\s+/).length;alert(n+' words');})();",
    ),
    (
        "https://github.com/acme/vscode-settings/blob/main/tasks.json",
        "other",
        """{
  "version": "2.0.0",
  "tasks": [
    { "label": "test", "type": "shell", "command": "uv run pytest -q", "group": "test" },
    { "label": "serve", "type": "shell", "command": "npm run dev -- --port 5173", "isBackground": true },
    { "label": "db shell", "type": "shell", "command": "docker compose exec db psql -U postgres" }
  ]
}""",
    ),
    (
        "https://github.com/acme/makefiles/blob/main/Makefile",
        "other",
        """.PHONY: tools
tools: bin/golangci-lint bin/buf

bin/golangci-lint:
\tcurl -sSfL https://raw.githubusercontent.com/golangci/golangci-lint/master/install.sh | sh -s -- -b bin v1.61.0

bin/buf:
\tcurl -sSL "https://github.com/bufbuild/buf/releases/download/v1.47.2/buf-$$(uname -s)-$$(uname -m)" -o bin/buf
\tchmod +x bin/buf""",
    ),
    (
        "https://github.com/acme/ahk/blob/main/hotkeys.ahk",
        "other",
        """#Requires AutoHotkey v2.0
; Win+Alt+T opens Windows Terminal in the current Explorer folder
#!t::
{
    path := WinGetTitle("A")
    Run('wt.exe -d "' path '"')
}
; Ctrl+Alt+N opens Notepad
^!n::Run("notepad.exe")""",
    ),
    (
        "https://github.com/acme/tampermonkey/blob/main/jira-compact.user.js",
        "other",
        """// ==UserScript==
// @name         Jira compact board
// @match        https://acme.atlassian.net/jira/software/*
// @grant        GM_addStyle
// ==/UserScript==
GM_addStyle(`.ghx-issue { padding: 4px !important; } .ghx-avatar { display: none; }`);""",
    ),
    (
        "https://github.com/acme/regex-notes/blob/main/README.md",
        "other",
        "Useful patterns\n- IPv4: `\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b`\n- PowerShell encoded command: `-e(nc(odedcommand)?)?\\s+[A-Za-z0-9+/=]{20,}`\n- curl piped to a shell: `curl[^|]*\\|\\s*(ba)?sh`\nUse them in grep -P or in your SIEM's regex operator.",
    ),
]

HOWTO = [
    (
        "https://support.microsoft.com/en-us/windows/open-programs-and-features-in-windows",
        "other",
        "To uninstall a program quickly: press Windows logo key + R, type appwiz.cpl and select OK. Select the program, then Uninstall.",
    ),
    (
        "https://support.microsoft.com/en-us/windows/how-to-open-device-manager",
        "other",
        "Press Win+R, type devmgmt.msc and press Enter. Expand Display adapters, right-click your graphics card and choose Update driver.",
    ),
    (
        "https://www.dell.com/support/kbdoc/en-us/000124377/",
        "other",
        "Step 1: Press the Windows key + R to open the Run dialog.\nStep 2: Type msinfo32 and press Enter.\nStep 3: In System Summary, note the BIOS Version/Date and compare it with the latest on Dell Support.",
    ),
    (
        "https://support.hp.com/us-en/document/ish_3942345-2337994-16",
        "other",
        "Open the Run box (Windows + R), type %temp% and press Enter. Select all files (Ctrl + A) and delete them. Some files in use cannot be deleted; skip them.",
    ),
    (
        "https://superuser.com/questions/tagged/windows-11",
        "other",
        'If the Start menu is frozen, press Ctrl+Shift+Esc, File > Run new task, tick "Create this task with administrative privileges", type powershell and run:\nGet-AppxPackage -AllUsers Microsoft.Windows.ShellExperienceHost | Foreach {Add-AppxPackage -DisableDevelopmentMode -Register "$($_.InstallLocation)\\AppXManifest.xml"}',
    ),
    (
        "https://www.tenforums.com/tutorials/",
        "other",
        "Open an elevated command prompt and run: powercfg /h off\nThis disables hibernation and removes hiberfil.sys, freeing several GB. Run powercfg /h on to turn it back.",
    ),
    (
        "https://answers.microsoft.com/en-us/windows/forum/",
        "other",
        "Try resetting the Microsoft Store cache: press Win + R, type wsreset.exe and click OK. A blank Command Prompt window opens and after about ten seconds the Store opens by itself.",
    ),
    (
        "https://support.mozilla.org/en-US/kb/refresh-firefox-reset-add-ons-and-settings",
        "other",
        "Type about:support in the address bar and press Enter, then click Refresh Firefox… in the top-right corner. Your bookmarks, passwords and cookies are kept; extensions and customisations are removed.",
    ),
    (
        "https://support.google.com/chrome/answer/95414",
        "other",
        "To see your Chrome version, type chrome://settings/help in the address bar. Chrome checks for updates and installs them; click Relaunch to finish.",
    ),
    (
        "https://stackoverflow.com/questions/4037939/powershell-says-execution-of-scripts-is-disabled-on-this-system",
        "other",
        "Run this in an elevated PowerShell to allow locally written scripts while still requiring downloaded ones to be signed:\n\nSet-ExecutionPolicy RemoteSigned -Scope CurrentUser\n\nCheck the result with Get-ExecutionPolicy -List.",
    ),
    (
        "https://askubuntu.com/questions/tagged/apt",
        "other",
        "The NO_PUBKEY error means the repository's key isn't installed. For the Google Chrome repo:\n\nwget -qO- https://dl.google.com/linux/linux_signing_key.pub | sudo gpg --dearmor -o /etc/apt/keyrings/google-chrome.gpg\n\nthen add signed-by=/etc/apt/keyrings/google-chrome.gpg to the deb line and run sudo apt update.",
    ),
    (
        "https://apple.stackexchange.com/questions/tagged/terminal",
        "other",
        'macOS says the app "is damaged and can\'t be opened" because it was downloaded outside the App Store and is quarantined. If you trust the developer, right-click the app and choose Open. Only as a last resort: xattr -dr com.apple.quarantine /Applications/Example.app',
    ),
    (
        "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/generating-a-new-ssh-key-and-adding-it-to-the-ssh-agent",
        "other",
        'ssh-keygen -t ed25519 -C "your_email@example.com"\neval "$(ssh-agent -s)"\nssh-add ~/.ssh/id_ed25519\nThen copy the public key with pbcopy < ~/.ssh/id_ed25519.pub and paste it into GitHub under Settings > SSH and GPG keys.',
    ),
    (
        "https://www.reddit.com/r/sysadmin/",
        "other",
        'PSA: if your users get "The trust relationship between this workstation and the primary domain failed", you don\'t need to rejoin. Log in with a local admin and run Test-ComputerSecureChannel -Repair -Credential (Get-Credential). Works 9 times out of 10.',
    ),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-client/shell-experience/",
        "other",
        "Restart Windows Explorer: open Task Manager, find Windows Explorer under Processes, right-click and choose Restart. Alternatively run taskkill /f /im explorer.exe && start explorer.exe from a command prompt.",
    ),
    (
        "https://support.lenovo.com/us/en/solutions/ht500608",
        "other",
        "Lenovo Vantage not opening? Press Win+R, type powershell, then run: Get-AppxPackage *LenovoCompanion* | Reset-AppxPackage. If that fails, reinstall Lenovo Vantage from the Microsoft Store.",
    ),
]

RELEASE = [
    (
        "https://github.com/acme/cli/releases/tag/v2.3.1",
        "other",
        "## v2.3.1\n### Fixed\n- `acme login` no longer hangs when the browser is closed before the device code is confirmed (#812)\n- Windows: the installer now adds `%LOCALAPPDATA%\\acme-cli` to the user PATH instead of the machine PATH\n### Install\n```\ncurl -fsSL https://github.com/acme/cli/releases/download/v2.3.1/install.sh | sh\n```\nor `winget install Acme.Cli` / `brew install acme/tap/acme`",
    ),
    (
        "https://nodejs.org/en/blog/release/v20.18.1",
        "other",
        "Node.js 20.18.1 (LTS)\nNotable changes: update root certificates to NSS 3.104; deps: update c-ares to 1.34.2.\nWindows 64-bit Installer: https://nodejs.org/dist/v20.18.1/node-v20.18.1-x64.msi\nmacOS Installer: https://nodejs.org/dist/v20.18.1/node-v20.18.1.pkg\nSHASUMS256: https://nodejs.org/dist/v20.18.1/SHASUMS256.txt.asc",
    ),
    (
        "https://github.com/microsoft/PowerToys/releases",
        "other",
        "PowerToys 0.86 — highlights: New+ templates, Workspaces improvements, Advanced Paste can now run AI actions locally. Installer hashes:\nPowerToysUserSetup-0.86.0-x64.exe  SHA256 4E0F1C…\nInstall with winget install Microsoft.PowerToys --source winget",
    ),
    (
        "https://www.postgresql.org/about/news/",
        "other",
        "PostgreSQL 17.2, 16.6, 15.10, 14.15, 13.18 released. This release fixes 2 security vulnerabilities and over 70 bugs. Users should update at the next maintenance window; after updating, run REINDEX on affected indexes as noted in the release notes.",
    ),
    (
        "https://code.visualstudio.com/updates/v1_95",
        "other",
        "VS Code 1.95: Copilot Edits preview, multiple GitHub accounts, Python environments in the Python extension. Linux users on the apt repository get the update with sudo apt update && sudo apt install code.",
    ),
]

CHATS = [
    (
        None,
        "other",
        "lol the build is broken again, someone pushed a lockfile from npm 11. fix: rm -rf node_modules package-lock.json && npm i, then commit the new lock",
    ),
    (
        None,
        "other",
        "can you try `docker system prune -af --volumes` on the runner? it's out of disk again (don't do this on your laptop unless you're happy to lose local db volumes)",
    ),
    (
        None,
        "other",
        'FYI the staging DB password rotated, new one is in 1Password under "staging-postgres". Don\'t paste it in Slack please 🙏',
    ),
    (
        None,
        "other",
        "For the demo tomorrow: open http://localhost:3000/demo?tenant=acme&seed=1, log in as demo@acme.example, and go to Reports. If it 500s, run `make seed` first.",
    ),
    (
        None,
        "other",
        "Reminder: Friday is the last day to submit expenses for November. Receipts go in Concur, not by email. Ping finance on #finance-help if Concur won't let you sign in.",
    ),
    (
        None,
        "other",
        "anyone know why `kubectl port-forward svc/grafana 3000:80 -n monitoring` keeps dropping after a minute? using it to show the dashboards to the client",
    ),
    (
        None,
        "other",
        "Quick one: my Mac keeps asking for the keychain password after the IT password change. Fix is Keychain Access > Settings > Reset Default Keychains, or just update the login keychain password to the new one.",
    ),
    (
        None,
        "other",
        'here\'s the script I used to bulk rename the photos:\nfor f in *.JPG; do mv "$f" "$(exiftool -d \'%Y%m%d_%H%M%S\' -DateTimeOriginal -s3 "$f").jpg"; done',
    ),
    (
        None,
        "other",
        "The printer on 3 is back. If yours still shows offline: Settings > Bluetooth & devices > Printers & scanners > remove it and add it again (\\\\print01\\Floor3-Color).",
    ),
    (
        None,
        "other",
        "new joiners: laptop setup guide is at https://wiki.acme.example/onboarding — step 4 installs the dev tools with `winget import -i \\\\fs01\\it\\baseline\\dev.json`. Ask in #it-help if winget isn't found (update App Installer from the Store).",
    ),
]
