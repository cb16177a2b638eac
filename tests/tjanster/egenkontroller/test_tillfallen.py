"""Occurrences per unit and what completes them: the unit attributes give the scope, a
weekly review or a tillsyn documents its occurrence, the rest carry their own result."""

from __future__ import annotations

from datetime import date

import pytest

from skrivbord.fel import OgiltigUppgift, SamtidigAndring
from skrivbord.modeller import Lakemedelstillsyn
from skrivbord.tjanster import enheter
from skrivbord.tjanster.avvikelser import veckogenomgangar
from skrivbord.tjanster.egenkontroller import tillfallen
from skrivbord.tjanster.egenkontroller.utfall import Lage
from skrivbord.typer import Genomgangstyp, Tillsynstyp

IDAG = date(2026, 6, 15)


def _av(lista, omrade: str, enhet: str = "") -> list[tillfallen.Tillfalle]:
    return [t for t in lista if t.omrade == omrade and (not enhet or t.enhet == enhet)]


def test_omfanget_foljer_enheternas_egenskaper(databas) -> None:
    lista = tillfallen.lista(databas, 2026, idag=IDAG)
    # Narkotika where a läkemedelsförråd is kept: two SÄBO and the korttid, not hemtjänst.
    narkotika = _av(lista, "Läkemedelstillsyn – narkotika")
    assert {t.enhet for t in narkotika} == {"Solgården", "Björkbacken", "Korttids Lugnet"}
    assert len(narkotika) == 3 * 12
    hemtjanst = next(e for e in enheter.lista(databas) if e.namn == "Hemtjänst Norra")
    assert all(t.enhet_id != hemtjanst.id for t in narkotika)
    # The MAS's summaries: one occurrence for the kommun.
    assert {t.enhet for t in _av(lista, "Fall – sammanställning")} == {""}
    # Weekly reviews from every unit that owes them: all four.
    assert len({t.enhet for t in _av(lista, "Fall – veckogenomgång")}) == 4
    # Calling again adds nothing.
    assert len(tillfallen.lista(databas, 2026, idag=IDAG)) == len(lista)


def test_veckogenomgangen_gor_tillfallet_klart(databas) -> None:
    solgarden = next(e.id for e in enheter.lista(databas) if e.namn == "Solgården")
    veckogenomgangar.registrera(
        databas,
        veckogenomgangar.Genomgang(
            solgarden, 2026, 10, Genomgangstyp.FALL, date(2026, 3, 10), ["Enhetschef"], "Inga fall."
        ),
        IDAG,
    )
    lista = _av(tillfallen.lista(databas, 2026, idag=IDAG), "Fall – veckogenomgång", "Solgården")
    vecka10 = next(t for t in lista if t.planerat_datum.isocalendar()[:2] == (2026, 10))
    assert (vecka10.lage, vecka10.utfort_datum) == (Lage.UTFORD, date(2026, 3, 10))
    assert vecka10.dokument_id is not None
    vecka11 = next(t for t in lista if t.planerat_datum.isocalendar()[:2] == (2026, 11))
    assert vecka11.lage == Lage.FORSENAD
    # Not recorded twice: the review is where it is documented.
    with pytest.raises(OgiltigUppgift, match="veckogenomgång"):
        tillfallen.registrera(
            databas, vecka11.id, tillfallen.Resultat(date(2026, 3, 20), None, False, ""), IDAG
        )


def test_tillsyn_i_perioden_och_en_som_kom_sent(databas) -> None:
    solgarden = next(e.id for e in enheter.lista(databas) if e.namn == "Solgården")
    with databas.session() as s:
        for dag in (date(2026, 1, 20), date(2026, 3, 2), date(2026, 3, 25)):
            s.add(Lakemedelstillsyn(enhet_id=solgarden, typ=Tillsynstyp.NARKOTIKA, datum=dag))
    lista = _av(
        tillfallen.lista(databas, 2026, idag=IDAG), "Läkemedelstillsyn – narkotika", "Solgården"
    )
    lage = {t.planerat_datum.month: (t.lage, t.utfort_datum) for t in lista}
    assert lage[1] == (Lage.UTFORD, date(2026, 1, 20))
    # February's was done on 2 March: late; March has its own.
    assert lage[2] == (Lage.UTFORD_SENT, date(2026, 3, 25))
    assert lage[3] == (Lage.UTFORD, date(2026, 3, 2))
    assert lage[4][0] == lage[5][0] == Lage.FORSENAD
    assert lage[6][0] == Lage.PLANERAD


def test_resultat_och_ej_aktuellt(databas) -> None:
    lista = _av(tillfallen.lista(databas, 2026, idag=IDAG), "Hygienrond", "Solgården")
    (hygienrond,) = lista
    with pytest.raises(OgiltigUppgift, match="framtiden"):
        tillfallen.registrera(
            databas, hygienrond.id, tillfallen.Resultat(date(2026, 7, 1), None, False, ""), IDAG
        )
    with pytest.raises(OgiltigUppgift, match="Beskriv bristerna"):
        tillfallen.registrera(
            databas, hygienrond.id, tillfallen.Resultat(date(2026, 4, 2), None, True, " "), IDAG
        )
    tillfallen.registrera(
        databas,
        hygienrond.id,
        tillfallen.Resultat(date(2026, 5, 5), None, True, "Handspritflaskor saknades."),
        IDAG,
    )
    (gjord,) = _av(tillfallen.lista(databas, 2026, idag=IDAG), "Hygienrond", "Solgården")
    assert (gjord.lage, gjord.brister, gjord.kommentar) == (
        Lage.UTFORD_SENT,
        True,
        "Handspritflaskor saknades.",
    )
    with pytest.raises(OgiltigUppgift, match="varför"):
        tillfallen.ej_aktuellt(databas, gjord.id, "")
    tillfallen.ej_aktuellt(databas, gjord.id, "Rond gjord av regionens vårdhygien i stället.")
    (ej,) = _av(tillfallen.lista(databas, 2026, idag=IDAG), "Hygienrond", "Solgården")
    assert (ej.lage, ej.orsak) == (Lage.EJ_AKTUELL, "Rond gjord av regionens vårdhygien i stället.")
    tillfallen.ater_planera(databas, ej.id)
    (igen,) = _av(tillfallen.lista(databas, 2026, idag=IDAG), "Hygienrond", "Solgården")
    assert igen.lage == Lage.FORSENAD


