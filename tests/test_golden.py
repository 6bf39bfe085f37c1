"""Golden workbooks: each sample's output compared part by part with a reviewed reference.

The reference of a case is the XML of every part of its output workbook, stored under
``tests/data/golden/<case>/`` as the zip holds them (``xl/worksheets/sheet1.xml`` …), one tag
a line so that a change reads as a diff. Before comparing, what changes from run to run
without changing the workbook is stripped, as XlsxWriter's own test helper
(``_compare_xlsx_files``) does: the creation and modification dates (set to 1980-01-01, the
zip epoch) and the tool's version.

Any other change in any part fails the test: a figure, a formula, a style, a width, the
hidden list of what the tool wrote. When a change is intended, regenerate the references with

    LKIP_REGEN_GOLDEN=1 python -m pytest tests/test_golden.py

and review every changed line (``git diff tests/data/golden``) before committing them. A
reference is never rewritten without that flag, and the hand-worked figures of
``tests/test_sample.py`` are checked on the reference itself, so a regeneration cannot bake
a wrong figure into it unseen.
"""

from __future__ import annotations

import difflib
import io
import os
import re
import zipfile
from pathlib import Path

import pytest

from lkip_xlsx.pipeline import convert
from tests import test_sample
from tests.conftest import DINKES, JEMBER, ROOT

GOLDEN = ROOT / "tests" / "data" / "golden"
CASES = {"jember": JEMBER, "dinkes": DINKES}
REGENERATE = os.environ.get("LKIP_REGEN_GOLDEN") == "1"
HOW = (
    "If the change is intended, regenerate the references with\n"
    "    LKIP_REGEN_GOLDEN=1 python -m pytest tests/test_golden.py\n"
    "and review every changed line with `git diff tests/data/golden` before committing it."
)
_VOLATILE = (
    (
        re.compile(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)"),
        r"\g<1>1980-01-01T00:00:00Z\2",
    ),
    (re.compile(r'(name="lkip_xlsx_version"><vt:lpwstr>)[^<]*(<)'), r"\1(version)\2"),
)


def normalise(xml: str) -> str:
    """Volatile values stripped, one tag a line (a ``><`` never occurs inside XML text)."""
    for pattern, replacement in _VOLATILE:
        xml = pattern.sub(replacement, xml)
    return xml.replace("><", ">\n<").rstrip("\n") + "\n"


def parts(workbook: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(workbook)) as z:
        return {name: normalise(z.read(name).decode("utf-8")) for name in sorted(z.namelist())}


def reference(case: str) -> dict[str, str]:
    folder = GOLDEN / case
    return {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _write_reference(case: str, got: dict[str, str]) -> None:
    folder = GOLDEN / case
    for old in folder.rglob("*"):
        if old.is_file() and old.relative_to(folder).as_posix() not in got:
            old.unlink()
    for name, text in got.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")


def differences(want: dict[str, str], got: dict[str, str], lines: int = 40) -> list[str]:
    out: list[str] = []
    for name in sorted(set(want) | set(got)):
        if name not in got:
            out.append(f"{name}: in the reference, missing from the output")
        elif name not in want:
            out.append(f"{name}: in the output, missing from the reference")
        elif want[name] != got[name]:
            diff = list(
                difflib.unified_diff(
                    want[name].splitlines(),
                    got[name].splitlines(),
                    f"reference/{name}",
                    f"output/{name}",
                    n=2,
                    lineterm="",
                )
            )
            more = f"\n    … {len(diff) - lines} more diff lines" if len(diff) > lines else ""
            out.append(f"{name}:\n    " + "\n    ".join(diff[:lines]) + more)
    return out


@pytest.mark.parametrize("case", sorted(CASES))
def test_output_matches_the_reviewed_reference(case: str, tmp_path: Path) -> None:
    out = tmp_path / f"{case}.xlsx"
    assert convert(CASES[case], out).output == out
    got = parts(out.read_bytes())
    if REGENERATE:
        _write_reference(case, got)
    want = reference(case)
    assert want, f"no reference in {GOLDEN / case}.\n{HOW}"
    found = differences(want, got)
    assert not found, (
        f"The output of {CASES[case].relative_to(ROOT)} differs from its reviewed reference "
        f"in {(GOLDEN / case).relative_to(ROOT)}, in {len(found)} part(s):\n\n"
        + "\n\n".join(found)
        + "\n\n"
        + HOW
    )


def reassembled(case: str, folder: Path) -> Path:
    """The reference put back into a workbook (the line breaks between tags taken out)."""
    path = folder / f"{case}-reference.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in reference(case).items():
            z.writestr(name, text.replace(">\n<", "><"))
    return path


def test_the_jember_reference_holds_the_hand_worked_figures(tmp_path: Path) -> None:
    path = reassembled("jember", tmp_path)
    test_sample.test_tabel_31_capaian(path)
    test_sample.test_tabel_35_scores_and_predicates(path)
    test_sample.test_tabel_37_efficiency(path)
    test_sample.test_tabel_38_serapan_and_total(path)
    test_sample.test_ringkasan_references_the_tables(path)
    test_sample.test_sheets_in_order_and_titles_carry_year_and_agency(path)


def test_the_dinkes_reference_holds_the_hand_worked_figures(tmp_path: Path) -> None:
    path = reassembled("dinkes", tmp_path)
    for row, capaian, predicate in (
        (7, 93.57, "AA"),
        (8, 117.33, "AA"),
        (9, 77.00, "BB"),
        (10, 93.05, "AA"),
        (12, 0.0, "D"),
    ):  # the cases of test_sample.test_second_sample_negative_polarity, worked out there
        test_sample.test_second_sample_negative_polarity((path, None), row, capaian, predicate)


def test_a_changed_part_is_named_with_its_diff_and_how_to_regenerate() -> None:
    want = {"xl/worksheets/sheet5.xml": normalise("<c r='G8'><v>389.8</v></c>")}
    got = {"xl/worksheets/sheet5.xml": normalise("<c r='G8'><v>389.9</v></c>")}
    got["xl/extra.xml"] = "<x/>\n"
    found = differences(want, got)
    assert found[0] == "xl/extra.xml: in the output, missing from the reference"
    assert "-<v>389.8</v>" in found[1] and "+<v>389.9</v>" in found[1]
    assert normalise(
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-30T23:32:26Z</dcterms:created>'
    ) == normalise(
        '<dcterms:created xsi:type="dcterms:W3CDTF">2027-01-01T00:00:00Z</dcterms:created>'
    )
