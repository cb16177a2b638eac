"""Saving a PDF from a page: ask where (a suggested name in the home folder), and when
the background job has written it, say so and offer to open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfSpara", text)


def fraga_fil(parent: QWidget, titel: str, namn: str) -> Path | None:
    """Where to save the PDF; None when the user cancels."""
    fil, _ = QFileDialog.getSaveFileName(parent, titel, str(Path.home() / namn), "PDF (*.pdf)")
    return Path(fil) if fil else None


def visa_sparad(parent: QWidget, fil: Path) -> None:
    svar = QMessageBox.information(
        parent,
        _tr("Klart"),
        _tr("PDF:en sparades som {namn}.").format(namn=fil.name),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
    )
    if svar == QMessageBox.StandardButton.Open:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(fil)))
