"""A suggested date for a random sample of the access logs (HSLF-FS 2016:40 4 kap. 9 §:
regular, systematic follow-up; seed 003: monthly checks plus stickprov).

A sample whose date everyone knows in advance is no sample: the suggestion is a working
day drawn within the occurrence's period, the same each time it is shown (drawn from
the plan item, the unit and the period), so the reviewer can plan it and it does not
move when the list is read again.
"""

from __future__ import annotations

import random
from datetime import date, timedelta


def foreslaget_datum(
    egenkontroll_id: int, enhet_id: int | None, period_fran: date | None, planerat: date
) -> date:
    """A working day (Monday–Friday) from the period's start to the planned date."""
    fran = period_fran or planerat.replace(day=1)
    dagar = [
        fran + timedelta(n)
        for n in range((planerat - fran).days + 1)
        if (fran + timedelta(n)).weekday() < 5
    ]
    if not dagar:
        return planerat
    slump = random.Random(f"stickprov:{egenkontroll_id}:{enhet_id}:{planerat.isoformat()}")
    return slump.choice(dagar)
