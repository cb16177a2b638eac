"""The settings file: declared keys with defaults and types, a round trip, a damaged
file, atomic writes and concurrent writers."""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path

import pytest

from skrivbord import installningar, sokvagar
from skrivbord.installningar import ALLA, Installning
from skrivbord.tjanster import sakerhetskopior

ANDRA_VARDEN: dict[Installning, object] = {
    installningar.SENASTE_DATABASER: ["/data/a.db", "C:\\Users\\Eva\\b.db"],
    installningar.KOPIA_VID_STANGNING: False,
    installningar.KOPIEMAPP: "/media/usb/kopior",
    installningar.KOPIOR_DAGAR: 3,
    installningar.KOPIOR_VECKOR: 2,
    installningar.KOPIOR_MANADER: 6,
    installningar.FONSTER_GEOMETRI: bytes(range(256)),
    installningar.FONSTER_TILLSTAND: b"\x00\xff tillst\xc3\xa5nd",
    installningar.FONSTER_SIDA: 4,
    installningar.SENASTE_ENHET: 7,
    installningar.SENASTE_ROLL: "sjukskoterska",
    installningar.GENOMGANG_ENHET: 5,
    installningar.OVERSIKT_ENHET: 4,
    installningar.SENASTE_IMPORTMAPPNING: {"kolumner": {"beskrivning": "Vad hände"}},
}


def _mappen() -> list[str]:
    return sorted(p.name for p in sokvagar.installningsmapp().iterdir())


def test_varje_nyckel_ar_deklarerad_en_gang_med_standard_och_typ() -> None:
    assert set(ANDRA_VARDEN) == set(ALLA.values())
    for nyckel, installning in ALLA.items():
        assert installning.nyckel == nyckel
        assert installning.standard is None or isinstance(installning.standard, installning.typ)
    rotation = sakerhetskopior.Rotation()
    assert (rotation.dagar, rotation.veckor, rotation.manader) == (7, 4, 12)  # issue 13
    assert installningar.KOPIOR_DAGAR.standard == rotation.dagar
    assert installningar.KOPIOR_VECKOR.standard == rotation.veckor
    assert installningar.KOPIOR_MANADER.standard == rotation.manader


def test_utan_fil_galler_standardvardena_och_ingen_fil_skapas() -> None:
    for installning in ALLA.values():
        assert installningar.lasa(installning) == installning.standard
    assert installningar.lasa(installningar.SENASTE_ENHET) is None
    assert not installningar.finns()
    assert _mappen() == []


def test_standardvardet_delas_inte_mellan_anrop() -> None:
    lista = installningar.lasa(installningar.SENASTE_DATABASER)
    lista.append("x")
    assert installningar.lasa(installningar.SENASTE_DATABASER) == []


def test_fram_och_tillbaka(eget_hem: Path) -> None:
    installningar.spara_flera(ANDRA_VARDEN)
    for installning, varde in ANDRA_VARDEN.items():
        assert installningar.lasa(installning) == varde
        assert type(installningar.lasa(installning)) is installning.typ
    assert installningar.sokvag().is_relative_to(eget_hem)
    data = json.loads(installningar.sokvag().read_text("utf-8"))
    assert data["format"] == "skrivbord-installningar" and data["version"] == 1
    assert data["varden"]["fonster/tillstand"] == "AP8gdGlsbHN0w6VuZA=="  # base64 text


def test_sokvagar_sparas_som_text_och_none_ger_standard() -> None:
    installningar.spara(installningar.SENASTE_DATABASER, [Path("/data/a.db")])
    assert installningar.lasa(installningar.SENASTE_DATABASER) == [str(Path("/data/a.db"))]
    installningar.spara(installningar.SENASTE_ENHET, 3)
    installningar.spara(installningar.SENASTE_ENHET, None)
    assert installningar.lasa(installningar.SENASTE_ENHET) is None
    assert "avvikelse/senaste_enhet" not in installningar.sokvag().read_text("utf-8")


