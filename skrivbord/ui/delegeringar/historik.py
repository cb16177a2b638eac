"""A person's page: every delegation she has had, the newest first, revoked and
renewed ones too, with the revocation's date, reason and who."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.delegeringar import listor
from skrivbord.ui.gemensamt.sida import rubrik
from skrivbord.ui.gemensamt.tabell import lastabell


class HistorikDialog(QDialog):
    def __init__(
        self, databas: Databas, person_id: int, parent: QWidget | None, idag: date
    ) -> None:
        super().__init__(parent)
        self.rader = listor.historik(databas, person_id)
        namn = self.rader[0].delegerad if self.rader else ""
        self.setWindowTitle(self.tr("Delegeringar för {namn}").format(namn=namn))
        self.resize(980, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(rubrik(namn))
        if self.rader and not self.rader[0].delegerad_aktiv:
            layout.addWidget(QLabel(self.tr("Personen är inaktiv i personalregistret.")))
        self.tabell = lastabell(
            [
                self.tr("Nr"),
                self.tr("Från"),
                self.tr("Till och med"),
                self.tr("Arbetsuppgifter"),
                self.tr("Enheter"),
                self.tr("Delegerande"),
                self.tr("Läge"),
                self.tr("Återkallelse / förnyelse"),
            ],
            self.tr("Personens delegeringar"),
        )
        self.tabell.setRowCount(len(self.rader))
        for i, r in enumerate(self.rader):
            for k, text in enumerate(self._celler(r, idag)):
                self.tabell.setItem(i, k, QTableWidgetItem(text))
        huvud = self.tabell.horizontalHeader()
        huvud.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        huvud.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.tabell)
        knappar = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        knappar.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        knappar.rejected.connect(self.reject)
        layout.addWidget(knappar)

    def _celler(self, r: listor.Delegeringsrad, idag: date) -> list[str]:
        notering = ""
        if r.aterkallad_datum is not None:
            notering = self.tr("Återkallad {datum} av {vem}: {orsak}").format(
                datum=r.aterkallad_datum.isoformat(),
                vem=r.aterkallad_av or "–",
                orsak=r.aterkallad_orsak,
            )
        elif r.ersatt_av_id is not None:
            notering = self.tr("Förnyad som nr {nr}").format(nr=r.ersatt_av_id)
        if r.ersatter_id is not None:
            notering = " · ".join(
                t for t in (notering, self.tr("förnyar nr {nr}").format(nr=r.ersatter_id)) if t
            )
        return [
            str(r.id),
            r.giltig_fran.isoformat(),
            r.giltig_till.isoformat(),
            ", ".join(r.uppgiftsnamn),
            ", ".join(r.enheter),
            r.delegerande,
            r.lage(idag).etikett,
            notering,
        ]
