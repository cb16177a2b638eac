"""The register's two tables as Qt models: units and staff.

A kommun has tens of units and hundreds of staff, so each model reads the whole list
through its service and filters and sorts in memory. Texts are prepared once per read,
so ``data()`` only indexes. Names sort in Swedish order (å, ä, ö after z).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from skrivbord.tjanster import enheter, personal
from skrivbord.tjanster.enheter import EnhetRad
from skrivbord.tjanster.personal import PersonRad
from skrivbord.ui.gemensamt.sida import DAMPAD

if TYPE_CHECKING:
    from skrivbord.tjanster.databasfil import Databas

_VISA = int(Qt.ItemDataRole.DisplayRole)
_VERKTYGSTIPS = int(Qt.ItemDataRole.ToolTipRole)
_FORGRUND = int(Qt.ItemDataRole.ForegroundRole)
_TEXTROLLER = (_VISA, _VERKTYGSTIPS)
_HORISONTELL = Qt.Orientation.Horizontal

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R", EnhetRad, PersonRad)

_SVENSKA = str.maketrans({"å": "{", "ä": "|", "ö": "}"})  # the three code points after z


def sorteringsnyckel(text: str) -> str:
    """Swedish alphabetical order: case ignored, å ä ö last, é as e."""
    svensk = text.casefold().translate(_SVENSKA)
    return "".join(c for c in unicodedata.normalize("NFKD", svensk) if not unicodedata.combining(c))


def _tr(text: str) -> str:
    return QCoreApplication.translate("Registertabell", text)


class Registermodell(QAbstractTableModel, Generic[R]):
    """Rows of one register: all read at once, the shown ones filtered and sorted."""

    ANTAL_KOLUMNER = 0
    IdRoll = int(Qt.ItemDataRole.UserRole) + 1  # the row's id (int)
    RadRoll = int(Qt.ItemDataRole.UserRole) + 2  # the whole row (EnhetRad / PersonRad)

    def __init__(self, databas: Databas, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._databas = databas
        self._alla: list[R] = []
        self._rader: list[R] = []
        self._texter: list[tuple[str, ...]] = []
        self._visa_inaktiva = False
        self._sortering = (0, Qt.SortOrder.AscendingOrder)
        self._inaktiv_farg = QColor(DAMPAD)
        self._rubriker: list[str] = []
        self._rubriktips: dict[int, str] = {}

    # -- what subclasses give ----------------------------------------------------

    def _lasa(self) -> list[R]:  # pragma: no cover - overridden
        raise NotImplementedError

    def _radtexter(self, rad: R) -> tuple[str, ...]:  # pragma: no cover - overridden
        raise NotImplementedError

    def _sorteringsnycklar(self) -> Sequence[Callable[[R, tuple[str, ...]], object]]:
        """One key per column, from the row and its texts."""
        return [lambda _r, t, k=k: sorteringsnyckel(t[k]) for k in range(self.ANTAL_KOLUMNER)]

    def _visas(self, rad: R) -> bool:
        return self._visa_inaktiva or rad.aktiv

    # -- reading and filtering ---------------------------------------------------

    def uppdatera(self) -> None:
        """Read the register again (after a change)."""
        self._alla = self._lasa()
        self._visa_om()

    def _visa_om(self) -> None:
        self.beginResetModel()
        rader = [(r, self._radtexter(r)) for r in self._alla if self._visas(r)]
        kolumn, ordning = self._sortering
        nyckel = self._sorteringsnycklar()[kolumn]
        rader.sort(
            key=lambda p: (nyckel(*p), sorteringsnyckel(p[1][0])),
            reverse=ordning == Qt.SortOrder.DescendingOrder,
        )
        self._rader = [r for r, _ in rader]
        self._texter = [t for _, t in rader]
        self.endResetModel()

    @property
    def visa_inaktiva(self) -> bool:
        return self._visa_inaktiva

    def satt_visa_inaktiva(self, visa: bool) -> None:
        if visa != self._visa_inaktiva:
            self._visa_inaktiva = visa
            self._visa_om()

    def rad(self, rad: int) -> R:
        return self._rader[rad]

    def rad_for_id(self, id_: int) -> int | None:
        """The row showing this id, or None when the filter hides it."""
        return next((i for i, r in enumerate(self._rader) if r.id == id_), None)

    def text(self, rad: int, kolumn: int) -> str:
        return self._texter[rad][kolumn]

    # -- QAbstractTableModel -----------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rader)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.ANTAL_KOLUMNER

    def data(self, index: Index, role: int = _VISA) -> object:
        rad = index.row()
        if not 0 <= rad < len(self._rader):
            return None
        if role in _TEXTROLLER:
            return self._texter[rad][index.column()]
        if role == _FORGRUND:
            return None if self._rader[rad].aktiv else self._inaktiv_farg
        if role == self.IdRoll:
            return self._rader[rad].id
        if role == self.RadRoll:
            return self._rader[rad]
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = _VISA
    ) -> object:
        if orientation != _HORISONTELL or not 0 <= section < self.ANTAL_KOLUMNER:
            return None
        if role == _VISA:
            return self._rubriker[section]
        if role == _VERKTYGSTIPS:
            return self._rubriktips.get(section)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < self.ANTAL_KOLUMNER and (column, order) != self._sortering:
            self._sortering = (column, order)
            self._visa_om()


def _ja_nej(varde: bool) -> str:
    return _tr("Ja") if varde else _tr("Nej")


class EnhetTabellModell(Registermodell[EnhetRad]):
    """The kommun's units, active ones only unless ``satt_visa_inaktiva(True)``."""

    NAMN = 0
    TYP = 1
    ENHETSCHEF = 2
    LAKEMEDELSFORRAD = 3
    VECKOGENOMGANGAR = 4
    START = 5
    AKTIV = 6
    ANTAL_KOLUMNER = 7

    def __init__(self, databas: Databas, parent: QObject | None = None) -> None:
        super().__init__(databas, parent)
        self._rubriker = [
            _tr("Namn"),
            _tr("Typ"),
            _tr("Enhetschef"),
            _tr("Läkemedelsförråd"),
            _tr("Veckogenomgångar"),
            _tr("Start"),
            _tr("Aktiv"),
        ]
        self._rubriktips = {
            self.LAKEMEDELSFORRAD: _tr("Enheten har ett läkemedelsförråd (läkemedelstillsyn)."),
            self.VECKOGENOMGANGAR: _tr(
                "Enhetschefen gör veckogenomgångar av fall- och läkemedelsavvikelser."
            ),
            self.START: _tr(
                "Startdatum: veckogenomgångar räknas därifrån (tomt: från att databasen skapades)."
            ),
        }
        self.uppdatera()

    def _lasa(self) -> list[EnhetRad]:
        return enheter.lista(self._databas)

    def _radtexter(self, rad: EnhetRad) -> tuple[str, ...]:
        return (
            rad.namn,
            rad.typ.etikett,
            rad.enhetschef,
            _ja_nej(rad.har_lakemedelsforrad),
            _ja_nej(rad.gor_veckogenomgangar),
            rad.startdatum.isoformat() if rad.startdatum else "",
            _ja_nej(rad.aktiv),
        )


