"""Windows: foreground window through user32, keys through a low-level hook of our own (ctypes)."""
