"""User text shown exactly as typed, never read as markup.

Qt guesses whether a QLabel, a tooltip or a QMessageBox text is HTML
(``Qt.mightBeRichText``): a name like ``<b>Åse</b>`` would be shown bold and
``Bo & <Nord>`` would lose ``<Nord>``. ``plain`` turns such text into escaped
rich text (so it shows literally); ``esc`` escapes text put into markup we
build ourselves; ``action_text`` keeps ``&`` in a menu text from becoming a
keyboard mnemonic.
"""
from __future__ import annotations

import html


def plain(text):
    """Text for a tooltip, an auto-format QLabel or a QMessageBox, shown as typed."""
    if not text:
        return text
    text = str(text)
    if "<" not in text and "&" not in text:
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False).replace("\n", "<br>") + "</p>"


def esc(text) -> str:
    """User text inside markup we build (``f"<b>Overblik</b> – {esc(name)}"``)."""
    return html.escape(str(text), quote=False)


def action_text(text: str) -> str:
    """Text for a QAction / button: a single ``&`` would underline the next letter."""
    return str(text).replace("&", "&&")
