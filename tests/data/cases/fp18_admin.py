"""fpover18 texts: Windows, macOS and Linux administration from vendors' own pages (own words)."""

MS = "https://learn.microsoft.com/en-us/"

WINDOWS = [
    (
        MS + "windows/package-manager/winget/install",
        "terminal",
        "winget install --id Microsoft.PowerToys --source winget --accept-package-agreements --accept-source-agreements",
    ),
    (
        MS + "windows/package-manager/winget/upgrade",
        "terminal",
        "winget upgrade --all --include-unknown --silent",
    ),
    (
        MS + "windows/package-manager/winget/export",
        "terminal",
        "winget export -o \\\\fs01\\it\\baseline\\apps.json --include-versions\r\nwinget import -i \\\\fs01\\it\\baseline\\apps.json --ignore-unavailable",
    ),
    (
        MS + "windows/package-manager/winget/list",
        "terminal",
        "winget list --upgrade-available | Select-String -Pattern 'Chrome|Zoom|Teams'",
    ),
    (
        "https://docs.chocolatey.org/en-us/choco/setup/",
        "terminal",
        "Set-ExecutionPolicy Bypass -Scope Process -Force; [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))",
    ),
    (
        "https://docs.chocolatey.org/en-us/choco/commands/install/",
        "terminal",
        "choco install googlechrome firefox 7zip notepadplusplus.install -y --no-progress --ignore-checksums:false",
    ),
    (
        "https://docs.chocolatey.org/en-us/choco/commands/source/",
        "terminal",
        'choco source add -n=internal -s="https://nexus.corp.example/repository/choco-hosted/" --priority=1\r\nchoco source disable -n=chocolatey',
    ),
    (
        "https://scoop.sh/",
        "terminal",
        "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser\nInvoke-RestMethod -Uri https://get.scoop.sh | Invoke-Expression",
    ),
    (
        "https://scoop.sh/#/buckets",
        "terminal",
        "scoop bucket add extras; scoop bucket add nerd-fonts; scoop install extras/vscode nerd-fonts/FiraCode-NF",
    ),
    (
        MS + "windows-hardware/manufacture/desktop/repair-a-windows-image",
        "terminal",
        "DISM /Online /Cleanup-Image /ScanHealth\r\nDISM /Online /Cleanup-Image /RestoreHealth /Source:WIM:E:\\Sources\\Install.wim:1 /LimitAccess\r\nsfc /scannow",
    ),
    (
        "https://support.microsoft.com/en-us/topic/use-the-system-file-checker-tool-to-repair-missing-or-corrupted-system-files-79aa86cb-ca52-166a-92a3-966e85d4094e",
        "terminal",
        'DISM.exe /Online /Cleanup-image /Restorehealth\nsfc /scannow\nfindstr /c:"[SR]" %windir%\\Logs\\CBS\\CBS.log >"%userprofile%\\Desktop\\sfcdetails.txt"',
    ),
    (
        MS
        + "windows-hardware/manufacture/desktop/dism-operating-system-package-servicing-command-line-options",
        "terminal",
        'dism /online /add-capability /capabilityname:OpenSSH.Server~~~~0.0.1.0\r\ndism /online /get-features /format:table | find "Enabled"',
    ),
    (
        MS + "windows-hardware/drivers/devtest/bcdedit--set",
        "terminal",
        "bcdedit /set {current} safeboot minimal\r\nshutdown /r /t 0",
    ),
    (
        MS + "windows-hardware/drivers/devtest/bcdedit--set",
        "terminal",
        "bcdedit /deletevalue {current} safeboot",
    ),
    (
        MS + "windows-hardware/drivers/devtest/bcdedit--debug",
        "terminal",
        "bcdedit /debug on\r\nbcdedit /dbgsettings net hostip:192.168.10.5 port:50000 key:1.2.3.4",
    ),
    (
        MS + "windows-server/administration/windows-commands/bcdedit",
        "terminal",
        "bcdedit /enum all /v > C:\\temp\\bcd-before.txt",
    ),
    (
        MS + "windows-server/networking/technologies/netsh/netsh-contexts",
        "terminal",
        'netsh advfirewall firewall add rule name="Allow SQL 1433" dir=in action=allow protocol=TCP localport=1433 profile=domain',
    ),
    (
        MS + "windows-server/networking/technologies/netsh/netsh-contexts",
        "terminal",
        'netsh interface ip set address name="Ethernet" static 10.20.1.50 255.255.255.0 10.20.1.1\r\nnetsh interface ip set dns name="Ethernet" static 10.20.1.10',
    ),
    (
        MS + "troubleshoot/windows-server/networking/netsh-winhttp-proxy",
        "terminal",
        'netsh winhttp show proxy\r\nnetsh winhttp set proxy proxy-server="http=proxy.corp.example:8080;https=proxy.corp.example:8080" bypass-list="*.corp.example;<local>"',
    ),
    (
        MS + "windows-server/networking/technologies/netsh/netsh-wlan",
        "terminal",
        'netsh wlan show profiles\r\nnetsh wlan show profile name="Office-5G" key=clear',
    ),
    (
        MS + "troubleshoot/windows-server/networking/netsh-trace",
        "terminal",
        "netsh trace start capture=yes tracefile=C:\\temp\\net.etl maxsize=512 persistent=no\r\nrem reproduce the problem, then\r\nnetsh trace stop",
    ),
    (
        MS + "windows-server/administration/windows-commands/netsh-int",
        "terminal",
        "netsh int ip reset\r\nnetsh winsock reset\r\nipconfig /flushdns",
    ),
    (
        MS + "windows/client-management/mdm/policy-csp-update",
        "terminal",
        'reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU" /v NoAutoRebootWithLoggedOnUsers /t REG_DWORD /d 1 /f',
    ),
    (
        MS
        + "troubleshoot/windows-server/group-policy/applying-group-policy-troubleshooting-guidance",
        "terminal",
        'reg query "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Group Policy\\History" /s',
    ),
    (
        MS + "windows/security/identity-protection/credential-guard/configure",
        "terminal",
        'reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v LsaCfgFlags\r\nreg query "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\DeviceGuard" /v EnableVirtualizationBasedSecurity',
    ),
    (
        MS + "troubleshoot/windows-server/networking/configure-tls-1-2",
        "terminal",
        'reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client" /v Enabled /t REG_DWORD /d 1 /f\r\nreg add "HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319" /v SchUseStrongCrypto /t REG_DWORD /d 1 /f',
    ),
    (
        MS + "windows-server/remote/remote-desktop-services/clients/remote-desktop-allow-access",
        "terminal",
        'reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server" /v fDenyTSConnections /t REG_DWORD /d 0 /f\r\nnetsh advfirewall firewall set rule group="remote desktop" new enable=Yes',
    ),
    (
        MS + "deployedge/microsoft-edge-policies#homepagelocation",
        "terminal",
        "reg add HKLM\\SOFTWARE\\Policies\\Microsoft\\Edge /v HomepageLocation /t REG_SZ /d https://intranet.corp.example/ /f",
    ),
    (
        MS + "office/troubleshoot/outlook/outlook-autodiscover",
        "terminal",
        "reg add HKCU\\Software\\Microsoft\\Office\\16.0\\Outlook\\AutoDiscover /v ExcludeHttpsRootDomain /t REG_DWORD /d 1 /f",
    ),
    (
        MS
        + "windows/privacy/manage-connections-from-windows-operating-system-components-to-microsoft-services",
        "other",
        'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\DataCollection]\r\n"AllowTelemetry"=dword:00000001\r\n"DoNotShowFeedbackNotifications"=dword:00000001\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\Windows Search]\r\n"AllowCortana"=dword:00000000\r\n',
    ),
    (
        MS + "windows-server/administration/windows-commands/gpupdate",
        "terminal",
        "gpupdate /target:computer /force\r\ngpresult /h C:\\temp\\gp.html /f",
    ),
    (
        MS + "windows-server/administration/windows-commands/gpresult",
        "terminal",
        'gpresult /r /scope:user | findstr /i "applied"',
    ),
    (
        MS + "powershell/module/grouppolicy/new-gpo",
        "terminal",
        "New-GPO -Name 'Workstations - Edge baseline' | New-GPLink -Target 'OU=Workstations,DC=corp,DC=example'\nSet-GPRegistryValue -Name 'Workstations - Edge baseline' -Key 'HKLM\\Software\\Policies\\Microsoft\\Edge' -ValueName 'SmartScreenEnabled' -Type DWord -Value 1",
    ),
    (
        MS + "powershell/module/grouppolicy/get-gporeport",
        "terminal",
        "Get-GPOReport -All -ReportType Html -Path C:\\Reports\\AllGPOs.html",
    ),
    (
        MS + "mem/intune/apps/intune-management-extension",
        "other",
        "# Intune remediation - detection script\n$key = 'HKLM:\\SOFTWARE\\Policies\\Google\\Chrome'\n$value = Get-ItemProperty -Path $key -Name 'BrowserSignin' -ErrorAction SilentlyContinue\nif ($value.BrowserSignin -eq 2) {\n    Write-Output 'Compliant'\n    exit 0\n}\nWrite-Output 'Not compliant'\nexit 1",
    ),
    (
        MS + "mem/intune/fundamentals/remediations",
        "other",
        "# Remediation: clear the Teams cache when it grows past 1 GB\n$cache = Join-Path $env:APPDATA 'Microsoft\\Teams'\nGet-Process -Name Teams -ErrorAction SilentlyContinue | Stop-Process -Force\nRemove-Item -Path (Join-Path $cache 'Cache\\*') -Recurse -Force -ErrorAction SilentlyContinue\nRemove-Item -Path (Join-Path $cache 'GPUCache\\*') -Recurse -Force -ErrorAction SilentlyContinue\nexit 0",
    ),
    (
        MS + "mem/intune/apps/apps-win32-prepare",
        "terminal",
        "IntuneWinAppUtil.exe -c C:\\Packages\\Zoom -s ZoomInstallerFull.msi -o C:\\Packages\\out -q",
    ),
    (
        MS + "mem/intune/apps/apps-win32-add",
        "other",
        'Install command:   msiexec /i "ZoomInstallerFull.msi" /qn ZoomAutoUpdate=true\nUninstall command: msiexec /x {86B70A45-00A6-4CBD-97BB-7EB7C6F6B8E5} /qn\nDetection rule:    MSI product code {86B70A45-00A6-4CBD-97BB-7EB7C6F6B8E5}\nInstall behavior:  System\nDevice restart behavior: No specific action',
    ),
    (
        MS + "mem/autopilot/add-devices",
        "terminal",
        '[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12\nNew-Item -Type Directory -Path "C:\\HWID" -Force\nSet-Location -Path "C:\\HWID"\nSet-ExecutionPolicy -Scope Process -ExecutionPolicy RemoteSigned\nInstall-Script -Name Get-WindowsAutopilotInfo -Force\nGet-WindowsAutopilotInfo -OutputFile AutopilotHWID.csv',
    ),
    (
        MS + "mem/intune/remote-actions/device-sync",
        "terminal",
        "Get-ScheduledTask | Where-Object {$_.TaskName -eq 'PushLaunch'} | Start-ScheduledTask",
    ),
    (
        MS + "mem/configmgr/core/clients/deploy/about-client-installation-properties",
        "terminal",
        "ccmsetup.exe /mp:https://sccm01.corp.example /source:\\\\sccm01\\SMS_PS1\\Client SMSSITECODE=PS1 FSP=sccm01.corp.example",
    ),
    (
        MS + "mem/configmgr/core/clients/manage/manage-clients",
        "terminal",
        'WMIC /namespace:\\\\root\\ccm path sms_client CALL TriggerSchedule "{00000000-0000-0000-0000-000000000021}" /NOINTERACTIVE',
    ),
    (
        MS
        + "mem/configmgr/develop/reference/core/clients/client-classes/triggerschedule-method-in-class-sms_client",
        "terminal",
        "Invoke-WmiMethod -Namespace root\\ccm -Class SMS_Client -Name TriggerSchedule -ArgumentList '{00000000-0000-0000-0000-000000000113}'",
    ),
    (
        MS + "windows/deployment/update/windows-update-logs",
        "terminal",
        "net stop wuauserv\r\nnet stop bits\r\nren C:\\Windows\\SoftwareDistribution SoftwareDistribution.old\r\nnet start bits\r\nnet start wuauserv",
    ),
    (
        MS + "powershell/module/microsoft.powershell.management/restart-computer",
        "terminal",
        "Restart-Computer -ComputerName ws-014, ws-015 -Wait -For PowerShell -Timeout 300 -Delay 2",
    ),
    (
        MS + "windows-server/administration/windows-commands/schtasks-create",
        "terminal",
        'schtasks /create /tn "Nightly backup" /tr "C:\\Scripts\\backup.cmd" /sc daily /st 02:00 /ru SYSTEM /rl HIGHEST',
    ),
    (
        MS + "windows-server/administration/windows-commands/robocopy",
        "terminal",
        "robocopy \\\\nas01\\projects D:\\Mirror\\projects /MIR /Z /R:2 /W:5 /MT:16 /LOG+:C:\\logs\\robocopy.log /NP",
    ),
    (
        MS + "windows-server/administration/windows-commands/icacls",
        "terminal",
        'icacls "D:\\Shares\\Finance" /grant "CORP\\Finance-RW:(OI)(CI)M" /inheritance:r /T',
    ),
    (
        MS + "powershell/module/activedirectory/get-aduser",
        "terminal",
        "Get-ADUser -Filter 'Enabled -eq $true' -Properties LastLogonDate | Where-Object { $_.LastLogonDate -lt (Get-Date).AddDays(-90) } | Select-Object SamAccountName, LastLogonDate | Export-Csv stale.csv -NoTypeInformation",
    ),
    (
        MS + "powershell/module/defender/add-mppreference",
        "terminal",
        "Add-MpPreference -ExclusionPath 'D:\\BuildAgent\\work' -ExclusionProcess 'MSBuild.exe'\nGet-MpPreference | Select-Object -ExpandProperty ExclusionPath",
    ),
    (
        MS + "defender-endpoint/command-line-arguments-microsoft-defender-antivirus",
        "terminal",
        '"%ProgramFiles%\\Windows Defender\\MpCmdRun.exe" -SignatureUpdate\r\n"%ProgramFiles%\\Windows Defender\\MpCmdRun.exe" -Scan -ScanType 2',
    ),
    (
        MS
        + "windows/security/operating-system-security/data-protection/bitlocker/operations-guide",
        "terminal",
        "manage-bde -status C:\r\nmanage-bde -protectors -get C:\r\nmanage-bde -protectors -adbackup C: -id {A1B2C3D4-0000-4E5F-8A9B-112233445566}",
    ),
    (
        MS + "windows-server/administration/windows-commands/wevtutil",
        "terminal",
        'wevtutil qe System /q:"*[System[(EventID=41 or EventID=6008)]]" /c:20 /rd:true /f:text',
    ),
    (
        MS + "windows-server/administration/windows-commands/certutil",
        "terminal",
        "certutil -hashfile C:\\Users\\anna\\Downloads\\VSCodeUserSetup-x64-1.95.3.exe SHA256",
    ),
    (
        MS + "windows-server/administration/windows-commands/certutil",
        "terminal",
        "certutil -store -user My\r\ncertutil -verify -urlfetch C:\\temp\\server.cer",
    ),
    (
        MS
        + "troubleshoot/windows-client/installing-updates-features-roles/fix-windows-update-errors",
        "terminal",
        "wuauclt /detectnow\r\nusoclient StartScan\r\nGet-WindowsUpdateLog",
    ),
    (
        MS + "windows-server/administration/openssh/openssh_install_firstuse",
        "terminal",
        "Add-WindowsCapability -Online -Name OpenSSH.Server~~~~0.0.1.0\nStart-Service sshd\nSet-Service -Name sshd -StartupType 'Automatic'\nif (!(Get-NetFirewallRule -Name \"OpenSSH-Server-In-TCP\" -ErrorAction SilentlyContinue)) {\n    New-NetFirewallRule -Name 'OpenSSH-Server-In-TCP' -DisplayName 'OpenSSH Server (sshd)' -Enabled True -Direction Inbound -Protocol TCP -Action Allow -LocalPort 22\n}",
    ),
    (
        MS + "windows/wsl/install",
        "terminal",
        "wsl --install -d Ubuntu-24.04\r\nwsl --set-default-version 2\r\nwsl --update",
    ),
    (MS + "windows/powertoys/install", "terminal", "winget install Microsoft.PowerToys -s winget"),
    (MS + "sysinternals/downloads/procdump", "terminal", "procdump -ma -e 1 -w w3wp.exe C:\\dumps"),
    (
        MS + "sysinternals/downloads/autoruns",
        "terminal",
        "autorunsc64.exe -accepteula -a * -c -h -s -v -vt > C:\\temp\\autoruns.csv",
    ),
    (
        "https://live.sysinternals.com/",
        "run_dialog",
        "\\\\live.sysinternals.com\\tools\\procmon.exe",
    ),
    (
        MS + "windows-server/administration/windows-commands/msiexec",
        "terminal",
        'msiexec /i "\\\\fs01\\deploy\\GoogleChromeStandaloneEnterprise64.msi" /qn /norestart /L*v C:\\Windows\\Temp\\chrome-install.log',
    ),
    (
        MS + "windows-server/administration/windows-commands/w32tm",
        "terminal",
        'w32tm /config /manualpeerlist:"time.windows.com,0x8" /syncfromflags:manual /update\r\nw32tm /resync /force\r\nw32tm /query /status',
    ),
    (
        MS + "windows-server/administration/windows-commands/nltest",
        "terminal",
        "nltest /sc_verify:corp.example\r\nnltest /dsgetdc:corp.example /force",
    ),
    (
        MS + "windows-server/administration/windows-commands/klist",
        "terminal",
        "klist purge\r\nklist get krbtgt",
    ),
    (
        MS + "powershell/module/netsecurity/new-netfirewallrule",
        "terminal",
        "New-NetFirewallRule -DisplayName 'Block outbound Telnet' -Direction Outbound -Program '%SystemRoot%\\System32\\telnet.exe' -Action Block",
    ),
    (
        MS + "windows-server/administration/windows-commands/powercfg",
        "terminal",
        'powercfg /batteryreport /output "%USERPROFILE%\\Desktop\\battery.html"\r\npowercfg /energy',
    ),
    (
        MS + "windows/client-management/manage-recall",
        "terminal",
        "Dism /Online /Get-FeatureInfo /FeatureName:Recall\r\nDism /Online /Disable-Feature /FeatureName:Recall",
    ),
    (
        MS + "windows-server/storage/disk-management/manage-disks",
        "other",
        "diskpart\nlist disk\nselect disk 1\nclean\nconvert gpt\ncreate partition primary\nformat fs=ntfs quick label=Data\nassign letter=E\nexit",
    ),
    (
        MS + "windows/deployment/usmt/usmt-scanstate-syntax",
        "terminal",
        "scanstate \\\\fs01\\migration\\%COMPUTERNAME% /i:migdocs.xml /i:migapp.xml /o /c /v:13 /l:scan.log /ue:*\\* /ui:CORP\\*",
    ),
]

