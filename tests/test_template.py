"""``lkip template``: the committed template is current, converts as it is, and filled with
the sample's figures converts to the sample's output (issue 4)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from lkip_xlsx.cli import app
from lkip_xlsx.pipeline import convert
from lkip_xlsx.reader import read_workbook
from tests.conftest import JEMBER, ROOT
from tests.helpers import same_workbook_values

runner = CliRunner()
COMMITTED = ROOT / "templates" / "lkip-template.xlsx"


def _content(path: Path) -> list[object]:
    wb = openpyxl.load_workbook(path)
    out: list[object] = [wb.sheetnames]
    for ws in wb.worksheets:
        out.append([[c.value for c in row] for row in ws.iter_rows()])
        out.append(
            sorted((dv.formula1, str(dv.sqref)) for dv in ws.data_validations.dataValidation)
        )
    return out


def test_committed_template_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / "t.xlsx"
    result = runner.invoke(app, ["template", "-o", str(fresh)])
    assert result.exit_code == 0
    assert _content(fresh) == _content(COMMITTED), (
        "run: lkip template -o templates/lkip-template.xlsx"
    )


def test_template_has_instructions_and_drop_downs() -> None:
    wb = openpyxl.load_workbook(COMMITTED)
    assert wb.sheetnames == [
        "Petunjuk",
        "Identitas",
        "Realisasi",
        "Anggaran",
        "PK",
        "Renstra",
        "RKT",
        "Program Kegiatan",
    ]
    lists = {
        (ws.title, dv.formula1) for ws in wb.worksheets for dv in ws.data_validations.dataValidation
    }
    assert ("Realisasi", '"positif,negatif"') in lists
    assert ("Anggaran", '"Program,Kegiatan,Sub Kegiatan"') in lists
    assert ("Program Kegiatan", '"Input,Output,Outcome"') in lists
    explained = {(r[0].value, r[1].value) for r in wb["Petunjuk"].iter_rows(min_row=5)}
    assert ("Realisasi", "Polaritas") in explained and ("Anggaran", "Level") in explained


def test_template_converts_as_it_is(tmp_path: Path) -> None:
    result = convert(COMMITTED, tmp_path / "o.xlsx")
    assert result.exit_code == 0, result.findings


def _fill(template: Path, dst: Path) -> None:
    """Write the sample's figures into the template's columns, as staff would."""
    sample = read_workbook(JEMBER)
    blank = read_workbook(template)
    wb = openpyxl.load_workbook(template)
    identity = {
        "instansi": "Instansi",
        "pemerintah": "Pemerintah",
        "tahun": "Tahun",
        "kepala": "Kepala",
        "nip": "NIP",
        "pangkat": "Pangkat",
        "kota": "Kota",
        "tanggal": "Tanggal",
        "atasan": "Atasan",
        "jabatan_atasan": "Jabatan Atasan",
        "tanggal_pk": "Tanggal PK",
        "misi": "Misi",
        "tujuan_rpjmd": "Tujuan RPJMD",
        "indikator_tujuan_rpjmd": "Indikator Tujuan RPJMD",
        "sasaran_rpjmd": "Sasaran RPJMD",
        "indikator_sasaran_rpjmd": "Indikator Sasaran RPJMD",
    }
    for row in wb["Identitas"].iter_rows():
        for key, label in identity.items():
            if row[0].value == label:
                row[1].value = sample.identity[key][0]  # type: ignore[assignment]
    for key, table in sample.tables.items():
        target = blank.tables[key]
        ws = wb[target.title]
        ws.delete_rows(2, ws.max_row)
        columns = dict(target.columns)
        for base, years in target.years.items():
            for year, col in years.items():
                columns[f"{base}@{year}"] = col
        # the reporting year's columns are plain in the template; past years take the
        # template's year columns in order
        plain = {"target@2023": "target", "realisasi@2023": "realisasi", "capaian@2023": "capaian"}
        free = sorted(columns.pop(k) for k in list(columns) if k.startswith("realisasi@"))
        for k in sorted(
            k for k in table.rows[0].cells if k.startswith("realisasi@") and k not in plain
        ):
            if free:
                col = free.pop(0)
                ws.cell(1, col, f"Realisasi {k.split('@')[1]}")
                columns[k] = col
        for i, raw in enumerate(table.rows, start=2):
            for k, cell in raw.cells.items():
                at = columns.get(k) or columns.get(plain.get(k, k))
                if at is not None and cell.value is not None:
                    written = ws.cell(i, at, cell.value)  # type: ignore[call-overload]
                    written.number_format = cell.number_format
    # the PK as staff complete it: its title above, the programme block below
    pk, ws = sample.tables["pk"], wb[blank.tables["pk"].title]
    below = ws.max_row + 2
    for r, cells in enumerate(pk.block, start=below):
        for c, (value, _) in enumerate(cells, start=1):
            ws.cell(r, c, value)  # type: ignore[call-overload]
    for key in ("pk", "renstra"):  # and each with its title, as printed, over the header
        ws = wb[blank.tables[key].title]
        ws.insert_rows(1, 2)
        ws.cell(1, 1, sample.tables[key].above[0])
    wb.save(dst)


def test_template_filled_with_the_sample_gives_the_sample_s_output(
    tmp_path: Path, jember_output: Path
) -> None:
    filled = tmp_path / "terisi.xlsx"
    _fill(COMMITTED, filled)
    out = tmp_path / "o.xlsx"
    result = convert(filled, out)
    assert result.exit_code == 0, result.findings
    assert same_workbook_values(jember_output, out) == []


def test_template_never_overwrites_without_force(tmp_path: Path) -> None:
    """Issue 14: a template staff had already filled in was silently replaced."""
    filled = tmp_path / "Data LKIP 2024.xlsx"
    filled.write_bytes(b"isian staf")
    result = runner.invoke(app, ["template", "-o", str(filled)])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"{filled} sudah ada dan tidak ditimpa (mungkin sudah Anda isi). Pilih nama lain "
        "dengan -o, atau tambahkan --force untuk menimpanya."
    )
    assert filled.read_bytes() == b"isian staf"
    forced = runner.invoke(app, ["template", "-o", str(filled), "--force"])
    assert forced.exit_code == 0
    assert openpyxl.load_workbook(filled).sheetnames[0] == "Petunjuk"


def test_template_into_a_missing_folder_or_onto_a_folder(tmp_path: Path) -> None:
    missing = tmp_path / "tidak ada" / "t.xlsx"
    result = runner.invoke(app, ["template", "-o", str(missing)])
    assert result.exit_code == 3
    assert f"folder {missing.parent} tidak ada" in result.stderr
    result = runner.invoke(app, ["template", "-o", str(tmp_path)])
    assert result.exit_code == 3
    assert f"Hasil tidak dapat ditulis ke {tmp_path}: itu sebuah folder." in result.stderr
    assert "tak terduga" not in result.stderr


def test_template_is_written_atomically(tmp_path: Path, monkeypatch: object) -> None:
    import lkip_xlsx.files as files

    calls: list[Path] = []
    real = files.atomic_write

    def spy(dst: Path, data: bytes) -> None:
        calls.append(dst)
        real(dst, data)

    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(files, "atomic_write", spy)
    target = tmp_path / "t.xlsx"
    assert runner.invoke(app, ["template", "-o", str(target)]).exit_code == 0
    assert calls == [target]
