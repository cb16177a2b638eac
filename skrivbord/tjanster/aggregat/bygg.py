"""The aggregate of one period: the counts (fragor.py) as tables of national codes with
their totals, protected together (undertryckning.py), as plain data
(rapporter/aggregat/underlag.py) for the files, the PDF and the preview.

Every table about all the period's avvikelser shares one total; the tables about
avvikelser mellan vårdgivare share theirs, which is the "ja" row of the table
``mellan_vardgivare``. Orsaksområden are not additive (one avvikelse may have several),
so that table has no total; lex Maria anmälningar are one cell.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from skrivbord import __version__
from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.perioder import Period
from skrivbord.rapporter.aggregat.underlag import (
    SCHEMAVERSION,
    TOTALKOD,
    Aggregat,
    Cell,
    Genomforandegrad,
    Tabell,
)
from skrivbord.tjanster import kommun as kommuntjanst
from skrivbord.tjanster.aggregat import egenkontroller, fragor, koder
from skrivbord.tjanster.aggregat.undertryckning import (
    STANDARDTROSKEL,
    Ekvation,
    kontrollera_troskel,
    undertryck,
)

# (table, population, additive) in the order the files and the PDF show them.
TABELLER: tuple[tuple[str, str, bool], ...] = (
    ("kategori", "alla", True),
    ("konsekvens", "alla", True),
    ("enhetstyp", "alla", True),
    ("mellan_vardgivare", "alla", True),
    ("motpart", "mellan_vardgivare", True),
    ("riktning", "mellan_vardgivare", True),
    ("overenskommelse", "mellan_vardgivare", True),
    ("orsaksomrade", "mellan_vardgivare", False),
    ("lex_maria", "lex_maria", False),
)
ALLA_TABELLER = tuple(t[0] for t in TABELLER)
MINST = "minst"  # the län compilation's mark for a sum over hidden kommun cells


@dataclass(frozen=True)
class Radantal:
    tabell: str
    population: str
    additiv: bool
    antal: dict[str, int]


def raa_tabeller(rakning: fragor.Rakning) -> list[Radantal]:
    kategori: Counter[str] = Counter()
    konsekvens: Counter[str] = Counter()
    enhetstyp: Counter[str] = Counter()
    for (kod, typ, kons), n in rakning.per_kategori_typ_konsekvens.items():
        kategori[kod] += n
        konsekvens[koder.konsekvenskod(kons)] += n
        enhetstyp[typ] += n
    mellan_dim: dict[str, Counter[str]] = {"motpart": Counter(), "riktning": Counter()}
    mellan_dim["overenskommelse"] = Counter()
    for (motpart, riktning, overens), n in rakning.mellan.items():
        mellan_dim["motpart"][motpart] += n
        mellan_dim["riktning"][riktning] += n
        mellan_dim["overenskommelse"][overens] += n
    alla = sum(kategori.values())
    ja = sum(rakning.mellan.values())
    varden: dict[str, Counter[str]] = {
        "kategori": kategori,
        "konsekvens": konsekvens,
        "enhetstyp": enhetstyp,
        "mellan_vardgivare": Counter({"ja": ja, "nej": alla - ja}),
        **mellan_dim,
        "orsaksomrade": rakning.mellan_orsaker,
        "lex_maria": Counter({"anmald": rakning.lex_maria_anmalda}),
    }
    return [
        Radantal(namn, pop, additiv, {k: varden[namn][k] for k in koder.koder(namn)})
        for namn, pop, additiv in TABELLER
    ]


@dataclass(frozen=True)
class Struktur:
    """The tables as cells (key: (table, code); the shared totals once) and sums."""

    varden: list[int]
    nivaer: list[int]
    index: dict[tuple[str, str], int]
    ekvationer: list[Ekvation]


def struktur(raa: Sequence[Radantal], alla: int | None = None) -> Struktur:
    """Cells and sums of the tables: every additive table's codes add up to its total;
    the tables about all avvikelser share one total, those about avvikelser mellan
    vårdgivare the "ja" row of ``mellan_vardgivare``."""
    varden: list[int] = []
    nivaer: list[int] = []
    index: dict[tuple[str, str], int] = {}

    def cell(nyckel: tuple[str, str], varde: int, niva: int) -> int:
        if nyckel not in index:
            index[nyckel] = len(varden)
            varden.append(varde)
            nivaer.append(niva)
        return index[nyckel]

    ekvationer: list[Ekvation] = []
    if alla is None:
        alla = sum(raa[0].antal.values())
    for rad in raa:
        delar = [cell((rad.tabell, k), n, 0) for k, n in rad.antal.items()]
        if not rad.additiv:
            continue
        if rad.population == "alla":
            summa = cell(("alla", TOTALKOD), alla, 2)
        else:
            ja = raa_antal(raa, "mellan_vardgivare", "ja")
            summa = cell(("mellan_vardgivare", "ja"), ja, 1)
        ekvationer.append(Ekvation(summa, tuple(delar)))
    return Struktur(varden, nivaer, index, ekvationer)


def skydda(
    raa: Sequence[Radantal],
    troskel: int,
    alla: int | None = None,
    inexakta: frozenset[tuple[str, str]] = frozenset(),
) -> tuple[Tabell, ...]:
    """The tables suppressed together (one export, DESIGN §6).

    ``alla`` is the total of all avvikelser (the sum of the first table when None).
    ``inexakta`` are cells (table, code; the total as ("alla", "totalt")) known only as
    a lower bound, the län compilation's sums over hidden kommun cells: printed
    ``minst N`` (never ``<N``: the kommuner protected them already), or ``x`` when they
    must be hidden to protect an exact small sum.
    """
    st = struktur(raa, alla)
    varden, index = st.varden, st.index
    minst = frozenset(index[k] for k in inexakta if k in index)
    resultat = undertryck(varden, st.ekvationer, troskel, st.nivaer, minst)

    def ut(nyckel: tuple[str, str], kod: str) -> Cell:
        i = index[nyckel]
        markning = resultat.markning(i)
        if i in minst and not markning:
            return Cell(kod, None, f"{MINST} {varden[i]}")
        return Cell(kod, None, markning) if markning else Cell(kod, varden[i])

    tabeller = []
    for rad in raa:
        total = None
        if rad.additiv:
            total_nyckel = (
                ("alla", TOTALKOD) if rad.population == "alla" else ("mellan_vardgivare", "ja")
            )
            total = ut(total_nyckel, TOTALKOD)
        rader = tuple(ut((rad.tabell, k), k) for k in rad.antal)
        tabeller.append(Tabell(rad.tabell, rad.population, rader, total))
    return tuple(tabeller)


def raa_antal(raa: Sequence[Radantal], tabell: str, kod: str) -> int:
    return next(r for r in raa if r.tabell == tabell).antal[kod]


def bygg(
    rakning: fragor.Rakning,
    kommun: kommuntjanst.Kommun,
    period: Period,
    troskel: int = STANDARDTROSKEL,
    tabeller: Sequence[str] = ALLA_TABELLER,
    egenkontroller: tuple[Genomforandegrad, ...] = (),
) -> Aggregat:
    """The protected aggregate of the counts; ``tabeller`` the breakdowns to include
    (fewer breakdowns hide fewer cells)."""
    kontrollera_troskel(troskel)
    okanda = set(tabeller) - set(ALLA_TABELLER)
    if okanda:
        raise OgiltigUppgift(
            f"Okänd uppdelning: {', '.join(sorted(okanda))}. Välj bland {', '.join(ALLA_TABELLER)}."
        )
    if "kategori" not in tabeller:
        raise OgiltigUppgift("Uppdelningen per kategori ingår alltid i exporten.")
    valda = [r for r in raa_tabeller(rakning) if r.tabell in tabeller]
    mellan = any(r.population == "mellan_vardgivare" for r in valda)
    if mellan and not any(r.tabell == "mellan_vardgivare" for r in valda):
        raise OgiltigUppgift(
            "Tabellerna om avvikelser mellan vårdgivare kräver uppdelningen "
            "mellan vårdgivare ja/nej (den bär deras total)."
        )
    return Aggregat(
        SCHEMAVERSION,
        koder.version(),
        __version__,
        kommun.kommunkod,
        kommun.namn,
        period.kod,
        troskel,
        skydda(valda, troskel),
        egenkontroller,
    )


def berakna(
    databas: Databas,
    period: Period,
    troskel: int = STANDARDTROSKEL,
    tabeller: Sequence[str] = ALLA_TABELLER,
    idag: date | None = None,
) -> Aggregat:
    kommun = kommuntjanst.hamta(databas)
    if kommun is None:
        raise OgiltigUppgift("Ange kommunens namn och kod innan aggregatet exporteras.")
    grader = egenkontroller.genomforande(databas, period, idag or date.today())
    return bygg(fragor.rakna(databas, period), kommun, period, troskel, tabeller, grader)