def test_oversikt_och_kalendern_ar_overens_om_perioden(databas) -> None:
    """May's narkotika check was skipped and June's done early: May is overdue in both
    the calendar and Översikt's list (June's record belongs to June)."""
    solgarden = next(e.id for e in enheter.lista(databas) if e.namn == "Solgården")
    with databas.session() as s:
        for dag in (date(2026, 4, 12), date(2026, 6, 10)):
            s.add(Lakemedelstillsyn(enhet_id=solgarden, typ=Tillsynstyp.NARKOTIKA, datum=dag))
    lista = _av(
        tillfallen.lista(databas, 2026, idag=IDAG), "Läkemedelstillsyn – narkotika", "Solgården"
    )
    lage = {t.planerat_datum.month: t.lage for t in lista}
    assert (lage[4], lage[5], lage[6]) == (Lage.UTFORD, Lage.FORSENAD, Lage.UTFORD)
    with databas.session() as s:
        att_gora = tillfallen.att_gora(s, IDAG)
    (maj,) = [
        t
        for t in att_gora.forsenade
        if t.omrade == "Läkemedelstillsyn – narkotika" and t.enhet == "Solgården"
    ]
    assert maj.planerat_datum == date(2026, 5, 31)
    # One per plan item and unit at most.
    nycklar = [(t.egenkontroll_id, t.enhet_id) for t in att_gora.forsenade]
    assert len(nycklar) == len(set(nycklar))


def test_stickprov_far_ett_foreslaget_datum_som_inte_flyttar_sig(databas) -> None:
    """Issue "Logguppföljning": a suggested random date for each sample, through the
    schedule; a working day within the period, the same every time it is read."""
    lista = tillfallen.lista(databas, 2026, idag=IDAG)
    stickprov = _av(lista, "Logguppföljning – stickprov")
    oppna = [t for t in stickprov if t.lage in (Lage.PLANERAD, Lage.FORSENAD)]
    assert oppna
    for t in oppna:
        assert t.foreslaget_datum is not None
        assert t.foreslaget_datum.weekday() < 5
        assert (t.period_fran or t.planerat_datum.replace(day=1)) <= t.foreslaget_datum
        assert t.foreslaget_datum <= t.planerat_datum
    # Not all on the same day of the month (a sample nobody can foresee).
    assert len({t.foreslaget_datum.day for t in oppna if t.foreslaget_datum}) > 1
    igen = {t.id: t.foreslaget_datum for t in tillfallen.lista(databas, 2026, idag=IDAG)}
    assert all(igen[t.id] == t.foreslaget_datum for t in oppna)
    assert all(t.foreslaget_datum is None for t in lista if t not in stickprov)


def _hygienrond(databas) -> tillfallen.Tillfalle:
    (t,) = _av(tillfallen.lista(databas, 2026, idag=IDAG), "Hygienrond", "Solgården")
    return t


def test_samtidig_andring(databas) -> None:
    """Two open the same occurrence: the second to save with the version she saw is
    told so and gets her result back; the occurrence stays the first one's, and with
    the saved version she saves."""
    oppnat = _hygienrond(databas)
    assert tillfallen.hamta_ett(databas, oppnat.id, IDAG) == oppnat
    annas = tillfallen.Resultat(date(2026, 5, 5), None, False, "Anna: allt i ordning.")
    bertils = tillfallen.Resultat(date(2026, 5, 6), None, True, "Bertil: handsprit saknades.")
    tillfallen.registrera(databas, oppnat.id, annas, IDAG, version=oppnat.version)
    with pytest.raises(SamtidigAndring) as fel:
        tillfallen.registrera(databas, oppnat.id, bertils, IDAG, version=oppnat.version)
    assert fel.value.egna == bertils
    assert "tillfället" in fel.value.meddelande
    with pytest.raises(SamtidigAndring) as fel:
        tillfallen.ej_aktuellt(databas, oppnat.id, "Enheten stängd.", version=oppnat.version)
    assert fel.value.egna == "Enheten stängd."
    with pytest.raises(SamtidigAndring):
        tillfallen.ater_planera(databas, oppnat.id, version=oppnat.version)
    sparat = tillfallen.hamta_ett(databas, oppnat.id, IDAG)
    assert (sparat.kommentar, sparat.brister, sparat.version) == (annas.kommentar, False, 2)
    tillfallen.registrera(databas, oppnat.id, bertils, IDAG, version=sparat.version)
    assert _hygienrond(databas).kommentar == bertils.kommentar
    tillfallen.ater_planera(databas, oppnat.id, version=3)
    assert _hygienrond(databas).lage is not Lage.UTFORD
