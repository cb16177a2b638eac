"""``skrivbord export aggregat`` as a user runs it (a separate process)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from skrivbord.tjanster.aggregat import format as filformat
from tests.test_cli import kor, miljo  # noqa: F401 - the fixture

AR = date.today().year - 1


def test_export_aggregat(miljo, tmp_path: Path) -> None:  # noqa: F811
    databas = tmp_path / "demo.db"
    skapad = kor(
        miljo, "demo", "--databas", str(databas), "--ar", "1", "--avvikelser-per-ar", "200"
    )
    assert skapad.returncode == 0, skapad.stderr
    ut = tmp_path / "ut"
    ut.mkdir()
    argument = ["export", "aggregat", "--databas", str(databas), "--period", f"{AR}H1"]
    resultat = kor(miljo, *argument, "--ut", str(ut), "--troskel", "4")
    assert resultat.returncode == 0, resultat.stderr
    assert "gräns 4" in resultat.stdout and "SHA-256" in resultat.stdout
    katalog = ut / f"aggregat_9999_{AR}H1"
    assert (katalog / filformat.MANIFEST_NAMN).is_file()
    assert "<4" in (katalog / filformat.CSV_NAMN).read_text(encoding="utf-8-sig")

    igen = kor(miljo, *argument, "--ut", str(ut))
    assert igen.returncode == 1 and "finns redan en export" in igen.stderr

    for fel_troskel in ("2", "11", "fem"):
        fel = kor(miljo, *argument, "--ut", str(ut), "--troskel", fel_troskel)
        assert fel.returncode == 2, fel_troskel
    saknas = kor(miljo, *argument, "--ut", str(tmp_path / "finns-inte"))
    assert saknas.returncode == 1 and "finns inte" in saknas.stderr


def test_lan_sammanstall(miljo, tmp_path: Path) -> None:  # noqa: F811
    ut = tmp_path / "ut"
    ut.mkdir()
    for kod, namn in (("9981", "Ettby"), ("9982", "Tvåby")):
        databas = tmp_path / f"{kod}.db"
        skapad = kor(
            miljo,
            "demo",
            "--databas",
            str(databas),
            "--ar",
            "1",
            "--avvikelser-per-ar",
            "150",
            "--kommun",
            namn,
            "--kommunkod",
            kod,
        )
        assert skapad.returncode == 0, skapad.stderr
        export = kor(
            miljo,
            "export",
            "aggregat",
            "--databas",
            str(databas),
            "--period",
            f"{AR}H1",
            "--ut",
            str(ut),
        )
        assert export.returncode == 0, export.stderr
    lan = tmp_path / "lan"
    lan.mkdir()
    resultat = kor(miljo, "lan", "sammanstall", "--ut", str(lan), str(ut))
    assert resultat.returncode == 0, resultat.stderr
    assert "2 kommuner" in resultat.stdout
    assert (lan / f"lan_{AR}H1" / "lan.pdf").is_file()

    (ut / f"aggregat_9982_{AR}H1" / "aggregat.csv").write_text("ändrad", encoding="utf-8")
    igen = kor(miljo, "lan", "sammanstall", "--ut", str(tmp_path), str(ut))
    assert igen.returncode == 1 and f"aggregat.csv i aggregat_9982_{AR}H1" in igen.stderr
