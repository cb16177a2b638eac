"""Läkemedelstillsyn: inspections of medicine handling per unit."""

from __future__ import annotations

from skrivbord.tjanster.oversikt import Omradesantal
from skrivbord.ui.gemensamt.enkelsida import EnkelSida, Rutdata


class LakemedelstillsynSida(EnkelSida):
    def rubriktext(self) -> str:
        return self.tr("Läkemedelstillsyn")

    def beskrivning(self) -> str:
        return self.tr(
            "Här planeras och dokumenteras tillsynen av läkemedelshanteringen på varje enhet: "
            "narkotikakontroll varje månad, övrig läkemedelshantering fyra gånger per år och "
            "MAS egen tillsyn två gånger per år, med checklista, fynd och åtgärder."
        )

    def rutor(self, antal: Omradesantal) -> list[Rutdata]:
        return [
            (self.tr("Tillsyner i år"), antal.lakemedelstillsyner_i_ar, "", False),
            (self.tr("Tillsyner totalt"), antal.lakemedelstillsyner, "", False),
        ]
