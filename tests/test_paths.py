"""Headers up to four rows deep (issue 11): each column known by its path of headings, money
only under ``Rp.``, a quarter's column never the year's; numbering rows and merged text blocks
after a table."""

from __future__ import annotations

import pytest

from lkip_xlsx.contract import SHEET_BY_KEY
from lkip_xlsx.header import Grid, find_header, is_end, is_numbering

ANGGARAN = SHEET_BY_KEY["anggaran"]


def _grid(*rows: list[object]) -> Grid:
    return [[(v, "General") for v in row] for row in rows]


def test_a_group_heading_typed_once_spans_right_to_the_next() -> None:
    # "Pagu" and "Realisasi" typed over K | Rp. without merging: the Rp. columns are taken
    grid = _grid(
        ["No", "Program/Kegiatan", "Pagu", None, "Realisasi", None],
        [None, None, "K", "Rp.", "K", "Rp."],
        ["1", "Program: Penempatan", 1, 100, 1, 90],
    )
    header = find_header(ANGGARAN, grid)
    assert header is not None
    assert (header.row, header.first, header.depth) == (1, 3, 2)
    assert header.columns == {"no": 1, "uraian": 2, "anggaran": 4, "realisasi": 6}
    assert header.paths["anggaran"] == "Pagu › Rp."


def test_quarters_numbered_1_to_4_are_never_the_years_column() -> None:
    grid = _grid(
        ["Uraian", "Anggaran (Rp.)", "Realisasi Triwulan", None, None, None, "Realisasi (Rp.)"],
        [None, None, "1", "2", "3", "4", None],
        [None, None, "Rp.", "Rp.", "Rp.", "Rp.", None],
    )
    header = find_header(ANGGARAN, grid)
    assert header is not None
    assert header.columns == {
        "uraian": 1,
        "anggaran": 2,
        "realisasi_tw1": 3,
        "realisasi_tw2": 4,
        "realisasi_tw3": 5,
        "realisasi_tw4": 6,
        "realisasi": 7,
    }
    assert header.form == ""  # a budget sheet with quarters, not the Renja form


def test_performance_columns_never_feed_the_budget() -> None:
    # only 'Fisik' and K under "Realisasi": no money column, so this is no budget header
    grid = _grid(
        ["Uraian", "Pagu Anggaran", "Realisasi", None],
        [None, None, "Fisik", None],
        [None, None, "K", "%"],
    )
    assert find_header(ANGGARAN, grid) is None


@pytest.mark.parametrize(
    ("cells", "numbering"),
    [
        (["1", "2", "13 = 9 + 10 + 11 + 12", "14=7+13"], True),
        (["(1)", "(2)", "(15) = (14) / (6) x 100%"], True),
        ([1, 2, 3], True),
        (["1", "Program Penempatan"], False),
        (["2.07.03", "1.000"], False),
    ],
)
def test_numbering_rows(cells: list[object], numbering: bool) -> None:
    assert is_numbering(_grid(cells)[0]) is numbering


@pytest.mark.parametrize(
    ("cells", "blocks", "end"),
    [
        ([None, "KEPALA DINAS TENAGA KERJA", "KEPALA DINAS TENAGA KERJA"], True, True),
        ([None, "KEPALA DINAS TENAGA KERJA", "KEPALA DINAS TENAGA KERJA"], False, False),
        ([None, "Jember, 15 Januari 2024", "Jember, 15 Januari 2024"], False, True),
        (["Program Penempatan Tenaga Kerja", "Program Penempatan Tenaga Kerja"], True, False),
        (["Perangkat Daerah : Dinas", "Perangkat Daerah : Dinas"], True, False),
        (["URUSAN TENAGA KERJA", "URUSAN TENAGA KERJA"], True, False),
        (["Rata-rata Capaian Kinerja (%)", None, 95.6], False, True),
        (["Job Fair", 240, 200], True, False),
    ],
)
def test_what_ends_a_table(cells: list[object], blocks: bool, end: bool) -> None:
    assert is_end(_grid(cells)[0], blocks=blocks) is end


def test_the_years_groups_named_without_renja() -> None:
    # "Target Kinerja dan Anggaran Tahun 2023": the year's target by performance and budget
    # together; the Renstra's and last year's groups are never the year's
    grid = _grid(
        [
            "Program/Kegiatan",
            "Target Renstra (Akhir Periode)",
            None,
            "Realisasi Kinerja dan Anggaran s.d. Tahun Lalu",
            None,
            "Target Kinerja dan Anggaran Tahun 2023",
            None,
            "Realisasi Capaian Kinerja dan Anggaran Tahun 2023",
            None,
        ],
        [None, "K", "Rp.", "K", "Rp.", "K", "Rp.", "K", "Rp."],
    )
    header = find_header(ANGGARAN, grid)
    assert header is not None
    assert (header.columns, header.form) == ({"uraian": 1, "anggaran": 7, "realisasi": 9}, "renja")
