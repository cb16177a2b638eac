"""Logguppföljningens PDF:er som jobb (skrivbord/jobb.py), för fönstret och kommandoraden.

- ``skriv_mall``: den tomma protokoll-mallen; behöver ingen databas (offentlig).
- ``skriv_protokoll``: ett ifyllt protokoll (internt, märkt "Intern – innehåller
  personuppgifter"; filen läsbar bara för ägaren, pdfbas skriver med mkstemp).
- ``skriv_arssammanstallning``: ett års antal för patientsäkerhetsberättelsen (offentlig).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from skrivbord.jobb import Framsteg, Jobb
from skrivbord.lagring.databas import Databas
from skrivbord.perioder import Period
from skrivbord.rapporter.logguppfoljning import arssammanstallning as ars_pdf
from skrivbord.rapporter.logguppfoljning import protokoll as protokoll_pdf
from skrivbord.rapporter.logguppfoljning.underlag import Protokolldata, Protokollsteg
from skrivbord.tjanster import kommun as kommun_tjanst
from skrivbord.tjanster.logguppfoljning import arssammanstallning, protokoll
from skrivbord.tjanster.logguppfoljning.protokoll import LogguppfoljningDetalj
from skrivbord.typer import Loggresultat


def _kommun(databas: Databas) -> str:
    installning = kommun_tjanst.hamta(databas)
    return installning.namn if installning else ""


def protokolldata(detalj: LogguppfoljningDetalj) -> Protokolldata:
    """Protokollet med etiketterna på svenska, som PDF:en skriver det."""
    u = detalj.uppgifter
    return Protokolldata(
        id=detalj.id,
        datum=u.datum,
        typ=u.typ.etikett,
        period_fran=u.period_fran,
        period_till=u.period_till,
        system=u.system,
        enhet=detalj.enhet_namn,
        granskare=detalj.granskare,
        antal_anvandare=u.antal_anvandare,
        antal_atkomster=u.antal_atkomster,
        antal_avvikande=u.antal_avvikande,
        metod=u.metod,
        avvikelse=u.resultat is Loggresultat.AVVIKELSE,
        avvikelse_beskrivning=u.avvikelse_beskrivning,
        iakttagelser=u.iakttagelser,
        atgarder=tuple(
            Protokollsteg(a.typ.etikett, a.datum, a.anteckning, a.efter_72_timmar(u.datum))
            for a in u.atgarder
        ),
        signerad_av=detalj.signerad_av,
        signerad_datum=u.signerad_datum,
    )


def skriv_mall(ut: Path | str, kommun: str = "") -> Jobb[Path]:
    yield Framsteg(0, 1, "Skriver protokoll-mallen")
    return protokoll_pdf.skriv_mall(ut, kommun)


def intern_fil(ut: Path | str) -> Path:
    """Ett internt dokument säger det i filnamnet också (DESIGN §6): "-intern" läggs
    till före .pdf när namnet inte redan har ordet."""
    ut = Path(ut)
    if "intern" in ut.stem.casefold():
        return ut
    return ut.with_name(f"{ut.stem}-intern{ut.suffix or '.pdf'}")


def skriv_protokoll(databas: Databas, logguppfoljning_id: int, ut: Path | str) -> Jobb[Path]:
    """Skriver till ``intern_fil(ut)`` och returnerar den sökvägen."""
    ut = intern_fil(ut)
    yield Framsteg(0, 2, "Läser protokollet")
    data = protokolldata(protokoll.hamta(databas, logguppfoljning_id))
    kommun = _kommun(databas)
    yield Framsteg(1, 2, "Skriver PDF")
    return protokoll_pdf.skriv_protokoll(data, ut, kommun)


def skriv_arssammanstallning(
    databas: Databas, period: Period | int, ut: Path | str, idag: date | None = None
) -> Jobb[Path]:
    yield Framsteg(0, 2, "Räknar")
    data = arssammanstallning.berakna(databas, period, idag)
    kommun = _kommun(databas)
    yield Framsteg(1, 2, "Skriver PDF")
    return ars_pdf.skriv_pdf(data, ut, kommun)
