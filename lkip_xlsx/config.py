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
"""

from __future__ import annotations

import tomllib
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .errors import UsageError
from .rules import SCALES, Band, RuleSet, Scale

__all__ = ["load_rules"]


def _bad(path: Path, reason: str) -> UsageError:
    return UsageError("config_invalid", path=str(path), reason=reason)


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
        raise _bad(path, "predikat.kategori: at least two categories / minimal dua kategori")
    bands: list[Band] = []
    for i, item in enumerate(items):
        where = f"predikat.kategori[{i + 1}]"
        if not isinstance(item, dict) or not str(item.get("kode", "")).strip():
            raise _bad(path, f"{where}.kode")
        last = i == len(items) - 1
        if last and "lebih_dari" in item:
            raise _bad(
                path,
                f"{where}.lebih_dari: the last category has no lower bound / "
                "kategori terakhir tanpa batas bawah",
            )
        if not last and "lebih_dari" not in item:
            raise _bad(path, f"{where}.lebih_dari")
        above = None if last else _number(path, f"{where}.lebih_dari", item["lebih_dari"])
        if above is not None and bands and bands[-1].above is not None and above >= bands[-1].above:
            raise _bad(path, f"{where}.lebih_dari: bounds must fall / batas harus menurun")
        code = str(item["kode"]).strip()
        bands.append(Band(code, above, str(item.get("arti", code)).strip()))
    return Scale(
        str(table.get("nama", "kustom")), str(table.get("judul", "Skala kustom")), tuple(bands)
    )


def load_rules(path: Path, base: RuleSet | None = None) -> RuleSet:
    """Read ``path``; raises :class:`UsageError` naming the faulty key."""
    base = base or RuleSet()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError("config_unreadable", path=str(path)) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise _bad(path, str(exc)) from exc
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
    return RuleSet(scale=scale, cap=cap, efficiency_threshold=threshold)
