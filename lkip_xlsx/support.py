"""Which budget lines support which sasaran (docs/aturan.md §6), decided per line.

A sasaran named on a line (the ``Sasaran`` column of ``Anggaran``, or an ``RKT`` row naming
the line) covers the line's whole subtree unless a line below names its own. A line may so
support several sasaran, and one programme may support different sasaran through different
lines. Each sasaran's support is given as the fewest whole subtrees (a programme all of whose
lines support it stands for all of them), so that its money is summed once; lines that
support no sasaran are listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .lookup import match_name, sasaran_index
from .model import BudgetLine, Finding, Kind, Sasaran
from .reader import RawTable

__all__ = ["LinePath", "Support", "from_budget", "from_rkt", "paths", "line_at", "unlinked_notes"]

LinePath = tuple[int, ...]  # (programme,), (programme, kegiatan) or (programme, kegiatan, sub)


@dataclass(frozen=True)
class Support:
    """Lines by their position in ``Report.budget_lines()`` (Tabel 3.8's order)."""

    lines: tuple[tuple[int, ...], ...]  # per sasaran: the subtrees that support it
    unlinked: tuple[int, ...]  # subtrees that support no sasaran
    programmes: tuple[tuple[int, ...], ...]  # per sasaran: programmes with a supporting line


def paths(programmes: Sequence[BudgetLine]) -> Iterator[tuple[LinePath, BudgetLine]]:
    """Every line with its path, in sheet order (programme, its kegiatan, their subs)."""

    def walk(line: BudgetLine, path: LinePath) -> Iterator[tuple[LinePath, BudgetLine]]:
        yield path, line
        for i, child in enumerate(line.children):
            yield from walk(child, (*path, i))

    for i, prog in enumerate(programmes):
        yield from walk(prog, (i,))


def line_at(programmes: Sequence[BudgetLine], path: LinePath) -> BudgetLine:
    line = programmes[path[0]]
    for i in path[1:]:
        line = line.children[i]
    return line


def _cover(
    line: BudgetLine,
    path: LinePath,
    eff: frozenset[int],
    tags: dict[LinePath, frozenset[int]],
    want: int | None,
) -> tuple[bool, list[LinePath]]:
    """(whole subtree matches, the fewest subtrees that match): ``want`` a sasaran index, or
    None for lines that support none."""
    eff = tags.get(path, eff)
    if not line.children:
        ok = (want in eff) if want is not None else not eff
        return ok, [path] if ok else []
    parts = [_cover(child, (*path, i), eff, tags, want) for i, child in enumerate(line.children)]
    if all(ok for ok, _ in parts):
        return True, [path]
    return False, [p for _, ps in parts for p in ps]


def _resolve(
    n_sasaran: int, programmes: Sequence[BudgetLine], tags: dict[LinePath, frozenset[int]]
) -> Support:
    index = {path: i for i, (path, _) in enumerate(paths(programmes))}

    def covers(want: int | None) -> list[LinePath]:
        out: list[LinePath] = []
        for i, prog in enumerate(programmes):
            out += _cover(prog, (i,), frozenset(), tags, want)[1]
        return out

    per = [covers(s) for s in range(n_sasaran)]
    return Support(
        tuple(tuple(index[p] for p in ps) for ps in per),
        tuple(index[p] for p in covers(None)),
        tuple(tuple(sorted({p[0] for p in ps})) for ps in per),
    )


def _indices(text: str, names: Sequence[str]) -> list[int]:
    """``'1'``, a sasaran's name, or several separated by ``,`` / ``;``."""
    found = sasaran_index(text, names)
    if found is not None:
        return [found]
    parts = [p for p in re.split(r"[;,]", text) if p.strip()]
    hits = [sasaran_index(p, names) for p in parts] if len(parts) > 1 else []
    return [h for h in hits if h is not None] if hits and None not in hits else []


def from_budget(
    sasaran: Sequence[Sasaran], programmes: Sequence[BudgetLine], findings: list[Finding]
) -> Support:
    """From the ``Sasaran`` column of ``Anggaran``, at any level."""
    names = [s.name for s in sasaran]
    tags: dict[LinePath, frozenset[int]] = {}
    for path, line in paths(programmes):
        if not line.sasaran:
            continue
        found = _indices(line.sasaran, names)
        if not found:
            findings.append(
                Finding(
                    Kind.BUDGET_SASARAN_UNKNOWN,
                    line.src.sheet,
                    line.src.cell,
                    "Sasaran",
                    line.sasaran,
                )
            )
            continue
        tags[path] = frozenset(found)
    return _resolve(len(sasaran), programmes, tags)


def _find(text: str, lines: Sequence[tuple[LinePath, BudgetLine]]) -> LinePath | None:
    found = match_name(text, [line.name for _, line in lines])
    return None if found is None else lines[found][0]


@dataclass
class _Rkt:
    """The RKT's rows read as a cascade: a blank programme or kegiatan cell is the one
    above (the cells are merged down in the printed RKT), within the same programme."""

    table: RawTable
    findings: list[Finding]
    reported: set[str]

    def warn(self, kind: Kind, key: str, row: int, column: str, text: str) -> None:
        if text in self.reported:
            return
        self.reported.add(text)
        cell = self.table.address(key, row)
        self.findings.append(Finding(kind, self.table.title, cell, column, text))


def from_rkt(
    table: RawTable,
    sasaran: Sequence[Sasaran],
    programmes: Sequence[BudgetLine],
    findings: list[Finding],
) -> Support:
    """From the ``RKT`` cascade: each row links its sasaran to the programme, kegiatan and
    sub kegiatan it names."""
    names = [s.name for s in sasaran]
    prog_lines = [((i,), p) for i, p in enumerate(programmes)]
    tags: dict[LinePath, set[int]] = {}
    rkt = _Rkt(table, findings, set())
    last_s, prog, keg = "", "", ""
    for row in table.rows:
        last_s = row.text("sasaran") or last_s
        if row.text("program"):
            prog, keg = row.text("program"), ""
        keg = row.text("kegiatan") or keg
        if not prog:
            continue
        s_idx = match_name(last_s, names)
        if s_idx is None:
            rkt.warn(Kind.RKT_SASARAN_UNKNOWN, "sasaran", row.row, "Sasaran", last_s)
            continue
        p_path = _find(prog, prog_lines)
        if p_path is None:
            rkt.warn(Kind.RKT_PROGRAM_UNKNOWN, "program", row.row, "Program", prog)
            continue
        found = [p_path]
        children = list(paths([line_at(programmes, p_path)]))
        under = [((*p_path, *p[1:]), line) for p, line in children if len(p) == 2]
        k_path = _find(keg, under) if keg else None
        if keg and k_path is None and "kegiatan" in table.columns:
            rkt.warn(Kind.RKT_LINE_UNKNOWN, "kegiatan", row.row, "Kegiatan", keg)
        found += [k_path] if k_path else []
        sub = row.text("sub_kegiatan")
        if sub:
            scope = [
                ((*p_path, *p[1:]), line)
                for p, line in children
                if len(p) == 3 and (k_path is None or (*p_path, *p[1:])[:2] == k_path)
            ]
            s_path = _find(sub, scope)
            if s_path is None:
                rkt.warn(Kind.RKT_LINE_UNKNOWN, "sub_kegiatan", row.row, "Sub Kegiatan", sub)
            found += [s_path] if s_path else []
        for path in found:
            tags.setdefault(path, set()).add(s_idx)
    frozen = {p: frozenset(s) for p, s in tags.items()}
    return _resolve(len(sasaran), programmes, frozen)


def unlinked_notes(
    support: Support, programmes: Sequence[BudgetLine], source: str
) -> list[Finding]:
    """A note per subtree that supports no sasaran (when something links budget to sasaran)."""
    if not source:
        return []
    lines = [line for _, line in paths(programmes)]
    return [
        Finding(
            Kind.LINE_UNLINKED,
            lines[i].src.sheet,
            lines[i].src.cell,
            "Uraian",
            lines[i].name,
            params=(("level", lines[i].level.label), ("source", source)),
        )
        for i in support.unlinked
    ]
