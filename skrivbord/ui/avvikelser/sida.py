"""The Avvikelser page: filters and free-text search over the paged list, with the
selected avvikelse and its follow-up in a panel beside it (below it when the window is
narrow, as on a small laptop at 125 % scaling). The list's columns always fit its
width: no sideways scrolling."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    QSignalBlocker,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skrivbord.tjanster import enheter
from skrivbord.tjanster.avvikelser import export as export_avvikelser
from skrivbord.tjanster.avvikelser import kategorier
from skrivbord.tjanster.avvikelser.lista import Filter
from skrivbord.tjanster.databasfil import Databas
from skrivbord.typer import Avvikelsestatus
from skrivbord.ui import bakgrund
from skrivbord.ui.avvikelser.annat_klassning import AnnatKlassningDialog
from skrivbord.ui.avvikelser.detalj import AvvikelseDetaljPanel
from skrivbord.ui.avvikelser.formular import AvvikelseFormular
from skrivbord.ui.avvikelser.importera import ImportDialog
from skrivbord.ui.avvikelser.kategorier import KategoriDialog, OverenskommelseDialog
from skrivbord.ui.avvikelser.sammanstallning import SammanstallningDialog
from skrivbord.ui.avvikelser.tabellmodell import AvvikelseTabellModell
from skrivbord.ui.avvikelser.veckogenomgangsdialog import VeckogenomgangDialog

SOKFORDROJNING_MS = 250
# Below this width the panel goes under the list instead of beside it.
SMAL_BREDD = 1000
PANELBREDD = 400
# (column, width) of the columns that keep their width; Enhet and Kategori share the rest.
FASTA_KOLUMNER = (
    (AvvikelseTabellModell.DATUM, 116),
    (AvvikelseTabellModell.KONSEKVENS, 90),
    (AvvikelseTabellModell.STATUS, 126),
    (AvvikelseTabellModell.MELLAN_VARDGIVARE, 132),
    (AvvikelseTabellModell.LEX_MARIA, 120),
)
# The last two columns show when the list is at least this wide; narrower, they hide (the
# filters and the panel still tell), so unit and category keep room to be read.
BREDD_FOR_ALLA_KOLUMNER = 900


def _perioder(idag: date) -> list[tuple[str, tuple[date | None, date | None]]]:
    """The period filter's choices, translated (context AvvikelseSida)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("AvvikelseSida", text)

    ar, forra = idag.year, idag.year - 1
    return [
        (tr("Alla datum"), (None, None)),
        (tr("Senaste 30 dagarna"), (idag - timedelta(days=30), idag)),
        (tr("I år ({ar})").format(ar=ar), (date(ar, 1, 1), date(ar, 12, 31))),
        (tr("Förra året ({ar})").format(ar=forra), (date(forra, 1, 1), date(forra, 12, 31))),
        (tr("Första halvåret {ar}").format(ar=ar), (date(ar, 1, 1), date(ar, 6, 30))),
        (tr("Andra halvåret {ar}").format(ar=forra), (date(forra, 7, 1), date(forra, 12, 31))),
    ]


