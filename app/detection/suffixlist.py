"""The Public Suffix List, read once per version of its file and of the package that reads it.

`PublicSuffixList()` parses the list (~10,000 rules) in Python at every start: ~5 % of the
start-up of `pasteguard scan`. The state that parse gives (the object's attributes: the set
of suffixes, the longest rule's label count, the options) is kept beside the list file as
datafiles.py keeps the rule files' parse, keyed by the file's bytes and the package's version,
and a new object takes that state as a copy would (what pickle does for such an object).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import publicsuffixlist
from publicsuffixlist import PublicSuffixList

from app.detection import datafiles

_VERSION = getattr(publicsuffixlist, "__version__", "")


def _state(text: str) -> dict[str, Any]:
    return dict(vars(PublicSuffixList(source=text, accept_encoded_idn=False)))


def public_suffix_list() -> PublicSuffixList:
    """The bundled list, as `PublicSuffixList(accept_encoded_idn=False)` reads it."""
    path = Path(publicsuffixlist.PSLFILE)
    if not _VERSION:  # no version to key its parse by: parsed each time
        return PublicSuffixList(accept_encoded_idn=False)
    state = datafiles.load(path, f"noidn-{_VERSION}", _state)
    psl = PublicSuffixList.__new__(PublicSuffixList)
    psl.__dict__.update(state)
    return psl
