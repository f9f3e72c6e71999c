"""export_pdf: the briefing as a PDF handout, drawn headless from the scene model."""

from __future__ import annotations

import datetime as dt
import os
import zlib
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import IO

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from briefing_app.core.atomicfile import write_atomically
from briefing_app.data.datasets import Datasets
from briefing_app.i18n import format_date, translate
from briefing_app.model.document import Briefing, LayerState, MapView, Slide
from briefing_app.render.errors import ExportCancelled, ExportError, located, slide_place
from briefing_app.render.pdf.appendix import GroupingShown, appendix_flowables
from briefing_app.render.pdf.deferred import DeferringCanvas
from briefing_app.render.pdf.fonts import REGULAR, register_fonts
from briefing_app.render.pdf.furniture import prepare_locator
from briefing_app.render.pdf.layout import (
    MapPageLayout,
    Sheet,
    content_frame,
    map_page_layout,
    sheet,
)
from briefing_app.render.pdf.map_drawing import DrawnItem, PreparedMap, prepare_map
from briefing_app.render.pdf.pages import (
    Bookmark,
    MapPage,
    MapPageContent,
    PageDecoration,
    cover_flowables,
    paragraph_styles,
)
from briefing_app.render.pdf.projection import MapExtent, extent_for_view
from briefing_app.render.pdf.relief import DPI as RELIEF_DPI
from briefing_app.render.pdf.relief import MAX_DPI as MAX_RELIEF_DPI
from briefing_app.render.pdf.sources import SourceList, page_references, sources_list_flowables
from briefing_app.render.text import drawn_text
from briefing_app.scene.build import Scene, scene_for_slide

Progress = Callable[[int, int, str], bool | None]

# Binary streams: ASCII85 (reportlab's default, for 7-bit channels no PDF travels through
# now) made every page, font and relief JPEG a quarter larger and was encoded in pure
# Python (without rl-accel, reportlab's C accelerator): 1.6 s of a 6 s export.
rl_config.useA85 = 0

# Page and font streams at zlib level 3, not 6: 4 ms instead of 10 ms per map page (0.7 MB
# of path operators each), for a file 6% larger (level 1 would save another 1 ms per page
# for 13%).
FLATE_LEVEL = 3


class _Flate(pdfdoc.PDFStreamFilterZCompress):
    def encode(self, text: str | bytes) -> bytes:
        return zlib.compress(text.encode("utf8") if isinstance(text, str) else text, FLATE_LEVEL)


# reportlab names its one FlateDecode filter at the time it writes a stream.
pdfdoc.PDFZCompress = _Flate()


def export_pdf(
    doc: Briefing,
    data: Datasets,
    path: str | os.PathLike[str],
    *,
    page_size: str = "A4",
    orientation: str = "landscape",
    crs: str = "EPSG:3035",
    appendix: bool = True,
    basemap: bool = True,
    progress: Progress | None = None,
) -> None:
    """Write the briefing as a PDF; `basemap` False leaves out relief, water and places."""
    target = Path(path)
    paper = sheet(page_size, orientation)
    pagesize = paper.layout  # the page is laid out on this; SheetCanvas enlarges it to paper
    register_fonts()
    # A poster is the A4 page enlarged: its relief gets the pixels to stay sharp, up to
    # 300 dpi of the layout (the source relief holds little more).
    relief_dpi = min(MAX_RELIEF_DPI, round(RELIEF_DPI * paper.scale))
    pages = _pages(doc)
    total = len(pages) + 3

    def step(done: int, message: str) -> None:
        if progress is not None and progress(done, total, message) is False:
            raise ExportCancelled(f"export to {target} cancelled")

    fx, fy, fw, fh = content_frame(*pagesize)
    layout = map_page_layout(fw, fh)
    contents: list[MapPageContent] = []
    drawn: list[DrawnItem] = []
    groupings: list[GroupingShown] = []
    source_list = SourceList()  # numbered in page order, the same number on every page
    for i, slide in enumerate(pages):
        step(
            i,
            translate("Export", "Drawing map {number} of {count}: {title}").format(
                number=i + 1, count=len(pages), title=slide.title
            ),
        )
        with located(target, slide_place(i, slide.title)):
            scene, extent, prepared = prepare_slide_map(
                doc, slide, data, crs, layout, basemap, relief_dpi
            )
            _, _, lw, lh = layout.locator
            contents.append(
                MapPageContent(
                    f"map{i}",
                    slide.title,
                    slide.notes,
                    format_date(scene.as_of),
                    prepared,
                    prepare_locator(extent, lw, lh),
                    page_references(prepared.sources, source_list),
                    source_list,
                )
            )
        drawn += prepared.drawn
        layers = doc.layers if slide.layers is None else slide.layers
        groupings += [g for g in _groupings_shown(layers, scene.as_of) if g not in groupings]

    styles = paragraph_styles()

    map_pages: list[MapPage] = []

    def story() -> list[Flowable]:
        out: list[Flowable] = [Bookmark("cover", translate("PdfCover", "Cover"))]
        out += cover_flowables(doc, styles, fw, len(doc.slides))
        map_pages.clear()
        for content in contents:
            page = MapPage(content, layout, fw, fh, styles)
            map_pages.append(page)
            out += [page, *page.continued]
        if appendix:
            out += appendix_flowables(doc, data, groupings, drawn, styles, fw, source_list)
            out += sources_list_flowables(source_list, styles, fw, "subheading")
        elif source_list.numbers:
            # Without the appendix the list still ends the document: no reference dangles.
            out += [PageBreak(), *sources_list_flowables(source_list, styles, fw, "heading")]
        return out

    decoration = PageDecoration(doc)

    def build(out: IO[bytes]) -> None:
        template = BaseDocTemplate(
            out,
            pagesize=pagesize,
            leftMargin=fx,
            rightMargin=pagesize[0] - fx - fw,
            topMargin=pagesize[1] - fy - fh,
            bottomMargin=fy,
            title=drawn_text(doc.title),
            author=drawn_text(doc.author or doc.organisation),
            subject=drawn_text(
                doc.subtitle
                or translate("PdfCover", "Security briefing as of {date}").format(
                    date=format_date(doc.as_of)
                )
            ),
            creator="Briefing App",
            keywords=drawn_text(doc.classification),
            pageCompression=1,
            initialFontName=REGULAR,
        )
        frame = Frame(
            fx,
            fy,
            fw,
            fh,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="content",
        )
        # Decorated at the end of each page, once its map page has said its date.
        template.addPageTemplates([PageTemplate("page", [frame], onPageEnd=decoration)])
        canvas = DeferringCanvas if paper.scale == 1 else partial(SheetCanvas, sheet=paper)
        template.build(story(), canvasmaker=partial(canvas, initialFontName=REGULAR))

    def write(out: IO[bytes]) -> None:
        # One layout: "Page X of Y" and the map pages' "full list p. N" are drawn at save,
        # when Y and N are known (DeferringCanvas).
        build(out)
        if any(page.needs_list_page for page in map_pages):
            # A sources box split across pages with the placeholder page number: lay the
            # document out again with the real one (the list's page is known now).
            step(len(pages) + 1, translate("Export", "Laying out pages again"))
            out.seek(0)
            out.truncate()
            build(out)

    step(len(pages), translate("Export", "Laying out pages"))
    step(len(pages) + 1, translate("Export", "Writing the PDF"))
    write_atomically(target, write, error_type=ExportError)
    if progress is not None:
        progress(total, total, translate("Export", "Saved {path}").format(path=target))


