"""The counts of the aggregate, read on one snapshot with grouped queries (never row by
row), reusing the sammanställning's queries where they count the same thing:

1. category × unit × consequence from ``ix_avvikelse_aggregat`` alone (the ``ar`` and
   ``kvartal`` generated columns; the days of a quarter cut at today through the time
   index), as the sammanställning counts them (sammanstallning_fragor.lasa_aggregat);
2. avvikelser mellan vårdgivare by counterpart, direction and agreement: the period's
   rows through the partial index ``ix_avvikelse_mellan_lista`` (a few per cent of all);
3. their orsaksområden, from the primary key of ``avvikelse_orsak``;
4. lex Maria anmälningar by the date they were sent (the partial index
   ``ix_avvikelse_lex_maria_anmald``), as the sammanställning counts them.

Unit names, category names and every free-text column are never selected: only ids and
stored codes, which become national codes (koder.py) here: a category its
``nationell_kod``, an agreement the ``nationell_kod`` of its entry in ``overenskommelse``,
the enum-valued columns (unit type, counterpart, direction, orsaksområde) their value.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from skrivbord.lagring import sql
from skrivbord.lagring.databas import Databas
from skrivbord.perioder import Period
from skrivbord.tjanster.aggregat import koder
from skrivbord.tjanster.avvikelser.sammanstallning_fragor import (
    ANMALDA,
    datumspann,
    lasa_aggregat,
    oversatta_fel,
    pa,
    samma_ogonblick,
    tidsspann,
)

MELLAN = (
    "SELECT ifnull(motpart, ''), ifnull(riktning, ''), ifnull(overenskommelse, ''), count(*) "
    "FROM avvikelse WHERE mellan_vardgivare = 1 AND handelse_tid >= ? AND handelse_tid < ? "
    "GROUP BY 1, 2, 3"
)
MELLAN_ORSAKER = (
    "SELECT o.orsak, count(*) FROM avvikelse a JOIN avvikelse_orsak o ON o.avvikelse_id = a.id "
    "WHERE a.mellan_vardgivare = 1 AND a.handelse_tid >= ? AND a.handelse_tid < ? "
    "GROUP BY o.orsak"
)
# On a server: a boolean is not a number there (sammanstallning_fragor.pa).
POSTGRESQL = {
    MELLAN: MELLAN.replace("ifnull", "coalesce")
    .replace("mellan_vardgivare = 1", "mellan_vardgivare")
    .replace("?", "%s"),
    MELLAN_ORSAKER: MELLAN_ORSAKER.replace("mellan_vardgivare = 1", "mellan_vardgivare").replace(
        "?", "%s"
    ),
}


def _pa(anslutning: object, sats: str) -> str:
    if sats in POSTGRESQL and sql.ar_postgresql(anslutning):
        return POSTGRESQL[sats]
    return pa(anslutning, sats)


@dataclass(frozen=True)
class Rakning:
    """The raw counts of one period (before suppression), as national codes."""

    # (category's national code, unit type code, consequence 0–4) → n
    per_kategori_typ_konsekvens: Counter[tuple[str, str, int]]
    # (counterpart, direction, agreement's national code), ej_angiven when not recorded → n
    mellan: Counter[tuple[str, str, str]]
    mellan_orsaker: Counter[str]
    lex_maria_anmalda: int


def rakna(databas: Databas, period: Period) -> Rakning:
    with oversatta_fel(databas), samma_ogonblick(databas, 1) as (anslutning,):
        kategorikod = {
            i: koder.kod("kategori", k)
            for i, k in anslutning.execute("SELECT id, nationell_kod FROM avvikelse_kategori")
        }
        enhetstyp = {
            i: koder.kod("enhetstyp", t) for i, t in anslutning.execute("SELECT id, typ FROM enhet")
        }
        overenskommelse = dict(anslutning.execute("SELECT kod, nationell_kod FROM overenskommelse"))
        per: Counter[tuple[str, str, int]] = Counter()
        for (kategori_id, enhet_id, konsekvens), n in lasa_aggregat(anslutning, period).items():
            per[(kategorikod[kategori_id], enhetstyp[enhet_id], konsekvens)] += n
        mellan: Counter[tuple[str, str, str]] = Counter()
        for motpart, riktning, overens, n in anslutning.execute(
            _pa(anslutning, MELLAN), tidsspann(period)
        ):
            nationell = overenskommelse.get(overens, koder.ANNAT) if overens else None
            nyckel = (
                koder.kod("motpart", motpart),
                koder.kod("riktning", riktning),
                koder.kod("overenskommelse", nationell),
            )
            mellan[nyckel] += n
        orsaker: Counter[str] = Counter()
        for orsak, n in anslutning.execute(_pa(anslutning, MELLAN_ORSAKER), tidsspann(period)):
            orsaker[koder.kod("orsaksomrade", orsak)] += n
        anmalda = anslutning.execute(pa(anslutning, ANMALDA), datumspann(period)).fetchone()[0]
    return Rakning(per, mellan, orsaker, anmalda)
