"""Write the corpus of broken inputs: ``python tests/data/build_corpus.py``.

Each case is the bundled sample with one fault put in, and the findings it must produce,
written by hand: (code, sheet, cell). ``tests/test_corpus.py`` asserts them exactly. The
tidy sample's layout: Realisasi header on row 4 (F Target 2023, I Realisasi 2023, J Capaian
2023), data rows 5-7; Anggaran header on row 4 (A Level, B Uraian, C Anggaran, D Realisasi,
E Capaian), lines 5-45, Total 46; PK and Renstra data rows 5-7; RKT rows 4-12; Program
Kegiatan rows 4-18; Identitas values in column B (Tahun in B5).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import openpyxl
from openpyxl.workbook.workbook import Workbook

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent.parent / "samples" / "jember-disnaker-2023.xlsx"
CORPUS = HERE / "corpus"

Mutation = Callable[[Workbook], None]
Expected = list[tuple[str, str, str]]


def put(sheet: str, **cells: object) -> Mutation:
    def mutate(wb: Workbook) -> None:
        for ref, value in cells.items():
            wb[sheet][ref] = value  # type: ignore[assignment]

    return mutate


def chain(*steps: Mutation) -> Mutation:
    def mutate(wb: Workbook) -> None:
        for step in steps:
            step(wb)

    return mutate


def delete(sheet: str) -> Mutation:
    def mutate(wb: Workbook) -> None:
        del wb[sheet]

    return mutate


def unmerge(sheet: str, rng: str) -> Mutation:
    def mutate(wb: Workbook) -> None:
        wb[sheet].unmerge_cells(rng)

    return mutate


# the declared figures that a changed amount would also contradict, cleared so that a case
# shows one fault
NO_DECLARED_10 = put("Anggaran", E10=None, C8=None, D8=None, E8=None, C46=None, D46=None, E46=None)

CASES: dict[str, tuple[Mutation, Expected]] = {
    # -- Realisasi, every required column, and the optional figures
    "realisasi-target-teks": (
        put("Realisasi", F5="seratus"),
        # the PK and the Renstra say 100 where Realisasi says "seratus": they differ (§7)
        [
            ("target_unreadable", "Realisasi", "F5"),
            ("pk_target_differs", "PK", "C5"),
            ("renstra_target_differs", "Renstra", "B5"),
        ],
    ),
    "realisasi-target-kosong": (put("Realisasi", F7=None), [("target_blank", "Realisasi", "F7")]),
    "realisasi-indikator-kosong": (
        put("Realisasi", C6=None),
        [("required_blank", "Realisasi", "C6")],
    ),
    "realisasi-sasaran-kosong": (
        chain(unmerge("Realisasi", "B5:B6"), put("Realisasi", B5=None)),
        [("required_blank", "Realisasi", "B5"), ("required_blank", "Realisasi", "B6")],
    ),
    "realisasi-polaritas-asing": (
        put("Realisasi", E6="ke atas"),
        [("polarity_unknown", "Realisasi", "E6")],
    ),
    "realisasi-tanpa-data": (put("Realisasi", I6=None), [("no_data", "Realisasi", "I6")]),
    "realisasi-teks": (
        put("Realisasi", I7="BB"),
        [("realisasi_grade_for_number", "Realisasi", "I7")],
    ),
    "realisasi-target-nol": (
        put("Realisasi", F6=0),
        [
            ("target_zero", "Realisasi", "F6"),
            # the PK and the Renstra still say 1.000 for that year
            ("pk_target_differs", "PK", "C6"),
            ("renstra_target_differs", "Renstra", "B6"),
        ],
    ),
    "realisasi-capaian-teks": (
        put("Realisasi", J5="tinggi"),
        [("not_a_number", "Realisasi", "J5")],
    ),
    "realisasi-nasional-teks": (
        put("Realisasi", K5="sekitar dua"),
        [("not_a_number", "Realisasi", "K5")],
    ),
    "realisasi-capaian-salah": (
        put("Realisasi", J7="95%"),
        [("declared_capaian", "Realisasi", "J7")],
    ),
    "realisasi-rumus-tanpa-nilai": (
        put("Realisasi", I7="=12/14*100"),
        [("formula_no_cache", "Realisasi", "I7")],
    ),
    "realisasi-judul-target-hilang": (
        put("Realisasi", F4="Nilai"),
        [("header_not_found", "Realisasi", "")],
    ),
    "realisasi-lembar-hilang": (delete("Realisasi"), [("sheet_missing", "Realisasi", "")]),
    # -- Anggaran, every required column, levels, declared figures
    "anggaran-pagu-teks": (
        put("Anggaran", C7="tiga puluh juta"),
        [("amount_invalid", "Anggaran", "C7")],
    ),
    "anggaran-pagu-negatif": (put("Anggaran", C9=-5), [("amount_invalid", "Anggaran", "C9")]),
    "anggaran-realisasi-kosong": (
        put("Anggaran", D10=None),
        [("amount_invalid", "Anggaran", "D10")],
    ),
    "anggaran-uraian-kosong": (put("Anggaran", B12=None), [("required_blank", "Anggaran", "B12")]),
    "anggaran-level-asing": (put("Anggaran", A9="Subkeg"), [("level_unknown", "Anggaran", "A9")]),
    "anggaran-level-tak-jelas": (put("Anggaran", A5=None), [("level_missing", "Anggaran", "B5")]),
    "anggaran-kegiatan-tanpa-program": (
        put("Anggaran", A5="Kegiatan", C5=1, D5=1),
        [("orphan_line", "Anggaran", "B5")],
    ),
    "anggaran-persen-salah": (
        put("Anggaran", E8="70,00"),
        [("declared_serapan", "Anggaran", "E8")],
    ),
    "anggaran-jumlah-kegiatan-salah": (
        put("Anggaran", C8="3.432.609.000"),
        [("declared_amount", "Anggaran", "C8")],
    ),
    "anggaran-total-salah": (
        put("Anggaran", D46="13.000.000.000"),
        [("declared_total", "Anggaran", "D46")],
    ),
    "anggaran-melebihi-pagu": (
        chain(NO_DECLARED_10, put("Anggaran", D10=200_000_000)),
        [("spent_over_budget", "Anggaran", "D10")],
    ),
    "anggaran-pagu-nol": (
        chain(NO_DECLARED_10, put("Anggaran", C10=0, D10=0)),
        [("budget_zero", "Anggaran", "C10")],
    ),
    "anggaran-persen-teks": (put("Anggaran", E7="lancar"), [("not_a_number", "Anggaran", "E7")]),
    "anggaran-judul-uraian-hilang": (
        put("Anggaran", B4="Nama Kegiatan"),
        [("header_not_found", "Anggaran", "")],
    ),
    "anggaran-lembar-hilang": (delete("Anggaran"), [("sheet_missing", "Anggaran", "")]),
    # -- Identitas
    "identitas-tahun-teks": (
        put("Identitas", B5="dua ribu"),
        [("year_invalid", "Identitas", "B5")],
    ),
    "identitas-tahun-tidak-ada": (
        # no year anywhere: nor in the title line over the table (which would be read)
        chain(
            put("Identitas", B5=None),
            put("Realisasi", F4="Target", A1="PENGUKURAN KINERJA"),
            put("Anggaran", A1="REALISASI ANGGARAN PER PROGRAM"),
        ),
        [("year_unknown", "Identitas", "")],
    ),
    # -- PK, Renstra, RKT, Program Kegiatan
    "pk-target-teks": (put("PK", D5="sesuai"), [("pk_target_differs", "PK", "C5")]),
    "pk-indikator-asing": (
        put("PK", C7="Indikator yang tidak ada di mana pun"),
        [("pk_indicator_unknown", "PK", "C7")],
    ),
    "renstra-indikator-asing": (
        put("Renstra", B6="Sesuatu yang lain sama sekali"),
        [("renstra_indicator_unknown", "Renstra", "B6")],
    ),
    "rkt-program-asing": (
        put("RKT", D4="Program Entah Apa"),
        [("rkt_program_unknown", "RKT", "D4")],
    ),
    "rkt-sasaran-asing": (
        put("RKT", A9="Sasaran lain yang tidak ada"),
        [("rkt_sasaran_unknown", "RKT", "A9"), ("no_support", "3.7", "C8")],
    ),
    "program-kegiatan-sasaran-asing": (
        put("Program Kegiatan", A4=9),
        [("budget_sasaran_unknown", "Program Kegiatan", "A4")],
    ),
    "program-kegiatan-input-asing": (
        put("Program Kegiatan", C6="Sub kegiatan tak dikenal"),
        [("input_line_unknown", "Program Kegiatan", "A6")],
    ),
    "program-kegiatan-uraian-kosong": (
        put("Program Kegiatan", C4=None),
        [("required_blank", "Program Kegiatan", "C4")],
    ),
}


def main() -> None:
    CORPUS.mkdir(exist_ok=True)
    for old in CORPUS.glob("*.xlsx"):
        old.unlink()
    manifest: dict[str, list[list[str]]] = {}
    for name, (mutate, expected) in CASES.items():
        wb = openpyxl.load_workbook(SAMPLE)
        mutate(wb)
        wb.save(CORPUS / f"{name}.xlsx")
        manifest[name] = [list(e) for e in expected]
    (CORPUS / "cases.json").write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{len(CASES)} cases in {CORPUS}")


if __name__ == "__main__":
    main()
