"""Screenshots for docs/, the README and the handbook, taken offscreen from a synthetic
demo database.

.venv/bin/python skript/skarmdumpar.py [--ut docs/skarmdumpar]
.venv/bin/python skript/skarmdumpar.py --handbok [--ut resurser/handbok/bilder]

Without options: the screenshots in docs/skarmdumpar/ (the README's, and the handbook
window). With --handbok: the images the handbook uses, in resurser/handbok/bilder/,
compact PNGs (see ``spara_kompakt``) from a demo database made for a fixed day, so
running it again changes an image only when the program's look has changed. Take the
handbook's images first when both are wanted: the handbook window shows them.

Everything happens in a temporary home folder with an in-memory keyring; all names
come from the demo generator's synthetic fragments (resurser/demo/). File paths shown
in a dialog are set to how they look on Windows, where the handbook's readers are.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from datetime import date
from pathlib import Path, PureWindowsPath

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROT = Path(__file__).resolve().parents[1]

# The handbook's pictures are taken as on this day (periods 2025, 2025H1 … in the text).
HANDBOKSDAG = date(2026, 2, 10)
HANDBOKENS_BILDER = ROT / "resurser" / "handbok" / "bilder"
# What the handbook's pictures may weigh (the test checks the same).
STORSTA_BREDD = 1100
STORSTA_STORLEK = 150 * 1024
WINDOWSMAPP = "C:\\Users\\mas\\Documents"
# The screens the pages are laid out for, and the pages' file names in that order.
SKARMAR = ((1280, 720), (1920, 1080))
SIDNAMN = (
    "oversikt",
    "egenkontroller",
    "lakemedelstillsyn",
    "delegeringar",
    "avvikelser",
    "veckogenomgangar",
    "logguppfoljning",
    "export",
)


def main() -> int:
    parser = argparse.ArgumentParser(description="Skärmdumpar till docs/ och handboken")
    parser.add_argument(
        "--handbok",
        action="store_true",
        help="handbokens bilder (i resurser/handbok/bilder/) i stället för docs/skarmdumpar/",
    )
    parser.add_argument("--ut", type=Path, default=None, help="mappen bilderna sparas i")
    args = parser.parse_args()
    ut = args.ut or (HANDBOKENS_BILDER if args.handbok else ROT / "docs" / "skarmdumpar")
    ut.mkdir(parents=True, exist_ok=True)
    hem = Path(tempfile.mkdtemp(prefix="skrivbord-bilder-"))
    os.environ["SKRIVBORD_HEM"] = str(hem)

    sys.path.insert(0, str(ROT))
    from skrivbord.lagring import nyckelring
    from skrivbord.ui import bakgrund
    from skrivbord.ui.app import skapa_app
    from tests.minnesnyckelring import MinnesNyckelring

    ring = nyckelring.Nyckelring(MinnesNyckelring(), "Windows Autentiseringshanteraren")
    nyckelring.anvand(ring)
    skapa_app([])
    bakgrund.satt_synkront(True)  # every step done before its screenshot
    if args.handbok:
        handboksbilder(ut, hem)
    else:
        dokumentbilder(ut, hem)
    return 0


def _visa(widget) -> None:
    from PySide6.QtWidgets import QApplication

    widget.show()
    for _ in range(3):
        QApplication.processEvents()


def dokumentbilder(ut: Path, hem: Path) -> None:
    """docs/skarmdumpar/: the README's screenshots and the handbook window."""
    from PySide6.QtWidgets import QApplication

    from skrivbord.jobb import kor_till_slut
    from skrivbord.tjanster import demodata
    from skrivbord.ui import handbok
    from skrivbord.ui.avvikelser.annat_klassning import AnnatKlassningDialog
    from skrivbord.ui.avvikelser.formular import AvvikelseFormular
    from skrivbord.ui.guide import ForstaStartGuide
    from skrivbord.ui.huvudfonster import SIDOR, Huvudfonster
    from skrivbord.ui.organisation.register import PERSONAL, RegisterDialog

    idag = date.today()
    skapad = kor_till_slut(
        demodata.skapa_demo(
            hem / "demo.db",
            ar=2,
            avvikelser_per_ar=1200,
            seed=3,
            kommun="Demokommun",
            idag=idag,
        )
    )

    def spara(widget, namn: str) -> None:
        _visa(widget)
        widget.grab().save(str(ut / namn))
        print(ut / namn)

    fonster = Huvudfonster()
    fonster.resize(1200, 760)
    fonster.satt_databas(skapad.oppen)
    spara(fonster, "huvudfonster.png")
    fonster.ga_till(1)
    spara(fonster, "egenkontroller.png")
    # The Avvikelser page has a list and a detail panel side by side: a wider window.
    fonster.resize(1400, 860)
    fonster.ga_till(4)
    sida = fonster.stapel.currentWidget()
    sida.tabell.selectRow(2)
    spara(fonster, "avvikelser.png")
    # The panel of a case reported under lex Maria, with what followed the anmälan.
    with skapad.databas.ra_anslutning() as anslutning:
        (anmald,) = anslutning.execute(
            "SELECT id FROM avvikelse WHERE lex_maria = 'anmald' ORDER BY ivo_beslut IS NULL, id "
            "LIMIT 1"
        ).fetchone()
    sida.panel.visa(anmald)
    spara(sida.panel.lex_maria, "avvikelse-lex-maria.png")

    formular = AvvikelseFormular(skapad.databas, idag=idag)
    formular.resize(700, 900)
    fall = next(i for i, k in formular._kategorikoder.items() if k == "fall")
    formular.kategori.setCurrentIndex(formular.kategori.findData(fall))
    formular.beskrivning.setPlainText("Hittades sittande på golvet i badrummet vid nattillsynen.")
    formular.risk_konsekvens.setCurrentIndex(2)
    formular.risk_sannolikhet.setCurrentIndex(3)
    spara(formular, "avvikelseformular.png")

    klassning = AnnatKlassningDialog(skapad.databas)
    klassning.resize(700, 520)
    spara(klassning, "annat-klassning.png")
    klassning.close()

    guide = ForstaStartGuide()
    guide.resize(720, 520)
    spara(guide, "guide.png")
    _guide_till_nyckeln(guide, hem)
    spara(guide, "aterstallningsnyckel.png")
    guide.resultat.stang()

    # The register at a 1280×720 laptop's size, the smallest screen it is made for.
    register = RegisterDialog(skapad.databas)
    register.resize(1280, 720)
    spara(register, "register-enheter.png")
    register.flikar.setCurrentIndex(PERSONAL)
    spara(register, "register-personal.png")
    register.close()

    # Every page and the register at a small laptop's 1280×720 and a desktop's
    # 1920×1080 (docs/skarmar.md shows them side by side).
    assert len(SIDNAMN) == len(SIDOR)
    storlekar = ut / "storlekar"
    storlekar.mkdir(exist_ok=True)
    fonster.ga_till(0)
    for bredd, hojd in SKARMAR:
        fonster.resize(bredd, hojd)
        for nummer, namn in enumerate(SIDNAMN):
            fonster.ga_till(nummer)
            if nummer == 4:
                fonster.stapel.currentWidget().tabell.selectRow(2)
            _visa(fonster)
            spara_kompakt(
                fonster.grab().toImage(), storlekar / f"{namn}-{bredd}x{hojd}.png", bredd, None
            )
        register = RegisterDialog(skapad.databas)
        register.resize(bredd, hojd)
        _visa(register)
        spara_kompakt(
            register.grab().toImage(), storlekar / f"register-{bredd}x{hojd}.png", bredd, None
        )
        register.close()

    # The handbook at the size of a small laptop screen, at a section with a picture.
    handboken = handbok.HandbokFonster()
    handboken.resize(1280, 720)
    handboken.visa_avsnitt("sammanstallning.md")
    spara(handboken, "handbok.png")
    handboken.close()
    fonster.close()
    QApplication.processEvents()


