"""The delegation PDFs as jobs (skrivbord/jobb.py), for the window and the command line.

- ``skriv_beslut``: one decision for signature (internal).
- ``skriv_register``: the register per unit (internal).

Both are internal documents (DESIGN §6): marked "Intern – innehåller personuppgifter"
in the header and first row, "-intern" in the file name, readable by the owner only
(pdfbas writes through mkstemp).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from skrivbord.fel import OgiltigUppgift
from skrivbord.jobb import Framsteg, Jobb
from skrivbord.lagring.databas import Databas
from skrivbord.rapporter.delegeringar import beslut as beslut_pdf
from skrivbord.rapporter.delegeringar import register as register_pdf
from skrivbord.rapporter.delegeringar.underlag import (
    Beslutsdata,
    Registerdata,
    Registerenhet,
    Registerrad,
)
from skrivbord.tjanster import enheter
from skrivbord.tjanster import kommun as kommun_tjanst
from skrivbord.tjanster.delegeringar import listor
from skrivbord.tjanster.delegeringar.listor import Delegeringsrad, Lage
from skrivbord.tjanster.delegeringsbevakning import UTGANGEN_DAGAR

ALLA_ENHETER = "Alla enheter"


def intern_fil(ut: Path | str) -> Path:
    """ "-intern" before .pdf unless the name already says it (DESIGN §6)."""
    ut = Path(ut)
    if "intern" in ut.stem.casefold():
        return ut
    return ut.with_name(f"{ut.stem}-intern{ut.suffix or '.pdf'}")


def _kommun(databas: Databas) -> str:
    installning = kommun_tjanst.hamta(databas)
    return installning.namn if installning else ""


def enhet_med_namn(databas: Databas, namn: str) -> int:
    for enhet in enheter.lista(databas):
        if enhet.namn.casefold() == " ".join(namn.split()).casefold():
            return enhet.id
    raise OgiltigUppgift(f"Det finns ingen enhet som heter {namn.strip()!r}.")


def beslutsdata(rad: Delegeringsrad) -> Beslutsdata:
    aterkallad = ""
    if rad.aterkallad_datum is not None:
        aterkallad = f"{rad.aterkallad_datum.isoformat()}: {rad.aterkallad_orsak}"
        if rad.aterkallad_av:
            aterkallad += f" ({rad.aterkallad_av})"
    return Beslutsdata(
        id=rad.id,
        delegerad=rad.delegerad,
        delegerad_roll=rad.delegerad_roll.etikett,
        delegerande=rad.delegerande,
        delegerande_roll=rad.delegerande_roll.etikett,
        enheter=rad.enheter,
        uppgifter=rad.uppgiftsnamn,
        giltig_fran=rad.giltig_fran,
        giltig_till=rad.giltig_till,
        utbildning_datum=rad.utbildning_datum,
        kunskapstest_datum=rad.kunskapstest_datum,
        kunskapstest=rad.kunskapstest.etikett if rad.kunskapstest else "",
        mas_informerad_datum=rad.mas_informerad_datum,
        villkor=rad.villkor,
        ersatter_id=rad.ersatter_id,
        aterkallad=aterkallad,
    )


def i_registret(rad: Delegeringsrad, idag: date) -> bool:
    """In force or coming, or ended lately without renewal while the person works here."""
    lage = rad.lage(idag)
    if lage in (Lage.GALLER, Lage.GAR_UT, Lage.KOMMANDE):
        return True
    return (
        lage is Lage.UTGANGEN
        and rad.delegerad_aktiv
        and rad.giltig_till >= idag - timedelta(days=UTGANGEN_DAGAR)
    )


def _registerrad(rad: Delegeringsrad, idag: date) -> Registerrad:
    lage = rad.lage(idag)
    text = lage.etikett
    if not rad.delegerad_aktiv:
        text = "Personen inaktiv – återkalla"
    elif lage is Lage.KOMMANDE:
        text = f"Från {rad.giltig_fran.isoformat()}"
    return Registerrad(
        rad.id,
        rad.delegerad,
        rad.delegerad_roll.etikett,
        rad.uppgiftsnamn,
        rad.delegerande,
        rad.giltig_fran,
        rad.giltig_till,
        text,
        lage in (Lage.GAR_UT, Lage.UTGANGEN) or not rad.delegerad_aktiv,
    )


def registerdata(databas: Databas, idag: date, enhet_id: int | None = None) -> Registerdata:
    rader = [
        r
        for r in listor.lista(databas, idag, listor.Filter(enhet_id=enhet_id))
        if i_registret(r, idag)
    ]
    valda = [e for e in enheter.lista(databas) if (e.id == enhet_id if enhet_id else e.aktiv)]
    return Registerdata(
        idag,
        valda[0].namn if enhet_id is not None and valda else ALLA_ENHETER,
        tuple(
            Registerenhet(
                e.namn, tuple(_registerrad(r, idag) for r in rader if e.id in r.enhet_ids)
            )
            for e in valda
        ),
    )


def skriv_beslut(databas: Databas, delegering_id: int, ut: Path | str) -> Jobb[Path]:
    """Writes to ``intern_fil(ut)`` and returns that path."""
    ut = intern_fil(ut)
    yield Framsteg(0, 2, "Läser beslutet")
    data = beslutsdata(listor.hamta(databas, delegering_id))
    kommun = _kommun(databas)
    yield Framsteg(1, 2, "Skriver PDF")
    return beslut_pdf.skriv_beslut(data, ut, kommun)


def skriv_register(
    databas: Databas, ut: Path | str, enhet_id: int | None = None, idag: date | None = None
) -> Jobb[Path]:
    ut = intern_fil(ut)
    yield Framsteg(0, 2, "Läser registret")
    data = registerdata(databas, idag or date.today(), enhet_id)
    kommun = _kommun(databas)
    yield Framsteg(1, 2, "Skriver PDF")
    return register_pdf.skriv_register(data, ut, kommun)
