"""Läkemedelstillsyn: checklistorna, tillsynerna med narkotikaräkning och fynd, listan och
årsöversikten (docs/lakemedelstillsyn.md)."""
