"""X11: the focused window from EWMH properties; keys and clicks from RECORD (pynput)."""
