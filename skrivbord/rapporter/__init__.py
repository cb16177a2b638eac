"""PDF documents (ReportLab), one module per document, on the shared basis in pdfbas.

No Qt here: the documents are written from the CLI and from background jobs alike.
"""
