"""Every message a user can meet exists in Indonesian and English, and every kind of finding
renders with exactly the parameters it declares."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from lkip_xlsx.kinds import FIELDS, Kind, Severity
from lkip_xlsx.messages import MESSAGES, as_dict, render, text
from lkip_xlsx.model import Finding

SOURCE = Path(__file__).resolve().parent.parent / "lkip_xlsx"
# the messages that are not findings: LkipError subclasses ("code", …) and text("code", …)
PATTERNS = (
    re.compile(r'(?:FileReadError|FileWriteError|UsageError|LkipError)\(\s*"([a-z_]+)"'),
    re.compile(r'(?<![.\w])text\(\s*"([a-z_]+)"'),  # messages.text(), not row.text()
)


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _example(kind: Kind) -> Finding:
    return Finding(
        kind,
        "Realisasi",
        "F7",
        "Target",
        "x",
        params=tuple((p, f"<{p}>") for p in kind.params),
        output_cell="'Tabel 3.1'!G7",
        declared="98,53",
        computed="98,54",
    )


@pytest.mark.parametrize("kind", list(Kind))
def test_every_kind_renders_in_both_languages_with_its_declared_parameters(kind: Kind) -> None:
    finding = _example(kind)
    texts = {lang: render(finding, lang) for lang in ("id", "en")}
    assert texts["id"] != texts["en"]
    for lang, filled in texts.items():
        assert "{" not in filled and "}" not in filled, (kind, lang)
        for p in kind.params:  # every declared parameter is said
            assert f"<{p}>" in filled, (kind, lang, p)
        assert _placeholders(kind.template(lang)) <= set(FIELDS) | set(kind.params)
        assert kind.label(lang).strip() and "_" not in kind.label(lang)
    assert kind.label("id") != kind.label("en") or kind.label("id").isupper()


@pytest.mark.parametrize("kind", [k for k in Kind if k.params])
def test_a_missing_parameter_is_an_error_not_a_dash(kind: Kind) -> None:
    with pytest.raises(ValueError, match=kind.value):
        Finding(kind, "Realisasi", "F7", params=tuple((p, "1") for p in kind.params[1:]))


def test_patterns_are_a_property_of_the_kind() -> None:
    patterns = {k for k in Kind if k.is_pattern}
    assert patterns == {
        Kind.PATTERN_TRUNCATION,
        Kind.PATTERN_UNCAPPED,
        Kind.PATTERN_MEAN_OF_PERCENTAGES,
    }


def test_severity_comes_from_the_kind_and_can_be_overridden() -> None:
    assert Finding(Kind.NO_DATA).severity is Severity.WARNING
    lowered = Finding(Kind.REQUIRED_BLANK, override=Severity.WARNING)
    assert lowered.severity is Severity.WARNING
    assert Finding(Kind.REQUIRED_BLANK).severity is Severity.ERROR


def test_one_serialisation_of_a_finding() -> None:
    data = as_dict(_example(Kind.DECLARED_TRUNCATED), "id")
    assert data["code"] == "declared_truncated"
    assert data["label"] == "Persentase dipotong"
    assert data["severity"] == "info"
    assert data["where"] == "Realisasi!F7"
    assert data["params"] == {"exact": "<exact>"}
    assert data["message"] == (
        "Realisasi!F7 (hasil 'Tabel 3.1'!G7): 98,53 adalah <exact> yang dipotong; "
        "dibulatkan menjadi 98,54."
    )


def test_no_english_inside_an_indonesian_sentence() -> None:
    finding = _example(Kind.PATTERN_TRUNCATION)
    assert "where" not in render(finding, "id")
    assert "padahal angka tepatnya <exact> → <rounded>" in render(finding, "id")


def _codes_in_source() -> set[str]:
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for pattern in PATTERNS:
            found.update(pattern.findall(source))
    return found


def test_every_other_message_in_the_source_has_both_languages() -> None:
    codes = _codes_in_source()
    assert len(codes) > 30
    assert sorted(c for c in codes if c not in MESSAGES) == []
    assert not set(MESSAGES) & {k.value for k in Kind}  # one home per sentence
    for code, texts in MESSAGES.items():
        assert set(texts) == {"id", "en"}, code
        assert texts["id"] != texts["en"], code


def test_a_missing_parameter_of_a_message_raises() -> None:
    with pytest.raises(KeyError):
        text("file_missing", "id")