MAC = [
    (
        "https://brew.sh/",
        "terminal",
        '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"',
    ),
    (
        "https://docs.brew.sh/Brew-Bundle-and-Brewfile",
        "other",
        'tap "homebrew/bundle"\nbrew "git"\nbrew "jq"\nbrew "pyenv"\ncask "iterm2"\ncask "visual-studio-code"\ncask "1password"\nmas "Xcode", id: 497799835',
    ),
    (
        "https://docs.brew.sh/FAQ",
        "terminal",
        "brew update && brew upgrade && brew cleanup --prune=7 && brew doctor",
    ),
    (
        "https://formulae.brew.sh/cask/google-chrome",
        "terminal",
        "brew install --cask google-chrome slack zoom",
    ),
    (
        "https://support.apple.com/guide/deployment/about-software-updates-depc4c80847a/web",
        "terminal",
        "softwareupdate --list\nsudo softwareupdate --install --all --restart --agree-to-license",
    ),
    (
        "https://support.apple.com/en-us/102662",
        "terminal",
        "softwareupdate --fetch-full-installer --full-installer-version 15.1",
    ),
    (
        "https://support.apple.com/en-us/118491",
        "terminal",
        "sudo softwareupdate --install-rosetta --agree-to-license",
    ),
    (
        "https://support.apple.com/guide/terminal/edit-property-lists-apda49a1bb2-577e-4721-8f25-ffc0836f6997/mac",
        "terminal",
        "defaults write com.apple.finder AppleShowAllFiles -bool true && killall Finder",
    ),
    (
        "https://macos-defaults.com/dock/autohide.html",
        "terminal",
        'defaults write com.apple.dock "autohide" -bool "true" && defaults write com.apple.dock "autohide-delay" -float "0" && killall Dock',
    ),
    (
        "https://macos-defaults.com/screenshots/location.html",
        "terminal",
        'defaults write com.apple.screencapture "location" -string "~/Desktop/Screenshots" && killall SystemUIServer',
    ),
    (
        "https://support.apple.com/guide/deployment/manage-login-items-background-tasks-mac-depdca572563/web",
        "terminal",
        "sudo defaults read /Library/Preferences/com.apple.loginwindow\nsfltool dumpbtm | less",
    ),
    (
        "https://developer.apple.com/library/archive/documentation/MacOSX/Conceptual/BPSystemStartup/Chapters/CreatingLaunchdJobs.html",
        "other",
        """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>Label</key>
    <string>com.example.backup</string>
    <key>ProgramArguments</key>
    <array>
        <string>/usr/local/bin/restic</string>
        <string>backup</string>
        <string>/Users/anna/Documents</string>
    </array>
    <key>StartCalendarInterval</key>
    <dict><key>Hour</key><integer>3</integer><key>Minute</key><integer>0</integer></dict>
</dict>
</plist>""",
    ),
    (
        "https://support.apple.com/guide/terminal/script-management-with-launchd-apdc6c1077b-5d5d-4d35-9c19-60f2397b2369/mac",
        "terminal",
        "launchctl bootstrap gui/$(id -u) ~/Library/LaunchAgents/com.example.backup.plist\nlaunchctl print gui/$(id -u)/com.example.backup",
    ),
    (
        "https://docs.docker.com/desktop/troubleshoot-and-support/troubleshoot/",
        "terminal",
        "launchctl list | grep -i docker\nsudo launchctl kickstart -k system/com.docker.vmnetd",
    ),
    (
        "https://support.apple.com/guide/deployment/intro-to-mdm-profiles-depc0aadd3fe/web",
        "terminal",
        "sudo profiles show -type enrollment\nprofiles list -verbose\nsudo profiles renew -type enrollment",
    ),
    (
        "https://support.apple.com/guide/deployment/device-enrollment-depf7b6b2f56/web",
        "terminal",
        "sudo profiles status -type enrollment",
    ),
    (
        "https://support.apple.com/guide/mac-help/mh11421/mac",
        "terminal",
        "sudo pmset -a displaysleep 15 sleep 30 && pmset -g",
    ),
    (
        "https://support.apple.com/en-us/101555",
        "terminal",
        "sudo fdesetup status\nsudo fdesetup list",
    ),
    ("https://support.apple.com/en-us/102149", "terminal", "csrutil status\nspctl --status"),
    (
        "https://developer.apple.com/documentation/security/notarizing-macos-software-before-distribution",
        "terminal",
        'xcrun notarytool submit MyApp.zip --keychain-profile "AC_PASSWORD" --wait\nxcrun stapler staple MyApp.app\nspctl -a -vvv -t install MyApp.app',
    ),
    (
        "https://developer.apple.com/documentation/xcode/installing-the-command-line-tools",
        "terminal",
        "xcode-select --install",
    ),
    (
        "https://support.apple.com/guide/mac-help/mchlp1123/mac",
        "terminal",
        "sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder",
    ),
    (
        "https://support.apple.com/guide/security/secure-keychain-storage-sec6f6b7ad98/web",
        "terminal",
        'security find-certificate -a -c "Corp Root CA" -p /Library/Keychains/System.keychain',
    ),
    (
        "https://support.apple.com/guide/remote-desktop/enable-remote-management-apd8b1c65bd/mac",
        "terminal",
        "sudo /System/Library/CoreServices/RemoteManagement/ARDAgent.app/Contents/Resources/kickstart -activate -configure -access -on -users admin -privs -all -restart -agent",
    ),
    (
        "https://support.apple.com/en-us/102601",
        "terminal",
        "sudo systemsetup -setremotelogin on && sudo systemsetup -getremotelogin",
    ),
    (
        "https://docs.jamf.com/jamf-pro/documentation/Jamf_Pro_Binary.html",
        "terminal",
        "sudo jamf policy -event install-zoom -verbose\nsudo jamf recon",
    ),
    ("https://support.kandji.io/", "terminal", "sudo kandji run && kandji status"),
    (
        "https://support.1password.com/cli/get-started/",
        "terminal",
        "brew install 1password-cli\nop --version\nop signin",
    ),
    (
        "https://tailscale.com/kb/1065/macos-variants",
        "terminal",
        "brew install --cask tailscale\nopen -a Tailscale",
    ),
    (
        "https://docs.brew.sh/Manpage#services-subcommand",
        "terminal",
        "brew services start postgresql@16\nbrew services list",
    ),
    (
        "https://support.apple.com/guide/terminal/make-a-file-executable-apdd100908f-06b3-4e63-8a87-32e71241bab4/mac",
        "terminal",
        "chmod +x ~/bin/sync-notes.sh && ~/bin/sync-notes.sh --dry-run",
    ),
    (
        "https://developer.apple.com/documentation/macos-release-notes",
        "terminal",
        "sw_vers && system_profiler SPHardwareDataType | grep -E 'Model|Chip|Memory'",
    ),
    (
        "https://support.apple.com/guide/deployment/manage-system-extensions-depa5fb8376f/web",
        "terminal",
        "systemextensionsctl list",
    ),
    (
        "https://support.apple.com/en-us/102445",
        "terminal",
        "log show --predicate 'process == \"softwareupdated\"' --last 2h --info",
    ),
    (
        "https://www.macports.org/install.php",
        "terminal",
        "sudo port selfupdate && sudo port upgrade outdated",
    ),
    (
        "https://github.com/pyenv/pyenv#homebrew-in-macos",
        "terminal",
        "brew install pyenv\necho 'export PYENV_ROOT=\"$HOME/.pyenv\"' >> ~/.zshrc\necho '[[ -d $PYENV_ROOT/bin ]] && export PATH=\"$PYENV_ROOT/bin:$PATH\"' >> ~/.zshrc\necho 'eval \"$(pyenv init -)\"' >> ~/.zshrc",
    ),
]

