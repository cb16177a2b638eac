"""Pieces of every form and dialog: the inline error line, Swedish buttons, Ctrl+Return,
dates, a monospace font, choice boxes filled and read by their items' data."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QFont, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTimeEdit,
    QWidget,
)

from skrivbord.ui.gemensamt.sida import ROD

DATUMFORMAT = "yyyy-MM-dd"


def till_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def fran_date(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def monospace(punkter: int, fet: bool = False) -> QFont:
    typsnitt = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    typsnitt.setStyleHint(QFont.StyleHint.Monospace)
    typsnitt.setPointSize(punkter)
    typsnitt.setBold(fet)
    return typsnitt


def fellabel() -> QLabel:
    """The inline line where a form shows a refused rule: hidden until it has something
    to say, selectable so the text can be copied."""
    etikett = QLabel(wordWrap=True)
    etikett.setStyleSheet(f"color: {ROD}; font-weight: 600;")
    etikett.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    etikett.hide()
    return etikett


def visa_fel(felrad: QLabel, meddelande: str, falt: QWidget | None = None) -> None:
    """Show a refused rule on the form's error line and put the cursor in its field."""
    felrad.setText(meddelande)
    felrad.show()
    if falt is not None:
        falt.setFocus(Qt.FocusReason.OtherFocusReason)


def ok_avbryt(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK (named ``ok_text``) and Avbryt, wired to the dialog's accept and reject."""
    knappar = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    knappar.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    knappar.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Formular", "Avbryt")
    )
    knappar.accepted.connect(dialog.accept)
    knappar.rejected.connect(dialog.reject)
    return knappar


def spara_avbryt(dialog: QDialog, spara: Callable[[], None]) -> QDialogButtonBox:
    """Spara/Avbryt, our own words whatever Qt translation is loaded; Spara calls ``spara``."""
    knappar = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    knappar.button(QDialogButtonBox.StandardButton.Save).setText(
        QCoreApplication.translate("Formular", "Spara")
    )
    knappar.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Formular", "Avbryt")
    )
    knappar.accepted.connect(spara)
    knappar.rejected.connect(dialog.reject)
    return knappar


class Datumfalt(QDateEdit):
    """A date field that Tab leaves in one press (Qt's own walks its year, month and day
    first). Typing a full date moves through the parts by itself; a calendar pops up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, calendarPopup=True, displayFormat=DATUMFORMAT)

    def focusNextPrevChild(self, nasta: bool) -> bool:  # noqa: N802 - Qt's name
        return QWidget.focusNextPrevChild(self, nasta)


class Tidsfalt(QTimeEdit):
    """A time field (HH:mm) that Tab leaves in one press, like Datumfalt."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, displayFormat="HH:mm")

    def focusNextPrevChild(self, nasta: bool) -> bool:  # noqa: N802 - Qt's name
        return QWidget.focusNextPrevChild(self, nasta)


def ctrl_retur_sparar(dialog: QDialog, spara: Callable[[], None]) -> None:
    """Ctrl+Return (and Ctrl+Enter on the keypad) saves from any field of the dialog."""
    for tangent in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(tangent), dialog, activated=spara)


def fyll_kombination(
    kombination: QComboBox, poster: Sequence[tuple[str, object]], tomt: str | None = None
) -> None:
    """(text, data) items, after an empty choice ``tomt`` (data None) when given."""
    kombination.clear()
    if tomt is not None:
        kombination.addItem(tomt, None)
    for text, data in poster:
        kombination.addItem(text, data)


def valt_som(kombination: QComboBox, typ: type) -> object:
    """The chosen item's data as ``typ`` (Qt hands enums back as plain str/int)."""
    varde = kombination.currentData()
    return None if varde is None else typ(varde)


def valj_data(kombination: QComboBox, data: object) -> None:
    """Choose the item with ``data``; the first item when none has it."""
    kombination.setCurrentIndex(max(kombination.findData(data), 0))
