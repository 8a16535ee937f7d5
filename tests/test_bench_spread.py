"""bench.speed.spread: the throughput row without reused readings must see the same lines."""

from __future__ import annotations

import itertools
import random

from bench.corpus import Sample
from bench.speed import spread


def _samples(texts: list[str]) -> list[Sample]:
    return [Sample(id=f"s{i}", text=t) for i, t in enumerate(texts)]


def test_no_text_follows_itself_and_every_sample_stays() -> None:
    rng = random.Random(3)
    for _ in range(200):
        texts = [rng.choice("abcde") for _ in range(rng.randrange(2, 40))]
        if len(set(texts)) < 2 or max(texts.count(t) for t in set(texts)) > len(texts) // 2:
            continue  # no order can keep such a text apart from itself
        samples = _samples(texts)
        out = spread(samples)
        assert sorted(s.id for s in out) == sorted(s.id for s in samples)
        assert all(a.text != b.text for a, b in itertools.pairwise(out)), texts


def test_an_order_with_no_repeats_is_kept() -> None:
    samples = _samples(["a", "b", "a", "c", "b"])
    assert spread(samples) == samples
