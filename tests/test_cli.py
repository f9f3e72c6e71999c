"""The command line, as a user runs it: separate processes, real files, exit statuses."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from briefing_app import __version__
from briefing_app.model import fileformat
from briefing_app.model.builtin import builtin_briefing


def run(*args: str, cwd=None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_help_explains_the_commands():
    result = run("--help")
    assert result.returncode == 0
    for word in ("validate", "export", "built-in briefing", "offline"):
        assert word in result.stdout


def test_export_builtin_then_validate(tmp_path):
    out = tmp_path / "landscape.briefing"
    result = run("export", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert fileformat.load(out) == builtin_briefing()
    checked = run("validate", str(out))
    assert checked.returncode == 0
    assert "European security landscape" in checked.stdout
    assert "slides:" in checked.stdout


def test_validate_bad_file_exits_1_with_message(tmp_path):
    bad = tmp_path / "bad.briefing"
    bad.write_bytes(b"\x00\xff garbage")
    result = run("validate", str(bad))
    assert result.returncode == 1
    assert str(bad) in result.stderr
    assert "Traceback" not in result.stderr


def test_export_to_unwritable_path_is_clear(tmp_path):
    result = run("export", "-o", str(tmp_path / "no" / "such" / "dir" / "x.briefing"))
    assert result.returncode == 1
    assert "cannot write" in result.stderr
    assert "Traceback" not in result.stderr


def test_export_unknown_format_is_refused(tmp_path):
    result = run("export", "-o", str(tmp_path / "x.docx"))
    assert result.returncode == 2
    assert ".docx" in result.stderr
    assert not (tmp_path / "x.docx").exists()


def test_export_builtin_to_html(tmp_path):
    out = tmp_path / "landscape.html"
    result = run("export", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in text and "European security landscape" in text


def test_export_html_to_unwritable_path_is_clear(tmp_path):
    result = run("export", "-o", str(tmp_path / "nowhere" / "x.html"))
    assert result.returncode == 1
    assert "nowhere" in result.stderr and "Traceback" not in result.stderr


def test_export_builtin_to_pdf(tmp_path):
    out = tmp_path / "landscape.pdf"
    result = run("export", "-o", str(out), "--page-size", "Letter")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_export_builtin_to_pptx(tmp_path):
    from pptx import Presentation

    out = tmp_path / "deck.pptx"
    result = run("export", "-o", str(out))
    assert result.returncode == 0, result.stderr
    deck = Presentation(str(out))
    assert len(deck.slides) == len(builtin_briefing().slides) + 1


def test_export_file_to_pptx_and_unwritable_path(tmp_path):
    from pptx import Presentation

    doc = builtin_briefing()
    doc.slides = doc.slides[:1]
    source = tmp_path / "one.briefing"
    fileformat.save(doc, source)
    out = tmp_path / "one.pptx"
    result = run("export", str(source), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert len(Presentation(str(out)).slides) == 2
    refused = run("export", str(source), "-o", str(tmp_path / "nowhere" / "x.pptx"))
    assert refused.returncode == 1
    assert "nowhere" in refused.stderr and "Traceback" not in refused.stderr


def test_a_pdf_export_pauses_the_cyclic_collector_and_gives_it_back(monkeypatch):
    """Only for the export's own run (a tenth of a one-page PDF's time, #17): a caller in
    the same process, a failing export too, finds the collector as it was."""
    import gc

    from briefing_app import cli
    from briefing_app.core import logsetup

    seen: list[tuple[str, bool]] = []

    def fake_export(file, output, **options):
        seen.append((output, gc.isenabled()))
        if output.endswith("fail.pdf"):
            raise RuntimeError("an export that stops")
        return 0

    monkeypatch.setattr(cli, "export", fake_export)
    monkeypatch.setattr(cli, "_internal_error", lambda file, doing: 1)
    # No log handler left behind for the tests after this one.
    monkeypatch.setattr(logsetup, "setup_logging", lambda: None)
    assert gc.isenabled()
    assert cli.main(["export", "-o", "x.pdf"]) == 0
    assert cli.main(["export", "-o", "x.pptx"]) == 0
    assert cli.main(["export", "-o", "fail.pdf"]) == 1
    assert seen == [("x.pdf", False), ("x.pptx", True), ("fail.pdf", False)]
    assert gc.isenabled()


# numpy loaded during an export, as the PDF export loads it; how many threads it started.
NUMPY_IN_EXPORT = """
import os, sys
from briefing_app import cli

def export(file, output, **options):
    before = len(os.listdir("/proc/self/task"))
    import numpy
    print(before, len(os.listdir("/proc/self/task")), os.environ.get("OPENBLAS_NUM_THREADS"))
    return 0

cli.export = export
cli.main(["export", "-o", sys.argv[1]])
print(os.environ.get("OPENBLAS_NUM_THREADS"))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts /proc/self/task")
@pytest.mark.parametrize("setting", [None, "2"])
def test_a_pdf_export_loads_numpy_without_blas_threads_unless_told(tmp_path, setting):
    """OpenBLAS's pool spun 60 ms of CPU the export needed (#17); a user's own setting
    stands, and the variable is gone again after the export."""
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if setting:
        env["OPENBLAS_NUM_THREADS"] = setting
    done = subprocess.run(
        [sys.executable, "-c", NUMPY_IN_EXPORT, str(tmp_path / "x.pdf")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    during, after = done.stdout.splitlines()
    before, threads, variable = during.split()
    if setting is None:
        assert (threads, variable, after) == (before, "1", "None")
    else:
        assert variable == after == setting
