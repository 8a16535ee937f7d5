"""macOS: the frontmost application through AppKit, keys through a pynput event tap."""