class SheetCanvas(DeferringCanvas):
    """A canvas that lays pages out at `sheet.layout` and writes them `sheet.scale` times
    larger on `sheet.paper`: one transform at the start of each page's content, so text stays
    text and lines stay vectors. Everything that asks the canvas its page size (the marking
    bands, the frames) sees the layout size; only the written media box is the paper's."""

    # reportlab's own, untyped there; this canvas rewrites them for the sheet.
    _preamble: str
    _pagesize: tuple[float, float]

    def __init__(self, *args: object, sheet: Sheet, **kwargs: object) -> None:
        self._sheet = sheet  # before Canvas.__init__, which makes the first preamble
        super().__init__(*args, **kwargs)

    def _make_preamble(self) -> None:
        super()._make_preamble()
        s, (dx, dy) = self._sheet.scale, self._sheet.offset
        self._preamble = f"{s:.6f} 0 0 {s:.6f} {dx:.3f} {dy:.3f} cm {self._preamble}"

    def init_graphics_state(self) -> None:
        super().init_graphics_state()
        # Link and anchor rectangles are written in paper coordinates, through this matrix.
        s, (dx, dy) = self._sheet.scale, self._sheet.offset
        self._currentMatrix = (s, 0.0, 0.0, s, dx, dy)

    def showPage(self) -> None:  # noqa: N802 (reportlab API)
        layout, self._pagesize = self._pagesize, self._sheet.paper
        try:
            super().showPage()
        finally:
            self._pagesize = layout


def prepare_slide_map(
    doc: Briefing,
    slide: Slide,
    data: Datasets,
    crs: str,
    layout: MapPageLayout,
    basemap: bool = True,
    relief_dpi: int = RELIEF_DPI,
) -> tuple[Scene, MapExtent, PreparedMap]:
    """What a slide's map page draws: its scene, the frame's extent and the prepared map."""
    _, _, mw, mh = layout.map
    return prepare_frame_map(doc, slide, data, crs, (mw, mh), basemap, relief_dpi=relief_dpi)


def prepare_frame_map(
    doc: Briefing,
    slide: Slide,
    data: Datasets,
    crs: str,
    size_pt: tuple[float, float],
    basemap: bool = True,
    view: MapView | None = None,
    relief_dpi: int = RELIEF_DPI,
) -> tuple[Scene, MapExtent, PreparedMap]:
    """A slide's map for a `size_pt` frame (a handout page's, a slide picture's); `view`
    in place of the slide's (the map as the user has moved it)."""
    scene = scene_for_slide(doc, slide, data, view=view)
    extent = extent_for_view(view or slide.view, crs, *size_pt)
    # Annotations are a layer of the scene.
    return scene, extent, prepare_map(scene, extent, basemap, relief_dpi)


def current_view_slide(doc: Briefing) -> Slide:
    """The briefing's own view and layers as a slide (no slide's own layers or date)."""
    return Slide("current", doc.title, view=doc.view)


def _pages(doc: Briefing) -> list[Slide]:
    """One map page per slide; a briefing without slides gets one page of its own view."""
    return doc.slides or [current_view_slide(doc)]


def _groupings_shown(layers: list[LayerState], day: dt.date) -> list[GroupingShown]:
    out = []
    for state in layers:
        if state.id == "membership" and state.visible:
            for key in ("grouping", "compare"):
                choice = state.options.get(key) or ("nato" if key == "grouping" else "")
                if choice:
                    out.append(GroupingShown(str(choice), day))
    return out


__all__ = ["ExportCancelled", "ExportError", "export_pdf"]
