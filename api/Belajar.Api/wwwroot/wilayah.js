// /wilayah/{kode}: the region's funnel, a funnel chart per kabupaten/kota or school (inline SVG), the schools furthest behind,
// and the table of areas or schools (furthest behind first) with CSV export.
"use strict";
(function () {
  var B = Belajar, el = B.el, fill = B.fill, fmt = B.fmt, pct = B.pct, t = I18n.t;
  var kode = decodeURIComponent(window.location.pathname.split("/").filter(function (p) { return p.length > 0; })[1] || "");
  var body = function (id) { return document.querySelector("#" + id + " .body"); };
  var view = null;

  I18n.add({
    id: {
      "page.title": "BelajarOrleans · Wilayah",
      "skip": "Langsung ke isi utama",
      "signout": "Keluar",
      "loading": "Memuat…",
      "signin.title": "Masuk (Dinas, admin wilayah atau Pusdatin)",
      "signin.username": "Nama pengguna",
      "signin.password": "Kata sandi",
      "signin.submit": "Masuk",
      "funnel.title": "Corong aktivasi",
      "behind.title": "Sekolah paling tertinggal",
      "behind.none": "Belum ada sekolah yang melapor.",
      "behind.row": "{activation} aktif · {left} akun belum aktif",
      "chart.children": "Corong per wilayah, paling tertinggal lebih dulu",
      "chart.kabupaten": "Corong per kabupaten/kota, paling tertinggal lebih dulu",
      "chart.schools": "Corong per sekolah, paling tertinggal lebih dulu",
      "children.title": "Wilayah dan sekolah, paling tertinggal lebih dulu",
      "children.none": "Belum ada sekolah yang melapor.",
      "export": "Ekspor CSV",
      "up": "Naik satu tingkat",
      "kpi.eligible": "berhak",
      "kpi.created": "dibuat",
      "kpi.distributed": "dibagikan",
      "kpi.signedIn": "login pertama",
      "kpi.activated": "aktif",
      "kpi.failed": "gagal",
      "region": "Wilayah"
    },
    en: {
      "page.title": "BelajarOrleans · Region",
      "skip": "Skip to main content",
      "signout": "Sign out",
      "loading": "Loading…",
      "signin.title": "Sign in (Dinas, regional administrator or Pusdatin)",
      "signin.username": "Username",
      "signin.password": "Password",
      "signin.submit": "Sign in",
      "funnel.title": "Activation funnel",
      "behind.title": "Schools furthest behind",
      "behind.none": "No school has reported yet.",
      "behind.row": "{activation} active · {left} accounts not active yet",
      "chart.children": "Funnel per area, furthest behind first",
      "chart.kabupaten": "Funnel per kabupaten/kota, furthest behind first",
      "chart.schools": "Funnel per school, furthest behind first",
      "children.title": "Areas and schools, furthest behind first",
      "children.none": "No school has reported yet.",
      "export": "Export CSV",
      "up": "Up one level",
      "kpi.eligible": "eligible",
      "kpi.created": "created",
      "kpi.distributed": "handed out",
      "kpi.signedIn": "first sign-in",
      "kpi.activated": "active",
      "kpi.failed": "failed",
      "region": "Region"
    }
  });

  function parentOf(code) {
    if (/0000$/.test(code)) { return code === "000000" ? null : "000000"; }
    return /00$/.test(code) ? code.slice(0, 2) + "0000" : code.slice(0, 4) + "00";
  }

  function render(region) {
    view = region;
    if (!region) { return; }
    fill(document.getElementById("title"), (region.name || t("region")) + " (" + region.kodeWilayah + ")");
    document.getElementById("title").removeAttribute("data-i18n");
    document.title = "BelajarOrleans · " + (region.name || region.kodeWilayah);
    var c = region.counters;
    var kpi = function (key, value, of) { return el("div", { class: "kpi" }, el("b", {}, fmt(value)), el("span", {}, of ? t(key) + " · " + pct(value, of) : t(key))); };
    fill(body("funnel"), el("div", { class: "kpis" },
      kpi("kpi.eligible", c.eligible), kpi("kpi.created", c.created, c.eligible), kpi("kpi.distributed", c.distributed, c.eligible),
      kpi("kpi.signedIn", c.signedIn, c.eligible), kpi("kpi.activated", c.activated, c.eligible), kpi("kpi.failed", c.failed)));

    var schools = region.children.length > 0 && region.children[0].isSchool;
    var chartTitle = document.getElementById("chart-title");
    chartTitle.setAttribute("data-i18n", schools ? "chart.schools" : /0000$/.test(region.kodeWilayah) && region.kodeWilayah !== "000000" ? "chart.kabupaten" : "chart.children");
    chartTitle.textContent = t(chartTitle.getAttribute("data-i18n"));
    var width = body("chart").clientWidth || 640;
    fill(body("chart"), B.funnelChart(region.children.slice(0, 20).map(function (r) {
      return { key: r.key, label: r.name, eligible: r.counters.eligible, created: r.counters.created, distributed: r.counters.distributed, signedIn: r.counters.signedIn, activated: r.counters.activated };
    }), width));

    var behind = region.schoolsBehind || [];
    fill(body("behind"), behind.length === 0 ? t("behind.none") : el.apply(null, ["ol", { class: "behind" }].concat(behind.map(function (s) {
      return el("li", { "data-key": s.key }, el("b", {}, s.name + " (" + s.key + ")"), el("br"),
        el("span", { class: "muted" }, t("behind.row", { activation: pct(s.counters.activated, s.counters.eligible), left: fmt(s.counters.eligible - s.counters.activated) })));
    }))));
    fill(body("children"), region.children.length === 0 ? t("children.none") : B.funnelTable(region.children, function (k) { return "/wilayah/" + k; }));
  }

  function refresh() {
    return B.api("/api/v1/dashboards/regions/" + encodeURIComponent(kode)).then(render, function (e) {
      if (e.status === 403 || e.status === 400) {
        var refused = document.getElementById("refused");
        refused.textContent = e.message;
        refused.hidden = false;
        document.getElementById("content").hidden = true;
        stop();
      }
      throw e;
    });
  }

  var stop = function () {};
  I18n.onChange(function () { render(view); });
  I18n.start();
  B.boot(function (claims) {
    fill(document.getElementById("who"), (claims.name || claims.sub) + " · " + claims.role + (claims.kodeWilayah ? " · " + claims.kodeWilayah : ""));
    var parent = parentOf(kode);
    var up = document.getElementById("up");
    if (parent && (claims.role === "pusdatin" || (claims.kodeWilayah && parent.indexOf(claims.kodeWilayah.replace(/0+$/, "")) === 0))) {
      up.href = parent === "000000" ? "/ops" : "/wilayah/" + parent; up.hidden = false;
    }
    document.getElementById("export").addEventListener("click", function () { if (view) { B.downloadCsv("wilayah-" + kode + ".csv", view.children); } });
    stop = B.poll(refresh, function () { return true; }, 5000, 5000);
  });
})();
