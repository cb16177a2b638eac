"""Numbers, dates and short texts the Swedish way, for the PDF documents.

Thousands are separated by a no-break space (U+00A0) and the minus sign is the en
dash (U+2013): both are in the WinAnsi encoding of the built-in PDF fonts, which the
narrow no-break space (U+202F) and the real minus (U+2212) are not, so they show in
every viewer and a number never breaks over two lines. Percentages are whole numbers
with a no-break space before "%". Texts here are plain; escape them for a Paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from skrivbord.perioder import datumspann

NBSP = "\u00a0"
MINUS = "\u2013"  # the en dash, Swedish typography's minus

# Where long words in table headings may break (soft hyphens; the heading styles have
# embeddedHyphenation, so a break shows a hyphen and nothing else splits a word).
AVSTAVNING = {
    "Informationsöverföring": "Informations\xadöverföring",
    "Läkemedelslista": "Läkemedels\xadlista",
    "medicintekniska": "medicin\xadtekniska",
    "Omsorgspersonal": "Omsorgs\xadpersonal",
    "Sjuksköterska": "Sjuk\xadsköterska",
    "läkemedel": "läke\xadmedel",
}


def tal(varde: int | float) -> str:
    """1 205 (a no-break space between thousands), –3; a float is rounded first."""
    text = f"{abs(round(varde)):,}".replace(",", NBSP)
    return f"{MINUS}{text}" if varde < 0 else text


def procent(andel: float | None, *, tecken: bool = False) -> str:
    """0.672 → "67 %" (or "+67 %" with ``tecken``, "±0 %" for no change); None → "–"."""
    if andel is None:
        return MINUS
    varde = round(andel * 100)
    if not tecken:
        return f"{varde}{NBSP}%"
    if varde == 0:
        return f"±0{NBSP}%"
    return f"{'+' if varde > 0 else MINUS}{tal(abs(varde))}{NBSP}%"


def forandring(fore: int | None, nu: int) -> str:
    """The change from ``fore`` to ``nu``: "+60 %", "–25 %"; "ny" when there was
    nothing before (no percentage of nothing), and "" when there is nothing in either
    or no ``fore`` to compare with."""
    if fore is None:
        return ""
    if not fore:
        return "ny" if nu else ""
    return procent((nu - fore) / fore, tecken=True)


def antal_av(antal: int, ental: str, flertal: str) -> str:
    """ "1 avvikelse", "1 205 avvikelser"."""
    return f"{tal(antal)} {ental if antal == 1 else flertal}"


def datum(dag: date) -> str:
    """ "23 november 2026"."""
    return datumspann(dag, dag)


def upprakning(delar: Sequence[str]) -> str:
    """ "a, b och c"."""
    return " och ".join([", ".join(delar[:-1]), delar[-1]]) if len(delar) > 1 else "".join(delar)


def gemen_borjan(text: str) -> str:
    """Lower-case the first letter mid-sentence, unless the word is an acronym (IVO)."""
    return text[0].lower() + text[1:] if text[1:2].islower() else text


def avstava(text: str) -> str:
    """``text`` with soft hyphens in the long words of AVSTAVNING."""
    return " ".join(AVSTAVNING.get(ord_, ord_) for ord_ in text.split(" "))
