"""The delegations Översikt lists: ending soon, or ended without renewal or revocation."""

from __future__ import annotations

from datetime import date, timedelta

from skrivbord.modeller import Delegering, DelegeringUppgift, Personal
from skrivbord.tjanster import delegeringsbevakning as bevakning
from skrivbord.tjanster import enheter
from skrivbord.typer import Roll

IDAG = date(2026, 6, 15)


def test_grupper_granser_och_enhetsfilter(databas) -> None:
    alla_enheter = enheter.lista(databas)
    solgarden = next(e.id for e in alla_enheter if e.namn == "Solgården")
    annan = next(e.id for e in alla_enheter if e.id != solgarden)
    with databas.session() as s:
        ssk = Personal(fornamn="Test", efternamn="Legitimerad", roll=Roll.SJUKSKOTERSKA)
        usk = Personal(fornamn="Tova", efternamn="Omsorg", roll=Roll.UNDERSKOTERSKA)
        slutat = Personal(fornamn="Test", efternamn="Slutat", roll=Roll.VARDBITRADE, aktiv=False)
        s.add_all([ssk, usk, slutat])
        s.flush()

        def delegering(till: date, person: Personal = usk, enhet: int = solgarden, **extra):
            d = Delegering(
                delegerad_id=person.id,
                delegerande_id=ssk.id,
                enhet_id=enhet,
                giltig_fran=till - timedelta(days=300),
                giltig_till=till,
                **extra,
            )
            d.uppgifter.append(DelegeringUppgift(uppgift="insulin"))
            s.add(d)
            s.flush()
            return d

        delegering(IDAG + timedelta(days=30))  # last day of the window
        delegering(IDAG + timedelta(days=3), enhet=annan)
        delegering(IDAG + timedelta(days=31))  # outside
        delegering(IDAG - timedelta(days=1))  # ended yesterday: listed first
        delegering(IDAG - timedelta(days=90))  # the oldest still shown
        delegering(IDAG - timedelta(days=91))  # history
        delegering(IDAG - timedelta(days=5), person=slutat)  # has left: nothing to do
        delegering(IDAG - timedelta(days=5), aterkallad_datum=IDAG - timedelta(days=20))
        fornyad = delegering(IDAG - timedelta(days=10))
        delegering(IDAG + timedelta(days=300), ersatter_id=fornyad.id)
        # A renewal that was itself revoked renews nothing.
        ater = delegering(IDAG + timedelta(days=7))
        delegering(
            IDAG + timedelta(days=200), ersatter_id=ater.id, aterkallad_datum=IDAG - timedelta(1)
        )
    with databas.session() as s:
        svar = bevakning.hamta(s, IDAG)
        bara = bevakning.hamta(s, IDAG, enhet_id=annan)
        tre = bevakning.hamta(s, IDAG, antal=3)
    assert (svar.gar_ut, svar.utgangna) == (3, 2)
    assert [r.giltig_till - IDAG for r in svar.lista] == [
        timedelta(days=d) for d in (-90, -1, 3, 7, 30)
    ]
    forsta = svar.lista[0]
    assert forsta.namn == "Tova Omsorg" and forsta.roll is Roll.UNDERSKOTERSKA
    assert forsta.enhet == "Solgården" and forsta.utgangen(IDAG)
    assert forsta.uppgifter == ("Ge insulin subkutant med insulinpenna",)
    assert (bara.gar_ut, bara.utgangna, len(bara.lista)) == (1, 0, 1)
    assert (tre.gar_ut, tre.utgangna, len(tre.lista)) == (3, 2, 3)


def test_delegat_inaktiv_raknas(databas) -> None:
    """In force today for a person marked inactive: counted so Översikt says revoke it."""
    solgarden = next(e.id for e in enheter.lista(databas) if e.namn == "Solgården")
    with databas.session() as s:
        ssk = Personal(fornamn="Test", efternamn="Legitimerad", roll=Roll.SJUKSKOTERSKA)
        slutat = Personal(fornamn="Test", efternamn="Slutat", roll=Roll.VARDBITRADE, aktiv=False)
        s.add_all([ssk, slutat])
        s.flush()
        for fran, till, aterkallad in (
            (IDAG - timedelta(10), IDAG + timedelta(100), None),  # counted
            (IDAG - timedelta(10), IDAG + timedelta(100), IDAG - timedelta(1)),  # revoked
            (IDAG + timedelta(5), IDAG + timedelta(100), None),  # not yet in force
        ):
            s.add(
                Delegering(
                    delegerad_id=slutat.id,
                    delegerande_id=ssk.id,
                    enhet_id=solgarden,
                    giltig_fran=fran,
                    giltig_till=till,
                    aterkallad_datum=aterkallad,
                )
            )
    with databas.session() as s:
        assert bevakning.hamta(s, IDAG).delegat_inaktiv == 1
        assert bevakning.hamta(s, IDAG, enhet_id=solgarden + 1000).delegat_inaktiv == 0
