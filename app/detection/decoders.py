"""Decoders that reveal text hidden inside other text: base64, UTF-16LE, char codes, escapes.

Each decoder takes one layer's text and returns the texts it could decode, never more than a
fixed number and never more than a fixed size, so hostile input cannot blow up the analysis.
Nothing decoded is ever run.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import re
import urllib.parse
import zlib
from collections.abc import Callable, Iterator

import re2

from app.detection.occurs import occurs

MAX_CANDIDATES = 12  # decoded texts the engine takes from one decoder on one layer
MAX_DECODED = 256 * 1024  # characters kept from one decoding
MIN_PRINTABLE = 0.85

# a run starts where the previous character is not one of its own: the same matches as without
# the look-behind (a run shorter than 16 fails at its start and at every later character of
# it; a match ends at the end of its run or after '='), but a short word is counted once, not
# once from each of its characters
_B64 = re.compile(r"(?<![A-Za-z0-9+/_\-])[A-Za-z0-9+/_\-]{16,}={0,2}")
# ...in ASCII text found byte by byte (_b64_runs): each of its characters made an 'x' and any
# other a blank (one translate in C), then 16 x's in a row by a plain search and the run's end
# by the next blank. Python's re tries the look-behind at every character (~6 us a layer of a
# lure, ~50 ns a character)
_B64_MARKS = bytes(
    0x78 if chr(c).isascii() and (chr(c).isalnum() or chr(c) in "+/_-") else 0x20
    for c in range(256)
)
_B64_16 = b"x" * 16
_HEX_RUN = re.compile(r"\b(?:[0-9a-fA-F]{2}){12,}\b")
_HEX_DIGITS_24 = re.compile(r"[0-9a-fA-F]{24}")  # what every _HEX_RUN match holds
# ...looked for byte by byte: every ASCII hex digit made an 'x' and anything else a blank (one
# translate in C), then 24 x's in a row by a plain search. Python's re tries the pattern at
# every character and reads on at every hex digit (~5-8 us a layer); this is ~1 us
_HEX_MARKS = bytes(0x78 if chr(c) in "0123456789abcdefABCDEF" else 0x20 for c in range(256))
_HEX_24 = b"x" * 24
# (one escape, then three or more: the same matches as (?:\\x..){4,}, but a pattern that starts
# with a literal, which Python's re looks for with a fast scan; the group was tried at every
# character, ~8 us a layer that holds a path like $env:TEMP\x.exe)
_HEX_ESCAPES = re.compile(r"\\x[0-9a-fA-F]{2}(?:\\x[0-9a-fA-F]{2}){3,}")
_UNICODE_ESCAPES = re.compile(r"(?:\\u(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})){3,}")
_URL_ESCAPES = re.compile(r"(?:%[0-9a-fA-F]{2}[^%\s]{0,3}){3,}")
# a letter or a digit written as %NN (%41-%5A, %61-%7A, %30-%39), which no address needs
_URL_ESCAPED_ALNUM = re.compile(r"%(?:3[0-9]|[46][1-9a-fA-F]|[57][0-9aA])")
MAX_WHOLE_URL_TEXT = 4096  # a command, not a document: the whole text read only this far
_NUMBER_LIST = re.compile(
    r"(?:0x[0-9a-fA-F]{1,6}|\d{1,7})(?:\s{0,4}(?:[,;+]|\+\s{0,4}\[char\])\s{0,4}(?:\[char\]\s{0,4})?"
    r"(?:0x[0-9a-fA-F]{1,6}|\d{1,7})){3,}",
    re.I,
)
_NUMBER = re.compile(r"0x[0-9a-fA-F]{1,6}|\d{1,7}", re.I)
# _NUMBER_LIST over ASCII text, in RE2 (linear: Python's re tries it at every digit, ~5-15 us
# over a text with commas, which most are): whether there is a list at all. There Python's \d
# is [0-9] and its \s the six blanks and \x1c-\x1f, written out (RE2's \s has no \x0b)
_S = r"[\t\n\x0b\x0c\r\x1c-\x1f ]"
_NUMBER_LIST_ASCII = re2.compile(
    r"(?i)(?:0x[0-9a-f]{1,6}|[0-9]{1,7})(?:S{0,4}(?:[,;+]|\+S{0,4}\[char\])S{0,4}"
    r"(?:\[char\]S{0,4})?(?:0x[0-9a-f]{1,6}|[0-9]{1,7})){3,}".replace("S", _S)
)
_REVERSE_HINT = re.compile(
    r"(?i)\[\s{0,4}-1\s{0,4}\.\.|::reverse|\.reverse\(\)|strreverse|\|\s{0,4}rev\b|-join\s{0,4}\(\s{0,4}\["
)
_REV = re.compile(r"(?i)rev")
# three numeric character references in a row (&#105;&#119;&#x72;), as HtmlDecode undoes them
_HTML_REFS = re.compile(r"(?:&#(?:\d{1,7}|[xX][0-9a-fA-F]{1,6});?\s{0,2}){3,}")
_QUOTED = re.compile(r"'([^'\r\n]{8,4000})'|\"([^\"\r\n]{8,4000})\"")


# ASCII's printable characters and the three blanks, deleted by translate (one pass in C)
_ASCII_GOOD = dict.fromkeys([*range(0x20, 0x7F), ord("\r"), ord("\n"), ord("\t")])


def printable_ratio(text: str) -> float:
    if not text:
        return 0.0
    rest = text.translate(_ASCII_GOOD)  # what is left needs a look one by one
    good = len(text) - len(rest)
    if rest:  # its printable characters but U+FFFD (which is printable): counted in C
        good += sum(map(str.isprintable, rest)) - rest.count("\ufffd")
    return good / len(text)


# the same blanks and printable ASCII as bytes, and the bytes no ASCII character encodes to
_GOOD_BYTES = bytes([*range(0x20, 0x7F), ord("\r"), ord("\n"), ord("\t")])
_HIGH_BYTES = bytes(range(0x80, 0x100))


def readable(text: str) -> bool:
    """printable_ratio(text) >= MIN_PRINTABLE, decided by counting in bytes when it can be.

    Most texts a decoder tries are either plain ASCII or junk bytes decoded with U+FFFD in
    them, and str.translate with a table takes ~0.2 us a character that is not ASCII (~10 us
    for one 35-byte base64 run that reads as junk, a few of them per layer). Its printable
    ASCII characters, counted in its UTF-8 (where every other character is bytes above 0x7F),
    are a floor of the printable ones, and they and every other character but U+FFFD (never
    counted) an upper bound: the character by character count is made only when neither
    settles it (the same quotient, compared the same way)."""
    n = len(text)
    if not n:
        return False
    data = text.encode("utf-8", "surrogatepass")
    good = len(data) - len(data.translate(None, _GOOD_BYTES))
    if good / n >= MIN_PRINTABLE:
        return True
    # the characters that are not ASCII, but U+FFFD (a byte that did not decode), never counted
    others = n - len(data.translate(None, _HIGH_BYTES)) - text.count("\ufffd")
    if (good + others) / n < MIN_PRINTABLE:
        return False
    return printable_ratio(text) >= MIN_PRINTABLE


def bytes_to_text(data: bytes) -> str | None:
    """Decode bytes as UTF-16LE (PowerShell -EncodedCommand) or UTF-8 when they read as text."""
    if len(data) >= 4 and data[1::2].count(0) >= 0.6 * (len(data) // 2):
        text = data[: len(data) // 2 * 2].decode("utf-16-le", errors="replace")
    elif data[:2] == b"\x1f\x8b":
        return _inflate(data, 16 + zlib.MAX_WBITS)
    else:
        text = data.decode("utf-8", errors="replace")
    text = text[:MAX_DECODED]
    return text if readable(text) else None


def _inflate(data: bytes, wbits: int) -> str | None:
    try:
        out = zlib.decompressobj(wbits).decompress(data, MAX_DECODED)
    except zlib.error:
        return None
    return bytes_to_text(out) if out else None


# Subresource-integrity prefixes (npm, yarn, pnpm): the run of base64 starts after them.
DIGEST_PREFIXES = ("sha1-", "sha224-", "sha256-", "sha384-", "sha512-", "md5-")


def _b64_bytes(blob: str) -> bytes | None:
    if blob.startswith(DIGEST_PREFIXES):
        blob = blob.partition("-")[2]
    blob = blob.rstrip("=")
    blob = blob[: len(blob) - len(blob) % 4] if len(blob) % 4 == 1 else blob
    padded = blob + "=" * (-len(blob) % 4)
    try:
        if "-" in blob or "_" in blob:
            return base64.urlsafe_b64decode(padded)
        return base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None


MAX_RUNS = 4096  # base64 runs looked at in one layer (a deep window holds fewer)
MAX_INFLATES = 1024  # of them, inflated when they do not read as text (~2 us each)
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_DIGEST_SIZES = frozenset({16, 20, 28, 32, 48, 64})  # MD5 to SHA-512


RUNS_REMEMBERED = 2048  # short runs whose reading is kept: a text's layers repeat its runs
SHORT_RUN = 256  # characters of a run, and of its reading, for the reading to be kept
_run_texts: dict[str, tuple[str | None, bool]] = {}


def new_text() -> None:
    """Forget the runs read so far: the engine starts on another text."""
    _run_texts.clear()


def _run_text(blob: str) -> tuple[str | None, bool]:
    """What a base64 run reads as (or None), and whether reading it took an inflate attempt.

    The layers of one text (as written, normalised, as its interpreter reads it) repeat most
    of its runs, and every failed run costs a decode and an inflate: short ones are read once
    per text (the engine calls new_text between texts).
    """
    found = _run_texts.get(blob)
    if found is None:
        found = _read_run(blob)
        if len(blob) <= SHORT_RUN and (found[0] is None or len(found[0]) <= SHORT_RUN):
            if len(_run_texts) >= RUNS_REMEMBERED:
                _run_texts.clear()
            _run_texts[blob] = found
    return found


def _read_run(blob: str) -> tuple[str | None, bool]:
    data = _b64_bytes(blob)
    if not data or len(data) < 8:
        return None, False
    decoded = bytes_to_text(data)
    if decoded is None and data[:2] != b"\x1f\x8b":
        if len(data) in _DIGEST_SIZES:
            return None, False  # a digest's bytes are not inflated (windows.py says why)
        return _inflate(data, -zlib.MAX_WBITS), True  # PowerShell DeflateStream
    return decoded, False


# A base64 block wrapped into lines (base64's 76 columns, PEM's 64, a here-string's own
# width): every line but the last is as long as the first and a whole number of quads, and
# only blanks with one line break stand between them. Read line by line, a payload split at a
# line end is cut into pieces no rule reads whole.
WRAP_MIN = 40  # characters of a wrapped block's full lines
MAX_WRAPPED = 256 * 1024  # characters of one wrapped block joined and read
_LINE_GAP = re.compile(r"[ \t]*\r?\n[ \t]*")


def _wrapped_blocks(runs: list[tuple[int, int, str]], text: str) -> Iterator[tuple[str, range]]:
    """Joined blocks of at least two wrapped lines, from the runs (start, end, run) in order,
    each with the indexes of its lines among the runs."""
    block: list[str] = []
    end = -1
    size = 0
    first = 0
    for k, (start, stop, run) in enumerate(runs):
        follows = (
            block
            and len(block[-1]) == len(block[0])
            and not block[-1].endswith("=")
            and len(run) <= len(block[0])
            and _LINE_GAP.fullmatch(text, end, start) is not None
        )
        if follows and size + len(run) <= MAX_WRAPPED:
            block.append(run)
            size += len(run)
        else:
            if len(block) >= 2:
                yield "".join(block), range(first, first + len(block))
            block, size = [], 0
            if len(run) >= WRAP_MIN and len(run) % 4 == 0:
                block, size, first = [run], len(run), k
        end = stop
    if len(block) >= 2:
        yield "".join(block), range(first, first + len(block))


def _b64_runs(text: str) -> Iterator[tuple[int, int, str]]:
    """Each _B64 match in text as (start, end, run), in order."""
    if not text.isascii():
        for m in _B64.finditer(text):
            yield m.start(), m.end(), m.group(0)
        return
    marked = text.encode("ascii").translate(_B64_MARKS)
    at = marked.find(_B64_16)
    while at >= 0:
        # the first 16 x's after a run's end (or the start) begin a run: a run that began
        # before them would have been found there
        end = marked.find(b" ", at + 16)
        if end < 0:
            end = len(text)
        if text.startswith("=", end):
            end += 2 if text.startswith("==", end) else 1
        yield at, end, text[at:end]
        at = marked.find(_B64_16, end)


def decode_base64(text: str) -> Iterator[str]:
    """Runs of base64 (also URL-safe, unpadded or truncated) that decode to readable text,
    and blocks of base64 wrapped into lines, joined.

    Words, numbers, hex and digests are passed over without counting against the attempts:
    a payload after fifty integrity digests of a lockfile is still decoded. Only the costly
    attempt (inflating bytes that do not read as text) is counted.
    """
    runs = list(itertools.islice(_b64_runs(text), MAX_RUNS))
    found = 0
    # the lines of a block that read whole, and that reading: each line's reading is a piece of
    # the block's (its lines but the last are whole quads, and the block is read the same way),
    # and as a layer of its own each piece cost a rules pass and a look by the decoders and the
    # interpreters (~0.1 ms a line) to find nothing the block's reading does not show whole
    read_whole: dict[int, str] = {}
    if len(runs) >= 2 and "\n" in text:
        for joined, lines in itertools.islice(_wrapped_blocks(runs, text), MAX_CANDIDATES):
            decoded, _ = _read_run(joined)
            if decoded:
                yield decoded
                found += 1
                read_whole.update(dict.fromkeys(lines, decoded))
    attempts = 0
    for k, (_, _, blob) in enumerate(runs):
        if blob.isdigit() or (blob.isalpha() and (blob.islower() or blob.isupper())):
            continue  # plain words or numbers, not encodings
        if _HEX_DIGITS.issuperset(blob):
            continue  # hex digests are handled by the hex decoder
        decoded, inflated = _run_text(blob)
        if inflated:
            attempts += 1
            if attempts > MAX_INFLATES:
                return
        if decoded and not (read_whole and _shown_whole(decoded, read_whole.get(k))):
            yield decoded
            found += 1
            if found >= MAX_CANDIDATES * 4:
                return


def _shown_whole(piece: str, whole: str | None) -> bool:
    """Whether a line's reading is in its block's reading with the same edges: where it
    starts or ends in a word, the block has no word character beside it. Blobs that only
    happen to be of one width on consecutive lines (two commands, each encoded whole) are
    glued into one word in the block's reading ('...00echo 00...'), and a rule that looks for
    a word at a command's start sees it only in the line's own reading, which is then kept."""
    at = whole.find(piece) if whole else -1
    if at < 0 or whole is None:
        return False
    end = at + len(piece)
    before = at > 0 and _is_word(whole[at - 1]) and _is_word(piece[0])
    after = end < len(whole) and _is_word(whole[end]) and _is_word(piece[-1])
    return not (before or after)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def has_hex_24(text: str) -> bool:
    """Whether _HEX_DIGITS_24 occurs in text: 24 ASCII hex digits in a row (a character
    beyond ASCII is bytes of 0x80 and up in UTF-8, never a hex digit)."""
    return _HEX_24 in text.encode("utf-8", "surrogatepass").translate(_HEX_MARKS)


def may_list_numbers(text: str) -> bool:
    """Whether _NUMBER_LIST may occur in text: in ASCII, whether it does (RE2's scan, its
    match made only when there is one); beyond ASCII, Python's \\d and \\s take more, and
    the pattern itself is asked."""
    return not text.isascii() or occurs(_NUMBER_LIST_ASCII, text)


def decode_hex(text: str) -> Iterator[str]:
    # every run holds 24 hex digits in a row: a look for them starts at hex digits only, the
    # run's own scan at every word (~1.2 against ~3 us a layer, and most layers have none)
    runs = _HEX_RUN.finditer(text) if has_hex_24(text) else ()
    for m in itertools.islice(runs, MAX_CANDIDATES):
        decoded = bytes_to_text(bytes.fromhex(m.group(0)))
        if decoded:
            yield decoded
    if "\\x" in text:
        for m in itertools.islice(_HEX_ESCAPES.finditer(text), MAX_CANDIDATES):
            raw = bytes.fromhex(m.group(0).replace("\\x", ""))
            decoded = bytes_to_text(raw)
            if decoded:
                yield decoded


def from_code_units(text: str) -> str:
    """Text spelled as UTF-16 code units, as JavaScript, JSON and Python escapes write it
    (\\ud83d\\ude00 is one emoji): a surrogate pair is the character it stands for, and a lone
    surrogate is U+FFFD. A lone one is no text, and RE2 cannot read a string holding one: a
    source file with `"\\udcff"` in a test stopped the analysis on an internal error."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def decode_unicode_escapes(text: str) -> Iterator[str]:
    if "\\u" not in text:
        return
    for m in itertools.islice(_UNICODE_ESCAPES.finditer(text), MAX_CANDIDATES):
        codes = re.findall(r"\\u\{?([0-9a-fA-F]{1,6})\}?", m.group(0))
        chars = [chr(int(c, 16)) for c in codes if int(c, 16) <= 0x10FFFF]
        yield from_code_units("".join(chars))


