"""Cold start: process start to the map page's first render of the country layer.

Starts `python -m briefing_app` N times (offscreen unless DISPLAY is set), waits for the page to
signal that the country layer is drawn, and prints each time and the median.

It also says how many of the app's modules start from cached bytecode: an installed app has
all of them (pip and PyInstaller compile them), a checkout run with PYTHONDONTWRITEBYTECODE
set compiles the missing ones at every start (0.15-0.3 s here). `--compile` compiles them
first, as an installation does.

    python bench/cold_start.py [--runs 5] [--compile]
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def one_run(env: dict[str, str]) -> tuple[float, str, float]:
    """Seconds to the first render, the countries drawn, and the CPU seconds of the whole
    run (the app and the web processes it waited for, to its exit): on a shared machine the
    CPU time says more than the clock."""
    cpu = _children_cpu()
    start = time.time()
    proc = subprocess.run(
        [sys.executable, "-m", "briefing_app"], env=env, capture_output=True, text=True, timeout=120
    )
    for line in proc.stdout.splitlines():
        if line.startswith("rendered countries"):
            _, _, features, stamp = line.split()
            return float(stamp) - start, features, _children_cpu() - cpu
    raise RuntimeError(f"the app did not report a render:\n{proc.stdout}\n{proc.stderr}")


def _app_folder() -> Path:
    spec = importlib.util.find_spec("briefing_app")
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).parent


def _bytecode_cached(folder: Path) -> tuple[int, int]:
    """How many of the package's modules have bytecode as new as their source, of all."""
    sources = list(folder.rglob("*.py"))
    cached = 0
    for source in sources:
        compiled = Path(importlib.util.cache_from_source(str(source)))
        if compiled.exists() and compiled.stat().st_mtime >= source.stat().st_mtime:
            cached += 1
    return cached, len(sources)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--compile", action="store_true", help="byte-compile the app first, as installing does"
    )
    args = parser.parse_args()
    folder = _app_folder()
    if args.compile:
        compileall.compile_dir(str(folder), quiet=1)
    cached, modules = _bytecode_cached(folder)
    note = ""
    if cached < modules and os.environ.get("PYTHONDONTWRITEBYTECODE"):
        note = " (PYTHONDONTWRITEBYTECODE: the rest are compiled at every start; see --compile)"
    print(f"bytecode cached for {cached} of {modules} modules of {folder}{note}")
    env = dict(os.environ, BRIEFING_APP_EXIT_AFTER_RENDER="1")
    if not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        env["BRIEFING_APP_SETTINGS"] = str(Path(tmp) / "settings.ini")
        # A fresh data folder: the first start builds the map page and the unit symbols
        # and caches them, as on a new installation; later starts use the cache.
        env["BRIEFING_APP_DATA_DIR"] = str(Path(tmp) / "data")
        first, features, first_cpu = one_run(env)
        print(
            f"first start (empty cache): {first:.3f} s to first render "
            f"({features} countries; {first_cpu:.2f} s CPU)"
        )
        times = []
        cpus = []
        for index in range(args.runs):
            seconds, features, cpu = one_run(env)
            times.append(seconds)
            cpus.append(cpu)
            print(
                f"run {index + 1}: {seconds:.3f} s to first render ({features} countries; "
                f"{cpu:.2f} s CPU)"
            )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"median of {args.runs}: {statistics.median(times):.3f} s "
        f"(min {min(times):.3f}, max {max(times):.3f}; CPU {statistics.median(cpus):.2f} s); "
        f"first start {first:.3f} s; platform {env.get('QT_QPA_PLATFORM', 'xcb')}; "
        f"load average {load:.1f} on {os.cpu_count()} CPUs"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
