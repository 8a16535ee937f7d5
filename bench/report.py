"""Building blocks shared by every benchmark section: results, sections and Markdown tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


class BenchError(Exception):
    """The benchmark cannot run here (missing data, missing program): say why and stop."""


@dataclass
class Result:
    """One titled table with the notes a reader needs to act on it."""

    title: str
    table: str
    notes: list[str] = field(default_factory=list)

    def markdown(self, level: int = 2) -> str:
        parts = [f"{'#' * level} {self.title}", self.table, *self.notes]
        return "\n\n".join(parts) + "\n"


@dataclass(frozen=True)
class Section:
    """A named group of results; ``python -m bench NAME`` runs the sections whose name matches."""

    name: str  # dotted, e.g. "detection.quality"; "detection" selects every detection.* section
    title: str
    run: Callable[[], list[Result]]

    def matches(self, wanted: str) -> bool:
        return self.name == wanted or self.name.startswith(wanted + ".")


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], align: str = "") -> str:
    """A GitHub Markdown table; ``align`` has one letter per column: l, r or c (default l)."""
    marks = {"l": "---", "r": "---:", "c": ":---:"}
    rule = [marks.get(align[i] if i < len(align) else "l", "---") for i in range(len(headers))]
    lines = [_row(headers), _row(rule)]
    lines += [_row([_cell(c) for c in r]) for r in rows]
    return "\n".join(lines)


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def met(ok: bool | None) -> str:
    """The "met?" column: yes, NO, or n/a when there is nothing to compare."""
    if ok is None:
        return "n/a"
    return "yes" if ok else "**NO**"


def ratio(n: int, total: int) -> str:
    """``n/N (p %)``, the way every count in these tables is written."""
    return f"{n}/{total} ({percent(n, total)})"


def percent(n: int, total: int) -> str:
    if total == 0:
        return "– %"
    return f"{100.0 * n / total:.1f} %"
