"""Delegeringar: who may perform which health-care task, until when."""

from __future__ import annotations

from skrivbord.tjanster.oversikt import DELEGERING_VARNING_DAGAR, Omradesantal
from skrivbord.ui.gemensamt.enkelsida import EnkelSida, Rutdata


class DelegeringSida(EnkelSida):
    def rubriktext(self) -> str:
        return self.tr("Delegeringar")

    def beskrivning(self) -> str:
        return self.tr(
            "Här registreras delegeringar av hälso- och sjukvårdsuppgifter: personliga, "
            "tidsbegränsade till högst ett år och återkallbara. Skrivbord påminner i god tid "
            "innan de går ut, så att bemanningen inför sommaren inte hotas."
        )

    def rutor(self, antal: Omradesantal) -> list[Rutdata]:
        return [
            (self.tr("Gällande delegeringar"), antal.delegeringar_giltiga, "", False),
            (
                self.tr("Går ut inom {n} dagar").format(n=DELEGERING_VARNING_DAGAR),
                antal.delegeringar_som_gar_ut,
                self.tr("och är inte förnyade"),
                antal.delegeringar_som_gar_ut > 0,
            ),
        ]
