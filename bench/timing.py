"""The timing loop the benches share: median wall and CPU time of repeated runs.

A run is a callable (in-process) or a command (a whole process, its CPU time from the
children's resource usage). Several runs given together are alternated, round by round, so
that a change of load on a shared machine falls on all of them alike.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

Run = Callable[[], object] | Sequence[str]


@dataclass
class Timing:
    name: str
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def median_cpu(self) -> float:
        return statistics.median(self.cpu)

    def spread(self) -> str:
        return f"min {min(self.wall):.2f}, max {max(self.wall):.2f}"

    def line(self) -> str:
        return (
            f"{self.name}: median {self.median:.2f} s wall, {self.median_cpu:.2f} s CPU "
            f"of {len(self.wall)} ({self.spread()})"
        )


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(
    run: Run, env: dict[str, str] | None = None, cwd: str | None = None
) -> tuple[float, float]:
    """Wall and CPU seconds of one run (a command in `cwd`)."""
    if callable(run):
        start, start_cpu = time.perf_counter(), time.process_time()
        run()
        return time.perf_counter() - start, time.process_time() - start_cpu
    start, start_cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run(list(run), env=env, cwd=cwd, capture_output=True, text=True)
    wall, cpu = time.perf_counter() - start, _children_cpu() - start_cpu
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(run)} failed ({done.returncode}):\n{done.stderr}")
    return wall, cpu


def alternate(
    runs: dict[str, Run],
    rounds: int,
    env: dict[str, str] | None = None,
    before_each: Callable[[], object] | None = None,
    cwd: str | None = None,
) -> dict[str, Timing]:
    """Each run once per round, in turn, for `rounds` rounds (commands in `cwd`)."""
    timings = {name: Timing(name) for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            if before_each is not None:
                before_each()
            wall, cpu = run_once(run, env, cwd)
            timings[name].wall.append(wall)
            timings[name].cpu.append(cpu)
    return timings
