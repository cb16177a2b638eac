"""Egenkontroller: the plan of self-inspections and (later) its occurrences and results."""
