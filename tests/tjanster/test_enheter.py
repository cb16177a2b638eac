"""The unit register (tjanster/enheter.py): defaults from the type, the duplicate check
the schema's exact UNIQUE(namn) leaves to it (see tests/modeller/test_organisation.py),
changes, and deactivating versus deleting."""

from datetime import date, datetime

import pytest

from skrivbord.fel import OgiltigUppgift
from skrivbord.modeller import Delegering, Veckogenomgang
from skrivbord.tjanster import enheter, nydatabas, personal
from skrivbord.tjanster.avvikelser import kategorier
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.typer import Enhetstyp, Genomgangstyp, Roll
from tests.conftest import ENHETER
from tests.fabrik import komplett


@pytest.mark.parametrize(
    ("typ", "forrad", "veckogenomgangar"),
    [
        (Enhetstyp.SABO, True, True),
        (Enhetstyp.KORTTID, True, True),
        (Enhetstyp.LSS, True, False),
        (Enhetstyp.HEMTJANST, False, True),
        (Enhetstyp.HEMSJUKVARD, False, True),
        (Enhetstyp.DAGVERKSAMHET, False, False),
    ],
)
def test_standardval_efter_typ(databas, typ, forrad: bool, veckogenomgangar: bool) -> None:
    assert enheter.standardval(typ) == enheter.Standardval(forrad, veckogenomgangar)
    ny = enheter.skapa(databas, f"Ny {typ.value}", typ)
    assert (ny.har_lakemedelsforrad, ny.gor_veckogenomgangar) == (forrad, veckogenomgangar)
    assert ny.aktiv and ny.startdatum is None and ny.enhetschef_id is None


def test_guiden_och_nydatabas_anvander_standardvalen(databas) -> None:
    # The conftest database was made by nydatabas.skapa, as the wizard makes one.
    assert nydatabas.enheter is enheter
    for rad in enheter.lista(databas):
        val = enheter.standardval(rad.typ)
        assert (rad.har_lakemedelsforrad, rad.gor_veckogenomgangar) == (
            val.har_lakemedelsforrad,
            val.gor_veckogenomgangar,
        )
    assert {r.namn for r in enheter.lista(databas)} == {n for n, _ in ENHETER}


def test_enhetens_egna_varden_galler_over_typen(databas) -> None:
    ny = enheter.skapa(
        databas,
        "Dagverksamheten Sol",
        Enhetstyp.DAGVERKSAMHET,
        har_lakemedelsforrad=True,
        startdatum=date(2026, 3, 1),
        delegeringsbehov={"insulin": 2, "blodsocker": 0},
    )
    assert ny.har_lakemedelsforrad and not ny.gor_veckogenomgangar
    assert ny.startdatum == date(2026, 3, 1)
    assert ny.delegeringsbehov == {"insulin": 2}  # zero means no requirement
    # A changed type changes nothing else.
    andrad = enheter.andra(
        databas,
        ny.id,
        ny.namn,
        Enhetstyp.SABO,
        har_lakemedelsforrad=False,
        gor_veckogenomgangar=False,
        startdatum=None,
        enhetschef_id=None,
        delegeringsbehov={"insulin": 3, "sarvard": 1},
    )
    assert andrad.typ == Enhetstyp.SABO
    assert not andrad.har_lakemedelsforrad and not andrad.gor_veckogenomgangar
    assert enheter.hamta(databas, ny.id).delegeringsbehov == {"insulin": 3, "sarvard": 1}


def test_enhetschef_visas_med_namn(databas) -> None:
    chef = personal.skapa(databas, "Ebba", "Chefsdotter", Roll.ENHETSCHEF)
    enhet = enheter.lista(databas)[0]
    andrad = enheter.andra(
        databas,
        enhet.id,
        enhet.namn,
        enhet.typ,
        har_lakemedelsforrad=enhet.har_lakemedelsforrad,
        gor_veckogenomgangar=enhet.gor_veckogenomgangar,
        startdatum=enhet.startdatum,
        enhetschef_id=chef.id,
        delegeringsbehov=enhet.delegeringsbehov,
    )
    assert (andrad.enhetschef_id, andrad.enhetschef) == (chef.id, "Ebba Chefsdotter")
    assert next(e for e in enheter.lista(databas) if e.id == enhet.id).enhetschef == chef.namn
    with pytest.raises(OgiltigUppgift, match="enhetschefen finns inte") as fel:
        enheter.skapa(databas, "Ny", Enhetstyp.SABO, enhetschef_id=9999)
    assert fel.value.falt == "enhetschef_id"


@pytest.mark.parametrize("namn", ["solgården", "SOLGÅRDEN", "  Solgården "], ids=str)
def test_dubblett_vagras_oavsett_skiftlage_och_mellanrum(databas, namn: str) -> None:
    with pytest.raises(OgiltigUppgift, match="Det finns redan en enhet som heter") as fel:
        enheter.skapa(databas, namn, Enhetstyp.SABO)
    assert fel.value.falt == "namn"


