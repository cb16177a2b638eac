"""Typed errors a user can meet, shared by every layer (no Qt, no SQLAlchemy).

Each carries a Swedish sentence that says what happened and what to do. Code
catches the type, never matches the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path


class SkrivbordFel(Exception):
    """Base class: an expected failure with a message meant for the user."""

    def __init__(self, meddelande: str) -> None:
        super().__init__(meddelande)
        self.meddelande = meddelande


class DatabasFel(SkrivbordFel):
    """Something about a database file stops us from opening or writing it."""

    def __init__(self, sokvag: Path | str | None, meddelande: str) -> None:
        super().__init__(meddelande)
        self.sokvag = Path(sokvag) if sokvag is not None else None


class FelNyckel(DatabasFel):
    def __init__(self, sokvag: Path | str) -> None:
        super().__init__(
            sokvag,
            f"Databasen {Path(sokvag).name} kunde inte låsas upp: nyckeln stämmer inte. "
            "Kontrollera att du valt rätt fil och skriv in databasens återställningsnyckel.",
        )


class NyckelSaknas(DatabasFel):
    """The keyring holds no key for this file: ask for the recovery key."""

    def __init__(self, sokvag: Path | str, salt: str, ingen_nyckelring: bool = False) -> None:
        if ingen_nyckelring:
            text = (
                "Den här datorn har ingen säker nyckelring, så databasens nyckel sparas "
                "inte mellan gångerna. Skriv in återställningsnyckeln för att öppna "
                f"{Path(sokvag).name}."
            )
        else:
            text = (
                f"Nyckeln till {Path(sokvag).name} finns inte i den här datorns nyckelring. "
                "Skriv in databasens återställningsnyckel för att öppna den."
            )
        super().__init__(sokvag, text)
        self.salt = salt


class InteEnSkrivbordsdatabas(DatabasFel):
    def __init__(self, sokvag: Path | str, detalj: str = "") -> None:
        text = f"Filen {Path(sokvag).name} är ingen Skrivbord-databas"
        text += f" ({detalj})." if detalj else "."
        super().__init__(sokvag, text + " Välj en annan fil.")


class DatabasSaknas(DatabasFel):
    def __init__(self, sokvag: Path | str) -> None:
        super().__init__(
            sokvag,
            f"Databasfilen {sokvag} finns inte. Kontrollera sökvägen eller skapa en ny databas.",
        )


class MappSaknas(DatabasFel):
    def __init__(self, sokvag: Path | str) -> None:
        super().__init__(
            sokvag,
            f"Mappen {Path(sokvag).parent} finns inte. Välj en befintlig mapp eller skapa den först.",
        )


class DatabasFinnsRedan(DatabasFel):
    def __init__(self, sokvag: Path | str) -> None:
        super().__init__(
            sokvag,
            f"Filen {sokvag} finns redan och skrivs inte över. Välj ett annat filnamn.",
        )


class DatabasLast(DatabasFel):
    def __init__(self, sokvag: Path | str, vem: str = "") -> None:
        vem_text = f" ({vem})" if vem else ""
        super().__init__(
            sokvag,
            f"Databasen {Path(sokvag).name} används just nu av ett annat program{vem_text}. "
            "Stäng det andra fönstret eller vänta en stund och försök igen.",
        )


class SkrivskyddadDatabas(DatabasFel):
    def __init__(self, sokvag: Path | str) -> None:
        super().__init__(
            sokvag,
            f"Databasen {Path(sokvag).name} eller dess mapp är skrivskyddad. "
            "Flytta filen till en mapp där du får skriva, eller be IT om behörighet.",
        )


class DiskenFull(DatabasFel):
    def __init__(self, sokvag: Path | str | None) -> None:
        vad = f" ({Path(sokvag).name})" if sokvag is not None else ""
        super().__init__(
            sokvag,
            f"Disken är full, så det kunde inte sparas{vad}. Inget har skrivits till hälften: "
            "frigör utrymme och försök igen.",
        )


class NyareDatabas(DatabasFel):
    def __init__(self, sokvag: Path | str, version: str) -> None:
        super().__init__(
            sokvag,
            f"Databasen {Path(sokvag).name} har skapats av en nyare version av Skrivbord "
            f"(schema {version}). Uppdatera programmet för att öppna den.",
        )


class SkadadDatabas(DatabasFel):
    def __init__(self, sokvag: Path | str, detalj: str = "") -> None:
        text = f"Databasen {Path(sokvag).name} är skadad"
        text += f": {detalj}." if detalj else "."
        super().__init__(
            sokvag,
            text + " Återställ den senaste säkerhetskopian: Arkiv → Återställ från "
            "säkerhetskopia, eller skrivbord aterstall på kommandoraden (Hjälp → Handbok, "
            "avsnittet Säkerhetskopior).",
        )


class KopiemappSaknas(DatabasFel):
    """The chosen backup folder is not there (a USB stick or network drive not connected)."""

    def __init__(self, mapp: Path | str) -> None:
        super().__init__(
            mapp,
            f"Mappen för säkerhetskopior, {mapp}, finns inte. Anslut minnet eller "
            "nätverksenheten, eller välj en annan mapp under Arkiv → Inställningar.",
        )


class KopianSkadad(DatabasFel):
    """A backup did not pass the check (written just now, or found later)."""

    def __init__(self, sokvag: Path | str, problem: Sequence[str] = ()) -> None:
        text = f"Säkerhetskopian {Path(sokvag).name} är skadad och kan inte användas"
        text += ":\n" + "\n".join(problem[:5]) if problem else "."
        super().__init__(sokvag, text + "\nVälj en äldre kopia.")
        self.problem = tuple(problem)


class IngenHelKopia(DatabasFel):
    def __init__(self, databas: Path | str, mapp: Path | str) -> None:
        super().__init__(
            databas,
            f"Ingen hel säkerhetskopia av {Path(databas).name} hittades i {mapp}. "
            "Välj en kopia själv (den kan ligga på ett USB-minne eller en nätverksenhet), "
            "eller öppna databasen med återställningsnyckeln på datorn där kopiorna finns.",
        )


class ErsattningKravs(DatabasFel):
    """Restoring over an existing database needs an explicit yes (``--ersatt``)."""

    def __init__(self, sokvag: Path | str) -> None:
        namn = Path(sokvag)
        super().__init__(
            sokvag,
            f"Databasen {namn.name} finns redan och ersätts bara om du ber om det "
            "uttryckligen (skrivbord aterstall … --ersatt). Den nuvarande filen tas då inte "
            f"bort utan läggs undan som {namn.stem}.ersatt-<datum_tid>{namn.suffix}.",
        )


class OgiltigAterstallningsnyckel(SkrivbordFel):
    pass


class OgiltigUppgift(SkrivbordFel):
    """A value entered by the user breaks a rule (used by the services).

    ``falt`` names the field it concerns, so a form can focus it; ``alla`` lists every
    rule broken at once as (field, sentence) when a service checks a whole form (the
    message then holds all the sentences, one a line).
    """

    def __init__(
        self,
        meddelande: str,
        falt: str | None = None,
        alla: Sequence[tuple[str | None, str]] = (),
    ) -> None:
        super().__init__(meddelande)
        self.falt = falt
        self.alla: tuple[tuple[str | None, str], ...] = tuple(alla) or ((falt, meddelande),)

    @classmethod
    def om_nagot(cls, fel: Sequence[tuple[str | None, str]]) -> None:
        """Raise one error holding all of ``fel`` (the first field leads), if there are any."""
        if fel:
            raise cls("\n".join(text for _, text in fel), fel[0][0], fel)


class FilKanInteSkrivas(SkrivbordFel):
    """A report, export or backup file could not be written (permission, locked, bad folder)."""

    def __init__(self, sokvag: Path | str, orsak: str = "") -> None:
        text = f"Filen {Path(sokvag).name} kunde inte sparas"
        text += f" ({orsak})" if orsak else ""
        super().__init__(
            text + ". Välj en annan mapp, eller stäng programmet som har filen öppen, "
            "och försök igen."
        )
        self.sokvag = Path(sokvag)


class ServerFel(DatabasFel):
    """The shared server database (docs/flera-anvandare.md) could not be used."""

    def __init__(self, meddelande: str) -> None:
        super().__init__(None, meddelande)


class LosenordSaknas(ServerFel):
    """No password for this login in the keyring: ask the user for it."""

    def __init__(self, visning: str, anvandare: str) -> None:
        super().__init__(
            f"Skriv lösenordet för {anvandare} till databasen {visning}. Det sparas i "
            "datorns nyckelring, inte i någon fil."
        )


class FelLosenord(ServerFel):
    def __init__(self, visning: str, anvandare: str) -> None:
        super().__init__(
            f"Servern godtog inte inloggningen för {anvandare} till {visning}: lösenordet "
            "eller användarnamnet stämmer inte. Skriv lösenordet igen, eller be kommunens "
            "IT eller MAS kontrollera att kontot finns."
        )


class CertifikatGodkannsInte(ServerFel):
    def __init__(self, visning: str, detalj: str) -> None:
        super().__init__(
            f"Serverns certifikat för {visning} kunde inte kontrolleras, så ingen "
            "anslutning gjordes (uppgifterna skickas bara över en kontrollerad krypterad "
            f"förbindelse). Orsak: {detalj}. Kontrollera att CA-filen (sslrootcert) är "
            "kommunens och att servernamnet i adressen är det som står i certifikatet."
        )


class ServernSvararInte(ServerFel):
    def __init__(self, visning: str) -> None:
        super().__init__(
            f"Databasservern för {visning} svarar inte. Kontrollera nätverket (VPN), "
            "servernamnet och porten, eller fråga kommunens IT om servern är igång. "
            "Inget har ändrats."
        )


class EjBehorig(ServerFel):
    """The database refused an action for the user's role (row-level security)."""

    def __init__(self, anvandare: str) -> None:
        super().__init__(
            f"Kontot {anvandare} har inte behörighet till det här (rollen eller enheten "
            "tillåter det inte). Inget sparades. Be MAS ge kontot behörighet om det behövs."
        )


