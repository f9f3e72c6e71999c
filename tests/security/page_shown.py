"""What a map page shows of a briefing's texts, read from its DOM by a real browser engine,
and the check that it is every text as typed with no element of its own.

`SHOWN_JS` opens every tooltip and popup of the annotations and imported layers (as a
hover or click would; popups take a layout each, so a caller may read their content
nodes unopened instead) and returns their text, the title box, banners, slide buttons and
talking points (each slide button clicked), the legend, the aria labels, and what in the
whole DOM could only have come from markup in a text.
"""

from __future__ import annotations

import json
from typing import Any

from hostile_briefings import AS_OF, Texts, parsed_as_html

from briefing_app.i18n import format_date
from briefing_app.model.document import IMPORTED_PREFIX

SHOWN_JS = r"""(function () {
  try {
    function texts(root, selector) {
      return Array.prototype.map.call(root.querySelectorAll(selector),
                                      function (n) { return n.textContent; });
    }
    var out = {title: texts(document, ".briefing-title-main"),
               subtitles: texts(document, ".briefing-title-sub"),
               banners: texts(document, ".briefing-banner"),
               buttons: texts(document, ".briefing-slide-button"), notes: [],
               tooltips: {}, textIcons: {}, popups: {}, aria: {},
               placed: Array.prototype.map.call(
                 document.querySelectorAll(".briefing-map-label-text"),
                 function (e) { return {text: e.textContent, children: e.children.length}; })};
    // A slide button flies to the slide's view and shows its notes; only the notes matter
    // here, and a flight would redraw every country many times.
    var map = BriefingMap.map(), flyTo = map.flyTo;
    map.flyTo = function () { return map; };
    try {
      Array.prototype.forEach.call(document.querySelectorAll(".briefing-slide-button"),
        function (button) {
          button.click();
          out.notes.push(document.querySelector(".briefing-slide-notes").textContent);
        });
    } finally {
      map.flyTo = flyTo;
    }
    var legend = document.querySelector(".briefing-legend");
    out.legendTitles = texts(legend, ".briefing-legend-title");
    out.legendLabels = texts(legend, ".briefing-legend-label");
    ["annotations", "IMPORTED"].forEach(function (id) {
      var entry = BriefingMap.layer(id);
      // A layer of an earlier scene stays in the page, hidden: only what is on the map.
      if (!entry || !entry.leaflet || !BriefingMap.map().hasLayer(entry.leaflet)) { return; }
      var features = 0;   // imported features have no id: by their order in the file
      entry.leaflet.eachLayer(function (layer) {
        var item = layer.briefingItem;
        if (!item || item.role === "decoration") { return; }
        var key = item.id || ("f" + features++);
        var element = layer.getElement ? layer.getElement() : null;
        if (element && element.getAttribute("aria-label") !== null) {
          out.aria[key] = element.getAttribute("aria-label");
        }
        var inner = element && element.querySelector(".briefing-text-inner");
        if (inner) {
          out.textIcons[key] = {text: inner.textContent, children: inner.children.length};
        }
        var tooltip = layer.getTooltip && layer.getTooltip();
        if (tooltip) {
          layer.openTooltip();
          var tip = tooltip.getElement();
          out.tooltips[key] = {text: tip.textContent, children: tip.children.length};
        }
        var popup = layer.getPopup && layer.getPopup();
        if (popup) {
          popup.options.autoPan = false;   // the view stays where the test put it
          if (__OPEN_POPUPS__) { layer.openPopup(); }
          // Opened as a click opens it, or (quicker) the very node Leaflet would show.
          // A popup's content may be a function of its layer, made when it opens (as Leaflet
          // calls it).
          var content = popup.getContent();
          if (typeof content === "function") { content = content(layer); }
          var box = __OPEN_POPUPS__ ? popup.getElement().querySelector(".briefing-popup")
                         : content;
          out.popups[key] = {
            title: texts(box, ".briefing-popup-title"), text: texts(box, ".briefing-popup-text"),
            rows: Array.prototype.map.call(box.querySelectorAll("tr"), function (tr) {
              return texts(tr, "th").concat(texts(tr, "td"));
            }),
            tags: Array.prototype.map.call(box.querySelectorAll("*"),
                                           function (n) { return n.tagName.toLowerCase(); })
          };
          if (__OPEN_POPUPS__) { map.closePopup(); }
        }
      });
    });
    // Elements only markup could make; the app makes none of these anywhere on the page.
    var all = Array.prototype.slice.call(document.querySelectorAll("*"));
    out.injected = all.filter(function (n) {
      var tag = n.tagName.toLowerCase();
      if (["b", "i", "font", "para", "qt", "iframe", "object", "embed", "textarea", "math",
           "mi", "form", "table", "style", "a"].indexOf(tag) >= 0) {
        // The app's own: popup rows, Leaflet's zoom buttons and popup close button, the
        // page's style sheets.
        return !(tag === "table" && n.className === "briefing-popup-rows")
          && !(tag === "a" && /leaflet-(control-zoom|popup-close)/.test(n.className))
          && !(tag === "style" && n.parentNode === document.head);
      }
      if (tag === "img") {
        var src = n.getAttribute("src") || "";
        // The basemap's relief: the app's tiles, or the export's one inlined JPEG.
        if (n.closest(".leaflet-basemapRelief-pane")) {
          return !(/^briefing:\/\/app\/basemap\/relief\/\d+\/\d+\/\d+\.jpg$/.test(src)
                   || /^data:image\/jpeg;base64,/.test(src));
        }
        return !/^data:/.test(src) || !n.closest(".briefing-symbol, .briefing-legend-swatch");
      }
      if (tag === "svg") { return !n.closest(".leaflet-pane"); }
      if (tag === "script") { return n.parentNode !== document.body; }
      return Array.prototype.some.call(n.attributes, function (a) {
        return /^on/i.test(a.name);
      });
    }).map(function (n) { return n.outerHTML.slice(0, 200); });
    out.scripts = document.querySelectorAll("script").length;
    return out;
  } catch (error) {
    return {error: String(error) + " " + error.stack};
  }
})()"""


