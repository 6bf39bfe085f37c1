"""The validation stage's share of ``lkip check`` on a generated 10.000-line workbook.

    python benchmarks/validation.py            # 10.000 budget lines, 500 indicators, 5 runs
    python benchmarks/validation.py --runs 3 --lines 1000 --indicators 50

One process: a warm-up ``check`` (imports, pandera's first schema), then ``--runs`` checks, each
timed in CPU seconds (``time.process_time``) as a whole and, inside it, the validation stage:
every call of the functions named in ``STAGE`` that exist in this version of the package (the
typed frames and their pandera schemas; before issue 10 point 5, ``build.validate_table``).
Prints the medians and the stage's share of the whole ``check``; and, where this version still
has them, the calls that parsed the same values a second time after validation (``REPARSE``).

To compare with the code before the typed frames, run this file against an older checkout:
``git worktree add --detach /tmp/old <commit>`` and
``PYTHONPATH=/tmp/old python benchmarks/validation.py``.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate  # noqa: E402

# (module, function): the validation stage, old and new names; the ones present are timed
STAGE = (
    ("lkip_xlsx.build", "validate_table"),  # before: raw object columns, per-value predicates
    ("lkip_xlsx.build", "typed_frame"),  # after: each sheet parsed once into typed columns
    ("lkip_xlsx.build", "validate_frame"),  # after: the contract's pandera schema
)
# before: the values validated were parsed again to build the report
REPARSE = (
    ("lkip_xlsx.build", "parsed"),
    ("lkip_xlsx.budget", "amount"),
    ("lkip_xlsx.plans", "parsed"),
)


BY_NAME: dict[str, list[float]] = {}  # per function, the CPU seconds of each run


def _timed(fn: Callable[..., Any], spent: list[float], name: str) -> Callable[..., Any]:
    BY_NAME[name] = [0.0]

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            took = time.process_time() - start
            spent[0] += took
            BY_NAME[name][-1] += took

    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--indicators", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from lkip_xlsx.pipeline import check

    spent, again = [0.0], [0.0]
    patched = _patch(STAGE, spent)
    reparse = _patch(REPARSE, again)
    if not patched:
        raise SystemExit("no validation stage found")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "big.xlsx"
        generate(args.lines, args.indicators, src)
        check(src)  # warm-up
        whole, stage, second = [], [], []
        for _ in range(args.runs):
            spent[0] = again[0] = 0.0
            for runs in BY_NAME.values():
                runs.append(0.0)
            start = time.process_time()
            result = check(src)
            whole.append(time.process_time() - start)
            stage.append(spent[0])
            second.append(again[0])
    w, s = statistics.median(whole), statistics.median(stage)
    print(f"stage: {', '.join(patched)}")
    print(f"workbook: {args.lines} budget lines, {args.indicators} indicators")
    print(f"findings: {len(result.findings)}")
    print(f"check (CPU s, median of {args.runs}): {w:.3f}")
    print(f"validation stage (CPU s, median): {s:.3f}")
    print(f"stage / check: {s / w:.1%}")
    for name, runs in BY_NAME.items():
        print(f"  {name}: {statistics.median(runs[1:]):.3f} s")
    if reparse:
        r = statistics.median(second)
        print(f"second parse after validation ({', '.join(reparse)}): {r:.3f} s, {r / w:.1%}")
    else:
        print("second parse after validation: none (every value read once)")


def _patch(names: tuple[tuple[str, str], ...], spent: list[float]) -> list[str]:
    patched = []
    for module_name, name in names:
        module = importlib.import_module(module_name)
        if hasattr(module, name):
            setattr(module, name, _timed(getattr(module, name), spent, f"{module_name}.{name}"))
            patched.append(f"{module_name}.{name}")
    return patched


if __name__ == "__main__":
    main()
