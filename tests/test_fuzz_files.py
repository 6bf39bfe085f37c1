"""Fuzzing (issue 7): mutated bytes of the sample's zip, mutated XML inside a valid zip, and
workbooks of random structure. Every example ends in findings, an output, or a refusal with
its own message (a :class:`LkipError`); never an unhandled exception, never a partial output.

LKIP_FUZZ_EXAMPLES sets the examples per test (50 by default, the same ones every CI run; the
long run used 10.000).
"""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lkip_xlsx.contract import SHEETS
from lkip_xlsx.errors import LkipError
from lkip_xlsx.pipeline import convert
from tests.conftest import JEMBER

SAMPLE = JEMBER.read_bytes()
EXAMPLES = int(os.environ.get("LKIP_FUZZ_EXAMPLES", "50"))
with zipfile.ZipFile(io.BytesIO(SAMPLE)) as _z:
    MEMBERS = {i.filename: _z.read(i) for i in _z.infolist()}
XML_PARTS = sorted(n for n in MEMBERS if n.endswith(".xml"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def outcome(data: bytes) -> str:
    """Convert ``data``; the kind of ending, or an AssertionError for a broken guarantee."""
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.xlsx", Path(tmp) / "out.xlsx"
        src.write_bytes(data)
        try:
            result = convert(src, out)
        except LkipError as exc:
            assert not out.exists()
            return exc.code
        assert (result.output is not None) == out.exists()
        leftovers = [p.name for p in Path(tmp).iterdir() if p.name.endswith(".tmp")]
        assert leftovers == []
        return "output" if result.output else "findings"


def rezip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


edits = st.lists(
    st.tuples(
        st.sampled_from(["flip", "delete", "insert", "duplicate"]),
        st.floats(0, 1, exclude_max=True),
        st.integers(1, 64),
        st.binary(min_size=1, max_size=8),
    ),
    min_size=1,
    max_size=6,
)


def mutate(data: bytes, changes: list[tuple[str, float, int, bytes]]) -> bytes:
    out = bytearray(data)
    for kind, where, length, payload in changes:
        if not out:
            break
        at = int(where * len(out))
        if kind == "flip":
            out[at] ^= payload[0] or 1
        elif kind == "delete":
            del out[at : at + length]
        elif kind == "insert":
            out[at:at] = payload
        else:
            out[at:at] = out[at : at + length]
    return bytes(out)


@FUZZ
@given(changes=edits, cut=st.one_of(st.none(), st.floats(0, 1)))
def test_mutated_zip_bytes(changes: list[tuple[str, float, int, bytes]], cut: float | None) -> None:
    data = mutate(SAMPLE, changes)
    if cut is not None:
        data = data[: int(cut * len(data))]
    outcome(data)


@FUZZ
@given(part=st.sampled_from(XML_PARTS), changes=edits)
def test_mutated_xml_inside_a_valid_zip(
    part: str, changes: list[tuple[str, float, int, bytes]]
) -> None:
    members = dict(MEMBERS)
    members[part] = mutate(members[part], changes)
    outcome(rezip(members))


NAMES = sorted({n for spec in SHEETS for n in (spec.title, *spec.synonyms)} | {"Lain", "Sheet1"})
LABELS = sorted(
    {n for spec in SHEETS for c in spec.columns for n in (c.label, *c.synonyms)}
    | {"Target 2023", "Realisasi 2023", "Realisasi 2021", "2024", "No", "(1)", ""}
)
VALUES = st.one_of(
    st.none(),
    st.integers(-(10**6), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(
        [
            "1.000 Orang",
            "85,71%",
            "Rp 1.000,00",
            "-",
            "Program: A",
            "Kegiatan :",
            "Sub Kegiatan",
            "positif",
            "negatif",
            "Total",
            "I",
            "2",
            "#DIV/0!",
            "Sumber data",
            "=1+1",
            "x",
        ]
    ),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=20),
)
SHEET = st.tuples(
    st.sampled_from(NAMES),
    st.integers(0, 4),  # title rows above the header
    st.lists(st.sampled_from(LABELS), min_size=1, max_size=10),  # the header
    st.lists(st.lists(VALUES, max_size=10), max_size=12),  # the rows
)


@FUZZ
@given(sheets=st.lists(SHEET, min_size=1, max_size=6))
def test_workbooks_of_random_structure(
    sheets: list[tuple[str, int, list[str], list[list[object]]]],
) -> None:
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    used: set[str] = set()
    for name, titles, header, rows in sheets:
        title = name if name.lower() not in used else f"{name[:25]} {len(used)}"
        used.add(title.lower())
        ws = wb.create_sheet(title[:31])
        for r in range(titles):
            ws.cell(r + 1, 1, f"Judul {r}")
        for c, label in enumerate(header, start=1):
            ws.cell(titles + 1, c, label)
        for r, values in enumerate(rows, start=titles + 2):
            for c, value in enumerate(values, start=1):
                ws.cell(r, c, value)
    buf = io.BytesIO()
    wb.save(buf)
    outcome(buf.getvalue())
