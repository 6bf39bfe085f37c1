"""What reading untagged budget levels costs: ``python benchmarks/untagged.py BOOK.xlsx …``.

For each workbook: the time to read it (cached values), the second read of the budget sheet
with formulas as text and the names' bold and indent (made only when some row carries no
level tag; ``-`` when none was needed), and the time to level the budget rows with and
without the untagged-level pass (the pre-pass that finds untagged rows runs on every
workbook; without it, the marks it keeps are read in the levelling pass itself). Best of
``--repeat`` runs (default 3). A large untagged workbook: ``python benchmarks/generate.py
10000 200 OUT.xlsx --untagged``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from unittest.mock import patch

from lkip_xlsx import levels, untagged
from lkip_xlsx.reader import RawTable, read_workbook


def _best(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def _levels(path: Path, skip: bool) -> float:
    """Read, then time levelling alone (the second read, when made, is timed apart)."""
    table = read_workbook(path).tables["anggaran"]
    if table.read_cell_facts is not None:
        read, table.read_cell_facts = table.read_cell_facts, None
        read()
    with ExitStack() as stack:
        if skip:
            stack.enter_context(patch.object(levels, "infer", lambda *a: untagged.Untagged()))
            stack.enter_context(patch.object(levels, "_stated", lambda state: {}))
        start = time.perf_counter()
        levels.prepare(table)
        return time.perf_counter() - start


def _second_read(path: Path) -> float | None:
    table: RawTable = read_workbook(path).tables["anggaran"]
    rows = levels._stated(levels._State(table))
    if all(level is not None for level in rows.values()) or table.read_cell_facts is None:
        return None
    start = time.perf_counter()
    table.read_cell_facts()
    return time.perf_counter() - start


def main() -> None:
    args = sys.argv[1:]
    repeat = 3
    if "--repeat" in args:
        i = args.index("--repeat")
        repeat = int(args[i + 1])
        del args[i : i + 2]
    for name in args:
        path = Path(name)
        read = _best(repeat, lambda: read_workbook(path))  # noqa: B023  # called at once
        second = [s for _ in range(repeat) if (s := _second_read(path)) is not None]
        with_pass = min(_levels(path, skip=False) for _ in range(repeat))
        without = min(_levels(path, skip=True) for _ in range(repeat))
        rows = len(read_workbook(path).tables["anggaran"].rows)
        extra = f"{min(second) * 1000:.0f} ms" if second else "-"
        print(
            f"{path.name}: {rows} budget rows; read {read * 1000:.0f} ms; second read {extra}; "
            f"levels {with_pass * 1000:.0f} ms with the untagged pass, {without * 1000:.0f} ms "
            "without"
        )


if __name__ == "__main__":
    main()
