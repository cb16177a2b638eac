"""Hjälp → Handbok: the handbook's files (index, sections, images, links) and its window."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from skrivbord.resurser import resurs

from skrivbord.ui import handbok
from tests.conftest import VANTA_MS

ROT = Path(__file__).resolve().parents[2]
MAPP = ROT / "resurser" / "handbok"
LANK = re.compile(r"\]\(([^)\s]*)\)")  # every link and image target
BILD = re.compile(r"!\[[^\]]*\]\(([^)\s]*)\)")  # image targets only
AVSNITT = handbok.innehall()


def _id(avsnitt: handbok.Avsnitt) -> str:
    return avsnitt.fil


# --- the files --------------------------------------------------------------------------------


def test_varje_avsnitt_star_i_index_och_finns() -> None:
    listade = [a.fil for a in AVSNITT]
    assert len(listade) == 12
    assert len(set(listade)) == len(listade)
    filer = sorted(p.name for p in MAPP.glob("*.md") if p.name != handbok.INDEX)
    assert sorted(listade) == filer  # no section missing from the index, none extra
    for avsnitt in AVSNITT:
        assert resurs(handbok.HANDBOK, avsnitt.fil).is_file()


@pytest.mark.parametrize("avsnitt", AVSNITT, ids=_id)
def test_avsnittet_borjar_med_sin_rubrik_ur_index(avsnitt: handbok.Avsnitt) -> None:
    assert avsnitt.markdown.splitlines()[0] == f"# {avsnitt.titel}"
    assert avsnitt.markdown.count("\n# ") == 0  # one title per section


@pytest.mark.parametrize("avsnitt", AVSNITT, ids=_id)
def test_bilderna_finns_i_paketets_resurser(avsnitt: handbok.Avsnitt) -> None:
    for mal in BILD.findall(avsnitt.markdown):
        assert mal.startswith("bilder/") and mal.endswith(".png"), mal
        assert resurs(handbok.HANDBOK, *mal.split("/")).is_file(), mal


@pytest.mark.parametrize(
    "fil", [handbok.INDEX, *(a.fil for a in AVSNITT)], ids=lambda f: f.removesuffix(".md")
)
def test_varje_lank_leder_till_ett_avsnitt_eller_en_bild(fil: str) -> None:
    """Offline: no web addresses, no anchors; a section of the index or an image."""
    filer = {a.fil for a in AVSNITT}
    text = resurs(handbok.HANDBOK, fil).read_text(encoding="utf-8")
    for mal in LANK.findall(text):
        assert mal, f"tom länk i {fil}"
        assert not re.match(r"^[a-z]+:", mal) and "#" not in mal and ".." not in mal, mal
        if mal.endswith(".md"):
            assert mal in filer, mal
        else:
            assert mal.startswith("bilder/") and (MAPP / mal).is_file(), mal


def test_bilderna_ar_sma_och_anvands() -> None:
    bilder = sorted((MAPP / "bilder").glob("*"))
    anvanda = {m for a in AVSNITT for m in BILD.findall(a.markdown)}
    for bild in bilder:
        assert bild.suffix == ".png", bild.name
        assert f"bilder/{bild.name}" in anvanda, f"{bild.name} används inte"
        assert bild.stat().st_size <= 150 * 1024, bild.name
        assert QImage(str(bild)).width() <= 1100, bild.name


# --- the window ---------------------------------------------------------------------------------


@pytest.fixture
def handboken(qtbot):
    fonster = handbok.HandbokFonster()
    qtbot.addWidget(fonster)
    fonster.resize(1280, 720)
    fonster.show()
    return fonster


def test_f1_oppnar_handboken_med_forsta_avsnittet(fonster, qtbot) -> None:
    fonster.activateWindow()
    qtbot.waitUntil(fonster.isActiveWindow, timeout=VANTA_MS)
    qtbot.keyClick(fonster, Qt.Key.Key_F1)
    fonstret = fonster.findChild(handbok.HandbokFonster)
    assert fonstret is not None
    qtbot.waitUntil(fonstret.isVisible, timeout=VANTA_MS)
    assert not fonstret.isModal() and fonstret.isWindow()
    assert fonstret.visat_avsnitt() == AVSNITT[0]
    assert fonstret.text.toPlainText().startswith(AVSNITT[0].titel)
    # Closing only hides it; F1 brings back the same window.
    fonstret.close()
    fonster.activateWindow()
    qtbot.waitUntil(fonster.isActiveWindow, timeout=VANTA_MS)
    qtbot.keyClick(fonster, Qt.Key.Key_F1)
    assert fonster.findChildren(handbok.HandbokFonster) == [fonstret]
    assert fonstret.isVisible()


def test_menyn_hjalp_har_handboken(fonster) -> None:
    atgarder = {a.text(): a for a in fonster.menuBar().actions()}
    hjalp = atgarder["&Hjälp"].menu()
    handboken = next(a for a in hjalp.actions() if a.text() == "&Handbok")
    assert handboken.shortcut().toString() == "F1"


def test_byta_avsnitt(handboken, qtbot) -> None:
    rad = handboken.lista.visualItemRect(handboken.lista.item(3))
    qtbot.mouseClick(handboken.lista.viewport(), Qt.MouseButton.LeftButton, pos=rad.center())
    assert handboken.visat_avsnitt() == AVSNITT[3]
    assert handboken.text.toPlainText().startswith(AVSNITT[3].titel)
    qtbot.keyClick(handboken.lista, Qt.Key.Key_Down)
    assert handboken.visat_avsnitt() == AVSNITT[4]


def test_lank_till_ett_annat_avsnitt(handboken) -> None:
    handboken.text.anchorClicked.emit(QUrl("aterstallningsnyckeln.md"))
    assert handboken.visat_avsnitt().fil == "aterstallningsnyckeln.md"
    assert handboken.text.toPlainText().startswith("Återställningsnyckeln")
    # A link out of the handbook is not followed.
    handboken.text.anchorClicked.emit(QUrl("https://example.org/"))
    handboken.text.anchorClicked.emit(QUrl("../../README.md"))
    assert handboken.visat_avsnitt().fil == "aterstallningsnyckeln.md"


def test_sok_filtrerar_avsnitten_och_markerar_orden(handboken, qtbot) -> None:
    handboken.sok.setText("lex maria")
    synliga = handboken.synliga()
    assert "Följa upp en avvikelse" in synliga and "Säkerhetskopior" not in synliga
    assert handboken.visat_avsnitt().titel in synliga
    assert handboken.text.antal_markeringar() >= 2
    handboken.sok.setText("Ctrl+Shift+E")
    assert handboken.synliga() == ["Enheter och personal"]
    assert handboken.visat_avsnitt().titel == "Enheter och personal"
    handboken.sok.setText("ordsominte finns")
    assert handboken.synliga() == []
    assert handboken.ingen_traff.isVisible()
    # Esc clears the search first; every section is back.
    handboken.sok.setFocus()
    qtbot.keyClick(handboken.sok, Qt.Key.Key_Escape)
    assert handboken.sok.text() == ""
    assert len(handboken.synliga()) == len(AVSNITT)
    assert not handboken.ingen_traff.isVisible()
    assert handboken.text.antal_markeringar() == 0


def test_lank_till_ett_dolt_avsnitt_tommer_sokningen(handboken) -> None:
    handboken.sok.setText("Ctrl+Shift+E")
    handboken.text.anchorClicked.emit(QUrl("sakerhetskopior.md"))
    assert handboken.sok.text() == ""
    assert handboken.visat_avsnitt().fil == "sakerhetskopior.md"


@pytest.mark.parametrize("avsnitt", AVSNITT, ids=_id)
def test_bilderna_hittas_och_ryms_i_spalten(handboken, avsnitt: handbok.Avsnitt) -> None:
    """Every image is read from the installed resources, fits the column, and is drawn
    from the window's own scaled copy (not Qt's unscaled file)."""
    handboken.visa_avsnitt(avsnitt.fil)
    dokument = handboken.text.document()
    bilder = []
    block = dokument.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            format_ = iterator.fragment().charFormat()
            if format_.isImageFormat():
                bilder.append(format_.toImageFormat())
            iterator += 1
        block = block.next()
    assert len(bilder) == len(BILD.findall(avsnitt.markdown))
    typ = QTextDocument.ResourceType.ImageResource.value
    for bild in bilder:
        assert 0 < bild.width() <= handbok.BILDBREDD
        ritad = dokument.resource(typ, QUrl(bild.name()))
        assert isinstance(ritad, QImage), bild.name()
        assert abs(ritad.width() / ritad.devicePixelRatio() - bild.width()) <= 1


def test_handboken_laddas_inte_vid_start() -> None:
    """The main window imports the handbook only when it is asked for."""
    kod = (
        "import sys; import skrivbord.ui.app, skrivbord.ui.huvudfonster; "
        "print('skrivbord.ui.handbok' in sys.modules)"
    )
    svar = subprocess.run([sys.executable, "-c", kod], capture_output=True, text=True, check=True)
    assert svar.stdout.strip() == "False"
