"""The anonymised aggregate export to the region: small-count suppression, the dataset,
the files and the export log."""
