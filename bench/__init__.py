"""PasteGuard's benchmarks: `make bench` (``python -m bench``) prints tables and writes docs."""
