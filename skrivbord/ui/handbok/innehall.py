"""The handbook's content: the sections in the index's order, the search over them and
where a link leads. No widgets: Qt only for reading Markdown as a reader sees it
(``QTextDocument``) and for the links' URLs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from skrivbord.resurser import filsokvag, resurs

HANDBOK = "handbok"  # resurser/handbok/
INDEX = "index.md"
# One index line per section, in reading order: "1. [Första start](forsta-start.md)".
_INDEXRAD = re.compile(r"^\s*\d+\.\s+\[(?P<titel>[^\]]+)\]\((?P<fil>[^)\s]+\.md)\)\s*$")


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


# --- search -----------------------------------------------------------------------------------


def klartext(markdown: str) -> str:
    """The text a reader sees (no Markdown syntax, no link targets), for the search."""
    dokument = QTextDocument()
    dokument.setMarkdown(markdown)
    return dokument.toPlainText()


def sokord(text: str) -> list[str]:
    return text.casefold().split()


def sokbar(avsnitt: Avsnitt) -> str:
    """The section's title and text, folded for searching."""
    return f"{avsnitt.titel}\n{klartext(avsnitt.markdown)}".casefold()


def traffar(sokbara: Sequence[str], ord_: list[str]) -> list[bool]:
    """For each searchable text: does it hold every word?"""
    return [all(o in text for o in ord_) for text in sokbara]


# --- links ------------------------------------------------------------------------------------


def relativ_sokvag(url: QUrl) -> PurePosixPath | None:
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
