"""One avvikelse with its follow-up: state, MAS decisions, analysis, åtgärder,
uppföljningar, lex Maria and the history of who did what when.

Every change goes through tjanster.avvikelseflode; a refused step shows the
service's Swedish sentence and the panel reloads from the database. Each step hands
back the version the panel shows: if someone else saved the avvikelse (or the
åtgärd) meanwhile, nothing is saved, her text stays, and the box at the top fetches
the saved version with her text beside it (ui/gemensamt/samtidig.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skrivbord.fel import OgiltigUppgift, SamtidigAndring
from skrivbord.tid import lokal_tid
from skrivbord.tjanster import personal
from skrivbord.tjanster.avvikelser import flode as avvikelseflode
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.tjanster.avvikelser import risk
from skrivbord.tjanster.databasfil import Databas
from skrivbord.typer import (
    Atgardsstatus,
    Avvikelsestatus,
    Konsekvens,
    Orsaksomrade,
)
from skrivbord.ui.avvikelser.atgardsdialoger import (
    AteroppnaDialog,
    IngaAtgarderDialog,
    NyAtgardDialog,
    UppfoljningDialog,
)
from skrivbord.ui.avvikelser.formular import AvvikelseFormular
from skrivbord.ui.avvikelser.lex_maria import LexMariaRuta
from skrivbord.ui.gemensamt.samtidig import SamtidigRuta


def _datum(d: date | None) -> str:
    return d.isoformat() if d else "–"


class AvvikelseDetaljPanel(QWidget):
    """Shows the avvikelse given to ``visa``; emits ``andrad`` after every saved change."""

    andrad = Signal(int)

    def __init__(
        self, databas: Databas, parent: QWidget | None = None, idag: date | None = None
    ) -> None:
        super().__init__(parent)
        self._databas = databas
        self._idag = idag or date.today()
        self._id: int | None = None
        self.detalj: avvikelser.AvvikelseDetalj | None = None
        self._bygg()
        self._visa_tom()

    # --- layout -------------------------------------------------------------------------------

    def _bygg(self) -> None:
        innehall = QWidget()
        self._layout = QVBoxLayout(innehall)
        self._bygg_rubrik()
        self._bygg_arbetsflode()
        for ruta in (
            self._bygg_mas_beslut(),
            self._bygg_handelsen(),
            self._bygg_analys(),
            self._bygg_atgarder(),
            self._bygg_uppfoljning(),
            self._bygg_lex_maria(),
            self._bygg_historik(),
        ):
            self._layout.addWidget(ruta)
        self._layout.addStretch()
        self._bygg_rullning(innehall)

    def _bygg_rubrik(self) -> None:
        self.rubrik = QLabel()
        self.rubrik.setObjectName("detaljrubrik")
        self.rubrik.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.rubrik.setWordWrap(True)
        self.underrubrik = QLabel(wordWrap=True)
        self.underrubrik.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(self.rubrik)
        self._layout.addWidget(self.underrubrik)

    def _bygg_arbetsflode(self) -> None:
        """Next step, reopen, edit; and the line saying why the next step is refused."""
        knapprad = QHBoxLayout()
        self.nasta_knapp = QPushButton()
        self.nasta_knapp.clicked.connect(self._flytta_fram)
        self.ateroppna_knapp = QPushButton(self.tr("Öppna igen …"))
        self.ateroppna_knapp.clicked.connect(self._ateroppna)
        self.andra_knapp = QPushButton(self.tr("Än&dra uppgifter …"))
        self.andra_knapp.clicked.connect(self._andra)
        for knapp in (self.nasta_knapp, self.ateroppna_knapp, self.andra_knapp):
            knapprad.addWidget(knapp)
        knapprad.addStretch()
        self._layout.addLayout(knapprad)
        self.hinder = QLabel(wordWrap=True)
        self.hinder.setStyleSheet("color: #6b5a00;")
        self._layout.addWidget(self.hinder)
        self.samtidig = SamtidigRuta(self.tr("Avvikelsen ändrades medan du skrev"))
        self.samtidig.hamta_sparad.connect(self._hamta_sparad)
        self._layout.addWidget(self.samtidig)

    def _bygg_mas_beslut(self) -> QGroupBox:
        self.masruta = QGroupBox(self.tr("MAS beslut"))
        mas = QVBoxLayout(self.masruta)
        self.mastext = QLabel(wordWrap=True)
        mas.addWidget(self.mastext)
        masknappar = QHBoxLayout()
        self.analys_ja = QPushButton(self.tr("Händelseanalys görs"))
        self.analys_nej = QPushButton(self.tr("Ingen händelseanalys"))
        self.analys_ja.clicked.connect(lambda: self._handelseanalys(True))
        self.analys_nej.clicked.connect(lambda: self._handelseanalys(False))
        masknappar.addWidget(self.analys_ja)
        masknappar.addWidget(self.analys_nej)
        masknappar.addStretch()
        mas.addLayout(masknappar)
        return self.masruta

    def _bygg_handelsen(self) -> QGroupBox:
        self.beskrivning = QLabel(wordWrap=True)
        self.beskrivning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        beskrivningsruta = QGroupBox(self.tr("Händelsen"))
        QVBoxLayout(beskrivningsruta).addWidget(self.beskrivning)
        return beskrivningsruta

    def _bygg_analys(self) -> QGroupBox:
        analysruta = QGroupBox(self.tr("Analys"))
        analys = QVBoxLayout(analysruta)
        rutnat = QGridLayout()
        self.orsaksrutor: dict[Orsaksomrade, QCheckBox] = {}
        for i, orsak in enumerate(Orsaksomrade):
            ruta = QCheckBox(orsak.etikett)
            self.orsaksrutor[orsak] = ruta
            rutnat.addWidget(ruta, i // 2, i % 2)  # two columns fit a narrow panel
        analys.addLayout(rutnat)
        self.analystext = QPlainTextEdit(tabChangesFocus=True)
        self.analystext.setAccessibleName(self.tr("Analys"))
        self.analystext.setPlaceholderText(self.tr("Kort analys: varför hände det?"))
        self.analystext.setFixedHeight(64)
        analys.addWidget(self.analystext)
        spara_analys = QPushButton(self.tr("Spara ana&lysen"))
        spara_analys.clicked.connect(self._spara_analys)
        analys.addWidget(spara_analys, alignment=Qt.AlignmentFlag.AlignLeft)
        return analysruta

    def _bygg_atgarder(self) -> QGroupBox:
        atgardsruta = QGroupBox(self.tr("Åtgärder"))
        atgard = QVBoxLayout(atgardsruta)
        self.atgarder = QTableWidget(0, 4)
        self.atgarder.setHorizontalHeaderLabels(
            [self.tr("Åtgärd"), self.tr("Ansvarig"), self.tr("Klar senast"), self.tr("Status")]
        )
        huvud = self.atgarder.horizontalHeader()
        huvud.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for kolumn in (1, 2, 3):
            huvud.setSectionResizeMode(kolumn, QHeaderView.ResizeMode.ResizeToContents)
        self.atgarder.setWordWrap(False)
        self.atgarder.setAccessibleName(self.tr("Åtgärder"))
        self.atgarder.setTabKeyNavigation(False)  # Tab moves on to the buttons
        self.atgarder.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.atgarder.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.atgarder.verticalHeader().hide()
        self.atgarder.setMaximumHeight(150)
        atgard.addWidget(self.atgarder)
        # Why no åtgärd is needed, once the MAS has said so (the alternative to an åtgärd).
        self.inga_atgarder = QLabel(wordWrap=True)
        self.inga_atgarder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        atgard.addWidget(self.inga_atgarder)
        atgardsknappar = QHBoxLayout()
        ny_atgard = QPushButton(self.tr("Ny åt&gärd …"))
        ny_atgard.clicked.connect(self._ny_atgard)
        self.klar_knapp = QPushButton(self.tr("&Markera vald som klar"))
        self.klar_knapp.clicked.connect(lambda: self._atgardsstatus(Atgardsstatus.KLAR))
        self.stryk_knapp = QPushButton(self.tr("Str&yk vald"))
        self.stryk_knapp.clicked.connect(lambda: self._atgardsstatus(Atgardsstatus.STRUKEN))
        for knapp in (ny_atgard, self.klar_knapp, self.stryk_knapp):
            atgardsknappar.addWidget(knapp)
        atgardsknappar.addStretch()
        atgard.addLayout(atgardsknappar)
        self.inga_atgarder_knapp = QPushButton(self.tr("&Inga åtgärder behövs …"))
        self.inga_atgarder_knapp.clicked.connect(self._inga_atgarder)
        atgard.addWidget(self.inga_atgarder_knapp, alignment=Qt.AlignmentFlag.AlignLeft)
        return atgardsruta

    def _bygg_uppfoljning(self) -> QGroupBox:
        uppfoljningsruta = QGroupBox(self.tr("Uppföljning"))
        uppfoljning = QVBoxLayout(uppfoljningsruta)
        self.uppfoljningar = QLabel(wordWrap=True)
        uppfoljning.addWidget(self.uppfoljningar)
        ny_uppfoljning = QPushButton(self.tr("Ny uppf&öljning …"))
        ny_uppfoljning.clicked.connect(self._ny_uppfoljning)
        uppfoljning.addWidget(ny_uppfoljning, alignment=Qt.AlignmentFlag.AlignLeft)
        return uppfoljningsruta

    def _bygg_lex_maria(self) -> QGroupBox:
        self.lex_maria = LexMariaRuta()
        self.lex_maria.spara.clicked.connect(self._spara_lex_maria)
        return self.lex_maria

    def _bygg_historik(self) -> QGroupBox:
        historikruta = QGroupBox(self.tr("Historik"))
        self.historik = QLabel(wordWrap=True)
        self.historik.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(historikruta).addWidget(self.historik)
        return historikruta

    def _bygg_rullning(self, innehall: QWidget) -> None:
        """The sections scroll; the empty text stands in for them while none is chosen."""
        rulla = QScrollArea(widgetResizable=True)
        rulla.setFrameShape(QScrollArea.Shape.NoFrame)
        # The sections wrap to the panel's width; only the height scrolls.
        rulla.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rulla.setWidget(innehall)
        self._innehall = innehall
        yttre = QVBoxLayout(self)
        yttre.setContentsMargins(0, 0, 0, 0)
        self.tomtext = QLabel(self.tr("Välj en avvikelse i listan för att se och följa upp den."))
        self.tomtext.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tomtext.setStyleSheet("color: #666;")
        yttre.addWidget(self.tomtext)
        yttre.addWidget(rulla)
        self._rulla = rulla

    # --- showing --------------------------------------------------------------------------------

    def _visa_tom(self) -> None:
        self._rulla.hide()
        self.tomtext.show()

    def visa(self, avvikelse_id: int | None) -> None:
        self.samtidig.stang()
        self._ladda(avvikelse_id)

    def _ladda(self, avvikelse_id: int | None) -> None:
        self._id = avvikelse_id
        if avvikelse_id is None:
            self.detalj = None
            self._visa_tom()
            return
        self.detalj = d = avvikelser.hamta(self._databas, avvikelse_id)
        self.tomtext.hide()
        self._rulla.show()
        self._visa_rubrik(d)
        self._visa_arbetsflode(d)
        self._visa_mas_beslut(d)
        self._visa_handelsen(d)
        self._visa_analys(d)
        self._visa_atgarder(d)
        self._visa_uppfoljning(d)
        self._visa_lex_maria(d)
        self._visa_historik(d)

    def _visa_rubrik(self, d: avvikelser.AvvikelseDetalj) -> None:
        u = d.uppgifter
        self.rubrik.setText(
            self.tr("Avvikelse {id} · {kategori} · {enhet}").format(
                id=d.id, kategori=d.kategori_namn, enhet=d.enhet_namn
            )
        )
        riskdel = ""
        if d.riskpoang is not None:
            niva = risk.niva(d.riskpoang)
            # Two scales side by side: name both (what happened vs. the risk assessed).
            risktext = self.tr("riskbedömning {poang} ({niva})").format(
                poang=d.riskpoang, niva=niva.namn.lower()
            )
            riskdel = f" · <span style='color:{niva.farg}; font-weight:600'>{risktext}</span>"
        tid = (
            f"{u.handelse_tid:%Y-%m-%d} {self.tr('tid okänd')}"
            if u.tid_okand
            else f"{u.handelse_tid:%Y-%m-%d %H:%M}"
        )
        self.underrubrik.setText(
            f"<b>{d.status.etikett}</b> · {tid} · "
            + self.tr("faktisk konsekvens: {konsekvens}").format(
                konsekvens=Konsekvens(u.konsekvens).etikett.lower()
            )
            + riskdel
            + (f" · {self.tr('mellan vårdgivare')}" if u.mellan_vardgivare else "")
        )

    def _visa_arbetsflode(self, d: avvikelser.AvvikelseDetalj) -> None:
        nasta = avvikelseflode.nasta_status(d.status)
        self.nasta_knapp.setVisible(nasta is not None)
        if nasta is not None:
            self.nasta_knapp.setText(self.tr("Nästa s&teg: {steg}").format(steg=nasta.etikett))
        self.ateroppna_knapp.setVisible(d.status == Avvikelsestatus.AVSLUTAD)
        self.hinder.hide()

    def _visa_mas_beslut(self, d: avvikelser.AvvikelseDetalj) -> None:
        self.masruta.setVisible(d.kraver_mas_beslut)
        if d.handelseanalys is None:
            self.mastext.setText(
                self.tr(
                    "Risken är hög eller konsekvensen betydande. MAS beslutar om en "
                    "händelseanalys och bedömer lex Maria nedan."
                )
            )
        else:
            beslut = self.tr("görs") if d.handelseanalys else self.tr("görs inte")
            self.mastext.setText(f"{self.tr('Beslut: händelseanalys')} {beslut}.")

    def _visa_handelsen(self, d: avvikelser.AvvikelseDetalj) -> None:
        u = d.uppgifter
        # Free text is the user's: escape it, it is shown as rich text.
        delar = [_escape(u.beskrivning)]
        if u.omedelbar_atgard:
            delar.append(f"<i>{self.tr('Omedelbar åtgärd')}:</i> {_escape(u.omedelbar_atgard)}")
        if u.annat_orsak:
            delar.append(f"<i>{self.tr('Gäller')}:</i> {_escape(u.annat_orsak)}")
        if d.kategori_kod == avvikelser.ANNAT_KOD:
            skal = _escape(d.annat_skal_namn) if d.annat_skal_namn else self.tr("ej klassad ännu")
            delar.append(f"<i>{self.tr('Skäl')}:</i> {skal}")
        self.beskrivning.setText("<br>".join(delar))

    def _visa_analys(self, d: avvikelser.AvvikelseDetalj) -> None:
        for orsak, ruta in self.orsaksrutor.items():
            ruta.setChecked(orsak in d.orsaker)
        self.analystext.setPlainText(d.analys_text)

    def _visa_atgarder(self, d: avvikelser.AvvikelseDetalj) -> None:
        self.atgarder.setRowCount(len(d.atgarder))
        for rad, atgard in enumerate(d.atgarder):
            status = atgard.status.etikett
            if atgard.forsenad(self._idag):
                status += " – " + self.tr("försenad")
            for kolumn, text in enumerate(
                [atgard.beskrivning, atgard.ansvarig_namn, _datum(atgard.deadline), status]
            ):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, atgard.id)
                if atgard.forsenad(self._idag):
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.atgarder.setItem(rad, kolumn, cell)
        motivering = d.inga_atgarder_motivering
        self.inga_atgarder.setVisible(bool(motivering))
        self.inga_atgarder.setText(
            f"<i>{self.tr('Inga åtgärder behövs')}:</i> {_escape(motivering)}"
        )
        self.inga_atgarder_knapp.setText(
            self.tr("Ändra varför &inga åtgärder behövs …")
            if motivering
            else self.tr("&Inga åtgärder behövs …")
        )

    def _visa_uppfoljning(self, d: avvikelser.AvvikelseDetalj) -> None:
        if not d.uppfoljningar:
            self.uppfoljningar.setText(self.tr("Ingen uppföljning ännu."))
            return
        effekt = {
            True: self.tr("effekt uppnådd"),
            False: self.tr("effekt ej uppnådd"),
            None: self.tr("effekt kan inte bedömas"),
        }
        self.uppfoljningar.setText(
            "<br>".join(
                f"{u.datum.isoformat()}: {effekt[u.effekt_uppnadd]}"
                + (f" – {_escape(u.nasta_steg)}" if u.nasta_steg else "")
                for u in d.uppfoljningar
            )
        )

    def _visa_lex_maria(self, d: avvikelser.AvvikelseDetalj) -> None:
        self.lex_maria.visa(d.lex_maria, self._idag)

    def _visa_historik(self, d: avvikelser.AvvikelseDetalj) -> None:
        self.historik.setText(
            "<br>".join(
                f"{lokal_tid(h.tid):%Y-%m-%d %H:%M} · {h.till.etikett} · {_escape(h.anvandare)}"
                + (f" · {_escape(h.orsak)}" if h.orsak else "")
                for h in d.historik
            )
        )

    # --- actions ----------------------------------------------------------------------------------

    def _version(self) -> int | None:
        """The avvikelse's version as the panel shows it, handed back by every step."""
        return self.detalj.version if self.detalj is not None else None

    def _utfor(self, atgard: Callable[[], object]) -> bool:
        """Run one service call; show a refusal, reload, tell listeners."""
        try:
            atgard()
        except OgiltigUppgift as fel:
            QMessageBox.warning(self, self.tr("Det gick inte"), fel.meddelande)
            return False
        except SamtidigAndring as fel:
            self._samtidig_andring(fel)
            return False
        assert self._id is not None
        self.visa(self._id)
        self.andrad.emit(self._id)
        return True

    def _flytta_fram(self) -> None:
        try:
            avvikelseflode.flytta_fram(self._databas, self._id, version=self._version())
        except OgiltigUppgift as fel:
            self.hinder.setText(fel.meddelande)
            self.hinder.show()
            return
        except SamtidigAndring as fel:
            self._samtidig_andring(fel)
            return
        self.visa(self._id)
        self.andrad.emit(self._id)

    def _ateroppna(self) -> None:
        AteroppnaDialog(
            lambda orsak: avvikelseflode.ateroppna(
                self._databas, self._id, orsak, version=self._version()
            ),
            self,
            self._hamta_for_dialog,
        ).exec()
        self.visa(self._id)
        self.andrad.emit(self._id)

    def _andra(self) -> None:
        formular = AvvikelseFormular(self._databas, self._id, self, idag=self._idag)
        if formular.exec():
            self.visa(self._id)
            self.andrad.emit(self._id)

    def _handelseanalys(self, gors: bool) -> None:
        self._utfor(
            lambda: avvikelseflode.besluta_handelseanalys(
                self._databas, self._id, gors, version=self._version()
            )
        )

    def _spara_analys(self) -> None:
        orsaker = {o for o, ruta in self.orsaksrutor.items() if ruta.isChecked()}
        text = self.analystext.toPlainText()
        self._utfor(
            lambda: avvikelseflode.spara_analys(
                self._databas, self._id, orsaker, text, version=self._version()
            )
        )

    def _ny_atgard(self) -> None:
        dialog = NyAtgardDialog(
            personal.lista(self._databas),
            lambda text, ansvarig, deadline: avvikelseflode.lagg_till_atgard(
                self._databas, self._id, text, ansvarig, deadline
            ),
            self,
        )
        if dialog.exec():
            self.visa(self._id)
            self.andrad.emit(self._id)

    def _inga_atgarder(self) -> None:
        motivering = self.detalj.inga_atgarder_motivering if self.detalj else ""
        dialog = IngaAtgarderDialog(
            lambda text: avvikelseflode.besluta_inga_atgarder(
                self._databas, self._id, text, version=self._version()
            ),
            self,
            motivering,
            self._hamta_for_dialog,
        )
        if dialog.exec():
            self.visa(self._id)
            self.andrad.emit(self._id)

    def vald_atgard(self) -> int | None:
        rad = self.atgarder.currentRow()
        if rad < 0:
            return None
        return self.atgarder.item(rad, 0).data(Qt.ItemDataRole.UserRole)

    def _atgardsstatus(self, status: Atgardsstatus) -> None:
        atgard_id = self.vald_atgard()
        if atgard_id is None:
            QMessageBox.information(
                self, self.tr("Välj en åtgärd"), self.tr("Markera en åtgärd i tabellen först.")
            )
            return
        rad = (
            next((a for a in self.detalj.atgarder if a.id == atgard_id), None)
            if self.detalj
            else None
        )
        self._utfor(
            lambda: avvikelseflode.satt_atgardsstatus(
                self._databas,
                atgard_id,
                status,
                self._idag,
                version=rad.version if rad is not None else None,
            )
        )

    def _ny_uppfoljning(self) -> None:
        dialog = UppfoljningDialog(
            lambda datum, effekt, steg: avvikelseflode.lagg_till_uppfoljning(
                self._databas, self._id, datum, effekt, steg, idag=self._idag
            ),
            self,
        )
        if dialog.exec():
            self.visa(self._id)
            self.andrad.emit(self._id)

    def _spara_lex_maria(self) -> None:
        bedomning, datum, motivering, ivo, anmalan = self.lex_maria.uppgifter()
        self._utfor(
            lambda: avvikelseflode.satt_lex_maria(
                self._databas,
                self._id,
                bedomning,
                datum,
                motivering,
                ivo,
                anmalan,
                idag=self._idag,
                version=self._version(),
            )
        )

    # --- someone else saved first ---------------------------------------------------------------

    def _texter(self, d: avvikelser.AvvikelseDetalj | None = None) -> dict[str, tuple[str, str]]:
        """The panel's free text by field: as typed (``d`` None) or as saved in ``d``."""
        if d is None:
            analys = self.analystext.toPlainText()
            motivering = self.lex_maria.motivering.text()
            ivo = self.lex_maria.ivo.text()
        else:
            analys, motivering = d.analys_text, d.lex_maria.motivering
            ivo = d.lex_maria.ivo_referens or ""
        return {
            "analys_text": (self.tr("Analys"), analys),
            "lex_maria_motivering": (self.tr("Lex Maria: motivering"), motivering),
            "ivo_referens": (self.tr("Lex Maria: IVO-referens"), ivo),
        }

    def _samtidig_andring(self, fel: SamtidigAndring) -> None:
        """Nothing was saved and nothing is reloaded: her text stays in the panel."""
        self.samtidig.visa(fel, self._texter(), self._anvand_din_text)
        self._rulla.ensureWidgetVisible(self.samtidig)

    def _hamta_sparad(self) -> None:
        """Show the saved avvikelse; her text stays in the box above it."""
        assert self._id is not None
        self._ladda(self._id)
        assert self.detalj is not None
        sparad = {f: text for f, (_, text) in self._texter(self.detalj).items()}
        self.samtidig.sparad_hamtad(sparad)

    def _hamta_for_dialog(self) -> Mapping[str, str]:
        """A dialog's "Hämta den sparade versionen": the panel shows the saved avvikelse,
        the dialog gets its saved texts."""
        assert self._id is not None
        self.visa(self._id)
        assert self.detalj is not None
        return {"motivering": self.detalj.inga_atgarder_motivering}

    def _anvand_din_text(self, falt: str, text: str) -> None:
        if falt == "analys_text":
            self.analystext.setPlainText(text)
        elif falt == "lex_maria_motivering":
            self.lex_maria.motivering.setText(text)
        else:
            self.lex_maria.ivo.setText(text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
