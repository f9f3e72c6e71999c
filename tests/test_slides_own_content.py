"""Slides own what they show: editing the working map changes no slide's scene, PDF page or
HTML slide; a briefing saved in file format 1 opens and exports as it did."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from briefing_app.data.datasets import load_datasets
from briefing_app.model import commands, fileformat
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Annotation, Briefing, LayerState
from briefing_app.render.html_export import render_html
from briefing_app.scene.build import build_scene, scene_for_slide

FORMAT_1 = Path(__file__).parent / "fixtures" / "format1" / "european_security_landscape.briefing"

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def data():
    return load_datasets()


def _edit_the_working_map(doc: Briefing) -> None:
    ring = Annotation(
        "new-ring",
        {"type": "Point", "coordinates": [21.0, 54.5]},
        {"kind": "circle", "radius_km": 300, "label": "Drawn on the map"},
        {},
    )
    for command in (
        commands.SetLayerOptions("membership", {"grouping": "nato", "compare": None}),
        commands.SetProperties({"as_of": dt.date(2024, 3, 7)}),
        commands.SetLayerVisible("deployments", False),
        commands.SetLayerOpacity("occupied", 0.3),
        commands.MoveLayer("flashpoints", 0),
        commands.AddAnnotations([ring]),
    ):
        command.do(doc)


def _slides_in_html(doc: Briefing, data) -> list[dict]:
    text = render_html(doc, data)
    config = json.loads(text.split('id="briefing-config">', 1)[1].split("</script>", 1)[0])
    return config["document"]["slides"]


def test_editing_the_working_map_changes_no_slide(data):
    doc = builtin_briefing()
    scenes = [scene_for_slide(doc, s, data).to_message() for s in doc.slides]
    html = _slides_in_html(doc, data)
    working = build_scene(doc, data).to_message()

    _edit_the_working_map(doc)

    assert build_scene(doc, data).to_message() != working  # the map did change
    assert [scene_for_slide(doc, s, data).to_message() for s in doc.slides] == scenes
    assert _slides_in_html(doc, data) == html
    assert all("new-ring" not in (s.annotation_ids or []) for s in doc.slides)


def _page_images(pdf: Path, folder: Path) -> list[bytes]:
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(pdf), str(folder / "page")], check=True, timeout=120
    )
    return [p.read_bytes() for p in sorted(folder.glob("page*.png"))]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_each_slide_pdf_page_is_unchanged_after_the_map_is_edited(tmp_path, data):
    from briefing_app.render.pdf import export_pdf

    doc = builtin_briefing()
    doc.as_of = doc.slides[0].as_of  # the cover and header show the briefing's own date
    before, after = tmp_path / "before", tmp_path / "after"
    before.mkdir()
    after.mkdir()
    export_pdf(doc, data, before / "brief.pdf", appendix=False)
    _edit_the_working_map(doc)
    doc.as_of = doc.slides[0].as_of
    export_pdf(doc, data, after / "brief.pdf", appendix=False)
    pages_before = _page_images(before / "brief.pdf", before)
    pages_after = _page_images(after / "brief.pdf", after)
    # The cover, the slides' pages, and the list of the sources they cite.
    assert len(pages_before) == len(pages_after) > 1 + len(doc.slides)
    # The cover is the briefing's; every map page is its slide's and must not move a pixel.
    assert pages_after[1:] == pages_before[1:]


def test_edits_while_a_slide_is_shown_change_that_slide_only(data):
    doc = builtin_briefing()
    target, other = doc.slides[4], doc.slides[5]
    other_scene = scene_for_slide(doc, other, data).to_message()
    working = build_scene(doc, data).to_message()
    marker = Annotation(
        "m",
        {"type": "Point", "coordinates": [23.0, 52.0]},
        {"kind": "marker", "label": "Only here"},
        {},
    )
    for command in (
        commands.SetLayerVisible("deployments", False, slide_id=target.id),
        commands.UpdateSlide(target.id, {"as_of": dt.date(2000, 1, 1)}),
        commands.AddAnnotations([marker], slide_id=target.id),
    ):
        command.do(doc)
    assert not next(x for x in target.layers if x.id == "deployments").visible
    assert target.as_of == dt.date(2000, 1, 1) and target.annotation_ids == ["m"]
    assert scene_for_slide(doc, other, data).to_message() == other_scene
    # The working map shows every annotation, but its layers and date are its own.
    working_now = build_scene(doc, data).to_message()
    assert [x for x in working_now["layers"] if x["id"] != "annotations"] == [
        x for x in working["layers"] if x["id"] != "annotations"
    ]


def test_a_format_1_briefing_opens_as_it_was_meant(data):
    doc = fileformat.load(FORMAT_1)
    raw = json.loads(FORMAT_1.read_text(encoding="utf-8"))
    doc_layers = [
        fileformat._read_layer(fileformat.JsonReader("x", layer)) for layer in raw["layers"]
    ]
    for slide, saved in zip(doc.slides, raw["slides"], strict=True):
        expected_layers = (
            doc_layers
            if "layers" not in saved
            else [fileformat._read_layer(fileformat.JsonReader("x", x)) for x in saved["layers"]]
        )
        # A file from before the basemap shows it, under everything else.
        assert slide.layers == [LayerState("basemap"), *expected_layers]
        assert slide.as_of == dt.date.fromisoformat(saved.get("as_of", raw["as_of"]))
        assert slide.annotation_ids == saved.get("annotation_ids", ["ring1", "lbl1"])
    # What format 1 meant, drawn the old way: the document's layers and every annotation.
    old_way = build_scene(doc, data, view=doc.slides[0].view, as_of=doc.as_of)
    assert scene_for_slide(doc, doc.slides[0], data).to_message() == old_way.to_message()
    dated = scene_for_slide(doc, doc.slides[6], data)
    assert dated.as_of == dt.date(1999, 3, 12)
    assert [x.definition.id for x in dated.layers] == [
        "basemap",
        "countries",
        "membership",
        "annotations",
    ]


def test_a_format_1_briefing_saves_as_the_current_format_and_reopens_equal(tmp_path):
    doc = fileformat.load(FORMAT_1)
    path = tmp_path / "resaved.briefing"
    fileformat.save(doc, path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["format_version"] == fileformat.FORMAT_VERSION == 3
    assert all({"as_of", "layers", "annotation_ids"} <= set(s) for s in saved["slides"])
    assert fileformat.load(path) == doc


def test_a_format_2_slide_must_say_what_it_shows(tmp_path):
    text = fileformat.dumps(builtin_briefing())
    data = json.loads(text)
    del data["slides"][2]["layers"]
    with pytest.raises(fileformat.BriefingFileError, match=r"slides\[2\]"):
        fileformat.from_json(data, "two.briefing")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_a_format_1_briefing_exports_its_slides_own_dates(tmp_path, data):
    from briefing_app.render.pdf import export_pdf

    doc = fileformat.load(FORMAT_1)
    out = tmp_path / "v1.pdf"
    export_pdf(doc, data, out, appendix=False)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "12 March 1999" in text and "SUWAŁKI GAP" in text


def test_every_builtin_slide_says_what_it_shows():
    doc = builtin_briefing()
    raw = json.loads(fileformat.dumps(doc))
    assert raw["format_version"] == 3
    for slide in doc.slides:
        assert slide.as_of is not None and slide.annotation_ids is not None
        assert {x.id for x in slide.layers} >= {"countries", "membership"}
        assert isinstance(slide.layers[0], LayerState)
    coalition = next(s for s in doc.slides if s.id == "coalition")
    membership = next(x for x in coalition.layers if x.id == "membership")
    assert membership.options == {"grouping": "coalition_of_the_willing"}


@pytest.mark.parametrize(
    ("day", "shown", "not_shown"),
    [
        (dt.date(2000, 1, 1), {"mnc_ne_szczecin"}, {"flf_estonia", "deu_45_panzer_brigade"}),
        (
            dt.date(2017, 12, 31),
            {"flf_estonia", "flf_poland"},
            {"flf_hungary", "usa_v_corps_fwd_poznan"},
        ),
        (dt.date(2025, 3, 31), {"flf_hungary"}, {"deu_45_panzer_brigade"}),
        (dt.date(2025, 4, 1), {"deu_45_panzer_brigade"}, set()),
    ],
)
def test_the_date_governs_which_deployments_are_drawn(data, day, shown, not_shown):
    doc = builtin_briefing()
    scene = build_scene(doc, data, as_of=day)
    names = {d.id: d.short_name for d in data.deployments}  # the map label
    labels = {item["label"] for item in scene.layer("deployments").payload["items"]}
    assert {names[i] for i in shown} <= labels
    assert not {names[i] for i in not_shown} & labels


def test_the_iskander_ring_is_not_drawn_before_2018(data):
    doc = builtin_briefing()

    def rings(day):
        items = build_scene(doc, data, as_of=day).layer("flashpoints").payload["items"]
        return [i["label"] for i in items if i.get("style") == "range_ring"]

    assert not any("Iskander" in label for label in rings(dt.date(2017, 12, 31)))
    assert any("Iskander" in label for label in rings(dt.date(2018, 2, 1)))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_a_map_page_header_gives_its_slides_date(tmp_path, data):
    from briefing_app.render.pdf import export_pdf

    doc = builtin_briefing()
    doc.slides[4].as_of = dt.date(2000, 1, 1)
    out = tmp_path / "dated.pdf"
    export_pdf(doc, data, out, appendix=False)
    pages = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\f")
    header = [page.splitlines()[1] if len(page.splitlines()) > 1 else "" for page in pages]
    assert "As of 6 January 2026" in header[0]  # the cover: the briefing's date
    assert "As of 1 January 2000" in pages[5] and "As of 6 January 2026" not in pages[5]
    assert "As of 6 January 2026" in pages[4]


def test_greenland_is_drawn_with_denmarks_nato_membership_but_not_counted(data):
    doc = builtin_briefing()
    scene = scene_for_slide(doc, doc.slides[0], data)  # NATO compared with the EU
    membership = scene.layer("membership")
    assert membership.data["assign"]["GRL"] == "first_only"  # NATO, not EU
    assert membership.data["assign"]["FRO"] == "first_only"
    labels = [entry.label for entry in membership.legend]
    assert "NATO, not EU (9)" in labels  # 32 members, no territories
    nato = data.groupings["nato"]
    assert len(nato.members_on(dt.date(2026, 1, 23))) == 32
    assert "GRL" not in nato.members_on(dt.date(2026, 1, 23))
