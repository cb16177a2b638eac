"""The plan of units and staff: decided from the seed before anything is written, ids
included, so the ORM rows and the bulk-loaded rows agree on them."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from skrivbord.typer import Enhetstyp, Roll

_ENHETSNAMN = {
    Enhetstyp.SABO: "Solgården Björkbacken Lindhemmet Tallåsen Ekbacken Rönngården "
    "Granbacka Älvgården Sjöängen",
    Enhetstyp.HEMTJANST: "Hemtjänst_Norra Hemtjänst_Södra Hemtjänst_Centrum Hemtjänst_Västra",
    Enhetstyp.HEMSJUKVARD: "Hemsjukvården_Öst Hemsjukvården_Väst",
    Enhetstyp.KORTTID: "Korttidsboendet_Lugnet",
    Enhetstyp.LSS: "Gruppbostaden_Vallmon Servicebostaden_Kastanjen",
    Enhetstyp.DAGVERKSAMHET: "Dagverksamheten_Träffpunkten",
}
_FORNAMN = (
    "Anna Eva Maria Karin Sara Lena Emma Ida Elin Johanna Linda Malin Sofia Hanna Amanda "
    "Therese Jenny Camilla Frida Louise Maja Ebba Nora Alva Aisha Fatima Leila Mira Ingrid "
    "Birgitta Erik Lars Anders Johan Per Karl Nils Mikael Jonas Andreas Daniel Fredrik "
    "Oskar Emil Viktor Ali Omar Hassan Ahmed Jusuf Mattias Henrik Stefan Tobias Olle Gustav"
)
_EFTERNAMN = (
    "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson "
    "Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson "
    "Magnusson Lindström Olofsson Lindqvist Lindgren Berg Axelsson Bergström Lundberg "
    "Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg "
    "Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson "
    "Holm Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson "
    "Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Ahmadi Hassan Mohammed Yilmaz"
)
# Staff per unit (lowest, highest count): nurses, and care staff.
_SJUKSKOTERSKOR = {
    Enhetstyp.SABO: (2, 3),
    Enhetstyp.KORTTID: (2, 2),
    Enhetstyp.LSS: (1, 1),
    Enhetstyp.HEMSJUKVARD: (4, 7),
}
_OMSORG = {
    Enhetstyp.SABO: (14, 24),
    Enhetstyp.HEMTJANST: (18, 30),
    Enhetstyp.KORTTID: (10, 14),
    Enhetstyp.LSS: (8, 12),
    Enhetstyp.DAGVERKSAMHET: (3, 5),
}


@dataclass
class Enhet:
    id: int
    namn: str
    typ: Enhetstyp
    chef: int = 0  # personal id
    personal: list[int] = field(default_factory=list)


@dataclass
class Person:
    id: int
    fornamn: str
    efternamn: str
    roll: Roll
    enheter: list[int] = field(default_factory=list)

    @property
    def namn(self) -> str:
        return f"{self.fornamn} {self.efternamn}"


@dataclass
class Plan:
    """Units and staff, decided before anything is written (ids included)."""

    enheter: list[Enhet]
    personal: list[Person]

    def i_enhet(self, enhet_id: int, *roller: Roll) -> list[Person]:
        personer = (self.personal[i - 1] for i in self.enheter[enhet_id - 1].personal)
        return [p for p in personer if p.roll in roller]

    def med_roll(self, *roller: Roll) -> list[Person]:
        return [p for p in self.personal if p.roll in roller]

    def chef(self, enhet: Enhet) -> Person:
        return self.personal[enhet.chef - 1]


_Anstall = Callable[..., Person]  # (roll, *enhet_ids) -> the new person


def planera(rng: random.Random) -> Plan:
    """8–15 units of the usual types, each with a manager, nurses and care staff."""
    enhetslista = _enheter(rng)
    personal: list[Person] = []
    anvanda: set[tuple[str, str]] = set()
    fornamn, efternamn = _FORNAMN.split(), _EFTERNAMN.split()

    def ny(roll: Roll, *enhet_ids: int) -> Person:
        namn = (rng.choice(fornamn), rng.choice(efternamn))
        while namn in anvanda:
            namn = (rng.choice(fornamn), rng.choice(efternamn))
        anvanda.add(namn)
        person = Person(len(personal) + 1, namn[0], namn[1], roll, list(enhet_ids))
        personal.append(person)
        for enhet_id in enhet_ids:
            enhetslista[enhet_id - 1].personal.append(person.id)
        return person

    ny(Roll.MAS, *(e.id for e in enhetslista))
    _chefer(enhetslista, ny)
    _vardpersonal(rng, enhetslista, ny)
    return Plan(enhetslista, personal)


def _enheter(rng: random.Random) -> list[Enhet]:
    antal = {
        Enhetstyp.SABO: rng.randint(3, 6),
        Enhetstyp.HEMTJANST: rng.randint(2, 3),
        Enhetstyp.HEMSJUKVARD: rng.randint(1, 2),
        Enhetstyp.KORTTID: 1,
        Enhetstyp.LSS: rng.randint(0, 2),
        Enhetstyp.DAGVERKSAMHET: rng.randint(0, 1),
    }
    enhetslista: list[Enhet] = []
    for typ, n in antal.items():
        for namn in rng.sample(_ENHETSNAMN[typ].split(), n):
            enhetslista.append(Enhet(len(enhetslista) + 1, namn.replace("_", " "), typ))
    return enhetslista


def _chefer(enhetslista: list[Enhet], ny: _Anstall) -> None:
    """One manager per unit; LSS and dagverksamhet share one."""
    delad_chef: Person | None = None
    for enhet in enhetslista:
        if enhet.typ not in (Enhetstyp.LSS, Enhetstyp.DAGVERKSAMHET):
            enhet.chef = ny(Roll.ENHETSCHEF, enhet.id).id
        elif delad_chef is None:
            delad_chef = ny(Roll.ENHETSCHEF, enhet.id)
            enhet.chef = delad_chef.id
        else:
            delad_chef.enheter.append(enhet.id)
            enhet.personal.append(delad_chef.id)
            enhet.chef = delad_chef.id


def _vardpersonal(rng: random.Random, enhetslista: list[Enhet], ny: _Anstall) -> None:
    """Nurses, therapists across half the units, then care staff."""
    alla = [e.id for e in enhetslista]
    hemtjanst = [e.id for e in enhetslista if e.typ == Enhetstyp.HEMTJANST]
    for enhet in enhetslista:
        for _ in range(rng.randint(*_SJUKSKOTERSKOR.get(enhet.typ, (0, 0)))):
            # Hemsjukvården's nurses also serve the hemtjänst districts.
            extra = hemtjanst if enhet.typ == Enhetstyp.HEMSJUKVARD else []
            ny(Roll.SJUKSKOTERSKA, enhet.id, *extra)
    for roll in (Roll.FYSIOTERAPEUT, Roll.ARBETSTERAPEUT):
        for _ in range(rng.randint(2, 3)):
            ny(roll, *sorted(rng.sample(alla, max(1, len(alla) // 2))))
    for enhet in enhetslista:
        for _ in range(rng.randint(*_OMSORG.get(enhet.typ, (0, 0)))):
            ny(Roll.UNDERSKOTERSKA if rng.random() < 0.75 else Roll.VARDBITRADE, enhet.id)


def inloggning(person: Person) -> str:
    """A made-up login name like the one the status history records."""
    ascii_ = str.maketrans("åäöÅÄÖé", "aaoAAOe")
    return f"{person.fornamn[:3]}{person.efternamn[:3]}".translate(ascii_).lower()
