"""One event in full, as HTML for the viewer's details pane: every stored field, made safe."""

from __future__ import annotations

import html
import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.detection.engine import visible
from app.detection.indicators import defang
from app.events import Event
from ui.viewer.model import LEVEL_COLORS
from ui.warning import command_view
from ui.warning.wording import technique_label


def _h4(text: str) -> str:
    return f"<h4>{_e(text)}</h4>"


def _e(value: object) -> str:
    """Escaped, with control characters shown: stored text is attacker-controlled."""
    return html.escape(visible("" if value is None else str(value)))


def _row(name: str, value: str) -> str:
    label = f"<td style='padding-right:10px'><i>{html.escape(name)}</i></td>"
    return f"<tr>{label}<td>{value}</td></tr>"


def _findings(findings: tuple[dict[str, Any], ...]) -> str:
    if not findings:
        return ""
    items = []
    for f in findings:
        technique = str(f.get("technique") or "")
        evidence = str(f.get("evidence") or "")
        layer = str(f.get("layer") or "")
        items.append(
            f"<li><b>{_e(f.get('title'))}</b> <small>({_e(f.get('rule_id'))})</small><br/>"
            f"{_e(f.get('explanation'))}<br/>"
            f"<small>{html.escape(technique_label(technique)) if technique else ''}"
            + (
                " · " + _e(QCoreApplication.translate("EventDetails", "seen in")) + f" {_e(layer)}"
                if layer
                else ""
            )
            + "</small>"
            + (f"<br/><code>{_e(evidence)}</code>" if evidence else "")
            + "</li>"
        )
    heading = _h4(QCoreApplication.translate("EventDetails", "Findings"))
    return f"{heading}<ul>{''.join(items)}</ul>"


def _indicators(indicators: tuple[dict[str, str], ...]) -> str:
    if not indicators:
        return ""
    items = "".join(
        f"<li>{_e(i.get('kind'))}: "
        f"<code>{_e(i.get('display') or defang(i.get('value', '')))}</code></li>"
        for i in indicators
    )
    return _h4(QCoreApplication.translate("EventDetails", "Indicators")) + f"<ul>{items}</ul>"


def _layers(details: dict[str, Any]) -> str:
    """Decoded layers, when the event kept them (older events and most kinds do not)."""
    layers = details.get("layers")
    if not isinstance(layers, list) or not layers:
        return ""
    items = "".join(
        f"<li><b>{_e(layer.get('name'))}</b>: <code>{_e(defang(str(layer.get('text', ''))))}</code>"
        "</li>"
        for layer in layers
        if isinstance(layer, dict)
    )
    return _h4(QCoreApplication.translate("EventDetails", "Decoded layers")) + f"<ul>{items}</ul>"


def _versions(details: dict[str, Any]) -> str:
    """The distinct texts of a burst (a lure with a counter appended, written in a loop): the
    first and the last whole, those between cut, each as the text is shown."""
    versions = details.get("version_texts")
    if not isinstance(versions, list) or len(versions) < 2:
        return ""
    items = []
    for version in versions:
        if not isinstance(version, dict):
            continue
        text = str(version.get("text") or "")
        cut = "" if version.get("whole") else " …"
        items.append(f"<li>{command_view.to_html(text, limit=None)}{_e(cut)}</li>")
    heading = QCoreApplication.translate("EventDetails", "Versions written ({count} in all)")
    return _h4(heading.format(count=details.get("versions", len(versions)))) + (
        f"<ol>{''.join(items)}</ol>"
    )


def details_html(event: Event, flagged: Event | None = None) -> str:
    """Everything the store holds about `event`; for a choice made in the warning ("paste
    allowed by user" and the like), the text from `flagged`, the event that flagged it."""
    color = LEVEL_COLORS.get(event.level, "#57606a")
    local = event.time.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
    rows = [
        _row(QCoreApplication.translate("EventDetails", "Time"), _e(local)),
        _row(
            QCoreApplication.translate("EventDetails", "Level"),
            f"<b style='color:{color}'>{_e(event.level)}</b> ({event.score}/100)",
        ),
        _row(QCoreApplication.translate("EventDetails", "Kind"), _e(event.kind)),
        _row(QCoreApplication.translate("EventDetails", "Action"), _e(event.action)),
        _row(
            QCoreApplication.translate("EventDetails", "Source"),
            _e(defang(event.source)) if event.source else "–",
        ),
        _row(QCoreApplication.translate("EventDetails", "Target"), _e(event.target or "–")),
        _row(QCoreApplication.translate("EventDetails", "Rules"), _e(" ".join(event.rules) or "–")),
        _row(
            QCoreApplication.translate("EventDetails", "SHA-256"),
            f"<code>{_e(event.sha256)}</code>" if event.sha256 else "–",
        ),
        _row(
            QCoreApplication.translate("EventDetails", "Computer"), _e(f"{event.user}@{event.host}")
        ),
        _row(QCoreApplication.translate("EventDetails", "Event id"), _e(event.id)),
    ]
    parts = [
        f"<p><b>{_e(event.summary or event.kind.replace('_', ' '))}</b></p>",
        f"<table>{''.join(rows)}</table>",
    ]
    if event.text:
        parts.append(
            _h4(
                QCoreApplication.translate(
                    "EventDetails", "The text (defanged, hidden parts marked)"
                )
            )
        )
        parts.append(command_view.to_html(event.text, limit=None))
    elif flagged is not None and flagged.text:
        heading = QCoreApplication.translate(
            "EventDetails", "The text, as event {id} ({kind}) flagged it (defanged)"
        ).format(id=flagged.id, kind=flagged.kind.replace("_", " "))
        parts.append(f"<h4>{_e(heading)}</h4>")
        parts.append(command_view.to_html(flagged.text, limit=None))
        parts.append(_findings(flagged.findings) if not event.findings else "")
    parts += [_findings(event.findings), _indicators(event.indicators), _layers(event.details)]
    parts.append(_versions(event.details))
    extra = {k: v for k, v in event.details.items() if k not in ("layers", "version_texts")}
    if extra:
        shown = json.dumps(extra, indent=2, ensure_ascii=False, sort_keys=True, default=str)
        lines = "\n".join(_e(line) for line in shown.split("\n"))  # keep the layout's breaks
        parts.append(_h4(QCoreApplication.translate("EventDetails", "Details")))
        parts.append(f"<pre>{lines}</pre>")
    return "".join(parts)
