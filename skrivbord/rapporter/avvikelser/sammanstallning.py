"""The summary of avvikelser as a PDF, for the political committee and the
patientsäkerhetsberättelse (the public version: no patient data, no staff names).

The first page (key figures and what stands out) is sammanstallning_framsida.py; this
module adds one section per subject, with tables and a bar chart of the categories
over the compared years, and writes the file. The page template (header with the
kommun and title, footer with "Sida X av Y" and the print date, metadata, atomic
write) is rapporter.pdfbas; numbers and dates are written by rapporter.format and the
tables built by rapporter.tabeller.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from skrivbord.rapporter import diagram, pdfbas, tabeller
from skrivbord.rapporter.avvikelser.sammanstallning_framsida import (
    andel_text,
    avv,
    framsida,
    rad_forandring,
    samma,
    samma_datum_not,
)
from skrivbord.rapporter.avvikelser.underlag import (
    Korstabell,
    LexMariaSiffror,
    Orsaker,
    Sammanstallning,
)
from skrivbord.rapporter.format import antal_av, datum, gemen_borjan, procent, tal

TITEL = "Sammanställning av avvikelser"
BREDD = pdfbas.TEXTBREDD
# The orsaksområde table has room for this many category columns on A4 portrait; with
# more categories the largest (by analysed avvikelser) get one less and "Övriga" the rest.
ORSAK_KATEGORIER = 5
FLERA_ORSAKER = "En avvikelse kan ha flera orsaksområden; andelen räknas av de analyserade."


def _perioder(s: Sammanstallning) -> list[str]:
    return [p.kort for p in s.perioder]


def _kategorier(s: Sammanstallning, stilar: type[pdfbas.Stilar]) -> list[Flowable]:
    totalt = s.totalt.aktuellt
    andelar = [procent(r.aktuellt / totalt if totalt else None) for r in s.kategorier]
    tabell = tabeller.jamforelsetabell(
        "Kategori",
        _perioder(s),
        s.kategorier,
        stilar,
        totalt=s.totalt,
        extra=[(f"Andel {s.period.kort}", andelar, procent(1.0) if totalt else "")],
    )
    jamfor = len(s.perioder) > 1
    return [
        KeepTogether(
            [
                Paragraph("Avvikelser per kategori", stilar.rubrik2),
                Paragraph(
                    f"Antal avvikelser per kategori {s.period.etikett}"
                    + (f" jämfört med {samma(s)} tidigare år." if jamfor else "."),
                    stilar.brodtext,
                ),
                tabell,
            ]
        ),
        Spacer(0, 4 * mm),
        KeepTogether(
            [
                Paragraph("Kategorier över åren" if jamfor else "Kategorier", stilar.rubrik2),
                *samma_datum_not(s, stilar),
                _kategoridiagram(s, stilar),
            ]
        ),
    ]


def _kategoridiagram(s: Sammanstallning, stilar: type[pdfbas.Stilar]) -> Flowable:
    if not any(any(r.antal) for r in s.kategorier):
        return diagram.tom_ritning(BREDD, 20 * mm, "Inga avvikelser att visa.", stilar.typsnitt)
    return diagram.grupperade_staplar(
        [r.etikett for r in s.kategorier],
        [(p.kort, [r.antal[j] for r in s.kategorier]) for j, p in enumerate(s.perioder)],
        bredd=BREDD,
        hojd=95 * mm,
        typsnitt=stilar.typsnitt,
        typsnitt_fet=stilar.typsnitt_fet,
        markeringar={i: rad_forandring(r) for i, r in enumerate(s.kategorier) if r.markerad},
        tal=tal,
        axeltitel="Antal avvikelser",
    )


def _enheter_och_konsekvens(s: Sammanstallning, stilar: type[pdfbas.Stilar]) -> list[Flowable]:
    kpt = s.kategori_per_enhetstyp
    extra = []
    for kod, rubrik in (("fall", "därav fall"), ("lakemedel", "därav läkemedel")):
        kategori = s.kategori_med_kod(kod)
        if kategori is not None and kategori.etikett in kpt.rader:
            rad = kpt.antal[kpt.rader.index(kategori.etikett)]
            kolumn = dict(zip(kpt.kolumner, rad, strict=True))
            extra.append(
                (rubrik, [tal(kolumn.get(r.etikett, 0)) for r in s.enhetstyper], tal(sum(rad)))
            )
    per_typ = tabeller.jamforelsetabell(
        "Verksamhet",
        _perioder(s),
        s.enhetstyper,
        stilar,
        totalt=s.totalt,
        extra=extra,
        forsta_bredd=50 * mm,
    )
    konsekvens = tabeller.jamforelsetabell(
        "Konsekvens", _perioder(s), s.konsekvenser, stilar, totalt=s.totalt
    )
    return [
        KeepTogether(
            [
                Paragraph("Per typ av verksamhet", stilar.rubrik2),
                *samma_datum_not(s, stilar),
                per_typ,
            ]
        ),
        KeepTogether(
            [
                Paragraph("Konsekvens för patienten", stilar.rubrik2),
                *samma_datum_not(s, stilar),
                konsekvens,
            ]
        ),
    ]


def _fall_och_lakemedel(s: Sammanstallning, stilar: type[pdfbas.Stilar]) -> list[Flowable]:
    fall = s.fall
    # Every fall of the period, also those without a known time of day (not in the table).
    utan_tid = s.fall_utan_tid or tuple(0 for _ in fall.kolumner)
    alla_fall = fall.summa + sum(utan_tid)
    med_skada = alla_fall - sum(
        fall.kolumnsumma(j) + utan_tid[j]
        for j, k in enumerate(fall.kolumner)
        if k in ("Ingen skada", "Ej angivet")
    )
    lm = s.lakemedel
    grupper = ", ".join(f"{k.lower()} {tal(lm.kolumnsumma(j))}" for j, k in enumerate(lm.kolumner))
    return [
        KeepTogether(
            [
                Paragraph("Fall", stilar.rubrik2),
                Paragraph(
                    f"{tal(alla_fall)} fall, varav {tal(med_skada)} med skada. Tid på dygnet "
                    "efter händelsens klockslag: natt 22–06, morgon 06–10, dag 10–16, "
                    "kväll 16–22.",
                    stilar.brodtext,
                ),
                tabeller.korstabell(fall, "Tid på dygnet", stilar, forsta_bredd=34 * mm),
                *_utan_tid(sum(utan_tid), stilar),
            ]
        ),
        KeepTogether(
            [
                Paragraph("Läkemedelsavvikelser", stilar.rubrik2),
                Paragraph(
                    f"{antal_av(lm.summa, 'läkemedelsavvikelse', 'läkemedelsavvikelser')} "
                    f"efter typ av fel och vem som upptäckte felet ({grupper}). "
                    + _per_steg_text(s.lakemedel_per_steg),
                    stilar.brodtext,
                ),
                tabeller.korstabell(
                    lm, "Typ av fel", stilar, forsta_bredd=58 * mm, kolumnbredd=28 * mm
                ),
            ]
        ),
    ]


def _per_steg_text(per_steg: tuple[tuple[str, int], ...]) -> str:
    """ "Per steg i läkemedelshanteringen: ordination 1, …" (empty without errors)."""
    if not any(n for _, n in per_steg):
        return ""
    delar = ", ".join(f"{gemen_borjan(steg)} {tal(n)}" for steg, n in per_steg)
    return f"Per steg i läkemedelshanteringen: {delar}."


def _utan_tid(antal: int, stilar: type[pdfbas.Stilar]) -> list[Flowable]:
    """The note under the time-of-day table: falls imported without a time of day."""
    if not antal:
        return []
    text = (
        "1 fall utan känd tidpunkt är inte med i tabellen."
        if antal == 1
        else f"{tal(antal)} fall utan känd tidpunkt är inte med i tabellen."
    )
    return [Spacer(1, 1.5 * mm), Paragraph(text, stilar.brodtext)]


def _vardgivare(s: Sammanstallning, stilar: type[pdfbas.Stilar]) -> list[Flowable]:
    mv = s.mellan_vardgivare
    fordelning = s.mellan_vardgivare_fordelning
    text = (
        f"{avv(mv.aktuellt)} där en överenskommelse eller riktlinje mellan vårdgivare inte följdes"
    )
    if mv.foregaende is not None:
        fore = f"samma datum {s.perioder[-2].kort}" if s.period.pagaende else s.perioder[-2].kort
        text += f" ({fore}: {tal(mv.foregaende)})"
    text += ". Efter motpart och efter överenskommelse:" if fordelning.summa else "."
    delar: list[Flowable] = [
        Paragraph("Avvikelser mellan vårdgivare", stilar.rubrik2),
        Paragraph(text, stilar.brodtext),
    ]
    if fordelning.summa:
        delar.append(_bredvid(_fordelning(fordelning, stilar)))
    return [KeepTogether(delar), *_vardgivare_orsaker(s.orsaker, stilar)]


def _fordelning(k: Korstabell, stilar: type[pdfbas.Stilar]) -> tuple[Flowable, Flowable]:
    """Counterpart and agreement as two one-way tables (the cross table of seven by
    seven long names does not fit a page's width)."""
    tabeller_ = []
    for rubrik, etiketter, summor in (
        ("Motpart", k.rader, [k.radsumma(i) for i in range(len(k.rader))]),
        ("Överenskommelse", k.kolumner, [k.kolumnsumma(j) for j in range(len(k.kolumner))]),
    ):
        data: list[list[tabeller.Cell]] = [[rubrik, "Antal"]]
        data += [[e, tal(n)] for e, n in zip(etiketter, summor, strict=True) if n]
        data.append(["Totalt", tal(k.summa)])
        tabeller_.append(tabeller.tabell(data, [60 * mm, 18 * mm], stilar, summarad=True))
    return tabeller_[0], tabeller_[1]


def _bredvid(par: tuple[Flowable, Flowable]) -> Table:
    """Two tables side by side, tops aligned."""
    yttre = Table([list(par)], colWidths=[84 * mm, 84 * mm], hAlign="LEFT")
    yttre.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return yttre


def _vardgivare_orsaker(o: Orsaker, stilar: type[pdfbas.Stilar]) -> list[Flowable]:
    """The orsaksområden of the analysed avvikelser between caregivers, beside all."""
    if not o.analyserade_mellan:
        return []
    ordning = sorted(range(len(o.mellan_vardgivare)), key=lambda i: -o.mellan_vardgivare[i])
    rader = o.per_kategori.rader
    data: list[list[tabeller.Cell]] = [
        [
            tabeller.rubrikcell("Orsaksområde", stilar, hoger=False),
            tabeller.rubrikcell("Mellan vårdgivare", stilar),
            tabeller.rubrikcell("Andel", stilar),
            tabeller.rubrikcell("Andel, alla avvikelser", stilar),
        ],
        *(
            [
                rader[i],
                tal(o.mellan_vardgivare[i]),
                procent(o.mellan_vardgivare[i] / o.analyserade_mellan),
                procent(o.totalt[i] / o.analyserade_totalt),
            ]
            for i in ordning
        ),
        ["Analyserade avvikelser", tal(o.analyserade_mellan), "", ""],
    ]
    storsta = ordning[0]
    return [
        Spacer(0, 3 * mm),
        KeepTogether(
            [
                Paragraph("Orsaksområden mellan vårdgivare", stilar.rubrik3),
                Paragraph(
                    f"Orsaksområden i analysen av {avv(o.analyserade_mellan)} mellan "
                    f"vårdgivare; vanligast är {gemen_borjan(rader[storsta])} "
                    f"({procent(o.mellan_vardgivare[storsta] / o.analyserade_mellan)}).",
                    stilar.brodtext,
                ),
                tabeller.tabell(
                    data,
                    [44 * mm, 26 * mm, 20 * mm, 26 * mm],
                    stilar,
                    summarad=True,
                    rubrikhojd=tabeller.TVARADIG_RUBRIK,
                ),
                Spacer(0, 1.5 * mm),
                Paragraph(FLERA_ORSAKER, stilar.liten),
            ]
        ),
    ]


def _orsaker(s: Sammanstallning, stilar: type[pdfbas.Stilar]) -> list[Flowable]:
    """Orsaksområden × categories: the largest categories, "Övriga", total and share."""
    o = s.orsaker
    delar: list[Flowable] = [Paragraph("Orsaksområden", stilar.rubrik2)]
    if not o.analyserade_totalt:
        delar.append(
            Paragraph(
                "Ingen av periodens avvikelser har analyserats med orsaksområde.", stilar.brodtext
            )
        )
        return [KeepTogether(delar)]
    tabell = o.per_kategori
    kolumner = list(range(len(tabell.kolumner)))
    if len(kolumner) > ORSAK_KATEGORIER:
        storsta = sorted(kolumner, key=lambda j: -o.analyserade[j])[: ORSAK_KATEGORIER - 1]
        visade = [j for j in kolumner if j in storsta]
    else:
        visade = kolumner
    ovriga = [j for j in kolumner if j not in visade]
    rubriker = [tabell.kolumner[j] for j in visade] + (["Övriga"] if ovriga else [])

    def celler(antal: tuple[int, ...], summa: int) -> list[str]:
        return (
            [tal(antal[j]) for j in visade]
            + ([tal(sum(antal[j] for j in ovriga))] if ovriga else [])
            + [tal(summa)]
        )

    totalt = o.totalt
    ordning = sorted(range(len(tabell.rader)), key=lambda i: -totalt[i])
    data: list[list[tabeller.Cell]] = [
        [
            tabeller.rubrikcell("Orsaksområde", stilar, hoger=False),
            # A category such as "Hjälpmedel/medicintekniska produkter" may break after "/".
            *(
                tabeller.rubrikcell(k.replace("/", "/ "), stilar)
                for k in (*rubriker, "Totalt", "Andel")
            ),
        ],
        *(
            [
                tabell.rader[i],
                *celler(tabell.antal[i], totalt[i]),
                procent(totalt[i] / o.analyserade_totalt),
            ]
            for i in ordning
        ),
        ["Analyserade avvikelser", *celler(o.analyserade, o.analyserade_totalt), ""],
    ]
    forsta = 44 * mm
    bredd = min(22 * mm, (BREDD - forsta) / (len(rubriker) + 2))
    delar += [
        Paragraph(
            f"Orsaksområden som analysen av periodens avvikelser kom fram till, per kategori: "
            f"{avv(o.analyserade_totalt)} har minst ett orsaksområde"
            + (
                f". De {tal(len(visade))} kategorierna med flest analyserade visas var för sig, "
                "de övriga tillsammans."
                if ovriga
                else "."
            ),
            stilar.brodtext,
        ),
        tabeller.tabell(
            data,
            [forsta] + [bredd] * (len(rubriker) + 2),
            stilar,
            summarad=True,
            rubrikhojd=tabeller.TVARADIG_RUBRIK + 20,  # category names may take four lines
        ),
        Spacer(0, 1.5 * mm),
        Paragraph(FLERA_ORSAKER, stilar.liten),
    ]
    return [KeepTogether(delar)]


def _lex_maria(s: Sammanstallning, stilar: type[pdfbas.Stilar]) -> list[Flowable]:
    lm = s.lex_maria
    data: list[list[tabeller.Cell]] = [
        ["", *_perioder(s)],
        ["Anmälda till IVO", *map(tal, lm.anmalda)],
    ]
    ovriga = [
        f"{tal(lm.ej_anmalda)} bedömdes men anmäldes inte" if lm.ej_anmalda else "",
        f"{tal(lm.utreds)} utreds fortfarande" if lm.utreds else "",
    ]
    ovriga_text = " och ".join(t for t in ovriga if t)
    return [
        KeepTogether(
            [
                Paragraph("Lex Maria", stilar.rubrik2),
                Paragraph(
                    "Anmälningar till IVO enligt lex Maria, räknade efter när anmälan "
                    "skickades: en händelse i december som anmäls i januari räknas till det "
                    "nya året."
                    + _anmalningarnas_lage(lm)
                    + (f" Av periodens avvikelser {ovriga_text}." if ovriga_text else ""),
                    stilar.brodtext,
                ),
                *samma_datum_not(s, stilar),
                tabeller.tabell(data, [62 * mm] + [17 * mm] * len(s.perioder), stilar),
            ]
        )
    ]


def _anmalningarnas_lage(lm: LexMariaSiffror) -> str:
    """Information to the patient and the nämnd, and IVO's decisions, for the period's
    anmälningar (empty when there are none)."""
    antal = lm.anmalda[-1]
    if not antal:
        return ""
    text = (
        f" Av periodens {antal_av(antal, 'anmälan', 'anmälningar')} har patienten eller "
        f"närstående informerats i {tal(lm.informerade)} (PSL 3 kap. 8 §) och nämnden i "
        f"{tal(lm.namnd_informerad)}."
    )
    beslut = [f"{gemen_borjan(etikett)} {tal(n)}" for etikett, n in lm.ivo_beslut]
    if lm.utan_ivo_beslut:
        beslut.append(f"inget beslut ännu {tal(lm.utan_ivo_beslut)}")
    return text + f" IVO:s beslut: {', '.join(beslut)}."


def _analys(s: Sammanstallning, stilar: type[pdfbas.Stilar]) -> list[Flowable]:
    data: list[list[tabeller.Cell]] = [
        ["", "Antal", "Andel"],
        *(
            [etikett, tal(andel.antal), andel_text(andel)]
            for etikett, andel in (
                ("Analys gjord (orsaker eller analystext)", s.med_analys),
                ("Minst en uppföljning registrerad", s.med_uppfoljning),
                ("Avslutade", s.avslutade),
            )
        ),
        ["Händelseanalys beslutad", tal(s.handelseanalyser), ""],
        ["Periodens avvikelser", tal(s.med_analys.av), procent(1.0 if s.med_analys.av else None)],
    ]
    status = ", ".join(f"{namn.lower()} {tal(n)}" for namn, n in s.status if n)
    return [
        KeepTogether(
            [
                Paragraph("Analys och uppföljning", stilar.rubrik2),
                Paragraph(
                    f"Hur långt periodens avvikelser kommit i arbetet, per {datum(s.idag)}. "
                    f"Status: {status or 'inga avvikelser'}.",
                    stilar.brodtext,
                ),
                tabeller.tabell(data, [82 * mm, 22 * mm, 22 * mm], stilar, summarad=True),
            ]
        )
    ]


def _atgarder(s: Sammanstallning, stilar: type[pdfbas.Stilar]) -> list[Flowable]:
    a = s.atgarder
    data: list[list[tabeller.Cell]] = [
        ["", "Antal"],
        ["Beslutade åtgärder", tal(a.totalt)],
        ["Klara", tal(a.klara)],
        ["Strukna", tal(a.strukna)],
        ["Planerade eller pågående", tal(a.oppna)],
        ["varav efter sista datum", tal(a.forsenade)],
    ]
    # The late ones are marked when there are any.
    tabell = tabeller.tabell(
        data, [82 * mm, 22 * mm], stilar, markerade=[4] if a.forsenade else [], markeringskolumn=1
    )
    return [
        KeepTogether(
            [
                Paragraph("Åtgärder", stilar.rubrik2),
                Paragraph(
                    "Åtgärder som beslutats för periodens avvikelser. I hela verksamheten, "
                    f"oavsett period, har {tal(a.forsenade_alla_perioder)} öppna åtgärder "
                    f"passerat sitt sista datum ({datum(s.idag)}).",
                    stilar.brodtext,
                ),
                tabeller.indrag(tabell, rad=5),
            ]
        )
    ]


def _annat(s: Sammanstallning, stilar: type[pdfbas.Stilar]) -> list[Flowable]:
    an = s.annat
    namn = escape(getattr(s.kategori_med_kod("annat"), "etikett", "Annat"))
    delar: list[Flowable] = [
        Paragraph(f"Kategorin {namn}", stilar.rubrik2),
        Paragraph(
            f"{namn} användes för {avv(an.antal)}. Den som rapporterar under {namn} skriver "
            "kort vad avvikelsen gäller; MAS går igenom förklaringarna och klassar dem efter "
            "skäl, eller flyttar avvikelsen till en befintlig kategori. Skälen visar om "
            "händelser hamnar här i stället för i en befintlig kategori, eller om en kategori "
            "saknas. Förklaringarna själva redovisas inte, eftersom de kan innehålla "
            "uppgifter om enskilda.",
            stilar.brodtext,
        ),
    ]
    rader = [(escape(k.namn), k.antal) for k in an.skal]
    if an.oklassade:
        rader.append(("Ännu inte klassade av MAS", an.oklassade))
    if rader:
        data: list[list[tabeller.Cell]] = [["Skäl", "Antal", "Andel"]]
        data += [[text, tal(n), procent(n / an.antal if an.antal else None)] for text, n in rader]
        delar.append(tabeller.tabell(data, [100 * mm, 22 * mm, 26 * mm], stilar))
    return [KeepTogether(delar)]


def innehall(s: Sammanstallning, kommun: str, stilar: type[pdfbas.Stilar]) -> list[Flowable]:
    """The document's flowables (the page template adds header and footer)."""
    return [
        *framsida(s, kommun, stilar),
        *_kategorier(s, stilar),
        *_annat(s, stilar),
        *_enheter_och_konsekvens(s, stilar),
        *_fall_och_lakemedel(s, stilar),
        *_vardgivare(s, stilar),
        *_lex_maria(s, stilar),
        *_analys(s, stilar),
        *_orsaker(s, stilar),
        *_atgarder(s, stilar),
    ]


def titel(s: Sammanstallning) -> str:
    return f"{TITEL} {s.period.etikett}"


def skriv_pdf(sammanstallning: Sammanstallning, ut: Path, kommun: str) -> None:
    """Write the summary to ``ut`` (atomically, see pdfbas.bygg)."""
    pdfbas.bygg(
        ut,
        innehall(sammanstallning, kommun, pdfbas.Stilar),
        titel(sammanstallning),
        kommun,
        amne="Avvikelser per kategori, verksamhet, fall, läkemedel, vårdgivare, lex Maria, "
        "uppföljning och orsaksområden",
        utskriven=sammanstallning.idag,
    )
