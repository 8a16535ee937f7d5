"""The tray icon and menu, and the status window and toasts that stand in where there is no tray."""
