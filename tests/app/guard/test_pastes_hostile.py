"""PasteRecorder under any order of gestures and X11 holder answers (hypothesis): key presses,
key repeats, Enter, the holder's refusals and deliveries, of two texts into two targets, at
intervals around the settle time and the holder's burst, some arriving late (a loaded machine
reports a key after the requests it caused). Recorded as the guard's worker records them,
nothing is lost or counted twice: every gesture but an Enter with no paste open is in exactly
one paste, a paste is one text into one target, two presses are never one paste, and a
paste's holder answers come within a burst of each other."""

from __future__ import annotations

import itertools
import types

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection import PasteTarget
from app.guard.pastes import OpenPaste, PasteAttempt, PasteRecorder
from app.guard.service import HOLDER_BURST, PASTE_SETTLE

_TEXTS = {d: types.SimpleNamespace(digest=d, held=True) for d in ("a", "b")}
# gaps around the two times that split pastes: the holder's burst and the settle time
_GAPS = [0.0, 0.001, 0.2, HOLDER_BURST - 0.001, HOLDER_BURST, HOLDER_BURST + 0.001, 1.0,
         PASTE_SETTLE - 0.001, PASTE_SETTLE, PASTE_SETTLE + 0.5, -0.05, -0.6]  # fmt: skip


@st.composite
def _gestures(draw: st.DrawFn) -> list[PasteAttempt]:
    out: list[PasteAttempt] = []
    now = 100.0
    for _ in range(draw(st.integers(min_value=1, max_value=25))):
        now += draw(st.sampled_from(_GAPS))  # a negative gap: reported after a later one
        kind = draw(st.sampled_from(["paste", "paste", "execute", "refused", "served"]))
        repeat = kind in ("paste", "execute") and draw(st.booleans())
        if kind == "execute":
            repeat = True  # Enter is part of the paste before it
        out.append(
            PasteAttempt(
                current=_TEXTS[draw(st.sampled_from(["a", "a", "b"]))],  # type: ignore[arg-type]
                target=draw(st.sampled_from([PasteTarget.TERMINAL, PasteTarget.RUN_DIALOG])),
                window=None,
                suppressed=False,
                kind=kind,
                keys="ctrl+v" if kind == "paste" else "",
                repeat=repeat,
                time=now,
            )
        )
    return out


@given(gestures=_gestures(), settle_every=st.integers(min_value=1, max_value=5))
@settings(max_examples=400, deadline=None)  # a loaded machine: no per-example deadline
def test_every_gesture_is_in_exactly_one_paste(
    gestures: list[PasteAttempt], settle_every: int
) -> None:
    taken: dict[int, list[PasteAttempt]] = {}
    take = OpenPaste.take

    def recording(self: OpenPaste, attempt: PasteAttempt) -> None:
        taken.setdefault(id(self), []).append(attempt)
        take(self, attempt)

    written: list[OpenPaste] = []
    dropped: list[PasteAttempt] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(OpenPaste, "take", recording)
        recorder = PasteRecorder(PASTE_SETTLE, HOLDER_BURST)
        for i, attempt in enumerate(gestures):
            before = sum(map(len, taken.values()))
            # as the worker: a new paste writes the one before it, then is added again
            if recorder.add(attempt):
                paste = recorder.settled(float("inf"))
                assert paste is not None
                written.append(paste)
                assert not recorder.add(attempt), "added again, it always opens a paste"
            if sum(map(len, taken.values())) == before:
                dropped.append(attempt)
            if i % settle_every == 0:  # the worker's tick: a settled paste is written
                paste = recorder.settled(attempt.time)
                if paste is not None:
                    written.append(paste)
        last = recorder.settled(float("inf"))  # shutdown writes what is open
        if last is not None:
            written.append(last)
        assert recorder.open is None

    # nothing lost, nothing twice: only an Enter with no paste open is no paste's
    assert all(a.kind == "execute" for a in dropped), dropped
    assert len({id(p) for p in written}) == len(written) == len(taken), "each paste once"
    members = [taken[id(p)] for p in written]
    assert sorted(id(a) for m in members for a in m) == sorted(
        id(a) for a in gestures if not any(a is d for d in dropped)
    )
    for paste, mine in zip(written, members, strict=True):
        assert mine[0] is paste.first
        # one text into one target
        assert {(a.current.digest, a.target) for a in mine} == {
            (paste.first.current.digest, paste.first.target)
        }
        # two presses of the paste key are two pastes
        assert sum(a.kind == "paste" and not a.repeat for a in mine) <= 1, mine
        # one paste's holder answers come together
        answers = [a.time for a in mine if a.kind in ("refused", "served")]
        # (within a burst of the latest before it: one reported late is no new paste)
        latest = list(itertools.accumulate(answers, max))
        assert all(b - a < HOLDER_BURST for a, b in zip(latest[:-1], answers[1:], strict=True)), (
            answers
        )
