"""Avvikelser (incident reports) with their åtgärder and uppföljningar.

No field identifies a patient. ``extern_referens`` may hold the journal system's
case number, is never exported, and is the only link back to the patient record.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import DateTime, ForeignKey, Index, SmallInteger, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from skrivbord.modeller.bas import Bas, Tidsstamplad, Versionerad, kolumntyp
from skrivbord.modeller.dialekt import delvis, genererad
from skrivbord.tid import nu_utc
from skrivbord.typer import (
    Avvikelsestatus,
    Fallskada,
    Informerad,
    IvoBeslut,
    Lakemedelsfel,
    LexMaria,
    Motpart,
    Oenighet,
    Orsaksomrade,
    Rapportorgrupp,
    Riktning,
)

if TYPE_CHECKING:
    from skrivbord.modeller.atgard import Atgard

# Year and quarter derived from the event time (modeller/dialekt.py). Queries must
# name these columns, not repeat the expression, or SQLite stops treating the
# aggregate index as covering.


class AvvikelseKategori(Bas):
    """Taxonomy, loaded from resurser/data/avvikelsekategorier.json, editable by the MAS."""

    __tablename__ = "avvikelse_kategori"

    id: Mapped[int] = mapped_column(primary_key=True)
    kod: Mapped[str] = mapped_column(String(40), unique=True)
    namn: Mapped[str] = mapped_column(String(120))
    ordning: Mapped[int] = mapped_column(default=0)
    aktiv: Mapped[bool] = mapped_column(default=True)
    # The code list's code (skrivbord/kodlista.py, list "kategori") the export uses.
    nationell_kod: Mapped[str] = mapped_column(String(40), default="annat", server_default="annat")


class Overenskommelse(Bas):
    """An agreement or routine between caregivers that an avvikelse mellan vårdgivare
    may concern (seeds 000, 001, 004), a list the MAS keeps
    (resurser/data/overenskommelser.json to begin with). ``avvikelse.overenskommelse``
    holds the ``kod``, which never changes; the name may."""

    __tablename__ = "overenskommelse"

    id: Mapped[int] = mapped_column(primary_key=True)
    kod: Mapped[str] = mapped_column(String(40), unique=True)
    namn: Mapped[str] = mapped_column(String(120))
    ordning: Mapped[int] = mapped_column(default=0)
    aktiv: Mapped[bool] = mapped_column(default=True)
    nationell_kod: Mapped[str] = mapped_column(String(40), default="annat", server_default="annat")


class AnnatSkal(Bas):
    """What an avvikelse under "Annat" was about, as the MAS classes it: a short list
    she keeps (resurser/data/annat_skal.json to begin with). The sammanställning counts
    these, never the free-text explanation, since it is a public document."""

    __tablename__ = "annat_skal"

    id: Mapped[int] = mapped_column(primary_key=True)
    kod: Mapped[str] = mapped_column(String(40), unique=True)
    namn: Mapped[str] = mapped_column(String(120))
    ordning: Mapped[int] = mapped_column(default=0)
    aktiv: Mapped[bool] = mapped_column(default=True)


class Avvikelse(Versionerad, Tidsstamplad, Bas):
    __tablename__ = "avvikelse"
    __table_args__ = (
        Index("ix_avvikelse_handelse_tid", "handelse_tid"),
        Index("ix_avvikelse_aggregat", "ar", "kvartal", "kategori_id", "enhet_id", "konsekvens"),
        # Covering indexes for the list: any filter is tested without reading the table.
        Index(
            "ix_avvikelse_lista",
            "handelse_tid",
            "id",
            "kategori_id",
            "status",
            "mellan_vardgivare",
            "lex_maria",
            "enhet_id",
        ),
        Index(
            "ix_avvikelse_enhet_lista",
            "enhet_id",
            "handelse_tid",
            "id",
            "kategori_id",
            "status",
            "mellan_vardgivare",
            "lex_maria",
        ),
        # One index per common filter, led by it and then the date (migration 0006).
        Index(
            "ix_avvikelse_kategori_lista",
            "kategori_id",
            "handelse_tid",
            "id",
            "status",
            "mellan_vardgivare",
            "lex_maria",
            "enhet_id",
        ),
        Index(
            "ix_avvikelse_status_lista",
            "status",
            "handelse_tid",
            "id",
            "kategori_id",
            "mellan_vardgivare",
            "lex_maria",
            "enhet_id",
        ),
        Index(
            "ix_avvikelse_mellan_lista",
            "handelse_tid",
            "id",
            "kategori_id",
            "status",
            "lex_maria",
            "enhet_id",
            **delvis("mellan_vardgivare = 1", "mellan_vardgivare"),
        ),
        Index("uq_avvikelse_import_nyckel", "import_nyckel", unique=True),
        # Lex Maria anmälningar by the date sent (a handful a year): the sammanställning
        # counts them by it.
        Index(
            "ix_avvikelse_lex_maria_anmald",
            "lex_maria_anmald_datum",
            **delvis("lex_maria = 'anmald'"),
        ),
        # The "Annat" explanations not classed yet, for the MAS to class (annat_skal.py).
        Index(
            "ix_avvikelse_annat_oklassad",
            "kategori_id",
            "annat_orsak",
            **delvis("annat_skal_id IS NULL AND annat_orsak <> ''"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    handelse_tid: Mapped[datetime]
    # The time of day was not known (an import without it): handelse_tid then holds
    # 00:00, and the time-of-day figures leave the avvikelse out.
    tid_okand: Mapped[bool] = mapped_column(default=False, server_default=false())
    rapporterad_datum: Mapped[date]
    enhet_id: Mapped[int] = mapped_column(ForeignKey("enhet.id", ondelete="RESTRICT"))
    rapportor_roll: Mapped[str] = mapped_column(String(24))
    rapportor_namn: Mapped[str | None] = mapped_column(String(120))  # internal only
    kategori_id: Mapped[int] = mapped_column(ForeignKey("avvikelse_kategori.id"))
    underkategori: Mapped[str] = mapped_column(String(40), default="")
    beskrivning: Mapped[str] = mapped_column(Text, default="")
    omedelbar_atgard: Mapped[str] = mapped_column(Text, default="")
    konsekvens: Mapped[int] = mapped_column(SmallInteger, default=0)  # typer.Konsekvens
    risk_konsekvens: Mapped[int | None] = mapped_column(SmallInteger)  # 1–4
    risk_sannolikhet: Mapped[int | None] = mapped_column(SmallInteger)  # 1–4
    mellan_vardgivare: Mapped[bool] = mapped_column(default=False)
    extern_referens: Mapped[str | None] = mapped_column(String(60))
    status: Mapped[Avvikelsestatus] = mapped_column(
        kolumntyp(Avvikelsestatus), default=Avvikelsestatus.REGISTRERAD
    )
    lex_maria: Mapped[LexMaria] = mapped_column(kolumntyp(LexMaria), default=LexMaria.EJ_BEDOMD)
    lex_maria_datum: Mapped[date | None]
    ivo_referens: Mapped[str | None] = mapped_column(String(40))
    # What the law and IVO ask for beside an anmälan (migration 0014): the date it was
    # sent (it decides the year it is counted in), that the patient or närstående was
    # informed (PSL 3 kap. 8 §) and when, IVO's decision, and when the nämnd was told.
    lex_maria_anmald_datum: Mapped[date | None]
    lex_maria_informerad: Mapped[Informerad | None] = mapped_column(kolumntyp(Informerad))
    lex_maria_informerad_datum: Mapped[date | None]
    ivo_beslut: Mapped[IvoBeslut | None] = mapped_column(kolumntyp(IvoBeslut))
    ivo_beslut_datum: Mapped[date | None]
    namnd_informerad_datum: Mapped[date | None]

    # "Annat" needs a reason, so the MAS sees what the catch-all hides.
    annat_orsak: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The MAS's classing of that explanation (None: not classed yet); migration 0010.
    # (No ON DELETE: a column added to a table holds it inline, which SQLite's
    # reflection does not read back; katalog.ta_bort refuses a reason in use.)
    annat_skal_id: Mapped[int | None] = mapped_column(ForeignKey("annat_skal.id"))
    # Falls (time of day is derived from handelse_tid).
    fall_plats: Mapped[str | None] = mapped_column(String(30))
    fall_aktivitet: Mapped[str | None] = mapped_column(String(30))
    fall_skada: Mapped[Fallskada | None] = mapped_column(kolumntyp(Fallskada))
    # Medication.
    lakemedel_feltyp: Mapped[Lakemedelsfel | None] = mapped_column(kolumntyp(Lakemedelsfel))
    lakemedel_upptackt_av: Mapped[Rapportorgrupp | None] = mapped_column(kolumntyp(Rapportorgrupp))
    # Between caregivers: the counterpart is an organisation, never a person.
    motpart: Mapped[Motpart | None] = mapped_column(kolumntyp(Motpart))
    motpart_enhet: Mapped[str | None] = mapped_column(String(120))
    # The kod of an Overenskommelse (the MAS's list): kept as the code, not an id, so the
    # column stays what it was when the list was a fixed one.
    # (24 characters: what the column was; the list makes codes that short.)
    overenskommelse: Mapped[str | None] = mapped_column(String(24))
    overenskommelse_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    motpart_underrattad_datum: Mapped[date | None]
    motpart_svar: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Received from or sent to the other caregiver, when it answered, and how far a
    # disagreement has been escalated (migration 0015).
    riktning: Mapped[Riktning | None] = mapped_column(kolumntyp(Riktning))
    motpart_svar_datum: Mapped[date | None]
    oenighet: Mapped[Oenighet | None] = mapped_column(kolumntyp(Oenighet))
    lex_maria_motivering: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The MAS's decision on a händelseanalys (None: not yet decided).
    handelseanalys: Mapped[bool | None]
    analys_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Why no åtgärd is needed ('' until the MAS says so): "åtgärder beslutade" needs
    # at least one åtgärd or this reason (migration 0009).
    inga_atgarder_motivering: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Fingerprint of the source row of an imported avvikelse: importing a file twice adds nothing.
    import_nyckel: Mapped[str | None] = mapped_column(String(64))

    ar: Mapped[int] = mapped_column(genererad("ar"), nullable=True)
    kvartal: Mapped[int] = mapped_column(genererad("kvartal"), nullable=True)

    atgarder: Mapped[list[Atgard]] = relationship(cascade="all, delete-orphan")
    uppfoljningar: Mapped[list[Uppfoljning]] = relationship(
        back_populates="avvikelse", cascade="all, delete-orphan"
    )
    orsaker: Mapped[list[AvvikelseOrsak]] = relationship(
        back_populates="avvikelse", cascade="all, delete-orphan"
    )
    statusandringar: Mapped[list[Statusandring]] = relationship(
        back_populates="avvikelse", cascade="all, delete-orphan", order_by="Statusandring.id"
    )

    @property
    def riskpoang(self) -> int | None:
        if self.risk_konsekvens is None or self.risk_sannolikhet is None:
            return None
        return self.risk_konsekvens * self.risk_sannolikhet


class Uppfoljning(Tidsstamplad, Bas):
    __tablename__ = "uppfoljning"

    id: Mapped[int] = mapped_column(primary_key=True)
    avvikelse_id: Mapped[int] = mapped_column(
        ForeignKey("avvikelse.id", ondelete="CASCADE"), index=True
    )
    datum: Mapped[date]
    effekt_uppnadd: Mapped[bool | None]
    nasta_steg: Mapped[str] = mapped_column(Text, default="")

    avvikelse: Mapped[Avvikelse] = relationship(back_populates="uppfoljningar")


class AvvikelseOrsak(Bas):
    """A cause area found in the analysis."""

    __tablename__ = "avvikelse_orsak"

    avvikelse_id: Mapped[int] = mapped_column(
        ForeignKey("avvikelse.id", ondelete="CASCADE"), primary_key=True
    )
    orsak: Mapped[Orsaksomrade] = mapped_column(kolumntyp(Orsaksomrade), primary_key=True)

    avvikelse: Mapped[Avvikelse] = relationship(back_populates="orsaker")


class Statusandring(Bas):
    """Who moved an avvikelse from one state to another, and when (and why, on reopening)."""

    __tablename__ = "avvikelse_statusandring"

    id: Mapped[int] = mapped_column(primary_key=True)
    avvikelse_id: Mapped[int] = mapped_column(
        ForeignKey("avvikelse.id", ondelete="CASCADE"), index=True
    )
    fran: Mapped[Avvikelsestatus | None] = mapped_column(kolumntyp(Avvikelsestatus))
    till: Mapped[Avvikelsestatus] = mapped_column(kolumntyp(Avvikelsestatus))
    tid: Mapped[datetime] = mapped_column(DateTime, default=nu_utc)
    anvandare: Mapped[str] = mapped_column(String(80))
    orsak: Mapped[str] = mapped_column(Text, default="")

    avvikelse: Mapped[Avvikelse] = relationship(back_populates="statusandringar")
