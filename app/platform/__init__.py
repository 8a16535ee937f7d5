"""Operating-system backends: clipboard owner, foreground window, keyboard hooks."""
