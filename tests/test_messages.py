"""Every message a user can meet exists in Indonesian and English."""

from __future__ import annotations

import re
from pathlib import Path

from lkip_xlsx.messages import MESSAGES, text

SOURCE = Path(__file__).resolve().parent.parent / "lkip_xlsx"
# Finding("code", …), LkipError subclasses ("code", …), text("code", …) and the checks' codes
PATTERNS = (
    re.compile(r'Finding\(\s*"([a-z_]+)"'),
    re.compile(r'(?:FileReadError|FileWriteError|UsageError|LkipError)\(\s*"([a-z_]+)"'),
    re.compile(r'(?<![.\w])text\(\s*"([a-z_]+)"'),  # messages.text(), not row.text()
    re.compile(r'_(?:pct|amount)_finding\(\s*"([a-z_]+)"'),
    re.compile(r'^\s*"[a-z_]+": \("([a-z_]+)", (?:_[a-z_]+|lambda)', re.MULTILINE),  # _CHECKS
    re.compile(r'\bcode = "([a-z_]+)"'),
    re.compile(r'Status\.\w+: \("([a-z_]+)"'),  # build._STATUS_FINDINGS
)


def codes_in_source() -> set[str]:
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for pattern in PATTERNS:
            found.update(pattern.findall(source))
    return found


def test_every_code_in_the_source_has_both_languages() -> None:
    codes = codes_in_source()
    assert len(codes) > 30
    missing = sorted(c for c in codes if c not in MESSAGES)
    assert missing == []
    for code, texts in MESSAGES.items():
        assert set(texts) == {"id", "en"}, code
        assert texts["id"] != texts["en"], code


def test_templates_fill_without_leftover_braces() -> None:
    for code in MESSAGES:
        for lang in ("id", "en"):
            filled = text(code, lang, where="Realisasi!F7", value="x", column="Target")
            assert "{" not in filled and "}" not in filled, (code, lang)
