"""Delegation decisions: register, renew, revoke, read (rules in regler.py).

A revoked decision keeps its row with the date, the reason and who revoked it; a
renewal is a new decision pointing at the one it replaces, so nothing is rewritten and
the person's history is the chain. Log lines carry ids only.
"""

from __future__ import annotations

import logging
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from skrivbord import personnummer
from skrivbord.fel import OgiltigUppgift
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import DelegerbarUppgift, Delegering, DelegeringUppgift, Enhet, Personal
from skrivbord.modeller.delegering import delegering_enhet
from skrivbord.tjanster.delegeringar import regler
from skrivbord.tjanster.delegeringar.regler import Beslutsuppgifter, Parter

log = logging.getLogger(__name__)


def _parter(s: Session, u: Beslutsuppgifter) -> Parter:
    delegerad = s.get(Personal, u.delegerad_id) if u.delegerad_id is not None else None
    delegerande = s.get(Personal, u.delegerande_id) if u.delegerande_id is not None else None
    return Parter(
        delegerad.roll if delegerad else None,
        bool(delegerad and delegerad.aktiv),
        delegerande.roll if delegerande else None,
        bool(delegerande and delegerande.aktiv),
        delegerande.namn if delegerande else "",
    )


def _kontrollera(s: Session, u: Beslutsuppgifter) -> None:
    aktiva_uppgifter = set(
        s.scalars(select(DelegerbarUppgift.kod).where(DelegerbarUppgift.aktiv.is_(True)))
    )
    aktiva_enheter = set(s.scalars(select(Enhet.id).where(Enhet.aktiv.is_(True))))
    regler.kontrollera(u, _parter(s, u), aktiva_uppgifter, aktiva_enheter)


def _ny(s: Session, u: Beslutsuppgifter, ersatter_id: int | None) -> Delegering:
    assert u.delegerad_id is not None and u.delegerande_id is not None  # checked
    d = Delegering(
        delegerad_id=u.delegerad_id,
        delegerande_id=u.delegerande_id,
        enhet_id=u.enhet_ids[0],
        giltig_fran=u.giltig_fran,
        giltig_till=u.giltig_till,
        ersatter_id=ersatter_id,
        utbildning_datum=u.utbildning_datum,
        kunskapstest_datum=u.kunskapstest_datum,
        kunskapstest=u.kunskapstest,
        mas_informerad_datum=u.mas_informerad_datum,
        villkor=u.villkor.strip(),
    )
    d.uppgifter = [DelegeringUppgift(uppgift=kod) for kod in dict.fromkeys(u.uppgifter)]
    s.add(d)
    s.flush()
    s.execute(
        delegering_enhet.insert(),
        [{"delegering_id": d.id, "enhet_id": e} for e in dict.fromkeys(u.enhet_ids)],
    )
    return d


def skapa_i(s: Session, u: Beslutsuppgifter, ersatter_id: int | None = None) -> int:
    """Register a decision in an open session (the demo writes many in one)."""
    _kontrollera(s, u)
    d = _ny(s, u, ersatter_id)
    log.info("delegering %d registrerad", d.id)
    return d.id


def skapa(databas: Databas, u: Beslutsuppgifter) -> int:
    """A new decision; its id."""
    with databas.session() as s:
        return skapa_i(s, u)


def _hamta(s: Session, delegering_id: int) -> Delegering:
    d = s.get(Delegering, delegering_id)
    if d is None:
        raise OgiltigUppgift(f"Det finns ingen delegering med nummer {delegering_id}.")
    return d


def fornya_i(s: Session, delegering_id: int, u: Beslutsuppgifter) -> int:
    """A new decision for the same person that replaces ``delegering_id``."""
    gammal = _hamta(s, delegering_id)
    if gammal.aterkallad_datum is not None:
        raise OgiltigUppgift(
            "En återkallad delegering kan inte förnyas. Registrera ett nytt beslut i stället."
        )
    ersatt = s.scalar(select(Delegering.id).where(Delegering.ersatter_id == delegering_id))
    if ersatt is not None:
        raise OgiltigUppgift(f"Delegeringen är redan förnyad (beslut nummer {ersatt}).")
    if u.delegerad_id != gammal.delegerad_id:
        raise OgiltigUppgift(
            "En förnyelse gäller samma person som beslutet den ersätter.", "delegerad_id"
        )
    if u.giltig_fran <= gammal.giltig_fran:
        raise OgiltigUppgift(
            "Den förnyade delegeringen ska börja gälla efter "
            f"{gammal.giltig_fran.isoformat()}, då beslutet den ersätter började.",
            "giltig_fran",
        )
    _kontrollera(s, u)
    ny = _ny(s, u, delegering_id)
    log.info("delegering %d förnyad som %d", delegering_id, ny.id)
    return ny.id


def fornya(databas: Databas, delegering_id: int, u: Beslutsuppgifter) -> int:
    with databas.session() as s:
        return fornya_i(s, delegering_id, u)


def aterkalla_i(s: Session, delegering_id: int, datum: date, orsak: str, av_id: int | None) -> None:
    d = _hamta(s, delegering_id)
    fel: list[tuple[str | None, str]] = []
    if d.aterkallad_datum is not None:
        raise OgiltigUppgift(f"Delegeringen återkallades redan {d.aterkallad_datum.isoformat()}.")
    if not orsak.strip():
        fel.append(("orsak", "Skriv varför delegeringen återkallas."))
    if av_id is None or s.get(Personal, av_id) is None:
        fel.append(("aterkallad_av_id", "Välj vem som återkallar delegeringen."))
    if datum < d.giltig_fran:
        fel.append(
            (
                "datum",
                "En delegering kan inte återkallas före den dag den började gälla "
                f"({d.giltig_fran.isoformat()}).",
            )
        )
    fel += personnummer.fel_i_falt({"orsak": (regler.ETIKETTER["orsak"], orsak)})
    OgiltigUppgift.om_nagot(fel)
    d.aterkallad_datum = datum
    d.aterkallad_orsak = orsak.strip()
    d.aterkallad_av_id = av_id
    log.info("delegering %d återkallad", delegering_id)


def aterkalla(
    databas: Databas, delegering_id: int, datum: date, orsak: str, av_id: int | None
) -> None:
    """Revoke: the decision stays, with the date, reason and who."""
    with databas.session() as s:
        aterkalla_i(s, delegering_id, datum, orsak, av_id)


def markera_mas_informerad(databas: Databas, delegering_id: int, datum: date) -> None:
    with databas.session() as s:
        d = _hamta(s, delegering_id)
        d.mas_informerad_datum = datum
