"""Pemeriksaan, complete: each kind of discrepancy injected into a copy of the sample gives
its exact row (cells, figures, difference, rule); systematic ones are summarised at the top
(issue 5)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import openpyxl
import pytest

from lkip_xlsx.kinds import Kind
from lkip_xlsx.pipeline import convert
from tests.conftest import JEMBER
from tests.helpers import values

COLUMNS = [
    "no",
    "severity",
    "code",
    "input",
    "column",
    "value",
    "output",
    "declared",
    "computed",
    "difference",
    "rule",
    "message",
]


# JENIS shows each kind's Indonesian label; the tests compare kinds by their codes
CODES = {kind.label("id"): kind.value for kind in Kind}


def pemeriksaan(path: Path) -> list[dict[str, str]]:
    ws = values(path)["Pemeriksaan"]
    rows = []
    for r in ws.iter_rows(min_row=5, values_only=True):
        if r[2]:
            row = {k: "" if v is None else str(v) for k, v in zip(COLUMNS, r, strict=False)}
            rows.append({**row, "code": CODES[row["code"]]})
    return rows


def injected(tmp_path: Path, **cells: Mapping[str, object]) -> list[dict[str, str]]:
    wb = openpyxl.load_workbook(JEMBER)
    for sheet, changes in cells.items():
        for ref, value in changes.items():
            wb[sheet.replace("_", " ")][ref] = value  # type: ignore[assignment]
    src = tmp_path / "in.xlsx"
    wb.save(src)
    out = tmp_path / "out.xlsx"
    convert(src, out)
    return [r for r in pemeriksaan(out) if r["severity"] != "info"]


def row(
    code: str,
    severity: str,
    where: str,
    column: str,
    value: str,
    output: str,
    declared: str,
    computed: str,
    difference: str,
    rule: str,
) -> dict[str, str]:
    return {
        "severity": severity,
        "code": code,
        "input": where,
        "column": column,
        "value": value,
        "output": output,
        "declared": declared,
        "computed": computed,
        "difference": difference,
        "rule": rule,
    }


def strip(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return [{k: v for k, v in r.items() if k not in ("no", "message")} for r in rows]


CASES = {
    "capaian": (
        {"Realisasi": {"J7": "95%"}},
        [
            row(
                "declared_capaian",
                "selisih",
                "Realisasi!J7",
                "Capaian",
                "95",
                "3.1!G9",
                "95",
                "96,30",
                "-1,30",
                "Aturan §1",
            )
        ],
    ),
    "serapan": (
        {"Anggaran": {"E8": "70,00"}},
        [
            row(
                "declared_serapan",
                "selisih",
                "Anggaran!E8",
                "Capaian",
                "70",
                "3.8!E10",
                "70",
                "78,21",
                "-8,21",
                "Aturan §5",
            )
        ],
    ),
    "kegiatan amount": (
        {"Anggaran": {"C8": "3.432.609.000"}},
        [
            row(
                "declared_amount",
                "selisih",
                "Anggaran!C8",
                "Anggaran",
                "3.432.609.000",
                "3.8!C10",
                "3.432.609.000",
                "3.432.609.159",
                "-159",
                "Aturan §5",
            )
        ],
    ),
    "programme amount": (
        {"Anggaran": {"D27": "6.500.000.000"}},
        [
            row(
                "declared_amount",
                "selisih",
                "Anggaran!D27",
                "Realisasi",
                "6.500.000.000",
                "3.8!D29",
                "6.500.000.000",
                "6.493.318.000",
                "6.682.000",
                "Aturan §5",
            )
        ],
    ),
    "total": (
        {"Anggaran": {"D46": "13.000.000.000"}},
        [
            row(
                "declared_total",
                "selisih",
                "Anggaran!D46",
                "Realisasi",
                "13.000.000.000",
                "3.8!D48",
                "13.000.000.000",
                "13.359.116.248",
                "-359.116.248",
                "Aturan §5",
            )
        ],
    ),
    "pk target": (
        {"PK": {"D7": "90%"}},
        [
            row(
                "pk_target_differs",
                "selisih",
                "PK!C7",
                "Target",
                "90",
                "3.1!E9",
                "90",
                "89",
                "1",
                "Aturan §7",
            )
        ],
    ),
    # the PK signs programme II for 7.311.991.300, as the Anggaran sheet's lines sum to
    # (3.8's programme II, row 29); a PK that says 7.311.991.000 is 300 rupiah short
    "pk programme budget": (
        {"PK": {"C11": "Rp. 7.311.991.000"}},
        [
            row(
                "pk_budget_differs",
                "selisih",
                "PK!C11",
                "Anggaran",
                "7.311.991.000",
                "3.8!C29",
                "7.311.991.000",
                "7.311.991.300",
                "-300",
                "Aturan §7",
            )
        ],
    ),
    # a programme the Anggaran sheet does not have: its budget cannot be compared
    "pk programme unknown": (
        {"PK": {"B12": "3. Program Pariwisata Daerah"}},
        [
            row(
                "pk_programme_unknown",
                "peringatan",
                "PK!B12",
                "Program",
                "3. Program Pariwisata Daerah",
                "",
                "",
                "",
                "",
                "",
            )
        ],
    ),
    "renstra target": (
        {"Renstra": {"F7": "88%"}},
        [
            row(
                "renstra_target_differs",
                "selisih",
                "Renstra!B7",
                "Target",
                "88",
                "3.1!E9",
                "88",
                "89",
                "-1",
                "Aturan §7",
            )
        ],
    ),
}


@pytest.mark.parametrize("kind", sorted(CASES))
def test_each_kind_of_discrepancy_gives_its_exact_row(tmp_path: Path, kind: str) -> None:
    cells, expected = CASES[kind]
    assert strip(injected(tmp_path, **cells)) == expected


def test_uncapped_sasaran_average_is_summarised_at_the_top(tmp_path: Path) -> None:
    # the seed's 244,9 % for Sasaran 1: the mean of 100 and 389,8, uncapped
    rows = injected(tmp_path, Realisasi={"M4": "Capaian Sasaran", "M5": "244,9%", "M7": "96,30%"})
    assert [r["code"] for r in rows] == ["pattern_uncapped", "declared_sasaran_capaian"]
    assert rows[0]["message"].startswith(
        "1 rata-rata capaian sasaran yang dicantumkan adalah "
        "rata-rata capaian mentah tanpa batas atas"
    )
    assert strip(rows[1:]) == [
        row(
            "declared_sasaran_capaian",
            "selisih",
            "Realisasi!M5",
            "Capaian",
            "244,9",
            "3.5!B11",
            "244,9",
            "100,00",
            "144,90",
            "Aturan §2, §4",
        )
    ]


def test_mean_of_percentages_is_summarised_at_the_top(tmp_path: Path) -> None:
    # sasaran 1 is supported by Pelatihan (88,80) and Penempatan (97,94): their mean is 93,37,
    # the money-weighted serapan 90,31
    rows = injected(tmp_path, Realisasi={"M4": "Serapan Sasaran", "M5": "93,37"})
    assert [r["code"] for r in rows] == ["pattern_mean_of_percentages", "declared_sasaran_serapan"]
    assert strip(rows[1:]) == [
        row(
            "declared_sasaran_serapan",
            "selisih",
            "Realisasi!M5",
            "Capaian",
            "93,37",
            "3.7!C7",
            "93,37",
            "90,31",
            "3,06",
            "Aturan §6",
        )
    ]


def test_the_seed_s_own_figures_give_one_summary_and_no_false_alarm(jember_output: Path) -> None:
    rows = pemeriksaan(jember_output)
    assert rows[0]["code"] == "pattern_truncation"
    assert rows[0]["message"].startswith("20 persentase yang dicantumkan dipotong")
    assert "98,53 (Anggaran!E6)" in rows[0]["message"]
    # the seed's RKT names no sasaran for the first programme: said once, as a note
    unlinked = [r["input"] for r in rows if r["code"] == "line_unlinked"]
    assert unlinked == ["Anggaran!B5"]
    # the closing Jumlah row is read as the declared total: said once, as a note
    totals = [r["input"] for r in rows if r["code"] == "sum_row_total"]
    assert len(totals) == 1 and totals[0].startswith("Anggaran!B")
    details = [r for r in rows[1:] if r["code"] not in ("line_unlinked", "sum_row_total")]
    assert {r["code"] for r in details} == {"declared_truncated"}
    assert {r["severity"] for r in rows} == {"info"}
    assert len(details) == 20
    assert details[0]["message"] == (
        "Anggaran!E6 (hasil 3.8!E8): 98,53 adalah 98,5362 yang dipotong; dibulatkan menjadi 98,54."
    )
    assert details[-1]["input"] == "Anggaran!E46"  # the Total row: 87,26 where 87,2658
    ringkasan = values(jember_output)["Ringkasan"]
    line = [
        c.value
        for r in ringkasan.iter_rows()
        for c in r
        if isinstance(c.value, str) and c.value.startswith("Lembar Pemeriksaan")
    ]
    assert line == [
        "Lembar Pemeriksaan memuat 0 selisih antara angka yang dicantumkan dan "
        "hasil aturan, 0 peringatan dan 21 catatan info."
    ]
