/* kgraph page: layout, drawing (vis-network), legend and type filters, search, tooltips, details.
 *
 * Every piece of article text reaches the page through textContent or the canvas, never as
 * HTML. The layout is computed here once, before the first draw, and physics stays off: a
 * force simulation (d3-force's model: links, Barnes-Hut many-body) per connected component,
 * each turned to the window's long side, then packed to the window's shape. Entities without
 * relations wait behind a legend toggle. Names and relation labels are drawn by drawLabels at a
 * readable size, most connected first, only where they overlap nothing (level of detail).
 */
(function () {
  "use strict";
  var state = { ready: false, timings: {}, network: null, nodes: null, edges: null };
  window.kgraph = state;
  var t0 = performance.now();
  state.timings.start = t0;
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  state.data = DATA;

  var FONT = 'system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "DejaVu Sans", ' +
    '"Liberation Sans", sans-serif';
  // Okabe-Ito colours (safe for colour-blind readers), one shape per type.
  var TYPES = [
    { name: "Person", color: "#0072B2", shape: "dot" },
    { name: "Organization", color: "#D55E00", shape: "square" },
    { name: "Document", color: "#009E73", shape: "triangle" },
    { name: "Event", color: "#E69F00", shape: "diamond" },
    { name: "Location", color: "#CC79A7", shape: "hexagon" }
  ];
  var OTHER = { name: "Other", color: "#8c8c8c", shape: "dot" };
  var STYLE = {};
  TYPES.concat([OTHER]).forEach(function (t) { STYLE[t.name] = t; });
  function typeOf(node) { return STYLE[node.type] ? node.type : "Other"; }

  var nodes = DATA.nodes, edges = DATA.edges, n = nodes.length;
  var BIG = n > 800 || edges.length > 1600;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function fold(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d")
      .toLowerCase().replace(/\s+/g, " ").trim();
  }
  function shorten(s, max) { s = String(s); return s.length > max ? s.slice(0, max - 1) + "\u2026" : s; }

  // ------------------------------------------------------------------ layout
  var degree = new Int32Array(n), incident = [];
  for (var i0 = 0; i0 < n; i0++) incident.push([]);
  edges.forEach(function (e, j) {
    degree[e.from]++; degree[e.to]++;
    incident[e.from].push(j);
    if (e.to !== e.from) incident[e.to].push(j);
  });
  state.degree = function (k) { return degree[k]; };
  var maxDegree = 1;
  for (var i = 0; i < n; i++) if (degree[i] > maxDegree) maxDegree = degree[i];
  function nodeSize(i) { return 8 + 20 * Math.sqrt(degree[i] / maxDegree); }
  var LABEL_MAX = 48, labelWidth = new Float64Array(n);
  (function () {  // label widths on the canvas font, so packed components do not overlap their labels
    var ctx = document.createElement("canvas").getContext("2d");
    ctx.font = "14px " + FONT;
    for (var k = 0; k < n; k++) labelWidth[k] = ctx.measureText(shorten(nodes[k].label, LABEL_MAX)).width;
  })();
  function extent(i) {  // half-width, height above and below the node's centre, label included
    var s = nodeSize(i);
    return { w: Math.max(s, labelWidth[i] / 2) + 12, up: s + 12, down: s + 26 };
  }

  // Entities without any relation: hidden behind the legend's toggle at first (they would fill the
  // view with an unreadable grid), unless nothing else would be drawn.
  var isolated = new Uint8Array(n), nIsolated = 0;
  for (i = 0; i < n; i++) if (degree[i] === 0) { isolated[i] = 1; nIsolated++; }
  var container = document.getElementById("kg-network");
  var ASPECT = container.clientWidth > 0 && container.clientHeight > 0 ?
    container.clientWidth / container.clientHeight : 1.5;

  function layout() {
    var adj = [], seen = {}, k;
    for (k = 0; k < n; k++) adj.push([]);
    edges.forEach(function (e) {
      var a = Math.min(e.from, e.to), b = Math.max(e.from, e.to), key = a + "," + b;
      if (a === b || seen[key]) return;
      seen[key] = 1; adj[a].push(b); adj[b].push(a);
    });
    var X = new Float64Array(n), Y = new Float64Array(n), comp = new Int32Array(n).fill(-1);
    var boxes = [], lone = [];
    for (var s = 0; s < n; s++) {
      if (comp[s] >= 0) continue;
      if (isolated[s]) { comp[s] = n; lone.push(placeComponent([s], adj, X, Y)); continue; }
      var members = bfs(s, adj, comp, boxes.length);
      var hub = members[0];
      members.forEach(function (m) { if (adj[m].length > adj[hub].length) hub = m; });
      if (hub !== members[0]) members = bfsOrder(hub, adj);
      boxes.push(placeComponent(members, adj, X, Y));
    }
    var height = pack(boxes, X, Y, ASPECT);
    if (lone.length) {  // the unconnected ones in rows under the rest, grouped by type then name
      lone.sort(function (a, b) { return a.key < b.key ? -1 : a.key > b.key ? 1 : 0; });
      var widest = 0;
      boxes.forEach(function (b) { widest = Math.max(widest, b.x1 - b.x0); });
      shelf(lone, X, Y, boxes.length ? Math.max(widest, packedWidth) : 0, boxes.length ? height + 80 : 0);
    }
    return { x: X, y: Y };
  }
  function bfs(start, adj, comp, id) {
    var out = [start], head = 0;
    comp[start] = id;
    while (head < out.length) {
      var u = out[head++];
      for (var j = 0; j < adj[u].length; j++) {
        var v = adj[u][j];
        if (comp[v] < 0) { comp[v] = id; out.push(v); }
      }
    }
    return out;
  }
  function bfsOrder(start, adj) {
    var mark = {}, out = [start], head = 0;
    mark[start] = 1;
    while (head < out.length) {
      var u = out[head++];
      for (var j = 0; j < adj[u].length; j++) {
        var v = adj[u][j];
        if (!mark[v]) { mark[v] = 1; out.push(v); }
      }
    }
    return out;
  }

  // d3-force's defaults (link 30, charge -30), spread out more for small graphs so labels fit.
  var LINK = 30, CHARGE = -30, THETA2 = n > 1000 ? 1.44 : 0.81, SCALE = n <= 40 ? 6 : n <= 200 ? 4.5 : 3.2;
  function placeComponent(members, adj, X, Y) {
    var m = members.length, local = {}, i, j;
    if (m === 1) {
      var only = members[0], e1 = extent(only);
      X[only] = 0; Y[only] = 0;
      return { members: members, x0: -e1.w, y0: -e1.up, x1: e1.w, y1: e1.down, key: typeRank(only) };
    }
    members.forEach(function (g, li) { local[g] = li; });
    var x = new Float64Array(m), y = new Float64Array(m), vx = new Float64Array(m), vy = new Float64Array(m);
    var golden = Math.PI * (3 - Math.sqrt(5));
    for (i = 0; i < m; i++) {  // phyllotaxis in BFS order: the hub in the middle, its neighbours near
      var rad = 10 * Math.sqrt(0.5 + i), ang = i * golden;
      x[i] = rad * Math.cos(ang); y[i] = rad * Math.sin(ang);
    }
    var la = [], lb = [], count = new Float64Array(m);
    for (i = 0; i < m; i++) {
      var g = members[i];
      for (j = 0; j < adj[g].length; j++) {
        var o = local[adj[g][j]];
        if (o > i) { la.push(i); lb.push(o); count[i]++; count[o]++; }
      }
    }
    var L = la.length, strength = new Float64Array(L), bias = new Float64Array(L);
    for (j = 0; j < L; j++) {
      strength[j] = 1 / Math.min(count[la[j]], count[lb[j]]);
      bias[j] = count[la[j]] / (count[la[j]] + count[lb[j]]);
    }
    var ticks = m > 4000 ? 80 : m > 1000 ? 160 : m > 300 ? 220 : 300;
    var alpha = 1, decay = 1 - Math.pow(0.001, 1 / ticks), friction = 0.6;
    for (var t = 0; t < ticks; t++) {
      alpha += -alpha * decay;
      for (j = 0; j < L; j++) {
        var a = la[j], b = lb[j];
        var dx = x[b] + vx[b] - x[a] - vx[a] || jiggle(j), dy = y[b] + vy[b] - y[a] - vy[a] || jiggle(j + 1);
        var l = Math.sqrt(dx * dx + dy * dy);
        l = (l - LINK) / l * alpha * strength[j];
        dx *= l; dy *= l;
        vx[b] -= dx * bias[j]; vy[b] -= dy * bias[j];
        vx[a] += dx * (1 - bias[j]); vy[a] += dy * (1 - bias[j]);
      }
      manyBody(x, y, vx, vy, m, alpha);
      for (i = 0; i < m; i++) { vx[i] *= friction; vy[i] *= friction; x[i] += vx[i]; y[i] += vy[i]; }
    }
    // Turn the component so its long axis runs along the longer side of the window.
    var mx = 0, my = 0, sxx = 0, syy = 0, sxy = 0;
    for (i = 0; i < m; i++) { mx += x[i]; my += y[i]; }
    mx /= m; my /= m;
    for (i = 0; i < m; i++) {
      var ux = x[i] - mx, uy = y[i] - my;
      sxx += ux * ux; syy += uy * uy; sxy += ux * uy;
    }
    var turn = -0.5 * Math.atan2(2 * sxy, sxx - syy) + (ASPECT < 1 ? Math.PI / 2 : 0);
    var cos = Math.cos(turn), sin = Math.sin(turn);
    for (i = 0; i < m; i++) {
      var rx = x[i] - mx, ry = y[i] - my;
      x[i] = rx * cos - ry * sin; y[i] = rx * sin + ry * cos;
    }
    var box = { members: members, x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity, key: typeRank(members[0]) };
    for (i = 0; i < m; i++) {
      var gi = members[i], px = x[i] * SCALE, py = y[i] * SCALE, e = extent(gi);
      X[gi] = px; Y[gi] = py;
      box.x0 = Math.min(box.x0, px - e.w); box.x1 = Math.max(box.x1, px + e.w);
      box.y0 = Math.min(box.y0, py - e.up); box.y1 = Math.max(box.y1, py + e.down);
    }
    return box;
  }
  function typeRank(i) {
    var t = typeOf(nodes[i]), r = 0;
    TYPES.forEach(function (d, k) { if (d.name === t) r = k; });
    return r + ":" + fold(nodes[i].label);
  }
  function jiggle(seed) { return ((seed * 9301 + 49297) % 233280 / 233280 - 0.5) * 1e-6; }

  // Barnes-Hut many-body force, as d3-force computes it (charge / distance), on a quadtree kept
  // in typed arrays that are reused from tick to tick.
  var cap = 0, qcx, qcy, qmass, qx0, qy0, qsize, qchild, qpoint, nextPoint, stack;
  function reserve(need, m) {
    if (!nextPoint || nextPoint.length < m) { nextPoint = new Int32Array(m); stack = new Int32Array(Math.max(64, 4 * m + 64)); }
    if (need <= cap) return;
    var size = Math.max(need, cap * 2, 64), old = cap;
    function grow(a, T) { var b = new T(size); if (a) b.set(a.subarray(0, old)); return b; }
    qcx = grow(qcx, Float64Array); qcy = grow(qcy, Float64Array); qmass = grow(qmass, Float64Array);
    qx0 = grow(qx0, Float64Array); qy0 = grow(qy0, Float64Array); qsize = grow(qsize, Float64Array);
    qpoint = grow(qpoint, Int32Array);
    var c = new Int32Array(4 * size); if (qchild) c.set(qchild.subarray(0, 4 * old)); qchild = c;
    cap = size;
  }
  function manyBody(x, y, vx, vy, m, alpha) {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, i, q, c, count = 1;
    for (i = 0; i < m; i++) {
      if (x[i] < x0) x0 = x[i]; if (x[i] > x1) x1 = x[i];
      if (y[i] < y0) y0 = y[i]; if (y[i] > y1) y1 = y[i];
    }
    reserve(8 * m + 64, m);
    qx0[0] = x0; qy0[0] = y0; qsize[0] = Math.max(x1 - x0, y1 - y0) + 1e-6; qpoint[0] = -1;
    for (i = 0; i < m; i++) {  // insert point i; qpoint: -1 empty leaf, -2 inner node, else first point
      q = 0;
      for (var depth = 0; ; depth++) {
        var kind = qpoint[q];
        if (kind === -1) { qpoint[q] = i; nextPoint[i] = -1; break; }
        if (kind >= 0) {
          if ((x[kind] === x[i] && y[kind] === y[i]) || depth > 40) { nextPoint[i] = kind; qpoint[q] = i; break; }
          if (count + 4 > cap) reserve(count + 4 + m, m);
          var h = qsize[q] / 2;
          for (c = 0; c < 4; c++) {
            var id = count++;
            qx0[id] = qx0[q] + (c & 1 ? h : 0); qy0[id] = qy0[q] + (c & 2 ? h : 0); qsize[id] = h; qpoint[id] = -1;
            qchild[4 * q + c] = id;
          }
          qpoint[q] = -2;
          qpoint[qchild[4 * q + quadrant(x[kind], y[kind], q)]] = kind;  // the old chain moves down whole
        }
        q = qchild[4 * q + quadrant(x[i], y[i], q)];
      }
    }
    for (q = count - 1; q >= 0; q--) {  // children come after their parent: aggregate bottom-up
      var sx = 0, sy = 0, sm = 0;
      if (qpoint[q] === -2) {
        for (c = 0; c < 4; c++) {
          var k = qchild[4 * q + c];
          if (qmass[k] !== 0) { sx += qcx[k] * qmass[k]; sy += qcy[k] * qmass[k]; sm += qmass[k]; }
        }
      } else {
        for (var p = qpoint[q]; p >= 0; p = nextPoint[p]) { sx += x[p] * CHARGE; sy += y[p] * CHARGE; sm += CHARGE; }
      }
      qmass[q] = sm; qcx[q] = sm ? sx / sm : 0; qcy[q] = sm ? sy / sm : 0;
    }
    for (i = 0; i < m; i++) {
      var xi = x[i], yi = y[i], fx = 0, fy = 0, sp = 0;
      stack[sp++] = 0;
      while (sp) {
        q = stack[--sp];
        if (qmass[q] === 0) continue;
        if (qpoint[q] === -2) {
          var dx = qcx[q] - xi, dy = qcy[q] - yi, l = dx * dx + dy * dy, w = qsize[q];
          if (w * w / THETA2 < l) {
            if (l < 1) l = Math.sqrt(l);
            fx += dx * qmass[q] / l; fy += dy * qmass[q] / l;
          } else {
            stack[sp++] = qchild[4 * q]; stack[sp++] = qchild[4 * q + 1];
            stack[sp++] = qchild[4 * q + 2]; stack[sp++] = qchild[4 * q + 3];
          }
        } else {
          for (var j = qpoint[q]; j >= 0; j = nextPoint[j]) {
            if (j === i) continue;
            var ex = x[j] - xi || jiggle(i * 31 + j), ey = y[j] - yi || jiggle(j * 17 + i);
            var d2 = ex * ex + ey * ey;
            if (d2 < 1) d2 = Math.sqrt(d2);
            fx += ex * CHARGE / d2; fy += ey * CHARGE / d2;
          }
        }
      }
      vx[i] += fx * alpha; vy[i] += fy * alpha;
    }
  }
  function quadrant(px, py, q) {
    var h = qsize[q] / 2;
    return (px >= qx0[q] + h ? 1 : 0) + (py >= qy0[q] + h ? 2 : 0);
  }

  // Components packed to the window's shape: largest first, each at the lowest free place of a
  // skyline (bottom-left packing), trying several widths and keeping the one that needs the least
  // zooming out to fit the window. Returns the packed height (the width goes to packedWidth).
  var packedWidth = 0;
  function pack(boxes, X, Y, aspect) {
    if (!boxes.length) return 0;
    boxes.sort(function (a, b) {  // big first, then by type and name so the result is stable
      return (b.members.length - a.members.length) ||
        ((b.x1 - b.x0) * (b.y1 - b.y0) - (a.x1 - a.x0) * (a.y1 - a.y0)) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    });
    var widest = 0, total = 0, area = 0;
    boxes.forEach(function (b) {
      widest = Math.max(widest, b.x1 - b.x0); total += b.x1 - b.x0; area += (b.x1 - b.x0) * (b.y1 - b.y0);
    });
    if (boxes.length > 1500) {  // too many for the skyline's tries: rows of the window's shape
      packedWidth = Math.max(widest, Math.sqrt(area * aspect));
      return shelf(boxes, X, Y, packedWidth, 0);
    }
    var best = null, lo = widest, hi = Math.max(widest, total), tries = 14;
    for (var t = 0; t <= tries; t++) {
      var W = lo * Math.pow(hi / lo, t / tries), placed = skyline(boxes, W);
      var cost = Math.max(placed.width / aspect, placed.height);
      if (!best || cost < best.cost - 1e-9) { best = placed; best.cost = cost; }
      if (placed.width >= hi) break;
    }
    boxes.forEach(function (b, k) {
      var ox = best.at[k][0] - b.x0, oy = best.at[k][1] - b.y0;
      b.members.forEach(function (g) { X[g] += ox; Y[g] += oy; });
    });
    packedWidth = best.width;
    return best.height;
  }
  function skyline(boxes, W) {
    var sky = [{ x: 0, y: 0 }], at = [], width = 0, height = 0;  // segment i spans [x_i, x_{i+1}) at height y
    boxes.forEach(function (b) {
      var w = b.x1 - b.x0, h = b.y1 - b.y0, bestY = Infinity, bestX = 0;
      for (var i = 0; i < sky.length; i++) {
        var x = sky[i].x;
        if (x > 0 && x + w > W) break;
        var y = 0;
        for (var j = i; j < sky.length && sky[j].x < x + w; j++) if (sky[j].y > y) y = sky[j].y;
        if (y < bestY) { bestY = y; bestX = x; }
      }
      at.push([bestX, bestY]);
      var end = bestX + w, top = bestY + h, left = [], right = [];
      for (var k = 0; k < sky.length; k++) {  // keep what lies left and right of the new box
        var seg = sky[k], segEnd = k + 1 < sky.length ? sky[k + 1].x : Infinity;
        if (seg.x < bestX) left.push({ x: seg.x, y: seg.y });
        if (segEnd > end) right.push({ x: Math.max(seg.x, end), y: seg.y });
      }
      var next = left.concat([{ x: bestX, y: top }], right);
      sky = next.filter(function (s, k) { return k === 0 || s.y !== next[k - 1].y; });
      width = Math.max(width, end); height = Math.max(height, top);
    });
    return { at: at, width: width, height: height };
  }
  function shelf(boxes, X, Y, rowWidth, top) {  // rows left to right, in the given order; returns the bottom
    var cx = 0, cy = top, rowHeight = 0;
    if (!rowWidth) {
      var area = 0;
      boxes.forEach(function (b) { area += (b.x1 - b.x0) * (b.y1 - b.y0); });
      rowWidth = Math.sqrt(area * ASPECT);
    }
    boxes.forEach(function (b) {
      var w = b.x1 - b.x0, h = b.y1 - b.y0;
      if (cx > 0 && cx + w > rowWidth) { cx = 0; cy += rowHeight; rowHeight = 0; }
      var ox = cx - b.x0, oy = cy - b.y0;
      b.members.forEach(function (g) { X[g] += ox; Y[g] += oy; });
      cx += w; rowHeight = Math.max(rowHeight, h);
    });
    return cy + rowHeight;
  }

  // ------------------------------------------------------------------ drawing
  var tLayout = performance.now(), given = n > 0 && nodes.every(function (d) {
    return typeof d.x === "number" && typeof d.y === "number";
  });
  var pos = given ? null : layout();
  state.timings.layout = performance.now() - tLayout;

  // Filters: a node is drawn when its type is on and, if it has no relation, the isolates toggle is.
  var typeOn = {}, isolatesOn = nIsolated === n;
  TYPES.concat([OTHER]).forEach(function (t) { typeOn[t.name] = true; });
  function nodeHidden(i) {
    return !typeOn[typeOf(nodes[i])] || (isolated[i] === 1 && !isolatesOn && i !== DATA.focus);
  }
  var labelText = nodes.map(function (d) { return shorten(d.label, LABEL_MAX); });
  var visNodes = nodes.map(function (d, i) {  // labels are drawn by drawLabels, not by vis-network
    return {
      id: i, group: typeOf(d), hidden: nodeHidden(i),
      x: given ? d.x : pos.x[i], y: given ? d.y : pos.y[i], size: nodeSize(i)
    };
  });
  var pairCount = {}, pairSeen = {};
  edges.forEach(function (e) {
    var key = Math.min(e.from, e.to) + "," + Math.max(e.from, e.to);
    pairCount[key] = (pairCount[key] || 0) + 1;
  });
  function edgeLabel(e) {
    var text = e.predicate || "";
    if (e.roles && e.roles.length) text += ": " + e.roles.join(" / ");
    if (e.former) text += " (former)";
    return shorten(text, 60);
  }
  var visEdges = edges.map(function (e, j) {
    var item = { id: j, from: e.from, to: e.to, dashes: !!e.former };  // labels: drawLabels
    var key = Math.min(e.from, e.to) + "," + Math.max(e.from, e.to);
    if (pairCount[key] > 1) {  // parallel relations: bend them apart so each stays visible
      var rank = pairSeen[key] = (pairSeen[key] || 0) + 1;
      item.smooth = { enabled: true, type: e.from < e.to ? "curvedCW" : "curvedCCW", roundness: 0.18 * rank };
    }
    return item;
  });

  var groups = {};
  TYPES.concat([OTHER]).forEach(function (t) {
    groups[t.name] = {
      shape: t.shape,
      color: { background: t.color, border: shade(t.color), highlight: { background: t.color, border: "#111" },
               hover: { background: t.color, border: "#111" } }
    };
  });
  function shade(hex) {
    var v = parseInt(hex.slice(1), 16), r = (v >> 16) * 0.7, g = ((v >> 8) & 255) * 0.7, b = (v & 255) * 0.7;
    return "rgb(" + [r, g, b].map(Math.round).join(",") + ")";
  }
  var options = {
    autoResize: true,
    physics: { enabled: false },
    layout: { improvedLayout: false },
    groups: groups,
    nodes: {
      borderWidth: 1, borderWidthSelected: 3,
      font: { face: FONT, size: 14, color: "#1f2933", strokeWidth: 3, strokeColor: "#ffffff" }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.45 } }, width: 1, hoverWidth: 0.8, selectionWidth: 1.5,
      color: { color: "#9aa5b1", highlight: "#1f2933", hover: "#3e4c59", inherit: false },
      smooth: false
    },
    interaction: {
      hover: true, tooltipDelay: 3600000, navigationButtons: false, keyboard: false, multiselect: false,
      hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG
    }
  };

  var tNet = performance.now();
  // A large graph gives vis-network only the selected node's relations (see drawEdgeBatch).
  var visNodeSet = new vis.DataSet(visNodes), visEdgeSet = new vis.DataSet(BIG ? [] : visEdges);
  var network = new vis.Network(container, { nodes: visNodeSet, edges: visEdgeSet }, options);
  state.network = network; state.nodes = visNodeSet; state.edges = visEdgeSet;
  function fitVisible() {  // vis-network's fit ignores the names drawn below the nodes: leave room for them
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, bodyNodes = network.body.nodes;
    for (var k = 0; k < n; k++) {
      if (nodeHidden(k)) continue;
      var node = bodyNodes[k], r = nodeSize(k);
      x0 = Math.min(x0, node.x - r); x1 = Math.max(x1, node.x + r);
      y0 = Math.min(y0, node.y - r); y1 = Math.max(y1, node.y + r);
    }
    if (x0 === Infinity) return;
    var W = container.clientWidth, H = container.clientHeight, side = Math.min(110, W / 6), top = 16, bottom = 34;
    var scale = Math.min(1, (W - 2 * side) / Math.max(x1 - x0, 1), (H - top - bottom) / Math.max(y1 - y0, 1));
    network.moveTo({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 + (bottom - top) / 2 / scale }, scale: scale,
                     animation: false });
  }
  fitVisible();
  state.timings.network = performance.now() - tNet;

  // ------------------------------------------------------------------ labels (level of detail)
  // Every frame, names are given to nodes in order of importance (the selected node, the hovered
  // one, the selected node's neighbours, then by number of relations) at a readable size on screen,
  // skipping any name that would overlap one already placed: the hubs are named at first sight,
  // and zooming in spreads the nodes apart so more names fit. state.labels lists what was drawn.
  var priority = [];
  for (i = 0; i < n; i++) priority.push(i);
  var typeOrder = { Person: 0, Organization: 1, Event: 2, Document: 3, Location: 4, Other: 5 };
  priority.sort(function (a, b) {
    return (degree[b] - degree[a]) || (typeOrder[typeOf(nodes[a])] - typeOrder[typeOf(nodes[b])]) || (a - b);
  });
  var hovered = null, MAX_LABELS = 350, CELL = 64, HUBS = Math.min(12, Math.ceil(n / 10));
  var edgeText = edges.map(edgeLabel), edgeWidths = new Float64Array(edges.length).fill(-1), measure = null;
  function edgeTextWidth(j) {  // measured on first use: a large graph never needs most of them
    if (edgeWidths[j] < 0) {
      if (!measure) { measure = document.createElement("canvas").getContext("2d"); measure.font = "12px " + FONT; }
      edgeWidths[j] = measure.measureText(edgeText[j]).width;
    }
    return edgeWidths[j];
  }
  var edgeOrder = edges.map(function (e, j) { return j; });  // relations of the busiest nodes first
  edgeOrder.sort(function (a, b) {
    return (Math.max(degree[edges[b].from], degree[edges[b].to]) - Math.max(degree[edges[a].from], degree[edges[a].to])) || (a - b);
  });
  state.edgeLabels = [];
  state.labels = [];
  function labelSize(scale) { return Math.round(Math.max(12, Math.min(17, 14 * scale))); }
  function drawLabels(ctx) {
    var view = network.body.view, scale = view.scale, tx = view.translation.x, ty = view.translation.y;
    var W = container.clientWidth, H = container.clientHeight, bodyNodes = network.body.nodes;
    var size = labelSize(scale), height = Math.ceil(size * 1.3), grid = new Map(), placed = [], done = {};
    var first = [], selected = network.getSelectedNodes();
    selected.forEach(function (id) { first.push([id, true]); });
    if (hovered !== null) first.push([hovered, true]);
    selected.forEach(function (id) {
      incident[id].forEach(function (j) { first.push([edges[j].from === id ? edges[j].to : edges[j].from, false]); });
    });
    function fits(b, overNodes) {
      for (var cx = Math.floor(b.x0 / CELL); cx <= Math.floor(b.x1 / CELL); cx++) {
        for (var cy = Math.floor(b.y0 / CELL); cy <= Math.floor(b.y1 / CELL); cy++) {
          var list = grid.get(cx * 100003 + cy);
          if (!list) continue;
          for (var k = 0; k < list.length; k++) {
            var o = list[k];
            if (o.node !== undefined && (o.node === b.id || overNodes > 1 || (overNodes && o.small))) continue;
            if (b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1) return false;
          }
        }
      }
      return true;
    }
    function keep(b, into) {
      for (var cx = Math.floor(b.x0 / CELL); cx <= Math.floor(b.x1 / CELL); cx++) {
        for (var cy = Math.floor(b.y0 / CELL); cy <= Math.floor(b.y1 / CELL); cy++) {
          var key = cx * 100003 + cy, list = grid.get(key);
          if (list) list.push(b); else grid.set(key, [b]);
        }
      }
      if (into) into.push(b);
    }
    function consider(id, forced, hub) {
      if (done[id]) return;
      var node = bodyNodes[id];
      if (!node || node.options.hidden) return;
      var x = node.x * scale + tx, y = node.y * scale + ty, r = nodeSize(id) * scale;
      if (x < -200 || x > W + 200 || y < -r - height || y > H + 10) return;
      done[id] = 1;
      var w = labelWidth[id] * size / 14 * (forced || hub ? 1.08 : 1);  // semibold is wider
      // below the node, else above, right or left of it (b.x, b.y: where the text is drawn, centred)
      for (var side = 0; side < 4; side++) {
        var cx = side === 2 ? x + r + 4 + w / 2 : side === 3 ? x - r - 4 - w / 2 : x;
        var top = side === 0 ? y + r + 1 : side === 1 ? y - r - 1 - height : y - height / 2;
        var b = { id: id, text: labelText[id], size: size, x: cx, y: top + 1, hub: !!(forced || hub),
                  x0: cx - w / 2 - 2, y0: top, x1: cx + w / 2 + 2, y1: top + height };
        if (forced ? b.x1 < 0 || b.x0 > W : b.x0 < 0 || b.x1 > W || b.y0 < 0 || b.y1 > H) continue;
        if (forced || fits(b, hub)) { keep(b, placed); return; }
      }
    }
    // The nodes in view are obstacles too (a name never hides another node), unless there are so
    // many that the view is a cloud anyway.
    var inView = [];
    for (var q = 0; q < n; q++) {
      var nd = bodyNodes[q];
      if (!nd || nd.options.hidden) continue;
      var nx = nd.x * scale + tx, ny = nd.y * scale + ty;
      if (nx >= -20 && nx <= W + 20 && ny >= -20 && ny <= H + 20) inView.push(q);
      if (inView.length > 2500) break;
    }
    if (inView.length <= 2500) {
      inView.forEach(function (q) {
        var nd = bodyNodes[q], nr = nodeSize(q) * scale + 1, nx = nd.x * scale + tx, ny = nd.y * scale + ty;
        keep({ node: q, small: degree[q] <= 2, x0: nx - nr, y0: ny - nr, x1: nx + nr, y1: ny + nr }, null);
      });
    }
    var panel = panelBox();  // nothing is named under the details panel
    if (panel) keep({ x0: panel.x0 - 4, y0: panel.y0, x1: panel.x1, y1: panel.y1 }, null);
    first.forEach(function (f) { consider(f[0], f[1]); });
    for (var k = 0, tested = 0; k < n && placed.length < MAX_LABELS && tested < 6000; k++, tested++) {
      // the three largest hubs' names may cover any node, the next ones small nodes
      consider(priority[k], false, degree[priority[k]] < 2 ? 0 : k < 3 ? 2 : k < HUBS ? 1 : 0);
    }
    // Relation labels, after the names and where they fit: the selected node's first, the others
    // once the view is close enough to read them (zoom >= 0.6).
    var edgePlaced = [], doneEdge = {}, eSize = Math.round(Math.max(10, Math.min(13, 12 * scale)));
    var eHeight = Math.ceil(eSize * 1.3);
    function considerEdge(j, strong) {
      if (doneEdge[j]) return;
      doneEdge[j] = 1;
      var e = edges[j], a = bodyNodes[e.from], b = bodyNodes[e.to], drawn = network.body.edges[j];
      if (!edgeText[j] || e.from === e.to || !a || !b || a.options.hidden || b.options.hidden) return;
      var p = drawn && drawn.connected && drawn.edgeType ? drawn.edgeType.getPoint(0.5) :
        { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      var x = p.x * scale + tx, y = p.y * scale + ty, w = edgeTextWidth(j) * eSize / 12;
      var box = { edge: j, text: edgeText[j], strong: strong, x: x, y: y - eHeight / 2 + 1,
                  x0: x - w / 2 - 2, y0: y - eHeight / 2, x1: x + w / 2 + 2, y1: y + eHeight / 2 };
      if (box.x0 < 0 || box.x1 > W || box.y0 < 0 || box.y1 > H) return;
      if (fits(box, 0)) keep(box, edgePlaced);
    }
    selected.forEach(function (id) { incident[id].forEach(function (j) { considerEdge(j, true); }); });
    if (hovered !== null && incident[hovered]) incident[hovered].forEach(function (j) { considerEdge(j, false); });
    if (scale >= 0.6) {
      for (var k2 = 0; k2 < edgeOrder.length && k2 < 4000 && edgePlaced.length < 250; k2++) considerEdge(edgeOrder[k2], false);
    }
    var ratio = network.canvas.pixelRatio || 1;
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textAlign = "center"; ctx.textBaseline = "top"; ctx.lineJoin = "round";
    ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,0.92)";
    ctx.font = eSize + "px " + FONT;
    edgePlaced.forEach(function (b) { ctx.strokeText(b.text, b.x, b.y); });
    edgePlaced.forEach(function (b) { ctx.fillStyle = b.strong ? "#1f2933" : "#52606d"; ctx.fillText(b.text, b.x, b.y); });
    state.edgeLabels = edgePlaced;
    ctx.font = size + "px " + FONT;
    ctx.textAlign = "center"; ctx.textBaseline = "top"; ctx.lineJoin = "round";
    ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,0.92)"; ctx.fillStyle = "#1f2933";
    [false, true].forEach(function (bold) {  // hubs and the selection in semibold
      ctx.font = (bold ? "600 " : "") + size + "px " + FONT;
      placed.forEach(function (b) { if (b.hub === bold) ctx.strokeText(b.text, b.x, b.y); });
      placed.forEach(function (b) { if (b.hub === bold) ctx.fillText(b.text, b.x, b.y); });
    });
    ctx.restore();
    state.labels = placed;
  }
  network.on("afterDrawing", drawLabels);
  network.on("hoverNode", function (p) { hovered = p.node; });
  network.on("blurNode", function () { hovered = null; });
  // A large graph's relations are drawn here, as one path of straight lines cut to the view, under
  // the nodes: vis-network would draw each of them with its arrow and label on every frame. The
  // selected node's relations are handed to vis-network, so they get arrows, labels and hover.
  var handed = {}, handedKey = "";
  state.batchedEdges = 0;
  function drawEdgeBatch(ctx) {
    var view = network.body.view, scale = view.scale, bodyNodes = network.body.nodes, count = 0;
    var x0 = -view.translation.x / scale, y0 = -view.translation.y / scale;
    var x1 = x0 + container.clientWidth / scale, y1 = y0 + container.clientHeight / scale;
    ctx.save();
    ctx.lineWidth = 1 / scale;
    ctx.strokeStyle = scale < 0.3 ? "rgba(120,133,148,0.45)" : "#9aa5b1";
    for (var pass = 0; pass < 2; pass++) {  // current relations, then former posts dashed
      ctx.beginPath();
      for (var j = 0; j < edges.length; j++) {
        var e = edges[j];
        if (handed[j] || !e.former !== !pass) continue;
        var a = bodyNodes[e.from], b = bodyNodes[e.to];
        if (a.options.hidden || b.options.hidden) continue;
        if ((a.x < x0 && b.x < x0) || (a.x > x1 && b.x > x1) || (a.y < y0 && b.y < y0) || (a.y > y1 && b.y > y1)) continue;
        ctx.moveTo(a.x, a.y); ctx.lineTo(b.x, b.y); count++;
      }
      ctx.setLineDash(pass ? [3 / scale, 2 / scale] : []);
      ctx.stroke();
    }
    ctx.restore();
    state.batchedEdges = count;
    var key = network.getSelectedNodes().join(",");
    if (key !== handedKey) { handedKey = key; setTimeout(handSelected, 0); }
  }
  function handSelected() {
    var want = {}, updates = [];
    var gone = [];
    network.getSelectedNodes().forEach(function (id) {
      incident[id].forEach(function (j) { want[j] = 1; });
    });
    Object.keys(handed).forEach(function (j) { if (!want[j]) { gone.push(+j); delete handed[j]; } });
    Object.keys(want).forEach(function (j) { if (!handed[j]) { updates.push(visEdges[j]); handed[j] = 1; } });
    if (gone.length) visEdgeSet.remove(gone);
    if (updates.length) {
      visEdgeSet.add(updates);
      network.selectNodes(network.getSelectedNodes());  // highlight them as the selection's relations
    }
  }
  if (BIG) network.on("beforeDrawing", drawEdgeBatch);
  network.once("afterDrawing", function () {
    state.timings.firstDraw = performance.now();
    state.timings.script = performance.now() - t0;
    // Ready once the browser is free again after the first frame: input is handled from here on.
    setTimeout(function () {
      state.timings.ready = performance.now();
      state.ready = true;
      document.body.setAttribute("data-ready", "1");
    }, 0);
  });

  // ------------------------------------------------------------------ text helpers
  function articleText(index, max) {
    var a = DATA.articles[index];
    if (!a) return "";
    var text = shorten(a.title || a.id || a.iri, max || 400);
    return a.date ? text + " (" + a.date + ")" : text;
  }
  function typeBadge(node) {
    var b = el("span", "kg-type", typeOf(node) === "Other" ? (node.type || "Other") : node.type);
    b.style.background = STYLE[typeOf(node)].color;
    return b;
  }
  function evidenceBlock(item, brief) {
    var block = el("div", "kg-evidence");
    var q = el("q", null, DATA.sentences[item[1]]);
    block.appendChild(q);
    var source = articleText(item[0], brief ? 90 : 400);
    if (source) block.appendChild(el("div", "kg-source", "\u2014 " + source));
    return block;
  }
  function relationLine(e) {
    var line = el("div");
    line.appendChild(el("b", null, nodes[e.from].label));
    var middle = " \u2192 " + e.predicate + (e.roles && e.roles.length ? " (" + e.roles.join(" / ") + ")" : "") + " \u2192 ";
    line.appendChild(document.createTextNode(middle));
    line.appendChild(el("b", null, nodes[e.to].label));
    if (e.former) line.appendChild(el("span", "kg-former", " former"));
    return line;
  }
  function incidentEdges(i) {
    return incident[i].map(function (j) { return edges[j]; });
  }
  function nodeSummary(i, box, maxEvidence) {
    var d = nodes[i], head = el("div");
    head.appendChild(el("b", null, d.label));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(typeBadge(d));
    box.appendChild(head);
    if (d.aliases && d.aliases.length) box.appendChild(el("div", "kg-meta", "Also: " + d.aliases.join(", ")));
    if (d.date) box.appendChild(el("div", "kg-meta", "Date: " + d.date));
    box.appendChild(el("div", "kg-meta", degree[i] + " relation" + (degree[i] === 1 ? "" : "s") +
      (d.articles && d.articles.length ? " \u00b7 " + d.articles.length + " article" + (d.articles.length === 1 ? "" : "s") : "")));
    var shown = 0, more = 0, seenSentence = {};
    incidentEdges(i).forEach(function (e) {
      (e.evidence || []).forEach(function (item) {
        if (seenSentence[item[1]]) return;
        seenSentence[item[1]] = 1;
        if (shown < maxEvidence) { box.appendChild(evidenceBlock(item, true)); shown++; } else more++;
      });
    });
    if (!shown && d.articles && d.articles.length) {
      box.appendChild(el("div", "kg-source", "Source: " + d.articles.slice(0, 3).map(function (a) {
        return articleText(a, 90);
      }).join("; ")));
    }
    if (more) box.appendChild(el("div", "kg-meta", "+ " + more + " more sentence" + (more === 1 ? "" : "s") + " (click for all)"));
  }
  function edgeSummary(j, box, maxEvidence) {
    var e = edges[j];
    box.appendChild(relationLine(e));
    (e.evidence || []).slice(0, maxEvidence).forEach(function (item) { box.appendChild(evidenceBlock(item, true)); });
    var rest = (e.evidence || []).length - maxEvidence;
    if (rest > 0) box.appendChild(el("div", "kg-meta", "+ " + rest + " more (click for all)"));
    if (!(e.evidence || []).length) box.appendChild(el("div", "kg-meta", "No evidence sentence recorded."));
  }

  // ------------------------------------------------------------------ tooltip
  var tooltip = document.getElementById("kg-tooltip"), main = document.getElementById("kg-main");
  var pointer = { x: 0, y: 0 };
  container.addEventListener("mousemove", function (ev) {  // capture: before vis-network reports the hover
    var r = main.getBoundingClientRect();
    pointer.x = ev.clientX - r.left; pointer.y = ev.clientY - r.top;
    state.timings.pointer = ev.timeStamp;
  }, true);
  function showTooltip(fill) {
    state.timings.tooltip = performance.now();
    requestAnimationFrame(function () { state.timings.tooltipPainted = performance.now(); });
    tooltip.textContent = "";
    fill(tooltip);
    tooltip.hidden = false;
    var w = tooltip.offsetWidth, h = tooltip.offsetHeight, W = main.clientWidth, H = main.clientHeight;
    var left = pointer.x + 14, top = pointer.y + 14;
    if (left + w > W - 4) left = Math.max(4, pointer.x - w - 14);
    if (top + h > H - 4) top = Math.max(4, pointer.y - h - 14);
    tooltip.style.left = left + "px"; tooltip.style.top = top + "px";
  }
  function hideTooltip() { tooltip.hidden = true; }
  network.on("hoverNode", function (p) { showTooltip(function (box) { nodeSummary(p.node, box, 3); }); });
  network.on("hoverEdge", function (p) { showTooltip(function (box) { edgeSummary(p.edge, box, 3); }); });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);

  // ------------------------------------------------------------------ details panel
  var details = document.getElementById("kg-details");
  function closeButton() {
    var b = el("button", "kg-close", "\u00d7");
    b.type = "button"; b.title = "Close";
    b.addEventListener("click", function () { details.hidden = true; network.unselectAll(); });
    return b;
  }
  function link(text, i) {
    var a = el("a", null, text);
    a.addEventListener("click", function () { focusNode(i); });
    return a;
  }
  function showNode(i) {
    var d = nodes[i];
    details.textContent = "";
    details.appendChild(closeButton());
    var h = el("h3", null, d.label);
    details.appendChild(h);
    details.appendChild(typeBadge(d));
    if (d.aliases && d.aliases.length) details.appendChild(el("div", "kg-meta", "Also: " + d.aliases.join(", ")));
    if (d.date) details.appendChild(el("div", "kg-meta", "Date: " + d.date));
    details.appendChild(el("div", "kg-meta", d.iri));
    var rels = incidentEdges(i);
    details.appendChild(el("h2", null, "Relations (" + rels.length + ")"));
    var ul = el("ul");
    rels.forEach(function (e) {
      var li = el("li"), other = e.from === i ? e.to : e.from;
      li.appendChild(document.createTextNode((e.from === i ? "\u2192 " : "\u2190 ") + e.predicate +
        (e.roles && e.roles.length ? " (" + e.roles.join(" / ") + ")" : "") + (e.former ? " [former]" : "") + ": "));
      li.appendChild(link(nodes[other].label, other));
      (e.evidence || []).forEach(function (item) { li.appendChild(evidenceBlock(item)); });
      ul.appendChild(li);
    });
    details.appendChild(ul);
    if (d.articles && d.articles.length) {
      details.appendChild(el("h2", null, "Articles (" + d.articles.length + ")"));
      var al = el("ul");
      d.articles.forEach(function (a) { al.appendChild(el("li", null, articleText(a))); });
      details.appendChild(al);
    }
    details.hidden = false;
    details.scrollTop = 0;
  }
  function showEdge(j) {
    var e = edges[j];
    details.textContent = "";
    details.appendChild(closeButton());
    details.appendChild(el("h3", null, e.predicate));
    var ends = el("div");
    ends.appendChild(link(nodes[e.from].label, e.from));
    ends.appendChild(document.createTextNode(" \u2192 "));
    ends.appendChild(link(nodes[e.to].label, e.to));
    details.appendChild(ends);
    if (e.roles && e.roles.length) details.appendChild(el("div", "kg-meta", "Role: " + e.roles.join(" / ")));
    if (e.former) details.appendChild(el("div", "kg-former", "Former post"));
    details.appendChild(el("h2", null, "Evidence (" + (e.evidence || []).length + ")"));
    (e.evidence || []).forEach(function (item) { details.appendChild(evidenceBlock(item)); });
    details.hidden = false;
    details.scrollTop = 0;
  }
  network.on("click", function (p) {
    hideTooltip();
    if (p.nodes.length) { showNode(p.nodes[0]); reveal(p.nodes[0], false); }
    else if (p.edges.length) showEdge(p.edges[0]);
    else details.hidden = true;
  });
  // The details panel floats over the right of the graph: the node it describes is moved into the
  // free part of the view (always when focused from a list or the search, else only when covered).
  function box(rect, origin) {
    return { x0: rect.left - origin.left, y0: rect.top - origin.top, x1: rect.right - origin.left, y1: rect.bottom - origin.top };
  }
  function nodeBox(i) {
    var p = network.canvasToDOM(network.getPosition(i)), r = nodeSize(i) * network.getScale();
    return { x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r + Math.ceil(labelSize(network.getScale()) * 1.3) + 2 };
  }
  function panelBox() {
    return !details || details.hidden ? null : box(details.getBoundingClientRect(), container.getBoundingClientRect());
  }
  function reveal(i, always) {
    var W = container.clientWidth, H = container.clientHeight, scale = network.getScale();
    var panel = panelBox(), right = panel ? Math.max(60, panel.x0 - 12) : W, b = nodeBox(i);
    var covered = panel && b.x0 < panel.x1 + 8 && panel.x0 - 8 < b.x1 && b.y0 < panel.y1 && panel.y0 < b.y1;
    var outside = b.x0 < 0 || b.x1 > right || b.y0 < 0 || b.y1 > H;
    if (!always && !covered && !outside) return;
    var p = network.getPosition(i), cy = (b.y0 + b.y1) / 2;
    var tx = right / 2, ty = always || cy < 40 || cy > H - 40 ? H / 2 : cy;
    network.moveTo({ position: { x: p.x + (W / 2 - tx) / scale, y: p.y + (H / 2 - ty) / scale }, scale: scale,
                     animation: false });
  }
  state.nodeBox = nodeBox; state.panelBox = panelBox;
  function focusNode(i) {
    if (nodeHidden(i)) {
      if (!typeOn[typeOf(nodes[i])]) setTypeVisible(typeOf(nodes[i]), true);
      if (isolated[i] && !isolatesOn) setIsolatesVisible(true, true);
    }
    network.selectNodes([i]);
    network.moveTo({ position: network.getPosition(i), scale: Math.max(network.getScale(), 1.0), animation: false });
    showNode(i);
    reveal(i, true);
  }
  state.focusNode = focusNode;

  // ------------------------------------------------------------------ legend and type filters
  var legend = document.getElementById("kg-legend"), boxes = {}, counts = {};
  nodes.forEach(function (d) { var t = typeOf(d); counts[t] = (counts[t] || 0) + 1; });
  legend.appendChild(el("h2", null, "Entity types"));
  TYPES.concat(counts.Other ? [OTHER] : []).forEach(function (t) {
    var row = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.setAttribute("data-type", t.name);
    box.disabled = !counts[t.name];
    box.addEventListener("change", function () { setTypeVisible(t.name, box.checked); });
    boxes[t.name] = box;
    row.appendChild(box);
    row.appendChild(swatch(t));
    row.appendChild(el("span", null, t.name));
    row.appendChild(el("span", "kg-count", counts[t.name] || 0));
    legend.appendChild(row);
  });
  var isolatesBox = el("input");
  if (nIsolated) {
    var isoRow = el("label", "kg-isolates"), isoNote = el("span", null,
      "Show " + nIsolated + " entit" + (nIsolated === 1 ? "y" : "ies") + " without relations");
    isolatesBox.type = "checkbox"; isolatesBox.id = "kg-isolates"; isolatesBox.checked = isolatesOn;
    isolatesBox.addEventListener("change", function () { setIsolatesVisible(isolatesBox.checked, false); });
    isoRow.appendChild(isolatesBox); isoRow.appendChild(isoNote);
    legend.appendChild(isoRow);
  }
  var solid = el("div", "kg-edge-key"), dashed = el("div", "kg-edge-key");
  solid.appendChild(lineSwatch(false)); solid.appendChild(el("span", null, "relation (predicate: role)"));
  dashed.appendChild(lineSwatch(true)); dashed.appendChild(el("span", null, "former post"));
  legend.appendChild(solid); legend.appendChild(dashed);
  legend.appendChild(el("div", "kg-meta", "Size: number of relations"));

  // The most connected people and bodies: a click focuses the graph on one.
  [["Top people", "Person"], ["Top bodies", "Organization"]].forEach(function (part) {
    var members = [];
    for (var k = 0; k < n; k++) if (typeOf(nodes[k]) === part[1] && degree[k] > 0) members.push(k);
    if (!members.length) return;
    members.sort(function (a, b) { return (degree[b] - degree[a]) || (fold(nodes[a].label) < fold(nodes[b].label) ? -1 : 1); });
    legend.appendChild(el("h2", "kg-top-title", part[0]));
    var list = el("ol", "kg-top");
    list.setAttribute("data-type", part[1]);
    members.slice(0, 8).forEach(function (k) {
      var item = el("li"), button = el("button", null);
      button.type = "button"; button.setAttribute("data-node", k); button.title = nodes[k].label;
      button.appendChild(el("span", "kg-top-name", nodes[k].label));
      button.appendChild(el("span", "kg-count", degree[k]));
      button.addEventListener("click", function () { focusNode(k); });
      item.appendChild(button); list.appendChild(item);
    });
    legend.appendChild(list);
  });

  function svgEl(tag, attrs) {
    var e = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    return e;
  }
  function swatch(t) {
    var svg = svgEl("svg", { width: 16, height: 16, viewBox: "0 0 16 16", "aria-hidden": "true" });
    var a = { fill: t.color, stroke: shade(t.color), "stroke-width": 1 }, shape;
    if (t.shape === "square") shape = svgEl("rect", Object.assign({ x: 2, y: 2, width: 12, height: 12 }, a));
    else if (t.shape === "triangle") shape = svgEl("polygon", Object.assign({ points: "8,1.5 14.5,14 1.5,14" }, a));
    else if (t.shape === "diamond") shape = svgEl("polygon", Object.assign({ points: "8,1 15,8 8,15 1,8" }, a));
    else if (t.shape === "hexagon") shape = svgEl("polygon", Object.assign({ points: "4.5,2 11.5,2 15,8 11.5,14 4.5,14 1,8" }, a));
    else shape = svgEl("circle", Object.assign({ cx: 8, cy: 8, r: 6.5 }, a));
    svg.appendChild(shape);
    return svg;
  }
  function lineSwatch(dash) {
    var svg = svgEl("svg", { width: 22, height: 10, viewBox: "0 0 22 10", "aria-hidden": "true" });
    svg.appendChild(svgEl("line", { x1: 1, y1: 5, x2: 17, y2: 5, stroke: "#9aa5b1", "stroke-width": 1.5,
      "stroke-dasharray": dash ? "3,2" : "none" }));
    svg.appendChild(svgEl("polygon", { points: "16,2 21,5 16,8", fill: "#9aa5b1" }));
    return svg;
  }
  function applyFilters() {
    var updates = [], current = network.body.nodes;
    for (var k = 0; k < n; k++) {
      var hide = nodeHidden(k);
      if (!current[k] || current[k].options.hidden !== hide) updates.push({ id: k, hidden: hide });
    }
    if (updates.length) visNodeSet.update(updates);
  }
  function setTypeVisible(type, visible) {
    if (boxes[type]) boxes[type].checked = visible;
    typeOn[type] = visible;
    applyFilters();
  }
  function setIsolatesVisible(visible, keepView) {
    isolatesOn = visible;
    isolatesBox.checked = visible;
    applyFilters();
    if (!keepView) fitVisible();
  }
  state.setTypeVisible = setTypeVisible;
  state.setIsolatesVisible = setIsolatesVisible;

  // ------------------------------------------------------------------ search
  var search = document.getElementById("kg-search"), names = document.getElementById("kg-names");
  var message = document.getElementById("kg-message"), index = [];
  var listed = {};
  nodes.forEach(function (d, i) {
    index.push([fold(d.label), i, true]);
    (d.aliases || []).forEach(function (a) { index.push([fold(a), i, false]); });
    if (!listed[d.label]) { listed[d.label] = 1; names.appendChild(option(d.label)); }
  });
  function option(text) { var o = el("option"); o.value = text; return o; }
  function find(query) {
    var q = fold(query), best = null, rank = 9;
    if (!q) return null;
    for (var k = 0; k < index.length; k++) {
      var entry = index[k], r;
      if (entry[0] === q) r = entry[2] ? 0 : 1;
      else if (entry[0].indexOf(q) === 0) r = 2;
      else if (entry[0].indexOf(q) > 0) r = 3;
      else continue;
      if (r < rank || (r === rank && degree[entry[1]] > degree[best])) { best = entry[1]; rank = r; }
    }
    return best;
  }
  function runSearch() {
    var hit = find(search.value);
    if (hit === null) { message.textContent = search.value ? "No match" : ""; return; }
    message.textContent = "";
    focusNode(hit);
  }
  state.find = find;
  state.search = function (text) { search.value = text; runSearch(); return find(text); };
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") runSearch(); });
  search.addEventListener("change", runSearch);
  document.getElementById("kg-fit").addEventListener("click", fitVisible);
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { details.hidden = true; hideTooltip(); network.unselectAll(); }
  });

  document.getElementById("kg-counts").textContent =
    n + " entit" + (n === 1 ? "y" : "ies") + " \u00b7 " + edges.length + " relation" + (edges.length === 1 ? "" : "s");
  if (typeof DATA.focus === "number") {
    network.once("afterDrawing", function () {
      network.selectNodes([DATA.focus]); showNode(DATA.focus); reveal(DATA.focus, false);
    });
  }
})();