LINUX = [
    (
        "https://www.freedesktop.org/software/systemd/man/latest/systemctl.html",
        "terminal",
        "sudo systemctl daemon-reload && sudo systemctl enable --now myapp.service && systemctl status myapp.service --no-pager",
    ),
    (
        "https://www.freedesktop.org/software/systemd/man/latest/journalctl.html",
        "terminal",
        'journalctl -u nginx.service --since "2024-11-20 08:00" --until "2024-11-20 09:30" -p warning --no-pager',
    ),
    (
        "https://www.freedesktop.org/software/systemd/man/latest/journalctl.html",
        "terminal",
        "sudo journalctl --vacuum-size=500M && journalctl --disk-usage",
    ),
    (
        "https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html",
        "other",
        """[Unit]
Description=Gunicorn for the orders API
After=network-online.target
Wants=network-online.target

[Service]
User=orders
Group=orders
WorkingDirectory=/srv/orders
EnvironmentFile=/etc/orders/env
ExecStart=/srv/orders/.venv/bin/gunicorn -w 4 -b 127.0.0.1:8001 orders.wsgi
ExecReload=/bin/kill -s HUP $MAINPID
Restart=on-failure

[Install]
WantedBy=multi-user.target""",
    ),
    (
        "https://www.freedesktop.org/software/systemd/man/latest/systemd.timer.html",
        "other",
        "[Unit]\nDescription=Renew certificates twice a day\n\n[Timer]\nOnCalendar=*-*-* 00,12:00:00\nRandomizedDelaySec=1h\nPersistent=true\n\n[Install]\nWantedBy=timers.target",
    ),
    (
        "https://www.postgresql.org/download/linux/ubuntu/",
        "terminal",
        "sudo apt install curl ca-certificates\nsudo install -d /usr/share/postgresql-common/pgdg\nsudo curl -o /usr/share/postgresql-common/pgdg/apt.postgresql.org.asc --fail https://www.postgresql.org/media/keys/ACCC4CF8.asc\nsudo sh -c 'echo \"deb [signed-by=/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc] https://apt.postgresql.org/pub/repos/apt $(lsb_release -cs)-pgdg main\" > /etc/apt/sources.list.d/pgdg.list'\nsudo apt update\nsudo apt -y install postgresql-16",
    ),
    (
        "https://www.mongodb.com/docs/manual/tutorial/install-mongodb-on-ubuntu/",
        "terminal",
        'curl -fsSL https://www.mongodb.org/static/pgp/server-8.0.asc | sudo gpg -o /usr/share/keyrings/mongodb-server-8.0.gpg --dearmor\necho "deb [ arch=amd64,arm64 signed-by=/usr/share/keyrings/mongodb-server-8.0.gpg ] https://repo.mongodb.org/apt/ubuntu noble/mongodb-org/8.0 multiverse" | sudo tee /etc/apt/sources.list.d/mongodb-org-8.0.list',
    ),
    (
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/deb.html",
        "terminal",
        'wget -qO - https://artifacts.elastic.co/GPG-KEY-elasticsearch | sudo gpg --dearmor -o /usr/share/keyrings/elasticsearch-keyring.gpg\necho "deb [signed-by=/usr/share/keyrings/elasticsearch-keyring.gpg] https://artifacts.elastic.co/packages/8.x/apt stable main" | sudo tee /etc/apt/sources.list.d/elastic-8.x.list\nsudo apt-get update && sudo apt-get install elasticsearch',
    ),
    (
        "https://grafana.com/docs/grafana/latest/setup-grafana/installation/debian/",
        "terminal",
        'sudo mkdir -p /etc/apt/keyrings/\nwget -q -O - https://apt.grafana.com/gpg.key | gpg --dearmor | sudo tee /etc/apt/keyrings/grafana.gpg > /dev/null\necho "deb [signed-by=/etc/apt/keyrings/grafana.gpg] https://apt.grafana.com stable main" | sudo tee -a /etc/apt/sources.list.d/grafana.list',
    ),
    (
        "https://code.visualstudio.com/docs/setup/linux",
        "terminal",
        'wget -qO- https://packages.microsoft.com/keys/microsoft.asc | gpg --dearmor > packages.microsoft.gpg\nsudo install -D -o root -g root -m 644 packages.microsoft.gpg /etc/apt/keyrings/packages.microsoft.gpg\necho "deb [arch=amd64,arm64,armhf signed-by=/etc/apt/keyrings/packages.microsoft.gpg] https://packages.microsoft.com/repos/code stable main" |sudo tee /etc/apt/sources.list.d/vscode.list > /dev/null\nrm -f packages.microsoft.gpg',
    ),
    (
        "https://learn.microsoft.com/en-us/linux/packages",
        "terminal",
        "curl -sSL -O https://packages.microsoft.com/config/ubuntu/24.04/packages-microsoft-prod.deb\nsudo dpkg -i packages-microsoft-prod.deb\nrm packages-microsoft-prod.deb\nsudo apt-get update",
    ),
    (
        "https://www.google.com/linuxrepositories/",
        "terminal",
        "wget -q -O - https://dl.google.com/linux/linux_signing_key.pub | sudo gpg --dearmor -o /etc/apt/keyrings/google.gpg",
    ),
    (
        "https://docs.fedoraproject.org/en-US/quick-docs/rpmfusion-setup/",
        "terminal",
        "sudo dnf install https://mirrors.rpmfusion.org/free/fedora/rpmfusion-free-release-$(rpm -E %fedora).noarch.rpm https://mirrors.rpmfusion.org/nonfree/fedora/rpmfusion-nonfree-release-$(rpm -E %fedora).noarch.rpm",
    ),
    (
        "https://docs.fedoraproject.org/en-US/epel/",
        "terminal",
        "sudo dnf config-manager --set-enabled crb\nsudo dnf install https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm",
    ),
    (
        "https://wiki.archlinux.org/title/Pacman/Package_signing",
        "terminal",
        "sudo pacman-key --init && sudo pacman-key --populate archlinux && sudo pacman -Syu",
    ),
    (
        "https://ubuntu.com/server/docs/automatic-updates",
        "terminal",
        "sudo dpkg-reconfigure -plow unattended-upgrades\ncat /var/log/unattended-upgrades/unattended-upgrades.log | tail -30",
    ),
    (
        "https://ubuntu.com/server/docs/firewalls",
        "terminal",
        "sudo ufw default deny incoming && sudo ufw allow OpenSSH && sudo ufw allow 443/tcp && sudo ufw enable && sudo ufw status verbose",
    ),
    (
        "https://firewalld.org/documentation/howto/open-a-port-or-service.html",
        "terminal",
        "sudo firewall-cmd --permanent --add-service=https && sudo firewall-cmd --permanent --add-port=9100/tcp && sudo firewall-cmd --reload",
    ),
    (
        "https://wiki.nftables.org/wiki-nftables/index.php/Simple_ruleset_for_a_server",
        "other",
        "table inet filter {\n  chain input {\n    type filter hook input priority 0; policy drop;\n    ct state established,related accept\n    iif lo accept\n    tcp dport { 22, 80, 443 } accept\n    icmp type echo-request limit rate 5/second accept\n  }\n}",
    ),
    (
        "https://certbot.eff.org/instructions?ws=nginx&os=snap",
        "terminal",
        "sudo snap install --classic certbot\nsudo ln -s /snap/bin/certbot /usr/bin/certbot\nsudo certbot --nginx -d shop.example.com -d www.shop.example.com",
    ),
    (
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html",
        "other",
        "server {\n    listen 443 ssl http2;\n    server_name api.example.com;\n    ssl_certificate     /etc/letsencrypt/live/api.example.com/fullchain.pem;\n    ssl_certificate_key /etc/letsencrypt/live/api.example.com/privkey.pem;\n\n    location / {\n        proxy_pass http://127.0.0.1:8001;\n        proxy_set_header Host $host;\n        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    }\n}",
    ),
    (
        "https://man.openbsd.org/sshd_config",
        "other",
        "PermitRootLogin no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\nPubkeyAuthentication yes\nAllowGroups ssh-users\nClientAliveInterval 300\nMaxAuthTries 3\nSubsystem sftp internal-sftp",
    ),
    (
        "https://www.sudo.ws/docs/man/sudoers.man/",
        "other",
        "# /etc/sudoers.d/deploy\nDefaults:deploy !requiretty\ndeploy ALL=(root) NOPASSWD: /usr/bin/systemctl restart orders.service, /usr/bin/systemctl status orders.service",
    ),
    (
        "https://docs.kernel.org/admin-guide/sysctl/vm.html",
        "terminal",
        "echo 'vm.max_map_count=262144' | sudo tee /etc/sysctl.d/99-elasticsearch.conf && sudo sysctl --system",
    ),
    (
        "https://access.redhat.com/documentation/en-us/red_hat_enterprise_linux/9/html/using_selinux/",
        "terminal",
        'sudo semanage fcontext -a -t httpd_sys_content_t "/srv/www(/.*)?" && sudo restorecon -Rv /srv/www\nsudo ausearch -m avc -ts recent | audit2why',
    ),
    (
        "https://man7.org/linux/man-pages/man5/crontab.5.html",
        "other",
        '# m h  dom mon dow   command\n*/5 * * * * /usr/local/bin/healthcheck.sh >/dev/null 2>&1\n15 3 * * * /usr/bin/certbot renew --quiet --deploy-hook "systemctl reload nginx"\n0 4 * * 0 /usr/bin/find /var/tmp -type f -mtime +14 -delete',
    ),
    (
        "https://www.linode.com/docs/guides/how-to-use-logrotate/",
        "other",
        "/var/log/orders/*.log {\n    daily\n    rotate 14\n    compress\n    delaycompress\n    missingok\n    notifempty\n    create 0640 orders adm\n    postrotate\n        systemctl kill -s HUP orders.service\n    endscript\n}",
    ),
    (
        "https://tailscale.com/kb/1031/install-linux",
        "terminal",
        "curl -fsSL https://tailscale.com/install.sh | sh\nsudo tailscale up",
    ),
    (
        "https://docs.netdata.cloud/",
        "terminal",
        "wget -O /tmp/netdata-kickstart.sh https://get.netdata.cloud/kickstart.sh && sh /tmp/netdata-kickstart.sh --stable-channel --disable-telemetry",
    ),
    (
        "https://docs.k3s.io/quick-start",
        "terminal",
        "curl -sfL https://get.k3s.io | sh -\nsudo k3s kubectl get node",
    ),
    (
        "https://docs.docker.com/engine/install/linux-postinstall/",
        "terminal",
        "sudo groupadd docker\nsudo usermod -aG docker $USER\nnewgrp docker\ndocker run hello-world",
    ),
    (
        "https://www.cyberciti.biz/faq/linux-find-largest-file-in-directory-recursively-using-find-du/",
        "terminal",
        "sudo du -xh / --max-depth=2 2>/dev/null | sort -rh | head -20\nsudo find /var -xdev -type f -size +500M -exec ls -lh {} \\;",
    ),
    (
        "https://askubuntu.com/questions/1232/how-do-i-find-which-process-is-using-a-port",
        "terminal",
        "sudo ss -tulpn | grep ':8080'\nsudo lsof -i :8080",
    ),
    (
        "https://unix.stackexchange.com/questions/tagged/rsync",
        "terminal",
        "rsync -avz --delete --exclude='.git' -e 'ssh -p 2222' ./site/ deploy@web01.example.com:/var/www/site/",
    ),
    (
        "https://wiki.archlinux.org/title/Dm-crypt/Encrypting_an_entire_system",
        "terminal",
        "cryptsetup luksFormat --type luks2 /dev/nvme0n1p2\ncryptsetup open /dev/nvme0n1p2 root\nmkfs.ext4 /dev/mapper/root",
    ),
    (
        "https://www.raspberrypi.com/documentation/computers/os.html",
        "terminal",
        "sudo apt update && sudo apt full-upgrade -y && sudo rpi-eeprom-update -a && sudo reboot",
    ),
    (
        "https://docs.pi-hole.net/main/basic-install/",
        "terminal",
        "curl -sSL https://install.pi-hole.net | bash",
    ),
    (
        "https://get.docker.com/",
        "terminal",
        "curl -fsSL https://get.docker.com -o get-docker.sh\nsudo sh ./get-docker.sh --dry-run",
    ),
    (
        "https://wiki.debian.org/NetworkConfiguration",
        "other",
        "auto eth0\niface eth0 inet static\n    address 192.168.1.20/24\n    gateway 192.168.1.1\n    dns-nameservers 192.168.1.1 9.9.9.9",
    ),
    (
        "https://netplan.readthedocs.io/en/stable/examples/",
        "other",
        "network:\n  version: 2\n  ethernets:\n    enp3s0:\n      dhcp4: false\n      addresses: [10.0.0.15/24]\n      routes:\n        - to: default\n          via: 10.0.0.1\n      nameservers:\n        addresses: [10.0.0.2, 1.1.1.1]",
    ),
]

