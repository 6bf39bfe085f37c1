"""Permendagri 90 code shapes (issue 11)."""

from __future__ import annotations

import pytest

from lkip_xlsx.codes import CodeKind, code_at_start, code_kind, join_parts


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("4", CodeKind.URUSAN),
        ("4.01", CodeKind.BIDANG),
        ("4.01.01", CodeKind.PROGRAM),
        ("X.XX.01", CodeKind.PROGRAM),
        ("1.01.02.2.01", CodeKind.KEGIATAN),
        ("1.01.02.2.01.0006", CodeKind.SUB_KEGIATAN),
        ("5.1", CodeKind.ACCOUNT),
        ("5.1.02", CodeKind.ACCOUNT),
        ("5.1.02.01.01.0024", CodeKind.ACCOUNT),
        ("Belanja", None),
        ("", None),
    ],
)
def test_code_kind(code: str, kind: CodeKind | None) -> None:
    assert code_kind(code) is kind


@pytest.mark.parametrize(
    ("name", "split"),
    [
        ("1.01.02.2.01.0006 Penyusunan Dokumen", ("1.01.02.2.01.0006", "Penyusunan Dokumen")),
        ("4 URUSAN PEMERINTAHAN FUNGSI PENUNJANG", ("4", "URUSAN PEMERINTAHAN FUNGSI PENUNJANG")),
        ("1. Penyediaan Gaji", ("", "1. Penyediaan Gaji")),  # a number, not a code
        ("Penyediaan Gaji", ("", "Penyediaan Gaji")),
    ],
)
def test_code_at_start(name: str, split: tuple[str, str]) -> None:
    assert code_at_start(name) == split


def test_join_parts_takes_segments_or_cumulative_codes() -> None:
    assert join_parts(["2", "07", "04", "2.01", "0001"]) == "2.07.04.2.01.0001"
    assert join_parts(["2", "2.07", "2.07.04"]) == "2.07.04"
    assert join_parts(["2", "", "04"]) == "2.04"