def decode_url_escapes(text: str) -> Iterator[str]:
    if "%" not in text:
        return
    runs = []
    for m in itertools.islice(_URL_ESCAPES.finditer(text), MAX_CANDIDATES):
        decoded = urllib.parse.unquote(m.group(0), errors="replace")
        if decoded != m.group(0):
            runs.append(decoded)
            yield decoded
    # `mshta %68tt%70s://o%6215%64.…`: letters and digits, which no address needs to escape,
    # written as %NN between plain ones (two are enough), so that no run above is long enough
    # to be the address.
    # The whole text with its escapes read is what the program is handed.
    head = text[:MAX_WHOLE_URL_TEXT]
    if sum(1 for _ in itertools.islice(_URL_ESCAPED_ALNUM.finditer(head), 2)) == 2:
        whole = urllib.parse.unquote(head, errors="replace")
        if whole not in runs:  # (a text that is one run of escapes was read whole above)
            yield whole


def decode_char_codes(text: str) -> Iterator[str]:
    """Lists of numbers that spell text: [char]105+[char]101, String.fromCharCode(105,101), ..."""
    if "," not in text and ";" not in text and "+" not in text:
        return  # no separator for a list of numbers
    if not may_list_numbers(text):
        return  # most texts with a comma
    for m in itertools.islice(_NUMBER_LIST.finditer(text), MAX_CANDIDATES):
        numbers = [int(n, 0) if n.lower().startswith("0x") else int(n)
                   for n in _NUMBER.findall(m.group(0))]  # fmt: skip
        if not all(9 <= n <= 0x10FFFF for n in numbers):
            continue
        if max(numbers) < 32 or sum(1 for n in numbers if 32 <= n < 127) < 0.8 * len(numbers):
            continue
        decoded = from_code_units("".join(chr(n) for n in numbers))
        if readable(decoded) and any(c.isalpha() for c in decoded):
            yield decoded


