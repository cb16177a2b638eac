"""Row-level security and the roles, proven by raw SQL as each login: an enhetschef
neither sees nor changes another unit's rows, the läsare reads counts but no free text
and writes nothing, the MAS sees and writes everything; and the services give the
Swedish EjBehorig, not a traceback (lagring/server/roller.py)."""

from __future__ import annotations

import pytest

from skrivbord import fel
from skrivbord.lagring.server import roller
from skrivbord.lagring.server.adress import ServerAdress
from skrivbord.tjanster import serveranvandare, serverdatabas
from skrivbord.tjanster.avvikelser import flode
from skrivbord.tjanster.avvikelser import registrering as avvikelser
from skrivbord.tjanster.serveranvandare import Roll
from tests.server.conftest import IDAG, LOSENORD, unikt, uppgifter


def _sql(databas, sats: str, *parametrar: object) -> list[tuple]:
    with databas.ra_anslutning() as a:
        markor = a.execute(sats, parametrar or None)
        return markor.fetchall() if markor.description else [(markor.rowcount,)]


def _nekas(databas, sats: str, *parametrar: object) -> None:
    with pytest.raises(fel.EjBehorig):
        _sql(databas, sats, *parametrar)


def test_varje_tabell_har_en_regel() -> None:
    assert roller.oklassade() == set()


def test_enhetschefen_ser_och_andrar_bara_sin_enhet(rolldatabas, med_data) -> None:
    egen, annan = med_data["Solgården"], med_data["Björkbacken"]
    chef = rolldatabas.anvandare(Roll.ENHETSCHEF, "Solgården")

    assert _sql(chef, "SELECT id FROM avvikelse") == [(egen,)]
    assert _sql(chef, "SELECT id FROM avvikelse WHERE id = %s", annan) == []
    for barn in ("atgard", "uppfoljning", "avvikelse_statusandring"):
        assert {r[0] for r in _sql(chef, f"SELECT avvikelse_id FROM {barn}")} == {egen}
    # Another unit's rows: nothing to update or delete, not even through a child.
    assert _sql(chef, "UPDATE avvikelse SET beskrivning = 'x' WHERE id = %s", annan) == [(0,)]
    assert _sql(chef, "DELETE FROM atgard WHERE avvikelse_id = %s", annan) == [(0,)]
    assert _sql(chef, "DELETE FROM avvikelse WHERE id = %s", annan) == [(0,)]
    assert _sql(rolldatabas.admin, "SELECT count(*) FROM atgard") == [(2,)]
    # Nor can she move her own row there, or hang a row on another unit's.
    annan_enhet = _sql(chef, "SELECT id FROM enhet WHERE namn = 'Björkbacken'")[0][0]
    _nekas(chef, "UPDATE avvikelse SET enhet_id = %s WHERE id = %s", annan_enhet, egen)
    _nekas(
        chef,
        "INSERT INTO uppfoljning (avvikelse_id, datum, nasta_steg, skapad, andrad) "
        "VALUES (%s, '2026-11-22', '', now(), now())",
        annan,
    )
    # Her own: read and write.
    assert _sql(chef, "UPDATE avvikelse SET beskrivning = 'ny' WHERE id = %s", egen) == [(1,)]
    assert _sql(chef, "SELECT beskrivning FROM avvikelse WHERE id = %s", egen) == [("ny",)]
    # The shared catalogues are read whole and written by no enhetschef.
    assert len(_sql(chef, "SELECT id FROM enhet")) == 4
    assert _sql(chef, "SELECT count(*) FROM avvikelse_kategori")[0][0] > 0
    _nekas(chef, "UPDATE avvikelse_kategori SET namn = 'x'")
    _nekas(chef, "DELETE FROM personal")
    # The MAS's logins and the other chefs' units are not hers to see.
    assert _sql(chef, f"SELECT count(*) FROM {roller.BEHORIGHET}") == [(1,)]
    _nekas(chef, "SELECT * FROM aggregatexport")


