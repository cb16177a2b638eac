"""The one way to run long work (skrivbord.jobb generators) off the GUI thread.

The job runs on a QThreadPool worker; its Framsteg reach a QProgressDialog that
appears only if the job takes longer than ~600 ms. Avbryt asks the worker to
close the generator between two steps (so the job's own clean-up runs on the
thread that ran it). The completion callback always runs on the GUI thread and
always gets either the result or the exception.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from skrivbord.jobb import Framsteg, Jobb, kor_till_slut

VISA_EFTER_MS = 600

Klar = Callable[[object, BaseException | None], None]


class Avbrutet(Exception):
    """The user cancelled the job; nothing was left half-done."""


class _Signaler(QObject):
    framsteg = Signal(object)
    klart = Signal(object, object)


class _Arbetare(QRunnable):
    def __init__(self, jobb: Jobb[object], signaler: _Signaler, avbryt: threading.Event) -> None:
        super().__init__()
        self._jobb, self._signaler, self._avbryt = jobb, signaler, avbryt

    def run(self) -> None:
        try:
            while True:
                if self._avbryt.is_set():
                    self._jobb.close()
                    self._signaler.klart.emit(None, Avbrutet())
                    return
                try:
                    steg = next(self._jobb)
                except StopIteration as slut:
                    self._signaler.klart.emit(slut.value, None)
                    return
                self._signaler.framsteg.emit(steg)
        except BaseException as exc:  # the callback decides; a worker must never die silently
            self._signaler.klart.emit(None, exc)


class Bakgrundsjobb(QObject):
    """Run one job. ``synkront=True`` runs it at once on this thread (unit tests)."""

    pagar: set[Bakgrundsjobb] = set()  # keeps running jobs alive until they finish

    def __init__(self, foralder: QWidget | None, titel: str, synkront: bool = False) -> None:
        super().__init__(foralder)
        self._foralder = foralder
        self._titel = titel
        self._synkront = synkront
        self._avbryt = threading.Event()
        self._dialog: QProgressDialog | None = None
        self._senaste: Framsteg | None = None
        self._klar_callback: Klar | None = None
        self.ar_klart = False

    def starta(self, jobb: Jobb[object], klar: Klar) -> None:
        if self._synkront:
            try:
                resultat = kor_till_slut(jobb)
            except BaseException as exc:
                klar(None, exc)
            else:
                klar(resultat, None)
            self.ar_klart = True
            return
        self._klar_callback = klar
        self._signaler = _Signaler()
        self._signaler.framsteg.connect(self._framsteg, Qt.ConnectionType.QueuedConnection)
        self._signaler.klart.connect(self._klart, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self, singleShot=True, interval=VISA_EFTER_MS)
        self._timer.timeout.connect(self._visa_dialog)
        self._timer.start()
        Bakgrundsjobb.pagar.add(self)
        QThreadPool.globalInstance().start(_Arbetare(jobb, self._signaler, self._avbryt))

    def avbryt(self) -> None:
        self._avbryt.set()

    def _visa_dialog(self) -> None:
        if self.ar_klart:
            return
        dialog = QProgressDialog(self._titel, self.tr("Avbryt"), 0, 0, self._foralder)
        dialog.setWindowTitle(self._titel)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.avbryt)
        self._dialog = dialog
        if self._senaste is not None:
            self._framsteg(self._senaste)
        dialog.show()

    def _framsteg(self, steg: Framsteg) -> None:
        self._senaste = steg
        dialog = self._dialog  # setValue may process events, and the job may finish meanwhile
        if dialog is None:
            return
        if steg.text:
            dialog.setLabelText(steg.text)
        if steg.totalt:
            dialog.setMaximum(steg.totalt)
            dialog.setValue(min(steg.klart, steg.totalt))

    def _klart(self, resultat: object, fel: object) -> None:
        self.ar_klart = True
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        Bakgrundsjobb.pagar.discard(self)
        assert self._klar_callback is not None
        self._klar_callback(resultat, fel if isinstance(fel, BaseException) else None)


def kor(
    foralder: QWidget | None, titel: str, jobb: Jobb[object], klar: Klar, synkront: bool = False
) -> Bakgrundsjobb:
    uppdrag = Bakgrundsjobb(foralder, titel, synkront)
    uppdrag.starta(jobb, klar)
    return uppdrag
