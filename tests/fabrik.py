"""Synthetic test data built through the app's own services."""

from __future__ import annotations

import dataclasses

from skrivbord.tjanster.avvikelser import kategorier
from skrivbord.tjanster.avvikelser.registrering import AvvikelseUppgifter
from skrivbord.tjanster.databasfil import Databas
from skrivbord.typer import Fallskada, Lakemedelsfel, Rapportorgrupp, Riktning

# What a form must give for a fall or a medication error (registrering.validera).
_KATEGORIFALT: dict[str, dict[str, object]] = {
    "fall": {
        "fall_plats": "rum",
        "fall_aktivitet": "forflyttning",
        "fall_skada": Fallskada.INGEN,
    },
    "lakemedel": {
        "lakemedel_feltyp": Lakemedelsfel.UTEBLIVEN_DOS,
        "lakemedel_upptackt_av": Rapportorgrupp.OMSORGSPERSONAL,
    },
}


_SKADA_FOR_KONSEKVENS = (Fallskada.INGEN, Fallskada.LINDRIG, Fallskada.ANNAN_ALLVARLIG)


def komplett(databas: Databas, uppgifter: AvvikelseUppgifter) -> AvvikelseUppgifter:
    """``uppgifter`` with the category's required fields filled where a test left them out."""
    kod = next(k.kod for k in kategorier.lista(databas) if k.id == uppgifter.kategori_id)
    saknas = {
        falt: varde
        for falt, varde in _KATEGORIFALT.get(kod, {}).items()
        if getattr(uppgifter, falt) is None
    }
    if uppgifter.mellan_vardgivare and uppgifter.riktning is None:
        saknas["riktning"] = Riktning.SKICKAD
    if "fall_skada" in saknas:  # the injury that agrees with the konsekvens
        saknas["fall_skada"] = _SKADA_FOR_KONSEKVENS[min(int(uppgifter.konsekvens), 2)]
    return dataclasses.replace(uppgifter, **saknas)
