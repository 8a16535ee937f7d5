"""Windows: foreground window through user32, keys through a pynput low-level hook."""
