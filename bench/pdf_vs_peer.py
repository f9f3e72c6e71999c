"""The app's PDF export beside a bare hand-written reportlab page, as whole processes.

    python bench/pdf_vs_peer.py [--runs 5] [--peer-data countries-50m.json]

In one run, alternating round by round (median of `--runs`, wall and CPU time):
- the peer: bench/peers/reportlab_export.py, one A4 map page of Europe (issue #17);
- the same peer with OPENBLAS_NUM_THREADS=1, as the app's PDF export loads numpy (an
  OpenBLAS pool's spinning threads cost a process 60 ms CPU on two busy cores): the ratio
  to it says how much of the app's lead is that setting;
- the app, one map page: `briefing-app export` of the slide "NATO and the Coalition side by
  side" with its cover, `--no-appendix`, with the basemap;
- the app, all 8 built-in slides with the cover, `--no-appendix`: the cost of each further
  map page is (8 pages - 1 page) / 7;
- the app, the built-in briefing as `briefing-app export -o x.pdf` makes it (8 slides and
  the appendix).
The ratio app / peer is what to compare: absolute times move with the machine and its load.
QGIS 3.22 took 2.3 times the peer on the machine of issue #17 (1.19 s against 0.52 s).
Every process has the same fresh data folder; a first round, not counted, fills its cache
(printed as the first start) and the compiled bytecode of the peer and the app (in a folder
of its own: an installed app has its bytecode, and PYTHONDONTWRITEBYTECODE in the caller's
environment would have every run compile the app's modules again, 0.1 s).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from timing import alternate  # noqa: E402 (the bench folder is not a package)

SLIDE = "NATO and the Coalition side by side"
PEER = HERE / "peers" / "reportlab_export.py"
PEER_DATA = HERE / "data" / "world-atlas-2.0.2" / "countries-50m.json"
QGIS_RATIO = 1.19 / 0.52  # issue #17, the same machine, one session
TARGET_RATIO = 1.2
ONE_THREAD_PEER = "peer, one BLAS thread"
TARGET_FURTHER_PAGE = 0.15
TARGET_BUILTIN = 1.5


def briefing_files(folder: Path) -> tuple[Path, Path, int]:
    from briefing_app.model import fileformat
    from briefing_app.model.builtin import builtin_briefing

    every = builtin_briefing()
    one = builtin_briefing()
    one.slides = [s for s in one.slides if s.title == SLIDE]
    if not one.slides:
        raise SystemExit(f"no built-in slide is titled {SLIDE!r}")
    one_path, every_path = folder / "one.briefing", folder / "every.briefing"
    fileformat.save(one, one_path)
    fileformat.save(every, every_path)
    return one_path, every_path, len(every.slides)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--peer-data",
        type=Path,
        default=PEER_DATA,
        help="world-atlas@2.0.2's countries-50m.json (default: the vendored one)",
    )
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        one, every, slides = briefing_files(folder)
        app = [python, "-m", "briefing_app", "export"]
        runs: dict[str, list[str]] = {}
        if args.peer_data.is_file():
            peer = [python, str(PEER), str(args.peer_data), str(folder / "peer.pdf")]
            runs["bare reportlab peer"] = peer
            runs[ONE_THREAD_PEER] = ["env", "OPENBLAS_NUM_THREADS=1", *peer]
        else:
            print(
                f"peer skipped: {args.peer_data} is missing (world-atlas@2.0.2's "
                "countries-50m.json; give it with --peer-data)"
            )
        runs["app, one map page"] = [*app, str(one), "-o", str(folder / "one.pdf"), "--no-appendix"]
        runs[f"app, {slides} map pages"] = [
            *app,
            str(every),
            "-o",
            str(folder / "every.pdf"),
            "--no-appendix",
        ]
        runs["app, built-in briefing"] = [*app, "-o", str(folder / "builtin.pdf")]
        env = dict(
            os.environ,
            PYTHONPATH=str(HERE.parent),
            BRIEFING_APP_DATA_DIR=str(folder / "data"),
            PYTHONPYCACHEPREFIX=str(folder / "bytecode"),
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        # In the temporary folder: `python -m` looks in the working directory first, and
        # from another checkout would time that checkout's app, whatever PYTHONPATH says.
        first = alternate(runs, 1, env, cwd=tmp)
        timings = alternate(runs, args.runs, env, cwd=tmp)
    print(
        "first round (empty data folder and cache): "
        + ", ".join(f"{t.name} {t.wall[0]:.2f} s" for t in first.values())
    )
    for timing in timings.values():
        print(timing.line())
    one_t = timings["app, one map page"]
    every_t = timings[f"app, {slides} map pages"]
    further = (every_t.median - one_t.median) / (slides - 1)
    further_cpu = (every_t.median_cpu - one_t.median_cpu) / (slides - 1)
    builtin = timings["app, built-in briefing"]
    peer = timings.get("bare reportlab peer")
    print()
    if peer is not None:
        ratio, ratio_cpu = one_t.median / peer.median, one_t.median_cpu / peer.median_cpu
        print(
            f"one map page / peer: {ratio:.2f} (CPU {ratio_cpu:.2f}); target <= "
            f"{TARGET_RATIO}, QGIS {QGIS_RATIO:.2f}: "
            f"{'met' if ratio <= TARGET_RATIO else 'MISSED'}"
            f"{', faster than QGIS' if ratio < QGIS_RATIO else ', NOT faster than QGIS'}"
        )
        lean = timings[ONE_THREAD_PEER]
        print(
            f"one map page / peer with one BLAS thread: {one_t.median / lean.median:.2f} "
            f"(CPU {one_t.median_cpu / lean.median_cpu:.2f})"
        )
    print(
        f"each further map page: {further:.3f} s (CPU {further_cpu:.3f} s); target <= "
        f"{TARGET_FURTHER_PAGE} s: {'met' if further <= TARGET_FURTHER_PAGE else 'MISSED'}"
    )
    print(
        f"built-in briefing: {builtin.median:.2f} s (CPU {builtin.median_cpu:.2f} s); "
        f"target <= {TARGET_BUILTIN} s: "
        f"{'met' if builtin.median <= TARGET_BUILTIN else 'MISSED'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