class InteEnSkrivbordsserver(ServerFel):
    def __init__(self, visning: str) -> None:
        super().__init__(
            f"Databasen {visning} har inga Skrivbord-tabeller. Be MAS eller kommunens IT "
            "förbereda den med: skrivbord server init --databas postgresql://…"
        )


class LasareIProgrammet(ServerFel):
    def __init__(self, anvandare: str) -> None:
        super().__init__(
            f"Kontot {anvandare} är en läsare: det läser antal ur databasen med ett eget "
            "verktyg (till exempel Excel eller ett rapportverktyg) men kan inte öppnas i "
            "Skrivbord, vars sidor visar fritext. Logga in med ett MAS- eller "
            "enhetschefskonto, eller be MAS ta fram aggregatet (Export)."
        )


class SamtidigAndring(SkrivbordFel):
    """Someone saved the row after this user loaded it (optimistic locking, the
    ``version`` column): nothing was saved, and the user's values are kept for her."""

    def __init__(
        self,
        vad: str,
        anvandare: str | None = None,
        tid: datetime | None = None,
        *,
        egen_anvandare: str | None = None,
        egna: object = None,
    ) -> None:
        if anvandare and anvandare == egen_anvandare:
            vem = f"Du ({anvandare}) har ändrat {vad} i ett annat fönster"
        elif anvandare:
            vem = f"Någon annan ({anvandare}) har ändrat {vad}"
        else:
            vem = f"Någon annan har ändrat {vad}"
        nar = f" ({_lokal_tid(tid)})" if tid is not None else ""
        super().__init__(
            f"{vem}{nar} medan du skrev, så inget sparades. Din text finns kvar i "
            "formuläret; hämta den sparade versionen, för över det du vill ha kvar och "
            "spara igen."
        )
        self.vad = vad
        self.anvandare = anvandare
        self.tid = tid
        # What the user tried to save (the service's input), so no caller loses it.
        self.egna = egna


def _lokal_tid(tid: datetime) -> str:
    """The change log's naive UTC time as the user's local clock."""
    lokal = tid.replace(tzinfo=UTC).astimezone() if tid.tzinfo is None else tid.astimezone()
    return f"{lokal:%Y-%m-%d} kl. {lokal:%H:%M}"
