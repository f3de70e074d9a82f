// /ops: runs (progress, rate, ETA, pause/resume), national funnel by province, quota over time, cluster health.
"use strict";
(() => {
  const { api, el, fmt, pct } = Belajar;
  const t = I18n.t;
  const body = id => document.querySelector(`#${id} .body`);
  let running = false, ticks = 0, last = null;
  I18n.add({
    id: {
      "page.title": "BelajarOrleans · Operasional", "page.heading": "BelajarOrleans · Operasional Pusdatin", "skip": "Langsung ke isi utama",
      "signout": "Keluar", "loading": "Memuat…", "none": "Tidak ada.",
      "signin.title": "Masuk (Pusdatin)", "signin.username": "Nama pengguna", "signin.password": "Kata sandi", "signin.submit": "Masuk",
      "runs.title": "Proses penyediaan akun", "funnel.title": "Corong aktivasi nasional", "provinces.title": "Per provinsi",
      "quota.title": "Kuota Directory", "cluster.title": "Kesehatan klaster", "failures.title": "Kegagalan menurut alasan (proses terbaru)",
      "state.Running": "Berjalan", "state.Paused": "Dijeda", "state.Completed": "Selesai", "state.Failed": "Gagal",
      "runs.none": "Belum ada proses.", "runs.dry": " (uji coba)",
      "kpi.eligible": "berhak", "kpi.created": "dibuat", "kpi.distributed": "dibagikan", "kpi.signedIn": "login pertama", "kpi.activated": "aktif", "kpi.failed": "gagal",
      "refused": "Halaman ini khusus Pusdatin. ", "refused.region": "Buka halaman wilayah Anda"
    },
    en: {
      "page.title": "BelajarOrleans · Operations", "page.heading": "BelajarOrleans · Pusdatin operations", "skip": "Skip to main content",
      "signout": "Sign out", "loading": "Loading…", "none": "None.",
      "signin.title": "Sign in (Pusdatin)", "signin.username": "Username", "signin.password": "Password", "signin.submit": "Sign in",
      "runs.title": "Provisioning runs", "funnel.title": "National activation funnel", "provinces.title": "Per province",
      "quota.title": "Directory quota", "cluster.title": "Cluster health", "failures.title": "Failures by reason (newest run)",
      "state.Running": "Running", "state.Paused": "Paused", "state.Completed": "Completed", "state.Failed": "Failed",
      "runs.none": "No run yet.", "runs.dry": " (dry run)",
      "kpi.eligible": "eligible", "kpi.created": "created", "kpi.distributed": "handed out", "kpi.signedIn": "first sign-in", "kpi.activated": "active", "kpi.failed": "failed",
      "refused": "This page is for Pusdatin only. ", "refused.region": "Open your region's page"
    }
  });
  const stateWord = state => t("state." + state);

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
    if (runs.length === 0) { body("runs").replaceChildren(t("runs.none")); return; }
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
        el("td", {}, r.runId + (r.dryRun ? t("runs.dry") : "")), el("td", { class: `state-${r.state}` }, stateWord(r.state), stalled), el("td", {}, bar),
        el("td", { class: "num" }, `${fmt(r.schoolsDone)} / ${fmt(r.schoolsTotal)}`),
        el("td", { class: "num" }, `${fmt(r.accountsCreated)} / ${fmt(r.accountsEligible)}`),
        el("td", { class: "num" }, fmt(r.accountsFailed)), el("td", { class: "num" }, fmt(r.rowsRejected)),
        el("td", { class: "num" }, r.accountsPerSecond.toFixed(1)), el("td", { class: "num" }, eta(r)), el("td", {}, button));
    });
    body("runs").replaceChildren(el("div", { class: "scroll" }, el("table", {}, el("thead", {}, head), el("tbody", {}, ...rows))));
  }

  function renderFunnel(national) {
    const c = national.counters;
    const kpi = (key, value, of) => el("div", { class: "kpi" }, el("b", {}, fmt(value)), el("span", {}, of ? `${t(key)} · ${pct(value, of)}` : t(key)));
    body("funnel").replaceChildren(el("div", { class: "kpis" },
      kpi("kpi.eligible", c.eligible), kpi("kpi.created", c.created, c.eligible), kpi("kpi.distributed", c.distributed, c.eligible),
      kpi("kpi.signedIn", c.signedIn, c.eligible), kpi("kpi.activated", c.activated, c.eligible), kpi("kpi.failed", c.failed)));
    const provinces = national.children.map(p => ({ key: p.key, name: p.name, isSchool: false, counters: p.counters }))
      .sort((a, b) => b.counters.eligible - a.counters.eligible);
    document.querySelector("#provinces .chart").replaceChildren(Belajar.funnelChart(provinces.map(p => ({ key: p.key, label: p.name, ...p.counters })), document.querySelector("#provinces .chart").clientWidth || 640));
    body("provinces").replaceChildren(Belajar.funnelTable(provinces, kode => `/wilayah/${kode}`));
  }

  // a .NET TimeSpan as JSON ("[d.]hh:mm:ss") in days, hours and minutes
  function span(text) {
    const m = /^(?:(\d+)\.)?(\d+):(\d+)/.exec(text || "");
    if (!m) { return text; }
    const parts = [[+(m[1] || 0), "hari"], [+m[2], "jam"], [+m[3], "menit"]].filter(([n]) => n > 0);
    return parts.length === 0 ? "0 menit" : parts.map(([n, unit]) => `${n} ${unit}`).join(" ");
  }

  // the last silo start-up check of Lifecycle:DeactivationWindow against the quota
  function windowFit(fit) {
    if (!fit) { return el("p", { id: "deactivation-window", "data-fits": "unknown" }, "Jendela penonaktifan belum diperiksa oleh silo."); }
    const text = fit.fits
      ? `Jendela penonaktifan ${span(fit.window)} cukup untuk kuota: ${fmt(fit.pendingAccounts)} akun menunggu tenggat, perlu ${fmt(fit.queriesNeeded)} kueri.`
      : `Peringatan: jendela penonaktifan (Lifecycle:DeactivationWindow) ${span(fit.window)} terlalu pendek untuk kuota: ${fmt(fit.pendingAccounts)} akun menunggu tenggat, perlu ${fmt(fit.queriesNeeded)} kueri, kuota ${fmt(fit.queriesPerMinute)} per menit hanya mengizinkan ${fmt(fit.queriesAllowed)}. Jendela yang cukup: minimal ${span(fit.windowNeeded)}.`;
    return el("p", { id: "deactivation-window", "data-fits": String(fit.fits), role: fit.fits ? "status" : "alert" }, text);
  }

  // each class's guaranteed share (Directory:Shares) and its use of the last minute, summed over the silos
  function quotaClasses(quota) {
    const names = { Interactive: "Interaktif (operator)", Sync: "Sinkronisasi", Deadline: "Tenggat", Bulk: "Penyediaan massal" };
    const head = el("tr", {}, el("th", {}, "Kelas panggilan"), el("th", { class: "num" }, "Jatah terjamin"),
      el("th", { class: "num" }, "Terpakai 60 dtk terakhir"), el("th", { class: "num" }, "Menunggu"),
      el("th", { class: "num" }, "Tunggu terlama 60 dtk terakhir"));
    const rows = (quota.classes || []).map(c => el("tr", { "data-class": c.class },
      el("td", {}, names[c.class] || c.class),
      el("td", { class: "num" }, `${c.sharePercent}% (${fmt(Math.floor(quota.queriesPerMinute * c.sharePercent / 100))}/menit)`),
      el("td", { class: "num" }, fmt(c.usedLastMinute)), el("td", { class: "num" }, fmt(c.waiting)),
      el("td", { class: "num", "data-longest-wait-ms": c.longestWaitMs || 0 }, waitText(c.longestWaitMs || 0))));
    return el("div", { class: "scroll" }, el("table", { id: "quota-classes" }, el("thead", {}, head), el("tbody", {}, ...rows)));
  }

  // a wait for a permit: milliseconds under a second, else seconds with one decimal
  function waitText(ms) {
    return ms < 1000 ? `${fmt(ms)} milidetik` : `${(ms / 1000).toLocaleString(I18n.locale(), { maximumFractionDigits: 1 })} dtk`;
  }

  // the running run's ETA from the national planner (the arithmetic of `plan`)
  function runPlan(plan) {
    if (!plan) { return el("p", { id: "run-plan", "data-run": "" }, "Tidak ada proses yang berjalan: tidak ada perkiraan dari rencana."); }
    const days = plan.daysLeft >= 1 ? `${plan.daysLeft.toLocaleString(I18n.locale(), { maximumFractionDigits: 1 })} hari` : `${Math.ceil(plan.daysLeft * 1440)} menit`;
    return el("p", { id: "run-plan", "data-run": plan.runId },
      `Rencana pada kuota ${fmt(plan.queriesPerMinute)} per menit: proses ${plan.runId} masih ${fmt(plan.accountsLeft)} akun, ` +
      `sinkronisasi sekolahnya ${fmt(plan.syncQueriesPerDay)} kueri per hari (${pct(plan.syncQueriesPerDay, plan.queriesPerMinute * 1440)} kuota); ` +
      `selesai dalam ${days}, sekitar ${new Date(plan.finishesAt).toLocaleString("id-ID")}.`);
  }

  function renderQuota(quota, history, fit, plan) {
    const points = f => history.map(s => ({ x: Date.parse(s.at), y: f(s) }));
    const throttled = history.map((s, i) => ({ x: Date.parse(s.at), y: i === 0 ? 0 : Math.max(0, s.throttled - history[i - 1].throttled) }));
    body("quota").replaceChildren(
      windowFit(fit),
      runPlan(plan),
      el("div", { class: "kpis" },
        el("div", { class: "kpi" }, el("b", { id: "quota-in-window" }, fmt(quota.inWindow)), el("span", {}, `dari ${fmt(quota.queriesPerMinute)} per menit`)),
        el("div", { class: "kpi" }, el("b", {}, fmt(history.at(-1)?.throttled ?? 0)), el("span", {}, "jawaban dibatasi")),
        el("div", { class: "kpi" }, el("b", {}, fmt(quota.activeSilos.length)), el("span", {}, "silo memakai kuota"))),
      quotaClasses(quota),
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
    body("failures").replaceChildren(rows.length === 0 ? t("none") : el("div", { class: "scroll" }, el("table", {},
      el("thead", {}, el("tr", {}, el("th", {}, "Jenis"), el("th", {}, "Alasan"), el("th", { class: "num" }, "Jumlah"))), el("tbody", {}, ...rows))));
  }

  async function refresh() {
    const overview = await api("/api/v1/dashboards/ops");
    last = overview;
    running = overview.runs.some(r => r.state === "Running");
    renderRuns(overview.runs);
    renderFunnel(overview.national);
    renderQuota(overview.quota, overview.quotaHistory, overview.deactivationWindow, overview.plan);
    renderCluster(overview.cluster);
    if (overview.runs.length > 0 && (ticks++ % 5 === 0 || !running)) { await renderFailures(overview.runs[0].runId); }
  }

  I18n.onChange(() => { if (last) { renderRuns(last.runs); renderFunnel(last.national); } });
  I18n.start();
  Belajar.boot(async claims => {
    document.getElementById("who").textContent = `${claims.name || claims.sub} · ${claims.role}`;
    if (claims.role !== "pusdatin") {
      const refused = document.getElementById("refused");
      refused.hidden = false;
      refused.append(t("refused"), claims.kodeWilayah ? el("a", { href: `/wilayah/${claims.kodeWilayah}` }, t("refused.region")) : "");
      document.getElementById("content").hidden = true;
      document.getElementById("orleans-dashboard").hidden = true;
      return;
    }
    // the Orleans Dashboard is browsed: give it an HttpOnly cookie scoped to /dashboard
    await api("/api/v1/dashboards/session", { method: "POST" });
    Belajar.poll(refresh, () => running);
  });
})();
