"""The MAS edits a list she keeps for avvikelser (the categories, the reasons for
"Annat", the agreements between caregivers): add, rename, deactivate (never delete one
in use) and, where the list has them, map each entry to a national code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skrivbord import kodlista
from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster.avvikelser import annat_skal, kategorier, overenskommelser
from skrivbord.tjanster.avvikelser.katalog import Katalog
from skrivbord.tjanster.databasfil import Databas


class KatalogDialog(QDialog):
    """One list: its entries, checkable (active), with add, rename and remove. A
    subclass names the list and gives its words (``texter``)."""

    def __init__(self, databas: Databas, katalog: Katalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._databas = databas
        self._katalog = katalog
        titel, forklaringstext, listnamn, ny_text = self.texter()
        self._ny_titel = ny_text.removesuffix(" …")
        self.setWindowTitle(titel)
        self.setMinimumSize(460, 420)
        forklaring = QLabel(forklaringstext, wordWrap=True)
        self.lista = QListWidget()
        self.lista.setAccessibleName(listnamn)
        self.lista.itemChanged.connect(self._aktiv_andrad)
        knappar = QHBoxLayout()
        atgarder = [(ny_text, self._ny), (self.tr("Byt namn …"), self._byt_namn)]
        if katalog.kodlista:
            atgarder.append((self.tr("Nationell kod …"), self._nationell_kod))
        atgarder.append((self.tr("Ta bort"), self._ta_bort))
        for text, slot in atgarder:
            knapp = QPushButton(text)
            knapp.clicked.connect(slot)
            knappar.addWidget(knapp)
        knappar.addStretch()
        stang = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        stang.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        stang.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(forklaring)
        layout.addWidget(self.lista)
        layout.addLayout(knappar)
        layout.addWidget(stang)
        self.lasa()

    def texter(self) -> tuple[str, str, str, str]:
        """Title, explanation, the list's accessible name, the "new" button."""
        raise NotImplementedError

    def lasa(self) -> None:
        self.lista.blockSignals(True)
        self.lista.clear()
        for rad in self._katalog.lista(self._databas):
            post = QListWidgetItem(rad.namn)
            if rad.nationell_kod is not None and self._katalog.kodlista:
                # The code by its name, only where it differs from the entry's own name:
                # an entry the export counts as something else (or as Annat) stands out.
                kod = kodlista.namn(self._katalog.kodlista, rad.nationell_kod)
                if kod != rad.namn:
                    post.setText(
                        self.tr("{namn}   (räknas som {kod} i exporten)").format(
                            namn=rad.namn, kod=kod
                        )
                    )
            post.setData(Qt.ItemDataRole.UserRole, rad.id)
            post.setData(Qt.ItemDataRole.UserRole + 1, rad.namn)
            post.setData(Qt.ItemDataRole.UserRole + 2, rad.nationell_kod)
            post.setFlags(post.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            post.setCheckState(Qt.CheckState.Checked if rad.aktiv else Qt.CheckState.Unchecked)
            self.lista.addItem(post)
        self.lista.blockSignals(False)

    def _vald(self) -> int | None:
        post = self.lista.currentItem()
        return post.data(Qt.ItemDataRole.UserRole) if post else None

    def _utfor(self, atgard) -> None:
        try:
            atgard()
        except OgiltigUppgift as fel:
            QMessageBox.warning(self, self.tr("Det gick inte"), fel.meddelande)
        self.lasa()

    def _aktiv_andrad(self, post: QListWidgetItem) -> None:
        aktiv = post.checkState() == Qt.CheckState.Checked
        post_id = post.data(Qt.ItemDataRole.UserRole)
        self._utfor(lambda: self._katalog.satt_aktiv(self._databas, post_id, aktiv))

    def _ny(self) -> None:
        namn, ok = QInputDialog.getText(self, self._ny_titel, self.tr("Namn:"))
        if ok:
            self._utfor(lambda: self._katalog.lagg_till(self._databas, namn))

    def _byt_namn(self) -> None:
        post_id = self._vald()
        if post_id is None:
            return
        namn, ok = QInputDialog.getText(
            self,
            self.tr("Byt namn"),
            self.tr("Nytt namn:"),
            text=self.lista.currentItem().data(Qt.ItemDataRole.UserRole + 1),
        )
        if ok:
            self._utfor(lambda: self._katalog.byt_namn(self._databas, post_id, namn))

    def _nationell_kod(self) -> None:
        """Map the chosen entry to a code of the national code list (by its name)."""
        post_id, lista = self._vald(), self._katalog.kodlista
        if post_id is None or not lista:
            return
        koder = kodlista.koder(lista)
        nuvarande = self.lista.currentItem().data(Qt.ItemDataRole.UserRole + 2)
        index = next((i for i, k in enumerate(koder) if k.kod == nuvarande), 0)
        namn, ok = QInputDialog.getItem(
            self,
            self.tr("Nationell kod"),
            self.tr(
                "Exporten till regionen räknar {namn} under koden (kodlista {version}):"
            ).format(
                namn=self.lista.currentItem().data(Qt.ItemDataRole.UserRole + 1),
                version=kodlista.version(),
            ),
            [k.namn for k in koder],
            index,
            False,
        )
        if ok:
            kod = next(k.kod for k in koder if k.namn == namn)
            self._utfor(lambda: self._katalog.satt_nationell_kod(self._databas, post_id, kod))

    def _ta_bort(self) -> None:
        post_id = self._vald()
        if post_id is not None:
            self._utfor(lambda: self._katalog.ta_bort(self._databas, post_id))


class KategoriDialog(KatalogDialog):
    def __init__(self, databas: Databas, parent: QWidget | None = None) -> None:
        super().__init__(databas, kategorier.KATEGORIER, parent)

    def texter(self) -> tuple[str, str, str, str]:
        return (
            self.tr("Avvikelsekategorier"),
            self.tr(
                "Bocka ur en kategori för att sluta erbjuda den i formuläret. En kategori som "
                "används kan inte tas bort, så statistiken bakåt stämmer. Den nationella "
                "koden är vad exporten till regionen räknar kategorin som; en ny kategori "
                "räknas som Annat tills du kopplar den."
            ),
            self.tr("Kategorier"),
            self.tr("Ny kategori …"),
        )


class AnnatSkalDialog(KatalogDialog):
    def __init__(self, databas: Databas, parent: QWidget | None = None) -> None:
        super().__init__(databas, annat_skal.SKAL, parent)

    def texter(self) -> tuple[str, str, str, str]:
        return (
            self.tr("Skäl för Annat"),
            self.tr(
                "Skälen är de rubriker du klassar avvikelser under Annat efter; "
                "sammanställningen räknar dem. Bocka ur ett skäl för att sluta erbjuda det. "
                "Ett skäl som används kan inte tas bort."
            ),
            self.tr("Skäl"),
            self.tr("Nytt skäl …"),
        )


class OverenskommelseDialog(KatalogDialog):
    def __init__(self, databas: Databas, parent: QWidget | None = None) -> None:
        super().__init__(databas, overenskommelser.OVERENSKOMMELSER, parent)

    def texter(self) -> tuple[str, str, str, str]:
        return (
            self.tr("Överenskommelser mellan vårdgivare"),
            self.tr(
                "Överenskommelser och rutiner som en avvikelse mellan vårdgivare kan gälla, "
                "till exempel regionens rutin för in- och utskrivning. Bocka ur en för att "
                "sluta erbjuda den; en som används kan inte tas bort. Den nationella koden "
                "är vad exporten till regionen räknar den som."
            ),
            self.tr("Överenskommelser"),
            self.tr("Ny överenskommelse …"),
        )
