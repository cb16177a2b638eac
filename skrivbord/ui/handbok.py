"""Hjälp → Handbok: the short Swedish handbook that ships with the program.

The text is Markdown in resurser/handbok/, one file per section, in the order of the
numbered list in index.md. The window lists the sections on the left and shows the
chosen one on the right in a QTextBrowser (Qt's own Markdown reader), so the handbook
works offline. Images and links are relative to the handbook folder, which is a real
folder wherever the program is installed (source checkout, wheel, Windows installer:
``skrivbord.resurser.filsokvag``); the document's base URL and the browser's search
path both point there.

A link to another section's file shows that section; a link to an image opens the
image at full size. The search field keeps the sections whose text holds every word
typed, and marks the words in the text.

The window is opened by ``visa`` (the main window's Hjälp menu, F1) and imported only
then: nothing here is loaded at start-up.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QShortcut,
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
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from skrivbord.resurser import filsokvag, resurs
from skrivbord.ui.gemensamt.sida import BLA, DAMPAD, KANT

log = logging.getLogger(__name__)

HANDBOK = "handbok"  # resurser/handbok/
INDEX = "index.md"
# One index line per section, in reading order: "1. [Första start](forsta-start.md)".
_INDEXRAD = re.compile(r"^\s*\d+\.\s+\[(?P<titel>[^\]]+)\]\((?P<fil>[^)\s]+\.md)\)\s*$")

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


@dataclass(frozen=True)
class Avsnitt:
    fil: str  # the file's name in resurser/handbok/, e.g. "import.md"
    titel: str  # as in the index
    markdown: str


def mapp() -> Path:
    """The handbook folder as a real path (relative images and links start here)."""
    return filsokvag(HANDBOK)


@cache
def innehall() -> tuple[Avsnitt, ...]:
    """The sections in the index's order."""
    index = resurs(HANDBOK, INDEX).read_text(encoding="utf-8")
    avsnitt = []
    for rad in index.splitlines():
        traff = _INDEXRAD.match(rad)
        if traff:
            fil = traff["fil"]
            text = resurs(HANDBOK, fil).read_text(encoding="utf-8")
            avsnitt.append(Avsnitt(fil, traff["titel"], text))
    return tuple(avsnitt)


def klartext(markdown: str) -> str:
    """The text a reader sees (no Markdown syntax, no link targets), for the search."""
    dokument = QTextDocument()
    dokument.setMarkdown(markdown)
    return dokument.toPlainText()


def sokord(text: str) -> list[str]:
    return text.casefold().split()


def visa(foralder: QWidget) -> HandbokFonster:
    """Show the handbook window of ``foralder`` (one per main window), raised and active."""
    fonster = foralder.findChild(HandbokFonster)
    if fonster is None:
        fonster = HandbokFonster(foralder)
    fonster.show()
    fonster.raise_()
    fonster.activateWindow()
    return fonster