PSGALLERY = [
    (
        "https://www.powershellgallery.com/packages/PSWindowsUpdate",
        "terminal",
        "Install-Module -Name PSWindowsUpdate -Force -Scope AllUsers\nImport-Module PSWindowsUpdate\nGet-WindowsUpdate -MicrosoftUpdate -AcceptAll -Install -AutoReboot",
    ),
    (
        "https://www.powershellgallery.com/packages/Microsoft.Graph",
        "terminal",
        'Install-Module Microsoft.Graph -Scope CurrentUser -Repository PSGallery -Force\nConnect-MgGraph -Scopes "User.Read.All","Group.ReadWrite.All"\nGet-MgUser -Top 10 | Select-Object DisplayName, UserPrincipalName',
    ),
    (
        "https://www.powershellgallery.com/packages/ExchangeOnlineManagement",
        "terminal",
        "Install-Module -Name ExchangeOnlineManagement -RequiredVersion 3.6.0\nConnect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com\nGet-EXOMailbox -ResultSize Unlimited | Where-Object {$_.RecipientTypeDetails -eq 'SharedMailbox'}",
    ),
    (
        "https://www.powershellgallery.com/packages/Az",
        "terminal",
        "Install-Module -Name Az -Repository PSGallery -Force -AllowClobber\nConnect-AzAccount -UseDeviceAuthentication\nGet-AzSubscription",
    ),
    (
        "https://www.powershellgallery.com/packages/PnP.PowerShell",
        "terminal",
        "Install-Module PnP.PowerShell -Scope CurrentUser\nConnect-PnPOnline -Url https://contoso.sharepoint.com/sites/hr -Interactive -ClientId 9a8b7c6d-1111-2222-3333-444455556666",
    ),
    (
        "https://www.powershellgallery.com/packages/Pester",
        "terminal",
        "Install-Module -Name Pester -Force -SkipPublisherCheck\nInvoke-Pester -Path .\\tests -Output Detailed",
    ),
    (
        "https://www.powershellgallery.com/packages/PSScriptAnalyzer",
        "terminal",
        "Install-Module PSScriptAnalyzer -Scope CurrentUser\nInvoke-ScriptAnalyzer -Path .\\src -Recurse -Severity Warning,Error",
    ),
    (
        "https://www.powershellgallery.com/packages/dbatools",
        "terminal",
        "Install-Module dbatools -Scope CurrentUser\nGet-DbaDatabase -SqlInstance sql01 | Where-Object LastFullBackup -lt (Get-Date).AddDays(-1) | Select SqlInstance, Name, LastFullBackup",
    ),
    (
        "https://www.powershellgallery.com/packages/ImportExcel",
        "terminal",
        "Install-Module ImportExcel -Scope CurrentUser\nGet-Process | Select-Object Name, CPU, WS | Export-Excel -Path .\\procs.xlsx -AutoSize -TableName Procs",
    ),
    (
        "https://www.powershellgallery.com/packages/Microsoft.WinGet.Client",
        "terminal",
        "Install-Module -Name Microsoft.WinGet.Client -Force -Repository PSGallery\nRepair-WinGetPackageManager -AllUsers\nGet-WinGetPackage | Where-Object IsUpdateAvailable",
    ),
    (
        "https://www.powershellgallery.com/packages/PowerShellGet",
        "terminal",
        "[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12\nInstall-PackageProvider -Name NuGet -MinimumVersion 2.8.5.201 -Force\nInstall-Module PowerShellGet -AllowClobber -Force",
    ),
    (
        "https://www.powershellgallery.com/packages/Microsoft.PowerShell.SecretManagement",
        "terminal",
        "Install-Module Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore\nRegister-SecretVault -Name LocalStore -ModuleName Microsoft.PowerShell.SecretStore -DefaultVault\nSet-Secret -Name GraphClientSecret -Secret (Read-Host -AsSecureString)",
    ),
    (
        "https://www.powershellgallery.com/packages/WindowsAutopilotIntune",
        "terminal",
        "Install-Module WindowsAutopilotIntune -MinimumVersion 5.4\nConnect-MgGraph -Scopes DeviceManagementServiceConfig.ReadWrite.All\nGet-AutopilotDevice | Format-Table serialNumber, groupTag, enrollmentState",
    ),
    (
        "https://www.powershellgallery.com/packages/MicrosoftTeams",
        "terminal",
        "Install-Module -Name MicrosoftTeams -Force -AllowClobber\nConnect-MicrosoftTeams\nGet-CsOnlineUser -Identity anna@contoso.com | Select-Object EnterpriseVoiceEnabled, LineURI",
    ),
    (
        "https://www.powershellgallery.com/packages/Terminal-Icons",
        "terminal",
        "Install-Module -Name Terminal-Icons -Repository PSGallery\nAdd-Content -Path $PROFILE -Value 'Import-Module -Name Terminal-Icons'",
    ),
    (
        "https://ohmyposh.dev/docs/installation/windows",
        "terminal",
        'winget install JanDeDobbeleer.OhMyPosh -s winget\noh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\\jandedobbeleer.omp.json" | Invoke-Expression',
    ),
    (
        "https://www.powershellgallery.com/packages/AzureADPreview",
        "terminal",
        "Install-Module AzureADPreview -AllowClobber\nGet-AzureADAuditSignInLogs -Filter \"userPrincipalName eq 'anna@contoso.com'\" -Top 20",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/scripting/install/installing-powershell-on-windows",
        "terminal",
        "winget install --id Microsoft.PowerShell --source winget\nmsiexec.exe /package PowerShell-7.4.6-win-x64.msi /quiet ADD_EXPLORER_CONTEXT_MENU_OPENPOWERSHELL=1 ENABLE_PSREMOTING=1",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/scripting/install/installing-powershell-on-windows",
        "terminal",
        'iex "& { $(irm https://aka.ms/install-powershell.ps1) } -UseMSI"',
    ),
]
