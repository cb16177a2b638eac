"""Hjälp → Handbok: the short Swedish handbook that ships with the program.

The text is Markdown in resurser/handbok/, one file per section, in the order of the
numbered list in index.md. The window lists the sections on the left and shows the
chosen one on the right in a QTextBrowser (Qt's own Markdown reader), so the handbook
works offline. Images and links are relative to the handbook folder, which is a real
folder wherever the program is installed (source checkout, wheel, Windows installer:
``skrivbord.resurser.filsokvag``); the document's base URL and the browser's search
path both point there.

A link to another section's file shows that section; a link to an image opens the
image at full size. The search field keeps the sections whose text holds every word
typed, and marks the words in the text.

- ``innehall``: the sections read from the index, the search and the links' paths
  (no widgets);
- ``lasvy``: one section shown at a calm measure (``Lasvy``);
- ``handbokfonster``: the window (``HandbokFonster``), ``visa`` and the full-size image.

The window is opened by ``visa`` (the main window's Hjälp menu, F1) and imported only
then: nothing here is loaded at start-up.
"""

from skrivbord.ui.handbok.handbokfonster import Bildfonster, HandbokFonster, visa
from skrivbord.ui.handbok.innehall import HANDBOK, INDEX, Avsnitt, innehall, klartext, mapp, sokord
from skrivbord.ui.handbok.lasvy import BILDBREDD, TECKEN_PER_RAD, Lasvy

__all__ = [
    "BILDBREDD",
    "HANDBOK",
    "INDEX",
    "TECKEN_PER_RAD",
    "Avsnitt",
    "Bildfonster",
    "HandbokFonster",
    "Lasvy",
    "innehall",
    "klartext",
    "mapp",
    "sokord",
    "visa",
]
