"""Building the summary from rows, without a database: the marking rule, the cross
tables, åtgärder, the "Annat" reasons, and the decoding of the row pass."""

from __future__ import annotations

from collections import Counter
from datetime import date

from skrivbord.perioder import tolka
from skrivbord.rapporter.avvikelser.underlag import EJ_ANGIVET, AnnatSkalAntal
from skrivbord.tjanster.avvikelser import sammanstallning_bygg as bygg
from skrivbord.tjanster.avvikelser.sammanstallning_fragor import Rader, tolka_radpass
from skrivbord.typer import (
    Atgardsstatus,
    Enhetstyp,
    Fallskada,
    IvoBeslut,
    Konsekvens,
    Motpart,
)


def test_markering_kraver_storlek_och_tydlig_forandring() -> None:
    markera = bygg.Markering(0.5, 10)
    assert markera.rad("Fall", (4, 10, 16)).markerad  # +60 % and 16 ≥ 10
    assert markera.rad("Fall", (0, 10, 4)).markerad  # –60 %: down counts too
    assert not markera.rad("Fall", (0, 10, 15)).markerad  # +50 % is not more than 50 %
    assert not markera.rad("Fall", (0, 2, 4)).markerad  # +100 %, but too few
    fran_noll = markera.rad("Fall", (0, 0, 12), "fall")
    assert fran_noll.forandring is None and fran_noll.markerad and fran_noll.kod == "fall"
    ensam = markera.rad("Fall", (30,))
    assert (ensam.forandring, ensam.markerad) == (None, False)
    assert markera.rad("Fall", (5, 8, 4)).forandring == -0.5


def test_korstabell_ej_angivet_och_tomma_rader() -> None:
    antal = Counter({("ingen", None): 2, ("fraktur", "x"): 1, (None, "y"): 3})
    tabell = bygg.korstabell(None, list(Fallskada), ["x", "y"], antal)
    # Rows without a count are left out, and what has no row or column goes to "Ej angivet".
    assert tabell.rader == (Fallskada.INGEN.etikett, Fallskada.FRAKTUR.etikett, EJ_ANGIVET)
    assert tabell.kolumner == ("x", "y", EJ_ANGIVET)
    assert tabell.antal == ((0, 0, 2), (1, 0, 0), (0, 3, 0))
    alla = bygg.korstabell(None, list(Fallskada), ["x"], Counter(), utan_tomma_rader=False)
    assert alla.rader == tuple(f.etikett for f in Fallskada)
    assert alla.kolumner == ("x",) and alla.summa == 0


def test_korstabell_med_egna_radetiketter_behaller_alla_rader() -> None:
    tabell = bygg.korstabell(["Natt", "Dag"], [0, 1], [Motpart.VARDCENTRAL], Counter())
    assert tabell.rader == ("Natt", "Dag")
    assert tabell.antal == ((0,), (0,))


def test_atgarder_per_status_och_sista_datum() -> None:
    a = bygg.atgarder(
        [
            (Atgardsstatus.KLAR.value, 1, 3),
            (Atgardsstatus.STRUKEN.value, 0, 1),
            (Atgardsstatus.PLANERAD.value, 1, 2),
            (Atgardsstatus.PAGAR.value, 0, 4),
        ],
        9,
    )
    assert (a.totalt, a.klara, a.strukna, a.oppna, a.forsenade) == (10, 3, 1, 6, 2)
    assert a.forsenade_alla_perioder == 9


def test_annat_per_skal_storst_forst_och_oklassade() -> None:
    annat = bygg.annat(9, Counter({1: 2, 2: 4, None: 3}), {1: "Bemötande", 2: "Larm och teknik"})
    assert annat.skal == (AnnatSkalAntal("Larm och teknik", 4), AnnatSkalAntal("Bemötande", 2))
    assert (annat.antal, annat.oklassade) == (9, 3)


def _radpass(
    kategori: int,
    timme: int = 12,
    *,
    skada: str | None = None,
    mellan: tuple[str, str | None] | None = None,
    status: str = "registrerad",
    lex: str = "ej_aktuell",
    allvarlig: bool = False,
    handelseanalys: bool = False,
    analys: bool = False,
    annat: int | None = None,
    n: int = 1,
) -> tuple:
    """One distinct row of the pass, as tolka_radpass gives it (no medication fields)."""
    motpart, overenskommelse = mellan or (None, None)
    return (
        *(kategori, timme, skada, None, None, mellan is not None, motpart, overenskommelse),
        *(status, lex, allvarlig, handelseanalys, analys, annat, n),
    )


def test_tolka_radpass() -> None:
    falt = "\x1f".join
    fall = falt(["3", "07", "lindrig", "", "", "0", "", "", "registrerad", "ej_aktuell"])
    fall += "\x1f" + falt(["0", "1", "0", "7"])
    mellan = falt(["5", "23", "", "", "", "1", "vardcentral", "utskrivning", "avslutad"])
    mellan += "\x1f" + falt(["anmald", "1", "0", "1", ""])
    assert sorted(tolka_radpass("\x1e".join([fall, mellan, fall]))) == [
        _radpass(3, 7, skada="lindrig", handelseanalys=True, annat=7, n=2),
        _radpass(
            5,
            23,
            mellan=("vardcentral", "utskrivning"),
            status="avslutad",
            lex="anmald",
            allvarlig=True,
            analys=True,
        ),
    ]
    assert tolka_radpass(None) == tolka_radpass("") == []


