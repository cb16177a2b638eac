"""The MAS classes what avvikelser under "Annat" were about.

Whoever reports under "Annat" writes a short explanation in her own words. Those words
may name a person, so they never reach the sammanställning (a public document, issue
"Avvikelser, read by a MAS"); the MAS reads them here, grouped, and classes each group
as one of a short list of reasons she keeps (the katalog ``SKAL``) or moves it to an
existing category. The sammanställning counts the reasons, and how many are not
classed yet.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import AnnatSkal, Avvikelse, AvvikelseKategori
from skrivbord.tjanster.avvikelser import katalog
from skrivbord.tjanster.avvikelser.registrering import ANNAT_KOD

SKAL = katalog.Katalog(AnnatSkal, Avvikelse.annat_skal_id, "Skälet", "skälets", "det")


@dataclass(frozen=True)
class Forklaring:
    """One explanation, case and spacing ignored: how it is written most often, every
    spelling of it, and how many unclassed avvikelser give it."""

    text: str
    former: tuple[str, ...]
    antal: int


def oklassade(databas: Databas) -> list[Forklaring]:
    """The explanations of the avvikelser under "Annat" not classed yet, most common
    first. Read through ``ix_avvikelse_annat_oklassad`` (only those rows)."""
    with databas.session() as session:
        annat_id = _annat_id(session)
        rader = session.execute(
            select(Avvikelse.annat_orsak, func.count())
            .where(
                Avvikelse.kategori_id == annat_id,
                Avvikelse.annat_skal_id.is_(None),
                Avvikelse.annat_orsak != "",
            )
            .group_by(Avvikelse.annat_orsak)
        ).all()
    grupper: dict[str, dict[str, int]] = defaultdict(dict)
    for text, n in rader:
        grupper[normalisera(text)][text] = n
    forklaringar = [
        Forklaring(
            text=" ".join(min(former.items(), key=lambda par: (-par[1], par[0]))[0].split()),
            former=tuple(sorted(former)),
            antal=sum(former.values()),
        )
        for former in grupper.values()
    ]
    return sorted(forklaringar, key=lambda f: (-f.antal, f.text.casefold()))


def klassa(
    databas: Databas,
    former: list[str],
    *,
    skal_id: int | None = None,
    kategori_id: int | None = None,
) -> int:
    """Classes the unclassed "Annat" avvikelser whose explanation is one of ``former``
    as the reason ``skal_id``, or moves them to the category ``kategori_id`` (the short
    explanation then goes, as when the category is changed in the form). Returns how
    many avvikelser changed. Through the ORM, so the change log gets every row."""
    if (skal_id is None) == (kategori_id is None):
        raise OgiltigUppgift("Välj ett skäl eller en kategori.")
    with databas.session() as session:
        annat_id = _annat_id(session)
        if skal_id is not None:
            skal = session.get(AnnatSkal, skal_id)
            if skal is None or not skal.aktiv:
                raise OgiltigUppgift("Skälet finns inte längre eller är inaktiverat.")
        if kategori_id is not None:
            kategori = session.get(AvvikelseKategori, kategori_id)
            if kategori is None or not kategori.aktiv or kategori.id == annat_id:
                raise OgiltigUppgift("Välj en annan aktiv kategori än Annat.")
        avvikelser = session.scalars(
            select(Avvikelse).where(
                Avvikelse.kategori_id == annat_id,
                Avvikelse.annat_skal_id.is_(None),
                Avvikelse.annat_orsak.in_(former),
            )
        ).all()
        for avvikelse in avvikelser:
            if skal_id is not None:
                avvikelse.annat_skal_id = skal_id
            else:
                avvikelse.kategori_id = kategori_id  # type: ignore[assignment]
                avvikelse.annat_orsak = ""
        return len(avvikelser)


def normalisera(text: str) -> str:
    return " ".join(text.split()).casefold()


def _annat_id(session: Session) -> int | None:
    return session.scalar(select(AvvikelseKategori.id).where(AvvikelseKategori.kod == ANNAT_KOD))