@pytest.mark.parametrize(
    ("installning", "varde"),
    [
        (installningar.KOPIOR_DAGAR, "3"),
        (installningar.KOPIOR_DAGAR, True),
        (installningar.KOPIA_VID_STANGNING, 1),
        (installningar.FONSTER_GEOMETRI, "text"),
        (installningar.SENASTE_DATABASER, [1, 2]),
        (installningar.SENASTE_IMPORTMAPPNING, ["inte", "en", "ordbok"]),
    ],
)
def test_fel_typ_sparas_inte(installning: Installning, varde: object) -> None:
    with pytest.raises(TypeError):
        installningar.spara(installning, varde)
    assert not installningar.finns()


def test_bara_deklarerade_nycklar() -> None:
    egen = Installning("hemlig/nyckel", "", str)
    with pytest.raises(KeyError):
        installningar.spara(egen, "x")
    with pytest.raises(KeyError):
        installningar.lasa(egen)
    with pytest.raises(TypeError):
        Installning("x", 1.5, float)


def test_fel_typ_i_filen_ger_standard_for_den_nyckeln(caplog) -> None:
    installningar.spara(installningar.FONSTER_SIDA, 2)
    data = json.loads(installningar.sokvag().read_text("utf-8"))
    data["varden"]["sakerhetskopior/dagar"] = "många-hemliga-tecken"
    data["varden"]["fonster/geometri"] = "inte base64!"
    installningar.sokvag().write_text(json.dumps(data), "utf-8")
    with caplog.at_level(logging.WARNING):
        assert installningar.lasa(installningar.KOPIOR_DAGAR) == 7
        assert installningar.lasa(installningar.FONSTER_GEOMETRI) == b""
    assert installningar.lasa(installningar.FONSTER_SIDA) == 2
    assert "sakerhetskopior/dagar" in caplog.text
    assert "hemliga" not in caplog.text and "base64!" not in caplog.text


def test_okanda_nycklar_fran_en_nyare_version_behalls() -> None:
    installningar.spara(installningar.FONSTER_SIDA, 2)
    data = json.loads(installningar.sokvag().read_text("utf-8"))
    data["varden"]["framtid/val"] = [1, 2]
    installningar.sokvag().write_text(json.dumps(data), "utf-8")
    installningar.spara(installningar.FONSTER_SIDA, 3)
    data = json.loads(installningar.sokvag().read_text("utf-8"))
    assert data["varden"]["framtid/val"] == [1, 2] and data["varden"]["fonster/sida"] == 3


@pytest.mark.parametrize(
    "innehall",
    [
        b'{"format": "skrivbord-installningar", "varden": {"fonster/sida": 2',  # cut off
        b"[1, 2, 3]",
        b'{"format": "annat", "varden": {}}',
        b'{"format": "skrivbord-installningar", "varden": "hemlig text"}',
        b"\xff\xfe hemlig text \x00",
        b"",
    ],
)
def test_skadad_fil_ger_standard_och_laggs_undan(innehall: bytes, caplog) -> None:
    installningar.sokvag().write_bytes(innehall)
    with caplog.at_level(logging.WARNING):
        assert installningar.lasa(installningar.FONSTER_SIDA) == 0
    assert "skadad" in caplog.text and "hemlig" not in caplog.text
    trasig = installningar.sokvag().with_name("installningar.json.trasig")
    assert trasig.read_bytes() == innehall  # kept for support, unchanged
    assert not installningar.finns()
    installningar.spara(installningar.FONSTER_SIDA, 5)
    assert installningar.lasa(installningar.FONSTER_SIDA) == 5
    assert _mappen() == ["installningar.json", "installningar.json.trasig"]


def test_skrivningen_lamnar_inga_tillfalliga_filer() -> None:
    for i in range(30):
        installningar.spara(installningar.FONSTER_SIDA, i % 8)
    assert _mappen() == ["installningar.json"]