@pytest.mark.parametrize(
    "namn",
    ["Östergården", "ÖSTERGÅRDEN", "östergården", " ÖSTERGÅRDEN  "],
    ids=["samma", "versaler", "gemener", "mellanrum"],
)
def test_dubblett_med_svensk_versal_vagras(databas, namn: str) -> None:
    enheter.skapa(databas, "Östergården", Enhetstyp.SABO)
    with pytest.raises(OgiltigUppgift, match="Det finns redan en enhet"):
        enheter.skapa(databas, namn, Enhetstyp.SABO)


def test_namnbyte_till_annan_enhets_namn_vagras_men_eget_namn_gar(databas) -> None:
    solgarden, bjorkbacken = enheter.lista(databas)[:2]

    def byt(enhet, namn: str):
        return enheter.andra(
            databas,
            enhet.id,
            namn,
            enhet.typ,
            har_lakemedelsforrad=enhet.har_lakemedelsforrad,
            gor_veckogenomgangar=enhet.gor_veckogenomgangar,
            startdatum=None,
            enhetschef_id=None,
            delegeringsbehov={},
        )

    with pytest.raises(OgiltigUppgift, match="Det finns redan"):
        byt(solgarden, bjorkbacken.namn.upper())
    assert byt(solgarden, solgarden.namn.upper()).namn == solgarden.namn.upper()
    assert byt(solgarden, "  Ny   plats ").namn == "Ny plats"


def test_tomt_namn_okand_uppgift_och_orimligt_antal(databas) -> None:
    with pytest.raises(OgiltigUppgift, match="enhetens namn") as fel:
        enheter.skapa(databas, "  ", Enhetstyp.SABO)
    assert fel.value.falt == "namn"
    with pytest.raises(OgiltigUppgift, match="finns inte i Skrivbord"):
        enheter.skapa(databas, "X", Enhetstyp.SABO, delegeringsbehov={"trolleri": 1})
    with pytest.raises(OgiltigUppgift, match="mellan 0 och 99") as fel:
        enheter.skapa(databas, "X", Enhetstyp.SABO, delegeringsbehov={"insulin": 100})
    assert fel.value.falt == "delegeringsbehov"
    assert [u.kod for u in enheter.delegeringsuppgifter()][:2] == ["overlamna_lakemedel", "insulin"]


def test_inaktivera_och_aktivera(databas) -> None:
    enhet = enheter.lista(databas)[0]
    enheter.satt_aktiv(databas, enhet.id, False)
    assert enhet.id not in {e.id for e in enheter.lista(databas, bara_aktiva=True)}
    assert not enheter.hamta(databas, enhet.id).aktiv
    enheter.satt_aktiv(databas, enhet.id, True)
    assert enheter.hamta(databas, enhet.id).aktiv


def test_oanvand_enhet_kan_tas_bort(databas) -> None:
    ny = enheter.skapa(databas, "Felskriven", Enhetstyp.LSS, delegeringsbehov={"insulin": 1})
    enheter.ta_bort(databas, ny.id)
    assert ny.id not in {e.id for e in enheter.lista(databas)}
    with pytest.raises(OgiltigUppgift, match="finns inte längre"):
        enheter.hamta(databas, ny.id)


def test_anvand_enhet_tas_inte_bort_utan_ska_inaktiveras(databas) -> None:
    enhet = enheter.lista(databas)[0]
    fall = next(k for k in kategorier.lista(databas) if k.kod == "fall")
    for _ in range(2):
        avvikelser.registrera(
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
    ssk = personal.skapa(databas, "Sara", "Sjuksköterska", Roll.SJUKSKOTERSKA)
    usk = personal.skapa(
        databas, "Ulla", "Undersköterska", Roll.UNDERSKOTERSKA, enhet_ids=[enhet.id]
    )
    with databas.session() as session:
        session.add(
            Veckogenomgang(
                enhet_id=enhet.id, ar=2026, vecka=1, typ=Genomgangstyp.FALL, datum=date(2026, 1, 9)
            )
        )
        session.add(
            Delegering(
                delegerad_id=usk.id,
                delegerande_id=ssk.id,
                enhet_id=enhet.id,
                giltig_fran=date(2026, 1, 1),
                giltig_till=date(2026, 12, 31),
            )
        )
    with pytest.raises(OgiltigUppgift) as fel:
        enheter.ta_bort(databas, enhet.id)
    text = fel.value.meddelande
    assert text.startswith(f"Enheten {enhet.namn} kan inte tas bort")
    assert "2 avvikelser, 1 veckogenomgång, 1 delegering och 1 person i personalen" in text
    assert "Inaktivera den i stället" in text
    assert enhet.id in {e.id for e in enheter.lista(databas)}
    enheter.satt_aktiv(databas, enhet.id, False)  # what the sentence says to do
    assert not enheter.hamta(databas, enhet.id).aktiv
