"""export_pptx: the briefing as a 16:9 PowerPoint deck, headless.

A cover (Title Slide layout) and one slide per briefing slide (Title Only layout): the
title in the layout's title placeholder, the map with its legend and scale bar as a picture
drawn by slide_image from the same scene as the handout, the date and sources as a small
text box, the talking points as speaker notes, and the classification marking as text in a
band at the top and the bottom of every slide. Text goes in as plain text: python-pptx
escapes it, and render.text.xml_text removes what XML cannot hold.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.presentation import Presentation as Deck
from pptx.slide import Slide as DeckSlide
from pptx.util import Emu, Pt

from briefing_app.core.atomicfile import write_atomically
from briefing_app.data.datasets import Datasets
from briefing_app.i18n import format_date, format_day_text, translate
from briefing_app.model.document import Briefing, Slide
from briefing_app.render.errors import ExportCancelled, ExportError, located, slide_place
from briefing_app.render.pdf.export import Progress, current_view_slide
from briefing_app.render.pdf.fonts import register_fonts
from briefing_app.render.pdf.pages import fit_line, marking_text
from briefing_app.render.pdf.sources import short_source_names
from briefing_app.render.replay import ReplaySpec, replay_gif, replay_title
from briefing_app.render.slide_image import (
    SLIDE_SIZE_PT,
    SlideMap,
    design_scale,
    map_panel_pdf,
    png_bytes,
    rasterise_pdf,
    relief_dpi_for,
)
from briefing_app.render.text import xml_text
from briefing_app.scene.build import grouping_choices
from briefing_app.style.map_style import PDF_STYLE, marking_colours

TITLE_SLIDE_LAYOUT = "Title Slide"
TITLE_ONLY_LAYOUT = "Title Only"
# Where things go on a 960 x 540 pt slide.
SIDE_PT = 24.0
BAND_TOP_PT = 6.0
BAND_HEIGHT_PT = 18.0
TITLE_TOP_PT = 30.0
TITLE_HEIGHT_PT = 46.0
PICTURE_TOP_PT = 80.0
SOURCES_HEIGHT_PT = 26.0
PICTURE_PX_PER_PT = 3.0  # 2736 px across a 912 pt picture: sharp on a 4K projector
PPTX_CORE_TEXT_MAX = 255  # python-pptx refuses longer core properties


def export_pptx(
    doc: Briefing,
    data: Datasets,
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    basemap: bool = True,
    replays: Sequence[ReplaySpec] = (),
) -> None:
    """Write the briefing as a PowerPoint deck; `basemap` False leaves out relief, water
    and places; each of `replays` adds a slide with the animated replay (a GIF, which
    PowerPoint plays in the show). `progress(done, total, message)` returning False cancels
    (ExportCancelled, no file written)."""
    target = Path(path)
    register_fonts()
    pages = doc.slides or [current_view_slide(doc)]
    total = len(pages) + len(replays) + 2

    def step(done: int, message: str) -> None:
        if progress is not None and progress(done, total, message) is False:
            raise ExportCancelled(f"export to {target} cancelled")

    step(0, translate("Export", "Making the cover"))
    deck = _new_deck()
    _cover(deck, doc)
    for i, slide in enumerate(pages):
        step(
            i + 1,
            translate("Export", "Drawing map {number} of {count}: {title}").format(
                number=i + 1, count=len(pages), title=xml_text(slide.title)
            ),
        )
        with located(target, slide_place(i, slide.title)):
            _map_slide(deck, doc, data, slide if doc.slides else None, basemap)
    for i, spec in enumerate(replays):
        title = replay_title(doc, data, spec)
        step(
            len(pages) + 1 + i,
            translate("Export", "Drawing the replay {title}").format(title=title),
        )
        with located(target, translate("Export", "the replay {title}").format(title=repr(title))):
            _replay_slide(deck, doc, data, spec, basemap)
    step(len(pages) + len(replays) + 1, translate("Export", "Writing the PowerPoint file"))
    _properties(deck, doc)
    write_atomically(target, deck.save, error_type=ExportError)
    if progress is not None:
        progress(total, total, translate("Export", "Saved {path}").format(path=target))


# ---------------------------------------------------------------- the deck


def _new_deck() -> Deck:
    """The default template at 16:9, its master's and layouts' boxes widened with it (so
    that a slide added in PowerPoint later fits the page too)."""
    deck = Presentation()
    old_width = deck.slide_width
    deck.slide_width = Pt(SLIDE_SIZE_PT[0])
    deck.slide_height = Pt(SLIDE_SIZE_PT[1])
    factor = deck.slide_width / old_width
    for owner in (deck.slide_master, *deck.slide_layouts):
        for shape in owner.shapes:
            if shape.left is not None and shape.width is not None:
                shape.left = Emu(round(shape.left * factor))
                shape.width = Emu(round(shape.width * factor))
    return deck


def _layout(deck: Deck, name: str):  # -> SlideLayout
    layout = deck.slide_layouts.get_by_name(name)
    if layout is None:  # pragma: no cover - the default template has both
        raise LookupError(f"the PowerPoint template has no {name!r} layout")
    return layout


def _properties(deck: Deck, doc: Briefing) -> None:
    props = deck.core_properties
    props.title = xml_text(doc.title)[:PPTX_CORE_TEXT_MAX]
    props.author = xml_text(doc.author or doc.organisation)[:PPTX_CORE_TEXT_MAX]
    props.subject = xml_text(
        doc.subtitle
        or translate("PdfCover", "Security briefing as of {date}").format(
            date=format_date(doc.as_of)
        )
    )[:PPTX_CORE_TEXT_MAX]
    props.keywords = xml_text(doc.classification)[:PPTX_CORE_TEXT_MAX]
    props.comments = translate("Pptx", "Made with Briefing App")


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#")[:6].upper())


def _marking_bands(deck_slide: DeckSlide, doc: Briefing) -> None:
    """The marking as text in a band at the top and the bottom of the slide."""
    colours = marking_colours(doc.classification)
    width, height = SLIDE_SIZE_PT
    marking = fit_line(
        xml_text(marking_text(doc.classification)), width - 2 * SIDE_PT - 16, 11, bold=True
    )
    for top in (BAND_TOP_PT, height - BAND_TOP_PT - BAND_HEIGHT_PT):
        band = deck_slide.shapes.add_shape(
            MSO_SHAPE.RECTANGLE, Pt(SIDE_PT), Pt(top), Pt(width - 2 * SIDE_PT), Pt(BAND_HEIGHT_PT)
        )
        band.name = "Classification marking"
        _without_theme_style(band)
        band.fill.solid()
        band.fill.fore_color.rgb = _rgb(colours.background)
        band.line.fill.background()
        frame = band.text_frame
        frame.margin_top = frame.margin_bottom = Pt(0)
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        frame.word_wrap = False
        paragraph = frame.paragraphs[0]
        paragraph.alignment = PP_ALIGN.CENTER
        run = paragraph.add_run()
        run.text = marking
        run.font.size = Pt(11)
        run.font.bold = True
        run.font.color.rgb = _rgb(colours.foreground)


def _without_theme_style(shape) -> None:  # shape: pptx.shapes.autoshape.Shape
    """No shadow, outline or gradient from the theme: a new autoshape refers to the theme's
    styles (<p:style>: its effect style casts a shadow, which LibreOffice draws even under
    an empty effect list). Fill and text colour are set on the shape itself."""
    shape.shadow.inherit = False
    style = shape._element.find("{http://schemas.openxmlformats.org/presentationml/2006/main}style")
    if style is not None:
        shape._element.remove(style)


def _title_size(title: str) -> int:
    """A title's size in points: long titles smaller (autofit shrinks further where the
    viewer does it)."""
    return 28 if len(title) <= 60 else 22 if len(title) <= 110 else 18


def _set_notes(deck_slide: DeckSlide, text: str) -> None:
    frame = deck_slide.notes_slide.notes_text_frame
    if frame is not None:  # a notes master without a body placeholder has no room for them
        frame.text = text


def _set_title(deck_slide: DeckSlide, text: str, *, left: bool) -> None:
    shape = deck_slide.shapes.title
    if shape is None:  # every layout the deck uses has a title placeholder
        raise RuntimeError("the deck's slide layout has no title placeholder")
    shape.text_frame.text = text
    shape.text_frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
    for paragraph in shape.text_frame.paragraphs:
        if left:
            paragraph.alignment = PP_ALIGN.LEFT
        for run in paragraph.runs:
            run.font.size = Pt(_title_size(text))
            run.font.bold = True
            run.font.color.rgb = _rgb(PDF_STYLE["text"])


def _cover(deck: Deck, doc: Briefing) -> None:
    deck_slide = deck.slides.add_slide(_layout(deck, TITLE_SLIDE_LAYOUT))
    title = xml_text(doc.title).strip() or translate("Pptx", "Untitled briefing")
    _set_title(deck_slide, _cut(title, 200), left=False)
    lines = [
        xml_text(doc.subtitle).strip(),
        " · ".join(xml_text(x).strip() for x in (doc.organisation, doc.author) if x.strip()),
        translate("PdfPage", "As of {date}").format(date=format_date(doc.as_of)),
    ]
    body = next(p for p in deck_slide.placeholders if p.placeholder_format.idx == 1)
    body.text_frame.text = "\n".join(_cut(line, 300) for line in lines if line)
    body.text_frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
    for paragraph in body.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(20)
            run.font.color.rgb = _rgb(PDF_STYLE["muted_text"])
    _marking_bands(deck_slide, doc)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _picture_box() -> tuple[float, float, float]:
    """A map slide's picture: width, height, and the top of the sources line below it."""
    width, height = SLIDE_SIZE_PT
    picture_w = width - 2 * SIDE_PT
    sources_top = height - BAND_TOP_PT - BAND_HEIGHT_PT - 4 - SOURCES_HEIGHT_PT
    return picture_w, sources_top - 4 - PICTURE_TOP_PT, sources_top


