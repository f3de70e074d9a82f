// /wilayah/{kode}: the region's funnel and its areas or schools, furthest behind first, with CSV export.
"use strict";
(() => {
  const { api, el, fmt, pct } = Belajar;
  const kode = decodeURIComponent(location.pathname.split("/").filter(Boolean)[1] || "");
  const body = id => document.querySelector(`#${id} .body`);
  let view = null;

  function parentOf(code) {
    if (code.endsWith("0000")) { return code === "000000" ? null : "000000"; }
    return code.endsWith("00") ? code.slice(0, 2) + "0000" : code.slice(0, 4) + "00";
  }

  function render(region) {
    view = region;
    document.getElementById("title").textContent = `${region.name || "Wilayah"} (${region.kodeWilayah})`;
    document.title = `BelajarOrleans · ${region.name || region.kodeWilayah}`;
    const c = region.counters;
    const kpi = (label, value, of) => el("div", { class: "kpi" }, el("b", {}, fmt(value)), el("span", {}, of ? `${label} · ${pct(value, of)}` : label));
    body("funnel").replaceChildren(el("div", { class: "kpis" },
      kpi("berhak", c.eligible), kpi("dibuat", c.created, c.eligible), kpi("dibagikan", c.distributed, c.eligible),
      kpi("login pertama", c.signedIn, c.eligible), kpi("aktif", c.activated, c.eligible), kpi("gagal", c.failed)));
    body("chart").replaceChildren(Belajar.funnelBars(region.children.slice(0, 15).map(r => ({ label: r.name, ...r.counters }))));
    body("children").replaceChildren(region.children.length === 0 ? "Belum ada sekolah yang melapor." : Belajar.funnelTable(region.children, k => `/wilayah/${k}`));
  }

  async function refresh() {
    try {
      render(await api(`/api/v1/dashboards/regions/${encodeURIComponent(kode)}`));
    } catch (e) {
      if (e.status === 403 || e.status === 400) {
        const refused = document.getElementById("refused");
        refused.textContent = e.message;
        refused.hidden = false;
        document.getElementById("content").hidden = true;
        stop();
      }
      throw e;
    }
  }

  let stop = () => {};
  Belajar.boot(claims => {
    document.getElementById("who").textContent = `${claims.name || claims.sub} · ${claims.role}${claims.kodeWilayah ? " · " + claims.kodeWilayah : ""}`;
    const parent = parentOf(kode);
    const up = document.getElementById("up");
    if (parent && (claims.role === "pusdatin" || (claims.kodeWilayah && parent.startsWith(claims.kodeWilayah.replace(/0+$/, ""))))) {
      up.href = parent === "000000" ? "/ops" : `/wilayah/${parent}`; up.hidden = false;
    }
    document.getElementById("export").addEventListener("click", () => view && Belajar.downloadCsv(`wilayah-${kode}.csv`, view.children));
    stop = Belajar.poll(refresh, () => true, 2000);
  });
})();
