// Shared by the operator's app (/), /ops and /wilayah/{kode}: sign-in (token kept in sessionStorage, so that it ends with the tab
// on a shared PC), authorised JSON calls, polling, SVG charts. Texts through I18n (i18n.js, loaded first). Written for old
// browsers too: no optional chaining, no nullish coalescing, no newer DOM methods.
"use strict";
var Belajar = (function () {
  var KEY = "belajar.token";
  var FLASH = "belajar.flash";

  I18n.add({
    id: {
      "signin.wrong": "Nama pengguna atau kata sandi salah. Periksa keduanya (huruf besar dan kecil dibedakan), lalu coba lagi.",
      "signin.throttled": "Terlalu banyak percobaan masuk yang gagal. Tunggu {wait}, lalu coba lagi.",
      "signin.missing": "Isi nama pengguna dan kata sandi.",
      "signin.failed": "Gagal masuk ({status}). Coba lagi sebentar lagi.",
      "signin.offline": "Tidak dapat menghubungi server. Periksa koneksi internet Anda, lalu coba lagi.",
      "signin.busy": "Sedang masuk…",
      "session.ended": "Sesi Anda berakhir: silakan masuk lagi.",
      "wait.seconds": "{n} detik",
      "wait.minutes": "{n} menit",
      "error.offline": "Tidak dapat menghubungi server. Periksa koneksi internet Anda, lalu coba lagi.",
      "chart.eligible": "berhak",
      "chart.created": "dibuat",
      "chart.distributed": "dibagikan",
      "chart.signedIn": "login pertama",
      "chart.activated": "aktif",
      "chart.label": "Corong aktivasi: {rows}",
      "chart.row": "{name}: {activated} dari {eligible} aktif ({pct})",
      "chart.empty": "Belum ada data.",
      "chart.sampling": "mengumpulkan sampel…",
      "table.area": "Wilayah",
      "table.eligible": "Berhak",
      "table.created": "Dibuat",
      "table.distributed": "Dibagikan",
      "table.signedIn": "Login pertama",
      "table.activated": "Aktif",
      "table.failed": "Gagal",
      "table.activation": "Aktivasi"
    },
    en: {
      "signin.wrong": "Wrong username or password. Check both (upper and lower case differ), then try again.",
      "signin.throttled": "Too many failed sign-in attempts. Wait {wait}, then try again.",
      "signin.missing": "Fill in the username and the password.",
      "signin.failed": "Sign-in failed ({status}). Try again in a moment.",
      "signin.offline": "The server cannot be reached. Check your internet connection, then try again.",
      "signin.busy": "Signing in…",
      "session.ended": "Your session has ended: please sign in again.",
      "wait.seconds": "{n} seconds",
      "wait.minutes": "{n} minutes",
      "error.offline": "The server cannot be reached. Check your internet connection, then try again.",
      "chart.eligible": "eligible",
      "chart.created": "created",
      "chart.distributed": "handed out",
      "chart.signedIn": "first sign-in",
      "chart.activated": "active",
      "chart.label": "Activation funnel: {rows}",
      "chart.row": "{name}: {activated} of {eligible} active ({pct})",
      "chart.empty": "No data yet.",
      "chart.sampling": "collecting samples…",
      "table.area": "Area",
      "table.eligible": "Eligible",
      "table.created": "Created",
      "table.distributed": "Handed out",
      "table.signedIn": "First sign-in",
      "table.activated": "Active",
      "table.failed": "Failed",
      "table.activation": "Activation"
    }
  });

  var t = I18n.t;
  function token() { return window.sessionStorage.getItem(KEY); }
  function claims() {
    var value = token();
    if (!value) { return null; }
    try {
      var json = decodeURIComponent(escape(atob(value.split(".")[1].replace(/-/g, "+").replace(/_/g, "/"))));
      var parsed = JSON.parse(json);
      if (parsed.exp && parsed.exp * 1000 < Date.now()) { window.sessionStorage.removeItem(KEY); return null; }
      return parsed;
    } catch (e) { return null; }
  }

  function el(tag, attrs) {
    var node = document.createElement(tag);
    attrs = attrs || {};
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) { return; }
      if (k === "class") { node.className = v; }
      else if (k === "style") { node.style.cssText = v; } // CSSOM: allowed by the pages' CSP, a style attribute is not
      else { node.setAttribute(k, v === true ? "" : v); }
    });
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === "") { continue; }
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  // Replaces the children of `node` (Element.replaceChildren is too new for old browsers).
  function fill(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
    for (var i = 1; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === "") { continue; }
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function fmt(n) { return Number(n || 0).toLocaleString(I18n.locale()); }
  function pct(a, b) { return (b > 0 ? (100 * a / b) : 0).toFixed(1) + "%"; }

  // "30 seconds" / "2 minutes", for a Retry-After in seconds.
  function waitText(seconds) {
    seconds = Math.max(1, Math.ceil(Number(seconds) || 0));
    return seconds < 90 ? t("wait.seconds", { n: seconds }) : t("wait.minutes", { n: Math.ceil(seconds / 60) });
  }

  // Calls the api with the bearer token; answers the parsed JSON, or the Response itself with { raw: true }. An error carries
  // .status, .detail (the server's Indonesian detail) and .retryAfter (seconds) when given.
  function api(path, options) {
    options = options || {};
    var headers = {};
    Object.keys(options.headers || {}).forEach(function (k) { headers[k] = options.headers[k]; });
    headers.Authorization = "Bearer " + token();
    return fetch(path, { method: options.method || "GET", headers: headers, body: options.body, cache: "no-store" })
      .catch(function () { var e = new Error(t("error.offline")); e.status = 0; throw e; })
      .then(function (response) {
        if (response.status === 401) {
          signOut(t("session.ended"));
          var expired = new Error(t("session.ended")); expired.status = 401; throw expired;
        }
        if (!response.ok) {
          return response.json().catch(function () { return {}; }).then(function (problem) {
            var error = new Error(problem.detail || response.statusText || String(response.status));
            error.status = response.status;
            error.detail = problem.detail;
            error.retryAfter = Number(response.headers.get("Retry-After")) || 0;
            throw error;
          });
        }
        if (options.raw) { return response; }
        return response.text().then(function (text) { return text ? JSON.parse(text) : null; });
      });
  }

  function signOut(message) {
    window.sessionStorage.removeItem(KEY);
    if (message) { window.sessionStorage.setItem(FLASH, message); }
    var done = function () { window.location.reload(); };
    fetch("/api/v1/dashboards/session", { method: "DELETE" }).then(done, done);
  }

  // The sign-in answer's message, in the page's language: a wrong password, a throttled account (how long to wait), ...
  function signInMessage(response) {
    if (response.status === 401) { return t("signin.wrong"); }
    if (response.status === 429) { return t("signin.throttled", { wait: waitText(response.headers.get("Retry-After")) }); }
    if (response.status === 400) { return t("signin.missing"); }
    return t("signin.failed", { status: response.status });
  }

  // Shows the sign-in form until a token is kept, then calls start(claims).
  function boot(start) {
    var form = document.getElementById("signin");
    var app = document.getElementById("app");
    var signout = document.getElementById("signout");
    var message = form.querySelector(".error");
    var submit = form.querySelector("button[type=submit]");
    if (signout) { signout.addEventListener("click", function () { signOut(); }); }
    var flash = window.sessionStorage.getItem(FLASH);
    window.sessionStorage.removeItem(FLASH);
    var current = claims();
    if (current) {
      form.hidden = true; app.hidden = false;
      if (signout) { signout.hidden = false; }
      start(current);
      return;
    }
    form.hidden = false; app.hidden = true;
    if (signout) { signout.hidden = true; }
    if (flash) { message.textContent = flash; }
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var username = form.username.value.trim();
      var password = form.password.value;
      if (!username || !password) {
        message.textContent = t("signin.missing");
        (username ? form.password : form.username).focus();
        return;
      }
      message.textContent = t("signin.busy");
      submit.disabled = true;
      var body = JSON.stringify({ username: username, password: password });
      fetch("/api/v1/auth/token", { method: "POST", headers: { "Content-Type": "application/json" }, body: body })
        .then(function (response) {
          if (!response.ok) {
            message.textContent = signInMessage(response);
            var wait = response.status === 429 ? Number(response.headers.get("Retry-After")) || 0 : 0;
            // a throttled account: the button waits as long as the server asks, then works again
            window.setTimeout(function () { submit.disabled = false; }, wait * 1000);
            form.password.select();
            return;
          }
          return response.json().then(function (answer) {
            window.sessionStorage.setItem(KEY, answer.accessToken);
            form.password.value = "";
            message.textContent = "";
            submit.disabled = false;
            form.hidden = true; app.hidden = false;
            if (signout) { signout.hidden = false; }
            start(claims());
          });
        })
        .catch(function () { message.textContent = t("signin.offline"); submit.disabled = false; });
    });
  }

  // Calls tick every `ms` while `active()` says so (a run goes on), else every `idle` ms (3 s).
  function poll(tick, active, ms, idle) {
    ms = ms || 1500; idle = idle || 3000;
    var stopped = false;
    var loop = function () {
      if (stopped) { return; }
      Promise.resolve().then(tick).catch(function (e) { if (window.console) { console.warn(e); } })
        .then(function () { window.setTimeout(loop, active() ? ms : idle); });
    };
    loop();
    return function () { stopped = true; };
  }

  var SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function svgText(attrs, text) { var node = svg("text", attrs); node.textContent = text; return node; }

  var STAGES = [
    { key: "eligible", color: "#e1e6ee" },
    { key: "created", color: "#b6d4f2" },
    { key: "distributed", color: "#6fa6dc" },
    { key: "signedIn", color: "#2e73c0" },
    { key: "activated", color: "#0b3d80" }
  ];

  // The activation funnel of each row as nested bars (berhak ⊇ dibuat ⊇ dibagikan ⊇ login pertama ⊇ aktif), to scale with the
  // largest row; rows [{label, eligible, created, distributed, signedIn, activated}]. `width` is the drawing's width in px
  // (the container's), so that the text stays readable on a phone.
  function funnelChart(rows, width) {
    width = Math.max(300, Math.round(width || 640));
    var narrow = width < 520;
    var bar = 16, gap = narrow ? 22 : 8, left = narrow ? 0 : Math.min(190, Math.round(width * 0.3)), right = 52;
    var labelAbove = narrow ? 14 : 0;
    var rowHeight = bar + gap + labelAbove;
    var legendHeight = narrow ? 40 : 24;
    var height = Math.max(40, rows.length * rowHeight + legendHeight + 8);
    var summary = rows.map(function (r) { return t("chart.row", { name: r.label, activated: fmt(r.activated), eligible: fmt(r.eligible), pct: pct(r.activated, r.eligible) }); }).join("; ");
    var root = svg("svg", { viewBox: "0 0 " + width + " " + height, width: width, height: height, role: "img", "aria-label": t("chart.label", { rows: summary }), class: "funnel-chart" });
    if (rows.length === 0) { root.appendChild(svgText({ x: 4, y: 20 }, t("chart.empty"))); return root; }
    var max = Math.max.apply(null, [1].concat(rows.map(function (r) { return r.eligible; })));
    var scale = (width - left - right) / max;
    rows.forEach(function (r, i) {
      var top = i * rowHeight + 4;
      var y = top + labelAbove;
      var group = svg("g", { "data-key": r.key || "" });
      var tip = svg("title", {}); tip.textContent = t("chart.row", { name: r.label, activated: fmt(r.activated), eligible: fmt(r.eligible), pct: pct(r.activated, r.eligible) });
      group.appendChild(tip);
      var name = r.label.length > 34 ? r.label.slice(0, 33) + "…" : r.label;
      group.appendChild(narrow ? svgText({ x: 0, y: top + 10, class: "label" }, name) : svgText({ x: left - 6, y: y + bar - 4, "text-anchor": "end", class: "label" }, name));
      STAGES.forEach(function (stage) {
        var value = Number(r[stage.key] || 0);
        if (value > 0) { group.appendChild(svg("rect", { x: left, y: y, width: Math.max(1, value * scale).toFixed(1), height: bar, fill: stage.color })); }
      });
      group.appendChild(svgText({ x: left + r.eligible * scale + 4, y: y + bar - 4, class: "value" }, pct(r.activated, r.eligible)));
      root.appendChild(group);
    });
    var legendY = rows.length * rowHeight + 14, x = left, line = 0;
    STAGES.forEach(function (stage) {
      var label = t("chart." + stage.key);
      var w = 26 + label.length * 7;
      if (x + w > width) { x = left; line++; }
      root.appendChild(svg("rect", { x: x, y: legendY + line * 16 - 9, width: 10, height: 10, fill: stage.color, stroke: "#8a94a6", "stroke-width": 0.5 }));
      root.appendChild(svgText({ x: x + 14, y: legendY + line * 16, class: "legend" }, label));
      x += w;
    });
    return root;
  }

  // The old name of the chart (rows with label, eligible, created, activated at least).
  function funnelBars(rows, width) { return funnelChart(rows, width); }

  // Line chart of [{x: Date, y: number}] series: [{name, color, points}].
  function lines(series, label) {
    var width = 640, height = 160, pad = 28;
    var root = svg("svg", { viewBox: "0 0 " + width + " " + height, role: "img", "aria-label": label });
    var all = [];
    series.forEach(function (s) { all = all.concat(s.points); });
    if (all.length < 2) { root.appendChild(svgText({ x: pad, y: height / 2 }, t("chart.sampling"))); return root; }
    var xs = all.map(function (p) { return p.x; }), ys = all.map(function (p) { return p.y; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), yMax = Math.max.apply(null, [1].concat(ys));
    var sx = function (x) { return pad + (width - 2 * pad) * (x - x0) / Math.max(1, x1 - x0); };
    var sy = function (y) { return height - pad - (height - 2 * pad) * y / yMax; };
    root.appendChild(svg("line", { x1: pad, y1: height - pad, x2: width - pad, y2: height - pad, stroke: "#dde2ea" }));
    root.appendChild(svgText({ x: 2, y: pad }, fmt(yMax)));
    series.forEach(function (s, i) {
      root.appendChild(svg("polyline", { points: s.points.map(function (p) { return sx(p.x).toFixed(1) + "," + sy(p.y).toFixed(1); }).join(" "), fill: "none", stroke: s.color, "stroke-width": 2 }));
      root.appendChild(svgText({ x: pad + i * 170, y: height - 6, fill: s.color }, s.name));
    });
    return root;
  }

  // Funnel table with a link per region row; rows [{key, name, isSchool, counters}].
  function funnelTable(rows, link) {
    var titles = ["table.area", "table.eligible", "table.created", "table.distributed", "table.signedIn", "table.activated", "table.failed", "table.activation"];
    var head = el.apply(null, ["tr", {}].concat(titles.map(function (h, i) { return el("th", i ? { class: "num", scope: "col" } : { scope: "col" }, t(h)); })));
    var body = rows.map(function (r) {
      var c = r.counters;
      var name = link && !r.isSchool ? el("a", { href: link(r.key) }, r.name + " (" + r.key + ")") : r.name + " (" + r.key + ")";
      var cells = [c.eligible, c.created, c.distributed, c.signedIn, c.activated, c.failed].map(function (v) { return el("td", { class: "num" }, fmt(v)); });
      return el.apply(null, ["tr", { "data-key": r.key }, el("th", { scope: "row" }, name)].concat(cells).concat([el("td", { class: "num" }, pct(c.activated, c.eligible))]));
    });
    return el("div", { class: "scroll" }, el("table", {}, el("thead", {}, head), el.apply(null, ["tbody", {}].concat(body))));
  }

  // Saves `blob` as a file named `fileName` (a link clicked by script).
  function saveBlob(blob, fileName) {
    var url = URL.createObjectURL(blob);
    var a = el("a", { href: url, download: fileName });
    document.body.appendChild(a); a.click(); a.parentNode.removeChild(a);
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  // CSV of the table rows, safe to open in a spreadsheet (cells that start a formula are quoted with ').
  function downloadCsv(fileName, rows) {
    var cell = function (v) {
      var s = String(v === null || v === undefined ? "" : v);
      if (/^[=+\-@\t\r]/.test(s)) { s = "'" + s; }
      return /[",\n;]/.test(s) ? "\"" + s.replace(/"/g, "\"\"") + "\"" : s;
    };
    var header = ["kode", "nama", "berhak", "dibuat", "dibagikan", "login_pertama", "aktif", "gagal", "aktivasi"];
    var lines = rows.map(function (r) { return [r.key, r.name, r.counters.eligible, r.counters.created, r.counters.distributed, r.counters.signedIn, r.counters.activated, r.counters.failed, r.activation]; });
    var text = [header].concat(lines).map(function (l) { return l.map(cell).join(","); }).join("\r\n") + "\r\n";
    saveBlob(new Blob([text], { type: "text/csv" }), fileName);
  }

  return {
    boot: boot, api: api, poll: poll, el: el, fill: fill, fmt: fmt, pct: pct, waitText: waitText, signOut: signOut,
    funnelChart: funnelChart, funnelBars: funnelBars, lines: lines, funnelTable: funnelTable, downloadCsv: downloadCsv, saveBlob: saveBlob,
    claims: claims, token: token
  };
})();
