"""The agreements between caregivers are a list the MAS keeps: renamed, deactivated,
added and mapped to a national code; an entry in use is never deleted, and an
avvikelse keeps an entry deactivated since (issue "Avvikelser, read by a MAS")."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster import enheter
from skrivbord.tjanster.avvikelser import kategorier, overenskommelser
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.typer import Motpart, Roll
from tests.fabrik import komplett

LISTA = overenskommelser.OVERENSKOMMELSER


def _uppgifter(databas, overenskommelse: str) -> avvikelser.AvvikelseUppgifter:
    annat = next(k for k in kategorier.lista(databas) if k.kod == "vard_behandling")
    return komplett(
        databas,
        avvikelser.AvvikelseUppgifter(
            handelse_tid=datetime(2026, 3, 2, 9, 0),
            rapporterad_datum=date(2026, 3, 2),
            enhet_id=enheter.lista(databas)[0].id,
            rapportor_roll=Roll.SJUKSKOTERSKA,
            kategori_id=annat.id,
            beskrivning="Utskrivningsmeddelande saknades vid hemgång.",
            mellan_vardgivare=True,
            motpart=Motpart.REGION_AVDELNING,
            overenskommelse=overenskommelse,
        ),
    )


def test_standardlistan_med_nationella_koder(databas) -> None:
    poster = LISTA.lista(databas)
    assert [p.kod for p in poster][:2] == ["utskrivning", "lakemedelslista"]
    assert all(p.nationell_kod == p.kod for p in poster)
    assert overenskommelser.namn(databas)["hsl_avtalet"] == "Hälso- och sjukvårdsavtalet"


def test_ny_overenskommelse_borjar_pa_annat_tills_mas_kopplar_den(databas) -> None:
    ny = LISTA.lagg_till(databas, "Samverkansrutin för trygg och effektiv utskrivning 2026")
    assert ny.nationell_kod == "annat"
    assert len(ny.kod) <= 24  # what avvikelse.overenskommelse takes
    LISTA.satt_nationell_kod(databas, ny.id, "utskrivning")
    assert [p.nationell_kod for p in LISTA.lista(databas) if p.id == ny.id] == ["utskrivning"]
    with pytest.raises(OgiltigUppgift, match="finns inte i kodlistan"):
        LISTA.satt_nationell_kod(databas, ny.id, "pafunnen_kod")


def test_kategoriernas_nationella_kod(databas) -> None:
    fall = next(k for k in kategorier.lista(databas) if k.kod == "fall")
    assert fall.nationell_kod == "fall"
    egen = kategorier.lagg_till(databas, "Självskada")
    assert egen.nationell_kod == "annat"
    kategorier.KATEGORIER.satt_nationell_kod(databas, egen.id, "vard_behandling")
    assert [k.nationell_kod for k in kategorier.lista(databas) if k.id == egen.id] == [
        "vard_behandling"
    ]


def test_overenskommelse_som_anvands_tas_aldrig_bort(databas) -> None:
    avvikelser.registrera(databas, _uppgifter(databas, "utskrivning"))
    utskrivning = next(p for p in LISTA.lista(databas) if p.kod == "utskrivning")
    with pytest.raises(OgiltigUppgift, match="används av 1 avvikelser"):
        LISTA.ta_bort(databas, utskrivning.id)
    oanvand = LISTA.lagg_till(databas, "Tillfällig rutin")
    LISTA.ta_bort(databas, oanvand.id)
    assert oanvand.id not in [p.id for p in LISTA.lista(databas)]


def test_inaktiverad_overenskommelse_behalls_men_valjs_inte_pa_nytt(databas) -> None:
    avvikelse_id = avvikelser.registrera(databas, _uppgifter(databas, "hjalpmedel"))
    hjalpmedel = next(p for p in LISTA.lista(databas) if p.kod == "hjalpmedel")
    LISTA.satt_aktiv(databas, hjalpmedel.id, False)
    # The avvikelse that has it keeps it when edited …
    detalj = avvikelser.hamta(databas, avvikelse_id)
    avvikelser.uppdatera(databas, avvikelse_id, detalj.uppgifter)
    assert avvikelser.hamta(databas, avvikelse_id).uppgifter.overenskommelse == "hjalpmedel"
    # … but a new one cannot be given it, nor a code that is not in the list.
    for kod in ("hjalpmedel", "finns_inte"):
        with pytest.raises(OgiltigUppgift, match="överenskommelsen finns inte") as fel:
            avvikelser.registrera(databas, _uppgifter(databas, kod))
        assert fel.value.falt == "overenskommelse"


def test_nytt_namn_syns_i_sammanstallningen(databas) -> None:
    from skrivbord.tjanster.avvikelser import sammanstallning

    avvikelser.registrera(databas, _uppgifter(databas, "utskrivning"))
    utskrivning = next(p for p in LISTA.lista(databas) if p.kod == "utskrivning")
    LISTA.byt_namn(databas, utskrivning.id, "Trygg hemgång")
    resultat = sammanstallning.berakna(databas, "2026", idag=date(2026, 12, 1))
    tabell = resultat.mellan_vardgivare_fordelning
    assert "Trygg hemgång" in tabell.kolumner
    assert tabell.varde(Motpart.REGION_AVDELNING.etikett, "Trygg hemgång") == 1
