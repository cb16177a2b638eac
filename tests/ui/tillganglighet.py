"""What a screen reader needs: every input named, by an accessible name or a buddy label."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
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


def _del_av_annan(widget: QWidget) -> bool:
    """A combo box's line edit and popup list, a spin box's line edit, a table's header:
    parts of another input, named with it."""
    if isinstance(widget, QHeaderView):
        return True
    forfader = widget.parentWidget()
    while forfader is not None:
        if isinstance(forfader, QComboBox | QAbstractSpinBox):
            return True
        forfader = forfader.parentWidget()
    return False


def namnlosa(rot: QWidget) -> list[str]:
    """The inputs under ``rot`` a screen reader could not name."""
    saknar = []
    for widget in rot.findChildren(QWidget):
        if isinstance(widget, INMATNING) and not _del_av_annan(widget) and not har_namn(widget):
            beskrivning = widget.placeholderText() if isinstance(widget, QLineEdit) else ""
            saknar.append(f"{type(widget).__name__} {widget.objectName()} {beskrivning}".strip())
    return saknar
