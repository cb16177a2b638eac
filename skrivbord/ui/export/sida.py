"""Export: anonymised aggregates for the region's samverkansråd."""

from __future__ import annotations

from skrivbord.tjanster.oversikt import Omradesantal
from skrivbord.ui.gemensamt.enkelsida import EnkelSida, Rutdata


class ExportSida(EnkelSida):
    def rubriktext(self) -> str:
        return self.tr("Export")

    def beskrivning(self) -> str:
        return self.tr(
            "Här tas anonymiserade sammanställningar fram till regionens samverkansråd: antal "
            "per period och kategori, utan fritext, namn, enheter eller exakta datum, och med "
            "små antal undertryckta."
        )

    def senare(self) -> str:
        return self.tr("Sammanställningarna till regionen kommer i en senare version av Skrivbord.")

    def rutor(self, antal: Omradesantal) -> list[Rutdata]:
        return [
            (
                self.tr("Avvikelser mellan vårdgivare i år"),
                antal.mellan_vardgivare_i_ar,
                self.tr("underlaget för samverkansrådet"),
                False,
            )
        ]
