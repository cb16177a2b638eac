"""Every rule of a delegation decision (SOSFS 1997:14, HSLF-FS 2017:37)."""

from __future__ import annotations

from datetime import date

import pytest

from skrivbord.fel import OgiltigUppgift
from skrivbord.tjanster import enheter
from skrivbord.tjanster.delegeringar import beslut, katalog, listor
from skrivbord.tjanster.delegeringar.regler import sista_giltiga_dag
from skrivbord.typer import Kunskapstest

IDAG = date(2026, 6, 15)


def _fel(databas, uppgifter) -> OgiltigUppgift:
    with pytest.raises(OgiltigUppgift) as fel:
        beslut.skapa(databas, uppgifter)
    return fel.value


def test_ett_giltigt_beslut_sparas_med_allt(databas, grupp) -> None:
    d_id = beslut.skapa(databas, grupp.beslut(enhet_ids=(grupp.solgarden, grupp.annan)))
    rad = listor.hamta(databas, d_id)
    assert (rad.delegerad, rad.delegerande) == ("Ulla Undersköld", "Saga Sjöberg")
    assert rad.uppgifter == ("overlamna_lakemedel", "insulin")
    assert rad.uppgiftsnamn[1] == "Ge insulin subkutant med insulinpenna"
    assert set(rad.enhet_ids) == {grupp.solgarden, grupp.annan}
    assert rad.kunskapstest is Kunskapstest.GODKANT
    assert rad.mas_informerad_datum == date(2026, 3, 2)
    assert rad.lage(IDAG) is listor.Lage.GALLER


def test_hogst_ett_ar(databas, grupp) -> None:
    fel = _fel(databas, grupp.beslut(giltig_till=date(2027, 3, 1)))
    assert fel.falt == "giltig_till"
    assert "högst ett år" in fel.meddelande and "2027-02-28" in fel.meddelande
    # Exactly one year is allowed.
    assert beslut.skapa(databas, grupp.beslut(giltig_till=date(2027, 2, 28)))
    assert sista_giltiga_dag(date(2028, 2, 29)) == date(2029, 2, 28)


def test_slut_efter_start(databas, grupp) -> None:
    for till in (date(2026, 3, 1), date(2026, 2, 1)):
        fel = _fel(databas, grupp.beslut(giltig_till=till))
        assert fel.falt == "giltig_till"
        assert "sluta efter" in fel.meddelande


def test_inte_till_sig_sjalv(databas, grupp) -> None:
    fel = _fel(databas, grupp.beslut(delegerad_id=grupp.ssk))
    assert "till sig själv" in fel.meddelande


@pytest.mark.parametrize("vem", ["usk", "enhetschef"])
def test_bara_legitimerad_personal_delegerar(databas, grupp, vem) -> None:
    fel = _fel(databas, grupp.beslut(delegerande_id=getattr(grupp, vem), delegerad_id=grupp.vb))
    assert fel.falt == "delegerande_id"
    assert "Bara legitimerad personal" in fel.meddelande
    assert "distriktssköterska" in fel.meddelande


def test_fysioterapeut_far_delegera(databas, grupp) -> None:
    assert beslut.skapa(
        databas,
        grupp.beslut(delegerande_id=grupp.fysioterapeut, uppgifter=("kompressionsstrumpor",)),
    )


def test_inaktiv_person_far_ingen_ny_delegering(databas, grupp) -> None:
    fel = _fel(databas, grupp.beslut(delegerad_id=grupp.slutat))
    assert "inaktiv" in fel.meddelande


def test_kunskapstest_och_utbildning(databas, grupp) -> None:
    fel = _fel(databas, grupp.beslut(kunskapstest=Kunskapstest.EJ_GODKANT))
    assert fel.falt == "kunskapstest"
    fel = _fel(databas, grupp.beslut(kunskapstest_datum=date(2026, 3, 5)))
    assert fel.falt == "kunskapstest_datum"
    fel = _fel(databas, grupp.beslut(kunskapstest_datum=None))
    assert "vilket datum" in fel.meddelande


def test_uppgifter_och_enheter_kravs(databas, grupp) -> None:
    fel = _fel(databas, grupp.beslut(uppgifter=(), enhet_ids=()))
    falten = [f for f, _ in fel.alla]
    assert "uppgifter" in falten and "enhet_ids" in falten
    katalog.satt_aktiv(databas, "insulin", False)
    fel = _fel(databas, grupp.beslut())
    assert "tagen ur bruk" in fel.meddelande


def test_alla_fel_pa_en_gang(databas, grupp) -> None:
    fel = _fel(
        databas,
        grupp.beslut(delegerad_id=grupp.ssk, giltig_till=date(2026, 1, 1), uppgifter=()),
    )
    assert len(fel.alla) == 3


def test_personnummer_i_villkor_vagras(databas, grupp) -> None:
    fel = _fel(databas, grupp.beslut(villkor="Gäller patient 19121212-1212"))
    assert fel.falt == "villkor"


