"""bench.verdicts keeps the newest blind set sealed: while others fix, a verdict diff may say
that something on it moved, never which text or how."""

from __future__ import annotations

import json

from bench import verdicts


def test_the_newest_blind_set_is_the_one_held() -> None:
    held = verdicts.held_sets()
    numbers = {int(name.rsplit("-", 1)[1]) for name in held}
    assert held and len(numbers) == 1
    newest = numbers.pop()
    every = {name for name in verdicts.sample_sets() if name.startswith("blind-")}
    assert held <= every
    assert all(int(name.rsplit("-", 1)[1]) < newest for name in every - held if name[-1].isdigit())


def test_sealed_lines_show_no_id_and_still_differ_when_a_verdict_moves() -> None:
    name = sorted(verdicts.held_sets())[0]
    before = [
        f"{name}:0:secret-id bare level=clean rules=",
        "cases-x:0:y bare level=info rules=A",
        "cli " + json.dumps({"id": "secret-id", "level": "clean"}),
        "cli " + json.dumps({"id": "y", "level": "info"}),
    ]
    after = [before[0].replace("clean", "malicious"), *before[1:]]
    sealed_before = verdicts.seal(before, {name}, {"secret-id"})
    sealed_after = verdicts.seal(after, {name}, {"secret-id"})
    assert not any("secret-id" in line for line in sealed_before + sealed_after)
    assert before[1] in sealed_before and before[3] in sealed_before
    assert sealed_before != sealed_after  # the diff still says the held set moved
    assert verdicts.seal(before, {name}, {"secret-id"}) == sealed_before  # and is stable
