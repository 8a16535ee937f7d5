"""Open a mail draft (a mailto: link), and say truthfully whether one opened."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.platform.mail import mail_program


def open_mail(url: QUrl) -> bool:
    """True when a mail program was handed the draft; False when this desktop has none (Qt's
    openUrl said True on Linux whenever xdg-open started, mail program or not)."""
    if mail_program() == "":
        return False
    return QDesktopServices.openUrl(url)
