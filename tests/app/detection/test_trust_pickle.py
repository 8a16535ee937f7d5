"""The trust list crosses to the analysis process by pickle, from a thread of its own
(app/detection/supervisor.py), while the guard's fallback engine may be reading the same object."""

from __future__ import annotations

import pickle
import threading

from app.detection.engine import default_trust_path
from app.detection.indicators import parse_web_page
from app.detection.trust import TrustList

LOOKALIKES = ("rustup-rs.example", "brew-sh.test", "githubusercontent-cdn.test", "docs.example")


def _used() -> TrustList:
    trust = TrustList.load(default_trust_path())
    for host in LOOKALIKES:
        trust.vendors.imitated_by(host)
    return trust


def test_a_copy_carries_the_lists_and_answers_as_the_original() -> None:
    trust = _used()
    copy = pickle.loads(pickle.dumps(trust))
    assert "vendors" not in copy.__dict__  # derived again where it is used
    assert copy.installers == trust.installers
    assert copy.publishers == trust.publishers and copy.library_cdns == trust.library_cdns
    for host in LOOKALIKES:
        url = parse_web_page(f"https://{host}/x")
        assert url is not None
        assert copy.imitation_of(url) == trust.imitation_of(url)
    assert any(trust.imitation_of(parse_web_page(f"https://{h}/x")) for h in LOOKALIKES)


def test_pickling_while_another_thread_reads_the_same_list_never_fails() -> None:
    trust = _used()
    stop = threading.Event()
    errors: list[BaseException] = []

    def reader() -> None:
        i = 0
        while not stop.is_set():
            i += 1
            trust.vendors.imitated_by(f"host{i}.example")  # grows the answer memo
            if i % 50 == 0:
                trust.__dict__.pop("vendors", None)  # the cached property is made again

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    try:
        for _ in range(400):
            try:
                pickle.loads(pickle.dumps(trust))
            except Exception as exc:  # what multiprocessing's spawn met: a size change mid-walk
                errors.append(exc)
                break
    finally:
        stop.set()
        thread.join(5)
    assert errors == []
