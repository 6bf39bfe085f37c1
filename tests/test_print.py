"""The sample printed to PDF as ``--pdf`` prints it: Indonesian numbers whatever the
machine's locale, and every page legible (no glyph under 8 pt on the printed page). The PDF
is the session fixture ``jember_pdf`` (``tests/conftest.py``), printed on an English machine."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.libreoffice

MIN_PT = 8.0


def _pages(pdf: Path) -> list[tuple[str, float, int]]:
    """Per page: its first line, its smallest glyph in points, and how many glyphs."""
    import pdfplumber

    pages = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            # a glyph's size is its height; a rotated one's (an axis title) its width
            sizes = [
                float(c["size"] if c["upright"] else c["width"])
                for c in page.chars
                if c["text"].strip()
            ]
            first = (page.extract_text() or "").split("\n")[0]
            pages.append((first, min(sizes, default=0.0), len(sizes)))
    return pages


def test_pdf_prints_indonesian_numbers_on_an_english_machine(jember_pdf: Path) -> None:
    import pdfplumber

    with pdfplumber.open(jember_pdf) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    # the seed's own figures: realisation 3.898 orang, 85,71 %, the budget of Tabel 3.8
    for figure in ("3.898", "85,71", "15.308.539.115", "1.000 Orang"):
        assert figure in text
    for english in ("3,898", "85.71", "15,308,539,115", "1,000 Orang"):
        assert english not in text


def test_every_printed_page_is_legible(jember_pdf: Path) -> None:
    pages = _pages(jember_pdf)
    assert len(pages) >= 12  # Ringkasan, PK, RKT, Renstra, 3.1-3.8, Grafik, Parameter, …
    small = [(n, first, size) for n, (first, size, count) in enumerate(pages, 1) if size < MIN_PT]
    assert small == []
    assert all(count > 0 for _, _, count in pages)
