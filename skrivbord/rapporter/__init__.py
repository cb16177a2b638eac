"""PDF documents (ReportLab): one package per feature (``avvikelser/``), one module per
document, on a shared basis: pdfbas (page, fonts, atomic writing), format (Swedish
numbers and change texts), tabeller (table builders and styles), diagram (charts).

No Qt here: the documents are written from the CLI and from background jobs alike.
A report takes plain result data and never asks a service or the database.
"""
