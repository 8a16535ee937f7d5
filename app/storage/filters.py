"""Which events the viewer, the log and the export ask for, as SQL conditions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from app.storage.rows import storable, to_us

SEARCHED_COLUMNS = ("summary", "text", "source", "rules")
NUL_COLUMNS = SEARCHED_COLUMNS[:3]  # `rules` is JSON: a NUL in a rule id is written \u0000
# Whether an event's searched text may hold a NUL (app.storage.schema, version 6): listed in
# `events_nul`, or not yet looked at (app.storage.nul_scan) and holding one (instr finds a
# NUL without the copy lower() makes). Both subqueries run once.
MAY_HOLD_NUL = (
    "(id IN (SELECT id FROM events_nul) OR (id <= (SELECT pending FROM events_nul_scan) AND ("
    + " OR ".join(f"instr({c}, char(0)) > 0" for c in NUL_COLUMNS)
    + ")))"
)
FACETS = ("level", "kind", "target")  # the columns with few values, indexed together
FOLD_FUNCTION = "pasteguard_casefold"  # registered on every connection by the store

Terms = tuple[list[str], list[object]]  # conditions to AND together, and their parameters


@dataclass(frozen=True)
class EventFilter:
    """Events matching all the given conditions; None means "any". An empty set matches none."""

    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive
    levels: frozenset[str] | None = None
    kinds: frozenset[str] | None = None
    targets: frozenset[str] | None = None
    search: str | None = None  # case-insensitive substring of summary, text, source, rules

    def facet_values(self) -> tuple[frozenset[str] | None, ...]:
        """The wanted values of each of FACETS."""
        return (self.levels, self.kinds, self.targets)

    @property
    def has_facets(self) -> bool:
        return any(values is not None for values in self.facet_values())


def casefold(value: object) -> str | None:
    """The SQL function behind a search for non-ASCII text (SQLite's LIKE folds ASCII only)."""
    return value.casefold() if isinstance(value, str) else None


# SQLite's longest LIKE pattern, in bytes (SQLITE_MAX_LIKE_PATTERN_LENGTH): a longer one is an
# error ("LIKE or GLOB pattern too complex"), and the search box holds 32,767 characters
LIKE_MAX = 50_000


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _one_of(column: str, values: Iterable[str], params: list[object]) -> str:
    chosen = sorted(
        storable(v) for v in values
    )  # sorted: the same filter gives the same SQL, so sqlite3 reuses it
    if not chosen:
        return "0"
    params.extend(chosen)
    return f"{column} IN ({', '.join('?' * len(chosen))})"


def time_terms(f: EventFilter) -> Terms:
    terms: list[str] = []
    params: list[object] = []
    if f.since is not None:
        terms.append("time >= ?")
        params.append(to_us(f.since))
    if f.until is not None:
        terms.append("time < ?")
        params.append(to_us(f.until))
    return terms, params


def facet_terms(f: EventFilter, *, prefix: str = "") -> Terms:
    """`level IN (...)` and the like. `prefix="+"` keeps SQLite from using an index for them
    (a unary plus makes the column an expression), so it walks the time index instead."""
    terms: list[str] = []
    params: list[object] = []
    for column, values in zip(FACETS, f.facet_values(), strict=True):
        if values is not None:
            terms.append(_one_of(prefix + column, values, params))
    return terms, params


def search_terms(f: EventFilter) -> Terms:
    if not f.search:
        return [], []
    needle = storable(f.search)  # as the text it is compared with was stored
    pattern = f"%{_escape_like(needle)}%" if needle.isascii() else ""
    if needle.isascii() and ("\x00" in needle or len(pattern) > LIKE_MAX):
        # LIKE ends its pattern at a NUL ("%\0x%" is "%": every event), and refuses a longer
        # one than LIKE_MAX; instr compares all the bytes, and SQLite's lower folds ASCII only,
        # as LIKE does.
        tests = [f"instr(lower({c}), ?) > 0" for c in SEARCHED_COLUMNS]
        return ["(" + " OR ".join(tests) + ")"], [needle.lower()] * len(SEARCHED_COLUMNS)
    if needle.isascii():
        # LIKE folds ASCII case itself, and needs no Python call per row: several times faster.
        # It ends a text at its first NUL, though: the events whose text holds one (listed,
        # or not yet looked at: app.storage.nul_scan) are also checked as above, by instr.
        tests = [f"{c} LIKE ? ESCAPE '\\'" for c in SEARCHED_COLUMNS]
        past_nul = " OR ".join(f"instr(lower({c}), ?) > 0" for c in NUL_COLUMNS)
        params: list[object] = [pattern] * len(SEARCHED_COLUMNS)
        params += [needle.lower()] * len(NUL_COLUMNS)
        return ["(" + " OR ".join(tests) + f" OR ({MAY_HOLD_NUL} AND ({past_nul})))"], params
    tests = [f"instr({FOLD_FUNCTION}({c}), ?) > 0" for c in SEARCHED_COLUMNS]
    return ["(" + " OR ".join(tests) + ")"], [needle.casefold()] * len(SEARCHED_COLUMNS)


def index_query(f: EventFilter) -> str | None:
    """The full-text query that narrows `f`'s search to candidate events, or None when the
    index cannot (no search, fewer than three letters, or beyond ASCII).

    Every trigram of the searched string, ANDed: an event that contains the string contains
    each of them. The index folds ASCII case as LIKE does; beyond ASCII, Python's casefold
    ("ß" is "ss") can match text that lacks the trigrams as typed, so such a search scans.
    """
    if not f.search:
        return None
    needle = storable(f.search)
    # FTS5's query parser ends a string at a NUL ("unterminated string"): such text scans
    if len(needle) < 3 or not needle.isascii() or "\x00" in needle:
        return None
    trigrams = sorted({needle[i : i + 3] for i in range(len(needle) - 2)})
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in trigrams)


