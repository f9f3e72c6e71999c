"""The briefing as a PDF handout (reportlab, no Qt): a cover, one vector map page per slide,
an optional appendix; see `export_pdf`."""

from briefing_app.render.pdf.export import ExportCancelled, ExportError, export_pdf

__all__ = ["ExportCancelled", "ExportError", "export_pdf"]