def handboksbilder(ut: Path, hem: Path) -> None:
    """resurser/handbok/bilder/: one picture per thing the handbook shows."""
    from PySide6.QtCore import Qt, QTime
    from PySide6.QtWidgets import QApplication, QGroupBox

    from skrivbord import fel
    from skrivbord.jobb import kor_till_slut
    from skrivbord.lagring import aterstallningsnyckel
    from skrivbord.tjanster import demodata
    from skrivbord.ui.avvikelser.detalj import AvvikelseDetaljPanel
    from skrivbord.ui.avvikelser.formular import AvvikelseFormular
    from skrivbord.ui.avvikelser.importera import ImportDialog
    from skrivbord.ui.avvikelser.sammanstallning import SammanstallningDialog
    from skrivbord.ui.avvikelser.veckogenomgangsdialog import VeckogenomgangDialog
    from skrivbord.ui.databasval import AterstallningsDialog
    from skrivbord.ui.guide import ForstaStartGuide
    from skrivbord.ui.huvudfonster import AVVIKELSER, Huvudfonster
    from skrivbord.ui.installningsdialog import InstallningarDialog

    idag = HANDBOKSDAG
    _fast_nyckel()
    skapad = kor_till_slut(
        demodata.skapa_demo(
            hem / "demo.db", ar=2, avvikelser_per_ar=1200, seed=3, kommun="Demokommun", idag=idag
        )
    )
    databas = skapad.databas
    sparade: list[Path] = []

    def spara(widget, namn: str, visa: bool = True, hojd: int | None = None) -> None:
        """``hojd``: only the top of the widget (the wizard's pages are mostly empty)."""
        if visa:
            _visa(widget)
        bild = widget.grab().toImage()
        if hojd is not None:
            bild = bild.copy(0, 0, bild.width(), hojd)
        sparade.append(spara_kompakt(bild, ut / namn))

    # Första start: the wizard's first page and the recovery key.
    guide = ForstaStartGuide()
    guide.resize(680, 500)
    spara(guide, "guide.png", hojd=270)
    _guide_till_nyckeln(guide, hem)
    spara(guide, "aterstallningsnyckel.png", hojd=262)
    nyckel = guide.skapad.aterstallningsnyckel
    guide.resultat.stang()
    guide.close()

    # Registrera: a fall, filled in as far as the risk that asks for the MAS.
    formular = AvvikelseFormular(databas, idag=idag)
    formular.resize(700, 730)
    fall = next(i for i, k in formular._kategorikoder.items() if k == "fall")
    formular.kategori.setCurrentIndex(formular.kategori.findData(fall))
    formular.tid.setTime(QTime(21, 40))
    formular.beskrivning.setPlainText(
        "Hittades sittande på golvet i badrummet vid kvällstillsynen. Hade försökt gå "
        "utan rollator."
    )
    formular.omedelbar.setPlainText("Undersökt av sjuksköterska, ingen synlig skada.")
    for falt, text in (
        (formular.fall_plats, "Badrum/toalett"),
        (formular.fall_aktivitet, "Okänd (hittad på golvet)"),
        (formular.fall_skada, "Ingen skada"),
    ):
        falt.setCurrentIndex(falt.findText(text))
    formular.risk_konsekvens.setCurrentIndex(3)
    formular.risk_sannolikhet.setCurrentIndex(3)
    spara(formular, "avvikelseformular.png")
    formular.done(0)  # close() would ask before throwing the filled form away

    # Följa upp: the page with the list and the panel, and the panel at full length.
    # Wide enough for the list and the whole panel (as in docs/); saved scaled down to
    # STORSTA_BREDD, and the handbook opens it at full size when clicked.
    fonster = Huvudfonster()
    fonster.resize(1400, 860)
    fonster.satt_databas(skapad.oppen)
    fonster.ga_till(AVVIKELSER)
    sida = fonster.stapel.currentWidget()
    sida.tabell.selectRow(1)
    spara(fonster, "avvikelsesidan.png")

    exempel = _uppfoljd_avvikelse(databas)
    panel = AvvikelseDetaljPanel(databas, idag=idag)
    panel.resize(640, 400)
    panel.visa(exempel)
    _visa(panel)
    innehall = panel._innehall
    innehall.resize(640, innehall.sizeHint().height())
    spara(innehall, "avvikelsepanel.png", visa=False)
    panel.close()

    # Veckogenomgång: the first unit with falls to go through; one of them left out.
    dialog = VeckogenomgangDialog(databas, idag=idag)
    for rad in range(dialog.enhet.count()):
        dialog.enhet.setCurrentIndex(rad)
        if dialog.valda():
            break
    deltog = ("Enhetschef", "Sjuksköterska", "Fysioterapeut", "Undersköterska")
    for ruta in dialog.deltagare:
        ruta.setChecked(ruta.text() in deltog)
    if dialog.kandidater.count() > 3:
        dialog.kandidater.item(3).setCheckState(Qt.CheckState.Unchecked)
    dialog.beslut.setPlainText(
        "Två fall på kvällen i samma korridor. Belysningen ses över och kvällstillsynen "
        "görs tidigare."
    )
    dialog.kandidater.setCurrentRow(0)
    dialog.ny_atgard.setText("Byt till rörelsestyrd belysning i korridoren")
    dialog._lagg_till_atgard()
    dialog.resize(dialog.sizeHint())  # wide enough for every role's name
    spara(dialog, "veckogenomgang.png")
    dialog.close()

    # Sammanställning: the dialog as it opens in February.
    dialog = SammanstallningDialog(databas, idag=idag)
    dialog.fil.setText(f"{WINDOWSMAPP}\\sammanstallning-{dialog.period.currentText()}.pdf")
    dialog.resize(560, dialog.sizeHint().height())
    spara(dialog, "sammanstallning.png")
    dialog.close()

    # Import: a report from the journal system with two rows the preview stops.
    fil = _importfil(hem / "avvikelser-januari.csv")
    dialog = ImportDialog(databas)
    dialog.resize(960, 780)
    dialog.lasa(fil)
    dialog.forhandsgranska()
    dialog.fil.setText(f"{WINDOWSMAPP}\\{fil.name}")
    spara(dialog, "import.png")
    dialog.close()

    # Återställningsnyckeln: typed with one wrong character, as the dialog answers it.
    saknas = fel.NyckelSaknas(hem / "skrivbord.db", salt="")
    dialog = AterstallningsDialog(hem / "skrivbord.db", saknas.meddelande)
    felskriven = nyckel[:8] + ("X" if nyckel[8] != "X" else "Y") + nyckel[9:]
    dialog.falt.setText(felskriven)
    try:
        aterstallningsnyckel.avkoda(felskriven)
    except fel.OgiltigAterstallningsnyckel as exc:
        dialog.visa_fel(exc.meddelande)
    # Wide enough to show the whole key; the key not selected, so it reads clearly.
    bredd = dialog.falt.fontMetrics().horizontalAdvance(felskriven) + 60
    dialog.resize(max(dialog.width(), bredd), dialog.sizeHint().height())
    _visa(dialog)
    dialog.falt.deselect()
    dialog.falt.setCursorPosition(0)
    spara(dialog, "aterstallningsdialog.png", visa=False)
    dialog.close()

    # Säkerhetskopior: the settings' backup box (the list below it shows file paths).
    dialog = InstallningarDialog()
    dialog.valj_mapp_utan_fraga(PureWindowsPath("\\\\fil01\\mas\\Skrivbord-kopior"))
    _visa(dialog)
    spara(dialog.findChildren(QGroupBox)[0], "installningar.png", visa=False)
    dialog.close()

    fonster.close()
    QApplication.processEvents()
    totalt = sum(p.stat().st_size for p in sparade)
    print(f"{len(sparade)} bilder, {totalt / 1024:.0f} kB tillsammans")


