"""Arkiv → Anslut till server …: the kommun's shared database on a PostgreSQL server.

Server, port, database, user and the kommun's CA file; TLS is verified in full unless
the user opens "Avancerat" and chooses otherwise (with a warning). The password is
asked for only when the keyring has none for the login or the server refused it, and
a password that works goes to the keyring, never to the settings. The connection runs
off the UI thread (ui/bakgrund.py); a failure is shown in the dialog, which stays open
with what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from skrivbord import fel
from skrivbord.tjanster import serveranslutning
from skrivbord.tjanster.databasfil import OppenDatabas
from skrivbord.tjanster.serveranslutning import ServerAdress
from skrivbord.ui import bakgrund
from skrivbord.ui.gemensamt.formular import fellabel, ok_avbryt
from skrivbord.ui.gemensamt.sida import DAMPAD, ROD

# libpq's modes, the verified one first; the texts say what each one risks.
TLS_LAGEN = (
    ("verify-full", QT_TRANSLATE_NOOP("AnslutDialog", "verify-full: krypterat, certifikat och servernamn kontrolleras (rekommenderas)")),
    ("verify-ca", QT_TRANSLATE_NOOP("AnslutDialog", "verify-ca: krypterat, certifikatet kontrolleras men inte servernamnet")),
    ("require", QT_TRANSLATE_NOOP("AnslutDialog", "require: krypterat, men servern kontrolleras inte")),
    ("disable", QT_TRANSLATE_NOOP("AnslutDialog", "disable: okrypterat (bara för en server på samma dator)")),
)  # fmt: skip
CERTIFIKATFILTER = QT_TRANSLATE_NOOP(
    "AnslutDialog", "Certifikat (*.crt *.pem *.cer);;Alla filer (*)"
)


class AnslutDialog(QDialog):
    """After ``exec()``, ``oppen`` holds the open server database, or None (Avbryt).
    ``orsak``: why an earlier attempt failed (the dialog opens saying so)."""

    def __init__(
        self,
        adress: ServerAdress | None = None,
        orsak: fel.SkrivbordFel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.oppen: OppenDatabas | None = None
        self.setWindowTitle(self.tr("Anslut till server"))
        self.setMinimumWidth(560)

        ingress = QLabel(
            self.tr(
                "Anslut till kommunens gemensamma Skrivbord-databas på en PostgreSQL-server. "
                "Uppgifterna får du av kommunens IT eller MAS."
            ),
            wordWrap=True,
        )
        ingress.setStyleSheet(f"color: {DAMPAD};")
        self.vard = QLineEdit(placeholderText="db.kommun.se")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(serveranslutning.STANDARDPORT)
        self.port.setAccessibleName(self.tr("Port"))
        self.databas = QLineEdit(placeholderText="skrivbord")
        self.anvandare = QLineEdit()
        self.ca = QLineEdit(placeholderText=self.tr("kommunens CA-certifikat (.crt eller .pem)"))
        self.valj_ca = QPushButton(self.tr("Välj …"))
        self.valj_ca.clicked.connect(self._valj_ca)
        self.losenord = QLineEdit()
        self.losenord.setEchoMode(QLineEdit.EchoMode.Password)
        self.losenord_etikett = QLabel(self.tr("&Lösenord:"))
        self.losenord_etikett.setBuddy(self.losenord)
        for falt, namn in (
            (self.vard, self.tr("Server")),
            (self.databas, self.tr("Databas")),
            (self.anvandare, self.tr("Användare")),
            (self.ca, self.tr("CA-fil")),
            (self.losenord, self.tr("Lösenord")),
        ):
            falt.setAccessibleName(namn)
            if falt is not self.losenord:
                falt.textEdited.connect(self._andrat)

        vardrad = QHBoxLayout()
        vardrad.addWidget(self.vard, 1)
        vardrad.addWidget(QLabel(self.tr("Port:")))
        vardrad.addWidget(self.port)
        carad = QHBoxLayout()
        carad.addWidget(self.ca, 1)
        carad.addWidget(self.valj_ca)
        formular = QFormLayout()
        formular.addRow(self.tr("&Server:"), vardrad)
        formular.addRow(self.tr("&Databas:"), self.databas)
        formular.addRow(self.tr("&Användare:"), self.anvandare)
        formular.addRow(self.tr("&CA-fil:"), carad)
        formular.addRow(self.losenord_etikett, self.losenord)
        for etikett, falt in ((0, self.vard), (1, self.databas), (2, self.anvandare), (3, self.ca)):
            widget = formular.itemAt(etikett, QFormLayout.ItemRole.LabelRole).widget()
            if isinstance(widget, QLabel):
                widget.setBuddy(falt)
        self._formular = formular

        self.avancerat = QToolButton()
        self.avancerat.setText(self.tr("Avancerat"))
        self.avancerat.setCheckable(True)
        self.avancerat.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.avancerat.setArrowType(Qt.ArrowType.RightArrow)
        self.avancerat.setAutoRaise(True)
        self.avancerat.toggled.connect(self._visa_avancerat)
        self.tls = QComboBox()
        self.tls.setAccessibleName(self.tr("TLS-läge"))
        for lage, text in TLS_LAGEN:
            self.tls.addItem(self.tr(text), lage)
        self.tls.currentIndexChanged.connect(self._tls_andrat)
        self.varning = QLabel(
            self.tr(
                "Utan full kontroll av certifikatet kan någon annan dator i nätverket utge "
                "sig för att vara servern och läsa lösenordet och uppgifterna. Använd bara "
                "det här om kommunens IT ber om det."
            ),
            wordWrap=True,
        )
        self.varning.setStyleSheet(f"color: {ROD};")
        self.avancerad_ruta = QWidget()
        avancerad = QFormLayout(self.avancerad_ruta)
        avancerad.setContentsMargins(18, 0, 0, 0)
        avancerad.addRow(self.tr("&TLS-läge:"), self.tls)
        avancerad.addRow(self.varning)
        self.avancerad_ruta.hide()
        self.varning.hide()

        self.meddelande = QLabel(wordWrap=True)
        self.meddelande.hide()
        self.fel = fellabel()
        self.knappar = ok_avbryt(self, self.tr("Anslut"))

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(ingress)
        layout.addLayout(formular)
        layout.addWidget(self.avancerat, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.avancerad_ruta)
        layout.addWidget(self.meddelande)
        layout.addWidget(self.fel)
        layout.addStretch()
        layout.addWidget(self.knappar)

        self._visa_losenord(False)
        if adress is not None:
            self.fyll_i(adress)
        if orsak is not None and serveranslutning.behover_losenord(orsak):
            self._be_om_losenord(orsak)
        elif orsak is not None:
            self.visa_fel(orsak.meddelande)
        (self.vard if not self.vard.text() else self.anvandare).setFocus()

    # --- fields ---------------------------------------------------------------------------------

    def fyll_i(self, adress: ServerAdress) -> None:
        self.vard.setText(adress.vard)
        self.port.setValue(adress.port)
        self.databas.setText(adress.databas)
        self.anvandare.setText(adress.anvandare)
        self.ca.setText(adress.sslrootcert)
        self.tls.setCurrentIndex(max(0, self.tls.findData(adress.sslmode)))
        if adress.sslmode != serveranslutning.STANDARD_SSLLAGE:
            self.avancerat.setChecked(True)

    def adress(self) -> ServerAdress:
        """The address in the fields; OgiltigUppgift when one is missing or wrong."""
        return serveranslutning.adress(
            self.vard.text(),
            self.port.value(),
            self.databas.text(),
            self.anvandare.text(),
            str(self.tls.currentData()),
            self.ca.text(),
        )

    def _valj_ca(self) -> None:
        fil, _ = QFileDialog.getOpenFileName(
            self, self.tr("Kommunens CA-certifikat"), self.ca.text(), self.tr(CERTIFIKATFILTER)
        )
        if fil:
            self.ca.setText(fil)
            self._andrat()

    def _visa_avancerat(self, synlig: bool) -> None:
        self.avancerat.setArrowType(Qt.ArrowType.DownArrow if synlig else Qt.ArrowType.RightArrow)
        self.avancerad_ruta.setVisible(synlig)
        self.adjustSize()

    def _tls_andrat(self) -> None:
        self.varning.setVisible(self.tls.currentData() != serveranslutning.STANDARD_SSLLAGE)
        self._andrat()
        self.adjustSize()

    def _visa_losenord(self, synlig: bool) -> None:
        self.losenord_etikett.setVisible(synlig)
        self.losenord.setVisible(synlig)

    def _andrat(self) -> None:
        self.fel.hide()

    def visa_fel(self, text: str) -> None:
        self.meddelande.hide()
        self.fel.setText(text)
        self.fel.show()
        self.adjustSize()

    def _be_om_losenord(self, exc: fel.SkrivbordFel) -> None:
        """The password field: a plain request when the keyring had none, the refusal
        in red when the server said no."""
        self._visa_losenord(True)
        if isinstance(exc, fel.FelLosenord):
            self.visa_fel(exc.meddelande)
        else:
            self.fel.hide()
            self.meddelande.setText(exc.meddelande)
            self.meddelande.show()
            self.adjustSize()
        self.losenord.setFocus()
        self.losenord.selectAll()

    # --- connecting -----------------------------------------------------------------------------

    def accept(self) -> None:
        try:
            adress = self.adress()
        except fel.OgiltigUppgift as exc:
            self.visa_fel(exc.meddelande)
            return
        losenord = "" if self.losenord.isHidden() else self.losenord.text()
        if not losenord and not serveranslutning.har_sparat_losenord(adress):
            self._be_om_losenord(fel.LosenordSaknas(adress.visning(), adress.anvandare))
            return
        self.fel.hide()
        self.meddelande.setText(self.tr("Ansluter till {server} …").format(server=adress.visning()))
        self.meddelande.show()
        self.knappar.setEnabled(False)
        bakgrund.kor(
            self,
            self.tr("Ansluter till servern …"),
            serveranslutning.oppna(adress, losenord or None),
            self._klar,
            self._misslyckades,
        )

    def _klar(self, resultat: object) -> None:
        assert isinstance(resultat, OppenDatabas)
        self.oppen = resultat
        self.losenord.clear()  # held no longer than needed
        super().accept()

    def _misslyckades(self, exc: BaseException) -> bool:
        self.knappar.setEnabled(True)
        if serveranslutning.behover_losenord(exc):
            assert isinstance(exc, fel.SkrivbordFel)
            self._be_om_losenord(exc)
            return True
        if isinstance(exc, fel.SkrivbordFel):
            self.visa_fel(exc.meddelande)
            return True
        self.meddelande.hide()
        return isinstance(exc, bakgrund.Avbrutet)
