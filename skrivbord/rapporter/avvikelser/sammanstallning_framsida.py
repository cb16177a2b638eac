"""The first page of the summary of avvikelser: key figures in boxes, what stands out
(marked categories, "Annat", serious harm, late åtgärder) and how the figures were
counted; also the wording of counts and changes the sections share
(sammanstallning.py is the rest of the document).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from skrivbord.perioder import datumspann
from skrivbord.rapporter import diagram, tabeller
from skrivbord.rapporter.avvikelser.underlag import Andel, Rad, Sammanstallning
from skrivbord.rapporter.format import (
    MINUS,
    antal_av,
    datum,
    forandring,
    gemen_borjan,
    procent,
    tal,
    upprakning,
)
from skrivbord.rapporter.pdfbas import Stilar
from skrivbord.rapporter.tabeller import Markering

# The wording of counts and changes, shared with the sections.


def rad_forandring(rad: Rad) -> str:
    """The change of ``rad`` against the period before ("+60 %", "ny", "")."""
    return forandring(rad.foregaende, rad.aktuellt)


def avv(antal: int) -> str:
    return antal_av(antal, "avvikelse", "avvikelser")


def andel_text(andel: Andel) -> str:
    return procent(andel.andel)


def _nyckeltal(s: Sammanstallning, stilar: type[Stilar]) -> Table:
    fore = s.perioder[-2].kort if len(s.perioder) > 1 else None

    def jamfort(rad: Rad | None) -> str:
        if rad is None or fore is None or rad.foregaende is None:
            return ""
        andring = rad_forandring(rad)
        return f"{fore}: {tal(rad.foregaende)}" + (f" ({andring})" if andring else "")

    def aktuellt(rad: Rad | None) -> str:
        return tal(rad.aktuellt) if rad else MINUS

    fall = s.kategori_med_kod("fall")
    lakemedel = s.kategori_med_kod("lakemedel")
    anmalda = s.lex_maria.anmalda
    rutor = [
        (tal(s.totalt.aktuellt), "avvikelser totalt", jamfort(s.totalt)),
        (aktuellt(fall), "fall", jamfort(fall)),
        (aktuellt(lakemedel), "läkemedelsavvikelser", jamfort(lakemedel)),
        (
            tal(anmalda[-1]),
            "anmälda enligt lex Maria",
            f"{fore}: {tal(anmalda[-2])}" if fore else "",
        ),
        (andel_text(s.med_analys), "analyserade", avv(s.med_analys.antal)),
        (andel_text(s.med_uppfoljning), "med uppföljning", avv(s.med_uppfoljning.antal)),
        (
            tal(s.atgarder.forsenade),
            "åtgärder efter sista datum",
            f"av {tal(s.atgarder.oppna)} öppna åtgärder",
        ),
        (tal(s.mellan_vardgivare.aktuellt), "mellan vårdgivare", jamfort(s.mellan_vardgivare)),
    ]
    return tabeller.nyckeltal(rutor, stilar)


def samma(s: Sammanstallning) -> str:
    """What the earlier years are: "samma datum" for a running period, else "samma period"."""
    return "samma datum" if s.period.pagaende else "samma period"


def samma_datum_not(s: Sammanstallning, stilar: type[Stilar]) -> list[Flowable]:
    """Under a table or chart of a running period: the dates every year is counted over."""
    p = s.period
    if not p.pagaende or len(s.perioder) < 2:
        return []
    return [Paragraph(f"{datumspann(p.start, p.sista_dag, med_ar=False)} varje år.", stilar.liten)]


def _omfattning(s: Sammanstallning) -> str:
    """The days counted and what they are compared with."""
    p = s.period
    jamfor = upprakning([x.kort for x in s.perioder[:-1]])
    if p.pagaende:
        # Cut at today (perioder.kapa): every year is counted over the same dates.
        jamfor = upprakning([str(x.ar) for x in s.perioder[:-1]])
        return (
            f"Perioden pågår: siffrorna gäller {p.etikett}"
            + (f" och jämförs med samma datum tidigare år ({jamfor})" if jamfor else "")
            + "."
        )
    return (
        f"Händelser {datum(p.start)} – {datum(p.sista_dag)}"
        + (f", jämförda med samma period {jamfor}" if jamfor else "")
        + "."
    )


def framsida(s: Sammanstallning, kommun: str, stilar: type[Stilar]) -> list[Flowable]:
    """The first page's flowables; ``kommun`` may be empty."""
    return [
        Paragraph(f"Avvikelser {s.period.etikett}", stilar.rubrik1),
        Paragraph(
            "Sammanställning för nämnden och patientsäkerhetsberättelsen"
            + (f" – {escape(kommun)}" if kommun else ""),
            stilar.ingress,
        ),
        Paragraph(
            f"{_omfattning(s)} Status, analyser och åtgärder per {datum(s.idag)}.",
            stilar.liten,
        ),
        Spacer(0, 4 * mm),
        _nyckeltal(s, stilar),
        Spacer(0, 5 * mm),
        Paragraph("Att uppmärksamma", stilar.rubrik2),
        tabeller.punktlista(_att_uppmarksamma(s, stilar), stilar),
        Spacer(0, 3 * mm),
        Paragraph("Om underlaget", stilar.rubrik3),
        Paragraph(
            "Avvikelserna räknas efter när händelsen inträffade, lex Maria-anmälningarna "
            "efter när anmälan skickades. Andelar, status och åtgärder "
            f"gäller som de var {datum(s.idag)}; nyligen inträffade händelser hinner "
            "ofta inte analyseras och följas upp före utskriften. En röd triangel (uppåt för "
            "fler, nedåt för färre) markerar en förändring med mer än "
            f"{procent(s.markera_forandring)} mot {samma(s)} året före, när minst ett av "
            f"åren har {tal(s.markera_minst)} avvikelser eller fler. Dokumentet innehåller "
            "inga patientuppgifter och inga namn.",
            stilar.liten,
        ),
    ]