def test_tjansterna_som_enhetschef(rolldatabas, med_data) -> None:
    chef = rolldatabas.anvandare(Roll.ENHETSCHEF, "Solgården")
    ny = avvikelser.registrera(chef, uppgifter(chef, "Solgården"), IDAG)
    assert flode.lagg_till_atgard(chef, ny, "Larmmatta.", None, None) > 0
    assert avvikelser.hamta(chef, ny).historik[0].anvandare == chef.anvandare
    # The change log names her, and she reads only her own rows of it.
    loggade = _sql(chef, "SELECT DISTINCT anvandare FROM andringslogg")
    assert loggade == [(chef.anvandare,)]
    _nekas(
        chef,
        "INSERT INTO andringslogg (tid, anvandare, tabell, handling, falt) "
        "VALUES (now(), 'mas', 'avvikelse', 'borttagen', '')",
    )
    _nekas(chef, "DELETE FROM andringslogg")

    with pytest.raises(fel.EjBehorig) as fangat:
        avvikelser.registrera(chef, uppgifter(chef, "Björkbacken"), IDAG)
    assert "behörighet" in fangat.value.meddelande
    with pytest.raises(fel.SkrivbordFel):  # another unit's avvikelse is not there for her
        flode.lagg_till_atgard(chef, med_data["Björkbacken"], "x", None, None)
    assert _sql(rolldatabas.admin, "SELECT count(*) FROM avvikelse") == [(3,)]


def test_flera_enheter(rolldatabas, med_data) -> None:
    chef = rolldatabas.anvandare(Roll.ENHETSCHEF, "Solgården", "Björkbacken")
    assert len(_sql(chef, "SELECT id FROM avvikelse")) == 2


def test_lasaren_laser_antal_men_ingen_fritext_och_skriver_inget(rolldatabas, med_data) -> None:
    lasare = rolldatabas.anvandare(Roll.LASARE)
    per_enhet = _sql(lasare, "SELECT enhet_id, kategori_id, count(*) FROM avvikelse GROUP BY 1, 2")
    assert sum(r[2] for r in per_enhet) == 2 and len(per_enhet) == 2
    assert _sql(lasare, "SELECT count(*) FROM atgard") == [(2,)]
    for sats in (
        "SELECT beskrivning FROM avvikelse",
        "SELECT * FROM avvikelse",
        "SELECT rapportor_namn FROM avvikelse",
        "SELECT fornamn FROM personal",
        "SELECT * FROM andringslogg",
        f"SELECT * FROM {roller.BEHORIGHET}",
        "UPDATE avvikelse SET konsekvens = 0",
        "DELETE FROM atgard",
        "INSERT INTO enhet (namn, typ, aktiv) VALUES ('x', 'sabo', true)",
    ):
        _nekas(lasare, sats)
    with pytest.raises(fel.EjBehorig):
        avvikelser.registrera(lasare, uppgifter(lasare, "Solgården"), IDAG)


def test_mas_ser_och_skriver_allt_men_loggen_bara_lagg_till(rolldatabas, med_data) -> None:
    mas = rolldatabas.anvandare(Roll.MAS)
    assert len(_sql(mas, "SELECT id FROM avvikelse")) == 2
    assert _sql(mas, "UPDATE avvikelse SET konsekvens = 2") == [(2,)]
    ny = avvikelser.registrera(mas, uppgifter(mas, "Björkbacken"), IDAG)
    assert (
        _sql(mas, "SELECT count(*) FROM andringslogg WHERE anvandare = %s", mas.anvandare)[0][0] > 0
    )
    assert ny > 0
    _nekas(mas, "DELETE FROM andringslogg")
    _nekas(mas, "UPDATE andringslogg SET anvandare = 'x'")
    # She manages the logins without CREATEROLE of her own.
    ny_chef = unikt("ny")
    rolldatabas.inloggningar.append(ny_chef)
    serveranvandare.lagg_till(mas, ny_chef, Roll.ENHETSCHEF, ["Solgården"], LOSENORD)
    assert {a.roll for a in serveranvandare.lista(mas)} == {Roll.MAS, Roll.ENHETSCHEF}
    with pytest.raises(fel.EjBehorig):
        serveranvandare.lagg_till(
            rolldatabas.anvandare(Roll.ENHETSCHEF, "Solgården"),
            unikt("x"),
            Roll.MAS,
            [],
            LOSENORD,
        )


