"""Avvikelser: registration, the workflow, the list, categories, risk, weekly reviews,
the sammanställning, import and export."""
