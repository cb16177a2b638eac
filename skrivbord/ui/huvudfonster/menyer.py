"""The main window's menu bar: Arkiv, Avvikelser, Register, Hjälp. The menus only call
the window (``Fonstret``); every text is in the window's translation context."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from skrivbord.ui import installningar


def _tr(text: str) -> str:
    return QCoreApplication.translate("Huvudfonster", text)


class Fonstret(Protocol):
    """What the menus call in the main window (``fonster.Huvudfonster``)."""

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 - Qt's name

    def close(self) -> bool: ...

    def kor_guiden(self) -> None: ...

    def oppna_dialog(self) -> None: ...

    def oppna_plats(self, plats: installningar.Plats) -> None: ...

    def anslut_dialog(self) -> None: ...

    def sakerhetskopiera(self) -> None: ...

    def aterstall_kopia(self) -> None: ...

    def installningar(self) -> None: ...

    def oppna_register(self) -> None: ...

    def handbok(self) -> None: ...

    def oppna_loggmappen(self) -> None: ...

    def om(self) -> None: ...

    def pa_avvikelsesidan(self, metod: str, *varden: object) -> None: ...


@dataclass(frozen=True)
class Menyer:
    """The menus and actions the window enables, disables or fills later."""

    senaste: QMenu  # Arkiv → Senast använda, filled each time it opens
    kopia: QAction  # Arkiv → Säkerhetskopiera nu
    aterstall: QAction  # Arkiv → Återställ från säkerhetskopia
    avvikelser: QMenu
    ny_avvikelse: QAction
    register: QAction  # Register → Enheter och personal


def bygg_menyer(fonster: Fonstret) -> Menyer:
    arkiv = fonster.menuBar().addMenu(_tr("&Arkiv"))
    _atgard(arkiv, _tr("&Ny databas …"), fonster.kor_guiden)
    _atgard(arkiv, _tr("Ö&ppna databas …"), fonster.oppna_dialog, QKeySequence.StandardKey.Open)
    _atgard(arkiv, _tr("Anslut till se&rver …"), fonster.anslut_dialog)
    senaste = arkiv.addMenu(_tr("&Senast använda"))
    senaste.aboutToShow.connect(lambda: fyll_senaste(senaste, fonster.oppna_plats))
    arkiv.addSeparator()
    kopia = _atgard(arkiv, _tr("Säkerhetskopiera &nu"), fonster.sakerhetskopiera)
    aterstall = _atgard(arkiv, _tr("Å&terställ från säkerhetskopia …"), fonster.aterstall_kopia)
    _atgard(arkiv, _tr("&Inställningar …"), fonster.installningar)
    arkiv.addSeparator()
    avsluta = _atgard(arkiv, _tr("&Avsluta"), fonster.close, QKeySequence("Ctrl+Q"))
    avsluta.setMenuRole(QAction.MenuRole.QuitRole)
    avvikelser, ny_avvikelse = _meny_avvikelser(fonster)

    register = fonster.menuBar().addMenu(_tr("&Register"))
    register_atgard = _atgard(
        register,
        _tr("&Enheter och personal …"),
        fonster.oppna_register,
        QKeySequence("Ctrl+Shift+E"),
    )

    hjalp = fonster.menuBar().addMenu(_tr("&Hjälp"))
    _atgard(hjalp, _tr("&Handbok"), fonster.handbok, QKeySequence("F1"))
    _atgard(hjalp, _tr("Öppna &loggmappen"), fonster.oppna_loggmappen)
    hjalp.addSeparator()
    om = _atgard(hjalp, _tr("&Om Skrivbord"), fonster.om)
    om.setMenuRole(QAction.MenuRole.AboutRole)
    return Menyer(senaste, kopia, aterstall, avvikelser, ny_avvikelse, register_atgard)


def _meny_avvikelser(fonster: Fonstret) -> tuple[QMenu, QAction]:
    """The avvikelse work from any page: Ctrl+N opens the form wherever one is."""
    meny = fonster.menuBar().addMenu(_tr("Avv&ikelser"))
    ny_avvikelse = _atgard(
        meny,
        _tr("&Ny avvikelse …"),
        lambda: fonster.pa_avvikelsesidan("ny_avvikelse"),
        QKeySequence.StandardKey.New,
    )
    ny_avvikelse.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    for text, metod in (
        (_tr("&Veckogenomgång …"), "veckogenomgang"),
        (_tr("&Sammanställning …"), "sammanstallning"),
        (None, ""),
        (_tr("&Importera …"), "importera"),
        (_tr("&Exportera listan (intern) …"), "exportera"),
        (_tr("&Kategorier …"), "redigera_kategorier"),
        (_tr("Klassa &Annat …"), "klassa_annat"),
    ):
        if text is None:
            meny.addSeparator()
        else:
            _atgard(meny, text, lambda _=False, m=metod: fonster.pa_avvikelsesidan(m))
    return meny, ny_avvikelse


def _atgard(
    meny: QMenu,
    text: str,
    slot: Callable[[], object],
    genvag: QKeySequence | QKeySequence.StandardKey | None = None,
) -> QAction:
    atgard = meny.addAction(text)
    atgard.triggered.connect(slot)
    if genvag is not None:
        atgard.setShortcut(QKeySequence(genvag))
    return atgard


def fyll_senaste(meny: QMenu, oppna: Callable[[installningar.Plats], None]) -> None:
    """The recently used databases (files and servers), newest first; a click opens one."""
    meny.clear()
    for nummer, plats in enumerate(installningar.senaste(), start=1):
        namn = plats.name if isinstance(plats, Path) else plats.visning()
        atgard = meny.addAction(f"&{nummer}  {namn}")
        atgard.setToolTip(str(plats))
        atgard.setStatusTip(str(plats))
        atgard.triggered.connect(lambda _=False, p=plats: oppna(p))
    if meny.isEmpty():
        meny.addAction(_tr("Inga databaser ännu")).setEnabled(False)
