"""Read a PDF back for assertions: its text (whitespace normalised) and metadata."""
from __future__ import annotations

import io
import re


def pdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    r = PdfReader(io.BytesIO(data))
    return [" ".join((p.extract_text() or "").split()) for p in r.pages]


def pdf_text(data: bytes) -> str:
    return " ".join(pdf_pages(data))


def pdf_meta(data: bytes) -> dict:
    from pypdf import PdfReader

    r = PdfReader(io.BytesIO(data))
    return {k: str(v) for k, v in (r.metadata or {}).items()}


def has_token(text: str, token: str) -> bool:
    """``token`` as a whole word (initials such as 'JK' inside other words don't count)."""
    return re.search(rf"(?<![\w]){re.escape(token)}(?![\w])", text) is not None


def font_names(data: bytes) -> set[str]:
    from pypdf import PdfReader

    r = PdfReader(io.BytesIO(data))
    out = set()
    for page in r.pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for f in fonts.values():
            out.add(str(f.get_object().get("/BaseFont")))
    return out


def pdf_outline(data: bytes) -> list[tuple[str, int]]:
    """The bookmarks (outline) as (title, 0-based page), in order."""
    from pypdf import PdfReader

    r = PdfReader(io.BytesIO(data))
    out = []

    def walk(items):
        for x in items:
            if isinstance(x, list):
                walk(x)
            else:
                out.append((x.title, r.get_destination_page_number(x)))
    walk(r.outline)
    return out
