/* Maps drawn locally with d3-geo over world-atlas (Natural Earth) outlines: no tiles, no network. */
window.cityMap = (function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var COLORS = {contact: "#94a3b8", intent: "#d97706", approved: "#0284c7", signed: "#4f46e5",
                active: "#16a34a", suspended: "#ea580c", terminated: "#dc2626"};
  var atlas = null;

  function outlines() {
    atlas = atlas || fetch("/static/vendor/countries-110m.json").then(function (r) { return r.json(); });
    return atlas;
  }
  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }
  function base(container, topo) {
    var width = 960, height = 500;
    container.textContent = "";
    var svg = el("svg", {viewBox: "0 0 " + width + " " + height, role: "img", "class": "mapsvg"}, container);
    var projection = d3.geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], {type: "Sphere"});
    var path = d3.geoPath(projection);
    el("path", {d: path({type: "Sphere"}), "class": "sphere"}, svg);
    el("path", {d: path(d3.geoGraticule10()), "class": "graticule"}, svg);
    var land = el("g", {"class": "countries"}, svg);
    topojson.feature(topo, topo.objects.countries).features.forEach(function (f) {
      var p = el("path", {d: path(f) || "", "class": "country"}, land);
      var t = el("title", {}, p); t.textContent = (f.properties && f.properties.name) || "";
    });
    return {svg: svg, path: path, projection: projection};
  }
  function fail(container, err) {
    container.textContent = "The map could not be drawn: " + err;
  }

  function place(container, data) {
    outlines().then(function (topo) {
      var m = base(container, topo);
      var g = el("g", {"class": "ties"}, m.svg);
      data.lines.forEach(function (l) {
        var a = el("a", {href: "/partnerships/" + l.id}, g);
        el("path", {d: m.path({type: "LineString", coordinates: [l.a, l.b]}) || "",
                    stroke: COLORS[l.stage] || "#64748b", "class": "tie"}, a);
        var xy = m.projection(l.b);
        if (xy) {
          var c = el("circle", {cx: xy[0], cy: xy[1], r: 3, fill: COLORS[l.stage] || "#64748b", "class": "dot"}, a);
          var t = el("title", {}, c); t.textContent = l.name + " (" + l.stage + ")";
        }
      });
      if (data.here) {
        var h = m.projection(data.here);
        if (h) el("circle", {cx: h[0], cy: h[1], r: 5, "class": "here"}, m.svg);
      }
    }).catch(function (e) { fail(container, e); });
  }

  function world(container, info, search) {
    var params = new URLSearchParams(search);
    Array.from(params.keys()).forEach(function (k) { if (!params.get(k)) params.delete(k); });
    Promise.all([outlines(), fetch("/api/network?" + params.toString()).then(function (r) {
      if (!r.ok) return r.json().then(function (j) { throw j.error || r.status; });
      return r.json();
    })]).then(function (both) {
      var m = base(container, both[0]), net = both[1];
      var byStage = {};
      net.edges.forEach(function (e) {
        (byStage[e[1]] = byStage[e[1]] || []).push([[e[2], e[3]], [e[4], e[5]]]);
      });
      var g = el("g", {"class": "ties"}, m.svg);
      var dense = net.count > 2000, mid = net.count > 300;  /* thinner lines as the network grows */
      g.setAttribute("style", "stroke-width:" + (dense ? 0.35 : mid ? 0.7 : 1.4) + ";opacity:" + (dense ? 0.35 : mid ? 0.55 : 0.85));
      Object.keys(COLORS).forEach(function (stage) {
        if (!byStage[stage]) return;
        el("path", {d: m.path({type: "MultiLineString", coordinates: byStage[stage]}) || "",
                    stroke: COLORS[stage], "class": "tie world stage-" + stage}, g);
      });
      info.textContent = net.count.toLocaleString() + " partnerships" + (net.truncated ? " (first ones only)" : "") +
        Object.keys(net.by_stage).map(function (s) { return " · " + s + " " + net.by_stage[s]; }).join("");
    }).catch(function (e) { fail(container, e); info.textContent = ""; });
  }
  return {place: place, world: world, colors: COLORS};
})();
