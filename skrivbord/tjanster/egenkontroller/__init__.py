"""Egenkontroller: the plan of self-inspections (plan, regler), its occurrences
(kalender, tillfallen) and what became of them (utfall)."""
