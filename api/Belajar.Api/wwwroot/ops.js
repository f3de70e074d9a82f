// /ops: runs (progress, rate, ETA, pause/resume), national funnel by province, quota over time, cluster health.
"use strict";
(() => {
  const { api, el, fmt, pct } = Belajar;
  const body = id => document.querySelector(`#${id} .body`);
  let running = false, ticks = 0;
  const states = { Running: "Berjalan", Paused: "Dijeda", Completed: "Selesai", Failed: "Gagal" };

  function eta(run) {
    const left = run.accountsEligible - run.accountsCreated - run.accountsFailed - (run.accountsSkipped || 0);
    if (run.state !== "Running" || run.accountsPerSecond <= 0 || left <= 0) { return "–"; }
    const s = Math.round(left / run.accountsPerSecond);
    return s < 90 ? `${s} dtk` : `${Math.round(s / 60)} mnt`;
  }

  async function act(runId, verb) {
    await api(`/api/v1/runs/${encodeURIComponent(runId)}/${verb}`, { method: "POST" });
    await refresh();
  }

  function renderRuns(runs) {
    if (runs.length === 0) { body("runs").replaceChildren("Belum ada proses."); return; }
    const head = el("tr", {}, ...["Proses", "Status", "Kemajuan", "Sekolah", "Akun", "Gagal", "Baris ditolak", "Laju /dtk", "Perkiraan selesai", ""].map(h => el("th", {}, h)));
    const rows = runs.map(r => {
      const share = r.schoolsTotal > 0 ? r.schoolsDone / r.schoolsTotal : 0;
      const bar = el("div", { class: "progress", title: pct(r.schoolsDone, r.schoolsTotal) }, el("span", { style: `width:${(100 * share).toFixed(1)}%` }));
      const verb = r.state === "Running" ? "pause" : r.state === "Paused" ? "resume"
        : r.state === "Completed" && !r.dryRun && r.accountsFailed > 0 ? "retry-failed" : null;
      const labels = { pause: "Jeda", resume: "Lanjutkan", "retry-failed": "Ulangi yang gagal" };
      const button = verb ? el("button", { type: "button" }, labels[verb]) : "";
      if (button) { button.addEventListener("click", () => act(r.runId, verb)); }
      const stalled = r.stalledSince ? el("div", { class: "stalled", title: (r.waitingOn || []).join("\n") },
        `tidak ada kemajuan sejak ${new Date(r.stalledSince).toLocaleTimeString("id-ID")}: menunggu ${(r.waitingOn || []).length} sekolah`) : "";
      return el("tr", { "data-run": r.runId, "data-state": r.state },
        el("td", {}, r.runId + (r.dryRun ? " (uji coba)" : "")), el("td", { class: `state-${r.state}` }, states[r.state] || r.state, stalled), el("td", {}, bar),
        el("td", { class: "num" }, `${fmt(r.schoolsDone)} / ${fmt(r.schoolsTotal)}`),
        el("td", { class: "num" }, `${fmt(r.accountsCreated)} / ${fmt(r.accountsEligible)}`),
        el("td", { class: "num" }, fmt(r.accountsFailed)), el("td", { class: "num" }, fmt(r.rowsRejected)),
        el("td", { class: "num" }, r.accountsPerSecond.toFixed(1)), el("td", { class: "num" }, eta(r)), el("td", {}, button));
    });
    body("runs").replaceChildren(el("div", { class: "scroll" }, el("table", {}, el("thead", {}, head), el("tbody", {}, ...rows))));
  }

  function renderFunnel(national) {
    const c = national.counters;
    const kpi = (label, value, of) => el("div", { class: "kpi" }, el("b", {}, fmt(value)), el("span", {}, of ? `${label} · ${pct(value, of)}` : label));
    body("funnel").replaceChildren(el("div", { class: "kpis" },
      kpi("berhak", c.eligible), kpi("dibuat", c.created, c.eligible), kpi("dibagikan", c.distributed, c.eligible),
      kpi("login pertama", c.signedIn, c.eligible), kpi("aktif", c.activated, c.eligible), kpi("gagal", c.failed)));
    const provinces = national.children.map(p => ({ key: p.key, name: p.name, isSchool: false, counters: p.counters }))
      .sort((a, b) => b.counters.eligible - a.counters.eligible);
    document.querySelector("#provinces .chart").replaceChildren(Belajar.funnelBars(provinces.map(p => ({ label: p.name, ...p.counters }))));
    body("provinces").replaceChildren(Belajar.funnelTable(provinces, kode => `/wilayah/${kode}`));
  }

  function renderQuota(quota, history) {
    const points = f => history.map(s => ({ x: Date.parse(s.at), y: f(s) }));
    const throttled = history.map((s, i) => ({ x: Date.parse(s.at), y: i === 0 ? 0 : Math.max(0, s.throttled - history[i - 1].throttled) }));
    body("quota").replaceChildren(
      el("div", { class: "kpis" },
        el("div", { class: "kpi" }, el("b", { id: "quota-in-window" }, fmt(quota.inWindow)), el("span", {}, `dari ${fmt(quota.queriesPerMinute)} per menit`)),
        el("div", { class: "kpi" }, el("b", {}, fmt(history.at(-1)?.throttled ?? 0)), el("span", {}, "jawaban dibatasi")),
        el("div", { class: "kpi" }, el("b", {}, fmt(quota.activeSilos.length)), el("span", {}, "silo memakai kuota"))),
      Belajar.lines([{ name: "izin dalam jendela", color: "#1565c0", points: points(s => s.inWindow) }, { name: "dibatasi / sampel", color: "#c62828", points: throttled }], "kuota dari waktu ke waktu"));
  }

  function renderCluster(cluster) {
    const silos = el("ul", {}, ...cluster.silos.map(s => el("li", {}, `${s.address} · ${s.status}`)));
    const head = el("tr", {}, el("th", {}, "Jenis grain"), el("th", { class: "num" }, "Aktivasi"));
    const rows = cluster.activations.map(g => el("tr", {}, el("td", {}, g.grainType), el("td", { class: "num" }, fmt(g.activations))));
    body("cluster").replaceChildren(el("p", {}, `${cluster.silos.length} silo aktif`), silos,
      el("div", { class: "scroll" }, el("table", {}, el("thead", {}, head), el("tbody", {}, ...rows))));
  }

  async function renderFailures(runId) {
    const report = await api(`/api/v1/runs/${encodeURIComponent(runId)}/report`);
    const failed = (report.failures || []).map(g => [`${g.code}: ${g.examples[0]?.reason ?? ""}`, g.count]);
    const groups = [["Akun gagal", failed],
      ["Baris ditolak", Object.entries(report.rejectedByReason)], ["Tidak berhak", Object.entries(report.notEligibleByReason)]];
    const rows = groups.flatMap(([kind, entries]) => entries.map(([reason, n]) => el("tr", {}, el("td", {}, kind), el("td", {}, reason), el("td", { class: "num" }, fmt(n)))));
    body("failures").replaceChildren(rows.length === 0 ? "Tidak ada." : el("div", { class: "scroll" }, el("table", {},
      el("thead", {}, el("tr", {}, el("th", {}, "Jenis"), el("th", {}, "Alasan"), el("th", { class: "num" }, "Jumlah"))), el("tbody", {}, ...rows))));
  }

  async function refresh() {
    const overview = await api("/api/v1/dashboards/ops");
    running = overview.runs.some(r => r.state === "Running");
    renderRuns(overview.runs);
    renderFunnel(overview.national);
    renderQuota(overview.quota, overview.quotaHistory);
    renderCluster(overview.cluster);
    if (overview.runs.length > 0 && (ticks++ % 5 === 0 || !running)) { await renderFailures(overview.runs[0].runId); }
  }

  Belajar.boot(async claims => {
    document.getElementById("who").textContent = `${claims.name || claims.sub} · ${claims.role}`;
    if (claims.role !== "pusdatin") {
      const refused = document.getElementById("refused");
      refused.hidden = false;
      refused.append("Halaman ini khusus Pusdatin. ", claims.kodeWilayah ? el("a", { href: `/wilayah/${claims.kodeWilayah}` }, "Buka halaman wilayah Anda") : "");
      document.getElementById("content").hidden = true;
      document.getElementById("orleans-dashboard").hidden = true;
      return;
    }
    // the Orleans Dashboard is browsed: give it an HttpOnly cookie scoped to /dashboard
    await api("/api/v1/dashboards/session", { method: "POST" });
    Belajar.poll(refresh, () => running);
  });
})();
