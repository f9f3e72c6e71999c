/*
 * Briefing App annotation editor (in the app's map page only; exported pages do not load it).
 *
 * The app's document is the single source of truth: this script draws with Leaflet-Geoman,
 * reports what the user drew or changed, and throws its own shapes away; the app turns the
 * report into an undoable command and sends the annotations layer back as data.
 *
 * App -> page:  {type:"editor.enable"} (this map is edited: items select instead of popping up),
 *               {type:"editor.tool", tool: null|"select"|"marker"|"unit"|"text"|"arrow"|"line"|
 *                "polygon"|"rectangle"|"circle"|"measure", style?: the finished shape's style,
 *                hint?: how to draw with it (shown on the map while the tool is on)},
 *               {type:"editor.select", ids:[...]}, {type:"measure.result", text},
 *               {type:"editor.finish"} (finish the line or polygon being drawn)
 * Page -> app:  {type:"annotation.drawn", kind, geometry, radius_km?},
 *               {type:"annotation.clicked", id|null, add:bool},
 *               {type:"annotation.edited", id, geometry, dragged:bool (moved whole)},
 *               {type:"annotation.moved", id, dlon, dlat},
 *               {type:"measure.points", points:[[lon,lat],...], done:bool}
 */
(function () {
  "use strict";

  // Geoman only touches layers that opt in (the editor's own); the map's other layers,
  // countries first, stay as they are.
  L.PM.setOptIn(true);

  var LAYER = "annotations";
  var POINT_TOOLS = {marker: true, unit: true, text: true};
  var DRAW_SHAPES = {arrow: "Line", line: "Line", measure: "Line", polygon: "Polygon",
                     rectangle: "Rectangle", circle: "Circle"};
  var tool = null;
  var selected = [];
  // The shapes select() made editable, by id, and whether the selection was one shape.
  var editable = {};
  var editableSingle = false;
  var measureLayer = null;
  var measurePoints = [];
  var measureBox = null;
  var pendingEdits = {};
  var dragStart = {};
  var clickTaken = false;
  var toolStyle = null;     // the style the shape being drawn will have once it is done
  var hintBox = null;
  var circlePress = null;   // a press that placed a circle's centre: {x, y, moved}
  var swallowClick = false;
  var direct = null;        // an unselected annotation taken by the pointer to be dragged

  function map() { return BriefingMap.map(); }
  function send(message) { BriefingMap.send(message); }

  function drawStyle() {
    // What is drawn looks like what it becomes; a measurement is no shape and keeps its own.
    if (tool !== "measure" && toolStyle) {
      return Object.assign({}, toolStyle, {dashArray: toolStyle.dashArray || null});
    }
    return {color: "#d62728", weight: 3, dashArray: tool === "measure" ? "6 6" : null};
  }

  function showHint(text) {
    if (!hintBox) {
      hintBox = document.createElement("div");
      hintBox.className = "briefing-measure briefing-hint";
      hintBox.setAttribute("role", "status");
      map().getContainer().appendChild(hintBox);
    }
    hintBox.textContent = text || "";
    hintBox.style.display = text ? "block" : "none";
  }

  // ------------------------------------------------------------------ tools

  function setTool(name, style, hint) {
    var m = map();
    m.pm.disableDraw();
    clearMeasure();
    circlePress = null;
    tool = name && name !== "select" ? name : null;
    toolStyle = style && typeof style === "object" ? style : null;
    showHint(tool ? hint : "");
    // A press and drag draws a circle (centre to radius) instead of panning the map.
    if (tool === "circle") { m.dragging.disable(); } else { m.dragging.enable(); }
    m.getContainer().classList.toggle("briefing-drawing", tool !== null);
    m.getContainer().classList.toggle("briefing-placing", Boolean(tool && POINT_TOOLS[tool]));
    if (tool && DRAW_SHAPES[tool]) {
      m.pm.enableDraw(DRAW_SHAPES[tool], {
        snappable: false, continueDrawing: true, allowSelfIntersection: true, tooltips: false,
        finishOn: DRAW_SHAPES[tool] === "Line" ? "dblclick" : null,
        templineStyle: drawStyle(),
        hintlineStyle: Object.assign(drawStyle(), {dashArray: "4 6", fill: false}),
        pathOptions: drawStyle()
      });
    }
  }

  function lonLat(latlng) {
    return [Math.round(latlng.lng * 1e7) / 1e7, Math.round(latlng.lat * 1e7) / 1e7];
  }

  function onCreate(event) {
    var layer = event.layer;
    var kind = tool;
    map().removeLayer(layer);  // the app sends the annotation back once it is in the document
    if (kind === "measure") {
      showMeasure(layer.getLatLngs().map(lonLat), true);
      return;
    }
    if (!kind) { return; }
    if (kind === "circle") {
      send({type: "annotation.drawn", kind: kind,
            geometry: {type: "Point", coordinates: lonLat(layer.getLatLng())},
            radius_km: layer.getRadius() / 1000});
      return;
    }
    send({type: "annotation.drawn", kind: kind, geometry: layer.toGeoJSON(7).geometry});
  }

  function onMapClick(event) {
    if (clickTaken) { clickTaken = false; return; }
    if (tool && POINT_TOOLS[tool]) {
      send({type: "annotation.drawn", kind: tool,
            geometry: {type: "Point", coordinates: lonLat(event.latlng)}});
    } else if (!tool) {
      send({type: "annotation.clicked", id: null, add: false});
    }
  }

  // ------------------------------------------------------------------ circle by dragging
  // Geoman draws a circle with two clicks only; a drag goes through its own steps (private
  // methods of the version in assets/vendor: check them when Geoman is updated).

  function circleDraw() {
    var draw = map().pm.Draw.Circle;
    return draw && draw.enabled() ? draw : null;
  }

  function centrePlaced(draw) {
    return Boolean(draw._layerGroup && draw._layerGroup.hasLayer(draw._centerMarker));
  }

  function onMouseDown(event) {
    var original = event.originalEvent || {};
    var draw = tool === "circle" ? circleDraw() : null;
    if (!draw || original.button > 0 || centrePlaced(draw)) { return; }
    // The press places the centre (as Geoman's first click would); the release either ends
    // a drag (the radius is where it ends) or is a click that leaves the centre placed.
    draw._syncHintMarker(event);
    draw._placeCenterMarker(event);
    circlePress = {x: event.containerPoint.x, y: event.containerPoint.y, moved: false};
  }

  function onCircleMove(event) {
    if (!circlePress) { return; }
    var dx = event.containerPoint.x - circlePress.x, dy = event.containerPoint.y - circlePress.y;
    if (dx * dx + dy * dy > 25) { circlePress.moved = true; }
  }

  function onMouseUp(event) {
    var press = circlePress;
    circlePress = null;
    if (!press) { return; }
    swallowClick = true;  // the click that follows this release was the press, handled above
    window.setTimeout(function () { swallowClick = false; }, 0);
    var draw = circleDraw();
    if (press.moved && draw && centrePlaced(draw)) {
      draw._syncHintMarker(event);
      draw._finishShape(event);
    }
  }

  function onClickCapture(event) {
    if (swallowClick) {
      swallowClick = false;
      event.stopPropagation();
    }
  }

  // ------------------------------------------------------------------ measure

  function clearMeasure() {
    if (measureLayer) { map().removeLayer(measureLayer); measureLayer = null; }
    measurePoints = [];
    if (measureBox) { measureBox.style.display = "none"; }
  }

  function showMeasure(points, done) {
    measurePoints = points;
    if (done) {
      if (measureLayer) { map().removeLayer(measureLayer); }
      measureLayer = L.polyline(points.map(function (p) { return [p[1], p[0]]; }),
                                Object.assign(drawStyle(), {interactive: false, pmIgnore: true,
                                                            pane: "briefingDrawing"}))
        .addTo(map());
    }
    send({type: "measure.points", points: points, done: Boolean(done)});
  }

  function onDrawStart(event) {
    if (tool !== "measure") { return; }
    clearMeasure();
    var working = event.workingLayer;
    working.on("pm:vertexadded", function () {
      showMeasure(working.getLatLngs().map(lonLat), false);
    });
  }

  var moveQueued = null;
  function onMouseMove(event) {
    // While measuring, the leg to the pointer is measured too (at most once a frame).
    if (tool !== "measure" || !map().pm.Draw.Line.enabled()) { return; }
    var placed = map().pm.Draw.Line._layer ? map().pm.Draw.Line._layer.getLatLngs() : [];
    if (!placed.length) { return; }
    var first = moveQueued === null;
    moveQueued = placed.map(lonLat).concat([lonLat(event.latlng)]);
    if (first) {
      window.requestAnimationFrame(function () {
        send({type: "measure.points", points: moveQueued, done: false});
        moveQueued = null;
      });
    }
  }

  function showMeasureResult(message) {
    if (!measureBox) {
      measureBox = document.createElement("div");
      measureBox.className = "briefing-measure";
      map().getContainer().appendChild(measureBox);
    }
    measureBox.textContent = message.text || "";
    measureBox.style.display = message.text ? "block" : "none";
  }

  // ------------------------------------------------------------------ selection and editing

  function layersById() {
    var entry = BriefingMap.layer(LAYER);
    return (entry && entry.itemLayers) || {};
  }

  function setEditable(layer, on) {
    var item = layer.briefingItem || {};
    var element = layer.getElement ? layer.getElement() : null;
    if (element) { element.classList.toggle("briefing-selected", on); }
    if (!layer.pm) { return; }
    var reshaped = {line: true, arrow: true, polygon: true, rectangle: true, pen: true};
    if (on && reshaped[item.kind] && selected.length === 1) {
      layer.pm.enable({draggable: true, allowSelfIntersection: true, snappable: false});
    } else if (on) {
      layer.pm.enableLayerDrag();
    } else {
      if (layer.pm.enabled && layer.pm.enabled()) { layer.pm.disable(); }
      if (layer.pm.layerDragEnabled && layer.pm.layerDragEnabled()) {
        layer.pm.disableLayerDrag();
      }
    }
  }

  function listen(id, layer) {
    layer.off("pm:edit pm:dragstart pm:dragend");
    layer.on("pm:dragstart", function () { dragStart[id] = centreOf(layer); });
    layer.on("pm:dragend", function () { queueEdit(id, layer, true); });
    layer.on("pm:edit", function () { queueEdit(id, layer, false); });
  }

  function releaseDirect() {
    // An annotation taken for a drag that was only a click, or a drag that is over, goes
    // back to how unselected annotations are (unless it is selected now).
    if (direct && selected.indexOf(direct.id) < 0 && !direct.layer.pm.dragging()) {
      setEditable(direct.layer, false);
    }
    direct = null;
  }

  function stillEditable(layer, single) {
    // As setEditable left it, and drawn with its mark still.
    var element = layer.getElement ? layer.getElement() : null;
    if (element && !element.classList.contains("briefing-selected")) { return false; }
    if (!layer.pm) { return true; }
    var reshaped = {line: true, arrow: true, polygon: true, rectangle: true, pen: true};
    var kind = (layer.briefingItem || {}).kind;
    return reshaped[kind] && single ? Boolean(layer.pm.enabled && layer.pm.enabled())
      : Boolean(layer.pm.layerDragEnabled && layer.pm.layerDragEnabled());
  }

  function select(ids) {
    // A selection the page already shows on the same shapes is left as it is: the app
    // confirms it after every edit, and geoman's handles on a line of 200 vertices take a
    // tenth of a second to make again.
    var byId = layersById();
    var single = ids.length === 1;
    var keep = {};
    selected.forEach(function (id) {
      var layer = byId[id];
      if (!layer) { return; }
      if (ids.indexOf(id) >= 0 && editable[id] === layer && editableSingle === single &&
          stillEditable(layer, single)) {
        keep[id] = true;
        return;
      }
      setEditable(layer, false);
    });
    selected = ids.slice();
    editable = {};
    editableSingle = single;
    selected.forEach(function (id) {
      var layer = byId[id];
      if (!layer) { return; }
      if (!keep[id]) {
        setEditable(layer, true);
        listen(id, layer);
      }
      editable[id] = layer;
    });
    if (direct && byId[direct.id] !== direct.layer) { direct = null; }  // redrawn since
  }

  function layerOfElement(element) {
    var m = map();
    var byId = layersById();
    for (var node = element; node && node !== m.getContainer(); node = node.parentNode) {
      var layer = m._targets && node._leaflet_id !== undefined ? m._targets[node._leaflet_id]
        : null;
      var item = layer && layer.briefingItem;
      if (item && item.id && item.role !== "decoration" && byId[item.id] === layer) {
        return layer;
      }
    }
    return null;
  }

  function onPressCapture(event) {
    // Before the press reaches an unselected annotation, make it draggable: it is dragged at
    // once, without a click to select it first (the drag selects it when it ends).
    if (tool || event.button > 0 || event.shiftKey || event.ctrlKey || event.metaKey) { return; }
    releaseDirect();
    var layer = layerOfElement(event.target);
    if (!layer || !layer.pm) { return; }
    var id = layer.briefingItem.id;
    if (selected.indexOf(id) >= 0) { return; }
    layer.pm.enableLayerDrag();
    listen(id, layer);
    direct = {id: id, layer: layer};
  }

  function centreOf(layer) {
    return layer.getLatLng ? layer.getLatLng() : layer.getBounds().getCenter();
  }

  function queueEdit(id, layer, dragged) {
    // Geoman reports one drag as a drag end and an edit: the app hears of it once.
    var pending = pendingEdits[id] || {dragged: false};
    pending.dragged = pending.dragged || dragged;
    pendingEdits[id] = pending;
    if (pending.timer) { return; }
    pending.timer = window.setTimeout(function () {
      delete pendingEdits[id];
      var item = layer.briefingItem || {};
      if (pending.dragged && direct && direct.id === id) {
        direct = null;
        send({type: "annotation.clicked", id: id, add: false});
      }
      if (item.kind === "circle" || (item.kind === "text" || item.kind === "unit" ||
                                     item.kind === "marker")) {
        var before = dragStart[id];
        var after = centreOf(layer);
        if (!before) { return; }
        delete dragStart[id];
        send({type: "annotation.moved", id: id, dlon: after.lng - before.lng,
              dlat: after.lat - before.lat});
        return;
      }
      send({type: "annotation.edited", id: id, geometry: layer.toGeoJSON(7).geometry,
            dragged: pending.dragged});
    }, 0);
  }

  function onItemClick(entry, item, layer, event) {
    if (entry.id !== LAYER || (tool && !POINT_TOOLS[tool] && tool !== null)) { return; }
    if (tool) { return; }  // placing points: the click goes to the map
    L.DomEvent.stop(event);
    clickTaken = true;
    window.setTimeout(function () { clickTaken = false; }, 0);
    var original = event.originalEvent || {};
    send({type: "annotation.clicked", id: item.id,
          add: Boolean(original.shiftKey || original.ctrlKey || original.metaKey)});
  }

  // ------------------------------------------------------------------ wiring

  function start() {
    var m = map();
    if (!m.pm) {  // opt-in mode: the map itself must opt in too
      m.options.pmIgnore = false;
      L.PM.reInitLayer(m);
    }
    // What is being drawn shows above every layer of the map (their panes sit at 400+).
    m.createPane("briefingDrawing").style.zIndex = "640";
    m.pm.setGlobalOptions({snappable: false,
                           panes: {layerPane: "briefingDrawing", vertexPane: "markerPane",
                                   markerPane: "markerPane"}});
    m.on("pm:create", onCreate);
    m.on("pm:drawstart", onDrawStart);
    m.on("click", onMapClick);
    m.on("mousemove", onMouseMove);
    m.on("mousedown", onMouseDown);
    m.on("mousemove", onCircleMove);
    m.on("mouseup", onMouseUp);
    window.addEventListener("click", onClickCapture, true);
    m.getContainer().addEventListener("mousedown", onPressCapture, true);
    BriefingMap.onItemClick(onItemClick);
    BriefingMap.onRebuilt(function (entry) {
      if (entry.id === LAYER) { select(selected); }
    });
    // Only the editing window's map turns editing on; a presentation's keeps its popups.
    BriefingMap.registerHandler("editor.enable", function () {
      BriefingMap.setEditing(true);
      var entry = BriefingMap.layer(LAYER);
      if (entry && entry.payload) {
        BriefingMap.handle({type: "layer.payload", id: LAYER, payload: entry.payload});
      }
    });
    BriefingMap.registerHandler("editor.tool", function (message) {
      setTool(message.tool, message.style, message.hint);
    });
    BriefingMap.registerHandler("editor.select", function (message) { select(message.ids); });
    BriefingMap.registerHandler("measure.result", showMeasureResult);
    BriefingMap.registerHandler("editor.finish", function () {
      var shape = tool && DRAW_SHAPES[tool];
      var draw = shape && m.pm.Draw[shape];
      if (draw && draw.enabled() && draw._finishShape) { draw._finishShape(); }
    });
  }

  window.BriefingEditor = {
    start: start,
    state: function () {
      return {tool: tool, selected: selected.slice(), measure: measurePoints.slice(),
              editable: Object.keys(layersById()), style: drawStyle(),
              hint: hintBox && hintBox.style.display !== "none" ? hintBox.textContent : "",
              panning: map().dragging.enabled()};
    }
  };
})();
