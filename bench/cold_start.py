"""Cold start: process start to the map page's first render of the country layer.

Starts `python -m briefing_app` N times (offscreen unless DISPLAY is set), waits for the page to
signal that the country layer is drawn, and prints each time and the median.

    python bench/cold_start.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def one_run(env: dict[str, str]) -> tuple[float, str]:
    start = time.time()
    proc = subprocess.run([sys.executable, "-m", "briefing_app"], env=env, capture_output=True,
                          text=True, timeout=120)
    for line in proc.stdout.splitlines():
        if line.startswith("rendered countries"):
            _, _, features, stamp = line.split()
            return float(stamp) - start, features
    raise RuntimeError(f"the app did not report a render:\n{proc.stdout}\n{proc.stderr}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, BRIEFING_APP_EXIT_AFTER_RENDER="1")
    if not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        env["BRIEFING_APP_SETTINGS"] = str(Path(tmp) / "settings.ini")
        # A fresh data folder: the first start builds the map page and the unit symbols
        # and caches them, as on a new installation; later starts use the cache.
        env["BRIEFING_APP_DATA_DIR"] = str(Path(tmp) / "data")
        first, features = one_run(env)
        print(f"first start (empty cache): {first:.3f} s to first render "
              f"({features} countries)")
        times = []
        for index in range(args.runs):
            seconds, features = one_run(env)
            times.append(seconds)
            print(f"run {index + 1}: {seconds:.3f} s to first render ({features} countries)")
    print(f"median of {args.runs}: {statistics.median(times):.3f} s "
          f"(min {min(times):.3f}, max {max(times):.3f}); first start {first:.3f} s; "
          f"platform {env.get('QT_QPA_PLATFORM', 'xcb')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
