"""What a screen reader needs: every input named, by an accessible name or a buddy label."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# Inputs without a text of their own (buttons and check boxes carry theirs).
INMATNING = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def har_namn(widget: QWidget) -> bool:
    if widget.accessibleName().strip():
        return True
    fonster = widget.window()
    return any(etikett.buddy() is widget for etikett in fonster.findChildren(QLabel))


def namnlosa(rot: QWidget) -> list[str]:
    """The inputs under ``rot`` a screen reader could not name (a line edit inside a combo
    box or a spin box is part of it, not an input of its own)."""
    saknar = []
    for widget in rot.findChildren(QWidget):
        if not isinstance(widget, INMATNING):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), QComboBox | QAbstractSpinBox
        ):
            continue
        if not har_namn(widget):
            saknar.append(f"{type(widget).__name__} {widget.objectName() or ''}".strip())
    return saknar
