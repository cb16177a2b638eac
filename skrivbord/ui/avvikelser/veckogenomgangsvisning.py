"""One held weekly review, read-only: participants, the avvikelser gone through, the
decision and the åtgärder it created."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from skrivbord.tjanster.avvikelser.veckogenomgangar import Genomgangsdetalj


class GenomgangsVisning(QDialog):
    def __init__(self, detalj: Genomgangsdetalj, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        g = detalj.genomgang
        self.setWindowTitle(
            self.tr("{typ}, {enhet}, v. {vecka} {ar}").format(
                typ=g.typ.etikett, enhet=g.enhet_namn, vecka=g.vecka, ar=g.ar
            )
        )
        self.resize(720, 560)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Veckogenomgången"))
        self.text.setOpenLinks(False)
        self.text.setHtml(self._html(detalj))
        knappar = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        knappar.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(knappar)

    def _html(self, detalj: Genomgangsdetalj) -> str:
        g = detalj.genomgang
        delar = [
            f"<h2>{escape(g.typ.etikett)}</h2>",
            "<p>"
            + escape(
                self.tr("{enhet} · vecka {vecka} {ar} · hölls {datum}").format(
                    enhet=g.enhet_namn, vecka=g.vecka, ar=g.ar, datum=g.datum.isoformat()
                )
            )
            + "</p>",
            "<h3>" + escape(self.tr("Deltagare")) + "</h3>",
            f"<p>{escape(', '.join(g.deltagare))}</p>",
            "<h3>"
            + escape(
                self.tr("Avvikelser som gicks igenom ({antal})").format(
                    antal=len(detalj.avvikelser)
                )
            )
            + "</h3>",
        ]
        if detalj.avvikelser:
            rader = "".join(
                f"<tr><td>{a.id}</td><td>{a.handelse_tid:%Y-%m-%d %H:%M}</td>"
                f"<td>{escape(a.kategori)}</td><td>{escape(a.status.etikett)}</td>"
                f"<td>{escape(a.beskrivning[:120])}</td></tr>"
                for a in detalj.avvikelser
            )
            rubriker = "".join(
                f"<th align='left'>{escape(t)}</th>"
                for t in (
                    self.tr("Nr"),
                    self.tr("Händelse"),
                    self.tr("Kategori"),
                    self.tr("Status"),
                    self.tr("Beskrivning"),
                )
            )
            delar.append(f"<table cellpadding='3'><tr>{rubriker}</tr>{rader}</table>")
        else:
            delar.append("<p>" + escape(self.tr("Inga avvikelser gicks igenom.")) + "</p>")
        delar.append("<h3>" + escape(self.tr("Beslut")) + "</h3>")
        beslut = g.beslut.strip() or self.tr("Inget beslut antecknat.")
        delar.append("<p>" + escape(beslut).replace("\n", "<br>") + "</p>")
        delar.append("<h3>" + escape(self.tr("Nya åtgärder")) + "</h3>")
        if detalj.atgarder:
            delar.append(
                "<ul>"
                + "".join(
                    "<li>"
                    + escape(
                        self.tr("{atgard} (avvikelse {id}, senast {datum}, {status})").format(
                            atgard=a.beskrivning,
                            id=a.avvikelse_id,
                            datum=a.deadline.isoformat() if a.deadline else "–",
                            status=a.status.etikett,
                        )
                    )
                    + "</li>"
                    for a in detalj.atgarder
                )
                + "</ul>"
            )
        else:
            delar.append("<p>" + escape(self.tr("Inga nya åtgärder.")) + "</p>")
        return "".join(delar)
