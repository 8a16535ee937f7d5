"""Fleet lure intelligence: block and allow lists, reports turned into rules, signed feeds."""
