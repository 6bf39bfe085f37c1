"""Performance as ratios taken in one run (these machines are noisy).

    python benchmarks/bench.py            # full: 15 interleaved rounds
    python benchmarks/bench.py --quick    # CI: 3 rounds, checks that it still runs
    python benchmarks/bench.py --fresh-venv   # also in a new venv without the dev extras

In a development environment pandera's first validation imports ``hypothesis`` (installed
there for the tests) through its strategies module, which the import floor does not pay;
staff install without the dev extras, so ``--fresh-venv`` measures what they run.

Each round runs, one after the other, every command being compared, so that a slow spell of
the machine hits all of them alike; the ratio of the medians is reported.

1. cold ``lkip convert`` of the bundled sample against the import floor
   ``python -c "import typer, openpyxl, xlsxwriter, pandera.pandas"`` (target <= 1.3x);
2. ``lkip --help`` against a bare Typer app's ``--help`` (target <= 1.5x).
"""

from __future__ import annotations

import argparse
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


def _time(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(python: str, rounds: int) -> dict[str, float]:
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
    return {k: statistics.median(v) for k, v in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 rounds, for CI")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--python", default=sys.executable, help="interpreter to measure")
    parser.add_argument(
        "--fresh-venv",
        action="store_true",
        help="also measure in a new virtual environment (pip install .)",
    )
    args = parser.parse_args()
    rounds = 3 if args.quick else args.rounds
    report(args.python, rounds)
    if args.fresh_venv:
        with tempfile.TemporaryDirectory() as tmp:
            venv = Path(tmp) / "venv"
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            python = str(venv / "bin" / "python")
            subprocess.run([python, "-m", "pip", "install", "-q", str(ROOT)], check=True)
            report(python, rounds)
    return 0


def report(python: str, rounds: int) -> None:
    m = measure(python, rounds)
    rows = [
        ("cold convert / import floor", m["convert"], m["imports"], 1.3),
        ("lkip --help / bare Typer --help", m["help"], m["bare_help"], 1.5),
    ]
    print(f"rounds: {rounds}, interpreter: {python}")
    for name, a, b, target in rows:
        ratio = a / b
        verdict = "ok" if ratio <= target else "OVER TARGET"
        print(
            f"{name:34s} {a:6.3f} s / {b:6.3f} s = {ratio:4.2f}x  (target <= {target}x) {verdict}"
        )


if __name__ == "__main__":
    sys.exit(main())
