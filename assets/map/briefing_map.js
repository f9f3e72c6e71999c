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
 *               {type:"view", center:[lat,lon], zoom}
 * App -> page:  {type:"scene", view, layers:[{id, visible, opacity}]},
 *               {type:"layer.visible", id, visible}, {type:"view", center, zoom, animate}
 */
(function () {
  "use strict";

  var map = null;
  var config = null;
  var layers = {};        // id -> {def, leaflet, state, loaded}
  var bridge = null;
  var cursorPending = null;

  function send(message) {
    if (bridge) {
      bridge.fromPage(JSON.stringify(message));
    }
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }

  function afterPaint(callback) {
    // Two frames: the first lets Leaflet draw on its canvas, the second runs once it is shown.
    window.requestAnimationFrame(function () { window.requestAnimationFrame(callback); });
  }

  function countriesLayer(entry, geojson) {
    var style = config.style.countries;
    var hover = config.style.countries_hover;
    var layer = L.geoJSON(geojson, {
      style: function () { return style; },
      onEachFeature: function (feature, featureLayer) {
        featureLayer.bindTooltip(escapeHtml(feature.properties.name), {
          sticky: true, className: "briefing-country-tip"
        });
        featureLayer.on("mouseover", function () {
          featureLayer.setStyle(hover);
          featureLayer.bringToFront();  // else neighbours on the canvas hide half the outline
        });
        featureLayer.on("mouseout", function () { featureLayer.setStyle(style); });
      }
    });
    return layer;
  }

  var builders = {countries: countriesLayer};

  function applyState(entry) {
    if (!entry.leaflet) { return; }
    var shown = map.hasLayer(entry.leaflet);
    if (entry.state.visible && !shown) { entry.leaflet.addTo(map); }
    if (!entry.state.visible && shown) { map.removeLayer(entry.leaflet); }
    if (entry.leaflet.setStyle && entry.def.kind === "countries") {
      var opacity = entry.state.opacity;
      entry.leaflet.setStyle({opacity: opacity, fillOpacity: config.style.countries.fillOpacity * opacity});
    }
  }

  function loadLayer(entry) {
    fetch(entry.def.url)
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status + " for " + entry.def.url); }
        return response.json();
      })
      .then(function (geojson) {
        entry.leaflet = builders[entry.def.kind](entry, geojson);
        entry.features = (geojson.features || []).length;
        applyState(entry);
        afterPaint(function () {
          send({type: "layer.rendered", id: entry.def.id, features: entry.features});
        });
      })
      .catch(function (error) {
        send({type: "layer.error", id: entry.def.id, message: String(error)});
      });
  }

  function setView(view, animate) {
    var center = L.latLng(view.center[0], view.center[1]);
    if (animate) { map.flyTo(center, view.zoom, {duration: 1.0}); }
    else { map.setView(center, view.zoom, {animate: false}); }
  }

  function handle(message) {
    switch (message.type) {
      case "scene":
        if (message.view) { setView(message.view, false); }
        message.layers.forEach(function (state) {
          var entry = layers[state.id];
          if (entry) { entry.state = state; applyState(entry); }
        });
        break;
      case "layer.visible":
        if (layers[message.id]) {
          layers[message.id].state.visible = message.visible;
          applyState(layers[message.id]);
        }
        break;
      case "view":
        setView(message, Boolean(message.animate));
        break;
      default:
        console.warn("briefing map: unknown message", message.type);
    }
  }

  function reportView() {
    var c = map.getCenter();
    send({type: "view", center: [c.lat, c.lng], zoom: map.getZoom()});
  }

  function attach(leafletMap, pageConfig) {
    map = leafletMap;
    config = pageConfig;
    map.getContainer().style.background = config.style.background;
    pageConfig.layers.forEach(function (def) {
      // Layers start visible; the app's first "scene" message sets the document's choice.
      layers[def.id] = {def: def, leaflet: null, state: {id: def.id, visible: true, opacity: 1}};
      loadLayer(layers[def.id]);
    });
    map.on("mousemove", function (e) {
      var first = cursorPending === null;
      cursorPending = e.latlng;
      if (first) {
        window.requestAnimationFrame(function () {
          send({type: "cursor", lat: cursorPending.lat, lon: cursorPending.lng});
          cursorPending = null;
        });
      }
    });
    map.on("moveend", reportView);
    if (window.qt && window.qt.webChannelTransport && window.QWebChannel) {
      new QWebChannel(window.qt.webChannelTransport, function (channel) {
        bridge = channel.objects.bridge;
        bridge.toPage.connect(function (text) { handle(JSON.parse(text)); });
        send({type: "ready"});
      });
    }
  }

  // What the page shows now, for the app's tests and diagnostics.
  function state() {
    var shown = Object.keys(layers).filter(function (id) {
      return layers[id].leaflet !== null && map.hasLayer(layers[id].leaflet);
    });
    var c = map.getCenter();
    return {shown: shown, center: [c.lat, c.lng], zoom: map.getZoom()};
  }

  window.BriefingMap = {attach: attach, handle: handle, state: state,
                        map: function () { return map; }};
})();
