"""Two people edit one avvikelse: the second to save is told so in Swedish, nothing
of hers is lost, and after re-applying her text both edits are kept (optimistic
locking on ``avvikelse.version``, tjanster/samtidighet.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import select

from skrivbord.fel import SamtidigAndring
from skrivbord.lagring.databas import Databas
from skrivbord.modeller import AvvikelseKategori, Enhet
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.typer import Fallskada, Konsekvens, Roll

IDAG = date(2026, 11, 23)
GRUND = "Hittad på golvet vid sängen."
ANNAS = " Anna: blåmärke på vänster höft."
BERTILS = " Bertil: sänggrinden var uppfälld."


def _id(databas: Databas, modell, **villkor) -> int:
    with databas.session() as session:
        return session.scalars(select(modell.id).filter_by(**villkor)).one()


def ny_avvikelse(databas: Databas) -> int:
    return avvikelser.registrera(
        databas,
        avvikelser.AvvikelseUppgifter(
            handelse_tid=datetime(2026, 11, 20, 22, 40),
            rapporterad_datum=date(2026, 11, 21),
            enhet_id=_id(databas, Enhet, namn="Solgården"),
            rapportor_roll=Roll.UNDERSKOTERSKA,
            kategori_id=_id(databas, AvvikelseKategori, kod="fall"),
            beskrivning=GRUND,
            konsekvens=Konsekvens.LINDRIG,
            fall_plats="rum",
            fall_aktivitet="forflyttning",
            fall_skada=Fallskada.LINDRIG,
        ),
        IDAG,
    )


def test_andra_skrivaren_far_veta_och_behaller_sin_text(databas: Databas) -> None:
    avvikelse_id = ny_avvikelse(databas)
    # Two forms open the same avvikelse.
    annas_formular = avvikelser.hamta(databas, avvikelse_id)
    bertils_formular = avvikelser.hamta(databas, avvikelse_id)
    assert annas_formular.version == bertils_formular.version == 1
    annas = replace(annas_formular.uppgifter, beskrivning=GRUND + ANNAS)
    bertils = replace(bertils_formular.uppgifter, beskrivning=GRUND + BERTILS, konsekvens=0)

    assert avvikelser.uppdatera(databas, avvikelse_id, annas, IDAG, version=1) == 2

    with pytest.raises(SamtidigAndring) as fel:
        avvikelser.uppdatera(databas, avvikelse_id, bertils, IDAG, version=1)
    # His values come back with the error, untouched; the row is Anna's.
    assert fel.value.egna == bertils
    assert fel.value.anvandare == databas.anvandare and fel.value.tid is not None
    assert f"({databas.anvandare})" in fel.value.meddelande
    assert "Din text finns kvar i formuläret" in fel.value.meddelande
    sparad = avvikelser.hamta(databas, avvikelse_id)
    assert sparad.uppgifter.beskrivning == GRUND + ANNAS
    assert sparad.uppgifter.konsekvens == Konsekvens.LINDRIG
    assert sparad.version == 2

    # He re-applies his edit onto the saved version and saves again.
    sammanfogad = replace(sparad.uppgifter, beskrivning=sparad.uppgifter.beskrivning + BERTILS)
    assert avvikelser.uppdatera(databas, avvikelse_id, sammanfogad, IDAG, version=2) == 3
    slutlig = avvikelser.hamta(databas, avvikelse_id)
    assert slutlig.uppgifter.beskrivning == GRUND + ANNAS + BERTILS
    assert slutlig.version == 3


def test_utan_version_skrivs_som_forut(databas: Databas) -> None:
    """Callers without a loaded version (CLI, import) save as before; the version
    still moves on, so an open form notices."""
    avvikelse_id = ny_avvikelse(databas)
    detalj = avvikelser.hamta(databas, avvikelse_id)
    ny = replace(detalj.uppgifter, beskrivning=GRUND + ANNAS)
    assert avvikelser.uppdatera(databas, avvikelse_id, ny, IDAG) == 2
    with pytest.raises(SamtidigAndring):
        avvikelser.uppdatera(databas, avvikelse_id, detalj.uppgifter, IDAG, version=1)


def test_oforandrad_sparning_behaller_versionen(databas: Databas) -> None:
    avvikelse_id = ny_avvikelse(databas)
    detalj = avvikelser.hamta(databas, avvikelse_id)
    assert avvikelser.uppdatera(databas, avvikelse_id, detalj.uppgifter, IDAG, version=1) == 1


# --- the server: two logins, two connection pools, one row --------------------------------


def _annan_inloggning(postgres_server, ny_serverdatabas, namn: str):
    """A second user on the same server database, with her own pool."""
    from skrivbord.tjanster import serverdatabas
    from tests.conftest import serveradress

    postgres_server.psql(
        "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
        f"'{namn}') THEN CREATE ROLE {namn} LOGIN SUPERUSER; END IF; END$$"
    )
    return serverdatabas.anslut(
        serveradress(postgres_server, ny_serverdatabas.databas.adress.databas, namn)
    )


def _vantar_pa_las(postgres_server, databasnamn: str, namn: str) -> bool:
    svar = postgres_server.psql(
        "SELECT count(*) FROM pg_stat_activity "
        f"WHERE usename = '{namn}' AND wait_event_type = 'Lock'",
        databasnamn,
    )
    return svar == "1"


def test_samtidiga_skrivningar_pa_servern(postgres_server, ny_serverdatabas) -> None:
    """Anna's transaction has updated the row and not committed; Bertil's save reads
    the same version, passes the first check and waits for her row lock. When she
    commits, his versioned UPDATE matches no row: he gets SamtidigAndring naming her,
    with his text, and the row is hers. Then he re-applies and both texts are kept."""
    import threading
    import time

    from sqlalchemy.orm.exc import StaleDataError

    from skrivbord.modeller import Avvikelse

    anna = ny_serverdatabas.databas
    bertil = _annan_inloggning(postgres_server, ny_serverdatabas, "samtidig_bertil")
    try:
        avvikelse_id = ny_avvikelse(anna)
        bertils_formular = avvikelser.hamta(bertil, avvikelse_id)
        bertils = replace(bertils_formular.uppgifter, beskrivning=GRUND + BERTILS)
        utfall: list[BaseException | int] = []

        def bertil_sparar() -> None:
            try:
                utfall.append(avvikelser.uppdatera(bertil, avvikelse_id, bertils, IDAG, version=1))
            except BaseException as exc:  # handed to the test thread
                utfall.append(exc)

        with anna.session() as session:
            rad = session.get_one(Avvikelse, avvikelse_id)
            rad.beskrivning = GRUND + ANNAS
            session.flush()  # the row is locked until this transaction ends
            trad = threading.Thread(target=bertil_sparar)
            trad.start()
            grans = time.monotonic() + 20
            while not _vantar_pa_las(postgres_server, anna.adress.databas, "samtidig_bertil"):
                assert trad.is_alive() and time.monotonic() < grans, utfall
                time.sleep(0.05)
        trad.join(20)

        [fel] = utfall
        assert isinstance(fel, SamtidigAndring), fel
        assert isinstance(fel.__cause__, StaleDataError)  # the ORM's versioned UPDATE
        assert fel.anvandare == anna.anvandare != bertil.anvandare
        assert fel.meddelande.startswith(f"Någon annan ({anna.anvandare}) har ändrat avvikelsen")
        assert fel.egna == bertils
        sparad = avvikelser.hamta(bertil, avvikelse_id)
        assert (sparad.uppgifter.beskrivning, sparad.version) == (GRUND + ANNAS, 2)

        sammanfogad = replace(sparad.uppgifter, beskrivning=sparad.uppgifter.beskrivning + BERTILS)
        avvikelser.uppdatera(bertil, avvikelse_id, sammanfogad, IDAG, version=sparad.version)
        assert avvikelser.hamta(anna, avvikelse_id).uppgifter.beskrivning == (
            GRUND + ANNAS + BERTILS
        )
    finally:
        bertil.stang()


def test_tva_som_sparar_samtidigt_en_vinner_ingen_text_forsvinner(
    postgres_server, ny_serverdatabas
) -> None:
    """Both save the same loaded version at once, on their own connections: exactly one
    wins, the other gets SamtidigAndring with her text, whichever way the race goes."""
    import threading

    anna = ny_serverdatabas.databas
    bertil = _annan_inloggning(postgres_server, ny_serverdatabas, "samtidig_bertil")
    try:
        avvikelse_id = ny_avvikelse(anna)
        grund = avvikelser.hamta(anna, avvikelse_id).uppgifter
        texter = {anna: GRUND + ANNAS, bertil: GRUND + BERTILS}
        start = threading.Barrier(2)
        utfall: dict[str, BaseException | int] = {}

        def spara(databas) -> None:
            start.wait()
            try:
                utfall[databas.anvandare] = avvikelser.uppdatera(
                    databas,
                    avvikelse_id,
                    replace(grund, beskrivning=texter[databas]),
                    IDAG,
                    version=1,
                )
            except BaseException as exc:
                utfall[databas.anvandare] = exc

        tradar = [threading.Thread(target=spara, args=(d,)) for d in texter]
        for t in tradar:
            t.start()
        for t in tradar:
            t.join(20)

        vinnare = [d for d in texter if utfall[d.anvandare] == 2]
        forlorare = [d for d in texter if isinstance(utfall[d.anvandare], SamtidigAndring)]
        assert len(vinnare) == 1 and len(forlorare) == 1, utfall
        fel = utfall[forlorare[0].anvandare]
        assert isinstance(fel, SamtidigAndring)
        assert fel.egna.beskrivning == texter[forlorare[0]]
        assert fel.anvandare == vinnare[0].anvandare
        sparad = avvikelser.hamta(anna, avvikelse_id)
        assert sparad.uppgifter.beskrivning == texter[vinnare[0]]
    finally:
        bertil.stang()


def test_analysen_sparad_samtidigt_pa_servern(postgres_server, ny_serverdatabas) -> None:
    """The workflow's own saves (here the analysis) lose a race the same way: a
    Swedish SamtidigAndring, not a crash, and the first writer's text stays."""
    import threading
    import time

    from sqlalchemy.orm.exc import StaleDataError

    from skrivbord.modeller import Avvikelse
    from skrivbord.tjanster.avvikelser import flode

    anna = ny_serverdatabas.databas
    bertil = _annan_inloggning(postgres_server, ny_serverdatabas, "samtidig_bertil")
    try:
        avvikelse_id = ny_avvikelse(anna)
        utfall: list[BaseException | None] = []

        def bertil_sparar() -> None:
            try:
                flode.spara_analys(bertil, avvikelse_id, set(), "Bertils analys.")
                utfall.append(None)
            except BaseException as exc:
                utfall.append(exc)

        with anna.session() as session:
            session.get_one(Avvikelse, avvikelse_id).analys_text = "Annas analys."
            session.flush()
            trad = threading.Thread(target=bertil_sparar)
            trad.start()
            grans = time.monotonic() + 20
            while not _vantar_pa_las(postgres_server, anna.adress.databas, "samtidig_bertil"):
                assert trad.is_alive() and time.monotonic() < grans, utfall
                time.sleep(0.05)
        trad.join(20)

        [fel] = utfall
        assert isinstance(fel, SamtidigAndring) and isinstance(fel.__cause__, StaleDataError)
        assert fel.anvandare == anna.anvandare
        assert avvikelser.hamta(anna, avvikelse_id).analys_text == "Annas analys."
    finally:
        bertil.stang()
