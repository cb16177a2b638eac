"""Export: anonymised aggregates for the region."""
