"""Building blocks the pages share: the heading, the introduction and the figure card,
so every page looks the same."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

BLA = "#1f4e79"
ROD = "#b3261e"
DAMPAD = "#5f6b76"
KANT = "#d5dbe1"
MARGINAL = (24, 20, 24, 20)


def tal_text(n: int) -> str:
    """Swedish thousands separator (a narrow no-break space): 1 044."""
    return f"{n:,}".replace(",", "\u202f")


def rubrik(text: str = "") -> QLabel:
    etikett = QLabel(text)
    etikett.setStyleSheet("font-size: 18pt; font-weight: 600;")
    etikett.setAccessibleName(text)
    return etikett


def ingress(text: str = "") -> QLabel:
    etikett = QLabel(text, wordWrap=True)
    etikett.setStyleSheet(f"color: {DAMPAD};")
    etikett.setMaximumWidth(820)
    return etikett


def sidlayout(sida: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(sida)
    layout.setContentsMargins(*MARGINAL)
    layout.setSpacing(8)
    return layout


class Ruta(QFrame):
    """A figure card: a large number, what it counts, and a quiet line under it."""

    def __init__(self, rubrik: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ruta")
        self.setStyleSheet(
            f"#ruta {{ background: palette(base); border: 1px solid {KANT}; border-radius: 6px; }}"
        )
        self.setMinimumWidth(180)
        self.tal = QLabel()
        self.tal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rubrik = QLabel(rubrik, wordWrap=True)
        self.rubrik.setStyleSheet("font-weight: 600;")
        self.under = QLabel(wordWrap=True)
        self.under.setStyleSheet(f"color: {DAMPAD};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(2)
        for widget in (self.tal, self.rubrik, self.under):
            layout.addWidget(widget)
        layout.addStretch()
        self.satt(0)

    def satt(self, tal: int | str, under: str = "", varning: bool = False) -> None:
        self.tal.setText(tal_text(tal) if isinstance(tal, int) else tal)
        farg = ROD if varning else BLA
        self.tal.setStyleSheet(f"font-size: 22pt; font-weight: 600; color: {farg};")
        self.under.setText(under)
        self.under.setVisible(bool(under))
        self.setAccessibleName(f"{self.rubrik.text()}: {self.tal.text()}")
