"""Default data from resurser/ loaded into a new database (then editable by the MAS)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from skrivbord import kodlista
from skrivbord.modeller import (
    AnnatSkal,
    AvvikelseKategori,
    Egenkontroll,
    Overenskommelse,
    Tillsynspunkt,
)
from skrivbord.resurser import lasa_json
from skrivbord.tjanster.egenkontroller import regler
from skrivbord.typer import Dokumentkalla, Enhetstyp, Omfang, Roll, Tillsynstyp

# lasa_json gives Any (it is JSON): each function states the shape of its file.


def avvikelsekategorier() -> list[dict[str, str]]:
    poster: list[dict[str, str]] = lasa_json("data", "avvikelsekategorier.json")["kategorier"]
    return poster


def annat_skal() -> list[dict[str, str]]:
    poster: list[dict[str, str]] = lasa_json("data", "annat_skal.json")["skal"]
    return poster


def overenskommelser() -> list[dict[str, str]]:
    poster: list[dict[str, str]] = lasa_json("data", "overenskommelser.json")["overenskommelser"]
    return poster


def egenkontrollplan() -> list[dict[str, Any]]:
    poster: list[dict[str, Any]] = lasa_json("data", "egenkontrollplan.json")["poster"]
    return poster


def egenkontroll(post: dict[str, Any]) -> Egenkontroll:
    """A plan item of the default plan's shape (the rule checked by rrule)."""
    return Egenkontroll(
        omrade=post["omrade"],
        omradeskod=kodlista.giltig_eller_annat("egenkontrollomrade", post.get("omradeskod")),
        beskrivning=post.get("beskrivning", ""),
        omfang=Omfang(post["omfang"]),
        enhetstyper=",".join(Enhetstyp(t).value for t in post.get("enhetstyper", ())),
        regel=regler.validera(post["regel"]),
        kalla=post.get("kalla", ""),
        ansvarig=Roll(post["ansvarig"]),
        rapporteras_till=post.get("rapporteras_till", ""),
        till_namnden=bool(post.get("till_namnden", False)),
        dokumenteras_i=Dokumentkalla(post.get("dokumenteras_i", "resultat")),
    )


def delegeringsuppgifter() -> list[dict[str, str]]:
    poster: list[dict[str, str]] = lasa_json("data", "delegeringsuppgifter.json")["uppgifter"]
    return poster


def lakemedelstillsyn_checklistor() -> dict[Tillsynstyp, list[dict[str, str]]]:
    """The shipped checklist of each kind of läkemedelstillsyn: items with kod and text."""
    listor: dict[str, list[dict[str, str]]] = lasa_json(
        "data", "lakemedelstillsyn_checklista.json"
    )["checklistor"]
    return {Tillsynstyp(typ): poster for typ, poster in listor.items()}


def tillsynspunkter() -> list[Tillsynspunkt]:
    return [
        Tillsynspunkt(typ=typ, kod=post["kod"], text=post["text"], ordning=ordning, aktiv=True)
        for typ, poster in lakemedelstillsyn_checklistor().items()
        for ordning, post in enumerate(poster)
    ]


def fyll(session: Session) -> None:
    """Taxonomy, the reasons for "Annat", the agreements between caregivers, the
    egenkontroll plan and the läkemedelstillsyn checklists for a new database."""
    for ordning, kategori in enumerate(avvikelsekategorier()):
        session.add(
            AvvikelseKategori(
                kod=kategori["kod"],
                namn=kategori["namn"],
                ordning=ordning,
                nationell_kod=kodlista.giltig_eller_annat("kategori", kategori["kod"]),
            )
        )
    for ordning, skal in enumerate(annat_skal()):
        session.add(AnnatSkal(kod=skal["kod"], namn=skal["namn"], ordning=ordning))
    for ordning, o in enumerate(overenskommelser()):
        session.add(
            Overenskommelse(
                kod=o["kod"], namn=o["namn"], ordning=ordning, nationell_kod=o["nationell_kod"]
            )
        )
    for post in egenkontrollplan():
        session.add(egenkontroll(post))
    session.add_all(tillsynspunkter())