def decode_html_entities(text: str) -> Iterator[str]:
    """HTML character references ([Net.WebUtility]::HtmlDecode('&#105;&#101;&#120;'), a page's
    source): the whole text with every reference replaced, since a command may write only its
    name or its address that way."""
    if "&#" not in text or not _HTML_REFS.search(text):
        return
    import html  # only here: its table of named references is large, and rarely needed

    decoded = html.unescape(text[:MAX_DECODED])
    if decoded != text[:MAX_DECODED]:
        yield decoded


def _has_rev(text: str) -> bool:
    """Whether _REV occurs in text (in ASCII, (?i) is plain lower-casing: no regex scan)."""
    if text.isascii():
        return "rev" in text.lower()
    return _REV.search(text) is not None


def decode_reversed(text: str) -> Iterator[str]:
    """Reversed strings, when the text shows a way to reverse them back."""
    if "[" not in text and not _has_rev(text):
        return  # every way in _REVERSE_HINT has a '[' or the letters 'rev'
    if not _REVERSE_HINT.search(text):
        return
    yield text[::-1][:MAX_DECODED]
    for m in itertools.islice(_QUOTED.finditer(text), MAX_CANDIDATES):
        yield (m.group(1) or m.group(2))[::-1]


_XOR_KEY = re.compile(
    r"(?i)(?:-bxor|\^)\s*(0x[0-9a-f]{1,2}|\d{1,3})\b|\$\w+\s*=\s*(0x[0-9a-f]{1,2}|\d{1,3})\s*[;\n]"
)