def _picture_slide(
    deck: Deck, title: str, image: bytes, description: str, sources: str
) -> DeckSlide:
    """A Title Only slide with `image` under the title and `sources` in a line below."""
    picture_w, picture_h, sources_top = _picture_box()
    deck_slide = deck.slides.add_slide(_layout(deck, TITLE_ONLY_LAYOUT))
    shape = deck_slide.shapes.title
    shape.left, shape.top = Pt(SIDE_PT), Pt(TITLE_TOP_PT)
    shape.width, shape.height = Pt(picture_w), Pt(TITLE_HEIGHT_PT)
    _set_title(
        deck_slide,
        _cut(xml_text(title).strip() or translate("Pptx", "Untitled slide"), 200),
        left=True,
    )

    shown = deck_slide.shapes.add_picture(
        io.BytesIO(image), Pt(SIDE_PT), Pt(PICTURE_TOP_PT), Pt(picture_w), Pt(picture_h)
    )
    shown.name = translate("Pptx", "Map")
    # Alternative text: what a screen reader says for the picture.
    shown._element.nvPicPr.cNvPr.set("descr", _cut(xml_text(description), 1000))

    box = deck_slide.shapes.add_textbox(
        Pt(SIDE_PT), Pt(sources_top), Pt(picture_w), Pt(SOURCES_HEIGHT_PT)
    )
    box.name = translate("PdfSources", "Sources")
    frame = box.text_frame
    frame.word_wrap = True
    frame.margin_left = frame.margin_right = Pt(0)
    frame.text = sources
    for run in frame.paragraphs[0].runs:
        run.font.size = Pt(9)
        run.font.color.rgb = _rgb(PDF_STYLE["muted_text"])
    return deck_slide


