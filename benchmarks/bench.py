"""Performance as ratios taken in one run (these machines are noisy).

    python benchmarks/bench.py                 # full: the figures for the notes
    python benchmarks/bench.py --quick         # CI: small sizes, checks that it still runs
    python benchmarks/bench.py --fresh-venv    # also the startup ratios in a new venv

Every comparison interleaves its commands round by round, so that a slow spell of the machine
hits both sides alike, and reports the ratio of the medians.

1. batch: N copies of the sample through one ``lkip convert --jobs 2`` against N separate cold
   ``lkip convert`` runs (target: at least 8x the throughput);
2. in-process cost per workbook against the I/O floor: openpyxl reading the same input (as
   the reader does: read-only, every cell) plus xlsxwriter writing the same number of cells
   and formulas (target: at most 2x);
3. growth: generated workbooks of 1.000 and 10.000 budget lines (50 and 500 indicators), the
   conversion timed in-process after a warm-up, each in its own process for its peak memory
   (targets: ratio between 8x and 12x, peak of the large one at most 400 MB);
4. cold ``lkip convert`` of the sample against the import floor (at most 1.3x), and
   ``lkip --help`` against a bare Typer app's ``--help`` (at most 1.5x).

In a development environment pandera's first validation imports ``hypothesis`` (installed
there for the tests) through its strategies module, which the import floor does not pay;
staff install without the dev extras, so ``--fresh-venv`` measures what they run.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "jember-disnaker-2023.xlsx"
BARE_APP = """
import typer

app = typer.Typer()


@app.command()
def convert(input: str, output: str = "") -> None:
    print(input, output)


@app.command()
def check(input: str) -> None:
    print(input)


app()
"""
IN_PROCESS = """
import gc, json, sys, time
from pathlib import Path
from lkip_xlsx.pipeline import convert
src, out, rounds = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
convert(src, out)  # warm-up: imports, first calls
times = []
for _ in range(rounds):
    t = time.perf_counter(); convert(src, out); times.append(time.perf_counter() - t)
