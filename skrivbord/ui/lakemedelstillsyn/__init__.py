"""Läkemedelstillsyn: inspections of medicine handling in the units."""
