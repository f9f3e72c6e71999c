/*
 * Briefing App map page.
 *
 * Protocol: one JSON message at a time in each direction.
 *  - In the app, over a QWebChannel object "bridge": Python emits bridge.toPage(json) and the
 *    page calls bridge.fromPage(json).
 *  - Without Qt (an exported HTML file) the page runs on its embedded config alone.
 *
 * Page -> app:  {type:"ready"}, {type:"layer.rendered", id, features},
 *               {type:"layer.error", id, message}, {type:"cursor", lat, lon},
 *               {type:"view", center:[lat,lon], zoom}, {type:"country.clicked", iso_a3, name},
 *               {type:"applied", seq}
 * App -> page:  {type:"scene", view, layers:[{id, kind, visible, opacity, payload}], legend},
 *               {type:"layer.state", id, visible, opacity}, {type:"layer.payload", id, payload},
 *               {type:"layer.items", id, remove:[index], add:[[index, item]]} (a few items),
 *               {type:"order", ids:[bottom..top]}, {type:"legend", sections},
 *               {type:"view", center, zoom, animate}, {type:"ping", seq},
 *               {type:"highlight", center:[lat,lon], label, seconds} (a found place),
 *               {type:"theme", name, style}
 *
 * Every text shown comes from the app as data and is set with textContent or escaped:
 * user and data strings never become markup.
 */
