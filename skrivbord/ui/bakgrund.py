"""The one way to run long work (skrivbord.jobb generators) off the GUI thread.

``kor(foralder, titel, jobb, klar)`` runs the job on the app's worker pool: one
worker, so jobs that write to a database never run side by side (Anki's task
manager does the same). Each ``Framsteg`` the job yields reaches a QProgressDialog
that appears only if the job is still running after ~600 ms, so short jobs never
flash a dialog. Avbryt asks the worker to close the generator between two steps,
on the thread that ran it, so the job's own clean-up runs there and nothing is
left half-written.

Callbacks always run on the GUI thread, exactly once: ``klar(resultat)`` on
success; on failure ``vid_fel(exc)`` first, if given, and unless it returns True
(handled) the default: a cancel (``Avbrutet``) is ignored, a ``SkrivbordFel`` is
shown in a message box, anything else goes to the crash handler (sys.excepthook).

Tests run every job at once on the calling thread with ``satt_synkront(True)``
(a fake pool, as in Vorta's tests); widgets have no switch of their own.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from skrivbord.fel import SkrivbordFel
from skrivbord.jobb import Framsteg, Jobb, kor_till_slut

VISA_EFTER_MS = 600

Klar = Callable[[object, BaseException | None], None]  # the internal, two-argument form
VidFel = Callable[[BaseException], bool]

_synkront = False
_pool: QThreadPool | None = None


class Avbrutet(Exception):
    """The user cancelled the job; nothing was left half-done."""


def satt_synkront(varde: bool) -> None:
    """Run every job at once on the calling thread (unit tests)."""
    global _synkront
    _synkront = varde


def pool() -> QThreadPool:
    """The app's single worker thread (created on first use, owned by the application)."""
    global _pool
    if _pool is None or not shiboken6.isValid(_pool):
        _pool = QThreadPool(QCoreApplication.instance())
        _pool.setMaxThreadCount(1)
        _pool.setObjectName("skrivbord-bakgrund")
    return _pool


def vanta_tills_klart(ms: int = -1) -> bool:
    """Block until every started job has left the worker (shutdown, tests)."""
    return _pool is None or not shiboken6.isValid(_pool) or _pool.waitForDone(ms)


def avbryt_alla() -> None:
    for uppdrag in list(Bakgrundsjobb.pagar):
        uppdrag.avbryt()


class _Signaler(QObject):
    framsteg = Signal(object)
    klart = Signal(object, object)


class _Arbetare(QRunnable):
    def __init__(self, jobb: Jobb[object], signaler: _Signaler, avbryt: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._jobb, self._signaler, self._avbryt = jobb, signaler, avbryt

    def run(self) -> None:
        try:
            while True:
                if self._avbryt.is_set():
                    self._jobb.close()  # runs the job's finally blocks here, on this thread
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
    """One job. Deliberately without a Qt parent: closing the window that started it
    must not delete the object that will deliver the callback."""

    pagar: set[Bakgrundsjobb] = set()  # keeps running jobs alive until they finish

    def __init__(self, foralder: QWidget | None, titel: str) -> None:
        super().__init__()
        self._foralder = foralder
        self._titel = titel
        self._synkront = _synkront
        self._avbryt = threading.Event()
        self._dialog: QProgressDialog | None = None
        self._senaste: Framsteg | None = None
        self._klar_callback: Klar | None = None
        self._timer: QTimer | None = None
        self.fardigt = False

    @property
    def avbruten(self) -> bool:
        return self._avbryt.is_set()

    def starta(self, jobb: Jobb[object], klar: Klar) -> None:
        if self._synkront:
            try:
                resultat = kor_till_slut(jobb, self._framsteg)
            except BaseException as exc:
                self.fardigt = True
                klar(None, exc)
            else:
                self.fardigt = True
                klar(resultat, None)
            return
        self._klar_callback = klar
        self._signaler = _Signaler()
        self._signaler.framsteg.connect(self._framsteg, Qt.ConnectionType.QueuedConnection)
        self._signaler.klart.connect(self._klart, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VISA_EFTER_MS)
        self._timer.timeout.connect(self._visa_dialog)
        self._timer.start()
        Bakgrundsjobb.pagar.add(self)
        pool().start(_Arbetare(jobb, self._signaler, self._avbryt))

    def avbryt(self) -> None:
        """Ask the worker to stop after the current step."""
        if self.fardigt or self._avbryt.is_set():
            return
        self._avbryt.set()
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Avbryter …"))
            for knapp in self._dialog.findChildren(QPushButton):
                knapp.setEnabled(False)

    def _visa_dialog(self) -> None:
        if self.fardigt:
            return
        foralder = self._foralder
        if foralder is not None and not shiboken6.isValid(foralder):
            foralder = None
        dialog = QProgressDialog(self._titel, self.tr("Avbryt"), 0, 0, foralder)
        dialog.setWindowTitle(self._titel)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)
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
        if dialog is None or self._avbryt.is_set():
            return
        if steg.text:
            dialog.setLabelText(steg.text)
        if steg.totalt:
            dialog.setMaximum(steg.totalt)
            dialog.setValue(min(steg.klart, steg.totalt))

    def _klart(self, resultat: object, fel: object) -> None:
        self.fardigt = True
        if self._timer is not None:
            self._timer.stop()
        if self._dialog is not None:
            dialog, self._dialog = self._dialog, None
            dialog.canceled.disconnect(self.avbryt)
            dialog.close()
            dialog.deleteLater()
        Bakgrundsjobb.pagar.discard(self)
        assert self._klar_callback is not None
        self._klar_callback(resultat, fel if isinstance(fel, BaseException) else None)


def visa_fel(foralder: QWidget | None, exc: BaseException) -> None:
    """The default for a failed job: cancel ignored, typed error shown, the rest a crash."""
    if isinstance(exc, Avbrutet):
        return
    if isinstance(exc, SkrivbordFel):
        if foralder is not None and not shiboken6.isValid(foralder):
            foralder = None
        QMessageBox.warning(foralder, "Skrivbord", exc.meddelande)
        return
    sys.excepthook(type(exc), exc, exc.__traceback__)


def kor(
    foralder: QWidget | None,
    titel: str,
    jobb: Jobb[object],
    klar: Callable[[object], None] | None = None,
    vid_fel: VidFel | None = None,
) -> Bakgrundsjobb:
    """Run ``jobb`` in the background; see the module docstring for the callbacks."""

    def hantera(resultat: object, exc: BaseException | None) -> None:
        if exc is None:
            if klar is not None:
                klar(resultat)
        elif vid_fel is None or not vid_fel(exc):
            visa_fel(foralder, exc)

    uppdrag = Bakgrundsjobb(foralder, titel)
    uppdrag.starta(jobb, hantera)
    return uppdrag
