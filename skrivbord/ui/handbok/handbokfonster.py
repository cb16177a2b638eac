"""The handbook window: the sections on the left with the search field above them, the
chosen section on the right (``lasvy.Lasvy``), and an image at full size."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from skrivbord.ui.gemensamt.sida import BLA, DAMPAD, KANT
from skrivbord.ui.handbok.innehall import (
    Avsnitt,
    innehall,
    mapp,
    relativ_sokvag,
    sokbar,
    sokord,
    traffar,
)
from skrivbord.ui.handbok.lasvy import Lasvy

log = logging.getLogger(__name__)


def visa(foralder: QWidget) -> HandbokFonster:
    """Show the handbook window of ``foralder`` (one per main window), raised and active."""
    fonster = foralder.findChild(HandbokFonster)
    if fonster is None:
        fonster = HandbokFonster(foralder)
    fonster.show()
    fonster.raise_()
    fonster.activateWindow()
    return fonster


class HandbokFonster(QWidget):
    """The sections on the left with the search field above them, the text on the right.

    A separate, non-modal window that belongs to the main window (it closes with it);
    closing it only hides it, so F1 brings it back where the reader left off.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Skrivbord – handbok"))
        self.resize(1120, 760)
        self.setMinimumSize(760, 480)
        self.avsnitt = innehall()
        self._sokbart = [sokbar(a) for a in self.avsnitt]

        self.sok = QLineEdit(placeholderText=self.tr("Sök i handboken …"), clearButtonEnabled=True)
        self.sok.setAccessibleName(self.tr("Sök i handboken"))
        self.sok.setStyleSheet("padding: 4px 6px;")
        self.sok.setToolTip(self.tr("Visar avsnitten som innehåller alla orden (Ctrl+F)"))
        self.lista = QListWidget()
        self.lista.setObjectName("avsnitt")
        self.lista.setAccessibleName(self.tr("Avsnitt"))
        self.lista.setStyleSheet(_LISTSTIL)
        for nummer, avsnitt in enumerate(self.avsnitt):
            rad = QListWidgetItem(avsnitt.titel)
            rad.setData(Qt.ItemDataRole.UserRole, nummer)
            self.lista.addItem(rad)
        self.ingen_traff = QLabel(wordWrap=True)
        self.ingen_traff.setStyleSheet(f"color: {DAMPAD}; padding: 4px 8px;")
        self.ingen_traff.hide()
        self.text = Lasvy(mapp())
        self.text.setAccessibleName(self.tr("Handbokens text"))

        vanster = QVBoxLayout()
        vanster.setContentsMargins(10, 12, 6, 10)
        vanster.setSpacing(8)
        vanster.addWidget(self.sok)
        vanster.addWidget(self.lista, 1)
        vanster.addWidget(self.ingen_traff)
        kolumn = QWidget()
        kolumn.setLayout(vanster)
        kolumn.setFixedWidth(260)
        delare = QFrame()
        delare.setFrameShape(QFrame.Shape.VLine)
        delare.setStyleSheet(f"color: {KANT};")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(kolumn)
        layout.addWidget(delare)
        layout.addWidget(self.text, 1)

        self.lista.currentRowChanged.connect(self._visa_rad)
        self.sok.textChanged.connect(self._filtrera)
        self.text.anchorClicked.connect(self._lank)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._till_sok)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self._esc)
        self.lista.setCurrentRow(0)
        self.lista.setFocus()

    # --- what is shown ----------------------------------------------------------------------

    def visat_avsnitt(self) -> Avsnitt | None:
        rad = self.lista.currentRow()
        return self.avsnitt[rad] if 0 <= rad < len(self.avsnitt) else None

    def visa_avsnitt(self, fil: str) -> bool:
        """Show the section in ``fil`` (e.g. "import.md"); False when there is none.
        A section the search has hidden is shown all the same: the search is cleared."""
        for nummer, avsnitt in enumerate(self.avsnitt):
            if avsnitt.fil == fil:
                if self.lista.item(nummer).isHidden():
                    self.sok.clear()
                self.lista.setCurrentRow(nummer)
                return True
        return False

    def synliga(self) -> list[str]:
        """The titles the list shows now (after the search)."""
        return [
            self.lista.item(i).text()
            for i in range(self.lista.count())
            if not self.lista.item(i).isHidden()
        ]

    def _visa_rad(self, rad: int) -> None:
        if 0 <= rad < len(self.avsnitt):
            self.text.visa(self.avsnitt[rad].markdown)
            self.text.markera(sokord(self.sok.text()))

    # --- search ---------------------------------------------------------------------------------

    def _filtrera(self, text: str) -> None:
        ord_ = sokord(text)
        forsta_synliga = None
        for nummer, synlig in enumerate(traffar(self._sokbart, ord_)):
            self.lista.item(nummer).setHidden(not synlig)
            if synlig and forsta_synliga is None:
                forsta_synliga = nummer
        if forsta_synliga is None:
            self.ingen_traff.setText(
                self.tr("Inget avsnitt innehåller ”{text}”.").format(text=text.strip())
            )
            self.ingen_traff.show()
            return
        self.ingen_traff.hide()
        aktuell = self.lista.currentItem()
        if aktuell is None or aktuell.isHidden():
            self.lista.setCurrentRow(forsta_synliga)  # shows it, with the words marked
        else:
            self.text.markera(ord_)

    def _till_sok(self) -> None:
        self.sok.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.sok.selectAll()

    def _esc(self) -> None:
        """Esc clears the search first, then closes the window."""
        if self.sok.text():
            self.sok.clear()
        else:
            self.close()

    # --- links ----------------------------------------------------------------------------------

    def _lank(self, url: QUrl) -> None:
        sokvag = relativ_sokvag(url)
        if sokvag is None:
            log.info("handboken: en länk utanför handboken följdes inte")
            return
        if sokvag.suffix == ".md" and self.visa_avsnitt(sokvag.as_posix()):
            return
        if sokvag.suffix.lower() == ".png":
            bild = QImage(str(mapp() / sokvag))
            if not bild.isNull():
                Bildfonster(bild, self).show()
                return
        log.warning("handboken: länken %s leder ingenstans", sokvag.as_posix())


_LISTSTIL = f"""
#avsnitt {{ font-size: 10.5pt; border: none; background: palette(window); outline: 0; }}
#avsnitt::item {{ padding: 6px 10px; border-radius: 4px; margin: 1px 0; }}
#avsnitt::item:hover:!selected {{ background: #e4ebf2; }}
#avsnitt::item:selected {{ background: {BLA}; color: white; }}
"""


class Bildfonster(QDialog):
    """One of the handbook's images at full size (a click on a wide image)."""

    def __init__(self, bild: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skrivbord – handbok – bild"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        etikett = QLabel()
        etikett.setPixmap(QPixmap.fromImage(bild))
        rulla = QScrollArea()
        rulla.setWidget(etikett)
        rulla.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(rulla)
        skarm = self.screen().availableGeometry() if self.screen() else None
        bredd, hojd = bild.width() + 24, bild.height() + 24
        if skarm is not None:
            bredd, hojd = min(bredd, skarm.width() - 80), min(hojd, skarm.height() - 120)
        self.resize(bredd, hojd)