(function () {
  "use strict";

  var map = null;
  var config = null;
  var layers = {};        // id -> {id, kind, url, leaflet, state, payload, pane, renderer}
  var order = [];
  var bridge = null;
  var cursorPending = null;
  var cursorPoint = null;  // where the pointer rests on the map, in container px
  var countriesGeojson = null;
  var basemapData = null;   // {water, places} (render/map_page.py basemap_data_json)
  var attribution = null;   // shown while the basemap is
  var legendControl = null;
  var legendSections = [];
  var HATCH_ID = "briefing-hatch";
  // The editor (briefing_editor.js, in the app only) plugs in here.
  var handlers = {};      // message type -> function(message)
  var rebuiltHooks = [];  // function(entry) after a layer's Leaflet layers are remade
  var itemClickHook = null;
  var editing = false;    // items with an id are selected on click instead of opening a popup

  function send(message) {
    if (bridge) { bridge.fromPage(JSON.stringify(message)); }
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function afterPaint(callback) {
    // Two frames: the first lets Leaflet draw, the second runs once it is on screen.
    window.requestAnimationFrame(function () { window.requestAnimationFrame(callback); });
  }

  // ------------------------------------------------------------------ panes and order

  function ensurePane(entry) {
    if (entry.pane) { return; }
    var name = "layer-" + entry.id;
    entry.pane = map.createPane(name);
    entry.paneName = name;
    entry.renderer = entry.kind === "items" && !isHugeImport(entry.payload) ? L.svg({pane: name})
      : L.canvas({pane: name});
    // Membership fills are only drawn: the pointer goes through them to the countries.
    if (entry.kind === "membership") { entry.pane.style.pointerEvents = "none"; }
    if (entry.kind === "basemap") { ensureBasemapPanes(entry); }
  }

  // An imported layer of thousands of shapes is drawn on a canvas: as SVG each shape would
  // be a DOM element holding its path's text and Blink's parsed copy of it besides.
  var HUGE_IMPORT_ITEMS = 1000;

  function isHugeImport(payload) {
    var items = payload && payload.items;
    if (!items || items.length < HUGE_IMPORT_ITEMS) { return false; }
    return items.every(function (item) { return item.kind === "imported" && !itemStyle(item.style).hatch; });
  }

  function applyOrder() {
    order.forEach(function (id, index) {
      var entry = layers[id];
      if (entry && entry.pane) { entry.pane.style.zIndex = String(400 + index * 10); }
    });
    orderBasemap();
  }

  // ------------------------------------------------------------------ popups

  function popupNode(popup) {
    var box = el("div", "briefing-popup");
    box.appendChild(el("div", "briefing-popup-title", popup.title));
    if (popup.text) { box.appendChild(el("p", "briefing-popup-text", popup.text)); }
    if (popup.rows && popup.rows.length) {
      var table = el("table", "briefing-popup-rows");
      popup.rows.forEach(function (row) {
        var tr = el("tr");
        tr.appendChild(el("th", null, row[0]));
        tr.appendChild(el("td", null, row[1]));
        table.appendChild(tr);
      });
      box.appendChild(table);
    }
    if (popup.source) {
      var source = el("div", "briefing-popup-source", popup.as_of
        ? text("source_as_of", {source: popup.source, date: popup.as_of})
        : text("source", {source: popup.source}));
      if (popup.source_url) { source.appendChild(el("div", "briefing-popup-url", popup.source_url)); }
      box.appendChild(source);
    }
    return box;
  }

  // ------------------------------------------------------------------ packed positions

  // An imported geometry's position lists come packed (briefing_app/geo/positions.py, pack):
  // base64 of little-endian int32 millionths of a degree, lon and lat in turn. A quarter of
  // the bytes of JSON numbers, and no number parsing for the millions a big file holds.
  var PAGE_SCALE = 1e6;

  // In the app the positions of a message come as one binary block fetched through the
  // app's URL scheme (page_protocol.message_parts), each list named {"$p": [offset, count,
  // digest]}: a PackedRef is a view of the block, and its digest what the keys that match
  // drawn items hold instead of the positions.
  function PackedRef(values, digest) {
    this.values = values;
    this.digest = digest;
  }
  PackedRef.prototype.toJSON = function () { return "$p" + this.values.length + ":" + this.digest; };

  function isPackedList(coords) {
    return typeof coords === "string" || coords instanceof PackedRef;
  }

  function resolveRefs(value, block, inPositions) {
    // The message's {"$p": [...]} objects as views of its block (no copy); only where a
    // geometry's positions go, so no other data of a message is ever taken for one.
    if (Array.isArray(value)) {
      for (var i = 0; i < value.length; i++) {
        value[i] = resolveRefs(value[i], block, inPositions);
      }
      return value;
    }
    if (value === null || typeof value !== "object") { return value; }
    var ref = value.$p;
    if (inPositions && Array.isArray(ref) && ref.length === 3 && Object.keys(value).length === 1) {
      var offset = Number(ref[0]), count = Number(ref[1]);
      if (!(offset >= 0 && count >= 0 && offset + count <= block.length) || count % 2) {
        throw new Error("positions outside the message's block");
      }
      return new PackedRef(block.subarray(offset, offset + count), String(ref[2]));
    }
    Object.keys(value).forEach(function (key) {
      value[key] = resolveRefs(value[key], block, inPositions || key === "coordinates");
    });
    return value;
  }

  function packedValues(text) {
    if (text instanceof PackedRef) { return text.values; }
    var bytes = window.atob(text);
    var raw = new Uint8Array(bytes.length);
    for (var i = 0; i < bytes.length; i++) { raw[i] = bytes.charCodeAt(i); }
    return new Int32Array(raw.buffer, 0, raw.length >> 2);
  }

  function unpackPositions(text) {
    var values = typeof text === "string" ? packedValues(text) : text.values;
    var out = new Array(values.length >> 1);
    for (var k = 0; k < out.length; k++) {
      // Straight to what Leaflet keeps (no [lon, lat] array per position in between).
      out[k] = L.latLng(values[2 * k + 1] / PAGE_SCALE, values[2 * k] / PAGE_SCALE);
    }
    return out;
  }

  // GeoJSON positions to Leaflet's, for geometries whose packed lists are already LatLngs.
  function toLatLng(coords) {
    return coords instanceof L.LatLng ? coords : L.GeoJSON.coordsToLatLng(coords);
  }

  function unpackCoordinates(coords) {
    if (isPackedList(coords)) { return unpackPositions(coords); }
    if (Array.isArray(coords) && coords.length && typeof coords[0] !== "number" &&
        !(coords[0] instanceof L.LatLng)) {
      return coords.map(unpackCoordinates);
    }
    return coords;
  }

  function unpackGeometry(g) {
    if (!g) { return g; }
    if (g.type === "GeometryCollection") {
      return {type: g.type, geometries: (g.geometries || []).map(unpackGeometry)};
    }
    if (g.type === "Point") { return g; }
    return {type: g.type, coordinates: unpackCoordinates(g.coordinates)};
  }

  // A line or ring of an imported shape, kept as the page got it (8 bytes a position)
  // instead of as a LatLng object for each: Leaflet then holds only the projected points.
  function PackedRing(values, closed) {
    // Leaflet's polygons leave out the closing position GeoJSON repeats.
    var n = values.length;
    if (closed && n >= 4 && values[0] === values[n - 2] && values[1] === values[n - 1]) {
      values = values.subarray(0, n - 2);
    }
    this.values = values;
  }

  function packedRings(coords, closed) {
    if (isPackedList(coords)) { return new PackedRing(packedValues(coords), closed); }
    return coords.map(function (part) { return packedRings(part, closed); });
  }

  function eachRing(rings, callback) {
    if (rings instanceof PackedRing) { callback(rings); return; }
    rings.forEach(function (part) { eachRing(part, callback); });
  }

  function unpackedRings(rings) {
    if (rings instanceof PackedRing) { return unpackPositions(rings); }
    return rings.map(unpackedRings);
  }

  function ringBounds(v) {
    var west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
    for (var k = 0; k + 1 < v.length; k += 2) {
      if (v[k] < west) { west = v[k]; }
      if (v[k] > east) { east = v[k]; }
      if (v[k + 1] < south) { south = v[k + 1]; }
      if (v[k + 1] > north) { north = v[k + 1]; }
    }
    return v.length < 2 ? null : L.latLngBounds([south / PAGE_SCALE, west / PAGE_SCALE],
                                                [north / PAGE_SCALE, east / PAGE_SCALE]);
  }

  function projectedBounds(map, bounds) {
    // Web Mercator keeps the order of longitudes and of latitudes: the corners' points
    // bound the points of everything inside.
    return L.bounds(map.latLngToLayerPoint(bounds.getNorthWest()),
                    map.latLngToLayerPoint(bounds.getSouthEast()));
  }

  var packedShape = {
    _setLatLngs: function (rings) {
      this._latlngs = rings;
      var bounds = this._bounds = new L.LatLngBounds();
      eachRing(rings, function (ring) {
        ring.bounds = ringBounds(ring.values);
        if (ring.bounds) { bounds.extend(ring.bounds); }
      });
    },
    // Leaflet keeps every projected point of a shape (_rings) from one zoom change to the
    // next: for an imported layer of millions of positions that is the largest part of
    // the page's memory. A packed shape projects its positions as it clips them (each
    // update: pan or zoom), only for the rings in view, and keeps only what it draws
    // (the clipped, simplified _parts).
    _project: function () {
      this._rings = [];
      if (this._bounds.isValid()) {
        this._rawPxBounds = projectedBounds(this._map, this._bounds);
        this._updateBounds();
      }
    },
    _clipPoints: function () {
      var map = this._map;
      var pad = this._clickTolerance() + (this.options.weight || 0);
      var view = this._renderer._bounds;
      view = L.bounds(view.min.subtract([pad, pad]), view.max.add([pad, pad]));
      var rings = [];
      eachRing(this._latlngs, function (ring) {
        if (!ring.bounds || !projectedBounds(map, ring.bounds).intersects(view)) { return; }
        var v = ring.values;
        var points = new Array(v.length >> 1);
        for (var k = 0; k < points.length; k++) {
          points[k] = map.latLngToLayerPoint(
            L.latLng(v[2 * k + 1] / PAGE_SCALE, v[2 * k] / PAGE_SCALE));
        }
        rings.push(points);
      });
      this._rings = rings;
      (this instanceof L.Polygon ? L.Polygon : L.Polyline).prototype._clipPoints.call(this);
      this._rings = [];
    },
    isEmpty: function () {
      var empty = true;
      eachRing(this._latlngs, function (ring) { empty = empty && !ring.values.length; });
      return empty;
    },
    // Asked for rarely (a tooltip's place, an export): made when asked.
    getLatLngs: function () { return unpackedRings(this._latlngs); },
    _defaultShape: function () {
      var first = null;
      eachRing(this._latlngs, function (ring) { first = first || ring; });
      return first ? unpackPositions(first) : [];
    }
  };
  var PackedPolygon = L.Polygon.extend(packedShape);
  var PackedPolyline = L.Polyline.extend(packedShape);

  // ------------------------------------------------------------------ layer builders

  function countryStyle() { return config.style.countries; }

  var hoveredCountry = null;

  function hoverCountry(featureLayer) {
    if (hoveredCountry === featureLayer) { return; }
    unhoverCountry();
    hoveredCountry = featureLayer;
    featureLayer.setStyle(config.style.countries_hover);
    featureLayer.bringToFront();  // else neighbours on the canvas hide half the outline
  }

  function unhoverCountry() {
    if (!hoveredCountry) { return; }
    hoveredCountry.setStyle(countryStyle());
    hoveredCountry.closeTooltip();
    hoveredCountry = null;
  }

  // A country's name in the app's language (config.country_names, from CLDR), else the
  // countries file's English.
  function countryName(feature) {
    var names = config.country_names || {};
    var iso = feature.properties.iso_a3;
    return Object.prototype.hasOwnProperty.call(names, iso) ? String(names[iso])
      : feature.properties.name;
  }

  function clickCountry(feature) {
    send({type: "country.clicked", iso_a3: feature.properties.iso_a3,
          name: countryName(feature)});
  }

  // A country's rings projected to the screen, kept on its feature: the membership layer
  // draws the same countries over the country layer, and both take the projection of the
  // map's zoom and origin from whichever was projected first (100k positions, once).
  function projectShared() {
    var feature = this.feature;
    var map = this._map;
    var origin = map.getPixelOrigin();
    var done = feature && feature.briefingProjected;
    if (!done || done.zoom !== map.getZoom() || !done.origin.equals(origin)) {
      L.Polygon.prototype._project.call(this);
      if (feature) {
        feature.briefingProjected = {zoom: map.getZoom(), origin: origin, rings: this._rings,
                                     bounds: this._rawPxBounds};
      }
      return;
    }
    // Leaflet clips and simplifies into new arrays (_parts): the shared rings stay as they are.
    this._rings = done.rings;
    if (this._bounds.isValid() && done.bounds && done.bounds.isValid()) {
      this._rawPxBounds = done.bounds;
      this._updateBounds();
    }
  }

  // map.latLngToLayerPoint of each position, for Web Mercator step by step the same
  // arithmetic (so the same pixels) without the three calls and two objects a position
  // costs there: the country layer has 100k of them.
  function layerPoints(map, values) {
    var points = new Array(values.length >> 1);
    var k;
    var crs = map.options.crs;
    if (crs !== L.CRS.EPSG3857) {
      for (k = 0; k < points.length; k++) {
        points[k] = map.latLngToLayerPoint(
          L.latLng(values[2 * k + 1] / PAGE_SCALE, values[2 * k] / PAGE_SCALE));
      }
      return points;
    }
    var mercator = crs.projection, t = crs.transformation;
    var radius = mercator.R, max = mercator.MAX_LATITUDE, d = Math.PI / 180;
    var scale = crs.scale(map.getZoom()), origin = map.getPixelOrigin();
    for (k = 0; k < points.length; k++) {
      var lat = Math.max(Math.min(max, values[2 * k + 1] / PAGE_SCALE), -max);
      var sin = Math.sin(lat * d);
      var x = radius * (values[2 * k] / PAGE_SCALE) * d;
      var y = radius * Math.log((1 + sin) / (1 - sin)) / 2;
      x = scale * (t._a * x + t._b);
      y = scale * (t._c * y + t._d);
      points[k] = new L.Point(Math.round(x) - origin.x, Math.round(y) - origin.y);
    }
    return points;
  }

  // A country's shape: its rings as the page got them (PackedRing, int32 millionths of a
  // degree), not as a LatLng object for each of the layer's 100k positions. It projects them
  // all when the zoom or origin changes, as Leaflet's own polygons do (a pan then only clips
  // and draws), into the projection it shares with the membership layer.
  var CountryPolygon = L.Polygon.extend({
    _setLatLngs: packedShape._setLatLngs,
    _projectLatlngs: function (rings, result, pxBounds) {
      if (!(rings instanceof PackedRing)) {
        for (var i = 0; i < rings.length; i++) { this._projectLatlngs(rings[i], result, pxBounds); }
        return;
      }
      var points = layerPoints(this._map, rings.values);
      for (var k = 0; k < points.length; k++) { pxBounds.extend(points[k]); }
      result.push(points);
    },
    _project: projectShared,
    isEmpty: packedShape.isEmpty,
    getLatLngs: packedShape.getLatLngs,
    _defaultShape: packedShape._defaultShape
  });

  // A country's shape over the country layer, on the country layer's own positions.
  var SharedCountry = CountryPolygon.extend({
    initialize: function (source, options) {
      L.setOptions(this, options);
      this._latlngs = source._latlngs;
      this._bounds = source._bounds;
      this.feature = source.feature;
    }
  });

  function countryShapes(features, options) {
    // What L.geoJSON(features, options) makes of them, with a CountryPolygon for each.
    var group = L.geoJSON(null, options);
    features.forEach(function (feature) {
      var shape = new CountryPolygon(packedRings(feature.geometry.coordinates, true), options);
      shape.feature = feature;
      shape.defaultOptions = shape.options;
      group.resetStyle(shape);
      if (options.onEachFeature) { options.onEachFeature(feature, shape); }
      group.addLayer(shape);
    });
    return group;
  }

  function buildCountries(entry) {
    hoveredCountry = null;  // the old layers are gone
    return countryShapes(countriesGeojson.features, {
      renderer: entry.renderer,
      pane: entry.paneName,
      style: countryStyle,
      onEachFeature: function (feature, featureLayer) {
        featureLayer.bindTooltip(escapeHtml(countryName(feature)), {
          sticky: true, className: "briefing-country-tip"
        });
        featureLayer.on("mouseover", function () { hoverCountry(featureLayer); });
        featureLayer.on("mouseout", function () {
          if (hoveredCountry === featureLayer) { unhoverCountry(); }
        });
        featureLayer.on("click", function () { clickCountry(feature); });
      }
    });
  }

  // The countries lie under every other layer, and a layer's canvas or shape takes the
  // pointer's events from the canvases below it. Events that reach the map from a layer above
  // (an occupied area, a range ring, an annotation: all but markers and the editor's
  // selections) are passed on to the country under the pointer, which is hovered, named and
  // clicked as if nothing were drawn above it.
  function countryUnder(event) {
    var entry = layers.countries;
    if (!entry || !entry.leaflet || !map.hasLayer(entry.leaflet) || !event.layerPoint) {
      return null;
    }
    // A drawing tool takes every click (see .briefing-drawing in the style sheet).
    if (map.getContainer().classList.contains("briefing-drawing")) { return null; }
    var found = null;
    entry.leaflet.eachLayer(function (featureLayer) {
      if (featureLayer._containsPoint && featureLayer._containsPoint(event.layerPoint)) {
        found = featureLayer;
      }
    });
    return found;
  }

  function reachedCountries(event) {
    // The countries' own canvas: their own handlers have seen the event.
    var entry = layers.countries;
    var target = event.originalEvent && event.originalEvent.target;
    return Boolean(entry && entry.renderer && target === entry.renderer._container);
  }

  function passPointerToCountries() {
    map.on("mousemove", function (e) {
      if (reachedCountries(e)) { return; }
      var country = countryUnder(e);
      if (!country) { unhoverCountry(); return; }
      hoverCountry(country);
      country.openTooltip(e.latlng);
    });
    map.on("click", passClickToCountry);
    map.on("mouseout", unhoverCountry);
  }

  function passClickToCountry(e) {
    // Once per click: a shape's click that reaches the map as well is the same click.
    var original = e.originalEvent || {};
    if (original.briefingCountryClick || reachedCountries(e)) { return; }
    original.briefingCountryClick = true;
    var country = countryUnder(e);
    if (country) { clickCountry(country.feature); }
  }

  function buildMembership(entry) {
    var payload = entry.payload || {assign: {}, colors: {}};
    var base = config.style.membership;
    var options = {
      renderer: entry.renderer,
      pane: entry.paneName,
      interactive: false,
      style: function (feature) {
        var category = payload.assign[feature.properties.iso_a3];
        return {color: base.color, weight: base.weight, fillOpacity: base.fillOpacity,
                fillColor: payload.colors[category] || "#888888"};
      }
    };
    var member = function (f) {
      return Object.prototype.hasOwnProperty.call(payload.assign, f.properties.iso_a3);
    };
    var countries = layers.countries && layers.countries.leaflet;
    if (!countries) { return countryShapes(countriesGeojson.features.filter(member), options); }
    // The members' shapes from the country layer: no second reading of the GeoJSON.
    var group = L.geoJSON(null, options);
    countries.eachLayer(function (country) {
      if (!country.feature || !member(country.feature)) { return; }
      group.addLayer(
        new SharedCountry(country, L.extend({}, options, options.style(country.feature))));
    });
    return group;
  }

  function itemStyle(name) {
    // A named style from the app's style definition, or (annotations) the item's own.
    var style = Object.assign({}, typeof name === "object" && name !== null ? name
                                  : config.style.items[name] || {});
    if (style.hatch) { style.fillColor = "url(#" + HATCH_ID + ")"; style.fillOpacity = 1; }
    return style;
  }

  function iconFor(item) {
    var size = item.icon_size || config.style.unit_icon_size;
    var img = "<img alt='' src='" + escapeHtml(item.icon) + "' width='" + size[0] +
      "' height='" + size[1] + "'>";
    return L.divIcon({html: img, className: "briefing-symbol", iconSize: size,
                      iconAnchor: [size[0] / 2, size[1] / 2]});
  }

  function textIcon(item) {
    // A text annotation: its words alone, centred on the point, in its colour.
    var color = (item.style && item.style.color) || "#1b2a3a";
    // Its size scales the theme's text size (the style sheet's), whatever the theme.
    var scale = Number(item.text_scale);
    scale = isFinite(scale) && scale > 0 ? Math.min(scale, 10) : 1;
    var html = "<span class='briefing-text-inner' style='color:" + escapeHtml(color) +
      ";--briefing-text-scale:" + scale + "'>" + escapeHtml(item.label || "") + "</span>";
    return L.divIcon({html: html, className: "briefing-text", iconSize: null});
  }

  function isPacked(coords) {
    while (Array.isArray(coords) && coords.length) { coords = coords[0]; }
    return isPackedList(coords);
  }

  function packedLayer(g, options) {
    // Lines and areas whose positions came packed; null for anything else.
    if (!isPacked(g.coordinates)) { return null; }
    if (g.type === "Polygon" || g.type === "MultiPolygon") {
      return new PackedPolygon(packedRings(g.coordinates, true), options);
    }
    if (g.type === "LineString") {
      return new PackedPolyline([packedRings(g.coordinates, false)], options);
    }
    if (g.type === "MultiLineString") {
      return new PackedPolyline(packedRings(g.coordinates, false), options);
    }
    return null;
  }

  function itemLayer(entry, item, editable) {
    var packed = item.kind === "imported" && item.geometry &&
      packedLayer(item.geometry, Object.assign(
        {pane: entry.paneName, renderer: entry.renderer, keyboard: false, pmIgnore: true},
        itemStyle(item.style)));
    if (packed) { return packed; }
    var g = unpackGeometry(item.geometry);
    var options = {pane: entry.paneName, renderer: entry.renderer, keyboard: false,
                   pmIgnore: !editable, coordsToLatLng: toLatLng};
    if (g.type === "Point") {
      var latlng = L.latLng(g.coordinates[1], g.coordinates[0]);
      if (item.text_only) {
        return L.marker(latlng, Object.assign(options, {icon: textIcon(item)}));
      }
      if (item.icon) { return L.marker(latlng, Object.assign(options, {icon: iconFor(item)})); }
      return L.circleMarker(latlng, Object.assign(options, itemStyle(item.style)));
    }
    Object.assign(options, itemStyle(item.style));
    if (item.kind === "rectangle" && g.type === "Polygon") {
      // A rectangle stays one while its corners are dragged.
      return L.rectangle(L.latLngBounds(g.coordinates[0].map(function (c) {
        return [c[1], c[0]];
      })), options);
    }
    if (g.type === "GeometryCollection") {
      return L.geoJSON(g, {pane: entry.paneName, renderer: entry.renderer, pmIgnore: true,
                           coordsToLatLng: toLatLng,
                           style: function () { return itemStyle(item.style); }});
    }
    return L.GeoJSON.geometryToLayer({type: "Feature", geometry: g}, options);
  }

  function itemName(item) {
    return item.label || (item.popup && item.popup.title) || "";
  }

  function nameItem(layer) {
    // Shapes a keyboard can reach say what they are to a screen reader.
    var element = layer.getElement ? layer.getElement() : null;
    var name = itemName(layer.briefingItem);
    if (element && name) { element.setAttribute("aria-label", name); }
  }

  function bindItemTooltip(layer, item) {
    if (item.label && !item.text_only) {
      // Hovering names the item in full ("NATO Forward Land Forces battlegroup Hungary"
      // beside the map label "FLF Hungary, Tata"); labels that stay on the map are placed
      // by the app (the "labels" message) so that none lies on another.
      var full = item.label_permanent && item.popup && item.popup.title ? item.popup.title
        : item.label;
      layer.bindTooltip(escapeHtml(full), {
        direction: "right", className: "briefing-label", offset: [10, 0]
      });
    }
  }

  function makeItem(entry, item) {
    var selectable = editing && Boolean(item.id);
    var layer = itemLayer(entry, item, selectable && item.role !== "decoration");
    layer.briefingItem = item;
    if (selectable) {
      layer.on("click", function (event) {
        if (itemClickHook) { itemClickHook(entry, layer.briefingItem, layer, event); }
      });
    } else if (!(layer instanceof L.Marker)) {
      // A popup keeps its shape's click from the map: the country under a ring's or an
      // area's fill hears of the click here.
      layer.on("click", passClickToCountry);
    }
    bindItemTooltip(layer, item);
    if (item.popup && !selectable) {
      // Built when opened: a layer of 100,000 features would hold as many DOM trees.
      layer.bindPopup(function () { return popupNode(item.popup); }, {maxWidth: 340});
    }
    if (itemName(item)) {
      layer.on("add", function () { nameItem(layer); });
    }
    return layer;
  }

  function drawing(item, withGeometry) {
    // What of an item its Leaflet layer draws: all but its label and popup (a text
    // annotation draws its label, so all of it).
    if (item.text_only) { return JSON.stringify(item); }
    var drawn = Object.assign({}, item);
    delete drawn.label;
    delete drawn.label_permanent;
    delete drawn.popup;
    if (!withGeometry) { delete drawn.geometry; }
    return JSON.stringify(drawn);
  }

  function drawsGeometry(layer, geometry) {
    // The layer stands where `geometry` says: the page moved or reshaped it itself (a drag
    // with the editor) and the app sends back what the page reported.
    if (!layer.toGeoJSON || layer instanceof L.Marker) { return false; }
    var shown = layer.toGeoJSON(7);  // a group's (a collection of shapes) has no geometry
    return Boolean(shown.geometry) && JSON.stringify(shown.geometry) === JSON.stringify(geometry);
  }

  function renamedInPlace(entry, index, item) {
    // An editable annotation drawn as before but named anew (a label typed in the panel),
    // or standing where the page's editor already moved or reshaped it, keeps its Leaflet
    // layer: the editor's handles on it (a line of 200 vertices takes a tenth of a second
    // to give them) stay as they are. Its data, hover text and name follow.
    var layer = entry.byIndex[index];
    var old = entry.payload.items[index];
    if (!editing || !item.id || item.role === "decoration" || !layer || !old ||
        old.id !== item.id || entry.itemLayers[item.id] !== layer ||
        drawing(old, false) !== drawing(item, false) ||
        (drawing(old, true) !== drawing(item, true) &&
         !drawsGeometry(layer, item.geometry))) {
      return false;
    }
    var cache = entry.itemCache;
    var same = cache[layer.briefingKey] || [];
    if (same.indexOf(layer) >= 0) { same.splice(same.indexOf(layer), 1); }
    layer.briefingKey = "e" + JSON.stringify(item);
    (cache[layer.briefingKey] = cache[layer.briefingKey] || []).push(layer);
    layer.briefingItem = item;
    entry.payload.items[index] = item;
    layer.unbindTooltip();
    bindItemTooltip(layer, item);
    nameItem(layer);
    return true;
  }

  function buildItems(entry) {
    // Items that did not change keep their Leaflet layers: an edit of one annotation
    // redraws that annotation, not the whole layer.
    var group = entry.leaflet || L.featureGroup();
    var cache = entry.itemCache || {};
    var fresh = {};
    var added = false;
    var ordered = [];     // the layers in the app's order
    entry.itemLayers = {};
    (entry.payload ? entry.payload.items : []).forEach(function (item) {
      var key = (editing ? "e" : "v") + JSON.stringify(item);
      var layer = cache[key] && cache[key].length ? cache[key].pop() : null;
      if (!layer) {
        layer = makeItem(entry, item);
        layer.briefingKey = key;
        group.addLayer(layer);
        added = true;
      }
      (fresh[key] = fresh[key] || []).push(layer);
      ordered.push(layer);
      if (editing && item.id && item.role !== "decoration") { entry.itemLayers[item.id] = layer; }
    });
    entry.byIndex = ordered;  // the placement names a symbol by its layer and index
    Object.keys(cache).forEach(function (key) {
      cache[key].forEach(function (layer) { group.removeLayer(layer); });
    });
    entry.itemCache = fresh;
    if (added && entry.leaflet) {
      // New shapes go on top; put every shape back in the order the app gave (areas
      // under lines under points).
      ordered.forEach(function (layer) {
        if (layer.bringToFront && map.hasLayer(layer)) { layer.bringToFront(); }
      });
    }
    return group;
  }

  function elementOf(layer) {
    return layer._path || layer._icon || null;
  }

  function putInOrder(entry, index) {
    // A new shape goes before the next one the app lists after it (areas under lines under
    // points), not on top of them all: a search from there, not a reorder of every shape.
    var element = elementOf(entry.byIndex[index]);
    if (!element || !element.parentNode) { return; }
    for (var next = index + 1; next < entry.byIndex.length; next += 1) {
      var other = elementOf(entry.byIndex[next]);
      if (other && other.parentNode === element.parentNode) {
        element.parentNode.insertBefore(element, other);
        return;
      }
    }
  }

  function patchItems(entry, message) {
    // {type:"layer.items", id, remove:[old index], add:[[new index, item]]}
    // (page_protocol.item_patch): an edit of one annotation of thousands remakes that one.
    var group = entry.leaflet;
    var items = entry.payload.items;
    var cache = entry.itemCache;
    var touched = message.remove.concat(message.add.map(function (p) { return p[0]; }));
    var shifted = message.remove.length !== message.add.length;
    if (!shifted) {
      // Items replaced where they stand: those renamed, or already where the page put
      // them, keep their layers.
      var kept = {};
      message.add.forEach(function (pair, k) {
        if (message.remove[k] === pair[0] && renamedInPlace(entry, pair[0], pair[1])) {
          kept[pair[0]] = true;
        }
      });
      message = {
        remove: message.remove.filter(function (index) { return !kept[index]; }),
        add: message.add.filter(function (pair) { return !kept[pair[0]]; })
      };
    }
    message.remove.slice().reverse().forEach(function (index) {
      var layer = entry.byIndex[index];
      group.removeLayer(layer);
      var same = cache[layer.briefingKey] || [];
      if (same.indexOf(layer) >= 0) { same.splice(same.indexOf(layer), 1); }
      var id = layer.briefingItem && layer.briefingItem.id;
      if (id && entry.itemLayers[id] === layer) { delete entry.itemLayers[id]; }
      entry.byIndex.splice(index, 1);
      items.splice(index, 1);
    });
    message.add.forEach(function (pair) {
      var index = pair[0], item = pair[1];
      var key = (editing ? "e" : "v") + JSON.stringify(item);
      var layer = makeItem(entry, item);
      layer.briefingKey = key;
      (cache[key] = cache[key] || []).push(layer);
      entry.byIndex.splice(index, 0, layer);
      items.splice(index, 0, item);
      if (editing && item.id && item.role !== "decoration") { entry.itemLayers[item.id] = layer; }
      group.addLayer(layer);
      putInOrder(entry, index);
    });
    if (message.add.length) { ensureHatch(entry); }
    forgetLabelsOf(entry.id, touched, shifted);
    relabel();
    rebuiltHooks.forEach(function (hook) { hook(entry); });
  }

  // ------------------------------------------------------------------ basemap
  // Relief, water and place dots (no names: labels come from the placement step). Wherever
  // the layer sits in the list, the relief lies just above the country and membership
  // fills and blends with them (style.basemap.relief_blend), so a fill keeps its hue; water
  // and dots lie above it. Nothing of it takes the pointer: the countries below do.

  // The relief blends with what lies under it inside the map's own stacking context, which
  // the container's background (the sea) is not part of: the sea is drawn in a pane below
  // the countries too, or the relief would show grey over it.
  var BASEMAP_PANES = ["basemapRelief", "basemapWater", "basemapPlaces"];

  function ensureBasemapPanes(entry) {
    entry.subPanes = BASEMAP_PANES.map(function (name) {
      var pane = map.getPane(name) || map.createPane(name);
      pane.style.pointerEvents = "none";
      return pane;
    });
    if (!map.getPane("basemapSea")) {
      var sea = map.createPane("basemapSea");
      sea.style.zIndex = "300";
      sea.style.pointerEvents = "none";
    }
    // Drawn as far around the view as the countries are (Leaflet's 10%): rivers beyond them
    // during a drag would be drawn where the countries are not.
    entry.waterRenderer = L.canvas({pane: "basemapWater"});
    styleReliefPane();
  }

  // The sea under the relief: one element of the theme's background colour over the view and
  // a view's width around it, moved with the view. Solid colour needs no bitmap; a canvas
  // rectangle did the same with a bitmap of 2.6 views in the page and four copies of it in
  // the compositor (25 MiB at 1280 x 800).
  var SeaLayer = L.Layer.extend({
    options: {pane: "basemapSea"},
    onAdd: function () {
      this._sea = el("div", "briefing-map-sea");
      this._sea.style.position = "absolute";
      this.setColour(config.style.background);
      this.getPane().appendChild(this._sea);
      this._cover();
    },
    onRemove: function () { L.DomUtil.remove(this._sea); },
    getEvents: function () { return {move: this._cover, viewreset: this._cover, resize: this._cover}; },
    setColour: function (colour) { if (this._sea) { this._sea.style.background = colour; } },
    _cover: function () {
      var size = this._map.getSize();
      L.DomUtil.setPosition(this._sea, this._map.containerPointToLayerPoint(size.multiplyBy(-1)));
      this._sea.style.width = 3 * size.x + "px";
      this._sea.style.height = 3 * size.y + "px";
    }
  });

  function basemapStyle() { return config.style.basemap || {}; }

  function styleReliefPane() {
    var pane = map.getPane("basemapRelief");
    if (!pane) { return; }
    var style = basemapStyle();
    pane.style.mixBlendMode = style.relief_blend || "multiply";
    pane.style.filter = style.relief_filter || "none";
  }

  function orderBasemap() {
    var entry = layers.basemap;
    if (!entry || !entry.subPanes) { return; }
    var below = 400;
    ["countries", "membership"].forEach(function (id) {
      if (layers[id] && layers[id].pane) {
        below = Math.max(below, Number(layers[id].pane.style.zIndex) || 400);
      }
    });
    entry.subPanes.forEach(function (pane, index) {
      pane.style.zIndex = String(below + 1 + index);
    });
  }

  function basemapOpacity(entry) {
    var opacity = entry.state.opacity;
    var style = basemapStyle();
    var panes = entry.subPanes || [];
    if (panes[0]) {
      panes[0].style.opacity = String(opacity * (style.relief_opacity === undefined ? 1
                                                   : style.relief_opacity));
    }
    panes.slice(1).forEach(function (pane) { pane.style.opacity = String(opacity); });
  }

  function reliefLayer(entry) {
    var relief = (entry.payload && entry.payload.relief) || {};
    var source = config.basemap || {};
    if (source.overlay) {
      // An exported page: one small image, inlined (the file must not load anything).
      var b = source.overlay.bounds;
      return L.imageOverlay(source.overlay.url, [[b[1], b[0]], [b[3], b[2]]],
                            {pane: "basemapRelief", interactive: false});
    }
    if (!source.tiles) { return null; }
    return L.tileLayer(source.tiles, {
      pane: "basemapRelief", tileSize: 256, noWrap: true, keepBuffer: 1,
      minZoom: 0, maxZoom: 20, minNativeZoom: relief.min_zoom || 0,
      maxNativeZoom: relief.max_native_zoom === undefined ? 7 : relief.max_native_zoom,
      bounds: [[-85.05, -180], [85.05, 180]]
    });
  }

  function waterStyle(item) {
    var style = basemapStyle()[item.style] || {};
    return Object.assign({interactive: false}, style,
                         item.kind === "lake" ? {} : {fill: false});
  }

  function buildBasemap(entry) {
    // Layers by the zoom they start at: a zoom change shows or hides whole groups.
    var group = L.layerGroup();
    entry.byZoom = [];
    entry.sea = new SeaLayer();
    group.addLayer(entry.sea);
    var relief = reliefLayer(entry);
    if (relief) { group.addLayer(relief); }
    var data = basemapData || {water: [], places: []};
    function levelGroup(zoom) {
      var level = Math.max(0, Math.min(24, Number(zoom) || 0));
      if (!entry.byZoom[level]) { entry.byZoom[level] = L.layerGroup(); }
      return entry.byZoom[level];
    }
    data.water.forEach(function (item) {
      var layer = L.GeoJSON.geometryToLayer({type: "Feature", geometry: item.geometry},
        Object.assign({pane: "basemapWater", renderer: entry.waterRenderer}, waterStyle(item)));
      layer.basemapWater = item;
      levelGroup(item.min_zoom).addLayer(layer);
    });
    // Places get their dot with their name (showLabels): a dot whose name found no room
    // would only clutter the map.
    entry.basemapGroup = group;
    return group;
  }

  function updateBasemapZoom() {
    var entry = layers.basemap;
    if (!entry || !entry.basemapGroup || !entry.byZoom) { return; }
    var zoom = map.getZoom();
    entry.byZoom.forEach(function (level, minZoom) {
      if (!level) { return; }
      var wanted = minZoom <= zoom;
      var shown = entry.basemapGroup.hasLayer(level);
      if (wanted && !shown) { entry.basemapGroup.addLayer(level); }
      if (!wanted && shown) { entry.basemapGroup.removeLayer(level); }
    });
  }

  function restyleBasemap(entry) {
    if (entry.kind !== "basemap" || !entry.byZoom) { return; }
    styleReliefPane();
    basemapOpacity(entry);
    if (entry.sea) { entry.sea.setColour(config.style.background); }
    entry.byZoom.forEach(function (level) {
      if (!level) { return; }
      level.eachLayer(function (layer) {
        if (layer.basemapWater) { layer.setStyle(waterStyle(layer.basemapWater)); }
      });
    });
  }

  function showAttribution(entry) {
    var parts = (entry.payload && entry.payload.attribution) || [];
    var text = parts.map(function (part) { return escapeHtml(part[0]); }).join(" · ");
    var wanted = Boolean(entry.state.visible && text);
    if (wanted && !attribution) {
      attribution = L.control.attribution({position: "bottomleft", prefix: false});
      attribution.addTo(map);
      attribution.addAttribution(text);
      attribution.shownText = text;
    } else if (!wanted && attribution) {
      attribution.remove();
      attribution = null;
    }
  }

  function loadBasemap() {
    var def = config.basemap || {};
    var holder = def.element ? document.getElementById(def.element) : null;
    var source = holder ? Promise.resolve().then(function () {
      return JSON.parse(holder.textContent);
    }) : def.data ? fetch(def.data).then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status + " for " + def.data); }
      return response.json();
    }) : Promise.resolve(null);
    source
      .then(function (data) {
        if (!data) { return; }
        basemapData = data;
        if (layers.basemap) { rebuild(layers.basemap); applyOrder(); }
      })
      .catch(function (error) {
        send({type: "layer.error", id: "basemap", message: String(error)});
      });
  }

  var builders = {countries: buildCountries, membership: buildMembership, items: buildItems,
                  basemap: buildBasemap};

  function ensureHatch(entry) {
    // Hatching for occupied/claimed areas: an SVG pattern in the layer's own SVG renderer.
    var svg = entry.renderer && entry.renderer._container;
    if (!svg || svg.querySelector("#" + HATCH_ID)) { return; }
    var ns = "http://www.w3.org/2000/svg";
    var defs = document.createElementNS(ns, "defs");
    var pattern = document.createElementNS(ns, "pattern");
    pattern.setAttribute("id", HATCH_ID);
    pattern.setAttribute("patternUnits", "userSpaceOnUse");
    pattern.setAttribute("width", "8");
    pattern.setAttribute("height", "8");
    pattern.setAttribute("patternTransform", "rotate(45)");
    var back = document.createElementNS(ns, "rect");
    back.setAttribute("width", "8");
    back.setAttribute("height", "8");
    back.setAttribute("fill", "rgba(178, 34, 34, 0.18)");
    var line = document.createElementNS(ns, "line");
    line.setAttribute("x1", "0"); line.setAttribute("y1", "0");
    line.setAttribute("x2", "0"); line.setAttribute("y2", "8");
    line.setAttribute("stroke", "#8b1a1a");
    line.setAttribute("stroke-width", "2.5");
    pattern.appendChild(back);
    pattern.appendChild(line);
    defs.appendChild(pattern);
    svg.insertBefore(defs, svg.firstChild);
  }

  function rebuild(entry) {
    // Built once the countries are loaded (the basemap needs only its own data).
    if (entry.kind !== "items" && entry.kind !== "basemap" && !countriesGeojson) { return; }
    ensurePane(entry);
    if (entry.kind === "items") {
      entry.leaflet = buildItems(entry);  // updated in place
      applyState(entry);
      relabel();
    } else {
      if (entry.leaflet && map.hasLayer(entry.leaflet)) { map.removeLayer(entry.leaflet); }
      entry.leaflet = builders[entry.kind](entry);
      applyState(entry);
      if (entry.kind === "basemap") { updateBasemapZoom(); orderBasemap(); }
    }
    rebuiltHooks.forEach(function (hook) { hook(entry); });
  }

  function applyState(entry) {
    ensurePane(entry);
    entry.pane.style.opacity = String(entry.state.opacity);
    if (entry.kind === "basemap") { basemapOpacity(entry); showAttribution(entry); }
    if (!entry.leaflet) { return; }
    var shown = map.hasLayer(entry.leaflet);
    if (entry.state.visible && !shown) {
      entry.leaflet.addTo(map);
      if (entry.kind === "items") { ensureHatch(entry); relabel(); }
    }
    if (!entry.state.visible && shown) { map.removeLayer(entry.leaflet); }
  }

  function entryFor(id, kind) {
    if (!layers[id]) {
      layers[id] = {id: id, kind: kind, leaflet: null, payload: null,
                    state: {visible: true, opacity: 1}};
      if (order.indexOf(id) < 0) { order.push(id); }
    }
    return layers[id];
  }

  // The app serves the countries packed (geodata/build_page_countries.py): a uint32 length,
  // a JSON header whose rings name their positions by {"$p": [offset, count, ""]}, then the
  // positions as int32 values, viewed where they lie.
  function unpackCountryFile(buffer) {
    var length = new DataView(buffer).getUint32(0, true);
    var header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, length)));
    var values = new Int32Array(buffer, 4 + length, (buffer.byteLength - 4 - length) >> 2);
    return resolveRefs(header, values, false);
  }

  // An exported file carries them as GeoJSON: packed here, so that the page keeps and draws
  // the countries one way.
  function packCountryRings(coords) {
    if (coords.length && typeof coords[0][0] === "number") {
      var values = new Int32Array(coords.length * 2);
      for (var k = 0; k < coords.length; k++) {
        values[2 * k] = Math.round(coords[k][0] * PAGE_SCALE);
        values[2 * k + 1] = Math.round(coords[k][1] * PAGE_SCALE);
      }
      return new PackedRef(values, "");
    }
    return coords.map(packCountryRings);
  }

  function packCountries(geojson) {
    geojson.features.forEach(function (feature) {
      feature.geometry.coordinates = packCountryRings(feature.geometry.coordinates);
    });
    return geojson;
  }

  // The app's page carries the packed file as base64 (ui/map_view.app_page): drawn as the
  // page starts, not once the app's thread, busy building the window, answers a request.
  function packedFromElement(holder) {
    var text = atob(JSON.parse(holder.textContent));
    holder.remove();  // 1.2 MB of text the page no longer needs
    var bytes = new Uint8Array(text.length);
    for (var k = 0; k < text.length; k++) { bytes[k] = text.charCodeAt(k); }
    return bytes.buffer;
  }

  // The countries are reported drawn once they are on screen with the app's first scene
  // (they may be ready before it comes).
  var countriesReady = false;
  var sceneShown = false;
  var countriesReported = false;

  function reportCountries() {
    if (!countriesReady || !sceneShown || countriesReported) { return; }
    countriesReported = true;
    afterPaint(function () {
      send({type: "layer.rendered", id: "countries",
            features: countriesGeojson.features.length});
    });
  }

  function loadCountries() {
    var def = config.countries;
    var holder = def.element ? document.getElementById(def.element) : null;
    var packedHolder = def.packed_element ? document.getElementById(def.packed_element) : null;
    var source = holder ? Promise.resolve().then(function () {
      return packCountries(JSON.parse(holder.textContent));
    }) : packedHolder ? Promise.resolve().then(function () {
      return unpackCountryFile(packedFromElement(packedHolder));
    }) : fetch(def.packed)
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status + " for " + def.packed); }
        return response.arrayBuffer();
      })
      .then(unpackCountryFile);
    source
      .then(function (geojson) {
        countriesGeojson = geojson;
        Object.keys(layers).forEach(function (id) {
          if (layers[id].kind !== "items" && layers[id].kind !== "basemap") {
            rebuild(layers[id]);
          }
        });
        applyOrder();
        countriesReady = true;
        reportCountries();
      })
      .catch(function (error) {
        send({type: "layer.error", id: "countries", message: String(error)});
      });
  }

  // ------------------------------------------------------------------ legend

  var legendCollapsed = false;
  var legendFoldedByUser = null;  // the user's click wins over the automatic choice
  var legendBeside = false;
  var sidePanel = null;
  var presenting = false;
  // The legend may cover at most this share of the map; a larger one goes beside the map
  // where there is room for both, and is folded (one click away) where there is not.
  var LEGEND_SHARE = 0.15;
  var BESIDE_MIN_WIDTH = 1000;

  function setBeside(on, width) {
    var element = map.getContainer();
    if (on) {
      if (!sidePanel) {
        sidePanel = el("div", "briefing-legend briefing-legend-side");
        document.body.appendChild(sidePanel);
      }
      sidePanel.style.width = width + "px";
      sidePanel.style.display = "block";
      legendControl.getContainer().style.display = "none";
      element.style.right = (width + 16) + "px";
    } else {
      if (sidePanel) { sidePanel.style.display = "none"; sidePanel.textContent = ""; }
      element.style.right = "";
    }
    if (legendBeside !== on) {
      legendBeside = on;
      map.invalidateSize({animate: false});  // the centre stays where the slide put it
    }
  }

  function fitLegend() {
    // Measured unfolded, over the map, at the page's full size.
    var outer = legendControl.getContainer();
    var body = outer.querySelector(".briefing-legend-body");
    if (!body || outer.style.display === "none") { return; }
    var wasBeside = legendBeside;
    if (wasBeside) { setBeside(false); outer.style.display = "block"; }
    body.style.display = "block";
    var pageWidth = document.body.clientWidth, pageHeight = document.body.clientHeight;
    var share = outer.offsetWidth * outer.offsetHeight / Math.max(1, pageWidth * pageHeight);
    var width = outer.offsetWidth;
    if (share > LEGEND_SHARE && (presenting || pageWidth >= BESIDE_MIN_WIDTH)) {
      setBeside(true, Math.min(width, Math.round(pageWidth * 0.3)));
      renderLegendInto(sidePanel, false);
      return;
    }
    var folded = legendFoldedByUser !== null ? legendFoldedByUser : share > LEGEND_SHARE;
    legendCollapsed = folded;
    body.style.display = folded ? "none" : "block";
    var header = outer.querySelector(".briefing-legend-header");
    if (header) { header.textContent = text("legend") + (folded ? " ▸" : " ▾"); }
    if (wasBeside) { map.invalidateSize({animate: false}); }
  }

  function renderLegend() {
    var sections = legendSections;
    legendSections = themedLegendSections(sections);
    try {
      renderLegendInto(legendControl.getContainer(), true);
      fitLegend();
    } finally { legendSections = sections; }
  }

  // The page's own words, in the app's language (render/map_page.page_texts): a value in
  // braces is put in as text, never as markup.
  function text(key, values) {
    var words = (config.texts || {})[key];
    if (typeof words !== "string") { words = key; }
    return words.replace(/\{(\w+)\}/g, function (whole, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name)
        ? String(values[name]) : whole;
    });
  }

  function renderLegendInto(outer, foldable) {
    outer.textContent = "";
    var header = el("div", "briefing-legend-header", !foldable ? text("legend")
                    : text("legend") + (legendCollapsed ? " ▸" : " ▾"));
    if (foldable) {
      header.title = text("legend_toggle");
      header.addEventListener("click", function () {
        legendCollapsed = !legendCollapsed;
        legendFoldedByUser = legendCollapsed;
        var body = outer.querySelector(".briefing-legend-body");
        if (body) { body.style.display = legendCollapsed ? "none" : "block"; }
        header.textContent = text("legend") + (legendCollapsed ? " ▸" : " ▾");
        reportView();  // the labels make room for it, or take the room back
      });
    }
    outer.appendChild(header);
    var box = el("div", "briefing-legend-body");
    box.style.display = legendCollapsed && foldable ? "none" : "block";
    outer.appendChild(box);
    var any = false;
    legendSections.forEach(function (section) {
      var entry = layers[section.layer];
      if (!entry || !entry.state.visible || !section.entries.length) { return; }
      any = true;
      box.appendChild(el("div", "briefing-legend-title", section.title));
      section.entries.forEach(function (item) {
        var row = el("div", "briefing-legend-row");
        var swatch = el("span", "briefing-legend-swatch briefing-legend-" + (item.kind || "fill"));
        if (item.icon) {
          var img = el("img");
          img.src = item.icon;
          img.alt = "";
          swatch.appendChild(img);
        } else {
          // backgroundColor, not background: the hatch pattern is a background image.
          swatch.style.backgroundColor = item.kind === "line" ? "transparent"
            : item.kind === "hatch" ? "#fbeaea" : item.color;
          swatch.style.borderColor = item.stroke || item.color;
        }
        row.appendChild(swatch);
        row.appendChild(el("span", "briefing-legend-label", item.label));
        box.appendChild(row);
      });
    });
    outer.style.display = any ? "block" : "none";
  }

  // ------------------------------------------------------------------ messages

  function setView(view, animate) {
    var center = L.latLng(view.center[0], view.center[1]);
    if (animate) { map.flyTo(center, view.zoom, {duration: 1.0}); }
    else { map.setView(center, view.zoom, {animate: false}); }
  }

  function handle(message) {
    switch (message.type) {
      case "scene":
        if (message.view) { setView(message.view, false); }
        order = message.layers.map(function (l) { return l.id; });
        Object.keys(layers).forEach(function (id) {
          if (order.indexOf(id) < 0) { layers[id].state.visible = false; applyState(layers[id]); }
        });
        message.layers.forEach(function (spec) {
          var entry = entryFor(spec.id, spec.kind);
          entry.state = {visible: spec.visible, opacity: spec.opacity};
          if (spec.payload !== undefined || !entry.leaflet) {
            entry.payload = spec.payload || null;
            rebuild(entry);
          } else {
            applyState(entry);
          }
        });
        applyOrder();
        legendSections = message.legend || [];
        renderLegend();
        sceneShown = true;
        reportCountries();
        break;
      case "layer.state":
        if (layers[message.id]) {
          layers[message.id].state = {visible: message.visible, opacity: message.opacity};
          applyState(layers[message.id]);
          renderLegend();
        }
        break;
      case "layer.items":
        if (layers[message.id] && layers[message.id].byIndex && layers[message.id].payload) {
          patchItems(layers[message.id], message);
        } else {
          console.warn("briefing map: items of a layer not shown", message.id);
        }
        break;
      case "layer.payload":
        if (layers[message.id]) {
          layers[message.id].payload = message.payload;
          rebuild(layers[message.id]);
        }
        break;
      case "order":
        order = message.ids.slice();
        applyOrder();
        break;
      case "legend":
        legendSections = message.sections;
        renderLegend();
        break;
      case "view":
        setView(message, Boolean(message.animate));
        break;
      case "request":
        send({type: "reply", id: message.id, result: answer(message)});
        break;
      case "highlight":
        showHighlight(message);
        break;
      case "labels":
        showLabels(message);
        break;
      case "presenting":
        // On a projector: larger legend and labels; a legend too large for the map sits
        // beside it.
        presenting = Boolean(message.on);
        document.body.classList.toggle("briefing-presenting", presenting);
        if (message.label_px) { config.style.label_size = Number(message.label_px); }
        renderLegend();
        reportView();
        break;
      case "ping":
        afterPaint(function () { send({type: "applied", seq: message.seq}); });
        break;
      default:
        if (handlers[message.type]) { handlers[message.type](message); break; }
        console.warn("briefing map: unknown message", message.type);
    }
  }

  // Messages wait here while one before them fetches its block of positions: the page
  // handles them in the order the app sent them.
  var incoming = [];
  var fetching = false;

  function receive(message) {
    incoming.push(message);
    pump();
  }

  function pump() {
    while (incoming.length && !fetching) {
      var message = incoming[0];
      if (typeof message.blob === "string") {
        fetching = true;
        fetchBlock(message);
        return;
      }
      incoming.shift();
      handle(message);
    }
  }

  function fetchBlock(message) {
    var path = message.blob;
    delete message.blob;
    window.fetch("briefing://app/" + encodeURI(path)).then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.arrayBuffer();
    }).then(function (buffer) {
      resolveRefs(message, new Int32Array(buffer, 0, buffer.byteLength >> 2));
    }).then(function () {
      fetching = false;
      pump();
    }, function (error) {
      // The message cannot be drawn; those after it still are.
      console.error("briefing map: positions of a message not fetched", path, String(error));
      incoming.shift();
      (message.layers || [message]).forEach(function (spec) {
        if (spec.id) { send({type: "layer.error", id: spec.id, message: String(error)}); }
      });
      fetching = false;
      pump();
    });
  }

  var highlight = null;

  function showHighlight(message) {
    // A found place: a ring and its name for a few seconds, on top of everything.
    if (highlight) { map.removeLayer(highlight); highlight = null; }
    if (!message.center) { return; }
    if (!map.getPane("briefingHighlight")) {
      map.createPane("briefingHighlight").style.zIndex = "660";
    }
    // The theme's selection colour (themes.PAGE_COLOURS, set on the body by the theme's
    // class); read here, as the ring is drawn on a canvas, out of reach of CSS.
    var colour = getComputedStyle(document.body).getPropertyValue("--briefing-selection");
    highlight = L.circleMarker(message.center, {
      pane: "briefingHighlight", radius: 14, color: colour.trim(), weight: 4, fill: false,
      interactive: false, className: "briefing-highlight"
    }).addTo(map);
    if (message.label) {
      highlight.bindTooltip(escapeHtml(message.label), {permanent: true, direction: "top",
                                                       offset: [0, -14],
                                                       className: "briefing-label"}).openTooltip();
    }
    var shown = highlight;
    window.setTimeout(function () {
      if (highlight === shown) { map.removeLayer(highlight); highlight = null; }
    }, message.seconds ? message.seconds * 1000 : 8000);
  }

  // Requests the app may make (briefing_app/render/page_protocol.py REQUESTS): data in, data out.
  function answer(message) {
    if (message.what === "container_to_latlng") {
      return (message.strokes || []).map(function (stroke) {
        return stroke.map(function (p) {
          var ll = map.containerPointToLatLng([Number(p[0]), Number(p[1])]);
          return [ll.lng, ll.lat];
        });
      });
    }
    return null;
  }

  function reportView() {
    var c = map.getCenter();
    var size = map.getSize();
    // The size and the theme's label size let the app place the labels for this view.
    send({type: "view", center: [c.lat, c.lng], zoom: map.getZoom(), size: [size.x, size.y],
          label_px: Number(config.style.label_size) || 11, controls: controlBoxes()});
  }

  function controlBoxes() {
    // The boxes of the controls over the map (zoom buttons, scale, legend): no label goes
    // under them.
    var frame = map.getContainer().getBoundingClientRect();
    var boxes = [];
    map.getContainer().querySelectorAll(".leaflet-control").forEach(function (control) {
      var r = control.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) {
        boxes.push([r.left - frame.left, r.top - frame.top, r.right - frame.left,
                    r.bottom - frame.top]);
      }
    });
    return boxes;
  }

  // ------------------------------------------------------------------ placed labels
  // App -> page: {type:"labels", zoom, px, labels:[{key, kind, text, lat, lon, dx, dy, w, h,
  // leader}], symbols:[{key, dx, dy, leader}]} (briefing_app/render/screen_labels.py): each
  // label's box as an offset in CSS px from its point, a leader where it had to move, and
  // symbols moved off a shared spot. An exported page carries these per zoom level.
  var labelLayer = null;
  var movedSymbols = [];
  var LABEL_KINDS = {item: "item", city: "city", capital: "capital", country: "country"};

  function labelPane() {
    if (!map.getPane("briefingLabels")) {
      var pane = map.createPane("briefingLabels");
      pane.style.zIndex = 645;
      pane.style.pointerEvents = "none";
    }
    return "briefingLabels";
  }

  function px(value) { return (Number(value) || 0) + "px"; }

  function leaderHtml(seg, dot) {
    var n = seg.map(function (v) { return Number(v) || 0; });
    var svg = "<svg class='briefing-leader' width='1' height='1'><line x1='" + n[0] +
      "' y1='" + n[1] + "' x2='" + n[2] + "' y2='" + n[3] + "'/>";
    if (dot) { svg += "<circle cx='0' cy='0' r='2.5'/>"; }
    return svg + "</svg>";
  }

  function symbolElement(key) {
    var cut = String(key).lastIndexOf(":");
    var entry = layers[String(key).slice(0, cut)];
    var layer = entry && entry.byIndex ? entry.byIndex[Number(String(key).slice(cut + 1))] : null;
    return layer && layer.getElement && layer.options.icon ? layer : null;
  }

  function resetSymbols() {
    movedSymbols.forEach(function (layer) {
      var element = layer.getElement();
      var anchor = layer.options.icon.options.iconAnchor || [0, 0];
      if (element) { element.style.marginLeft = px(-anchor[0]); element.style.marginTop = px(-anchor[1]); }
    });
    movedSymbols = [];
  }

  function hideLabels() {
    if (map.getPane("briefingLabels")) { map.getPane("briefingLabels").style.visibility = "hidden"; }
  }

  var lastLabels = null;

  function relabel() {
    // Symbols drawn anew stand on their points again: move them as last placed (the
    // app's next placement follows every change it makes).
    if (lastLabels && map) { showLabels(lastLabels); }
  }

  // The label markers on the map by what they show: a placement that differs from the last
  // in a few labels (an edit of one annotation) remakes those few, not every label.
  var labelMarkers = {};

  function labelMarker(latlng, className, html, pane) {
    return L.marker(latlng, {
      icon: L.divIcon({className: className, html: html, iconSize: [0, 0], iconAnchor: [0, 0]}),
      pane: pane, interactive: false, keyboard: false});
  }

  function showLabels(message) {
    lastLabels = message;
    if (!labelLayer) { labelLayer = L.layerGroup().addTo(map); }
    resetSymbols();
    var pane = labelPane();
    var wanted = {};  // signature -> [latlng, className, html]
    (message.symbols || []).forEach(function (moved) {
      var layer = symbolElement(moved.key);
      var element = layer ? layer.getElement() : null;
      if (!element) { return; }
      var anchor = layer.options.icon.options.iconAnchor || [0, 0];
      element.style.marginLeft = px(Number(moved.dx) - anchor[0]);
      element.style.marginTop = px(Number(moved.dy) - anchor[1]);
      movedSymbols.push(layer);
      if (moved.leader) {
        var at = layer.getLatLng();
        var html = leaderHtml(moved.leader, true);
        wanted[at.lat + "," + at.lng + "|" + html] = [at, "briefing-map-label", html];
      }
    });
    (message.labels || []).forEach(function (label) {
      var kind = LABEL_KINDS[label.kind] || "item";
      var html = label.leader ? leaderHtml(label.leader, false) : "";
      if (kind === "city" || kind === "capital") {
        html += "<span class='briefing-place-dot briefing-place-dot-" + kind + "'></span>";
      }
      html += "<span class='briefing-map-label-text' style='left:" + px(label.dx) + ";top:" +
        px(label.dy) + ";width:" + px(label.w) + ";height:" + px(label.h) + ";line-height:" +
        px(label.h) + (kind === "item" && message.px ? ";font-size:" + px(message.px) : "") +
        "'>" + escapeHtml(label.text) + "</span>";
      var latlng = [Number(label.lat), Number(label.lon)];
      var className = "briefing-map-label briefing-map-label-" + kind;
      wanted[latlng.join(",") + "|" + className + "|" + html] = [latlng, className, html];
    });
    Object.keys(labelMarkers).forEach(function (signature) {
      if (!wanted[signature]) {
        labelLayer.removeLayer(labelMarkers[signature]);
        delete labelMarkers[signature];
      }
    });
    Object.keys(wanted).forEach(function (signature) {
      if (labelMarkers[signature]) { return; }
      var spec = wanted[signature];
      labelMarkers[signature] = labelMarker(spec[0], spec[1], spec[2], pane);
      labelLayer.addLayer(labelMarkers[signature]);
    });
    map.getPane(pane).style.visibility = "";
  }

  function clearLabels() {
    if (labelLayer) { labelLayer.clearLayers(); }
    labelMarkers = {};
    resetSymbols();
  }

  function forgetLabelsOf(layerId, indices, shifted) {
    // The items remade by a patch: their last labels may say what they said before (or
    // stand where they stood) until the app's placement for the new items arrives; if items
    // were added or taken out, the items after the first change have new indices.
    if (!lastLabels || !indices.length) { return; }
    var first = Math.min.apply(null, indices);
    var gone = {};
    indices.forEach(function (i) { gone[i] = true; });
    function stale(key) {
      var text = String(key).split("#")[0];
      var cut = text.lastIndexOf(":");
      if (text.slice(0, cut) !== layerId) { return false; }
      var index = Number(text.slice(cut + 1));
      return shifted ? index >= first : Boolean(gone[index]);
    }
    lastLabels = Object.assign({}, lastLabels, {
      labels: (lastLabels.labels || []).filter(function (l) { return !stale(l.key); }),
      symbols: (lastLabels.symbols || []).filter(function (m) { return !stale(m.key); })
    });
  }

  function clearOfControls(table) {
    // Placed for the slide's view in advance, an exported page's labels do not know where
    // its title box, slide list and legend are: leave out those that would lie under them.
    var boxes = controlBoxes();
    var labels = (table.labels || []).filter(function (label) {
      var at = map.latLngToContainerPoint([Number(label.lat), Number(label.lon)]);
      var x0 = at.x + Number(label.dx), y0 = at.y + Number(label.dy);
      var x1 = x0 + Number(label.w), y1 = y0 + Number(label.h);
      return !boxes.some(function (b) { return x0 < b[2] && b[0] < x1 && y0 < b[3] && b[1] < y1; });
    });
    return Object.assign({}, table, {labels: labels});
  }

  function exportedLabels() {
    // An exported page has no app to ask: it carries the placements of the zoom levels
    // near the slide's.
    var tables = config.labels_by_zoom;
    if (!tables) { return; }
    var table = tables[String(map.getZoom())];
    if (table) { showLabels(clearOfControls(table)); } else { clearLabels(); }
  }

  function viewFromAddress() {
    // The app opens its (cached, shared) page at "#view=lat,lon,zoom".
    var match = /view=([-\d.]+),([-\d.]+),([\d.]+)/.exec(window.location.hash || "");
    return match ? {center: [Number(match[1]), Number(match[2])], zoom: Number(match[3])} : null;
  }

  function attach(leafletMap, pageConfig) {
    map = leafletMap;
    config = pageConfig;
    var start = viewFromAddress();
    if (start) { setView(start, false); }
    map.getContainer().style.background = config.style.background;
    legendControl = L.control({position: "bottomright"});
    legendControl.onAdd = function () {
      var box = el("div", "briefing-legend");
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    legendControl.addTo(map);
    // The app's page loads the annotation editor; an exported page does not.
    if (window.BriefingEditor) {
      try { window.BriefingEditor.start(); } catch (error) {
        // The map still works without its editor; the app's log says why it is missing.
        console.error("briefing editor failed to start: " + error);
      }
    }
    renderLegend();  // folded or beside the map where it would hide too much of it
    // The base layer starts visible so that the map is drawn before the first message.
    entryFor("countries", "countries");
    loadCountries();
    loadBasemap();
    if (pageConfig.scene) { handle(pageConfig.scene); }
    if (pageConfig.document) { addDocumentChrome(pageConfig.document); }
    exportedLabels();
    function reportCursor(latlng) {
      var first = cursorPending === null;
      cursorPending = latlng;
      if (first) {
        window.requestAnimationFrame(function () {
          send({type: "cursor", lat: cursorPending.lat, lon: cursorPending.lng});
          cursorPending = null;
        });
      }
    }
    map.on("mousemove", function (e) {
      cursorPoint = e.containerPoint || map.latLngToContainerPoint(e.latlng);
      reportCursor(e.latlng);
    });
    map.on("mouseout", function () { cursorPoint = null; });
    // A pan or zoom moves the map under a still pointer: the status bar follows the ground.
    map.on("move", function () {
      if (cursorPoint) { reportCursor(map.containerPointToLatLng(cursorPoint)); }
    });
    passPointerToCountries();
    map.on("moveend", reportView);
    map.on("resize", function () { fitLegend(); reportView(); });
    map.on("zoomstart", hideLabels);
    map.on("moveend", exportedLabels);
    map.on("zoomend", updateBasemapZoom);
    if (window.qt && window.qt.webChannelTransport && window.QWebChannel) {
      new QWebChannel(window.qt.webChannelTransport, function (channel) {
        bridge = channel.objects.bridge;
        bridge.toPage.connect(function (text) { receive(JSON.parse(text)); });
        send({type: "ready"});
        reportView();  // where it looks and how large it is: the app places its labels
      });
    }
  }

  // ------------------------------------------------------------------ exported pages

  var chrome = [];   // the banners and controls addDocumentChrome made (see showExported)

  function addDocumentChrome(doc) {
    // Classification banners and title for a page outside the app (the app draws its own).
    ["top", "bottom"].forEach(function (where) {
      var banner = el("div", "briefing-banner briefing-banner-" + where, doc.classification);
      banner.style.background = doc.marking.background;
      banner.style.color = doc.marking.foreground;
      document.body.appendChild(banner);
      chrome.push(banner);
    });
    var title = L.control({position: "topright"});
    var asOf = el("div", "briefing-title-sub", text("as_of", {date: doc.as_of}));
    title.onAdd = function () {
      var box = el("div", "briefing-title");
      box.appendChild(el("div", "briefing-title-main", doc.title));
      if (doc.subtitle) { box.appendChild(el("div", "briefing-title-sub", doc.subtitle)); }
      box.appendChild(asOf);
      return box;
    };
    title.addTo(map);
    chrome.push(title);
    if (!doc.slides || !doc.slides.length) { return; }
    var picker = L.control({position: "topleft"});
    picker.onAdd = function () {
      var box = el("div", "briefing-slides");
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      box.appendChild(el("div", "briefing-legend-title", text("slides")));
      var notes = el("div", "briefing-slide-notes");
      doc.slides.forEach(function (slide, index) {
        var button = el("button", "briefing-slide-button", (index + 1) + ". " + slide.title);
        button.type = "button";
        button.addEventListener("click", function () {
          // Each slide carries its own scene (layers, date, annotations), as in the app.
          if (slide.scene) { handle(slide.scene); }
          config.labels_by_zoom = slide.labels_by_zoom || null;
          setView(slide.view, true);
          asOf.textContent = text("as_of", {date: slide.as_of || doc.as_of});
          notes.textContent = slide.notes || "";
        });
        box.appendChild(button);
      });
      box.appendChild(notes);
      return box;
    };
    picker.addTo(map);
    chrome.push(picker);
  }

  function showExported(pageConfig) {
    // Another exported briefing's scene and texts in this page, as if its file had been
    // loaded: the security tests (tests/security) drive thousands of hostile briefings
    // through one loaded page. Data only, shown exactly as start() shows a file's; the app
    // never calls it.
    chrome.forEach(function (part) { part.remove(); });
    chrome = [];
    if (pageConfig.scene) { handle(pageConfig.scene); }
    if (pageConfig.document) { addDocumentChrome(pageConfig.document); }
  }

  // ================================================================== themes (begin)
  // App -> page: {type:"theme", name, style} (briefing_app/style/themes.py theme_style): new values
  // for config.style, applied in place to what is on the map. A theme colours membership by
  // category key (style.membership.both, .first_only, ...), the key each country's
  // assignment and each legend entry names: never by matching colour values.
  var themed = false;

  function categoryColor(category, fallback) {
    var palette = config.style.membership || {};
    return themed && category && Object.prototype.hasOwnProperty.call(palette, category)
      ? palette[category] : fallback;
  }

  function restyleMembership(entry) {
    if (!themed || entry.kind !== "membership" || !entry.leaflet) { return; }
    var base = config.style.membership;
    var payload = entry.payload || {assign: {}, colors: {}};
    entry.leaflet.setStyle(function (feature) {
      var category = payload.assign[feature.properties.iso_a3];
      return {color: base.color, weight: base.weight, fillOpacity: base.fillOpacity,
              fillColor: categoryColor(category, payload.colors[category]) || "#888888"};
    });
  }

  function applyTheme(message) {
    var style = message.style || {};
    Object.keys(style).forEach(function (key) {
      var value = style[key];
      // In place: layers built earlier hold these objects (the countries' hover style).
      if (value && typeof value === "object" && config.style[key]) {
        Object.assign(config.style[key], value);
      } else {
        config.style[key] = value;
      }
    });
    themed = true;
    var background = config.style.background;
    map.getContainer().style.background = background;
    document.documentElement.style.background = background;
    document.body.style.background = background;
    document.body.className = document.body.className.split(/\s+/).filter(function (name) {
      return name && name.indexOf("briefing-theme-") !== 0;
    }).concat(["briefing-theme-" + (message.name || style.theme || "light")]).join(" ");
    if (style.label_size) {
      document.body.style.setProperty("--briefing-label-size", style.label_size + "px");
    }
    Object.keys(layers).forEach(function (id) {
      var entry = layers[id];
      if (entry.kind === "countries" && entry.leaflet) { entry.leaflet.setStyle(countryStyle()); }
      restyleMembership(entry);
      restyleBasemap(entry);
    });
    renderLegend();
  }

  // The legend shows a membership layer's colours as the theme draws them.
  function themedLegendSections(sections) {
    if (!themed) { return sections; }
    return sections.map(function (section) {
      var entry = layers[section.layer];
      if (!entry || entry.kind !== "membership") { return section; }
      return Object.assign({}, section, {entries: section.entries.map(function (item) {
        return Object.assign({}, item, {color: categoryColor(item.key, item.color)});
      })});
    });
  }
  handlers.theme = applyTheme;
  rebuiltHooks.push(restyleMembership);
  // ================================================================== themes (end)

  // What the page shows now, for the app's tests and diagnostics.
  function state() {
    var shown = Object.keys(layers).filter(function (id) {
      return layers[id].leaflet !== null && map.hasLayer(layers[id].leaflet);
    });
    var counts = {};
    Object.keys(layers).forEach(function (id) {
      var leaflet = layers[id].leaflet;
      counts[id] = leaflet && leaflet.getLayers ? leaflet.getLayers().length : 0;
    });
    var zs = {};
    Object.keys(layers).forEach(function (id) {
      if (layers[id].pane) { zs[id] = Number(layers[id].pane.style.zIndex); }
    });
    var c = map.getCenter();
    var basemap = null;
    var entry = layers.basemap;
    if (entry && entry.byZoom) {
      // Named places: their dots come with their placed names.
      var places = document.querySelectorAll(".briefing-place-dot").length;
      var water = 0;
      entry.byZoom.forEach(function (level) {
        if (level && entry.basemapGroup.hasLayer(level)) {
          level.eachLayer(function () { water += 1; });
        }
      });
      var reliefPane = map.getPane("basemapRelief");
      basemap = {places: places, water: water,
                 relief: reliefPane ? reliefPane.querySelectorAll("img").length : 0,
                 blend: reliefPane ? reliefPane.style.mixBlendMode : "",
                 attribution: attribution ? attribution.getContainer().textContent : ""};
    }
    var b = map.getBounds(), size = map.getSize();
    return {shown: shown, center: [c.lat, c.lng], zoom: map.getZoom(), order: order.slice(),
            counts: counts, z: zs, legend: legendControl.getContainer().textContent,
            basemap: basemap, size: [size.x, size.y],
            bounds: [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]};
  }

  // The page's only inline content is its configuration, as JSON data (never code): the
  // map is made here, from it, with the options the app has always used.
  function start() {
    var holder = document.getElementById("briefing-config");
    if (!holder || map) { return; }
    var pageConfig = JSON.parse(holder.textContent);
    if (pageConfig.document) { document.body.classList.add("briefing-exported"); }
    var view = pageConfig.view || {center: [54, 15], zoom: 4};
    var leafletMap = L.map("map_briefing", {
      center: view.center, zoom: view.zoom, crs: L.CRS.EPSG3857, zoomControl: true,
      preferCanvas: true, attributionControl: false, zoomSnap: 0.25, zoomDelta: 0.5,
      worldCopyJump: false
    });
    L.control.scale().addTo(leafletMap);
    attach(leafletMap, pageConfig);
  }

  window.BriefingMap = {
    attach: attach, start: start, handle: handle, state: state, send: send,
    map: function () { return map; },
    layer: function (id) { return layers[id] || null; },
    // For the editor: extra message types, a hook after each rebuild, item clicks.
    registerHandler: function (type, fn) { handlers[type] = fn; },
    onRebuilt: function (fn) { rebuiltHooks.push(fn); },
    onItemClick: function (fn) { itemClickHook = fn; },
    setEditing: function (on) { editing = Boolean(on); },
    showExported: showExported
  };
  start();
})();
