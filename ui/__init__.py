"""The PySide6 user interface: tray, warning dialog, log viewer. The only place Qt is imported."""