def decode_xor(text: str) -> Iterator[str]:
    """Hex or base64 blobs XOR-ed with a one-byte key that the text itself spells out."""
    if "xor" not in text.lower():
        return
    keys = set()
    for m in itertools.islice(_XOR_KEY.finditer(text), 8):
        value = m.group(1) or m.group(2)
        key = int(value, 16) if value.lower().startswith("0x") else int(value)
        if 0 < key < 256:
            keys.add(key)
    if not keys:
        return
    blobs: list[bytes] = []
    for m in itertools.islice(_HEX_RUN.finditer(text), 4):
        blobs.append(bytes.fromhex(m.group(0)))
    for _, _, run in itertools.islice(_b64_runs(text), 4):
        data = _b64_bytes(run)
        if data:
            blobs.append(data)
    for blob in blobs:
        for key in sorted(keys):
            decoded = bytes_to_text(bytes(b ^ key for b in blob[:MAX_DECODED]))
            if decoded:
                yield decoded


# What each decoder needs in a text before it can find anything there (its own first look): the
# engine does not start one whose need is absent (a generator, its slice and list for nothing,
# ~1 us each, eight a layer). A decoder with no cheap need (base64) is always started.
MAY_DECODE: dict[str, Callable[[str], bool]] = {
    "xor": lambda text: "xor" in text.lower(),
    "hex": lambda text: "\\x" in text or has_hex_24(text),
    "unicode-escape": lambda text: "\\u" in text,
    "url-escape": lambda text: "%" in text,
    "html-entity": lambda text: "&#" in text,
    "charcodes": lambda text: "," in text or ";" in text or "+" in text,
    "reversed": lambda text: "[" in text or _has_rev(text),
}

DECODERS: dict[str, Callable[[str], Iterator[str]]] = {
    "xor": decode_xor,
    "base64": decode_base64,
    "hex": decode_hex,
    "unicode-escape": decode_unicode_escapes,
    "url-escape": decode_url_escapes,
    "html-entity": decode_html_entities,
    "charcodes": decode_char_codes,
    "reversed": decode_reversed,
}
