"""The building blocks of the Översikt panels: a titled frame, a scrolling rich-text list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from skrivbord.ui.gemensamt.manadsdiagram import Manadsdiagram
from skrivbord.ui.gemensamt.sida import KANT


def lista() -> QLabel:
    """Rich text whose links (a row's item) are reachable by mouse and keyboard."""
    etikett = QLabel(wordWrap=True)
    etikett.setTextFormat(Qt.TextFormat.RichText)
    etikett.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    etikett.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    return etikett


def panelrubrik() -> QLabel:
    return QLabel(styleSheet="font-weight: 600;", wordWrap=True)


def genomskinlig(yta: QScrollArea) -> QScrollArea:
    """A scroll area that shows the page's background, not a white sheet."""
    yta.setStyleSheet("QScrollArea { background: transparent; }")
    yta.viewport().setAutoFillBackground(False)
    return yta


def rullbar(etikett: QLabel) -> QScrollArea:
    """A list that scrolls when its panel is too low for it (a 1280×720 laptop)."""
    yta = genomskinlig(QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame))
    yta.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    yta.setWidget(etikett)
    etikett.setAutoFillBackground(False)
    return yta


def panel(rubrik: QLabel, *innehall: QWidget) -> QFrame:
    ram = QFrame()
    ram.setObjectName("panel")
    ram.setStyleSheet(f"#panel {{ border: 1px solid {KANT}; border-radius: 6px; }}")
    layout = QVBoxLayout(ram)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.addWidget(rubrik)
    for widget in innehall:
        layout.addWidget(widget, 1 if isinstance(widget, (Manadsdiagram, QScrollArea)) else 0)
    # As narrow as the others, whatever its title: the panels share the width evenly.
    ram.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return ram


def stapel(*paneler: QWidget) -> QWidget:
    """Panels one above the other in one place of the grid, sharing its height."""
    ruta = QWidget()
    layout = QVBoxLayout(ruta)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(12)
    for p in paneler:
        layout.addWidget(p, 1)
    ruta.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return ruta


def html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
