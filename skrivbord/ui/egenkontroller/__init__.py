"""Egenkontroller: the plan (and, later, occurrences and results)."""
