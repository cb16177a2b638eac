"""Veckogenomgångar: the history of held weekly fall and medication reviews (filtered by
unit and year; a row opens the whole review), and beside it the reviews still missing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster import enheter
from skrivbord.tjanster.avvikelser import veckogenomgangar
from skrivbord.tjanster.avvikelser.veckogenomgangar import HallenGenomgang, SaknadGenomgang
from skrivbord.tjanster.databasfil import Databas
from skrivbord.typer import Genomgangstyp
from skrivbord.ui.avvikelser.veckogenomgangsdialog import VeckogenomgangDialog
from skrivbord.ui.avvikelser.veckogenomgangsvisning import GenomgangsVisning
from skrivbord.ui.gemensamt.listmodell import Index, Listmodell
from skrivbord.ui.gemensamt.sida import DAMPAD, ingress, rubrik, sidlayout, tal_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistorikModell", text)


class HistorikModell(Listmodell[HallenGenomgang]):
    """Held reviews, one a row, in the order the service gives (newest first)."""

    VECKA, ENHET, TYP, DATUM, DELTAGARE, ANTAL, BESLUT = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                _tr("Vecka"),
                _tr("Enhet"),
                _tr("Genomgång"),
                _tr("Hölls"),
                _tr("Deltagare"),
                _tr("Avvikelser"),
                _tr("Beslut"),
            ],
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        rad = self._rader[index.row()]
        kolumn = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(rad, kolumn)
        if role == Qt.ItemDataRole.ToolTipRole and kolumn in (self.DELTAGARE, self.BESLUT):
            return ", ".join(rad.deltagare) if kolumn == self.DELTAGARE else rad.beslut.strip()
        if role == Qt.ItemDataRole.TextAlignmentRole and kolumn == self.ANTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return rad.id
        return None

    def _text(self, rad: HallenGenomgang, kolumn: int) -> str:
        if kolumn == self.VECKA:
            return f"{rad.ar}-v{rad.vecka:02d}"
        if kolumn == self.ENHET:
            return rad.enhet_namn
        if kolumn == self.TYP:
            return rad.typ.etikett
        if kolumn == self.DATUM:
            return rad.datum.isoformat()
        if kolumn == self.DELTAGARE:
            return ", ".join(rad.deltagare)
        if kolumn == self.ANTAL:
            return str(rad.antal_avvikelser)
        forsta = rad.beslut.strip().splitlines()
        return forsta[0] if forsta else ""


class VeckogenomgangSida(QWidget):
    def __init__(
        self, databas: Databas, parent: QWidget | None = None, idag: date | None = None
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag
        self.visning: GenomgangsVisning | None = None
        layout = sidlayout(self)
        layout.addWidget(rubrik(self.tr("Veckogenomgångar")))
        layout.addWidget(
            ingress(
                self.tr(
                    "Enhetschefen går varje vecka igenom enhetens fall- och läkemedelsavvikelser "
                    "med teamet och dokumenterar deltagare, beslut och nya åtgärder."
                )
            )
        )
        self.ny = QPushButton(self.tr("Registrera veckogenomgång …"))
        self.ny.clicked.connect(self.registrera)
        layout.addWidget(self.ny, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._bygg_saknade())
        layout.addSpacing(8)
        layout.addLayout(self._bygg_historik(), 1)
        self._fyll_enheter()
        self.uppdatera()

    def _bygg_historik(self) -> QVBoxLayout:
        """Filters over the table of held reviews."""
        self.enhet = QComboBox()
        self.enhet.setMinimumContentsLength(18)
        self.ar = QComboBox()
        enhet_etikett = QLabel(self.tr("&Enhet"))
        enhet_etikett.setBuddy(self.enhet)
        ar_etikett = QLabel(self.tr("&År"))
        ar_etikett.setBuddy(self.ar)
        self.antal = QLabel()
        self.antal.setStyleSheet(f"color: {DAMPAD};")
        filter_rad = QHBoxLayout()
        filter_rad.addWidget(enhet_etikett)
        filter_rad.addWidget(self.enhet)
        filter_rad.addSpacing(12)
        filter_rad.addWidget(ar_etikett)
        filter_rad.addWidget(self.ar)
        filter_rad.addStretch()
        filter_rad.addWidget(self.antal)
        self.modell = HistorikModell(self)
        self.tabell = QTableView()
        self.tabell.setModel(self.modell)
        self.tabell.setAccessibleName(self.tr("Hållna veckogenomgångar"))
        self.tabell.setTabKeyNavigation(False)  # Tab leaves the table
        self.tabell.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabell.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabell.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabell.setAlternatingRowColors(True)
        self.tabell.setWordWrap(False)
        self.tabell.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tabell.verticalHeader().hide()
        self.tabell.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        huvud = self.tabell.horizontalHeader()
        huvud.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for kolumn in (HistorikModell.VECKA, HistorikModell.TYP, HistorikModell.DATUM):
            huvud.setSectionResizeMode(kolumn, QHeaderView.ResizeMode.ResizeToContents)
        huvud.resizeSection(HistorikModell.ENHET, 160)
        huvud.resizeSection(HistorikModell.DELTAGARE, 150)
        huvud.setSectionResizeMode(HistorikModell.ANTAL, QHeaderView.ResizeMode.ResizeToContents)
        huvud.setStretchLastSection(True)
        self.tabell.activated.connect(self._oppna_rad)  # double-click or Enter
        self.tom = QLabel(wordWrap=True)
        self.tom.setStyleSheet(f"color: {DAMPAD};")
        self.enhet.currentIndexChanged.connect(self.lasa_historik)
        self.ar.currentIndexChanged.connect(self.lasa_historik)
        kolumn_layout = QVBoxLayout()
        kolumn_layout.addLayout(filter_rad)
        kolumn_layout.addWidget(self.tabell, 1)
        kolumn_layout.addWidget(self.tom)
        return kolumn_layout

    def _bygg_saknade(self) -> QWidget:
        """The missing reviews of the last four weeks, compact above the history: one
        short item per unit and type, flowing in rows; activating one registers it."""
        ruta = QWidget()
        self.saknade_rubrik = QLabel()
        self.saknade_rubrik.setStyleSheet("font-weight: 600;")
        self.saknade = QListWidget()
        self.saknade.setAccessibleName(self.tr("Saknade veckogenomgångar"))
        self.saknade.setFlow(QListView.Flow.LeftToRight)
        self.saknade.setWrapping(True)
        self.saknade.setResizeMode(QListView.ResizeMode.Adjust)
        self.saknade.setSpacing(2)
        rad = self.saknade.fontMetrics().height() + 8
        self.saknade.setFixedHeight(3 * rad + 8)
        self.saknade.setToolTip(self.tr("Dubbelklicka eller tryck Retur för att registrera."))
        self.saknade.itemActivated.connect(self._registrera_saknad)
        self.saknade_rubrik.setBuddy(self.saknade)
        layout = QVBoxLayout(ruta)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.saknade_rubrik)
        layout.addWidget(self.saknade)
        return ruta

    def _fyll_enheter(self) -> None:
        self.enhet.blockSignals(True)
        self.enhet.addItem(self.tr("Alla enheter"), None)
        for enhet in sorted(enheter.lista(self._databas), key=lambda e: e.namn):
            namn = (
                enhet.namn if enhet.aktiv else self.tr("{namn} (inaktiv)").format(namn=enhet.namn)
            )
            self.enhet.addItem(namn, enhet.id)
        self.enhet.blockSignals(False)

    def _fyll_ar(self) -> None:
        """Years with reviews and the current one; keeps the chosen year (default: now)."""
        valt = self.ar.currentData() if self.ar.count() else self._i_ar()
        ar = sorted({self._i_ar(), *veckogenomgangar.ar_med_genomgangar(self._databas)})
        self.ar.blockSignals(True)
        self.ar.clear()
        self.ar.addItem(self.tr("Alla år"), None)
        for varde in reversed(ar):
            self.ar.addItem(str(varde), varde)
        self.ar.setCurrentIndex(max(0, self.ar.findData(valt)))
        self.ar.blockSignals(False)

    def _i_ar(self) -> int:
        return (self._idag or date.today()).isocalendar()[0]

    def uppdatera(self) -> None:
        self._fyll_ar()
        self.lasa_historik()
        self.lasa_saknade()

    def lasa_historik(self) -> None:
        rader = veckogenomgangar.historik(
            self._databas, enhet_id=self.enhet.currentData(), ar=self.ar.currentData()
        )
        self.modell.satt(rader)
        self.antal.setText(
            self.tr("1 genomgång")
            if len(rader) == 1
            else self.tr("{antal} genomgångar").format(antal=tal_text(len(rader)))
        )
        self.tom.setText(self.tr("Inga hållna genomgångar med det här urvalet."))
        self.tom.setVisible(not rader)

    def lasa_saknade(self) -> None:
        saknade = veckogenomgangar.saknade(self._databas, self._idag, veckor=4)
        self.saknade.clear()
        if not saknade:
            self.saknade_rubrik.setText(self.tr("&Saknas de fyra senaste veckorna"))
            post = QListWidgetItem(self.tr("Alla genomgångar de fyra senaste veckorna är gjorda."))
            post.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.saknade.addItem(post)
            return
        self.saknade_rubrik.setText(
            self.tr("&Saknas de fyra senaste veckorna ({antal})").format(antal=len(saknade))
        )
        grupper: dict[tuple[int, Genomgangstyp], list[SaknadGenomgang]] = {}
        for s in saknade:
            grupper.setdefault((s.enhet_id, s.typ), []).append(s)
        for lista in grupper.values():
            forsta = lista[0]  # the newest missing week first
            veckor = ", ".join(str(s.vecka) for s in sorted(lista, key=lambda s: (s.ar, s.vecka)))
            post = QListWidgetItem(
                self.tr("{enhet} · {typ} v. {veckor}").format(
                    enhet=forsta.enhet_namn, typ=self._kort_typ(forsta.typ), veckor=veckor
                )
            )
            post.setToolTip(
                self.tr("{typ}, {enhet}: vecka {veckor} saknas").format(
                    typ=forsta.typ.etikett, enhet=forsta.enhet_namn, veckor=veckor
                )
            )
            post.setData(Qt.ItemDataRole.UserRole, (forsta.enhet_id, forsta.typ.value))
            post.setData(Qt.ItemDataRole.UserRole + 1, (forsta.ar, forsta.vecka))
            self.saknade.addItem(post)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """The roles get a sixth of the table (the decision the rest), within limits."""
        super().resizeEvent(event)
        bredd = max(150, min(320, self.tabell.viewport().width() // 6))
        self.tabell.horizontalHeader().resizeSection(HistorikModell.DELTAGARE, bredd)

    def _kort_typ(self, typ: Genomgangstyp) -> str:
        return self.tr("fall") if typ is Genomgangstyp.FALL else self.tr("läkemedel")

    def _oppna_rad(self, index: QModelIndex) -> None:
        if index.isValid():
            self.visa(self.modell.rad(index.row()).id)

    def visa(self, genomgang_id: int) -> None:
        """Show the whole review, read-only (not blocking: the page stays usable)."""
        try:
            detalj = veckogenomgangar.hamta(self._databas, genomgang_id)
        except OgiltigUppgift:
            self.uppdatera()  # removed meanwhile: the list shows what is left
            return
        if self.visning is not None:
            self.visning.close()
        self.visning = GenomgangsVisning(detalj, self)
        self.visning.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.visning.destroyed.connect(self._visning_stangd)
        self.visning.show()

    def _visning_stangd(self) -> None:
        self.visning = None

    def registrera(self) -> None:
        self._kor(VeckogenomgangDialog(self._databas, self, idag=self._idag))

    def _registrera_saknad(self, post: QListWidgetItem) -> None:
        nyckel = post.data(Qt.ItemDataRole.UserRole)
        if nyckel is None:
            return
        enhet_id, typ = nyckel
        ar, vecka = post.data(Qt.ItemDataRole.UserRole + 1)
        dialog = VeckogenomgangDialog(
            self._databas, self, idag=self._idag, enhet_id=enhet_id, typ=Genomgangstyp(typ)
        )
        dialog.ar.setValue(ar)
        dialog.vecka.setValue(vecka)
        self._kor(dialog)

    def _kor(self, dialog: VeckogenomgangDialog) -> None:
        """Run the registration dialog; a saved review shows in both lists at once."""
        sparad = dialog.exec()
        dialog.deleteLater()
        if sparad:
            self.uppdatera()
