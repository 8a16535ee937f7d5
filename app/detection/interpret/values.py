"""The side-effect-free functions attackers use to hide text, done on plain Python values.

Each function takes and returns bounded values and never raises on bad input: it returns None
(unknown) instead, and the evaluator treats the result as something it could not work out.
"""

from __future__ import annotations

import base64
import binascii
import urllib.parse
import zlib

from app.detection.interpret.budget import MAX_STRING

MAX_INFLATE = 256 * 1024


def from_base64(text: str) -> bytes | None:
    data = "".join(text.split())[: 4 * MAX_STRING]
    data = data.replace("-", "+").replace("_", "/")
    try:
        return base64.b64decode(data + "=" * (-len(data) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None


def from_hex(text: str) -> bytes | None:
    data = "".join(text.split()).replace("0x", "").replace("\\x", "").replace(",", "")
    try:
        return bytes.fromhex(data[: 2 * MAX_STRING])
    except ValueError:
        return None


def decode_bytes(data: bytes, encoding: str) -> str:
    """`[Text.Encoding]::<name>.GetString(bytes)`."""
    enc = encoding.lower()
    codec = {
        "unicode": "utf-16-le",
        "bigendianunicode": "utf-16-be",
        "utf32": "utf-32-le",
        "ascii": "ascii",
        "utf8": "utf-8",
        "utf7": "utf-7",
        "default": "cp1252",
        "latin1": "latin-1",
    }.get(enc, "utf-8")
    return data[: 4 * MAX_STRING].decode(codec, errors="replace")[:MAX_STRING]


def encode_text(text: str, encoding: str) -> bytes:
    enc = encoding.lower()
    codec = {"unicode": "utf-16-le", "bigendianunicode": "utf-16-be", "utf32": "utf-32-le"}.get(
        enc, "utf-8"
    )
    return text[:MAX_STRING].encode(codec, errors="replace")


def inflate(data: bytes, gzip: bool = False) -> bytes | None:
    """DeflateStream/GZipStream over bytes, to at most MAX_INFLATE bytes."""
    for wbits in (16 + zlib.MAX_WBITS,) if gzip else (-zlib.MAX_WBITS, zlib.MAX_WBITS, 32 + 15):
        try:
            return zlib.decompressobj(wbits).decompress(data, MAX_INFLATE)
        except zlib.error:
            continue
    return None


def url_unescape(text: str) -> str:
    return urllib.parse.unquote(text[:MAX_STRING])


def char_of(code: int) -> str | None:
    if 0 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
        return chr(code)
    return None


def parse_int(text: str) -> int | None:
    """A PowerShell/JS integer literal: 42, 0x2A, -7, 1kb."""
    if text.isdigit() and text.isascii() and len(text) <= 40:
        return int(text)  # plain decimal digits (most literals): what the rest would give
    t = text.strip().lower().replace("_", "")
    if not t or len(t) > 40:
        return None
    sign = -1 if t.startswith("-") else 1
    t = t.lstrip("+-")
    mult = 1
    for suffix, m in (("kb", 1024), ("mb", 1 << 20), ("gb", 1 << 30)):
        if t.endswith(suffix):
            t, mult = t[: -len(suffix)], m
    t = t.rstrip("lud")
    try:
        value = int(t, 16) if t.startswith("0x") else int(t, 2) if t.startswith("0b") else int(t)
    except ValueError:
        return None
    return sign * value * mult


def slice_cmd(value: str, start: int, length: int | None) -> str:
    """cmd.exe `%v:~start,length%`: negative start counts from the end, negative length too."""
    n = len(value)
    begin = start if start >= 0 else max(0, n + start)
    begin = min(begin, n)
    if length is None:
        return value[begin:]
    if length >= 0:
        return value[begin : begin + length]
    return value[begin : max(begin, n + length)]


def xor_bytes(data: bytes, key: bytes) -> bytes:
    if not key:
        return data
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data[:MAX_STRING]))


def printable(text: str) -> bool:
    """Reads as text (not binary noise): most characters printable."""
    if not text:
        return False
    good = sum(1 for c in text[:4096] if c.isprintable() or c in "\r\n\t")
    return good >= 0.9 * min(len(text), 4096)
