"""Att spara en tillsyn: reglerna, fynden med åtgärder, differenserna som avvikelser
och egenkontrollens tillfälle som blir klart."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

import pytest

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster import atgarder, enheter
from skrivbord.tjanster.avvikelser import registrering
from skrivbord.tjanster.databasfil import Databas
from skrivbord.tjanster.egenkontroller import tillfallen
from skrivbord.tjanster.egenkontroller.utfall import Lage
from skrivbord.tjanster.lakemedelstillsyn import lista, protokoll
from skrivbord.tjanster.lakemedelstillsyn.uppgifter import Punktsvar, Rakning, Tillsynsuppgifter
from skrivbord.typer import (
    Atgardsstatus,
    Dokumentkalla,
    Lakemedelsfel,
    Lakemedelssteg,
    Tillsynssvar,
    Tillsynstyp,
)
from tests.tjanster.lakemedelstillsyn.conftest import IDAG, med_svar


def _fel(databas: Databas, u: Tillsynsuppgifter) -> str:
    with pytest.raises(OgiltigUppgift) as fel:
        protokoll.spara(databas, u, IDAG)
    return str(fel.value)


def test_tillsyn_utan_brister_sparas_och_lases_tillbaka(
    databas: Databas, uppgifter: Callable[..., Tillsynsuppgifter]
) -> None:
    u = uppgifter(deltagare=" Karin Farmaceutsson ", kommentar="Inga anmärkningar.")
    tillsyn_id = protokoll.spara(databas, u, IDAG)
    d = protokoll.hamta(databas, tillsyn_id)
    assert (d.enhet, d.utford_av, d.uppgifter.deltagare) == (
        "Solgården",
        "Sara Sköterskesson",
        "Karin Farmaceutsson",
    )
    assert [s.svar for s in d.svar] == [Tillsynssvar.JA] * len(u.svar)
    assert d.rakningar[0].rakning == u.rakningar[0] and d.rakningar[0].avvikelse_id is None
    assert d.fynd == ()


def test_reglerna_sags_alla_pa_en_gang(
    databas: Databas, uppgifter: Callable[..., Tillsynsuppgifter]
) -> None:
    u = uppgifter(
        datum=date(2026, 3, 21),
        utford_av_id=None,
        svar=uppgifter().svar[1:],
        rakningar=(),
    )
    text = _fel(databas, u)
    for del_ in (
        "innan den är gjord",
        "Utförd av",
        "1 punkter är inte besvarade",
        "minst ett preparat",
    ):
        assert del_ in text


def test_nej_kraver_atgard_ansvarig_och_sista_datum(
    databas: Databas, uppgifter: Callable[..., Tillsynsuppgifter]
) -> None:
    u = med_svar(uppgifter(), "narkotika_journal", Punktsvar("narkotika_journal", Tillsynssvar.NEJ))
    text = _fel(databas, u)
    assert "beskriv åtgärden" in text and "vem som ansvarar" in text and "sista datum" in text
    tidigt = Punktsvar("narkotika_journal", Tillsynssvar.NEJ, "", "Påminn", 1, date(2026, 3, 1))
    assert "före tillsynen" in _fel(databas, med_svar(uppgifter(), "narkotika_journal", tidigt))


def test_nej_blir_ett_fynd_med_en_atgard_i_den_gemensamma_tabellen(
    databas: Databas, uppgifter: Callable[..., Tillsynsuppgifter], chef: int
) -> None:
    nej = Punktsvar(
        "narkotika_journal",
        Tillsynssvar.NEJ,
        "Två uttag saknade signatur.",
        "Genomgång av rutinen på APT",
        chef,
        date(2026, 4, 30),
    )
    tillsyn_id = protokoll.spara(databas, med_svar(uppgifter(), "narkotika_journal", nej), IDAG)
    d = protokoll.hamta(databas, tillsyn_id)
    assert len(d.fynd) == 1
    fynd = d.fynd[0]
    assert "numrerade" in fynd.fraga and fynd.kommentar == "Två uttag saknade signatur."
    (a,) = fynd.atgarder
    assert (a.beskrivning, a.ansvarig_namn, a.deadline, a.status) == (
        "Genomgång av rutinen på APT",
        "Erik Chefsson",
        date(2026, 4, 30),
        Atgardsstatus.PLANERAD,
    )
    atgarder.satt_status(databas, a.id, Atgardsstatus.KLAR, date(2026, 4, 2))
    rad = lista.lista(databas, 2026)[0]
    assert (rad.nej_svar, rad.oppna_atgarder) == (1, 0)


def test_differens_kraver_kommentar(
    databas: Databas, uppgifter: Callable[..., Tillsynsuppgifter]
) -> None:
    u = uppgifter(rakningar=(Rakning("Morfin", "10 mg/ml", "injektion", 10, 9),))
    assert "Skriv vad som utretts" in _fel(databas, u)


def test_differens_blir_en_lankad_lakemedelsavvikelse(
    databas: Databas, uppgifter: Callable[..., Tillsynsuppgifter]
) -> None:
    rakningar = (
        Rakning("Oxikodon", "5 mg", "tablett", 40, 40),
        Rakning("Morfin", "10 mg/ml", "injektion", 10, 8.5, "En ampull trasig, ej dokumenterad."),
    )
    tillsyn_id = protokoll.spara(databas, uppgifter(rakningar=rakningar), IDAG)
    d = protokoll.hamta(databas, tillsyn_id)
    assert d.rakningar[0].avvikelse_id is None
    avvikelse_id = d.rakningar[1].avvikelse_id
    assert avvikelse_id is not None
    a = registrering.hamta(databas, avvikelse_id)
    assert a.kategori_kod == registrering.LAKEMEDEL_KOD
    assert a.uppgifter.lakemedel_feltyp == Lakemedelsfel.NARKOTIKA_SALDO
    assert a.uppgifter.lakemedel_feltyp.steg == Lakemedelssteg.NARKOTIKA
    assert a.uppgifter.enhet_id == d.enhet_id
    assert "Morfin 10 mg/ml injektion" in a.uppgifter.beskrivning
    assert "visar 10, räknat saldo är 8,5 (differens −1,5)" in a.uppgifter.beskrivning
    # The MAS can edit it like any avvikelse.
    andrad = dataclasses.replace(a.uppgifter, beskrivning="Utredd: ampullen kasserades.")
    registrering.uppdatera(databas, avvikelse_id, andrad, IDAG)
    assert registrering.hamta(databas, avvikelse_id).uppgifter.beskrivning.startswith("Utredd")
    assert lista.lista(databas)[0].differenser == 1


def test_narkotika_rakning_kraver_lakemedelsforrad(
    databas: Databas, uppgifter: Callable[..., Tillsynsuppgifter]
) -> None:
    hemtjanst = next(e.id for e in enheter.lista(databas) if e.namn == "Hemtjänst Norra")
    assert "inget läkemedelsförråd" in _fel(databas, uppgifter(enhet_id=hemtjanst))


def test_ett_misslyckat_sparande_lamnar_inget_efter_sig(
    databas: Databas, uppgifter: Callable[..., Tillsynsuppgifter]
) -> None:
    nej = Punktsvar("narkotika_journal", Tillsynssvar.NEJ, "", "Åtgärd", 999_999, date(2026, 4, 1))
    assert "finns inte längre" in _fel(databas, med_svar(uppgifter(), "narkotika_journal", nej))
    assert lista.lista(databas) == []


def test_sparad_tillsyn_gor_egenkontrollens_tillfalle_klart(
    databas: Databas, uppgifter: Callable[..., Tillsynsuppgifter], enhet_id: int
) -> None:
    def tillfalle(manad_slut: date) -> tillfallen.Tillfalle:
        return next(
            t
            for t in tillfallen.lista(databas, 2026, enhet_id, IDAG)
            if t.dokumenteras_i == Dokumentkalla.TILLSYN_NARKOTIKA
            and t.planerat_datum == manad_slut
        )

    assert tillfalle(date(2026, 2, 28)).lage == Lage.FORSENAD
    tillsyn_id = protokoll.spara(databas, uppgifter(datum=date(2026, 2, 20)), IDAG)
    t = tillfalle(date(2026, 2, 28))
    assert (t.lage, t.dokument_id) == (Lage.UTFORD, tillsyn_id)
    # March's check done on 2 March, and a second one later that month: the second has
    # no open occurrence of its own and February's is done, so it completes nothing.
    mars = protokoll.spara(databas, uppgifter(datum=date(2026, 3, 2)), IDAG)
    protokoll.spara(databas, uppgifter(datum=date(2026, 3, 12)), IDAG)
    assert tillfalle(date(2026, 3, 31)).dokument_id == mars
    assert tillfalle(date(2026, 2, 28)).dokument_id == tillsyn_id


def test_lista_filtrerar_pa_ar_enhet_och_typ(
    databas: Databas, uppgifter: Callable[..., Tillsynsuppgifter]
) -> None:
    from tests.tjanster.lakemedelstillsyn.conftest import alla_ja

    protokoll.spara(databas, uppgifter(), IDAG)
    protokoll.spara(
        databas,
        uppgifter(
            typ=Tillsynstyp.OVRIGA,
            datum=date(2025, 11, 5),
            svar=alla_ja(databas, Tillsynstyp.OVRIGA),
            rakningar=(),
        ),
        IDAG,
    )
    assert [r.typ for r in lista.lista(databas)] == [Tillsynstyp.NARKOTIKA, Tillsynstyp.OVRIGA]
    assert [r.typ for r in lista.lista(databas, 2025)] == [Tillsynstyp.OVRIGA]
    assert lista.lista(databas, typ=Tillsynstyp.MAS_INTERN) == []
    assert len(lista.lista(databas, enhet_id=lista.lista(databas)[0].enhet_id)) == 2


def test_personnummer_i_fritext_vagras(
    databas: Databas, uppgifter: Callable[..., Tillsynsuppgifter]
) -> None:
    rakning = Rakning("Morfin", "10 mg/ml", "injektion", 10, 9, "Gavs till 19811218-9876.")
    text = _fel(databas, uppgifter(kommentar="Ring 070-123 45 67", rakningar=(rakning,)))
    assert (
        "Räkning rad 1, kommentar: texten innehåller något som ser ut som ett personnummer" in text
    )
    assert "Kommentar:" not in text  # a phone number is not a personnummer
    assert lista.lista(databas) == []
