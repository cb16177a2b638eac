"""One handbook section at a calm measure: ``Lasvy``, a QTextBrowser that formats
Qt's reading of the Markdown (headings, spacing, quotes, tables, links) and scales the
images to the column."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFragment,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QTextEdit, QWidget

from skrivbord.ui.gemensamt.sida import BLA, KANT
from skrivbord.ui.handbok.innehall import relativ_sokvag

log = logging.getLogger(__name__)

# The reading measure: text lines of about this many average characters, images at
# most this many pixels wide (never enlarged; a wider image is scaled down to fit and
# opens at full size when clicked).
TECKEN_PER_RAD = 74
BILDBREDD = 720
MARGINAL = 28  # the least space left and right of the column
CITATINDRAG = 18
LANKFARG = "#1f5fa8"
MARKERING = "#ffe58a"  # a search word in the text
BILDRAM = "#c3cad1"


class Lasvy(QTextBrowser):
    """Markdown at a calm measure.

    A column at most ``BILDBREDD`` wide is centred in the view. Text lines stop at about
    ``TECKEN_PER_RAD`` characters, centred in the column; images may use its whole
    width, and are scaled smoothly to fit it (never enlarged), for the screen's pixel
    ratio, with a thin frame. Headings, spacing, tables and links are formatted after
    Qt has read the Markdown (its reader sets hardly any spacing). A link only chooses
    (``anchorClicked``); the browser never navigates by itself.
    """

    def __init__(self, bildmapp: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mapp = bildmapp
        self._original: dict[str, QImage] = {}
        self._kolumn = 0  # the width the images were last scaled for
        self._matt: tuple[int, int] | None = None  # the margins last set (see _anpassa)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Relative images resolve against the handbook folder either way.
        self.setSearchPaths([str(bildmapp)])
        self.document().setBaseUrl(QUrl.fromLocalFile(f"{bildmapp}/"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        typsnitt = QFont(self.font())
        typsnitt.setPointSizeF(typsnitt.pointSizeF() * 1.18)
        self.setFont(typsnitt)
        palett = self.palette()
        palett.setColor(QPalette.ColorRole.Base, QColor("white"))
        palett.setColor(QPalette.ColorRole.Text, QColor("#1d2329"))
        palett.setColor(QPalette.ColorRole.Link, QColor(LANKFARG))
        self.setPalette(palett)
        self.document().setUndoRedoEnabled(False)
        # Resizing reflows at once; the images follow when the resizing has paused.
        self._bildtimer = QTimer(self, singleShot=True, interval=60)
        self._bildtimer.timeout.connect(self._anpassa_bilder)

    def textbredd(self) -> int:
        return round(QFontMetricsF(self.font()).averageCharWidth() * TECKEN_PER_RAD)

    def visa(self, markdown: str) -> None:
        self.setMarkdown(markdown)
        self._forma()
        self._kolumn = 0
        self._matt = None
        self._anpassa()
        self._anpassa_bilder()
        self.verticalScrollBar().setValue(0)

    def markera(self, ord_: list[str]) -> None:
        """Mark every occurrence of the words; scroll to the first."""
        markeringar: list[QTextEdit.ExtraSelection] = []
        format_ = QTextCharFormat()
        format_.setBackground(QColor(MARKERING))
        for ett_ord in ord_:
            cursor = QTextCursor(self.document())
            while True:
                cursor = self.document().find(ett_ord, cursor)
                if cursor.isNull():
                    break
                markering = QTextEdit.ExtraSelection()
                markering.cursor = cursor
                markering.format = format_
                markeringar.append(markering)
        self.setExtraSelections(markeringar)
        if markeringar:
            # The first match a third of the way down, with its context above it.
            forsta = min(markeringar, key=lambda m: m.cursor.position())
            rad = self.cursorRect(forsta.cursor).top() + self.verticalScrollBar().value()
            self.verticalScrollBar().setValue(rad - self.viewport().height() // 3)

    def antal_markeringar(self) -> int:
        return len(self.extraSelections())

    # --- layout ---------------------------------------------------------------------------------

    def resizeEvent(self, handelse: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(handelse)
        self._anpassa()
        self._bildtimer.start()

    def _kolumnbredd(self) -> int:
        # The scroll bar's width counted always, so it coming and going moves nothing.
        skrollist = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        tillganglig = self.width() - skrollist - 2 * MARGINAL
        return max(240, min(BILDBREDD, tillganglig))

    def _anpassa(self) -> None:
        """Centre the column in the view; text lines stop at the reading measure, centred
        in the column, while images may use the column's whole width."""
        kolumn = self._kolumnbredd()
        skrollist = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        sida = max(MARGINAL, (self.width() - skrollist - kolumn) // 2)
        inre = max(0, kolumn - self.textbredd()) // 2
        if self._matt == (sida, inre):
            return  # nothing moves: no relayout
        self._matt = (sida, inre)
        dokument = self.document()
        ram = dokument.rootFrame()
        format_ = ram.frameFormat()
        format_.setLeftMargin(sida)
        format_.setRightMargin(sida)
        format_.setTopMargin(26)
        format_.setBottomMargin(48)
        ram.setFrameFormat(format_)
        cursor = QTextCursor(dokument)
        block = dokument.begin()
        while block.isValid():
            cursor.setPosition(block.position())
            if cursor.currentFrame() == ram and not _har_bild(block):
                citat = block.blockFormat().hasProperty(QTextFormat.Property.BlockQuoteLevel)
                blockformat = QTextBlockFormat()
                blockformat.setLeftMargin(inre + (CITATINDRAG if citat else 0))
                blockformat.setRightMargin(inre)
                cursor.mergeBlockFormat(blockformat)
            block = block.next()
        for delram in ram.childFrames():
            ramformat = delram.frameFormat()
            ramformat.setLeftMargin(inre)
            ramformat.setRightMargin(inre)
            delram.setFrameFormat(ramformat)

    def _forma(self) -> None:
        """Headings, paragraph and list spacing, quotes, tables and links (see the class)."""
        dokument = self.document()
        bas = self.font().pointSizeF()
        block = dokument.begin()
        while block.isValid():
            cursor = QTextCursor(block)
            niva = block.blockFormat().headingLevel()
            blockformat = QTextBlockFormat()
            if niva:
                storlek, fore, efter = _RUBRIKER.get(niva, _RUBRIKER[3])
                blockformat.setTopMargin(0 if block == dokument.begin() else fore)
                blockformat.setBottomMargin(efter)
                blockformat.setLineHeight(115, _PROPORTIONELL)
                _satt_tecken(block, bas * storlek, niva)
            elif _har_bild(block):
                blockformat.setTopMargin(8)
                blockformat.setBottomMargin(18)
                blockformat.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                blockformat.setLineHeight(100, _ENKEL)
            elif cursor.currentTable() is None:
                lista = block.textList()
                sista_i_listan = lista is not None and block.next().textList() != lista
                blockformat.setTopMargin(0)
                blockformat.setBottomMargin(4 if lista is not None and not sista_i_listan else 10)
                blockformat.setLineHeight(140, _PROPORTIONELL)
            if block.blockFormat().hasProperty(QTextFormat.Property.BlockQuoteLevel):
                blockformat.setBackground(QColor("#eef3f8"))
            cursor.mergeBlockFormat(blockformat)
            _farga_lankar(block)
            block = block.next()
        for ram in dokument.rootFrame().childFrames():
            if isinstance(ram, QTextTable):
                _forma_tabell(ram)

    def _anpassa_bilder(self) -> None:
        """Every image scaled to fit the column (never enlarged), for this screen's pixel
        ratio, with a thin frame; its size set in the text so the layout is exact."""
        kolumn = self._kolumnbredd()
        if kolumn == self._kolumn:
            return
        self._kolumn = kolumn
        dokument = self.document()
        skala = self.devicePixelRatioF()
        block = dokument.begin()
        while block.isValid():
            for fragment in _fragment(block):
                format_ = fragment.charFormat()
                if not format_.isImageFormat():
                    continue
                bildformat = format_.toImageFormat()
                original = self._original_bild(bildformat.name())
                if original is None:
                    continue
                bredd = min(original.width(), kolumn)
                hojd = round(original.height() * bredd / original.width())
                # Under the resolved name: that is the one the document looks up.
                dokument.addResource(
                    QTextDocument.ResourceType.ImageResource.value,
                    dokument.baseUrl().resolved(QUrl(bildformat.name())),
                    _skalad(original, bredd, hojd, skala),
                )
                bildformat.setWidth(bredd)
                bildformat.setHeight(hojd)
                cursor = QTextCursor(dokument)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(bildformat)
            block = block.next()

    def _original_bild(self, namn: str) -> QImage | None:
        if namn not in self._original:
            sokvag = relativ_sokvag(QUrl(namn))
            bild = QImage(str(self._mapp / sokvag)) if sokvag is not None else QImage()
            if bild.isNull():
                log.warning("handboken: bilden %s finns inte", namn)
                return None
            self._original[namn] = bild
        return self._original[namn]


_PROPORTIONELL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
_ENKEL = QTextBlockFormat.LineHeightTypes.SingleHeight.value
# Heading level: (size relative to the text, space before, space after).
_RUBRIKER = {1: (1.7, 0, 14), 2: (1.25, 24, 6), 3: (1.08, 16, 4)}


def _fragment(block: QTextBlock) -> Iterator[QTextFragment]:
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            yield fragment
        iterator += 1


def _har_bild(block: QTextBlock) -> bool:
    return any(f.charFormat().isImageFormat() for f in _fragment(block))


def _satt_tecken(block: QTextBlock, punkter: float, niva: int) -> None:
    """A heading's characters: its size (instead of Qt's size adjustment), weight, colour."""
    for fragment in list(_fragment(block)):
        format_ = fragment.charFormat()
        format_.clearProperty(QTextFormat.Property.FontSizeAdjustment)
        format_.setFontPointSize(punkter)
        format_.setFontWeight(QFont.Weight.DemiBold)
        if niva <= 2:
            format_.setForeground(QColor(BLA))
        cursor = QTextCursor(block.document())
        cursor.setPosition(fragment.position())
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(format_)


def _farga_lankar(block: QTextBlock) -> None:
    for fragment in list(_fragment(block)):
        format_ = fragment.charFormat()
        if format_.isAnchor() and not format_.isImageFormat():
            format_.setForeground(QColor(LANKFARG))
            cursor = QTextCursor(block.document())
            cursor.setPosition(fragment.position())
            cursor.setPosition(
                fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
            )
            cursor.setCharFormat(format_)


def _forma_tabell(tabell: QTextTable) -> None:
    format_ = tabell.format()
    format_.setBorder(1)
    format_.setBorderBrush(QColor(KANT))
    format_.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    format_.setBorderCollapse(True)
    format_.setCellPadding(6)
    format_.setCellSpacing(0)
    format_.setTopMargin(4)
    format_.setBottomMargin(14)
    format_.setWidth(QTextLength(QTextLength.Type.VariableLength, 0))
    tabell.setFormat(format_)
    for kolumn in range(tabell.columns()):
        cell = tabell.cellAt(0, kolumn)
        cellformat = cell.format()
        cellformat.setBackground(QColor("#f2f5f8"))
        cell.setFormat(cellformat)


def _skalad(original: QImage, bredd: int, hojd: int, skala: float) -> QImage:
    """``original`` at ``bredd``×``hojd`` logical pixels for a screen of pixel ratio
    ``skala``, smoothly scaled, with a one-pixel frame."""
    if bredd * skala >= original.width():
        bild = original.copy()
        bild.setDevicePixelRatio(original.width() / bredd)
    else:
        bild = original.scaled(
            QSize(round(bredd * skala), round(hojd * skala)),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        bild.setDevicePixelRatio(skala)
    bild = bild.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    malare = QPainter(bild)
    penna = QPen(QColor(BILDRAM))
    penna.setWidth(0)  # cosmetic: one device pixel
    malare.setPen(penna)
    malare.drawRect(0, 0, bredd - 1, hojd - 1)
    malare.end()
    return bild