def _guide_till_nyckeln(guide, hem: Path) -> None:
    """From the wizard's first page to the recovery key: a made-up kommun and unit."""
    from skrivbord.ui.guide import KOMMUN

    guide.next()
    assert guide.currentId() == KOMMUN
    guide.kommun.namn.setText("Provby kommun")
    guide.kommun.kod.setText("9998")
    guide.next()
    guide.enheter.tabell.item(0, 0).setText("Tallbacken")
    guide.next()
    guide.plats.sokvag.setText(str(hem / "provby.db"))
    guide.next()


def _fast_nyckel() -> None:
    """New databases in this run get the same key every time, so the pictures of the
    recovery key do not change from one run to the next (the databases are thrown away
    with the temporary folder; a real database's key is random)."""
    import random
    import secrets
    from types import SimpleNamespace

    from skrivbord.lagring import fil

    slump = random.Random(2480)
    fil.secrets = SimpleNamespace(token_bytes=slump.randbytes, token_hex=secrets.token_hex)


def _uppfoljd_avvikelse(databas) -> int:
    """An avvikelse whose panel shows the whole follow-up: the MAS decision, an
    analysis, åtgärder with someone responsible, and a follow-up."""
    from skrivbord.tjanster.avvikelser import lista, registrering
    from skrivbord.typer import Avvikelsestatus

    uppfoljda = lista.Filter(status=Avvikelsestatus.UPPFOLJD)
    for avvikelse_id in lista.ordnade_id(databas, uppfoljda):
        d = registrering.hamta(databas, avvikelse_id)
        if (
            d.kraver_mas_beslut
            and d.orsaker
            and d.uppfoljningar
            and len(d.atgarder) >= 2
            and all(a.ansvarig_namn for a in d.atgarder)
        ):
            return avvikelse_id
    raise SystemExit("ingen uppföljd avvikelse med allt i demodatabasen")


