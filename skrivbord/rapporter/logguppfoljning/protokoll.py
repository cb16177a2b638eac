"""Protokoll för logguppföljning: den tomma mallen att skriva ut och fylla i för hand,
och samma formulär ifyllt för en granskning.

Båda har samma fält i samma ordning (HSLF-FS 2016:40 4 kap. 9 §; seed 003:
"protokollmall ... Inga uppgifter lämnas i protokollmall som kan härledas till den
enskilde"). Mallen är offentlig: den har inga uppgifter alls. Det ifyllda protokollet
är ett internt arbetsdokument (det namnger granskaren) och säger det överst på varje
sida (DESIGN §6); filen skrivs bara läsbar för ägaren (pdfbas, mkstemp).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from skrivbord.rapporter.logguppfoljning.underlag import Protokolldata, Protokollsteg
from skrivbord.rapporter.pdfbas import INTERN, ROD, TEXTBREDD, Stilar, bygg
from skrivbord.typer import Loggatgardstyp, Loggkontrolltyp, Loggresultat

TITEL = "Protokoll för logguppföljning"


def _typer() -> tuple[str, ...]:
    return tuple(t.etikett for t in Loggkontrolltyp)


def _resultat() -> tuple[str, ...]:
    return tuple(r.etikett for r in Loggresultat)


ETIKETTBREDD = 46 * mm
_KANT = colors.HexColor("#9aa5b1")
_ETIKETT = ParagraphStyle("etikett", fontName=Stilar.typsnitt_fet, fontSize=8.5, leading=10.5)
_VARDE = ParagraphStyle("varde", parent=Stilar.brodtext, spaceAfter=0)
_HJALP = ParagraphStyle("hjalp", parent=Stilar.liten, spaceAfter=0)
_INTERN_STIL = ParagraphStyle(
    "intern", parent=Stilar.brodtext, fontName=Stilar.typsnitt_fet, textColor=ROD
)


class Kryssruta(Flowable):
    """En ruta att kryssa i; ``kryssad`` ritar krysset."""

    SIDA = 3.4 * mm

    def __init__(self, kryssad: bool = False) -> None:
        super().__init__()
        self.kryssad = kryssad

    def wrap(self, tillganglig_bredd: float, tillganglig_hojd: float) -> tuple[float, float]:
        return self.SIDA, self.SIDA

    def draw(self) -> None:
        duk, s = self.canv, self.SIDA
        duk.saveState()
        duk.setStrokeColor(colors.black)
        duk.setLineWidth(0.8)
        duk.rect(0, 0, s, s)
        if self.kryssad:
            duk.setLineWidth(1.2)
            duk.line(0.6, 0.6, s - 0.6, s - 0.6)
            duk.line(0.6, s - 0.6, s - 0.6, 0.6)
        duk.restoreState()


def _text(text: str) -> str:
    """Fritext för en Paragraph: escapad, radbrytningar behållna."""
    return escape(text).replace("\n", "<br/>")


def _val(
    alternativ: Sequence[str], valt: str | None, bredd: float = TEXTBREDD - ETIKETTBREDD - 12
) -> Table:
    """Alternativen, var och en med sin kryssruta: på en rad om de får plats (``bredd``),
    annars under varandra."""
    texter = [stringWidth(t, _VARDE.fontName, _VARDE.fontSize) + 3 for t in alternativ]
    en_rad = sum(texter) + len(texter) * (5 * mm + 10) <= bredd
    rader: list[list[object]] = []
    for text in alternativ:
        par = [Kryssruta(text == valt), Paragraph(escape(text), _VARDE)]
        if en_rad and rader:
            rader[0] += par
        else:
            rader.append(par)
    bredder = [5 * mm, min(max(texter) + 10, bredd - 5 * mm)]
    if en_rad:
        bredder = [b for textbredd in texter for b in (5 * mm, textbredd + 10)]
    tabell = Table(rader, colWidths=bredder, hAlign="LEFT")
    tabell.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0 if en_rad else 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0 if en_rad else 1),
            ]
        )
    )
    return tabell


Rad = tuple[str, object, float | None]  # label, value (text or flowable), min height


def _falt(rader: Sequence[Rad]) -> Table:
    """Etikett | värde, i ett rutnät som går att skriva i för hand."""
    data = []
    hojder: list[float | None] = []
    for etikett, varde, hojd in rader:
        cell = Paragraph(varde, _VARDE) if isinstance(varde, str) else varde
        data.append([Paragraph(escape(etikett), _ETIKETT), cell])
        hojder.append(hojd)
    tabell = Table(
        data, colWidths=[ETIKETTBREDD, TEXTBREDD - ETIKETTBREDD], rowHeights=hojder, hAlign="LEFT"
    )
    tabell.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, _KANT),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f5f8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return tabell


def _granskningen(d: Protokolldata | None) -> list[Flowable]:
    if d is None:  # the blank: room to write by hand
        rader: list[Rad] = [
            ("Datum för granskningen", "", 9 * mm),
            ("Journalsystem", "", 9 * mm),
            ("Enhet (eller hela kommunen)", "", 9 * mm),
            ("Slag av kontroll", _val(_typer(), None), None),
            ("Granskad period", "Från: ____________________    Till: ____________________", 9 * mm),
            (
                "Urval (bara antal)",
                "Antal användare: ____________    Antal journalåtkomster: ____________",
                9 * mm,
            ),
            ("Metod", "", 22 * mm),
            ("Granskare", "", 9 * mm),
        ]
    else:
        rader = [
            ("Datum för granskningen", d.datum.isoformat(), None),
            ("Journalsystem", _text(d.system), None),
            ("Enhet (eller hela kommunen)", _text(d.enhet), None),
            ("Slag av kontroll", _val(_typer(), d.typ), None),
            ("Granskad period", f"{d.period_fran.isoformat()} – {d.period_till.isoformat()}", None),
            (
                "Urval (bara antal)",
                f"Antal användare: <b>{d.antal_anvandare}</b>&nbsp;&nbsp;&nbsp;&nbsp;"
                f"Antal journalåtkomster: <b>{d.antal_atkomster}</b>",
                None,
            ),
            ("Metod", _text(d.metod), None),
            ("Granskare", _text(d.granskare or "–"), None),
        ]
    return [KeepTogether([Paragraph("1. Granskningen", Stilar.rubrik2), _falt(rader)])]


_BESKRIVNING = "Beskrivning av avvikelsen (utan patientuppgifter)"


def _resultatet(d: Protokolldata | None) -> list[Flowable]:
    if d is None:
        rader: list[Rad] = [
            ("Resultat", _val(_resultat(), None), None),
            ("Avvikande åtkomster", "Antal avvikande åtkomster: ____________", 9 * mm),
            (_BESKRIVNING, "", 30 * mm),
            ("Övriga iakttagelser", "", 18 * mm),
        ]
    else:
        rader = [
            ("Resultat", _val(_resultat(), _resultat()[1 if d.avvikelse else 0]), None),
            ("Avvikande åtkomster", f"Antal avvikande åtkomster: <b>{d.antal_avvikande}</b>", None),
            (_BESKRIVNING, _text(d.avvikelse_beskrivning or "–"), None),
            ("Övriga iakttagelser", _text(d.iakttagelser or "–"), None),
        ]
    return [KeepTogether([Paragraph("2. Resultat", Stilar.rubrik2), _falt(rader)])]


def _atgarder(d: Protokolldata | None) -> list[Flowable]:
    rubrik = [Paragraph(t, Stilar.tabellrubrik) for t in ("Åtgärd", "Datum", "Anteckning")]
    data: list[list[object]] = [rubrik]
    if d is None:
        data += [[_val((steg.etikett,), None, 78 * mm - 12), "", ""] for steg in Loggatgardstyp]
    else:
        data += [_stegrad(s) for s in d.atgarder] or [
            [Paragraph("Inga åtgärder registrerade.", _VARDE), "", ""]
        ]
    tabell = Table(data, colWidths=[78 * mm, 24 * mm, TEXTBREDD - 102 * mm], hAlign="LEFT")
    luft = 7 if d is None else 3  # room to write by hand in the blank
    tabell.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, _KANT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), Stilar.typsnitt, 9),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 1), (-1, -1), luft),
                ("BOTTOMPADDING", (0, 1), (-1, -1), luft),
            ]
        )
    )
    forklaring = (
        "Gäller när en avvikelse upptäckts. En misstänkt personuppgiftsincident bedöms, och "
        "anmäls vid behov till IMY, inom 72 timmar från att den blev känd "
        "(dataskyddsförordningen art. 33). En allvarlig vårdskada eller risk för en anmäls "
        "enligt lex Maria (patientsäkerhetslagen 3 kap. 5 §)."
    )
    delar: list[Flowable] = [Paragraph("3. Vidtagna åtgärder", Stilar.rubrik2), tabell]
    if d is None:  # the instruction belongs to the blank
        delar += [Spacer(1, 1.5 * mm), Paragraph(forklaring, _HJALP)]
    return [KeepTogether(delar)]


def _stegrad(steg: Protokollsteg) -> list[object]:
    anteckning = _text(steg.anteckning)
    if steg.sen:
        anteckning += "<br/><i>Bedömd senare än 72 timmar efter granskningen.</i>"
    return [
        Paragraph(escape(steg.typ), _VARDE),
        steg.datum.isoformat(),
        Paragraph(anteckning, _VARDE),
    ]


def _signering(d: Protokolldata | None) -> list[Flowable]:
    rader = [["Granskare", "", "Ansvarig chef / MAS"]]
    rader += [[text, "", text] for text in ("Underskrift", "Namnförtydligande", "Datum")]
    halva = (TEXTBREDD - 12 * mm) / 2
    tabell = Table(
        rader, colWidths=[halva, 12 * mm, halva], rowHeights=[None, 11 * mm, 9 * mm, 9 * mm]
    )
    tabell.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), Stilar.typsnitt_fet, 9),
                ("FONT", (0, 1), (-1, -1), Stilar.typsnitt, 7.5),
                ("TEXTCOLOR", (0, 1), (-1, -1), colors.HexColor("#5f6b76")),
                ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 1),
                ("LINEABOVE", (0, 2), (0, -1), 0.7, colors.black),
                ("LINEABOVE", (2, 2), (2, -1), 0.7, colors.black),
                ("LINEBELOW", (0, -1), (0, -1), 0.7, colors.black),
                ("LINEBELOW", (2, -1), (2, -1), 0.7, colors.black),
            ]
        )
    )
    ut: list[Flowable] = [Paragraph("4. Signering", Stilar.rubrik2)]
    if d is not None:
        text = "Protokollet är inte signerat i Skrivbord."
        if d.signerad_datum is not None:
            text = (
                f"Signerat i Skrivbord av <b>{escape(d.signerad_av or '–')}</b> "
                f"den {d.signerad_datum.isoformat()}."
            )
        ut.append(Paragraph(text, _VARDE))
        ut.append(Spacer(1, 2 * mm))
    ut.append(tabell)
    return [KeepTogether(ut)]


INSTRUKTIONER = (
    "Fyll i ett protokoll för varje genomförd uppföljning, också när ingen avvikelse hittades.",
    "<b>Inga uppgifter som kan identifiera en patient</b>: inga namn, personnummer, "
    "samordningsnummer, adresser eller journalutdrag. Skriv om åtkomsten i allmänna "
    'termer (till exempel "åtkomst utan vårdrelation, sen kväll").',
    "<b>Slag av kontroll</b>: den systematiska kontrollen görs varje månad; stickprov "
    "väljs slumpmässigt; en riktad kontroll görs vid misstanke om obehörig åtkomst.",
    "<b>Urval</b>: ange bara antal, hur många användares loggar och hur många "
    "journalåtkomster som granskades.",
    "<b>Metod</b>: hur loggarna togs fram (rapport ur systemet, urval, period) och vad "
    "de jämfördes mot (vårdrelation, bemanning, uppdrag).",
    "<b>Resultat</b>: kryssa i ett alternativ. Vid avvikelse: beskriv den utan "
    "patientuppgifter, ange vad som gjorts och när, och utred enligt rutin.",
    "Granskaren och ansvarig chef (eller MAS) signerar. Protokollet förvaras enligt "
    "verksamhetens rutin för dokumentation av egenkontroll.",
)


def _ingress() -> Paragraph:
    return Paragraph(
        "Uppföljning av åtkomst till journal enligt HSLF-FS 2016:40 4 kap. 9 §: "
        "kontroller varje månad och stickprov. Protokollet får inte innehålla uppgifter "
        "som kan identifiera en patient.",
        Stilar.ingress,
    )


def skriv_mall(ut: Path | str, kommun: str = "", utskriven: date | None = None) -> Path:
    """Den tomma mallen (offentlig: inga uppgifter ur någon databas)."""
    innehall: list[Flowable] = [Paragraph(TITEL, Stilar.rubrik1), _ingress()]
    innehall += [Paragraph("Så fyller du i protokollet", Stilar.rubrik3)]
    innehall += [Paragraph(text, Stilar.punkt, bulletText="•") for text in INSTRUKTIONER]
    innehall += _granskningen(None) + _resultatet(None) + _atgarder(None) + _signering(None)
    return bygg(ut, innehall, TITEL, kommun, amne="Protokoll-mall", utskriven=utskriven)


def skriv_protokoll(
    data: Protokolldata, ut: Path | str, kommun: str = "", utskriven: date | None = None
) -> Path:
    """Ett ifyllt protokoll (internt: märkt i sidhuvudet och överst)."""
    innehall: list[Flowable] = [
        Paragraph(INTERN, _INTERN_STIL),
        Paragraph(f"{TITEL} <font size=12 color='#5f6b76'>nr {data.id}</font>", Stilar.rubrik1),
        _ingress(),
    ]
    innehall += _granskningen(data) + _resultatet(data) + _atgarder(data) + _signering(data)
    return bygg(
        ut,
        innehall,
        f"{TITEL} nr {data.id}",
        kommun,
        amne="Logguppföljning",
        utskriven=utskriven,
        markering=INTERN,
    )