print(json.dumps(times))
"""
FLOOR = """
import io, json, sys, time
from pathlib import Path
import openpyxl, xlsxwriter
from lkip_xlsx.pipeline import convert
src, out = Path(sys.argv[1]), Path(sys.argv[2])
cells, formulas, rounds = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
def floor():
    wb = openpyxl.load_workbook(io.BytesIO(src.read_bytes()), data_only=True, read_only=True)
    for ws in wb.worksheets:
        ws.reset_dimensions()
        for row in ws.iter_rows():
            for c in row:
                c.value, getattr(c, "number_format", None)
    wb.close()
    book = xlsxwriter.Workbook(io.BytesIO())
    ws = book.add_worksheet()
    for i in range(cells - formulas):
        ws.write_string(i // 10, i % 10, "teks") if i % 2 else ws.write_number(i // 10, i % 10, i)
    for i in range(formulas):
        ws.write_formula(i, 11, f"=ROUND(A{i + 1}/B{i + 1}*100,2)", None, 1.5)
    book.close()
floor(); convert(src, out)
ours, base = [], []
for _ in range(rounds):  # interleaved, so that a slow spell hits both alike
    t = time.perf_counter(); convert(src, out); ours.append(time.perf_counter() - t)
    t = time.perf_counter(); floor(); base.append(time.perf_counter() - t)
print(json.dumps([ours, base]))
"""


def _time(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _json(cmd: list[str]) -> list[float]:
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    times: list[float] = json.loads(out.strip().splitlines()[-1])
    return times


def _line(name: str, a: float, b: float, verdict: str) -> None:
    print(f"{name:44s} {a:8.3f} s / {b:8.3f} s = {a / b:6.2f}x  {verdict}")


def startup(python: str, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp) / "bare.py"
        bare.write_text(BARE_APP)
        out = Path(tmp) / "out.xlsx"
        commands = {
            "convert": [python, "-m", "lkip_xlsx", "convert", str(SAMPLE), "-o", str(out)],
            "imports": [python, "-c", "import typer, openpyxl, xlsxwriter, pandera.pandas"],
            "help": [python, "-m", "lkip_xlsx", "--help"],
            "bare_help": [python, str(bare), "--help"],
        }
        for cmd in commands.values():  # warm the OS caches and .pyc files once
            _time(cmd)
        times: dict[str, list[float]] = {k: [] for k in commands}
        for _ in range(rounds):
            for name, cmd in commands.items():
                times[name].append(_time(cmd))
    m = {k: statistics.median(v) for k, v in times.items()}
    print(f"-- startup ({rounds} rounds, {python})")
    for name, a, b, target in (
        ("cold convert / import floor", m["convert"], m["imports"], 1.3),
        ("lkip --help / bare Typer --help", m["help"], m["bare_help"], 1.5),
    ):
        _line(name, a, b, f"(target <= {target}x) {'ok' if a / b <= target else 'OVER'}")


def batch(python: str, copies: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "masukan"
        folder.mkdir()
        for i in range(copies):
            shutil.copy(SAMPLE, folder / f"dinas {i:03d}.xlsx")
        start = time.perf_counter()
        for i in range(copies):
            subprocess.run(
                [
                    python,
                    "-m",
                    "lkip_xlsx",
                    "convert",
                    str(folder / f"dinas {i:03d}.xlsx"),
                    "-o",
                    str(Path(tmp) / "single.xlsx"),
                ],
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        singles = time.perf_counter() - start
        start = time.perf_counter()
        subprocess.run(
            [
                python,
                "-m",
                "lkip_xlsx",
                "convert",
                str(folder),
                "--out-dir",
                str(Path(tmp) / "hasil"),
                "--jobs",
                "2",
                "--quiet",
                "--json",
                # copies of one agency: the Rekap would rightly flag them as duplicates (exit
                # 1); the Rekap's own cost is measured by benchmarks/province.py
                "--no-rekap",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        together = time.perf_counter() - start
        made = len(list((Path(tmp) / "hasil").glob("*.xlsx")))
    assert made == copies, made
    print(f"-- batch ({copies} copies of the sample)")
    ratio = singles / together
    _line(
        f"{copies} cold runs / one --jobs 2 run",
        singles,
        together,
        f"= {ratio:.1f}x the throughput (target >= 8x) {'ok' if ratio >= 8 else 'UNDER'}",
    )


def _counts(xlsx: Path) -> tuple[int, int]:
    import openpyxl

    wb = openpyxl.load_workbook(xlsx)
    cells = formulas = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    cells += 1
                    formulas += c.data_type == "f"
    return cells, formulas


def floor(python: str, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.xlsx"
        subprocess.run(
            [python, "-m", "lkip_xlsx", "convert", str(SAMPLE), "-o", str(out)],
            check=True,
            capture_output=True,
        )
        cells, formulas = _counts(out)
        raw = subprocess.run(
            [python, "-c", FLOOR, str(SAMPLE), str(out), str(cells), str(formulas), str(rounds)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    ours, base = json.loads(raw.strip().splitlines()[-1])
    a, b = statistics.median(ours), statistics.median(base)
    print(
        f"-- in-process, per workbook ({rounds} interleaved rounds; output {cells} cells, "
        f"{formulas} formulas)"
    )
    _line(
        "convert / (openpyxl read + xlsxwriter write)",
        a,
        b,
        f"(target <= 2x) {'ok' if a / b <= 2 else 'OVER'}",
    )


def growth(python: str, small: tuple[int, int], large: tuple[int, int], rounds: int) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generate

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for lines, indicators in (small, large):
            src = Path(tmp) / f"g{lines}.xlsx"
            generate(lines, indicators, src)
            times = _json(
                [python, "-c", IN_PROCESS, str(src), str(Path(tmp) / "o.xlsx"), str(rounds)]
            )
            peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            results.append((lines, indicators, statistics.median(times), peak_mb))
    (l1, i1, t1, _), (l2, i2, t2, m2) = results
    print(f"-- growth ({rounds} rounds each, in-process after a warm-up)")
    ok = (l2 / l1) * 0.8 <= t2 / t1 <= (l2 / l1) * 1.2
    _line(
        f"{l2} lines, {i2} ind. / {l1} lines, {i1} ind.",
        t2,
        t1,
        f"(target {0.8 * l2 / l1:.0f}x-{1.2 * l2 / l1:.0f}x) {'ok' if ok else 'OUT'}",
    )
    print(
        f"{'peak memory of the large one':44s} {m2:8.0f} MB (target <= 400 MB) "
        f"{'ok' if m2 <= 400 else 'OVER'}"
    )


def stages(python: str) -> None:
    """Where the time goes, for the notes: the four stages on the large workbook."""
    code = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from generate import generate
from lkip_xlsx.pipeline import _collector_paused, convert
from lkip_xlsx.reader import read_workbook
from lkip_xlsx.build import build_report
from lkip_xlsx.model import Options
from lkip_xlsx.assemble import build_sheets
from lkip_xlsx.writer import write_workbook
src = Path(sys.argv[1]); generate(10000, 500, src)
convert(src, src.with_name("w.xlsx"))
with _collector_paused():
    t0 = time.perf_counter(); raw = read_workbook(src); t1 = time.perf_counter()
    rep, fs = build_report(raw, Options()); t2 = time.perf_counter()
    grids, every = build_sheets(rep, Options().rules, fs, "id"); t3 = time.perf_counter()
    write_workbook(grids, src.with_name("o.xlsx"), title="x"); t4 = time.perf_counter()
total = t4 - t0
for name, a, b in (("read (openpyxl)", t0, t1), ("validate + model (pandera)", t1, t2),
                   ("tables + formulas", t2, t3), ("write (xlsxwriter)", t3, t4)):
    print(f"  {name:28s} {b - a:6.2f} s  {100 * (b - a) / total:4.0f} %")
"""
    with tempfile.TemporaryDirectory() as tmp:
        print("-- where the time goes (10.000 lines, 500 indicators)")
        subprocess.run(
            [python, "-c", code, str(Path(tmp) / "g.xlsx"), str(ROOT / "benchmarks")], check=True
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for CI")
    parser.add_argument("--python", default=sys.executable, help="interpreter to measure")
    parser.add_argument(
        "--fresh-venv",
        action="store_true",
        help="also measure the startup ratios in a new venv (pip install .)",
    )
    args = parser.parse_args()
    python = args.python
    if args.quick:
        print("quick mode: sizes too small for the targets; run without --quick for figures")
        startup(python, 3)
        batch(python, 6)
        floor(python, 3)
        growth(python, (100, 10), (1000, 100), 2)
        return 0
    startup(python, 15)
    batch(python, 200)
    floor(python, 15)
    growth(python, (1000, 50), (10000, 500), 3)
    stages(python)
    if args.fresh_venv:
        with tempfile.TemporaryDirectory() as tmp:
            venv = Path(tmp) / "venv"
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            fresh = str(venv / "bin" / "python")
            subprocess.run([fresh, "-m", "pip", "install", "-q", str(ROOT)], check=True)
            startup(fresh, 15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