def _att_uppmarksamma(s: Sammanstallning, stilar: type[Stilar]) -> list[tuple[Flowable | str, str]]:
    """The points of the first page: marked categories first, then the rest."""
    punkter = _markerade_kategorier(s, stilar) + [("•", text) for text in _ovriga_punkter(s)]
    if not s.totalt.aktuellt:
        punkter.insert(0, ("•", "Inga avvikelser har registrerats med händelse i perioden."))
    elif not s.markerade_kategorier and len(s.perioder) > 1:
        punkter.insert(
            0, ("•", "Ingen kategori förändrades mer än gränsen för markering (se nedan).")
        )
    return punkter


def _markerade_kategorier(
    s: Sammanstallning, stilar: type[Stilar]
) -> list[tuple[Flowable | str, str]]:
    fore = s.perioder[-2].etikett if len(s.perioder) > 1 else ""
    punkter: list[tuple[Flowable | str, str]] = []
    for rad in s.markerade_kategorier:
        upp = (rad.forandring or 1) > 0
        # A marked row is always compared with the year before (Markering.rad).
        foregaende = rad.antal[-2]
        farg = diagram.MARKERINGSFARG_HEX
        # From nothing there is no percentage: say "inga" rather than a change.
        jamforelse = (
            f"mot <font color='{farg}'><b>inga</b></font> under {fore}."
            if not foregaende
            else f"mot {tal(foregaende)} under {fore}, <font color='{farg}'>"
            f"<b>{rad_forandring(rad)}</b></font> ({'fler' if upp else 'färre'})."
        )
        punkter.append(
            (
                Markering("", upp, stilar.typsnitt_fet, vanster=True),
                f"<b>{escape(rad.etikett)}</b>: {avv(rad.aktuellt)} {jamforelse}",
            )
        )
    return punkter


def _ovriga_punkter(s: Sammanstallning) -> list[str]:
    """ "Annat", serious harm and lex Maria, åtgärder past their deadline (when any)."""
    punkter = []
    if s.annat.antal:
        namn = escape(getattr(s.kategori_med_kod("annat"), "etikett", "Annat"))
        andel = s.annat.antal / s.totalt.aktuellt if s.totalt.aktuellt else None
        vanligast = upprakning([escape(gemen_borjan(k.namn)) for k in s.annat.skal[:3]])
        oklassade = s.annat.oklassade
        punkter.append(
            f"<b>{namn}</b> användes för {avv(s.annat.antal)} ({procent(andel)} av alla)"
            + (f"; de vanligaste skälen var {vanligast}" if vanligast else "")
            + (
                f"; {tal(oklassade)} är ännu inte "
                f"{'klassad' if oklassade == 1 else 'klassade'} av MAS"
                if oklassade
                else ""
            )
            + f". Se avsnittet om kategorin {namn}."
        )
    allvarliga = sum(r.aktuellt for r in s.konsekvenser[3:])
    if allvarliga:
        anmalda = s.lex_maria.anmalda[-1]
        lex = s.lex_maria
        # Not assessed is not "not relevant" (PSL 3 kap. 5 §): say how many are which.
        bedomning = (
            f"alla {tal(lex.allvarliga_bedomda)} har bedömts enligt lex Maria"
            if not lex.allvarliga_ej_bedomda
            else f"{tal(lex.allvarliga_bedomda) if lex.allvarliga_bedomda else 'ingen'} "
            f"av dem har bedömts enligt lex Maria och {tal(lex.allvarliga_ej_bedomda)} "
            "har ännu inte bedömts"
        )
        punkter.append(
            f"{avv(allvarliga)} ledde till allvarlig skada eller dödsfall; {bedomning}. "
            + (
                "Under perioden gjordes "
                f"{antal_av(anmalda, 'lex Maria-anmälan', 'lex Maria-anmälningar')} till IVO."
                if anmalda
                else "Ingen lex Maria-anmälan gjordes under perioden."
            )
        )
    if s.atgarder.forsenade:
        punkter.append(
            f"{antal_av(s.atgarder.forsenade, 'åtgärd', 'åtgärder')} för periodens "
            "avvikelser har passerat sitt sista datum utan att vara klara."
        )
    return punkter
