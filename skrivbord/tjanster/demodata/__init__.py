"""Synthetic but realistic demo data: a whole kommun database built as one job.

Everything is made up. Proportions follow a small kommun's patientsäkerhetsberättelse:
about 1,200 avvikelser a year, falls and medication dominate, "annat" is used as a
catch-all, hjälpmedel rises year on year; a few per cent are mellan vårdgivare and a
handful a year are assessed for lex Maria. Description texts are built from
fragments and never hold anything that identifies a patient. The data obeys the
workflow's rules (avvikelser/flode.py): analysed before åtgärder, an uppföljning before
uppföljd, no open åtgärd or lex Maria assessment behind a closed avvikelse, a status
history for every avvikelse.

The same ``seed`` and ``idag`` give the same content, row for row (only Andringslogg
times and the ``skapad``/``andrad`` stamps of the few ORM-written rows differ).

Speed (a million avvikelser in well under a minute): rows are generated as tuples of
strings in SQLAlchemy's storage format ('YYYY-MM-DD HH:MM:SS.ffffff' for DateTime,
'YYYY-MM-DD' for Date) from precomputed templates, written with raw ``executemany``
on one connection in one transaction; rows that follow from an avvikelse (status
history, uppföljning, orsaker, the full-text index) are derived in SQL batch by batch,
with the FTS insert trigger dropped for the load.

The modules, in the order the job uses them: skapa (the job), plan (units and staff),
laddning (what the steps share: connection, calendar, random streams, inserts),
veckogenomgangar, mallar (avvikelse templates from text fragments), avvikelser (the
avvikelse rows), harledda (rows derived from them in SQL), logguppfoljningar
(through the service's rules) and, after the load, lakemedelstillsyner (through the
läkemedelstillsyn service), delegeringar (through the delegation service, so every
rule holds) and egenkontroller (the occurrences through the egenkontroll service).
"""

from skrivbord.tjanster.demodata.skapa import skapa_demo

__all__ = ["skapa_demo"]
