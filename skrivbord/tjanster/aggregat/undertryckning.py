"""Small counts: which cells of an export are published as a number and which are not.

Pure arithmetic, no database and no Qt: the export (``tabeller.py``) turns its tables
into cells and sums, this module answers which to hide. The rule, its sources and why
it is enough are written in docs/aggregatexport.md ("Små tal").

- **Primary suppression**: a cell with 1 … ``troskel - 1`` events is not published; it
  is printed ``<N`` (``<5`` with the default threshold). A zero is published: an empty
  cell identifies nobody.
- **Secondary suppression**: every sum the export holds (a table's margin is the sum of
  its cells, the whole period the sum of its quarters, the between-caregivers total the
  sum of every table about them) is an equation a reader can solve. A heuristic hides
  more cells until, in every equation, the hidden cells can be neither computed nor
  narrowed below the threshold:

  1. an equation never holds exactly one hidden cell (it would be the difference of the
     published ones);
  2. when an equation's sum is published, its hidden parts together hold at least
     ``troskel`` events, so each of them can lie anywhere from 0 to that amount;
  3. when those hidden parts are all ``<N`` cells, their sum is neither the smallest nor
     the largest the marks allow (two ``<5`` that add up to 8 are both 4).

  The cell to hide next is a published part of the failing equation, preferring one
  that also mends another failing equation (so the hidden cells form rectangles across
  tables and periods, the pattern that keeps them apart), then a part before a sum, then
  a detailed cell before a total (``niva``), then the smallest count. Sums are hidden
  only when no part is left.
  4. no hidden cell is a combination of published ones across several sums (a
     quarter's total minus one row's quarters, say): the hidden cells' sums are reduced
     to echelon form (Gaussian elimination, exact, modulo a large prime) and a cell that
     comes out alone is given company from one of its sums, as Statistics Norway's
     GaussSuppression does (Langsrud 2024, the R package ``GaussSuppression``).
- **The marks themselves**: ``<N`` tells a reader 1 … N - 1. Four ``<5`` cells under a
  ``<5`` total must all be 1, and no published cell can be hidden to prevent it (the
  rest are zeros). So the bounds the marks give are propagated through the sums, and
  where they pin a hidden cell to one value, the ``<N`` cells of those sums are printed
  ``x`` instead (``omarkta``): still hidden, without the hint.

tests/tjanster/aggregat/test_undertryckning.py proves the result with linear
programming (``scipy.optimize.linprog``): for every hidden cell the smallest and
largest value consistent with everything published are at least ``troskel`` apart, and
no hidden cell is pinned to one value even by a reader who uses the ``<N`` marks.
That holds for one period; with linked periods in one file the marks' bounds combined
over several sums can pin a cell, so an export holds one period (docs/aggregatexport.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from skrivbord.fel import OgiltigUppgift

STANDARDTROSKEL = 5
MINSTA_TROSKEL = 3
STORSTA_TROSKEL = 10


@dataclass(frozen=True)
class Ekvation:
    """``varden[summa] == sum(varden[d] for d in delar)``: cell indices."""

    summa: int
    delar: tuple[int, ...]

    @property
    def celler(self) -> tuple[int, ...]:
        return (self.summa, *self.delar)


@dataclass(frozen=True)
class Undertryckning:
    """The hidden cells: ``primara`` (1 … threshold - 1, printed ``<N``), ``sekundara``
    (hidden to protect them, printed ``x``) and ``omarkta`` (primary cells printed ``x``
    because the marks would give them away)."""

    troskel: int
    primara: frozenset[int]
    sekundara: frozenset[int]
    omarkta: frozenset[int] = frozenset()

    @property
    def dolda(self) -> frozenset[int]:
        return self.primara | self.sekundara

    def markning(self, cell: int) -> str | None:
        """How a hidden cell is printed (``<5`` or ``x``); None when it is published."""
        if cell in self.primara and cell not in self.omarkta:
            return f"<{self.troskel}"
        if cell in self.primara or cell in self.sekundara:
            return SEKUNDAR_MARKNING
        return None


SEKUNDAR_MARKNING = "x"


def kontrollera_troskel(troskel: int) -> int:
    """The threshold, or a Swedish error when it is outside 3–10 (DESIGN §6)."""
    if not MINSTA_TROSKEL <= troskel <= STORSTA_TROSKEL:
        raise OgiltigUppgift(
            f"Gränsen för små tal måste vara mellan {MINSTA_TROSKEL} och {STORSTA_TROSKEL} "
            f"(Ineras nationella statistik använder {STANDARDTROSKEL}); {troskel} går inte."
        )
    return troskel


def undertryck(
    varden: Sequence[int],
    ekvationer: Sequence[Ekvation],
    troskel: int = STANDARDTROSKEL,
    niva: Sequence[int] | None = None,
    ej_primara: frozenset[int] = frozenset(),
) -> Undertryckning:
    """Choose the hidden cells of one export.

    ``varden`` are the true counts (never negative), ``ekvationer`` every sum the export
    holds, ``niva`` per cell how much it costs to hide (0 for the most detailed cells,
    higher for totals); all cells cost the same when it is None. ``ej_primara`` are
    cells whose value is a lower bound, not a count (the län compilation's sums over
    hidden kommun cells): never hidden for being small, and treated as if a reader knew
    them exactly, which only makes the protection of the others stricter.
    """
    kontrollera_troskel(troskel)
    if any(v < 0 for v in varden):
        raise ValueError("ett antal är negativt")
    nivaer = list(niva) if niva is not None else [0] * len(varden)
    primara = frozenset(i for i, v in enumerate(varden) if 0 < v < troskel) - ej_primara
    dolda = set(primara)
    per_cell: list[list[int]] = [[] for _ in varden]
    for nr, ekv in enumerate(ekvationer):
        for cell in ekv.celler:
            per_cell[cell].append(nr)
    granska = set(range(len(ekvationer)))
    while granska:
        nr = min(granska)
        granska.discard(nr)
        ekv = ekvationer[nr]
        if not _behover_fler(ekv, varden, dolda, primara, troskel):
            continue
        ny = _valj(ekv, varden, dolda, primara, troskel, nivaer, ekvationer, per_cell, nr)
        if ny is None:
            continue
        dolda.add(ny)
        granska.update(per_cell[ny])
        granska.add(nr)
    while harledbar := _for_smala(varden, ekvationer, dolda, troskel):
        ny = _narmaste(harledbar[0], varden, dolda, nivaer, ekvationer, per_cell)
        if ny is None:  # everything that could be hidden is; the zeros stay
            break
        dolda.add(ny)
    omarkta = _omarkta(varden, ekvationer, dolda, primara, troskel)
    return Undertryckning(troskel, primara, frozenset(dolda - primara), omarkta)


_PRIMTAL = (1 << 61) - 1


def _for_smala(
    varden: Sequence[int], ekvationer: Sequence[Ekvation], dolda: set[int], troskel: int
) -> list[int]:
    """Hidden cells a reader can compute (rule 4), or narrow below the threshold through
    the sums one after another (bounds propagated from the published cells)."""
    harledbara = _harledbara(ekvationer, dolda)
    if harledbara:
        return harledbara
    lag, hog = _granser(varden, ekvationer, dolda, frozenset(), troskel)
    return sorted(c for c in dolda if 0 <= hog[c] - lag[c] < troskel)


def _narmaste(
    start: int,
    varden: Sequence[int],
    dolda: set[int],
    nivaer: Sequence[int],
    ekvationer: Sequence[Ekvation],
    per_cell: Sequence[Sequence[int]],
) -> int | None:
    """The published cell to hide next to a computable one: from the sums it is in,
    then the sums of the hidden cells in those, and so on (the nearest ring first);
    within a ring a part before a sum, a detail before a total, the smallest count."""
    sedda_celler = {start}
    sedda_ekv: set[int] = set()
    ring = [start]
    while ring:
        ekv_nr = sorted({nr for c in ring for nr in per_cell[c]} - sedda_ekv)
        sedda_ekv.update(ekv_nr)
        kandidater = {
            (c != ekvationer[nr].summa, c)
            for nr in ekv_nr
            for c in ekvationer[nr].celler
            if c not in dolda and varden[c] > 0
        }
        if kandidater:
            return min(kandidater, key=lambda k: (not k[0], nivaer[k[1]], varden[k[1]], k[1]))[1]
        ring = sorted(
            {c for nr in ekv_nr for c in ekvationer[nr].celler if c in dolda} - sedda_celler
        )
        sedda_celler.update(ring)
    return None


def _harledbara(ekvationer: Sequence[Ekvation], dolda: set[int]) -> list[int]:
    """The hidden cells a reader can compute exactly from the published ones: those
    whose unit vector lies in the row space of the sums restricted to hidden cells
    (reduced echelon form over the integers modulo a large prime; sparse rows)."""
    pivotrader: dict[int, dict[int, int]] = {}
    for ekv in ekvationer:
        rad: dict[int, int] = {}
        if ekv.summa in dolda:
            rad[ekv.summa] = _PRIMTAL - 1
        for d in ekv.delar:
            if d in dolda:
                rad[d] = (rad.get(d, 0) + 1) % _PRIMTAL
        rad = {k: v for k, v in rad.items() if v}
        for kol in [k for k in rad if k in pivotrader]:
            faktor = rad.get(kol, 0)
            if faktor:
                for k, v in pivotrader[kol].items():
                    ny = (rad.get(k, 0) - faktor * v) % _PRIMTAL
                    if ny:
                        rad[k] = ny
                    else:
                        rad.pop(k, None)
        if not rad:
            continue
        pivot = min(rad)
        invers = pow(rad[pivot], _PRIMTAL - 2, _PRIMTAL)
        rad = {k: v * invers % _PRIMTAL for k, v in rad.items()}
        for annan in pivotrader.values():
            faktor = annan.get(pivot, 0)
            if faktor:
                for k, v in rad.items():
                    ny = (annan.get(k, 0) - faktor * v) % _PRIMTAL
                    if ny:
                        annan[k] = ny
                    else:
                        annan.pop(k, None)
        pivotrader[pivot] = rad
    return sorted(kol for kol, rad in pivotrader.items() if len(rad) == 1)


def _omarkta(
    varden: Sequence[int],
    ekvationer: Sequence[Ekvation],
    dolda: set[int],
    primara: frozenset[int],
    troskel: int,
) -> frozenset[int]:
    """The primary cells whose ``<N`` mark must go: while propagating the bounds the
    marks give pins a hidden cell, the marks in its sums are dropped."""
    omarkta: set[int] = set()
    while True:
        lag, hog = _granser(varden, ekvationer, dolda, primara - omarkta, troskel)
        fasta = {c for c in dolda if lag[c] == hog[c]}  # (lag > hog: values not consistent)
        if not fasta:
            return frozenset(omarkta)
        fore = len(omarkta)
        for ekv in ekvationer:
            if fasta.intersection(ekv.celler):
                omarkta.update(c for c in ekv.celler if c in primara)
        if len(omarkta) == fore:  # cannot happen: a pinned cell needs a mark nearby
            omarkta.update(primara)
            return frozenset(omarkta)


def _granser(
    varden: Sequence[int],
    ekvationer: Sequence[Ekvation],
    dolda: set[int],
    markta: frozenset[int],
    troskel: int,
) -> tuple[list[float], list[float]]:
    """Bounds of every cell from the published values, the marks and the sums
    (propagated until nothing changes)."""
    oandligt = float("inf")
    lag: list[float] = []
    hog: list[float] = []
    for i, v in enumerate(varden):
        if i not in dolda:
            lag.append(v)
            hog.append(v)
        elif i in markta:
            lag.append(1)
            hog.append(troskel - 1)
        else:
            lag.append(0)
            hog.append(oandligt)
    # Consistent counts settle in a few passes; the cap guards against values that are
    # not (lower bounds in the län compilation), whose bounds would creep forever.
    andrat, varv = True, 0
    while andrat and varv < 2 * len(ekvationer) + 10:
        andrat, varv = False, varv + 1
        for ekv in ekvationer:
            delar_lag = sum(lag[d] for d in ekv.delar)
            delar_hog = sum(hog[d] for d in ekv.delar)
            nya = {ekv.summa: (max(lag[ekv.summa], delar_lag), min(hog[ekv.summa], delar_hog))}
            for d in ekv.delar:
                ovriga_lag = delar_lag - lag[d]
                ovriga_hog = delar_hog - hog[d] if hog[d] != oandligt else _utan(ekv, hog, d)
                nya[d] = (
                    max(lag[d], lag[ekv.summa] - ovriga_hog),
                    min(hog[d], hog[ekv.summa] - ovriga_lag),
                )
            for c, (ny_lag, ny_hog) in nya.items():
                if ny_lag > lag[c] or ny_hog < hog[c]:
                    lag[c], hog[c] = ny_lag, ny_hog
                    andrat = True
    return lag, hog


def _utan(ekv: Ekvation, hog: Sequence[float], bort: int) -> float:
    return sum(hog[d] for d in ekv.delar if d != bort)


def _behover_fler(
    ekv: Ekvation,
    varden: Sequence[int],
    dolda: set[int],
    primara: frozenset[int],
    troskel: int,
) -> bool:
    """Whether the equation gives a hidden cell away (rules 1–3 of the module docstring)."""
    dolda_delar = [d for d in ekv.delar if d in dolda]
    antal = len(dolda_delar) + (ekv.summa in dolda)
    if antal == 0:
        return False
    if antal == 1:
        return True
    if ekv.summa in dolda:
        return False
    rest = sum(varden[d] for d in dolda_delar)
    if rest < troskel:
        return True
    if all(d in primara for d in dolda_delar):
        n = len(dolda_delar)
        return rest <= n or rest >= n * (troskel - 1)
    return False


def _valj(
    ekv: Ekvation,
    varden: Sequence[int],
    dolda: set[int],
    primara: frozenset[int],
    troskel: int,
    nivaer: Sequence[int],
    ekvationer: Sequence[Ekvation],
    per_cell: Sequence[Sequence[int]],
    nr: int,
) -> int | None:
    """The published cell of the equation to hide next, or None when none is left."""

    def lagar(cell: int) -> int:
        # How many other equations of the cell fail now and would have one more hidden cell.
        return sum(
            1
            for annan in per_cell[cell]
            if annan != nr and _behover_fler(ekvationer[annan], varden, dolda, primara, troskel)
        )

    kandidater = [c for c in ekv.delar if c not in dolda and varden[c] > 0]
    if not kandidater:
        kandidater = [c for c in ekv.celler if c not in dolda and varden[c] > 0]
    if not kandidater:
        return None
    return min(kandidater, key=lambda c: (-lagar(c), nivaer[c], varden[c], c))
