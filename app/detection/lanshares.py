"""Programs and scripts run from a file server of the user's own network.

`& \\\\10.20.1.15\\deploy\\map-drives.ps1`, `msiexec /i \\\\192.168.10.4\\apps\\agent.msi /qn`,
`\\\\fs01.corp\\scripts\\logon.cmd` typed into the Run box: an administrator's runbook. A share on
an RFC 1918 address (written as the dotted quad it is) or on a name only the local network
resolves (a plain name, or one under .corp/.lan/.local/…: provenance.on_local_network) is no
stranger's server, since the internet routes to neither; a lure's share is a public name or
address, or WebDAV's host@SSL, which Windows fetches over the internet. The rules that read a
program run from a share (PG-WIN-UNC-EXECUTE, msiexec's remote package, pushd into a share)
already leave a plain `\\\\fs01` alone for that reason, and a drive mapped to a local name was
cleared in the engine; this reading extends it to the same servers by address or by a local
name with dots.

Only when the text names no web address at all, was read to its end, and every share in it is
such a server: one share of a stranger's beside them keeps every finding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.detection.indicators import UNCPath
from app.detection.provenance import on_local_network
from app.detection.signals import private_dotted_quad

# the rules whose only reach is the share (a share of the user's own network reaches nothing
# outside it); whatever else the text does is weighed as before
LAN_SHARE_RULES = frozenset(
    {
        "PG-WIN-UNC-EXECUTE",
        "PG-WIN-MSIEXEC-REMOTE",
        "PG-LOL-PUSHD-UNC",
        "PG-WIN-RUN-FROM-MAPPED-WEBDAV",
    }
)
# indicators.find_unc_paths reads at most this many: a text with more is not read to its end
MAX_SHARES = 16
MAX_TEXT = 64 * 1024


def own_network_server(host: str, webdav: bool) -> bool:
    """A file server of the user's own network: a private address or a local-only name."""
    if webdav:
        return False
    return private_dotted_quad(host) or on_local_network(host)


# a text handed to a shell to run (`type \\fs01.corp\it\a.txt | cmd`, `cmd < …`, `gc … | iex`):
# a share's text run as commands stays a finding even on the user's own network, since what
# the text says is nobody's program (the rules' authors kept it so)
_TEXT_TO_SHELL = re.compile(
    r"(?i)\|\s*(?:cmd|powershell|pwsh|iex|invoke-expression|bash|sh)(?:\.exe)?\b"
    r"|\b(?:cmd|powershell|pwsh)(?:\.exe)?\s+(?:[/-]\w+\s+)*<"
    r"|\b(?:iex|invoke-expression)\b"
)


def text_to_shell(text: str) -> bool:
    """A share's text handed to a shell to run (`type \\\\fs01\\it\\a.txt | cmd`, `| iex`)."""
    return _TEXT_TO_SHELL.search(text[:MAX_TEXT]) is not None


def lan_shares_only(
    text: str, urls: Sequence[object], shares: Sequence[UNCPath], complete: bool
) -> bool:
    """No web address, the text read to its end, no text handed to a shell to run, and every
    share on a server of the user's own network (at least one, and fewer than the share
    reader's limit)."""
    return (
        not urls
        and complete
        and 0 < len(shares) < MAX_SHARES
        and all(own_network_server(s.host, s.webdav) for s in shares)
        and _TEXT_TO_SHELL.search(text[:MAX_TEXT]) is None
    )