@pytest.mark.skipif(os.name != "posix", reason="filrättigheter finns bara på POSIX")
def test_bara_agaren_kan_lasa_filen() -> None:
    installningar.spara(installningar.FONSTER_SIDA, 1)
    assert installningar.sokvag().stat().st_mode & 0o777 == 0o600


def test_misslyckad_skrivning_behaller_den_gamla_filen(monkeypatch, caplog) -> None:
    installningar.spara(installningar.FONSTER_SIDA, 1)
    fore = installningar.sokvag().read_bytes()

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as m, caplog.at_level(logging.WARNING):
        m.setattr(os, "replace", full_disk)
        installningar.spara(installningar.FONSTER_SIDA, 2)  # logged, never raised
    assert "kunde inte sparas" in caplog.text
    assert installningar.sokvag().read_bytes() == fore
    assert _mappen() == ["installningar.json"]
    with pytest.raises(TypeError):  # not JSON: a programming error, raised before writing
        installningar.spara(installningar.SENASTE_IMPORTMAPPNING, {"x": object()})
    assert installningar.sokvag().read_bytes() == fore
    assert _mappen() == ["installningar.json"]


def test_samtidiga_andringar_forloras_inte() -> None:
    """Read-modify-write from many threads (the worker and the UI): no lost update."""
    tradar, varv = 8, 25

    def lagg_till(namn: str) -> None:
        for i in range(varv):
            installningar.andra(
                installningar.SENASTE_DATABASER, lambda lista, i=i: [*lista, f"{namn}-{i}"]
            )

    alla = [threading.Thread(target=lagg_till, args=(f"t{n}",)) for n in range(tradar)]
    for trad in alla:
        trad.start()
    for trad in alla:
        trad.join()
    assert len(installningar.lasa(installningar.SENASTE_DATABASER)) == tradar * varv
    assert _mappen() == ["installningar.json"]


def test_samtidiga_skrivningar_av_olika_nycklar_och_lasare_utanfor_laset() -> None:
    """Writers of different keys keep each other's values, and a reader that opens the
    file on its own (another process, say) only ever sees a whole file."""
    installningar.spara(installningar.FONSTER_SIDA, 0)
    klart = threading.Event()
    trasiga: list[str] = []

    def lasare() -> None:
        while not klart.is_set():
            try:
                text = installningar.sokvag().read_text("utf-8")
            except FileNotFoundError:  # pragma: no cover - os.replace never removes it
                trasiga.append("saknas")
                continue
            try:
                json.loads(text)
            except json.JSONDecodeError:
                trasiga.append(text)

    def skrivare(installning: Installning, varden: list[object]) -> None:
        for varde in varden:
            installningar.spara(installning, varde)

    las_trad = threading.Thread(target=lasare)
    las_trad.start()
    skrivare_ = [
        threading.Thread(target=skrivare, args=(installningar.FONSTER_SIDA, list(range(40)))),
        threading.Thread(target=skrivare, args=(installningar.KOPIOR_DAGAR, list(range(1, 41)))),
        threading.Thread(target=skrivare, args=(installningar.SENASTE_ROLL, ["a", "b"] * 20)),
    ]
    for trad in skrivare_:
        trad.start()
    for trad in skrivare_:
        trad.join()
    klart.set()
    las_trad.join()
    assert trasiga == []
    assert installningar.lasa(installningar.FONSTER_SIDA) == 39
    assert installningar.lasa(installningar.KOPIOR_DAGAR) == 40
    assert installningar.lasa(installningar.SENASTE_ROLL) == "b"
    assert _mappen() == ["installningar.json"]


def test_flytta_undan() -> None:
    gammal = sokvagar.installningsmapp() / "gammal.ini"
    gammal.write_text("x", "utf-8")
    installningar.flytta_undan(gammal)
    assert _mappen() == ["gammal.ini.flyttad"]
    installningar.flytta_undan(gammal)  # already gone: logged, not raised
