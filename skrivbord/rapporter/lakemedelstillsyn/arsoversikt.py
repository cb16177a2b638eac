"""Årsöversikt över läkemedelstillsynen per enhet och tillsynstyp: planerade tillfällen
och hur de gick (i tid, sent, ej gjorda), tillsyner, nej-svar, differenser i
narkotikaräkningen och öppna åtgärder. Bara enhetsnamn och antal: inga namn på personer
och ingen fritext, så den kan gå till nämnden."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from skrivbord.rapporter import tabeller
from skrivbord.rapporter.lakemedelstillsyn.underlag import Arsoversikt
from skrivbord.rapporter.pdfbas import TEXTBREDD, Stilar, bygg

TITEL = "Läkemedelstillsyn – årsöversikt"
_KOLUMNER = (
    "Planerade",
    "I tid",
    "Sent",
    "Ej gjorda",
    "Gjorda",
    "Nej-svar",
    "Saldo\xaddiffe\xadrenser",
    "Öppna åtgärder",
)


def skriv(d: Arsoversikt, ut: Path | str, kommun: str = "", utskriven: date | None = None) -> Path:
    pagaende = d.till < date(d.ar, 12, 31)
    period = f"{d.ar}" + (f" (till och med {d.till.isoformat()})" if pagaende else "")
    innehall: list[Flowable] = [
        Paragraph(f"{TITEL} {d.ar}", Stilar.rubrik1),
        Paragraph(
            f"Period: {period}. Planerade tillfällen kommer ur egenkontrollplanen; en "
            "tillsyn gjord efter sin period räknas som sen. Differenser är räknade saldon "
            "som inte stämde mot narkotikajournalen (var och en är en avvikelse).",
            Stilar.ingress,
        ),
    ]
    if not d.rader:
        innehall.append(Paragraph("Inga tillsyner eller planerade tillfällen.", Stilar.brodtext))
    enheter = sorted({r.enhet for r in d.rader})
    for enhet in enheter:
        rader = [r for r in d.rader if r.enhet == enhet]
        data: list[list[object]] = [
            [tabeller.rubrikcell("Tillsyn", Stilar, hoger=False)]
            + [tabeller.rubrikcell(k, Stilar) for k in _KOLUMNER]
        ]
        markerade = []
        for i, r in enumerate(rader):
            data.append(
                [
                    r.typ,
                    r.planerade,
                    r.i_tid,
                    r.sent,
                    r.ej_gjorda,
                    r.tillsyner,
                    r.nej_svar,
                    r.differenser,
                    r.oppna_atgarder,
                ]
            )
            if r.ej_gjorda or r.differenser:
                markerade.append(i)
        forsta = 52 * mm
        ovriga = (TEXTBREDD - forsta) / len(_KOLUMNER)
        innehall.append(
            KeepTogether(
                [
                    Paragraph(enhet or "Hela kommunen", Stilar.rubrik2),
                    tabeller.tabell(
                        data,
                        [forsta] + [ovriga] * len(_KOLUMNER),
                        Stilar,
                        markerade=markerade,
                        rubrikhojd=30,
                    ),
                ]
            )
        )
    return bygg(
        ut, innehall, f"{TITEL} {d.ar}", kommun, amne="Läkemedelstillsyn", utskriven=utskriven
    )
