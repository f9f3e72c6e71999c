"""A received briefing never runs code: template syntax in its texts comes out of every
output literally, a payload that would create a folder creates nothing, and a failure
nobody foresaw ends with one line on the terminal while the log keeps the details.
(The same for thousands of generated briefings: tests/security/.)"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app import cli
from briefing_app.model import fileformat
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Annotation, Grouping

TITLE = "T {{ 7*7 }} T"
NOTES = "N {{ 6*7 }} N"

pytestmark = pytest.mark.timeout(300)


def _payloads(folder: Path) -> list[str]:
    # Each would create `folder` if any text were evaluated by Jinja, str.format, %-format
    # or a shell; `folder` must never appear.
    target = repr(str(folder))
    return [
        "{{ cycler.__init__.__globals__.os.mkdir(" + target + ") }}",
        "{{ self.__init__.__globals__.__builtins__.__import__('os').mkdir(" + target + ") }}",
        "{% set x = lipsum.__globals__.os.mkdir(" + target + ") %}",
        "{0.__class__.__mro__} %(x)s %s ${7*7} #{7*7}",
        f"$(mkdir {folder}) `mkdir {folder}`",
    ]


def _hostile_file(tmp_path: Path) -> tuple[Path, Path]:
    sentinel = tmp_path / "created-by-a-payload"
    payload = " | ".join(_payloads(sentinel))
    doc = dataclasses.replace(
        builtin_briefing(),
        title=TITLE,
        subtitle=payload,
        author=payload,
        organisation=payload,
        summary=payload,
        classification=f"RESTRICTED {payload}",
    )
    doc.slides[0].title = f"{TITLE} {payload}"
    doc.slides[0].notes = NOTES
    for slide in doc.slides[1:]:
        slide.notes = payload
    doc.annotations = [
        Annotation(
            "a1",
            {"type": "Point", "coordinates": [21.0, 54.0]},
            {"kind": "marker", "label": payload, "description": payload},
            {},
        ),
    ]
    doc.groupings = [Grouping("g1", payload, ["POL", "LTU"], description=payload)]
    path = tmp_path / "received.briefing"
    fileformat.save(doc, path)
    return path, sentinel


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", *args],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
    )


@pytest.fixture
def env(tmp_path):
    return {**os.environ, "BRIEFING_APP_DATA_DIR": str(tmp_path / "user-data")}


def test_html_export_shows_template_syntax_literally_and_runs_nothing(tmp_path, env):
    source, sentinel = _hostile_file(tmp_path)
    out = tmp_path / "out.html"
    result = _run("export", str(source), "-o", str(out), env=env)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    config = json.loads(text.split('id="briefing-config">', 1)[1].split("</script>", 1)[0])
    assert config["document"]["title"] == TITLE
    assert config["document"]["slides"][0]["notes"] == NOTES
    assert "T 49 T" not in text and "N 42 N" not in text
    assert f"<title>{TITLE} (RESTRICTED" in text
    assert not sentinel.exists()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_pdf_export_shows_template_syntax_literally_and_runs_nothing(tmp_path, env):
    source, sentinel = _hostile_file(tmp_path)
    out = tmp_path / "out.pdf"
    result = _run("export", str(source), "-o", str(out), "--no-appendix", env=env)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert TITLE in text and NOTES in text
    assert "T 49 T" not in text and "N 42 N" not in text
    assert not sentinel.exists()


def test_validate_and_briefing_export_run_nothing(tmp_path, env):
    source, sentinel = _hostile_file(tmp_path)
    checked = _run("validate", str(source), env=env)
    assert checked.returncode == 0, checked.stderr
    assert TITLE in checked.stdout
    copy = tmp_path / "copy.briefing"
    assert _run("export", str(source), "-o", str(copy), env=env).returncode == 0
    assert fileformat.load(copy) == fileformat.load(source)
    assert not sentinel.exists()


@pytest.mark.parametrize("suffix", [".html", ".pdf"])
def test_an_unforeseen_export_failure_is_one_line_and_the_log_has_the_traceback(
    tmp_path, monkeypatch, capsys, suffix
):
    from briefing_app.core import logsetup
    from briefing_app.render import html_export, pdf

    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("a bug nobody foresaw")

    monkeypatch.setattr(html_export, "export_html", broken)
    monkeypatch.setattr(pdf, "export_pdf", broken)
    monkeypatch.setenv("BRIEFING_APP_DATA_DIR", str(tmp_path / "user-data"))
    out = tmp_path / f"out{suffix}"
    try:
        status = cli.main(["export", "-o", str(out)])
        log_text = logsetup.log_file().read_text(encoding="utf-8")
    finally:
        logsetup.shutdown_logging()
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if line.strip()]
    assert status == 1
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("briefing-app: the built-in briefing: the export to ")
    assert "ZeroDivisionError" in lines[0] and "log" in lines[0]
    assert "Traceback" not in captured.err and "Traceback" in log_text
    assert "a bug nobody foresaw" in log_text
    assert not out.exists()


def test_a_file_name_with_terminal_escapes_is_printed_escaped(tmp_path, capsys):
    name = tmp_path / "evil\x1b]0;owned\x07\x1b[2J.briefing"
    name.write_text("{not json", encoding="utf-8")
    assert cli.main(["validate", str(name)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "evil\\x1b]0;owned\\x07\\x1b[2J.briefing" in err


def test_a_line_feed_in_logged_text_cannot_forge_a_log_line(tmp_path, monkeypatch):
    import logging

    from briefing_app.core import logsetup

    monkeypatch.setenv("BRIEFING_APP_DATA_DIR", str(tmp_path / "user-data"))
    try:
        logsetup.setup_logging()
        forged = "title\n2026-12-02 00:00:00,000 CRITICAL briefing_app fake line \x1b[2J \ud800 %s"
        logging.getLogger("briefing_app.test").info("opened %s", forged)
        text = logsetup.log_file().read_text(encoding="utf-8")
    finally:
        logsetup.shutdown_logging()
    line = next(line for line in text.splitlines() if "opened" in line)
    assert "fake line" in line and "\\n2026-12-02" in line and "\\x1b[2J" in line
    assert "\\ud800" in line and line.endswith("%s")
    forged_line = "2026-12-02 00:00:00,000 CRITICAL"
    assert not any(line.startswith(forged_line) for line in text.splitlines())
