"""What the blind-set generators from the seventh on share: the encodings their lures use and the
checks and writing of their rows (bench/blind/README.md, "Keeping it blind"). Each
make_blind<N>.py imports it from beside itself; tests/test_blind_sets.py pins every set byte for
byte against its generator, so a change here that altered any set's text would fail there.

The checks hold every lure to the brief: every host it names is reserved (or a real service it only
mentions), its page shares no registrable domain with them, and a scam's phone number is in a 555
block. A lure listed as an IOC has no page.
"""

from __future__ import annotations

import base64
import gzip
import ipaddress
import json
import re
import zlib
from pathlib import Path

# (technique, target, source page or None, text, expect, platform)
Lure = tuple[str, str, str | None, str, str, str]
# (kind, target, source page or None, text)
Benign = tuple[str, str, str | None, str]
OWN = "installer-own-page"

# ----------------------------------------------------------------------------------------------
# Encodings lures use (computed, so every encoded text really decodes to its command)
# ----------------------------------------------------------------------------------------------


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64_utf16(text: str) -> str:
    return base64.b64encode(text.encode("utf-16-le")).decode()


def gzip_b64(text: str) -> str:
    """gzip with a fixed mtime, base64 (deterministic)."""
    return base64.b64encode(gzip.compress(text.encode(), mtime=0)).decode()


def hex_str(text: str) -> str:
    return text.encode().hex()


def char_codes(text: str, sep: str = ",") -> str:
    return sep.join(str(ord(c)) for c in text)


def xor_codes(text: str, key: int) -> str:
    return ",".join(str(ord(c) ^ key) for c in text)


def ip_int(ip: str) -> int:
    return int(ipaddress.IPv4Address(ip))


def carets(text: str, every: int = 2) -> str:
    """cmd.exe caret insertion inside words (a caret before a letter is dropped by cmd)."""
    out = []
    for i, c in enumerate(text):
        if c.isalpha() and i % every == 1:
            out.append("^")
        out.append(c)
    return "".join(out)


def ps_concat(text: str, size: int = 4) -> str:
    """A PowerShell string cut into '+'-joined pieces."""
    parts = [text[i : i + size] for i in range(0, len(text), size)]
    return "(" + "+".join(f"'{p}'" for p in parts) + ")"


def ps_format(text: str, size: int = 5) -> str:
    """A PowerShell -f format string with its pieces given out of order."""
    parts = [text[i : i + size] for i in range(0, len(text), size)]
    order = list(range(len(parts)))[::-1]
    fmt = "".join("{" + str(order.index(i)) + "}" for i in range(len(parts)))
    args = ",".join(f"'{parts[i]}'" for i in order)
    return f'("{fmt}" -f {args})'


# Where a lure says to paste (the PasteTarget values), and the list a generator adds its lures to
RUN = "run_dialog"
EXP = "explorer_bar"
TERM = "terminal"
CON = "browser_console"
UNK = "unknown"

Lure = tuple[
    str, str, str | None, str, str, str
]  # technique, target, source, text, expect, platform


class Lures(list[Lure]):
    """A set's lures in the order its generator writes them."""

    def lure(
        self,
        technique: str,
        target: str,
        source: str | None,
        text: str,
        expect: str = "malicious",
        platform: str = "windows",
    ) -> None:
        self.append((technique, target, source, text, expect, platform))

    def ioc(self, technique: str, text: str, target: str = RUN, platform: str = "windows") -> None:
        """A command as a vendor IOC file or report lists it: no page, only where it was pasted."""
        self.append((technique, target, None, text, "malicious", platform))


NBSP = "\u00a0"
EMSP = "\u2003"
ENSP = "\u2002"
ZWSP = "\u200b"
NNBSP = "\u202f"
IDSP = "\u3000"


def esc_hex(text: str) -> str:
    return "".join(f"\\x{b:02x}" for b in text.encode())


def esc_oct(text: str) -> str:
    return "".join(f"\\{b:03o}" for b in text.encode())


def js_uni(text: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in text)


def cmd_slice(word: str, pool: str, var: str) -> str:
    return "".join(f"%{var}:~{pool.index(c)},1%" for c in word)


