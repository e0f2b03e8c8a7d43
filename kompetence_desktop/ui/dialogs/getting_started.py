"""*Hjælp › Kom i gang*: a short Danish guide, from a new file to the printed
plan, in the order a leader does it. Each step names the page it happens on."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from ... import texts
from ..keys import native_keys
from .fit import fit_to_screen


def guide_html() -> str:
    out = [f"<h2>{escape(texts.GETTING_STARTED_TITLE)}</h2>", f"<p>{escape(texts.GETTING_STARTED_INTRO)}</p>", "<ol>"]
    for page, text in texts.GETTING_STARTED_STEPS:
        out.append(f"<li><b>{escape(page)}</b> – {escape(native_keys(text))}</li>")
    out.append("</ol>")
    out.append(f"<p>{escape(texts.GETTING_STARTED_END)}</p>")
    return "".join(out)


class GettingStartedDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(texts.GETTING_STARTED_TITLE)
        lay = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setHtml(guide_html())
        lay.addWidget(self.text, 1)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bb.button(QDialogButtonBox.StandardButton.Close).setText("Luk")
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        fit_to_screen(self, 620, 560)


def show_getting_started(window) -> None:
    GettingStartedDialog(window).exec()
