"""A short editable list of strings (trusted sites, trusted installers) for the settings dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ListEditor(QWidget):
    """Type an entry and press Enter or Add; select one and press Remove (or Delete)."""

    def __init__(self, name: str, placeholder: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(name)
        self.list.setAccessibleDescription(
            self.tr("The entries of {name}; select one and press Delete to remove it").format(
                name=name
            )
        )
        self.list.setMaximumHeight(90)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        layout.addLayout(row)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(placeholder)
        self.entry.setAccessibleName(self.tr("New entry for {name}").format(name=name))
        self.entry.setAccessibleDescription(self.tr("Type an entry and press Enter to add it"))
        self.entry.installEventFilter(self)
        self.add = QPushButton(self.tr("Add"))
        self.add.setAccessibleName(self.tr("Add to {name}").format(name=name))
        self.add.setAccessibleDescription(self.tr("Adds the typed entry to the list"))
        self.add.setAutoDefault(False)
        self.add.clicked.connect(self.add_entry)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove from {name}").format(name=name))
        self.remove.setAccessibleDescription(self.tr("Removes the selected entries"))
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(self.remove_selected)
        row.addWidget(self.entry, 1)
        row.addWidget(self.add)
        row.addWidget(self.remove)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the entry adds it; it must not reach the dialog and press "Save"
        if (
            watched is self.entry
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.entry.text().strip()
        ):
            self.add_entry()
            return True
        return super().eventFilter(watched, event)

    def values(self) -> tuple[str, ...]:
        return tuple(self.list.item(i).text() for i in range(self.list.count()))

    def set_values(self, values: tuple[str, ...]) -> None:
        self.list.clear()
        self.list.addItems(list(values))

    def add_entry(self) -> None:
        text = self.entry.text().strip()
        if text and text not in self.values():
            self.list.addItem(text)
        self.entry.clear()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def set_locked(self, locked: bool) -> None:
        for widget in (self.list, self.entry, self.add, self.remove):
            widget.setEnabled(not locked)