def test_bygg_fran_rader() -> None:
    """A whole result from hand-made rows: two compared years, one unit type."""
    kategorier = [(1, "fall", "Fall", True), (2, "annat", "Annat", True), (3, "gammal", "X", False)]
    sabo = Enhetstyp.SABO.value
    rader = Rader(
        kategorier=kategorier,
        enhetstyp={10: sabo},
        kod_till_id={"fall": 1, "annat": 2, "gammal": 3},
        annat_skal={7: "Larm och teknik"},
        overenskommelser={"utskrivning": "In- och utskrivning"},
        aggregat=[Counter({(1, 10, 0): 4}), Counter({(1, 10, 0): 9, (2, 10, 3): 2})],
        radpass=[
            _radpass(
                1,
                23,
                skada="fraktur",
                status="avslutad",
                lex="anmald",
                n=9,
                handelseanalys=True,
                analys=True,
            ),
            _radpass(2, mellan=("vardcentral", None), annat=7, n=2),
        ],
        jamforelse=[(1, 0)],
        atgarder=[(Atgardsstatus.PLANERAD.value, 1, 2)],
        forsenade_alla=5,
        uppfoljda=3,
        anmalda=[1, 9],  # by the date sent (ANMALDA), not by the event
        anmalningar=[(1, 0, "avslutat", 6), (0, 0, "", 3)],
    )
    period = tolka("2025")
    alla = (tolka("2024"), period)
    s = bygg.bygg(period, alla, date(2026, 1, 1), rader, markera=bygg.Markering(0.5, 5))
    assert s.totalt.antal == (4, 11)
    # The inactive X has no avvikelser and is left out; 4 → 9 is +125 % with 9 ≥ 5, while
    # 0 → 2 stays below the minimum of 5.
    assert [(r.etikett, r.antal, r.markerad) for r in s.kategorier] == [
        ("Fall", (4, 9), True),
        ("Annat", (0, 2), False),
    ]
    assert [r.etikett for r in s.enhetstyper] == [Enhetstyp.SABO.etikett]
    assert s.konsekvenser[int(Konsekvens.ALLVARLIG)].antal == (0, 2)
    assert s.kategori_per_enhetstyp.antal == ((9,), (2,))  # the inactive X is left out
    assert s.fall.varde("Natt 22–06", Fallskada.FRAKTUR.etikett) == 9
    assert s.lex_maria.anmalda == (1, 9)
    lex = s.lex_maria
    assert (lex.informerade, lex.namnd_informerad, lex.utan_ivo_beslut) == (6, 0, 3)
    assert lex.ivo_beslut == ((IvoBeslut.AVSLUTAT.etikett, 6),)
    assert s.mellan_vardgivare.antal == (0, 2)
    assert s.mellan_vardgivare_fordelning.varde(Motpart.VARDCENTRAL.etikett, EJ_ANGIVET) == 2
    assert (s.med_analys.antal, s.med_uppfoljning.antal, s.avslutade.antal) == (9, 3, 9)
    assert s.med_analys.av == 11 and s.handelseanalyser == 9
    a = s.atgarder
    assert (a.oppna, a.forsenade, a.forsenade_alla_perioder) == (2, 2, 5)
    assert s.annat.skal == (AnnatSkalAntal("Larm och teknik", 2),)


def test_orsaker_raknas_en_gang_per_orsaksomrade() -> None:
    """A combination row counts once in each of its orsaksområden and once as analysed;
    categories without any are left out of the columns."""
    from skrivbord.typer import Orsaksomrade

    kategorier = [
        (1, "fall", "Fall", 1),
        (2, "annat", "Annat", 1),
        (3, "lakemedel", "Läkemedel", 1),
    ]
    rader = [(1, 0, "kommunikation,rutiner", 3), (3, 1, "kommunikation", 2), (1, 1, "miljo", 1)]
    o = bygg.orsaker(rader, kategorier)
    assert o.per_kategori.kolumner == ("Fall", "Läkemedel")
    assert o.analyserade == (4, 2) and o.analyserade_totalt == 6
    komm = o.per_kategori.rader.index(Orsaksomrade.KOMMUNIKATION.etikett)
    assert o.per_kategori.antal[komm] == (3, 2) and o.totalt[komm] == 5
    assert o.mellan_vardgivare[komm] == 2 and o.analyserade_mellan == 3
    miljo = o.per_kategori.rader.index(Orsaksomrade.MILJO.etikett)
    assert o.mellan_vardgivare[miljo] == 1


def test_lakemedelsfel_per_steg() -> None:
    per = bygg._per_steg(
        Counter({("fel_dos", "sjukskoterska"): 3, ("forvaring", None): 2, (None, None): 4})
    )
    assert dict(per) == {
        "Ordination": 0,
        "Iordningställande/dosett": 0,
        "Överlämnande/administrering": 3,
        "Förvaring": 2,
        "Narkotika-saldo": 0,
        "Dosapotek/leverans": 0,
    }
