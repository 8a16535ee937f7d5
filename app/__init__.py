"""PasteGuard: a desktop guard against copy-and-paste lures (MITRE ATT&CK T1204.004)."""

__version__ = "0.1.0"
