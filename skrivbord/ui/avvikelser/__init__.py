"""The Avvikelser page: intake form, list, detail panel and follow-up."""
