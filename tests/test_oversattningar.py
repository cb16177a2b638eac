"""The translation catalogues (resurser/oversattningar/, skript/oversattningar.py) and
the chain from a compiled .qm to the strings the app shows."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from enum import Enum
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from skrivbord import oversattning, typer
from skrivbord.typer import Enhetstyp
from skrivbord.ui import app as appmodul

ROT = Path(__file__).resolve().parents[1]
KATALOG = ROT / "resurser" / "oversattningar" / "skrivbord_sv.ts"


@pytest.fixture(scope="module")
def skript():
    spec = importlib.util.spec_from_file_location(
        "skrivbord_oversattningar", ROT / "skript" / "oversattningar.py"
    )
    assert spec is not None and spec.loader is not None
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)
    return modul


def _kallor(ts: Path, kontext: str) -> set[str]:
    return {
        m.findtext("source", "")
        for k in ET.parse(ts).getroot().iter("context")
        if k.findtext("name") == kontext
        for m in k.iter("message")
    }


def _ts(*meddelanden: tuple[str, str, str]) -> str:
    """A .ts file of (context, source, translation XML) triples."""
    kroppar = "\n".join(
        f"<context><name>{k}</name><message><source>{s}</source>{t}</message></context>"
        for k, s, t in meddelanden
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="en_US" sourcelanguage="sv_SE">\n{kroppar}\n</TS>\n'
    )


# --- (a) the committed catalogue is what the script makes of the code -----------------


def test_katalogen_ar_aktuell(skript, capsys: pytest.CaptureFixture[str]) -> None:
    kod = skript.main(["--kontrollera"])  # about 0.25 s of CPU, mostly ast; lupdate 0.07 s
    assert kod == 0, capsys.readouterr().err


def test_kontrollen_ser_en_inaktuell_katalog(
    skript, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = KATALOG.read_text(encoding="utf-8")
    borttagen = "        <source>Särskilt boende</source>\n"
    assert borttagen in text
    (tmp_path / KATALOG.name).write_text(
        text.replace(borttagen, "        <source>Särskilt boendet</source>\n"), encoding="utf-8"
    )
    monkeypatch.setattr(skript, "MAPP", tmp_path)
    assert skript.main(["--kontrollera"]) == 1
    assert "skrivbord_sv.ts är inte aktuell med koden" in capsys.readouterr().err
    assert skript.main([]) == 0
    assert (tmp_path / KATALOG.name).read_text(encoding="utf-8") == text


def test_nytt_sprak_kompileras_och_kontrolleras(skript, tmp_path: Path) -> None:
    skript.uppdatera(tmp_path, nytt_sprak="en")
    en = tmp_path / "skrivbord_en.ts"
    assert _kallor(en, "Etiketter") == _kallor(KATALOG, "Etiketter")
    assert (tmp_path / "skrivbord_en.qm").is_file()
    assert not (tmp_path / "skrivbord_sv.qm").exists()

    text = en.read_text(encoding="utf-8")
    otolkad = (
        '<source>Särskilt boende</source>\n        <translation type="unfinished"></translation>'
    )
    assert otolkad in text
    en.write_text(
        text.replace(
            otolkad,
            "<source>Särskilt boende</source>\n        <translation>Nursing home</translation>",
        ),
        encoding="utf-8",
    )
    assert skript.kontrollera(tmp_path) == [
        "skrivbord_en.qm är inte kompilerad från skrivbord_en.ts"
    ]
    assert skript.uppdatera(tmp_path) == [tmp_path / "skrivbord_en.qm"]
    assert skript.kontrollera(tmp_path) == []
    assert "<translation>Nursing home</translation>" in en.read_text(encoding="utf-8")


def test_det_lupdate_inte_ser_kommer_med(skript) -> None:
    """N_ labels, a module's translate wrapper (_tr) and self.tr inside an f-string."""
    assert {"Datum", "Lex Maria"} <= _kallor(KATALOG, "AvvikelseTabellModell")
    assert "Kopiera detaljer" in _kallor(KATALOG, "krasch")
    assert "mellan vårdgivare" in _kallor(KATALOG, "AvvikelseDetaljPanel")


