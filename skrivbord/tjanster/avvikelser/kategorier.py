"""The avvikelse taxonomy, editable by the MAS: rename, deactivate, add (katalog.py),
and the choices of the category-specific form fields."""

from __future__ import annotations

from typing import Any

from skrivbord.modeller import Avvikelse, AvvikelseKategori
from skrivbord.resurser import lasa_json
from skrivbord.tjanster.avvikelser import katalog

KATEGORIER = katalog.Katalog(
    AvvikelseKategori, Avvikelse.kategori_id, "Kategorin", "kategorins", kodlista="kategori"
)
Kategori = katalog.Post
lista = KATEGORIER.lista
lagg_till = KATEGORIER.lagg_till
byt_namn = KATEGORIER.byt_namn
satt_aktiv = KATEGORIER.satt_aktiv
ta_bort = KATEGORIER.ta_bort


def faltval() -> dict[str, Any]:
    """Choices for the category-specific form fields (resurser/data/avvikelsefalt.json)."""
    val: dict[str, Any] = lasa_json("data", "avvikelsefalt.json")
    return val
