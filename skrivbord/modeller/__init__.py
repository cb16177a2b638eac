"""SQLAlchemy models, one module per aggregate. Importing this package registers them all."""

from skrivbord.modeller.aggregatexport import Aggregatexport
from skrivbord.modeller.andringslogg import Andringslogg
from skrivbord.modeller.atgard import Atgard
from skrivbord.modeller.avvikelse import (
    AnnatSkal,
    Avvikelse,
    AvvikelseKategori,
    AvvikelseOrsak,
    Overenskommelse,
    Statusandring,
    Uppfoljning,
)
from skrivbord.modeller.bas import Bas
from skrivbord.modeller.databasinfo import Databasinfo
from skrivbord.modeller.delegering import (
    DelegerbarUppgift,
    Delegering,
    Delegeringsgenomgang,
    DelegeringUppgift,
)
from skrivbord.modeller.egenkontroll import Egenkontroll, EgenkontrollTillfalle
from skrivbord.modeller.kommun import Kommuninstallningar
from skrivbord.modeller.lakemedelstillsyn import (
    Lakemedelstillsyn,
    LakemedelstillsynFynd,
    LakemedelstillsynSvar,
)
from skrivbord.modeller.logguppfoljning import (
    Journalsystem,
    Logguppfoljning,
    LogguppfoljningAtgard,
    LogguppfoljningSignering,
)
from skrivbord.modeller.narkotikarakning import Narkotikarakning
from skrivbord.modeller.organisation import Delegeringsbehov, Enhet, Personal
from skrivbord.modeller.tillsynspunkt import Tillsynspunkt
from skrivbord.modeller.veckogenomgang import Veckogenomgang

__all__ = [
    "Aggregatexport",
    "Andringslogg",
    "AnnatSkal",
    "Atgard",
    "Avvikelse",
    "AvvikelseKategori",
    "AvvikelseOrsak",
    "Bas",
    "Databasinfo",
    "Delegering",
    "Delegeringsbehov",
    "DelegerbarUppgift",
    "Delegeringsgenomgang",
    "DelegeringUppgift",
    "Egenkontroll",
    "EgenkontrollTillfalle",
    "Enhet",
    "Journalsystem",
    "Kommuninstallningar",
    "Lakemedelstillsyn",
    "LakemedelstillsynFynd",
    "LakemedelstillsynSvar",
    "Logguppfoljning",
    "LogguppfoljningAtgard",
    "LogguppfoljningSignering",
    "Narkotikarakning",
    "Overenskommelse",
    "Personal",
    "Statusandring",
    "Tillsynspunkt",
    "Uppfoljning",
    "Veckogenomgang",
]
