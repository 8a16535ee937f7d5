"""Lure drills: safe, local imitations of paste lures that teach people before the real one."""