def test_inloggning_over_tls_med_losenord(rolldatabas, postgres_server) -> None:
    rolldatabas.anvandare(Roll.ENHETSCHEF, "Solgården")
    login = rolldatabas.inloggningar[-1]

    def adress(namn: str) -> ServerAdress:
        return ServerAdress(
            "127.0.0.1",
            namn,
            login,
            port=postgres_server.port,
            sslmode="verify-full",
            sslrootcert=str(postgres_server.ca_fil),
        )

    databas = serverdatabas.anslut(adress(rolldatabas.namn), LOSENORD)
    try:
        assert _sql(databas, "SELECT current_user, ssl FROM pg_stat_ssl "
                    "WHERE pid = pg_backend_pid()") == [(login, True)]  # fmt: skip
    finally:
        databas.stang()
    fel_losenord = serverdatabas.anslut(adress(rolldatabas.namn), "fel-lösenord-helt")
    with pytest.raises(fel.FelLosenord):
        _sql(fel_losenord, "SELECT 1")
    fel_losenord.stang()
    # The same login has no CONNECT on another kommun's database on the same server.
    annan = rolldatabas.namn + "_annan"
    postgres_server.psql(f"CREATE DATABASE {annan}")
    try:
        admin = serverdatabas.anslut(
            ServerAdress(postgres_server.uttag, annan, "postgres", postgres_server.port)
        )
        serveranvandare.forbered(admin, "Annan kommun", "9998", [])
        admin.stang()
        utestangd = serverdatabas.anslut(adress(annan), LOSENORD)
        with pytest.raises(fel.EjBehorig):
            _sql(utestangd, "SELECT 1")
        utestangd.stang()
    finally:
        postgres_server.psql(f"DROP DATABASE IF EXISTS {annan} WITH (FORCE)")


def test_ta_bort_och_fel(rolldatabas) -> None:
    admin = rolldatabas.admin
    rolldatabas.anvandare(Roll.ENHETSCHEF, "Solgården")
    login = rolldatabas.inloggningar[-1]
    with pytest.raises(fel.OgiltigUppgift, match="finns inte"):
        serveranvandare.lagg_till(admin, unikt("a"), Roll.ENHETSCHEF, ["Ekbacken"], LOSENORD)
    with pytest.raises(fel.OgiltigUppgift, match="finns redan"):
        serveranvandare.lagg_till(admin, login, Roll.LASARE, [], LOSENORD)
    with pytest.raises(fel.OgiltigUppgift, match="minst en enhet"):
        serveranvandare.lagg_till(admin, unikt("a"), Roll.ENHETSCHEF, [], LOSENORD)
    with pytest.raises(fel.OgiltigUppgift, match="minst 10"):
        serveranvandare.lagg_till(admin, unikt("a"), Roll.MAS, [], "kort")
    assert [a.login for a in serveranvandare.lista(admin)] == [login]

    serveranvandare.ta_bort(admin, login)
    assert serveranvandare.lista(admin) == []
    assert _sql(admin, "SELECT count(*) FROM pg_roles WHERE rolname = %s", login) == [(0,)]
    assert _sql(admin, f"SELECT count(*) FROM {roller.BEHORIGHET}") == [(0,)]
    with pytest.raises(fel.OgiltigUppgift, match="ingen Skrivbord-användare"):
        serveranvandare.ta_bort(admin, login)


def test_oversikten_som_enhetschef_och_lasare(rolldatabas, med_data) -> None:
    """Opening Översikt fills in the year's egenkontroll occurrences: as an enhetschef
    only her own unit's (the others are not hers to write); a läsare does not open the
    app; the MAS's next visit fills in the rest."""
    from skrivbord.lagring.behorighet import skrivbara_enheter
    from skrivbord.tjanster import oversikt, serverdatabas
    from tests.conftest import serveradress

    def skrivbara_enheter_for(databas):
        with databas.session() as session:
            return skrivbara_enheter(session)

    chef = rolldatabas.anvandare(Roll.ENHETSCHEF, "Solgården")
    oversikt.hamta(chef, IDAG)
    per_enhet = _sql(
        rolldatabas.admin,
        "SELECT e.namn, count(*) FROM egenkontroll_tillfalle t JOIN enhet e ON e.id = t.enhet_id "
        "GROUP BY e.namn",
    )
    assert {namn for namn, _ in per_enhet} == {"Solgården"}
    # A läsare is for counting with her own SQL tool; the app says so instead of failing
    # on its first screen.
    lasare = rolldatabas.anvandare(Roll.LASARE)
    with pytest.raises(fel.LasareIProgrammet, match="läsare"):
        serverdatabas.oppna(serveradress(rolldatabas.server, rolldatabas.namn, lasare.anvandare))
    assert skrivbara_enheter_for(lasare) == frozenset()
    mas = rolldatabas.anvandare(Roll.MAS)
    oversikt.hamta(mas, IDAG)
    enheter = _sql(
        rolldatabas.admin,
        "SELECT count(DISTINCT enhet_id) FROM egenkontroll_tillfalle WHERE enhet_id IS NOT NULL",
    )
    assert enheter[0][0] == 4
