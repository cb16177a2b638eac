"""What the egenkontroll report for a year holds: the plan, the årshjul (the months each
plan item falls due), completion per area and per unit (done on time, late, missed, not
applicable, still to come), and the brister found with their åtgärder.

For the kommun's own committee: areas, unit names and counts; no names of people and no
free text (the comments and the åtgärder's words stay in the app).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from skrivbord.jobb import Framsteg, Jobb
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import Atgard
from skrivbord.rapporter.egenkontroller.underlag import Brist, Genomforande, Planrad, Underlag
from skrivbord.tjanster import kommun as kommuntjanst
from skrivbord.tjanster.egenkontroller import plan, regler, tillfallen
from skrivbord.tjanster.egenkontroller.utfall import Lage
from skrivbord.typer import Atgardsstatus


def _rakna(lista: list[tillfallen.Tillfalle]) -> Genomforande:
    antal = Counter(t.lage for t in lista)
    return Genomforande(
        antal[Lage.UTFORD],
        antal[Lage.UTFORD_SENT],
        antal[Lage.FORSENAD],
        antal[Lage.EJ_AKTUELL],
        antal[Lage.PLANERAD],
    )


def _grupper(
    lista: list[tillfallen.Tillfalle], nyckel: str
) -> tuple[tuple[str, Genomforande], ...]:
    grupper: dict[str, list[tillfallen.Tillfalle]] = {}
    for t in lista:
        grupper.setdefault(getattr(t, nyckel) or "Hela kommunen", []).append(t)
    return tuple((namn, _rakna(rader)) for namn, rader in grupper.items())


def _brister(databas: Databas, lista: list[tillfallen.Tillfalle], idag: date) -> tuple[Brist, ...]:
    med_brister = [t for t in lista if t.brister]
    ids = [t.id for t in med_brister]
    with databas.session() as s:
        rader = s.execute(
            select(Atgard.egenkontroll_tillfalle_id, Atgard.status, Atgard.deadline, func.count())
            .where(Atgard.egenkontroll_tillfalle_id.in_(ids))
            .group_by(Atgard.egenkontroll_tillfalle_id, Atgard.status, Atgard.deadline)
        ).all()
    atgarder: dict[int | None, Counter[str]] = {}
    for t_id, status, deadline, antal in rader:
        raknare = atgarder.setdefault(t_id, Counter())
        raknare["alla"] += antal
        if status == Atgardsstatus.KLAR:
            raknare["klara"] += antal
        elif status != Atgardsstatus.STRUKEN and deadline is not None and deadline < idag:
            raknare["forsenade"] += antal
    return tuple(
        Brist(
            t.utfort_datum or t.planerat_datum,
            t.omrade,
            t.enhet or "Hela kommunen",
            atgarder.get(t.id, Counter())["alla"],
            atgarder.get(t.id, Counter())["klara"],
            atgarder.get(t.id, Counter())["forsenade"],
        )
        for t in sorted(med_brister, key=lambda t: (t.utfort_datum or t.planerat_datum, t.omrade))
    )


def berakna(databas: Databas, ar: int, idag: date | None = None) -> Underlag:
    idag = idag or date.today()
    uppgifter = kommuntjanst.hamta(databas)
    poster = tuple(
        Planrad(
            p.omrade,
            p.omfang_text,
            p.frekvens,
            "MAS" if p.ansvarig.value == "mas" else p.ansvarig.etikett,
            p.rapporteras_till,
            tuple(sorted({d.month for _, d in regler.perioder(p.regel, ar)})),
        )
        for p in plan.plan(databas)
    )
    lista = tillfallen.lista(databas, ar, idag=idag)
    per_enhet = sorted(_grupper(lista, "enhet"), key=lambda g: (g[0] == "Hela kommunen", g[0]))
    return Underlag(
        uppgifter.namn if uppgifter else "",
        plan.namnd(databas),
        ar,
        idag,
        poster,
        _grupper(lista, "omrade"),
        tuple(per_enhet),
        _rakna(lista),
        _brister(databas, lista, idag),
    )


def berakna_och_skriv(databas: Databas, ar: int, ut: Path, idag: date | None = None) -> Jobb[Path]:
    """The report as a job: the figures, then the PDF (written whole or not at all)."""
    from skrivbord.rapporter.egenkontroller import rapport as pdf

    yield Framsteg(0, 2, "Räknar egenkontrollerna")
    underlag = berakna(databas, ar, idag)
    yield Framsteg(1, 2, "Skriver PDF")
    skriven = pdf.skriv(underlag, ut)
    yield Framsteg(2, 2, "Klart")
    return skriven
