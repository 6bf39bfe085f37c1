"""A province at once: a batch of generated workbooks and its Rekap (issue 15). Opt-in, never
part of the test suite.

    python benchmarks/province.py --files 1000            # --jobs 1 and --jobs 2, the Rekap
    python benchmarks/province.py --files 100 --jobs 2    # smaller, one setting
    python benchmarks/province.py --large 50000           # one 50.000-line workbook's peak

Each setting runs in a process of its own (the batch's parent), which reports:

- the batch's time and throughput (files per second), and the Rekap's time (built and written
  from the summaries the workers returned) as a share of it;
- the parent's resident memory after every tenth of the files (flat: it keeps one small
  summary per file) and its peak; each worker's peak (``VmHWM``, sampled from ``/proc``
  while it lives).

The machine's load is printed with the figures (``/proc/loadavg`` before and after): on a
shared 2-core machine the ratio of ``--jobs 2`` to ``--jobs 1`` is only meaningful when it is
otherwise idle.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNNER = r"""
import json, os, sys, threading, time
from pathlib import Path
from lkip_xlsx.batch import collect, run_batch
from lkip_xlsx.model import Options
from lkip_xlsx.rekap import entries, write_rekaps

def status(pid, key):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0

def children(pid):
    out = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            out += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            pass
    return out

folder, out, jobs = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
out.mkdir(parents=True, exist_ok=True)
me, workers, stop = os.getpid(), {}, threading.Event()

def watch():
    while not stop.is_set():
        for pid in children(me):
            workers[pid] = max(workers.get(pid, 0.0), status(pid, "VmHWM"))
        time.sleep(0.2)

threading.Thread(target=watch, daemon=True).start()
files = collect([folder])
rss, done = [], [0]

def tick(_):
    done[0] += 1
    if done[0] % max(1, len(files) // 10) == 0:
        rss.append((done[0], round(status(me, "VmRSS"), 1)))

t0 = time.perf_counter()
results = run_batch(files, Options(), out, jobs, tick)
t1 = time.perf_counter()
written = write_rekaps(entries(results), out, None, Options())
t2 = time.perf_counter()
stop.set()
print(json.dumps({
    "files": len(files), "converted": sum(r.output is not None for r in results),
    "batch": t1 - t0, "rekap": t2 - t1, "rss": rss, "parent_peak": status(me, "VmHWM"),
    "workers": sorted(round(v, 1) for v in workers.values() if v),
    "rekaps": [p.name for p in written.paths],
}))
"""
LARGE = r"""
import resource, sys, time
from pathlib import Path
from lkip_xlsx.pipeline import convert
t = time.perf_counter()
convert(Path(sys.argv[1]), Path(sys.argv[2]))
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def _load() -> str:
    return Path("/proc/loadavg").read_text().split(" ", 3)[:3].__str__()


def make(folder: Path, n: int) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generate

    for i in range(n):
        generate(
            45,
            6,
            folder / f"pd {i:04d}.xlsx",
            f"Dinas Uji {i:04d}",
            f"Kabupaten Uji {i // 40 + 1:02d}",
            2023,
            seed=i,
        )


def run(folder: Path, out: Path, jobs: int) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, str(folder), str(out), str(jobs)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    figures: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def province(n: int, settings: list[int]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "masukan"
        folder.mkdir()
        t = time.perf_counter()
        make(folder, n)
        print(f"-- {n} generated workbooks ({time.perf_counter() - t:.0f} s to generate)")
        seconds: dict[int, float] = {}
        for jobs in settings:
            before = _load()
            f = run(folder, Path(tmp) / f"hasil{jobs}", jobs)
            batch, rekap = float(str(f["batch"])), float(str(f["rekap"]))
            seconds[jobs] = batch
            print(f"--jobs {jobs}  (load before {before}, after {_load()})")
            speed = n / batch
            print(
                f"  converted {f['converted']}/{f['files']} in {batch:.1f} s = {speed:.2f} files/s"
            )
            print(
                f"  Rekap {rekap:.2f} s = {100 * rekap / batch:.1f} % of the batch (target < 5 %)"
            )
            print(
                f"  parent peak {float(str(f['parent_peak'])):.0f} MB; RSS by files done {f['rss']}"
            )
            workers = f["workers"]
            print(f"  worker peaks (MB): {workers}")
            print(f"  Rekaps: {f['rekaps']}")
        if 1 in seconds and 2 in seconds:
            ratio = seconds[1] / seconds[2]
            verdict = "ok" if ratio >= 1.7 else "UNDER"
            print(f"--jobs 2 / --jobs 1 throughput: {ratio:.2f}x (target >= 1.7x) {verdict}")


def large(lines: int) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generate

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "besar.xlsx"
        generate(lines, lines // 20, src)
        before = _load()
        done = subprocess.run(
            [sys.executable, "-c", LARGE, str(src), str(Path(tmp) / "o.xlsx")],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        seconds, peak = (float(x) for x in done.stdout.split())
        verdict = "ok" if peak <= 600 else "OVER"
        print(f"-- one workbook of {lines} lines, {lines // 20} indicators (load {before})")
        print(f"  {seconds:.1f} s, peak {peak:.0f} MB (target <= 600 MB) {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--files", type=int, default=0, help="workbooks in the batch")
    parser.add_argument("--jobs", type=int, action="append", help="1, 2 or both (default)")
    parser.add_argument("--large", type=int, default=0, help="lines of one large workbook")
    args = parser.parse_args()
    if args.files:
        province(args.files, args.jobs or [1, 2])
    if args.large:
        large(args.large)
    if not args.files and not args.large:
        parser.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
