"""The Översikt lists as rich text: each row links to its item, and the page turns the
link's address (``avvikelse:…``, ``forsenade``, ``delegering:…``) into a page change."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from PySide6.QtCore import QCoreApplication

from skrivbord.tjanster import oversikt
from skrivbord.typer import Genomgangstyp
from skrivbord.ui.gemensamt.sida import DAMPAD, ROD, tal_text
from skrivbord.ui.oversikt.delar import html

VISADE_ENHETER = 8
ATGARDSTEXT_HOGST = 48  # characters of an åtgärd's text in the list; the rest in a tooltip
UPPGIFTER_HOGST = 1  # delegated tasks named in a row; "+ n" for the rest


def _tr(text: str) -> str:
    return QCoreApplication.translate("OversiktSida", text)


def _kort(text: str, hogst: int) -> str:
    return text if len(text) <= hogst else text[: hogst - 1].rstrip() + "…"


def _tabell(rader: list[str], slut: str = "", cellpadding: int = 2) -> str:
    return f"<table cellspacing='0' cellpadding='{cellpadding}'>{''.join(rader)}</table>{slut}"


def atgarder(o: oversikt.Oversikt, idag: date) -> tuple[str, str]:
    """The title and the list of the oldest overdue åtgärder."""
    rubrik = _tr("Åtgärder efter sista datum ({n})").format(n=tal_text(o.forsenade_atgarder))
    if not o.forsenade_atgarder_lista:
        return rubrik, _tr("Inga åtgärder är försenade.")
    rader = []
    for a in o.forsenade_atgarder_lista:
        ansvarig = html(a.ansvarig) if a.ansvarig else _tr("ingen ansvarig")
        # An avvikelse's åtgärd opens it; another source is named.
        lank = (
            f"<a href='avvikelse:{a.avvikelse_id}'>{a.avvikelse_id}</a>"
            if a.avvikelse_id is not None
            else html(a.kalla.etikett)
        )
        enhet = html(a.enhet) if a.enhet else _tr("Hela kommunen")
        rader.append(
            f"<tr><td style='padding-right: 10px'>{lank}</td>"
            f"<td>{html(_kort(a.atgard, ATGARDSTEXT_HOGST))}<br>"
            f"<span style='color: {DAMPAD}'>{enhet} · {ansvarig}</span></td>"
            f"<td style='padding-left: 10px; color: {ROD}' align='right'>"
            + _tr("{n}\u00a0d").format(n=(idag - a.deadline).days)
            + "</td></tr>"
        )
    mer = o.forsenade_atgarder_avvikelser - sum(
        1 for a in o.forsenade_atgarder_lista if a.avvikelse_id is not None
    )
    visa_alla = _tr("Visa alla {n} på sidan Avvikelser").format(
        n=tal_text(o.forsenade_atgarder_avvikelser)
    )
    slut = f"<p><a href='forsenade'>{visa_alla}</a></p>" if mer > 0 else ""
    return rubrik, _tabell(rader, slut)


def saknade(o: oversikt.Oversikt) -> tuple[str, str]:
    """The title and the units with missing weekly reviews, at most VISADE_ENHETER."""
    if not o.saknade_veckogenomgangar:
        return (
            _tr("Veckogenomgångar"),
            _tr("Alla veckogenomgångar de två senaste veckorna är gjorda."),
        )
    per_enhet: dict[str, list[str]] = defaultdict(list)
    for s in o.saknade_veckogenomgangar:
        typ = _tr("fall") if s.typ is Genomgangstyp.FALL else _tr("läkemedel")
        text = _tr("{typ} v.\u00a0{vecka}").format(typ=typ, vecka=s.vecka)
        # Each missing review opens the review form for that unit, kind and week.
        adress = f"genomgang:{s.enhet_id}:{s.typ.value}:{s.ar}:{s.vecka}"
        per_enhet[s.enhet_namn].append(f"<a href='{adress}'>{text}</a>")
    rubrik = (
        _tr("Saknade veckogenomgångar, de två senaste veckorna (1 enhet)")
        if len(per_enhet) == 1
        else _tr("Saknade veckogenomgångar, de två senaste veckorna ({n} enheter)").format(
            n=len(per_enhet)
        )
    )
    alla = list(per_enhet.items())
    # Never "… and 1 more": then that one fits as well.
    visade = alla if len(alla) <= VISADE_ENHETER + 1 else alla[:VISADE_ENHETER]
    rader = [
        f"<tr><td style='padding-right: 16px'>{html(namn)}</td>"
        f"<td style='color: {DAMPAD}'>{', '.join(luckor)}</td></tr>"
        for namn, luckor in visade
    ]
    mer = len(alla) - len(visade)
    slut = (
        "<p style='color: {f}'>{t}</p>".format(
            f=DAMPAD,
            t=_tr("… och {n} enheter till. Se sidan Veckogenomgångar.").format(n=mer),
        )
        if mer
        else ""
    )
    return rubrik, _tabell(rader, slut, cellpadding=1)


def delegeringar(o: oversikt.Oversikt, idag: date) -> tuple[str, str]:
    """The title and the delegations that end soon or ended without renewal."""
    d = o.delegeringar
    rubrik = _tr("Delegeringar att förnya ({n})").format(n=tal_text(d.gar_ut + d.utgangna))
    # Still in force for people marked inactive: to be revoked (issue #11).
    inaktiva = (
        "<p><a href='delegeringar' style='color: {farg};'>{t}</a></p>".format(
            farg=ROD,
            t=_tr("{n} gäller för personer som är inaktiva: återkalla dem").format(
                n=tal_text(d.delegat_inaktiv)
            ),
        )
        if d.delegat_inaktiv
        else ""
    )
    if not d.lista:
        return rubrik, inaktiva or _tr(
            "Inga delegeringar går ut inom 30 dagar, och ingen har gått ut utan att förnyas."
        )
    rader = []
    for r in d.lista:
        uppgifter = ", ".join(r.uppgifter[:UPPGIFTER_HOGST])
        if len(r.uppgifter) > UPPGIFTER_HOGST:
            uppgifter += " " + _tr("+ {n} till").format(n=len(r.uppgifter) - UPPGIFTER_HOGST)
        enhet = html(r.enhet) if r.enhet else _tr("Ingen enhet")
        if r.utgangen(idag):
            nar = _tr("gick ut {datum}").format(datum=r.giltig_till.isoformat())
            farg = f" color: {ROD};"
        else:
            nar = _tr("t.o.m. {datum}").format(datum=r.giltig_till.isoformat())
            farg = ""
        rader.append(
            f"<tr><td><a href='delegering:{r.delegering_id}'>{html(r.namn)}</a>"
            f", {html(r.roll.etikett.lower())}<br>"
            f"<span style='color: {DAMPAD}'>{enhet} · {html(uppgifter)}</span></td>"
            f"<td style='padding-left: 10px;{farg}' align='right'>{nar}</td></tr>"
        )
    visade = len(d.lista)
    slut = (
        "<p><a href='delegeringar'>{t}</a></p>".format(
            t=_tr("… och {n} till: sidan Delegeringar").format(
                n=tal_text(d.gar_ut + d.utgangna - visade)
            )
        )
        if d.gar_ut + d.utgangna > visade
        else ""
    )
    return rubrik, _tabell(rader, inaktiva + slut)


def vantande_avvikelser(o: oversikt.Oversikt, idag: date) -> tuple[str, str]:
    """The title and the oldest avvikelser waiting for analysis and for follow-up."""
    v = o.vantande_avvikelser
    rubrik = _tr("Avvikelser som väntar ({n})").format(n=tal_text(v.att_utreda + v.att_folja_upp))
    delar = []
    for titel, antal, rader in (
        (_tr("På utredning, 14 dagar eller mer"), v.att_utreda, v.att_utreda_lista),
        (_tr("På uppföljning, åtgärderna klara"), v.att_folja_upp, v.att_folja_upp_lista),
    ):
        delar.append(f"<p style='margin-top: 4px'><i>{titel} ({tal_text(antal)})</i></p>")
        if not rader:
            delar.append(f"<p style='color: {DAMPAD}'>{_tr('Inga.')}</p>")
            continue
        delar.append(
            _tabell(
                [
                    f"<tr><td style='padding-right: 10px'>"
                    f"<a href='avvikelse:{r.avvikelse_id}'>{r.avvikelse_id}</a></td>"
                    f"<td>{html(r.enhet)}</td>"
                    f"<td style='padding-left: 10px; color: {DAMPAD}' align='right'>"
                    + _tr("{n}\u00a0d").format(n=(idag - r.handelse_dag).days)
                    + "</td></tr>"
                    for r in rader
                ],
                cellpadding=1,
            )
        )
    return rubrik, "".join(delar)


VISADE_EGENKONTROLLER = 8  # per group


def egenkontroller(o: oversikt.Oversikt, idag: date) -> tuple[str, str]:
    """The title and the occurrences overdue and due within 14 days, oldest first; each
    opens its form (its result, or the record that documents it)."""
    e = o.egenkontroller
    rubrik = _tr("Egenkontroller att göra ({n})").format(
        n=tal_text(len(e.forsenade) + len(e.kommande))
    )
    delar = []
    for titel, rader, forsenad in (
        (_tr("Efter planerat datum"), e.forsenade, True),
        (_tr("Inom 14 dagar"), e.kommande, False),
    ):
        delar.append(f"<p style='margin-top: 4px'><i>{titel} ({tal_text(len(rader))})</i></p>")
        if not rader:
            delar.append(f"<p style='color: {DAMPAD}'>{_tr('Inga.')}</p>")
            continue
        visade = rader if len(rader) <= VISADE_EGENKONTROLLER + 1 else rader[:VISADE_EGENKONTROLLER]
        tabellrader = []
        for t in visade:
            plats = html(t.enhet) if t.enhet else _tr("Hela kommunen")
            if forsenad:
                nar = _tr("{n}\u00a0d").format(n=(idag - t.planerat_datum).days)
                farg = f" color: {ROD};"
            else:
                nar = t.planerat_datum.isoformat()
                farg = ""
            tabellrader.append(
                f"<tr><td><a href='tillfalle:{t.id}'>{html(_kort(t.omrade, ATGARDSTEXT_HOGST))}</a>"
                f"<br><span style='color: {DAMPAD}'>{plats}</span></td>"
                f"<td style='padding-left: 10px;{farg}' align='right'>{nar}</td></tr>"
            )
        mer = len(rader) - len(visade)
        slut = (
            "<p><a href='egenkontroller'>{t}</a></p>".format(
                t=_tr("… och {n} till: sidan Egenkontroller").format(n=tal_text(mer))
            )
            if mer
            else ""
        )
        delar.append(_tabell(tabellrader, slut, cellpadding=1))
    return rubrik, "".join(delar)
