"""MITRE ATT&CK names and tactics for the technique ids PasteGuard's rules report."""

from __future__ import annotations

from dataclasses import dataclass

FRAMEWORK = "MITRE ATT&CK"
PASTE_LURE = "T1204.004"  # User Execution: Malicious Copy and Paste (ATT&CK v17)
REMOTE_ACCESS = "T1219"  # Remote Access Tools

TACTICS = {
    "TA0001": "Initial Access",
    "TA0002": "Execution",
    "TA0003": "Persistence",
    "TA0004": "Privilege Escalation",
    "TA0005": "Defense Evasion",
    "TA0006": "Credential Access",
    "TA0007": "Discovery",
    "TA0008": "Lateral Movement",
    "TA0009": "Collection",
    "TA0010": "Exfiltration",
    "TA0011": "Command and Control",
    "TA0040": "Impact",
}

# Parent techniques: name and the tactics ATT&CK lists them under. A technique missing here is
# still forwarded by id (tests/app/forwarding/test_attack.py keeps this in step with the rules).
TECHNIQUES: dict[str, tuple[str, tuple[str, ...]]] = {
    "T1021": ("Remote Services", ("TA0008",)),
    "T1027": ("Obfuscated Files or Information", ("TA0005",)),
    "T1036": ("Masquerading", ("TA0005",)),
    "T1041": ("Exfiltration Over C2 Channel", ("TA0010",)),
    "T1047": ("Windows Management Instrumentation", ("TA0002",)),
    "T1053": ("Scheduled Task/Job", ("TA0002", "TA0003", "TA0004")),
    "T1056": ("Input Capture", ("TA0009", "TA0006")),
    "T1059": ("Command and Scripting Interpreter", ("TA0002",)),
    "T1070": ("Indicator Removal", ("TA0005",)),
    "T1071": ("Application Layer Protocol", ("TA0011",)),
    "T1098": ("Account Manipulation", ("TA0003", "TA0004")),
    "T1105": ("Ingress Tool Transfer", ("TA0011",)),
    "T1110": ("Brute Force", ("TA0006",)),
    "T1115": ("Clipboard Data", ("TA0009",)),
    "T1140": ("Deobfuscate/Decode Files or Information", ("TA0005",)),
    "T1197": ("BITS Jobs", ("TA0005", "TA0003")),
    "T1202": ("Indirect Command Execution", ("TA0005",)),
    "T1204": ("User Execution", ("TA0002",)),
    "T1218": ("System Binary Proxy Execution", ("TA0005",)),
    "T1219": ("Remote Access Tools", ("TA0011",)),
    "T1220": ("XSL Script Processing", ("TA0005",)),
    "T1485": ("Data Destruction", ("TA0040",)),
    "T1490": ("Inhibit System Recovery", ("TA0040",)),
    "T1496": ("Resource Hijacking", ("TA0040",)),
    "T1574": ("Hijack Execution Flow", ("TA0003", "TA0004", "TA0005")),
    "T1528": ("Steal Application Access Token", ("TA0006",)),
    "T1657": ("Financial Theft", ("TA0040",)),
    "T1539": ("Steal Web Session Cookie", ("TA0006",)),
    "T1543": ("Create or Modify System Process", ("TA0003", "TA0004")),
    "T1547": ("Boot or Logon Autostart Execution", ("TA0003", "TA0004")),
    "T1553": ("Subvert Trust Controls", ("TA0005",)),
    "T1552": ("Unsecured Credentials", ("TA0006",)),
    "T1555": ("Credentials from Password Stores", ("TA0006",)),
    "T1562": ("Impair Defenses", ("TA0005",)),
    "T1564": ("Hide Artifacts", ("TA0005",)),
    "T1566": ("Phishing", ("TA0001",)),
    "T1620": ("Reflective Code Loading", ("TA0005",)),
    "T1656": ("Impersonation", ("TA0005",)),
    "T1611": ("Escape to Host", ("TA0004",)),
    "T1548": ("Abuse Elevation Control Mechanism", ("TA0004", "TA0005")),
    "T1195": ("Supply Chain Compromise", ("TA0001",)),
    "T1037": ("Boot or Logon Initialization Scripts", ("TA0003", "TA0004")),
    "T1082": ("System Information Discovery", ("TA0007",)),
    "T1136": ("Create Account", ("TA0003",)),
    "T1565": ("Data Manipulation", ("TA0040",)),
    "T1572": ("Protocol Tunneling", ("TA0011",)),
    "T1571": ("Non-Standard Port", ("TA0011",)),
    "T1137": ("Office Application Startup", ("TA0003",)),
    "T1176": ("Software Extensions", ("TA0003",)),
    "T1185": ("Browser Session Hijacking", ("TA0009",)),
    "T1546": ("Event Triggered Execution", ("TA0003", "TA0004")),
}

