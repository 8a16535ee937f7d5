""" "Report to IT": the warning as a JSON file in the data folder, and a mail draft about it."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from app.config.files import write_private
from app.detection.indicators import defang
from app.events import Event

REPORTS = "reports"
MAIL_BODY_CHARS = 1500  # mail programs cut mailto: links near 2,000 characters


def report_document(event: Event, extra: dict[str, Any]) -> dict[str, Any]:
    """What the file holds: the event as `pasteguard export` writes it, and the context."""
    return {"report": "pasteguard", "version": 1, **event.to_record(), **extra}


def write_report(data_dir: Path, document: dict[str, Any], now: datetime | None = None) -> Path:
    """Write the report only its owner can read; its path."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    digest = str(document.get("sha256") or "")[:8] or "text"
    path = data_dir / REPORTS / f"report-{stamp}-{digest}.json"
    text = json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True)
    write_private(path, (text + "\n").encode("utf-8"))
    return path


def mailto(address: str, document: dict[str, Any], path: Path) -> str:
    """A mailto: link with a short, defanged description and where the full report is."""
    lines = [
        "PasteGuard stopped a paste I did not trust. Details:",
        "",
        f"What it would do: {document.get('summary') or ''}",
        f"Came from: {defang(str(document.get('source') or 'unknown'))}",
        f"Was going into: {document.get('target') or 'unknown'}",
        f"Level: {document.get('level')}   Rules: {' '.join(document.get('rules') or [])}",
        f"When: {document.get('time')}   Computer: {document.get('host')}",
        "",
        f"The full report is saved at: {path}",
        "",
        "The text (made safe to read):",
        str(document.get("text") or ""),
    ]
    body = "\n".join(lines)
    if len(body) > MAIL_BODY_CHARS:
        body = body[:MAIL_BODY_CHARS] + " […]"
    subject = f"PasteGuard report: {document.get('level')} paste stopped"
    return f"mailto:{quote(address, safe='@')}?subject={quote(subject)}&body={quote(body)}"