# --- (b) placeholders -------------------------------------------------------------------


def test_oversattningarna_behaller_platshallarna(skript) -> None:
    kataloger = skript.kataloger()
    assert KATALOG in kataloger
    for ts in kataloger:
        assert skript.platshallarfel(ts) == []


def test_platshallarkontrollen_fangar_fel(skript, tmp_path: Path) -> None:
    prov = tmp_path / "skrivbord_en.ts"
    prov.write_text(
        _ts(
            ("A", "{n} avvikelser", "<translation>{n} deviations</translation>"),
            ("A", "{a} av {b}", "<translation>{b} of {a}</translation>"),  # reordered: fine
            ("A", "Hej", '<translation type="unfinished"></translation>'),
            ("A", "{n} rader", '<translation type="vanished">{antal} rows</translation>'),
            ("B", "{n} rader i {namn}", "<translation>{antal} rows in {namn}</translation>"),
            ("B", "Kommun: {kommun}", "<translation>Municipality</translation>"),
            ("B", "Klart", "<translation>Done {n}</translation>"),
            ("B", "Fil %1", "<translation>File</translation>"),
            ("B", "Sparad: {namn}", "<translation>Saved: {namn</translation>"),
            (
                "B",
                "%n avvikelse(r)",
                "<translation><numerusform>%n deviation</numerusform>"
                "<numerusform>deviations</numerusform></translation>",
            ),
        ),
        encoding="utf-8",
    )
    fel = skript.platshallarfel(prov)
    assert len(fel) == 6, fel
    assert all(rad.startswith("skrivbord_en.ts: B: ") for rad in fel)
    assert "'deviations'" in fel[-1]


# --- (c) every enum label is in the catalogue -------------------------------------------


def test_alla_etiketter_finns_i_katalogen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(oversattning, "_oversattare", None)  # the Swedish source text
    uppraknade = [
        v
        for v in vars(typer).values()
        if isinstance(v, type) and issubclass(v, Enum) and hasattr(v, "etikett")
    ]
    assert len(uppraknade) >= 15
    etiketter = {medlem.etikett for typ in uppraknade for medlem in typ}
    assert etiketter <= _kallor(KATALOG, oversattning.ETIKETTER)


# --- (d) a compiled translation reaches tr() and the enum labels ------------------------


def test_oversattningen_hela_vagen(
    skript, qapp, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from skrivbord.ui.om import OmDialog

    ts = tmp_path / "skrivbord_en.ts"
    ts.write_text(
        _ts(
            ("Etiketter", "Särskilt boende", "<translation>Nursing home</translation>"),
            ("OmDialog", "Om Skrivbord", "<translation>About Skrivbord</translation>"),
            (
                "krasch",
                "Rapporten finns också i filen {namn}.",
                "<translation>The report is also in the file {namn}.</translation>",
            ),
        ),
        encoding="utf-8",
    )
    skript.kompilera(ts, ts.with_suffix(".qm"))
    monkeypatch.setattr(
        appmodul,
        "_qm_fil",
        lambda kod: p if (p := tmp_path / f"skrivbord_{kod}.qm").is_file() else None,
    )
    assert appmodul.ladda_oversattning(qapp, QLocale("sv_SE")) is None  # Swedish: source text
    oversattare = appmodul.ladda_oversattning(qapp, QLocale("en_GB"))  # falls back to en
    assert oversattare is not None
    monkeypatch.setattr(oversattning, "_oversattare", None)
    oversattning.anvand(QCoreApplication.translate)  # as skapa_app does
    try:
        assert Enhetstyp.SABO.etikett == "Nursing home"
        assert Enhetstyp.HEMTJANST.etikett == "Hemtjänst / ordinärt boende"  # not translated
        dialog = OmDialog(None, "nyckelringen")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "About Skrivbord"
        text = QCoreApplication.translate("krasch", "Rapporten finns också i filen {namn}.")
        assert text.format(namn="krasch.txt") == "The report is also in the file krasch.txt."
    finally:
        qapp.removeTranslator(oversattare)
    assert Enhetstyp.SABO.etikett == "Särskilt boende"