def _importfil(fil: Path) -> Path:
    """A report as a journal system writes one (semicolons, UTF-8 with BOM), with a
    date that does not exist and a unit spelled differently from the register."""
    rader = [
        "Händelsedatum;Tid;Enhet;Kategori;Beskrivning;Konsekvens",
        "2026-01-03;07:50;Björkbacken;Fall;Hittades på golvet vid sängen på morgonen.;Ingen skada",
        "2026-01-05;12:15;Rönngården;Läkemedel;Lunchdosen gavs inte, dosetten var tom.;Ingen skada",
        "2026-01-08;21:30;Lindhemmet;Fall;Halkade i duschen, blåmärke på höften.;Lindrig",
        "2026-01-11;08:05;Björkbacken;Läkemedel;Fel dos insulin, upptäcktes vid signering.;Ingen skada",
        "2026-01-14;16:40;Rönngården;Fall;Föll vid förflyttning från rullstol till säng.;Ingen skada",
        "2026-01-17;22:10;Lindhemmet;Fall;Hittades sittande på golvet i korridoren.;Ingen skada",
        "2026-02-30;09:00;Björkbacken;Fall;Föll i matsalen.;Lindrig",
        "2026-01-23;13:20;Rönngården;Läkemedel;Signering saknades för morgondosen.;Ingen skada",
        "2026-01-26;18:45;Björkb. SÄBO;Fall;Gled ur fåtöljen i dagrummet.;Ingen skada",
        "2026-01-29;06:30;Lindhemmet;Läkemedel;Tabletter hittades på golvet vid sängen.;Ingen skada",
    ]
    fil.write_text("\r\n".join(rader) + "\r\n", encoding="utf-8-sig")
    return fil


