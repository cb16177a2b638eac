"""The anonymised aggregate: its figures as plain data and the PDF summary."""
