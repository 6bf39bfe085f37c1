"""The rule set from a configuration file (TOML), for agencies whose rules differ.

[predikat]
skala = "sakip"                      # a built-in scale: sakip or permendagri86, or:
nama = "kab-contoh"
judul = "Skala predikat Kabupaten Contoh"
kategori = [
  { kode = "AA", lebih_dari = 90, arti = "Sangat Memuaskan" },
  { kode = "A",  lebih_dari = 75, arti = "Memuaskan" },
  { kode = "B",  arti = "Kurang" },  # the last category: no lower bound
]

[aturan]
batas_atas_skor = 100                # a number, or "tanpa" for no cap
ambang_efisiensi = 1.0

[peringkat]                          # targets written as grades (docs/aturan.md §1a)
capaian = "peringkat"                # rank(R) / rank(T) x 100, or "tercapai": 100 or 0
[[peringkat.skala]]                  # an agency's own scale, best label first
nama = "akreditasi"
label = ["Paripurna", "Utama", "Madya", ["Dasar", "Perdana"]]   # a list: label and synonyms
kata = ["akreditasi"]                # words in Satuan that name this scale
"""

from __future__ import annotations

import tomllib
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .contract import SHEETS, YEAR_COLUMN, Mapping, SheetSpec, normalize, sheet_key
from .errors import UsageError
from .rules import (
    GRADE_MODES,
    GRADE_SCALES,
    SCALES,
    Band,
    GradeScale,
    RuleSet,
    Scale,
    key_of,
)

__all__ = ["load_rules", "load_mapping"]


def _bad(path: Path, reason: str) -> UsageError:
    return UsageError("config_invalid", path=str(path), reason=reason)


def _read_toml(path: Path, syntax_code: str) -> dict[str, Any]:
    """The TOML file's tables; a mistake is located by line and column in our words
    (tomllib says it in English only)."""
    import re

    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError("config_unreadable", path=str(path)) from exc
    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+), column (\d+)", str(exc))
        lines = source.split("\n")
        line, column = found.groups() if found else (str(len(lines)), str(len(lines[-1]) + 1))
        raise UsageError(syntax_code, path=str(path), line=line, column=column) from exc


