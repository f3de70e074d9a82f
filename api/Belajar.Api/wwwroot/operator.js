// The school operator's app at / (the own school) and /sekolah/{npsn} (Pusdatin: any school): the school's accounts and
// activation, "Unduh Akun", account cards, password reset and sync. The server decides what a user may see (tenant scope); this
// page only shows its answers. Written for old browsers and slow connections: no framework, small requests, no polling loop.
"use strict";
(function () {
  var B = Belajar, el = B.el, fill = B.fill, t = I18n.t;
  var STAGES = ["created", "distributed", "signed-in", "activated", "deactivated", "failed"];
  var KINDS = ["peserta-didik", "ptk", "admin"];
  var PAGE = 50;

  var state = { npsn: null, summary: null, items: [], total: 0, claims: null, syncTimer: null, syncUntil: 0 };
  var $ = function (id) { return document.getElementById(id); };

  function schoolFromPath() {
    var parts = window.location.pathname.split("/").filter(function (p) { return p.length > 0; });
    return parts[0] === "sekolah" && parts[1] ? decodeURIComponent(parts[1]) : null;
  }

  function base() { return "/api/v1/schools/" + encodeURIComponent(state.npsn); }

  function problemText(error) { return error && (error.detail || error.message) || "?"; }

  // ----- the school: name, counts per kind and stage, deadline -----
  function formatDate(iso) {
    var date = new Date(iso);
    try {
      return date.toLocaleString(I18n.locale(), { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Asia/Jakarta", timeZoneName: "short" });
    } catch (e) { return date.toLocaleString(); }
  }

  function stageCount(counters, stage) {
    switch (stage) {
      case "created": return counters.created;
      case "distributed": return counters.distributed;
      case "signed-in": return counters.signedIn;
      case "activated": return counters.activated;
      case "deactivated": return counters.deactivated;
      case "failed": return counters.failed;
      default: return 0;
    }
  }

  function renderSummary() {
    var s = state.summary;
    if (!s) { return; }
    document.title = s.nama + " · " + t("page.title");
    fill($("school-name"), s.nama);
    $("school-name").removeAttribute("data-i18n");
    fill($("school-meta"), t("school.meta", { npsn: s.npsn, kecamatan: s.kecamatan, kabupaten: s.kabupatenKota, provinsi: s.provinsi }));
    var date = formatDate(s.deadline);
    var deadlineKey = s.daysLeft <= 0 ? "deadline.passed" : s.daysLeft === 1 ? "deadline.today" : "deadline.left";
    fill($("deadline"), t(deadlineKey, { date: date, days: B.fmt(s.daysLeft) }));
    $("deadline").className = "deadline" + (s.daysLeft <= 14 ? " soon" : "");

    fill($("kinds"));
    s.kinds.forEach(function (k) {
      $("kinds").appendChild(el("div", { class: "kpi", "data-kind": k.kind },
        el("b", {}, B.fmt(k.counters.eligible)), el("span", {}, t("kind." + k.kind))));
    });

    // one row per stage: the school's count, a bar (share of all accounts) and the count per kind
    var table = el("table", { class: "stages" });
    var head = el("tr", {}, el("th", { scope: "col" }, t("col.status")), el("th", { scope: "col", class: "num" }, t("stages.total")), el("th", { scope: "col", class: "bar-col" }, el("span", { class: "sr-only" }, "%")));
    KINDS.forEach(function (kind) { head.appendChild(el("th", { scope: "col", class: "num kind-col" }, t("kind." + kind))); });
    table.appendChild(el("thead", {}, head));
    var body = el("tbody");
    STAGES.forEach(function (stage) {
      var count = stageCount(s.total, stage);
      var share = s.total.eligible > 0 ? count / s.total.eligible : 0;
      var bar = el("div", { class: "bar stage-" + stage, "aria-hidden": "true" }, el("span", { style: "width:" + (100 * share).toFixed(1) + "%" }));
      var row = el("tr", { "data-stage": stage },
        el("th", { scope: "row" }, t("stage." + stage)),
        el("td", { class: "num" }, B.fmt(count)),
        el("td", { class: "bar-col", title: t("stages.label", { stage: t("stage." + stage), count: B.fmt(count), total: B.fmt(s.total.eligible), pct: B.pct(count, s.total.eligible) }) },
          bar, el("span", { class: "pct" }, B.pct(count, s.total.eligible))));
      s.kinds.forEach(function (k) { row.appendChild(el("td", { class: "num kind-col", "data-kind": k.kind }, B.fmt(stageCount(k.counters, stage)))); });
      body.appendChild(row);
    });
    table.appendChild(body);
    fill($("stages"), el("div", { class: "scroll" }, table));

    // rombels for the cards and the list's filter, kept as chosen
    var scope = $("cards-scope"), chosenScope = scope.value;
    var old = scope.querySelector("optgroup");
    if (old) { scope.removeChild(old); }
    if (s.rombels.length > 0) {
      var group = el("optgroup", { label: t("cards.rombels") });
      s.rombels.forEach(function (r) { group.appendChild(el("option", { value: "rombel:" + r.rombel }, t("cards.rombel", { rombel: r.rombel, n: r.accounts }))); });
      scope.appendChild(group);
    }
    scope.value = chosenScope;
    if (scope.value !== chosenScope) { scope.value = ""; }
    var rombel = $("f-rombel"), chosenRombel = rombel.value;
    while (rombel.options.length > 1) { rombel.remove(1); }
    s.rombels.forEach(function (r) { rombel.appendChild(el("option", { value: r.rombel }, r.rombel)); });
    rombel.value = chosenRombel;
    if (rombel.value !== chosenRombel) { rombel.value = ""; }
    if (state.syncUntil <= Date.now() && s.syncAvailableInSeconds > 0) { holdSync(s.syncAvailableInSeconds, "sync.wait"); }
  }

  function loadSummary() {
    return B.api(base() + "/summary").then(function (summary) { state.summary = summary; renderSummary(); });
  }

  // ----- the account list -----
  function stageWord(stage) { return t("stage." + stage); }

  function renderList() {
    var tbody = $("account-table").querySelector("tbody");
    fill(tbody);
    state.items.forEach(function (a) {
      var name = el("span", { class: "name" }, a.nama);
      var role = a.kind === "peserta-didik" ? "" : el("span", { class: "muted small" }, " · " + t("peran." + a.peran));
      var action = "";
      if (a.userId && a.stage === "deactivated") {
        action = el("button", { type: "button", class: "small-button reactivate",
          "aria-label": t("reactivate.buttonFor", { name: a.nama }), "data-user-id": a.userId }, t("reactivate.button"));
        action.addEventListener("click", function (e) { reactivate(a, e.currentTarget); });
      } else if (a.userId) {
        var blocked = !a.canReset;
        action = el("button", { type: "button", class: "small-button reset" + (blocked ? " blocked" : ""),
          "aria-label": t("reset.buttonFor", { name: a.nama }), "data-user-id": a.userId }, t("reset.button"));
        action.addEventListener("click", function (e) { reset(a, e.currentTarget); });
      }
      tbody.appendChild(el("tr", { "data-user-id": a.userId || "", "data-stage": a.stage },
        el("td", { "data-label": t("col.name") }, name, role,
          a.sekolahInduk && a.sekolahInduk !== state.npsn ? el("span", { class: "muted small home-school" }, " · " + t("list.homeSchool", { npsn: a.sekolahInduk })) : ""),
        el("td", { "data-label": t("col.number"), class: "mono" }, a.nisnNuptk || "–"),
        el("td", { "data-label": t("col.rombel") }, a.rombel || "–"),
        el("td", { "data-label": t("col.userId"), class: "mono break" }, a.userId || "–",
          a.previousUserId ? el("span", { class: "muted small changed-address" }, " · " + t("list.addressChanged", { previous: a.previousUserId })) : ""),
        el("td", { "data-label": t("col.status") }, el("span", { class: "badge stage-" + a.stage }, stageWord(a.stage))),
        el("td", { "data-label": t("col.action") }, action)));
    });
    fill($("list-count"), state.total === 0 ? t("list.none") : t("list.count", { shown: B.fmt(state.items.length), total: B.fmt(state.total) }));
    $("more").hidden = state.items.length >= state.total;
  }

  function listQuery(offset) {
    var f = $("filters");
    var params = ["offset=" + offset, "limit=" + PAGE];
    [["q", f.q.value.trim()], ["kind", f.kind.value], ["rombel", f.rombel.value], ["status", f.status.value]].forEach(function (p) {
      if (p[1]) { params.push(p[0] + "=" + encodeURIComponent(p[1])); }
    });
    return base() + "/accounts/list?" + params.join("&");
  }

  var listRequest = 0;
  function loadList(more) {
    var ticket = ++listRequest;
    var offset = more ? state.items.length : 0;
    $("account-table").setAttribute("aria-busy", "true");
    return B.api(listQuery(offset)).then(function (page) {
      if (ticket !== listRequest) { return; }
      state.items = more ? state.items.concat(page.items) : page.items;
      state.total = page.total;
      renderList();
    }, function (error) {
      if (ticket === listRequest) { fill($("list-count"), t("list.failed", { detail: problemText(error) })); }
    }).then(function () { $("account-table").removeAttribute("aria-busy"); });
  }

  // ----- the dialog (confirmation, the new password, a refusal) -----
  var dialogReturn = null;
  function openDialog(options) {
    var dialog = $("dialog");
    dialogReturn = options.returnFocus || document.activeElement;
    fill($("dialog-title"), options.title);
    fill.apply(null, [$("dialog-body")].concat(options.body));
    var ok = $("dialog-ok"), cancel = $("dialog-cancel");
    fill(ok, options.ok || t("close"));
    ok.disabled = false;
    cancel.hidden = !options.cancel;
    if (options.cancel) { fill(cancel, options.cancel); }
    ok.onclick = function () { if (options.onOk) { options.onOk(); } else { closeDialog(); } };
    cancel.onclick = closeDialog;
    dialog.hidden = false;
    $("main").setAttribute("aria-hidden", "true");
    (options.cancel ? cancel : ok).focus();
  }

  function closeDialog() {
    $("dialog").hidden = true;
    $("main").removeAttribute("aria-hidden");
    fill($("dialog-body"));
    var back = dialogReturn;
    if (back && !document.body.contains(back) && back.getAttribute && back.getAttribute("data-user-id")) {
      // the list was drawn again while the dialog was open: the same account's button in the new list
      back = document.querySelector("#account-table button[data-user-id='" + back.getAttribute("data-user-id") + "']");
    }
    if (back && document.body.contains(back)) { back.focus(); }
    dialogReturn = null;
  }

  document.addEventListener("keydown", function (e) {
    if ($("dialog").hidden) { return; }
    if (e.key === "Escape" || e.key === "Esc") { e.preventDefault(); closeDialog(); return; }
    if (e.key === "Tab") {
      // keep the focus inside the dialog
      var buttons = Array.prototype.slice.call($("dialog").querySelectorAll("input, textarea, button"))
        .filter(function (b) { return !b.hidden && !b.disabled; });
      var index = buttons.indexOf(document.activeElement);
      e.preventDefault();
      var next = e.shiftKey ? index - 1 : index + 1;
      buttons[(next + buttons.length) % buttons.length].focus();
    }
  });

  function reset(account, button) {
    var who = { name: account.nama, userId: account.userId };
    if (account.canReset) {
      newPassword(account, button, "reset", "/reset-password");
    } else if (account.stage === "activated" && account.kind !== "admin") {
      help(account, button);
    } else {
      var reason = account.stage === "activated" ? "help.staff" : "reset.activated";
      openDialog({ title: t("reset.refusedTitle"), body: [el("p", { class: "refusal" }, t(reason, who))], returnFocus: button });
    }
  }

  // an activated learner or teacher who forgot the own password and asked the operator in person: a new initial password
  // only with that confirmation and a reason (both audited)
  function help(account, button) {
    var confirmed = el("input", { type: "checkbox", id: "help-confirm" });
    var reason = el("textarea", { id: "help-reason", rows: "2", maxlength: "300" });
    var missing = el("p", { class: "refusal", id: "help-missing", hidden: "hidden" }, t("help.missing"));
    newPassword(account, button, "help", "/password-after-activation", [
      el("label", { class: "check" }, confirmed, " " + t("help.confirmInPerson")),
      el("label", { for: "help-reason" }, t("help.reason")), reason, missing
    ], function () {
      if (!confirmed.checked || !reason.value.trim()) {
        missing.hidden = false;
        (confirmed.checked ? reason : confirmed).focus();
        return null;
      }
      return { confirmedInPerson: true, reason: reason.value.trim() };
    });
  }

  function reactivate(account, button) { newPassword(account, button, "reactivate", "/reactivate"); }

  // asks first (with the extra fields and the request body they give, if any), then POSTs the action and shows the new initial
  // password once ("reset", "reactivate" or "help" texts)
  function newPassword(account, button, texts, path, fields, bodyOf) {
    var who = { name: account.nama, userId: account.userId };
    openDialog({
      title: t(texts + ".confirmTitle"),
      body: [el("p", {}, t(texts + ".confirmBody", who))].concat(fields || []),
      ok: t(texts + ".confirm"),
      cancel: t("reset.cancel"),
      returnFocus: button,
      onOk: function () {
        var body = bodyOf ? bodyOf() : undefined;
        if (body === null) { return; }
        var ok = $("dialog-ok");
        ok.disabled = true;
        fill(ok, t(texts + ".busy"));
        var request = body ? { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) } : { method: "POST" };
        B.api(base() + "/accounts/" + encodeURIComponent(account.userId) + path, request).then(function (answer) {
          var body = [el("p", {}, t(texts + ".doneBody", who)), el("p", { class: "password mono", id: "new-password" }, answer.password)];
          if (answer.deadlineAt) {
            body.push(el("p", { id: "new-deadline" }, t("reactivate.deadline", { date: formatDate(answer.deadlineAt) })));
          }
          body.push(el("p", { class: "muted" }, t("reset.once")));
          openDialog({ title: t(texts + ".doneTitle"), body: body, ok: t("reset.close"), returnFocus: button });
          loadSummary();
          loadList(false);
        }, function (error) {
          openDialog({ title: t(texts + ".refusedTitle"), body: [el("p", { class: "refusal" }, t(texts + ".failed", { detail: problemText(error) }))], returnFocus: button });
          loadList(false);
        });
      }
    });
  }

  // ----- downloads: fetched with the token (no password or token in any URL), saved from a blob -----
  function fileNameOf(response, fallback) {
    var match = /filename="?([^";]+)"?/.exec(response.headers.get("Content-Disposition") || "");
    return match ? match[1] : fallback;
  }

  function download(button, path, fallbackName) {
    var status = $("download-status");
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    fill(status, t("downloads.busy", { file: fallbackName }));
    return B.api(path, { raw: true }).then(function (response) {
      var name = fileNameOf(response, fallbackName);
      return response.blob().then(function (blob) {
        B.saveBlob(blob, name);
        fill(status, t("downloads.done", { file: name }));
      });
    }).catch(function (error) {
      fill(status, t("downloads.failed", { detail: problemText(error) }));
    }).then(function () {
      button.disabled = false;
      button.removeAttribute("aria-busy");
      button.focus();
      loadSummary();
      loadList(false);
    });
  }

  // ----- account cards: rendered by the server, opened from a blob in a new tab -----
  function printCards() {
    var button = $("print-cards"), status = $("cards-status");
    var scope = $("cards-scope").value;
    var query = scope.indexOf("kind:") === 0 ? "?kind=" + encodeURIComponent(scope.slice(5))
      : scope.indexOf("rombel:") === 0 ? "?rombel=" + encodeURIComponent(scope.slice(7)) : "";
    // the tab is opened now, while the click counts as the user's, so that no popup blocker holds it
    var tab = window.open("", "_blank");
    if (tab) {
      try { tab.document.title = t("cards.loadingTab"); tab.document.body.textContent = t("cards.loadingTab"); } catch (e) { /* not ours yet */ }
    }
    button.disabled = true;
    fill(status, t("cards.busy"));
    B.api(base() + "/accounts/cards" + query, { raw: true }).then(function (response) { return response.text(); }).then(function (html) {
      // a blob's relative links resolve against nothing: give the document this origin as its base
      html = html.replace("<head>", "<head><base href=\"" + window.location.origin + "/\">");
      var url = URL.createObjectURL(new Blob([html], { type: "text/html" }));
      window.setTimeout(function () { URL.revokeObjectURL(url); }, 10 * 60 * 1000);
      if (tab && !tab.closed) {
        tab.location.href = url;
        fill(status, t("cards.opened"));
      } else {
        fill(status, t("cards.blocked"), el("a", { href: url, target: "_blank", rel: "noopener" }, t("cards.open")));
      }
      loadSummary();
    }).catch(function (error) {
      if (tab && !tab.closed) { tab.close(); }
      fill(status, t("cards.failed", { detail: problemText(error) }));
    }).then(function () { button.disabled = false; });
  }

  // ----- sync: pressed at most once per interval (the server refuses sooner ones with 429 too) -----
  function holdSync(seconds, key) {
    var button = $("sync"), status = $("sync-status");
    state.syncUntil = Date.now() + seconds * 1000;
    button.disabled = true;
    window.clearInterval(state.syncTimer);
    var tick = function () {
      var left = Math.ceil((state.syncUntil - Date.now()) / 1000);
      if (left <= 0) {
        window.clearInterval(state.syncTimer);
        button.disabled = false;
        fill(status);
        return;
      }
      fill(status, t(key, { wait: B.waitText(left) }));
    };
    tick();
    state.syncTimer = window.setInterval(tick, 1000);
  }

  function sync() {
    var button = $("sync"), status = $("sync-status");
    if (button.disabled) { return; }
    button.disabled = true;
    fill(status, t("sync.running"));
    B.api(base() + "/sync", { method: "POST" }).then(function () {
      var interval = state.summary ? state.summary.syncMinimumIntervalSeconds : 60;
      fill(status, t("sync.started"));
      window.setTimeout(function () { holdSync(Math.max(interval - 3, 1), "sync.wait"); }, 3000);
      // the sync runs on in the school; look at its result a few times, not in a loop
      [5000, 20000, 60000].forEach(function (ms) { window.setTimeout(function () { loadSummary(); loadList(false); }, ms); });
    }, function (error) {
      if (error.status === 429) { holdSync(error.retryAfter || 60, "sync.refused"); return; }
      button.disabled = false;
      fill(status, t("error.generic", { detail: problemText(error) }));
    });
  }

  // ----- start -----
  function refuse(nodes) {
    var refused = $("refused");
    fill.apply(null, [refused].concat(nodes));
    refused.hidden = false;
    $("content").hidden = true;
  }

  function showWho(claims) {
    fill($("who"), claims.role === "operator"
      ? t("who", { name: claims.name || claims.sub, npsn: claims.npsn })
      : t("who.other", { name: claims.name || claims.sub, role: claims.role }));
  }

  function open(npsn) {
    state.npsn = npsn;
    $("content").hidden = false;
    loadSummary().then(function () {
      loadList(false);
    }, function (error) {
      if (error.status === 403 || error.status === 404) {
        var own = state.claims.role === "operator" && state.claims.npsn;
        refuse([t("refused.school", { detail: problemText(error) }), " ", own ? el("a", { href: "/" }, t("refused.own")) : ""]);
        return;
      }
      fill($("school-name"), t("error.generic", { detail: problemText(error) }));
    });
  }

  function start(claims) {
    state.claims = claims;
    showWho(claims);
    var npsn = schoolFromPath() || (claims.role === "operator" ? claims.npsn : null);
    if (npsn) { open(npsn); return; }
    if (claims.role === "pusdatin") {
      var choose = $("choose");
      choose.hidden = false;
      choose.addEventListener("submit", function (e) {
        e.preventDefault();
        var value = choose.npsn.value.trim();
        if (value) { window.location.href = "/sekolah/" + encodeURIComponent(value); }
      });
      choose.npsn.focus();
      return;
    }
    refuse([t("refused.notOperator"), claims.kodeWilayah ? el("a", { href: "/wilayah/" + encodeURIComponent(claims.kodeWilayah) }, t("refused.region")) : ""]);
  }

  // wiring
  var downloads = document.querySelectorAll("#downloads button.download");
  for (var i = 0; i < downloads.length; i++) {
    downloads[i].addEventListener("click", function (e) {
      var kind = e.currentTarget.getAttribute("data-kind");
      download(e.currentTarget, base() + "/accounts?kind=" + kind + "&format=csv", "akun-" + state.npsn + "-" + kind + ".csv");
    });
  }
  $("download-all").addEventListener("click", function (e) {
    download(e.currentTarget, base() + "/accounts/all", "akun-" + state.npsn + "-semua.xlsx");
  });
  $("print-cards").addEventListener("click", printCards);
  $("sync").addEventListener("click", sync);
  $("filters").addEventListener("submit", function (e) { e.preventDefault(); loadList(false); });
  ["f-kind", "f-rombel", "f-status"].forEach(function (id) { $(id).addEventListener("change", function () { loadList(false); }); });
  var typing = null;
  $("q").addEventListener("input", function () {
    window.clearTimeout(typing);
    typing = window.setTimeout(function () { loadList(false); }, 400);
  });
  $("more").addEventListener("click", function () { loadList(true); });
  I18n.onChange(function () {
    if (state.claims) { showWho(state.claims); }
    renderSummary();
    if (state.summary) { renderList(); }
    if (!$("dialog").hidden) { closeDialog(); }
  });

  I18n.start();
  B.boot(start);
})();
