"""A corpus of broken inputs, each with the findings it must produce, asserted exactly:
(code, sheet, cell) of every finding above 'info' (issue 4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lkip_xlsx.model import Result, Severity
from lkip_xlsx.pipeline import check, convert
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "data" / "corpus"
CASES: dict[str, list[list[str]]] = json.loads((CORPUS / "cases.json").read_text("utf-8"))


def found(result: Result) -> list[tuple[str, str, str]]:
    return sorted((f.code, f.sheet, f.cell) for f in result.findings if f.severity > Severity.INFO)


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 30
    assert sorted(p.stem for p in CORPUS.glob("*.xlsx")) == sorted(CASES)


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_broken_input_gives_exactly_its_findings(case: str, tmp_path: Path) -> None:
    expected = sorted(tuple(e) for e in CASES[case])
    src = CORPUS / f"{case}.xlsx"
    result = check(src)
    assert found(result) == expected
    converted = convert(src, tmp_path / "out.xlsx")
    assert found(converted) == expected
    errors = any(f.severity is Severity.ERROR for f in converted.findings)
    assert (converted.output is None) == errors
    assert converted.exit_code == 1
