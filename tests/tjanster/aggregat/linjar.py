"""The linear check of small-count suppression (DESIGN §6 "Small counts").

A reader of an export knows every published number, every sum the export holds and
that no count is negative. For each hidden cell ``linprog`` finds the smallest and the
largest value consistent with that; they must lie at least the threshold apart. A
second reader also uses the marks (a ``<N`` cell holds 1 … N - 1); she must not be able
to pin any hidden cell to a single value either.
"""

from __future__ import annotations

from collections.abc import Sequence

from scipy.optimize import linprog  # type: ignore[import-untyped]

from skrivbord.tjanster.aggregat.undertryckning import Ekvation, Undertryckning


def intervall(
    varden: Sequence[int],
    ekvationer: Sequence[Ekvation],
    resultat: Undertryckning,
    med_markningar: bool = False,
) -> dict[int, tuple[float, float]]:
    """Hidden cell → (smallest, largest) value a reader can derive."""
    n = len(varden)
    if not ekvationer:
        a_eq = None
        b_eq = None
    else:
        a_eq = []
        for ekv in ekvationer:
            rad = [0.0] * n
            rad[ekv.summa] -= 1.0
            for d in ekv.delar:
                rad[d] += 1.0
            a_eq.append(rad)
        b_eq = [0.0] * len(ekvationer)
    granser: list[tuple[float, float | None]] = []
    for i, v in enumerate(varden):
        if i not in resultat.dolda:
            granser.append((float(v), float(v)))
        elif med_markningar and resultat.markning(i) == f"<{resultat.troskel}":
            granser.append((1.0, float(resultat.troskel - 1)))
        else:
            granser.append((0.0, None))
    svar: dict[int, tuple[float, float]] = {}
    for cell in sorted(resultat.dolda):
        mal = [0.0] * n
        mal[cell] = 1.0
        lagst = linprog(mal, A_eq=a_eq, b_eq=b_eq, bounds=granser, method="highs")
        mal[cell] = -1.0
        hogst = linprog(mal, A_eq=a_eq, b_eq=b_eq, bounds=granser, method="highs")
        assert lagst.status == 0, lagst.message
        if hogst.status == 3:  # unbounded above
            svar[cell] = (lagst.fun, float("inf"))
        else:
            assert hogst.status == 0, hogst.message
            svar[cell] = (lagst.fun, -hogst.fun)
    return svar


def brister(
    varden: Sequence[int],
    ekvationer: Sequence[Ekvation],
    resultat: Undertryckning,
    bredd: bool = True,
    markningar: bool = True,
) -> list[str]:
    """Every hidden cell a reader can narrow too far (below the threshold; with
    ``bredd=False`` only to one value; with ``markningar`` also a reader who uses the
    ``<N`` marks), as text for the assertion."""
    fel: list[str] = []
    minst = resultat.troskel if bredd else 1
    for cell, (lag, hog) in intervall(varden, ekvationer, resultat).items():
        if hog - lag < minst - 1e-6:
            fel.append(f"cell {cell} (={varden[cell]}) ligger i [{lag:g}, {hog:g}]")
    if not markningar:
        return fel
    markt = intervall(varden, ekvationer, resultat, med_markningar=True)
    for cell, (lag, hog) in markt.items():
        if hog - lag < 1e-6:
            fel.append(f"cell {cell} (={varden[cell]}) är exakt {lag:g} med markeringarna")
    return fel