SUBTECHNIQUES = {
    "T1574.006": "Dynamic Linker Hijacking",
    "T1562.004": "Disable or Modify System Firewall",
    "T1548.003": "Sudo and Sudo Caching",
    "T1195.002": "Compromise Software Supply Chain",
    "T1195.001": "Compromise Software Dependencies and Development Tools",
    "T1021.001": "Remote Desktop Protocol",
    "T1021.004": "SSH",
    "T1021.005": "VNC",
    "T1136.001": "Local Account",
    "T1553.004": "Install Root Certificate",
    "T1565.002": "Transmitted Data Manipulation",
    "T1021.002": "SMB/Windows Admin Shares",
    "T1027.003": "Steganography",
    "T1027.010": "Command Obfuscation",
    "T1036.005": "Match Legitimate Resource Name or Location",
    "T1036.007": "Double File Extension",
    "T1036.008": "Masquerade File Type",
    "T1053.003": "Cron",
    "T1056.001": "Keylogging",
    "T1056.002": "GUI Input Capture",
    "T1056.003": "Web Portal Capture",
    "T1059.001": "PowerShell",
    "T1059.002": "AppleScript",
    "T1059.003": "Windows Command Shell",
    "T1059.004": "Unix Shell",
    "T1059.005": "Visual Basic",
    "T1059.006": "Python",
    "T1059.007": "JavaScript",
    "T1070.003": "Clear Command History",
    "T1071.001": "Web Protocols",
    "T1071.004": "DNS",
    "T1098.004": "SSH Authorized Keys",
    "T1204.002": "Malicious File",
    "T1204.004": "Malicious Copy and Paste",
    "T1218.005": "Mshta",
    "T1218.007": "Msiexec",
    "T1218.010": "Regsvr32",
    "T1218.011": "Rundll32",
    "T1543.001": "Launch Agent",
    "T1543.002": "Systemd Service",
    "T1547.001": "Registry Run Keys / Startup Folder",
    "T1553.001": "Gatekeeper Bypass",
    "T1552.001": "Credentials In Files",
    "T1555.001": "Keychain",
    "T1562.001": "Disable or Modify Tools",
    "T1564.001": "Hidden Files and Directories",
    "T1564.003": "Hidden Window",
    "T1566.004": "Spearphishing Voice",
    "T1037.002": "Login Hook",
    "T1546.001": "Change Default File Association",
    "T1546.003": "Windows Management Instrumentation Event Subscription",
    "T1546.007": "Netsh Helper DLL",
    "T1546.010": "AppInit DLLs",
    "T1546.012": "Image File Execution Options Injection",
    "T1546.014": "Emond",
    "T1546.015": "Component Object Model Hijacking",
    "T1548.002": "Bypass User Account Control",
}


@dataclass(frozen=True)
class Classification:
    """Technique ids split the way ECS wants them: parents in `threat.technique.id`."""

    techniques: list[str]
    subtechniques: list[str]
    tactics: list[str]

    @property
    def technique_names(self) -> list[str]:
        return [TECHNIQUES[t][0] for t in self.techniques if t in TECHNIQUES]

    @property
    def subtechnique_names(self) -> list[str]:
        return [SUBTECHNIQUES[t] for t in self.subtechniques if t in SUBTECHNIQUES]

    @property
    def tactic_names(self) -> list[str]:
        return [TACTICS[t] for t in self.tactics]


def classify(technique_ids: set[str]) -> Classification:
    """Parents, sub-techniques and tactics of ATT&CK ids such as "T1059.001" or "T1105"."""
    ids = {t.strip().upper() for t in technique_ids if t and t.strip()}
    parents = sorted({t.split(".", 1)[0] for t in ids})
    subs = sorted(t for t in ids if "." in t)
    tactics = sorted({ta for p in parents for ta in TECHNIQUES.get(p, ("", ()))[1]})
    return Classification(parents, subs, tactics)


def reference(technique_id: str) -> str:
    """The technique's page on attack.mitre.org (T1059.001 -> .../techniques/T1059/001/)."""
    return "https://attack.mitre.org/techniques/" + technique_id.replace(".", "/") + "/"


def tactic_reference(tactic_id: str) -> str:
    return f"https://attack.mitre.org/tactics/{tactic_id}/"
