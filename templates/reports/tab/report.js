"use strict";
// The report tab. In Teams it signs in with the Teams JavaScript client (authentication.getAuthToken,
// the SSO token the API accepts); on the local host ?as=<email> asks the dev issuer for that person's
// token instead. Every number it shows or draws comes from the API: /api/reports/departments,
// /api/readiness, /api/readiness/history and /api/reports/compliance (also for the downloads).
(() => {
  const params = new URLSearchParams(location.search);
  const state = { token: null, locale: "zh-CN", texts: null, me: null, period: null, data: null, charts: {} };
  const $ = id => document.getElementById(id);
  const t = key => state.texts[state.locale][key] ?? key;
  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? ""));
  const localeOf = value => /^zh/i.test(value || "") ? "zh-CN" : "en";
  const both = key => `${state.texts["zh-CN"][key]} · ${state.texts.en[key]}`;
  const localized = value => value && typeof value === "object" ? (state.locale === "zh-CN" ? value.zhCn : value.en) : String(value ?? "");
  const DrillRequirements = ["drills-per-quarter-shift", "unannounced-share", "time-of-day-variety", "drill-every-six-months"];

  const withTimeout = (promise, ms) => Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), ms))]);

  async function signIn() {
    const as = params.get("as");
    if (as) {
      const response = await fetch(`/dev/token?as=${encodeURIComponent(as)}`);
      if (!response.ok) throw new Error(`/dev/token: ${response.status}`);
      return { token: (await response.json()).token, locale: params.get("lang") || navigator.language, subPage: "" };
    }
    if (!window.microsoftTeams) return null;
    try {
      await withTimeout(microsoftTeams.app.initialize(), 5000);
    } catch {
      return null;
    }
    const context = await microsoftTeams.app.getContext();
    const token = await microsoftTeams.authentication.getAuthToken();
    return { token, locale: params.get("lang") || context.app?.locale, subPage: context.page?.subPageId || "" };
  }

  async function api(path) {
    const response = await fetch(`/api/${path}`, { headers: { Authorization: `Bearer ${state.token}` } });
    const body = await response.json().catch(() => null);
    return { status: response.status, body };
  }

  function problem(answer) {
    if (answer.status === 403) throw Object.assign(new Error("forbidden"), { refused: true });
    if (answer.status !== 200) throw new Error(answer.body?.detail || `HTTP ${answer.status}`);
    return answer.body;
  }

  const iso = d => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

  // Four quarters to today unless the address (or the Teams deep link's subPageId) names a period.
  function initialPeriod(subPage) {
    const given = new URLSearchParams(subPage);
    const pick = key => params.get(key) || given.get(key) || "";
    const today = new Date();
    const quarterStart = new Date(today.getFullYear(), Math.floor(today.getMonth() / 3) * 3 - 9, 1);
    return { department: pick("department") || state.me.department, from: pick("from") || iso(quarterStart), to: pick("to") || iso(today) };
  }

  function weeksSince(from) {
    const days = (Date.now() - new Date(`${from}T00:00:00`).getTime()) / 86400000;
    return Math.min(104, Math.max(1, Math.ceil(days / 7) + 1));
  }

  async function load() {
    const { department, from, to } = state.period;
    const q = `department=${encodeURIComponent(department)}`;
    $("status").textContent = t("loading");
    $("status").hidden = false;
    const [readiness, history, report] = await Promise.all([
      api(`readiness?${q}`), api(`readiness/history?${q}&weeks=${weeksSince(from)}`),
      api(`reports/compliance?${q}&from=${from}&to=${to}`),
    ]);
    state.data = { readiness: problem(readiness), history: problem(history), report: problem(report) };
    render();
    $("status").hidden = true;
    $("report").hidden = false;
    document.body.dataset.ready = "true";
  }

  function chart(id, config) {
    state.charts[id]?.destroy();
    const empty = config.data.labels.length === 0;
    $(id).hidden = empty;
    $(`${id}-empty`).hidden = !empty;
    config.options = { animation: false, responsive: true, maintainAspectRatio: false, ...config.options };
    state.charts[id] = new Chart($(id), config);
  }

  function render() {
    document.documentElement.lang = state.locale;
    for (const el of document.querySelectorAll("[data-text]")) el.textContent = t(el.dataset.text);
    const { readiness, history, report } = state.data;
    const { from, to } = state.period;

    const weeks = history.snapshots.filter(s => s.weekStart >= from && s.weekStart <= to);
    chart("trend", {
      type: "line",
      data: { labels: weeks.map(s => s.weekStart), datasets: [{ label: t("trend_score"), data: weeks.map(s => s.score), borderColor: "#5b5fc7", tension: 0.2 }] },
      options: { scales: { y: { min: 0, max: 100 } } },
    });

    const topics = readiness.topics;
    chart("topics", {
      type: "bar",
      data: { labels: topics.map(x => localized(x.label)), datasets: [{ label: t("topics_mastery"), data: topics.map(x => Math.round(100 * x.mastery)), backgroundColor: "#c62828" }] },
      options: { indexAxis: "y", scales: { x: { min: 0, max: 100 } } },
    });

    const months = [...new Set(report.checks.map(c => c.month))].sort();
    const sum = (month, f) => report.checks.filter(c => c.month === month).reduce((n, c) => n + f(c), 0);
    chart("checks", {
      type: "bar",
      data: {
        labels: months,
        datasets: [
          { label: t("checks_done"), data: months.map(m => sum(m, c => c.done)), backgroundColor: "#2e7d32" },
          { label: t("checks_missing"), data: months.map(m => sum(m, c => c.missing.length)), backgroundColor: "#c62828" },
        ],
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    });

    renderMatrix(report);
    renderActions(report);
    renderRows(report);
  }

  function cell(tag, text, className) {
    const el = document.createElement(tag);
    el.textContent = text;
    if (className) el.className = className;
    return el;
  }

  function renderMatrix(report) {
    const m = report.drills;
    const table = $("matrix");
    table.replaceChildren();
    const head = table.insertRow();
    head.append(cell("th", t("matrix_quarter")), ...m.shifts.map(s => cell("th", s)));
    for (const quarter of m.quarters) {
      const row = table.insertRow();
      row.dataset.quarter = quarter;
      row.append(cell("th", quarter));
      for (const shift of m.shifts) {
        const drills = m.cells.find(c => c.quarter === quarter && c.shift === shift)?.drills ?? 0;
        const td = cell("td", drills === 0 ? `0 ⚠ ${t("matrix_none")}` : String(drills), drills === 0 ? "flag" : "");
        td.dataset.shift = shift;
        td.dataset.drills = drills;
        row.append(td);
      }
    }
    $("matrix-counts").textContent = fill(t("matrix_counts"), m);
    $("matrix-flags").replaceChildren(...report.rows.filter(r => DrillRequirements.includes(r.requirement) && r.flagged)
      .flatMap(r => r.flags.map(f => cell("li", `⚠ ${localized(r.title)}: ${f}`))));
  }

  function renderActions(report) {
    const a = report.actions;
    $("actions").replaceChildren(...[["actions_open", a.open, "open"], ["actions_overdue", a.overdue, "overdue"], ["actions_closed", a.closed, "closed"]]
      .flatMap(([key, n, id]) => { const dd = cell("dd", String(n), id === "overdue" && n > 0 ? "flag" : ""); dd.dataset.testid = `actions-${id}`; return [cell("dt", t(key)), dd]; }));
    $("actions-flags").replaceChildren(...report.rows.filter(r => r.requirement === "corrective-actions").flatMap(r => r.flags.map(f => cell("li", `⚠ ${f}`))));
  }

  function renderRows(report) {
    const table = $("rows");
    table.replaceChildren();
    const head = table.insertRow();
    head.append(...["row_requirement", "row_citation", "row_value", "row_flags"].map(k => cell("th", t(k))));
    for (const r of report.rows) {
      const row = table.insertRow();
      row.dataset.requirement = r.requirement;
      const flags = cell("td", "", r.flagged ? "flag" : "ok");
      if (r.flagged) flags.append(...r.flags.map(f => cell("div", `⚠ ${f}`)));
      else flags.textContent = t("row_ok");
      row.append(cell("td", localized(r.title)), cell("td", [r.plan, r.source].filter(Boolean).join(" · ")), cell("td", r.value), flags);
    }
  }

  async function download(format) {
    const { department, from, to } = state.period;
    const error = $("download-error");
    error.hidden = true;
    const response = await fetch(`/api/reports/compliance?department=${encodeURIComponent(department)}&from=${from}&to=${to}&format=${format}`,
      { headers: { Authorization: `Bearer ${state.token}` } });
    if (!response.ok) {
      const body = await response.json().catch(() => null);
      error.textContent = t("download_failed") + (body?.detail || `HTTP ${response.status}`);
      error.hidden = false;
      return;
    }
    const named = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get("Content-Disposition") || "");
    const link = document.createElement("a");
    link.href = URL.createObjectURL(await response.blob());
    link.download = named ? decodeURIComponent(named[1]) : `compliance-${department}-${from}-${to}.${format}`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  }

  function refuse(keys) {
    $("status").hidden = true;
    $("report").hidden = true;
    $("refusal").replaceChildren(...keys.map(k => cell("p", both(k))));
    $("refusal").hidden = false;
    document.body.dataset.ready = "true";
  }

  function fail(error) {
    if (error.refused) return refuse(["staff_only", "staff_only_hint"]);
    $("status").textContent = t("error") + error.message;
    $("status").hidden = false;
    $("status").classList.add("error");
    document.body.dataset.ready = "true";
  }

  async function start() {
    state.texts = await fetch("texts.json").then(r => r.json());
    const session = await signIn();
    if (!session) return refuse(["not_in_teams", "not_in_teams_hint"]);
    state.token = session.token;
    state.locale = localeOf(session.locale);
    state.me = problem(await api("reports/departments"));
    state.period = initialPeriod(session.subPage);
    const select = $("department");
    select.replaceChildren(...state.me.departments.map(d => { const o = cell("option", d); o.value = d; return o; }));
    if (!state.me.departments.includes(state.period.department)) select.append(Object.assign(cell("option", state.period.department), { value: state.period.department }));
    select.value = state.period.department;
    $("from").value = state.period.from;
    $("to").value = state.period.to;
    $("period").hidden = false;
    $("period").addEventListener("submit", event => {
      event.preventDefault();
      state.period = { department: select.value, from: $("from").value, to: $("to").value };
      load().catch(fail);
    });
    $("language").addEventListener("click", () => { state.locale = state.locale === "zh-CN" ? "en" : "zh-CN"; if (state.data) render(); else for (const el of document.querySelectorAll("[data-text]")) el.textContent = t(el.dataset.text); });
    for (const button of document.querySelectorAll("[data-format]"))
      button.addEventListener("click", () => download(button.dataset.format).catch(fail));
    await load();
  }

  start().catch(fail);
})();
