"""The län compilation for the samverkansråd: its figures as plain data and the PDF."""
