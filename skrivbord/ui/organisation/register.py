"""Register → Enheter och personal: the kommun's units and staff, each in a tab with a
table and its buttons. The edit dialogs open window-modal (``open``), so the register
stays responsive to the result and tests can fill them in as a user would."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import OgiltigUppgift, SkrivbordFel
from skrivbord.tjanster import enheter, personal
from skrivbord.ui.gemensamt.sida import DAMPAD, ingress
from skrivbord.ui.organisation.enhetsdialog import EnhetDialog
from skrivbord.ui.organisation.personalimport import PersonalImportDialog
from skrivbord.ui.organisation.persondialog import PersonDialog
from skrivbord.ui.organisation.tabellmodeller import (
    EnhetTabellModell,
    PersonalTabellModell,
    Registermodell,
)
from skrivbord.ui.organisation.veckogenomgangstyper import VeckogenomgangstyperDialog

if TYPE_CHECKING:
    from skrivbord.tjanster.databasfil import Databas

ENHETER, PERSONAL = range(2)
LUFT = 20  # pixels added to a column's contents


class Registertabell(QTableView):
    """A register table: whole rows, one at a time; Enter or a double-click opens the row.
    Tab leaves the table (setTabKeyNavigation(False)) instead of walking its cells."""

    oppna = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        # Compact rows: a kommun's staff runs to hundreds.
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        rubrik = self.horizontalHeader()
        rubrik.setHighlightSections(False)
        rubrik.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rubrik.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.doubleClicked.connect(lambda _index: self.oppna.emit())

    def setModel(self, modell: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt's name
        super().setModel(modell)
        self.anpassa_kolumner()

    def anpassa_kolumner(self) -> None:
        """Each column as wide as its contents plus some air (the user may widen it).
        Not on every search keystroke: the columns would jump while one types."""
        self.resizeColumnsToContents()
        for kolumn in range(self.horizontalHeader().count()):
            self.setColumnWidth(kolumn, self.columnWidth(kolumn) + LUFT)

    def keyPressEvent(self, handelse: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Handled here: the view would pass Enter on to the dialog, which has no
        # default button to press, and Enter would do nothing.
        if (
            handelse.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.currentIndex().isValid()
        ):
            handelse.accept()
            self.oppna.emit()
            return
        super().keyPressEvent(handelse)


class _Flik(QWidget):
    """One tab: an introduction, a filter row, the table, the buttons under it."""

    andrad = Signal()

    def __init__(self, databas: Databas, modell: Registermodell, forklaring: str) -> None:
        super().__init__()
        self._databas = databas
        self.modell = modell
        self.dialog: QDialog | None = None  # the edit dialog now open, if any
        self.tabell = Registertabell()
        self.tabell.setModel(modell)
        self.tabell.oppna.connect(self._andra)
        self.tabell.selectionModel().currentRowChanged.connect(self._uppdatera_knappar)
        modell.modelReset.connect(self._uppdatera_knappar)

        self.visa_inaktiva = QCheckBox(self.tr("&Visa inaktiva"))
        self.visa_inaktiva.toggled.connect(self._visa_inaktiva)
        self.filterrad = QHBoxLayout()
        self.filterrad.addWidget(self.visa_inaktiva)
        self.filterrad.addStretch()
        self.antal = QLabel()
        self.antal.setStyleSheet(f"color: {DAMPAD};")
        self.filterrad.addWidget(self.antal)

        self.ny_knapp = QPushButton()
        self.ny_knapp.clicked.connect(self._ny)
        self.andra_knapp = QPushButton(self.tr("Än&dra …"))
        self.andra_knapp.clicked.connect(self._andra)
        self.aktiv_knapp = QPushButton(self.tr("&Inaktivera"))
        self.aktiv_knapp.clicked.connect(self._vaxla_aktiv)
        self.ta_bort_knapp = QPushButton(self.tr("Ta &bort"))
        self.ta_bort_knapp.clicked.connect(self._ta_bort)
        self.knapprad = QHBoxLayout()
        for knapp in (self.ny_knapp, self.andra_knapp, self.aktiv_knapp, self.ta_bort_knapp):
            knapp.setAutoDefault(False)
            self.knapprad.addWidget(knapp)
        self.knapprad.addStretch()

        text = ingress(forklaring)
        text.setMaximumWidth(16777215)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(self.filterrad)
        layout.addWidget(self.tabell, 1)
        layout.addLayout(self.knapprad)

    # -- subclasses ---------------------------------------------------------------

    def _ny_dialog(self) -> EnhetDialog | PersonDialog:  # pragma: no cover - overridden
        raise NotImplementedError

    def _andra_dialog(
        self, id_: int
    ) -> EnhetDialog | PersonDialog:  # pragma: no cover - overridden
        raise NotImplementedError

    def _satt_aktiv(self, id_: int, aktiv: bool) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _ta_bort_tjanst(self, id_: int) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _fraga_ta_bort(self, namn: str) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def _antal_text(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    # -- selection ----------------------------------------------------------------

    def _borja(self) -> None:
        """The first row selected, so the buttons and Enter work at once."""
        self.valj(self.modell.rad(0).id if self.modell.rowCount() else None)
        self._uppdatera_knappar()

    def vald(self) -> int | None:
        """The id of the selected row."""
        index = self.tabell.currentIndex()
        return self.modell.rad(index.row()).id if index.isValid() else None

    def valj(self, id_: int | None) -> None:
        rad = self.modell.rad_for_id(id_) if id_ is not None else None
        if rad is None:
            self.tabell.clearSelection()
            self.tabell.setCurrentIndex(self.modell.index(-1, 0))
            return
        self.tabell.selectionModel().setCurrentIndex(
            self.modell.index(rad, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tabell.scrollTo(self.modell.index(rad, 0))

    def uppdatera(self, valj: int | None = None) -> None:
        """Read the register again, keeping (or moving) the selection."""
        behall = self.vald() if valj is None else valj
        self.modell.uppdatera()
        self.tabell.anpassa_kolumner()
        self.valj(behall)

    def _visa_inaktiva(self, visa: bool) -> None:
        behall = self.vald()
        self.modell.satt_visa_inaktiva(visa)
        self.valj(behall)

    def _uppdatera_knappar(self) -> None:
        index = self.tabell.currentIndex()
        rad = self.modell.rad(index.row()) if index.isValid() else None
        for knapp in (self.andra_knapp, self.aktiv_knapp, self.ta_bort_knapp):
            knapp.setEnabled(rad is not None)
        self.aktiv_knapp.setText(
            self.tr("&Aktivera") if rad is not None and not rad.aktiv else self.tr("&Inaktivera")
        )
        self.antal.setText(self._antal_text())

    # -- actions ------------------------------------------------------------------

    def _visa_dialog(self, dialog: EnhetDialog | PersonDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sparad.connect(self._sparad)
        dialog.finished.connect(self._dialog_stangd)
        dialog.open()

    def _dialog_stangd(self) -> None:
        self.dialog = None
        self.tabell.setFocus()

    def _sparad(self, id_: int) -> None:
        self.uppdatera(valj=id_)
        if self.vald() != id_ and not self.modell.visa_inaktiva:
            # Saved as inactive: show the inactive ones too, so the row stays in sight.
            self.visa_inaktiva.setChecked(True)
            self.valj(id_)
        self.andrad.emit()

    def _ny(self) -> None:
        self._visa_dialog(self._ny_dialog())

    def _andra(self) -> None:
        id_ = self.vald()
        if id_ is not None:
            self._visa_dialog(self._andra_dialog(id_))

    def _utfor(self, atgard: Callable[[], None]) -> bool:
        try:
            atgard()
        except OgiltigUppgift as fel:
            QMessageBox.warning(self, self.tr("Det gick inte"), fel.meddelande)
            self.uppdatera()
            return False
        return True

    def _vaxla_aktiv(self) -> None:
        index = self.tabell.currentIndex()
        if not index.isValid():
            return
        rad = self.modell.rad(index.row())
        if self._utfor(lambda: self._satt_aktiv(rad.id, not rad.aktiv)):
            self.uppdatera(valj=rad.id)
            if self.modell.rad_for_id(rad.id) is None:
                # Deactivated and hidden: the row below (or above) takes the cursor.
                rad_nr = min(index.row(), self.modell.rowCount() - 1)
                self.valj(self.modell.rad(rad_nr).id if rad_nr >= 0 else None)
            self.andrad.emit()

    def _ta_bort(self) -> None:
        index = self.tabell.currentIndex()
        if not index.isValid():
            return
        rad = self.modell.rad(index.row())
        svar = QMessageBox.question(
            self,
            self.tr("Ta bort"),
            self._fraga_ta_bort(self.modell.text(index.row(), 0)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if svar != QMessageBox.StandardButton.Yes:
            return
        if self._utfor(lambda: self._ta_bort_tjanst(rad.id)):
            self.modell.uppdatera()
            rad_nr = min(index.row(), self.modell.rowCount() - 1)
            self.valj(self.modell.rad(rad_nr).id if rad_nr >= 0 else None)
            self.andrad.emit()


class EnhetFlik(_Flik):
    def __init__(self, databas: Databas) -> None:
        super().__init__(
            databas,
            EnhetTabellModell(databas),
            self.tr(
                "Kommunens enheter. Typen ger förvalen för en ny enhet; sedan gäller enhetens "
                "egna uppgifter. En enhet som har avvikelser eller annan historik kan inte tas "
                "bort: inaktivera den i stället."
            ),
        )
        self.modell: EnhetTabellModell
        self.ny_knapp.setText(self.tr("&Ny enhet …"))
        self.tabell.setAccessibleName(self.tr("Enheter"))
        # The room to spare goes after the last column, so the columns read as a list.
        self.tabell.horizontalHeader().setStretchLastSection(True)
        self.tabell.sortByColumn(EnhetTabellModell.NAMN, Qt.SortOrder.AscendingOrder)
        self.typer_knapp = QPushButton(self.tr("&Veckogenomgångar per typ …"))
        self.typer_knapp.setAutoDefault(False)
        self.typer_knapp.clicked.connect(self._veckogenomgangstyper)
        self.knapprad.addWidget(self.typer_knapp)
        if databas.ar_server:  # logins exist only in a shared server database
            self.anvandare_knapp = QPushButton(self.tr("Använda&re i servern …"))
            self.anvandare_knapp.setAutoDefault(False)
            self.anvandare_knapp.clicked.connect(self._serveranvandare)
            self.knapprad.addWidget(self.anvandare_knapp)
        self._borja()

    def _serveranvandare(self) -> None:
        from skrivbord.ui.organisation.serveranvandare import ServeranvandareDialog

        try:
            dialog = ServeranvandareDialog(self._databas, self)
        except SkrivbordFel as exc:  # e.g. a login that may not list the users
            QMessageBox.warning(self, "Skrivbord", exc.meddelande)
            return
        dialog.exec()

    def _veckogenomgangstyper(self) -> None:
        if VeckogenomgangstyperDialog(self._databas, self).exec():
            self.uppdatera(self.vald())
            self.andrad.emit()

    def _ny_dialog(self) -> EnhetDialog | PersonDialog:
        return EnhetDialog(self._databas, parent=self)

    def _andra_dialog(self, id_: int) -> EnhetDialog | PersonDialog:
        return EnhetDialog(self._databas, id_, parent=self)

    def _satt_aktiv(self, id_: int, aktiv: bool) -> None:
        enheter.satt_aktiv(self._databas, id_, aktiv)

    def _ta_bort_tjanst(self, id_: int) -> None:
        enheter.ta_bort(self._databas, id_)

    def _fraga_ta_bort(self, namn: str) -> str:
        return self.tr("Ta bort enheten {namn}? Det går inte att ångra.").format(namn=namn)

    def _antal_text(self) -> str:
        return self.tr("{n} enheter").format(n=self.modell.rowCount())


class PersonalFlik(_Flik):
    def __init__(self, databas: Databas) -> None:
        super().__init__(
            databas,
            PersonalTabellModell(databas),
            self.tr(
                "Personal som kan vara ansvarig för åtgärder, enhetschef, ge eller få "
                "delegeringar. Importera många på en gång från en CSV- eller Excelfil. "
                "Den som har historik kan inte tas bort: inaktivera personen i stället."
            ),
        )
        self.modell: PersonalTabellModell
        self.ny_knapp.setText(self.tr("&Ny person …"))
        self.tabell.setAccessibleName(self.tr("Personal"))
        self.sok = QLineEdit(clearButtonEnabled=True)
        self.sok.setPlaceholderText(self.tr("Namn, roll eller enhet"))
        self.sok.setMinimumWidth(280)
        self.sok.textChanged.connect(self._sok)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.sok.setFocus)
        sok_etikett = QLabel(self.tr("&Sök:"))
        sok_etikett.setBuddy(self.sok)
        self.filterrad.insertWidget(0, sok_etikett)
        self.filterrad.insertWidget(1, self.sok)
        self.filterrad.insertSpacing(2, 16)
        self.importera_knapp = QPushButton(self.tr("I&mportera från fil …"))
        self.importera_knapp.setAutoDefault(False)
        self.importera_knapp.clicked.connect(self._importera)
        self.knapprad.addWidget(self.importera_knapp)
        self.tabell.horizontalHeader().setSectionResizeMode(
            PersonalTabellModell.ENHETER, QHeaderView.ResizeMode.Stretch
        )
        self.tabell.sortByColumn(PersonalTabellModell.NAMN, Qt.SortOrder.AscendingOrder)
        self._borja()

    def _sok(self, text: str) -> None:
        behall = self.vald()
        self.modell.satt_sokning(text)
        self.valj(behall)
        if self.vald() is None and self.modell.rowCount():
            self.valj(self.modell.rad(0).id)

    def _ny_dialog(self) -> EnhetDialog | PersonDialog:
        return PersonDialog(self._databas, parent=self)

    def _andra_dialog(self, id_: int) -> EnhetDialog | PersonDialog:
        return PersonDialog(self._databas, id_, parent=self)

    def _satt_aktiv(self, id_: int, aktiv: bool) -> None:
        personal.satt_aktiv(self._databas, id_, aktiv)

    def _ta_bort_tjanst(self, id_: int) -> None:
        personal.ta_bort(self._databas, id_)

    def _fraga_ta_bort(self, namn: str) -> str:
        return self.tr("Ta bort {namn} ur personalen? Det går inte att ångra.").format(namn=namn)

    def _antal_text(self) -> str:
        visas, totalt = self.modell.rowCount(), self.modell.antal_totalt
        if self.modell.sokning:
            return self.tr("{n} av {totalt} personer").format(n=visas, totalt=totalt)
        return self.tr("{n} personer").format(n=visas)

    def _importera(self) -> None:
        dialog = PersonalImportDialog(self._databas, self)
        dialog.importerat.connect(self._importerat)
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_stangd)
        dialog.open()

    def _importerat(self) -> None:
        self.uppdatera()
        self.andrad.emit()


class RegisterDialog(QDialog):
    """The register of units and staff. ``andrat`` tells the caller whether anything
    was changed (its pages then read their lists again)."""

    def __init__(
        self, databas: Databas, parent: QWidget | None = None, flik: int = ENHETER
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enheter och personal"))
        self.andrat = False
        self.enheter = EnhetFlik(databas)
        self.personal = PersonalFlik(databas)
        self.flikar = QTabWidget()
        self.flikar.addTab(self.enheter, self.tr("&Enheter"))
        self.flikar.addTab(self.personal, self.tr("&Personal"))
        self.flikar.setCurrentIndex(flik)
        for sida in (self.enheter, self.personal):
            sida.andrad.connect(self._andrat)
        # A change of units shows in the staff's unit column, and the other way round.
        self.enheter.andrad.connect(self.personal.uppdatera)
        self.personal.andrad.connect(self.enheter.uppdatera)
        knappar = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        stang = knappar.button(QDialogButtonBox.StandardButton.Close)
        stang.setText(self.tr("Stäng"))
        stang.setAutoDefault(False)
        knappar.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.flikar, 1)
        layout.addWidget(knappar)
        self._storlek()
        self.flikar.currentWidget().tabell.setFocus()

    def _andrat(self) -> None:
        self.andrat = True

    def _storlek(self) -> None:
        """Roomy, but within the screen (a 1280×720 laptop included)."""
        skarm = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1160, skarm.width() - 40), min(700, skarm.height() - 40))
