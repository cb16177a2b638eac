"""The register of units and staff (Register → Enheter och personal): the dialog with its
two tables, the edit dialogs and the staff import."""