class HandbokFonster(QWidget):
    """The sections on the left with the search field above them, the text on the right.

    A separate, non-modal window that belongs to the main window (it closes with it);
    closing it only hides it, so F1 brings it back where the reader left off.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Skrivbord – handbok"))
        self.resize(1120, 760)
        self.setMinimumSize(760, 480)
        self.avsnitt = innehall()
        # Title and text, folded for searching.
        self._sokbart = [f"{a.titel}\n{klartext(a.markdown)}".casefold() for a in self.avsnitt]

        self.sok = QLineEdit(placeholderText=self.tr("Sök i handboken …"), clearButtonEnabled=True)
        self.sok.setAccessibleName(self.tr("Sök i handboken"))
        self.sok.setStyleSheet("padding: 4px 6px;")
        self.sok.setToolTip(self.tr("Visar avsnitten som innehåller alla orden (Ctrl+F)"))
        self.lista = QListWidget()
        self.lista.setObjectName("avsnitt")
        self.lista.setAccessibleName(self.tr("Avsnitt"))
        self.lista.setStyleSheet(_LISTSTIL)
        for nummer, avsnitt in enumerate(self.avsnitt):
            rad = QListWidgetItem(avsnitt.titel)
            rad.setData(Qt.ItemDataRole.UserRole, nummer)
            self.lista.addItem(rad)
        self.ingen_traff = QLabel(wordWrap=True)
        self.ingen_traff.setStyleSheet(f"color: {DAMPAD}; padding: 4px 8px;")
        self.ingen_traff.hide()
        self.text = Lasvy(mapp())
        self.text.setAccessibleName(self.tr("Handbokens text"))

        vanster = QVBoxLayout()
        vanster.setContentsMargins(10, 12, 6, 10)
        vanster.setSpacing(8)
        vanster.addWidget(self.sok)
        vanster.addWidget(self.lista, 1)
        vanster.addWidget(self.ingen_traff)
        kolumn = QWidget()
        kolumn.setLayout(vanster)
        kolumn.setFixedWidth(260)
        delare = QFrame()
        delare.setFrameShape(QFrame.Shape.VLine)
        delare.setStyleSheet(f"color: {KANT};")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(kolumn)
        layout.addWidget(delare)
        layout.addWidget(self.text, 1)

        self.lista.currentRowChanged.connect(self._visa_rad)
        self.sok.textChanged.connect(self._filtrera)
        self.text.anchorClicked.connect(self._lank)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._till_sok)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self._esc)
        self.lista.setCurrentRow(0)
        self.lista.setFocus()

    # --- what is shown ----------------------------------------------------------------------

    def visat_avsnitt(self) -> Avsnitt | None:
        rad = self.lista.currentRow()
        return self.avsnitt[rad] if 0 <= rad < len(self.avsnitt) else None

    def visa_avsnitt(self, fil: str) -> bool:
        """Show the section in ``fil`` (e.g. "import.md"); False when there is none.
        A section the search has hidden is shown all the same: the search is cleared."""
        for nummer, avsnitt in enumerate(self.avsnitt):
            if avsnitt.fil == fil:
                if self.lista.item(nummer).isHidden():
                    self.sok.clear()
                self.lista.setCurrentRow(nummer)
                return True
        return False

    def synliga(self) -> list[str]:
        """The titles the list shows now (after the search)."""
        return [
            self.lista.item(i).text()
            for i in range(self.lista.count())
            if not self.lista.item(i).isHidden()
        ]

    def _visa_rad(self, rad: int) -> None:
        if 0 <= rad < len(self.avsnitt):
            self.text.visa(self.avsnitt[rad].markdown)
            self.text.markera(sokord(self.sok.text()))

    # --- search ---------------------------------------------------------------------------------

    def _filtrera(self, text: str) -> None:
        ord_ = sokord(text)
        forsta_synliga = None
        for nummer, sokbart in enumerate(self._sokbart):
            synlig = all(o in sokbart for o in ord_)
            self.lista.item(nummer).setHidden(not synlig)
            if synlig and forsta_synliga is None:
                forsta_synliga = nummer
        if forsta_synliga is None:
            self.ingen_traff.setText(
                self.tr("Inget avsnitt innehåller ”{text}”.").format(text=text.strip())
            )
            self.ingen_traff.show()
            return
        self.ingen_traff.hide()
        aktuell = self.lista.currentItem()
        if aktuell is None or aktuell.isHidden():
            self.lista.setCurrentRow(forsta_synliga)  # shows it, with the words marked
        else:
            self.text.markera(ord_)

    def _till_sok(self) -> None:
        self.sok.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.sok.selectAll()

    def _esc(self) -> None:
        """Esc clears the search first, then closes the window."""
        if self.sok.text():
            self.sok.clear()
        else:
            self.close()

    # --- links ----------------------------------------------------------------------------------

    def _lank(self, url: QUrl) -> None:
        sokvag = _relativ_sokvag(url)
        if sokvag is None:
            log.info("handboken: en länk utanför handboken följdes inte")
            return
        if sokvag.suffix == ".md" and self.visa_avsnitt(sokvag.as_posix()):
            return
        if sokvag.suffix.lower() == ".png":
            bild = QImage(str(mapp() / sokvag))
            if not bild.isNull():
                Bildfonster(bild, self).show()
                return
        log.warning("handboken: länken %s leder ingenstans", sokvag.as_posix())


def _relativ_sokvag(url: QUrl) -> PurePosixPath | None:
    """A link as a path inside the handbook folder, or None when it leads elsewhere."""
    if url.isRelative():
        sokvag = PurePosixPath(url.path())
    elif url.isLocalFile():
        try:
            sokvag = PurePosixPath(Path(url.toLocalFile()).relative_to(mapp()).as_posix())
        except ValueError:
            return None
    else:
        return None
    return None if ".." in sokvag.parts or sokvag.is_absolute() else sokvag


_LISTSTIL = f"""
#avsnitt {{ font-size: 10.5pt; border: none; background: palette(window); outline: 0; }}
#avsnitt::item {{ padding: 6px 10px; border-radius: 4px; margin: 1px 0; }}
#avsnitt::item:hover:!selected {{ background: #e4ebf2; }}
#avsnitt::item:selected {{ background: {BLA}; color: white; }}
"""


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
            sokvag = _relativ_sokvag(QUrl(namn))
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


class Bildfonster(QDialog):
    """One of the handbook's images at full size (a click on a wide image)."""

    def __init__(self, bild: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skrivbord – handbok – bild"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        etikett = QLabel()
        etikett.setPixmap(QPixmap.fromImage(bild))
        rulla = QScrollArea()
        rulla.setWidget(etikett)
        rulla.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(rulla)
        skarm = self.screen().availableGeometry() if self.screen() else None
        bredd, hojd = bild.width() + 24, bild.height() + 24
        if skarm is not None:
            bredd, hojd = min(bredd, skarm.width() - 80), min(hojd, skarm.height() - 120)
        self.resize(bredd, hojd)
