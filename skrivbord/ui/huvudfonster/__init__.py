"""The main window: navigation between the areas, menus, status bar, and the one open
database (with its instance lock).

- ``fonster``: ``Huvudfonster`` itself: navigation, pages, status bar, the open database
  (open, switch, close) and the dialogs the menus open;
- ``sidor``: the pages in the navigation's order (their classes imported only when
  first shown) and the page shown while no database is open;
- ``menyer``: the menu bar and the page shortcuts Ctrl+1 … Ctrl+8;
- ``kopior``: the backups (Arkiv → Säkerhetskopiera nu, and the day's copy at closing).

Start-up: importing this package loads only Qt and small modules, so the window paints
before SQLAlchemy and the pages load (docs/prestanda.md has the figures).
"""

from skrivbord.ui.huvudfonster.fonster import DATABASFILTER, Huvudfonster
from skrivbord.ui.huvudfonster.sidor import (
    AVVIKELSER,
    DELEGERINGAR,
    EGENKONTROLLER,
    EXPORT,
    LAKEMEDELSTILLSYN,
    LOGGUPPFOLJNING,
    OVERSIKT,
    SIDOR,
    VECKOGENOMGANGAR,
    sidtyper,
)

__all__ = [
    "AVVIKELSER",
    "DATABASFILTER",
    "DELEGERINGAR",
    "EGENKONTROLLER",
    "EXPORT",
    "LAKEMEDELSTILLSYN",
    "LOGGUPPFOLJNING",
    "OVERSIKT",
    "SIDOR",
    "VECKOGENOMGANGAR",
    "Huvudfonster",
    "sidtyper",
]