def _sources_line(as_of: str, names: list[str]) -> str:
    line = translate("PdfPage", "As of {date}").format(date=format_day_text(as_of))
    if names:
        # Two lines at most (the handout lists every source in full): measured in the
        # PDF's font, with room for what wrapping at word breaks and another font lose.
        picture_w = _picture_box()[0]
        line += "  ·  " + fit_line(
            translate("SlideImage", "Sources: {names}").format(names="; ".join(names)),
            1.7 * picture_w,
            9,
        )
    return line


def _map_slide(
    deck: Deck, doc: Briefing, data: Datasets, slide: Slide | None, basemap: bool
) -> None:
    picture_w, picture_h, _ = _picture_box()
    picture, png = _map_picture(doc, data, slide, (picture_w, picture_h), basemap)
    deck_slide = _picture_slide(
        deck,
        picture.title,
        png,
        translate("Pptx", "Map: {title}, as of {date}").format(
            title=picture.title, date=format_day_text(picture.as_of)
        ),
        _sources_line(picture.as_of, short_source_names(picture.prepared.sources)),
    )

    notes = xml_text(slide.notes).strip() if slide is not None else ""
    if notes:
        _set_notes(deck_slide, notes)
    _marking_bands(deck_slide, doc)


def _replay_slide(
    deck: Deck, doc: Briefing, data: Datasets, spec: ReplaySpec, basemap: bool
) -> None:
    """The replay as an animated picture the size of a map slide's."""
    picture_w, picture_h, _ = _picture_box()
    width_px = 1280  # a GIF this size stays a few MB; PowerPoint scales it to the box
    size = (width_px, round(width_px * picture_h / picture_w))
    gif = replay_gif(doc, data, spec, size=size, basemap=basemap, framed=False)
    title = replay_title(doc, data, spec)
    choice = next(c for c in grouping_choices(doc, data) if c.id == spec.grouping)
    source = (
        translate("SlideImage", "Sources: {names}").format(names=xml_text(choice.builtin.source))
        if choice.builtin is not None
        else translate("Pptx", "Custom grouping in this briefing")
    )
    deck_slide = _picture_slide(
        deck,
        translate("Pptx", "Replay: {title}").format(title=title),
        gif,
        translate("Pptx", "Animated map: {title}, one frame per change of membership").format(
            title=title
        ),
        source,
    )
    _set_notes(
        deck_slide,
        translate(
            "Pptx",
            "The picture plays in the slide show (an animated GIF); one frame per day the "
            "membership changed, each dated.",
        ),
    )
    _marking_bands(deck_slide, doc)


def _map_picture(
    doc: Briefing, data: Datasets, slide: Slide | None, size_pt: tuple[float, float], basemap: bool
) -> tuple[SlideMap, bytes]:
    """The map and its legend as a PNG for a `size_pt` picture, its text the size the
    slide picture (slide_image) sets it at on a slide this size."""
    scale = design_scale(SLIDE_SIZE_PT)
    picture, pdf = map_panel_pdf(
        doc,
        data,
        slide,
        size_pt=size_pt,
        scale=scale,
        basemap=basemap,
        relief_dpi=relief_dpi_for(PICTURE_PX_PER_PT * scale),
    )
    image = rasterise_pdf(pdf, round(size_pt[0] * PICTURE_PX_PER_PT))[0]
    return picture, png_bytes(image)


__all__ = ["ExportCancelled", "ExportError", "export_pptx"]
