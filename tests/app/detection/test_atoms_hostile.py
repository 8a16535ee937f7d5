"""A chunk longer than GUARD_MAX matches the patterns with no atom one at a time (rules.py);
on hostile chunks (this session's trigger words among NULs, invalid UTF-8, bidi controls,
phone numbers and random bytes) it finds exactly what their combined sets find, the slow path
it replaced, and what a plain search with each pattern finds."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.detection import rules as rules_module
from app.detection.rules import CompiledRules
from tests.app.detection.test_atoms import shipped  # noqa: F401  (the fixture)
from tests.app.detection.test_hostile_new_traits import CLAIMS, CONSENTFIX

PIECES = [
    *(claim.encode() for claim in CLAIMS),
    CONSENTFIX.encode(),
    b"cmd /k powershell -NoExit Get-ChildItem 'C:\\Program Files\\x' ",
    b"\\\\198.51.100.4\\share\\a.exe ",
    b"http://[fe80::1%eth0]:99999/fix.sh ",
    b"+1 (555) 010-0199 ",
    b"\x00",
    b"\xff\xfe\x80",
    "\u202e\u2066\u200b".encode(),
    b"\xed\xa0\x80",  # a lone surrogate as Python's surrogatepass writes it
]

chunks = st.lists(
    st.one_of(st.sampled_from(PIECES), st.binary(max_size=64)), min_size=1, max_size=200
).map(lambda parts: b"".join(parts))


@given(body=chunks, fill=st.sampled_from([b" ", b"\x00", b"A", b"\xe2\x80\xae"]))
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_long_hostile_chunk_finds_what_the_combined_sets_find(
    shipped: CompiledRules,  # noqa: F811
    body: bytes,
    fill: bytes,
) -> None:
    chunk = (body + fill * (rules_module.GUARD_MAX + 1))[: rules_module.CHUNK]
    assert len(chunk) > rules_module.GUARD_MAX  # the one-at-a-time path
    members = {i for _, m in shipped._always_sets for i in m}
    by_sets = {m[j] for matcher, m in shipped._always_sets for j in matcher.Match(chunk) or ()}
    found, finished = shipped._chunk_hits(chunk, frozenset())
    assert finished
    assert members & set(found) == by_sets
    assert by_sets == {i for i in members if shipped.regex(i).search(chunk)}
