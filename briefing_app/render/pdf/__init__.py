"""The briefing as a PDF handout (reportlab, no Qt): a cover, one vector map page per slide,
an optional appendix; see `export_pdf`.

The export loads on first use: the window's labels use this package's fonts, and the
export's imports (reportlab's platypus, svglib, the map drawing) cost a third of a second
that the window's start does not need."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing_app.render.pdf.export import ExportCancelled, ExportError, export_pdf

__all__ = ["ExportCancelled", "ExportError", "export_pdf"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        # Before the export's modules import reportlab.platypus (see lazy_regex).
        from briefing_app.render.pdf.lazy_regex import import_paragraph_module

        import_paragraph_module()
        from briefing_app.render.pdf import export

        return getattr(export, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
