// /ops: runs (progress, rate, ETA, pause/resume), national funnel by province, quota over time, cluster health.
"use strict";
(() => {
  const { api, el, fmt, pct } = Belajar;
  const body = id => document.querySelector(`#${id} .body`);
  let running = false, ticks = 0;

  function eta(run) {
    const left = run.accountsEligible - run.accountsCreated - run.accountsFailed - (run.accountsSkipped || 0);
    if (run.state !== "Running" || run.accountsPerSecond <= 0 || left <= 0) { return "–"; }
    const s = Math.round(left / run.accountsPerSecond);
    return s < 90 ? `${s} s` : `${Math.round(s / 60)} min`;
  }

  async function act(runId, verb) {
    await api(`/api/v1/runs/${encodeURIComponent(runId)}/${verb}`, { method: "POST" });
    await refresh();
  }

  function renderRuns(runs) {
    if (runs.length === 0) { body("runs").replaceChildren("No run yet."); return; }
    const head = el("tr", {}, ...["Run", "State", "Progress", "Schools", "Accounts", "Failed", "Rejected rows", "Rate /s", "ETA", ""].map(h => el("th", {}, h)));
    const rows = runs.map(r => {
      const share = r.schoolsTotal > 0 ? r.schoolsDone / r.schoolsTotal : 0;
      const bar = el("div", { class: "progress", title: pct(r.schoolsDone, r.schoolsTotal) }, el("span", { style: `width:${(100 * share).toFixed(1)}%` }));
      const verb = r.state === "Running" ? "pause" : r.state === "Paused" ? "resume"
        : r.state === "Completed" && !r.dryRun && r.accountsFailed > 0 ? "retry-failed" : null;
      const labels = { pause: "Pause", resume: "Resume", "retry-failed": "Retry failed" };
      const button = verb ? el("button", { type: "button" }, labels[verb]) : "";
      if (button) { button.addEventListener("click", () => act(r.runId, verb)); }
      const stalled = r.stalledSince ? el("div", { class: "stalled", title: (r.waitingOn || []).join("\n") },
        `no progress since ${new Date(r.stalledSince).toLocaleTimeString()}: waits on ${(r.waitingOn || []).length} school(s)`) : "";
      return el("tr", { "data-run": r.runId, "data-state": r.state },
        el("td", {}, r.runId + (r.dryRun ? " (dry run)" : "")), el("td", { class: `state-${r.state}` }, r.state, stalled), el("td", {}, bar),
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
      kpi("eligible", c.eligible), kpi("created", c.created, c.eligible), kpi("distributed", c.distributed, c.eligible),
      kpi("signed in", c.signedIn, c.eligible), kpi("activated", c.activated, c.eligible), kpi("failed", c.failed)));
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
        el("div", { class: "kpi" }, el("b", { id: "quota-in-window" }, fmt(quota.inWindow)), el("span", {}, `of ${fmt(quota.queriesPerMinute)} per minute`)),
        el("div", { class: "kpi" }, el("b", {}, fmt(history.at(-1)?.throttled ?? 0)), el("span", {}, "throttled answers")),
        el("div", { class: "kpi" }, el("b", {}, fmt(quota.activeSilos.length)), el("span", {}, "silos leasing"))),
      Belajar.lines([{ name: "permits in window", color: "#1565c0", points: points(s => s.inWindow) }, { name: "throttled / sample", color: "#c62828", points: throttled }], "quota over time"));
  }

  function renderCluster(cluster) {
    const silos = el("ul", {}, ...cluster.silos.map(s => el("li", {}, `${s.address} · ${s.status}`)));
    const head = el("tr", {}, el("th", {}, "Grain type"), el("th", { class: "num" }, "Activations"));
    const rows = cluster.activations.map(g => el("tr", {}, el("td", {}, g.grainType), el("td", { class: "num" }, fmt(g.activations))));
    body("cluster").replaceChildren(el("p", {}, `${cluster.silos.length} active silo(s)`), silos,
      el("div", { class: "scroll" }, el("table", {}, el("thead", {}, head), el("tbody", {}, ...rows))));
  }

  async function renderFailures(runId) {
    const report = await api(`/api/v1/runs/${encodeURIComponent(runId)}/report`);
    const failed = (report.failures || []).map(g => [`${g.code}: ${g.examples[0]?.reason ?? ""}`, g.count]);
    const groups = [["Failed accounts", failed],
      ["Rejected rows", Object.entries(report.rejectedByReason)], ["Not eligible", Object.entries(report.notEligibleByReason)]];
    const rows = groups.flatMap(([kind, entries]) => entries.map(([reason, n]) => el("tr", {}, el("td", {}, kind), el("td", {}, reason), el("td", { class: "num" }, fmt(n)))));
    body("failures").replaceChildren(rows.length === 0 ? "None." : el("div", { class: "scroll" }, el("table", {},
      el("thead", {}, el("tr", {}, el("th", {}, "Kind"), el("th", {}, "Reason"), el("th", { class: "num" }, "Count"))), el("tbody", {}, ...rows))));
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
      refused.append("This page is for Pusdatin. ", claims.kodeWilayah ? el("a", { href: `/wilayah/${claims.kodeWilayah}` }, "Open your region's page") : "");
      document.getElementById("content").hidden = true;
      document.getElementById("orleans-dashboard").hidden = true;
      return;
    }
    // the Orleans Dashboard is browsed: give it an HttpOnly cookie scoped to /dashboard
    await api("/api/v1/dashboards/session", { method: "POST" });
    Belajar.poll(refresh, () => running);
  });
})();
