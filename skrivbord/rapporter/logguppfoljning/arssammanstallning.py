"""Logguppföljningen under ett år, för patientsäkerhetsberättelsen.

Offentlig (DESIGN §6): bara antal, inga namn, ingen fritext, inga enheter eller system.
Granskningar per månad och slag, hur många som fann en avvikelse, granskade och
avvikande journalåtkomster, vidtagna åtgärder per slag, och de månader som saknar den
systematiska kontrollen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from skrivbord.perioder import MANADER
from skrivbord.rapporter import tabeller
from skrivbord.rapporter.format import tal
from skrivbord.rapporter.logguppfoljning.underlag import Arssammanstallning
from skrivbord.rapporter.pdfbas import Stilar, bygg

TITEL = "Logguppföljning – årssammanställning"


@dataclass(frozen=True)
class _Kors:
    rader: tuple[str, ...]
    kolumner: tuple[str, ...]
    antal: tuple[tuple[int, ...], ...]


def _manader(data: Arssammanstallning) -> _Kors:
    return _Kors(
        tuple(m.capitalize() for m in MANADER[: len(data.per_manad)]),
        data.typer,
        data.per_manad,
    )


def _inledning(data: Arssammanstallning) -> list[Flowable]:
    text = (
        "Uppföljningen av åtkomst till journal (HSLF-FS 2016:40 4 kap. 9 §): systematiska "
        "kontroller varje månad, stickprov och riktade kontroller vid misstanke. Varje "
        "granskning dokumenteras i ett protokoll utan uppgifter som kan identifiera en "
        "patient. Sammanställningen innehåller bara antal."
    )
    if data.pagaende:
        text += " Året pågår: siffrorna gäller till och med i går."
    return [
        Paragraph(f"Logguppföljning {data.period}", Stilar.rubrik1),
        Paragraph(text, Stilar.ingress),
    ]


def _nyckeltal(data: Arssammanstallning) -> Flowable:
    return tabeller.nyckeltal(
        [
            (tal(data.totalt), "granskningar", ""),
            (tal(data.med_avvikelse), "fann en avvikelse", ""),
            (tal(data.granskade_atkomster), "granskade journalåtkomster", ""),
            (tal(data.avvikande_atkomster), "avvikande åtkomster", ""),
        ],
        Stilar,
    )


def _avvikelser(data: Arssammanstallning) -> list[Flowable]:
    rader: list[list[tabeller.Cell]] = [["Slag av kontroll", "Granskningar", "Med avvikelse"]]
    for j, typ in enumerate(data.typer):
        rader.append([typ, tal(sum(r[j] for r in data.per_manad)), tal(data.avvikelser_per_typ[j])])
    rader.append(["Totalt", tal(data.totalt), tal(data.med_avvikelse)])
    return [
        Paragraph("Avvikelser per slag av kontroll", Stilar.rubrik2),
        tabeller.tabell(rader, [80 * mm, 30 * mm, 30 * mm], Stilar, summarad=True),
    ]


def _atgarder(data: Arssammanstallning) -> list[Flowable]:
    rader: list[list[tabeller.Cell]] = [["Åtgärd", "Antal"]]
    rader += [[namn, tal(antal)] for namn, antal in data.atgarder]
    rader.append(["Totalt", tal(sum(antal for _, antal in data.atgarder))])
    ut: list[Flowable] = [
        Paragraph("Vidtagna åtgärder", Stilar.rubrik2),
        tabeller.tabell(rader, [110 * mm, 30 * mm], Stilar, summarad=True),
    ]
    if data.incidentbedomningar_sena:
        ut.append(Spacer(1, 3 * mm))
        ut.append(
            Paragraph(
                f"{tal(data.incidentbedomningar_sena)} bedömningar av personuppgiftsincident "
                "gjordes senare än 72 timmar efter granskningen.",
                Stilar.brodtext,
            )
        )
    return ut


def _saknade(data: Arssammanstallning) -> list[Flowable]:
    if data.manader_utan_systematisk:
        namn = ", ".join(MANADER[m - 1] for m in data.manader_utan_systematisk)
        text = f"Månader utan systematisk kontroll: {namn}."
    else:
        text = "Den systematiska kontrollen gjordes varje månad."
    signerade = f"{tal(data.signerade)} av {tal(data.totalt)} protokoll är signerade i Skrivbord."
    return [
        Spacer(1, 3 * mm),
        Paragraph(text, Stilar.brodtext),
        Paragraph(signerade, Stilar.brodtext),
    ]


def skriv_pdf(
    data: Arssammanstallning, ut: Path | str, kommun: str = "", utskriven: date | None = None
) -> Path:
    innehall: list[Flowable] = [*_inledning(data), _nyckeltal(data)]
    innehall += [
        Paragraph("Granskningar per månad", Stilar.rubrik2),
        tabeller.korstabell(_manader(data), "Månad", Stilar, forsta_bredd=34 * mm),
    ]
    innehall += _saknade(data) + _avvikelser(data) + _atgarder(data)
    return bygg(
        ut, innehall, f"{TITEL} {data.period}", kommun, amne="Logguppföljning", utskriven=utskriven
    )
