"""Memory of the running window: proportional set size (PSS) of the app process and all its
children (the QtWebEngineProcess zygote, renderer, GPU and utility processes), summed from
/proc/<pid>/smaps_rollup.

Each run starts a fresh process (offscreen unless DISPLAY is set, its own settings and data
folders), opens the built-in briefing as the app does, waits for the map's first render and
`--idle` seconds more, and measures; with `--import FILE` it then imports FILE as File →
Import Layer does, waits for the page to draw it (its answer to a ping) and `--idle`
seconds, and measures again.
Prints each run and the medians (targets: 400 MiB idle, 600 MiB with a 50 MB GeoJSON).

    python bench/window_memory.py [--runs 3] [--idle 5] [--import FILE] [--by-process]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import struct
import subprocess
import sys
import tempfile
from pathlib import Path


def _pss_kib(pid: int) -> int:
    return _rollup_kib(pid)[0]


def _rollup_kib(pid: int) -> tuple[int, int]:
    """(PSS, anonymous PSS) in KiB. PSS shares each page of a library among the processes
    that map it, so it moves when other programs using the same Qt libraries start or stop
    (on a shared machine, other sessions); the anonymous part (heaps, the JavaScript heap,
    shared only within the app's own processes) does not."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0, 0
    fields = {}
    for line in text.splitlines():
        name, _, rest = line.partition(":")
        if rest.strip().endswith("kB"):
            fields[name] = int(rest.split()[0])
    return fields.get("Pss", 0), fields.get("Pss_Anon", 0)


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return out
    for task in tasks:
        try:
            out += [int(x) for x in (task / "children").read_text().split()]
        except OSError:
            continue
    return out


def _name(pid: int) -> str:
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "?"
    kind = next((a.decode()[7:] for a in args if a.startswith(b"--type=")), "")
    return Path(args[0].decode() or "?").name + (f" ({kind})" if kind else "")


def _mapping_kind(path: str) -> str:
    """A mapping's name with its varying parts taken out, so that alike mappings add up:
    a library, "[heap]", "[anon]", Chromium's shared memory (one file name per segment)."""
    if not path:
        return "[anon]"
    if path.startswith("/dev/shm/.org.chromium."):
        return "/dev/shm/.org.chromium.* (Chromium's shared memory)"
    if path.startswith("/memfd:"):
        return path.split(" (deleted)")[0] + " (shared memory)"
    return path.replace(" (deleted)", "")


def mappings_kib(pid: int) -> dict[str, list[int]]:
    """PSS and private dirty memory in KiB of each kind of mapping of `pid`, with the
    number of mappings (from /proc/pid/smaps)."""
    try:
        text = Path(f"/proc/{pid}/smaps").read_text()
    except OSError:
        return {}
    out: dict[str, list[int]] = {}
    current: list[int] = [0, 0, 0]
    for line in text.splitlines():
        head = line.split(maxsplit=5)
        if len(head) >= 5 and "-" in head[0] and ":" not in head[0]:
            current = out.setdefault(_mapping_kind(head[5] if len(head) > 5 else ""), [0, 0, 0])
            current[2] += 1
        elif line.startswith("Pss:"):
            current[0] += int(line.split()[1])
        elif line.startswith("Private_Dirty:"):
            current[1] += int(line.split()[1])
    return out


def _memory_kind(path: str) -> str:
    if path.startswith(("/dev/shm/", "/memfd:")):
        return "shared"  # Chromium's frames and buffers between its processes, X's images
    if path and not path.startswith("["):
        return "file"  # libraries, fonts, data files
    return "anonymous"  # heaps (malloc, Python, V8, Blink), stacks


def _resident_frames(pid: int, frames: dict[str, set[int]]) -> bool:
    """Add to `frames` (by kind of mapping: file, shared, anonymous) the physical page
    frames `pid` has resident, from /proc/pid/pagemap (only root sees the frame numbers).
    False when they cannot be read."""
    try:
        maps = Path(f"/proc/{pid}/maps").read_text().splitlines()
        pagemap = open(f"/proc/{pid}/pagemap", "rb")  # noqa: SIM115 - closed below
    except OSError:
        return False
    page = os.sysconf("SC_PAGE_SIZE")
    seen_frame = False
    with pagemap:
        for line in maps:
            fields = line.split(maxsplit=5)
            if fields[1].startswith("---"):
                continue  # reserved address space (V8's cage, PartitionAlloc): never resident
            start, end = (int(x, 16) for x in fields[0].split("-"))
            kind = frames.setdefault(_memory_kind(fields[5] if len(fields) > 5 else ""), set())
            try:
                pagemap.seek(start // page * 8)
                data = pagemap.read((end - start) // page * 8)
            except OSError:
                continue  # [vsyscall]
            for (entry,) in struct.iter_unpack("<Q", data):
                if entry >> 63:  # present
                    frame = entry & ((1 << 55) - 1)
                    if frame:
                        seen_frame = True
                        kind.add(frame)
    return seen_frame


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time `pid` has used so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def process_tree_pss(root: int) -> dict[str, float]:
    """PSS in MiB of `root` and each of its descendants, keyed 'pid name'; the sum of their
    anonymous PSS under the key 'anon', and under 'alone' the memory of the distinct pages
    they have resident: what their PSS adds up to when no other program maps the same
    libraries (another copy of the app, another helper's tests). Their PSS is smaller when
    one does, by as much as 150 MiB here; 'alone' does not move with them. Under 'cpu'
    the CPU seconds they have used (what a flag that saves memory costs in time)."""
    out: dict[str, float] = {}
    anon = 0.0
    frames: dict[str, set[int]] = {}
    readable = True
    cpu = 0.0
    todo = [root]
    while todo:
        pid = todo.pop()
        pss, anonymous = _rollup_kib(pid)
        out[f"{pid} {_name(pid)}"] = pss / 1024
        anon += anonymous / 1024
        readable = _resident_frames(pid, frames) and readable
        cpu += _cpu_seconds(pid)
        todo += _children(pid)
    out["anon"] = anon
    out["cpu"] = cpu
    if readable:
        page = os.sysconf("SC_PAGE_SIZE") / 2**20
        out["alone"] = len(set().union(*frames.values())) * page
        for kind, kind_frames in frames.items():
            out[f"alone {kind}"] = len(kind_frames) * page
    return out


def process_tree_mappings(root: int, top: int) -> dict[str, list[list]]:
    """The `top` largest kinds of mapping (PSS MiB, private dirty MiB, mappings, name) of
    each process."""
    out: dict[str, list[list]] = {}
    todo = [root]
    while todo:
        pid = todo.pop()
        kinds = sorted(mappings_kib(pid).items(), key=lambda item: -item[1][0])[:top]
        out[f"{pid} {_name(pid)}"] = [[p / 1024, d / 1024, n, name] for name, (p, d, n) in kinds]
        todo += _children(pid)
    return out


def child(idle: float, import_path: str | None, top: int = 0) -> int:
    """The app's start (ui/app.py run_gui) on the built-in briefing, measured from inside."""
    from briefing_app.ui.app import prepare_environment

    prepare_environment()
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from briefing_app.model.builtin import builtin_briefing
    from briefing_app.ui.autosave import install_safety_net
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.settings import Settings
    from briefing_app.ui.web_scheme import register_scheme

    if os.environ.get("BENCH_LOG"):
        import logging

        logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    register_scheme()
    QCoreApplication.setOrganizationName("BriefingApp")
    QCoreApplication.setApplicationName("Briefing App")
    app = QApplication(sys.argv[:1])
    window = MainWindow(Settings(), builtin_briefing(), builtin=True)
    window.show()
    install_safety_net(window)
    results: dict[str, dict[str, float]] = {}
    state = {"started": False}

    def measure(name: str) -> None:
        results[name] = process_tree_pss(os.getpid())
        if top:
            results[name + " mappings"] = process_tree_mappings(os.getpid(), top)  # type: ignore[assignment]
        if name == "idle" and import_path:
            QTimer.singleShot(0, do_import)
        else:
            print(json.dumps(results), flush=True)
            # The import left unsaved changes: quitting closes the window, which would
            # otherwise wait on its "Save changes?" question forever (the --import runs that
            # "never finished" were waiting there, measured but not ended).
            window.files.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
            app.quit()

    def do_import() -> None:
        if not window.import_export.import_file(Path(import_path or "")):
            print(json.dumps({"error": "the import failed"}), flush=True)
            app.quit()
            return
        # The page answers a ping once everything sent before it is drawn.
        window.map.applied.connect(
            lambda _seq: QTimer.singleShot(int(idle * 1000), lambda: measure("imported"))
        )
        window.map.ping(1)

    def on_rendered(layer_id: str, _features: int) -> None:
        if layer_id == "countries" and not state["started"]:
            state["started"] = True
            QTimer.singleShot(int(idle * 1000), lambda: measure("idle"))

    window.map.layer_rendered.connect(on_rendered)
    QTimer.singleShot(300_000, app.quit)  # never hang a bench
    status = app.exec()
    window.deleteLater()
    return status


def one_run(
    env: dict[str, str], idle: float, import_path: Path | None, top: int = 0
) -> dict[str, dict]:
    command = [sys.executable, __file__, "--child", "--idle", str(idle), "--mappings", str(top)]
    if import_path is not None:
        command += ["--import", str(import_path)]
    proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(f"no measurement:\n{proc.stdout}\n{proc.stderr[-3000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--idle", type=float, default=5.0, help="seconds to wait after a render before measuring"
    )
    parser.add_argument(
        "--import",
        dest="import_path",
        type=Path,
        help="a geodata file to import after the idle measurement",
    )
    parser.add_argument("--by-process", action="store_true", help="print each process")
    parser.add_argument(
        "--mappings",
        type=int,
        default=0,
        metavar="N",
        help="print the N largest kinds of mapping of each process (from its smaps)",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.idle, str(args.import_path) if args.import_path else None, args.mappings)
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    totals: dict[str, list[float]] = {}
    apps: dict[str, list[float]] = {}
    anons: dict[str, list[float]] = {}
    alones: dict[str, list[float]] = {}
    cpus: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        env["BRIEFING_APP_SETTINGS"] = str(Path(tmp) / "settings.ini")
        env["BRIEFING_APP_DATA_DIR"] = str(Path(tmp) / "data")
        one_run(env, 1.0, None)  # fills the cache, as any start but the first finds it
        for index in range(args.runs):
            result = one_run(env, args.idle, args.import_path, args.mappings)
            if "error" in result:
                raise RuntimeError(result["error"])
            mappings = {k: result.pop(k) for k in list(result) if k.endswith(" mappings")}
            for name, processes in result.items():
                anon = processes.pop("anon", 0.0)
                cpu = processes.pop("cpu", 0.0)
                cpus.setdefault(name, []).append(cpu)
                anons.setdefault(name, []).append(anon)
                alone = processes.pop("alone", None)
                if alone is not None:
                    alones.setdefault(name, []).append(alone)
                parts = {
                    key[6:]: processes.pop(key)
                    for key in list(processes)
                    if key.startswith("alone ")
                }
                for kind, value in parts.items():
                    alones.setdefault(f"{name} {kind}", []).append(value)
                total = sum(processes.values())
                main_pss = next(iter(processes.values()))
                totals.setdefault(name, []).append(total)
                apps.setdefault(name, []).append(main_pss)
                print(
                    f"run {index + 1} {name:9}: {total:6.0f} MiB PSS in {len(processes)} "
                    f"processes (app {main_pss:.0f} MiB, web {total - main_pss:.0f} MiB; "
                    f"anonymous {anon:.0f} MiB; CPU {cpu:.2f} s"
                    + (f"; alone {alone:.0f} MiB" if alone is not None else "")
                    + "".join(f", {kind} {value:.0f}" for kind, value in sorted(parts.items()))
                    + ")"
                )
                if args.by_process or args.mappings:
                    for key, value in processes.items():
                        print(f"    {value:7.1f} MiB  {key}")
                        for pss, dirty, n, kind in mappings.get(f"{name} mappings", {}).get(
                            key, []
                        ):
                            print(
                                f"        {pss:7.1f} MiB (private dirty {dirty:6.1f}, "
                                f"{n:4})  {kind}"
                            )
    targets = {"idle": 400, "imported": 600}
    for name, values in totals.items():
        print(
            f"median {name:9}: {statistics.median(values):.0f} MiB PSS "
            f"(app {statistics.median(apps[name]):.0f} MiB; target {targets[name]} MiB; "
            f"anonymous {statistics.median(anons[name]):.0f} MiB; "
            f"CPU {statistics.median(cpus[name]):.2f} s; "
            f"runs {', '.join(f'{v:.0f}' for v in values)})"
        )
        if name in alones:
            kinds = ", ".join(
                f"{kind[len(name) + 1 :]} {statistics.median(values):.0f}"
                for kind, values in sorted(alones.items())
                if kind.startswith(f"{name} ")
            )
            print(
                f"median {name:9}: {statistics.median(alones[name]):.0f} MiB alone (the "
                f"distinct pages of these processes: their PSS with no other program "
                f"mapping the same libraries; {kinds}; "
                f"runs {', '.join(f'{v:.0f}' for v in alones[name])})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
