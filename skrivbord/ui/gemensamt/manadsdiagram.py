"""A small bar chart of counts per month: this year beside last year.

Painted with QPainter (no chart library): twelve month slots, last year's bar pale
behind this year's. Months that have not come yet are left empty, never drawn as zero.
The figures are also in the accessible description and in each month's tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from skrivbord.ui.gemensamt.sida import BLA, DAMPAD, KANT, tal_text

MANADER = (
    QT_TRANSLATE_NOOP("Manadsdiagram", "januari"),
    QT_TRANSLATE_NOOP("Manadsdiagram", "februari"),
    QT_TRANSLATE_NOOP("Manadsdiagram", "mars"),
    QT_TRANSLATE_NOOP("Manadsdiagram", "april"),
    QT_TRANSLATE_NOOP("Manadsdiagram", "maj"),
    QT_TRANSLATE_NOOP("Manadsdiagram", "juni"),
    QT_TRANSLATE_NOOP("Manadsdiagram", "juli"),
    QT_TRANSLATE_NOOP("Manadsdiagram", "augusti"),
    QT_TRANSLATE_NOOP("Manadsdiagram", "september"),
    QT_TRANSLATE_NOOP("Manadsdiagram", "oktober"),
    QT_TRANSLATE_NOOP("Manadsdiagram", "november"),
    QT_TRANSLATE_NOOP("Manadsdiagram", "december"),
)
BLEK = "#c7d3df"  # last year's bars: the same hue as this year's, much lighter


def _tr(text: str) -> str:
    return QCoreApplication.translate("Manadsdiagram", text)


class Manadsdiagram(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ar = 0
        self._i_ar: tuple[int, ...] = ()
        self._forra: tuple[int, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def satt(self, ar: int, i_ar: tuple[int, ...], forra_aret: tuple[int, ...]) -> None:
        self._ar, self._i_ar, self._forra = ar, i_ar, forra_aret
        self.setAccessibleName(
            _tr("Avvikelser per månad, {ar} och {fjol}").format(ar=ar, fjol=ar - 1)
        )
        self.setAccessibleDescription(
            "; ".join(self._manadstext(m) for m in range(12) if m < len(self._forra))
        )
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(420, 200)

    def _manadstext(self, manad: int) -> str:
        namn = _tr(MANADER[manad])
        fjol = tal_text(self._forra[manad]) if manad < len(self._forra) else "–"
        if manad == len(self._i_ar) - 1:
            return _tr("{manad}: {n} hittills i år, {m} i fjol (hela månaden)").format(
                manad=namn, n=tal_text(self._i_ar[manad]), m=fjol
            )
        if manad < len(self._i_ar):
            return _tr("{manad}: {n} i år, {m} i fjol").format(
                manad=namn, n=tal_text(self._i_ar[manad]), m=fjol
            )
        return _tr("{manad}: {m} i fjol").format(manad=namn, m=fjol)

    # --- geometry ----------------------------------------------------------------------------

    def _ritytan(self) -> QRectF:
        """The bars' area: room for the scale's figure on the left and months below."""
        mall = self.fontMetrics()
        vanster = mall.horizontalAdvance(tal_text(self._storsta())) + 8
        return QRectF(vanster, 6, self.width() - vanster - 4, self.height() - mall.height() - 12)

    def _storsta(self) -> int:
        return max((*self._i_ar, *self._forra, 1))

    def _manad_vid(self, x: float) -> int | None:
        yta = self._ritytan()
        if not yta.left() <= x < yta.right():
            return None
        return int((x - yta.left()) / (yta.width() / 12))

    def event(self, handelse: QEvent) -> bool:
        if handelse.type() == QEvent.Type.ToolTip and isinstance(handelse, QHelpEvent):
            manad = self._manad_vid(handelse.position().x())
            if manad is not None and manad < len(self._forra):
                QToolTip.showText(handelse.globalPos(), self._manadstext(manad), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(handelse)

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, _handelse: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if not self._forra:
            return
        malare = QPainter(self)
        malare.setRenderHint(QPainter.RenderHint.Antialiasing)
        yta = self._ritytan()
        storsta = self._storsta()
        mall = self.fontMetrics()
        # The scale: a base line and the largest figure at the top.
        malare.setPen(QColor(KANT))
        malare.drawLine(yta.bottomLeft(), yta.bottomRight())
        malare.drawLine(yta.topLeft(), yta.topRight())
        malare.setPen(QColor(DAMPAD))
        malare.drawText(
            QRectF(0, yta.top() - 2, yta.left() - 6, mall.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            tal_text(storsta),
        )
        bredd = yta.width() / 12
        # "jan", "feb" … where they fit, else the initial (a narrow window).
        langd = 3 if mall.horizontalAdvance("sep") + 4 <= bredd else 1
        for manad in range(12):
            x = yta.left() + manad * bredd
            self._stapel(malare, yta, x + bredd * 0.15, bredd * 0.5, self._forra, manad, BLEK)
            # The month under way is drawn hatched: it is not over, so not yet comparable.
            pagaende = manad == len(self._i_ar) - 1
            self._stapel(
                malare, yta, x + bredd * 0.35, bredd * 0.5, self._i_ar, manad, BLA, pagaende
            )
            malare.setPen(QColor(DAMPAD))
            malare.drawText(
                QRectF(x, yta.bottom() + 4, bredd, mall.height()),
                Qt.AlignmentFlag.AlignHCenter,
                _tr(MANADER[manad])[:langd],
            )
        malare.end()

    def _stapel(
        self,
        malare: QPainter,
        yta: QRectF,
        x: float,
        bredd: float,
        varden: tuple[int, ...],
        manad: int,
        farg: str,
        pagaende: bool = False,
    ) -> None:
        if manad >= len(varden):
            return  # a month still to come
        hojd = yta.height() * varden[manad] / self._storsta()
        stapel = QRectF(x, yta.bottom() - hojd, bredd, hojd)
        if pagaende:
            malare.fillRect(stapel, QBrush(QColor(farg), Qt.BrushStyle.BDiagPattern))
            malare.setPen(QColor(farg))
            malare.drawRect(stapel)
        else:
            malare.fillRect(stapel, QColor(farg))