def test_aterkallelse_behaller_historiken(databas, grupp) -> None:
    d_id = beslut.skapa(databas, grupp.beslut())
    with pytest.raises(OgiltigUppgift) as fel:
        beslut.aterkalla(databas, d_id, date(2026, 5, 1), "  ", None)
    assert {f for f, _ in fel.value.alla} == {"orsak", "aterkallad_av_id"}
    with pytest.raises(OgiltigUppgift, match="före den dag"):
        beslut.aterkalla(databas, d_id, date(2026, 2, 1), "Fel", grupp.ssk)
    beslut.aterkalla(databas, d_id, date(2026, 5, 1), "Bristande följsamhet.", grupp.ssk)
    rad = listor.hamta(databas, d_id)
    assert (rad.aterkallad_datum, rad.aterkallad_orsak, rad.aterkallad_av) == (
        date(2026, 5, 1),
        "Bristande följsamhet.",
        "Saga Sjöberg",
    )
    assert rad.lage(IDAG) is listor.Lage.ATERKALLAD
    assert rad.uppgifter  # nothing of the decision is lost
    with pytest.raises(OgiltigUppgift, match="redan"):
        beslut.aterkalla(databas, d_id, date(2026, 5, 2), "Igen", grupp.ssk)
    with pytest.raises(OgiltigUppgift, match="återkallad delegering kan inte förnyas"):
        beslut.fornya(
            databas, d_id, grupp.beslut(giltig_fran=date(2026, 6, 1), giltig_till=date(2027, 5, 31))
        )


def test_fornyelse_ar_ett_nytt_lankat_beslut(databas, grupp) -> None:
    gammal = beslut.skapa(databas, grupp.beslut())
    ny_uppgifter = grupp.beslut(giltig_fran=date(2027, 2, 1), giltig_till=date(2028, 1, 31))
    with pytest.raises(OgiltigUppgift, match="samma person"):
        beslut.fornya(databas, gammal, grupp.beslut(delegerad_id=grupp.vb))
    with pytest.raises(OgiltigUppgift, match="börja gälla efter"):
        beslut.fornya(databas, gammal, grupp.beslut())
    ny = beslut.fornya(databas, gammal, ny_uppgifter)
    assert ny != gammal
    assert listor.hamta(databas, ny).ersatter_id == gammal
    assert listor.hamta(databas, gammal).ersatt_av_id == ny
    with pytest.raises(OgiltigUppgift, match="redan förnyad"):
        beslut.fornya(databas, gammal, ny_uppgifter)
    historik = listor.historik(databas, grupp.usk)
    assert [r.id for r in historik] == [ny, gammal]


def test_katalogen_tar_ur_bruk_men_tar_aldrig_bort(databas, grupp) -> None:
    koder = [u.kod for u in katalog.lista(databas)]
    assert "overlamna_lakemedel" in koder and "lakemedelsplaster" in koder
    ny = katalog.lagg_till(databas, "Ge näringsdryck via sond")
    assert ny.kod == "ge_naringsdryck_via_sond"
    with pytest.raises(OgiltigUppgift, match="finns redan"):
        katalog.lagg_till(databas, "ge näringsdryck via SOND")
    katalog.satt_aktiv(databas, ny.kod, False)
    assert ny.kod not in [u.kod for u in katalog.lista(databas, bara_aktiva=True)]
    assert ny.kod in [u.kod for u in katalog.lista(databas)]
    katalog.byt_namn(databas, "insulin", "Ge insulin med penna")
    d_id = beslut.skapa(databas, grupp.beslut())
    assert "Ge insulin med penna" in listor.hamta(databas, d_id).uppgiftsnamn
    # The unit register takes minimums for the catalogue's tasks in use, new ones too.
    ny2 = katalog.lagg_till(databas, "Ge läkemedel via nebulisator")
    enhet = enheter.skapa(databas, "Nya boendet", "sabo", delegeringsbehov={ny2.kod: 2})
    assert enhet.delegeringsbehov == {ny2.kod: 2}
    assert ny2.kod in [u.kod for u in enheter.delegeringsuppgifter(databas)]
    assert ny.kod not in [u.kod for u in enheter.delegeringsuppgifter(databas)]


def test_mas_informerad_kan_anges_efterat(databas, grupp) -> None:
    d_id = beslut.skapa(databas, grupp.beslut(mas_informerad_datum=None))
    assert listor.hamta(databas, d_id).mas_informerad_datum is None
    beslut.markera_mas_informerad(databas, d_id, date(2026, 3, 9))
    assert listor.hamta(databas, d_id).mas_informerad_datum == date(2026, 3, 9)
    with pytest.raises(OgiltigUppgift, match="nummer 999"):
        beslut.markera_mas_informerad(databas, 999, date(2026, 3, 9))
