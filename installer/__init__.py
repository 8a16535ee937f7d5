"""Packaging: what goes into the PyInstaller build, its icons, and the installer for each system."""
