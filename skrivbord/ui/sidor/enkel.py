"""A page whose area a later release fills: its heading, what it will hold, and the
records the database already has for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class EnkelSida(QWidget):
    def __init__(
        self,
        rubrik: str,
        text: str,
        rakna: Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._rakna = rakna
        self.rubrik = QLabel(rubrik)
        self.rubrik.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.text = QLabel(text, wordWrap=True)
        self.siffra = QLabel(wordWrap=True)
        self.siffra.setStyleSheet("color: #5f6b76;")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 20, 24, 20)
        self.layout_.addWidget(self.rubrik)
        self.layout_.addWidget(self.text)
        self.layout_.addWidget(self.siffra)
        self.layout_.addStretch()
        self.uppdatera()

    def uppdatera(self) -> None:
        self.siffra.setText(self._rakna() if self._rakna else "")
