"""The Windows installer (Inno Setup) and the version resource of the executables."""