class PersonalTabellModell(Registermodell[PersonRad]):
    """Staff, by last name; active ones only unless ``satt_visa_inaktiva(True)``;
    ``satt_sokning`` keeps the rows whose name, role or units contain every word."""

    NAMN = 0
    ROLL = 1
    LEGITIMERAD = 2
    ENHETER = 3
    AKTIV = 4
    ANTAL_KOLUMNER = 5

    def __init__(self, databas: Databas, parent: QObject | None = None) -> None:
        self._sokord: list[str] = []
        super().__init__(databas, parent)
        self._rubriker = [
            _tr("Namn"),
            _tr("Roll"),
            _tr("Legitimerad"),
            _tr("Enheter"),
            _tr("Aktiv"),
        ]
        self.uppdatera()

    def _lasa(self) -> list[PersonRad]:
        return personal.lista(self._databas, bara_aktiva=False)

    def _radtexter(self, rad: PersonRad) -> tuple[str, ...]:
        return (
            rad.namn,
            rad.roll.etikett,
            _ja_nej(rad.legitimerad),
            ", ".join(rad.enhetsnamn),
            _ja_nej(rad.aktiv),
        )

    def _sorteringsnycklar(self) -> Sequence[Callable[[PersonRad, tuple[str, ...]], object]]:
        nycklar = list(super()._sorteringsnycklar())
        nycklar[self.NAMN] = lambda r, _t: (
            sorteringsnyckel(r.efternamn),
            sorteringsnyckel(r.fornamn),
        )
        return nycklar

    def _visas(self, rad: PersonRad) -> bool:
        if not super()._visas(rad):
            return False
        if not self._sokord:
            return True
        text = sorteringsnyckel(
            " ".join((rad.namn, rad.roll.etikett, rad.roll.value, *rad.enhetsnamn))
        )
        return all(ord_ in text for ord_ in self._sokord)

    @property
    def sokning(self) -> str:
        return " ".join(self._sokord)

    def satt_sokning(self, text: str) -> None:
        sokord = [sorteringsnyckel(o) for o in text.split()]
        if sokord != self._sokord:
            self._sokord = sokord
            self._visa_om()

    @property
    def antal_totalt(self) -> int:
        return len(self._alla)
