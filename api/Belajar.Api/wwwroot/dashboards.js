// Shared by /ops and /wilayah/{kode}: sign-in (token kept in sessionStorage), authorised JSON calls, polling, SVG charts.
"use strict";
const Belajar = (() => {
  const KEY = "belajar.token";
  const token = () => sessionStorage.getItem(KEY);
  const claims = () => {
    const t = token();
    if (!t) { return null; }
    try { return JSON.parse(atob(t.split(".")[1].replace(/-/g, "+").replace(/_/g, "/"))); } catch { return null; }
  };
  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) { if (k === "class") { node.className = v; } else { node.setAttribute(k, v); } }
    for (const c of children) { node.append(c instanceof Node ? c : document.createTextNode(String(c ?? ""))); }
    return node;
  };
  const fmt = n => Number(n ?? 0).toLocaleString("id-ID");
  const pct = (a, b) => (b > 0 ? (100 * a / b) : 0).toFixed(1) + "%";

  async function api(path, options = {}) {
    const response = await fetch(path, { ...options, headers: { ...(options.headers || {}), Authorization: "Bearer " + token() } });
    if (response.status === 401) { signOut(); throw new Error("Sesi Anda berakhir: silakan masuk lagi."); }
    if (!response.ok) {
      let detail = response.statusText;
      try { detail = (await response.json()).detail || detail; } catch { /* not JSON */ }
      const error = new Error(detail); error.status = response.status; throw error;
    }
    return response.status === 204 ? null : response.json();
  }

  function signOut() {
    sessionStorage.removeItem(KEY);
    fetch("/api/v1/dashboards/session", { method: "DELETE" }).finally(() => location.reload());
  }

  // Shows the sign-in form until a token is kept, then calls start(claims).
  function boot(start) {
    const form = document.getElementById("signin");
    const app = document.getElementById("app");
    document.getElementById("signout")?.addEventListener("click", signOut);
    if (claims()) { form.hidden = true; app.hidden = false; start(claims()); return; }
    form.hidden = false; app.hidden = true;
    form.addEventListener("submit", async e => {
      e.preventDefault();
      const message = form.querySelector(".error");
      message.textContent = "";
      const body = JSON.stringify({ username: form.username.value, password: form.password.value });
      const response = await fetch("/api/v1/auth/token", { method: "POST", headers: { "Content-Type": "application/json" }, body });
      if (!response.ok) {
        let detail = "Gagal masuk.";
        try { detail = (await response.json()).detail || detail; } catch { /* not JSON */ }
        message.textContent = detail; return;
      }
      sessionStorage.setItem(KEY, (await response.json()).accessToken);
      form.hidden = true; app.hidden = false; start(claims());
    });
  }

  // Calls tick every `ms` while `active()` says so (a run goes on), else every 3 s.
  function poll(tick, active, ms = 1500) {
    let stopped = false;
    const loop = async () => {
      if (stopped) { return; }
      try { await tick(); } catch (e) { console.warn(e); }
      setTimeout(loop, active() ? ms : 3000);
    };
    loop();
    return () => { stopped = true; };
  }

  const SVG = "http://www.w3.org/2000/svg";
  const svg = (tag, attrs = {}) => { const n = document.createElementNS(SVG, tag); for (const [k, v] of Object.entries(attrs)) { n.setAttribute(k, v); } return n; };

  // Horizontal stacked bars: rows [{label, eligible, created, activated}].
  function funnelBars(rows) {
    const width = 640, bar = 18, gap = 8, left = 150, height = Math.max(40, rows.length * (bar + gap) + 24);
    const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "corong aktivasi per wilayah" });
    const max = Math.max(1, ...rows.map(r => r.eligible));
    rows.forEach((r, i) => {
      const y = i * (bar + gap) + 4, scale = (width - left - 60) / max;
      const label = svg("text", { x: left - 6, y: y + bar - 5, "text-anchor": "end" }); label.textContent = r.label.slice(0, 22); root.append(label);
      root.append(svg("rect", { x: left, y, width: r.eligible * scale, height: bar, fill: "#dde2ea" }));
      root.append(svg("rect", { x: left, y, width: r.created * scale, height: bar, fill: "#90caf9" }));
      root.append(svg("rect", { x: left, y, width: r.activated * scale, height: bar, fill: "#1565c0" }));
      const value = svg("text", { x: left + r.eligible * scale + 4, y: y + bar - 5 }); value.textContent = pct(r.activated, r.eligible); root.append(value);
    });
    const legend = svg("text", { x: left, y: height - 4 }); legend.textContent = "berhak (abu-abu) · dibuat (biru muda) · aktif (biru tua)"; root.append(legend);
    return root;
  }

  // Line chart of [{x: Date, y: number}] series: [{name, color, points}].
  function lines(series, label) {
    const width = 640, height = 160, pad = 28;
    const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": label });
    const all = series.flatMap(s => s.points);
    if (all.length < 2) { const t = svg("text", { x: pad, y: height / 2 }); t.textContent = "mengumpulkan sampel…"; root.append(t); return root; }
    const x0 = Math.min(...all.map(p => p.x)), x1 = Math.max(...all.map(p => p.x)), yMax = Math.max(1, ...all.map(p => p.y));
    const sx = x => pad + (width - 2 * pad) * (x - x0) / Math.max(1, x1 - x0), sy = y => height - pad - (height - 2 * pad) * y / yMax;
    root.append(svg("line", { x1: pad, y1: height - pad, x2: width - pad, y2: height - pad, stroke: "#dde2ea" }));
    const top = svg("text", { x: 2, y: pad }); top.textContent = fmt(yMax); root.append(top);
    series.forEach((s, i) => {
      root.append(svg("polyline", { points: s.points.map(p => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(" "), fill: "none", stroke: s.color, "stroke-width": 2 }));
      const name = svg("text", { x: pad + i * 170, y: height - 6, fill: s.color }); name.textContent = s.name; root.append(name);
    });
    return root;
  }

  // Funnel table with a link per region row; rows [{key, name, isSchool, counters}].
  function funnelTable(rows, link) {
    const head = el("tr", {}, ...["Wilayah", "Berhak", "Dibuat", "Dibagikan", "Login pertama", "Aktif", "Gagal", "Aktivasi"].map((h, i) => el("th", i ? { class: "num" } : {}, h)));
    const body = rows.map(r => {
      const c = r.counters;
      const name = link && !r.isSchool ? el("a", { href: link(r.key) }, `${r.name} (${r.key})`) : `${r.name} (${r.key})`;
      return el("tr", { "data-key": r.key }, el("td", {}, name),
        ...[c.eligible, c.created, c.distributed, c.signedIn, c.activated, c.failed].map(v => el("td", { class: "num" }, fmt(v))),
        el("td", { class: "num" }, pct(c.activated, c.eligible)));
    });
    return el("div", { class: "scroll" }, el("table", {}, el("thead", {}, head), el("tbody", {}, ...body)));
  }

  // CSV of the table rows, safe to open in a spreadsheet (cells that start a formula are quoted with ').
  function downloadCsv(fileName, rows) {
    const cell = v => { let s = String(v ?? ""); if (/^[=+\-@\t\r]/.test(s)) { s = "'" + s; } return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; };
    const header = ["kode", "nama", "berhak", "dibuat", "dibagikan", "login_pertama", "aktif", "gagal", "aktivasi"];
    const lines = rows.map(r => [r.key, r.name, r.counters.eligible, r.counters.created, r.counters.distributed, r.counters.signedIn, r.counters.activated, r.counters.failed, r.activation]);
    const blob = new Blob([[header, ...lines].map(l => l.map(cell).join(",")).join("\r\n") + "\r\n"], { type: "text/csv" });
    const a = el("a", { href: URL.createObjectURL(blob), download: fileName });
    document.body.append(a); a.click(); a.remove();
  }

  return { boot, api, poll, el, fmt, pct, funnelBars, lines, funnelTable, downloadCsv, claims };
})();