def _number(path: Path, key: str, value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise _bad(path, f"{key} = {value!r}")
    try:
        return Decimal(str(value).replace(",", "."))
    except InvalidOperation as exc:
        raise _bad(path, f"{key} = {value!r}") from exc


def _scale(path: Path, table: dict[str, Any]) -> Scale | None:
    if "skala" in table:
        name = str(table["skala"])
        if name not in SCALES:
            raise _bad(path, f"predikat.skala = {name!r} ({', '.join(SCALES)})")
        return SCALES[name]
    if "kategori" not in table:
        return None
    items = table["kategori"]
    if not isinstance(items, list) or len(items) < 2:
        raise UsageError("config_too_few_categories", path=str(path))
    bands: list[Band] = []
    for i, item in enumerate(items):
        where = f"predikat.kategori[{i + 1}]"
        if not isinstance(item, dict) or not str(item.get("kode", "")).strip():
            raise _bad(path, f"{where}.kode")
        last = i == len(items) - 1
        if last and "lebih_dari" in item:
            raise UsageError("config_last_bound", path=str(path), key=f"{where}.lebih_dari")
        if not last and "lebih_dari" not in item:
            raise _bad(path, f"{where}.lebih_dari")
        above = None if last else _number(path, f"{where}.lebih_dari", item["lebih_dari"])
        if above is not None and bands and bands[-1].above is not None and above >= bands[-1].above:
            raise UsageError("config_bounds_order", path=str(path), key=f"{where}.lebih_dari")
        code = str(item["kode"]).strip()
        bands.append(Band(code, above, str(item.get("arti", code)).strip()))
    return Scale(
        str(table.get("nama", "kustom")), str(table.get("judul", "Skala kustom")), tuple(bands)
    )


def load_rules(path: Path, base: RuleSet | None = None) -> RuleSet:
    """Read ``path``; raises :class:`UsageError` naming the faulty key."""
    base = base or RuleSet()
    data = _read_toml(path, "config_syntax")
    scale = _scale(path, data.get("predikat", {})) or base.scale
    rules = data.get("aturan", {})
    cap = base.cap
    if "batas_atas_skor" in rules:
        raw = rules["batas_atas_skor"]
        cap = (
            None
            if str(raw).strip().lower() in ("tanpa", "none", "false")
            else _number(path, "aturan.batas_atas_skor", raw)
        )
    threshold = base.efficiency_threshold
    if "ambang_efisiensi" in rules:
        threshold = _number(path, "aturan.ambang_efisiensi", rules["ambang_efisiensi"])
    grades, mode = _grades(path, data.get("peringkat", {}), base)
    return RuleSet(
        scale=scale, cap=cap, efficiency_threshold=threshold, grades=grades, grade_mode=mode
    )


def _grades(path: Path, table: Any, base: RuleSet) -> tuple[tuple[GradeScale, ...], str]:
    """``[peringkat]``: the capaian mode of graded targets and the agency's own scales,
    listed after the built-in ones."""
    if not isinstance(table, dict):
        raise _bad(path, "peringkat")
    mode = str(table.get("capaian", base.grade_mode)).strip().lower()
    if mode not in GRADE_MODES:
        raise _bad(path, f"peringkat.capaian = {mode!r} ({', '.join(GRADE_MODES)})")
    items = table.get("skala", [])
    if not isinstance(items, list):
        raise _bad(path, "peringkat.skala")
    own = tuple(_grade_scale(path, i, item) for i, item in enumerate(items, start=1))
    taken = {s.name for s in GRADE_SCALES}
    for scale in own:
        if scale.name in taken:
            raise _bad(path, f"peringkat.skala: nama = {scale.name!r} (twice / dua kali)")
        taken.add(scale.name)
    return (*GRADE_SCALES, *own), mode


def _grade_scale(path: Path, i: int, item: Any) -> GradeScale:
    where = f"peringkat.skala[{i}]"
    if not isinstance(item, dict) or not str(item.get("nama", "")).strip():
        raise _bad(path, f"{where}.nama")
    labels = item.get("label")
    if not isinstance(labels, list) or len(labels) < 2:
        raise _bad(path, f"{where}.label: at least two labels / minimal dua label")
    entries: list[tuple[str, ...]] = []
    for label in labels:
        names = label if isinstance(label, list) else [label]
        clean = tuple(str(n).strip() for n in names if str(n).strip())
        if not clean or any(key_of(n) == "" for n in clean):
            raise _bad(path, f"{where}.label = {label!r}")
        entries.append(clean)
    keys = [key_of(n) for names in entries for n in names]
    if len(set(keys)) != len(keys):
        raise _bad(path, f"{where}.label: a label twice / label ganda")
    words = tuple(str(w).strip().lower() for w in item.get("kata", []) if str(w).strip())
    name = str(item["nama"]).strip()
    return GradeScale(name, str(item.get("judul", name)), tuple(entries), words)


def _canonical_column(spec: SheetSpec, name: str) -> str | None:
    label = normalize(name)
    m = YEAR_COLUMN.match(label)
    if m:
        return f"{m.group(1)}@{m.group(2)}"
    for col in spec.columns:
        if col.matches(label) or col.key == label.replace(" ", "_"):
            return col.key
    return None


def load_mapping(path: Path) -> Mapping:
    """An agency's own words for sheets and columns:

    [lembar]                  # the name in your file = the standard name
    "Capaian IKU" = "Realisasi"
    [kolom.Realisasi]
    "Nilai Target" = "Target"
    "Capaian Thn 2021" = "Realisasi 2021"
    """
    data = _read_toml(path, "mapping_syntax")

    def bad(reason: str) -> UsageError:
        return UsageError("mapping_invalid", path=str(path), reason=reason)

    def spec_named(name: str) -> SheetSpec:
        key = sheet_key(name)
        for spec in SHEETS:
            if key in spec.names():
                return spec
        raise bad(f"{name!r}: {', '.join(s.title for s in SHEETS)}")

    sheets: dict[str, str] = {}
    for own, standard in dict(data.get("lembar", {})).items():
        sheets[sheet_key(own)] = spec_named(str(standard)).key
    columns: dict[str, dict[str, str]] = {}
    for sheet, table in dict(data.get("kolom", {})).items():
        spec = spec_named(sheet)
        if not isinstance(table, dict):
            raise bad(f"kolom.{sheet}")
        for own, standard in table.items():
            key = _canonical_column(spec, str(standard))
            if key is None:
                names = ", ".join(c.label for c in spec.columns)
                raise bad(f"kolom.{sheet}.{own!r} = {standard!r} ({names})")
            columns.setdefault(spec.key, {})[normalize(own)] = key
    return Mapping(sheets, columns)
