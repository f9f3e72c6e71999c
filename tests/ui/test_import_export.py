"""Importing real third-party files into the window, and exporting annotations and layers
for Google Earth, TAK or QGIS users."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pagejs import page_eval, page_state, shown_window
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from briefing_app.geofiles import read_geofile
from briefing_app.model import fileformat
from briefing_app.model.document import Annotation, Briefing, MapView, imported_layer_id

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
RENDER_TIMEOUT_MS = 30_000


@pytest.fixture
def window(qtbot):
    win = shown_window(qtbot, Briefing(title="Import test", view=MapView(50.0, 12.0, 4.0)))
    errors: list[str] = []
    win.error_shown.connect(errors.append)
    win.errors = errors
    yield win
    win.undo_stack.setClean()


def _shown_count(qtbot, win, layer_id: str) -> int:
    return page_state(qtbot, win)["counts"].get(layer_id, -1)


def test_geojson_import_is_drawn_listed_undone_and_saved(window, qtbot, tmp_path):
    assert window.import_export.import_file(CORPUS / "rome_province_municipalities.geojson")
    [layer] = window.doc.imported
    layer_id = imported_layer_id(layer)
    assert len(layer.features) == 121 and layer.source_format == "GeoJSON"
    # Listed in the layer panel, drawn on the map, below the annotations.
    titles = [window.layer_dock.list.item(r).text() for r in range(window.layer_dock.list.count())]
    assert layer.name in titles
    qtbot.waitUntil(lambda: _shown_count(qtbot, window, layer_id) == 121, timeout=10_000)
    ids = [state.id for state in window.doc.layers]
    assert ids.index(layer_id) < ids.index("annotations")
    # Embedded: the saved file opens elsewhere without the original.
    path = tmp_path / "with-layer.briefing"
    assert window.files.save_to(path)
    assert fileformat.load(path).imported == window.doc.imported
    window.undo_stack.undo()
    assert window.doc.imported == [] and window.doc.layer(layer_id) is None
    qtbot.waitUntil(lambda: layer_id not in page_state(qtbot, window)["shown"], timeout=10_000)


@pytest.mark.parametrize(
    ("name", "features"),
    [
        ("greece_sicily_countries.gpkg", 35),
        ("europe_country_borders.kml", 47),
        ("KML_Samples.kml", 19),
        ("france_aerodrome_airspaces.kmz", 230),
        ("ne_110m_admin_0_countries.shp", 177),
        ("europe_cities.csv", 1587),
    ],
)
def test_corpus_files_import_with_their_features(window, name, features):
    window.import_export.confirm_csv_columns = lambda path, header, proposed, note: proposed
    assert window.import_export.import_file(CORPUS / name), window.errors
    assert sum(len(layer.features) for layer in window.doc.imported) == features
    assert window.errors == []


def test_repairs_are_noted_on_the_layer(window):
    assert window.import_export.import_file(CORPUS / "europe_country_borders.kml")
    notes = " ".join(window.doc.imported[0].notes)
    assert "Ukraine" in notes and "closed" in notes


def test_csv_columns_are_confirmed_and_can_be_changed(window, tmp_path):
    path = tmp_path / "points.csv"
    path.write_text("name,a,b\nVilnius,54.687,25.279\nRiga,56.949,24.105\n", encoding="utf-8")
    asked = []

    def confirm(path, header, proposed, note):
        asked.append((header, proposed))
        return ("a", "b")

    window.import_export.confirm_csv_columns = confirm
    assert window.import_export.import_file(path), window.errors
    assert asked and asked[0][0] == ["name", "a", "b"]
    coordinates = [f["geometry"]["coordinates"] for f in window.doc.imported[0].features]
    assert coordinates[0] == pytest.approx([25.279, 54.687])


def _two_layer_geopackage(path: Path) -> Path:
    import geopandas
    from shapely.geometry import Point

    for name, points in (
        ("bases", [Point(21.0, 54.0)]),
        ("airfields", [Point(20.6, 54.9), Point(23.9, 54.9)]),
    ):
        geopandas.GeoDataFrame(
            {"name": [name] * len(points)}, geometry=points, crs="EPSG:4326"
        ).to_file(path, layer=name, driver="GPKG")
    return path


def test_geopackage_layers_are_chosen(window, tmp_path):
    path = _two_layer_geopackage(tmp_path / "two.gpkg")
    offered = []

    def choose(path, names):
        offered.append(sorted(names))
        return ["airfields"]

    window.import_export.choose_layers = choose
    assert window.import_export.import_file(path), window.errors
    assert offered == [["airfields", "bases"]]
    assert [layer.name for layer in window.doc.imported] == ["airfields"]
    assert len(window.doc.imported[0].features) == 2


def test_declined_layer_choice_imports_nothing(window, tmp_path):
    path = _two_layer_geopackage(tmp_path / "two.gpkg")
    window.import_export.choose_layers = lambda path, names: None
    assert not window.import_export.import_file(path)
    assert window.doc.imported == [] and window.undo_stack.count() == 0


@pytest.mark.parametrize("content", [b"", b"\x00\x01garbage", b'{"type": "FeatureCollection"'])
def test_broken_file_is_refused_and_briefing_unchanged(window, tmp_path, content):
    before = fileformat.to_json(window.doc)
    path = tmp_path / "broken.geojson"
    path.write_bytes(content)
    assert not window.import_export.import_file(path)
    assert window.errors and "broken.geojson" in window.errors[-1]
    assert fileformat.to_json(window.doc) == before
    assert window.undo_stack.count() == 0


def test_unknown_file_type_is_refused_by_name(window, tmp_path):
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK")
    assert not window.import_export.import_file(path)
    assert "notes.docx" in window.errors[-1]


def test_dropping_a_file_on_the_window_imports_it(window, qtbot):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(CORPUS / "chemnitz_playgrounds_osm.geojson"))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: len(window.doc.imported) == 1, timeout=10_000)
    assert len(window.doc.imported[0].features) == 256


def test_annotations_export_as_geojson_and_kml_and_read_back(window, tmp_path):
    hostile = '<script>alert("x")</script> & Co'
    window.editor.add(
        [
            Annotation(
                "a1",
                {"type": "Point", "coordinates": [21.0, 54.0]},
                {"kind": "marker", "label": hostile, "description": "<b>bold?</b>"},
                {"color": "#d55e00"},
            ),
            Annotation(
                "a2",
                {"type": "Point", "coordinates": [20.5, 54.7]},
                {"kind": "circle", "label": "Iskander-M", "radius_km": 500.0},
                {},
            ),
            Annotation(
                "a3",
                {"type": "LineString", "coordinates": [[19, 53], [21, 54]]},
                {"kind": "arrow", "label": "Axis"},
                {"weight": 4},
            ),
        ],
        "Add",
    )
    geojson = tmp_path / "notes.geojson"
    kml = tmp_path / "notes.kml"
    assert window.import_export.export_annotations("geojson", geojson)
    assert window.import_export.export_annotations("kml", kml)
    collection = json.loads(geojson.read_text(encoding="utf-8"))
    ring = collection["features"][1]
    assert ring["geometry"]["type"] == "Polygon" and ring["properties"]["radius_km"] == 500.0
    for path in (geojson, kml):
        read = read_geofile(path)
        assert read.feature_count() == 3
        labels = [
            f["properties"].get("label") or f["properties"].get("name")
            for layer in read.layers
            for f in layer.features
        ]
        assert hostile in labels
    assert "<script>" not in kml.read_text(encoding="utf-8")


def test_imported_layer_exports_as_kml(window, tmp_path):
    assert window.import_export.import_file(CORPUS / "lodz_voivodeship_osm.geojson")
    layer = window.doc.imported[0]
    out = tmp_path / "lodz.kml"
    assert window.import_export.export_layer(imported_layer_id(layer), "kml", out)
    text = out.read_text(encoding="utf-8")
    assert "województwo łódzkie" in text
    assert read_geofile(out).feature_count() == 3


def test_layers_from_two_files_get_different_colours(window):
    assert window.import_export.import_file(CORPUS / "rome_province_municipalities.geojson")
    assert window.import_export.import_file(CORPUS / "chemnitz_playgrounds_osm.geojson")
    first, second = window.doc.imported
    assert first.style["color"] != second.style["color"]


def test_imported_layer_is_renamed_in_the_panel_and_undone(window, qtbot):
    assert window.import_export.import_file(CORPUS / "rome_province_municipalities.geojson")
    layer_id = imported_layer_id(window.doc.imported[0])
    item = window.layer_dock.item(layer_id)
    item.setText("Province of Rome")  # what an edit in the list does
    assert window.doc.imported[0].name == "Province of Rome"
    assert window.layer_dock.item(layer_id).text() == "Province of Rome"
    qtbot.waitUntil(
        lambda: "Province of Rome" in page_state(qtbot, window)["legend"], timeout=10_000
    )
    window.undo_stack.undo()
    assert window.doc.imported[0].name == "rome_province_municipalities"


def test_a_layer_of_thousands_of_shapes_is_drawn_on_a_canvas_with_its_popups(
    window, qtbot, tmp_path
):
    # Its positions reach the page as one binary block (page_protocol.message_parts); the
    # shapes are drawn on a canvas and still answer a click with their feature's popup.
    features = [
        {
            "type": "Feature",
            "properties": {"name": f"cell {i}"},
            "geometry": {
                "type": "Polygon",
                "coordinates": [
                    [[x, y], [x + 0.08, y], [x + 0.08, y + 0.08], [x, y + 0.08], [x, y]]
                ],
            },
        }
        for i in range(1200)
        for x, y in [(5 + (i % 40) * 0.1, 45 + (i // 40) * 0.1)]
    ]
    path = tmp_path / "cells.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    assert window.import_export.import_file(path)
    layer_id = imported_layer_id(window.doc.imported[0])
    qtbot.waitUntil(
        lambda: _shown_count(qtbot, window, layer_id) == 1200, timeout=RENDER_TIMEOUT_MS
    )
    # Cell 41 (second row, second column) at the centre of the map, then clicked there.
    window.map.set_view(MapView(45.14, 5.14, 9.0))
    script = f"""(function () {{
      var entry = BriefingMap.layer({json.dumps(layer_id)});
      var map = BriefingMap.map();
      if (Math.abs(map.getZoom() - 9) > 0.01) {{ return null; }}
      var canvas = entry.renderer._container;
      var point = map.latLngToContainerPoint([45.14, 5.14]);
      var box = map.getContainer().getBoundingClientRect();
      ["mousedown", "mouseup", "click"].forEach(function (type) {{
        canvas.dispatchEvent(new MouseEvent(type, {{bubbles: true, cancelable: true,
          clientX: box.left + point.x, clientY: box.top + point.y, button: 0}}));
      }});
      var popup = document.querySelector(".leaflet-popup .briefing-popup-title");
      return {{canvas: canvas.tagName, popup: popup ? popup.textContent : ""}};
    }})()"""
    result: dict = {}

    def clicked() -> bool:
        result.update(page_eval(qtbot, window, script) or {})
        return bool(result.get("popup"))

    qtbot.waitUntil(clicked, timeout=RENDER_TIMEOUT_MS)
    assert result == {"canvas": "CANVAS", "popup": "cell 41"}
    # The exported HTML inlines the same layer (positions as text: it fetches nothing) and
    # draws every shape of it too.
    from PySide6.QtWebEngineCore import QWebEnginePage

    from briefing_app.ui.web_scheme import WebProfile

    html_path = tmp_path / "cells.html"
    assert window.hand_off.export_html(html_path)
    WebProfile.instance().scheme_handler.set_page(
        "cells-export.html", html_path.read_text(encoding="utf-8")
    )
    page = QWebEnginePage(WebProfile.instance().profile)
    with qtbot.waitSignal(page.loadFinished, timeout=RENDER_TIMEOUT_MS):
        page.load(QUrl("briefing://app/cells-export.html"))

    class _Owner:  # page_eval reads `owner.map.page()`
        map = type("M", (), {"page": staticmethod(lambda: page)})()

    state = f"window.BriefingMap ? BriefingMap.state().counts[{json.dumps(layer_id)}] || 0 : 0"
    qtbot.waitUntil(lambda: page_eval(qtbot, _Owner, state) == 1200, timeout=RENDER_TIMEOUT_MS)
    page.deleteLater()


def test_a_file_imported_while_a_slide_is_shown_is_drawn_on_it(window, qtbot):
    # A slide owns its layers: the import must reach the map the user is looking at.
    window.slides.add_slide()
    slide = window.doc.slides[0]
    window.slides.show_slide(slide.id)
    assert window.import_export.import_file(CORPUS / "rome_province_municipalities.geojson")
    layer_id = imported_layer_id(window.doc.imported[0])
    assert layer_id in [state.id for state in window.doc.slide(slide.id).layers]
    qtbot.waitUntil(lambda: _shown_count(qtbot, window, layer_id) == 121, timeout=10_000)
    window.undo_stack.undo()  # one step: gone from the slide and from the briefing
    assert window.doc.imported == []
    assert layer_id not in [state.id for state in window.doc.slide(slide.id).layers]
    qtbot.waitUntil(lambda: layer_id not in page_state(qtbot, window)["shown"], timeout=10_000)
