"""The guard at paste time: which window a paste goes to, and which keys make a paste."""
