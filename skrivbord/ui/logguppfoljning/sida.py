"""Logguppföljning: documented reviews of the journal system's access logs."""

from __future__ import annotations

from skrivbord.tjanster.oversikt import Omradesantal
from skrivbord.ui.gemensamt.enkelsida import EnkelSida, Rutdata


class LogguppfoljningSida(EnkelSida):
    def rubriktext(self) -> str:
        return self.tr("Logguppföljning")

    def beskrivning(self) -> str:
        return self.tr(
            "Här dokumenteras uppföljningen av journalsystemets åtkomstloggar: systematiska "
            "kontroller varje månad och stickprov, i ett protokoll utan uppgifter som kan "
            "identifiera en patient."
        )

    def rutor(self, antal: Omradesantal) -> list[Rutdata]:
        return [
            (self.tr("Uppföljningar i år"), antal.logguppfoljningar_i_ar, "", False),
            (self.tr("Uppföljningar totalt"), antal.logguppfoljningar, "", False),
        ]
