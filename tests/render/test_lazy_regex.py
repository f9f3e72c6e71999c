"""reportlab's URI pattern is compiled when first matched, and matches as reportlab's own."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_export_package_imports_paragraph_without_compiling_the_uri_pattern() -> None:
    code = textwrap.dedent(
        """
        from briefing_app.render.pdf import export_pdf
        from reportlab.platypus import paragraph
        from briefing_app.render.pdf.lazy_regex import LazyPattern
        assert isinstance(paragraph.uri_pat, LazyPattern), type(paragraph.uri_pat)
        assert paragraph.uri_pat._compiled is None
        assert paragraph._uri_split_pairs("https://example.org/a/b")
        assert paragraph.uri_pat._compiled is not None
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


def test_the_lazy_uri_pattern_splits_urls_as_the_compiled_one() -> None:
    from reportlab.platypus import paragraph

    from briefing_app.render.pdf import export_pdf  # noqa: F401 (paragraph, lazy pattern)

    lazy = paragraph.uri_pat
    compiled = re.compile(lazy.pattern, lazy.flags)
    assert lazy.flags & re.IGNORECASE
    for url in (
        "https://example.org/a/b/c",
        "HTTP://Example.ORG/path/",
        "ftp://user:pw@10.0.0.1:2121/x",
        "https://bücher.example/x/y",
        "not a url",
        "C:\\folder\\file",
    ):
        assert bool(lazy.match(url)) == bool(compiled.match(url)), url
        if compiled.match(url):
            assert lazy.match(url).groups() == compiled.match(url).groups()
    assert paragraph._uri_split_pairs("https://example.org/a/b") == [
        ("https://example.org/a/", "b"),
        ("https://example.org/", "a/b"),
        ("https://", "example.org/a/b"),
    ]