def deflate_b64(text: str) -> str:
    """Raw deflate (no zlib header), base64, as DeflateStream reads it (deterministic)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(comp.compress(text.encode()) + comp.flush()).decode()


def xor_b64(text: str, key: int) -> str:
    return base64.b64encode(bytes(b ^ key for b in text.encode())).decode()


def reverse(text: str) -> str:
    return text[::-1]


# ----------------------------------------------------------------------------------------------
# Checks and writing
# ----------------------------------------------------------------------------------------------

RESERVED_TLDS = ("test", "invalid", "example")
# Hosts a lure may name besides reserved ones: real services the lure only mentions (a device
# login page, an OAuth scope) and never fetches code from.
NAMED_NOT_FETCHED = {
    "microsoft.com",
    "github.com",
    "www.googleapis.com",
}
HOST_RE = re.compile(
    r"(?:https?:|\\\\|@)/?/?\[?([A-Za-z0-9.:-]+\.[A-Za-z]{2,}|[0-9a-fA-F:]+:[0-9a-fA-F:]*)"
)
NAME_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:test|invalid|example))\b", re.IGNORECASE)
RESERVED_NETS = ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
PHONE_RE = re.compile(r"\+?\d[\d ()\-]{7,}\d")


def numbered(prefix: str, keys: list[str]) -> list[str]:
    counts: dict[str, int] = {}
    ids = []
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
        ids.append(f"{prefix}-{key}-{counts[key]:02d}")
    return ids


def domain(host: str) -> str:
    """The registrable domain of a reserved name (their suffixes are one label)."""
    return ".".join(host.lower().strip(".").split(".")[-2:])


def check_hosts(text: str) -> None:
    """Every host a lure names is reserved (or a real service it only mentions)."""
    for host in HOST_RE.findall(text):
        host = host.lower().rstrip(".")
        if "." in host:
            host = host.split(":")[0]
        if host in NAMED_NOT_FETCHED or host.split(".")[-1] in RESERVED_TLDS:
            continue
        try:
            ip = ipaddress.ip_address(host)
        except ValueError:
            ip = None
        if ip is not None and ip.is_loopback:  # a ConsentFix redirect, never fetched from
            continue
        if ip is not None and any(ip in ipaddress.ip_network(n) for n in RESERVED_NETS):
            continue
        raise SystemExit(f"lure names a host that is not reserved: {host!r} in {text[:80]!r}")


def check_unrelated(source: str | None, text: str) -> None:
    """A lure's page shares no registrable domain with any reserved name its text mentions (the
    hosts it fetches from above all), and every host it names is reserved (the brief)."""
    check_hosts(text)
    if source is None:
        return
    page_host = re.match(r"https?://([^/]+)", source)
    if page_host is None:
        raise SystemExit(f"lure page {source!r} is not a web address")
    page = domain(page_host.group(1))
    if page.split(".")[-1] not in RESERVED_TLDS:
        raise SystemExit(f"lure page {source} is not a reserved name")
    names = {domain(h) for h in NAME_RE.findall(text)}
    if page in names:
        raise SystemExit(f"lure page {source} shares its domain with a host in {text[:80]!r}")


def check_phones(text: str) -> None:
    """A scam text's phone number is fictitious (a 555 block)."""
    for number in PHONE_RE.findall(text):
        digits = re.sub(r"\D", "", number)
        if len(digits) >= 9 and "555" not in digits:
            raise SystemExit(f"phone number {number!r} is not fictitious in {text[:60]!r}")


def lure_rows(prefix: str, lures: list[Lure]) -> list[dict[str, str]]:
    """The lure rows with their ids (`<prefix>-<technique>-NN`), after every check."""
    for technique, _, source, text, _, _ in lures:
        check_unrelated(source, text)
        if technique.startswith(("support-scam", "callback")):
            check_phones(text)
    ids = numbered(prefix, [t for t, *_ in lures])
    rows = []
    for i, (technique, target, source, text, expect, platform) in zip(ids, lures, strict=True):
        row = {"id": i, "text": text, "expect": expect, "technique": technique}
        row["platform"] = platform
        if source:
            row["source"] = source
        row["target"] = target
        rows.append(row)
    if len({r["text"] for r in rows}) != len(rows):
        raise SystemExit("a lure text is repeated")
    return rows


def benign_rows(prefix: str, benign: list[Benign]) -> list[dict[str, str]]:
    """The benign rows with their ids (`<prefix>-ok-<kind>-NN`)."""
    ids = numbered(f"{prefix}-ok", [k for k, *_ in benign])
    rows = []
    for i, (kind, target, source, text) in zip(ids, benign, strict=True):
        row = {"id": i, "text": text, "expect": "not_flagged", "kind": kind}
        if source:
            row["source"] = source
        row["target"] = target
        rows.append(row)
    # The same installer may be quoted by its own page and by a tutorial; never twice by one kind.
    keys = [(r["kind"], r["text"]) for r in rows]
    if len(set(keys)) != len(keys):
        raise SystemExit("a benign text is repeated within its kind")
    return rows


def write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(
    prefix: str,
    lures: list[Lure],
    benign: list[Benign],
    lures_out: Path,
    benign_out: Path,
) -> None:
    """Check the rows, write both files and say what they hold."""
    lure_list, benign_list = lure_rows(prefix, lures), benign_rows(prefix, benign)
    write(lures_out, lure_list)
    write(benign_out, benign_list)
    own_page = sum(r["kind"] == OWN for r in benign_list)
    techniques = len({r["technique"] for r in lure_list})
    print(
        f"{lures_out.name}: {len(lure_list)} lures over {techniques} techniques; "
        f"{benign_out.name}: {len(benign_list)} benign ({own_page} installers from their own page)"
    )