def source(f: EventFilter, *, indexed: bool = True) -> tuple[str, list[object]]:
    """What `... FROM` reads for `f`, and its parameters: `events`, or, when the index can
    narrow `f`'s search (and `indexed`), only the candidate events it names.

    The candidates drive the loop (CROSS JOIN fixes SQLite's join order): otherwise SQLite
    may walk the time or the facets index over every event and look each one up among them.
    """
    query = index_query(f) if indexed else None
    if query is None:
        return "events", []
    # The newest events the index does not cover yet (app.storage.search_index) are read
    # directly; in one statement with the index, so both see the same moment of the file.
    # The index holds no trigram after a NUL, so the events whose text may hold one are all
    # candidates: those listed in `events_nul`, and every event up to the mark of the scan
    # that lists old ones (app.storage.nul_scan). Four disjoint parts, none read twice.
    return (
        "(SELECT rowid AS hit FROM events_fts WHERE events_fts MATCH ? "
        f"AND rowid > {_NUL_PENDING} AND rowid NOT IN (SELECT id FROM events_nul) UNION ALL "
        f"SELECT id FROM events_nul WHERE id > {_NUL_PENDING} AND id <= {_INDEXED} UNION ALL "
        f"SELECT id FROM events WHERE id <= min({_NUL_PENDING}, {_INDEXED}) UNION ALL "
        f"SELECT id FROM events WHERE id > {_INDEXED}) "
        "CROSS JOIN events ON events.id = hit",
        [query],
    )


_INDEXED = "(SELECT indexed FROM search_state)"  # app.storage.search_index.INDEXED
_NUL_PENDING = "(SELECT pending FROM events_nul_scan)"  # app.storage.nul_scan.PENDING


def where(f: EventFilter, *, facet_prefix: str = "") -> tuple[str, list[object]]:
    """Every condition of `f` (never empty) and its parameters, for `... FROM events WHERE`.

    The search is always checked exactly here, also on the candidates of the index (see
    `source`): the index decides how fast, never what matches.
    """
    terms: list[str] = []
    params: list[object] = []
    for more, more_params in (time_terms(f), facet_terms(f, prefix=facet_prefix), search_terms(f)):
        terms += more
        params += more_params
    return (" AND ".join(terms) or "1"), params
