"""Import of staff from CSV and XLSX (tjanster/personalimport.py): all or nothing, row
errors naming row and column, people already in the register skipped and counted.

Every file is written here in tmp_path with made-up names."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from skrivbord.fel import OgiltigUppgift
from skrivbord.jobb import Framsteg, kor_till_slut
from skrivbord.tjanster import enheter, personal, personalimport
from skrivbord.tjanster.avvikelser.import_lasning import TomFil
from skrivbord.typer import Enhetstyp, Roll


def _csv(mapp: Path, text: str, kodning: str = "utf-8", namn: str = "personal.csv") -> Path:
    sokvag = mapp / namn
    sokvag.write_bytes(text.replace("\n", "\r\n").encode(kodning))
    return sokvag


def _importera(databas, sokvag: Path) -> personalimport.Personalimport:
    return kor_till_slut(personalimport.importera(databas, sokvag))


def test_csv_med_roller_enheter_och_legitimerad(databas, tmp_path: Path) -> None:
    sokvag = _csv(
        tmp_path,
        "Förnamn,Efternamn,Roll,Enheter,Legitimerad\n"
        'Anna,Andersson,Undersköterska,"Solgården, björkbacken",\n'
        "Bo,Berg,ssk,Hemtjänst Norra|Korttids Lugnet,\n"
        "Cia,Ceder,Vårdbiträde,,ja\n"
        "Dan,Dahl,fysioterapeut,SOLGÅRDEN,nej\n",
    )
    resultat = _importera(databas, sokvag)
    assert (resultat.antal_rader, resultat.antal_importerade, resultat.antal_rader_med_fel) == (
        4,
        4,
        0,
    )
    per_namn = {p.namn: p for p in personal.lista(databas)}
    assert set(resultat.nya_id) == {p.id for p in per_namn.values()}
    anna, bo, cia, dan = (
        per_namn[n] for n in ("Anna Andersson", "Bo Berg", "Cia Ceder", "Dan Dahl")
    )
    assert (anna.roll, anna.legitimerad) == (Roll.UNDERSKOTERSKA, False)
    assert set(anna.enhetsnamn) == {"Solgården", "Björkbacken"}
    assert (bo.roll, bo.legitimerad) == (Roll.SJUKSKOTERSKA, True)  # default from the role
    assert set(bo.enhetsnamn) == {"Hemtjänst Norra", "Korttids Lugnet"}
    assert (cia.legitimerad, cia.enhetsnamn) == (True, ())
    assert (dan.roll, dan.legitimerad, dan.enhetsnamn) == (
        Roll.FYSIOTERAPEUT,
        False,
        ("Solgården",),
    )


def test_windows_1252_och_semikolon(databas, tmp_path: Path) -> None:
    sokvag = _csv(
        tmp_path,
        "FÖRNAMN;EFTERNAMN;ROLL;ENHET\nÅsa;Öberg;Enhetschef;Solgården;\nÄrla;Åkesson;USK;Björkbacken\n",
        kodning="cp1252",
    )
    resultat = _importera(databas, sokvag)
    assert resultat.antal_importerade == 2
    assert {(p.namn, p.roll) for p in personal.lista(databas)} == {
        ("Åsa Öberg", Roll.ENHETSCHEF),
        ("Ärla Åkesson", Roll.UNDERSKOTERSKA),
    }


def test_xlsx(databas, tmp_path: Path) -> None:
    bok = openpyxl.Workbook()
    blad = bok.active
    for rad in (
        ["Förnamn", "Efternamn", "Roll", "Enheter", "Legitimerad"],
        ["Eva", "Ek", "Arbetsterapeut", "Solgården; Björkbacken", True],
        ["Frej", "Fors", "Vårdbiträde", "Hemtjänst Norra", None],
    ):
        blad.append(rad)
    sokvag = tmp_path / "personal.xlsx"
    bok.save(sokvag)
    resultat = _importera(databas, sokvag)
    assert resultat.antal_importerade == 2
    eva = next(p for p in personal.lista(databas) if p.fornamn == "Eva")
    assert (eva.roll, eva.legitimerad, len(eva.enhet_ids)) == (Roll.ARBETSTERAPEUT, True, 2)


def test_fel_ger_radrapport_och_inget_importeras(databas, tmp_path: Path) -> None:
    sokvag = _csv(
        tmp_path,
        "Förnamn;Efternamn;Roll;Enheter;Legitimerad\n"
        "Anna;Andersson;Undersköterska;Solgården\n"
        ";Berg;Trollkarl;Månstationen, Solgården;kanske\n"
        "Cia;Ceder;Vårdbiträde;Solgården\n",
    )
    resultat = _importera(databas, sokvag)
    assert (resultat.antal_importerade, resultat.antal_rader_med_fel, resultat.nya_id) == (0, 1, [])
    assert [f.text for f in resultat.fel] == [
        'Rad 3, kolumn "Förnamn": Förnamn saknas.',
        'Rad 3, kolumn "Roll": Okänd roll "Trollkarl". Använd Enhetschef, Sjuksköterska, '
        "Distriktssköterska, Fysioterapeut, Arbetsterapeut, Undersköterska, Vårdbiträde, Annan eller MAS.",
        'Rad 3, kolumn "Enheter": Enheten "Månstationen" finns inte i registret. Rätta namnet '
        "i filen eller lägg till enheten under Register → Enheter och personal.",
        'Rad 3, kolumn "Legitimerad": "kanske" ska vara ja eller nej (x, 1 och 0 går också bra).',
    ]
    assert personal.lista(databas, bara_aktiva=False) == []  # all or nothing


def test_inaktiv_enhet_ar_ett_radfel(databas, tmp_path: Path) -> None:
    solgarden = next(e for e in enheter.lista(databas) if e.namn == "Solgården")
    enheter.satt_aktiv(databas, solgarden.id, False)
    resultat = _importera(
        databas, _csv(tmp_path, "Förnamn;Efternamn;Roll;Enheter\nA;B;usk;solgården\n")
    )
    assert [f.kolumn for f in resultat.fel] == ["Enheter"]
    assert "inaktiverad" in resultat.fel[0].meddelande


def test_den_som_redan_finns_hoppas_over_och_raknas(databas, tmp_path: Path) -> None:
    personal.skapa(databas, "Anna", "Andersson", Roll.UNDERSKOTERSKA)
    sokvag = _csv(
        tmp_path,
        "Förnamn;Efternamn;Roll;Enheter\n"
        "ANNA;andersson;usk;Solgården\n"  # already in the register
        "Anna;Andersson;Sjuksköterska;Solgården\n"  # same name, another role: a new person
        "Bo;Berg;Vårdbiträde;\n"
        "bo; BERG ;vårdbiträde;\n",  # twice in the file
    )
    resultat = _importera(databas, sokvag)
    assert (resultat.antal_importerade, resultat.antal_fanns_redan) == (2, 2)
    assert len(personal.lista(databas)) == 3
    # The same file again adds nothing.
    igen = _importera(databas, sokvag)
    assert (igen.antal_importerade, igen.antal_fanns_redan) == (0, 4)


def test_saknad_kolumn_och_tom_fil(databas, tmp_path: Path) -> None:
    sokvag = _csv(tmp_path, "Förnamn;Efternamn;Enhet\nA;B;Solgården\n")
    with pytest.raises(OgiltigUppgift, match="saknar kolumnen Roll"):
        _importera(databas, sokvag)
    sokvag = _csv(
        tmp_path, "Anna;Andersson;Undersköterska\nBo;Berg;Vårdbiträde\n", namn="utan_rubrik.csv"
    )
    with pytest.raises(OgiltigUppgift, match="saknar kolumnerna Förnamn, Efternamn, Roll och"):
        _importera(databas, sokvag)
    sokvag = _csv(tmp_path, "Förnamn;Efternamn;Roll;Enheter\n", namn="tom.csv")
    with pytest.raises(TomFil, match="inga rader att importera"):
        _importera(databas, sokvag)


def test_jobbet_rapporterar_framsteg(databas, tmp_path: Path) -> None:
    enheter.skapa(databas, "Tallåsen", Enhetstyp.SABO)
    rader = "".join(f"Person{i};Efternamn{i};usk;Tallåsen\n" for i in range(450))
    steg: list[Framsteg] = []
    resultat = kor_till_slut(
        personalimport.importera(
            databas, _csv(tmp_path, "Förnamn;Efternamn;Roll;Enheter\n" + rader)
        ),
        steg.append,
    )
    assert resultat.antal_importerade == 450
    assert [s.klart for s in steg] == [0, 200, 400, 450]
    assert steg[-1].andel == 1.0


def test_avbrutet_jobb_lamnar_inget(databas, tmp_path: Path) -> None:
    rader = "".join(f"P{i};E{i};usk;Solgården\n" for i in range(300))
    jobb = personalimport.importera(
        databas, _csv(tmp_path, "Förnamn;Efternamn;Roll;Enheter\n" + rader)
    )
    next(jobb)
    next(jobb)  # in the middle of the rows, inside the transaction
    jobb.close()
    assert personal.lista(databas, bara_aktiva=False) == []
