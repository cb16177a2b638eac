"""The staff register (tjanster/personal.py): create, change, deactivate, and delete
only a person nothing refers to."""

from datetime import date, datetime

import pytest

from skrivbord.fel import OgiltigUppgift
from skrivbord.modeller import Delegering
from skrivbord.tjanster import enheter, personal
from skrivbord.tjanster.avvikelser import flode, kategorier
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.typer import Roll
from tests.fabrik import komplett


def test_skapa_och_lista(databas) -> None:
    ssk = personal.skapa(databas, "Testa", "Sjuksköterskesson", Roll.SJUKSKOTERSKA)
    usk = personal.skapa(databas, "Prova", "Andersdotter", Roll.UNDERSKOTERSKA)
    assert ssk.legitimerad and not usk.legitimerad  # from the role
    assert [p.namn for p in personal.lista(databas)] == [usk.namn, ssk.namn]
    with pytest.raises(OgiltigUppgift, match="förnamn och efternamn") as fel:
        personal.skapa(databas, " ", "X", Roll.VARDBITRADE)
    assert fel.value.falt == "fornamn"
    with pytest.raises(OgiltigUppgift, match="förnamn och efternamn") as fel:
        personal.skapa(databas, "X", "", Roll.VARDBITRADE)
    assert fel.value.falt == "efternamn"
    with pytest.raises(OgiltigUppgift, match="högst 60 tecken") as fel:
        personal.skapa(databas, "X" * 61, "Y", Roll.VARDBITRADE)
    assert fel.value.falt == "fornamn"


def test_enheter_legitimerad_och_andring(databas) -> None:
    solgarden, bjorkbacken = enheter.lista(databas)[:2]
    person = personal.skapa(
        databas,
        "  Ida ",
        "Ek  Lund",
        Roll.UNDERSKOTERSKA,
        legitimerad=True,
        enhet_ids=[bjorkbacken.id, solgarden.id],
    )
    assert (person.fornamn, person.efternamn, person.namn) == ("Ida", "Ek Lund", "Ida Ek Lund")
    assert person.legitimerad  # the user's choice over the role's default
    assert person.enhetsnamn == tuple(sorted((solgarden.namn, bjorkbacken.namn)))
    andrad = personal.andra(
        databas,
        person.id,
        "Ida",
        "Ek",
        Roll.SJUKSKOTERSKA,
        legitimerad=True,
        enhet_ids=[solgarden.id],
        aktiv=False,
    )
    assert (andrad.roll, andrad.enhet_ids, andrad.aktiv) == (
        Roll.SJUKSKOTERSKA,
        (solgarden.id,),
        False,
    )
    assert person.id not in {p.id for p in personal.lista(databas)}
    assert personal.hamta(databas, person.id) == andrad
    with pytest.raises(OgiltigUppgift, match="valda enheterna") as fel:
        personal.skapa(databas, "A", "B", Roll.ANNAN, enhet_ids=[9999])
    assert fel.value.falt == "enhet_ids"


def test_inaktivera_och_aktivera(databas) -> None:
    person = personal.skapa(databas, "Nils", "Nilsson", Roll.VARDBITRADE)
    personal.satt_aktiv(databas, person.id, False)
    assert person.id not in {p.id for p in personal.lista(databas)}
    assert person.id in {p.id for p in personal.lista(databas, bara_aktiva=False)}
    personal.satt_aktiv(databas, person.id, True)
    assert personal.hamta(databas, person.id).aktiv


def test_oanvand_person_kan_tas_bort(databas) -> None:
    enhet = enheter.lista(databas)[0]
    person = personal.skapa(databas, "Fel", "Skriven", Roll.ANNAN, enhet_ids=[enhet.id])
    personal.ta_bort(databas, person.id)
    assert personal.lista(databas, bara_aktiva=False) == []
    with pytest.raises(OgiltigUppgift, match="finns inte längre"):
        personal.hamta(databas, person.id)


def test_anvand_person_tas_inte_bort_utan_ska_inaktiveras(databas) -> None:
    enhet = enheter.lista(databas)[0]
    ssk = personal.skapa(databas, "Sara", "Sjuksköterska", Roll.SJUKSKOTERSKA)
    usk = personal.skapa(databas, "Ulla", "Undersköterska", Roll.UNDERSKOTERSKA)
    fall = next(k for k in kategorier.lista(databas) if k.kod == "fall")
    avvikelse_id = avvikelser.registrera(
        databas,
        komplett(
            databas,
            avvikelser.AvvikelseUppgifter(
                datetime(2026, 1, 2, 8),
                date(2026, 1, 2),
                enhet.id,
                Roll.VARDBITRADE,
                fall.id,
                "Föll.",
            ),
        ),
    )
    for text in ("Larm", "Belysning"):
        flode.lagg_till_atgard(databas, avvikelse_id, text, ssk.id, date(2026, 2, 1))
    with databas.session() as session:
        session.add(
            Delegering(
                delegerad_id=usk.id,
                delegerande_id=ssk.id,
                giltig_fran=date(2026, 1, 1),
                giltig_till=date(2026, 12, 31),
            )
        )
    enheter.andra(
        databas,
        enhet.id,
        enhet.namn,
        enhet.typ,
        har_lakemedelsforrad=True,
        gor_veckogenomgangar=True,
        startdatum=None,
        enhetschef_id=ssk.id,
        delegeringsbehov={},
    )
    with pytest.raises(OgiltigUppgift) as fel:
        personal.ta_bort(databas, ssk.id)
    text = fel.value.meddelande
    assert text == (
        "Personen kan inte tas bort: hen är ansvarig för 2 åtgärder, har gett 1 delegering "
        f"och är enhetschef för {enhet.namn}. Inaktivera personen i stället; då finns "
        "historiken kvar men personen erbjuds inte längre i formulären."
    )
    assert "Sara" not in text  # names stay out of messages that might be copied to a log
    with pytest.raises(OgiltigUppgift, match="hen har fått 1 delegering"):
        personal.ta_bort(databas, usk.id)
    personal.satt_aktiv(databas, ssk.id, False)
    assert not personal.hamta(databas, ssk.id).aktiv