class AvvikelseSida(QWidget):
    """``databasen_andrad`` tells the rest of the window that figures may have changed."""

    databasen_andrad = Signal()

    def __init__(
        self, databas: Databas, parent: QWidget | None = None, idag: date | None = None
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag or date.today()
        self._storlek_satt = False
        self._bygg()
        self._fyll_filter()
        self.modell = AvvikelseTabellModell(databas, self.filter(), self)
        self.tabell.setModel(self.modell)
        self._stall_in_kolumner()
        self.tabell.selectionModel().currentRowChanged.connect(self._rad_vald)
        self.modell.modelReset.connect(self._visa_antal)
        self._visa_antal()

    # --- layout ---------------------------------------------------------------------------------

    def _bygg(self) -> None:
        verktyg = self._bygg_verktyg()
        filterrad, filterrad2 = self._bygg_filter()
        self._bygg_tabell()
        self.panel = AvvikelseDetaljPanel(self._databas, self, idag=self._idag)
        self.panel.andrad.connect(self._avvikelse_andrad)
        self.delare = QSplitter(Qt.Orientation.Horizontal)
        self.delare.setChildrenCollapsible(False)
        self.delare.addWidget(self.tabell)
        self.delare.addWidget(self.panel)
        self.delare.setStretchFactor(0, 3)
        self.delare.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(verktyg)
        layout.addLayout(filterrad)
        layout.addLayout(filterrad2)
        layout.addWidget(self.delare, 1)

    def _bygg_verktyg(self) -> QHBoxLayout:
        """New, search, the count, the weekly review and the summary; the rest under Fler."""
        verktyg = QHBoxLayout()
        self.ny_knapp = QPushButton(self.tr("&Ny avvikelse"))
        self.ny_knapp.setToolTip(self.tr("Registrera en ny avvikelse (Ctrl+N)"))
        self.ny_knapp.clicked.connect(self.ny_avvikelse)
        self.sok = QLineEdit(
            placeholderText=self.tr("Sök i beskrivningar …"), clearButtonEnabled=True
        )
        self.sok.setAccessibleName(self.tr("Sök i beskrivningar"))
        self.sok.setMinimumWidth(160)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.sok.setFocus)
        self._sokfordrojning = QTimer(self, singleShot=True, interval=SOKFORDROJNING_MS)
        self._sokfordrojning.timeout.connect(self._filter_andrat)
        self.sok.textChanged.connect(self._sokfordrojning.start)
        self.antal = QLabel()
        self.antal.setObjectName("antal")
        self.genomgang_knapp = QPushButton(self.tr("&Veckogenomgång …"))
        self.genomgang_knapp.clicked.connect(self.veckogenomgang)
        self.rapport_knapp = QPushButton(self.tr("&Sammanställning …"))
        self.rapport_knapp.clicked.connect(self.sammanstallning)
        self.import_knapp = QAction(self.tr("&Importera …"), self)
        self.import_knapp.triggered.connect(self.importera)
        self.export_knapp = QAction(self.tr("&Exportera listan (intern) …"), self)
        self.export_knapp.setToolTip(self.tr("Listan som den är filtrerad, till Excel eller CSV"))
        self.export_knapp.triggered.connect(lambda: self.exportera())
        self.kategori_knapp = QAction(self.tr("&Kategorier …"), self)
        self.kategori_knapp.triggered.connect(self.redigera_kategorier)
        self.overenskommelse_knapp = QAction(self.tr("&Överenskommelser …"), self)
        self.overenskommelse_knapp.setToolTip(
            self.tr("Överenskommelser och rutiner mellan vårdgivare, med nationella koder")
        )
        self.overenskommelse_knapp.triggered.connect(
            lambda: OverenskommelseDialog(self._databas, self).exec()
        )
        self.annat_knapp = QAction(self.tr("Klassa &Annat …"), self)
        self.annat_knapp.setToolTip(
            self.tr("Klassa förklaringarna under Annat efter skäl, för sammanställningen")
        )
        self.annat_knapp.triggered.connect(self.klassa_annat)
        self.fler_knapp = QPushButton(self.tr("&Fler"))
        fler = QMenu(self.fler_knapp)
        fler.addActions(
            [
                self.import_knapp,
                self.export_knapp,
                self.kategori_knapp,
                self.overenskommelse_knapp,
                self.annat_knapp,
            ]
        )
        self.fler_knapp.setMenu(fler)
        verktyg.addWidget(self.ny_knapp)
        verktyg.addWidget(self.sok, 1)
        verktyg.addWidget(self.antal)
        verktyg.addWidget(self.genomgang_knapp)
        verktyg.addWidget(self.rapport_knapp)
        verktyg.addWidget(self.fler_knapp)
        self.verktygsrad = verktyg  # later features add their buttons here
        return verktyg

    def _bygg_filter(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """Two rows of filters, each labelled (the label names it for a screen reader)."""
        filterrad, filterrad2 = QHBoxLayout(), QHBoxLayout()
        self.period = QComboBox()
        self.enhet = QComboBox()
        self.kategori = QComboBox()
        self.status = QComboBox()
        self.mellan = QComboBox()
        self.lex_maria = QComboBox()
        for etikett, falt, rad in (
            (self.tr("Period"), self.period, filterrad),
            (self.tr("Enhet"), self.enhet, filterrad),
            (self.tr("Kategori"), self.kategori, filterrad),
            (self.tr("Status"), self.status, filterrad),
            (self.tr("Mellan vårdgivare"), self.mellan, filterrad2),
            (self.tr("Lex Maria"), self.lex_maria, filterrad2),
        ):
            namn = QLabel(etikett)
            namn.setBuddy(falt)
            rad.addWidget(namn)
            rad.addWidget(falt)
            # Long unit and category names must not push the row off a small screen.
            falt.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            falt.setMinimumContentsLength(5 if rad is filterrad2 else 10)
            falt.setMaximumWidth(220)
        self.forsenade = QCheckBox(self.tr("Försenade åtgärder"))
        self.forsenade.setToolTip(self.tr("Bara avvikelser med åtgärder som passerat sista datum"))
        filterrad2.addWidget(self.forsenade)
        filterrad.addStretch()
        filterrad2.addStretch()
        return filterrad, filterrad2

    def _bygg_tabell(self) -> None:
        self.tabell = QTableView()
        self.tabell.setAccessibleName(self.tr("Avvikelser"))
        self.tabell.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabell.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Tab leaves the list for the panel; the arrow keys walk the rows.
        self.tabell.setTabKeyNavigation(False)
        self.tabell.setAlternatingRowColors(True)
        self.tabell.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabell.verticalHeader().hide()
        # Fixed row heights: the view never measures a million rows.
        self.tabell.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.tabell.verticalHeader().setDefaultSectionSize(24)
        self.tabell.doubleClicked.connect(
            lambda index: self._andra(self.modell.id_for_rad(index.row()))
        )
        self.tabell.installEventFilter(self)

    def _visa_kolumner_som_ryms(self) -> None:
        ryms = self.tabell.viewport().width() >= BREDD_FOR_ALLA_KOLUMNER
        for kolumn in (AvvikelseTabellModell.MELLAN_VARDGIVARE, AvvikelseTabellModell.LEX_MARIA):
            self.tabell.setColumnHidden(kolumn, not ryms)

    def eventFilter(self, objekt: QObject, handelse: QEvent) -> bool:  # noqa: N802 - Qt's name
        if objekt is self.tabell and handelse.type() == QEvent.Type.Resize:
            self._visa_kolumner_som_ryms()
        return super().eventFilter(objekt, handelse)

    def resizeEvent(self, handelse: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Side by side when there is room, the panel under the list when not."""
        super().resizeEvent(handelse)
        smal = handelse.size().width() < SMAL_BREDD
        riktning = Qt.Orientation.Vertical if smal else Qt.Orientation.Horizontal
        if self.delare.orientation() != riktning or not self._storlek_satt:
            self._storlek_satt = True
            self.delare.setOrientation(riktning)
            if smal:
                hojd = max(self.delare.height(), 300)
                self.delare.setSizes([hojd // 2, hojd - hojd // 2])
            else:
                bredd = max(self.delare.width(), 2 * PANELBREDD)
                self.delare.setSizes([bredd - PANELBREDD, PANELBREDD])

    def _stall_in_kolumner(self) -> None:
        """Fixed widths for the short columns; Enhet and Kategori share what is left, so the
        list fits its width at any window size (a long name is cut with …, in full as tip)."""
        huvud = self.tabell.horizontalHeader()
        huvud.setMinimumSectionSize(60)
        for kolumn, bredd in FASTA_KOLUMNER:
            huvud.setSectionResizeMode(kolumn, QHeaderView.ResizeMode.Fixed)
            self.tabell.setColumnWidth(kolumn, bredd)
        for kolumn in (AvvikelseTabellModell.ENHET, AvvikelseTabellModell.KATEGORI):
            huvud.setSectionResizeMode(kolumn, QHeaderView.ResizeMode.Stretch)

    def _fyll_filter(self) -> None:
        for text, period in _perioder(self._idag):
            self.period.addItem(text, period)
        self.enhet.addItem(self.tr("Alla"), None)
        for enhet in enheter.lista(self._databas):
            self.enhet.addItem(enhet.namn, enhet.id)
        self.kategori.addItem(self.tr("Alla"), None)
        for kategori in kategorier.lista(self._databas):
            self.kategori.addItem(kategori.namn, kategori.id)
        self.status.addItem(self.tr("Alla"), None)
        for status in Avvikelsestatus:
            self.status.addItem(status.etikett, status.value)
        for falt in (self.mellan, self.lex_maria):
            falt.addItem(self.tr("Alla"), None)
            falt.addItem(self.tr("Ja"), True)
            falt.addItem(self.tr("Nej"), False)
        for falt in (
            self.period,
            self.enhet,
            self.kategori,
            self.status,
            self.mellan,
            self.lex_maria,
        ):
            falt.currentIndexChanged.connect(self._filter_andrat)
        self.forsenade.toggled.connect(self._filter_andrat)

    # --- filtering ------------------------------------------------------------------------------

    def filter(self) -> Filter:
        fran, till = self.period.currentData() or (None, None)
        status = self.status.currentData()
        return Filter(
            fran=fran,
            till=till,
            enhet_id=self.enhet.currentData(),
            kategori_id=self.kategori.currentData(),
            status=None if status is None else Avvikelsestatus(status),
            mellan_vardgivare=self.mellan.currentData(),
            lex_maria=self.lex_maria.currentData(),
            fritext=self.sok.text().strip(),
            forsenade_atgarder_per=self._idag if self.forsenade.isChecked() else None,
        )

    def _filter_andrat(self) -> None:
        vald = self.panel.detalj.id if self.panel.detalj else None
        self.modell.satt_filter(self.filter())
        self._valj(vald)

    def visa_avvikelse(self, avvikelse_id: int) -> None:
        """Show one avvikelse (a link on another page): under the filter in use if it
        is in the list, otherwise with every filter cleared."""
        if self.modell.rad_for_id(avvikelse_id) is None:
            self._rensa_filter()
        self._valj(avvikelse_id)
        self.tabell.setFocus(Qt.FocusReason.OtherFocusReason)

    def visa_forsenade_atgarder(self) -> None:
        """Every avvikelse with an åtgärd past its deadline (Översikt's "Visa alla")."""
        self._rensa_filter(forsenade=True)

    def _rensa_filter(self, forsenade: bool = False) -> None:
        filterfalt = (self.period, self.enhet, self.kategori, self.status, self.mellan)
        blockerade = [QSignalBlocker(f) for f in (*filterfalt, self.lex_maria, self.sok)]
        for falt in (*filterfalt, self.lex_maria):
            falt.setCurrentIndex(0)  # "Alla" / "Alla datum"
        self.sok.clear()
        blockerade.append(QSignalBlocker(self.forsenade))
        self.forsenade.setChecked(forsenade)
        del blockerade
        self._filter_andrat()

    def _visa_antal(self) -> None:
        antal = self.modell.rowCount()
        text = self.tr("avvikelse") if antal == 1 else self.tr("avvikelser")
        self.antal.setText(f"{antal:,}".replace(",", "\u202f") + f" {text}")

    def _valj(self, avvikelse_id: int | None) -> None:
        rad = self.modell.rad_for_id(avvikelse_id) if avvikelse_id is not None else None
        if rad is None:
            self.tabell.clearSelection()
            self.panel.visa(None)
            return
        index = self.modell.index(rad, 0)
        self.tabell.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tabell.scrollTo(index)

    def _rad_vald(self, aktuell, _forra) -> None:
        self.panel.visa(self.modell.id_for_rad(aktuell.row()) if aktuell.isValid() else None)

    # --- actions ---------------------------------------------------------------------------------

    def ny_avvikelse(self) -> None:
        """Ctrl+N: the main window's action (every page) and the button both come here."""
        formular = AvvikelseFormular(self._databas, None, self, idag=self._idag)
        if formular.exec() and formular.avvikelse_id is not None:
            self._avvikelse_andrad(formular.avvikelse_id)

    def _andra(self, avvikelse_id: int) -> None:
        formular = AvvikelseFormular(self._databas, avvikelse_id, self, idag=self._idag)
        if formular.exec():
            self._avvikelse_andrad(avvikelse_id)

    def _avvikelse_andrad(self, avvikelse_id: int) -> None:
        self.modell.uppdatera()
        self._valj(avvikelse_id)
        self.databasen_andrad.emit()

    def veckogenomgang(self) -> None:
        dialog = VeckogenomgangDialog(
            self._databas, self, idag=self._idag, enhet_id=self.enhet.currentData()
        )
        if dialog.exec():
            self.modell.uppdatera()
            self.databasen_andrad.emit()

    def importera(self) -> None:
        dialog = ImportDialog(self._databas, self)
        if dialog.exec() and dialog.resultat is not None:
            self.modell.uppdatera()
            self.databasen_andrad.emit()
            QMessageBox.information(self, self.tr("Importen är klar"), dialog.slutmeddelande())

    def exportera(self, ut: Path | None = None) -> None:
        """The list as filtered, to Excel or CSV: an internal working document (it holds
        descriptions and unit names), so named and said, and never sent to the region."""
        if ut is None:
            fil, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Exportera listan – intern, innehåller personuppgifter"),
                str(Path.home() / f"avvikelser-intern-{self._idag.isoformat()}.xlsx"),
                self.tr("Excel (*.xlsx);;CSV för Excel (*.csv)"),
            )
            if not fil:
                return
            ut = Path(fil)
        jobb = (
            export_avvikelser.exportera_csv
            if ut.suffix.lower() == ".csv"
            else export_avvikelser.exportera_xlsx
        )(self._databas, self.filter(), ut)

        def klar(resultat: object) -> None:
            assert isinstance(resultat, export_avvikelser.Exportresultat)
            self.senaste_export = resultat
            self._visa_export(resultat)

        bakgrund.kor(self, self.tr("Exporterar avvikelser …"), jobb, klar)

    def _visa_export(self, resultat: export_avvikelser.Exportresultat) -> None:
        """Where the file went, a reminder of what it holds, and the folder a click away."""
        ruta = QMessageBox(self)
        ruta.setIcon(QMessageBox.Icon.Information)
        ruta.setWindowTitle(self.tr("Listan är exporterad"))
        text = (
            self.tr("1 avvikelse sparades i {fil}.")
            if resultat.antal == 1
            else self.tr("{n} avvikelser sparades i {fil}.")
        )
        ruta.setText(text.format(n=resultat.antal, fil=resultat.sokvag.name))
        ruta.setInformativeText(
            self.tr(
                "Mapp: {mapp}\n\nFilen är ett internt arbetsdokument: den innehåller "
                "beskrivningar och enhetsnamn. Skicka den inte till regionen; det "
                "anonymiserade underlaget görs under Export."
            ).format(mapp=resultat.sokvag.parent)
        )
        oppna = ruta.addButton(self.tr("&Öppna mappen"), QMessageBox.ButtonRole.ActionRole)
        ruta.addButton(self.tr("&Stäng"), QMessageBox.ButtonRole.RejectRole)
        ruta.exec()
        if ruta.clickedButton() is oppna:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(resultat.sokvag.parent)))

    def sammanstallning(self) -> None:
        SammanstallningDialog(self._databas, self, idag=self._idag).exec()

    def klassa_annat(self) -> None:
        AnnatKlassningDialog(self._databas, self).exec()
        self.modell.uppdatera()  # moved avvikelser change category in the list

    def redigera_kategorier(self) -> None:
        KategoriDialog(self._databas, self).exec()
        aktuell = self.kategori.currentData()
        self.kategori.blockSignals(True)
        self.kategori.clear()
        self.kategori.addItem(self.tr("Alla"), None)
        for kategori in kategorier.lista(self._databas):
            self.kategori.addItem(kategori.namn, kategori.id)
        self.kategori.setCurrentIndex(max(0, self.kategori.findData(aktuell)))
        self.kategori.blockSignals(False)
        self.modell.uppdatera()