def shown_js(imported_layer: str, open_popups: bool = True) -> str:
    return SHOWN_JS.replace("IMPORTED", IMPORTED_PREFIX + imported_layer).replace(
        "__OPEN_POPUPS__", "true" if open_popups else "false"
    )


def check_shown(
    shown: dict[str, Any], texts: Texts, *, exported: bool, annotation_popups: bool
) -> None:
    """Every text as typed, and no element of its own: `exported` pages have the title box,
    banners and slides; an editing window's annotations open no popup (a click selects)."""
    assert "error" not in shown, shown.get("error")
    assert shown["injected"] == []
    # Placed map labels are text only: no element of their own.
    assert all(p["children"] == 0 for p in shown["placed"])
    if exported:
        title, subtitle, _author, _org, classification, _summary = texts.doc
        assert shown["title"] == [title]
        assert shown["subtitles"] == [
            *([subtitle] if subtitle else []),
            f"As of {format_date(AS_OF)}",
        ]
        assert shown["banners"] == [classification, classification]
        assert shown["buttons"] == [f"{i}. {t}" for i, t in enumerate(texts.slide_titles, 1)]
        assert shown["notes"] == texts.slide_notes
    else:
        assert shown["title"] == shown["banners"] == shown["buttons"] == []
    assert f"{texts.grouping_name} on {format_date(AS_OF)}" in shown["legendTitles"]
    assert f"{texts.grouping_name} (2)" in shown["legendLabels"]
    assert texts.layer_name in shown["legendTitles"]
    assert texts.layer_name in shown["legendLabels"]
    for key, label in texts.labels.items():
        if key == "a1":  # the text annotation: its words alone, on the map
            assert shown["textIcons"][key] == {"text": parsed_as_html(label), "children": 0}
            assert key not in shown["tooltips"]
        else:
            assert shown["tooltips"][key] == {"text": parsed_as_html(label), "children": 0}
        assert shown["aria"][key] == label
        if annotation_popups:
            popup = shown["popups"][key]
            assert popup["title"] == [label]
            assert popup["text"] == [texts.descriptions[key]]
            assert popup["tags"] == _popup_tags(len(popup["rows"]))
        else:
            assert key not in shown["popups"]
    # Features by what they show: the page keeps the Leaflet layers of items that did not
    # change, so its order of them is not the file's.
    popups = sorted(json.dumps(v) for k, v in shown["popups"].items() if k.startswith("f"))
    tips = sorted(json.dumps(v) for k, v in shown["tooltips"].items() if k.startswith("f"))
    assert popups == sorted(
        json.dumps(_feature_popup(p, folder))
        for p, folder in zip(texts.features, texts.folders, strict=True)
    )
    assert tips == sorted(
        json.dumps({"text": parsed_as_html(p["name"]), "children": 0}) for p in texts.features
    )
    assert len(shown["popups"]) == len(texts.features) + (
        len(texts.labels) if annotation_popups else 0
    )


def _feature_popup(props: dict[str, str], folder: str) -> dict[str, Any]:
    rows = [["Folder", folder], *([k, v] for k, v in props.items())]
    return {
        "title": [props["name"]],
        "text": [props["description"]],
        "rows": rows,
        "tags": _popup_tags(len(rows)),
    }


def _popup_tags(rows: int) -> list[str]:
    # popupNode's structure: title, text, then a table of th/td rows (no tbody: built
    # with createElement, not parsed).
    return ["div", "p", *(["table"] if rows else []), *(["tr", "th", "td"] * rows)]