def spara_kompakt(
    bild,
    fil: Path,
    storsta_bredd: int = STORSTA_BREDD,
    storsta_storlek: int | None = STORSTA_STORLEK,
) -> Path:
    """Save a screenshot as a small PNG: at most ``storsta_bredd`` wide (scaled smoothly),
    in 256 colours without dithering (flat UI colours stay flat, text stays sharp),
    optimised with Pillow; with Qt's own writer when Pillow is not installed. The
    handbook's images must stay under ``storsta_storlek``; docs' full-screen ones need not."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt

    if bild.width() > storsta_bredd:
        bild = bild.scaledToWidth(storsta_bredd, Qt.TransformationMode.SmoothTransformation)
    try:
        from PIL import Image
    except ImportError:
        palett = bild.convertToFormat(
            bild.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
        )
        palett.save(str(fil), "PNG", 0)
    else:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        bild.save(buffer, "PNG")
        buffer.close()
        with Image.open(io.BytesIO(bytes(data))) as original:
            fargbild = original.convert("RGB").quantize(
                colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
            )
            fargbild.save(fil, optimize=True)
    storlek = fil.stat().st_size
    print(f"{fil}  {bild.width()}×{bild.height()}  {storlek / 1024:.0f} kB")
    if storsta_storlek is not None and storlek > storsta_storlek:
        raise SystemExit(f"{fil.name} väger {storlek / 1024:.0f} kB, mer än handboken tillåter")
    return fil


if __name__ == "__main__":
    sys.exit(main())
