"""PDF:erna för läkemedelstillsyn ur databasen: protokollet för en tillsyn (internt) och
årsöversikten (utan namn och fritext)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from skrivbord.lagring.databas import Databas
from skrivbord.rapporter.lakemedelstillsyn.underlag import (
    Atgardsutskrift,
    Protokollunderlag,
    Rakningsutskrift,
    Svarsutskrift,
)
from skrivbord.tjanster import kommun
from skrivbord.tjanster.lakemedelstillsyn import lista, protokoll
from skrivbord.typer import Tillsynssvar


def protokollunderlag(databas: Databas, tillsyn_id: int) -> Protokollunderlag:
    d = protokoll.hamta(databas, tillsyn_id)
    u = d.uppgifter
    return Protokollunderlag(
        id=d.id,
        enhet=d.enhet,
        typ=u.typ.etikett,
        datum=u.datum,
        utford_av=d.utford_av,
        deltagare=u.deltagare,
        kommentar=u.kommentar,
        svar=tuple(
            Svarsutskrift(s.text, s.svar.etikett, s.svar == Tillsynssvar.NEJ, s.kommentar)
            for s in d.svar
        ),
        rakningar=tuple(
            Rakningsutskrift(
                " ".join(x for x in (r.rakning.preparat, r.rakning.styrka, r.rakning.form) if x),
                r.rakning.journal_saldo,
                r.rakning.raknat_saldo,
                r.rakning.kommentar,
                r.avvikelse_id,
            )
            for r in d.rakningar
        ),
        atgarder=tuple(a for f in d.fynd for a in _atgarder(f)),
    )


def _atgarder(f: protokoll.Fyndrad) -> list[Atgardsutskrift]:
    fynd = f.fraga + (f" ({f.kommentar})" if f.kommentar else "")
    ut = [
        Atgardsutskrift(fynd, a.beskrivning, a.ansvarig_namn, a.deadline, a.status.etikett)
        for a in f.atgarder
    ]
    if f.tidigare_atgard:
        status = f"Klar {f.tidigare_klar.isoformat()}" if f.tidigare_klar else ""
        ut.append(Atgardsutskrift(fynd, f.tidigare_atgard, "", None, status))
    return ut


def skriv_protokoll(databas: Databas, tillsyn_id: int, ut: Path | str) -> Path:
    from skrivbord.rapporter.lakemedelstillsyn import protokoll as pdf  # ReportLab when needed

    return pdf.skriv(protokollunderlag(databas, tillsyn_id), ut, _kommun(databas))


def skriv_arsoversikt(databas: Databas, ar: int, ut: Path | str, idag: date | None = None) -> Path:
    from skrivbord.rapporter.lakemedelstillsyn import arsoversikt as pdf

    return pdf.skriv(lista.arsoversikt(databas, ar, idag), ut, _kommun(databas))


def _kommun(databas: Databas) -> str:
    k = kommun.hamta(databas)
    return k.namn if k is not None else ""
